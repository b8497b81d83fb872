/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-family-page.h"
#include "hearth-gui-util.h"
#include "hearth-lock-manager.h"
#include "hearth-pin-dialog.h"
#include "hearth-window-private.h"
#include "hearth-window-state-private.h"

/* The member lock in the window (issue 10): what a locked member may show
 * is decided here, once — their name, nothing else — and the window's
 * input keeps unlocked members open (HearthLockManager re-locks them after
 * the idle time). */

gboolean
hearth_window_member_is_locked (HearthWindow *self,
                                const char   *uuid)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), TRUE);

  return hearth_lock_manager_is_locked (self->locks, uuid);
}

/* The family overview shows a locked member's name only: it is told who is
 * locked whenever the locks change or it is built. */
void
_hearth_window_sync_family_locks (HearthWindow *self)
{
  GListModel *profiles;
  guint n;

  if (self->family_page == NULL || self->locks == NULL)
    return;

  profiles = hearth_store_get_profiles (self->store);
  n = g_list_model_get_n_items (profiles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      const char *uuid = hearth_profile_get_uuid (profile);

      hearth_family_page_set_member_locked (self->family_page, uuid,
                                            hearth_window_member_is_locked (self, uuid));
    }
}

/* The content page a locked member shows instead of their dashboard,
 * charts or progress: the name and a way to unlock. */
void
_hearth_window_update_locked_page (HearthWindow *self)
{
  AdwStatusPage *page = ADW_STATUS_PAGE (self->locked_page);
  const char *problem = hearth_lock_manager_get_problem (self->locks);

  adw_status_page_set_title (page, self->profile != NULL ? hearth_profile_get_name (self->profile) : "");
  if (problem != NULL)
    /* Translators: a locked member's page when the keyring cannot be used; %s says why */
    adw_status_page_set_description (page, problem);
  else
    adw_status_page_set_description (page, _("This member’s records are locked. Type their PIN to see them."));
}

static void
on_unlock_clicked_cb (HearthWindow *self,
                      GtkButton    *button)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.unlock-member", NULL);
}

/* win.unlock-member: the PIN dialog for the member shown. */
void
_hearth_window_unlock_member_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthPinDialog *dialog;

  if (self->profile == NULL || !hearth_window_member_is_locked (self, hearth_profile_get_uuid (self->profile)))
    return;

  dialog = hearth_pin_dialog_new (self->locks, HEARTH_LOCK_OP_UNLOCK, self->profile);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (self)));
  g_set_weak_pointer (&self->last_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* win.lock-member: locks the member shown now (when they have a lock). */
void
_hearth_window_lock_member_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->profile != NULL)
    hearth_lock_manager_lock (self->locks, hearth_profile_get_uuid (self->profile));
}

/* Any key, click, scroll or touch in the window is use of the app. */
static gboolean
on_input_cb (HearthWindow          *self,
             GdkEvent              *event,
             GtkEventControllerLegacy *controller)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_KEY_PRESS || type == GDK_BUTTON_PRESS || type == GDK_SCROLL || type == GDK_TOUCH_BEGIN)
    hearth_lock_manager_activity (self->locks);
  return GDK_EVENT_PROPAGATE;
}

/* From constructed(), before the first member is shown. */
void
_hearth_window_watch_locks (HearthWindow *self,
                            GCallback     on_changed)
{
  GtkEventController *input = gtk_event_controller_legacy_new ();
  GtkWidget *button;

  self->locks = g_object_ref (hearth_lock_manager_get_for_store (self->store));
  g_signal_connect_object (self->locks, "changed", on_changed, self, G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (input, GTK_PHASE_CAPTURE);
  g_signal_connect_object (input, "event", G_CALLBACK (on_input_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), input);

  self->locked_page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->locked_page), "system-lock-screen-symbolic");
  button = hearth_gui_mnemonic_button_new (_("_Unlock…"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_unlock_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_status_page_set_child (ADW_STATUS_PAGE (self->locked_page), button);
  gtk_widget_set_vexpand (self->locked_page, TRUE);
  gtk_stack_add_named (self->content_stack, self->locked_page, "locked");
}
