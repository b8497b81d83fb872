/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Insights (PRODUCT.md, "Small goals, visible progress"): short news
 * about a member on a local day D, each naming its numbers and where they
 * come from (the member's entries with their dates, or a guideline of
 * docs/clinical.md). A pure function of the journal and D. Values are in
 * the stored units (mmHg, kg). The ids, in the order of usefulness that
 * ranks them (the first is "today's most useful insight", for the
 * dashboard):
 *
 *  1 HEARTH_INSIGHT_FIRST_WEEK "first-week": "x of 3 first steps" (a goal
 *    set, a first reading, one more log: a meal, a workout or a dose
 *    taken), counted from the journal, during the member's first 7 days
 *    (from the day they were added) unless the checklist was dismissed.
 *  2 HEARTH_INSIGHT_STREAK "streak": logging streak news on a day with an
 *    entry: a milestone (3, 7, 14, 21, 30, 50, 100, 150, 200, 365 days,
 *    then every 100) or the day a previous best of 3 or more is beaten.
 *    Never while a severe-reading alert shows (PRODUCT.md, "Safety").
 *  3 HEARTH_INSIGHT_GOAL_PACE "goal-pace", when BEHIND: one per live target
 *    goal (weight, average systolic or diastolic; hearth-habits.h computes
 *    the status): the value now, the plan's value today and the pace
 *    needed per week (a weight pace past 1 kg a week is called too fast).
 *  4 HEARTH_INSIGHT_BP_WEEK "bp-week": average systolic and diastolic over
 *    the 7 days ending D against the 7 before, only with at least
 *    HEARTH_INSIGHT_MIN_BP_READINGS readings in each (both counts named).
 *  5 "goal-pace" ON_TRACK, or REACHED in the last 7 days (with the day).
 *  6 HEARTH_INSIGHT_WEIGHT_WEEK "weight-week": average weight over the 7
 *    days ending D against the 7 before (a reading in each).
 *  7 HEARTH_INSIGHT_ACTIVITY_WEEK "activity-week": active minutes this
 *    calendar week (Monday to D) against last week's, and WHO's 150 a week
 *    (docs/clinical.md#physical-activity); with a workout in either week.
 *  8 HEARTH_INSIGHT_STEPS_WEEK "steps-week": days at the step goal (the
 *    member's goal of metric steps, else 7 500: docs/clinical.md
 *    #physical-activity) from Monday to D against the same weekdays of
 *    last week; with a steps entry in both.
 * Equal ranks keep the goals' order (hearth_store_list_goals()). */

#define HEARTH_INSIGHT_FIRST_WEEK    "first-week"
#define HEARTH_INSIGHT_STREAK        "streak"
#define HEARTH_INSIGHT_GOAL_PACE     "goal-pace"
#define HEARTH_INSIGHT_BP_WEEK       "bp-week"
#define HEARTH_INSIGHT_WEIGHT_WEEK   "weight-week"
#define HEARTH_INSIGHT_ACTIVITY_WEEK "activity-week"
#define HEARTH_INSIGHT_STEPS_WEEK    "steps-week"

/* Fewer readings than this in either week: no blood pressure comparison. */
#define HEARTH_INSIGHT_MIN_BP_READINGS 3
/* The default step goal (docs/clinical.md#physical-activity). */
#define HEARTH_INSIGHT_DEFAULT_STEP_GOAL 7500

typedef struct
{
  char *id;      /* an id above */
  char *text;    /* translated, with its numbers */
  char *source;  /* translated: the entries and days, or the guideline */
  guint rank;    /* 1 = most useful (the numbers above) */
} HearthInsight;

void       hearth_insight_free   (HearthInsight *insight);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthInsight, hearth_insight_free)

/* The member's insights on @day (a local day number), most useful first:
 * a GPtrArray of HearthInsight (owning), possibly empty; NULL with @error
 * set on failure. One read transaction. */
GPtrArray *hearth_insights_list  (HearthStore  *store,
                                  const char   *profile_uuid,
                                  gint64        day,
                                  GError      **error);

/* Today's most useful insight: the first of hearth_insights_list(); TRUE
 * with *@insight NULL when there is none. */
gboolean   hearth_insights_get_top (HearthStore    *store,
                                    const char     *profile_uuid,
                                    gint64          day,
                                    HearthInsight **insight,
                                    GError        **error);

G_END_DECLS
