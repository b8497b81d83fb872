/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "hearth-application-private.h"
#include "hearth-checklist-private.h"
#include "hearth-member-page-private.h"
#include "hearth-window-private.h"
#include "test-gui-private.h"

/* The first-week checklist (issue 9) at the top of a new member's page:
 * what it shows, each first celebrated in a toast, Dismiss, and
 * screenshots light and dark. */

static void
on_step_done_cb (HearthChecklist *checklist,
                 int              step,
                 guint            n_done,
                 GString         *seen)
{
  g_autofree char *text = hearth_checklist_describe_step_done (step, n_done);

  g_string_append_printf (seen, "%s\n", text);
}

/* Whether the window has the action (win.new-goal arrives with goals). */
static gboolean
window_has_action (const char *name)
{
  const char *found = NULL;
  const GVariantType *parameter = NULL;
  const char *property = NULL;
  GType owner;

  for (guint i = 0;
       gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &found, &parameter, &property);
       i++)
    {
      if (g_strcmp0 (found, name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_checklist (void)
{
  HearthStore *store = hearth_application_get_store (app);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  HearthChecklist *checklist = _hearth_member_page_get_checklist (page);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(HearthProfile) nova = add_member ("Nova", 1995, NULL);
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(Capture) light = NULL;
  g_autoptr(Capture) dark = NULL;
  g_autoptr(GError) error = NULL;
  HearthFirstSteps steps;
  gulong handler;

  show_member (nova);
  handler = g_signal_connect (checklist, "step-done", G_CALLBACK (on_step_done_cb), seen);

  /* A new member: three steps to do, each with its button. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (checklist)));
  for (HearthFirstStep i = 0; i < HEARTH_N_FIRST_STEPS; i++)
    {
      g_assert_false (gtk_check_button_get_active (_hearth_checklist_get_check (checklist, i)));
      g_assert_true (gtk_widget_get_visible (_hearth_checklist_get_step_button (checklist, i)));
    }
  /* "Set a Goal" runs win.new-goal, insensitive while there is none. */
  g_assert_cmpint (gtk_widget_get_sensitive (_hearth_checklist_get_step_button (checklist, HEARTH_FIRST_STEP_SET_GOAL)),
                   ==, window_has_action ("win.new-goal"));
  g_assert_true (gtk_widget_get_sensitive (_hearth_checklist_get_step_button (checklist, HEARTH_FIRST_STEP_FIRST_READING)));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = save_screenshot ("checklist-light.png", "Your First Week", "Set a goal", "Log the first reading",
                           "Try one more log", "Log a Reading", "Log a Meal", "Add a Workout", "Dismiss", NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = save_screenshot ("checklist-dark.png", "Your First Week", "Set a goal", "Log the first reading",
                          "Try one more log", NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  wait_ms (200);
  g_assert_cmpfloat (brightness (light), >, 150);
  g_assert_cmpfloat (brightness (dark), <, 100);
  g_assert_cmpfloat (widget_stddev (light, GTK_WIDGET (checklist)), >, 5);

  /* The first reading: checked, dated, its button gone, celebrated in a
   * toast that says how far the member is. */
  log_bp (nova, 1, 118, 76);
  iterate ();
  g_assert_true (gtk_check_button_get_active (_hearth_checklist_get_check (checklist, HEARTH_FIRST_STEP_FIRST_READING)));
  g_assert_false (gtk_widget_get_visible (_hearth_checklist_get_step_button (checklist, HEARTH_FIRST_STEP_FIRST_READING)));
  g_assert_cmpstr (adw_action_row_get_subtitle (_hearth_checklist_get_row (checklist, HEARTH_FIRST_STEP_FIRST_READING)),
                   !=, "Blood pressure, weight, glucose or any other vital");
  g_assert_cmpstr (seen->str, ==, "First reading logged — 1 of 3 first steps done\n");
  wait_ms (100);
  g_assert_true (_hearth_window_has_toasts (window));
  g_assert_cmpstr (adw_toast_get_title (_hearth_window_get_last_toast (window)), ==,
                   "First reading logged — 1 of 3 first steps done");

  /* A second reading is no first. */
  log_bp (nova, 0.5, 120, 78);
  iterate ();
  g_assert_cmpstr (seen->str, ==, "First reading logged — 1 of 3 first steps done\n");

  /* Another member's page is theirs; coming back celebrates nothing old. */
  {
    g_autoptr(HearthProfile) other = add_member ("Oren", 1980, NULL);

    show_member (other);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (checklist)));
    g_assert_false (gtk_check_button_get_active (_hearth_checklist_get_check (checklist, HEARTH_FIRST_STEP_FIRST_READING)));
    show_member (nova);
    g_assert_true (gtk_check_button_get_active (_hearth_checklist_get_check (checklist, HEARTH_FIRST_STEP_FIRST_READING)));
    g_assert_cmpuint (strlen (seen->str), ==, strlen ("First reading logged — 1 of 3 first steps done\n"));
  }

  /* Dismiss: stored, and the checklist goes. */
  g_signal_emit_by_name (_hearth_checklist_get_dismiss_button (checklist), "clicked");
  iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (checklist)));
  g_assert_true (hearth_store_get_checklist (store, hearth_profile_get_uuid (nova), &steps, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steps.dismissed_at, !=, 0);

  g_signal_handler_disconnect (checklist, handler);
}

/* The toast's words for each step and count. */
static void
test_checklist_texts (void)
{
  g_autofree char *goal = hearth_checklist_describe_step_done (HEARTH_FIRST_STEP_SET_GOAL, 2);
  g_autofree char *more = hearth_checklist_describe_step_done (HEARTH_FIRST_STEP_ONE_MORE_LOG, 3);

  g_assert_cmpstr (goal, ==, "First goal set — 2 of 3 first steps done");
  g_assert_cmpstr (more, ==, "One more kind of log tried — all first steps done. Well done!");
}

void
add_checklist_tests (void)
{
  g_test_add_func ("/hearth/gui/checklist/texts", test_checklist_texts);
  g_test_add_func ("/hearth/gui/checklist/new-member", test_checklist);
}
