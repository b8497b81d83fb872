/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-goals"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-goal.h"
#include "hearth-store-goals.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "store-fixture.h"

/* The fixture's clock: 2024-06-15 12:00 UTC. */
#define TODAY day_of (2024, 6, 15)


#define M_DAY (pow (0.5, 1.0 / 13))

/* @y-@mo-@d @h:@mi in a fixed offset of @offset_min minutes. */
static GDateTime *
at (int y, int mo, int d, int h, int mi, int offset_min)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (offset_min * 60);

  return g_date_time_new (tz, y, mo, d, h, mi, 0);
}

static void
log_bp_at (Fixture    *f,
           const char *uuid,
           GDateTime  *when,
           double      systolic)
{
  g_autofree char *id = add_bp (f, uuid, when, systolic, 80);
}

static void
log_steps (Fixture    *f,
           const char *uuid,
           gint64      day,
           double      steps)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (day * 86400 + 12 * 3600);
  g_autoptr(HearthReading) reading = hearth_reading_new_steps (when, steps);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, uuid);
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static HearthHabitStreak *
find_habit (HearthStreaks *streaks,
            const char    *goal_uuid)
{
  for (guint i = 0; i < streaks->habits->len; i++)
    {
      HearthHabitStreak *h = streaks->habits->pdata[i];

      if (g_strcmp0 (h->goal_uuid, goal_uuid) == 0)
        return h;
    }
  g_assert_not_reached ();
}

/* Strength the long way: s = s·m + c·(1 − m) day by day, skips carry. */
static double
strength_by_hand (const double   *c,
                  const gboolean *skip,
                  guint           n,
                  double          m)
{
  double s = 0;

  for (guint i = 0; i < n; i++)
    if (skip == NULL || !skip[i])
      s = s * m + MIN (c[i], 1) * (1 - m);
  return s;
}

#define ASSERT_4DP(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 0.00005)

static HearthGoal *
weight_goal (const char *profile_uuid,
             double      target,
             gint64      start,
             gint64      due)
{
  HearthGoal *goal = hearth_goal_new (profile_uuid, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, start);

  goal->target = target;
  goal->due_day = due;
  return goal;
}

static void
assert_invalid (HearthGoal      *goal,
                HearthGoalError  code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_goal_validate (goal, &error));
  g_assert_error (error, HEARTH_GOAL_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
}

/* Each field's check says which field: unknown metric, a kind or cadence
 * the metric does not take, implausible targets, a due day not after the
 * start, a due day on a habit, a title with a line break. */
static void
test_goal_validate (void)
{
  g_autoptr(HearthGoal) goal = weight_goal ("p", 68, 100, 190);
  g_autoptr(HearthGoal) steps = hearth_goal_new ("p", HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, 100);
  g_autoptr(HearthGoal) range = hearth_goal_new ("p", HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_SYSTOLIC, 100);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_goal_validate (goal, &error));
  g_assert_no_error (error);

  goal->target = 6.8;
  assert_invalid (goal, HEARTH_GOAL_ERROR_TARGET);
  goal->target = 680;
  assert_invalid (goal, HEARTH_GOAL_ERROR_TARGET);
  goal->target = NAN;
  assert_invalid (goal, HEARTH_GOAL_ERROR_TARGET);
  goal->target = 68;
  goal->baseline = INFINITY;
  assert_invalid (goal, HEARTH_GOAL_ERROR_BASELINE);
  goal->baseline = 75;
  goal->due_day = 100;
  assert_invalid (goal, HEARTH_GOAL_ERROR_DUE);
  goal->due_day = HEARTH_GOAL_NO_DAY;
  assert_invalid (goal, HEARTH_GOAL_ERROR_DUE);
  goal->due_day = 100 + 10 * 366;
  assert_invalid (goal, HEARTH_GOAL_ERROR_DUE);
  goal->due_day = 190;
  /* Weight goes either way (gain toward a healthy weight too). */
  goal->comparison = HEARTH_GOAL_AT_LEAST;
  g_assert_true (hearth_goal_validate (goal, NULL));
  goal->title = g_strdup ("Wedding\nday");
  assert_invalid (goal, HEARTH_GOAL_ERROR_TITLE);
  g_clear_pointer (&goal->title, g_free);
  goal->kind = HEARTH_GOAL_KIND_HABIT;
  assert_invalid (goal, HEARTH_GOAL_ERROR_KIND);
  g_free (goal->metric);
  goal->metric = g_strdup ("happiness");
  assert_invalid (goal, HEARTH_GOAL_ERROR_METRIC);

  /* Steps: a daily habit of at least so many. */
  g_assert_cmpint (steps->cadence, ==, HEARTH_GOAL_CADENCE_DAILY);
  g_assert_cmpint (steps->comparison, ==, HEARTH_GOAL_AT_LEAST);
  steps->target = 7500;
  g_assert_true (hearth_goal_validate (steps, NULL));
  steps->comparison = HEARTH_GOAL_AT_MOST;
  assert_invalid (steps, HEARTH_GOAL_ERROR_COMPARISON);
  steps->comparison = HEARTH_GOAL_AT_LEAST;
  steps->cadence = HEARTH_GOAL_CADENCE_WEEKLY;
  assert_invalid (steps, HEARTH_GOAL_ERROR_CADENCE);
  steps->cadence = HEARTH_GOAL_CADENCE_DAILY;
  steps->due_day = 200;
  assert_invalid (steps, HEARTH_GOAL_ERROR_DUE);

  range->target = 130;
  g_assert_true (hearth_goal_validate (range, NULL));
  range->cadence = HEARTH_GOAL_CADENCE_DAILY;
  assert_invalid (range, HEARTH_GOAL_ERROR_CADENCE);

  g_assert_cmpint (hearth_goal_metric_get_cadence (HEARTH_GOAL_METRIC_ACTIVE_MINUTES), ==, HEARTH_GOAL_CADENCE_WEEKLY);
  g_assert_true (hearth_goal_metric_allows_kind (HEARTH_GOAL_METRIC_SYSTOLIC, HEARTH_GOAL_KIND_RANGE));
  g_assert_false (hearth_goal_metric_allows_kind (HEARTH_GOAL_METRIC_STEPS, HEARTH_GOAL_KIND_RANGE));
}

static void
test_goal_describe (void)
{
  g_autoptr(HearthGoal) goal = weight_goal ("p", 68, day_of (2025, 1, 1), day_of (2025, 3, 1));
  g_autoptr(HearthGoal) steps = hearth_goal_new ("p", HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, 100);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  a = hearth_goal_describe (goal);
  g_assert_cmpstr (a, ==, "Weight 68.0 kg by 2025-03-01");
  steps->target = 7500;
  b = hearth_goal_describe (steps);
  g_assert_cmpstr (b, ==, "7500 steps a day");
  goal->title = g_strdup ("Wedding");
  c = hearth_goal_describe (goal);
  g_assert_cmpstr (c, ==, "Wedding");
}

/* Add, get, list (live, this member's, oldest start first), update,
 * delete and its undo, reached once. */
static void
test_store_goals (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(HearthGoal) weight = weight_goal (a, 68, TODAY, TODAY + 84);
  g_autoptr(HearthGoal) steps = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, TODAY - 7);
  g_autoptr(HearthGoal) bobs = hearth_goal_new (hearth_profile_get_uuid (bob), HEARTH_GOAL_KIND_RANGE,
                                                HEARTH_GOAL_METRIC_SYSTOLIC, TODAY);
  g_autoptr(HearthGoal) got = NULL;
  g_autoptr(HearthGoal) bad = weight_goal (a, 6.8, TODAY, TODAY + 84);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gboolean set = TRUE;

  weight->baseline = 74.5;
  weight->title = g_strdup ("Summer");
  steps->target = 7500;
  bobs->target = 130;
  ASSERT_OK (hearth_store_add_goal (f->store, weight, &error));
  g_assert_nonnull (weight->uuid);
  g_assert_cmpint (weight->created_at, >, 0);
  ASSERT_OK (hearth_store_add_goal (f->store, steps, &error));
  ASSERT_OK (hearth_store_add_goal (f->store, bobs, &error));
  g_assert_false (hearth_store_add_goal (f->store, bad, &error));
  g_assert_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TARGET);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM goals"), ==, 3);

  got = hearth_store_get_goal (f->store, weight->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got->profile_uuid, ==, a);
  g_assert_cmpint (got->kind, ==, HEARTH_GOAL_KIND_TARGET);
  g_assert_cmpstr (got->metric, ==, HEARTH_GOAL_METRIC_WEIGHT);
  g_assert_cmpint (got->comparison, ==, HEARTH_GOAL_AT_MOST);
  g_assert_cmpfloat (got->target, ==, 68);
  g_assert_cmpfloat (got->baseline, ==, 74.5);
  g_assert_cmpint (got->cadence, ==, HEARTH_GOAL_CADENCE_NONE);
  g_assert_cmpint (got->start_day, ==, TODAY);
  g_assert_cmpint (got->due_day, ==, TODAY + 84);
  g_assert_false (hearth_goal_is_reached (got));
  g_assert_cmpstr (got->title, ==, "Summer");
  g_clear_pointer (&got, hearth_goal_free);

  list = hearth_store_list_goals (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((HearthGoal *) list->pdata[0])->uuid, ==, steps->uuid);
  g_assert_cmpint (((HearthGoal *) list->pdata[0])->cadence, ==, HEARTH_GOAL_CADENCE_DAILY);
  g_assert_true (isnan (((HearthGoal *) list->pdata[0])->baseline));
  g_assert_cmpint (((HearthGoal *) list->pdata[0])->due_day, ==, HEARTH_GOAL_NO_DAY);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Update: every field but member and uuid; a bad one changes nothing. */
  weight->target = 66;
  weight->due_day = TODAY + 120;
  ASSERT_OK (hearth_store_update_goal (f->store, weight, &error));
  got = hearth_store_get_goal (f->store, weight->uuid, &error);
  g_assert_cmpfloat (got->target, ==, 66);
  g_assert_cmpint (got->due_day, ==, TODAY + 120);
  g_clear_pointer (&got, hearth_goal_free);
  weight->due_day = TODAY - 1;
  g_assert_false (hearth_store_update_goal (f->store, weight, &error));
  g_assert_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_DUE);
  g_clear_error (&error);
  weight->due_day = TODAY + 120;

  /* Reached once: the first day stays. */
  ASSERT_OK (hearth_store_set_goal_reached (f->store, weight->uuid, TODAY + 3, &set, &error));
  g_assert_true (set);
  ASSERT_OK (hearth_store_set_goal_reached (f->store, weight->uuid, TODAY + 9, &set, &error));
  g_assert_false (set);
  got = hearth_store_get_goal (f->store, weight->uuid, &error);
  g_assert_cmpint (got->reached_day, ==, TODAY + 3);
  g_clear_pointer (&got, hearth_goal_free);

  /* Recorded from the data: Ann's second weight goal, 74 kg from the
   * 10th, met on the 12th (73.8) and not again after. */
  {
    g_autoptr(HearthGoal) second = weight_goal (a, 74, TODAY - 5, TODAY + 60);
    g_autoptr(GDateTime) d11 = utc (2024, 6, 11, 7, 0);
    g_autoptr(GDateTime) d12 = utc (2024, 6, 12, 7, 0);
    g_autoptr(GDateTime) d14 = utc (2024, 6, 14, 7, 0);
    g_autofree char *w1 = NULL, *w2 = NULL, *w3 = NULL;
    guint n = 99;

    ASSERT_OK (hearth_store_add_goal (f->store, second, &error));
    ASSERT_OK (hearth_store_record_goals_reached (f->store, a, TODAY, &n, &error));
    g_assert_cmpuint (n, ==, 0);
    w1 = add_weight (f, a, d11, 75.0, NAN);
    w2 = add_weight (f, a, d12, 73.8, NAN);
    w3 = add_weight (f, a, d14, 74.6, NAN);
    ASSERT_OK (hearth_store_record_goals_reached (f->store, a, TODAY, &n, &error));
    g_assert_cmpuint (n, ==, 1);
    got = hearth_store_get_goal (f->store, second->uuid, &error);
    g_assert_cmpint (got->reached_day, ==, TODAY - 3);
    g_clear_pointer (&got, hearth_goal_free);
    /* Once: the first goal keeps its day; nothing new. */
    ASSERT_OK (hearth_store_record_goals_reached (f->store, a, TODAY, &n, &error));
    g_assert_cmpuint (n, ==, 0);
    got = hearth_store_get_goal (f->store, weight->uuid, &error);
    g_assert_cmpint (got->reached_day, ==, TODAY + 3);
    g_clear_pointer (&got, hearth_goal_free);
    ASSERT_OK (hearth_store_delete_goal (f->store, second->uuid, &error));
  }

  /* Delete and undo. */
  f->readings_changed = 0;
  ASSERT_OK (hearth_store_delete_goal (f->store, weight->uuid, &error));
  g_assert_cmpuint (f->readings_changed, ==, 1);
  g_assert_null (hearth_store_get_goal (f->store, weight->uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_goal (f->store, weight->uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_store_update_goal (f->store, weight, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  list = hearth_store_list_goals (f->store, a, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  ASSERT_OK (hearth_store_undelete_goal (f->store, weight->uuid, &error));
  list = hearth_store_list_goals (f->store, a, &error);
  g_assert_cmpuint (list->len, ==, 2);
}

/* Skip days: marked once per day (a second mark replaces the reason),
 * unmarked (soft), listed ascending, per member. */
static void
test_store_skip_days (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gboolean marked = FALSE;

  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, TODAY - 1, "flu", &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, TODAY - 3, NULL, &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, TODAY - 1, "travelling", &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, hearth_profile_get_uuid (bob), TODAY - 2, NULL, &error));
  g_assert_false (hearth_store_mark_skip_day (f->store, a, TODAY - 4, "a\tb", &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME);
  g_clear_error (&error);

  days = hearth_store_list_skip_days (f->store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpint (g_array_index (days, gint64, 0), ==, TODAY - 3);
  g_assert_cmpint (g_array_index (days, gint64, 1), ==, TODAY - 1);
  g_clear_pointer (&days, g_array_unref);
  ASSERT_OK (hearth_store_get_skip_day (f->store, a, TODAY - 1, &marked, &reason, &error));
  g_assert_true (marked);
  g_assert_cmpstr (reason, ==, "travelling");

  ASSERT_OK (hearth_store_unmark_skip_day (f->store, a, TODAY - 1, &error));
  g_assert_false (hearth_store_unmark_skip_day (f->store, a, TODAY - 1, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  days = hearth_store_list_skip_days (f->store, a, &error);
  g_assert_cmpuint (days->len, ==, 1);
  g_clear_pointer (&days, g_array_unref);
  /* Marked again after the undo: a new live row beside the old one. */
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, TODAY - 1, NULL, &error));
  days = hearth_store_list_skip_days (f->store, a, &error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM skip_days"), ==, 4);
}


/* A scripted 90-day journey for the logging streak, replayed on the
 * fixture's clock (2024-06-15 12:00 UTC), from 18 March: Berlin readings
 * at 09:00 (+01:00, then
 * +02:00 after the change to summer time on 31 March), the first of April
 * only at 00:30 (+02:00: 31 March in UTC), New York from 3 to 6 April at
 * 21:00 (−04:00: the next day in UTC), ill on 8 and 9 April (skip days),
 * nothing on 21 April, nothing on 1 May until it is logged late, a lapse
 * from 26 May to 1 June, then every day to yesterday. */
static void
test_logging_journey (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  const gint64 first = day_of (2024, 3, 18);
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(GArray) logged = NULL;
  g_autoptr(GError) error = NULL;
  double c[100] = { 0 };
  gboolean skip[100] = { FALSE };
  guint n = (guint) (TODAY - first);

  for (gint64 day = first; day < TODAY; day++)
    {
      g_autoptr(GDateTime) noon = g_date_time_new_from_unix_utc (day * 86400 + 12 * 3600);
      int mo = g_date_time_get_month (noon), d = g_date_time_get_day_of_month (noon);
      g_autoptr(GDateTime) when = NULL;

      if ((mo == 4 && (d == 8 || d == 9 || d == 21)) || (mo == 5 && (d == 1 || d >= 26)) ||
          (mo == 6 && d == 1))
        continue;
      if (mo == 4 && d == 1)
        when = at (2024, 3, 31, 22, 30, 0);            /* 00:30 +02:00 on 1 April */
      else if (mo == 4 && d >= 3 && d <= 6)
        when = at (2024, 4, d, 21, 0, -4 * 60);
      else
        when = at (2024, mo, d, 9, 0, day < day_of (2024, 3, 31) ? 60 : 120);
      if (mo == 4 && d == 1)
        {
          g_autoptr(GDateTime) local = g_date_time_to_timezone (when, g_time_zone_new_offset (2 * 3600));

          log_bp_at (f, a, local, 120);
        }
      else
        log_bp_at (f, a, when, 120);
      c[day - first] = 1;
    }
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, day_of (2024, 4, 8), "flu", &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, day_of (2024, 4, 9), "flu", &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, day_of (2024, 5, 28), NULL, &error));
  skip[day_of (2024, 4, 8) - first] = skip[day_of (2024, 4, 9) - first] = TRUE;
  skip[day_of (2024, 5, 28) - first] = TRUE;

  /* The local days, not UTC's: 1 April and 3 April are there. */
  logged = hearth_store_list_logging_days (f->store, a, &error);
  g_assert_no_error (error);
  {
    gboolean apr1 = FALSE, apr3 = FALSE;

    for (guint i = 0; i < logged->len; i++)
      {
        apr1 |= g_array_index (logged, gint64, i) == day_of (2024, 4, 1);
        apr3 |= g_array_index (logged, gint64, i) == day_of (2024, 4, 3);
      }
    g_assert_true (apr1);
    g_assert_true (apr3);
  }

  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 89);
  g_assert_cmpuint (streaks->logging.current, ==, 13);
  g_assert_cmpuint (streaks->logging.best, ==, 32);   /* 18 March – 20 April, 2 skip days */
  g_assert_cmpuint (streaks->habits->len, ==, 0);
  /* Today has no entry yet: strength through yesterday. */
  ASSERT_4DP (streaks->logging.strength, strength_by_hand (c, skip, n, M_DAY));
  g_clear_pointer (&streaks, hearth_streaks_free);

  /* 1 May logged late mends 22 April – 25 May: 34 days. */
  {
    g_autoptr(GDateTime) late = at (2024, 5, 1, 19, 0, 120);

    log_bp_at (f, a, late, 118);
    c[day_of (2024, 5, 1) - first] = 1;
  }
  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  g_assert_cmpuint (streaks->logging.current, ==, 13);
  g_assert_cmpuint (streaks->logging.best, ==, 34);
  ASSERT_4DP (streaks->logging.strength, strength_by_hand (c, skip, n, M_DAY));
  g_clear_pointer (&streaks, hearth_streaks_free);

  /* Today's entry: the run and the strength take today in. */
  {
    g_autoptr(GDateTime) now = at (2024, 6, 15, 10, 0, 120);

    log_bp_at (f, a, now, 121);
    c[n] = 1;
  }
  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  g_assert_cmpuint (streaks->logging.current, ==, 14);
  ASSERT_4DP (streaks->logging.strength, strength_by_hand (c, skip, n + 1, M_DAY));
  g_assert_cmpfloat (streaks->logging.strength, >, 0.5);

  /* Taking the skip days back breaks the spring run at 8 April. */
  ASSERT_OK (hearth_store_unmark_skip_day (f->store, a, day_of (2024, 4, 8), &error));
  g_clear_pointer (&streaks, hearth_streaks_free);
  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  g_assert_cmpuint (streaks->logging.best, ==, 34);
  skip[day_of (2024, 4, 8) - first] = FALSE;
  ASSERT_4DP (streaks->logging.strength, strength_by_hand (c, skip, n + 1, M_DAY));
}

/* A daily steps habit of 8 000 from 1 June: done, half, nothing, more than
 * done, skipped, …; today's 3 000 so far is not counted yet. */
static void
test_habit_steps (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  const gint64 start = day_of (2024, 6, 1);
  const double steps[] = { 8000, 4000, -1, 12000, -1, 8000, 8000, 2000, 8000, 8000, -1, 8000, 8000, 9000, 3000 };
  const double c[] = { 1, 0.5, 0, 1, 0, 1, 1, 0.25, 1, 1, 0, 1, 1, 1 };
  const gboolean skip[] = { FALSE, FALSE, FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, TRUE,
                            FALSE, FALSE, FALSE };
  g_autoptr(HearthGoal) goal = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, start);
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(HearthGoalDays) days = NULL;
  g_autoptr(GError) error = NULL;
  HearthHabitStreak *h;

  goal->target = 8000;
  ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] >= 0)
      log_steps (f, a, start + i, steps[i]);
  /* Before the start: no part of the habit. */
  log_steps (f, a, start - 1, 9000);
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, start + 4, NULL, &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, start + 10, NULL, &error));

  days = hearth_store_get_goal_days (f->store, goal, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (days->first_day, ==, start);
  g_assert_cmpuint (days->n_periods, ==, 15);
  g_assert_cmpfloat (days->completion[1], ==, 0.5);
  g_assert_cmpfloat (days->completion[3], ==, 1);
  g_assert_cmpfloat (days->amount[3], ==, 12000);
  g_assert_true (days->skipped[4]);
  g_assert_true (isnan (days->amount[2]));

  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (streaks->habits->len, ==, 1);
  h = find_habit (streaks, goal->uuid);
  g_assert_cmpint (h->cadence, ==, HEARTH_GOAL_CADENCE_DAILY);
  g_assert_cmpuint (h->current, ==, 5);
  g_assert_cmpuint (h->best, ==, 5);
  g_assert_cmpfloat_with_epsilon (h->today, 3000.0 / 8000, 1e-12);
  ASSERT_4DP (h->strength, strength_by_hand (c, skip, G_N_ELEMENTS (c), M_DAY));
  g_assert_cmpfloat_with_epsilon (h->strength, 0.3954, 0.00005);   /* by hand */
}

/* 150 active minutes a week from Wednesday 29 May: that first week asks
 * for 5/7 of it, the next (two days skipped) too; the current week counts
 * once it is done. */
static void
test_habit_weekly (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(HearthGoal) goal = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_ACTIVE_MINUTES,
                                                day_of (2024, 5, 29));
  struct { int mo, d; const char *activity; int minutes; } workouts[] = {
    { 5, 27, "jogging", 60 },             /* before the start: not counted */
    { 5, 30, "walking-brisk", 60 },
    { 5, 31, "jogging", 30 },             /* vigorous: 60 */
    { 6, 6, "walking-brisk", 60 },
    { 6, 12, "walking-brisk", 90 },
  };
  const double m = pow (0.5, 7.0 / 13);
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(HearthGoalDays) days = NULL;
  g_autoptr(GError) error = NULL;
  HearthHabitStreak *h;
  double s;

  g_assert_cmpint (hearth_habit_week_start (day_of (2024, 5, 29)), ==, day_of (2024, 5, 27));
  g_assert_cmpint (hearth_habit_week_start (day_of (2024, 6, 3)), ==, day_of (2024, 6, 3));
  g_assert_cmpint (hearth_habit_week_start (day_of (2024, 6, 9)), ==, day_of (2024, 6, 3));
  goal->target = 150;
  ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
  for (guint i = 0; i < G_N_ELEMENTS (workouts); i++)
    {
      g_autoptr(GDateTime) start = at (2024, workouts[i].mo, workouts[i].d, 18, 0, 120);
      g_autoptr(HearthWorkout) w = hearth_workout_new (a, workouts[i].activity, start, workouts[i].minutes * 60);

      ASSERT_OK (hearth_store_add_workout (f->store, w, &error));
    }
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, day_of (2024, 6, 4), NULL, &error));
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, day_of (2024, 6, 5), NULL, &error));

  days = hearth_store_get_goal_days (f->store, goal, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (days->cadence, ==, HEARTH_GOAL_CADENCE_WEEKLY);
  g_assert_cmpint (days->first_day, ==, day_of (2024, 5, 27));
  g_assert_cmpuint (days->n_periods, ==, 3);
  g_assert_cmpfloat (days->amount[0], ==, 120);   /* 60 + 2 × 30, not the 27th's jog… */
  g_assert_cmpfloat (days->completion[0], ==, 1); /* …in a week that asks 150 × 5/7 */
  g_assert_cmpfloat_with_epsilon (days->completion[1], 60 / (150 * 5 / 7.0), 1e-12);
  g_assert_cmpfloat_with_epsilon (days->completion[2], 0.6, 1e-12);

  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  h = find_habit (streaks, goal->uuid);
  g_assert_cmpint (h->cadence, ==, HEARTH_GOAL_CADENCE_WEEKLY);
  g_assert_cmpuint (h->current, ==, 0);
  g_assert_cmpuint (h->best, ==, 1);
  s = (1 - m) * m + (60 / (150 * 5 / 7.0)) * (1 - m);
  ASSERT_4DP (h->strength, s);
  g_clear_pointer (&streaks, hearth_streaks_free);

  /* A jog on Thursday: 90 + 60 = 150, this week is done. */
  {
    g_autoptr(GDateTime) start = at (2024, 6, 13, 7, 0, 120);
    g_autoptr(HearthWorkout) w = hearth_workout_new (a, "jogging", start, 30 * 60);

    ASSERT_OK (hearth_store_add_workout (f->store, w, &error));
  }
  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  h = find_habit (streaks, goal->uuid);
  g_assert_cmpuint (h->current, ==, 1);
  ASSERT_4DP (h->strength, s * m + (1 - m));
}

/* Keep systolic under 130 on every reading: a day with one reading over
 * it is not done; a day without a reading carries. Morning and evening
 * slots in each reading's own offset. */
static void
test_habit_range_and_slots (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(HearthGoal) range = hearth_goal_new (a, HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_SYSTOLIC,
                                                 day_of (2024, 6, 10));
  g_autoptr(HearthGoal) slots = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_BP_READINGS,
                                                 day_of (2024, 6, 12));
  struct { int d, h, offset; double sys; } readings[] = {
    { 10, 7, 120, 120 }, { 10, 21, 120, 125 },
    { 11, 7, 120, 128 }, { 11, 20, 120, 135 },
    { 12, 7, 120, 118 }, { 12, 20, 120, 119 },    /* June 12 and 13 for the slots */
    { 13, 13, 120, 129 },                          /* noon: neither slot */
    { 14, 6, -300, 118 },                          /* 06:00 −05:00: morning there */
  };
  const double c[] = { 1, 0, 1, 1, 1 };
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(HearthGoalDays) days = NULL;
  g_autoptr(GError) error = NULL;
  HearthHabitStreak *h;

  range->target = 130;
  slots->target = 2;
  ASSERT_OK (hearth_store_add_goal (f->store, range, &error));
  ASSERT_OK (hearth_store_add_goal (f->store, slots, &error));
  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    {
      g_autoptr(GDateTime) when = at (2024, 6, readings[i].d, readings[i].h, 0, readings[i].offset);

      log_bp_at (f, a, when, readings[i].sys);
    }

  days = hearth_store_get_goal_days (f->store, range, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->n_periods, ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (c); i++)
    g_assert_cmpfloat (days->completion[i], ==, c[i]);
  g_assert_true (isnan (days->completion[5]));       /* today: no reading yet */
  g_assert_cmpfloat (days->amount[1], ==, 135);
  g_clear_pointer (&days, hearth_goal_days_free);

  days = hearth_store_get_goal_days (f->store, slots, TODAY, &error);
  g_assert_cmpuint (days->n_periods, ==, 4);
  g_assert_cmpfloat (days->completion[0], ==, 1);
  g_assert_cmpfloat (days->completion[1], ==, 0);
  g_assert_cmpfloat (days->completion[2], ==, 0.5);
  g_assert_cmpfloat (days->completion[3], ==, 0);

  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  h = find_habit (streaks, range->uuid);
  g_assert_cmpuint (h->current, ==, 3);       /* 12, 13, 14 in range; today carries */
  g_assert_cmpuint (h->best, ==, 3);
  ASSERT_4DP (h->strength, strength_by_hand (c, NULL, G_N_ELEMENTS (c), M_DAY));
  g_assert_true (isnan (h->today));
  h = find_habit (streaks, slots->uuid);
  g_assert_cmpuint (h->current, ==, 0);
  g_assert_cmpuint (h->best, ==, 1);
  {
    const double sc[] = { 1, 0, 0.5 };

    ASSERT_4DP (h->strength, strength_by_hand (sc, NULL, 3, M_DAY));
  }
}

/* Medications on time: 08:00 and 20:00 from 12 June; a dose 3.5 h late
 * and a skipped one make half a day; today's evening dose is still to come
 * (half so far, not counted yet); an as-needed medication is no part of it. */
static void
test_habit_doses (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(HearthMedication) med = hearth_medication_new (a, "Metformin", day_of (2024, 6, 12));
  g_autoptr(HearthMedication) prn = hearth_medication_new (a, "Paracetamol", day_of (2024, 6, 1));
  g_autoptr(HearthGoal) goal = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_DOSES_ON_TIME,
                                                day_of (2024, 6, 11));
  struct { int d, h, mi; } taken[] = { { 12, 8, 10 }, { 12, 20, 5 }, { 13, 8, 0 }, { 13, 23, 30 }, { 14, 8, 0 },
                                       { 15, 7, 55 } };
  const double c[] = { 1, 0.5, 0.5 };
  g_autoptr(HearthGoalDays) days = NULL;
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(GError) error = NULL;
  HearthHabitStreak *h;

  ASSERT_OK (hearth_medication_set_times_text (med, "08:00,20:00", &error));
  ASSERT_OK (hearth_store_add_medication (f->store, med, &error));
  prn->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  ASSERT_OK (hearth_store_add_medication (f->store, prn, &error));
  goal->target = 1;
  ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
  for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
    {
      g_autoptr(GDateTime) when = utc (2024, 6, taken[i].d, taken[i].h, taken[i].mi);

      ASSERT_OK (hearth_store_take_dose (f->store, med->uuid, when, NULL, &error));
    }
  {
    g_autoptr(GDateTime) when = utc (2024, 6, 14, 20, 0);
    g_autoptr(GDateTime) prn_at = utc (2024, 6, 14, 10, 0);

    ASSERT_OK (hearth_store_skip_dose (f->store, med->uuid, when, "forgot it at home", NULL, &error));
    ASSERT_OK (hearth_store_take_dose (f->store, prn->uuid, prn_at, NULL, &error));
  }

  days = hearth_store_get_goal_days (f->store, goal, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->n_periods, ==, 5);
  g_assert_true (isnan (days->completion[0]));    /* 11 June: nothing was due */
  for (guint i = 0; i < G_N_ELEMENTS (c); i++)
    g_assert_cmpfloat (days->completion[i + 1], ==, c[i]);
  g_assert_cmpfloat (days->completion[4], ==, 0.5);

  streaks = hearth_store_get_streaks (f->store, a, TODAY, &error);
  h = find_habit (streaks, goal->uuid);
  g_assert_cmpuint (h->current, ==, 0);
  g_assert_cmpuint (h->best, ==, 1);
  g_assert_cmpfloat (h->today, ==, 0.5);
  ASSERT_4DP (h->strength, strength_by_hand (c, NULL, G_N_ELEMENTS (c), M_DAY));
}

/* hearth_habit_evaluate() is hearth_streak_compute() and
 * hearth_habit_strength() over dense periods: random histories agree. */
static void
test_habit_evaluate_agrees (void)
{
  GRand *rand = g_rand_new_with_seed (9);

  for (guint trial = 0; trial < 500; trial++)
    {
      guint n = g_rand_int_range (rand, 1, 60);
      g_autoptr(HearthGoalDays) days = hearth_goal_days_new (HEARTH_GOAL_CADENCE_DAILY, 100, n);
      g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) carry = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree gboolean *carried = g_new0 (gboolean, n);
      HearthHabitStreak out = { 0 };
      HearthStreak expected;
      gboolean open_today;

      for (guint i = 0; i < n; i++)
        {
          gint64 day = 100 + i;

          switch (g_rand_int_range (rand, 0, 5))
            {
            case 0: days->completion[i] = 1; break;
            case 1: days->completion[i] = 0.5; break;
            case 2: days->completion[i] = NAN; break;
            case 3: days->skipped[i] = TRUE; days->completion[i] = g_rand_boolean (rand) ? 1 : 0; break;
            default: days->completion[i] = 0; break;
            }
          carried[i] = days->skipped[i] || isnan (days->completion[i]);
          if (days->completion[i] == 1)
            g_array_append_val (done, day);
          else if (carried[i])
            g_array_append_val (carry, day);
        }
      hearth_habit_evaluate (days, &out);
      hearth_streak_compute ((gint64 *) (gpointer) done->data, done->len, (gint64 *) (gpointer) carry->data,
                             carry->len, 100 + n - 1, &expected);
      g_assert_cmpuint (out.current, ==, expected.current);
      g_assert_cmpuint (out.best, ==, expected.best);
      open_today = days->completion[n - 1] != 1 && !carried[n - 1];
      g_assert_cmpfloat_with_epsilon (out.strength,
                                      strength_by_hand (days->completion, carried, open_today ? n - 1 : n, M_DAY),
                                      1e-12);
    }
  g_rand_free (rand);
}

static void
assert_days_equal (const HearthGoalDays *a,
                   const HearthGoalDays *b)
{
  g_assert_cmpint (a->first_day, ==, b->first_day);
  g_assert_cmpuint (a->n_periods, ==, b->n_periods);
  for (guint i = 0; i < a->n_periods; i++)
    {
      g_assert_true (a->skipped[i] == b->skipped[i]);
      g_assert_true ((isnan (a->completion[i]) && isnan (b->completion[i])) || a->completion[i] == b->completion[i]);
      g_assert_true ((isnan (a->amount[i]) && isnan (b->amount[i])) || a->amount[i] == b->amount[i]);
    }
}

/* Incremental: refreshing the days an entry touched (and the days since,
 * when today moves on) gives what a full read gives. */
static void
test_refresh_goal_days (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(HearthGoal) steps = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS,
                                                 day_of (2024, 5, 20));
  g_autoptr(HearthGoal) active = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_ACTIVE_MINUTES,
                                                  day_of (2024, 5, 20));
  g_autoptr(HearthGoal) range = hearth_goal_new (a, HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_SYSTOLIC,
                                                 day_of (2024, 5, 20));
  HearthGoal *goals[] = { steps, active, range };
  HearthGoalDays *kept[G_N_ELEMENTS (goals)];
  g_autoptr(GError) error = NULL;

  steps->target = 8000;
  active->target = 150;
  range->target = 130;
  for (guint g = 0; g < G_N_ELEMENTS (goals); g++)
    ASSERT_OK (hearth_store_add_goal (f->store, goals[g], &error));
  log_steps (f, a, day_of (2024, 5, 21), 9000);
  {
    g_autoptr(GDateTime) when = at (2024, 5, 22, 8, 0, 120);

    log_bp_at (f, a, when, 125);
  }
  /* Kept as of 10 June. */
  for (guint g = 0; g < G_N_ELEMENTS (goals); g++)
    {
      kept[g] = hearth_store_get_goal_days (f->store, goals[g], TODAY - 5, &error);
      g_assert_no_error (error);
    }

  /* Late entries on 1 June, a skip day on 2 June, and today moved on. */
  log_steps (f, a, day_of (2024, 6, 1), 4000);
  {
    g_autoptr(GDateTime) when = at (2024, 6, 1, 8, 0, 120);
    g_autoptr(GDateTime) start = at (2024, 6, 1, 18, 0, 120);
    g_autoptr(HearthWorkout) w = hearth_workout_new (a, "jogging", start, 80 * 60);

    log_bp_at (f, a, when, 141);
    ASSERT_OK (hearth_store_add_workout (f->store, w, &error));
  }
  ASSERT_OK (hearth_store_mark_skip_day (f->store, a, day_of (2024, 6, 2), NULL, &error));

  for (guint g = 0; g < G_N_ELEMENTS (goals); g++)
    {
      g_autoptr(HearthGoalDays) fresh = hearth_store_get_goal_days (f->store, goals[g], TODAY, &error);
      HearthHabitStreak x = { 0 }, y = { 0 };

      ASSERT_OK (hearth_store_refresh_goal_days (f->store, goals[g], kept[g], day_of (2024, 6, 1),
                                                 day_of (2024, 6, 2), TODAY, &error));
      assert_days_equal (kept[g], fresh);
      hearth_habit_evaluate (kept[g], &x);
      hearth_habit_evaluate (fresh, &y);
      g_assert_cmpuint (x.current, ==, y.current);
      g_assert_cmpuint (x.best, ==, y.best);
      g_assert_cmpfloat (x.strength, ==, y.strength);
      hearth_goal_days_free (kept[g]);
    }
}

/* Sodium under 2 000 mg a day from 10 June: a day's items summed across
 * its meals; no meal: not done; no item stating sodium: no evidence; a
 * deleted item or meal does not count. */
static void
test_habit_sodium (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(HearthGoal) goal = hearth_goal_new (a, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_SODIUM,
                                                day_of (2024, 6, 10));
  g_autoptr(HearthGoalDays) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id = 0;

  goal->target = 2000;
  ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
  id = query_int (f, "SELECT id FROM profiles WHERE name = 'Ann'");
  /* Meals: 10 June two meals, 900 + 800 mg; 11 June 1500 + 700 mg; 12 June
   * nothing; 13 June an item without sodium; 14 June 1200 mg and a deleted
   * 5000 mg item, and a deleted meal of 3000 mg. */
#define MEAL(n, day, deleted) \
  "INSERT INTO meals (id, uuid, profile_id, type, taken_at, utc_offset, local_day, created_at, updated_at, deleted_at) " \
  "VALUES (" #n ", 'm" #n "', %1$" G_GINT64_FORMAT ", 'lunch', 0, 0, %2$" G_GINT64_FORMAT " + " #day ", 1, 1, " deleted ");"
#define ITEM(n, meal, sodium, deleted) \
  "INSERT INTO meal_items (uuid, meal_id, position, name, amount, unit, energy_kcal, sodium_mg, created_at, updated_at, deleted_at) " \
  "VALUES ('i" #n "', " #meal ", " #n ", 'x', 100, 'g', 100, " sodium ", 1, 1, " deleted ");"
  sql = g_strdup_printf (MEAL (1, 0, "NULL") ITEM (1, 1, "900", "NULL")
                         MEAL (2, 0, "NULL") ITEM (2, 2, "800", "NULL")
                         MEAL (3, 1, "NULL") ITEM (3, 3, "1500", "NULL") ITEM (4, 3, "700", "NULL")
                         MEAL (4, 3, "NULL") ITEM (5, 4, "NULL", "NULL")
                         MEAL (5, 4, "NULL") ITEM (6, 5, "1200", "NULL") ITEM (7, 5, "5000", "2")
                         MEAL (6, 4, "2") ITEM (8, 6, "3000", "NULL"),
                         id, day_of (2024, 6, 10));
#undef MEAL
#undef ITEM
  exec_sql (f, sql);

  days = hearth_store_get_goal_days (f->store, goal, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->n_periods, ==, 6);
  g_assert_cmpfloat (days->completion[0], ==, 1);
  g_assert_cmpfloat (days->amount[0], ==, 1700);
  g_assert_cmpfloat (days->completion[1], ==, 0);
  g_assert_cmpfloat (days->amount[1], ==, 2200);
  g_assert_cmpfloat (days->completion[2], ==, 0);
  g_assert_true (isnan (days->amount[2]));
  g_assert_true (isnan (days->completion[3]));
  g_assert_cmpfloat (days->completion[4], ==, 1);
  g_assert_cmpfloat (days->amount[4], ==, 1200);
  g_assert_cmpfloat (days->completion[5], ==, 0);
}

/* Three full weeks under 150 active minutes: a smaller weekly step. */
static void
test_smaller_step_weekly (void)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new ("p", HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_ACTIVE_MINUTES,
                                                hearth_habit_week_start (1000));
  g_autoptr(HearthGoalDays) days = hearth_goal_days_new (HEARTH_GOAL_CADENCE_WEEKLY, goal->start_day, 5);
  g_autoptr(HearthGoal) smaller = NULL;
  g_autofree char *text = NULL;
  const double minutes[] = { 160, 40, 55, 62, 10 };

  goal->target = 150;
  for (guint i = 0; i < 5; i++)
    {
      days->amount[i] = minutes[i];
      days->completion[i] = MIN (1, minutes[i] / 150);
    }
  /* Weeks 1–3 (the full weeks before this one) average 52.3: + 30, up to 10. */
  smaller = hearth_goal_suggest_smaller_step (goal, days, NULL, 0, goal->start_day + 30, &text);
  g_assert_nonnull (smaller);
  g_assert_cmpfloat (smaller->target, ==, 90);
  g_assert_cmpint (smaller->cadence, ==, HEARTH_GOAL_CADENCE_WEEKLY);
  g_assert_nonnull (strstr (text, "90 minutes a week"));
  g_clear_pointer (&smaller, hearth_goal_free);
  g_clear_pointer (&text, g_free);
  /* One of them done: no suggestion. */
  days->completion[2] = 1;
  g_assert_null (hearth_goal_suggest_smaller_step (goal, days, NULL, 0, goal->start_day + 30, &text));
  g_assert_null (text);
}

/* Weight from 80 kg to 74 kg in 8 weeks (0.75 kg a week): milestones on
 * the line, status by the latest reading, pace needed, the warning. */
static void
test_target_progress (void)
{
  g_autoptr(HearthGoal) goal = weight_goal ("p", 74, 1000, 1056);
  const HearthGoalPoint readings[] = {
    { 990, 81 }, { 1000, 80 }, { 1007, 79.5 }, { 1014, 78.4 }, { 1021, 78.6 }, { 1022, 78.2 },
  };
  HearthGoalProgress p = { 0 };
  const HearthGoalPoint *m;

  goal->baseline = 80;
  hearth_goal_progress_compute (goal, readings, G_N_ELEMENTS (readings), 1022, &p);
  g_assert_cmpuint (p.milestones->len, ==, 8);
  m = &g_array_index (p.milestones, HearthGoalPoint, 0);
  g_assert_cmpint (m->day, ==, 1007);
  g_assert_cmpfloat_with_epsilon (m->value, 79.25, 1e-9);
  m = &g_array_index (p.milestones, HearthGoalPoint, 7);
  g_assert_cmpint (m->day, ==, 1056);
  g_assert_cmpfloat_with_epsilon (m->value, 74, 1e-9);
  g_assert_cmpuint (p.next_milestone, ==, 3);
  /* 79.5 missed 79.25 on day 1007; 78.4 met 78.5 on 1014; 78.6 missed 77.75. */
  g_assert_cmpuint (p.milestones_passed, ==, 1);
  g_assert_cmpfloat (p.value, ==, 78.2);
  g_assert_cmpint (p.value_day, ==, 1022);
  /* The line says 80 − 6 × 22/56 = 77.64; 78.2 is within 0.5 kg of it… */
  g_assert_cmpfloat_with_epsilon (p.expected, 80 - 6 * 22 / 56.0, 1e-9);
  g_assert_cmpint (p.status, ==, HEARTH_GOAL_STATUS_BEHIND);
  g_assert_cmpfloat_with_epsilon (p.plan_pace, -0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.pace_needed, (74 - 78.2) / 34 * 7, 1e-9);
  g_assert_false (p.too_fast);
  g_assert_cmpint (p.reached_day, ==, HEARTH_GOAL_NO_DAY);
  hearth_goal_progress_clear (&p);

  /* …one day later the line is at 77.54 and 78.0 is within it. */
  {
    const HearthGoalPoint more[] = {
      { 990, 81 }, { 1000, 80 }, { 1007, 79.5 }, { 1014, 78.4 }, { 1021, 78.6 }, { 1022, 78.2 }, { 1023, 78.0 },
    };

    hearth_goal_progress_compute (goal, more, G_N_ELEMENTS (more), 1023, &p);
    g_assert_cmpint (p.status, ==, HEARTH_GOAL_STATUS_ON_TRACK);
    hearth_goal_progress_clear (&p);
  }

  /* 6 kg in 4 weeks: 1.5 kg a week, too fast. */
  goal->due_day = 1028;
  hearth_goal_progress_compute (goal, readings, G_N_ELEMENTS (readings), 1010, &p);
  g_assert_true (p.too_fast);
  g_assert_cmpfloat_with_epsilon (p.plan_pace, -1.5, 1e-9);
  hearth_goal_progress_clear (&p);

  /* Reached: the first day the value met the target, kept after. */
  goal->due_day = 1056;
  {
    const HearthGoalPoint done[] = { { 1000, 80 }, { 1040, 73.9 }, { 1041, 74.4 } };

    hearth_goal_progress_compute (goal, done, G_N_ELEMENTS (done), 1045, &p);
    g_assert_cmpint (p.status, ==, HEARTH_GOAL_STATUS_REACHED);
    g_assert_cmpint (p.reached_day, ==, 1040);
    hearth_goal_progress_clear (&p);
  }

  /* No reading at all: no data, no milestones. */
  goal->baseline = NAN;
  hearth_goal_progress_compute (goal, NULL, 0, 1010, &p);
  g_assert_cmpint (p.status, ==, HEARTH_GOAL_STATUS_NO_DATA);
  g_assert_cmpuint (p.milestones->len, ==, 0);
  hearth_goal_progress_clear (&p);
}

/* Average systolic under 130: the 7-day mean of the readings, as of the
 * latest reading's day. */
static void
test_target_progress_bp (void)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new ("p", HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_SYSTOLIC, 100);
  const HearthGoalPoint readings[] = { { 95, 150 }, { 101, 140 }, { 103, 136 }, { 108, 132 }, { 109, 130 } };
  HearthGoalProgress p = { 0 };

  goal->target = 129;
  goal->due_day = 184;
  hearth_goal_progress_compute (goal, readings, G_N_ELEMENTS (readings), 110, &p);
  /* Baseline: the value as of the start day, day 95's 150. */
  g_assert_cmpfloat_with_epsilon (p.baseline, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.expected, 150 - 21 * 10 / 84.0, 1e-9);
  /* Today's value: days 103..109: (136 + 132 + 130) / 3. */
  g_assert_cmpfloat_with_epsilon (p.value, (136 + 132 + 130) / 3.0, 1e-9);
  g_assert_cmpint (p.status, ==, HEARTH_GOAL_STATUS_ON_TRACK);
  g_assert_false (p.too_fast);
  hearth_goal_progress_clear (&p);

  /* Nothing before the start: the first value after it, days 95..101
   * without 95: 140. */
  hearth_goal_progress_compute (goal, readings + 1, G_N_ELEMENTS (readings) - 1, 110, &p);
  g_assert_cmpfloat_with_epsilon (p.baseline, 140, 1e-9);
  hearth_goal_progress_clear (&p);
}

/* Three weeks of steps under the goal: a smaller step, gently; progress
 * or a young goal: nothing. A weight stuck for three weeks: 2 kg nearer. */
static void
test_smaller_step (void)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new ("p", HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, 1000);
  g_autoptr(HearthGoalDays) days = hearth_goal_days_new (HEARTH_GOAL_CADENCE_DAILY, 1000, 31);
  g_autoptr(HearthGoal) smaller = NULL;
  g_autoptr(HearthGoal) weight = weight_goal ("p", 70, 1000, 1100);
  g_autofree char *text = NULL;
  const HearthGoalPoint stuck[] = { { 1000, 80 }, { 1009, 79.0 }, { 1015, 79.2 }, { 1030, 79.0 } };
  const HearthGoalPoint moving[] = { { 1000, 80 }, { 1009, 79.0 }, { 1015, 78.6 }, { 1030, 78.0 } };

  goal->target = 8000;
  for (guint i = 0; i < 31; i++)
    {
      days->amount[i] = 4000 + 100 * (i % 5);          /* averages 4 200 */
      days->completion[i] = days->amount[i] / 8000;
    }
  days->amount[20] = 9000;
  days->completion[20] = 1;
  smaller = hearth_goal_suggest_smaller_step (goal, days, NULL, 0, 1030, &text);
  g_assert_nonnull (smaller);
  g_assert_null (smaller->uuid);
  /* The 21 days 1009..1029: 20 × 4 200ish and a 9 000: rounded down. */
  g_assert_cmpfloat (smaller->target, ==, 4500);
  g_assert_nonnull (strstr (text, "4500 steps a day"));
  g_assert_nonnull (strstr (text, "8000"));
  g_clear_pointer (&smaller, hearth_goal_free);
  g_clear_pointer (&text, g_free);

  /* Too young a goal: nothing yet. */
  g_assert_null (hearth_goal_suggest_smaller_step (goal, days, NULL, 0, 1020, &text));
  g_assert_null (text);
  /* Done on 8 of the 21 days: progress enough. */
  for (guint i = 9; i < 17; i++)
    days->completion[i] = 1;
  g_assert_null (hearth_goal_suggest_smaller_step (goal, days, NULL, 0, 1030, &text));

  smaller = hearth_goal_suggest_smaller_step (weight, NULL, stuck, G_N_ELEMENTS (stuck), 1030, &text);
  g_assert_nonnull (smaller);
  g_assert_cmpfloat (smaller->target, ==, 77);
  g_assert_cmpint (smaller->start_day, ==, 1030);
  g_assert_cmpint (smaller->due_day, ==, 1030 + 56);
  g_assert_cmpfloat (smaller->baseline, ==, 79);
  g_assert_true (hearth_goal_validate (smaller, NULL));
  g_assert_nonnull (strstr (text, "77.0 kg"));
  g_clear_pointer (&text, g_free);
  g_assert_null (hearth_goal_suggest_smaller_step (weight, NULL, moving, G_N_ELEMENTS (moving), 1030, &text));
}

/* Proposals from facts: the main goal's first, each naming its source. */
static void
test_propose (void)
{
  HearthGoalFacts facts = { 0 };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) one = NULL;
  HearthGoalProposal *p;

  facts.profile_uuid = g_strdup ("p");
  facts.main_goal = g_strdup ("lose-weight");
  facts.age = 50;
  facts.height_cm = 170;
  facts.bp_guideline = HEARTH_BP_GUIDELINE_ACC_AHA_2017;
  facts.bmi_cutoffs = HEARTH_BMI_CUTOFFS_WHO;
  facts.weight_kg = 80;          /* BMI 27.7 */
  facts.systolic_avg = 138;
  facts.diastolic_avg = 85;
  facts.steps_avg = 6230;
  facts.active_week_avg = 40;

  all = hearth_goal_propose (&facts, NULL, 1000);
  g_assert_cmpuint (all->len, >=, 4);
  p = all->pdata[0];
  g_assert_cmpstr (p->goal->metric, ==, HEARTH_GOAL_METRIC_WEIGHT);
  /* 12 weeks at 0.5 kg: 74 kg (the top of healthy, 71.5, is further). */
  g_assert_cmpfloat (p->goal->target, ==, 74);
  g_assert_cmpint (p->goal->due_day, ==, 1000 + 84);
  g_assert_cmpfloat (p->goal->baseline, ==, 80);
  g_assert_nonnull (strstr (p->source, "WHO"));
  for (guint i = 0; i < all->len; i++)
    {
      p = all->pdata[i];
      g_assert_true (hearth_goal_validate (p->goal, NULL));
      g_assert_cmpstr (p->reason, !=, "");
      g_assert_cmpstr (p->source, !=, "");
      if (g_str_equal (p->goal->metric, HEARTH_GOAL_METRIC_STEPS))
        g_assert_cmpfloat (p->goal->target, ==, 7000);
      if (g_str_equal (p->goal->metric, HEARTH_GOAL_METRIC_ACTIVE_MINUTES))
        g_assert_cmpfloat (p->goal->target, ==, 70);   /* far below 150: a first step */
      if (g_str_equal (p->goal->metric, HEARTH_GOAL_METRIC_SYSTOLIC))
        {
          g_assert_cmpint (p->goal->kind, ==, HEARTH_GOAL_KIND_TARGET);
          g_assert_cmpfloat (p->goal->target, ==, 129);
          g_assert_nonnull (strstr (p->source, "ACC/AHA"));
        }
    }

  one = hearth_goal_propose (&facts, HEARTH_GOAL_METRIC_STEPS, 1000);
  g_assert_cmpuint (one->len, ==, 1);
  g_clear_pointer (&one, g_ptr_array_unref);
  facts.steps_avg = 9800;
  one = hearth_goal_propose (&facts, HEARTH_GOAL_METRIC_STEPS, 1000);
  g_assert_cmpfloat (((HearthGoalProposal *) one->pdata[0])->goal->target, ==, 10000);
  g_clear_pointer (&one, g_ptr_array_unref);
  facts.active_week_avg = 120;
  one = hearth_goal_propose (&facts, HEARTH_GOAL_METRIC_ACTIVE_MINUTES, 1000);
  g_assert_cmpfloat (((HearthGoalProposal *) one->pdata[0])->goal->target, ==, 150);
  g_clear_pointer (&one, g_ptr_array_unref);
  /* Lower blood pressure: systolic first; the range goal once in range. */
  g_free (facts.main_goal);
  facts.main_goal = g_strdup ("lower-bp");
  facts.systolic_avg = 124;
  one = hearth_goal_propose (&facts, NULL, 1000);
  p = one->pdata[0];
  g_assert_cmpstr (p->goal->metric, ==, HEARTH_GOAL_METRIC_SYSTOLIC);
  g_assert_cmpint (p->goal->kind, ==, HEARTH_GOAL_KIND_RANGE);
  g_assert_cmpfloat (p->goal->target, ==, 130);
  hearth_goal_facts_clear (&facts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/hearth/goals/validate", test_goal_validate);
  g_test_add_func ("/hearth/goals/describe", test_goal_describe);
  g_test_add ("/hearth/goals/store", Fixture, NULL, fixture_setup, test_store_goals, fixture_teardown);
  g_test_add ("/hearth/goals/skip-days", Fixture, NULL, fixture_setup, test_store_skip_days, fixture_teardown);
  g_test_add ("/hearth/goals/logging-journey", Fixture, NULL, fixture_setup, test_logging_journey, fixture_teardown);
  g_test_add ("/hearth/goals/habit-steps", Fixture, NULL, fixture_setup, test_habit_steps, fixture_teardown);
  g_test_add ("/hearth/goals/habit-weekly", Fixture, NULL, fixture_setup, test_habit_weekly, fixture_teardown);
  g_test_add ("/hearth/goals/habit-range-slots", Fixture, NULL, fixture_setup, test_habit_range_and_slots, fixture_teardown);
  g_test_add ("/hearth/goals/habit-doses", Fixture, NULL, fixture_setup, test_habit_doses, fixture_teardown);
  g_test_add_func ("/hearth/goals/evaluate-agrees", test_habit_evaluate_agrees);
  g_test_add ("/hearth/goals/refresh", Fixture, NULL, fixture_setup, test_refresh_goal_days, fixture_teardown);
  g_test_add_func ("/hearth/goals/target-progress", test_target_progress);
  g_test_add_func ("/hearth/goals/target-progress-bp", test_target_progress_bp);
  g_test_add_func ("/hearth/goals/smaller-step", test_smaller_step);
  g_test_add_func ("/hearth/goals/smaller-step-weekly", test_smaller_step_weekly);
  g_test_add ("/hearth/goals/habit-sodium", Fixture, NULL, fixture_setup, test_habit_sodium, fixture_teardown);
  g_test_add_func ("/hearth/goals/propose", test_propose);

  return g_test_run ();
}
