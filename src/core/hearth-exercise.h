/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-activity.h"

G_BEGIN_DECLS

#define HEARTH_WORKOUT_ERROR (hearth_workout_error_quark ())

/* The code names the field the message belongs next to. */
typedef enum
{
  HEARTH_WORKOUT_ERROR_ACTIVITY,
  HEARTH_WORKOUT_ERROR_START,
  HEARTH_WORKOUT_ERROR_DURATION,
  HEARTH_WORKOUT_ERROR_DISTANCE,
  HEARTH_WORKOUT_ERROR_STEPS,
  HEARTH_WORKOUT_ERROR_EFFORT,
  HEARTH_WORKOUT_ERROR_NOTE,
} HearthWorkoutError;

GQuark hearth_workout_error_quark (void);

/* Longest workout accepted: 24 hours (a 30-hour workout is a typing slip). */
#define HEARTH_WORKOUT_MAX_SECONDS (24 * 60 * 60)

/* A workout, a plain struct: set the fields, hearth_workout_validate(),
 * hand it to hearth_store_add_workout(), which fills uuid and stamps. */
typedef struct
{
  char      *uuid;          /* NULL until stored */
  char      *profile_uuid;
  char      *activity;      /* a HearthActivity id */
  GDateTime *start;         /* with the offset of the moment it started */
  gint64     duration_s;    /* 1 .. HEARTH_WORKOUT_MAX_SECONDS */
  double     distance_m;    /* NAN: none */
  gint64     steps;         /* -1: none */
  int        effort;        /* perceived effort 1–10, 0: none */
  char      *note;
  gint64     created_at;
  gint64     updated_at;
} HearthWorkout;

HearthWorkout *hearth_workout_new      (const char    *profile_uuid,
                                        const char    *activity,
                                        GDateTime     *start,
                                        gint64         duration_s);
HearthWorkout *hearth_workout_copy     (const HearthWorkout *self);
void           hearth_workout_free     (HearthWorkout *self);
/* HEARTH_WORKOUT_ERROR naming the field, translated message. */
gboolean       hearth_workout_validate (const HearthWorkout *self,
                                        GError       **error);
/* Local day number (days since 1970-01-01) of the start in its own offset. */
gint64         hearth_workout_get_local_day (const HearthWorkout *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthWorkout, hearth_workout_free)

/* docs/clinical.md#physical-activity: kcal = MET × kg × hours. NAN when
 * @weight_kg is NAN or not positive (no weight: no energy). */
double         hearth_exercise_energy_kcal (double met,
                                            double weight_kg,
                                            gint64 duration_s);

/* A week of active minutes against WHO's target (docs/clinical.md
 * #physical-activity): light activity does not count; a vigorous minute
 * counts as two moderate ones. */
typedef struct
{
  gint64 first_day;                 /* local day number of the week's first day */
  guint  moderate_minutes[7];       /* per day, minutes of moderate activity */
  guint  vigorous_minutes[7];       /* per day, minutes of vigorous activity */
  guint  equivalent_minutes;        /* the week: moderate + 2 × vigorous */
  guint  target_minutes;            /* 150, or 7 × 60 under 18 */
  gboolean met;                     /* equivalent_minutes >= target_minutes */
} HearthActiveWeek;

/* Fills @week from @workouts (each counted on the local day it started,
 * whole minutes, rounded down over each day's sum) over the 7 days from
 * @first_day. @age in years, -1 when unknown (an adult's target). */
void           hearth_active_week_compute (HearthActiveWeek *week,
                                           gint64            first_day,
                                           int               age,
                                           HearthWorkout   **workouts,
                                           guint             n_workouts);

G_END_DECLS
