/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD"; 0 for the parts not given. Whether
 * the date is plausible (not in the future, …) is core's call. */
static gboolean
parse_birth (const char  *text,
             guint       *year,
             guint       *month,
             guint       *day,
             GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  static const guint lengths[] = { 4, 2, 2 };
  static const guint64 maxima[] = { 9999, 12, 31 };
  guint64 values[3] = { 0, 0, 0 };
  guint n = g_strv_length (parts);
  guint i;

  if (n < 1 || n > 3)
    goto fail;

  for (i = 0; i < n; i++)
    {
      if (strlen (parts[i]) != lengths[i] ||
          !g_ascii_string_to_unsigned (parts[i], 10, 1, maxima[i], &values[i], NULL))
        goto fail;
    }

  if (n == 3 && !g_date_valid_dmy (values[2], values[1], values[0]))
    goto fail;

  *year = values[0];
  *month = values[1];
  *day = values[2];
  return TRUE;

fail:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects YYYY, YYYY-MM or YYYY-MM-DD, not “%s”"), "--birth", text);
  return FALSE;
}

static gboolean
parse_sex (const char  *text,
           HearthSex   *sex,
           GError     **error)
{
  if (text != NULL && *text != '\0' && hearth_sex_from_string (text, sex) &&
      *sex != HEARTH_SEX_UNSET)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects female, male or other, not “%s”"), "--sex", text ? text : "");
  return FALSE;
}

static gboolean
parse_goal (const char      *text,
            HearthMainGoal  *goal,
            GError         **error)
{
  if (text != NULL && *text != '\0' && hearth_main_goal_from_string (text, goal) &&
      *goal != HEARTH_MAIN_GOAL_NONE)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects lower-bp, lose-weight, manage-glucose, move-more or record, not “%s”"),
               "--goal", text ? text : "");
  return FALSE;
}

int
hearth_cli_profile_add (HearthCli               *cli,
                        const HearthCliCommand  *command,
                        char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;
  g_autofree char *sex_text = NULL;
  g_autofree char *height_text = NULL;
  g_autofree char *goal_text = NULL;
  gboolean help = FALSE;
  HearthMainGoal goal = HEARTH_MAIN_GOAL_NONE;
  guint year = 0, month = 0, day = 0;
  HearthSex sex = HEARTH_SEX_UNSET;
  double height_cm = 0;
  HearthClock *clock;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member’s name (unique)"), N_("NAME") },
    { "birth", 0, 0, G_OPTION_ARG_STRING, &birth, N_("Birth year, month or date"), N_("YYYY[-MM[-DD]]") },
    { "sex", 0, 0, G_OPTION_ARG_STRING, &sex_text, N_("female, male or other"), N_("SEX") },
    { "height-cm", 0, 0, G_OPTION_ARG_STRING, &height_text, N_("Height in centimetres"), N_("N") },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &goal_text,
      N_("Main goal: lower-bp, lose-weight, manage-glucose, move-more or record"), N_("GOAL") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--name", name, &error) ||
      (birth != NULL && !parse_birth (birth, &year, &month, &day, &error)) ||
      (sex_text != NULL && !parse_sex (sex_text, &sex, &error)) ||
      (goal_text != NULL && !parse_goal (goal_text, &goal, &error)) ||
      (height_text != NULL && !hearth_cli_parse_double ("--height-cm", height_text, &height_cm, &error)))
    return hearth_cli_report_error (error);

  profile = hearth_profile_new (name);
  if (year != 0)
    hearth_profile_set_birth (profile, year, month, day);
  hearth_profile_set_sex (profile, sex);
  hearth_profile_set_main_goal (profile, goal);
  if (height_text != NULL)
    hearth_profile_set_height_cm (profile, height_cm);

  /* Checked before the store is opened: a refused member creates no journal. */
  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  now = hearth_clock_now (clock);
  if (!hearth_profile_validate (profile, now, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL || !hearth_store_add_profile (store, profile, &error))
    return hearth_cli_report_error (error);

  /* Translators: the member's name, then its identifier */
  g_print (_("Added “%s” (%s)."), hearth_profile_get_name (profile), hearth_profile_get_uuid (profile));
  g_print ("\n");

  return HEARTH_CLI_EXIT_OK;
}

static char *
format_birth (HearthProfile *profile)
{
  guint year = hearth_profile_get_birth_year (profile);
  guint month = hearth_profile_get_birth_month (profile);
  guint day = hearth_profile_get_birth_day (profile);

  if (year == 0)
    return NULL;
  if (month == 0)
    return g_strdup_printf ("%04u", year);
  if (day == 0)
    return g_strdup_printf ("%04u-%02u", year, month);
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static const char *
get_sex_name (HearthSex sex)
{
  switch (sex)
    {
    case HEARTH_SEX_FEMALE:
      return _("female");
    case HEARTH_SEX_MALE:
      return _("male");
    case HEARTH_SEX_OTHER:
      return _("other");
    case HEARTH_SEX_UNSET:
    default:
      return NULL;
    }
}

static void
add_birth_part (JsonBuilder *builder,
                const char  *key,
                guint        value)
{
  json_builder_set_member_name (builder, key);
  if (value == 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_profile_json (JsonBuilder   *builder,
                  HearthProfile *profile)
{
  const char *sex = hearth_sex_to_string (hearth_profile_get_sex (profile));
  double height_cm = hearth_profile_get_height_cm (profile);
  g_autofree char *created_at = hearth_cli_format_utc_us (hearth_profile_get_created_at (profile));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, hearth_profile_get_uuid (profile));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, hearth_profile_get_name (profile));
  add_birth_part (builder, "birth_year", hearth_profile_get_birth_year (profile));
  add_birth_part (builder, "birth_month", hearth_profile_get_birth_month (profile));
  add_birth_part (builder, "birth_day", hearth_profile_get_birth_day (profile));
  json_builder_set_member_name (builder, "sex");
  if (sex == NULL || *sex == '\0')
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, sex);
  json_builder_set_member_name (builder, "height_cm");
  if (height_cm > 0)
    hearth_cli_json_add_number (builder, height_cm);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "main_goal");
  if (hearth_profile_get_main_goal (profile) == HEARTH_MAIN_GOAL_NONE)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, hearth_main_goal_to_string (hearth_profile_get_main_goal (profile)));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, created_at);
  json_builder_end_object (builder);
}

int
hearth_cli_profile_list (HearthCli               *cli,
                         const HearthCliCommand  *command,
                         char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  gboolean help = FALSE;
  gboolean json = FALSE;
  GListModel *profiles;
  guint n, i;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error))
    return hearth_cli_report_error (error);

  /* A reading command never creates a journal. */
  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);

  profiles = hearth_store_get_profiles (store);
  n = g_list_model_get_n_items (profiles);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (i = 0; i < n; i++)
        {
          g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

          add_profile_json (builder, profile);
        }
      json_builder_end_array (builder);
      hearth_cli_print_json (builder);

      return HEARTH_CLI_EXIT_OK;
    }

  /* One tab-separated line per member: name, birth, sex, height, main goal
   * ("-" when unknown). */
  for (i = 0; i < n; i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      g_autofree char *birth = format_birth (profile);
      g_autofree char *height = NULL;
      const char *sex = get_sex_name (hearth_profile_get_sex (profile));
      HearthMainGoal goal = hearth_profile_get_main_goal (profile);

      if (hearth_profile_get_height_cm (profile) > 0)
        {
          g_autofree char *cm = hearth_units_format_length (hearth_profile_get_height_cm (profile),
                                                            HEARTH_LENGTH_UNIT_CM);

          height = hearth_cli_localize_numbers (cm);
        }

      g_print ("%s\t%s\t%s\t%s\t%s\n",
               hearth_profile_get_name (profile),
               birth ? birth : "-",
               sex ? sex : "-",
               height ? height : "-",
               goal != HEARTH_MAIN_GOAL_NONE ? hearth_main_goal_get_label (goal) : "-");
    }

  return HEARTH_CLI_EXIT_OK;
}
