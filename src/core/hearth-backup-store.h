/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-backup.h"
#include "hearth-store.h"
#include "hearth-store-purge.h"

G_BEGIN_DECLS

/*
 * Restoring a backup into the app's open store (HACKING "Backups in the
 * app"). hearth_backup_restore() replaces the journal file, which only a
 * program that closed the journal may do; the app keeps its store (and
 * every window and page over it) open instead:
 *
 * 1. hearth_backup_prepare() — any thread, on paths: the backup decrypted,
 *    authenticated, checked and migrated into a private temporary journal
 *    beside the journal (0600, flock'ed while the prepared restore lives).
 *    This is the verification: its errors are hearth_backup_verify()'s.
 * 2. hearth_backup_restore_into_store() — the store's thread: the open
 *    journal copied aside as hearth_backup_undo_path() (SQLite's online
 *    backup API, 0600), then the prepared journal copied into the store's
 *    own connection with the same API (one write transaction: atomic), and
 *    hearth_store_reload().
 * 3. hearth_backup_undo_into_store() puts the journal kept aside back the
 *    same way and removes it.
 *
 * Member locks are kept in GSettings and the keyring by member and journal
 * path, neither of which a restore changes: a locked member stays locked.
 */

typedef struct _HearthBackupPrepared HearthBackupPrepared;

HearthBackupPrepared *hearth_backup_prepare          (const char            *backup_path,
                                                      const char            *passphrase,
                                                      const char            *journal_path,
                                                      GCancellable          *cancellable,
                                                      GError               **error);
/* What the backup holds (hearth_store_count_purge() of the whole journal). */
const HearthPurgeCounts *hearth_backup_prepared_get_counts (HearthBackupPrepared *prepared);
/* Removes the temporary journal. */
void     hearth_backup_prepared_free        (HearthBackupPrepared  *prepared);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthBackupPrepared, hearth_backup_prepared_free)

/* Errors: HEARTH_BACKUP_ERROR (FULL, IO, BUSY) or HEARTH_STORE_ERROR
 * (READ_ONLY); on error the journal is unchanged. */
gboolean hearth_backup_restore_into_store   (HearthStore           *store,
                                             HearthBackupPrepared  *prepared,
                                             GError               **error);
/* NO_UNDO when nothing was kept aside (hearth_backup_can_undo()). */
gboolean hearth_backup_undo_into_store      (HearthStore           *store,
                                             GError               **error);

G_END_DECLS
