/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-application-private.h"
#include "hearth-backup-scheduler.h"
#include "hearth-gui-resources.h"
#include "hearth-preferences-window.h"
#include "hearth-window.h"

struct _HearthApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  HearthStore    *store;
  GError         *open_error;
  HearthNotifyFunc notify_func;   /* tests: a fake sender */
  gpointer        notify_data;
};

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

void
_hearth_gui_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      g_resources_register (hearth_gui_get_resource ());
      g_once_init_leave (&registered, 1);
    }
}

HearthApplication *
_hearth_application_new_with_flags (GApplicationFlags flags)
{
  return g_object_new (HEARTH_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/hearthapp/Hearth",
                       NULL);
}

HearthApplication *
hearth_application_new (void)
{
  return _hearth_application_new_with_flags (G_APPLICATION_DEFAULT_FLAGS);
}

HearthStore *
hearth_application_get_store (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->store;
}

const GError *
_hearth_application_get_open_error (HearthApplication *self)
{
  g_assert (HEARTH_IS_APPLICATION (self));

  return self->open_error;
}

static void
open_store (HearthApplication *self)
{
  g_autoptr(HearthClock) clock = hearth_clock_new_system ();
  g_autofree char *path = NULL;

  g_clear_object (&self->store);
  g_clear_error (&self->open_error);

  path = self->db_path != NULL ? g_strdup (self->db_path) : hearth_store_default_path ();
  self->store = hearth_store_open (path, clock, &self->open_error);

  if (self->store == NULL)
    g_warning ("Could not open %s: %s", path, self->open_error->message);
  else
    /* Automatic daily backups: today's now, then once a day. */
    hearth_backup_scheduler_get_for_store (self->store);
}

static GtkWidget *
create_error_window (HearthApplication *self)
{
  g_autofree char *description = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *status;
  GtkWidget *button;

  path = self->db_path != NULL ? g_strdup (self->db_path) : hearth_store_default_path ();
  /* Translators: the error message, then the journal's file path */
  {
    /* The status page reads its description as markup. */
    g_autofree char *message_markup = g_markup_escape_text (self->open_error->message, -1);
    g_autofree char *path_markup = g_markup_escape_text (path, -1);

    description = g_strdup_printf (_("%s\n\nThe journal at %s was left as it is."),
                                   message_markup, path_markup);
  }

  window = adw_application_window_new (GTK_APPLICATION (self));
  gtk_window_set_title (GTK_WINDOW (window), _("Hearth"));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 560);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_widget_add_css_class (header, "flat");
  gtk_box_append (GTK_BOX (box), header);

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Your Journal Could Not Be Opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_set_vexpand (status, TRUE);

  button = gtk_button_new_with_mnemonic (_("_Quit"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.quit");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);

  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (window, "devel");

  return window;
}

static void
hearth_application_activate (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      if (self->store != NULL)
        window = GTK_WINDOW (hearth_window_new (self, self->store));
      else
        window = GTK_WINDOW (create_error_window (self));
    }

  gtk_window_present (window);
}

static void
on_quit_cb (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  HearthApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close windows first so they save their size. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
on_preferences_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  HearthPreferencesWindow *prefs = hearth_preferences_window_new ();

  /* The Privacy page is about the journal of the window it opens over. */
  if (HEARTH_IS_WINDOW (parent))
    hearth_preferences_window_set_store (prefs, hearth_window_get_store (HEARTH_WINDOW (parent)));
  gtk_window_set_transient_for (GTK_WINDOW (prefs), parent);
  gtk_window_set_application (GTK_WINDOW (prefs), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (prefs));
}

#define FDC_URL "https://fdc.nal.usda.gov/"

static void
on_about_cb (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Hearth developers", NULL };
  g_autofree char *legal = NULL;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application", self,
                        "application-name", _("Hearth"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("A health journal for you and your family"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developer-name", _("The Hearth developers"),
                        "developers", developers,
                        /* Translators: put your names here, one a line */
                        "translator-credits", _("translator-credits"),
                        "copyright", "© 2025 The Hearth developers",
                        NULL);
  /* The reference foods' source (data/foods-fdc.tsv), with a link. */
  legal = g_strdup_printf ("%s\n<a href=\"%s\">%s</a>",
                           _("Food composition: USDA National Nutrient Database for Standard "
                             "Reference, Legacy (public domain)"),
                           FDC_URL, FDC_URL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Food Composition"), NULL,
                                      GTK_LICENSE_CUSTOM, legal);
  adw_about_window_add_link (ADW_ABOUT_WINDOW (about), _("Food Composition Data (USDA)"), FDC_URL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_cb },
  { "preferences", on_preferences_cb },
  { "about", on_about_cb },
};

static void
hearth_application_startup (GApplication *app)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const char *add_reading_accels[] = { "<Control>n", NULL };
  static const char *add_meal_accels[] = { "<Control>m", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *record_accels[] = { "<Control><Shift>r", NULL };

  _hearth_gui_register_resources ();

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (app);

  hearth_core_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.add-reading", add_reading_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.add-meal", add_meal_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.edit-record", record_accels);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  open_store (self);
}

static int
hearth_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  HearthApplication *self = HEARTH_APPLICATION (app);
  g_autofree char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      g_free (self->db_path);
      self->db_path = g_steal_pointer (&db);
    }

  return -1;
}

static void
hearth_application_dispose (GObject *object)
{
  HearthApplication *self = HEARTH_APPLICATION (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_application_parent_class)->dispose (object);
}

static void
hearth_application_finalize (GObject *object)
{
  HearthApplication *self = HEARTH_APPLICATION (object);

  g_clear_pointer (&self->db_path, g_free);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (hearth_application_parent_class)->finalize (object);
}

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hearth_application_dispose;
  object_class->finalize = hearth_application_finalize;

  app_class->activate = hearth_application_activate;
  app_class->startup = hearth_application_startup;
  app_class->handle_local_options = hearth_application_handle_local_options;
}

static void
hearth_application_init (HearthApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the journal at PATH instead of the default one"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

void
_hearth_application_set_notify_func (HearthApplication *self,
                                     HearthNotifyFunc   func,
                                     gpointer           user_data)
{
  g_assert (HEARTH_IS_APPLICATION (self));

  self->notify_func = func;
  self->notify_data = user_data;
}

void
_hearth_application_send_notification (HearthApplication *self,
                                       const char        *id,
                                       GNotification     *notification,
                                       const char        *title,
                                       const char        *body)
{
  g_assert (HEARTH_IS_APPLICATION (self));

  if (self->notify_func != NULL)
    self->notify_func (G_APPLICATION (self), id, notification, title, body, self->notify_data);
  else
    g_application_send_notification (G_APPLICATION (self), id, notification);
}
