/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-backup-private.h"
#include "hearth-store.h"

/* Restore, its undo, and the automatic daily backups (hearth-backup.h).
 *
 * A restore never damages the journal: the backup is decrypted and checked
 * whole into a private temporary journal beside the journal
 * ("JOURNAL.restore-XXXXXX", 0600, removed by a later run if this one is
 * killed), migrated there if it is older, and only then moved in with one
 * rename(). Before that the current journal is checkpointed (its -wal
 * folded in, so the file alone is the whole journal) and hard-linked as
 * "JOURNAL.before-restore" (copied where links are impossible). */

char *
hearth_backup_undo_path (const char *journal_path)
{
  g_return_val_if_fail (journal_path != NULL, NULL);

  return g_strconcat (journal_path, ".before-restore", NULL);
}

gboolean
hearth_backup_can_undo (const char *journal_path)
{
  g_autofree char *undo = hearth_backup_undo_path (journal_path);

  return g_file_test (undo, G_FILE_TEST_IS_REGULAR);
}

static gboolean
file_exists (const char *path)
{
  struct stat st;

  return g_lstat (path, &st) == 0;
}

/* Folds the -wal into the journal and closes: when no other program holds
 * the journal open, SQLite then removes the -wal and -shm. One that stays
 * means another connection: BUSY (replacing the file under it would
 * damage what it writes next). */
static gboolean
quiesce_journal (const char  *journal_path,
                 GError     **error)
{
  g_autofree char *wal = g_strconcat (journal_path, "-wal", NULL);
  g_autofree char *name = g_filename_display_name (journal_path);
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (journal_path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 2000);
      rc = sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    }
  sqlite3_close (db);
  if (rc != SQLITE_OK && rc != SQLITE_NOTADB && rc != SQLITE_CORRUPT)
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY,
                   _("“%s” is in use by another program: close Hearth there first"), name);
      return FALSE;
    }
  if (file_exists (wal))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY,
                   _("“%s” is in use by another program: close Hearth there first"), name);
      return FALSE;
    }
  return TRUE;
}

/* A copy of @from at @to (0600), for file systems without hard links. */
static gboolean
copy_private (const char  *from,
              const char  *to,
              GError     **error)
{
  g_autofree guint8 *buffer = g_malloc (1024 * 1024);
  gboolean ok = FALSE;
  int in, out;

  in = open (from, O_RDONLY | O_CLOEXEC);
  if (in < 0)
    return _hearth_backup_set_io_error (error, from, errno);
  out = open (to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (out < 0)
    {
      _hearth_backup_set_io_error (error, to, errno);
      close (in);
      return FALSE;
    }
  for (;;)
    {
      gssize n = read (in, buffer, 1024 * 1024);
      gssize done = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          _hearth_backup_set_io_error (error, from, errno);
          goto out;
        }
      if (n == 0)
        break;
      while (done < n)
        {
          gssize w = write (out, buffer + done, (gsize) (n - done));

          if (w < 0 && errno == EINTR)
            continue;
          if (w < 0)
            {
              _hearth_backup_set_io_error (error, to, errno);
              goto out;
            }
          done += w;
        }
    }
  if (fsync (out) != 0)
    {
      _hearth_backup_set_io_error (error, to, errno);
      goto out;
    }
  ok = TRUE;

out:
  close (in);
  close (out);
  if (!ok)
    g_unlink (to);
  return ok;
}

/* Keeps the current journal as @undo (replacing an earlier one). */
static gboolean
keep_aside (const char  *journal_path,
            const char  *undo,
            GError     **error)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (undo, suffixes[i], NULL);

      if (g_unlink (path) != 0 && errno != ENOENT)
        return _hearth_backup_set_io_error (error, path, errno);
    }
  if (link (journal_path, undo) != 0)
    {
      if (errno == ENOSPC || errno == EDQUOT || errno == EACCES)
        return _hearth_backup_set_io_error (error, undo, errno);
      if (!copy_private (journal_path, undo, error))
        return FALSE;
    }
  if (g_chmod (undo, 0600) != 0)
    return _hearth_backup_set_io_error (error, undo, errno);
  return TRUE;
}

gboolean
hearth_backup_restore (const char         *backup_path,
                       const char         *passphrase,
                       const char         *journal_path,
                       HearthBackupStats  *stats,
                       GCancellable       *cancellable,
                       GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *undo = NULL;
  gboolean had_journal;
  HearthBackupStats local_stats = { 0 };
  int schema_version = 0;
  gboolean ok = FALSE;
  gint64 start;
  int fd;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats != NULL)
    memset (stats, 0, sizeof *stats);

  dir = g_path_get_dirname (journal_path);
  base = g_path_get_basename (journal_path);
  prefix = g_strconcat (base, ".restore-", NULL);
  undo = hearth_backup_undo_path (journal_path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return _hearth_backup_set_io_error (error, dir, errno);
  _hearth_backup_remove_stale (dir, prefix);

  fd = _hearth_backup_make_temp (dir, prefix, &tmp, error);
  if (fd < 0)
    return FALSE;

  /* 1. The whole backup, decrypted and authenticated, as a journal of its own. */
  if (!_hearth_backup_open_to_fd (backup_path, passphrase, fd, tmp, &schema_version, &local_stats,
                                  cancellable, error))
    goto out;

  /* 2. A sound Hearth journal, at this Hearth's schema. */
  start = g_get_monotonic_time ();
  if (!_hearth_backup_check_journal (tmp, error))
    goto out;
  {
    g_autoptr(GError) local = NULL;
    g_autoptr(HearthClock) clock = hearth_clock_new_system ();
    g_autoptr(HearthStore) store = hearth_store_open_full (tmp, clock, HEARTH_STORE_OPEN_EXISTING,
                                                           &local);

    if (store == NULL)
      {
        g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_JOURNAL,
                     _("The journal in this backup cannot be opened: %s"), local->message);
        goto out;
      }
  }
  /* Whatever the migrations wrote is in the file itself, no -wal beside it. */
  if (!quiesce_journal (tmp, error))
    goto out;
  local_stats.snapshot_usec = g_get_monotonic_time () - start;
  if (fsync (fd) != 0)
    {
      _hearth_backup_set_io_error (error, tmp, errno);
      goto out;
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_CANCELLED,
                   _("The restore was cancelled"));
      goto out;
    }

  /* 3. The current journal aside, the restored one in: one rename. */
  had_journal = file_exists (journal_path);
  if (had_journal &&
      (!quiesce_journal (journal_path, error) || !keep_aside (journal_path, undo, error)))
    goto out;
  if (g_rename (tmp, journal_path) != 0)
    {
      _hearth_backup_set_io_error (error, journal_path, errno);
      goto out;
    }
  _hearth_backup_sync_dir (dir);
  g_clear_pointer (&tmp, g_free);
  g_debug ("Restored a backup of schema %d over %s: %" G_GINT64_FORMAT " bytes; Argon2id %.0f ms, "
           "decrypted in %.0f ms, checked in %.0f ms", schema_version, journal_path,
           local_stats.journal_bytes, local_stats.kdf_usec / 1000.0,
           local_stats.crypt_usec / 1000.0, local_stats.snapshot_usec / 1000.0);
  if (stats != NULL)
    *stats = local_stats;
  ok = TRUE;

out:
  close (fd);
  if (tmp != NULL)
    {
      g_autofree char *wal = g_strconcat (tmp, "-wal", NULL);
      g_autofree char *shm = g_strconcat (tmp, "-shm", NULL);

      g_unlink (tmp);
      g_unlink (wal);
      g_unlink (shm);
    }
  return ok;
}

gboolean
hearth_backup_undo_restore (const char  *journal_path,
                            GError     **error)
{
  g_autofree char *undo = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  undo = hearth_backup_undo_path (journal_path);
  if (!g_file_test (undo, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NO_UNDO,
                   _("There is no restore to undo: no journal was kept aside"));
      return FALSE;
    }
  if (file_exists (journal_path) && !quiesce_journal (journal_path, error))
    return FALSE;
  if (g_rename (undo, journal_path) != 0)
    return _hearth_backup_set_io_error (error, journal_path, errno);
  dir = g_path_get_dirname (journal_path);
  _hearth_backup_sync_dir (dir);
  return TRUE;
}

/* Automatic backups ------------------------------------------------------ */

char *
hearth_backup_auto_name (HearthClock *clock)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HEARTH_IS_CLOCK (clock), NULL);

  now = hearth_clock_now (clock);
  return g_strdup_printf ("hearth-%04d-%02d-%02d" HEARTH_BACKUP_SUFFIX,
                          g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

/* Whether @name is one hearth_backup_auto_name() makes. */
static gboolean
is_auto_name (const char *name)
{
  static const char pattern[] = "hearth-DDDD-DD-DD" HEARTH_BACKUP_SUFFIX;

  if (strlen (name) != sizeof pattern - 1)
    return FALSE;
  for (gsize i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == 'D' ? !g_ascii_isdigit (name[i]) : name[i] != pattern[i])
        return FALSE;
    }
  return TRUE;
}

static int
compare_names_newest_first (gconstpointer a,
                            gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

gboolean
hearth_backup_auto (const char         *journal_path,
                    const char         *folder,
                    guint               keep,
                    const char         *passphrase,
                    HearthClock        *clock,
                    char              **made_path,
                    guint              *n_removed,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local = NULL;
  const char *entry;
  guint removed = 0;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);
  g_return_val_if_fail (keep >= 1, FALSE);
  g_return_val_if_fail (HEARTH_IS_CLOCK (clock), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (made_path != NULL)
    *made_path = NULL;
  if (n_removed != NULL)
    *n_removed = 0;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return _hearth_backup_set_io_error (error, folder, errno);

  name = hearth_backup_auto_name (clock);
  path = g_build_filename (folder, name, NULL);
  if (!file_exists (path))
    {
      if (!hearth_backup_create (journal_path, path, passphrase, NULL, cancellable, error))
        return FALSE;
      if (made_path != NULL)
        *made_path = g_strdup (path);
    }

  /* Only after today's is safe: the oldest beyond @keep, ours only. */
  dir = g_dir_open (folder, 0, &local);
  if (dir == NULL)
    return _hearth_backup_set_io_error (error, folder, EIO);
  found = g_ptr_array_new_with_free_func (g_free);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *full = NULL;
      struct stat st;

      if (!is_auto_name (entry))
        continue;
      full = g_build_filename (folder, entry, NULL);
      if (g_lstat (full, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      g_ptr_array_add (found, g_strdup (entry));
    }
  g_ptr_array_sort (found, compare_names_newest_first);
  for (guint i = keep; i < found->len; i++)
    {
      g_autofree char *full = g_build_filename (folder, g_ptr_array_index (found, i), NULL);

      if (g_unlink (full) != 0)
        return _hearth_backup_set_io_error (error, full, errno);
      removed++;
    }
  if (n_removed != NULL)
    *n_removed = removed;
  return TRUE;
}
