/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* Permanent delete (issue 10): "profile delete --name NAME --yes" and
 * "delete-everything --yes". Without --yes they print what would be lost
 * and exit 1 having changed nothing; with it, the rows are removed and the
 * file cleaned (hearth-store-purge.h). */

static int
clamp_count (gint64 n)
{
  return (int) CLAMP (n, 0, G_MAXINT);
}

/* "  12 readings" when @n > 0; takes @line. */
static void
add_line (GString *out,
          int      n,
          char    *line)
{
  if (n > 0)
    g_string_append_printf (out, "  %s\n", line);
  g_free (line);
}

/* One line per kind of entry there is some of. */
static void
append_counts (GString                 *out,
               const HearthPurgeCounts *counts,
               gboolean                 everything)
{
  gsize start = out->len;
  int n;

  if (everything)
    {
      n = clamp_count (counts->members);
      add_line (out, n, g_strdup_printf (ngettext ("%d member", "%d members", n), n));
    }
  n = clamp_count (counts->readings);
  add_line (out, n, g_strdup_printf (ngettext ("%d reading", "%d readings", n), n));
  n = clamp_count (counts->meals);
  add_line (out, n, g_strdup_printf (ngettext ("%d meal", "%d meals", n), n));
  n = clamp_count (counts->workouts);
  add_line (out, n, g_strdup_printf (ngettext ("%d workout", "%d workouts", n), n));
  n = clamp_count (counts->medications);
  add_line (out, n, g_strdup_printf (ngettext ("%d medication", "%d medications", n), n));
  n = clamp_count (counts->doses);
  add_line (out, n, g_strdup_printf (ngettext ("%d dose taken or skipped", "%d doses taken or skipped", n), n));
  n = clamp_count (counts->goals);
  add_line (out, n, g_strdup_printf (ngettext ("%d goal", "%d goals", n), n));
  n = clamp_count (counts->skip_days);
  add_line (out, n, g_strdup_printf (ngettext ("%d skip day", "%d skip days", n), n));
  n = clamp_count (counts->badges);
  add_line (out, n, g_strdup_printf (ngettext ("%d badge", "%d badges", n), n));
  n = clamp_count (counts->challenges);
  add_line (out, n, g_strdup_printf (ngettext ("%d challenge", "%d challenges", n), n));
  n = clamp_count (counts->record_entries);
  /* Translators: conditions, family history and the details (blood type, contact, notes) */
  add_line (out, n, g_strdup_printf (ngettext ("%d health record entry", "%d health record entries", n), n));
  if (everything)
    {
      n = clamp_count (counts->foods);
      add_line (out, n, g_strdup_printf (ngettext ("%d food of the family’s own", "%d foods of the family’s own", n), n));
      n = clamp_count (counts->recipes);
      add_line (out, n, g_strdup_printf (ngettext ("%d recipe", "%d recipes", n), n));
    }

  if (out->len == start)
    g_string_append_printf (out, "  %s\n", _("no entries"));
}

/* Prints the counts; without --yes refuses (exit 1), else runs @purge. */
static int
confirm_and_purge (HearthStore  *store,
                   const char   *profile_uuid,
                   const char   *name,
                   gboolean      yes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  HearthPurgeCounts counts;
  gboolean ok;

  if (!hearth_store_count_purge (store, profile_uuid, &counts, &error))
    return hearth_cli_report_error (error);

  if (!yes)
    {
      if (name != NULL)
        /* Translators: a member's name; the lines that follow count what goes with them */
        g_string_append_printf (out, _("Deleting “%s” permanently would remove the member and:"), name);
      else
        g_string_append (out, _("Deleting everything permanently would remove:"));
      g_string_append_c (out, '\n');
      append_counts (out, &counts, name == NULL);
      g_print ("%s", out->str);

      g_set_error_literal (&error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                           _("nothing was deleted; add --yes to delete permanently (this cannot be undone)"));
      return hearth_cli_report_error (error);
    }

  ok = profile_uuid != NULL ? hearth_store_purge_profile (store, profile_uuid, &error)
                            : hearth_store_purge_everything (store, &error);
  if (!ok)
    return hearth_cli_report_error (error);

  if (name != NULL)
    /* Translators: a member's name; the lines that follow count what went with them */
    g_string_append_printf (out, _("Deleted “%s” permanently, with:"), name);
  else
    g_string_append (out, _("Deleted everything permanently:"));
  g_string_append_c (out, '\n');
  append_counts (out, &counts, name == NULL);
  g_print ("%s", out->str);

  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_profile_delete (HearthCli               *cli,
                           const HearthCliCommand  *command,
                           char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *name = NULL;
  gboolean help = FALSE;
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member’s name"), N_("NAME") },
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes, N_("Delete for good (without it: only show what would be lost)"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--name", name, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  return confirm_and_purge (store, hearth_profile_get_uuid (profile),
                            hearth_profile_get_name (profile), yes);
}

int
hearth_cli_delete_everything (HearthCli               *cli,
                              const HearthCliCommand  *command,
                              char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  gboolean help = FALSE;
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes, N_("Delete for good (without it: only show what would be lost)"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);

  return confirm_and_purge (store, NULL, NULL, yes);
}
