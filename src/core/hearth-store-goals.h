/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"
#include "hearth-goal.h"

G_BEGIN_DECLS

/* Goals (hearth-store-goals.c; the goals table of schema 9). Each change
 * is one write transaction (or joins hearth_store_write()) and emits
 * "readings-changed" with the member's uuid after the commit, so pages
 * showing the member refresh. */

/* Validates (HEARTH_GOAL_ERROR), then stores; assigns uuid and stamps into
 * @goal (a uuid it already has is kept: imports). */
gboolean    hearth_store_add_goal      (HearthStore  *self,
                                        HearthGoal   *goal,
                                        GError      **error);
/* A live goal of a live member; NOT_FOUND otherwise. */
HearthGoal *hearth_store_get_goal      (HearthStore  *self,
                                        const char   *uuid,
                                        GError      **error);
/* GPtrArray of HearthGoal (owning): the member's live goals, oldest start
 * first (then in the order they were added). */
GPtrArray  *hearth_store_list_goals    (HearthStore  *self,
                                        const char   *profile_uuid,
                                        GError      **error);
/* Validates, then writes every field of @goal but its member, uuid and
 * created_at (reached_day too) over the live goal of that uuid; stamps
 * updated_at into @goal. NOT_FOUND for a goal that is not live. */
gboolean    hearth_store_update_goal   (HearthStore  *self,
                                        HearthGoal   *goal,
                                        GError      **error);
/* Soft delete and its undo; NOT_FOUND for a uuid that is not there (or
 * deleted twice). */
gboolean    hearth_store_delete_goal   (HearthStore  *self,
                                        const char   *uuid,
                                        GError      **error);
gboolean    hearth_store_undelete_goal (HearthStore  *self,
                                        const char   *uuid,
                                        GError      **error);
/* Sets the goal's reached_day to @day once: a goal already reached keeps
 * its day (*@set FALSE, not an error). @set may be NULL. */
gboolean    hearth_store_set_goal_reached (HearthStore  *self,
                                           const char   *uuid,
                                           gint64        day,
                                           gboolean     *set,
                                           GError      **error);

G_END_DECLS
