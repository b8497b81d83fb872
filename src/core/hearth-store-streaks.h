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

/* Skip days (the skip_days table of schema 9): local days the member
 * marked as ill, travelling… A skip day inside a run of a streak neither
 * counts nor breaks it, and carries habit strength unchanged
 * (hearth-streak.h). Both changes are one write each and emit
 * "readings-changed" for the member. */

/* Marks @day (a local day number); @reason may be NULL. Marking a day
 * already marked replaces its reason. */
gboolean hearth_store_mark_skip_day    (HearthStore  *self,
                                        const char   *profile_uuid,
                                        gint64        day,
                                        const char   *reason,
                                        GError      **error);
/* Takes the mark back (soft delete); NOT_FOUND when the day is not marked. */
gboolean hearth_store_unmark_skip_day  (HearthStore  *self,
                                        const char   *profile_uuid,
                                        gint64        day,
                                        GError      **error);
/* The member's marked days, ascending, each once (GArray of gint64). */
GArray  *hearth_store_list_skip_days   (HearthStore  *self,
                                        const char   *profile_uuid,
                                        GError      **error);
/* The reason given for @day in *@reason (NULL when none or not marked);
 * *@marked whether the day is marked. */
gboolean hearth_store_get_skip_day     (HearthStore  *self,
                                        const char   *profile_uuid,
                                        gint64        day,
                                        gboolean     *marked,
                                        char        **reason,
                                        GError      **error);

G_END_DECLS
