/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-local-time.h"
#include "hearth-usec.h"

/* Errors ------------------------------------------------------------------ */

/* Prints "hearth-cli: MESSAGE" as one line; returns the exit status that
 * goes with the error (usage errors are G_OPTION_ERROR). */
int
hearth_cli_report_error (const GError *error)
{
  g_autofree char *message = NULL;

  /* Every failure path sets an error; should one not, still exit 1
   * rather than abort. */
  if (error == NULL)
    {
      g_printerr ("hearth-cli: %s\n", _("failed for an unknown reason"));
      return HEARTH_CLI_EXIT_FAILURE;
    }

  message = g_strdup (error->message);
  g_strdelimit (message, "\r\n", ' ');
  g_strstrip (message);
  g_printerr ("hearth-cli: %s\n", message);

  if (error->domain == G_OPTION_ERROR)
    return HEARTH_CLI_EXIT_USAGE;

  return HEARTH_CLI_EXIT_FAILURE;
}

/* Options ----------------------------------------------------------------- */

static void
append_entry (GString            *out,
              const GOptionEntry *entry)
{
  g_autoptr(GString) left = g_string_new ("  ");
  glong width;

  if (entry->short_name != '\0')
    g_string_append_printf (left, "-%c, ", entry->short_name);
  g_string_append_printf (left, "--%s", entry->long_name);
  if (entry->arg_description != NULL)
    g_string_append_printf (left, " %s", _(entry->arg_description));

  g_string_append (out, left->str);
  width = g_utf8_strlen (left->str, -1);
  if (width < 28)
    {
      for (; width < 28; width++)
        g_string_append_c (out, ' ');
    }
  else
    {
      g_string_append (out, "\n                            ");
    }
  g_string_append_printf (out, "%s\n", _(entry->description));
}

static void
print_help (const HearthCliCommand *command,
            const GOptionEntry     *entries,
            const GOptionEntry     *common_entries)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n  hearth-cli %s%s\n\n%s\n\n%s\n",
                          _("Usage:"),
                          command->uses_db ? "[--db PATH] " : "",
                          command->synopsis,
                          _(command->summary),
                          _("Options:"));
  for (; entries->long_name != NULL; entries++)
    append_entry (out, entries);
  for (; common_entries->long_name != NULL; common_entries++)
    append_entry (out, common_entries);
  if (command->footer != NULL)
    g_string_append_printf (out, "\n%s\n", _(command->footer));

  g_print ("%s", out->str);
}

static guint
count_entries (const GOptionEntry *entries)
{
  guint n = 0;

  while (entries[n].long_name != NULL)
    n++;

  return n;
}

/* Parses @args (args[0] is a placeholder program name) against @entries,
 * plus --help and, for commands that open the database, --db. Leaves the
 * positional arguments in @args. When --help was given, prints the
 * command's help and sets @help. */
gboolean
hearth_cli_parse_options (HearthCli              *cli,
                          const HearthCliCommand *command,
                          const GOptionEntry     *entries,
                          char                 ***args,
                          gboolean               *help,
                          GError                **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree GOptionEntry *utf8_entries = NULL;
  g_autofree char *db_path = NULL;
  guint n_entries, i;
  const GOptionEntry common_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("Database file (default: $HEARTH_DB, else $XDG_DATA_HOME/hearth/hearth.db)"), N_("PATH") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, help, N_("Show this help"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry *common = command->uses_db ? common_entries : &common_entries[1];

  g_assert (cli != NULL);
  g_assert (args != NULL && *args != NULL);

  *help = FALSE;

  /* GOptionContext converts G_OPTION_ARG_STRING values from the locale's
   * charset (even in strv mode): under LC_ALL=C a Chinese name would be
   * refused. Arguments are UTF-8 whatever the locale, so strings are taken
   * as bytes (FILENAME) and checked here. */
  n_entries = count_entries (entries);
  utf8_entries = g_new0 (GOptionEntry, n_entries + 1);
  memcpy (utf8_entries, entries, n_entries * sizeof (GOptionEntry));
  for (i = 0; i < n_entries; i++)
    {
      if (utf8_entries[i].arg == G_OPTION_ARG_STRING)
        utf8_entries[i].arg = G_OPTION_ARG_FILENAME;
    }

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, utf8_entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, args, error))
    return FALSE;

  for (i = 0; i < n_entries; i++)
    {
      const char *value;

      if (entries[i].arg != G_OPTION_ARG_STRING)
        continue;
      value = *(char **) entries[i].arg_data;
      if (value != NULL && !g_utf8_validate (value, -1, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("the value of --%s is not valid UTF-8 text"), entries[i].long_name);
          return FALSE;
        }
    }

  if (*help)
    {
      print_help (command, entries, common);
      return TRUE;
    }

  if (db_path != NULL && *db_path == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s needs a file name"), "--db");
      return FALSE;
    }

  if (db_path != NULL)
    {
      g_free (cli->db_path);
      cli->db_path = g_steal_pointer (&db_path);
    }

  return TRUE;
}

gboolean
hearth_cli_require (const char  *option,
                    const char  *value,
                    GError     **error)
{
  if (value != NULL)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("missing required option %s"), option);
  return FALSE;
}

gboolean
hearth_cli_no_arguments (char   **args,
                         GError **error)
{
  if (args[0] == NULL || args[1] == NULL)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("unexpected argument “%s”"), args[1]);
  return FALSE;
}

/* Clock, store ------------------------------------------------------------ */

/* The system clock, or a fixed one at $HEARTH_NOW (tests, scripts). */
HearthClock *
hearth_cli_get_clock (HearthCli  *cli,
                      GError    **error)
{
  const char *now_text;

  if (cli->clock != NULL)
    return cli->clock;

  now_text = g_getenv ("HEARTH_NOW");
  if (now_text != NULL && *now_text != '\0')
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      g_autoptr(GDateTime) parsed = NULL;
      g_autoptr(GDateTime) now = NULL;

      parsed = hearth_cli_parse_time ("HEARTH_NOW", now_text, tz, error);
      if (parsed == NULL)
        return NULL;

      /* A time local time cannot show (past 9999 or before year 1 once
       * moved into the local zone) has no clock. */
      now = g_date_time_to_local (parsed);
      if (now == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s “%s” cannot be shown in the local time zone"),
                       "HEARTH_NOW", now_text);
          return NULL;
        }
      cli->clock = hearth_clock_new_fixed (now);
    }
  else
    {
      cli->clock = hearth_clock_new_system ();
    }

  return cli->clock;
}

HearthStore *
hearth_cli_open_store (HearthCli  *cli,
                       GError    **error)
{
  return hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_DEFAULT, error);
}

/* Reading commands pass HEARTH_STORE_OPEN_EXISTING: they never create a journal. */
HearthStore *
hearth_cli_open_store_full (HearthCli             *cli,
                            HearthStoreOpenFlags   flags,
                            GError               **error)
{
  g_autofree char *path = NULL;
  HearthClock *clock;

  clock = hearth_cli_get_clock (cli, error);
  if (clock == NULL)
    return NULL;

  if (cli->db_path != NULL)
    path = g_strdup (cli->db_path);
  else
    path = hearth_store_default_path ();

  return hearth_store_open_full (path, clock, flags, error);
}

HearthProfile *
hearth_cli_find_profile (HearthStore  *store,
                         const char   *name,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *normal = hearth_profile_normalize_name (name);
  HearthProfile *profile;

  profile = hearth_store_find_profile (store, normal, &local_error);
  if (profile != NULL)
    return profile;

  if (g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                 _("no member named “%s”"), normal);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return NULL;
}

/* Numbers ----------------------------------------------------------------- */

gboolean
hearth_cli_parse_int (const char  *option,
                      const char  *text,
                      gint64      *out,
                      GError     **error)
{
  if (text != NULL &&
      g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, out, NULL))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects a whole number, not “%s”"), option, text ? text : "");
  return FALSE;
}

char *
hearth_cli_join_list (const char * const *items)
{
  /* Translators: between the items of a list ("Rice, Rye bread");
   * Chinese uses the enumeration comma "、" */
  return g_strjoinv (C_("list separator", ", "), (char **) items);
}

gboolean
hearth_cli_get_energy_unit (const char        *option_value,
                            HearthEnergyUnit  *unit,
                            GError           **error)
{
  const char *text = option_value != NULL ? option_value : g_getenv ("HEARTH_ENERGY_UNIT");

  if (text == NULL || text[0] == '\0')
    {
      *unit = HEARTH_ENERGY_UNIT_KCAL;
      return TRUE;
    }
  for (guint i = 0; i <= HEARTH_ENERGY_UNIT_KJ; i++)
    if (g_ascii_strcasecmp (text, hearth_energy_unit_to_string ((HearthEnergyUnit) i)) == 0)
      {
        *unit = (HearthEnergyUnit) i;
        return TRUE;
      }
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects kcal or kJ, not “%s”"),
               option_value != NULL ? "--energy-unit" : "HEARTH_ENERGY_UNIT", text);
  return FALSE;
}

/* A whole number from @min to @max: a number outside them (however many
 * digits) is refused with the range, before any conversion. */
gboolean
hearth_cli_parse_int_range (const char  *option,
                            const char  *text,
                            gint64       min,
                            gint64       max,
                            gint64      *out,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (text != NULL && g_ascii_string_to_signed (text, 10, min, max, out, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
    {
      /* The bounds as strings: xgettext cannot see through G_GINT64_FORMAT. */
      g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: an option, the lowest and highest whole numbers it takes, what was typed */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects a whole number from %s to %s, not “%s”"),
                   option, lo, hi, text);
    }
  else
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s expects a whole number, not “%s”"), option, text ? text : "");
  return FALSE;
}

/* A finite decimal number, optionally signed, with an exponent if need be.
 * The decimal mark follows hearth-units.h's rule: '.', and ',' too where
 * the locale's mark is ',' (what the output and the messages show); in a
 * '.' locale a ',' is refused, saying so. */
gboolean
hearth_cli_parse_double (const char  *option,
                         const char  *text,
                         double      *out,
                         GError     **error)
{
  g_autofree char *copy = NULL;
  const char *typed = text;
  const char *comma;
  char *end = NULL;
  double value;

  if (text == NULL || *text == '\0' || strspn (text, "0123456789+-.,eE") != strlen (text))
    goto fail;

  comma = strchr (text, ',');
  if (comma != NULL)
    {
      if (hearth_units_get_decimal_mark () != ',')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s expects a number with “.” as the decimal mark, not “%s”"),
                       option, text);
          return FALSE;
        }
      if (strchr (text, '.') != NULL || strchr (comma + 1, ',') != NULL)
        goto fail;
      copy = g_strdup (text);
      g_strdelimit (copy, ",", '.');
      text = copy;
    }

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno == 0 && end != NULL && *end == '\0' && isfinite (value))
    {
      *out = value;
      return TRUE;
    }

fail:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects a number, not “%s”"), option, typed != NULL ? typed : "");
  return FALSE;
}

/* --context: NULL leaves @context as it is. */
gboolean
hearth_cli_parse_glucose_context (const char            *option,
                                  const char            *text,
                                  HearthGlucoseContext  *context,
                                  GError               **error)
{
  if (text == NULL)
    return TRUE;

  if (*text != '\0' && hearth_glucose_context_from_string (text, context))
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects fasting, before-meal, after-meal, bedtime or random, not “%s”"),
               option, text);
  return FALSE;
}

/* Times ------------------------------------------------------------------- */

/* Strict YYYY-MM-DD. */
static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  static const char pattern[] = "dddd-dd-dd";
  guint i;

  if (strlen (text) != strlen (pattern))
    return FALSE;

  for (i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
        return FALSE;
    }

  *year = atoi (text);
  *month = atoi (text + 5);
  *day = atoi (text + 8);

  return g_date_valid_dmy (*day, *month, *year);
}

/* GLib wants "T" and seconds; people type "2026-03-30 07:15". Turns the
 * separator into "T" and adds ":00" after a bare HH:MM. */
static char *
normalize_time (const char *text)
{
  GString *s = g_string_new (text);
  const char *time;
  gsize sep;

  sep = strcspn (s->str, "Tt ");
  if (sep == 0 || sep >= s->len)
    return g_string_free (s, FALSE);

  s->str[sep] = 'T';
  time = s->str + sep + 1;
  if (g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1]) && time[2] == ':' &&
      g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4]) &&
      (time[5] == '\0' || strchr ("Zz+-", time[5]) != NULL))
    g_string_insert (s, sep + 6, ":00");

  return g_string_free (s, FALSE);
}

/* ISO 8601 with or without offset (none: @tz), "T" or a space between
 * date and time, seconds optional. Without an offset the wall-clock time
 * goes through hearth_local_time_resolve(): a time the clocks skipped is
 * refused with the reason, and in an hour that happened twice the first is
 * taken and a note says so on stderr (an explicit offset picks either).
 * NULL with *@malformed TRUE (and no error) when @text is no date and time. */
static GDateTime *
parse_instant (const char  *option,
               const char  *text,
               GTimeZone   *tz,
               gboolean    *malformed,
               GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) east = g_time_zone_new_offset (60 * 60);
  g_autoptr(GDateTime) as_utc = NULL;
  g_autoptr(GDateTime) as_east = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *note = NULL;
  GDateTime *dt;
  int year, month, day;

  *malformed = FALSE;

  /* Read twice with two default zones: an explicit offset gives the same
   * instant both times, a wall-clock time does not. */
  normal = normalize_time (text);
  as_utc = g_date_time_new_from_iso8601 (normal, utc);
  as_east = g_date_time_new_from_iso8601 (normal, east);
  if (as_utc == NULL || as_east == NULL)
    {
      *malformed = TRUE;
      return NULL;
    }

  if (g_date_time_equal (as_utc, as_east))
    return g_date_time_ref (as_utc);

  g_date_time_get_ymd (as_utc, &year, &month, &day);
  dt = hearth_local_time_resolve (tz, year, month, day,
                                  g_date_time_get_hour (as_utc),
                                  g_date_time_get_minute (as_utc),
                                  g_date_time_get_seconds (as_utc),
                                  &note, &local_error);
  if (dt == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s: %s", option, local_error->message);
      return NULL;
    }

  if (note != NULL)
    /* Translators: "hearth-cli: note: 02:30 happened twice on …" */
    g_printerr ("hearth-cli: %s %s\n", _("note:"), note);

  return dt;
}

/* An instant (see parse_instant()). A date alone is refused: a reading
 * needs its time of day. */
GDateTime *
hearth_cli_parse_time (const char  *option,
                       const char  *text,
                       GTimeZone   *tz,
                       GError     **error)
{
  GDateTime *dt;
  gboolean malformed;
  int year, month, day;

  if (parse_date (text, &year, &month, &day))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s needs a time of day too, e.g. “%s 07:15”"), option, text);
      return NULL;
    }

  dt = parse_instant (option, text, tz, &malformed, error);
  if (dt == NULL && malformed)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s expects a date and time such as “2026-03-30 07:15” or “2026-03-30T07:15:00+02:00”, not “%s”"),
                 option, text);

  return dt;
}

/* A date alone, YYYY-MM-DD: the first instant of that day in @tz (00:00,
 * or when the clocks land if they skip midnight). */
GDateTime *
hearth_cli_parse_date (const char  *option,
                       const char  *text,
                       GTimeZone   *tz,
                       GError     **error)
{
  GDateTime *dt = NULL;
  int year, month, day;

  /* The day's first instant, even where the clocks skip midnight. */
  if (parse_date (text, &year, &month, &day))
    dt = hearth_local_time_day_start (tz, year, month, day);

  if (dt == NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s expects a date (YYYY-MM-DD), not “%s”"), option, text);

  return dt;
}

/* --from/--to: a date (a whole local day, inclusive) or an instant. */
GDateTime *
hearth_cli_parse_bound (const char  *option,
                        const char  *text,
                        GTimeZone   *tz,
                        gboolean     end_of_day,
                        GError     **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDate) following = NULL;
  GDateTime *end;
  int year, month, day;

  if (!parse_date (text, &year, &month, &day))
    {
      gboolean malformed;
      GDateTime *dt;

      if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s: “%s” is not a valid date"), option, text);
          return NULL;
        }

      /* A date and time the clocks skipped gets its reason. */
      dt = parse_instant (option, text, tz, &malformed, error);
      if (dt == NULL && malformed)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("%s expects a date (YYYY-MM-DD) or a date and time, not “%s”"),
                     option, text);
      return dt;
    }

  /* Whole local days: from the day's first instant to just before the
   * next day's, so the 23-hour spring day and the 25-hour autumn day are
   * whole too. */
  start = hearth_local_time_day_start (tz, year, month, day);
  if (start == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s: “%s” is not a valid date"), option, text);
      return NULL;
    }

  if (!end_of_day)
    return g_steal_pointer (&start);

  following = g_date_new_dmy (day, month, year);
  g_date_add_days (following, 1);
  next = hearth_local_time_day_start (tz, g_date_get_year (following),
                                      g_date_get_month (following),
                                      g_date_get_day (following));
  if (next != NULL)
    end = g_date_time_add (next, -1);
  else
    /* 9999-12-31 has no next day GDateTime can hold: its end is 24 hours on
     * (the calendar's last day has no clock change). */
    end = g_date_time_add (start, G_TIME_SPAN_DAY - 1);

  if (end == NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("%s: “%s” is not a valid date"), option, text);

  return end;
}

/* Output ------------------------------------------------------------------ */

/* Human output: numbers formatted by core ("62.6 kg", always '.') with the
 * locale's decimal mark ("62,6 kg" in German), like printf's own. Only a
 * '.' between two digits is a decimal mark. */
char *
hearth_cli_localize_numbers (const char *text)
{
  char *out = g_strdup (text);
  char mark = hearth_units_get_decimal_mark ();

  if (out == NULL || mark == '.')
    return out;

  for (char *p = out; *p != '\0'; p++)
    {
      if (*p == '.' && p > out && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
        *p = mark;
    }

  return out;
}

/* "2026-03-30 07:15" in the reading's own offset. */
char *
hearth_cli_format_local (GDateTime *dt)
{
  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

/* "2026-03-30T07:15:00+02:00", fractional seconds only when present. */
char *
hearth_cli_format_iso8601 (GDateTime *dt)
{
  if (g_date_time_get_microsecond (dt) != 0)
    return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S.%f%:z");

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S%:z");
}

/* UTC microseconds as "2026-03-30T05:15:00Z"; NULL outside years 1–9999. */
char *
hearth_cli_format_utc_us (gint64 utc_us)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = hearth_usec_to_date_time (utc_us, utc);

  if (dt == NULL)
    return NULL;
  if (g_date_time_get_microsecond (dt) != 0)
    return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S.%fZ");

  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

/* NAN → null; whole numbers as JSON integers ("128", not "128.0"). */
void
hearth_cli_json_add_number (JsonBuilder *builder,
                            double       value)
{
  if (isnan (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

/* Pretty JSON, UTF-8 whatever the locale. */
void
hearth_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *data = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, NULL);

  fputs (data, stdout);
  fputc ('\n', stdout);
}

gboolean
hearth_cli_parse_day (const char  *option,
                      const char  *text,
                      gint64      *day,
                      GError     **error)
{
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) epoch = NULL;
  int year, month, mday;

  if (text == NULL || !parse_date (text, &year, &month, &mday))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects a date (YYYY-MM-DD), not “%s”"), option, text != NULL ? text : "");
      return FALSE;
    }
  date = g_date_new_dmy ((GDateDay) mday, (GDateMonth) month, (GDateYear) year);
  epoch = g_date_new_dmy (1, G_DATE_JANUARY, 1970);
  *day = (gint64) g_date_get_julian (date) - (gint64) g_date_get_julian (epoch);
  return TRUE;
}

char *
hearth_cli_format_day (gint64 day)
{
  g_autoptr(GDateTime) dt = NULL;

  if (day < G_MININT64 / 86400 || day > G_MAXINT64 / 86400)
    return g_strdup ("?");
  dt = g_date_time_new_from_unix_utc (day * 86400);
  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d") : g_strdup ("?");
}

gboolean
hearth_cli_resolve_today (HearthCli   *cli,
                          const char  *today_text,
                          gint64      *today,
                          GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  HearthClock *clock;

  if (today_text != NULL)
    return hearth_cli_parse_day ("--today", today_text, today, error);
  clock = hearth_cli_get_clock (cli, error);
  if (clock == NULL)
    return FALSE;
  now = hearth_clock_now (clock);
  *today = hearth_usec_local_day (now);
  return TRUE;
}
