/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-family-page-private.h"
#include "hearth-gui-util.h"
#include "hearth-kind-card-private.h"
#include "hearth-member-page-private.h"
#include "hearth-profile-dialog-private.h"
#include "hearth-profile-form-private.h"
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
}

void
add_pages_tests (void)
{
  g_test_add_func ("/hearth/gui/pages/member-edit-live", test_member_edit_live);
  g_test_add_func ("/hearth/gui/pages/switch-scrolls-to-top", test_switch_scrolls_to_top);
  g_test_add_func ("/hearth/gui/pages/shown-categories", test_shown_categories);
  g_test_add_func ("/hearth/gui/pages/severe-labelled", test_severe_labelled);
}
