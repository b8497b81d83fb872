/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-food-picker.h"
#include "hearth-recipe-dialog.h"

G_BEGIN_DECLS

GtkEditable      *_hearth_recipe_dialog_get_name_entry     (HearthRecipeDialog *self);
GtkEditable      *_hearth_recipe_dialog_get_portions_entry (HearthRecipeDialog *self);
GtkEditable      *_hearth_recipe_dialog_get_cooked_entry   (HearthRecipeDialog *self);
HearthFoodPicker *_hearth_recipe_dialog_get_picker         (HearthRecipeDialog *self);
/* The message under portions, cooked weight ("" when none). */
const char       *_hearth_recipe_dialog_get_portions_error (HearthRecipeDialog *self);
const char       *_hearth_recipe_dialog_get_cooked_error   (HearthRecipeDialog *self);
/* The nutrition line under Ingredients. */
const char       *_hearth_recipe_dialog_get_totals         (HearthRecipeDialog *self);
guint             _hearth_recipe_dialog_get_n_items        (HearthRecipeDialog *self);
void              _hearth_recipe_dialog_set_update_past    (HearthRecipeDialog *self,
                                                            gboolean            update);
gboolean          _hearth_recipe_dialog_save               (HearthRecipeDialog *self);

G_END_DECLS
