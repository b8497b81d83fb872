/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WELCOME_PAGE (hearth_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthWelcomePage, hearth_welcome_page, HEARTH, WELCOME_PAGE, AdwBin)

/* First run: creates the first member. Emits "profile-created"
 * (HearthProfile *) once the store has it. */
GtkWidget   *hearth_welcome_page_new       (void);
HearthStore *hearth_welcome_page_get_store (HearthWelcomePage *self);
void         hearth_welcome_page_set_store (HearthWelcomePage *self,
                                            HearthStore       *store);

G_END_DECLS
