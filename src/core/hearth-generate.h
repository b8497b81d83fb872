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
 *     adults; waist and body fat about monthly.
 * Every value passes validation and the plausibility checks. */

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
guint            hearth_generated_count_kind     (HearthGenerated   *self,
                                                  HearthReadingKind  kind);

/* Adds the members (refused with EXISTS when a name is in use) and every
 * reading in ONE transaction (hearth_store_write()): all or nothing, so a
 * full disk or a kill never leaves members without their readings. */
gboolean         hearth_generated_store          (HearthGenerated  *self,
                                                  HearthStore      *store,
                                                  GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthGenerated, hearth_generated_free)

G_END_DECLS
