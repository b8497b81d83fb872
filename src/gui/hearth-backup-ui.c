/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-backup-ui"

#include "config.h"

#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hearth-backup-scheduler-private.h"
#include "hearth-backup-ui-private.h"
#include "hearth-gui-util.h"

/* Back Up Now…, Restore…, Undo Restore and the automatic backups' state in
 * the Privacy page's Backups group. Backups and the restore's check run in
 * a worker thread on paths (hearth-backup.h); the restore itself goes into
 * the open store (hearth-backup-store.h), so no window closes. */

typedef enum {
  MODE_BACKUP,    /* a new backup: the passphrase twice, may be remembered */
  MODE_RESTORE,   /* a backup's passphrase, once */
  MODE_AUTO,      /* the automatic backups' passphrase: twice, remembered */
} Mode;

struct _HearthBackupUi
{
  GObject                parent_instance;

  HearthStore           *store;
  HearthBackupScheduler *scheduler;
  GSettings             *settings;
  GCancellable          *cancellable;
  AdwPreferencesGroup   *group;     /* weak */
  GtkWidget             *backup_button;
  GtkWidget             *restore_button;
  GtkWidget             *undo_button;
  GtkWidget             *spinner;
  AdwActionRow          *status_row;
  gboolean               busy;
  char                  *message;

  /* The dialog open now. */
  GtkWindow             *dialog;    /* weak */
  Mode                   mode;
  char                  *path;      /* the backup picked */
  GPtrArray             *entries;
  GtkLabel              *field_message;
  GtkCheckButton        *remember;
  GtkWidget             *dialog_spinner;
  GtkWidget             *action_button;
  HearthBackupPrepared  *prepared;  /* checked, waiting for the confirmation */
  gboolean               auto_asked;
};

G_DEFINE_FINAL_TYPE (HearthBackupUi, hearth_backup_ui, G_TYPE_OBJECT)

static void
show_message (HearthBackupUi *self,
              const char     *text)
{
  GtkRoot *root = self->group != NULL ? gtk_widget_get_root (GTK_WIDGET (self->group)) : NULL;

  g_free (self->message);
  self->message = g_strdup (text);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (text));
}

static GtkWindow *
parent_window (HearthBackupUi *self)
{
  GtkRoot *root = self->group != NULL ? gtk_widget_get_root (GTK_WIDGET (self->group)) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
update_undo (HearthBackupUi *self)
{
  gtk_widget_set_visible (self->undo_button,
                          hearth_backup_can_undo (hearth_store_get_path (self->store)));
}

static void
set_busy (HearthBackupUi *self,
          gboolean        busy)
{
  gboolean writable = !hearth_store_is_read_only (self->store);

  self->busy = busy;
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (self->backup_button, !busy);
  gtk_widget_set_sensitive (self->restore_button, !busy && writable);
  gtk_widget_set_sensitive (self->undo_button, !busy && writable);
  if (self->dialog_spinner != NULL)
    {
      gtk_widget_set_visible (self->dialog_spinner, busy);
      gtk_spinner_set_spinning (GTK_SPINNER (self->dialog_spinner), busy);
      gtk_widget_set_sensitive (self->action_button, !busy);
    }
}

static void
close_dialog (HearthBackupUi *self)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
}

static void
on_dialog_destroy_cb (HearthBackupUi *self)
{
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->field_message = NULL;
  self->remember = NULL;
  self->dialog_spinner = NULL;
  self->action_button = NULL;
  /* The automatic backups' passphrase not given: they stay off. */
  if (self->mode == MODE_AUTO && self->auto_asked)
    {
      self->auto_asked = FALSE;
      g_settings_set_boolean (self->settings, "backup-auto", FALSE);
    }
}

/* Says @text under the passphrase field @entry. */
static void
field_message (HearthBackupUi *self,
               const char     *text,
               guint           entry)
{
  GtkWidget *field;

  if (self->field_message == NULL)
    {
      show_message (self, text);
      return;
    }
  field = g_ptr_array_index (self->entries, MIN (entry, self->entries->len - 1));
  gtk_label_set_text (self->field_message, text);
  gtk_widget_set_visible (GTK_WIDGET (self->field_message), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  gtk_widget_grab_focus (field);
  gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
}

static const char *
entry_text (HearthBackupUi *self,
            guint           index)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->entries, index)));
}

static char *
display_date (const char *path)
{
  GStatBuf st;
  g_autoptr(GDateTime) when = NULL;

  if (g_stat (path, &st) != 0)
    return g_strdup (_("an unknown date"));
  when = g_date_time_new_from_unix_local (st.st_mtime);
  /* Translators: a backup's date and time (g_date_time_format) */
  return g_date_time_format (when, _("%-d %B %Y, %H:%M"));
}

/* Back up ---------------------------------------------------------------- */

typedef struct
{
  char     *journal;
  char     *path;
  char     *passphrase;   /* wiped when freed */
  gboolean  remember;
  char     *remember_error;
} BackupJob;

static void
backup_job_free (BackupJob *job)
{
  g_free (job->journal);
  g_free (job->path);
  hearth_secrets_free (job->passphrase);
  g_free (job->remember_error);
  g_free (job);
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupJob *job = task_data;
  GError *error = NULL;

  if (!hearth_backup_create (job->journal, job->path, job->passphrase, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (job->remember)
    {
      g_autofree char *journal_id = hearth_secrets_journal_id (job->journal);
      g_autoptr(GError) local = NULL;

      if (!hearth_secrets_store_sync (journal_id, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                      _("Hearth backup passphrase"), job->passphrase,
                                      HEARTH_SECRETS_NONE, cancellable, &local))
        job->remember_error = g_strdup (local->message);
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_backup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HearthBackupUi *self = HEARTH_BACKUP_UI (source);
  BackupJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_message (self, error->message);
      return;
    }
  if (job->remember_error != NULL)
    /* Translators: a toast; %s is a file name, then why the keyring failed */
    text = g_strdup_printf (_("Backed up to “%s”; the passphrase was not remembered: %s"),
                            name, job->remember_error);
  else
    /* Translators: a toast; %s is a file name */
    text = g_strdup_printf (_("Backed up to “%s”"), name);
  show_message (self, text);
  if (job->remember && job->remember_error == NULL)
    _hearth_backup_scheduler_retry (self->scheduler);
}

static void
start_backup (HearthBackupUi *self)
{
  g_autoptr(GTask) task = NULL;
  BackupJob *job = g_new0 (BackupJob, 1);

  job->journal = g_strdup (hearth_store_get_path (self->store));
  job->path = g_strdup (self->path);
  job->passphrase = g_strdup (entry_text (self, 0));
  job->remember = gtk_check_button_get_active (self->remember);
  close_dialog (self);
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_backup_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) backup_job_free);
  g_task_run_in_thread (task, backup_thread);
}

/* The automatic backups' passphrase ---------------------------------------- */

static void
on_auto_stored_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HearthBackupUi) self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  set_busy (self, FALSE);
  if (!hearth_secrets_store_finish (result, &error))
    {
      field_message (self, error->message, 0);
      return;
    }
  self->auto_asked = FALSE;
  close_dialog (self);
  show_message (self, _("Automatic backups are on"));
  _hearth_backup_scheduler_retry (self->scheduler);
}

static void
store_auto_passphrase (HearthBackupUi *self)
{
  g_autofree char *journal_id = hearth_secrets_journal_id (hearth_store_get_path (self->store));

  set_busy (self, TRUE);
  hearth_secrets_store (journal_id, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                        _("Hearth backup passphrase"), entry_text (self, 0),
                        HEARTH_SECRETS_PROMPT, self->cancellable, on_auto_stored_cb,
                        g_object_ref (self));
}

/* Restore ------------------------------------------------------------------ */

static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  char **args = task_data;   /* backup, passphrase, journal */
  HearthBackupPrepared *prepared;
  GError *error = NULL;

  prepared = hearth_backup_prepare (args[0], args[1], args[2], cancellable, &error);
  if (prepared == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, prepared, (GDestroyNotify) hearth_backup_prepared_free);
}

static void
prepare_args_free (char **args)
{
  g_free (args[0]);
  hearth_secrets_free (args[1]);
  g_free (args[2]);
  g_free (args);
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        HearthBackupUi   *self)
{
  g_autoptr(HearthBackupPrepared) prepared = g_steal_pointer (&self->prepared);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "restore") != 0 || prepared == NULL)
    return;
  if (!hearth_backup_restore_into_store (self->store, prepared, &error))
    {
      show_message (self, error->message);
      return;
    }
  date = display_date (self->path);
  /* Translators: a toast; %s is the backup's date */
  text = g_strdup_printf (_("Restored the backup of %s"), date);
  show_message (self, text);
  update_undo (self);
}

static void
confirm_restore (HearthBackupUi *self)
{
  HearthPurgeCounts now_counts;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = display_date (self->path);
  g_autofree char *theirs = hearth_gui_format_purge_counts (hearth_backup_prepared_get_counts (self->prepared), TRUE);
  g_autofree char *ours = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (hearth_store_count_purge (self->store, NULL, &now_counts, &error))
    ours = hearth_gui_format_purge_counts (&now_counts, TRUE);
  /* Translators: %s: the backup's date; then what it holds; then what the journal holds now */
  body = g_strdup_printf (_("The backup of %s holds %s. It replaces everything in the journal now: %s. "
                            "Undo Restore puts the journal back until the next restore."),
                          date, theirs != NULL ? theirs : _("nothing"), ours != NULL ? ours : _("nothing"));
  dialog = adw_message_dialog_new (parent_window (self), _("Replace the Journal?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  self->mode = MODE_RESTORE;
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_prepare_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  HearthBackupUi *self = HEARTH_BACKUP_UI (source);
  g_autoptr(GError) error = NULL;
  HearthBackupPrepared *prepared;

  if (self->store == NULL)
    return;
  set_busy (self, FALSE);
  prepared = g_task_propagate_pointer (G_TASK (result), &error);
  if (prepared == NULL)
    {
      if (g_error_matches (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE))
        field_message (self, _("Wrong passphrase: this backup was made with another one"), 0);
      else
        field_message (self, error->message, 0);
      return;
    }
  g_clear_pointer (&self->prepared, hearth_backup_prepared_free);
  /* The Privacy page closed meanwhile: nobody to ask, nothing restored. */
  if (self->group == NULL)
    {
      hearth_backup_prepared_free (prepared);
      return;
    }
  self->prepared = prepared;
  close_dialog (self);
  confirm_restore (self);
}

static void
start_prepare (HearthBackupUi *self)
{
  g_autoptr(GTask) task = NULL;
  char **args = g_new0 (char *, 3);

  args[0] = g_strdup (self->path);
  args[1] = g_strdup (entry_text (self, 0));
  args[2] = g_strdup (hearth_store_get_path (self->store));
  gtk_widget_set_visible (GTK_WIDGET (self->field_message), FALSE);
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_prepare_done_cb, NULL);
  g_task_set_task_data (task, args, (GDestroyNotify) prepare_args_free);
  g_task_run_in_thread (task, prepare_thread);
}

/* The passphrase dialog ---------------------------------------------------- */

static void
on_action_cb (HearthBackupUi *self)
{
  g_autoptr(GError) error = NULL;

  if (self->busy || self->entries == NULL)
    return;
  if (self->mode == MODE_RESTORE)
    {
      if (*entry_text (self, 0) == '\0')
        field_message (self, _("Type the passphrase this backup was made with"), 0);
      else
        start_prepare (self);
      return;
    }
  if (!hearth_backup_check_passphrase (entry_text (self, 0), &error))
    {
      field_message (self, error->message, 0);
      return;
    }
  if (g_strcmp0 (entry_text (self, 0), entry_text (self, 1)) != 0)
    {
      field_message (self, _("The two passphrases differ"), 1);
      return;
    }
  if (self->mode == MODE_BACKUP)
    start_backup (self);
  else
    store_auto_passphrase (self);
}

static void
on_entry_activate_cb (HearthBackupUi *self,
                      GtkWidget      *entry)
{
  guint index;

  if (g_ptr_array_find (self->entries, entry, &index) && index + 1 < self->entries->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, index + 1));
  else
    on_action_cb (self);
}

static void
add_entry (HearthBackupUi *self,
           GtkBox         *box,
           const char     *label_text)
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
open_passphrase_dialog (HearthBackupUi *self,
                        Mode            mode)
{
  GtkWidget *window, *content, *box, *buttons, *title, *text, *cancel;
  const char *heading, *body, *action;
  g_autofree char *name = self->path != NULL ? g_filename_display_basename (self->path) : NULL;
  g_autofree char *owned_body = NULL;

  close_dialog (self);
  switch (mode)
    {
    case MODE_BACKUP:
      heading = _("Back Up the Journal");
      /* Translators: %s is a file name; %d the shortest passphrase */
      owned_body = g_strdup_printf (_("The backup “%s” is encrypted with this passphrase (at least %d characters). "
                                      "Without it the backup cannot be restored: nobody can recover it."),
                                    name, HEARTH_BACKUP_MIN_PASSPHRASE);
      body = owned_body;
      action = _("_Back Up");
      break;
    case MODE_RESTORE:
      heading = _("Restore a Backup");
      /* Translators: %s is a file name */
      owned_body = g_strdup_printf (_("Type the passphrase “%s” was made with. It is checked before anything changes."), name);
      body = owned_body;
      action = _("_Check Backup");
      break;
    case MODE_AUTO:
    default:
      heading = _("Automatic Backups");
      body = _("Automatic backups are encrypted with this passphrase, remembered in the system keyring. "
               "Keep a copy of it elsewhere: without it no backup can be restored.");
      action = _("_Turn On");
      break;
    }

  self->mode = mode;
  self->entries = g_ptr_array_new ();
  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), heading);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, -1);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 24);
  gtk_widget_set_margin_end (content, 24);
  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (content), title);
  text = gtk_label_new (body);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 44);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (content), text);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  add_entry (self, GTK_BOX (box), _("_Passphrase"));
  if (mode != MODE_RESTORE)
    add_entry (self, GTK_BOX (box), _("Re_peat the Passphrase"));
  self->field_message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->field_message, 0);
  gtk_label_set_wrap (self->field_message, TRUE);
  gtk_label_set_max_width_chars (self->field_message, 44);
  gtk_widget_add_css_class (GTK_WIDGET (self->field_message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->field_message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->field_message));
  if (mode == MODE_BACKUP)
    {
      self->remember = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Remember in the keyring (for automatic backups)")));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->remember));
    }
  gtk_box_append (GTK_BOX (content), box);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  self->dialog_spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->dialog_spinner, FALSE);
  gtk_box_append (GTK_BOX (buttons), self->dialog_spinner);
  cancel = hearth_gui_mnemonic_button_new (_("_Cancel"));
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), cancel);
  self->action_button = hearth_gui_mnemonic_button_new (action);
  gtk_widget_add_css_class (self->action_button, "suggested-action");
  g_signal_connect_object (self->action_button, "clicked", G_CALLBACK (on_action_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), self->action_button);
  gtk_box_append (GTK_BOX (content), buttons);
  adw_window_set_content (ADW_WINDOW (window), content);
  gtk_window_set_focus (GTK_WINDOW (window), g_ptr_array_index (self->entries, 0));

  g_signal_connect_object (window, "destroy", G_CALLBACK (on_dialog_destroy_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

/* The buttons -------------------------------------------------------------- */

void
_hearth_backup_ui_back_up_to (HearthBackupUi *self,
                              const char     *path)
{
  if (self->busy)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  open_passphrase_dialog (self, MODE_BACKUP);
}

void
_hearth_backup_ui_restore_from (HearthBackupUi *self,
                                const char     *path)
{
  if (self->busy)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  open_passphrase_dialog (self, MODE_RESTORE);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(HearthBackupUi) self = user_data;
  gboolean backup = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path == NULL)
        show_message (self, _("Hearth can only use a file on this computer"));
      else if (backup)
        _hearth_backup_ui_back_up_to (self, path);
      else
        _hearth_backup_ui_restore_from (self, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* GtkFileChooserNative: the file-chooser portal in the Flatpak. */
static void
choose (HearthBackupUi *self,
        gboolean        backup)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (backup ? _("Back Up") : _("Restore a Backup"), parent_window (self),
                                 backup ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                 backup ? _("_Back Up") : _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Hearth Backups"));
  gtk_file_filter_add_suffix (filter, HEARTH_BACKUP_SUFFIX + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (backup)
    {
      g_autofree char *name = hearth_backup_auto_name (hearth_store_get_clock (self->store));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_backup_clicked_cb (HearthBackupUi *self)
{
  choose (self, TRUE);
}

static void
on_restore_clicked_cb (HearthBackupUi *self)
{
  choose (self, FALSE);
}

static void
on_undo_clicked_cb (HearthBackupUi *self)
{
  g_autoptr(GError) error = NULL;

  if (!hearth_backup_undo_into_store (self->store, &error))
    show_message (self, error->message);
  else
    show_message (self, _("The journal from before the restore is back"));
  update_undo (self);
}

/* Automatic backups -------------------------------------------------------- */

static void
on_status_changed_cb (HearthBackupUi *self)
{
  adw_action_row_set_subtitle (self->status_row, hearth_backup_scheduler_get_status (self->scheduler));
}

static void
on_auto_lookup_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HearthBackupUi) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSecret) secret = hearth_secrets_lookup_finish (result, &error);

  /* A keyring that cannot be reached: the scheduler's state says why. */
  if (self->store == NULL || secret != NULL || error != NULL)
    return;
  if (!g_settings_get_boolean (self->settings, "backup-auto"))
    return;
  g_clear_pointer (&self->path, g_free);
  open_passphrase_dialog (self, MODE_AUTO);
  self->auto_asked = TRUE;
}

static void
on_settings_changed_cb (HearthBackupUi *self,
                        const char     *key)
{
  g_autofree char *journal_id = NULL;

  if (!g_str_equal (key, "backup-auto") || !g_settings_get_boolean (self->settings, "backup-auto"))
    return;
  /* Turned on: is a passphrase remembered? Ask for one if not. */
  journal_id = hearth_secrets_journal_id (hearth_store_get_path (self->store));
  hearth_secrets_lookup (journal_id, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "", HEARTH_SECRETS_NONE,
                         self->cancellable, on_auto_lookup_cb, g_object_ref (self));
}

static AdwActionRow *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         GtkWidget           *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
    }
  adw_preferences_group_add (group, row);
  return ADW_ACTION_ROW (row);
}

static GtkWidget *
new_button (HearthBackupUi *self,
            const char     *label,
            GCallback       callback)
{
  GtkWidget *button = hearth_gui_mnemonic_button_new (label);

  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

HearthBackupUi *
hearth_backup_ui_add_to_group (AdwPreferencesGroup *group,
                               HearthStore         *store)
{
  HearthBackupUi *self;
  GtkWidget *box;

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_BACKUP_UI, NULL);
  self->store = g_object_ref (store);
  self->scheduler = g_object_ref (hearth_backup_scheduler_get_for_store (store));
  g_set_weak_pointer (&self->group, group);
  g_object_set_data_full (G_OBJECT (group), "hearth-backup-ui", self, g_object_unref);

  self->spinner = gtk_spinner_new ();
  adw_preferences_group_set_header_suffix (group, self->spinner);
  self->status_row = add_row (group, _("Automatic Backups"), NULL, NULL);
  on_status_changed_cb (self);
  g_signal_connect_object (self->scheduler, "changed", G_CALLBACK (on_status_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);

  self->backup_button = new_button (self, _("_Back Up Now…"), G_CALLBACK (on_backup_clicked_cb));
  add_row (group, _("Back Up Now"), _("To a file you choose, encrypted with a passphrase"), self->backup_button);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->undo_button = new_button (self, _("_Undo Restore"), G_CALLBACK (on_undo_clicked_cb));
  self->restore_button = new_button (self, _("Res_tore…"), G_CALLBACK (on_restore_clicked_cb));
  gtk_box_append (GTK_BOX (box), self->undo_button);
  gtk_box_append (GTK_BOX (box), self->restore_button);
  add_row (group, _("Restore a Backup"), _("Replaces the journal; the current one is kept for Undo Restore"), box);
  update_undo (self);
  set_busy (self, FALSE);
  return self;
}

HearthBackupUi *
_hearth_backup_ui_get_for_group (AdwPreferencesGroup *group)
{
  return g_object_get_data (G_OBJECT (group), "hearth-backup-ui");
}

GtkWindow *
_hearth_backup_ui_get_dialog (HearthBackupUi *self)
{
  return self->dialog;
}

GtkWidget *
_hearth_backup_ui_get_entry (HearthBackupUi *self,
                             guint           index)
{
  g_return_val_if_fail (self->entries != NULL && index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

GtkLabel *
_hearth_backup_ui_get_field_message (HearthBackupUi *self)
{
  return self->field_message;
}

GtkCheckButton *
_hearth_backup_ui_get_remember (HearthBackupUi *self)
{
  return self->remember;
}

gboolean
_hearth_backup_ui_is_busy (HearthBackupUi *self)
{
  return self->busy;
}

const char *
_hearth_backup_ui_get_message (HearthBackupUi *self)
{
  return self->message;
}

const char *
_hearth_backup_ui_get_status (HearthBackupUi *self)
{
  return adw_action_row_get_subtitle (self->status_row);
}

GtkWidget *
_hearth_backup_ui_get_undo_button (HearthBackupUi *self)
{
  return self->undo_button;
}

static void
hearth_backup_ui_dispose (GObject *object)
{
  HearthBackupUi *self = HEARTH_BACKUP_UI (object);

  g_cancellable_cancel (self->cancellable);
  self->auto_asked = FALSE;
  close_dialog (self);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->group);
  g_clear_pointer (&self->prepared, hearth_backup_prepared_free);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (hearth_backup_ui_parent_class)->dispose (object);
}

static void
hearth_backup_ui_finalize (GObject *object)
{
  HearthBackupUi *self = HEARTH_BACKUP_UI (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self->path);
  g_free (self->message);

  G_OBJECT_CLASS (hearth_backup_ui_parent_class)->finalize (object);
}

static void
hearth_backup_ui_class_init (HearthBackupUiClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_backup_ui_dispose;
  object_class->finalize = hearth_backup_ui_finalize;
}

static void
hearth_backup_ui_init (HearthBackupUi *self)
{
  self->settings = hearth_gui_settings_new ();
  self->cancellable = g_cancellable_new ();
}
