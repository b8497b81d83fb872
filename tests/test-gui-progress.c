/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-progress"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "hearth-application-private.h"
#include "hearth-celebrations.h"
#include "hearth-date-button.h"
#include "hearth-goal-dialog-private.h"
#include "hearth-gui-util.h"
#include "hearth-insight-card-private.h"
#include "hearth-member-page-private.h"
#include "hearth-progress-page-private.h"
#include "hearth-window-private.h"
#include "xdo-app.h"

/* The Progress page (issue 9, "App"): reached from the member page and
 * back, its streaks over a scripted history with a clock that stands
 * still, screenshots light and dark. */

static HearthApplication *app;
static char              *tmpdir;

/* Tuesday 10 March 2026, 15:30 UTC: the journal's "now". */
#define NOW_Y 2026
#define NOW_M 3
#define NOW_D 10

typedef struct
{
  char          *dir;
  HearthClock   *clock;
  HearthStore   *store;
  HearthProfile *ann;
  HearthWindow  *window;
} Progress;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

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

/* @days_ago days before today (10 March 2026), at 08:00 UTC. */
static GDateTime *
days_ago (int days)
{
  g_autoptr(GDateTime) today = g_date_time_new_utc (NOW_Y, NOW_M, NOW_D, 8, 0, 0);

  return g_date_time_add_days (today, -days);
}

static void
log_weight (Progress *p,
            int       ago,
            double    kg)
{
  g_autoptr(GDateTime) when = days_ago (ago);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (when, kg, NAN);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (p->ann));
  ASSERT_OK (hearth_store_add_reading (p->store, reading, &error));
}

/* A member whose weight was logged every day from 37 days ago to today but
 * for 18 days ago: a run of 19 days (37…19 days ago), a gap, then 18 days
 * ending today. */
static void
script_history (Progress *p)
{
  for (int ago = 37; ago >= 0; ago--)
    if (ago != 18)
      log_weight (p, ago, 80 - (37 - ago) * 0.05);
}

static Progress *
progress_new (gboolean with_history)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (NOW_Y, NOW_M, NOW_D, 15, 30, 0);
  g_autofree char *path = NULL;
  Progress *p = g_new0 (Progress, 1);

  p->dir = g_dir_make_tmp ("hearth-progress-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (p->dir, "hearth.db", NULL);
  p->clock = hearth_clock_new_fixed (now);
  p->store = hearth_store_open (path, p->clock, &error);
  g_assert_no_error (error);

  p->ann = hearth_profile_new ("Ann");
  hearth_profile_set_birth (p->ann, 1980, 5, 1);
  hearth_profile_set_sex (p->ann, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (p->ann, 168);
  ASSERT_OK (hearth_store_add_profile (p->store, p->ann, &error));
  if (with_history)
    script_history (p);

  p->window = hearth_window_new (app, p->store);
  gtk_window_set_default_size (GTK_WINDOW (p->window), 900, 1000);
  gtk_window_present (GTK_WINDOW (p->window));
  wait_ms (300);
  g_assert_true (hearth_window_select_profile (p->window, hearth_profile_get_uuid (p->ann)));
  iterate ();
  return p;
}

static void
progress_free (Progress *p)
{
  gtk_window_destroy (GTK_WINDOW (p->window));
  iterate ();
  g_clear_object (&p->ann);
  g_clear_object (&p->store);
  g_clear_object (&p->clock);
  {
    g_autoptr(GDir) dir = g_dir_open (p->dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (p->dir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (p->dir);
  g_free (p->dir);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Progress, progress_free)

/* The labels of @widget's tree drawn inside @root's @width × @height. */
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
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_texts (child, root, width, height, out);
}

/* @p's window drawn into tests/NAME in the build dir; checks it is not
 * blank and shows each of @expected (NULL-terminated); its mean
 * brightness (0–255). */
static double
save_window_png (Progress    *p,
                 const char  *name,
                 const char **expected)
{
  GtkWidget *toplevel = GTK_WIDGET (p->window);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *path = NULL;
  const char *build_root = g_getenv ("HEARTH_BUILD_ROOT");
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height, stride;
  guchar *data;
  double sum = 0, sum2 = 0, mean, stddev;

  gtk_widget_queue_draw (toplevel);
  wait_ms (500);
  paintable = gtk_widget_paintable_new (toplevel);
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
  path = build_root != NULL ? g_build_filename (build_root, "tests", name, NULL) : g_build_filename (tmpdir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Screenshot: %s", path);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        double lum = (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3.0;

        sum += lum;
        sum2 += lum * lum;
      }
  mean = sum / ((double) width * height);
  stddev = sqrt (MAX (0, sum2 / ((double) width * height) - mean * mean));
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (stddev, >, 10);   /* not a blank window */

  collect_texts (toplevel, toplevel, gtk_widget_get_width (toplevel), gtk_widget_get_height (toplevel), texts);
  for (guint i = 0; expected[i] != NULL; i++)
    if (strstr (texts->str, expected[i]) == NULL)
      g_error ("“%s” is not on screen; the labels drawn are:\n%s", expected[i], texts->str);
  return mean;
}

static gint64
local_day_ago (int ago)
{
  g_autoptr(GDateTime) when = days_ago (ago);

  return g_date_time_to_unix (when) / 86400;
}

static void
add_goal (Progress       *p,
          HearthGoalKind  kind,
          const char     *metric,
          double          target,
          int             weeks)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new (hearth_profile_get_uuid (p->ann), kind, metric, local_day_ago (0));
  g_autoptr(GError) error = NULL;

  goal->target = target;
  if (kind == HEARTH_GOAL_KIND_TARGET)
    goal->due_day = local_day_ago (0) + weeks * 7;
  ASSERT_OK (hearth_store_add_goal (p->store, goal, &error));
}

/* Opens the Progress page as the member page's button does. */
static HearthProgressPage *
show_progress (Progress *p)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p->window), "win.show-progress", NULL));
  iterate ();
  g_assert_cmpstr (_hearth_window_get_content_page (p->window), ==, "progress");
  page = _hearth_window_get_progress_page (p->window);
  g_assert_true (HEARTH_IS_PROGRESS_PAGE (page));
  g_assert_cmpstr (hearth_profile_get_uuid (hearth_progress_page_get_profile (HEARTH_PROGRESS_PAGE (page))), ==,
                   hearth_profile_get_uuid (p->ann));
  return HEARTH_PROGRESS_PAGE (page);
}

/* The strength after runs of days done and not done, by hand:
 * a done day moves s toward 1 by (1 − m), an empty day multiplies it by m. */
static double
strength_by_hand (void)
{
  double m = pow (0.5, 1 / 13.0);
  double s = 0;

  s = 1 - (1 - s) * pow (m, 19);  /* 19 days done */
  s = s * m;                      /* a day without an entry */
  s = 1 - (1 - s) * pow (m, 18);  /* 18 more, to today */
  return s;
}

static void
test_progress_navigation (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthMemberPage *member = _hearth_window_get_member_page (p->window);
  GtkWidget *button = _hearth_member_page_get_progress_button (member);

  /* The member page's Progress button runs win.show-progress. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.show-progress");
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);   /* clicked once its pressed look has shown (250 ms) */
  wait_ms (400);
  g_assert_cmpstr (_hearth_window_get_content_page (p->window), ==, "progress");

  /* Back returns to the member page, and the page is let go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p->window), "win.go-back", NULL));
  iterate ();
  g_assert_cmpstr (_hearth_window_get_content_page (p->window), ==, "member");
  g_assert_null (_hearth_window_get_progress_page (p->window));
}

static void
test_progress_streaks (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthProgressPage *page = show_progress (p);
  AdwActionRow *row = _hearth_progress_page_get_logging_row (page);
  g_autofree char *strength = g_strdup_printf ("Strength %.0f %%", strength_by_hand () * 100);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Logging");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Current: 18 days · Best: 19 days");
  g_assert_cmpstr (gtk_label_get_text (_hearth_progress_page_get_logging_strength (page)), ==, strength);
  g_assert_cmpstr (strength, ==, "Strength 85 %");

  /* The missing day logged late mends the streak, on the page at once. */
  log_weight (p, 18, 79);
  iterate ();
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Current: 38 days · Best: 38 days");
}

/* The row of the skip days' list at @index (newest first). */
static AdwActionRow *
skip_row (HearthProgressPage *page,
          int                 index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (_hearth_progress_page_get_skip_days_list (page), index);

  return row != NULL ? ADW_ACTION_ROW (row) : NULL;
}

/* The first button inside @widget (a skip day's row: Unmark). */
static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The gap in the history marked as a skip day on the page: the two runs
 * join, the store has the day and its reason; Unmark takes it back. */
static void
test_progress_skip_day (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthProgressPage *page = show_progress (p);
  AdwActionRow *logging = _hearth_progress_page_get_logging_row (page);
  GtkWidget *date_button = _hearth_progress_page_get_skip_date_button (page);
  GtkEntry *reason = _hearth_progress_page_get_skip_reason_entry (page);
  g_autoptr(GDateTime) gap = days_ago (18);
  g_autoptr(GDateTime) today = days_ago (0);
  g_autoptr(GDateTime) shown = hearth_gui_date_button_get_date (date_button);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored_reason = NULL;
  g_autofree char *too_long = g_strnfill (201, 'x');
  gboolean marked = FALSE;
  double m = pow (0.5, 1 / 13.0);
  g_autofree char *strength = g_strdup_printf ("Strength %.0f %%", (1 - pow (m, 37)) * 100);

  /* The form opens on today. */
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, g_date_time_get_day_of_month (today));
  g_assert_cmpint (g_date_time_get_month (shown), ==, g_date_time_get_month (today));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_hearth_progress_page_get_skip_days_list (page))));

  /* A reason the store refuses: said under the form, what was typed kept,
   * nothing stored. */
  hearth_gui_date_button_set_date (date_button, gap);
  gtk_editable_set_text (GTK_EDITABLE (reason), too_long);
  g_signal_emit_by_name (reason, "activate");   /* Return in the reason */
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_hearth_progress_page_get_skip_error_label (page))));
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_progress_page_get_skip_error_label (page)), "at most"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reason)), ==, too_long);
  ASSERT_OK (hearth_store_get_skip_day (p->store, hearth_profile_get_uuid (p->ann), local_day_ago (18),
                                        &marked, &stored_reason, &error));
  g_assert_false (marked);

  /* Return in the reason marks the day chosen. */
  gtk_editable_set_text (GTK_EDITABLE (reason), "  Flu ");
  g_signal_emit_by_name (reason, "activate");
  iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_hearth_progress_page_get_skip_error_label (page))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reason)), ==, "");
  ASSERT_OK (hearth_store_get_skip_day (p->store, hearth_profile_get_uuid (p->ann), local_day_ago (18),
                                        &marked, &stored_reason, &error));
  g_assert_true (marked);
  g_assert_cmpstr (stored_reason, ==, "Flu");

  /* The runs join: 19 + 18 days, the skip day not counted; strength carried. */
  g_assert_cmpstr (adw_action_row_get_subtitle (logging), ==, "Current: 37 days · Best: 37 days");
  g_assert_cmpstr (gtk_label_get_text (_hearth_progress_page_get_logging_strength (page)), ==, strength);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_hearth_progress_page_get_skip_days_list (page))));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (skip_row (page, 0))), ==, "Fri 20 Feb 2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (skip_row (page, 0)), ==, "Flu");
  g_assert_null (skip_row (page, 1));

  /* Today too, with the Skip button and no reason: the newest first. */
  hearth_gui_date_button_set_date (date_button, today);
  gtk_widget_activate (_hearth_progress_page_get_skip_button (page));
  wait_ms (400);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (skip_row (page, 0))), ==, "Tue 10 Mar 2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (skip_row (page, 0)), ==, "No reason given");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (skip_row (page, 1))), ==, "Fri 20 Feb 2026");

  /* Unmark the gap: the store forgets it, the streak splits again. */
  gtk_widget_activate (find_button (GTK_WIDGET (skip_row (page, 1))));
  wait_ms (400);
  g_clear_pointer (&stored_reason, g_free);
  ASSERT_OK (hearth_store_get_skip_day (p->store, hearth_profile_get_uuid (p->ann), local_day_ago (18),
                                        &marked, &stored_reason, &error));
  g_assert_false (marked);
  g_assert_cmpstr (adw_action_row_get_subtitle (logging), ==, "Current: 18 days · Best: 19 days");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (skip_row (page, 0))), ==, "Tue 10 Mar 2026");
  g_assert_null (skip_row (page, 1));
}

/* The labels inside @widget, one a line. */
static void
append_texts (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    append_texts (child, out);
}

static char *
tile_texts (HearthProgressPage *page,
            guint               index)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (_hearth_progress_page_get_badges_box (page), index);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (child);
  append_texts (GTK_WIDGET (child), out);
  return g_string_free (out, FALSE);
}

/* The gallery: every badge of the catalogue, earned ones with their day,
 * locked ones with their progress. */
static void
test_progress_badges (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthProgressPage *page = show_progress (p);
  const GPtrArray *catalogue = hearth_badge_catalogue_get ();
  g_autofree char *first = tile_texts (page, 0);
  g_autofree char *week = tile_texts (page, 1);
  g_autofree char *month = tile_texts (page, 2);

  g_assert_nonnull (gtk_flow_box_get_child_at_index (_hearth_progress_page_get_badges_box (page), catalogue->len - 1));
  g_assert_null (gtk_flow_box_get_child_at_index (_hearth_progress_page_get_badges_box (page), catalogue->len));
  /* The first weight, 37 days ago; the 7th day in a row, 31 days ago. */
  g_assert_cmpstr (first, ==, "First Reading\nEarned Sun 1 Feb 2026\n");
  g_assert_cmpstr (week, ==, "A Week of Logging\nEarned Sat 7 Feb 2026\n");
  /* 18 days in a row now, of 30. */
  g_assert_cmpstr (month, ==, "A Month of Logging\n18 of 30 days\n");
}

/* win.new-goal opens the goal dialog over the window. */
static HearthGoalDialog *
open_goal_dialog (Progress *p)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (p->window), "win.new-goal", NULL));
  iterate ();
  dialog = _hearth_window_get_last_dialog (p->window);
  g_assert_true (HEARTH_IS_GOAL_DIALOG (dialog));
  return HEARTH_GOAL_DIALOG (dialog);
}

static GPtrArray *
list_goals (Progress *p)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *goals = hearth_store_list_goals (p->store, hearth_profile_get_uuid (p->ann), &error);

  g_assert_no_error (error);
  return goals;
}

/* The dialog opens on the proposal for the member (weight: BMI 27.7),
 * naming its source; bad targets are refused under the field keeping
 * what was typed; a good one is stored with the day chosen. */
static void
test_goal_dialog (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthGoalDialog *dialog = open_goal_dialog (p);
  GtkEntry *target = _hearth_goal_dialog_get_target_entry (dialog);
  AdwActionRow *target_row = _hearth_goal_dialog_get_target_row (dialog);
  GtkLabel *proposal = _hearth_goal_dialog_get_proposal_label (dialog);
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GDateTime) due = NULL;
  GtkWidget *weak = GTK_WIDGET (dialog);
  const HearthGoal *goal;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak);

  /* A weight goal, proposed with its reason and source; a date to reach it. */
  g_assert_true (_hearth_goal_dialog_select (dialog, HEARTH_GOAL_METRIC_WEIGHT, HEARTH_GOAL_KIND_TARGET));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_hearth_goal_dialog_get_due_row (dialog))));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (proposal), "Proposed: "));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), !=, "");

  /* Not a number: said under the field, what was typed kept. */
  gtk_editable_set_text (GTK_EDITABLE (target), "seventy");
  _hearth_goal_dialog_save (dialog);
  g_assert_nonnull (weak);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (target_row), "field-error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (target_row), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, "seventy");
  g_assert_cmpuint (list_goals (p)->len, ==, 0);

  /* Out of the metric's range: the goal's own check, at the same field. */
  gtk_editable_set_text (GTK_EDITABLE (target), "900");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (target_row), "field-error"));
  _hearth_goal_dialog_save (dialog);
  g_assert_nonnull (weak);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (target_row), "field-error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, "900");

  /* 75 kg by 5 May 2026 (8 weeks): stored, the dialog closes. */
  due = g_date_time_new_utc (2026, 5, 5, 0, 0, 0);
  hearth_gui_date_button_set_date (_hearth_goal_dialog_get_due_button (dialog), due);
  gtk_editable_set_text (GTK_EDITABLE (target), "75");
  _hearth_goal_dialog_save (dialog);
  iterate ();
  g_assert_null (weak);
  goals = list_goals (p);
  g_assert_cmpuint (goals->len, ==, 1);
  goal = g_ptr_array_index (goals, 0);
  g_assert_cmpint (goal->kind, ==, HEARTH_GOAL_KIND_TARGET);
  g_assert_cmpstr (goal->metric, ==, HEARTH_GOAL_METRIC_WEIGHT);
  g_assert_cmpfloat_with_epsilon (goal->target, 75, 1e-9);
  g_assert_cmpint (goal->comparison, ==, HEARTH_GOAL_AT_MOST);
  g_assert_cmpint (goal->start_day, ==, local_day_ago (0));
  g_assert_cmpint (goal->due_day, ==, g_date_time_to_unix (due) / 86400);
}

/* Steps: a habit, no due day, the engine's proposal pre-filled. */
static void
test_goal_dialog_habit (void)
{
  g_autoptr(Progress) p = progress_new (FALSE);
  HearthGoalDialog *dialog = open_goal_dialog (p);
  GtkEntry *target = _hearth_goal_dialog_get_target_entry (dialog);
  g_autoptr(GPtrArray) goals = NULL;

  g_assert_true (_hearth_goal_dialog_select (dialog, HEARTH_GOAL_METRIC_STEPS, HEARTH_GOAL_KIND_HABIT));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_hearth_goal_dialog_get_due_row (dialog))));
  /* The engine's proposal for a member without steps, as the engine says. */
  {
    g_auto(HearthGoalFacts) facts = { 0 };
    g_autoptr(GPtrArray) proposals = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *expected = NULL;

    ASSERT_OK (hearth_store_get_goal_facts (p->store, hearth_profile_get_uuid (p->ann), local_day_ago (0),
                                            HEARTH_BP_GUIDELINE_ACC_AHA_2017, HEARTH_BMI_CUTOFFS_WHO, &facts, &error));
    proposals = hearth_goal_propose (&facts, HEARTH_GOAL_METRIC_STEPS, local_day_ago (0));
    g_assert_cmpuint (proposals->len, ==, 1);
    expected = g_strdup_printf ("%.0f", ((HearthGoalProposal *) g_ptr_array_index (proposals, 0))->goal->target);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (target)), ==, expected);
  }
  gtk_editable_set_text (GTK_EDITABLE (target), "7500");
  _hearth_goal_dialog_save (dialog);   /* Return itself: the typed test, test_goal_keys */
  iterate ();
  goals = list_goals (p);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_cmpint (((HearthGoal *) g_ptr_array_index (goals, 0))->kind, ==, HEARTH_GOAL_KIND_HABIT);
  g_assert_cmpfloat_with_epsilon (((HearthGoal *) g_ptr_array_index (goals, 0))->target, 7500, 1e-9);
}

/* Goals on the page: a target goal with its weekly milestones and pace,
 * one too fast with the warning, a habit with today's share and its own
 * streak row. */
static void
test_progress_goals (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthProgressPage *page = show_progress (p);
  GtkListBox *goals = _hearth_progress_page_get_goals_list (page);
  GtkListBoxRow *row;
  const char *subtitle;

  /* None yet: what to do. */
  row = gtk_list_box_get_row_at_index (goals, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "No goals yet");
  g_assert_null (gtk_list_box_get_row_at_index (goals, 1));

  /* The latest weight is 78.15 kg: 76 kg in 8 weeks is a safe pace. */
  add_goal (p, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, 76, 8);
  add_goal (p, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, 70, 2);
  add_goal (p, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, 7500, 0);
  iterate ();

  row = gtk_list_box_get_row_at_index (goals, 0);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
  g_assert_nonnull (strstr (subtitle, "now 78.2 kg"));
  g_assert_nonnull (strstr (subtitle, "next step"));
  g_assert_nonnull (strstr (subtitle, "Pace needed: 0.3 kg a week"));
  g_assert_null (strstr (subtitle, "Faster than 1 kg a week"));
  {
    /* Eight weekly milestones inside. */
    g_autoptr(GString) texts = g_string_new (NULL);

    append_texts (GTK_WIDGET (row), texts);
    g_assert_nonnull (strstr (texts->str, "Week 8 · 76.0 kg"));
    g_assert_null (strstr (texts->str, "Week 9"));
  }

  row = gtk_list_box_get_row_at_index (goals, 1);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Faster than 1 kg a week"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "pace-warning"));

  row = gtk_list_box_get_row_at_index (goals, 2);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Today: nothing yet");

  /* The habit's streak under the logging one. */
  row = gtk_list_box_get_row_at_index (_hearth_progress_page_get_streaks_list (page), 1);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Current: 0 days · Best: 0 days");
}

/* The member page: today's most useful insight with its source. */
static void
test_insight_card (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthInsightCard *card = _hearth_member_page_get_insight_card (_hearth_window_get_member_page (p->window));
  HearthInsight *top = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;

  /* What the engine ranks first today, word for word (the member was added
   * today: the first week's progress, which the checklist shows, passed over). */
  {
    g_autoptr(GPtrArray) insights = hearth_insights_list (p->store, hearth_profile_get_uuid (p->ann),
                                                          local_day_ago (0), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (insights->len, >=, 2);
    g_assert_cmpstr (((HearthInsight *) g_ptr_array_index (insights, 0))->id, ==, HEARTH_INSIGHT_FIRST_WEEK);
    top = g_ptr_array_steal_index (insights, 1);
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (gtk_widget_get_visible (_hearth_insight_card_get_insight_box (card)));
  g_assert_cmpstr (gtk_label_get_text (_hearth_insight_card_get_insight_label (card)), ==, top->text);
  source = g_strdup_printf ("Source: %s", top->source);
  g_assert_cmpstr (gtk_label_get_text (_hearth_insight_card_get_insight_source (card)), ==, source);
  /* No lapse, no nudge. */
  g_assert_false (gtk_widget_get_visible (_hearth_insight_card_get_nudge_box (card)));
  hearth_insight_free (top);
}

/* A missed day after a run of days logged: the nudge, then dismissed for
 * the day: gone, and it stays gone when the page is filled again. */
static void
test_nudge_dismiss (void)
{
  g_autoptr(Progress) p = NULL;
  HearthInsightCard *card;
  g_autoptr(HearthNudge) nudge = NULL;
  g_autoptr(GError) error = NULL;
  HearthMemberPage *member;

  _hearth_insight_card_forget_dismissed ();
  p = progress_new (FALSE);
  member = _hearth_window_get_member_page (p->window);
  card = _hearth_member_page_get_insight_card (member);
  for (int ago = 10; ago >= 2; ago--)
    log_weight (p, ago, 80);
  iterate ();

  ASSERT_OK (hearth_nudges_get_for_day (p->store, hearth_profile_get_uuid (p->ann), local_day_ago (0), 15 * 60 + 30,
                                        HEARTH_NUDGE_QUIET_START, HEARTH_NUDGE_QUIET_END, &nudge, &error));
  g_assert_nonnull (nudge);
  g_assert_cmpstr (nudge->id, ==, HEARTH_NUDGE_MISSED_DAY);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (gtk_widget_get_visible (_hearth_insight_card_get_nudge_box (card)));
  g_assert_cmpstr (gtk_label_get_text (_hearth_insight_card_get_nudge_label (card)), ==, nudge->text);

  gtk_widget_activate (_hearth_insight_card_get_dismiss_button (card));
  wait_ms (400);
  g_assert_false (gtk_widget_get_visible (_hearth_insight_card_get_nudge_box (card)));

  hearth_member_page_set_profile (member, NULL);
  hearth_member_page_set_profile (member, hearth_window_get_profile (p->window));
  iterate ();
  g_assert_false (gtk_widget_get_visible (_hearth_insight_card_get_nudge_box (card)));
}

static GtkWidget *
find_check (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static HearthChallenge *
stored_challenge (Progress *p)
{
  g_autoptr(GPtrArray) challenges = NULL;
  g_autoptr(GError) error = NULL;

  challenges = hearth_store_list_challenges (p->store, hearth_profile_get_uuid (p->ann), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (challenges->len, ==, 1);
  return hearth_challenge_copy (g_ptr_array_index (challenges, 0));
}

/* A built-in challenge started from the page's menu; today's check box
 * clicked checks in (the store has the day), clicked again takes it back. */
static void
test_progress_challenge (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  HearthProgressPage *page = show_progress (p);
  GtkListBox *list = _hearth_progress_page_get_challenges_list (page);
  guint n_templates = 0;
  const HearthChallengeTemplate *templates = hearth_challenge_get_templates (&n_templates);
  g_autofree char *expected = NULL;
  g_autoptr(HearthChallenge) challenge = NULL;
  GtkListBoxRow *row;
  GtkWidget *check;

  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "No challenges");
  g_assert_cmpuint (n_templates, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "progress.start-challenge", "s", templates[0].id));
  iterate ();
  challenge = stored_challenge (p);
  g_assert_cmpint (challenge->start_day, ==, local_day_ago (0));
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, hearth_challenge_template_get_title (&templates[0]));
  expected = g_strdup_printf ("Active · 0 of %u days · Tue 10 Mar 2026 to ", templates[0].days);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), expected));

  /* Today's check box, clicked. */
  check = find_check (GTK_WIDGET (row));
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_widget_activate (check);
  iterate ();
  g_clear_pointer (&challenge, hearth_challenge_free);
  challenge = stored_challenge (p);
  g_assert_true (hearth_challenge_is_checked (challenge, local_day_ago (0)));
  g_assert_cmpuint (hearth_challenge_get_checked (challenge), ==, 1);
  row = gtk_list_box_get_row_at_index (list, 0);
  g_free (expected);
  expected = g_strdup_printf ("Active · 1 of %u days", templates[0].days);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), expected));
  check = find_check (GTK_WIDGET (row));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* Clicked again: taken back. */
  gtk_widget_activate (check);
  iterate ();
  g_clear_pointer (&challenge, hearth_challenge_free);
  challenge = stored_challenge (p);
  g_assert_false (hearth_challenge_is_checked (challenge, local_day_ago (0)));
}

static void
test_progress_empty (void)
{
  g_autoptr(Progress) p = progress_new (FALSE);
  HearthProgressPage *page = show_progress (p);
  AdwActionRow *row = _hearth_progress_page_get_logging_row (page);

  /* Nothing logged: what starts a streak, no numbers. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "starts your streak"));
  g_assert_cmpstr (gtk_label_get_text (_hearth_progress_page_get_logging_strength (page)), ==, "");
}

static void
test_progress_screenshots (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *expected[] = { "Progress", "Ann", "Goals", "New Goal…", "Pace needed: 0.3 kg a week",
                             "Streaks", "Logging", "Current: 18 days · Best: 19 days",
                             "Strength 85 %", "Challenges", "Walk after lunch", "Active · 3 of 7 days",
                             "Done today", NULL };
  double light, dark;

  /* Badges the history earned were celebrated long ago: no toast over the picture. */
  {
    g_autoptr(GDateTime) now = hearth_clock_now (p->clock);
    g_autoptr(GArray) statuses = NULL;
    g_autoptr(GPtrArray) ids = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;

    statuses = hearth_store_evaluate_badges (p->store, hearth_profile_get_uuid (p->ann),
                                             hearth_gui_local_day (now), NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < statuses->len; i++)
      if (g_array_index (statuses, HearthBadgeStatus, i).earned_day != HEARTH_BADGE_NO_DAY)
        g_ptr_array_add (ids, g_array_index (statuses, HearthBadgeStatus, i).def->id);
    g_ptr_array_add (ids, NULL);
    ASSERT_OK (hearth_store_mark_badges_celebrated (p->store, hearth_profile_get_uuid (p->ann),
                                                    (const char * const *) ids->pdata, &error));
  }
  add_goal (p, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, 76, 8);
  add_goal (p, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, 7500, 0);
  {
    g_autoptr(HearthChallenge) walk = hearth_challenge_new (hearth_profile_get_uuid (p->ann), "Walk after lunch",
                                                            local_day_ago (3), 7);
    g_autoptr(GError) error = NULL;

    ASSERT_OK (hearth_store_add_challenge (p->store, walk, local_day_ago (0), &error));
    for (int ago = 3; ago >= 1; ago--)
      ASSERT_OK (hearth_store_check_in_challenge (p->store, walk->uuid, local_day_ago (ago), local_day_ago (0), &error));
  }
  show_progress (p);
  /* The first week's own celebrations (a goal set) are no part of the picture. */
  if (_hearth_window_has_toasts (p->window))
    {
      wait_ms (1000);   /* libadwaita 1.2: never dismiss a toast while it slides in */
      _hearth_window_dismiss_toasts (p->window);
      wait_ms (500);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = save_window_png (p, "progress-light.png", expected);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = save_window_png (p, "progress-dark.png", expected);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  wait_ms (200);

  g_assert_cmpfloat (light, >, 150);
  g_assert_cmpfloat (dark, <, 100);
}

/* The fake in the place of g_application_send_notification(). */
typedef struct
{
  guint  n_sent;
  char  *id;
  char  *title;
  char  *body;
} Sent;

static void
fake_send_notification (GApplication  *application,
                        const char    *id,
                        GNotification *notification,
                        const char    *title,
                        const char    *body,
                        gpointer       user_data)
{
  Sent *sent = user_data;

  g_assert_true (application == G_APPLICATION (app));
  sent->n_sent++;
  g_free (sent->id);
  sent->id = g_strdup (id);
  g_assert_true (G_IS_NOTIFICATION (notification));
  g_free (sent->title);
  sent->title = g_strdup (title);
  g_free (sent->body);
  sent->body = g_strdup (body);
}

static void
log_bp (Progress *p,
        int       ago,
        double    systolic,
        double    diastolic)
{
  g_autoptr(GDateTime) when = days_ago (ago);
  g_autoptr(HearthReading) reading = hearth_reading_new_blood_pressure (when, systolic, diastolic, NAN);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (p->ann));
  ASSERT_OK (hearth_store_add_reading (p->store, reading, &error));
}

static void
test_celebration_choose (void)
{
  g_assert_cmpint (hearth_celebration_choose (TRUE, FALSE), ==, HEARTH_CELEBRATION_TOAST);
  g_assert_cmpint (hearth_celebration_choose (FALSE, FALSE), ==, HEARTH_CELEBRATION_NOTIFICATION);
  g_assert_cmpint (hearth_celebration_choose (TRUE, TRUE), ==, HEARTH_CELEBRATION_WAIT);
  g_assert_cmpint (hearth_celebration_choose (FALSE, TRUE), ==, HEARTH_CELEBRATION_WAIT);
}

/* Whether @badge of Ann's is earned and still to celebrate. */
static gboolean
to_celebrate (Progress   *p,
              const char *badge)
{
  g_autoptr(GDateTime) now = hearth_clock_now (p->clock);
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;

  statuses = hearth_store_evaluate_badges (p->store, hearth_profile_get_uuid (p->ann),
                                           hearth_gui_local_day (now), NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < statuses->len; i++)
    {
      HearthBadgeStatus *status = &g_array_index (statuses, HearthBadgeStatus, i);

      if (g_str_equal (status->def->id, badge))
        return status->earned_day != HEARTH_BADGE_NO_DAY && !status->celebrated;
    }
  g_assert_not_reached ();
}

static void
dismiss_toasts (Progress *p)
{
  if (_hearth_window_has_toasts (p->window))
    {
      wait_ms (1000);   /* libadwaita 1.2: never dismiss a toast while it slides in */
      _hearth_window_dismiss_toasts (p->window);
      iterate ();
    }
}

/* Not focused: a GNotification naming the badge, no toast; focused: a
 * toast and no notification; with a severe reading (the latest, or any
 * today): neither. */
static void
test_celebration_ways (void)
{
  g_autoptr(Progress) p = progress_new (FALSE);
  Sent sent = { 0 };
  AdwToast *toast;

  _hearth_application_set_notify_func (app, fake_send_notification, &sent);
  dismiss_toasts (p);
  g_assert_false (_hearth_window_has_toasts (p->window));

  g_assert_cmpint (_hearth_window_celebrate_as (p->window, FALSE, p->ann, "badge-log-7-days",
                                                "New badge: A Week of Logging", "Logged something on 7 days in a row."),
                   ==, HEARTH_CELEBRATION_NOTIFICATION);
  g_assert_cmpuint (sent.n_sent, ==, 1);
  g_assert_cmpstr (sent.id, ==, "badge-log-7-days");
  g_assert_cmpstr (sent.title, ==, "New badge: A Week of Logging");
  g_assert_cmpstr (sent.body, ==, "Logged something on 7 days in a row.");
  g_assert_false (_hearth_window_has_toasts (p->window));

  g_assert_cmpint (_hearth_window_celebrate_as (p->window, TRUE, p->ann, "badge-log-7-days",
                                                "New badge: A Week of Logging", NULL),
                   ==, HEARTH_CELEBRATION_TOAST);
  g_assert_cmpuint (sent.n_sent, ==, 1);
  toast = _hearth_window_get_last_toast (p->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "New badge: A Week of Logging");
  dismiss_toasts (p);

  /* Yesterday's severe blood pressure is the latest reading: "seek care",
   * never a badge beside it, focused or not. */
  log_bp (p, 1, 185, 125);
  {
    g_autoptr(GSettings) settings = hearth_gui_settings_new ();
    g_autoptr(GDateTime) now = hearth_clock_now (p->clock);

    g_assert_true (hearth_gui_member_has_severe_alert (p->store, p->ann, settings, now));
  }
  g_assert_cmpint (_hearth_window_celebrate_as (p->window, FALSE, p->ann, "badge-x", "New badge", NULL),
                   ==, HEARTH_CELEBRATION_WAIT);
  g_assert_cmpint (_hearth_window_celebrate_as (p->window, TRUE, p->ann, "badge-x", "New badge", NULL),
                   ==, HEARTH_CELEBRATION_WAIT);
  g_assert_cmpuint (sent.n_sent, ==, 1);
  g_assert_false (_hearth_window_has_toasts (p->window));

  /* A normal reading after it: celebrations come back. */
  log_bp (p, 0, 118, 76);
  sent.n_sent = 0;
  dismiss_toasts (p);
  g_assert_cmpint (_hearth_window_celebrate_as (p->window, FALSE, p->ann, "badge-x", "New badge", NULL),
                   ==, HEARTH_CELEBRATION_NOTIFICATION);
  g_assert_cmpuint (sent.n_sent, ==, 1);

  /* A severe reading today, even with a normal one after it: the store's
   * alert for the day holds celebrations back too. */
  log_bp (p, 0, 190, 110);
  log_bp (p, 0, 120, 78);
  g_assert_cmpint (_hearth_window_celebrate_as (p->window, TRUE, p->ann, "badge-x", "New badge", NULL),
                   ==, HEARTH_CELEBRATION_WAIT);

  _hearth_application_set_notify_func (app, NULL, NULL);
  g_free (sent.id);
  g_free (sent.title);
  g_free (sent.body);
}

/* A badge earned by an entry is celebrated once, by the window, as its
 * focus says; one earned beside a severe reading waits for a later change. */
static void
test_celebration_badges (void)
{
  g_autoptr(Progress) p = progress_new (FALSE);
  Sent sent = { 0 };
  const char *expected = "Ann earned a badge: First Reading";
  gboolean focused;

  _hearth_application_set_notify_func (app, fake_send_notification, &sent);
  dismiss_toasts (p);

  /* The first reading is severe: earned, not celebrated. */
  log_bp (p, 0, 185, 125);
  iterate ();
  g_assert_true (to_celebrate (p, "first-reading"));
  g_assert_cmpuint (sent.n_sent, ==, 0);
  g_assert_false (_hearth_window_has_toasts (p->window));

  /* The next day, a normal reading: now it is celebrated, once. */
  {
    g_autoptr(GDateTime) tomorrow = g_date_time_new_utc (NOW_Y, NOW_M, NOW_D + 1, 15, 30, 0);

    hearth_clock_set_fixed (p->clock, tomorrow);
  }
  log_bp (p, -1, 122, 79);
  iterate ();
  focused = gtk_window_is_active (GTK_WINDOW (p->window));
  if (focused)
    {
      g_assert_cmpuint (sent.n_sent, ==, 0);
      g_assert_cmpstr (adw_toast_get_title (_hearth_window_get_last_toast (p->window)), ==, expected);
    }
  else
    {
      g_assert_cmpuint (sent.n_sent, ==, 1);
      g_assert_cmpstr (sent.title, ==, expected);
      g_assert_cmpstr (sent.body, ==, "Logged a first reading.");
      g_assert_false (_hearth_window_has_toasts (p->window));
    }
  g_assert_false (to_celebrate (p, "first-reading"));

  /* Another change celebrates nothing again. */
  dismiss_toasts (p);
  log_bp (p, -1, 121, 78);
  iterate ();
  g_assert_cmpuint (sent.n_sent, ==, focused ? 0 : 1);
  g_assert_false (_hearth_window_has_toasts (p->window));

  _hearth_application_set_notify_func (app, NULL, NULL);
  g_free (sent.id);
  g_free (sent.title);
  g_free (sent.body);
}

/* A goal the data meets is recorded reached and celebrated once; the
 * goal-reached badge with it. */
static void
test_celebration_goal (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  Sent sent = { 0 };
  g_autoptr(GPtrArray) goals = NULL;
  const char *expected = "Ann reached a goal: Weight 78.5 kg by 2026-04-07";
  const char *last;
  guint n_sent;

  _hearth_application_set_notify_func (app, fake_send_notification, &sent);
  {
    g_autoptr(GError) error = NULL;

    /* The first week's checklist put away: its own celebration of a first
     * goal would take the toast's words. */
    ASSERT_OK (hearth_store_dismiss_checklist (p->store, hearth_profile_get_uuid (p->ann), &error));
  }
  iterate ();
  dismiss_toasts (p);

  /* The latest weight, 78.15 kg today, is under 78.5 already. */
  add_goal (p, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, 78.5, 4);
  iterate ();
  goals = list_goals (p);
  g_assert_cmpint (((HearthGoal *) g_ptr_array_index (goals, 0))->reached_day, ==, local_day_ago (0));
  last = gtk_window_is_active (GTK_WINDOW (p->window)) && _hearth_window_get_last_toast (p->window) != NULL
         ? adw_toast_get_title (_hearth_window_get_last_toast (p->window)) : sent.title;
  g_assert_cmpstr (last, ==, expected);
  g_assert_false (to_celebrate (p, "goal-reached"));

  /* Another change: nothing again. */
  n_sent = sent.n_sent;
  log_weight (p, 0, 78.0);
  iterate ();
  g_assert_cmpuint (sent.n_sent, ==, n_sent);

  _hearth_application_set_notify_func (app, NULL, NULL);
  g_free (sent.id);
  g_free (sent.title);
  g_free (sent.body);
}

/* A weekly milestone passed is celebrated once, when it is passed. */
static void
test_celebration_milestone (void)
{
  g_autoptr(Progress) p = progress_new (TRUE);
  Sent sent = { 0 };
  const char *expected = "Ann reached the milestone of week 1: Weight 76.0 kg by 2026-05-05";
  const char *last;
  guint n_sent;

  _hearth_application_set_notify_func (app, fake_send_notification, &sent);
  {
    g_autoptr(GError) error = NULL;

    ASSERT_OK (hearth_store_dismiss_checklist (p->store, hearth_profile_get_uuid (p->ann), &error));
  }
  /* 78.15 kg today toward 76 kg in 8 weeks: week 1's step is 77.9 kg on 17 March. */
  add_goal (p, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, 76, 8);
  iterate ();
  dismiss_toasts (p);
  n_sent = sent.n_sent;

  /* 18 March: 77.5 kg logged for the 17th, the milestone's day. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_utc (NOW_Y, NOW_M, NOW_D + 8, 15, 30, 0);

    hearth_clock_set_fixed (p->clock, later);
  }
  log_weight (p, -7, 77.5);
  iterate ();
  last = sent.n_sent > n_sent ? sent.title
         : _hearth_window_get_last_toast (p->window) != NULL ? adw_toast_get_title (_hearth_window_get_last_toast (p->window))
         : NULL;
  g_assert_cmpstr (last, ==, expected);

  /* Another entry: no second time. */
  n_sent = sent.n_sent;
  dismiss_toasts (p);
  log_weight (p, -8, 77.4);
  iterate ();
  g_assert_cmpuint (sent.n_sent, ==, n_sent);
  g_assert_false (_hearth_window_has_toasts (p->window));

  _hearth_application_set_notify_func (app, NULL, NULL);
  g_free (sent.id);
  g_free (sent.title);
  g_free (sent.body);
}

/* The goal dialog typed key by key in the built app under openbox: Ctrl+G
 * from the member page, the first choice (Weight) from the list by
 * keyboard, Tab to the target, the number, Return; then the journal. */
static void
test_goal_keys (void)
{
  g_autoptr(XdoApp) xapp = xdo_app_new ("progress", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GError) error = NULL;
  const HearthGoal *goal;

  {
    g_autoptr(HearthStore) setup = xdo_app_open_store (xapp);
    g_autoptr(HearthProfile) ann = hearth_profile_new ("Ann");

    hearth_profile_set_birth (ann, 1970, 5, 4);
    hearth_profile_set_height_cm (ann, 170);
    ASSERT_OK (hearth_store_add_profile (setup, ann, &error));
  }

  xdo_start_window_manager ("progress");
  xdo_app_start (xapp);
  xdo_wait_focused (xapp, "Hearth");
  xdo_press ("ctrl+g");
  xdo_wait_focused (xapp, "New Goal");
  /* The "Goal" row has the focus: open its list, to the top, pick it. */
  xdo_press ("space");
  g_usleep (400 * 1000);
  for (guint i = 0; i < 12; i++)
    xdo_press ("Up");
  xdo_press ("Return");
  g_usleep (300 * 1000);
  xdo_press ("Tab");
  xdo_press ("ctrl+a");
  xdo_type ("68.5");
  xdo_take_screenshot (xapp, "goal-dialog");
  xdo_press ("Return");
  xdo_wait_closed (xapp, "New Goal");

  store = xdo_app_stop (xapp);
  xdo_stop_window_manager ();
  {
    GListModel *profiles = hearth_store_get_profiles (store);
    g_autoptr(HearthProfile) ann = g_list_model_get_item (profiles, 0);

    goals = hearth_store_list_goals (store, hearth_profile_get_uuid (ann), &error);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (goals->len, ==, 1);
  goal = g_ptr_array_index (goals, 0);
  g_assert_cmpstr (goal->metric, ==, HEARTH_GOAL_METRIC_WEIGHT);
  g_assert_cmpint (goal->kind, ==, HEARTH_GOAL_KIND_TARGET);
  g_assert_cmpfloat_with_epsilon (goal->target, 68.5, 1e-9);
  /* No proposal without a weight: twelve weeks on. */
  g_assert_cmpint (goal->due_day - goal->start_day, ==, 12 * 7);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  int ret;

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  tmpdir = g_dir_make_tmp ("hearth-gui-progress-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (tmpdir, "hearth.db", NULL);
  g_setenv ("HEARTH_DB", db, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  app = _hearth_application_new_with_flags (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/hearth/gui/progress/navigation", test_progress_navigation);
  g_test_add_func ("/hearth/gui/progress/streaks", test_progress_streaks);
  g_test_add_func ("/hearth/gui/progress/empty", test_progress_empty);
  g_test_add_func ("/hearth/gui/progress/skip-day", test_progress_skip_day);
  g_test_add_func ("/hearth/gui/progress/badges", test_progress_badges);
  g_test_add_func ("/hearth/gui/progress/goals", test_progress_goals);
  g_test_add_func ("/hearth/gui/progress/challenge", test_progress_challenge);
  g_test_add_func ("/hearth/gui/insight/top", test_insight_card);
  g_test_add_func ("/hearth/gui/insight/nudge-dismiss", test_nudge_dismiss);
  g_test_add_func ("/hearth/gui/goal-dialog/target", test_goal_dialog);
  g_test_add_func ("/hearth/gui/goal-dialog/habit", test_goal_dialog_habit);
  g_test_add_func ("/hearth/gui/progress/screenshots", test_progress_screenshots);
  g_test_add_func ("/hearth/gui/celebration/choose", test_celebration_choose);
  g_test_add_func ("/hearth/gui/celebration/ways", test_celebration_ways);
  g_test_add_func ("/hearth/gui/celebration/badges", test_celebration_badges);
  g_test_add_func ("/hearth/gui/celebration/goal", test_celebration_goal);
  g_test_add_func ("/hearth/gui/celebration/milestone", test_celebration_milestone);
  /* Last (a suite of its own): it starts a window manager, which would
   * manage the in-process windows above. */
  g_test_add_func ("/hearth/gui/typed/goal-dialog", test_goal_keys);

  ret = g_test_run ();

  g_clear_object (&app);
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (tmpdir, name, NULL);

        g_unlink (file);
      }
  }
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
