/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* The guideline the log confirmation uses; `classify bp` offers the rest. */
#define LOG_BP_GUIDELINE HEARTH_BP_GUIDELINE_ACC_AHA_2017

/* "128/82 mmHg, pulse 64" or "72.4 kg, body fat 21.5 %". */
static char *
format_values (HearthReading *reading)
{
  HearthReadingKind kind = hearth_reading_get_kind (reading);
  GString *out = g_string_new (NULL);

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      g_string_append_printf (out, "%.0f/%.0f %s",
                              hearth_reading_get_systolic (reading),
                              hearth_reading_get_diastolic (reading),
                              hearth_units_pressure_symbol (HEARTH_PRESSURE_UNIT_MMHG));
      if (!isnan (hearth_reading_get_pulse (reading)))
        {
          g_string_append (out, ", ");
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
            g_string_append (out, ", ");
            g_string_append_printf (out, _("body fat %.1f %%"), hearth_reading_get_body_fat (reading));
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
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

/* Resolves --profile, stores @reading (the store validates it) and prints
 * the confirmation. */
static int
add_reading (HearthCli     *cli,
             const char    *profile_name,
             HearthReading *reading,
             const char    *extra)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *values = NULL;
  g_autofree char *when = NULL;

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);

  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (profile));
  if (!hearth_store_add_reading (store, reading, &error))
    return hearth_cli_report_error (error);

  values = format_values (reading);
  when = hearth_cli_format_local (hearth_reading_get_taken_at (reading));
  /* Translators: reading kind, values, member name, time, then the identifier,
   * e.g. "Blood pressure 128/82 mmHg logged for “Ann” at 2026-03-30 07:15 (id …)." */
  g_print (_("%s %s%s logged for “%s” at %s (id %s)."),
           hearth_reading_kind_get_name (hearth_reading_get_kind (reading)),
           values, extra ? extra : "",
           hearth_profile_get_name (profile), when,
           hearth_reading_get_uuid (reading));
  g_print ("\n");

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
  g_autofree char *sentence = NULL;
  gboolean help = FALSE;
  gint64 systolic = 0, diastolic = 0, pulse = 0;
  HearthBpClass klass;
  int status;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "systolic", 0, 0, G_OPTION_ARG_STRING, &systolic_text, N_("Systolic pressure, mmHg"), N_("N") },
    { "diastolic", 0, 0, G_OPTION_ARG_STRING, &diastolic_text, N_("Diastolic pressure, mmHg"), N_("N") },
    { "pulse", 0, 0, G_OPTION_ARG_STRING, &pulse_text, N_("Pulse, beats per minute"), N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
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
  status = add_reading (cli, profile_name, reading, NULL);
  if (status != HEARTH_CLI_EXIT_OK)
    return status;

  hearth_classify_bp (LOG_BP_GUIDELINE, FALSE,
                      hearth_reading_get_systolic (reading),
                      hearth_reading_get_diastolic (reading),
                      &klass);
  sentence = hearth_bp_class_describe (&klass);
  g_print ("%s\n", sentence);
  if (klass.severe)
    {
      /* "alert: severe" is an identifier scripts match; the advice is translated. */
      g_print ("alert: severe — %s\n", _("seek medical care now if you have symptoms"));
    }

  return HEARTH_CLI_EXIT_OK;
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
  double kg = 0, lb = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "kg", 0, 0, G_OPTION_ARG_STRING, &kg_text, N_("Weight in kilograms"), N_("N") },
    { "lb", 0, 0, G_OPTION_ARG_STRING, &lb_text, N_("Weight in pounds"), N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was taken (default: now)"), N_("TIME") },
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
  return add_reading (cli, profile_name, reading, extra);
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
      break;

    case HEARTH_READING_KIND_WEIGHT:
      json_builder_set_member_name (builder, "kg");
      hearth_cli_json_add_number (builder, hearth_reading_get_kg (reading));
      json_builder_set_member_name (builder, "body_fat");
      hearth_cli_json_add_number (builder, hearth_reading_get_body_fat (reading));
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
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("Only this kind: bp or weight"), N_("KIND") },
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
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects bp or weight, not “%s”"), "--kind", kind_text);
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

  store = hearth_cli_open_store (cli, &error);
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
