/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* Tests only: caps the database at its current size, so the next write
 * that needs a new page fails exactly as on a full disk (SQLITE_FULL). */
gboolean _hearth_store_cap_size_for_testing (HearthStore  *self,
                                             GError      **error);

G_END_DECLS
