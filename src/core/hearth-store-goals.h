/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"
#include "hearth-goal.h"
#include "hearth-habits.h"

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

/* The goal engine's reads (hearth-store-habits.c): each gathers the data
 * in one read transaction and computes with hearth-habits.h. @today is a
 * local day number (the caller's clock: the store never guesses "today"). */

/* A habit's or keep-in-range goal's completion per day (weekly habits: per
 * calendar week) from its start through @today (hearth-habits.h says what
 * each metric counts). Skip days are the member's. */
HearthGoalDays *hearth_store_get_goal_days     (HearthStore       *self,
                                                const HearthGoal  *goal,
                                                gint64             today,
                                                GError           **error);
/* Incremental: recomputes only the periods of @days (made by
 * hearth_store_get_goal_days() for the same goal) that cover local days
 * [@from_day, @to_day], after entries or skip days on those days changed,
 * and adds the periods up to @today's when today moved on. Then
 * hearth_habit_evaluate() gives the streak again: a few indexed reads for
 * the day and one pass over the periods, instead of the goal's years. */
gboolean        hearth_store_refresh_goal_days (HearthStore       *self,
                                                const HearthGoal  *goal,
                                                HearthGoalDays    *days,
                                                gint64             from_day,
                                                gint64             to_day,
                                                gint64             today,
                                                GError           **error);
/* The readings a target goal follows (weight, systolic or diastolic;
 * glucose for glucose goals) through @today, ascending: GArray of
 * HearthGoalPoint. Empty for habit metrics. */
GArray         *hearth_store_get_goal_readings (HearthStore       *self,
                                                const HearthGoal  *goal,
                                                gint64             today,
                                                GError           **error);
/* A target goal's milestones, pace and status on @today
 * (hearth_goal_progress_compute()); clear @progress with
 * hearth_goal_progress_clear(). Stores nothing: a reached day found in the
 * data is in progress->reached_day, for the caller to keep
 * (hearth_store_set_goal_reached()). */
gboolean        hearth_store_get_goal_progress (HearthStore         *self,
                                                const HearthGoal    *goal,
                                                gint64               today,
                                                HearthGoalProgress  *progress,
                                                GError             **error);
/* hearth_goal_suggest_smaller_step() over the store's data: a suggested
 * goal (not stored) and its sentence, or NULL with *@text NULL (and no
 * error) when there is nothing to suggest. */
HearthGoal     *hearth_store_suggest_smaller_step (HearthStore       *self,
                                                   const HearthGoal  *goal,
                                                   gint64             today,
                                                   char             **text,
                                                   GError           **error);
/* Keeps the reached day of each of the member's live target goals not
 * reached yet whose data met the target by @today (the first such day,
 * hearth_goal_progress_compute()), in one write: what the app calls after
 * the member's entries change (the goal-reached badge and celebrations read
 * reached_day). *@n_reached (may be NULL): how many were newly reached. */
gboolean        hearth_store_record_goals_reached (HearthStore  *self,
                                                   const char   *profile_uuid,
                                                   gint64        today,
                                                   guint        *n_reached,
                                                   GError      **error);
/* The member's streaks on @today: logging (any entry, from the first day
 * logged) and one per live habit and keep-in-range goal. One read
 * transaction: the logging days, the skip days, the goals, and each
 * habit's days. */
HearthStreaks  *hearth_store_get_streaks       (HearthStore       *self,
                                                const char        *profile_uuid,
                                                gint64             today,
                                                GError           **error);
/* What hearth_goal_propose() proposes from: the member's main goal, age,
 * height, health record, scheduled medications, latest weight, 7-day blood
 * pressure, the last 14 days' steps, the last 4 full weeks' active minutes.
 * The guideline and cutoffs are the caller's settings. Clear @facts with
 * hearth_goal_facts_clear(). */
gboolean        hearth_store_get_goal_facts    (HearthStore       *self,
                                                const char        *profile_uuid,
                                                gint64             today,
                                                HearthBpGuideline  bp_guideline,
                                                HearthBmiCutoffs   bmi_cutoffs,
                                                HearthGoalFacts   *facts,
                                                GError           **error);

G_END_DECLS
