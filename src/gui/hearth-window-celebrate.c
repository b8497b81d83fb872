/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-application-private.h"
#include "hearth-celebrations.h"
#include "hearth-gui-util.h"
#include "hearth-window-private.h"
#include "hearth-window-state-private.h"

/* Celebrations shown by the window: hearth-celebrations.h says when.
 * After every change to a member's entries ("readings-changed": readings,
 * meals, workouts, doses, goals, skip days) the window brings the member's
 * badges up to date (hearth_store_update_badges(), incremental) and
 * celebrates the ones not celebrated yet, once each: a badge shown is
 * marked celebrated in the journal; one held back by a severe reading
 * stays to celebrate, and comes with the next change after the alert. */

int
_hearth_window_celebrate_as (HearthWindow  *self,
                             gboolean       focused,
                             HearthProfile *profile,
                             const char    *id,
                             const char    *title,
                             const char    *body)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  HearthCelebrationWay way;
  gboolean severe;
  gboolean severe_today = FALSE;

  g_assert (HEARTH_IS_WINDOW (self));
  g_assert (HEARTH_IS_PROFILE (profile));
  g_assert (id != NULL && title != NULL);

  /* A locked member's news names them and their progress: it waits. */
  if (hearth_window_member_is_locked (self, hearth_profile_get_uuid (profile)))
    return HEARTH_CELEBRATION_WAIT;

  settings = hearth_gui_settings_new ();
  now = hearth_clock_now (hearth_store_get_clock (self->store));
  severe = hearth_gui_member_has_severe_alert (self->store, profile, settings, now);
  if (!hearth_store_has_severe_alert (self->store, hearth_profile_get_uuid (profile), hearth_gui_local_day (now),
                                      &severe_today, &error))
    {
      g_warning ("Could not read today's readings: %s", error->message);
      severe_today = TRUE;   /* unknown: no celebration */
    }
  severe = severe || severe_today;
  way = hearth_celebration_choose (focused, severe);

  if (way == HEARTH_CELEBRATION_TOAST)
    /* The window's one celebration toast: never a queue of them, never in
     * front of a change's own toast with its Undo. */
    hearth_window_celebrate (self, title);
  else if (way == HEARTH_CELEBRATION_NOTIFICATION)
    {
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
      g_autoptr(GNotification) notification = g_notification_new (title);

      if (body != NULL)
        g_notification_set_body (notification, body);
      if (HEARTH_IS_APPLICATION (application))
        _hearth_application_send_notification (HEARTH_APPLICATION (application), id, notification, title, body);
    }

  return way;
}

/* The person is looking at Hearth: this window, or one of the app's
 * windows over it (a dialog), has the focus. */
static gboolean
has_focus (HearthWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (gtk_window_is_active (GTK_WINDOW (self)))
    return TRUE;
  if (application == NULL)
    return FALSE;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (gtk_window_is_active (l->data))
      return TRUE;

  return FALSE;
}

int
hearth_window_celebrate_member (HearthWindow  *self,
                                HearthProfile *profile,
                                const char    *id,
                                const char    *title,
                                const char    *body)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), HEARTH_CELEBRATION_WAIT);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), HEARTH_CELEBRATION_WAIT);
  g_return_val_if_fail (id != NULL && title != NULL, HEARTH_CELEBRATION_WAIT);

  return _hearth_window_celebrate_as (self, has_focus (self), profile, id, title, body);
}


static HearthProfile *
find_profile (HearthWindow *self,
              const char   *uuid)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      if (g_strcmp0 (hearth_profile_get_uuid (profile), uuid) == 0)
        return g_steal_pointer (&profile);
    }

  return NULL;
}

/* A target goal's weekly milestones: one passed since the window last
 * looked is celebrated ("Ann reached week 3 of …"). What was passed when
 * the window first sees a goal is only noted, so each milestone is
 * celebrated once per run of the app, when it is passed; none for a plan
 * faster than 1 kg a week (PRODUCT.md: a warning, not a badge). */
static void
celebrate_milestones (HearthWindow     *self,
                      HearthProfile    *profile,
                      const HearthGoal *goal,
                      gint64            today)
{
  g_auto(HearthGoalProgress) progress = { 0 };
  g_autoptr(GError) error = NULL;
  gpointer seen;

  if (goal->kind != HEARTH_GOAL_KIND_TARGET)
    return;
  if (!hearth_store_get_goal_progress (self->store, goal, today, &progress, &error))
    {
      g_warning ("Could not read a goal's progress: %s", error->message);
      return;
    }

  if (self->milestones_seen == NULL)
    self->milestones_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (self->milestones_seen, goal->uuid, NULL, &seen) &&
      progress.milestones_passed > GPOINTER_TO_UINT (seen) && !progress.too_fast)
    {
      g_autofree char *what = hearth_goal_describe (goal);
      g_autofree char *id = g_strdup_printf ("milestone-%s", goal->uuid);
      g_autofree char *title = NULL;

      /* Translators: a celebration; the member's name, the week's number, then the goal */
      title = g_strdup_printf (_("%s reached the milestone of week %u: %s"), hearth_profile_get_name (profile),
                               progress.milestones_passed, what);
      hearth_window_celebrate_member (self, profile, id, title, NULL);
    }
  g_hash_table_replace (self->milestones_seen, g_strdup (goal->uuid), GUINT_TO_POINTER (progress.milestones_passed));
}

/* Target goals the data has now reached are recorded (their reached
 * day, once) and celebrated: "Ann reached a goal: Weight 68.0 kg by …".
 * A goal reached beside a severe reading is recorded, not celebrated.
 * TRUE when a goal was celebrated. */
static gboolean
celebrate_goals (HearthWindow  *self,
                 HearthProfile *profile,
                 gint64         today)
{
  const char *uuid = hearth_profile_get_uuid (profile);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reached = 0;
  gboolean celebrated = FALSE;

  before = hearth_store_list_goals (self->store, uuid, &error);
  if (before == NULL)
    {
      g_warning ("Could not read the goals: %s", error->message);
      return FALSE;
    }
  if (!hearth_store_record_goals_reached (self->store, uuid, today, &n_reached, &error))
    {
      g_warning ("Could not record the goals reached: %s", error->message);
      return FALSE;
    }
  after = hearth_store_list_goals (self->store, uuid, &error);
  if (after == NULL)
    {
      g_warning ("Could not read the goals: %s", error->message);
      return FALSE;
    }
  for (guint i = 0; i < after->len; i++)
    {
      const HearthGoal *goal = g_ptr_array_index (after, i);
      gboolean was_reached = TRUE;

      if (!hearth_goal_is_reached (goal))
        {
          celebrate_milestones (self, profile, goal, today);
          continue;
        }
      for (guint k = 0; k < before->len; k++)
        {
          const HearthGoal *old = g_ptr_array_index (before, k);

          if (g_strcmp0 (old->uuid, goal->uuid) == 0)
            was_reached = hearth_goal_is_reached (old);
        }
      if (!was_reached && n_reached > 0)
        {
          g_autofree char *what = hearth_goal_describe (goal);
          g_autofree char *id = g_strdup_printf ("goal-%s", goal->uuid);
          g_autofree char *title = NULL;

          /* Translators: a celebration; %s is the member's name, then the goal */
          title = g_strdup_printf (_("%s reached a goal: %s"), hearth_profile_get_name (profile), what);
          celebrated |= hearth_window_celebrate_member (self, profile, id, title, NULL) != HEARTH_CELEBRATION_WAIT;
        }
    }
  return celebrated;
}

/* The member's badges brought up to date and the new ones celebrated;
 * with @goal_celebrated, the goal-reached badge goes with that goal's
 * celebration (marked celebrated, not said twice). */
static void
celebrate_badges (HearthWindow  *self,
                  HearthProfile *profile,
                  gboolean       goal_celebrated)
{
  const char *uuid = hearth_profile_get_uuid (profile);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  HearthBadgeOptions options;
  gint64 today = hearth_gui_local_day (now);

  hearth_gui_badge_options_from_settings (self->settings, &options);
  /* The signal does not say which day changed: the incremental update
   * from today (about 1 ms) covers entries of today and runs reaching
   * today; the Progress page evaluates the whole history when it opens
   * (a backdated entry mending an old run), and what that stores is
   * celebrated with the next change. */
  if (!hearth_store_update_badges (self->store, uuid, today, &options, HEARTH_BADGE_SOURCE_ALL, today, NULL, &error))
    {
      g_warning ("Could not bring the badges up to date: %s", error->message);
      return;
    }

  pending = hearth_store_list_badges_to_celebrate (self->store, uuid, today, &error);
  if (pending == NULL)
    {
      g_warning ("Could not read the badges to celebrate: %s", error->message);
      return;
    }

  for (guint i = 0; i < pending->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (pending, i);
      g_autofree char *id = g_strdup_printf ("badge-%s-%s", uuid, def->id);
      g_autofree char *title = NULL;

      if (goal_celebrated && g_str_equal (def->id, "goal-reached"))
        {
          g_ptr_array_add (shown, g_strdup (def->id));
          continue;
        }
      /* Translators: a celebration; %s is the member's name, then the badge's title */
      title = g_strdup_printf (_("%s earned a badge: %s"), hearth_profile_get_name (profile),
                               hearth_badge_def_get_title (def));
      if (hearth_window_celebrate_member (self, profile, id, title, hearth_badge_def_get_description (def))
          == HEARTH_CELEBRATION_WAIT)
        return;   /* a severe reading: all of them wait */
      g_ptr_array_add (shown, g_strdup (def->id));
    }

  if (shown->len > 0)
    {
      g_ptr_array_add (shown, NULL);
      if (!hearth_store_mark_badges_celebrated (self->store, uuid, (const char * const *) shown->pdata, &error))
        g_warning ("Could not mark the badges celebrated: %s", error->message);
    }
}

static void
on_store_readings_changed_cb (HearthWindow *self,
                              const char   *profile_uuid,
                              HearthStore  *store)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);

  /* A journal that cannot change stores no badge and celebrates none. */
  if (hearth_store_is_read_only (self->store))
    return;

  if (profile_uuid != NULL)
    {
      g_autoptr(HearthProfile) profile = find_profile (self, profile_uuid);

      if (profile != NULL)
        {
          g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));

          /* Goals first: the goal-reached badge reads their reached days. */
          gboolean goal = celebrate_goals (self, profile, hearth_gui_local_day (now));

          celebrate_badges (self, profile, goal);
        }
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      celebrate_badges (self, profile, FALSE);
    }
}

/* From the window's constructed(): celebrations follow the store. */
void
_hearth_window_watch_celebrations (HearthWindow *self)
{
  g_signal_connect_object (self->store, "readings-changed",
                           G_CALLBACK (on_store_readings_changed_cb),
                           self, G_CONNECT_SWAPPED);
}
