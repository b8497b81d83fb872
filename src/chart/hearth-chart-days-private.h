/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "hearth-chart.h"

G_BEGIN_DECLS

/* Helpers shared by the charts of days (hearth-chart-bars.c,
 * hearth-chart-calendar.c). */

/* @day formatted with g_date_time_format() (@format: "%a", "%-d"), in
 * the locale's names; "" if the day cannot be formatted. */
char   *_hearth_chart_format_day      (const GDate           *day,
                                       const char            *format);
/* @first + @offset days. */
void    _hearth_chart_day_add         (const GDate           *first,
                                       guint                  offset,
                                       GDate                 *out);
/* The locale's abbreviated name of @weekday ("Mon", "Mo", "週一"). */
char   *_hearth_chart_weekday_abbrev  (GDateWeekday           weekday);
/* A day in a spoken summary ("Mon 1 Dec"). */
char   *_hearth_chart_describe_day    (const GDate           *day);
/* @value through @format, or the number (no decimals if whole, else one). */
char   *_hearth_chart_format_number   (HearthChartFormatFunc  format,
                                       gpointer               format_data,
                                       double                 value);
/* @over composited on opaque @under: opaque. */
void    _hearth_chart_composite       (const HearthChartRgba *over,
                                       const HearthChartRgba *under,
                                       HearthChartRgba       *out);
/* Diagonal hatching of the rectangle, clipped to it. */
void    _hearth_chart_hatch           (cairo_t               *cr,
                                       const HearthChartRgba *color,
                                       double                 x,
                                       double                 y,
                                       double                 width,
                                       double                 height);

G_END_DECLS
