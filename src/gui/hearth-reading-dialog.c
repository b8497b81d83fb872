/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-reading-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-reading-dialog-private.h"

struct _HearthReadingDialog
{
  AdwWindow       parent_instance;

  HearthStore    *store;
  HearthProfile  *profile;
  HearthReading  *reading;   /* NULL: a new reading */
  GSettings      *settings;
  GDateTime      *initial_time;

  AdwHeaderBar   *header_bar;
  GtkWidget      *kind_switcher;
  GtkButton      *cancel_button;
  GtkButton      *save_button;
  GtkStack       *page_stack;
  GtkLabel       *general_error;
  GtkStack       *kind_stack;
  AdwActionRow   *systolic_row;
  GtkEntry       *systolic_entry;
  GtkLabel       *systolic_unit;
  AdwActionRow   *diastolic_row;
  GtkEntry       *diastolic_entry;
  GtkLabel       *diastolic_unit;
  AdwActionRow   *pulse_row;
  GtkEntry       *pulse_entry;
  AdwComboRow    *arm_row;
  AdwComboRow    *posture_row;
  AdwActionRow   *weight_row;
  GtkEntry       *weight_entry;
  GtkLabel       *weight_unit;
  AdwActionRow   *body_fat_row;
  GtkEntry       *body_fat_entry;
  AdwActionRow   *date_row;
  GtkMenuButton  *date_button;
  GtkPopover     *date_popover;
  GtkCalendar    *calendar;
  AdwActionRow   *time_row;
  GtkSpinButton  *hour_spin;
  GtkSpinButton  *minute_spin;
  AdwEntryRow    *note_row;
  GtkLabel       *severe_value;
};

G_DEFINE_FINAL_TYPE (HearthReadingDialog, hearth_reading_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  PROP_READING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  switch (field)
    {
    case HEARTH_READING_FIELD_SYSTOLIC:
      return self->systolic_row;
    case HEARTH_READING_FIELD_DIASTOLIC:
      return self->diastolic_row;
    case HEARTH_READING_FIELD_PULSE:
      return self->pulse_row;
    case HEARTH_READING_FIELD_WEIGHT:
      return self->weight_row;
    case HEARTH_READING_FIELD_BODY_FAT:
      return self->body_fat_row;
    case HEARTH_READING_FIELD_TIME:
    default:
      return self->time_row;
    }
}

GtkEditable *
_hearth_reading_dialog_get_entry (HearthReadingDialog *self,
                                  HearthReadingField   field)
{
  switch (field)
    {
    case HEARTH_READING_FIELD_SYSTOLIC:
      return GTK_EDITABLE (self->systolic_entry);
    case HEARTH_READING_FIELD_DIASTOLIC:
      return GTK_EDITABLE (self->diastolic_entry);
    case HEARTH_READING_FIELD_PULSE:
      return GTK_EDITABLE (self->pulse_entry);
    case HEARTH_READING_FIELD_WEIGHT:
      return GTK_EDITABLE (self->weight_entry);
    case HEARTH_READING_FIELD_BODY_FAT:
      return GTK_EDITABLE (self->body_fat_entry);
    case HEARTH_READING_FIELD_TIME:
    default:
      return GTK_EDITABLE (self->hour_spin);
    }
}

void
_hearth_reading_dialog_set_kind (HearthReadingDialog *self,
                                 HearthReadingKind    kind)
{
  gtk_stack_set_visible_child_name (self->kind_stack,
                                    kind == HEARTH_READING_KIND_WEIGHT ? "weight" : "bp");
}

const char *
_hearth_reading_dialog_get_page (HearthReadingDialog *self)
{
  return gtk_stack_get_visible_child_name (self->page_stack);
}

static HearthReadingKind
get_kind (HearthReadingDialog *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->kind_stack), "weight") == 0)
    return HEARTH_READING_KIND_WEIGHT;
  return HEARTH_READING_KIND_BLOOD_PRESSURE;
}

static void
show_field_error (HearthReadingDialog *self,
                  HearthReadingField   field,
                  const char          *message)
{
  AdwActionRow *row = _hearth_reading_dialog_get_row (self, field);
  GtkWidget *entry = GTK_WIDGET (_hearth_reading_dialog_get_entry (self, field));

  hearth_gui_set_row_error (row, entry, message);
  if (field == HEARTH_READING_FIELD_TIME)
    gtk_widget_add_css_class (GTK_WIDGET (self->minute_spin), "error");
  gtk_widget_grab_focus (entry);
}

static void
clear_errors (HearthReadingDialog *self)
{
  for (guint f = HEARTH_READING_FIELD_SYSTOLIC; f <= HEARTH_READING_FIELD_TIME; f++)
    hearth_gui_set_row_error (_hearth_reading_dialog_get_row (self, f),
                              GTK_WIDGET (_hearth_reading_dialog_get_entry (self, f)),
                              NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
  gtk_label_set_text (self->general_error, "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
show_error (HearthReadingDialog *self,
            const GError        *error)
{
  if (error->domain == HEARTH_VALIDATION_ERROR)
    {
      switch ((HearthValidationError) error->code)
        {
        case HEARTH_VALIDATION_ERROR_SYSTOLIC:
          show_field_error (self, HEARTH_READING_FIELD_SYSTOLIC, error->message);
          return;
        case HEARTH_VALIDATION_ERROR_DIASTOLIC:
          show_field_error (self, HEARTH_READING_FIELD_DIASTOLIC, error->message);
          return;
        case HEARTH_VALIDATION_ERROR_PULSE:
          show_field_error (self, HEARTH_READING_FIELD_PULSE, error->message);
          return;
        case HEARTH_VALIDATION_ERROR_WEIGHT:
          show_field_error (self, HEARTH_READING_FIELD_WEIGHT, error->message);
          return;
        case HEARTH_VALIDATION_ERROR_BODY_FAT:
          show_field_error (self, HEARTH_READING_FIELD_BODY_FAT, error->message);
          return;
        case HEARTH_VALIDATION_ERROR_TIME:
          show_field_error (self, HEARTH_READING_FIELD_TIME, error->message);
          return;
        case HEARTH_VALIDATION_ERROR_NAME:
        case HEARTH_VALIDATION_ERROR_BIRTH:
        case HEARTH_VALIDATION_ERROR_HEIGHT:
        case HEARTH_VALIDATION_ERROR_GLUCOSE:
        case HEARTH_VALIDATION_ERROR_HEART_RATE:
        case HEARTH_VALIDATION_ERROR_SPO2:
        case HEARTH_VALIDATION_ERROR_TEMPERATURE:
        case HEARTH_VALIDATION_ERROR_WAIST:
        case HEARTH_VALIDATION_ERROR_SLEEP:
        case HEARTH_VALIDATION_ERROR_QUALITY:
        case HEARTH_VALIDATION_ERROR_STEPS:
        default:
          break;
        }
    }

  gtk_label_set_text (self->general_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
}

static void
on_entry_changed_cb (HearthReadingDialog *self,
                     GtkEditable         *editable)
{
  /* Typing in a field clears that field's message only. */
  for (guint f = HEARTH_READING_FIELD_SYSTOLIC; f < HEARTH_READING_FIELD_TIME; f++)
    if (_hearth_reading_dialog_get_entry (self, f) == editable)
      hearth_gui_set_row_error (_hearth_reading_dialog_get_row (self, f),
                                GTK_WIDGET (editable), NULL);
}

static void
on_time_changed_cb (HearthReadingDialog *self,
                    GtkSpinButton       *spin)
{
  hearth_gui_set_row_error (self->time_row, GTK_WIDGET (self->hour_spin), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
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
update_date_label (HearthReadingDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: the reading's date on a button, see g_date_time_format() */
  g_autofree char *label = g_date_time_format (date, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->date_button, label);
}

static void
on_calendar_day_selected_cb (HearthReadingDialog *self,
                             GtkCalendar         *calendar)
{
  update_date_label (self);
  on_time_changed_cb (self, NULL);
  gtk_popover_popdown (self->date_popover);
}

static void
on_kind_stack_visible_child_cb (HearthReadingDialog *self,
                                GParamSpec          *pspec,
                                GtkStack            *stack)
{
  GtkWidget *focus;

  if (self->store == NULL)
    return;

  focus = get_kind (self) == HEARTH_READING_KIND_WEIGHT
          ? GTK_WIDGET (self->weight_entry) : GTK_WIDGET (self->systolic_entry);
  gtk_window_set_focus (GTK_WINDOW (self), focus);
}

static void
set_time (HearthReadingDialog *self,
          GDateTime           *when)
{
  gtk_calendar_select_day (self->calendar, when);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (when));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (when));
  update_date_label (self);
}

/* The date and time fields as a GDateTime in the clock's time zone; the
 * original instant (and its offset) when they were left untouched. */
static GDateTime *
get_time (HearthReadingDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  GTimeZone *tz = hearth_clock_get_timezone (hearth_store_get_clock (self->store));
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);
  int minute = gtk_spin_button_get_value_as_int (self->minute_spin);
  int y, m, d, iy, im, id;

  g_date_time_get_ymd (date, &y, &m, &d);
  g_date_time_get_ymd (self->initial_time, &iy, &im, &id);

  if (y == iy && m == im && d == id &&
      hour == g_date_time_get_hour (self->initial_time) &&
      minute == g_date_time_get_minute (self->initial_time))
    return g_date_time_ref (self->initial_time);

  return g_date_time_new (tz, y, m, d, hour, minute, 0);
}

static gboolean
parse_pressure_field (HearthReadingDialog *self,
                      HearthReadingField   field,
                      double              *mmhg)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (_hearth_reading_dialog_get_entry (self, field));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    {
      show_field_error (self, field,
                        field == HEARTH_READING_FIELD_SYSTOLIC
                        ? _("Enter the systolic (upper) value.")
                        : _("Enter the diastolic (lower) value."));
      return FALSE;
    }

  if (!hearth_units_parse_pressure (stripped, hearth_gui_settings_get_pressure_unit (self->settings),
                                    mmhg, &error))
    {
      show_field_error (self, field, error->message);
      return FALSE;
    }

  return TRUE;
}

static HearthReading *
build_reading (HearthReadingDialog *self,
               GDateTime           *taken_at)
{
  g_autoptr(HearthReading) reading = NULL;
  HearthReadingKind kind = get_kind (self);

  if (kind == HEARTH_READING_KIND_BLOOD_PRESSURE)
    {
      double systolic, diastolic, pulse;

      if (!parse_pressure_field (self, HEARTH_READING_FIELD_SYSTOLIC, &systolic) ||
          !parse_pressure_field (self, HEARTH_READING_FIELD_DIASTOLIC, &diastolic))
        return NULL;

      if (!hearth_gui_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->pulse_entry)), TRUE, &pulse))
        {
          show_field_error (self, HEARTH_READING_FIELD_PULSE,
                            _("Enter the pulse in beats per minute, like 72, or leave it empty."));
          return NULL;
        }

      if (self->reading != NULL)
        {
          reading = hearth_reading_copy (self->reading);
          hearth_reading_set_values (reading, systolic, diastolic, pulse);
        }
      else
        reading = hearth_reading_new_blood_pressure (taken_at, systolic, diastolic, pulse);

      hearth_reading_set_arm (reading, (HearthArm) adw_combo_row_get_selected (self->arm_row));
      hearth_reading_set_posture (reading, (HearthPosture) adw_combo_row_get_selected (self->posture_row));
    }
  else
    {
      g_autoptr(GError) error = NULL;
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->weight_entry));
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      double kg, body_fat;

      if (*stripped == '\0')
        {
          show_field_error (self, HEARTH_READING_FIELD_WEIGHT, _("Enter the weight."));
          return NULL;
        }

      if (!hearth_units_parse_weight (stripped, hearth_gui_settings_get_weight_unit (self->settings),
                                      &kg, &error))
        {
          show_field_error (self, HEARTH_READING_FIELD_WEIGHT, error->message);
          return NULL;
        }

      if (!hearth_gui_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->body_fat_entry)), TRUE, &body_fat))
        {
          show_field_error (self, HEARTH_READING_FIELD_BODY_FAT,
                            _("Enter body fat as a percentage, like 21.5, or leave it empty."));
          return NULL;
        }

      if (self->reading != NULL)
        {
          reading = hearth_reading_copy (self->reading);
          hearth_reading_set_values (reading, kg, body_fat, NAN);
        }
      else
        reading = hearth_reading_new_weight (taken_at, kg, body_fat);
    }

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (self->profile));
  hearth_reading_set_taken_at (reading, taken_at);
  hearth_reading_set_note (reading, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  return g_steal_pointer (&reading);
}

static void
show_severe_page (HearthReadingDialog *self,
                  HearthReading       *reading)
{
  g_autofree char *value = hearth_gui_format_bp (hearth_reading_get_systolic (reading),
                                                 hearth_reading_get_diastolic (reading),
                                                 hearth_gui_settings_get_pressure_unit (self->settings));
  /* Translators: %s is a blood pressure, "185/110 mmHg" */
  g_autofree char *text = g_strdup_printf (_("Saved: %s"), value);

  gtk_label_set_text (self->severe_value, text);
  gtk_stack_set_visible_child_name (self->page_stack, "severe");
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), FALSE);
  if (self->kind_switcher != NULL)
    gtk_widget_set_visible (self->kind_switcher, FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->cancel_button));
}

gboolean
_hearth_reading_dialog_save (HearthReadingDialog *self)
{
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert (HEARTH_IS_READING_DIALOG (self));

  clear_errors (self);

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  taken_at = get_time (self);

  reading = build_reading (self, taken_at);
  if (reading == NULL)
    return FALSE;

  if (!hearth_reading_validate (reading, now, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  if (self->reading != NULL)
    ok = hearth_store_update_reading (self->store, reading, &error);
  else
    ok = hearth_store_add_reading (self->store, reading, &error);

  if (!ok)
    {
      show_error (self, error);
      return FALSE;
    }

  if (hearth_reading_get_kind (reading) == HEARTH_READING_KIND_BLOOD_PRESSURE)
    {
      HearthBpClass klass;

      hearth_gui_classify_bp (self->settings, reading, &klass);
      if (klass.severe)
        {
          show_severe_page (self, reading);
          return TRUE;
        }
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_button_clicked_cb (HearthReadingDialog *self,
                           GtkButton           *button)
{
  _hearth_reading_dialog_save (self);
}

static char *
format_number (double value,
               const char *format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

static void
fill_from_reading (HearthReadingDialog *self)
{
  HearthReading *r = self->reading;
  HearthPressureUnit pressure_unit = hearth_gui_settings_get_pressure_unit (self->settings);
  const char *pressure_format = pressure_unit == HEARTH_PRESSURE_UNIT_KPA ? "%.1f" : "%.0f";

  switch (hearth_reading_get_kind (r))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        double sys = hearth_reading_get_systolic (r);
        double dia = hearth_reading_get_diastolic (r);
        g_autofree char *s = NULL;
        g_autofree char *d = NULL;
        g_autofree char *p = format_number (hearth_reading_get_pulse (r), "%.0f");

        if (pressure_unit == HEARTH_PRESSURE_UNIT_KPA)
          {
            sys = hearth_units_mmhg_to_kpa (sys);
            dia = hearth_units_mmhg_to_kpa (dia);
          }
        s = format_number (sys, pressure_format);
        d = format_number (dia, pressure_format);
        gtk_editable_set_text (GTK_EDITABLE (self->systolic_entry), s);
        gtk_editable_set_text (GTK_EDITABLE (self->diastolic_entry), d);
        gtk_editable_set_text (GTK_EDITABLE (self->pulse_entry), p);
        adw_combo_row_set_selected (self->arm_row, hearth_reading_get_arm (r));
        adw_combo_row_set_selected (self->posture_row, hearth_reading_get_posture (r));
      }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      {
        g_autofree char *w = hearth_units_format_weight_value (hearth_reading_get_kg (r),
                                                               hearth_gui_settings_get_weight_unit (self->settings));
        g_autofree char *f = format_number (hearth_reading_get_body_fat (r), "%.1f");

        gtk_editable_set_text (GTK_EDITABLE (self->weight_entry), w);
        gtk_editable_set_text (GTK_EDITABLE (self->body_fat_entry), f);
      }
      break;

    /* The dialog has no form for these (hearth_gui_reading_kind_is_editable()). */
    case HEARTH_READING_KIND_GLUCOSE:
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_SLEEP:
    case HEARTH_READING_KIND_STEPS:
    default:
      break;
    }

  if (hearth_reading_get_note (r) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row), hearth_reading_get_note (r));
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
}

static void
hearth_reading_dialog_constructed (GObject *object)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  G_OBJECT_CLASS (hearth_reading_dialog_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  g_assert (HEARTH_IS_PROFILE (self->profile));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  update_units (self);

  if (self->reading != NULL)
    {
      self->initial_time = g_date_time_ref (hearth_reading_get_taken_at (self->reading));
      _hearth_reading_dialog_set_kind (self, hearth_reading_get_kind (self->reading));
      fill_from_reading (self);
      /* The kind of a logged reading does not change. */
      adw_header_bar_set_title_widget (self->header_bar, NULL);
      self->kind_switcher = NULL;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Reading"));
      gtk_button_set_label (self->save_button, _("_Save"));
    }
  else
    {
      self->initial_time = hearth_clock_now (hearth_store_get_clock (self->store));
      gtk_window_set_title (GTK_WINDOW (self), _("New Reading"));
      gtk_button_set_label (self->save_button, _("_Add"));
    }

  set_time (self, self->initial_time);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
  on_kind_stack_visible_child_cb (self, NULL, self->kind_stack);
}

static void
hearth_reading_dialog_dispose (GObject *object)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->reading);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_READING_DIALOG);

  G_OBJECT_CLASS (hearth_reading_dialog_parent_class)->dispose (object);
}

static void
hearth_reading_dialog_finalize (GObject *object)
{
  HearthReadingDialog *self = HEARTH_READING_DIALOG (object);

  g_clear_pointer (&self->initial_time, g_date_time_unref);

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
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, kind_switcher);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, general_error);
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
  gtk_widget_class_bind_template_child (widget_class, HearthReadingDialog, severe_value);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_stack_visible_child_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_reading_dialog_init (HearthReadingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
}
