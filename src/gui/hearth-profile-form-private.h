/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-profile-form.h"

G_BEGIN_DECLS

GtkEditable  *_hearth_profile_form_get_name_editable (HearthProfileForm *self);
GtkLabel     *_hearth_profile_form_get_name_error    (HearthProfileForm *self);
GtkEditable  *_hearth_profile_form_get_birth_year    (HearthProfileForm *self);
AdwActionRow *_hearth_profile_form_get_birth_row     (HearthProfileForm *self);
AdwComboRow  *_hearth_profile_form_get_sex_row       (HearthProfileForm *self);
AdwComboRow  *_hearth_profile_form_get_main_goal_row (HearthProfileForm *self);
GtkEditable  *_hearth_profile_form_get_height        (HearthProfileForm *self);
AdwActionRow *_hearth_profile_form_get_height_row    (HearthProfileForm *self);

G_END_DECLS
