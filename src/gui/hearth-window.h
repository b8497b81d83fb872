/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow *hearth_window_new                (HearthApplication *application,
                                                HearthStore       *store);
HearthStore  *hearth_window_get_store          (HearthWindow      *self);
/* The member shown, or NULL. */
HearthProfile *hearth_window_get_profile       (HearthWindow      *self);
/* Shows the member with that uuid; FALSE if there is none. */
gboolean      hearth_window_select_profile     (HearthWindow      *self,
                                                const char        *uuid);
void          hearth_window_add_toast          (HearthWindow      *self,
                                                AdwToast          *toast);

G_END_DECLS
