/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-progress-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-celebrations.h"
#include "hearth-date-button.h"
#include "hearth-gui-util.h"
#include "hearth-progress-page-private.h"

/* One member's progress: streaks and habit strength (PRODUCT.md,
 * "Streaks, habit strength") and skip days. Everything is read again from
 * the store when it says the member's entries changed: the logging days
 * are one indexed query (a few thousand days for years of logging) and
 * the arithmetic is linear in them. */

/* Marked days listed, the newest first. */
#define SKIP_DAYS_SHOWN 10

struct _HearthProgressPage
{
  AdwBin         parent_instance;

  HearthStore   *store;
  HearthProfile *profile;

  GtkListBox    *streaks_list;
  AdwActionRow  *logging_row;
  GtkLabel      *logging_strength_label;
  GtkWidget     *skip_form_fields;
  GtkWidget     *skip_date_button;   /* hearth_gui_date_button_new(), on today */
  GtkEntry      *skip_reason_entry;
  GtkLabel      *skip_error_label;
  GtkListBox    *skip_days_list;
  GtkWidget     *skip_button;
  GtkFlowBox    *badges_box;
  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (HearthProgressPage, hearth_progress_page, ADW_TYPE_BIN)

/* Days since 1970-01-01 of @when in its own offset. */
static gint64
local_day_of (GDateTime *when)
{
  return (gint64) floor ((g_date_time_to_unix (when) + g_date_time_get_utc_offset (when) / G_TIME_SPAN_SECOND)
                         / 86400.0);
}

/* The GDateTime of local day @day (UTC midnight: only its date counts). */
static GDateTime *
date_of_day (gint64 day)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_utc (1970, 1, 1, 0, 0, 0);

  return g_date_time_add_days (epoch, (int) CLAMP (day, -G_MAXINT, G_MAXINT));
}

/* The local day number of @date's year, month and day. */
static gint64
day_of_date (GDateTime *date)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (g_date_time_get_year (date),
                                                       g_date_time_get_month (date),
                                                       g_date_time_get_day_of_month (date), 0, 0, 0);

  return g_date_time_to_unix (midnight) / 86400;
}

/* "Mon 9 Mar 2026" */
static char *
format_day (gint64 day)
{
  g_autoptr(GDateTime) date = date_of_day (day);

  return g_date_time_format (date, _("%a %-d %b %Y"));
}

/* "3 days" */
static char *
format_days (guint days)
{
  /* Translators: a streak's length */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
}

/* "74 %": habit strength as a whole percentage. */
static char *
format_strength (double strength)
{
  /* Translators: habit strength as a percentage; %.0f is 0–100 */
  return g_strdup_printf (_("Strength %.0f %%"), CLAMP (strength, 0, 1) * 100);
}

/* The logging habit's strength today: one completed day for each day with
 * an entry, from the first such day to @today (days after it are ignored);
 * skip days carry it unchanged. */
static double
compute_logging_strength (GArray *days,
                          GArray *skips,
                          gint64  today)
{
  g_autofree double *completion = NULL;
  g_autofree gboolean *skipped = NULL;
  gint64 first;
  gsize n;

  if (days->len == 0 || g_array_index (days, gint64, 0) > today)
    return 0;

  first = g_array_index (days, gint64, 0);
  n = (gsize) (today - first + 1);
  completion = g_new0 (double, n);
  skipped = g_new0 (gboolean, n);
  for (guint i = 0; i < days->len; i++)
    {
      gint64 day = g_array_index (days, gint64, i);

      if (day <= today)
        completion[day - first] = 1;
    }
  for (guint i = 0; i < skips->len; i++)
    {
      gint64 day = g_array_index (skips, gint64, i);

      if (day >= first && day <= today)
        skipped[day - first] = TRUE;
    }

  return hearth_habit_strength (completion, skipped, (guint) MIN (n, G_MAXUINT), HEARTH_HABIT_HALF_LIFE_DAYS);
}

static void
refresh_streaks (HearthProgressPage *self,
                 GArray             *skips,
                 gint64              today)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *current = NULL;
  g_autofree char *best = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *strength = NULL;
  HearthStreak streak = { 0, 0 };

  days = hearth_store_list_logging_days (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (days == NULL)
    {
      g_warning ("Could not read the logging days: %s", error->message);
      return;
    }

  hearth_streak_compute ((const gint64 *) (gpointer) days->data, days->len,
                         (const gint64 *) (gpointer) skips->data, skips->len, today, &streak);
  if (days->len == 0)
    {
      adw_action_row_set_subtitle (self->logging_row,
                                   _("Nothing logged yet: a reading, a meal, a workout or a dose taken starts your streak today."));
      gtk_label_set_text (self->logging_strength_label, "");
      return;
    }

  current = format_days (streak.current);
  best = format_days (streak.best);
  /* Translators: a streak's current and best length, "Current: 3 days · Best: 12 days" */
  subtitle = g_strdup_printf (_("Current: %s · Best: %s"), current, best);
  adw_action_row_set_subtitle (self->logging_row, subtitle);
  strength = format_strength (compute_logging_strength (days, skips, today));
  gtk_label_set_text (self->logging_strength_label, strength);
}

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The marked days, the newest first, each with its reason and a button
 * that takes the mark back. */
static void
refresh_skip_days (HearthProgressPage *self,
                   GArray             *skips)
{
  remove_all (self->skip_days_list);

  for (guint shown = 0; shown < MIN (skips->len, SKIP_DAYS_SHOWN); shown++)
    {
      gint64 day = g_array_index (skips, gint64, skips->len - 1 - shown);
      g_autofree char *date = format_day (day);
      g_autofree char *reason = NULL;
      g_autofree char *unmark_name = NULL;
      g_autoptr(GError) error = NULL;
      gboolean marked = FALSE;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *unmark;

      if (!hearth_store_get_skip_day (self->store, hearth_profile_get_uuid (self->profile), day,
                                      &marked, &reason, &error))
        g_warning ("Could not read a skip day: %s", error->message);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason != NULL ? reason : _("No reason given"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);

      unmark = gtk_button_new_with_label (_("Unmark"));
      gtk_widget_set_valign (unmark, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (unmark), "progress.unmark-skip-day");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (unmark), g_variant_new_int64 (day));
      /* Translators: a button's accessible name; %s is a day, "Mon 9 Mar 2026" */
      unmark_name = g_strdup_printf (_("Unmark %s"), date);
      gtk_accessible_update_property (GTK_ACCESSIBLE (unmark), GTK_ACCESSIBLE_PROPERTY_LABEL, unmark_name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), unmark);
      gtk_list_box_append (self->skip_days_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->skip_days_list), skips->len > 0);
}

/* A badge's tile: its icon, title, and the day it was earned or how far
 * the member is ("4 of 7 days") with a bar. */
static GtkWidget *
create_badge_tile (const HearthBadgeStatus *status)
{
  gboolean earned = status->earned_day != HEARTH_BADGE_NO_DAY;
  const char *title = hearth_badge_def_get_title (status->def);
  g_autofree char *state = NULL;
  g_autofree char *name = NULL;
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (status->def->icon);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *state_label;

  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "badge-tile");
  gtk_widget_add_css_class (tile, earned ? "earned" : "locked");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 32);
  gtk_widget_set_margin_top (icon, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (tile), icon);

  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (title_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_widget_set_margin_start (title_label, 6);
  gtk_widget_set_margin_end (title_label, 6);
  gtk_box_append (GTK_BOX (tile), title_label);

  if (earned)
    {
      g_autofree char *day = format_day (status->earned_day);

      /* Translators: under an earned badge; %s is a day, "Mon 9 Mar 2026" */
      state = g_strdup_printf (_("Earned %s"), day);
    }
  else
    state = hearth_badge_status_format_progress (status);
  state_label = gtk_label_new (state);
  gtk_label_set_wrap (GTK_LABEL (state_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (state_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (state_label, "caption");
  gtk_widget_add_css_class (state_label, "dim-label");
  gtk_widget_set_margin_bottom (state_label, earned ? 12 : 0);
  gtk_box_append (GTK_BOX (tile), state_label);

  if (!earned)
    {
      GtkWidget *bar = gtk_progress_bar_new ();

      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), CLAMP (status->progress, 0, 1));
      gtk_widget_set_margin_start (bar, 12);
      gtk_widget_set_margin_end (bar, 12);
      gtk_widget_set_margin_bottom (bar, 12);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, state, -1);
      gtk_box_append (GTK_BOX (tile), bar);
    }

  /* Translators: a badge tile's accessible name: the badge, then "Earned Mon 9 Mar 2026" or "4 of 7 days" */
  name = g_strdup_printf (_("%s: %s"), title, state);
  gtk_widget_set_tooltip_text (tile, hearth_badge_def_get_description (status->def));
  gtk_accessible_update_property (GTK_ACCESSIBLE (tile),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hearth_badge_def_get_description (status->def),
                                  -1);
  return tile;
}

/* The catalogue's badges in its order, earned (with the day) and locked
 * (with their progress): one evaluation (hearth_store_evaluate_badges(),
 * which stores any the data has earned meanwhile; the window celebrates
 * them with the next change). */
static void
refresh_badges (HearthProgressPage *self,
                gint64              today)
{
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  HearthBadgeOptions options;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->badges_box))) != NULL)
    gtk_flow_box_remove (self->badges_box, child);

  hearth_gui_badge_options_from_settings (self->settings, &options);
  statuses = hearth_store_evaluate_badges (self->store, hearth_profile_get_uuid (self->profile), today,
                                           &options, &error);
  if (statuses == NULL)
    {
      g_warning ("Could not read the badges: %s", error->message);
      return;
    }

  for (guint i = 0; i < statuses->len; i++)
    {
      GtkWidget *tile = create_badge_tile (&g_array_index (statuses, HearthBadgeStatus, i));

      gtk_flow_box_append (self->badges_box, tile);
      gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);
    }
}

static void
refresh (HearthProgressPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GArray) skips = NULL;
  g_autoptr(GError) error = NULL;
  gint64 today;

  if (self->store == NULL || self->profile == NULL)
    return;

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  today = local_day_of (now);
  skips = hearth_store_list_skip_days (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (skips == NULL)
    {
      g_warning ("Could not read the skip days: %s", error->message);
      skips = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  refresh_streaks (self, skips, today);
  refresh_badges (self, today);
  refresh_skip_days (self, skips);
}

/* progress.mark-skip-day: the day of the date button, with the reason typed. */
static void
mark_skip_day_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HearthProgressPage *self = HEARTH_PROGRESS_PAGE (widget);
  g_autoptr(GDateTime) date = hearth_gui_date_button_get_date (self->skip_date_button);
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->skip_reason_entry))));
  g_autoptr(GError) error = NULL;

  if (!hearth_store_mark_skip_day (self->store, hearth_profile_get_uuid (self->profile), day_of_date (date),
                                   reason[0] != '\0' ? reason : NULL, &error))
    {
      /* What was typed stays. */
      gtk_label_set_text (self->skip_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->skip_error_label), TRUE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->skip_error_label), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->skip_reason_entry), "");
}

/* progress.unmark-skip-day (x: the day): the mark taken back. */
static void
unmark_skip_day_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HearthProgressPage *self = HEARTH_PROGRESS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_store_unmark_skip_day (self->store, hearth_profile_get_uuid (self->profile),
                                     g_variant_get_int64 (param), &error))
    {
      gtk_label_set_text (self->skip_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->skip_error_label), TRUE);
    }
}

static void
on_skip_reason_entry_activate_cb (HearthProgressPage *self,
                                  GtkEntry           *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "progress.mark-skip-day", NULL);
}

static void
on_store_readings_changed_cb (HearthProgressPage *self,
                              const char         *profile_uuid,
                              HearthStore        *store)
{
  if (profile_uuid == NULL || g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0)
    refresh (self);
}

static void
on_store_profiles_changed_cb (HearthProgressPage *self,
                              HearthStore        *store)
{
  refresh (self);
}

GtkWidget *
hearth_progress_page_new (HearthStore   *store,
                          HearthProfile *profile)
{
  HearthProgressPage *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  self = g_object_new (HEARTH_TYPE_PROGRESS_PAGE, NULL);
  self->store = g_object_ref (store);
  self->profile = g_object_ref (profile);
  {
    g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (store));

    /* Today, in the journal's clock. */
    self->skip_date_button = hearth_gui_date_button_new (now);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->skip_date_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day to Skip"),
                                    -1);
    gtk_box_prepend (GTK_BOX (self->skip_form_fields), self->skip_date_button);
  }
  /* Nothing can be marked in a journal that cannot be changed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.mark-skip-day", !hearth_store_is_read_only (store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.unmark-skip-day", !hearth_store_is_read_only (store));
  gtk_widget_set_sensitive (GTK_WIDGET (self->skip_reason_entry), !hearth_store_is_read_only (store));
  g_signal_connect_object (store, "readings-changed",
                           G_CALLBACK (on_store_readings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "profiles-changed",
                           G_CALLBACK (on_store_profiles_changed_cb),
                           self, G_CONNECT_SWAPPED);
  refresh (self);
  return GTK_WIDGET (self);
}

HearthProfile *
hearth_progress_page_get_profile (HearthProgressPage *self)
{
  g_return_val_if_fail (HEARTH_IS_PROGRESS_PAGE (self), NULL);

  return self->profile;
}

static void
hearth_progress_page_dispose (GObject *object)
{
  HearthProgressPage *self = HEARTH_PROGRESS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (hearth_progress_page_parent_class)->dispose (object);
}

static void
hearth_progress_page_class_init (HearthProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_progress_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, streaks_list);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, logging_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, logging_strength_label);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, skip_form_fields);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, skip_reason_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, skip_error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, skip_days_list);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, skip_button);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, badges_box);
  gtk_widget_class_bind_template_callback (widget_class, on_skip_reason_entry_activate_cb);

  gtk_widget_class_install_action (widget_class, "progress.mark-skip-day", NULL, mark_skip_day_action);
  gtk_widget_class_install_action (widget_class, "progress.unmark-skip-day", "x", unmark_skip_day_action);
}

static void
hearth_progress_page_init (HearthProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = hearth_gui_settings_new ();
}

GtkListBox *
_hearth_progress_page_get_streaks_list (HearthProgressPage *self)
{
  return self->streaks_list;
}

AdwActionRow *
_hearth_progress_page_get_logging_row (HearthProgressPage *self)
{
  return self->logging_row;
}

GtkLabel *
_hearth_progress_page_get_logging_strength (HearthProgressPage *self)
{
  return self->logging_strength_label;
}

GtkWidget *
_hearth_progress_page_get_skip_date_button (HearthProgressPage *self)
{
  return self->skip_date_button;
}

GtkEntry *
_hearth_progress_page_get_skip_reason_entry (HearthProgressPage *self)
{
  return self->skip_reason_entry;
}

GtkListBox *
_hearth_progress_page_get_skip_days_list (HearthProgressPage *self)
{
  return self->skip_days_list;
}

GtkLabel *
_hearth_progress_page_get_skip_error_label (HearthProgressPage *self)
{
  return self->skip_error_label;
}

GtkWidget *
_hearth_progress_page_get_skip_button (HearthProgressPage *self)
{
  return self->skip_button;
}

GtkFlowBox *
_hearth_progress_page_get_badges_box (HearthProgressPage *self)
{
  return self->badges_box;
}
