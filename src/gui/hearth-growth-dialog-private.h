/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-growth-chart.h"
#include "hearth-growth-dialog.h"

G_BEGIN_DECLS

/* The chart and caption of @indicator's section; NULL when the dialog has
 * no such section (weight past 10 years). */
HearthGrowthChart *_hearth_growth_dialog_get_chart   (HearthGrowthDialog    *self,
                                                      HearthGrowthIndicator  indicator);
GtkLabel          *_hearth_growth_dialog_get_caption (HearthGrowthDialog    *self,
                                                      HearthGrowthIndicator  indicator);

/* The last "Add Height" dialog opened (growth.add-height, Ctrl+N) while
 * it is open, or NULL. */
GtkWindow         *_hearth_growth_dialog_get_height_dialog (HearthGrowthDialog *self);

G_END_DECLS
