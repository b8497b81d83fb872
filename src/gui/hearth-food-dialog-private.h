/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-food-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_FOOD_FIELD_NAME,
  HEARTH_FOOD_FIELD_ENERGY,
  HEARTH_FOOD_FIELD_PROTEIN,
  HEARTH_FOOD_FIELD_CARBOHYDRATE,
  HEARTH_FOOD_FIELD_SUGARS,
  HEARTH_FOOD_FIELD_FAT,
  HEARTH_FOOD_FIELD_SATURATED_FAT,
  HEARTH_FOOD_FIELD_FIBRE,
  HEARTH_FOOD_FIELD_SODIUM,
  HEARTH_FOOD_FIELD_SERVING_SIZE,
  HEARTH_FOOD_FIELD_SERVING_NAME,
  HEARTH_FOOD_N_FIELDS
} HearthFoodField;

GtkEditable  *_hearth_food_dialog_get_entry   (HearthFoodDialog *self,
                                               HearthFoodField   field);
/* The message under the field ("" when none). */
const char   *_hearth_food_dialog_get_error   (HearthFoodDialog *self,
                                               HearthFoodField   field);
/* The unit after the field ("kcal", "kJ", "g"; "" when none). */
const char   *_hearth_food_dialog_get_unit    (HearthFoodDialog *self,
                                               HearthFoodField   field);
void          _hearth_food_dialog_set_per     (HearthFoodDialog *self,
                                               HearthAmountUnit  per_unit);
void          _hearth_food_dialog_set_favourite (HearthFoodDialog *self,
                                                 gboolean          favourite);
void          _hearth_food_dialog_set_update_past (HearthFoodDialog *self,
                                                   gboolean          update);
/* Delete Food (shown when editing). */
GtkButton    *_hearth_food_dialog_get_delete_button (HearthFoodDialog *self);
/* Same as pressing Add/Save: TRUE when the store took the food. */
gboolean      _hearth_food_dialog_save        (HearthFoodDialog *self);

G_END_DECLS
