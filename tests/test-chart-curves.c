/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-chart.h"

/* Reference curves (HearthChartCurve, a growth chart's percentiles): drawn
 * where their values are, in their series' panel, inside the value range,
 * labelled right of the plot, never picked. */

#define DAY G_TIME_SPAN_DAY
/* 2024-01-01T00:00:00Z */
#define T_2024 (G_GINT64_CONSTANT (1704067200) * G_USEC_PER_SEC)

static double
luminance_at (cairo_surface_t *surface,
              double           x,
              double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 argb;

  cairo_surface_flush (surface);
  argb = *(const guint32 *) (const void *) (data + (int) floor (y) * stride + (int) floor (x) * 4);
  return (((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff)) / (3 * 255.0);
}

/* Whether something darker than the light background is within a pixel of
 * (@x, @y): a thin antialiased line. */
static gboolean
inked_near (cairo_surface_t *surface,
            double           x,
            double           y)
{
  for (int dy = -1; dy <= 1; dy++)
    if (luminance_at (surface, x, y + dy) < 0.85)
      return TRUE;
  return FALSE;
}

/* The share of the plot's columns with ink within a pixel of the curve
 * v(t): the line is there (solid: nearly all; dashed: more than a third). */
static double
share_on_curve (cairo_surface_t       *surface,
                const HearthChartArea *area,
                double                 (*value_at) (gint64 t))
{
  guint hit = 0, n = 0;

  for (double x = ceil (area->x) + 2.5; x < area->x + area->width - 2; x++, n++)
    {
      gint64 t = hearth_chart_x_to_time (area, x);

      hit += inked_near (surface, x, hearth_chart_value_to_y (area, value_at (t)));
    }
  return (double) hit / n;
}

static cairo_surface_t *
render (const HearthChart      *chart,
        const HearthChartStyle *style,
        int                     width,
        int                     height,
        HearthChartStats       *stats)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  hearth_chart_draw (cr, chart, style, width, height, stats);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* A curve rising from 100 to 130 over the 90 days, one point a day; the
 * median of three. */
#define N_CURVE_POINTS 91

static double
rising (gint64 t)
{
  return 100 + 30 * (double) (t - T_2024) / (double) (90 * DAY);
}

static double
rising_low (gint64 t)
{
  return rising (t) - 12;
}

static HearthChartPoint *
curve_points (double (*value_at) (gint64 t))
{
  HearthChartPoint *points = g_new (HearthChartPoint, N_CURVE_POINTS);

  for (guint i = 0; i < N_CURVE_POINTS; i++)
    points[i] = (HearthChartPoint) { T_2024 + i * DAY, value_at (T_2024 + i * DAY) };
  return points;
}

static void
test_curves_drawn (void)
{
  static const HearthChartPoint child[] = {
    { T_2024 + 30 * DAY, 108 },
    { T_2024 + 60 * DAY, 117 },
  };
  g_autofree HearthChartPoint *median = curve_points (rising);
  g_autofree HearthChartPoint *low = curve_points (rising_low);
  HearthChartCurve curves[2] = {
    { low, N_CURVE_POINTS, "3rd", FALSE, 0 },
    { median, N_CURVE_POINTS, "50th", TRUE, 0 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  guint series, index;

  hearth_chart_init (&chart);
  chart.t0 = T_2024;
  chart.t1 = T_2024 + 90 * DAY;
  chart.tz = g_time_zone_new_utc ();
  hearth_chart_add_series (&chart, child, G_N_ELEMENTS (child), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS | HEARTH_CHART_SERIES_LINE, "Height");
  chart.curves = curves;
  chart.n_curves = G_N_ELEMENTS (curves);
  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 640, 320, &stats);

  /* The range holds the curves, not only the child's 108-117. */
  g_assert_cmpfloat (stats.area.v_min, <=, 88);
  g_assert_cmpfloat (stats.area.v_max, >=, 130);
  /* Only the series' points count as data; the curves were drawn. */
  g_assert_cmpuint (stats.points_drawn, ==, 2);
  g_assert_cmpuint (stats.curve_points_drawn, >=, N_CURVE_POINTS);

  /* Each curve where its values are: the median solid, the 3rd dashed. */
  g_assert_cmpfloat (share_on_curve (surface, &stats.area, rising), >, 0.9);
  g_assert_cmpfloat (share_on_curve (surface, &stats.area, rising_low), >, 0.35);
  g_assert_cmpfloat (share_on_curve (surface, &stats.area, rising_low), <, 0.9);

  /* Labelled in the margin right of the plot, at the curve's last value. */
  g_assert_cmpfloat (stats.curve_label_x, >=, stats.frame_x + stats.frame_width);
  g_assert_cmpfloat (stats.curve_label_x, <, 640);
  g_assert_cmpfloat_with_epsilon (stats.curve_label_y[1], hearth_chart_value_to_y (&stats.area, 130), 0.01);
  g_assert_cmpfloat_with_epsilon (stats.curve_label_y[0], hearth_chart_value_to_y (&stats.area, 118), 0.01);
  {
    gboolean inked = FALSE;

    for (double x = stats.curve_label_x; x < stats.curve_label_x + 20; x++)
      inked = inked || inked_near (surface, x, stats.curve_label_y[1]);
    g_assert_true (inked);
  }

  /* A pick on a curve finds the child's nearest point, never the curve. */
  g_assert_true (hearth_chart_pick_stats (&chart, &stats, hearth_chart_time_to_x (&stats.area, T_2024 + 85 * DAY),
                                          hearth_chart_value_to_y (&stats.area, rising (T_2024 + 85 * DAY)),
                                          &series, &index));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (index, ==, 1);

  cairo_surface_destroy (surface);
  g_time_zone_unref (chart.tz);
}

static double
flat_110 (gint64 t)
{
  return 110;
}

static double
flat_110_2 (gint64 t)
{
  return 110.2;
}

/* Labels that would overlap are left out; a curve with its own series goes
 * in that series' panel. */
static void
test_curve_labels_and_panels (void)
{
  static const HearthChartPoint bmi[] = { { T_2024 + 10 * DAY, 16 }, { T_2024 + 50 * DAY, 17 } };
  static const HearthChartPoint height[] = { { T_2024 + 10 * DAY, 109 }, { T_2024 + 50 * DAY, 111 } };
  static const HearthChartBand bands[] = { { 14, 18, HEARTH_CHART_BAND_ROLE_NORMAL, "Normal", 0 } };
  g_autofree HearthChartPoint *a = curve_points (flat_110);
  g_autofree HearthChartPoint *b = curve_points (flat_110_2);
  HearthChartCurve curves[2] = {
    { a, N_CURVE_POINTS, "50th", TRUE, 1 },
    { b, N_CURVE_POINTS, "51st", FALSE, 1 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  const HearthChartArea *height_panel;

  hearth_chart_init (&chart);
  chart.t0 = T_2024;
  chart.t1 = T_2024 + 90 * DAY;
  chart.tz = g_time_zone_new_utc ();
  hearth_chart_add_series (&chart, bmi, G_N_ELEMENTS (bmi), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, "BMI");
  hearth_chart_add_series (&chart, height, G_N_ELEMENTS (height), HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_POINTS, "Height");
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);
  chart.curves = curves;
  chart.n_curves = G_N_ELEMENTS (curves);
  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 640, 400, &stats);

  g_assert_cmpuint (stats.n_panels, ==, 2);
  g_assert_cmpuint (stats.series_panel[0], !=, stats.series_panel[1]);
  height_panel = &stats.panels[stats.series_panel[1]];
  /* In the height panel, whose range holds them; the BMI panel's does not. */
  g_assert_cmpfloat (height_panel->v_min, <=, 110);
  g_assert_cmpfloat (height_panel->v_max, >=, 110.2);
  g_assert_cmpfloat (stats.panels[stats.series_panel[0]].v_max, <, 100);
  g_assert_cmpfloat (share_on_curve (surface, height_panel, flat_110), >, 0.9);
  /* The second label would overlap the first: left out. */
  g_assert_true (isfinite (stats.curve_label_y[0]));
  g_assert_true (isnan (stats.curve_label_y[1]));
  g_assert_cmpfloat (stats.curve_label_y[0], >=, height_panel->y);
  g_assert_cmpfloat (stats.curve_label_y[0], <=, height_panel->y + height_panel->height);

  cairo_surface_destroy (surface);
  g_time_zone_unref (chart.tz);
}

/* Without curves nothing changes: no margin, no labels. */
static void
test_no_curves (void)
{
  static const HearthChartPoint points[] = { { T_2024 + 10 * DAY, 16 }, { T_2024 + 50 * DAY, 17 } };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;

  hearth_chart_init (&chart);
  chart.t0 = T_2024;
  chart.t1 = T_2024 + 90 * DAY;
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, "BMI");
  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 640, 320, &stats);
  g_assert_cmpuint (stats.curve_points_drawn, ==, 0);
  g_assert_cmpfloat (stats.frame_x + stats.frame_width, >=, 640 - 8 - 1);
  for (guint c = 0; c < HEARTH_CHART_MAX_CURVES; c++)
    g_assert_true (isnan (stats.curve_label_y[c]));
  cairo_surface_destroy (surface);
}

static void
two_ticks (gint64    t0,
           gint64    t1,
           double    pixels,
           GArray   *ticks,
           gpointer  user_data)
{
  HearthChartTimeTick a = { t0 + 30 * DAY, g_strdup ("5 years") };
  HearthChartTimeTick b = { t0 + 60 * DAY, g_strdup ("6 years") };

  g_assert_cmpint (t0, ==, T_2024);
  g_assert_cmpfloat (pixels, >, 100);
  g_assert_true (user_data == (gpointer) two_ticks);
  g_array_append_val (ticks, a);
  g_array_append_val (ticks, b);
}

/* The caller's time ticks replace the dates: two ticks, drawn as grid lines
 * at their instants. */
static void
test_time_ticks_func (void)
{
  static const HearthChartPoint points[] = { { T_2024 + 10 * DAY, 16 }, { T_2024 + 80 * DAY, 17 } };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  double mid_y;

  hearth_chart_init (&chart);
  chart.t0 = T_2024;
  chart.t1 = T_2024 + 90 * DAY;
  chart.time_ticks = two_ticks;
  chart.time_ticks_data = (gpointer) two_ticks;
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, "BMI");
  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 640, 320, &stats);
  g_assert_cmpuint (stats.n_time_ticks, ==, 2);
  mid_y = stats.area.y + stats.area.height / 2;
  g_assert_cmpfloat (luminance_at (surface, floor (hearth_chart_time_to_x (&stats.area, T_2024 + 30 * DAY)) + 0.5, mid_y), <,
                     luminance_at (surface, floor (hearth_chart_time_to_x (&stats.area, T_2024 + 45 * DAY)) + 0.5, mid_y));
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/curves/drawn", test_curves_drawn);
  g_test_add_func ("/chart/curves/labels-and-panels", test_curve_labels_and_panels);
  g_test_add_func ("/chart/curves/none", test_no_curves);
  g_test_add_func ("/chart/curves/time-ticks-func", test_time_ticks_func);

  return g_test_run ();
}
