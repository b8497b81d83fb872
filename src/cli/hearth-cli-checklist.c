/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-usec.h"

/* hearth-cli checklist: a member's first-week checklist
 * (hearth-store-checklist.h), for scripts; --dismiss puts it away. */

static const char *
get_step_label (HearthFirstStep step)
{
  switch (step)
    {
    case HEARTH_FIRST_STEP_SET_GOAL:
      return _("Set a goal");
    case HEARTH_FIRST_STEP_FIRST_READING:
      return _("Log the first reading");
    case HEARTH_FIRST_STEP_ONE_MORE_LOG:
      return _("Try one more log: a meal, a workout or a dose");
    case HEARTH_N_FIRST_STEPS:
    default:
      g_assert_not_reached ();
    }
}

/* A local day number as YYYY-MM-DD. */
static char *
format_day (gint64 local_day)
{
  GDate date;

  g_date_clear (&date, 1);
  /* GDate's Julian day 1 is 1 January of year 1; 1970-01-01 is 719163. */
  g_date_set_julian (&date, (guint32) (local_day + 719163));
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static void
print_json (const HearthFirstSteps *checklist)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "shown");
  json_builder_add_boolean_value (builder, hearth_first_steps_is_shown (checklist));
  json_builder_set_member_name (builder, "done");
  json_builder_add_int_value (builder, checklist->n_done);
  json_builder_set_member_name (builder, "dismissed");
  if (checklist->dismissed_at == 0)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *at = hearth_cli_format_utc_us (checklist->dismissed_at);

      json_builder_add_string_value (builder, at);
    }
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < HEARTH_N_FIRST_STEPS; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, hearth_first_step_to_string (i));
      json_builder_set_member_name (builder, "done");
      json_builder_add_boolean_value (builder, checklist->steps[i].done);
      json_builder_set_member_name (builder, "day");
      if (checklist->steps[i].done)
        {
          g_autofree char *day = format_day (checklist->steps[i].day);

          json_builder_add_string_value (builder, day);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  hearth_cli_print_json (builder);
}

static void
print_text (const HearthFirstSteps *checklist)
{
  for (guint i = 0; i < HEARTH_N_FIRST_STEPS; i++)
    {
      g_autofree char *day = checklist->steps[i].done ? format_day (checklist->steps[i].day) : NULL;

      g_print ("%s\t%s\n", get_step_label (i), day ? day : "-");
    }

  g_print (ngettext ("%u of %u first step done.", "%u of %u first steps done.", HEARTH_N_FIRST_STEPS),
           checklist->n_done, (guint) HEARTH_N_FIRST_STEPS);
  g_print ("\n");

  if (checklist->dismissed_at != 0)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) at = hearth_usec_to_date_time (checklist->dismissed_at, tz);
      g_autofree char *day = at ? g_date_time_format (at, "%Y-%m-%d") : NULL;

      /* Translators: the date the first-week checklist was put away */
      g_print (_("Dismissed on %s."), day ? day : "?");
      g_print ("\n");
    }
}

int
hearth_cli_checklist (HearthCli               *cli,
                      const HearthCliCommand  *command,
                      char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *profile_name = NULL;
  gboolean help = FALSE;
  gboolean json = FALSE;
  gboolean dismiss = FALSE;
  HearthFirstSteps checklist;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "dismiss", 0, 0, G_OPTION_ARG_NONE, &dismiss, N_("Put the checklist away for good"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error))
    return hearth_cli_report_error (error);

  /* Reading never creates a journal; dismissing needs one with the member. */
  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  if (dismiss && !hearth_store_dismiss_checklist (store, hearth_profile_get_uuid (profile), &error))
    return hearth_cli_report_error (error);

  if (!hearth_store_get_checklist (store, hearth_profile_get_uuid (profile), &checklist, &error))
    return hearth_cli_report_error (error);

  if (json)
    print_json (&checklist);
  else
    print_text (&checklist);

  return HEARTH_CLI_EXIT_OK;
}
