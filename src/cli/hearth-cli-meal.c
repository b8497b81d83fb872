/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hearth-cli-diet.h"

/* hearth-cli log meal */

/* "Rice:150g", "Milk:200 ml", "Egg:1serving", "Egg:2 servings": the food's
 * name (which may hold ':' itself: the last one splits) and the amount. */
gboolean
hearth_cli_diet_parse_item (const char        *option,
                            const char        *text,
                            char             **name,
                            double            *amount,
                            HearthAmountUnit  *unit,
                            GError           **error)
{
  const char *colon = strrchr (text, ':');
  g_autofree char *number = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *food = NULL;
  const char *p;

  if (colon == NULL)
    goto fail;
  food = g_strstrip (g_strndup (text, colon - text));
  for (p = colon + 1; *p != '\0' && !g_ascii_isalpha (*p); p++)
    ;
  number = g_strstrip (g_strndup (colon + 1, p - (colon + 1)));
  unit_text = g_strstrip (g_strdup (p));
  if (food[0] == '\0' || number[0] == '\0')
    goto fail;
  if (g_strcmp0 (unit_text, "servings") == 0)
    unit_text[strlen ("serving")] = '\0';
  if (!hearth_amount_unit_from_string (unit_text, unit))
    goto fail;
  if (!hearth_cli_parse_double (option, number, amount, error))
    return FALSE;
  *name = g_steal_pointer (&food);
  return TRUE;

fail:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects FOOD:AMOUNT in g, ml or serving, such as “Rice:150g”, not “%s”"),
               option, text);
  return FALSE;
}

/* "Cake:350kcal" or "Cake:350": a quick entry, a name and its energy. */
static gboolean
parse_quick (const char  *text,
             char       **name,
             double      *kcal,
             GError     **error)
{
  const char *colon = strrchr (text, ':');
  g_autofree char *food = NULL;
  g_autofree char *number = NULL;

  if (colon == NULL)
    goto fail;
  food = g_strstrip (g_strndup (text, colon - text));
  number = g_strstrip (g_strdup (colon + 1));
  if (g_str_has_suffix (number, "kcal"))
    {
      number[strlen (number) - strlen ("kcal")] = '\0';
      g_strstrip (number);
    }
  if (food[0] == '\0' || number[0] == '\0')
    goto fail;
  if (!hearth_cli_parse_double ("--quick", number, kcal, error))
    return FALSE;
  *name = g_steal_pointer (&food);
  return TRUE;

fail:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s expects NAME:KCAL, such as “Cake:350kcal”, not “%s”"), "--quick", text);
  return FALSE;
}

static gboolean
parse_type (const char      *type_text,
            const char      *custom_name,
            HearthMealType  *type,
            GError         **error)
{
  if (type_text == NULL && custom_name != NULL)
    {
      *type = HEARTH_MEAL_TYPE_CUSTOM;
      return TRUE;
    }
  if (type_text == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("%s or %s is required"), "--type", "--name");
      return FALSE;
    }
  if (!hearth_meal_type_from_string (type_text, type) ||
      (*type == HEARTH_MEAL_TYPE_CUSTOM && custom_name == NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects breakfast, lunch, dinner or snack (or --name for a meal of your own), not “%s”"),
                   "--type", type_text);
      return FALSE;
    }
  if (custom_name != NULL)
    *type = HEARTH_MEAL_TYPE_CUSTOM;
  return TRUE;
}

static void
print_meal (HearthMeal    *meal,
            HearthProfile *profile,
            gboolean       json)
{
  GPtrArray *items = hearth_meal_get_items (meal);
  g_autofree char *when = NULL;
  HearthNutrients totals;

  hearth_meal_get_totals (meal, &totals);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *taken_at = hearth_cli_format_iso8601 (hearth_meal_get_taken_at (meal));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder, hearth_meal_get_uuid (meal));
      json_builder_set_member_name (builder, "profile");
      json_builder_add_string_value (builder, hearth_profile_get_name (profile));
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, hearth_meal_type_to_string (hearth_meal_get_meal_type (meal)));
      json_builder_set_member_name (builder, "name");
      if (hearth_meal_get_custom_name (meal) != NULL)
        json_builder_add_string_value (builder, hearth_meal_get_custom_name (meal));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "taken_at");
      json_builder_add_string_value (builder, taken_at);
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint i = 0; i < items->len; i++)
        {
          HearthMealItem *item = items->pdata[i];

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "food");
          json_builder_add_string_value (builder, item->name);
          json_builder_set_member_name (builder, "food_uuid");
          if (item->food_uuid != NULL)
            json_builder_add_string_value (builder, item->food_uuid);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "amount");
          hearth_cli_json_add_number (builder, item->amount);
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, hearth_amount_unit_to_string (item->unit));
          json_builder_set_member_name (builder, "nutrients");
          hearth_cli_diet_add_nutrients_json (builder, &item->nutrients);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "totals");
      hearth_cli_diet_add_nutrients_json (builder, &totals);
      json_builder_end_object (builder);
      hearth_cli_print_json (builder);
      return;
    }

  when = hearth_cli_format_local (hearth_meal_get_taken_at (meal));
  {
    g_autofree char *kcal = hearth_cli_diet_format_amount (totals.energy_kcal);
    /* Translators: "Logged Lunch for Ann, 2026-03-30 12:00: 395 kcal." */
    g_autofree char *line = g_strdup_printf (_("Logged %s for %s, %s: %s kcal."),
                                             hearth_meal_get_title (meal),
                                             hearth_profile_get_name (profile), when, kcal);
    g_autofree char *localized = hearth_cli_localize_numbers (line);

    g_print ("%s\n", localized);
  }
  for (guint i = 0; i < items->len; i++)
    {
      HearthMealItem *item = items->pdata[i];
      g_autofree char *amount = hearth_cli_diet_format_amount (item->amount);
      g_autofree char *kcal = hearth_cli_diet_format_amount (item->nutrients.energy_kcal);
      g_autofree char *line = NULL;
      g_autofree char *localized = NULL;

      if (item->unit == HEARTH_AMOUNT_UNIT_SERVING)
        line = g_strdup_printf ("  %s\t%s × %s\t%s kcal", item->name, amount, _("serving"), kcal);
      else
        line = g_strdup_printf ("  %s\t%s %s\t%s kcal", item->name, amount,
                                hearth_amount_unit_to_string (item->unit), kcal);
      localized = hearth_cli_localize_numbers (line);
      g_print ("%s\n", localized);
    }
}

int
hearth_cli_log_meal (HearthCli               *cli,
                     const HearthCliCommand  *command,
                     char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthMeal) meal = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *type_text = NULL;
  g_autofree char *custom_name = NULL;
  g_autofree char *at = NULL;
  g_autofree char *note = NULL;
  g_auto(GStrv) item_texts = NULL;
  g_auto(GStrv) quick_texts = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_meal_item_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean copy_last = FALSE, json = FALSE, help = FALSE;
  HearthMealType type = HEARTH_MEAL_TYPE_SNACK;
  HearthClock *clock;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_text, N_("breakfast, lunch, dinner or snack"), N_("TYPE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &custom_name, N_("A meal of your own, by name"), N_("NAME") },
    { "item", 0, 0, G_OPTION_ARG_STRING_ARRAY, &item_texts, N_("A food and its amount (repeat for each)"), N_("FOOD:AMOUNT") },
    { "quick", 0, 0, G_OPTION_ARG_STRING_ARRAY, &quick_texts, N_("A name and its energy alone"), N_("NAME:KCAL") },
    { "copy-last", 0, 0, G_OPTION_ARG_NONE, &copy_last, N_("The same as the last meal of this type on an earlier day"), NULL },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was eaten (default: now)"), N_("TIME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !parse_type (type_text, custom_name, &type, &error))
    return hearth_cli_report_error (error);

  if (copy_last && (item_texts != NULL || quick_texts != NULL))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("%s copies a whole meal: give it without %s or %s"), "--copy-last", "--item", "--quick");
      return hearth_cli_report_error (error);
    }
  if (!copy_last && item_texts == NULL && quick_texts == NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("%s, %s or %s is required"), "--item", "--quick", "--copy-last");
      return hearth_cli_report_error (error);
    }

  for (guint i = 0; item_texts != NULL && item_texts[i] != NULL; i++)
    {
      g_autoptr(HearthMealItem) item = hearth_meal_item_new ();
      char *name = NULL;

      if (!hearth_cli_diet_parse_item ("--item", item_texts[i], &name, &item->amount, &item->unit, &error))
        return hearth_cli_report_error (error);
      g_ptr_array_add (names, name);
      g_ptr_array_add (items, g_steal_pointer (&item));
    }
  for (guint i = 0; quick_texts != NULL && quick_texts[i] != NULL; i++)
    {
      g_autoptr(HearthMealItem) item = hearth_meal_item_new ();

      if (!parse_quick (quick_texts[i], &item->name, &item->nutrients.energy_kcal, &error))
        return hearth_cli_report_error (error);
      item->amount = 1;
      item->unit = HEARTH_AMOUNT_UNIT_SERVING;
      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  clock = hearth_cli_get_clock (cli, &error);
  if (clock == NULL)
    return hearth_cli_report_error (error);
  when = at != NULL ? hearth_cli_parse_time ("--at", at, hearth_clock_get_timezone (clock), &error)
                    : hearth_clock_now (clock);
  if (when == NULL)
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);

  if (copy_last)
    {
      g_autoptr(HearthMeal) last = NULL;
      gint64 day = hearth_meal_get_local_day (meal = hearth_meal_new (NULL, type, when));

      g_clear_object (&meal);
      last = hearth_store_find_last_meal (store, hearth_profile_get_uuid (profile), type, day, &error);
      if (last == NULL && error == NULL)
        g_set_error (&error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                     _("%s has no earlier %s to copy"), hearth_profile_get_name (profile),
                     hearth_meal_type_to_string (type));
      if (last == NULL)
        return hearth_cli_report_error (error);
      meal = hearth_store_copy_meal (store, hearth_meal_get_uuid (last), when, &error);
      if (meal == NULL)
        return hearth_cli_report_error (error);
      print_meal (meal, profile, json);
      return HEARTH_CLI_EXIT_OK;
    }

  meal = hearth_meal_new (hearth_profile_get_uuid (profile), type, when);
  hearth_meal_set_custom_name (meal, custom_name);
  hearth_meal_set_note (meal, note);
  for (guint i = 0; i < items->len; i++)
    {
      HearthMealItem *item = items->pdata[i];

      if (i < names->len)
        {
          g_autoptr(HearthFood) food = hearth_store_find_food (store, names->pdata[i], NULL);

          if (food == NULL)
            {
              hearth_cli_diet_set_unknown_food (store, names->pdata[i], &error);
              return hearth_cli_report_error (error);
            }
          item->food_uuid = g_strdup (hearth_food_get_uuid (food));
        }
      hearth_meal_add_item (meal, g_steal_pointer (&items->pdata[i]));
    }
  g_ptr_array_set_free_func (items, NULL);

  if (!hearth_store_add_meal (store, meal, &error))
    return hearth_cli_report_error (error);
  print_meal (meal, profile, json);
  return HEARTH_CLI_EXIT_OK;
}
