/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CHART_VIEW (hearth_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthChartView, hearth_chart_view, HEARTH, CHART_VIEW, GtkWidget)

typedef enum
{
  HEARTH_CHART_RANGE_WEEK,
  HEARTH_CHART_RANGE_MONTH,
  HEARTH_CHART_RANGE_QUARTER,
  HEARTH_CHART_RANGE_YEAR,
  HEARTH_CHART_RANGE_ALL,
} HearthChartRange;

/* A chart of one member's readings of one kind (issue 3), drawn with the
 * cairo chart library. Focusable: Left/Right move the highlighted
 * reading, Up/Down switch series, Shift+Left/Right pan, Home/End go to
 * the first/latest reading, +/- zoom; drag pans, Ctrl+scroll and pinch
 * zoom, horizontal scrolling pans (plain vertical scrolling is left to
 * the page). Its accessible description is hearth_chart_view_describe(),
 * also the read-only "description" property (notified on change). The
 * read-only "custom" property is TRUE while the view is panned or zoomed
 * away from its range (choosing the range again goes back). Focused, it
 * draws a ring in the accent colour; the highlighted reading's label
 * shows the whole reading (blood pressure: "155/93 mmHg, pulse 71").
 *
 * Actions (on the class): chart.pan-left, chart.pan-right, chart.pan-start,
 * chart.pan-end, chart.zoom-in, chart.zoom-out, chart.previous-point,
 * chart.next-point, chart.previous-series, chart.next-series, chart.range
 * (stateful, "i": a HearthChartRange; the "range" property). */
HearthChartView  *hearth_chart_view_new         (void);

/* Loads the series via hearth_store_get_series(), reloads on the store's
 * readings-changed for that member and on settings changes. */
void              hearth_chart_view_set_source  (HearthChartView   *self,
                                                 HearthStore       *store,
                                                 HearthProfile     *profile,
                                                 HearthReadingKind  kind);

/* Sparkline: no axes, no legend, no band labels, last 30 days, not
 * focusable, no gestures. */
void              hearth_chart_view_set_compact (HearthChartView   *self,
                                                 gboolean           compact);
gboolean          hearth_chart_view_get_compact (HearthChartView   *self);

void              hearth_chart_view_set_range   (HearthChartView   *self,
                                                 HearthChartRange   range);
HearthChartRange  hearth_chart_view_get_range   (HearthChartView   *self);

/* Blood pressure: pulse as dots (off by default). */
void              hearth_chart_view_set_show_pulse (HearthChartView *self,
                                                    gboolean         show_pulse);
gboolean          hearth_chart_view_get_show_pulse (HearthChartView *self);

/* The accessible text summary (range, latest, average, lowest, highest,
 * trend); newly allocated. */
char             *hearth_chart_view_describe    (HearthChartView   *self);

G_END_DECLS
