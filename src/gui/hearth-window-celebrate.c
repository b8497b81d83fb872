/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-celebrations.h"
#include "hearth-gui-util.h"
#include "hearth-window-private.h"
#include "hearth-window-state-private.h"

/* Celebrations shown by the window: hearth-celebrations.h says when. */

int
_hearth_window_celebrate_as (HearthWindow  *self,
                             gboolean       focused,
                             HearthProfile *profile,
                             const char    *id,
                             const char    *title,
                             const char    *body)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GDateTime) now = NULL;
  HearthCelebrationWay way;
  gboolean severe;

  g_assert (HEARTH_IS_WINDOW (self));
  g_assert (HEARTH_IS_PROFILE (profile));
  g_assert (id != NULL && title != NULL);

  settings = hearth_gui_settings_new ();
  now = hearth_clock_now (hearth_store_get_clock (self->store));
  severe = hearth_gui_member_has_severe_alert (self->store, profile, settings, now);
  way = hearth_celebration_choose (focused, severe);

  if (way == HEARTH_CELEBRATION_TOAST)
    {
      AdwToast *toast = adw_toast_new (title);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      hearth_window_add_toast (self, toast);
    }
  else if (way == HEARTH_CELEBRATION_NOTIFICATION)
    {
      GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      g_autoptr(GNotification) notification = g_notification_new (title);

      if (body != NULL)
        g_notification_set_body (notification, body);
      if (self->notify_func != NULL)
        self->notify_func (application, id, notification, title, body, self->notify_data);
      else if (application != NULL)
        g_application_send_notification (application, id, notification);
    }

  return way;
}

int
hearth_window_celebrate (HearthWindow  *self,
                         HearthProfile *profile,
                         const char    *id,
                         const char    *title,
                         const char    *body)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), HEARTH_CELEBRATION_WAIT);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), HEARTH_CELEBRATION_WAIT);
  g_return_val_if_fail (id != NULL && title != NULL, HEARTH_CELEBRATION_WAIT);

  return _hearth_window_celebrate_as (self, gtk_window_is_active (GTK_WINDOW (self)), profile, id, title, body);
}

void
_hearth_window_set_notify_func (HearthWindow          *self,
                                HearthWindowNotifyFunc func,
                                gpointer               user_data)
{
  self->notify_func = func;
  self->notify_data = user_data;
}
