/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-usec.h"

/* The store's connection, statement cache, bind/step helpers, write
 * transactions and signals; the rest of the store is in its sibling files
 * (hearth-store-private.h).
 *
 * Every change runs in its own BEGIN IMMEDIATE transaction that is rolled
 * back on any error, so a busy, full or read-only database keeps what it
 * had. */

#define DEFAULT_BUSY_TIMEOUT_MS 5000

static const char SQL_BEGIN[] = "BEGIN IMMEDIATE";
static const char SQL_BEGIN_READ[] = "BEGIN";
static const char SQL_COMMIT[] = "COMMIT";
static const char SQL_ROLLBACK[] = "ROLLBACK";
static const char SQL_SAVEPOINT[] = "SAVEPOINT hearth_write";
static const char SQL_RELEASE_SAVEPOINT[] = "RELEASE hearth_write";
static const char SQL_ROLLBACK_TO_SAVEPOINT[] = "ROLLBACK TO hearth_write";

G_DEFINE_FINAL_TYPE (HearthStore, hearth_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (hearth-store-error-quark, hearth_store_error)

enum {
  PROP_0,
  PROP_BUSY_TIMEOUT,
  N_PROPS
};

enum {
  PROFILES_CHANGED,
  READINGS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Cached statements are reset (not finalized) when they go out of scope:
 * g_autoptr(sqlite3_stmt) (hearth-store-private.h) calls this. */
void
_hearth_store_release_statement (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Errors --------------------------------------------------------------- */

/* Sets @error from an SQLite result code; always returns FALSE. */
gboolean
_hearth_store_set_sqlite_error (HearthStore  *self,
                                int           rc,
                                GError      **error)
{
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Hearth database or is damaged"), self->path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes cannot be saved"), self->path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program. Try again in a moment."),
                   self->path);
      break;
    case SQLITE_FULL:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FULL,
                   _("The disk is full, so changes to “%s” cannot be saved"), self->path);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), self->path, detail);
      break;
    default:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not use “%s”: %s"), self->path, detail);
      break;
    }

  return FALSE;
}

gboolean
_hearth_store_set_not_found_member (GError     **error,
                                    const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No member with the ID “%s”"), uuid);
  return FALSE;
}

gboolean
_hearth_store_set_not_found_reading (GError     **error,
                                     const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No reading with the ID “%s”"), uuid);
  return FALSE;
}

gboolean
_hearth_store_set_steps_exist (GError **error)
{
  g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                       _("Steps for that day are already logged; edit that entry instead"));
  return FALSE;
}

/* Statements ----------------------------------------------------------- */

/* Returns a cached statement, owned by the store; release it with
 * g_autoptr(sqlite3_stmt) so it is reset for the next user. */
sqlite3_stmt *
_hearth_store_prepare (HearthStore  *self,
                       const char   *sql,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (self->db != NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _hearth_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Steps once: SQLITE_ROW or SQLITE_DONE, or -1 with @error set. */
int
_hearth_store_step (HearthStore   *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc;

  if (self->bind_rc != SQLITE_OK)
    {
      rc = self->bind_rc;
      self->bind_rc = SQLITE_OK;
      sqlite3_reset (stmt);
      _hearth_store_set_sqlite_error (self, rc, error);
      return -1;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  _hearth_store_set_sqlite_error (self, rc, error);
  return -1;
}

/* Runs a statement to completion, ignoring any rows. */
gboolean
_hearth_store_run (HearthStore   *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  int rc;

  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    ;

  return rc == SQLITE_DONE;
}

gboolean
_hearth_store_run_sql (HearthStore  *self,
                       const char   *sql,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, sql, error);

  return stmt != NULL && _hearth_store_run (self, stmt, error);
}

/* Reads a single integer (first column of the first row). */
gboolean
_hearth_store_query_int (HearthStore  *self,
                         const char   *sql,
                         gint64       *value,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;

  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* Binding: each result is checked. The first failure is kept and reported
 * by the next _hearth_store_step(), so a value SQLite refused (too big,
 * out of memory) fails the change instead of being stored as NULL. */
static void
note_bind (HearthStore *self,
           int          rc)
{
  if (rc != SQLITE_OK && self->bind_rc == SQLITE_OK)
    self->bind_rc = rc;
}

void
_hearth_store_bind_text (HearthStore  *self,
                         sqlite3_stmt *stmt,
                         int           index,
                         const char   *text)
{
  note_bind (self, sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT));
}

void
_hearth_store_bind_int64 (HearthStore  *self,
                          sqlite3_stmt *stmt,
                          int           index,
                          gint64        value)
{
  note_bind (self, sqlite3_bind_int64 (stmt, index, value));
}

void
_hearth_store_bind_double (HearthStore  *self,
                           sqlite3_stmt *stmt,
                           int           index,
                           double        value)
{
  note_bind (self, sqlite3_bind_double (stmt, index, value));
}

void
_hearth_store_bind_null (HearthStore  *self,
                         sqlite3_stmt *stmt,
                         int           index)
{
  note_bind (self, sqlite3_bind_null (stmt, index));
}

void
_hearth_store_bind_text_or_null (HearthStore  *self,
                                 sqlite3_stmt *stmt,
                                 int           index,
                                 const char   *text)
{
  if (text == NULL || text[0] == '\0')
    _hearth_store_bind_null (self, stmt, index);
  else
    _hearth_store_bind_text (self, stmt, index, text);
}

/* NAN is stored as NULL. */
void
_hearth_store_bind_double_or_null (HearthStore  *self,
                                   sqlite3_stmt *stmt,
                                   int           index,
                                   double        value)
{
  if (isnan (value))
    _hearth_store_bind_null (self, stmt, index);
  else
    _hearth_store_bind_double (self, stmt, index, value);
}

/* 0 ("unknown") is stored as NULL. */
void
_hearth_store_bind_uint_or_null (HearthStore  *self,
                                 sqlite3_stmt *stmt,
                                 int           index,
                                 guint         value)
{
  if (value == 0)
    _hearth_store_bind_null (self, stmt, index);
  else
    _hearth_store_bind_int64 (self, stmt, index, value);
}

double
_hearth_store_column_double (sqlite3_stmt *stmt,
                             int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, column);
}

const char *
_hearth_store_column_text (sqlite3_stmt *stmt,
                           int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Transactions --------------------------------------------------------- */

/* The outermost write is one BEGIN IMMEDIATE … COMMIT; a write inside it
 * (hearth_store_write(), or a bulk write calling the single-row API) is a
 * savepoint, so a failed inner write is undone alone while the outer one
 * decides about the whole. Signals wait for the outermost commit. */

gboolean
_hearth_store_begin_write (HearthStore  *self,
                           GError      **error)
{
  if (self->read_only)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes cannot be saved"), self->path);
      return FALSE;
    }

  g_assert (self->read_depth == 0 || self->write_depth > 0);

  /* Inside a write SQLite already rolled back, a savepoint would start a
   * transaction of its own and commit a part of the whole. */
  if (self->write_depth > 0 && (self->write_lost || sqlite3_get_autocommit (self->db)))
    {
      self->write_lost = TRUE;
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("A change to “%s” was undone by an earlier error, so it was not saved"),
                   self->path);
      return FALSE;
    }

  if (!_hearth_store_run_sql (self, self->write_depth == 0 ? SQL_BEGIN : SQL_SAVEPOINT, error))
    return FALSE;

  self->write_depth++;
  return TRUE;
}

static void
discard_pending_signals (HearthStore *self)
{
  self->pending_profiles_changed = FALSE;
  g_ptr_array_set_size (self->pending_readings_changed, 0);
}

void
_hearth_store_rollback (HearthStore *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (self->write_depth > 0);
  self->write_depth--;

  if (sqlite3_get_autocommit (self->db))
    {
      /* SQLite already rolled the whole transaction back (a full disk
       * may): an outer write must not go on as if it were still open. */
      self->write_lost = self->write_depth > 0;
      if (self->write_depth == 0)
        discard_pending_signals (self);
      return;
    }

  if (self->write_depth > 0)
    {
      if (!_hearth_store_run_sql (self, SQL_ROLLBACK_TO_SAVEPOINT, &error) ||
          !_hearth_store_run_sql (self, SQL_RELEASE_SAVEPOINT, &error))
        {
          g_warning ("Could not roll back a change to %s: %s", self->path, error->message);
          self->write_lost = TRUE;
        }
      return;
    }

  self->write_lost = FALSE;
  discard_pending_signals (self);
  if (!_hearth_store_run_sql (self, SQL_ROLLBACK, &error))
    g_warning ("Could not roll back a change to %s: %s", self->path, error->message);
}

void
_hearth_store_emit_signals (HearthStore *self)
{
  g_autoptr(GPtrArray) readings = NULL;
  gboolean profiles = self->pending_profiles_changed;

  if (self->write_depth > 0)
    return;  /* after the outermost commit */

  /* Taken first: a handler may write again. */
  readings = g_steal_pointer (&self->pending_readings_changed);
  self->pending_readings_changed = g_ptr_array_new_with_free_func (g_free);
  self->pending_profiles_changed = FALSE;

  if (profiles)
    {
      g_autoptr(GError) error = NULL;

      if (!_hearth_store_refresh_profiles (self, &error))
        g_warning ("Could not reload the members of %s: %s", self->path, error->message);
      g_signal_emit (self, signals[PROFILES_CHANGED], 0);
    }

  for (guint i = 0; i < readings->len; i++)
    g_signal_emit (self, signals[READINGS_CHANGED], 0, g_ptr_array_index (readings, i));
}

gboolean
_hearth_store_commit (HearthStore  *self,
                      GError      **error)
{
  g_assert (self->write_depth > 0);

  if (self->write_lost || sqlite3_get_autocommit (self->db))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("A change to “%s” was undone by an earlier error, so it was not saved"),
                   self->path);
      _hearth_store_rollback (self);
      return FALSE;
    }

  if (!_hearth_store_run_sql (self, self->write_depth > 1 ? SQL_RELEASE_SAVEPOINT : SQL_COMMIT,
                              error))
    {
      _hearth_store_rollback (self);
      return FALSE;
    }

  self->write_depth--;
  return TRUE;
}

gboolean
_hearth_store_begin_read (HearthStore  *self,
                          GError      **error)
{
  if (self->read_depth == 0 && self->write_depth == 0 &&
      !_hearth_store_run_sql (self, SQL_BEGIN_READ, error))
    return FALSE;

  self->read_depth++;
  return TRUE;
}

void
_hearth_store_end_read (HearthStore *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (self->read_depth > 0);
  self->read_depth--;

  if (self->read_depth > 0 || self->write_depth > 0 || sqlite3_get_autocommit (self->db))
    return;

  /* Nothing was written: COMMIT only ends the snapshot. */
  if (!_hearth_store_run_sql (self, SQL_COMMIT, &error))
    g_warning ("Could not end a read of %s: %s", self->path, error->message);
}

HearthStoreRead *
_hearth_store_read (HearthStore  *self,
                    GError      **error)
{
  return _hearth_store_begin_read (self, error) ? self : NULL;
}

gboolean
hearth_store_write (HearthStore           *self,
                    HearthStoreWriteFunc   func,
                    gpointer               user_data,
                    GError               **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!func (self, user_data, &local_error))
    {
      _hearth_store_rollback (self);
      if (local_error == NULL)
        g_set_error (&local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                     _("A change to “%s” was not saved"), self->path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_store_emit_signals (self);
  return TRUE;
}

gint64
_hearth_store_now_usec (HearthStore *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  return hearth_usec_from_date_time (now);
}

/* GObject ---------------------------------------------------------------- */

static void
hearth_store_dispose (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  g_clear_object (&self->clock);
  g_clear_object (&self->profiles);

  G_OBJECT_CLASS (hearth_store_parent_class)->dispose (object);
}

static void
hearth_store_finalize (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending_readings_changed, g_ptr_array_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (hearth_store_parent_class)->finalize (object);
}

static void
hearth_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HearthStore *self = HEARTH_STORE (object);

  switch (prop_id)
    {
    case PROP_BUSY_TIMEOUT:
      g_value_set_int (value, self->busy_timeout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HearthStore *self = HEARTH_STORE (object);

  switch (prop_id)
    {
    case PROP_BUSY_TIMEOUT:
      if (self->busy_timeout != g_value_get_int (value))
        {
          self->busy_timeout = g_value_get_int (value);
          if (self->db != NULL)
            sqlite3_busy_timeout (self->db, self->busy_timeout);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_store_class_init (HearthStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_store_dispose;
  object_class->finalize = hearth_store_finalize;
  object_class->get_property = hearth_store_get_property;
  object_class->set_property = hearth_store_set_property;

  /* How long (ms) a change waits for another program's lock before BUSY. */
  properties[PROP_BUSY_TIMEOUT] =
    g_param_spec_int ("busy-timeout", NULL, NULL,
                      0, G_MAXINT, DEFAULT_BUSY_TIMEOUT_MS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PROFILES_CHANGED] =
    g_signal_new ("profiles-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[READINGS_CHANGED] =
    g_signal_new ("readings-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hearth_store_init (HearthStore *self)
{
  self->busy_timeout = DEFAULT_BUSY_TIMEOUT_MS;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
  self->profiles = g_list_store_new (HEARTH_TYPE_PROFILE);
  self->pending_readings_changed = g_ptr_array_new_with_free_func (g_free);
}

/* Signals ---------------------------------------------------------------- */

/* Queued after a write's commit; _hearth_store_emit_signals() emits them
 * once the outermost write has committed (once per member, with a copy
 * the store owns), or never if an outer write is rolled back. */
void
_hearth_store_signal_profiles_changed (HearthStore *self)
{
  self->pending_profiles_changed = TRUE;
}

void
_hearth_store_signal_readings_changed (HearthStore *self,
                                       const char  *profile_uuid)
{
  g_assert (profile_uuid != NULL);

  for (guint i = 0; i < self->pending_readings_changed->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->pending_readings_changed, i), profile_uuid))
        return;
    }
  g_ptr_array_add (self->pending_readings_changed, g_strdup (profile_uuid));
}

/* Public API ------------------------------------------------------------- */

gboolean
hearth_store_is_read_only (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return self->read_only;
}

const char *
hearth_store_get_path (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->path;
}

HearthClock *
hearth_store_get_clock (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->clock;
}

int
hearth_store_get_schema_version (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
_hearth_store_cap_size_for_testing (HearthStore  *self,
                                    GError      **error)
{
  int rc;

  g_assert (HEARTH_IS_STORE (self));

  /* SQLite never lowers the cap below the current size, so "1" means
   * "exactly as large as now". A constant: no value is formatted in. */
  rc = sqlite3_exec (self->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _hearth_store_set_sqlite_error (self, rc, error);

  return TRUE;
}

/* Internals for sibling files (hearth-store-private.h) ------------------ */

sqlite3 *
_hearth_store_get_db (HearthStore *self)
{
  g_assert (HEARTH_IS_STORE (self));

  return self->db;
}

gboolean
_hearth_store_set_row_deleted (HearthStore  *self,
                               const char   *state_sql,
                               const char   *change_sql,
                               const char   *uuid,
                               gboolean      delete,
                               gboolean    (*not_found) (GError **error, const char *uuid),
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *profile_uuid = NULL;
  gint64 now = _hearth_store_now_usec (self);
  gboolean deleted;
  gint64 id;
  int rc;

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  stmt = _hearth_store_prepare (self, state_sql, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    goto failed;
  if (rc != SQLITE_ROW)
    {
      not_found (error, uuid);
      goto failed;
    }
  id = sqlite3_column_int64 (stmt, 0);
  profile_uuid = g_strdup (_hearth_store_column_text (stmt, 1));
  deleted = sqlite3_column_int (stmt, 2) != 0;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (deleted == delete)
    {
      _hearth_store_rollback (self);
      return delete ? not_found (error, uuid) : TRUE;
    }

  stmt = _hearth_store_prepare (self, change_sql, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, id);
  _hearth_store_bind_int64 (self, stmt, 2, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_store_signal_readings_changed (self, profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}
