/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-store-challenges.h"
#include "hearth-store-private.h"

#define CHALLENGE_COLUMNS \
  "c.id, c.uuid, p.uuid, c.template, c.title, c.start_day, c.end_day, c.created_at, c.updated_at"

static const char SQL_INSERT[] =
  "INSERT INTO challenges (uuid, profile_id, template, title, start_day, end_day, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
static const char SQL_GET[] =
  "SELECT " CHALLENGE_COLUMNS " FROM challenges c JOIN profiles p ON p.id = c.profile_id "
  "WHERE c.uuid = ?1 AND c.deleted_at IS NULL AND p.deleted_at IS NULL";
static const char SQL_LIST[] =
  "SELECT " CHALLENGE_COLUMNS " FROM challenges c JOIN profiles p ON p.id = c.profile_id "
  "WHERE c.profile_id = ?1 AND c.deleted_at IS NULL ORDER BY c.start_day DESC, c.id";
static const char SQL_CHECKINS[] =
  "SELECT local_day FROM challenge_checkins WHERE challenge_id = ?1 AND deleted_at IS NULL "
  "ORDER BY local_day";
static const char SQL_STATE[] =
  "SELECT c.id, p.uuid, c.deleted_at IS NOT NULL FROM challenges c "
  "JOIN profiles p ON p.id = c.profile_id WHERE c.uuid = ?1 AND p.deleted_at IS NULL";
static const char SQL_DELETE[] =
  "UPDATE challenges SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE[] =
  "UPDATE challenges SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";
static const char SQL_CHECK_IN[] =
  "INSERT INTO challenge_checkins (uuid, challenge_id, local_day, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?4)";
static const char SQL_UNDO_CHECK_IN[] =
  "UPDATE challenge_checkins SET deleted_at = ?3, updated_at = ?3 "
  "WHERE challenge_id = ?1 AND local_day = ?2 AND deleted_at IS NULL";

static gboolean
set_not_found (GError     **error,
               const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("The challenge %s was not found."), uuid);
  return FALSE;
}

static char *
format_day (gint64 day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (day * 86400);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d") : g_strdup ("?");
}

gboolean
hearth_store_add_challenge (HearthStore      *self,
                            HearthChallenge  *challenge,
                            gint64            today,
                            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *title = NULL;
  gint64 profile_id, now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (challenge != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_challenge_validate (challenge, today, error))
    return FALSE;
  uuid = challenge->uuid != NULL && challenge->uuid[0] != '\0' ? g_strdup (challenge->uuid)
                                                               : g_uuid_string_random ();
  title = g_strstrip (g_strdup (challenge->title));
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, challenge->profile_uuid, error);
  if (profile_id == 0)
    goto failed;
  stmt = _hearth_store_prepare (self, SQL_INSERT, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text_or_null (self, stmt, 3, challenge->template_id);
  _hearth_store_bind_text (self, stmt, 4, title);
  _hearth_store_bind_int64 (self, stmt, 5, challenge->start_day);
  _hearth_store_bind_int64 (self, stmt, 6, challenge->end_day);
  _hearth_store_bind_int64 (self, stmt, 7, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (!_hearth_store_commit (self, error))
    return FALSE;

  g_free (challenge->uuid);
  challenge->uuid = g_steal_pointer (&uuid);
  g_free (challenge->title);
  challenge->title = g_steal_pointer (&title);
  challenge->created_at = challenge->updated_at = now;
  g_array_set_size (challenge->checkins, 0);
  _hearth_store_signal_readings_changed (self, challenge->profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

/* A challenge from a row of CHALLENGE_COLUMNS, with its check-ins. */
static HearthChallenge *
challenge_from_row (HearthStore   *self,
                    sqlite3_stmt  *row,
                    GError       **error)
{
  g_autoptr(HearthChallenge) challenge = g_new0 (HearthChallenge, 1);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  challenge->uuid = g_strdup (_hearth_store_column_text (row, 1));
  challenge->profile_uuid = g_strdup (_hearth_store_column_text (row, 2));
  challenge->template_id = g_strdup (_hearth_store_column_text (row, 3));
  challenge->title = g_strdup (_hearth_store_column_text (row, 4));
  challenge->start_day = sqlite3_column_int64 (row, 5);
  challenge->end_day = sqlite3_column_int64 (row, 6);
  challenge->created_at = sqlite3_column_int64 (row, 7);
  challenge->updated_at = sqlite3_column_int64 (row, 8);
  challenge->checkins = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = _hearth_store_prepare (self, SQL_CHECKINS, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, sqlite3_column_int64 (row, 0));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 day = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (challenge->checkins, day);
    }
  return rc < 0 ? NULL : g_steal_pointer (&challenge);
}

/* The live challenge @uuid and its row id; NOT_FOUND. Inside a read or write. */
static HearthChallenge *
get_challenge (HearthStore  *self,
               const char   *uuid,
               gint64       *id,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_GET, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_not_found (error, uuid);
      return NULL;
    }
  if (id != NULL)
    *id = sqlite3_column_int64 (stmt, 0);
  return challenge_from_row (self, stmt, error);
}

HearthChallenge *
hearth_store_get_challenge (HearthStore  *self,
                            const char   *uuid,
                            GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  return get_challenge (self, uuid, NULL, error);
}

GPtrArray *
hearth_store_list_challenges (HearthStore  *self,
                              const char   *profile_uuid,
                              GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;
  stmt = _hearth_store_prepare (self, SQL_LIST, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_challenge_free);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthChallenge *challenge = challenge_from_row (self, stmt, error);

      if (challenge == NULL)
        return NULL;
      g_ptr_array_add (list, challenge);
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

gboolean
hearth_store_delete_challenge (HearthStore  *self,
                               const char   *uuid,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _hearth_store_set_row_deleted (self, SQL_STATE, SQL_DELETE, uuid, TRUE, set_not_found, error);
}

gboolean
hearth_store_undelete_challenge (HearthStore  *self,
                                 const char   *uuid,
                                 GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _hearth_store_set_row_deleted (self, SQL_STATE, SQL_UNDELETE, uuid, FALSE, set_not_found, error);
}

/* Checks in (@check) or takes back @day of the challenge @uuid. */
static gboolean
change_checkin (HearthStore  *self,
                const char   *uuid,
                gint64        day,
                gint64        today,
                gboolean      check,
                GError      **error)
{
  g_autoptr(HearthChallenge) challenge = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *row_uuid = g_uuid_string_random ();
  gint64 id = 0, now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  challenge = get_challenge (self, uuid, &id, error);
  if (challenge == NULL)
    goto failed;
  if (check)
    {
      if (!hearth_challenge_validate_checkin (challenge, day, today, error))
        goto failed;
      if (hearth_challenge_is_checked (challenge, day))
        {
          g_autofree char *date = format_day (day);

          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                       _("%s is already checked in."), date);
          goto failed;
        }
      stmt = _hearth_store_prepare (self, SQL_CHECK_IN, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_text (self, stmt, 1, row_uuid);
      _hearth_store_bind_int64 (self, stmt, 2, id);
      _hearth_store_bind_int64 (self, stmt, 3, day);
      _hearth_store_bind_int64 (self, stmt, 4, now);
    }
  else
    {
      if (!hearth_challenge_is_checked (challenge, day))
        {
          g_autofree char *date = format_day (day);

          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                       _("%s is not checked in."), date);
          goto failed;
        }
      stmt = _hearth_store_prepare (self, SQL_UNDO_CHECK_IN, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, id);
      _hearth_store_bind_int64 (self, stmt, 2, day);
      _hearth_store_bind_int64 (self, stmt, 3, now);
    }
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_signal_readings_changed (self, challenge->profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_check_in_challenge (HearthStore  *self,
                                 const char   *uuid,
                                 gint64        day,
                                 gint64        today,
                                 GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_checkin (self, uuid, day, today, TRUE, error);
}

gboolean
hearth_store_undo_challenge_checkin (HearthStore  *self,
                                     const char   *uuid,
                                     gint64        day,
                                     GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_checkin (self, uuid, day, G_MAXINT64, FALSE, error);
}
