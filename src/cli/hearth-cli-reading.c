/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* The guideline the log confirmation uses; `classify bp` offers the rest. */
#define LOG_BP_GUIDELINE HEARTH_BP_GUIDELINE_ACC_AHA_2017
#define LOG_GLUCOSE_GUIDELINE HEARTH_GLUCOSE_GUIDELINE_ADA

#define CONFIRM_ENTRY \
  { "confirm", 0, 0, G_OPTION_ARG_NONE, &confirm, \
    N_("Store it even if it looks implausible"), NULL }

/* A number at @decimals decimals, '.' as decimal mark. */
static void
append_number (GString    *out,
               double      value,
               const char *format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, format, value));
}

/* "7 h 30 min" (the same translated format as the app's) */
static void
append_duration (GString *out,
                 double   hours)
{
  gint64 minutes = llround (hours * 60);

  g_string_append_printf (out, _("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
}

/* The separator before a reading's details ("128/82 mmHg, pulse 64"), so
 * translations use their own punctuation. */
static void
append_separator (GString *out)
{
  /* Translators: between a reading's value and its details, e.g.
   * "128/82 mmHg, pulse 64"; Chinese uses a full-width comma */
  g_string_append (out, C_("reading details", ", "));
}

/* Below 90/60: commonly flagged as low, whatever the guideline. */
static gboolean
is_low_bp (HearthReading *reading)
{
  HearthBpClass klass;

  hearth_classify_bp (LOG_BP_GUIDELINE, FALSE,
                      hearth_reading_get_systolic (reading),
                      hearth_reading_get_diastolic (reading),
                      &klass);
  return klass.low;
}

/* The values with their units: "128/82 mmHg, pulse 64", "72.4 kg, body
 * fat 21.5 %", "5.6 mmol/L, fasting", "7 h 30 min (23:00–06:30), quality 4". */
static char *
format_values (HearthReading *reading)
{
  HearthReadingKind kind = hearth_reading_get_kind (reading);
  g_autoptr(GString) out = g_string_new (NULL);

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      g_string_append_printf (out, "%.0f/%.0f %s",
                              hearth_reading_get_systolic (reading),
                              hearth_reading_get_diastolic (reading),
                              hearth_units_pressure_symbol (HEARTH_PRESSURE_UNIT_MMHG));
      if (!isnan (hearth_reading_get_pulse (reading)))
        {
          append_separator (out);
          /* Translators: heart rate in beats per minute after a blood pressure */
          g_string_append_printf (out, _("pulse %.0f"), hearth_reading_get_pulse (reading));
        }
      if (is_low_bp (reading))
        {
          append_separator (out);
          /* Translators: after a blood pressure below 90/60, e.g. "85/55 mmHg, low" */
          g_string_append (out, C_("blood pressure", "low"));
        }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      {
        g_autofree char *weight = hearth_units_format_weight (hearth_reading_get_kg (reading),
                                                              HEARTH_WEIGHT_UNIT_KG);

        g_string_append (out, weight);
        if (!isnan (hearth_reading_get_body_fat (reading)))
          {
            append_separator (out);
            g_string_append_printf (out, _("body fat %.1f %%"), hearth_reading_get_body_fat (reading));
          }
      }
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      {
        g_autofree char *glucose = hearth_units_format_glucose (hearth_reading_get_mmol_l (reading),
                                                                HEARTH_GLUCOSE_UNIT_MMOL_L);
        HearthGlucoseContext context = hearth_reading_get_glucose_context (reading);

        g_string_append (out, glucose);
        if (context != HEARTH_GLUCOSE_CONTEXT_UNSET)
          {
            /* A detail after the value: "5.6 mmol/L, fasting". */
            g_autofree char *name = g_utf8_strdown (hearth_glucose_context_get_name (context), -1);

            append_separator (out);
            g_string_append (out, name);
          }
      }
      break;

    case HEARTH_READING_KIND_HEART_RATE:
      append_number (out, hearth_reading_get_bpm (reading), "%.0f");
      g_string_append_printf (out, " %s", hearth_reading_kind_get_unit_symbol (kind));
      break;

    case HEARTH_READING_KIND_SPO2:
      append_number (out, hearth_reading_get_spo2 (reading), "%.0f");
      g_string_append (out, " %");
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      {
        g_autofree char *t = hearth_units_format_temperature (hearth_reading_get_celsius (reading),
                                                              HEARTH_TEMPERATURE_UNIT_C);

        g_string_append (out, t);
      }
      break;

    case HEARTH_READING_KIND_WAIST:
      {
        g_autofree char *cm = hearth_units_format_length (hearth_reading_get_waist_cm (reading),
                                                          HEARTH_LENGTH_UNIT_CM);

        g_string_append (out, cm);
      }
      break;

    case HEARTH_READING_KIND_BODY_FAT:
      append_number (out, hearth_reading_get_body_fat (reading), "%.1f");
      g_string_append (out, " %");
      break;

    case HEARTH_READING_KIND_SLEEP:
      {
        g_autoptr(GDateTime) start = hearth_reading_dup_sleep_start (reading);
        g_autofree char *from = g_date_time_format (start, "%H:%M");
        g_autofree char *to = g_date_time_format (hearth_reading_get_taken_at (reading), "%H:%M");
        double quality = hearth_reading_get_sleep_quality (reading);

        append_duration (out, hearth_reading_get_sleep_hours (reading));
        g_string_append_printf (out, " (%s–%s)", from, to);
        if (!isnan (quality))
          {
            append_separator (out);
            /* Translators: sleep quality on a scale of 1 to 5 */
            g_string_append_printf (out, _("quality %.0f"), quality);
          }
      }
      break;

    case HEARTH_READING_KIND_STEPS:
      append_number (out, hearth_reading_get_steps (reading), "%.0f");
      g_string_append_printf (out, " %s", hearth_reading_kind_get_unit_symbol (kind));
      break;

    default:
      g_assert_not_reached ();
    }

  return hearth_cli_localize_numbers (out->str);
}

/* --at in the clock's zone, or now. */
static GDateTime *
get_taken_at (HearthCli   *cli,
              const char  *at,
              GError     **error)
{
  HearthClock *clock = hearth_cli_get_clock (cli, error);

  if (clock == NULL)
    return NULL;

  if (at == NULL)
    return hearth_clock_now (clock);

  return hearth_cli_parse_time ("--at", at, hearth_clock_get_timezone (clock), error);
}

/* A sentence from core, its numbers in the locale's decimal mark. */
static void
print_sentence (const char *sentence)
{
  g_autofree char *localized = hearth_cli_localize_numbers (sentence);

  g_print ("%s\n", localized);
}

/* The category sentence after a logged reading, for the kinds that have
 * one; @glucose_unit is the unit the glucose was entered in. */
static void
print_classification (HearthCli         *cli,
                      HearthReading     *reading,
                      HearthProfile     *profile,
                      HearthGlucoseUnit  glucose_unit)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_cli_get_clock (cli, NULL));
  g_autofree char *sentence = NULL;
  int age = hearth_profile_get_age (profile, now);
  HearthVitalClass vital;

  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthBpClass klass;

        hearth_classify_bp (LOG_BP_GUIDELINE, FALSE,
                            hearth_reading_get_systolic (reading),
                            hearth_reading_get_diastolic (reading),
                            &klass);
        sentence = hearth_bp_class_describe (&klass);
        print_sentence (sentence);
        if (klass.severe)
          {
            /* "alert: severe" is an identifier scripts match; the advice is translated. */
            g_print ("alert: severe — %s\n", _("seek medical care now if you have symptoms"));
          }
        if (klass.low)
          {
            g_autofree char *limit = g_strdup_printf ("90/60 %s",
                                                      hearth_units_pressure_symbol (HEARTH_PRESSURE_UNIT_MMHG));

            /* "note: low" is an identifier scripts match; the sentence is the
             * app's, translated. */
            g_print ("note: low — ");
            /* Translators: added under a blood pressure category; %s is "90/60 mmHg" in the user's unit */
            g_print (_("Below %s, commonly flagged as low"), limit);
            g_print ("\n");
          }
      }
      return;

    case HEARTH_READING_KIND_GLUCOSE:
      {
        HearthGlucoseClass klass;

        if (!hearth_classify_glucose (LOG_GLUCOSE_GUIDELINE,
                                      hearth_reading_get_glucose_context (reading),
                                      hearth_reading_get_mmol_l (reading),
                                      glucose_unit, &klass))
          return;
        sentence = hearth_glucose_class_describe (&klass);
        print_sentence (sentence);
        if (klass.alert)
          {
            /* "alert: low-glucose-level-2" is an identifier; the advice is translated. */
            g_print ("alert: low-glucose-level-2 — %s\n", _("seek medical care now"));
          }
      }
      return;

    case HEARTH_READING_KIND_HEART_RATE:
      if (!hearth_classify_heart_rate (hearth_reading_get_bpm (reading), age, &vital))
        return;
      break;

    case HEARTH_READING_KIND_SPO2:
      if (!hearth_classify_spo2 (hearth_reading_get_spo2 (reading), &vital))
        return;
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      if (!hearth_classify_temperature (hearth_reading_get_celsius (reading), &vital))
        return;
      break;

    case HEARTH_READING_KIND_SLEEP:
      if (!hearth_classify_sleep (hearth_reading_get_sleep_hours (reading), age, &vital))
        return;
      break;

    case HEARTH_READING_KIND_WEIGHT:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_STEPS:
    default:
      return;
    }

  sentence = hearth_vital_class_describe (&vital);
  print_sentence (sentence);
}

/* Resolves --profile, asks the store whether @reading looks plausible
 * (unless @confirm), stores it (the store validates it) and prints the
 * confirmation and, where there is one, the category. */
static int
add_reading (HearthCli         *cli,
             const char        *profile_name,
             HearthReading     *reading,
             const char        *extra,
             gboolean           confirm,
             HearthGlucoseUnit  glucose_unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *values = NULL;
  g_autofree char *localized_extra = NULL;
  g_autofree char *when = NULL;

  /* Logging needs a member, so a journal: none is created for it. */
  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);

  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (profile));

  if (!confirm && !hearth_store_check_plausible (store, reading, &error))
    {
      if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE))
        {
          /* Translators: %s is the question about the implausible value */
          g_autofree char *message = g_strdup_printf (_("%s (use --confirm to store it anyway)"),
                                                      error->message);

          g_free (error->message);
          error->message = g_steal_pointer (&message);
        }
      return hearth_cli_report_error (error);
    }

  if (!hearth_store_add_reading (store, reading, &error))
    return hearth_cli_report_error (error);

  values = format_values (reading);
  localized_extra = hearth_cli_localize_numbers (extra);
  when = hearth_cli_format_local (hearth_reading_get_taken_at (reading));
  /* Translators: reading kind, values, member name, time, then the identifier,
   * e.g. "Blood pressure 128/82 mmHg logged for “Ann” at 2026-03-30 07:15 (id …)." */
  g_print (_("%s %s%s logged for “%s” at %s (id %s)."),
           hearth_reading_kind_get_name (hearth_reading_get_kind (reading)),
           values, localized_extra ? localized_extra : "",
           hearth_profile_get_name (profile), when,
           hearth_reading_get_uuid (reading));
  g_print ("\n");

  print_classification (cli, reading, profile, glucose_unit);

  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_log_bp (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *systolic_text = NULL;
  g_autofree char *diastolic_text = NULL;
  g_autofree char *pulse_text = NULL;
  g_autofree char *at = NULL;
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  gint64 systolic = 0, diastolic = 0, pulse = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "systolic", 0, 0, G_OPTION_ARG_STRING, &systolic_text, N_("Systolic pressure, mmHg"), N_("N") },
    { "diastolic", 0, 0, G_OPTION_ARG_STRING, &diastolic_text, N_("Diastolic pressure, mmHg"), N_("N") },
    { "pulse", 0, 0, G_OPTION_ARG_STRING, &pulse_text, N_("Pulse, beats per minute"), N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--systolic", systolic_text, &error) ||
      !hearth_cli_require ("--diastolic", diastolic_text, &error) ||
      !hearth_cli_parse_int ("--systolic", systolic_text, &systolic, &error) ||
      !hearth_cli_parse_int ("--diastolic", diastolic_text, &diastolic, &error) ||
      (pulse_text != NULL && !hearth_cli_parse_int ("--pulse", pulse_text, &pulse, &error)))
    return hearth_cli_report_error (error);

  taken_at = get_taken_at (cli, at, &error);
  if (taken_at == NULL)
    return hearth_cli_report_error (error);

  reading = hearth_reading_new_blood_pressure (taken_at, systolic, diastolic,
                                               pulse_text != NULL ? (double) pulse : NAN);
  return add_reading (cli, profile_name, reading, NULL, confirm, HEARTH_GLUCOSE_UNIT_MMOL_L);
}

int
hearth_cli_log_weight (HearthCli               *cli,
                       const HearthCliCommand  *command,
                       char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *kg_text = NULL;
  g_autofree char *lb_text = NULL;
  g_autofree char *at = NULL;
  g_autofree char *extra = NULL;
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  double kg = 0, lb = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "kg", 0, 0, G_OPTION_ARG_STRING, &kg_text, N_("Weight in kilograms"), N_("N") },
    { "lb", 0, 0, G_OPTION_ARG_STRING, &lb_text, N_("Weight in pounds"), N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error))
    return hearth_cli_report_error (error);

  if ((kg_text == NULL) == (lb_text == NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("give exactly one of %s or %s"), "--kg", "--lb");
      return hearth_cli_report_error (error);
    }

  if (kg_text != NULL && !hearth_cli_parse_double ("--kg", kg_text, &kg, &error))
    return hearth_cli_report_error (error);

  if (lb_text != NULL)
    {
      g_autofree char *shown = NULL;

      if (!hearth_cli_parse_double ("--lb", lb_text, &lb, &error))
        return hearth_cli_report_error (error);
      kg = hearth_units_lb_to_kg (lb);
      shown = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_LB);
      extra = g_strdup_printf (" (%s)", shown);
    }

  taken_at = get_taken_at (cli, at, &error);
  if (taken_at == NULL)
    return hearth_cli_report_error (error);

  reading = hearth_reading_new_weight (taken_at, kg, NAN);
  return add_reading (cli, profile_name, reading, extra, confirm, HEARTH_GLUCOSE_UNIT_MMOL_L);
}

/* Exactly one of two options (--kg or --lb, …). */
static gboolean
require_one_of (const char  *first,
                const char  *first_value,
                const char  *second,
                const char  *second_value,
                GError     **error)
{
  if ((first_value == NULL) != (second_value == NULL))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("give exactly one of %s or %s"), first, second);
  return FALSE;
}

int
hearth_cli_log_glucose (HearthCli               *cli,
                        const HearthCliCommand  *command,
                        char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *mmol_text = NULL;
  g_autofree char *mgdl_text = NULL;
  g_autofree char *context_text = NULL;
  g_autofree char *at = NULL;
  g_autofree char *extra = NULL;
  HearthGlucoseContext context = HEARTH_GLUCOSE_CONTEXT_UNSET;
  HearthGlucoseUnit unit = HEARTH_GLUCOSE_UNIT_MMOL_L;
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  double mmol = 0, mgdl = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "mmol", 0, 0, G_OPTION_ARG_STRING, &mmol_text, N_("Glucose in mmol/L"), N_("N") },
    { "mgdl", 0, 0, G_OPTION_ARG_STRING, &mgdl_text, N_("Glucose in mg/dL"), N_("N") },
    { "context", 0, 0, G_OPTION_ARG_STRING, &context_text,
      N_("fasting, before-meal, after-meal, bedtime or random (default: none)"), N_("CONTEXT") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !require_one_of ("--mmol", mmol_text, "--mgdl", mgdl_text, &error) ||
      (mmol_text != NULL && !hearth_cli_parse_double ("--mmol", mmol_text, &mmol, &error)) ||
      (mgdl_text != NULL && !hearth_cli_parse_double ("--mgdl", mgdl_text, &mgdl, &error)) ||
      !hearth_cli_parse_glucose_context ("--context", context_text, &context, &error))
    return hearth_cli_report_error (error);

  if (mgdl_text != NULL)
    {
      g_autofree char *shown = NULL;

      mmol = hearth_units_mgdl_to_mmoll (mgdl);
      unit = HEARTH_GLUCOSE_UNIT_MG_DL;
      shown = hearth_units_format_glucose (mmol, HEARTH_GLUCOSE_UNIT_MG_DL);
      extra = g_strdup_printf (" (%s)", shown);
    }

  taken_at = get_taken_at (cli, at, &error);
  if (taken_at == NULL)
    return hearth_cli_report_error (error);

  reading = hearth_reading_new_glucose (taken_at, mmol, context);
  return add_reading (cli, profile_name, reading, extra, confirm, unit);
}

typedef HearthReading *(*NewSingleFunc) (GDateTime *taken_at,
                                         double     value);

/* log heart-rate, spo2, waist, body-fat: one value, --@option N. */
static int
log_single (HearthCli               *cli,
            const HearthCliCommand  *command,
            char                  ***args,
            const char              *option,
            const char              *description,
            gboolean                 whole,
            NewSingleFunc            new_reading)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *value_text = NULL;
  g_autofree char *at = NULL;
  g_autofree char *dashed = g_strconcat ("--", option, NULL);
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  double value = 0;
  gint64 whole_value = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { option, 0, 0, G_OPTION_ARG_STRING, &value_text, description, N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require (dashed, value_text, &error))
    return hearth_cli_report_error (error);

  if (whole)
    {
      if (!hearth_cli_parse_int (dashed, value_text, &whole_value, &error))
        return hearth_cli_report_error (error);
      value = (double) whole_value;
    }
  else if (!hearth_cli_parse_double (dashed, value_text, &value, &error))
    {
      return hearth_cli_report_error (error);
    }

  taken_at = get_taken_at (cli, at, &error);
  if (taken_at == NULL)
    return hearth_cli_report_error (error);

  reading = new_reading (taken_at, value);
  return add_reading (cli, profile_name, reading, NULL, confirm, HEARTH_GLUCOSE_UNIT_MMOL_L);
}

int
hearth_cli_log_heart_rate (HearthCli               *cli,
                           const HearthCliCommand  *command,
                           char                  ***args)
{
  return log_single (cli, command, args, "bpm", N_("Resting heart rate, beats per minute"),
                     TRUE, hearth_reading_new_heart_rate);
}

int
hearth_cli_log_spo2 (HearthCli               *cli,
                     const HearthCliCommand  *command,
                     char                  ***args)
{
  return log_single (cli, command, args, "percent", N_("Oxygen saturation, percent"),
                     FALSE, hearth_reading_new_spo2);
}

int
hearth_cli_log_waist (HearthCli               *cli,
                      const HearthCliCommand  *command,
                      char                  ***args)
{
  return log_single (cli, command, args, "cm", N_("Waist in centimetres"),
                     FALSE, hearth_reading_new_waist);
}

int
hearth_cli_log_body_fat (HearthCli               *cli,
                         const HearthCliCommand  *command,
                         char                  ***args)
{
  return log_single (cli, command, args, "percent", N_("Body fat, percent"),
                     FALSE, hearth_reading_new_body_fat);
}

int
hearth_cli_log_temperature (HearthCli               *cli,
                            const HearthCliCommand  *command,
                            char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) taken_at = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *celsius_text = NULL;
  g_autofree char *fahrenheit_text = NULL;
  g_autofree char *at = NULL;
  g_autofree char *extra = NULL;
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  double celsius = 0, fahrenheit = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "celsius", 0, 0, G_OPTION_ARG_STRING, &celsius_text, N_("Temperature in degrees Celsius"), N_("N") },
    { "fahrenheit", 0, 0, G_OPTION_ARG_STRING, &fahrenheit_text, N_("Temperature in degrees Fahrenheit"), N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !require_one_of ("--celsius", celsius_text, "--fahrenheit", fahrenheit_text, &error) ||
      (celsius_text != NULL && !hearth_cli_parse_double ("--celsius", celsius_text, &celsius, &error)) ||
      (fahrenheit_text != NULL && !hearth_cli_parse_double ("--fahrenheit", fahrenheit_text, &fahrenheit, &error)))
    return hearth_cli_report_error (error);

  if (fahrenheit_text != NULL)
    {
      g_autofree char *shown = NULL;

      celsius = hearth_units_f_to_c (fahrenheit);
      shown = hearth_units_format_temperature (celsius, HEARTH_TEMPERATURE_UNIT_F);
      extra = g_strdup_printf (" (%s)", shown);
    }

  taken_at = get_taken_at (cli, at, &error);
  if (taken_at == NULL)
    return hearth_cli_report_error (error);

  reading = hearth_reading_new_temperature (taken_at, celsius);
  return add_reading (cli, profile_name, reading, extra, confirm, HEARTH_GLUCOSE_UNIT_MMOL_L);
}

int
hearth_cli_log_sleep (HearthCli               *cli,
                      const HearthCliCommand  *command,
                      char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *quality_text = NULL;
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  gint64 quality = 0;
  HearthClock *clock;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text, N_("When the sleep started"), N_("TIME") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_text, N_("When it ended (the time it is listed at)"), N_("TIME") },
    { "quality", 0, 0, G_OPTION_ARG_STRING, &quality_text, N_("How well, from 1 (poorly) to 5 (very well)"), N_("N") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--start", start_text, &error) ||
      !hearth_cli_require ("--end", end_text, &error) ||
      (quality_text != NULL && !hearth_cli_parse_int ("--quality", quality_text, &quality, &error)))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);

  start = hearth_cli_parse_time ("--start", start_text, hearth_clock_get_timezone (clock), &error);
  if (start == NULL)
    return hearth_cli_report_error (error);
  end = hearth_cli_parse_time ("--end", end_text, hearth_clock_get_timezone (clock), &error);
  if (end == NULL)
    return hearth_cli_report_error (error);

  reading = hearth_reading_new_sleep (start, end, quality_text != NULL ? (double) quality : NAN);
  return add_reading (cli, profile_name, reading, NULL, confirm, HEARTH_GLUCOSE_UNIT_MMOL_L);
}

int
hearth_cli_log_steps (HearthCli               *cli,
                      const HearthCliCommand  *command,
                      char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *date_text = NULL;
  gboolean help = FALSE;
  gboolean confirm = FALSE;
  gint64 count = 0;
  HearthClock *clock;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "count", 0, 0, G_OPTION_ARG_STRING, &count_text, N_("The day’s total number of steps"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    CONFIRM_ENTRY,
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--count", count_text, &error) ||
      !hearth_cli_parse_int ("--count", count_text, &count, &error))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);

  if (date_text != NULL)
    day = hearth_cli_parse_date ("--date", date_text, hearth_clock_get_timezone (clock), &error);
  else
    day = hearth_clock_now (clock);
  if (day == NULL)
    return hearth_cli_report_error (error);

  reading = hearth_reading_new_steps (day, (double) count);
  return add_reading (cli, profile_name, reading, NULL, confirm, HEARTH_GLUCOSE_UNIT_MMOL_L);
}

static void
add_reading_json (JsonBuilder   *builder,
                  HearthReading *reading,
                  const char    *profile_name)
{
  HearthReadingKind kind = hearth_reading_get_kind (reading);
  g_autofree char *taken_at = hearth_cli_format_iso8601 (hearth_reading_get_taken_at (reading));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, hearth_reading_get_uuid (reading));
  json_builder_set_member_name (builder, "profile");
  json_builder_add_string_value (builder, profile_name);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, hearth_reading_kind_to_string (kind));
  json_builder_set_member_name (builder, "taken_at");
  json_builder_add_string_value (builder, taken_at);

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      json_builder_set_member_name (builder, "systolic");
      hearth_cli_json_add_number (builder, hearth_reading_get_systolic (reading));
      json_builder_set_member_name (builder, "diastolic");
      hearth_cli_json_add_number (builder, hearth_reading_get_diastolic (reading));
      json_builder_set_member_name (builder, "pulse");
      hearth_cli_json_add_number (builder, hearth_reading_get_pulse (reading));
      json_builder_set_member_name (builder, "low");
      json_builder_add_boolean_value (builder, is_low_bp (reading));
      break;

    case HEARTH_READING_KIND_WEIGHT:
      json_builder_set_member_name (builder, "kg");
      hearth_cli_json_add_number (builder, hearth_reading_get_kg (reading));
      json_builder_set_member_name (builder, "body_fat");
      hearth_cli_json_add_number (builder, hearth_reading_get_body_fat (reading));
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      {
        HearthGlucoseContext context = hearth_reading_get_glucose_context (reading);

        json_builder_set_member_name (builder, "mmol_l");
        hearth_cli_json_add_number (builder, hearth_reading_get_mmol_l (reading));
        json_builder_set_member_name (builder, "context");
        if (context == HEARTH_GLUCOSE_CONTEXT_UNSET)
          json_builder_add_null_value (builder);
        else
          json_builder_add_string_value (builder, hearth_glucose_context_to_string (context));
      }
      break;

    case HEARTH_READING_KIND_HEART_RATE:
      json_builder_set_member_name (builder, "bpm");
      hearth_cli_json_add_number (builder, hearth_reading_get_bpm (reading));
      break;

    case HEARTH_READING_KIND_SPO2:
      json_builder_set_member_name (builder, "percent");
      hearth_cli_json_add_number (builder, hearth_reading_get_spo2 (reading));
      break;

    case HEARTH_READING_KIND_TEMPERATURE:
      json_builder_set_member_name (builder, "celsius");
      hearth_cli_json_add_number (builder, hearth_reading_get_celsius (reading));
      break;

    case HEARTH_READING_KIND_WAIST:
      json_builder_set_member_name (builder, "cm");
      hearth_cli_json_add_number (builder, hearth_reading_get_waist_cm (reading));
      break;

    case HEARTH_READING_KIND_BODY_FAT:
      json_builder_set_member_name (builder, "percent");
      hearth_cli_json_add_number (builder, hearth_reading_get_body_fat (reading));
      break;

    case HEARTH_READING_KIND_SLEEP:
      {
        g_autoptr(GDateTime) start = hearth_reading_dup_sleep_start (reading);
        g_autofree char *start_text = start ? hearth_cli_format_iso8601 (start) : NULL;

        json_builder_set_member_name (builder, "hours");
        hearth_cli_json_add_number (builder, hearth_reading_get_sleep_hours (reading));
        json_builder_set_member_name (builder, "quality");
        hearth_cli_json_add_number (builder, hearth_reading_get_sleep_quality (reading));
        json_builder_set_member_name (builder, "start");
        if (start_text != NULL)
          json_builder_add_string_value (builder, start_text);
        else
          json_builder_add_null_value (builder);
      }
      break;

    case HEARTH_READING_KIND_STEPS:
      json_builder_set_member_name (builder, "steps");
      hearth_cli_json_add_number (builder, hearth_reading_get_steps (reading));
      break;

    default:
      g_assert_not_reached ();
    }

  json_builder_end_object (builder);
}

int
hearth_cli_list (HearthCli               *cli,
                 const HearthCliCommand  *command,
                 char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GListModel) readings = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  gboolean help = FALSE;
  gboolean json = FALSE;
  HearthReadingKind kind = HEARTH_READING_KIND_BLOOD_PRESSURE;
  HearthClock *clock;
  GTimeZone *tz;
  guint n, i;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("Only this kind (see below)"), N_("KIND") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("Taken on or after"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Taken on or before"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error))
    return hearth_cli_report_error (error);

  if (kind_text != NULL && !hearth_reading_kind_from_string (kind_text, &kind))
    {
      g_autoptr(GString) kinds = g_string_new (NULL);

      for (guint k = 0; k <= HEARTH_READING_KIND_LAST; k++)
        g_string_append_printf (kinds, "%s%s", k > 0 ? ", " : "",
                                hearth_reading_kind_to_string ((HearthReadingKind) k));
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects one of %s; not “%s”"), "--kind", kinds->str, kind_text);
      return hearth_cli_report_error (error);
    }

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  tz = hearth_clock_get_timezone (clock);

  if (from_text != NULL &&
      !(from = hearth_cli_parse_bound ("--from", from_text, tz, FALSE, &error)))
    return hearth_cli_report_error (error);
  if (to_text != NULL &&
      !(to = hearth_cli_parse_bound ("--to", to_text, tz, TRUE, &error)))
    return hearth_cli_report_error (error);
  if (from != NULL && to != NULL && g_date_time_compare (from, to) > 0)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s is after %s"), "--from", "--to");
      return hearth_cli_report_error (error);
    }

  /* A reading command never creates a journal. */
  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);

  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  readings = hearth_store_list_readings (store, hearth_profile_get_uuid (profile),
                                         kind_text != NULL ? (int) kind : -1,
                                         from, to, &error);
  if (readings == NULL)
    return hearth_cli_report_error (error);

  n = g_list_model_get_n_items (readings);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (i = 0; i < n; i++)
        {
          g_autoptr(HearthReading) reading = g_list_model_get_item (readings, i);

          add_reading_json (builder, reading, hearth_profile_get_name (profile));
        }
      json_builder_end_array (builder);
      hearth_cli_print_json (builder);

      return HEARTH_CLI_EXIT_OK;
    }

  /* Newest first (the store's order), tab-separated: local time in the
   * offset it was taken in, kind, values, id. */
  for (i = 0; i < n; i++)
    {
      g_autoptr(HearthReading) reading = g_list_model_get_item (readings, i);
      g_autofree char *when = hearth_cli_format_local (hearth_reading_get_taken_at (reading));
      g_autofree char *values = format_values (reading);

      g_print ("%s\t%s\t%s\t%s\n",
               when,
               hearth_reading_kind_get_name (hearth_reading_get_kind (reading)),
               values,
               hearth_reading_get_uuid (reading));
    }

  return HEARTH_CLI_EXIT_OK;
}
