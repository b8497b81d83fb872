/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* The plausibility rules behind hearth_store_check_plausible(), for the
 * store's own use: runs its queries on the store's connection, so called
 * inside a write transaction it sees exactly what the write will be
 * checked against. @profile_id is the member's row id. */
gboolean _hearth_plausible_check (HearthStore    *store,
                                  HearthReading  *reading,
                                  gint64          profile_id,
                                  GError        **error);

G_END_DECLS
