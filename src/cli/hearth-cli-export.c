/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* hearth-cli export / import: the family's data as a JSON file
 * (hearth-export.h, hearth-import.h, docs/export-format.md). */

int
hearth_cli_export (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *out = NULL;
  gboolean help = FALSE;
  gboolean deidentify = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("Only this member (default: the whole family)"), N_("NAME") },
    { "deidentify", 0, 0, G_OPTION_ARG_NONE, &deidentify,
      N_("Leave out names and free text, keep only the birth year, shift every date and replace ids"), NULL },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("The file to write"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--out", out, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  if (profile_name != NULL)
    {
      profile = hearth_cli_find_profile (store, profile_name, &error);
      if (profile == NULL)
        return hearth_cli_report_error (error);
    }

  if (!hearth_export_to_file (store, profile ? hearth_profile_get_uuid (profile) : NULL,
                              deidentify ? HEARTH_EXPORT_DEIDENTIFY : HEARTH_EXPORT_NONE,
                              out, &error))
    return hearth_cli_report_error (error);
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_import (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  gboolean help = FALSE;
  HearthImportCounts counts;
  const GOptionEntry entries[] = {
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if ((*args)[0] == NULL || (*args)[1] == NULL || (*args)[2] != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("Give one FILE to import"));
      return hearth_cli_report_error (error);
    }

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  if (!hearth_import_file (store, (*args)[1], &counts, &error))
    return hearth_cli_report_error (error);

  /* Translators: what an import did, row counts */
  g_print (_("Added %u, updated %u, left %u (the journal’s were as new or newer)."),
           counts.added, counts.updated, counts.left);
  g_print ("\n");
  return HEARTH_CLI_EXIT_OK;
}
