/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-backup-scheduler.h"

G_BEGIN_DECLS

/* Tests: the timer's work now (after moving the store's fixed clock). */
void     _hearth_backup_scheduler_check      (HearthBackupScheduler *self);
/* Whether a backup is being made in the worker thread. */
gboolean _hearth_backup_scheduler_is_running (HearthBackupScheduler *self);
/* Today's backup tried again (a passphrase was just remembered). */
void     _hearth_backup_scheduler_retry      (HearthBackupScheduler *self);

G_END_DECLS
