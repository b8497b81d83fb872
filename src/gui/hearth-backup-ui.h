/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BACKUP_UI (hearth_backup_ui_get_type ())
G_DECLARE_FINAL_TYPE (HearthBackupUi, hearth_backup_ui, HEARTH, BACKUP_UI, GObject)

/* Backups in the app (HACKING "Backups in the app"): adds Back Up Now…,
 * Restore…, Undo Restore and the automatic backups' state to @group (the
 * Privacy page's Backups group), which keeps the returned object alive. */
HearthBackupUi *hearth_backup_ui_add_to_group (AdwPreferencesGroup *group,
                                               HearthStore         *store);

G_END_DECLS
