/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-backup"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sodium.h>
#include <sqlite3.h>

#include "hearth-core.h"
#include "hearth-backup-private.h"
#include "test-cli-common.h"

/* hearth-cli backup / restore (hearth-backup.h), run through
 * tests/with-keyring.sh (a private bus, an unlocked throw-away keyring) for
 * --remember and --passphrase-from-keyring. The CLI seals with Argon2id's
 * real (MODERATE) limits; the bad files this test crafts itself are sealed
 * with the minimum ones (restore reads them from the header). */

#define PASSPHRASE "tea kettle under the stairs 4471"

static char *
write_file (Fixture    *f,
            const char *name,
            const void *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Every table, every row, and the schema version (see tests/test-backup.c). */
static char *
dump_journal (const char *path)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 10);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append_printf (dump, "user_version %d\n", sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\"", (char *) tables->pdata[t]);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      g_string_append_printf (dump, "## %s\n", (char *) tables->pdata[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const unsigned char *text = sqlite3_column_text (stmt, c);

              g_string_append_printf (dump, "%s|", text != NULL ? (const char *) text : "NULL");
            }
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
add_generated (Fixture *f)
{
  run_ok (f, "generate", "--members", "2", "--days", "40", "--seed", "3");
}

/* Runs, expects @status with one error line holding @needle, and the
 * journal's every table unchanged. */
static void
assert_restore_refused (Fixture    *f,
                        const char *backup,
                        const char *passphrase_file,
                        const char *needle)
{
  g_autofree char *before = dump_journal (f->db);
  g_autofree char *after = NULL;
  g_autofree char *undo = g_strconcat (f->db, ".before-restore", NULL);

  g_assert_cmpint (run (f, "restore", backup, "--passphrase-file", passphrase_file, "--yes"), ==, 1);
  assert_error_line (f, needle);
  g_assert_cmpstr (f->out, ==, "");
  after = dump_journal (f->db);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (undo, G_FILE_TEST_EXISTS));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *pw = write_file (f, "pw", PASSPHRASE "\n", -1);
  g_autofree char *out = g_build_filename (f->dir, "family.hearthbackup", NULL);
  g_autofree char *undo = g_strconcat (f->db, ".before-restore", NULL);
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *now = NULL;

  add_generated (f);
  original = dump_journal (f->db);

  run_ok (f, "backup", "--out", out, "--passphrase-file", pw);
  g_assert_nonnull (strstr (f->out, "Backup written to"));
  g_assert_cmpuint (file_mode (out), ==, 0600);

  run_ok (f, "profile", "add", "--name", "Carol After");
  changed = dump_journal (f->db);
  g_assert_cmpstr (changed, !=, original);

  /* Without --yes: checked, nothing replaced. */
  g_assert_cmpint (run (f, "restore", out, "--passphrase-file", pw), ==, 1);
  g_assert_nonnull (strstr (f->out, "complete and sound"));
  g_assert_true (g_str_has_prefix (f->err, "hearth-cli: Nothing was restored"));
  g_assert_nonnull (strstr (f->err, "--yes"));
  g_assert_cmpuint (count_lines (f->err), ==, 1);
  now = dump_journal (f->db);
  g_assert_cmpstr (now, ==, changed);
  g_assert_false (g_file_test (undo, G_FILE_TEST_EXISTS));
  g_clear_pointer (&now, g_free);

  run_ok (f, "restore", out, "--passphrase-file", pw, "--yes");
  g_assert_nonnull (strstr (f->out, "restore --undo"));
  now = dump_journal (f->db);
  g_assert_cmpstr (now, ==, original);
  g_clear_pointer (&now, g_free);
  g_assert_cmpuint (file_mode (undo), ==, 0600);
  g_assert_cmpuint (file_mode (f->db), ==, 0600);
  run_ok (f, "profile", "list");
  g_assert_null (strstr (f->out, "Carol After"));

  run_ok (f, "restore", "--undo");
  now = dump_journal (f->db);
  g_assert_cmpstr (now, ==, changed);
  g_assert_false (g_file_test (undo, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (f, "restore", "--undo"), ==, 1);
  assert_error_line (f, "no restore to undo");

  /* The passphrase from standard input is the same passphrase. */
  {
    g_autofree char *stdin_out = g_build_filename (f->dir, "stdin.hearthbackup", NULL);
    g_autofree char *command = g_strdup_printf ("printf '%%s\\n' '%s' | \"$HEARTH_CLI\" backup --out '%s' "
                                                "--passphrase-file -", PASSPHRASE, stdin_out);

    {
      const char *argv[] = { "/bin/sh", "-c", command, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, f->envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                   NULL, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
    g_assert_cmpint (run (f, "restore", stdin_out, "--passphrase-file", pw), ==, 1);
    g_assert_nonnull (strstr (f->out, "complete and sound"));
  }
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pw = write_file (f, "pw", PASSPHRASE "\n", -1);
  g_autofree char *wrong = write_file (f, "wrong", PASSPHRASE "!\n", -1);
  g_autofree char *shorter = write_file (f, "short", "seven77\n", -1);
  g_autofree char *two = write_file (f, "two", PASSPHRASE "\n" PASSPHRASE "\n", -1);
  g_autofree char *out = g_build_filename (f->dir, "family.hearthbackup", NULL);
  g_autofree char *nope = g_build_filename (f->dir, "nope.hearthbackup", NULL);
  g_autoptr(GBytes) sealed = NULL;
  const char *bytes;
  gsize length;

  add_family (f);

  /* Usage. */
  run_fails (f, 2, "--passphrase-file", "backup", "--out", out);
  run_fails (f, 2, "either", "backup", "--out", out, "--passphrase-file", pw, "--passphrase-from-keyring");
  run_fails (f, 2, "--out", "backup", "--passphrase-file", pw);
  run_fails (f, 2, "--folder", "backup", "--auto", "--keep", "3", "--passphrase-file", pw);
  run_fails (f, 2, "--keep", "backup", "--auto", "--folder", f->dir, "--keep", "0", "--passphrase-file", pw);
  run_fails (f, 2, "--auto", "backup", "--out", out, "--keep", "3", "--passphrase-file", pw);
  run_fails (f, 2, "--remember", "backup", "--out", out, "--passphrase-from-keyring", "--remember");
  run_fails (f, 2, "FILE", "restore", "--passphrase-file", pw);
  run_fails (f, 2, "--passphrase-file", "restore", out);
  run_fails (f, 2, "--undo", "restore", "--undo", "--passphrase-file", pw);
  /* Refused passphrases: no file written. */
  run_fails (f, 1, "too short", "backup", "--out", out, "--passphrase-file", shorter);
  run_fails (f, 1, "more than one line", "backup", "--out", out, "--passphrase-file", two);
  {
    g_autofree char *text = g_strnfill (5000, 'a');
    g_autofree char *huge = write_file (f, "huge", text, -1);
    g_autofree char *longest_text = g_strconcat (text + 5000 - HEARTH_BACKUP_MAX_PASSPHRASE - 1, "\n", NULL);
    g_autofree char *longest = write_file (f, "longest", longest_text, -1);

    run_fails (f, 1, "too long", "backup", "--out", out, "--passphrase-file", huge);
    /* One byte over the limit, then a line end: the core's rule. */
    run_fails (f, 1, "at most 1024 bytes", "backup", "--out", out, "--passphrase-file", longest);
  }
  {
    static const char binary[] = "abc\0defghijkl";
    g_autofree char *bin = write_file (f, "bin", binary, sizeof binary - 1);

    run_fails (f, 1, "binary data", "backup", "--out", out, "--passphrase-file", bin);
  }
  run_fails (f, 1, "passphrase file", "backup", "--out", out, "--passphrase-file", nope);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  /* No journal: nothing created. */
  {
    g_autofree char *other = g_build_filename (f->dir, "none.db", NULL);

    g_assert_cmpint (run (f, "--db", other, "backup", "--out", out, "--passphrase-file", pw), ==, 1);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }

  run_ok (f, "backup", "--out", out, "--passphrase-file", pw);
  run_ok (f, "profile", "add", "--name", "Dora");
  g_assert_true (g_file_get_contents (out, (char **) &bytes, &length, NULL));
  sealed = g_bytes_new_take ((char *) bytes, length);

  assert_restore_refused (f, out, wrong, "Wrong passphrase");
  assert_restore_refused (f, nope, pw, "does not exist");
  {
    g_autofree char *cut = write_file (f, "cut.hearthbackup", bytes, (gssize) length / 2);
    g_autofree char *cut_header = write_file (f, "cut2.hearthbackup", bytes, 100);

    assert_restore_refused (f, cut, pw, "incomplete");
    assert_restore_refused (f, cut_header, pw, "incomplete");
  }
  {
    g_autofree char *copy = g_memdup2 (bytes, length);
    g_autofree char *header = NULL;
    g_autofree char *body = NULL;

    copy[50] ^= 1;
    header = write_file (f, "header.hearthbackup", copy, (gssize) length);
    copy[50] ^= 1;
    copy[length - 100] ^= 1;
    body = write_file (f, "body.hearthbackup", copy, (gssize) length);
    assert_restore_refused (f, header, pw, "damaged or was changed");
    assert_restore_refused (f, body, pw, "damaged or was changed");
  }
  {
    static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    g_autofree char *picture = write_file (f, "picture.png", png, sizeof png);
    g_autofree char *empty = write_file (f, "empty.hearthbackup", "", 0);

    assert_restore_refused (f, picture, pw, "not a Hearth backup");
    assert_restore_refused (f, empty, pw, "not a Hearth backup");
    assert_restore_refused (f, f->db, pw, "not a Hearth backup");
  }
  /* A backup from a newer Hearth: a copy of the journal one schema ahead. */
  {
    _HearthBackupLimits limits = { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
    g_autofree char *copy = g_build_filename (f->dir, "newer.db", NULL);
    g_autofree char *newer = g_build_filename (f->dir, "newer.hearthbackup", NULL);
    g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA journal_mode = DELETE",
                                             HEARTH_STORE_SCHEMA_VERSION + 1);
    g_autofree char *contents = NULL;
    gsize size;
    sqlite3 *db = NULL;

    g_assert_true (g_file_get_contents (f->db, &contents, &size, NULL));
    g_assert_true (g_file_set_contents (copy, contents, (gssize) size, NULL));
    g_assert_cmpint (sqlite3_open (copy, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, bump, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
    _hearth_backup_set_limits (&limits);
    g_assert_true (_hearth_backup_seal_file (copy, HEARTH_STORE_SCHEMA_VERSION + 1, newer, PASSPHRASE,
                                             NULL, NULL, &error));
    g_assert_no_error (error);
    _hearth_backup_set_limits (NULL);
    assert_restore_refused (f, newer, pw, "newer version of Hearth");
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static void
test_auto (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *pw = write_file (f, "pw", PASSPHRASE "\n", -1);
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *mine = NULL;
  const char *days[] = { "2026-03-28T09:00:00+01:00", "2026-03-29T23:30:00+02:00", "2026-03-30T00:10:00+02:00" };

  add_family (f);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  mine = g_build_filename (folder, "hearth-2026-01-01.hearthbackup.txt", NULL);
  g_assert_true (g_file_set_contents (mine, "mine", -1, NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (days); i++)
    {
      f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", days[i], TRUE);
      run_ok (f, "backup", "--auto", "--folder", folder, "--keep", "2", "--passphrase-file", pw);
      g_assert_nonnull (strstr (f->out, "Backup written to"));
      g_assert_cmpint (strstr (f->out, "Removed 1 older backup.") != NULL, ==, i == 2);
    }
  /* The same day again: nothing new, nothing removed. */
  run_ok (f, "backup", "--auto", "--folder", folder, "--keep", "2", "--passphrase-file", pw);
  g_assert_nonnull (strstr (f->out, "already there"));
  g_assert_null (strstr (f->out, "Removed"));

  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *joined = NULL;
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_ptr_array_add (names, g_strdup (name));
    g_ptr_array_sort (names, compare_names);
    g_ptr_array_add (names, NULL);
    joined = g_strjoinv (" ", (char **) names->pdata);
    /* Local days in the zone of HEARTH_NOW's clock (CET/CEST). */
    g_assert_cmpstr (joined, ==, "hearth-2026-01-01.hearthbackup.txt hearth-2026-03-29.hearthbackup "
                                 "hearth-2026-03-30.hearthbackup");
  }
}

static void
test_keyring (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pw = write_file (f, "pw", PASSPHRASE "\n", -1);
  g_autofree char *first = g_build_filename (f->dir, "first.hearthbackup", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.hearthbackup", NULL);
  g_autofree char *other_db = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *journal = NULL;
  g_autoptr(HearthSecret) remembered = NULL;
  g_autoptr(GError) error = NULL;

  add_family (f);
  /* Nothing remembered yet. */
  run_fails (f, 1, "No backup passphrase is remembered", "backup", "--out", second, "--passphrase-from-keyring");
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));

  run_ok (f, "backup", "--out", first, "--passphrase-file", pw, "--remember");
  g_assert_nonnull (strstr (f->out, "remembered in the keyring"));
  journal = hearth_secrets_journal_id (f->db);
  remembered = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                           HEARTH_SECRETS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (remembered, ==, PASSPHRASE);

  run_ok (f, "backup", "--out", second, "--passphrase-from-keyring");
  run_ok (f, "restore", second, "--passphrase-file", pw, "--yes");
  g_assert_cmpint (run (f, "restore", first, "--passphrase-file", pw), ==, 1);
  g_assert_nonnull (strstr (f->out, "complete and sound"));

  /* Another journal has no passphrase of its own. */
  run_ok (f, "--db", other_db, "profile", "add", "--name", "Eve");
  g_assert_cmpint (run (f, "--db", other_db, "backup", "--out", second, "--passphrase-from-keyring"), ==, 1);
  assert_error_line (f, "No backup passphrase is remembered");

  /* No keyring at all: a clear message, exit 1. */
  f->envp = g_environ_unsetenv (f->envp, "DBUS_SESSION_BUS_ADDRESS");
  f->envp = g_environ_unsetenv (f->envp, "DISPLAY");
  run_fails (f, 1, "keyring", "backup", "--out", second, "--passphrase-from-keyring");
  {
    g_autofree char *third = g_build_filename (f->dir, "third.hearthbackup", NULL);

    g_assert_cmpint (run (f, "backup", "--out", third, "--passphrase-file", pw, "--remember"), ==, 1);
    g_assert_nonnull (strstr (f->err, "could not be remembered"));
    g_assert_cmpuint (count_lines (f->err), ==, 1);
    /* The backup itself was written, and says so. */
    g_assert_nonnull (strstr (f->out, "Backup written to"));
    g_assert_true (g_file_test (third, G_FILE_TEST_EXISTS));
  }
}

/* hearth-cli killed with SIGKILL while it writes a backup or restores one. */
static void
run_killed (Fixture  *f,
            gboolean  restore)
{
  g_autofree char *pw = write_file (f, "pw", PASSPHRASE "\n", -1);
  g_autofree char *source = g_build_filename (f->dir, "source.hearthbackup", NULL);
  g_autofree char *out = g_build_filename (f->dir, "killed.hearthbackup", NULL);
  g_autofree char *partial = g_strconcat (out, ".partial", NULL);
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  const char *cli = g_getenv ("HEARTH_CLI");
  gint64 start, duration;
  guint mid = 0, partials = 0;

  add_generated (f);
  run_ok (f, "backup", "--out", source, "--passphrase-file", pw);
  original = dump_journal (f->db);
  run_ok (f, "profile", "add", "--name", "Changed After");
  changed = dump_journal (f->db);

  start = g_get_monotonic_time ();
  if (restore)
    {
      run_ok (f, "restore", source, "--passphrase-file", pw, "--yes");
      run_ok (f, "restore", "--undo");
    }
  else
    run_ok (f, "backup", "--out", out, "--passphrase-file", pw);
  duration = g_get_monotonic_time () - start;
  g_unlink (out);

  for (guint trial = 0; trial < 8; trial++)
    {
      const char *backup_argv[] = { cli, "backup", "--out", out, "--passphrase-file", pw, NULL };
      const char *restore_argv[] = { cli, "restore", source, "--passphrase-file", pw, "--yes", NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      GPid pid;
      int status;

      g_assert_true (g_spawn_async (NULL, (char **) (restore ? restore_argv : backup_argv), f->envp,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      g_assert_no_error (error);
      /* Spread over the run, most of it past the key derivation. */
      g_usleep ((gulong) (duration * (3 + trial) / 12));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      if (WIFSIGNALED (status))
        mid++;

      after = dump_journal (f->db);
      if (restore)
        g_assert_true (g_str_equal (after, changed) || g_str_equal (after, original));
      else
        g_assert_cmpstr (after, ==, changed);
      run_ok (f, "profile", "list");

      if (!restore)
        {
          if (g_file_test (partial, G_FILE_TEST_EXISTS))
            partials++;
          /* A file under the backup's own name is a whole backup. */
          if (g_file_test (out, G_FILE_TEST_EXISTS))
            {
              g_assert_cmpint (run (f, "restore", out, "--passphrase-file", pw), ==, 1);
              g_assert_nonnull (strstr (f->out, "complete and sound"));
              g_unlink (out);
            }
        }
      else if (g_str_equal (after, original))
        {
          run_ok (f, "restore", "--undo");
          g_free (after);
          after = dump_journal (f->db);
          g_assert_cmpstr (after, ==, changed);
        }
    }
  g_test_message ("%u of 8 killed mid-way, %u left a .partial", mid, partials);
  g_assert_cmpuint (mid, >, 0);

  /* The next run removes what the killed ones left. */
  if (restore)
    run_ok (f, "restore", source, "--passphrase-file", pw, "--yes");
  else
    run_ok (f, "backup", "--out", out, "--passphrase-file", pw);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_assert_null (strstr (name, ".snapshot-"));
        g_assert_null (strstr (name, ".restore-"));
      }
  }
}

static void
test_kill_backup (Fixture       *f,
                  gconstpointer  data)
{
  run_killed (f, FALSE);
}

static void
test_kill_restore (Fixture       *f,
                   gconstpointer  data)
{
  run_killed (f, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  hearth_core_init ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/hearth/cli/backup/round-trip", test_round_trip);
  ADD ("/hearth/cli/backup/bad-input", test_bad_input);
  ADD ("/hearth/cli/backup/auto", test_auto);
  ADD ("/hearth/cli/backup/kill-backup", test_kill_backup);
  ADD ("/hearth/cli/backup/kill-restore", test_kill_restore);
  /* Last: it takes the keyring away from its own commands. */
  ADD ("/hearth/cli/backup/keyring", test_keyring);
#undef ADD

  return g_test_run ();
}
