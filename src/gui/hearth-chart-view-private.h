/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-chart.h"
#include "hearth-chart-view.h"

G_BEGIN_DECLS

/* For tests: what the view shows and what its last draw did. */
void                    _hearth_chart_view_get_visible    (HearthChartView  *self,
                                                           gint64           *t0,
                                                           gint64           *t1);
/* Points in the sparkline's cached reduced series, all series together
 * (the full chart hands every reading to the chart library). */
guint                   _hearth_chart_view_get_n_reduced  (HearthChartView  *self);
/* Points loaded (the first series: systolic, weight, …). */
guint                   _hearth_chart_view_get_n_points   (HearthChartView  *self);
/* The stats of the last hearth_chart_draw() (zeroed before the first). */
const HearthChartStats *_hearth_chart_view_get_last_stats (HearthChartView  *self);
/* The bands drawn, in display units. */
const HearthChartBand  *_hearth_chart_view_get_bands      (HearthChartView  *self,
                                                           guint            *n_bands);
/* The highlighted reading; FALSE if none. */
gboolean                _hearth_chart_view_get_highlight  (HearthChartView  *self,
                                                           guint            *series,
                                                           gint64           *t,
                                                           double           *value);
/* The highlighted reading as its label shows it ("155/93 mmHg, pulse 71"),
 * or NULL. */
char                   *_hearth_chart_view_format_highlight (HearthChartView *self);
/* TRUE while "No readings in this range" shows. */
gboolean                _hearth_chart_view_is_empty       (HearthChartView  *self);

G_END_DECLS
