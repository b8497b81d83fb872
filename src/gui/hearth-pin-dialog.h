/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-lock-manager.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PIN_DIALOG (hearth_pin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthPinDialog, hearth_pin_dialog, HEARTH, PIN_DIALOG, AdwWindow)

/* A small dialog asking for a member's PIN to @op (unlock, set, change,
 * remove): the keyring and the hash are worked off the main thread
 * (hearth_lock_manager_run()), a spinner turns meanwhile, "Wrong PIN" or
 * the keyring's problem is said under the field, and it closes once done. */
HearthPinDialog *hearth_pin_dialog_new (HearthLockManager *manager,
                                        HearthLockOp       op,
                                        HearthProfile     *profile);

G_END_DECLS
