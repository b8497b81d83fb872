/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-goal-dialog.h"

G_BEGIN_DECLS

/* For tests. */
AdwComboRow  *_hearth_goal_dialog_get_what_row     (HearthGoalDialog *self);
/* Picks the choice of @metric and @kind; FALSE when there is none. */
gboolean      _hearth_goal_dialog_select           (HearthGoalDialog *self,
                                                    const char       *metric,
                                                    HearthGoalKind    kind);
AdwActionRow *_hearth_goal_dialog_get_target_row   (HearthGoalDialog *self);
GtkEntry     *_hearth_goal_dialog_get_target_entry (HearthGoalDialog *self);
AdwActionRow *_hearth_goal_dialog_get_due_row      (HearthGoalDialog *self);
GtkWidget    *_hearth_goal_dialog_get_due_button   (HearthGoalDialog *self);
/* "Proposed: … (source)", or "" without a proposal. */
GtkLabel     *_hearth_goal_dialog_get_proposal_label (HearthGoalDialog *self);
/* Saves as the Save button does; the dialog closes once stored. */
void          _hearth_goal_dialog_save             (HearthGoalDialog *self);

G_END_DECLS
