/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-backup.h"

G_BEGIN_DECLS

/* Internals shared by hearth-backup.c (the file format: sealing and opening)
 * and hearth-backup-restore.c (restore, undo, automatic backups), and the
 * tests. docs/backup-format.md describes the layout. */

#define _HEARTH_BACKUP_MAGIC        "HEARTHBK"
#define _HEARTH_BACKUP_MAGIC_LEN    8
#define _HEARTH_BACKUP_FORMAT       1
#define _HEARTH_BACKUP_HEADER_SIZE  152
#define _HEARTH_BACKUP_CHUNK        (64 * 1024)

/* Argon2id limits a backup is sealed with; the tests use the minimum ones to
 * stay quick (every limit is in the header, so restore reads them there). */
typedef struct {
  guint64 opslimit;
  gsize   memlimit;
} _HearthBackupLimits;

/* The default (MODERATE) limits, or the ones set for tests. */
void     _hearth_backup_get_limits         (_HearthBackupLimits       *limits);
/* Tests: seal with these limits from now on (NULL: the default again). */
void     _hearth_backup_set_limits         (const _HearthBackupLimits *limits);

/* Seals the plain SQLite file @plain_path (any file: tests craft newer
 * schemas and foreign journals with it) into @out_path, writing
 * @schema_version in the header. The write is atomic as for
 * hearth_backup_create(). */
gboolean _hearth_backup_seal_file          (const char         *plain_path,
                                            int                 schema_version,
                                            const char         *out_path,
                                            const char         *passphrase,
                                            HearthBackupStats  *stats,
                                            GCancellable       *cancellable,
                                            GError            **error);

/* Opens the backup at @backup_path and writes its plain journal to @out_fd
 * (at its start), verifying everything; *@schema_version gets the header's. */
gboolean _hearth_backup_open_to_fd         (const char         *backup_path,
                                            const char         *passphrase,
                                            int                 out_fd,
                                            const char         *out_name,
                                            int                *schema_version,
                                            HearthBackupStats  *stats,
                                            GCancellable       *cancellable,
                                            GError            **error);

/* Checks that @path is a sound Hearth journal this Hearth can open
 * (NOT_JOURNAL, NEWER_SCHEMA), PRAGMA integrity_check included. */
gboolean _hearth_backup_check_journal      (const char  *path,
                                            GError     **error);

/* Removes files in @dir whose names start with @prefix and that no living
 * process holds (flock): what an interrupted run left. */
void     _hearth_backup_remove_stale       (const char  *dir,
                                            const char  *prefix);

/* A private (0600) temporary file "@base.XXXXXX"-style in @dir, flock'ed
 * while the fd stays open; *@path_out gets its path. -1 with @error. */
int      _hearth_backup_make_temp          (const char  *dir,
                                            const char  *prefix,
                                            char       **path_out,
                                            GError     **error);

/* An I/O error for @path from errno @saved_errno: FULL for a full disk or
 * quota, NOT_FOUND for ENOENT, IO otherwise; @what says what was done. */
gboolean _hearth_backup_set_io_error       (GError     **error,
                                            const char  *path,
                                            int          saved_errno);

/* fsync()s the folder @dir (after a rename in it); errors are logged only. */
void     _hearth_backup_sync_dir           (const char  *dir);

G_END_DECLS
