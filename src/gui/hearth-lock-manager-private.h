/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-lock-manager.h"

G_BEGIN_DECLS

/* What the idle timer does: locks every member whose idle time has passed
 * by the store's clock (tests move a fixed clock, then call it). */
void     _hearth_lock_manager_check          (HearthLockManager *self);
/* Whether the keyring has answered which members have a lock. */
gboolean _hearth_lock_manager_is_ready       (HearthLockManager *self);

G_END_DECLS
