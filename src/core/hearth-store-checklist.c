/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <string.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-store-checklist.h"

/* The first-week checklist: every step a seek into an index of its table
 * (goals_profile, readings_profile_time, meals_profile_day,
 * workouts_profile_day, doses_medication_time). */

/* floor (A / B) for integers, B > 0, as in hearth-store-streaks.c. */
#define FLOOR_DIV(a, b) "(((" a ") - ((((" a ") % " b ") + " b ") % " b ")) / " b ")"
#define DOSE_SECONDS FLOOR_DIV ("d.taken_at", "1000000") " + d.utc_offset"

static const char SQL_DISMISSED[] =
  "SELECT checklist_dismissed_at FROM profiles WHERE id = ?1";
static const char SQL_FIRST_GOAL[] =
  "SELECT MIN(created_at) FROM goals WHERE profile_id = ?1 AND deleted_at IS NULL";
static const char SQL_FIRST_READING[] =
  "SELECT local_day FROM readings WHERE profile_id = ?1 AND deleted_at IS NULL "
  "ORDER BY taken_at LIMIT 1";
/* A dose's day: the day of the member's earliest dose taken of each
 * medication (a seek of doses_medication_time each), in its own offset. */
static const char SQL_FIRST_OTHER_LOG[] =
  "SELECT MIN(day) FROM ("
  "  SELECT MIN(local_day) AS day FROM meals WHERE profile_id = ?1 AND deleted_at IS NULL "
  "  UNION ALL SELECT MIN(local_day) FROM workouts WHERE profile_id = ?1 AND deleted_at IS NULL "
  "  UNION ALL SELECT (SELECT " FLOOR_DIV (DOSE_SECONDS, "86400") " FROM doses d "
  "      WHERE d.medication_id = m.id AND d.status = 'taken' AND d.taken_at IS NOT NULL "
  "      AND d.deleted_at IS NULL ORDER BY d.taken_at LIMIT 1) "
  "    FROM medications m WHERE m.profile_id = ?1 AND m.deleted_at IS NULL)";
static const char SQL_DISMISS[] =
  "UPDATE profiles SET checklist_dismissed_at = ?2 "
  "WHERE id = ?1 AND checklist_dismissed_at IS NULL";

static const char * const step_names[] = {
  [HEARTH_FIRST_STEP_SET_GOAL] = "set-goal",
  [HEARTH_FIRST_STEP_FIRST_READING] = "first-reading",
  [HEARTH_FIRST_STEP_ONE_MORE_LOG] = "one-more-log",
};

G_STATIC_ASSERT (G_N_ELEMENTS (step_names) == HEARTH_N_FIRST_STEPS);

const char *
hearth_first_step_to_string (HearthFirstStep step)
{
  g_return_val_if_fail ((guint) step < HEARTH_N_FIRST_STEPS, "");

  return step_names[step];
}

gboolean
hearth_first_steps_is_shown (const HearthFirstSteps *checklist)
{
  g_return_val_if_fail (checklist != NULL, FALSE);

  return checklist->dismissed_at == 0 && checklist->n_done < HEARTH_N_FIRST_STEPS;
}

/* Runs @sql with the member's id as ?1; the first column of its one row,
 * or *@found = FALSE when that is NULL. */
static gboolean
query_one (HearthStore  *self,
           const char   *sql,
           gint64        profile_id,
           gboolean     *found,
           gint64       *value,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;

  *found = rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL;
  *value = *found ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static void
set_step (HearthFirstSteps *checklist,
          HearthFirstStep  step,
          gboolean         done,
          gint64           day)
{
  checklist->steps[step].done = done;
  checklist->steps[step].day = done ? day : 0;
  if (done)
    checklist->n_done++;
}

/* The local day of @utc_us in the store clock's zone. */
static gint64
local_day_of_usec (HearthStore *self,
                   gint64       utc_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (utc_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return 0;
  local = g_date_time_to_timezone (utc, hearth_clock_get_timezone (hearth_store_get_clock (self)));
  return local != NULL ? _hearth_local_day (local) : 0;
}

gboolean
hearth_store_get_checklist (HearthStore      *self,
                            const char       *profile_uuid,
                            HearthFirstSteps  *checklist,
                            GError          **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  gint64 profile_id;
  gboolean found;
  gint64 value;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (checklist != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (checklist, 0, sizeof *checklist);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return FALSE;

  if (!query_one (self, SQL_DISMISSED, profile_id, &found, &value, error))
    return FALSE;
  checklist->dismissed_at = found ? value : 0;

  if (!query_one (self, SQL_FIRST_GOAL, profile_id, &found, &value, error))
    return FALSE;
  set_step (checklist, HEARTH_FIRST_STEP_SET_GOAL, found, found ? local_day_of_usec (self, value) : 0);

  if (!query_one (self, SQL_FIRST_READING, profile_id, &found, &value, error))
    return FALSE;
  set_step (checklist, HEARTH_FIRST_STEP_FIRST_READING, found, value);

  if (!query_one (self, SQL_FIRST_OTHER_LOG, profile_id, &found, &value, error))
    return FALSE;
  set_step (checklist, HEARTH_FIRST_STEP_ONE_MORE_LOG, found, value);

  return TRUE;
}

gboolean
hearth_store_dismiss_checklist (HearthStore  *self,
                                const char   *profile_uuid,
                                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;
  gboolean changed;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_DISMISS, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, _hearth_store_now_usec (self));
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  changed = sqlite3_changes (self->db) > 0;

  if (!_hearth_store_commit (self, error))
    return FALSE;

  if (changed)
    {
      _hearth_store_signal_profiles_changed (self);
      _hearth_store_emit_signals (self);
    }
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}
