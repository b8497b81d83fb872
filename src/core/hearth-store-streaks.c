/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-reading.h"
#include "hearth-store-private.h"
#include "hearth-store-streaks.h"

/* entry_days (migrations/0010-entry-days.sql) holds the days with any live
 * reading, meal, workout or dose taken, kept by triggers: a dose counts on
 * the day it was taken, in the offset it was taken in. */
static const char SQL_LOGGING_DAYS[] =
  "SELECT local_day FROM entry_days WHERE profile_id = ?1 ORDER BY local_day";
static const char SQL_LOGGING_DAYS_RANGE[] =
  "SELECT local_day FROM entry_days WHERE profile_id = ?1 AND local_day BETWEEN ?2 AND ?3 "
  "ORDER BY local_day";

/* The days a member's query gives: @sql's first column, ?1 the member's row
 * id, ?2 and ?3 (when @sql has them) the first and last day; ascending as
 * @sql orders them. Inside a read or write the caller holds. */
static GArray *
list_days (HearthStore  *self,
           const char   *sql,
           gint64        profile_id,
           gint64        from_day,
           gint64        to_day,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, sql, error);
  g_autoptr(GArray) days = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    {
      _hearth_store_bind_int64 (self, stmt, 2, from_day);
      _hearth_store_bind_int64 (self, stmt, 3, to_day);
    }
  days = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 day = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (days, day);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&days);
}

/* A member's days by @sql in a read of its own. */
static GArray *
list_member_days (HearthStore  *self,
                  const char   *sql,
                  const char   *profile_uuid,
                  GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
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
  return list_days (self, sql, profile_id, 0, 0, error);
}

GArray *
hearth_store_list_logging_days (HearthStore  *self,
                                const char   *profile_uuid,
                                GError      **error)
{
  return list_member_days (self, SQL_LOGGING_DAYS, profile_uuid, error);
}

/* Skip days ---------------------------------------------------------------- */

#define MAX_REASON_CHARS 200

static const char SQL_MARK_SKIP[] =
  "INSERT INTO skip_days (uuid, profile_id, local_day, reason, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?5) "
  "ON CONFLICT (profile_id, local_day) WHERE deleted_at IS NULL "
  "DO UPDATE SET reason = excluded.reason, updated_at = excluded.updated_at";
static const char SQL_UNMARK_SKIP[] =
  "UPDATE skip_days SET deleted_at = ?3, updated_at = ?3 "
  "WHERE profile_id = ?1 AND local_day = ?2 AND deleted_at IS NULL";
static const char SQL_LIST_SKIPS[] =
  "SELECT local_day FROM skip_days WHERE profile_id = ?1 AND deleted_at IS NULL ORDER BY local_day";
static const char SQL_GET_SKIP[] =
  "SELECT reason FROM skip_days WHERE profile_id = ?1 AND local_day = ?2 AND deleted_at IS NULL";

static gboolean
check_reason (const char  *reason,
              GError     **error)
{
  if (reason == NULL)
    return TRUE;
  if (!g_utf8_validate (reason, -1, NULL) || g_utf8_strlen (reason, -1) > MAX_REASON_CHARS)
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME,
                   _("A reason can be at most %d characters long."), MAX_REASON_CHARS);
      return FALSE;
    }
  for (const char *p = reason; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME,
                             _("A reason cannot contain tabs, line breaks or other control characters."));
        return FALSE;
      }
  return TRUE;
}

gboolean
hearth_store_mark_skip_day (HearthStore  *self,
                            const char   *profile_uuid,
                            gint64        day,
                            const char   *reason,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_reason (reason, error))
    return FALSE;
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;
  stmt = _hearth_store_prepare (self, SQL_MARK_SKIP, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_int64 (self, stmt, 3, day);
  _hearth_store_bind_text_or_null (self, stmt, 4, reason);
  _hearth_store_bind_int64 (self, stmt, 5, _hearth_store_now_usec (self));
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
hearth_store_unmark_skip_day (HearthStore  *self,
                              const char   *profile_uuid,
                              gint64        day,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;
  stmt = _hearth_store_prepare (self, SQL_UNMARK_SKIP, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, day);
  _hearth_store_bind_int64 (self, stmt, 3, _hearth_store_now_usec (self));
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (sqlite3_changes (_hearth_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                           _("That day is not marked as skipped."));
      goto failed;
    }
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

GArray *
hearth_store_list_skip_days (HearthStore  *self,
                             const char   *profile_uuid,
                             GError      **error)
{
  return list_member_days (self, SQL_LIST_SKIPS, profile_uuid, error);
}

gboolean
hearth_store_get_skip_day (HearthStore  *self,
                           const char   *profile_uuid,
                           gint64        day,
                           gboolean     *marked,
                           char        **reason,
                           GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (marked != NULL)
    *marked = FALSE;
  if (reason != NULL)
    *reason = NULL;
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return FALSE;
  stmt = _hearth_store_prepare (self, SQL_GET_SKIP, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, day);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      if (marked != NULL)
        *marked = TRUE;
      if (reason != NULL)
        *reason = g_strdup (_hearth_store_column_text (stmt, 0));
    }
  return TRUE;
}

GArray *
_hearth_store_list_logging_days_between (HearthStore  *self,
                                         gint64        profile_id,
                                         gint64        from_day,
                                         gint64        to_day,
                                         GError      **error)
{
  return list_days (self, SQL_LOGGING_DAYS_RANGE, profile_id, from_day, to_day, error);
}
