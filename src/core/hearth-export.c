/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <gio/gunixoutputstream.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "hearth-export.h"
#include "hearth-export-private.h"
#include "hearth-store-private.h"
#include "hearth-health-record.h"

#define STAMPS \
  { "created_at", _HEARTH_COL_INSTANT, _HEARTH_COL_REQUIRED, NULL }, \
  { "updated_at", _HEARTH_COL_INSTANT, _HEARTH_COL_REQUIRED, NULL }, \
  { "deleted_at", _HEARTH_COL_INSTANT, 0, NULL }, \
  { NULL, 0, 0, NULL }
#define UUID { "uuid", _HEARTH_COL_UUID, _HEARTH_COL_REQUIRED, NULL }
#define REQ _HEARTH_COL_REQUIRED

static const _HearthExportColumn food_columns[] = {
  UUID,
  { "name", _HEARTH_COL_TEXT, REQ | _HEARTH_COL_FREE, "Food" },
  { "per_unit", _HEARTH_COL_TEXT, REQ, NULL },
  { "energy_kcal", _HEARTH_COL_REAL, REQ, NULL },
  { "protein_g", _HEARTH_COL_REAL, 0, NULL },
  { "carbohydrate_g", _HEARTH_COL_REAL, 0, NULL },
  { "sugars_g", _HEARTH_COL_REAL, 0, NULL },
  { "fat_g", _HEARTH_COL_REAL, 0, NULL },
  { "saturated_fat_g", _HEARTH_COL_REAL, 0, NULL },
  { "fibre_g", _HEARTH_COL_REAL, 0, NULL },
  { "sodium_mg", _HEARTH_COL_REAL, 0, NULL },
  { "serving_size", _HEARTH_COL_REAL, 0, NULL },
  { "serving_name", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  { "favourite", _HEARTH_COL_INT, REQ, NULL },
  { "last_used_at", _HEARTH_COL_INSTANT, 0, NULL },
  STAMPS
};

const _HearthExportTable _hearth_export_foods = {
  "foods", "foods", NULL, "source = 'user'", food_columns, { NULL }
};

static const _HearthExportColumn recipe_item_columns[] = {
  UUID,
  { "food_id", _HEARTH_COL_FOOD, REQ, NULL },
  { "position", _HEARTH_COL_INT, REQ, NULL },
  { "amount", _HEARTH_COL_REAL, REQ, NULL },
  { "unit", _HEARTH_COL_TEXT, REQ, NULL },
  STAMPS
};

static const _HearthExportTable recipe_items = {
  "recipe_items", "items", "recipe_id", NULL, recipe_item_columns, { NULL }
};

static const _HearthExportColumn recipe_columns[] = {
  UUID,
  { "food_id", _HEARTH_COL_FOOD, REQ, NULL },
  { "portions", _HEARTH_COL_REAL, REQ, NULL },
  { "cooked_weight_g", _HEARTH_COL_REAL, 0, NULL },
  STAMPS
};

const _HearthExportTable _hearth_export_recipes = {
  "recipes", "recipes", NULL, NULL, recipe_columns, { &recipe_items, NULL }
};

static const _HearthExportColumn reading_columns[] = {
  UUID,
  { "kind", _HEARTH_COL_TEXT, REQ, NULL },
  { "taken_at", _HEARTH_COL_INSTANT, REQ, NULL },
  { "utc_offset", _HEARTH_COL_INT, REQ, NULL },
  { "local_day", _HEARTH_COL_DAY, REQ, NULL },
  { "value_a", _HEARTH_COL_REAL, REQ, NULL },
  { "value_b", _HEARTH_COL_REAL, 0, NULL },
  { "value_c", _HEARTH_COL_REAL, 0, NULL },
  { "label_a", _HEARTH_COL_TEXT, 0, NULL },
  { "label_b", _HEARTH_COL_TEXT, 0, NULL },
  { "note", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable readings = {
  "readings", "readings", "profile_id", NULL, reading_columns, { NULL }, "local_day", "steps"
};

static const _HearthExportColumn meal_item_columns[] = {
  UUID,
  { "food_id", _HEARTH_COL_FOOD, 0, NULL },
  { "position", _HEARTH_COL_INT, REQ, NULL },
  { "name", _HEARTH_COL_TEXT, REQ | _HEARTH_COL_FREE, "Food" },
  { "amount", _HEARTH_COL_REAL, REQ, NULL },
  { "unit", _HEARTH_COL_TEXT, REQ, NULL },
  { "energy_kcal", _HEARTH_COL_REAL, REQ, NULL },
  { "protein_g", _HEARTH_COL_REAL, 0, NULL },
  { "carbohydrate_g", _HEARTH_COL_REAL, 0, NULL },
  { "sugars_g", _HEARTH_COL_REAL, 0, NULL },
  { "fat_g", _HEARTH_COL_REAL, 0, NULL },
  { "saturated_fat_g", _HEARTH_COL_REAL, 0, NULL },
  { "fibre_g", _HEARTH_COL_REAL, 0, NULL },
  { "sodium_mg", _HEARTH_COL_REAL, 0, NULL },
  STAMPS
};

static const _HearthExportTable meal_items = {
  "meal_items", "items", "meal_id", NULL, meal_item_columns, { NULL }
};

static const _HearthExportColumn meal_columns[] = {
  UUID,
  { "type", _HEARTH_COL_TEXT, REQ, NULL },
  { "custom_name", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  { "taken_at", _HEARTH_COL_INSTANT, REQ, NULL },
  { "utc_offset", _HEARTH_COL_INT, REQ, NULL },
  { "local_day", _HEARTH_COL_DAY, REQ, NULL },
  { "note", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable meals = {
  "meals", "meals", "profile_id", NULL, meal_columns, { &meal_items, NULL }
};

static const _HearthExportColumn workout_columns[] = {
  UUID,
  { "activity", _HEARTH_COL_TEXT, REQ, NULL },
  { "started_at", _HEARTH_COL_INSTANT, REQ, NULL },
  { "utc_offset", _HEARTH_COL_INT, REQ, NULL },
  { "local_day", _HEARTH_COL_DAY, REQ, NULL },
  { "duration_s", _HEARTH_COL_INT, REQ, NULL },
  { "distance_m", _HEARTH_COL_REAL, 0, NULL },
  { "steps", _HEARTH_COL_INT, 0, NULL },
  { "effort", _HEARTH_COL_INT, 0, NULL },
  { "note", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable workouts = {
  "workouts", "workouts", "profile_id", NULL, workout_columns, { NULL }
};

static const _HearthExportColumn dose_columns[] = {
  UUID,
  { "status", _HEARTH_COL_TEXT, REQ, NULL },
  { "scheduled_day", _HEARTH_COL_DAY, 0, NULL },
  { "scheduled_minute", _HEARTH_COL_INT, 0, NULL },
  { "taken_at", _HEARTH_COL_INSTANT, 0, NULL },
  { "utc_offset", _HEARTH_COL_INT, 0, NULL },
  { "reason", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable doses = {
  "doses", "doses", "medication_id", NULL, dose_columns, { NULL }
};

static const _HearthExportColumn medication_columns[] = {
  UUID,
  { "name", _HEARTH_COL_TEXT, REQ, NULL },
  { "strength", _HEARTH_COL_TEXT, 0, NULL },
  { "form", _HEARTH_COL_TEXT, 0, NULL },
  { "schedule", _HEARTH_COL_TEXT, REQ, NULL },
  { "times", _HEARTH_COL_TEXT, 0, NULL },
  { "days_mask", _HEARTH_COL_INT, REQ, NULL },
  { "interval_days", _HEARTH_COL_INT, 0, NULL },
  { "start_day", _HEARTH_COL_DAY, REQ, NULL },
  { "end_day", _HEARTH_COL_DAY, 0, NULL },
  { "instructions", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable medications = {
  "medications", "medications", "profile_id", NULL, medication_columns, { &doses, NULL }
};

static const _HearthExportColumn goal_columns[] = {
  UUID,
  { "kind", _HEARTH_COL_TEXT, REQ, NULL },
  { "metric", _HEARTH_COL_TEXT, REQ, NULL },
  { "comparison", _HEARTH_COL_TEXT, REQ, NULL },
  { "target", _HEARTH_COL_REAL, REQ, NULL },
  { "baseline", _HEARTH_COL_REAL, 0, NULL },
  { "cadence", _HEARTH_COL_TEXT, 0, NULL },
  { "start_day", _HEARTH_COL_DAY, REQ, NULL },
  { "due_day", _HEARTH_COL_DAY, 0, NULL },
  { "reached_day", _HEARTH_COL_DAY, 0, NULL },
  { "title", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable goals = {
  "goals", "goals", "profile_id", NULL, goal_columns, { NULL }
};

static const _HearthExportColumn skip_day_columns[] = {
  UUID,
  { "local_day", _HEARTH_COL_DAY, REQ, NULL },
  { "reason", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable skip_days = {
  "skip_days", "skip_days", "profile_id", NULL, skip_day_columns, { NULL }, "local_day"
};

static const _HearthExportColumn badge_columns[] = {
  UUID,
  { "badge", _HEARTH_COL_TEXT, REQ, NULL },
  { "earned_day", _HEARTH_COL_DAY, REQ, NULL },
  { "celebrated_at", _HEARTH_COL_INSTANT, 0, NULL },
  STAMPS
};

static const _HearthExportTable badges = {
  "badges", "badges", "profile_id", NULL, badge_columns, { NULL }, "badge"
};

static const _HearthExportColumn checkin_columns[] = {
  UUID,
  { "local_day", _HEARTH_COL_DAY, REQ, NULL },
  STAMPS
};

static const _HearthExportTable checkins = {
  "challenge_checkins", "checkins", "challenge_id", NULL, checkin_columns, { NULL }, "local_day"
};

static const _HearthExportColumn challenge_columns[] = {
  UUID,
  { "template", _HEARTH_COL_TEXT, 0, NULL },
  { "title", _HEARTH_COL_TEXT, REQ | _HEARTH_COL_FREE, "Challenge" },
  { "start_day", _HEARTH_COL_DAY, REQ, NULL },
  { "end_day", _HEARTH_COL_DAY, REQ, NULL },
  STAMPS
};

static const _HearthExportTable challenges = {
  "challenges", "challenges", "profile_id", NULL, challenge_columns, { &checkins, NULL }
};

static const _HearthExportColumn profile_columns[] = {
  UUID,
  { "name", _HEARTH_COL_TEXT, REQ | _HEARTH_COL_FREE, "Member" },
  { "birth_year", _HEARTH_COL_INT, 0, NULL },
  { "birth_month", _HEARTH_COL_INT, _HEARTH_COL_BIRTH, NULL },
  { "birth_day", _HEARTH_COL_INT, _HEARTH_COL_BIRTH, NULL },
  { "sex", _HEARTH_COL_TEXT, 0, NULL },
  { "height_cm", _HEARTH_COL_REAL, 0, NULL },
  { "color", _HEARTH_COL_TEXT, 0, NULL },
  { "allergies", _HEARTH_COL_TEXT, 0, NULL },
  { "main_goal", _HEARTH_COL_TEXT, 0, NULL },
  { "checklist_dismissed_at", _HEARTH_COL_INSTANT, 0, NULL },
  STAMPS
};

/* The health record (schema 11; export format 2). */
static const _HearthExportColumn health_condition_columns[] = {
  UUID,
  { "condition", _HEARTH_COL_TEXT, REQ | _HEARTH_COL_KNOWN, NULL },
  { "since_day", _HEARTH_COL_DAY, 0, NULL },
  { "note", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable health_conditions = {
  "health_conditions", "health_conditions", "profile_id", NULL, health_condition_columns, { NULL },
  "condition"
};

static const _HearthExportColumn family_history_columns[] = {
  UUID,
  { "condition", _HEARTH_COL_TEXT, REQ | _HEARTH_COL_KNOWN, NULL },
  { "relative", _HEARTH_COL_TEXT, REQ, NULL },
  { "note", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable family_history = {
  "family_history", "family_history", "profile_id", NULL, family_history_columns, { NULL }
};

static const _HearthExportColumn health_record_columns[] = {
  UUID,
  { "blood_type", _HEARTH_COL_TEXT, 0, NULL },
  { "contact_name", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  { "contact_phone", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  { "contact_relation", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  { "notes", _HEARTH_COL_TEXT, _HEARTH_COL_FREE, NULL },
  STAMPS
};

static const _HearthExportTable health_records = {
  "health_records", "health_records", "profile_id", NULL, health_record_columns, { NULL }
};

/* Height measurements (schema 12): an optional array, no new format
 * version (docs/export-format.md). */
static const _HearthExportColumn height_columns[] = {
  UUID,
  { "measured_day", _HEARTH_COL_DAY, REQ, NULL },
  { "height_cm", _HEARTH_COL_REAL, REQ, NULL },
  STAMPS
};

static const _HearthExportTable height_measurements = {
  "height_measurements", "height_measurements", "profile_id", NULL, height_columns, { NULL }
};

/* Not entry_days: it is derived, and the triggers rebuild it on import. */
const _HearthExportTable _hearth_export_profiles = {
  "profiles", "members", NULL, NULL, profile_columns,
  { &readings, &meals, &workouts, &medications, &goals, &skip_days, &badges, &challenges,
    &health_conditions, &family_history, &health_records, &height_measurements }
};

const char *
_hearth_export_intern_sql (const char *format, ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return g_intern_string (sql);
}

/* Export ------------------------------------------------------------------ */

typedef struct {
  HearthStore   *store;
  JsonBuilder   *builder;    /* one row's columns at a time */
  JsonGenerator *generator;
  GOutputStream *out;
  gboolean       deidentify;
  gint64         shift_usec;
  gint64         shift_days;
  GHashTable    *uuids;      /* old → new, when de-identified */
  GHashTable    *counters;   /* placeholder → count */
} Export;

static gboolean
put (Export      *export,
     const char  *text,
     gsize        length,
     GError     **error)
{
  return g_output_stream_write_all (export->out, text, length, NULL, NULL, error);
}

/* json-glib 1.6 escapes \b \f \n \r \t but writes other control
 * characters raw, which RFC 8259 forbids (allergies are separated by
 * U+001F; any free text may hold one): outside strings the generator writes none, so
 * every one left is in a string and becomes \u00XX. */
static gboolean
put_escaped (Export      *export,
             const char  *text,
             gsize        length,
             GError     **error)
{
  g_autoptr(GString) escaped = NULL;
  gsize i;

  for (i = 0; i < length && (guchar) text[i] >= 0x20; i++)
    ;
  if (i == length)
    return put (export, text, length, error);

  escaped = g_string_sized_new (length + 16);
  for (i = 0; i < length; i++)
    if ((guchar) text[i] < 0x20)
      g_string_append_printf (escaped, "\\u%04x", (guchar) text[i]);
    else
      g_string_append_c (escaped, text[i]);
  return put (export, escaped->str, escaped->len, error);
}

/* The object built so far, written without its closing brace, so the
 * caller can go on with nested arrays; the builder is reset. */
static gboolean
put_open_object (Export  *export,
                 GError **error)
{
  g_autoptr(JsonNode) root = json_builder_get_root (export->builder);
  g_autofree char *text = NULL;
  gsize length;

  json_builder_reset (export->builder);
  json_generator_set_root (export->generator, root);
  text = json_generator_to_data (export->generator, &length);
  g_assert (length >= 2 && text[length - 1] == '}');
  return put_escaped (export, text, length - 1, error);
}

static const char *
export_uuid (Export     *export,
             const char *uuid)
{
  const char *mapped;

  if (!export->deidentify)
    return uuid;
  mapped = g_hash_table_lookup (export->uuids, uuid);
  if (mapped == NULL)
    {
      char *fresh = g_uuid_string_random ();

      g_hash_table_insert (export->uuids, g_strdup (uuid), fresh);
      mapped = fresh;
    }
  return mapped;
}

static const char *
select_sql (const _HearthExportTable *table,
            gboolean                  member_filter)
{
  g_autoptr(GString) cols = g_string_new ("id");

  for (const _HearthExportColumn *c = table->columns; c->name != NULL; c++)
    g_string_append_printf (cols, ", %s", c->name);

  if (table->parent_col != NULL)
    return _hearth_export_intern_sql ("SELECT %s FROM %s WHERE %s = ?1 ORDER BY id",
                                      cols->str, table->table, table->parent_col);
  if (member_filter)
    return _hearth_export_intern_sql ("SELECT %s FROM %s WHERE uuid = ?1 ORDER BY id",
                                      cols->str, table->table);
  return _hearth_export_intern_sql ("SELECT %s FROM %s%s%s ORDER BY id", cols->str, table->table,
                                    table->where != NULL ? " WHERE " : "",
                                    table->where != NULL ? table->where : "");
}

static const char SQL_FOOD_REF[] = "SELECT uuid, source, fdc_id FROM foods WHERE id = ?1";

static gboolean
export_food_ref (Export      *export,
                 gint64       food_id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (export->store, SQL_FOOD_REF, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (export->store, stmt, 1, food_id);
  rc = _hearth_store_step (export->store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("A row refers to food %lld, which is not in the journal"), (long long) food_id);
      return FALSE;
    }
  if (g_strcmp0 (_hearth_store_column_text (stmt, 1), "fdc") == 0)
    {
      json_builder_set_member_name (export->builder, "food_fdc_id");
      json_builder_add_int_value (export->builder, sqlite3_column_int64 (stmt, 2));
    }
  else
    {
      json_builder_set_member_name (export->builder, "food");
      json_builder_add_string_value (export->builder,
                                     export_uuid (export, _hearth_store_column_text (stmt, 0)));
    }
  return TRUE;
}

static gboolean
export_column (Export                    *export,
               const _HearthExportColumn *column,
               sqlite3_stmt              *stmt,
               int                        i,
               GError                   **error)
{
  JsonBuilder *b = export->builder;

  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return TRUE;

  if (export->deidentify && (column->flags & _HEARTH_COL_BIRTH) != 0)
    return TRUE;
  if (export->deidentify && (column->flags & _HEARTH_COL_FREE) != 0)
    {
      g_autofree char *text = NULL;
      guint n;

      if (column->placeholder == NULL)
        return TRUE;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (export->counters, column->placeholder)) + 1;
      g_hash_table_insert (export->counters, (gpointer) column->placeholder, GUINT_TO_POINTER (n));
      json_builder_set_member_name (b, column->name);
      text = g_strdup_printf ("%s %u", column->placeholder, n);
      json_builder_add_string_value (b, text);
      return TRUE;
    }

  switch (column->type)
    {
    case _HEARTH_COL_FOOD:
      return export_food_ref (export, sqlite3_column_int64 (stmt, i), error);
    case _HEARTH_COL_UUID:
      json_builder_set_member_name (b, column->name);
      json_builder_add_string_value (b, export_uuid (export, _hearth_store_column_text (stmt, i)));
      break;
    case _HEARTH_COL_TEXT:
      json_builder_set_member_name (b, column->name);
      json_builder_add_string_value (b, _hearth_store_column_text (stmt, i));
      break;
    case _HEARTH_COL_INT:
      json_builder_set_member_name (b, column->name);
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, i));
      break;
    case _HEARTH_COL_REAL:
      json_builder_set_member_name (b, column->name);
      json_builder_add_double_value (b, sqlite3_column_double (stmt, i));
      break;
    case _HEARTH_COL_INSTANT:
      json_builder_set_member_name (b, column->name);
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, i) + export->shift_usec);
      break;
    case _HEARTH_COL_DAY:
      json_builder_set_member_name (b, column->name);
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, i) + export->shift_days);
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean export_rows (Export *export, const _HearthExportTable *table,
                             gint64 parent_id, const char *member_uuid, GError **error);

/* A row whose _HEARTH_COL_KNOWN column is free text, not an identifier:
 * de-identification leaves the whole row out (a condition's name may say
 * who it is). */
static gboolean
is_free_condition (const _HearthExportTable *table,
                   sqlite3_stmt             *stmt)
{
  int i = 1;

  for (const _HearthExportColumn *c = table->columns; c->name != NULL; c++, i++)
    if ((c->flags & _HEARTH_COL_KNOWN) != 0 &&
        !hearth_condition_is_known (_hearth_store_column_text (stmt, i)))
      return TRUE;
  return FALSE;
}

/* ,"key":[rows] for each child table of a row. */
static gboolean
export_children (Export                   *export,
                 const _HearthExportTable *table,
                 gint64                    id,
                 GError                  **error)
{
  for (guint k = 0; k < G_N_ELEMENTS (table->children) && table->children[k] != NULL; k++)
    {
      g_autofree char *head = g_strdup_printf (",\"%s\":[", table->children[k]->key);

      if (!put (export, head, strlen (head), error) ||
          !export_rows (export, table->children[k], id, NULL, error) ||
          !put (export, "]", 1, error))
        return FALSE;
    }
  return TRUE;
}

/* Rows of @table under @parent_id (or at the top, only @member_uuid's when
 * set), comma-separated, each object streamed as soon as it is read: one
 * row's columns are in memory at a time, never the whole tree. */
static gboolean
export_rows (Export                   *export,
             const _HearthExportTable *table,
             gint64                    parent_id,
             const char               *member_uuid,
             GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean first = TRUE;
  int rc;

  /* Child rows are read while this statement is open: each table has a
   * statement of its own. */
  stmt = _hearth_store_prepare (export->store, select_sql (table, member_uuid != NULL), error);
  if (stmt == NULL)
    return FALSE;
  if (table->parent_col != NULL)
    _hearth_store_bind_int64 (export->store, stmt, 1, parent_id);
  else if (member_uuid != NULL)
    _hearth_store_bind_text (export->store, stmt, 1, member_uuid);

  while ((rc = _hearth_store_step (export->store, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int i = 1;

      if (export->deidentify && is_free_condition (table, stmt))
        continue;

      json_builder_begin_object (export->builder);
      for (const _HearthExportColumn *c = table->columns; c->name != NULL; c++, i++)
        if (!export_column (export, c, stmt, i, error))
          return FALSE;
      json_builder_end_object (export->builder);

      if ((!first && !put (export, ",", 1, error)) ||
          !put_open_object (export, error) ||
          !export_children (export, table, id, error) ||
          !put (export, "}", 1, error))
        return FALSE;
      first = FALSE;
    }
  return rc == SQLITE_DONE;
}

static gboolean
write_export (Export      *export,
              const char  *profile_uuid,
              GError     **error)
{
  g_autoptr(HearthStoreRead) read = _hearth_store_read (export->store, error);
  JsonBuilder *b = export->builder;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *now_text = NULL;

  if (read == NULL)
    return FALSE;

  now = g_date_time_new_from_unix_utc (_hearth_store_now_usec (export->store) / G_USEC_PER_SEC);
  now_text = g_date_time_format_iso8601 (now);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, _HEARTH_EXPORT_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, _HEARTH_EXPORT_VERSION);
  json_builder_set_member_name (b, "deidentified");
  json_builder_add_boolean_value (b, export->deidentify);
  if (!export->deidentify)
    {
      json_builder_set_member_name (b, "exported_at");
      json_builder_add_string_value (b, now_text);
    }
  json_builder_end_object (b);

  return put_open_object (export, error) &&
         put (export, ",\"members\":[", 12, error) &&
         export_rows (export, &_hearth_export_profiles, 0, profile_uuid, error) &&
         put (export, "],\"foods\":[", 11, error) &&
         export_rows (export, &_hearth_export_foods, 0, NULL, error) &&
         put (export, "],\"recipes\":[", 13, error) &&
         export_rows (export, &_hearth_export_recipes, 0, NULL, error) &&
         put (export, "]}\n", 3, error);
}

static gboolean
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* Streams the export to a temporary file (0600) next to @path, flushed to
 * disk, then renamed over @path: an interrupted export leaves only a
 * ".hearth-export-*" file, never one at @path that looks complete. */
static gboolean
write_atomically (Export      *export,
                  const char  *profile_uuid,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmp = g_build_filename (dir, ".hearth-export-XXXXXX", NULL);
  g_autoptr(GOutputStream) file = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GError) local_error = NULL;
  int fd;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_io_error (error, path, errno);

  file = g_unix_output_stream_new (fd, TRUE);
  buffered = g_buffered_output_stream_new_sized (file, 256 * 1024);
  export->out = buffered;
  if (!write_export (export, profile_uuid, &local_error) ||
      !g_output_stream_flush (buffered, NULL, &local_error))
    goto failed;
  if (fsync (fd) != 0)
    {
      set_io_error (&local_error, path, errno);
      goto failed;
    }
  if (!g_output_stream_close (buffered, NULL, &local_error))
    goto failed;
  if (g_rename (tmp, path) != 0)
    {
      set_io_error (&local_error, path, errno);
      g_unlink (tmp);
      goto failed_closed;
    }
  return TRUE;

failed:
  g_output_stream_close (buffered, NULL, NULL);
  g_unlink (tmp);
failed_closed:
  /* Store errors are shown as they are; write errors name the file. */
  if (local_error->domain == G_IO_ERROR && !g_str_has_prefix (local_error->message, _("Could not write")))
    g_set_error (error, G_IO_ERROR, local_error->code, _("Could not write “%s”: %s"),
                 path, local_error->message);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
hearth_export_to_file_full (HearthStore        *store,
                            const char         *profile_uuid,
                            HearthExportFlags   flags,
                            gint64              shift_usec,
                            const char         *path,
                            GError            **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) counters = g_hash_table_new (g_str_hash, g_str_equal);
  Export export = { store, builder, generator, NULL, (flags & HEARTH_EXPORT_DEIDENTIFY) != 0, 0, 0,
                    uuids, counters };
  const gint64 day_usec = G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC;

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (export.deidentify)
    {
      export.shift_usec = shift_usec;
      /* Rounded down, so an instant's sub-day part never moves it past midnight. */
      export.shift_days = shift_usec >= 0 ? shift_usec / day_usec : -((-shift_usec + day_usec - 1) / day_usec);
    }

  return write_atomically (&export, profile_uuid, path, error);
}

gboolean
hearth_export_to_file (HearthStore        *store,
                       const char         *profile_uuid,
                       HearthExportFlags   flags,
                       const char         *path,
                       GError            **error)
{
  /* Back 1 to 10 years in whole weeks (weekdays and times of day stay),
   * plus a part of a second so that no shifted instant falls on a whole
   * second as the original ones mostly do. */
  gint64 weeks = g_random_int_range (52, 521);
  gint64 shift = -weeks * 7 * G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC
                 + g_random_int_range (1, 1000000);

  return hearth_export_to_file_full (store, profile_uuid, flags, shift, path, error);
}
