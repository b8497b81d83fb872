/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-types.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* A made-up but realistic family history, for demos, screenshots and the
 * benchmark (hearth-cli generate, hearth-bench). Deterministic: the same
 * seed, size and "now" give the same members and readings, uuids
 * included.
 *
 * The members cycle through six: a grandfather (68, hypertension and
 * diabetes), two parents in their forties (one with hypertension), a
 * child (12), a grandmother (71, diabetes) and a young adult (19); from
 * the seventh on the names get a number. The history covers the last
 * @days local days ending at "now" (nothing in the future):
 *   - weight most mornings (slow trend, seasons, noise; the child grows),
 *     one parent's scale also gives body fat;
 *   - blood pressure for adults 40+ or with hypertension: two readings a
 *     minute apart in the morning and the evening (ESH home protocol),
 *     sitting, left arm, with missed days;
 *   - glucose for diabetic members: fasting most days, after a meal or at
 *     bedtime on some;
 *   - resting heart rate, SpO2 and temperature now and then (the child
 *     has the odd fever); sleep every night for some; steps every day for
 *     adults; waist and body fat about monthly;
 *   - meals (hearth-generate-logs.c) from a small built-in set of foods:
 *     breakfast, lunch and dinner with one or two snacks on the days a
 *     member keeps the log (some days none, a meal left out now and then),
 *     portions by age and sex;
 *   - workouts a few times a week, each member their own activities;
 *   - medications for some members (the grandparents, a parent: tablets at
 *     fixed times, one every 7 days, one as needed) and their doses, mostly
 *     taken near the time, some skipped, some missed (not marked).
 * Every value passes validation and the plausibility checks. The diet,
 * exercise and medication logs come from a random sequence of their own,
 * so the readings of a seed stay what they were before those logs. */

#define HEARTH_GENERATE_MAX_MEMBERS 60
#define HEARTH_GENERATE_MAX_DAYS    (50 * 366)

typedef struct _HearthGenerated HearthGenerated;

/* Builds members (not yet stored, their uuids set) and their readings,
 * oldest first within each member, ending at @now (in @now's zone). */
HearthGenerated *hearth_generated_new            (guint32      seed,
                                                  guint        members,
                                                  guint        days,
                                                  GDateTime   *now);
void             hearth_generated_free           (HearthGenerated *self);
/* Transfer none. */
GPtrArray       *hearth_generated_get_profiles   (HearthGenerated *self);
GPtrArray       *hearth_generated_get_readings   (HearthGenerated *self);
/* HearthMeal (items with the nutrition of the built-in foods) */
GPtrArray       *hearth_generated_get_meals       (HearthGenerated *self);
/* HearthWorkout */
GPtrArray       *hearth_generated_get_workouts    (HearthGenerated *self);
/* HearthMedication */
GPtrArray       *hearth_generated_get_medications (HearthGenerated *self);
/* HearthDose, taken or skipped (missed ones are not stored) */
GPtrArray       *hearth_generated_get_doses       (HearthGenerated *self);
guint            hearth_generated_count_kind     (HearthGenerated   *self,
                                                  HearthReadingKind  kind);

/* Adds the members (refused with EXISTS when a name is in use), every
 * reading, the foods (a food the family already has by that name is used
 * instead), meals, workouts, medications and doses in ONE transaction
 * (hearth_store_write()): all or nothing, so a full disk or a kill never
 * leaves members without their readings. */
gboolean         hearth_generated_store          (HearthGenerated  *self,
                                                  HearthStore      *store,
                                                  GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthGenerated, hearth_generated_free)

G_END_DECLS
