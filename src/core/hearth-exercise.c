/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-exercise"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-exercise.h"

G_DEFINE_QUARK (hearth-workout-error-quark, hearth_workout_error)

/* Steps in one workout: more than a 24-hour walk could hold. */
#define MAX_STEPS 200000
/* 1000 km: past any one-day ride. */
#define MAX_DISTANCE_M 1000000.0

HearthWorkout *
hearth_workout_new (const char *profile_uuid,
                    const char *activity,
                    GDateTime  *start,
                    gint64      duration_s)
{
  HearthWorkout *self = g_new0 (HearthWorkout, 1);

  self->profile_uuid = g_strdup (profile_uuid);
  self->activity = g_strdup (activity);
  self->start = start != NULL ? g_date_time_ref (start) : NULL;
  self->duration_s = duration_s;
  self->distance_m = NAN;
  self->steps = -1;
  return self;
}

HearthWorkout *
hearth_workout_copy (const HearthWorkout *self)
{
  HearthWorkout *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->uuid = g_strdup (self->uuid);
  copy->profile_uuid = g_strdup (self->profile_uuid);
  copy->activity = g_strdup (self->activity);
  copy->start = self->start != NULL ? g_date_time_ref (self->start) : NULL;
  copy->note = g_strdup (self->note);
  return copy;
}

void
hearth_workout_free (HearthWorkout *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->profile_uuid);
  g_free (self->activity);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_free (self->note);
  g_free (self);
}

gint64
hearth_workout_get_local_day (const HearthWorkout *self)
{
  g_return_val_if_fail (self != NULL && self->start != NULL, 0);

  return _hearth_local_day (self->start);
}

gboolean
hearth_workout_validate (const HearthWorkout  *self,
                         GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (hearth_activity_lookup (self->activity) == NULL)
    {
      g_set_error (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_ACTIVITY,
                   _("“%s” is not an activity Hearth knows."),
                   self->activity != NULL ? self->activity : "");
      return FALSE;
    }
  if (self->start == NULL ||
      g_date_time_get_year (self->start) < 1900 ||
      g_date_time_get_year (self->start) > 9998)
    {
      g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_START,
                           _("Enter when the workout started."));
      return FALSE;
    }
  if (self->duration_s <= 0)
    {
      g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_DURATION,
                           _("A workout lasts at least a minute."));
      return FALSE;
    }
  if (self->duration_s > HEARTH_WORKOUT_MAX_SECONDS)
    {
      g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_DURATION,
                           _("A workout can last at most 24 hours."));
      return FALSE;
    }
  if (!isnan (self->distance_m) &&
      (!isfinite (self->distance_m) || self->distance_m <= 0 || self->distance_m > MAX_DISTANCE_M))
    {
      g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_DISTANCE,
                           _("The distance must be more than 0 and at most 1000 km."));
      return FALSE;
    }
  if (self->steps < -1 || self->steps > MAX_STEPS)
    {
      g_set_error (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_STEPS,
                   _("Steps must be between 0 and %d."), MAX_STEPS);
      return FALSE;
    }
  if (self->effort < 0 || self->effort > 10)
    {
      g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_EFFORT,
                           _("Perceived effort is from 1 (very light) to 10 (maximal)."));
      return FALSE;
    }
  if (self->note != NULL && !g_utf8_validate (self->note, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_NOTE,
                           _("The note is not valid text."));
      return FALSE;
    }
  return TRUE;
}

/* docs/clinical.md#physical-activity */
double
hearth_exercise_energy_kcal (double met,
                             double weight_kg,
                             gint64 duration_s)
{
  if (isnan (weight_kg) || weight_kg <= 0 || isnan (met) || duration_s <= 0)
    return NAN;

  return met * weight_kg * ((double) duration_s / 3600.0);
}

void
hearth_active_week_compute (HearthActiveWeek  *week,
                            gint64             first_day,
                            int                age,
                            HearthWorkout    **workouts,
                            guint              n_workouts)
{
  gint64 moderate_s[7] = { 0 };
  gint64 vigorous_s[7] = { 0 };

  g_return_if_fail (week != NULL);
  g_return_if_fail (workouts != NULL || n_workouts == 0);

  memset (week, 0, sizeof *week);
  week->first_day = first_day;

  for (guint i = 0; i < n_workouts; i++)
    {
      const HearthActivity *activity = hearth_activity_lookup (workouts[i]->activity);
      gint64 day;

      if (activity == NULL || workouts[i]->start == NULL)
        continue;
      day = hearth_workout_get_local_day (workouts[i]) - first_day;
      if (day < 0 || day >= 7)
        continue;

      switch (hearth_activity_get_intensity (activity))
        {
        case HEARTH_INTENSITY_VIGOROUS:
          vigorous_s[day] += workouts[i]->duration_s;
          break;
        case HEARTH_INTENSITY_MODERATE:
          moderate_s[day] += workouts[i]->duration_s;
          break;
        case HEARTH_INTENSITY_LIGHT:
        default:
          break;
        }
    }

  for (guint d = 0; d < 7; d++)
    {
      week->moderate_minutes[d] = moderate_s[d] / 60;
      week->vigorous_minutes[d] = vigorous_s[d] / 60;
      week->equivalent_minutes += week->moderate_minutes[d] + 2 * week->vigorous_minutes[d];
    }

  /* WHO 2020: an average of 60 minutes a day at ages 5–17, 150 a week from 18. */
  week->target_minutes = (age >= 0 && age < 18) ? 7 * 60 : 150;
  week->met = week->equivalent_minutes >= week->target_minutes;
}
