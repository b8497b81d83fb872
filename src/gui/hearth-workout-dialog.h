/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WORKOUT_DIALOG (hearth_workout_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthWorkoutDialog, hearth_workout_dialog, HEARTH, WORKOUT_DIALOG, AdwWindow)

/* A new workout for @profile: the activity picked from the built-in list
 * by typing part of its name, how long, when it started, then optional
 * distance, steps, perceived effort and a note; the MET energy shown as
 * it is typed. Saving stores it (hearth_store_add_workout()), records it
 * for Ctrl+Z in the HearthWindow it is transient for, and closes;
 * a refused field is marked with the message under it, nothing typed
 * lost. */
HearthWorkoutDialog *hearth_workout_dialog_new (HearthStore   *store,
                                                HearthProfile *profile);

G_END_DECLS
