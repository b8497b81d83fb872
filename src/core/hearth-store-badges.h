/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-badges.h"
#include "hearth-store.h"
#include "hearth-types.h"

G_BEGIN_DECLS

/* A member's badges in the journal (table `badges`, schema 9;
 * hearth-store-badges.c), judged by hearth-badges.h's rules on the
 * member's data up to a local day ("today").
 *
 * Earned once: a badge is stored the first time an evaluation finds its
 * rule met, dated the local day the data first met it, and never again
 * (the unique index on live (profile_id, badge)); later evaluations,
 * edits, backdated entries and deletions never move that date.
 *
 * Deleted evidence (decided, issue 9): an earned badge STAYS EARNED, with
 * its date, when the entries that earned it are edited or deleted later
 * (a badge marks what was done then; taking it back for a tidied-up
 * history would punish keeping the journal right, and re-awarding it
 * later would award it twice). Only deleting the member removes them.
 *
 * Writing badges emits no signal: callers evaluate after an entry's own
 * "readings-changed", and a signal from here would evaluate again. A
 * read-only journal is evaluated without storing. */

/* What the member's guideline says "in range" is (the app passes its
 * setting; the CLI the setting's default). A blood pressure reading is in
 * range when under both numbers of hearth_goal_bp_target() (the home
 * threshold of hypertension: ACC/AHA 2017 130/80, the others 135/85), the
 * same rule as keep-in-range goals. */
typedef struct
{
  HearthBpGuideline bp_guideline;
} HearthBadgeOptions;

/* ACC/AHA 2017: the app's default setting. */
void     hearth_badge_options_init_default (HearthBadgeOptions *options);

/* TRUE when a blood pressure is in range for @options (see above). */
gboolean hearth_badge_bp_in_range  (const HearthBadgeOptions *options,
                                    double                    systolic_mmhg,
                                    double                    diastolic_mmhg);

/* What kind of entry changed: the rules it can affect are evaluated
 * again, the others not (hearth_store_update_badges()). */
typedef enum
{
  HEARTH_BADGE_SOURCE_READING  = 1 << 0,  /* a reading of any other kind */
  HEARTH_BADGE_SOURCE_BP       = 1 << 1,
  HEARTH_BADGE_SOURCE_WEIGHT   = 1 << 2,
  HEARTH_BADGE_SOURCE_MEAL     = 1 << 3,
  HEARTH_BADGE_SOURCE_WORKOUT  = 1 << 4,
  HEARTH_BADGE_SOURCE_DOSE     = 1 << 5,
  HEARTH_BADGE_SOURCE_GOAL     = 1 << 6,
  HEARTH_BADGE_SOURCE_SKIP_DAY = 1 << 7,
  HEARTH_BADGE_SOURCE_ALL      = 0xff,
} HearthBadgeSources;

/* The source of a reading of @kind (BP, WEIGHT or READING). */
HearthBadgeSources hearth_badge_source_for_reading_kind (HearthReadingKind kind);

/* Incremental (after an entry; about 0.1 ms): evaluates, on @today, the
 * member's badges not yet earned whose rules @sources can affect, and
 * stores the ones now earned (one write transaction). @from_day is the
 * earliest local day the change touched (an edit that moves an entry: the
 * earlier of its two days): only the data a run through that day can
 * reach is read (a logging or in-range run of N days: N days back, plus
 * the member's skip days; doses: 8 × N days, since days with nothing
 * scheduled pass; a week's minutes: that week; weights: from that day).
 * That is exact as long as the member's badges were evaluated after every
 * earlier change; HEARTH_BADGE_NO_DAY reads the whole history. After an
 * import, a restore or an upgrade, and when a member's page opens, run
 * hearth_store_evaluate_badges() (the whole history) instead.
 * @newly_earned (optional) receives a GPtrArray of const HearthBadgeDef *
 * (not owned) earned by this call, in catalogue order. @options NULL: the
 * defaults. */
gboolean hearth_store_update_badges   (HearthStore               *self,
                                       const char                *profile_uuid,
                                       gint64                     today,
                                       const HearthBadgeOptions  *options,
                                       HearthBadgeSources         sources,
                                       gint64                     from_day,
                                       GPtrArray                **newly_earned,
                                       GError                   **error);

/* Full: every badge of the catalogue, in its order (a GArray of
 * HearthBadgeStatus): stored ones earned with their stored date and
 * celebrated flag, the others judged on the WHOLE history up to @today
 * (those now earned are stored first, in one write transaction) or locked
 * with their progress. Tens of ms for a member with ten years of entries:
 * run it when a member's page first opens and after imports, restores and
 * upgrades, not after each entry. */
GArray  *hearth_store_evaluate_badges (HearthStore               *self,
                                       const char                *profile_uuid,
                                       gint64                     today,
                                       const HearthBadgeOptions  *options,
                                       GError                   **error);

/* The same statuses from recent data only (hearth_store_update_badges()
 * with every source and @today as the day of the change: about 1 ms):
 * exact while the member's badges were evaluated after every change (the
 * gallery's refresh). */
GArray  *hearth_store_get_badges      (HearthStore               *self,
                                       const char                *profile_uuid,
                                       gint64                     today,
                                       const HearthBadgeOptions  *options,
                                       GError                   **error);

/* TRUE in *@alert when the member has a severe-reading alert on local day
 * @today: a blood pressure reading in the severe range (above 180 or 120,
 * hearth-classify.h) or a level-2 low glucose (below 3.0 mmol/L). */
gboolean hearth_store_has_severe_alert (HearthStore  *self,
                                        const char   *profile_uuid,
                                        gint64        today,
                                        gboolean     *alert,
                                        GError      **error);

/* The stored badges not celebrated yet (GPtrArray of const HearthBadgeDef *,
 * not owned, by earned day then catalogue order); EMPTY while the member
 * has a severe-reading alert on @today: no celebration next to it. */
GPtrArray *hearth_store_list_badges_to_celebrate (HearthStore  *self,
                                                  const char   *profile_uuid,
                                                  gint64        today,
                                                  GError      **error);

/* Marks the member's stored badges @badge_ids (NULL-terminated)
 * celebrated now (the store clock); ones already celebrated keep their
 * time, ids not earned are NOT_FOUND and nothing is changed. */
gboolean hearth_store_mark_badges_celebrated (HearthStore        *self,
                                              const char         *profile_uuid,
                                              const char * const *badge_ids,
                                              GError            **error);

G_END_DECLS
