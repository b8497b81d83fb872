/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Cairo-only charts of values over time (issue 3). No GObject and no
 * knowledge of readings, units or guidelines: the data is plain series and
 * bands the caller owns (the GUI maps a guideline to bands, see
 * src/gui/hearth-chart-bands.h), values come formatted through the
 * caller's callbacks, and every pointer is borrowed for the duration of a
 * call. The library uses cairo, Pango and GLib only. The GTK widget draws with hearth_chart_draw()
 * from snapshot() through gtk_snapshot_append_cairo(), keeps the
 * HearthChartStats the draw reports (its panels) and hit-tests with
 * hearth_chart_pick_stats().
 *
 * Drawing cost depends on the width, not on the number of points: each
 * series is cut to the visible range by binary search and reduced to at
 * most four points per pixel column (hearth_chart_reduce_minmax()), or,
 * denser than one reading per 3 px, summarised per day, week or 30 days
 * (hearth_chart_summarize(), one pass over the visible readings). Hand
 * the full series: a summary of a reduction would not be the data's. */

#define HEARTH_CHART_MAX_SERIES      6

/* One reading: @t in UTC microseconds, @v in the caller's unit. */
typedef struct
{
  gint64 t;
  double v;
} HearthChartPoint;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} HearthChartRgba;

/* The colour a series is drawn with. */
typedef enum
{
  HEARTH_CHART_ROLE_SERIES_1,
  HEARTH_CHART_ROLE_SERIES_2,
  HEARTH_CHART_ROLE_SERIES_3,
  HEARTH_CHART_ROLE_AVERAGE,
} HearthChartRole;

typedef enum
{
  HEARTH_CHART_SERIES_LINE   = 1 << 0,
  HEARTH_CHART_SERIES_POINTS = 1 << 1,
} HearthChartSeriesFlags;

/* Formats a value with its unit ("128 mmHg", "72.4 kg"); returns a newly
 * allocated string. */
typedef char *(*HearthChartFormatFunc) (double   value,
                                        gpointer user_data);

typedef struct
{
  const HearthChartPoint *points;   /* sorted by t, ascending */
  guint                   n_points;
  HearthChartRole         role;
  HearthChartSeriesFlags  flags;
  const char             *label;    /* translated, for the legend and the summary; may be NULL */
  /* Formats this series' values (pulse in a blood pressure chart); NULL
   * uses the chart's (highlight) or hearth_chart_describe()'s. */
  HearthChartFormatFunc   format;
  gpointer                format_data;
  /* -1 (hearth_chart_add_series()): the series is drawn in its own right.
   * Otherwise the index of the series whose panel and bands it shares, and
   * it is left out of the legend and of the summary's density decision
   * (a single highlighted reading the caller adds). */
  int                     reads_as;
} HearthChartSeries;

/* The colour a band is filled with (HearthChartStyle.bands), ordered by
 * severity: a target or normal range first, the most severe last. The
 * caller decides which role a range of values gets. */
typedef enum
{
  HEARTH_CHART_BAND_ROLE_NORMAL,      /* green: normal, in range */
  HEARTH_CHART_BAND_ROLE_FAIR,        /* light green */
  HEARTH_CHART_BAND_ROLE_ELEVATED,    /* yellow */
  HEARTH_CHART_BAND_ROLE_HIGH,        /* orange */
  HEARTH_CHART_BAND_ROLE_VERY_HIGH,   /* red */
  HEARTH_CHART_BAND_ROLE_SEVERE,      /* purple */
} HearthChartBandRole;

#define HEARTH_CHART_N_BAND_ROLES (HEARTH_CHART_BAND_ROLE_SEVERE + 1)

/* A horizontal band of values [@lo, @hi) (either may be -INFINITY or
 * INFINITY), filled with style->bands[@role].
 *
 * @series is the index in HearthChart.series of the series the band
 * belongs to (a blood pressure chart's systolic thresholds), or -1 for a
 * band of every series. A series with bands of its own is drawn in a plot
 * of its own (a panel), stacked over the others and read against its own
 * bands only; series with the same bands (equal ranges, roles and labels)
 * share a panel, and the series without bands of their own share one
 * more.
 * Bands of every series are drawn in every panel. A band of a series the
 * chart does not have (@series >= n_series) is left out, from the drawing
 * and from the value range. Band labels go in the legend (one entry per
 * colour and label), never over the data. */
typedef struct
{
  double               lo;
  double               hi;
  HearthChartBandRole  role;
  const char          *label;       /* translated; may be NULL */
  int                  series;
} HearthChartBand;

/* The caller's own time axis (a growth chart's ages instead of dates):
 * appends to @ticks (a GArray of HearthChartTimeTick that frees its labels:
 * give each a newly allocated label) the ticks for [@t0, @t1] whose labels fit
 * @pixels. Labels that would still overlap are skipped when drawn. */
typedef void (*HearthChartTimeTicksFunc) (gint64    t0,
                                          gint64    t1,
                                          double    pixels,
                                          GArray   *ticks,
                                          gpointer  user_data);

/* A reference curve drawn under the series: a growth chart's percentile
 * curve (the GUI builds them from WHO's tables; the library knows no
 * guideline). A thin line in the foreground colour through @points (sorted
 * by t), reduced per pixel column like a series, in the panel of series
 * @series (-1, or a series the chart does not have: the first panel), and
 * part of that panel's value range. Never picked, highlighted, summarised or
 * in the legend: @label ("97th", translated; may be NULL) is written in a
 * margin right of the plot at the curve's last visible value, and left out
 * where it would overlap a label already written. @emphasis draws the line
 * solid and stronger (the median); the others are dashed. */
typedef struct
{
  const HearthChartPoint *points;
  guint                   n_points;
  const char             *label;
  gboolean                emphasis;
  int                     series;
} HearthChartCurve;

#define HEARTH_CHART_MAX_CURVES 8

typedef struct
{
  /* Time range shown, UTC microseconds, t0 < t1. */
  gint64                 t0;
  gint64                 t1;
  /* Ticks and labels use this zone; NULL means the local time zone. */
  GTimeZone             *tz;
  /* NULL: dates and times in @tz; else the caller's ticks. */
  HearthChartTimeTicksFunc time_ticks;
  gpointer               time_ticks_data;

  /* Value range: automatic (data, goal and nearby band edges, padded and
   * rounded to ticks) unless @fixed_range, then [@v_min, @v_max]. */
  gboolean               fixed_range;
  double                 v_min;
  double                 v_max;

  HearthChartSeries      series[HEARTH_CHART_MAX_SERIES];
  guint                  n_series;

  const HearthChartBand *bands;
  guint                  n_bands;

  /* Reference curves, at most HEARTH_CHART_MAX_CURVES (more are ignored). */
  const HearthChartCurve *curves;
  guint                  n_curves;

  gboolean               has_goal;
  double                 goal;
  const char            *goal_label;   /* translated, e.g. "Goal 70 kg"; may be NULL */

  /* The highlighted point (hover, keyboard focus); @highlight_series < 0
   * means none. @highlight_text, if not NULL, is the label's first line
   * instead of the formatted value (the whole reading: "155/93 mmHg,
   * pulse 71"); the date and time follow it, or the date alone with
   * @highlight_day_only (values measured on a day, such as a child's
   * heights, whose time of day is not known). */
  int                    highlight_series;
  guint                  highlight_index;
  const char            *highlight_text;
  gboolean               highlight_day_only;

  /* Long ranges: a line series with more visible points than one per
   * @summary_spacing pixels (0: HEARTH_CHART_SUMMARY_SPACING) is drawn as
   * the mean of each day, week or month (hearth_chart_summary_bucket())
   * over a light band from the lowest to the highest value, plus the
   * least-squares trend of the visible readings. @raw_only draws every
   * reading whatever the density. */
  double                 summary_spacing;
  gboolean               raw_only;

  gboolean               show_legend;

  /* Formats values in the highlight's label; NULL prints the number. */
  HearthChartFormatFunc  format_value;
  gpointer               format_data;
} HearthChart;

typedef struct
{
  HearthChartRgba foreground;
  HearthChartRgba background;
  HearthChartRgba grid;
  HearthChartRgba series[3];
  HearthChartRgba average;
  HearthChartRgba goal;
  HearthChartRgba highlight;
  HearthChartRgba bands[HEARTH_CHART_N_BAND_ROLES];   /* by HearthChartBandRole, alpha included */
  const char     *font_family;        /* NULL: "Sans" */
  double          font_size;          /* pixels */
  double          line_width;
  double          point_radius;
} HearthChartStyle;

/* Where the plot sits inside the drawing and what it maps. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
  gint64 t0;
  gint64 t1;
  double v_min;
  double v_max;
} HearthChartArea;

#define HEARTH_CHART_MAX_LEGEND      24
#define HEARTH_CHART_SUMMARY_SPACING 3.0

/* One legend entry drawn: its rectangle (swatch and text) and what it
 * names: a series (@series >= 0, @band -1), a band (@band >= 0, the first
 * band with that colour and label), the goal, the summary's spread or its
 * trend. */
typedef enum
{
  HEARTH_CHART_LEGEND_SERIES,
  HEARTH_CHART_LEGEND_BAND,
  HEARTH_CHART_LEGEND_GOAL,
  HEARTH_CHART_LEGEND_SPREAD,
  HEARTH_CHART_LEGEND_TREND,
} HearthChartLegendKind;

typedef struct
{
  HearthChartLegendKind kind;
  int                   series;
  int                   band;
  const char           *text;     /* borrowed from the chart, or static */
  double                x;
  double                y;
  double                width;
  double                height;
} HearthChartLegendItem;

typedef struct
{
  HearthChartArea area;              /* the first panel's */
  guint           points_drawn;      /* points put on a path, all series */
  guint           points_visible;    /* input points in the visible ranges */
  guint           n_time_ticks;
  guint           n_value_ticks;

  /* Panels, top to bottom; each series' panel (an index into @panels). */
  guint           n_panels;
  HearthChartArea panels[HEARTH_CHART_MAX_SERIES];
  guint           series_panel[HEARTH_CHART_MAX_SERIES];
  /* The plot's frame around each panel's area: the area is inset so a
   * marker on the first or last instant is drawn whole. */
  double          frame_x;
  double          frame_width;

  /* Per series: 0 if drawn reading by reading, else the summary's bucket
   * in microseconds (a day, a week, 30 days). */
  gint64          summary_bucket[HEARTH_CHART_MAX_SERIES];

  guint                 n_legend;
  HearthChartLegendItem legend[HEARTH_CHART_MAX_LEGEND];
  guint                 legend_dropped;   /* entries that did not fit */

  /* Reference curves: points put on their paths, and where each label was
   * written (its vertical middle; NAN if left out, or the curve has none). */
  guint                 curve_points_drawn;
  double                curve_label_y[HEARTH_CHART_MAX_CURVES];
  double                curve_label_x;    /* the labels' left edge */
} HearthChartStats;

void      hearth_chart_init                (HearthChart            *chart);
gboolean  hearth_chart_add_series          (HearthChart            *chart,
                                            const HearthChartPoint *points,
                                            guint                   n_points,
                                            HearthChartRole         role,
                                            HearthChartSeriesFlags  flags,
                                            const char             *label);

void      hearth_chart_style_init_light    (HearthChartStyle       *style);
void      hearth_chart_style_init_dark     (HearthChartStyle       *style);

/* Draws the chart into [0, @width] × [0, @height] of @cr. @stats may be
 * NULL. */
void      hearth_chart_draw                (cairo_t                *cr,
                                            const HearthChart      *chart,
                                            const HearthChartStyle *style,
                                            double                  width,
                                            double                  height,
                                            HearthChartStats       *stats);

/* The area hearth_chart_draw() would use, without drawing. */
void      hearth_chart_compute_area        (const HearthChart      *chart,
                                            const HearthChartStyle *style,
                                            double                  width,
                                            double                  height,
                                            HearthChartArea        *area);
double    hearth_chart_time_to_x           (const HearthChartArea  *area,
                                            gint64                  t);
double    hearth_chart_value_to_y          (const HearthChartArea  *area,
                                            double                  v);
gint64    hearth_chart_x_to_time           (const HearthChartArea  *area,
                                            double                  x);

/* The visible point nearest to (@x, @y): binary search on time, then a
 * bounded look at neighbours. FALSE if no point is visible. */
gboolean  hearth_chart_pick                (const HearthChart      *chart,
                                            const HearthChartArea  *area,
                                            double                  x,
                                            double                  y,
                                            guint                  *series,
                                            guint                  *index);

/* Reduction */

/* Indices [*first, *end) of the points with t0 <= t <= t1, plus one point
 * on each side when there is one (lines continue off the edges).
 * O(log n). */
void      hearth_chart_find_visible        (const HearthChartPoint *points,
                                            guint                   n_points,
                                            gint64                  t0,
                                            gint64                  t1,
                                            guint                  *first,
                                            guint                  *end);

/* Appends to @out (a GArray of HearthChartPoint) the visible points
 * reduced to pixel columns: per column the first, lowest, highest and
 * last point, in time order, each once. With at most two points per
 * column on average the visible points pass through unchanged. Output:
 * at most 4 × @n_columns + 2 points. Returns the number appended. */
guint     hearth_chart_reduce_minmax       (const HearthChartPoint *points,
                                            guint                   n_points,
                                            gint64                  t0,
                                            gint64                  t1,
                                            guint                   n_columns,
                                            GArray                 *out);

/* Largest-Triangle-Three-Buckets: appends @n_out points (or all of them if
 * there are fewer) that keep the shape of the line. */
guint     hearth_chart_reduce_lttb         (const HearthChartPoint *points,
                                            guint                   n_points,
                                            guint                   n_out,
                                            GArray                 *out);

/* Appends to @out one point per input point: the mean of the points in
 * the trailing window (t - @window_us, t]. */
void      hearth_chart_moving_average      (const HearthChartPoint *points,
                                            guint                   n_points,
                                            gint64                  window_us,
                                            GArray                 *out);

/* Summaries of long ranges */

typedef struct
{
  gint64 t;       /* the middle of the bucket */
  gint64 start;   /* the bucket: [start, end) */
  gint64 end;
  double mean;
  double min;
  double max;
  guint  n;
} HearthChartBucket;

/* The bucket a summary of @n_visible points over @pixels uses: the first
 * of a day, a week and 30 days that leaves at least @spacing pixels per
 * bucket over [t0, t1] (30 days if none does). */
gint64    hearth_chart_summary_bucket      (gint64                  t0,
                                            gint64                  t1,
                                            double                  pixels,
                                            double                  spacing);

/* Appends to @out (a GArray of HearthChartBucket) one bucket per span of
 * @bucket_us (whole days) that has finite values among @points with
 * t0 <= t <= t1. Buckets are runs of local days in @tz (NULL: UTC)
 * counted from a fixed origin (weeks start on Monday), so they do not
 * move when the range pans. Returns the number appended. */
guint     hearth_chart_summarize           (const HearthChartPoint *points,
                                            guint                   n_points,
                                            gint64                  t0,
                                            gint64                  t1,
                                            gint64                  bucket_us,
                                            GTimeZone              *tz,
                                            GArray                 *out);

/* The least-squares line through the finite points with t0 <= t <= t1:
 * its values at @t0 and @t1. FALSE with fewer than two such points. */
gboolean  hearth_chart_trend               (const HearthChartPoint *points,
                                            guint                   n_points,
                                            gint64                  t0,
                                            gint64                  t1,
                                            double                 *v0,
                                            double                 *v1);

/* Picks with the panels of the last draw: the visible point nearest to
 * (@x, @y), each series measured in its own panel. */
gboolean  hearth_chart_pick_stats          (const HearthChart      *chart,
                                            const HearthChartStats *stats,
                                            double                  x,
                                            double                  y,
                                            guint                  *series,
                                            guint                  *index);

/* Ticks */

typedef struct
{
  gint64  t;
  char   *label;
} HearthChartTimeTick;

typedef struct
{
  double  v;
  char   *label;
} HearthChartValueTick;

/* Time ticks in @tz (NULL: local) that fit @pixels with labels measured in
 * @style's font: hours, days, weeks, months, quarters or years. Returns a
 * GArray of HearthChartTimeTick that frees its labels. */
GArray   *hearth_chart_time_ticks          (gint64                  t0,
                                            gint64                  t1,
                                            GTimeZone              *tz,
                                            const HearthChartStyle *style,
                                            double                  pixels);

/* Ticks at 1, 2 or 5 × 10^k, at least @min_spacing pixels apart over
 * @pixels. Returns a GArray of HearthChartValueTick that frees its labels. */
GArray   *hearth_chart_value_ticks         (double                  v_min,
                                            double                  v_max,
                                            double                  pixels,
                                            double                  min_spacing);

/* The nice step (1, 2 or 5 × 10^k) for at most @max_ticks intervals. */
double    hearth_chart_nice_step           (double                  span,
                                            guint                   max_ticks);

/* Bands */

/* Whether @band is drawn in @chart: its series (if any) is one of the
 * chart's. */
gboolean  hearth_chart_band_applies        (const HearthChart      *chart,
                                            const HearthChartBand  *band);

/* Accessible summary */

/* A translated paragraph describing the visible range: for each series
 * its latest, average, lowest and highest value and its trend (rising,
 * falling or steady: the least-squares change over the range against
 * @steady_change, in the series' unit). Values go through @format. */
char     *hearth_chart_describe            (const HearthChart      *chart,
                                            HearthChartFormatFunc   format,
                                            gpointer                user_data,
                                            double                  steady_change);

G_END_DECLS
