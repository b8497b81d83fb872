/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-bench"

#include "config.h"

#include <math.h>

#include "hearth-bench-private.h"
#include "hearth-usec.h"

/* (f) Issue 9's engine on the ten-year family: each member gets the goals
 * a person would keep (steps a day, 150 active minutes a week, blood
 * pressure morning and evening, systolic in range, sodium, medications on
 * time, and a weight target), then
 *   - the full evaluation of every member on today: streaks (logging and
 *     each habit), badges over the whole history, today's nudge, the
 *     insights — first with the goals started a year back, then with the
 *     same goals started ten years back;
 *   - one entry: a blood pressure reading added, then only what it can
 *     touch: the badges it can affect from its day, each habit's periods
 *     covering that day, the logging streak (what the app does). */

#define PROGRESS_ROUNDS 5
#define ENTRY_ROUNDS    40

typedef struct
{
  double streaks, badges, nudges, insights;
} Parts;

static void
add_goal (HearthStore    *store,
          const char     *uuid,
          HearthGoalKind  kind,
          const char     *metric,
          double          target,
          gint64          start,
          gint64          due)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new (uuid, kind, metric, start);
  g_autoptr(GError) error = NULL;

  goal->target = target;
  goal->due_day = due;
  if (!hearth_store_add_goal (store, goal, &error))
    die (metric, error);
}

static void
move_goals_start (HearthStore *store,
                  const char  *uuid,
                  gint64       start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) goals = hearth_store_list_goals (store, uuid, &error);

  if (goals == NULL)
    die ("listing goals", error);
  for (guint i = 0; i < goals->len; i++)
    {
      HearthGoal *goal = g_ptr_array_index (goals, i);

      if (goal->kind == HEARTH_GOAL_KIND_TARGET)
        continue;
      goal->start_day = start;
      if (!hearth_store_update_goal (store, goal, &error))
        die ("moving a goal's start", error);
    }
}

/* Every member on @today; adds each part's time to @parts. */
static double
evaluate_family (HearthStore *store,
                 GListModel  *profiles,
                 gint64       today,
                 Parts       *parts)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      const char *uuid = hearth_profile_get_uuid (profile);
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthStreaks) streaks = NULL;
      g_autoptr(GArray) badges = NULL;
      g_autoptr(HearthNudge) nudge = NULL;
      g_autoptr(GPtrArray) insights = NULL;
      gint64 t = g_get_monotonic_time ();

      streaks = hearth_store_get_streaks (store, uuid, today, &error);
      if (streaks == NULL)
        die ("streaks", error);
      parts->streaks += ms_since (t);
      t = g_get_monotonic_time ();
      badges = hearth_store_evaluate_badges (store, uuid, today, NULL, &error);
      if (badges == NULL)
        die ("badges", error);
      parts->badges += ms_since (t);
      t = g_get_monotonic_time ();
      if (!hearth_nudges_get_for_day (store, uuid, today, -1, HEARTH_NUDGE_QUIET_START, HEARTH_NUDGE_QUIET_END,
                                      &nudge, &error))
        die ("nudges", error);
      parts->nudges += ms_since (t);
      t = g_get_monotonic_time ();
      insights = hearth_insights_list (store, uuid, today, &error);
      if (insights == NULL)
        die ("insights", error);
      parts->insights += ms_since (t);
    }
  return ms_since (start);
}

static void
report_family (Report      *r,
               const char  *name,
               HearthStore *store,
               GListModel  *profiles,
               gint64       today)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  Parts parts = { 0 };
  g_autofree char *streaks = g_strconcat (name, "_streaks", NULL);
  g_autofree char *badges = g_strconcat (name, "_badges", NULL);
  g_autofree char *nudges = g_strconcat (name, "_nudges", NULL);
  g_autofree char *insights = g_strconcat (name, "_insights", NULL);

  for (guint round = 0; round < PROGRESS_ROUNDS; round++)
    {
      double ms = evaluate_family (store, profiles, today, &parts);

      g_array_append_val (times, ms);
    }
  report_times (r, name, times, 1);
  /* Each part's median share per round. */
  report (r, streaks, parts.streaks / PROGRESS_ROUNDS, "ms");
  report (r, badges, parts.badges / PROGRESS_ROUNDS, "ms");
  report (r, nudges, parts.nudges / PROGRESS_ROUNDS, "ms");
  report (r, insights, parts.insights / PROGRESS_ROUNDS, "ms");
}

/* One blood pressure reading at @at for @uuid, then what the app updates. */
static double
one_entry (HearthStore *store,
           const char  *uuid,
           GPtrArray   *goals,
           GPtrArray   *goal_days,
           GDateTime   *at,
           gint64       today)
{
  g_autoptr(HearthReading) reading = hearth_reading_new_blood_pressure (at, 124, 79, 66);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) earned = NULL;
  g_autoptr(GArray) logged = NULL;
  g_autoptr(GArray) skips = NULL;
  g_auto(HearthHabitStreak) logging = { 0 };
  gint64 day = hearth_usec_local_day (at);
  gint64 start;
  double ms;

  hearth_reading_set_profile_uuid (reading, uuid);
  if (!hearth_store_add_reading (store, reading, &error))
    die ("adding a reading", error);

  start = g_get_monotonic_time ();
  if (!hearth_store_update_badges (store, uuid, today, NULL,
                                   hearth_badge_source_for_reading_kind (HEARTH_READING_KIND_BLOOD_PRESSURE),
                                   day, &earned, &error))
    die ("badges after an entry", error);
  for (guint g = 0; g < goals->len; g++)
    {
      HearthGoalDays *days = g_ptr_array_index (goal_days, g);
      g_auto(HearthHabitStreak) streak = { 0 };

      if (days == NULL)
        continue;
      if (!hearth_store_refresh_goal_days (store, g_ptr_array_index (goals, g), days, day, day, today, &error))
        die ("a habit after an entry", error);
      hearth_habit_evaluate (days, &streak);
    }
  logged = hearth_store_list_logging_days (store, uuid, &error);
  skips = logged != NULL ? hearth_store_list_skip_days (store, uuid, &error) : NULL;
  if (skips == NULL)
    die ("logging days", error);
  hearth_habit_evaluate_logging ((const gint64 *) (gpointer) logged->data, logged->len,
                                 (const gint64 *) (gpointer) skips->data, skips->len, today, &logging);
  ms = ms_since (start);

  if (!hearth_store_delete_reading (store, hearth_reading_get_uuid (reading), &error))
    die ("deleting the reading", error);
  return ms;
}

void
bench_progress (Report      *r,
                HearthStore *store,
                HearthClock *clock)
{
  g_autoptr(GDateTime) now = hearth_clock_now (clock);
  GListModel *profiles = hearth_store_get_profiles (store);
  gint64 today = hearth_usec_local_day (now);
  g_autoptr(GArray) entry_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(HearthProfile) first = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) goal_days = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_goal_days_free);
  g_autoptr(GError) error = NULL;
  Parts parts = { 0 };
  const char *uuid;
  double ms;

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      const char *member = hearth_profile_get_uuid (profile);
      gint64 year_back = today - 365;

      add_goal (store, member, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, 7500, year_back, HEARTH_GOAL_NO_DAY);
      add_goal (store, member, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_ACTIVE_MINUTES, 150, year_back,
                HEARTH_GOAL_NO_DAY);
      add_goal (store, member, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_BP_READINGS, 2, year_back,
                HEARTH_GOAL_NO_DAY);
      add_goal (store, member, HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_SYSTOLIC, 130, year_back,
                HEARTH_GOAL_NO_DAY);
      add_goal (store, member, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_SODIUM, 2000, year_back,
                HEARTH_GOAL_NO_DAY);
      add_goal (store, member, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_DOSES_ON_TIME, 1, year_back,
                HEARTH_GOAL_NO_DAY);
      add_goal (store, member, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, 60, today - 30, today + 120);
    }

  /* The first evaluation also stores every badge the family earned. */
  ms = evaluate_family (store, profiles, today, &parts);
  report (r, "progress_family_first", ms, "ms");
  report_family (r, "progress_family", store, profiles, today);

  /* One entry, on the first member (the app's path after a change). */
  first = g_list_model_get_item (profiles, 0);
  uuid = hearth_profile_get_uuid (first);
  goals = hearth_store_list_goals (store, uuid, &error);
  if (goals == NULL)
    die ("listing goals", error);
  for (guint g = 0; g < goals->len; g++)
    {
      HearthGoal *goal = g_ptr_array_index (goals, g);
      HearthGoalDays *days = NULL;

      if (goal->kind != HEARTH_GOAL_KIND_TARGET)
        {
          days = hearth_store_get_goal_days (store, goal, today, &error);
          if (days == NULL)
            die ("a habit's days", error);
        }
      g_ptr_array_add (goal_days, days);
    }
  for (guint k = 0; k < ENTRY_ROUNDS; k++)
    {
      /* Today, then back over the year: the badges' windows differ by day. */
      g_autoptr(GDateTime) at = g_date_time_add_days (now, -(gint) (k * 9));

      ms = one_entry (store, uuid, goals, goal_days, at, today);
      g_array_append_val (entry_times, ms);
    }
  report_times (r, "progress_entry", entry_times, 1);

  /* The same goals kept for ten years. */
  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      move_goals_start (store, hearth_profile_get_uuid (profile), today - 3652);
    }
  report_family (r, "progress_family_decade_goals", store, profiles, today);
}
