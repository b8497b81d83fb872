/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-chart.h"
#include "hearth-growth-chart.h"

G_BEGIN_DECLS

/* For tests: a hover at (@x, @y) as the pointer's motion makes one; the
 * highlighted point's text ("8 years, 3 months: 128.0 cm, percentile 47.3,
 * z-score -0.07"), or NULL when no point is near. */
const char             *_hearth_growth_chart_hover          (HearthGrowthChart *self,
                                                             double             x,
                                                             double             y);
/* The highlighted measurement's text, or NULL. */
const char             *_hearth_growth_chart_get_highlight_text (HearthGrowthChart *self);
/* Where measurement @index was drawn, from the last draw. */
gboolean                _hearth_growth_chart_point_position (HearthGrowthChart *self,
                                                             guint              index,
                                                             double            *x,
                                                             double            *y);
const HearthChartStats *_hearth_growth_chart_get_last_stats (HearthGrowthChart *self);
guint                   _hearth_growth_chart_get_n_draws    (HearthGrowthChart *self);
/* The curve @c's value in the unit shown at time @t (for tests). */
double                  _hearth_growth_chart_curve_value_at (HearthGrowthChart *self,
                                                             guint              c,
                                                             gint64             t);

G_END_DECLS
