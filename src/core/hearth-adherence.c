/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-adherence"

#include "config.h"

#include <math.h>

#include "hearth-core-private.h"
#include "hearth-adherence.h"

static HearthDose *
copy_dose (const HearthDose *dose)
{
  HearthDose *copy = g_memdup2 (dose, sizeof *dose);

  copy->uuid = g_strdup (dose->uuid);
  copy->medication_uuid = g_strdup (dose->medication_uuid);
  copy->scheduled_at = dose->scheduled_at != NULL ? g_date_time_ref (dose->scheduled_at) : NULL;
  copy->taken_at = dose->taken_at != NULL ? g_date_time_ref (dose->taken_at) : NULL;
  copy->reason = g_strdup (dose->reason);
  return copy;
}

static int
compare_taken (gconstpointer a,
               gconstpointer b)
{
  const HearthDose *da = *(HearthDose * const *) a;
  const HearthDose *db = *(HearthDose * const *) b;

  return g_date_time_compare (da->taken_at, db->taken_at);
}

GPtrArray *
hearth_adherence_list_doses (const HearthMedication  *medication,
                             HearthDose             **stored,
                             guint                    n_stored,
                             GTimeZone               *tz,
                             gint64                   from_day,
                             gint64                   to_day,
                             GDateTime               *now)
{
  g_autoptr(GPtrArray) doses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_dose_free);
  g_autoptr(GPtrArray) extra = g_ptr_array_new ();

  g_return_val_if_fail (medication != NULL, NULL);
  g_return_val_if_fail (stored != NULL || n_stored == 0, NULL);
  g_return_val_if_fail (tz != NULL && now != NULL, NULL);

  for (gint64 day = from_day; day <= to_day; day++)
    {
      if (!hearth_medication_is_due_on (medication, day))
        continue;

      for (guint t = 0; t < medication->n_times; t++)
        {
          g_autoptr(GDateTime) at = hearth_medication_dose_instant (tz, day, medication->times[t]);
          const HearthDose *answer = NULL;
          HearthDose *dose;

          if (at == NULL)
            continue;
          for (guint i = 0; i < n_stored && answer == NULL; i++)
            if (stored[i]->scheduled_day == day && stored[i]->scheduled_minute == medication->times[t])
              answer = stored[i];

          if (answer != NULL)
            dose = copy_dose (answer);
          else
            {
              dose = g_new0 (HearthDose, 1);
              dose->medication_uuid = g_strdup (medication->uuid);
              dose->scheduled_day = day;
              dose->scheduled_minute = medication->times[t];
              dose->status = g_date_time_difference (now, at) > HEARTH_DOSE_WINDOW
                             ? HEARTH_DOSE_MISSED : HEARTH_DOSE_PENDING;
            }
          g_clear_pointer (&dose->scheduled_at, g_date_time_unref);
          dose->scheduled_at = g_steal_pointer (&at);
          g_ptr_array_add (doses, dose);
        }
    }

  /* Doses that answer no scheduled one: as needed, or extra. */
  for (guint i = 0; i < n_stored; i++)
    {
      gint64 day;

      if (stored[i]->scheduled_day >= 0 || stored[i]->taken_at == NULL)
        continue;
      day = _hearth_local_day (stored[i]->taken_at);
      if (day >= from_day && day <= to_day)
        g_ptr_array_add (extra, stored[i]);
    }
  g_ptr_array_sort (extra, compare_taken);
  for (guint i = 0; i < extra->len; i++)
    g_ptr_array_add (doses, copy_dose (extra->pdata[i]));

  return g_steal_pointer (&doses);
}

void
hearth_adherence_add (HearthAdherence *adherence,
                      GPtrArray       *doses)
{
  g_return_if_fail (adherence != NULL);
  g_return_if_fail (doses != NULL);

  for (guint i = 0; i < doses->len; i++)
    {
      const HearthDose *dose = doses->pdata[i];

      if (dose->scheduled_at == NULL)
        continue;  /* as needed or extra: not scheduled */

      switch (dose->status)
        {
        case HEARTH_DOSE_TAKEN:
          adherence->scheduled++;
          if (dose->taken_at != NULL &&
              ABS (g_date_time_difference (dose->taken_at, dose->scheduled_at)) <= HEARTH_DOSE_WINDOW)
            adherence->taken++;
          else
            adherence->taken_late++;
          break;
        case HEARTH_DOSE_SKIPPED:
          adherence->scheduled++;
          adherence->skipped++;
          break;
        case HEARTH_DOSE_MISSED:
          adherence->scheduled++;
          adherence->missed++;
          break;
        case HEARTH_DOSE_PENDING:
        default:
          break;
        }
    }

  adherence->ratio = adherence->scheduled > 0 ? (double) adherence->taken / adherence->scheduled : NAN;
}
