/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-core.h"
#include "hearth-application-private.h"
#include "hearth-kind-card.h"
#include "hearth-member-page-private.h"
#include "hearth-record-dialog-private.h"
#include "xdo-app.h"

/* The member's health record (issue 10): the dialog in process over a
 * journal with a fixed clock (impossible values refused at their field with
 * the text kept, nothing stored; the member page's dashboard order following
 * a condition added), and the built app typed key by key under openbox
 * (Ctrl+Shift+R, a condition and when it began, Return), read back with
 * core. */

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
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

/* A weight more recent than a blood pressure: weight comes first on the
 * dashboard of a member without a condition. */
static void
add_readings (HearthStore   *store,
              HearthProfile *profile,
              GDateTime     *now)
{
  g_autoptr(GDateTime) before = g_date_time_add_hours (now, -30);
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, -2);
  g_autoptr(HearthReading) bp = hearth_reading_new_blood_pressure (before, 128, 82, NAN);
  g_autoptr(HearthReading) weight = hearth_reading_new_weight (later, 71.5, NAN);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (bp, hearth_profile_get_uuid (profile));
  hearth_reading_set_profile_uuid (weight, hearth_profile_get_uuid (profile));
  g_assert_true (hearth_store_add_reading (store, bp, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_add_reading (store, weight, &error));
  g_assert_no_error (error);
}

static HearthReadingKind
first_card_kind (HearthMemberPage *page)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (_hearth_member_page_get_cards (page), 0);

  g_assert_true (HEARTH_IS_KIND_CARD (child));
  return hearth_kind_card_get_kind (HEARTH_KIND_CARD (child));
}

static void
set_text (HearthRecordDialog *dialog,
          HearthRecordField   field,
          const char         *text)
{
  gtk_editable_set_text (_hearth_record_dialog_get_entry (dialog, field), text);
}

static void
assert_error (HearthRecordDialog *dialog,
              HearthRecordField   field,
              const char         *needle)
{
  GtkLabel *label = _hearth_record_dialog_get_error (dialog, field);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  if (strstr (gtk_label_get_text (label), needle) == NULL)
    g_error ("“%s” is not in the error “%s”", needle, gtk_label_get_text (label));
  for (guint i = 0; i < HEARTH_RECORD_N_FIELDS; i++)
    if (i != field && i != HEARTH_RECORD_FIELD_ALLERGIES)
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_hearth_record_dialog_get_error (dialog, i))));
}

static void
test_record_dialog_in_process (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 30, 10, 0, 0);
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (now);
  g_autofree char *dir = g_dir_make_tmp ("hearth-record-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "hearth.db", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) ann = hearth_profile_new ("Ann");
  g_autoptr(HearthHealthRecord) record = NULL;
  GtkWindow *window;
  HearthMemberPage *page;
  HearthRecordDialog *dialog;

  store = hearth_store_open (db, clock, &error);
  g_assert_no_error (error);
  hearth_profile_set_birth (ann, 1970, 5, 4);
  g_assert_true (hearth_store_add_profile (store, ann, &error));
  g_assert_true (hearth_store_dismiss_checklist (store, hearth_profile_get_uuid (ann), &error));
  g_assert_no_error (error);
  add_readings (store, ann, now);
  /* The page shows the store's own object, as the window passes it: the
   * store updates it in place on every change. */
  g_clear_object (&ann);
  ann = g_list_model_get_item (hearth_store_get_profiles (store), 0);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 760, 900);
  page = HEARTH_MEMBER_PAGE (hearth_member_page_new ());
  gtk_window_set_child (window, GTK_WIDGET (page));
  hearth_member_page_set_store (page, store);
  hearth_member_page_set_profile (page, ann);
  gtk_window_present (window);
  wait_ms (300);
  g_assert_cmpint (first_card_kind (page), ==, HEARTH_READING_KIND_WEIGHT);

  dialog = hearth_record_dialog_new (store, ann);
  g_object_ref_sink (dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), window);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (100);
  /* It opens on the condition. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                        GTK_WIDGET (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_CONDITION))));

  /* A day to come, a day before birth, a date that does not exist, a date
   * without its condition: each refused under "Since", the text kept, and
   * nothing stored. */
  set_text (dialog, HEARTH_RECORD_FIELD_CONDITION, "hypertension");
  set_text (dialog, HEARTH_RECORD_FIELD_SINCE, "2026-03-31");
  g_assert_false (_hearth_record_dialog_save (dialog));
  assert_error (dialog, HEARTH_RECORD_FIELD_SINCE, "future");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_SINCE)), ==,
                   "2026-03-31");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_CONDITION)), ==,
                   "hypertension");
  set_text (dialog, HEARTH_RECORD_FIELD_SINCE, "1970-05-03");
  g_assert_false (_hearth_record_dialog_save (dialog));
  assert_error (dialog, HEARTH_RECORD_FIELD_SINCE, "1970-05-04");
  set_text (dialog, HEARTH_RECORD_FIELD_SINCE, "2015-02-30");
  g_assert_false (_hearth_record_dialog_save (dialog));
  assert_error (dialog, HEARTH_RECORD_FIELD_SINCE, "2015-03-01");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_SINCE)), ==,
                   "2015-02-30");
  set_text (dialog, HEARTH_RECORD_FIELD_CONDITION, "");
  set_text (dialog, HEARTH_RECORD_FIELD_SINCE, "2015-03-01");
  g_assert_false (_hearth_record_dialog_save (dialog));
  assert_error (dialog, HEARTH_RECORD_FIELD_CONDITION, "condition");

  /* A phone without a digit; a contact's name with a tab (pasted). */
  set_text (dialog, HEARTH_RECORD_FIELD_CONDITION, "hypertension");
  set_text (dialog, HEARTH_RECORD_FIELD_CONTACT_PHONE, "ask Bob");
  g_assert_false (_hearth_record_dialog_save (dialog));
  assert_error (dialog, HEARTH_RECORD_FIELD_CONTACT_PHONE, "digits");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_CONTACT_PHONE)),
                   ==, "ask Bob");
  set_text (dialog, HEARTH_RECORD_FIELD_CONTACT_PHONE, "+49 30 1234 5678");
  set_text (dialog, HEARTH_RECORD_FIELD_CONTACT_NAME, "Bob\tJones");
  g_assert_false (_hearth_record_dialog_save (dialog));
  assert_error (dialog, HEARTH_RECORD_FIELD_CONTACT_NAME, "tabs");

  /* Nothing of it was stored (one write: a refused part keeps the rest out). */
  record = hearth_store_get_health_record (store, hearth_profile_get_uuid (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->conditions->len, ==, 0);
  g_assert_null (record->contact_phone);
  g_clear_pointer (&record, hearth_health_record_free);
  g_assert_cmpint (first_card_kind (page), ==, HEARTH_READING_KIND_WEIGHT);

  /* Fixed: stored, and the dashboard puts blood pressure first. */
  set_text (dialog, HEARTH_RECORD_FIELD_CONTACT_NAME, "Bob Jones");
  set_text (dialog, HEARTH_RECORD_FIELD_FAMILY, "diabetes");
  set_text (dialog, HEARTH_RECORD_FIELD_ALLERGIES, "penicillin, peanuts");
  adw_combo_row_set_selected (_hearth_record_dialog_get_relative_row (dialog), HEARTH_RELATIVE_FATHER);
  adw_combo_row_set_selected (_hearth_record_dialog_get_blood_row (dialog), HEARTH_BLOOD_TYPE_O_NEG);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (_hearth_record_dialog_get_notes_view (dialog)),
                            "Pacemaker.\nNo MRI.", -1);
  g_assert_true (_hearth_record_dialog_save (dialog));
  iterate ();
  wait_ms (100);
  record = hearth_store_get_health_record (store, hearth_profile_get_uuid (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->conditions->len, ==, 1);
  g_assert_cmpstr (((HearthCondition *) record->conditions->pdata[0])->condition, ==, "hypertension");
  g_assert_cmpint (((HearthCondition *) record->conditions->pdata[0])->since_day, ==,
                   hearth_record_day_from_ymd (2015, 3, 1));
  g_assert_cmpuint (record->family->len, ==, 1);
  g_assert_cmpint (((HearthFamilyCondition *) record->family->pdata[0])->relative, ==, HEARTH_RELATIVE_FATHER);
  g_assert_cmpint (record->blood_type, ==, HEARTH_BLOOD_TYPE_O_NEG);
  g_assert_cmpstr (record->contact_name, ==, "Bob Jones");
  g_assert_cmpstr (record->contact_phone, ==, "+49 30 1234 5678");
  g_assert_cmpstr (record->notes, ==, "Pacemaker.\nNo MRI.");
  {
    static const char * const allergies[] = { "penicillin", "peanuts", NULL };

    g_assert_cmpstrv (record->allergies, allergies);
    g_assert_cmpstrv (hearth_profile_get_allergies (ann), allergies);
  }
  g_assert_cmpint (first_card_kind (page), ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_object_unref (dialog);

  /* Opened again: what is recorded, listed; removing the condition puts
   * weight first again. */
  dialog = hearth_record_dialog_new (store, ann);
  g_object_ref_sink (dialog);
  g_assert_nonnull (gtk_list_box_get_row_at_index (_hearth_record_dialog_get_conditions_list (dialog), 0));
  g_assert_null (gtk_list_box_get_row_at_index (_hearth_record_dialog_get_conditions_list (dialog), 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_list_box_get_row_at_index (_hearth_record_dialog_get_conditions_list (dialog), 0))),
                   ==, "High blood pressure");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                     gtk_list_box_get_row_at_index (_hearth_record_dialog_get_conditions_list (dialog), 0))),
                   ==, "Since 2015-03-01");
  g_assert_cmpuint (adw_combo_row_get_selected (_hearth_record_dialog_get_blood_row (dialog)), ==,
                    HEARTH_BLOOD_TYPE_O_NEG);
  g_assert_cmpstr (gtk_editable_get_text (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_CONTACT_NAME)),
                   ==, "Bob Jones");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_record_dialog_get_entry (dialog, HEARTH_RECORD_FIELD_ALLERGIES)),
                   ==, "penicillin, peanuts");
  g_assert_true (hearth_store_remove_condition (store, hearth_profile_get_uuid (ann), "hypertension", &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_null (gtk_list_box_get_row_at_index (_hearth_record_dialog_get_conditions_list (dialog), 0));
  g_assert_cmpint (first_card_kind (page), ==, HEARTH_READING_KIND_WEIGHT);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  gtk_window_destroy (window);
  iterate ();
  g_clear_object (&store);
  {
    const char *argv[] = { "rm", "-rf", dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
}

/* The built app: Ctrl+Shift+R opens Ann's record on the condition; a date
 * that does not exist is refused with the dialog left open and the text
 * kept; corrected (Ctrl+A selects what was typed), Return saves. */
static void
test_record_dialog_keyboard (void)
{
  g_autoptr(XdoApp) app = xdo_app_new ("record", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) ann = hearth_profile_new ("Ann");
  g_autoptr(HearthProfile) stored = NULL;
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  {
    g_autoptr(HearthStore) setup = xdo_app_open_store (app);

    hearth_profile_set_birth (ann, 1970, 5, 4);
    g_assert_true (hearth_store_add_profile (setup, ann, &error));
    g_assert_true (hearth_store_dismiss_checklist (setup, hearth_profile_get_uuid (ann), &error));
    g_assert_no_error (error);
    add_readings (setup, ann, now);
  }

  xdo_app_start (app);
  xdo_wait_focused (app, "Hearth");
  xdo_press ("ctrl+shift+r");
  xdo_wait_focused (app, "Health Record of Ann");
  xdo_type ("hypertension");
  xdo_press ("Tab");
  xdo_type ("2019-02-30");
  xdo_press ("Return");
  /* Refused: still open, on the date. */
  g_usleep (500 * 1000);
  xdo_wait_focused (app, "Health Record of Ann");
  xdo_take_screenshot (app, "refused");
  xdo_press ("ctrl+a");
  xdo_type ("2019-02-28");
  xdo_take_screenshot (app, "dialog");
  xdo_press ("Return");
  xdo_wait_closed (app, "Health Record of Ann");
  xdo_take_screenshot (app, "dashboard");

  store = xdo_app_stop (app);
  stored = hearth_store_find_profile (store, "Ann", &error);
  g_assert_no_error (error);
  g_assert_true (hearth_profile_has_condition (stored, HEARTH_CONDITION_HYPERTENSION));
  record = hearth_store_get_health_record (store, hearth_profile_get_uuid (stored), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->conditions->len, ==, 1);
  g_assert_cmpint (((HearthCondition *) record->conditions->pdata[0])->since_day, ==,
                   hearth_record_day_from_ymd (2019, 2, 28));
  g_assert_cmpint (record->blood_type, ==, HEARTH_BLOOD_TYPE_UNKNOWN);
  /* The dashboard the app showed after it (record-dashboard.png) reads the
   * same store: blood pressure first now. */
  {
    g_autoptr(GArray) kinds = hearth_store_get_tracked_kinds (store, stored, &error);

    g_assert_no_error (error);
    g_assert_cmpint (g_array_index (kinds, int, 0), ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
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

  xdo_start_window_manager ("record");

  g_test_add_func ("/hearth/gui-record/in-process", test_record_dialog_in_process);
  g_test_add_func ("/hearth/gui-record/keyboard", test_record_dialog_keyboard);

  ret = g_test_run ();
  xdo_stop_window_manager ();
  return ret;
}
