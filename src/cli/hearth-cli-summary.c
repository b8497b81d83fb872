/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli-diet.h"
#include "hearth-local-time.h"
#include "hearth-store-day.h"

/* hearth-cli summary: a member's day (hearth_store_get_day_summary()): the
 * diet against its targets (docs/clinical.md#diet), the energy of the
 * workouts, active minutes and the calendar week's total against WHO's
 * target (docs/clinical.md#physical-activity), and the day's doses. */

static gboolean
parse_activity (const char           *text,
                HearthActivityLevel  *level,
                GError              **error)
{
  if (g_strcmp0 (text, "sedentary") == 0)
    *level = HEARTH_ACTIVITY_LEVEL_SEDENTARY;
  else if (g_strcmp0 (text, "active") == 0)
    *level = HEARTH_ACTIVITY_LEVEL_ACTIVE;
  else if (g_strcmp0 (text, "vigorous") == 0)
    *level = HEARTH_ACTIVITY_LEVEL_VIGOROUS;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects sedentary, active or vigorous, not “%s”"), "--activity", text);
      return FALSE;
    }
  return TRUE;
}

/* "≥ 12.5" when some item did not state the nutrient. */
static char *
format_total (const HearthNutrients *totals,
              HearthNutrient         nutrient)
{
  g_autofree char *number = hearth_cli_diet_format_amount (hearth_nutrients_get (totals, nutrient));

  if (totals->incomplete & (1u << nutrient))
    return g_strdup_printf ("≥ %s", number);
  return g_steal_pointer (&number);
}

/* "≥ 304 kcal" or "1272 kJ": the day's energy in the unit asked for. */
static char *
format_energy_total (const HearthNutrients *totals,
                     HearthEnergyUnit       unit)
{
  g_autofree char *energy = hearth_units_format_energy (totals->energy_kcal, unit);

  if (totals->incomplete & (1u << HEARTH_NUTRIENT_ENERGY))
    return g_strdup_printf ("≥ %s", energy);
  return g_steal_pointer (&energy);
}

static void
print_line (const char *line)
{
  g_autofree char *localized = hearth_cli_localize_numbers (line);

  g_print ("%s\n", localized);
}

static char *
format_day (gint64 local_day)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (local_day * 86400);

  return day != NULL ? g_date_time_format (day, "%Y-%m-%d") : g_strdup ("?");
}

static void
add_exercise_json (JsonBuilder            *builder,
                   const HearthDaySummary *summary)
{
  g_autofree char *monday = format_day (summary->week.first_day);

  json_builder_set_member_name (builder, "workouts");
  json_builder_add_int_value (builder, summary->workouts);
  json_builder_set_member_name (builder, "energy_out_kcal");
  hearth_cli_json_add_number (builder, round (summary->energy_out_kcal * 10) / 10);
  json_builder_set_member_name (builder, "workouts_without_weight");
  json_builder_add_int_value (builder, summary->workouts_without_weight);
  json_builder_set_member_name (builder, "active_minutes");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "moderate");
  json_builder_add_int_value (builder, summary->moderate_minutes);
  json_builder_set_member_name (builder, "vigorous");
  json_builder_add_int_value (builder, summary->vigorous_minutes);
  json_builder_set_member_name (builder, "equivalent");
  json_builder_add_int_value (builder, summary->moderate_minutes + 2 * summary->vigorous_minutes);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "week");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "first_day");
  json_builder_add_string_value (builder, monday);
  json_builder_set_member_name (builder, "active_minutes");
  json_builder_add_int_value (builder, summary->week.equivalent_minutes);
  json_builder_set_member_name (builder, "target_minutes");
  json_builder_add_int_value (builder, summary->week.target_minutes);
  json_builder_set_member_name (builder, "met");
  json_builder_add_boolean_value (builder, summary->week.met);
  json_builder_end_object (builder);
}

static void
add_doses_json (JsonBuilder            *builder,
                const HearthDaySummary *summary)
{
  const struct { const char *key; guint value; } counts[] = {
    { "scheduled", summary->doses_scheduled },
    { "taken", summary->doses_taken },
    { "skipped", summary->doses_skipped },
    { "missed", summary->doses_missed },
    { "pending", summary->doses_pending },
    { "as_needed", summary->doses_as_needed },
  };

  json_builder_set_member_name (builder, "doses");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      json_builder_set_member_name (builder, counts[i].key);
      json_builder_add_int_value (builder, counts[i].value);
    }
  json_builder_end_object (builder);
}

static void
print_exercise (const HearthDaySummary *summary,
                HearthEnergyUnit        unit)
{
  g_autofree char *energy = hearth_units_format_energy (summary->energy_out_kcal, unit);
  g_autofree char *monday = format_day (summary->week.first_day);
  g_autofree char *line = NULL;
  g_autofree char *without = NULL;

  if (summary->workouts_without_weight > 0)
    without = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            " (%u without a weight before it, not counted)",
                                            " (%u without a weight before them, not counted)",
                                            summary->workouts_without_weight),
                               summary->workouts_without_weight);
  /* Translators: "Energy out: 250 kcal in 2 workouts" (the energy with its unit) */
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Energy out: %s in %u workout%s",
                                       "Energy out: %s in %u workouts%s", summary->workouts),
                          energy, summary->workouts, without != NULL ? without : "");
  print_line (line);
  g_free (line);
  line = g_strdup_printf (_("Active minutes: %u (%u moderate, %u vigorous)"),
                          summary->moderate_minutes + 2 * summary->vigorous_minutes,
                          summary->moderate_minutes, summary->vigorous_minutes);
  print_line (line);
  g_free (line);
  /* Translators: the week's first day (a Monday), its active minutes and
   * the target (a vigorous minute counts as two) */
  line = g_strdup_printf (_("Week from %s: %u of %u active minutes%s"), monday,
                          summary->week.equivalent_minutes, summary->week.target_minutes,
                          summary->week.met ? _(": target met") : "");
  print_line (line);
}

static void
print_doses (const HearthDaySummary *summary)
{
  g_autoptr(GString) line = g_string_new (NULL);

  if (summary->doses_scheduled == 0 && summary->doses_as_needed == 0)
    return;
  /* Translators: "Doses: 2 of 3 taken" */
  g_string_printf (line, _("Doses: %u of %u taken"), summary->doses_taken, summary->doses_scheduled);
  if (summary->doses_skipped > 0)
    g_string_append_printf (line, _(", %u skipped"), summary->doses_skipped);
  if (summary->doses_missed > 0)
    g_string_append_printf (line, _(", %u missed"), summary->doses_missed);
  if (summary->doses_pending > 0)
    g_string_append_printf (line, _(", %u still due"), summary->doses_pending);
  if (summary->doses_as_needed > 0)
    g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "; %u taken as needed",
                                               "; %u taken as needed", summary->doses_as_needed),
                            summary->doses_as_needed);
  print_line (line->str);
}

int
hearth_cli_summary (HearthCli               *cli,
                    const HearthCliCommand  *command,
                    char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GListModel) weights = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *activity_text = NULL;
  g_autofree char *energy_unit_text = NULL;
  HearthEnergyUnit energy_unit;
  gboolean json = FALSE, help = FALSE;
  HearthActivityLevel level = HEARTH_ACTIVITY_LEVEL_SEDENTARY;
  HearthDaySummary summary;
  HearthNutrients totals;
  HearthClock *clock;
  double weight = NAN, energy_target, protein_target, sugars_percent;
  gint64 local_day;
  int age;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "day", 0, 0, G_OPTION_ARG_STRING, &day_text, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { "activity", 0, 0, G_OPTION_ARG_STRING, &activity_text,
      N_("sedentary (default), active or vigorous: the energy target’s activity level"), N_("LEVEL") },
    { "energy-unit", 0, 0, G_OPTION_ARG_STRING, &energy_unit_text,
      N_("kcal or kJ (default: $HEARTH_ENERGY_UNIT, else kcal; JSON is always in kcal)"), N_("UNIT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      (activity_text != NULL && !parse_activity (activity_text, &level, &error)) ||
      !hearth_cli_get_energy_unit (energy_unit_text, &energy_unit, &error))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  if (day_text != NULL)
    start = hearth_cli_parse_date ("--day", day_text, hearth_clock_get_timezone (clock), &error);
  else
    {
      g_autoptr(GDateTime) now = hearth_clock_now (clock);

      start = hearth_local_time_day_start (hearth_clock_get_timezone (clock), g_date_time_get_year (now),
                                           g_date_time_get_month (now), g_date_time_get_day_of_month (now));
      if (start == NULL)
        g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("Today cannot be summed up"));
    }
  if (start == NULL)
    return hearth_cli_report_error (error);
  local_day = (gint64) floor ((g_date_time_to_unix (start) + g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND)
                              / 86400.0);
  {
    g_autoptr(GDateTime) next = g_date_time_add_days (start, 1);

    end = next != NULL ? g_date_time_add (next, -1) : g_date_time_ref (start);
  }

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  if (!hearth_store_get_day_summary (store, hearth_profile_get_uuid (profile), local_day, &summary, &error))
    return hearth_cli_report_error (error);
  weights = hearth_store_list_readings_before (store, hearth_profile_get_uuid (profile),
                                               HEARTH_READING_KIND_WEIGHT, end, 1, &error);
  if (weights == NULL)
    return hearth_cli_report_error (error);
  if (g_list_model_get_n_items (weights) > 0)
    {
      g_autoptr(HearthReading) reading = g_list_model_get_item (weights, 0);

      weight = hearth_reading_get_value_a (reading);
    }

  totals = summary.intake;
  age = hearth_profile_get_age (profile, start);
  energy_target = age < 18 ? NAN   /* Mifflin–St Jeor is for adults */
                           : hearth_nutrition_energy_target (weight, hearth_profile_get_height_cm (profile), age,
                                                             hearth_profile_get_sex (profile), level);
  protein_target = hearth_nutrition_protein_target_g (weight);
  sugars_percent = hearth_nutrition_sugars_percent (totals.sugars_g, totals.energy_kcal);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");
      guint incomplete = totals.incomplete;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "profile");
      json_builder_add_string_value (builder, hearth_profile_get_name (profile));
      json_builder_set_member_name (builder, "day");
      json_builder_add_string_value (builder, day);
      json_builder_set_member_name (builder, "meals");
      json_builder_add_int_value (builder, summary.meals);
      json_builder_set_member_name (builder, "totals");
      hearth_cli_diet_add_nutrients_json (builder, &totals);
      json_builder_set_member_name (builder, "incomplete");
      json_builder_begin_array (builder);
      for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
        if (incomplete & (1u << n))
          {
            static const char * const keys[] = { "energy_kcal", "protein_g", "carbohydrate_g", "sugars_g",
                                                 "fat_g", "saturated_fat_g", "fibre_g", "sodium_mg" };
            json_builder_add_string_value (builder, keys[n]);
          }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "energy_target_kcal");
      hearth_cli_json_add_number (builder, isnan (energy_target) ? NAN : round (energy_target));
      json_builder_set_member_name (builder, "protein_target_g");
      hearth_cli_json_add_number (builder, protein_target);
      json_builder_set_member_name (builder, "sodium_limit_mg");
      hearth_cli_json_add_number (builder, HEARTH_SODIUM_LIMIT_MG);
      json_builder_set_member_name (builder, "sodium_over");
      json_builder_add_boolean_value (builder, hearth_nutrition_sodium_over (totals.sodium_mg));
      json_builder_set_member_name (builder, "sugars_percent_of_energy");
      hearth_cli_json_add_number (builder, sugars_percent);
      json_builder_set_member_name (builder, "sugars_over");
      json_builder_add_boolean_value (builder, hearth_nutrition_sugars_over (totals.sugars_g, totals.energy_kcal));
      add_exercise_json (builder, &summary);
      add_doses_json (builder, &summary);
      json_builder_end_object (builder);
      hearth_cli_print_json (builder);
      return HEARTH_CLI_EXIT_OK;
    }

  {
    g_autofree char *day = g_date_time_format (start, "%Y-%m-%d");
    g_autofree char *energy = format_energy_total (&totals, energy_unit);
    g_autofree char *target = hearth_units_format_energy (energy_target, energy_unit);
    g_autofree char *protein = format_total (&totals, HEARTH_NUTRIENT_PROTEIN);
    g_autofree char *protein_goal = hearth_cli_diet_format_amount (protein_target);
    g_autofree char *sodium = format_total (&totals, HEARTH_NUTRIENT_SODIUM);
    g_autofree char *salt = hearth_cli_diet_format_amount (hearth_nutrition_salt_g (totals.sodium_mg));
    g_autofree char *sugars = format_total (&totals, HEARTH_NUTRIENT_SUGARS);
    g_autofree char *percent = hearth_cli_diet_format_amount (sugars_percent);
    g_autofree char *line = NULL;

    /* Translators: a member's name and a date */
    line = g_strdup_printf (_("%s, %s"), hearth_profile_get_name (profile), day);
    g_print ("%s\n", line);
    g_free (line);
    line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meal", "%u meals", summary.meals), summary.meals);
    g_print ("%s\n", line);
    g_free (line);
    if (isnan (energy_target))
      line = g_strdup_printf (_("Energy: %s (no target: it needs the member’s sex, age 18 or over, height and a weight)"),
                              energy);
    else
      /* Translators: energies with their unit, "304 kcal of a 1905 kcal target" */
      line = g_strdup_printf (_("Energy: %s of a %s target"), energy, target);
    print_line (line);
    g_free (line);
    if (isnan (protein_target))
      line = g_strdup_printf (_("Protein: %s g (no target without a weight)"), protein);
    else
      line = g_strdup_printf (_("Protein: %s g of at least %s g"), protein, protein_goal);
    print_line (line);
    g_free (line);
    line = g_strdup_printf (_("Sodium: %s mg (salt %s g) of less than %s mg%s"), sodium, salt, "2000",
                            hearth_nutrition_sodium_over (totals.sodium_mg) ? _(": over") : "");
    print_line (line);
    g_free (line);
    if (isnan (sugars_percent))
      line = g_strdup_printf (_("Sugars: %s g"), sugars);
    else
      line = g_strdup_printf (_("Sugars: %s g, %s %% of energy, of less than 10 %%%s"), sugars, percent,
                              hearth_nutrition_sugars_over (totals.sugars_g, totals.energy_kcal) ? _(": over") : "");
    print_line (line);
    print_exercise (&summary, energy_unit);
    print_doses (&summary);
  }
  return HEARTH_CLI_EXIT_OK;
}
