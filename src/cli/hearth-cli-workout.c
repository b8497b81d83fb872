/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-activity.h"
#include "hearth-exercise.h"
#include "hearth-store-exercise.h"

/* hearth-cli log workout: one workout, its energy and the week's active
 * minutes against WHO's target (docs/clinical.md#physical-activity). */

static gboolean
lookup_activity (const char            *text,
                 const HearthActivity **activity,
                 GError               **error)
{
  g_auto(GStrv) close = NULL;
  g_autofree char *joined = NULL;

  *activity = hearth_activity_lookup (text);
  if (*activity != NULL)
    return TRUE;

  close = hearth_activity_suggest (text, 3);
  if (close[0] == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--activity: “%s” is not an activity Hearth knows; "
                     "“hearth-cli log workout --help” lists them"), text);
      return FALSE;
    }
  joined = hearth_cli_join_list ((const char * const *) close);
  /* Translators: the second %s is a list of activity identifiers. */
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--activity: “%s” is not an activity Hearth knows; did you mean %s?"),
               text, joined);
  return FALSE;
}

static const char *
intensity_id (HearthIntensity intensity)
{
  switch (intensity)
    {
    case HEARTH_INTENSITY_VIGOROUS:
      return "vigorous";
    case HEARTH_INTENSITY_MODERATE:
      return "moderate";
    case HEARTH_INTENSITY_LIGHT:
    default:
      return "light";
    }
}

static const char *
intensity_name (HearthIntensity intensity)
{
  switch (intensity)
    {
    case HEARTH_INTENSITY_VIGOROUS:
      return _("vigorous");
    case HEARTH_INTENSITY_MODERATE:
      return _("moderate");
    case HEARTH_INTENSITY_LIGHT:
    default:
      return _("light");
    }
}

static void
print_workout_json (HearthWorkout          *workout,
                    HearthProfile          *profile,
                    const HearthActivity   *activity,
                    double                  kcal,
                    const HearthActiveWeek *week)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *start = hearth_cli_format_iso8601 (workout->start);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, workout->uuid);
  json_builder_set_member_name (builder, "profile");
  json_builder_add_string_value (builder, hearth_profile_get_name (profile));
  json_builder_set_member_name (builder, "activity");
  json_builder_add_string_value (builder, activity->id);
  json_builder_set_member_name (builder, "compendium_code");
  json_builder_add_string_value (builder, activity->code);
  json_builder_set_member_name (builder, "met");
  hearth_cli_json_add_number (builder, activity->met);
  json_builder_set_member_name (builder, "intensity");
  json_builder_add_string_value (builder, intensity_id (hearth_activity_get_intensity (activity)));
  json_builder_set_member_name (builder, "started_at");
  json_builder_add_string_value (builder, start);
  json_builder_set_member_name (builder, "minutes");
  json_builder_add_int_value (builder, workout->duration_s / 60);
  json_builder_set_member_name (builder, "distance_km");
  hearth_cli_json_add_number (builder, workout->distance_m / 1000.0);
  json_builder_set_member_name (builder, "steps");
  if (workout->steps >= 0)
    json_builder_add_int_value (builder, workout->steps);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "effort");
  if (workout->effort > 0)
    json_builder_add_int_value (builder, workout->effort);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "note");
  if (workout->note != NULL)
    json_builder_add_string_value (builder, workout->note);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "kcal");
  hearth_cli_json_add_number (builder, isnan (kcal) ? NAN : round (kcal));
  json_builder_set_member_name (builder, "week_active_minutes");
  json_builder_add_int_value (builder, week->equivalent_minutes);
  json_builder_set_member_name (builder, "week_target_minutes");
  json_builder_add_int_value (builder, week->target_minutes);
  json_builder_set_member_name (builder, "week_days");
  json_builder_begin_array (builder);
  for (guint d = 0; d < 7; d++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc ((week->first_day + d) * 86400);
      g_autofree char *date = day != NULL ? g_date_time_format (day, "%Y-%m-%d") : NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "date");
      if (date != NULL)
        json_builder_add_string_value (builder, date);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "moderate_minutes");
      json_builder_add_int_value (builder, week->moderate_minutes[d]);
      json_builder_set_member_name (builder, "vigorous_minutes");
      json_builder_add_int_value (builder, week->vigorous_minutes[d]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  hearth_cli_print_json (builder);
}

int
hearth_cli_log_workout (HearthCli               *cli,
                        const HearthCliCommand  *command,
                        char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthWorkout) workout = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *activity_text = NULL;
  g_autofree char *minutes_text = NULL;
  g_autofree char *at_text = NULL;
  g_autofree char *distance_text = NULL;
  g_autofree char *steps_text = NULL;
  g_autofree char *effort_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *energy_unit_text = NULL;
  HearthEnergyUnit energy_unit;
  const HearthActivity *activity = NULL;
  HearthActiveWeek week;
  HearthClock *clock;
  gboolean help = FALSE;
  gboolean json = FALSE;
  gint64 minutes = 0, steps = -1, effort = 0, monday;
  double distance_km = NAN;
  double kcal = NAN;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &activity_text, N_("What was done (see below)"), N_("ACTIVITY") },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes_text, N_("How long, 1 to 1440 minutes"), N_("N") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When it started (default: now)"), N_("TIME") },
    { "distance-km", 0, 0, G_OPTION_ARG_STRING, &distance_text, N_("Distance in kilometres"), N_("N") },
    { "steps", 0, 0, G_OPTION_ARG_STRING, &steps_text, N_("Steps during the workout"), N_("N") },
    { "effort", 0, 0, G_OPTION_ARG_STRING, &effort_text, N_("Perceived effort, 1 to 10"), N_("N") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "energy-unit", 0, 0, G_OPTION_ARG_STRING, &energy_unit_text,
      N_("kcal or kJ (default: $HEARTH_ENERGY_UNIT, else kcal; JSON is always in kcal)"), N_("UNIT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the stored workout as JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--activity", activity_text, &error) ||
      !hearth_cli_require ("--minutes", minutes_text, &error) ||
      !lookup_activity (activity_text, &activity, &error) ||
      !hearth_cli_parse_int_range ("--minutes", minutes_text, 1, HEARTH_WORKOUT_MAX_SECONDS / 60,
                                   &minutes, &error) ||
      (steps_text != NULL &&
       !hearth_cli_parse_int_range ("--steps", steps_text, 0, 200000, &steps, &error)) ||
      (effort_text != NULL &&
       !hearth_cli_parse_int_range ("--effort", effort_text, 1, 10, &effort, &error)) ||
      (distance_text != NULL &&
       !hearth_cli_parse_double ("--distance-km", distance_text, &distance_km, &error)) ||
      !hearth_cli_get_energy_unit (energy_unit_text, &energy_unit, &error))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  start = at_text != NULL ? hearth_cli_parse_time ("--at", at_text, hearth_clock_get_timezone (clock), &error)
                          : hearth_clock_now (clock);
  if (start == NULL)
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  workout = hearth_workout_new (hearth_profile_get_uuid (profile), activity->id, start, minutes * 60);
  /* A double is range-checked before it is scaled. */
  if (!isnan (distance_km))
    {
      if (!(distance_km > 0 && distance_km <= 1000))
        {
          g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s expects a number more than 0 and at most 1000, not “%s”"),
                       "--distance-km", distance_text);
          return hearth_cli_report_error (error);
        }
      workout->distance_m = distance_km * 1000.0;
    }
  workout->steps = steps;
  workout->effort = (int) effort;
  workout->note = g_steal_pointer (&note);
  if (!hearth_store_add_workout (store, workout, &error) ||
      !hearth_store_get_workout_energy (store, workout, &kcal, &error))
    return hearth_cli_report_error (error);

  monday = hearth_workout_get_local_day (workout);
  monday -= ((monday + 3) % 7 + 7) % 7;
  if (!hearth_store_get_active_week (store, workout->profile_uuid, monday, &week, &error))
    return hearth_cli_report_error (error);

  if (json)
    {
      print_workout_json (workout, profile, activity, kcal, &week);
      return HEARTH_CLI_EXIT_OK;
    }

  {
    g_autofree char *when = hearth_cli_format_local (workout->start);
    g_autofree char *met = g_strdup_printf ("%.1f", activity->met);
    g_autofree char *met_shown = hearth_cli_localize_numbers (met);

    /* Translators: activity, minutes, member, time, id: "Walking, brisk (3.5 mph), 30 min,
     * logged for “Ann” at 2026-03-30 07:15 (id …)." */
    g_print (_("%s, %d min, logged for “%s” at %s (id %s)."), _(activity->name), (int) minutes,
             hearth_profile_get_name (profile), when, workout->uuid);
    g_print ("\n");
    /* Translators: "moderate (4.3 MET, Compendium 17190)" */
    g_print (_("%s (%s MET, Compendium %s)"), intensity_name (hearth_activity_get_intensity (activity)),
             met_shown, activity->code);
    g_print ("\n");
    if (isnan (kcal))
      g_print ("%s\n", _("energy: unknown (log a weight first)"));
    else
      {
        g_autofree char *energy = hearth_units_format_energy (kcal, energy_unit);

        /* Translators: the energy with its unit, "229 kcal" */
        g_print (_("energy: %s"), energy);
        g_print ("\n");
      }
    /* Translators: "this week: 120 of 150 active minutes" */
    g_print (_("this week: %u of %u active minutes"), week.equivalent_minutes, week.target_minutes);
    g_print ("\n");
  }
  return HEARTH_CLI_EXIT_OK;
}
