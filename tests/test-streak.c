/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-streak"

#include "config.h"

#include <math.h>

#include "hearth-streak.h"
#include "store-fixture.h"

#define TODAY 20000  /* a local day; the numbers below count back from it */

static HearthStreak
streak_of (const gint64 *done,
           guint         n_done,
           const gint64 *skips,
           guint         n_skips)
{
  HearthStreak streak = { 99, 99 };

  hearth_streak_compute (done, n_done, skips, n_skips, TODAY, &streak);
  return streak;
}

/* Nothing logged: nothing to count. */
static void
test_streak_empty (void)
{
  HearthStreak s = streak_of (NULL, 0, NULL, 0);

  g_assert_cmpuint (s.current, ==, 0);
  g_assert_cmpuint (s.best, ==, 0);
}

/* The run ends today, or yesterday while today has no entry yet; a gap
 * before yesterday ends it. */
static void
test_streak_current (void)
{
  const gint64 to_today[] = { TODAY - 2, TODAY - 1, TODAY };
  const gint64 to_yesterday[] = { TODAY - 3, TODAY - 2, TODAY - 1 };
  const gint64 broken[] = { TODAY - 4, TODAY - 3, TODAY - 2 };
  HearthStreak s;

  s = streak_of (to_today, G_N_ELEMENTS (to_today), NULL, 0);
  g_assert_cmpuint (s.current, ==, 3);
  g_assert_cmpuint (s.best, ==, 3);
  s = streak_of (to_yesterday, G_N_ELEMENTS (to_yesterday), NULL, 0);
  g_assert_cmpuint (s.current, ==, 3);
  s = streak_of (broken, G_N_ELEMENTS (broken), NULL, 0);
  g_assert_cmpuint (s.current, ==, 0);
  g_assert_cmpuint (s.best, ==, 3);
}

/* Skip days inside a run neither count nor break it, at its end too
 * (ill yesterday, nothing yet today); a run of skips alone is no streak. */
static void
test_streak_skips (void)
{
  const gint64 done[] = { TODAY - 6, TODAY - 5, TODAY - 2, TODAY };
  const gint64 skips[] = { TODAY - 4, TODAY - 3, TODAY - 1 };
  const gint64 before_skip[] = { TODAY - 3, TODAY - 2 };
  const gint64 skip_end[] = { TODAY - 1, TODAY };
  const gint64 only_skips[] = { TODAY - 2, TODAY - 1, TODAY };
  HearthStreak s;

  s = streak_of (done, G_N_ELEMENTS (done), skips, G_N_ELEMENTS (skips));
  g_assert_cmpuint (s.current, ==, 4);
  g_assert_cmpuint (s.best, ==, 4);
  /* Without the skips the same days are runs of 2, 1 and 1. */
  s = streak_of (done, G_N_ELEMENTS (done), NULL, 0);
  g_assert_cmpuint (s.current, ==, 1);
  g_assert_cmpuint (s.best, ==, 2);
  s = streak_of (before_skip, G_N_ELEMENTS (before_skip), skip_end, G_N_ELEMENTS (skip_end));
  g_assert_cmpuint (s.current, ==, 2);
  s = streak_of (NULL, 0, only_skips, G_N_ELEMENTS (only_skips));
  g_assert_cmpuint (s.current, ==, 0);
  g_assert_cmpuint (s.best, ==, 0);
  /* An entry on a skip day counts. */
  s = streak_of (skip_end, G_N_ELEMENTS (skip_end), skip_end, G_N_ELEMENTS (skip_end));
  g_assert_cmpuint (s.current, ==, 2);
}

/* Order and repeats do not matter; a backdated entry mends the run; the
 * best is the longest run ever, not the latest. */
static void
test_streak_backdated (void)
{
  gint64 days[] = { TODAY, TODAY - 30, TODAY - 2, TODAY - 31, TODAY, TODAY - 32, TODAY - 33 };
  HearthStreak s;

  s = streak_of (days, G_N_ELEMENTS (days), NULL, 0);
  g_assert_cmpuint (s.current, ==, 1);
  g_assert_cmpuint (s.best, ==, 4);
  /* The day before yesterday was logged late: today, yesterday… */
  days[1] = TODAY - 1;
  s = streak_of (days, G_N_ELEMENTS (days), NULL, 0);
  g_assert_cmpuint (s.current, ==, 3);
  g_assert_cmpuint (s.best, ==, 3);
}

/* Days after today (a clock moved back, a typo) are no part of it. */
static void
test_streak_future (void)
{
  const gint64 days[] = { TODAY - 1, TODAY, TODAY + 1, TODAY + 2 };
  HearthStreak s = streak_of (days, G_N_ELEMENTS (days), NULL, 0);

  g_assert_cmpuint (s.current, ==, 2);
  g_assert_cmpuint (s.best, ==, 2);
}

/* s_d = s_(d−1) · m + c_d · (1 − m), m = 0.5^(1/13): one day done from
 * nothing is 1 − m; 13 days done after a long run of nothing reach one
 * half; done every day approaches 1; skips carry s; partial days count
 * as their share, at most 1. */
static void
test_habit_strength (void)
{
  const double m = pow (0.5, 1.0 / 13);
  double days[400];
  gboolean skipped[400] = { FALSE };
  double s;

  days[0] = 1;
  g_assert_cmpfloat_with_epsilon (hearth_habit_strength (days, NULL, 1, HEARTH_HABIT_HALF_LIFE_DAYS), 1 - m, 1e-12);
  g_assert_cmpfloat (hearth_habit_strength (days, NULL, 0, HEARTH_HABIT_HALF_LIFE_DAYS), ==, 0);

  for (guint i = 0; i < 13; i++)
    days[i] = 1;
  g_assert_cmpfloat_with_epsilon (hearth_habit_strength (days, NULL, 13, HEARTH_HABIT_HALF_LIFE_DAYS), 0.5, 1e-12);

  /* Done 13 days, then 13 missed: back to a half of that. */
  for (guint i = 13; i < 26; i++)
    days[i] = 0;
  g_assert_cmpfloat_with_epsilon (hearth_habit_strength (days, NULL, 26, HEARTH_HABIT_HALF_LIFE_DAYS), 0.25, 1e-12);
  /* …unless those 13 days were skipped. */
  for (guint i = 13; i < 26; i++)
    skipped[i] = TRUE;
  g_assert_cmpfloat_with_epsilon (hearth_habit_strength (days, skipped, 26, HEARTH_HABIT_HALF_LIFE_DAYS), 0.5, 1e-12);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    days[i] = 1;
  s = hearth_habit_strength (days, NULL, G_N_ELEMENTS (days), HEARTH_HABIT_HALF_LIFE_DAYS);
  g_assert_cmpfloat (s, >, 0.999);
  g_assert_cmpfloat (s, <=, 1);

  /* 3 750 of 7 500 steps: half a day; 15 000: one day, not two; a
   * negative or NaN share is nothing done. */
  days[0] = 0.5;
  g_assert_cmpfloat_with_epsilon (hearth_habit_strength (days, NULL, 1, HEARTH_HABIT_HALF_LIFE_DAYS), 0.5 * (1 - m), 1e-12);
  days[0] = 2;
  g_assert_cmpfloat_with_epsilon (hearth_habit_strength (days, NULL, 1, HEARTH_HABIT_HALF_LIFE_DAYS), 1 - m, 1e-12);
  days[0] = -1;
  g_assert_cmpfloat (hearth_habit_strength (days, NULL, 1, HEARTH_HABIT_HALF_LIFE_DAYS), ==, 0);
  days[0] = NAN;
  g_assert_cmpfloat (hearth_habit_strength (days, NULL, 1, HEARTH_HABIT_HALF_LIFE_DAYS), ==, 0);
}

/* The logging streak's days from the store: a reading, a meal, a workout
 * and a dose taken each make their local day; a dose skipped, a deleted
 * meal and another member's reading do not. The dose was taken at 00:30
 * on 1 April 2024 in +02:00 (22:30 UTC on 31 March): its day is 1 April. */
static void
test_store_logging_days (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(GDateTime) morning = utc (2024, 3, 29, 9, 0);
  g_autoptr(GDateTime) bobs = utc (2024, 3, 27, 9, 0);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *w1 = add_weight (f, hearth_profile_get_uuid (ann), morning, 60, NAN);
  g_autofree char *w2 = add_weight (f, hearth_profile_get_uuid (bob), bobs, 80, NAN);
  g_autofree char *sql = NULL;
  gint64 id = query_int (f, "SELECT id FROM profiles WHERE name = 'Ann'");
  gint64 dose_at = (gint64) 1711924200 * G_USEC_PER_SEC;   /* 2024-03-31 22:30 UTC */
  HearthStreak streak;

  sql = g_strdup_printf (
    "INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, created_at, updated_at) "
    "VALUES ('m1', %" G_GINT64_FORMAT ", 'lunch', 0, 0, %" G_GINT64_FORMAT ", 1, 1);"
    "INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, created_at, updated_at, deleted_at) "
    "VALUES ('m2', %" G_GINT64_FORMAT ", 'lunch', 0, 0, %" G_GINT64_FORMAT ", 1, 1, 2);"
    "INSERT INTO workouts (uuid, profile_id, activity, started_at, utc_offset, local_day, duration_s, created_at, updated_at) "
    "VALUES ('w1', %" G_GINT64_FORMAT ", 'yoga', 0, 0, %" G_GINT64_FORMAT ", 600, 1, 1);"
    "INSERT INTO medications (uuid, profile_id, name, schedule, start_day, created_at, updated_at) "
    "VALUES ('med', %" G_GINT64_FORMAT ", 'Aspirin', 'as-needed', 0, 1, 1);"
    "INSERT INTO doses (uuid, medication_id, status, taken_at, utc_offset, created_at, updated_at) "
    "VALUES ('d1', 1, 'taken', %" G_GINT64_FORMAT ", 7200, 1, 1),"
    "       ('d2', 1, 'skipped', %" G_GINT64_FORMAT ", 7200, 1, 1);",
    id, day_of (2024, 3, 30), id, day_of (2024, 3, 20), id, day_of (2024, 3, 31), id,
    dose_at, dose_at + (gint64) 3 * 86400 * G_USEC_PER_SEC);
  exec_sql (f, sql);

  days = hearth_store_list_logging_days (f->store, hearth_profile_get_uuid (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 4);
  for (guint i = 0; i < days->len; i++)
    g_assert_cmpint (g_array_index (days, gint64, i), ==, day_of (2024, 3, 29) + i);

  hearth_streak_compute ((const gint64 *) (gpointer) days->data, days->len, NULL, 0,
                         day_of (2024, 4, 2), &streak);
  g_assert_cmpuint (streak.current, ==, 4);
  g_assert_cmpuint (streak.best, ==, 4);

  g_clear_pointer (&days, g_array_unref);
  days = hearth_store_list_logging_days (f->store, "no-such-member", &error);
  g_assert_null (days);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/streak/empty", test_streak_empty);
  g_test_add_func ("/hearth/streak/current", test_streak_current);
  g_test_add_func ("/hearth/streak/skips", test_streak_skips);
  g_test_add_func ("/hearth/streak/backdated", test_streak_backdated);
  g_test_add_func ("/hearth/streak/future", test_streak_future);
  g_test_add_func ("/hearth/habit/strength", test_habit_strength);
  g_test_add ("/hearth/streak/store-days", Fixture, NULL, fixture_setup, test_store_logging_days, fixture_teardown);

  return g_test_run ();
}
