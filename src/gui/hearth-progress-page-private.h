/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-progress-page.h"

G_BEGIN_DECLS

/* For tests. */
GtkListBox *_hearth_progress_page_get_streaks_list (HearthProgressPage *self);
/* The logging streak's row: "12 days", its best and strength. */
AdwActionRow *_hearth_progress_page_get_logging_row (HearthProgressPage *self);
/* Its suffix: "Strength 74 %". */
GtkLabel     *_hearth_progress_page_get_logging_strength (HearthProgressPage *self);
/* The skip-day form: its date button (hearth-date-button.h), the reason,
 * the marked days' list (newest first) and the error under the form. */
GtkWidget    *_hearth_progress_page_get_skip_date_button  (HearthProgressPage *self);
GtkEntry     *_hearth_progress_page_get_skip_reason_entry (HearthProgressPage *self);
GtkListBox   *_hearth_progress_page_get_skip_days_list    (HearthProgressPage *self);
GtkLabel     *_hearth_progress_page_get_skip_error_label  (HearthProgressPage *self);
GtkWidget    *_hearth_progress_page_get_skip_button       (HearthProgressPage *self);
/* The badge gallery: one tile per badge of the catalogue, in its order. */
GtkFlowBox   *_hearth_progress_page_get_badges_box        (HearthProgressPage *self);
/* The goals: a row per goal (target goals: an AdwExpanderRow of weekly
 * milestones), or one row saying what to do. */
GtkListBox   *_hearth_progress_page_get_goals_list        (HearthProgressPage *self);
/* The challenges: a row each (a "Done today" check box while one runs),
 * or one row saying what to do. */
GtkListBox   *_hearth_progress_page_get_challenges_list   (HearthProgressPage *self);

G_END_DECLS
