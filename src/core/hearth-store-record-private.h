/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* The conditions of a profile saved through hearth_store_add_profile() /
 * update_profile() (hearth-store-record.c): makes the member's live
 * health_conditions rows the list @conditions (normalized, empty items and
 * case-only repeats dropped), keeping the rows (since, note, uuid) of
 * conditions that stay, soft-deleting the others (only with
 * @remove_others: an import of an older export adds), adding new ones with
 * no since day. Inside the caller's write. */
gboolean _hearth_store_sync_conditions (HearthStore         *self,
                                        gint64               profile_id,
                                        const char * const  *conditions,
                                        gint64               now,
                                        gboolean             remove_others,
                                        GError             **error);

/* The live conditions of a member as the profile row's column of
 * PROFILE_COLUMNS: joined with U+001F, oldest first. */
#define _HEARTH_CONDITIONS_COLUMN \
  "(SELECT group_concat (condition, char(31)) FROM " \
  "(SELECT c.condition FROM health_conditions AS c " \
  "WHERE c.profile_id = profiles.id AND c.deleted_at IS NULL ORDER BY c.id))"

G_END_DECLS
