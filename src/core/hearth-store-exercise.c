/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-store-exercise.h"
#include "hearth-store-move-private.h"
#include "hearth-usec.h"

/* Workouts: the table of migrations/0004-exercise-medications.sql. */

#define WORKOUT_COLUMNS \
  "w.uuid, p.uuid, w.activity, w.started_at, w.utc_offset, w.duration_s, w.distance_m, " \
  "w.steps, w.effort, w.note, w.created_at, w.updated_at"
static const char SQL_INSERT_WORKOUT[] =
  "INSERT INTO workouts (uuid, profile_id, activity, started_at, utc_offset, local_day, "
  "duration_s, distance_m, steps, effort, note, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)";
static const char SQL_WORKOUT_STATE[] =
  "SELECT w.id, p.uuid, w.deleted_at IS NOT NULL FROM workouts w "
  "JOIN profiles p ON p.id = w.profile_id WHERE w.uuid = ?1 AND p.deleted_at IS NULL";
static const char SQL_DELETE_WORKOUT[] =
  "UPDATE workouts SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_WORKOUT[] =
  "UPDATE workouts SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";
static const char SQL_LIST_WORKOUTS[] =
  "SELECT " WORKOUT_COLUMNS " FROM workouts w JOIN profiles p ON p.id = w.profile_id "
  "WHERE w.profile_id = ?1 AND w.deleted_at IS NULL AND w.local_day BETWEEN ?2 AND ?3 "
  "ORDER BY w.started_at, w.id";
/* The member's weight nearest at or before ?2. */
static const char SQL_WEIGHT_AT[] =
  "SELECT value_a FROM readings WHERE profile_id = ?1 AND kind = 'weight' "
  "AND deleted_at IS NULL AND taken_at <= ?2 ORDER BY taken_at DESC, id DESC LIMIT 1";

const char * const *
_hearth_store_exercise_queries_for_testing (void)
{
  static const char * const queries[] = { SQL_LIST_WORKOUTS, SQL_WEIGHT_AT, SQL_WORKOUT_STATE, NULL };

  return queries;
}

static gboolean
set_not_found_workout (GError     **error,
                       const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("The workout %s was not found."), uuid);
  return FALSE;
}

gboolean
hearth_store_add_workout (HearthStore    *self,
                          HearthWorkout  *workout,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  gint64 profile_id;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (workout != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_workout_validate (workout, error))
    return FALSE;
  /* Like a reading: not in the future (a minute's grace for clocks). */
  {
    g_autoptr(GDateTime) clock_now = hearth_clock_now (self->clock);

    if (g_date_time_difference (workout->start, clock_now) > G_TIME_SPAN_MINUTE)
      {
        g_set_error_literal (error, HEARTH_WORKOUT_ERROR, HEARTH_WORKOUT_ERROR_START,
                             _("A workout cannot start in the future."));
        return FALSE;
      }
  }

  uuid = (workout->uuid != NULL && workout->uuid[0] != '\0') ? g_strdup (workout->uuid)
                                                             : g_uuid_string_random ();
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, workout->profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_INSERT_WORKOUT, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text (self, stmt, 3, workout->activity);
  _hearth_store_bind_int64 (self, stmt, 4, hearth_usec_from_date_time (workout->start));
  _hearth_store_bind_int64 (self, stmt, 5, g_date_time_get_utc_offset (workout->start) / G_TIME_SPAN_SECOND);
  _hearth_store_bind_int64 (self, stmt, 6, hearth_workout_get_local_day (workout));
  _hearth_store_bind_int64 (self, stmt, 7, workout->duration_s);
  _hearth_store_bind_double_or_null (self, stmt, 8, workout->distance_m);
  if (workout->steps >= 0)
    _hearth_store_bind_int64 (self, stmt, 9, workout->steps);
  else
    _hearth_store_bind_null (self, stmt, 9);
  _hearth_store_bind_uint_or_null (self, stmt, 10, (guint) workout->effort);
  _hearth_store_bind_text_or_null (self, stmt, 11, workout->note);
  _hearth_store_bind_int64 (self, stmt, 12, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  g_free (workout->uuid);
  workout->uuid = g_steal_pointer (&uuid);
  workout->created_at = workout->updated_at = now;
  _hearth_store_signal_readings_changed (self, workout->profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

static gboolean
set_workout_deleted (HearthStore  *self,
                     const char   *uuid,
                     gboolean      delete,
                     GError      **error)
{
  return _hearth_store_set_row_deleted (self, SQL_WORKOUT_STATE,
                                        delete ? SQL_DELETE_WORKOUT : SQL_UNDELETE_WORKOUT,
                                        uuid, delete, set_not_found_workout, error);
}

gboolean
hearth_store_delete_workout (HearthStore  *self,
                             const char   *uuid,
                             GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_workout_deleted (self, uuid, TRUE, error);
}

gboolean
hearth_store_undelete_workout (HearthStore  *self,
                               const char   *uuid,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_workout_deleted (self, uuid, FALSE, error);
}

/* A HearthWorkout from a row of WORKOUT_COLUMNS; CORRUPT naming the row
 * when it cannot be read back (never left out silently). */
static HearthWorkout *
workout_from_row (sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(HearthWorkout) workout = NULL;
  g_autoptr(GDateTime) start = NULL;
  const char *uuid = _hearth_store_column_text (stmt, 0);
  gint64 offset = sqlite3_column_int64 (stmt, 4);

  if (offset > -24 * 3600 && offset < 24 * 3600)
    start = hearth_usec_to_date_time_offset (sqlite3_column_int64 (stmt, 3), (int) offset);
  if (start == NULL)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("The workout %s cannot be read: its time is damaged."), uuid);
      return NULL;
    }

  workout = hearth_workout_new (_hearth_store_column_text (stmt, 1),
                                _hearth_store_column_text (stmt, 2),
                                start, sqlite3_column_int64 (stmt, 5));
  workout->uuid = g_strdup (uuid);
  workout->distance_m = _hearth_store_column_double (stmt, 6);
  workout->steps = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 7);
  workout->effort = sqlite3_column_int (stmt, 8);
  workout->note = g_strdup (_hearth_store_column_text (stmt, 9));
  workout->created_at = sqlite3_column_int64 (stmt, 10);
  workout->updated_at = sqlite3_column_int64 (stmt, 11);
  return g_steal_pointer (&workout);
}

/* Inside a read transaction. */
static GPtrArray *
list_workouts (HearthStore  *self,
               gint64        profile_id,
               gint64        from_day,
               gint64        to_day,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LIST_WORKOUTS, error);
  g_autoptr(GPtrArray) workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_workout_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, from_day);
  _hearth_store_bind_int64 (self, stmt, 3, to_day);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthWorkout *workout = workout_from_row (stmt, error);

      if (workout == NULL)
        return NULL;
      g_ptr_array_add (workouts, workout);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&workouts);
}

GPtrArray *
hearth_store_list_workouts (HearthStore  *self,
                            const char   *profile_uuid,
                            gint64        from_day,
                            gint64        to_day,
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
  return list_workouts (self, profile_id, from_day, to_day, error);
}

gboolean
hearth_store_get_workout_energy (HearthStore          *self,
                                 const HearthWorkout  *workout,
                                 double               *kcal,
                                 GError              **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const HearthActivity *activity;
  gint64 profile_id;
  double weight = NAN;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (workout != NULL && workout->start != NULL, FALSE);
  g_return_val_if_fail (kcal != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *kcal = NAN;
  activity = hearth_activity_lookup (workout->activity);
  if (activity == NULL)
    return TRUE;

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, workout->profile_uuid, error);
  if (profile_id == 0)
    return FALSE;

  stmt = _hearth_store_prepare (self, SQL_WEIGHT_AT, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, hearth_usec_from_date_time (workout->start));
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    weight = _hearth_store_column_double (stmt, 0);

  *kcal = hearth_exercise_energy_kcal (activity->met, weight, workout->duration_s);
  return TRUE;
}

gboolean
hearth_store_get_active_week (HearthStore       *self,
                              const char        *profile_uuid,
                              gint64             first_day,
                              HearthActiveWeek  *week,
                              GError           **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GDateTime) day = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (week != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile = hearth_store_get_profile (self, profile_uuid, error);
  if (profile == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return FALSE;
  workouts = list_workouts (self, profile_id, first_day, first_day + 6, error);
  if (workouts == NULL)
    return FALSE;

  /* Noon UTC of the week's first day: that date anywhere. */
  day = g_date_time_new_from_unix_utc (first_day * 86400 + 12 * 3600);
  hearth_active_week_compute (week, first_day,
                              day != NULL ? hearth_profile_get_age (profile, day) : -1,
                              (HearthWorkout **) workouts->pdata, workouts->len);
  return TRUE;
}
