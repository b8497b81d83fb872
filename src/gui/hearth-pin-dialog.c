/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-pin-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-pin-dialog-private.h"

struct _HearthPinDialog
{
  AdwWindow          parent_instance;

  HearthLockManager *manager;
  HearthLockOp       op;
  char              *uuid;
  GCancellable      *cancellable;
  GPtrArray         *entries;   /* GtkPasswordEntry, in order */
  GtkLabel          *message;
  GtkWidget         *spinner;
  GtkWidget         *action_button;
  GtkWidget         *cancel_button;
};

G_DEFINE_FINAL_TYPE (HearthPinDialog, hearth_pin_dialog, ADW_TYPE_WINDOW)

static void
set_busy (HearthPinDialog *self,
          gboolean         busy)
{
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (self->action_button, !busy);
  for (guint i = 0; i < self->entries->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->entries, i), !busy);
}

static void
show_message (HearthPinDialog *self,
              const char      *text,
              guint            entry)
{
  GtkWidget *field = g_ptr_array_index (self->entries, MIN (entry, self->entries->len - 1));

  gtk_label_set_text (self->message, text);
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  gtk_widget_grab_focus (field);
  gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
}

static const char *
entry_text (HearthPinDialog *self,
            guint            index)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->entries, index)));
}

static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HearthPinDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  gboolean ok = hearth_lock_manager_run_finish (HEARTH_LOCK_MANAGER (source), result, &error);

  /* Closed meanwhile: nothing left to show it in. */
  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  if (ok)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (g_error_matches (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_CANCELLED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* closed, or the keyring's prompt dismissed */

  set_busy (self, FALSE);
  if (g_error_matches (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_WRONG))
    show_message (self, _("Wrong PIN"), 0);
  else if (g_error_matches (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT) ||
           g_error_matches (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID))
    show_message (self, error->message, self->op == HEARTH_LOCK_OP_CHANGE ? 1 : 0);
  else if (error->domain == HEARTH_SECRETS_ERROR)
    show_message (self, hearth_lock_manager_get_problem (self->manager) != NULL
                        ? hearth_lock_manager_get_problem (self->manager) : error->message, 0);
  else
    show_message (self, error->message, 0);
}

static void
run (HearthPinDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *pin = entry_text (self, 0);
  const char *new_pin = NULL;

  if (_hearth_pin_dialog_is_busy (self))
    return;

  /* A new PIN: the rules and the repetition, before the keyring. */
  if (self->op == HEARTH_LOCK_OP_SET || self->op == HEARTH_LOCK_OP_CHANGE)
    {
      guint first = self->op == HEARTH_LOCK_OP_CHANGE ? 1 : 0;

      new_pin = entry_text (self, first);
      if (!hearth_lock_check_pin (new_pin, &error))
        {
          show_message (self, error->message, first);
          return;
        }
      if (g_strcmp0 (new_pin, entry_text (self, first + 1)) != 0)
        {
          show_message (self, _("The two PINs differ"), first + 1);
          return;
        }
    }
  if (*pin == '\0')
    {
      show_message (self, _("Type the PIN"), 0);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  set_busy (self, TRUE);
  hearth_lock_manager_run (self->manager, self->op, self->uuid, pin,
                           self->op == HEARTH_LOCK_OP_CHANGE ? new_pin : NULL,
                           self->cancellable, on_run_done_cb, g_object_ref (self));
}

static void
on_action_clicked_cb (HearthPinDialog *self,
                      GtkButton       *button)
{
  run (self);
}

static void
on_entry_activate_cb (HearthPinDialog *self,
                      GtkWidget       *entry)
{
  guint index;

  /* Return moves on to the next field, and runs from the last. */
  if (g_ptr_array_find (self->entries, entry, &index) && index + 1 < self->entries->len &&
      *entry_text (self, index + 1) == '\0')
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, index + 1));
  else
    run (self);
}

static void
add_entry (HearthPinDialog *self,
           GtkBox          *box,
           const char      *label_text)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *entry = gtk_password_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (label)),
                                  -1);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_entry_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (box, label);
  gtk_box_append (box, entry);
  g_ptr_array_add (self->entries, entry);
}

static void
on_cancel_clicked_cb (HearthPinDialog *self,
                      GtkButton       *button)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
hearth_pin_dialog_close_request (GtkWindow *window)
{
  HearthPinDialog *self = HEARTH_PIN_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (hearth_pin_dialog_parent_class)->close_request (window);
}

HearthPinDialog *
hearth_pin_dialog_new (HearthLockManager *manager,
                       HearthLockOp       op,
                       HearthProfile     *profile)
{
  HearthPinDialog *self;
  const char *name;
  g_autofree char *heading = NULL;
  const char *body = NULL;
  const char *action = NULL;
  GtkWidget *content, *box, *buttons, *title, *text;

  g_return_val_if_fail (HEARTH_IS_LOCK_MANAGER (manager), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  self = g_object_new (HEARTH_TYPE_PIN_DIALOG, NULL);
  self->manager = g_object_ref (manager);
  self->op = op;
  self->uuid = g_strdup (hearth_profile_get_uuid (profile));
  name = hearth_profile_get_name (profile);

  switch (op)
    {
    case HEARTH_LOCK_OP_UNLOCK:
      /* Translators: %s is a member's name */
      heading = g_strdup_printf (_("Unlock “%s”"), name);
      body = _("Type the PIN or passphrase of this member’s lock.");
      action = _("_Unlock");
      break;
    case HEARTH_LOCK_OP_SET:
      /* Translators: %s is a member's name */
      heading = g_strdup_printf (_("Lock “%s”"), name);
      body = _("Others using this computer’s login then see only the member’s name until the PIN is typed. At least 4 characters.");
      action = _("_Set PIN");
      break;
    case HEARTH_LOCK_OP_CHANGE:
      /* Translators: %s is a member's name */
      heading = g_strdup_printf (_("Change the PIN of “%s”"), name);
      body = _("Type the current PIN, then the new one twice.");
      action = _("_Change PIN");
      break;
    case HEARTH_LOCK_OP_REMOVE:
      /* Translators: %s is a member's name */
      heading = g_strdup_printf (_("Remove the Lock of “%s”"), name);
      body = _("Type the current PIN. Anyone using this computer’s login can then see the member’s data.");
      action = _("_Remove Lock");
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  gtk_window_set_title (GTK_WINDOW (self), heading);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 24);
  gtk_widget_set_margin_end (content, 24);

  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (content), title);
  text = gtk_label_new (body);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (content), text);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (op != HEARTH_LOCK_OP_SET)
    add_entry (self, GTK_BOX (box), op == HEARTH_LOCK_OP_CHANGE ? _("C_urrent PIN") : _("_PIN"));
  if (op == HEARTH_LOCK_OP_SET || op == HEARTH_LOCK_OP_CHANGE)
    {
      add_entry (self, GTK_BOX (box), _("_New PIN"));
      add_entry (self, GTK_BOX (box), _("Re_peat the New PIN"));
    }
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->message, 0);
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_max_width_chars (self->message, 40);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  gtk_box_append (GTK_BOX (content), box);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (buttons), self->spinner);
  self->cancel_button = hearth_gui_mnemonic_button_new (_("_Cancel"));
  g_signal_connect_object (self->cancel_button, "clicked", G_CALLBACK (on_cancel_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), self->cancel_button);
  self->action_button = hearth_gui_mnemonic_button_new (action);
  gtk_widget_add_css_class (self->action_button,
                            op == HEARTH_LOCK_OP_REMOVE ? "destructive-action" : "suggested-action");
  g_signal_connect_object (self->action_button, "clicked", G_CALLBACK (on_action_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), self->action_button);
  gtk_box_append (GTK_BOX (content), buttons);

  adw_window_set_content (ADW_WINDOW (self), content);
  gtk_window_set_focus (GTK_WINDOW (self), g_ptr_array_index (self->entries, 0));
  return self;
}

GtkWidget *
_hearth_pin_dialog_get_entry (HearthPinDialog *self,
                              guint            index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

GtkLabel *
_hearth_pin_dialog_get_message (HearthPinDialog *self)
{
  return self->message;
}

gboolean
_hearth_pin_dialog_is_busy (HearthPinDialog *self)
{
  return gtk_widget_get_visible (self->spinner);
}

static void
hearth_pin_dialog_dispose (GObject *object)
{
  HearthPinDialog *self = HEARTH_PIN_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->manager);

  G_OBJECT_CLASS (hearth_pin_dialog_parent_class)->dispose (object);
}

static void
hearth_pin_dialog_finalize (GObject *object)
{
  HearthPinDialog *self = HEARTH_PIN_DIALOG (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_pin_dialog_parent_class)->finalize (object);
}

static void
hearth_pin_dialog_class_init (HearthPinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hearth_pin_dialog_dispose;
  object_class->finalize = hearth_pin_dialog_finalize;
  window_class->close_request = hearth_pin_dialog_close_request;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_pin_dialog_init (HearthPinDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->entries = g_ptr_array_new ();
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 380, -1);
}
