/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-food.h"
#include "hearth-meal.h"
#include "hearth-types.h"

G_BEGIN_DECLS

/* Used by the store when it loads or writes diet rows; not for the app. */
void _hearth_food_set_uuid   (HearthFood *self, const char *uuid);
void _hearth_food_set_stamps (HearthFood *self, gint64 created_at, gint64 updated_at);
void _hearth_food_set_fdc_id (HearthFood *self, gint64 fdc_id);
void _hearth_meal_set_uuid   (HearthMeal *self, const char *uuid);

/* Inside a write: food row @food_id was logged at @at (UTC µs); keeps
 * foods.last_used_at (schema 8), which the food search ranks by. Every
 * insert into meal_items calls it. */
gboolean _hearth_store_touch_food (HearthStore  *store,
                                   gint64        food_id,
                                   gint64        at,
                                   GError      **error);

/* Tests only: the SQL of hearth-store-diet.c that runs per day or per meal,
 * NULL-terminated, so tests/test-diet.c can check with EXPLAIN QUERY PLAN
 * that each one walks an index (years of meals are never scanned). */
const char * const *_hearth_store_diet_queries_for_testing (void);

/* Tests only: the SQL of hearth-store-recipes.c that runs per recipe or per
 * food (by uuid, ingredients, a food's logged items), NULL-terminated, for
 * the same check. */
const char * const *_hearth_store_recipes_queries_for_testing (void);

G_END_DECLS
