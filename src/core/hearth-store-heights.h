/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* A member's height measurements (schema 12, table height_measurements;
 * hearth-store-heights.c). The profile's "height-cm" is the latest live
 * measurement (the journal's triggers keep it so): adding, deleting or
 * undoing a measurement emits profiles-changed after its commit, and the
 * profile objects follow. A profile added or saved with a new height gets
 * a measurement dated the store clock's local today. */

typedef struct
{
  char   *uuid;
  char   *profile_uuid;
  gint64  measured_day;  /* the calendar date, days since 1970-01-01 */
  double  height_cm;
  gint64  created_at;    /* UTC µs */
  gint64  updated_at;
} HearthHeight;

HearthHeight *hearth_height_copy (const HearthHeight *height);
void          hearth_height_free (HearthHeight       *height);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthHeight, hearth_height_free)

/* HEARTH_VALIDATION_ERROR_HEIGHT unless HEARTH_HEIGHT_MIN_CM ≤ @height_cm
 * ≤ HEARTH_HEIGHT_MAX_CM (the profile form's limits); _TIME when @day is
 * after @today or before @birth_day (the first day the member can have been
 * born on: 1 January of a birth year alone; HEARTH_RECORD_NO_DAY: not
 * checked). */
gboolean      hearth_height_validate (gint64   measured_day,
                                      double   height_cm,
                                      gint64   birth_day,
                                      gint64   today,
                                      GError **error);

/* BMI of a child pairs each weight with a height (docs/clinical.md
 * #growth-for-age): the one measured closest on or before the weight's
 * local day (the latest entered wins on the same day), if measured at most
 * HEARTH_HEIGHT_PAIR_MAX_DAYS before it: an older height went with a
 * smaller child. @heights as hearth_store_list_heights() returns them
 * (oldest first). NULL: no height to pair. */
#define HEARTH_HEIGHT_PAIR_MAX_DAYS 183
const HearthHeight *hearth_heights_for_day (GPtrArray *heights,
                                            gint64     day);

/* Adds a measurement of a live member, checked against the store clock's
 * local today and the member's birth. @out_uuid (optional) gets the new
 * row's uuid. */
gboolean      hearth_store_add_height      (HearthStore  *self,
                                            const char   *profile_uuid,
                                            gint64        measured_day,
                                            double        height_cm,
                                            char        **out_uuid,
                                            GError      **error);

/* The live measurements of a live member, oldest first (day, then
 * created_at), HearthHeight elements. */
GPtrArray    *hearth_store_list_heights    (HearthStore  *self,
                                            const char   *profile_uuid,
                                            GError      **error);

/* Soft-deletes a live measurement / brings a deleted one back (undo);
 * NOT_FOUND when there is no such row in that state. */
gboolean      hearth_store_delete_height   (HearthStore  *self,
                                            const char   *uuid,
                                            GError      **error);
gboolean      hearth_store_undelete_height (HearthStore  *self,
                                            const char   *uuid,
                                            GError      **error);

G_END_DECLS
