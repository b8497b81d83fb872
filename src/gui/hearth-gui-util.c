/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-gui-util"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"

GSettings *
hearth_gui_settings_new (void)
{
  return g_settings_new (BASE_APPLICATION_ID);
}

HearthWeightUnit
hearth_gui_settings_get_weight_unit (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "weight-unit");
  HearthWeightUnit unit = HEARTH_WEIGHT_UNIT_KG;

  hearth_weight_unit_from_string (s, &unit);
  return unit;
}

HearthEnergyUnit
hearth_gui_settings_get_energy_unit (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "energy-unit");
  HearthEnergyUnit unit = HEARTH_ENERGY_UNIT_KCAL;

  hearth_energy_unit_from_string (s, &unit);
  return unit;
}

HearthLengthUnit
hearth_gui_settings_get_length_unit (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "length-unit");
  HearthLengthUnit unit = HEARTH_LENGTH_UNIT_CM;

  hearth_length_unit_from_string (s, &unit);
  return unit;
}

HearthPressureUnit
hearth_gui_settings_get_pressure_unit (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "pressure-unit");
  HearthPressureUnit unit = HEARTH_PRESSURE_UNIT_MMHG;

  hearth_pressure_unit_from_string (s, &unit);
  return unit;
}

HearthGlucoseUnit
hearth_gui_settings_get_glucose_unit (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "glucose-unit");
  HearthGlucoseUnit unit = HEARTH_GLUCOSE_UNIT_MMOL_L;

  hearth_glucose_unit_from_string (s, &unit);
  return unit;
}

HearthTemperatureUnit
hearth_gui_settings_get_temperature_unit (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "temperature-unit");
  HearthTemperatureUnit unit = HEARTH_TEMPERATURE_UNIT_C;

  hearth_temperature_unit_from_string (s, &unit);
  return unit;
}

HearthBpGuideline
hearth_gui_settings_get_bp_guideline (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "bp-guideline");
  HearthBpGuideline guideline = HEARTH_BP_GUIDELINE_ACC_AHA_2017;

  hearth_bp_guideline_from_string (s, &guideline);
  return guideline;
}

HearthBmiCutoffs
hearth_gui_settings_get_bmi_cutoffs (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "bmi-cutoffs");
  HearthBmiCutoffs cutoffs = HEARTH_BMI_CUTOFFS_WHO;

  hearth_bmi_cutoffs_from_string (s, &cutoffs);
  return cutoffs;
}

HearthGlucoseGuideline
hearth_gui_settings_get_glucose_guideline (GSettings *settings)
{
  g_autofree char *s = g_settings_get_string (settings, "glucose-guideline");
  HearthGlucoseGuideline guideline = HEARTH_GLUCOSE_GUIDELINE_ADA;

  hearth_glucose_guideline_from_string (s, &guideline);
  return guideline;
}

char *
hearth_gui_format_bp (double             systolic,
                      double             diastolic,
                      HearthPressureUnit unit)
{
  /* Core's formatter, so the numbers round exactly as everywhere else. */
  g_autofree char *a = hearth_units_format_pressure_value (systolic, unit);
  g_autofree char *b = hearth_units_format_pressure_value (diastolic, unit);

  /* Translators: systolic/diastolic and the pressure unit, "128/82 mmHg" */
  return g_strdup_printf (_("%s/%s %s"), a, b, hearth_units_pressure_symbol (unit));
}

/* A heart rate or SpO2 as the classification shows it ("64 bpm",
 * "93 %"): it rounds halves the way the category is decided, which
 * "%.0f" does not. */
static char *
format_whole_vital (HearthReading *reading)
{
  HearthVitalClass klass;
  gboolean ok;

  if (hearth_reading_get_kind (reading) == HEARTH_READING_KIND_HEART_RATE)
    ok = hearth_classify_heart_rate (hearth_reading_get_bpm (reading), -1, &klass);
  else
    ok = hearth_classify_spo2 (hearth_reading_get_spo2 (reading), &klass);

  return g_strdup (ok ? klass.shown : "—");
}

char *
hearth_gui_format_reading_values (HearthReading *reading,
                                  GSettings     *settings)
{
  GString *str = g_string_new (NULL);

  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        g_autofree char *bp = hearth_gui_format_bp (hearth_reading_get_systolic (reading),
                                                    hearth_reading_get_diastolic (reading),
                                                    hearth_gui_settings_get_pressure_unit (settings));
        double pulse = hearth_reading_get_pulse (reading);

        g_string_append (str, bp);
        if (!isnan (pulse))
          /* Translators: appended to a blood pressure, "128/82 mmHg · pulse 64" */
          g_string_append_printf (str, _(" · pulse %.0f"), pulse);
      }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      {
        g_autofree char *w = hearth_units_format_weight (hearth_reading_get_kg (reading),
                                                         hearth_gui_settings_get_weight_unit (settings));
        double fat = hearth_reading_get_body_fat (reading);

        g_string_append (str, w);
        if (!isnan (fat))
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];

            g_ascii_formatd (buf, sizeof buf, "%.1f", fat);
            /* Translators: appended to a weight, "72.4 kg · 21.5 % body fat" */
            g_string_append_printf (str, _(" · %s %% body fat"), buf);
          }
      }
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      {
        g_autofree char *g = hearth_units_format_glucose (hearth_reading_get_mmol_l (reading),
                                                          hearth_gui_settings_get_glucose_unit (settings));
        HearthGlucoseContext context = hearth_reading_get_glucose_context (reading);

        g_string_append (str, g);
        if (context != HEARTH_GLUCOSE_CONTEXT_UNSET)
          g_string_append_printf (str, " · %s", hearth_glucose_context_get_name (context));
      }
      break;

    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
      {
        g_autofree char *v = format_whole_vital (reading);

        g_string_append (str, v);
      }
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      {
        g_autofree char *t = hearth_units_format_temperature (hearth_reading_get_celsius (reading),
                                                              hearth_gui_settings_get_temperature_unit (settings));

        g_string_append (str, t);
      }
      break;

    case HEARTH_READING_KIND_WAIST:
      {
        g_autofree char *l = hearth_units_format_length (hearth_reading_get_waist_cm (reading),
                                                         hearth_gui_settings_get_length_unit (settings));

        g_string_append (str, l);
      }
      break;

    case HEARTH_READING_KIND_BODY_FAT:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        g_ascii_formatd (buf, sizeof buf, "%.1f", hearth_reading_get_body_fat (reading));
        /* Translators: a body fat percentage on its own, "21.5 % body fat" */
        g_string_append_printf (str, _("%s %% body fat"), buf);
      }
      break;

    case HEARTH_READING_KIND_SLEEP:
      {
        gint64 minutes = llround (hearth_reading_get_sleep_hours (reading) * 60);
        double quality = hearth_reading_get_sleep_quality (reading);

        /* Translators: time asleep, "7 h 30 min" */
        g_string_append_printf (str, _("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
        if (!isnan (quality))
          /* Translators: appended to a sleep, "7 h 30 min · quality 4 of 5" */
          g_string_append_printf (str, _(" · quality %.0f of 5"), quality);
      }
      break;

    case HEARTH_READING_KIND_STEPS:
      {
        double steps = hearth_reading_get_steps (reading);

        /* Translators: a day's step total */
        g_string_append_printf (str, g_dngettext (GETTEXT_PACKAGE, "%.0f step", "%.0f steps",
                                                  (gulong) MAX (steps, 0)),
                                steps);
      }
      break;

    default:
      g_string_append (str, hearth_reading_kind_get_name (hearth_reading_get_kind (reading)));
      break;
    }

  return g_string_free (str, FALSE);
}

char *
hearth_gui_format_when (GDateTime *when,
                        GDateTime *now)
{
  g_autoptr(GDateTime) now_there = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  g_autofree char *time = NULL;
  g_autofree char *date = NULL;
  int y, m, d, ny, nm, nd, yy, ym, yd;

  g_return_val_if_fail (when != NULL, NULL);

  time = g_date_time_format (when, "%H:%M");
  if (now == NULL)
    now_there = g_date_time_ref (when);
  else
    now_there = g_date_time_ref (now);
  yesterday = g_date_time_add_days (now_there, -1);

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_time_get_ymd (now_there, &ny, &nm, &nd);
  g_date_time_get_ymd (yesterday, &yy, &ym, &yd);

  if (y == ny && m == nm && d == nd)
    /* Translators: %s is a time, "08:15" */
    return g_strdup_printf (_("Today, %s"), time);
  if (y == yy && m == ym && d == yd)
    /* Translators: %s is a time, "21:40" */
    return g_strdup_printf (_("Yesterday, %s"), time);

  if (y == ny)
    /* Translators: a date in this year, see g_date_time_format() */
    date = g_date_time_format (when, _("%a %-d %b"));
  else
    /* Translators: a date, see g_date_time_format() */
    date = g_date_time_format (when, _("%-d %b %Y"));

  /* Translators: a date and a time, "Mon 3 Mar, 08:15" */
  return g_strdup_printf (_("%s, %s"), date, time);
}

void
hearth_gui_classify_bp (GSettings     *settings,
                        HearthReading *reading,
                        HearthBpClass *out)
{
  /* The category of the numbers shown, in the unit shown. */
  hearth_classify_bp_as_shown (hearth_gui_settings_get_bp_guideline (settings),
                               g_settings_get_boolean (settings, "bp-home-thresholds"),
                               hearth_reading_get_systolic (reading),
                               hearth_reading_get_diastolic (reading),
                               hearth_gui_settings_get_pressure_unit (settings),
                               out);
}

char *
hearth_gui_format_bp_class (const HearthBpClass *klass)
{
  const char *name = hearth_bp_guideline_get_name (klass->guideline);

  if (klass->home)
    /* Translators: a category and its guideline, "Stage 1 hypertension · ACC/AHA 2017 (home)" */
    return g_strdup_printf (_("%s · %s (home)"), klass->label, name);
  else
    /* Translators: a category and its guideline, "Grade 1 hypertension · ESC 2024 (office)" */
    return g_strdup_printf (_("%s · %s (office)"), klass->label, name);
}

char *
hearth_gui_format_age (HearthProfile *profile,
                       GDateTime     *now)
{
  int age = hearth_profile_get_age (profile, now);

  if (age < 0)
    return NULL;

  /* Translators: a member's age in years */
  return g_strdup_printf (ngettext ("Age %d", "Age %d", age), age);
}

const char *
hearth_gui_reading_kind_icon_name (HearthReadingKind kind)
{
  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      return "hearth-blood-pressure-symbolic";
    case HEARTH_READING_KIND_WEIGHT:
      return "hearth-weight-symbolic";
    /* Adwaita's (adwaita-icon-theme 43, Debian 12): a width, a figure. */
    case HEARTH_READING_KIND_WAIST:
      return "object-flip-horizontal-symbolic";
    case HEARTH_READING_KIND_BODY_FAT:
      return "avatar-default-symbolic";
    case HEARTH_READING_KIND_HEART_RATE:
      return "emblem-favorite-symbolic";
    case HEARTH_READING_KIND_SLEEP:
      return "weather-clear-night-symbolic";
    case HEARTH_READING_KIND_GLUCOSE:
      return "hearth-glucose-symbolic";
    case HEARTH_READING_KIND_SPO2:
      return "hearth-spo2-symbolic";
    case HEARTH_READING_KIND_TEMPERATURE:
      return "hearth-temperature-symbolic";
    case HEARTH_READING_KIND_STEPS:
      return "hearth-steps-symbolic";
    default:
      return "x-office-document-symbolic";
    }
}

gboolean
hearth_gui_reading_kind_is_editable (HearthReadingKind kind)
{
  return kind <= HEARTH_READING_KIND_LAST;
}

/* libadwaita palette: blue 4, green 5, orange 5, red 4, purple 4, brown 4, dark 2 */
const char * const hearth_gui_member_colors[] = {
  "#1c71d8", "#26a269", "#e66100", "#c01c28", "#813d9c", "#865e3c", "#5e5c64", NULL
};

GtkWidget *
hearth_gui_member_badge_new (HearthProfile *profile,
                             int            size)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autofree char *css = NULL;
  g_autofree char *initial = NULL;
  const char *name = hearth_profile_get_name (profile);
  const char *color = hearth_profile_get_color (profile);
  GdkRGBA rgba;
  GtkWidget *label;

  if (name != NULL && *name != '\0')
    {
      const char *end = g_utf8_next_char (name);
      g_autofree char *first = g_strndup (name, end - name);

      initial = g_utf8_strup (first, -1);
    }
  else
    initial = g_strdup ("?");

  /* No colour chosen (e.g. added with hearth-cli): a stable one from the
   * palette, so family members still look different. */
  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    {
      const char *uuid = hearth_profile_get_uuid (profile);
      guint n = g_strv_length ((GStrv) hearth_gui_member_colors);

      color = hearth_gui_member_colors[(uuid != NULL ? g_str_hash (uuid) : 0) % n];
    }

  label = gtk_label_new (initial);
  gtk_widget_add_css_class (label, "member-badge");
  gtk_widget_set_size_request (label, size, size);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  css = g_strdup_printf ("label.member-badge { background-color: %s; font-size: %dpx; }",
                         color, MAX (9, size * 9 / 20));
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider (gtk_widget_get_style_context (label),
                                  GTK_STYLE_PROVIDER (provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  return label;
}

void
hearth_gui_set_row_error (AdwActionRow *row,
                          GtkWidget    *entry,
                          const char   *message)
{
  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  if (message != NULL)
    {
      adw_action_row_set_subtitle (row, message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "field-error");
      if (entry != NULL)
        gtk_widget_add_css_class (entry, "error");
    }
  else
    {
      adw_action_row_set_subtitle (row, "");
      gtk_widget_remove_css_class (GTK_WIDGET (row), "field-error");
      if (entry != NULL)
        gtk_widget_remove_css_class (entry, "error");
    }
}

GStrv
hearth_gui_split_list (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  /* ASCII and full-width commas, the ideographic enumeration comma and
   * semicolons: people type lists with whichever their keyboard gives. */
  g_auto(GStrv) parts = g_regex_split_simple ("[,;\uFF0C\u3001\uFF1B]", text != NULL ? text : "",
                                              0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

char *
hearth_gui_join_list (const char * const *items)
{
  if (items == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (GStrv) items);
}

static char *
format_hours (double hours)
{
  gint64 minutes = llround (hours * 60);

  if (minutes < 60)
    /* Translators: a short duration in minutes, "25 min" */
    return g_strdup_printf (_("%d min"), (int) minutes);

  /* Translators: time asleep, "7 h 30 min" */
  return g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
}

static char *
format_number_unit (double      value,
                    const char *format,
                    const char *unit)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf ("%s %s", g_ascii_formatd (buf, sizeof buf, format, value), unit);
}

char *
hearth_gui_format_reading_value (HearthReading *reading,
                                 GSettings     *settings)
{
  g_return_val_if_fail (HEARTH_IS_READING (reading), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      return hearth_gui_format_bp (hearth_reading_get_systolic (reading),
                                   hearth_reading_get_diastolic (reading),
                                   hearth_gui_settings_get_pressure_unit (settings));
    case HEARTH_READING_KIND_WEIGHT:
      return hearth_units_format_weight (hearth_reading_get_kg (reading),
                                         hearth_gui_settings_get_weight_unit (settings));
    case HEARTH_READING_KIND_GLUCOSE:
      return hearth_units_format_glucose (hearth_reading_get_mmol_l (reading),
                                          hearth_gui_settings_get_glucose_unit (settings));
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
      return format_whole_vital (reading);
    case HEARTH_READING_KIND_TEMPERATURE:
      return hearth_units_format_temperature (hearth_reading_get_celsius (reading),
                                              hearth_gui_settings_get_temperature_unit (settings));
    case HEARTH_READING_KIND_WAIST:
      return hearth_units_format_length (hearth_reading_get_waist_cm (reading),
                                         hearth_gui_settings_get_length_unit (settings));
    case HEARTH_READING_KIND_BODY_FAT:
      return format_number_unit (hearth_reading_get_body_fat (reading), "%.1f", "%");
    case HEARTH_READING_KIND_SLEEP:
      return format_hours (hearth_reading_get_sleep_hours (reading));
    case HEARTH_READING_KIND_STEPS:
      {
        double steps = hearth_reading_get_steps (reading);

        /* Translators: a day's step total */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f step", "%.0f steps",
                                             (gulong) MAX (steps, 0)),
                                steps);
      }
    default:
      return hearth_gui_format_reading_values (reading, settings);
    }
}

/* Under 18: BMI-for-age (docs/clinical.md#bmi-for-age), never an adult
 * category. "BMI 15.9 · Percentile 46.1 · z-score -0.10 · Normal". */
static char *
describe_bmi_for_age (HearthReading *reading,
                      HearthProfile *profile,
                      double         cm)
{
  GDateTime *taken_at = hearth_reading_get_taken_at (reading);
  g_autoptr(GDate) day = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (taken_at),
                                         (GDateMonth) g_date_time_get_month (taken_at),
                                         (GDateYear) g_date_time_get_year (taken_at));
  g_autoptr(GError) error = NULL;
  g_autofree char *percentile = NULL;
  g_autofree char *z = NULL;
  char z_buf[G_ASCII_DTOSTR_BUF_SIZE];
  HearthBmiClass klass;
  HearthBmiForAge r;

  if (cm <= 0 ||
      !hearth_classify_bmi (HEARTH_BMI_CUTOFFS_WHO, hearth_reading_get_kg (reading), cm, -1, &klass))
    /* Translators: on a child's weight card (BMI-for-age) */
    return g_strdup (_("Add a height to see BMI-for-age"));

  if (!hearth_growth_profile_bmi_for_age (profile, hearth_reading_get_kg (reading), cm, day, &r, &error))
    /* Translators: "BMI 15.9 · A child's growth needs the full birth date…"; %s
     * the BMI, %s why BMI-for-age cannot be given */
    return g_strdup_printf (_("BMI %s · %s"), klass.shown, error->message);

  percentile = hearth_growth_format_percentile (r.percentile);
  /* the z as shown and classified: no "-0.00" */
  z = g_strdup (g_ascii_formatd (z_buf, sizeof z_buf, "%.2f", round (r.z * 100) / 100 + 0.0));
  /* Translators: a child's BMI-for-age, "BMI 15.9 · Percentile 46.1 · z-score
   * -0.10 · Normal": the BMI, its percentile, its z-score, WHO's category */
  return g_strdup_printf (_("BMI %s · Percentile %s · z-score %s · %s"), klass.shown,
                          percentile, z, r.label);
}

static char *
describe_bmi (HearthReading *reading,
              HearthProfile *profile,
              GSettings     *settings,
              GDateTime     *now)
{
  HearthBmiCutoffs cutoffs = hearth_gui_settings_get_bmi_cutoffs (settings);
  HearthBmiClass klass;
  double cm = profile != NULL ? hearth_profile_get_height_cm (profile) : 0;
  int age = profile != NULL ? hearth_profile_get_age (profile, now) : -1;

  if (age >= 0 && age < 18)
    return describe_bmi_for_age (reading, profile, cm);

  if (cm <= 0 ||
      !hearth_classify_bmi (cutoffs, hearth_reading_get_kg (reading), cm,
                            hearth_profile_get_age (profile, now), &klass))
    return g_strdup (_("Add a height to see BMI"));

  if (klass.none)
    /* Translators: "BMI 17.2 · No adult category under 18" */
    return g_strdup_printf (_("BMI %s · %s"), klass.shown, klass.label);

  /* Translators: "BMI 24.3 · Normal weight · WHO" */
  return g_strdup_printf (_("BMI %s · %s · %s"), klass.shown, klass.label,
                          hearth_bmi_cutoffs_get_name (cutoffs));
}

char *
hearth_gui_describe_category (HearthReading  *reading,
                              HearthProfile  *profile,
                              GSettings      *settings,
                              GDateTime      *now,
                              HearthGuiAlert *alert)
{
  HearthGuiAlert level = HEARTH_GUI_ALERT_NONE;
  char *text = NULL;
  int age;

  g_return_val_if_fail (HEARTH_IS_READING (reading), NULL);
  g_return_val_if_fail (!profile || HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  age = profile != NULL ? hearth_profile_get_age (profile, now) : -1;

  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthBpClass klass;

        hearth_gui_classify_bp (settings, reading, &klass);
        text = hearth_gui_format_bp_class (&klass);
        if (klass.low)
          {
            g_autofree char *limit = hearth_gui_format_bp (90, 60, hearth_gui_settings_get_pressure_unit (settings));
            /* Translators: added under a blood pressure category; %s is "90/60 mmHg" in the user's unit */
            g_autofree char *low = g_strdup_printf (_("Below %s, commonly flagged as low"), limit);
            char *with_low = g_strdup_printf ("%s\n%s", text, low);

            g_free (text);
            text = with_low;
          }
        if (klass.severe)
          level = HEARTH_GUI_ALERT_SEVERE;
      }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      text = describe_bmi (reading, profile, settings, now);
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      {
        HearthGlucoseClass klass;

        if (hearth_classify_glucose (hearth_gui_settings_get_glucose_guideline (settings),
                                     hearth_reading_get_glucose_context (reading),
                                     hearth_reading_get_mmol_l (reading),
                                     hearth_gui_settings_get_glucose_unit (settings),
                                     &klass) &&
            g_strcmp0 (klass.id, "none") != 0)
          {
            text = hearth_glucose_class_describe (&klass);
            if (klass.alert)
              level = HEARTH_GUI_ALERT_SEVERE;
          }
      }
      break;

    case HEARTH_READING_KIND_HEART_RATE:
      {
        HearthVitalClass klass;

        if (hearth_classify_heart_rate (hearth_reading_get_bpm (reading), age, &klass) && !klass.none)
          text = hearth_vital_class_describe (&klass);
      }
      break;

    case HEARTH_READING_KIND_SPO2:
      {
        HearthVitalClass klass;

        if (hearth_classify_spo2 (hearth_reading_get_spo2 (reading), &klass))
          {
            text = hearth_vital_class_describe (&klass);
            if (g_strcmp0 (klass.id, "low") == 0)
              level = HEARTH_GUI_ALERT_WARNING;
          }
      }
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      {
        HearthVitalClass klass;

        if (hearth_classify_temperature_in (hearth_reading_get_celsius (reading),
                                            hearth_gui_settings_get_temperature_unit (settings),
                                            &klass))
          {
            text = hearth_vital_class_describe (&klass);
            if (g_strcmp0 (klass.id, "fever") == 0)
              level = HEARTH_GUI_ALERT_WARNING;
          }
      }
      break;

    case HEARTH_READING_KIND_SLEEP:
      {
        HearthVitalClass klass;

        if (hearth_classify_sleep (hearth_reading_get_sleep_hours (reading), age, &klass) && !klass.none)
          text = hearth_vital_class_describe (&klass);
      }
      break;

    /* docs/clinical.md gives these no categories: none made up. */
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_STEPS:
    default:
      break;
    }

  if (alert != NULL)
    *alert = level;

  return text;
}

char *
hearth_gui_describe_reading (HearthReading *reading,
                             GSettings     *settings,
                             GDateTime     *now)
{
  g_autofree char *value = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (HEARTH_IS_READING (reading), NULL);

  value = hearth_gui_format_reading_value (reading, settings);
  when = hearth_gui_format_when (hearth_reading_get_taken_at (reading), now);

  /* Translators: kind, value and when, "Blood pressure 142/91 mmHg · Today, 08:10" */
  return g_strdup_printf (_("%s %s · %s"), hearth_reading_kind_get_name (hearth_reading_get_kind (reading)),
                          value, when);
}

char *
hearth_gui_label_category (const char     *category,
                           HearthGuiAlert  alert)
{
  if (alert != HEARTH_GUI_ALERT_SEVERE)
    return g_strdup (category);

  if (category == NULL || *category == '\0')
    /* Translators: beside a reading in the severe range (PRODUCT.md) */
    return g_strdup (_("Severe — seek care"));

  /* Translators: "Severe — seek care", then the reading's category */
  return g_strdup_printf (_("%s\n%s"), _("Severe — seek care"), category);
}

char *
hearth_gui_format_last_logged (int days)
{
  if (days <= 0)
    return g_strdup (_("Last logged today"));
  if (days == 1)
    return g_strdup (_("Last logged yesterday"));

  /* Translators: how long ago the newest reading of a kind was logged */
  return g_strdup_printf (ngettext ("Last logged %d day ago", "Last logged %d days ago", days), days);
}

/* The size of a difference of means, in the display unit, rounded to
 * the display precision; NULL when it rounds to nothing. */
static char *
format_difference (HearthReadingKind  kind,
                   double             d,
                   GSettings         *settings)
{
  double v = fabs (d);
  const char *format = "%.0f";
  const char *unit = NULL;

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthPressureUnit pu = hearth_gui_settings_get_pressure_unit (settings);

        if (pu == HEARTH_PRESSURE_UNIT_KPA)
          {
            v = hearth_units_mmhg_to_kpa (v);
            format = "%.1f";
          }
        unit = hearth_units_pressure_symbol (pu);
      }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      {
        HearthWeightUnit wu = hearth_gui_settings_get_weight_unit (settings);

        format = "%.1f";
        if (wu == HEARTH_WEIGHT_UNIT_KG)
          unit = hearth_units_weight_symbol (wu);
        else
          {
            /* Stones too: a change reads best in pounds. */
            v = hearth_units_kg_to_lb (v);
            unit = hearth_units_weight_symbol (HEARTH_WEIGHT_UNIT_LB);
          }
      }
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      if (hearth_gui_settings_get_glucose_unit (settings) == HEARTH_GLUCOSE_UNIT_MG_DL)
        {
          v = hearth_units_mmoll_to_mgdl (v);
          unit = "mg/dL";
        }
      else
        {
          format = "%.1f";
          unit = "mmol/L";
        }
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      format = "%.1f";
      if (hearth_gui_settings_get_temperature_unit (settings) == HEARTH_TEMPERATURE_UNIT_F)
        {
          v = v * 9.0 / 5.0;
          unit = "°F";
        }
      else
        unit = "°C";
      break;

    case HEARTH_READING_KIND_WAIST:
      format = "%.1f";
      if (hearth_gui_settings_get_length_unit (settings) == HEARTH_LENGTH_UNIT_FT_IN)
        {
          v = hearth_units_cm_to_in (v);
          unit = "in";
        }
      else
        unit = "cm";
      break;

    case HEARTH_READING_KIND_BODY_FAT:
      format = "%.1f";
      unit = "%";
      break;

    case HEARTH_READING_KIND_SLEEP:
      if (llround (v * 60) == 0)
        return NULL;
      return format_hours (v);

    case HEARTH_READING_KIND_STEPS:
      if (llround (v) == 0)
        return NULL;
      /* Translators: a difference in steps */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f step", "%.0f steps",
                                           (gulong) llround (v)),
                              v);

    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    default:
      unit = hearth_reading_kind_get_unit_symbol (kind);
      break;
    }

  {
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    g_ascii_formatd (buf, sizeof buf, format, v);
    if (g_ascii_strtod (buf, NULL) == 0)
      return NULL;
    return g_strdup_printf ("%s %s", buf, unit);
  }
}

char *
hearth_gui_format_week_change (const HearthKindSummary *summary,
                               GSettings               *settings)
{
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  if (summary->n_week == 0)
    return g_strdup (_("No readings in the last 7 days to compare"));
  if (summary->n_prev_week == 0 || isnan (summary->prev_week_mean_a))
    return g_strdup (_("No readings in the previous 7 days to compare"));

  if (summary->kind == HEARTH_READING_KIND_BLOOD_PRESSURE &&
      !isnan (summary->week_mean_b) && !isnan (summary->prev_week_mean_b))
    {
      double ds = summary->week_mean_a - summary->prev_week_mean_a;
      double dd = summary->week_mean_b - summary->prev_week_mean_b;
      g_autofree char *s = format_difference (summary->kind, ds, settings);
      g_autofree char *d = format_difference (summary->kind, dd, settings);

      if (s == NULL && d == NULL)
        return g_strdup (_("Average about the same as the previous 7 days"));
      if (s == NULL)
        return g_strdup_printf (dd < 0
                                /* Translators: %s is a difference with its unit, "3 mmHg" */
                                ? _("Average diastolic %s lower than the previous 7 days, systolic about the same")
                                /* Translators: %s is a difference with its unit, "3 mmHg" */
                                : _("Average diastolic %s higher than the previous 7 days, systolic about the same"),
                                d);
      if (d == NULL)
        return g_strdup_printf (ds < 0
                                /* Translators: %s is a difference with its unit, "5 mmHg" */
                                ? _("Average systolic %s lower than the previous 7 days, diastolic about the same")
                                /* Translators: %s is a difference with its unit, "5 mmHg" */
                                : _("Average systolic %s higher than the previous 7 days, diastolic about the same"),
                                s);
      if (ds < 0 && dd < 0)
        /* Translators: systolic and diastolic differences, "5 mmHg", "3 mmHg" */
        return g_strdup_printf (_("Average systolic %s and diastolic %s lower than the previous 7 days"), s, d);
      if (ds > 0 && dd > 0)
        /* Translators: systolic and diastolic differences, "5 mmHg", "3 mmHg" */
        return g_strdup_printf (_("Average systolic %s and diastolic %s higher than the previous 7 days"), s, d);
      if (ds < 0)
        /* Translators: systolic and diastolic differences, "5 mmHg", "3 mmHg" */
        return g_strdup_printf (_("Average systolic %s lower and diastolic %s higher than the previous 7 days"), s, d);
      /* Translators: systolic and diastolic differences, "5 mmHg", "3 mmHg" */
      return g_strdup_printf (_("Average systolic %s higher and diastolic %s lower than the previous 7 days"), s, d);
    }

  {
    double delta = summary->week_mean_a - summary->prev_week_mean_a;
    g_autofree char *text = format_difference (summary->kind, delta, settings);

    if (text == NULL)
      return g_strdup (_("Average about the same as the previous 7 days"));
    if (delta < 0)
      /* Translators: %s is a difference with its unit, "5 mmHg", "1.2 kg" */
      return g_strdup_printf (_("Average %s lower than the previous 7 days"), text);
    /* Translators: %s is a difference with its unit, "5 mmHg", "1.2 kg" */
    return g_strdup_printf (_("Average %s higher than the previous 7 days"), text);
  }
}

char *
hearth_gui_format_steps_change (HearthStore   *store,
                                HearthProfile *profile,
                                GDateTime     *now,
                                GSettings     *settings)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;
  gint64 today;
  double week = 0, prev = 0;
  guint n_week = 0, n_prev = 0;
  g_autofree char *text = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  /* Today's local day number, as the store counts days (since 1970-01-01). */
  local = g_date_time_to_local (now);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  today = (gint64) g_date_get_julian (&date) - 719163;  /* julian day of 1970-01-01 */

  days = hearth_store_aggregate (store, hearth_profile_get_uuid (profile), HEARTH_READING_KIND_STEPS,
                                 HEARTH_PERIOD_DAY, today - 14, today - 1, &error);
  if (days == NULL)
    {
      g_warning ("Could not add up the steps: %s", error->message);
      return NULL;
    }

  for (guint i = 0; i < days->len; i++)
    {
      const HearthAggregate *day = &g_array_index (days, HearthAggregate, i);

      if (day->first_day >= today - 7)
        {
          week += day->mean_a;
          n_week++;
        }
      else
        {
          prev += day->mean_a;
          n_prev++;
        }
    }

  if (n_week == 0)
    return g_strdup (_("No full days in the last 7 to compare"));
  if (n_prev == 0)
    return g_strdup (_("No full days in the 7 before those to compare"));

  week /= n_week;
  prev /= n_prev;
  text = format_difference (HEARTH_READING_KIND_STEPS, week - prev, settings);
  if (text == NULL)
    return g_strdup (_("Last 7 full days: about the same as the 7 before"));
  if (week < prev)
    /* Translators: %s is a number of steps, "2000 steps"; today is left out while it is not over */
    return g_strdup_printf (_("Last 7 full days: average %s lower than the 7 before"), text);
  /* Translators: %s is a number of steps, "2000 steps"; today is left out while it is not over */
  return g_strdup_printf (_("Last 7 full days: average %s higher than the 7 before"), text);
}

void
hearth_gui_drop_row_focus_stops (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* Return in a spin button (hours, minutes) takes the value typed, then
   * saves like every other field. */
  if (GTK_IS_SPIN_BUTTON (widget))
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (widget));

      if (GTK_IS_TEXT (text))
        gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
    }

  if (ADW_IS_ACTION_ROW (widget) && !ADW_IS_COMBO_ROW (widget) &&
      adw_action_row_get_activatable_widget (ADW_ACTION_ROW (widget)) != NULL)
    gtk_widget_set_focusable (widget, FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hearth_gui_drop_row_focus_stops (child);
}

/* "3 readings, 1 meal, 2 doses": what a permanent delete takes, or NULL
 * when nothing; @everything adds the members, foods and recipes. */
char *
hearth_gui_format_purge_counts (const HearthPurgeCounts *counts,
                                gboolean                 everything)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int n;

  n = everything ? (int) CLAMP (counts->members, 0, G_MAXINT) : 0;
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d member", "%d members", n), n));

  n = (int) CLAMP (counts->readings, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d reading", "%d readings", n), n));
  n = (int) CLAMP (counts->meals, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d meal", "%d meals", n), n));
  n = (int) CLAMP (counts->workouts, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d workout", "%d workouts", n), n));
  n = (int) CLAMP (counts->medications, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d medication", "%d medications", n), n));
  n = (int) CLAMP (counts->doses, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d dose taken or skipped", "%d doses taken or skipped", n), n));
  n = (int) CLAMP (counts->goals, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d goal", "%d goals", n), n));
  n = (int) CLAMP (counts->skip_days, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d skip day", "%d skip days", n), n));
  n = (int) CLAMP (counts->badges, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d badge", "%d badges", n), n));
  n = (int) CLAMP (counts->challenges, 0, G_MAXINT);
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d challenge", "%d challenges", n), n));
  n = (int) CLAMP (counts->record_entries, 0, G_MAXINT);
  if (n > 0)
    /* Translators: conditions, family history and the details (blood type, contact, notes) */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d health record entry", "%d health record entries", n), n));
  n = everything ? (int) CLAMP (counts->foods, 0, G_MAXINT) : 0;
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d food of your own", "%d foods of your own", n), n));
  n = everything ? (int) CLAMP (counts->recipes, 0, G_MAXINT) : 0;
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d recipe", "%d recipes", n), n));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator of a list of counts ("3 readings, 1 meal") */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/* A button whose label has a mnemonic, as a child GtkLabel: a screen
 * reader then says "Export…", not "_Export… Export…" (GTK 4.8). */
GtkWidget *
hearth_gui_mnemonic_button_new (const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *child = gtk_label_new_with_mnemonic (label);

  gtk_label_set_mnemonic_widget (GTK_LABEL (child), button);
  gtk_button_set_child (GTK_BUTTON (button), child);
  return button;
}
