/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-diet-private.h"
#include "hearth-store-diet.h"
#include "hearth-store-fdc-private.h"
#include "hearth-store-private.h"
#include "hearth-usec.h"

/* The diet log: foods (the family's, and USDA's reference foods:
 * hearth-store-fdc.c), meals and their items (a member's).
 * Schema: migrations/0003-diet.sql, 0007-fdc-foods.sql, 0008-food-last-used.sql. */

#define FOOD_COLUMNS \
  "f.uuid, f.name, f.per_unit, f.energy_kcal, f.protein_g, f.carbohydrate_g, f.sugars_g, " \
  "f.fat_g, f.saturated_fat_g, f.fibre_g, f.sodium_mg, f.serving_size, f.serving_name, " \
  "f.favourite, f.created_at, f.updated_at, f.fdc_id"
/* When a food was last logged: recent foods come first in a search. A
 * column kept by a trigger on meal_items (schema 8): asking meal_items for
 * each of the ~4 800 foods a one-letter search matches cost more than the
 * rest of the search. */
#define FOOD_LAST_USED "f.last_used_at"

static const char SQL_FOOD_BY_UUID[] =
  "SELECT " FOOD_COLUMNS ", f.id FROM foods f WHERE f.uuid = ?1 AND f.deleted_at IS NULL";
/* The family's own food first when a reference food has the same name. */
static const char SQL_FOOD_BY_NAME[] =
  "SELECT " FOOD_COLUMNS ", f.id FROM foods f WHERE f.name = ?1 AND f.deleted_at IS NULL "
  "ORDER BY f.fdc_id IS NOT NULL LIMIT 1";
static const char SQL_LIVE_FOOD_NAMES[] =
  "SELECT uuid, name FROM foods WHERE deleted_at IS NULL ORDER BY fdc_id IS NOT NULL";
/* Names are unique among the family's own foods (reference foods may
 * share one: the family's comes first in look-ups). */
static const char SQL_LIVE_OWN_FOOD_NAMES[] =
  "SELECT uuid, name FROM foods WHERE deleted_at IS NULL AND source = 'user'";
static const char SQL_LIST_FOODS[] =
  "SELECT " FOOD_COLUMNS " FROM foods f WHERE f.deleted_at IS NULL AND f.source = 'user' "
  "ORDER BY f.name COLLATE NOCASE";
static const char SQL_LIST_REFERENCE_FOODS[] =
  "SELECT " FOOD_COLUMNS " FROM foods f WHERE f.deleted_at IS NULL AND f.source = 'fdc' "
  "ORDER BY f.name COLLATE NOCASE";
static const char SQL_FOOD_NAMES[] =
  "SELECT name, fdc_id IS NOT NULL FROM foods WHERE deleted_at IS NULL";
static const char SQL_SEARCH_FTS[] =
  "SELECT " FOOD_COLUMNS " FROM foods_fts JOIN foods f ON f.id = foods_fts.rowid "
  "WHERE foods_fts MATCH ?1 AND f.deleted_at IS NULL "
  "ORDER BY f.favourite DESC, " FOOD_LAST_USED " DESC NULLS LAST, f.fdc_id IS NOT NULL, "
  "CASE WHEN f.fdc_id IS NOT NULL THEN f.name LIKE ?3 END DESC, f.name COLLATE NOCASE LIMIT ?2";
static const char SQL_SEARCH_SUBSTRING[] =
  "SELECT " FOOD_COLUMNS " FROM foods f "
  "WHERE instr(f.name, ?1) > 0 AND f.deleted_at IS NULL "
  "ORDER BY f.favourite DESC, " FOOD_LAST_USED " DESC NULLS LAST, f.fdc_id IS NOT NULL, "
  "f.name COLLATE NOCASE LIMIT ?2";
/* Nothing typed: the family's foods, favourites and what was logged before;
 * a reference food nobody used only turns up when searched for. */
static const char SQL_SEARCH_ALL[] =
  "SELECT " FOOD_COLUMNS " FROM foods f WHERE f.deleted_at IS NULL "
  "AND (f.fdc_id IS NULL OR f.favourite = 1 OR " FOOD_LAST_USED " IS NOT NULL) "
  "ORDER BY f.favourite DESC, " FOOD_LAST_USED " DESC NULLS LAST, f.fdc_id IS NOT NULL, "
  "f.name COLLATE NOCASE LIMIT ?2";
static const char SQL_INSERT_FOOD[] =
  "INSERT INTO foods (uuid, name, per_unit, energy_kcal, protein_g, carbohydrate_g, sugars_g, "
  "fat_g, saturated_fat_g, fibre_g, sodium_mg, serving_size, serving_name, favourite, "
  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
static const char SQL_UPDATE_FOOD[] =
  "UPDATE foods SET name = ?2, per_unit = ?3, energy_kcal = ?4, protein_g = ?5, "
  "carbohydrate_g = ?6, sugars_g = ?7, fat_g = ?8, saturated_fat_g = ?9, fibre_g = ?10, "
  "sodium_mg = ?11, serving_size = ?12, serving_name = ?13, favourite = ?14, updated_at = ?16 "
  "WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_DELETE_FOOD[] =
  "UPDATE foods SET deleted_at = ?2, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_FOOD[] =
  "UPDATE foods SET deleted_at = NULL, updated_at = ?2 WHERE uuid = ?1";
static const char SQL_FOOD_ID_ANY[] =
  "SELECT id FROM foods WHERE uuid = ?1";
static const char SQL_FOOD_MEAL_COUNT[] =
  "SELECT count(DISTINCT meal_id) FROM meal_items WHERE food_id = ?1";
/* Recipes (schema 6) using the food, deleted ones too, or the food being one. */
static const char SQL_FOOD_RECIPE_COUNT[] =
  "SELECT (SELECT count(DISTINCT recipe_id) FROM recipe_items WHERE food_id = ?1) "
  "+ (SELECT count(*) FROM recipes WHERE food_id = ?1)";
static const char SQL_PURGE_FOOD[] =
  "DELETE FROM foods WHERE id = ?1";
static const char SQL_SET_FAVOURITE[] =
  "UPDATE foods SET favourite = ?2, updated_at = ?3 WHERE uuid = ?1 AND deleted_at IS NULL";

#define MEAL_COLUMNS \
  "m.id, m.uuid, p.uuid, m.type, m.custom_name, m.taken_at, m.utc_offset, m.note"

static const char SQL_INSERT_MEAL[] =
  "INSERT INTO meals (uuid, profile_id, type, custom_name, taken_at, utc_offset, local_day, note, "
  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)";
static const char SQL_TOUCH_FOOD[] =
  "UPDATE foods SET last_used_at = ?2 WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?2)";
static const char SQL_INSERT_ITEM[] =
  "INSERT INTO meal_items (uuid, meal_id, food_id, position, name, amount, unit, energy_kcal, "
  "protein_g, carbohydrate_g, sugars_g, fat_g, saturated_fat_g, fibre_g, sodium_mg, "
  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
  "?15, ?16, ?16)";
static const char SQL_MEAL_BY_UUID[] =
  "SELECT " MEAL_COLUMNS " FROM meals m JOIN profiles p ON p.id = m.profile_id "
  "WHERE m.uuid = ?1 AND m.deleted_at IS NULL AND p.deleted_at IS NULL";
static const char SQL_MEALS_OF_DAY[] =
  "SELECT " MEAL_COLUMNS " FROM meals m JOIN profiles p ON p.id = m.profile_id "
  "WHERE m.profile_id = ?1 AND m.local_day = ?2 AND m.deleted_at IS NULL ORDER BY m.taken_at, m.id";
static const char SQL_LAST_MEAL_OF_TYPE[] =
  "SELECT " MEAL_COLUMNS " FROM meals m JOIN profiles p ON p.id = m.profile_id "
  "WHERE m.profile_id = ?1 AND m.local_day < ?2 AND m.deleted_at IS NULL AND m.type = ?3 "
  "ORDER BY m.local_day DESC, m.taken_at DESC LIMIT 1";
static const char SQL_MEAL_ITEMS[] =
  "SELECT i.uuid, f.uuid, i.name, i.amount, i.unit, i.energy_kcal, i.protein_g, i.carbohydrate_g, "
  "i.sugars_g, i.fat_g, i.saturated_fat_g, i.fibre_g, i.sodium_mg "
  "FROM meal_items i LEFT JOIN foods f ON f.id = i.food_id "
  "WHERE i.meal_id = ?1 AND i.deleted_at IS NULL ORDER BY i.position";
static const char SQL_MEAL_STATE[] =
  "SELECT m.id, p.uuid, m.deleted_at IS NOT NULL FROM meals m "
  "JOIN profiles p ON p.id = m.profile_id WHERE m.uuid = ?1";
static const char SQL_DELETE_MEAL[] =
  "UPDATE meals SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_MEAL[] =
  "UPDATE meals SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1";
static const char SQL_DAILY_NUTRITION[] =
  "SELECT m.local_day, count(DISTINCT m.id), count(i.id), "
  "sum(i.energy_kcal), sum(i.protein_g), sum(i.carbohydrate_g), sum(i.sugars_g), sum(i.fat_g), "
  "sum(i.saturated_fat_g), sum(i.fibre_g), sum(i.sodium_mg), "
  "count(i.energy_kcal), count(i.protein_g), count(i.carbohydrate_g), count(i.sugars_g), count(i.fat_g), "
  "count(i.saturated_fat_g), count(i.fibre_g), count(i.sodium_mg) "
  "FROM meals m JOIN meal_items i ON i.meal_id = m.id AND i.deleted_at IS NULL "
  "WHERE m.profile_id = ?1 AND m.local_day BETWEEN ?2 AND ?3 AND m.deleted_at IS NULL "
  "GROUP BY m.local_day ORDER BY m.local_day";
static const char SQL_FOOD_ID_LIVE[] =
  "SELECT id FROM foods WHERE uuid = ?1 AND deleted_at IS NULL";

const char * const *
_hearth_store_diet_queries_for_testing (void)
{
  static const char * const queries[] = {
    SQL_MEALS_OF_DAY, SQL_LAST_MEAL_OF_TYPE, SQL_MEAL_ITEMS, SQL_FOOD_MEAL_COUNT, SQL_FOOD_RECIPE_COUNT,
    SQL_MEAL_BY_UUID,
    SQL_DAILY_NUTRITION, SQL_MEAL_STATE, NULL,
  };

  return queries;
}

static gboolean
set_not_found_food (GError     **error,
                    const char  *what)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No food “%s”"), what);
  return FALSE;
}

static gboolean
set_not_found_meal (GError     **error,
                    const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No meal with the ID “%s”"), uuid);
  return FALSE;
}

/* Foods ------------------------------------------------------------------ */

static HearthFood *
food_from_row (sqlite3_stmt *stmt)
{
  HearthAmountUnit per_unit = HEARTH_AMOUNT_UNIT_GRAM;
  HearthFood *food;

  if (!hearth_amount_unit_from_string (_hearth_store_column_text (stmt, 2), &per_unit))
    per_unit = HEARTH_AMOUNT_UNIT_GRAM;   /* the schema's CHECK allows nothing else */
  food = hearth_food_new (_hearth_store_column_text (stmt, 1), per_unit);
  _hearth_food_set_uuid (food, _hearth_store_column_text (stmt, 0));
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    hearth_food_set_nutrient (food, i, _hearth_store_column_double (stmt, 3 + (int) i));
  hearth_food_set_serving_size (food, _hearth_store_column_double (stmt, 11));
  hearth_food_set_serving_name (food, _hearth_store_column_text (stmt, 12));
  hearth_food_set_favourite (food, sqlite3_column_int (stmt, 13) != 0);
  _hearth_food_set_stamps (food, sqlite3_column_int64 (stmt, 14), sqlite3_column_int64 (stmt, 15));
  _hearth_food_set_fdc_id (food, sqlite3_column_int64 (stmt, 16));
  return food;
}

static void
bind_food (HearthStore  *self,
           sqlite3_stmt *stmt,
           HearthFood   *food,
           gint64        created_at,
           gint64        updated_at)
{
  const HearthNutrients *values = hearth_food_get_nutrients (food);

  _hearth_store_bind_text (self, stmt, 2, hearth_food_get_name (food));
  _hearth_store_bind_text (self, stmt, 3, hearth_amount_unit_to_string (hearth_food_get_per_unit (food)));
  _hearth_store_bind_double (self, stmt, 4, values->energy_kcal);
  for (guint i = HEARTH_NUTRIENT_PROTEIN; i < HEARTH_N_NUTRIENTS; i++)
    {
      double value = hearth_nutrients_get (values, i);

      /* 0 is a value here, not "unknown": bind_double_or_null would drop it. */
      if (isnan (value))
        _hearth_store_bind_null (self, stmt, 4 + (int) i);
      else
        _hearth_store_bind_double (self, stmt, 4 + (int) i, value);
    }
  _hearth_store_bind_double_or_null (self, stmt, 12, hearth_food_get_serving_size (food));
  _hearth_store_bind_text_or_null (self, stmt, 13, hearth_food_get_serving_name (food));
  _hearth_store_bind_int64 (self, stmt, 14, hearth_food_get_favourite (food));
  _hearth_store_bind_int64 (self, stmt, 15, created_at);
  _hearth_store_bind_int64 (self, stmt, 16, updated_at);
}

/* The uuid of the live food named @name, compared case-folded (beyond
 * ASCII: "ÉPINARDS" is "Épinards"), other than @except_uuid; NULL without
 * error when there is none. */
static char *
find_food_by_folded_name (HearthStore  *self,
                          const char   *name,
                          const char   *except_uuid,
                          gboolean      own_only,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, own_only ? SQL_LIVE_OWN_FOOD_NAMES
                                                                       : SQL_LIVE_FOOD_NAMES, error);
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *uuid = _hearth_store_column_text (stmt, 0);
      const char *candidate = _hearth_store_column_text (stmt, 1);
      g_autofree char *folded = NULL;

      if (uuid == NULL || candidate == NULL || g_strcmp0 (uuid, except_uuid) == 0)
        continue;
      folded = g_utf8_casefold (candidate, -1);
      if (g_strcmp0 (folded, wanted) == 0)
        return g_strdup (uuid);
    }
  return NULL;
}

static gboolean
check_name_free (HearthStore  *self,
                 HearthFood   *food,
                 const char   *uuid,
                 GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *taken = find_food_by_folded_name (self, hearth_food_get_name (food), uuid, TRUE,
                                                      &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (taken != NULL)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                   _("There is already a food called “%s”"), hearth_food_get_name (food));
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* Whether @food says what @stored says, "favourite" aside. */
static gboolean
same_food (HearthFood *food,
           HearthFood *stored)
{
  const HearthNutrients *a = hearth_food_get_nutrients (food);
  const HearthNutrients *b = hearth_food_get_nutrients (stored);

  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    if (!same_number (hearth_nutrients_get (a, i), hearth_nutrients_get (b, i)))
      return FALSE;
  return g_strcmp0 (hearth_food_get_name (food), hearth_food_get_name (stored)) == 0 &&
         hearth_food_get_per_unit (food) == hearth_food_get_per_unit (stored) &&
         same_number (hearth_food_get_serving_size (food), hearth_food_get_serving_size (stored)) &&
         g_strcmp0 (hearth_food_get_serving_name (food), hearth_food_get_serving_name (stored)) == 0;
}

/* A reference food is read-only but for "favourite": an update that
 * changes only that is one; any other change is refused. */
static gboolean
update_reference_food (HearthStore  *self,
                       HearthFood   *food,
                       HearthFood   *stored,
                       GError      **error)
{
  if (!same_food (food, stored))
    return _hearth_store_set_reference_read_only (error, hearth_food_get_name (stored));
  if (!hearth_store_set_food_favourite (self, hearth_food_get_uuid (stored),
                                        hearth_food_get_favourite (food), error))
    return FALSE;
  _hearth_food_set_fdc_id (food, hearth_food_get_fdc_id (stored));
  _hearth_food_set_stamps (food, hearth_food_get_created_at (stored), _hearth_store_now_usec (self));
  return TRUE;
}

static gboolean
write_food (HearthStore  *self,
            HearthFood   *food,
            gboolean      insert,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  gint64 now;

  if (!insert && hearth_food_get_uuid (food) != NULL)
    {
      g_autoptr(HearthFood) stored = hearth_store_get_food (self, hearth_food_get_uuid (food), NULL);

      if (stored != NULL && hearth_food_is_reference (stored))
        return update_reference_food (self, food, stored, error);
    }
  if (!hearth_food_validate (food, error))
    return FALSE;
  if (insert)
    uuid = g_uuid_string_random ();
  else if (hearth_food_get_uuid (food) != NULL)
    uuid = g_strdup (hearth_food_get_uuid (food));
  else
    return set_not_found_food (error, hearth_food_get_name (food));
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  if (!check_name_free (self, food, uuid, error))
    goto failed;

  stmt = _hearth_store_prepare (self, insert ? SQL_INSERT_FOOD : SQL_UPDATE_FOOD, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  bind_food (self, stmt, food, insert ? now : hearth_food_get_created_at (food), now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (sqlite3_changes (_hearth_store_get_db (self)) != 1)
    {
      set_not_found_food (error, uuid);
      goto failed;
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_food_set_uuid (food, uuid);
  _hearth_food_set_stamps (food, insert ? now : hearth_food_get_created_at (food), now);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_add_food (HearthStore  *self,
                       HearthFood   *food,
                       GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_FOOD (food), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_food (self, food, TRUE, error);
}

gboolean
hearth_store_update_food (HearthStore  *self,
                          HearthFood   *food,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_FOOD (food), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_food (self, food, FALSE, error);
}

/* One UPDATE of one row by uuid (?1) at now (?2), in its own write. */
static gboolean
change_one (HearthStore  *self,
            const char   *static_sql,
            const char   *uuid,
            gboolean    (*not_found) (GError **, const char *),
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  stmt = _hearth_store_prepare (self, static_sql, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (sqlite3_changes (_hearth_store_get_db (self)) != 1)
    {
      not_found (error, uuid);
      goto failed;
    }
  return _hearth_store_commit (self, error);

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_delete_food (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_check_not_reference (self, uuid, error))
    return FALSE;
  return change_one (self, SQL_DELETE_FOOD, uuid, set_not_found_food, error);
}

gboolean
hearth_store_undelete_food (HearthStore  *self,
                            const char   *uuid,
                            GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_check_not_reference (self, uuid, error))
    return FALSE;
  return change_one (self, SQL_UNDELETE_FOOD, uuid, set_not_found_food, error);
}

gboolean
hearth_store_set_food_favourite (HearthStore  *self,
                                 const char   *uuid,
                                 gboolean      favourite,
                                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  stmt = _hearth_store_prepare (self, SQL_SET_FAVOURITE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, favourite ? 1 : 0);
  _hearth_store_bind_int64 (self, stmt, 3, _hearth_store_now_usec (self));
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (sqlite3_changes (_hearth_store_get_db (self)) != 1)
    {
      set_not_found_food (error, uuid);
      goto failed;
    }
  return _hearth_store_commit (self, error);

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

/* The first column of the first row of @static_sql bound to @text or
 * @number; FALSE with @error on failure, *value 0 without a row. */
static gboolean
query_one_int (HearthStore  *self,
               const char   *static_sql,
               const char   *text,
               gint64        number,
               gint64       *value,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, static_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (text != NULL)
    _hearth_store_bind_text (self, stmt, 1, text);
  else
    _hearth_store_bind_int64 (self, stmt, 1, number);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
hearth_store_purge_food (HearthStore  *self,
                         const char   *uuid,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 food_id = 0, meals = 0, recipes = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  if (!_hearth_store_check_not_reference (self, uuid, error) ||
      !query_one_int (self, SQL_FOOD_ID_ANY, uuid, 0, &food_id, error))
    goto failed;
  if (food_id == 0)
    {
      set_not_found_food (error, uuid);
      goto failed;
    }
  if (!query_one_int (self, SQL_FOOD_MEAL_COUNT, NULL, food_id, &meals, error))
    goto failed;
  if (meals > 0)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This food is used by %u meal: it cannot be removed for good",
                                "This food is used by %u meals: it cannot be removed for good",
                                (gulong) meals),
                   (guint) MIN (meals, G_MAXUINT));
      goto failed;
    }
  if (!query_one_int (self, SQL_FOOD_RECIPE_COUNT, NULL, food_id, &recipes, error))
    goto failed;
  if (recipes > 0)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This food is used by %u recipe: it cannot be removed for good",
                                "This food is used by %u recipes: it cannot be removed for good",
                                (gulong) recipes),
                   (guint) MIN (recipes, G_MAXUINT));
      goto failed;
    }
  stmt = _hearth_store_prepare (self, SQL_PURGE_FOOD, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, food_id);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  return _hearth_store_commit (self, error);

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

/* The one food @static_sql finds for @key, or NULL with NOT_FOUND naming @key. */
static HearthFood *
get_one_food (HearthStore  *self,
              const char   *static_sql,
              const char   *key,
              GError      **error)
{
  g_autoptr(HearthStoreRead) read = _hearth_store_read (self, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (read == NULL)
    return NULL;
  stmt = _hearth_store_prepare (self, static_sql, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_text (self, stmt, 1, key);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_not_found_food (error, key);
      return NULL;
    }
  return food_from_row (stmt);
}

HearthFood *
hearth_store_get_food (HearthStore  *self,
                       const char   *uuid,
                       GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_one_food (self, SQL_FOOD_BY_UUID, uuid, error);
}

HearthFood *
hearth_store_find_food (HearthStore  *self,
                        const char   *name,
                        GError      **error)
{
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  normalized = hearth_profile_normalize_name (name);
  {
    g_autoptr(HearthStoreRead) read = _hearth_store_read (self, error);
    g_autoptr(GError) local_error = NULL;
    g_autofree char *uuid = NULL;
    HearthFood *food;

    if (read == NULL)
      return NULL;
    /* The same letters first (an index seek), then case-folded. */
    food = get_one_food (self, SQL_FOOD_BY_NAME, normalized, &local_error);
    if (food != NULL || !g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
      {
        if (local_error != NULL)
          g_propagate_error (error, g_steal_pointer (&local_error));
        return food;
      }
    g_clear_error (&local_error);
    uuid = find_food_by_folded_name (self, normalized, NULL, FALSE, &local_error);
    if (uuid != NULL)
      return get_one_food (self, SQL_FOOD_BY_UUID, uuid, error);
    if (local_error != NULL)
      g_propagate_error (error, g_steal_pointer (&local_error));
    else
      set_not_found_food (error, normalized);
    return NULL;
  }
}

/* Every row of @stmt (bound already) as HearthFood. */
static GListModel *
collect_foods (HearthStore   *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(GListStore) foods = g_list_store_new (HEARTH_TYPE_FOOD);
  int rc;

  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(HearthFood) food = food_from_row (stmt);

      g_list_store_append (foods, food);
    }
  if (rc < 0)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&foods));
}

GListModel *
hearth_store_list_foods (HearthStore  *self,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _hearth_store_prepare (self, SQL_LIST_FOODS, error);
  if (stmt == NULL)
    return NULL;
  return collect_foods (self, stmt, error);
}

GListModel *
hearth_store_list_reference_foods (HearthStore  *self,
                                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _hearth_store_prepare (self, SQL_LIST_REFERENCE_FOODS, error);
  if (stmt == NULL)
    return NULL;
  return collect_foods (self, stmt, error);
}

/* Scripts whose words are not separated by spaces: matched by substring. */
static gboolean
needs_substring_match (const char *query)
{
  for (const char *p = query; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
          script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_HANGUL ||
          script == G_UNICODE_SCRIPT_BOPOMOFO || script == G_UNICODE_SCRIPT_THAI)
        return TRUE;
    }
  return FALSE;
}

/* "creme fr" -> "creme"* "fr"*: each word a quoted prefix (so nothing typed
 * is read as FTS5 syntax). NULL when there is no word. *first_word is the
 * LIKE pattern of names that start with the first word ("creme%"): among
 * reference foods they come first ("rice" finds "Rice, white …" before
 * "Babyfood, cereal, rice …"); cheaper than bm25 over thousands of rows. */
static char *
build_match (const char  *query,
             char       **first_word)
{
  g_autoptr(GString) match = g_string_new (NULL);
  const char *p = query;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          if (match->len == 0)
            *first_word = g_strdup_printf ("%.*s%%", (int) (p - start), start);
          if (match->len > 0)
            g_string_append_c (match, ' ');
          g_string_append_c (match, '"');
          g_string_append_len (match, start, p - start);
          g_string_append (match, "\"*");
        }
    }
  return match->len > 0 ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

GListModel *
hearth_store_search_foods (HearthStore  *self,
                           const char   *query,
                           guint         limit,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *match = NULL;
  g_autofree char *first_word = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  normalized = g_utf8_normalize (query != NULL ? query : "", -1, G_NORMALIZE_NFC);
  if (normalized == NULL)
    normalized = g_strdup ("");
  g_strstrip (normalized);

  if (normalized[0] != '\0' && needs_substring_match (normalized))
    {
      stmt = _hearth_store_prepare (self, SQL_SEARCH_SUBSTRING, error);
      if (stmt != NULL)
        _hearth_store_bind_text (self, stmt, 1, normalized);
    }
  else if ((match = build_match (normalized, &first_word)) != NULL)
    {
      stmt = _hearth_store_prepare (self, SQL_SEARCH_FTS, error);
      if (stmt != NULL)
        {
          _hearth_store_bind_text (self, stmt, 1, match);
          _hearth_store_bind_text (self, stmt, 3, first_word);
        }
    }
  else
    stmt = _hearth_store_prepare (self, SQL_SEARCH_ALL, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 2, limit);
  return collect_foods (self, stmt, error);
}

/* Levenshtein distance between two arrays of characters. */
static guint
edit_distance (const gunichar *a, glong na,
               const gunichar *b, glong nb)
{
  g_autofree guint *row = g_new (guint, nb + 1);

  for (glong j = 0; j <= nb; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= na; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (glong j = 1; j <= nb; j++)
        {
          guint above = row[j];
          guint best = MIN (row[j] + 1, row[j - 1] + 1);

          row[j] = MIN (best, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
          diagonal = above;
        }
    }
  return row[nb];
}

typedef struct
{
  char     *name;
  guint     score;
  gboolean  reference;
} Suggestion;

/* Closest first; as close, the family's own foods before reference foods. */
static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const Suggestion *x = a, *y = b;

  if (x->score != y->score)
    return x->score < y->score ? -1 : 1;
  if (x->reference != y->reference)
    return x->reference ? 1 : -1;
  return g_utf8_collate (x->name, y->name);
}

GStrv
hearth_store_suggest_foods (HearthStore  *self,
                            const char   *name,
                            guint         max,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Suggestion));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *wanted_folded = NULL;
  g_autofree gunichar *wanted = NULL;
  glong n_wanted = 0;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  wanted_folded = g_utf8_casefold (name, -1);
  wanted = g_utf8_to_ucs4_fast (wanted_folded, -1, &n_wanted);

  stmt = _hearth_store_prepare (self, SQL_FOOD_NAMES, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *candidate = _hearth_store_column_text (stmt, 0);
      g_autofree char *folded = g_utf8_casefold (candidate != NULL ? candidate : "", -1);
      g_autofree gunichar *chars = NULL;
      glong n_chars = 0;
      guint distance, allowed;

      chars = g_utf8_to_ucs4_fast (folded, -1, &n_chars);
      distance = edit_distance (wanted, n_wanted, chars, n_chars);
      allowed = MAX (2, (guint) MAX (n_wanted, n_chars) / 3);
      if (n_wanted > 0 && strstr (folded, wanted_folded) != NULL)
        distance = 1;   /* a part of the name: as close as one typing mistake */
      if (distance <= allowed)
        {
          Suggestion s = { g_strdup (candidate), distance, sqlite3_column_int (stmt, 1) != 0 };

          g_array_append_val (found, s);
        }
    }
  if (rc < 0)
    {
      for (guint i = 0; i < found->len; i++)
        g_free (g_array_index (found, Suggestion, i).name);
      return NULL;
    }
  g_array_sort (found, compare_suggestions);
  for (guint i = 0; i < found->len; i++)
    {
      Suggestion *s = &g_array_index (found, Suggestion, i);

      if (i < max)
        g_strv_builder_add (builder, s->name);
      g_free (s->name);
    }
  return g_strv_builder_end (builder);
}

/* Meals ------------------------------------------------------------------ */

static gboolean
load_items (HearthStore  *self,
            HearthMeal   *meal,
            gint64        meal_id,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_MEAL_ITEMS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, meal_id);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthMealItem *item = hearth_meal_item_new ();

      item->uuid = g_strdup (_hearth_store_column_text (stmt, 0));
      item->food_uuid = g_strdup (_hearth_store_column_text (stmt, 1));
      item->name = g_strdup (_hearth_store_column_text (stmt, 2));
      item->amount = sqlite3_column_double (stmt, 3);
      if (!hearth_amount_unit_from_string (_hearth_store_column_text (stmt, 4), &item->unit))
        item->unit = HEARTH_AMOUNT_UNIT_GRAM;   /* the schema's CHECK allows nothing else */
      item->base_amount = item->unit == HEARTH_AMOUNT_UNIT_SERVING ? NAN : item->amount;
      for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
        hearth_nutrients_set (&item->nutrients, i, _hearth_store_column_double (stmt, 5 + (int) i));
      hearth_meal_add_item (meal, item);
    }
  return rc >= 0;
}

/* A meal from a row of MEAL_COLUMNS, with its items; NULL with CORRUPT
 * naming the row when it cannot be read. */
static HearthMeal *
meal_from_row (HearthStore   *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(HearthMeal) meal = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  const char *uuid = _hearth_store_column_text (stmt, 1);
  HearthMealType type;

  taken_at = hearth_usec_to_date_time_offset (sqlite3_column_int64 (stmt, 5), sqlite3_column_int (stmt, 6));
  if (uuid == NULL || taken_at == NULL ||
      !hearth_meal_type_from_string (_hearth_store_column_text (stmt, 3), &type))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("The meal “%s” in %s cannot be read"), uuid != NULL ? uuid : "", self->path);
      return NULL;
    }
  meal = hearth_meal_new (_hearth_store_column_text (stmt, 2), type, taken_at);
  _hearth_meal_set_uuid (meal, uuid);
  hearth_meal_set_custom_name (meal, _hearth_store_column_text (stmt, 4));
  hearth_meal_set_note (meal, _hearth_store_column_text (stmt, 7));
  if (!load_items (self, meal, sqlite3_column_int64 (stmt, 0), error))
    return NULL;
  return g_steal_pointer (&meal);
}

/* Fills in each item that names a food from the food as it is now. */
static gboolean
resolve_items (HearthStore  *self,
               HearthMeal   *meal,
               GError      **error)
{
  GPtrArray *items = hearth_meal_get_items (meal);

  for (guint i = 0; i < items->len; i++)
    {
      HearthMealItem *item = items->pdata[i];
      g_autoptr(HearthFood) food = NULL;

      if (item->food_uuid == NULL)
        {
          item->base_amount = item->unit == HEARTH_AMOUNT_UNIT_SERVING ? NAN : item->amount;
          continue;
        }
      food = get_one_food (self, SQL_FOOD_BY_UUID, item->food_uuid, error);
      if (food == NULL)
        return FALSE;
      g_free (item->name);
      item->name = g_strdup (hearth_food_get_name (food));
      if (!hearth_food_compute (food, item->amount, item->unit, &item->nutrients, error))
        {
          g_prefix_error (error, "%s: ", item->name);
          return FALSE;
        }
      item->base_amount = hearth_nutrition_amount_in_base (hearth_food_get_per_unit (food),
                                                           hearth_food_get_serving_size (food),
                                                           item->amount, item->unit);
    }
  return TRUE;
}

gboolean
_hearth_store_touch_food (HearthStore  *store,
                          gint64        food_id,
                          gint64        at,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_TOUCH_FOOD, error);

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, food_id);
  _hearth_store_bind_int64 (store, stmt, 2, at);
  return _hearth_store_run (store, stmt, error);
}

static gboolean
insert_items (HearthStore  *self,
              HearthMeal   *meal,
              gint64        meal_id,
              gint64        now,
              GError      **error)
{
  GPtrArray *items = hearth_meal_get_items (meal);

  for (guint i = 0; i < items->len; i++)
    {
      HearthMealItem *item = items->pdata[i];
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *uuid = g_uuid_string_random ();
      gint64 food_id = 0;

      if (item->food_uuid != NULL)
        {
          if (!query_one_int (self, SQL_FOOD_ID_LIVE, item->food_uuid, 0, &food_id, error))
            return FALSE;
          if (food_id == 0)
            return set_not_found_food (error, item->name);
        }
      stmt = _hearth_store_prepare (self, SQL_INSERT_ITEM, error);
      if (stmt == NULL)
        return FALSE;
      _hearth_store_bind_text (self, stmt, 1, uuid);
      _hearth_store_bind_int64 (self, stmt, 2, meal_id);
      if (food_id != 0)
        _hearth_store_bind_int64 (self, stmt, 3, food_id);
      else
        _hearth_store_bind_null (self, stmt, 3);
      _hearth_store_bind_int64 (self, stmt, 4, i);
      _hearth_store_bind_text (self, stmt, 5, item->name);
      _hearth_store_bind_double (self, stmt, 6, item->amount);
      _hearth_store_bind_text (self, stmt, 7, hearth_amount_unit_to_string (item->unit));
      for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
        {
          double value = hearth_nutrients_get (&item->nutrients, n);

          if (isnan (value))
            _hearth_store_bind_null (self, stmt, 8 + (int) n);
          else
            _hearth_store_bind_double (self, stmt, 8 + (int) n, value);
        }
      _hearth_store_bind_int64 (self, stmt, 16, now);
      if (!_hearth_store_run (self, stmt, error))
        return FALSE;
      if (food_id != 0 && !_hearth_store_touch_food (self, food_id, now, error))
        return FALSE;
      g_free (item->uuid);
      item->uuid = g_steal_pointer (&uuid);
    }
  return TRUE;
}

/* Validates and inserts @meal with its items; inside a write. With
 * @resolve, items naming a food take its nutrition now. */
static gboolean
insert_meal (HearthStore  *self,
             HearthMeal   *meal,
             gboolean      resolve,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now_dt = hearth_clock_now (hearth_store_get_clock (self));
  g_autofree char *uuid = g_uuid_string_random ();
  GDateTime *taken_at = hearth_meal_get_taken_at (meal);
  gint64 profile_id, now = _hearth_store_now_usec (self);

  if (hearth_meal_get_profile_uuid (meal) == NULL)
    return _hearth_store_set_not_found_member (error, "");
  profile_id = _hearth_store_resolve_profile_id (self, hearth_meal_get_profile_uuid (meal), error);
  if (profile_id == 0)
    return FALSE;
  if (resolve && !resolve_items (self, meal, error))
    return FALSE;
  if (!hearth_meal_validate (meal, now_dt, error))
    return FALSE;

  stmt = _hearth_store_prepare (self, SQL_INSERT_MEAL, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text (self, stmt, 3, hearth_meal_type_to_string (hearth_meal_get_meal_type (meal)));
  _hearth_store_bind_text_or_null (self, stmt, 4, hearth_meal_get_custom_name (meal));
  _hearth_store_bind_int64 (self, stmt, 5, hearth_usec_from_date_time (taken_at));
  _hearth_store_bind_int64 (self, stmt, 6, g_date_time_get_utc_offset (taken_at) / G_TIME_SPAN_SECOND);
  _hearth_store_bind_int64 (self, stmt, 7, _hearth_local_day (taken_at));
  _hearth_store_bind_text_or_null (self, stmt, 8, hearth_meal_get_note (meal));
  _hearth_store_bind_int64 (self, stmt, 9, now);
  if (!_hearth_store_run (self, stmt, error))
    return FALSE;
  if (!insert_items (self, meal, sqlite3_last_insert_rowid (_hearth_store_get_db (self)), now, error))
    return FALSE;
  _hearth_meal_set_uuid (meal, uuid);
  return TRUE;
}

gboolean
hearth_store_add_meal (HearthStore  *self,
                       HearthMeal   *meal,
                       GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_MEAL (meal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  if (!insert_meal (self, meal, TRUE, error))
    {
      _hearth_store_rollback (self);
      return FALSE;
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_signal_readings_changed (self, hearth_meal_get_profile_uuid (meal));
  _hearth_store_emit_signals (self);
  return TRUE;
}

/* The one meal @static_sql finds (bound by @bind), NULL with *found FALSE
 * when there is none. */
static HearthMeal *
get_one_meal (HearthStore  *self,
              sqlite3_stmt *stmt,
              gboolean     *found,
              GError      **error)
{
  int rc = _hearth_store_step (self, stmt, error);

  *found = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW)
    return NULL;
  return meal_from_row (self, stmt, error);
}

HearthMeal *
hearth_store_get_meal (HearthStore  *self,
                       const char   *uuid,
                       GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthMeal *meal;
  gboolean found;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  stmt = _hearth_store_prepare (self, SQL_MEAL_BY_UUID, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  meal = get_one_meal (self, stmt, &found, error);
  if (!found && (error == NULL || *error == NULL))
    set_not_found_meal (error, uuid);
  return meal;
}

gboolean
hearth_store_delete_meal (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _hearth_store_set_row_deleted (self, SQL_MEAL_STATE, SQL_DELETE_MEAL, uuid, TRUE,
                                        set_not_found_meal, error);
}

gboolean
hearth_store_undelete_meal (HearthStore  *self,
                            const char   *uuid,
                            GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _hearth_store_set_row_deleted (self, SQL_MEAL_STATE, SQL_UNDELETE_MEAL, uuid, FALSE,
                                        set_not_found_meal, error);
}

GListModel *
hearth_store_list_meals (HearthStore  *self,
                         const char   *profile_uuid,
                         gint64        local_day,
                         GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) meals = g_list_store_new (HEARTH_TYPE_MEAL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
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
  stmt = _hearth_store_prepare (self, SQL_MEALS_OF_DAY, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, local_day);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthMeal *meal = meal_from_row (self, stmt, error);

      if (meal == NULL)
        return NULL;
      g_list_store_append (meals, meal);
      g_object_unref (meal);
    }
  if (rc < 0)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&meals));
}

HearthMeal *
hearth_store_find_last_meal (HearthStore    *self,
                             const char     *profile_uuid,
                             HearthMealType  type,
                             gint64          before_day,
                             GError        **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;
  gboolean found;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;
  stmt = _hearth_store_prepare (self, SQL_LAST_MEAL_OF_TYPE, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, before_day);
  _hearth_store_bind_text (self, stmt, 3, hearth_meal_type_to_string (type));
  return get_one_meal (self, stmt, &found, error);
}

HearthMeal *
hearth_store_copy_meal (HearthStore  *self,
                        const char   *uuid,
                        GDateTime    *taken_at,
                        GError      **error)
{
  g_autoptr(HearthMeal) source = NULL;
  g_autoptr(HearthMeal) copy = NULL;
  GPtrArray *items;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (taken_at != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_hearth_store_begin_write (self, error))
    return NULL;
  source = hearth_store_get_meal (self, uuid, error);
  if (source == NULL)
    goto failed;
  copy = hearth_meal_new (hearth_meal_get_profile_uuid (source), hearth_meal_get_meal_type (source), taken_at);
  hearth_meal_set_custom_name (copy, hearth_meal_get_custom_name (source));
  hearth_meal_set_note (copy, hearth_meal_get_note (source));
  items = hearth_meal_get_items (source);
  for (guint i = 0; i < items->len; i++)
    {
      HearthMealItem *item = hearth_meal_item_copy (items->pdata[i]);

      g_clear_pointer (&item->uuid, g_free);
      hearth_meal_add_item (copy, item);
    }
  if (!insert_meal (self, copy, FALSE, error))
    goto failed;
  if (!_hearth_store_commit (self, error))
    return NULL;
  _hearth_store_signal_readings_changed (self, hearth_meal_get_profile_uuid (copy));
  _hearth_store_emit_signals (self);
  return g_steal_pointer (&copy);

failed:
  _hearth_store_rollback (self);
  return NULL;
}

gboolean
hearth_store_get_day_nutrition (HearthStore      *self,
                                const char       *profile_uuid,
                                gint64            local_day,
                                HearthNutrients  *totals,
                                GError          **error)
{
  g_autoptr(GListModel) meals = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (totals != NULL, FALSE);

  meals = hearth_store_list_meals (self, profile_uuid, local_day, error);
  if (meals == NULL)
    return FALSE;
  hearth_nutrients_init_zero (totals);
  for (guint i = 0; i < g_list_model_get_n_items (meals); i++)
    {
      g_autoptr(HearthMeal) meal = g_list_model_get_item (meals, i);
      HearthNutrients part;

      hearth_meal_get_totals (meal, &part);
      hearth_nutrients_add (totals, &part);
    }
  return TRUE;
}

GArray *
hearth_store_get_daily_nutrition (HearthStore  *self,
                                  const char   *profile_uuid,
                                  gint64        from_day,
                                  gint64        to_day,
                                  GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (HearthDayNutrition));
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
  stmt = _hearth_store_prepare (self, SQL_DAILY_NUTRITION, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, from_day);
  _hearth_store_bind_int64 (self, stmt, 3, to_day);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthDayNutrition day = { sqlite3_column_int64 (stmt, 0), (guint) sqlite3_column_int64 (stmt, 1), };
      gint64 items = sqlite3_column_int64 (stmt, 2);

      for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
        {
          /* sum() of no value is NULL: 0, and the day says it lacks some. */
          hearth_nutrients_set (&day.totals, n, sqlite3_column_double (stmt, 3 + (int) n));
          if (sqlite3_column_int64 (stmt, 3 + HEARTH_N_NUTRIENTS + (int) n) < items)
            day.totals.incomplete |= 1u << n;
        }
      g_array_append_val (days, day);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&days);
}
