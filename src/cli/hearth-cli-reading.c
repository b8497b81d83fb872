/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* The guideline the log confirmation uses; `classify bp` offers the rest. */
#define LOG_BP_GUIDELINE HEARTH_BP_GUIDELINE_ACC_AHA_2017
#define LOG_GLUCOSE_GUIDELINE HEARTH_GLUCOSE_GUIDELINE_ADA

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

/* The blood pressure's category, as shown in mmHg (klass->shown). */
static void
classify_bp (HearthReading *reading,
             HearthBpClass *klass)
{
  hearth_classify_bp_as_shown (LOG_BP_GUIDELINE, FALSE,
                               hearth_reading_get_systolic (reading),
                               hearth_reading_get_diastolic (reading),
                               HEARTH_PRESSURE_UNIT_MMHG, klass);
}

/* Below 90/60 as shown: commonly flagged as low, whatever the guideline. */
static gboolean
is_low_bp (HearthReading *reading)
{
  HearthBpClass klass;

  classify_bp (reading, &klass);
  return klass.low;
}

/* A heart rate, SpO2 or temperature as the classification shows it (the
 * number its category is of), in @temperature_unit; FALSE if none. */
static gboolean
classify_vital (HearthReading         *reading,
                int                    age,
                HearthTemperatureUnit  temperature_unit,
                HearthVitalClass      *vital)
{
  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_HEART_RATE:
      return hearth_classify_heart_rate (hearth_reading_get_bpm (reading), age, vital);
    case HEARTH_READING_KIND_SPO2:
      return hearth_classify_spo2 (hearth_reading_get_spo2 (reading), vital);
    case HEARTH_READING_KIND_TEMPERATURE:
      return hearth_classify_temperature_in (hearth_reading_get_celsius (reading),
                                             temperature_unit, vital);
    case HEARTH_READING_KIND_SLEEP:
      return hearth_classify_sleep (hearth_reading_get_sleep_hours (reading), age, vital);
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
    case HEARTH_READING_KIND_WEIGHT:
    case HEARTH_READING_KIND_GLUCOSE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_STEPS:
    default:
      return FALSE;
    }
}

/* The values with their units: "128/82 mmHg, pulse 64", "72.4 kg, body
 * fat 21.5 %", "5.6 mmol/L, fasting", "7 h 30 min (23:00–06:30), quality 4".
 * Glucose and temperature in the units given; a value that has a category
 * is written as its classification shows it (`shown`), so the two agree. */
static char *
format_values (HearthReading         *reading,
               HearthGlucoseUnit      glucose_unit,
               HearthTemperatureUnit  temperature_unit)
{
  HearthReadingKind kind = hearth_reading_get_kind (reading);
  g_autoptr(GString) out = g_string_new (NULL);
  HearthVitalClass vital;

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthBpClass klass;

        classify_bp (reading, &klass);
        g_string_append (out, klass.shown);
      }
      if (!isnan (hearth_reading_get_pulse (reading)))
        {
          append_separator (out);
          /* Translators: heart rate in beats per minute after a blood pressure */
          g_string_append_printf (out, _("pulse %.0f"), hearth_reading_get_pulse (reading));
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
                                                                glucose_unit);
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
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
      /* "60 bpm", "93 %", "100.4 °F"; a stored value is finite. */
      if (classify_vital (reading, -1, temperature_unit, &vital))
        g_string_append (out, vital.shown);
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
print_classification (HearthCli             *cli,
                      HearthReading         *reading,
                      HearthProfile         *profile,
                      HearthGlucoseUnit      glucose_unit,
                      HearthTemperatureUnit  temperature_unit)
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

        classify_bp (reading, &klass);
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
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_SLEEP:
      /* In the unit the value was printed in (format_values()). */
      if (!classify_vital (reading, age, temperature_unit, &vital))
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

/* Resolves --profile, stores @reading (the store validates it and, unless
 * @confirm, checks it looks plausible in the same write transaction) and
 * prints the confirmation and, where there is one, the category; glucose
 * and temperature in the units they were given in. */
static int
add_reading (HearthCli             *cli,
             const char            *profile_name,
             HearthReading         *reading,
             const char            *extra,
             gboolean               confirm,
             HearthGlucoseUnit      glucose_unit,
             HearthTemperatureUnit  temperature_unit)
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

  if (!(confirm ? hearth_store_add_reading (store, reading, &error)
                 : hearth_store_add_reading_checked (store, reading, &error)))
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

  values = format_values (reading, glucose_unit, temperature_unit);
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

  print_classification (cli, reading, profile, glucose_unit, temperature_unit);

  return HEARTH_CLI_EXIT_OK;
}

/* "hearth-cli log KIND": each kind's options described once ---------------- */

/* Which field of the reading a typed value fills (hearth-reading.h). */
typedef enum
{
  SLOT_A,
  SLOT_B,
  SLOT_C,
  N_SLOTS,
} Slot;

/* How the reading's time is given. */
typedef enum
{
  WHEN_AT,     /* --at TIME, default now */
  WHEN_SLEEP,  /* --start TIME --end TIME (listed at the end) */
  WHEN_DAY,    /* --date YYYY-MM-DD, default today */
} When;

/* One value option, e.g. --systolic N. Ranges are core's (hearth-reading.h
 * limits, checked by the store with the messages people see). */
typedef struct
{
  const char        *option;        /* without "--"; NULL ends the list */
  const char        *description;   /* N_() */
  Slot               slot;          /* the field it fills */
  gboolean           whole;         /* a whole number (--systolic 120) */
  gboolean           required;
  double           (*to_canonical) (double value);  /* --lb → kg; NULL: canonical already */
  char            *(*format_entered) (double canonical);  /* "(159.6 lb)" after the values; NULL: none */
  HearthGlucoseUnit  glucose_unit;  /* the unit a glucose was entered in (shown, classified) */
  HearthTemperatureUnit temperature_unit;  /* likewise for a temperature */
} ValueSpec;

#define MAX_VALUES 3

typedef struct
{
  const char        *name;          /* the command: "log NAME" */
  HearthReadingKind  kind;
  When               when;
  gboolean           either;        /* exactly one of values[0] and values[1] (--kg | --lb) */
  gboolean           has_context;   /* --context (glucose) */
  ValueSpec          values[MAX_VALUES];
} LogSpec;

static char *
format_entered_lb (double kg)
{
  return hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_LB);
}


static const LogSpec log_specs[] = {
  { "bp", HEARTH_READING_KIND_BLOOD_PRESSURE, WHEN_AT, FALSE, FALSE, {
      { "systolic", N_("Systolic pressure, mmHg"), SLOT_A, TRUE, TRUE },
      { "diastolic", N_("Diastolic pressure, mmHg"), SLOT_B, TRUE, TRUE },
      { "pulse", N_("Pulse, beats per minute"), SLOT_C, TRUE, FALSE } } },
  { "weight", HEARTH_READING_KIND_WEIGHT, WHEN_AT, TRUE, FALSE, {
      { "kg", N_("Weight in kilograms"), SLOT_A, FALSE, FALSE },
      { "lb", N_("Weight in pounds"), SLOT_A, FALSE, FALSE,
        hearth_units_lb_to_kg, format_entered_lb } } },
  { "glucose", HEARTH_READING_KIND_GLUCOSE, WHEN_AT, TRUE, TRUE, {
      { "mmol", N_("Glucose in mmol/L"), SLOT_A, FALSE, FALSE },
      /* Shown in mg/dL only, as classified (not beside mmol/L). */
      { "mgdl", N_("Glucose in mg/dL"), SLOT_A, FALSE, FALSE,
        hearth_units_mgdl_to_mmoll, NULL, HEARTH_GLUCOSE_UNIT_MG_DL } } },
  { "heart-rate", HEARTH_READING_KIND_HEART_RATE, WHEN_AT, FALSE, FALSE, {
      { "bpm", N_("Resting heart rate, beats per minute"), SLOT_A, TRUE, TRUE } } },
  { "spo2", HEARTH_READING_KIND_SPO2, WHEN_AT, FALSE, FALSE, {
      { "percent", N_("Oxygen saturation, percent"), SLOT_A, FALSE, TRUE } } },
  { "temperature", HEARTH_READING_KIND_TEMPERATURE, WHEN_AT, TRUE, FALSE, {
      { "celsius", N_("Temperature in degrees Celsius"), SLOT_A, FALSE, FALSE },
      { "fahrenheit", N_("Temperature in degrees Fahrenheit"), SLOT_A, FALSE, FALSE,
        hearth_units_f_to_c, NULL, HEARTH_GLUCOSE_UNIT_MMOL_L, HEARTH_TEMPERATURE_UNIT_F } } },
  { "waist", HEARTH_READING_KIND_WAIST, WHEN_AT, FALSE, FALSE, {
      { "cm", N_("Waist in centimetres"), SLOT_A, FALSE, TRUE } } },
  { "body-fat", HEARTH_READING_KIND_BODY_FAT, WHEN_AT, FALSE, FALSE, {
      { "percent", N_("Body fat, percent"), SLOT_A, FALSE, TRUE } } },
  { "sleep", HEARTH_READING_KIND_SLEEP, WHEN_SLEEP, FALSE, FALSE, {
      { "quality", N_("How well, from 1 (poorly) to 5 (very well)"), SLOT_B, TRUE, FALSE } } },
  { "steps", HEARTH_READING_KIND_STEPS, WHEN_DAY, FALSE, FALSE, {
      { "count", N_("The day’s total number of steps"), SLOT_A, TRUE, TRUE } } },
};

static const LogSpec *
find_log_spec (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (log_specs); i++)
    {
      if (g_strcmp0 (log_specs[i].name, name) == 0)
        return &log_specs[i];
    }

  return NULL;
}

static guint
count_values (const LogSpec *spec)
{
  guint n = 0;

  while (n < MAX_VALUES && spec->values[n].option != NULL)
    n++;

  return n;
}

/* What was typed. */
typedef struct
{
  char     *profile;
  char     *values[MAX_VALUES];
  char     *context;
  char     *at;
  char     *start;
  char     *end;
  char     *date;
  gboolean  confirm;
} LogArgs;

static void
log_args_clear (LogArgs *args)
{
  g_clear_pointer (&args->profile, g_free);
  for (guint i = 0; i < MAX_VALUES; i++)
    g_clear_pointer (&args->values[i], g_free);
  g_clear_pointer (&args->context, g_free);
  g_clear_pointer (&args->at, g_free);
  g_clear_pointer (&args->start, g_free);
  g_clear_pointer (&args->end, g_free);
  g_clear_pointer (&args->date, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LogArgs, log_args_clear)

static void
add_string_entry (GArray     *entries,
                  const char *name,
                  char      **data,
                  const char *description,
                  const char *arg_description)
{
  GOptionEntry entry = { name, 0, 0, G_OPTION_ARG_STRING, data, description, arg_description };

  g_array_append_val (entries, entry);
}

/* The command's options, in --help order: --profile, (--start --end), the
 * values, (--context), (--at | --date), --confirm. */
static GArray *
build_entries (const LogSpec *spec,
               LogArgs       *args)
{
  GArray *entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  GOptionEntry confirm = { "confirm", 0, 0, G_OPTION_ARG_NONE, &args->confirm,
                           N_("Store it even if it looks implausible"), NULL };
  guint n_values = count_values (spec);

  add_string_entry (entries, "profile", &args->profile, N_("The member’s name"), N_("NAME"));
  if (spec->when == WHEN_SLEEP)
    {
      add_string_entry (entries, "start", &args->start, N_("When the sleep started"), N_("TIME"));
      add_string_entry (entries, "end", &args->end, N_("When it ended (the time it is listed at)"), N_("TIME"));
    }
  for (guint i = 0; i < n_values; i++)
    add_string_entry (entries, spec->values[i].option, &args->values[i],
                      spec->values[i].description, N_("N"));
  if (spec->has_context)
    add_string_entry (entries, "context", &args->context,
                      N_("fasting, before-meal, after-meal, bedtime or random (default: none)"), N_("CONTEXT"));
  if (spec->when == WHEN_AT)
    add_string_entry (entries, "at", &args->at, N_("When it was taken (default: now)"), N_("TIME"));
  else if (spec->when == WHEN_DAY)
    add_string_entry (entries, "date", &args->date, N_("The day (default: today)"), N_("YYYY-MM-DD"));
  g_array_append_val (entries, confirm);

  return entries;
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

/* The typed values into the reading's fields (canonical units; NAN where
 * none was given); @extra gets the value as entered in another unit. */
static gboolean
parse_values (const LogSpec      *spec,
              const LogArgs      *args,
              double              slots[N_SLOTS],
              char              **extra,
              HearthGlucoseUnit  *glucose_unit,
              HearthTemperatureUnit *temperature_unit,
              GError            **error)
{
  guint n_values = count_values (spec);

  for (guint i = 0; i < n_values; i++)
    {
      const ValueSpec *value = &spec->values[i];
      g_autofree char *dashed = g_strconcat ("--", value->option, NULL);
      double number;

      if (args->values[i] == NULL)
        continue;

      if (value->whole)
        {
          gint64 whole;

          if (!hearth_cli_parse_int (dashed, args->values[i], &whole, error))
            return FALSE;
          number = (double) whole;
        }
      else if (!hearth_cli_parse_double (dashed, args->values[i], &number, error))
        {
          return FALSE;
        }

      if (value->to_canonical != NULL)
        number = value->to_canonical (number);
      slots[value->slot] = number;

      if (value->format_entered != NULL)
        {
          g_autofree char *shown = value->format_entered (number);

          *extra = g_strdup_printf (" (%s)", shown);
        }
      if (spec->kind == HEARTH_READING_KIND_GLUCOSE)
        *glucose_unit = value->glucose_unit;
      if (spec->kind == HEARTH_READING_KIND_TEMPERATURE)
        *temperature_unit = value->temperature_unit;
    }

  return TRUE;
}

static HearthReading *
new_reading (const LogSpec        *spec,
             GDateTime            *when,
             GDateTime            *start,
             const double          slots[N_SLOTS],
             HearthGlucoseContext  context)
{
  switch (spec->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      return hearth_reading_new_blood_pressure (when, slots[SLOT_A], slots[SLOT_B], slots[SLOT_C]);
    case HEARTH_READING_KIND_WEIGHT:
      return hearth_reading_new_weight (when, slots[SLOT_A], slots[SLOT_B]);
    case HEARTH_READING_KIND_GLUCOSE:
      return hearth_reading_new_glucose (when, slots[SLOT_A], context);
    case HEARTH_READING_KIND_HEART_RATE:
      return hearth_reading_new_heart_rate (when, slots[SLOT_A]);
    case HEARTH_READING_KIND_SPO2:
      return hearth_reading_new_spo2 (when, slots[SLOT_A]);
    case HEARTH_READING_KIND_TEMPERATURE:
      return hearth_reading_new_temperature (when, slots[SLOT_A]);
    case HEARTH_READING_KIND_WAIST:
      return hearth_reading_new_waist (when, slots[SLOT_A]);
    case HEARTH_READING_KIND_BODY_FAT:
      return hearth_reading_new_body_fat (when, slots[SLOT_A]);
    case HEARTH_READING_KIND_SLEEP:
      return hearth_reading_new_sleep (start, when, slots[SLOT_B]);
    case HEARTH_READING_KIND_STEPS:
      return hearth_reading_new_steps (when, slots[SLOT_A]);
    default:
      g_assert_not_reached ();
    }
}

/* "hearth-cli log KIND …" for every kind, driven by log_specs. */
int
hearth_cli_log (HearthCli               *cli,
                const HearthCliCommand  *command,
                char                  ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autofree char *extra = NULL;
  g_auto(LogArgs) args = { 0 };
  const LogSpec *spec = find_log_spec (command->name);
  HearthGlucoseContext context = HEARTH_GLUCOSE_CONTEXT_UNSET;
  HearthGlucoseUnit glucose_unit = HEARTH_GLUCOSE_UNIT_MMOL_L;
  HearthTemperatureUnit temperature_unit = HEARTH_TEMPERATURE_UNIT_C;
  double slots[N_SLOTS] = { NAN, NAN, NAN };
  gboolean help = FALSE;
  guint n_values;
  HearthClock *clock;
  GTimeZone *tz;

  g_assert (spec != NULL);
  n_values = count_values (spec);
  entries = build_entries (spec, &args);

  if (!hearth_cli_parse_options (cli, command, (const GOptionEntry *) (gpointer) entries->data,
                                 argv, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*argv, &error) ||
      !hearth_cli_require ("--profile", args.profile, &error) ||
      (spec->when == WHEN_SLEEP &&
       (!hearth_cli_require ("--start", args.start, &error) ||
        !hearth_cli_require ("--end", args.end, &error))))
    return hearth_cli_report_error (error);

  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *dashed = g_strconcat ("--", spec->values[i].option, NULL);

      if (spec->values[i].required && !hearth_cli_require (dashed, args.values[i], &error))
        return hearth_cli_report_error (error);
    }

  if (spec->either)
    {
      g_autofree char *first = g_strconcat ("--", spec->values[0].option, NULL);
      g_autofree char *second = g_strconcat ("--", spec->values[1].option, NULL);

      if (!require_one_of (first, args.values[0], second, args.values[1], &error))
        return hearth_cli_report_error (error);
    }

  if (!parse_values (spec, &args, slots, &extra, &glucose_unit, &temperature_unit, &error) ||
      (spec->has_context && !hearth_cli_parse_glucose_context ("--context", args.context, &context, &error)))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  tz = hearth_clock_get_timezone (clock);

  switch (spec->when)
    {
    case WHEN_AT:
      when = args.at != NULL ? hearth_cli_parse_time ("--at", args.at, tz, &error)
                             : hearth_clock_now (clock);
      break;
    case WHEN_SLEEP:
      start = hearth_cli_parse_time ("--start", args.start, tz, &error);
      if (start != NULL)
        when = hearth_cli_parse_time ("--end", args.end, tz, &error);
      break;
    case WHEN_DAY:
      when = args.date != NULL ? hearth_cli_parse_date ("--date", args.date, tz, &error)
                               : hearth_clock_now (clock);
      break;
    default:
      g_assert_not_reached ();
    }
  if (when == NULL)
    return hearth_cli_report_error (error);

  reading = new_reading (spec, when, start, slots, context);
  return add_reading (cli, args.profile, reading, extra, args.confirm, glucose_unit,
                      temperature_unit);
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
      g_autofree char *values = format_values (reading, HEARTH_GLUCOSE_UNIT_MMOL_L,
                                               HEARTH_TEMPERATURE_UNIT_C);

      if (hearth_reading_get_kind (reading) == HEARTH_READING_KIND_BLOOD_PRESSURE &&
          is_low_bp (reading))
        {
          g_autoptr(GString) flagged = g_string_new (values);

          append_separator (flagged);
          /* Translators: after a blood pressure below 90/60 in a list, e.g. "85/55 mmHg, low" */
          g_string_append (flagged, C_("blood pressure", "low"));
          g_free (values);
          values = g_string_free (g_steal_pointer (&flagged), FALSE);
        }

      g_print ("%s\t%s\t%s\t%s\n",
               when,
               hearth_reading_kind_get_name (hearth_reading_get_kind (reading)),
               values,
               hearth_reading_get_uuid (reading));
    }

  return HEARTH_CLI_EXIT_OK;
}
