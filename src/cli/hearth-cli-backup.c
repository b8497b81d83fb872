/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <sodium.h>

#include "hearth-cli.h"

/* hearth-cli backup / restore: encrypted backups of the journal
 * (hearth-backup.h, docs/backups.md). The passphrase comes from a file or
 * the keyring, never the command line (other users see argv). */

/* The passphrase in @path ("-": standard input): its first line, without
 * the line end. Read into one fixed buffer that is wiped (no copies left
 * behind by a growing read). Free it with hearth_secrets_free(). */
static char *
read_passphrase_file (const char  *path,
                      GError     **error)
{
  char buffer[HEARTH_BACKUP_MAX_PASSPHRASE + 4];
  gboolean from_stdin = g_str_equal (path, "-");
  FILE *file = from_stdin ? stdin : fopen (path, "rbe");
  char *contents = NULL;
  gsize length;
  char *end;

  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not read the passphrase file: %s"), g_strerror (saved));
      return NULL;
    }
  length = fread (buffer, 1, sizeof buffer - 1, file);
  if (ferror (file))
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO,
                 _("Could not read the passphrase file: %s"), g_strerror (errno));
  else if (length == sizeof buffer - 1)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                 _("The passphrase file is too long for a passphrase"));
  else if (memchr (buffer, '\0', length) != NULL)
    g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                 _("The passphrase file holds binary data, not a passphrase"));
  else
    {
      buffer[length] = '\0';
      end = strpbrk (buffer, "\r\n");
      if (end != NULL && end[strspn (end, "\r\n")] != '\0')
        g_set_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE,
                     _("The passphrase file has more than one line"));
      else
        {
          if (end != NULL)
            *end = '\0';
          contents = g_strdup (buffer);
        }
    }
  if (!from_stdin)
    fclose (file);
  sodium_memzero (buffer, sizeof buffer);
  return contents;
}

static char *
journal_path (HearthCli *cli)
{
  return cli->db_path != NULL ? g_strdup (cli->db_path) : hearth_store_default_path ();
}

/* The passphrase from --passphrase-file or the keyring (exactly one). */
static char *
get_passphrase (const char  *passphrase_file,
                gboolean     from_keyring,
                const char  *journal,
                GError     **error)
{
  g_autofree char *journal_id = NULL;
  g_autoptr(GError) local = NULL;
  char *secret;

  if ((passphrase_file != NULL) == from_keyring)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("Give either --passphrase-file or --passphrase-from-keyring"));
      return NULL;
    }
  if (passphrase_file != NULL)
    return read_passphrase_file (passphrase_file, error);

  journal_id = hearth_secrets_journal_id (journal);
  secret = hearth_secrets_lookup_sync (journal_id, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                       HEARTH_SECRETS_NONE, NULL, &local);
  if (secret == NULL && local != NULL)
    {
      g_set_error (error, local->domain, local->code,
                   _("Could not get the backup passphrase from the keyring: %s"), local->message);
      return NULL;
    }
  if (secret == NULL)
    {
      g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_FAILED,
                   _("No backup passphrase is remembered for this journal: give --passphrase-file "
                     "with --remember once"));
      return NULL;
    }
  return secret;
}

int
hearth_cli_backup (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSecret) passphrase = NULL;
  g_autofree char *out = NULL;
  g_autofree char *passphrase_file = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *keep_text = NULL;
  gboolean help = FALSE;
  gboolean from_keyring = FALSE;
  gboolean remember = FALSE;
  gboolean automatic = FALSE;
  gint64 keep = 0;
  const GOptionEntry entries[] = {
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, N_("The backup file to write"), N_("FILE") },
    { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file,
      N_("Read the passphrase from the first line of FILE (“-”: standard input)"), N_("FILE") },
    { "passphrase-from-keyring", 0, 0, G_OPTION_ARG_NONE, &from_keyring,
      N_("Use the passphrase remembered in the keyring"), NULL },
    { "remember", 0, 0, G_OPTION_ARG_NONE, &remember,
      N_("Remember the passphrase in the keyring (for automatic backups)"), NULL },
    { "auto", 0, 0, G_OPTION_ARG_NONE, &automatic,
      N_("Make today’s automatic backup in --folder unless it is there, keeping the newest --keep"), NULL },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME, &folder, N_("The folder of automatic backups"), N_("DIR") },
    { "keep", 0, 0, G_OPTION_ARG_STRING, &keep_text, N_("How many automatic backups to keep"), N_("N") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error))
    return hearth_cli_report_error (error);
  if (automatic)
    {
      if (out != NULL)
        g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     _("--auto names its backups itself: give --folder, not --out"));
      else if (hearth_cli_require ("--folder", folder, &error) &&
               hearth_cli_require ("--keep", keep_text, &error))
        hearth_cli_parse_int_range ("--keep", keep_text, 1, 10000, &keep, &error);
    }
  else if (folder != NULL || keep_text != NULL)
    g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                 _("--folder and --keep go with --auto"));
  else
    hearth_cli_require ("--out", out, &error);
  if (error == NULL && remember && from_keyring)
    g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                 _("--remember goes with --passphrase-file"));
  if (error != NULL)
    return hearth_cli_report_error (error);

  /* Opened once (it must be a journal this Hearth reads; an older one is
   * brought up to date), then closed: the backup reads it on its own. */
  {
    g_autoptr(HearthStore) store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);

    if (store == NULL)
      return hearth_cli_report_error (error);
    journal = g_strdup (hearth_store_get_path (store));
  }

  passphrase = get_passphrase (passphrase_file, from_keyring, journal, &error);
  if (passphrase == NULL || !hearth_backup_check_passphrase (passphrase, &error))
    return hearth_cli_report_error (error);

  if (automatic)
    {
      g_autofree char *made = NULL;
      HearthClock *clock = hearth_cli_get_clock (cli, &error);
      guint removed = 0;

      if (clock == NULL ||
          !hearth_backup_auto (journal, folder, (guint) keep, passphrase, clock, &made, &removed,
                               NULL, &error))
        return hearth_cli_report_error (error);
      if (made != NULL)
        /* Translators: %s is a file name */
        g_print (_("Backup written to %s."), made);
      else
        {
          g_autofree char *name = hearth_backup_auto_name (clock);
          g_autofree char *path = g_build_filename (folder, name, NULL);

          /* Translators: %s is a file name */
          g_print (_("Today’s backup is already there: %s."), path);
        }
      g_print ("\n");
      if (removed > 0)
        {
          g_print (g_dngettext (GETTEXT_PACKAGE, "Removed %u older backup.", "Removed %u older backups.",
                                removed), removed);
          g_print ("\n");
        }
    }
  else
    {
      HearthBackupStats stats;

      if (!hearth_backup_create (journal, out, passphrase, &stats, NULL, &error))
        return hearth_cli_report_error (error);
      /* Translators: %s is a file name, %.1f its size in MB */
      g_print (_("Backup written to %s (%.1f MB)."), out, stats.file_bytes / 1e6);
      g_print ("\n");
    }

  if (remember)
    {
      g_autofree char *journal_id = hearth_secrets_journal_id (journal);

      if (!hearth_secrets_store_sync (journal_id, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                      _("Hearth backup passphrase"), passphrase,
                                      HEARTH_SECRETS_NONE, NULL, &error))
        {
          g_prefix_error (&error, "%s ", _("The backup was written, but the passphrase could not be remembered:"));
          return hearth_cli_report_error (error);
        }
      g_print ("%s\n", _("The passphrase is remembered in the keyring."));
    }
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_restore (HearthCli               *cli,
                    const HearthCliCommand  *command,
                    char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSecret) passphrase = NULL;
  g_autofree char *passphrase_file = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *undo_path = NULL;
  gboolean help = FALSE;
  gboolean yes = FALSE;
  gboolean undo = FALSE;
  const char *backup;
  const GOptionEntry entries[] = {
    { "passphrase-file", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file,
      N_("Read the passphrase from the first line of FILE (“-”: standard input)"), N_("FILE") },
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes, N_("Replace the journal (without it, only check the backup)"), NULL },
    { "undo", 0, 0, G_OPTION_ARG_NONE, &undo, N_("Put back the journal the last restore replaced"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  journal = journal_path (cli);
  undo_path = hearth_backup_undo_path (journal);

  if (undo)
    {
      if (!hearth_cli_no_arguments (*args, &error))
        return hearth_cli_report_error (error);
      if (passphrase_file != NULL)
        {
          g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--undo takes no backup and no passphrase"));
          return hearth_cli_report_error (error);
        }
      if (!hearth_backup_undo_restore (journal, &error))
        return hearth_cli_report_error (error);
      g_print ("%s\n", _("The journal from before the restore is back."));
      return HEARTH_CLI_EXIT_OK;
    }

  if ((*args)[0] == NULL || (*args)[1] == NULL || (*args)[2] != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("Give one backup FILE to restore"));
      return hearth_cli_report_error (error);
    }
  backup = (*args)[1];
  if (!hearth_cli_require ("--passphrase-file", passphrase_file, &error))
    return hearth_cli_report_error (error);
  passphrase = read_passphrase_file (passphrase_file, &error);
  if (passphrase == NULL)
    return hearth_cli_report_error (error);

  if (!yes)
    {
      HearthBackupStats stats;

      if (!hearth_backup_verify (backup, passphrase, &stats, NULL, &error))
        return hearth_cli_report_error (error);
      /* Translators: %s is a file name, %.1f a size in MB */
      g_print (_("The backup %s is complete and sound (a journal of %.1f MB)."), backup,
               stats.journal_bytes / 1e6);
      g_print ("\n");
      g_set_error (&error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FAILED,
                   _("Nothing was restored: restoring replaces the current journal. Run again with "
                     "--yes to restore (restore --undo puts the current journal back)."));
      return hearth_cli_report_error (error);
    }

  if (!hearth_backup_restore (backup, passphrase, journal, NULL, NULL, &error))
    return hearth_cli_report_error (error);
  /* Translators: %s is a file name */
  g_print (_("Restored %s."), backup);
  g_print (" ");
  if (hearth_backup_can_undo (journal))
    /* Translators: %s is a file name */
    g_print (_("The journal it replaced is kept as %s: “hearth-cli restore --undo” puts it back."),
             undo_path);
  g_print ("\n");
  return HEARTH_CLI_EXIT_OK;
}
