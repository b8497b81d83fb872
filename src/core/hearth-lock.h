/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-secrets.h"

G_BEGIN_DECLS

/*
 * The optional per-member lock: a PIN or passphrase, kept only as an Argon2id
 * hash (libsodium crypto_pwhash_str, INTERACTIVE limits) in the system keyring
 * (hearth-secrets.h, kind "member-lock", member = the profile's UUID); never in
 * the database, settings or logs.
 *
 * What it protects against: someone else using the same login opening a member's
 * pages. What it does not: the journal file itself is not encrypted, so someone
 * who has the user's files (and keyring) can read everything.
 */

#define HEARTH_LOCK_MIN_LENGTH 4     /* characters */
#define HEARTH_LOCK_MAX_LENGTH 1024  /* bytes */

#define HEARTH_LOCK_ERROR (hearth_lock_error_quark ())

typedef enum {
  HEARTH_LOCK_ERROR_TOO_SHORT,   /* fewer than HEARTH_LOCK_MIN_LENGTH characters */
  HEARTH_LOCK_ERROR_INVALID,     /* not UTF-8, a control character, too long */
  HEARTH_LOCK_ERROR_WRONG,       /* not the member's PIN */
  HEARTH_LOCK_ERROR_NOT_SET,     /* the member has no lock */
  HEARTH_LOCK_ERROR_FAILED,      /* hashing failed (out of memory) */
  HEARTH_LOCK_ERROR_ALREADY_SET, /* a lock is there: remove it (with its PIN) first */
} HearthLockError;

GQuark    hearth_lock_error_quark (void);

/* Whether @pin may be a lock's PIN or passphrase; an error names the rule. */
gboolean  hearth_lock_check_pin   (const char  *pin,
                                   GError     **error);

/* The Argon2id hash string of @pin ("$argon2id$v=19$m=…"), or NULL with @error. */
char     *hearth_lock_hash_pin    (const char  *pin,
                                   GError     **error);
/* Whether @pin matches @hash (constant time; FALSE for a malformed hash). */
gboolean  hearth_lock_verify_hash (const char  *hash,
                                   const char  *pin);

/* Keyring side; @journal is hearth_secrets_journal_id(). Keyring failures are
 * HEARTH_SECRETS_ERROR, the rest HEARTH_LOCK_ERROR. hearth_lock_set() never
 * replaces a lock (ALREADY_SET): changing a PIN is remove (with the old one),
 * then set, so nobody replaces a lock without knowing its PIN. */
gboolean  hearth_lock_set         (const char          *journal,
                                   const char          *member,
                                   const char          *pin,
                                   HearthSecretsFlags   flags,
                                   GCancellable        *cancellable,
                                   GError             **error);
/* TRUE when @pin is the member's; WRONG or NOT_SET otherwise. */
gboolean  hearth_lock_verify      (const char          *journal,
                                   const char          *member,
                                   const char          *pin,
                                   HearthSecretsFlags   flags,
                                   GCancellable        *cancellable,
                                   GError             **error);
/* Removes the lock; needs the right @pin (WRONG, NOT_SET otherwise). */
gboolean  hearth_lock_remove      (const char          *journal,
                                   const char          *member,
                                   const char          *pin,
                                   HearthSecretsFlags   flags,
                                   GCancellable        *cancellable,
                                   GError             **error);
/* Whether the member has a lock: *@is_set; FALSE with @error when the keyring
 * cannot say. */
gboolean  hearth_lock_is_set      (const char          *journal,
                                   const char          *member,
                                   gboolean            *is_set,
                                   HearthSecretsFlags   flags,
                                   GCancellable        *cancellable,
                                   GError             **error);

/*
 * Locked or not, as a pure function of the clock (UTC microseconds; the app
 * wires it to its HearthClock and a timer). A member with a lock starts locked;
 * unlocking opens it, activity keeps it open, and it locks again once
 * @idle_us have passed since the last activity (@idle_us <= 0: only when locked
 * by hand). A clock that went back before the last activity locks too.
 */
typedef struct {
  gboolean has_lock;
  gboolean unlocked;
  gint64 last_activity;
} HearthLockState;

void      hearth_lock_state_init        (HearthLockState *state,
                                         gboolean         has_lock);
void      hearth_lock_state_unlocked    (HearthLockState *state,
                                         gint64           now);
void      hearth_lock_state_activity    (HearthLockState *state,
                                         gint64           now,
                                         gint64           idle_us);
void      hearth_lock_state_lock        (HearthLockState *state);
gboolean  hearth_lock_state_is_locked   (const HearthLockState *state,
                                         gint64                 now,
                                         gint64                 idle_us);
/* When it will lock by itself (for a timer), or G_MAXINT64 for never. */
gint64    hearth_lock_state_relock_at   (const HearthLockState *state,
                                         gint64                 idle_us);

G_END_DECLS
