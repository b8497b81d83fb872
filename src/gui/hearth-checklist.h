/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CHECKLIST (hearth_checklist_get_type ())

G_DECLARE_FINAL_TYPE (HearthChecklist, hearth_checklist, HEARTH, CHECKLIST, AdwBin)

/* A member's first-week checklist (issue 9; hearth-store-checklist.h): set
 * a goal, log the first reading, try one more log, each row with its
 * check and a button that does it (win.new-goal — insensitive while no
 * such action exists —, win.add-reading, win.add-meal,
 * member.add-workout), and Dismiss. It shows itself only while
 * hearth_first_steps_is_shown(), and follows the store's signals.
 *
 * Signal "step-done" (HearthFirstStep step, guint n_done): a step turned
 * done while the checklist showed for the same member (not on a change of
 * member): the moment to celebrate that first. */
GtkWidget *hearth_checklist_new        (void);
void       hearth_checklist_set_member (HearthChecklist *self,
                                        HearthStore     *store,
                                        HearthProfile   *profile);
/* The toast's text for @step turning done with @n_done steps done:
 * "First reading logged — 2 of 3 first steps done". */
char      *hearth_checklist_describe_step_done (HearthFirstStep step,
                                                guint           n_done);

G_END_DECLS
