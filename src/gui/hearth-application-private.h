/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-application.h"

G_BEGIN_DECLS

/* For tests: e.g. G_APPLICATION_NON_UNIQUE so no bus name is needed. */
HearthApplication *_hearth_application_new_with_flags (GApplicationFlags flags);
/* The error that kept the store from opening, or NULL. */
const GError      *_hearth_application_get_open_error (HearthApplication *self);

/* Makes sure the GUI's compiled resources are registered (a static library
 * drops them unless referenced). */
void               _hearth_gui_register_resources     (void);

G_END_DECLS
