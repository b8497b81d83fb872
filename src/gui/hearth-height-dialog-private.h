/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-height-dialog.h"

G_BEGIN_DECLS

GtkEditable *_hearth_height_dialog_get_height_entry (HearthHeightDialog *self);
GtkEditable *_hearth_height_dialog_get_date_entry   (HearthHeightDialog *self);
/* The message under each field ("" when none). */
GtkLabel    *_hearth_height_dialog_get_height_error (HearthHeightDialog *self);
GtkLabel    *_hearth_height_dialog_get_date_error   (HearthHeightDialog *self);
/* What Add does (the button's and Enter's). */
void         _hearth_height_dialog_add              (HearthHeightDialog *self);

G_END_DECLS
