/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-badges.h"
#include "hearth-store-badges.h"

/* hearth-cli badges: a member's badges judged on their whole history up
 * to today (hearth_store_evaluate_badges(), which stores the new ones). */

static void
print_json (GArray *statuses)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < statuses->len; i++)
    {
      const HearthBadgeStatus *status = &g_array_index (statuses, HearthBadgeStatus, i);
      g_autofree char *text = hearth_badge_status_format_progress (status);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, status->def->id);
      json_builder_set_member_name (builder, "earned");
      if (status->earned_day != HEARTH_BADGE_NO_DAY)
        {
          g_autofree char *day = hearth_cli_format_day (status->earned_day);

          json_builder_add_string_value (builder, day);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "progress");
      hearth_cli_json_add_number (builder, round (status->progress * 10000) / 10000);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, hearth_badge_def_get_title (status->def));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  hearth_cli_print_json (builder);
}

int
hearth_cli_badges (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *guideline_text = NULL;
  HearthBadgeOptions options;
  gboolean help = FALSE, json = FALSE;
  gint64 today;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The day to judge on (default: today)"), N_("YYYY-MM-DD") },
    { "guideline", 0, 0, G_OPTION_ARG_STRING, &guideline_text,
      N_("The blood pressure guideline of the target: acc-aha-2017 (default), esc-esh-2018, esc-2024 or china-2018"),
      N_("GUIDELINE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  hearth_badge_options_init_default (&options);
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_resolve_today (cli, today_text, &today, &error))
    return hearth_cli_report_error (error);
  if (guideline_text != NULL && !hearth_bp_guideline_from_string (guideline_text, &options.bp_guideline))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects acc-aha-2017, esc-esh-2018, esc-2024 or china-2018, not “%s”"),
                   "--guideline", guideline_text);
      return hearth_cli_report_error (error);
    }

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  statuses = hearth_store_evaluate_badges (store, hearth_profile_get_uuid (profile), today, &options, &error);
  if (statuses == NULL)
    return hearth_cli_report_error (error);

  if (json)
    {
      print_json (statuses);
      return HEARTH_CLI_EXIT_OK;
    }
  for (guint i = 0; i < statuses->len; i++)
    {
      const HearthBadgeStatus *status = &g_array_index (statuses, HearthBadgeStatus, i);
      g_autofree char *text = NULL;
      g_autofree char *line = NULL;
      g_autofree char *localized = NULL;

      if (status->earned_day != HEARTH_BADGE_NO_DAY)
        {
          g_autofree char *day = hearth_cli_format_day (status->earned_day);

          /* Translators: a badge's state, "earned 2024-06-07". */
          text = g_strdup_printf (_("earned %s"), day);
        }
      else
        text = hearth_badge_status_format_progress (status);
      line = g_strdup_printf ("%s\t%s\t%s", status->def->id, hearth_badge_def_get_title (status->def), text);
      localized = hearth_cli_localize_numbers (line);
      g_print ("%s\n", localized);
    }
  return HEARTH_CLI_EXIT_OK;
}
