/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/*
 * Which members of a journal are locked in the app (issue 10): one manager
 * a store, shared by its windows and the Privacy page. It knows which
 * members have a lock (the keyring, and the setting "locked-members" so a
 * member stays locked while the keyring cannot be reached), keeps one
 * HearthLockState a member against the store's clock, re-locks after the
 * setting "lock-idle-minutes" without activity, and sets, removes and
 * verifies PINs in a worker thread. "changed" is emitted on the main
 * thread whenever what is locked, or what the keyring says, changes.
 */

#define HEARTH_TYPE_LOCK_MANAGER (hearth_lock_manager_get_type ())

G_DECLARE_FINAL_TYPE (HearthLockManager, hearth_lock_manager, HEARTH, LOCK_MANAGER, GObject)

typedef enum
{
  HEARTH_LOCK_OP_UNLOCK,
  HEARTH_LOCK_OP_SET,
  HEARTH_LOCK_OP_CHANGE,  /* remove with the old PIN, then set the new one */
  HEARTH_LOCK_OP_REMOVE,
} HearthLockOp;

/* The store's manager (transfer none; it lives as long as the store). */
HearthLockManager *hearth_lock_manager_get_for_store  (HearthStore        *store);

gboolean           hearth_lock_manager_has_lock       (HearthLockManager  *self,
                                                       const char         *uuid);
/* Whether the member's data may not be shown now. */
gboolean           hearth_lock_manager_is_locked      (HearthLockManager  *self,
                                                       const char         *uuid);
/* Why the keyring cannot be used now (a sentence to show), or NULL. */
const char        *hearth_lock_manager_get_problem    (HearthLockManager  *self);
/* Someone used the app: keeps unlocked members open. */
void               hearth_lock_manager_activity       (HearthLockManager  *self);
/* Locks the member (with a lock) now. */
void               hearth_lock_manager_lock           (HearthLockManager  *self,
                                                       const char         *uuid);
/* Runs @op for the member in a worker thread (the keyring may prompt;
 * @cancellable stops it). @pin is the PIN (UNLOCK, REMOVE: the member's;
 * SET: the new one), @new_pin the new one for CHANGE. On success the
 * member is unlocked (UNLOCK), locked at once (SET, CHANGE) or free
 * (REMOVE). Errors: HEARTH_LOCK_ERROR, HEARTH_SECRETS_ERROR. */
void               hearth_lock_manager_run            (HearthLockManager  *self,
                                                       HearthLockOp        op,
                                                       const char         *uuid,
                                                       const char         *pin,
                                                       const char         *new_pin,
                                                       GCancellable       *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer            user_data);
gboolean           hearth_lock_manager_run_finish     (HearthLockManager  *self,
                                                       GAsyncResult       *result,
                                                       GError            **error);

G_END_DECLS
