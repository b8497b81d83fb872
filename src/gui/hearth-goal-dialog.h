/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_GOAL_DIALOG (hearth_goal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthGoalDialog, hearth_goal_dialog, HEARTH, GOAL_DIALOG, AdwWindow)

/* A new goal for @profile (win.new-goal): what (each metric of
 * hearth-goal.h, and for blood pressure "by a date" or "on every
 * reading"), its target and, for a target goal, the day it is due. Each
 * choice is pre-filled with the engine's proposal for the member
 * (hearth_goal_propose()), naming why and where its number comes from.
 * Errors show under their field, keeping what was typed; Return saves.
 * Values are typed in the units of Preferences (weight, pressure). */
HearthGoalDialog *hearth_goal_dialog_new (HearthStore   *store,
                                          HearthProfile *profile);

G_END_DECLS
