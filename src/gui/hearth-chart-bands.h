/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-chart.h"
#include "hearth-types.h"

G_BEGIN_DECLS

/* Guidelines as chart bands: the GUI's side of "charts take plain bands".
 * The chart library (src/chart) knows no guideline; these functions turn
 * core's classification into HearthChartBand values it can draw. GTK-free. */

typedef enum
{
  HEARTH_CHART_BP_SYSTOLIC,
  HEARTH_CHART_BP_DIASTOLIC,
} HearthChartBpComponent;

/* The band colour of category @level (0 = normal) of a guideline with
 * @n_levels categories: green first, the most severe red or purple. */
HearthChartBandRole hearth_chart_bands_role_for_level (guint                   level,
                                                       guint                   n_levels);

/* Bands, in mmHg, of @guideline's categories for one component of blood
 * pressure alone (the other held at 0), from hearth_classify_bp(). Each
 * band belongs to chart series @series (the component's, or -1 for all).
 * Appends HearthChartBand to @out (labels are static, translated);
 * returns the number appended. */
guint               hearth_chart_bands_append_bp      (HearthBpGuideline       guideline,
                                                       gboolean                home,
                                                       HearthChartBpComponent  component,
                                                       int                     series,
                                                       GArray                 *out);

G_END_DECLS
