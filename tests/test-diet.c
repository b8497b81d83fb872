/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diet"

#include "config.h"

#include <math.h>

#include "hearth-nutrition.h"
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
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_AMOUNT);
  g_clear_error (&error);
  /* Servings without a serving size: refused. */
  g_assert_false (hearth_nutrition_scale (&per, HEARTH_AMOUNT_UNIT_MILLILITRE, NAN, 1,
                                          HEARTH_AMOUNT_UNIT_SERVING, &out, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_AMOUNT);
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
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_AMOUNT);
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
      g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_AMOUNT);
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

  return g_test_run ();
}
