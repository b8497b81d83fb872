/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MEAL_DIALOG (hearth_meal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthMealDialog, hearth_meal_dialog, HEARTH, MEAL_DIALOG, AdwWindow)

/* Logs a meal for @profile: its type (by the time of day to begin with),
 * when, and its items: foods found as typed (favourite and recent ones
 * first), "same as yesterday's <type>", a copy of a past meal, or a quick
 * entry of a name and kcal. A usual meal is three actions: open, "Same as
 * Yesterday's Breakfast", Add. */
HearthMealDialog *hearth_meal_dialog_new (HearthStore   *store,
                                          HearthProfile *profile);

G_END_DECLS
