/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROGRESS_PAGE (hearth_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthProgressPage, hearth_progress_page, HEARTH, PROGRESS_PAGE, AdwBin)

/* One member's progress (issue 9, "App"): their streaks (logging: current
 * and best, with the habit strength as a percentage) and the days they
 * marked as skipped. It reads everything from @store and follows it
 * (readings-changed, profiles-changed). No back button: the window
 * provides it (win.show-progress, win.go-back). */
GtkWidget     *hearth_progress_page_new         (HearthStore        *store,
                                                 HearthProfile      *profile);
HearthProfile *hearth_progress_page_get_profile (HearthProgressPage *self);

G_END_DECLS
