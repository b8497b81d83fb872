/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-goal.h"
#include "hearth-streak.h"

G_BEGIN_DECLS

/* The goal engine's arithmetic (issue 9), pure: no store, no clock. The
 * store gathers the data (hearth-store-goals.h: hearth_store_get_goal_days(),
 * hearth_store_get_goal_progress(), hearth_store_get_streaks(), …) and
 * hands it here, so a scripted history replays exactly.
 *
 * Days are local day numbers (days since 1970-01-01 in each entry's own
 * offset). Weeks are calendar weeks from Monday: week w starts on local day
 * hearth_habit_week_start(). */

/* Habits and keep-in-range goals ------------------------------------------
 *
 * Completion per period (a day; a calendar week for weekly habits), from
 * the goal's start through today:
 *   steps          the day's total ÷ target, at most 1
 *   sodium         1 when the day's sodium from meals is at most the target
 *                  and at least one meal was logged that day, else 0
 *   bp-readings    blood pressure slots filled (morning 04:00–11:59,
 *                  evening 17:00–23:59, in the reading's own offset) ÷
 *                  target, at most 1
 *   doses-on-time  doses taken within ±2 h of their time ÷ the day's
 *                  scheduled doses (still pending ones count as not yet
 *                  taken), ÷ target, at most 1; a day without a scheduled
 *                  dose is no evidence (NAN)
 *   range goals    1 when every reading that day is in range, 0 when one is
 *                  not; a day without a reading is no evidence (NAN)
 *   active-minutes (weekly) the week's WHO minutes (moderate + 2 × vigorous,
 *                  hearth-exercise.h) ÷ the week's target, at most 1. The
 *                  week's target is the goal's target × the share of the
 *                  week that is open: days on or after the start that are
 *                  not skip days (a week of 3 skip days asks for 4/7 of it);
 *                  a week with no open day is skipped.
 *
 * Streak and strength of one goal, the rules of hearth-streak.h over
 * periods: a period counts for the streak when its completion is 1 (done);
 * skipped periods and periods without evidence (NAN) carry: they neither
 * count nor break a run, and leave strength unchanged. The current period
 * (today; this week for weekly habits) is not over: it counts (streak and
 * strength) once it is done, skipped or without evidence, and is otherwise
 * left out ("ending yesterday when today has no entry yet"), so the
 * strength does not drop during a day that is still open.
 * Strength: s_p = s_(p−1) · m + c_p · (1 − m), m = 0.5^(1 / half-life),
 * half-life 13 days for daily habits and 13/7 weeks for weekly ones (the
 * same decay per day), from the goal's start (the week containing it). */

#define HEARTH_HABIT_HALF_LIFE_WEEKS (HEARTH_HABIT_HALF_LIFE_DAYS / 7.0)

/* The Monday on or before @day. */
gint64  hearth_habit_week_start (gint64 day);

typedef struct
{
  HearthGoalCadence cadence;  /* DAILY or WEEKLY (range goals: DAILY) */
  gint64    first_day;        /* period 0's first day (weekly: a Monday) */
  guint     n_periods;        /* from the start through today's period */
  double   *completion;       /* per period, 0..1; NAN: no evidence */
  gboolean *skipped;          /* per period: marked skipped (weekly: no open day) */
  double   *amount;           /* per period, the measured amount (steps, mg sodium,
                               * slots, share on time, WHO minutes; range goals: the
                               * highest reading); NAN: none */
} HearthGoalDays;

HearthGoalDays *hearth_goal_days_new  (HearthGoalCadence cadence,
                                       gint64            first_day,
                                       guint             n_periods);
void            hearth_goal_days_free (HearthGoalDays *days);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthGoalDays, hearth_goal_days_free)

typedef struct
{
  char             *goal_uuid;     /* NULL: the logging streak */
  HearthGoalCadence cadence;       /* DAILY or WEEKLY: what current and best count */
  guint             current;       /* periods in the run ending with today's (or the one before) */
  guint             best;          /* the longest run ever */
  double            strength;      /* 0..1 */
  double            today;         /* completion of the current period so far; NAN: no evidence */
} HearthHabitStreak;

void hearth_habit_streak_clear (HearthHabitStreak *streak);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthHabitStreak, hearth_habit_streak_clear)

/* Fills @out (goal_uuid left alone) from @days, the current period being
 * the last one. */
void hearth_habit_evaluate (const HearthGoalDays *days,
                            HearthHabitStreak    *out);

/* The logging streak: @logged the local days with an entry, @skips the
 * skip days (both any order), strength from the first day logged. */
void hearth_habit_evaluate_logging (const gint64      *logged,
                                    guint              n_logged,
                                    const gint64      *skips,
                                    guint              n_skips,
                                    gint64             today,
                                    HearthHabitStreak *out);

/* A member's streaks on a day: what `hearth-cli streaks --json` prints. */
typedef struct
{
  HearthHabitStreak logging;
  GPtrArray        *habits;        /* HearthHabitStreak*, one per live habit and
                                    * keep-in-range goal, in hearth_store_list_goals() order */
} HearthStreaks;

void hearth_streaks_free (HearthStreaks *streaks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthStreaks, hearth_streaks_free)

/* Target goals ---------------------------------------------------------------
 *
 * The value a target goal follows, as of a day:
 *   weight      the latest reading on or before the day;
 *   systolic /  the mean of the readings in the 7 local days ending with
 *   diastolic   the day of the latest reading on or before it.
 * Baseline: the goal's, else the value as of its start day (the latest
 * reading on or before it), else the first value after it. Milestones: one a week from the start (start + 7, + 14, …,
 * the last on the due day), on the straight line from the baseline at the
 * start to the target on the due day. Status on a day, in this order:
 *   REACHED   the goal has a reached day, or some value from the start
 *             through the day met the target (at-most: ≤, at-least: ≥);
 *   NO_DATA   no value (and so no baseline) yet;
 *   ON_TRACK  the value is at or better than the line's value that day
 *             (after the due day: the target) give or take the tolerance
 *             (weight 0.5 kg, blood pressure 2 mmHg);
 *   BEHIND    otherwise.
 * Pace needed: (target − value) ÷ the days left × 7, per week (NAN on or
 * after the due day). A weight plan or pace needed faster than 1 kg a week
 * sets too_fast: the app warns, and no milestone badge is given for the
 * goal (PRODUCT.md). */

#define HEARTH_GOAL_MAX_WEIGHT_PACE_KG 1.0
#define HEARTH_GOAL_WEIGHT_TOLERANCE   0.5
#define HEARTH_GOAL_BP_TOLERANCE       2.0

typedef enum
{
  HEARTH_GOAL_STATUS_NO_DATA,
  HEARTH_GOAL_STATUS_ON_TRACK,
  HEARTH_GOAL_STATUS_BEHIND,
  HEARTH_GOAL_STATUS_REACHED,
} HearthGoalStatus;

/* "no-data", "on-track", "behind", "reached" */
const char *hearth_goal_status_to_string (HearthGoalStatus status);
/* Translated: "No reading yet", "On track", "Behind", "Reached" */
const char *hearth_goal_status_get_label (HearthGoalStatus status);

typedef struct
{
  gint64 day;
  double value;
} HearthGoalPoint;

typedef struct
{
  HearthGoalStatus status;
  double   value;            /* as of today (above); NAN: none */
  gint64   value_day;        /* the day of the latest reading it comes from */
  double   baseline;         /* NAN: none */
  double   expected;         /* the line's value today (the target after the due day) */
  double   plan_pace;        /* per week, signed (target − baseline) ÷ weeks planned */
  double   pace_needed;      /* per week, signed; NAN on or after the due day or without a value */
  gboolean too_fast;         /* weight faster than 1 kg a week: warning, no milestone badge */
  gint64   reached_day;      /* the goal's, else the first day the data met it; HEARTH_GOAL_NO_DAY */
  GArray  *milestones;       /* HearthGoalPoint, weekly, the last on the due day */
  guint    next_milestone;   /* the first milestone on or after today; milestones->len past due */
  guint    milestones_passed;/* milestones before today the value at that day met */
} HearthGoalProgress;

void hearth_goal_progress_clear (HearthGoalProgress *progress);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthGoalProgress, hearth_goal_progress_clear)

/* @readings: the metric's readings (day, value), ascending by day (the
 * value of a reading; any number per day, in the order taken). Readings
 * after @today are left out. */
void hearth_goal_progress_compute (const HearthGoal      *goal,
                                   const HearthGoalPoint *readings,
                                   guint                  n_readings,
                                   gint64                 today,
                                   HearthGoalProgress    *out);

/* Smaller step ---------------------------------------------------------------
 *
 * After three weeks without progress the engine suggests, gently, a
 * smaller step (PRODUCT.md: "No progress after several weeks → suggest
 * adjusting the plan, gently"). Only for goals started at least 21 days
 * before today and not reached:
 *   daily habits   fewer than a third of the last 21 open days (today left
 *                  out; skipped and no-evidence days are not open) done,
 *                  with at least 7 open days. Steps: the average of those
 *                  days + 500, rounded down to 500, at least 1 000, at least
 *                  500 under the target. Blood pressure morning and evening:
 *                  one of the two. Sodium: 500 mg more a day (at most
 *                  6 000). Medications on time: none (a doctor's matter).
 *   weekly habits  none of the last 3 full weeks done: the weeks' average
 *                  + 30 minutes rounded up to 10, at least 30, at least 10
 *                  under the target.
 *   target goals   the value moved less than the tolerance toward the
 *                  target over the last 21 days: a nearer target (weight
 *                  2 kg, blood pressure 5 mmHg from today's value, not past
 *                  the goal's) due in 8 weeks.
 *   range goals    none: the guideline's target is not for bargaining.
 * Returns the suggested goal (a copy of @goal with the smaller target and,
 * for target goals, start today and the new due day; uuid NULL) and a
 * translated sentence in *@text, or NULL. @days for habits, @readings for
 * target goals (as hearth_goal_progress_compute()). */
HearthGoal *hearth_goal_suggest_smaller_step (const HearthGoal      *goal,
                                              const HearthGoalDays  *days,
                                              const HearthGoalPoint *readings,
                                              guint                  n_readings,
                                              gint64                 today,
                                              char                 **text);

/* Proposals ------------------------------------------------------------------ */

/* What proposals are made from (hearth_store_get_goal_facts() fills it). */
typedef struct
{
  char             *profile_uuid;
  char             *main_goal;       /* profiles.main_goal ("lower-bp", …); NULL: not asked */
  int               age;             /* years; -1 unknown */
  double            height_cm;       /* 0 unknown */
  gboolean          hypertension;    /* health record */
  gboolean          diabetes;
  gboolean          scheduled_medications;
  HearthBpGuideline bp_guideline;
  HearthBmiCutoffs  bmi_cutoffs;
  double            weight_kg;       /* the latest; NAN none */
  double            systolic_avg;    /* the 7-day average as target goals read it; NAN none */
  double            diastolic_avg;
  double            steps_avg;       /* the last 14 days with a steps entry before today; NAN none */
  double            active_week_avg; /* WHO minutes, the average of the last 4 full weeks; NAN: no workout ever */
} HearthGoalFacts;

void hearth_goal_facts_clear (HearthGoalFacts *facts);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthGoalFacts, hearth_goal_facts_clear)

typedef struct
{
  HearthGoal *goal;     /* ready to validate and add: start today */
  char       *reason;   /* translated: why this target ("toward a healthy BMI …") */
  char       *source;   /* translated: where the number comes from */
} HearthGoalProposal;

void hearth_goal_proposal_free (HearthGoalProposal *proposal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthGoalProposal, hearth_goal_proposal_free)

/* Sensible goals for the member (GPtrArray of HearthGoalProposal, owning):
 * the main goal's first, then what the health record and data suggest
 * (docs/clinical.md#goals).
 *   weight           BMI 25 or more (adults; the cutoffs' own, China 24):
 *                    toward the top of the healthy range at 0.5 kg a
 *                    week, a step of at most 12 weeks (6 kg); under
 *                    18.5: toward 18.5 likewise (at-least)
 *   systolic         target: the 7-day average down to the member's
 *                    target (hearth_goal_bp_target()) in 12 weeks, when
 *                    above it; range: every reading under it (lower-bp or
 *                    hypertension)
 *   bp-readings      morning and evening (lower-bp or hypertension)
 *   glucose          range 3.9–10.0 (manage-glucose or diabetes)
 *   steps            the recent average + 1 000, rounded to 500, at most
 *                    10 000 (none at 10 000 or more); 7 500 without data
 *   active-minutes   WHO's 150 a week (420 under 18); when the recent
 *                    average is under half of it, a first step: the
 *                    average + 30, rounded up to 10, at least 30
 *   sodium           under 2 000 mg a day (WHO; lower-bp or hypertension)
 *   doses-on-time    every dose on time (with scheduled medications)
 * @metric: only that metric's proposal (NULL: all); each metric at most
 * once (systolic: the target goal when above target, else the range goal). */
GPtrArray *hearth_goal_propose (const HearthGoalFacts *facts,
                                const char            *metric,
                                gint64                 today);

G_END_DECLS
