/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BACKUP_SCHEDULER (hearth_backup_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (HearthBackupScheduler, hearth_backup_scheduler, HEARTH, BACKUP_SCHEDULER, GObject)

/* The automatic daily backups of a store's journal (HACKING "Backups in
 * the app"): one a store, made when first asked for (the application does
 * at start). While the setting backup-auto is on and backup-folder set, it
 * runs hearth_backup_auto() in a worker thread with the keyring's
 * backup-passphrase, at once and whenever the store's clock reaches a new
 * local day (a timer looks every minute). "changed" when the status
 * changes. */
HearthBackupScheduler *hearth_backup_scheduler_get_for_store (HearthStore *store);

/* "Last backup: …", "Not made: …" or "Off": for the Privacy page. */
const char            *hearth_backup_scheduler_get_status    (HearthBackupScheduler *self);

G_END_DECLS
