/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-workout-dialog.h"

G_BEGIN_DECLS

/* The fields, for tests: each a row and the widget its value is typed in. */
typedef enum
{
  HEARTH_WORKOUT_FIELD_ACTIVITY,
  HEARTH_WORKOUT_FIELD_DURATION,
  HEARTH_WORKOUT_FIELD_DATE,
  HEARTH_WORKOUT_FIELD_TIME,
  HEARTH_WORKOUT_FIELD_DISTANCE,
  HEARTH_WORKOUT_FIELD_STEPS,
  HEARTH_WORKOUT_FIELD_EFFORT,
  HEARTH_WORKOUT_FIELD_NOTE,
  HEARTH_WORKOUT_N_FIELDS,
} HearthWorkoutField;

AdwActionRow *_hearth_workout_dialog_get_row    (HearthWorkoutDialog *self,
                                                 HearthWorkoutField   field);
GtkWidget    *_hearth_workout_dialog_get_widget (HearthWorkoutDialog *self,
                                                 HearthWorkoutField   field);
/* The hour and minute of the start (the TIME row holds both). */
GtkSpinButton *_hearth_workout_dialog_get_minute_spin (HearthWorkoutDialog *self);
/* The activity the typed text picks, NULL for none. */
const HearthActivity *_hearth_workout_dialog_get_activity (HearthWorkoutDialog *self);
GtkLabel     *_hearth_workout_dialog_get_energy_label (HearthWorkoutDialog *self);
GtkListBox   *_hearth_workout_dialog_get_activity_list (HearthWorkoutDialog *self);
/* Down (+1) and Up (-1) in the activity field. */
void          _hearth_workout_dialog_move_pick   (HearthWorkoutDialog *self,
                                                  int                  step);
/* Saves as the Add button does. */
void          _hearth_workout_dialog_save        (HearthWorkoutDialog *self);

G_END_DECLS
