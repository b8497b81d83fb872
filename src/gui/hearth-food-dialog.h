/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FOOD_DIALOG (hearth_food_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthFoodDialog, hearth_food_dialog, HEARTH, FOOD_DIALOG, AdwWindow)

/* Adds a food to the family's list, or edits @food when not NULL: its
 * name, what its values are for (100 g, 100 ml or a serving), energy and
 * nutrients, serving size and name, favourite. Past meals keep what they
 * were logged with unless "Also Update Past Meals" is checked. */
HearthFoodDialog *hearth_food_dialog_new (HearthStore *store,
                                          HearthFood  *food);

G_END_DECLS
