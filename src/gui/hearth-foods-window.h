/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FOODS_WINDOW (hearth_foods_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthFoodsWindow, hearth_foods_window, HEARTH, FOODS_WINDOW, AdwWindow)

/* The family's foods and recipes (the main menu's "Foods…"): found as
 * typed, each opening its dialog; Add Food and Add Recipe. */
HearthFoodsWindow *hearth_foods_window_new (HearthStore *store);

G_END_DECLS
