/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FOOD_PICKER (hearth_food_picker_get_type ())

G_DECLARE_FINAL_TYPE (HearthFoodPicker, hearth_food_picker, HEARTH, FOOD_PICKER, GtkBox)

/* A food and its amount, as the meal and recipe dialogs take them: a
 * search entry with instant results (hearth_store_search_foods(): the
 * favourite and recent foods while it is empty), an amount and its unit.
 * Return (or Tab) in the search takes the first result, Return in the
 * amount emits ::picked (HearthFood *food, double amount, int unit), whose
 * handler returns TRUE when it took the food: the picker then empties and
 * waits for the next one. Return with nothing typed activates the window's
 * default button. */
HearthFoodPicker *hearth_food_picker_new          (void);
void              hearth_food_picker_set_store    (HearthFoodPicker *self,
                                                   HearthStore      *store);
/* A food never offered (a recipe's own). */
void              hearth_food_picker_set_excluded (HearthFoodPicker *self,
                                                   const char       *food_uuid);
/* Shows @message under the amount (NULL clears it); what was typed stays. */
void              hearth_food_picker_show_error   (HearthFoodPicker *self,
                                                   const char       *message);
/* TRUE while nothing is typed in the search and the amount. */
gboolean          hearth_food_picker_is_empty     (HearthFoodPicker *self);
/* Searches again (after foods changed). */
void              hearth_food_picker_refresh      (HearthFoodPicker *self);
GtkWidget        *hearth_food_picker_get_search_entry (HearthFoodPicker *self);
GtkWidget        *hearth_food_picker_get_amount_entry (HearthFoodPicker *self);
/* The food results shown, in order (tests). */
GListModel       *hearth_food_picker_get_results  (HearthFoodPicker *self);

G_END_DECLS
