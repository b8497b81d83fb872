/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-backup"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-backup-private.h"
#include "hearth-backup-store.h"
#include "hearth-store-private.h"

/* A restore into the app's open store (hearth-backup-store.h): the backup
 * is opened into a temporary journal as hearth_backup_restore() does, but
 * moved into the journal through the store's own connection with SQLite's
 * online backup API instead of a rename, so the app never closes its
 * store. */

struct _HearthBackupPrepared
{
  char              *path;   /* the temporary journal */
  int                fd;     /* held (flock) while it lives */
  HearthPurgeCounts  counts;
};

void
hearth_backup_prepared_free (HearthBackupPrepared *prepared)
{
  if (prepared == NULL)
    return;
  if (prepared->path != NULL)
    {
      g_autofree char *wal = g_strconcat (prepared->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (prepared->path, "-shm", NULL);

      g_unlink (prepared->path);
      g_unlink (wal);
      g_unlink (shm);
      g_free (prepared->path);
    }
  if (prepared->fd >= 0)
    close (prepared->fd);
  g_free (prepared);
}

const HearthPurgeCounts *
hearth_backup_prepared_get_counts (HearthBackupPrepared *prepared)
{
  g_return_val_if_fail (prepared != NULL, NULL);
  return &prepared->counts;
}

HearthBackupPrepared *
hearth_backup_prepare (const char    *backup_path,
                       const char    *passphrase,
                       const char    *journal_path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(HearthBackupPrepared) prepared = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  int schema_version = 0;

  g_return_val_if_fail (backup_path != NULL, NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);
  g_return_val_if_fail (journal_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (journal_path);
  base = g_path_get_basename (journal_path);
  prefix = g_strconcat (base, ".restore-", NULL);
  _hearth_backup_remove_stale (dir, prefix);

  prepared = g_new0 (HearthBackupPrepared, 1);
  prepared->fd = _hearth_backup_make_temp (dir, prefix, &prepared->path, error);
  if (prepared->fd < 0)
    return NULL;

  /* The whole backup, decrypted and authenticated, a sound Hearth journal
   * brought to this Hearth's schema (opening it migrates it). */
  if (!_hearth_backup_open_to_fd (backup_path, passphrase, prepared->fd, prepared->path,
                                  &schema_version, NULL, cancellable, error) ||
      !_hearth_backup_check_journal (prepared->path, error))
    return NULL;
  {
    g_autoptr(GError) local = NULL;
    g_autoptr(HearthClock) clock = hearth_clock_new_system ();
    g_autoptr(HearthStore) store = hearth_store_open_full (prepared->path, clock,
                                                           HEARTH_STORE_OPEN_EXISTING, &local);

    if (store == NULL || !hearth_store_count_purge (store, NULL, &prepared->counts, &local))
      {
        g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_JOURNAL,
                     _("The journal in this backup cannot be opened: %s"), local->message);
        return NULL;
      }
  }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  g_debug ("Prepared a restore of a schema %d backup into %s", schema_version, prepared->path);
  return g_steal_pointer (&prepared);
}

/* Copies the database "main" of @from into "main" of @to in one step: a
 * single write transaction on @to, so a failure leaves it as it was. */
static gboolean
copy_db (sqlite3     *to,
         sqlite3     *from,
         const char  *to_name,
         GError     **error)
{
  g_autofree char *name = g_filename_display_name (to_name);
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (to, "main", from, "main");
  if (backup == NULL)
    rc = sqlite3_errcode (to);
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
        rc = sqlite3_errcode (to);
    }
  switch (rc)
    {
    case SQLITE_OK:
      return TRUE;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY,
                   _("“%s” is busy: try again in a moment"), name);
      return FALSE;
    case SQLITE_FULL:
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FULL,
                   _("The disk is full: “%s” was not changed"), name);
      return FALSE;
    default:
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_IO,
                   _("Could not write “%s”: %s"), name, sqlite3_errstr (rc));
      return FALSE;
    }
}

/* Copies the file journal @path into the store's connection. */
static gboolean
copy_in (HearthStore  *store,
         const char   *path,
         GError      **error)
{
  sqlite3 *from = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_open_v2 (path, &from, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (path);

      sqlite3_close (from);
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_IO,
                   _("Could not read “%s”: %s"), name, sqlite3_errstr (rc));
      return FALSE;
    }
  ok = copy_db (_hearth_store_get_db (store), from, hearth_store_get_path (store), error);
  sqlite3_close (from);
  if (ok)
    {
      g_autoptr(GError) local = NULL;

      if (!hearth_store_reload (store, &local))
        g_warning ("Could not re-read %s: %s", hearth_store_get_path (store), local->message);
    }
  return ok;
}

/* Copies the open journal to @undo (0600, replacing an earlier one). */
static gboolean
keep_aside (HearthStore  *store,
            const char   *undo,
            GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (undo);
  g_autofree char *base = g_path_get_basename (undo);
  g_autofree char *prefix = g_strconcat (base, "-", NULL);
  g_autofree char *tmp = NULL;
  sqlite3 *to = NULL;
  gboolean ok;
  int fd;
  int rc;

  /* A private file first (0600 from the start), SQLite writes into it;
   * one a killed run left is removed. */
  _hearth_backup_remove_stale (dir, prefix);
  fd = _hearth_backup_make_temp (dir, prefix, &tmp, error);
  if (fd < 0)
    return FALSE;
  rc = sqlite3_open_v2 (tmp, &to, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_close (to);
      close (fd);
      g_unlink (tmp);
      return _hearth_backup_set_io_error (error, undo, EIO);
    }
  ok = copy_db (to, _hearth_store_get_db (store), undo, error);
  if (ok)
    {
      /* The copy alone is the whole journal: no -wal beside it. */
      rc = sqlite3_exec (to, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
      ok = rc == SQLITE_OK || _hearth_backup_set_io_error (error, undo, EIO);
    }
  sqlite3_close (to);
  if (ok && fsync (fd) != 0)
    ok = _hearth_backup_set_io_error (error, undo, errno);
  if (ok && g_rename (tmp, undo) != 0)
    ok = _hearth_backup_set_io_error (error, undo, errno);
  close (fd);
  if (!ok)
    g_unlink (tmp);
  else
    _hearth_backup_sync_dir (dir);
  return ok;
}

static gboolean
check_writable (HearthStore  *store,
                GError      **error)
{
  if (hearth_store_is_read_only (store))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("The journal is open read-only: nothing was restored"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hearth_backup_restore_into_store (HearthStore           *store,
                                  HearthBackupPrepared  *prepared,
                                  GError               **error)
{
  g_autofree char *undo = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (prepared != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_writable (store, error))
    return FALSE;
  undo = hearth_backup_undo_path (hearth_store_get_path (store));
  if (!keep_aside (store, undo, error))
    return FALSE;
  return copy_in (store, prepared->path, error);
}

gboolean
hearth_backup_undo_into_store (HearthStore  *store,
                               GError      **error)
{
  g_autofree char *undo = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_writable (store, error))
    return FALSE;
  undo = hearth_backup_undo_path (hearth_store_get_path (store));
  if (!g_file_test (undo, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NO_UNDO,
                   _("There is no restore to undo"));
      return FALSE;
    }
  if (!copy_in (store, undo, error))
    return FALSE;
  g_unlink (undo);
  return TRUE;
}
