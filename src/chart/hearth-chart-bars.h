/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "hearth-chart.h"

G_BEGIN_DECLS

/* Daily bars (issue 8): one bar per day for a run of days (energy, active
 * minutes, steps), optionally stacked from several named series (protein,
 * carbohydrate and fat), with an optional target line. Plain data, like
 * HearthChart: every pointer is borrowed for the duration of a call, and
 * the chart draws on any cairo_t at any size with a HearthChartStyle.
 *
 * A day without data (@has[i] FALSE) is drawn as a hatched column with
 * no bar, so it never reads as 0; a day of 0 has a thin bar on the
 * baseline. The value axis starts at 0. The target's label and the
 * series' names are legend entries above the plot, never drawn over the
 * bars; day labels under the bars are the locale's weekday abbreviations
 * when they fit, else days of the month (thinned to fit). */

#define HEARTH_CHART_BARS_MAX_SERIES 4
#define HEARTH_CHART_BARS_MAX_DAYS   62
#define HEARTH_CHART_BARS_MAX_LEGEND (HEARTH_CHART_BARS_MAX_SERIES + 2)

typedef struct
{
  const double *values;   /* one per day, >= 0; read only on days with data */
  const char   *label;    /* translated: legend and summary; may be NULL */
} HearthChartBarSeries;

typedef struct
{
  GDate                 first_day;   /* the first bar's local day */
  guint                 n_days;      /* 1 .. HEARTH_CHART_BARS_MAX_DAYS */
  const gboolean       *has;         /* per day; NULL: every day has data */

  HearthChartBarSeries  series[HEARTH_CHART_BARS_MAX_SERIES];   /* bottom to top */
  guint                 n_series;

  gboolean              has_target;
  double                target;
  const char           *target_label;   /* translated, "Target 2,000 kcal"; may be NULL */

  /* Series names (when stacked or named) and the target's label. */
  gboolean              show_legend;

  /* Formats a value with its unit for the summary ("1,850 kcal"); NULL
   * prints the number. */
  HearthChartFormatFunc format;
  gpointer              format_data;
} HearthChartBars;

typedef enum
{
  HEARTH_CHART_BARS_LEGEND_SERIES,
  HEARTH_CHART_BARS_LEGEND_TARGET,
  HEARTH_CHART_BARS_LEGEND_NO_DATA,
} HearthChartBarsLegendKind;

/* One legend entry drawn (swatch and text). */
typedef struct
{
  HearthChartBarsLegendKind kind;
  int                       series;   /* HEARTH_CHART_BARS_LEGEND_SERIES: its index, else -1 */
  const char               *text;     /* borrowed from the chart, or static */
  double                    x;
  double                    y;
  double                    width;
  double                    height;
} HearthChartBarsLegendItem;

/* What the last draw did: the plot (values 0 at its bottom edge, @v_max
 * at its top), each day's slot and bar, each segment's top edge. */
typedef struct
{
  double   x;
  double   y;
  double   width;
  double   height;
  double   v_max;

  double   bar_width;
  double   bar_x[HEARTH_CHART_BARS_MAX_DAYS];   /* the bar's left edge */
  /* Top edge (y) of each series' segment; the segment goes down to the
   * one below's top, the first to the baseline (y + height). NAN on a
   * day without data. */
  double   segment_top[HEARTH_CHART_BARS_MAX_DAYS][HEARTH_CHART_BARS_MAX_SERIES];
  gboolean no_data[HEARTH_CHART_BARS_MAX_DAYS];
  double   target_y;                              /* NAN without a target */

  guint    n_value_ticks;
  guint    n_day_labels;                          /* labels drawn under the bars */
  gboolean weekday_labels;                        /* weekday names, not days of the month */

  guint                     n_legend;
  HearthChartBarsLegendItem legend[HEARTH_CHART_BARS_MAX_LEGEND];
  guint                     legend_dropped;
} HearthChartBarsStats;

/* Empty bars for @n_days days from @first_day; @has (may be NULL) is
 * borrowed. */
void      hearth_chart_bars_init        (HearthChartBars        *bars,
                                         const GDate            *first_day,
                                         guint                   n_days,
                                         const gboolean         *has);
/* Adds a series (a segment of each bar, over the ones added before). */
gboolean  hearth_chart_bars_add_series  (HearthChartBars        *bars,
                                         const double           *values,
                                         const char             *label);
void      hearth_chart_bars_set_target  (HearthChartBars        *bars,
                                         double                  target,
                                         const char             *label);

/* Whether day @day has data. */
gboolean  hearth_chart_bars_day_has     (const HearthChartBars  *bars,
                                         guint                   day);
/* The day's bar: the sum of its series (0 without data). */
double    hearth_chart_bars_day_total   (const HearthChartBars  *bars,
                                         guint                   day);

/* Draws into [0, @width] × [0, @height] of @cr; @stats may be NULL. */
void      hearth_chart_bars_draw        (cairo_t                *cr,
                                         const HearthChartBars  *bars,
                                         const HearthChartStyle *style,
                                         double                  width,
                                         double                  height,
                                         HearthChartBarsStats   *stats);

/* The y of @value in the plot of @stats. */
double    hearth_chart_bars_value_to_y  (const HearthChartBarsStats *stats,
                                         double                      value);

/* The colour series @series is drawn with. */
const HearthChartRgba *hearth_chart_bars_series_color (const HearthChartStyle *style,
                                                       guint                   series);

/* A translated paragraph for screen readers: the days covered, per
 * series (and the total, when stacked) the days with data, average,
 * lowest and highest with their days, the days at or above the target,
 * and the days without data. */
char     *hearth_chart_bars_describe    (const HearthChartBars  *bars);

G_END_DECLS
