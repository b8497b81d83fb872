/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-privacy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-backup-ui.h"
#include "hearth-gui-util.h"
#include "hearth-lock-manager.h"
#include "hearth-pin-dialog.h"
#include "hearth-privacy-page-private.h"

struct _HearthPrivacyPage
{
  AdwPreferencesPage  parent_instance;

  HearthStore        *store;
  HearthLockManager  *locks;
  GSettings          *settings;
  GPtrArray          *member_uuids;   /* the export choice's, after "Whole Family" */
  GPtrArray          *lock_rows;      /* AdwActionRow a member */
  char               *message;
  GtkWindow          *dialog;         /* weak */
  GCancellable       *cancellable;
  gboolean            busy;

  AdwComboRow        *export_who_row;
  GtkSwitch          *deidentify_switch;
  GtkWidget          *export_button;
  GtkWidget          *import_button;
  GtkWidget          *spinner;
  AdwPreferencesGroup *locks_group;
  AdwActionRow       *folder_row;
};

G_DEFINE_FINAL_TYPE (HearthPrivacyPage, hearth_privacy_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_message (HearthPrivacyPage *self,
              const char        *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_free (self->message);
  self->message = g_strdup (text);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (text));
}

static void
set_busy (HearthPrivacyPage *self,
          gboolean           busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (self->export_button, !busy);
  gtk_widget_set_sensitive (self->import_button, !busy && !hearth_store_is_read_only (self->store));
}

/* A locked member's data never leaves through the page: the name of the
 * first one locked among @uuid (NULL: everyone), or NULL. */
static const char *
first_locked (HearthPrivacyPage *self,
              const char        *uuid)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      if ((uuid == NULL || g_str_equal (uuid, hearth_profile_get_uuid (profile))) &&
          hearth_lock_manager_is_locked (self->locks, hearth_profile_get_uuid (profile)))
        return hearth_profile_get_name (profile);
    }
  return NULL;
}

/* Export and import ---------------------------------------------------- */

typedef struct
{
  char             *journal;
  HearthClock      *clock;
  char             *uuid;
  HearthExportFlags flags;
  char             *path;
  gboolean          import;
  HearthImportCounts counts;
} Job;

static void
job_free (Job *job)
{
  g_free (job->journal);
  g_clear_object (&job->clock);
  g_free (job->uuid);
  g_free (job->path);
  g_free (job);
}

/* In a worker thread, on a connection of its own: the window's stays free
 * to draw and read. */
static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(HearthStore) store = NULL;
  GError *error = NULL;
  gboolean ok;

  store = hearth_store_open_full (job->journal, job->clock,
                                  job->import ? HEARTH_STORE_OPEN_EXISTING : HEARTH_STORE_OPEN_READ_ONLY,
                                  &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (job->import)
    ok = hearth_import_file (store, job->path, &job->counts, &error);
  else
    ok = hearth_export_to_file (store, job->uuid, job->flags, job->path, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_job_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HearthPrivacyPage *self = HEARTH_PRIVACY_PAGE (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = g_path_get_basename (job->path);

  /* Closed meanwhile. */
  if (self->store == NULL)
    return;
  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_message (self, error->message);
      return;
    }

  if (!job->import)
    /* Translators: a toast; %s is a file name */
    text = g_strdup_printf (_("Exported to “%s”"), name);
  else
    {
      g_autoptr(GError) reload_error = NULL;

      /* The window's connection learns what the import's wrote. */
      hearth_store_reload (self->store, &reload_error);
      /* Translators: a toast after an import; %s is a file name, then counts of rows */
      text = g_strdup_printf (_("Imported “%s”: %u added, %u updated, %u already here"),
                              name, job->counts.added, job->counts.updated, job->counts.left);
    }
  show_message (self, text);
}

static void
start_job (HearthPrivacyPage *self,
           gboolean           import,
           const char        *path)
{
  g_autoptr(GTask) task = NULL;
  Job *job;
  guint who = adw_combo_row_get_selected (self->export_who_row);
  const char *uuid = NULL;
  const char *locked;

  if (self->busy)
    return;
  if (!import && who > 0 && who <= self->member_uuids->len)
    uuid = g_ptr_array_index (self->member_uuids, who - 1);
  /* Nothing of a locked member's is exported. */
  locked = import ? NULL : first_locked (self, uuid);
  if (locked != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is a member's name */
      text = g_strdup_printf (_("“%s” is locked: unlock them first to export their records"), locked);
      show_message (self, text);
      return;
    }

  job = g_new0 (Job, 1);
  job->journal = g_strdup (hearth_store_get_path (self->store));
  job->clock = g_object_ref (hearth_store_get_clock (self->store));
  job->uuid = g_strdup (uuid);
  job->flags = gtk_switch_get_active (self->deidentify_switch) ? HEARTH_EXPORT_DEIDENTIFY : HEARTH_EXPORT_NONE;
  job->path = g_strdup (path);
  job->import = import;

  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_job_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

void
_hearth_privacy_page_export_to (HearthPrivacyPage *self,
                                const char        *path)
{
  start_job (self, FALSE, path);
}

void
_hearth_privacy_page_import_from (HearthPrivacyPage *self,
                                  const char        *path)
{
  start_job (self, TRUE, path);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  HearthPrivacyPage *self = HEARTH_PRIVACY_PAGE (user_data);
  const char *what = g_object_get_data (G_OBJECT (chooser), "hearth-what");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path == NULL)
        show_message (self, _("Hearth can only use a file on this computer"));
      else if (g_str_equal (what, "export"))
        start_job (self, FALSE, path);
      else if (g_str_equal (what, "import"))
        start_job (self, TRUE, path);
      else
        g_settings_set_string (self->settings, "backup-folder", path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

/* GtkFileChooserNative: the file-chooser portal in the Flatpak, so no
 * filesystem permission is needed. */
static void
choose (HearthPrivacyPage    *self,
        const char           *what,
        GtkFileChooserAction  action,
        const char           *title,
        const char           *accept)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 action, accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "hearth-what", g_strdup (what), g_free);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "hearth-export.json");
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_clicked_cb (HearthPrivacyPage *self)
{
  choose (self, "export", GTK_FILE_CHOOSER_ACTION_SAVE, _("Export"), _("_Export"));
}

static void
on_import_clicked_cb (HearthPrivacyPage *self)
{
  choose (self, "import", GTK_FILE_CHOOSER_ACTION_OPEN, _("Import"), _("_Import"));
}

static void
on_folder_clicked_cb (HearthPrivacyPage *self)
{
  choose (self, "folder", GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("Backup Folder"), _("_Select"));
}

/* Member locks --------------------------------------------------------- */

static void
open_pin_dialog (HearthPrivacyPage *self,
                 HearthLockOp       op,
                 GtkWidget         *button)
{
  HearthProfile *profile = g_object_get_data (G_OBJECT (button), "hearth-profile");
  HearthPinDialog *dialog = hearth_pin_dialog_new (self->locks, op, profile);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_set_clicked_cb (GtkWidget         *button,
                   HearthPrivacyPage *self)
{
  open_pin_dialog (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "hearth-op")), button);
}

static GtkWidget *
add_lock_button (HearthPrivacyPage *self,
                 AdwActionRow      *row,
                 HearthProfile     *profile,
                 HearthLockOp       op,
                 const char        *label,
                 gboolean           sensitive)
{
  GtkWidget *button = hearth_gui_mnemonic_button_new (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data_full (G_OBJECT (button), "hearth-profile", g_object_ref (profile), g_object_unref);
  g_object_set_data (G_OBJECT (button), "hearth-op", GINT_TO_POINTER (op));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_set_clicked_cb), self, 0);
  adw_action_row_add_suffix (row, button);
  return button;
}

static void
rebuild_lock_rows (HearthPrivacyPage *self)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);
  const char *problem = hearth_lock_manager_get_problem (self->locks);

  for (guint i = 0; i < self->lock_rows->len; i++)
    adw_preferences_group_remove (self->locks_group, g_ptr_array_index (self->lock_rows, i));
  g_ptr_array_set_size (self->lock_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      const char *uuid = hearth_profile_get_uuid (profile);
      gboolean has_lock = hearth_lock_manager_has_lock (self->locks, uuid);
      gboolean locked = hearth_lock_manager_is_locked (self->locks, uuid);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;
      const char *state = !has_lock ? _("No lock")
                          : locked ? _("Locked with a PIN")
                          : _("Has a PIN; open now");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_profile_get_name (profile));
      if (problem != NULL)
        /* Translators: a member lock's state, then why the keyring cannot be used */
        subtitle = g_strdup_printf (_("%s. %s"), state, problem);
      else
        subtitle = g_strdup (state);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (has_lock)
        {
          add_lock_button (self, ADW_ACTION_ROW (row), profile, HEARTH_LOCK_OP_CHANGE, _("C_hange PIN…"), TRUE);
          add_lock_button (self, ADW_ACTION_ROW (row), profile, HEARTH_LOCK_OP_REMOVE, _("_Remove…"), TRUE);
        }
      else
        add_lock_button (self, ADW_ACTION_ROW (row), profile, HEARTH_LOCK_OP_SET, _("_Set PIN…"), TRUE);
      adw_preferences_group_add (self->locks_group, row);
      g_ptr_array_add (self->lock_rows, row);
    }
}

/* Delete everything ------------------------------------------------------ */

static void
on_delete_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       HearthPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!hearth_store_purge_everything (self->store, &error))
    {
      show_message (self, error->message);
      return;
    }
  show_message (self, _("Everything was deleted permanently"));
}

static void
on_delete_clicked_cb (HearthPrivacyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *body = NULL;
  HearthPurgeCounts counts;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;
  const char *locked = first_locked (self, NULL);

  if (locked != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is a member's name */
      text = g_strdup_printf (_("“%s” is locked: unlock them first to delete everything"), locked);
      show_message (self, text);
      return;
    }
  if (!hearth_store_count_purge (self->store, NULL, &counts, &error))
    {
      show_message (self, error->message);
      return;
    }

  listed = hearth_gui_format_purge_counts (&counts, TRUE);
  if (listed != NULL)
    /* Translators: %s lists counts ("2 members, 310 readings, 4 meals") */
    body = g_strdup_printf (_("This removes %s from this computer for good. It cannot be undone; an export or a backup made before is the only copy left."),
                            listed);
  else
    body = g_strdup (_("The journal holds nothing of yours yet."));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete Everything?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Everything"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "delete", listed != NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Building --------------------------------------------------------------- */

static void
rebuild_export_choices (HearthPrivacyPage *self)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->member_uuids, 0);
  gtk_string_list_append (names, _("Whole Family"));
  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      gtk_string_list_append (names, hearth_profile_get_name (profile));
      g_ptr_array_add (self->member_uuids, g_strdup (hearth_profile_get_uuid (profile)));
    }
  adw_combo_row_set_model (self->export_who_row, G_LIST_MODEL (names));
}

static void
on_changed_cb (HearthPrivacyPage *self)
{
  rebuild_export_choices (self);
  rebuild_lock_rows (self);
}

static void
update_folder_row (HearthPrivacyPage *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "backup-folder");

  adw_action_row_set_subtitle (self->folder_row, *folder != '\0' ? folder : _("None chosen"));
}

static GtkWidget *
add_group (HearthPrivacyPage *self,
           const char        *title,
           const char        *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  return group;
}

static AdwActionRow *
add_row (GtkWidget  *group,
         const char *title,
         const char *subtitle,
         GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      /* A spin button is named by its row (GTK 4.8 does not; a switch
       * is, as the row's activatable widget). */
      if (GTK_IS_SPIN_BUTTON (suffix))
        gtk_accessible_update_property (GTK_ACCESSIBLE (suffix),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                        -1);
      if (GTK_IS_SWITCH (suffix))
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ACTION_ROW (row);
}

static GtkWidget *
new_button (HearthPrivacyPage *self,
            const char        *label,
            GCallback          callback)
{
  GtkWidget *button = hearth_gui_mnemonic_button_new (label);

  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
new_spin (GSettings  *settings,
          const char *key,
          int         max)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (1, max, 1);

  g_settings_bind (settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
  return spin;
}

static void
build (HearthPrivacyPage *self)
{
  GtkWidget *group, *row, *button;

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Privacy"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "system-lock-screen-symbolic");

  group = add_group (self, _("Your Data"),
                     _("Everything stays on this computer. Hearth has no account and no cloud, sends nothing anywhere and collects no telemetry."));
  add_row (group, _("Journal"), hearth_store_get_path (self->store), NULL);
  add_row (group, _("PINs and Passphrases"), _("In the system keyring, never in the journal"), NULL);

  group = add_group (self, _("Export and Import"),
                     _("A file in Hearth’s documented JSON format, created readable by you only."));
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->spinner);
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Export Whom"));
  self->export_who_row = ADW_COMBO_ROW (row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->deidentify_switch = GTK_SWITCH (gtk_switch_new ());
  add_row (group, _("De-identify"),
           _("No names or notes, birth year only, dates shifted, new identifiers"),
           GTK_WIDGET (self->deidentify_switch));
  self->export_button = new_button (self, _("_Export…"), G_CALLBACK (on_export_clicked_cb));
  add_row (group, _("Export to a File"), NULL, self->export_button);
  self->import_button = new_button (self, _("_Import…"), G_CALLBACK (on_import_clicked_cb));
  add_row (group, _("Import a File"), _("Merged with the journal: newer changes win, nothing is lost"), self->import_button);

  self->locks_group = ADW_PREFERENCES_GROUP (
    add_group (self, _("Member Locks"),
               _("A lock keeps others using this computer’s login from seeing a member’s records. "
                 "It does not encrypt the journal: someone with your files and keyring can read everything.")));
  add_row (GTK_WIDGET (self->locks_group), _("Lock Again After"), _("Minutes without use of Hearth"),
           new_spin (self->settings, "lock-idle-minutes", 240));

  /* Backups: the settings' rows here; Back Up Now…, Restore… and the
   * automatic backups' state: hearth-backup-ui.c. */
  group = add_group (self, _("Backups"), _("Encrypted backups of the whole journal to a folder you choose."));
  gtk_widget_set_name (group, "backups-group");
  button = gtk_switch_new ();
  g_settings_bind (self->settings, "backup-auto", button, "active", G_SETTINGS_BIND_DEFAULT);
  add_row (group, _("Automatic Daily Backups"), NULL, button);
  self->folder_row = add_row (group, _("Backup Folder"), NULL,
                              new_button (self, _("C_hoose…"), G_CALLBACK (on_folder_clicked_cb)));
  add_row (group, _("Backups Kept"), NULL, new_spin (self->settings, "backup-keep", 365));
  update_folder_row (self);
  hearth_backup_ui_add_to_group (ADW_PREFERENCES_GROUP (group), self->store);

  group = add_group (self, _("Delete Everything"), NULL);
  button = new_button (self, _("_Delete Everything…"), G_CALLBACK (on_delete_clicked_cb));
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_set_sensitive (button, !hearth_store_is_read_only (self->store));
  add_row (group, _("Delete Every Member’s Records"), _("Permanently, from this computer"), button);

  on_changed_cb (self);
  set_busy (self, FALSE);
}

static void
on_settings_changed_cb (HearthPrivacyPage *self,
                        const char        *key)
{
  if (g_str_equal (key, "backup-folder"))
    update_folder_row (self);
}

GtkWidget *
hearth_privacy_page_new (HearthStore *store)
{
  HearthPrivacyPage *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_PRIVACY_PAGE, NULL);
  self->store = g_object_ref (store);
  self->locks = g_object_ref (hearth_lock_manager_get_for_store (store));
  g_signal_connect_object (self->locks, "changed", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "profiles-changed", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  build (self);
  return GTK_WIDGET (self);
}

void
_hearth_privacy_page_set_export (HearthPrivacyPage *self,
                                 guint              who,
                                 gboolean           deidentify)
{
  adw_combo_row_set_selected (self->export_who_row, who);
  gtk_switch_set_active (self->deidentify_switch, deidentify);
}

gboolean
_hearth_privacy_page_is_busy (HearthPrivacyPage *self)
{
  return self->busy;
}

const char *
_hearth_privacy_page_get_message (HearthPrivacyPage *self)
{
  return self->message;
}

GPtrArray *
_hearth_privacy_page_get_lock_rows (HearthPrivacyPage *self)
{
  return self->lock_rows;
}

GtkWindow *
_hearth_privacy_page_get_dialog (HearthPrivacyPage *self)
{
  return self->dialog;
}

static void
hearth_privacy_page_dispose (GObject *object)
{
  HearthPrivacyPage *self = HEARTH_PRIVACY_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->locks);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hearth_privacy_page_parent_class)->dispose (object);
}

static void
hearth_privacy_page_finalize (GObject *object)
{
  HearthPrivacyPage *self = HEARTH_PRIVACY_PAGE (object);

  g_clear_pointer (&self->member_uuids, g_ptr_array_unref);
  g_clear_pointer (&self->lock_rows, g_ptr_array_unref);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (hearth_privacy_page_parent_class)->finalize (object);
}

static void
hearth_privacy_page_class_init (HearthPrivacyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_privacy_page_dispose;
  object_class->finalize = hearth_privacy_page_finalize;
}

static void
hearth_privacy_page_init (HearthPrivacyPage *self)
{
  self->settings = hearth_gui_settings_new ();
  self->member_uuids = g_ptr_array_new_with_free_func (g_free);
  self->lock_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
}
