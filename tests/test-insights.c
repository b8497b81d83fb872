/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-insights"

#include "config.h"

#include <math.h>

#include "hearth-store-exercise.h"
#include "store-fixture.h"

/* Insights over scripted histories with a fixed clock (30 Sep 2024, 12:00
 * UTC): their numbers (computed here by hand), their sources, when they
 * are left out, and the ranking. Days are UTC days (the clock's zone). */

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 9, 30, 12, 0, 0);

  fixture_setup_at (f, now);
}

static gint64
sep (int d)
{
  return day_of (2024, 9, d);
}

static GDateTime *
at (gint64 day,
    int    hour)
{
  return g_date_time_new_from_unix_utc (day * 86400 + hour * 3600);
}

static gint64
member_id (Fixture       *f,
           HearthProfile *profile)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM profiles WHERE uuid = '%s'",
                                          hearth_profile_get_uuid (profile));

  return query_int (f, sql);
}

static char *
bp_on (Fixture       *f,
       HearthProfile *profile,
       gint64         day,
       double         systolic,
       double         diastolic)
{
  g_autoptr(GDateTime) when = at (day, 8);

  return add_bp (f, hearth_profile_get_uuid (profile), when, systolic, diastolic);
}

static void
weight_on (Fixture       *f,
           HearthProfile *profile,
           gint64         day,
           double         kg)
{
  g_autoptr(GDateTime) when = at (day, 7);
  g_autofree char *uuid = add_weight (f, hearth_profile_get_uuid (profile), when, kg, NAN);
}

static void
workout_on (Fixture       *f,
            HearthProfile *profile,
            gint64         day,
            const char    *activity,
            int            minutes)
{
  g_autoptr(GDateTime) when = at (day, 10);
  g_autoptr(HearthWorkout) workout = hearth_workout_new (hearth_profile_get_uuid (profile), activity,
                                                         when, minutes * 60);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_workout (f->store, workout, &error));
}

static void
steps_on (Fixture       *f,
          HearthProfile *profile,
          gint64         day,
          int            steps)
{
  g_autoptr(GDateTime) when = at (day, 0);
  g_autoptr(HearthReading) reading = hearth_reading_new_steps (when, steps);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (profile));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static void
add_goal (Fixture       *f,
          HearthProfile *profile,
          const char    *metric,
          double         target,
          const char    *cadence,
          gint64         start_day)
{
  static guint n;
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, cadence, start_day, "
    "created_at, updated_at) VALUES ('goal-%u', %" G_GINT64_FORMAT ", 'habit', '%s', 'at-least', %g, '%s', "
    "%" G_GINT64_FORMAT ", 1, 1)",
    ++n, member_id (f, profile), metric, target, cadence, start_day);

  exec_sql (f, sql);
}

static void
set_added (Fixture       *f,
           HearthProfile *profile,
           gint64         day)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE profiles SET created_at = %" G_GINT64_FORMAT
                                          " WHERE id = %" G_GINT64_FORMAT,
                                          day * 86400 * G_USEC_PER_SEC + 9 * G_TIME_SPAN_HOUR,
                                          member_id (f, profile));

  exec_sql (f, sql);
}

static GPtrArray *
insights_on (Fixture       *f,
             HearthProfile *profile,
             gint64         day)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *insights = hearth_insights_list (f->store, hearth_profile_get_uuid (profile), day, &error);

  g_assert_no_error (error);
  g_assert_nonnull (insights);
  return insights;
}

/* The insight @id on @day, or NULL. */
static HearthInsight *
find (GPtrArray  *insights,
      const char *id)
{
  for (guint i = 0; i < insights->len; i++)
    if (g_strcmp0 (((HearthInsight *) insights->pdata[i])->id, id) == 0)
      return insights->pdata[i];
  return NULL;
}

/* "id id id" in order. */
static char *
ids_of (GPtrArray *insights)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < insights->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", ((HearthInsight *) insights->pdata[i])->id);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* 9–15 September: 130/85, 126/81, 128/82 (means 128 and 82.67); 2–8
 * September: 135/88, 133/86, 131/84 (133/86). With one reading fewer in
 * a week: no comparison. */
static void
test_bp_week (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) insights = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *first = bp_on (f, ann, sep (2), 135, 88);
  HearthInsight *bp;

  g_free (bp_on (f, ann, sep (4), 133, 86));
  g_free (bp_on (f, ann, sep (6), 131, 84));
  g_free (bp_on (f, ann, sep (9), 130, 85));
  g_free (bp_on (f, ann, sep (11), 126, 81));
  g_free (bp_on (f, ann, sep (13), 128, 82));

  insights = insights_on (f, ann, sep (15));
  ids = ids_of (insights);
  g_assert_cmpstr (ids, ==, "bp-week");
  bp = find (insights, HEARTH_INSIGHT_BP_WEEK);
  g_assert_cmpstr (bp->text, ==, "Average blood pressure 128/83 mmHg over the last 7 days (3 readings) against "
                                 "133/86 mmHg over the 7 days before (3 readings): systolic 5 mmHg lower, "
                                 "diastolic 3 mmHg lower.");
  g_assert_cmpstr (bp->source, ==, "Your blood pressure readings of 2 Sep – 8 Sep 2024 and 9 Sep – 15 Sep 2024");
  g_assert_cmpuint (bp->rank, ==, 4);

  /* The 16th: the week is 10–16 (two readings): none. */
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (16));
  g_assert_null (find (insights, HEARTH_INSIGHT_BP_WEEK));

  ASSERT_OK (hearth_store_delete_reading (f->store, first, &error));
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (15));
  g_assert_cmpuint (insights->len, ==, 0);
}

/* Weight: 70.4 and 70.0 kg in 9–15 September (70.2), 71.0 kg on the 3rd. */
static void
test_weight_week (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) insights = NULL;
  HearthInsight *weight;

  weight_on (f, ann, sep (3), 71.0);
  weight_on (f, ann, sep (10), 70.4);
  weight_on (f, ann, sep (14), 70.0);
  insights = insights_on (f, ann, sep (15));
  weight = find (insights, HEARTH_INSIGHT_WEIGHT_WEEK);
  g_assert_nonnull (weight);
  g_assert_cmpstr (weight->text, ==, "Average weight 70.2 kg over the last 7 days (2 readings) against 71.0 kg "
                                     "over the 7 days before (1 reading): 0.8 kg lower.");
  g_assert_cmpstr (weight->source, ==, "Your weight readings of 2 Sep – 8 Sep 2024 and 9 Sep – 15 Sep 2024");

  /* 2–8 and 9–15 alike: unchanged. 23rd: nothing in 17–23. */
  weight_on (f, ann, sep (4), 69.4);
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (15));
  weight = find (insights, HEARTH_INSIGHT_WEIGHT_WEEK);
  g_assert_cmpstr (weight->text, ==, "Average weight 70.2 kg over the last 7 days (2 readings) against 70.2 kg "
                                     "over the 7 days before (2 readings): unchanged.");
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (23));
  g_assert_null (find (insights, HEARTH_INSIGHT_WEIGHT_WEEK));
}

/* Wednesday 18 September: this week 30 min brisk walking (moderate) and
 * 20 min running (vigorous: 40); last week 60 + 45; a workout on the 20th
 * is not there yet. */
static void
test_activity_week (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(GPtrArray) insights = NULL;
  HearthInsight *activity;

  workout_on (f, ann, sep (9), "walking-brisk", 60);
  workout_on (f, ann, sep (12), "walking-brisk", 45);
  workout_on (f, ann, sep (16), "walking-brisk", 30);
  workout_on (f, ann, sep (17), "running-6mph", 20);
  workout_on (f, ann, sep (20), "running-6mph", 60);
  insights = insights_on (f, ann, sep (18));
  activity = find (insights, HEARTH_INSIGHT_ACTIVITY_WEEK);
  g_assert_nonnull (activity);
  g_assert_cmpstr (activity->text, ==, "70 active minutes this week so far, against 105 last week. "
                                       "WHO’s target is 150 a week.");
  g_assert_cmpstr (activity->source, ==, "Your workouts of 9 Sep – 15 Sep 2024 and 16 Sep – 18 Sep 2024 (a "
                                         "vigorous minute counts as two); WHO 2020 "
                                         "(docs/clinical.md#physical-activity)");
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, bob, sep (18));
  g_assert_null (find (insights, HEARTH_INSIGHT_ACTIVITY_WEEK));
}

/* Wednesday 18 September: 8 000, 7 000, 9 000 this week (2 at 7 500);
 * 8 000, 8 000, 7 600 the same days last week (3), 10 000 on Thursday
 * the 12th not counted. With a goal of 6 000: 3 and 3. */
static void
test_steps_week (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) insights = NULL;
  const int last_week[] = { 8000, 8000, 7600, 10000 };
  const int this_week[] = { 8000, 7000, 9000 };
  HearthInsight *steps;

  for (guint i = 0; i < G_N_ELEMENTS (last_week); i++)
    steps_on (f, ann, sep (9 + i), last_week[i]);
  for (guint i = 0; i < G_N_ELEMENTS (this_week); i++)
    steps_on (f, ann, sep (16 + i), this_week[i]);
  insights = insights_on (f, ann, sep (18));
  steps = find (insights, HEARTH_INSIGHT_STEPS_WEEK);
  g_assert_nonnull (steps);
  g_assert_cmpstr (steps->text, ==, "2 days at your step goal (7500) this week so far: 1 fewer than by this day "
                                    "last week (3).");
  g_assert_cmpstr (steps->source, ==, "Your steps of 9 Sep – 11 Sep 2024 and 16 Sep – 18 Sep 2024; the default "
                                      "step goal of 7500 a day (Paluch et al., Lancet Public Health 2022: "
                                      "docs/clinical.md#physical-activity)");

  add_goal (f, ann, "steps", 6000, "daily", sep (1));
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (18));
  steps = find (insights, HEARTH_INSIGHT_STEPS_WEEK);
  g_assert_cmpstr (steps->text, ==, "3 days at your step goal (6000) this week so far, as many as by this day "
                                    "last week.");
  g_assert_cmpstr (steps->source, ==, "Your steps of 9 Sep – 11 Sep 2024 and 16 Sep – 18 Sep 2024; your step goal");
}

/* Logged 1–5 and 10–17 September: a milestone on the 3rd; the previous
 * best (5) beaten on the 15th (6); 7 on the 16th, a milestone and the
 * best yet; nothing on the 17th (8) nor on the 5th (5), nor on a day
 * without an entry; and no streak news while a severe reading shows. */
static void
test_streak (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const struct { int day; const char *text; } expected[] = {
    { 3, "3 days of logging in a row." },
    { 5, NULL },
    { 6, NULL },
    { 14, NULL },
    { 15, "6 days of logging in a row, past your previous best of 5." },
    { 16, "7 days of logging in a row: your best yet." },
    { 17, NULL },
  };

  for (int d = 1; d <= 5; d++)
    weight_on (f, ann, sep (d), 70);
  for (int d = 10; d <= 17; d++)
    weight_on (f, ann, sep (d), 70);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GPtrArray) insights = insights_on (f, ann, sep (expected[i].day));
      HearthInsight *streak = find (insights, HEARTH_INSIGHT_STREAK);

      g_assert_cmpstr (streak != NULL ? streak->text : NULL, ==, expected[i].text);
      if (streak != NULL && expected[i].day == 3)
        g_assert_cmpstr (streak->source, ==, "Your log (readings, meals, workouts, doses taken): 1 Sep – 3 Sep "
                                             "2024; skip days pause a run");
    }

  /* A run longer than what is read first: 100 days from 1 June (Bob),
   * beating 99 days in 2023 (Cy), on 8 September. */
  {
    g_autoptr(HearthProfile) bob = add_member (f, "Bob");
    g_autoptr(HearthProfile) cy = add_member (f, "Cy");
    g_autoptr(GPtrArray) bobs = NULL;
    g_autoptr(GPtrArray) cys = NULL;

    for (gint64 d = day_of (2024, 6, 1); d <= sep (8); d++)
      {
        weight_on (f, bob, d, 70);
        if (d > day_of (2024, 6, 1))
          weight_on (f, cy, d, 70);
      }
    for (gint64 d = day_of (2023, 1, 1); d < day_of (2023, 1, 1) + 99; d++)
      weight_on (f, cy, d, 70);
    bobs = insights_on (f, bob, sep (8));
    g_assert_cmpstr (find (bobs, HEARTH_INSIGHT_STREAK)->text, ==, "100 days of logging in a row.");
    g_assert_cmpstr (find (bobs, HEARTH_INSIGHT_STREAK)->source, ==, "Your log (readings, meals, workouts, doses "
                                                                     "taken): 1 Jun – 8 Sep 2024; skip days pause a "
                                                                     "run");
    cys = insights_on (f, cy, sep (8));
    /* 99 days, as many as in 2023: no news; the 9th makes 100, past 99. */
    g_assert_null (find (cys, HEARTH_INSIGHT_STREAK));
    g_clear_pointer (&cys, g_ptr_array_unref);
    weight_on (f, cy, sep (9), 70);
    cys = insights_on (f, cy, sep (9));
    g_assert_cmpstr (find (cys, HEARTH_INSIGHT_STREAK)->text, ==, "100 days of logging in a row: your best yet.");
  }

  {
    g_autoptr(GPtrArray) insights = NULL;
    g_autofree char *severe = bp_on (f, ann, sep (16), 190, 100);

    insights = insights_on (f, ann, sep (16));
    g_assert_null (find (insights, HEARTH_INSIGHT_STREAK));
  }
}

/* A member added on 30 September: 0, then 1, 2 and 3 of the three first
 * steps as they are taken; not after the first week; not once dismissed. */
static void
test_first_week (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) morning = at (sep (30), 8);
  g_autofree char *reading = NULL;
  g_autofree char *sql = NULL;
  const char *texts[] = {
    "0 of 3 first steps done. Next: log a first reading.",
    "1 of 3 first steps done. Next: set a goal.",
    "2 of 3 first steps done. Next: log a meal, a workout or a dose.",
    "3 of 3 first steps done: well done!",
  };

  for (guint step = 0; step < G_N_ELEMENTS (texts); step++)
    {
      g_autoptr(GPtrArray) insights = NULL;
      HearthInsight *first;

      if (step == 1)
        reading = add_bp (f, hearth_profile_get_uuid (ann), morning, 120, 80);
      else if (step == 2)
        add_goal (f, ann, "weight", 68, "daily", sep (30));
      else if (step == 3)
        workout_on (f, ann, sep (30), "yoga", 20);
      insights = insights_on (f, ann, sep (30));
      first = find (insights, HEARTH_INSIGHT_FIRST_WEEK);
      g_assert_nonnull (first);
      g_assert_cmpstr (first->text, ==, texts[step]);
      g_assert_cmpstr (first->source, ==, "Your first week: a goal set, a first reading, and a meal, workout or "
                                          "dose logged, counted from your journal");
      g_assert_cmpuint (first->rank, ==, 1);
    }

  {
    g_autoptr(GPtrArray) day7 = insights_on (f, ann, sep (30) + 6);
    g_autoptr(GPtrArray) day8 = insights_on (f, ann, sep (30) + 7);

    g_assert_nonnull (find (day7, HEARTH_INSIGHT_FIRST_WEEK));
    g_assert_null (find (day8, HEARTH_INSIGHT_FIRST_WEEK));
  }
  sql = g_strdup_printf ("UPDATE profiles SET checklist_dismissed_at = 1 WHERE id = %" G_GINT64_FORMAT,
                         member_id (f, ann));
  exec_sql (f, sql);
  {
    g_autoptr(GPtrArray) insights = insights_on (f, ann, sep (30));

    g_assert_null (find (insights, HEARTH_INSIGHT_FIRST_WEEK));
  }
}

/* Everything on one day, in the documented order; the top insight is the
 * first. Added on the 15th: the first-week progress comes first. */
static void
test_ranking (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) insights = NULL;
  g_autoptr(HearthInsight) top = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  for (int d = 5; d <= 18; d++)
    {
      g_free (bp_on (f, ann, sep (d), 130, 80));
      if (d % 2 == 0)
        weight_on (f, ann, sep (d), 70);
    }
  workout_on (f, ann, sep (9), "walking-brisk", 30);
  workout_on (f, ann, sep (16), "walking-brisk", 30);
  for (int d = 9; d <= 11; d++)
    steps_on (f, ann, sep (d), 8000);
  for (int d = 16; d <= 18; d++)
    steps_on (f, ann, sep (d), 8000);

  insights = insights_on (f, ann, sep (18));
  ids = ids_of (insights);
  g_assert_cmpstr (ids, ==, "streak bp-week weight-week activity-week steps-week");
  g_assert_cmpstr (find (insights, HEARTH_INSIGHT_STREAK)->text, ==, "14 days of logging in a row.");
  ASSERT_OK (hearth_insights_get_top (f->store, hearth_profile_get_uuid (ann), sep (18), &top, &error));
  g_assert_cmpstr (top->id, ==, HEARTH_INSIGHT_STREAK);

  set_added (f, ann, sep (15));
  g_clear_pointer (&insights, g_ptr_array_unref);
  g_clear_pointer (&ids, g_free);
  g_clear_pointer (&top, hearth_insight_free);
  insights = insights_on (f, ann, sep (18));
  ids = ids_of (insights);
  g_assert_cmpstr (ids, ==, "first-week streak bp-week weight-week activity-week steps-week");
  ASSERT_OK (hearth_insights_get_top (f->store, hearth_profile_get_uuid (ann), sep (18), &top, &error));
  g_assert_cmpstr (top->id, ==, HEARTH_INSIGHT_FIRST_WEEK);

  /* Nothing at all: no top insight, no error. */
  {
    g_autoptr(HearthProfile) bob = add_member (f, "Bob");
    g_autoptr(HearthInsight) none = NULL;

    ASSERT_OK (hearth_insights_get_top (f->store, hearth_profile_get_uuid (bob), sep (18), &none, &error));
    g_assert_null (none);
  }
}

static void
add_weight_goal (Fixture       *f,
                 HearthProfile *profile)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new (hearth_profile_get_uuid (profile), HEARTH_GOAL_KIND_TARGET,
                                                HEARTH_GOAL_METRIC_WEIGHT, sep (1));
  g_autoptr(GError) error = NULL;

  goal->comparison = HEARTH_GOAL_AT_MOST;
  goal->target = 68;
  goal->baseline = 72;
  goal->due_day = sep (1) + 56;   /* 27 October: 0.5 kg a week */
  ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
}

/* A weight goal of 68 kg from 72 kg between 1 September and 27 October
 * (0.5 kg a week): on the 15th the plan says 71.0 kg. At 71.6 kg the goal
 * is behind (more than the 0.5 kg tolerance), 0.6 kg a week needed from
 * here ((71.6 − 68) ÷ 42 days × 7); at 70.9 kg on track. Reached on the
 * 20th: said for a week. Behind ranks before the blood pressure week, on
 * track after it. */
static void
test_goal_pace (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) insights = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  HearthInsight *pace;

  add_weight_goal (f, ann);
  weight_on (f, ann, sep (1), 72.0);
  weight_on (f, ann, sep (15), 71.6);
  insights = insights_on (f, ann, sep (15));
  pace = find (insights, HEARTH_INSIGHT_GOAL_PACE);
  g_assert_nonnull (pace);
  g_assert_cmpstr (pace->text, ==, "Your weight goal (68.0 kg by 27 Oct 2024) is behind: 71.6 kg now, 71.0 kg on "
                                   "the plan for today. 0.6 kg a week from here gets there.");
  g_assert_cmpstr (pace->source, ==, "Your weight readings, the latest on 15 Sep 2024; your goal set on 1 Sep 2024");
  g_assert_cmpuint (pace->rank, ==, 3);

  weight_on (f, ann, sep (16), 70.9);
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (16));
  pace = find (insights, HEARTH_INSIGHT_GOAL_PACE);
  g_assert_cmpstr (pace->text, ==, "Your weight goal (68.0 kg by 27 Oct 2024) is on track: 70.9 kg now, 70.9 kg on "
                                   "the plan for today.");
  g_assert_cmpuint (pace->rank, ==, 5);

  weight_on (f, ann, sep (20), 67.9);
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (26));
  pace = find (insights, HEARTH_INSIGHT_GOAL_PACE);
  g_assert_nonnull (pace);
  g_assert_cmpstr (pace->text, ==, "Your weight goal of 68.0 kg was reached on 20 Sep 2024.");
  g_clear_pointer (&insights, g_ptr_array_unref);
  insights = insights_on (f, ann, sep (27));
  g_assert_null (find (insights, HEARTH_INSIGHT_GOAL_PACE));

  /* No reading since the goal began: no news. */
  {
    g_autoptr(HearthProfile) bob = add_member (f, "Bob");

    add_weight_goal (f, bob);
    g_clear_pointer (&insights, g_ptr_array_unref);
    insights = insights_on (f, bob, sep (15));
    g_assert_null (find (insights, HEARTH_INSIGHT_GOAL_PACE));
  }

  /* Due on 29 September, 71.5 kg on the 22nd: 3.5 kg a week needed, too
   * fast to suggest; said so, with the safe pace's source. */
  {
    g_autoptr(HearthProfile) cy = add_member (f, "Cy");
    g_autoptr(HearthGoal) goal = hearth_goal_new (hearth_profile_get_uuid (cy), HEARTH_GOAL_KIND_TARGET,
                                                  HEARTH_GOAL_METRIC_WEIGHT, sep (1));

    goal->comparison = HEARTH_GOAL_AT_MOST;
    goal->target = 68;
    goal->baseline = 72;
    goal->due_day = sep (29);
    ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
    weight_on (f, cy, sep (22), 71.5);
    g_clear_pointer (&insights, g_ptr_array_unref);
    insights = insights_on (f, cy, sep (22));
    pace = find (insights, HEARTH_INSIGHT_GOAL_PACE);
    g_assert_cmpstr (pace->text, ==, "Your weight goal (68.0 kg by 29 Sep 2024) is behind: 71.5 kg now, 69.0 kg on "
                                     "the plan for today. That would take 3.5 kg a week, faster than the safe 1 kg "
                                     "a week: a later date may suit you better.");
    g_assert_cmpstr (pace->source, ==, "Your weight readings, the latest on 22 Sep 2024; your goal set on 1 Sep "
                                       "2024; a safe pace: docs/clinical.md (0.5–1 kg a week)");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, fixture_teardown)
  ADD ("/hearth/insights/bp-week", test_bp_week);
  ADD ("/hearth/insights/weight-week", test_weight_week);
  ADD ("/hearth/insights/activity-week", test_activity_week);
  ADD ("/hearth/insights/steps-week", test_steps_week);
  ADD ("/hearth/insights/streak", test_streak);
  ADD ("/hearth/insights/first-week", test_first_week);
  ADD ("/hearth/insights/ranking", test_ranking);
  ADD ("/hearth/insights/goal-pace", test_goal_pace);
#undef ADD

  return g_test_run ();
}
