/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-purge"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "hearth-core.h"
#include "store-fixture.h"

/* Issue 10: the journal's files are private (0600), and a member or the
 * whole family can be deleted for good, leaving nothing in the file. */

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
assert_private_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (file_mode (file) != 0600)
        g_error ("%s has mode %03o, not 600", file, file_mode (file));
    }
}

/* --db PATH outside the private data folder: a 0755 folder, umask 022. */
static void
test_new_journal_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("hearth-mode-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ann");
  mode_t old_umask;

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  path = g_build_filename (dir, "journal.db", NULL);
  clock = hearth_clock_new_fixed (now);

  old_umask = umask (022);
  store = hearth_store_open (path, clock, &error);
  umask (old_umask);
  g_assert_no_error (error);
  ASSERT_OK (hearth_store_add_profile (store, profile, &error));

  assert_private_files (path);

  g_clear_object (&store);
  remove_tree (dir);
}

/* A journal left readable by others (an older Hearth, a copy) is made
 * private when opened for writing, -wal and -shm too; read-only opens
 * never touch it. */
static void
test_existing_journal_tightened (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("hearth-mode-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ann");
  mode_t old_umask;

  g_assert_no_error (error);
  path = g_build_filename (dir, "journal.db", NULL);
  clock = hearth_clock_new_fixed (now);
  store = hearth_store_open (path, clock, &error);
  g_assert_no_error (error);
  ASSERT_OK (hearth_store_add_profile (store, profile, &error));
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  store = hearth_store_open_full (path, clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpuint (file_mode (path), ==, 0644);

  old_umask = umask (022);
  store = hearth_store_open (path, clock, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_false (hearth_store_is_read_only (store));
  assert_private_files (path);

  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/hearth/privacy/file-mode/new", test_new_journal_private);
  g_test_add_func ("/hearth/privacy/file-mode/existing", test_existing_journal_tightened);

  return g_test_run ();
}
