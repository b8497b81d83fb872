/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* The local days (days since 1970-01-01 in each entry's own offset) on
 * which the member logged anything: a reading, a meal, a workout or a
 * dose taken; ascending, each once. What the logging streak counts
 * (hearth_streak_compute()); soft-deleted entries do not count. */
GArray *hearth_store_list_logging_days (HearthStore  *self,
                                        const char   *profile_uuid,
                                        GError      **error);

G_END_DECLS
