/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup-store"

#include "config.h"

#include <math.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "hearth-core.h"
#include "hearth-backup-private.h"
#include "store-fixture.h"

/* A backup restored into the open store and undone (hearth-backup-store.h):
 * the app's way, which never closes its store. */

#define PASSPHRASE "family-passphrase"

static void
on_profiles_changed_cb (HearthStore *store,
                        guint       *count)
{
  (*count)++;
}

static gint64
count_readings (Fixture    *f,
                const char *uuid)
{
  g_autoptr(GError) error = NULL;
  gint64 n = hearth_store_count_readings (f->store, uuid, &error);

  g_assert_no_error (error);
  return n;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The folder's file names, sorted, joined by spaces. */
static char *
folder_names (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
make_backup (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *out = g_build_filename (f->dir, "family.hearthbackup", NULL);

  ASSERT_OK (hearth_backup_create (f->path, out, PASSPHRASE, NULL, NULL, &error));
  return out;
}

static void
test_restore_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) ben = NULL;
  g_autoptr(GDateTime) t1 = utc (2024, 3, 1, 8, 0);
  g_autoptr(GDateTime) t2 = utc (2024, 3, 2, 8, 0);
  g_autoptr(GDateTime) t3 = utc (2024, 3, 3, 8, 0);
  g_autoptr(HearthBackupPrepared) prepared = NULL;
  g_autofree char *w1 = add_weight (f, hearth_profile_get_uuid (ann), t1, 70.0, NAN);
  g_autofree char *w2 = NULL;
  g_autofree char *w3 = NULL;
  g_autofree char *out = make_backup (f);
  g_autofree char *undo = hearth_backup_undo_path (f->path);
  const HearthPurgeCounts *counts;
  guint changed = 0;
  struct stat st;

  /* After the backup: another reading and another member. */
  w2 = add_weight (f, hearth_profile_get_uuid (ann), t2, 71.0, NAN);
  ben = add_member (f, "Ben");
  g_signal_connect (f->store, "profiles-changed", G_CALLBACK (on_profiles_changed_cb), &changed);

  /* Prepared: what the backup holds; the journal untouched. */
  prepared = hearth_backup_prepare (out, PASSPHRASE, f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (prepared);
  counts = hearth_backup_prepared_get_counts (prepared);
  g_assert_cmpint (counts->members, ==, 1);
  g_assert_cmpint (counts->readings, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 2);
  g_assert_false (hearth_backup_can_undo (f->path));

  /* Restored into the open store: its connection sees the backup's
   * journal at once and the pages are told. */
  ASSERT_OK (hearth_backup_restore_into_store (f->store, prepared, &error));
  g_assert_cmpuint (changed, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 1);
  g_assert_cmpint (count_readings (f, hearth_profile_get_uuid (ann)), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 1);
  /* The journal from before, kept aside, private. */
  g_assert_true (hearth_backup_can_undo (f->path));
  g_assert_cmpint (g_stat (undo, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The store goes on writing. */
  w3 = add_weight (f, hearth_profile_get_uuid (ann), t3, 72.0, NAN);
  g_assert_cmpint (count_readings (f, hearth_profile_get_uuid (ann)), ==, 2);

  /* Undo: the journal from before the restore, whole. */
  changed = 0;
  ASSERT_OK (hearth_backup_undo_into_store (f->store, &error));
  g_assert_cmpuint (changed, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 2);
  g_assert_cmpint (count_readings (f, hearth_profile_get_uuid (ann)), ==, 2);
  g_assert_cmpint (count_readings (f, hearth_profile_get_uuid (ben)), ==, 0);
  g_assert_false (hearth_backup_can_undo (f->path));

  /* Nothing more to undo. */
  g_assert_false (hearth_backup_undo_into_store (f->store, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NO_UNDO);

  /* The journal reopens as it is now. */
  fixture_reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 2);
  g_unlink (out);
}

/* A wrong passphrase or a damaged file: nothing changed, nothing left. */
static void
test_prepare_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) t1 = utc (2024, 3, 1, 8, 0);
  g_autofree char *w1 = add_weight (f, hearth_profile_get_uuid (ann), t1, 70.0, NAN);
  g_autofree char *out = make_backup (f);
  g_autofree char *before = folder_names (f->dir);
  g_autofree char *after = NULL;
  HearthBackupPrepared *prepared;

  prepared = hearth_backup_prepare (out, "not the passphrase", f->path, NULL, &error);
  g_assert_null (prepared);
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (out, "not a backup", -1, NULL));
  prepared = hearth_backup_prepare (out, PASSPHRASE, f->path, NULL, &error);
  g_assert_null (prepared);
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_BACKUP);

  after = folder_names (f->dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_readings (f, hearth_profile_get_uuid (ann)), ==, 1);
  g_assert_false (hearth_backup_can_undo (f->path));
  g_unlink (out);
}

/* A read-only store is not restored into; nothing kept aside. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autofree char *out = make_backup (f);
  g_autoptr(HearthBackupPrepared) prepared = NULL;
  g_autoptr(HearthStore) ro = NULL;

  prepared = hearth_backup_prepare (out, PASSPHRASE, f->path, NULL, &error);
  g_assert_no_error (error);
  ro = hearth_store_open_full (f->path, f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_backup_restore_into_store (ro, prepared, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
  g_assert_false (hearth_backup_can_undo (f->path));
  g_unlink (out);
}

int
main (int   argc,
      char *argv[])
{
  _HearthBackupLimits quick = { 1, 8192 };

  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();
  _hearth_backup_set_limits (&quick);

  g_test_add ("/hearth/backup-store/restore-undo", Fixture, NULL, fixture_setup, test_restore_undo, fixture_teardown);
  g_test_add ("/hearth/backup-store/prepare-refused", Fixture, NULL, fixture_setup, test_prepare_refused, fixture_teardown);
  g_test_add ("/hearth/backup-store/read-only", Fixture, NULL, fixture_setup, test_read_only, fixture_teardown);

  return g_test_run ();
}
