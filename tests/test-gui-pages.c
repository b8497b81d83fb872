/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>
#include <gdk/x11/gdkx.h>

#include "hearth-family-page-private.h"
#include "hearth-gui-util.h"
#include "hearth-kind-card-private.h"
#include "hearth-member-page-private.h"
#include "hearth-profile-dialog-private.h"
#include "hearth-profile-form-private.h"
#include "hearth-reading-dialog-private.h"
#include "hearth-window-private.h"
#include "test-gui-private.h"

/* Every label's text under @widget, one a line. */
static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static char *
row_texts (GtkListBox *list,
           const char *uuid)
{
  GListModel *profiles = hearth_store_get_profiles (hearth_application_get_store (app));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) p = g_list_model_get_item (profiles, i);

      if (g_strcmp0 (hearth_profile_get_uuid (p), uuid) == 0)
        collect_texts (GTK_WIDGET (gtk_list_box_get_row_at_index (list, i)), out);
    }

  return g_string_free (out, FALSE);
}

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

/* Editing a member through their dialog updates the dashboard's BMI,
 * the header, the sidebar and the family overview at once: nothing is
 * shown from before the edit, no switching away and back. */
static void
test_member_edit_live (void)
{
  g_autoptr(HearthProfile) robin = add_member ("Robin", 1970, NULL);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  HearthFamilyPage *family = _hearth_window_get_family_page (window);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (hearth_application_get_store (app)));
  g_autofree char *old_age = NULL;
  g_autofree char *new_age = NULL;
  g_autofree char *sidebar = NULL;
  g_autofree char *overview = NULL;
  HearthProfileDialog *dialog;
  HearthProfileForm *form;

  log_weight (robin, 1, 68.5);
  show_member (robin);
  old_age = hearth_gui_format_age (robin, now);
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_member_page_get_bmi_label (page)), "23.7"));
  overview = row_texts (_hearth_family_page_get_list (family), hearth_profile_get_uuid (robin));
  assert_contains (overview, "23.7");
  g_clear_pointer (&overview, g_free);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-member", NULL);
  iterate ();
  dialog = HEARTH_PROFILE_DIALOG (_hearth_window_get_last_dialog (window));
  form = _hearth_profile_dialog_get_form (dialog);
  gtk_editable_set_text (_hearth_profile_form_get_height (form), "180");
  gtk_editable_set_text (_hearth_profile_form_get_birth_year (form), "1990");
  g_assert_true (_hearth_profile_dialog_save (dialog));
  iterate ();

  new_age = hearth_gui_format_age (hearth_window_get_profile (window), now);
  g_assert_cmpstr (old_age, !=, new_age);

  /* 68.5 kg at 180 cm: BMI 21.1, on the card that is on screen. */
  assert_contains (gtk_label_get_text (_hearth_member_page_get_bmi_label (page)), "21.1");
  assert_contains (gtk_label_get_text (_hearth_member_page_get_details_label (page)), "180.0 cm");
  assert_contains (gtk_label_get_text (_hearth_member_page_get_details_label (page)), new_age);

  sidebar = row_texts (_hearth_window_get_profile_list (window), hearth_profile_get_uuid (robin));
  assert_contains (sidebar, new_age);
  assert_lacks (sidebar, old_age);

  overview = row_texts (_hearth_family_page_get_list (family), hearth_profile_get_uuid (robin));
  assert_contains (overview, "21.1");
  assert_lacks (overview, "23.7");
}

/* Heights over time (schema 12): saving the member form without touching
 * the height (shown rounded, "165.3") keeps the stored 165.25 cm and adds
 * no measurement; a height typed is a new measurement. */
static void
test_member_edit_keeps_height (void)
{
  g_autoptr(HearthProfile) kit = add_member ("Kit", 1985, NULL);
  HearthStore *store = hearth_application_get_store (app);
  const char *uuid = hearth_profile_get_uuid (kit);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (store));
  g_autoptr(GPtrArray) heights = NULL;
  g_autoptr(HearthProfile) stored = NULL;
  g_autoptr(GError) error = NULL;
  HearthProfileDialog *dialog;
  HearthProfileForm *form;
  guint n_before;

  g_assert_true (hearth_store_add_height (store, uuid, hearth_record_day_from_ymd (
                                            g_date_time_get_year (now), g_date_time_get_month (now),
                                            g_date_time_get_day_of_month (now)) - 30,
                                          165.25, NULL, &error));
  g_assert_no_error (error);
  /* The latest is still the one add_member() gave today: make it 165.25. */
  g_assert_true (hearth_store_add_height (store, uuid, hearth_record_day_from_ymd (
                                            g_date_time_get_year (now), g_date_time_get_month (now),
                                            g_date_time_get_day_of_month (now)),
                                          165.25, NULL, &error));
  g_assert_no_error (error);
  heights = hearth_store_list_heights (store, uuid, &error);
  n_before = heights->len;
  g_clear_pointer (&heights, g_ptr_array_unref);
  show_member (kit);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-member", NULL);
  iterate ();
  dialog = HEARTH_PROFILE_DIALOG (_hearth_window_get_last_dialog (window));
  form = _hearth_profile_dialog_get_form (dialog);
  /* Shown rounded: parsing it back would not give 165.25. */
  g_assert_cmpstr (gtk_editable_get_text (_hearth_profile_form_get_height (form)), !=, "165.25");
  gtk_editable_set_text (_hearth_profile_form_get_birth_year (form), "1986");
  g_assert_true (_hearth_profile_dialog_save (dialog));
  iterate ();
  heights = hearth_store_list_heights (store, uuid, &error);
  g_assert_cmpuint (heights->len, ==, n_before);
  g_clear_pointer (&heights, g_ptr_array_unref);
  stored = hearth_store_get_profile (store, uuid, &error);
  g_assert_cmpfloat (hearth_profile_get_height_cm (stored), ==, 165.25);
  g_assert_cmpuint (hearth_profile_get_birth_year (stored), ==, 1986);
  g_clear_object (&stored);

  /* A height typed: one more measurement, the profile's height. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-member", NULL);
  iterate ();
  dialog = HEARTH_PROFILE_DIALOG (_hearth_window_get_last_dialog (window));
  form = _hearth_profile_dialog_get_form (dialog);
  gtk_editable_set_text (_hearth_profile_form_get_height (form), "166");
  g_assert_true (_hearth_profile_dialog_save (dialog));
  iterate ();
  heights = hearth_store_list_heights (store, uuid, &error);
  g_assert_cmpuint (heights->len, ==, n_before + 1);
  stored = hearth_store_get_profile (store, uuid, &error);
  g_assert_cmpfloat (hearth_profile_get_height_cm (stored), ==, 166);
}

/* Another member's dashboard opens at its top, not where the last one
 * was scrolled to. */
static void
test_switch_scrolls_to_top (void)
{
  g_autoptr(HearthProfile) sam = add_member ("Sam", 1975, NULL);
  g_autoptr(HearthProfile) robin = NULL;
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (_hearth_member_page_get_scroller (page));
  GListModel *profiles = hearth_store_get_profiles (hearth_application_get_store (app));

  for (guint i = 0; i < g_list_model_get_n_items (profiles) && robin == NULL; i++)
    {
      g_autoptr(HearthProfile) p = g_list_model_get_item (profiles, i);

      if (g_strcmp0 (hearth_profile_get_name (p), "Robin") == 0)
        robin = g_steal_pointer (&p);
    }
  g_assert_nonnull (robin);

  /* Both long enough to scroll. */
  for (guint i = 0; i < 40; i++)
    {
      log_bp (sam, 2 + i * 12, 120 + i % 7, 80);
      log_bp (robin, 3 + i * 12, 118 + i % 5, 78);
    }
  show_member (sam);
  wait_ms (100);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj), >, 200);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
  wait_ms (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 200);

  show_member (robin);
  wait_ms (100);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj), >, 200);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 0);
}

/* What is shown beside a category is the number that was classified:
 * halves round as the classification rounds them, in the unit shown. */
static void
test_shown_categories (void)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (hearth_application_get_store (app)));
  g_autoptr(GDateTime) at = g_date_time_add_hours (now, -1);
  g_autoptr(HearthReading) bp = hearth_reading_new_blood_pressure (at, 129.6, 79, NAN);
  g_autoptr(HearthReading) fever = hearth_reading_new_temperature (at, 37.95);
  g_autoptr(HearthReading) spo2 = hearth_reading_new_spo2 (at, 92.5);
  g_autoptr(HearthReading) pulse = hearth_reading_new_heart_rate (at, 60.5);
  HearthBpClass bp_class;
  HearthVitalClass vital;
  HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;
  g_autofree char *bp_value = hearth_gui_format_reading_value (bp, settings);
  g_autofree char *bp_category = hearth_gui_describe_category (bp, NULL, settings, now, NULL);
  g_autofree char *fever_value = hearth_gui_format_reading_value (fever, settings);
  g_autofree char *fever_category = hearth_gui_describe_category (fever, NULL, settings, now, &alert);
  g_autofree char *fever_expected = NULL;
  g_autofree char *spo2_value = hearth_gui_format_reading_value (spo2, settings);
  g_autofree char *spo2_values = hearth_gui_format_reading_values (spo2, settings);
  g_autofree char *pulse_value = hearth_gui_format_reading_value (pulse, settings);
  g_autofree char *pulse_values = hearth_gui_format_reading_values (pulse, settings);

  /* 129.6/79 shows as 130/79: stage 1 at home by ACC/AHA, not elevated. */
  hearth_classify_bp_as_shown (HEARTH_BP_GUIDELINE_ACC_AHA_2017, TRUE, 129.6, 79,
                               HEARTH_PRESSURE_UNIT_MMHG, &bp_class);
  g_assert_cmpstr (bp_value, ==, bp_class.shown);
  g_assert_cmpstr (bp_value, ==, "130/79 mmHg");
  assert_contains (bp_category, bp_class.label);

  /* 37.95 °C shows as 38.0 °C: a fever. */
  g_assert_true (hearth_classify_temperature_in (37.95, HEARTH_TEMPERATURE_UNIT_C, &vital));
  fever_expected = hearth_vital_class_describe (&vital);
  g_assert_cmpstr (fever_value, ==, vital.shown);
  g_assert_cmpstr (fever_category, ==, fever_expected);
  g_assert_cmpint (alert, ==, HEARTH_GUI_ALERT_WARNING);

  /* 92.5 % is classified as 93 % (above 92): shown as 93 %, not 92 %. */
  g_assert_true (hearth_classify_spo2 (92.5, &vital));
  g_assert_cmpstr (vital.shown, ==, "93 %");
  g_assert_cmpstr (spo2_value, ==, vital.shown);
  g_assert_cmpstr (spo2_values, ==, vital.shown);

  g_assert_true (hearth_classify_heart_rate (60.5, -1, &vital));
  g_assert_cmpstr (pulse_value, ==, vital.shown);
  g_assert_cmpstr (pulse_values, ==, vital.shown);
}

/* A severe reading says so where it is shown, not only in the alert:
 * on its card, in the history and in the family overview. */
static void
test_severe_labelled (void)
{
  g_autoptr(HearthProfile) kai = add_member ("Kai", 1960, NULL);
  g_autoptr(GDateTime) at = hours_ago (1);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  HearthFamilyPage *family = _hearth_window_get_family_page (window);
  HearthKindCard *card;
  g_autofree char *overview = NULL;
  g_autofree char *history = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  const char *severe = "Severe — seek care";

  log_bp (kai, 2, 186, 112);
  log_reading (kai, hearth_reading_new_glucose (at, 2.8, HEARTH_GLUCOSE_CONTEXT_RANDOM));
  log_bp (kai, 30, 128, 80);
  show_member (kai);
  wait_ms (50);

  card = _hearth_member_page_get_card (page, HEARTH_READING_KIND_BLOOD_PRESSURE);
  assert_contains (gtk_label_get_text (_hearth_kind_card_get_category_label (card)), severe);
  card = _hearth_member_page_get_card (page, HEARTH_READING_KIND_GLUCOSE);
  assert_contains (gtk_label_get_text (_hearth_kind_card_get_category_label (card)), severe);

  /* Three rows: the two severe ones say so, the older one does not. */
  collect_texts (GTK_WIDGET (_hearth_member_page_get_history_list (page)), texts);
  history = g_string_free (g_steal_pointer (&texts), FALSE);
  g_assert_nonnull (strstr (history, severe));
  g_assert_nonnull (strstr (strstr (history, severe) + 1, severe));
  g_assert_null (strstr (strstr (strstr (history, severe) + 1, severe) + 1, severe));

  overview = row_texts (_hearth_family_page_get_list (family), hearth_profile_get_uuid (kai));
  assert_contains (overview, severe);

  /* Drawn on screen, not only set. */
  {
    g_autoptr(Capture) capture = save_screenshot ("screenshot-severe.png", "Kai", severe, "History",
                                                  "Jump to Date", NULL);
  }
}

/* Real key presses, as a person types them: xdotool focuses the window
 * on the X server and sends @keys ("ctrl+z") through XTEST. */
static void
press_keys (const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  /* No dialog left open over it: the keys are for the window. */
  {
    g_autoptr(GList) tops = gtk_window_list_toplevels ();

    for (GList *l = tops; l != NULL; l = l->next)
      if (l->data != (gpointer) window && gtk_widget_get_visible (l->data))
        g_error ("A %s is still open over the window", G_OBJECT_TYPE_NAME (l->data));
  }
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { "xdotool", "windowfocus", xid, "sleep", "0.1", "key", "--clearmodifiers", keys, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                       NULL, NULL, NULL, &err, &status, &error))
      g_error ("xdotool is needed for the keyboard tests (build-aux/dev.sh installs it): %s", error->message);
  }
  if (err != NULL && *err != '\0')
    g_printerr ("xdotool: %s\n", err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  wait_ms (200);
  iterate ();
}

/* As if they had timed out: gone, their animations over. Not during
 * their show animation: libadwaita 1.2 crashes then (as in
 * save_screenshot()). */
static void
dismiss_toasts (void)
{
  if (!_hearth_window_has_toasts (window))
    return;
  wait_ms (1000);
  _hearth_window_dismiss_toasts (window);
  wait_ms (500);
  iterate ();
}

static HearthReadingDialog *
add_bp_through_dialog (const char *systolic,
                       const char *diastolic)
{
  HearthReadingDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-reading", NULL);
  iterate ();
  dialog = HEARTH_READING_DIALOG (_hearth_window_get_last_dialog (window));
  _hearth_reading_dialog_set_kind (dialog, HEARTH_READING_KIND_BLOOD_PRESSURE);
  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_SYSTOLIC), systolic);
  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_DIASTOLIC), diastolic);
  g_assert_true (_hearth_reading_dialog_save (dialog));
  iterate ();
  return dialog;
}

static GListModel *
list_stored (HearthProfile *profile)
{
  g_autoptr(GError) error = NULL;
  GListModel *readings = hearth_store_list_readings (hearth_application_get_store (app),
                                                     hearth_profile_get_uuid (profile),
                                                     -1, NULL, NULL, &error);

  g_assert_no_error (error);
  return readings;
}

/* The trash button of the history's first row, clicked. */
static void
click_first_trash_button (HearthMemberPage *page)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (_hearth_member_page_get_history_list (page), 0);
  GtkWidget *button = NULL;
  GtkWidget *stack[64];
  guint depth = 0;

  g_assert_nonnull (row);
  stack[depth++] = GTK_WIDGET (row);
  while (depth > 0 && button == NULL)
    {
      GtkWidget *w = stack[--depth];

      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), "member.delete-reading") == 0)
        button = w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && depth < G_N_ELEMENTS (stack); c = gtk_widget_get_next_sibling (c))
        stack[depth++] = c;
    }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

/* Ctrl+Z takes back the last change (add, edit, delete), one after the
 * other, long after any toast is gone; the toast of a deletion names the
 * reading. */
static void
test_undo (void)
{
  g_autoptr(HearthProfile) uma = add_member ("Uma", 1985, NULL);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  GtkListBox *history = _hearth_member_page_get_history_list (page);
  HearthReadingDialog *dialog;
  AdwToast *toast;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(HearthReading) reading = NULL;

  show_member (uma);

  /* Add, then edit from the history. */
  add_bp_through_dialog ("142", "91");
  wait_ms (50);
  g_assert_cmpuint (count_rows (history), ==, 1);
  g_signal_emit_by_name (history, "row-activated", gtk_list_box_get_row_at_index (history, 0));
  iterate ();
  dialog = HEARTH_READING_DIALOG (_hearth_member_page_get_last_dialog (page));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (_hearth_reading_dialog_get_entry (dialog, HEARTH_READING_FIELD_SYSTOLIC), "150");
  g_assert_true (_hearth_reading_dialog_save (dialog));
  iterate ();
  g_assert_cmpstr (gtk_label_get_text (_hearth_member_page_get_bp_value (page)), ==, "150/91 mmHg");

  /* Delete with the row's trash button: the toast says what went. */
  click_first_trash_button (page);
  stored = list_stored (uma);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 0);
  g_clear_object (&stored);
  toast = _hearth_window_get_last_toast (window);
  g_assert_nonnull (toast);
  assert_contains (adw_toast_get_title (toast), "Blood pressure 150/91 mmHg");
  assert_contains (adw_toast_get_title (toast), "Today");

  /* The toast is gone; Ctrl+Z still brings the reading back... */
  dismiss_toasts ();
  press_keys ("ctrl+z");
  stored = list_stored (uma);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);
  reading = g_list_model_get_item (stored, 0);
  g_assert_cmpfloat (hearth_reading_get_systolic (reading), ==, 150);
  g_clear_object (&reading);
  g_clear_object (&stored);

  /* ...then takes back the edit... */
  press_keys ("ctrl+z");
  stored = list_stored (uma);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);
  reading = g_list_model_get_item (stored, 0);
  g_assert_cmpfloat (hearth_reading_get_systolic (reading), ==, 142);
  g_assert_cmpstr (gtk_label_get_text (_hearth_member_page_get_bp_value (page)), ==, "142/91 mmHg");
  g_clear_object (&reading);
  g_clear_object (&stored);

  /* ...then the add. */
  press_keys ("ctrl+z");
  stored = list_stored (uma);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 0);
  dismiss_toasts ();
}

/* Deleting a member says how many readings go with them; Ctrl+Z brings
 * them all back. */
static void
test_undo_member (void)
{
  g_autoptr(HearthProfile) vic = add_member ("Vic", 1990, NULL);
  HearthStore *store = hearth_application_get_store (app);
  g_autofree char *uuid = g_strdup (hearth_profile_get_uuid (vic));
  g_autoptr(GListModel) stored = NULL;
  GtkWindow *dialog;
  AdwToast *toast;

  log_bp (vic, 1, 120, 80);
  log_bp (vic, 25, 122, 81);
  log_weight (vic, 2, 70);
  show_member (vic);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-member", NULL);
  iterate ();
  dialog = _hearth_window_get_last_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  assert_contains (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "3 readings");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (dialog);
  iterate ();
  g_assert_null (hearth_store_find_profile (store, "Vic", NULL));
  toast = _hearth_window_get_last_toast (window);
  assert_contains (adw_toast_get_title (toast), "Vic");
  assert_contains (adw_toast_get_title (toast), "3 readings");

  dismiss_toasts ();
  press_keys ("ctrl+z");
  g_assert_cmpstr (hearth_profile_get_uuid (hearth_window_get_profile (window)), ==, uuid);
  stored = list_stored (hearth_window_get_profile (window));
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 3);
  dismiss_toasts ();
}

/* The delete dialog also offers Delete Permanently, naming what goes with
 * the member; it removes the rows (not a soft delete) and has no undo. */
static void
test_member_delete_permanently (void)
{
  /* The member shown before, shown again after: the tests that follow start there. */
  g_autoptr(HearthProfile) before = g_object_ref (hearth_window_get_profile (window));
  g_autoptr(HearthProfile) wren = add_member ("Wren", 1990, NULL);
  HearthStore *store = hearth_application_get_store (app);
  g_autofree char *uuid = g_strdup (hearth_profile_get_uuid (wren));
  g_autoptr(GError) error = NULL;
  HearthPurgeCounts counts;
  GtkWindow *dialog;
  AdwToast *toast;
  const char *body;

  log_bp (wren, 1, 120, 80);
  log_bp (wren, 25, 122, 81);
  show_member (wren);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-member", NULL);
  iterate ();
  dialog = _hearth_window_get_last_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "delete"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "purge"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  assert_contains (body, "Ctrl+Z");
  assert_contains (body, "Delete Permanently removes them with 2 readings");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "purge");
  gtk_window_destroy (dialog);
  iterate ();

  g_assert_null (hearth_store_find_profile (store, "Wren", NULL));
  /* Not soft-deleted: there is no row left to count. */
  g_assert_false (hearth_store_count_purge (store, uuid, &counts, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  toast = _hearth_window_get_last_toast (window);
  assert_contains (adw_toast_get_title (toast), "“Wren” deleted permanently");
  g_assert_null (adw_toast_get_action_name (toast));
  dismiss_toasts ();
  show_member (before);
}

/* Today's steps are a count still growing: the card compares the last
 * 7 full days with the 7 before them, not today's partial total. */
static void
test_steps_full_days (void)
{
  g_autoptr(HearthProfile) wes = add_member ("Wes", 1980, NULL);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (hearth_application_get_store (app)));
  HearthKindCard *card;
  const char *change;

  /* 6000 a day two weeks ago, 8000 a day last week, 500 so far today. */
  for (int day = 1; day <= 14; day++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_days (now, -day);

      log_reading (wes, hearth_reading_new_steps (at, day <= 7 ? 8000 : 6000));
    }
  log_reading (wes, hearth_reading_new_steps (now, 500));
  show_member (wes);
  wait_ms (50);

  card = _hearth_member_page_get_card (page, HEARTH_READING_KIND_STEPS);
  g_assert_nonnull (card);
  change = gtk_label_get_text (_hearth_kind_card_get_change_label (card));
  assert_contains (change, "2000 steps");
  assert_contains (change, "higher");
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) sub = g_menu_link_iter_get_value (links);

          if (menu_has_action (sub, action))
            return TRUE;
        }
    }
  return FALSE;
}

/* Mapped buttons running @action, and mapped menu buttons whose menu
 * holds it. */
static void
count_on_screen (GtkWidget  *widget,
                 const char *action,
                 guint      *buttons,
                 guint      *menus)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    (*buttons)++;
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL &&
      menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), action))
    (*menus)++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_on_screen (child, action, buttons, menus);
}

/* One way to add a member on screen, one menu with Preferences, and a
 * kind's own icon for weight, waist and body fat. */
static void
test_one_way (void)
{
  guint buttons = 0, menus = 0;

  g_assert_cmpstr (_hearth_window_get_visible_page (window), ==, "main");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-member", "s",
                                             hearth_profile_get_uuid (hearth_window_get_profile (window))));
  iterate ();

  count_on_screen (GTK_WIDGET (window), "win.add-member", &buttons, &menus);
  g_assert_cmpuint (buttons + menus, ==, 1);

  buttons = menus = 0;
  count_on_screen (GTK_WIDGET (window), "app.preferences", &buttons, &menus);
  g_assert_cmpuint (buttons, ==, 0);
  g_assert_cmpuint (menus, ==, 1);

  g_assert_cmpstr (hearth_gui_reading_kind_icon_name (HEARTH_READING_KIND_WEIGHT), !=,
                   hearth_gui_reading_kind_icon_name (HEARTH_READING_KIND_WAIST));
  g_assert_cmpstr (hearth_gui_reading_kind_icon_name (HEARTH_READING_KIND_WEIGHT), !=,
                   hearth_gui_reading_kind_icon_name (HEARTH_READING_KIND_BODY_FAT));
  g_assert_cmpstr (hearth_gui_reading_kind_icon_name (HEARTH_READING_KIND_WAIST), !=,
                   hearth_gui_reading_kind_icon_name (HEARTH_READING_KIND_BODY_FAT));
  /* Each is in the icon theme the app draws with. */
  {
    GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));

    for (HearthReadingKind kind = 0; kind <= HEARTH_READING_KIND_LAST; kind++)
      if (!gtk_icon_theme_has_icon (theme, hearth_gui_reading_kind_icon_name (kind)))
        g_error ("No icon %s for %s", hearth_gui_reading_kind_icon_name (kind),
                 hearth_reading_kind_to_string (kind));
  }
}

/* The history shows one kind, jumps to a date, and stays paged. */
static void
test_history_filter (void)
{
  g_autoptr(HearthProfile) yara = add_member ("Yara", 1970, NULL);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  GListModel *model = _hearth_member_page_get_history_model (page);
  GtkWidget *more = _hearth_member_page_get_more_button (page);
  g_autoptr(GDateTime) day = hours_ago (24 * 20);
  g_autoptr(HearthReading) first = NULL;

  for (guint i = 0; i < 100; i++)
    {
      log_bp (yara, 1 + i * 12, 120, 80);
      log_weight (yara, 2 + i * 12, 70 + (i % 3));
    }
  show_member (yara);
  wait_ms (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 50);

  /* Weight only, as a person picks it: still a page at a time. */
  gtk_drop_down_set_selected (_hearth_member_page_get_kind_filter (page), HEARTH_READING_KIND_WEIGHT + 1);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 50);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthReading) r = g_list_model_get_item (model, i);

      g_assert_cmpint (hearth_reading_get_kind (r), ==, HEARTH_READING_KIND_WEIGHT);
    }
  g_assert_true (gtk_widget_get_visible (more));
  g_signal_emit_by_name (more, "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 100);
  g_assert_false (gtk_widget_get_visible (more));

  /* Jump to a day 20 days ago: its weights and older ones, paged. */
  gtk_calendar_select_day (_hearth_member_page_get_date_calendar (page), day);
  iterate ();
  g_assert_true (gtk_widget_get_visible (_hearth_member_page_get_newest_button (page)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 50);
  g_assert_true (gtk_widget_get_visible (more));
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (hearth_reading_get_kind (first), ==, HEARTH_READING_KIND_WEIGHT);
  {
    g_autoptr(GDateTime) taken = g_date_time_to_local (hearth_reading_get_taken_at (first));
    g_autoptr(GDateTime) local_day = g_date_time_to_local (day);

    /* The newest weight of that local day (one every 12 h). */
    g_assert_cmpint (g_date_time_get_day_of_year (taken), ==, g_date_time_get_day_of_year (local_day));
  }
  g_clear_object (&first);

  /* Back to the newest. */
  g_signal_emit_by_name (_hearth_member_page_get_newest_button (page), "clicked");
  iterate ();
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (hearth_reading_get_kind (first), ==, HEARTH_READING_KIND_WEIGHT);
  {
    g_autoptr(GDateTime) newest = hours_ago (2);

    g_assert_cmpint (ABS (g_date_time_difference (hearth_reading_get_taken_at (first), newest)) / G_USEC_PER_SEC, <=, 5);
  }
  g_assert_false (gtk_widget_get_visible (_hearth_member_page_get_newest_button (page)));

  gtk_drop_down_set_selected (_hearth_member_page_get_kind_filter (page), 0);
  iterate ();
}

/* Adding and editing a member are changes Ctrl+Z takes back too. */
static void
test_undo_member_edit (void)
{
  HearthStore *store = hearth_application_get_store (app);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  HearthProfileDialog *dialog;
  HearthProfileForm *form;
  g_autofree char *uuid = NULL;
  g_autoptr(HearthProfile) gone = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-member", NULL);
  iterate ();
  dialog = HEARTH_PROFILE_DIALOG (_hearth_window_get_last_dialog (window));
  form = _hearth_profile_dialog_get_form (dialog);
  gtk_editable_set_text (_hearth_profile_form_get_name_editable (form), "Zed");
  gtk_editable_set_text (_hearth_profile_form_get_birth_year (form), "1975");
  /* A new member is not asked the height (issue 9: the first weight is). */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_hearth_profile_form_get_height_row (form))));
  g_assert_true (_hearth_profile_dialog_save (dialog));
  iterate ();
  uuid = g_strdup (hearth_profile_get_uuid (hearth_window_get_profile (window)));
  g_assert_cmpstr (hearth_profile_get_name (hearth_window_get_profile (window)), ==, "Zed");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-member", NULL);
  iterate ();
  dialog = HEARTH_PROFILE_DIALOG (_hearth_window_get_last_dialog (window));
  form = _hearth_profile_dialog_get_form (dialog);
  gtk_editable_set_text (_hearth_profile_form_get_height (form), "182");
  g_assert_true (_hearth_profile_dialog_save (dialog));
  iterate ();
  g_assert_cmpfloat_with_epsilon (hearth_profile_get_height_cm (hearth_window_get_profile (window)), 182, 0.01);
  dismiss_toasts ();

  /* The edit, then the add. */
  press_keys ("ctrl+z");
  g_assert_cmpstr (hearth_profile_get_uuid (hearth_window_get_profile (window)), ==, uuid);
  g_assert_cmpfloat (hearth_profile_get_height_cm (hearth_window_get_profile (window)), ==, 0);
  g_assert_null (strstr (gtk_label_get_text (_hearth_member_page_get_details_label (page)), "182"));

  press_keys ("ctrl+z");
  gone = hearth_store_get_profile (store, uuid, NULL);
  g_assert_null (gone);
  g_assert_cmpstr (hearth_profile_get_uuid (hearth_window_get_profile (window)), !=, uuid);
  dismiss_toasts ();
}

void
add_pages_tests (void)
{
  g_test_add_func ("/hearth/gui/pages/member-edit-live", test_member_edit_live);
  g_test_add_func ("/hearth/gui/pages/member-edit-keeps-height", test_member_edit_keeps_height);
  g_test_add_func ("/hearth/gui/pages/switch-scrolls-to-top", test_switch_scrolls_to_top);
  g_test_add_func ("/hearth/gui/pages/shown-categories", test_shown_categories);
  g_test_add_func ("/hearth/gui/pages/severe-labelled", test_severe_labelled);
  g_test_add_func ("/hearth/gui/pages/steps-full-days", test_steps_full_days);
  g_test_add_func ("/hearth/gui/pages/one-way", test_one_way);
  g_test_add_func ("/hearth/gui/pages/history-filter", test_history_filter);
  g_test_add_func ("/hearth/gui/pages/undo", test_undo);
  g_test_add_func ("/hearth/gui/pages/undo-member", test_undo_member);
  g_test_add_func ("/hearth/gui/pages/member-delete-permanently", test_member_delete_permanently);
  g_test_add_func ("/hearth/gui/pages/undo-member-edit", test_undo_member_edit);
}
