/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli-diet.h"

/* hearth-cli food add|list|search */

static const char * const nutrient_keys[HEARTH_N_NUTRIENTS] = {
  "energy_kcal", "protein_g", "carbohydrate_g", "sugars_g", "fat_g", "saturated_fat_g",
  "fibre_g", "sodium_mg",
};

char *
hearth_cli_diet_format_amount (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("?");
  /* One decimal at most; "195" rather than "195.0". */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer,
                                    fabs (value - round (value)) < 0.05 ? "%.0f" : "%.1f", value));
}

void
hearth_cli_diet_add_nutrients_json (JsonBuilder           *builder,
                                    const HearthNutrients *nutrients)
{
  json_builder_begin_object (builder);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    {
      json_builder_set_member_name (builder, nutrient_keys[i]);
      hearth_cli_json_add_number (builder, hearth_nutrients_get (nutrients, i));
    }
  json_builder_set_member_name (builder, "salt_g");
  hearth_cli_json_add_number (builder, hearth_nutrition_salt_g (nutrients->sodium_mg));
  json_builder_end_object (builder);
}

gboolean
hearth_cli_diet_set_unknown_food (HearthStore  *store,
                                  const char   *name,
                                  GError      **error)
{
  g_auto(GStrv) close = hearth_store_suggest_foods (store, name, 3, NULL);

  if (close != NULL && close[0] != NULL)
    {
      g_autofree char *joined = hearth_cli_join_list ((const char * const *) close);

      /* Translators: a food name, then the closest names joined by the list separator */
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                   _("No food “%s”. Did you mean: %s?"), name, joined);
    }
  else
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                 _("No food “%s”; add it with “hearth-cli food add”"), name);
  return FALSE;
}

static gboolean
parse_per (const char        *text,
           HearthAmountUnit  *unit,
           GError           **error)
{
  if (g_strcmp0 (text, "100g") == 0 || g_strcmp0 (text, "g") == 0)
    *unit = HEARTH_AMOUNT_UNIT_GRAM;
  else if (g_strcmp0 (text, "100ml") == 0 || g_strcmp0 (text, "ml") == 0)
    *unit = HEARTH_AMOUNT_UNIT_MILLILITRE;
  else if (g_strcmp0 (text, "serving") == 0)
    *unit = HEARTH_AMOUNT_UNIT_SERVING;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects 100g, 100ml or serving, not “%s”"), "--per", text);
      return FALSE;
    }
  return TRUE;
}

static const char *
per_label (HearthAmountUnit unit)
{
  switch (unit)
    {
    case HEARTH_AMOUNT_UNIT_GRAM:       return "100g";
    case HEARTH_AMOUNT_UNIT_MILLILITRE: return "100ml";
    case HEARTH_AMOUNT_UNIT_SERVING:    return "serving";
    default:
      g_return_val_if_reached ("");
    }
}

int
hearth_cli_food_add (HearthCli               *cli,
                     const HearthCliCommand  *command,
                     char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFood) food = NULL;
  g_autofree char *name = NULL;
  g_autofree char *per = NULL;
  g_autofree char *serving = NULL;
  g_autofree char *serving_name = NULL;
  char *texts[HEARTH_N_NUTRIENTS] = { NULL, };
  static const char * const options[HEARTH_N_NUTRIENTS] = {
    "--kcal", "--protein", "--carbs", "--sugars", "--fat", "--saturated-fat", "--fibre", "--sodium-mg",
  };
  gboolean favourite = FALSE, help = FALSE;
  HearthAmountUnit per_unit = HEARTH_AMOUNT_UNIT_GRAM;
  int status = HEARTH_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The food’s name (unique)"), N_("NAME") },
    { "per", 0, 0, G_OPTION_ARG_STRING, &per, N_("What the values are for: 100g (default), 100ml or serving"), N_("PER") },
    { "kcal", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_ENERGY], N_("Energy (kcal)"), N_("N") },
    { "protein", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_PROTEIN], N_("Protein (g)"), N_("N") },
    { "carbs", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_CARBOHYDRATE], N_("Carbohydrate (g)"), N_("N") },
    { "sugars", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_SUGARS], N_("Sugars (g)"), N_("N") },
    { "fat", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_FAT], N_("Fat (g)"), N_("N") },
    { "saturated-fat", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_SATURATED_FAT], N_("Saturated fat (g)"), N_("N") },
    { "fibre", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_FIBRE], N_("Fibre (g)"), N_("N") },
    { "sodium-mg", 0, 0, G_OPTION_ARG_STRING, &texts[HEARTH_NUTRIENT_SODIUM], N_("Sodium (mg)"), N_("N") },
    { "serving-size", 0, 0, G_OPTION_ARG_STRING, &serving, N_("One serving in grams or millilitres"), N_("N") },
    { "serving-name", 0, 0, G_OPTION_ARG_STRING, &serving_name, N_("What a serving is (“1 egg”)"), N_("TEXT") },
    { "favourite", 0, 0, G_OPTION_ARG_NONE, &favourite, N_("List it first when searching"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    {
      status = hearth_cli_report_error (error);
      goto out;
    }
  if (help)
    goto out;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--name", name, &error) ||
      !hearth_cli_require ("--kcal", texts[HEARTH_NUTRIENT_ENERGY], &error) ||
      (per != NULL && !parse_per (per, &per_unit, &error)))
    {
      status = hearth_cli_report_error (error);
      goto out;
    }

  food = hearth_food_new (name, per_unit);
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    {
      double value = NAN;

      if (texts[i] != NULL && !hearth_cli_parse_double (options[i], texts[i], &value, &error))
        {
          status = hearth_cli_report_error (error);
          goto out;
        }
      hearth_food_set_nutrient (food, i, value);
    }
  if (serving != NULL)
    {
      double size = NAN;

      if (!hearth_cli_parse_double ("--serving-size", serving, &size, &error))
        {
          status = hearth_cli_report_error (error);
          goto out;
        }
      hearth_food_set_serving_size (food, size);
    }
  hearth_food_set_serving_name (food, serving_name);
  hearth_food_set_favourite (food, favourite);

  /* Checked before the store is opened: a refused food creates no journal. */
  if (!hearth_food_validate (food, &error))
    {
      status = hearth_cli_report_error (error);
      goto out;
    }
  store = hearth_cli_open_store (cli, &error);
  if (store == NULL || !hearth_store_add_food (store, food, &error))
    {
      status = hearth_cli_report_error (error);
      goto out;
    }

  /* Translators: the food's name, then its identifier */
  g_print (_("Added “%s” (%s)."), hearth_food_get_name (food), hearth_food_get_uuid (food));
  g_print ("\n");

out:
  for (guint i = 0; i < HEARTH_N_NUTRIENTS; i++)
    g_free (texts[i]);
  return status;
}

static void
print_foods (GListModel *foods,
             gboolean    json)
{
  guint n = g_list_model_get_n_items (foods);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HearthFood) food = g_list_model_get_item (foods, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "uuid");
          json_builder_add_string_value (builder, hearth_food_get_uuid (food));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, hearth_food_get_name (food));
          json_builder_set_member_name (builder, "per");
          json_builder_add_string_value (builder, per_label (hearth_food_get_per_unit (food)));
          json_builder_set_member_name (builder, "values");
          hearth_cli_diet_add_nutrients_json (builder, hearth_food_get_nutrients (food));
          json_builder_set_member_name (builder, "serving_size");
          hearth_cli_json_add_number (builder, hearth_food_get_serving_size (food));
          json_builder_set_member_name (builder, "favourite");
          json_builder_add_boolean_value (builder, hearth_food_get_favourite (food));
          /* "user": the family's own; "fdc": USDA's, with its FoodData Central id. */
          json_builder_set_member_name (builder, "source");
          json_builder_add_string_value (builder, hearth_food_is_reference (food) ? "fdc" : "user");
          json_builder_set_member_name (builder, "fdc_id");
          if (hearth_food_is_reference (food))
            json_builder_add_int_value (builder, hearth_food_get_fdc_id (food));
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      hearth_cli_print_json (builder);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthFood) food = g_list_model_get_item (foods, i);
      g_autofree char *kcal = hearth_cli_diet_format_amount (hearth_food_get_nutrients (food)->energy_kcal);
      g_autofree char *line = NULL;
      g_autofree char *localized = NULL;
      g_autofree char *source = NULL;

      /* A reference food says where its values come from. */
      if (hearth_food_is_reference (food))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, hearth_food_get_fdc_id (food));

          /* Translators: a reference food's source and its FoodData Central id */
          source = g_strdup_printf (_("%s, FDC %s"), hearth_food_get_source_label (food), id);
        }
      /* name, energy per what, a star for favourites, the source: tab-separated */
      line = g_strdup_printf ("%s\t%s kcal/%s%s", hearth_food_get_name (food), kcal,
                              per_label (hearth_food_get_per_unit (food)),
                              hearth_food_get_favourite (food) ? "\t★" : "");
      localized = hearth_cli_localize_numbers (line);
      if (source != NULL)
        g_print ("%s\t%s\n", localized, source);
      else
        g_print ("%s\n", localized);
    }
}

int
hearth_cli_food_list (HearthCli               *cli,
                      const HearthCliCommand  *command,
                      char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GListModel) foods = NULL;
  g_autoptr(GListModel) reference = NULL;
  gboolean json = FALSE, help = FALSE, all = FALSE;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also the reference foods (USDA), after the family’s"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
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
  foods = hearth_store_list_foods (store, &error);
  if (foods == NULL)
    return hearth_cli_report_error (error);
  if (all)
    {
      g_autoptr(GListStore) both = g_list_store_new (HEARTH_TYPE_FOOD);
      g_autoptr(GListModel) own = g_steal_pointer (&foods);

      reference = hearth_store_list_reference_foods (store, &error);
      if (reference == NULL)
        return hearth_cli_report_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (own); i++)
        {
          g_autoptr(HearthFood) food = g_list_model_get_item (own, i);

          g_list_store_append (both, food);
        }
      for (guint i = 0; i < g_list_model_get_n_items (reference); i++)
        {
          g_autoptr(HearthFood) food = g_list_model_get_item (reference, i);

          g_list_store_append (both, food);
        }
      foods = G_LIST_MODEL (g_steal_pointer (&both));
    }
  print_foods (foods, json);
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_food_search (HearthCli               *cli,
                        const HearthCliCommand  *command,
                        char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GListModel) foods = NULL;
  g_autofree char *limit_text = NULL;
  gboolean json = FALSE, help = FALSE;
  gint64 limit = 20;
  const GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("At most this many (default 20)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if ((*args)[0] == NULL || (*args)[1] == NULL || (*args)[2] != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("food search expects one QUERY (quote several words)"));
      return hearth_cli_report_error (error);
    }
  if (limit_text != NULL && !hearth_cli_parse_int_range ("--limit", limit_text, 1, 1000, &limit, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  foods = hearth_store_search_foods (store, (*args)[1], (guint) limit, &error);
  if (foods == NULL)
    return hearth_cli_report_error (error);
  print_foods (foods, json);
  return HEARTH_CLI_EXIT_OK;
}
