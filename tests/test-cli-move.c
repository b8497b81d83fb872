/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-move"

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "test-cli-common.h"
#include "hearth-activity.h"

/* hearth-cli log workout and med add|list|stop|take|skip. "Now" is
 * 2026-03-30 12:00 +02:00, the day after summer time started. */

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

/* One JSON object (parse_json() is for the arrays of "list"). */
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

static void
test_cli_workout_log (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  add_family (f);
  /* No weight yet: no energy, said so. */
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "walking-brisk", "--minutes", "30",
          "--at", "2026-03-30 07:00");
  g_assert_nonnull (strstr (f->out, "Walking, brisk (3.5 mph), 30 min, logged for “Ann” at 2026-03-30 07:00"));
  g_assert_nonnull (strstr (f->out, "moderate (4.3 MET, Compendium 17200)"));
  g_assert_nonnull (strstr (f->out, "energy: unknown"));
  g_assert_nonnull (strstr (f->out, "this week: 30 of 150 active minutes"));

  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-29 07:00");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "running-6mph", "--minutes", "20",
          "--at", "2026-03-29T18:00", "--distance-km", "3.2", "--effort", "7", "--steps", "3500",
          "--note", "park", "--json");
  node = parse_object (f->out);
  object = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (object, "activity"), ==, "running-6mph");
  g_assert_cmpstr (json_object_get_string_member (object, "compendium_code"), ==, "12050");
  g_assert_cmpstr (json_object_get_string_member (object, "intensity"), ==, "vigorous");
  g_assert_cmpstr (json_object_get_string_member (object, "started_at"), ==, "2026-03-29T18:00:00+02:00");
  g_assert_cmpint (json_object_get_int_member (object, "minutes"), ==, 20);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "distance_km"), 3.2, 1e-9);
  g_assert_cmpint (json_object_get_int_member (object, "steps"), ==, 3500);
  g_assert_cmpint (json_object_get_int_member (object, "effort"), ==, 7);
  g_assert_cmpstr (json_object_get_string_member (object, "note"), ==, "park");
  /* 9.8 MET × 70 kg × 1/3 h = 228.7 */
  g_assert_cmpfloat (json_object_get_double_member (object, "kcal"), ==, 229);
  /* Sunday the 29th is in the week of Monday the 23rd, without Monday the 30th's walk. */
  g_assert_cmpint (json_object_get_int_member (object, "week_active_minutes"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (object, "week_target_minutes"), ==, 150);
  /* The week day by day, Monday first: the run on Sunday, 20 vigorous minutes. */
  {
    JsonArray *days = json_object_get_array_member (object, "week_days");
    JsonObject *sunday;

    g_assert_cmpuint (json_array_get_length (days), ==, 7);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (days, 0), "date"), ==,
                     "2026-03-23");
    sunday = json_array_get_object_element (days, 6);
    g_assert_cmpstr (json_object_get_string_member (sunday, "date"), ==, "2026-03-29");
    g_assert_cmpint (json_object_get_int_member (sunday, "moderate_minutes"), ==, 0);
    g_assert_cmpint (json_object_get_int_member (sunday, "vigorous_minutes"), ==, 20);
  }
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM workouts WHERE deleted_at IS NULL"), ==, 2);
}

static void
test_cli_workout_bad (Fixture       *f,
                      gconstpointer  data)
{
  add_family (f);

  run_fails (f, 2, "did you mean walking-brisk",
             "log", "workout", "--profile", "Ann", "--activity", "walking-brsk", "--minutes", "30");
  run_fails (f, 2, "did you mean running-",
             "log", "workout", "--profile", "Ann", "--activity", "running", "--minutes", "30");
  run_fails (f, 2, "hearth-cli log workout --help",
             "log", "workout", "--profile", "Ann", "--activity", "xylophone-quartet", "--minutes", "30");
  /* A 30-hour workout and a negative one are refused at --minutes. */
  run_fails (f, 2, "--minutes", "log", "workout", "--profile", "Ann", "--activity", "yoga", "--minutes", "1800");
  run_fails (f, 2, "--minutes", "log", "workout", "--profile", "Ann", "--activity", "yoga", "--minutes", "-20");
  run_fails (f, 2, "--effort", "log", "workout", "--profile", "Ann", "--activity", "yoga", "--minutes", "20",
             "--effort", "11");
  run_fails (f, 2, "--distance-km", "log", "workout", "--profile", "Ann", "--activity", "yoga",
             "--minutes", "20", "--distance-km", "-3");
  run_fails (f, 2, "--activity", "log", "workout", "--profile", "Ann", "--minutes", "20");
  run_fails (f, 2, "does not exist", "log", "workout", "--profile", "Ann", "--activity", "yoga",
             "--minutes", "20", "--at", "2026-03-29 02:30");
  run_fails (f, 1, "future", "log", "workout", "--profile", "Ann", "--activity", "yoga",
             "--minutes", "20", "--at", "2026-03-30 14:00");
  run_fails (f, 1, "Zoe", "log", "workout", "--profile", "Zoe", "--activity", "yoga", "--minutes", "20");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM workouts"), ==, 0);
}

/* The help names every built-in activity (its list is written out there). */
static void
test_cli_workout_help (Fixture       *f,
                       gconstpointer  data)
{
  const HearthActivity *all;
  guint n = 0;

  run_ok (f, "log", "workout", "--help");
  all = hearth_activity_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *comma = g_strconcat (" ", all[i].id, ",", NULL);
      g_autofree char *stop = g_strconcat (" ", all[i].id, ".", NULL);
      g_autofree char *line = g_strconcat ("\n", all[i].id, NULL);

      if (strstr (f->out, comma) == NULL && strstr (f->out, stop) == NULL && strstr (f->out, line) == NULL)
        g_error ("%s is not in the help:\n%s", all[i].id, f->out);
    }
}

static JsonObject *
medication_at (JsonNode *node,
               guint     index)
{
  JsonArray *list = json_object_get_array_member (json_node_get_object (node), "medications");

  return json_array_get_object_element (list, index);
}

static void
test_cli_med_flow (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) skipped = NULL;
  JsonObject *week;

  add_family (f);
  run_ok (f, "med", "add", "--profile", "Ann", "--name", "Metformin", "--strength", "500 mg",
          "--form", "tablet", "--times", "20:00,08:00", "--start", "2026-03-24", "--instructions", "with food");
  g_assert_nonnull (strstr (f->out, "Metformin (08:00,20:00 every day) added for “Ann”"));
  run_fails (f, 1, "already", "med", "add", "--profile", "Ann", "--name", "metformin", "--times", "09:00");

  run_ok (f, "med", "take", "--profile", "Ann", "--med", "METFORMIN", "--at", "2026-03-30 08:10");
  g_assert_nonnull (strstr (f->out, "Metformin taken by “Ann” at 2026-03-30 08:10 (the dose of 2026-03-30 08:00)."));
  run_ok (f, "med", "skip", "--profile", "Ann", "--med", "Metformin", "--at", "2026-03-29 20:05",
          "--reason", "nausea", "--json");
  skipped = parse_object (f->out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (skipped), "status"), ==, "skipped");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (skipped), "scheduled_at"), ==,
                   "2026-03-29T20:00:00+02:00");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (skipped), "reason"), ==, "nausea");
  /* 02:30 did not exist on the 29th: refused at --at, nothing stored. */
  run_fails (f, 2, "does not exist", "med", "take", "--profile", "Ann", "--med", "Metformin",
             "--at", "2026-03-29 02:30");

  /* 24th–29th: 12 doses, and this morning's (tonight's is still to come). */
  run_ok (f, "med", "list", "--profile", "Ann", "--json");
  node = parse_object (f->out);
  g_assert_cmpstr (json_object_get_string_member (medication_at (node, 0), "times"), ==, "08:00,20:00");
  g_assert_cmpstr (json_object_get_string_member (medication_at (node, 0), "start"), ==, "2026-03-24");
  g_assert_true (json_object_get_null_member (medication_at (node, 0), "end"));
  week = json_object_get_object_member (json_node_get_object (node), "adherence_7_days");
  g_assert_cmpint (json_object_get_int_member (week, "scheduled"), ==, 13);
  g_assert_cmpint (json_object_get_int_member (week, "taken"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (week, "skipped"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (week, "missed"), ==, 11);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (week, "ratio"), 1.0 / 13, 1e-9);

  run_ok (f, "med", "list", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "Metformin\t500 mg\ttablet\t08:00,20:00 every day\t2026-03-24\t-\twith food\n"));
  g_assert_nonnull (strstr (f->out, "adherence, 7 days: 1 of 13 doses on time (8 %)"));

  run_fails (f, 1, "stop before it started", "med", "stop", "--profile", "Ann", "--med", "Metformin",
             "--date", "2026-03-01");
  run_ok (f, "med", "stop", "--profile", "Ann", "--med", "Metformin");
  g_clear_pointer (&node, json_node_unref);
  run_ok (f, "med", "list", "--profile", "Ann", "--json");
  node = parse_object (f->out);
  g_assert_cmpstr (json_object_get_string_member (medication_at (node, 0), "end"), ==, "2026-03-30");
}

static void
test_cli_med_bad (Fixture       *f,
                  gconstpointer  data)
{
  add_family (f);
  run_fails (f, 2, "--as-needed", "med", "add", "--profile", "Ann", "--name", "X");
  run_fails (f, 2, "--as-needed", "med", "add", "--profile", "Ann", "--name", "X", "--as-needed", "--times", "08:00");
  run_fails (f, 1, "08:00,20:00", "med", "add", "--profile", "Ann", "--name", "X", "--times", "25:00");
  run_fails (f, 2, "mon,wed,fri", "med", "add", "--profile", "Ann", "--name", "X", "--times", "08:00",
             "--days", "mon,funday");
  run_fails (f, 1, "before the start", "med", "add", "--profile", "Ann", "--name", "X", "--times", "08:00",
             "--start", "2026-03-10", "--end", "2026-03-01");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM medications"), ==, 0);

  run_ok (f, "med", "add", "--profile", "Ann", "--name", "Weekly", "--times", "08:00", "--days", "mon",
          "--start", "2026-03-01");
  run_ok (f, "med", "add", "--profile", "Ann", "--name", "Every", "--times", "09:00", "--every", "2",
          "--start", "2026-03-01");
  g_assert_nonnull (strstr (f->out, "Every (09:00 every 2 days) added"));
  run_fails (f, 2, "--every", "med", "add", "--profile", "Ann", "--name", "Y", "--times", "09:00",
             "--every", "0");
  run_fails (f, 2, "--as-needed", "med", "add", "--profile", "Ann", "--name", "Y", "--times", "09:00",
             "--every", "2", "--days", "mon");
  run_fails (f, 1, "Aspirin", "med", "take", "--profile", "Ann", "--med", "Aspirin");
  run_fails (f, 1, "still to come", "med", "take", "--profile", "Ann", "--med", "Weekly",
             "--at", "2026-03-30 14:00");
  run_fails (f, 1, "No dose of Weekly", "med", "skip", "--profile", "Ann", "--med", "Weekly",
             "--at", "2026-03-26 09:00");
  /* Bob has no medications. */
  run_fails (f, 1, "Weekly", "med", "take", "--profile", "Bob", "--med", "Weekly");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM doses"), ==, 0);
}

static void
test_cli_med_as_needed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;

  add_family (f);
  run_ok (f, "med", "add", "--profile", "Bob", "--name", "Ibuprofen", "--strength", "200 mg", "--as-needed");
  g_assert_nonnull (strstr (f->out, "Ibuprofen (as needed) added for “Bob”"));
  run_ok (f, "med", "take", "--profile", "Bob", "--med", "Ibuprofen");
  g_assert_nonnull (strstr (f->out, "Ibuprofen taken by “Bob” at 2026-03-30 12:00."));
  run_fails (f, 1, "No dose", "med", "skip", "--profile", "Bob", "--med", "Ibuprofen");
  run_ok (f, "med", "list", "--profile", "Bob", "--json");
  node = parse_object (f->out);
  g_assert_cmpstr (json_object_get_string_member (medication_at (node, 0), "schedule"), ==, "as-needed");
  /* Nothing scheduled: no adherence figure. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (json_node_get_object (node),
                                                                              "adherence_7_days"),
                                               "scheduled"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM doses WHERE scheduled_day IS NULL"), ==, 1);
}

/* A workout's energy in the energy unit asked for (--energy-unit, or
 * HEARTH_ENERGY_UNIT); a unit it does not know changes nothing. 9.8 MET ×
 * 70 kg × 1/3 h = 228.7 kcal = 956.7 kJ. */
static void
test_cli_workout_energy_unit (Fixture       *f,
                              gconstpointer  data)
{
  add_family (f);
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-29 07:00");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "running-6mph", "--minutes", "20",
          "--at", "2026-03-29 18:00", "--energy-unit", "kJ");
  g_assert_nonnull (strstr (f->out, "\nenergy: 957 kJ\n"));
  f->envp = g_environ_setenv (f->envp, "HEARTH_ENERGY_UNIT", "kJ", TRUE);
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "running-6mph", "--minutes", "20",
          "--at", "2026-03-29 19:00");
  g_assert_nonnull (strstr (f->out, "\nenergy: 957 kJ\n"));
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "running-6mph", "--minutes", "20",
          "--at", "2026-03-29 20:00", "--energy-unit", "kcal");
  g_assert_nonnull (strstr (f->out, "\nenergy: 229 kcal\n"));
  run_fails (f, 2, "--energy-unit expects kcal or kJ", "log", "workout", "--profile", "Ann",
             "--activity", "yoga", "--minutes", "20", "--energy-unit", "J");
}

/* Days of the week are shown as people read them, not as the option's
 * identifiers; JSON keeps the identifiers. */
static void
test_cli_med_list_days (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) node = NULL;
  JsonArray *days;

  add_family (f);
  run_ok (f, "med", "add", "--profile", "Ann", "--name", "Methotrexate", "--times", "08:00",
          "--days", "fri,mon,wed", "--start", "2026-03-24");
  g_assert_nonnull (strstr (f->out, "Methotrexate (08:00 Mon, Wed, Fri) added for “Ann”"));
  run_ok (f, "med", "list", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "Methotrexate\t-\t-\t08:00 Mon, Wed, Fri\t2026-03-24\t"));
  run_ok (f, "med", "list", "--profile", "Ann", "--json");
  node = parse_object (f->out);
  days = json_object_get_array_member (medication_at (node, 0), "days");
  g_assert_cmpuint (json_array_get_length (days), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (days, 0), ==, "mon");
  g_assert_cmpstr (json_array_get_string_element (days, 2), ==, "fri");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("workout/log", test_cli_workout_log);
  ADD ("workout/bad-input", test_cli_workout_bad);
  ADD ("workout/help", test_cli_workout_help);
  ADD ("med/flow", test_cli_med_flow);
  ADD ("med/bad-input", test_cli_med_bad);
  ADD ("med/as-needed", test_cli_med_as_needed);
  ADD ("med/list-days", test_cli_med_list_days);
  ADD ("workout/energy-unit", test_cli_workout_energy_unit);
#undef ADD

  return g_test_run ();
}
