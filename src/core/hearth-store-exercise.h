/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"
#include "hearth-exercise.h"

G_BEGIN_DECLS

/* Workouts (hearth-store-exercise.c). Each change is one write transaction
 * (or joins hearth_store_write()) and emits "readings-changed" with the
 * member's uuid after the commit, so pages showing the member refresh. */

/* Validates (HEARTH_WORKOUT_ERROR; a start more than a minute after the
 * store clock's now is refused too), then stores; assigns uuid and stamps
 * into @workout (a uuid it already has is kept: imports). */
gboolean       hearth_store_add_workout      (HearthStore    *self,
                                              HearthWorkout  *workout,
                                              GError        **error);
/* Soft delete and its undo; NOT_FOUND for a uuid that is not there (or
 * deleted twice). */
gboolean       hearth_store_delete_workout   (HearthStore    *self,
                                              const char     *uuid,
                                              GError        **error);
gboolean       hearth_store_undelete_workout (HearthStore    *self,
                                              const char     *uuid,
                                              GError        **error);
/* GPtrArray of HearthWorkout (owning), the member's live workouts that
 * started on local days [@from_day, @to_day], oldest first. */
GPtrArray     *hearth_store_list_workouts    (HearthStore    *self,
                                              const char     *profile_uuid,
                                              gint64          from_day,
                                              gint64          to_day,
                                              GError        **error);
/* The energy of @workout (docs/clinical.md#physical-activity): MET × the
 * member's weight nearest at or before the start × hours. *@kcal is NAN
 * when they have no weight by then (TRUE: not an error). */
gboolean       hearth_store_get_workout_energy (HearthStore   *self,
                                                const HearthWorkout *workout,
                                                double        *kcal,
                                                GError       **error);
/* The member's active minutes over the 7 local days from @first_day
 * (hearth_active_week_compute()), with the under-18 target when their age
 * on @first_day is under 18. One read transaction. */
gboolean       hearth_store_get_active_week  (HearthStore      *self,
                                              const char       *profile_uuid,
                                              gint64            first_day,
                                              HearthActiveWeek *week,
                                              GError          **error);

G_END_DECLS
