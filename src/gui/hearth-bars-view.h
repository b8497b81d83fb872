/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-chart.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BARS_VIEW (hearth_bars_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthBarsView, hearth_bars_view, HEARTH, BARS_VIEW, GtkWidget)

/* Daily bars (energy, active minutes, steps) or stacked bars (macros)
 * with an optional target line, drawn from plain data with
 * hearth_chart_bars_draw() (src/chart/hearth-chart-bars.h) in the
 * theme's colours, light or dark. Not focusable: it shows, the page
 * around it acts. Its accessible label is the "title" property (default
 * "Bar chart"); its accessible description is the chart's text summary,
 * also the read-only "description" property (notified on change). The
 * data is copied: callers may free theirs after a setter returns. */
HearthBarsView *hearth_bars_view_new               (void);

/* One bar per day from @first_day: @values[i] (>= 0), @has[i] FALSE for a
 * day without data (drawn hatched, never as 0; @has NULL: every day has
 * data). 1 to HEARTH_CHART_BARS_MAX_DAYS days; @n_days 0 clears. */
void            hearth_bars_view_set_days          (HearthBarsView       *self,
                                                    const double         *values,
                                                    const gboolean       *has,
                                                    guint                 n_days,
                                                    const GDate          *first_day);
/* Stacked: @n_series (1 to HEARTH_CHART_BARS_MAX_SERIES) series, bottom
 * to top, @values[s] an array of @n_days values, @labels[s] its
 * translated name (the legend). */
void            hearth_bars_view_set_stacked       (HearthBarsView       *self,
                                                    const double * const *values,
                                                    const char * const   *labels,
                                                    guint                 n_series,
                                                    const gboolean       *has,
                                                    guint                 n_days,
                                                    const GDate          *first_day);

/* A dashed target line at @target, @label (translated, "Target 2,000
 * kcal"; may be NULL) in the legend and the summary. */
void            hearth_bars_view_set_target        (HearthBarsView       *self,
                                                    double                target,
                                                    const char           *label);
void            hearth_bars_view_unset_target      (HearthBarsView       *self);

/* Formats values for the summary ("1,850 kcal"); NULL: the number. */
void            hearth_bars_view_set_format_func   (HearthBarsView       *self,
                                                    HearthChartFormatFunc func,
                                                    gpointer              user_data,
                                                    GDestroyNotify        destroy);

void            hearth_bars_view_set_title         (HearthBarsView       *self,
                                                    const char           *title);
const char     *hearth_bars_view_get_title         (HearthBarsView       *self);

/* The accessible summary (days, average, lowest, highest, target, days
 * without data). */
const char     *hearth_bars_view_get_description   (HearthBarsView       *self);

G_END_DECLS
