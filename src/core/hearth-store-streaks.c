/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-store-private.h"
#include "hearth-store-streaks.h"

/* entry_days (migrations/0010-entry-days.sql) holds the days with any live
 * reading, meal, workout or dose taken, kept by triggers: a dose counts on
 * the day it was taken, in the offset it was taken in. */
static const char SQL_LOGGING_DAYS[] =
  "SELECT local_day FROM entry_days WHERE profile_id = ?1 ORDER BY local_day";

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
