/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hearth-nutrition.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_MEAL_TYPE_BREAKFAST,
  HEARTH_MEAL_TYPE_LUNCH,
  HEARTH_MEAL_TYPE_DINNER,
  HEARTH_MEAL_TYPE_SNACK,
  HEARTH_MEAL_TYPE_CUSTOM,     /* named by hearth_meal_get_custom_name() */
} HearthMealType;

/* "breakfast", "lunch", "dinner", "snack", "custom" (stored, CLI). */
const char *hearth_meal_type_to_string   (HearthMealType  type);
gboolean    hearth_meal_type_from_string (const char     *s,
                                          HearthMealType *type);
/* Translated, for people: "Breakfast". */
const char *hearth_meal_type_get_label   (HearthMealType  type);

/* Limits (bad input): one item at most 5 kg (or l), a meal at most 10 kg,
 * at most 100 servings of one food and 20 000 kcal in a meal. */
#define HEARTH_MEAL_ITEM_MAX_G      5000.0
#define HEARTH_MEAL_MAX_G           10000.0
#define HEARTH_MEAL_ITEM_MAX_SERVINGS 100.0
#define HEARTH_MEAL_MAX_KCAL        20000.0

/* One food in a meal, with the nutrition as logged. @food_uuid is NULL for
 * a quick entry (a name and kcal only). @base_amount is the amount in
 * grams or millilitres when known (NAN for servings of unknown size). */
typedef struct
{
  char            *uuid;
  char            *food_uuid;
  char            *name;
  double           amount;
  HearthAmountUnit unit;
  double           base_amount;
  HearthNutrients  nutrients;
} HearthMealItem;

#define HEARTH_TYPE_MEAL_ITEM (hearth_meal_item_get_type ())
GType           hearth_meal_item_get_type (void) G_GNUC_CONST;
HearthMealItem *hearth_meal_item_new      (void);
HearthMealItem *hearth_meal_item_copy     (const HearthMealItem *item);
void            hearth_meal_item_free     (HearthMealItem       *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthMealItem, hearth_meal_item_free)

#define HEARTH_TYPE_MEAL (hearth_meal_get_type ())

G_DECLARE_FINAL_TYPE (HearthMeal, hearth_meal, HEARTH, MEAL, GObject)

HearthMeal     *hearth_meal_new              (const char     *profile_uuid,
                                              HearthMealType  type,
                                              GDateTime      *taken_at);
const char     *hearth_meal_get_uuid         (HearthMeal *self);
const char     *hearth_meal_get_profile_uuid (HearthMeal *self);
HearthMealType  hearth_meal_get_meal_type    (HearthMeal *self);
void            hearth_meal_set_meal_type    (HearthMeal *self, HearthMealType type);
const char     *hearth_meal_get_custom_name  (HearthMeal *self);
void            hearth_meal_set_custom_name  (HearthMeal *self, const char *name);
/* The custom name, or the type's label. */
const char     *hearth_meal_get_title        (HearthMeal *self);
GDateTime      *hearth_meal_get_taken_at     (HearthMeal *self);
void            hearth_meal_set_taken_at     (HearthMeal *self, GDateTime *taken_at);
gint64          hearth_meal_get_local_day    (HearthMeal *self);
const char     *hearth_meal_get_note         (HearthMeal *self);
void            hearth_meal_set_note         (HearthMeal *self, const char *note);
/* HearthMealItem, in order; owned by the meal. */
GPtrArray      *hearth_meal_get_items        (HearthMeal *self);
/* Takes @item. */
void            hearth_meal_add_item         (HearthMeal *self, HearthMealItem *item);
/* The sum of the items' nutrition (hearth_nutrients_add()). */
void            hearth_meal_get_totals       (HearthMeal *self, HearthNutrients *totals);

/* FALSE with HEARTH_DIET_ERROR: MEAL_TYPE (a custom meal needs its
 * name), AMOUNT (no items, an amount not above 0 or not finite, an item
 * over 5 kg or 100 servings, a meal over 10 kg or 20 000 kcal), FOOD (an
 * item without a name), NUTRIENT (an item's energy unknown or negative),
 * TIME (missing, before 1900, in the future after @now). */
gboolean        hearth_meal_validate         (HearthMeal  *self,
                                              GDateTime   *now,
                                              GError     **error);

G_END_DECLS
