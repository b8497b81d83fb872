/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-habits"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-habits.h"

/* A period is done when its completion reaches 1 (a float's worth short
 * of it too: 7 499.9999 of 7 500 steps is not a thing people log). */
#define DONE(c) (!isnan (c) && (c) >= 1 - 1e-9)
#define FLOOR_DIV7(d) (((d) - (((d) % 7) + 7) % 7) / 7)

gint64
hearth_habit_week_start (gint64 day)
{
  /* Day 0, 1970-01-01, was a Thursday: day + 3 counts from a Monday. */
  return day - (((day + 3) % 7) + 7) % 7;
}

HearthGoalDays *
hearth_goal_days_new (HearthGoalCadence cadence,
                      gint64            first_day,
                      guint             n_periods)
{
  HearthGoalDays *days = g_new0 (HearthGoalDays, 1);

  days->cadence = cadence;
  days->first_day = first_day;
  days->n_periods = n_periods;
  days->completion = g_new0 (double, MAX (n_periods, 1));
  days->skipped = g_new0 (gboolean, MAX (n_periods, 1));
  days->amount = g_new (double, MAX (n_periods, 1));
  for (guint i = 0; i < n_periods; i++)
    days->amount[i] = NAN;
  return days;
}

void
hearth_goal_days_free (HearthGoalDays *days)
{
  if (days == NULL)
    return;
  g_free (days->completion);
  g_free (days->skipped);
  g_free (days->amount);
  g_free (days);
}

void
hearth_habit_streak_clear (HearthHabitStreak *streak)
{
  g_clear_pointer (&streak->goal_uuid, g_free);
}

static void
habit_streak_free (HearthHabitStreak *streak)
{
  hearth_habit_streak_clear (streak);
  g_free (streak);
}

void
hearth_streaks_free (HearthStreaks *streaks)
{
  if (streaks == NULL)
    return;
  hearth_habit_streak_clear (&streaks->logging);
  g_clear_pointer (&streaks->habits, g_ptr_array_unref);
  g_free (streaks);
}

/* Internal: the GPtrArray hearth_store_get_streaks() fills. */
GPtrArray *_hearth_habit_streaks_new (void);

GPtrArray *
_hearth_habit_streaks_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) habit_streak_free);
}

void
hearth_habit_evaluate (const HearthGoalDays *days,
                       HearthHabitStreak    *out)
{
  g_autofree gboolean *carried = NULL;
  guint n, last, run = 0;
  gint64 i;

  g_return_if_fail (days != NULL && out != NULL);

  out->cadence = days->cadence == HEARTH_GOAL_CADENCE_WEEKLY ? HEARTH_GOAL_CADENCE_WEEKLY
                                                             : HEARTH_GOAL_CADENCE_DAILY;
  out->current = out->best = 0;
  out->strength = 0;
  out->today = NAN;
  n = days->n_periods;
  if (n == 0)
    return;

  /* hearth_streak_compute()'s rules over dense periods, in one pass: a
   * done period counts, a carried one (skipped, no evidence) passes, any
   * other ends the run. */
  carried = g_new (gboolean, n);
  for (guint p = 0; p < n; p++)
    {
      double c = days->completion[p];

      carried[p] = days->skipped[p] || isnan (c);
      if (DONE (c))
        run++;
      else if (!carried[p])
        run = 0;
      out->best = MAX (out->best, run);
    }
  /* Current: back from this period, or the one before while this one is
   * still open (neither done nor carried). */
  i = (DONE (days->completion[n - 1]) || carried[n - 1]) ? (gint64) n - 1 : (gint64) n - 2;
  for (; i >= 0 && (DONE (days->completion[i]) || carried[i]); i--)
    if (DONE (days->completion[i]))
      out->current++;
  out->today = days->skipped[n - 1] ? NAN : days->completion[n - 1];

  /* The current period is still open: left out until done or carried. */
  last = (DONE (days->completion[n - 1]) || carried[n - 1]) ? n : n - 1;
  out->strength = hearth_habit_strength (days->completion, carried, last,
                                         out->cadence == HEARTH_GOAL_CADENCE_WEEKLY
                                           ? HEARTH_HABIT_HALF_LIFE_WEEKS
                                           : HEARTH_HABIT_HALF_LIFE_DAYS);
}

void
hearth_habit_evaluate_logging (const gint64      *logged,
                               guint              n_logged,
                               const gint64      *skips,
                               guint              n_skips,
                               gint64             today,
                               HearthHabitStreak *out)
{
  g_autoptr(HearthGoalDays) days = NULL;
  gint64 first = G_MAXINT64;

  g_return_if_fail (out != NULL);
  g_return_if_fail (n_logged == 0 || logged != NULL);
  g_return_if_fail (n_skips == 0 || skips != NULL);

  for (guint i = 0; i < n_logged; i++)
    first = MIN (first, logged[i]);
  if (first > today)
    {
      /* Nothing logged yet (or only after today). */
      out->cadence = HEARTH_GOAL_CADENCE_DAILY;
      out->current = out->best = 0;
      out->strength = 0;
      out->today = 0;
      return;
    }
  days = hearth_goal_days_new (HEARTH_GOAL_CADENCE_DAILY, first, (guint) (today - first + 1));
  for (guint i = 0; i < n_logged; i++)
    if (logged[i] <= today)
      days->completion[logged[i] - first] = 1;
  for (guint i = 0; i < n_skips; i++)
    if (skips[i] >= first && skips[i] <= today)
      days->skipped[skips[i] - first] = TRUE;
  hearth_habit_evaluate (days, out);
  if (isnan (out->today))
    out->today = 0;
}

/* Target goals ----------------------------------------------------------- */

static const char * const status_ids[] = { "no-data", "on-track", "behind", "reached" };

const char *
hearth_goal_status_to_string (HearthGoalStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_ids), NULL);
  return status_ids[status];
}

const char *
hearth_goal_status_get_label (HearthGoalStatus status)
{
  switch (status)
    {
    case HEARTH_GOAL_STATUS_NO_DATA:
      return _("No reading yet");
    case HEARTH_GOAL_STATUS_ON_TRACK:
      return _("On track");
    case HEARTH_GOAL_STATUS_BEHIND:
      return _("Behind");
    case HEARTH_GOAL_STATUS_REACHED:
      return _("Reached");
    default:
      g_return_val_if_reached ("");
    }
}

void
hearth_goal_progress_clear (HearthGoalProgress *progress)
{
  g_clear_pointer (&progress->milestones, g_array_unref);
}

static gboolean
is_bp (const HearthGoal *goal)
{
  return g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_SYSTOLIC) == 0 ||
         g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_DIASTOLIC) == 0;
}

static double
tolerance_of (const HearthGoal *goal)
{
  return is_bp (goal) ? HEARTH_GOAL_BP_TOLERANCE : HEARTH_GOAL_WEIGHT_TOLERANCE;
}

static gboolean
meets (const HearthGoal *goal,
       double            value,
       double            target)
{
  return goal->comparison == HEARTH_GOAL_AT_MOST ? value <= target : value >= target;
}

/* The goal's value as of the reading @i (the latest so far, through day
 * readings[i].day): weight the reading itself; blood pressure the mean of
 * the readings of the 7 days ending that day. @window_start: the first
 * reading in that window (a sliding index kept by the caller). */
static double
value_at (const HearthGoal      *goal,
          const HearthGoalPoint *readings,
          guint                  i,
          guint                 *window_start)
{
  double sum = 0;

  if (!is_bp (goal))
    return readings[i].value;
  while (readings[*window_start].day < readings[i].day - 6)
    (*window_start)++;
  for (guint j = *window_start; j <= i; j++)
    sum += readings[j].value;
  return sum / (i - *window_start + 1);
}

void
hearth_goal_progress_compute (const HearthGoal      *goal,
                              const HearthGoalPoint *readings,
                              guint                  n_readings,
                              gint64                 today,
                              HearthGoalProgress    *out)
{
  double span;
  double tol;
  guint window = 0;
  guint n = 0;
  guint k_max;

  g_return_if_fail (goal != NULL && out != NULL);
  g_return_if_fail (n_readings == 0 || readings != NULL);

  out->status = HEARTH_GOAL_STATUS_NO_DATA;
  out->value = NAN;
  out->value_day = HEARTH_GOAL_NO_DAY;
  out->baseline = goal->baseline;
  out->expected = NAN;
  out->plan_pace = NAN;
  out->pace_needed = NAN;
  out->too_fast = FALSE;
  out->reached_day = goal->reached_day;
  out->milestones = g_array_new (FALSE, FALSE, sizeof (HearthGoalPoint));
  out->next_milestone = 0;
  out->milestones_passed = 0;
  if (goal->kind != HEARTH_GOAL_KIND_TARGET || goal->due_day == HEARTH_GOAL_NO_DAY ||
      goal->due_day <= goal->start_day)
    return;

  tol = tolerance_of (goal);
  /* Readings through today only; the value of each in turn. */
  while (n < n_readings && readings[n].day <= today)
    n++;
  {
    g_autofree double *values = g_new (double, MAX (n, 1));

    double as_of_start = NAN, first_after = NAN;

    for (guint i = 0; i < n; i++)
      {
        values[i] = value_at (goal, readings, i, &window);
        /* A day's value is its last reading's. */
        if (i + 1 < n && readings[i + 1].day == readings[i].day)
          continue;
        if (readings[i].day <= goal->start_day)
          as_of_start = values[i];
        else if (isnan (first_after))
          first_after = values[i];
        if (out->reached_day == HEARTH_GOAL_NO_DAY && readings[i].day >= goal->start_day &&
            meets (goal, values[i], goal->target))
          out->reached_day = readings[i].day;
      }
    /* No baseline stored: the value as of the start, else the first after. */
    if (isnan (out->baseline))
      out->baseline = !isnan (as_of_start) ? as_of_start : first_after;
    if (n > 0)
      {
        out->value = values[n - 1];
        out->value_day = readings[n - 1].day;
      }

    /* Milestones, each judged by the value on its day. */
    span = (double) (goal->due_day - goal->start_day);
    k_max = (guint) ((goal->due_day - goal->start_day + 6) / 7);
    if (!isnan (out->baseline))
      {
        guint r = 0;

        for (guint k = 1; k <= k_max; k++)
          {
            HearthGoalPoint m;

            m.day = MIN (goal->start_day + 7 * (gint64) k, goal->due_day);
            m.value = out->baseline + (goal->target - out->baseline) * (m.day - goal->start_day) / span;
            g_array_append_val (out->milestones, m);
            if (m.day < today)
              {
                out->next_milestone = out->milestones->len;
                while (r < n && readings[r].day <= m.day)
                  r++;
                if (r > 0 && meets (goal, values[r - 1], m.value))
                  out->milestones_passed++;
              }
          }
        out->plan_pace = (goal->target - out->baseline) / span * 7;
      }
  }

  if (isnan (out->baseline))
    return;
  {
    double f = CLAMP ((double) (today - goal->start_day) / span, 0, 1);

    out->expected = out->baseline + (goal->target - out->baseline) * f;
  }
  if (!isnan (out->value) && today < goal->due_day)
    out->pace_needed = (goal->target - out->value) / (double) (goal->due_day - today) * 7;
  if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_WEIGHT) == 0 &&
      (fabs (out->plan_pace) > HEARTH_GOAL_MAX_WEIGHT_PACE_KG + 1e-9 ||
       (!isnan (out->pace_needed) && fabs (out->pace_needed) > HEARTH_GOAL_MAX_WEIGHT_PACE_KG + 1e-9)))
    out->too_fast = TRUE;

  if (out->reached_day != HEARTH_GOAL_NO_DAY && out->reached_day <= today)
    out->status = HEARTH_GOAL_STATUS_REACHED;
  else if (isnan (out->value))
    out->status = HEARTH_GOAL_STATUS_NO_DATA;
  else if (goal->comparison == HEARTH_GOAL_AT_MOST ? out->value <= out->expected + tol
                                                   : out->value >= out->expected - tol)
    out->status = HEARTH_GOAL_STATUS_ON_TRACK;
  else
    out->status = HEARTH_GOAL_STATUS_BEHIND;
}
