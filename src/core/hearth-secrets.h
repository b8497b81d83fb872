/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Secrets in the system keyring (libsecret, the Secret Service). One schema,
 * "io.github.hearthapp.Hearth.Secret", whose attributes say what a secret is for:
 *   kind     what it is ("member-lock", "backup-passphrase"),
 *   member   the profile UUID it applies to ("" when it is the family's),
 *   journal  hearth_secrets_journal_id() of the journal, so two journals never
 *            share a secret.
 * Secrets live only in the keyring: never in the database, GSettings or logs.
 *
 * Without HEARTH_SECRETS_PROMPT nothing ever opens a prompt: a locked collection is
 * HEARTH_SECRETS_ERROR_LOCKED at once (the CLI, tests). With it, the keyring may ask
 * the user to unlock (the app, with a cancellable it can cancel): a prompt dismissed
 * or a cancelled call is HEARTH_SECRETS_ERROR_CANCELLED. No D-Bus session, no Secret
 * Service, or one that refuses is HEARTH_SECRETS_ERROR_UNAVAILABLE; without
 * HEARTH_SECRETS_PROMPT, a keyring that has not answered after
 * HEARTH_SECRETS_TIMEOUT_MS is UNAVAILABLE too (the call is cancelled).
 */

#define HEARTH_SECRETS_SCHEMA_NAME "io.github.hearthapp.Hearth.Secret"
#define HEARTH_SECRETS_TIMEOUT_MS 5000

#define HEARTH_SECRETS_ERROR (hearth_secrets_error_quark ())

typedef enum {
  HEARTH_SECRETS_ERROR_UNAVAILABLE,
  HEARTH_SECRETS_ERROR_LOCKED,
  HEARTH_SECRETS_ERROR_CANCELLED,
  HEARTH_SECRETS_ERROR_FAILED,
} HearthSecretsError;

typedef enum {
  HEARTH_SECRET_KIND_MEMBER_LOCK,
  HEARTH_SECRET_KIND_BACKUP_PASSPHRASE,
} HearthSecretKind;

typedef enum {
  HEARTH_SECRETS_NONE = 0,
  HEARTH_SECRETS_PROMPT = 1 << 0,
} HearthSecretsFlags;

GQuark      hearth_secrets_error_quark     (void);

/* "member-lock", "backup-passphrase". */
const char *hearth_secret_kind_to_string   (HearthSecretKind kind);

/* A journal's id for the `journal` attribute: the hex SHA-256 of its canonical
 * absolute path (a journal moved elsewhere is another journal to the keyring). */
char       *hearth_secrets_journal_id      (const char *path);

/* Stores @secret (UTF-8 text) for (@journal, @kind, @member), replacing any. */
gboolean    hearth_secrets_store_sync      (const char          *journal,
                                            HearthSecretKind     kind,
                                            const char          *member,
                                            const char          *label,
                                            const char          *secret,
                                            HearthSecretsFlags   flags,
                                            GCancellable        *cancellable,
                                            GError             **error);

/* The secret, or NULL: with @error set on failure, without when none is stored.
 * Free it with hearth_secrets_free() (it wipes the memory). */
char       *hearth_secrets_lookup_sync     (const char          *journal,
                                            HearthSecretKind     kind,
                                            const char          *member,
                                            HearthSecretsFlags   flags,
                                            GCancellable        *cancellable,
                                            GError             **error);

/* Removes it; TRUE also when there was none. */
gboolean    hearth_secrets_clear_sync      (const char          *journal,
                                            HearthSecretKind     kind,
                                            const char          *member,
                                            HearthSecretsFlags   flags,
                                            GCancellable        *cancellable,
                                            GError             **error);

/* The same in a worker thread, for the app (the callback runs in the thread-default
 * main context of the caller). */
void        hearth_secrets_lookup          (const char          *journal,
                                            HearthSecretKind     kind,
                                            const char          *member,
                                            HearthSecretsFlags   flags,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
char       *hearth_secrets_lookup_finish   (GAsyncResult        *result,
                                            GError             **error);
void        hearth_secrets_store           (const char          *journal,
                                            HearthSecretKind     kind,
                                            const char          *member,
                                            const char          *label,
                                            const char          *secret,
                                            HearthSecretsFlags   flags,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    hearth_secrets_store_finish    (GAsyncResult        *result,
                                            GError             **error);

/* Wipes and frees a secret (NULL is fine). */
void        hearth_secrets_free            (char *secret);

/* g_autoptr (HearthSecret) s = hearth_secrets_lookup_sync (…); */
typedef char HearthSecret;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSecret, hearth_secrets_free)

G_END_DECLS
