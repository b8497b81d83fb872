/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-member-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-checklist.h"
#include "hearth-gui-util.h"
#include "hearth-insight-card.h"
#include "hearth-kind-card-private.h"
#include "hearth-local-time.h"
#include "hearth-growth-dialog.h"
#include "hearth-member-page-private.h"
#include "hearth-reading-dialog.h"
#include "hearth-summary.h"
#include "hearth-medication-dialog.h"
#include "hearth-today-section.h"
#include "hearth-window.h"
#include "hearth-workout-dialog.h"

/* History rows shown at first and added by "Show Older Readings". */
#define HISTORY_PAGE 50

/* For the cards that fit in the first frame (count_first_cards()): the
 * sidebar's width, the height of the header bar and the member's header,
 * and a card's smallest width and its height with the spacing. */
#define SIDEBAR_WIDTH   241
#define ABOVE_CARDS     150
#define CARD_MIN_WIDTH  280
#define CARD_ROW_HEIGHT 215

struct _HearthMemberPage
{
  AdwBin             parent_instance;

  HearthStore       *store;
  HearthProfile     *profile;
  GSettings         *settings;
  GListModel        *history;       /* the newest history_limit + 1 readings */
  GtkSliceListModel *history_slice; /* the part shown */
  guint              history_limit; /* rows shown; "Show Older Readings" adds a page */
  guint              history_idle;  /* fills the history after the first frame */
  gboolean           today_pending; /* and the Today section, when there are cards */
  int                history_kind;  /* the kind the history shows; -1: all */
  GDateTime         *history_to;    /* jumped to: readings up to the end of that day; NULL: the newest */
  GtkStringList     *kinds;         /* the cards: kind ids in dashboard order */
  GtkSliceListModel *kinds_slice;   /* the cards built so far */
  guint              cards_idle;    /* builds the cards below the fold */
  HearthProfile     *cards_profile; /* the profile the cards were made for */
  GtkWindow         *last_dialog;   /* weak */

  GtkStack          *page_stack;
  GtkScrolledWindow *scroller;
  AdwBin            *badge_bin;
  GtkLabel          *name_label;
  GtkLabel          *details_label;
  GtkWidget         *severe_banner;
  GtkLabel          *severe_label;
  HearthTodaySection *today_section;
  HearthChecklist   *checklist;
  GtkWidget         *checklist_clamp;
  GtkFlowBox        *cards;
  GtkListBox        *history_list;
  GtkWidget         *more_button;
  GtkDropDown       *kind_filter;
  GtkWidget         *date_button;
  GtkCalendar       *date_calendar;
  GtkWidget         *newest_button;
  GtkWidget         *progress_button;
  GtkWidget         *growth_button;
  HearthInsightCard *insight_card;
};

G_DEFINE_FINAL_TYPE (HearthMemberPage, hearth_member_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (HearthMemberPage *self);
static void on_kind_filter_selected_cb (HearthMemberPage *self,
                                        GParamSpec       *pspec,
                                        GtkDropDown      *drop_down);
static GtkWidget *create_history_row (gpointer item, gpointer user_data);

/* FALSE for a journal opened read-only: nothing in it can be changed. */
static gboolean
is_writable (HearthMemberPage *self)
{
  return self->store != NULL && !hearth_store_is_read_only (self->store);
}

GtkWidget *
hearth_member_page_new (void)
{
  return g_object_new (HEARTH_TYPE_MEMBER_PAGE, NULL);
}

HearthStore *
hearth_member_page_get_store (HearthMemberPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MEMBER_PAGE (self), NULL);

  return self->store;
}

static void
on_store_readings_changed_cb (HearthMemberPage *self,
                              const char       *profile_uuid,
                              HearthStore      *store)
{
  if (self->profile == NULL)
    return;

  if (profile_uuid == NULL || g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0)
    refresh (self);
}

/* An edit updates the member's HearthProfile in place (height, birth
 * date, conditions): the header, the banner and every card follow. */
static void
on_store_profiles_changed_cb (HearthMemberPage *self,
                              HearthStore      *store)
{
  if (self->profile != NULL)
    refresh (self);
}

void
hearth_member_page_set_store (HearthMemberPage *self,
                              HearthStore      *store)
{
  g_return_if_fail (HEARTH_IS_MEMBER_PAGE (self));
  g_return_if_fail (!store || HEARTH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_readings_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->store, on_store_profiles_changed_cb, self);
    }

  g_set_object (&self->store, store);
  /* A read-only journal: the history's trash buttons are off. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.delete-reading", is_writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.add-workout", is_writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member.add-medication", is_writable (self));

  if (store != NULL)
    {
      g_signal_connect_object (store, "readings-changed",
                               G_CALLBACK (on_store_readings_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "profiles-changed",
                               G_CALLBACK (on_store_profiles_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  hearth_checklist_set_member (self->checklist, self->store, self->profile);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

HearthProfile *
hearth_member_page_get_profile (HearthMemberPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MEMBER_PAGE (self), NULL);

  return self->profile;
}

void
hearth_member_page_set_profile (HearthMemberPage *self,
                                HearthProfile    *profile)
{
  g_return_if_fail (HEARTH_IS_MEMBER_PAGE (self));
  g_return_if_fail (!profile || HEARTH_IS_PROFILE (profile));

  /* Another member's dashboard opens at its top, their newest readings. */
  if (profile == NULL || self->profile == NULL ||
      g_strcmp0 (hearth_profile_get_uuid (profile), hearth_profile_get_uuid (self->profile)) != 0)
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      g_clear_pointer (&self->history_to, g_date_time_unref);
      self->history_limit = HISTORY_PAGE;
      self->history_kind = -1;
      g_signal_handlers_block_by_func (self->kind_filter, on_kind_filter_selected_cb, self);
      gtk_drop_down_set_selected (self->kind_filter, 0);
      g_signal_handlers_unblock_by_func (self->kind_filter, on_kind_filter_selected_cb, self);
    }

  /* Refresh even for the same object: it may have been edited. */
  if (g_set_object (&self->profile, profile))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);

  hearth_checklist_set_member (self->checklist, self->store, self->profile);
  refresh (self);
}

static const char *
sex_get_label (HearthSex sex)
{
  switch (sex)
    {
    case HEARTH_SEX_FEMALE:
      return _("Female");
    case HEARTH_SEX_MALE:
      return _("Male");
    case HEARTH_SEX_OTHER:
      return _("Other");
    case HEARTH_SEX_UNSET:
    default:
      return NULL;
    }
}

static void
refresh_header (HearthMemberPage *self,
                GDateTime        *now)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *age = hearth_gui_format_age (self->profile, now);
  g_autofree char *height = NULL;
  g_autofree char *details = NULL;
  const char *sex = sex_get_label (hearth_profile_get_sex (self->profile));
  double cm = hearth_profile_get_height_cm (self->profile);

  if (age != NULL)
    g_strv_builder_add (builder, age);
  if (sex != NULL)
    g_strv_builder_add (builder, sex);
  if (cm > 0)
    {
      height = hearth_units_format_length (cm, hearth_gui_settings_get_length_unit (self->settings));
      g_strv_builder_add (builder, height);
    }
  parts = g_strv_builder_end (builder);
  /* Translators: separates facts about a member, "Age 44 · Female · 172 cm" */
  details = g_strjoinv (_(" · "), parts);

  gtk_widget_set_visible (self->growth_button, hearth_growth_dialog_applies (self->profile, now));
  gtk_label_set_text (self->name_label, hearth_profile_get_name (self->profile));
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), parts[0] != NULL);

  adw_bin_set_child (self->badge_bin, hearth_gui_member_badge_new (self->profile, 48));
}

static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  HearthMemberPage *self = user_data;
  const char *id = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  HearthReadingKind kind = HEARTH_READING_KIND_BLOOD_PRESSURE;

  hearth_reading_kind_from_string (id, &kind);
  return hearth_kind_card_new (self->store, self->cards_profile, kind);
}

/* How many cards the first frame shows, from the size the window opens
 * at (it restores the saved one): up to three to a row (the dashboard is
 * at most 900 px wide), as many rows as reach into the window; all of them
 * in a maximized window. Errs on the side of more: a card missing from the
 * first frame would pop in right after it. 960 × 720 gives 2 × 3. */
static guint
count_first_cards (HearthMemberPage *self)
{
  int width, height;
  guint per_row, rows;

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    return G_MAXUINT;

  width = MIN (g_settings_get_int (self->settings, "window-width") - SIDEBAR_WIDTH, 900);
  height = g_settings_get_int (self->settings, "window-height") - ABOVE_CARDS;
  per_row = CLAMP (width / CARD_MIN_WIDTH, 1, 3);
  rows = MAX (1, (height + CARD_ROW_HEIGHT - 1) / CARD_ROW_HEIGHT);

  return per_row * rows;
}

static gboolean
build_all_cards_idle_cb (gpointer data)
{
  HearthMemberPage *self = data;

  self->cards_idle = 0;
  gtk_slice_list_model_set_size (self->kinds_slice, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* Cards below the fold are built right after the frame that shows the
 * first ones, like the history. */
static void
queue_build_all_cards (HearthMemberPage *self)
{
  if (self->cards_idle == 0)
    self->cards_idle = g_idle_add_full (G_PRIORITY_LOW, build_all_cards_idle_cb, self, NULL);
}

/* The tracked kinds in dashboard order; the cards are rebuilt only when
 * they change or another member (or an edited one) is shown, so each card
 * keeps its sparkline and refreshes itself. */
static void
refresh_cards (HearthMemberPage *self)
{
  g_autoptr(GArray) tracked = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->kinds));
  gboolean same;

  if (self->store != NULL && self->profile != NULL)
    {
      tracked = hearth_store_get_tracked_kinds (self->store, self->profile, &error);
      if (tracked == NULL)
        g_warning ("Could not list the tracked kinds: %s", error->message);
    }

  for (guint i = 0; tracked != NULL && i < tracked->len; i++)
    g_strv_builder_add (builder, hearth_reading_kind_to_string (g_array_index (tracked, int, i)));
  ids = g_strv_builder_end (builder);

  same = self->cards_profile == self->profile && g_strv_length (ids) == n_old;
  for (guint i = 0; same && i < n_old; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->kinds, i), ids[i]) == 0;
  if (same)
    return;

  /* Another member: only the cards of the first frame, the rest after
   * it. The same member with a kind more or less: all of them. */
  if (self->cards_profile != self->profile)
    {
      gtk_slice_list_model_set_size (self->kinds_slice, count_first_cards (self));
      queue_build_all_cards (self);
    }

  g_set_object (&self->cards_profile, self->profile);
  gtk_string_list_splice (self->kinds, 0, n_old, (const char * const *) ids);
}

/* The plain "seek medical care" message (PRODUCT.md): a severe blood
 * pressure or a level 2 low glucose as the member's latest reading. */
static void
refresh_banner (HearthMemberPage *self,
                GDateTime        *now)
{
  g_autoptr(GString) text = g_string_new (NULL);
  static const HearthReadingKind kinds[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE,
    HEARTH_READING_KIND_GLUCOSE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HearthReading) latest = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *category = NULL;
      HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;

      latest = hearth_store_get_latest_reading (self->store, hearth_profile_get_uuid (self->profile),
                                                kinds[i], &error);
      if (error != NULL)
        g_warning ("Could not read the latest reading: %s", error->message);
      if (latest == NULL)
        continue;

      category = hearth_gui_describe_category (latest, self->profile, self->settings, now, &alert);
      if (alert != HEARTH_GUI_ALERT_SEVERE)
        continue;

      if (text->len > 0)
        g_string_append (text, "\n\n");

      if (kinds[i] == HEARTH_READING_KIND_BLOOD_PRESSURE)
        g_string_append (text, _("This reading is in the severe range. Seek medical care now, especially if you have chest pain, shortness of breath, weakness or vision changes."));
      else
        {
          g_autofree char *limit = hearth_units_format_glucose (3.0, hearth_gui_settings_get_glucose_unit (self->settings));

          /* Translators: %s is the level 2 limit in the user's unit, "3.0 mmol/L" or "54 mg/dL" */
          g_string_append_printf (text, _("This glucose reading is very low (level 2, below %s). Seek medical care now."),
                                  limit);
        }
    }

  gtk_label_set_text (self->severe_label, text->str);
  gtk_widget_set_visible (self->severe_banner, text->len > 0);
  /* A severe reading's alert has the top of the page to itself: the
   * first-week checklist waits (and nothing is celebrated beside it). */
  gtk_widget_set_visible (self->checklist_clamp, text->len == 0);
}
static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  HearthMemberPage *self = user_data;
  HearthReading *reading = item;
  HearthReadingKind kind = hearth_reading_get_kind (reading);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autofree char *values = hearth_gui_format_reading_values (reading, self->settings);
  g_autofree char *when = hearth_gui_format_when (hearth_reading_get_taken_at (reading), now);
  g_autofree char *subtitle = NULL;
  const char *note = hearth_reading_get_note (reading);
  HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *button;

  g_autofree char *category = hearth_gui_describe_category (reading, self->profile, self->settings, now, &alert);

  if (note != NULL && *note != '\0')
    /* Translators: when, then the reading's note */
    subtitle = g_strdup_printf (_("%s · %s"), when, note);
  else
    subtitle = g_strdup (when);
  if (alert == HEARTH_GUI_ALERT_SEVERE)
    {
      g_autofree char *labelled = hearth_gui_label_category (NULL, alert);
      char *with_severe;

      /* Translators: a history row's subtitle, "Severe — seek care · Today, 08:15" */
      with_severe = g_strdup_printf (_("%s · %s"), labelled, subtitle);
      g_free (subtitle);
      subtitle = with_severe;
    }

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), values);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row),
                                    hearth_gui_reading_kind_is_editable (kind) && is_writable (self));
  gtk_widget_set_tooltip_text (row, hearth_reading_kind_get_name (kind));

  icon = gtk_image_new_from_icon_name (hearth_gui_reading_kind_icon_name (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, hearth_reading_kind_get_name (kind),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (alert == HEARTH_GUI_ALERT_SEVERE)
    gtk_widget_add_css_class (icon, "severe-icon");
  else if (alert == HEARTH_GUI_ALERT_WARNING)
    gtk_widget_add_css_class (icon, "warning-icon");

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Reading"));
  {
    /* Translators: the accessible name of a history row's delete button: the
     * reading's values, then when it was taken ("Delete 142/91 mmHg, Today, 08:10") */
    g_autofree char *name = g_strdup_printf (_("Delete %s, %s"), values, when);

    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "member.delete-reading");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (hearth_reading_get_uuid (reading)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
refresh_history (HearthMemberPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;

  if (self->store != NULL && self->profile != NULL)
    {
      /* One more than shown, to know whether there are older ones: a
       * member's whole history can be tens of thousands of readings. */
      if (self->history_to != NULL)
        history = hearth_store_list_readings_before (self->store, hearth_profile_get_uuid (self->profile),
                                                     self->history_kind, self->history_to,
                                                     self->history_limit + 1, &error);
      else
        history = hearth_store_list_recent_readings (self->store, hearth_profile_get_uuid (self->profile),
                                                     self->history_kind, self->history_limit + 1, &error);
      if (history == NULL)
        g_warning ("Could not list readings: %s", error->message);
    }

  if (history == NULL)
    history = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_READING));

  g_set_object (&self->history, history);
  gtk_slice_list_model_set_model (self->history_slice, history);
  gtk_slice_list_model_set_size (self->history_slice, self->history_limit);
  gtk_widget_set_visible (self->more_button, g_list_model_get_n_items (history) > self->history_limit);
  gtk_widget_set_visible (self->newest_button, self->history_to != NULL);
  /* A filter or a date that shows nothing still leaves the dashboard;
   * so does anything in the Today section. */
  if (self->history_kind < 0 && self->history_to == NULL)
    gtk_stack_set_visible_child_name (self->page_stack,
                                      g_list_model_get_n_items (history) > 0 ||
                                      hearth_today_section_has_content (self->today_section)
                                      ? "dashboard" : "empty");
}

static gboolean
refresh_history_idle_cb (gpointer data)
{
  HearthMemberPage *self = data;

  self->history_idle = 0;
  if (self->today_pending)
    {
      self->today_pending = FALSE;
      hearth_today_section_set_member (self->today_section, self->store, self->profile);
    }
  refresh_history (self);
  return G_SOURCE_REMOVE;
}

/* The history sits below the cards, out of view at first: it is filled
 * right after the frame that shows the cards, not inside it. */
static void
queue_refresh_history (HearthMemberPage *self)
{
  if (self->history_idle == 0)
    self->history_idle = g_idle_add_full (G_PRIORITY_LOW, refresh_history_idle_cb, self, NULL);
}

static void
refresh (HearthMemberPage *self)
{
  g_autoptr(GDateTime) now = NULL;

  self->today_pending = FALSE;
  if (self->store == NULL || self->profile == NULL)
    {
      /* No member (none yet, or a locked one): nothing of anyone's stays. */
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->details_label, "");
      adw_bin_set_child (self->badge_bin, NULL);
      hearth_today_section_set_member (self->today_section, self->store, self->profile);
      hearth_insight_card_set_member (self->insight_card, self->store, self->profile);
      gtk_widget_set_visible (self->severe_banner, FALSE);
      refresh_cards (self);
      refresh_history (self);
      return;
    }

  now = hearth_clock_now (hearth_store_get_clock (self->store));

  refresh_header (self, now);
  refresh_banner (self, now);
  hearth_insight_card_set_member (self->insight_card, self->store, self->profile);
  refresh_cards (self);
  /* The Today section sits below the cards: with cards to show it is
   * filled right after the first frame, with the history; without any it
   * decides between the dashboard and the empty page, so now. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->kinds)) > 0)
    self->today_pending = TRUE;
  else
    hearth_today_section_set_member (self->today_section, self->store, self->profile);
  /* Any card means there are readings, and anything in the Today section
   * (a meal, a workout, a medication) is worth a dashboard too: the
   * dashboard, not the empty state. */
  gtk_stack_set_visible_child_name (self->page_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->kinds)) > 0 ||
                                    hearth_today_section_has_content (self->today_section)
                                    ? "dashboard" : "empty");
  queue_refresh_history (self);
}

static void
on_settings_changed_cb (HearthMemberPage *self,
                        const char       *key,
                        GSettings        *settings)
{
  if (g_str_has_prefix (key, "window-") || g_str_equal (key, "last-profile"))
    return;

  refresh (self);
}

static void
show_reading_dialog (HearthMemberPage *self,
                     HearthReading    *reading)
{
  HearthReadingDialog *dialog = hearth_reading_dialog_new (self->store, self->profile, reading);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (root)));
    }
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  if (HEARTH_IS_WINDOW (root))
    hearth_window_watch_reading_dialog (HEARTH_WINDOW (root), GTK_WINDOW (dialog), self->profile, reading);
  g_set_weak_pointer (&self->last_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_history_list_row_activated_cb (HearthMemberPage *self,
                                  GtkListBoxRow    *row,
                                  GtkListBox       *list)
{
  g_autoptr(HearthReading) reading = NULL;

  if (!is_writable (self))
    return;

  reading = g_list_model_get_item (G_LIST_MODEL (self->history_slice), gtk_list_box_row_get_index (row));
  if (reading != NULL && hearth_gui_reading_kind_is_editable (hearth_reading_get_kind (reading)))
    show_reading_dialog (self, reading);
}

static void
delete_reading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  /* The window names it in a toast and keeps it for Ctrl+Z. */
  if (window != NULL)
    hearth_window_delete_reading (HEARTH_WINDOW (window), uuid);
  else if (!hearth_store_delete_reading (self->store, uuid, &error))
    g_warning ("Could not delete a reading: %s", error->message);
}

/* A form over the window, modal, its additions kept for Ctrl+Z. */
static void
present_form (HearthMemberPage *self,
              GtkWindow        *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
      gtk_window_set_application (dialog, gtk_window_get_application (GTK_WINDOW (root)));
    }
  gtk_window_set_modal (dialog, TRUE);
  g_set_weak_pointer (&self->last_dialog, dialog);
  gtk_window_present (dialog);
}

static void
add_workout_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (widget);

  if (!is_writable (self) || self->profile == NULL)
    return;
  present_form (self, GTK_WINDOW (hearth_workout_dialog_new (self->store, self->profile)));
}

static void
add_medication_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (widget);

  if (!is_writable (self) || self->profile == NULL)
    return;
  present_form (self, GTK_WINDOW (hearth_medication_dialog_new (self->store, self->profile)));
}

/* A child's growth chart (issue 10); reading only, so a read-only journal too. */
static void
show_growth_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (widget);

  if (self->store == NULL || self->profile == NULL)
    return;
  present_form (self, GTK_WINDOW (hearth_growth_dialog_new (self->store, self->profile, self->settings)));
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (widget);

  self->history_limit += HISTORY_PAGE;
  refresh_history (self);
}

static void
on_kind_filter_selected_cb (HearthMemberPage *self,
                            GParamSpec       *pspec,
                            GtkDropDown      *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  /* 0 is every kind, then the kinds in order. */
  self->history_kind = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  self->history_limit = HISTORY_PAGE;
  /* Not while the page is being built. */
  if (self->history_slice != NULL)
    refresh_history (self);
}

static void
on_date_calendar_day_selected_cb (HearthMemberPage *self,
                                  GtkCalendar      *calendar)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) next_start = NULL;

  /* Up to the end of that local day: the next day's first instant (a day
   * the clocks change on is not 24 h), less a microsecond. */
  if (next != NULL)
    next_start = hearth_local_time_day_start (tz, g_date_time_get_year (next), g_date_time_get_month (next),
                                              g_date_time_get_day_of_month (next));
  g_clear_pointer (&self->history_to, g_date_time_unref);
  if (next_start != NULL)
    self->history_to = g_date_time_add (next_start, -1);
  self->history_limit = HISTORY_PAGE;
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
  refresh_history (self);
}

static void
on_newest_button_clicked_cb (HearthMemberPage *self,
                             GtkButton        *button)
{
  g_clear_pointer (&self->history_to, g_date_time_unref);
  self->history_limit = HISTORY_PAGE;
  refresh_history (self);
}

static void
on_cards_child_activated_cb (HearthMemberPage *self,
                             GtkFlowBoxChild  *child,
                             GtkFlowBox       *box)
{
  HearthKindCard *card = HEARTH_KIND_CARD (child);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-chart", "i",
                              (int) hearth_kind_card_get_kind (card));
}

static void
hearth_member_page_dispose (GObject *object)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (object);

  g_clear_handle_id (&self->history_idle, g_source_remove);
  g_clear_handle_id (&self->cards_idle, g_source_remove);
  if (self->history_list != NULL)
    gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  if (self->cards != NULL)
    gtk_flow_box_bind_model (self->cards, NULL, NULL, NULL, NULL);

  g_clear_weak_pointer (&self->last_dialog);
  g_clear_object (&self->history);
  g_clear_pointer (&self->history_to, g_date_time_unref);
  g_clear_object (&self->history_slice);
  g_clear_object (&self->kinds_slice);
  g_clear_object (&self->kinds);
  g_clear_object (&self->cards_profile);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  /* The bin's child is a bound template child: let AdwBin drop it first
   * so disposing the template does not unparent it behind its back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_MEMBER_PAGE);

  G_OBJECT_CLASS (hearth_member_page_parent_class)->dispose (object);
}

static void
hearth_member_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_member_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hearth_member_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PROFILE:
      hearth_member_page_set_profile (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

typedef struct
{
  HearthMemberPage *self;   /* weak */
  char             *text;
} Celebration;

static void
celebration_free (Celebration *celebration)
{
  g_clear_weak_pointer (&celebration->self);
  g_free (celebration->text);
  g_free (celebration);
}

/* After the store's other listeners (the severe banner among them): no
 * celebration next to a severe-reading alert. */
static gboolean
celebrate_idle_cb (gpointer data)
{
  Celebration *celebration = data;
  HearthMemberPage *self = celebration->self;
  GtkRoot *root;

  if (self == NULL || gtk_widget_get_visible (self->severe_banner))
    return G_SOURCE_REMOVE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (HEARTH_IS_WINDOW (root))
    hearth_window_celebrate (HEARTH_WINDOW (root), celebration->text);
  return G_SOURCE_REMOVE;
}

/* Each first is celebrated in the window: "First reading logged — 2 of 3
 * first steps done". */
static void
on_checklist_step_done_cb (HearthMemberPage *self,
                           int               step,
                           guint             n_done,
                           HearthChecklist  *checklist)
{
  Celebration *celebration = g_new0 (Celebration, 1);

  g_set_weak_pointer (&celebration->self, self);
  celebration->text = hearth_checklist_describe_step_done (step, n_done);
  g_idle_add_full (G_PRIORITY_DEFAULT, celebrate_idle_cb, celebration, (GDestroyNotify) celebration_free);
}

static void
hearth_member_page_class_init (HearthMemberPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_member_page_dispose;

  g_type_ensure (HEARTH_TYPE_TODAY_SECTION);
  g_type_ensure (HEARTH_TYPE_CHECKLIST);
  g_type_ensure (HEARTH_TYPE_INSIGHT_CARD);
  object_class->get_property = hearth_member_page_get_property;
  object_class->set_property = hearth_member_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         HEARTH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-member-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, badge_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, severe_banner);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, severe_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, today_section);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, checklist);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, checklist_clamp);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, cards);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, newest_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, progress_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, growth_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, insight_card);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_newest_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cards_child_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_history_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_checklist_step_done_cb);

  gtk_widget_class_install_action (widget_class, "member.delete-reading", "s", delete_reading_action);
  gtk_widget_class_install_action (widget_class, "member.show-more", NULL, show_more_action);
  gtk_widget_class_install_action (widget_class, "member.add-workout", NULL, add_workout_action);
  gtk_widget_class_install_action (widget_class, "member.add-medication", NULL, add_medication_action);
  gtk_widget_class_install_action (widget_class, "member.show-growth", NULL, show_growth_action);
}

static void
hearth_member_page_init (HearthMemberPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_READING));
  self->history_limit = HISTORY_PAGE;
  self->history_kind = -1;
  {
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

    /* Translators: the history's kind filter, showing every kind */
    gtk_string_list_append (names, _("All Kinds"));
    for (int kind = 0; kind <= HEARTH_READING_KIND_LAST; kind++)
      gtk_string_list_append (names, hearth_reading_kind_get_name (kind));
    gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (names));
  }
  self->history_slice = gtk_slice_list_model_new (g_object_ref (self->history), 0, HISTORY_PAGE);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history_slice),
                           create_history_row, self, NULL);

  self->kinds = gtk_string_list_new (NULL);
  self->kinds_slice = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->kinds)), 0, 0);
  gtk_flow_box_bind_model (self->cards, G_LIST_MODEL (self->kinds_slice), create_card, self, NULL);

  self->settings = hearth_gui_settings_new ();
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkListBox *
_hearth_member_page_get_history_list (HearthMemberPage *self)
{
  return self->history_list;
}

GtkWidget *
_hearth_member_page_get_more_button (HearthMemberPage *self)
{
  g_assert (HEARTH_IS_MEMBER_PAGE (self));

  return self->more_button;
}

GListModel *
_hearth_member_page_get_history_model (HearthMemberPage *self)
{
  return G_LIST_MODEL (self->history_slice);
}

GtkFlowBox *
_hearth_member_page_get_cards (HearthMemberPage *self)
{
  return self->cards;
}

HearthKindCard *
_hearth_member_page_get_card (HearthMemberPage  *self,
                              HearthReadingKind  kind)
{
  for (guint i = 0; ; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->cards, i);

      if (child == NULL)
        return NULL;
      if (hearth_kind_card_get_kind (HEARTH_KIND_CARD (child)) == kind)
        return HEARTH_KIND_CARD (child);
    }
}

static GtkLabel *
get_card_label (HearthMemberPage  *self,
                HearthReadingKind  kind,
                gboolean           value)
{
  HearthKindCard *card = _hearth_member_page_get_card (self, kind);

  if (card == NULL)
    return NULL;
  return value ? _hearth_kind_card_get_value_label (card) : _hearth_kind_card_get_category_label (card);
}

GtkLabel *
_hearth_member_page_get_bp_value (HearthMemberPage *self)
{
  return get_card_label (self, HEARTH_READING_KIND_BLOOD_PRESSURE, TRUE);
}

GtkLabel *
_hearth_member_page_get_bp_class (HearthMemberPage *self)
{
  return get_card_label (self, HEARTH_READING_KIND_BLOOD_PRESSURE, FALSE);
}

GtkLabel *
_hearth_member_page_get_bmi_label (HearthMemberPage *self)
{
  return get_card_label (self, HEARTH_READING_KIND_WEIGHT, FALSE);
}

GtkWidget *
_hearth_member_page_get_severe_banner (HearthMemberPage *self)
{
  return self->severe_banner;
}

GtkLabel *
_hearth_member_page_get_severe_label (HearthMemberPage *self)
{
  return self->severe_label;
}

const char *
_hearth_member_page_get_visible_page (HearthMemberPage *self)
{
  return gtk_stack_get_visible_child_name (self->page_stack);
}

HearthChecklist *
_hearth_member_page_get_checklist (HearthMemberPage *self)
{
  return self->checklist;
}

HearthTodaySection *
_hearth_member_page_get_today_section (HearthMemberPage *self)
{
  return self->today_section;
}

GtkWindow *
_hearth_member_page_get_last_dialog (HearthMemberPage *self)
{
  return self->last_dialog;
}

GtkLabel *
_hearth_member_page_get_details_label (HearthMemberPage *self)
{
  return self->details_label;
}

GtkScrolledWindow *
_hearth_member_page_get_scroller (HearthMemberPage *self)
{
  return self->scroller;
}

GtkDropDown *
_hearth_member_page_get_kind_filter (HearthMemberPage *self)
{
  return self->kind_filter;
}

GtkCalendar *
_hearth_member_page_get_date_calendar (HearthMemberPage *self)
{
  return self->date_calendar;
}

GtkWidget *
_hearth_member_page_get_newest_button (HearthMemberPage *self)
{
  return self->newest_button;
}

GtkWidget *
_hearth_member_page_get_growth_button (HearthMemberPage *self)
{
  return self->growth_button;
}

GtkWidget *
_hearth_member_page_get_progress_button (HearthMemberPage *self)
{
  return self->progress_button;
}

HearthInsightCard *
_hearth_member_page_get_insight_card (HearthMemberPage *self)
{
  return self->insight_card;
}
