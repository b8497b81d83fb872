/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-streak"

#include "config.h"

#include <math.h>

#include "hearth-streak.h"

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

  return g_test_run ();
}
