/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-pin-dialog.h"

G_BEGIN_DECLS

/* The password fields in order (the current PIN first, then the new one
 * and its repetition), the message under them, whether it is working. */
GtkWidget *_hearth_pin_dialog_get_entry    (HearthPinDialog *self,
                                            guint            index);
GtkLabel  *_hearth_pin_dialog_get_message  (HearthPinDialog *self);
gboolean   _hearth_pin_dialog_is_busy      (HearthPinDialog *self);

G_END_DECLS
