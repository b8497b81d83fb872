/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-reading-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_READING_FIELD_SYSTOLIC,
  HEARTH_READING_FIELD_DIASTOLIC,
  HEARTH_READING_FIELD_PULSE,
  HEARTH_READING_FIELD_WEIGHT,
  HEARTH_READING_FIELD_BODY_FAT,      /* with a weight */
  HEARTH_READING_FIELD_GLUCOSE,
  HEARTH_READING_FIELD_HEART_RATE,
  HEARTH_READING_FIELD_SPO2,
  HEARTH_READING_FIELD_TEMPERATURE,
  HEARTH_READING_FIELD_WAIST,
  HEARTH_READING_FIELD_BODY_FAT_ONLY, /* the body-fat kind */
  HEARTH_READING_FIELD_SLEEP_START,   /* its hour; the duration's messages */
  HEARTH_READING_FIELD_STEPS,
  HEARTH_READING_FIELD_HEIGHT,        /* the member's, asked with a first weight */
  HEARTH_READING_FIELD_TIME,          /* the hour (of waking, for sleep) */
  HEARTH_READING_N_FIELDS
} HearthReadingField;

void          _hearth_reading_dialog_set_kind  (HearthReadingDialog *self,
                                                HearthReadingKind    kind);
HearthReadingKind _hearth_reading_dialog_get_kind (HearthReadingDialog *self);
GtkEditable  *_hearth_reading_dialog_get_entry (HearthReadingDialog *self,
                                                HearthReadingField   field);
AdwActionRow *_hearth_reading_dialog_get_row   (HearthReadingDialog *self,
                                                HearthReadingField   field);
AdwComboRow  *_hearth_reading_dialog_get_glucose_context_row (HearthReadingDialog *self);
AdwComboRow  *_hearth_reading_dialog_get_quality_row         (HearthReadingDialog *self);
/* Same as pressing Add/Save. TRUE when the store took the reading; FALSE
 * on an error, and while an implausible entry waits for confirmation. */
gboolean      _hearth_reading_dialog_save      (HearthReadingDialog *self);
/* The "Save Anyway / Check Again" dialog shown for an implausible entry,
 * or NULL. Its responses are "save" and "check". */
AdwMessageDialog *_hearth_reading_dialog_get_confirm_dialog (HearthReadingDialog *self);
/* Sets the date and time fields (of waking, for sleep) as typed:
 * @year-@month-@day @hour:@minute on the wall clock. */
void          _hearth_reading_dialog_set_when  (HearthReadingDialog *self,
                                                int                  year,
                                                int                  month,
                                                int                  day,
                                                int                  hour,
                                                int                  minute);
/* The time row's subtitle: its error, or the repeated-hour note. */
const char   *_hearth_reading_dialog_get_time_note (HearthReadingDialog *self);
/* TRUE while the weight form asks the member's height: a new reading for
 * a member without one (issue 9: height is asked with the first weight). */
gboolean      _hearth_reading_dialog_asks_height (HearthReadingDialog *self);
/* "form", or "severe" after a severe reading was saved. */
const char   *_hearth_reading_dialog_get_page  (HearthReadingDialog *self);

G_END_DECLS
