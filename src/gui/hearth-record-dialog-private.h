/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-record-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_RECORD_FIELD_CONDITION,
  HEARTH_RECORD_FIELD_SINCE,
  HEARTH_RECORD_FIELD_FAMILY,          /* the relative's condition (and the relative) */
  HEARTH_RECORD_FIELD_CONTACT_NAME,
  HEARTH_RECORD_FIELD_CONTACT_PHONE,
  HEARTH_RECORD_FIELD_CONTACT_RELATION,
  HEARTH_RECORD_FIELD_NOTES,           /* no entry: the text view */
  HEARTH_RECORD_FIELD_ALLERGIES,       /* the profile's list; no error label (none can be wrong) */
  HEARTH_RECORD_N_FIELDS,
} HearthRecordField;

GtkEditable  *_hearth_record_dialog_get_entry         (HearthRecordDialog *self,
                                                       HearthRecordField   field);
/* The error label under the field (hidden while there is none); NULL for
 * ALLERGIES. */
GtkLabel     *_hearth_record_dialog_get_error         (HearthRecordDialog *self,
                                                       HearthRecordField   field);
AdwComboRow  *_hearth_record_dialog_get_blood_row     (HearthRecordDialog *self);
AdwComboRow  *_hearth_record_dialog_get_relative_row  (HearthRecordDialog *self);
GtkTextView  *_hearth_record_dialog_get_notes_view    (HearthRecordDialog *self);
GtkListBox   *_hearth_record_dialog_get_conditions_list (HearthRecordDialog *self);
GtkListBox   *_hearth_record_dialog_get_family_list   (HearthRecordDialog *self);
gboolean      _hearth_record_dialog_save              (HearthRecordDialog *self);

G_END_DECLS
