/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-chart-page.h"
#include "hearth-family-page.h"
#include "hearth-gui-util.h"
#include "hearth-foods-window.h"
#include "hearth-goal-dialog.h"
#include "hearth-meal-dialog.h"
#include "hearth-member-page.h"
#include "hearth-profile-dialog.h"
#include "hearth-record-dialog.h"
#include "hearth-progress-page.h"
#include "hearth-reading-dialog.h"
#include "hearth-welcome-page.h"
#include "hearth-window-private.h"
#include "hearth-window-state-private.h"


G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HearthWindow *
hearth_window_new (HearthApplication *application,
                   HearthStore       *store)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

HearthStore *
hearth_window_get_store (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->store;
}

HearthProfile *
hearth_window_get_profile (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->profile;
}

/* How long a celebration waits for the toasts shown before it. */
#define CELEBRATION_WAIT (7 * G_TIME_SPAN_SECOND)

static void show_celebration (HearthWindow *self,
                              const char   *text);

static void
on_toast_dismissed_cb (HearthWindow *self,
                       AdwToast     *toast)
{
  g_ptr_array_remove (self->toasts, toast);

  /* A celebration waited for the toasts of the change itself (Undo);
   * news no longer fresh after a few more changes is left out. */
  if (self->toasts->len == 0 && self->pending_celebration != NULL)
    {
      g_autofree char *text = g_steal_pointer (&self->pending_celebration);

      if (g_get_monotonic_time () - self->pending_since <= CELEBRATION_WAIT)
        show_celebration (self, text);
    }
}

/* Shows @toast (transfer full) over the window; toasts are kept
 * until dismissed, so that _hearth_window_dismiss_toasts() can clear
 * them. */
void
hearth_window_add_toast (HearthWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* A window being disposed has no overlay left to show it. */
  if (self->toast_overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }
  g_ptr_array_add (self->toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_toast_dismissed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_celebration_dismissed_cb (HearthWindow *self,
                             AdwToast     *toast)
{
  if (self->celebration == toast)
    g_clear_weak_pointer (&self->celebration);
}

static void
show_celebration (HearthWindow *self,
                  const char   *text)
{
  AdwToast *toast = adw_toast_new (text);

  /* Good news, short. */
  adw_toast_set_timeout (toast, 3);
  g_set_weak_pointer (&self->celebration, toast);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_celebration_dismissed_cb),
                           self, G_CONNECT_SWAPPED);
  hearth_window_add_toast (self, toast);
}

/* One celebration at a time, never in front of a change's own toast (its
 * Undo stays first): shown at once, by updating the one still shown, or
 * when the toasts shown are gone. */
void
hearth_window_celebrate (HearthWindow *self,
                         const char   *text)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  if (self->celebration != NULL)
    adw_toast_set_title (self->celebration, text);
  else if (self->toasts->len > 0)
    {
      g_free (self->pending_celebration);
      self->pending_celebration = g_strdup (text);
      self->pending_since = g_get_monotonic_time ();
    }
  else
    show_celebration (self, text);
}

static gboolean
is_showing (HearthWindow *self,
            const char   *page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), page) == 0;
}

/* Whether the member shown is locked: see hearth-window-lock.c. */
static gboolean
profile_is_locked (HearthWindow  *self,
                   HearthProfile *profile)
{
  return profile != NULL && hearth_window_member_is_locked (self, hearth_profile_get_uuid (profile));
}

static void on_welcome_page_profile_created_cb (HearthWindow      *self,
                                                HearthProfile     *profile,
                                                HearthWelcomePage *page);

/* Pages a window may never show are built the first time they are:
 * the welcome page (a journal without members) and the family overview.
 * The chart page is built for each chart shown. */
static HearthWelcomePage *
ensure_welcome_page (HearthWindow *self)
{
  if (self->welcome_page == NULL)
    {
      self->welcome_page = HEARTH_WELCOME_PAGE (hearth_welcome_page_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->welcome_page), TRUE);
      /* Nothing can be created in a journal that cannot be changed. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->welcome_page), !hearth_store_is_read_only (self->store));
      hearth_welcome_page_set_store (self->welcome_page, self->store);
      g_signal_connect_object (self->welcome_page, "profile-created",
                               G_CALLBACK (on_welcome_page_profile_created_cb),
                               self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->welcome_bin, GTK_WIDGET (self->welcome_page));
    }

  return self->welcome_page;
}

static HearthFamilyPage *
ensure_family_page (HearthWindow *self)
{
  if (self->family_page == NULL)
    {
      self->family_page = HEARTH_FAMILY_PAGE (hearth_family_page_new ());
      hearth_family_page_set_store (self->family_page, self->store);
      adw_bin_set_child (self->family_bin, GTK_WIDGET (self->family_page));
      _hearth_window_sync_family_locks (self);
    }

  return self->family_page;
}

/* Title, back button, + and the member menu follow the content page:
 * a member's dashboard, one of their charts, or the family overview. */
static void
update_header (HearthWindow *self)
{
  gboolean family = is_showing (self, "family");
  gboolean chart = is_showing (self, "chart");
  gboolean progress = is_showing (self, "progress");
  gboolean locked = profile_is_locked (self, self->profile);
  gboolean has_profile = self->profile != NULL && !locked;
  /* A read-only journal is shown, never changed: see update_writable(). */
  gboolean can_edit = has_profile && !family && !hearth_store_is_read_only (self->store);

  gtk_widget_set_visible (self->back_button, chart || progress || adw_leaflet_get_folded (self->leaflet));
  gtk_widget_set_visible (self->add_button, !family);
  gtk_widget_set_visible (self->member_menu_button, !family);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-reading", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-reading-kind", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-meal", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-workout", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-medication", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-member", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-record", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-member", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-chart", has_profile);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-progress", has_profile);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-goal", has_profile && !hearth_store_is_read_only (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.unlock-member", locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock-member",
                                 has_profile && hearth_lock_manager_has_lock (self->locks, hearth_profile_get_uuid (self->profile)));

  if (family)
    {
      adw_window_title_set_title (self->content_title, _("Family Overview"));
      adw_window_title_set_subtitle (self->content_title, "");
    }
  else if (self->profile == NULL)
    {
      adw_window_title_set_title (self->content_title, "");
      adw_window_title_set_subtitle (self->content_title, "");
    }
  else if (locked)
    {
      /* A locked member shows a name only, not even the age. */
      adw_window_title_set_title (self->content_title, hearth_profile_get_name (self->profile));
      adw_window_title_set_subtitle (self->content_title, _("Locked"));
    }
  else if (progress)
    {
      adw_window_title_set_title (self->content_title, _("Progress"));
      adw_window_title_set_subtitle (self->content_title, hearth_profile_get_name (self->profile));
    }
  else if (chart)
    {
      adw_window_title_set_title (self->content_title, hearth_reading_kind_get_name (self->chart_kind));
      adw_window_title_set_subtitle (self->content_title, hearth_profile_get_name (self->profile));
    }
  else
    {
      g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
      g_autofree char *age = hearth_gui_format_age (self->profile, now);

      adw_window_title_set_title (self->content_title, hearth_profile_get_name (self->profile));
      adw_window_title_set_subtitle (self->content_title, age != NULL ? age : "");
    }
}

static void
show_content_page (HearthWindow *self,
                   const char   *page)
{
  /* A locked member's pages are the "locked" page. */
  if ((g_str_equal (page, "member") || g_str_equal (page, "chart") || g_str_equal (page, "progress")) &&
      profile_is_locked (self, self->profile))
    page = "locked";
  else if (g_str_equal (page, "locked"))
    page = "member";
  if (g_str_equal (page, "locked"))
    _hearth_window_update_locked_page (self);
  if (g_str_equal (page, "family"))
    ensure_family_page (self);
  gtk_stack_set_visible_child_name (self->content_stack, page);
  if (!g_str_equal (page, "chart"))
    adw_bin_set_child (self->chart_bin, NULL);
  if (!g_str_equal (page, "progress"))
    adw_bin_set_child (self->progress_bin, NULL);
  update_header (self);
}

static void
set_profile (HearthWindow  *self,
             HearthProfile *profile)
{
  gboolean other = self->profile == NULL || profile == NULL ||
                   g_strcmp0 (hearth_profile_get_uuid (self->profile), hearth_profile_get_uuid (profile)) != 0;

  g_set_object (&self->profile, profile);

  if (profile != NULL)
    {
      g_free (self->current_uuid);
      self->current_uuid = g_strdup (hearth_profile_get_uuid (profile));
      g_settings_set_string (self->settings, "last-profile", self->current_uuid);
    }

  /* Nothing of a locked member reaches their page. */
  hearth_member_page_set_profile (self->member_page, profile_is_locked (self, profile) ? NULL : profile);

  /* Another member's chart or progress is never left on screen, nor a
   * member's data once they are locked. */
  if ((other && (is_showing (self, "chart") || is_showing (self, "progress"))) ||
      (profile_is_locked (self, profile) && !is_showing (self, "family")) ||
      is_showing (self, "locked"))
    show_content_page (self, "member");
  else
    update_header (self);
}

static GtkListBoxRow *
find_row (HearthWindow *self,
          const char   *uuid)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);
  guint n = g_list_model_get_n_items (profiles);

  if (uuid == NULL)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      if (g_strcmp0 (hearth_profile_get_uuid (profile), uuid) == 0)
        return gtk_list_box_get_row_at_index (self->profile_list, i);
    }

  return NULL;
}

gboolean
hearth_window_select_profile (HearthWindow *self,
                              const char   *uuid)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), FALSE);

  row = find_row (self, uuid);
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->profile_list, row);
  return TRUE;
}

/* Keeps the visible page, the selection and the member page in step with
 * the store's profiles. */
static void
sync_profiles (HearthWindow *self)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);
  GtkListBoxRow *row;

  if (g_list_model_get_n_items (profiles) == 0)
    {
      ensure_welcome_page (self);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      set_profile (self, NULL);
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "main");

  row = find_row (self, self->current_uuid);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->profile_list, 0);

  /* On the family overview no member row is selected: keep it that way
   * and only follow the member the + and the dashboard are for. */
  if (is_showing (self, "family"))
    {
      g_autoptr(HearthProfile) profile =
        g_list_model_get_item (profiles, gtk_list_box_row_get_index (row));

      set_profile (self, profile);
      return;
    }

  if (gtk_list_box_get_selected_row (self->profile_list) != row)
    gtk_list_box_select_row (self->profile_list, row);
  else
    {
      /* Same row, maybe a new object (an edit): show the fresh one. */
      g_autoptr(HearthProfile) profile =
        g_list_model_get_item (profiles, gtk_list_box_row_get_index (row));

      set_profile (self, profile);
    }
}

static void
on_profiles_items_changed_cb (HearthWindow *self,
                              guint         position,
                              guint         removed,
                              guint         added,
                              GListModel   *model)
{
  sync_profiles (self);
}

/* A sidebar row's badge, name and age. */
static GtkWidget *
create_profile_row_box (HearthWindow  *self,
                        HearthProfile *profile)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autofree char *age = profile_is_locked (self, profile) ? NULL : hearth_gui_format_age (profile, now);
  GtkWidget *box;
  GtkWidget *labels;
  GtkWidget *name;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), hearth_gui_member_badge_new (profile, 32));

  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  name = gtk_label_new (hearth_profile_get_name (profile));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), name);

  if (age != NULL)
    {
      GtkWidget *age_label = gtk_label_new (age);

      gtk_label_set_xalign (GTK_LABEL (age_label), 0);
      gtk_widget_add_css_class (age_label, "caption");
      gtk_widget_add_css_class (age_label, "dim-label");
      gtk_box_append (GTK_BOX (labels), age_label);
    }

  gtk_box_append (GTK_BOX (box), labels);
  return box;
}

/* A sidebar row's content and its accessible name (GTK 4.8 does not name a
 * list row from the labels inside it). */
static void
fill_profile_row (HearthWindow  *self,
                  GtkListBoxRow *row,
                  HearthProfile *profile)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autofree char *age = profile_is_locked (self, profile) ? NULL : hearth_gui_format_age (profile, now);
  g_autofree char *name = NULL;

  gtk_list_box_row_set_child (row, create_profile_row_box (self, profile));
  if (age != NULL)
    /* Translators: a sidebar row's accessible name: the member's name, then the age */
    name = g_strdup_printf (_("%s, %s"), hearth_profile_get_name (profile), age);
  else
    name = g_strdup (hearth_profile_get_name (profile));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static GtkWidget *
create_profile_row (gpointer item,
                    gpointer user_data)
{
  HearthWindow *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();

  fill_profile_row (self, GTK_LIST_BOX_ROW (row), item);
  return row;
}

/* After any change to members (an edit keeps the same HearthProfile and
 * the list's order, so no row is rebuilt by the model): each sidebar row
 * and the header show what the store now holds. */
static void
on_store_profiles_changed_cb (HearthWindow *self,
                              HearthStore  *store)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->profile_list, i);

      if (row != NULL)
        fill_profile_row (self, row, profile);
    }

  update_header (self);
}

/* A member locked or unlocked: their sidebar row and pages follow. */
static void
on_locks_changed_cb (HearthWindow *self)
{
  _hearth_window_sync_family_locks (self);
  on_store_profiles_changed_cb (self, self->store);
  set_profile (self, self->profile);
}

static void
on_profile_list_row_selected_cb (HearthWindow  *self,
                                 GtkListBoxRow *row,
                                 GtkListBox    *list)
{
  g_autoptr(HearthProfile) profile = NULL;

  /* NULL while rows are being replaced: sync_profiles() picks again. */
  if (row == NULL)
    return;

  profile = g_list_model_get_item (hearth_store_get_profiles (self->store),
                                   gtk_list_box_row_get_index (row));
  gtk_list_box_unselect_all (self->family_list);
  set_profile (self, profile);
  if (!is_showing (self, "member"))
    show_content_page (self, "member");
}

static void
on_family_list_row_selected_cb (HearthWindow  *self,
                                GtkListBoxRow *row,
                                GtkListBox    *list)
{
  if (row == NULL)
    return;

  gtk_list_box_unselect_all (self->profile_list);
  show_content_page (self, "family");
}

static void
on_leaflet_folded_cb (HearthWindow *self,
                      GParamSpec   *pspec,
                      AdwLeaflet   *leaflet)
{
  update_header (self);
}

static void
on_profile_list_row_activated_cb (HearthWindow  *self,
                                  GtkListBoxRow *row,
                                  GtkListBox    *list)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (is_showing (self, "chart") || is_showing (self, "progress"))
    show_content_page (self, "member");
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_back_button_clicked_cb (HearthWindow *self,
                           GtkButton    *button)
{
  go_back_action (GTK_WIDGET (self), "win.go-back", NULL);
}

static void
show_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  int kind = g_variant_get_int32 (param);

  if (self->profile == NULL || kind < 0 || kind > HEARTH_READING_KIND_LAST ||
      profile_is_locked (self, self->profile))
    return;

  self->chart_kind = kind;
  adw_bin_set_child (self->chart_bin, hearth_chart_page_new (self->store, self->profile, kind));
  show_content_page (self, "chart");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* win.show-progress: the member's Progress page (the member page's
 * "Progress" button); Back returns to the member page. */
static void
show_progress_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->profile == NULL || profile_is_locked (self, self->profile))
    return;

  adw_bin_set_child (self->progress_bin, hearth_progress_page_new (self->store, self->profile));
  show_content_page (self, "progress");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_member_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *uuid = g_variant_get_string (param, NULL);

  if (!hearth_window_select_profile (self, uuid))
    return;

  if (!is_showing (self, "member"))
    show_content_page (self, "member");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_family_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  gtk_list_box_select_row (self->family_list, self->family_row);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_welcome_page_profile_created_cb (HearthWindow      *self,
                                    HearthProfile     *profile,
                                    HearthWelcomePage *page)
{
  hearth_window_select_profile (self, hearth_profile_get_uuid (profile));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_profile_dialog_saved_cb (HearthWindow        *self,
                            HearthProfile       *profile,
                            HearthProfileDialog *dialog)
{
  HearthProfile *before = g_object_get_data (G_OBJECT (dialog), "hearth-undo-before");

  /* Ctrl+Z takes it back: the member as they were, or not added. */
  if (before != NULL)
    {
      _hearth_window_push_undo (self, UNDO_EDIT_MEMBER, hearth_profile_get_uuid (profile), NULL, before,
                                hearth_profile_get_name (before));
    }
  else if (g_object_get_data (G_OBJECT (dialog), "hearth-undo-edit") == NULL)
    _hearth_window_push_undo (self, UNDO_ADD_MEMBER, hearth_profile_get_uuid (profile), NULL, NULL,
                              hearth_profile_get_name (profile));

  hearth_window_select_profile (self, hearth_profile_get_uuid (profile));
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_dialog (HearthWindow *self,
             GtkWindow    *dialog)
{
  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  gtk_window_set_modal (dialog, TRUE);
  gtk_window_set_application (dialog, gtk_window_get_application (GTK_WINDOW (self)));
  g_set_weak_pointer (&self->last_dialog, dialog);
  gtk_window_present (dialog);
}

static void
add_reading_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthReadingDialog *dialog;

  if (self->profile == NULL)
    return;

  dialog = hearth_reading_dialog_new (self->store, self->profile, NULL);
  /* From a chart, the chart's kind. */
  if (is_showing (self, "chart"))
    hearth_reading_dialog_set_kind (dialog, self->chart_kind);
  hearth_window_watch_reading_dialog (self, GTK_WINDOW (dialog), self->profile, NULL);
  show_dialog (self, GTK_WINDOW (dialog));
}

/* win.add-meal: a meal for the member shown (the member page's "Add Meal"). */
static void
add_meal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->profile != NULL)
    show_dialog (self, GTK_WINDOW (hearth_meal_dialog_new (self->store, self->profile)));
}

/* win.new-goal (Ctrl+G): a goal for the member shown (the Progress page's
 * "New Goal…", the first-week checklist's "Set a Goal"). */
static void
new_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->profile != NULL)
    show_dialog (self, GTK_WINDOW (hearth_goal_dialog_new (self->store, self->profile)));
}

/* win.manage-foods: the family's foods and recipes (main menu, "Foods…"). */
static void
manage_foods_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  GtkWindow *foods = GTK_WINDOW (hearth_foods_window_new (self->store));

  gtk_window_set_transient_for (foods, GTK_WINDOW (self));
  gtk_window_set_application (foods, gtk_window_get_application (GTK_WINDOW (self)));
  g_set_weak_pointer (&self->last_dialog, foods);
  gtk_window_present (foods);
}

/* win.add-workout, win.add-medication: the member page's forms (its Today
 * section's buttons), for the member shown. */
static void
add_to_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->profile == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->member_page),
                              g_str_equal (action_name, "win.add-workout") ? "member.add-workout"
                                                                            : "member.add-medication",
                              NULL);
}

static void
add_reading_kind_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthReadingDialog *dialog;
  HearthReadingKind kind;

  if (self->profile == NULL ||
      !hearth_reading_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;

  dialog = hearth_reading_dialog_new (self->store, self->profile, NULL);
  hearth_reading_dialog_set_kind (dialog, kind);
  hearth_window_watch_reading_dialog (self, GTK_WINDOW (dialog), self->profile, NULL);
  show_dialog (self, GTK_WINDOW (dialog));
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthProfileDialog *dialog = hearth_profile_dialog_new (self->store, NULL);

  g_signal_connect_object (dialog, "saved",
                           G_CALLBACK (on_profile_dialog_saved_cb),
                           self, G_CONNECT_SWAPPED);
  show_dialog (self, GTK_WINDOW (dialog));
}

static void
edit_member_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthProfileDialog *dialog;

  if (self->profile == NULL)
    return;

  dialog = hearth_profile_dialog_new (self->store, self->profile);
  g_object_set_data (G_OBJECT (dialog), "hearth-undo-edit", GINT_TO_POINTER (TRUE));
  /* A snapshot from the store, not the object the edit updates in place. */
  g_object_set_data_full (G_OBJECT (dialog), "hearth-undo-before",
                          hearth_store_get_profile (self->store, hearth_profile_get_uuid (self->profile), NULL),
                          g_object_unref);
  g_signal_connect_object (dialog, "saved",
                           G_CALLBACK (on_profile_dialog_saved_cb),
                           self, G_CONNECT_SWAPPED);
  show_dialog (self, GTK_WINDOW (dialog));
}

/* The member's health record (issue 10): its changes reach the pages
 * through the store's profiles-changed. */
static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->profile == NULL || hearth_store_is_read_only (self->store))
    return;
  show_dialog (self, GTK_WINDOW (hearth_record_dialog_new (self->store, self->profile)));
}

static void
on_delete_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              HearthWindow     *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "uuid");
  const char *name = g_object_get_data (G_OBJECT (dialog), "name");
  gint64 n_readings = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "n-readings"));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (g_strcmp0 (response, "purge") == 0)
    {
      /* For good: no undo, and the data is cleaned out of the file. */
      if (!hearth_store_purge_profile (self->store, uuid, &error))
        {
          hearth_window_add_toast (self, adw_toast_new (error->message));
          return;
        }
      /* Translators: a toast after deleting a member permanently (no undo) */
      title = g_strdup_printf (_("“%s” deleted permanently"), name);
      toast = adw_toast_new (title);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      hearth_window_add_toast (self, toast);
      return;
    }

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!hearth_store_delete_profile (self->store, uuid, &error))
    {
      toast = adw_toast_new (error->message);
      hearth_window_add_toast (self, toast);
      return;
    }

  _hearth_window_push_undo (self, UNDO_DELETE_MEMBER, uuid, NULL, NULL, name);

  if (n_readings > 0)
    /* Translators: a toast after deleting a member, with an Undo button */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "“%s” and %u reading deleted",
                                          "“%s” and %u readings deleted",
                                          (gulong) n_readings),
                             name, (guint) MIN (n_readings, G_MAXUINT));
  else
    /* Translators: a toast after deleting a member, with an Undo button */
    title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undelete-profile");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uuid));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  hearth_window_add_toast (self, toast);
}

static void
delete_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *name;
  GtkWidget *dialog;
  gint64 n_readings;
  HearthPurgeCounts counts;
  g_autofree char *body = NULL;

  if (self->profile == NULL)
    return;

  name = hearth_profile_get_name (self->profile);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* Translators: %s is a member's name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"), name);
  n_readings = hearth_store_count_readings (self->store, hearth_profile_get_uuid (self->profile), NULL);
  if (n_readings > 0)
    /* Translators: the body of the dialog deleting a member */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "Their %u reading is deleted with them. You can undo this with Ctrl+Z while Hearth is open.",
                                                 "Their %u readings are deleted with them. You can undo this with Ctrl+Z while Hearth is open.",
                                                 (gulong) n_readings),
                                    (guint) MIN (n_readings, G_MAXUINT));
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                 _("You can undo this with Ctrl+Z while Hearth is open."));
  g_object_set_data (G_OBJECT (dialog), "n-readings", GSIZE_TO_POINTER ((gsize) MAX (n_readings, 0)));

  /* The other way: for good, naming everything that goes. */
  if (hearth_store_count_purge (self->store, hearth_profile_get_uuid (self->profile), &counts, NULL))
    {
      g_autofree char *listed = hearth_gui_format_purge_counts (&counts, FALSE);
      g_autofree char *more = NULL;

      if (listed != NULL)
        /* Translators: the dialog deleting a member; %s lists counts ("3 readings, 1 meal") */
        more = g_strdup_printf (_("Delete Permanently removes them with %s from this computer for good: it cannot be undone."),
                                listed);
      else
        more = g_strdup (_("Delete Permanently removes them from this computer for good: it cannot be undone."));
      body = g_strconcat (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "\n\n", more, NULL);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
    }

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "purge", _("Delete _Permanently"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "purge",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "uuid",
                          g_strdup (hearth_profile_get_uuid (self->profile)), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "name", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_delete_dialog_response_cb), self, 0);
  g_set_weak_pointer (&self->last_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undelete_profile_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  _hearth_window_drop_undo (self, UNDO_DELETE_MEMBER, uuid);
  if (!hearth_store_undelete_profile (self->store, uuid, &error))
    {
      hearth_window_add_toast (self, adw_toast_new (error->message));
      return;
    }

  hearth_window_select_profile (self, uuid);
}

static void
undelete_reading_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  _hearth_window_drop_undo (self, UNDO_DELETE_READING, uuid);
  if (!hearth_store_undelete_reading (self->store, uuid, &error))
    hearth_window_add_toast (self, adw_toast_new (error->message));
}

/* The keyboard shortcuts window (Ctrl+?), built the first time it is
 * shown rather than with every window. */
static void
on_show_help_overlay_cb (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  HearthWindow *self = HEARTH_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/hearthapp/Hearth/hearth-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Keeps our action, sets transient-for and hide-on-close. */
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
restore_window_size (HearthWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 294));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
hearth_window_close_request (GtkWindow *window)
{
  HearthWindow *self = HEARTH_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (hearth_window_parent_class)->close_request (window);
}

/* A journal SQLite opened read-only (a file without write permission, a
 * read-only medium): the banner says so, and every action that would
 * change it is disabled; those that follow the page in update_header(). */
static void
update_writable (HearthWindow *self)
{
  gboolean writable = !hearth_store_is_read_only (self->store);

  gtk_widget_set_visible (self->read_only_banner, !writable);
  gtk_widget_set_visible (self->welcome_read_only_banner, !writable);
  /* Its menu's kinds are disabled with the action; dim the whole button. */
  gtk_widget_set_sensitive (self->add_button, writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-member", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undelete-profile", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undelete-reading", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-dose", writable);
  _hearth_window_update_undo (self);
}

static void
hearth_window_constructed (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);
  GListModel *profiles;
  g_autofree char *last = NULL;

  G_OBJECT_CLASS (hearth_window_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  restore_window_size (self);

  _hearth_window_watch_locks (self, G_CALLBACK (on_locks_changed_cb));
  hearth_member_page_set_store (self->member_page, self->store);
  update_writable (self);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (on_leaflet_folded_cb),
                           self, G_CONNECT_SWAPPED);

  profiles = hearth_store_get_profiles (self->store);
  gtk_list_box_bind_model (self->profile_list, profiles,
                           create_profile_row, self, NULL);
  g_signal_connect_object (profiles, "items-changed",
                           G_CALLBACK (on_profiles_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "profiles-changed",
                           G_CALLBACK (on_store_profiles_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _hearth_window_watch_celebrations (self);

  last = g_settings_get_string (self->settings, "last-profile");
  if (last != NULL && *last != '\0')
    self->current_uuid = g_steal_pointer (&last);

  sync_profiles (self);
  /* A caregiver's home: with two or more members the window opens on
   * the family overview (the member shown last is still the current one). */
  if (g_list_model_get_n_items (profiles) >= 2)
    gtk_list_box_select_row (self->family_list, self->family_row);
  if (self->profile != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  /* Disposing the toast overlay dismisses its toasts: no celebration may
   * follow them into a window going away. */
  g_clear_pointer (&self->pending_celebration, g_free);
  if (self->profile_list != NULL)
    gtk_list_box_bind_model (self->profile_list, NULL, NULL, NULL, NULL);

  g_clear_weak_pointer (&self->last_dialog);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->celebration);
  g_clear_object (&self->profile);
  g_clear_object (&self->locks);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  /* Children of their bins, which the template owns. */
  self->welcome_page = NULL;
  self->family_page = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_finalize (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_pointer (&self->current_uuid, g_free);
  g_clear_pointer (&self->milestones_seen, g_hash_table_unref);
  g_clear_pointer (&self->pending_celebration, g_free);
  g_clear_pointer (&self->toasts, g_ptr_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_window_parent_class)->finalize (object);
}

static void
hearth_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = hearth_window_constructed;
  object_class->dispose = hearth_window_dispose;
  object_class->finalize = hearth_window_finalize;
  object_class->get_property = hearth_window_get_property;
  object_class->set_property = hearth_window_set_property;

  window_class->close_request = hearth_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_MEMBER_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, content);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, member_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, family_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, family_row);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, profile_list);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, chart_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, progress_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, family_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, welcome_read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, member_page);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_family_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.add-reading", NULL, add_reading_action);
  gtk_widget_class_install_action (widget_class, "win.add-reading-kind", "s", add_reading_kind_action);
  gtk_widget_class_install_action (widget_class, "win.add-meal", NULL, add_meal_action);
  gtk_widget_class_install_action (widget_class, "win.manage-foods", NULL, manage_foods_action);
  gtk_widget_class_install_action (widget_class, "win.add-workout", NULL, add_to_member_action);
  gtk_widget_class_install_action (widget_class, "win.add-medication", NULL, add_to_member_action);
  gtk_widget_class_install_action (widget_class, "win.show-chart", "i", show_chart_action);
  gtk_widget_class_install_action (widget_class, "win.show-progress", NULL, show_progress_action);
  gtk_widget_class_install_action (widget_class, "win.new-goal", NULL, new_goal_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.new-goal", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-member", "s", show_member_action);
  gtk_widget_class_install_action (widget_class, "win.show-family", NULL, show_family_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  gtk_widget_class_install_action (widget_class, "win.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "win.edit-member", NULL, edit_member_action);
  gtk_widget_class_install_action (widget_class, "win.edit-record", NULL, edit_record_action);
  gtk_widget_class_install_action (widget_class, "win.delete-member", NULL, delete_member_action);
  gtk_widget_class_install_action (widget_class, "win.undelete-profile", "s", undelete_profile_action);
  gtk_widget_class_install_action (widget_class, "win.undelete-reading", "s", undelete_reading_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, _hearth_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.undo-dose", "s", _hearth_window_undo_dose_action);
  gtk_widget_class_install_action (widget_class, "win.unlock-member", NULL, _hearth_window_unlock_member_action);
  gtk_widget_class_install_action (widget_class, "win.lock-member", NULL, _hearth_window_lock_member_action);
}

static void
hearth_window_init (HearthWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  self->undo = _hearth_window_new_undo_list ();

  /* libadwaita 1.2's split button passes neither its tooltip nor a label on to
   * the two buttons inside it, and a tooltip names nothing in GTK 4.8: a
   * screen reader would announce "GtkImage" and "GtkMenuButton". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (self->add_button)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Reading"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_last_child (self->add_button)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Kind of Reading"),
                                  -1);

  {
    static const GActionEntry entries[] = {
      { "show-help-overlay", on_show_help_overlay_cb, NULL, NULL, NULL, { 0 } },
    };

    g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  }
}

/* Builds the page if it was not yet. */
HearthWelcomePage *
_hearth_window_get_welcome_page (HearthWindow *self)
{
  return ensure_welcome_page (self);
}

HearthMemberPage *
_hearth_window_get_member_page (HearthWindow *self)
{
  return self->member_page;
}

/* Builds the page if it was not yet. */
HearthFamilyPage *
_hearth_window_get_family_page (HearthWindow *self)
{
  return ensure_family_page (self);
}

const char *
_hearth_window_get_content_page (HearthWindow *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

GtkWidget *
_hearth_window_get_chart_page (HearthWindow *self)
{
  return adw_bin_get_child (self->chart_bin);
}

GtkWidget *
_hearth_window_get_progress_page (HearthWindow *self)
{
  return adw_bin_get_child (self->progress_bin);
}

GtkListBox *
_hearth_window_get_profile_list (HearthWindow *self)
{
  return self->profile_list;
}

const char *
_hearth_window_get_visible_page (HearthWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

GtkWindow *
_hearth_window_get_last_dialog (HearthWindow *self)
{
  return self->last_dialog;
}

GtkWidget *
_hearth_window_get_add_button (HearthWindow *self)
{
  return self->add_button;
}

GtkWidget *
_hearth_window_get_read_only_banner (HearthWindow *self)
{
  return self->read_only_banner;
}

/* Whether the lazily built page @name ("welcome", "family") exists yet. */
gboolean
_hearth_window_has_page (HearthWindow *self,
                         const char   *name)
{
  if (g_str_equal (name, "welcome"))
    return self->welcome_page != NULL;
  if (g_str_equal (name, "family"))
    return self->family_page != NULL;
  g_assert_not_reached ();
}

gboolean
_hearth_window_has_toasts (HearthWindow *self)
{
  return self->toasts->len > 0;
}

AdwToast *
_hearth_window_get_last_toast (HearthWindow *self)
{
  return self->toasts->len > 0 ? g_ptr_array_index (self->toasts, self->toasts->len - 1) : NULL;
}

void
_hearth_window_dismiss_toasts (HearthWindow *self)
{
  g_autoptr(GPtrArray) toasts = g_ptr_array_copy (self->toasts, (GCopyFunc) g_object_ref, NULL);

  g_ptr_array_set_free_func (toasts, g_object_unref);
  g_clear_pointer (&self->pending_celebration, g_free);
  /* One at a time, letting each dismissal finish: dismissing the toast
   * shown starts showing the next one, and dismissing that one during its
   * show animation makes libadwaita 1.2 free it twice. Which toast is
   * shown is not known here (a high-priority toast goes before older
   * ones), so every dismissal waits out the longest animation (500 ms).
   * For tests only. */
  for (guint i = 0; i < toasts->len; i++)
    {
      gint64 end;

      adw_toast_dismiss (g_ptr_array_index (toasts, i));
      end = g_get_monotonic_time () + 650 * G_TIME_SPAN_MILLISECOND;
      while (g_get_monotonic_time () < end)
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (5 * 1000);
    }
}
