/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-reading-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-local-time.h"
#include "hearth-reading-dialog-state-private.h"


G_DEFINE_FINAL_TYPE (HearthReadingDialog, hearth_reading_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  PROP_READING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The field a kind's form starts on, and the one a second look checks. */
static const HearthReadingField first_field[] = {
  [HEARTH_READING_KIND_BLOOD_PRESSURE] = HEARTH_READING_FIELD_SYSTOLIC,
  [HEARTH_READING_KIND_WEIGHT] = HEARTH_READING_FIELD_WEIGHT,
  [HEARTH_READING_KIND_GLUCOSE] = HEARTH_READING_FIELD_GLUCOSE,
  [HEARTH_READING_KIND_HEART_RATE] = HEARTH_READING_FIELD_HEART_RATE,
  [HEARTH_READING_KIND_SPO2] = HEARTH_READING_FIELD_SPO2,
  [HEARTH_READING_KIND_TEMPERATURE] = HEARTH_READING_FIELD_TEMPERATURE,
  [HEARTH_READING_KIND_WAIST] = HEARTH_READING_FIELD_WAIST,
  [HEARTH_READING_KIND_BODY_FAT] = HEARTH_READING_FIELD_BODY_FAT_ONLY,
  [HEARTH_READING_KIND_SLEEP] = HEARTH_READING_FIELD_SLEEP_START,
  [HEARTH_READING_KIND_STEPS] = HEARTH_READING_FIELD_STEPS,
};

G_STATIC_ASSERT (G_N_ELEMENTS (first_field) == HEARTH_READING_KIND_LAST + 1);

HearthReadingDialog *
hearth_reading_dialog_new (HearthStore   *store,
                           HearthProfile *profile,
                           HearthReading *reading)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (!reading || HEARTH_IS_READING (reading), NULL);
  g_return_val_if_fail (!reading || hearth_gui_reading_kind_is_editable (hearth_reading_get_kind (reading)), NULL);

  return g_object_new (HEARTH_TYPE_READING_DIALOG,
                       "store", store,
                       "profile", profile,
                       "reading", reading,
                       NULL);
}

AdwActionRow *
_hearth_reading_dialog_get_row (HearthReadingDialog *self,
                                HearthReadingField   field)
{
  g_assert (field < HEARTH_READING_N_FIELDS);

  return self->rows[field];
}

GtkEditable *
_hearth_reading_dialog_get_entry (HearthReadingDialog *self,
                                  HearthReadingField   field)
{
  g_assert (field < HEARTH_READING_N_FIELDS);

  return GTK_EDITABLE (self->entries[field]);
}

AdwComboRow *
_hearth_reading_dialog_get_glucose_context_row (HearthReadingDialog *self)
{
  return self->context_row;
}

AdwComboRow *
_hearth_reading_dialog_get_quality_row (HearthReadingDialog *self)
{
  return self->quality_row;
}

AdwMessageDialog *
_hearth_reading_dialog_get_confirm_dialog (HearthReadingDialog *self)
{
  return self->confirm_dialog;
}

void
_hearth_reading_dialog_set_kind (HearthReadingDialog *self,
                                 HearthReadingKind    kind)
{
  g_assert (kind <= HEARTH_READING_KIND_LAST);

  /* The combo row drives the stack (on_kind_row_selected_cb). */
  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_stack_set_visible_child_name (self->kind_stack, hearth_reading_kind_to_string (kind));
}

void
hearth_reading_dialog_set_kind (HearthReadingDialog *self,
                                HearthReadingKind    kind)
{
  g_return_if_fail (HEARTH_IS_READING_DIALOG (self));
  g_return_if_fail (kind <= HEARTH_READING_KIND_LAST);

  if (self->reading != NULL)
    return;

  _hearth_reading_dialog_set_kind (self, kind);
}

void
_hearth_reading_dialog_set_when (HearthReadingDialog *self,
                                 int                  year,
                                 int                  month,
                                 int                  day,
                                 int                  hour,
                                 int                  minute)
{
  /* Noon UTC names the day whatever the zone; the calendar keeps only
   * the date. */
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, day, 12, 0, 0);

  g_assert (date != NULL);
  gtk_calendar_select_day (self->calendar, date);
  gtk_spin_button_set_value (self->hour_spin, hour);
  gtk_spin_button_set_value (self->minute_spin, minute);
}

const char *
_hearth_reading_dialog_get_time_note (HearthReadingDialog *self)
{
  return adw_action_row_get_subtitle (self->time_row);
}

const char *
_hearth_reading_dialog_get_page (HearthReadingDialog *self)
{
  return gtk_stack_get_visible_child_name (self->page_stack);
}

HearthReadingKind
_hearth_reading_dialog_get_kind (HearthReadingDialog *self)
{
  HearthReadingKind kind = HEARTH_READING_KIND_BLOOD_PRESSURE;

  hearth_reading_kind_from_string (gtk_stack_get_visible_child_name (self->kind_stack), &kind);
  return kind;
}

void
_hearth_reading_dialog_show_field_error (HearthReadingDialog *self,
                                        HearthReadingField   field,
                                        const char          *message)
{
  AdwActionRow *row = _hearth_reading_dialog_get_row (self, field);
  GtkWidget *entry = self->entries[field];

  hearth_gui_set_row_error (row, entry, message);
  if (field == HEARTH_READING_FIELD_TIME)
    gtk_widget_add_css_class (GTK_WIDGET (self->minute_spin), "error");
  if (field == HEARTH_READING_FIELD_SLEEP_START)
    gtk_widget_add_css_class (GTK_WIDGET (self->start_minute_spin), "error");
  gtk_widget_grab_focus (entry);
}

static void
clear_errors (HearthReadingDialog *self)
{
  for (guint f = 0; f < HEARTH_READING_N_FIELDS; f++)
    hearth_gui_set_row_error (self->rows[f], self->entries[f], NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_minute_spin), "error");
  hearth_gui_set_row_error (self->date_row, GTK_WIDGET (self->date_button), NULL);
  gtk_label_set_text (self->general_error, "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
show_error (HearthReadingDialog *self,
            const GError        *error)
{
  HearthReadingKind kind = _hearth_reading_dialog_get_kind (self);
  int field = -1;

  if (error->domain == HEARTH_VALIDATION_ERROR)
    {
      switch ((HearthValidationError) error->code)
        {
        case HEARTH_VALIDATION_ERROR_SYSTOLIC:
          field = HEARTH_READING_FIELD_SYSTOLIC;
          break;
        case HEARTH_VALIDATION_ERROR_DIASTOLIC:
          field = HEARTH_READING_FIELD_DIASTOLIC;
          break;
        case HEARTH_VALIDATION_ERROR_PULSE:
          field = HEARTH_READING_FIELD_PULSE;
          break;
        case HEARTH_VALIDATION_ERROR_WEIGHT:
          field = HEARTH_READING_FIELD_WEIGHT;
          break;
        case HEARTH_VALIDATION_ERROR_BODY_FAT:
          field = kind == HEARTH_READING_KIND_BODY_FAT
                  ? HEARTH_READING_FIELD_BODY_FAT_ONLY : HEARTH_READING_FIELD_BODY_FAT;
          break;
        case HEARTH_VALIDATION_ERROR_TIME:
          field = HEARTH_READING_FIELD_TIME;
          break;
        case HEARTH_VALIDATION_ERROR_GLUCOSE:
          field = HEARTH_READING_FIELD_GLUCOSE;
          break;
        case HEARTH_VALIDATION_ERROR_HEART_RATE:
          field = HEARTH_READING_FIELD_HEART_RATE;
          break;
        case HEARTH_VALIDATION_ERROR_SPO2:
          field = HEARTH_READING_FIELD_SPO2;
          break;
        case HEARTH_VALIDATION_ERROR_TEMPERATURE:
          field = HEARTH_READING_FIELD_TEMPERATURE;
          break;
        case HEARTH_VALIDATION_ERROR_WAIST:
          field = HEARTH_READING_FIELD_WAIST;
          break;
        case HEARTH_VALIDATION_ERROR_SLEEP:
          field = HEARTH_READING_FIELD_SLEEP_START;
          break;
        case HEARTH_VALIDATION_ERROR_STEPS:
          field = HEARTH_READING_FIELD_STEPS;
          break;
        case HEARTH_VALIDATION_ERROR_HEIGHT:
          field = HEARTH_READING_FIELD_HEIGHT;
          break;
        case HEARTH_VALIDATION_ERROR_QUALITY:
        case HEARTH_VALIDATION_ERROR_NAME:
        case HEARTH_VALIDATION_ERROR_BIRTH:
        default:
          break;
        }
    }
  else if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS) &&
           kind == HEARTH_READING_KIND_STEPS)
    {
      /* One steps total a day: the message belongs under the day. */
      hearth_gui_set_row_error (self->date_row, GTK_WIDGET (self->date_button), error->message);
      return;
    }

  if (field >= 0)
    {
      _hearth_reading_dialog_show_field_error (self, field, error->message);
      return;
    }

  gtk_label_set_text (self->general_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
}

static void
on_entry_changed_cb (HearthReadingDialog *self,
                     GtkEditable         *editable)
{
  /* Typing in a field clears that field's message only. */
  for (guint f = 0; f < HEARTH_READING_FIELD_SLEEP_START; f++)
    if (GTK_EDITABLE (self->entries[f]) == editable)
      hearth_gui_set_row_error (self->rows[f], GTK_WIDGET (editable), NULL);
  if (GTK_EDITABLE (self->entries[HEARTH_READING_FIELD_STEPS]) == editable)
    hearth_gui_set_row_error (self->rows[HEARTH_READING_FIELD_STEPS], GTK_WIDGET (editable), NULL);
}

/* While the date and time are changed: under the time row, why a time
 * the clocks skipped cannot be taken, or which of a repeated hour's two
 * occurrences will be ("the first 02:30 was taken"). */
static void
update_time_note (HearthReadingDialog *self,
                  GtkCalendar         *calendar,
                  GtkSpinButton       *hour_spin,
                  GtkSpinButton       *minute_spin,
                  AdwActionRow        *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  int y, m, d;

  g_date_time_get_ymd (date, &y, &m, &d);
  when = hearth_local_time_resolve (hearth_clock_get_timezone (hearth_store_get_clock (self->store)),
                                    y, m, d,
                                    gtk_spin_button_get_value_as_int (hour_spin),
                                    gtk_spin_button_get_value_as_int (minute_spin),
                                    0, &note, &error);
  if (when == NULL)
    hearth_gui_set_row_error (row, GTK_WIDGET (hour_spin), error->message);
  else if (note != NULL)
    adw_action_row_set_subtitle (row, note);
}

static void
on_time_changed_cb (HearthReadingDialog *self,
                    GtkSpinButton       *spin)
{
  hearth_gui_set_row_error (self->time_row, GTK_WIDGET (self->hour_spin), NULL);
  hearth_gui_set_row_error (self->date_row, GTK_WIDGET (self->date_button), NULL);
  hearth_gui_set_row_error (self->rows[HEARTH_READING_FIELD_SLEEP_START],
                            self->entries[HEARTH_READING_FIELD_SLEEP_START], NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_minute_spin), "error");

  if (self->store == NULL || self->start_calendar == NULL)
    return;
  update_time_note (self, self->calendar, self->hour_spin, self->minute_spin, self->time_row);
  update_time_note (self, self->start_calendar,
                    GTK_SPIN_BUTTON (self->entries[HEARTH_READING_FIELD_SLEEP_START]),
                    self->start_minute_spin, self->rows[HEARTH_READING_FIELD_SLEEP_START]);
}

static gboolean
on_spin_output_cb (HearthReadingDialog *self,
                   GtkSpinButton       *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
update_date_button (GtkMenuButton *button,
                    GtkCalendar   *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  /* Translators: the reading's date on a button, see g_date_time_format() */
  g_autofree char *label = g_date_time_format (date, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (button, label);
}

static void
on_calendar_day_selected_cb (HearthReadingDialog *self,
                             GtkCalendar         *calendar)
{
  if (calendar == self->start_calendar)
    {
      update_date_button (self->start_date_button, calendar);
      gtk_popover_popdown (self->start_date_popover);
    }
  else
    {
      update_date_button (self->date_button, calendar);
      gtk_popover_popdown (self->date_popover);
    }
  on_time_changed_cb (self, NULL);
}

/* The date and time rows follow the kind: waking for sleep, a day without
 * a time for steps. */
static void
update_when_rows (HearthReadingDialog *self,
                  HearthReadingKind    kind)
{
  switch (kind)
    {
    case HEARTH_READING_KIND_SLEEP:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Woke up on"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->time_row), _("Woke up at"));
      gtk_widget_set_visible (GTK_WIDGET (self->time_row), TRUE);
      break;

    case HEARTH_READING_KIND_STEPS:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Day"));
      gtk_widget_set_visible (GTK_WIDGET (self->time_row), FALSE);
      break;

    case HEARTH_READING_KIND_BLOOD_PRESSURE:
    case HEARTH_READING_KIND_WEIGHT:
    case HEARTH_READING_KIND_GLUCOSE:
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    default:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->time_row), _("Time"));
      gtk_widget_set_visible (GTK_WIDGET (self->time_row), TRUE);
      break;
    }
}

static void
on_kind_stack_visible_child_cb (HearthReadingDialog *self,
                                GParamSpec          *pspec,
                                GtkStack            *stack)
{
  HearthReadingKind kind;

  if (self->store == NULL)
    return;

  kind = _hearth_reading_dialog_get_kind (self);
  clear_errors (self);
  update_when_rows (self, kind);
  /* The kind's first value, selected: typing replaces it. */
  gtk_window_set_focus (GTK_WINDOW (self), self->entries[first_field[kind]]);
  gtk_editable_select_region (GTK_EDITABLE (self->entries[first_field[kind]]), 0, -1);
}

static void
on_kind_row_selected_cb (HearthReadingDialog *self,
                         GParamSpec          *pspec,
                         AdwComboRow         *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected <= HEARTH_READING_KIND_LAST)
    gtk_stack_set_visible_child_name (self->kind_stack, hearth_reading_kind_to_string (selected));
}

static void
set_time (GtkCalendar   *calendar,
          GtkMenuButton *button,
          GtkSpinButton *hour,
          GtkSpinButton *minute,
          GDateTime     *when)
{
  gtk_calendar_select_day (calendar, when);
  gtk_spin_button_set_value (hour, g_date_time_get_hour (when));
  gtk_spin_button_set_value (minute, g_date_time_get_minute (when));
  update_date_button (button, calendar);
}

/* Date and time fields as a GDateTime in the clock's time zone; the
 * original instant (and its offset) when they were left untouched. Built
 * by hearth_local_time_resolve(): a time the clocks skipped (summer time
 * starting) gives NULL after showing why under the time field, and in the
 * hour that happens twice the first occurrence is taken and the time
 * row says so. Callers stop on NULL. */
GDateTime *
_hearth_reading_dialog_get_time (HearthReadingDialog *self,
                                 GtkCalendar         *calendar,
                                 GtkSpinButton       *hour_spin,
                                 GtkSpinButton       *minute_spin,
                                 GDateTime           *initial)
{
  g_autofree char *note = NULL;
  HearthReadingField field = hour_spin == self->hour_spin ? HEARTH_READING_FIELD_TIME
                                                          : HEARTH_READING_FIELD_SLEEP_START;
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autoptr(GError) error = NULL;
  GTimeZone *tz = hearth_clock_get_timezone (hearth_store_get_clock (self->store));
  int hour = gtk_spin_button_get_value_as_int (hour_spin);
  int minute = gtk_spin_button_get_value_as_int (minute_spin);
  int y, m, d, iy, im, id;
  GDateTime *when;

  g_date_time_get_ymd (date, &y, &m, &d);
  g_date_time_get_ymd (initial, &iy, &im, &id);

  if (y == iy && m == im && d == id &&
      hour == g_date_time_get_hour (initial) &&
      minute == g_date_time_get_minute (initial))
    return g_date_time_ref (initial);

  when = hearth_local_time_resolve (tz, y, m, d, hour, minute, 0, &note, &error);
  if (when == NULL)
    _hearth_reading_dialog_show_field_error (self, field, error->message);
  else if (note != NULL)
    /* "the first 02:30 was taken": beside the time, not an error. */
    adw_action_row_set_subtitle (self->rows[field], note);

  return when;
}

static void
show_severe_page (HearthReadingDialog *self,
                  HearthReading       *reading)
{
  g_autofree char *value = hearth_gui_format_reading_value (reading, self->settings);
  /* Translators: %s is a reading, "185/110 mmHg" */
  g_autofree char *text = g_strdup_printf (_("Saved: %s"), value);

  if (hearth_reading_get_kind (reading) == HEARTH_READING_KIND_GLUCOSE)
    {
      g_autofree char *limit = hearth_units_format_glucose (3.0, hearth_gui_settings_get_glucose_unit (self->settings));
      /* Translators: %s is the level 2 limit in the user's unit, "3.0 mmol/L" or "54 mg/dL" */
      g_autofree char *description = g_strdup_printf (_("This glucose reading is very low (level 2, below %s). Seek medical care now."),
                                                      limit);

      adw_status_page_set_description (self->severe_page, description);
    }

  gtk_label_set_text (self->severe_value, text);
  gtk_stack_set_visible_child_name (self->page_stack, "severe");
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), FALSE);
  gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (self->cancel_button)), _("_Close"));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->cancel_button));
}

static void ask_confirmation (HearthReadingDialog *self,
                              HearthReading       *reading,
                              const char          *message);

/* Stores @reading (validated). With @check, the plausibility check runs
 * in the same write transaction (hearth_store_add_reading_checked()) and
 * an implausible entry asks for a second look; without, the person has
 * confirmed it. */
gboolean
_hearth_reading_dialog_asks_height (HearthReadingDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_READING_DIALOG (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->rows[HEARTH_READING_FIELD_HEIGHT])) &&
         _hearth_reading_dialog_get_kind (self) == HEARTH_READING_KIND_WEIGHT;
}

typedef struct
{
  HearthProfile *profile;
  HearthReading *reading;
  gboolean       check;
} WeightAndHeight;

static gboolean
write_weight_and_height (HearthStore  *store,
                         gpointer      user_data,
                         GError      **error)
{
  WeightAndHeight *data = user_data;

  if (!hearth_store_update_profile (store, data->profile, error))
    return FALSE;
  return data->check ? hearth_store_add_reading_checked (store, data->reading, error)
                     : hearth_store_add_reading (store, data->reading, error);
}

/* A first weight with the height typed beside it: both in one write, or
 * neither. */
static gboolean
add_with_height (HearthReadingDialog  *self,
                 HearthReading        *reading,
                 double                height_cm,
                 gboolean              check,
                 GError              **error)
{
  g_autoptr(HearthProfile) profile = NULL;
  WeightAndHeight data;

  profile = hearth_store_get_profile (self->store, hearth_profile_get_uuid (self->profile), error);
  if (profile == NULL)
    return FALSE;
  hearth_profile_set_height_cm (profile, height_cm);

  data.profile = profile;
  data.reading = reading;
  data.check = check;
  return hearth_store_write (self->store, write_weight_and_height, &data, error);
}

static gboolean
commit (HearthReadingDialog *self,
        HearthReading       *reading,
        gboolean             check)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;
  g_autofree char *category = NULL;
  double height_cm = 0;
  gboolean ok;

  if (_hearth_reading_dialog_asks_height (self) &&
      !_hearth_reading_dialog_parse_height (self, &height_cm))
    return FALSE;

  if (height_cm > 0)
    ok = add_with_height (self, reading, height_cm, check, &error);
  else if (self->reading != NULL)
    ok = check ? hearth_store_update_reading_checked (self->store, reading, &error)
               : hearth_store_update_reading (self->store, reading, &error);
  else
    ok = check ? hearth_store_add_reading_checked (self->store, reading, &error)
               : hearth_store_add_reading (self->store, reading, &error);

  if (!ok)
    {
      /* A weight 10 kg off within a day, steps 10× the usual: a second
       * look before anything is stored (PRODUCT.md). */
      if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE))
        ask_confirmation (self, reading, error->message);
      else
        show_error (self, error);
      return FALSE;
    }

  /* A severe blood pressure or a level 2 low glucose: the plain message
   * right away, nothing on top of it. */
  category = hearth_gui_describe_category (reading, self->profile, self->settings, now, &alert);
  if (alert == HEARTH_GUI_ALERT_SEVERE)
    {
      show_severe_page (self, reading);
      return TRUE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static gboolean
commit_pending_cb (gpointer data)
{
  HearthReadingDialog *self = data;
  g_autoptr(HearthReading) pending = g_steal_pointer (&self->pending);

  if (pending != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
    commit (self, pending, FALSE);

  return G_SOURCE_REMOVE;
}

static void
on_confirm_dialog_response_cb (HearthReadingDialog *self,
                               const char          *response,
                               AdwMessageDialog    *dialog)
{
  /* Saving may close this window: not while the message dialog is still
   * handling its response. */
  if (g_strcmp0 (response, "save") == 0 && self->pending != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT, commit_pending_cb, g_object_ref (self), g_object_unref);
  else
    {
      g_clear_object (&self->pending);
      gtk_window_set_focus (GTK_WINDOW (self),
                            self->entries[first_field[_hearth_reading_dialog_get_kind (self)]]);
    }
}

static void
ask_confirmation (HearthReadingDialog *self,
                  HearthReading       *reading,
                  const char          *message)
{
  GtkWidget *dialog;

  g_set_object (&self->pending, reading);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Is This Right?"), message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "check", _("_Check Again"),
                                    "save", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "check");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "check");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_confirm_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->confirm_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_hearth_reading_dialog_save (HearthReadingDialog *self)
{
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (HEARTH_IS_READING_DIALOG (self));

  clear_errors (self);

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  taken_at = _hearth_reading_dialog_get_time (self, self->calendar, self->hour_spin, self->minute_spin, self->initial_time);
  if (taken_at == NULL)
    return FALSE;

  reading = _hearth_reading_dialog_build_reading (self, taken_at);
  if (reading == NULL)
    return FALSE;

  /* The height typed with a first weight is checked before anything is
   * stored, like the weight. */
  if (_hearth_reading_dialog_asks_height (self))
    {
      double height_cm;

      if (!_hearth_reading_dialog_parse_height (self, &height_cm))
        return FALSE;
    }

  if (!hearth_reading_validate (reading, now, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  return commit (self, reading, TRUE);
}

static void
on_save_button_clicked_cb (HearthReadingDialog *self,
                           GtkButton           *button)
{
  _hearth_reading_dialog_save (self);
}

static void
update_units (HearthReadingDialog *self)
{
  HearthPressureUnit pressure_unit = hearth_gui_settings_get_pressure_unit (self->settings);
  HearthWeightUnit weight_unit = hearth_gui_settings_get_weight_unit (self->settings);
  const char *symbol = hearth_units_pressure_symbol (pressure_unit);

  gtk_label_set_text (self->systolic_unit, symbol);
  gtk_label_set_text (self->diastolic_unit, symbol);

  if (weight_unit == HEARTH_WEIGHT_UNIT_ST)
    {
      gtk_label_set_text (self->weight_unit, _("st lb"));
      gtk_entry_set_placeholder_text (self->weight_entry, _("e.g. 11 6.5"));
    }
  else
    {
      gtk_label_set_text (self->weight_unit, hearth_units_weight_symbol (weight_unit));
      gtk_entry_set_placeholder_text (self->weight_entry, NULL);
    }

  gtk_label_set_text (self->glucose_unit,
                      hearth_gui_settings_get_glucose_unit (self->settings) == HEARTH_GLUCOSE_UNIT_MG_DL
                      ? "mg/dL" : "mmol/L");
  gtk_label_set_text (self->temperature_unit,
                      hearth_gui_settings_get_temperature_unit (self->settings) == HEARTH_TEMPERATURE_UNIT_F
                      ? "°F" : "°C");
  gtk_label_set_text (self->waist_unit,
                      hearth_gui_settings_get_length_unit (self->settings) == HEARTH_LENGTH_UNIT_FT_IN
                      ? "in" : "cm");
  if (hearth_gui_settings_get_length_unit (self->settings) == HEARTH_LENGTH_UNIT_FT_IN)
    {
      gtk_label_set_text (self->height_unit, _("ft in"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->entries[HEARTH_READING_FIELD_HEIGHT]), _("e.g. 5 9"));
    }
  else
    {
      gtk_label_set_text (self->height_unit, _("cm"));
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->entries[HEARTH_READING_FIELD_HEIGHT]), _("optional"));
    }
}

/* Builders for the forms made in code: an entry row with a unit, a combo
 * row, a date row and a time row like the template's. */
static AdwActionRow *
add_entry_row (HearthReadingDialog *self,
               GtkWidget           *group,
               HearthReadingField   field,
               const char          *title,
               const char          *unit,
               gboolean             optional,
               GtkLabel           **unit_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *label = gtk_label_new (unit);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 7);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), 1);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  if (optional)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("optional"));
  /* Named by the row it activates (a label of its own would be read twice). */
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_entry_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  self->rows[field] = ADW_ACTION_ROW (row);
  self->entries[field] = entry;
  if (unit_label != NULL)
    *unit_label = GTK_LABEL (label);

  return ADW_ACTION_ROW (row);
}

static AdwComboRow *
add_combo_row (GtkWidget          *group,
               const char         *title,
               const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return ADW_COMBO_ROW (row);
}

static GtkSpinButton *
new_spin (HearthReadingDialog *self,
          int                  upper,
          const char          *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_object (spin, "output", G_CALLBACK (on_spin_output_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_time_changed_cb), self, G_CONNECT_SWAPPED);

  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
add_page (HearthReadingDialog *self,
          HearthReadingKind    kind)
{
  GtkWidget *group = adw_preferences_group_new ();

  gtk_stack_add_titled (self->kind_stack, group, hearth_reading_kind_to_string (kind),
                        hearth_reading_kind_get_name (kind));
  return group;
}

static void
build_forms (HearthReadingDialog *self)
{
  GtkWidget *group;
  GtkWidget *row, *box, *calendar;
  GtkSpinButton *hour;
  g_autoptr(GStrvBuilder) contexts = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) kinds = g_strv_builder_new ();
  g_auto(GStrv) context_items = NULL;
  g_auto(GStrv) kind_items = NULL;
  const char *quality_items[] = {
    _("Not recorded"),
    /* Translators: sleep quality */
    _("1 – very poor"), _("2 – poor"), _("3 – fair"), _("4 – good"), _("5 – very good"),
    NULL
  };

  /* The template's forms. */
  self->rows[HEARTH_READING_FIELD_SYSTOLIC] = self->systolic_row;
  self->entries[HEARTH_READING_FIELD_SYSTOLIC] = GTK_WIDGET (self->systolic_entry);
  self->rows[HEARTH_READING_FIELD_DIASTOLIC] = self->diastolic_row;
  self->entries[HEARTH_READING_FIELD_DIASTOLIC] = GTK_WIDGET (self->diastolic_entry);
  self->rows[HEARTH_READING_FIELD_PULSE] = self->pulse_row;
  self->entries[HEARTH_READING_FIELD_PULSE] = GTK_WIDGET (self->pulse_entry);
  self->rows[HEARTH_READING_FIELD_WEIGHT] = self->weight_row;
  self->entries[HEARTH_READING_FIELD_WEIGHT] = GTK_WIDGET (self->weight_entry);
  self->rows[HEARTH_READING_FIELD_BODY_FAT] = self->body_fat_row;
  self->entries[HEARTH_READING_FIELD_BODY_FAT] = GTK_WIDGET (self->body_fat_entry);
  self->rows[HEARTH_READING_FIELD_TIME] = self->time_row;
  self->entries[HEARTH_READING_FIELD_TIME] = GTK_WIDGET (self->hour_spin);

  /* The kind chooser, in the order of the enum (its index is the kind). */
  for (HearthReadingKind k = 0; k <= HEARTH_READING_KIND_LAST; k++)
    g_strv_builder_add (kinds, hearth_reading_kind_get_name (k));
  kind_items = g_strv_builder_end (kinds);
  {
    g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) kind_items);

    adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (model));
  }

  /* Glucose: the value in the user's unit and when it was taken. */
  group = add_page (self, HEARTH_READING_KIND_GLUCOSE);
  add_entry_row (self, group, HEARTH_READING_FIELD_GLUCOSE, _("Glucose"), "", FALSE, &self->glucose_unit);
  g_strv_builder_add (contexts, _("Not recorded"));
  for (HearthGlucoseContext c = HEARTH_GLUCOSE_CONTEXT_FASTING; c <= HEARTH_GLUCOSE_CONTEXT_RANDOM; c++)
    g_strv_builder_add (contexts, hearth_glucose_context_get_name (c));
  context_items = g_strv_builder_end (contexts);
  self->context_row = add_combo_row (group, _("Taken"), (const char * const *) context_items);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->context_row),
                               _("Fasting readings get a category"));

  group = add_page (self, HEARTH_READING_KIND_HEART_RATE);
  add_entry_row (self, group, HEARTH_READING_FIELD_HEART_RATE, _("Resting heart rate"),
                 hearth_reading_kind_get_unit_symbol (HEARTH_READING_KIND_HEART_RATE), FALSE, NULL);

  group = add_page (self, HEARTH_READING_KIND_SPO2);
  add_entry_row (self, group, HEARTH_READING_FIELD_SPO2, _("Oxygen saturation (SpO₂)"), "%", FALSE, NULL);

  group = add_page (self, HEARTH_READING_KIND_TEMPERATURE);
  add_entry_row (self, group, HEARTH_READING_FIELD_TEMPERATURE, _("Temperature"), "", FALSE,
                 &self->temperature_unit);

  group = add_page (self, HEARTH_READING_KIND_WAIST);
  add_entry_row (self, group, HEARTH_READING_FIELD_WAIST, _("Waist"), "", FALSE, &self->waist_unit);

  group = add_page (self, HEARTH_READING_KIND_BODY_FAT);
  add_entry_row (self, group, HEARTH_READING_FIELD_BODY_FAT_ONLY, _("Body fat"), "%", FALSE, NULL);

  /* Sleep: when it started here; the date and time rows below are the
   * waking. */
  group = add_page (self, HEARTH_READING_KIND_SLEEP);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Fell asleep on"));
  calendar = gtk_calendar_new ();
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected_cb),
                           self, G_CONNECT_SWAPPED);
  self->start_calendar = GTK_CALENDAR (calendar);
  self->start_date_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->start_date_popover, calendar);
  self->start_date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->start_date_button), GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (self->start_date_button, GTK_WIDGET (self->start_date_popover));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->start_date_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->start_date_button));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Fell asleep at"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  hour = new_spin (self, 23, _("Hour"));
  self->start_minute_spin = new_spin (self, 59, _("Minute"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (hour));
  gtk_box_append (GTK_BOX (box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->start_minute_spin));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (hour));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->rows[HEARTH_READING_FIELD_SLEEP_START] = ADW_ACTION_ROW (row);
  self->entries[HEARTH_READING_FIELD_SLEEP_START] = GTK_WIDGET (hour);

  self->quality_row = add_combo_row (group, _("Quality"), quality_items);

  /* The weight form's height, right under the weight: asked once, with
   * the member's first weight (shown in constructed()). */
  {
    GtkWidget *weight_group = gtk_widget_get_ancestor (GTK_WIDGET (self->weight_row),
                                                       ADW_TYPE_PREFERENCES_GROUP);
    GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self->weight_row));
    GtkWidget *height_row;

    g_assert (weight_group != NULL && GTK_IS_LIST_BOX (list));
    height_row = GTK_WIDGET (add_entry_row (self, weight_group, HEARTH_READING_FIELD_HEIGHT, _("Height"),
                                            "", TRUE, &self->height_unit));
    g_object_ref (height_row);
    gtk_list_box_remove (GTK_LIST_BOX (list), height_row);
    gtk_list_box_insert (GTK_LIST_BOX (list), height_row, 1);
    g_object_unref (height_row);
    gtk_widget_set_visible (height_row, FALSE);
  }

  group = add_page (self, HEARTH_READING_KIND_STEPS);
  add_entry_row (self, group, HEARTH_READING_FIELD_STEPS, _("Steps that day"),
                 hearth_reading_kind_get_unit_symbol (HEARTH_READING_KIND_STEPS), FALSE, NULL);
}

static void
hearth_reading_dialog_constructed (GObject *object)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);
  g_autoptr(GDateTime) start = NULL;

  G_OBJECT_CLASS (hearth_reading_dialog_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  g_assert (HEARTH_IS_PROFILE (self->profile));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  update_units (self);

  /* A new reading for a member without a height: the weight form asks it. */
  gtk_widget_set_visible (GTK_WIDGET (self->rows[HEARTH_READING_FIELD_HEIGHT]),
                          self->reading == NULL && !(hearth_profile_get_height_cm (self->profile) > 0));

  if (self->reading != NULL)
    {
      self->initial_time = g_date_time_ref (hearth_reading_get_taken_at (self->reading));
      _hearth_reading_dialog_set_kind (self, hearth_reading_get_kind (self->reading));
      _hearth_reading_dialog_fill_from_reading (self);
      /* The kind of a logged reading does not change. */
      gtk_widget_set_visible (self->kind_group, FALSE);
      /* Translators: the title of the dialog editing a reading, "Edit Blood pressure" */
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Reading"));
      gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (self->save_button)), _("_Save"));
      if (hearth_reading_get_kind (self->reading) == HEARTH_READING_KIND_SLEEP)
        start = hearth_reading_dup_sleep_start (self->reading);
    }
  else
    {
      HearthReadingKind kind = HEARTH_READING_KIND_BLOOD_PRESSURE;

      self->initial_time = hearth_clock_now (hearth_store_get_clock (self->store));
      /* PRODUCT.md: diabetes puts glucose first. */
      if (hearth_profile_has_condition (self->profile, HEARTH_CONDITION_DIABETES) &&
          !hearth_profile_has_condition (self->profile, HEARTH_CONDITION_HYPERTENSION))
        kind = HEARTH_READING_KIND_GLUCOSE;
      _hearth_reading_dialog_set_kind (self, kind);
      gtk_window_set_title (GTK_WINDOW (self), _("New Reading"));
      gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_button_get_child (self->save_button)), _("_Add"));
    }

  /* A new sleep: eight hours before now, until changed. */
  if (start == NULL)
    start = g_date_time_add_hours (self->initial_time, -8);
  self->initial_start = g_date_time_ref (start);

  set_time (self->calendar, self->date_button, self->hour_spin, self->minute_spin, self->initial_time);
  set_time (self->start_calendar, self->start_date_button,
            GTK_SPIN_BUTTON (self->entries[HEARTH_READING_FIELD_SLEEP_START]),
            self->start_minute_spin, self->initial_start);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  on_kind_stack_visible_child_cb (self, NULL, self->kind_stack);
}

/* Opens on the first value of the kind shown, however the kind was
 * chosen before the dialog was shown (Ctrl+N, a kind from the add
 * button's menu, a chart, an edit): the focus set while it was hidden
 * does not survive a page of the kind stack that was not shown yet. */
static void
hearth_reading_dialog_map (GtkWidget *widget)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (widget);
  GtkWidget *first = self->entries[first_field[_hearth_reading_dialog_get_kind (self)]];

  GTK_WIDGET_CLASS (hearth_reading_dialog_parent_class)->map (widget);

  gtk_widget_grab_focus (first);
  gtk_editable_select_region (GTK_EDITABLE (first), 0, -1);
}

static void
hearth_reading_dialog_dispose (GObject *object)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  if (self->confirm_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirm_dialog));
  g_clear_weak_pointer (&self->confirm_dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->reading);
  g_clear_object (&self->pending);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_READING_DIALOG);

  G_OBJECT_CLASS (hearth_reading_dialog_parent_class)->dispose (object);
}

static void
hearth_reading_dialog_finalize (GObject *object)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  g_clear_pointer (&self->initial_time, g_date_time_unref);
  g_clear_pointer (&self->initial_start, g_date_time_unref);

  G_OBJECT_CLASS (hearth_reading_dialog_parent_class)->finalize (object);
}

static void
hearth_reading_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_READING:
      g_value_set_object (value, self->reading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_reading_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_READING:
      self->reading = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_reading_dialog_class_init (HearthReadingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_reading_dialog_constructed;
  object_class->dispose = hearth_reading_dialog_dispose;
  object_class->finalize = hearth_reading_dialog_finalize;
  object_class->get_property = hearth_reading_dialog_get_property;
  object_class->set_property = hearth_reading_dialog_set_property;
  widget_class->map = hearth_reading_dialog_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         HEARTH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READING] =
    g_param_spec_object ("reading", NULL, NULL,
                         HEARTH_TYPE_READING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-reading-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, header_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, kind_group);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, kind_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, systolic_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, systolic_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, systolic_unit);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, diastolic_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, diastolic_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, diastolic_unit);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, pulse_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, pulse_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, arm_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, posture_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, weight_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, weight_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, weight_unit);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, body_fat_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, body_fat_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, date_popover);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, severe_page);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, severe_value);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_stack_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_reading_dialog_init (HearthReadingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
  build_forms (self);
  hearth_gui_drop_row_focus_stops (GTK_WIDGET (self));
}
