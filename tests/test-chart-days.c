/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-days"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "hearth-chart-bars.h"
#include "hearth-chart-calendar.h"

/* Charts of days (issue 8): daily and stacked bars with a target line, a
 * month calendar heat map. Drawn offscreen; geometry from the stats,
 * pixels from the surface; PNGs light and dark in the build dir
 * (tests/charts-*.png). */

#define WIDTH  640
#define HEIGHT 320
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

  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpfloat (y, <, cairo_image_surface_get_height (surface));

  cairo_surface_flush (surface);
  argb = *(const guint32 *) (const void *) (data + (int) floor (y) * stride + (int) floor (x) * 4);

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
  double r = over->red * over->alpha + under->red * (1 - over->alpha);
  double g = over->green * over->alpha + under->green * (1 - over->alpha);
  double b = over->blue * over->alpha + under->blue * (1 - over->alpha);

  return fabs (p.r - r) <= COLOR_TOLERANCE &&
         fabs (p.g - g) <= COLOR_TOLERANCE &&
         fabs (p.b - b) <= COLOR_TOLERANCE;
}

static cairo_surface_t *
new_surface (double width,
             double height)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
}

static void
set_date (GDate        *date,
          guint         day,
          GDateMonth    month,
          GDateYear     year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static char *
format_kcal (double   value,
             gpointer user_data)
{
  return g_strdup_printf ("%.0f kcal", value);
}

/* Daily bars ------------------------------------------------------------ */

/* Monday 30 November 2026 to Sunday 6 December. */
static const double week_kcal[7] = { 1800, 2400, 1200, 2000, 600, 2200, 1500 };

static void
draw_bars (const HearthChartBars  *bars,
           const HearthChartStyle *style,
           cairo_surface_t        *surface,
           HearthChartBarsStats   *stats)
{
  cairo_t *cr = cairo_create (surface);

  hearth_chart_bars_draw (cr, bars, style, cairo_image_surface_get_width (surface),
                          cairo_image_surface_get_height (surface), stats);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

static void
init_week (HearthChartBars *bars,
           const gboolean  *has)
{
  GDate first;

  set_date (&first, 30, G_DATE_NOVEMBER, 2026);
  hearth_chart_bars_init (bars, &first, 7, has);
}

static void
test_bars_heights (void)
{
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface = new_surface (WIDTH, HEIGHT);
  double baseline;
  double per_unit;

  hearth_chart_style_init_light (&style);
  init_week (&bars, NULL);
  g_assert_true (hearth_chart_bars_add_series (&bars, week_kcal, "Energy"));
  draw_bars (&bars, &style, surface, &stats);

  baseline = stats.y + stats.height;
  g_assert_cmpfloat (stats.v_max, >=, 2400);
  /* Rounded up to a tick, not far past the highest bar. */
  g_assert_cmpfloat (stats.v_max, <, 2400 * 1.5);
  g_assert_cmpuint (stats.n_value_ticks, >=, 2);
  g_assert_cmpfloat (stats.y, >=, 0);
  g_assert_cmpfloat (baseline, <=, HEIGHT);
  g_assert_cmpfloat (stats.x + stats.width, <=, WIDTH);

  per_unit = stats.height / stats.v_max;
  for (guint i = 0; i < 7; i++)
    {
      double top = stats.segment_top[i][0];
      double cx = stats.bar_x[i] + stats.bar_width / 2;

      /* Heights proportional to the values. */
      g_assert_cmpfloat_with_epsilon (baseline - top, week_kcal[i] * per_unit, 1e-9);
      g_assert_cmpfloat_with_epsilon (top, hearth_chart_bars_value_to_y (&stats, week_kcal[i]), 1e-9);
      g_assert_false (stats.no_data[i]);

      /* Left to right, inside the plot, one per slot. */
      g_assert_cmpfloat (stats.bar_x[i], >=, stats.x);
      g_assert_cmpfloat (stats.bar_x[i] + stats.bar_width, <=, stats.x + stats.width + 1e-9);
      if (i > 0)
        g_assert_cmpfloat (stats.bar_x[i], >, stats.bar_x[i - 1] + stats.bar_width);

      /* The bar is there, in the series' colour, and nothing above it. */
      g_assert_true (pixel_is (get_pixel (surface, cx, (top + baseline) / 2), &style.series[0], &style.background));
      g_assert_true (pixel_is (get_pixel (surface, cx, baseline - 3), &style.series[0], &style.background));
      g_assert_true (pixel_is (get_pixel (surface, cx, top + 1.5), &style.series[0], &style.background));
      g_assert_false (pixel_is (get_pixel (surface, cx, top - 2.5), &style.series[0], &style.background));
    }
  /* The gap between two bars is not a bar. */
  g_assert_false (pixel_is (get_pixel (surface, stats.bar_x[1] - 2, baseline - 3),
                            &style.series[0], &style.background));
  g_assert_true (isnan (stats.target_y));
  /* One series, no target, no day missing: no legend. */
  g_assert_cmpuint (stats.n_legend, ==, 0);

  cairo_surface_destroy (surface);
}

/* Counts the pixels of @color along row @y over [x0, x1). */
static guint
count_row (cairo_surface_t       *surface,
           double                 y,
           double                 x0,
           double                 x1,
           const HearthChartRgba *color,
           const HearthChartRgba *under)
{
  guint n = 0;

  for (double x = ceil (x0); x < x1; x++)
    n += pixel_is (get_pixel (surface, x, y), color, under);

  return n;
}

/* A short chart (the Today section's, about 150 px) with room for two
 * value labels: the range still ends near the highest of the bars and the
 * target, not a whole label step above it (2 087 kcal drew on 0–4 000,
 * half the chart empty). */
static void
test_bars_short_range (void)
{
  static const double eaten[7] = { 0, 0, 0, 0, 0, 0, 704 };
  static const gboolean has[7] = { FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, TRUE };
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface = new_surface (330, 150);

  hearth_chart_style_init_light (&style);
  init_week (&bars, has);
  hearth_chart_bars_add_series (&bars, eaten, "Energy");
  hearth_chart_bars_set_target (&bars, 2087, "Target 2087 kcal");
  draw_bars (&bars, &style, surface, &stats);
  g_assert_cmpfloat (stats.v_max, >=, 2087);
  g_assert_cmpfloat (stats.v_max, <=, 2087 * 1.25);
  cairo_surface_destroy (surface);
}

static void
test_bars_target (void)
{
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface = new_surface (WIDTH, HEIGHT);
  double expected;
  guint on_line;
  guint above;

  hearth_chart_style_init_light (&style);
  init_week (&bars, NULL);
  hearth_chart_bars_add_series (&bars, week_kcal, "Energy");
  hearth_chart_bars_set_target (&bars, 2000, "Target 2000 kcal");
  draw_bars (&bars, &style, surface, &stats);

  expected = stats.y + stats.height - 2000 / stats.v_max * stats.height;
  g_assert_cmpfloat_with_epsilon (stats.target_y, expected, 1e-9);
  g_assert_cmpfloat (stats.target_y, >, stats.y);

  /* Dashed: about 60 % of the row is the goal's colour; a row well
   * above has none of it. */
  on_line = count_row (surface, stats.target_y, stats.x, stats.x + stats.width, &style.goal, &style.background);
  above = count_row (surface, stats.target_y - 8, stats.x, stats.x + stats.width, &style.goal, &style.background);
  g_assert_cmpuint (on_line, >, stats.width * 0.4);
  g_assert_cmpuint (above, ==, 0);

  /* Its label is a legend entry above the plot, never on it. */
  g_assert_cmpuint (stats.n_legend, ==, 1);
  g_assert_cmpint (stats.legend[0].kind, ==, HEARTH_CHART_BARS_LEGEND_TARGET);
  g_assert_cmpstr (stats.legend[0].text, ==, "Target 2000 kcal");
  g_assert_cmpfloat (stats.legend[0].y + stats.legend[0].height, <=, stats.y);

  cairo_surface_destroy (surface);

  /* A target above every bar still fits in the plot. */
  surface = new_surface (WIDTH, HEIGHT);
  hearth_chart_bars_set_target (&bars, 5000, "Target 5000 kcal");
  draw_bars (&bars, &style, surface, &stats);
  g_assert_cmpfloat (stats.v_max, >=, 5000);
  g_assert_cmpfloat (stats.target_y, >=, stats.y);
  g_assert_cmpuint (count_row (surface, stats.target_y, stats.x, stats.x + stats.width,
                               &style.goal, &style.background), >, stats.width * 0.4);
  cairo_surface_destroy (surface);
}

static void
test_bars_stacked (void)
{
  /* Protein, carbohydrate and fat in kcal. */
  static const double protein[7] = { 300, 400, 200, 350, 100, 380, 250 };
  static const double carbs[7] = { 900, 1200, 600, 1000, 300, 1100, 750 };
  static const double fat[7] = { 600, 800, 400, 650, 200, 720, 500 };
  const double *series[3] = { protein, carbs, fat };
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface = new_surface (WIDTH, HEIGHT);
  double baseline;
  double per_unit;

  hearth_chart_style_init_dark (&style);
  init_week (&bars, NULL);
  hearth_chart_bars_add_series (&bars, protein, "Protein");
  hearth_chart_bars_add_series (&bars, carbs, "Carbohydrate");
  hearth_chart_bars_add_series (&bars, fat, "Fat");
  draw_bars (&bars, &style, surface, &stats);

  baseline = stats.y + stats.height;
  per_unit = stats.height / stats.v_max;
  g_assert_cmpfloat (stats.v_max, >=, 400 + 1200 + 800);

  for (guint i = 0; i < 7; i++)
    {
      double below = baseline;
      double total = 0;
      double cx = stats.bar_x[i] + stats.bar_width / 2;

      for (guint s = 0; s < 3; s++)
        {
          double top = stats.segment_top[i][s];

          total += series[s][i];
          /* Each segment as tall as its value, on the one below. */
          g_assert_cmpfloat_with_epsilon (below - top, series[s][i] * per_unit, 1e-9);
          g_assert_true (pixel_is (get_pixel (surface, cx, (top + below) / 2),
                                   hearth_chart_bars_series_color (&style, s), &style.background));
          below = top;
        }
      /* The segments sum to the day's total. */
      g_assert_cmpfloat_with_epsilon (hearth_chart_bars_day_total (&bars, i), total, 1e-9);
      g_assert_cmpfloat_with_epsilon (baseline - stats.segment_top[i][2], total * per_unit, 1e-9);
      g_assert_true (isnan (stats.segment_top[i][3]));
    }

  /* Three series named in the legend, in their colours' order. */
  g_assert_cmpuint (stats.n_legend, ==, 3);
  for (guint s = 0; s < 3; s++)
    {
      g_assert_cmpint (stats.legend[s].kind, ==, HEARTH_CHART_BARS_LEGEND_SERIES);
      g_assert_cmpint (stats.legend[s].series, ==, (int) s);
      g_assert_true (pixel_is (get_pixel (surface, stats.legend[s].x + 7,
                                          stats.legend[s].y + stats.legend[s].height / 2),
                               hearth_chart_bars_series_color (&style, s), &style.background));
    }
  g_assert_cmpuint (stats.legend_dropped, ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_bars_no_data (void)
{
  static const gboolean has[7] = { TRUE, TRUE, FALSE, TRUE, TRUE, TRUE, TRUE };
  double values[7];
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface = new_surface (WIDTH, HEIGHT);
  double baseline;
  guint missing_marks = 0;
  guint zero_marks = 0;
  g_autofree char *text = NULL;

  memcpy (values, week_kcal, sizeof values);
  /* Day 2 has no data (its value is garbage and must not be read);
   * day 3 is a logged 0. */
  values[2] = 99999;
  values[3] = 0;

  hearth_chart_style_init_light (&style);
  init_week (&bars, has);
  hearth_chart_bars_add_series (&bars, values, "Energy");
  draw_bars (&bars, &style, surface, &stats);
  baseline = stats.y + stats.height;

  g_assert_true (stats.no_data[2]);
  g_assert_true (isnan (stats.segment_top[2][0]));
  g_assert_false (stats.no_data[3]);
  g_assert_cmpfloat (stats.segment_top[3][0], ==, baseline);
  /* The missing day's garbage is not in the range. */
  g_assert_cmpfloat (stats.v_max, <, 5000);
  g_assert_cmpfloat (hearth_chart_bars_day_total (&bars, 2), ==, 0);

  /* The day without data: marks (hatching) up its column, none of the
   * series' colour. The day of 0: the series' colour on the baseline
   * only. */
  for (double y = stats.y + 1; y < baseline - 1; y++)
    {
      Pixel p = get_pixel (surface, stats.bar_x[2] + stats.bar_width / 2, y);

      g_assert_false (pixel_is (p, &style.series[0], &style.background));
      if (!pixel_is (p, &style.background, &style.background) &&
          !pixel_is (p, &style.grid, &style.background))
        missing_marks++;

      p = get_pixel (surface, stats.bar_x[3] + stats.bar_width / 2, y);
      if (!pixel_is (p, &style.background, &style.background) &&
          !pixel_is (p, &style.grid, &style.background))
        zero_marks++;
    }
  g_assert_cmpuint (missing_marks, >, stats.height / 10);
  g_assert_cmpuint (zero_marks, <=, 2);
  g_assert_true (pixel_is (get_pixel (surface, stats.bar_x[3] + stats.bar_width / 2, baseline - 1),
                           &style.series[0], &style.background));
  g_assert_false (pixel_is (get_pixel (surface, stats.bar_x[2] + stats.bar_width / 2, baseline - 1),
                            &style.series[0], &style.background));

  /* "No data" is in the legend. */
  g_assert_cmpuint (stats.n_legend, ==, 1);
  g_assert_cmpint (stats.legend[0].kind, ==, HEARTH_CHART_BARS_LEGEND_NO_DATA);

  bars.format = format_kcal;
  text = hearth_chart_bars_describe (&bars);
  g_assert_cmpstr (text, ==,
                   "From Mon 30 Nov to Sun 6 Dec, 6 of 7 days with data. "
                   "Energy: average 1417 kcal, lowest 0 kcal on Thu 3 Dec, highest 2400 kcal on Tue 1 Dec. "
                   "No data on Wed 2 Dec.");

  cairo_surface_destroy (surface);
}

static void
test_bars_describe (void)
{
  static const double a[7] = { 10, 20, 30, 40, 50, 60, 70 };
  static const double b[7] = { 5, 5, 5, 5, 5, 5, 100 };
  HearthChartBars bars;
  g_autofree char *text = NULL;

  init_week (&bars, NULL);
  hearth_chart_bars_add_series (&bars, a, "A");
  hearth_chart_bars_add_series (&bars, b, "B");
  hearth_chart_bars_set_target (&bars, 50, "Target 50");
  text = hearth_chart_bars_describe (&bars);
  g_assert_cmpstr (text, ==,
                   "From Mon 30 Nov to Sun 6 Dec, 7 of 7 days with data. "
                   "A: average 40, lowest 10 on Mon 30 Nov, highest 70 on Sun 6 Dec. "
                   "B: average 18.6, lowest 5 on Mon 30 Nov, highest 100 on Sun 6 Dec. "
                   "Total: average 58.6, lowest 15 on Mon 30 Nov, highest 170 on Sun 6 Dec. "
                   "Target 50: reached on 3 of 7 days with data.");
}

static void
test_bars_day_labels (void)
{
  double month[31];
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface;
  GDate first;

  hearth_chart_style_init_light (&style);

  /* A week on a wide surface: one weekday name per bar. */
  surface = new_surface (WIDTH, HEIGHT);
  init_week (&bars, NULL);
  hearth_chart_bars_add_series (&bars, week_kcal, NULL);
  draw_bars (&bars, &style, surface, &stats);
  g_assert_true (stats.weekday_labels);
  g_assert_cmpuint (stats.n_day_labels, ==, 7);
  cairo_surface_destroy (surface);

  /* A month on a narrow one: days of the month, thinned to fit. */
  for (guint i = 0; i < G_N_ELEMENTS (month); i++)
    month[i] = 1000 + 30 * i;
  set_date (&first, 1, G_DATE_DECEMBER, 2026);
  hearth_chart_bars_init (&bars, &first, 31, NULL);
  hearth_chart_bars_add_series (&bars, month, NULL);
  surface = new_surface (300, 200);
  draw_bars (&bars, &style, surface, &stats);
  g_assert_false (stats.weekday_labels);
  g_assert_cmpuint (stats.n_day_labels, <, 31);
  g_assert_cmpuint (stats.n_day_labels, >=, 4);
  /* Every bar still drawn, each in its slot. */
  for (guint i = 1; i < 31; i++)
    g_assert_cmpfloat (stats.bar_x[i], >, stats.bar_x[i - 1]);
  g_assert_cmpfloat (stats.bar_x[30] + stats.bar_width, <=, 300);
  cairo_surface_destroy (surface);
}

/* Edges: one day, every day missing, a target of 0, values that are not
 * numbers or negative on days with data. */
static void
test_bars_edges (void)
{
  static const gboolean none[7] = { FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE };
  double odd[7] = { NAN, -50, INFINITY, 100, 0, 0, 0 };
  HearthChartStyle style;
  HearthChartBars bars;
  HearthChartBarsStats stats;
  cairo_surface_t *surface = new_surface (WIDTH, HEIGHT);
  g_autofree char *empty = NULL;
  g_autofree char *one = NULL;
  GDate first;

  hearth_chart_style_init_light (&style);

  /* Nothing logged all week: every column hatched, no bar, no target
   * count, said so. */
  init_week (&bars, none);
  hearth_chart_bars_add_series (&bars, week_kcal, "Energy");
  hearth_chart_bars_set_target (&bars, 2000, "Target 2000 kcal");
  draw_bars (&bars, &style, surface, &stats);
  for (guint i = 0; i < 7; i++)
    g_assert_true (stats.no_data[i]);
  g_assert_cmpfloat (stats.v_max, >=, 2000);
  empty = hearth_chart_bars_describe (&bars);
  g_assert_cmpstr (empty, ==,
                   "From Mon 30 Nov to Sun 6 Dec, 0 of 7 days with data. Energy: no data. "
                   "No data on Mon 30 Nov, Tue 1 Dec, Wed 2 Dec, Thu 3 Dec, Fri 4 Dec, Sat 5 Dec, Sun 6 Dec.");

  /* Values that are not a length count as 0, never as a bar. */
  init_week (&bars, NULL);
  hearth_chart_bars_add_series (&bars, odd, "Odd");
  hearth_chart_bars_set_target (&bars, 0, NULL);
  draw_bars (&bars, &style, surface, &stats);
  g_assert_cmpfloat (stats.v_max, >=, 100);
  g_assert_cmpfloat (stats.v_max, <=, 200);
  g_assert_cmpfloat (stats.segment_top[0][0], ==, stats.y + stats.height);
  g_assert_cmpfloat (stats.segment_top[1][0], ==, stats.y + stats.height);
  g_assert_cmpfloat (stats.segment_top[2][0], ==, stats.y + stats.height);
  g_assert_cmpfloat_with_epsilon (stats.target_y, stats.y + stats.height, 1e-9);
  /* No label: no legend entry. */
  g_assert_cmpuint (stats.n_legend, ==, 0);

  /* A single day. */
  set_date (&first, 29, G_DATE_FEBRUARY, 2028);
  hearth_chart_bars_init (&bars, &first, 1, NULL);
  hearth_chart_bars_add_series (&bars, week_kcal, "Energy");
  draw_bars (&bars, &style, surface, &stats);
  g_assert_cmpfloat (stats.bar_x[0], >, stats.x);
  g_assert_cmpfloat (stats.bar_x[0] + stats.bar_width, <, stats.x + stats.width);
  g_assert_cmpfloat_with_epsilon (stats.y + stats.height - stats.segment_top[0][0],
                                  1800 / stats.v_max * stats.height, 1e-9);
  one = hearth_chart_bars_describe (&bars);
  /* One day is not a range, and one value no average. */
  g_assert_cmpstr (one, ==, "Tue 29 Feb. Energy: 1800 on Tue 29 Feb.");

  cairo_surface_destroy (surface);
}

/* Weekday names come from the locale (g_date_time_format()). */
static void
test_bars_locale (void)
{
  HearthChartBars bars;
  g_autofree char *text = NULL;
  g_autofree char *old = g_strdup (setlocale (LC_TIME, NULL));

  if (setlocale (LC_TIME, "de_DE.UTF-8") == NULL)
    g_error ("the de_DE.UTF-8 locale is missing: generate it (HACKING.md, Tests)");

  init_week (&bars, NULL);
  hearth_chart_bars_add_series (&bars, week_kcal, "Energie");
  text = hearth_chart_bars_describe (&bars);
  setlocale (LC_TIME, old);

  g_assert_nonnull (strstr (text, "Mo 30 Nov"));
  g_assert_nonnull (strstr (text, "So 6 Dez"));
}

/* Calendar ---------------------------------------------------------------- */

static void
draw_calendar (const HearthChartCalendar *calendar,
               const HearthChartStyle    *style,
               cairo_surface_t           *surface,
               HearthChartCalendarStats  *stats)
{
  cairo_t *cr = cairo_create (surface);

  hearth_chart_calendar_draw (cr, calendar, style, cairo_image_surface_get_width (surface),
                              cairo_image_surface_get_height (surface), stats);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

static void
check_month (GDateYear     year,
             GDateMonth    month,
             GDateWeekday  first_weekday,
             guint         expected_days,
             guint         expected_first_column,
             guint         expected_weeks)
{
  double values[31] = { 0 };
  HearthChartStyle style;
  HearthChartCalendar calendar;
  HearthChartCalendarStats stats;
  cairo_surface_t *surface = new_surface (420, 360);
  GDate date;

  hearth_chart_style_init_light (&style);
  set_date (&date, 15, month, year);
  hearth_chart_calendar_init (&calendar, &date, values, NULL, first_weekday);
  draw_calendar (&calendar, &style, surface, &stats);

  g_assert_cmpuint (stats.n_days, ==, expected_days);
  g_assert_cmpuint (stats.n_weeks, ==, expected_weeks);
  g_assert_cmpuint (stats.column[0], ==, expected_first_column);
  g_assert_cmpuint (stats.row[0], ==, 0);
  g_assert_cmpint (stats.header[0], ==, first_weekday);

  for (guint d = 0; d < expected_days; d++)
    {
      GDate day;

      set_date (&day, d + 1, month, year);
      /* The column is the day's weekday counted from the first. */
      g_assert_cmpint (stats.header[stats.column[d]], ==, g_date_get_weekday (&day));
      g_assert_cmpuint (stats.row[d], ==, (expected_first_column + d) / 7);
      g_assert_cmpfloat_with_epsilon (stats.cell_x[d],
                                      stats.cell_x[0] + ((double) stats.column[d] - stats.column[0]) * stats.cell_width,
                                      1e-9);
      g_assert_cmpfloat_with_epsilon (stats.cell_y[d], stats.cell_y[0] + stats.row[d] * stats.cell_height, 1e-9);
      g_assert_cmpfloat (stats.cell_x[d] + stats.cell_width, <=, 420 + 1e-9);
      g_assert_cmpfloat (stats.cell_y[d] + stats.cell_height, <=, 360 + 1e-9);
      g_assert_cmpfloat (stats.cell_y[d], >, stats.header_y);
    }
  cairo_surface_destroy (surface);
}

static void
test_calendar_columns (void)
{
  /* March 2026 starts on a Sunday: last column of a Monday week, six
   * rows; first column of a Sunday week, five. */
  check_month (2026, G_DATE_MARCH, G_DATE_MONDAY, 31, 6, 6);
  check_month (2026, G_DATE_MARCH, G_DATE_SUNDAY, 31, 0, 5);
  /* February 2026: a Sunday too, 28 days: exactly four Sunday weeks. */
  check_month (2026, G_DATE_FEBRUARY, G_DATE_SUNDAY, 28, 0, 4);
  check_month (2026, G_DATE_FEBRUARY, G_DATE_MONDAY, 28, 6, 5);
  /* December 2026 starts on a Tuesday. */
  check_month (2026, G_DATE_DECEMBER, G_DATE_MONDAY, 31, 1, 5);
  check_month (2026, G_DATE_DECEMBER, G_DATE_SUNDAY, 31, 2, 5);
  /* A Saturday week (as in Arabic locales): June 2026 starts on a Monday. */
  check_month (2026, G_DATE_JUNE, G_DATE_SATURDAY, 30, 2, 5);
  /* Every weekday a month of 2026 starts on, with both first weekdays. */
  for (GDateMonth m = G_DATE_JANUARY; m <= G_DATE_DECEMBER; m++)
    {
      GDate first;
      guint days = g_date_get_days_in_month (m, 2026);

      set_date (&first, 1, m, 2026);
      for (GDateWeekday w = G_DATE_MONDAY; w <= G_DATE_SUNDAY; w++)
        {
          guint column = (g_date_get_weekday (&first) - w + 7) % 7;

          check_month (2026, m, w, days, column, (column + days + 6) / 7);
        }
    }
}

static void
test_calendar_leap (void)
{
  /* 29 February 2024 was a Thursday: with Monday first, column 3 of the
   * fifth row (1 February was a Thursday too). */
  check_month (2024, G_DATE_FEBRUARY, G_DATE_MONDAY, 29, 3, 5);
  check_month (2023, G_DATE_FEBRUARY, G_DATE_MONDAY, 28, 2, 5);
  check_month (2000, G_DATE_FEBRUARY, G_DATE_MONDAY, 29, 1, 5);
  check_month (2100, G_DATE_FEBRUARY, G_DATE_MONDAY, 28, 0, 4);

  {
    double values[31] = { 0 };
    HearthChartCalendar calendar;
    HearthChartCalendarStats stats;
    HearthChartStyle style;
    cairo_surface_t *surface = new_surface (420, 360);
    GDate date;

    hearth_chart_style_init_light (&style);
    set_date (&date, 1, G_DATE_FEBRUARY, 2024);
    hearth_chart_calendar_init (&calendar, &date, values, NULL, G_DATE_MONDAY);
    draw_calendar (&calendar, &style, surface, &stats);
    g_assert_cmpuint (stats.column[28], ==, 3);
    g_assert_cmpuint (stats.row[28], ==, 4);
    g_assert_cmpint (stats.header[3], ==, G_DATE_THURSDAY);
    cairo_surface_destroy (surface);
  }
}

static void
check_calendar_pixels (gboolean dark)
{
  double values[31];
  gboolean has[31];
  HearthChartStyle style;
  HearthChartCalendar calendar;
  HearthChartCalendarStats stats;
  cairo_surface_t *surface = new_surface (480, 400);
  HearthChartRgba colors[3];
  GDate date;

  if (dark)
    hearth_chart_style_init_dark (&style);
  else
    hearth_chart_style_init_light (&style);

  for (guint d = 0; d < 31; d++)
    {
      values[d] = (d % 5) / 4.0;
      has[d] = TRUE;
    }
  values[0] = 0;
  values[1] = 0.5;
  values[2] = 1;
  has[3] = FALSE;
  values[3] = 1;        /* not read */
  values[4] = 7;        /* clamped to 1 */
  values[5] = -3;       /* clamped to 0 */

  set_date (&date, 1, G_DATE_DECEMBER, 2026);
  hearth_chart_calendar_init (&calendar, &date, values, has, G_DATE_MONDAY);
  draw_calendar (&calendar, &style, surface, &stats);

  hearth_chart_calendar_heat_color (&style, 0, &colors[0]);
  hearth_chart_calendar_heat_color (&style, 0.5, &colors[1]);
  hearth_chart_calendar_heat_color (&style, 1, &colors[2]);
  /* The scale runs from a tint to the full colour, each step apart from
   * the others and from the background. */
  g_assert_true (pixel_is ((Pixel) { colors[2].red, colors[2].green, colors[2].blue }, &style.goal, &style.background));
  g_assert_cmpfloat (hearth_chart_contrast_ratio (&colors[0], &style.background), >, 1.05);
  g_assert_cmpfloat (hearth_chart_contrast_ratio (&colors[0], &colors[1]), >, 1.2);
  g_assert_cmpfloat (hearth_chart_contrast_ratio (&colors[1], &colors[2]), >, 1.2);

  /* A corner of each cell (clear of its number). */
#define CORNER(d) get_pixel (surface, stats.cell_x[d] + 4, stats.cell_y[d] + 4)
  g_assert_true (pixel_is (CORNER (0), &colors[0], &style.background));
  g_assert_true (pixel_is (CORNER (1), &colors[1], &style.background));
  g_assert_true (pixel_is (CORNER (2), &colors[2], &style.background));
  g_assert_true (pixel_is (CORNER (4), &colors[2], &style.background));
  g_assert_true (pixel_is (CORNER (5), &colors[0], &style.background));
  /* No data: unfilled, distinct from a 0, with an outline. */
  g_assert_true (stats.no_data[3]);
  g_assert_false (stats.no_data[0]);
  g_assert_true (pixel_is (CORNER (3), &style.background, &style.background));
  g_assert_false (pixel_is (CORNER (0), &style.background, &style.background));
#undef CORNER
  {
    guint outline = 0;

    for (double x = stats.cell_x[3] + 2; x < stats.cell_x[3] + stats.cell_width - 2; x++)
      outline += !pixel_is (get_pixel (surface, x, stats.cell_y[3] + 2), &style.background, &style.background);
    g_assert_cmpuint (outline, >, (stats.cell_width - 4) / 4);
  }

  /* The day's number contrasts with every fill. */
  for (guint i = 0; i <= 20; i++)
    {
      HearthChartRgba fill;
      HearthChartRgba text;

      hearth_chart_calendar_heat_color (&style, i / 20.0, &fill);
      hearth_chart_calendar_text_color (&style, &fill, &text);
      g_assert_cmpfloat (hearth_chart_contrast_ratio (&text, &fill), >=, 4.5);
    }

  /* The legend's scale: the same colours, low to high. */
  g_assert_true (stats.legend_drawn);
  for (guint i = 0; i < HEARTH_CHART_CALENDAR_SCALE_STEPS; i++)
    {
      HearthChartRgba fill;

      hearth_chart_calendar_heat_color (&style, (double) i / (HEARTH_CHART_CALENDAR_SCALE_STEPS - 1), &fill);
      g_assert_true (pixel_is (get_pixel (surface, stats.scale_x[i] + stats.swatch_size / 2,
                                          stats.scale_y + stats.swatch_size / 2),
                               &fill, &style.background));
      g_assert_cmpfloat (stats.scale_y, >=, stats.cell_y[30] + stats.cell_height);
    }
  g_assert_cmpfloat (stats.no_data_x, >, stats.scale_x[HEARTH_CHART_CALENDAR_SCALE_STEPS - 1]);

  cairo_surface_destroy (surface);
}

static void
test_calendar_pixels (void)
{
  check_calendar_pixels (FALSE);
  check_calendar_pixels (TRUE);
}

static void
test_calendar_describe (void)
{
  double values[30] = { 0 };
  gboolean has[30] = { 0 };
  HearthChartCalendar calendar;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *one = NULL;
  GDate date;

  /* Adherence in June 2026: four days logged. */
  has[0] = TRUE;
  values[0] = 1;
  has[1] = TRUE;
  values[1] = 0.5;
  has[9] = TRUE;
  values[9] = 0.25;
  has[29] = TRUE;
  values[29] = 1;

  set_date (&date, 10, G_DATE_JUNE, 2026);
  hearth_chart_calendar_init (&calendar, &date, values, has, G_DATE_MONDAY);
  text = hearth_chart_calendar_describe (&calendar);
  g_assert_true (g_str_has_prefix (text, "June 2026: 4 of 30 days with data. "
                                         "Average 69 %, lowest 25 % on Wed 10 Jun, highest 100 % on Mon 1 Jun. "
                                         "No data on Wed 3 Jun, Thu 4 Jun,"));
  g_assert_true (g_str_has_suffix (text, "Sun 28 Jun, Mon 29 Jun."));

  /* One day: its value, not an average of one. */
  memset (has, 0, sizeof has);
  has[14] = TRUE;
  values[14] = 0.5;
  one = hearth_chart_calendar_describe (&calendar);
  g_assert_true (g_str_has_prefix (one, "June 2026: 1 of 30 days with data. 50 % on Mon 15 Jun. "
                                        "No data on Mon 1 Jun, "));

  memset (has, 0, sizeof has);
  empty = hearth_chart_calendar_describe (&calendar);
  g_assert_cmpstr (empty, ==, "June 2026: 0 of 30 days with data.");
}

/* Pictures --------------------------------------------------------------- */

static void
write_png (cairo_surface_t *surface,
           const char      *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  GStatBuf st;

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  g_test_message ("wrote %s", path);
}

static gboolean
surfaces_differ (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);

  cairo_surface_flush (a);
  cairo_surface_flush (b);

  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (size_t) stride * height) != 0;
}

static void
test_pictures (void)
{
  static const gboolean has[7] = { TRUE, TRUE, TRUE, FALSE, TRUE, TRUE, TRUE };
  static const double steps[7] = { 8200, 10400, 6100, 0, 0, 12800, 7600 };
  static const double protein[7] = { 300, 400, 200, 350, 100, 380, 250 };
  static const double carbs[7] = { 900, 1200, 600, 1000, 300, 1100, 750 };
  static const double fat[7] = { 600, 800, 400, 650, 200, 720, 500 };
  double adherence[31];
  gboolean taken[31];
  cairo_surface_t *pictures[2][3];
  GDate month;

  for (guint d = 0; d < 31; d++)
    {
      adherence[d] = d % 7 == 2 ? 0.5 : (d % 11 == 4 ? 0 : 1);
      taken[d] = d < 24;
    }
  set_date (&month, 1, G_DATE_DECEMBER, 2026);

  for (guint dark = 0; dark < 2; dark++)
    {
      HearthChartStyle style;
      HearthChartBars bars;
      HearthChartCalendar calendar;
      const char *suffix = dark ? "dark" : "light";
      g_autofree char *name = NULL;
      cairo_t *cr;

      if (dark)
        hearth_chart_style_init_dark (&style);
      else
        hearth_chart_style_init_light (&style);

      /* Steps against a target, a day missing and a day of 0. */
      init_week (&bars, has);
      hearth_chart_bars_add_series (&bars, steps, "Steps");
      hearth_chart_bars_set_target (&bars, 7500, "Target 7500 steps");
      pictures[dark][0] = new_surface (WIDTH, HEIGHT);
      draw_bars (&bars, &style, pictures[dark][0], NULL);
      name = g_strdup_printf ("charts-bars-%s.png", suffix);
      write_png (pictures[dark][0], name);
      g_clear_pointer (&name, g_free);

      /* Macros, stacked. */
      init_week (&bars, NULL);
      hearth_chart_bars_add_series (&bars, protein, "Protein");
      hearth_chart_bars_add_series (&bars, carbs, "Carbohydrate");
      hearth_chart_bars_add_series (&bars, fat, "Fat");
      hearth_chart_bars_set_target (&bars, 2000, "Target 2000 kcal");
      pictures[dark][1] = new_surface (WIDTH, HEIGHT);
      draw_bars (&bars, &style, pictures[dark][1], NULL);
      name = g_strdup_printf ("charts-stacked-%s.png", suffix);
      write_png (pictures[dark][1], name);
      g_clear_pointer (&name, g_free);

      /* A month of adherence. */
      hearth_chart_calendar_init (&calendar, &month, adherence, taken, G_DATE_MONDAY);
      pictures[dark][2] = new_surface (420, 340);
      draw_calendar (&calendar, &style, pictures[dark][2], NULL);
      name = g_strdup_printf ("charts-calendar-%s.png", suffix);
      write_png (pictures[dark][2], name);
      g_clear_pointer (&name, g_free);

      /* Any cairo surface: the same charts into a PDF. */
      name = g_test_build_filename (G_TEST_BUILT, dark ? "charts-dark.pdf" : "charts-light.pdf", NULL);
      {
        cairo_surface_t *pdf = cairo_pdf_surface_create (name, 595, 842);

        cr = cairo_create (pdf);
        hearth_chart_bars_draw (cr, &bars, &style, 500, 250, NULL);
        cairo_translate (cr, 0, 300);
        hearth_chart_calendar_draw (cr, &calendar, &style, 500, 400, NULL);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
        cairo_surface_finish (pdf);
        g_assert_cmpint (cairo_surface_status (pdf), ==, CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy (pdf);
        g_assert_true (g_file_test (name, G_FILE_TEST_IS_REGULAR));
      }
    }

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (surfaces_differ (pictures[0][i], pictures[1][i]));
      cairo_surface_destroy (pictures[0][i]);
      cairo_surface_destroy (pictures[1][i]);
    }
}

/* Any size: tiny and huge drawings keep everything inside. */
static void
test_sizes (void)
{
  static const double sizes[][2] = { { 40, 30 }, { 120, 80 }, { 1600, 900 } };
  HearthChartStyle style;

  hearth_chart_style_init_light (&style);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      double values[31] = { 0.5, 1, 0 };
      HearthChartBars bars;
      HearthChartBarsStats bar_stats;
      HearthChartCalendar calendar;
      HearthChartCalendarStats cal_stats;
      cairo_surface_t *surface = new_surface (sizes[i][0], sizes[i][1]);
      GDate date;

      init_week (&bars, NULL);
      hearth_chart_bars_add_series (&bars, week_kcal, "Energy");
      hearth_chart_bars_set_target (&bars, 2000, "Target 2000 kcal");
      draw_bars (&bars, &style, surface, &bar_stats);
      g_assert_cmpfloat (bar_stats.height, >=, 1);
      g_assert_cmpfloat (bar_stats.bar_x[6] + bar_stats.bar_width, <=, sizes[i][0] + 1e-9);
      g_assert_cmpfloat (bar_stats.bar_x[0], >=, 0);

      set_date (&date, 1, G_DATE_MARCH, 2026);
      hearth_chart_calendar_init (&calendar, &date, values, NULL, G_DATE_MONDAY);
      draw_calendar (&calendar, &style, surface, &cal_stats);
      g_assert_cmpfloat (cal_stats.cell_x[30] + cal_stats.cell_width, <=, sizes[i][0] + 1e-9);
      g_assert_cmpfloat (cal_stats.cell_x[30], >=, 0);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/chart/bars/heights", test_bars_heights);
  g_test_add_func ("/hearth/chart/bars/target", test_bars_target);
  g_test_add_func ("/hearth/chart/bars/short-range", test_bars_short_range);
  g_test_add_func ("/hearth/chart/bars/stacked", test_bars_stacked);
  g_test_add_func ("/hearth/chart/bars/no-data", test_bars_no_data);
  g_test_add_func ("/hearth/chart/bars/describe", test_bars_describe);
  g_test_add_func ("/hearth/chart/bars/day-labels", test_bars_day_labels);
  g_test_add_func ("/hearth/chart/bars/locale", test_bars_locale);
  g_test_add_func ("/hearth/chart/bars/edges", test_bars_edges);
  g_test_add_func ("/hearth/chart/calendar/columns", test_calendar_columns);
  g_test_add_func ("/hearth/chart/calendar/leap", test_calendar_leap);
  g_test_add_func ("/hearth/chart/calendar/pixels", test_calendar_pixels);
  g_test_add_func ("/hearth/chart/calendar/describe", test_calendar_describe);
  g_test_add_func ("/hearth/chart/pictures", test_pictures);
  g_test_add_func ("/hearth/chart/sizes", test_sizes);

  return g_test_run ();
}
