/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-day-charts"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <adwaita.h>

#include "hearth-bars-view-private.h"
#include "hearth-calendar-view-private.h"
#include "hearth-chart-theme-private.h"
#include "hearth-chart-view.h"
#include "hearth-gui-resources.h"

/* The day charts' widgets (issue 8): HearthBarsView and
 * HearthCalendarView in a shown window (Xvfb), rendered through their
 * paintable and checked pixel by pixel; their accessible summaries; the
 * locale's first weekday. Pictures go to build/tests/day-charts-*.png. */

#define WINDOW_WIDTH  600
#define WINDOW_HEIGHT 320
#define COLOR_TOLERANCE (3.0 / 255.0)

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWindow *
show_in_window (GtkWidget *widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_set_child (window, widget);
  gtk_window_present (window);
  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (widget); i++)
    wait_ms (20);
  g_assert_true (gtk_widget_get_mapped (widget));
  wait_ms (150);

  return window;
}

static cairo_surface_t *
render (GtkWidget  *widget,
        const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  int width;
  int height;
  cairo_t *cr;

  gtk_widget_queue_draw (widget);
  wait_ms (100);
  paintable = gtk_widget_paintable_new (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  /* The paintable holds the last frame: wait for one. */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        wait_ms (50);
    }
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  path = g_build_filename (g_getenv ("HEARTH_BUILD_ROOT"), "tests", name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", path);

  return surface;
}

static gboolean
pixel_is (cairo_surface_t       *surface,
          double                 x,
          double                 y,
          const HearthChartRgba *color)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 px;

  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpfloat (y, <, cairo_image_surface_get_height (surface));
  px = *(const guint32 *) (const void *) (data + (int) y * stride + (int) x * 4);

  return fabs (((px >> 16) & 0xff) / 255.0 - color->red) <= COLOR_TOLERANCE &&
         fabs (((px >> 8) & 0xff) / 255.0 - color->green) <= COLOR_TOLERANCE &&
         fabs ((px & 0xff) / 255.0 - color->blue) <= COLOR_TOLERANCE;
}

static gboolean
surfaces_differ (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  g_assert_cmpint (cairo_image_surface_get_stride (a), ==, cairo_image_surface_get_stride (b));

  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (size_t) cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a)) != 0;
}

static void
set_scheme (AdwColorScheme scheme)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  wait_ms (100);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static char *
format_kcal (double   value,
             gpointer user_data)
{
  return g_strdup_printf ("%.0f kcal", value);
}

static void
test_bars (void)
{
  double kcal[7] = { 1800, 2400, 99999, 2000, 0, 2200, 1500 };
  const gboolean has[7] = { TRUE, TRUE, FALSE, TRUE, TRUE, TRUE, TRUE };
  HearthBarsView *view = hearth_bars_view_new ();
  const HearthChartBarsStats *stats;
  HearthChartStyle style;
  cairo_surface_t *light;
  cairo_surface_t *dark;
  g_autofree char *before = NULL;
  GtkWindow *window;
  guint notified = 0;
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 30, G_DATE_NOVEMBER, 2026);

  g_assert_cmpstr (hearth_bars_view_get_description (view), ==, "No data.");
  g_signal_connect (view, "notify::description", G_CALLBACK (on_notify_cb), &notified);

  hearth_bars_view_set_title (view, "Energy");
  hearth_bars_view_set_format_func (view, format_kcal, NULL, NULL);
  hearth_bars_view_set_days (view, kcal, has, 7, &first);
  g_assert_cmpuint (notified, ==, 1);
  /* Copied: the caller's array may change or go. */
  kcal[0] = 5;
  g_assert_cmpstr (hearth_bars_view_get_description (view), ==,
                   "From Mon 30 Nov to Sun 6 Dec, 6 of 7 days with data. "
                   "Energy: average 1650 kcal, lowest 0 kcal on Fri 4 Dec, highest 2400 kcal on Tue 1 Dec. "
                   "No data on Wed 2 Dec.");
  before = g_strdup (hearth_bars_view_get_description (view));
  hearth_bars_view_set_target (view, 2000, "Target 2000 kcal");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpstr (hearth_bars_view_get_description (view), !=, before);
  g_assert_true (g_str_has_suffix (hearth_bars_view_get_description (view), "No data on Wed 2 Dec."));
  g_assert_nonnull (strstr (hearth_bars_view_get_description (view),
                            "Target 2000 kcal: reached on 3 of 6 days with data."));

  window = show_in_window (GTK_WIDGET (view));
  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = render (GTK_WIDGET (view), "day-charts-bars-light.png");
  stats = _hearth_bars_view_get_last_stats (view);
  g_assert_cmpuint (_hearth_bars_view_get_n_draws (view), >, 0);

  /* What the widget drew: the width it has, seven bars, the missing
   * day as such, the target line, the legend. */
  g_assert_cmpfloat (stats->x + stats->width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_true (stats->no_data[2]);
  g_assert_false (stats->no_data[4]);
  g_assert_true (isfinite (stats->target_y));
  g_assert_cmpfloat_with_epsilon (stats->target_y, hearth_chart_bars_value_to_y (stats, 2000), 1e-9);
  g_assert_cmpuint (stats->n_legend, ==, 2);
  g_assert_true (stats->weekday_labels);

  hearth_gui_get_chart_style (GTK_WIDGET (view), &style);
  g_assert_true (pixel_is (light, stats->bar_x[1] + stats->bar_width / 2,
                           (stats->segment_top[1][0] + stats->y + stats->height) / 2, &style.series[0]));
  g_assert_false (pixel_is (light, stats->bar_x[2] + stats->bar_width / 2,
                            stats->y + stats->height - 3, &style.series[0]));
  g_assert_true (pixel_is (light, 2, 2, &style.background));

  set_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  dark = render (GTK_WIDGET (view), "day-charts-bars-dark.png");
  hearth_gui_get_chart_style (GTK_WIDGET (view), &style);
  g_assert_true (pixel_is (dark, 2, 2, &style.background));
  g_assert_true (pixel_is (dark, stats->bar_x[1] + stats->bar_width / 2,
                           (stats->segment_top[1][0] + stats->y + stats->height) / 2, &style.series[0]));
  g_assert_true (surfaces_differ (light, dark));
  set_scheme (ADW_COLOR_SCHEME_DEFAULT);

  /* Cleared: nothing drawn, said so. */
  hearth_bars_view_set_days (view, NULL, NULL, 0, NULL);
  g_assert_cmpstr (hearth_bars_view_get_description (view), ==, "No data.");

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
  gtk_window_destroy (window);
}

static void
test_stacked (void)
{
  static const double protein[7] = { 300, 400, 200, 350, 100, 380, 250 };
  static const double carbs[7] = { 900, 1200, 600, 1000, 300, 1100, 750 };
  static const double fat[7] = { 600, 800, 400, 650, 200, 720, 500 };
  const double * const values[3] = { protein, carbs, fat };
  const char * const labels[3] = { "Protein", "Carbohydrate", "Fat" };
  HearthBarsView *view = hearth_bars_view_new ();
  const HearthChartBarsStats *stats;
  HearthChartStyle style;
  cairo_surface_t *surface;
  GtkWindow *window;
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 30, G_DATE_NOVEMBER, 2026);
  hearth_bars_view_set_stacked (view, values, labels, 3, NULL, 7, &first);
  g_assert_nonnull (strstr (hearth_bars_view_get_description (view),
                            "Total: average 1671.4, lowest 600 on Fri 4 Dec, highest 2400 on Tue 1 Dec."));

  window = show_in_window (GTK_WIDGET (view));
  surface = render (GTK_WIDGET (view), "day-charts-stacked.png");
  stats = _hearth_bars_view_get_last_stats (view);
  hearth_gui_get_chart_style (GTK_WIDGET (view), &style);

  g_assert_cmpuint (stats->n_legend, ==, 3);
  for (guint i = 0; i < 7; i++)
    {
      double below = stats->y + stats->height;

      for (guint s = 0; s < 3; s++)
        {
          double top = stats->segment_top[i][s];

          g_assert_cmpfloat_with_epsilon (below - top, values[s][i] / stats->v_max * stats->height, 1e-9);
          g_assert_true (pixel_is (surface, stats->bar_x[i] + stats->bar_width / 2, (top + below) / 2,
                                   hearth_chart_bars_series_color (&style, s)));
          below = top;
        }
    }

  cairo_surface_destroy (surface);
  gtk_window_destroy (window);
}

static void
test_calendar (void)
{
  double values[29];
  gboolean has[29];
  HearthCalendarView *view = hearth_calendar_view_new ();
  const HearthChartCalendarStats *stats;
  HearthChartStyle style;
  HearthChartRgba full;
  HearthChartRgba half;
  cairo_surface_t *surface;
  GtkWindow *window;
  GDate month;

  /* February 2024: a leap month, starting on a Thursday. */
  for (guint d = 0; d < 29; d++)
    {
      values[d] = d % 2 ? 1 : 0.5;
      has[d] = d != 9;
    }
  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 14, G_DATE_FEBRUARY, 2024);
  hearth_calendar_view_set_first_weekday (view, G_DATE_MONDAY);
  hearth_calendar_view_set_month (view, &month, values, has);
  hearth_calendar_view_set_title (view, "Medication adherence");
  g_assert_cmpstr (hearth_calendar_view_get_title (view), ==, "Medication adherence");
  g_assert_true (g_str_has_prefix (hearth_calendar_view_get_description (view),
                                   "February 2024: 28 of 29 days with data. Average 73 %, "
                                   "lowest 50 % on Thu 1 Feb, highest 100 % on Fri 2 Feb. "
                                   "No data on Sat 10 Feb."));

  window = show_in_window (GTK_WIDGET (view));
  surface = render (GTK_WIDGET (view), "day-charts-calendar.png");
  stats = _hearth_calendar_view_get_last_stats (view);
  g_assert_cmpuint (_hearth_calendar_view_get_n_draws (view), >, 0);

  g_assert_cmpuint (stats->n_days, ==, 29);
  g_assert_cmpuint (stats->n_weeks, ==, 5);
  g_assert_cmpint (stats->header[0], ==, G_DATE_MONDAY);
  g_assert_cmpuint (stats->column[0], ==, 3);
  g_assert_cmpuint (stats->column[28], ==, 3);
  g_assert_cmpuint (stats->row[28], ==, 4);
  g_assert_true (stats->no_data[9]);

  hearth_gui_get_chart_style (GTK_WIDGET (view), &style);
  hearth_chart_calendar_heat_color (&style, 1, &full);
  hearth_chart_calendar_heat_color (&style, 0.5, &half);
  g_assert_true (pixel_is (surface, stats->cell_x[1] + 4, stats->cell_y[1] + 4, &full));
  g_assert_true (pixel_is (surface, stats->cell_x[0] + 4, stats->cell_y[0] + 4, &half));
  g_assert_true (pixel_is (surface, stats->cell_x[9] + 4, stats->cell_y[9] + 4, &style.background));

  /* Another first weekday moves every day. */
  hearth_calendar_view_set_first_weekday (view, G_DATE_SUNDAY);
  cairo_surface_destroy (surface);
  surface = render (GTK_WIDGET (view), "day-charts-calendar-sunday.png");
  g_assert_cmpint (stats->header[0], ==, G_DATE_SUNDAY);
  g_assert_cmpuint (stats->column[0], ==, 4);

  hearth_calendar_view_set_month (view, NULL, NULL, NULL);
  g_assert_cmpstr (hearth_calendar_view_get_description (view), ==, "No data.");

  cairo_surface_destroy (surface);
  gtk_window_destroy (window);
}

static void
assert_chart_widget (GtkWidget  *widget,
                     const char *css_name,
                     gboolean    has_title)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (widget);
  GParamSpec *pspec;

  g_assert_cmpstr (gtk_widget_get_css_name (widget), ==, css_name);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  pspec = g_object_class_find_property (klass, "description");
  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_STRING (pspec));
  g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY), ==,
                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY);

  pspec = g_object_class_find_property (klass, "title");
  /* The day charts are pictures; the chart view takes the keyboard. */
  g_assert_true (gtk_widget_get_focusable (widget) == !has_title);
  if (!has_title)
    {
      g_assert_null (pspec);
      return;
    }
  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_STRING (pspec));
  g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY), ==,
                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY);
}

static void
assert_measure (GtkWidget *widget,
                int        min_width,
                int        nat_width,
                int        min_height,
                int        nat_height)
{
  int minimum;
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, min_width);
  g_assert_cmpint (natural, ==, nat_width);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, min_height);
  g_assert_cmpint (natural, ==, nat_height);
}

static void
count_destroy (gpointer data)
{
  guint *count = data;

  (*count)++;
}

/* What the chart widgets share (hearth-chart-theme-private.h): the same
 * properties, CSS names, role and sizes as each had alone, and the
 * description and title updates. */
static void
test_shared (void)
{
  HearthBarsView *bars = g_object_ref_sink (hearth_bars_view_new ());
  HearthCalendarView *calendar = g_object_ref_sink (hearth_calendar_view_new ());
  HearthChartView *chart = g_object_ref_sink (hearth_chart_view_new ());
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (bars), "description");
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  HearthChartStyle style;
  guint notified = 0;
  guint titled = 0;
  int width = -1;
  int height = -1;

  assert_chart_widget (GTK_WIDGET (bars), "barsview", TRUE);
  assert_chart_widget (GTK_WIDGET (calendar), "calendarview", TRUE);
  assert_chart_widget (GTK_WIDGET (chart), "chartview", FALSE);
  assert_measure (GTK_WIDGET (bars), 160, 360, 120, 200);
  assert_measure (GTK_WIDGET (calendar), 180, 320, 160, 260);

  /* The description: the fallback for NULL, notified once per change,
   * the same text taken and freed without a notification. */
  g_signal_connect (bars, "notify::description", G_CALLBACK (on_notify_cb), &notified);
  g_assert_true (_hearth_gui_chart_set_description (GTK_WIDGET (bars), &description, NULL,
                                                    "Nothing.", pspec));
  g_assert_cmpstr (description, ==, "Nothing.");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (_hearth_gui_chart_set_description (GTK_WIDGET (bars), &description,
                                                     g_strdup ("Nothing."), "Else.", pspec));
  g_assert_cmpstr (description, ==, "Nothing.");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (_hearth_gui_chart_set_description (GTK_WIDGET (bars), &description,
                                                    g_strdup ("Three days."), "Nothing.", pspec));
  g_assert_cmpstr (description, ==, "Three days.");
  g_assert_cmpuint (notified, ==, 2);

  /* The title: copied, unchanged is no change. */
  g_assert_true (_hearth_gui_chart_set_title (GTK_WIDGET (bars), &title, "Energy", "Bar chart"));
  g_assert_cmpstr (title, ==, "Energy");
  g_assert_false (_hearth_gui_chart_set_title (GTK_WIDGET (bars), &title, "Energy", "Bar chart"));
  g_assert_true (_hearth_gui_chart_set_title (GTK_WIDGET (bars), &title, NULL, "Bar chart"));
  g_assert_null (title);

  /* Through the widgets: "title" notified once per change, and a
   * calendar's title leaves its summary alone. */
  g_signal_connect (calendar, "notify::title", G_CALLBACK (on_notify_cb), &titled);
  hearth_calendar_view_set_title (calendar, "Steps");
  hearth_calendar_view_set_title (calendar, "Steps");
  g_assert_cmpuint (titled, ==, 1);
  g_assert_cmpstr (hearth_calendar_view_get_title (calendar), ==, "Steps");
  g_assert_cmpstr (hearth_calendar_view_get_description (calendar), ==, "No data.");
  g_object_set (calendar, "title", NULL, NULL);
  g_assert_cmpuint (titled, ==, 2);
  g_assert_null (hearth_calendar_view_get_title (calendar));

  /* No area (never allocated): nothing to draw on, nothing appended. */
  snapshot = gtk_snapshot_new ();
  g_assert_null (_hearth_gui_chart_begin_snapshot (GTK_WIDGET (bars), snapshot, &style,
                                                   &width, &height));
  g_assert_cmpint (width, ==, 0);
  g_assert_cmpint (height, ==, 0);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_null (node);

  /* A formatter's data: freed when replaced and with the view. */
  {
    guint freed_bars = 0;
    guint freed_calendar = 0;

    hearth_bars_view_set_format_func (bars, format_kcal, &freed_bars, count_destroy);
    hearth_calendar_view_set_format_func (calendar, format_kcal, &freed_calendar, count_destroy);
    hearth_bars_view_set_format_func (bars, format_kcal, &freed_bars, count_destroy);
    g_assert_cmpuint (freed_bars, ==, 1);
    g_assert_cmpuint (freed_calendar, ==, 0);
    g_object_unref (calendar);
    g_assert_cmpuint (freed_calendar, ==, 1);
    g_object_unref (bars);
    g_assert_cmpuint (freed_bars, ==, 2);
  }

  g_object_unref (chart);
}

static void
test_first_weekday (void)
{
  static const struct
  {
    const char   *locale;
    GDateWeekday  first;
  } cases[] = {
    { "C.UTF-8", G_DATE_SUNDAY },
    { "de_DE.UTF-8", G_DATE_MONDAY },
    { "zh_CN.UTF-8", G_DATE_MONDAY },
    { "zh_TW.UTF-8", G_DATE_SUNDAY },
  };
  g_autofree char *old = g_strdup (setlocale (LC_TIME, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthCalendarView *view;

      if (setlocale (LC_TIME, cases[i].locale) == NULL)
        g_error ("the %s locale is missing: generate it (HACKING.md, Tests)", cases[i].locale);
      g_assert_cmpint (hearth_gui_get_first_weekday (), ==, cases[i].first);

      /* A new view starts its weeks there. */
      view = g_object_ref_sink (hearth_calendar_view_new ());
      g_assert_cmpint (hearth_calendar_view_get_first_weekday (view), ==, cases[i].first);
      g_object_unref (view);
    }
  setlocale (LC_TIME, old);
}

int
main (int   argc,
      char *argv[])
{
  /* A GUI test without a display fails: it never skips. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("test-day-charts needs a display: run it under xvfb-run (HACKING.md, Tests)\n");
      return 1;
    }
  g_assert_nonnull (g_getenv ("HEARTH_BUILD_ROOT"));

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_assert_nonnull (hearth_gui_get_resource ());

  g_test_add_func ("/hearth/day-charts/bars", test_bars);
  g_test_add_func ("/hearth/day-charts/stacked", test_stacked);
  g_test_add_func ("/hearth/day-charts/calendar", test_calendar);
  g_test_add_func ("/hearth/day-charts/first-weekday", test_first_weekday);
  g_test_add_func ("/hearth/day-charts/shared", test_shared);

  return g_test_run ();
}
