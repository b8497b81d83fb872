/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* The first-week checklist (issue 9, "First run and the first week"): three
 * first steps, each computed from what is logged (nothing is stored but
 * profiles.checklist_dismissed_at). It is shown until every step is done or
 * the member dismissed it (hearth_first_steps_is_shown()). */
typedef enum
{
  HEARTH_FIRST_STEP_SET_GOAL,       /* a live goal (table goals) */
  HEARTH_FIRST_STEP_FIRST_READING,  /* a live reading of any kind */
  HEARTH_FIRST_STEP_ONE_MORE_LOG,   /* a meal, a workout or a dose taken */
  HEARTH_N_FIRST_STEPS,
} HearthFirstStep;

typedef struct
{
  gboolean done;
  gint64   day;   /* the local day (days since 1970-01-01) it was first done;
                   * 0 when not done. Set goal: the earliest live goal's
                   * creation, in the store clock's zone. First reading: the
                   * local day of the earliest live reading (in its own
                   * offset). One more log: the earliest local day of a live
                   * meal or workout, or of the earliest dose taken of a
                   * medication (each in its own offset). */
} HearthFirstStepState;

typedef struct
{
  HearthFirstStepState steps[HEARTH_N_FIRST_STEPS];
  guint                n_done;        /* steps done, 0..HEARTH_N_FIRST_STEPS */
  gint64               dismissed_at;  /* UTC µs; 0 while not dismissed */
} HearthFirstSteps;

/* Fills @checklist for a live member: a few indexed reads in one read
 * transaction. FALSE with NOT_FOUND for an unknown or deleted member. */
gboolean     hearth_store_get_checklist     (HearthStore      *self,
                                             const char       *profile_uuid,
                                             HearthFirstSteps  *checklist,
                                             GError          **error);

/* Puts the member's checklist away for good (profiles.checklist_dismissed_at
 * = now). Dismissing twice keeps the first time and succeeds. Emits
 * profiles-changed after the commit when something changed. */
gboolean     hearth_store_dismiss_checklist (HearthStore      *self,
                                             const char       *profile_uuid,
                                             GError          **error);

/* TRUE while a step is left and the checklist was not dismissed. */
gboolean     hearth_first_steps_is_shown      (const HearthFirstSteps *checklist);

/* "set-goal", "first-reading", "one-more-log" (CLI, JSON). */
const char  *hearth_first_step_to_string    (HearthFirstStep step);

G_END_DECLS
