/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-goals"

#include "config.h"

#include <math.h>

#include "hearth-goal.h"
#include "hearth-store-goals.h"
#include "store-fixture.h"

/* The fixture's clock: 2024-06-15 12:00 UTC. */
#define TODAY day_of (2024, 6, 15)

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
  g_assert_cmpstr (b, ==, "Steps 7500 steps a day");
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

  return g_test_run ();
}
