/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

#define DEFAULT_SEED 1
#define DAYS_PER_YEAR 365.25

/* "hearth-cli generate": a made-up family (hearth-generate.h) ending at
 * "now" ($HEARTH_NOW honoured), in one transaction. */
int
hearth_cli_generate (HearthCli               *cli,
                     const HearthCliCommand  *command,
                     char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthGenerated) generated = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *members_text = NULL;
  g_autofree char *years_text = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *seed_text = NULL;
  gboolean help = FALSE;
  gint64 members = 0;
  gint64 days = 0;
  gint64 seed = DEFAULT_SEED;
  const GOptionEntry entries[] = {
    { "members", 0, 0, G_OPTION_ARG_STRING, &members_text, N_("How many family members (1–60)"), N_("N") },
    { "years", 0, 0, G_OPTION_ARG_STRING, &years_text, N_("Years of history up to now (may be fractional)"), N_("Y") },
    { "days", 0, 0, G_OPTION_ARG_STRING, &days_text, N_("Days of history up to today, instead of --years"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("Random seed: the same seed gives the same data (default 1)"), N_("S") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  /* Every number range-checked before it is converted. */
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--members", members_text, &error) ||
      !hearth_cli_parse_int_range ("--members", members_text, 1, HEARTH_GENERATE_MAX_MEMBERS,
                                   &members, &error) ||
      (seed_text != NULL &&
       !hearth_cli_parse_int_range ("--seed", seed_text, 0, G_MAXUINT32, &seed, &error)))
    return hearth_cli_report_error (error);

  if ((years_text == NULL) == (days_text == NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give either %s or %s"), "--years", "--days");
      return hearth_cli_report_error (error);
    }

  if (years_text != NULL)
    {
      double years;

      if (!hearth_cli_parse_double ("--years", years_text, &years, &error))
        return hearth_cli_report_error (error);
      /* In range before the product is converted: 1e300 years is no gint64. */
      if (years > 0 && years * DAYS_PER_YEAR <= HEARTH_GENERATE_MAX_DAYS)
        days = (gint64) ceil (years * DAYS_PER_YEAR);
    }
  else if (!hearth_cli_parse_int_range ("--days", days_text, G_MININT64, G_MAXINT64, &days, &error))
    {
      return hearth_cli_report_error (error);
    }

  if (days < 1 || days > HEARTH_GENERATE_MAX_DAYS)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects between one day and fifty years of history, not “%s”"),
                   years_text != NULL ? "--years" : "--days",
                   years_text != NULL ? years_text : days_text);
      return hearth_cli_report_error (error);
    }

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);

  now = hearth_clock_now (hearth_store_get_clock (store));
  generated = hearth_generated_new ((guint32) seed, members, days, now);
  if (!hearth_generated_store (generated, store, &error))
    return hearth_cli_report_error (error);

  g_print (_("Members added: %u"), hearth_generated_get_profiles (generated)->len);
  g_print ("\n");
  g_print (_("Readings added: %u"), hearth_generated_get_readings (generated)->len);
  g_print ("\n");
  g_print (_("Meals added: %u"), hearth_generated_get_meals (generated)->len);
  g_print ("\n");
  g_print (_("Workouts added: %u"), hearth_generated_get_workouts (generated)->len);
  g_print ("\n");
  g_print (_("Medications added: %u"), hearth_generated_get_medications (generated)->len);
  g_print ("\n");
  g_print (_("Doses marked: %u"), hearth_generated_get_doses (generated)->len);
  g_print ("\n");

  return HEARTH_CLI_EXIT_OK;
}
