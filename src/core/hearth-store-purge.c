/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-store-private.h"
#include "hearth-store-purge.h"

/* Permanent delete: rows removed (children before parents: foreign keys
 * are on), one write, then the file cleaned (hearth-store-purge.h). The
 * entry_days triggers run on the deletes; the member's entry_days rows go
 * last, so nothing of theirs is left whatever the triggers did. */

static const char SQL_PROFILE_ID[] =
  "SELECT id FROM profiles WHERE uuid = ?1";

#define COUNT_LIVE(table, where) \
  "(SELECT count(*) FROM " table " WHERE deleted_at IS NULL" where ")"

static const char SQL_COUNT_MEMBER[] =
  "SELECT "
  COUNT_LIVE ("profiles", " AND id = ?1") ", "
  COUNT_LIVE ("readings", " AND profile_id = ?1") ", "
  COUNT_LIVE ("meals", " AND profile_id = ?1") ", "
  COUNT_LIVE ("workouts", " AND profile_id = ?1") ", "
  COUNT_LIVE ("medications", " AND profile_id = ?1") ", "
  "(SELECT count(*) FROM doses d JOIN medications m ON m.id = d.medication_id"
  " WHERE m.profile_id = ?1 AND d.deleted_at IS NULL AND m.deleted_at IS NULL), "
  COUNT_LIVE ("goals", " AND profile_id = ?1") ", "
  COUNT_LIVE ("skip_days", " AND profile_id = ?1") ", "
  COUNT_LIVE ("badges", " AND profile_id = ?1") ", "
  COUNT_LIVE ("challenges", " AND profile_id = ?1") ", "
  "0, 0, "
  COUNT_LIVE ("health_conditions", " AND profile_id = ?1") " + "
  COUNT_LIVE ("family_history", " AND profile_id = ?1") " + "
  COUNT_LIVE ("height_measurements", " AND profile_id = ?1") " + "
  "(SELECT count(*) > 0 FROM health_records WHERE deleted_at IS NULL AND profile_id = ?1)";

static const char SQL_COUNT_ALL[] =
  "SELECT "
  COUNT_LIVE ("profiles", "") ", "
  COUNT_LIVE ("readings", "") ", "
  COUNT_LIVE ("meals", "") ", "
  COUNT_LIVE ("workouts", "") ", "
  COUNT_LIVE ("medications", "") ", "
  "(SELECT count(*) FROM doses d JOIN medications m ON m.id = d.medication_id"
  " WHERE d.deleted_at IS NULL AND m.deleted_at IS NULL), "
  COUNT_LIVE ("goals", "") ", "
  COUNT_LIVE ("skip_days", "") ", "
  COUNT_LIVE ("badges", "") ", "
  COUNT_LIVE ("challenges", "") ", "
  COUNT_LIVE ("foods", " AND source = 'user'") ", "
  "(SELECT count(*) FROM recipes r JOIN foods f ON f.id = r.food_id"
  " WHERE r.deleted_at IS NULL AND f.deleted_at IS NULL), "
  COUNT_LIVE ("health_conditions", "") " + "
  COUNT_LIVE ("family_history", "") " + "
  COUNT_LIVE ("height_measurements", "") " + "
  "(SELECT count(DISTINCT profile_id) FROM health_records WHERE deleted_at IS NULL)";

/* A member's rows, ?1 = profiles.id, in an order the foreign keys accept.
 * The foods' last use is recomputed from the meals of others first. */
static const char * const SQL_PURGE_MEMBER[] = {
  "UPDATE foods SET last_used_at ="
  " (SELECT max(mi.created_at) FROM meal_items mi JOIN meals m ON m.id = mi.meal_id"
  "  WHERE mi.food_id = foods.id AND m.profile_id <> ?1)"
  " WHERE id IN (SELECT mi.food_id FROM meal_items mi JOIN meals m ON m.id = mi.meal_id"
  "  WHERE m.profile_id = ?1 AND mi.food_id IS NOT NULL)",
  "DELETE FROM challenge_checkins WHERE challenge_id IN (SELECT id FROM challenges WHERE profile_id = ?1)",
  "DELETE FROM challenges WHERE profile_id = ?1",
  "DELETE FROM doses WHERE medication_id IN (SELECT id FROM medications WHERE profile_id = ?1)",
  "DELETE FROM medications WHERE profile_id = ?1",
  "DELETE FROM meal_items WHERE meal_id IN (SELECT id FROM meals WHERE profile_id = ?1)",
  "DELETE FROM meals WHERE profile_id = ?1",
  "DELETE FROM readings WHERE profile_id = ?1",
  "DELETE FROM workouts WHERE profile_id = ?1",
  "DELETE FROM goals WHERE profile_id = ?1",
  "DELETE FROM skip_days WHERE profile_id = ?1",
  "DELETE FROM badges WHERE profile_id = ?1",
  "DELETE FROM entry_days WHERE profile_id = ?1",
  "DELETE FROM health_conditions WHERE profile_id = ?1",
  "DELETE FROM family_history WHERE profile_id = ?1",
  "DELETE FROM health_records WHERE profile_id = ?1",
  "DELETE FROM height_measurements WHERE profile_id = ?1",
  "DELETE FROM profiles WHERE id = ?1",
};

/* Everything the family wrote; the reference foods stay as loaded. The
 * FTS index is merged afterwards: its 'delete' entries only mark a name
 * as gone, the old segment would still hold it. */
static const char * const SQL_PURGE_ALL[] = {
  "DELETE FROM challenge_checkins",
  "DELETE FROM challenges",
  "DELETE FROM doses",
  "DELETE FROM medications",
  "DELETE FROM meal_items",
  "DELETE FROM meals",
  "DELETE FROM readings",
  "DELETE FROM workouts",
  "DELETE FROM goals",
  "DELETE FROM skip_days",
  "DELETE FROM badges",
  "DELETE FROM entry_days",
  "DELETE FROM health_conditions",
  "DELETE FROM family_history",
  "DELETE FROM health_records",
  "DELETE FROM height_measurements",
  "DELETE FROM profiles",
  "DELETE FROM recipe_items",
  "DELETE FROM recipes",
  "DELETE FROM foods WHERE source <> 'fdc'",
  "UPDATE foods SET favourite = 0, last_used_at = NULL"
  " WHERE favourite <> 0 OR last_used_at IS NOT NULL",
  "INSERT INTO foods_fts (foods_fts) VALUES ('optimize')",
};

static const char SQL_LIST_UUIDS[] = "SELECT uuid FROM profiles";
static const char SQL_SECURE_DELETE_GET[] = "PRAGMA secure_delete";
static const char SQL_SECURE_DELETE_ON[] = "PRAGMA secure_delete = ON";
static const char SQL_SECURE_DELETE_OFF[] = "PRAGMA secure_delete = OFF";
static const char SQL_VACUUM[] = "VACUUM";
static const char SQL_CHECKPOINT[] = "PRAGMA wal_checkpoint(TRUNCATE)";

G_STATIC_ASSERT (sizeof (HearthPurgeCounts) == 13 * sizeof (gint64));

/* The row id of any member (live or soft-deleted), or 0 with NOT_FOUND. */
static gint64
find_profile_id (HearthStore  *self,
                 const char   *uuid,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_PROFILE_ID, error);
  int rc;

  if (stmt == NULL)
    return 0;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return 0;
  if (rc != SQLITE_ROW)
    {
      _hearth_store_set_not_found_member (error, uuid);
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
hearth_store_count_purge (HearthStore        *self,
                          const char         *profile_uuid,
                          HearthPurgeCounts  *counts,
                          GError            **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 *fields;
  gint64 id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (counts, 0, sizeof *counts);
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;

  if (profile_uuid != NULL && (id = find_profile_id (self, profile_uuid, error)) == 0)
    return FALSE;

  stmt = _hearth_store_prepare (self, profile_uuid != NULL ? SQL_COUNT_MEMBER : SQL_COUNT_ALL, error);
  if (stmt == NULL)
    return FALSE;
  if (profile_uuid != NULL)
    _hearth_store_bind_int64 (self, stmt, 1, id);
  if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
    return FALSE;

  /* Every field is a gint64, in the statements' column order. */
  fields = (gint64 *) counts;
  for (int i = 0; i < (int) (sizeof *counts / sizeof (gint64)); i++)
    fields[i] = sqlite3_column_int64 (stmt, i);

  return TRUE;
}

/* Runs the static statements of @sql, each with ?1 = @id when @id > 0. */
static gboolean
run_all (HearthStore        *self,
         const char * const *sql,
         gsize               n_sql,
         gint64              id,
         GError            **error)
{
  for (gsize i = 0; i < n_sql; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, sql[i], error);

      if (stmt == NULL)
        return FALSE;
      if (id > 0)
        _hearth_store_bind_int64 (self, stmt, 1, id);
      if (!_hearth_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const char *uuid;   /* NULL: everything */
} PurgeData;

static gboolean
purge_cb (HearthStore  *self,
          gpointer      user_data,
          GError      **error)
{
  PurgeData *data = user_data;

  if (data->uuid != NULL)
    {
      gint64 id = find_profile_id (self, data->uuid, error);

      if (id == 0 || !run_all (self, SQL_PURGE_MEMBER, G_N_ELEMENTS (SQL_PURGE_MEMBER), id, error))
        return FALSE;
      _hearth_store_signal_readings_changed (self, data->uuid);
    }
  else
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LIST_UUIDS, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
        _hearth_store_signal_readings_changed (self, _hearth_store_column_text (stmt, 0));
      if (rc < 0)
        return FALSE;
      g_clear_pointer (&stmt, _hearth_store_release_statement);

      if (!run_all (self, SQL_PURGE_ALL, G_N_ELEMENTS (SQL_PURGE_ALL), 0, error))
        return FALSE;
    }

  _hearth_store_signal_profiles_changed (self);
  return TRUE;
}

gboolean
hearth_store_compact (HearthStore  *self,
                      GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->write_depth == 0 && self->read_depth == 0, FALSE);

  if (self->read_only)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes cannot be saved"), self->path);
      return FALSE;
    }

  /* VACUUM writes a fresh copy of every live page (into the -wal: WAL
   * mode); the checkpoint then copies it into the file, cuts the file to
   * its new size and empties the -wal with every older page in it. */
  if (!_hearth_store_run_sql (self, SQL_VACUUM, error))
    return FALSE;

  stmt = _hearth_store_prepare (self, SQL_CHECKPOINT, error);
  if (stmt == NULL)
    return FALSE;
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW || sqlite3_column_int (stmt, 0) != 0)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program, so deleted data may stay in the "
                     "file until it is closed. Close it and try again."),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
purge (HearthStore  *self,
       const char   *uuid,
       GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  PurgeData data = { uuid };
  gint64 was_secure = 0;
  gboolean ok;

  g_return_val_if_fail (self->write_depth == 0 && self->read_depth == 0, FALSE);

  if (self->read_only)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so nothing can be deleted from it"), self->path);
      return FALSE;
    }

  /* Deleted content is overwritten with zeros, in the pages written to
   * the -wal too. */
  if (!_hearth_store_query_int (self, SQL_SECURE_DELETE_GET, &was_secure, error) ||
      !_hearth_store_run_sql (self, SQL_SECURE_DELETE_ON, error))
    return FALSE;

  ok = hearth_store_write (self, purge_cb, &data, &local_error) &&
       hearth_store_compact (self, &local_error);

  if (!was_secure)
    {
      g_autoptr(GError) reset_error = NULL;

      if (!_hearth_store_run_sql (self, SQL_SECURE_DELETE_OFF, &reset_error))
        g_warning ("Could not reset secure_delete on %s: %s", self->path, reset_error->message);
    }

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
hearth_store_purge_profile (HearthStore  *self,
                            const char   *profile_uuid,
                            GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return purge (self, profile_uuid, error);
}

gboolean
hearth_store_purge_everything (HearthStore  *self,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return purge (self, NULL, error);
}
