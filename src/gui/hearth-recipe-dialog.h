/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECIPE_DIALOG (hearth_recipe_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecipeDialog, hearth_recipe_dialog, HEARTH, RECIPE_DIALOG, AdwWindow)

/* Adds a recipe (a food made of the family's foods), or edits the recipe
 * with uuid @recipe_uuid when not NULL: its name, ingredients with their
 * amounts, number of portions and cooked weight, with its nutrition per
 * portion and per 100 g cooked as it is typed. */
HearthRecipeDialog *hearth_recipe_dialog_new (HearthStore *store,
                                              const char  *recipe_uuid);

G_END_DECLS
