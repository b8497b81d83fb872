/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HEIGHT_DIALOG (hearth_height_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthHeightDialog, hearth_height_dialog, HEARTH, HEIGHT_DIALOG, AdwWindow)

/* "Add Height": a height (in the length unit of @settings) and the day it
 * was measured (YYYY-MM-DD, today by the store's clock to begin with) of
 * @profile. Add stores it and closes; an impossible value is shown under
 * its field, the text kept, nothing stored. */
HearthHeightDialog *hearth_height_dialog_new (HearthStore   *store,
                                              HearthProfile *profile,
                                              GSettings     *settings);

G_END_DECLS
