/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diet"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-diet-private.h"
#include "hearth-nutrition.h"
#include "hearth-store-private.h"
#include "store-fixture.h"

/* Nutrition arithmetic with hand-computed numbers, then the diet log in
 * the store (docs/clinical.md#diet). */

#define EPS 1e-9

/* Cooked rice per 100 g, milk per 100 ml, an egg per 50 g serving. */
static HearthNutrients
rice_per_100g (void)
{
  return (HearthNutrients) { 130, 2.7, 28.2, 0.1, 0.3, 0.1, 0.4, 1, 0 };
}

static HearthNutrients
milk_per_100ml (void)
{
  return (HearthNutrients) { 64, 3.4, 4.8, 4.8, NAN, NAN, 0, 44, 0 };
}

static HearthNutrients
egg_per_serving (void)
{
  return (HearthNutrients) { 72, 6.3, 0.4, 0.2, 4.8, 1.6, 0, 71, 0 };
}

static void
test_nutrition_per_100 (void)
{
  HearthNutrients per = rice_per_100g (), out;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_GRAM, NAN, 150, HEARTH_AMOUNT_UNIT_GRAM,
                                         &out, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (out.energy_kcal, 195, EPS);
  g_assert_cmpfloat_with_epsilon (out.protein_g, 4.05, EPS);
  g_assert_cmpfloat_with_epsilon (out.carbohydrate_g, 42.3, EPS);
  g_assert_cmpfloat_with_epsilon (out.sodium_mg, 1.5, EPS);

  /* Two 75 g servings of a food given per 100 g: 150 g. */
  g_assert_true (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_GRAM, 75, 2, HEARTH_AMOUNT_UNIT_SERVING,
                                         &out, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (out.energy_kcal, 195, EPS);

  /* Millilitres of milk, its unknown fat stays unknown. */
  per = milk_per_100ml ();
  g_assert_true (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_MILLILITRE, NAN, 200,
                                         HEARTH_AMOUNT_UNIT_MILLILITRE, &out, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (out.energy_kcal, 128, EPS);
  g_assert_cmpfloat_with_epsilon (out.sugars_g, 9.6, EPS);
  g_assert_cmpfloat_with_epsilon (out.sodium_mg, 88, EPS);
  g_assert_true (isnan (out.fat_g));

  /* Grams of a food given per 100 ml: no density, refused. */
  g_assert_false (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_MILLILITRE, NAN, 200,
                                          HEARTH_AMOUNT_UNIT_GRAM, &out, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  g_clear_error (&error);
  /* Servings without a serving size: refused. */
  g_assert_false (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_MILLILITRE, NAN, 1,
                                          HEARTH_AMOUNT_UNIT_SERVING, &out, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
}

static void
test_nutrition_per_serving (void)
{
  HearthNutrients per = egg_per_serving (), out;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_SERVING, 50, 2, HEARTH_AMOUNT_UNIT_SERVING,
                                         &out, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (out.energy_kcal, 144, EPS);
  g_assert_cmpfloat_with_epsilon (out.fat_g, 9.6, EPS);
  /* 75 g of a 50 g serving: 1.5 servings. */
  g_assert_true (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_SERVING, 50, 75, HEARTH_AMOUNT_UNIT_GRAM,
                                         &out, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (out.energy_kcal, 108, EPS);
  g_assert_cmpfloat_with_epsilon (out.sodium_mg, 106.5, EPS);
  /* Grams of a per-serving food whose serving has no weight: refused. */
  g_assert_false (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_SERVING, NAN, 75, HEARTH_AMOUNT_UNIT_GRAM,
                                          &out, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
}

static void
test_nutrition_bad_amounts (void)
{
  static const double bad[] = { 0, -1, NAN, INFINITY, -INFINITY };
  HearthNutrients per = rice_per_100g (), out;

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_GRAM, NAN, bad[i],
                                              HEARTH_AMOUNT_UNIT_GRAM, &out, &error));
      g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
    }
}

/* A meal of rice 150 g, milk 200 ml and one egg; the day adds a snack. */
static void
test_nutrition_totals (void)
{
  HearthNutrients rice = rice_per_100g (), milk = milk_per_100ml (), egg = egg_per_serving ();
  HearthNutrients a, b, c, meal, day, snack;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_nutrition_scale (&rice, HEARTH_AMOUNT_UNIT_GRAM, NAN, 150, HEARTH_AMOUNT_UNIT_GRAM, &a, &error));
  g_assert_true (hearth_nutrition_scale (&milk, HEARTH_AMOUNT_UNIT_MILLILITRE, NAN, 200, HEARTH_AMOUNT_UNIT_MILLILITRE, &b, &error));
  g_assert_true (hearth_nutrition_scale (&egg, HEARTH_AMOUNT_UNIT_SERVING, 50, 1, HEARTH_AMOUNT_UNIT_SERVING, &c, &error));
  g_assert_no_error (error);

  hearth_nutrients_init_zero (&meal);
  hearth_nutrients_add (&meal, &a);
  hearth_nutrients_add (&meal, &b);
  hearth_nutrients_add (&meal, &c);
  g_assert_cmpfloat_with_epsilon (meal.energy_kcal, 395, EPS);          /* 195 + 128 + 72 */
  g_assert_cmpfloat_with_epsilon (meal.protein_g, 17.15, EPS);          /* 4.05 + 6.8 + 6.3 */
  g_assert_cmpfloat_with_epsilon (meal.sodium_mg, 160.5, EPS);          /* 1.5 + 88 + 71 */
  g_assert_cmpfloat_with_epsilon (meal.fat_g, 5.25, EPS);               /* 0.45 + ? + 4.8 */
  g_assert_cmpuint (meal.incomplete, ==, (1u << HEARTH_NUTRIENT_FAT) | (1u << HEARTH_NUTRIENT_SATURATED_FAT));

  /* A quick entry: kcal only. */
  hearth_nutrients_init_unknown (&snack);
  snack.energy_kcal = 250;
  hearth_nutrients_init_zero (&day);
  hearth_nutrients_add (&day, &meal);
  hearth_nutrients_add (&day, &snack);
  g_assert_cmpfloat_with_epsilon (day.energy_kcal, 645, EPS);
  g_assert_cmpfloat_with_epsilon (day.protein_g, 17.15, EPS);
  g_assert_true (day.incomplete & (1u << HEARTH_NUTRIENT_PROTEIN));
  g_assert_true (day.incomplete & (1u << HEARTH_NUTRIENT_FAT));
  g_assert_false (day.incomplete & (1u << HEARTH_NUTRIENT_ENERGY));

  g_assert_cmpfloat_with_epsilon (hearth_nutrition_salt_g (meal.sodium_mg), 0.40125, EPS);
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_salt_g (2000), 5, EPS);
}

static void
test_nutrition_targets (void)
{
  /* 10·80 + 6.25·180 − 5·40 + 5 = 1730 */
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_resting_energy (80, 180, 40, HEARTH_SEX_MALE), 1730, EPS);
  /* 10·60 + 6.25·165 − 5·30 − 161 = 1320.25 */
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_resting_energy (60, 165, 30, HEARTH_SEX_FEMALE), 1320.25, EPS);
  g_assert_true (isnan (hearth_nutrition_resting_energy (60, 165, 30, HEARTH_SEX_OTHER)));
  g_assert_true (isnan (hearth_nutrition_resting_energy (60, 165, 30, HEARTH_SEX_UNSET)));
  g_assert_true (isnan (hearth_nutrition_resting_energy (NAN, 165, 30, HEARTH_SEX_FEMALE)));

  g_assert_cmpfloat_with_epsilon (hearth_nutrition_energy_target (80, 180, 40, HEARTH_SEX_MALE,
                                                                  HEARTH_ACTIVITY_LEVEL_SEDENTARY), 2646.9, 1e-6);
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_energy_target (80, 180, 40, HEARTH_SEX_MALE,
                                                                  HEARTH_ACTIVITY_LEVEL_ACTIVE), 3044.8, 1e-6);
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_energy_target (60, 165, 30, HEARTH_SEX_FEMALE,
                                                                  HEARTH_ACTIVITY_LEVEL_VIGOROUS), 2970.5625, 1e-6);

  g_assert_false (hearth_nutrition_sodium_over (1999));
  g_assert_true (hearth_nutrition_sodium_over (2000));
  /* 50 g of sugars is 200 kcal: 10 % of 2000 kcal, over (the limit is under 10 %). */
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_sugars_percent (50, 2000), 10, EPS);
  g_assert_true (hearth_nutrition_sugars_over (50, 2000));
  g_assert_false (hearth_nutrition_sugars_over (49, 2000));
  g_assert_true (isnan (hearth_nutrition_sugars_percent (10, 0)));
  g_assert_cmpfloat_with_epsilon (hearth_nutrition_protein_target_g (70), 56, EPS);
  g_assert_true (isnan (hearth_nutrition_protein_target_g (NAN)));
}

/* The store ------------------------------------------------------------- */

static HearthFood *
add_food (Fixture          *f,
          const char       *name,
          HearthAmountUnit  per_unit,
          HearthNutrients   values,
          double            serving_size)
{
  g_autoptr(HearthFood) food = hearth_food_new (name, per_unit);
  g_autoptr(GError) error = NULL;

  hearth_food_set_nutrients (food, &values);
  hearth_food_set_serving_size (food, serving_size);
  ASSERT_OK (hearth_store_add_food (f->store, food, &error));
  g_assert_nonnull (hearth_food_get_uuid (food));
  return g_steal_pointer (&food);
}

static HearthMealItem *
item_of (HearthFood       *food,
         double            amount,
         HearthAmountUnit  unit)
{
  HearthMealItem *item = hearth_meal_item_new ();

  item->food_uuid = g_strdup (hearth_food_get_uuid (food));
  item->amount = amount;
  item->unit = unit;
  return item;
}

static void
test_store_foods (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthFood) rice = add_food (f, "  Rice ", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), 75);
  g_autoptr(HearthFood) again = NULL;
  g_autoptr(HearthFood) found = NULL;
  g_autoptr(HearthFood) bad = NULL;
  g_autoptr(GListModel) foods = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (hearth_food_get_name (rice), ==, "Rice");
  g_assert_cmpint (hearth_food_get_created_at (rice), >, 0);
  found = hearth_store_find_food (f->store, "rice", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_food_get_uuid (found), ==, hearth_food_get_uuid (rice));
  g_assert_cmpfloat (hearth_food_get_nutrients (found)->energy_kcal, ==, 130);
  g_assert_cmpfloat (hearth_food_get_nutrients (found)->fibre_g, ==, 0.4);
  g_assert_cmpfloat (hearth_food_get_serving_size (found), ==, 75);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'user' AND length(uuid) = 36 AND created_at > 0 "
                                 "AND updated_at > 0 AND deleted_at IS NULL"), ==, 1);

  /* A second live food of the same name is refused. */
  again = hearth_food_new ("RICE", HEARTH_AMOUNT_UNIT_GRAM);
  hearth_food_set_nutrient (again, HEARTH_NUTRIENT_ENERGY, 100);
  g_assert_false (hearth_store_add_food (f->store, again, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Case beyond ASCII: one food, found either way. */
  {
    g_autoptr(HearthFood) spinach = add_food (f, "Épinards", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), NAN);
    g_autoptr(HearthFood) shouting = hearth_food_new ("ÉPINARDS", HEARTH_AMOUNT_UNIT_GRAM);
    g_autoptr(HearthFood) lower = NULL;

    lower = hearth_store_find_food (f->store, "épinards", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (hearth_food_get_uuid (lower), ==, hearth_food_get_uuid (spinach));
    hearth_food_set_nutrient (shouting, HEARTH_NUTRIENT_ENERGY, 23);
    g_assert_false (hearth_store_add_food (f->store, shouting, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
    g_clear_error (&error);
    ASSERT_OK (hearth_store_purge_food (f->store, hearth_food_get_uuid (spinach), &error));
  }

  /* Bad values are refused at their field. */
  bad = hearth_food_new ("Oil", HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_false (hearth_store_add_food (f->store, bad, &error));   /* energy unknown */
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT);
  g_clear_error (&error);
  hearth_food_set_nutrient (bad, HEARTH_NUTRIENT_ENERGY, 1200);     /* more than pure fat */
  g_assert_false (hearth_store_add_food (f->store, bad, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT);
  g_clear_error (&error);
  hearth_food_set_nutrient (bad, HEARTH_NUTRIENT_ENERGY, 884);
  hearth_food_set_nutrient (bad, HEARTH_NUTRIENT_FAT, -1);
  g_assert_false (hearth_store_add_food (f->store, bad, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_NUTRIENT);
  g_clear_error (&error);
  hearth_food_set_nutrient (bad, HEARTH_NUTRIENT_FAT, 100);
  hearth_food_set_serving_size (bad, 0);
  g_assert_false (hearth_store_add_food (f->store, bad, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_SERVING);
  g_clear_error (&error);
  hearth_food_set_serving_size (bad, NAN);
  hearth_food_set_name (bad, "Oil\tolive");
  g_assert_false (hearth_store_add_food (f->store, bad, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 1);

  /* Soft delete and undo. */
  ASSERT_OK (hearth_store_delete_food (f->store, hearth_food_get_uuid (rice), &error));
  g_clear_object (&found);
  found = hearth_store_find_food (f->store, "Rice", &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  foods = hearth_store_list_foods (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (foods), ==, 0);
  ASSERT_OK (hearth_store_undelete_food (f->store, hearth_food_get_uuid (rice), &error));
  g_clear_object (&foods);
  foods = hearth_store_list_foods (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (foods), ==, 1);
}

/* Rice 150 g, milk 200 ml, one egg: one transaction, nutrition as logged. */
static void
test_store_log_meal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthFood) rice = add_food (f, "Rice", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), NAN);
  g_autoptr(HearthFood) milk = add_food (f, "Milk", HEARTH_AMOUNT_UNIT_MILLILITRE, milk_per_100ml (), NAN);
  g_autoptr(HearthFood) egg = add_food (f, "Egg", HEARTH_AMOUNT_UNIT_SERVING, egg_per_serving (), 50);
  g_autoptr(GDateTime) noon = g_date_time_new_from_iso8601 ("2024-06-15T12:30:00+08:00", NULL);
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_LUNCH, noon);
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) stored = NULL;
  HearthNutrients totals;
  HearthMealItem *first;
  g_autoptr(GError) error = NULL;

  hearth_meal_add_item (meal, item_of (rice, 150, HEARTH_AMOUNT_UNIT_GRAM));
  hearth_meal_add_item (meal, item_of (milk, 200, HEARTH_AMOUNT_UNIT_MILLILITRE));
  hearth_meal_add_item (meal, item_of (egg, 1, HEARTH_AMOUNT_UNIT_SERVING));
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
  g_assert_nonnull (hearth_meal_get_uuid (meal));

  /* The food changes later: the meal keeps what it was logged with. */
  hearth_food_set_nutrient (rice, HEARTH_NUTRIENT_ENERGY, 360);
  ASSERT_OK (hearth_store_update_food (f->store, rice, &error));

  meals = hearth_store_list_meals (f->store, hearth_profile_get_uuid (ann), hearth_meal_get_local_day (meal), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
  stored = g_list_model_get_item (meals, 0);
  g_assert_cmpstr (hearth_meal_get_uuid (stored), ==, hearth_meal_get_uuid (meal));
  g_assert_cmpint (hearth_meal_get_meal_type (stored), ==, HEARTH_MEAL_TYPE_LUNCH);
  g_assert_cmpint (g_date_time_get_utc_offset (hearth_meal_get_taken_at (stored)), ==, 8 * G_TIME_SPAN_HOUR);
  g_assert_cmpuint (hearth_meal_get_items (stored)->len, ==, 3);
  first = g_ptr_array_index (hearth_meal_get_items (stored), 0);
  g_assert_cmpstr (first->name, ==, "Rice");
  g_assert_cmpstr (first->food_uuid, ==, hearth_food_get_uuid (rice));
  g_assert_cmpfloat_with_epsilon (first->nutrients.energy_kcal, 195, EPS);
  hearth_meal_get_totals (stored, &totals);
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 395, EPS);
  g_assert_cmpfloat_with_epsilon (totals.sodium_mg, 160.5, EPS);
  g_assert_true (totals.incomplete & (1u << HEARTH_NUTRIENT_FAT));

  ASSERT_OK (hearth_store_get_day_nutrition (f->store, hearth_profile_get_uuid (ann),
                                             hearth_meal_get_local_day (meal), &totals, &error));
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 395, EPS);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meal_items WHERE length(uuid) = 36 AND created_at > 0"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meals WHERE local_day = "
                                 "(1718425800 + 8 * 3600) / 86400"), ==, 1);

  /* Soft delete and undo. */
  ASSERT_OK (hearth_store_delete_meal (f->store, hearth_meal_get_uuid (meal), &error));
  ASSERT_OK (hearth_store_get_day_nutrition (f->store, hearth_profile_get_uuid (ann),
                                             hearth_meal_get_local_day (meal), &totals, &error));
  g_assert_cmpfloat (totals.energy_kcal, ==, 0);
  ASSERT_OK (hearth_store_undelete_meal (f->store, hearth_meal_get_uuid (meal), &error));
  ASSERT_OK (hearth_store_get_day_nutrition (f->store, hearth_profile_get_uuid (ann),
                                             hearth_meal_get_local_day (meal), &totals, &error));
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 395, EPS);
}

static void
assert_meal_refused (Fixture    *f,
                     HearthMeal *meal,
                     GQuark      domain,
                     int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_store_add_meal (f->store, meal, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (error->code, ==, code);
  g_assert_true (error->domain == domain);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meals"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meal_items"), ==, 0);
}

/* A 20 kg meal, a 6 kg item, NaN, nothing, a missing food: refused at the
 * field, nothing stored (not even the items before the bad one). */
static void
test_store_bad_meals (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthFood) rice = add_food (f, "Rice", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), 200);
  g_autoptr(GDateTime) at = utc (2024, 6, 15, 11, 0);
  g_autoptr(HearthFood) cucumber = add_food (f, "Cucumber", HEARTH_AMOUNT_UNIT_GRAM,
                                             (HearthNutrients) { 15, 0.7, 3.6, 1.7, 0.1, 0, 0.5, 2, 0 }, NAN);
  g_autoptr(GDateTime) future = utc (2024, 6, 15, 13, 0);
  const char *who = hearth_profile_get_uuid (ann);
  g_autoptr(HearthMeal) huge = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) big_item = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) nan_item = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) negative = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) empty = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) servings = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) missing = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, at);
  g_autoptr(HearthMeal) unnamed = hearth_meal_new (who, HEARTH_MEAL_TYPE_CUSTOM, at);
  g_autoptr(HearthMeal) later = hearth_meal_new (who, HEARTH_MEAL_TYPE_DINNER, future);
  HearthMealItem *ghost;

  /* 20 kg of cucumber is only 3000 kcal: refused for its weight. */
  for (int i = 0; i < 4; i++)
    hearth_meal_add_item (huge, item_of (cucumber, 5000, HEARTH_AMOUNT_UNIT_GRAM));
  assert_meal_refused (f, huge, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  hearth_meal_add_item (big_item, item_of (rice, 100, HEARTH_AMOUNT_UNIT_GRAM));
  hearth_meal_add_item (big_item, item_of (rice, 6000, HEARTH_AMOUNT_UNIT_GRAM));
  assert_meal_refused (f, big_item, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  hearth_meal_add_item (nan_item, item_of (rice, NAN, HEARTH_AMOUNT_UNIT_GRAM));
  assert_meal_refused (f, nan_item, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  hearth_meal_add_item (negative, item_of (rice, -150, HEARTH_AMOUNT_UNIT_GRAM));
  assert_meal_refused (f, negative, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  assert_meal_refused (f, empty, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  /* 30 servings of 200 g: 6 kg in one item. */
  hearth_meal_add_item (servings, item_of (rice, 30, HEARTH_AMOUNT_UNIT_SERVING));
  assert_meal_refused (f, servings, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT);
  /* The second item's food does not exist: the first is not kept either. */
  hearth_meal_add_item (missing, item_of (rice, 100, HEARTH_AMOUNT_UNIT_GRAM));
  ghost = item_of (rice, 100, HEARTH_AMOUNT_UNIT_GRAM);
  g_free (ghost->food_uuid);
  ghost->food_uuid = g_strdup ("00000000-0000-4000-8000-000000000000");
  hearth_meal_add_item (missing, ghost);
  assert_meal_refused (f, missing, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  hearth_meal_add_item (unnamed, item_of (rice, 100, HEARTH_AMOUNT_UNIT_GRAM));
  assert_meal_refused (f, unnamed, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_MEAL_TYPE);
  hearth_meal_add_item (later, item_of (rice, 100, HEARTH_AMOUNT_UNIT_GRAM));
  assert_meal_refused (f, later, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_TIME);
}

/* A quick entry is a name and kcal; a food used by meals cannot be removed
 * for good and the message says by how many. */
static void
test_store_quick_entry_and_purge (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthFood) rice = add_food (f, "Rice", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), NAN);
  g_autoptr(HearthFood) kale = add_food (f, "Kale", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), NAN);
  g_autoptr(GDateTime) at = utc (2024, 6, 15, 11, 0);
  g_autoptr(GError) error = NULL;
  HearthNutrients totals;

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_SNACK, at);
      HearthMealItem *quick = hearth_meal_item_new ();

      quick->name = g_strdup ("Cake at work");
      quick->amount = 1;
      quick->unit = HEARTH_AMOUNT_UNIT_SERVING;
      quick->nutrients.energy_kcal = 350;
      hearth_meal_add_item (meal, quick);
      hearth_meal_add_item (meal, item_of (rice, 100, HEARTH_AMOUNT_UNIT_GRAM));
      ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
    }
  ASSERT_OK (hearth_store_get_day_nutrition (f->store, hearth_profile_get_uuid (ann), day_of (2024, 6, 15),
                                             &totals, &error));
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 2 * (350 + 130), EPS);
  g_assert_true (totals.incomplete & (1u << HEARTH_NUTRIENT_PROTEIN));

  g_assert_false (hearth_store_purge_food (f->store, hearth_food_get_uuid (rice), &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_assert_nonnull (strstr (error->message, "2 meals"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 2);
  ASSERT_OK (hearth_store_purge_food (f->store, hearth_food_get_uuid (kale), &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'kale' AND rowid NOT IN (SELECT id FROM foods WHERE source = 'fdc')"), ==, 0);
}

/* "Same as yesterday's breakfast": the last breakfast before today, copied
 * with the nutrition it was logged with. */
static void
test_store_copy_meal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthFood) egg = add_food (f, "Egg", HEARTH_AMOUNT_UNIT_SERVING, egg_per_serving (), 50);
  g_autoptr(GDateTime) yesterday = utc (2024, 6, 14, 7, 30);
  g_autoptr(GDateTime) today = utc (2024, 6, 15, 7, 45);
  g_autoptr(HearthMeal) breakfast = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_BREAKFAST, yesterday);
  g_autoptr(HearthMeal) last = NULL;
  g_autoptr(HearthMeal) none = NULL;
  g_autoptr(HearthMeal) copy = NULL;
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) stored = NULL;
  HearthNutrients totals;
  g_autoptr(GError) error = NULL;

  hearth_meal_add_item (breakfast, item_of (egg, 2, HEARTH_AMOUNT_UNIT_SERVING));
  hearth_meal_set_note (breakfast, "boiled");
  ASSERT_OK (hearth_store_add_meal (f->store, breakfast, &error));
  hearth_food_set_nutrient (egg, HEARTH_NUTRIENT_ENERGY, 90);
  ASSERT_OK (hearth_store_update_food (f->store, egg, &error));

  none = hearth_store_find_last_meal (f->store, hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_LUNCH,
                                      day_of (2024, 6, 15), &error);
  g_assert_no_error (error);
  g_assert_null (none);
  last = hearth_store_find_last_meal (f->store, hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_BREAKFAST,
                                      day_of (2024, 6, 15), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_meal_get_uuid (last), ==, hearth_meal_get_uuid (breakfast));

  copy = hearth_store_copy_meal (f->store, hearth_meal_get_uuid (last), today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpstr (hearth_meal_get_uuid (copy), !=, hearth_meal_get_uuid (breakfast));

  meals = hearth_store_list_meals (f->store, hearth_profile_get_uuid (ann), day_of (2024, 6, 15), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
  stored = g_list_model_get_item (meals, 0);
  g_assert_cmpint (hearth_meal_get_meal_type (stored), ==, HEARTH_MEAL_TYPE_BREAKFAST);
  g_assert_cmpstr (hearth_meal_get_note (stored), ==, "boiled");
  hearth_meal_get_totals (stored, &totals);
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 144, EPS);   /* as logged, not 2 × 90 */
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT uuid) FROM meal_items"), ==, 2);
}

/* Meals change what the member's pages show (the Today section): each
 * write emits "readings-changed" for the member after its commit. */
static void
test_store_meal_signals (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) at = utc (2024, 6, 14, 7, 30);
  g_autoptr(GDateTime) later = utc (2024, 6, 15, 7, 0);
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_BREAKFAST, at);
  g_autoptr(HearthMeal) copy = NULL;
  g_autoptr(GError) error = NULL;
  HearthMealItem *quick = hearth_meal_item_new ();
  guint before;

  quick->name = g_strdup ("Porridge");
  quick->amount = 1;
  quick->unit = HEARTH_AMOUNT_UNIT_SERVING;
  quick->nutrients.energy_kcal = 300;
  hearth_meal_add_item (meal, quick);
  before = f->readings_changed;
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
  g_assert_cmpuint (f->readings_changed, ==, before + 1);
  g_assert_cmpstr (f->last_readings_uuid, ==, hearth_profile_get_uuid (ann));

  copy = hearth_store_copy_meal (f->store, hearth_meal_get_uuid (meal), later, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->readings_changed, ==, before + 2);

  ASSERT_OK (hearth_store_delete_meal (f->store, hearth_meal_get_uuid (meal), &error));
  g_assert_cmpuint (f->readings_changed, ==, before + 3);
  g_assert_cmpstr (f->last_readings_uuid, ==, hearth_profile_get_uuid (ann));
  g_assert_false (hearth_store_delete_meal (f->store, hearth_meal_get_uuid (meal), &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->readings_changed, ==, before + 3);
  ASSERT_OK (hearth_store_undelete_meal (f->store, hearth_meal_get_uuid (meal), &error));
  g_assert_cmpuint (f->readings_changed, ==, before + 4);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meals WHERE deleted_at IS NULL"), ==, 2);
}

/* The names of the family's own foods found (the reference foods, which
 * rank after them, are checked by test_store_reference_search()). */
static char *
names_of (GListModel *foods)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (foods); i++)
    {
      g_autoptr(HearthFood) food = g_list_model_get_item (foods, i);

      if (hearth_food_is_reference (food))
        continue;
      g_string_append_printf (names, "%s%s", names->len > 0 ? "|" : "", hearth_food_get_name (food));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
search (Fixture    *f,
        const char *query)
{
  g_autoptr(GListModel) foods = NULL;
  g_autoptr(GError) error = NULL;

  foods = hearth_store_search_foods (f->store, query, 20, &error);
  g_assert_no_error (error);
  return names_of (foods);
}

#define ASSERT_SEARCH(query, expected) \
  G_STMT_START { g_autofree char *got_ = search (f, (query)); g_assert_cmpstr (got_, ==, (expected)); } G_STMT_END

static void
test_store_search (Fixture       *f,
                   gconstpointer  data)
{
  static const char * const names[] = { "Crème fraîche", "Cream cheese", "Brown rice", "Rice noodles",
                                        "白米饭", "牛奶", "Wild rice" };
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) foods = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) at = utc (2024, 6, 15, 11, 0);
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_LUNCH, at);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) close = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (foods, add_food (f, names[i], HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), NAN));

  /* Prefix, case and accents. */
  ASSERT_SEARCH ("cre", "Cream cheese|Crème fraîche");
  ASSERT_SEARCH ("CREME FR", "Crème fraîche");
  ASSERT_SEARCH ("fraiche", "Crème fraîche");
  ASSERT_SEARCH ("ric", "Brown rice|Rice noodles|Wild rice");
  ASSERT_SEARCH ("\"rice\" OR", "");   /* typed text is never FTS syntax */
  /* Chinese by substring. */
  ASSERT_SEARCH ("米", "白米饭");
  ASSERT_SEARCH ("米饭", "白米饭");
  ASSERT_SEARCH ("奶", "牛奶");

  /* Favourites first, then the recently logged. */
  hearth_food_set_favourite (foods->pdata[6], TRUE);
  ASSERT_OK (hearth_store_update_food (f->store, foods->pdata[6], &error));
  hearth_meal_add_item (meal, item_of (foods->pdata[3], 100, HEARTH_AMOUNT_UNIT_GRAM));
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
  ASSERT_SEARCH ("rice", "Wild rice|Rice noodles|Brown rice");
  {
    g_autofree char *all = search (f, "");
    g_assert_true (g_str_has_prefix (all, "Wild rice|Rice noodles|"));
  }

  /* A deleted food is not found. */
  ASSERT_OK (hearth_store_delete_food (f->store, hearth_food_get_uuid (foods->pdata[2]), &error));
  ASSERT_SEARCH ("brown", "");

  /* Closest names for a food that is not there. */
  close = hearth_store_suggest_foods (f->store, "rcie noodles", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (close), >=, 1);
  g_assert_cmpstr (close[0], ==, "Rice noodles");
  g_clear_pointer (&close, g_strfreev);
  close = hearth_store_suggest_foods (f->store, "cheese", 3, &error);
  g_assert_cmpuint (g_strv_length (close), >=, 1);
  g_assert_cmpstr (close[0], ==, "Cream cheese");   /* the family's before the reference foods */
  g_clear_pointer (&close, g_strfreev);
  close = hearth_store_suggest_foods (f->store, "zzzzzzzz", 3, &error);
  g_assert_cmpuint (g_strv_length (close), ==, 0);
}

/* A day's meals, the last breakfast, a meal's items, a food's meals: each
 * a seek into an index, never a walk over years of meals. */
static void
test_store_query_plans (Fixture       *f,
                        gconstpointer  data)
{
  const char * const *queries = _hearth_store_diet_queries_for_testing ();
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
      g_assert_null (strstr (plan->str, "SCAN m\n"));
      g_assert_null (strstr (plan->str, "SCAN i\n"));
      g_assert_null (strstr (plan->str, "SCAN meal_items"));
      g_assert_null (strstr (plan->str, "SCAN meals"));
      g_assert_null (strstr (plan->str, "TEMP B-TREE FOR ORDER BY"));
    }
}

/* A week's bars in one query agree with each day's meals added up. */
static void
test_store_daily_nutrition (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(HearthFood) rice = add_food (f, "Rice", HEARTH_AMOUNT_UNIT_GRAM, rice_per_100g (), NAN);
  g_autoptr(HearthFood) milk = add_food (f, "Milk", HEARTH_AMOUNT_UNIT_MILLILITRE, milk_per_100ml (), NAN);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  struct { HearthProfile *who; int day, hour; HearthFood *food; double amount; gboolean deleted; } meals[] = {
    { ann, 10, 8, rice, 100, FALSE },   /* 130 kcal */
    { ann, 10, 19, milk, 250, FALSE },  /* 160 kcal, fat unknown */
    { ann, 12, 12, rice, 200, FALSE },  /* 260 kcal */
    { ann, 12, 13, rice, 300, TRUE },   /* deleted */
    { ann, 14, 12, rice, 50, FALSE },   /* outside the range */
    { bob, 11, 12, rice, 400, FALSE },  /* another member */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (meals); i++)
    {
      g_autoptr(GDateTime) at = utc (2024, 6, meals[i].day, meals[i].hour, 0);
      g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (meals[i].who), HEARTH_MEAL_TYPE_SNACK, at);

      hearth_meal_add_item (meal, item_of (meals[i].food, meals[i].amount,
                                           hearth_food_get_per_unit (meals[i].food)));
      ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
      if (meals[i].deleted)
        ASSERT_OK (hearth_store_delete_meal (f->store, hearth_meal_get_uuid (meal), &error));
    }

  days = hearth_store_get_daily_nutrition (f->store, hearth_profile_get_uuid (ann),
                                           day_of (2024, 6, 10), day_of (2024, 6, 13), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  {
    HearthDayNutrition *first = &g_array_index (days, HearthDayNutrition, 0);
    HearthDayNutrition *second = &g_array_index (days, HearthDayNutrition, 1);
    HearthNutrients check;

    g_assert_cmpint (first->local_day, ==, day_of (2024, 6, 10));
    g_assert_cmpuint (first->meals, ==, 2);
    g_assert_cmpfloat_with_epsilon (first->totals.energy_kcal, 290, EPS);
    g_assert_cmpfloat_with_epsilon (first->totals.sodium_mg, 1 + 110, EPS);
    g_assert_cmpfloat_with_epsilon (first->totals.fat_g, 0.3, EPS);
    g_assert_cmpuint (first->totals.incomplete, ==, (1u << HEARTH_NUTRIENT_FAT) | (1u << HEARTH_NUTRIENT_SATURATED_FAT));
    ASSERT_OK (hearth_store_get_day_nutrition (f->store, hearth_profile_get_uuid (ann), day_of (2024, 6, 10),
                                               &check, &error));
    g_assert_cmpuint (check.incomplete, ==, first->totals.incomplete);
    g_assert_cmpfloat_with_epsilon (check.energy_kcal, first->totals.energy_kcal, EPS);

    g_assert_cmpint (second->local_day, ==, day_of (2024, 6, 12));
    g_assert_cmpuint (second->meals, ==, 1);
    g_assert_cmpfloat_with_epsilon (second->totals.energy_kcal, 260, EPS);
    g_assert_cmpuint (second->totals.incomplete, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/hearth/diet/nutrition/per-100", test_nutrition_per_100);
  g_test_add_func ("/hearth/diet/nutrition/per-serving", test_nutrition_per_serving);
  g_test_add_func ("/hearth/diet/nutrition/bad-amounts", test_nutrition_bad_amounts);
  g_test_add_func ("/hearth/diet/nutrition/totals", test_nutrition_totals);
  g_test_add_func ("/hearth/diet/nutrition/targets", test_nutrition_targets);

#define ADD(path, func) \
  g_test_add ("/hearth/diet/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("foods", test_store_foods);
  ADD ("log-meal", test_store_log_meal);
  ADD ("bad-meals", test_store_bad_meals);
  ADD ("quick-entry-and-purge", test_store_quick_entry_and_purge);
  ADD ("copy-meal", test_store_copy_meal);
  ADD ("meal-signals", test_store_meal_signals);
  ADD ("search", test_store_search);
  ADD ("query-plans", test_store_query_plans);
  ADD ("daily-nutrition", test_store_daily_nutrition);

  return g_test_run ();
}
