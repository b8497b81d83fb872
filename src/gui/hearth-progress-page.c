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
  GtkListBox    *goals_list;
  GSettings     *settings;
  gboolean       badges_evaluated;  /* the whole history, once */
  GtkListBox    *challenges_list;
  GtkWidget     *challenge_menu_button;
  gint64         today;             /* of the last refresh */
};

G_DEFINE_FINAL_TYPE (HearthProgressPage, hearth_progress_page, ADW_TYPE_BIN)

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

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* "Current: 3 days · Best: 12 days" (weeks for a weekly habit). */
static char *
format_streak (const HearthHabitStreak *streak)
{
  g_autofree char *current = NULL;
  g_autofree char *best = NULL;

  if (streak->cadence == HEARTH_GOAL_CADENCE_WEEKLY)
    {
      /* Translators: a weekly habit's streak length */
      current = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", streak->current), streak->current);
      best = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", streak->best), streak->best);
    }
  else
    {
      current = format_days (streak->current);
      best = format_days (streak->best);
    }
  /* Translators: a streak's current and best length, "Current: 3 days · Best: 12 days" */
  return g_strdup_printf (_("Current: %s · Best: %s"), current, best);
}

/* The logging streak and one row per habit and keep-in-range goal, each
 * with its strength (hearth_store_get_streaks(): the rules of
 * hearth-habits.h, as `hearth-cli streaks` prints them). */
static void
refresh_streaks (HearthProgressPage *self,
                 gint64              today)
{
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *strength = NULL;
  GtkWidget *row;

  /* The habits' rows after the logging one go; they are made again. */
  while ((row = gtk_widget_get_next_sibling (GTK_WIDGET (self->logging_row))) != NULL)
    gtk_list_box_remove (self->streaks_list, row);

  streaks = hearth_store_get_streaks (self->store, hearth_profile_get_uuid (self->profile), today, &error);
  if (streaks == NULL)
    {
      g_warning ("Could not read the streaks: %s", error->message);
      return;
    }

  /* Nothing ever logged: no run, no strength (a best of 0). */
  if (streaks->logging.best == 0 && streaks->logging.current == 0 && streaks->logging.strength == 0)
    {
      adw_action_row_set_subtitle (self->logging_row,
                                   _("Nothing logged yet: a reading, a meal, a workout or a dose taken starts your streak today."));
      gtk_label_set_text (self->logging_strength_label, "");
    }
  else
    {
      subtitle = format_streak (&streaks->logging);
      adw_action_row_set_subtitle (self->logging_row, subtitle);
      strength = format_strength (streaks->logging.strength);
      gtk_label_set_text (self->logging_strength_label, strength);
    }

  goals = hearth_store_list_goals (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (goals == NULL)
    {
      g_warning ("Could not read the goals: %s", error->message);
      return;
    }

  for (guint i = 0; i < streaks->habits->len; i++)
    {
      const HearthHabitStreak *habit = g_ptr_array_index (streaks->habits, i);
      g_autofree char *title = NULL;
      g_autofree char *habit_subtitle = NULL;
      g_autofree char *habit_strength = NULL;
      GtkWidget *label;

      for (guint k = 0; k < goals->len && title == NULL; k++)
        {
          const HearthGoal *goal = g_ptr_array_index (goals, k);

          if (g_strcmp0 (goal->uuid, habit->goal_uuid) == 0)
            title = hearth_goal_describe (goal);
        }
      if (title == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      habit_subtitle = format_streak (habit);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), habit_subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      habit_strength = format_strength (habit->strength);
      label = gtk_label_new (habit_strength);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->streaks_list, row);
    }
}

/* A value of @metric as shown: weight, pressure and glucose in the units of
 * Preferences; steps, minutes and milligrams as counts. */
static char *
format_goal_value (HearthProgressPage *self,
                   const char         *metric,
                   double              value)
{
  if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_WEIGHT) == 0)
    return hearth_units_format_weight (value, hearth_gui_settings_get_weight_unit (self->settings));
  if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_SYSTOLIC) == 0 || g_strcmp0 (metric, HEARTH_GOAL_METRIC_DIASTOLIC) == 0)
    return hearth_units_format_pressure (value, hearth_gui_settings_get_pressure_unit (self->settings));
  if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_GLUCOSE) == 0)
    return hearth_units_format_glucose (value, hearth_gui_settings_get_glucose_unit (self->settings));
  if (hearth_goal_metric_get_unit (metric)[0] != '\0')
    /* Translators: a goal's value and its unit, "7500 steps", "150 min" */
    return g_strdup_printf (_("%.0f %s"), value, hearth_goal_metric_get_unit_label (metric));
  return g_strdup_printf ("%.0f", value);
}

/* A target goal: its status, value, next milestone and pace needed; the
 * weekly milestones inside (passed ones checked); the pace warning. */
static GtkWidget *
create_target_goal_row (HearthProgressPage *self,
                        const HearthGoal   *goal,
                        gint64              today)
{
  g_auto(HearthGoalProgress) progress = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = hearth_goal_describe (goal);
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (!hearth_store_get_goal_progress (self->store, goal, today, &progress, &error))
    {
      g_warning ("Could not read a goal's progress: %s", error->message);
      return row;
    }

  g_string_append (subtitle, hearth_goal_status_get_label (progress.status));
  if (!isnan (progress.value))
    {
      g_autofree char *value = format_goal_value (self, goal->metric, progress.value);

      /* Translators: after a goal's status, the value it follows now */
      g_string_append_printf (subtitle, _(" · now %s"), value);
    }
  if (progress.status != HEARTH_GOAL_STATUS_REACHED && progress.milestones != NULL &&
      progress.next_milestone < progress.milestones->len)
    {
      const HearthGoalPoint *next = &g_array_index (progress.milestones, HearthGoalPoint, progress.next_milestone);
      g_autofree char *value = format_goal_value (self, goal->metric, next->value);
      g_autofree char *day = format_day (next->day);

      /* Translators: a goal's next weekly milestone, "next step 79.5 kg by Mon 16 Mar 2026" */
      g_string_append_printf (subtitle, _(" · next step %s by %s"), value, day);
    }
  if (progress.status != HEARTH_GOAL_STATUS_REACHED && !isnan (progress.pace_needed))
    {
      g_autofree char *pace = format_goal_value (self, goal->metric, fabs (progress.pace_needed));

      g_string_append_c (subtitle, '\n');
      /* Translators: the pace a goal needs, "0.4 kg a week" */
      g_string_append_printf (subtitle, _("Pace needed: %s a week"), pace);
    }
  if (progress.too_fast && progress.status != HEARTH_GOAL_STATUS_REACHED)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, _("Faster than 1 kg a week: a slower pace is safer and lasts, and earns no milestone badge."));
      gtk_widget_add_css_class (row, "pace-warning");
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);

  for (guint i = 0; progress.milestones != NULL && i < progress.milestones->len; i++)
    {
      const HearthGoalPoint *milestone = &g_array_index (progress.milestones, HearthGoalPoint, i);
      g_autofree char *value = format_goal_value (self, goal->metric, milestone->value);
      g_autofree char *day = format_day (milestone->day);
      g_autofree char *week = NULL;
      GtkWidget *step = adw_action_row_new ();

      /* Translators: a goal's weekly milestone, "Week 3 · 79.5 kg" */
      week = g_strdup_printf (_("Week %u · %s"), i + 1, value);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (step), week);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (step), day);
      if (i < progress.milestones_passed)
        {
          GtkWidget *check = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

          gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Passed"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (step), check);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), step);
    }

  return row;
}

/* A habit or keep-in-range goal: today's share done and the smaller step
 * the engine suggests after weeks without progress. */
static GtkWidget *
create_habit_goal_row (HearthProgressPage *self,
                       const HearthGoal   *goal,
                       gint64              today)
{
  g_autoptr(HearthGoalDays) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = hearth_goal_describe (goal);
  g_autofree char *smaller_text = NULL;
  g_autoptr(HearthGoal) smaller = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  days = hearth_store_get_goal_days (self->store, goal, today, &error);
  if (days == NULL)
    {
      g_warning ("Could not read a goal's days: %s", error->message);
      return row;
    }
  if (days->n_periods > 0)
    {
      double done = days->completion[days->n_periods - 1];
      gboolean weekly = days->cadence == HEARTH_GOAL_CADENCE_WEEKLY;

      if (days->skipped[days->n_periods - 1])
        g_string_append (subtitle, weekly ? _("This week: skipped") : _("Today: skipped"));
      else if (isnan (done))
        /* No evidence: a keep-in-range goal without a reading, no dose scheduled. */
        g_string_append (subtitle, weekly ? _("This week: nothing to count yet") : _("Today: nothing to count yet"));
      else if (done <= 0)
        g_string_append (subtitle, weekly ? _("This week: nothing yet") : _("Today: nothing yet"));
      else if (done >= 1)
        g_string_append (subtitle, weekly ? _("This week: done") : _("Today: done"));
      else
        /* Translators: a habit's share done so far, "Today: 62 % done" */
        g_string_append_printf (subtitle, weekly ? _("This week: %.0f %% done") : _("Today: %.0f %% done"),
                                done * 100);
    }

  smaller = hearth_store_suggest_smaller_step (self->store, goal, today, &smaller_text, &error);
  if (error != NULL)
    g_warning ("Could not look for a smaller step: %s", error->message);
  else if (smaller_text != NULL)
    {
      if (subtitle->len > 0)
        g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, smaller_text);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  return row;
}

/* A challenge's check box for today: checking it checks in, unchecking
 * takes it back. */
static void
on_challenge_check_toggled_cb (HearthProgressPage *self,
                               GtkCheckButton     *check)
{
  const char *uuid = g_object_get_data (G_OBJECT (check), "hearth-challenge");
  gboolean active = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (active)
    ok = hearth_store_check_in_challenge (self->store, uuid, self->today, self->today, &error);
  else
    ok = hearth_store_undo_challenge_checkin (self->store, uuid, self->today, &error);
  if (!ok)
    g_warning ("Could not change today's check-in: %s", error->message);
}

/* The member's challenges, latest first: state, days checked, dates, and
 * today's check-in while one runs. */
static void
refresh_challenges (HearthProgressPage *self,
                    gint64              today)
{
  g_autoptr(GPtrArray) challenges = NULL;
  g_autoptr(GError) error = NULL;

  remove_all (self->challenges_list);
  challenges = hearth_store_list_challenges (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (challenges == NULL)
    {
      g_warning ("Could not read the challenges: %s", error->message);
      return;
    }

  if (challenges->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No challenges"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Start one with Start a Challenge: a few days or weeks with a daily check-in, such as 7 days without sugary drinks."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (self->challenges_list, row);
      return;
    }

  for (guint i = 0; i < challenges->len; i++)
    {
      const HearthChallenge *challenge = g_ptr_array_index (challenges, i);
      HearthChallengeState state = hearth_challenge_get_state (challenge, today);
      guint days = hearth_challenge_get_days (challenge);
      guint checked = hearth_challenge_get_checked (challenge);
      g_autofree char *start = format_day (challenge->start_day);
      g_autofree char *end = format_day (challenge->end_day);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_challenge_get_title (challenge));
      /* Translators: a challenge: its state, days checked in of its days, and its dates */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%s · %u of %u day · %s to %s",
                                               "%s · %u of %u days · %s to %s", days),
                                  hearth_challenge_state_get_name (state), checked, days, start, end);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);

      if (today >= challenge->start_day && today <= challenge->end_day)
        {
          GtkWidget *check = gtk_check_button_new_with_label (_("Done today"));
          g_autofree char *name = NULL;

          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), hearth_challenge_is_checked (challenge, today));
          g_object_set_data_full (G_OBJECT (check), "hearth-challenge", g_strdup (challenge->uuid), g_free);
          /* Translators: a challenge's check box, accessible name: "Done today: 7 days without sugary drinks" */
          name = g_strdup_printf (_("Done today: %s"), hearth_challenge_get_title (challenge));
          gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          gtk_widget_set_sensitive (check, !hearth_store_is_read_only (self->store));
          g_signal_connect_object (check, "toggled", G_CALLBACK (on_challenge_check_toggled_cb),
                                   self, G_CONNECT_SWAPPED);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
        }
      gtk_list_box_append (self->challenges_list, row);
    }
}

/* progress.start-challenge (s: a built-in challenge's id), from today. */
static void
start_challenge_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HearthProgressPage *self = HEARTH_PROGRESS_PAGE (widget);
  g_autoptr(HearthChallenge) challenge = NULL;
  g_autoptr(GError) error = NULL;

  challenge = hearth_challenge_new_from_template (hearth_profile_get_uuid (self->profile),
                                                  g_variant_get_string (param, NULL), self->today, &error);
  if (challenge == NULL || !hearth_store_add_challenge (self->store, challenge, self->today, &error))
    g_warning ("Could not start the challenge: %s", error->message);
}

/* The member's goals, oldest first, or what to do without one. */
static void
refresh_goals (HearthProgressPage *self,
               gint64              today)
{
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GError) error = NULL;

  remove_all (self->goals_list);
  goals = hearth_store_list_goals (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (goals == NULL)
    {
      g_warning ("Could not read the goals: %s", error->message);
      return;
    }

  if (goals->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No goals yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Set one with New Goal…: a weight by a date, 7 500 steps a day or blood pressure under your target. Its weekly steps show here."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (self->goals_list, row);
      return;
    }

  for (guint i = 0; i < goals->len; i++)
    {
      const HearthGoal *goal = g_ptr_array_index (goals, i);

      gtk_list_box_append (self->goals_list,
                           goal->kind == HEARTH_GOAL_KIND_TARGET ? create_target_goal_row (self, goal, today)
                                                                 : create_habit_goal_row (self, goal, today));
    }
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
 * (with their progress). Evaluating stores any badge the data has earned
 * meanwhile; the window celebrates it with the next change. */
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
  /* The whole history once, when the page opens (tens of ms for years of
   * entries), then from recent data after each change (about 1 ms). */
  if (!self->badges_evaluated)
    statuses = hearth_store_evaluate_badges (self->store, hearth_profile_get_uuid (self->profile), today,
                                             &options, &error);
  else
    statuses = hearth_store_get_badges (self->store, hearth_profile_get_uuid (self->profile), today,
                                        &options, &error);
  self->badges_evaluated = statuses != NULL;
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
  today = hearth_gui_local_day (now);
  self->today = today;
  skips = hearth_store_list_skip_days (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (skips == NULL)
    {
      g_warning ("Could not read the skip days: %s", error->message);
      skips = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  refresh_streaks (self, today);
  refresh_goals (self, today);
  refresh_challenges (self, today);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.start-challenge", !hearth_store_is_read_only (store));
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
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, challenges_list);
  gtk_widget_class_bind_template_child (widget_class, HearthProgressPage, challenge_menu_button);
  gtk_widget_class_install_action (widget_class, "progress.start-challenge", "s", start_challenge_action);
  gtk_widget_class_bind_template_callback (widget_class, on_skip_reason_entry_activate_cb);

  gtk_widget_class_install_action (widget_class, "progress.mark-skip-day", NULL, mark_skip_day_action);
  gtk_widget_class_install_action (widget_class, "progress.unmark-skip-day", "x", unmark_skip_day_action);
}

static void
hearth_progress_page_init (HearthProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = hearth_gui_settings_new ();

  /* The built-in challenges, each from today. */
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    guint n_templates = 0;
    const HearthChallengeTemplate *templates = hearth_challenge_get_templates (&n_templates);

    for (guint i = 0; i < n_templates; i++)
      {
        g_autoptr(GMenuItem) item = g_menu_item_new (hearth_challenge_template_get_title (&templates[i]), NULL);

        g_menu_item_set_action_and_target_value (item, "progress.start-challenge",
                                                 g_variant_new_string (templates[i].id));
        g_menu_append_item (menu, item);
      }
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->challenge_menu_button), G_MENU_MODEL (menu));
  }
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

GtkListBox *
_hearth_progress_page_get_goals_list (HearthProgressPage *self)
{
  return self->goals_list;
}

GtkListBox *
_hearth_progress_page_get_challenges_list (HearthProgressPage *self)
{
  return self->challenges_list;
}
