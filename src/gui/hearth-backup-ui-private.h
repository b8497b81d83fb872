/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-backup-ui.h"

G_BEGIN_DECLS

/* Test hooks. The file choosers are GtkFileChooserNative (the portal in the
 * Flatpak), whose own dialog a test cannot type into: these run what the
 * chooser's answer runs, with @path as the file or folder picked. */
HearthBackupUi *_hearth_backup_ui_get_for_group  (AdwPreferencesGroup *group);
void            _hearth_backup_ui_back_up_to     (HearthBackupUi      *self,
                                                  const char          *path);
void            _hearth_backup_ui_restore_from   (HearthBackupUi      *self,
                                                  const char          *path);
/* The dialog open now (a passphrase dialog, the restore's confirmation, an
 * AdwMessageDialog with responses "cancel" and "restore"), or NULL. */
GtkWindow      *_hearth_backup_ui_get_dialog     (HearthBackupUi      *self);
/* The passphrase dialog's fields (GtkPasswordEntry, in order), its
 * message under the fields and its "Remember in the keyring" check. */
GtkWidget      *_hearth_backup_ui_get_entry      (HearthBackupUi      *self,
                                                  guint                index);
GtkLabel       *_hearth_backup_ui_get_field_message (HearthBackupUi   *self);
GtkCheckButton *_hearth_backup_ui_get_remember   (HearthBackupUi      *self);
/* A backup, a check or a restore running in the worker thread. */
gboolean        _hearth_backup_ui_is_busy        (HearthBackupUi      *self);
/* The last toast's text, or NULL. */
const char     *_hearth_backup_ui_get_message    (HearthBackupUi      *self);
/* The automatic backups' row's subtitle (the scheduler's status). */
const char     *_hearth_backup_ui_get_status     (HearthBackupUi      *self);
/* The Undo Restore button (visible when a restore can be undone). */
GtkWidget      *_hearth_backup_ui_get_undo_button (HearthBackupUi     *self);

G_END_DECLS
