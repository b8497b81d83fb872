/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-test"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <string.h>
#include <sys/stat.h>

#include "test-cli-common.h"

/* hearth-cli export / import (docs/export-format.md). */

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static char **
member_names (Fixture *f)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *profiles;
  GStrvBuilder *builder = g_strv_builder_new ();
  char **names;

  run_ok (f, "profile", "list", "--json");
  root = parse_json (f->out);
  profiles = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (profiles); i++)
    g_strv_builder_add (builder, json_object_get_string_member (json_array_get_object_element (profiles, i), "name"));
  names = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return names;
}

/* Generated family → export → import into an empty journal → export: the
 * same file (every exported table equal); importing again changes nothing. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *a = g_build_filename (f->dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (f->dir, "b.json", NULL);
  g_autofree char *b_db = g_build_filename (f->dir, "b.db", NULL);
  g_autofree char *a_text = NULL, *b_text = NULL, *again = NULL;
  struct stat st;

  run_ok (f, "generate", "--members", "2", "--days", "60", "--seed", "3");
  run_ok (f, "export", "--out", a);
  g_assert_cmpstr (f->out, ==, "");
  g_assert_cmpint (g_stat (a, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  run_ok (f, "--db", b_db, "import", a);
  g_assert_true (g_str_has_prefix (f->out, "Added "));
  g_assert_nonnull (strstr (f->out, ", updated 0, left 0 "));
  run_ok (f, "--db", b_db, "export", "--out", b);
  a_text = read_text (a);
  b_text = read_text (b);
  g_assert_cmpstr (b_text, ==, a_text);
  g_assert_nonnull (strstr (a_text, "\"meals\":[{"));
  g_assert_nonnull (strstr (a_text, "\"doses\":[{"));
  g_assert_nonnull (strstr (a_text, "\"workouts\":[{"));

  run_ok (f, "--db", b_db, "import", a);
  g_assert_true (g_str_has_prefix (f->out, "Added 0, updated 0, left "));
  run_ok (f, "--db", b_db, "export", "--out", b);
  again = read_text (b);
  g_assert_cmpstr (again, ==, a_text);
}

static void
test_profile_and_deidentify (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *one = g_build_filename (f->dir, "one.json", NULL);
  g_autofree char *anon = g_build_filename (f->dir, "anon.json", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *first = NULL;
  struct stat st;

  run_ok (f, "generate", "--members", "2", "--days", "20", "--seed", "5");
  names = member_names (f);
  g_assert_cmpuint (g_strv_length (names), ==, 2);

  run_ok (f, "export", "--profile", names[0], "--out", one);
  text = read_text (one);
  first = g_strdup_printf ("\"name\":\"%s\"", names[0]);
  g_assert_nonnull (strstr (text, first));
  g_assert_null (strstr (text, names[1]));
  g_clear_pointer (&text, g_free);

  run_ok (f, "export", "--deidentify", "--out", anon);
  g_assert_cmpint (g_stat (anon, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = read_text (anon);
  g_assert_nonnull (strstr (text, "\"deidentified\":true"));
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_null (strstr (text, names[i]));
  g_assert_null (strstr (text, "birth_month"));

  /* Not a member: nothing written. */
  g_unlink (one);
  run_fails (f, 1, "Nobody", "export", "--profile", "Nobody", "--out", one);
  g_assert_false (g_file_test (one, G_FILE_TEST_EXISTS));
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *good = g_build_filename (f->dir, "good.json", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *newer = NULL;

  add_family (f);
  run_ok (f, "export", "--out", good);

  run_fails (f, 2, NULL, "import");
  run_fails (f, 2, NULL, "import", good, good);
  run_fails (f, 2, "--out", "export");
  run_fails (f, 1, "bad.json", "import", bad);

  g_assert_true (g_file_set_contents (bad, "\x89PNG garbage", -1, NULL));
  run_fails (f, 1, "not JSON text", "import", bad);

  text = read_text (good);
  g_assert_true (g_file_set_contents (bad, text, strlen (text) - 10, NULL));
  run_fails (f, 1, "not complete", "import", bad);

  newer = g_strdup (text);
  memcpy (strstr (newer, "\"version\":2"), "\"version\":7", 11);
  g_assert_true (g_file_set_contents (bad, newer, -1, NULL));
  run_fails (f, 1, "newer Hearth (export format version 7)", "import", bad);

  /* A member of another journal whose name a member here has. */
  {
    g_autofree char *other_db = g_build_filename (f->dir, "other.db", NULL);

    run_ok (f, "--db", other_db, "profile", "add", "--name", "Dee");
    run_ok (f, "--db", other_db, "profile", "add", "--name", "Bob");
    run_ok (f, "--db", other_db, "export", "--out", bad);
  }
  run_fails (f, 1, "members[1].name: this journal already has another member named “Bob”", "import", bad);
}

/* Starts hearth-cli with @args, kills it with SIGKILL after @delay_us (or
 * lets it finish); TRUE when it was killed. */
static gboolean
run_and_kill (Fixture     *f,
              const char **args,
              gulong       delay_us)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("HEARTH_CLI"));
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);
  g_spawn_async (NULL, (char **) argv->pdata, f->envp,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_usleep (delay_us);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return WIFSIGNALED (status);
}

/* kill -9 at random moments: the export's name is either absent or a whole
 * export (it parses, it has every member); an import leaves the journal
 * with all of the file or none of it. */
static void
test_kill (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "family.json", NULL);
  g_autofree char *whole = g_build_filename (f->dir, "whole.json", NULL);
  g_autofree char *b_db = g_build_filename (f->dir, "b.db", NULL);
  g_autofree char *b_arg = g_strdup_printf ("--db=%s", b_db);
  g_autofree char *whole_text = NULL;
  gint64 start, export_us, import_us;
  guint killed = 0;

  run_ok (f, "generate", "--members", "2", "--days", "400", "--seed", "9");
  start = g_get_monotonic_time ();
  run_ok (f, "export", "--out", whole);
  export_us = g_get_monotonic_time () - start;
  whole_text = read_text (whole);
  start = g_get_monotonic_time ();
  run_ok (f, "--db", b_db, "import", whole);
  import_us = g_get_monotonic_time () - start;
  g_assert_cmpint (g_unlink (b_db), ==, 0);

  for (guint trial = 0; trial < 12; trial++)
    {
      gulong delay = g_test_rand_int_range (0, (gint32) MIN (export_us, G_MAXINT32));

      g_unlink (out);
      killed += run_and_kill (f, (const char *[]) { "export", "--out", out, NULL }, delay);
      if (g_file_test (out, G_FILE_TEST_EXISTS))
        {
          g_autofree char *text = read_text (out);

          g_assert_cmpstr (text, ==, whole_text);
        }
    }

  for (guint trial = 0; trial < 8; trial++)
    {
      gulong delay = g_test_rand_int_range (0, (gint32) MIN (import_us, G_MAXINT32));
      g_autofree char *counts = NULL;

      killed += run_and_kill (f, (const char *[]) { b_arg, "import", whole, NULL }, delay);
      if (!g_file_test (b_db, G_FILE_TEST_EXISTS))
        continue;
      /* Whatever happened, importing again finds all of it or none of it. */
      run_ok (f, "--db", b_db, "import", whole);
      g_assert_true (g_str_has_prefix (f->out, "Added 0, updated 0,") ||
                     strstr (f->out, ", updated 0, left 0 ") != NULL);
      g_unlink (b_db);
    }
  g_test_message ("%u of 20 runs killed before they finished", killed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/cli/export/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/hearth/cli/export/profile-deidentify", Fixture, NULL, fixture_set_up,
              test_profile_and_deidentify, fixture_tear_down);
  g_test_add ("/hearth/cli/export/kill", Fixture, NULL, fixture_set_up, test_kill, fixture_tear_down);
  g_test_add ("/hearth/cli/export/bad-input", Fixture, NULL, fixture_set_up, test_bad_input, fixture_tear_down);

  return g_test_run ();
}
