/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-recipe.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* Recipes (hearth-store-recipes.c, schema 6). A recipe is a food of the
 * family's list: hearth_store_search_foods() finds it, a meal logs it
 * (portions, or grams when the cooked weight is known) with the nutrition
 * as logged. Errors: HEARTH_STORE_ERROR, or HEARTH_DIET_ERROR naming the
 * field. */

/* In ONE transaction: each ingredient's nutrition from its food as it is
 * now, their sum, the nutrition per portion and per 100 g cooked
 * (filled into @recipe), a food named @recipe->name holding one portion
 * (HEARTH_STORE_ERROR_EXISTS when a live food has that name), the recipe
 * and its ingredients. Fills uuid, food_uuid, the ingredients' names and
 * the stamps. */
gboolean      hearth_store_add_recipe       (HearthStore   *self,
                                             HearthRecipe  *recipe,
                                             GError       **error);
/* Replaces recipe @recipe->uuid (name, portions, cooked weight,
 * favourite, ingredients) and recomputes its food for meals logged from
 * now on; past meals keep what they were logged with
 * (hearth_store_update_past_meals() changes them when asked). */
gboolean      hearth_store_update_recipe    (HearthStore   *self,
                                             HearthRecipe  *recipe,
                                             GError       **error);
/* The live recipe @uuid with its ingredients and computed nutrition
 * (from the food row: as last saved). NOT_FOUND when absent or when its
 * food is deleted. */
HearthRecipe *hearth_store_get_recipe       (HearthStore   *self,
                                             const char    *uuid,
                                             GError       **error);
/* The recipe food @food_uuid is, or NULL without error when it is a plain
 * food. */
HearthRecipe *hearth_store_get_recipe_of_food (HearthStore *self,
                                               const char  *food_uuid,
                                               GError     **error);
/* Every live recipe (HearthRecipe, with ingredients) by name. */
GPtrArray    *hearth_store_list_recipes     (HearthStore   *self,
                                             GError       **error);

/* Asked for explicitly ("update past meals"): every logged item of food
 * @food_uuid, in meals deleted or not, takes the nutrition of its amount
 * from the food as it is now, in one transaction. *@n_items (optional):
 * how many items changed. When an item's amount cannot be converted any
 * more (grams of a food now given per serving without a size),
 * HEARTH_DIET_ERROR_AMOUNT and nothing changes. (No signal: the store
 * emits none for diet changes yet.) */
gboolean      hearth_store_update_past_meals (HearthStore  *self,
                                              const char   *food_uuid,
                                              guint        *n_items,
                                              GError      **error);

G_END_DECLS
