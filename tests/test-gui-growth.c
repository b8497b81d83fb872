/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>
#include <gdk/x11/gdkx.h>

#include "hearth-growth.h"
#include "hearth-growth-chart-private.h"
#include "hearth-growth-dialog-private.h"
#include "hearth-gui-util.h"
#include "hearth-height-dialog-private.h"
#include "hearth-member-page-private.h"
#include "test-gui-private.h"

/* A child's page (issue 10): BMI-for-age on the weight card as a percentile,
 * z-score and WHO's category, no adult category anywhere; the growth chart
 * against WHO's percentile curves, hovering a point; screenshots. */

/* A member page of its own on a journal whose clock stands still: Tuesday
 * 10 March 2026, 15:30 UTC. Mia, a girl born 15 November 2017 (99 months
 * old on the 10th), 128 cm, weighed three times. */
typedef struct
{
  char             *dir;
  HearthClock      *clock;
  HearthStore      *store;
  HearthProfile    *mia;
  GtkWindow        *window;
  HearthMemberPage *page;
} Growth;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

static const struct { int year, month, day; double kg; } weighings[] = {
  { 2022, 11, 20, 18.2 },   /* 60 months: the last of WHO's standards */
  { 2024, 5, 2, 21.0 },     /* 77 months */
  { 2026, 3, 10, 26.0 },    /* 99 months: 26 kg at 128 cm, BMI 15.9 */
};

static Growth *
growth_new (double height_cm)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 15, 30, 0);
  g_autofree char *path = NULL;
  Growth *g = g_new0 (Growth, 1);

  g->dir = g_dir_make_tmp ("hearth-growth-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (g->dir, "hearth.db", NULL);
  g->clock = hearth_clock_new_fixed (now);
  g->store = hearth_store_open (path, g->clock, &error);
  g_assert_no_error (error);

  g->mia = hearth_profile_new ("Mia");
  hearth_profile_set_birth (g->mia, 2017, 11, 15);
  hearth_profile_set_sex (g->mia, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (g->mia, height_cm);
  ASSERT_OK (hearth_store_add_profile (g->store, g->mia, &error));
  ASSERT_OK (hearth_store_dismiss_checklist (g->store, hearth_profile_get_uuid (g->mia), &error));
  for (guint i = 0; i < G_N_ELEMENTS (weighings); i++)
    {
      g_autoptr(GDateTime) at = g_date_time_new_utc (weighings[i].year, weighings[i].month,
                                                     weighings[i].day, 7, 0, 0);
      g_autoptr(HearthReading) weight = hearth_reading_new_weight (at, weighings[i].kg, NAN);

      hearth_reading_set_profile_uuid (weight, hearth_profile_get_uuid (g->mia));
      ASSERT_OK (hearth_store_add_reading (g->store, weight, &error));
    }

  g->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (g->window, 760, 1000);
  g->page = HEARTH_MEMBER_PAGE (hearth_member_page_new ());
  gtk_window_set_child (g->window, GTK_WIDGET (g->page));
  hearth_member_page_set_store (g->page, g->store);
  hearth_member_page_set_profile (g->page, g->mia);
  gtk_window_present (g->window);
  wait_ms (300);
  return g;
}

static void
growth_free (Growth *g)
{
  gtk_window_destroy (g->window);
  iterate ();
  g_clear_object (&g->mia);
  g_clear_object (&g->store);
  g_clear_object (&g->clock);
  {
    const char *argv[] = { "rm", "-rf", g->dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (g->dir);
  g_free (g);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Growth, growth_free)

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in “%s”", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” unexpectedly in “%s”", needle, haystack);
}

/* The weight card: 26 kg at 128 cm on 10 March 2026, 99 months: BMI 15.9,
 * its percentile and z-score from WHO's 2007 table for girls, WHO's category;
 * none of the adult words. */
static void
test_growth_card (void)
{
  g_autoptr(Growth) g = growth_new (128);
  HearthBmiForAge expected;
  g_autofree char *percentile = NULL;
  g_autofree char *z = NULL;
  const char *text;

  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 99, 15.9, &expected, NULL));
  percentile = hearth_growth_format_percentile (expected.percentile);
  z = g_strdup_printf ("%.2f", round (expected.z * 100) / 100 + 0.0);
  text = gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page));
  g_test_message ("card: %s", text);
  assert_contains (text, "BMI 15.9");
  assert_contains (text, percentile);
  assert_contains (text, z);
  assert_contains (text, expected.label);
  assert_lacks (text, "adult");
  assert_lacks (text, "Normal weight");
  assert_lacks (text, "Add a height");
}

/* No height: the card asks for one; with a height it never does. */
static void
test_growth_card_no_height (void)
{
  g_autoptr(Growth) g = growth_new (0);
  const char *text = gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page));

  assert_contains (text, "Add a height");
  assert_lacks (text, "adult");
}

/* The window (or dialog) drawn into tests/NAME in the build dir; checks it
 * is not blank, returns its mean brightness (0-255). */
static double
save_png (GtkWindow  *toplevel,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height, stride;
  guchar *data;
  double sum = 0, sum2 = 0, mean, stddev;

  gtk_widget_queue_draw (GTK_WIDGET (toplevel));
  wait_ms (500);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (toplevel));
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (width, >, 0);
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
  path = g_build_filename (g_getenv ("HEARTH_BUILD_ROOT") ? g_getenv ("HEARTH_BUILD_ROOT") : tmpdir,
                           g_getenv ("HEARTH_BUILD_ROOT") ? "tests" : ".", name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Screenshot: %s", path);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(guint32 *) (void *) (data + y * stride + x * 4);
        double lum = (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3.0;

        sum += lum;
        sum2 += lum * lum;
      }
  mean = sum / ((double) width * height);
  stddev = sqrt (MAX (0, sum2 / ((double) width * height) - mean * mean));
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (stddev, >, 10);   /* not a blank window */
  return mean;
}

static HearthGrowthDialog *
open_growth (Growth *g)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_get_visible (_hearth_member_page_get_growth_button (g->page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (g->page), "member.show-growth", NULL));
  dialog = _hearth_member_page_get_last_dialog (g->page);
  g_assert_true (HEARTH_IS_GROWTH_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == g->window);
  wait_ms (500);
  return HEARTH_GROWTH_DIALOG (dialog);
}

/* A pointer's motion over point @index of @chart, through the chart's own
 * motion controller: the text it shows (the tooltip). */
static const char *
hover_point (HearthGrowthChart *chart,
             guint              index)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  GtkEventController *motion = NULL;
  double x = 0, y = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (c))
        motion = c;
    }
  g_assert_nonnull (motion);
  g_assert_cmpuint (_hearth_growth_chart_get_n_draws (chart), >, 0);
  g_assert_true (_hearth_growth_chart_point_position (chart, index, &x, &y));
  g_signal_emit_by_name (motion, "motion", x + 2, y - 1);
  wait_ms (100);
  return gtk_widget_get_tooltip_text (GTK_WIDGET (chart));
}

static void
press_key (HearthGrowthChart *chart,
           guint              keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  g_assert_true (handled);
  wait_ms (50);
}

/* A real pointer over point @index of @chart: xdotool moves the X server's
 * pointer there (XTEST), GTK delivers the motion. The text highlighted. */
static const char *
pointer_over_point (GtkWindow         *toplevel,
                    HearthGrowthChart *chart,
                    guint              index)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (toplevel));
  g_autofree char *xid = NULL;
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  graphene_point_t in_chart, in_window;
  double x = 0, y = 0, tx = 0, ty = 0;
  int status = 0;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_assert_true (_hearth_growth_chart_point_position (chart, index, &x, &y));
  in_chart = GRAPHENE_POINT_INIT ((float) x + 1, (float) y);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (chart), GTK_WIDGET (toplevel), &in_chart, &in_window));
  gtk_native_get_surface_transform (GTK_NATIVE (toplevel), &tx, &ty);
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  sx = g_strdup_printf ("%d", (int) round (in_window.x + tx));
  sy = g_strdup_printf ("%d", (int) round (in_window.y + ty));
  {
    const char *argv[] = { "xdotool", "mousemove", "--window", xid, sx, sy, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                       NULL, NULL, NULL, &err, &status, &error))
      g_error ("xdotool is needed for the pointer test (build-aux/dev.sh installs it): %s", error->message);
  }
  if (err != NULL && *err != '\0')
    g_printerr ("xdotool: %s\n", err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 20 && _hearth_growth_chart_get_highlight_text (chart) == NULL; i++)
    wait_ms (50);
  return _hearth_growth_chart_get_highlight_text (chart);
}

static char *
expected_percentile (HearthGrowthIndicator indicator,
                     guint                 months,
                     double                value)
{
  g_autofree char *percentile = NULL;
  HearthGrowthScore score;

  g_assert_true (hearth_growth_score (indicator, HEARTH_SEX_FEMALE, months, value, &score, NULL));
  percentile = hearth_growth_format_percentile (score.percentile);
  return g_strdup_printf ("percentile %s, z-score %.2f", percentile, round (score.z * 100) / 100 + 0.0);
}

/* The growth chart opens from the child's page; each indicator's points
 * against curves from WHO's table for girls; hovering a point reports its
 * age, value and percentile. */
static void
test_growth_chart (void)
{
  g_autoptr(Growth) g = growth_new (128);
  HearthGrowthDialog *dialog = open_growth (g);
  HearthGrowthChart *weight = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_WEIGHT);
  HearthGrowthChart *bmi = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_BMI);
  HearthGrowthChart *height = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_HEIGHT);
  g_autofree char *weight_77 = expected_percentile (HEARTH_GROWTH_INDICATOR_WEIGHT, 77, 21.0);
  g_autofree char *weight_60 = expected_percentile (HEARTH_GROWTH_INDICATOR_WEIGHT, 60, 18.2);
  g_autofree char *bmi_99 = expected_percentile (HEARTH_GROWTH_INDICATOR_BMI, 99, 15.9);
  g_autofree char *height_99 = expected_percentile (HEARTH_GROWTH_INDICATOR_HEIGHT, 99, 128);
  g_autoptr(GDateTime) weighed = g_date_time_new_utc (2024, 5, 2, 7, 0, 0);
  const HearthChartStats *stats;
  const char *text;
  double m77, m78, median;

  g_assert_nonnull (weight);
  g_assert_nonnull (bmi);
  g_assert_nonnull (height);

  /* Weight: every weighing (all under 10), the second at 77 months. */
  text = hover_point (weight, 1);
  g_test_message ("hover: %s", text);
  assert_contains (text, "6 years, 5 months: 21");
  assert_contains (text, weight_77);
  text = hover_point (weight, 0);
  assert_contains (text, "5 years: 18.2");
  assert_contains (text, weight_60);

  /* The curves: the median between WHO's M at 77 and 78 months there,
   * labelled, drawn in the plot. */
  g_assert_true (hearth_growth_value_at_z (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_FEMALE, 77, 0, &m77, NULL));
  g_assert_true (hearth_growth_value_at_z (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_FEMALE, 78, 0, &m78, NULL));
  median = _hearth_growth_chart_curve_value_at (weight, 2, g_date_time_to_unix (weighed) * G_USEC_PER_SEC);
  g_assert_cmpfloat (median, >=, m77);
  g_assert_cmpfloat (median, <=, m78);
  stats = _hearth_growth_chart_get_last_stats (weight);
  g_assert_cmpuint (stats->points_drawn, ==, 3);
  g_assert_cmpuint (stats->curve_points_drawn, >, 5 * 12);
  g_assert_true (isfinite (stats->curve_label_y[2]));
  /* The axis in ages: a tick a year, 5 to 8, over 2022-2026. */
  g_assert_cmpuint (stats->n_time_ticks, >=, 4);
  g_assert_cmpuint (stats->n_time_ticks, <=, 5);

  /* BMI: the last 6 months' weight with the profile's height. */
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (bmi)->points_drawn, ==, 1);
  text = hover_point (bmi, 0);
  assert_contains (text, "8 years, 3 months: BMI 15.9");
  assert_contains (text, bmi_99);

  /* Height: the profile's, at today's age. */
  text = hover_point (height, 0);
  assert_contains (text, "8 years, 3 months: 128.0 cm");
  assert_contains (text, height_99);

  /* Away from every point: nothing highlighted. */
  g_assert_null (_hearth_growth_chart_hover (weight, 1, 1));
  g_assert_null (_hearth_growth_chart_get_highlight_text (weight));

  /* The keyboard, through the chart's own key controller: End, Left. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (weight)));
  press_key (weight, GDK_KEY_End);
  assert_contains (_hearth_growth_chart_get_highlight_text (weight), "8 years, 3 months: 26.0 kg");
  press_key (weight, GDK_KEY_Left);
  assert_contains (_hearth_growth_chart_get_highlight_text (weight), weight_77);
  assert_contains (gtk_widget_get_tooltip_text (GTK_WIDGET (weight)), weight_77);
  press_key (weight, GDK_KEY_Escape);
  g_assert_null (_hearth_growth_chart_get_highlight_text (weight));

  /* A real pointer over the weighing at 99 months. */
  {
    g_autofree char *weight_99 = expected_percentile (HEARTH_GROWTH_INDICATOR_WEIGHT, 99, 26.0);

    text = pointer_over_point (GTK_WINDOW (dialog), weight, 2);
    g_assert_nonnull (text);
    assert_contains (text, "8 years, 3 months: 26.0 kg");
    assert_contains (text, weight_99);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* xdotool, given its arguments one by one; fails the test if it does. */
static void
run_xdotool (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_strv_builder_add (builder, "xdotool");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    g_error ("xdotool is needed for the typing test (build-aux/dev.sh installs it): %s", error->message);
  if (err != NULL && *err != '\0')
    g_printerr ("xdotool: %s\n", err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

/* Real key presses (XTEST) into @toplevel's focused field: the X focus
 * moved to its window first, then @keys ("ctrl+a", "Return") or @text typed
 * key by key. */
static void
type_into (GtkWindow  *toplevel,
           const char *keys,
           const char *text)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (toplevel));
  g_autofree char *xid = NULL;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *focus[] = { "windowfocus", "--sync", xid, NULL };

    run_xdotool (focus);
  }
  wait_ms (50);
  if (keys != NULL)
    {
      const char *press[] = { "key", "--delay", "40", keys, NULL };

      run_xdotool (press);
    }
  if (text != NULL)
    {
      const char *type[] = { "type", "--delay", "40", text, NULL };

      run_xdotool (type);
    }
  wait_ms (150);
}

/* Heights over time (schema 12): the height chart shows every measurement
 * at its age; BMI pairs each weight with the height measured on or before
 * its day (at most 183 days before); Add Height… (Ctrl+N) typed key by
 * key: impossible values refused next to their field, the text kept; a
 * height added shows at once. */
static void
test_growth_heights (void)
{
  g_autoptr(Growth) g = growth_new (128);
  g_autoptr(GError) error = NULL;
  static const struct { int year, month, day; double cm; } measured[] = {
    { 2019, 11, 20, 86.0 },   /* 24 months */
    { 2021, 11, 20, 101.0 },  /* 48 months */
    { 2024, 5, 1, 117.0 },    /* 77 months, the day before a weighing */
  };
  g_autofree char *height_48 = expected_percentile (HEARTH_GROWTH_INDICATOR_HEIGHT, 48, 101.0);
  g_autofree char *bmi_77 = expected_percentile (HEARTH_GROWTH_INDICATOR_BMI, 77, 15.3);
  g_autofree char *bmi_60 = expected_percentile (HEARTH_GROWTH_INDICATOR_BMI, 60, 15.5);
  HearthGrowthDialog *dialog;
  HearthHeightDialog *add;
  HearthGrowthChart *chart;
  const char *text;

  for (guint i = 0; i < G_N_ELEMENTS (measured); i++)
    ASSERT_OK (hearth_store_add_height (g->store, hearth_profile_get_uuid (g->mia),
                                        hearth_record_day_from_ymd (measured[i].year, measured[i].month,
                                                                    measured[i].day),
                                        measured[i].cm, NULL, &error));
  /* The card uses the latest height: still 128 cm (measured today). */
  g_assert_cmpfloat (hearth_profile_get_height_cm (g->mia), ==, 128);

  dialog = open_growth (g);
  chart = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_HEIGHT);
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (chart)->points_drawn, ==, 4);
  /* An older height: its own age and percentile. */
  text = hover_point (chart, 1);
  g_test_message ("hover: %s", text);
  assert_contains (text, "4 years: 101.0 cm");
  assert_contains (text, height_48);
  text = hover_point (chart, 3);
  assert_contains (text, "8 years, 3 months: 128.0 cm");

  /* BMI: 21 kg on 2 May 2024 with 117 cm of the day before (15.3); 26 kg
   * today with 128 cm; 18.2 kg in 2022 had no height within 183 days. */
  chart = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_BMI);
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (chart)->points_drawn, ==, 2);
  text = hover_point (chart, 0);
  assert_contains (text, "6 years, 5 months: BMI 15.3");
  assert_contains (text, bmi_77);

  /* Add Height…, typed: 300 cm refused under the height, text kept. */
  type_into (GTK_WINDOW (dialog), "ctrl+n", NULL);
  add = HEARTH_HEIGHT_DIALOG (_hearth_growth_dialog_get_height_dialog (dialog));
  g_assert_nonnull (add);
  g_assert_cmpstr (gtk_editable_get_text (_hearth_height_dialog_get_date_entry (add)), ==, "2026-03-10");
  type_into (GTK_WINDOW (add), NULL, "300");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_height_dialog_get_height_entry (add)), ==, "300");
  type_into (GTK_WINDOW (add), "Return", NULL);
  g_assert_true (HEARTH_IS_HEIGHT_DIALOG (_hearth_growth_dialog_get_height_dialog (dialog)));
  assert_contains (gtk_label_get_text (_hearth_height_dialog_get_height_error (add)), "between 30 and 260 cm");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_hearth_height_dialog_get_height_error (add))));
  g_assert_cmpstr (gtk_editable_get_text (_hearth_height_dialog_get_height_entry (add)), ==, "300");

  /* 108.5 before she was born: refused under the date. */
  type_into (GTK_WINDOW (add), "ctrl+a", "108.5");
  type_into (GTK_WINDOW (add), "Tab", NULL);
  type_into (GTK_WINDOW (add), "ctrl+a", "2017-11-14");
  type_into (GTK_WINDOW (add), "Return", NULL);
  g_assert_true (HEARTH_IS_HEIGHT_DIALOG (_hearth_growth_dialog_get_height_dialog (dialog)));
  assert_contains (gtk_label_get_text (_hearth_height_dialog_get_date_error (add)), "before the member was born");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_hearth_height_dialog_get_height_error (add))));
  g_assert_cmpstr (gtk_editable_get_text (_hearth_height_dialog_get_date_entry (add)), ==, "2017-11-14");
  save_png (GTK_WINDOW (add), "growth-add-height-refused.png");

  /* The day of the 2022 weighing: added, the dialog closes, the charts
   * follow (five heights; the 2022 weight now has a BMI). */
  type_into (GTK_WINDOW (add), "ctrl+a", "2022-11-20");
  type_into (GTK_WINDOW (add), "Return", NULL);
  g_assert_null (_hearth_growth_dialog_get_height_dialog (dialog));
  wait_ms (300);
  {
    g_autoptr(GPtrArray) heights = hearth_store_list_heights (g->store, hearth_profile_get_uuid (g->mia), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (heights->len, ==, 5);
    g_assert_cmpfloat (((HearthHeight *) heights->pdata[2])->height_cm, ==, 108.5);
  }
  chart = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_HEIGHT);
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (chart)->points_drawn, ==, 5);
  chart = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_BMI);
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (chart)->points_drawn, ==, 3);
  /* 18.2 kg at 108.5 cm: BMI 15.5 at 60 months. */
  text = hover_point (chart, 0);
  assert_contains (text, "5 years: BMI 15.5");
  assert_contains (text, bmi_60);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* An adult has no growth chart; a child without a birth day has none. */
static void
test_growth_button_hidden (void)
{
  g_autoptr(Growth) g = growth_new (128);
  g_autoptr(GError) error = NULL;

  hearth_profile_set_birth (g->mia, 2017, 0, 0);
  ASSERT_OK (hearth_store_update_profile (g->store, g->mia, &error));
  wait_ms (200);
  g_assert_false (gtk_widget_get_visible (_hearth_member_page_get_growth_button (g->page)));
  hearth_profile_set_birth (g->mia, 1990, 11, 15);
  ASSERT_OK (hearth_store_update_profile (g->store, g->mia, &error));
  wait_ms (200);
  g_assert_false (gtk_widget_get_visible (_hearth_member_page_get_growth_button (g->page)));
  /* an adult: the adult categories again, not BMI-for-age */
  assert_contains (gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page)), "BMI 15.9 · Severely underweight");
  assert_lacks (gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page)), "Percentile");
}

/* A baby boy born 1 June 2025, 9 months old on 10 March 2026: the
 * standards' tables, an axis in months, the card in the standards' words. */
static void
test_growth_baby (void)
{
  g_autoptr(Growth) g = growth_new (71);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) at = g_date_time_new_utc (2026, 1, 20, 9, 0, 0);
  g_autoptr(HearthReading) weight = hearth_reading_new_weight (at, 8.1, NAN);
  HearthGrowthDialog *dialog;
  HearthGrowthChart *chart;
  HearthBmiForAge card;
  const char *text;

  hearth_profile_set_birth (g->mia, 2025, 6, 1);
  hearth_profile_set_sex (g->mia, HEARTH_SEX_MALE);
  ASSERT_OK (hearth_store_update_profile (g->store, g->mia, &error));
  hearth_reading_set_profile_uuid (weight, hearth_profile_get_uuid (g->mia));
  ASSERT_OK (hearth_store_add_reading (g->store, weight, &error));
  wait_ms (300);

  /* 26 kg at 71 cm is far above every curve: the standards' top category. */
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_MALE, 9, 51.6, &card, NULL));
  g_assert_cmpstr (card.id, ==, "obese");
  text = gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page));
  assert_contains (text, "BMI 51.6");
  assert_contains (text, card.label);

  dialog = open_growth (g);
  chart = _hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_WEIGHT);
  /* Only the weight from after the birth (the older three are before it). */
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (chart)->points_drawn, ==, 2);
  text = hover_point (chart, 0);
  assert_contains (text, "7 months: 8.1 kg");
  /* a boy: the percentile from the boys' table */
  {
    g_autofree char *percentile = NULL;
    HearthGrowthScore score;

    g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_MALE, 7, 8.1, &score, NULL));
    percentile = hearth_growth_format_percentile (score.percentile);
    assert_contains (text, percentile);
  }
  /* under a year of range: ticks by months, more than one a year */
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (chart)->n_time_ticks, >=, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Screenshots of the child's page and growth chart, light and dark. */
static void
test_growth_screenshots (void)
{
  g_autoptr(Growth) g = growth_new (128);
  g_autoptr(GError) error = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  HearthGrowthDialog *dialog;
  double light, dark;
  /* Heights over several years, each near a weighing. */
  static const struct { int year, month, day; double cm; } measured[] = {
    { 2018, 11, 20, 74.5 }, { 2019, 11, 18, 85.0 }, { 2020, 11, 16, 94.0 },
    { 2021, 11, 22, 101.5 }, { 2022, 11, 20, 108.0 }, { 2023, 11, 20, 114.5 },
    { 2024, 5, 1, 117.0 }, { 2025, 5, 6, 122.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (measured); i++)
    ASSERT_OK (hearth_store_add_height (g->store, hearth_profile_get_uuid (g->mia),
                                        hearth_record_day_from_ymd (measured[i].year, measured[i].month,
                                                                    measured[i].day),
                                        measured[i].cm, NULL, &error));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = save_png (g->window, "screenshot-child-page-light.png");
  dialog = open_growth (g);
  g_assert_cmpuint (_hearth_growth_chart_get_last_stats (_hearth_growth_dialog_get_chart (
                      dialog, HEARTH_GROWTH_INDICATOR_HEIGHT))->points_drawn, ==, G_N_ELEMENTS (measured) + 1);
  hover_point (_hearth_growth_dialog_get_chart (dialog, HEARTH_GROWTH_INDICATOR_HEIGHT), 3);
  light = (light + save_png (GTK_WINDOW (dialog), "screenshot-growth-light.png")) / 2;
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = save_png (GTK_WINDOW (dialog), "screenshot-growth-dark.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_ms (200);
  dark = (dark + save_png (g->window, "screenshot-child-page-dark.png")) / 2;
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  wait_ms (200);

  g_assert_cmpfloat (light, >, 150);
  g_assert_cmpfloat (dark, <, 100);
}

void
add_growth_tests (void)
{
  g_test_add_func ("/hearth/gui/growth/card", test_growth_card);
  g_test_add_func ("/hearth/gui/growth/card-no-height", test_growth_card_no_height);
  g_test_add_func ("/hearth/gui/growth/chart", test_growth_chart);
  g_test_add_func ("/hearth/gui/growth/heights", test_growth_heights);
  g_test_add_func ("/hearth/gui/growth/button-hidden", test_growth_button_hidden);
  g_test_add_func ("/hearth/gui/growth/baby", test_growth_baby);
  g_test_add_func ("/hearth/gui/growth/screenshots", test_growth_screenshots);
}
