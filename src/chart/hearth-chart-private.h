/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "hearth-chart.h"
#include "hearth-usec.h"

G_BEGIN_DECLS

/* Space between labels, and between labels and the plot, in pixels. */
#define _HEARTH_CHART_LABEL_GAP 8.0
/* Space between stacked panels. */
#define _HEARTH_CHART_PANEL_GAP 10.0

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

/* The highlight label's text: its first line (the value or the caller's
 * highlight_text), then the point's local date and time (or date). */
char        *_hearth_chart_highlight_label (const HearthChart       *chart,
                                            const HearthChartSeries *series,
                                            const HearthChartPoint  *p);

/* An empty GArray of HearthChartTimeTick that frees its labels. */
GArray      *_hearth_chart_time_ticks_new (void);
GArray      *_hearth_chart_time_ticks    (PangoLayout            *layout,
                                          gint64                  t0,
                                          gint64                  t1,
                                          GTimeZone              *tz,
                                          double                  pixels);

/* Where everything goes: panels, their ticks, the legend. */
typedef struct
{
  double           text_h;
  guint            n_panels;
  HearthChartArea  panels[HEARTH_CHART_MAX_SERIES];
  guint            series_panel[HEARTH_CHART_MAX_SERIES];
  GArray          *value_ticks[HEARTH_CHART_MAX_SERIES];
  GArray          *time_ticks;
  double           frame_x;
  double           frame_width;
  /* Per series: whether it is drawn as a summary (long ranges). */
  gboolean         summary[HEARTH_CHART_MAX_SERIES];
  gint64           bucket;
  guint            n_legend;
  HearthChartLegendItem legend[HEARTH_CHART_MAX_LEGEND];
  guint            legend_dropped;
  /* The margin right of the frame for the curves' labels (0: none). */
  double           curve_margin;
} HearthChartLayout;

void         _hearth_chart_lay_out       (const HearthChart      *chart,
                                          const HearthChartStyle *style,
                                          PangoLayout            *layout,
                                          double                  width,
                                          double                  height,
                                          HearthChartLayout      *out);
void         _hearth_chart_layout_clear  (HearthChartLayout      *out);

/* hearth-chart-legend.c: the legend's entries placed in rows over the
 * plot (@summary: the spread and trend entries too); returns its height,
 * 0 if it has no entry. @out->bucket names the summary's entry. */
double       _hearth_chart_lay_out_legend    (const HearthChart       *chart,
                                              const HearthChartStyle  *style,
                                              PangoLayout             *layout,
                                              double                   width,
                                              double                   height,
                                              gboolean                 summary,
                                              HearthChartLayout       *out);
void         _hearth_chart_draw_legend       (cairo_t                 *cr,
                                              PangoLayout             *layout,
                                              const HearthChart       *chart,
                                              const HearthChartStyle  *style,
                                              const HearthChartLayout *out);
const HearthChartRgba *_hearth_chart_series_color (const HearthChartStyle *style,
                                                   HearthChartRole         role);

/* The series @s reads as: its own index, or the earlier series it shares a
 * panel with (HearthChartSeries.reads_as). */
guint        _hearth_chart_series_owner  (const HearthChart      *chart,
                                          guint                   s);

/* Which panel each series goes in (@series_panel), returns the number of
 * panels. */
guint        _hearth_chart_assign_panels (const HearthChart      *chart,
                                          guint                  *series_panel);

gboolean     _hearth_chart_band_in_panel (const HearthChart      *chart,
                                          const HearthChartBand  *band,
                                          const guint            *series_panel,
                                          guint                   panel);

/* The automatic (or fixed) value range of panel @panel (@series_panel
 * NULL: every series in one) before rounding to ticks. */
void         _hearth_chart_value_range   (const HearthChart      *chart,
                                          const guint            *series_panel,
                                          guint                   panel,
                                          double                 *v_min,
                                          double                 *v_max);

/* hearth-chart-curves.c: reference curves (HearthChartCurve). */
guint        _hearth_chart_n_curves          (const HearthChart       *chart);
guint        _hearth_chart_curve_panel       (const HearthChart       *chart,
                                              const guint             *series_panel,
                                              guint                    c);
/* Widens [*lo, *hi] to the visible points of the curves in @panel. */
void         _hearth_chart_curves_range      (const HearthChart       *chart,
                                              const guint             *series_panel,
                                              guint                    panel,
                                              double                  *lo,
                                              double                  *hi);
double       _hearth_chart_curves_margin     (const HearthChart       *chart,
                                              PangoLayout             *layout);
void         _hearth_chart_draw_curves       (cairo_t                 *cr,
                                              const HearthChart       *chart,
                                              const HearthChartStyle  *style,
                                              const HearthChartLayout *lay,
                                              guint                    panel,
                                              guint                    n_columns,
                                              HearthChartStats        *stats);
void         _hearth_chart_draw_curve_labels (cairo_t                 *cr,
                                              PangoLayout             *layout,
                                              const HearthChart       *chart,
                                              const HearthChartStyle  *style,
                                              const HearthChartLayout *lay,
                                              HearthChartStats        *stats);

G_END_DECLS
