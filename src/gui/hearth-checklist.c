/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-checklist"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-checklist-private.h"

struct _HearthChecklist
{
  AdwBin            parent_instance;

  HearthStore      *store;
  HearthProfile    *profile;
  char             *loaded_uuid;  /* whose steps @last holds; NULL: none yet */
  HearthFirstSteps  last;
  guint             celebrated;   /* bit per step celebrated for loaded_uuid */

  GtkButton        *dismiss_button;
  AdwActionRow     *goal_row;
  AdwActionRow     *reading_row;
  AdwActionRow     *more_row;
  GtkCheckButton   *goal_check;
  GtkCheckButton   *reading_check;
  GtkCheckButton   *more_check;
  GtkWidget        *goal_button;
  GtkWidget        *reading_button;
  GtkWidget        *more_buttons;
};

G_DEFINE_FINAL_TYPE (HearthChecklist, hearth_checklist, ADW_TYPE_BIN)

enum {
  STEP_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
hearth_checklist_new (void)
{
  return g_object_new (HEARTH_TYPE_CHECKLIST, NULL);
}

char *
hearth_checklist_describe_step_done (HearthFirstStep step,
                                     guint           n_done)
{
  const char *what;

  g_return_val_if_fail ((guint) step < HEARTH_N_FIRST_STEPS, NULL);

  switch (step)
    {
    case HEARTH_FIRST_STEP_SET_GOAL:
      what = _("First goal set");
      break;
    case HEARTH_FIRST_STEP_FIRST_READING:
      what = _("First reading logged");
      break;
    case HEARTH_FIRST_STEP_ONE_MORE_LOG:
    case HEARTH_N_FIRST_STEPS:
    default:
      what = _("One more kind of log tried");
      break;
    }

  if (n_done >= HEARTH_N_FIRST_STEPS)
    /* Translators: %s is what was done first, "First reading logged" */
    return g_strdup_printf (_("%s — all first steps done. Well done!"), what);

  /* Translators: "First reading logged — 2 of 3 first steps done" */
  return g_strdup_printf (_("%s — %u of %u first steps done"), what, n_done, (guint) HEARTH_N_FIRST_STEPS);
}

/* "Done today", "Done yesterday", "Done on 3 March". */
static char *
describe_day (HearthChecklist *self,
              gint64           day)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autoptr(GDateTime) noon = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  /* GDate's Julian day 1 is 1 January of year 1; 1970-01-01 is 719163. */
  if (day == (gint64) g_date_get_julian (&today) - 719163)
    return g_strdup (_("Done today"));
  if (day == (gint64) g_date_get_julian (&today) - 719163 - 1)
    return g_strdup (_("Done yesterday"));

  noon = g_date_time_new_from_unix_utc (day * 86400 + 12 * 3600);
  if (noon == NULL)
    return g_strdup (_("Done"));
  /* Translators: a day a first step was done; strftime format, "Done on 3 March" */
  return g_date_time_format (noon, _("Done on %-d %B"));
}

static void
show_step (HearthChecklist  *self,
           AdwActionRow     *row,
           GtkCheckButton   *check,
           GtkWidget        *button,
           const HearthFirstStepState *state,
           const char       *todo)
{
  g_autofree char *done = state->done ? describe_day (self, state->day) : NULL;

  gtk_check_button_set_active (check, state->done);
  adw_action_row_set_subtitle (row, done != NULL ? done : todo);
  gtk_widget_set_visible (button, !state->done);
  if (state->done)
    gtk_widget_add_css_class (GTK_WIDGET (row), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "dim-label");
}

static void
refresh (HearthChecklist *self)
{
  HearthFirstSteps steps;
  g_autoptr(GError) error = NULL;
  const char *uuid;
  gboolean same_member;
  gboolean was_shown;

  if (self->store == NULL || self->profile == NULL ||
      !hearth_store_get_checklist (self->store, hearth_profile_get_uuid (self->profile), &steps, &error))
    {
      if (error != NULL && !g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not read the first-week checklist: %s", error->message);
      g_clear_pointer (&self->loaded_uuid, g_free);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  uuid = hearth_profile_get_uuid (self->profile);
  same_member = g_strcmp0 (self->loaded_uuid, uuid) == 0;
  was_shown = same_member && hearth_first_steps_is_shown (&self->last);

  show_step (self, self->goal_row, self->goal_check, self->goal_button,
             &steps.steps[HEARTH_FIRST_STEP_SET_GOAL],
             _("A small target you can reach this week"));
  show_step (self, self->reading_row, self->reading_check, self->reading_button,
             &steps.steps[HEARTH_FIRST_STEP_FIRST_READING],
             _("Blood pressure, weight, glucose or any other vital"));
  show_step (self, self->more_row, self->more_check, self->more_buttons,
             &steps.steps[HEARTH_FIRST_STEP_ONE_MORE_LOG],
             _("A meal, a workout or a dose taken"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->dismiss_button), !hearth_store_is_read_only (self->store));
  gtk_widget_set_visible (GTK_WIDGET (self), hearth_first_steps_is_shown (&steps));

  /* Each first is celebrated once, as it happens, while the checklist
   * shows: not when another member is shown, not after Dismiss. */
  if (!same_member)
    self->celebrated = 0;
  if (was_shown && steps.dismissed_at == 0)
    {
      for (guint i = 0; i < HEARTH_N_FIRST_STEPS; i++)
        {
          /* Once: an undo and a redo are no new first. */
          if (steps.steps[i].done && !self->last.steps[i].done && !(self->celebrated & (1u << i)))
            {
              self->celebrated |= 1u << i;
              g_signal_emit (self, signals[STEP_DONE], 0, (HearthFirstStep) i, steps.n_done);
            }
        }
    }

  self->last = steps;
  if (!same_member)
    {
      g_free (self->loaded_uuid);
      self->loaded_uuid = g_strdup (uuid);
    }
}

static void
on_store_readings_changed_cb (HearthChecklist *self,
                              const char      *profile_uuid,
                              HearthStore     *store)
{
  if (self->profile != NULL &&
      (profile_uuid == NULL || g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0))
    refresh (self);
}

static void
on_store_profiles_changed_cb (HearthChecklist *self,
                              HearthStore     *store)
{
  if (self->profile != NULL)
    refresh (self);
}

void
hearth_checklist_set_member (HearthChecklist *self,
                             HearthStore     *store,
                             HearthProfile   *profile)
{
  g_return_if_fail (HEARTH_IS_CHECKLIST (self));
  g_return_if_fail (!store || HEARTH_IS_STORE (store));
  g_return_if_fail (!profile || HEARTH_IS_PROFILE (profile));

  if (self->store != store)
    {
      if (self->store != NULL)
        {
          g_signal_handlers_disconnect_by_func (self->store, on_store_readings_changed_cb, self);
          g_signal_handlers_disconnect_by_func (self->store, on_store_profiles_changed_cb, self);
        }
      g_set_object (&self->store, store);
      if (store != NULL)
        {
          g_signal_connect_object (store, "readings-changed",
                                   G_CALLBACK (on_store_readings_changed_cb),
                                   self, G_CONNECT_SWAPPED);
          g_signal_connect_object (store, "profiles-changed",
                                   G_CALLBACK (on_store_profiles_changed_cb),
                                   self, G_CONNECT_SWAPPED);
        }
    }
  g_set_object (&self->profile, profile);
  refresh (self);
}

static void
on_dismiss_button_clicked_cb (HearthChecklist *self,
                              GtkButton       *button)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->profile == NULL)
    return;

  /* profiles-changed hides it. */
  if (!hearth_store_dismiss_checklist (self->store, hearth_profile_get_uuid (self->profile), &error))
    g_warning ("Could not dismiss the checklist: %s", error->message);
}

static void
hearth_checklist_dispose (GObject *object)
{
  HearthChecklist *self = HEARTH_CHECKLIST (object);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_readings_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->store, on_store_profiles_changed_cb, self);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CHECKLIST);

  G_OBJECT_CLASS (hearth_checklist_parent_class)->dispose (object);
}

static void
hearth_checklist_finalize (GObject *object)
{
  HearthChecklist *self = HEARTH_CHECKLIST (object);

  g_clear_pointer (&self->loaded_uuid, g_free);

  G_OBJECT_CLASS (hearth_checklist_parent_class)->finalize (object);
}

static void
hearth_checklist_class_init (HearthChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_checklist_dispose;
  object_class->finalize = hearth_checklist_finalize;

  signals[STEP_DONE] =
    g_signal_new ("step-done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-checklist.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, goal_row);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, reading_row);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, more_row);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, goal_check);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, reading_check);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, more_check);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, goal_button);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, reading_button);
  gtk_widget_class_bind_template_child (widget_class, HearthChecklist, more_buttons);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_button_clicked_cb);
}

static void
hearth_checklist_init (HearthChecklist *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwActionRow *
_hearth_checklist_get_row (HearthChecklist *self,
                           HearthFirstStep  step)
{
  AdwActionRow *rows[] = { self->goal_row, self->reading_row, self->more_row };

  g_assert ((guint) step < G_N_ELEMENTS (rows));
  return rows[step];
}

GtkCheckButton *
_hearth_checklist_get_check (HearthChecklist *self,
                             HearthFirstStep  step)
{
  GtkCheckButton *checks[] = { self->goal_check, self->reading_check, self->more_check };

  g_assert ((guint) step < G_N_ELEMENTS (checks));
  return checks[step];
}

GtkWidget *
_hearth_checklist_get_step_button (HearthChecklist *self,
                                   HearthFirstStep  step)
{
  GtkWidget *buttons[] = { self->goal_button, self->reading_button, self->more_buttons };

  g_assert ((guint) step < G_N_ELEMENTS (buttons));
  return buttons[step];
}

GtkButton *
_hearth_checklist_get_dismiss_button (HearthChecklist *self)
{
  return self->dismiss_button;
}
