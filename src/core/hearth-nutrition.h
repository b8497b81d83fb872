/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-types.h"

G_BEGIN_DECLS

/* Nutrition arithmetic: pure functions, no store (docs/clinical.md#diet).
 * Canonical units: energy in kcal, sodium in mg, every other nutrient in
 * grams. NAN is "not known". */

#define HEARTH_DIET_ERROR (hearth_diet_error_quark ())

/* Validation errors of the diet log (foods, meals, recipes): the code
 * names the field the message belongs next to. */
typedef enum
{
  HEARTH_DIET_ERROR_FOOD,           /* a food's name, or the food of an item */
  HEARTH_DIET_ERROR_NUTRIENT,       /* a food's energy or nutrient values */
  HEARTH_DIET_ERROR_SERVING,        /* a food's serving size */
  HEARTH_DIET_ERROR_AMOUNT,         /* an item's amount, a meal's total */
  HEARTH_DIET_ERROR_MEAL_TYPE,      /* a custom meal's name */
  HEARTH_DIET_ERROR_TIME,           /* when a meal was eaten */
  HEARTH_DIET_ERROR_PORTIONS,       /* a recipe's number of portions */
  HEARTH_DIET_ERROR_COOKED_WEIGHT,  /* a recipe's cooked weight */
} HearthDietError;

GQuark hearth_diet_error_quark (void);

typedef enum
{
  HEARTH_AMOUNT_UNIT_GRAM,
  HEARTH_AMOUNT_UNIT_MILLILITRE,
  HEARTH_AMOUNT_UNIT_SERVING,
} HearthAmountUnit;

/* "g", "ml", "serving" (the stored and CLI identifiers). */
const char *hearth_amount_unit_to_string   (HearthAmountUnit  unit);
gboolean    hearth_amount_unit_from_string (const char       *s,
                                            HearthAmountUnit *unit);

typedef enum
{
  HEARTH_NUTRIENT_ENERGY,
  HEARTH_NUTRIENT_PROTEIN,
  HEARTH_NUTRIENT_CARBOHYDRATE,
  HEARTH_NUTRIENT_SUGARS,
  HEARTH_NUTRIENT_FAT,
  HEARTH_NUTRIENT_SATURATED_FAT,
  HEARTH_NUTRIENT_FIBRE,
  HEARTH_NUTRIENT_SODIUM,
  HEARTH_N_NUTRIENTS,
} HearthNutrient;

typedef struct
{
  double energy_kcal;
  double protein_g;
  double carbohydrate_g;
  double sugars_g;
  double fat_g;
  double saturated_fat_g;
  double fibre_g;
  double sodium_mg;
  /* Totals only: bit (1 << HearthNutrient) set when some part of that
   * nutrient was not known (its total is then a lower bound). */
  guint  incomplete;
} HearthNutrients;

/* Every value NAN ("not known"), incomplete 0. */
void     hearth_nutrients_init_unknown (HearthNutrients *n);
/* Every value 0: the start of a total. */
void     hearth_nutrients_init_zero    (HearthNutrients *n);
double   hearth_nutrients_get          (const HearthNutrients *n,
                                        HearthNutrient         nutrient);
void     hearth_nutrients_set          (HearthNutrients *n,
                                        HearthNutrient   nutrient,
                                        double           value);
/* Adds @part into @total; a nutrient @part does not know adds nothing and
 * marks @total incomplete for it (so does one already incomplete in @part). */
void     hearth_nutrients_add          (HearthNutrients       *total,
                                        const HearthNutrients *part);

/* The nutrition of @amount @unit of a food whose values @per are given per
 * 100 g (@per_unit GRAM), per 100 ml (MILLILITRE) or per serving
 * (SERVING); @serving_size is one serving in the food's grams or
 * millilitres (NAN when unknown). Servings of a per-100 food and grams of
 * a per-serving food need the serving size; grams of a food given per
 * 100 ml (or the reverse) cannot be converted (no density). FALSE with
 * HEARTH_VALIDATION_ERROR_AMOUNT when @amount is not a positive finite
 * number or cannot be converted. */
gboolean hearth_nutrition_scale        (const HearthNutrients *per,
                                        HearthAmountUnit       per_unit,
                                        double                 serving_size,
                                        double                 amount,
                                        HearthAmountUnit       unit,
                                        HearthNutrients       *out,
                                        GError               **error);

/* The amount in grams or millilitres (servings through @serving_size);
 * NAN when it cannot be known. */
double   hearth_nutrition_amount_in_base (HearthAmountUnit per_unit,
                                          double           serving_size,
                                          double           amount,
                                          HearthAmountUnit unit);

/* Salt (g) from sodium (mg): sodium × 2.5. */
double   hearth_nutrition_salt_g       (double sodium_mg);

/* Resting energy (kcal a day), Mifflin–St Jeor: 10·kg + 6.25·cm − 5·age
 * + 5 (male) or − 161 (female). NAN for another or unknown sex, or a
 * missing value. */
double   hearth_nutrition_resting_energy (double    weight_kg,
                                          double    height_cm,
                                          int       age_years,
                                          HearthSex sex);

typedef enum
{
  HEARTH_ACTIVITY_LEVEL_SEDENTARY,  /* sedentary or light activity lifestyle */
  HEARTH_ACTIVITY_LEVEL_ACTIVE,     /* active or moderately active */
  HEARTH_ACTIVITY_LEVEL_VIGOROUS,   /* vigorous or vigorously active */
} HearthActivityLevel;

/* The physical activity level (PAL) the energy target multiplies resting
 * energy by (docs/clinical.md#diet). */
double   hearth_nutrition_activity_factor (HearthActivityLevel level);
/* Resting energy × activity factor; NAN when resting energy is unknown. */
double   hearth_nutrition_energy_target   (double              weight_kg,
                                           double              height_cm,
                                           int                 age_years,
                                           HearthSex           sex,
                                           HearthActivityLevel level);

/* WHO: sodium under 2 g (2000 mg) a day. */
#define HEARTH_SODIUM_LIMIT_MG 2000.0
/* WHO: free sugars under 10 % of energy. */
#define HEARTH_SUGARS_LIMIT_PERCENT 10.0
/* Protein at least 0.8 g per kg of body weight a day. */
#define HEARTH_PROTEIN_G_PER_KG 0.8
/* Atwater factor for sugars (kcal per gram). */
#define HEARTH_KCAL_PER_G_SUGAR 4.0

/* TRUE when a day's sodium is at or over the limit. */
gboolean hearth_nutrition_sodium_over     (double sodium_mg);
/* Sugars' share of energy in percent (4 kcal/g); NAN without energy. */
double   hearth_nutrition_sugars_percent  (double sugars_g,
                                           double energy_kcal);
gboolean hearth_nutrition_sugars_over     (double sugars_g,
                                           double energy_kcal);
/* The day's protein target in grams; NAN without a weight. */
double   hearth_nutrition_protein_target_g (double weight_kg);

G_END_DECLS
