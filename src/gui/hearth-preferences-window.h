/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PREFERENCES_WINDOW (hearth_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthPreferencesWindow, hearth_preferences_window, HEARTH, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* Units, blood-pressure guideline and BMI cut-offs, bound to GSettings. */
HearthPreferencesWindow *hearth_preferences_window_new (void);
/* Adds the Privacy page (HearthPrivacyPage) for @store's journal. */
void                     hearth_preferences_window_set_store (HearthPreferencesWindow *self,
                                                              HearthStore             *store);

G_END_DECLS
