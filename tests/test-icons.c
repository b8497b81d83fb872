/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-icons"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "hearth-application-private.h"
#include "hearth-gui-util.h"

/* Every icon the app draws renders (project issue 7): the names come from the
 * sources themselves (icon-name properties in src/gui's .ui files, icon names
 * given in src/gui's and src/main.c's C code, each reading kind's icon, the
 * app icon), and each one is looked up in the icon theme the running app uses
 * (its resources added by GtkApplication) and drawn. An icon that is missing,
 * or that cannot be loaded (no SVG loader for gdk-pixbuf: librsvg2-common),
 * draws GTK's missing-image picture instead, which the test catches. */

#define ICON_SIZE 32

static HearthApplication *app;
static GtkIconTheme *theme;
static cairo_surface_t *missing_surface;

static void
add_matches (GHashTable *names,
             const char *pattern,
             const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_nonnull (regex);
  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      char *name = g_match_info_fetch (match, 1);

      /* "" clears an image (hearth-profile-form.c): not an icon. */
      if (*name != '\0')
        g_hash_table_add (names, name);
      else
        g_free (name);
      g_match_info_next (match, NULL);
    }
}

static void
scan_folder (GHashTable *names,
             const char *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  const char *entry;

  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, entry, NULL);
      g_autofree char *text = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          scan_folder (names, path);
          continue;
        }
      if (!g_str_has_suffix (entry, ".ui") && !g_str_has_suffix (entry, ".c"))
        continue;
      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);

      /* <property name="icon-name">…</property>, also on AdwStatusPage and friends */
      add_matches (names, "name=\"[a-z-]*icon[-_]name\"[^>]*>([^<]*)<", text);
      /* gtk_image_new_from_icon_name ("…"), …_set_icon_name (x, "…") */
      add_matches (names, "icon_name\\s*\\([^;\"]*\"([^\"]*)\"", text);
      /* any other literal symbolic icon name (tables such as the kinds' icons) */
      add_matches (names, "\"([a-z0-9-]+-symbolic)\"", text);
    }
}

static GHashTable *
collect_icon_names (void)
{
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");
  g_autofree char *gui = NULL;
  g_autofree char *main_c = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_nonnull (root);
  gui = g_build_filename (root, "src", "gui", NULL);
  scan_folder (names, gui);
  main_c = g_build_filename (root, "src", "main.c", NULL);
  g_file_get_contents (main_c, &text, NULL, &error);
  g_assert_no_error (error);
  add_matches (names, "icon_name\\s*\\([^;\"]*\"([^\"]*)\"", text);

  /* Drawn through a variable, not a literal: the app icon (welcome page,
   * about window, default window icon) and each kind's icon. */
  g_hash_table_add (names, g_strdup (APPLICATION_ID));
  for (int kind = 0; kind <= HEARTH_READING_KIND_LAST + 1; kind++)
    g_hash_table_add (names, g_strdup (hearth_gui_reading_kind_icon_name (kind)));

  return names;
}

static cairo_surface_t *
draw_paintable (GdkPaintable *paintable)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), ICON_SIZE, ICON_SIZE);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ICON_SIZE, ICON_SIZE);
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
surfaces_equal (cairo_surface_t *a,
                cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) stride * ICON_SIZE) == 0;
}

static guint
count_visible_pixels (cairo_surface_t *surface)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < ICON_SIZE; y++)
    for (int x = 0; x < ICON_SIZE; x++)
      {
        guint32 pixel;

        memcpy (&pixel, data + y * stride + x * 4, sizeof pixel);
        if ((pixel >> 24) > 0x20)
          n++;
      }
  return n;
}

/* What GTK draws for a name no theme has: the picture an unloadable icon
 * becomes too. */
static void
draw_missing_image (void)
{
  g_autoptr(GtkIconPaintable) paintable =
    gtk_icon_theme_lookup_icon (theme, "hearth-test-no-such-icon", NULL, ICON_SIZE, 1,
                                GTK_TEXT_DIR_LTR, 0);

  missing_surface = draw_paintable (GDK_PAINTABLE (paintable));
  g_assert_cmpuint (count_visible_pixels (missing_surface), >, 0);
}

static void
test_icon (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GtkIconPaintable) paintable = NULL;
  cairo_surface_t *surface;

  if (!gtk_icon_theme_has_icon (theme, name))
    {
      g_test_message ("icon \"%s\" is in no theme the app uses (theme \"%s\")", name,
                      gtk_icon_theme_get_theme_name (theme));
      g_test_fail ();
      return;
    }

  paintable = gtk_icon_theme_lookup_icon (theme, name, NULL, ICON_SIZE, 1, GTK_TEXT_DIR_LTR, 0);
  surface = draw_paintable (GDK_PAINTABLE (paintable));
  if (surfaces_equal (surface, missing_surface))
    {
      g_test_message ("icon \"%s\" draws as the missing-image picture: it cannot be "
                      "loaded (an SVG needs gdk-pixbuf's SVG loader, librsvg2-common)", name);
      g_test_fail ();
    }
  else if (count_visible_pixels (surface) == 0)
    {
      g_test_message ("icon \"%s\" draws nothing", name);
      g_test_fail ();
    }
  cairo_surface_destroy (surface);
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The scan finds what it must: a scan that found nothing would pass. */
static void
test_names_found (gconstpointer data)
{
  GHashTable *names = (GHashTable *) data;
  const char * const expected[] = {
    APPLICATION_ID,
    "open-menu-symbolic",            /* hearth-window.ui */
    "user-trash-symbolic",           /* hearth-member-page.c, a history row */
    "hearth-blood-pressure-symbolic",
    "weather-clear-night-symbolic",  /* the sleep kind */
    "zoom-in-symbolic",              /* hearth-chart-page.ui */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_hash_table_contains (names, expected[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *db = NULL;
  g_autofree const char **sorted = NULL;
  guint n;
  int ret;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  tmpdir = g_dir_make_tmp ("hearth-icons-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (tmpdir, "hearth.db", NULL);
  g_setenv ("HEARTH_DB", db, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* A failed load is a warning from GTK ("Failed to load icon"): let the
   * test report which icon instead of aborting on the first. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);

  /* The theme the running app draws with: startup adds the app's resources. */
  app = _hearth_application_new_with_flags (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  draw_missing_image ();

  names = collect_icon_names ();
  sorted = (const char **) g_hash_table_get_keys_as_array (names, &n);
  qsort (sorted, n, sizeof (char *), compare_names);
  g_test_add_data_func ("/hearth/icons/names-found", names, test_names_found);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/hearth/icons/%s", sorted[i]);

      g_test_add_data_func (path, sorted[i], test_icon);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  cairo_surface_destroy (missing_surface);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_remove (db);
    g_remove (wal);
    g_remove (shm);
    g_rmdir (tmpdir);
  }
  return ret;
}
