/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "hearth-import.h"
#include "hearth-export-private.h"
#include "hearth-profile.h"
#include "hearth-store-private.h"
#include "hearth-store-record-private.h"

G_DEFINE_QUARK (hearth-import-error-quark, hearth_import_error)

typedef struct {
  HearthStore        *store;
  JsonObject         *root;
  GHashTable         *seen;      /* "table uuid" of every row read */
  HearthImportCounts  counts;
  gint64              version;   /* the file's format version */
} Import;

static gboolean
field_error (GError     **error,
             int          code,
             const char  *path,
             const char  *what)
{
  g_set_error (error, HEARTH_IMPORT_ERROR, code, "%s: %s", path, what);
  return FALSE;
}

/* The JSON value of @column in @object (NULL: absent or null), checked for
 * its type; FALSE with an error naming @path.@column. */
static gboolean
get_value (JsonObject                *object,
           const char                *key,
           _HearthColType             type,
           gboolean                   required,
           const char                *path,
           JsonNode                 **value,
           GError                   **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *field = g_strdup_printf ("%s.%s", path, key);
  GType value_type;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("missing"));
      return TRUE;
    }

  value_type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  switch (type)
    {
    case _HEARTH_COL_TEXT:
    case _HEARTH_COL_UUID:
      if (value_type != G_TYPE_STRING)
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("a text was expected"));
      if (type == _HEARTH_COL_UUID && *json_node_get_string (node) == '\0')
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("is empty"));
      break;
    case _HEARTH_COL_INT:
    case _HEARTH_COL_INSTANT:
    case _HEARTH_COL_DAY:
      if (value_type != G_TYPE_INT64)
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("a whole number was expected"));
      break;
    case _HEARTH_COL_REAL:
      if (value_type != G_TYPE_INT64 && value_type != G_TYPE_DOUBLE)
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("a number was expected"));
      break;
    case _HEARTH_COL_FOOD:
    default:
      g_assert_not_reached ();
    }
  *value = node;
  return TRUE;
}

static const char SQL_FOOD_BY_UUID[] = "SELECT id FROM foods WHERE uuid = ?1 AND source = 'user'";
static const char SQL_FOOD_BY_FDC_ID[] = "SELECT id FROM foods WHERE fdc_id = ?1";

/* A food reference ("food" or "food_fdc_id") to a foods.id; 0 for none. */
static gboolean
resolve_food (Import      *import,
              JsonObject  *object,
              gboolean     required,
              const char  *path,
              gint64      *food_id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  JsonNode *uuid = NULL, *fdc_id = NULL;
  g_autofree char *field = NULL;
  int rc;

  *food_id = 0;
  if (!get_value (object, "food", _HEARTH_COL_TEXT, FALSE, path, &uuid, error) ||
      !get_value (object, "food_fdc_id", _HEARTH_COL_INT, FALSE, path, &fdc_id, error))
    return FALSE;
  if (uuid == NULL && fdc_id == NULL)
    {
      if (!required)
        return TRUE;
      field = g_strdup_printf ("%s.food", path);
      return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("missing"));
    }

  field = g_strdup_printf ("%s.%s", path, uuid != NULL ? "food" : "food_fdc_id");
  stmt = _hearth_store_prepare (import->store, uuid != NULL ? SQL_FOOD_BY_UUID : SQL_FOOD_BY_FDC_ID, error);
  if (stmt == NULL)
    return FALSE;
  if (uuid != NULL)
    _hearth_store_bind_text (import->store, stmt, 1, json_node_get_string (uuid));
  else
    _hearth_store_bind_int64 (import->store, stmt, 1, json_node_get_int (fdc_id));
  rc = _hearth_store_step (import->store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return field_error (error, HEARTH_IMPORT_ERROR_REFERENCE, field,
                        uuid != NULL ? _("no such food in the file or the journal")
                                     : _("no such reference food in this version of Hearth"));
  *food_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static const char *
lookup_sql (const _HearthExportTable *table)
{
  return _hearth_export_intern_sql ("SELECT id, updated_at FROM %s WHERE uuid = ?1", table->table);
}

static const char *
insert_sql (const _HearthExportTable *table)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  int n = 1;

  if (table->parent_col != NULL)
    {
      g_string_append (names, table->parent_col);
      g_string_append_printf (values, "?%d", n++);
    }
  for (const _HearthExportColumn *c = table->columns; c->name != NULL; c++)
    {
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", c->name);
      g_string_append_printf (values, "%s?%d", values->len > 0 ? ", " : "", n++);
    }
  return _hearth_export_intern_sql ("INSERT INTO %s (%s) VALUES (%s)", table->table, names->str, values->str);
}

static const char *
update_sql (const _HearthExportTable *table)
{
  g_autoptr(GString) sets = g_string_new (NULL);
  int n = 1;

  if (table->parent_col != NULL)
    g_string_append_printf (sets, "%s = ?%d", table->parent_col, n++);
  for (const _HearthExportColumn *c = table->columns; c->name != NULL; c++)
    g_string_append_printf (sets, "%s%s = ?%d", sets->len > 0 ? ", " : "", c->name, n++);
  return _hearth_export_intern_sql ("UPDATE %s SET %s WHERE id = ?%d", table->table, sets->str, n);
}

static const char SQL_NAME_TAKEN[] =
  "SELECT count(*) FROM profiles WHERE name = ?1 AND uuid <> ?2 AND deleted_at IS NULL";

/* A member's name as the store keeps one (hearth_profile_validate(),
 * trimmed and NFC), and not a live name another live member already has. */
static gboolean
check_member_name (Import      *import,
                   JsonObject  *object,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *field = NULL;
  JsonNode *deleted = json_object_get_member (object, "deleted_at");
  const char *name = json_object_get_string_member (object, "name");
  g_autoptr(HearthProfile) profile = hearth_profile_new (name);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (import->store));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *normalized = hearth_profile_normalize_name (name);
  int rc;

  field = g_strdup_printf ("%s.name", path);
  if (!hearth_profile_validate (profile, now, &local_error))
    return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, local_error->message);
  if (g_strcmp0 (normalized, name) != 0)
    return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field,
                        _("not a name as Hearth stores one (surrounding spaces, or not in NFC)"));

  if (deleted != NULL && !JSON_NODE_HOLDS_NULL (deleted))
    return TRUE;
  stmt = _hearth_store_prepare (import->store, SQL_NAME_TAKEN, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (import->store, stmt, 1, name);
  _hearth_store_bind_text (import->store, stmt, 2, json_object_get_string_member (object, "uuid"));
  rc = _hearth_store_step (import->store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (sqlite3_column_int64 (stmt, 0) == 0)
    return TRUE;
  g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_REFERENCE,
               _("%s: this journal already has another member named “%s”"), field, name);
  return FALSE;
}

static const char SQL_LIVE_OWN_FOODS[] =
  "SELECT uuid, name FROM foods WHERE source = 'user' AND deleted_at IS NULL AND ?1 = ?1";
static const char SQL_LIVE_MEDICATIONS[] =
  "SELECT uuid, name FROM medications WHERE profile_id = ?1 AND deleted_at IS NULL";

/* A live food's or medication's name (case-folded, as the store compares:
 * one live food per name among the family's own, one live medication per
 * name and member) another live row already has. */
static gboolean
check_live_name (Import      *import,
                 const char  *sql,
                 gint64       parent_id,
                 JsonObject  *object,
                 const char  *path,
                 gboolean     food,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  JsonNode *deleted = json_object_get_member (object, "deleted_at");
  const char *name = json_object_get_string_member (object, "name");
  const char *uuid = json_object_get_string_member (object, "uuid");
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  int rc;

  if (deleted != NULL && !JSON_NODE_HOLDS_NULL (deleted))
    return TRUE;
  stmt = _hearth_store_prepare (import->store, sql, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (import->store, stmt, 1, parent_id);
  while ((rc = _hearth_store_step (import->store, stmt, error)) == SQLITE_ROW)
    {
      const char *candidate = _hearth_store_column_text (stmt, 1);
      g_autofree char *folded = NULL;

      if (candidate == NULL || g_strcmp0 (_hearth_store_column_text (stmt, 0), uuid) == 0)
        continue;
      folded = g_utf8_casefold (candidate, -1);
      if (g_strcmp0 (folded, wanted) == 0)
        {
          g_autofree char *field = g_strdup_printf ("%s.name", path);
          g_autofree char *what = food ? g_strdup_printf (_("this journal already has another food called “%s”"), name)
                                       : g_strdup_printf (_("this member already has a medication called “%s”"), name);

          return field_error (error, HEARTH_IMPORT_ERROR_REFERENCE, field, what);
        }
    }
  return rc == SQLITE_DONE;
}

/* Whether another live row under @parent_id has the file's live row's
 * value of @table's unique_live column (a skip day, a badge, a check-in the
 * journal already has under a uuid of its own). */
static gboolean
find_live_twin (Import                   *import,
                const _HearthExportTable *table,
                JsonObject               *object,
                gint64                    parent_id,
                gboolean                 *twin,
                GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  JsonNode *deleted = json_object_get_member (object, "deleted_at");
  JsonNode *key;
  gboolean text;
  int rc;

  *twin = FALSE;
  if (table->unique_live == NULL || (deleted != NULL && !JSON_NODE_HOLDS_NULL (deleted)))
    return TRUE;
  if (table->unique_kind != NULL &&
      g_strcmp0 (json_object_get_string_member (object, "kind"), table->unique_kind) != 0)
    return TRUE;
  key = json_object_get_member (object, table->unique_live);
  /* Text is compared without ASCII case, as the unique indexes on text do
   * (a condition: lower(condition); badge ids are lower case anyway). */
  text = json_node_get_value_type (key) == G_TYPE_STRING;
  stmt = _hearth_store_prepare (import->store,
                                _hearth_export_intern_sql ("SELECT count(*) FROM %s WHERE %s = ?1 AND %s%s%s = %s "
                                                           "AND uuid <> ?3 AND deleted_at IS NULL%s",
                                                           table->table, table->parent_col,
                                                           text ? "lower(" : "", table->unique_live,
                                                           text ? ")" : "", text ? "lower(?2)" : "?2",
                                                           table->unique_kind != NULL ? " AND kind = ?4" : ""),
                                error);
  if (stmt == NULL)
    return FALSE;
  if (table->unique_kind != NULL)
    _hearth_store_bind_text (import->store, stmt, 4, table->unique_kind);
  _hearth_store_bind_int64 (import->store, stmt, 1, parent_id);
  if (json_node_get_value_type (key) == G_TYPE_STRING)
    _hearth_store_bind_text (import->store, stmt, 2, json_node_get_string (key));
  else
    _hearth_store_bind_int64 (import->store, stmt, 2, json_node_get_int (key));
  _hearth_store_bind_text (import->store, stmt, 3, json_object_get_string_member (object, "uuid"));
  rc = _hearth_store_step (import->store, stmt, error);
  if (rc < 0)
    return FALSE;
  *twin = sqlite3_column_int64 (stmt, 0) > 0;
  return TRUE;
}

static gboolean import_array (Import *import, const _HearthExportTable *table, JsonObject *parent,
                              gint64 parent_id, const char *parent_path, GError **error);

/* Format 1 kept a member's conditions as one text, the items joined with
 * U+001F (schema 1 to 10): each becomes a health_conditions row unless the
 * member has it already (nothing is removed: a merge adds). */
static gboolean
import_v1_conditions (Import      *import,
                      JsonObject  *object,
                      gint64       profile_id,
                      const char  *path,
                      GError     **error)
{
  JsonNode *node = json_object_get_member (object, "conditions");
  g_auto(GStrv) items = NULL;
  g_autoptr(GError) local_error = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *field = g_strdup_printf ("%s.conditions", path);

      return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, _("a text was expected"));
    }
  items = g_strsplit (json_node_get_string (node), "\x1f", -1);
  if (!_hearth_store_sync_conditions (import->store, profile_id, (const char * const *) items,
                                      json_object_get_int_member (object, "updated_at"), FALSE,
                                      &local_error))
    {
      g_autofree char *field = g_strdup_printf ("%s.conditions", path);

      return field_error (error, HEARTH_IMPORT_ERROR_FIELD, field, local_error->message);
    }
  return TRUE;
}

/* A member of a file from before schema 12 (no "height_measurements"
 * array) with a height: that height becomes a measurement dated the UTC
 * day of the member's updated_at, as migration 0012 did, unless the member
 * has a live measurement of that height already (a merge adds once). */
static const char SQL_PRE12_HEIGHT[] =
  "INSERT INTO height_measurements (uuid, profile_id, measured_day, height_cm, created_at, updated_at) "
  "SELECT ?1, ?2, ?3, ?4, ?5, ?5 WHERE NOT EXISTS (SELECT 1 FROM height_measurements "
  "WHERE profile_id = ?2 AND height_cm = ?4 AND deleted_at IS NULL)";
/* profiles.height_cm is the latest live measurement: a member row written
 * from the file may carry an older height than the journal's measurements. */
static const char SQL_HEIGHT_FOLLOWS[] =
  "UPDATE profiles SET height_cm = (SELECT h.height_cm FROM height_measurements AS h "
  "WHERE h.profile_id = ?1 AND h.deleted_at IS NULL "
  "ORDER BY h.measured_day DESC, h.created_at DESC, h.id DESC LIMIT 1) "
  "WHERE id = ?1 AND EXISTS (SELECT 1 FROM height_measurements "
  "WHERE profile_id = ?1 AND deleted_at IS NULL)";

static gboolean
import_pre12_height (Import      *import,
                     JsonObject  *object,
                     gint64       profile_id,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, "height_cm");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  gint64 updated_at, day_usec = G_GINT64_CONSTANT (86400000000);

  if (json_object_has_member (object, "height_measurements") ||
      node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_double (node) <= 0)
    return TRUE;

  stmt = _hearth_store_prepare (import->store, SQL_PRE12_HEIGHT, error);
  if (stmt == NULL)
    return FALSE;
  uuid = g_uuid_string_random ();
  updated_at = json_object_get_int_member (object, "updated_at");
  _hearth_store_bind_text (import->store, stmt, 1, uuid);
  _hearth_store_bind_int64 (import->store, stmt, 2, profile_id);
  _hearth_store_bind_int64 (import->store, stmt, 3,
                            updated_at >= 0 ? updated_at / day_usec
                                            : -((-updated_at + day_usec - 1) / day_usec));
  _hearth_store_bind_double (import->store, stmt, 4, json_node_get_double (node));
  _hearth_store_bind_int64 (import->store, stmt, 5, updated_at);
  return _hearth_store_run (import->store, stmt, error);
}

static gboolean
height_follows (Import  *import,
                gint64   profile_id,
                GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (import->store, SQL_HEIGHT_FOLLOWS, error);

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (import->store, stmt, 1, profile_id);
  return _hearth_store_run (import->store, stmt, error);
}

/* One row: validated whole, then added, replacing or left. */
static gboolean
import_row (Import                   *import,
            const _HearthExportTable *table,
            JsonObject               *object,
            gint64                    parent_id,
            const char               *path,
            GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *uuid;
  char *key;
  gint64 id = 0, updated_at = 0, food_ids[4] = { 0 };
  guint n_columns = 0, n_foods = 0;
  JsonNode *values[32] = { NULL };
  gboolean exists, write;
  int rc, n;

  for (const _HearthExportColumn *c = table->columns; c->name != NULL; c++, n_columns++)
    {
      g_assert (n_columns < G_N_ELEMENTS (values));
      if (c->type == _HEARTH_COL_FOOD)
        {
          g_assert (n_foods < G_N_ELEMENTS (food_ids));
          if (!resolve_food (import, object, (c->flags & _HEARTH_COL_REQUIRED) != 0, path,
                             &food_ids[n_foods++], error))
            return FALSE;
        }
      else if (!get_value (object, c->name, c->type, (c->flags & _HEARTH_COL_REQUIRED) != 0,
                           path, &values[n_columns], error))
        return FALSE;
    }

  uuid = json_object_get_string_member (object, "uuid");
  key = g_strconcat (table->table, " ", uuid, NULL);
  if (!g_hash_table_add (import->seen, key))
    {
      g_autofree char *field = g_strdup_printf ("%s.uuid", path);

      return field_error (error, HEARTH_IMPORT_ERROR_DUPLICATE, field,
                          _("this uuid is already used by another row in the file"));
    }

  stmt = _hearth_store_prepare (import->store, lookup_sql (table), error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (import->store, stmt, 1, uuid);
  rc = _hearth_store_step (import->store, stmt, error);
  if (rc < 0)
    return FALSE;
  exists = rc == SQLITE_ROW;
  if (exists)
    {
      id = sqlite3_column_int64 (stmt, 0);
      updated_at = sqlite3_column_int64 (stmt, 1);
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  write = !exists || json_object_get_int_member (object, "updated_at") > updated_at;
  if (write && table->unique_live != NULL)
    {
      gboolean twin;

      if (!find_live_twin (import, table, object, parent_id, &twin, error))
        return FALSE;
      if (twin)
        {
          /* The journal keeps its own; the file's row is left out. */
          import->counts.left++;
          return TRUE;
        }
    }
  if (write)
    {
      if (table == &_hearth_export_profiles && !check_member_name (import, object, path, error))
        return FALSE;
      if (table == &_hearth_export_foods &&
          !check_live_name (import, SQL_LIVE_OWN_FOODS, parent_id, object, path,
                            TRUE, error))
        return FALSE;
      if (g_str_equal (table->table, "medications") &&
          !check_live_name (import, SQL_LIVE_MEDICATIONS, parent_id, object, path,
                            FALSE, error))
        return FALSE;

      stmt = _hearth_store_prepare (import->store, exists ? update_sql (table) : insert_sql (table), error);
      if (stmt == NULL)
        return FALSE;
      n = 1;
      if (table->parent_col != NULL)
        _hearth_store_bind_int64 (import->store, stmt, n++, parent_id);
      n_foods = 0;
      for (guint i = 0; i < n_columns; i++, n++)
        {
          const _HearthExportColumn *c = &table->columns[i];

          if (c->type == _HEARTH_COL_FOOD)
            {
              gint64 food_id = food_ids[n_foods++];

              if (food_id == 0)
                _hearth_store_bind_null (import->store, stmt, n);
              else
                _hearth_store_bind_int64 (import->store, stmt, n, food_id);
            }
          else if (values[i] == NULL)
            _hearth_store_bind_null (import->store, stmt, n);
          else if (c->type == _HEARTH_COL_TEXT || c->type == _HEARTH_COL_UUID)
            _hearth_store_bind_text (import->store, stmt, n, json_node_get_string (values[i]));
          else if (c->type == _HEARTH_COL_REAL)
            _hearth_store_bind_double (import->store, stmt, n, json_node_get_double (values[i]));
          else
            _hearth_store_bind_int64 (import->store, stmt, n, json_node_get_int (values[i]));
        }
      if (exists)
        _hearth_store_bind_int64 (import->store, stmt, n, id);
      if (!_hearth_store_run (import->store, stmt, &local_error))
        {
          g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_FIELD,
                       "%s: %s", path, local_error->message);
          return FALSE;
        }
      if (!exists)
        id = sqlite3_last_insert_rowid (_hearth_store_get_db (import->store));
      g_clear_pointer (&stmt, _hearth_store_release_statement);
    }

  if (!exists)
    import->counts.added++;
  else if (write)
    import->counts.updated++;
  else
    import->counts.left++;

  if (table == &_hearth_export_profiles && write && import->version < 2 &&
      !import_v1_conditions (import, object, id, path, error))
    return FALSE;
  if (table == &_hearth_export_profiles)
    {
      if (write)
        _hearth_store_signal_profiles_changed (import->store);
      _hearth_store_signal_readings_changed (import->store, uuid);
    }

  for (guint k = 0; k < G_N_ELEMENTS (table->children) && table->children[k] != NULL; k++)
    if (!import_array (import, table->children[k], object, id, path, error))
      return FALSE;
  if (table == &_hearth_export_profiles &&
      ((write && !import_pre12_height (import, object, id, error)) ||
       !height_follows (import, id, error)))
    return FALSE;
  return TRUE;
}

static gboolean
import_array (Import                   *import,
              const _HearthExportTable *table,
              JsonObject               *parent,
              gint64                    parent_id,
              const char               *parent_path,
              GError                  **error)
{
  JsonNode *node = json_object_get_member (parent, table->key);
  g_autofree char *path = parent_path != NULL ? g_strdup_printf ("%s.%s", parent_path, table->key)
                                              : g_strdup (table->key);
  JsonArray *array;

  if (node == NULL)
    {
      /* A top-level array must be there; a row's own lists may be left out. */
      if (parent_path == NULL)
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, path, _("missing"));
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return field_error (error, HEARTH_IMPORT_ERROR_FIELD, path, _("a list was expected"));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *row_path = g_strdup_printf ("%s[%u]", path, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return field_error (error, HEARTH_IMPORT_ERROR_FIELD, row_path, _("an object was expected"));
      if (!import_row (import, table, json_node_get_object (element), parent_id, row_path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_all (HearthStore  *store,
            gpointer      user_data,
            GError      **error)
{
  Import *import = user_data;

  memset (&import->counts, 0, sizeof import->counts);
  g_hash_table_remove_all (import->seen);
  /* Foods first: meals and recipes refer to them. */
  return import_array (import, &_hearth_export_foods, import->root, 0, NULL, error) &&
         import_array (import, &_hearth_export_recipes, import->root, 0, NULL, error) &&
         import_array (import, &_hearth_export_profiles, import->root, 0, NULL, error);
}

/* Refuses what cannot be an export before parsing it: too large, or not
 * starting like JSON text. */
static gboolean
check_file (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char head[4096];
  gsize n = 0;
  const char *end;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_NOT_EXPORT,
                   _("“%s” is not a regular file"), path);
      return FALSE;
    }
  if (g_file_info_get_size (info) > HEARTH_IMPORT_MAX_BYTES)
    {
      g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is larger than %d MB, more than any Hearth export this version can read"),
                   path, (int) (HEARTH_IMPORT_MAX_BYTES / (1024 * 1024)));
      return FALSE;
    }

  stream = g_file_read (file, NULL, error);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, NULL, error))
    return FALSE;

  /* Valid UTF-8 but for a character cut at the end, and '{' first. */
  if (!g_utf8_validate (head, n, &end) && end < head + n - 4)
    goto not_json;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isspace (head[i]))
        continue;
      if (head[i] == '{')
        return TRUE;
      break;
    }

not_json:
  g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_NOT_EXPORT,
               _("“%s” is not a Hearth export: it is not JSON text"), path);
  return FALSE;
}

static gboolean
check_header (JsonNode    *root,
              const char  *path,
              GError     **error)
{
  JsonObject *object;
  JsonNode *node;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    goto not_export;
  object = json_node_get_object (root);
  node = json_object_get_member (object, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), _HEARTH_EXPORT_FORMAT) != 0)
    goto not_export;

  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return field_error (error, HEARTH_IMPORT_ERROR_FIELD, "version", _("a whole number was expected"));
  if (json_node_get_int (node) > _HEARTH_EXPORT_VERSION)
    {
      g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_VERSION,
                   _("“%s” was written by a newer Hearth (export format version %lld); this version "
                     "reads format version %d"),
                   path, (long long) json_node_get_int (node), _HEARTH_EXPORT_VERSION);
      return FALSE;
    }
  if (json_node_get_int (node) < 1)
    return field_error (error, HEARTH_IMPORT_ERROR_FIELD, "version", _("not a format version"));
  return TRUE;

not_export:
  g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_NOT_EXPORT,
               _("“%s” is not a Hearth export (no \"format\": \"%s\")"), path, _HEARTH_EXPORT_FORMAT);
  return FALSE;
}

gboolean
hearth_import_file (HearthStore         *store,
                    const char          *path,
                    HearthImportCounts  *counts,
                    GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  Import import = { store, NULL, seen, { 0 } };

  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (counts != NULL)
    memset (counts, 0, sizeof *counts);
  if (!check_file (path, error))
    return FALSE;
  if (!json_parser_load_from_mapped_file (parser, path, &local_error))
    {
      g_set_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_NOT_EXPORT,
                   _("“%s” is not complete or not valid JSON: %s"), path, local_error->message);
      return FALSE;
    }
  if (!check_header (json_parser_get_root (parser), path, error))
    return FALSE;

  import.root = json_node_get_object (json_parser_get_root (parser));
  import.version = json_object_get_int_member (import.root, "version");
  if (!hearth_store_write (store, import_all, &import, error))
    return FALSE;
  if (counts != NULL)
    *counts = import.counts;
  return TRUE;
}
