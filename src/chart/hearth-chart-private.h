/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "hearth-chart.h"
#include "hearth-usec.h"

G_BEGIN_DECLS

/* Space between labels, and between labels and the plot, in pixels. */
#define _HEARTH_CHART_LABEL_GAP 8.0

/* A layout in @style's font. Metrics are not hinted, so measuring without
 * a cairo_t (hearth_chart_compute_area()) agrees with drawing. */
PangoLayout *_hearth_chart_create_layout (const HearthChartStyle *style);
void         _hearth_chart_measure       (PangoLayout            *layout,
                                          const char             *text,
                                          double                 *width,
                                          double                 *height);
void         _hearth_chart_set_source    (cairo_t                *cr,
                                          const HearthChartRgba  *rgba);
char        *_hearth_chart_format_value  (const HearthChart       *chart,
                                          const HearthChartSeries *series,
                                          double                   v);

GArray      *_hearth_chart_time_ticks    (PangoLayout            *layout,
                                          gint64                  t0,
                                          gint64                  t1,
                                          GTimeZone              *tz,
                                          double                  pixels);

/* Fills @area and returns the ticks it was laid out with. */
void         _hearth_chart_lay_out       (const HearthChart      *chart,
                                          const HearthChartStyle *style,
                                          PangoLayout            *layout,
                                          double                  width,
                                          double                  height,
                                          HearthChartArea        *area,
                                          GArray                **time_ticks,
                                          GArray                **value_ticks);

/* The automatic (or fixed) value range before rounding to ticks. */
void         _hearth_chart_value_range   (const HearthChart      *chart,
                                          double                 *v_min,
                                          double                 *v_max);

G_END_DECLS
