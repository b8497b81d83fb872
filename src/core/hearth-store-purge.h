/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* Permanent delete (issue 10; hearth-store-purge.c). Unlike the undoable
 * soft delete, the rows are removed, and the file is then cleaned so the
 * data is not left behind: PRAGMA secure_delete while deleting (freed
 * space is zeroed), then VACUUM and a TRUNCATE checkpoint (the -wal, which
 * may hold older copies of the pages, is emptied). */

/* What a permanent delete would remove, for the confirmation: live rows
 * (soft-deleted ones go too, but were already gone for the person).
 * @members is 1 for a member (0 if they were soft-deleted), the live
 * members for everything; @foods and @recipes (the family's own, not the
 * USDA reference foods) are only counted, and only removed, for
 * everything. */
typedef struct
{
  gint64 members;
  gint64 readings;
  gint64 meals;
  gint64 workouts;
  gint64 medications;
  gint64 doses;        /* taken or skipped, of live medications */
  gint64 goals;
  gint64 skip_days;
  gint64 badges;
  gint64 challenges;
  gint64 foods;
  gint64 recipes;
  gint64 record_entries; /* health record: conditions, family history, heights
                          * measured, and its details (blood type, contact,
                          * notes) as one when kept */
} HearthPurgeCounts;

/* Counts for hearth_store_purge_profile() (@profile_uuid: a member, live
 * or soft-deleted) or hearth_store_purge_everything() (@profile_uuid NULL),
 * in one read. NOT_FOUND for a uuid no member has. Works read-only. */
gboolean hearth_store_count_purge        (HearthStore        *self,
                                          const char         *profile_uuid,
                                          HearthPurgeCounts  *counts,
                                          GError            **error);

/* Removes the member (live or soft-deleted) and every row of theirs in
 * every table (readings, meals and their items, workouts, medications and
 * doses, goals, skip days, badges, challenges and check-ins, entry_days,
 * the profile) in ONE write, then VACUUMs and checkpoints (TRUNCATE).
 * Foods they logged stay (they are the family's); their last-used time
 * is recomputed without the member's meals. Emits "profiles-changed" and
 * "readings-changed" (the member's uuid) after the commit.
 *
 * Errors: READ_ONLY (nothing changed), NOT_FOUND, BUSY. When the rows
 * are deleted but another program holding the journal open keeps the
 * clean-up from finishing, the result is FALSE with BUSY and a message
 * saying the data is deleted but may stay in the file until it is
 * closed; calling again (with the same uuid: NOT_FOUND) is not needed,
 * hearth_store_compact() finishes it. Must not be called inside
 * hearth_store_write() or a read. */
gboolean hearth_store_purge_profile      (HearthStore  *self,
                                          const char   *profile_uuid,
                                          GError      **error);

/* Removes every member with all their rows, the family's own foods and
 * recipes, and what the family changed in the reference foods (favourite,
 * last used): the journal is as new but for the reference foods. Then as
 * hearth_store_purge_profile(). */
gboolean hearth_store_purge_everything   (HearthStore  *self,
                                          GError      **error);

/* The clean-up alone: VACUUM, then a TRUNCATE checkpoint. BUSY when
 * another connection keeps it from finishing. */
gboolean hearth_store_compact            (HearthStore  *self,
                                          GError      **error);

G_END_DECLS
