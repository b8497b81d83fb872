/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-challenge.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* Challenges and their check-ins (hearth-store-challenges.c; the tables
 * challenges and challenge_checkins of schema 9). @today is the caller's
 * local day (the CLI's --today, the app's clock). Each change is one
 * write transaction (or joins hearth_store_write()) and emits
 * "readings-changed" with the member's uuid after the commit. */

/* Validates (HEARTH_CHALLENGE_ERROR, hearth_challenge_validate()), then
 * stores; fills uuid and stamps into @challenge (a uuid it already has is
 * kept). Check-ins in @challenge are not stored. */
gboolean         hearth_store_add_challenge     (HearthStore      *self,
                                                 HearthChallenge  *challenge,
                                                 gint64            today,
                                                 GError          **error);
/* A live challenge of a live member, with its check-ins; NOT_FOUND otherwise. */
HearthChallenge *hearth_store_get_challenge     (HearthStore      *self,
                                                 const char       *uuid,
                                                 GError          **error);
/* GPtrArray of HearthChallenge (owning) with their check-ins: the member's
 * live challenges, latest start first (then the order they were added). */
GPtrArray       *hearth_store_list_challenges   (HearthStore      *self,
                                                 const char       *profile_uuid,
                                                 GError          **error);
/* Soft delete and its undo; NOT_FOUND for a uuid that is not there (or
 * deleted twice). */
gboolean         hearth_store_delete_challenge   (HearthStore      *self,
                                                  const char       *uuid,
                                                  GError          **error);
gboolean         hearth_store_undelete_challenge (HearthStore      *self,
                                                  const char       *uuid,
                                                  GError          **error);
/* Checks in @day (hearth_challenge_validate_checkin(): within the
 * challenge, not after @today); a day already checked is EXISTS. */
gboolean         hearth_store_check_in_challenge (HearthStore      *self,
                                                  const char       *uuid,
                                                  gint64            day,
                                                  gint64            today,
                                                  GError          **error);
/* Takes the check-in of @day back (soft delete); NOT_FOUND when the day
 * is not checked. */
gboolean         hearth_store_undo_challenge_checkin (HearthStore  *self,
                                                      const char   *uuid,
                                                      gint64        day,
                                                      GError      **error);

G_END_DECLS
