/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-nudges"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-core.h"
#include "hearth-store-exercise.h"
#include "hearth-nudges.h"
#include "hearth-nudges-private.h"

/* The lapse rules of hearth-nudges.h, each deciding whether it fires on
 * one local day from the journal alone. */

#define BP_LAPSE_DAYS        7
#define BP_TRACKED_DAYS      90
#define EXERCISE_LAPSE_DAYS  3
#define MISSED_DAY_MIN_RUN   3
/* How far back the run before a missed day is read (the logging habit's,
 * a daily habit goal's); a longer run is read whole. */
#define MISSED_DAY_WINDOW    120

void
hearth_nudge_free (HearthNudge *nudge)
{
  if (nudge == NULL)
    return;
  g_free (nudge->id);
  g_free (nudge->text);
  g_free (nudge->source);
  g_free (nudge);
}

static HearthNudge *
nudge_new (const char *id,
           char       *text,
           char       *source)
{
  HearthNudge *nudge = g_new0 (HearthNudge, 1);

  nudge->id = g_strdup (id);
  nudge->text = text;
  nudge->source = source;
  return nudge;
}

gboolean
hearth_nudge_is_quiet (int minute,
                       int quiet_start,
                       int quiet_end)
{
  if (quiet_start == quiet_end)
    return FALSE;
  if (quiet_start < quiet_end)
    return minute >= quiet_start && minute < quiet_end;
  return minute >= quiet_start || minute < quiet_end;
}

/* bp-lapse-7 ------------------------------------------------------------ */

static gboolean
rule_bp_lapse (HearthStore         *store,
               const _HearthFacts  *facts,
               gint64               day,
               HearthNudge        **out,
               GError             **error)
{
  const char *bp = hearth_reading_kind_to_string (HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_autofree char *last_text = NULL;
  gint64 last;

  if (!_hearth_facts_last_day (store, facts->profile_id, bp, day, &last, error))
    return FALSE;
  if (last < 0 || last == day)
    return TRUE;
  /* Tracks it: a reading in the 90 days before, hypertension, or the goal. */
  if (last < day - BP_TRACKED_DAYS && !facts->hypertension &&
      g_strcmp0 (facts->main_goal, "lower-bp") != 0)
    return TRUE;
  if (_hearth_facts_count_unskipped (facts, last + 1, day - 1) != BP_LAPSE_DAYS)
    return TRUE;

  last_text = _hearth_format_day (last);
  *out = nudge_new (HEARTH_NUDGE_BP_LAPSE,
                    g_strdup_printf (_("It has been %d days since your last blood pressure reading. "
                                       "How about one this morning, seated after 5 minutes of rest?"),
                                     BP_LAPSE_DAYS),
                    /* Translators: %s is a day, "8 Jun 2024" */
                    g_strdup_printf (_("Your blood pressure readings: the last on %s"), last_text));
  return TRUE;
}

/* activity-under-target-14 ---------------------------------------------- */

typedef enum
{
  WEEK_NOT_JUDGED,
  WEEK_UNDER,
  WEEK_MET,
} WeekState;

/* The calendar week from @monday against the member's activity target:
 * @value the week's active minutes (or mean daily steps), @target the
 * full week's target (WHO's by age for a WHO target). */
static gboolean
judge_week (HearthStore         *store,
            const _HearthFacts  *facts,
            gint64               monday,
            WeekState           *state,
            double              *value,
            double              *target,
            GError             **error)
{
  const _HearthActivityTarget *a = &facts->activity;
  gint64 counted = _hearth_facts_count_unskipped (facts, monday, monday + 6);

  *state = WEEK_NOT_JUDGED;
  *value = 0;
  *target = a->target;
  if (monday < a->start_day || counted == 0)
    return TRUE;

  if (a->kind == _HEARTH_ACTIVITY_MINUTES)
    {
      HearthActiveWeek week;

      if (!hearth_store_get_active_week (store, facts->profile_uuid, monday, &week, error))
        return FALSE;
      if (a->who)
        *target = week.target_minutes;
      *value = week.equivalent_minutes;
      *state = *value < *target * counted / 7.0 ? WEEK_UNDER : WEEK_MET;
    }
  else
    {
      g_autoptr(GArray) days = hearth_store_aggregate (store, facts->profile_uuid, HEARTH_READING_KIND_STEPS,
                                                       HEARTH_PERIOD_DAY, monday, monday + 6, error);
      double sum = 0;
      guint n = 0;

      if (days == NULL)
        return FALSE;
      for (guint i = 0; i < days->len; i++)
        {
          const HearthAggregate *agg = &g_array_index (days, HearthAggregate, i);

          sum += agg->max_a;
          n++;
        }
      if (n == 0)
        return TRUE;
      *value = sum / n;
      *state = *value < *target ? WEEK_UNDER : WEEK_MET;
    }
  return TRUE;
}

static double
smaller_target (double best,
                double target,
                double step)
{
  double s = ceil ((best + step) / step) * step;

  s = MIN (s, target - step);
  return MAX (s, step);
}

static gboolean
rule_activity_under_target (HearthStore         *store,
                            const _HearthFacts  *facts,
                            gint64               day,
                            HearthNudge        **out,
                            GError             **error)
{
  const _HearthActivityTarget *a = &facts->activity;
  g_autofree char *span1 = NULL;
  g_autofree char *span2 = NULL;
  WeekState s1, s2, s3;
  double v1, v2, v3, t1, t2, t3;

  if (a->kind == _HEARTH_ACTIVITY_NONE || _hearth_day_of_week (day) != 0)
    return TRUE;
  if (!judge_week (store, facts, day - 14, &s2, &v2, &t2, error) ||
      !judge_week (store, facts, day - 7, &s1, &v1, &t1, error))
    return FALSE;
  if (s1 != WEEK_UNDER || s2 != WEEK_UNDER)
    return TRUE;
  if (!judge_week (store, facts, day - 21, &s3, &v3, &t3, error))
    return FALSE;
  if (s3 == WEEK_UNDER)
    return TRUE;   /* nudged a week ago: once per lapse */

  span2 = _hearth_format_span (day - 14, day - 8);
  span1 = _hearth_format_span (day - 7, day - 1);
  if (a->kind == _HEARTH_ACTIVITY_MINUTES)
    {
      double suggest = smaller_target (MAX (v1, v2), t1, 10);
      g_autofree char *text = NULL;
      g_autofree char *source = NULL;

      /* Translators: two weeks' active minutes, the weekly target, a smaller target */
      text = g_strdup_printf (_("Your last two weeks came to %.0f and %.0f active minutes, under the %.0f a week "
                                "you are aiming for. How about %.0f minutes a week for now? A step you keep "
                                "beats a big one you skip."), v2, v1, t1, suggest);
      if (a->who)
        /* Translators: two spans of days, then the guideline */
        source = g_strdup_printf (_("Your workouts of %s and %s; WHO 2020: %.0f active minutes a week "
                                    "(docs/clinical.md#physical-activity)"), span2, span1, t1);
      else
        source = g_strdup_printf (_("Your workouts of %s and %s; your goal of %.0f active minutes a week"),
                                  span2, span1, t1);
      *out = nudge_new (HEARTH_NUDGE_ACTIVITY_UNDER_TARGET, g_steal_pointer (&text), g_steal_pointer (&source));
    }
  else
    {
      double suggest = smaller_target (MAX (round (v1), round (v2)), t1, 500);

      *out = nudge_new (HEARTH_NUDGE_ACTIVITY_UNDER_TARGET,
                        /* Translators: two weeks' mean daily steps, the daily goal, a smaller goal */
                        g_strdup_printf (_("Your last two weeks averaged %.0f and %.0f steps a day, under your goal "
                                           "of %.0f. How about %.0f steps a day for now? A step you keep beats a "
                                           "big one you skip."), round (v2), round (v1), t1, suggest),
                        g_strdup_printf (_("Your steps of %s and %s; your goal of %.0f steps a day"),
                                         span2, span1, t1));
    }
  return TRUE;
}

/* exercise-lapse-3 ------------------------------------------------------ */

static gboolean
rule_exercise_lapse (HearthStore         *store,
                     const _HearthFacts  *facts,
                     gint64               day,
                     HearthNudge        **out,
                     GError             **error)
{
  const _HearthActivityTarget *a = &facts->activity;
  const char *steps = hearth_reading_kind_to_string (HEARTH_READING_KIND_STEPS);
  g_autofree char *source = NULL;
  gint64 last, last_steps = -1, first;

  if (a->kind == _HEARTH_ACTIVITY_NONE)
    return TRUE;
  if (!_hearth_facts_last_day (store, facts->profile_id, NULL, day, &last, error) ||
      (a->kind == _HEARTH_ACTIVITY_STEPS &&
       !_hearth_facts_last_day (store, facts->profile_id, steps, day, &last_steps, error)))
    return FALSE;
  last = MAX (last, last_steps);
  if (last == day)
    return TRUE;
  first = MAX (last + 1, a->start_day);
  if (_hearth_facts_count_unskipped (facts, first, day - 1) != EXERCISE_LAPSE_DAYS)
    return TRUE;

  if (last >= a->start_day)
    {
      g_autofree char *last_text = _hearth_format_day (last);

      /* Translators: %s is a day, "12 Jun 2024" */
      source = g_strdup_printf (a->kind == _HEARTH_ACTIVITY_STEPS ? _("Your workouts and steps: the last on %s")
                                                                  : _("Your workouts: the last on %s"),
                                last_text);
    }
  else
    {
      g_autofree char *start_text = _hearth_format_day (a->start_day);

      /* Translators: %s is a day, "12 Jun 2024" */
      source = g_strdup_printf (_("Your workouts: none since your activity goal began on %s"), start_text);
    }
  *out = nudge_new (HEARTH_NUDGE_EXERCISE_LAPSE,
                    g_strdup_printf (_("%d days without exercise logged. Try a 10-minute walk after lunch? "
                                       "If your plan asks too much right now, you can make it smaller."),
                                     EXERCISE_LAPSE_DAYS),
                    g_steal_pointer (&source));
  return TRUE;
}

/* missed-day ------------------------------------------------------------ */

static gboolean
contains_day (GArray *days,
              gint64  day)
{
  for (guint i = days->len; i > 0; i--)
    {
      gint64 v = g_array_index (days, gint64, i - 1);

      if (v == day)
        return TRUE;
      if (v < day)
        return FALSE;
    }
  return FALSE;
}

/* The run of logged days ending at @last (skip days pass, uncounted), and
 * its first logged day. */
static guint
run_ending (const _HearthFacts *facts,
            GArray             *days,
            gint64              last,
            gint64             *first)
{
  g_autoptr(GArray) upto = g_array_new (FALSE, FALSE, sizeof (gint64));
  HearthStreak streak;

  for (guint i = 0; i < days->len && g_array_index (days, gint64, i) <= last; i++)
    g_array_append_val (upto, g_array_index (days, gint64, i));
  hearth_streak_compute ((const gint64 *) (void *) upto->data, upto->len,
                         (const gint64 *) (void *) facts->skips->data, facts->skips->len, last, &streak);
  /* Walk back to the run's first logged day. */
  *first = last;
  for (gint64 d = last, counted = 0; counted < streak.current; d--)
    if (contains_day (upto, d))
      {
        *first = d;
        counted++;
      }
  return streak.current;
}

static gboolean missed_logging (HearthStore         *store,
                                const _HearthFacts  *facts,
                                gint64               day,
                                HearthNudge        **out,
                                GError             **error);

/* A daily habit goal's period: done, nothing done (a missed day), or
 * neither (part done, skipped, no evidence). */
static gboolean
period_done (const HearthGoalDays *days,
             gint64                day)
{
  gint64 i = day - days->first_day;

  return i >= 0 && i < days->n_periods && !days->skipped[i] && days->completion[i] >= 1;
}

static gboolean
period_carries (const HearthGoalDays *days,
                gint64                day)
{
  gint64 i = day - days->first_day;

  return i >= 0 && i < days->n_periods && (days->skipped[i] || isnan (days->completion[i]));
}

static gboolean
period_missed (const HearthGoalDays *days,
               gint64                day)
{
  gint64 i = day - days->first_day;

  return i >= 0 && i < days->n_periods && !days->skipped[i] && days->completion[i] == 0;
}

/* TRUE when every period from the first read up to @day is done or
 * carries: a run that may go on before what was read. */
static gboolean
period_reaches_start (const HearthGoalDays *days,
                      gint64                day)
{
  for (gint64 d = days->first_day; d <= day; d++)
    if (!period_done (days, d) && !period_carries (days, d))
      return FALSE;
  return TRUE;
}

/* missed-day for one daily habit goal (hearth-habits.h says what each
 * metric's completion is). */
static gboolean
missed_habit (HearthStore       *store,
              const HearthGoal  *goal,
              gint64             day,
              HearthNudge      **out,
              GError           **error)
{
  g_autoptr(HearthGoalDays) days = NULL;
  g_autofree char *span = NULL;
  g_autofree char *missed_text = NULL;
  g_autofree char *lead = NULL;
  const char *habit;
  gint64 before = day - 2, first;
  guint run = 0;

  if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_STEPS) == 0)
    {
      habit = _("your step goal");
      /* Translators: then a span of days and a day */
      lead = g_strdup_printf (_("Your steps against your goal of %.0f a day"), goal->target);
    }
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_BP_READINGS) == 0)
    {
      habit = _("your blood pressure readings");
      lead = g_strdup (_("Your blood pressure readings, morning and evening"));
    }
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_SODIUM) == 0)
    {
      habit = _("your sodium goal");
      lead = g_strdup_printf (_("Your meals’ sodium against your goal of %.0f mg a day"), goal->target);
    }
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME) == 0)
    {
      habit = _("your medications on time");
      lead = g_strdup (_("Your doses against their schedule"));
    }
  else
    return TRUE;

  /* The last weeks first: a daily habit's days do not depend on its
   * start; the whole history only when the run reaches back that far. */
  {
    g_autoptr(HearthGoal) recent = hearth_goal_copy (goal);

    recent->start_day = MAX (goal->start_day, day - MISSED_DAY_WINDOW);
    days = hearth_store_get_goal_days (store, recent, day, error);
    if (days == NULL)
      return FALSE;
    if (recent->start_day > goal->start_day && !period_done (days, day) && period_missed (days, day - 1) &&
        period_reaches_start (days, day - 2))
      {
        g_clear_pointer (&days, hearth_goal_days_free);
        days = hearth_store_get_goal_days (store, goal, day, error);
        if (days == NULL)
          return FALSE;
      }
  }
  if (period_done (days, day) || !period_missed (days, day - 1))
    return TRUE;
  while (period_carries (days, before))
    before--;
  if (!period_done (days, before))
    return TRUE;
  first = before;
  for (gint64 d = before; d >= days->first_day; d--)
    {
      if (period_done (days, d))
        {
          run++;
          first = d;
        }
      else if (!period_carries (days, d))
        break;
    }
  if (run < MISSED_DAY_MIN_RUN)
    return TRUE;

  span = _hearth_format_span (first, before);
  missed_text = _hearth_format_day (day - 1);
  *out = nudge_new (HEARTH_NUDGE_MISSED_DAY,
                    /* Translators: a habit ("your step goal"), then the run's length in days */
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Yesterday missed %s after %u day in a row. That happens to "
                                                  "everyone: today counts again.",
                                                  "Yesterday missed %s after %u days in a row. That happens to "
                                                  "everyone: today counts again.", run), habit, run),
                    /* Translators: what was counted, a span of days, then a day */
                    g_strdup_printf (_("%s: %s, not on %s"), lead, span, missed_text));
  return TRUE;
}

static gboolean
rule_missed_day (HearthStore         *store,
                 const _HearthFacts  *facts,
                 gint64               day,
                 HearthNudge        **out,
                 GError             **error)
{
  g_autoptr(GPtrArray) goals = NULL;

  if (!missed_logging (store, facts, day, out, error))
    return FALSE;
  if (*out != NULL)
    return TRUE;
  goals = hearth_store_list_goals (store, facts->profile_uuid, error);
  if (goals == NULL)
    return FALSE;
  for (guint i = 0; i < goals->len && *out == NULL; i++)
    {
      const HearthGoal *goal = goals->pdata[i];

      if (goal->kind == HEARTH_GOAL_KIND_HABIT && goal->cadence == HEARTH_GOAL_CADENCE_DAILY &&
          goal->start_day <= day - 2 && !missed_habit (store, goal, day, out, error))
        return FALSE;
    }
  return TRUE;
}

/* missed-day for the logging habit (any entry). */
static gboolean
missed_logging (HearthStore         *store,
                const _HearthFacts  *facts,
                gint64               day,
                HearthNudge        **out,
                GError             **error)
{
  g_autoptr(GArray) days = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *missed_text = NULL;
  gint64 missed = day - 1, before = day - 2, first;
  guint run;

  if (_hearth_facts_is_skip (facts, missed))
    return TRUE;
  while (_hearth_facts_is_skip (facts, before))
    before--;
  days = _hearth_facts_logging_days (store, facts->profile_id, day - MISSED_DAY_WINDOW, day, error);
  if (days == NULL)
    return FALSE;
  if (contains_day (days, day) || contains_day (days, missed) || !contains_day (days, before))
    return TRUE;
  run = run_ending (facts, days, before, &first);
  if (first <= day - MISSED_DAY_WINDOW)
    {
      /* A run longer than the window: read it whole. */
      g_clear_pointer (&days, g_array_unref);
      days = _hearth_facts_logging_days (store, facts->profile_id, _HEARTH_FACTS_ALL_DAYS, day, error);
      if (days == NULL)
        return FALSE;
      run = run_ending (facts, days, before, &first);
    }
  if (run < MISSED_DAY_MIN_RUN)
    return TRUE;

  first_text = _hearth_format_span (first, before);
  missed_text = _hearth_format_day (missed);
  *out = nudge_new (HEARTH_NUDGE_MISSED_DAY,
                    /* Translators: the length of the member's run of logged days */
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Yesterday went unlogged after %u day in a row. That happens to "
                                                  "everyone: one entry today starts a new run.",
                                                  "Yesterday went unlogged after %u days in a row. That happens to "
                                                  "everyone: one entry today starts a new run.", run), run),
                    /* Translators: a span of days, then a day */
                    g_strdup_printf (_("Your log (readings, meals, workouts, doses taken): %s, nothing on %s"),
                                     first_text, missed_text));
  return TRUE;
}

/* The day's choice ---------------------------------------------------- */

typedef gboolean (*RuleFunc) (HearthStore         *store,
                              const _HearthFacts  *facts,
                              gint64               day,
                              HearthNudge        **out,
                              GError             **error);

/* In priority order (hearth-nudges.h). */
static const RuleFunc rules[] = {
  rule_bp_lapse,
  rule_activity_under_target,
  rule_exercise_lapse,
  rule_missed_day,
};

static GPtrArray *
list_candidates (HearthStore         *store,
                 const _HearthFacts  *facts,
                 gint64               day,
                 gboolean             first_only,
                 GError             **error)
{
  g_autoptr(GPtrArray) nudges = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_nudge_free);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      HearthNudge *nudge = NULL;

      if (!rules[i] (store, facts, day, &nudge, error))
        return NULL;
      if (nudge != NULL)
        {
          g_ptr_array_add (nudges, nudge);
          if (first_only)
            break;
        }
    }
  return g_steal_pointer (&nudges);
}

GPtrArray *
hearth_nudges_list_candidates (HearthStore  *store,
                               const char   *profile_uuid,
                               gint64        day,
                               GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_auto(_HearthFacts) facts = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (store, error);
  if (read == NULL || !_hearth_facts_load (store, profile_uuid, day, &facts, error))
    return NULL;
  return list_candidates (store, &facts, day, FALSE, error);
}

gboolean
hearth_nudges_get_for_day (HearthStore  *store,
                           const char   *profile_uuid,
                           gint64        day,
                           int           minute,
                           int           quiet_start,
                           int           quiet_end,
                           HearthNudge **nudge,
                           GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_auto(_HearthFacts) facts = { 0 };
  g_autoptr(GPtrArray) nudges = NULL;
  gboolean severe;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (minute < 24 * 60, FALSE);
  g_return_val_if_fail (nudge != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *nudge = NULL;
  if (minute >= 0 && hearth_nudge_is_quiet (minute, quiet_start, quiet_end))
    return TRUE;
  read = _hearth_store_read (store, error);
  if (read == NULL || !_hearth_facts_load (store, profile_uuid, day, &facts, error))
    return FALSE;
  if (_hearth_facts_is_skip (&facts, day))
    return TRUE;
  if (!_hearth_facts_severe_alert (store, facts.profile_id, day, &severe, error))
    return FALSE;
  if (severe)
    return TRUE;
  nudges = list_candidates (store, &facts, day, TRUE, error);
  if (nudges == NULL)
    return FALSE;
  if (nudges->len > 0)
    *nudge = g_ptr_array_steal_index (nudges, 0);
  return TRUE;
}
