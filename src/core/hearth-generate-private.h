/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-exercise.h"
#include "hearth-generate.h"
#include "hearth-medication.h"

G_BEGIN_DECLS

/* Shared by hearth-generate.c (members, readings) and
 * hearth-generate-logs.c (foods, meals, workouts, medications, doses). */
struct _HearthGenerated
{
  GPtrArray *profiles;      /* HearthProfile */
  GPtrArray *readings;      /* HearthReading */
  guint      counts[HEARTH_READING_KIND_LAST + 1];
  GPtrArray *foods;         /* HearthFood, the built-in set, uuids set */
  GPtrArray *meals;         /* HearthMeal, uuids set, items computed from foods */
  GPtrArray *workouts;      /* HearthWorkout */
  GPtrArray *medications;   /* HearthMedication */
  GPtrArray *doses;         /* HearthDose (taken or skipped) */
};

/* The template age of member @index (hearth-generate.c's family). */
int        _hearth_generate_member_age (guint index);

/* An instant on a local day at wall-clock @hours (0 ≤ hours < 24) in @tz,
 * through hearth_local_time_resolve(); in an hour the clocks skipped, as
 * long after the day's first instant. NULL past the calendar's ends. */
GDateTime *_hearth_generate_at_hours   (GTimeZone *tz,
                                        int        year,
                                        int        month,
                                        int        day,
                                        double     hours);

/* hearth-generate-logs.c: fills foods, meals, workouts, medications and
 * doses of @self's members over the @days local days ending at @now, from
 * a random sequence of its own (@seed): the readings stay as they were. */
void       _hearth_generated_add_logs  (HearthGenerated *self,
                                        guint32          seed,
                                        guint            days,
                                        GDateTime       *now);
/* Inside the store's write transaction, after the members: the foods (a
 * live food of the same name is the family's own and is used instead),
 * then the meals, workouts, medications and doses. */
gboolean   _hearth_generated_store_logs (HearthGenerated *self,
                                         HearthStore     *store,
                                         GError         **error);

G_END_DECLS
