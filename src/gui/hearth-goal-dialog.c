/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-goal-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-celebrations.h"
#include "hearth-date-button.h"
#include "hearth-diet-util.h"
#include "hearth-goal-dialog-private.h"
#include "hearth-gui-util.h"

/* A target goal's default due day without a proposal: 12 weeks on. */
#define DEFAULT_DUE_DAYS (12 * 7)

typedef struct
{
  const char     *metric;
  HearthGoalKind  kind;
} Choice;

struct _HearthGoalDialog
{
  AdwWindow      parent_instance;

  HearthStore   *store;
  HearthProfile *profile;
  GSettings     *settings;
  gint64         today;
  GArray        *choices;     /* Choice, the combo row's order */
  GPtrArray     *proposals;   /* HearthGoalProposal for the member today */

  GtkLabel      *general_error;
  AdwComboRow   *what_row;
  AdwActionRow  *target_row;
  GtkEntry      *target_entry;
  GtkLabel      *unit_label;
  AdwActionRow  *due_row;
  GtkWidget     *due_button;
  GtkLabel      *proposal_label;
};

G_DEFINE_FINAL_TYPE (HearthGoalDialog, hearth_goal_dialog, ADW_TYPE_WINDOW)

static const Choice *
get_choice (HearthGoalDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->what_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->choices->len)
    return NULL;
  return &g_array_index (self->choices, Choice, selected);
}

static gboolean
is_metric (const char *metric,
           const char *other)
{
  return g_strcmp0 (metric, other) == 0;
}

/* The unit a target of @metric is typed in. */
static const char *
get_unit (HearthGoalDialog *self,
          const char       *metric)
{
  if (is_metric (metric, HEARTH_GOAL_METRIC_WEIGHT))
    return hearth_units_weight_symbol (hearth_gui_settings_get_weight_unit (self->settings));
  if (is_metric (metric, HEARTH_GOAL_METRIC_SYSTOLIC) || is_metric (metric, HEARTH_GOAL_METRIC_DIASTOLIC))
    return hearth_units_pressure_symbol (hearth_gui_settings_get_pressure_unit (self->settings));
  if (is_metric (metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
    return "%";
  if (is_metric (metric, HEARTH_GOAL_METRIC_BP_READINGS))
    /* Translators: the unit of the blood pressure habit's target: 1 or 2 readings a day */
    return _("a day (1: morning or evening, 2: both)");
  return hearth_goal_metric_get_unit_label (metric);
}

/* @value (canonical unit) as it is typed. */
static char *
format_target (HearthGoalDialog *self,
               const char       *metric,
               double            value)
{
  if (is_metric (metric, HEARTH_GOAL_METRIC_WEIGHT))
    return hearth_units_format_weight_value (value, hearth_gui_settings_get_weight_unit (self->settings));
  if (is_metric (metric, HEARTH_GOAL_METRIC_SYSTOLIC) || is_metric (metric, HEARTH_GOAL_METRIC_DIASTOLIC))
    return hearth_units_format_pressure_value (value, hearth_gui_settings_get_pressure_unit (self->settings));
  if (is_metric (metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
    return hearth_diet_format_number (value * 100);
  return hearth_diet_format_number (value);
}

/* What was typed, in the metric's canonical unit; FALSE with a message
 * for under the field. */
static gboolean
parse_target (HearthGoalDialog  *self,
              const char        *metric,
              const char        *text,
              double            *value,
              GError           **error)
{
  if (*text == '\0')
    {
      g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TARGET, _("Enter a target."));
      return FALSE;
    }
  if (is_metric (metric, HEARTH_GOAL_METRIC_WEIGHT))
    return hearth_units_parse_weight (text, hearth_gui_settings_get_weight_unit (self->settings), value, error);
  if (is_metric (metric, HEARTH_GOAL_METRIC_SYSTOLIC) || is_metric (metric, HEARTH_GOAL_METRIC_DIASTOLIC))
    return hearth_units_parse_pressure (text, hearth_gui_settings_get_pressure_unit (self->settings), value, error);
  if (!hearth_diet_parse_number (text, FALSE, _("Enter a target."), value, error))
    return FALSE;
  if (is_metric (metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
    *value /= 100;
  return TRUE;
}

static GDateTime *
date_of_day (gint64 day)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_utc (1970, 1, 1, 0, 0, 0);

  return g_date_time_add_days (epoch, (int) CLAMP (day, -G_MAXINT, G_MAXINT));
}

static gint64
day_of_date (GDateTime *date)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (g_date_time_get_year (date),
                                                       g_date_time_get_month (date),
                                                       g_date_time_get_day_of_month (date), 0, 0, 0);

  return g_date_time_to_unix (midnight) / 86400;
}

static const HearthGoalProposal *
find_proposal (HearthGoalDialog *self,
               const Choice     *choice)
{
  for (guint i = 0; self->proposals != NULL && i < self->proposals->len; i++)
    {
      const HearthGoalProposal *proposal = g_ptr_array_index (self->proposals, i);

      if (is_metric (proposal->goal->metric, choice->metric) && proposal->goal->kind == choice->kind)
        return proposal;
    }
  return NULL;
}

static void
clear_errors (HearthGoalDialog *self)
{
  hearth_gui_set_row_error (self->target_row, GTK_WIDGET (self->target_entry), NULL);
  hearth_gui_set_row_error (self->due_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

/* The fields for the choice: its unit, a due day for target goals, and
 * the proposal's target and day with where they come from. */
static void
fill_choice (HearthGoalDialog *self)
{
  const Choice *choice = get_choice (self);
  const HearthGoalProposal *proposal;
  g_autoptr(GDateTime) due = NULL;

  if (choice == NULL)
    return;

  clear_errors (self);
  gtk_label_set_text (self->unit_label, get_unit (self, choice->metric));
  gtk_widget_set_visible (GTK_WIDGET (self->due_row), choice->kind == HEARTH_GOAL_KIND_TARGET);

  proposal = find_proposal (self, choice);
  if (proposal != NULL)
    {
      g_autofree char *target = format_target (self, choice->metric, proposal->goal->target);
      g_autofree char *text = NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->target_entry), target);
      due = date_of_day (proposal->goal->due_day != HEARTH_GOAL_NO_DAY ? proposal->goal->due_day
                                                                       : self->today + DEFAULT_DUE_DAYS);
      /* Translators: under the goal form: why this target, then where its number comes from */
      text = g_strdup_printf (_("Proposed: %s (%s)"), proposal->reason, proposal->source);
      gtk_label_set_text (self->proposal_label, text);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->target_entry), "");
      due = date_of_day (self->today + DEFAULT_DUE_DAYS);
      gtk_label_set_text (self->proposal_label, "");
    }
  hearth_gui_date_button_set_date (self->due_button, due);
  gtk_widget_set_visible (GTK_WIDGET (self->proposal_label), proposal != NULL);
}

static void
on_what_selected_cb (HearthGoalDialog *self,
                     GParamSpec       *pspec,
                     AdwComboRow      *row)
{
  /* Being disposed: the fields go, nothing to follow. */
  if (self->store == NULL)
    return;
  fill_choice (self);
}

static void
on_target_changed_cb (HearthGoalDialog *self,
                      GtkEditable      *editable)
{
  if (self->store == NULL)
    return;
  if (gtk_widget_has_css_class (GTK_WIDGET (self->target_row), "field-error"))
    hearth_gui_set_row_error (self->target_row, GTK_WIDGET (self->target_entry), NULL);
}

static void
show_error (HearthGoalDialog *self,
            const GError     *error)
{
  if (g_error_matches (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TARGET) ||
      error->domain != HEARTH_GOAL_ERROR)
    {
      /* Bad text (the units' parsers) or a target out of range. */
      hearth_gui_set_row_error (self->target_row, GTK_WIDGET (self->target_entry), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->target_entry));
    }
  else if (g_error_matches (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_DUE) ||
           g_error_matches (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_START))
    {
      hearth_gui_set_row_error (self->due_row, NULL, error->message);
      gtk_widget_grab_focus (self->due_button);
    }
  else
    {
      gtk_label_set_text (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
    }
}

/* The value the goal starts from: the member's latest for weight, the
 * 7-day average for blood pressure (what target goals follow). */
static double
get_current_value (HearthGoalDialog *self,
                   const char       *metric)
{
  g_auto(HearthGoalFacts) facts = { 0 };
  g_autoptr(GError) error = NULL;

  if (!hearth_store_get_goal_facts (self->store, hearth_profile_get_uuid (self->profile), self->today,
                                    hearth_gui_settings_get_bp_guideline (self->settings),
                                    hearth_gui_settings_get_bmi_cutoffs (self->settings), &facts, &error))
    return NAN;
  if (is_metric (metric, HEARTH_GOAL_METRIC_WEIGHT))
    return facts.weight_kg;
  if (is_metric (metric, HEARTH_GOAL_METRIC_SYSTOLIC))
    return facts.systolic_avg;
  if (is_metric (metric, HEARTH_GOAL_METRIC_DIASTOLIC))
    return facts.diastolic_avg;
  return NAN;
}

void
_hearth_goal_dialog_save (HearthGoalDialog *self)
{
  const Choice *choice = get_choice (self);
  g_autoptr(HearthGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double target;

  g_return_if_fail (HEARTH_IS_GOAL_DIALOG (self));

  clear_errors (self);
  if (choice == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->target_entry))));
  if (!parse_target (self, choice->metric, text, &target, &error))
    {
      show_error (self, error);
      return;
    }

  goal = hearth_goal_new (hearth_profile_get_uuid (self->profile), choice->kind, choice->metric, self->today);
  goal->target = target;
  if (choice->kind == HEARTH_GOAL_KIND_TARGET)
    {
      g_autoptr(GDateTime) due = hearth_gui_date_button_get_date (self->due_button);
      double current = get_current_value (self, choice->metric);

      goal->due_day = day_of_date (due);
      /* Toward the target from where the member is: down to it, or up. */
      if (!isnan (current))
        goal->comparison = target < current ? HEARTH_GOAL_AT_MOST : HEARTH_GOAL_AT_LEAST;
    }

  if (!hearth_store_add_goal (self->store, goal, &error))
    {
      show_error (self, error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_button_clicked_cb (HearthGoalDialog *self,
                           GtkButton        *button)
{
  _hearth_goal_dialog_save (self);
}

/* Every metric with each kind it takes: "Weight", "Systolic, by a date",
 * "Systolic, every reading" … */
static void
fill_choices (HearthGoalDialog *self)
{
  static const HearthGoalKind kinds[] = { HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_KIND_RANGE };
  const char * const *metrics = hearth_goal_metric_list ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint m = 0; metrics[m] != NULL; m++)
    {
      guint n_kinds = 0;

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        n_kinds += hearth_goal_metric_allows_kind (metrics[m], kinds[k]);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          Choice choice = { metrics[m], kinds[k] };
          const char *name = hearth_goal_metric_get_name (metrics[m]);
          g_autofree char *label = NULL;

          if (!hearth_goal_metric_allows_kind (metrics[m], kinds[k]))
            continue;
          if (n_kinds > 1 && kinds[k] == HEARTH_GOAL_KIND_TARGET)
            /* Translators: a goal's choice: a value by a date, "Systolic, by a date" */
            label = g_strdup_printf (_("%s, by a date"), name);
          else if (n_kinds > 1 && kinds[k] == HEARTH_GOAL_KIND_RANGE)
            /* Translators: a goal's choice: every reading in range, "Systolic, every reading" */
            label = g_strdup_printf (_("%s, every reading"), name);
          else
            label = g_strdup (name);
          gtk_string_list_append (names, label);
          g_array_append_val (self->choices, choice);
        }
    }

  adw_combo_row_set_model (self->what_row, G_LIST_MODEL (names));
}

HearthGoalDialog *
hearth_goal_dialog_new (HearthStore   *store,
                        HearthProfile *profile)
{
  HearthGoalDialog *self;
  g_autoptr(GDateTime) now = NULL;
  g_auto(HearthGoalFacts) facts = { 0 };
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  self = g_object_new (HEARTH_TYPE_GOAL_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->profile = g_object_ref (profile);
  now = hearth_clock_now (hearth_store_get_clock (store));
  self->today = hearth_gui_local_day (now);

  if (hearth_store_get_goal_facts (store, hearth_profile_get_uuid (profile), self->today,
                                   hearth_gui_settings_get_bp_guideline (self->settings),
                                   hearth_gui_settings_get_bmi_cutoffs (self->settings), &facts, &error))
    self->proposals = hearth_goal_propose (&facts, NULL, self->today);
  else
    g_warning ("Could not read what goals are proposed from: %s", error->message);

  self->due_button = hearth_gui_date_button_new (now);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due Day"),
                                  -1);
  adw_action_row_add_suffix (self->due_row, self->due_button);
  adw_action_row_set_activatable_widget (self->due_row, self->due_button);

  g_signal_handlers_block_by_func (self->what_row, on_what_selected_cb, self);
  fill_choices (self);
  g_signal_handlers_unblock_by_func (self->what_row, on_what_selected_cb, self);
  /* The member's first proposal (their main goal's) is where the form opens. */
  if (self->proposals != NULL && self->proposals->len > 0)
    {
      const HearthGoalProposal *first = g_ptr_array_index (self->proposals, 0);

      if (!_hearth_goal_dialog_select (self, first->goal->metric, first->goal->kind))
        fill_choice (self);
    }
  else
    fill_choice (self);

  /* The form opens on its first field, what the goal is about. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->what_row));
  return self;
}

static void
hearth_goal_dialog_dispose (GObject *object)
{
  HearthGoalDialog *self = HEARTH_GOAL_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_GOAL_DIALOG);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->choices, g_array_unref);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_goal_dialog_parent_class)->dispose (object);
}

static void
hearth_goal_dialog_class_init (HearthGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_goal_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-goal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, what_row);
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, target_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, unit_label);
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, HearthGoalDialog, proposal_label);
  gtk_widget_class_bind_template_callback (widget_class, on_what_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_goal_dialog_init (HearthGoalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
  self->choices = g_array_new (FALSE, FALSE, sizeof (Choice));
  /* The target row's value lives in its entry: Tab goes to the entry. */
  gtk_widget_set_focusable (GTK_WIDGET (self->target_row), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->due_row), FALSE);
}

AdwComboRow *
_hearth_goal_dialog_get_what_row (HearthGoalDialog *self)
{
  return self->what_row;
}

gboolean
_hearth_goal_dialog_select (HearthGoalDialog *self,
                            const char       *metric,
                            HearthGoalKind    kind)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      const Choice *choice = &g_array_index (self->choices, Choice, i);

      if (is_metric (choice->metric, metric) && choice->kind == kind)
        {
          if (adw_combo_row_get_selected (self->what_row) == i)
            fill_choice (self);
          else
            adw_combo_row_set_selected (self->what_row, i);
          return TRUE;
        }
    }
  return FALSE;
}

AdwActionRow *
_hearth_goal_dialog_get_target_row (HearthGoalDialog *self)
{
  return self->target_row;
}

GtkEntry *
_hearth_goal_dialog_get_target_entry (HearthGoalDialog *self)
{
  return self->target_entry;
}

AdwActionRow *
_hearth_goal_dialog_get_due_row (HearthGoalDialog *self)
{
  return self->due_row;
}

GtkWidget *
_hearth_goal_dialog_get_due_button (HearthGoalDialog *self)
{
  return self->due_button;
}

GtkLabel *
_hearth_goal_dialog_get_proposal_label (HearthGoalDialog *self)
{
  return self->proposal_label;
}
