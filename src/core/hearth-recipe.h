/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hearth-nutrition.h"

G_BEGIN_DECLS

/* A recipe: a food of the family's list made of other foods with amounts,
 * a number of portions and, when weighed, the cooked weight of the whole
 * dish. Its nutrition per portion and per 100 g cooked is computed from
 * the ingredients (hearth_recipe_compute()); the store keeps it as a food
 * given per serving (one portion), so a meal logs a recipe like any food:
 * portions, or grams when the cooked weight is known. A plain struct:
 * fill it, hand it to hearth_store_add_recipe(). */

/* Limits (bad input): at most 100 portions, an ingredient at most 5 kg or
 * 100 servings (as a meal's item), a cooked dish at most 20 kg. */
#define HEARTH_RECIPE_MAX_PORTIONS       100.0
#define HEARTH_RECIPE_MAX_COOKED_G       20000.0

typedef struct
{
  char            *food_uuid;   /* the ingredient */
  char            *name;        /* the ingredient's name (filled when loaded) */
  double           amount;
  HearthAmountUnit unit;
} HearthRecipeItem;

typedef struct
{
  char       *uuid;            /* the recipe's row; NULL until stored */
  char       *food_uuid;       /* the food it is logged as; NULL until stored */
  char       *name;
  double      portions;        /* > 0 */
  double      cooked_weight_g; /* the whole dish cooked; NAN: not weighed */
  gboolean    favourite;
  GPtrArray  *items;           /* HearthRecipeItem, in order */
  /* Computed by the store from the ingredients as they are now. */
  HearthNutrients total;
  HearthNutrients per_portion;
  HearthNutrients per_100g;    /* every value NAN without a cooked weight */
  gint64      created_at;
  gint64      updated_at;
} HearthRecipe;

HearthRecipe *hearth_recipe_new      (const char    *name,
                                      double         portions);
void          hearth_recipe_free     (HearthRecipe  *self);
/* Appends an ingredient (a copy of @food_uuid). */
void          hearth_recipe_add_item (HearthRecipe  *self,
                                      const char    *food_uuid,
                                      double         amount,
                                      HearthAmountUnit unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthRecipe, hearth_recipe_free)

/* The arithmetic (docs/clinical.md#diet): from @total, the sum of the
 * ingredients' nutrition, the nutrition of one of @portions and of 100 g
 * of the dish weighing @cooked_weight_g cooked (NAN: every per-100 g
 * value NAN). Nutrients @total does not know stay incomplete. FALSE with
 * HEARTH_DIET_ERROR_PORTIONS when @portions is not above 0, not finite or
 * over the limit; HEARTH_DIET_ERROR_COOKED_WEIGHT when the cooked weight
 * is not above 0, over the limit, or denser in energy than pure fat. */
gboolean      hearth_recipe_compute  (const HearthNutrients *total,
                                      double                 portions,
                                      double                 cooked_weight_g,
                                      HearthNutrients       *per_portion,
                                      HearthNutrients       *per_100g,
                                      GError               **error);

/* HEARTH_DIET_ERROR naming the field: FOOD (no name, a control
 * character, no ingredient, an ingredient without a food), AMOUNT (an
 * ingredient's amount not above 0 or over 5 kg or 100 servings),
 * PORTIONS, COOKED_WEIGHT. The store checks the rest (the foods exist,
 * the amounts convert, the totals). */
gboolean      hearth_recipe_validate (const HearthRecipe *self,
                                      GError            **error);

G_END_DECLS
