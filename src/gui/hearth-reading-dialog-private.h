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
  HEARTH_READING_FIELD_BODY_FAT,
  HEARTH_READING_FIELD_TIME,
} HearthReadingField;

void          _hearth_reading_dialog_set_kind  (HearthReadingDialog *self,
                                                HearthReadingKind    kind);
GtkEditable  *_hearth_reading_dialog_get_entry (HearthReadingDialog *self,
                                                HearthReadingField   field);
AdwActionRow *_hearth_reading_dialog_get_row   (HearthReadingDialog *self,
                                                HearthReadingField   field);
/* Same as pressing Add/Save. TRUE when the store took the reading. */
gboolean      _hearth_reading_dialog_save      (HearthReadingDialog *self);
/* "form", or "severe" after a severe reading was saved. */
const char   *_hearth_reading_dialog_get_page  (HearthReadingDialog *self);

G_END_DECLS
