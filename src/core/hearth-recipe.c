/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-recipe"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-food.h"
#include "hearth-meal.h"
#include "hearth-recipe.h"

/* Recipes: the arithmetic per portion and per 100 g cooked
 * (docs/clinical.md#diet) and what a recipe must hold. */

static void
recipe_item_free (gpointer data)
{
  HearthRecipeItem *item = data;

  g_free (item->food_uuid);
  g_free (item->name);
  g_free (item);
}

HearthRecipe *
hearth_recipe_new (const char *name,
                   double      portions)
{
  HearthRecipe *self = g_new0 (HearthRecipe, 1);

  self->name = g_strdup (name);
  self->portions = portions;
  self->cooked_weight_g = NAN;
  self->items = g_ptr_array_new_with_free_func (recipe_item_free);
  hearth_nutrients_init_unknown (&self->total);
  hearth_nutrients_init_unknown (&self->per_portion);
  hearth_nutrients_init_unknown (&self->per_100g);
  return self;
}

void
hearth_recipe_free (HearthRecipe *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->food_uuid);
  g_free (self->name);
  g_ptr_array_unref (self->items);
  g_free (self);
}

void
hearth_recipe_add_item (HearthRecipe     *self,
                        const char       *food_uuid,
                        double            amount,
                        HearthAmountUnit  unit)
{
  HearthRecipeItem *item;

  g_return_if_fail (self != NULL);

  item = g_new0 (HearthRecipeItem, 1);
  item->food_uuid = g_strdup (food_uuid);
  item->amount = amount;
  item->unit = unit;
  g_ptr_array_add (self->items, item);
}

static gboolean
check_portions (double    portions,
                GError  **error)
{
  if (!isfinite (portions) || portions <= 0 || portions > HEARTH_RECIPE_MAX_PORTIONS)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_PORTIONS,
                   _("The number of portions must be more than 0 and at most %.0f"),
                   HEARTH_RECIPE_MAX_PORTIONS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_cooked_weight (double    cooked_weight_g,
                     GError  **error)
{
  if (isnan (cooked_weight_g))
    return TRUE;
  if (!isfinite (cooked_weight_g) || cooked_weight_g <= 0 || cooked_weight_g > HEARTH_RECIPE_MAX_COOKED_G)
    {
      g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_COOKED_WEIGHT,
                   _("The cooked weight must be more than 0 and at most %.0f kg"),
                   HEARTH_RECIPE_MAX_COOKED_G / 1000);
      return FALSE;
    }
  return TRUE;
}

/* @total × @times ÷ @parts, nutrient by nutrient. */
static void
scale_nutrients (const HearthNutrients *total,
                 double                 times,
                 double                 parts,
                 HearthNutrients       *out)
{
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    hearth_nutrients_set (out, i, hearth_nutrients_get (total, i) * times / parts);
  out->incomplete = total->incomplete;
}

gboolean
hearth_recipe_compute (const HearthNutrients *total,
                       double                 portions,
                       double                 cooked_weight_g,
                       HearthNutrients       *per_portion,
                       HearthNutrients       *per_100g,
                       GError               **error)
{
  HearthNutrients portion, hundred;

  g_return_val_if_fail (total != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_portions (portions, error) || !check_cooked_weight (cooked_weight_g, error))
    return FALSE;

  scale_nutrients (total, 1, portions, &portion);
  if (isnan (cooked_weight_g))
    hearth_nutrients_init_unknown (&hundred);
  else
    {
      scale_nutrients (total, 100, cooked_weight_g, &hundred);
      /* Nothing is denser in energy than pure fat: a cooked weight that
       * says so was mistyped (grams for kilograms). */
      if (hundred.energy_kcal > HEARTH_FOOD_MAX_KCAL_PER_100)
        {
          g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_COOKED_WEIGHT,
                       _("A cooked weight of %.0f g would give %.0f kcal per 100 g: "
                         "check the weight of the whole dish"),
                       cooked_weight_g, hundred.energy_kcal);
          return FALSE;
        }
    }
  if (per_portion != NULL)
    *per_portion = portion;
  if (per_100g != NULL)
    *per_100g = hundred;
  return TRUE;
}

static gboolean
has_control_characters (const char *s)
{
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
hearth_recipe_validate (const HearthRecipe  *self,
                        GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autofree char *name = g_strstrip (g_strdup (self->name != NULL ? self->name : ""));

    if (name[0] == '\0')
      {
        g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                             _("Enter the recipe’s name"));
        return FALSE;
      }
    if (!g_utf8_validate (name, -1, NULL) || has_control_characters (name))
      {
        g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                             _("A name cannot contain tabs, line breaks or other control characters"));
        return FALSE;
      }
  }
  if (!check_portions (self->portions, error) || !check_cooked_weight (self->cooked_weight_g, error))
    return FALSE;
  if (self->items->len == 0)
    {
      g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                           _("A recipe needs at least one ingredient"));
      return FALSE;
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      const HearthRecipeItem *item = self->items->pdata[i];
      const char *name = item->name != NULL ? item->name : "";

      if (item->food_uuid == NULL || item->food_uuid[0] == '\0')
        {
          g_set_error_literal (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD,
                               _("Each ingredient needs a food"));
          return FALSE;
        }
      if (!isfinite (item->amount) || item->amount <= 0)
        {
          g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                       _("The amount of %s must be a number greater than 0"), name);
          return FALSE;
        }
      if (item->unit == HEARTH_AMOUNT_UNIT_SERVING ? item->amount > HEARTH_MEAL_ITEM_MAX_SERVINGS
                                                   : item->amount > HEARTH_MEAL_ITEM_MAX_G)
        {
          g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT,
                       _("%s: one ingredient can be at most %.0f kg or %.0f servings"),
                       name, HEARTH_MEAL_ITEM_MAX_G / 1000, HEARTH_MEAL_ITEM_MAX_SERVINGS);
          return FALSE;
        }
    }
  return TRUE;
}
