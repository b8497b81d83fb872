/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_READING_DIALOG (hearth_reading_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthReadingDialog, hearth_reading_dialog, HEARTH, READING_DIALOG, AdwWindow)

/* Logs a new reading for @profile, or edits @reading when not NULL. */
HearthReadingDialog *hearth_reading_dialog_new (HearthStore   *store,
                                                HearthProfile *profile,
                                                HearthReading *reading);

G_END_DECLS
