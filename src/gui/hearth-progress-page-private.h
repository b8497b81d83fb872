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

G_END_DECLS
