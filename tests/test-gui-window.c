/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hearth-family-page-private.h"
#include "hearth-gui-util.h"
#include "hearth-kind-card-private.h"
#include "hearth-member-page-private.h"
#include "hearth-summary.h"
#include "hearth-window-private.h"
#include "test-gui-private.h"

/* Hidden pages are built on first use, and the cards below the fold
 * right after the first frame: a new window on a journal with members has
 * no welcome page; with two or more it opens on the family overview. */
static void
test_lazy_pages (void)
{
  HearthStore *store = hearth_application_get_store (app);
  g_autoptr(GArray) tracked = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) busiest = NULL;
  HearthWindow *second;
  HearthMemberPage *page;
  GtkFlowBox *cards;
  guint n_cards = 0;

  /* The busiest member tracks more kinds than fit above the fold. */
  for (guint i = 0; i < g_list_model_get_n_items (hearth_store_get_profiles (store)); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (hearth_store_get_profiles (store), i);
      g_autoptr(GArray) kinds = hearth_store_get_tracked_kinds (store, profile, &error);

      g_assert_no_error (error);
      if (tracked == NULL || kinds->len > tracked->len)
        {
          g_clear_pointer (&tracked, g_array_unref);
          tracked = g_steal_pointer (&kinds);
          g_set_object (&busiest, profile);
        }
    }
  g_assert_cmpuint (tracked->len, >, 6);

  second = hearth_window_new (app, store);
  g_assert_false (_hearth_window_has_page (second, "welcome"));
  /* Two or more members: it opens on the family overview, the
   * caregiver's home (issue 10), built for its first frame. */
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (store)), >=, 2);
  g_assert_true (_hearth_window_has_page (second, "family"));
  g_assert_cmpstr (_hearth_window_get_content_page (second), ==, "family");
  /* The keyboard shortcuts window too, until Ctrl+? asks for it. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (second)));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (second), "show-help-overlay"));
  g_assert_true (hearth_window_select_profile (second, hearth_profile_get_uuid (busiest)));

  page = _hearth_window_get_member_page (second);
  cards = _hearth_member_page_get_cards (page);
  while (gtk_flow_box_get_child_at_index (cards, n_cards) != NULL)
    n_cards++;
  /* The default 960 × 720 window shows two to a row, three rows. */
  g_assert_cmpuint (n_cards, ==, 6);
  g_assert_cmpstr (_hearth_member_page_get_visible_page (page), ==, "dashboard");

  /* After the first frame: every card, in the same order. */
  gtk_window_present (GTK_WINDOW (second));
  for (guint i = 0; i < 250 && !gtk_widget_get_mapped (GTK_WIDGET (second)); i++)
    wait_ms (20);
  wait_ms (100);
  iterate ();
  for (guint i = 0; i < tracked->len; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (cards, i);

      g_assert_true (HEARTH_IS_KIND_CARD (child));
      g_assert_cmpint (hearth_kind_card_get_kind (HEARTH_KIND_CARD (child)), ==,
                       g_array_index (tracked, int, i));
    }
  g_assert_null (gtk_flow_box_get_child_at_index (cards, tracked->len));

  /* The family overview exists once shown, and still lists everyone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.show-family", NULL));
  iterate ();
  g_assert_true (_hearth_window_has_page (second, "family"));
  g_assert_cmpuint (count_rows (_hearth_family_page_get_list (_hearth_window_get_family_page (second))), ==,
                    g_list_model_get_n_items (hearth_store_get_profiles (store)));
  g_assert_false (_hearth_window_has_page (second, "welcome"));

  g_action_group_activate_action (G_ACTION_GROUP (second), "show-help-overlay", NULL);
  iterate ();
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (second)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (second)))));

  gtk_window_destroy (GTK_WINDOW (second));
  iterate ();

  /* A window that opens bigger shows more: here, maximized, all of them
   * in its first frame, none left to pop in after it. */
  {
    g_autoptr(GSettings) settings = hearth_gui_settings_new ();
    HearthWindow *big;

    g_settings_set_boolean (settings, "window-maximized", TRUE);
    big = hearth_window_new (app, store);
    g_assert_true (hearth_window_select_profile (big, hearth_profile_get_uuid (busiest)));
    g_assert_nonnull (gtk_flow_box_get_child_at_index (_hearth_member_page_get_cards (_hearth_window_get_member_page (big)),
                                                       tracked->len - 1));
    g_settings_reset (settings, "window-maximized");
    gtk_window_destroy (GTK_WINDOW (big));
    iterate ();
  }
}

/* Buttons (mapped or not) in @widget's tree that would change the journal,
 * counting the insensitive ones or the sensitive ones. AdwSplitButton
 * passes its action to the button inside it, which is counted. */
static guint
count_editing_buttons (GtkWidget *widget,
                       gboolean   insensitive)
{
  static const char *const editing[] = {
    "win.add-reading", "win.add-reading-kind", "win.add-member", "win.edit-member",
    "win.delete-member", "member.delete-reading", NULL,
  };
  guint n = 0;

  if (GTK_IS_ACTIONABLE (widget) && !ADW_IS_SPLIT_BUTTON (widget) &&
      gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL &&
      g_strv_contains (editing, gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))) &&
      gtk_widget_is_sensitive (widget) != insensitive)
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_editing_buttons (child, insensitive);

  return n;
}

/* A journal the store opens read-only (here the test's own journal opened
 * with HEARTH_STORE_OPEN_READ_ONLY): shown as it is, said so under the header, and every
 * action that would change it disabled. */
static void
test_read_only (void)
{
  HearthStore *store = hearth_application_get_store (app);
  const char *uri = hearth_store_get_path (store);
  g_autoptr(HearthStore) read_only = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  HearthWindow *ro_window;
  HearthMemberPage *page;
  GtkListBox *history;
  GtkWidget *banner;
  GListModel *model;
  guint n_readings;
  static const char *const dialog_actions[] = {
    "win.add-reading", "win.add-member", "win.edit-member", "win.delete-member", "win.edit-record",
  };

  read_only = hearth_store_open_full (uri, hearth_store_get_clock (store), HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (read_only));

  ro_window = hearth_window_new (app, read_only);
  gtk_window_present (GTK_WINDOW (ro_window));
  for (guint i = 0; i < 250 && !gtk_widget_get_mapped (GTK_WIDGET (ro_window)); i++)
    wait_ms (20);
  iterate ();

  /* The journal is shown... */
  g_assert_cmpstr (_hearth_window_get_visible_page (ro_window), ==, "main");
  g_assert_nonnull (hearth_window_get_profile (ro_window));
  page = _hearth_window_get_member_page (ro_window);
  history = _hearth_member_page_get_history_list (page);
  model = _hearth_member_page_get_history_model (page);
  n_readings = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_readings, >, 0);

  /* ...says it is read-only... */
  banner = _hearth_window_get_read_only_banner (ro_window);
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_false (gtk_widget_get_visible (_hearth_window_get_read_only_banner (window)));

  /* ...and nothing can change it: the buttons are insensitive through
   * their actions, and the actions do nothing. */
  g_assert_false (gtk_widget_is_sensitive (_hearth_window_get_add_button (ro_window)));
  g_assert_true (gtk_widget_is_sensitive (_hearth_window_get_add_button (window)));
  g_assert_cmpuint (count_editing_buttons (GTK_WIDGET (ro_window), TRUE), >=, 4);
  g_assert_cmpuint (count_editing_buttons (GTK_WIDGET (ro_window), FALSE), ==, 0);
  /* The writable journal of the same file keeps them. */
  g_assert_cmpuint (count_editing_buttons (GTK_WIDGET (window), FALSE), >=, 2);
  for (guint i = 0; i < G_N_ELEMENTS (dialog_actions); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (ro_window), dialog_actions[i], NULL);
      iterate ();
      g_assert_null (_hearth_window_get_last_dialog (ro_window));
    }
  gtk_widget_activate_action (GTK_WIDGET (ro_window), "win.add-reading-kind", "s", "weight");
  iterate ();
  g_assert_null (_hearth_window_get_last_dialog (ro_window));

  /* A history row does not open the editor; its trash button is off. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (history, 0));
  g_assert_false (gtk_list_box_row_get_activatable (gtk_list_box_get_row_at_index (history, 0)));
  g_signal_emit_by_name (history, "row-activated", gtk_list_box_get_row_at_index (history, 0));
  iterate ();
  g_assert_null (_hearth_member_page_get_last_dialog (page));

  reading = g_list_model_get_item (model, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "member.delete-reading", "s", hearth_reading_get_uuid (reading));
  gtk_widget_activate_action (GTK_WIDGET (ro_window), "win.undelete-reading", "s", hearth_reading_get_uuid (reading));
  gtk_widget_activate_action (GTK_WIDGET (ro_window), "win.undelete-profile", "s",
                              hearth_profile_get_uuid (hearth_window_get_profile (ro_window)));
  iterate ();
  g_assert_false (_hearth_window_has_toasts (ro_window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_readings);

  /* Looking around still works: the family overview and a chart. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ro_window), "win.show-family", NULL));
  iterate ();
  g_assert_cmpstr (_hearth_window_get_content_page (ro_window), ==, "family");
  g_assert_true (gtk_widget_get_mapped (banner));

  gtk_window_destroy (GTK_WINDOW (ro_window));
  iterate ();
}


/* A read-only journal without members: the welcome page says why its
 * form cannot be used, and nothing can be added. */
static void
test_read_only_empty (void)
{
  HearthClock *clock = hearth_store_get_clock (hearth_application_get_store (app));
  g_autofree char *path = g_build_filename (tmpdir, "empty.db", NULL);
  const char *uri = path;
  g_autoptr(HearthStore) writable = NULL;
  g_autoptr(HearthStore) read_only = NULL;
  g_autoptr(GError) error = NULL;
  HearthWindow *ro_window;

  /* Created (migrated) by a writable store, which stays open. */
  writable = hearth_store_open (path, clock, &error);
  g_assert_no_error (error);
  read_only = hearth_store_open_full (uri, clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (read_only));

  ro_window = hearth_window_new (app, read_only);
  gtk_window_present (GTK_WINDOW (ro_window));
  for (guint i = 0; i < 250 && !gtk_widget_get_mapped (GTK_WIDGET (ro_window)); i++)
    wait_ms (20);
  iterate ();

  g_assert_cmpstr (_hearth_window_get_visible_page (ro_window), ==, "welcome");
  g_assert_true (shows_css_class (GTK_WIDGET (ro_window), "read-only-banner"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (_hearth_window_get_welcome_page (ro_window))));
  gtk_widget_activate_action (GTK_WIDGET (ro_window), "win.add-member", NULL);
  iterate ();
  g_assert_null (_hearth_window_get_last_dialog (ro_window));
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (writable)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (ro_window));
  iterate ();
  g_clear_object (&read_only);
  g_clear_object (&writable);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
  }
}

/* Every label text under @widget, one a line. */
static void
collect_label_texts (GtkWidget *widget,
                     GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, texts);
}

/* The About window names the reference foods' source, with a link. */
static void
test_about_food_source (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */
  g_autoptr(GString) texts = g_string_new (NULL);
  GtkWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && about == NULL; i++)
    {
      g_autoptr(GtkWindow) candidate = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (candidate))
        about = candidate;
    }
  g_assert_nonnull (about);
  collect_label_texts (GTK_WIDGET (about), texts);
  g_assert_nonnull (strstr (texts->str, "USDA National Nutrient Database for Standard Reference, Legacy"));
  g_assert_nonnull (strstr (texts->str, "public domain"));
  g_assert_nonnull (strstr (texts->str, "https://fdc.nal.usda.gov/"));
  gtk_window_destroy (about);
  iterate ();
}

void
add_window_tests (void)
{
  g_test_add_func ("/hearth/gui/lazy-pages", test_lazy_pages);
  g_test_add_func ("/hearth/gui/read-only", test_read_only);
  g_test_add_func ("/hearth/gui/read-only-empty", test_read_only_empty);
  g_test_add_func ("/hearth/gui/about-food-source", test_about_food_source);
}
