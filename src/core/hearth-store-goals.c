/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-store-private.h"
#include "hearth-store-goals.h"

/* Goals: the table of migrations/0009-progress.sql. */

#define GOAL_COLUMNS \
  "g.uuid, p.uuid, g.kind, g.metric, g.comparison, g.target, g.baseline, g.cadence, " \
  "g.start_day, g.due_day, g.reached_day, g.title, g.created_at, g.updated_at"
static const char SQL_INSERT_GOAL[] =
  "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, baseline, cadence, "
  "start_day, due_day, reached_day, title, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)";
static const char SQL_GET_GOAL[] =
  "SELECT " GOAL_COLUMNS " FROM goals g JOIN profiles p ON p.id = g.profile_id "
  "WHERE g.uuid = ?1 AND g.deleted_at IS NULL AND p.deleted_at IS NULL";
static const char SQL_LIST_GOALS[] =
  "SELECT " GOAL_COLUMNS " FROM goals g JOIN profiles p ON p.id = g.profile_id "
  "WHERE g.profile_id = ?1 AND g.deleted_at IS NULL ORDER BY g.start_day, g.id";
static const char SQL_UPDATE_GOAL[] =
  "UPDATE goals SET kind = ?2, metric = ?3, comparison = ?4, target = ?5, baseline = ?6, "
  "cadence = ?7, start_day = ?8, due_day = ?9, reached_day = ?10, title = ?11, updated_at = ?12 "
  "WHERE uuid = ?1 AND deleted_at IS NULL "
  "AND profile_id IN (SELECT id FROM profiles WHERE deleted_at IS NULL)";
static const char SQL_SET_REACHED[] =
  "UPDATE goals SET reached_day = ?2, updated_at = ?3 "
  "WHERE uuid = ?1 AND deleted_at IS NULL AND reached_day IS NULL";
static const char SQL_GOAL_STATE[] =
  "SELECT g.id, p.uuid, g.deleted_at IS NOT NULL FROM goals g "
  "JOIN profiles p ON p.id = g.profile_id WHERE g.uuid = ?1 AND p.deleted_at IS NULL";
static const char SQL_DELETE_GOAL[] =
  "UPDATE goals SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_GOAL[] =
  "UPDATE goals SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";

static gboolean
set_not_found_goal (GError     **error,
                    const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("The goal %s was not found."), uuid);
  return FALSE;
}

static void
bind_day_or_null (HearthStore  *self,
                  sqlite3_stmt *stmt,
                  int           index,
                  gint64        day)
{
  if (day == HEARTH_GOAL_NO_DAY)
    _hearth_store_bind_null (self, stmt, index);
  else
    _hearth_store_bind_int64 (self, stmt, index, day);
}

static gint64
column_day (sqlite3_stmt *stmt,
            int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? HEARTH_GOAL_NO_DAY
                                                           : sqlite3_column_int64 (stmt, column);
}

/* The fields of @goal from ?@first on: kind, metric, comparison, target,
 * baseline, cadence, start_day, due_day, reached_day, title. */
static void
bind_goal_fields (HearthStore      *self,
                  sqlite3_stmt     *stmt,
                  int               first,
                  const HearthGoal *goal)
{
  _hearth_store_bind_text (self, stmt, first, hearth_goal_kind_to_string (goal->kind));
  _hearth_store_bind_text (self, stmt, first + 1, goal->metric);
  _hearth_store_bind_text (self, stmt, first + 2, hearth_goal_comparison_to_string (goal->comparison));
  _hearth_store_bind_double (self, stmt, first + 3, goal->target);
  _hearth_store_bind_double_or_null (self, stmt, first + 4, goal->baseline);
  _hearth_store_bind_text_or_null (self, stmt, first + 5, hearth_goal_cadence_to_string (goal->cadence));
  _hearth_store_bind_int64 (self, stmt, first + 6, goal->start_day);
  bind_day_or_null (self, stmt, first + 7, goal->due_day);
  bind_day_or_null (self, stmt, first + 8, goal->reached_day);
  _hearth_store_bind_text_or_null (self, stmt, first + 9, goal->title);
}

gboolean
hearth_store_add_goal (HearthStore  *self,
                       HearthGoal   *goal,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  gint64 profile_id;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_goal_validate (goal, error))
    return FALSE;

  uuid = (goal->uuid != NULL && goal->uuid[0] != '\0') ? g_strdup (goal->uuid) : g_uuid_string_random ();
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, goal->profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_INSERT_GOAL, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  bind_goal_fields (self, stmt, 3, goal);
  _hearth_store_bind_int64 (self, stmt, 13, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  g_free (goal->uuid);
  goal->uuid = g_steal_pointer (&uuid);
  goal->created_at = goal->updated_at = now;
  _hearth_store_signal_readings_changed (self, goal->profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

/* A HearthGoal from a row of GOAL_COLUMNS; CORRUPT naming the row when a
 * stored id is not one this build knows (never left out silently). */
static HearthGoal *
goal_from_row (sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(HearthGoal) goal = NULL;
  const char *uuid = _hearth_store_column_text (stmt, 0);
  HearthGoalKind kind;
  HearthGoalComparison comparison;
  HearthGoalCadence cadence;

  if (!hearth_goal_kind_from_string (_hearth_store_column_text (stmt, 2), &kind) ||
      !hearth_goal_comparison_from_string (_hearth_store_column_text (stmt, 4), &comparison) ||
      !hearth_goal_cadence_from_string (_hearth_store_column_text (stmt, 7), &cadence))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("The goal %s cannot be read: it is damaged."), uuid);
      return NULL;
    }

  goal = hearth_goal_new (_hearth_store_column_text (stmt, 1), kind,
                          _hearth_store_column_text (stmt, 3), sqlite3_column_int64 (stmt, 8));
  goal->uuid = g_strdup (uuid);
  goal->comparison = comparison;
  goal->target = _hearth_store_column_double (stmt, 5);
  goal->baseline = _hearth_store_column_double (stmt, 6);
  goal->cadence = cadence;
  goal->due_day = column_day (stmt, 9);
  goal->reached_day = column_day (stmt, 10);
  goal->title = g_strdup (_hearth_store_column_text (stmt, 11));
  goal->created_at = sqlite3_column_int64 (stmt, 12);
  goal->updated_at = sqlite3_column_int64 (stmt, 13);
  return g_steal_pointer (&goal);
}

HearthGoal *
hearth_store_get_goal (HearthStore  *self,
                       const char   *uuid,
                       GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _hearth_store_prepare (self, SQL_GET_GOAL, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_not_found_goal (error, uuid);
      return NULL;
    }
  return goal_from_row (stmt, error);
}

GPtrArray *
hearth_store_list_goals (HearthStore  *self,
                         const char   *profile_uuid,
                         GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) goals = NULL;
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
  stmt = _hearth_store_prepare (self, SQL_LIST_GOALS, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);

  goals = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_goal_free);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthGoal *goal = goal_from_row (stmt, error);

      if (goal == NULL)
        return NULL;
      g_ptr_array_add (goals, goal);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&goals);
}

gboolean
hearth_store_update_goal (HearthStore  *self,
                          HearthGoal   *goal,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (goal->uuid == NULL)
    return set_not_found_goal (error, "");
  if (!hearth_goal_validate (goal, error))
    return FALSE;
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  stmt = _hearth_store_prepare (self, SQL_UPDATE_GOAL, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, goal->uuid);
  bind_goal_fields (self, stmt, 2, goal);
  _hearth_store_bind_int64 (self, stmt, 12, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (sqlite3_changes (_hearth_store_get_db (self)) == 0)
    {
      set_not_found_goal (error, goal->uuid);
      goto failed;
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;

  goal->updated_at = now;
  _hearth_store_signal_readings_changed (self, goal->profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

static gboolean
set_goal_deleted (HearthStore  *self,
                  const char   *uuid,
                  gboolean      delete,
                  GError      **error)
{
  return _hearth_store_set_row_deleted (self, SQL_GOAL_STATE,
                                        delete ? SQL_DELETE_GOAL : SQL_UNDELETE_GOAL,
                                        uuid, delete, set_not_found_goal, error);
}

gboolean
hearth_store_delete_goal (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_goal_deleted (self, uuid, TRUE, error);
}

gboolean
hearth_store_undelete_goal (HearthStore  *self,
                            const char   *uuid,
                            GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_goal_deleted (self, uuid, FALSE, error);
}

gboolean
hearth_store_set_goal_reached (HearthStore  *self,
                               const char   *uuid,
                               gint64        day,
                               gboolean     *set,
                               GError      **error)
{
  g_autoptr(HearthGoal) goal = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean changed;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (day != HEARTH_GOAL_NO_DAY, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (set != NULL)
    *set = FALSE;
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  goal = hearth_store_get_goal (self, uuid, error);
  if (goal == NULL)
    goto failed;
  stmt = _hearth_store_prepare (self, SQL_SET_REACHED, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, day);
  _hearth_store_bind_int64 (self, stmt, 3, _hearth_store_now_usec (self));
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  changed = sqlite3_changes (_hearth_store_get_db (self)) > 0;
  if (!_hearth_store_commit (self, error))
    return FALSE;

  if (set != NULL)
    *set = changed;
  if (changed)
    {
      _hearth_store_signal_readings_changed (self, goal->profile_uuid);
      _hearth_store_emit_signals (self);
    }
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}
