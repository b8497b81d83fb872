/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-medication-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-button.h"
#include "hearth-gui-util.h"
#include "hearth-medication-dialog-private.h"
#include "hearth-store-medications.h"
#include "hearth-window.h"

/* The schedule combo's items, in HearthMedicationSchedule order. */

struct _HearthMedicationDialog
{
  AdwWindow              parent_instance;

  HearthStore           *store;
  HearthProfile         *profile;

  AdwActionRow          *rows[HEARTH_MEDICATION_N_FIELDS];
  GtkWidget             *widgets[HEARTH_MEDICATION_N_FIELDS];
  GtkToggleButton       *days[7];
  GtkWidget             *end_date;

  GtkWidget             *form_box;
  GtkLabel              *general_error;
  AdwPreferencesGroup   *main_group;
  AdwPreferencesGroup   *schedule_group;
};

G_DEFINE_FINAL_TYPE (HearthMedicationDialog, hearth_medication_dialog, ADW_TYPE_WINDOW)

/* Days since 1970-01-01 of the date a date button shows. */
static gint64
day_number (GtkWidget *date_button)
{
  g_autoptr(GDateTime) date = hearth_gui_date_button_get_date (date_button);
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (date), g_date_time_get_month (date),
                                         g_date_time_get_year (date));
  g_autoptr(GDate) epoch = g_date_new_dmy (1, G_DATE_JANUARY, 1970);

  return (gint64) g_date_get_julian (day) - (gint64) g_date_get_julian (epoch);
}

static char *
get_stripped (HearthMedicationDialog *self,
              HearthMedicationField   field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->widgets[field]))));
}

static void
show_field_error (HearthMedicationDialog *self,
                  HearthMedicationField   field,
                  const char             *message)
{
  GtkWidget *focus = self->widgets[field];

  hearth_gui_set_row_error (self->rows[field], GTK_IS_EDITABLE (focus) ? focus : NULL, message);
  if (field == HEARTH_MEDICATION_FIELD_DAYS)
    focus = GTK_WIDGET (self->days[0]);
  gtk_widget_grab_focus (focus);
}

static void
clear_errors (HearthMedicationDialog *self)
{
  for (guint f = 0; f < HEARTH_MEDICATION_N_FIELDS; f++)
    if (gtk_widget_has_css_class (GTK_WIDGET (self->rows[f]), "field-error"))
      hearth_gui_set_row_error (self->rows[f], GTK_IS_EDITABLE (self->widgets[f]) ? self->widgets[f] : NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static HearthMedicationSchedule
get_schedule (HearthMedicationDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->rows[HEARTH_MEDICATION_FIELD_SCHEDULE]));

  return selected <= HEARTH_MEDICATION_SCHEDULE_AS_NEEDED ? (HearthMedicationSchedule) selected
                                                          : HEARTH_MEDICATION_SCHEDULE_TIMES;
}

/* The rows the schedule uses, only. */
static void
update_schedule_rows (HearthMedicationDialog *self)
{
  HearthMedicationSchedule schedule = get_schedule (self);

  gtk_widget_set_visible (GTK_WIDGET (self->rows[HEARTH_MEDICATION_FIELD_TIMES]),
                          schedule != HEARTH_MEDICATION_SCHEDULE_AS_NEEDED);
  gtk_widget_set_visible (GTK_WIDGET (self->rows[HEARTH_MEDICATION_FIELD_DAYS]),
                          schedule == HEARTH_MEDICATION_SCHEDULE_TIMES);
  gtk_widget_set_visible (GTK_WIDGET (self->rows[HEARTH_MEDICATION_FIELD_INTERVAL]),
                          schedule == HEARTH_MEDICATION_SCHEDULE_INTERVAL);
}

static void
on_schedule_selected_cb (HearthMedicationDialog *self,
                         GParamSpec             *pspec,
                         AdwComboRow            *row)
{
  /* Being disposed: the fields go, nothing to follow. */
  if (self->store == NULL)
    return;
  update_schedule_rows (self);
}

static void
on_end_toggled_cb (HearthMedicationDialog *self,
                   GtkCheckButton         *check)
{
  /* Being disposed: the fields go, nothing to follow. */
  if (self->store == NULL)
    return;
  gtk_widget_set_sensitive (self->end_date, gtk_check_button_get_active (check));
}

static void
on_field_changed_cb (HearthMedicationDialog *self,
                     GtkEditable            *editable)
{
  /* Being disposed: the fields go, nothing to follow. */
  if (self->store == NULL)
    return;
  for (guint f = 0; f < HEARTH_MEDICATION_N_FIELDS; f++)
    if (self->widgets[f] == GTK_WIDGET (editable) &&
        gtk_widget_has_css_class (GTK_WIDGET (self->rows[f]), "field-error"))
      hearth_gui_set_row_error (self->rows[f], self->widgets[f], NULL);
}

static HearthMedicationField
field_of_error (int code)
{
  switch ((HearthMedicationError) code)
    {
    case HEARTH_MEDICATION_ERROR_NAME:
      return HEARTH_MEDICATION_FIELD_NAME;
    case HEARTH_MEDICATION_ERROR_STRENGTH:
      return HEARTH_MEDICATION_FIELD_STRENGTH;
    case HEARTH_MEDICATION_ERROR_FORM:
      return HEARTH_MEDICATION_FIELD_FORM;
    case HEARTH_MEDICATION_ERROR_TIMES:
      return HEARTH_MEDICATION_FIELD_TIMES;
    case HEARTH_MEDICATION_ERROR_DAYS:
      return HEARTH_MEDICATION_FIELD_DAYS;
    case HEARTH_MEDICATION_ERROR_INTERVAL:
      return HEARTH_MEDICATION_FIELD_INTERVAL;
    case HEARTH_MEDICATION_ERROR_DATES:
      return HEARTH_MEDICATION_FIELD_END;
    case HEARTH_MEDICATION_ERROR_INSTRUCTIONS:
      return HEARTH_MEDICATION_FIELD_INSTRUCTIONS;
    case HEARTH_MEDICATION_ERROR_DOSE_TIME:
    case HEARTH_MEDICATION_ERROR_NO_DOSE_DUE:
    default:
      return HEARTH_MEDICATION_N_FIELDS;
    }
}

void
_hearth_medication_dialog_save (HearthMedicationDialog *self)
{
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = get_stripped (self, HEARTH_MEDICATION_FIELD_NAME);
  g_autofree char *strength = get_stripped (self, HEARTH_MEDICATION_FIELD_STRENGTH);
  g_autofree char *form = get_stripped (self, HEARTH_MEDICATION_FIELD_FORM);
  g_autofree char *instructions = get_stripped (self, HEARTH_MEDICATION_FIELD_INSTRUCTIONS);
  HearthMedicationSchedule schedule = get_schedule (self);
  HearthMedicationField field;
  GtkWindow *parent;

  clear_errors (self);

  if (*name == '\0')
    {
      show_field_error (self, HEARTH_MEDICATION_FIELD_NAME, _("Enter the medication’s name."));
      return;
    }
  medication = hearth_medication_new (hearth_profile_get_uuid (self->profile), name,
                                      day_number (self->widgets[HEARTH_MEDICATION_FIELD_START]));
  medication->schedule = schedule;
  if (*strength != '\0')
    medication->strength = g_steal_pointer (&strength);
  if (*form != '\0')
    medication->form = g_steal_pointer (&form);
  if (*instructions != '\0')
    medication->instructions = g_steal_pointer (&instructions);

  if (schedule != HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
    {
      g_autofree char *times = get_stripped (self, HEARTH_MEDICATION_FIELD_TIMES);
      g_auto(GStrv) parts = g_strsplit_set (times, " ,;", -1);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;
      g_autofree char *joined = NULL;

      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_strv_builder_add (builder, parts[i]);
      kept = g_strv_builder_end (builder);
      joined = g_strjoinv (",", kept);
      if (*joined == '\0')
        {
          show_field_error (self, HEARTH_MEDICATION_FIELD_TIMES, _("Enter the times of day, such as 08:00, 20:00."));
          return;
        }
      if (!hearth_medication_set_times_text (medication, joined, &error))
        {
          show_field_error (self, HEARTH_MEDICATION_FIELD_TIMES, error->message);
          return;
        }
    }
  if (schedule == HEARTH_MEDICATION_SCHEDULE_TIMES)
    {
      medication->days_mask = 0;
      for (guint d = 0; d < 7; d++)
        if (gtk_toggle_button_get_active (self->days[d]))
          medication->days_mask |= 1u << d;
    }
  if (schedule == HEARTH_MEDICATION_SCHEDULE_INTERVAL)
    {
      g_autofree char *every = get_stripped (self, HEARTH_MEDICATION_FIELD_INTERVAL);
      guint64 n = 0;

      if (!g_ascii_string_to_unsigned (every, 10, 0, G_MAXUINT, &n, NULL))
        {
          show_field_error (self, HEARTH_MEDICATION_FIELD_INTERVAL, _("Every how many days: from 1 to 366."));
          return;
        }
      medication->interval_days = (guint) n;
    }
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->widgets[HEARTH_MEDICATION_FIELD_END])))
    medication->end_day = day_number (self->end_date);

  if (hearth_store_add_medication (self->store, medication, &error))
    {
      parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      if (HEARTH_IS_WINDOW (parent))
        hearth_window_record_change (HEARTH_WINDOW (parent), HEARTH_WINDOW_CHANGE_MEDICATION,
                                     medication->uuid, medication->name);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (error->domain == HEARTH_MEDICATION_ERROR)
    field = field_of_error (error->code);
  else if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS))
    field = HEARTH_MEDICATION_FIELD_NAME;
  else
    field = HEARTH_MEDICATION_N_FIELDS;

  if (field < HEARTH_MEDICATION_N_FIELDS)
    show_field_error (self, field, error->message);
  else
    {
      gtk_label_set_text (self->general_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
    }
}

static void
on_save_button_clicked_cb (HearthMedicationDialog *self,
                           GtkButton              *button)
{
  _hearth_medication_dialog_save (self);
}

/* Building the form ------------------------------------------------------- */

static AdwActionRow *
add_row (HearthMedicationDialog *self,
         AdwPreferencesGroup    *group,
         HearthMedicationField   field,
         const char             *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  self->rows[field] = ADW_ACTION_ROW (row);
  return ADW_ACTION_ROW (row);
}

static void
add_entry (HearthMedicationDialog *self,
           AdwPreferencesGroup    *group,
           HearthMedicationField   field,
           const char             *title,
           const char             *placeholder,
           int                     width_chars)
{
  AdwActionRow *row = add_row (self, group, field, title);
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (row, entry);
  adw_action_row_set_activatable_widget (row, entry);
  self->widgets[field] = entry;
}

static void
build_form (HearthMedicationDialog *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autoptr(GtkStringList) schedules = gtk_string_list_new (NULL);
  /* Translators: the days of the week on the schedule's toggles, two letters, Monday first */
  const char *day_names[7] = { N_("Mo"), N_("Tu"), N_("We"), N_("Th"), N_("Fr"), N_("Sa"), N_("Su") };
  const char *day_full_names[7] = { N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
                                    N_("Saturday"), N_("Sunday") };
  GtkWidget *combo;
  GtkWidget *box;
  GtkWidget *check;

  add_entry (self, self->main_group, HEARTH_MEDICATION_FIELD_NAME, _("Name"), NULL, 18);
  add_entry (self, self->main_group, HEARTH_MEDICATION_FIELD_STRENGTH, _("Strength"), _("500 mg"), 10);
  add_entry (self, self->main_group, HEARTH_MEDICATION_FIELD_FORM, _("Form"), _("tablet"), 10);
  add_entry (self, self->main_group, HEARTH_MEDICATION_FIELD_INSTRUCTIONS, _("Instructions"), _("with food"), 14);

  /* HearthMedicationSchedule order. */
  gtk_string_list_append (schedules, _("Times of day, on days of the week"));
  gtk_string_list_append (schedules, _("Times of day, every few days"));
  gtk_string_list_append (schedules, _("As needed"));
  combo = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("How often"));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (schedules));
  adw_preferences_group_add (self->schedule_group, combo);
  self->rows[HEARTH_MEDICATION_FIELD_SCHEDULE] = ADW_ACTION_ROW (combo);
  self->widgets[HEARTH_MEDICATION_FIELD_SCHEDULE] = combo;
  g_signal_connect_object (combo, "notify::selected", G_CALLBACK (on_schedule_selected_cb), self, G_CONNECT_SWAPPED);

  add_entry (self, self->schedule_group, HEARTH_MEDICATION_FIELD_TIMES, _("Times of day"), _("08:00, 20:00"), 14);

  add_row (self, self->schedule_group, HEARTH_MEDICATION_FIELD_DAYS, _("Days"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "linked");
  for (guint d = 0; d < 7; d++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(day_names[d]));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(day_full_names[d]), -1);
      gtk_box_append (GTK_BOX (box), toggle);
      self->days[d] = GTK_TOGGLE_BUTTON (toggle);
    }
  adw_action_row_add_suffix (self->rows[HEARTH_MEDICATION_FIELD_DAYS], box);
  /* The toggles take the Tab stops, not the row. */
  gtk_widget_set_focusable (GTK_WIDGET (self->rows[HEARTH_MEDICATION_FIELD_DAYS]), FALSE);
  self->widgets[HEARTH_MEDICATION_FIELD_DAYS] = box;

  add_entry (self, self->schedule_group, HEARTH_MEDICATION_FIELD_INTERVAL, _("Every how many days"), NULL, 4);
  gtk_editable_set_text (GTK_EDITABLE (self->widgets[HEARTH_MEDICATION_FIELD_INTERVAL]), "2");

  add_row (self, self->schedule_group, HEARTH_MEDICATION_FIELD_START, _("From"));
  self->widgets[HEARTH_MEDICATION_FIELD_START] = hearth_gui_date_button_new (now);
  adw_action_row_add_suffix (self->rows[HEARTH_MEDICATION_FIELD_START], self->widgets[HEARTH_MEDICATION_FIELD_START]);
  adw_action_row_set_activatable_widget (self->rows[HEARTH_MEDICATION_FIELD_START],
                                         self->widgets[HEARTH_MEDICATION_FIELD_START]);

  add_row (self, self->schedule_group, HEARTH_MEDICATION_FIELD_END, _("Until"));
  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Has an end date"), -1);
  self->end_date = hearth_gui_date_button_new (now);
  gtk_widget_set_sensitive (self->end_date, FALSE);
  /* The row's title names its check button; this is the date itself. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_date), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Last day"), -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_end_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (self->rows[HEARTH_MEDICATION_FIELD_END], check);
  adw_action_row_add_suffix (self->rows[HEARTH_MEDICATION_FIELD_END], self->end_date);
  adw_action_row_set_activatable_widget (self->rows[HEARTH_MEDICATION_FIELD_END], check);
  self->widgets[HEARTH_MEDICATION_FIELD_END] = check;

  update_schedule_rows (self);
  hearth_gui_drop_row_focus_stops (self->form_box);
  gtk_window_set_focus (GTK_WINDOW (self), self->widgets[HEARTH_MEDICATION_FIELD_NAME]);
}

HearthMedicationDialog *
hearth_medication_dialog_new (HearthStore   *store,
                              HearthProfile *profile)
{
  HearthMedicationDialog *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  self = g_object_new (HEARTH_TYPE_MEDICATION_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->profile = g_object_ref (profile);
  build_form (self);
  return self;
}

static void
hearth_medication_dialog_dispose (GObject *object)
{
  HearthMedicationDialog *self = HEARTH_MEDICATION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_MEDICATION_DIALOG);

  G_OBJECT_CLASS (hearth_medication_dialog_parent_class)->dispose (object);
}

static void
hearth_medication_dialog_class_init (HearthMedicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_medication_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-medication-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthMedicationDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, HearthMedicationDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthMedicationDialog, main_group);
  gtk_widget_class_bind_template_child (widget_class, HearthMedicationDialog, schedule_group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_medication_dialog_init (HearthMedicationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwActionRow *
_hearth_medication_dialog_get_row (HearthMedicationDialog *self,
                                   HearthMedicationField   field)
{
  g_assert (field < HEARTH_MEDICATION_N_FIELDS);

  return self->rows[field];
}

GtkWidget *
_hearth_medication_dialog_get_widget (HearthMedicationDialog *self,
                                      HearthMedicationField   field)
{
  g_assert (field < HEARTH_MEDICATION_N_FIELDS);

  return self->widgets[field];
}

GtkToggleButton *
_hearth_medication_dialog_get_day (HearthMedicationDialog *self,
                                   guint                   day)
{
  g_assert (day < 7);

  return self->days[day];
}

GtkWidget *
_hearth_medication_dialog_get_end_date (HearthMedicationDialog *self)
{
  return self->end_date;
}
