/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-profile-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-profile-dialog-private.h"

struct _HearthProfileDialog
{
  AdwWindow          parent_instance;

  HearthStore       *store;
  HearthProfile     *profile;   /* NULL: a new member */

  HearthProfileForm *form;
  GtkButton         *save_button;
};

G_DEFINE_FINAL_TYPE (HearthProfileDialog, hearth_profile_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

HearthProfileDialog *
hearth_profile_dialog_new (HearthStore   *store,
                           HearthProfile *profile)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (!profile || HEARTH_IS_PROFILE (profile), NULL);

  return g_object_new (HEARTH_TYPE_PROFILE_DIALOG,
                       "store", store,
                       "profile", profile,
                       NULL);
}

gboolean
_hearth_profile_dialog_save (HearthProfileDialog *self)
{
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  now = hearth_clock_now (hearth_store_get_clock (self->store));

  if (self->profile != NULL)
    {
      profile = hearth_store_get_profile (self->store, hearth_profile_get_uuid (self->profile), &error);
      if (profile == NULL)
        {
          hearth_profile_form_show_error (self->form, error);
          return FALSE;
        }
    }
  else
    profile = hearth_profile_new ("");

  if (!hearth_profile_form_apply (self->form, profile, now))
    return FALSE;

  if (self->profile != NULL)
    ok = hearth_store_update_profile (self->store, profile, &error);
  else
    ok = hearth_store_add_profile (self->store, profile, &error);

  if (!ok)
    {
      hearth_profile_form_show_error (self->form, error);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, profile);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_button_clicked_cb (HearthProfileDialog *self,
                           GtkButton           *button)
{
  _hearth_profile_dialog_save (self);
}

static void
hearth_profile_dialog_constructed (GObject *object)
{
  HearthProfileDialog *self = HEARTH_PROFILE_DIALOG (object);

  G_OBJECT_CLASS (hearth_profile_dialog_parent_class)->constructed (object);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* A new member: the name and at most three questions (issue 9). */
  hearth_profile_form_set_compact (self->form, self->profile == NULL);
  hearth_profile_form_set_profile (self->form, self->profile);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  /* Opens on the name, ready to type. */
  hearth_profile_form_focus_first (self->form);

  if (self->profile != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Member"));
      gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (self->save_button)), _("_Save"));
    }
  else
    {
      guint n_colors;
      const char * const *colors = hearth_profile_form_get_preset_colors (&n_colors);
      guint n_profiles = g_list_model_get_n_items (hearth_store_get_profiles (self->store));

      gtk_window_set_title (GTK_WINDOW (self), _("Add Member"));
      gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (self->save_button)), _("_Add"));
      hearth_profile_form_set_color (self->form, colors[n_profiles % n_colors]);
    }
}

static void
hearth_profile_dialog_dispose (GObject *object)
{
  HearthProfileDialog *self = HEARTH_PROFILE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PROFILE_DIALOG);

  G_OBJECT_CLASS (hearth_profile_dialog_parent_class)->dispose (object);
}

static void
hearth_profile_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthProfileDialog *self = HEARTH_PROFILE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_profile_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthProfileDialog *self = HEARTH_PROFILE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_profile_dialog_class_init (HearthProfileDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_profile_dialog_constructed;
  object_class->dispose = hearth_profile_dialog_dispose;
  object_class->get_property = hearth_profile_dialog_get_property;
  object_class->set_property = hearth_profile_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         HEARTH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HEARTH_TYPE_PROFILE);

  g_type_ensure (HEARTH_TYPE_PROFILE_FORM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-profile-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthProfileDialog, form);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_profile_dialog_init (HearthProfileDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HearthProfileForm *
_hearth_profile_dialog_get_form (HearthProfileDialog *self)
{
  return self->form;
}
