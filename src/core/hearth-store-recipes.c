/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-diet-private.h"
#include "hearth-store-diet.h"
#include "hearth-store-private.h"
#include "hearth-store-recipes.h"

/* Recipes: foods made of foods (migrations/0006-recipes.sql). The recipe's
 * food row holds one portion, computed here when the recipe is saved. */

#define RECIPE_COLUMNS \
  "r.id, r.uuid, f.uuid, f.name, r.portions, r.cooked_weight_g, f.favourite, " \
  "f.energy_kcal, f.protein_g, f.carbohydrate_g, f.sugars_g, f.fat_g, f.saturated_fat_g, " \
  "f.fibre_g, f.sodium_mg, r.created_at, r.updated_at"

static const char SQL_RECIPE_BY_UUID[] =
  "SELECT " RECIPE_COLUMNS " FROM recipes r JOIN foods f ON f.id = r.food_id "
  "WHERE r.uuid = ?1 AND r.deleted_at IS NULL AND f.deleted_at IS NULL";
static const char SQL_RECIPE_BY_FOOD[] =
  "SELECT " RECIPE_COLUMNS " FROM recipes r JOIN foods f ON f.id = r.food_id "
  "WHERE f.uuid = ?1 AND r.deleted_at IS NULL AND f.deleted_at IS NULL";
static const char SQL_LIST_RECIPES[] =
  "SELECT " RECIPE_COLUMNS " FROM recipes r JOIN foods f ON f.id = r.food_id "
  "WHERE r.deleted_at IS NULL AND f.deleted_at IS NULL ORDER BY f.name COLLATE NOCASE";
static const char SQL_RECIPE_ITEMS[] =
  "SELECT f.uuid, f.name, i.amount, i.unit FROM recipe_items i JOIN foods f ON f.id = i.food_id "
  "WHERE i.recipe_id = ?1 AND i.deleted_at IS NULL ORDER BY i.position";
static const char SQL_LIVE_FOOD_ID[] =
  "SELECT id FROM foods WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_INSERT_RECIPE[] =
  "INSERT INTO recipes (uuid, food_id, portions, cooked_weight_g, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?5)";
static const char SQL_UPDATE_RECIPE[] =
  "UPDATE recipes SET portions = ?2, cooked_weight_g = ?3, updated_at = ?4 WHERE id = ?1";
static const char SQL_DROP_RECIPE_ITEMS[] =
  "UPDATE recipe_items SET deleted_at = ?2, updated_at = ?2 WHERE recipe_id = ?1 AND deleted_at IS NULL";
static const char SQL_INSERT_RECIPE_ITEM[] =
  "INSERT INTO recipe_items (uuid, recipe_id, food_id, position, amount, unit, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)";
static const char SQL_FOOD_ITEMS[] =
  "SELECT id, amount, unit FROM meal_items WHERE food_id = ?1";
static const char SQL_UPDATE_ITEM_NUTRITION[] =
  "UPDATE meal_items SET name = ?2, energy_kcal = ?3, protein_g = ?4, carbohydrate_g = ?5, "
  "sugars_g = ?6, fat_g = ?7, saturated_fat_g = ?8, fibre_g = ?9, sodium_mg = ?10, updated_at = ?11 "
  "WHERE id = ?1";

const char * const *
_hearth_store_recipes_queries_for_testing (void)
{
  static const char * const queries[] = {
    SQL_RECIPE_BY_UUID, SQL_RECIPE_BY_FOOD, SQL_RECIPE_ITEMS, SQL_FOOD_ITEMS, SQL_DROP_RECIPE_ITEMS, NULL,
  };

  return queries;
}

static gboolean
set_not_found_recipe (GError     **error,
                      const char  *what)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No recipe “%s”"), what);
  return FALSE;
}

static void
bind_nutrient (HearthStore  *self,
               sqlite3_stmt *stmt,
               int           index,
               double        value)
{
  /* 0 is a value here, not "unknown". */
  if (isnan (value))
    _hearth_store_bind_null (self, stmt, index);
  else
    _hearth_store_bind_double (self, stmt, index, value);
}

/* The row id @static_sql gives for @text; 0 without a row. */
static gboolean
lookup_id (HearthStore  *self,
           const char   *static_sql,
           const char   *text,
           gint64       *id,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, static_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, text);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  *id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

/* Fills the ingredients' names and @recipe's nutrition from the foods as
 * they are now; @recipe->food_uuid is its own food (NULL when new). */
static gboolean
compute_recipe (HearthStore   *self,
                HearthRecipe  *recipe,
                GError       **error)
{
  HearthNutrients total;

  hearth_nutrients_init_zero (&total);
  for (guint i = 0; i < recipe->items->len; i++)
    {
      HearthRecipeItem *item = recipe->items->pdata[i];
      g_autoptr(HearthFood) food = NULL;
      HearthNutrients part;
      double base;

      if (recipe->food_uuid != NULL && g_strcmp0 (item->food_uuid, recipe->food_uuid) == 0)
        {
          g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                               _("A recipe cannot be one of its own ingredients"));
          return FALSE;
        }
      food = hearth_store_get_food (self, item->food_uuid, error);
      if (food == NULL)
        return FALSE;
      g_free (item->name);
      item->name = g_strdup (hearth_food_get_name (food));
      if (!hearth_food_compute (food, item->amount, item->unit, &part, error))
        {
          g_prefix_error (error, "%s: ", item->name);
          return FALSE;
        }
      base = hearth_nutrition_amount_in_base (hearth_food_get_per_unit (food),
                                              hearth_food_get_serving_size (food),
                                              item->amount, item->unit);
      if (base > HEARTH_MEAL_ITEM_MAX_G)
        {
          g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                       _("%s: one ingredient can be at most %.0f kg or %.0f servings"),
                       item->name, HEARTH_MEAL_ITEM_MAX_G / 1000, HEARTH_MEAL_ITEM_MAX_SERVINGS);
          return FALSE;
        }
      hearth_nutrients_add (&total, &part);
    }
  if (!hearth_recipe_compute (&total, recipe->portions, recipe->cooked_weight_g,
                              &recipe->per_portion, &recipe->per_100g, error))
    return FALSE;
  if (recipe->per_portion.energy_kcal > HEARTH_FOOD_MAX_KCAL_PER_SERVING)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_PORTIONS,
                   _("One portion would be %.0f kcal (at most %.0f): divide the dish into more portions"),
                   recipe->per_portion.energy_kcal, HEARTH_FOOD_MAX_KCAL_PER_SERVING);
      return FALSE;
    }
  recipe->total = total;
  return TRUE;
}

/* The food a recipe is logged as: one portion; a nutrient some ingredient
 * did not state is not stated (NAN) rather than a lower bound. */
static void
fill_food (HearthFood         *food,
           const HearthRecipe *recipe)
{
  hearth_food_set_name (food, recipe->name);
  hearth_food_set_per_unit (food, HEARTH_AMOUNT_UNIT_SERVING);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    hearth_food_set_nutrient (food, i, (recipe->per_portion.incomplete & (1u << i)) != 0
                                       ? NAN : hearth_nutrients_get (&recipe->per_portion, i));
  hearth_food_set_serving_size (food, recipe->cooked_weight_g / recipe->portions);
  hearth_food_set_favourite (food, recipe->favourite);
}

static gboolean
insert_items (HearthStore   *self,
              HearthRecipe  *recipe,
              gint64         recipe_id,
              gint64         now,
              GError       **error)
{
  for (guint i = 0; i < recipe->items->len; i++)
    {
      HearthRecipeItem *item = recipe->items->pdata[i];
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *uuid = g_uuid_string_random ();
      gint64 food_id = 0;

      if (!lookup_id (self, SQL_LIVE_FOOD_ID, item->food_uuid, &food_id, error))
        return FALSE;
      if (food_id == 0)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                       _("No food “%s”"), item->food_uuid);
          return FALSE;
        }
      stmt = _hearth_store_prepare (self, SQL_INSERT_RECIPE_ITEM, error);
      if (stmt == NULL)
        return FALSE;
      _hearth_store_bind_text (self, stmt, 1, uuid);
      _hearth_store_bind_int64 (self, stmt, 2, recipe_id);
      _hearth_store_bind_int64 (self, stmt, 3, food_id);
      _hearth_store_bind_int64 (self, stmt, 4, i);
      _hearth_store_bind_double (self, stmt, 5, item->amount);
      _hearth_store_bind_text (self, stmt, 6, hearth_amount_unit_to_string (item->unit));
      _hearth_store_bind_int64 (self, stmt, 7, now);
      if (!_hearth_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The recipe row's id and created_at for @uuid, its food's uuid. */
static gboolean
find_recipe_row (HearthStore  *self,
                 const char   *uuid,
                 gint64       *id,
                 char        **food_uuid,
                 gint64       *created_at,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_RECIPE_BY_UUID, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return set_not_found_recipe (error, uuid);
  *id = sqlite3_column_int64 (stmt, 0);
  *food_uuid = g_strdup (_hearth_store_column_text (stmt, 2));
  *created_at = sqlite3_column_int64 (stmt, 15);
  return TRUE;
}

static gboolean
write_recipe (HearthStore   *self,
              HearthRecipe  *recipe,
              gboolean       insert,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(HearthFood) food = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *old_food_uuid = NULL;
  gint64 now = _hearth_store_now_usec (self);
  gint64 recipe_id = 0, food_id = 0, created_at = now;

  if (!hearth_recipe_validate (recipe, error))
    return FALSE;
  if (!insert && recipe->uuid == NULL)
    return set_not_found_recipe (error, recipe->name);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!insert)
    {
      if (!find_recipe_row (self, recipe->uuid, &recipe_id, &old_food_uuid, &created_at, error))
        goto failed;
      g_free (recipe->food_uuid);
      recipe->food_uuid = g_strdup (old_food_uuid);
    }
  if (!compute_recipe (self, recipe, error))
    goto failed;

  if (insert)
    {
      food = hearth_food_new (recipe->name, HEARTH_AMOUNT_UNIT_SERVING);
      fill_food (food, recipe);
      if (!hearth_store_add_food (self, food, error))
        goto failed;
      uuid = g_uuid_string_random ();
      stmt = _hearth_store_prepare (self, SQL_INSERT_RECIPE, error);
      if (stmt == NULL)
        goto failed;
      if (!lookup_id (self, SQL_LIVE_FOOD_ID, hearth_food_get_uuid (food), &food_id, error))
        goto failed;
      _hearth_store_bind_text (self, stmt, 1, uuid);
      _hearth_store_bind_int64 (self, stmt, 2, food_id);
      _hearth_store_bind_double (self, stmt, 3, recipe->portions);
      _hearth_store_bind_double_or_null (self, stmt, 4, recipe->cooked_weight_g);
      _hearth_store_bind_int64 (self, stmt, 5, now);
      if (!_hearth_store_run (self, stmt, error))
        goto failed;
      recipe_id = sqlite3_last_insert_rowid (_hearth_store_get_db (self));
    }
  else
    {
      food = hearth_store_get_food (self, old_food_uuid, error);
      if (food == NULL)
        goto failed;
      fill_food (food, recipe);
      if (!hearth_store_update_food (self, food, error))
        goto failed;
      stmt = _hearth_store_prepare (self, SQL_UPDATE_RECIPE, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, recipe_id);
      _hearth_store_bind_double (self, stmt, 2, recipe->portions);
      _hearth_store_bind_double_or_null (self, stmt, 3, recipe->cooked_weight_g);
      _hearth_store_bind_int64 (self, stmt, 4, now);
      if (!_hearth_store_run (self, stmt, error))
        goto failed;
      g_clear_pointer (&stmt, _hearth_store_release_statement);
      stmt = _hearth_store_prepare (self, SQL_DROP_RECIPE_ITEMS, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, recipe_id);
      _hearth_store_bind_int64 (self, stmt, 2, now);
      if (!_hearth_store_run (self, stmt, error))
        goto failed;
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (!insert_items (self, recipe, recipe_id, now, error))
    goto failed;
  if (!_hearth_store_commit (self, error))
    return FALSE;

  if (insert)
    {
      g_free (recipe->uuid);
      recipe->uuid = g_steal_pointer (&uuid);
      g_free (recipe->food_uuid);
      recipe->food_uuid = g_strdup (hearth_food_get_uuid (food));
    }
  g_free (recipe->name);
  recipe->name = g_strdup (hearth_food_get_name (food));
  recipe->created_at = created_at;
  recipe->updated_at = now;
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  if (!insert)
    {
      g_free (recipe->food_uuid);
      recipe->food_uuid = g_steal_pointer (&old_food_uuid);
    }
  return FALSE;
}

gboolean
hearth_store_add_recipe (HearthStore   *self,
                         HearthRecipe  *recipe,
                         GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (recipe != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_recipe (self, recipe, TRUE, error);
}

gboolean
hearth_store_update_recipe (HearthStore   *self,
                            HearthRecipe  *recipe,
                            GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (recipe != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_recipe (self, recipe, FALSE, error);
}

/* A recipe from a row of RECIPE_COLUMNS, with its ingredients. */
static HearthRecipe *
recipe_from_row (HearthStore   *self,
                 sqlite3_stmt  *row,
                 GError       **error)
{
  g_autoptr(HearthRecipe) recipe = hearth_recipe_new (_hearth_store_column_text (row, 3),
                                                      sqlite3_column_double (row, 4));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  recipe->uuid = g_strdup (_hearth_store_column_text (row, 1));
  recipe->food_uuid = g_strdup (_hearth_store_column_text (row, 2));
  recipe->cooked_weight_g = _hearth_store_column_double (row, 5);
  recipe->favourite = sqlite3_column_int (row, 6) != 0;
  recipe->created_at = sqlite3_column_int64 (row, 15);
  recipe->updated_at = sqlite3_column_int64 (row, 16);
  hearth_nutrients_init_zero (&recipe->per_portion);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    {
      double value = _hearth_store_column_double (row, 7 + (int) i);

      if (isnan (value))
        recipe->per_portion.incomplete |= 1u << i;
      else
        hearth_nutrients_set (&recipe->per_portion, i, value);
    }
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    hearth_nutrients_set (&recipe->total, i, hearth_nutrients_get (&recipe->per_portion, i) * recipe->portions);
  recipe->total.incomplete = recipe->per_portion.incomplete;
  if (!isnan (recipe->cooked_weight_g))
    {
      for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
        hearth_nutrients_set (&recipe->per_100g, i,
                              hearth_nutrients_get (&recipe->total, i) * 100 / recipe->cooked_weight_g);
      recipe->per_100g.incomplete = recipe->per_portion.incomplete;
    }

  stmt = _hearth_store_prepare (self, SQL_RECIPE_ITEMS, error);
  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, sqlite3_column_int64 (row, 0));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthAmountUnit unit = HEARTH_AMOUNT_UNIT_GRAM;
      HearthRecipeItem *item;

      if (!hearth_amount_unit_from_string (_hearth_store_column_text (stmt, 3), &unit))
        unit = HEARTH_AMOUNT_UNIT_GRAM;   /* the schema's CHECK allows nothing else */
      hearth_recipe_add_item (recipe, _hearth_store_column_text (stmt, 0),
                              sqlite3_column_double (stmt, 2), unit);
      item = recipe->items->pdata[recipe->items->len - 1];
      item->name = g_strdup (_hearth_store_column_text (stmt, 1));
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&recipe);
}

static HearthRecipe *
get_one_recipe (HearthStore  *self,
                const char   *static_sql,
                const char   *key,
                gboolean      absent_is_error,
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
      if (absent_is_error)
        set_not_found_recipe (error, key);
      return NULL;
    }
  return recipe_from_row (self, stmt, error);
}

HearthRecipe *
hearth_store_get_recipe (HearthStore  *self,
                         const char   *uuid,
                         GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_one_recipe (self, SQL_RECIPE_BY_UUID, uuid, TRUE, error);
}

HearthRecipe *
hearth_store_get_recipe_of_food (HearthStore  *self,
                                 const char   *food_uuid,
                                 GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (food_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_one_recipe (self, SQL_RECIPE_BY_FOOD, food_uuid, FALSE, error);
}

GPtrArray *
hearth_store_list_recipes (HearthStore  *self,
                           GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) recipes = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  stmt = _hearth_store_prepare (self, SQL_LIST_RECIPES, error);
  if (stmt == NULL)
    return NULL;
  recipes = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_recipe_free);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthRecipe *recipe = recipe_from_row (self, stmt, error);

      if (recipe == NULL)
        return NULL;
      g_ptr_array_add (recipes, recipe);
    }
  if (rc < 0)
    return NULL;
  return g_steal_pointer (&recipes);
}

typedef struct
{
  gint64           id;
  double           amount;
  HearthAmountUnit unit;
} LoggedItem;

gboolean
hearth_store_update_past_meals (HearthStore  *self,
                                const char   *food_uuid,
                                guint        *n_items,
                                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(HearthFood) food = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (LoggedItem));
  gint64 food_id = 0;
  gint64 now;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (food_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = _hearth_store_now_usec (self);
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  food = hearth_store_get_food (self, food_uuid, error);
  if (food == NULL)
    goto failed;
  if (!lookup_id (self, SQL_LIVE_FOOD_ID, food_uuid, &food_id, error))
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_FOOD_ITEMS, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, food_id);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      LoggedItem item = { sqlite3_column_int64 (stmt, 0), sqlite3_column_double (stmt, 1),
                          HEARTH_AMOUNT_UNIT_GRAM };

      if (!hearth_amount_unit_from_string (_hearth_store_column_text (stmt, 2), &item.unit))
        item.unit = HEARTH_AMOUNT_UNIT_GRAM;   /* the schema's CHECK allows nothing else */
      g_array_append_val (items, item);
    }
  if (rc < 0)
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  for (guint i = 0; i < items->len; i++)
    {
      const LoggedItem *item = &g_array_index (items, LoggedItem, i);
      HearthNutrients values;

      if (!hearth_food_compute (food, item->amount, item->unit, &values, error))
        {
          g_prefix_error (error, _("Past meals of %s cannot be updated: "), hearth_food_get_name (food));
          goto failed;
        }
      stmt = _hearth_store_prepare (self, SQL_UPDATE_ITEM_NUTRITION, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, item->id);
      _hearth_store_bind_text (self, stmt, 2, hearth_food_get_name (food));
      for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
        bind_nutrient (self, stmt, 3 + (int) n, hearth_nutrients_get (&values, n));
      _hearth_store_bind_int64 (self, stmt, 11, now);
      if (!_hearth_store_run (self, stmt, error))
        goto failed;
      g_clear_pointer (&stmt, _hearth_store_release_statement);
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;
  if (n_items != NULL)
    *n_items = items->len;
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}
