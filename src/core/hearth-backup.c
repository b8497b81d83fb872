/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <sqlite3.h>

#include "hearth-backup-private.h"
#include "hearth-store.h"

/* Encrypted backups: the file format (docs/backup-format.md), making a
 * backup and opening one. Restore, undo and the automatic backups are in
 * hearth-backup-restore.c.
 *
 * Header (little-endian, _HEARTH_BACKUP_HEADER_SIZE bytes):
 *    0  8  magic "HEARTHBK"
 *    8  2  format version (1)
 *   10  2  header size (152)
 *   12  4  the journal's schema version (PRAGMA user_version)
 *   16  4  plaintext bytes per chunk (65536)
 *   20  4  key derivation algorithm (crypto_pwhash_ALG_ARGON2ID13)
 *   24  8  the journal's size in bytes
 *   32  8  Argon2id opslimit
 *   40  8  Argon2id memlimit (bytes)
 *   48 16  Argon2id salt
 *   64 24  crypto_secretstream_xchacha20poly1305 header
 *   88 32  key check: BLAKE2b-256 of bytes 0–87 keyed with the check key
 *  120 32  checksum: BLAKE2b-256 of bytes 0–119 (unkeyed: a damaged header
 *          is told apart from a wrong passphrase)
 * then the stream: ceil(size / 65536) chunks, each its plaintext plus
 * crypto_secretstream_xchacha20poly1305_ABYTES, the first with the whole
 * header as additional data, the last (only the last) tagged FINAL.
 * Argon2id derives 64 bytes from the passphrase: the stream key, then the
 * check key. */

#define OFF_VERSION   8
#define OFF_HSIZE     10
#define OFF_SCHEMA    12
#define OFF_CHUNK     16
#define OFF_ALG       20
#define OFF_SIZE      24
#define OFF_OPS       32
#define OFF_MEM       40
#define OFF_SALT      48
#define OFF_STREAM    64
#define OFF_CHECK     88
#define OFF_SUM       120

G_STATIC_ASSERT (OFF_SALT + crypto_pwhash_SALTBYTES == OFF_STREAM);
G_STATIC_ASSERT (OFF_STREAM + crypto_secretstream_xchacha20poly1305_HEADERBYTES == OFF_CHECK);
G_STATIC_ASSERT (OFF_SUM + 32 == _HEARTH_BACKUP_HEADER_SIZE);

#define KEY_BYTES crypto_secretstream_xchacha20poly1305_KEYBYTES
#define ABYTES    crypto_secretstream_xchacha20poly1305_ABYTES

/* Limits a header may ask for: more would let a crafted file make restore
 * take gigabytes or minutes before it could say the passphrase is wrong. */
#define MAX_OPSLIMIT  (crypto_pwhash_OPSLIMIT_SENSITIVE * 2)
#define MAX_MEMLIMIT  ((guint64) 1024 * 1024 * 1024)

G_DEFINE_QUARK (hearth-backup-error-quark, hearth_backup_error)

static _HearthBackupLimits test_limits;
static gboolean have_test_limits;

void
_hearth_backup_get_limits (_HearthBackupLimits *limits)
{
  if (have_test_limits)
    {
      *limits = test_limits;
      return;
    }
  /* MODERATE (256 MiB, 3 passes): a backup may leave the machine (a USB
   * stick, a cloud folder), where the passphrase can be guessed offline for
   * as long as the file exists. It costs under a second once per backup
   * and restore; the member lock's hash, checked at every unlock, uses
   * INTERACTIVE. */
  limits->opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
  limits->memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
}

void
_hearth_backup_set_limits (const _HearthBackupLimits *limits)
{
  have_test_limits = limits != NULL;
  if (limits != NULL)
    test_limits = *limits;
}

gboolean
hearth_backup_check_passphrase (const char  *passphrase,
                                GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (passphrase == NULL || !g_utf8_validate (passphrase, -1, NULL))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                   _("The passphrase is not valid text"));
      return FALSE;
    }
  if (strlen (passphrase) > HEARTH_BACKUP_MAX_PASSPHRASE)
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                   _("The passphrase is too long (at most %d bytes)"), HEARTH_BACKUP_MAX_PASSPHRASE);
      return FALSE;
    }
  for (const char *p = passphrase; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_iscntrl (g_utf8_get_char (p)))
        {
          g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                       _("The passphrase cannot contain a line break, a tab or another control character"));
          return FALSE;
        }
    }
  if (g_utf8_strlen (passphrase, -1) < HEARTH_BACKUP_MIN_PASSPHRASE)
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                   _("The passphrase is too short: use at least %d characters"),
                   HEARTH_BACKUP_MIN_PASSPHRASE);
      return FALSE;
    }
  return TRUE;
}

/* Files ---------------------------------------------------------------- */

gboolean
_hearth_backup_set_io_error (GError     **error,
                             const char  *path,
                             int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FULL,
                 _("The disk is full: “%s” could not be written. Nothing was changed."), name);
  else if (saved_errno == EFBIG)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FULL,
                 _("“%s” is too large for the disk or the folder. Nothing was changed."), name);
  else if (saved_errno == ENOENT)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_FOUND,
                 _("“%s” does not exist"), name);
  else
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_IO,
                 _("Could not use “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

void
_hearth_backup_sync_dir (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not sync the folder %s: %s", dir, g_strerror (errno));
  close (fd);
}

int
_hearth_backup_make_temp (const char  *dir,
                          const char  *prefix,
                          char       **path_out,
                          GError     **error)
{
  g_autofree char *template = g_strdup_printf ("%s/%sXXXXXX", dir, prefix);
  int fd;

  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return _hearth_backup_set_io_error (error, template, errno), -1;
  /* Held while this process lives: _hearth_backup_remove_stale() leaves it. */
  if (flock (fd, LOCK_EX | LOCK_NB) != 0 || fchmod (fd, 0600) != 0)
    {
      int saved = errno;

      close (fd);
      g_unlink (template);
      return _hearth_backup_set_io_error (error, template, saved), -1;
    }
  *path_out = g_steal_pointer (&template);
  return fd;
}

/* Removes @path if no process holds its flock (left by a run that died). */
static gboolean
remove_if_stale (const char *path)
{
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  gboolean stale = FALSE;
  struct stat st;

  if (fd < 0)
    return errno == ENOENT;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid () &&
      flock (fd, LOCK_EX | LOCK_NB) == 0)
    {
      stale = TRUE;
      if (g_unlink (path) != 0)
        stale = errno == ENOENT;
      else
        g_debug ("Removed %s, left by an interrupted backup or restore", path);
    }
  close (fd);
  return stale;
}

void
_hearth_backup_remove_stale (const char *dir,
                             const char *prefix)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  if (folder == NULL)
    return;
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, prefix))
        continue;
      path = g_build_filename (dir, name, NULL);
      remove_if_stale (path);
    }
}

static gboolean
write_all (int          fd,
           const guint8 *data,
           gsize        length,
           const char  *path,
           GError     **error)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return _hearth_backup_set_io_error (error, path, errno);
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Reads up to @length bytes; *@got is how many (fewer only at the end). */
static gboolean
read_full (int          fd,
           guint8      *data,
           gsize        length,
           gsize       *got,
           const char  *path,
           GError     **error)
{
  *got = 0;
  while (*got < length)
    {
      gssize n = read (fd, data + *got, length - *got);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return _hearth_backup_set_io_error (error, path, errno);
        }
      if (n == 0)
        break;
      *got += (gsize) n;
    }
  return TRUE;
}

static void
put_u16 (guint8 *p, guint16 v)
{
  v = GUINT16_TO_LE (v);
  memcpy (p, &v, sizeof v);
}

static void
put_u32 (guint8 *p, guint32 v)
{
  v = GUINT32_TO_LE (v);
  memcpy (p, &v, sizeof v);
}

static void
put_u64 (guint8 *p, guint64 v)
{
  v = GUINT64_TO_LE (v);
  memcpy (p, &v, sizeof v);
}

static guint16
get_u16 (const guint8 *p)
{
  guint16 v;
  memcpy (&v, p, sizeof v);
  return GUINT16_FROM_LE (v);
}

static guint32
get_u32 (const guint8 *p)
{
  guint32 v;
  memcpy (&v, p, sizeof v);
  return GUINT32_FROM_LE (v);
}

static guint64
get_u64 (const guint8 *p)
{
  guint64 v;
  memcpy (&v, p, sizeof v);
  return GUINT64_FROM_LE (v);
}

/* The stream key and the check key from the passphrase (64 bytes). */
static gboolean
derive_keys (const char   *passphrase,
             const guint8 *salt,
             guint64       opslimit,
             gsize         memlimit,
             guint8        keys[2 * KEY_BYTES],
             HearthBackupStats *stats,
             GError      **error)
{
  gint64 start = g_get_monotonic_time ();

  if (crypto_pwhash (keys, 2 * KEY_BYTES, passphrase, strlen (passphrase), salt,
                     opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      sodium_memzero (keys, 2 * KEY_BYTES);
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FAILED,
                   _("Not enough memory to derive the backup’s key from the passphrase"));
      return FALSE;
    }
  if (stats != NULL)
    stats->kdf_usec += g_get_monotonic_time () - start;
  return TRUE;
}

static void
header_check (const guint8 *header,
              const guint8 *check_key,
              guint8        out[32])
{
  crypto_generichash (out, 32, header, OFF_CHECK, check_key, KEY_BYTES);
}

static void
header_sum (const guint8 *header,
            guint8        out[32])
{
  crypto_generichash (out, 32, header, OFF_SUM, NULL, 0);
}

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_CANCELLED,
                   _("The backup was cancelled"));
      return FALSE;
    }
  return TRUE;
}

/* Sealing -------------------------------------------------------------- */

/* Opens "@out_path.partial" for writing: 0600, created here (O_EXCL), and
 * flock'ed; a partial file a dead run left is removed first, one a living
 * run is writing is BUSY. */
static int
open_partial (const char  *partial,
              GError     **error)
{
  int fd;

  if (!remove_if_stale (partial))
    {
      g_autofree char *name = g_filename_display_name (partial);

      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY,
                   _("Another backup is being written to “%s”"), name);
      return -1;
    }
  fd = open (partial, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      if (errno == EEXIST)
        {
          g_autofree char *name = g_filename_display_name (partial);

          g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY,
                       _("Another backup is being written to “%s”"), name);
          return -1;
        }
      if (errno == ENOENT)
        {
          g_autofree char *dir = g_path_get_dirname (partial);
          g_autofree char *name = g_filename_display_name (dir);

          g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_FOUND,
                       _("The folder “%s” does not exist"), name);
          return -1;
        }
      return _hearth_backup_set_io_error (error, partial, errno), -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) != 0 || fchmod (fd, 0600) != 0)
    {
      int saved = errno;

      close (fd);
      g_unlink (partial);
      return _hearth_backup_set_io_error (error, partial, saved), -1;
    }
  return fd;
}

/* Seals what @plain_fd holds (from its start, @plain_size bytes) into
 * @out_fd. */
static gboolean
seal_stream (int                plain_fd,
             const char        *plain_name,
             guint64            plain_size,
             int                schema_version,
             const char        *passphrase,
             int                out_fd,
             const char        *out_name,
             HearthBackupStats *stats,
             GCancellable      *cancellable,
             GError           **error)
{
  _HearthBackupLimits limits;
  guint8 header[_HEARTH_BACKUP_HEADER_SIZE] = { 0 };
  guint8 keys[2 * KEY_BYTES];
  crypto_secretstream_xchacha20poly1305_state state;
  g_autofree guint8 *plain = g_malloc (_HEARTH_BACKUP_CHUNK);
  g_autofree guint8 *sealed = g_malloc (_HEARTH_BACKUP_CHUNK + ABYTES);
  guint64 left = plain_size;
  gboolean first = TRUE;
  gboolean ok = FALSE;
  gint64 start;

  _hearth_backup_get_limits (&limits);

  memcpy (header, _HEARTH_BACKUP_MAGIC, _HEARTH_BACKUP_MAGIC_LEN);
  put_u16 (header + OFF_VERSION, _HEARTH_BACKUP_FORMAT);
  put_u16 (header + OFF_HSIZE, _HEARTH_BACKUP_HEADER_SIZE);
  put_u32 (header + OFF_SCHEMA, (guint32) schema_version);
  put_u32 (header + OFF_CHUNK, _HEARTH_BACKUP_CHUNK);
  put_u32 (header + OFF_ALG, crypto_pwhash_ALG_ARGON2ID13);
  put_u64 (header + OFF_SIZE, plain_size);
  put_u64 (header + OFF_OPS, limits.opslimit);
  put_u64 (header + OFF_MEM, limits.memlimit);
  randombytes_buf (header + OFF_SALT, crypto_pwhash_SALTBYTES);

  if (!derive_keys (passphrase, header + OFF_SALT, limits.opslimit, limits.memlimit,
                    keys, stats, error))
    return FALSE;

  start = g_get_monotonic_time ();
  crypto_secretstream_xchacha20poly1305_init_push (&state, header + OFF_STREAM, keys);
  header_check (header, keys + KEY_BYTES, header + OFF_CHECK);
  sodium_memzero (keys, sizeof keys);
  header_sum (header, header + OFF_SUM);

  if (lseek (plain_fd, 0, SEEK_SET) != 0)
    {
      _hearth_backup_set_io_error (error, plain_name, errno);
      goto out;
    }
  if (!write_all (out_fd, header, sizeof header, out_name, error))
    goto out;

  do
    {
      gsize want = (gsize) MIN (left, (guint64) _HEARTH_BACKUP_CHUNK);
      gsize got;
      unsigned long long sealed_len;
      guint8 tag;

      if (!check_cancelled (cancellable, error) ||
          !read_full (plain_fd, plain, want, &got, plain_name, error))
        goto out;
      if (got != want)
        {
          g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_IO,
                       _("The journal’s snapshot changed while it was being sealed"));
          goto out;
        }
      left -= got;
      tag = left == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                      : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
      crypto_secretstream_xchacha20poly1305_push (&state, sealed, &sealed_len, plain, got,
                                                  first ? header : NULL,
                                                  first ? sizeof header : 0, tag);
      first = FALSE;
      if (!write_all (out_fd, sealed, (gsize) sealed_len, out_name, error))
        goto out;
    }
  while (left > 0);

  if (fsync (out_fd) != 0)
    {
      _hearth_backup_set_io_error (error, out_name, errno);
      goto out;
    }
  if (stats != NULL)
    {
      stats->crypt_usec += g_get_monotonic_time () - start;
      stats->journal_bytes = (gint64) plain_size;
      stats->schema_version = schema_version;
    }
  ok = TRUE;

out:
  sodium_memzero (&state, sizeof state);
  sodium_memzero (plain, _HEARTH_BACKUP_CHUNK);
  return ok;
}

/* Seals @plain_fd into @out_path through @out_path.partial. */
static gboolean
seal_fd_to_path (int                plain_fd,
                 const char        *plain_name,
                 int                schema_version,
                 const char        *out_path,
                 const char        *passphrase,
                 HearthBackupStats *stats,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_autofree char *partial = g_strconcat (out_path, ".partial", NULL);
  g_autofree char *dir = g_path_get_dirname (out_path);
  struct stat st;
  int out_fd;

  if (fstat (plain_fd, &st) != 0)
    return _hearth_backup_set_io_error (error, plain_name, errno);
  if (st.st_size <= 0)
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_JOURNAL,
                   _("The journal is empty: there is nothing to back up"));
      return FALSE;
    }

  out_fd = open_partial (partial, error);
  if (out_fd < 0)
    return FALSE;
  if (!seal_stream (plain_fd, plain_name, (guint64) st.st_size, schema_version, passphrase,
                    out_fd, out_path, stats, cancellable, error))
    {
      close (out_fd);
      g_unlink (partial);
      return FALSE;
    }
  if (stats != NULL)
    stats->file_bytes = lseek (out_fd, 0, SEEK_CUR);
  if (g_rename (partial, out_path) != 0)
    {
      int saved = errno;

      close (out_fd);
      g_unlink (partial);
      return _hearth_backup_set_io_error (error, out_path, saved);
    }
  close (out_fd);
  _hearth_backup_sync_dir (dir);
  return TRUE;
}

gboolean
_hearth_backup_seal_file (const char         *plain_path,
                          int                 schema_version,
                          const char         *out_path,
                          const char         *passphrase,
                          HearthBackupStats  *stats,
                          GCancellable       *cancellable,
                          GError            **error)
{
  gboolean ok;
  int fd;

  fd = open (plain_path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return _hearth_backup_set_io_error (error, plain_path, errno);
  ok = seal_fd_to_path (fd, plain_path, schema_version, out_path, passphrase, stats,
                        cancellable, error);
  close (fd);
  return ok;
}

/* Snapshot ------------------------------------------------------------- */

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);
  int saved_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  if (rc == SQLITE_FULL ||
      ((rc & 0xff) == SQLITE_IOERR &&
       (saved_errno == ENOSPC || saved_errno == EDQUOT || saved_errno == EFBIG)))
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FULL,
                 _("The disk is full: “%s” could not be written. Nothing was changed."), name);
  else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY,
                 _("“%s” is busy in another program; try again"), name);
  else if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_JOURNAL,
                 _("“%s” is not a Hearth journal or is damaged"), name);
  else
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_IO,
                 _("Could not use “%s”: %s"), name,
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *value,
           const char  *path,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  return set_sqlite_error (error, db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, path);
}

/* user_version, and whether it is a Hearth journal this Hearth knows. */
static gboolean
check_schema (sqlite3     *db,
              const char  *path,
              int         *schema_version,
              GError     **error)
{
  gint64 version = 0, n_profiles = 0;

  if (!query_int (db, "PRAGMA user_version", &version, path, error))
    return FALSE;
  if (version > HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NEWER_SCHEMA,
                   _("This backup was made by a newer version of Hearth. Update Hearth to restore it."));
      return FALSE;
    }
  if (!query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'profiles'",
                  &n_profiles, path, error))
    return FALSE;
  if (version < 1 || n_profiles != 1)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_JOURNAL,
                   _("“%s” is not a Hearth journal"), name);
      return FALSE;
    }
  *schema_version = (int) version;
  return TRUE;
}

gboolean
_hearth_backup_check_journal (const char  *path,
                              GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int schema_version;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  if (!check_schema (db, path, &schema_version, error))
    goto out;

  /* A larger page cache: the check walks every table and index. */
  sqlite3_exec (db, "PRAGMA cache_size = -65536", NULL, NULL, NULL);
  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW ||
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_JOURNAL,
                   _("The journal in this backup is damaged"));
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

/* Copies the journal into the temporary file @snapshot with SQLite's online
 * backup API: one read transaction, so a consistent state even while the
 * app writes. */
static gboolean
take_snapshot (const char  *journal_path,
               const char  *snapshot,
               int         *schema_version,
               GError     **error)
{
  sqlite3 *src = NULL, *dst = NULL;
  sqlite3_backup *backup;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (journal_path, &src, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, src, rc, journal_path);
      goto out;
    }
  sqlite3_busy_timeout (src, 5000);
  sqlite3_db_config (src, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  if (!check_schema (src, journal_path, schema_version, error))
    goto out;

  rc = sqlite3_open_v2 (snapshot, &dst, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, dst, rc, snapshot);
      goto out;
    }
  /* A throw-away file: no journal of its own, no waiting for the disk. */
  sqlite3_exec (dst, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL);

  backup = sqlite3_backup_init (dst, "main", src, "main");
  if (backup == NULL)
    {
      set_sqlite_error (error, dst, sqlite3_errcode (dst), snapshot);
      goto out;
    }
  for (int tries = 0; ; tries++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && tries < 100)
        {
          sqlite3_sleep (50);
          continue;
        }
      break;
    }
  if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_DONE)
    rc = sqlite3_errcode (dst);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, dst, rc, rc == SQLITE_FULL ? snapshot : journal_path);
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_close (dst);
  sqlite3_close (src);
  return ok;
}

/* @path with its folder's symbolic links and "." resolved (the file itself
 * may not exist). */
static char *
resolve_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *real = realpath (dir, NULL);

  return g_build_filename (real != NULL ? real : dir, base, NULL);
}

/* Whether writing @out_path would replace the journal or one of its files. */
static gboolean
is_journal_file (const char *journal_path,
                 const char *out_path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *out = resolve_path (out_path);
  g_autofree char *journal = resolve_path (journal_path);
  struct stat out_st;
  gboolean out_exists = g_stat (out_path, &out_st) == 0;

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (journal, suffixes[i], NULL);
      struct stat st;

      if (g_str_equal (name, out))
        return TRUE;
      if (out_exists && g_stat (name, &st) == 0 &&
          st.st_dev == out_st.st_dev && st.st_ino == out_st.st_ino)
        return TRUE;
    }
  return FALSE;
}

gboolean
hearth_backup_create (const char         *journal_path,
                      const char         *out_path,
                      const char         *passphrase,
                      HearthBackupStats  *stats,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *snapshot = NULL;
  HearthBackupStats local_stats = { 0 };
  int schema_version = 0;
  gboolean ok;
  gint64 start;
  int fd;

  g_return_val_if_fail (journal_path != NULL, FALSE);
  g_return_val_if_fail (out_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats != NULL)
    memset (stats, 0, sizeof *stats);
  if (!hearth_backup_check_passphrase (passphrase, error))
    return FALSE;
  if (!g_file_test (journal_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *name = g_filename_display_name (journal_path);

      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_FOUND,
                   _("There is no journal at “%s” to back up"), name);
      return FALSE;
    }

  if (is_journal_file (journal_path, out_path))
    {
      g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FAILED,
                   _("A backup cannot replace the journal it is made of: choose another file"));
      return FALSE;
    }

  /* The snapshot is the plain journal: it stays beside the journal (as
   * private as it), named after it, and goes once sealed. */
  dir = g_path_get_dirname (journal_path);
  base = g_path_get_basename (journal_path);
  prefix = g_strconcat (base, ".snapshot-", NULL);
  _hearth_backup_remove_stale (dir, prefix);
  fd = _hearth_backup_make_temp (dir, prefix, &snapshot, error);
  if (fd < 0)
    return FALSE;

  start = g_get_monotonic_time ();
  ok = take_snapshot (journal_path, snapshot, &schema_version, error);
  local_stats.snapshot_usec = g_get_monotonic_time () - start;
  /* Read through the fd from now on: the name can go. */
  g_unlink (snapshot);
  if (ok)
    ok = check_cancelled (cancellable, error) &&
         seal_fd_to_path (fd, snapshot, schema_version, out_path, passphrase, &local_stats,
                          cancellable, error);
  close (fd);
  if (ok)
    g_debug ("Backup of %s: %" G_GINT64_FORMAT " bytes; snapshot %.0f ms, Argon2id %.0f ms, "
             "sealed in %.0f ms", journal_path, local_stats.journal_bytes,
             local_stats.snapshot_usec / 1000.0, local_stats.kdf_usec / 1000.0,
             local_stats.crypt_usec / 1000.0);
  if (stats != NULL)
    *stats = local_stats;
  return ok;
}

/* Opening -------------------------------------------------------------- */

static gboolean
set_backup_error (GError           **error,
                  HearthBackupError  code,
                  const char        *path)
{
  g_autofree char *name = g_filename_display_name (path);

  switch (code)
    {
    case HEARTH_BACKUP_ERROR_NOT_BACKUP:
      g_set_error (error, HEARTH_BACKUP_ERROR, code, _("“%s” is not a Hearth backup"), name);
      break;
    case HEARTH_BACKUP_ERROR_TRUNCATED:
      g_set_error (error, HEARTH_BACKUP_ERROR, code,
                   _("The backup “%s” is incomplete (cut short, perhaps by an interrupted copy)"), name);
      break;
    case HEARTH_BACKUP_ERROR_TAMPERED:
      g_set_error (error, HEARTH_BACKUP_ERROR, code,
                   _("The backup “%s” is damaged or was changed after it was made"), name);
      break;
    case HEARTH_BACKUP_ERROR_NEWER_FORMAT:
      g_set_error (error, HEARTH_BACKUP_ERROR, code,
                   _("The backup “%s” was made by a newer version of Hearth. Update Hearth to restore it."),
                   name);
      break;
    case HEARTH_BACKUP_ERROR_NEWER_SCHEMA:
      g_set_error (error, HEARTH_BACKUP_ERROR, code,
                   _("This backup was made by a newer version of Hearth. Update Hearth to restore it."));
      break;
    case HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE:
      g_set_error (error, HEARTH_BACKUP_ERROR, code,
                   _("Wrong passphrase for the backup “%s”"), name);
      break;
    case HEARTH_BACKUP_ERROR_FAILED:
    case HEARTH_BACKUP_ERROR_PASSPHRASE:
    case HEARTH_BACKUP_ERROR_NOT_JOURNAL:
    case HEARTH_BACKUP_ERROR_BUSY:
    case HEARTH_BACKUP_ERROR_NO_UNDO:
    case HEARTH_BACKUP_ERROR_NOT_FOUND:
    case HEARTH_BACKUP_ERROR_FULL:
    case HEARTH_BACKUP_ERROR_IO:
    case HEARTH_BACKUP_ERROR_CANCELLED:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

gboolean
_hearth_backup_open_to_fd (const char         *backup_path,
                           const char         *passphrase,
                           int                 out_fd,
                           const char         *out_name,
                           int                *schema_version,
                           HearthBackupStats  *stats,
                           GCancellable       *cancellable,
                           GError            **error)
{
  guint8 header[_HEARTH_BACKUP_HEADER_SIZE];
  guint8 sum[32], check[32];
  guint8 keys[2 * KEY_BYTES];
  crypto_secretstream_xchacha20poly1305_state state;
  g_autofree guint8 *plain = NULL;
  g_autofree guint8 *sealed = NULL;
  guint64 size, opslimit, memlimit, n_chunks, expected;
  guint32 chunk;
  gsize got;
  struct stat st;
  gboolean ok = FALSE;
  gint64 start;
  int fd;

  g_return_val_if_fail (passphrase != NULL, FALSE);

  /* O_NONBLOCK: a pipe or a device is refused below, not waited on (it
   * changes nothing for a regular file). */
  fd = open (backup_path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0)
    return _hearth_backup_set_io_error (error, backup_path, errno);
  if (fstat (fd, &st) != 0)
    {
      _hearth_backup_set_io_error (error, backup_path, errno);
      goto out_fd;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_NOT_BACKUP, backup_path);
      goto out_fd;
    }
  if (!read_full (fd, header, sizeof header, &got, backup_path, error))
    goto out_fd;

  /* Whose file is it? A prefix of the magic is one cut short. */
  if (got == 0 ||
      memcmp (header, _HEARTH_BACKUP_MAGIC, MIN (got, (gsize) _HEARTH_BACKUP_MAGIC_LEN)) != 0)
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_NOT_BACKUP, backup_path);
      goto out_fd;
    }
  if (got < sizeof header)
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_TRUNCATED, backup_path);
      goto out_fd;
    }
  header_sum (header, sum);
  if (sodium_memcmp (sum, header + OFF_SUM, sizeof sum) != 0)
    {
      /* A newer format may lay its header out otherwise. */
      set_backup_error (error, get_u16 (header + OFF_VERSION) > _HEARTH_BACKUP_FORMAT
                               ? HEARTH_BACKUP_ERROR_NEWER_FORMAT : HEARTH_BACKUP_ERROR_TAMPERED,
                        backup_path);
      goto out_fd;
    }
  if (get_u16 (header + OFF_VERSION) > _HEARTH_BACKUP_FORMAT)
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_NEWER_FORMAT, backup_path);
      goto out_fd;
    }

  chunk = get_u32 (header + OFF_CHUNK);
  size = get_u64 (header + OFF_SIZE);
  opslimit = get_u64 (header + OFF_OPS);
  memlimit = get_u64 (header + OFF_MEM);
  if (get_u16 (header + OFF_VERSION) != _HEARTH_BACKUP_FORMAT ||
      get_u16 (header + OFF_HSIZE) != _HEARTH_BACKUP_HEADER_SIZE ||
      get_u32 (header + OFF_ALG) != crypto_pwhash_ALG_ARGON2ID13 ||
      chunk < 4096 || chunk > 16 * 1024 * 1024 ||
      size == 0 || size > ((guint64) 1 << 48) ||
      opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > MAX_OPSLIMIT ||
      memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > MAX_MEMLIMIT)
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_TAMPERED, backup_path);
      goto out_fd;
    }
  n_chunks = (size + chunk - 1) / chunk;
  expected = sizeof header + size + n_chunks * ABYTES;
  if ((guint64) st.st_size < expected)
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_TRUNCATED, backup_path);
      goto out_fd;
    }
  if ((guint64) st.st_size > expected)
    {
      set_backup_error (error, HEARTH_BACKUP_ERROR_TAMPERED, backup_path);
      goto out_fd;
    }

  if (!check_cancelled (cancellable, error) ||
      !derive_keys (passphrase, header + OFF_SALT, opslimit, (gsize) memlimit, keys, stats, error))
    goto out_fd;
  header_check (header, keys + KEY_BYTES, check);
  if (sodium_memcmp (check, header + OFF_CHECK, sizeof check) != 0)
    {
      sodium_memzero (keys, sizeof keys);
      set_backup_error (error, HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE, backup_path);
      goto out_fd;
    }
  if (get_u32 (header + OFF_SCHEMA) > HEARTH_STORE_SCHEMA_VERSION)
    {
      sodium_memzero (keys, sizeof keys);
      set_backup_error (error, HEARTH_BACKUP_ERROR_NEWER_SCHEMA, backup_path);
      goto out_fd;
    }
  if (crypto_secretstream_xchacha20poly1305_init_pull (&state, header + OFF_STREAM, keys) != 0)
    {
      sodium_memzero (keys, sizeof keys);
      set_backup_error (error, HEARTH_BACKUP_ERROR_TAMPERED, backup_path);
      goto out_fd;
    }
  sodium_memzero (keys, sizeof keys);

  start = g_get_monotonic_time ();
  plain = g_malloc (chunk);
  sealed = g_malloc ((gsize) chunk + ABYTES);
  if (ftruncate (out_fd, 0) != 0 || lseek (out_fd, 0, SEEK_SET) != 0)
    {
      _hearth_backup_set_io_error (error, out_name, errno);
      goto out_state;
    }
  for (guint64 i = 0; i < n_chunks; i++)
    {
      gsize want = (gsize) MIN ((guint64) chunk, size - i * chunk);
      unsigned long long plain_len = 0;
      guint8 tag = 0;
      gboolean last = i + 1 == n_chunks;

      if (!check_cancelled (cancellable, error) ||
          !read_full (fd, sealed, want + ABYTES, &got, backup_path, error))
        goto out_state;
      if (got != want + ABYTES)
        {
          /* The file shrank while it was read. */
          set_backup_error (error, HEARTH_BACKUP_ERROR_TRUNCATED, backup_path);
          goto out_state;
        }
      if (crypto_secretstream_xchacha20poly1305_pull (&state, plain, &plain_len, &tag,
                                                      sealed, got,
                                                      i == 0 ? header : NULL,
                                                      i == 0 ? sizeof header : 0) != 0 ||
          plain_len != want ||
          (last ? tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL
                : tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE))
        {
          set_backup_error (error, HEARTH_BACKUP_ERROR_TAMPERED, backup_path);
          goto out_state;
        }
      if (!write_all (out_fd, plain, want, out_name, error))
        goto out_state;
    }
  if (fsync (out_fd) != 0)
    {
      _hearth_backup_set_io_error (error, out_name, errno);
      goto out_state;
    }
  if (stats != NULL)
    {
      stats->crypt_usec += g_get_monotonic_time () - start;
      stats->journal_bytes = (gint64) size;
      stats->file_bytes = (gint64) st.st_size;
      stats->schema_version = (int) get_u32 (header + OFF_SCHEMA);
    }
  if (schema_version != NULL)
    *schema_version = (int) get_u32 (header + OFF_SCHEMA);
  ok = TRUE;

out_state:
  sodium_memzero (&state, sizeof state);
  if (plain != NULL)
    sodium_memzero (plain, chunk);
out_fd:
  close (fd);
  return ok;
}

gboolean
hearth_backup_verify (const char         *backup_path,
                      const char         *passphrase,
                      HearthBackupStats  *stats,
                      GCancellable       *cancellable,
                      GError            **error)
{
  g_autofree char *tmp = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (stats != NULL)
    memset (stats, 0, sizeof *stats);
  _hearth_backup_remove_stale (g_get_tmp_dir (), "hearth-verify-");
  fd = _hearth_backup_make_temp (g_get_tmp_dir (), "hearth-verify-", &tmp, error);
  if (fd < 0)
    return FALSE;
  ok = _hearth_backup_open_to_fd (backup_path, passphrase, fd, tmp, NULL, stats,
                                  cancellable, error) &&
       _hearth_backup_check_journal (tmp, error);
  close (fd);
  g_unlink (tmp);
  return ok;
}
