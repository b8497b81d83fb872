/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-food.h"
#include "hearth-meal.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* The diet log (hearth-store-diet.c): the family's foods and each
 * member's meals. Errors as the rest of the store: HEARTH_STORE_ERROR,
 * or HEARTH_DIET_ERROR naming the field. */

/* Foods --------------------------------------------------------------- */

/* Validates, assigns uuid and stamps. A live food of the same name
 * (case-folded: "ÉPINARDS" is "Épinards") is refused with
 * HEARTH_STORE_ERROR_EXISTS. */
gboolean     hearth_store_add_food      (HearthStore  *self,
                                         HearthFood   *food,
                                         GError      **error);
/* Changes the food for meals logged from now on; past meals keep the
 * nutrition they were logged with. A reference food takes only a change
 * of "favourite"; anything else is HEARTH_DIET_ERROR_FOOD, as are
 * deleting, undeleting and purging one. Names are unique among the
 * family's own foods; a reference food may share one (the family's
 * comes first in hearth_store_find_food()). */
gboolean     hearth_store_update_food   (HearthStore  *self,
                                         HearthFood   *food,
                                         GError      **error);
/* Marks or unmarks a favourite: the one change a reference food
 * (hearth_food_is_reference(), USDA's table) takes. */
gboolean     hearth_store_set_food_favourite (HearthStore  *self,
                                              const char   *uuid,
                                              gboolean      favourite,
                                              GError      **error);
/* Soft delete (undo: hearth_store_undelete_food()); meals keep their items. */
gboolean     hearth_store_delete_food   (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
gboolean     hearth_store_undelete_food (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
/* Removes the food for good, only when no meal (deleted ones included:
 * they can come back) uses it; otherwise HEARTH_DIET_ERROR_FOOD
 * saying how many meals use it. */
gboolean     hearth_store_purge_food    (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
/* Live foods; NULL with NOT_FOUND when absent or deleted. */
HearthFood  *hearth_store_get_food      (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
/* By name, normalized as hearth_food_set_name() and case-folded. */
HearthFood  *hearth_store_find_food     (HearthStore  *self,
                                         const char   *name,
                                         GError      **error);
/* A snapshot GListModel of HearthFood: the family's own live foods by name. */
GListModel  *hearth_store_list_foods    (HearthStore  *self,
                                         GError      **error);
/* The same for the reference foods (USDA's table, thousands). */
GListModel  *hearth_store_list_reference_foods (HearthStore  *self,
                                                GError      **error);
/* Food search as typed: each word a prefix, case- and accent-insensitive
 * ("creme fr" finds "Crème fraîche"); a query with Chinese, Japanese or
 * Korean characters matches by substring. Favourites first, then the
 * most recently logged, then the family's own foods by name, then the
 * reference foods (best match first, then by name); at most @limit. An empty query
 * lists the favourite and recent foods first. */
GListModel  *hearth_store_search_foods  (HearthStore  *self,
                                         const char   *query,
                                         guint         limit,
                                         GError      **error);
/* The live foods' names closest to @name (typing mistakes, a part of the
 * name), best first, at most @max; an empty array when none is close. */
GStrv        hearth_store_suggest_foods (HearthStore  *self,
                                         const char   *name,
                                         guint         max,
                                         GError      **error);

/* Meals --------------------------------------------------------------- */

/* Logs @meal and its items in ONE transaction. An item with a food_uuid
 * takes the food's name and the nutrition of its amount from the food as
 * it is now (copied into the item: editing the food later does not change
 * this meal); an item without one is a quick entry (its name and energy as
 * given). Validates (hearth_meal_validate()) after that; assigns uuids. */
gboolean     hearth_store_add_meal      (HearthStore  *self,
                                         HearthMeal   *meal,
                                         GError      **error);
HearthMeal  *hearth_store_get_meal      (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
gboolean     hearth_store_delete_meal   (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
gboolean     hearth_store_undelete_meal (HearthStore  *self,
                                         const char   *uuid,
                                         GError      **error);
/* A snapshot GListModel of HearthMeal (items loaded): the member's live
 * meals of local day @local_day, in time order. Read-only. */
GListModel  *hearth_store_list_meals    (HearthStore  *self,
                                         const char   *profile_uuid,
                                         gint64        local_day,
                                         GError      **error);
/* The member's latest live meal of @type on a day before @before_day
 * ("same as yesterday's breakfast"), or NULL without error when none. */
HearthMeal  *hearth_store_find_last_meal (HearthStore   *self,
                                          const char    *profile_uuid,
                                          HearthMealType type,
                                          gint64         before_day,
                                          GError       **error);
/* Logs a copy of meal @uuid at @taken_at: same member, type, name and
 * items with the nutrition they were logged with. The new meal. */
HearthMeal  *hearth_store_copy_meal     (HearthStore  *self,
                                         const char   *uuid,
                                         GDateTime    *taken_at,
                                         GError      **error);
/* The sum of the member's live meals of that local day. */
gboolean     hearth_store_get_day_nutrition (HearthStore     *self,
                                             const char      *profile_uuid,
                                             gint64           local_day,
                                             HearthNutrients *totals,
                                             GError         **error);

typedef struct
{
  gint64          local_day;  /* days since 1970-01-01 */
  guint           meals;
  HearthNutrients totals;     /* incomplete as hearth_nutrients_add() */
} HearthDayNutrition;

/* One HearthDayNutrition per local day in [from_day, to_day] that has
 * meals, ascending: a week's or a month's bars in one indexed query. */
GArray      *hearth_store_get_daily_nutrition (HearthStore  *self,
                                               const char   *profile_uuid,
                                               gint64        from_day,
                                               gint64        to_day,
                                               GError      **error);

G_END_DECLS
