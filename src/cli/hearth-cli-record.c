/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hearth-cli.h"

/* The member's health record (issue 10; hearth-store-record.h):
 *   record show --profile NAME [--json]
 *   record set --profile NAME [--blood-type T] [--contact-name …]
 *              [--contact-phone …] [--contact-relation …] [--notes-file F]
 *   record condition add|remove --profile NAME --condition C
 *              [--since YYYY-MM-DD] [--note TEXT]
 *   record family add|remove --profile NAME --condition C --relative R [--note TEXT]
 * Options left out of "set" keep what is recorded; an empty value clears. */

/* A notes file larger than this cannot hold valid notes (at most
 * HEARTH_RECORD_MAX_NOTES characters, 4 bytes each at most). */
#define NOTES_FILE_MAX_BYTES (HEARTH_RECORD_MAX_NOTES * 4 + 4)

/* The one positional argument: add or remove. */
static gboolean
parse_action (char      **args,
              gboolean   *add,
              GError    **error)
{
  /* args[0] is the program name. */
  if (args[1] == NULL || (!g_str_equal (args[1], "add") && !g_str_equal (args[1], "remove")))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("say “add” or “remove”"));
      return FALSE;
    }
  *add = g_str_equal (args[1], "add");
  if (args[2] != NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("unexpected argument “%s”"), args[2]);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_relative (const char      *text,
                HearthRelative  *relative,
                GError         **error)
{
  if (!hearth_cli_require ("--relative", text, error))
    return FALSE;
  if (!hearth_relative_from_string (text, relative))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--relative must be mother, father, sibling, child, grandparent or other, not “%s”"),
                   text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_notes_file (const char  *path,
                 char       **notes,
                 GError     **error)
{
  GStatBuf st;
  gsize length = 0;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("“%s” is not a file that can be read"), path);
      return FALSE;
    }
  if (st.st_size > NOTES_FILE_MAX_BYTES)
    {
      g_set_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_NOTES,
                   _("The notes must be at most %u characters long"), HEARTH_RECORD_MAX_NOTES);
      return FALSE;
    }
  if (!g_file_get_contents (path, notes, &length, error))
    return FALSE;
  if (memchr (*notes, '\0', length) != NULL)
    {
      g_clear_pointer (notes, g_free);
      g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_NOTES,
                           _("The notes contain invalid characters"));
      return FALSE;
    }
  /* A file's last line break is not part of the notes. */
  if (length > 0 && (*notes)[length - 1] == '\n')
    (*notes)[length - 1] = '\0';
  return TRUE;
}

/* The member named, and the store open for writing (or reading). */
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

/* show ---------------------------------------------------------------------- */

static void
print_record_json (const HearthHealthRecord *record)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "blood_type");
  if (record->blood_type == HEARTH_BLOOD_TYPE_UNKNOWN)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, hearth_blood_type_to_string (record->blood_type));
#define ADD_TEXT(key, value) \
  json_builder_set_member_name (b, key); \
  if ((value) == NULL) json_builder_add_null_value (b); else json_builder_add_string_value (b, value)
  ADD_TEXT ("contact_name", record->contact_name);
  ADD_TEXT ("contact_phone", record->contact_phone);
  ADD_TEXT ("contact_relation", record->contact_relation);
  ADD_TEXT ("notes", record->notes);

  json_builder_set_member_name (b, "conditions");
  json_builder_begin_array (b);
  for (guint i = 0; i < record->conditions->len; i++)
    {
      HearthCondition *c = g_ptr_array_index (record->conditions, i);
      g_autofree char *since = hearth_record_day_format (c->since_day);

      json_builder_begin_object (b);
      ADD_TEXT ("uuid", c->uuid);
      ADD_TEXT ("condition", c->condition);
      ADD_TEXT ("since", since);
      ADD_TEXT ("note", c->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "family_history");
  json_builder_begin_array (b);
  for (guint i = 0; i < record->family->len; i++)
    {
      HearthFamilyCondition *c = g_ptr_array_index (record->family, i);

      json_builder_begin_object (b);
      ADD_TEXT ("uuid", c->uuid);
      ADD_TEXT ("condition", c->condition);
      ADD_TEXT ("relative", hearth_relative_to_string (c->relative));
      ADD_TEXT ("note", c->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
#undef ADD_TEXT

  json_builder_set_member_name (b, "allergies");
  json_builder_begin_array (b);
  for (guint i = 0; record->allergies[i] != NULL; i++)
    json_builder_add_string_value (b, record->allergies[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);

  hearth_cli_print_json (b);
}

/* Free text on one line of tab-separated output. */
static char *
one_line (const char *text)
{
  char *copy = g_strdup (text != NULL && text[0] != '\0' ? text : "-");

  return g_strdelimit (copy, "\t\r\n", ' ');
}

static void
print_record_text (const HearthHealthRecord *record)
{
  const char *blood = hearth_blood_type_to_string (record->blood_type);
  g_autofree char *name = one_line (record->contact_name);
  g_autofree char *phone = one_line (record->contact_phone);
  g_autofree char *relation = one_line (record->contact_relation);

  /* One tab-separated line per item: what it is first. */
  g_print ("blood-type\t%s\n", blood != NULL ? blood : "-");
  g_print ("contact\t%s\t%s\t%s\n", name, phone, relation);
  for (guint i = 0; i < record->conditions->len; i++)
    {
      HearthCondition *c = g_ptr_array_index (record->conditions, i);
      g_autofree char *since = hearth_record_day_format (c->since_day);
      g_autofree char *note = one_line (c->note);

      g_print ("condition\t%s\t%s\t%s\n", c->condition, since != NULL ? since : "-", note);
    }
  for (guint i = 0; i < record->family->len; i++)
    {
      HearthFamilyCondition *c = g_ptr_array_index (record->family, i);
      g_autofree char *note = one_line (c->note);

      g_print ("family\t%s\t%s\t%s\n", c->condition, hearth_relative_to_string (c->relative), note);
    }
  for (guint i = 0; record->allergies[i] != NULL; i++)
    g_print ("allergy\t%s\n", record->allergies[i]);
  /* Notes last, as written (several lines). */
  if (record->notes != NULL)
    g_print ("notes\n%s\n", record->notes);
}

static int
record_show (HearthCli               *cli,
             const HearthCliCommand  *command,
             char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autofree char *name = NULL;
  gboolean help = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON object"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error))
    return hearth_cli_report_error (error);

  profile = open_member (cli, name, FALSE, &store, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  record = hearth_store_get_health_record (store, hearth_profile_get_uuid (profile), &error);
  if (record == NULL)
    return hearth_cli_report_error (error);

  if (json)
    print_record_json (record);
  else
    print_record_text (record);
  return HEARTH_CLI_EXIT_OK;
}

/* set ----------------------------------------------------------------------- */

static void
replace (char       **field,
         const char  *value)
{
  if (value == NULL)
    return;  /* not given: kept */
  g_free (*field);
  *field = value[0] != '\0' ? g_strdup (value) : NULL;
}

static int
record_set (HearthCli               *cli,
            const HearthCliCommand  *command,
            char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autofree char *name = NULL, *blood = NULL, *contact_name = NULL, *phone = NULL;
  g_autofree char *relation = NULL, *notes_file = NULL, *notes = NULL;
  HearthBloodType type = HEARTH_BLOOD_TYPE_UNKNOWN;
  gboolean help = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member"), N_("NAME") },
    { "blood-type", 0, 0, G_OPTION_ARG_STRING, &blood,
      N_("A+, A-, B+, B-, AB+, AB-, O+, O- or unknown"), N_("TYPE") },
    { "contact-name", 0, 0, G_OPTION_ARG_STRING, &contact_name,
      N_("Emergency contact’s name (empty: none)"), N_("TEXT") },
    { "contact-phone", 0, 0, G_OPTION_ARG_STRING, &phone,
      N_("Emergency contact’s phone number, as you would dial it"), N_("TEXT") },
    { "contact-relation", 0, 0, G_OPTION_ARG_STRING, &relation,
      N_("Who the contact is to the member (“Daughter”)"), N_("TEXT") },
    { "notes-file", 0, 0, G_OPTION_ARG_FILENAME, &notes_file,
      N_("The record’s notes: the text of FILE (an empty file clears them)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error))
    return hearth_cli_report_error (error);
  if (blood != NULL && !hearth_blood_type_parse (blood, &type, &error))
    {
      g_autoptr(GError) usage = g_error_new (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                                             "--blood-type: %s", error->message);

      return hearth_cli_report_error (usage);
    }
  if (notes_file != NULL && !read_notes_file (notes_file, &notes, &error))
    return hearth_cli_report_error (error);

  profile = open_member (cli, name, TRUE, &store, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  record = hearth_store_get_health_record (store, hearth_profile_get_uuid (profile), &error);
  if (record == NULL)
    return hearth_cli_report_error (error);

  if (blood != NULL)
    record->blood_type = type;
  replace (&record->contact_name, contact_name);
  replace (&record->contact_phone, phone);
  replace (&record->contact_relation, relation);
  if (notes_file != NULL)
    replace (&record->notes, notes);

  if (!hearth_store_set_record_details (store, record, &error))
    return hearth_cli_report_error (error);
  return HEARTH_CLI_EXIT_OK;
}

/* condition, family ----------------------------------------------------------- */

static int
record_condition (HearthCli               *cli,
                  const HearthCliCommand  *command,
                  char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *name = NULL, *condition = NULL, *since = NULL, *note = NULL;
  gboolean help = FALSE, add = FALSE;
  gint64 since_day = HEARTH_RECORD_NO_DAY;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member"), N_("NAME") },
    { "condition", 0, 0, G_OPTION_ARG_STRING, &condition,
      N_("hypertension, diabetes, heart-disease, pregnancy, kidney-disease or any text"), N_("CONDITION") },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, N_("When it began (add)"), N_("YYYY-MM-DD") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note (add)"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!parse_action (*args, &add, &error) ||
      !hearth_cli_require ("--condition", condition, &error))
    return hearth_cli_report_error (error);
  if (!add && (since != NULL || note != NULL))
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--since and --note go with “add”"));
      return hearth_cli_report_error (error);
    }
  if (since != NULL && !hearth_record_day_parse (since, &since_day))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--since must be a date as YYYY-MM-DD, not “%s”"), since);
      return hearth_cli_report_error (error);
    }

  profile = open_member (cli, name, TRUE, &store, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  if (add)
    {
      g_autoptr(HearthCondition) c = hearth_condition_new (condition);

      c->since_day = since_day;
      c->note = g_strdup (note);
      if (!hearth_store_set_condition (store, hearth_profile_get_uuid (profile), c, &error))
        return hearth_cli_report_error (error);
    }
  else if (!hearth_store_remove_condition (store, hearth_profile_get_uuid (profile), condition, &error))
    return hearth_cli_report_error (error);

  return HEARTH_CLI_EXIT_OK;
}

static int
record_family (HearthCli               *cli,
               const HearthCliCommand  *command,
               char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autofree char *name = NULL, *condition = NULL, *relative_text = NULL, *note = NULL;
  HearthRelative relative = HEARTH_RELATIVE_OTHER;
  gboolean help = FALSE, add = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &name, N_("The member"), N_("NAME") },
    { "condition", 0, 0, G_OPTION_ARG_STRING, &condition, N_("The relative’s condition"), N_("CONDITION") },
    { "relative", 0, 0, G_OPTION_ARG_STRING, &relative_text,
      N_("mother, father, sibling, child, grandparent or other"), N_("RELATIVE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note (add)"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!parse_action (*args, &add, &error) ||
      !hearth_cli_require ("--condition", condition, &error) ||
      !parse_relative (relative_text, &relative, &error))
    return hearth_cli_report_error (error);
  if (!add && note != NULL)
    {
      g_set_error_literal (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("--note goes with “add”"));
      return hearth_cli_report_error (error);
    }

  profile = open_member (cli, name, TRUE, &store, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  if (add)
    {
      g_autoptr(HearthFamilyCondition) c = hearth_family_condition_new (condition, relative);

      c->note = g_strdup (note);
      if (!hearth_store_add_family_condition (store, hearth_profile_get_uuid (profile), c, &error))
        return hearth_cli_report_error (error);
    }
  else if (!hearth_store_remove_family_condition (store, hearth_profile_get_uuid (profile),
                                                  condition, relative, &error))
    return hearth_cli_report_error (error);

  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_record (HearthCli               *cli,
                   const HearthCliCommand  *command,
                   char                  ***args)
{
  if (g_str_equal (command->name, "show"))
    return record_show (cli, command, args);
  if (g_str_equal (command->name, "set"))
    return record_set (cli, command, args);
  if (g_str_equal (command->name, "condition"))
    return record_condition (cli, command, args);
  return record_family (cli, command, args);
}
