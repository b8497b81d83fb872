/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_READING_DIALOG (hearth_reading_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthReadingDialog, hearth_reading_dialog, HEARTH, READING_DIALOG, AdwWindow)

/* Logs a new reading for @profile, or edits @reading (of any kind) when
 * not NULL. A new reading starts on the member's first kind (glucose with
 * diabetes, else blood pressure) and has a chooser for every kind.
 * Entries hearth_store_check_plausible() flags are saved only after the
 * person confirms them. */
HearthReadingDialog *hearth_reading_dialog_new      (HearthStore         *store,
                                                     HearthProfile       *profile,
                                                     HearthReading       *reading);
/* The kind of a new reading; ignored when editing. */
void                 hearth_reading_dialog_set_kind (HearthReadingDialog *self,
                                                     HearthReadingKind    kind);

G_END_DECLS
