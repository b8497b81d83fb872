/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <sodium.h>

#include "hearth-cli.h"
#include "hearth-lock.h"

/* hearth-cli lock / unlock: a member's lock (hearth-lock.h). The PIN comes from a
 * file (never the command line, where other users could see it in the process
 * list); the keyring is never asked to prompt. */

/* The PIN in @path ("-": standard input): its first line, without the line end.
 * Free it with hearth_secrets_free(). */
static char *
read_pin_file (const char  *path,
               GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *contents = NULL;
  gsize length = 0;
  char *end;

  if (g_str_equal (path, "-"))
    {
      char buffer[HEARTH_LOCK_MAX_LENGTH + 3];
      gsize read = fread (buffer, 1, sizeof buffer - 1, stdin);

      if (ferror (stdin))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not read the PIN from standard input"));
          return NULL;
        }
      buffer[read] = '\0';
      contents = g_strdup (buffer);
      sodium_memzero (buffer, sizeof buffer);
      length = read;
    }
  else if (!g_file_get_contents (path, &contents, &length, &local))
    {
      g_set_error (error, local->domain, local->code, _("Could not read the PIN file: %s"),
                   local->message);
      return NULL;
    }

  if (memchr (contents, '\0', length) != NULL)
    {
      hearth_secrets_free (contents);
      g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID,
                   _("The PIN file holds binary data, not a PIN"));
      return NULL;
    }
  end = strpbrk (contents, "\r\n");
  if (end != NULL)
    {
      if (end[strspn (end, "\r\n")] != '\0')
        {
          hearth_secrets_free (contents);
          g_set_error (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_INVALID,
                       _("The PIN file has more than one line"));
          return NULL;
        }
      *end = '\0';
    }
  return contents;
}

static int
run_lock (HearthCli               *cli,
          const HearthCliCommand  *command,
          char                  ***args,
          gboolean                 unlock)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *pin_file = NULL;
  g_autofree char *journal = NULL;
  g_autoptr(HearthSecret) pin = NULL;
  gboolean help = FALSE;
  gboolean remove = FALSE;
  const char *uuid;
  const GOptionEntry lock_entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "pin-file", 0, 0, G_OPTION_ARG_FILENAME, &pin_file,
      N_("Read the PIN or passphrase from the first line of FILE (“-”: standard input)"), N_("FILE") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove, N_("Remove the lock (needs its PIN)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry unlock_entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "pin-file", 0, 0, G_OPTION_ARG_FILENAME, &pin_file,
      N_("Read the PIN or passphrase from the first line of FILE (“-”: standard input)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, unlock ? unlock_entries : lock_entries, args,
                                 &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--pin-file", pin_file, &error))
    return hearth_cli_report_error (error);

  /* The lock lives in the keyring: the journal is only read. */
  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  uuid = hearth_profile_get_uuid (profile);
  journal = hearth_secrets_journal_id (hearth_store_get_path (store));

  pin = read_pin_file (pin_file, &error);
  if (pin == NULL)
    return hearth_cli_report_error (error);

  if (unlock)
    {
      if (!hearth_lock_verify (journal, uuid, pin, HEARTH_SECRETS_NONE, NULL, &error))
        return hearth_cli_report_error (error);
      /* Translators: %s is a member's name */
      g_print (_("The PIN is right: %s is unlocked."), hearth_profile_get_name (profile));
    }
  else if (remove)
    {
      if (!hearth_lock_remove (journal, uuid, pin, HEARTH_SECRETS_NONE, NULL, &error))
        return hearth_cli_report_error (error);
      /* Translators: %s is a member's name */
      g_print (_("%s has no lock any more."), hearth_profile_get_name (profile));
    }
  else
    {
      if (!hearth_lock_set (journal, uuid, pin, HEARTH_SECRETS_NONE, NULL, &error))
        return hearth_cli_report_error (error);
      /* Translators: %s is a member's name */
      g_print (_("%s is locked: the app asks for this PIN before showing their records."),
               hearth_profile_get_name (profile));
    }
  g_print ("\n");
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_lock (HearthCli               *cli,
                 const HearthCliCommand  *command,
                 char                  ***args)
{
  return run_lock (cli, command, args, FALSE);
}

int
hearth_cli_unlock (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  return run_lock (cli, command, args, TRUE);
}
