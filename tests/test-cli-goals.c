/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-goals"

#include "config.h"

#include <math.h>
#include <string.h>

#include <sqlite3.h>

#include "test-cli-common.h"

/* hearth-cli goal add|list|remove, skip and streaks. "Now" is 2026-03-30
 * 12:00 +02:00 in CET, the day after summer time started (29 March). */

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static JsonNode *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_copy (json_parser_get_root (parser));
}

/* s = s·m + c·(1 − m) day by day, m = 0.5^(1/13); NAN is a skip day. */
static double
strength_of (const double *c,
             guint         n)
{
  double m = pow (0.5, 1.0 / 13);
  double s = 0;

  for (guint i = 0; i < n; i++)
    if (!isnan (c[i]))
      s = s * m + c[i] * (1 - m);
  return s;
}

static char *
format4 (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", value));
}

static void
log_bp (Fixture    *f,
        const char *at)
{
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "122", "--diastolic", "78", "--at", at);
}

/* The logging streak in local days: New York evenings (the next day in
 * UTC), 00:30 on the day summer time starts (the day before in UTC), a
 * skip day, a day logged late; then the exact JSON. */
static void
test_cli_streaks (Fixture       *f,
                  gconstpointer  data)
{
  const double before[] = { 1, 1, NAN, 1, 1, 1, 0, 1 };
  const double after[] = { 1, 1, NAN, 1, 1, 1, 1, 1 };
  const double steps[] = { 1, 0.5, 1 };
  g_autofree char *expected = NULL;
  g_autofree char *strength = NULL;
  g_autofree char *habit_strength = NULL;
  g_autofree char *goal_id = NULL;

  add_family (f);
  log_bp (f, "2026-03-22 09:00");
  log_bp (f, "2026-03-23 09:00");
  log_bp (f, "2026-03-25 09:00");
  log_bp (f, "2026-03-26T21:30:00-05:00");
  log_bp (f, "2026-03-27T20:00:00-05:00");
  log_bp (f, "2026-03-29 00:30");
  run_ok (f, "skip", "--profile", "Ann", "--day", "2026-03-24", "--reason", "ill");
  g_assert_nonnull (strstr (f->out, "2026-03-24 is a skip day"));

  run_ok (f, "streaks", "--profile", "Ann", "--json");
  strength = format4 (round (strength_of (before, G_N_ELEMENTS (before)) * 10000) / 10000);
  expected = g_strdup_printf ("{\n  \"logging\": {\"current\": 1, \"best\": 5, \"strength\": %s},\n"
                              "  \"habits\": []\n}\n", strength);
  g_assert_cmpstr (f->out, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&strength, g_free);

  /* 28 March, logged late at 23:30 (+01:00), mends the run. */
  log_bp (f, "2026-03-28 23:30");
  run_ok (f, "streaks", "--profile", "Ann", "--json");
  strength = format4 (round (strength_of (after, G_N_ELEMENTS (after)) * 10000) / 10000);
  expected = g_strdup_printf ("{\n  \"logging\": {\"current\": 7, \"best\": 7, \"strength\": %s},\n"
                              "  \"habits\": []\n}\n", strength);
  g_assert_cmpstr (f->out, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&strength, g_free);

  /* --today: as it stood on 27 March (that day logged: counted). */
  run_ok (f, "streaks", "--profile", "Ann", "--today", "2026-03-27", "--json");
  strength = format4 (round (strength_of (after, 6) * 10000) / 10000);
  expected = g_strdup_printf ("{\n  \"logging\": {\"current\": 5, \"best\": 5, \"strength\": %s},\n"
                              "  \"habits\": []\n}\n", strength);
  g_assert_cmpstr (f->out, ==, expected);
  g_clear_pointer (&expected, g_free);

  /* A steps habit from 27 March: 8 000, 4 000, 10 000; nothing yet today. */
  run_ok (f, "goal", "add", "--profile", "Ann", "--metric", "steps", "--target", "8000",
          "--start", "2026-03-27", "--json");
  {
    g_autoptr(JsonNode) node = parse_object (f->out);

    goal_id = g_strdup (json_object_get_string_member (json_node_get_object (node), "id"));
  }
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "8000", "--date", "2026-03-27");
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "4000", "--date", "2026-03-28");
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "10000", "--date", "2026-03-29");
  run_ok (f, "streaks", "--profile", "Ann", "--json");
  g_clear_pointer (&strength, g_free);
  strength = format4 (round (strength_of (after, G_N_ELEMENTS (after)) * 10000) / 10000);
  habit_strength = format4 (round (strength_of (steps, G_N_ELEMENTS (steps)) * 10000) / 10000);
  expected = g_strdup_printf ("{\n  \"logging\": {\"current\": 7, \"best\": 7, \"strength\": %s},\n"
                              "  \"habits\": [\n"
                              "    {\"goal\": \"%s\", \"current\": 1, \"best\": 1, \"strength\": %s}\n"
                              "  ]\n}\n", strength, goal_id, habit_strength);
  g_assert_cmpstr (f->out, ==, expected);
  g_assert_cmpstr (habit_strength, ==, "0.1232");   /* by hand: 0.0519, 0.0752, 0.1232 */

  /* People's output: the same numbers in words. */
  run_ok (f, "streaks", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "Logging: 7 days (best 7)"));
  g_assert_nonnull (strstr (f->out, "8000 steps a day: 1 day (best 1), strength 12 %"));

  /* Taking the skip back: 24 March breaks the run. */
  run_ok (f, "skip", "--profile", "Ann", "--day", "2026-03-24", "--undo");
  run_ok (f, "streaks", "--profile", "Ann", "--json");
  g_assert_nonnull (strstr (f->out, "\"logging\": {\"current\": 5, \"best\": 5,"));
  run_fails (f, 1, "not marked", "skip", "--profile", "Ann", "--day", "2026-03-24", "--undo");
  run_fails (f, 2, "--day", "skip", "--profile", "Ann", "--day", "24 March");
  run_fails (f, 2, "--undo", "skip", "--profile", "Ann", "--day", "2026-03-24", "--undo", "--reason", "x");
  run_fails (f, 1, "Nobody", "streaks", "--profile", "Nobody");
}

/* A weight target: stored with the latest weight as baseline, weekly
 * milestones, status and pace; too fast is warned of; no target: the
 * proposal, naming its source; bad input changes nothing. */
static void
test_cli_goal_target (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *goal;
  JsonArray *milestones;
  JsonArray *list;
  g_autofree char *id = NULL;

  add_family (f);
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "80", "--at", "2026-03-15 08:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "79.4", "--at", "2026-03-23 08:00");
  /* Started on the 16th: the baseline is the weight as of then, 80. */
  run_ok (f, "goal", "add", "--profile", "Ann", "--metric", "weight", "--target", "74",
          "--start", "2026-03-16", "--by", "2026-05-11", "--json");
  node = parse_object (f->out);
  goal = json_node_get_object (node);
  id = g_strdup (json_object_get_string_member (goal, "id"));
  g_assert_cmpstr (json_object_get_string_member (goal, "kind"), ==, "target");
  g_assert_cmpstr (json_object_get_string_member (goal, "comparison"), ==, "at-most");
  g_assert_cmpfloat (json_object_get_double_member (goal, "baseline"), ==, 80);
  g_assert_cmpstr (json_object_get_string_member (goal, "start"), ==, "2026-03-16");
  g_assert_cmpstr (json_object_get_string_member (goal, "due"), ==, "2026-05-11");
  g_assert_false (json_object_get_boolean_member (goal, "too_fast"));
  g_clear_pointer (&node, json_node_unref);

  run_ok (f, "goal", "list", "--profile", "Ann", "--today", "2026-03-24", "--json");
  g_assert_true (json_parser_load_from_data (parser, f->out, -1, &error));
  list = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  goal = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (goal, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (goal, "status"), ==, "on-track");
  g_assert_cmpfloat (json_object_get_double_member (goal, "value"), ==, 79.4);
  g_assert_cmpstr (json_object_get_string_member (goal, "value_day"), ==, "2026-03-23");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (goal, "plan_pace_per_week"), -0.75, 1e-9);
  /* 5.4 kg in the 48 days left. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (goal, "pace_needed_per_week"),
                                  round (-5.4 / 48 * 7 * 1000) / 1000, 1e-9);
  milestones = json_object_get_array_member (goal, "milestones");
  g_assert_cmpuint (json_array_get_length (milestones), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (milestones, 0), "day"), ==,
                   "2026-03-23");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (milestones, 0), "value"), ==,
                     79.25);
  g_assert_cmpint (json_object_get_int_member (goal, "next_milestone"), ==, 1);
  g_assert_true (json_object_get_null_member (goal, "suggestion"));

  run_ok (f, "goal", "list", "--profile", "Ann", "--today", "2026-03-24");
  g_assert_nonnull (strstr (f->out, "Weight 74.0 kg by 2026-05-11"));
  g_assert_nonnull (strstr (f->out, "On track: now 79.4 kg"));
  g_assert_nonnull (strstr (f->out, "Next milestone: 78.5 kg by 2026-03-30 (0 of 8 passed)"));

  /* 9.4 kg in 4 weeks: stored, with the warning. */
  g_assert_cmpint (run (f, "goal", "add", "--profile", "Ann", "--metric", "weight", "--target", "70",
                        "--by", "2026-04-27", "--json"), ==, 0);
  node = parse_object (f->out);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (node), "too_fast"));
  g_assert_nonnull (strstr (f->err, "More than 1 kg a week"));
  g_clear_pointer (&node, json_node_unref);

  /* No target: toward a healthy BMI (29.2 now) at 0.5 kg a week, 12 weeks:
   * 79.4 − 6 rounded up to 0.5 (the top of healthy, 67.5, is further). */
  run_ok (f, "goal", "add", "--profile", "Ann", "--metric", "weight", "--json");
  node = parse_object (f->out);
  goal = json_node_get_object (node);
  g_assert_cmpfloat (json_object_get_double_member (goal, "target"), ==, 73.5);
  g_assert_cmpstr (json_object_get_string_member (goal, "due"), ==, "2026-06-22");
  g_assert_nonnull (strstr (json_object_get_string_member (goal, "source"), "WHO"));
  g_assert_nonnull (strstr (json_object_get_string_member (goal, "reason"), "29.2"));
  g_clear_pointer (&node, json_node_unref);
  /* A keep-in-range goal from the guideline. */
  run_ok (f, "goal", "add", "--profile", "Bob", "--metric", "systolic", "--guideline", "esc-2024", "--json");
  node = parse_object (f->out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "kind"), ==, "range");
  g_assert_cmpfloat (json_object_get_double_member (json_node_get_object (node), "target"), ==, 135);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM goals"), ==, 4);

  /* Refused, nothing stored. */
  run_fails (f, 2, "--metric", "goal", "add", "--profile", "Ann", "--metric", "happiness");
  run_fails (f, 1, "between 20 and 300", "goal", "add", "--profile", "Ann", "--metric", "weight",
             "--target", "6.8", "--by", "2026-05-25");
  run_fails (f, 1, "after the goal starts", "goal", "add", "--profile", "Ann", "--metric", "weight",
             "--target", "74", "--by", "2026-03-01");
  run_fails (f, 1, "counts a day at a time", "goal", "add", "--profile", "Ann", "--metric", "steps",
             "--target", "8000", "--cadence", "weekly");
  run_fails (f, 2, "--target", "goal", "add", "--profile", "Ann", "--metric", "steps", "--target", "lots");
  run_fails (f, 2, "--profile", "goal", "list");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM goals"), ==, 4);

  /* Remove: only the member's own goal. */
  run_fails (f, 1, "has no goal", "goal", "remove", "--profile", "Bob", "--id", id);
  run_ok (f, "goal", "remove", "--profile", "Ann", "--id", id);
  g_assert_nonnull (strstr (f->out, "Removed goal"));
  run_fails (f, 1, "was not found", "goal", "remove", "--profile", "Ann", "--id", id);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM goals WHERE deleted_at IS NULL"), ==, 3);
}

/* Three weeks of steps well under the goal: goal list suggests a smaller
 * step, gently. */
static void
test_cli_goal_smaller_step (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *goal;
  JsonObject *suggestion;

  add_family (f);
  run_ok (f, "goal", "add", "--profile", "Ann", "--metric", "steps", "--target", "10000", "--start", "2026-03-01");
  for (int d = 8; d <= 29; d++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02d", d);

      run_ok (f, "log", "steps", "--profile", "Ann", "--count", "4200", "--date", date);
    }
  run_ok (f, "goal", "list", "--profile", "Ann", "--json");
  g_assert_true (json_parser_load_from_data (parser, f->out, -1, &error));
  goal = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  suggestion = json_object_get_object_member (goal, "suggestion");
  g_assert_nonnull (suggestion);
  g_assert_cmpfloat (json_object_get_double_member (suggestion, "target"), ==, 4500);
  g_assert_nonnull (strstr (json_object_get_string_member (suggestion, "text"), "A smaller step might help"));
  run_ok (f, "goal", "list", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "4500 steps a day for now?"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("streaks", test_cli_streaks);
  ADD ("goal-target", test_cli_goal_target);
  ADD ("goal-smaller-step", test_cli_goal_smaller_step);
#undef ADD

  return g_test_run ();
}
