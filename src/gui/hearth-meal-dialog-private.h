/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-food-picker.h"
#include "hearth-meal-dialog.h"

G_BEGIN_DECLS

/* Tests: the dialog's parts and what it shows. */
HearthMealType    _hearth_meal_dialog_get_meal_type (HearthMealDialog *self);
void              _hearth_meal_dialog_set_meal_type (HearthMealDialog *self,
                                                     HearthMealType    type);
AdwActionRow     *_hearth_meal_dialog_get_same_row  (HearthMealDialog *self);
AdwExpanderRow   *_hearth_meal_dialog_get_copy_row  (HearthMealDialog *self);
HearthFoodPicker *_hearth_meal_dialog_get_picker    (HearthMealDialog *self);
GtkEditable      *_hearth_meal_dialog_get_quick_name (HearthMealDialog *self);
GtkEditable      *_hearth_meal_dialog_get_quick_kcal (HearthMealDialog *self);
/* The unit after the quick entry's energy ("kcal" or "kJ"). */
GtkLabel         *_hearth_meal_dialog_get_quick_unit (HearthMealDialog *self);
/* The subtitle (message) of the quick entry's kcal row, the items'
 * message, the time row's. */
const char       *_hearth_meal_dialog_get_quick_kcal_error (HearthMealDialog *self);
const char       *_hearth_meal_dialog_get_items_error (HearthMealDialog *self);
/* HearthMealItem, in order. */
GPtrArray        *_hearth_meal_dialog_get_items     (HearthMealDialog *self);
/* The totals line shown under Items. */
const char       *_hearth_meal_dialog_get_totals    (HearthMealDialog *self);
/* Same as pressing Add: TRUE when the store took the meal. */
gboolean          _hearth_meal_dialog_save          (HearthMealDialog *self);

G_END_DECLS
