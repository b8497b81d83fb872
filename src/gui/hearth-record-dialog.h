/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECORD_DIALOG (hearth_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecordDialog, hearth_record_dialog, HEARTH, RECORD_DIALOG, AdwWindow)

/* A member's health record (hearth-store-record.h): conditions with the day
 * each began, family history, blood type, emergency contact, notes. A
 * condition or relative's condition typed is added by Save, with the rest,
 * in one write; the lists' remove buttons remove at once. Impossible values
 * are refused under their field, the text kept. */
HearthRecordDialog *hearth_record_dialog_new (HearthStore   *store,
                                              HearthProfile *profile);

G_END_DECLS
