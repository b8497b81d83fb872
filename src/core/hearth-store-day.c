/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include "hearth-store-day.h"
#include "hearth-store-diet.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "hearth-store-private.h"

/* A member's day: diet, exercise and doses, read through the logs' own
 * store API inside one read transaction. */

gint64
hearth_day_week_monday (gint64 local_day)
{
  /* Day 0 (1970-01-01) was a Thursday. */
  return local_day - (((local_day + 3) % 7) + 7) % 7;
}

static gboolean
add_diet (HearthStore      *self,
          const char       *profile_uuid,
          HearthDaySummary *summary,
          GError          **error)
{
  g_autoptr(GArray) days = hearth_store_get_daily_nutrition (self, profile_uuid, summary->local_day,
                                                             summary->local_day, error);

  if (days == NULL)
    return FALSE;
  if (days->len > 0)
    {
      const HearthDayNutrition *day = &g_array_index (days, HearthDayNutrition, 0);

      summary->meals = day->meals;
      summary->intake = day->totals;
    }
  return TRUE;
}

static gboolean
add_exercise (HearthStore      *self,
              const char       *profile_uuid,
              HearthDaySummary *summary,
              GError          **error)
{
  g_autoptr(GPtrArray) workouts = NULL;
  gint64 monday = hearth_day_week_monday (summary->local_day);
  guint index = (guint) (summary->local_day - monday);

  if (!hearth_store_get_active_week (self, profile_uuid, monday, &summary->week, error))
    return FALSE;
  summary->moderate_minutes = summary->week.moderate_minutes[index];
  summary->vigorous_minutes = summary->week.vigorous_minutes[index];

  workouts = hearth_store_list_workouts (self, profile_uuid, summary->local_day, summary->local_day, error);
  if (workouts == NULL)
    return FALSE;
  summary->workouts = workouts->len;
  for (guint i = 0; i < workouts->len; i++)
    {
      double kcal = NAN;

      if (!hearth_store_get_workout_energy (self, g_ptr_array_index (workouts, i), &kcal, error))
        return FALSE;
      if (isnan (kcal))
        summary->workouts_without_weight++;
      else
        summary->energy_out_kcal += kcal;
    }
  return TRUE;
}

static gboolean
add_doses (HearthStore      *self,
           const char       *profile_uuid,
           HearthDaySummary *summary,
           GError          **error)
{
  g_autoptr(GPtrArray) medications = hearth_store_list_medications (self, profile_uuid, error);

  if (medications == NULL)
    return FALSE;
  for (guint i = 0; i < medications->len; i++)
    {
      HearthMedication *medication = g_ptr_array_index (medications, i);
      g_autoptr(GPtrArray) doses = NULL;

      if (summary->local_day < medication->start_day)
        continue;
      doses = hearth_store_list_doses (self, medication->uuid, summary->local_day, summary->local_day, error);
      if (doses == NULL)
        return FALSE;
      for (guint k = 0; k < doses->len; k++)
        {
          HearthDose *dose = g_ptr_array_index (doses, k);

          if (dose->scheduled_day < 0)
            {
              summary->doses_as_needed += dose->status == HEARTH_DOSE_TAKEN;
              continue;
            }
          summary->doses_scheduled++;
          switch (dose->status)
            {
            case HEARTH_DOSE_TAKEN:
              summary->doses_taken++;
              break;
            case HEARTH_DOSE_SKIPPED:
              summary->doses_skipped++;
              break;
            case HEARTH_DOSE_MISSED:
              summary->doses_missed++;
              break;
            case HEARTH_DOSE_PENDING:
            default:
              summary->doses_pending++;
              break;
            }
        }
    }
  return TRUE;
}

gboolean
hearth_store_get_day_summary (HearthStore      *self,
                              const char       *profile_uuid,
                              gint64            local_day,
                              HearthDaySummary *summary,
                              GError          **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  HearthDaySummary result = { 0, };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;

  result.local_day = local_day;
  hearth_nutrients_init_zero (&result.intake);
  if (!add_diet (self, profile_uuid, &result, error) ||
      !add_exercise (self, profile_uuid, &result, error) ||
      !add_doses (self, profile_uuid, &result, error))
    return FALSE;

  *summary = result;
  return TRUE;
}
