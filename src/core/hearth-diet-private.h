/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-food.h"
#include "hearth-meal.h"

G_BEGIN_DECLS

/* Used by the store when it loads or writes diet rows; not for the app. */
void _hearth_food_set_uuid   (HearthFood *self, const char *uuid);
void _hearth_food_set_stamps (HearthFood *self, gint64 created_at, gint64 updated_at);
void _hearth_meal_set_uuid   (HearthMeal *self, const char *uuid);

G_END_DECLS
