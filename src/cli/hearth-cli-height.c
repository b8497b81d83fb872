/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* A member's heights over time (schema 12; hearth-store-heights.h):
 *   height add --profile NAME --cm N [--date YYYY-MM-DD]
 *   height list --profile NAME [--json]
 *   height delete --uuid UUID
 * The latest height is the member's profile height. */

static HearthProfile *
open_member (HearthCli     *cli,
             const char    *name,
             gboolean       write,
             HearthStore  **store,
             GError       **error)
{
  if (!hearth_cli_require ("--profile", name, error))
    return NULL;
  *store = write ? hearth_cli_open_store (cli, error)
                 : hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, error);
  if (*store == NULL)
    return NULL;
  return hearth_cli_find_profile (*store, name, error);
}

static int
height_add (HearthCli               *cli,
            const HearthCliCommand  *command,
            char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *name = NULL, *cm_text = NULL, *date = NULL;
  gboolean help = FALSE;
  double cm = 0;
  gint64 day = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member"), N_("NAME") },
    { "cm", 0, 0, G_OPTION_ARG_STRING, &cm_text, N_("Height in centimetres"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day it was measured (default: today)"),
      N_("YYYY-MM-DD") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--cm", cm_text, &error) ||
      !hearth_cli_parse_double ("--cm", cm_text, &cm, &error) ||
      (date != NULL && !hearth_cli_parse_day ("--date", date, &day, &error)) ||
      (date == NULL && !hearth_cli_resolve_today (cli, NULL, &day, &error)))
    return hearth_cli_report_error (error);

  profile = open_member (cli, name, TRUE, &store, &error);
  if (profile == NULL ||
      !hearth_store_add_height (store, hearth_profile_get_uuid (profile), day, cm, NULL, &error))
    return hearth_cli_report_error (error);
  return HEARTH_CLI_EXIT_OK;
}

static int
height_list (HearthCli               *cli,
             const HearthCliCommand  *command,
             char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) heights = NULL;
  g_autofree char *name = NULL;
  gboolean help = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error))
    return hearth_cli_report_error (error);
  profile = open_member (cli, name, FALSE, &store, &error);
  if (profile != NULL)
    heights = hearth_store_list_heights (store, hearth_profile_get_uuid (profile), &error);
  if (heights == NULL)
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_array (b);
      for (guint i = 0; i < heights->len; i++)
        {
          HearthHeight *height = g_ptr_array_index (heights, i);
          g_autofree char *day = hearth_cli_format_day (height->measured_day);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "uuid");
          json_builder_add_string_value (b, height->uuid);
          json_builder_set_member_name (b, "date");
          json_builder_add_string_value (b, day);
          json_builder_set_member_name (b, "cm");
          hearth_cli_json_add_number (b, height->height_cm);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      hearth_cli_print_json (b);
      return HEARTH_CLI_EXIT_OK;
    }

  /* Tab-separated: the day, then the height in cm ('.' always). */
  for (guint i = 0; i < heights->len; i++)
    {
      HearthHeight *height = g_ptr_array_index (heights, i);
      g_autofree char *day = hearth_cli_format_day (height->measured_day);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_print ("%s\t%s\n", day, g_ascii_formatd (buf, sizeof buf, "%.10g", height->height_cm));
    }
  return HEARTH_CLI_EXIT_OK;
}

static int
height_delete (HearthCli               *cli,
               const HearthCliCommand  *command,
               char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autofree char *uuid = NULL;
  gboolean help = FALSE;
  const GOptionEntry entries[] = {
    { "uuid", 0, 0, G_OPTION_ARG_STRING, &uuid, N_("The measurement (height list --json)"), N_("UUID") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--uuid", uuid, &error))
    return hearth_cli_report_error (error);
  store = hearth_cli_open_store (cli, &error);
  if (store == NULL || !hearth_store_delete_height (store, uuid, &error))
    return hearth_cli_report_error (error);
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_height (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  if (g_str_equal (command->name, "add"))
    return height_add (cli, command, args);
  if (g_str_equal (command->name, "list"))
    return height_list (cli, command, args);
  return height_delete (cli, command, args);
}
