/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MEDICATION_DIALOG (hearth_medication_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthMedicationDialog, hearth_medication_dialog, HEARTH, MEDICATION_DIALOG, AdwWindow)

/* A new medication for @profile: name, strength, form, the schedule
 * (times of day on days of the week, times of day every N days, or as
 * needed), start and optional end date, instructions. Saving stores it
 * (hearth_store_add_medication()), records it for Ctrl+Z in the
 * HearthWindow it is transient for, and closes; a refused field (the
 * HEARTH_MEDICATION_ERROR codes, a name the member already takes) is
 * marked with the message under it, nothing typed lost. */
HearthMedicationDialog *hearth_medication_dialog_new (HearthStore   *store,
                                                      HearthProfile *profile);

G_END_DECLS
