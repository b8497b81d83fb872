/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-local-time.h"

/* hearth-cli insights / nudges: a member's insights (hearth-insights.h)
 * and the day's nudge (hearth-nudges.h). "Today" is --today DATE, else
 * the clock's date (HEARTH_NOW, else now); the time of day that quiet
 * hours are checked against is always the clock's. */

typedef struct
{
  const char *id;
  const char *text;
  const char *source;
} Item;

/* "22:00-07:00" into minutes after midnight. */
static gboolean
parse_quiet_hours (const char  *text,
                   int         *start,
                   int         *end,
                   GError     **error)
{
  unsigned h1, m1, h2, m2;
  char tail;

  if (sscanf (text, "%2u:%2u-%2u:%2u%c", &h1, &m1, &h2, &m2, &tail) != 4 ||
      h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects HH:MM-HH:MM, not “%s”"), "--quiet-hours", text);
      return FALSE;
    }
  *start = (int) (h1 * 60 + m1);
  *end = (int) (h2 * 60 + m2);
  return TRUE;
}

/* The clock's minute of the day (quiet hours). */
static int
minute_of_day (HearthClock *clock)
{
  g_autoptr(GDateTime) now = hearth_clock_now (clock);

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

static void
print_items (const Item *items,
             guint       n_items,
             gboolean    json,
             const char *none)
{
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n_items; i++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, items[i].id);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, items[i].text);
          json_builder_set_member_name (builder, "source");
          json_builder_add_string_value (builder, items[i].source);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      hearth_cli_print_json (builder);
      return;
    }
  if (n_items == 0)
    g_print ("%s\n", none);
  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *text = hearth_cli_localize_numbers (items[i].text);
      g_autofree char *source = hearth_cli_localize_numbers (items[i].source);

      /* Translators: under an insight or nudge: where its numbers come from */
      g_print ("%s\n  %s %s\n", text, _("Source:"), source);
    }
}

static int
run_command (HearthCli               *cli,
             const HearthCliCommand  *command,
             char                  ***args,
             gboolean                 nudges)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) insights = NULL;
  g_autoptr(HearthNudge) nudge = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *quiet_text = NULL;
  g_autofree Item *items = NULL;
  gboolean json = FALSE, help = FALSE;
  int quiet_start = HEARTH_NUDGE_QUIET_START, quiet_end = HEARTH_NUDGE_QUIET_END, minute;
  guint n_items = 0;
  gint64 day;
  HearthClock *clock;
  GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The day taken as today (default: the clock’s)"),
      N_("YYYY-MM-DD") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "quiet-hours", 0, 0, G_OPTION_ARG_STRING, &quiet_text,
      N_("No nudge between these times (default: 22:00-07:00)"), N_("HH:MM-HH:MM") },
    G_OPTION_ENTRY_NULL
  };

  if (!nudges)
    entries[3] = (GOptionEntry) G_OPTION_ENTRY_NULL;
  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      (quiet_text != NULL && !parse_quiet_hours (quiet_text, &quiet_start, &quiet_end, &error)))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL || !hearth_cli_resolve_today (cli, today_text, &day, &error))
    return hearth_cli_report_error (error);
  minute = minute_of_day (clock);
  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  if (nudges)
    {
      if (!hearth_nudges_get_for_day (store, hearth_profile_get_uuid (profile), day, minute,
                                      quiet_start, quiet_end, &nudge, &error))
        return hearth_cli_report_error (error);
      items = g_new0 (Item, 1);
      if (nudge != NULL)
        items[n_items++] = (Item) { nudge->id, nudge->text, nudge->source };
      print_items (items, n_items, json, _("No nudge today."));
    }
  else
    {
      insights = hearth_insights_list (store, hearth_profile_get_uuid (profile), day, &error);
      if (insights == NULL)
        return hearth_cli_report_error (error);
      items = g_new0 (Item, insights->len + 1);
      for (guint i = 0; i < insights->len; i++)
        {
          HearthInsight *insight = insights->pdata[i];

          items[n_items++] = (Item) { insight->id, insight->text, insight->source };
        }
      print_items (items, n_items, json, _("No insights today."));
    }
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_insights (HearthCli               *cli,
                     const HearthCliCommand  *command,
                     char                  ***args)
{
  return run_command (cli, command, args, FALSE);
}

int
hearth_cli_nudges (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  return run_command (cli, command, args, TRUE);
}
