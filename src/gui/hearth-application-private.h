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

/* Sends a notification (a celebration while no window has the focus,
 * hearth-window-celebrate.c): g_application_send_notification() unless a
 * test put a fake in its place; @title and @body are what @notification
 * says (GNotification has no getters). */
typedef void (*HearthNotifyFunc) (GApplication  *application,
                                  const char    *id,
                                  GNotification *notification,
                                  const char    *title,
                                  const char    *body,
                                  gpointer       user_data);

void               _hearth_application_set_notify_func (HearthApplication *self,
                                                        HearthNotifyFunc   func,
                                                        gpointer           user_data);
void               _hearth_application_send_notification (HearthApplication *self,
                                                          const char        *id,
                                                          GNotification     *notification,
                                                          const char        *title,
                                                          const char        *body);

G_END_DECLS
