/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-checklist.h"

G_BEGIN_DECLS

/* For tests. */
AdwActionRow   *_hearth_checklist_get_row          (HearthChecklist *self,
                                                    HearthFirstStep  step);
GtkCheckButton *_hearth_checklist_get_check        (HearthChecklist *self,
                                                    HearthFirstStep  step);
GtkWidget      *_hearth_checklist_get_step_button  (HearthChecklist *self,
                                                    HearthFirstStep  step);
GtkButton      *_hearth_checklist_get_dismiss_button (HearthChecklist *self);

G_END_DECLS
