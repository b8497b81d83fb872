/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exercise"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-core.h"
#include "hearth-activity.h"
#include "hearth-exercise.h"
#include "hearth-store-exercise.h"
#include "store-fixture.h"
#include "hearth-store-private.h"
#include "hearth-store-move-private.h"

/* Activities, workouts, their energy and the week's active minutes. The
 * fixture's clock is 2024-06-15 12:00 UTC, a Saturday. */

static void
test_exercise_activities (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const HearthActivity *all;
  const HearthActivity *brisk;
  guint n = 0;

  all = hearth_activity_get_all (&n);
  g_assert_cmpuint (n, >=, 10);
  for (guint i = 0; i < n; i++)
    {
      /* A five-digit Compendium code, a MET value, a unique id. */
      g_assert_cmpuint (strlen (all[i].code), ==, 5);
      for (guint c = 0; c < 5; c++)
        g_assert_true (g_ascii_isdigit (all[i].code[c]));
      g_assert_cmpfloat (all[i].met, >=, 1.0);
      g_assert_cmpfloat (all[i].met, <, 25.0);
      g_assert_true (g_hash_table_add (ids, (gpointer) all[i].id));
      g_assert_true (hearth_activity_lookup (all[i].id) == &all[i]);
    }

  brisk = hearth_activity_lookup ("walking-brisk");
  g_assert_nonnull (brisk);
  g_assert_cmpstr (brisk->code, ==, "17200");
  g_assert_cmpstr (hearth_activity_lookup ("walking-moderate")->code, ==, "17190");
  g_assert_cmpstr (hearth_activity_lookup ("running-6mph")->code, ==, "12050");
  g_assert_cmpstr (hearth_activity_lookup ("dancing")->code, ==, "03031");
  g_assert_cmpstr (hearth_activity_lookup ("swimming-laps-slow")->code, ==, "18240");
  g_assert_cmpfloat (brisk->met, ==, 4.3);
  g_assert_cmpint (hearth_activity_get_intensity (brisk), ==, HEARTH_INTENSITY_MODERATE);
  g_assert_cmpint (hearth_activity_get_intensity (hearth_activity_lookup ("running-6mph")), ==,
                   HEARTH_INTENSITY_VIGOROUS);
  g_assert_cmpint (hearth_activity_get_intensity (hearth_activity_lookup ("yoga")), ==,
                   HEARTH_INTENSITY_LIGHT);
  g_assert_null (hearth_activity_lookup ("walking"));
  g_assert_null (hearth_activity_lookup (NULL));

  /* The bands' edges: moderate 3–5.9, vigorous from 6. */
  g_assert_cmpint (hearth_activity_intensity_of_met (2.9), ==, HEARTH_INTENSITY_LIGHT);
  g_assert_cmpint (hearth_activity_intensity_of_met (3.0), ==, HEARTH_INTENSITY_MODERATE);
  g_assert_cmpint (hearth_activity_intensity_of_met (5.9), ==, HEARTH_INTENSITY_MODERATE);
  g_assert_cmpint (hearth_activity_intensity_of_met (6.0), ==, HEARTH_INTENSITY_VIGOROUS);
}

static void
test_exercise_suggest (void)
{
  g_auto(GStrv) walking = hearth_activity_suggest ("walking", 3);
  g_auto(GStrv) typo = hearth_activity_suggest ("runing-6mph", 3);
  g_auto(GStrv) nothing = hearth_activity_suggest ("xylophone-quartet", 3);

  g_assert_cmpuint (g_strv_length (walking), ==, 3);
  for (guint i = 0; walking[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (walking[i], "walking-"));
  g_assert_cmpstr (typo[0], ==, "running-6mph");
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);
}

static void
test_exercise_energy (void)
{
  /* 4.3 MET × 70 kg × 0.5 h */
  g_assert_cmpfloat_with_epsilon (hearth_exercise_energy_kcal (4.3, 70, 30 * 60), 150.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (hearth_exercise_energy_kcal (9.8, 80, 90 * 60), 1176.0, 1e-9);
  g_assert_true (isnan (hearth_exercise_energy_kcal (4.3, NAN, 30 * 60)));
  g_assert_true (isnan (hearth_exercise_energy_kcal (4.3, 0, 30 * 60)));
}

static void
assert_refused (HearthWorkout *workout,
                int            code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_workout_validate (workout, &error));
  g_assert_error (error, HEARTH_WORKOUT_ERROR, code);
  g_assert_nonnull (error->message);
}

static void
test_exercise_validate (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 6, 15, 7, 0, 0);
  g_autoptr(HearthWorkout) workout = hearth_workout_new ("p", "walking-brisk", start, 30 * 60);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_workout_validate (workout, &error));
  g_assert_no_error (error);

  workout->duration_s = 30 * 3600;  /* a 30-hour workout */
  assert_refused (workout, HEARTH_WORKOUT_ERROR_DURATION);
  workout->duration_s = -20 * 60;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_DURATION);
  workout->duration_s = 0;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_DURATION);
  workout->duration_s = HEARTH_WORKOUT_MAX_SECONDS;
  g_assert_true (hearth_workout_validate (workout, NULL));
  workout->duration_s = 30 * 60;

  workout->effort = 11;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_EFFORT);
  workout->effort = -1;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_EFFORT);
  workout->effort = 10;

  workout->distance_m = -5;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_DISTANCE);
  workout->distance_m = INFINITY;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_DISTANCE);
  workout->distance_m = 3000;

  workout->steps = -7;
  assert_refused (workout, HEARTH_WORKOUT_ERROR_STEPS);
  workout->steps = 4000;

  g_free (workout->activity);
  workout->activity = g_strdup ("walking");
  assert_refused (workout, HEARTH_WORKOUT_ERROR_ACTIVITY);
  g_free (workout->activity);
  workout->activity = g_strdup ("running-6mph");
  g_assert_true (hearth_workout_validate (workout, NULL));
}

static HearthWorkout *
add_workout (Fixture    *f,
             const char *profile_uuid,
             const char *activity,
             GDateTime  *start,
             int         minutes)
{
  g_autoptr(HearthWorkout) workout = hearth_workout_new (profile_uuid, activity, start, minutes * 60);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_workout (f->store, workout, &error));
  return g_steal_pointer (&workout);
}

static void
test_exercise_store (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2024, 6, 14, 23, 30, 0);
  g_autoptr(HearthWorkout) workout = hearth_workout_new (uuid, "cycling-leisure", start, 45 * 60);
  g_autoptr(HearthWorkout) too_long = hearth_workout_new (uuid, "walking-brisk", start, 30 * 3600);
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  HearthWorkout *back;
  guint changes;

  workout->distance_m = 12500;
  workout->steps = 0;
  workout->effort = 4;
  workout->note = g_strdup ("along the river");
  changes = f->readings_changed;
  ASSERT_OK (hearth_store_add_workout (f->store, workout, &error));
  g_assert_true (g_uuid_string_is_valid (workout->uuid));
  g_assert_cmpint (workout->created_at, ==, g_date_time_to_unix (now) * G_USEC_PER_SEC);
  g_assert_cmpint (workout->updated_at, ==, workout->created_at);
  g_assert_cmpuint (f->readings_changed, ==, changes + 1);

  /* A 30-hour workout is refused at its field and nothing is stored. */
  g_assert_false (hearth_store_add_workout (f->store, too_long, &error));
  g_assert_error (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_DURATION);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM workouts"), ==, 1);

  /* A workout that has not started yet is refused at its time. */
  {
    g_autoptr(GDateTime) later = g_date_time_add_hours (now, 2);
    g_autoptr(HearthWorkout) future = hearth_workout_new (uuid, "walking-brisk", later, 600);

    g_assert_false (hearth_store_add_workout (f->store, future, &error));
    g_assert_error (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_START);
    g_clear_error (&error);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM workouts"), ==, 1);
  }

  /* Read back in its own offset, on its own local day (the 14th). */
  fixture_reopen (f);
  list = hearth_store_list_workouts (f->store, uuid, day_of (2024, 6, 14), day_of (2024, 6, 14), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  back = list->pdata[0];
  g_assert_cmpstr (back->uuid, ==, workout->uuid);
  g_assert_cmpstr (back->profile_uuid, ==, uuid);
  g_assert_cmpstr (back->activity, ==, "cycling-leisure");
  g_assert_true (g_date_time_equal (back->start, start));
  g_assert_cmpint (g_date_time_get_utc_offset (back->start), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (back->duration_s, ==, 45 * 60);
  g_assert_cmpfloat (back->distance_m, ==, 12500);
  g_assert_cmpint (back->steps, ==, 0);
  g_assert_cmpint (back->effort, ==, 4);
  g_assert_cmpstr (back->note, ==, "along the river");
  g_clear_pointer (&list, g_ptr_array_unref);

  list = hearth_store_list_workouts (f->store, uuid, day_of (2024, 6, 15), day_of (2024, 6, 15), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Soft delete, undo, and deleting twice. */
  ASSERT_OK (hearth_store_delete_workout (f->store, workout->uuid, &error));
  list = hearth_store_list_workouts (f->store, uuid, day_of (2024, 6, 1), day_of (2024, 6, 30), &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM workouts WHERE deleted_at IS NOT NULL"), ==, 1);
  g_assert_false (hearth_store_delete_workout (f->store, workout->uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ASSERT_OK (hearth_store_undelete_workout (f->store, workout->uuid, &error));
  list = hearth_store_list_workouts (f->store, uuid, day_of (2024, 6, 1), day_of (2024, 6, 30), &error);
  g_assert_cmpuint (list->len, ==, 1);

  /* An unknown member is NOT_FOUND, nothing stored. */
  g_free (too_long->profile_uuid);
  too_long->profile_uuid = g_uuid_string_random ();
  too_long->duration_s = 600;
  g_assert_false (hearth_store_add_workout (f->store, too_long, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM workouts"), ==, 1);
}

static void
test_exercise_store_energy (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) w1 = utc (2024, 6, 1, 8, 0);
  g_autoptr(GDateTime) w2 = utc (2024, 6, 10, 8, 0);
  g_autoptr(GDateTime) w3 = utc (2024, 6, 12, 8, 0);
  g_autoptr(GDateTime) early = utc (2024, 5, 30, 8, 0);
  g_autoptr(GDateTime) between = utc (2024, 6, 5, 8, 0);
  g_autoptr(GDateTime) at_w3 = utc (2024, 6, 12, 8, 0);
  g_autoptr(HearthWorkout) before_any = NULL;
  g_autoptr(HearthWorkout) after_first = NULL;
  g_autoptr(HearthWorkout) at_same_time = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *weight1 = NULL;
  g_autofree char *weight2 = NULL;
  g_autofree char *weight3 = NULL;
  double kcal = 0;

  before_any = add_workout (f, uuid, "walking-brisk", early, 30);
  ASSERT_OK (hearth_store_get_workout_energy (f->store, before_any, &kcal, &error));
  g_assert_true (isnan (kcal));  /* no weight yet: no energy */

  weight1 = add_weight (f, uuid, w1, 70, NAN);
  weight2 = add_weight (f, uuid, w2, 90, NAN);
  weight3 = add_weight (f, uuid, w3, 60, NAN);

  /* Still none: the weights are all later than this workout. */
  ASSERT_OK (hearth_store_get_workout_energy (f->store, before_any, &kcal, &error));
  g_assert_true (isnan (kcal));

  /* The nearest weight at or before: 70 kg (not the later 90). */
  after_first = add_workout (f, uuid, "walking-brisk", between, 30);
  ASSERT_OK (hearth_store_get_workout_energy (f->store, after_first, &kcal, &error));
  g_assert_cmpfloat_with_epsilon (kcal, 4.3 * 70 * 0.5, 1e-9);

  /* Not a weight logged soon after (the 90 kg, twelve hours later). */
  {
    g_autoptr(GDateTime) eve = utc (2024, 6, 9, 20, 0);
    g_autoptr(HearthWorkout) evening = add_workout (f, uuid, "walking-brisk", eve, 60);

    ASSERT_OK (hearth_store_get_workout_energy (f->store, evening, &kcal, &error));
    g_assert_cmpfloat_with_epsilon (kcal, 4.3 * 70, 1e-9);
  }

  /* A weight at the very start counts. */
  at_same_time = add_workout (f, uuid, "running-6mph", at_w3, 60);
  ASSERT_OK (hearth_store_get_workout_energy (f->store, at_same_time, &kcal, &error));
  g_assert_cmpfloat_with_epsilon (kcal, 9.8 * 60, 1e-9);

  /* A deleted weight is not used. */
  ASSERT_OK (hearth_store_delete_reading (f->store, weight3, &error));
  ASSERT_OK (hearth_store_get_workout_energy (f->store, at_same_time, &kcal, &error));
  g_assert_cmpfloat_with_epsilon (kcal, 9.8 * 90, 1e-9);
}

/* "Now" after the week and the next one's Monday, so no workout is in the future. */
static void
setup_week_after (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 25, 12, 0, 0);

  fixture_setup_at (f, now);
}

static void
test_exercise_week (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) kid = hearth_profile_new ("Kid");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  gint64 monday = day_of (2024, 6, 10);
  HearthActiveWeek week;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) mon = g_date_time_new (berlin, 2024, 6, 10, 7, 0, 0);
  g_autoptr(GDateTime) tue = g_date_time_new (berlin, 2024, 6, 11, 18, 0, 0);
  /* 00:30 on Sunday the 16th in Berlin is still the 15th in UTC: Sunday counts. */
  g_autoptr(GDateTime) sun = g_date_time_new (berlin, 2024, 6, 16, 0, 30, 0);
  g_autoptr(GDateTime) sat = g_date_time_new (berlin, 2024, 6, 15, 9, 0, 0);
  g_autoptr(GDateTime) next_mon = g_date_time_new (berlin, 2024, 6, 17, 7, 0, 0);
  g_autoptr(GDateTime) prev_sun = g_date_time_new (berlin, 2024, 6, 9, 23, 30, 0);
  g_autoptr(HearthWorkout) w1 = NULL, w2 = NULL, w3 = NULL, w4 = NULL, w5 = NULL, w6 = NULL;

  g_assert_nonnull (berlin);
  w1 = add_workout (f, uuid, "walking-brisk", mon, 60);     /* moderate 60 */
  w2 = add_workout (f, uuid, "running-6mph", tue, 20);      /* vigorous 20 = 40 */
  w3 = add_workout (f, uuid, "gardening", sun, 40);         /* moderate 40 */
  w4 = add_workout (f, uuid, "yoga", sat, 90);              /* light: not counted */
  w5 = add_workout (f, uuid, "running-6mph", next_mon, 60); /* next week */
  w6 = add_workout (f, uuid, "running-6mph", prev_sun, 60); /* the week before */

  ASSERT_OK (hearth_store_get_active_week (f->store, uuid, monday, &week, &error));
  g_assert_cmpint (week.first_day, ==, monday);
  g_assert_cmpuint (week.moderate_minutes[0], ==, 60);
  g_assert_cmpuint (week.vigorous_minutes[1], ==, 20);
  g_assert_cmpuint (week.moderate_minutes[5], ==, 0);
  g_assert_cmpuint (week.moderate_minutes[6], ==, 40);
  g_assert_cmpuint (week.vigorous_minutes[0], ==, 0);
  g_assert_cmpuint (week.equivalent_minutes, ==, 60 + 2 * 20 + 40);
  g_assert_cmpuint (week.target_minutes, ==, 150);
  g_assert_false (week.met);

  /* Five more vigorous minutes: 140 + 10 = 150, the target exactly. */
  g_clear_pointer (&w6, hearth_workout_free);
  w6 = add_workout (f, uuid, "jogging", sat, 5);
  ASSERT_OK (hearth_store_get_active_week (f->store, uuid, monday, &week, &error));
  g_assert_cmpuint (week.vigorous_minutes[5], ==, 5);
  g_assert_cmpuint (week.equivalent_minutes, ==, 150);
  g_assert_true (week.met);

  /* Under 18: an average of 60 a day, 420 a week. */
  hearth_profile_set_birth (kid, 2012, 3, 1);
  ASSERT_OK (hearth_store_add_profile (f->store, kid, &error));
  g_clear_pointer (&w1, hearth_workout_free);
  w1 = add_workout (f, hearth_profile_get_uuid (kid), "running-6mph", mon, 200);
  ASSERT_OK (hearth_store_get_active_week (f->store, hearth_profile_get_uuid (kid), monday, &week, &error));
  g_assert_cmpuint (week.target_minutes, ==, 7 * 60);
  g_assert_cmpuint (week.equivalent_minutes, ==, 400);
  g_assert_false (week.met);

  /* Eighteen that week: the adult target. */
  hearth_profile_set_birth (kid, 2006, 6, 1);
  ASSERT_OK (hearth_store_update_profile (f->store, kid, &error));
  ASSERT_OK (hearth_store_get_active_week (f->store, hearth_profile_get_uuid (kid), monday, &week, &error));
  g_assert_cmpuint (week.target_minutes, ==, 150);
  g_assert_true (week.met);
}

/* Every query walks an index, never a table (ten years of a family). */
static void
assert_query_plans (Fixture             *f,
                    const char * const  *queries)
{
  sqlite3 *db = _hearth_store_get_db (f->store);

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s\n-> %s", queries[i], plan->str);
      g_assert_nonnull (strstr (plan->str, "USING"));
      g_assert_false (g_str_has_prefix (plan->str, "SCAN "));
      g_assert_null (strstr (plan->str, "\nSCAN "));
    }
}

static void
test_query_plans (Fixture       *f,
                  gconstpointer  data)
{
  assert_query_plans (f, _hearth_store_exercise_queries_for_testing ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/exercise/activities", test_exercise_activities);
  g_test_add_func ("/hearth/exercise/suggest", test_exercise_suggest);
  g_test_add_func ("/hearth/exercise/energy", test_exercise_energy);
  g_test_add_func ("/hearth/exercise/validate", test_exercise_validate);
#define ADD(path, func) \
  g_test_add ("/hearth/exercise/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("store", test_exercise_store);
  ADD ("store-energy", test_exercise_store_energy);
#undef ADD
  g_test_add ("/hearth/exercise/week", Fixture, NULL, setup_week_after, test_exercise_week, fixture_teardown);

  g_test_add ("/hearth/exercise/query-plans", Fixture, NULL, fixture_setup, test_query_plans, fixture_teardown);

  return g_test_run ();
}
