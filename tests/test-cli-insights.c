/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-insights"

#include "config.h"

#include <string.h>

#include "test-cli-common.h"

/* hearth-cli insights and nudges. "Now" is 2026-03-30 12:00 +02:00, the
 * day after summer time started (TZ CET). Ann logs blood pressure at
 * 08:00 every day from 13 to 22 March: 140/90 on 13–15, 130/85 after. */

static void
log_fortnight (Fixture *f)
{
  add_family (f);
  for (int d = 13; d <= 22; d++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-%02d 08:00", d);

      run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", d <= 15 ? "140" : "130",
              "--diastolic", d <= 15 ? "90" : "85", "--at", at);
    }
}

/* The array's items as "id|text|source" lines. */
static char *
items_of (const char *json)
{
  g_autoptr(JsonNode) root = parse_json (json);
  JsonArray *array = json_node_get_array (root);
  g_autoptr(GString) items = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_cmpuint (json_object_get_size (object), ==, 3);
      g_string_append_printf (items, "%s|%s|%s\n", json_object_get_string_member (object, "id"),
                              json_object_get_string_member (object, "text"),
                              json_object_get_string_member (object, "source"));
    }
  return g_string_free (g_steal_pointer (&items), FALSE);
}

/* The 7th day without a reading is Sunday the 29th (summer time began
 * that night): the nudge is Monday's, today's; nothing the day before or
 * after. The 23rd went unlogged after 10 days: encouragement on the 24th. */
static void
test_cli_nudges_json (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *items = NULL;

  log_fortnight (f);
  run_ok (f, "nudges", "--profile", "Ann", "--json");
  items = items_of (f->out);
  g_assert_cmpstr (items, ==, "bp-lapse-7|It has been 7 days since your last blood pressure reading. How about "
                              "one this morning, seated after 5 minutes of rest?|Your blood pressure readings: "
                              "the last on 22 Mar 2026\n");
  run_ok (f, "nudges", "--profile", "Ann", "--today", "2026-03-30", "--json");
  g_clear_pointer (&items, g_free);
  items = items_of (f->out);
  g_assert_nonnull (strstr (items, "bp-lapse-7|"));

  for (int d = 25; d <= 31; d++)
    {
      g_autofree char *day = g_strdup_printf ("2026-03-%02d", d);

      if (d == 30)
        continue;
      run_ok (f, "nudges", "--profile", "Ann", "--today", day, "--json");
      g_clear_pointer (&items, g_free);
      items = items_of (f->out);
      g_assert_cmpstr (items, ==, "");
    }
  run_ok (f, "nudges", "--profile", "Ann", "--today", "2026-03-24", "--json");
  g_clear_pointer (&items, g_free);
  items = items_of (f->out);
  g_assert_cmpstr (items, ==, "missed-day|Yesterday went unlogged after 10 days in a row. That happens to "
                              "everyone: one entry today starts a new run.|Your log (readings, meals, workouts, "
                              "doses taken): 13 Mar – 22 Mar 2026, nothing on 23 Mar 2026\n");

  /* People's output: the text, then its source; nothing: a line saying so. */
  run_ok (f, "nudges", "--profile", "Ann");
  g_assert_cmpstr (f->out, ==, "It has been 7 days since your last blood pressure reading. How about one this "
                               "morning, seated after 5 minutes of rest?\n"
                               "  Source: Your blood pressure readings: the last on 22 Mar 2026\n");
  run_ok (f, "nudges", "--profile", "Ann", "--today", "2026-03-29");
  g_assert_cmpstr (f->out, ==, "No nudge today.\n");
}

/* Quiet hours are checked against the clock's time of day, --today or
 * not: at 23:00 nothing, unless the quiet hours given end before it. */
static void
test_cli_nudges_quiet (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *items = NULL;

  log_fortnight (f);
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "2026-03-30T23:00:00+02:00", TRUE);
  run_ok (f, "nudges", "--profile", "Ann", "--json");
  g_assert_cmpstr (g_strstrip (f->out), ==, "[]");
  run_ok (f, "nudges", "--profile", "Ann", "--today", "2026-03-30", "--json");
  g_assert_cmpstr (g_strstrip (f->out), ==, "[]");
  run_ok (f, "nudges", "--profile", "Ann", "--quiet-hours", "23:30-06:00", "--json");
  items = items_of (f->out);
  g_assert_nonnull (strstr (items, "bp-lapse-7|"));
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "2026-03-30T06:59:00+02:00", TRUE);
  run_ok (f, "nudges", "--profile", "Ann", "--json");
  g_assert_cmpstr (g_strstrip (f->out), ==, "[]");
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "2026-03-30T07:00:00+02:00", TRUE);
  run_ok (f, "nudges", "--profile", "Ann", "--json");
  g_clear_pointer (&items, g_free);
  items = items_of (f->out);
  g_assert_nonnull (strstr (items, "bp-lapse-7|"));
}

/* 16–22 March: seven readings of 130/85; 9–15: three of 140/90. */
static void
test_cli_insights_json (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *items = NULL;

  log_fortnight (f);
  run_ok (f, "insights", "--profile", "Ann", "--today", "2026-03-22", "--json");
  items = items_of (f->out);
  g_assert_cmpstr (items, ==, "bp-week|Average blood pressure 130/85 mmHg over the last 7 days (7 readings) "
                              "against 140/90 mmHg over the 7 days before (3 readings): systolic 10 mmHg lower, "
                              "diastolic 5 mmHg lower.|Your blood pressure readings of 9 Mar – 15 Mar 2026 and "
                              "16 Mar – 22 Mar 2026\n");
  /* The 15th: a milestone of 3 days, no fortnight yet. */
  run_ok (f, "insights", "--profile", "Ann", "--today", "2026-03-15", "--json");
  g_clear_pointer (&items, g_free);
  items = items_of (f->out);
  g_assert_cmpstr (items, ==, "streak|3 days of logging in a row.|Your log (readings, meals, workouts, doses "
                              "taken): 13 Mar – 15 Mar 2026; skip days pause a run\n");
  run_ok (f, "insights", "--profile", "Ann", "--today", "2026-03-22");
  g_assert_cmpstr (f->out, ==, "Average blood pressure 130/85 mmHg over the last 7 days (7 readings) against "
                               "140/90 mmHg over the 7 days before (3 readings): systolic 10 mmHg lower, diastolic "
                               "5 mmHg lower.\n"
                               "  Source: Your blood pressure readings of 9 Mar – 15 Mar 2026 and 16 Mar – 22 Mar "
                               "2026\n");
  /* Bob was added today: his first week's progress; a week later, nothing. */
  run_ok (f, "insights", "--profile", "Bob", "--json");
  g_clear_pointer (&items, g_free);
  items = items_of (f->out);
  g_assert_cmpstr (items, ==, "first-week|0 of 3 first steps done. Next: log a first reading.|Your first week: a "
                              "goal set, a first reading, and a meal, workout or dose logged, counted from your "
                              "journal\n");
  run_ok (f, "insights", "--profile", "Bob", "--today", "2026-04-06", "--json");
  g_assert_cmpstr (g_strstrip (f->out), ==, "[]");
  run_ok (f, "insights", "--profile", "Bob", "--today", "2026-04-06");
  g_assert_cmpstr (f->out, ==, "No insights today.\n");
}

static void
test_cli_insights_bad (Fixture       *f,
                       gconstpointer  data)
{
  add_family (f);
  run_fails (f, 2, "--today", "insights", "--profile", "Ann", "--today", "2026-02-30");
  run_fails (f, 2, "--today", "nudges", "--profile", "Ann", "--today", "tomorrow");
  run_fails (f, 2, "--quiet-hours", "nudges", "--profile", "Ann", "--quiet-hours", "22:00");
  run_fails (f, 2, "--quiet-hours", "nudges", "--profile", "Ann", "--quiet-hours", "24:00-07:00");
  run_fails (f, 2, "--quiet-hours", "insights", "--profile", "Ann", "--quiet-hours", "22:00-07:00");
  run_fails (f, 2, "--profile", "nudges");
  run_fails (f, 1, "Cy", "insights", "--profile", "Cy");
  run_fails (f, 1, "Cy", "nudges", "--profile", "Cy");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("nudges/json", test_cli_nudges_json);
  ADD ("nudges/quiet-hours", test_cli_nudges_quiet);
  ADD ("insights/json", test_cli_insights_json);
  ADD ("insights/bad-input", test_cli_insights_bad);
#undef ADD

  return g_test_run ();
}
