/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-height-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-height-dialog-private.h"

/* A child's height measured on a day (schema 12): "Add Height…" of the
 * growth dialog. Built in code, as the growth dialog. */

struct _HearthHeightDialog
{
  AdwWindow         parent_instance;

  HearthStore      *store;
  HearthProfile    *profile;
  HearthLengthUnit  unit;

  GtkEntry         *height_entry;
  GtkEntry         *date_entry;
  GtkLabel         *height_error;
  GtkLabel         *date_error;
};

G_DEFINE_FINAL_TYPE (HearthHeightDialog, hearth_height_dialog, ADW_TYPE_WINDOW)

static void
show_error (GtkEntry   *entry,
            GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_grab_focus (GTK_WIDGET (entry));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

void
_hearth_height_dialog_add (HearthHeightDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *height_text = gtk_editable_get_text (GTK_EDITABLE (self->height_entry));
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autofree char *date = g_strstrip (g_strdup (date_text));
  double cm = 0;
  gint64 day = 0;

  g_return_if_fail (HEARTH_IS_HEIGHT_DIALOG (self));

  show_error (self->height_entry, self->height_error, NULL);
  show_error (self->date_entry, self->date_error, NULL);

  if (!hearth_units_parse_length (height_text, self->unit, &cm, &error))
    {
      show_error (self->height_entry, self->height_error, error->message);
      return;
    }
  if (!hearth_record_day_parse (date, &day))
    {
      /* Translators: under the date of a height; %s what was typed */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: type it as YYYY-MM-DD"), date);

      show_error (self->date_entry, self->date_error, message);
      return;
    }
  if (!hearth_store_add_height (self->store, hearth_profile_get_uuid (self->profile), day, cm, NULL, &error))
    {
      if (g_error_matches (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME))
        show_error (self->date_entry, self->date_error, error->message);
      else
        show_error (self->height_entry, self->height_error, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_entry_activate (GtkEntry           *entry,
                   HearthHeightDialog *self)
{
  _hearth_height_dialog_add (self);
}

static GtkWidget *
add_field (GtkBox     *box,
           const char *title,
           GtkEntry  **entry,
           GtkLabel  **error)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *field = gtk_entry_new ();
  GtkWidget *message = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_add_css_class (message, "caption");
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (box, label);
  gtk_box_append (box, field);
  gtk_box_append (box, message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, message, NULL,
                                  -1);
  *entry = GTK_ENTRY (field);
  *error = GTK_LABEL (message);
  return field;
}

static void
on_add_clicked (GtkButton          *button,
                HearthHeightDialog *self)
{
  _hearth_height_dialog_add (self);
}

HearthHeightDialog *
hearth_height_dialog_new (HearthStore   *store,
                          HearthProfile *profile,
                          GSettings     *settings)
{
  HearthHeightDialog *self;
  GtkWidget *toolbar, *header, *title, *cancel, *add, *box;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  int year, month, mday;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HEARTH_TYPE_HEIGHT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->profile = g_object_ref (profile);
  self->unit = hearth_gui_settings_get_length_unit (settings);

  gtk_window_set_title (GTK_WINDOW (self), _("Add Height"));
  gtk_window_set_default_size (GTK_WINDOW (self), 360, -1);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (_("Add Height"), hearth_profile_get_name (profile));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  add = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), add);
  gtk_window_set_default_widget (GTK_WINDOW (self), add);
  gtk_box_append (GTK_BOX (toolbar), header);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  add_field (GTK_BOX (box),
             self->unit == HEARTH_LENGTH_UNIT_FT_IN ? _("_Height (ft in)") : _("_Height (cm)"),
             &self->height_entry, &self->height_error);
  add_field (GTK_BOX (box), _("_Measured on (YYYY-MM-DD)"), &self->date_entry, &self->date_error);
  /* Enter in either field is Add. */
  g_signal_connect (self->height_entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect (self->date_entry, "activate", G_CALLBACK (on_entry_activate), self);
  gtk_box_append (GTK_BOX (toolbar), box);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  now = hearth_clock_now (hearth_store_get_clock (store));
  g_date_time_get_ymd (now, &year, &month, &mday);
  today = g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  gtk_widget_grab_focus (GTK_WIDGET (self->height_entry));
  return self;
}

GtkEditable *
_hearth_height_dialog_get_height_entry (HearthHeightDialog *self)
{
  return GTK_EDITABLE (self->height_entry);
}

GtkEditable *
_hearth_height_dialog_get_date_entry (HearthHeightDialog *self)
{
  return GTK_EDITABLE (self->date_entry);
}

GtkLabel *
_hearth_height_dialog_get_height_error (HearthHeightDialog *self)
{
  return self->height_error;
}

GtkLabel *
_hearth_height_dialog_get_date_error (HearthHeightDialog *self)
{
  return self->date_error;
}

static void
hearth_height_dialog_dispose (GObject *object)
{
  HearthHeightDialog *self = HEARTH_HEIGHT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  G_OBJECT_CLASS (hearth_height_dialog_parent_class)->dispose (object);
}

static void
hearth_height_dialog_class_init (HearthHeightDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_height_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_height_dialog_init (HearthHeightDialog *self)
{
}
