/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-medication-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_MEDICATION_FIELD_NAME,
  HEARTH_MEDICATION_FIELD_STRENGTH,
  HEARTH_MEDICATION_FIELD_FORM,
  HEARTH_MEDICATION_FIELD_SCHEDULE,   /* the combo row itself */
  HEARTH_MEDICATION_FIELD_TIMES,
  HEARTH_MEDICATION_FIELD_DAYS,       /* widget: the box of day toggles */
  HEARTH_MEDICATION_FIELD_INTERVAL,
  HEARTH_MEDICATION_FIELD_START,
  HEARTH_MEDICATION_FIELD_END,        /* widget: the "ends" check button */
  HEARTH_MEDICATION_FIELD_INSTRUCTIONS,
  HEARTH_MEDICATION_N_FIELDS,
} HearthMedicationField;

AdwActionRow *_hearth_medication_dialog_get_row    (HearthMedicationDialog *self,
                                                    HearthMedicationField   field);
GtkWidget    *_hearth_medication_dialog_get_widget (HearthMedicationDialog *self,
                                                    HearthMedicationField   field);
/* Day @day's toggle (0 Monday … 6 Sunday). */
GtkToggleButton *_hearth_medication_dialog_get_day (HearthMedicationDialog *self,
                                                    guint                   day);
/* The end's date button (the END row's check button turns it on). */
GtkWidget    *_hearth_medication_dialog_get_end_date (HearthMedicationDialog *self);
void          _hearth_medication_dialog_save       (HearthMedicationDialog *self);

G_END_DECLS
