/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-insights"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-core.h"
#include "hearth-store-exercise.h"
#include "hearth-insights.h"
#include "hearth-nudges-private.h"

/* The insights of hearth-insights.h, each computed from the journal for
 * one local day. */

/* floor (A / B) for integers, B > 0, as in hearth-store-streaks.c. */
#define FLOOR_DIV(a, b) "(((" a ") - ((((" a ") % " b ") + " b ") % " b ")) / " b ")"

/* The first-week checklist's three firsts, on or before ?2. */
static const char SQL_FIRSTS[] =
  "SELECT EXISTS (SELECT 1 FROM goals WHERE profile_id = ?1 AND deleted_at IS NULL AND start_day <= ?2), "
  "EXISTS (SELECT 1 FROM readings WHERE profile_id = ?1 AND deleted_at IS NULL AND local_day <= ?2), "
  "EXISTS (SELECT 1 FROM meals WHERE profile_id = ?1 AND deleted_at IS NULL AND local_day <= ?2) "
  "OR EXISTS (SELECT 1 FROM workouts WHERE profile_id = ?1 AND deleted_at IS NULL AND local_day <= ?2) "
  "OR EXISTS (SELECT 1 FROM doses d JOIN medications m ON m.id = d.medication_id "
  "  WHERE m.profile_id = ?1 AND d.status = 'taken' AND d.deleted_at IS NULL AND m.deleted_at IS NULL "
  "  AND " FLOOR_DIV (FLOOR_DIV ("d.taken_at", "1000000") " + d.utc_offset", "86400") " <= ?2)";
/* The member's step goal on ?2: their latest live goal of metric steps. */
static const char SQL_STEP_GOAL[] =
  "SELECT target FROM goals WHERE profile_id = ?1 AND deleted_at IS NULL AND metric = 'steps' "
  "AND start_day <= ?2 ORDER BY start_day DESC, id DESC LIMIT 1";

enum
{
  RANK_FIRST_WEEK = 1,
  RANK_STREAK,
  RANK_GOAL_BEHIND,
  RANK_BP_WEEK,
  RANK_GOAL_ON_TRACK,
  RANK_WEIGHT_WEEK,
  RANK_ACTIVITY_WEEK,
  RANK_STEPS_WEEK,
};

void
hearth_insight_free (HearthInsight *insight)
{
  if (insight == NULL)
    return;
  g_free (insight->id);
  g_free (insight->text);
  g_free (insight->source);
  g_free (insight);
}

static void
add_insight (GPtrArray  *insights,
             const char *id,
             guint       rank,
             char       *text,
             char       *source)
{
  HearthInsight *insight = g_new0 (HearthInsight, 1);

  insight->id = g_strdup (id);
  insight->rank = rank;
  insight->text = text;
  insight->source = source;
  g_ptr_array_add (insights, insight);
}

/* "5 mmHg lower", "0.8 kg higher", "unchanged" for @now − @before. */
static char *
format_change (double      now,
               double      before,
               int         decimals,
               const char *unit)
{
  double diff = now - before;
  g_autofree char *amount = g_strdup_printf ("%.*f", decimals, fabs (diff));
  g_autofree char *zero = g_strdup_printf ("%.*f", decimals, 0.0);

  if (g_strcmp0 (amount, zero) == 0)
    return g_strdup (_("unchanged"));
  /* Translators: "5 mmHg lower" (an amount and its unit) */
  return g_strdup_printf (diff < 0 ? _("%s %s lower") : _("%s %s higher"), amount, unit);
}

/* "1 reading", "5 readings". */
static char *
format_readings (guint count)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reading", "%u readings", count), count);
}

/* first-week ------------------------------------------------------------ */

static gboolean
add_first_week (HearthStore         *store,
                const _HearthFacts  *facts,
                gint64               day,
                GPtrArray           *insights,
                GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean goal, reading, more;
  guint done;
  int rc;
  const char *next = NULL;

  if (facts->dismissed || day < facts->first_day || day > facts->first_day + 6)
    return TRUE;
  stmt = _hearth_store_prepare (store, SQL_FIRSTS, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, facts->profile_id);
  _hearth_store_bind_int64 (store, stmt, 2, day);
  rc = _hearth_store_step (store, stmt, error);
  if (rc < 0)
    return FALSE;
  goal = sqlite3_column_int (stmt, 0) != 0;
  reading = sqlite3_column_int (stmt, 1) != 0;
  more = sqlite3_column_int (stmt, 2) != 0;
  done = goal + reading + more;

  if (!reading)
    next = _("log a first reading");
  else if (!goal)
    next = _("set a goal");
  else if (!more)
    next = _("log a meal, a workout or a dose");
  add_insight (insights, HEARTH_INSIGHT_FIRST_WEEK, RANK_FIRST_WEEK,
               next != NULL
               /* Translators: "2 of 3 first steps done. Next: set a goal." */
               ? g_strdup_printf (_("%u of 3 first steps done. Next: %s."), done, next)
               : g_strdup (_("3 of 3 first steps done: well done!")),
               g_strdup (_("Your first week: a goal set, a first reading, and a meal, workout or dose "
                           "logged, counted from your journal")));
  return TRUE;
}

/* streak ---------------------------------------------------------------- */

static gboolean
is_milestone (guint days)
{
  static const guint milestones[] = { 3, 7, 14, 21, 30, 50, 100, 150, 200, 365 };

  for (guint i = 0; i < G_N_ELEMENTS (milestones); i++)
    if (days == milestones[i])
      return TRUE;
  return days > 365 && days % 100 == 0;
}

/* How far back the logging days are read first: the full history only
 * when the run reaches past it, or when only earlier runs can tell whether
 * today beats the best (a year and more of them is a long read). */
#define STREAK_WINDOW_DAYS 64

typedef struct
{
  HearthStreak now;      /* the run ending on the day */
  HearthStreak prior;    /* the runs before it (best) */
  gint64       first;    /* the run's first logged day */
  gboolean     logged;   /* the day has an entry */
  gboolean     whole;    /* the run starts inside the days read */
} RunFacts;

static void
compute_run (const _HearthFacts *facts,
             GArray             *days,
             gint64              day,
             gint64              from,
             RunFacts           *run)
{
  guint n = days->len, n_prior;

  memset (run, 0, sizeof *run);
  run->logged = n > 0 && g_array_index (days, gint64, n - 1) == day;
  if (!run->logged)
    return;
  hearth_streak_compute ((const gint64 *) (void *) days->data, n,
                         (const gint64 *) (void *) facts->skips->data, facts->skips->len, day, &run->now);
  n_prior = n - run->now.current;
  run->first = g_array_index (days, gint64, n_prior);
  /* Whole when the day before the run (skip days passed) lies in the window. */
  run->whole = TRUE;
  for (gint64 d = run->first - 1; run->whole; d--)
    {
      if (d < from)
        run->whole = FALSE;
      else if (!_hearth_facts_is_skip (facts, d))
        break;
    }
  hearth_streak_compute ((const gint64 *) (void *) days->data, n_prior,
                         (const gint64 *) (void *) facts->skips->data, facts->skips->len, run->first - 1,
                         &run->prior);
}

static gboolean
add_streak (HearthStore         *store,
            const _HearthFacts  *facts,
            gint64               day,
            GPtrArray           *insights,
            GError             **error)
{
  g_autoptr(GArray) days = NULL;
  g_autofree char *span = NULL;
  g_autofree char *text = NULL;
  gint64 from = day - STREAK_WINDOW_DAYS;
  RunFacts run;
  gboolean record, milestone, best_yet, severe;

  if (!_hearth_facts_severe_alert (store, facts->profile_id, day, &severe, error))
    return FALSE;
  if (severe)
    return TRUE;
  /* Days after @day do not exist yet for a day replayed. */
  days = _hearth_facts_logging_days (store, facts->profile_id, from, day, error);
  if (days == NULL)
    return FALSE;
  compute_run (facts, days, day, from, &run);
  if (!run.logged)
    return TRUE;   /* nothing logged on the day: no news */
  /* The earlier runs in the window are a lower bound of the best before:
   * at or past this run, no record; else read everything. */
  if (!run.whole || run.prior.best < run.now.current)
    {
      g_clear_pointer (&days, g_array_unref);
      from = _HEARTH_FACTS_ALL_DAYS;
      days = _hearth_facts_logging_days (store, facts->profile_id, from, day, error);
      if (days == NULL)
        return FALSE;
      compute_run (facts, days, day, from, &run);
    }

  milestone = is_milestone (run.now.current);
  best_yet = run.prior.best >= 3 && run.now.current > run.prior.best;
  /* The day a previous best is beaten; not every day after. */
  record = best_yet && run.now.current == run.prior.best + 1;
  if (!milestone && !record)
    return TRUE;

  span = _hearth_format_span (run.first, day);
  if (milestone && best_yet)
    /* Translators: a logging streak's length in days */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day of logging in a row: your best yet.",
                                         "%u days of logging in a row: your best yet.", run.now.current),
                            run.now.current);
  else if (milestone)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day of logging in a row.",
                                         "%u days of logging in a row.", run.now.current),
                            run.now.current);
  else
    /* Translators: a logging streak's length, then the previous best */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u day of logging in a row, past your previous best of %u.",
                                         "%u days of logging in a row, past your previous best of %u.",
                                         run.now.current),
                            run.now.current, run.prior.best);
  add_insight (insights, HEARTH_INSIGHT_STREAK, RANK_STREAK, g_steal_pointer (&text),
               /* Translators: a span of days */
               g_strdup_printf (_("Your log (readings, meals, workouts, doses taken): %s; skip days pause "
                                  "a run"), span));
  return TRUE;
}

/* goal-pace ------------------------------------------------------------ */

/* How long "reached" stays news. */
#define GOAL_REACHED_NEWS_DAYS 7

static char *
format_goal_value (const HearthGoal *goal,
                   double            value)
{
  if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_WEIGHT) == 0)
    return g_strdup_printf ("%.1f kg", value);
  return g_strdup_printf ("%.0f mmHg", value);
}

static gboolean
add_goal_pace (HearthStore         *store,
               const _HearthFacts  *facts,
               const HearthGoal    *goal,
               gint64               day,
               GPtrArray           *insights,
               GError             **error)
{
  g_auto(HearthGoalProgress) progress = { 0 };
  g_autofree char *target = NULL;
  g_autofree char *due = NULL;
  g_autofree char *value = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *set = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean weight = g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_WEIGHT) == 0;
  const char *name;
  guint rank;

  if (weight)
    name = _("Your weight goal");
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_SYSTOLIC) == 0)
    name = _("Your average systolic goal");
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_DIASTOLIC) == 0)
    name = _("Your average diastolic goal");
  else
    return TRUE;
  if (!hearth_store_get_goal_progress (store, goal, day, &progress, error))
    return FALSE;

  target = format_goal_value (goal, goal->target);
  set = _hearth_format_day (goal->start_day);
  if (progress.status == HEARTH_GOAL_STATUS_REACHED)
    {
      g_autofree char *reached = NULL;

      if (progress.reached_day == HEARTH_GOAL_NO_DAY || progress.reached_day < day - (GOAL_REACHED_NEWS_DAYS - 1))
        return TRUE;
      reached = _hearth_format_day (progress.reached_day);
      /* Translators: "Your weight goal of 68.0 kg was reached on 20 Sep 2024." */
      g_string_printf (text, _("%s of %s was reached on %s."), name, target, reached);
      rank = RANK_GOAL_ON_TRACK;
    }
  else if (progress.status == HEARTH_GOAL_STATUS_ON_TRACK || progress.status == HEARTH_GOAL_STATUS_BEHIND)
    {
      gboolean behind = progress.status == HEARTH_GOAL_STATUS_BEHIND;

      due = _hearth_format_day (goal->due_day);
      value = format_goal_value (goal, progress.value);
      expected = format_goal_value (goal, progress.expected);
      /* Translators: "Your weight goal (68.0 kg by 27 Oct 2024) is behind: 71.6 kg now, 71.0 kg on
       * the plan for today." */
      g_string_printf (text, behind ? _("%s (%s by %s) is behind: %s now, %s on the plan for today.")
                                    : _("%s (%s by %s) is on track: %s now, %s on the plan for today."),
                       name, target, due, value, expected);
      if (behind && !isnan (progress.pace_needed))
        {
          g_autofree char *pace = weight ? g_strdup_printf ("%.1f kg", fabs (progress.pace_needed))
                                         : g_strdup_printf ("%.0f mmHg", fabs (progress.pace_needed));

          g_string_append_c (text, ' ');
          if (weight && fabs (progress.pace_needed) > HEARTH_GOAL_MAX_WEIGHT_PACE_KG)
            /* Translators: a weight a week, faster than is safe */
            g_string_append_printf (text, _("That would take %s a week, faster than the safe 1 kg a week: "
                                            "a later date may suit you better."), pace);
          else
            /* Translators: "0.6 kg a week from here gets there." */
            g_string_append_printf (text, _("%s a week from here gets there."), pace);
        }
      rank = behind ? RANK_GOAL_BEHIND : RANK_GOAL_ON_TRACK;
    }
  else
    return TRUE;

  latest = _hearth_format_day (progress.value_day);
  if (weight)
    /* Translators: a day, then the day the goal was set */
    source = g_strdup_printf (_("Your weight readings, the latest on %s; your goal set on %s"), latest, set);
  else
    source = g_strdup_printf (_("Your blood pressure readings (the 7-day average), the latest on %s; your goal "
                                "set on %s"), latest, set);
  if (weight && progress.status != HEARTH_GOAL_STATUS_REACHED &&
      fabs (progress.pace_needed) > HEARTH_GOAL_MAX_WEIGHT_PACE_KG)
    {
      char *with = g_strdup_printf (_("%s; a safe pace: docs/clinical.md (0.5–1 kg a week)"), source);

      g_free (source);
      source = with;
    }
  add_insight (insights, HEARTH_INSIGHT_GOAL_PACE, rank, g_string_free (g_steal_pointer (&text), FALSE),
               g_steal_pointer (&source));
  return TRUE;
}

static gboolean
add_goals (HearthStore         *store,
           const _HearthFacts  *facts,
           gint64               day,
           GPtrArray           *insights,
           GError             **error)
{
  g_autoptr(GPtrArray) goals = hearth_store_list_goals (store, facts->profile_uuid, error);

  if (goals == NULL)
    return FALSE;
  for (guint i = 0; i < goals->len; i++)
    {
      const HearthGoal *goal = goals->pdata[i];

      if (goal->kind == HEARTH_GOAL_KIND_TARGET && goal->start_day <= day &&
          !add_goal_pace (store, facts, goal, day, insights, error))
        return FALSE;
    }
  return TRUE;
}

/* Period comparisons ----------------------------------------------------- */

typedef struct
{
  guint  count;
  double sum_a;
  double sum_b;
} Period;

/* Readings of @kind over the 7 days ending @day (@recent) and the 7
 * before (@previous). */
static gboolean
sum_two_weeks (HearthStore       *store,
               const char        *profile_uuid,
               HearthReadingKind  kind,
               gint64             day,
               Period            *recent,
               Period            *previous,
               GError           **error)
{
  g_autoptr(GArray) days = hearth_store_aggregate (store, profile_uuid, kind, HEARTH_PERIOD_DAY,
                                                   day - 13, day, error);

  memset (recent, 0, sizeof *recent);
  memset (previous, 0, sizeof *previous);
  if (days == NULL)
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      const HearthAggregate *agg = &g_array_index (days, HearthAggregate, i);
      Period *p = agg->first_day > day - 7 ? recent : previous;

      p->count += agg->count;
      p->sum_a += agg->mean_a * agg->count;
      if (!isnan (agg->mean_b))
        p->sum_b += agg->mean_b * agg->count;
    }
  return TRUE;
}

static gboolean
add_bp_week (HearthStore         *store,
             const _HearthFacts  *facts,
             gint64               day,
             GPtrArray           *insights,
             GError             **error)
{
  g_autofree char *span_now = _hearth_format_span (day - 6, day);
  g_autofree char *span_before = _hearth_format_span (day - 13, day - 7);
  g_autofree char *sys_change = NULL;
  g_autofree char *dia_change = NULL;
  g_autofree char *count_now = NULL;
  g_autofree char *count_before = NULL;
  Period now, before;
  double sys_now, dia_now, sys_before, dia_before;

  if (!sum_two_weeks (store, facts->profile_uuid, HEARTH_READING_KIND_BLOOD_PRESSURE, day, &now, &before, error))
    return FALSE;
  if (now.count < HEARTH_INSIGHT_MIN_BP_READINGS || before.count < HEARTH_INSIGHT_MIN_BP_READINGS)
    return TRUE;
  /* Whole mmHg, the differences of the numbers shown. */
  sys_now = round (now.sum_a / now.count);
  dia_now = round (now.sum_b / now.count);
  sys_before = round (before.sum_a / before.count);
  dia_before = round (before.sum_b / before.count);
  count_now = format_readings (now.count);
  count_before = format_readings (before.count);
  sys_change = format_change (sys_now, sys_before, 0, "mmHg");
  dia_change = format_change (dia_now, dia_before, 0, "mmHg");
  add_insight (insights, HEARTH_INSIGHT_BP_WEEK, RANK_BP_WEEK,
               /* Translators: "Average blood pressure 128/82 mmHg over the last 7 days (6 readings)
                * against 133/85 mmHg over the 7 days before (5 readings): systolic 5 mmHg lower,
                * diastolic 3 mmHg lower." */
               g_strdup_printf (_("Average blood pressure %.0f/%.0f mmHg over the last 7 days (%s) "
                                  "against %.0f/%.0f mmHg over the 7 days before (%s): systolic %s, "
                                  "diastolic %s."),
                                sys_now, dia_now, count_now, sys_before, dia_before, count_before,
                                sys_change, dia_change),
               /* Translators: two spans of days */
               g_strdup_printf (_("Your blood pressure readings of %s and %s"), span_before, span_now));
  return TRUE;
}

static gboolean
add_weight_week (HearthStore         *store,
                 const _HearthFacts  *facts,
                 gint64               day,
                 GPtrArray           *insights,
                 GError             **error)
{
  g_autofree char *span_now = _hearth_format_span (day - 6, day);
  g_autofree char *span_before = _hearth_format_span (day - 13, day - 7);
  g_autofree char *change = NULL;
  g_autofree char *count_now = NULL;
  g_autofree char *count_before = NULL;
  Period now, before;
  double kg_now, kg_before;

  if (!sum_two_weeks (store, facts->profile_uuid, HEARTH_READING_KIND_WEIGHT, day, &now, &before, error))
    return FALSE;
  if (now.count == 0 || before.count == 0)
    return TRUE;
  kg_now = round (now.sum_a / now.count * 10) / 10;
  kg_before = round (before.sum_a / before.count * 10) / 10;
  count_now = format_readings (now.count);
  count_before = format_readings (before.count);
  change = format_change (kg_now, kg_before, 1, "kg");
  add_insight (insights, HEARTH_INSIGHT_WEIGHT_WEEK, RANK_WEIGHT_WEEK,
               /* Translators: "Average weight 81.2 kg over the last 7 days (3 readings) against
                * 82.0 kg over the 7 days before (2 readings): 0.8 kg lower." */
               g_strdup_printf (_("Average weight %.1f kg over the last 7 days (%s) against %.1f kg "
                                  "over the 7 days before (%s): %s."),
                                kg_now, count_now, kg_before, count_before, change),
               g_strdup_printf (_("Your weight readings of %s and %s"), span_before, span_now));
  return TRUE;
}

static gboolean
add_activity_week (HearthStore         *store,
                   const _HearthFacts  *facts,
                   gint64               day,
                   GPtrArray           *insights,
                   GError             **error)
{
  gint64 monday = day - _hearth_day_of_week (day);
  g_autofree char *span_now = _hearth_format_span (monday, day);
  g_autofree char *span_before = _hearth_format_span (monday - 7, monday - 1);
  HearthActiveWeek now, before;
  g_autoptr(GPtrArray) workouts = NULL;

  if (!hearth_store_get_active_week (store, facts->profile_uuid, monday, &now, error) ||
      !hearth_store_get_active_week (store, facts->profile_uuid, monday - 7, &before, error))
    return FALSE;
  /* A workout in either week (days after @day do not count yet). */
  workouts = hearth_store_list_workouts (store, facts->profile_uuid, monday - 7, day, error);
  if (workouts == NULL)
    return FALSE;
  if (workouts->len == 0)
    return TRUE;
  now.equivalent_minutes = 0;
  for (gint64 i = 0; i <= day - monday; i++)
    now.equivalent_minutes += now.moderate_minutes[i] + 2 * now.vigorous_minutes[i];
  add_insight (insights, HEARTH_INSIGHT_ACTIVITY_WEEK, RANK_ACTIVITY_WEEK,
               /* Translators: this week's active minutes, last week's, WHO's weekly target */
               g_strdup_printf (_("%u active minutes this week so far, against %u last week. WHO’s target is "
                                  "%u a week."),
                                now.equivalent_minutes, before.equivalent_minutes, now.target_minutes),
               /* Translators: two spans of days */
               g_strdup_printf (_("Your workouts of %s and %s (a vigorous minute counts as two); WHO 2020 "
                                  "(docs/clinical.md#physical-activity)"), span_before, span_now));
  return TRUE;
}

static gboolean
count_days_at (HearthStore  *store,
               const char   *profile_uuid,
               gint64        first,
               gint64        last,
               double        goal,
               guint        *logged,
               guint        *at_goal,
               GError      **error)
{
  g_autoptr(GArray) days = hearth_store_aggregate (store, profile_uuid, HEARTH_READING_KIND_STEPS,
                                                   HEARTH_PERIOD_DAY, first, last, error);

  *logged = *at_goal = 0;
  if (days == NULL)
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      (*logged)++;
      if (g_array_index (days, HearthAggregate, i).max_a >= goal)
        (*at_goal)++;
    }
  return TRUE;
}

static gboolean
add_steps_week (HearthStore         *store,
                const _HearthFacts  *facts,
                gint64               day,
                GPtrArray           *insights,
                GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_STEP_GOAL, error);
  gint64 monday = day - _hearth_day_of_week (day);
  g_autofree char *span_now = _hearth_format_span (monday, day);
  g_autofree char *span_before = _hearth_format_span (monday - 7, day - 7);
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  double goal = HEARTH_INSIGHT_DEFAULT_STEP_GOAL;
  gboolean own = FALSE;
  guint logged_now, now, logged_before, before;
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, facts->profile_id);
  _hearth_store_bind_int64 (store, stmt, 2, day);
  rc = _hearth_store_step (store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW && sqlite3_column_double (stmt, 0) > 0)
    {
      goal = sqlite3_column_double (stmt, 0);
      own = TRUE;
    }
  if (!count_days_at (store, facts->profile_uuid, monday, day, goal, &logged_now, &now, error) ||
      !count_days_at (store, facts->profile_uuid, monday - 7, day - 7, goal, &logged_before, &before, error))
    return FALSE;
  if (logged_now == 0 || logged_before == 0)
    return TRUE;

  if (now > before)
    /* Translators: days at the step goal this week, the goal, how many more than by this day last
     * week, last week's count */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u day at your step goal (%.0f) this week so far: %u more than by this "
                                         "day last week (%u).",
                                         "%u days at your step goal (%.0f) this week so far: %u more than by this "
                                         "day last week (%u).", now), now, goal, now - before, before);
  else if (now < before)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u day at your step goal (%.0f) this week so far: %u fewer than by this "
                                         "day last week (%u).",
                                         "%u days at your step goal (%.0f) this week so far: %u fewer than by this "
                                         "day last week (%u).", now), now, goal, before - now, before);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u day at your step goal (%.0f) this week so far, as many as by this "
                                         "day last week.",
                                         "%u days at your step goal (%.0f) this week so far, as many as by this "
                                         "day last week.", now), now, goal);
  if (own)
    /* Translators: two spans of days */
    source = g_strdup_printf (_("Your steps of %s and %s; your step goal"), span_before, span_now);
  else
    source = g_strdup_printf (_("Your steps of %s and %s; the default step goal of 7500 a day (Paluch et al., "
                                "Lancet Public Health 2022: docs/clinical.md#physical-activity)"),
                              span_before, span_now);
  add_insight (insights, HEARTH_INSIGHT_STEPS_WEEK, RANK_STEPS_WEEK, g_steal_pointer (&text),
               g_steal_pointer (&source));
  return TRUE;
}

/* The list ------------------------------------------------------------- */

/* By rank, equal ranks in the order added (an insertion sort: a handful). */
static void
sort_by_rank (GPtrArray *insights)
{
  for (guint i = 1; i < insights->len; i++)
    {
      HearthInsight *insight = insights->pdata[i];
      guint j = i;

      for (; j > 0 && ((HearthInsight *) insights->pdata[j - 1])->rank > insight->rank; j--)
        insights->pdata[j] = insights->pdata[j - 1];
      insights->pdata[j] = insight;
    }
}

GPtrArray *
hearth_insights_list (HearthStore  *store,
                      const char   *profile_uuid,
                      gint64        day,
                      GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_auto(_HearthFacts) facts = { 0 };
  g_autoptr(GPtrArray) insights = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (store, error);
  if (read == NULL || !_hearth_facts_load (store, profile_uuid, day, &facts, error))
    return NULL;
  insights = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_insight_free);
  if (!add_first_week (store, &facts, day, insights, error) ||
      !add_streak (store, &facts, day, insights, error) ||
      !add_goals (store, &facts, day, insights, error) ||
      !add_bp_week (store, &facts, day, insights, error) ||
      !add_weight_week (store, &facts, day, insights, error) ||
      !add_activity_week (store, &facts, day, insights, error) ||
      !add_steps_week (store, &facts, day, insights, error))
    return NULL;
  sort_by_rank (insights);
  return g_steal_pointer (&insights);
}

gboolean
hearth_insights_get_top (HearthStore    *store,
                         const char     *profile_uuid,
                         gint64          day,
                         HearthInsight **insight,
                         GError        **error)
{
  g_autoptr(GPtrArray) insights = NULL;

  g_return_val_if_fail (insight != NULL, FALSE);

  *insight = NULL;
  insights = hearth_insights_list (store, profile_uuid, day, error);
  if (insights == NULL)
    return FALSE;
  if (insights->len > 0)
    *insight = g_ptr_array_steal_index (insights, 0);
  return TRUE;
}
