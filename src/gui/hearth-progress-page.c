/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-progress-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-progress-page-private.h"

/* One member's progress: streaks and habit strength (PRODUCT.md,
 * "Streaks, habit strength"). Everything is read again from the store
 * when it says the member's entries changed: a streak is a few hundred
 * days at most per member, well inside a frame. */

struct _HearthProgressPage
{
  AdwBin         parent_instance;

  HearthStore   *store;
  HearthProfile *profile;

  GtkListBox    *streaks_list;
  AdwActionRow  *logging_row;
  GtkLabel      *logging_strength_label;
};

G_DEFINE_FINAL_TYPE (HearthProgressPage, hearth_progress_page, ADW_TYPE_BIN)

/* Days since 1970-01-01 of @when in its own offset. */
static gint64
local_day_of (GDateTime *when)
{
  return (gint64) floor ((g_date_time_to_unix (when) + g_date_time_get_utc_offset (when) / G_TIME_SPAN_SECOND)
                         / 86400.0);
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
 * an entry, from the first such day to @today (days after it are ignored). */
static double
compute_logging_strength (GArray *days,
                          gint64  today)
{
  g_autofree double *completion = NULL;
  gint64 first;
  gsize n;

  if (days->len == 0 || g_array_index (days, gint64, 0) > today)
    return 0;

  first = g_array_index (days, gint64, 0);
  n = (gsize) (today - first + 1);
  completion = g_new0 (double, n);
  for (guint i = 0; i < days->len; i++)
    {
      gint64 day = g_array_index (days, gint64, i);

      if (day <= today)
        completion[day - first] = 1;
    }

  return hearth_habit_strength (completion, NULL, (guint) MIN (n, G_MAXUINT), HEARTH_HABIT_HALF_LIFE_DAYS);
}

static void
refresh_streaks (HearthProgressPage *self,
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

  hearth_streak_compute ((const gint64 *) (gpointer) days->data, days->len, NULL, 0, today, &streak);
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
  strength = format_strength (compute_logging_strength (days, today));
  gtk_label_set_text (self->logging_strength_label, strength);
}

static void
refresh (HearthProgressPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  gint64 today;

  if (self->store == NULL || self->profile == NULL)
    return;

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  today = local_day_of (now);
  refresh_streaks (self, today);
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
}

static void
hearth_progress_page_init (HearthProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
