/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-medication.h"
#include "hearth-adherence.h"
#include "hearth-store-medications.h"

/* hearth-cli med add|list|stop|take|skip. */

static const char * const day_ids[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
/* As people read them (med add, med list); JSON and --days keep day_ids. */
static const char * const day_names[] = {
  NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
  NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
};

static gint64
local_day_of (GDateTime *dt)
{
  gint64 seconds = g_date_time_to_unix (dt) + g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND;

  return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

static char *
format_day (gint64 day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (day * 86400);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d") : g_strdup ("?");
}

static gboolean
parse_days (const char  *text,
            guint8      *mask,
            GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  *mask = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint d;

      for (d = 0; d < G_N_ELEMENTS (day_ids); d++)
        if (g_ascii_strcasecmp (g_strstrip (parts[i]), day_ids[d]) == 0)
          break;
      if (d == G_N_ELEMENTS (day_ids))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("%s expects days such as mon,wed,fri, not “%s”"), "--days", text);
          return FALSE;
        }
      *mask |= 1u << d;
    }
  return TRUE;
}

/* The store, the member and (when @med_name is set) their medication. */
static gboolean
open_member (HearthCli          *cli,
             HearthStoreOpenFlags flags,
             const char         *profile_name,
             const char         *med_name,
             HearthStore       **store,
             HearthProfile     **profile,
             HearthMedication  **medication,
             GError            **error)
{
  *store = hearth_cli_open_store_full (cli, flags, error);
  if (*store == NULL)
    return FALSE;
  *profile = hearth_cli_find_profile (*store, profile_name, error);
  if (*profile == NULL)
    return FALSE;
  if (med_name == NULL)
    return TRUE;
  *medication = hearth_store_find_medication (*store, hearth_profile_get_uuid (*profile), med_name, error);
  return *medication != NULL;
}

static void
add_text_or_null (JsonBuilder *builder,
                  const char  *key,
                  const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_adherence_json (JsonBuilder           *builder,
                    const char            *key,
                    const HearthAdherence *adherence)
{
  json_builder_set_member_name (builder, key);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scheduled");
  json_builder_add_int_value (builder, adherence->scheduled);
  json_builder_set_member_name (builder, "taken");
  json_builder_add_int_value (builder, adherence->taken);
  json_builder_set_member_name (builder, "taken_late");
  json_builder_add_int_value (builder, adherence->taken_late);
  json_builder_set_member_name (builder, "skipped");
  json_builder_add_int_value (builder, adherence->skipped);
  json_builder_set_member_name (builder, "missed");
  json_builder_add_int_value (builder, adherence->missed);
  json_builder_set_member_name (builder, "ratio");
  hearth_cli_json_add_number (builder, adherence->ratio);
  json_builder_end_object (builder);
}

static void
add_medication_json (JsonBuilder            *builder,
                     const HearthMedication *medication)
{
  g_autofree char *times = hearth_medication_format_times (medication);
  g_autofree char *start = format_day (medication->start_day);
  g_autofree char *end = medication->end_day != HEARTH_MEDICATION_NO_END ? format_day (medication->end_day) : NULL;

  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, medication->uuid);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, medication->name);
  add_text_or_null (builder, "strength", medication->strength);
  add_text_or_null (builder, "form", medication->form);
  json_builder_set_member_name (builder, "schedule");
  json_builder_add_string_value (builder, hearth_medication_schedule_to_string (medication->schedule));
  add_text_or_null (builder, "times", times[0] != '\0' ? times : NULL);
  if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_TIMES)
    {
      json_builder_set_member_name (builder, "days");
      json_builder_begin_array (builder);
      for (guint d = 0; d < G_N_ELEMENTS (day_ids); d++)
        if (medication->days_mask & (1u << d))
          json_builder_add_string_value (builder, day_ids[d]);
      json_builder_end_array (builder);
    }
  if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_INTERVAL)
    {
      json_builder_set_member_name (builder, "every_days");
      json_builder_add_int_value (builder, medication->interval_days);
    }
  json_builder_set_member_name (builder, "start");
  json_builder_add_string_value (builder, start);
  add_text_or_null (builder, "end", end);
  add_text_or_null (builder, "instructions", medication->instructions);
}

/* "08:00,20:00 mon,wed", "08:00 every 2 days", "as needed". */
static char *
describe_schedule (const HearthMedication *medication)
{
  g_autofree char *times = hearth_medication_format_times (medication);

  switch (medication->schedule)
    {
    case HEARTH_MEDICATION_SCHEDULE_TIMES:
      if (medication->days_mask == HEARTH_MEDICATION_EVERY_DAY)
        /* Translators: %s is a list of times of day */
        return g_strdup_printf (_("%s every day"), times);
      else
        {
          const char *names[G_N_ELEMENTS (day_names) + 1] = { NULL, };
          g_autofree char *days = NULL;
          guint n = 0;

          for (guint d = 0; d < G_N_ELEMENTS (day_names); d++)
            if (medication->days_mask & (1u << d))
              names[n++] = g_dpgettext2 (GETTEXT_PACKAGE, "weekday", day_names[d]);
          days = hearth_cli_join_list (names);
          /* Translators: times of day, then the days of the week: "08:00 Mon, Wed, Fri" */
          return g_strdup_printf (_("%s %s"), times, days);
        }
    case HEARTH_MEDICATION_SCHEDULE_INTERVAL:
      return g_strdup_printf (ngettext ("%s every %u day", "%s every %u days",
                                        medication->interval_days),
                              times, medication->interval_days);
    case HEARTH_MEDICATION_SCHEDULE_AS_NEEDED:
    default:
      return g_strdup (_("as needed"));
    }
}

static int
med_add (HearthCli               *cli,
         const HearthCliCommand  *command,
         char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *profile_name = NULL, *name = NULL, *strength = NULL, *form = NULL;
  g_autofree char *times = NULL, *days = NULL, *every = NULL, *start_text = NULL;
  g_autofree char *end_text = NULL, *instructions = NULL;
  gboolean help = FALSE, as_needed = FALSE, json = FALSE;
  HearthClock *clock;
  GTimeZone *tz;
  gint64 interval = 1;
  guint8 mask = HEARTH_MEDICATION_EVERY_DAY;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The medication’s name"), N_("NAME") },
    { "strength", 0, 0, G_OPTION_ARG_STRING, &strength, N_("Its strength, such as “500 mg”"), N_("TEXT") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &form, N_("Its form, such as “tablet”"), N_("TEXT") },
    { "times", 0, 0, G_OPTION_ARG_STRING, &times, N_("Times of day, such as 08:00,20:00"), N_("HH:MM,…") },
    { "days", 0, 0, G_OPTION_ARG_STRING, &days, N_("Days of the week (default: every day)"), N_("mon,…") },
    { "every", 0, 0, G_OPTION_ARG_STRING, &every, N_("Every N days from the start instead"), N_("N") },
    { "as-needed", 0, 0, G_OPTION_ARG_NONE, &as_needed, N_("Taken as needed, no schedule"), NULL },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text, N_("First day (default: today)"), N_("YYYY-MM-DD") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_text, N_("Last day"), N_("YYYY-MM-DD") },
    { "instructions", 0, 0, G_OPTION_ARG_STRING, &instructions, N_("Such as “with food”"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the stored medication as JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--name", name, &error))
    return hearth_cli_report_error (error);
  if (as_needed == (times != NULL) || (as_needed && (days != NULL || every != NULL)) ||
      (days != NULL && every != NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Give either --times (with --days or --every) or --as-needed"));
      return hearth_cli_report_error (error);
    }
  if ((days != NULL && !parse_days (days, &mask, &error)) ||
      (every != NULL && !hearth_cli_parse_int_range ("--every", every, 1, 366, &interval, &error)))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  tz = hearth_clock_get_timezone (clock);
  start = start_text != NULL ? hearth_cli_parse_date ("--start", start_text, tz, &error) : hearth_clock_now (clock);
  if (start == NULL)
    return hearth_cli_report_error (error);
  if (end_text != NULL && (end = hearth_cli_parse_date ("--end", end_text, tz, &error)) == NULL)
    return hearth_cli_report_error (error);

  medication = hearth_medication_new (NULL, name, local_day_of (start));
  medication->strength = g_steal_pointer (&strength);
  medication->form = g_steal_pointer (&form);
  medication->instructions = g_steal_pointer (&instructions);
  medication->days_mask = mask;
  medication->interval_days = interval;
  medication->schedule = as_needed ? HEARTH_MEDICATION_SCHEDULE_AS_NEEDED
                         : every != NULL ? HEARTH_MEDICATION_SCHEDULE_INTERVAL
                         : HEARTH_MEDICATION_SCHEDULE_TIMES;
  if (end != NULL)
    medication->end_day = local_day_of (end);
  if ((times != NULL && !hearth_medication_set_times_text (medication, times, &error)) ||
      !hearth_medication_validate (medication, &error))
    return hearth_cli_report_error (error);

  if (!open_member (cli, HEARTH_STORE_OPEN_DEFAULT, profile_name, NULL, &store, &profile, NULL, &error))
    return hearth_cli_report_error (error);
  medication->profile_uuid = g_strdup (hearth_profile_get_uuid (profile));
  if (!hearth_store_add_medication (store, medication, &error))
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      add_medication_json (builder, medication);
      json_builder_end_object (builder);
      hearth_cli_print_json (builder);
    }
  else
    {
      g_autofree char *schedule = describe_schedule (medication);

      /* Translators: name, schedule, member, id */
      g_print (_("%s (%s) added for “%s” (id %s)."), medication->name, schedule,
               hearth_profile_get_name (profile), medication->uuid);
      g_print ("\n");
    }
  return HEARTH_CLI_EXIT_OK;
}

static int
med_list (HearthCli               *cli,
          const HearthCliCommand  *command,
          char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) medications = NULL;
  g_autoptr(GPtrArray) week = NULL;
  g_autoptr(GPtrArray) month = NULL;
  g_autofree char *profile_name = NULL;
  HearthAdherence week_all, month_all;
  gboolean help = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
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

  if (!open_member (cli, HEARTH_STORE_OPEN_EXISTING, profile_name, NULL, &store, &profile, NULL, &error))
    return hearth_cli_report_error (error);
  medications = hearth_store_list_medications (store, hearth_profile_get_uuid (profile), &error);
  if (medications == NULL ||
      !hearth_store_get_adherence (store, hearth_profile_get_uuid (profile), 7, &week, &week_all, &error) ||
      !hearth_store_get_adherence (store, hearth_profile_get_uuid (profile), 30, &month, &month_all, &error))
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "medications");
      json_builder_begin_array (builder);
      for (guint i = 0; i < medications->len; i++)
        {
          HearthMedication *medication = medications->pdata[i];

          json_builder_begin_object (builder);
          add_medication_json (builder, medication);
          for (guint w = 0; w < 2; w++)
            {
              GPtrArray *list = w == 0 ? week : month;

              for (guint j = 0; j < list->len; j++)
                {
                  HearthMedicationAdherence *entry = list->pdata[j];

                  if (g_strcmp0 (entry->medication_uuid, medication->uuid) == 0)
                    add_adherence_json (builder, w == 0 ? "adherence_7_days" : "adherence_30_days",
                                        &entry->adherence);
                }
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      add_adherence_json (builder, "adherence_7_days", &week_all);
      add_adherence_json (builder, "adherence_30_days", &month_all);
      json_builder_end_object (builder);
      hearth_cli_print_json (builder);
      return HEARTH_CLI_EXIT_OK;
    }

  /* One tab-separated line per medication: name, strength, form, schedule,
   * start, end, instructions ("-" when none). */
  for (guint i = 0; i < medications->len; i++)
    {
      HearthMedication *medication = medications->pdata[i];
      g_autofree char *schedule = describe_schedule (medication);
      g_autofree char *start = format_day (medication->start_day);
      g_autofree char *end = medication->end_day != HEARTH_MEDICATION_NO_END ? format_day (medication->end_day) : NULL;

      g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", medication->name,
               medication->strength ? medication->strength : "-",
               medication->form ? medication->form : "-",
               schedule, start, end ? end : "-",
               medication->instructions ? medication->instructions : "-");
    }
  for (guint w = 0; w < 2; w++)
    {
      const HearthAdherence *all = w == 0 ? &week_all : &month_all;

      if (all->scheduled == 0)
        continue;
      /* Translators: "adherence, 7 days: 11 of 14 doses on time (79 %)" */
      g_print (_("adherence, %u days: %u of %u doses on time (%.0f %%)"), w == 0 ? 7 : 30,
               all->taken, all->scheduled, 100.0 * all->ratio);
      g_print ("\n");
    }
  return HEARTH_CLI_EXIT_OK;
}

static int
med_stop (HearthCli               *cli,
          const HearthCliCommand  *command,
          char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *profile_name = NULL, *med_name = NULL, *date_text = NULL, *shown = NULL;
  gboolean help = FALSE;
  HearthClock *clock;
  gint64 last_day;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "med", 0, 0, G_OPTION_ARG_STRING, &med_name, N_("The medication’s name"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("Its last day (default: today)"), N_("YYYY-MM-DD") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--med", med_name, &error))
    return hearth_cli_report_error (error);
  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  last = date_text != NULL ? hearth_cli_parse_date ("--date", date_text, hearth_clock_get_timezone (clock), &error)
                           : hearth_clock_now (clock);
  if (last == NULL)
    return hearth_cli_report_error (error);
  last_day = local_day_of (last);

  if (!open_member (cli, HEARTH_STORE_OPEN_EXISTING, profile_name, med_name, &store, &profile, &medication, &error))
    return hearth_cli_report_error (error);
  if (last_day < medication->start_day)
    {
      g_set_error (&error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DATES,
                   _("%s cannot stop before it started."), medication->name);
      return hearth_cli_report_error (error);
    }
  if (!hearth_store_stop_medication (store, medication->uuid, last_day, &error))
    return hearth_cli_report_error (error);

  shown = format_day (last_day);
  /* Translators: name, member, date */
  g_print (_("%s stopped for “%s” after %s."), medication->name, hearth_profile_get_name (profile), shown);
  g_print ("\n");
  return HEARTH_CLI_EXIT_OK;
}

static int
med_mark (HearthCli               *cli,
          const HearthCliCommand  *command,
          char                  ***args,
          gboolean                 taken)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(HearthDose) dose = NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autofree char *profile_name = NULL, *med_name = NULL, *at_text = NULL, *reason = NULL;
  gboolean help = FALSE, json = FALSE;
  HearthClock *clock;
  const GOptionEntry take_entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "med", 0, 0, G_OPTION_ARG_STRING, &med_name, N_("The medication’s name"), N_("NAME") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When (default: now)"), N_("TIME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the stored dose as JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry skip_entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member"), N_("NAME") },
    { "med", 0, 0, G_OPTION_ARG_STRING, &med_name, N_("The medication’s name"), N_("NAME") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, N_("When (default: now)"), N_("TIME") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it was skipped"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the stored dose as JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, taken ? take_entries : skip_entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--med", med_name, &error))
    return hearth_cli_report_error (error);

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  /* A time the clocks skipped that day is refused here, with the reason. */
  at = at_text != NULL ? hearth_cli_parse_time ("--at", at_text, hearth_clock_get_timezone (clock), &error)
                       : hearth_clock_now (clock);
  if (at == NULL)
    return hearth_cli_report_error (error);

  if (!open_member (cli, HEARTH_STORE_OPEN_EXISTING, profile_name, med_name, &store, &profile, &medication, &error))
    return hearth_cli_report_error (error);
  if (taken ? !hearth_store_take_dose (store, medication->uuid, at, &dose, &error)
            : !hearth_store_skip_dose (store, medication->uuid, at, reason, &dose, &error))
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *scheduled = dose->scheduled_at ? hearth_cli_format_iso8601 (dose->scheduled_at) : NULL;
      g_autofree char *taken_at = dose->taken_at ? hearth_cli_format_iso8601 (dose->taken_at) : NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder, dose->uuid);
      json_builder_set_member_name (builder, "medication");
      json_builder_add_string_value (builder, medication->name);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, taken ? "taken" : "skipped");
      add_text_or_null (builder, "scheduled_at", scheduled);
      add_text_or_null (builder, "taken_at", taken_at);
      add_text_or_null (builder, "reason", dose->reason);
      json_builder_end_object (builder);
      hearth_cli_print_json (builder);
      return HEARTH_CLI_EXIT_OK;
    }

  {
    g_autofree char *when = hearth_cli_format_local (at);

    if (!taken)
      {
        g_autofree char *scheduled = g_date_time_format (dose->scheduled_at, "%Y-%m-%d %H:%M");

        /* Translators: medication, member, scheduled time */
        g_print (_("%s skipped for “%s” (the dose of %s)."), medication->name,
                 hearth_profile_get_name (profile), scheduled);
      }
    else if (dose->scheduled_at != NULL)
      {
        g_autofree char *scheduled = g_date_time_format (dose->scheduled_at, "%Y-%m-%d %H:%M");

        /* Translators: medication, member, time taken, scheduled time */
        g_print (_("%s taken by “%s” at %s (the dose of %s)."), medication->name,
                 hearth_profile_get_name (profile), when, scheduled);
      }
    else
      g_print (_("%s taken by “%s” at %s."), medication->name, hearth_profile_get_name (profile), when);
    g_print ("\n");
  }
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_med (HearthCli               *cli,
                const HearthCliCommand  *command,
                char                  ***args)
{
  if (g_strcmp0 (command->name, "add") == 0)
    return med_add (cli, command, args);
  if (g_strcmp0 (command->name, "list") == 0)
    return med_list (cli, command, args);
  if (g_strcmp0 (command->name, "stop") == 0)
    return med_stop (cli, command, args);
  return med_mark (cli, command, args, g_strcmp0 (command->name, "take") == 0);
}
