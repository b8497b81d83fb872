/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli-diet.h"
#include "hearth-store-recipes.h"

/* hearth-cli food recipe add|list */

static void
add_recipe_json (JsonBuilder        *builder,
                 const HearthRecipe *recipe)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, recipe->uuid);
  json_builder_set_member_name (builder, "food_uuid");
  json_builder_add_string_value (builder, recipe->food_uuid);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, recipe->name);
  json_builder_set_member_name (builder, "portions");
  hearth_cli_json_add_number (builder, recipe->portions);
  json_builder_set_member_name (builder, "cooked_weight_g");
  hearth_cli_json_add_number (builder, recipe->cooked_weight_g);
  json_builder_set_member_name (builder, "favourite");
  json_builder_add_boolean_value (builder, recipe->favourite);
  json_builder_set_member_name (builder, "per_portion");
  hearth_cli_diet_add_nutrients_json (builder, &recipe->per_portion);
  json_builder_set_member_name (builder, "per_100g");
  hearth_cli_diet_add_nutrients_json (builder, &recipe->per_100g);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < recipe->items->len; i++)
    {
      const HearthRecipeItem *item = recipe->items->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "food");
      json_builder_add_string_value (builder, item->name);
      json_builder_set_member_name (builder, "food_uuid");
      json_builder_add_string_value (builder, item->food_uuid);
      json_builder_set_member_name (builder, "amount");
      hearth_cli_json_add_number (builder, item->amount);
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, hearth_amount_unit_to_string (item->unit));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* "Rice 300 g, Egg 2 × serving" */
static char *
format_items (const HearthRecipe *recipe)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < recipe->items->len; i++)
    {
      const HearthRecipeItem *item = recipe->items->pdata[i];
      g_autofree char *amount = hearth_cli_diet_format_amount (item->amount);

      if (i > 0)
        g_string_append (text, ", ");
      if (item->unit == HEARTH_AMOUNT_UNIT_SERVING)
        g_string_append_printf (text, "%s %s × %s", item->name, amount, _("serving"));
      else
        g_string_append_printf (text, "%s %s %s", item->name, amount,
                                hearth_amount_unit_to_string (item->unit));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
recipe_add (HearthCli               *cli,
            const HearthCliCommand  *command,
            char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthRecipe) recipe = NULL;
  g_auto(GStrv) item_texts = NULL;
  g_autofree char *portions_text = NULL;
  g_autofree char *cooked_text = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean favourite = FALSE, json = FALSE, help = FALSE;
  double portions = NAN, cooked = NAN;
  const GOptionEntry entries[] = {
    { "item", 0, 0, G_OPTION_ARG_STRING_ARRAY, &item_texts, N_("A food and its amount (repeat for each)"), N_("FOOD:AMOUNT") },
    { "portions", 0, 0, G_OPTION_ARG_STRING, &portions_text, N_("How many portions the dish makes"), N_("N") },
    { "cooked-weight", 0, 0, G_OPTION_ARG_STRING, &cooked_text, N_("The whole dish cooked, in grams"), N_("G") },
    { "favourite", 0, 0, G_OPTION_ARG_NONE, &favourite, N_("List it first when searching"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  /* hearth-cli add NAME */
  if ((*args)[2] == NULL || (*args)[3] != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("food recipe add expects one NAME (quote several words)"));
      return hearth_cli_report_error (error);
    }
  if (item_texts == NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _("%s is required"), "--item");
      return hearth_cli_report_error (error);
    }
  if (!hearth_cli_require ("--portions", portions_text, &error) ||
      !hearth_cli_parse_double ("--portions", portions_text, &portions, &error) ||
      (cooked_text != NULL && !hearth_cli_parse_double ("--cooked-weight", cooked_text, &cooked, &error)))
    return hearth_cli_report_error (error);

  recipe = hearth_recipe_new ((*args)[2], portions);
  recipe->cooked_weight_g = cooked;
  recipe->favourite = favourite;
  for (guint i = 0; item_texts[i] != NULL; i++)
    {
      char *name = NULL;
      double amount = NAN;
      HearthAmountUnit unit = HEARTH_AMOUNT_UNIT_GRAM;

      if (!hearth_cli_diet_parse_item ("--item", item_texts[i], &name, &amount, &unit, &error))
        return hearth_cli_report_error (error);
      g_ptr_array_add (names, name);
      hearth_recipe_add_item (recipe, NULL, amount, unit);
    }

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  for (guint i = 0; i < names->len; i++)
    {
      HearthRecipeItem *item = recipe->items->pdata[i];
      g_autoptr(HearthFood) food = hearth_store_find_food (store, names->pdata[i], NULL);

      if (food == NULL)
        {
          hearth_cli_diet_set_unknown_food (store, names->pdata[i], &error);
          return hearth_cli_report_error (error);
        }
      item->food_uuid = g_strdup (hearth_food_get_uuid (food));
      item->name = g_strdup (hearth_food_get_name (food));
    }
  if (!hearth_store_add_recipe (store, recipe, &error))
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_recipe_json (builder, recipe);
      hearth_cli_print_json (builder);
    }
  else
    {
      g_autofree char *portion = hearth_cli_diet_format_amount (recipe->per_portion.energy_kcal);
      g_autofree char *line = NULL;
      g_autofree char *localized = NULL;

      if (isnan (recipe->per_100g.energy_kcal))
        /* Translators: the recipe's name, its identifier, then its energy */
        line = g_strdup_printf (_("Added the recipe “%s” (%s): %s kcal a portion."),
                                recipe->name, recipe->uuid, portion);
      else
        {
          g_autofree char *hundred = hearth_cli_diet_format_amount (recipe->per_100g.energy_kcal);

          /* Translators: the recipe's name, its identifier, then its energy */
          line = g_strdup_printf (_("Added the recipe “%s” (%s): %s kcal a portion, %s kcal per 100 g."),
                                  recipe->name, recipe->uuid, portion, hundred);
        }
      localized = hearth_cli_localize_numbers (line);
      g_print ("%s\n", localized);
    }
  return HEARTH_CLI_EXIT_OK;
}

static int
recipe_list (HearthCli               *cli,
             const HearthCliCommand  *command,
             char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) recipes = NULL;
  gboolean json = FALSE, help = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if ((*args)[2] != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("unexpected argument “%s”"), (*args)[2]);
      return hearth_cli_report_error (error);
    }

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  recipes = hearth_store_list_recipes (store, &error);
  if (recipes == NULL)
    return hearth_cli_report_error (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < recipes->len; i++)
        add_recipe_json (builder, recipes->pdata[i]);
      json_builder_end_array (builder);
      hearth_cli_print_json (builder);
      return HEARTH_CLI_EXIT_OK;
    }
  for (guint i = 0; i < recipes->len; i++)
    {
      const HearthRecipe *recipe = recipes->pdata[i];
      g_autofree char *portions = hearth_cli_diet_format_amount (recipe->portions);
      g_autofree char *portion = hearth_cli_diet_format_amount (recipe->per_portion.energy_kcal);
      g_autofree char *hundred = NULL;
      g_autofree char *items = format_items (recipe);
      g_autofree char *count = NULL;
      g_autofree char *line = NULL;
      g_autofree char *localized = NULL;

      /* Translators: a number of portions, "3 portions" */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s portion", "%s portions",
                                            recipe->portions == 1 ? 1 : 2), portions);
      if (!isnan (recipe->per_100g.energy_kcal))
        {
          g_autofree char *value = hearth_cli_diet_format_amount (recipe->per_100g.energy_kcal);

          hundred = g_strdup_printf ("%s kcal/100g", value);
        }
      /* name, portions, energy per portion and per 100 g cooked, the ingredients: tab-separated */
      line = g_strdup_printf ("%s\t%s\t%s kcal/%s\t%s\t%s", recipe->name, count, portion, _("portion"),
                              hundred != NULL ? hundred : "", items);
      localized = hearth_cli_localize_numbers (line);
      g_print ("%s\n", localized);
    }
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_food_recipe (HearthCli               *cli,
                        const HearthCliCommand  *command,
                        char                  ***args)
{
  g_autoptr(GError) error = NULL;
  const char *verb = (*args)[1];

  if (g_strcmp0 (verb, "add") == 0)
    return recipe_add (cli, command, args);
  if (g_strcmp0 (verb, "list") == 0)
    return recipe_list (cli, command, args);
  if (g_strcmp0 (verb, "--help") == 0 || g_strcmp0 (verb, "-h") == 0)
    {
      const GOptionEntry none[] = { G_OPTION_ENTRY_NULL };
      gboolean help = FALSE;

      if (!hearth_cli_parse_options (cli, command, none, args, &help, &error))
        return hearth_cli_report_error (error);
      return HEARTH_CLI_EXIT_OK;
    }
  g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("food recipe expects add or list, not “%s”"), verb != NULL ? verb : "");
  return hearth_cli_report_error (error);
}
