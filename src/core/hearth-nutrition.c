/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-nutrition"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-nutrition.h"

/* Nutrition arithmetic (docs/clinical.md#diet). Pure functions. */

G_DEFINE_QUARK (hearth-diet-error-quark, hearth_diet_error)

static const char * const unit_names[] = { "g", "ml", "serving" };

const char *
hearth_amount_unit_to_string (HearthAmountUnit unit)
{
  g_return_val_if_fail (unit <= HEARTH_AMOUNT_UNIT_SERVING, "");
  return unit_names[unit];
}

gboolean
hearth_amount_unit_from_string (const char       *s,
                                HearthAmountUnit *unit)
{
  g_return_val_if_fail (unit != NULL, FALSE);

  for (guint i = 0; s != NULL && i < G_N_ELEMENTS (unit_names); i++)
    if (g_strcmp0 (s, unit_names[i]) == 0)
      {
        *unit = (HearthAmountUnit) i;
        return TRUE;
      }
  return FALSE;
}

static double *
nutrient_slot (HearthNutrients *n,
               HearthNutrient   nutrient)
{
  switch (nutrient)
    {
    case HEARTH_NUTRIENT_ENERGY:        return &n->energy_kcal;
    case HEARTH_NUTRIENT_PROTEIN:       return &n->protein_g;
    case HEARTH_NUTRIENT_CARBOHYDRATE:  return &n->carbohydrate_g;
    case HEARTH_NUTRIENT_SUGARS:        return &n->sugars_g;
    case HEARTH_NUTRIENT_FAT:           return &n->fat_g;
    case HEARTH_NUTRIENT_SATURATED_FAT: return &n->saturated_fat_g;
    case HEARTH_NUTRIENT_FIBRE:         return &n->fibre_g;
    case HEARTH_NUTRIENT_SODIUM:        return &n->sodium_mg;
    case HEARTH_N_NUTRIENTS:
    default:
      g_assert_not_reached ();
    }
}

double
hearth_nutrients_get (const HearthNutrients *n,
                      HearthNutrient         nutrient)
{
  g_return_val_if_fail (n != NULL && nutrient < HEARTH_N_NUTRIENTS, NAN);
  return *nutrient_slot ((HearthNutrients *) n, nutrient);
}

void
hearth_nutrients_set (HearthNutrients *n,
                      HearthNutrient   nutrient,
                      double           value)
{
  g_return_if_fail (n != NULL && nutrient < HEARTH_N_NUTRIENTS);
  *nutrient_slot (n, nutrient) = value;
}

void
hearth_nutrients_init_unknown (HearthNutrients *n)
{
  g_return_if_fail (n != NULL);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    *nutrient_slot (n, i) = NAN;
  n->incomplete = 0;
}

void
hearth_nutrients_init_zero (HearthNutrients *n)
{
  g_return_if_fail (n != NULL);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    *nutrient_slot (n, i) = 0;
  n->incomplete = 0;
}

void
hearth_nutrients_add (HearthNutrients       *total,
                      const HearthNutrients *part)
{
  g_return_if_fail (total != NULL && part != NULL);

  total->incomplete |= part->incomplete;
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    {
      double value = hearth_nutrients_get (part, i);

      if (isnan (value))
        total->incomplete |= 1u << i;
      else
        *nutrient_slot (total, i) += value;
    }
}

static gboolean
is_known_positive (double value)
{
  return isfinite (value) && value > 0;
}

double
hearth_nutrition_amount_in_base (HearthAmountUnit per_unit,
                                 double           serving_size,
                                 double           amount,
                                 HearthAmountUnit unit)
{
  if (unit == HEARTH_AMOUNT_UNIT_SERVING)
    return is_known_positive (serving_size) ? amount * serving_size : NAN;
  if (per_unit != HEARTH_AMOUNT_UNIT_SERVING && per_unit != unit)
    return NAN;   /* grams of a food given per 100 ml, or the reverse */
  return amount;
}

gboolean
hearth_nutrition_scale (const HearthNutrients *per,
                        HearthAmountUnit       per_unit,
                        double                 serving_size,
                        double                 amount,
                        HearthAmountUnit       unit,
                        HearthNutrients       *out,
                        GError               **error)
{
  double factor;

  g_return_val_if_fail (per != NULL && out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!is_known_positive (amount))
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                           _("The amount must be a number greater than 0"));
      return FALSE;
    }

  if (per_unit == HEARTH_AMOUNT_UNIT_SERVING && unit == HEARTH_AMOUNT_UNIT_SERVING)
    factor = amount;
  else if (per_unit == HEARTH_AMOUNT_UNIT_SERVING)
    factor = is_known_positive (serving_size) ? amount / serving_size : NAN;
  else
    factor = hearth_nutrition_amount_in_base (per_unit, serving_size, amount, unit) / 100.0;

  if (!isfinite (factor))
    {
      if (unit != HEARTH_AMOUNT_UNIT_SERVING && per_unit != HEARTH_AMOUNT_UNIT_SERVING)
        g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                     /* Translators: %s is a unit, "g" or "ml" */
                     _("This food is measured in %s"), hearth_amount_unit_to_string (per_unit));
      else
        g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                             _("This food has no serving size: give the amount in grams or millilitres"));
      return FALSE;
    }

  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    *nutrient_slot (out, i) = hearth_nutrients_get (per, i) * factor;
  out->incomplete = 0;
  return TRUE;
}

double
hearth_nutrition_salt_g (double sodium_mg)
{
  return sodium_mg * 2.5 / 1000.0;
}

/* docs/clinical.md#diet: Mifflin et al. 1990. */
double
hearth_nutrition_resting_energy (double    weight_kg,
                                 double    height_cm,
                                 int       age_years,
                                 HearthSex sex)
{
  double base;

  if (!is_known_positive (weight_kg) || !is_known_positive (height_cm) || age_years < 0)
    return NAN;

  base = 10.0 * weight_kg + 6.25 * height_cm - 5.0 * age_years;
  switch (sex)
    {
    case HEARTH_SEX_MALE:   return base + 5;
    case HEARTH_SEX_FEMALE: return base - 161;
    case HEARTH_SEX_UNSET:
    case HEARTH_SEX_OTHER:
    default:
      return NAN;
    }
}

/* docs/clinical.md#diet: FAO/WHO/UNU 2004, the report's example PALs. */
double
hearth_nutrition_activity_factor (HearthActivityLevel level)
{
  switch (level)
    {
    case HEARTH_ACTIVITY_LEVEL_SEDENTARY: return 1.53;
    case HEARTH_ACTIVITY_LEVEL_ACTIVE:    return 1.76;
    case HEARTH_ACTIVITY_LEVEL_VIGOROUS:  return 2.25;
    default:
      g_return_val_if_reached (NAN);
    }
}

double
hearth_nutrition_energy_target (double              weight_kg,
                                double              height_cm,
                                int                 age_years,
                                HearthSex           sex,
                                HearthActivityLevel level)
{
  return hearth_nutrition_resting_energy (weight_kg, height_cm, age_years, sex)
         * hearth_nutrition_activity_factor (level);
}

gboolean
hearth_nutrition_sodium_over (double sodium_mg)
{
  return sodium_mg >= HEARTH_SODIUM_LIMIT_MG;
}

double
hearth_nutrition_sugars_percent (double sugars_g,
                                 double energy_kcal)
{
  if (!is_known_positive (energy_kcal) || !isfinite (sugars_g))
    return NAN;
  return sugars_g * HEARTH_KCAL_PER_G_SUGAR * 100.0 / energy_kcal;
}

gboolean
hearth_nutrition_sugars_over (double sugars_g,
                              double energy_kcal)
{
  return hearth_nutrition_sugars_percent (sugars_g, energy_kcal) >= HEARTH_SUGARS_LIMIT_PERCENT;
}

double
hearth_nutrition_protein_target_g (double weight_kg)
{
  return is_known_positive (weight_kg) ? HEARTH_PROTEIN_G_PER_KG * weight_kg : NAN;
}
