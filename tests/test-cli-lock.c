/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-lock"

#include "config.h"

#include <string.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "hearth-core.h"
#include "test-cli-common.h"

/* hearth-cli lock / unlock, run through tests/with-keyring.sh (a private bus, an
 * unlocked throw-away gnome-keyring); and the "secrets never on disk". */

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_lock_unlock (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *pin = write_file (f, "pin", "4826\n");
  g_autofree char *wrong = write_file (f, "wrong", "4827\n");
  g_autofree char *shorter = write_file (f, "short", "48\n");
  g_autofree char *two = write_file (f, "two", "4826\n4826\n");
  g_autofree char *missing = g_build_filename (f->dir, "nope", NULL);

  add_family (f);

  /* No lock yet. */
  g_assert_cmpint (run (f, "unlock", "--profile", "Ann", "--pin-file", pin), ==, 1);
  assert_error_line (f, "no lock");

  run_fails (f, 1, "at least 4", "lock", "--profile", "Ann", "--pin-file", shorter);
  run_fails (f, 1, "more than one line", "lock", "--profile", "Ann", "--pin-file", two);
  run_fails (f, 1, "PIN file", "lock", "--profile", "Ann", "--pin-file", missing);
  run_fails (f, 2, "--pin-file", "lock", "--profile", "Ann");
  run_fails (f, 1, "Zed", "lock", "--profile", "Zed", "--pin-file", pin);
  /* Still no lock after all that. */
  g_assert_cmpint (run (f, "unlock", "--profile", "Ann", "--pin-file", pin), ==, 1);
  assert_error_line (f, "no lock");

  run_ok (f, "lock", "--profile", "Ann", "--pin-file", pin);
  g_assert_nonnull (strstr (f->out, "Ann is locked"));

  run_ok (f, "unlock", "--profile", "Ann", "--pin-file", pin);
  g_assert_nonnull (strstr (f->out, "Ann is unlocked"));
  /* Locking again does not replace the lock: the old PIN still opens it. */
  run_fails (f, 1, "already has a lock", "lock", "--profile", "Ann", "--pin-file", wrong);
  run_fails (f, 1, "not this member’s PIN", "unlock", "--profile", "Ann", "--pin-file", wrong);
  run_fails (f, 1, "not this member’s PIN", "unlock", "--profile", "Ann", "--pin-file", wrong);
  /* Bob has no lock of his own. */
  g_assert_cmpint (run (f, "unlock", "--profile", "Bob", "--pin-file", pin), ==, 1);
  assert_error_line (f, "no lock");

  /* Removing needs the PIN. */
  run_fails (f, 1, "not this member’s PIN", "lock", "--profile", "Ann", "--remove", "--pin-file", wrong);
  run_ok (f, "unlock", "--profile", "Ann", "--pin-file", pin);
  run_ok (f, "lock", "--profile", "Ann", "--remove", "--pin-file", pin);
  g_assert_cmpint (run (f, "unlock", "--profile", "Ann", "--pin-file", pin), ==, 1);
  assert_error_line (f, "no lock");
}

/* Another journal (another path) does not share a member's lock, even with the
 * same UUID: the keyring's `journal` attribute tells them apart. */
static void
test_journals_apart (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *pin = write_file (f, "pin", "4826");
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;
  g_autoptr(GError) error = NULL;

  add_family (f);
  from = g_file_new_for_path (f->db);
  to = g_file_new_for_path (copy);
  g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  run_ok (f, "lock", "--profile", "Ann", "--pin-file", pin);
  run_ok (f, "unlock", "--profile", "Ann", "--pin-file", pin);
  g_assert_cmpint (run (f, "--db", copy, "unlock", "--profile", "Ann", "--pin-file", pin), ==, 1);
  assert_error_line (f, "no lock");
}

static void
test_no_keyring (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *pin = write_file (f, "pin", "4826");
  g_autofree char *runtime = g_build_filename (f->dir, "run", NULL);
  gint64 start;

  add_family (f);
  g_assert_cmpint (g_mkdir (runtime, 0700), ==, 0);
  f->envp = g_environ_unsetenv (f->envp, "DBUS_SESSION_BUS_ADDRESS");
  f->envp = g_environ_setenv (f->envp, "XDG_RUNTIME_DIR", runtime, TRUE);

  start = g_get_monotonic_time ();
  run_fails (f, 1, "No keyring is available", "lock", "--profile", "Ann", "--pin-file", pin);
  run_fails (f, 1, "No keyring is available", "unlock", "--profile", "Ann", "--pin-file", pin);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_TIME_SPAN_SECOND);
}

static gboolean
contains (const char *haystack,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n <= length && i <= length - n; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @needle occurs in any file under @dir (recursively); names it. */
static void
assert_not_in_tree (const char *dir,
                    const char *needle)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          assert_not_in_tree (path, needle);
          continue;
        }
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      if (contains (contents, length, needle))
        g_error ("a secret (%s) is in %s", needle, path);
    }
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      n += g_file_test (path, G_FILE_TEST_IS_DIR) ? count_files (path) : 1;
    }
  return n;
}

static void
test_never_on_disk (Fixture       *f,
                    gconstpointer  data)
{
  const char *lock_pin = "pin-7391-swordfish";
  const char *passphrase = "backup: correct horse battery staple 58211";
  g_autofree char *pin_path = NULL;
  g_autofree char *passphrase_path = NULL;
  g_autofree char *config = g_build_filename (f->dir, "xdg-config", NULL);
  g_autofree char *settings_file = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) ann = NULL;
  g_autoptr(HearthSecret) hash = NULL;
  g_autoptr(HearthSecret) remembered = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;

  add_family (f);
  /* The PIN file is ours to delete: it is the one place the PIN was put. */
  pin_path = g_build_filename (g_get_tmp_dir (), "hearth-test-pin-XXXXXX", NULL);
  {
    int fd = g_mkstemp (pin_path);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (write (fd, lock_pin, strlen (lock_pin)), ==, (gssize) strlen (lock_pin));
    g_close (fd, NULL);
  }

  passphrase_path = g_build_filename (g_get_tmp_dir (), "hearth-test-passphrase-XXXXXX", NULL);
  {
    int fd = g_mkstemp (passphrase_path);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (write (fd, passphrase, strlen (passphrase)), ==, (gssize) strlen (passphrase));
    g_close (fd, NULL);
  }

  /* The settings through the keyfile backend, in the test's folder. */
  settings_file = g_build_filename (config, "glib-2.0", "settings", "keyfile", NULL);
  backend = g_keyfile_settings_backend_new (settings_file, "/", NULL);
  settings = g_settings_new_with_backend (BASE_APPLICATION_ID, backend);
  g_assert_true (g_settings_set_string (settings, "weight-unit", "lb"));
  g_settings_sync ();
  f->envp = g_environ_setenv (f->envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  f->envp = g_environ_setenv (f->envp, "XDG_CONFIG_HOME", config, TRUE);
  f->envp = g_environ_setenv (f->envp, "G_MESSAGES_DEBUG", "all", TRUE);

  /* Keep the journal open so its WAL stays on disk to be searched. */
  {
    g_autoptr(HearthClock) clock = hearth_clock_new_system ();

    store = hearth_store_open (f->db, clock, &error);
  }
  g_assert_no_error (error);
  ann = hearth_store_find_profile (store, "Ann", &error);
  g_assert_no_error (error);
  g_assert_nonnull (ann);
  uuid = g_strdup (hearth_profile_get_uuid (ann));
  journal = hearth_secrets_journal_id (f->db);

  /* A remembered backup passphrase, as a backup would keep it. */
  g_assert_true (hearth_secrets_store_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, NULL,
                                            "Hearth backup passphrase", passphrase,
                                            HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_no_error (error);

  /* Every command that touches the lock, around writes to the journal. */
#define RUN_KEEP(...) G_STMT_START { run (f, __VA_ARGS__);                \
    g_string_append (output, f->out); g_string_append (output, f->err); } G_STMT_END
  RUN_KEEP ("lock", "--profile", "Ann", "--pin-file", pin_path);
  RUN_KEEP ("log", "bp", "--profile", "Ann", "--systolic", "121", "--diastolic", "79");
  RUN_KEEP ("unlock", "--profile", "Ann", "--pin-file", pin_path);
  RUN_KEEP ("unlock", "--profile", "Ann", "--pin-file", "-");
  RUN_KEEP ("profile", "list");
  RUN_KEEP ("lock", "--profile", "Bob", "--pin-file", pin_path);
  RUN_KEEP ("lock", "--profile", "Bob", "--remove", "--pin-file", pin_path);
  RUN_KEEP ("log", "weight", "--profile", "Bob", "--kg", "80");
  RUN_KEEP ("lock", "--help");
  /* Backups (hearth-cli-backup.c): with the remembered passphrase, from a
   * file, remembered again; the backups are in the searched folder. */
  {
    g_autofree char *first = g_build_filename (f->dir, "first.hearthbackup", NULL);
    g_autofree char *second = g_build_filename (f->dir, "second.hearthbackup", NULL);
    g_autofree char *folder = g_build_filename (f->dir, "auto", NULL);

    RUN_KEEP ("backup", "--out", first, "--passphrase-from-keyring");
    RUN_KEEP ("backup", "--auto", "--folder", folder, "--keep", "2", "--passphrase-from-keyring");
    RUN_KEEP ("restore", first, "--passphrase-file", passphrase_path);
    RUN_KEEP ("backup", "--out", second, "--passphrase-file", passphrase_path, "--remember");
    RUN_KEEP ("restore", second, "--passphrase-file", passphrase_path);
    RUN_KEEP ("backup", "--help");
    g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  }
#undef RUN_KEEP
  g_assert_nonnull (strstr (output->str, "complete and sound"));
  g_assert_nonnull (strstr (output->str, "Ann is locked"));

  hash = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, uuid,
                                     HEARTH_SECRETS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hash);
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  remembered = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, NULL,
                                           HEARTH_SECRETS_NONE, NULL, &error);
  g_assert_cmpstr (remembered, ==, passphrase);

  g_unlink (pin_path);
  g_unlink (passphrase_path);

  /* The files that must be there are there, then none holds a secret. */
  {
    g_autofree char *wal = g_strconcat (f->db, "-wal", NULL);

    g_assert_true (g_file_test (f->db, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_test (settings_file, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (count_files (f->dir), >=, 4);
  }
  /* The hash without its "$argon2id$…$" head too: its salt and tag alone. */
  assert_not_in_tree (f->dir, lock_pin);
  assert_not_in_tree (f->dir, passphrase);
  assert_not_in_tree (f->dir, hash);
  assert_not_in_tree (f->dir, strrchr (hash, '$') + 1);
  g_assert_null (strstr (output->str, lock_pin));
  g_assert_null (strstr (output->str, passphrase));
  g_assert_null (strstr (output->str, hash));
  g_assert_null (strstr (output->str, strrchr (hash, '$') + 1));
}

int
main (int   argc,
      char *argv[])
{
  hearth_core_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/cli/lock/lock-unlock", Fixture, NULL, fixture_set_up, test_lock_unlock, fixture_tear_down);
  g_test_add ("/hearth/cli/lock/journals-apart", Fixture, NULL, fixture_set_up, test_journals_apart, fixture_tear_down);
  g_test_add ("/hearth/cli/lock/no-keyring", Fixture, NULL, fixture_set_up, test_no_keyring, fixture_tear_down);
  g_test_add ("/hearth/cli/lock/never-on-disk", Fixture, NULL, fixture_set_up, test_never_on_disk, fixture_tear_down);

  return g_test_run ();
}
