/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* Tests only: caps the database at its current size, so the next write
 * that needs a new page fails exactly as on a full disk (SQLITE_FULL). */
gboolean _hearth_store_cap_size_for_testing (HearthStore  *self,
                                             GError      **error);

/* For the store's sibling files (hearth-store-summary.c) and the
 * generator: the same connection, statement cache and errors as
 * hearth-store.c. */

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

/* The row id of a live member, or 0 with HEARTH_STORE_ERROR_NOT_FOUND. */
gint64        _hearth_store_resolve_profile_id (HearthStore  *self,
                                                const char   *profile_uuid,
                                                GError      **error);

/* A HearthReading from a row whose columns are READING_COLUMNS of
 * hearth-store.c; NULL for a kind this build does not know. */
HearthReading *_hearth_store_reading_from_row  (sqlite3_stmt *stmt);

/* Bulk insert (the generator, imports): validates every reading against
 * the store's clock, then inserts them all in ONE transaction through one
 * cached statement; all or nothing. Readings keep a uuid they already
 * have. Steps keep their one-per-day rule. Emits "readings-changed" once
 * per member after the commit. */
gboolean      _hearth_store_add_readings       (HearthStore  *self,
                                                GPtrArray    *readings,
                                                GError      **error);

/* Tests only: the SQL of hearth-store-summary.c, NULL-terminated, so
 * tests/test-summary.c can check with EXPLAIN QUERY PLAN that every one
 * walks an index. */
const char * const *_hearth_store_summary_queries_for_testing (void);

/* A REAL column, NAN for NULL ("none" in C). */
double _hearth_store_column_double (sqlite3_stmt *stmt,
                                    int           column);

G_END_DECLS
