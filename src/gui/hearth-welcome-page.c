/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-welcome-page-private.h"

struct _HearthWelcomePage
{
  AdwBin             parent_instance;

  HearthStore       *store;

  GtkImage          *icon;
  HearthProfileForm *form;
  GtkButton         *create_button;
};

G_DEFINE_FINAL_TYPE (HearthWelcomePage, hearth_welcome_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  PROFILE_CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
hearth_welcome_page_new (void)
{
  return g_object_new (HEARTH_TYPE_WELCOME_PAGE, NULL);
}

HearthStore *
hearth_welcome_page_get_store (HearthWelcomePage *self)
{
  g_return_val_if_fail (HEARTH_IS_WELCOME_PAGE (self), NULL);

  return self->store;
}

void
hearth_welcome_page_set_store (HearthWelcomePage *self,
                               HearthStore       *store)
{
  g_return_if_fail (HEARTH_IS_WELCOME_PAGE (self));
  g_return_if_fail (!store || HEARTH_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
on_create_button_clicked_cb (HearthWelcomePage *self,
                             GtkButton         *button)
{
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self->store != NULL);

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  profile = hearth_profile_new ("");
  hearth_profile_set_color (profile, hearth_profile_form_get_preset_colors (NULL)[0]);

  if (!hearth_profile_form_apply (self->form, profile, now))
    return;

  if (!hearth_store_add_profile (self->store, profile, &error))
    {
      hearth_profile_form_show_error (self->form, error);
      return;
    }

  g_signal_emit (self, signals[PROFILE_CREATED], 0, profile);

  /* Ready for another first run (after every member was deleted). */
  hearth_profile_form_set_profile (self->form, NULL);
}

static void
hearth_welcome_page_map (GtkWidget *widget)
{
  HearthWelcomePage *self = HEARTH_WELCOME_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (hearth_welcome_page_parent_class)->map (widget);

  /* Enter in any field creates the member. */
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_default_widget (GTK_WINDOW (root), GTK_WIDGET (self->create_button));
  /* The first run starts on the name, ready to type. */
  if (gtk_widget_is_sensitive (widget))
    hearth_profile_form_focus_first (self->form);
}

static void
hearth_welcome_page_unmap (GtkWidget *widget)
{
  HearthWelcomePage *self = HEARTH_WELCOME_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) &&
      gtk_window_get_default_widget (GTK_WINDOW (root)) == GTK_WIDGET (self->create_button))
    gtk_window_set_default_widget (GTK_WINDOW (root), NULL);

  GTK_WIDGET_CLASS (hearth_welcome_page_parent_class)->unmap (widget);
}

static void
hearth_welcome_page_dispose (GObject *object)
{
  HearthWelcomePage *self = HEARTH_WELCOME_PAGE (object);

  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (hearth_welcome_page_parent_class)->dispose (object);
}

static void
hearth_welcome_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthWelcomePage *self = HEARTH_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_welcome_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthWelcomePage *self = HEARTH_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hearth_welcome_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_welcome_page_class_init (HearthWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_welcome_page_dispose;
  object_class->get_property = hearth_welcome_page_get_property;
  object_class->set_property = hearth_welcome_page_set_property;

  widget_class->map = hearth_welcome_page_map;
  widget_class->unmap = hearth_welcome_page_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PROFILE_CREATED] =
    g_signal_new ("profile-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HEARTH_TYPE_PROFILE);

  g_type_ensure (HEARTH_TYPE_PROFILE_FORM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWelcomePage, icon);
  gtk_widget_class_bind_template_child (widget_class, HearthWelcomePage, form);
  gtk_widget_class_bind_template_child (widget_class, HearthWelcomePage, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_create_button_clicked_cb);
}

static void
hearth_welcome_page_init (HearthWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_image_set_from_icon_name (self->icon, APPLICATION_ID);
}

HearthProfileForm *
_hearth_welcome_page_get_form (HearthWelcomePage *self)
{
  return self->form;
}

GtkButton *
_hearth_welcome_page_get_create_button (HearthWelcomePage *self)
{
  return self->create_button;
}
