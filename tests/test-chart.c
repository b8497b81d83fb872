/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "hearth-chart.h"
#include "hearth-chart-private.h"

#define DAY G_TIME_SPAN_DAY
/* 2024-01-01T00:00:00Z */
#define T_2024 (G_GINT64_CONSTANT (1704067200) * G_USEC_PER_SEC)
#define COLOR_TOLERANCE (3.0 / 255.0)

typedef struct
{
  double r;
  double g;
  double b;
} Pixel;

static Pixel
get_pixel (cairo_surface_t *surface,
           double           x,
           double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 argb;

  cairo_surface_flush (surface);
  argb = *(const guint32 *) (const void *) (data + (int) floor (y) * stride + (int) floor (x) * 4);

  /* Opaque (the background is), so not premultiplied in effect. */
  return (Pixel) {
    ((argb >> 16) & 0xff) / 255.0,
    ((argb >> 8) & 0xff) / 255.0,
    (argb & 0xff) / 255.0,
  };
}

static gboolean
pixel_is (Pixel                  p,
          const HearthChartRgba *over,
          const HearthChartRgba *under)
{
  /* @over composited on an opaque @under. */
  double r = over->red * over->alpha + under->red * (1 - over->alpha);
  double g = over->green * over->alpha + under->green * (1 - over->alpha);
  double b = over->blue * over->alpha + under->blue * (1 - over->alpha);

  return fabs (p.r - r) <= COLOR_TOLERANCE &&
         fabs (p.g - g) <= COLOR_TOLERANCE &&
         fabs (p.b - b) <= COLOR_TOLERANCE;
}

/* The share of row @y of the plot that is @over on @under (grid lines and
 * labels cross a band in a few places). */
static double
row_share (cairo_surface_t       *surface,
           const HearthChartArea *area,
           double                 y,
           const HearthChartRgba *over,
           const HearthChartRgba *under)
{
  guint match = 0;
  guint n = 0;

  for (double x = ceil (area->x) + 0.5; x < area->x + area->width - 1; x++, n++)
    match += pixel_is (get_pixel (surface, x, y), over, under);

  return n > 0 ? (double) match / n : 0;
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

static char *
format_mmhg (double   value,
             gpointer user_data)
{
  return g_strdup_printf ("%.0f mmHg", value);
}

static GTimeZone *
utc (void)
{
  static GTimeZone *tz;

  if (tz == NULL)
    tz = g_time_zone_new_utc ();

  return tz;
}

static void
init_chart (HearthChart *chart,
            guint        days)
{
  hearth_chart_init (chart);
  chart->t0 = T_2024;
  chart->t1 = T_2024 + days * DAY;
  chart->tz = utc ();
}

/* Ticks */

static void
test_nice_step (void)
{
  g_assert_cmpfloat (hearth_chart_nice_step (100, 5), ==, 20);
  g_assert_cmpfloat (hearth_chart_nice_step (100, 10), ==, 10);
  g_assert_cmpfloat (hearth_chart_nice_step (93, 4), ==, 50);
  g_assert_cmpfloat (hearth_chart_nice_step (3, 6), ==, 0.5);
  g_assert_cmpfloat_with_epsilon (hearth_chart_nice_step (0.3, 3), 0.1, 1e-12);
  g_assert_cmpfloat (hearth_chart_nice_step (7, 1), ==, 10);
}

static void
test_value_ticks (void)
{
  static const double ranges[][2] = {
    { 60, 160 }, { 68.3, 74.9 }, { 0, 1 }, { -5, 5 }, { 3.9, 10.0 }, { 1200, 98000 },
  };

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      g_autoptr(GArray) ticks = hearth_chart_value_ticks (ranges[r][0], ranges[r][1], 400, 40);

      g_assert_cmpuint (ticks->len, >=, 2);
      g_assert_cmpuint (ticks->len, <=, 11);

      for (guint i = 0; i < ticks->len; i++)
        {
          const HearthChartValueTick *tick = &g_array_index (ticks, HearthChartValueTick, i);
          double mantissa;

          g_assert_cmpfloat (tick->v, >=, ranges[r][0] - 1e-9);
          g_assert_cmpfloat (tick->v, <=, ranges[r][1] + 1e-9);
          g_assert_nonnull (tick->label);
          g_assert_cmpstr (tick->label, !=, "-0");
          if (i > 0)
            g_assert_cmpfloat (tick->v, >, g_array_index (ticks, HearthChartValueTick, i - 1).v);

          /* Multiples of 1, 2 or 5 × 10^k. */
          if (i == 1)
            {
              double step = tick->v - g_array_index (ticks, HearthChartValueTick, 0).v;

              mantissa = step / pow (10, floor (log10 (step) + 1e-9));
              g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 ||
                             fabs (mantissa - 5) < 1e-6);
            }
        }
    }
}

static void
check_time_ticks (gint64                  t0,
                  gint64                  t1,
                  GTimeZone              *tz,
                  const HearthChartStyle *style,
                  double                  pixels)
{
  g_autoptr(GArray) ticks = hearth_chart_time_ticks (t0, t1, tz, style, pixels);

  g_test_message ("range %" G_GINT64_FORMAT " days at %.0f px: %u ticks, first %s",
                  (t1 - t0) / DAY, pixels, ticks->len,
                  ticks->len ? g_array_index (ticks, HearthChartTimeTick, 0).label : "-");

  g_assert_cmpuint (ticks->len, >=, 3);
  g_assert_cmpuint (ticks->len, <=, 12);

  for (guint i = 0; i < ticks->len; i++)
    {
      const HearthChartTimeTick *tick = &g_array_index (ticks, HearthChartTimeTick, i);

      g_assert_cmpint (tick->t, >=, t0);
      g_assert_cmpint (tick->t, <=, t1);
      g_assert_nonnull (tick->label);
      g_assert_cmpstr (tick->label, !=, "");
      if (i > 0)
        g_assert_cmpint (tick->t, >, g_array_index (ticks, HearthChartTimeTick, i - 1).t);
    }
}

static void
test_time_ticks (void)
{
  static const guint days[] = { 7, 30, 90, 365, 3652 };
  static const double widths[] = { 300, 600, 1200 };
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  GTimeZone *zones[] = { utc (), berlin };
  HearthChartStyle style;

  hearth_chart_style_init_light (&style);

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      if (zones[z] == NULL)
        continue;
      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        {
          for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
            {
              /* A range ending now-ish, at an odd time of day. */
              gint64 t1 = T_2024 + 3 * DAY / 7;

              check_time_ticks (t1 - days[d] * DAY, t1, zones[z], &style, widths[w]);
            }
        }
    }
}

static void
test_time_ticks_midnight (void)
{
  HearthChartStyle style;
  g_autoptr(GArray) ticks = NULL;

  hearth_chart_style_init_light (&style);

  /* A week at a width with room for every day: ticks at UTC midnight. */
  ticks = hearth_chart_time_ticks (T_2024, T_2024 + 7 * DAY, utc (), &style, 1000);
  g_assert_cmpuint (ticks->len, ==, 8);
  for (guint i = 0; i < ticks->len; i++)
    g_assert_cmpint (g_array_index (ticks, HearthChartTimeTick, i).t, ==, T_2024 + i * DAY);
  g_assert_cmpstr (g_array_index (ticks, HearthChartTimeTick, 0).label, ==, "1 Jan");
}

/* Drawing */

static void
test_draw_band_color (void)
{
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  HearthChartBand bands[] = {
    { -INFINITY, 120, HEARTH_CHART_BAND_ROLE_NORMAL, "Normal", -1 },
    { 120, 130, HEARTH_CHART_BAND_ROLE_ELEVATED, "Elevated", -1 },
    { 130, INFINITY, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "High", -1 },
  };
  cairo_surface_t *surface;
  double x;

  init_chart (&chart, 90);
  chart.fixed_range = TRUE;
  chart.v_min = 100;
  chart.v_max = 150;
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 800, 400, &stats);

  /* Off the gridlines (multiples of 5 at most) and left of the band
   * labels. */
  x = stats.area.x + stats.area.width * 0.3 + 0.5;
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (&stats.area, 123.3)),
                           &style.bands[HEARTH_CHART_BAND_ROLE_ELEVATED], &style.background));
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (&stats.area, 107.7)),
                           &style.bands[HEARTH_CHART_BAND_ROLE_NORMAL], &style.background));
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (&stats.area, 143.3)),
                           &style.bands[HEARTH_CHART_BAND_ROLE_VERY_HIGH], &style.background));

  cairo_surface_destroy (surface);
}

/* Every role has its own colour, severity by severity. */
static void
test_band_roles (void)
{
  HearthChartStyle styles[2];

  hearth_chart_style_init_light (&styles[0]);
  hearth_chart_style_init_dark (&styles[1]);

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint a = 0; a < HEARTH_CHART_N_BAND_ROLES; a++)
      {
        g_assert_cmpfloat (styles[s].bands[a].alpha, >, 0);
        g_assert_cmpfloat (styles[s].bands[a].alpha, <, 0.5);
        for (guint b = a + 1; b < HEARTH_CHART_N_BAND_ROLES; b++)
          g_assert_false (memcmp (&styles[s].bands[a], &styles[s].bands[b], sizeof (HearthChartRgba)) == 0);
      }
}

/* A band may belong to one series: drawn (in that series' own panel)
 * while the chart has that series, left out of drawing and value range
 * when it has not. */
static void
test_draw_band_series (void)
{
  HearthChartPoint points[] = {
    { T_2024 + 10 * DAY, 110 },
    { T_2024 + 50 * DAY, 116 },
  };
  HearthChartBand bands[] = {
    { -INFINITY, 100, HEARTH_CHART_BAND_ROLE_NORMAL, "Low", -1 },
    { 118, INFINITY, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "High", 1 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  const HearthChartArea *area;
  cairo_surface_t *surface;
  double y;

  hearth_chart_style_init_light (&style);
  init_chart (&chart, 90);
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, NULL);

  g_assert_true (hearth_chart_band_applies (&chart, &bands[0]));
  g_assert_false (hearth_chart_band_applies (&chart, &bands[1]));

  /* Only series 0: the band of series 1 is not there, and its edge at
   * 118 does not pull the range up (the data ends at 116). */
  surface = render (&chart, &style, 800, 400, &stats);
  g_assert_cmpfloat (stats.area.v_max, <, 118);
  y = stats.area.y + 2.5;
  g_assert_cmpfloat (row_share (surface, &stats.area, y, &style.background, &style.background), >, 0.8);
  cairo_surface_destroy (surface);

  /* With a second series the band is drawn, in that series' panel, and
   * its edge is in that panel's range. */
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_POINTS, NULL);
  g_assert_true (hearth_chart_band_applies (&chart, &bands[1]));
  surface = render (&chart, &style, 800, 400, &stats);
  g_assert_cmpuint (stats.n_panels, ==, 2);
  area = &stats.panels[stats.series_panel[1]];
  g_assert_cmpfloat (area->v_max, >=, 118);
  y = floor (hearth_chart_value_to_y (area, 118)) - 2.5;
  g_assert_cmpfloat (row_share (surface, area, y, &style.bands[HEARTH_CHART_BAND_ROLE_VERY_HIGH],
                                &style.background), >, 0.8);
  /* Not in the panel of series 0. */
  area = &stats.panels[stats.series_panel[0]];
  g_assert_cmpfloat (row_share (surface, area, area->y + 2.5, &style.background, &style.background), >, 0.8);
  cairo_surface_destroy (surface);
}

/* The newest reading sits on the right edge of the range (and the oldest
 * on the left): both markers are drawn whole, not cut by the plot. */
static void
test_draw_right_edge (void)
{
  HearthChartPoint points[] = {
    { T_2024, 120 },
    { T_2024 + 15 * DAY, 130 },
    { T_2024 + 30 * DAY, 125 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;

  hearth_chart_style_init_light (&style);
  init_chart (&chart, 30);
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, NULL);
  surface = render (&chart, &style, 640, 320, &stats);

  for (guint i = 0; i < G_N_ELEMENTS (points); i += 2)
    {
      double x = hearth_chart_time_to_x (&stats.area, points[i].t);
      double y = hearth_chart_value_to_y (&stats.area, points[i].v);

      /* Inside the marker, just short of its outer edge on both sides. */
      g_assert_true (pixel_is (get_pixel (surface, x + style.point_radius - 1.5, y),
                               &style.series[0], &style.background));
      g_assert_true (pixel_is (get_pixel (surface, x - style.point_radius + 1.5, y),
                               &style.series[0], &style.background));
    }

  cairo_surface_destroy (surface);
}

/* Issue 7: each series is read against its own bands. A diastolic of 95
 * (stage 2 by its own thresholds) sits in the red band of the diastolic
 * panel, not in the systolic "Normal" band that covers 95 mmHg. */
static void
test_draw_band_own_series (void)
{
  HearthChartPoint systolic[] = {
    { T_2024 + 10 * DAY, 118 },
    { T_2024 + 50 * DAY, 150 },
  };
  HearthChartPoint diastolic[] = {
    { T_2024 + 10 * DAY, 76 },
    { T_2024 + 50 * DAY, 95 },
  };
  HearthChartBand bands[] = {
    { -INFINITY, 120, HEARTH_CHART_BAND_ROLE_NORMAL, "Normal", 0 },
    { 120, 130, HEARTH_CHART_BAND_ROLE_ELEVATED, "Elevated", 0 },
    { 130, 140, HEARTH_CHART_BAND_ROLE_HIGH, "Stage 1", 0 },
    { 140, INFINITY, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "Stage 2", 0 },
    { -INFINITY, 80, HEARTH_CHART_BAND_ROLE_NORMAL, "Normal", 1 },
    { 80, 90, HEARTH_CHART_BAND_ROLE_HIGH, "Stage 1", 1 },
    { 90, INFINITY, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "Stage 2", 1 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  const HearthChartArea *sys;
  const HearthChartArea *dia;
  cairo_surface_t *surface;
  double x;

  hearth_chart_style_init_light (&style);
  init_chart (&chart, 90);
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);
  chart.show_legend = TRUE;
  hearth_chart_add_series (&chart, systolic, G_N_ELEMENTS (systolic), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, "Systolic");
  hearth_chart_add_series (&chart, diastolic, G_N_ELEMENTS (diastolic), HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_POINTS, "Diastolic");
  surface = render (&chart, &style, 800, 400, &stats);

  g_assert_cmpuint (stats.n_panels, ==, 2);
  g_assert_cmpuint (stats.series_panel[0], !=, stats.series_panel[1]);
  sys = &stats.panels[stats.series_panel[0]];
  dia = &stats.panels[stats.series_panel[1]];
  /* Stacked, not overlapping. */
  g_assert_true (sys->y + sys->height <= dia->y || dia->y + dia->height <= sys->y);

  /* Beside each point (off its marker and the grid lines): the band of
   * its own category. */
  x = hearth_chart_time_to_x (dia, diastolic[1].t) + 3 * style.point_radius + 0.5;
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (dia, 95) + 0.5),
                           &style.bands[HEARTH_CHART_BAND_ROLE_VERY_HIGH], &style.background));
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (dia, 76.5) + 0.5),
                           &style.bands[HEARTH_CHART_BAND_ROLE_NORMAL], &style.background));
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (sys, 117.5) + 0.5),
                           &style.bands[HEARTH_CHART_BAND_ROLE_NORMAL], &style.background));
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (sys, 146.5) + 0.5),
                           &style.bands[HEARTH_CHART_BAND_ROLE_VERY_HIGH], &style.background));

  /* The legend names each series and each band colour once. */
  {
    guint n_series = 0;
    guint n_bands = 0;

    for (guint i = 0; i < stats.n_legend; i++)
      {
        n_series += stats.legend[i].kind == HEARTH_CHART_LEGEND_SERIES;
        n_bands += stats.legend[i].kind == HEARTH_CHART_LEGEND_BAND;
      }
    g_assert_cmpuint (n_series, ==, 2);
    g_assert_cmpuint (n_bands, ==, 4);
    g_assert_cmpuint (stats.legend_dropped, ==, 0);
  }

  /* Picking measures each series in its own panel. */
  {
    guint series;
    guint index;

    g_assert_true (hearth_chart_pick_stats (&chart, &stats, hearth_chart_time_to_x (dia, diastolic[1].t),
                                            hearth_chart_value_to_y (dia, 95), &series, &index));
    g_assert_cmpuint (series, ==, 1);
    g_assert_cmpuint (index, ==, 1);
  }

  cairo_surface_destroy (surface);
}

/* The local day number of @t in @tz, the slow way. */
static gint64
brute_day (gint64     t,
           GTimeZone *tz)
{
  g_autoptr(GDateTime) utc_dt = g_date_time_new_from_unix_utc (t / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc_dt, tz);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  /* Julian day 719163 is 1970-01-01. */
  return (gint64) g_date_get_julian (&date) - 719163;
}

/* Issue 7: the summary of a long range is computed from the same data:
 * every bucket's count, mean, lowest and highest match a brute-force pass
 * over the readings, by local day, Monday week or 30-day run. */
static void
test_summary_mean (void)
{
  const guint n = 3 * 365 * 2;
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Taipei");
  const gint64 buckets[] = { DAY, 7 * DAY, 30 * DAY };
  gint64 t = T_2024 - 3 * 365 * DAY;
  gint64 t0;
  gint64 t1;

  g_assert_nonnull (tz);
  for (guint i = 0; i < n; i++)
    {
      /* Twice a day at uneven hours, a few days missed, one NAN. */
      t += (i % 2 ? 9 : 15) * G_TIME_SPAN_HOUR + (gint64) g_rand_int_range (rand, 0, 3600) * G_USEC_PER_SEC;
      if (g_rand_int_range (rand, 0, 20) == 0)
        t += 2 * DAY;
      points[i].t = t;
      points[i].v = i == 100 ? NAN : 110 + g_rand_double_range (rand, 0, 50);
    }
  t0 = points[37].t - G_TIME_SPAN_HOUR;
  t1 = points[n - 40].t;

  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    {
      g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (HearthChartBucket));
      g_autoptr(GHashTable) sums = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      gint64 days = buckets[b] / DAY;
      guint total = 0;

      hearth_chart_summarize (points, n, t0, t1, buckets[b], tz, out);

      /* Brute force: key → { n, sum, min, max }. */
      for (guint i = 0; i < n; i++)
        {
          gint64 day;
          gint64 key;
          double *acc;

          if (points[i].t < t0 || points[i].t > t1 || !isfinite (points[i].v))
            continue;
          day = brute_day (points[i].t, tz) + (days == 7 ? 3 : 0);
          key = (gint64) floor ((double) day / days);
          acc = g_hash_table_lookup (sums, &key);
          if (acc == NULL)
            {
              acc = g_new0 (double, 4);
              acc[2] = INFINITY;
              acc[3] = -INFINITY;
              g_hash_table_insert (sums, g_memdup2 (&key, sizeof key), acc);
            }
          acc[0]++;
          acc[1] += points[i].v;
          acc[2] = MIN (acc[2], points[i].v);
          acc[3] = MAX (acc[3], points[i].v);
        }

      g_assert_cmpuint (out->len, ==, g_hash_table_size (sums));
      for (guint i = 0; i < out->len; i++)
        {
          const HearthChartBucket *bk = &g_array_index (out, HearthChartBucket, i);
          gint64 day = brute_day (bk->start + G_TIME_SPAN_HOUR, tz) + (days == 7 ? 3 : 0);
          gint64 key = (gint64) floor ((double) day / days);
          const double *acc = g_hash_table_lookup (sums, &key);

          g_assert_nonnull (acc);
          g_assert_cmpuint (bk->n, ==, (guint) acc[0]);
          g_assert_cmpfloat_with_epsilon (bk->mean, acc[1] / acc[0], 1e-9);
          g_assert_cmpfloat (bk->min, ==, acc[2]);
          g_assert_cmpfloat (bk->max, ==, acc[3]);
          g_assert_cmpint (bk->end - bk->start, ==, buckets[b]);
          g_assert_cmpint (bk->start, <, bk->t);
          g_assert_cmpint (bk->t, <, bk->end);
          if (i > 0)
            g_assert_cmpint (g_array_index (out, HearthChartBucket, i - 1).end, <=, bk->start);
          total += bk->n;
        }
      g_assert_cmpuint (total, >, n / 2);
    }
}

/* Issue 7: ten years of twice-daily readings are a mean line over a light
 * spread with a trend, not a solid block; zooming in draws the readings. */
static void
test_draw_summary (void)
{
  const guint n = 3652 * 2;
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  gboolean spread = FALSE;
  gboolean trend = FALSE;

  hearth_chart_init (&chart);
  chart.t1 = T_2024;
  chart.t0 = T_2024 - 3652 * DAY;
  chart.tz = utc ();
  chart.show_legend = TRUE;
  for (guint i = 0; i < n; i++)
    {
      points[i].t = chart.t0 + (gint64) i * (DAY / 2);
      /* Rising by 10 over the range, ±20 of noise. */
      points[i].v = 120 + 10.0 * i / n + g_rand_double_range (rand, -20, 20);
    }
  hearth_chart_add_series (&chart, points, n, HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, "Systolic");

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 800, 400, &stats);
  g_assert_cmpint (stats.summary_bucket[0], >=, 7 * DAY);
  /* One mean per bucket, not a column per pixel. */
  g_assert_cmpuint (stats.points_drawn, <=, 3652 / 7 + 2);
  for (guint i = 0; i < stats.n_legend; i++)
    {
      spread = spread || stats.legend[i].kind == HEARTH_CHART_LEGEND_SPREAD;
      trend = trend || stats.legend[i].kind == HEARTH_CHART_LEGEND_TREND;
    }
  g_assert_true (spread);
  g_assert_true (trend);

  /* Far from the mean (around 125) but inside the spread (±20): the light
   * band, not the series' solid colour. */
  {
    double x = stats.area.x + stats.area.width / 2 + 0.5;
    double y = hearth_chart_value_to_y (&stats.area, 141);

    g_assert_false (pixel_is (get_pixel (surface, x, y), &style.series[0], &style.background));
    g_assert_false (pixel_is (get_pixel (surface, x, y), &style.background, &style.background));
  }
  cairo_surface_destroy (surface);

  /* Zoomed in to 60 days: every reading. */
  chart.t0 = T_2024 - 60 * DAY;
  surface = render (&chart, &style, 800, 400, &stats);
  g_assert_cmpint (stats.summary_bucket[0], ==, 0);
  g_assert_cmpuint (stats.points_drawn, >=, 120);
  cairo_surface_destroy (surface);
}

/* Issue 7: band labels never sit under the data: they are legend entries
 * above the plot, each inside the drawing, none overlapping another, in
 * a long language and at 360 px; what does not fit is left out whole. */
static void
test_draw_legend_labels (void)
{
  const int widths[] = { 800, 360, 200 };
  HearthChartPoint points[40];
  HearthChartBand bands[] = {
    { -INFINITY, 120, HEARTH_CHART_BAND_ROLE_NORMAL, "Normaler Blutdruck", 0 },
    { 120, 130, HEARTH_CHART_BAND_ROLE_ELEVATED, "Erhöhter Blutdruck", 0 },
    { 130, 140, HEARTH_CHART_BAND_ROLE_HIGH, "Bluthochdruck Stufe 1", 0 },
    { 140, 180, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "Bluthochdruck Stufe 2", 0 },
    { 180, INFINITY, HEARTH_CHART_BAND_ROLE_SEVERE, "Hypertensive Krise", 0 },
  };
  HearthChart chart;
  HearthChartStyle style;

  hearth_chart_style_init_light (&style);
  init_chart (&chart, 40);
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);
  chart.show_legend = TRUE;
  chart.has_goal = TRUE;
  chart.goal = 125;
  chart.goal_label = "Zielwert 125 mmHg";
  /* A line through every band. */
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    points[i] = (HearthChartPoint) { T_2024 + i * DAY, 105 + (i % 5) * 20 };
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, "Systolischer Druck");

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      HearthChartStats stats;
      cairo_surface_t *surface = render (&chart, &style, widths[w], 320, &stats);
      guint n_bands = 0;

      g_assert_cmpuint (stats.n_legend + stats.legend_dropped, ==, 1 + 1 + G_N_ELEMENTS (bands));
      for (guint i = 0; i < stats.n_legend; i++)
        {
          const HearthChartLegendItem *a = &stats.legend[i];

          n_bands += a->kind == HEARTH_CHART_LEGEND_BAND;
          g_assert_cmpfloat (a->x, >=, 0);
          g_assert_cmpfloat (a->x + a->width, <=, widths[w]);
          g_assert_cmpfloat (a->y, >=, 0);
          /* Above every panel: nothing of the data path is under it. */
          for (guint p = 0; p < stats.n_panels; p++)
            g_assert_cmpfloat (a->y + a->height, <=, stats.panels[p].y);
          for (guint j = 0; j < G_N_ELEMENTS (points); j++)
            {
              double px = hearth_chart_time_to_x (&stats.area, points[j].t);
              double py = hearth_chart_value_to_y (&stats.area, points[j].v);

              g_assert_false (px >= a->x && px <= a->x + a->width && py >= a->y && py <= a->y + a->height);
            }
          for (guint j = i + 1; j < stats.n_legend; j++)
            {
              const HearthChartLegendItem *b = &stats.legend[j];

              g_assert_false (a->x < b->x + b->width && b->x < a->x + a->width &&
                              a->y < b->y + b->height && b->y < a->y + a->height);
            }
        }
      if (widths[w] >= 360)
        {
          g_assert_cmpuint (n_bands, ==, G_N_ELEMENTS (bands));
          g_assert_cmpuint (stats.legend_dropped, ==, 0);
        }
      cairo_surface_destroy (surface);
    }
}

/* Series with the same thresholds (after-meal and other glucose readings
 * both get low glucose only) share one panel, its bands drawn once. */
static void
test_draw_band_same_series (void)
{
  HearthChartPoint a[] = { { T_2024 + 10 * DAY, 9.0 }, { T_2024 + 50 * DAY, 11.0 } };
  HearthChartPoint b[] = { { T_2024 + 20 * DAY, 6.0 }, { T_2024 + 60 * DAY, 8.0 } };
  HearthChartBand bands[] = {
    { -INFINITY, 3.0, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "Low, level 2", 0 },
    { 3.0, 3.9, HEARTH_CHART_BAND_ROLE_HIGH, "Low, level 1", 0 },
    { -INFINITY, 3.0, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "Low, level 2", 1 },
    { 3.0, 3.9, HEARTH_CHART_BAND_ROLE_HIGH, "Low, level 1", 1 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  double x;

  hearth_chart_style_init_light (&style);
  init_chart (&chart, 90);
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);
  chart.fixed_range = TRUE;
  chart.v_min = 2;
  chart.v_max = 12;
  hearth_chart_add_series (&chart, a, G_N_ELEMENTS (a), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, "After a meal");
  hearth_chart_add_series (&chart, b, G_N_ELEMENTS (b), HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_POINTS, "Other");
  surface = render (&chart, &style, 800, 400, &stats);

  g_assert_cmpuint (stats.n_panels, ==, 1);
  g_assert_cmpuint (stats.series_panel[0], ==, stats.series_panel[1]);
  /* Once: the band's own colour, not twice as strong. */
  x = stats.area.x + stats.area.width * 0.8 + 0.5;
  g_assert_true (pixel_is (get_pixel (surface, x, hearth_chart_value_to_y (&stats.area, 3.45)),
                           &style.bands[HEARTH_CHART_BAND_ROLE_HIGH], &style.background));

  /* Different thresholds: a panel each. */
  bands[3].lo = 3.1;
  cairo_surface_destroy (surface);
  surface = render (&chart, &style, 800, 400, &stats);
  g_assert_cmpuint (stats.n_panels, ==, 2);
  cairo_surface_destroy (surface);
}

static void
test_draw_series_point (void)
{
  static const HearthChartPoint points[] = {
    { T_2024 + 10 * DAY, 118 },
    { T_2024 + 40 * DAY + 9 * G_TIME_SPAN_HOUR, 142 },
    { T_2024 + 70 * DAY, 127 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  HearthChartArea area;
  cairo_surface_t *surface;

  init_chart (&chart, 90);
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points),
                           HEARTH_CHART_ROLE_SERIES_1, HEARTH_CHART_SERIES_POINTS, "Systolic");

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 640, 320, &stats);
  g_assert_cmpuint (stats.points_drawn, ==, 3);

  /* compute_area() agrees with what was drawn. */
  hearth_chart_compute_area (&chart, &style, 640, 320, &area);
  g_assert_cmpmem (&area, sizeof area, &stats.area, sizeof stats.area);

  /* The automatic range holds the data. */
  g_assert_cmpfloat (area.v_min, <=, 118);
  g_assert_cmpfloat (area.v_max, >=, 142);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      double x = hearth_chart_time_to_x (&area, points[i].t);
      double y = hearth_chart_value_to_y (&area, points[i].v);

      g_assert_true (pixel_is (get_pixel (surface, x, y), &style.series[0], &style.background));
    }

  cairo_surface_destroy (surface);
}

static void
test_draw_goal (void)
{
  static const HearthChartPoint points[] = {
    { T_2024 + 1 * DAY, 80 },
    { T_2024 + 20 * DAY, 78 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  double y;
  guint hits = 0;

  init_chart (&chart, 30);
  chart.has_goal = TRUE;
  chart.goal = 70;
  chart.goal_label = "Goal 70 kg";
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points),
                           HEARTH_CHART_ROLE_SERIES_1, HEARTH_CHART_SERIES_LINE, "Weight");

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 600, 300, &stats);

  /* The range reaches down to the goal. */
  g_assert_cmpfloat (stats.area.v_min, <=, 70);

  y = hearth_chart_value_to_y (&stats.area, 70);
  for (double x = stats.area.x; x < stats.area.x + stats.area.width; x++)
    {
      if (pixel_is (get_pixel (surface, x, y), &style.goal, &style.background))
        hits++;
    }
  /* A dashed line: more than a third of the row. */
  g_assert_cmpuint (hits, >, stats.area.width / 3);

  cairo_surface_destroy (surface);
}

static void
test_draw_dark (void)
{
  HearthChart chart;
  HearthChartStyle style;
  cairo_surface_t *surface;
  Pixel p;

  init_chart (&chart, 7);

  hearth_chart_style_init_dark (&style);
  surface = render (&chart, &style, 400, 200, NULL);
  p = get_pixel (surface, 1, 1);
  g_assert_cmpfloat (0.2126 * p.r + 0.7152 * p.g + 0.0722 * p.b, <, 0.25);
  g_assert_true (pixel_is (p, &style.background, &style.background));

  cairo_surface_destroy (surface);
}

static HearthChartPoint *
ten_years (guint  *n,
           gint64 *t0,
           gint64 *t1)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  HearthChartPoint *points;

  *n = 3652 * 30;
  *t1 = T_2024;
  *t0 = *t1 - 3652 * DAY;
  points = g_new (HearthChartPoint, *n);

  for (guint i = 0; i < *n; i++)
    {
      points[i].t = *t0 + (gint64) i * (3652 * DAY / *n);
      points[i].v = 80 - 10.0 * i / *n + g_rand_double_range (rand, -1.5, 1.5);
    }

  return points;
}

static void
test_draw_bounded (void)
{
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  g_autoptr(GArray) average = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  g_autofree HearthChartPoint *points = NULL;
  cairo_surface_t *surface;
  guint n;
  const int width = 800;

  hearth_chart_init (&chart);
  points = ten_years (&n, &chart.t0, &chart.t1);
  chart.tz = utc ();
  hearth_chart_moving_average (points, n, 7 * DAY, average);
  hearth_chart_add_series (&chart, points, n, HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, "Weight");
  hearth_chart_add_series (&chart, (const HearthChartPoint *) (const void *) average->data,
                           average->len, HEARTH_CHART_ROLE_AVERAGE, HEARTH_CHART_SERIES_LINE,
                           "7-day average");

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, width, 400, &stats);

  g_assert_cmpuint (stats.points_visible, ==, 2 * n);
  /* Cost follows the width, not the data: at most four per column. */
  g_assert_cmpuint (stats.points_drawn, <=, chart.n_series * (4 * width + 2));
  g_assert_cmpuint (stats.points_drawn, >=, chart.n_series * stats.area.width);
  g_assert_cmpuint (stats.n_time_ticks, >=, 3);
  g_assert_cmpuint (stats.n_time_ticks, <=, 12);
  g_assert_cmpuint (stats.n_value_ticks, >=, 2);

  cairo_surface_destroy (surface);
}

/* A dense line (many readings per pixel column) is drawn as each column's
 * extent: a lone spike among ten years of steady readings is painted at its
 * column up to its value, the steady band is painted, and the empty space
 * above it is not. */
static void
test_draw_dense_line (void)
{
  const guint n = 3652 * 4;
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  const guint spike = n / 2;
  double spike_x, y;

  hearth_chart_init (&chart);
  chart.t1 = T_2024;
  chart.t0 = T_2024 - 3652 * DAY;
  chart.tz = utc ();
  chart.fixed_range = TRUE;
  chart.v_min = 60;
  chart.v_max = 160;
  for (guint i = 0; i < n; i++)
    {
      points[i].t = chart.t0 + (gint64) i * (3652 * DAY / n);
      points[i].v = 100 + g_rand_double_range (rand, -2, 2);
    }
  points[spike].v = 150;
  hearth_chart_add_series (&chart, points, n, HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE, "Systolic");
  /* Every reading, not the summary a range this dense gets. */
  chart.raw_only = TRUE;

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 800, 400, &stats);
  g_assert_cmpuint (stats.points_drawn, <=, 4 * 800 + 2);

  spike_x = floor (hearth_chart_time_to_x (&stats.area, points[spike].t)) + 0.5;
  /* The spike's column is painted from the band up to (just under) 150. */
  for (double v = 103; v <= 149; v += 2)
    {
      y = hearth_chart_value_to_y (&stats.area, v);
      g_assert_true (pixel_is (get_pixel (surface, spike_x, y), &style.series[0], &style.background));
    }
  /* Elsewhere the band around 100 is painted and 130 is not. */
  y = hearth_chart_value_to_y (&stats.area, 100);
  g_assert_true (pixel_is (get_pixel (surface, spike_x - 200, y), &style.series[0], &style.background));
  y = hearth_chart_value_to_y (&stats.area, 130);
  g_assert_false (pixel_is (get_pixel (surface, spike_x - 200, y), &style.series[0], &style.background));

  cairo_surface_destroy (surface);
}

static void
test_draw_narrow (void)
{
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  g_autofree HearthChartPoint *points = NULL;
  cairo_surface_t *surface;
  guint n;

  hearth_chart_init (&chart);
  points = ten_years (&n, &chart.t0, &chart.t1);
  chart.tz = utc ();
  chart.show_legend = TRUE;
  hearth_chart_add_series (&chart, points, n, HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE, "Weight");

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 360, 240, &stats);
  g_assert_cmpuint (stats.n_time_ticks, >=, 2);
  g_assert_cmpuint (stats.n_time_ticks, <=, 6);
  g_assert_cmpfloat (stats.area.width, >, 250);
  g_assert_cmpfloat (stats.area.x + stats.area.width, <=, 360);
  g_assert_cmpuint (stats.points_drawn, <=, 4 * 360 + 2);

  cairo_surface_destroy (surface);
}

static void
test_pick (void)
{
  HearthChartPoint points[200];
  HearthChartPoint other[50];
  HearthChart chart;
  HearthChartStyle style;
  HearthChartArea area;
  guint series = G_MAXUINT;
  guint index = G_MAXUINT;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    points[i] = (HearthChartPoint) { T_2024 + (gint64) i * DAY / 2, 120 + 10 * sin (i / 5.0) };
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    other[i] = (HearthChartPoint) { T_2024 + (gint64) i * 2 * DAY, 75 };

  init_chart (&chart, 100);
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_POINTS, NULL);
  hearth_chart_add_series (&chart, other, G_N_ELEMENTS (other), HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_POINTS, NULL);
  hearth_chart_style_init_light (&style);
  hearth_chart_compute_area (&chart, &style, 800, 400, &area);

  /* A little off point 77 of the first series. */
  g_assert_true (hearth_chart_pick (&chart, &area,
                                    hearth_chart_time_to_x (&area, points[77].t) + 1,
                                    hearth_chart_value_to_y (&area, points[77].v) - 2,
                                    &series, &index));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (index, ==, 77);

  /* Near the second series' line. */
  g_assert_true (hearth_chart_pick (&chart, &area,
                                    hearth_chart_time_to_x (&area, other[20].t),
                                    hearth_chart_value_to_y (&area, 75) + 3,
                                    &series, &index));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (index, ==, 20);

  /* Left of the plot: the first point. */
  g_assert_true (hearth_chart_pick (&chart, &area, 0, hearth_chart_value_to_y (&area, 120),
                                    &series, &index));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (index, ==, 0);

  /* Nothing in range, nothing picked. */
  chart.t0 = T_2024 + 500 * DAY;
  chart.t1 = T_2024 + 600 * DAY;
  hearth_chart_compute_area (&chart, &style, 800, 400, &area);
  g_assert_false (hearth_chart_pick (&chart, &area, 400, 200, &series, &index));
}

static void
test_draw_highlight (void)
{
  static const HearthChartPoint points[] = {
    { T_2024 + 1 * DAY, 121 },
    { T_2024 + 2 * DAY, 133 },
    { T_2024 + 3 * DAY, 128 },
  };
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;
  double x;
  double y;

  init_chart (&chart, 7);
  chart.highlight_series = 0;
  chart.highlight_index = 1;
  chart.format_value = format_mmhg;
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, "Systolic");

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 500, 300, &stats);

  /* The highlight ring, point_radius + 3 out from the point. */
  x = hearth_chart_time_to_x (&stats.area, points[1].t);
  y = hearth_chart_value_to_y (&stats.area, points[1].v);
  g_assert_true (pixel_is (get_pixel (surface, x, y + style.point_radius + 3),
                           &style.highlight, &style.background));

  cairo_surface_destroy (surface);
}

/* The highlight's label: the value (or the caller's text), then the local
 * date and time — or the date alone for values measured on a day. */
static void
test_highlight_label (void)
{
  static const HearthChartPoint points[] = {
    { T_2024 + 1 * DAY + 12 * G_TIME_SPAN_HOUR, 121 },
  };
  HearthChart chart;
  g_autofree char *with_time = NULL;
  g_autofree char *day_only = NULL;

  init_chart (&chart, 7);
  chart.format_value = format_mmhg;
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, "Systolic");
  chart.highlight_text = "101.5 cm";
  with_time = _hearth_chart_highlight_label (&chart, &chart.series[0], &points[0]);
  g_assert_cmpstr (with_time, ==, "101.5 cm\n2 Jan 2024, 12:00");
  chart.highlight_day_only = TRUE;
  day_only = _hearth_chart_highlight_label (&chart, &chart.series[0], &points[0]);
  g_assert_cmpstr (day_only, ==, "101.5 cm\n2 Jan 2024");
}

static void
test_draw_files (void)
{
  HearthChart chart;
  HearthChartStyle style;
  /* ACC/AHA 2017 systolic, home thresholds, as the GUI maps them. */
  const HearthChartBand bands[] = {
    { -INFINITY, 120, HEARTH_CHART_BAND_ROLE_NORMAL, "Normal", 0 },
    { 120, 130, HEARTH_CHART_BAND_ROLE_ELEVATED, "Elevated", 0 },
    { 130, 135, HEARTH_CHART_BAND_ROLE_HIGH, "Stage 1 hypertension", 0 },
    { 135, INFINITY, HEARTH_CHART_BAND_ROLE_VERY_HIGH, "Stage 2 hypertension", 0 },
  };
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, 180);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "test-chart.png", NULL);
  g_autofree char *pdf = g_test_build_filename (G_TEST_BUILT, "test-chart.pdf", NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  GStatBuf st;

  for (guint i = 0; i < 180; i++)
    points[i] = (HearthChartPoint) { T_2024 + (gint64) i * DAY / 2, 125 + 12 * sin (i / 9.0) };

  init_chart (&chart, 90);
  chart.show_legend = TRUE;
  chart.bands = bands;
  chart.n_bands = G_N_ELEMENTS (bands);
  hearth_chart_add_series (&chart, points, 180, HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, "Systolic");
  hearth_chart_style_init_light (&style);

  surface = render (&chart, &style, 800, 400, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpint (g_stat (png, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 8000);

  surface = cairo_pdf_surface_create (pdf, 800, 400);
  cr = cairo_create (surface);
  hearth_chart_draw (cr, &chart, &style, 800, 400, NULL);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
}

static void
test_draw_empty (void)
{
  HearthChart chart;
  HearthChartStyle style;
  HearthChartStats stats;
  cairo_surface_t *surface;

  init_chart (&chart, 30);
  chart.highlight_series = 3;     /* out of range: ignored */

  hearth_chart_style_init_light (&style);
  surface = render (&chart, &style, 300, 150, &stats);
  g_assert_cmpuint (stats.points_drawn, ==, 0);
  cairo_surface_destroy (surface);

  /* Smaller than the labels: draws what fits, no criticals. */
  surface = render (&chart, &style, 20, 10, &stats);
  cairo_surface_destroy (surface);
}

/* Summary */

static void
test_describe (void)
{
  HearthChartPoint rising[30];
  HearthChartPoint flat[30];
  HearthChart chart;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 30; i++)
    {
      rising[i] = (HearthChartPoint) { T_2024 + (gint64) i * DAY, 120 + i + (i % 2 ? 3 : -3) };
      flat[i] = (HearthChartPoint) { T_2024 + (gint64) i * DAY, 80 + (i % 2 ? 1 : -1) };
    }

  init_chart (&chart, 30);
  hearth_chart_add_series (&chart, rising, 30, HEARTH_CHART_ROLE_SERIES_1, HEARTH_CHART_SERIES_LINE, "Systolic");
  hearth_chart_add_series (&chart, flat, 30, HEARTH_CHART_ROLE_SERIES_2, HEARTH_CHART_SERIES_LINE, "Diastolic");

  text = hearth_chart_describe (&chart, format_mmhg, NULL, 3);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "From 1 Jan 2024 to 31 Jan 2024."));
  g_assert_nonnull (strstr (text, "Systolic: 30 readings, latest 152 mmHg, average 134 mmHg, lowest 117 mmHg, highest 152 mmHg. Rising"));
  g_assert_nonnull (strstr (text, "Diastolic: 30 readings, latest 81 mmHg, average 80 mmHg, lowest 79 mmHg, highest 81 mmHg. Steady"));
  g_clear_pointer (&text, g_free);

  /* Falling; and a range with nothing in it. */
  for (guint i = 0; i < 30; i++)
    rising[i].v = 200 - 2.0 * i;
  chart.n_series = 1;
  text = hearth_chart_describe (&chart, format_mmhg, NULL, 3);
  g_assert_nonnull (strstr (text, "Falling"));
  g_clear_pointer (&text, g_free);

  chart.t0 = T_2024 - 60 * DAY;
  chart.t1 = T_2024 - 30 * DAY;
  text = hearth_chart_describe (&chart, format_mmhg, NULL, 3);
  g_assert_nonnull (strstr (text, "Systolic: no readings in this range."));
}

/* Instants just before 1970 (negative microseconds) land on the right
 * local day in the summary and the axis: the conversions floor. */
static void
test_before_epoch (void)
{
  HearthChartPoint points[] = { { -G_TIME_SPAN_DAY - 1, 120 }, { -1, 124 } };
  HearthChart chart;
  HearthChartStyle style;
  g_autofree char *text = NULL;
  g_autoptr(GArray) ticks = NULL;

  hearth_chart_init (&chart);
  chart.t0 = -3 * G_TIME_SPAN_DAY - 1;
  chart.t1 = -1;
  chart.tz = utc ();
  hearth_chart_add_series (&chart, points, G_N_ELEMENTS (points), HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE, "Systolic");
  text = hearth_chart_describe (&chart, format_mmhg, NULL, 3);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "From 28 Dec 1969 to 31 Dec 1969."));
  g_assert_nonnull (strstr (text, "latest 124 mmHg"));

  hearth_chart_style_init_light (&style);
  /* Every other day at this width. */
  ticks = hearth_chart_time_ticks (chart.t0, chart.t1, utc (), &style, 150);
  g_assert_cmpuint (ticks->len, ==, 2);
  g_assert_cmpint (g_array_index (ticks, HearthChartTimeTick, 0).t, ==, -3 * G_TIME_SPAN_DAY);
  g_assert_cmpstr (g_array_index (ticks, HearthChartTimeTick, 0).label, ==, "29 Dec");
  g_assert_cmpint (g_array_index (ticks, HearthChartTimeTick, 1).t, ==, -G_TIME_SPAN_DAY);
  g_assert_cmpstr (g_array_index (ticks, HearthChartTimeTick, 1).label, ==, "31 Dec");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/chart/ticks/nice-step", test_nice_step);
  g_test_add_func ("/hearth/chart/ticks/value", test_value_ticks);
  g_test_add_func ("/hearth/chart/ticks/time", test_time_ticks);
  g_test_add_func ("/hearth/chart/ticks/time-midnight", test_time_ticks_midnight);
  g_test_add_func ("/hearth/chart/bands/roles", test_band_roles);
  g_test_add_func ("/hearth/chart/draw/band-color", test_draw_band_color);
  g_test_add_func ("/hearth/chart/draw/band-series", test_draw_band_series);
  g_test_add_func ("/hearth/chart/draw/series-point", test_draw_series_point);
  g_test_add_func ("/hearth/chart/draw/goal", test_draw_goal);
  g_test_add_func ("/hearth/chart/draw/band-own-series", test_draw_band_own_series);
  g_test_add_func ("/hearth/chart/draw/band-same-series", test_draw_band_same_series);
  g_test_add_func ("/hearth/chart/summary/mean", test_summary_mean);
  g_test_add_func ("/hearth/chart/draw/summary", test_draw_summary);
  g_test_add_func ("/hearth/chart/draw/legend-labels", test_draw_legend_labels);
  g_test_add_func ("/hearth/chart/draw/right-edge", test_draw_right_edge);
  g_test_add_func ("/hearth/chart/draw/dark", test_draw_dark);
  g_test_add_func ("/hearth/chart/draw/dense-line", test_draw_dense_line);
  g_test_add_func ("/hearth/chart/draw/bounded", test_draw_bounded);
  g_test_add_func ("/hearth/chart/draw/narrow", test_draw_narrow);
  g_test_add_func ("/hearth/chart/highlight-label", test_highlight_label);
  g_test_add_func ("/hearth/chart/draw/highlight", test_draw_highlight);
  g_test_add_func ("/hearth/chart/draw/files", test_draw_files);
  g_test_add_func ("/hearth/chart/draw/empty", test_draw_empty);
  g_test_add_func ("/hearth/chart/pick", test_pick);
  g_test_add_func ("/hearth/chart/describe", test_describe);
  g_test_add_func ("/hearth/chart/before-epoch", test_before_epoch);

  return g_test_run ();
}
