/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-clock"

#include "config.h"

#include "hearth-clock.h"
#include "hearth-local-time.h"
#include "hearth-reading.h"

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

/* Local date and time → instant, summer time included (issue: 02:30 in a
 * spring gap moved silently to 03:00, the repeated autumn hour silently
 * took one offset). */

#define CET_RULE "CET-1CEST,M3.5.0,M10.5.0/3"

static char *
iso (GDateTime *dt)
{
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Resolves and expects @expected (ISO 8601 with offset); @repeated says
 * whether a note comes back. */
static void
assert_resolves (GTimeZone  *tz,
                 int         year,
                 int         month,
                 int         day,
                 int         hour,
                 int         minute,
                 const char *expected,
                 gboolean    repeated)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *note = NULL;
  g_autofree char *text = NULL;

  dt = hearth_local_time_resolve (tz, year, month, day, hour, minute, 0, &note, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dt);
  text = iso (dt);
  if (!g_str_equal (text, expected))
    g_error ("%04d-%02d-%02d %02d:%02d resolved to %s, expected %s",
             year, month, day, hour, minute, text, expected);
  if (repeated)
    g_assert_nonnull (note);
  else
    g_assert_null (note);
}

static void
assert_gap (GTimeZone  *tz,
            int         year,
            int         month,
            int         day,
            int         hour,
            int         minute,
            const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *note = NULL;

  dt = hearth_local_time_resolve (tz, year, month, day, hour, minute, 0, &note, &error);
  g_assert_null (dt);
  g_assert_null (note);
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static void
check_central_europe (GTimeZone *tz)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *note = NULL;

  /* Spring, 29 March 2026: 02:00–02:59 does not exist. */
  assert_resolves (tz, 2026, 3, 29, 1, 59, "2026-03-29T01:59:00+01:00", FALSE);
  assert_gap (tz, 2026, 3, 29, 2, 0,
              "02:00 does not exist on 29 March 2026: clocks moved forward from 02:00 to 03:00.");
  assert_gap (tz, 2026, 3, 29, 2, 30,
              "02:30 does not exist on 29 March 2026: clocks moved forward from 02:00 to 03:00.");
  assert_gap (tz, 2026, 3, 29, 2, 59, NULL);
  assert_resolves (tz, 2026, 3, 29, 3, 0, "2026-03-29T03:00:00+02:00", FALSE);
  assert_resolves (tz, 2026, 3, 28, 2, 30, "2026-03-28T02:30:00+01:00", FALSE);
  assert_resolves (tz, 2026, 3, 30, 2, 30, "2026-03-30T02:30:00+02:00", FALSE);

  /* Autumn, 25 October 2026: 02:00–02:59 happens twice; the first is
   * taken and said so. */
  assert_resolves (tz, 2026, 10, 25, 1, 59, "2026-10-25T01:59:00+02:00", FALSE);
  assert_resolves (tz, 2026, 10, 25, 2, 0, "2026-10-25T02:00:00+02:00", TRUE);
  assert_resolves (tz, 2026, 10, 25, 2, 30, "2026-10-25T02:30:00+02:00", TRUE);
  assert_resolves (tz, 2026, 10, 25, 2, 59, "2026-10-25T02:59:00+02:00", TRUE);
  assert_resolves (tz, 2026, 10, 25, 3, 0, "2026-10-25T03:00:00+01:00", FALSE);

  dt = hearth_local_time_resolve (tz, 2026, 10, 25, 2, 30, 0, &note, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (note, ==,
                   "02:30 happened twice on 25 October 2026: clocks went back from 03:00 to 02:00. "
                   "The first 02:30 (UTC+02:00) was taken; give the offset +01:00 for the second.");
  g_clear_pointer (&dt, g_date_time_unref);
  g_clear_pointer (&note, g_free);

  /* Seconds and their fraction are kept; no note asked for is fine. */
  dt = hearth_local_time_resolve (tz, 2026, 10, 25, 2, 30, 15.25, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_second (dt), ==, 15);
  g_assert_cmpint (g_date_time_get_microsecond (dt), ==, 250000);
  g_assert_cmpint (g_date_time_get_utc_offset (dt), ==, 2 * G_TIME_SPAN_HOUR);
  g_clear_pointer (&dt, g_date_time_unref);

  /* Not a date at all. */
  dt = hearth_local_time_resolve (tz, 2026, 2, 30, 8, 0, 0, &note, &error);
  g_assert_null (dt);
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);
  dt = hearth_local_time_resolve (tz, 2026, 3, 1, 24, 0, 0, &note, &error);
  g_assert_null (dt);
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);
}

/* At the ends of what GDateTime holds, an error, never NULL alone. */
static void
test_local_time_limits (void)
{
  g_autoptr(GTimeZone) new_york = get_zone ("America/New_York");
  g_autoptr(GTimeZone) taipei = get_zone ("Asia/Taipei");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) late = NULL;
  g_autoptr(GDateTime) early = NULL;

  late = hearth_local_time_resolve (new_york, 9999, 12, 31, 23, 30, 0, NULL, &error);
  g_assert_null (late);
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);

  early = hearth_local_time_resolve (taipei, 1, 1, 1, 0, 30, 0, NULL, &error);
  g_assert_null (early);
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
}

/* The calendar's first and last days have a start wherever GDateTime holds
 * the local time (a bound of `--from`/`--to`), although in UTC it is year 0
 * or 10000. */
static void
test_local_time_day_start_limits (void)
{
  g_autoptr(GTimeZone) new_york = get_zone ("America/New_York");
  g_autoptr(GTimeZone) taipei = get_zone ("Asia/Taipei");
  g_autoptr(GTimeZone) west = g_time_zone_new_offset (-12 * 3600);
  g_autoptr(GDateTime) first = hearth_local_time_day_start (taipei, 1, 1, 1);
  g_autoptr(GDateTime) last = hearth_local_time_day_start (new_york, 9999, 12, 31);
  g_autoptr(GDateTime) last_west = hearth_local_time_day_start (west, 9999, 12, 31);
  int year, month, day;

  g_assert_nonnull (first);
  g_date_time_get_ymd (first, &year, &month, &day);
  g_assert_cmpint (year, ==, 1);
  g_assert_cmpint (month, ==, 1);
  g_assert_cmpint (day, ==, 1);
  g_assert_cmpint (g_date_time_get_hour (first), ==, 0);

  g_assert_nonnull (last);
  g_date_time_get_ymd (last, &year, &month, &day);
  g_assert_cmpint (year, ==, 9999);
  g_assert_cmpint (day, ==, 31);
  g_assert_nonnull (last_west);
  g_assert_cmpint (g_date_time_to_unix (last_west), ==, 253402300800 - 24 * 3600 + 12 * 3600);

  g_assert_null (hearth_local_time_day_start (taipei, 10000, 1, 1));
  g_assert_null (hearth_local_time_day_start (taipei, 0, 12, 31));
}

static void
test_local_time_berlin (void)
{
  g_autoptr(GTimeZone) berlin = get_zone ("Europe/Berlin");

  check_central_europe (berlin);
}

static void
test_local_time_posix_rule (void)
{
  g_autoptr(GTimeZone) rule = g_time_zone_new_identifier (CET_RULE);

  g_assert_nonnull (rule);
  check_central_europe (rule);
}

static void
test_local_time_other_zones (void)
{
  g_autoptr(GTimeZone) new_york = get_zone ("America/New_York");
  g_autoptr(GTimeZone) sydney = get_zone ("Australia/Sydney");
  g_autoptr(GTimeZone) taipei = get_zone ("Asia/Taipei");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  assert_gap (new_york, 2026, 3, 8, 2, 30,
              "02:30 does not exist on 8 March 2026: clocks moved forward from 02:00 to 03:00.");
  assert_resolves (new_york, 2026, 11, 1, 1, 30, "2026-11-01T01:30:00-04:00", TRUE);
  assert_resolves (new_york, 2026, 11, 1, 2, 30, "2026-11-01T02:30:00-05:00", FALSE);
  /* Southern hemisphere: back in April, forward in October. */
  assert_resolves (sydney, 2026, 4, 5, 2, 30, "2026-04-05T02:30:00+11:00", TRUE);
  assert_gap (sydney, 2026, 10, 4, 2, 30,
              "02:30 does not exist on 4 October 2026: clocks moved forward from 02:00 to 03:00.");
  /* No summer time. */
  assert_resolves (taipei, 2026, 3, 29, 2, 30, "2026-03-29T02:30:00+08:00", FALSE);
  assert_resolves (utc, 2026, 10, 25, 2, 30, "2026-10-25T02:30:00+00:00", FALSE);
}

/* The first instant of a local day, even when midnight is skipped (a zone
 * that moves forward at 00:00) or happens twice. */
static void
test_local_time_day_start (void)
{
  g_autoptr(GTimeZone) berlin = get_zone ("Europe/Berlin");
  g_autoptr(GTimeZone) midnight = g_time_zone_new_identifier ("XST5XDT,M3.2.0/0,M11.1.0/1");
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autoptr(GDateTime) c = NULL;
  g_autoptr(GDateTime) d = NULL;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;
  g_autofree char *tc = NULL;
  g_autofree char *td = NULL;

  a = hearth_local_time_day_start (berlin, 2026, 3, 29);
  ta = iso (a);
  g_assert_cmpstr (ta, ==, "2026-03-29T00:00:00+01:00");
  b = hearth_local_time_day_start (berlin, 2026, 10, 25);
  tb = iso (b);
  g_assert_cmpstr (tb, ==, "2026-10-25T00:00:00+02:00");

  g_assert_nonnull (midnight);
  /* 00:00 does not exist on 8 March: the day starts at 01:00. */
  c = hearth_local_time_day_start (midnight, 2026, 3, 8);
  tc = iso (c);
  g_assert_cmpstr (tc, ==, "2026-03-08T01:00:00-04:00");
  /* 00:00 happens twice on 1 November: the day starts at the first. */
  d = hearth_local_time_day_start (midnight, 2026, 11, 1);
  td = iso (d);
  g_assert_cmpstr (td, ==, "2026-11-01T00:00:00-04:00");
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
  g_test_add_func ("/hearth/local-time/berlin", test_local_time_berlin);
  g_test_add_func ("/hearth/local-time/posix-rule", test_local_time_posix_rule);
  g_test_add_func ("/hearth/local-time/other-zones", test_local_time_other_zones);
  g_test_add_func ("/hearth/local-time/day-start", test_local_time_day_start);
  g_test_add_func ("/hearth/local-time/limits", test_local_time_limits);
  g_test_add_func ("/hearth/local-time/day-start-limits", test_local_time_day_start_limits);

  return g_test_run ();
}
