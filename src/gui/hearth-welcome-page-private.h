/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-profile-form.h"
#include "hearth-welcome-page.h"

G_BEGIN_DECLS

HearthProfileForm *_hearth_welcome_page_get_form          (HearthWelcomePage *self);
GtkButton         *_hearth_welcome_page_get_create_button (HearthWelcomePage *self);

G_END_DECLS
