/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-challenge.h"
#include "hearth-store-challenges.h"

/* hearth-cli challenge add|list|checkin|remove: time-boxed challenges with
 * a daily check-in (hearth-challenge.h). */

/* The member's live challenge @uuid; NOT_FOUND when it is another member's. */
static HearthChallenge *
find_challenge (HearthStore   *store,
                HearthProfile *profile,
                const char    *uuid,
                GError       **error)
{
  g_autoptr(HearthChallenge) challenge = hearth_store_get_challenge (store, uuid, error);

  if (challenge == NULL)
    return NULL;
  if (g_strcmp0 (challenge->profile_uuid, hearth_profile_get_uuid (profile)) != 0)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                   _("%s has no challenge %s."), hearth_profile_get_name (profile), uuid);
      return NULL;
    }
  return g_steal_pointer (&challenge);
}

static char *
describe (const HearthChallenge *challenge,
          gint64                 today)
{
  g_autofree char *start = hearth_cli_format_day (challenge->start_day);
  g_autofree char *end = hearth_cli_format_day (challenge->end_day);
  HearthChallengeState state = hearth_challenge_get_state (challenge, today);

  /* Translators: a challenge: its id, state, days checked of days, first and
   * last day, title: "…\tActive\t3 of 30 days\t2024-06-13 – 2024-07-12\t30-Day Walk". */
  return g_strdup_printf (_("%s\t%s\t%u of %u days\t%s – %s\t%s"), challenge->uuid,
                          hearth_challenge_state_get_name (state), hearth_challenge_get_checked (challenge),
                          hearth_challenge_get_days (challenge), start, end,
                          hearth_challenge_get_title (challenge));
}

static int
challenge_add (HearthCli               *cli,
               const HearthCliCommand  *command,
               char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthChallenge) challenge = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *line = NULL;
  gboolean help = FALSE;
  gint64 today, start, days = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id, N_("A built-in challenge (see below)"), N_("ID") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The member’s own challenge’s title"), N_("TEXT") },
    { "days", 0, 0, G_OPTION_ARG_STRING, &days_text, N_("How many days it lasts, 1 to 365"), N_("N") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text, N_("Its first day (default: today)"), N_("YYYY-MM-DD") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Today (default: the clock’s)"), N_("YYYY-MM-DD") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_resolve_today (cli, today_text, &today, &error))
    return hearth_cli_report_error (error);
  if ((template_id != NULL) == (title != NULL || days_text != NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give either --template or --title with --days"));
      return hearth_cli_report_error (error);
    }
  if (template_id == NULL &&
      (!hearth_cli_require ("--title", title, &error) ||
       !hearth_cli_require ("--days", days_text, &error) ||
       !hearth_cli_parse_int_range ("--days", days_text, 1, HEARTH_CHALLENGE_MAX_DAYS, &days, &error)))
    return hearth_cli_report_error (error);
  start = today;
  if (start_text != NULL &&
      !hearth_cli_parse_day ("--start", start_text, &start, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  if (template_id != NULL)
    challenge = hearth_challenge_new_from_template (hearth_profile_get_uuid (profile), template_id, start, &error);
  else
    challenge = hearth_challenge_new (hearth_profile_get_uuid (profile), title, start, (guint) days);
  if (challenge == NULL || !hearth_store_add_challenge (store, challenge, today, &error))
    return hearth_cli_report_error (error);
  line = describe (challenge, today);
  g_print ("%s\n", line);
  return HEARTH_CLI_EXIT_OK;
}

static void
print_list_json (GPtrArray *challenges,
                 gint64     today)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < challenges->len; i++)
    {
      const HearthChallenge *challenge = challenges->pdata[i];
      g_autofree char *start = hearth_cli_format_day (challenge->start_day);
      g_autofree char *end = hearth_cli_format_day (challenge->end_day);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, challenge->uuid);
      json_builder_set_member_name (builder, "template");
      if (challenge->template_id != NULL)
        json_builder_add_string_value (builder, challenge->template_id);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, hearth_challenge_get_title (challenge));
      json_builder_set_member_name (builder, "start");
      json_builder_add_string_value (builder, start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_string_value (builder, end);
      json_builder_set_member_name (builder, "days");
      json_builder_add_int_value (builder, hearth_challenge_get_days (challenge));
      json_builder_set_member_name (builder, "checked");
      json_builder_add_int_value (builder, hearth_challenge_get_checked (challenge));
      json_builder_set_member_name (builder, "progress");
      hearth_cli_json_add_number (builder, round (hearth_challenge_get_progress (challenge) * 10000) / 10000);
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder,
                                     hearth_challenge_state_to_string (hearth_challenge_get_state (challenge, today)));
      json_builder_set_member_name (builder, "today_checked");
      json_builder_add_boolean_value (builder, hearth_challenge_is_checked (challenge, today));
      json_builder_set_member_name (builder, "checkins");
      json_builder_begin_array (builder);
      for (guint d = 0; d < challenge->checkins->len; d++)
        {
          g_autofree char *day = hearth_cli_format_day (g_array_index (challenge->checkins, gint64, d));

          json_builder_add_string_value (builder, day);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  hearth_cli_print_json (builder);
}

static int
challenge_list (HearthCli               *cli,
                const HearthCliCommand  *command,
                char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) challenges = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *today_text = NULL;
  gboolean help = FALSE, json = FALSE;
  gint64 today;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Today (default: the clock’s)"), N_("YYYY-MM-DD") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_resolve_today (cli, today_text, &today, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  challenges = hearth_store_list_challenges (store, hearth_profile_get_uuid (profile), &error);
  if (challenges == NULL)
    return hearth_cli_report_error (error);

  if (json)
    {
      print_list_json (challenges, today);
      return HEARTH_CLI_EXIT_OK;
    }
  for (guint i = 0; i < challenges->len; i++)
    {
      g_autofree char *line = describe (challenges->pdata[i], today);

      g_print ("%s\n", line);
    }
  return HEARTH_CLI_EXIT_OK;
}

static int
challenge_checkin (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthChallenge) challenge = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  gboolean help = FALSE, undo = FALSE;
  gint64 today, day;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &uuid, N_("The challenge (as “challenge list” shows it)"), N_("UUID") },
    { "day", 0, 0, G_OPTION_ARG_STRING, &day_text, N_("The day (default: today)"), N_("YYYY-MM-DD") },
    { "undo", 0, 0, G_OPTION_ARG_NONE, &undo, N_("Take the day’s check-in back"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Today (default: the clock’s)"), N_("YYYY-MM-DD") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--id", uuid, &error) ||
      !hearth_cli_resolve_today (cli, today_text, &today, &error))
    return hearth_cli_report_error (error);
  day = today;
  if (day_text != NULL &&
      !hearth_cli_parse_day ("--day", day_text, &day, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  challenge = find_challenge (store, profile, uuid, &error);
  if (challenge == NULL ||
      !(undo ? hearth_store_undo_challenge_checkin (store, uuid, day, &error)
             : hearth_store_check_in_challenge (store, uuid, day, today, &error)))
    return hearth_cli_report_error (error);
  hearth_challenge_free (g_steal_pointer (&challenge));
  challenge = hearth_store_get_challenge (store, uuid, &error);
  if (challenge == NULL)
    return hearth_cli_report_error (error);

  date = hearth_cli_format_day (day);
  /* Translators: "Checked in 2024-06-15: 3 of 30 days, 30-Day Walk". */
  line = g_strdup_printf (undo ? _("Took back %s: %u of %u days, %s") : _("Checked in %s: %u of %u days, %s"),
                          date, hearth_challenge_get_checked (challenge), hearth_challenge_get_days (challenge),
                          hearth_challenge_get_title (challenge));
  g_print ("%s\n", line);
  return HEARTH_CLI_EXIT_OK;
}

static int
challenge_remove (HearthCli               *cli,
                  const HearthCliCommand  *command,
                  char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthChallenge) challenge = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *uuid = NULL;
  gboolean help = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &uuid, N_("The challenge (as “challenge list” shows it)"), N_("UUID") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--id", uuid, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  challenge = find_challenge (store, profile, uuid, &error);
  if (challenge == NULL || !hearth_store_delete_challenge (store, uuid, &error))
    return hearth_cli_report_error (error);
  g_print (_("Removed the challenge “%s”.\n"), hearth_challenge_get_title (challenge));
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_challenge (HearthCli               *cli,
                      const HearthCliCommand  *command,
                      char                  ***args)
{
  if (g_strcmp0 (command->name, "add") == 0)
    return challenge_add (cli, command, args);
  if (g_strcmp0 (command->name, "list") == 0)
    return challenge_list (cli, command, args);
  if (g_strcmp0 (command->name, "checkin") == 0)
    return challenge_checkin (cli, command, args);
  return challenge_remove (cli, command, args);
}
