/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-lock"

#include "config.h"

#include <string.h>

#include "hearth-core.h"
#include "hearth-lock.h"

/* Run through tests/with-keyring.sh: a private bus, an unlocked gnome-keyring. */

#define JOURNAL "lock-journal"
#define MEMBER "0b8e7a52-1111-4000-8000-00000000beef"
#define MINUTE (60 * G_TIME_SPAN_SECOND)

static void
test_check_pin (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_lock_check_pin ("123", &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT);
  g_assert_nonnull (strstr (error->message, "has 3 characters"));
  g_assert_nonnull (strstr (error->message, "at least 4"));
  g_clear_error (&error);

  g_assert_false (hearth_lock_check_pin ("", &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT);
  g_clear_error (&error);

  /* Characters, not bytes: three CJK characters are 9 bytes and still too short. */
  g_assert_false (hearth_lock_check_pin ("密碼鎖", &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT);
  g_clear_error (&error);
  g_assert_true (hearth_lock_check_pin ("密碼鎖a", &error));
  g_assert_no_error (error);

  g_assert_true (hearth_lock_check_pin ("1234", &error));
  g_assert_true (hearth_lock_check_pin ("a long pass phrase", &error));
  g_assert_no_error (error);

  g_assert_false (hearth_lock_check_pin ("12\n34", &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_lock_check_pin ("\xff\xfe" "1234", &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *huge = g_strnfill (HEARTH_LOCK_MAX_LENGTH + 1, '7');

    g_assert_false (hearth_lock_check_pin (huge, &error));
    g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID);
  }
}

static void
test_hash (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = hearth_lock_hash_pin ("2468", &error);
  g_autofree char *b = hearth_lock_hash_pin ("2468", &error);

  g_assert_no_error (error);
  /* Argon2id at libsodium's INTERACTIVE limits: 64 MiB, 2 passes. */
  g_assert_true (g_str_has_prefix (a, "$argon2id$v=19$m=65536,t=2,p=1$"));
  g_assert_null (strstr (a, "2468"));
  g_assert_cmpstr (a, !=, b); /* a fresh salt each time */
  g_assert_true (hearth_lock_verify_hash (a, "2468"));
  g_assert_true (hearth_lock_verify_hash (b, "2468"));
  g_assert_false (hearth_lock_verify_hash (a, "2469"));
  g_assert_false (hearth_lock_verify_hash (a, "24680"));
  g_assert_false (hearth_lock_verify_hash ("not a hash", "2468"));
  g_assert_false (hearth_lock_verify_hash ("", "2468"));

  g_assert_null (hearth_lock_hash_pin ("12", &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT);
}

static void
test_keyring (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSecret) stored = NULL;
  gboolean is_set = TRUE;

  g_assert_true (hearth_lock_is_set (JOURNAL, MEMBER, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (is_set);

  /* Too short: refused, nothing stored. */
  g_assert_false (hearth_lock_set (JOURNAL, MEMBER, "999", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_TOO_SHORT);
  g_clear_error (&error);
  g_assert_true (hearth_lock_is_set (JOURNAL, MEMBER, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_false (is_set);

  g_assert_false (hearth_lock_verify (JOURNAL, MEMBER, "1357", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_NOT_SET);
  g_clear_error (&error);

  g_assert_true (hearth_lock_set (JOURNAL, MEMBER, "1357", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_lock_is_set (JOURNAL, MEMBER, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_true (is_set);

  /* A lock is never replaced without its PIN. */
  g_assert_false (hearth_lock_set (JOURNAL, MEMBER, "2468", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_ALREADY_SET);
  g_clear_error (&error);
  g_assert_false (hearth_lock_verify (JOURNAL, MEMBER, "2468", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_WRONG);
  g_clear_error (&error);

  /* The keyring holds the hash, never the PIN. */
  stored = hearth_secrets_lookup_sync (JOURNAL, HEARTH_SECRET_KIND_MEMBER_LOCK, MEMBER,
                                       HEARTH_SECRETS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (stored, "$argon2id$"));
  g_assert_null (strstr (stored, "1357"));

  g_assert_true (hearth_lock_verify (JOURNAL, MEMBER, "1357", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_lock_verify (JOURNAL, MEMBER, "1358", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_WRONG);
  g_clear_error (&error);
  /* Another journal's member of the same UUID has no lock. */
  g_assert_false (hearth_lock_verify ("other-journal", MEMBER, "1357", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_NOT_SET);
  g_clear_error (&error);

  /* Removing needs the PIN. */
  g_assert_false (hearth_lock_remove (JOURNAL, MEMBER, "0000", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_WRONG);
  g_clear_error (&error);
  g_assert_true (hearth_lock_is_set (JOURNAL, MEMBER, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_true (is_set);
  g_assert_true (hearth_lock_remove (JOURNAL, MEMBER, "1357", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_lock_is_set (JOURNAL, MEMBER, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_false (is_set);
}

static void
test_no_keyring (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      gboolean is_set = FALSE;

      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-bus", TRUE);
      g_assert_false (hearth_lock_set (JOURNAL, MEMBER, "1357", HEARTH_SECRETS_NONE, NULL, &error));
      g_assert_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_UNAVAILABLE);
      g_clear_error (&error);
      g_assert_false (hearth_lock_is_set (JOURNAL, MEMBER, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
      g_assert_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_UNAVAILABLE);
      return;
    }
  g_test_trap_subprocess (NULL, 20 * G_TIME_SPAN_SECOND, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_state (void)
{
  const gint64 t0 = 1750000000 * G_TIME_SPAN_SECOND;
  const gint64 idle = 5 * MINUTE;
  HearthLockState state;

  /* No lock: never locked. */
  hearth_lock_state_init (&state, FALSE);
  g_assert_false (hearth_lock_state_is_locked (&state, t0, idle));
  g_assert_cmpint (hearth_lock_state_relock_at (&state, idle), ==, G_MAXINT64);

  /* A lock: locked until unlocked. */
  hearth_lock_state_init (&state, TRUE);
  g_assert_true (hearth_lock_state_is_locked (&state, t0, idle));
  hearth_lock_state_unlocked (&state, t0);
  g_assert_false (hearth_lock_state_is_locked (&state, t0, idle));
  g_assert_cmpint (hearth_lock_state_relock_at (&state, idle), ==, t0 + idle);

  /* Just before the idle time: open; activity pushes it on. */
  g_assert_false (hearth_lock_state_is_locked (&state, t0 + idle - 1, idle));
  hearth_lock_state_activity (&state, t0 + 4 * MINUTE, idle);
  g_assert_false (hearth_lock_state_is_locked (&state, t0 + 8 * MINUTE, idle));
  g_assert_cmpint (hearth_lock_state_relock_at (&state, idle), ==, t0 + 9 * MINUTE);
  /* At exactly the idle time since the last activity: locked. */
  g_assert_true (hearth_lock_state_is_locked (&state, t0 + 9 * MINUTE, idle));
  /* Activity after that does not reopen it. */
  hearth_lock_state_activity (&state, t0 + 10 * MINUTE, idle);
  g_assert_true (hearth_lock_state_is_locked (&state, t0 + 10 * MINUTE, idle));

  /* A clock that went back locks. */
  hearth_lock_state_unlocked (&state, t0);
  g_assert_true (hearth_lock_state_is_locked (&state, t0 - 1, idle));

  /* No idle time: open until locked by hand. */
  hearth_lock_state_unlocked (&state, t0);
  g_assert_false (hearth_lock_state_is_locked (&state, t0 + 1000 * MINUTE, 0));
  g_assert_cmpint (hearth_lock_state_relock_at (&state, 0), ==, G_MAXINT64);
  hearth_lock_state_lock (&state);
  g_assert_true (hearth_lock_state_is_locked (&state, t0, 0));
  g_assert_cmpint (hearth_lock_state_relock_at (&state, idle), ==, G_MAXINT64);
}

int
main (int   argc,
      char *argv[])
{
  hearth_core_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/lock/check-pin", test_check_pin);
  g_test_add_func ("/hearth/lock/hash", test_hash);
  g_test_add_func ("/hearth/lock/keyring", test_keyring);
  g_test_add_func ("/hearth/lock/no-keyring", test_no_keyring);
  g_test_add_func ("/hearth/lock/state", test_state);

  return g_test_run ();
}
