/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-core-resources.h"
#include "hearth-nutrition.h"
#include "hearth-store-fdc-private.h"
#include "hearth-store-private.h"

/* Reference foods: USDA's SR Legacy foods (values from SR28, ids from
 * FoodData Central; build-aux/gen-fdc-foods.py writes data/foods-fdc.tsv,
 * compiled compressed into the core GResource). They live in the foods
 * table with source 'fdc' and their fdc_id (schema 7), so meals, search
 * and suggestions treat them as any food; the store refuses to change
 * them except for "favourite". Opening a journal that holds the shipped
 * version costs one indexed read: the file is only decompressed and
 * parsed when the journal has no reference foods yet or older ones. */

/* Reference foods get the same uuid in every journal (name-based UUID,
 * RFC 4122 version 5, of the FDC id in decimal under this namespace). */
static const guint8 fdc_namespace[16] = {
  0x02, 0x0d, 0x92, 0xb5, 0x9a, 0x67, 0x43, 0xe0,
  0x9d, 0x2d, 0x76, 0xfc, 0x21, 0xc0, 0x4d, 0x43,
};  /* 020d92b5-9a67-43e0-9d2d-76fc21c04d43 */

#define N_COLUMNS 13   /* fdc_id, ndb_no, name, 8 values, portion name, portion g */

static const char SQL_VERSION[] =
  "SELECT version FROM reference_data WHERE name = '" HEARTH_FDC_DATA_NAME "'";
static const char SQL_SET_VERSION[] =
  "INSERT INTO reference_data (name, version, loaded_at) VALUES (?1, ?2, ?3) "
  "ON CONFLICT (name) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at";
/* A reference food comes back as the file says, keeping its favourite. */
static const char SQL_UPSERT[] =
  "INSERT INTO foods (uuid, name, per_unit, energy_kcal, protein_g, carbohydrate_g, sugars_g, "
  "fat_g, saturated_fat_g, fibre_g, sodium_mg, serving_size, serving_name, favourite, "
  "created_at, updated_at, source, fdc_id) "
  "VALUES (?1, ?2, 'g', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, ?14, ?14, 'fdc', ?15) "
  "ON CONFLICT (fdc_id) WHERE fdc_id IS NOT NULL DO UPDATE SET "
  "name = excluded.name, per_unit = excluded.per_unit, energy_kcal = excluded.energy_kcal, "
  "protein_g = excluded.protein_g, carbohydrate_g = excluded.carbohydrate_g, "
  "sugars_g = excluded.sugars_g, fat_g = excluded.fat_g, "
  "saturated_fat_g = excluded.saturated_fat_g, fibre_g = excluded.fibre_g, "
  "sodium_mg = excluded.sodium_mg, serving_size = excluded.serving_size, "
  "serving_name = excluded.serving_name, updated_at = excluded.updated_at, deleted_at = NULL "
  "WHERE foods.source = 'fdc'";
/* Reference foods the shipped data no longer has (their loaded_at mark is
 * not this load's): soft-deleted, meals keep their items. */
static const char SQL_MARK_TABLE[] =
  "CREATE TEMP TABLE IF NOT EXISTS fdc_loaded (fdc_id INTEGER PRIMARY KEY)";
static const char SQL_CLEAR_MARKS[] = "DELETE FROM temp.fdc_loaded";
static const char SQL_MARK[] = "INSERT OR IGNORE INTO temp.fdc_loaded (fdc_id) VALUES (?1)";
static const char SQL_RETIRE[] =
  "UPDATE foods SET deleted_at = ?1, updated_at = ?1 "
  "WHERE source = 'fdc' AND deleted_at IS NULL "
  "AND fdc_id NOT IN (SELECT fdc_id FROM temp.fdc_loaded)";
/* The insert trigger indexes the family's foods only (0007-fdc-foods.sql):
 * the reference foods this load added (ids above the largest before it)
 * are indexed here, in one statement. */
static const char SQL_MAX_ID[] = "SELECT coalesce(max(id), 0) FROM foods";
static const char SQL_INDEX_NEW[] =
  "INSERT INTO foods_fts (rowid, name) SELECT id, name FROM foods WHERE id > ?1 AND source = 'fdc'";
static const char SQL_REFERENCE_NAME[] =
  "SELECT name FROM foods WHERE uuid = ?1 AND source = 'fdc'";

char *
_hearth_fdc_food_uuid (gint64 fdc_id)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  char name[32];
  guint8 digest[20];
  gsize length = sizeof digest;

  g_assert (fdc_id > 0);
  g_snprintf (name, sizeof name, "%" G_GINT64_FORMAT, fdc_id);
  g_checksum_update (checksum, fdc_namespace, sizeof fdc_namespace);
  g_checksum_update (checksum, (const guchar *) name, (gssize) strlen (name));
  g_checksum_get_digest (checksum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;   /* version 5 */
  digest[8] = (digest[8] & 0x3f) | 0x80;   /* RFC 4122 variant */
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

gboolean
_hearth_store_set_reference_read_only (GError     **error,
                                       const char  *name)
{
  g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
               _("“%s” comes from the USDA food table: it cannot be changed or removed, "
                 "only marked as a favourite"), name);
  return FALSE;
}

gboolean
_hearth_store_check_not_reference (HearthStore  *self,
                                   const char   *uuid,
                                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_REFERENCE_NAME, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    return _hearth_store_set_reference_read_only (error, _hearth_store_column_text (stmt, 0));
  return TRUE;
}

static gboolean
set_bad_data (GError **error,
              guint    line)
{
  /* Never expected: the file is generated and compiled in. */
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
               "foods-fdc.tsv line %u cannot be read", line);
  return FALSE;
}

/* A value of the file: "" is not stated (NULL), else a number. */
static gboolean
bind_value (HearthStore  *self,
            sqlite3_stmt *stmt,
            int           column,
            const char   *text)
{
  char *end = NULL;
  double value;

  if (text[0] == '\0')
    {
      _hearth_store_bind_null (self, stmt, column);
      return TRUE;
    }
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(value >= 0))
    return FALSE;
  _hearth_store_bind_double (self, stmt, column, value);
  return TRUE;
}

/* One line: fdc_id, ndb_no, name, energy … sodium, portion name, portion g. */
static gboolean
load_line (HearthStore  *self,
           sqlite3_stmt *upsert,
           sqlite3_stmt *mark,
           char         *line,
           gint64        now,
           GError      **error)
{
  char *fields[N_COLUMNS];
  g_autofree char *uuid = NULL;
  guint n = 0;
  gint64 fdc_id;
  char *end = NULL;

  for (char *p = line; n < N_COLUMNS; n++)
    {
      char *tab = strchr (p, '\t');

      fields[n] = p;
      if (tab == NULL)
        {
          n++;
          break;
        }
      *tab = '\0';
      p = tab + 1;
    }
  if (n != N_COLUMNS)
    return FALSE;

  fdc_id = g_ascii_strtoll (fields[0], &end, 10);
  if (end == fields[0] || *end != '\0' || fdc_id <= 0 || fields[2][0] == '\0' ||
      fields[3][0] == '\0')
    return FALSE;
  uuid = _hearth_fdc_food_uuid (fdc_id);

  _hearth_store_bind_text (self, upsert, 1, uuid);
  _hearth_store_bind_text (self, upsert, 2, fields[2]);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    if (!bind_value (self, upsert, 4 + (int) i, fields[3 + i]))
      return FALSE;
  if (fields[11][0] != '\0' && fields[12][0] != '\0')
    {
      if (!bind_value (self, upsert, 12, fields[12]))
        return FALSE;
      _hearth_store_bind_text (self, upsert, 13, fields[11]);
    }
  else
    {
      _hearth_store_bind_null (self, upsert, 12);
      _hearth_store_bind_null (self, upsert, 13);
    }
  _hearth_store_bind_int64 (self, upsert, 14, now);
  _hearth_store_bind_int64 (self, upsert, 15, fdc_id);
  if (!_hearth_store_run (self, upsert, error))
    return FALSE;
  sqlite3_reset (upsert);

  _hearth_store_bind_int64 (self, mark, 1, fdc_id);
  if (!_hearth_store_run (self, mark, error))
    return FALSE;
  sqlite3_reset (mark);
  return TRUE;
}

static gboolean
load_all (HearthStore  *self,
          char         *text,
          gint64        now,
          GError      **error)
{
  g_autoptr(sqlite3_stmt) upsert = NULL;
  g_autoptr(sqlite3_stmt) mark = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint line_number = 0;
  gint64 max_id = 0;
  char *line = text;

  if (!_hearth_store_query_int (self, SQL_MAX_ID, &max_id, error) ||
      !_hearth_store_run_sql (self, SQL_MARK_TABLE, error) ||
      !_hearth_store_run_sql (self, SQL_CLEAR_MARKS, error))
    return FALSE;
  upsert = _hearth_store_prepare (self, SQL_UPSERT, error);
  if (upsert == NULL)
    return FALSE;
  mark = _hearth_store_prepare (self, SQL_MARK, error);
  if (mark == NULL)
    return FALSE;

  while (line != NULL && *line != '\0')
    {
      char *next = strchr (line, '\n');

      if (next != NULL)
        *next++ = '\0';
      line_number++;
      if (line[0] != '#')
        {
          g_autoptr(GError) local_error = NULL;

          if (!load_line (self, upsert, mark, line, now, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return FALSE;
                }
              return set_bad_data (error, line_number);
            }
        }
      line = next;
    }
  g_clear_pointer (&upsert, _hearth_store_release_statement);
  g_clear_pointer (&mark, _hearth_store_release_statement);

  stmt = _hearth_store_prepare (self, SQL_INDEX_NEW, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, max_id);
  if (!_hearth_store_run (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  stmt = _hearth_store_prepare (self, SQL_RETIRE, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, now);
  if (!_hearth_store_run (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (!_hearth_store_run_sql (self, SQL_CLEAR_MARKS, error))
    return FALSE;

  stmt = _hearth_store_prepare (self, SQL_SET_VERSION, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, HEARTH_FDC_DATA_NAME);
  _hearth_store_bind_int64 (self, stmt, 2, HEARTH_FDC_DATA_VERSION);
  _hearth_store_bind_int64 (self, stmt, 3, now);
  return _hearth_store_run (self, stmt, error);
}

gboolean
_hearth_store_ensure_reference_foods (HearthStore  *self,
                                      gboolean     *loaded,
                                      GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  gint64 version = 0;
  gint64 now;
  gint64 started;
  gsize length = 0;
  const char *data;

  g_assert (!self->read_only);
  *loaded = FALSE;

  if (!_hearth_store_query_int (self, SQL_VERSION, &version, error))
    return FALSE;
  if (version >= HEARTH_FDC_DATA_VERSION)
    return TRUE;

  started = g_get_monotonic_time ();
  bytes = g_resource_lookup_data (hearth_core_get_resource (), HEARTH_FDC_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  text = g_strndup (data, length);   /* parsed in place */
  g_clear_pointer (&bytes, g_bytes_unref);

  now = _hearth_store_now_usec (self);
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  /* Another program may have loaded them while we waited for the lock. */
  if (!_hearth_store_query_int (self, SQL_VERSION, &version, error))
    goto failed;
  if (version >= HEARTH_FDC_DATA_VERSION)
    return _hearth_store_commit (self, error);
  if (!load_all (self, text, now, error))
    goto failed;
  if (!_hearth_store_commit (self, error))
    return FALSE;

  *loaded = TRUE;
  g_debug ("Loaded the reference foods (version %d) into %s in %.1f ms",
           HEARTH_FDC_DATA_VERSION, self->path,
           (g_get_monotonic_time () - started) / 1000.0);
  return TRUE;

failed:
  _hearth_store_rollback (self);
  return FALSE;
}
