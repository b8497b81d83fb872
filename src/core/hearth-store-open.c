/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-core-resources.h"
#include "hearth-store-fdc-private.h"

/* Opening a journal and bringing it to the current schema.
 *
 * How the store behaves with a file it may not change:
 *
 * - A database whose user_version is newer than HEARTH_STORE_SCHEMA_VERSION
 *   is refused with NEWER_SCHEMA before anything is written (not even the
 *   journal mode); a file that is not an SQLite database, or an SQLite
 *   database of another program (user_version 0 with tables in it), is
 *   refused with CORRUPT, untouched.
 * - A journal this user cannot change (read-only file or folder), or one
 *   opened with HEARTH_STORE_OPEN_READ_ONLY, that is already at the current
 *   schema opens read-only: reading works, every change fails with
 *   READ_ONLY, and no -wal/-shm file is created. One that would need
 *   migrating is refused at open with READ_ONLY.
 * - HEARTH_STORE_OPEN_EXISTING never creates the file or its folders: a
 *   missing journal is NOT_FOUND.
 * - Paths that cannot hold a journal are refused: "", ":memory:", "file:"
 *   URIs, anything that is not a regular file (/dev/null, a folder).
 * - Health data is private: a new journal is created 0600 before SQLite
 *   opens it (SQLite gives its -wal and -shm the main file's mode), and an
 *   existing one this user owns and opens for writing has any group or
 *   other permission taken away (file, -wal, -shm), whatever folder it is
 *   in. A journal opened read-only is never touched. */

#define MIGRATIONS_PATH "/io/github/hearthapp/Hearth/core/migrations/"

static const char SQL_USER_VERSION[] = "PRAGMA user_version";
static const char SQL_COUNT_SCHEMA[] = "SELECT count(*) FROM sqlite_schema";
static const char SQL_JOURNAL_WAL[] = "PRAGMA journal_mode = WAL";
static const char SQL_SYNCHRONOUS[] = "PRAGMA synchronous = NORMAL";
static const char SQL_FOREIGN_KEYS[] = "PRAGMA foreign_keys = ON";

/* Opening ---------------------------------------------------------------- */

/* A path that can hold a journal: a regular file, or nothing yet (then its
 * folder is made unless @flags say EXISTING). Refused: "" and ":memory:"
 * (nothing would be kept), "file:" URIs (the store decides how to open),
 * and anything that is not a regular file (/dev/null, a folder, a pipe). */
static gboolean
check_path (HearthStore           *self,
            HearthStoreOpenFlags   flags,
            gboolean              *exists,
            GError               **error)
{
  const char *path = self->path;
  GStatBuf st;

  if (path[0] == '\0' || g_str_equal (path, ":memory:") || g_str_has_prefix (path, "file:"))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("“%s” cannot hold a journal: give the path of a file"), path);
      return FALSE;
    }

  if (g_stat (path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                       _("“%s” is not a file, so it cannot hold a journal"), path);
          return FALSE;
        }
      *exists = TRUE;
      return TRUE;
    }

  if (errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  *exists = FALSE;
  if (flags & HEARTH_STORE_OPEN_EXISTING)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                   _("There is no journal at “%s”"), path);
      return FALSE;
    }

  return TRUE;
}

/* An SQLite URI for the file @path with @query ("immutable=1" …). */
static char *
make_uri (const char *path,
          const char *query)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *escaped = g_uri_escape_string (absolute, "/", FALSE);

  return g_strconcat ("file:", escaped, "?", query, NULL);
}

/* Read-only without leaving anything behind: a journal whose last writer
 * closed cleanly has no -wal, and is opened "immutable" (no -shm, no
 * locks, nothing created). With a -wal (a writer is open, or did not close
 * cleanly) the newest changes are in it: "mode=ro" reads them through the
 * writer's -shm. */
static int
open_read_only (HearthStore *self)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *uri = make_uri (self->path, g_file_test (wal, G_FILE_TEST_EXISTS)
                                                 ? "mode=ro" : "immutable=1");

  return sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}

/* A new journal: an empty file (SQLite takes a 0-byte file as an empty
 * database) created 0600 whatever the umask, so the -wal and -shm files
 * SQLite makes next to it get 0600 too. Somebody else creating it first
 * is fine: make_private() then deals with its mode. */
static gboolean
create_private (HearthStore  *self,
                GError      **error)
{
  int fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    {
      /* The umask may have taken bits away, never added any: make sure. */
      if (fchmod (fd, 0600) != 0)
        g_debug ("Could not set the mode of %s: %s", self->path, g_strerror (errno));
      close (fd);
    }
  return TRUE;
}

/* An existing journal (and its -wal and -shm, when there) readable or
 * writable by others loses those permissions, when it is this user's:
 * 0644 becomes 0600. Failing to is not fatal (the journal still opens). */
static void
make_private (HearthStore *self)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (self->path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid () ||
          (st.st_mode & 077) == 0)
        continue;
      if (g_chmod (path, st.st_mode & 0700) != 0)
        g_debug ("Could not make %s private: %s", path, g_strerror (errno));
      else
        g_debug ("Made %s private (was %03o)", path, (unsigned) (st.st_mode & 0777));
    }
}

/* Whether this user may change the journal: write the file and create the
 * -wal and -shm files next to it. */
static gboolean
can_write (const char *path,
           gboolean    exists)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (exists && g_access (path, W_OK) != 0)
    return FALSE;
  return g_access (dir, W_OK) == 0;
}

static gboolean
open_database (HearthStore           *self,
               HearthStoreOpenFlags   flags,
               GError               **error)
{
  gboolean exists = FALSE;
  gint64 version = 0;
  int rc;

  if (flags & HEARTH_STORE_OPEN_READ_ONLY)
    flags |= HEARTH_STORE_OPEN_EXISTING;

  if (!check_path (self, flags, &exists, error))
    return FALSE;

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                       _("Could not create the folder “%s”: %s"),
                       dir, g_strerror (saved_errno));
          return FALSE;
        }
    }

  self->read_only = (flags & HEARTH_STORE_OPEN_READ_ONLY) != 0 ||
                    (exists && !can_write (self->path, exists));

  if (!self->read_only)
    {
      if (!exists && !create_private (self, error))
        return FALSE;
      make_private (self);
    }

  if (self->read_only)
    rc = open_read_only (self);
  else
    rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      _hearth_store_set_sqlite_error (self, rc, error);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  /* No writable_schema tricks, no direct page edits: a damaged or
   * hostile file cannot be made worse through this connection. */
  if (sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL) != SQLITE_OK)
    return _hearth_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
  sqlite3_busy_timeout (self->db, self->busy_timeout);
  self->read_only = self->read_only || sqlite3_db_readonly (self->db, "main") == 1;

  /* Nothing is written before we know the file is ours and not newer. */
  if (!_hearth_store_query_int (self, SQL_USER_VERSION, &version, error))
    return FALSE;

  if (version > HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NEWER_SCHEMA,
                   _("“%s” was saved by a newer version of Hearth. Update Hearth to open it."),
                   self->path);
      return FALSE;
    }

  if (version == 0)
    {
      gint64 n_objects = 0;

      if (!_hearth_store_query_int (self, SQL_COUNT_SCHEMA, &n_objects, error))
        return FALSE;

      /* Somebody else's database: leave it alone. */
      if (n_objects > 0)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                       _("“%s” is not a Hearth database or is damaged"), self->path);
          return FALSE;
        }
    }

  self->schema_version = (int) version;

  if (self->read_only)
    {
      if (version < HEARTH_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                       _("“%s” is read-only and cannot be updated for this version of Hearth"),
                       self->path);
          return FALSE;
        }
    }
  else
    {
      if (!_hearth_store_run_sql (self, SQL_JOURNAL_WAL, error) ||
          !_hearth_store_run_sql (self, SQL_SYNCHRONOUS, error))
        return FALSE;
    }

  return _hearth_store_run_sql (self, SQL_FOREIGN_KEYS, error);
}

/* Runs every statement of a migration script. */
static gboolean
run_script (HearthStore  *self,
            const char   *script,
            gsize         length,
            GError      **error)
{
  const char *sql = script;
  const char *end = script + length;

  while (sql < end)
    {
      sqlite3_stmt *stmt = NULL;
      const char *tail = NULL;
      int rc;

      rc = sqlite3_prepare_v3 (self->db, sql, (int) (end - sql), 0, &stmt, &tail);
      if (rc != SQLITE_OK)
        return _hearth_store_set_sqlite_error (self, rc, error);

      if (stmt == NULL)  /* only whitespace or comments left */
        break;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);

      if (rc != SQLITE_DONE)
        return _hearth_store_set_sqlite_error (self, rc, error);

      sql = tail;
    }

  return TRUE;
}

static gboolean
apply_migration (HearthStore  *self,
                 const char   *name,
                 gint64        version,
                 GError      **error)
{
  g_autofree char *resource_path = g_strconcat (MIGRATIONS_PATH, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 current = 0;
  gsize length;
  const char *script;

  bytes = g_resource_lookup_data (hearth_core_get_resource (), resource_path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  script = g_bytes_get_data (bytes, &length);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  /* Another program may have migrated while we waited for the lock. */
  if (!_hearth_store_query_int (self, SQL_USER_VERSION, &current, error))
    goto failed;
  if (current >= version)
    return _hearth_store_commit (self, error);

  if (!run_script (self, script, length, &local_error))
    goto failed;

  if (!_hearth_store_query_int (self, SQL_USER_VERSION, &current, &local_error))
    goto failed;
  if (current != version)
    {
      g_set_error (&local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   "migration %s did not set user_version to %" G_GINT64_FORMAT,
                   name, version);
      goto failed;
    }

  if (!_hearth_store_commit (self, &local_error))
    goto failed;

  g_debug ("Migrated %s to version %" G_GINT64_FORMAT, self->path, version);
  return TRUE;

failed:
  _hearth_store_rollback (self);
  if (local_error != NULL)
    {
      /* Keep the code (busy, full…) but say what was being done. */
      g_set_error (error, HEARTH_STORE_ERROR, local_error->code,
                   _("Could not update “%s” for this version of Hearth: %s"),
                   self->path, local_error->message);
    }
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
migrate (HearthStore  *self,
         GError      **error)
{
  g_auto(GStrv) names = NULL;
  gint64 version = self->schema_version;

  if (version >= HEARTH_STORE_SCHEMA_VERSION)
    return TRUE;

  names = g_resource_enumerate_children (hearth_core_get_resource (), MIGRATIONS_PATH,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *end = NULL;
      guint64 number = g_ascii_strtoull (names[i], &end, 10);

      if (end == names[i] || *end != '-' || !g_str_has_suffix (names[i], ".sql"))
        continue;
      if ((gint64) number <= version || number > HEARTH_STORE_SCHEMA_VERSION)
        continue;
      if ((gint64) number != version + 1)
        break;

      if (!apply_migration (self, names[i], number, error))
        return FALSE;
      version = number;
    }

  if (version != HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not update “%s” for this version of Hearth: "
                     "the update to version %d is missing"),
                   self->path, (int) version + 1);
      return FALSE;
    }

  self->schema_version = version;
  return TRUE;
}

/* Public API ------------------------------------------------------------- */

char *
hearth_store_default_path (void)
{
  const char *env = g_getenv ("HEARTH_DB");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db", NULL);
}

HearthStore *
hearth_store_open (const char   *path,
                   HearthClock  *clock,
                   GError      **error)
{
  return hearth_store_open_full (path, clock, HEARTH_STORE_OPEN_DEFAULT, error);
}

/* TODO(store split): honour @flags (EXISTING, READ_ONLY). */
HearthStore *
hearth_store_open_full (const char            *path,
                        HearthClock           *clock,
                        HearthStoreOpenFlags   flags,
                        GError               **error)
{
  g_autoptr(HearthStore) self = NULL;
  gboolean loaded = FALSE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (HEARTH_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->clock = g_object_ref (clock);

  /* A read-only journal keeps the reference foods it has. */
  if (!open_database (self, flags, error) ||
      !migrate (self, error) ||
      (!self->read_only && !_hearth_store_ensure_reference_foods (self, &loaded, error)) ||
      !_hearth_store_refresh_profiles (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

