/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-store-private.h"
#include "hearth-store-streaks.h"

/* floor (A / B) for integers, B > 0 (SQLite's / truncates toward zero;
 * floor() needs its math functions, which a build may leave out). */
#define FLOOR_DIV(a, b) "(((" a ") - ((((" a ") % " b ") + " b ") % " b ")) / " b ")"
#define DOSE_SECONDS FLOOR_DIV ("d.taken_at", "1000000") " + d.utc_offset"

/* A dose's day is the day it was taken, in the offset it was taken in
 * (doses keep no local_day column), as local_day is defined for readings:
 * floor ((taken_at / 1e6 + utc_offset) / 86400). */
static const char SQL_LOGGING_DAYS[] =
  "SELECT local_day FROM readings WHERE profile_id = ?1 AND deleted_at IS NULL "
  "UNION SELECT local_day FROM meals WHERE profile_id = ?1 AND deleted_at IS NULL "
  "UNION SELECT local_day FROM workouts WHERE profile_id = ?1 AND deleted_at IS NULL "
  "UNION SELECT " FLOOR_DIV (DOSE_SECONDS, "86400") " "
  "  FROM doses d JOIN medications m ON m.id = d.medication_id "
  "  WHERE m.profile_id = ?1 AND d.status = 'taken' AND d.taken_at IS NOT NULL "
  "  AND d.deleted_at IS NULL AND m.deleted_at IS NULL "
  "ORDER BY 1";

GArray *
hearth_store_list_logging_days (HearthStore  *self,
                                const char   *profile_uuid,
                                GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) days = NULL;
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
  stmt = _hearth_store_prepare (self, SQL_LOGGING_DAYS, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);

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
