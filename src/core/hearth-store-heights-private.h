/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store-heights.h"

G_BEGIN_DECLS

/* Inside a write: adds a measurement of @height_cm dated the store clock's
 * local today for member @profile_id (no checks: the profile's own
 * validation covers the value). */
gboolean _hearth_store_insert_height_today (HearthStore  *self,
                                            gint64        profile_id,
                                            double        height_cm,
                                            gint64        now,
                                            GError      **error);

G_END_DECLS
