/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-reading-dialog"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-reading-dialog-state-private.h"

/* The reading dialog's fields turned into a reading, and back: the parsing
 * of what was typed (in the units and decimal mark shown) and the
 * formatting of a reading being edited. */

static const char *
get_text (HearthReadingDialog *self,
          HearthReadingField   field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->entries[field]));
}

static gboolean
parse_pressure_field (HearthReadingDialog *self,
                      HearthReadingField   field,
                      double              *mmhg)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (get_text (self, field)));

  if (*stripped == '\0')
    {
      _hearth_reading_dialog_show_field_error (self, field,
                        field == HEARTH_READING_FIELD_SYSTOLIC
                        ? _("Enter the systolic (upper) value.")
                        : _("Enter the diastolic (lower) value."));
      return FALSE;
    }

  if (!hearth_units_parse_pressure (stripped, hearth_gui_settings_get_pressure_unit (self->settings),
                                    mmhg, &error))
    {
      _hearth_reading_dialog_show_field_error (self, field, error->message);
      return FALSE;
    }

  return TRUE;
}

/* A plain number field; @message when it is empty (and not @optional) or
 * not a number. The decimal mark follows HACKING.md's one rule: '.'
 * always, ',' too where the locale's mark is ','; elsewhere a ',' is
 * refused at the field with what to type, never read as something else. */
static gboolean
parse_number_field (HearthReadingDialog *self,
                    HearthReadingField   field,
                    gboolean             optional,
                    const char          *message,
                    double              *value)
{
  g_autofree char *text = g_strstrip (g_strdup (get_text (self, field)));
  char *end = NULL;
  double v;

  if (*text == '\0')
    {
      *value = NAN;
      if (optional)
        return TRUE;
      _hearth_reading_dialog_show_field_error (self, field, message);
      return FALSE;
    }

  if (strchr (text, ',') != NULL)
    {
      if (hearth_units_get_decimal_mark () != ',')
        {
          /* Translators: %s is what was typed, "36,8" */
          g_autofree char *refused = g_strdup_printf (_("“%s” is not a number: use “.” as the decimal mark"),
                                                      text);

          _hearth_reading_dialog_show_field_error (self, field, refused);
          return FALSE;
        }
      g_strdelimit (text, ",", '.');
    }

  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (v))
    {
      _hearth_reading_dialog_show_field_error (self, field, message);
      return FALSE;
    }

  *value = v;
  return TRUE;
}

gboolean
_hearth_reading_dialog_parse_height (HearthReadingDialog *self,
                                     double              *cm)
{
  g_autofree char *text = g_strstrip (g_strdup (get_text (self, HEARTH_READING_FIELD_HEIGHT)));
  g_autoptr(HearthProfile) check = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  *cm = 0;
  if (*text == '\0')
    return TRUE;

  if (!hearth_units_parse_length (text, hearth_gui_settings_get_length_unit (self->settings), cm, &error))
    {
      _hearth_reading_dialog_show_field_error (self, HEARTH_READING_FIELD_HEIGHT, error->message);
      return FALSE;
    }

  /* The member's own rule (its range), on a scratch copy. */
  check = hearth_profile_new (hearth_profile_get_name (self->profile));
  hearth_profile_set_height_cm (check, *cm);
  now = hearth_clock_now (hearth_store_get_clock (self->store));
  if (!hearth_profile_validate (check, now, &error))
    {
      _hearth_reading_dialog_show_field_error (self, HEARTH_READING_FIELD_HEIGHT, error->message);
      return FALSE;
    }

  return TRUE;
}

/* A new reading of the kind shown, from the fields; NULL after showing
 * the message of the first field that is not a number. */
static HearthReading *
build_fresh (HearthReadingDialog *self,
             HearthReadingKind    kind,
             GDateTime           *taken_at)
{
  gboolean mgdl = hearth_gui_settings_get_glucose_unit (self->settings) == HEARTH_GLUCOSE_UNIT_MG_DL;
  gboolean fahrenheit = hearth_gui_settings_get_temperature_unit (self->settings) == HEARTH_TEMPERATURE_UNIT_F;
  gboolean inches = hearth_gui_settings_get_length_unit (self->settings) == HEARTH_LENGTH_UNIT_FT_IN;
  double a, b, c;

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      if (!parse_pressure_field (self, HEARTH_READING_FIELD_SYSTOLIC, &a) ||
          !parse_pressure_field (self, HEARTH_READING_FIELD_DIASTOLIC, &b) ||
          !parse_number_field (self, HEARTH_READING_FIELD_PULSE, TRUE,
                               _("Enter the pulse in beats per minute, like 72, or leave it empty."), &c))
        return NULL;
      return hearth_reading_new_blood_pressure (taken_at, a, b, c);

    case HEARTH_READING_KIND_WEIGHT:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *stripped = g_strstrip (g_strdup (get_text (self, HEARTH_READING_FIELD_WEIGHT)));

        if (*stripped == '\0')
          {
            _hearth_reading_dialog_show_field_error (self, HEARTH_READING_FIELD_WEIGHT, _("Enter the weight."));
            return NULL;
          }
        if (!hearth_units_parse_weight (stripped, hearth_gui_settings_get_weight_unit (self->settings),
                                        &a, &error))
          {
            _hearth_reading_dialog_show_field_error (self, HEARTH_READING_FIELD_WEIGHT, error->message);
            return NULL;
          }
        if (!parse_number_field (self, HEARTH_READING_FIELD_BODY_FAT, TRUE,
                                 _("Enter body fat as a percentage, like 21.5, or leave it empty."), &b))
          return NULL;
        return hearth_reading_new_weight (taken_at, a, b);
      }

    case HEARTH_READING_KIND_GLUCOSE:
      if (!parse_number_field (self, HEARTH_READING_FIELD_GLUCOSE, FALSE,
                               mgdl ? _("Enter the glucose value in mg/dL, like 101.")
                                    : _("Enter the glucose value in mmol/L, like 5.6."), &a))
        return NULL;
      if (mgdl)
        a = hearth_units_mgdl_to_mmoll (a);
      return hearth_reading_new_glucose (taken_at, a,
                                         (HearthGlucoseContext) adw_combo_row_get_selected (self->context_row));

    case HEARTH_READING_KIND_HEART_RATE:
      if (!parse_number_field (self, HEARTH_READING_FIELD_HEART_RATE, FALSE,
                               _("Enter the resting heart rate in beats per minute, like 64."), &a))
        return NULL;
      return hearth_reading_new_heart_rate (taken_at, a);

    case HEARTH_READING_KIND_SPO2:
      if (!parse_number_field (self, HEARTH_READING_FIELD_SPO2, FALSE,
                               _("Enter the oxygen saturation as a percentage, like 97."), &a))
        return NULL;
      return hearth_reading_new_spo2 (taken_at, a);

    case HEARTH_READING_KIND_TEMPERATURE:
      if (!parse_number_field (self, HEARTH_READING_FIELD_TEMPERATURE, FALSE,
                               fahrenheit ? _("Enter the temperature in °F, like 98.6.")
                                          : _("Enter the temperature in °C, like 36.8."), &a))
        return NULL;
      return hearth_reading_new_temperature (taken_at, fahrenheit ? hearth_units_f_to_c (a) : a);

    case HEARTH_READING_KIND_WAIST:
      if (!parse_number_field (self, HEARTH_READING_FIELD_WAIST, FALSE,
                               inches ? _("Enter the waist in inches, like 34.")
                                      : _("Enter the waist in centimetres, like 84.5."), &a))
        return NULL;
      return hearth_reading_new_waist (taken_at, inches ? hearth_units_in_to_cm (a) : a);

    case HEARTH_READING_KIND_BODY_FAT:
      if (!parse_number_field (self, HEARTH_READING_FIELD_BODY_FAT_ONLY, FALSE,
                               _("Enter body fat as a percentage, like 21.5."), &a))
        return NULL;
      return hearth_reading_new_body_fat (taken_at, a);

    case HEARTH_READING_KIND_SLEEP:
      {
        g_autoptr(GDateTime) start = _hearth_reading_dialog_get_time (self, self->start_calendar,
                                               GTK_SPIN_BUTTON (self->entries[HEARTH_READING_FIELD_SLEEP_START]),
                                               self->start_minute_spin, self->initial_start);
        guint quality = adw_combo_row_get_selected (self->quality_row);

        if (start == NULL)
          return NULL;
        return hearth_reading_new_sleep (start, taken_at, quality == 0 ? NAN : (double) quality);
      }

    case HEARTH_READING_KIND_STEPS:
      if (!parse_number_field (self, HEARTH_READING_FIELD_STEPS, FALSE,
                               _("Enter the day’s steps as a whole number, like 7500."), &a))
        return NULL;
      return hearth_reading_new_steps (taken_at, a);

    default:
      g_assert_not_reached ();
    }

  return NULL;
}

HearthReading *
_hearth_reading_dialog_build_reading (HearthReadingDialog *self,
                                     GDateTime           *taken_at)
{
  g_autoptr(HearthReading) fresh = NULL;
  g_autoptr(HearthReading) reading = NULL;
  HearthReadingKind kind = _hearth_reading_dialog_get_kind (self);

  fresh = build_fresh (self, kind, taken_at);
  if (fresh == NULL)
    return NULL;

  if (self->reading != NULL)
    {
      /* An edit keeps the reading's identity; the constructor above did
       * the kind's arithmetic (sleep hours, the steps day). */
      reading = hearth_reading_copy (self->reading);
      hearth_reading_set_values (reading,
                                 hearth_reading_get_value_a (fresh),
                                 hearth_reading_get_value_b (fresh),
                                 hearth_reading_get_value_c (fresh));
      hearth_reading_set_taken_at (reading, hearth_reading_get_taken_at (fresh));
    }
  else
    reading = g_steal_pointer (&fresh);

  if (kind == HEARTH_READING_KIND_BLOOD_PRESSURE)
    {
      hearth_reading_set_arm (reading, (HearthArm) adw_combo_row_get_selected (self->arm_row));
      hearth_reading_set_posture (reading, (HearthPosture) adw_combo_row_get_selected (self->posture_row));
    }
  else if (kind == HEARTH_READING_KIND_GLUCOSE)
    hearth_reading_set_glucose_context (reading,
                                        (HearthGlucoseContext) adw_combo_row_get_selected (self->context_row));

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (self->profile));
  hearth_reading_set_note (reading, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  return g_steal_pointer (&reading);
}

static void
set_number (HearthReadingDialog *self,
            HearthReadingField   field,
            double               value,
            const char          *format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  gtk_editable_set_text (GTK_EDITABLE (self->entries[field]),
                         isnan (value) ? "" : g_ascii_formatd (buf, sizeof buf, format, value));
}

void
_hearth_reading_dialog_fill_from_reading (HearthReadingDialog *self)
{
  HearthReading *r = self->reading;

  switch (hearth_reading_get_kind (r))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthPressureUnit unit = hearth_gui_settings_get_pressure_unit (self->settings);
        g_autofree char *s = hearth_units_format_pressure_value (hearth_reading_get_systolic (r), unit);
        g_autofree char *d = hearth_units_format_pressure_value (hearth_reading_get_diastolic (r), unit);

        gtk_editable_set_text (GTK_EDITABLE (self->systolic_entry), s);
        gtk_editable_set_text (GTK_EDITABLE (self->diastolic_entry), d);
        set_number (self, HEARTH_READING_FIELD_PULSE, hearth_reading_get_pulse (r), "%.0f");
        adw_combo_row_set_selected (self->arm_row, hearth_reading_get_arm (r));
        adw_combo_row_set_selected (self->posture_row, hearth_reading_get_posture (r));
      }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      {
        g_autofree char *w = hearth_units_format_weight_value (hearth_reading_get_kg (r),
                                                               hearth_gui_settings_get_weight_unit (self->settings));

        gtk_editable_set_text (GTK_EDITABLE (self->weight_entry), w);
        set_number (self, HEARTH_READING_FIELD_BODY_FAT, hearth_reading_get_body_fat (r), "%.1f");
      }
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      if (hearth_gui_settings_get_glucose_unit (self->settings) == HEARTH_GLUCOSE_UNIT_MG_DL)
        set_number (self, HEARTH_READING_FIELD_GLUCOSE,
                    hearth_units_mmoll_to_mgdl (hearth_reading_get_mmol_l (r)), "%.0f");
      else
        set_number (self, HEARTH_READING_FIELD_GLUCOSE, hearth_reading_get_mmol_l (r), "%.1f");
      adw_combo_row_set_selected (self->context_row, hearth_reading_get_glucose_context (r));
      break;

    case HEARTH_READING_KIND_HEART_RATE:
      set_number (self, HEARTH_READING_FIELD_HEART_RATE, hearth_reading_get_bpm (r), "%.0f");
      break;

    case HEARTH_READING_KIND_SPO2:
      set_number (self, HEARTH_READING_FIELD_SPO2, hearth_reading_get_spo2 (r), "%.0f");
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      if (hearth_gui_settings_get_temperature_unit (self->settings) == HEARTH_TEMPERATURE_UNIT_F)
        set_number (self, HEARTH_READING_FIELD_TEMPERATURE,
                    hearth_units_c_to_f (hearth_reading_get_celsius (r)), "%.1f");
      else
        set_number (self, HEARTH_READING_FIELD_TEMPERATURE, hearth_reading_get_celsius (r), "%.1f");
      break;

    case HEARTH_READING_KIND_WAIST:
      if (hearth_gui_settings_get_length_unit (self->settings) == HEARTH_LENGTH_UNIT_FT_IN)
        set_number (self, HEARTH_READING_FIELD_WAIST, hearth_units_cm_to_in (hearth_reading_get_waist_cm (r)), "%.1f");
      else
        set_number (self, HEARTH_READING_FIELD_WAIST, hearth_reading_get_waist_cm (r), "%.1f");
      break;

    case HEARTH_READING_KIND_BODY_FAT:
      set_number (self, HEARTH_READING_FIELD_BODY_FAT_ONLY, hearth_reading_get_body_fat (r), "%.1f");
      break;

    case HEARTH_READING_KIND_SLEEP:
      {
        double quality = hearth_reading_get_sleep_quality (r);

        adw_combo_row_set_selected (self->quality_row, isnan (quality) ? 0 : (guint) lround (quality));
      }
      break;

    case HEARTH_READING_KIND_STEPS:
      set_number (self, HEARTH_READING_FIELD_STEPS, hearth_reading_get_steps (r), "%.0f");
      break;

    default:
      break;
    }

  if (hearth_reading_get_note (r) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row), hearth_reading_get_note (r));
}
