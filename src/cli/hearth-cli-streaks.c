/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* hearth-cli skip and streaks: skip days (hearth-store-streaks.h) and a
 * member's streaks and habit strength on a day (hearth_store_get_streaks()). */

static void
print_line (const char *line)
{
  g_autofree char *localized = hearth_cli_localize_numbers (line);

  g_print ("%s\n", localized);
}

int
hearth_cli_skip (HearthCli               *cli,
                 const HearthCliCommand  *command,
                 char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *day_shown = NULL;
  g_autofree char *line = NULL;
  gboolean undo = FALSE, help = FALSE;
  HearthClock *clock;
  gint64 day;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "day", 0, 0, G_OPTION_ARG_STRING, &day_text, N_("The day to skip"), N_("YYYY-MM-DD") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why (ill, travelling…)"), N_("TEXT") },
    { "undo", 0, 0, G_OPTION_ARG_NONE, &undo, N_("Take the skip back"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--day", day_text, &error))
    return hearth_cli_report_error (error);
  if (undo && reason != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s and %s cannot be used together"), "--undo", "--reason");
      return hearth_cli_report_error (error);
    }
  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL ||
      !hearth_cli_parse_day ("--day", day_text, hearth_clock_get_timezone (clock), &day, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  if (undo ? !hearth_store_unmark_skip_day (store, hearth_profile_get_uuid (profile), day, &error)
           : !hearth_store_mark_skip_day (store, hearth_profile_get_uuid (profile), day, reason, &error))
    return hearth_cli_report_error (error);

  day_shown = hearth_cli_format_day (day);
  /* TRANSLATORS: "Ann: 2024-06-14 is a skip day; streaks pause over it." */
  line = undo ? g_strdup_printf (_("%s: %s counts again."), hearth_profile_get_name (profile), day_shown)
              : g_strdup_printf (_("%s: %s is a skip day; streaks pause over it."),
                                 hearth_profile_get_name (profile), day_shown);
  print_line (line);
  return HEARTH_CLI_EXIT_OK;
}

/* 0.xxxx: strength to 4 decimals, always with '.', as the JSON. */
static void
append_streak_json (GString                 *out,
                    const HearthHabitStreak *streak)
{
  char strength[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (strength, sizeof strength, "%.4f", round (streak->strength * 10000) / 10000);
  g_string_append_printf (out, "\"current\": %u, \"best\": %u, \"strength\": %s",
                          streak->current, streak->best, strength);
}

int
hearth_cli_streaks (HearthCli               *cli,
                    const HearthCliCommand  *command,
                    char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *today_text = NULL;
  gboolean json = FALSE, help = FALSE;
  gint64 today;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The day taken as today"), N_("DATE") },
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

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING | HEARTH_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  streaks = hearth_store_get_streaks (store, hearth_profile_get_uuid (profile), today, &error);
  if (streaks == NULL)
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{\n  \"logging\": {");

      append_streak_json (out, &streaks->logging);
      g_string_append (out, "},\n  \"habits\": [");
      for (guint i = 0; i < streaks->habits->len; i++)
        {
          const HearthHabitStreak *h = streaks->habits->pdata[i];
          g_autofree char *id = g_strescape (h->goal_uuid, NULL);

          g_string_append_printf (out, "%s\n    {\"goal\": \"%s\", ", i > 0 ? "," : "", id);
          append_streak_json (out, h);
          g_string_append (out, "}");
        }
      g_string_append (out, streaks->habits->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
      fputs (out->str, stdout);
      return HEARTH_CLI_EXIT_OK;
    }

  goals = hearth_store_list_goals (store, hearth_profile_get_uuid (profile), &error);
  if (goals == NULL)
    return hearth_cli_report_error (error);
  {
    g_autofree char *line = g_strdup_printf (ngettext ("Logging: %u day (best %u), strength %.0f %%",
                                                       "Logging: %u days (best %u), strength %.0f %%",
                                                       streaks->logging.current),
                                             streaks->logging.current, streaks->logging.best,
                                             streaks->logging.strength * 100);

    print_line (line);
  }
  for (guint i = 0; i < streaks->habits->len; i++)
    {
      const HearthHabitStreak *h = streaks->habits->pdata[i];
      g_autofree char *description = NULL;
      g_autofree char *line = NULL;

      for (guint k = 0; k < goals->len && description == NULL; k++)
        if (g_strcmp0 (((HearthGoal *) goals->pdata[k])->uuid, h->goal_uuid) == 0)
          description = hearth_goal_describe (goals->pdata[k]);
      line = g_strdup_printf (h->cadence == HEARTH_GOAL_CADENCE_WEEKLY
                                ? ngettext ("%s: %u week (best %u), strength %.0f %%",
                                            "%s: %u weeks (best %u), strength %.0f %%", h->current)
                                : ngettext ("%s: %u day (best %u), strength %.0f %%",
                                            "%s: %u days (best %u), strength %.0f %%", h->current),
                              description != NULL ? description : h->goal_uuid,
                              h->current, h->best, h->strength * 100);
      print_line (line);
    }
  return HEARTH_CLI_EXIT_OK;
}
