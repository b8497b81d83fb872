/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-lock"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "hearth-lock.h"

G_DEFINE_QUARK (hearth-lock-error-quark, hearth_lock_error)

gboolean
hearth_lock_check_pin (const char  *pin,
                       GError     **error)
{
  glong length;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (pin == NULL || !g_utf8_validate (pin, -1, NULL))
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID,
                   _("The PIN is not valid text"));
      return FALSE;
    }
  if (strlen (pin) > HEARTH_LOCK_MAX_LENGTH)
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID,
                   _("The PIN or passphrase is too long (at most %d bytes)"), HEARTH_LOCK_MAX_LENGTH);
      return FALSE;
    }
  for (const char *p = pin; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_iscntrl (g_utf8_get_char (p)))
        {
          g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID,
                       _("The PIN cannot contain a line break, a tab or another control character"));
          return FALSE;
        }
    }
  length = g_utf8_strlen (pin, -1);
  if (length < HEARTH_LOCK_MIN_LENGTH)
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The PIN is too short: it has %ld character, it needs at least %d",
                                "The PIN is too short: it has %ld characters, it needs at least %d",
                                length),
                   length, HEARTH_LOCK_MIN_LENGTH);
      return FALSE;
    }
  return TRUE;
}

char *
hearth_lock_hash_pin (const char  *pin,
                      GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];

  if (!hearth_lock_check_pin (pin, error))
    return NULL;

  if (crypto_pwhash_str_alg (hash, pin, strlen (pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_FAILED,
                   _("Not enough memory to protect the PIN"));
      return NULL;
    }
  return g_strdup (hash);
}

gboolean
hearth_lock_verify_hash (const char *hash,
                         const char *pin)
{
  g_return_val_if_fail (hash != NULL, FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  /* A hash must be a complete string within the buffer libsodium expects. */
  if (strnlen (hash, crypto_pwhash_STRBYTES) >= crypto_pwhash_STRBYTES)
    return FALSE;
  return crypto_pwhash_str_verify (hash, pin, strlen (pin)) == 0;
}

gboolean
hearth_lock_set (const char          *journal,
                 const char          *member,
                 const char          *pin,
                 HearthSecretsFlags   flags,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(HearthSecret) hash = NULL;
  g_autoptr(HearthSecret) old = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (journal != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);

  if (!hearth_lock_check_pin (pin, error))
    return FALSE;
  old = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, member, flags,
                                    cancellable, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (old != NULL)
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_ALREADY_SET,
                   _("This member already has a lock: remove it with its PIN first"));
      return FALSE;
    }
  hash = hearth_lock_hash_pin (pin, error);
  if (hash == NULL)
    return FALSE;
  /* Translators: the keyring item's label, seen in Passwords and Keys */
  return hearth_secrets_store_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, member,
                                    _("Hearth member lock"), hash, flags, cancellable, error);
}

gboolean
hearth_lock_verify (const char          *journal,
                    const char          *member,
                    const char          *pin,
                    HearthSecretsFlags   flags,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autoptr(HearthSecret) hash = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (journal != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  hash = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, member, flags,
                                     cancellable, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (hash == NULL)
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_NOT_SET,
                   _("This member has no lock"));
      return FALSE;
    }
  if (!hearth_lock_verify_hash (hash, pin))
    {
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_WRONG,
                   _("That is not this member’s PIN"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hearth_lock_remove (const char          *journal,
                    const char          *member,
                    const char          *pin,
                    HearthSecretsFlags   flags,
                    GCancellable        *cancellable,
                    GError             **error)
{
  if (!hearth_lock_verify (journal, member, pin, flags, cancellable, error))
    return FALSE;
  return hearth_secrets_clear_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, member, flags,
                                    cancellable, error);
}

gboolean
hearth_lock_is_set (const char          *journal,
                    const char          *member,
                    gboolean            *is_set,
                    HearthSecretsFlags   flags,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autoptr(HearthSecret) hash = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (is_set != NULL, FALSE);

  hash = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, member, flags,
                                     cancellable, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  *is_set = hash != NULL;
  return TRUE;
}

/* The state machine ------------------------------------------------------ */

void
hearth_lock_state_init (HearthLockState *state,
                        gboolean         has_lock)
{
  g_return_if_fail (state != NULL);

  state->has_lock = has_lock;
  state->unlocked = FALSE;
  state->last_activity = 0;
}

void
hearth_lock_state_unlocked (HearthLockState *state,
                            gint64           now)
{
  g_return_if_fail (state != NULL);

  state->unlocked = TRUE;
  state->last_activity = now;
}

void
hearth_lock_state_activity (HearthLockState *state,
                            gint64           now,
                            gint64           idle_us)
{
  g_return_if_fail (state != NULL);

  /* Activity after the idle time is too late: it does not reopen. */
  if (hearth_lock_state_is_locked (state, now, idle_us))
    return;
  state->last_activity = now;
}

void
hearth_lock_state_lock (HearthLockState *state)
{
  g_return_if_fail (state != NULL);

  state->unlocked = FALSE;
}

gboolean
hearth_lock_state_is_locked (const HearthLockState *state,
                             gint64                 now,
                             gint64                 idle_us)
{
  g_return_val_if_fail (state != NULL, TRUE);

  if (!state->has_lock)
    return FALSE;
  if (!state->unlocked)
    return TRUE;
  if (now < state->last_activity)
    return TRUE;
  return idle_us > 0 && now - state->last_activity >= idle_us;
}

gint64
hearth_lock_state_relock_at (const HearthLockState *state,
                             gint64                 idle_us)
{
  g_return_val_if_fail (state != NULL, G_MAXINT64);

  if (!state->has_lock || !state->unlocked || idle_us <= 0)
    return G_MAXINT64;
  if (state->last_activity > G_MAXINT64 - idle_us)
    return G_MAXINT64;
  return state->last_activity + idle_us;
}
