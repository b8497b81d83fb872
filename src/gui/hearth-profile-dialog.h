/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROFILE_DIALOG (hearth_profile_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthProfileDialog, hearth_profile_dialog, HEARTH, PROFILE_DIALOG, AdwWindow)

/* Adds a member (@profile NULL) or edits @profile. Emits "saved"
 * (HearthProfile *) after the store took it, then closes. */
HearthProfileDialog *hearth_profile_dialog_new (HearthStore   *store,
                                                HearthProfile *profile);

G_END_DECLS
