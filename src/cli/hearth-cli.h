/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* Exit statuses, documented in --help. */
typedef enum
{
  HEARTH_CLI_EXIT_OK      = 0,
  HEARTH_CLI_EXIT_FAILURE = 1,  /* refused or failed; nothing was changed */
  HEARTH_CLI_EXIT_USAGE   = 2,  /* bad command line (G_OPTION_ERROR) */
} HearthCliExit;

typedef struct
{
  char        *db_path;   /* --db; NULL: $HEARTH_DB, else the XDG default */
  HearthClock *clock;     /* created on first use */
} HearthCli;

typedef struct _HearthCliCommand HearthCliCommand;

typedef int (*HearthCliRunFunc) (HearthCli              *cli,
                                 const HearthCliCommand *command,
                                 char                 ***args);

struct _HearthCliCommand
{
  const char       *group;     /* "profile", "log", "list", "classify", "generate" */
  const char       *name;      /* "add", "bp", …; NULL for "list" */
  const char       *synopsis;  /* after "hearth-cli [--db PATH]" (not translated) */
  const char       *summary;   /* N_() */
  const char       *footer;    /* N_(), may be NULL */
  gboolean          uses_db;
  HearthCliRunFunc  run;
};

/* hearth-cli-util.c */
int          hearth_cli_report_error   (const GError *error);
gboolean     hearth_cli_parse_options  (HearthCli              *cli,
                                        const HearthCliCommand *command,
                                        const GOptionEntry     *entries,
                                        char                 ***args,
                                        gboolean               *help,
                                        GError                **error);
gboolean     hearth_cli_require        (const char  *option,
                                        const char  *value,
                                        GError     **error);
gboolean     hearth_cli_no_arguments   (char       **args,
                                        GError     **error);
HearthClock *hearth_cli_get_clock      (HearthCli   *cli,
                                        GError     **error);
/* Items joined with the translatable list separator (", " in English):
 * suggestions, days of the week. Newly allocated. */
char        *hearth_cli_join_list      (const char * const *items);
/* The energy unit of human output: @option_value (--energy-unit) if
 * given, else $HEARTH_ENERGY_UNIT, else kcal; "kcal" or "kJ", any case.
 * Machine output (--json) is always in kcal. */
gboolean     hearth_cli_get_energy_unit (const char        *option_value,
                                         HearthEnergyUnit  *unit,
                                         GError           **error);
/* Local days (days since 1970-01-01, as entries' local_day): a DATE option
 * "YYYY-MM-DD" as its day (G_OPTION_ERROR naming @option); a day back as
 * "YYYY-MM-DD"; --today if given, else today on the CLI's clock (HEARTH_NOW)
 * in the clock's offset. */
gboolean     hearth_cli_parse_day      (const char  *option,
                                        const char  *text,
                                        gint64      *day,
                                        GError     **error);
char        *hearth_cli_format_day     (gint64       day);
gboolean     hearth_cli_resolve_today  (HearthCli   *cli,
                                        const char  *today_text,
                                        gint64      *today,
                                        GError     **error);
HearthStore *hearth_cli_open_store     (HearthCli   *cli,
                                        GError     **error);
HearthStore *hearth_cli_open_store_full (HearthCli            *cli,
                                         HearthStoreOpenFlags  flags,
                                         GError              **error);
HearthProfile *hearth_cli_find_profile (HearthStore *store,
                                        const char  *name,
                                        GError     **error);

gboolean     hearth_cli_parse_int      (const char  *option,
                                        const char  *text,
                                        gint64      *out,
                                        GError     **error);
gboolean     hearth_cli_parse_int_range (const char  *option,
                                         const char  *text,
                                         gint64       min,
                                         gint64       max,
                                         gint64      *out,
                                         GError     **error);
gboolean     hearth_cli_parse_glucose_context (const char           *option,
                                               const char           *text,
                                               HearthGlucoseContext *context,
                                               GError              **error);
gboolean     hearth_cli_parse_double   (const char  *option,
                                        const char  *text,
                                        double      *out,
                                        GError     **error);
GDateTime   *hearth_cli_parse_time     (const char  *option,
                                        const char  *text,
                                        GTimeZone   *tz,
                                        GError     **error);
GDateTime   *hearth_cli_parse_date     (const char  *option,
                                        const char  *text,
                                        GTimeZone   *tz,
                                        GError     **error);
GDateTime   *hearth_cli_parse_bound    (const char  *option,
                                        const char  *text,
                                        GTimeZone   *tz,
                                        gboolean     end_of_day,
                                        GError     **error);

char        *hearth_cli_localize_numbers (const char *text);
char        *hearth_cli_format_local   (GDateTime   *dt);
char        *hearth_cli_format_iso8601 (GDateTime   *dt);
char        *hearth_cli_format_utc_us  (gint64       utc_us);
void         hearth_cli_json_add_number (JsonBuilder *builder,
                                         double       value);
void         hearth_cli_print_json     (JsonBuilder *builder);

/* Commands */
int hearth_cli_profile_add   (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_profile_list  (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-delete.c (issue 10: permanent delete) */
int hearth_cli_profile_delete    (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_delete_everything (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* log bp, weight, …: one table-driven command (hearth-cli-reading.c). */
int hearth_cli_log             (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_list          (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_classify_bp   (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_classify_bmi  (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_classify_glucose (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_classify_height (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_classify_weight (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_generate      (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-workout.c, hearth-cli-med.c */
int hearth_cli_log_workout   (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_med           (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-checklist.c */
int hearth_cli_checklist     (HearthCli *cli, const HearthCliCommand *command, char ***args);

/* hearth-cli-lock.c */
int hearth_cli_lock          (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_unlock        (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-goal.c, hearth-cli-streaks.c (issue 9: goals, skip days, streaks) */
int hearth_cli_goal          (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_skip          (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_streaks       (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-badges.c, hearth-cli-challenge.c */
int hearth_cli_badges        (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_challenge     (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-insights.c */
int hearth_cli_insights      (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_nudges        (HearthCli *cli, const HearthCliCommand *command, char ***args);

/* hearth-cli-record.c (issue 10: the health record) */
int hearth_cli_record        (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-height.c (schema 12: heights over time) */
int hearth_cli_height        (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-export.c */
int hearth_cli_export        (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_import        (HearthCli *cli, const HearthCliCommand *command, char ***args);

/* hearth-cli-backup.c */
int hearth_cli_backup        (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_restore       (HearthCli *cli, const HearthCliCommand *command, char ***args);

G_END_DECLS
