/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <fcntl.h>
#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "test-cli-common.h"

/* Help, usage ------------------------------------------------------------- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_assert_cmpint (run (f, "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "profile add --name NAME"));
  g_assert_nonnull (strstr (f->out, "classify bmi --kg N --cm N"));
  g_assert_nonnull (strstr (f->out, "HEARTH_NOW"));
  g_assert_cmpstr (f->err, ==, "");

  g_assert_cmpint (run (f, "log", "bp", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "--systolic N"));
  g_assert_nonnull (strstr (f->out, "--at TIME"));
  g_assert_nonnull (strstr (f->out, "--db PATH"));

  g_assert_cmpint (run (f, "classify", "bp", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "--guideline"));
  g_assert_null (strstr (f->out, "--db"));

  g_assert_cmpint (run (f, "list", "-h"), ==, 0);
  g_assert_nonnull (strstr (f->out, "--from DATE"));

  g_assert_cmpint (run (f, "profile", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "profile list"));

  /* Every kind can be logged, listed and (glucose) classified. */
  g_assert_cmpint (run (f, "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "log glucose --profile NAME (--mmol N | --mgdl N)"));
  g_assert_nonnull (strstr (f->out, "log heart-rate --profile NAME --bpm N"));
  g_assert_nonnull (strstr (f->out, "log spo2 --profile NAME --percent N"));
  g_assert_nonnull (strstr (f->out, "log temperature --profile NAME (--celsius N | --fahrenheit N)"));
  g_assert_nonnull (strstr (f->out, "log waist --profile NAME --cm N"));
  g_assert_nonnull (strstr (f->out, "log body-fat --profile NAME --percent N"));
  g_assert_nonnull (strstr (f->out, "log sleep --profile NAME --start TIME --end TIME [--quality 1-5]"));
  g_assert_nonnull (strstr (f->out, "log steps --profile NAME --count N [--date YYYY-MM-DD]"));
  g_assert_nonnull (strstr (f->out, "classify glucose N"));
  g_assert_cmpint (run (f, "log", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "log sleep"));
  g_assert_cmpint (run (f, "log", "glucose", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "--context CONTEXT"));
  g_assert_nonnull (strstr (f->out, "--confirm"));
  g_assert_cmpint (run (f, "log", "steps", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "--date YYYY-MM-DD"));
  g_assert_nonnull (strstr (f->out, "10 times the usual"));
  g_assert_cmpint (run (f, "list", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "heart-rate, spo2, temperature, waist, body-fat, sleep or steps"));
  g_assert_cmpint (run (f, "classify", "glucose", "--help"), ==, 0);
  g_assert_nonnull (strstr (f->out, "--guideline GUIDELINE"));
  g_assert_nonnull (strstr (f->out, "--mgdl"));
  g_assert_null (strstr (f->out, "--db"));

  g_assert_cmpint (run (f, "--version"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "hearth-cli " PACKAGE_VERSION));

  /* Help never opens the database. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* Runs hearth-cli with its stdout on @stdout_fd; returns the wait status. */
static int
run_with_stdout (Fixture     *f,
                 int          stdout_fd,
                 const char **args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  GPid pid;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("HEARTH_CLI"));
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  g_spawn_async_with_fds (NULL, (char **) argv->pdata, f->envp,
                          G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                          NULL, NULL, &pid, -1, stdout_fd, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);

  return wait_status;
}

/* Output that cannot be written (a reader that went away, a full disk) is
 * a failure, exit 1, not death by SIGPIPE. */
static void
test_unwritable_output (Fixture       *f,
                        gconstpointer  data)
{
  const char *help[] = { "--help", NULL };
  const char *list[] = { "profile", "list", NULL };
  int fds[2];
  int full;
  int status;

  add_family (f);

  g_assert_cmpint (pipe (fds), ==, 0);
  close (fds[0]);
  status = run_with_stdout (f, fds[1], help);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  status = run_with_stdout (f, fds[1], list);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  close (fds[1]);

  full = open ("/dev/full", O_WRONLY);
  g_assert_cmpint (full, >=, 0);
  status = run_with_stdout (f, full, list);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  close (full);
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  /* No command: usage on stderr. */
  g_assert_cmpint (run_argv (f, (const char *[]) { NULL }), ==, 2);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_nonnull (strstr (f->err, "Usage:"));

  g_assert_cmpint (run (f, "profile"), ==, 2);
  g_assert_nonnull (strstr (f->err, "profile add"));

  run_fails (f, 2, "frobnicate", "frobnicate");
  run_fails (f, 2, "profile remove", "profile", "remove");
  run_fails (f, 2, "--foo", "--foo", "profile", "list");
  run_fails (f, 2, "--foo", "profile", "list", "--foo");
  run_fails (f, 2, "extra", "profile", "list", "extra");
  run_fails (f, 2, "--db", "--db");
}

/* Profiles ---------------------------------------------------------------- */

static void
test_profile_add_list (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) out = NULL;
  JsonArray *array;
  JsonObject *ann, *bob, *cy;

  run_ok (f, "profile", "add", "--name", "Ann", "--birth", "1980-05-01",
          "--sex", "female", "--height-cm", "165");
  g_assert_nonnull (strstr (f->out, "Ann"));
  g_assert_cmpuint (count_lines (f->out), ==, 1);
  run_ok (f, "profile", "add", "--name", "Cy", "--birth", "2001-07", "--sex", "other");
  run_ok (f, "profile", "add", "--name=Bob", "--birth", "1975", "--sex", "male", "--height-cm", "180.5");

  /* Human: one tab-separated line per member, sorted by name. */
  run_ok (f, "profile", "list");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 3);
  g_assert_cmpstr (out[0], ==, "Ann\t1980-05-01\tfemale\t165.0 cm\t-");
  g_assert_true (g_str_has_prefix (out[1], "Bob\t1975\tmale\t"));
  g_assert_cmpstr (out[2], ==, "Cy\t2001-07\tother\t-\t-");

  run_ok (f, "profile", "list", "--json");
  root = parse_json (f->out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 3);

  ann = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (ann, "name"), ==, "Ann");
  g_assert_cmpuint (strlen (json_object_get_string_member (ann, "uuid")), ==, 36);
  g_assert_cmpint (json_object_get_int_member (ann, "birth_year"), ==, 1980);
  g_assert_cmpint (json_object_get_int_member (ann, "birth_month"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (ann, "birth_day"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (ann, "sex"), ==, "female");
  g_assert_cmpfloat (json_object_get_double_member (ann, "height_cm"), ==, 165);
  /* Stamped by the store's clock, HEARTH_NOW in UTC. */
  g_assert_cmpstr (json_object_get_string_member (ann, "created_at"), ==, "2026-03-30T10:00:00Z");

  bob = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (bob, "name"), ==, "Bob");
  g_assert_cmpint (json_object_get_int_member (bob, "birth_year"), ==, 1975);
  g_assert_true (json_object_get_null_member (bob, "birth_month"));
  g_assert_true (json_object_get_null_member (bob, "birth_day"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (bob, "height_cm"), 180.5, 1e-9);

  cy = json_array_get_object_element (array, 2);
  g_assert_cmpint (json_object_get_int_member (cy, "birth_month"), ==, 7);
  g_assert_true (json_object_get_null_member (cy, "birth_day"));
  g_assert_true (json_object_get_null_member (cy, "height_cm"));
  g_assert_cmpstr (json_object_get_string_member (cy, "sex"), ==, "other");

  /* A member with nothing but a name. */
  run_ok (f, "profile", "add", "--name", "Dee");
  run_ok (f, "profile", "list", "--json");
  g_clear_pointer (&root, json_node_unref);
  root = parse_json (f->out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 4);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (array, 3), "sex"));
  g_assert_true (json_object_get_null_member (json_array_get_object_element (array, 3), "birth_year"));
}

static void
test_profile_errors (Fixture       *f,
                     gconstpointer  data)
{
  add_family (f);

  /* Refused by the store: exit 1. */
  run_fails (f, 1, NULL, "profile", "add", "--name", "Ann");
  run_fails (f, 1, NULL, "profile", "add", "--name", "Eve", "--height-cm", "500");
  run_fails (f, 1, NULL, "profile", "add", "--name", "Eve", "--birth", "2027");
  run_fails (f, 1, NULL, "profile", "add", "--name", "");

  /* Bad command line: exit 2, naming the option. */
  run_fails (f, 2, "--name", "profile", "add");
  run_fails (f, 2, "--name", "profile", "add", "--name");
  run_fails (f, 2, "--birth", "profile", "add", "--name", "Eve", "--birth", "1980-13");
  run_fails (f, 2, "--birth", "profile", "add", "--name", "Eve", "--birth", "1980-02-30");
  run_fails (f, 2, "--birth", "profile", "add", "--name", "Eve", "--birth", "80");
  run_fails (f, 2, "--sex", "profile", "add", "--name", "Eve", "--sex", "robot");
  run_fails (f, 2, "--height-cm", "profile", "add", "--name", "Eve", "--height-cm", "12x");
  run_fails (f, 2, "--height", "profile", "add", "--name", "Eve", "--height", "170");
}

/* Logging ----------------------------------------------------------------- */

static void
test_log_bp (Fixture       *f,
             gconstpointer  data)
{
  g_auto(GStrv) out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *reading;

  add_family (f);

  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "132", "--diastolic", "82",
          "--pulse", "64", "--at", "2026-03-30T07:15:00+02:00");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_nonnull (strstr (out[0], "132/82 mmHg, pulse 64"));
  g_assert_nonnull (strstr (out[0], "“Ann”"));
  g_assert_nonnull (strstr (out[0], "2026-03-30 07:15"));
  g_assert_nonnull (strstr (out[1], "Stage 1 hypertension"));
  g_assert_nonnull (strstr (out[1], "ACC/AHA 2017"));
  g_assert_nonnull (strstr (out[1], "office"));

  run_ok (f, "list", "--profile", "Ann", "--json");
  root = parse_json (f->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  reading = json_array_get_object_element (json_node_get_array (root), 0);
  /* The confirmation carries the id. */
  g_assert_nonnull (strstr (out[0], json_object_get_string_member (reading, "uuid")));
  g_assert_cmpstr (json_object_get_string_member (reading, "profile"), ==, "Ann");
  g_assert_cmpstr (json_object_get_string_member (reading, "kind"), ==, "bp");
  g_assert_cmpstr (json_object_get_string_member (reading, "taken_at"), ==, "2026-03-30T07:15:00+02:00");
  g_assert_cmpint (json_object_get_int_member (reading, "systolic"), ==, 132);
  g_assert_cmpint (json_object_get_int_member (reading, "diastolic"), ==, 82);
  g_assert_cmpint (json_object_get_int_member (reading, "pulse"), ==, 64);
  g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (reading, "systolic")));

  /* Severe: a prominent alert line. Without --at: now. No pulse: null. */
  run_ok (f, "log", "bp", "--profile", "Bob", "--systolic", "190", "--diastolic", "100");
  g_strfreev (out);
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 3);
  g_assert_nonnull (strstr (out[0], "2026-03-30 12:00"));
  g_assert_true (g_str_has_prefix (out[2], "alert: severe"));

  run_ok (f, "--db", f->db, "list", "--profile", "Bob", "--json");
  g_clear_pointer (&root, json_node_unref);
  root = parse_json (f->out);
  reading = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (reading, "taken_at"), ==, NOW);
  g_assert_true (json_object_get_null_member (reading, "pulse"));

  /* A local time without offset takes the local zone (CET: +01:00 in winter). */
  run_ok (f, "log", "bp", "--profile", "Bob", "--systolic", "118", "--diastolic", "76",
          "--at", "2026-01-15 08:05");
  run_ok (f, "log", "bp", "--profile", "Bob", "--systolic", "118", "--diastolic", "76",
          "--at", "2026-01-15T21:40");
  run_ok (f, "list", "--profile", "Bob", "--json");
  g_clear_pointer (&root, json_node_unref);
  root = parse_json (f->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 3);
  reading = json_array_get_object_element (json_node_get_array (root), 1);
  g_assert_cmpstr (json_object_get_string_member (reading, "taken_at"), ==, "2026-01-15T21:40:00+01:00");
  reading = json_array_get_object_element (json_node_get_array (root), 2);
  g_assert_cmpstr (json_object_get_string_member (reading, "taken_at"), ==, "2026-01-15T08:05:00+01:00");
}

/* Below 90/60 is commonly flagged as low: core computes it, the CLI shows
 * it when a reading is logged ("note: low", an identifier) and listed. */
static void
test_log_bp_low (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GStrv) out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  add_family (f);

  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "85", "--diastolic", "70",
          "--at", "2026-03-30 07:00");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 3);
  g_assert_cmpstr (out[2], ==, "note: low \xe2\x80\x94 Below 90/60 mmHg, commonly flagged as low");
  g_assert_nonnull (strstr (out[0], "85/70 mmHg logged for"));

  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "100", "--diastolic", "59",
          "--pulse", "58", "--at", "2026-03-30 08:00");
  g_assert_nonnull (strstr (f->out, "note: low"));
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "90", "--diastolic", "60",
          "--at", "2026-03-30 09:00");
  g_assert_null (strstr (f->out, "low"));

  run_ok (f, "list", "--profile", "Ann", "--kind", "bp");
  g_strfreev (out);
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 3);
  g_assert_nonnull (strstr (out[0], "\t90/60 mmHg\t"));
  g_assert_nonnull (strstr (out[1], "\t100/59 mmHg, pulse 58, low\t"));
  g_assert_nonnull (strstr (out[2], "\t85/70 mmHg, low\t"));

  run_ok (f, "list", "--profile", "Ann", "--kind", "bp", "--json");
  root = parse_json (f->out);
  array = json_node_get_array (root);
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (array, 0), "low"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (array, 1), "low"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (array, 2), "low"));
}

static void
test_log_weight (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GStrv) out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *reading;

  add_family (f);

  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "72.4", "--at", "2026-03-29 07:00");
  g_assert_nonnull (strstr (f->out, "72.4 kg"));
  g_assert_cmpuint (count_lines (f->out), ==, 1);

  run_ok (f, "log", "weight", "--profile", "Ann", "--lb", "160", "--at", "2026-03-30 07:00");
  g_assert_nonnull (strstr (f->out, "72.6 kg"));
  g_assert_nonnull (strstr (f->out, "160.0 lb"));

  run_ok (f, "list", "--profile", "Ann");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_true (g_str_has_prefix (out[0], "2026-03-30 07:00\t"));
  g_assert_nonnull (strstr (out[0], "\t72.6 kg\t"));
  g_assert_true (g_str_has_prefix (out[1], "2026-03-29 07:00\t"));
  g_assert_nonnull (strstr (out[1], "\t72.4 kg\t"));

  run_ok (f, "list", "--profile", "Ann", "--json");
  root = parse_json (f->out);
  reading = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (reading, "kind"), ==, "weight");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (reading, "kg"), 160 * 0.45359237, 1e-6);
  g_assert_true (json_object_get_null_member (reading, "body_fat"));
  g_assert_false (json_object_has_member (reading, "systolic"));
  reading = json_array_get_object_element (json_node_get_array (root), 1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (reading, "kg"), 72.4, 1e-9);
}

static void
test_log_errors (Fixture       *f,
                 gconstpointer  data)
{
  add_family (f);
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
          "--at", "2026-03-30 07:00");

  /* Refused: exit 1, core's message, nothing stored. */
  run_fails (f, 1, "no member named “Zed”",
             "log", "bp", "--profile", "Zed", "--systolic", "120", "--diastolic", "80");
  run_fails (f, 1, "The systolic value must be between 50 and 300 mmHg",
             "log", "bp", "--profile", "Ann", "--systolic", "301", "--diastolic", "80");
  run_fails (f, 1, "diastolic",
             "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "120");
  run_fails (f, 1, "diastolic",
             "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "130");
  run_fails (f, 1, "pulse",
             "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80", "--pulse", "10");
  run_fails (f, 1, "future",
             "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--at", "2026-03-30T12:30:00+02:00");
  run_fails (f, 1, "future",
             "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-31 08:00");
  run_fails (f, 1, "weight", "log", "weight", "--profile", "Ann", "--kg", "0");
  run_fails (f, 1, "no member named “Zed”", "log", "weight", "--profile", "Zed", "--lb", "150");

  /* Bad command line: exit 2, naming the option. */
  run_fails (f, 2, "--at", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--at", "yesterday");
  run_fails (f, 2, "--at", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--at", "2026-03-29");
  run_fails (f, 2, "--at", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--at", "2026-02-30 08:00");
  run_fails (f, 2, "--foo", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--foo");
  run_fails (f, 2, "--systolic", "log", "bp", "--profile", "Ann", "--systolic", "12x", "--diastolic", "80");
  run_fails (f, 2, "--systolic", "log", "bp", "--profile", "Ann", "--systolic", "", "--diastolic", "80");
  run_fails (f, 2, "--diastolic", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "8.5");
  run_fails (f, 2, "--pulse", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--pulse", "sixty");
  run_fails (f, 2, "--diastolic", "log", "bp", "--profile", "Ann", "--systolic", "120");
  run_fails (f, 2, "--profile", "log", "bp", "--systolic", "120", "--diastolic", "80");
  run_fails (f, 2, "--systolic", "log", "bp", "--profile", "Ann", "--systolic");
  run_fails (f, 2, "--kg", "log", "weight", "--profile", "Ann");
  run_fails (f, 2, "--lb", "log", "weight", "--profile", "Ann", "--kg", "70", "--lb", "150");
  run_fails (f, 2, "--kg", "log", "weight", "--profile", "Ann", "--kg", "70kg");
  run_fails (f, 2, "--lb", "log", "weight", "--profile", "Ann", "--lb", "nan");
  run_fails (f, 2, "log pressure", "log", "pressure", "--profile", "Ann");

  /* A bad HEARTH_NOW is a usage error too. */
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "soon", TRUE);
  g_assert_cmpint (run (f, "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80"), ==, 2);
  assert_error_line (f, "HEARTH_NOW");
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", NOW, TRUE);
}

/* Other vitals ------------------------------------------------------------ */

/* The only reading of @kind, as JSON (freed with the node). */
static JsonObject *
only_reading (Fixture     *f,
              const char  *kind,
              JsonNode   **root)
{
  JsonArray *array;

  run_ok (f, "list", "--profile", "Ann", "--kind", kind, "--json");
  *root = parse_json (f->out);
  array = json_node_get_array (*root);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);

  return json_array_get_object_element (array, 0);
}

static void
test_log_vitals (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(GStrv) out = NULL;
  JsonObject *r;

  add_family (f);   /* Ann, born 1980: an adult under 65 */

  /* Glucose: value, context, category by ADA. */
  run_ok (f, "log", "glucose", "--profile", "Ann", "--mmol", "6.1", "--context", "fasting",
          "--at", "2026-03-30 07:00");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_true (g_str_has_prefix (out[0], "Blood glucose 6.1 mmol/L, fasting logged for “Ann” at 2026-03-30 07:00"));
  g_assert_cmpstr (out[1], ==, "Prediabetes range by ADA (fasting thresholds).");
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "glucose", &root);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "mmol_l"), 6.1, 1e-9);
    g_assert_cmpstr (json_object_get_string_member (r, "context"), ==, "fasting");
    g_assert_cmpstr (json_object_get_string_member (r, "kind"), ==, "glucose");
    g_assert_false (json_object_has_member (r, "kg"));
  }

  /* Heart rate, SpO2, temperature: value and the rule's sentence. */
  run_ok (f, "log", "heart-rate", "--profile", "Ann", "--bpm", "104", "--at", "2026-03-30 07:05");
  out = (g_strfreev (out), lines (f->out));
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_true (g_str_has_prefix (out[0], "Heart rate 104 bpm logged for “Ann”"));
  g_assert_cmpstr (out[1], ==, "Above the adult resting heart rate range of 60–100 bpm.");

  run_ok (f, "log", "spo2", "--profile", "Ann", "--percent", "97", "--at", "2026-03-30 07:06");
  out = (g_strfreev (out), lines (f->out));
  g_assert_true (g_str_has_prefix (out[0], "Oxygen saturation 97 % logged"));
  g_assert_true (g_str_has_prefix (out[1], "Above 92 %"));

  /* Shown as entered and classified as shown: 100.3 °F is no fever,
   * although it is 37.9 °C… and 37.96 °C (38.0 °C) is one. */
  run_ok (f, "log", "temperature", "--profile", "Ann", "--fahrenheit", "100.4", "--at", "2026-03-30 07:07");
  out = (g_strfreev (out), lines (f->out));
  g_assert_true (g_str_has_prefix (out[0], "Body temperature 100.4 °F logged"));
  g_assert_cmpstr (out[1], ==, "Fever: 100.4 °F or higher.");
  run_ok (f, "log", "temperature", "--profile", "Bob", "--fahrenheit", "100.33", "--at", "2026-03-30 07:01");
  out = (g_strfreev (out), lines (f->out));
  g_assert_true (g_str_has_prefix (out[0], "Body temperature 100.3 °F logged"));
  g_assert_cmpstr (out[1], ==, "No fever: below 100.4 °F.");
  run_ok (f, "log", "temperature", "--profile", "Bob", "--celsius", "37.96", "--at", "2026-03-30 07:02");
  out = (g_strfreev (out), lines (f->out));
  g_assert_true (g_str_has_prefix (out[0], "Body temperature 38.0 °C logged"));
  g_assert_cmpstr (out[1], ==, "Fever: 38.0 °C or higher.");

  /* SpO2 92.5 % shows as 93 % (as the app rounds), so it is above 92 %. */
  run_ok (f, "log", "spo2", "--profile", "Bob", "--percent", "92.5", "--at", "2026-03-30 07:03");
  out = (g_strfreev (out), lines (f->out));
  g_assert_true (g_str_has_prefix (out[0], "Oxygen saturation 93 % logged"));
  g_assert_true (g_str_has_prefix (out[1], "Above 92 %"));
  run_ok (f, "list", "--profile", "Bob", "--kind", "spo2", "--to", "2026-03-30 07:04");
  g_assert_nonnull (strstr (f->out, "\t93 %\t"));

  /* Waist and body fat: no category. */
  run_ok (f, "log", "waist", "--profile", "Ann", "--cm", "84.5", "--at", "2026-03-30 07:08");
  g_assert_cmpuint (count_lines (f->out), ==, 1);
  g_assert_nonnull (strstr (f->out, "Waist 84.5 cm logged"));
  run_ok (f, "log", "body-fat", "--profile", "Ann", "--percent", "23.4", "--at", "2026-03-30 07:09");
  g_assert_cmpuint (count_lines (f->out), ==, 1);
  g_assert_nonnull (strstr (f->out, "Body fat 23.4 % logged"));

  /* Sleep: across the change to summer time (02:00 → 03:00 on 29 March),
   * listed at its end. */
  run_ok (f, "log", "sleep", "--profile", "Ann", "--start", "2026-03-28 23:30",
          "--end", "2026-03-29 07:00", "--quality", "4");
  out = (g_strfreev (out), lines (f->out));
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_true (g_str_has_prefix (out[0], "Sleep 6 h 30 min (00:30–07:00), quality 4 logged for “Ann” at 2026-03-29 07:00"));
  g_assert_cmpstr (out[1], ==, "Shorter than the 7–9 hours recommended for adults.");

  /* Steps: today by default, or --date; at 00:00 of the day. */
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "8432");
  g_assert_nonnull (strstr (f->out, "Steps 8432 steps logged for “Ann” at 2026-03-30 00:00"));
  g_assert_cmpuint (count_lines (f->out), ==, 1);
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "6100", "--date", "2026-03-28");
  g_assert_nonnull (strstr (f->out, "at 2026-03-28 00:00"));

  /* Every kind's JSON keys, with units in the names. */
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "heart-rate", &root);
    g_assert_cmpint (json_object_get_int_member (r, "bpm"), ==, 104);
  }
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "spo2", &root);
    g_assert_cmpint (json_object_get_int_member (r, "percent"), ==, 97);
  }
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "temperature", &root);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "celsius"), 38.0, 1e-9);
  }
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "waist", &root);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "cm"), 84.5, 1e-9);
  }
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "body-fat", &root);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "percent"), 23.4, 1e-9);
  }
  {
    g_autoptr(JsonNode) root = NULL;

    r = only_reading (f, "sleep", &root);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "hours"), 6.5, 1e-9);
    g_assert_cmpint (json_object_get_int_member (r, "quality"), ==, 4);
    g_assert_cmpstr (json_object_get_string_member (r, "start"), ==, "2026-03-29T00:30:00+02:00");
    g_assert_cmpstr (json_object_get_string_member (r, "taken_at"), ==, "2026-03-29T07:00:00+02:00");
  }
  {
    g_autoptr(JsonNode) root = NULL;
    JsonArray *array;

    run_ok (f, "list", "--profile", "Ann", "--kind", "steps", "--json");
    root = parse_json (f->out);
    array = json_node_get_array (root);
    g_assert_cmpuint (json_array_get_length (array), ==, 2);
    r = json_array_get_object_element (array, 0);
    g_assert_cmpint (json_object_get_int_member (r, "steps"), ==, 8432);
    g_assert_cmpstr (json_object_get_string_member (r, "taken_at"), ==, "2026-03-30T00:00:00+02:00");
    r = json_array_get_object_element (array, 1);
    g_assert_cmpstr (json_object_get_string_member (r, "taken_at"), ==, "2026-03-28T00:00:00+01:00");
  }

  /* The plain list shows each kind with its units, newest first. */
  run_ok (f, "list", "--profile", "Ann");
  out = (g_strfreev (out), lines (f->out));
  g_assert_cmpuint (g_strv_length (out), ==, 9);
  g_assert_nonnull (strstr (out[0], "\tBody fat\t23.4 %\t"));
  g_assert_nonnull (strstr (out[1], "\tWaist\t84.5 cm\t"));
  g_assert_nonnull (strstr (out[2], "\tBody temperature\t38.0 °C\t"));
  g_assert_nonnull (strstr (out[3], "\tOxygen saturation\t97 %\t"));
  g_assert_nonnull (strstr (out[4], "\tHeart rate\t104 bpm\t"));
  g_assert_nonnull (strstr (out[5], "\tBlood glucose\t6.1 mmol/L, fasting\t"));
  g_assert_true (g_str_has_prefix (out[6], "2026-03-30 00:00\tSteps\t8432 steps\t"));
  g_assert_true (g_str_has_prefix (out[7], "2026-03-29 07:00\tSleep\t6 h 30 min (00:30–07:00), quality 4\t"));
  g_assert_true (g_str_has_prefix (out[8], "2026-03-28 00:00\tSteps\t6100 steps\t"));
}

static void
test_log_glucose (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(GStrv) out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *r;

  add_family (f);

  /* mg/dL: stored as mmol/L, shown both ways, classified as entered:
   * 100 mg/dL is prediabetes although it is 5.55 mmol/L. */
  run_ok (f, "log", "glucose", "--profile", "Ann", "--mgdl", "100", "--context", "fasting",
          "--at", "2026-03-30 07:00");
  out = lines (f->out);
  g_assert_nonnull (strstr (out[0], "Blood glucose 100 mg/dL, fasting logged"));
  g_assert_cmpstr (out[1], ==, "Prediabetes range by ADA (fasting thresholds).");
  r = only_reading (f, "glucose", &root);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (r, "mmol_l"), 100 / 18.016, 1e-9);

  /* 99.6 mg/dL shows as 100 mg/dL: prediabetes, although it is 5.5 mmol/L. */
  run_ok (f, "log", "glucose", "--profile", "Bob", "--mgdl", "99.6", "--context", "fasting",
          "--at", "2026-03-30 06:00");
  out = (g_strfreev (out), lines (f->out));
  g_assert_nonnull (strstr (out[0], "Blood glucose 100 mg/dL, fasting logged"));
  g_assert_null (strstr (out[0], "mmol/L"));
  g_assert_cmpstr (out[1], ==, "Prediabetes range by ADA (fasting thresholds).");

  /* No context: no category, only the low levels. */
  run_ok (f, "log", "glucose", "--profile", "Bob", "--mmol", "9.0");
  out = (g_strfreev (out), lines (f->out));
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_nonnull (strstr (out[1], "no category"));
  g_clear_pointer (&root, json_node_unref);
  run_ok (f, "list", "--profile", "Bob", "--json");
  root = parse_json (f->out);
  r = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_true (json_object_get_null_member (r, "context"));

  /* Level 2 low: the alert line, after the advice sentence. */
  run_ok (f, "log", "glucose", "--profile", "Bob", "--mmol", "2.8", "--context", "bedtime");
  out = (g_strfreev (out), lines (f->out));
  g_assert_cmpuint (g_strv_length (out), ==, 3);
  g_assert_nonnull (strstr (out[1], "level 2"));
  g_assert_true (g_str_has_prefix (out[2], "alert: low-glucose-level-2"));

  /* Level 1: no alert. */
  run_ok (f, "log", "glucose", "--profile", "Bob", "--mgdl", "65");
  out = (g_strfreev (out), lines (f->out));
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_nonnull (strstr (out[1], "level 1"));
}

static void
test_log_vitals_errors (Fixture       *f,
                        gconstpointer  data)
{
  add_family (f);
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "5000", "--date", "2026-03-29");

  /* Refused by core: exit 1, its message, nothing stored. */
  run_fails (f, 1, "The glucose value must be between 0.5 and 40 mmol/L",
             "log", "glucose", "--profile", "Ann", "--mmol", "45");
  run_fails (f, 1, "glucose", "log", "glucose", "--profile", "Ann", "--mgdl", "5");
  run_fails (f, 1, "The heart rate must be between 20 and 250 bpm",
             "log", "heart-rate", "--profile", "Ann", "--bpm", "300");
  run_fails (f, 1, "oxygen saturation", "log", "spo2", "--profile", "Ann", "--percent", "101");
  run_fails (f, 1, "The temperature must be between 30 and 45 °C",
             "log", "temperature", "--profile", "Ann", "--celsius", "46");
  run_fails (f, 1, "temperature", "log", "temperature", "--profile", "Ann", "--fahrenheit", "37");
  run_fails (f, 1, "The waist must be between 30 and 250 cm",
             "log", "waist", "--profile", "Ann", "--cm", "20");
  run_fails (f, 1, "body fat", "log", "body-fat", "--profile", "Ann", "--percent", "80");
  run_fails (f, 1, "The sleep must end after it starts",
             "log", "sleep", "--profile", "Ann", "--start", "2026-03-30 07:00", "--end", "2026-03-29 23:00");
  run_fails (f, 1, "The sleep cannot be longer than 24 hours",
             "log", "sleep", "--profile", "Ann", "--start", "2026-03-27 07:00", "--end", "2026-03-28 07:01");
  /* Across the change to summer time, 07:00 to 07:30 the next day is 23.5 hours. */
  run_ok (f, "log", "sleep", "--profile", "Bob", "--start", "2026-03-28 07:00", "--end", "2026-03-29 07:30");
  g_assert_nonnull (strstr (f->out, "23 h 30 min"));
  run_fails (f, 1, "sleep quality", "log", "sleep", "--profile", "Ann", "--start", "2026-03-29 23:00",
             "--end", "2026-03-30 07:00", "--quality", "6");
  run_fails (f, 1, "future", "log", "sleep", "--profile", "Ann", "--start", "2026-03-30 06:00",
             "--end", "2026-03-30 13:00");
  run_fails (f, 1, "The step count must be a whole number from 0 to 100000",
             "log", "steps", "--profile", "Ann", "--count", "100001");
  run_fails (f, 1, "future", "log", "steps", "--profile", "Ann", "--count", "100", "--date", "2026-03-31");
  run_fails (f, 1, "Steps for that day are already logged; edit that entry instead",
             "log", "steps", "--profile", "Ann", "--count", "6000", "--date", "2026-03-29");
  run_fails (f, 1, "no member named “Zed”", "log", "spo2", "--profile", "Zed", "--percent", "97");
  run_fails (f, 1, "future", "log", "waist", "--profile", "Ann", "--cm", "80", "--at", "2026-03-31 08:00");

  /* Bad command line: exit 2, naming the option. */
  run_fails (f, 2, "--mmol", "log", "glucose", "--profile", "Ann");
  run_fails (f, 2, "--mgdl", "log", "glucose", "--profile", "Ann", "--mmol", "5", "--mgdl", "90");
  run_fails (f, 2, "--mmol", "log", "glucose", "--profile", "Ann", "--mmol", "5,5");
  run_fails (f, 2, "--context", "log", "glucose", "--profile", "Ann", "--mmol", "5.5", "--context", "lunch");
  run_fails (f, 2, "--context", "log", "glucose", "--profile", "Ann", "--mmol", "5.5", "--context", "");
  run_fails (f, 2, "--bpm", "log", "heart-rate", "--profile", "Ann");
  run_fails (f, 2, "--bpm", "log", "heart-rate", "--profile", "Ann", "--bpm", "64.5");
  run_fails (f, 2, "--percent", "log", "spo2", "--profile", "Ann", "--percent", "high");
  run_fails (f, 2, "--celsius", "log", "temperature", "--profile", "Ann");
  run_fails (f, 2, "--fahrenheit", "log", "temperature", "--profile", "Ann", "--fahrenheit", "x");
  run_fails (f, 2, "--kg", "log", "waist", "--profile", "Ann", "--kg", "80");
  run_fails (f, 2, "--cm", "log", "waist", "--profile", "Ann");
  run_fails (f, 2, "--profile", "log", "body-fat", "--percent", "20");
  run_fails (f, 2, "--start", "log", "sleep", "--profile", "Ann", "--end", "2026-03-30 07:00");
  run_fails (f, 2, "--end", "log", "sleep", "--profile", "Ann", "--start", "2026-03-29 23:00");
  run_fails (f, 2, "--end", "log", "sleep", "--profile", "Ann", "--start", "2026-03-29 23:00",
             "--end", "2026-03-30");
  run_fails (f, 2, "--quality", "log", "sleep", "--profile", "Ann", "--start", "2026-03-29 23:00",
             "--end", "2026-03-30 07:00", "--quality", "good");
  run_fails (f, 2, "--at", "log", "sleep", "--profile", "Ann", "--start", "2026-03-29 23:00",
             "--end", "2026-03-30 07:00", "--at", "2026-03-30 07:00");
  run_fails (f, 2, "--count", "log", "steps", "--profile", "Ann");
  run_fails (f, 2, "--count", "log", "steps", "--profile", "Ann", "--count", "1e4");
  run_fails (f, 2, "--date", "log", "steps", "--profile", "Ann", "--count", "100", "--date", "2026-03-29 08:00");
  run_fails (f, 2, "--date", "log", "steps", "--profile", "Ann", "--count", "100", "--date", "2026-02-30");
  run_fails (f, 2, "--at", "log", "steps", "--profile", "Ann", "--count", "100", "--at", "2026-03-29 08:00");
}

static void
test_log_implausible (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;

  add_family (f);
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-30 07:00");

  /* More than 10 kg from a weight within a day: a question, exit 1, nothing stored. */
  run_fails (f, 1, "81.2 kg is 11.2 kg away from the weight logged 3 hours earlier. Is it right? "
             "(use --confirm to store it anyway)",
             "log", "weight", "--profile", "Ann", "--kg", "81.2", "--at", "2026-03-30 10:00");
  run_fails (f, 1, "(use --confirm to store it anyway)",
             "log", "weight", "--profile", "Ann", "--lb", "120", "--at", "2026-03-29 08:00");
  /* 10 kg exactly, another member, or more than a day away: stored. */
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "80", "--at", "2026-03-30 08:00");
  run_ok (f, "log", "weight", "--profile", "Bob", "--kg", "95", "--at", "2026-03-30 08:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "55", "--at", "2026-03-28 06:00");
  /* --confirm stores it after all. */
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "92", "--at", "2026-03-30 10:00", "--confirm");
  g_assert_nonnull (strstr (f->out, "92.0 kg logged"));
  run_ok (f, "list", "--profile", "Ann", "--kind", "weight", "--json");
  root = parse_json (f->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 4);

  /* Steps: six days of history are not enough to judge… */
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "2000", "--date", "2026-03-20");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "2100", "--date", "2026-03-21");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "1900", "--date", "2026-03-22");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "2000", "--date", "2026-03-23");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "2000", "--date", "2026-03-24");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "2000", "--date", "2026-03-25");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "30000", "--date", "2026-03-26");
  /* …seven are: usual 2000, so 20001 is flagged and 20000 is not. */
  run_fails (f, 1, "20001 steps is more than 10 times the usual 2000 a day "
             "(the median of the last 7 days logged). Is it right? (use --confirm to store it anyway)",
             "log", "steps", "--profile", "Bob", "--count", "20001");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "20000");
  run_ok (f, "log", "steps", "--profile", "Bob", "--count", "40000", "--date", "2026-03-29", "--confirm");
}

static void
assert_classify_glucose (Fixture     *f,
                         const char **args,
                         const char  *id,
                         const char  *sentence,
                         gboolean     alert)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) out = NULL;
  int status;

  g_ptr_array_add (argv, (char *) "classify");
  g_ptr_array_add (argv, (char *) "glucose");
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  status = run_argv (f, (const char **) argv->pdata);
  if (status != 0)
    g_error ("exit %d: %s", status, f->err);
  g_assert_cmpstr (f->err, ==, "");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, alert ? 3 : 2);
  g_assert_cmpstr (out[0], ==, id);
  if (strstr (out[1], sentence) == NULL)
    g_error ("“%s” not in “%s”", sentence, out[1]);
  if (alert)
    g_assert_cmpstr (out[2], ==, "alert: low-glucose-level-2");
}

#define classify_glucose(f, id, sentence, alert, ...) \
  assert_classify_glucose ((f), (const char *[]) { __VA_ARGS__, NULL }, (id), (sentence), (alert))

static void
test_classify_glucose_cli (Fixture       *f,
                           gconstpointer  data)
{
  classify_glucose (f, "normal", "Normal by ADA (fasting thresholds).", FALSE, "5.5", "--context", "fasting");
  classify_glucose (f, "prediabetes", "Prediabetes range by ADA", FALSE, "5.6", "--context", "fasting");
  classify_glucose (f, "diabetes", "Diabetes range by ADA", FALSE, "7.0", "--context", "fasting");
  /* ADA's 2-hour figures are for a glucose load, not a meal: no category. */
  classify_glucose (f, "none", "only fasting readings are categorised", FALSE, "11.1", "--context", "after-meal");
  classify_glucose (f, "normal", "by WHO", FALSE, "6.0", "--context", "fasting", "--guideline", "who");
  classify_glucose (f, "impaired-fasting", "Impaired fasting glucose by WHO", FALSE,
                    "6.1", "--context", "fasting", "--guideline", "who");
  classify_glucose (f, "none", "WHO gives no category for this context", FALSE,
                    "12", "--context", "after-meal", "--guideline", "who");
  classify_glucose (f, "none", "no category", FALSE, "12");
  classify_glucose (f, "none", "no category", FALSE, "12", "--context", "random");
  /* mg/dL thresholds as ADA publishes them. */
  classify_glucose (f, "prediabetes", "fasting", FALSE, "100", "--mgdl", "--context", "fasting");
  classify_glucose (f, "normal", "fasting", FALSE, "99", "--mgdl", "--context", "fasting");
  classify_glucose (f, "diabetes", "fasting", FALSE, "126", "--mgdl", "--context", "fasting");
  /* Low: level 1 below 3.9 (70), level 2 below 3.0 (54) with the alert. */
  classify_glucose (f, "none", "no category", FALSE, "3.9");
  classify_glucose (f, "hypo-1", "level 1", FALSE, "3.8", "--context", "fasting");
  classify_glucose (f, "hypo-1", "level 1", FALSE, "3.0");
  classify_glucose (f, "hypo-2", "Seek medical care now.", TRUE, "2.9", "--context", "after-meal");
  classify_glucose (f, "hypo-1", "level 1", FALSE, "54", "--mgdl");
  classify_glucose (f, "hypo-2", "level 2", TRUE, "53", "--mgdl");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  run_fails (f, 2, "expected N", "classify", "glucose");
  run_fails (f, 2, "N", "classify", "glucose", "five");
  run_fails (f, 2, "N", "classify", "glucose", "0");
  run_fails (f, 2, "6.2", "classify", "glucose", "5.5", "6.2");
  run_fails (f, 2, "--context", "classify", "glucose", "5.5", "--context", "breakfast");
  run_fails (f, 2, "--guideline", "classify", "glucose", "5.5", "--guideline", "acc-aha-2017");
  run_fails (f, 2, "--db", "classify", "glucose", "5.5", "--db", "x.db");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* Listing ----------------------------------------------------------------- */

static void
log_week (Fixture *f)
{
  add_family (f);
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "121", "--diastolic", "81",
          "--at", "2026-03-27T23:59:59+01:00");
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "122", "--diastolic", "82",
          "--at", "2026-03-28 00:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70.2", "--at", "2026-03-28 08:00");
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "123", "--diastolic", "83",
          "--at", "2026-03-29 21:30");
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "124", "--diastolic", "84",
          "--at", "2026-03-29T23:59:00+02:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70.0", "--at", "2026-03-30 07:00");
  run_ok (f, "log", "bp", "--profile", "Bob", "--systolic", "140", "--diastolic", "90",
          "--at", "2026-03-29 09:00");
}

static void
assert_systolics (Fixture    *f,
                  const char *expected)
{
  g_autoptr(JsonNode) root = parse_json (f->out);
  JsonArray *array = json_node_get_array (root);
  g_autoptr(GString) got = g_string_new (NULL);
  guint i;

  for (i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *reading = json_array_get_object_element (array, i);

      if (i > 0)
        g_string_append_c (got, ' ');
      if (g_str_equal (json_object_get_string_member (reading, "kind"), "bp"))
        g_string_append_printf (got, "%" G_GINT64_FORMAT,
                                json_object_get_int_member (reading, "systolic"));
      else
        g_string_append_printf (got, "%.1fkg", json_object_get_double_member (reading, "kg"));
    }

  g_assert_cmpstr (got->str, ==, expected);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(GStrv) out = NULL;

  log_week (f);

  /* Newest first, human form. */
  run_ok (f, "list", "--profile", "Ann");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 6);
  g_assert_true (g_str_has_prefix (out[0], "2026-03-30 07:00\t"));
  g_assert_nonnull (strstr (out[0], "\t70.0 kg\t"));
  g_assert_true (g_str_has_prefix (out[1], "2026-03-29 23:59\t"));
  g_assert_nonnull (strstr (out[1], "\t124/84 mmHg\t"));
  g_assert_true (g_str_has_prefix (out[5], "2026-03-27 23:59\t"));
  g_assert_cmpuint (strlen (strrchr (out[5], '\t') + 1), ==, 36);

  run_ok (f, "list", "--profile", "Ann", "--json");
  assert_systolics (f, "70.0kg 124 123 70.2kg 122 121");

  run_ok (f, "list", "--profile", "Ann", "--kind", "bp", "--json");
  assert_systolics (f, "124 123 122 121");
  run_ok (f, "list", "--profile", "Ann", "--kind", "weight", "--json");
  assert_systolics (f, "70.0kg 70.2kg");

  /* Whole local days, inclusive. */
  run_ok (f, "list", "--profile", "Ann", "--from", "2026-03-28", "--to", "2026-03-29", "--json");
  assert_systolics (f, "124 123 70.2kg 122");
  run_ok (f, "list", "--profile", "Ann", "--from", "2026-03-29", "--json");
  assert_systolics (f, "70.0kg 124 123");
  run_ok (f, "list", "--profile", "Ann", "--to", "2026-03-27", "--json");
  assert_systolics (f, "121");
  run_ok (f, "list", "--profile", "Ann", "--kind", "bp", "--from", "2026-03-28", "--to", "2026-03-28", "--json");
  assert_systolics (f, "122");

  /* Full times bound exactly. */
  run_ok (f, "list", "--profile", "Ann", "--from", "2026-03-29T21:30:00+02:00",
          "--to", "2026-03-29 23:58", "--json");
  assert_systolics (f, "123");

  /* Nothing in range: an empty array, no lines. */
  run_ok (f, "list", "--profile", "Ann", "--from", "2026-01-01", "--to", "2026-01-31", "--json");
  assert_systolics (f, "");
  run_ok (f, "list", "--profile", "Ann", "--from", "2026-01-01", "--to", "2026-01-31");
  g_assert_cmpstr (f->out, ==, "");

  /* Other members' readings stay theirs. */
  run_ok (f, "list", "--profile", "Bob", "--json");
  assert_systolics (f, "140");
}

static void
test_list_errors (Fixture       *f,
                  gconstpointer  data)
{
  log_week (f);

  run_fails (f, 1, "no member named “Zed”", "list", "--profile", "Zed");
  run_fails (f, 2, "--profile", "list");
  run_fails (f, 2, "--kind", "list", "--profile", "Ann", "--kind", "pressure");
  run_fails (f, 2, "body-fat, sleep, steps", "list", "--profile", "Ann", "--kind", "Glucose");
  run_fails (f, 2, "--from", "list", "--profile", "Ann", "--from", "last week");
  run_fails (f, 2, "--to", "list", "--profile", "Ann", "--to", "2026-02-30");
  run_fails (f, 2, "--from", "list", "--profile", "Ann", "--from", "2026-03-30", "--to", "2026-03-29");
}

/* Classification ---------------------------------------------------------- */

/* classify prints the identifier, a sentence, and "alert: severe" when
 * severe; @sentence_part must be in the sentence. */
static void
assert_classify (Fixture    *f,
                 const char *id,
                 const char *sentence_part,
                 gboolean    severe,
                 const char *sys,
                 const char *dia,
                 const char *guideline,
                 gboolean    home)
{
  g_auto(GStrv) out = NULL;
  int status;

  status = run (f, "classify", "bp", sys, dia, "--guideline", guideline, home ? "--home" : NULL);
  if (status != 0)
    g_error ("exit %d: %s", status, f->err);
  g_assert_cmpstr (f->err, ==, "");

  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, severe ? 3 : 2);
  if (!g_str_equal (out[0], id))
    g_error ("%s %s/%s%s: got “%s”, expected “%s”", guideline, sys, dia, home ? " home" : "", out[0], id);
  if (strstr (out[1], sentence_part) == NULL)
    g_error ("“%s” not in “%s”", sentence_part, out[1]);
  if (severe)
    g_assert_cmpstr (out[2], ==, "alert: severe");
}

static void
test_classify_bp (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(GStrv) out = NULL;

  /* Default: ACC/AHA 2017, office thresholds. */
  g_assert_cmpint (run (f, "classify", "bp", "128", "78"), ==, 0);
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_cmpstr (out[0], ==, "elevated");
  g_assert_nonnull (strstr (out[1], "ACC/AHA 2017"));
  g_assert_nonnull (strstr (out[1], "office"));

  /* ACC/AHA 2017: boundaries belong to the higher category. */
  assert_classify (f, "normal", "ACC/AHA 2017", FALSE, "119", "79", "acc-aha-2017", FALSE);
  assert_classify (f, "elevated", "Elevated", FALSE, "120", "79", "acc-aha-2017", FALSE);
  assert_classify (f, "stage-1", "Stage 1", FALSE, "119", "80", "acc-aha-2017", FALSE);
  assert_classify (f, "stage-2", "Stage 2", FALSE, "140", "70", "acc-aha-2017", FALSE);
  assert_classify (f, "stage-2", "Stage 2", FALSE, "180", "120", "acc-aha-2017", FALSE);
  assert_classify (f, "stage-2", "Stage 2", TRUE, "181", "100", "acc-aha-2017", FALSE);
  assert_classify (f, "stage-2", "Stage 2", TRUE, "150", "121", "acc-aha-2017", FALSE);
  /* Home: 135/85 is stage 2 at home, stage 1 in the office. */
  assert_classify (f, "stage-1", "office", FALSE, "135", "70", "acc-aha-2017", FALSE);
  assert_classify (f, "stage-2", "home thresholds", FALSE, "135", "70", "acc-aha-2017", TRUE);
  assert_classify (f, "stage-1", "home thresholds", FALSE, "134", "84", "acc-aha-2017", TRUE);

  /* ESC/ESH 2018, with isolated systolic hypertension. */
  assert_classify (f, "optimal", "ESC/ESH 2018", FALSE, "119", "79", "esc-esh-2018", FALSE);
  assert_classify (f, "high-normal", "High normal", FALSE, "130", "84", "esc-esh-2018", FALSE);
  assert_classify (f, "grade-1", "Isolated systolic", FALSE, "140", "89", "esc-esh-2018", FALSE);
  assert_classify (f, "grade-3", "Grade 3", FALSE, "180", "95", "esc-esh-2018", FALSE);
  assert_classify (f, "grade-1", "home thresholds", FALSE, "135", "80", "esc-esh-2018", TRUE);

  /* ESC 2024: no home thresholds, office used and said so. */
  assert_classify (f, "non-elevated", "ESC 2024", FALSE, "119", "69", "esc-2024", FALSE);
  assert_classify (f, "elevated", "Elevated", FALSE, "119", "70", "esc-2024", FALSE);
  assert_classify (f, "hypertension", "Hypertension", FALSE, "140", "80", "esc-2024", FALSE);
  assert_classify (f, "hypertension", "home thresholds", FALSE, "135", "80", "esc-2024", TRUE);

  /* China 2018. */
  assert_classify (f, "normal", "China 2018", FALSE, "119", "79", "china-2018", FALSE);
  assert_classify (f, "high-normal", "High normal", FALSE, "139", "89", "china-2018", FALSE);
  assert_classify (f, "grade-2", "Isolated systolic", FALSE, "160", "85", "china-2018", FALSE);
  assert_classify (f, "grade-3", "Grade 3", TRUE, "200", "115", "china-2018", FALSE);

  /* Decimals are fine (kPa conversions); no database is opened. */
  assert_classify (f, "stage-1", "Stage 1", FALSE, "129.5", "80.0", "acc-aha-2017", FALSE);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  run_fails (f, 2, "--guideline", "classify", "bp", "120", "80", "--guideline", "who");
  run_fails (f, 2, "SYSTOLIC", "classify", "bp", "12x", "80");
  run_fails (f, 2, "DIASTOLIC", "classify", "bp", "120", "0");
  run_fails (f, 2, "SYSTOLIC", "classify", "bp", "120");
  run_fails (f, 2, "90", "classify", "bp", "120", "80", "90");
  run_fails (f, 2, "--db", "classify", "bp", "120", "80", "--db", "x.db");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

static void
test_classify_bmi (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(GStrv) out = NULL;

  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "70", "--cm", "175"), ==, 0);
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 2);
  g_assert_cmpstr (out[0], ==, "normal");
  g_assert_nonnull (strstr (out[1], "22.9"));
  g_assert_cmpstr (f->err, ==, "");

  /* 24.0 at 1.70 m: normal for WHO, overweight for China. */
  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "69.36", "--cm", "170", "--cutoffs", "who"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "normal\n"));
  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "69.36", "--cm", "170", "--cutoffs", "china"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "overweight\n"));
  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "81", "--cm", "170", "--cutoffs", "china"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "obese\n"));
  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "80", "--cm", "170"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "pre-obese\n"));

  /* Under 18: no adult category. */
  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "80", "--cm", "170", "--age", "17"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "none\n"));
  g_assert_cmpuint (count_lines (f->out), ==, 2);
  g_assert_cmpint (run (f, "classify", "bmi", "--kg", "80", "--cm", "170", "--age", "18"), ==, 0);
  g_assert_true (g_str_has_prefix (f->out, "pre-obese\n"));

  run_fails (f, 2, "--cm", "classify", "bmi", "--kg", "80");
  run_fails (f, 2, "--kg", "classify", "bmi", "--kg", "0", "--cm", "170");
  run_fails (f, 2, "--cm", "classify", "bmi", "--kg", "80", "--cm", "1,70");
  run_fails (f, 2, "--age", "classify", "bmi", "--kg", "80", "--cm", "170", "--age", "17.5");
  run_fails (f, 2, "--age", "classify", "bmi", "--kg", "80", "--cm", "170", "--age", "-1");
  run_fails (f, 2, "--cutoffs", "classify", "bmi", "--kg", "80", "--cm", "170", "--cutoffs", "asia");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* Databases --------------------------------------------------------------- */

static void
test_db_option (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "sub", "other.db", NULL);
  g_autofree char *db_eq = g_strconcat ("--db=", other, NULL);

  run_ok (f, "profile", "add", "--name", "Ann");
  /* --db beats HEARTH_DB, before or after the command; folders are created. */
  run_ok (f, "--db", other, "profile", "add", "--name", "Zoe");
  run_ok (f, "profile", "list", "--db", other);
  g_assert_cmpstr (f->out, ==, "Zoe\t-\t-\t-\t-\n");
  run_ok (f, db_eq, "profile", "list");
  g_assert_cmpstr (f->out, ==, "Zoe\t-\t-\t-\t-\n");
  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==, "Ann\t-\t-\t-\t-\n");

  /* Without either: the XDG default. */
  f->envp = g_environ_unsetenv (f->envp, "HEARTH_DB");
  run_ok (f, "profile", "add", "--name", "Xena");
  {
    g_autofree char *xdg_db = g_build_filename (f->dir, "xdg-data", "hearth", "hearth.db", NULL);

    g_assert_true (g_file_test (xdg_db, G_FILE_TEST_IS_REGULAR));
  }
}

/* An empty --db is refused before anything is opened, before or after the
 * command, and never aborts. */
static void
test_db_empty (Fixture       *f,
               gconstpointer  data)
{
  run_fails (f, 2, "--db", "--db", "", "profile", "list");
  run_fails (f, 2, "--db", "--db=", "profile", "list");
  run_fails (f, 2, "--db", "profile", "list", "--db", "");
  run_fails (f, 2, "--db", "profile", "list", "--db=");
  run_fails (f, 2, "--db", "profile", "add", "--name", "Ann", "--db=");
  run_fails (f, 2, "--db", "log", "bp", "--profile", "Ann", "--systolic", "120",
             "--diastolic", "80", "--db", "");
  run_fails (f, 2, "--db", "list", "--profile", "Ann", "--db=");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* A HEARTH_NOW that local time cannot show (past year 9999 or before year 1
 * once moved into TZ) is an error that names it, not an abort. */
static void
test_now_unrepresentable (Fixture       *f,
                          gconstpointer  data)
{
  static const char *nows[] = {
    "9999-12-31T23:59:59-12:00",
    "0001-01-01T00:00:00+14:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (nows); i++)
    {
      f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", nows[i], TRUE);
      run_fails (f, 2, "HEARTH_NOW", "profile", "add", "--name", "Ann");
      run_fails (f, 2, "HEARTH_NOW", "log", "bp", "--profile", "Ann", "--systolic", "120",
                 "--diastolic", "80");
      run_fails (f, 2, "HEARTH_NOW", "generate", "--members", "1", "--days", "1");
    }
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* Generate ------------------------------------------------------------------ */

/* One integer from the test's database (raw SQLite, read-only). */
static gint64
query_db_int (Fixture    *f,
              const char *sql,
              const char *text_param)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text_param != NULL)
    sqlite3_bind_text (stmt, 1, text_param, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

static gint64
count_kind (Fixture    *f,
            const char *member,
            const char *kind)
{
  g_autofree char *key = g_strconcat (member, "/", kind, NULL);

  return query_db_int (f,
                       "SELECT count(*) FROM readings r JOIN profiles p ON p.id = r.profile_id "
                       "WHERE p.name || '/' || r.kind = ?1 AND r.deleted_at IS NULL", key);
}

#define assert_in_range(value, lo, hi) G_STMT_START { \
  gint64 v_ = (value);                                \
  g_assert_cmpint (v_, >=, (lo));                     \
  g_assert_cmpint (v_, <=, (hi));                     \
} G_STMT_END

static void
test_generate (Fixture       *f,
               gconstpointer  data)
{
  g_auto(GStrv) out = NULL;
  g_autofree char *total = NULL;
  /* 2026-03-30 (CEST): local day 20542. */
  const gint64 today = 20542;

  run_ok (f, "generate", "--members", "2", "--days", "60", "--seed", "7");
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 6);
  g_assert_cmpstr (out[0], ==, "Members added: 2");
  total = g_strdup_printf ("Readings added: %" G_GINT64_FORMAT,
                           query_db_int (f, "SELECT count(*) FROM readings", NULL));
  g_assert_cmpstr (out[1], ==, total);
  /* The logs too, counted as stored: meals, workouts, medications (the
   * grandfather's), doses. */
  {
    const char *what[] = { "Meals added", "Workouts added", "Medications added", "Doses marked" };
    const char *tables[] = { "meals", "workouts", "medications", "doses" };

    for (guint i = 0; i < G_N_ELEMENTS (what); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
        gint64 n = query_db_int (f, sql, NULL);
        g_autofree char *line = g_strdup_printf ("%s: %" G_GINT64_FORMAT, what[i], n);

        g_assert_cmpint (n, >, 0);
        g_assert_cmpstr (out[2 + i], ==, line);
      }
  }

  /* The grandfather (hypertension, diabetes) and a mother of 44. */
  run_ok (f, "profile", "list");
  g_assert_nonnull (strstr (f->out, "Robert\t"));
  g_assert_nonnull (strstr (f->out, "Helen\t"));

  /* Two blood pressure readings a minute apart, morning and evening,
   * most days: 60 × 2 × 2 × adherence. */
  assert_in_range (count_kind (f, "Robert", "bp"), 180, 240);
  g_assert_cmpint (count_kind (f, "Robert", "bp") % 2, ==, 0);
  assert_in_range (count_kind (f, "Helen", "bp"), 150, 240);
  assert_in_range (count_kind (f, "Robert", "weight"), 45, 60);
  assert_in_range (count_kind (f, "Helen", "weight"), 38, 60);
  assert_in_range (count_kind (f, "Robert", "glucose"), 60, 110);
  g_assert_cmpint (count_kind (f, "Helen", "glucose"), ==, 0);
  assert_in_range (count_kind (f, "Robert", "steps"), 45, 60);
  assert_in_range (count_kind (f, "Robert", "sleep"), 40, 60);
  assert_in_range (count_kind (f, "Robert", "heart-rate"), 1, 20);

  /* Within the 60 local days up to now, one steps total a day. */
  g_assert_cmpint (query_db_int (f, "SELECT min(local_day) FROM readings", NULL), >=, today - 59);
  g_assert_cmpint (query_db_int (f, "SELECT max(local_day) FROM readings", NULL), ==, today);
  g_assert_cmpint (query_db_int (f, "SELECT max(taken_at) FROM readings", NULL), <=,
                   G_GINT64_CONSTANT (1774864800) * G_USEC_PER_SEC);  /* NOW */
  g_assert_cmpint (query_db_int (f, "SELECT count(*) FROM (SELECT 1 FROM readings WHERE kind = 'steps' "
                                    "GROUP BY profile_id, local_day HAVING count(*) > 1)", NULL), ==, 0);
  /* Each blood pressure pair: the second one minute after the first. */
  g_assert_cmpint (query_db_int (f, "SELECT count(*) FROM readings a JOIN readings b "
                                    "ON a.profile_id = b.profile_id AND b.kind = 'bp' "
                                    "AND b.taken_at = a.taken_at + 60000000 WHERE a.kind = 'bp'", NULL) * 2,
                   ==, query_db_int (f, "SELECT count(*) FROM readings WHERE kind = 'bp'", NULL));

  /* Fractional years: ceil (0.1 × 365.25) = 37 days. */
  {
    g_autofree char *other = g_build_filename (f->dir, "years.db", NULL);

    g_free (f->db);
    f->db = g_steal_pointer (&other);
    run_ok (f, "--db", f->db, "generate", "--members", "1", "--years", "0.1");
    g_assert_cmpint (query_db_int (f, "SELECT min(local_day) FROM readings", NULL), ==, today - 36);
  }
}

/* The logs' rows in one number: their counts, times and uuids. */
static gint64
logs_fingerprint (Fixture *f)
{
  return query_db_int (f, "SELECT (SELECT count(*) FROM meals) * 1000003 + (SELECT count(*) FROM meal_items) "
                          "+ (SELECT total (taken_at / 1000000 % 100003 + instr ('0123456789abcdef', "
                          "substr (uuid, 8, 1))) FROM meals) "
                          "+ (SELECT total (started_at / 1000000 % 100003) FROM workouts) "
                          "+ (SELECT total (instr ('0123456789abcdef', substr (uuid, 8, 1))) FROM doses) "
                          "+ (SELECT total (instr ('0123456789abcdef', substr (uuid, 8, 1))) FROM foods)", NULL);
}

static void
test_generate_deterministic (Fixture       *f,
                             gconstpointer  data)
{
  gint64 first_logs;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other_seed = NULL;
  const char *names[] = { "same.db", "other.db" };
  char *paths[2];

  run_ok (f, "generate", "--members", "3", "--days", "20", "--seed", "42");
  first = snapshot (f);
  first_logs = logs_fingerprint (f);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    paths[i] = g_build_filename (f->dir, names[i], NULL);

  /* Same seed, another database: the very same data, uuids included. */
  f->envp = g_environ_setenv (f->envp, "HEARTH_DB", paths[0], TRUE);
  g_free (f->db);
  f->db = paths[0];
  run_ok (f, "generate", "--members", "3", "--days", "20", "--seed", "42");
  again = snapshot (f);
  g_assert_cmpstr (first, ==, again);
  g_assert_cmpint (logs_fingerprint (f), ==, first_logs);

  f->envp = g_environ_setenv (f->envp, "HEARTH_DB", paths[1], TRUE);
  f->db = paths[1];
  run_ok (f, "generate", "--members", "3", "--days", "20", "--seed", "43");
  other_seed = snapshot (f);
  g_assert_cmpstr (first, !=, other_seed);
  g_assert_cmpint (logs_fingerprint (f), !=, first_logs);
  g_free (paths[0]);
}

static void
test_generate_errors (Fixture       *f,
                      gconstpointer  data)
{
  run_fails (f, 2, "--members", "generate", "--days", "10");
  run_fails (f, 2, "--members", "generate", "--members", "0", "--days", "10");
  run_fails (f, 2, "--members", "generate", "--members", "61", "--days", "10");
  run_fails (f, 2, "--members", "generate", "--members", "two", "--days", "10");
  run_fails (f, 2, "--years", "generate", "--members", "2");
  run_fails (f, 2, "--years", "generate", "--members", "2", "--years", "1", "--days", "10");
  run_fails (f, 2, "--days", "generate", "--members", "2", "--days", "0");
  run_fails (f, 2, "--years", "generate", "--members", "2", "--years", "-1");
  run_fails (f, 2, "--years", "generate", "--members", "2", "--years", "51");
  run_fails (f, 2, "--seed", "generate", "--members", "2", "--days", "3", "--seed", "x");
  /* Every number range-checked before a conversion (1e300 years would
   * overflow the day count; a seed is 0 to 4294967295). */
  run_fails (f, 2, "--years", "generate", "--members", "2", "--years", "1e300");
  run_fails (f, 2, "--years", "generate", "--members", "2", "--years", "-1e300");
  run_fails (f, 2, "--years", "generate", "--members", "2", "--years", "1e18");
  run_fails (f, 2, "--days", "generate", "--members", "2", "--days", "9223372036854775808");
  run_fails (f, 2, "--members", "generate", "--members", "4294967297", "--days", "3");
  run_fails (f, 2, "from 0 to 4294967295", "generate", "--members", "2", "--days", "3", "--seed", "-1");
  run_fails (f, 2, "from 0 to 4294967295", "generate", "--members", "2", "--days", "3",
             "--seed", "4294967296");

  /* A name is taken: nothing at all is added, not even the other members. */
  run_ok (f, "profile", "add", "--name", "Tom");
  run_fails (f, 1, "Tom", "generate", "--members", "6", "--days", "3", "--seed", "9");
  run_ok (f, "generate", "--members", "2", "--days", "3");
  run_fails (f, 1, "Robert", "generate", "--members", "2", "--days", "3");
}

static void
make_newer_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE future (x INTEGER);"
                                 "INSERT INTO future VALUES (42);"
                                 "PRAGMA user_version = 99;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
read_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return version;
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);
  gsize before_len, after_len;

  make_newer_database (f->db);
  g_assert_true (g_file_get_contents (f->db, &before, &before_len, NULL));

  g_assert_cmpint (run (f, "profile", "list"), ==, 1);
  assert_error_line (f, "newer");
  g_assert_cmpint (run (f, "profile", "add", "--name", "Ann"), ==, 1);
  assert_error_line (f, NULL);
  g_assert_cmpint (run (f, "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80"), ==, 1);
  assert_error_line (f, NULL);
  g_assert_cmpint (run (f, "list", "--profile", "Ann"), ==, 1);
  assert_error_line (f, NULL);

  g_assert_true (g_file_get_contents (f->db, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpint (read_user_version (f->db), ==, 99);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  static const char garbage[] = "this is not a database, just some words in a file\n";
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (f->db, garbage, -1, NULL));
  g_assert_cmpint (run (f, "profile", "list"), ==, 1);
  assert_error_line (f, NULL);
  g_assert_true (g_file_get_contents (f->db, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, garbage);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Not a skip: tests/meson.build sets it; without it nothing is tested. */
  if (g_getenv ("HEARTH_CLI") == NULL)
    {
      g_printerr ("HEARTH_CLI is not set: run the tests through meson test\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add ("/hearth/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("help", test_help);
  ADD ("usage-errors", test_usage_errors);
  ADD ("unwritable-output", test_unwritable_output);
  ADD ("profile/add-list", test_profile_add_list);
  ADD ("profile/errors", test_profile_errors);
  ADD ("log/bp", test_log_bp);
  ADD ("log/bp-low", test_log_bp_low);
  ADD ("log/weight", test_log_weight);
  ADD ("log/errors", test_log_errors);
  ADD ("log/vitals", test_log_vitals);
  ADD ("log/glucose", test_log_glucose);
  ADD ("log/vitals-errors", test_log_vitals_errors);
  ADD ("log/implausible", test_log_implausible);
  ADD ("list/filters", test_list);
  ADD ("list/errors", test_list_errors);
  ADD ("classify/bp", test_classify_bp);
  ADD ("classify/bmi", test_classify_bmi);
  ADD ("classify/glucose", test_classify_glucose_cli);
  ADD ("store/db-option", test_db_option);
  ADD ("store/db-empty", test_db_empty);
  ADD ("store/now-unrepresentable", test_now_unrepresentable);
  ADD ("store/newer-schema", test_newer_schema);
  ADD ("store/not-a-database", test_not_a_database);
  ADD ("generate/counts", test_generate);
  ADD ("generate/deterministic", test_generate_deterministic);
  ADD ("generate/errors", test_generate_errors);

#undef ADD

  return g_test_run ();
}
