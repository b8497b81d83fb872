/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-clock.h"

G_BEGIN_DECLS

/*
 * Encrypted backups of the journal (docs/backups.md; the file format:
 * docs/backup-format.md).
 *
 * A backup is a consistent snapshot of the journal (SQLite's online backup
 * API, so it can be taken while the app has the journal open), sealed with
 * XChaCha20-Poly1305 (libsodium crypto_secretstream, 64 KiB chunks) under a
 * key derived from a passphrase with Argon2id (crypto_pwhash, MODERATE
 * limits: 256 MiB, 3 passes). The salt, the limits and the journal's
 * schema version are in a versioned header, authenticated with the data.
 *
 * Files are created 0600 and written as "OUT.partial" (fsync, rename), so a
 * backup that was interrupted never leaves a file that looks complete; a
 * later run removes a partial file left by one that died.
 *
 * Every function works on paths, not on an open HearthStore: a backup opens
 * its own read connection (it may run in a worker thread while the app
 * keeps the journal open); a restore and its undo replace the journal file,
 * so the caller closes its store first and opens it again afterwards
 * (BUSY if another connection still holds the journal open).
 *
 * The passphrase is UTF-8 text of at least HEARTH_BACKUP_MIN_PASSPHRASE
 * characters (checked when a backup is made; any passphrase is tried on
 * restore). Copies of it and the derived key are wiped (sodium_memzero) as
 * soon as they are not needed. The automatic backups' passphrase may be
 * remembered in the keyring: hearth-secrets.h, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE,
 * member "" (the family's), journal hearth_secrets_journal_id() — the caller
 * looks it up and passes it here.
 */

#define HEARTH_BACKUP_MIN_PASSPHRASE 8     /* characters */
#define HEARTH_BACKUP_MAX_PASSPHRASE 1024  /* bytes */

/* The suffix of backup files ("hearth-2026-12-02.hearthbackup"). */
#define HEARTH_BACKUP_SUFFIX ".hearthbackup"

#define HEARTH_BACKUP_ERROR (hearth_backup_error_quark ())

typedef enum {
  HEARTH_BACKUP_ERROR_FAILED,            /* anything else (out of memory; a backup over its own journal) */
  HEARTH_BACKUP_ERROR_PASSPHRASE,        /* making a backup: too short, not UTF-8, control characters */
  HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE,  /* restoring: not this backup's passphrase */
  HEARTH_BACKUP_ERROR_NOT_BACKUP,        /* not a Hearth backup at all (another file, empty) */
  HEARTH_BACKUP_ERROR_TRUNCATED,         /* a backup cut short (an interrupted copy) */
  HEARTH_BACKUP_ERROR_TAMPERED,          /* a backup changed or damaged after it was made */
  HEARTH_BACKUP_ERROR_NEWER_FORMAT,      /* made by a newer Hearth's backup format */
  HEARTH_BACKUP_ERROR_NEWER_SCHEMA,      /* its journal is from a newer Hearth */
  HEARTH_BACKUP_ERROR_NOT_JOURNAL,       /* it decrypts, but is not a sound Hearth journal */
  HEARTH_BACKUP_ERROR_BUSY,              /* the journal is open in another program, or another backup is writing the same file */
  HEARTH_BACKUP_ERROR_NO_UNDO,           /* restore undo: no journal kept aside */
  HEARTH_BACKUP_ERROR_NOT_FOUND,         /* the journal or the backup does not exist */
  HEARTH_BACKUP_ERROR_FULL,              /* the disk is full: nothing was changed */
  HEARTH_BACKUP_ERROR_IO,                /* reading or writing failed (message names the file) */
  HEARTH_BACKUP_ERROR_CANCELLED,
} HearthBackupError;

GQuark   hearth_backup_error_quark      (void);

/* Whether @passphrase may protect a new backup; an error (PASSPHRASE) names the rule. */
gboolean hearth_backup_check_passphrase (const char  *passphrase,
                                         GError     **error);

/* What a backup or a restore did, for progress figures and hearth-bench
 * (all optional). Sizes in bytes, times in microseconds (monotonic). */
typedef struct {
  gint64 journal_bytes;   /* the snapshot's (plain journal's) size */
  gint64 file_bytes;      /* the backup file's size */
  int    schema_version;  /* the journal's schema version in the backup */
  gint64 kdf_usec;        /* Argon2id */
  gint64 snapshot_usec;   /* backup: SQLite's backup API; restore: checks and migration */
  gint64 crypt_usec;      /* sealing or opening the stream, with the file I/O */
} HearthBackupStats;

/* Writes an encrypted backup of the journal at @journal_path to @out_path
 * (replacing a file there only once the new one is complete). @stats may be
 * NULL. Errors: PASSPHRASE, NOT_FOUND (no journal, no folder for @out_path),
 * NOT_JOURNAL (not a Hearth journal), NEWER_SCHEMA, BUSY (another backup is
 * writing @out_path), FULL, IO, CANCELLED, FAILED (@out_path is the journal
 * or one of its files). On any error nothing is left at @out_path that was
 * not there before. */
gboolean hearth_backup_create   (const char         *journal_path,
                                 const char         *out_path,
                                 const char         *passphrase,
                                 HearthBackupStats  *stats,
                                 GCancellable       *cancellable,
                                 GError            **error);

/* Decrypts and checks the whole backup without touching any journal:
 * TRUE when hearth_backup_restore() would accept it. Errors: NOT_FOUND,
 * NOT_BACKUP, TRUNCATED, TAMPERED, NEWER_FORMAT, WRONG_PASSPHRASE,
 * NEWER_SCHEMA, NOT_JOURNAL, IO, CANCELLED. */
gboolean hearth_backup_verify   (const char         *backup_path,
                                 const char         *passphrase,
                                 HearthBackupStats  *stats,
                                 GCancellable       *cancellable,
                                 GError            **error);

/* Replaces the journal at @journal_path with the backup's. First the whole
 * backup is decrypted and verified into a private temporary journal beside
 * it (the errors of hearth_backup_verify()), checked (PRAGMA
 * integrity_check) and brought to this Hearth's schema (an older backup is
 * migrated); only then is the current journal kept aside as
 * hearth_backup_undo_path() (0600, replacing an earlier one) and the
 * restored one moved in with one rename. On any error the journal is
 * unchanged. BUSY when another program has the journal open. The journal
 * may not exist yet (then there is nothing to undo). */
gboolean hearth_backup_restore  (const char         *backup_path,
                                 const char         *passphrase,
                                 const char         *journal_path,
                                 HearthBackupStats  *stats,
                                 GCancellable       *cancellable,
                                 GError            **error);

/* "JOURNAL.before-restore": where a restore keeps the journal it replaced
 * (free with g_free()). */
char    *hearth_backup_undo_path        (const char  *journal_path);
/* Whether a restore of @journal_path can be undone. */
gboolean hearth_backup_can_undo         (const char  *journal_path);
/* Puts the journal kept by the last restore back (one rename; the restored
 * journal is dropped). NO_UNDO when there is none, BUSY when the journal
 * is open in another program. */
gboolean hearth_backup_undo_restore     (const char  *journal_path,
                                         GError     **error);

/* Automatic daily backups (the app reads backup-auto, backup-folder and
 * backup-keep from GSettings and calls this; the CLI: backup --auto).
 * The name of the day's backup: "hearth-YYYY-MM-DD.hearthbackup", the
 * local date of @clock's now. */
char    *hearth_backup_auto_name        (HearthClock *clock);

/* Makes today's backup in @folder (created 0700 if missing) unless one is
 * there already, then removes the oldest automatic backups (files named
 * exactly as hearth_backup_auto_name() names them; never any other file)
 * beyond the newest @keep (>= 1). *@made_path (may be NULL) gets the new
 * backup's path, or NULL when today's existed; *@n_removed (may be NULL)
 * how many old ones were removed. */
gboolean hearth_backup_auto     (const char         *journal_path,
                                 const char         *folder,
                                 guint               keep,
                                 const char         *passphrase,
                                 HearthClock        *clock,
                                 char              **made_path,
                                 guint              *n_removed,
                                 GCancellable       *cancellable,
                                 GError            **error);

G_END_DECLS
