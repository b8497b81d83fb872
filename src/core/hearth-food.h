/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hearth-nutrition.h"

G_BEGIN_DECLS

/* A food of the family's own list (shared by every member): its name, its
 * nutrition per 100 g (per unit GRAM), per 100 ml (MILLILITRE) or per
 * serving (SERVING), a serving size in grams or millilitres (NAN when
 * unknown) and whether it is a favourite. */

#define HEARTH_TYPE_FOOD (hearth_food_get_type ())

G_DECLARE_FINAL_TYPE (HearthFood, hearth_food, HEARTH, FOOD, GObject)

/* Limits, canonical units: values per 100 g cannot exceed 100 g of a
 * nutrient, 900 kcal (pure fat) or 40 000 mg sodium (pure salt is 39 300). */
#define HEARTH_FOOD_MAX_KCAL_PER_100       900.0
#define HEARTH_FOOD_MAX_KCAL_PER_SERVING   5000.0
#define HEARTH_FOOD_MAX_SODIUM_MG_PER_100  40000.0
#define HEARTH_FOOD_MAX_SERVING            5000.0   /* g or ml */

HearthFood            *hearth_food_new              (const char *name,
                                                     HearthAmountUnit per_unit);
const char            *hearth_food_get_uuid         (HearthFood *self);
const char            *hearth_food_get_name         (HearthFood *self);
void                   hearth_food_set_name         (HearthFood *self, const char *name);
HearthAmountUnit       hearth_food_get_per_unit     (HearthFood *self);
void                   hearth_food_set_per_unit     (HearthFood *self, HearthAmountUnit unit);
/* The values per 100 g/ml or per serving; NAN is "not known". */
const HearthNutrients *hearth_food_get_nutrients    (HearthFood *self);
void                   hearth_food_set_nutrients    (HearthFood *self, const HearthNutrients *values);
void                   hearth_food_set_nutrient     (HearthFood *self, HearthNutrient nutrient, double value);
double                 hearth_food_get_serving_size (HearthFood *self);
void                   hearth_food_set_serving_size (HearthFood *self, double grams_or_ml);
const char            *hearth_food_get_serving_name (HearthFood *self);
void                   hearth_food_set_serving_name (HearthFood *self, const char *name);
gboolean               hearth_food_get_favourite    (HearthFood *self);
void                   hearth_food_set_favourite    (HearthFood *self, gboolean favourite);
/* A reference food (loaded from USDA's table, read-only but for
 * "favourite") has its FoodData Central id; the family's own foods 0. */
gint64                 hearth_food_get_fdc_id       (HearthFood *self);
gboolean               hearth_food_is_reference     (HearthFood *self);
/* Where a reference food's values come from, translated ("USDA SR
 * Legacy"); NULL for the family's own foods. */
const char            *hearth_food_get_source_label (HearthFood *self);
gint64                 hearth_food_get_created_at   (HearthFood *self);   /* UTC µs, 0 before stored */
gint64                 hearth_food_get_updated_at   (HearthFood *self);

/* The nutrition of @amount @unit of this food (hearth_nutrition_scale()). */
gboolean               hearth_food_compute          (HearthFood       *self,
                                                     double            amount,
                                                     HearthAmountUnit  unit,
                                                     HearthNutrients  *out,
                                                     GError          **error);

/* FALSE with HEARTH_DIET_ERROR (FOOD for the name, NUTRIENT, SERVING)
 * and a translated message. Energy is required; other values may be NAN. */
gboolean               hearth_food_validate         (HearthFood  *self,
                                                     GError     **error);

G_END_DECLS
