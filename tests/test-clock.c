/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-clock"

#include "config.h"

#include "hearth-clock.h"

static GTimeZone *
get_zone (const char *identifier)
{
  GTimeZone *tz = g_time_zone_new_identifier (identifier);

  if (tz == NULL)
    g_error ("time zone %s is not installed (tzdata)", identifier);

  return tz;
}

static void
test_clock_fixed (void)
{
  g_autoptr(GTimeZone) taipei = get_zone ("Asia/Taipei");
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) again = NULL;
  g_autoptr(HearthClock) clock = NULL;

  start = g_date_time_new (taipei, 2024, 3, 10, 23, 30, 0);
  clock = hearth_clock_new_fixed (start);
  g_assert_true (HEARTH_IS_CLOCK (clock));

  now = hearth_clock_now (clock);
  g_assert_true (g_date_time_equal (now, start));
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, 8 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_day_of_month (now), ==, 10);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 23);
  g_assert_cmpstr (g_time_zone_get_identifier (hearth_clock_get_timezone (clock)), ==,
                   "Asia/Taipei");

  /* It stands still. */
  again = hearth_clock_now (clock);
  g_assert_true (g_date_time_equal (again, now));
}

static void
test_clock_advance (void)
{
  g_autoptr(GTimeZone) taipei = get_zone ("Asia/Taipei");
  g_autoptr(GDateTime) start = g_date_time_new (taipei, 2024, 3, 10, 23, 30, 0);
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (start);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) back = NULL;
  g_autoptr(GDateTime) held = hearth_clock_now (clock);

  hearth_clock_advance (clock, 45 * G_TIME_SPAN_MINUTE);
  now = hearth_clock_now (clock);
  g_assert_cmpint (g_date_time_difference (now, start), ==, 45 * G_TIME_SPAN_MINUTE);
  /* Crossed midnight in the clock's zone, still in Taipei time. */
  g_assert_cmpint (g_date_time_get_day_of_month (now), ==, 11);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (now), ==, 15);
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, 8 * G_TIME_SPAN_HOUR);

  /* What was handed out before is not changed by moving the clock. */
  g_assert_true (g_date_time_equal (held, start));

  hearth_clock_advance (clock, -2 * G_TIME_SPAN_DAY);
  back = hearth_clock_now (clock);
  g_assert_cmpint (g_date_time_difference (back, start), ==,
                   45 * G_TIME_SPAN_MINUTE - 2 * G_TIME_SPAN_DAY);
}

/* Advancing moves the instant; the local time follows the zone's rules. */
static void
test_clock_advance_dst (void)
{
  g_autoptr(GTimeZone) la = get_zone ("America/Los_Angeles");
  g_autoptr(GDateTime) start = g_date_time_new (la, 2024, 3, 10, 1, 30, 0);
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (start);
  g_autoptr(GDateTime) now = NULL;

  g_assert_cmpint (g_date_time_get_utc_offset (start), ==, -8 * G_TIME_SPAN_HOUR);
  hearth_clock_advance (clock, G_TIME_SPAN_HOUR);
  now = hearth_clock_now (clock);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 3);
  g_assert_cmpint (g_date_time_get_minute (now), ==, 30);
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, -7 * G_TIME_SPAN_HOUR);
}

static void
test_clock_set_fixed (void)
{
  g_autoptr(GTimeZone) taipei = get_zone ("Asia/Taipei");
  g_autoptr(GTimeZone) la = get_zone ("America/Los_Angeles");
  g_autoptr(GDateTime) start = g_date_time_new (taipei, 2024, 3, 10, 8, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new (la, 2024, 7, 1, 6, 0, 0);
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (start);
  g_autoptr(GDateTime) now = NULL;

  hearth_clock_set_fixed (clock, later);
  now = hearth_clock_now (clock);
  g_assert_true (g_date_time_equal (now, later));
  /* The new instant's zone becomes the clock's: a test can travel. */
  g_assert_cmpstr (g_time_zone_get_identifier (hearth_clock_get_timezone (clock)), ==,
                   "America/Los_Angeles");
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, -7 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 6);
}

static void
test_clock_system (void)
{
  g_autoptr(HearthClock) clock = hearth_clock_new_system ();
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) now = hearth_clock_now (clock);
  g_autoptr(GDateTime) after = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  g_assert_nonnull (now);
  g_assert_cmpint (g_date_time_compare (before, now), <=, 0);
  g_assert_cmpint (g_date_time_compare (now, after), <=, 0);
  g_assert_nonnull (hearth_clock_get_timezone (clock));
  g_assert_cmpstr (g_time_zone_get_identifier (hearth_clock_get_timezone (clock)), ==,
                   g_time_zone_get_identifier (local));
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==,
                   g_time_zone_get_offset (local,
                                           g_time_zone_find_interval (local, G_TIME_TYPE_UNIVERSAL,
                                                                      g_date_time_to_unix (now))) *
                   G_TIME_SPAN_SECOND);
}

static void
test_clock_system_is_not_movable (void)
{
  g_autoptr(HearthClock) clock = hearth_clock_new_system ();
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) now = NULL;

  g_test_expect_message ("hearth-clock", G_LOG_LEVEL_CRITICAL, "*self->fixed != NULL*");
  hearth_clock_set_fixed (clock, dt);
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-clock", G_LOG_LEVEL_CRITICAL, "*self->fixed != NULL*");
  hearth_clock_advance (clock, G_TIME_SPAN_DAY);
  g_test_assert_expected_messages ();

  /* Still the wall clock, not 2020. */
  now = hearth_clock_now (clock);
  g_assert_cmpint (g_date_time_get_year (now), >, 2020);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/clock/fixed", test_clock_fixed);
  g_test_add_func ("/hearth/clock/advance", test_clock_advance);
  g_test_add_func ("/hearth/clock/advance-dst", test_clock_advance_dst);
  g_test_add_func ("/hearth/clock/set-fixed", test_clock_set_fixed);
  g_test_add_func ("/hearth/clock/system", test_clock_system);
  g_test_add_func ("/hearth/clock/system-is-not-movable", test_clock_system_is_not_movable);

  return g_test_run ();
}
