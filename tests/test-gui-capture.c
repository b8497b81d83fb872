/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-window-private.h"
#include "test-gui-private.h"

/* Pictures of the window as it is on screen, and what they show. */

void
capture_free (Capture *capture)
{
  cairo_surface_destroy (capture->surface);
  g_string_free (capture->texts, TRUE);
  g_free (capture);
}

/* The texts of the labels of @widget's tree that are drawn: mapped and
 * inside @root's area (not scrolled out of a window of @width × @height). */
static void
collect_texts (GtkWidget *widget,
               GtkWidget *root,
               int        width,
               int        height,
               GString   *out)
{
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_opacity (widget) == 0)
    return;

  if (GTK_IS_LABEL (widget))
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (widget, root, &bounds) &&
          bounds.size.width > 0 && bounds.size.height > 0 &&
          bounds.origin.x < width && bounds.origin.y < height &&
          bounds.origin.x + bounds.size.width > 0 && bounds.origin.y + bounds.size.height > 0)
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
          g_string_append_c (out, '\n');
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, root, width, height, out);
}

/* A toast on screen: libadwaita's toast widget is the CSS node "toast". */
static gboolean
shows_toast (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "toast") == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_toast (child))
      return TRUE;

  return FALSE;
}

/* Brightness (0–255, the mean of R, G and B) of @capture in @rect (window
 * coordinates): its mean and its standard deviation. */
static void
measure_region (Capture               *capture,
                const graphene_rect_t *rect,
                double                *mean,
                double                *stddev)
{
  int x0 = MAX (0, (int) floor (rect->origin.x));
  int y0 = MAX (0, (int) floor (rect->origin.y));
  int x1 = MIN (capture->width, (int) ceil (rect->origin.x + rect->size.width));
  int y1 = MIN (capture->height, (int) ceil (rect->origin.y + rect->size.height));
  guchar *data = cairo_image_surface_get_data (capture->surface);
  int stride = cairo_image_surface_get_stride (capture->surface);
  double sum = 0, sum2 = 0;
  guint64 n = 0;

  g_assert_cmpint (x1, >, x0);
  g_assert_cmpint (y1, >, y0);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        double lum = (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3.0;

        sum += lum;
        sum2 += lum * lum;
        n++;
      }

  *mean = sum / n;
  *stddev = sqrt (MAX (0, sum2 / n - *mean * *mean));
}

static void
measure_all (Capture *capture,
             double  *mean,
             double  *stddev)
{
  graphene_rect_t all = GRAPHENE_RECT_INIT (0, 0, capture->width, capture->height);

  measure_region (capture, &all, mean, stddev);
}

/* The standard deviation of @widget's rectangle in @capture. */
double
widget_stddev (Capture   *capture,
               GtkWidget *widget)
{
  graphene_rect_t bounds;
  double mean, stddev;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  measure_region (capture, &bounds, &mean, &stddev);
  return stddev;
}

/* The mean difference (0–255) between two pictures of the same size. */
double
mean_difference (Capture *a,
                 Capture *b)
{
  guchar *da = cairo_image_surface_get_data (a->surface);
  guchar *db = cairo_image_surface_get_data (b->surface);
  int stride = cairo_image_surface_get_stride (a->surface);
  double sum = 0;

  g_assert_cmpint (a->width, ==, b->width);
  g_assert_cmpint (a->height, ==, b->height);

  for (int y = 0; y < a->height; y++)
    for (int x = 0; x < a->width * 4; x++)
      if (x % 4 != 3)
        sum += fabs ((double) da[y * stride + x] - db[y * stride + x]);

  return sum / ((double) a->width * a->height * 3);
}

static void
assert_shows (Capture    *capture,
              const char *text)
{
  if (strstr (capture->texts->str, text) == NULL)
    g_error ("“%s” is not on screen; the labels drawn are:\n%s", text, capture->texts->str);
}

/* Renders the window as it is on screen into tests/NAME in the build dir,
 * once any toast from an earlier step is gone, and checks the picture is
 * not blank and shows each of @texts (NULL-terminated). */
Capture *
save_screenshot (const char *name,
                 const char *first_text,
                 ...)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  Capture *capture = g_new0 (Capture, 1);
  GtkSnapshot *snapshot;
  cairo_t *cr;
  const char *build_root = g_getenv ("HEARTH_BUILD_ROOT");
  double mean, stddev;
  va_list args;

  for (guint i = 0; i < 100 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    wait_ms (20);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Toasts of earlier steps are not part of the picture. Let the last
   * one finish sliding in first (at most 500 ms): libadwaita 1.2 crashes
   * when a toast is dismissed during its show animation. */
  if (_hearth_window_has_toasts (window))
    {
      wait_ms (1000);
      _hearth_window_dismiss_toasts (window);
    }
  for (guint i = 0; i < 100 && shows_toast (GTK_WIDGET (window)); i++)
    wait_ms (20);
  g_assert_false (shows_toast (GTK_WIDGET (window)));

  gtk_widget_queue_draw (GTK_WIDGET (window));
  wait_ms (500);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  capture->width = gdk_paintable_get_intrinsic_width (paintable);
  capture->height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (capture->width, >, 0);
  g_assert_cmpint (capture->height, >, 0);

  /* The paintable holds the window's last frame; it is empty while a
   * redraw is pending (a list change), so wait for a frame. */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, capture->width, capture->height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        wait_ms (50);
    }
  g_assert_nonnull (node);

  capture->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, capture->width, capture->height);
  cr = cairo_create (capture->surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (capture->surface);

  if (build_root != NULL)
    path = g_build_filename (build_root, "tests", name, NULL);
  else
    path = g_build_filename (tmpdir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (capture->surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Screenshot: %s", path);

  /* What the picture shows, from the tree it was drawn from. */
  capture->texts = g_string_new (NULL);
  collect_texts (GTK_WIDGET (window), GTK_WIDGET (window), capture->width, capture->height, capture->texts);
  va_start (args, first_text);
  for (const char *text = first_text; text != NULL; text = va_arg (args, const char *))
    assert_shows (capture, text);
  va_end (args);

  /* Not a blank window: a flat picture has a deviation near 0. */
  measure_all (capture, &mean, &stddev);
  g_assert_cmpfloat (stddev, >, 10);

  return capture;
}

double
brightness (Capture *capture)
{
  double mean, stddev;

  measure_all (capture, &mean, &stddev);
  return mean;
}

gboolean
shows_css_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (gtk_widget_has_css_class (widget, css_class))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_css_class (child, css_class))
      return TRUE;

  return FALSE;
}
