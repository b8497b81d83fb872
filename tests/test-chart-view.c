/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-view"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "hearth-chart-page-private.h"
#include "hearth-chart-theme.h"
#include "hearth-chart-view-private.h"
#include "hearth-gui-resources.h"
#include "hearth-gui-util.h"
#include "hearth-generate.h"
#include "hearth-summary.h"

/* A store with a fixed clock and two members: Ada with 90 days of blood
 * pressure (two readings a day), Ben with ten years of daily weights. The
 * chart views live in a shown window, so they draw for real (Xvfb). */

#define N_BP_DAYS      90
#define N_WEIGHT_DAYS  3650
#define WINDOW_WIDTH   600
#define WINDOW_HEIGHT  360
#define DESCRIBE_WAIT_MS 400

static char *tmpdir;
static HearthClock *test_clock;
static HearthStore *store;
static HearthProfile *ada;
static HearthProfile *ben;
static HearthProfile *cy;
static HearthProfile *dee;
static GDateTime *now;
static gint64 first_bp_us;

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

static gint64
to_us (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static void
add_reading (HearthProfile *profile,
             HearthReading *reading)
{
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (profile));
  g_assert_true (hearth_store_add_reading (store, reading, &error));
  g_assert_no_error (error);
}

static double
bp_systolic (guint day, gboolean evening)
{
  return round (126 + 9 * sin (day / 5.0) + (evening ? 4 : 0));
}

static void
fill_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "hearth.db", NULL);

  now = g_date_time_new_utc (2025, 3, 15, 12, 0, 0);
  test_clock = hearth_clock_new_fixed (now);
  store = hearth_store_open (path, test_clock, &error);
  g_assert_no_error (error);

  ada = hearth_profile_new ("Ada");
  hearth_profile_set_birth (ada, 1958, 0, 0);
  g_assert_true (hearth_store_add_profile (store, ada, &error));
  g_assert_no_error (error);

  ben = hearth_profile_new ("Ben");
  hearth_profile_set_birth (ben, 1980, 0, 0);
  g_assert_true (hearth_store_add_profile (store, ben, &error));
  g_assert_no_error (error);

  for (guint day = N_BP_DAYS; day-- > 1;)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_seconds (now, -(double) day * 86400 - 4 * 3600);
      g_autoptr(GDateTime) evening = g_date_time_add_seconds (now, -(double) day * 86400 + 8 * 3600);
      g_autoptr(HearthReading) r1 = hearth_reading_new_blood_pressure (morning, bp_systolic (day, FALSE),
                                                                       80 + round (4 * sin (day / 5.0)), 66);
      g_autoptr(HearthReading) r2 = hearth_reading_new_blood_pressure (evening, bp_systolic (day, TRUE),
                                                                       83 + round (4 * sin (day / 5.0)), 70);

      if (day == N_BP_DAYS - 1)
        first_bp_us = to_us (morning);
      add_reading (ada, r1);
      add_reading (ada, r2);
    }

  /* The latest: an hour ago. */
  {
    g_autoptr(GDateTime) when = g_date_time_add_hours (now, -1);
    g_autoptr(HearthReading) latest = hearth_reading_new_blood_pressure (when, 137, 86, 64);

    add_reading (ada, latest);
  }

  /* Cy: 20 complete days of about 8,000 steps, and 1,500 so far today. */
  cy = hearth_profile_new ("Cy");
  hearth_profile_set_birth (cy, 1990, 0, 0);
  g_assert_true (hearth_store_add_profile (store, cy, &error));
  g_assert_no_error (error);
  for (guint day = 21; day-- > 0;)
    {
      g_autoptr(GDateTime) when = g_date_time_add_days (now, -(int) day);
      g_autoptr(HearthReading) r = hearth_reading_new_steps (when, day == 0 ? 1500 : 8000 + (day % 3) * 50);

      add_reading (cy, r);
    }

  /* Dee: a handful of blood pressures over the last two days. */
  dee = hearth_profile_new ("Dee");
  hearth_profile_set_birth (dee, 1970, 0, 0);
  g_assert_true (hearth_store_add_profile (store, dee, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_hours (now, -1 - 23 * (int) i);
      g_autoptr(HearthReading) r = hearth_reading_new_blood_pressure (when, 130 + i, 85, 70);

      add_reading (dee, r);
    }

  for (guint day = N_WEIGHT_DAYS; day-- > 0;)
    {
      g_autoptr(GDateTime) when = g_date_time_add_seconds (now, -(double) day * 86400 - 5 * 3600);
      g_autoptr(HearthReading) r = hearth_reading_new_weight (when, 80 + 5 * sin (day / 90.0) + (day % 7) * 0.1, NAN);

      add_reading (ben, r);
    }
}

typedef struct
{
  GtkWindow       *window;
  HearthChartView *view;
} Fixture;

static void
wait_for_draw (HearthChartView *view)
{
  gtk_widget_queue_draw (GTK_WIDGET (view));
  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (GTK_WIDGET (view)); i++)
    wait_ms (20);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  wait_ms (150);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HearthProfile *profile = data ? ben : ada;
  HearthReadingKind kind = data ? HEARTH_READING_KIND_WEIGHT : HEARTH_READING_KIND_BLOOD_PRESSURE;

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, WINDOW_WIDTH, WINDOW_HEIGHT);
  f->view = hearth_chart_view_new ();
  hearth_chart_view_set_source (f->view, store, profile, kind);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  wait_for_draw (f->view);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  wait_ms (10);
}

static cairo_surface_t *
render (GtkWidget  *widget,
        const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  const char *build_root = g_getenv ("HEARTH_BUILD_ROOT");
  int width;
  int height;
  cairo_t *cr;

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

  if (build_root != NULL)
    path = g_build_filename (build_root, "tests", name, NULL);
  else
    path = g_build_filename (tmpdir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Chart: %s", path);

  return surface;
}

static void
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y,
           double           rgb[3])
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 px;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  px = *(guint32 *) (void *) (data + y * stride + x * 4);
  rgb[0] = ((px >> 16) & 0xff) / 255.0;
  rgb[1] = ((px >> 8) & 0xff) / 255.0;
  rgb[2] = (px & 0xff) / 255.0;
}

/* Ranges --------------------------------------------------------------- */

static void
test_ranges (Fixture       *f,
             gconstpointer  data)
{
  static const struct { HearthChartRange range; gint64 days; } spans[] = {
    { HEARTH_CHART_RANGE_WEEK, 7 },
    { HEARTH_CHART_RANGE_MONTH, 30 },
    { HEARTH_CHART_RANGE_QUARTER, 90 },
    { HEARTH_CHART_RANGE_YEAR, 365 },
  };
  gint64 t0;
  gint64 t1;
  gint64 now_us = to_us (now);
  guint last_visible = 0;

  /* The default: the last 30 days, up to now. */
  g_assert_cmpint (hearth_chart_view_get_range (f->view), ==, HEARTH_CHART_RANGE_MONTH);
  g_assert_cmpuint (_hearth_chart_view_get_n_points (f->view), ==, 2 * (N_BP_DAYS - 1) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      const HearthChartStats *stats;

      hearth_chart_view_set_range (f->view, spans[i].range);
      g_assert_cmpint (hearth_chart_view_get_range (f->view), ==, spans[i].range);
      _hearth_chart_view_get_visible (f->view, &t0, &t1);
      g_assert_cmpint (t1 - t0, ==, spans[i].days * G_TIME_SPAN_DAY);
      g_assert_cmpint (t1, >=, now_us);
      g_assert_cmpint (t1, <=, now_us + G_TIME_SPAN_DAY);

      wait_for_draw (f->view);
      stats = _hearth_chart_view_get_last_stats (f->view);
      g_assert_cmpint (stats->area.t0, ==, t0);
      g_assert_cmpint (stats->area.t1, ==, t1);
      g_assert_cmpuint (stats->points_drawn, >, 0);
      /* Longer ranges show more readings, up to all of them. */
      g_assert_cmpuint (stats->points_visible, >=, last_visible);
      last_visible = stats->points_visible;
    }

  /* All: from the first reading to now. */
  hearth_chart_view_set_range (f->view, HEARTH_CHART_RANGE_ALL);
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  g_assert_cmpint (t0, <=, first_bp_us);
  g_assert_cmpint (t0, >=, first_bp_us - 10 * G_TIME_SPAN_DAY);
  g_assert_cmpint (t1, >=, now_us);

  /* The "chart.range" action sets it too. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.range", "i", HEARTH_CHART_RANGE_WEEK);
  g_assert_cmpint (hearth_chart_view_get_range (f->view), ==, HEARTH_CHART_RANGE_WEEK);
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  g_assert_cmpint (t1 - t0, ==, 7 * G_TIME_SPAN_DAY);
}

static void
test_reduction (Fixture       *f,
                gconstpointer  data)
{
  const HearthChartStats *stats;
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));

  g_assert_cmpuint (_hearth_chart_view_get_n_points (f->view), ==, N_WEIGHT_DAYS);

  hearth_chart_view_set_range (f->view, HEARTH_CHART_RANGE_ALL);
  wait_for_draw (f->view);

  stats = _hearth_chart_view_get_last_stats (f->view);
  g_test_message ("width %d, drawn %u, visible %u", width, stats->points_drawn, stats->points_visible);

  /* Ten years of weights and their moving average, two series: the chart
   * is handed every reading (a long range's summary is computed from all
   * of them) and draws at most four points per pixel column each. */
  g_assert_cmpuint (stats->points_visible, ==, 2 * N_WEIGHT_DAYS);
  g_assert_cmpuint (stats->points_drawn, <=, 2 * (4 * (guint) ceil (stats->area.width) + 2) + 1);
  g_assert_cmpuint (stats->points_drawn, <, 2 * N_WEIGHT_DAYS);
}

/* Keyboard ------------------------------------------------------------- */

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  gint64 t0;
  gint64 t1;
  gint64 t0b;
  gint64 t1b;
  gint64 ht;
  gint64 ht2;
  guint series;
  double v;

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->view)));
  gtk_widget_grab_focus (GTK_WIDGET (f->view));

  /* Focus highlights the newest reading in view: systolic 137; Right
   * stays on it, the newest. */
  g_assert_true (_hearth_chart_view_get_highlight (f->view, &series, &ht, &v));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpfloat (v, ==, 137);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.next-point", NULL);
  g_assert_true (_hearth_chart_view_get_highlight (f->view, &series, &ht, &v));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpfloat (v, ==, 137);

  /* Left goes back one reading, Down to the diastolic of the same. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.previous-point", NULL);
  g_assert_true (_hearth_chart_view_get_highlight (f->view, &series, &ht2, &v));
  g_assert_cmpint (ht2, <, ht);
  g_assert_cmpfloat (v, ==, bp_systolic (1, TRUE));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.next-series", NULL);
  g_assert_true (_hearth_chart_view_get_highlight (f->view, &series, &ht, &v));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpint (ht, ==, ht2);
  wait_for_draw (f->view);

  /* Zoom in around the highlight, then out. */
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.zoom-in", NULL);
  _hearth_chart_view_get_visible (f->view, &t0b, &t1b);
  g_assert_cmpint (t1b - t0b, <, t1 - t0);
  g_assert_cmpint (t0b, <=, ht);
  g_assert_cmpint (t1b, >=, ht);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.zoom-out", NULL);
  _hearth_chart_view_get_visible (f->view, &t0b, &t1b);
  g_assert_cmpint (llabs ((t1b - t0b) - (t1 - t0)), <=, 2);

  /* Pan left by a quarter, to the start, back to the end. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.pan-end", NULL);
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.pan-left", NULL);
  _hearth_chart_view_get_visible (f->view, &t0b, &t1b);
  g_assert_cmpint (t0b, <, t0);
  g_assert_cmpint (t1b - t0b, ==, t1 - t0);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.pan-start", NULL);
  _hearth_chart_view_get_visible (f->view, &t0b, &t1b);
  g_assert_cmpint (t0b, <=, first_bp_us);
  g_assert_cmpint (t1b - t0b, ==, t1 - t0);
  /* Never before the first reading (less a small margin). */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.pan-left", NULL);
  _hearth_chart_view_get_visible (f->view, &t0, NULL);
  g_assert_cmpint (t0, ==, t0b);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.pan-end", NULL);
  _hearth_chart_view_get_visible (f->view, &t0b, &t1b);
  g_assert_cmpint (t1b, >=, to_us (now));
  /* …nor after now. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.pan-right", NULL);
  _hearth_chart_view_get_visible (f->view, NULL, &t1);
  g_assert_cmpint (t1, ==, t1b);

  /* Choosing the range again resets panning and zooming. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.zoom-in", NULL);
  hearth_chart_view_set_range (f->view, HEARTH_CHART_RANGE_MONTH);
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  g_assert_cmpint (t1 - t0, ==, 30 * G_TIME_SPAN_DAY);
}

/* Description ---------------------------------------------------------- */

static void
test_describe (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = hearth_chart_view_describe (f->view);
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  g_autofree char *kpa = NULL;
  g_autofree char *kpa_text = NULL;
  const HearthChartBand *bands;
  guint n_bands;

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "latest 137 mmHg"));
  g_assert_nonnull (strstr (text, "Systolic"));
  g_assert_nonnull (strstr (text, "Diastolic"));
  g_assert_nonnull (strstr (text, "latest 86 mmHg"));
  g_assert_nonnull (strstr (text, "systolic and diastolic categories by ACC/AHA 2017"));

  bands = _hearth_chart_view_get_bands (f->view, &n_bands);
  g_assert_cmpuint (n_bands, >=, 3);
  g_assert_cmpfloat (bands[1].lo, ==, 120);
  /* Systolic thresholds belong to the systolic series, diastolic ones
   * to the diastolic series (issue 7). */
  for (guint i = 0; i < n_bands; i++)
    {
      g_assert_cmpint (bands[i].series, >=, 0);
      g_assert_cmpint (bands[i].series, <=, 1);
      if (bands[i].series == 1 && bands[i].lo <= 95 && 95 < bands[i].hi)
        g_assert_cmpstr (bands[i].label, ==, "Stage 2 hypertension");
    }

  /* In kPa: values and bands converted, the text follows. */
  g_settings_set_string (settings, "pressure-unit", "kpa");
  kpa = hearth_units_format_pressure (137, HEARTH_PRESSURE_UNIT_KPA);
  kpa_text = hearth_chart_view_describe (f->view);
  g_test_message ("%s", kpa_text);
  g_assert_nonnull (strstr (kpa_text, kpa));
  bands = _hearth_chart_view_get_bands (f->view, &n_bands);
  g_assert_cmpfloat_with_epsilon (bands[1].lo, 120 / HEARTH_MMHG_PER_KPA, 1e-6);
  g_settings_reset (settings, "pressure-unit");

  /* A new reading updates the chart. */
  {
    g_autoptr(GDateTime) when = g_date_time_add_minutes (now, -5);
    g_autoptr(HearthReading) r = hearth_reading_new_blood_pressure (when, 119, 77, 60);
    g_autofree char *after = NULL;

    add_reading (ada, r);
    after = hearth_chart_view_describe (f->view);
    g_assert_nonnull (strstr (after, "latest 119 mmHg"));

    g_assert_true (hearth_store_delete_reading (store, hearth_reading_get_uuid (r), NULL));
    g_clear_pointer (&after, g_free);
    after = hearth_chart_view_describe (f->view);
    g_assert_nonnull (strstr (after, "latest 137 mmHg"));
  }

  /* A week with nothing in it says so. */
  {
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
    g_autofree char *empty = NULL;

    hearth_clock_set_fixed (test_clock, later);
    hearth_chart_view_set_range (f->view, HEARTH_CHART_RANGE_YEAR);
    hearth_chart_view_set_range (f->view, HEARTH_CHART_RANGE_WEEK);
    g_assert_true (_hearth_chart_view_is_empty (f->view));
    empty = hearth_chart_view_describe (f->view);
    g_assert_nonnull (strstr (empty, "no readings in this range"));
    wait_for_draw (f->view);
    hearth_clock_set_fixed (test_clock, now);
    hearth_chart_view_set_range (f->view, HEARTH_CHART_RANGE_MONTH);
    g_assert_false (_hearth_chart_view_is_empty (f->view));
  }
}

/* Pixels --------------------------------------------------------------- */

static void
test_render_light (Fixture       *f,
                   gconstpointer  data)
{
  const HearthChartStats *stats;
  const HearthChartBand *bands;
  HearthChartStyle style;
  cairo_surface_t *surface;
  guint n_bands;
  guint checked = 0;
  double bg[3];

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_for_draw (f->view);
  surface = render (GTK_WIDGET (f->view), "chart-view-light.png");
  stats = _hearth_chart_view_get_last_stats (f->view);
  hearth_gui_get_chart_style (GTK_WIDGET (f->view), &style);
  bands = _hearth_chart_view_get_bands (f->view, &n_bands);

  /* The background is light. */
  get_pixel (surface, 1, cairo_image_surface_get_height (surface) - 2, bg);
  g_assert_cmpfloat (bg[0] + bg[1] + bg[2], >, 2.4);

  /* Inside each band tall enough to tell, most of some row is the band's
   * colour over the background (lines and grid cross it elsewhere). */
  for (guint z = 0; z < n_bands; z++)
    {
      const HearthChartArea *area = &stats->area;
      const HearthChartRgba *c = &style.bands[bands[z].role];
      double from = MAX (bands[z].lo, area->v_min);
      double to = MIN (bands[z].hi, area->v_max);
      double expect[3] = {
        c->red * c->alpha + style.background.red * (1 - c->alpha),
        c->green * c->alpha + style.background.green * (1 - c->alpha),
        c->blue * c->alpha + style.background.blue * (1 - c->alpha),
      };
      int y0;
      int y1;
      double best = 0;

      if (from >= to)
        continue;
      y0 = (int) ceil (hearth_chart_value_to_y (area, to)) + 2;
      y1 = (int) floor (hearth_chart_value_to_y (area, from)) - 2;
      if (y1 - y0 < 4)
        continue;

      for (int y = y0; y <= y1; y++)
        {
          guint match = 0;
          guint n = 0;

          for (int x = (int) area->x + 2; x < (int) (area->x + area->width) - 2; x++)
            {
              double px[3];

              get_pixel (surface, x, y, px);
              n++;
              if (fabs (px[0] - expect[0]) < 3 / 255.0 &&
                  fabs (px[1] - expect[1]) < 3 / 255.0 &&
                  fabs (px[2] - expect[2]) < 3 / 255.0)
                match++;
            }
          best = MAX (best, (double) match / n);
        }

      g_test_message ("band %u (%s): best row %.0f %% matching", z, bands[z].label, best * 100);
      g_assert_cmpfloat (best, >, 0.5);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 2);

  cairo_surface_destroy (surface);
}

static void
test_render_dark (Fixture       *f,
                  gconstpointer  data)
{
  cairo_surface_t *surface;
  HearthChartStyle style;
  double bg[3];

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_draw (f->view);
  /* A highlighted reading, for the picture. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.next-point", NULL);
  wait_for_draw (f->view);
  surface = render (GTK_WIDGET (f->view), "chart-view-dark.png");

  hearth_gui_get_chart_style (GTK_WIDGET (f->view), &style);
  g_assert_cmpfloat (style.background.red + style.background.green + style.background.blue, <, 0.9);
  get_pixel (surface, 1, cairo_image_surface_get_height (surface) - 2, bg);
  g_assert_cmpfloat (bg[0] + bg[1] + bg[2], <, 0.9);
  /* The text is light. */
  g_assert_cmpfloat (style.foreground.red + style.foreground.green + style.foreground.blue, >, 2.4);

  cairo_surface_destroy (surface);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Compact -------------------------------------------------------------- */

static void
test_compact (Fixture       *f,
              gconstpointer  data)
{
  cairo_surface_t *surface;
  gint64 t0;
  gint64 t1;

  gtk_window_set_default_size (f->window, 200, 48);
  hearth_chart_view_set_compact (f->view, TRUE);
  g_assert_true (hearth_chart_view_get_compact (f->view));
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (f->view)));
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  g_assert_cmpint (t1 - t0, ==, 30 * G_TIME_SPAN_DAY);
  /* Only the last 30 days are loaded. */
  g_assert_cmpuint (_hearth_chart_view_get_n_points (f->view), <=, 2 * 32);

  /* Actions do nothing in a sparkline. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.zoom-in", NULL);
  _hearth_chart_view_get_visible (f->view, &t0, &t1);
  g_assert_cmpint (t1 - t0, ==, 30 * G_TIME_SPAN_DAY);

  wait_for_draw (f->view);
  g_assert_cmpuint (_hearth_chart_view_get_last_stats (f->view)->points_drawn, >, 0);
  surface = render (GTK_WIDGET (f->view), "chart-view-compact.png");
  cairo_surface_destroy (surface);
}


/* Issue 7 ---------------------------------------------------------------- */

/* Hover or focus shows the whole reading: systolic, diastolic and pulse,
 * whichever of its values is highlighted. */
static void
test_highlight_reading (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  guint series;

  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.next-point", NULL);
  g_assert_true (_hearth_chart_view_get_highlight (f->view, &series, NULL, NULL));
  text = _hearth_chart_view_format_highlight (f->view);
  g_test_message ("%s", text);
  g_assert_cmpstr (text, ==, "137/86 mmHg, pulse 64");

  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.next-series", NULL);
  g_assert_true (_hearth_chart_view_get_highlight (f->view, &series, NULL, NULL));
  g_assert_cmpuint (series, ==, 1);
  again = _hearth_chart_view_format_highlight (f->view);
  g_assert_cmpstr (again, ==, text);
  wait_for_draw (f->view);
}

/* Zooming makes the range "custom"; choosing the range again goes back. */
static void
test_custom (Fixture       *f,
             gconstpointer  data)
{
  gboolean custom = TRUE;

  g_object_get (f->view, "custom", &custom, NULL);
  g_assert_false (custom);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "chart.zoom-in", NULL);
  g_object_get (f->view, "custom", &custom, NULL);
  g_assert_true (custom);
  hearth_chart_view_set_range (f->view, hearth_chart_view_get_range (f->view));
  g_object_get (f->view, "custom", &custom, NULL);
  g_assert_false (custom);
}

/* Today's partial steps are not compared with complete days: the days'
 * series ends yesterday and reads steady, today is a series of its own. */
static void
test_steps_today (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  HearthChartView *view = hearth_chart_view_new ();
  g_autofree char *text = NULL;
  const char *today;
  gint64 t;

  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  hearth_chart_view_set_source (view, store, cy, HEARTH_READING_KIND_STEPS);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  wait_for_draw (view);

  g_assert_cmpuint (_hearth_chart_view_get_n_points (view), ==, 20);
  text = hearth_chart_view_describe (view);
  g_test_message ("%s", text);
  today = strstr (text, "Today so far");
  g_assert_nonnull (today);
  g_assert_nonnull (strstr (today, "latest 1500 steps"));
  /* The complete days, before "Today so far": steady, not falling. */
  g_assert_nonnull (g_strstr_len (text, today - text, "Steady over the range."));
  g_assert_null (strstr (text, "Falling"));

  /* The newest point, today's, is the last one End reaches. */
  gtk_widget_activate_action (GTK_WIDGET (view), "chart.next-point", NULL);
  g_assert_true (_hearth_chart_view_get_highlight (view, NULL, &t, NULL));

  gtk_window_destroy (window);
  wait_ms (10);
}

/* A handful of readings over two days, range "All": spread over the plot,
 * not squeezed against its right edge. */
static void
test_few_points (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  HearthChartView *view = hearth_chart_view_new ();
  const HearthChartStats *stats;
  double x_first;
  double x_last;

  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  hearth_chart_view_set_source (view, store, dee, HEARTH_READING_KIND_BLOOD_PRESSURE);
  hearth_chart_view_set_range (view, HEARTH_CHART_RANGE_ALL);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  wait_for_draw (view);

  stats = _hearth_chart_view_get_last_stats (view);
  x_first = hearth_chart_time_to_x (&stats->area, to_us (now) - (1 + 46) * G_TIME_SPAN_HOUR);
  x_last = hearth_chart_time_to_x (&stats->area, to_us (now) - G_TIME_SPAN_HOUR);
  g_test_message ("first at %.0f, last at %.0f, plot %.0f+%.0f", x_first, x_last,
                  stats->area.x, stats->area.width);
  g_assert_cmpfloat (x_last - x_first, >, stats->area.width * 0.6);
  g_assert_cmpfloat (x_last, <=, stats->area.x + stats->area.width);
  g_assert_cmpfloat (x_first, >=, stats->area.x);

  gtk_window_destroy (window);
  wait_ms (10);
}

/* The chart takes keyboard focus with a visible ring in the accent
 * colour around it, and shows its newest reading. */
static void
test_focus_ring (Fixture       *f,
                 gconstpointer  data)
{
  HearthChartStyle style;
  cairo_surface_t *surface;
  int height = gtk_widget_get_height (GTK_WIDGET (f->view));
  double rgb[3];

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->view)));
  gtk_window_set_focus_visible (f->window, TRUE);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->view)));
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (f->view)));
  wait_for_draw (f->view);

  /* Focus alone shows the newest reading, whole, without moving the view. */
  {
    g_autofree char *text = NULL;
    gboolean custom = TRUE;

    g_assert_true (_hearth_chart_view_get_highlight (f->view, NULL, NULL, NULL));
    text = _hearth_chart_view_format_highlight (f->view);
    g_assert_cmpstr (text, ==, "137/86 mmHg, pulse 64");
    g_object_get (f->view, "custom", &custom, NULL);
    g_assert_false (custom);
  }

  hearth_gui_get_chart_style (GTK_WIDGET (f->view), &style);
  surface = render (GTK_WIDGET (f->view), "chart-view-focus.png");
  /* Left edge, halfway down: the ring, not the chart's background. */
  get_pixel (surface, 0, height / 2, rgb);
  g_assert_cmpfloat (fabs (rgb[0] - style.highlight.red), <, 0.05);
  g_assert_cmpfloat (fabs (rgb[1] - style.highlight.green), <, 0.05);
  g_assert_cmpfloat (fabs (rgb[2] - style.highlight.blue), <, 0.05);
  cairo_surface_destroy (surface);
}

/* The page ------------------------------------------------------------- */

static void
test_page (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = hearth_chart_page_new (store, ada, HEARTH_READING_KIND_BLOOD_PRESSURE);
  HearthChartView *view = _hearth_chart_page_get_chart_view (HEARTH_CHART_PAGE (page));
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  const char *latest;

  gtk_window_set_default_size (window, 360, 720);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  wait_for_draw (view);

  latest = gtk_label_get_text (_hearth_chart_page_get_latest_label (HEARTH_CHART_PAGE (page)));
  g_assert_nonnull (strstr (latest, "137/86 mmHg"));
  text = hearth_chart_view_describe (view);
  g_assert_cmpstr (gtk_label_get_text (_hearth_chart_page_get_summary_label (HEARTH_CHART_PAGE (page))), ==, text);

  /* The range buttons act through "page.range". */
  gtk_widget_activate_action (page, "page.range", "i", HEARTH_CHART_RANGE_QUARTER);
  g_assert_cmpint (hearth_chart_view_get_range (view), ==, HEARTH_CHART_RANGE_QUARTER);
  wait_ms (DESCRIBE_WAIT_MS);
  g_clear_pointer (&text, g_free);
  text = hearth_chart_view_describe (view);
  g_assert_cmpstr (gtk_label_get_text (_hearth_chart_page_get_summary_label (HEARTH_CHART_PAGE (page))), ==, text);

  /* Readable at 360 px: the page fits and the chart gets the width. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >=, 300);
  wait_for_draw (view);
  surface = render (GTK_WIDGET (window), "chart-page-360.png");
  cairo_surface_destroy (surface);

  gtk_window_destroy (window);
  wait_ms (10);
}

/* Zoom is discoverable: buttons zoom in, out and back; the range selector
 * shows "Custom" while zoomed. The spoken summary is the accessible
 * description and sits in a collapsed "Details" expander, not as a block
 * of text under the chart. */
static void
test_page_zoom (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = hearth_chart_page_new (store, ada, HEARTH_READING_KIND_BLOOD_PRESSURE);
  HearthChartPage *self = HEARTH_CHART_PAGE (page);
  HearthChartView *view = _hearth_chart_page_get_chart_view (self);
  GtkWidget *custom = _hearth_chart_page_get_custom_button (self);
  GtkWidget *summary = GTK_WIDGET (_hearth_chart_page_get_summary_label (self));
  GtkWidget *expander;
  gint64 t0;
  gint64 t1;
  int range;

  gtk_window_set_default_size (window, 360, 720);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  wait_for_draw (view);

  /* GTK 4.8 unparents a collapsed expander's child: ask the page. */
  expander = _hearth_chart_page_get_details (self);
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_true (gtk_expander_get_child (GTK_EXPANDER (expander)) == summary);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, "Details");

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *button = _hearth_chart_page_get_zoom_button (self, i);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_visible (button));
      g_assert_nonnull (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
    }

  g_assert_false (gtk_widget_get_visible (custom));
  _hearth_chart_view_get_visible (view, &t0, &t1);
  g_assert_true (gtk_widget_activate_action (page, "page.zoom-in", NULL));
  {
    gint64 z0;
    gint64 z1;

    _hearth_chart_view_get_visible (view, &z0, &z1);
    g_assert_cmpint (z1 - z0, <, t1 - t0);
  }
  g_object_get (page, "range", &range, NULL);
  g_assert_cmpint (range, ==, HEARTH_CHART_PAGE_RANGE_CUSTOM);
  g_assert_true (gtk_widget_get_visible (custom));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (custom)));

  g_assert_true (gtk_widget_activate_action (page, "page.zoom-reset", NULL));
  g_object_get (page, "range", &range, NULL);
  g_assert_cmpint (range, ==, HEARTH_CHART_RANGE_MONTH);
  g_assert_false (gtk_widget_get_visible (custom));
  {
    gint64 z0;
    gint64 z1;

    _hearth_chart_view_get_visible (view, &z0, &z1);
    g_assert_cmpint (z1 - z0, ==, t1 - t0);
  }

  /* Zoom out, then pick a range: "Custom" goes away. */
  g_assert_true (gtk_widget_activate_action (page, "page.zoom-out", NULL));
  g_object_get (page, "range", &range, NULL);
  g_assert_cmpint (range, ==, HEARTH_CHART_PAGE_RANGE_CUSTOM);
  gtk_widget_activate_action (page, "page.range", "i", HEARTH_CHART_RANGE_WEEK);
  g_assert_cmpint (hearth_chart_view_get_range (view), ==, HEARTH_CHART_RANGE_WEEK);
  g_assert_false (gtk_widget_get_visible (custom));

  gtk_window_destroy (window);
  wait_ms (10);
}

/* The chart's keys are listed in the shortcuts window, each one the
 * chart view binds. */
static void
test_shortcuts_window (void)
{
  static const char * const keys[] = {
    "Left", "Right", "Up", "Down", "<Shift>Left", "<Shift>Right", "Home", "End", "plus", "minus",
  };
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/hearthapp/Hearth/hearth-shortcuts-window.ui");
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) listed = g_string_new (" ");
  gboolean chart_group = FALSE;

  g_assert_nonnull (window);
  for (GtkWidget *w = gtk_widget_get_first_child (window); w != NULL;)
    {
      if (GTK_IS_SHORTCUTS_GROUP (w))
        {
          g_autofree char *title = NULL;

          g_object_get (w, "title", &title, NULL);
          chart_group = chart_group || g_strcmp0 (title, "Charts") == 0;
        }
      if (GTK_IS_SHORTCUTS_SHORTCUT (w))
        {
          g_autofree char *accel = NULL;

          g_object_get (w, "accelerator", &accel, NULL);
          if (accel != NULL)
            g_string_append_printf (listed, "%s ", accel);
        }

      /* Depth first over the whole tree. */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != window && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == window) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }

  g_test_message ("listed:%s", listed->str);
  g_assert_true (chart_group);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *word = g_strdup_printf (" %s ", keys[i]);

      g_assert_nonnull (strstr (listed->str, word));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The standard deviation of the image's grey levels: 0 for a blank one. */
static double
grey_deviation (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  double sum = 0;
  double sum2 = 0;
  double n = 0;

  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        double rgb[3];
        double grey;

        get_pixel (surface, x, y, rgb);
        grey = (rgb[0] + rgb[1] + rgb[2]) / 3;
        sum += grey;
        sum2 += grey * grey;
        n++;
      }

  return sqrt (MAX (sum2 / n - (sum / n) * (sum / n), 0));
}

static gboolean
legend_has (const HearthChartStats *stats,
            const char             *text)
{
  for (guint i = 0; i < stats->n_legend; i++)
    {
      if (g_strcmp0 (stats->legend[i].text, text) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Issue 7: ten years of made-up blood pressure and glucose (hearth-cli
 * generate's data) at a normal width and at 360 px, light and dark,
 * written to the build's tests folder: not blank, the legend names what
 * is drawn, the blood pressure is summarised with a trend. */
static void
test_screenshots (void)
{
  static const int widths[] = { 800, 360 };
  /* The third: glucose of the same readings for a member without
   * diabetes, read against each context's thresholds. */
  static const HearthReadingKind kinds[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_GLUCOSE,
  };
  g_autofree char *path = g_build_filename (tmpdir, "generated.db", NULL);
  g_autoptr(HearthStore) gen_store = NULL;
  g_autoptr(HearthGenerated) generated = NULL;
  g_autoptr(GError) error = NULL;
  HearthProfile *member;

  gen_store = hearth_store_open (path, test_clock, &error);
  g_assert_no_error (error);
  generated = hearth_generated_new (1, 2, 3652, now);
  g_assert_true (hearth_generated_store (generated, gen_store, &error));
  g_assert_no_error (error);
  /* The first member: hypertension and diabetes. */
  member = g_ptr_array_index (hearth_generated_get_profiles (generated), 0);
  g_assert_true (hearth_profile_has_condition (member, HEARTH_CONDITION_DIABETES));

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      for (guint dark = 0; dark < 2; dark++)
        {
          GtkWindow *window = GTK_WINDOW (gtk_window_new ());
          HearthChartView *view = hearth_chart_view_new ();
          const HearthChartStats *stats;
          g_autofree char *name = NULL;
          cairo_surface_t *surface;
          double deviation;

          adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                              dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_window_set_default_size (window, widths[w], 400);
          /* The last kind: the same member as if without diabetes (the
           * view reads the profile it is given). */
          if (k == 2)
            hearth_profile_set_conditions (member, NULL);
          hearth_chart_view_set_source (view, gen_store, member, kinds[k]);
          hearth_chart_view_set_range (view, HEARTH_CHART_RANGE_ALL);
          gtk_window_set_child (window, GTK_WIDGET (view));
          gtk_window_present (window);
          wait_for_draw (view);

          name = g_strdup_printf ("chart-10y-%s-%d-%s.png",
                                  k == 2 ? "glucose-no-diabetes" : k == 1 ? "glucose" : "bp",
                                  widths[w], dark ? "dark" : "light");
          surface = render (GTK_WIDGET (view), name);
          deviation = grey_deviation (surface);
          stats = _hearth_chart_view_get_last_stats (view);
          g_test_message ("%s: deviation %.3f, %u legend entries (%u dropped), %u panels, bucket %" G_GINT64_FORMAT " s",
                          name, deviation, stats->n_legend, stats->legend_dropped, stats->n_panels,
                          stats->summary_bucket[0] / G_USEC_PER_SEC);
          g_assert_cmpfloat (deviation, >, 0.03);
          g_assert_cmpuint (stats->n_legend, >, 0);

          if (kinds[k] == HEARTH_READING_KIND_BLOOD_PRESSURE)
            {
              g_assert_true (legend_has (stats, "Systolic"));
              g_assert_true (legend_has (stats, "Diastolic"));
              g_assert_true (legend_has (stats, "Trend"));
              g_assert_cmpuint (stats->n_panels, ==, 2);
              g_assert_cmpint (stats->summary_bucket[0], >, 0);
              if (widths[w] >= 800)
                g_assert_true (legend_has (stats, "Normal"));
            }
          else
            {
              g_assert_true (legend_has (stats, "Fasting"));
              g_assert_true (legend_has (stats, "After a meal") || legend_has (stats, "Other readings"));
              /* With diabetes one target for all; without, a panel per
               * context with thresholds of its own. */
              if (k == 1)
                g_assert_cmpuint (stats->n_panels, ==, 1);
              else
                g_assert_cmpuint (stats->n_panels, >=, 2);
            }
          if (widths[w] >= 800)
            g_assert_cmpuint (stats->legend_dropped, ==, 0);

          cairo_surface_destroy (surface);
          gtk_window_destroy (window);
          wait_ms (10);
        }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("TZ", "UTC", TRUE);

  tmpdir = g_dir_make_tmp ("hearth-chart-view-XXXXXX", &error);
  g_assert_no_error (error);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_assert_nonnull (hearth_gui_get_resource ());
  /* The app's style sheet, as HearthApplication loads it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/hearthapp/Hearth/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  fill_store ();

  g_test_add ("/hearth/chart-view/ranges", Fixture, NULL, fixture_set_up, test_ranges, fixture_tear_down);
  g_test_add ("/hearth/chart-view/reduction", Fixture, GINT_TO_POINTER (1), fixture_set_up, test_reduction, fixture_tear_down);
  g_test_add ("/hearth/chart-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/hearth/chart-view/describe", Fixture, NULL, fixture_set_up, test_describe, fixture_tear_down);
  g_test_add ("/hearth/chart-view/render-light", Fixture, NULL, fixture_set_up, test_render_light, fixture_tear_down);
  g_test_add ("/hearth/chart-view/render-dark", Fixture, NULL, fixture_set_up, test_render_dark, fixture_tear_down);
  g_test_add ("/hearth/chart-view/compact", Fixture, NULL, fixture_set_up, test_compact, fixture_tear_down);
  g_test_add_func ("/hearth/chart-view/page", test_page);
  g_test_add_func ("/hearth/chart-view/page-zoom", test_page_zoom);
  g_test_add_func ("/hearth/chart-view/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/hearth/chart-view/screenshots", test_screenshots);
  g_test_add ("/hearth/chart-view/focus-ring", Fixture, NULL, fixture_set_up, test_focus_ring, fixture_tear_down);
  g_test_add ("/hearth/chart-view/highlight-reading", Fixture, NULL, fixture_set_up, test_highlight_reading, fixture_tear_down);
  g_test_add ("/hearth/chart-view/custom", Fixture, NULL, fixture_set_up, test_custom, fixture_tear_down);
  g_test_add_func ("/hearth/chart-view/steps-today", test_steps_today);
  g_test_add_func ("/hearth/chart-view/few-points", test_few_points);

  ret = g_test_run ();

  g_clear_object (&ada);
  g_clear_object (&ben);
  g_clear_object (&cy);
  g_clear_object (&dee);
  g_clear_object (&store);
  g_clear_object (&test_clock);
  g_clear_pointer (&now, g_date_time_unref);
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (tmpdir, name, NULL);

        g_unlink (child);
      }
  }
  g_rmdir (tmpdir);
  g_free (tmpdir);

  return ret;
}
