/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-profile-dialog.h"
#include "hearth-profile-form.h"

G_BEGIN_DECLS

HearthProfileForm *_hearth_profile_dialog_get_form (HearthProfileDialog *self);
/* Same as pressing Add/Save; TRUE when the store took it. */
gboolean           _hearth_profile_dialog_save     (HearthProfileDialog *self);

G_END_DECLS
