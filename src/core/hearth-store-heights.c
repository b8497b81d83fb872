/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-health-record.h"
#include "hearth-profile.h"
#include "hearth-reading.h"
#include "hearth-store-heights-private.h"
#include "hearth-store-private.h"

/* Height measurements (schema 12). profiles.height_cm follows the latest
 * live row through the journal's triggers (0012-height-measurements.sql). */

static const char SQL_INSERT_HEIGHT[] =
  "INSERT INTO height_measurements (uuid, profile_id, measured_day, height_cm, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?5)";
static const char SQL_LIST_HEIGHTS[] =
  "SELECT uuid, measured_day, height_cm, created_at, updated_at FROM height_measurements "
  "WHERE profile_id = ?1 AND deleted_at IS NULL ORDER BY measured_day, created_at, id";
static const char SQL_HEIGHT_STATE[] =
  "SELECT 1 FROM height_measurements AS h JOIN profiles AS p ON p.id = h.profile_id "
  "WHERE h.uuid = ?1 AND p.deleted_at IS NULL AND (h.deleted_at IS NULL) = ?2";
static const char SQL_DELETE_HEIGHT[] =
  "UPDATE height_measurements SET deleted_at = ?2, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_HEIGHT[] =
  "UPDATE height_measurements SET deleted_at = NULL, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NOT NULL";

HearthHeight *
hearth_height_copy (const HearthHeight *height)
{
  HearthHeight *copy;

  g_return_val_if_fail (height != NULL, NULL);

  copy = g_new0 (HearthHeight, 1);
  *copy = *height;
  copy->uuid = g_strdup (height->uuid);
  copy->profile_uuid = g_strdup (height->profile_uuid);
  return copy;
}

void
hearth_height_free (HearthHeight *height)
{
  if (height == NULL)
    return;
  g_free (height->uuid);
  g_free (height->profile_uuid);
  g_free (height);
}

gboolean
hearth_height_validate (gint64   measured_day,
                        double   height_cm,
                        gint64   birth_day,
                        gint64   today,
                        GError **error)
{
  if (!(height_cm >= HEARTH_HEIGHT_MIN_CM && height_cm <= HEARTH_HEIGHT_MAX_CM))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT,
                   _("The height must be between %d and %d cm"),
                   HEARTH_HEIGHT_MIN_CM, HEARTH_HEIGHT_MAX_CM);
      return FALSE;
    }
  if (measured_day > today)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                           _("The day of a height cannot be in the future"));
      return FALSE;
    }
  if (birth_day != HEARTH_RECORD_NO_DAY && measured_day < birth_day)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                           _("The day of a height cannot be before the member was born"));
      return FALSE;
    }
  return TRUE;
}

const HearthHeight *
hearth_heights_for_day (GPtrArray *heights,
                        gint64     day)
{
  g_return_val_if_fail (heights != NULL, NULL);

  /* Sorted oldest first: the last one on or before @day. */
  for (guint i = heights->len; i-- > 0;)
    {
      const HearthHeight *height = g_ptr_array_index (heights, i);

      if (height->measured_day > day)
        continue;
      return day - height->measured_day <= HEARTH_HEIGHT_PAIR_MAX_DAYS ? height : NULL;
    }
  return NULL;
}

static gint64
today_day (HearthStore *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);
  return hearth_record_day_from_ymd (year, month, day);
}

/* The first day the member can have been born on, or NO_DAY. */
static gint64
first_birth_day (HearthProfile *profile)
{
  guint year = hearth_profile_get_birth_year (profile);
  guint month = hearth_profile_get_birth_month (profile);
  guint day = hearth_profile_get_birth_day (profile);

  if (year == 0 || !g_date_valid_dmy (day ? day : 1, month ? month : 1, year))
    return HEARTH_RECORD_NO_DAY;
  return hearth_record_day_from_ymd (year, month ? month : 1, day ? day : 1);
}

static gboolean
insert_height (HearthStore  *self,
               gint64        profile_id,
               gint64        measured_day,
               double        height_cm,
               gint64        now,
               char        **out_uuid,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_INSERT_HEIGHT, error);
  g_autofree char *uuid = g_uuid_string_random ();

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_int64 (self, stmt, 3, measured_day);
  _hearth_store_bind_double (self, stmt, 4, height_cm);
  _hearth_store_bind_int64 (self, stmt, 5, now);
  if (!_hearth_store_run (self, stmt, error))
    return FALSE;
  if (out_uuid != NULL)
    *out_uuid = g_steal_pointer (&uuid);
  return TRUE;
}

gboolean
_hearth_store_insert_height_today (HearthStore  *self,
                                   gint64        profile_id,
                                   double        height_cm,
                                   gint64        now,
                                   GError      **error)
{
  return insert_height (self, profile_id, today_day (self), height_cm, now, NULL, error);
}

/* Commits, queues profiles-changed and emits; rolls back on failure. */
static gboolean
finish_write (HearthStore  *self,
              gboolean      ok,
              GError      **error)
{
  if (!ok)
    {
      _hearth_store_rollback (self);
      return FALSE;
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_signal_profiles_changed (self);
  _hearth_store_emit_signals (self);
  return TRUE;
}

gboolean
hearth_store_add_height (HearthStore  *self,
                         const char   *profile_uuid,
                         gint64        measured_day,
                         double        height_cm,
                         char        **out_uuid,
                         GError      **error)
{
  g_autoptr(HearthProfile) profile = NULL;
  gint64 profile_id;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id != 0)
    profile = hearth_store_get_profile (self, profile_uuid, error);
  ok = profile != NULL &&
       hearth_height_validate (measured_day, height_cm, first_birth_day (profile),
                               today_day (self), error) &&
       insert_height (self, profile_id, measured_day, height_cm,
                      _hearth_store_now_usec (self), out_uuid, error);

  return finish_write (self, ok, error);
}

GPtrArray *
hearth_store_list_heights (HearthStore  *self,
                           const char   *profile_uuid,
                           GError      **error)
{
  g_autoptr(GPtrArray) heights = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_height_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_hearth_store_begin_read (self, error))
    return NULL;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id != 0)
    stmt = _hearth_store_prepare (self, SQL_LIST_HEIGHTS, error);
  if (stmt == NULL)
    {
      _hearth_store_end_read (self);
      return NULL;
    }

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthHeight *height = g_new0 (HearthHeight, 1);

      height->uuid = g_strdup (_hearth_store_column_text (stmt, 0));
      height->profile_uuid = g_strdup (profile_uuid);
      height->measured_day = sqlite3_column_int64 (stmt, 1);
      height->height_cm = sqlite3_column_double (stmt, 2);
      height->created_at = sqlite3_column_int64 (stmt, 3);
      height->updated_at = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (heights, height);
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_end_read (self);
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&heights);
}

static gboolean
set_deleted (HearthStore  *self,
             const char   *uuid,
             gboolean      delete,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  /* A row in that state, of a live member. */
  stmt = _hearth_store_prepare (self, SQL_HEIGHT_STATE, error);
  ok = stmt != NULL;
  if (ok)
    {
      _hearth_store_bind_text (self, stmt, 1, uuid);
      _hearth_store_bind_int64 (self, stmt, 2, delete ? 1 : 0);
      rc = _hearth_store_step (self, stmt, error);
      ok = rc == SQLITE_ROW;
      if (rc == SQLITE_DONE)
        g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                     delete ? _("No height measurement “%s”") : _("No deleted height measurement “%s”"),
                     uuid);
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (ok)
    {
      stmt = _hearth_store_prepare (self, delete ? SQL_DELETE_HEIGHT : SQL_UNDELETE_HEIGHT, error);
      ok = stmt != NULL;
      if (ok)
        {
          _hearth_store_bind_text (self, stmt, 1, uuid);
          _hearth_store_bind_int64 (self, stmt, 2, _hearth_store_now_usec (self));
          ok = _hearth_store_run (self, stmt, error);
        }
    }

  return finish_write (self, ok, error);
}

gboolean
hearth_store_delete_height (HearthStore  *self,
                            const char   *uuid,
                            GError      **error)
{
  return set_deleted (self, uuid, TRUE, error);
}

gboolean
hearth_store_undelete_height (HearthStore  *self,
                              const char   *uuid,
                              GError      **error)
{
  return set_deleted (self, uuid, FALSE, error);
}
