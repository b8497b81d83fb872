/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* The store is one GObject spread over sibling files that share this
 * header:
 *   hearth-store.c           connection, statement cache, bind/step helpers,
 *                            write transactions, signals
 *   hearth-store-open.c      opening, journal mode, migrations
 *   hearth-store-profiles.c  members
 *   hearth-store-readings.c  readings, lists, aggregates, bulk insert
 *   hearth-store-summary.c   the dashboard's and the charts' reads
 *   hearth-plausible.c       plausibility rules (domain logic) */

struct _HearthStore
{
  GObject      parent_instance;

  char        *path;
  HearthClock *clock;
  sqlite3     *db;
  GHashTable  *statements;   /* static SQL text -> sqlite3_stmt */
  GListStore  *profiles;
  int          schema_version;
  int          busy_timeout;
  int          bind_rc;                 /* first failed bind, reported by the next step */
  guint        read_depth;              /* _hearth_store_begin_read() nesting */
  guint        write_depth;             /* nested writes: 0 outside a transaction */
  GPtrArray   *pending_readings_changed; /* member uuids, emitted after the commit */
  guint        read_only : 1;
  guint        pending_profiles_changed : 1;
  guint        write_lost : 1;          /* SQLite rolled the whole transaction back */
};

/* Tests only: caps the database at its current size, so the next write
 * that needs a new page fails exactly as on a full disk (SQLITE_FULL). */
gboolean _hearth_store_cap_size_for_testing (HearthStore  *self,
                                             GError      **error);

/* Errors --------------------------------------------------------------- */

/* Sets @error (HEARTH_STORE_ERROR, fit to show a person) from an SQLite
 * result code; always returns FALSE. */
gboolean      _hearth_store_set_sqlite_error   (HearthStore  *self,
                                                int           rc,
                                                GError      **error);
gboolean      _hearth_store_set_not_found_member  (GError     **error,
                                                   const char  *uuid);
gboolean      _hearth_store_set_not_found_reading (GError     **error,
                                                   const char  *uuid);
gboolean      _hearth_store_set_steps_exist    (GError      **error);

/* Statements ----------------------------------------------------------- */

/* The store's connection; owned by the store. */
sqlite3      *_hearth_store_get_db             (HearthStore  *self);

/* A cached statement for @static_sql, which must outlive the store (a
 * string literal or static array: the text is the cache key). Owned by
 * the store; release it with g_autoptr(sqlite3_stmt) or
 * g_clear_pointer (&stmt, _hearth_store_release_statement) so it is
 * reset for the next user. NULL with @error set on failure. */
sqlite3_stmt *_hearth_store_prepare            (HearthStore  *self,
                                                const char   *static_sql,
                                                GError      **error);
void          _hearth_store_release_statement  (sqlite3_stmt *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, _hearth_store_release_statement)

/* Steps once: SQLITE_ROW or SQLITE_DONE, or -1 with @error set (a
 * HEARTH_STORE_ERROR fit to show a person). */
int           _hearth_store_step               (HearthStore   *self,
                                                sqlite3_stmt  *stmt,
                                                GError       **error);
/* Steps to the end, ignoring rows. */
gboolean      _hearth_store_run                (HearthStore   *self,
                                                sqlite3_stmt  *stmt,
                                                GError       **error);
gboolean      _hearth_store_run_sql            (HearthStore   *self,
                                                const char    *static_sql,
                                                GError       **error);
/* The first column of the first row (0 when there is no row). */
gboolean      _hearth_store_query_int          (HearthStore   *self,
                                                const char    *static_sql,
                                                gint64        *value,
                                                GError       **error);

/* Binding: every result is checked; the first failure is reported (and
 * cleared) by the next _hearth_store_step() on this store, so a value
 * SQLite refuses fails the change instead of going in as NULL. Text is
 * copied. The *_or_null variants store "" and NULL text, NAN and 0
 * ("unknown") as NULL. */
void          _hearth_store_bind_text           (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index,
                                                 const char   *text);
void          _hearth_store_bind_int64          (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index,
                                                 gint64        value);
void          _hearth_store_bind_double         (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index,
                                                 double        value);
void          _hearth_store_bind_null           (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index);
void          _hearth_store_bind_text_or_null   (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index,
                                                 const char   *text);
void          _hearth_store_bind_double_or_null (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index,
                                                 double        value);
void          _hearth_store_bind_uint_or_null   (HearthStore  *self,
                                                 sqlite3_stmt *stmt,
                                                 int           index,
                                                 guint         value);

/* A REAL column, NAN for NULL ("none" in C). */
double        _hearth_store_column_double      (sqlite3_stmt *stmt,
                                                int           column);
const char   *_hearth_store_column_text        (sqlite3_stmt *stmt,
                                                int           column);

/* Transactions and signals --------------------------------------------- */

/* BEGIN IMMEDIATE, or a savepoint inside a write already open. Every
 * begin is paired with exactly one commit or rollback. */
gboolean      _hearth_store_begin_write        (HearthStore  *self,
                                                GError      **error);
gboolean      _hearth_store_commit             (HearthStore  *self,
                                                GError      **error);
void          _hearth_store_rollback           (HearthStore  *self);

/* Several reads that must see one snapshot (the kind summary): a deferred
 * read transaction, or nothing inside a transaction already open. Every
 * begin is paired with one end. */
gboolean      _hearth_store_begin_read         (HearthStore  *self,
                                                GError      **error);
void          _hearth_store_end_read           (HearthStore  *self);

/* The same as a scope guard, declared before any statement so it ends
 * last: g_autoptr(HearthStoreRead) read = _hearth_store_read (self, error);
 * NULL (with @error set) when the read could not begin. */
typedef HearthStore HearthStoreRead;
HearthStoreRead *_hearth_store_read            (HearthStore  *self,
                                                GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthStoreRead, _hearth_store_end_read)

/* The store clock's "now" in UTC microseconds. */
gint64        _hearth_store_now_usec           (HearthStore  *self);

/* Soft delete (or undo) of one row, in its own write: @state_sql takes the uuid (?1) and
 * gives the row's id, its member's uuid and whether it is deleted; @change_sql takes the id
 * (?1) and now (?2). Deleting twice is @not_found; undoing a live row changes nothing. Emits
 * readings-changed for the member after the commit. */
gboolean      _hearth_store_set_row_deleted    (HearthStore  *self,
                                                const char   *state_sql,
                                                const char   *change_sql,
                                                const char   *uuid,
                                                gboolean      delete,
                                                gboolean    (*not_found) (GError **error, const char *uuid),
                                                GError      **error);

/* After a write's commit: queue a signal (copying @profile_uuid), then
 * _hearth_store_emit_signals() emits what is queued unless the write was
 * nested in another, whose commit emits it (or whose rollback drops it). */
void          _hearth_store_signal_profiles_changed (HearthStore *self);
void          _hearth_store_signal_readings_changed (HearthStore *self,
                                                     const char  *profile_uuid);
void          _hearth_store_emit_signals        (HearthStore *self);

/* Profiles (hearth-store-profiles.c) ------------------------------------- */

/* Reloads the live list of members (hearth_store_get_profiles()). */
gboolean      _hearth_store_refresh_profiles   (HearthStore  *self,
                                                GError      **error);
/* The row id of a live member, or 0 with HEARTH_STORE_ERROR_NOT_FOUND. */
/* hearth_store_list_logging_days() of a member by row id, within local days
 * [@from_day, @to_day], ascending (hearth-store-streaks.c; entry_days).
 * Inside a read or write the caller holds. */
GArray       *_hearth_store_list_logging_days_between (HearthStore  *self,
                                                        gint64        profile_id,
                                                        gint64        from_day,
                                                        gint64        to_day,
                                                        GError      **error);
gint64        _hearth_store_resolve_profile_id (HearthStore  *self,
                                                const char   *profile_uuid,
                                                GError      **error);

/* Readings (hearth-store-readings.c) ------------------------------------- */

/* A HearthReading from a row whose columns are READING_COLUMNS of
 * hearth-store-readings.c. FALSE with HEARTH_STORE_ERROR_CORRUPT naming
 * the row's uuid when it cannot be read (never skipped silently); TRUE
 * with *out NULL for a kind this build does not know. */
gboolean      _hearth_store_reading_from_row   (HearthStore    *self,
                                                sqlite3_stmt   *stmt,
                                                HearthReading **out,
                                                GError        **error);

/* Bulk insert (the generator, imports): validates every reading against
 * the store's clock, then inserts them all in ONE transaction through one
 * cached statement; all or nothing. Readings keep a uuid they already
 * have. Steps keep their one-per-day rule. Emits "readings-changed" once
 * per member after the commit. */
gboolean      _hearth_store_add_readings       (HearthStore  *self,
                                                GPtrArray    *readings,
                                                GError      **error);

/* Summary (hearth-store-summary.c) --------------------------------------- */

/* Tests only: the SQL of hearth-store-summary.c, NULL-terminated, so
 * tests/test-summary.c can check with EXPLAIN QUERY PLAN that every one
 * walks an index. */
const char * const *_hearth_store_summary_queries_for_testing (void);

G_END_DECLS
