/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-first-week"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hearth-core.h"
#include "hearth-application-private.h"
#include "hearth-reading-dialog-private.h"
#include "xdo-app.h"

/* Issue 9's first run as a person meets it: adding a member asks the name
 * and three questions, the height comes with the first weight. The built
 * app under openbox, typed key by key through xdotool (xdo-app.h), then
 * the journal read back with core; and the reading dialog in process for
 * what cannot be typed in one go. */

static void
type_script (const char *script)
{
  g_auto(GStrv) steps = g_strsplit (script, "|", -1);

  for (guint i = 0; steps[i] != NULL; i++)
    {
      if (steps[i][0] == '<')
        {
          g_autofree char *key = g_strndup (steps[i] + 1, strlen (steps[i]) - 2);

          xdo_press (key);
        }
      else if (steps[i][0] != '\0')
        xdo_type (steps[i]);
    }
}

static HearthProfile *
app_add_member (XdoApp     *app,
                const char *name,
                double      height_cm)
{
  g_autoptr(HearthStore) store = xdo_app_open_store (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new (name);

  hearth_profile_set_birth (profile, 1970, 5, 4);
  hearth_profile_set_height_cm (profile, height_cm);
  g_assert_true (hearth_store_add_profile (store, profile, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&profile);
}

/* Polls the journal for @name (the app writes it). */
static HearthProfile *
wait_for_member (XdoApp     *app,
                 const char *name)
{
  gint64 end = g_get_monotonic_time () + (gint64) XDO_WAIT_MS * 1000;

  for (;;)
    {
      g_autoptr(HearthClock) clock = hearth_clock_new_system ();
      g_autoptr(HearthStore) store = hearth_store_open_full (app->db, clock, HEARTH_STORE_OPEN_READ_ONLY, NULL);
      HearthProfile *profile = store ? hearth_store_find_profile (store, name, NULL) : NULL;

      if (profile != NULL)
        return profile;
      if (g_get_monotonic_time () > end)
        {
          xdo_take_screenshot (app, "no-member");
          g_error ("no member \"%s\" was stored (screenshots first-week-*.png in the build's tests folder)", name);
        }
      g_usleep (100 * 1000);
    }
}

/* Add Member (Alt+M): the name, Tab, the birth year, Tab, the sex's list
 * opened with Space (Down to Male, Return takes it), Tab, the main goal's
 * list the same way (Down twice: Lose weight), and Return saves from
 * there. Nothing else is asked: no height, no health record. */
static void
test_add_member_keyboard (void)
{
  g_autoptr(XdoApp) app = xdo_app_new ("first-week", NULL);
  g_autoptr(HearthProfile) ann = app_add_member (app, "Ann", 170);
  g_autoptr(HearthProfile) profile = NULL;

  xdo_app_start (app);
  xdo_wait_focused (app, "Hearth");
  xdo_press ("alt+m");
  xdo_wait_focused (app, "Add Member");
  xdo_take_screenshot (app, "add-member");
  type_script ("Cy|<Tab>|1990|<Tab>|<space>|<Home>|<Down>|<Return>|"
               "<Tab>|<space>|<Home>|<Down>|<Down>|<Return>|<Return>");
  xdo_wait_closed (app, "Add Member");
  profile = wait_for_member (app, "Cy");
  g_assert_cmpuint (hearth_profile_get_birth_year (profile), ==, 1990);
  g_assert_cmpint (hearth_profile_get_sex (profile), ==, HEARTH_SEX_MALE);
  g_assert_cmpint (hearth_profile_get_main_goal (profile), ==, HEARTH_MAIN_GOAL_LOSE_WEIGHT);
  g_assert_cmpfloat (hearth_profile_get_height_cm (profile), ==, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) hearth_profile_get_conditions (profile)), ==, 0);
}

/* The first weight of a member without a height: Ctrl+N, the kind chosen
 * by keyboard (Shift+Tab to the kind, Space, Down, Return), the weight,
 * Tab, the height, Return: both stored. */
static void
test_first_weight_height_keyboard (void)
{
  g_autoptr(XdoApp) app = xdo_app_new ("first-week", NULL);
  g_autoptr(HearthProfile) bea = app_add_member (app, "Bea", 0);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GListModel) readings = NULL;
  g_autoptr(HearthReading) weight = NULL;
  g_autoptr(GError) error = NULL;

  xdo_app_start (app);
  xdo_wait_focused (app, "Hearth");
  xdo_press ("ctrl+n");
  xdo_wait_focused (app, "New Reading");
  type_script ("<shift+Tab>|<space>|<Home>|<Down>|<Return>|72.5|<Tab>|168");
  xdo_take_screenshot (app, "first-weight");
  xdo_press ("Return");
  xdo_wait_closed (app, "New Reading");

  store = xdo_app_stop (app);
  profile = hearth_store_find_profile (store, "Bea", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hearth_profile_get_height_cm (profile), 168, 1e-9);
  readings = hearth_store_list_readings (store, hearth_profile_get_uuid (profile),
                                         HEARTH_READING_KIND_WEIGHT, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 1);
  weight = g_list_model_get_item (readings, 0);
  g_assert_cmpfloat_with_epsilon (hearth_reading_get_kg (weight), 72.5, 1e-9);
}

/* In process: a height out of range is refused at its field with the
 * text kept, and neither the weight nor the height is stored; fixed, both
 * are. A member with a height, or an edit, is not asked. */
static void
test_first_weight_height_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 30, 10, 0, 0);
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (now);
  g_autofree char *dir = g_dir_make_tmp ("hearth-first-week-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "hearth.db", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ann");
  g_autoptr(HearthProfile) stored = NULL;
  g_autoptr(HearthProfile) tall = hearth_profile_new ("Tom");
  g_autoptr(GListModel) readings = NULL;
  HearthReadingDialog *dialog;
  AdwActionRow *row;

  store = hearth_store_open (db, clock, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_add_profile (store, profile, &error));
  hearth_profile_set_height_cm (tall, 180);
  g_assert_true (hearth_store_add_profile (store, tall, &error));
  g_assert_no_error (error);

  dialog = hearth_reading_dialog_new (store, profile, NULL);
  g_object_ref_sink (dialog);
  _hearth_reading_dialog_set_kind (dialog, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_false (_hearth_reading_dialog_asks_height (dialog));
  _hearth_reading_dialog_set_kind (dialog, HEARTH_READING_KIND_WEIGHT);
  g_assert_true (_hearth_reading_dialog_asks_height (dialog));

  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_WEIGHT), "61");
  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_HEIGHT), "17");
  g_assert_false (_hearth_reading_dialog_save (dialog));
  row = _hearth_reading_dialog_get_row (dialog, HEARTH_READING_FIELD_HEIGHT);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "cm"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "field-error"));
  g_assert_cmpstr (gtk_editable_get_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_HEIGHT)), ==, "17");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_WEIGHT)), ==, "61");
  readings = hearth_store_list_readings (store, hearth_profile_get_uuid (profile), -1, NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 0);
  g_clear_object (&readings);

  /* Not a length at all: refused there too. */
  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_HEIGHT), "tall");
  g_assert_false (_hearth_reading_dialog_save (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "field-error"));

  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_HEIGHT), "165");
  g_assert_true (_hearth_reading_dialog_save (dialog));
  stored = hearth_store_get_profile (store, hearth_profile_get_uuid (profile), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (hearth_profile_get_height_cm (stored), 165, 1e-9);
  readings = hearth_store_list_readings (store, hearth_profile_get_uuid (profile), -1, NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  /* Left empty: the weight alone. */
  {
    g_autoptr(HearthProfile) cy = hearth_profile_new ("Cy");
    g_autoptr(HearthProfile) cy_stored = NULL;

    g_assert_true (hearth_store_add_profile (store, cy, &error));
    dialog = hearth_reading_dialog_new (store, cy, NULL);
    g_object_ref_sink (dialog);
    _hearth_reading_dialog_set_kind (dialog, HEARTH_READING_KIND_WEIGHT);
    gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_WEIGHT), "70");
    g_assert_true (_hearth_reading_dialog_save (dialog));
    cy_stored = hearth_store_get_profile (store, hearth_profile_get_uuid (cy), &error);
    g_assert_cmpfloat (hearth_profile_get_height_cm (cy_stored), ==, 0);
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_object_unref (dialog);
  }

  /* A member with a height is not asked. */
  dialog = hearth_reading_dialog_new (store, tall, NULL);
  g_object_ref_sink (dialog);
  _hearth_reading_dialog_set_kind (dialog, HEARTH_READING_KIND_WEIGHT);
  g_assert_false (_hearth_reading_dialog_asks_height (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (db);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  adw_init ();
  _hearth_gui_register_resources ();

  /* Tests never skip: without a display this is a failure naming the set-up. */
  if (g_getenv ("DISPLAY") == NULL)
    g_error ("no X display: run the gui suite under xvfb-run (README)");
  if (g_find_program_in_path ("xdotool") == NULL || g_find_program_in_path ("openbox") == NULL)
    g_error ("xdotool and openbox are needed (README's package list)");

  xdo_start_window_manager ("first-week");

  g_test_add_func ("/hearth/gui-first-week/first-weight-height-refused", test_first_weight_height_refused);
  g_test_add_func ("/hearth/gui-first-week/add-member", test_add_member_keyboard);
  g_test_add_func ("/hearth/gui-first-week/first-weight-height", test_first_weight_height_keyboard);

  ret = g_test_run ();

  xdo_stop_window_manager ();
  return ret;
}
