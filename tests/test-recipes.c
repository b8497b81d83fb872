/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-recipes"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-diet-private.h"
#include "hearth-store-private.h"
#include "hearth-store-recipes.h"
#include "store-fixture.h"

/* Recipes: the arithmetic per portion and per 100 g cooked with
 * hand-computed numbers, bad input, then recipes in the store and in
 * meals (docs/clinical.md#diet). */

#define EPS 1e-9

static HearthFood *
add_food (Fixture              *f,
          const char           *name,
          HearthAmountUnit      per_unit,
          HearthNutrients       values,
          double                serving_size)
{
  g_autoptr(HearthFood) food = hearth_food_new (name, per_unit);
  g_autoptr(GError) error = NULL;

  hearth_food_set_nutrients (food, &values);
  hearth_food_set_serving_size (food, serving_size);
  ASSERT_OK (hearth_store_add_food (f->store, food, &error));
  return g_steal_pointer (&food);
}

/* 1068 kcal in all, sugars unknown somewhere: 4 portions of a dish that
 * weighs 900 g cooked. */
static void
test_recipe_arithmetic (void)
{
  HearthNutrients total = { 1068, 40, 120, 2, 30, 8, 3, 900, 1u << HEARTH_NUTRIENT_SUGARS };
  HearthNutrients portion, hundred;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_recipe_compute (&total, 4, 900, &portion, &hundred, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (portion.energy_kcal, 267, EPS);
  g_assert_cmpfloat_with_epsilon (portion.protein_g, 10, EPS);
  g_assert_cmpfloat_with_epsilon (portion.carbohydrate_g, 30, EPS);
  g_assert_cmpfloat_with_epsilon (portion.sodium_mg, 225, EPS);
  g_assert_cmpfloat_with_epsilon (hundred.energy_kcal, 1068.0 * 100 / 900, EPS);
  g_assert_cmpfloat_with_epsilon (hundred.fat_g, 30.0 * 100 / 900, EPS);
  g_assert_cmpfloat_with_epsilon (hundred.sodium_mg, 100, EPS);
  /* What the total did not know stays a lower bound. */
  g_assert_cmpuint (portion.incomplete, ==, 1u << HEARTH_NUTRIENT_SUGARS);
  g_assert_cmpuint (hundred.incomplete, ==, 1u << HEARTH_NUTRIENT_SUGARS);

  /* Half portions are portions too. */
  g_assert_true (hearth_recipe_compute (&total, 2.5, 900, &portion, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (portion.energy_kcal, 427.2, EPS);
}

/* Without a cooked weight there is no "per 100 g cooked": every value
 * unknown, per portion as before. */
static void
test_recipe_no_cooked_weight (void)
{
  HearthNutrients total = { 600, 12, 90, 6, 18, 3, 4, 800, 0 };
  HearthNutrients portion, hundred;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_recipe_compute (&total, 3, NAN, &portion, &hundred, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (portion.energy_kcal, 200, EPS);
  g_assert_cmpfloat_with_epsilon (portion.fibre_g, 4.0 / 3, EPS);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    g_assert_true (isnan (hearth_nutrients_get (&hundred, i)));
}

static void
assert_compute_refused (double portions,
                        double cooked_weight_g,
                        int    code)
{
  HearthNutrients total = { 800, 10, 100, 5, 30, 10, 4, 500, 0 };
  HearthNutrients portion = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_recipe_compute (&total, portions, cooked_weight_g, &portion, NULL, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpfloat (portion.energy_kcal, ==, 0);  /* nothing written */
}

static void
test_recipe_bad_numbers (void)
{
  assert_compute_refused (0, 900, HEARTH_DIET_ERROR_PORTIONS);
  assert_compute_refused (-2, 900, HEARTH_DIET_ERROR_PORTIONS);
  assert_compute_refused (NAN, 900, HEARTH_DIET_ERROR_PORTIONS);
  assert_compute_refused (INFINITY, 900, HEARTH_DIET_ERROR_PORTIONS);
  assert_compute_refused (101, 900, HEARTH_DIET_ERROR_PORTIONS);
  assert_compute_refused (4, 0, HEARTH_DIET_ERROR_COOKED_WEIGHT);
  assert_compute_refused (4, -900, HEARTH_DIET_ERROR_COOKED_WEIGHT);
  assert_compute_refused (4, 20001, HEARTH_DIET_ERROR_COOKED_WEIGHT);
  /* 800 kcal in 80 g is 1000 kcal per 100 g: denser than fat. */
  assert_compute_refused (4, 80, HEARTH_DIET_ERROR_COOKED_WEIGHT);
}

static void
assert_invalid (HearthRecipe *recipe,
                int           code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_recipe_validate (recipe, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, code);
}

static void
test_recipe_validate (void)
{
  g_autoptr(HearthRecipe) ok = hearth_recipe_new ("Stew", 4);
  g_autoptr(HearthRecipe) unnamed = hearth_recipe_new ("  ", 4);
  g_autoptr(HearthRecipe) tabbed = hearth_recipe_new ("Ste\tw", 4);
  g_autoptr(HearthRecipe) empty = hearth_recipe_new ("Stew", 4);
  g_autoptr(HearthRecipe) heavy = hearth_recipe_new ("Stew", 4);
  g_autoptr(HearthRecipe) many = hearth_recipe_new ("Stew", 4);
  g_autoptr(HearthRecipe) zero = hearth_recipe_new ("Stew", 0);
  g_autoptr(HearthRecipe) nothing = hearth_recipe_new ("Stew", 4);
  g_autoptr(HearthRecipe) foodless = hearth_recipe_new ("Stew", 4);
  g_autoptr(GError) error = NULL;
  const char *some = "00000000-0000-4000-8000-000000000001";

  hearth_recipe_add_item (ok, some, 5000, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_true (hearth_recipe_validate (ok, &error));
  g_assert_no_error (error);

  hearth_recipe_add_item (unnamed, some, 100, HEARTH_AMOUNT_UNIT_GRAM);
  assert_invalid (unnamed, HEARTH_DIET_ERROR_FOOD);
  hearth_recipe_add_item (tabbed, some, 100, HEARTH_AMOUNT_UNIT_GRAM);
  assert_invalid (tabbed, HEARTH_DIET_ERROR_FOOD);
  assert_invalid (empty, HEARTH_DIET_ERROR_FOOD);
  /* 20 kg of one ingredient, 101 servings, 0 g. */
  hearth_recipe_add_item (heavy, some, 20000, HEARTH_AMOUNT_UNIT_GRAM);
  assert_invalid (heavy, HEARTH_DIET_ERROR_AMOUNT);
  hearth_recipe_add_item (many, some, 101, HEARTH_AMOUNT_UNIT_SERVING);
  assert_invalid (many, HEARTH_DIET_ERROR_AMOUNT);
  hearth_recipe_add_item (nothing, some, 0, HEARTH_AMOUNT_UNIT_GRAM);
  assert_invalid (nothing, HEARTH_DIET_ERROR_AMOUNT);
  hearth_recipe_add_item (zero, some, 100, HEARTH_AMOUNT_UNIT_GRAM);
  assert_invalid (zero, HEARTH_DIET_ERROR_PORTIONS);
  hearth_recipe_add_item (foodless, NULL, 100, HEARTH_AMOUNT_UNIT_GRAM);
  assert_invalid (foodless, HEARTH_DIET_ERROR_FOOD);
}

/* Rice 130 kcal per 100 g; an egg 72 kcal per 50 g serving; oil given per
 * 100 ml without sugars. */
typedef struct
{
  HearthFood *rice;
  HearthFood *egg;
  HearthFood *oil;
} Pantry;

static void
fill_pantry (Fixture *f,
             Pantry  *p)
{
  p->rice = add_food (f, "Rice", HEARTH_AMOUNT_UNIT_GRAM,
                      (HearthNutrients) { 130, 2.7, 28.2, 0.1, 0.3, 0.1, 0.4, 1, 0 }, NAN);
  p->egg = add_food (f, "Egg", HEARTH_AMOUNT_UNIT_SERVING,
                     (HearthNutrients) { 72, 6.3, 0.4, 0.2, 4.8, 1.6, 0, 71, 0 }, 50);
  p->oil = add_food (f, "Oil", HEARTH_AMOUNT_UNIT_MILLILITRE,
                     (HearthNutrients) { 824, 0, 0, NAN, 91.6, 13, 0, 0, 0 }, NAN);
}

static void
clear_pantry (Pantry *p)
{
  g_clear_object (&p->rice);
  g_clear_object (&p->egg);
  g_clear_object (&p->oil);
}

/* Egg fried rice: 600 g rice (780 kcal), 4 eggs (288), 20 ml oil (164.8):
 * 1232.8 kcal in 4 portions of a 1000 g dish. */
static HearthRecipe *
fried_rice (Pantry *p)
{
  HearthRecipe *recipe = hearth_recipe_new ("Egg fried rice", 4);

  recipe->cooked_weight_g = 1000;
  hearth_recipe_add_item (recipe, hearth_food_get_uuid (p->rice), 600, HEARTH_AMOUNT_UNIT_GRAM);
  hearth_recipe_add_item (recipe, hearth_food_get_uuid (p->egg), 4, HEARTH_AMOUNT_UNIT_SERVING);
  hearth_recipe_add_item (recipe, hearth_food_get_uuid (p->oil), 20, HEARTH_AMOUNT_UNIT_MILLILITRE);
  return recipe;
}

static HearthMealItem *
item_of (const char       *food_uuid,
         double            amount,
         HearthAmountUnit  unit)
{
  HearthMealItem *item = hearth_meal_item_new ();

  item->food_uuid = g_strdup (food_uuid);
  item->amount = amount;
  item->unit = unit;
  return item;
}

static HearthMeal *
log_meal (Fixture    *f,
          const char *who,
          GDateTime  *at,
          const char *food_uuid,
          double      amount,
          HearthAmountUnit unit)
{
  g_autoptr(HearthMeal) meal = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(GError) error = NULL;

  hearth_meal_add_item (meal, item_of (food_uuid, amount, unit));
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
  return g_steal_pointer (&meal);
}

static double
logged_kcal (Fixture    *f,
             HearthMeal *meal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthMeal) again = hearth_store_get_meal (f->store, hearth_meal_get_uuid (meal), &error);
  HearthNutrients totals;

  g_assert_no_error (error);
  hearth_meal_get_totals (again, &totals);
  return totals.energy_kcal;
}

static void
test_store_recipe (Fixture       *f,
                   gconstpointer  data)
{
  Pantry p;
  g_autoptr(HearthRecipe) recipe = NULL;
  g_autoptr(HearthRecipe) again = NULL;
  g_autoptr(HearthFood) food = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  fill_pantry (f, &p);
  recipe = fried_rice (&p);
  recipe->favourite = TRUE;
  ASSERT_OK (hearth_store_add_recipe (f->store, recipe, &error));
  g_assert_nonnull (recipe->uuid);
  g_assert_nonnull (recipe->food_uuid);
  g_assert_cmpfloat_with_epsilon (recipe->total.energy_kcal, 1232.8, EPS);
  g_assert_cmpfloat_with_epsilon (recipe->per_portion.energy_kcal, 308.2, EPS);
  g_assert_cmpfloat_with_epsilon (recipe->per_100g.energy_kcal, 123.28, EPS);
  g_assert_cmpfloat_with_epsilon (recipe->per_portion.protein_g, (16.2 + 25.2) / 4, EPS);
  g_assert_cmpuint (recipe->per_portion.incomplete, ==, 1u << HEARTH_NUTRIENT_SUGARS);
  g_assert_cmpstr (((HearthRecipeItem *) recipe->items->pdata[1])->name, ==, "Egg");

  /* Read back: ingredients in order, nutrition as saved. */
  again = hearth_store_get_recipe (f->store, recipe->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, "Egg fried rice");
  g_assert_cmpfloat (again->portions, ==, 4);
  g_assert_cmpfloat (again->cooked_weight_g, ==, 1000);
  g_assert_true (again->favourite);
  g_assert_cmpuint (again->items->len, ==, 3);
  g_assert_cmpstr (((HearthRecipeItem *) again->items->pdata[2])->name, ==, "Oil");
  g_assert_cmpfloat (((HearthRecipeItem *) again->items->pdata[1])->amount, ==, 4);
  g_assert_cmpint (((HearthRecipeItem *) again->items->pdata[1])->unit, ==, HEARTH_AMOUNT_UNIT_SERVING);
  g_assert_cmpfloat_with_epsilon (again->per_portion.energy_kcal, 308.2, EPS);
  g_assert_cmpfloat_with_epsilon (again->per_100g.energy_kcal, 123.28, EPS);
  g_assert_cmpfloat_with_epsilon (again->total.energy_kcal, 1232.8, EPS);
  g_assert_cmpuint (again->per_portion.incomplete, ==, 1u << HEARTH_NUTRIENT_SUGARS);
  g_clear_pointer (&again, hearth_recipe_free);

  /* It is a food: found by search (a favourite first), given per portion
   * of 250 g; its unknown sugars are not a made-up number. */
  found = hearth_store_search_foods (f->store, "", 10, &error);
  g_assert_no_error (error);
  food = g_list_model_get_item (found, 0);
  g_assert_cmpstr (hearth_food_get_uuid (food), ==, recipe->food_uuid);
  g_assert_cmpint (hearth_food_get_per_unit (food), ==, HEARTH_AMOUNT_UNIT_SERVING);
  g_assert_cmpfloat_with_epsilon (hearth_food_get_serving_size (food), 250, EPS);
  g_assert_true (isnan (hearth_food_get_nutrients (food)->sugars_g));
  again = hearth_store_get_recipe_of_food (f->store, recipe->food_uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->uuid, ==, recipe->uuid);
  g_clear_pointer (&again, hearth_recipe_free);
  again = hearth_store_get_recipe_of_food (f->store, hearth_food_get_uuid (p.rice), &error);
  g_assert_no_error (error);
  g_assert_null (again);

  all = hearth_store_list_recipes (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpuint (((HearthRecipe *) all->pdata[0])->items->len, ==, 3);
  clear_pantry (&p);
}

/* A recipe in a meal: by the portion, or by the gram when weighed cooked;
 * the meal keeps what it was logged with when the recipe or an
 * ingredient changes, until "update past meals" is asked for. */
static void
test_store_recipe_in_meals (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) at = utc (2024, 6, 14, 18, 0);
  g_autoptr(HearthRecipe) recipe = NULL;
  g_autoptr(HearthMeal) by_portion = NULL;
  g_autoptr(HearthMeal) by_gram = NULL;
  g_autoptr(HearthMeal) plain = NULL;
  g_autoptr(GError) error = NULL;
  const char *who = hearth_profile_get_uuid (ann);
  guint changed = 0;
  Pantry p;

  fill_pantry (f, &p);
  recipe = fried_rice (&p);
  ASSERT_OK (hearth_store_add_recipe (f->store, recipe, &error));
  by_portion = log_meal (f, who, at, recipe->food_uuid, 1, HEARTH_AMOUNT_UNIT_SERVING);
  by_gram = log_meal (f, who, at, recipe->food_uuid, 300, HEARTH_AMOUNT_UNIT_GRAM);
  plain = log_meal (f, who, at, hearth_food_get_uuid (p.rice), 200, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_portion), 308.2, EPS);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_gram), 369.84, EPS);

  /* Five portions of the same dish now; no rice in the plain meal changes. */
  recipe->portions = 5;
  hearth_food_set_nutrient (p.rice, HEARTH_NUTRIENT_ENERGY, 150);
  ASSERT_OK (hearth_store_update_food (f->store, p.rice, &error));
  ASSERT_OK (hearth_store_update_recipe (f->store, recipe, &error));
  /* 900 + 288 + 164.8 = 1352.8 in 5 portions. */
  g_assert_cmpfloat_with_epsilon (recipe->per_portion.energy_kcal, 270.56, EPS);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_portion), 308.2, EPS);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_gram), 369.84, EPS);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, plain), 260, EPS);
  /* The old ingredients are kept, soft-deleted, for a later sync. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM recipe_items WHERE deleted_at IS NOT NULL"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM recipe_items WHERE deleted_at IS NULL"), ==, 3);

  /* Asked for: the recipe's past meals take its values now. A gram of the
   * dish is 1352.8 / 1000 kcal whatever the number of portions. */
  ASSERT_OK (hearth_store_update_past_meals (f->store, recipe->food_uuid, &changed, &error));
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_portion), 270.56, EPS);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_gram), 405.84, EPS);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, plain), 260, EPS);
  ASSERT_OK (hearth_store_update_past_meals (f->store, hearth_food_get_uuid (p.rice), &changed, &error));
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, plain), 300, EPS);
  clear_pantry (&p);
}

/* Without a cooked weight a recipe is logged by the portion only; grams
 * are refused at the amount, and update past meals refuses (changing
 * nothing) when a logged amount no longer converts. */
static void
test_store_recipe_unweighed (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) at = utc (2024, 6, 14, 18, 0);
  g_autoptr(HearthRecipe) recipe = NULL;
  g_autoptr(HearthMeal) grams = NULL;
  g_autoptr(HearthMeal) by_gram = NULL;
  g_autoptr(GError) error = NULL;
  Pantry p;

  fill_pantry (f, &p);
  recipe = fried_rice (&p);
  ASSERT_OK (hearth_store_add_recipe (f->store, recipe, &error));
  by_gram = log_meal (f, hearth_profile_get_uuid (ann), at, recipe->food_uuid, 300, HEARTH_AMOUNT_UNIT_GRAM);

  recipe->cooked_weight_g = NAN;
  ASSERT_OK (hearth_store_update_recipe (f->store, recipe, &error));
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    g_assert_true (isnan (hearth_nutrients_get (&recipe->per_100g, i)));
  g_assert_cmpfloat_with_epsilon (recipe->per_portion.energy_kcal, 308.2, EPS);

  grams = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_LUNCH, at);
  hearth_meal_add_item (grams, item_of (recipe->food_uuid, 300, HEARTH_AMOUNT_UNIT_GRAM));
  g_assert_false (hearth_store_add_meal (f->store, grams, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  g_clear_error (&error);

  g_assert_false (hearth_store_update_past_meals (f->store, recipe->food_uuid, NULL, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  g_assert_cmpfloat_with_epsilon (logged_kcal (f, by_gram), 369.84, EPS);
  clear_pantry (&p);
}

static void
assert_recipe_refused (Fixture      *f,
                       HearthRecipe *recipe,
                       GQuark        domain,
                       int           code)
{
  g_autoptr(GError) error = NULL;
  gint64 foods = query_int (f, "SELECT count(*) FROM foods");

  g_assert_false (hearth_store_add_recipe (f->store, recipe, &error));
  g_assert_error (error, domain, code);
  g_assert_null (recipe->uuid);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM recipes"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM recipe_items"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods"), ==, foods);
}

/* 0 portions, 20 kg of rice, 6 kg of eggs by the serving, a missing
 * food, a taken name, a portion over 5000 kcal, a recipe in itself:
 * refused at the field, nothing stored. */
static void
test_store_recipe_bad_input (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthRecipe) zero = NULL;
  g_autoptr(HearthRecipe) heavy = NULL;
  g_autoptr(HearthRecipe) eggs = NULL;
  g_autoptr(HearthRecipe) ghost = NULL;
  g_autoptr(HearthRecipe) taken = NULL;
  g_autoptr(HearthRecipe) huge = NULL;
  g_autoptr(HearthRecipe) good = NULL;
  g_autoptr(HearthRecipe) again = NULL;
  g_autoptr(HearthFood) big_egg = NULL;
  g_autoptr(GError) error = NULL;
  Pantry p;

  fill_pantry (f, &p);
  zero = fried_rice (&p);
  zero->portions = 0;
  assert_recipe_refused (f, zero, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_PORTIONS);
  heavy = fried_rice (&p);
  ((HearthRecipeItem *) heavy->items->pdata[0])->amount = 20000;
  assert_recipe_refused (f, heavy, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  /* 100 eggs of 60 g: 6 kg of one ingredient. */
  big_egg = add_food (f, "Big egg", HEARTH_AMOUNT_UNIT_SERVING,
                      (HearthNutrients) { 86, 7.5, 0.5, 0.2, 5.7, 1.9, 0, 85, 0 }, 60);
  eggs = hearth_recipe_new ("Omelette", 4);
  hearth_recipe_add_item (eggs, hearth_food_get_uuid (big_egg), 100, HEARTH_AMOUNT_UNIT_SERVING);
  assert_recipe_refused (f, eggs, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  ghost = fried_rice (&p);
  g_free (((HearthRecipeItem *) ghost->items->pdata[2])->food_uuid);
  ((HearthRecipeItem *) ghost->items->pdata[2])->food_uuid = g_strdup ("00000000-0000-4000-8000-000000000000");
  assert_recipe_refused (f, ghost, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  taken = fried_rice (&p);
  g_free (taken->name);
  taken->name = g_strdup ("RICE");
  assert_recipe_refused (f, taken, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  /* 5 kg of oil is 41 200 kcal: at most 5000 a portion. */
  huge = hearth_recipe_new ("Oil bath", 2);
  hearth_recipe_add_item (huge, hearth_food_get_uuid (p.oil), 5000, HEARTH_AMOUNT_UNIT_MILLILITRE);
  assert_recipe_refused (f, huge, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_PORTIONS);

  /* A recipe cannot be its own ingredient; the refused edit changes nothing. */
  good = fried_rice (&p);
  ASSERT_OK (hearth_store_add_recipe (f->store, good, &error));
  hearth_recipe_add_item (good, good->food_uuid, 100, HEARTH_AMOUNT_UNIT_GRAM);
  good->portions = 2;
  g_assert_false (hearth_store_update_recipe (f->store, good, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  again = hearth_store_get_recipe (f->store, good->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (again->portions, ==, 4);
  g_assert_cmpuint (again->items->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (again->per_portion.energy_kcal, 308.2, EPS);
  clear_pantry (&p);
}

/* A food a recipe uses, or a recipe's own food, cannot be removed for
 * good: the message says so (never a bare constraint failure). Soft
 * delete still works. */
static void
test_store_recipe_purge (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthRecipe) recipe = NULL;
  g_autoptr(GError) error = NULL;
  Pantry p;

  fill_pantry (f, &p);
  recipe = fried_rice (&p);
  ASSERT_OK (hearth_store_add_recipe (f->store, recipe, &error));

  g_assert_false (hearth_store_purge_food (f->store, hearth_food_get_uuid (p.egg), &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_assert_nonnull (strstr (error->message, "1 recipe"));
  g_clear_error (&error);
  g_assert_false (hearth_store_purge_food (f->store, recipe->food_uuid, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 4);

  ASSERT_OK (hearth_store_delete_food (f->store, recipe->food_uuid, &error));
  g_assert_null (hearth_store_get_recipe (f->store, recipe->uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* A deleted recipe can come back: its ingredients stay. */
  g_assert_false (hearth_store_purge_food (f->store, hearth_food_get_uuid (p.rice), &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  ASSERT_OK (hearth_store_undelete_food (f->store, recipe->food_uuid, &error));
  g_assert_null (error);
  clear_pantry (&p);
}

/* Each recipe query seeks an index: years of meals and a long food list
 * are never scanned. */
static void
test_store_recipe_query_plans (Fixture       *f,
                               gconstpointer  data)
{
  const char * const *queries = _hearth_store_recipes_queries_for_testing ();
  sqlite3 *db = _hearth_store_get_db (f->store);

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s\n-> %s", queries[i], plan->str);
      g_assert_nonnull (strstr (plan->str, "USING "));
      g_assert_null (strstr (plan->str, "SCAN "));
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/hearth/recipes/arithmetic", test_recipe_arithmetic);
  g_test_add_func ("/hearth/recipes/no-cooked-weight", test_recipe_no_cooked_weight);
  g_test_add_func ("/hearth/recipes/bad-numbers", test_recipe_bad_numbers);
  g_test_add_func ("/hearth/recipes/validate", test_recipe_validate);

#define ADD(path, func) \
  g_test_add ("/hearth/recipes/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("store", test_store_recipe);
  ADD ("in-meals", test_store_recipe_in_meals);
  ADD ("unweighed", test_store_recipe_unweighed);
  ADD ("bad-input", test_store_recipe_bad_input);
  ADD ("purge", test_store_recipe_purge);
  ADD ("query-plans", test_store_recipe_query_plans);

#undef ADD

  return g_test_run ();
}
