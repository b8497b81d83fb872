/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-usec.h"
#include "hearth-plausible.h"

/* Readings: rows, the reading API of hearth-store.h, lists, aggregates and
 * the bulk insert. */

#define READING_COLUMNS \
  "r.uuid, p.uuid, r.kind, r.taken_at, r.utc_offset, r.value_a, r.value_b, r.value_c, " \
  "r.label_a, r.label_b, r.note, r.created_at, r.updated_at"
static const char SQL_READING_BY_UUID[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.uuid = ?1 AND r.deleted_at IS NULL AND p.deleted_at IS NULL";
/* Any reading of a live member, deleted or not: id, member uuid, deleted. */
static const char SQL_READING_STATE[] =
  "SELECT r.id, p.uuid, r.deleted_at IS NOT NULL FROM readings r "
  "JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.uuid = ?1 AND p.deleted_at IS NULL";
static const char SQL_INSERT_READING[] =
  "INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, local_day, "
  "value_a, value_b, value_c, label_a, label_b, note, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
static const char SQL_UPDATE_READING[] =
  "UPDATE readings SET profile_id = ?2, kind = ?3, taken_at = ?4, utc_offset = ?5, "
  "local_day = ?6, value_a = ?7, value_b = ?8, value_c = ?9, label_a = ?10, "
  "label_b = ?11, note = ?12, updated_at = ?14 "
  "WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_DELETE_READING[] =
  "UPDATE readings SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_READING[] =
  "UPDATE readings SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";
static const char SQL_LIST_READINGS[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.profile_id = ?1 AND r.deleted_at IS NULL "
  "AND (?2 IS NULL OR r.kind = ?2) "
  "AND (?3 IS NULL OR r.taken_at >= ?3) "
  "AND (?4 IS NULL OR r.taken_at <= ?4) "
  "ORDER BY r.taken_at DESC, r.id DESC LIMIT ?5";
/* Another live reading of that kind, member and local day (?4: the
 * reading itself, left out). */
static const char SQL_SAME_DAY[] =
  "SELECT count(*) FROM readings WHERE profile_id = ?1 AND kind = ?2 AND local_day = ?3 "
  "AND deleted_at IS NULL AND uuid <> ?4";
/* Likewise for the deleted reading ?1 about to come back. */
static const char SQL_SAME_DAY_AS_DELETED[] =
  "SELECT count(*) FROM readings o JOIN readings r "
  "ON o.profile_id = r.profile_id AND o.kind = r.kind AND o.local_day = r.local_day "
  "WHERE r.id = ?1 AND r.kind = ?2 AND o.id <> r.id AND o.deleted_at IS NULL";
static const char SQL_LATEST_READING[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.profile_id = ?1 AND r.kind = ?2 AND r.deleted_at IS NULL "
  "ORDER BY r.taken_at DESC, r.id DESC LIMIT 1";
/* The member's live reading stored last (the largest row id). */
static const char SQL_LAST_ADDED_READING[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.profile_id = ?1 AND r.deleted_at IS NULL ORDER BY r.id DESC LIMIT 1";
static const char SQL_COUNT_READINGS[] =
  "SELECT count(*) FROM readings WHERE profile_id = ?1 AND deleted_at IS NULL";
#define AGGREGATE_SQL(period_expr) \
  "SELECT " period_expr " AS period, count(*), " \
  "min(value_a), max(value_a), avg(value_a), min(value_b), max(value_b), avg(value_b) " \
  "FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL " \
  "AND local_day BETWEEN ?3 AND ?4 GROUP BY period ORDER BY period"
static const char SQL_AGGREGATE_DAY[] = AGGREGATE_SQL ("local_day");
/* Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is days since Monday. */
static const char SQL_AGGREGATE_WEEK[] =
  AGGREGATE_SQL ("local_day - (((local_day + 3) % 7) + 7) % 7");
static const char SQL_AGGREGATE_MONTH[] =
  AGGREGATE_SQL ("unixepoch(local_day * 86400, 'unixepoch', 'start of month') / 86400");

/* Readings: rows ------------------------------------------------------- */

/* FALSE with CORRUPT naming the row when a stored row cannot be read (an
 * instant no GDateTime can hold, a NULL uuid or value): never left out
 * silently. TRUE with *out NULL only for a kind this build does not know
 * (added by a newer Hearth in the same schema), which lists leave out. */
gboolean
_hearth_store_reading_from_row (HearthStore    *self,
                                sqlite3_stmt   *stmt,
                                HearthReading **out,
                                GError        **error)
{
  const char *uuid = _hearth_store_column_text (stmt, 0);
  const char *profile_uuid = _hearth_store_column_text (stmt, 1);
  HearthReadingKind kind;
  HearthReading *reading;
  g_autoptr(GDateTime) taken_at = NULL;
  gint64 offset = sqlite3_column_int64 (stmt, 4);

  *out = NULL;

  if (!hearth_reading_kind_from_string (_hearth_store_column_text (stmt, 2), &kind))
    return TRUE;

  /* UTC offsets are within ±24 h; GTimeZone takes nothing else. */
  if (uuid != NULL && profile_uuid != NULL &&
      sqlite3_column_type (stmt, 3) == SQLITE_INTEGER &&
      offset > -24 * 3600 && offset < 24 * 3600)
    taken_at = hearth_usec_to_date_time_offset (sqlite3_column_int64 (stmt, 3), (int) offset);

  if (taken_at == NULL || sqlite3_column_type (stmt, 5) == SQLITE_NULL)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("The reading with the ID “%s” in “%s” is damaged and cannot be read"),
                   uuid != NULL ? uuid : "", self->path);
      return FALSE;
    }

  reading = _hearth_reading_new (kind);
  _hearth_reading_set_uuid (reading, _hearth_store_column_text (stmt, 0));
  hearth_reading_set_profile_uuid (reading, _hearth_store_column_text (stmt, 1));
  hearth_reading_set_taken_at (reading, taken_at);
  hearth_reading_set_values (reading,
                             _hearth_store_column_double (stmt, 5),
                             _hearth_store_column_double (stmt, 6),
                             _hearth_store_column_double (stmt, 7));
  _hearth_reading_set_labels (reading, _hearth_store_column_text (stmt, 8), _hearth_store_column_text (stmt, 9));
  hearth_reading_set_note (reading, _hearth_store_column_text (stmt, 10));
  _hearth_reading_set_stamps (reading,
                              sqlite3_column_int64 (stmt, 11),
                              sqlite3_column_int64 (stmt, 12));

  *out = reading;
  return TRUE;
}


/* Binds ?2..?12 (fields) and ?13/?14 (created/updated). */
static void
bind_reading (HearthStore   *self,
              sqlite3_stmt  *stmt,
              HearthReading *reading,
              gint64         profile_id,
              gint64         created_at,
              gint64         updated_at)
{
  GDateTime *taken_at = hearth_reading_get_taken_at (reading);

  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text (self, stmt, 3, hearth_reading_kind_to_string (hearth_reading_get_kind (reading)));
  _hearth_store_bind_int64 (self, stmt, 4, hearth_usec_from_date_time (taken_at));
  _hearth_store_bind_int64 (self, stmt, 5, g_date_time_get_utc_offset (taken_at) / G_TIME_SPAN_SECOND);
  _hearth_store_bind_int64 (self, stmt, 6, _hearth_local_day (taken_at));
  _hearth_store_bind_double (self, stmt, 7, hearth_reading_get_value_a (reading));
  _hearth_store_bind_double_or_null (self, stmt, 8, hearth_reading_get_value_b (reading));
  _hearth_store_bind_double_or_null (self, stmt, 9, hearth_reading_get_value_c (reading));
  _hearth_store_bind_text_or_null (self, stmt, 10, hearth_reading_get_label_a (reading));
  _hearth_store_bind_text_or_null (self, stmt, 11, hearth_reading_get_label_b (reading));
  _hearth_store_bind_text_or_null (self, stmt, 12, hearth_reading_get_note (reading));
  _hearth_store_bind_int64 (self, stmt, 13, created_at);
  _hearth_store_bind_int64 (self, stmt, 14, updated_at);
}

/* Readings ------------------------------------------------------------- */

static gboolean
check_reading (HearthStore    *self,
               HearthReading  *reading,
               GError        **error)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  if (!hearth_reading_validate (reading, now, error))
    return FALSE;

  if (hearth_reading_get_profile_uuid (reading) == NULL)
    return _hearth_store_set_not_found_member (error, "");

  return TRUE;
}

/* Steps are a day's total: one live entry per member and local day.
 * @uuid is the reading's own (left out of the count). */
static gboolean
check_one_per_day (HearthStore    *self,
                   HearthReading  *reading,
                   gint64          profile_id,
                   const char     *uuid,
                   GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthReadingKind kind = hearth_reading_get_kind (reading);

  if (kind != HEARTH_READING_KIND_STEPS)
    return TRUE;

  stmt = _hearth_store_prepare (self, SQL_SAME_DAY, error);
  if (stmt == NULL)
    return FALSE;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  _hearth_store_bind_int64 (self, stmt, 3, hearth_reading_get_local_day (reading));
  _hearth_store_bind_text (self, stmt, 4, uuid);
  if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;

  if (sqlite3_column_int64 (stmt, 0) > 0)
    return _hearth_store_set_steps_exist (error);

  return TRUE;
}

/* If @reading already has a uuid (an import), it is kept. With
 * @check_plausible the plausibility rules run inside the same write
 * transaction, against exactly what the insert follows. */
static gboolean
add_reading (HearthStore    *self,
             HearthReading  *reading,
             gboolean        check_plausible,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  const char *profile_uuid;
  gint64 profile_id;
  gint64 now;

  if (!check_reading (self, reading, error))
    return FALSE;

  profile_uuid = hearth_reading_get_profile_uuid (reading);
  if (hearth_reading_get_uuid (reading) != NULL && hearth_reading_get_uuid (reading)[0] != '\0')
    uuid = g_strdup (hearth_reading_get_uuid (reading));
  else
    uuid = g_uuid_string_random ();
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  if (check_plausible && !_hearth_plausible_check (self, reading, profile_id, error))
    goto failed;

  if (!check_one_per_day (self, reading, profile_id, uuid, error))
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_INSERT_READING, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  bind_reading (self, stmt, reading, profile_id, now, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_reading_set_uuid (reading, uuid);
  _hearth_reading_set_stamps (reading, now, now);
  _hearth_store_signal_readings_changed (self, profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_add_reading (HearthStore    *self,
                          HearthReading  *reading,
                          GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_reading (self, reading, FALSE, error);
}

gboolean
hearth_store_add_reading_checked (HearthStore    *self,
                                  HearthReading  *reading,
                                  GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_reading (self, reading, TRUE, error);
}

/* Looks up a reading of a live member: its row id, member and state. */
static gboolean
lookup_reading (HearthStore  *self,
                const char   *uuid,
                gint64       *id,
                char        **profile_uuid,
                gboolean     *deleted,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_READING_STATE, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return _hearth_store_set_not_found_reading (error, uuid);

  *id = sqlite3_column_int64 (stmt, 0);
  *profile_uuid = g_strdup (_hearth_store_column_text (stmt, 1));
  *deleted = sqlite3_column_int (stmt, 2) != 0;
  return TRUE;
}

/* May move the reading to another live member (both hear of it). With
 * @check_plausible the rules run inside the same write transaction. */
static gboolean
update_reading (HearthStore    *self,
                HearthReading  *reading,
                gboolean        check_plausible,
                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_profile_uuid = NULL;
  const char *uuid;
  const char *profile_uuid;
  gboolean deleted = FALSE;
  gint64 profile_id;
  gint64 id;
  gint64 now;

  uuid = hearth_reading_get_uuid (reading);
  if (uuid == NULL)
    return _hearth_store_set_not_found_reading (error, "");

  if (!check_reading (self, reading, error))
    return FALSE;

  profile_uuid = hearth_reading_get_profile_uuid (reading);
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!lookup_reading (self, uuid, &id, &old_profile_uuid, &deleted, error))
    goto failed;
  if (deleted)
    {
      _hearth_store_set_not_found_reading (error, uuid);
      goto failed;
    }

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  if (check_plausible && !_hearth_plausible_check (self, reading, profile_id, error))
    goto failed;

  if (!check_one_per_day (self, reading, profile_id, uuid, error))
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_UPDATE_READING, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  bind_reading (self, stmt, reading, profile_id, hearth_reading_get_created_at (reading), now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (sqlite3_changes (self->db) != 1)
    {
      _hearth_store_set_not_found_reading (error, uuid);
      goto failed;
    }

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_reading_set_stamps (reading, hearth_reading_get_created_at (reading), now);
  if (g_strcmp0 (old_profile_uuid, profile_uuid) != 0)
    _hearth_store_signal_readings_changed (self, old_profile_uuid);
  _hearth_store_signal_readings_changed (self, profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_update_reading (HearthStore    *self,
                             HearthReading  *reading,
                             GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_reading (self, reading, FALSE, error);
}

gboolean
hearth_store_update_reading_checked (HearthStore    *self,
                                     HearthReading  *reading,
                                     GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return update_reading (self, reading, TRUE, error);
}

static gboolean
set_reading_deleted (HearthStore  *self,
                     const char   *uuid,
                     gboolean      delete,
                     GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *profile_uuid = NULL;
  gboolean deleted = FALSE;
  gint64 id = 0;
  gint64 now;

  now = _hearth_store_now_usec (self);
  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!lookup_reading (self, uuid, &id, &profile_uuid, &deleted, error))
    goto failed;

  /* Deleting twice is "not found"; undeleting a live reading is a no-op. */
  if (deleted == delete)
    {
      _hearth_store_rollback (self);
      if (delete)
        return _hearth_store_set_not_found_reading (error, uuid);
      return TRUE;
    }

  if (!delete)
    {
      stmt = _hearth_store_prepare (self, SQL_SAME_DAY_AS_DELETED, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, id);
      _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (HEARTH_READING_KIND_STEPS));
      if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
        goto failed;
      if (sqlite3_column_int64 (stmt, 0) > 0)
        {
          _hearth_store_set_steps_exist (error);
          goto failed;
        }
      g_clear_pointer (&stmt, _hearth_store_release_statement);
    }

  stmt = _hearth_store_prepare (self, delete ? SQL_DELETE_READING : SQL_UNDELETE_READING, error);
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

gboolean
hearth_store_delete_reading (HearthStore  *self,
                             const char   *uuid,
                             GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_reading_deleted (self, uuid, TRUE, error);
}

gboolean
hearth_store_undelete_reading (HearthStore  *self,
                               const char   *uuid,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_reading_deleted (self, uuid, FALSE, error);
}

HearthReading *
hearth_store_get_reading (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthReading *reading;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _hearth_store_prepare (self, SQL_READING_BY_UUID, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return NULL;

  if (rc != SQLITE_ROW)
    {
      _hearth_store_set_not_found_reading (error, uuid);
      return NULL;
    }
  if (!_hearth_store_reading_from_row (self, stmt, &reading, error))
    return NULL;
  if (reading == NULL)
    _hearth_store_set_not_found_reading (error, uuid);

  return reading;
}

/* Readings of kinds this build does not know are left out; a row that
 * cannot be read fails the whole list (CORRUPT, naming it). */
/* Newest first; @limit < 0 means all. */
static GListModel *
list_readings (HearthStore  *self,
               const char   *profile_uuid,
               int           kind,
               GDateTime    *from,
               GDateTime    *to,
               gint64        limit,
               GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gint64 profile_id;
  int rc;

  /* One snapshot for every statement below. */
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = _hearth_store_prepare (self, SQL_LIST_READINGS, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  if (kind >= 0)
    _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  if (from != NULL)
    _hearth_store_bind_int64 (self, stmt, 3, hearth_usec_from_date_time (from));
  if (to != NULL)
    _hearth_store_bind_int64 (self, stmt, 4, hearth_usec_from_date_time (to));
  _hearth_store_bind_int64 (self, stmt, 5, limit);

  list = g_list_store_new (HEARTH_TYPE_READING);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(HearthReading) reading = NULL;

      if (!_hearth_store_reading_from_row (self, stmt, &reading, error))
        return NULL;
      if (reading != NULL)
        g_list_store_append (list, reading);
    }
  if (rc < 0)
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
hearth_store_list_readings (HearthStore  *self,
                            const char   *profile_uuid,
                            int           kind,
                            GDateTime    *from,
                            GDateTime    *to,
                            GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_readings (self, profile_uuid, kind, from, to, -1, error);
}

GListModel *
hearth_store_list_recent_readings (HearthStore  *self,
                                   const char   *profile_uuid,
                                   int           kind,
                                   guint         limit,
                                   GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_readings (self, profile_uuid, kind, NULL, NULL, limit, error);
}

GListModel *
hearth_store_list_readings_before (HearthStore  *self,
                                   const char   *profile_uuid,
                                   int           kind,
                                   GDateTime    *to,
                                   guint         limit,
                                   GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_readings (self, profile_uuid, kind, NULL, to, limit, error);
}

HearthReading *
hearth_store_get_latest_reading (HearthStore        *self,
                                 const char         *profile_uuid,
                                 HearthReadingKind   kind,
                                 GError            **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthReading *reading = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One snapshot for every statement below. */
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = _hearth_store_prepare (self, SQL_LATEST_READING, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  rc = _hearth_store_step (self, stmt, error);
  if (rc != SQLITE_ROW)
    return NULL;

  if (!_hearth_store_reading_from_row (self, stmt, &reading, error))
    return NULL;
  return reading;
}

HearthReading *
hearth_store_get_last_added_reading (HearthStore  *self,
                                     const char   *profile_uuid,
                                     GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthReading *reading = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = _hearth_store_prepare (self, SQL_LAST_ADDED_READING, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
    return NULL;

  if (!_hearth_store_reading_from_row (self, stmt, &reading, error))
    return NULL;
  return reading;
}

gint64
hearth_store_count_readings (HearthStore  *self,
                             const char   *profile_uuid,
                             GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), -1);
  g_return_val_if_fail (profile_uuid != NULL, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return -1;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return -1;

  stmt = _hearth_store_prepare (self, SQL_COUNT_READINGS, error);
  if (stmt == NULL)
    return -1;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

GArray *
hearth_store_aggregate (HearthStore        *self,
                        const char         *profile_uuid,
                        HearthReadingKind   kind,
                        HearthPeriod        period,
                        gint64              from_day,
                        gint64              to_day,
                        GError            **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) result = NULL;
  const char *sql = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (period <= HEARTH_PERIOD_MONTH, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (period)
    {
    case HEARTH_PERIOD_DAY:
      sql = SQL_AGGREGATE_DAY;
      break;
    case HEARTH_PERIOD_WEEK:
      sql = SQL_AGGREGATE_WEEK;
      break;
    case HEARTH_PERIOD_MONTH:
      sql = SQL_AGGREGATE_MONTH;
      break;
    default:
      g_assert_not_reached ();
    }

  /* One snapshot for every statement below. */
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = _hearth_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  _hearth_store_bind_int64 (self, stmt, 3, from_day);
  _hearth_store_bind_int64 (self, stmt, 4, to_day);

  result = g_array_new (FALSE, TRUE, sizeof (HearthAggregate));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthAggregate agg;

      agg.first_day = sqlite3_column_int64 (stmt, 0);
      agg.count = sqlite3_column_int (stmt, 1);
      agg.min_a = _hearth_store_column_double (stmt, 2);
      agg.max_a = _hearth_store_column_double (stmt, 3);
      agg.mean_a = _hearth_store_column_double (stmt, 4);
      agg.min_b = _hearth_store_column_double (stmt, 5);
      agg.max_b = _hearth_store_column_double (stmt, 6);
      agg.mean_b = _hearth_store_column_double (stmt, 7);
      g_array_append_val (result, agg);
    }
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&result);
}
gboolean
_hearth_store_add_readings (HearthStore  *self,
                            GPtrArray    *readings,
                            GError      **error)
{
  g_autoptr(GDateTime) now_dt = NULL;
  g_autoptr(GHashTable) ids = NULL;    /* member uuid -> row id */
  g_autoptr(GPtrArray) uuids = NULL;
  g_autoptr(GPtrArray) members = NULL; /* changed, in first-seen order */
  sqlite3_stmt *stmt = NULL;
  gint64 now;

  g_assert (HEARTH_IS_STORE (self));
  g_assert (readings != NULL);

  if (readings->len == 0)
    return TRUE;

  now_dt = hearth_clock_now (self->clock);
  now = hearth_usec_from_date_time (now_dt);

  /* Every reading is checked before anything is written. */
  uuids = g_ptr_array_new_full (readings->len, g_free);
  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);
      const char *uuid = hearth_reading_get_uuid (reading);

      g_assert (HEARTH_IS_READING (reading));

      if (!hearth_reading_validate (reading, now_dt, error))
        return FALSE;
      if (hearth_reading_get_profile_uuid (reading) == NULL)
        return _hearth_store_set_not_found_member (error, "");

      g_ptr_array_add (uuids, uuid != NULL && uuid[0] != '\0' ? g_strdup (uuid)
                                                              : g_uuid_string_random ());
    }

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  members = g_ptr_array_new ();
  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);
      const char *profile_uuid = hearth_reading_get_profile_uuid (reading);
      const char *uuid = g_ptr_array_index (uuids, i);
      gpointer found;
      gint64 profile_id;

      if (g_hash_table_lookup_extended (ids, profile_uuid, NULL, &found))
        {
          profile_id = GPOINTER_TO_SIZE (found);
        }
      else
        {
          profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
          if (profile_id == 0)
            goto failed;
          g_hash_table_insert (ids, (gpointer) profile_uuid, GSIZE_TO_POINTER (profile_id));
          g_ptr_array_add (members, (gpointer) profile_uuid);
        }

      if (!check_one_per_day (self, reading, profile_id, uuid, error))
        goto failed;

      if (stmt == NULL && (stmt = _hearth_store_prepare (self, SQL_INSERT_READING, error)) == NULL)
        goto failed;
      _hearth_store_bind_text (self, stmt, 1, uuid);
      bind_reading (self, stmt, reading, profile_id, now, now);
      if (!_hearth_store_run (self, stmt, error))
        goto failed;
      sqlite3_reset (stmt);
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);

      _hearth_reading_set_uuid (reading, g_ptr_array_index (uuids, i));
      _hearth_reading_set_stamps (reading, now, now);
    }

  /* Queued as copies: a handler may drop the last reference to a reading. */
  for (guint i = 0; i < members->len; i++)
    _hearth_store_signal_readings_changed (self, g_ptr_array_index (members, i));
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}
