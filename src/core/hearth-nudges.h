/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Nudges, never nagging (PRODUCT.md, "Nudges"): kind, specific messages
 * after a lapse. The nudge for a day is a pure function of the journal
 * and that local day (and the time of day, for quiet hours only), so a
 * scripted history replays exactly. Each rule fires on ONE local day per
 * lapse, never on the days after; D below is the day asked about, and
 * "counted days" are days that are not skip days (a skip day pauses a
 * lapse as it pauses a streak):
 *
 * HEARTH_NUDGE_BP_LAPSE "bp-lapse-7": for a member who tracks blood
 *   pressure (a reading in the 90 days before D, or hypertension in the
 *   health record, or main goal lower-bp). Fires on D when D has no
 *   reading and exactly 7 counted days lie between the last reading's day
 *   and D: the morning after the 7th day without one. No reading ever: no
 *   lapse (the first-week checklist asks for a first reading).
 * HEARTH_NUDGE_ACTIVITY_UNDER_TARGET "activity-under-target-14": for a
 *   member with an activity target (a goal of metric active-minutes, a
 *   weekly target or a daily one × 7; else of metric steps, the week's
 *   mean over days with a steps entry against the daily target; else
 *   WHO's 150 minutes a week — 420 under 18 — for main goal move-more).
 *   Fires on a Monday D when the two calendar weeks before it (Monday to
 *   Sunday, both begun on or after the target's start) were both under
 *   the target and the week before those was not: once per lapse, with a
 *   smaller target to try (the better of the two weeks plus 10 minutes,
 *   rounded up to 10, or plus 500 steps rounded up to 500; below the
 *   target). A week's target shrinks by 1/7 per skip day in it; a week
 *   all skip days, or (steps) without a steps entry, is not under.
 * HEARTH_NUDGE_EXERCISE_LAPSE "exercise-lapse-3": for a member with an
 *   activity target. Exercise is a workout (or, with a steps goal, a
 *   steps entry). Fires on D when D has none and exactly 3 counted days
 *   lie between the last exercise (or, without one since, the day before
 *   the target's start) and D: the morning after the 3rd day without.
 * HEARTH_NUDGE_MISSED_DAY "missed-day": the logging habit (a daily habit:
 *   any entry). Fires on D when D−1 is a missed day (no entry, not a skip
 *   day), D has no entry yet, and the counted day before D−1 ended a run
 *   of at least 3 logged days: encouragement, the day after the first
 *   missed day only. Else the same for each daily habit goal (steps,
 *   blood pressure morning and evening, sodium, doses on time; in
 *   hearth_store_list_goals() order, the first that fires): D−1 had none
 *   of it done (completion 0: part done is no miss), D is not done yet,
 *   and the run of done days before it (skip days and days without
 *   evidence pass) is at least 3 long.
 *
 * At most one nudge a day per member: the first that fires in the order
 * above (a health check before a plan change, before a lapse, before
 * encouragement). None on a skip day, none in quiet hours, none while the
 * member's latest blood pressure or glucose on or before D shows a
 * severe-reading alert. Texts name their numbers and where they come from
 * (the member's log with its dates, or the guideline). */

#define HEARTH_NUDGE_BP_LAPSE                "bp-lapse-7"
#define HEARTH_NUDGE_ACTIVITY_UNDER_TARGET   "activity-under-target-14"
#define HEARTH_NUDGE_EXERCISE_LAPSE          "exercise-lapse-3"
#define HEARTH_NUDGE_MISSED_DAY              "missed-day"

/* Quiet hours by default: 22:00 to 07:00, minutes after local midnight. */
#define HEARTH_NUDGE_QUIET_START (22 * 60)
#define HEARTH_NUDGE_QUIET_END   (7 * 60)

typedef struct
{
  char *id;      /* a rule id above */
  char *text;    /* translated, kind and specific */
  char *source;  /* translated: where its numbers come from */
} HearthNudge;

void         hearth_nudge_free            (HearthNudge *nudge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthNudge, hearth_nudge_free)

/* TRUE when @minute (minutes after local midnight, 0–1439) lies in the
 * quiet hours from @quiet_start up to (not including) @quiet_end; the
 * span may cross midnight; @quiet_start == @quiet_end: none. */
gboolean     hearth_nudge_is_quiet        (int          minute,
                                           int          quiet_start,
                                           int          quiet_end);

/* Every rule that fires on @day (a local day number), in priority order,
 * before the one-a-day choice and before skip days, quiet hours and
 * severe alerts silence them: a GPtrArray of HearthNudge (owning); NULL
 * with @error set on failure. */
GPtrArray   *hearth_nudges_list_candidates (HearthStore  *store,
                                            const char   *profile_uuid,
                                            gint64        day,
                                            GError      **error);

/* The member's nudge for @day at @minute (minutes after local midnight;
 * -1: whatever the time) with the quiet hours given: TRUE with *@nudge
 * NULL when there is none. A few indexed reads in one read transaction. */
gboolean     hearth_nudges_get_for_day    (HearthStore  *store,
                                           const char   *profile_uuid,
                                           gint64        day,
                                           int           minute,
                                           int           quiet_start,
                                           int           quiet_end,
                                           HearthNudge **nudge,
                                           GError      **error);

G_END_DECLS
