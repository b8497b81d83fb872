/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-cli.h"

G_BEGIN_DECLS

/* The diet log's commands: hearth-cli-food.c and hearth-cli-meal.c. */
int hearth_cli_food_add     (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_food_list    (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_food_search  (HearthCli *cli, const HearthCliCommand *command, char ***args);
int hearth_cli_log_meal     (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-recipe.c: food recipe add|list */
int hearth_cli_food_recipe  (HearthCli *cli, const HearthCliCommand *command, char ***args);
/* hearth-cli-summary.c */
int hearth_cli_summary      (HearthCli *cli, const HearthCliCommand *command, char ***args);

/* hearth-cli-food.c: shared by the diet commands. */
/* "130 kcal", "2.7 g" …: '.' decimal, at most one decimal, no trailing zero. */
char *hearth_cli_diet_format_amount (double value);
/* A food's values as a JSON object member by member (NAN as null). */
void  hearth_cli_diet_add_nutrients_json (JsonBuilder           *builder,
                                          const HearthNutrients *nutrients);
/* FALSE with a NOT_FOUND error naming @name and the closest foods' names. */
gboolean hearth_cli_diet_set_unknown_food (HearthStore  *store,
                                           const char   *name,
                                           GError      **error);

/* hearth-cli-meal.c: "Rice:150g", "Egg:2servings" → the food's name and the
 * amount; a G_OPTION_ERROR naming @option otherwise. */
gboolean hearth_cli_diet_parse_item (const char        *option,
                                     const char        *text,
                                     char             **name,
                                     double            *amount,
                                     HearthAmountUnit  *unit,
                                     GError           **error);

G_END_DECLS
