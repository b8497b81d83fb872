/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-store"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "test-cli-common.h"

/* The journal as hearth-cli meets it end to end: missing journals, paths
 * that cannot hold one, a journal the user cannot write, and dates at the
 * ends of what a calendar holds. */

static gboolean
exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Reading commands on a missing journal create nothing (no file, no folder)
 * and say there is none. */
static void
test_missing_journal (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "none", NULL);
  g_autofree char *db = g_build_filename (folder, "hearth.db", NULL);
  g_autofree char *xdg = g_build_filename (f->dir, "xdg-data", NULL);

  f->envp = g_environ_setenv (f->envp, "HEARTH_DB", db, TRUE);

  g_assert_cmpint (run (f, "list", "--profile", "Ann"), ==, 1);
  assert_error_line (f, "There is no journal at");
  g_assert_nonnull (strstr (f->err, db));
  g_assert_cmpint (run (f, "profile", "list"), ==, 1);
  assert_error_line (f, "There is no journal at");
  g_assert_cmpint (run (f, "profile", "list", "--json"), ==, 1);
  assert_error_line (f, "There is no journal at");
  g_assert_cmpint (run (f, "log", "bp", "--profile", "Ann", "--systolic", "120",
                        "--diastolic", "80"), ==, 1);
  assert_error_line (f, "There is no journal at");
  g_assert_false (exists (db));
  g_assert_false (exists (folder));

  /* The default path too: nothing appears under XDG_DATA_HOME. */
  f->envp = g_environ_unsetenv (f->envp, "HEARTH_DB");
  g_assert_cmpint (run (f, "profile", "list"), ==, 1);
  assert_error_line (f, "There is no journal at");
  g_assert_false (exists (xdg));
}

/* :memory:, a device, a folder, a file: URI are refused with one clear
 * line, by every command, and nothing appears next to them. */
static void
test_not_a_file (Fixture       *f,
                 gconstpointer  data)
{
  const char *siblings[] = { "/dev/null-journal", "/dev/null-wal", "/dev/null-shm" };
  gboolean before[G_N_ELEMENTS (siblings)];
  g_autofree char *folder_wal = g_strconcat (f->dir, "-wal", NULL);
  g_autofree char *folder_journal = g_strconcat (f->dir, "-journal", NULL);
  struct { const char *path; const char *needle; } cases[] = {
    { ":memory:", "cannot hold a journal" },
    { "file:hearth.db", "cannot hold a journal" },
    { "/dev/null", "is not a file" },
    { f->dir, "is not a file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (siblings); i++)
    before[i] = exists (siblings[i]);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int status;

      status = run (f, "--db", cases[i].path, "profile", "add", "--name", "Ann");
      g_assert_cmpint (status, >=, 1);
      g_assert_cmpint (status, <=, 2);
      assert_error_line (f, cases[i].needle);
      status = run (f, "--db", cases[i].path, "profile", "list");
      g_assert_cmpint (status, >=, 1);
      g_assert_cmpint (status, <=, 2);
      assert_error_line (f, cases[i].needle);
      status = run (f, "--db", cases[i].path, "list", "--profile", "Ann");
      g_assert_cmpint (status, >=, 1);
      g_assert_cmpint (status, <=, 2);
      assert_error_line (f, cases[i].needle);
      status = run (f, "--db", cases[i].path, "log", "weight", "--profile", "Ann", "--kg", "60");
      g_assert_cmpint (status, >=, 1);
      g_assert_cmpint (status, <=, 2);
      assert_error_line (f, cases[i].needle);
      status = run (f, "--db", cases[i].path, "generate", "--members", "1", "--days", "2");
      g_assert_cmpint (status, >=, 1);
      g_assert_cmpint (status, <=, 2);
      assert_error_line (f, cases[i].needle);
    }

  for (guint i = 0; i < G_N_ELEMENTS (siblings); i++)
    g_assert_cmpint (exists (siblings[i]), ==, before[i]);
  g_assert_false (exists (folder_wal));
  g_assert_false (exists (folder_journal));
  g_assert_false (exists (f->db));
}

static void
assert_no_sidecars (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree char *journal = g_strconcat (db, "-journal", NULL);

  g_assert_false (exists (wal));
  g_assert_false (exists (shm));
  g_assert_false (exists (journal));
}

/* Runs hearth-cli as "nobody" when the test is root (root ignores
 * permissions), as the test's own user otherwise. As "nobody" it runs a copy
 * in the test's folder: the build tree may sit where nobody can reach it
 * (a clone under /root, say). */
static int
run_unprivileged (Fixture     *f,
                  const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *copy = NULL;

  if (getuid () == 0)
    {
      g_autoptr(GFile) source = g_file_new_for_path (g_getenv ("HEARTH_CLI"));
      g_autoptr(GFile) target = NULL;
      g_autoptr(GError) error = NULL;

      copy = g_build_filename (f->dir, "hearth-cli", NULL);
      target = g_file_new_for_path (copy);
      g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_no_errno (g_chmod (copy, 0755));

      g_ptr_array_add (argv, (char *) "runuser");
      g_ptr_array_add (argv, (char *) "-u");
      g_ptr_array_add (argv, (char *) "nobody");
      g_ptr_array_add (argv, (char *) "--");
      g_ptr_array_add (argv, copy);
    }
  else
    {
      g_ptr_array_add (argv, (char *) g_getenv ("HEARTH_CLI"));
    }
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  {
    g_autoptr(GError) error = NULL;
    int wait_status = 0;

    g_clear_pointer (&f->out, g_free);
    g_clear_pointer (&f->err, g_free);
    g_spawn_sync (NULL, (char **) argv->pdata, f->envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                  &f->out, &f->err, &wait_status, &error);
    g_assert_no_error (error);
    if (!WIFEXITED (wait_status))
      g_error ("hearth-cli died (wait status %d); stderr: %s", wait_status, f->err);
    return WEXITSTATUS (wait_status);
  }
}

#define run_as_user(f, ...) run_unprivileged ((f), (const char *[]) { __VA_ARGS__, NULL })

/* A journal in a folder the user cannot write (the file neither): listed,
 * a log into it is refused as read-only, and no -wal/-shm appears. */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "shared", NULL);
  g_autofree char *db = g_build_filename (folder, "hearth.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  g_assert_no_errno (g_chmod (f->dir, 0755));
  g_assert_no_errno (g_mkdir (folder, 0755));
  f->envp = g_environ_setenv (f->envp, "HEARTH_DB", db, TRUE);
  run_ok (f, "profile", "add", "--name", "Ann");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "62.5", "--at", "2026-03-30 07:00");
  assert_no_sidecars (db);
  g_assert_no_errno (g_chmod (db, 0444));
  g_assert_no_errno (g_chmod (folder, 0555));
  g_assert_true (g_file_get_contents (db, &before, &before_len, NULL));

  g_assert_cmpint (run_as_user (f, "list", "--profile", "Ann"), ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_nonnull (strstr (f->out, "62.5 kg"));
  g_assert_cmpint (run_as_user (f, "profile", "list"), ==, 0);
  g_assert_nonnull (strstr (f->out, "Ann"));
  assert_no_sidecars (db);

  g_assert_cmpint (run_as_user (f, "log", "weight", "--profile", "Ann", "--kg", "63"), ==, 1);
  assert_error_line (f, "read-only");
  g_assert_cmpint (run_as_user (f, "profile", "add", "--name", "Bob"), ==, 1);
  assert_error_line (f, "read-only");
  assert_no_sidecars (db);

  g_assert_true (g_file_get_contents (db, &after, &after_len, NULL));
  g_assert_cmpuint (before_len, ==, after_len);
  g_assert_true (memcmp (before, after, before_len) == 0);

  g_assert_no_errno (g_chmod (folder, 0755));
}

/* Dates at the ends of the calendar: answered or refused with a message,
 * never a critical (G_DEBUG=fatal-criticals turns one into a signal). */
static void
test_extreme_dates (Fixture       *f,
                    gconstpointer  data)
{
  add_family (f);
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "62.5", "--at", "2026-03-30 07:00");

  run_ok (f, "list", "--profile", "Ann", "--to", "9999-12-31");
  g_assert_nonnull (strstr (f->out, "62.5 kg"));
  run_ok (f, "list", "--profile", "Ann", "--from", "0001-01-01", "--to", "9999-12-31");
  g_assert_nonnull (strstr (f->out, "62.5 kg"));
  run_ok (f, "list", "--profile", "Ann", "--from", "9999-12-31");
  g_assert_cmpstr (f->out, ==, "");
  run_ok (f, "list", "--profile", "Ann", "--to", "1899-12-31");
  g_assert_cmpstr (f->out, ==, "");
  run_ok (f, "list", "--profile", "Ann", "--to", "0001-01-01");
  g_assert_cmpstr (f->out, ==, "");
  run_ok (f, "list", "--profile", "Ann", "--to", "9999-12-31 23:59");
  g_assert_nonnull (strstr (f->out, "62.5 kg"));
  run_fails (f, 2, "--to", "list", "--profile", "Ann", "--to", "10000-01-01");

  /* In zones either side of UTC, where 9999-12-31 ends past what UTC holds or
   * 0001-01-01 starts before it. */
  f->envp = g_environ_setenv (f->envp, "TZ", "Etc/GMT+12", TRUE);
  run_ok (f, "list", "--profile", "Ann", "--from", "0001-01-01", "--to", "9999-12-31");
  g_assert_nonnull (strstr (f->out, "62.5 kg"));
  f->envp = g_environ_setenv (f->envp, "TZ", "Pacific/Kiritimati", TRUE);
  run_ok (f, "list", "--profile", "Ann", "--from", "0001-01-01", "--to", "9999-12-31");
  g_assert_nonnull (strstr (f->out, "62.5 kg"));
  f->envp = g_environ_setenv (f->envp, "TZ", CET, TRUE);

  run_fails (f, 1, "future", "log", "steps", "--profile", "Ann", "--count", "5", "--date", "9999-12-31");
  run_fails (f, 1, NULL, "log", "steps", "--profile", "Ann", "--count", "5", "--date", "0001-01-01");
  run_fails (f, 1, NULL, "log", "steps", "--profile", "Ann", "--count", "5", "--date", "1899-12-31");
  run_fails (f, 2, "--date", "log", "steps", "--profile", "Ann", "--count", "5", "--date", "10000-01-01");
  run_fails (f, 1, NULL, "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--at", "9999-12-31 23:59");
  /* 0001-01-01 00:00 here is in year 0 in UTC: not a time a reading can have. */
  run_fails (f, 2, "--at", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80",
             "--at", "0001-01-01 00:00");

  /* "Now" at the ends: commands work or refuse, they do not die. */
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "9999-12-31T12:00:00Z", TRUE);
  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "5");
  run_ok (f, "list", "--profile", "Ann", "--to", "9999-12-31");
  g_assert_nonnull (strstr (f->out, "9999-12-31 00:00\tSteps\t5 steps"));
  run_ok (f, "profile", "list");

  /* A reading whose instant is past year 9999 in UTC (late on 9999-12-31
   * west of UTC) could not be read back: refused, the journal stays
   * readable. */
  f->envp = g_environ_setenv (f->envp, "TZ", "Etc/GMT+12", TRUE);
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "9999-12-31T23:59:00-12:00", TRUE);
  run_fails (f, 1, "10000", "log", "bp", "--profile", "Ann", "--systolic", "120", "--diastolic", "80");
  run_ok (f, "list", "--profile", "Ann");
  f->envp = g_environ_setenv (f->envp, "TZ", CET, TRUE);
  /* generate with "now" near either end: days before year 1 do not exist;
   * readings before 1900 are refused, as typed ones are. */
  f->envp = g_environ_setenv (f->envp, "TZ", "UTC", TRUE);
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "0001-01-05T12:00:00Z", TRUE);
  run_fails (f, 1, "1900", "generate", "--members", "1", "--days", "10");
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "9999-12-31T12:00:00Z", TRUE);
  run_ok (f, "generate", "--members", "1", "--days", "10");
  f->envp = g_environ_setenv (f->envp, "TZ", CET, TRUE);

  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "1899-12-31T12:00:00Z", TRUE);
  run_ok (f, "list", "--profile", "Ann", "--from", "1899-12-31");
  run_fails (f, 1, NULL, "log", "steps", "--profile", "Ann", "--count", "5");
}

/* Steps belong to the local day they were logged for, also where the
 * clocks skip midnight (America/Santiago, 6 September 2026: 00:00 → 01:00):
 * listing that day finds them, and generated data keeps its days. */
static void
test_skipped_midnight (Fixture       *f,
                       gconstpointer  data)
{
  static const char *days[] = { "2026-09-05", "2026-09-06", "2026-09-07" };
  g_autoptr(JsonNode) root = NULL;
  guint total, per_day = 0;

  f->envp = g_environ_setenv (f->envp, "TZ", "America/Santiago", TRUE);
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", "2026-09-07T22:00:00-03:00", TRUE);
  add_family (f);

  run_ok (f, "log", "steps", "--profile", "Ann", "--count", "5000", "--date", "2026-09-06");
  run_ok (f, "list", "--profile", "Ann", "--from", "2026-09-06", "--to", "2026-09-06");
  g_assert_nonnull (strstr (f->out, "2026-09-06 01:00\tSteps\t5000 steps"));
  run_ok (f, "list", "--profile", "Ann", "--to", "2026-09-05");
  g_assert_cmpstr (f->out, ==, "");

  /* Every generated reading is in the list of its own day. */
  run_ok (f, "generate", "--members", "6", "--days", "3", "--seed", "5");
  run_ok (f, "list", "--profile", "Robert", "--json");
  root = parse_json (f->out);
  total = json_array_get_length (json_node_get_array (root));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      run_ok (f, "list", "--profile", "Robert", "--from", days[i], "--to", days[i]);
      per_day += count_lines (f->out);
    }
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (per_day, ==, total);
  run_ok (f, "list", "--profile", "Robert", "--kind", "steps", "--from", "2026-09-06", "--to", "2026-09-06");
  g_assert_cmpuint (count_lines (f->out), ==, 1);
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

  ADD ("store/missing-journal", test_missing_journal);
  ADD ("store/not-a-file", test_not_a_file);
  ADD ("store/read-only-folder", test_read_only_folder);
  ADD ("dates/extreme", test_extreme_dates);
  ADD ("dates/skipped-midnight", test_skipped_midnight);

#undef ADD

  return g_test_run ();
}
