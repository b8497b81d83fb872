/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-diet"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "test-cli-common.h"

/* hearth-cli food add|list|search and log meal, as a person or a script
 * uses them. */

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* One JSON object (parse_json() takes arrays). */
static JsonNode *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_copy (json_parser_get_root (parser));
}

static void
add_foods (Fixture *f)
{
  add_family (f);
  run_ok (f, "food", "add", "--name", "Rice", "--kcal", "130", "--protein", "2.7", "--carbs", "28.2",
          "--sodium-mg", "1");
  run_ok (f, "food", "add", "--name", "Milk", "--per", "100ml", "--kcal", "64", "--sugars", "4.8",
          "--sodium-mg", "44");
  run_ok (f, "food", "add", "--name", "Egg", "--per", "serving", "--kcal", "72", "--serving-size", "50",
          "--favourite");
  run_ok (f, "food", "add", "--name", "Crème fraîche", "--kcal", "292");
}

static void
test_food_add_list_search (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  add_foods (f);
  g_assert_nonnull (strstr (f->out, "Added “Crème fraîche”"));

  run_ok (f, "food", "list");
  g_assert_cmpstr (f->out, ==, "Crème fraîche\t292 kcal/100g\n"
                               "Egg\t72 kcal/serving\t★\n"
                               "Milk\t64 kcal/100ml\n"
                               "Rice\t130 kcal/100g\n");
  /* The family's food first, then the reference foods with their source. */
  run_ok (f, "food", "search", "CREME");
  g_assert_true (g_str_has_prefix (f->out, "Crème fraîche\t292 kcal/100g\n"
                                           "Alcoholic beverage, creme de menthe, 72 proof\t371 kcal/100g\t"
                                           "USDA SR Legacy, FDC 173168\n"));
  run_ok (f, "food", "search", "");
  g_assert_true (g_str_has_prefix (f->out, "Egg\t"));   /* favourites first */

  run_ok (f, "food", "search", "ri", "--json");
  root = parse_json (f->out);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 20);
  {
    JsonObject *rice = json_array_get_object_element (array, 0);
    JsonObject *values = json_object_get_object_member (rice, "values");
    JsonObject *next = json_array_get_object_element (array, 1);

    /* The family's own food, then reference foods. */
    g_assert_cmpstr (json_object_get_string_member (rice, "source"), ==, "user");
    g_assert_true (json_object_get_null_member (rice, "fdc_id"));
    g_assert_cmpstr (json_object_get_string_member (next, "source"), ==, "fdc");
    g_assert_cmpint (json_object_get_int_member (next, "fdc_id"), >, 0);
    g_assert_cmpstr (json_object_get_string_member (rice, "name"), ==, "Rice");
    g_assert_cmpstr (json_object_get_string_member (rice, "per"), ==, "100g");
    g_assert_cmpfloat (json_object_get_double_member (values, "energy_kcal"), ==, 130);
    g_assert_cmpfloat (json_object_get_double_member (values, "carbohydrate_g"), ==, 28.2);
    g_assert_cmpfloat (json_object_get_double_member (values, "salt_g"), ==, 0.0025);
    g_assert_true (json_object_get_null_member (values, "fat_g"));
  }
}

/* The reference foods: listed on request, found, logged, with their source. */
static void
test_food_reference (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *apple = NULL;
  JsonArray *array;

  add_foods (f);
  run_ok (f, "food", "list", "--all");
  g_assert_true (g_str_has_prefix (f->out, "Crème fraîche\t292 kcal/100g\n"
                                           "Egg\t72 kcal/serving\t★\n"
                                           "Milk\t64 kcal/100ml\n"
                                           "Rice\t130 kcal/100g\n"
                                           "Abiyuch, raw\t69 kcal/100g\tUSDA SR Legacy, FDC 167782\n"));
  g_assert_nonnull (strstr (f->out, "\nApples, raw, with skin\t52 kcal/100g\tUSDA SR Legacy, FDC 171688\n"));

  run_ok (f, "food", "search", "apples raw with skin", "--json");
  root = parse_json (f->out);
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (json_object_get_int_member (json_array_get_object_element (array, i), "fdc_id") == 171688)
      apple = json_array_get_object_element (array, i);
  g_assert_nonnull (apple);
  g_assert_cmpstr (json_object_get_string_member (apple, "name"), ==, "Apples, raw, with skin");
  g_assert_cmpstr (json_object_get_string_member (apple, "source"), ==, "fdc");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (apple, "values"),
                                                    "energy_kcal"), ==, 52);

  run_ok (f, "log", "meal", "--profile", "Ann", "--type", "snack", "--item", "apples, raw, with skin:150g",
          "--at", "2026-03-30 10:00");
  g_assert_cmpstr (f->out, ==, "Logged Snack for Ann, 2026-03-30 10:00: 78 kcal.\n"
                               "  Apples, raw, with skin\t150 g\t78 kcal\n");
}

static void
test_food_errors (Fixture       *f,
                  gconstpointer  data)
{
  add_foods (f);
  run_fails (f, 1, "already a food called", "food", "add", "--name", "rice", "--kcal", "100");
  run_fails (f, 1, "Energy must be between 0 and 900", "food", "add", "--name", "Lard", "--kcal", "1200");
  run_fails (f, 1, "cannot be negative", "food", "add", "--name", "Lard", "--kcal", "800", "--fat", "-3");
  run_fails (f, 2, "--kcal", "food", "add", "--name", "Lard");
  run_fails (f, 2, "--per expects", "food", "add", "--name", "Lard", "--kcal", "800", "--per", "cup");
  run_fails (f, 2, "--kcal expects a number", "food", "add", "--name", "Lard", "--kcal", "nan");
  run_fails (f, 2, "one QUERY", "food", "search");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 4);
}

static void
test_log_meal (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *meal, *totals;
  JsonArray *items;

  add_foods (f);
  run_ok (f, "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Rice:150g",
          "--item", "Milk:200ml", "--item", "Egg:1serving", "--at", "2026-03-30 11:30");
  g_assert_cmpstr (f->out, ==, "Logged Lunch for Ann, 2026-03-30 11:30: 395 kcal.\n"
                               "  Rice\t150 g\t195 kcal\n"
                               "  Milk\t200 ml\t128 kcal\n"
                               "  Egg\t1 × serving\t72 kcal\n");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meals WHERE type = 'lunch' AND utc_offset = 7200"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meal_items"), ==, 3);

  /* A quick entry and JSON. */
  run_ok (f, "log", "meal", "--profile", "Bob", "--name", "Afternoon tea", "--quick", "Cake:350kcal",
          "--item", "Milk:50 ml", "--at", "2026-03-30 11:45", "--json");
  root = parse_object (f->out);
  meal = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (meal, "type"), ==, "custom");
  g_assert_cmpstr (json_object_get_string_member (meal, "name"), ==, "Afternoon tea");
  g_assert_cmpstr (json_object_get_string_member (meal, "taken_at"), ==, "2026-03-30T11:45:00+02:00");
  items = json_object_get_array_member (meal, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "food"), ==, "Milk");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (items, 1), "food_uuid"));
  totals = json_object_get_object_member (meal, "totals");
  g_assert_cmpfloat (json_object_get_double_member (totals, "energy_kcal"), ==, 382);
  g_assert_cmpfloat (json_object_get_double_member (totals, "sodium_mg"), ==, 22);

  /* Same as yesterday's: Ann's lunch again the next day. */
  run_ok (f, "food", "add", "--name", "Brown rice", "--kcal", "123");
  run (f, "log", "meal", "--profile", "Ann", "--type", "lunch", "--copy-last", "--at", "2026-03-30 11:50");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meals"), ==, 2);   /* none earlier that day */
  g_assert_nonnull (strstr (f->err, "no earlier lunch"));
}

static void
test_log_meal_errors (Fixture       *f,
                      gconstpointer  data)
{
  add_foods (f);
  run_fails (f, 1, "No food “Rcie”. Did you mean: Rice?", "log", "meal", "--profile", "Ann", "--type", "lunch",
             "--item", "Rice:100g", "--item", "Rcie:150g");
  run_fails (f, 1, "one item can be at most 5 kg", "log", "meal", "--profile", "Ann", "--type", "lunch",
             "--item", "Rice:6000g");
  run_fails (f, 1, "A meal can be at most 10 kg", "log", "meal", "--profile", "Ann", "--type", "dinner",
             "--item", "Milk:5000ml", "--item", "Milk:5000ml", "--item", "Rice:5000g", "--item", "Rice:5000g");
  run_fails (f, 1, "greater than 0", "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Rice:0g");
  run_fails (f, 1, "measured in ml", "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Milk:200g");
  run_fails (f, 2, "--item expects", "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Rice");
  run_fails (f, 1, "greater than 0", "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Rice:-5g");
  run_fails (f, 2, "--item expects", "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Rice:NaNg");
  run_fails (f, 2, "--type expects", "log", "meal", "--profile", "Ann", "--type", "brunch", "--item", "Rice:1g");
  run_fails (f, 2, "--item, --quick or --copy-last", "log", "meal", "--profile", "Ann", "--type", "lunch");
  run_fails (f, 1, "future", "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Rice:100g",
             "--at", "2026-03-31 12:00");
  run_fails (f, 2, "does not exist", "log", "meal", "--profile", "Ann", "--type", "breakfast",
             "--item", "Rice:100g", "--at", "2026-03-29 02:30");
  run_fails (f, 1, "Zoe", "log", "meal", "--profile", "Zoe", "--type", "lunch", "--item", "Rice:100g");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meals"), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meal_items"), ==, 0);
}

/* Ann: 45, female, 165 cm, 60 kg: 10·60 + 6.25·165 − 5·45 − 161 = 1245.25 kcal
 * resting; × 1.53 sedentary = 1905, × 1.76 active = 2192. */
static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *day, *totals;

  add_foods (f);
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "60", "--at", "2026-03-29 08:00");
  run_ok (f, "log", "meal", "--profile", "Ann", "--type", "breakfast", "--item", "Milk:250ml",
          "--item", "Egg:2servings", "--at", "2026-03-30 07:30");
  run_ok (f, "log", "meal", "--profile", "Ann", "--type", "dinner", "--item", "Rice:200g",
          "--at", "2026-03-29 19:00");

  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-30");
  /* 160 + 144 kcal; sodium 110 + 142 mg; sugars 12 g = 48 kcal of 304. */
  g_assert_cmpstr (f->out, ==, "Ann, 2026-03-30\n"
                               "1 meal\n"
                               "Energy: 304 kcal of a 1905 kcal target\n"
                               "Protein: ≥ 0 g of at least 48 g\n"
                               "Sodium: ≥ 110 mg (salt 0.3 g) of less than 2000 mg\n"
                               "Sugars: ≥ 12 g, 15.8 % of energy, of less than 10 %: over\n"
                               "Energy out: 0 kcal in 0 workouts\n"
                               "Active minutes: 0 (0 moderate, 0 vigorous)\n"
                               "Week from 2026-03-30: 0 of 150 active minutes\n");

  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29", "--activity", "active", "--json");
  root = parse_object (f->out);
  day = json_node_get_object (root);
  totals = json_object_get_object_member (day, "totals");
  g_assert_cmpint (json_object_get_int_member (day, "meals"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (totals, "energy_kcal"), ==, 260);
  g_assert_cmpfloat (json_object_get_double_member (totals, "sodium_mg"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (day, "energy_target_kcal"), ==, 2192);
  g_assert_cmpfloat (json_object_get_double_member (day, "protein_target_g"), ==, 48);
  g_assert_false (json_object_get_boolean_member (day, "sodium_over"));

  /* Bob has no sex, height or weight: no targets, still his totals. */
  run_ok (f, "summary", "--profile", "Bob", "--day", "2026-03-30");
  g_assert_nonnull (strstr (f->out, "Energy: 0 kcal (no target"));
  run_fails (f, 2, "--activity expects", "summary", "--profile", "Ann", "--activity", "lazy");
  run_fails (f, 2, "--day", "summary", "--profile", "Ann", "--day", "yesterday");
}

/* The day's exercise and doses beside the diet. Ann weighs 60 kg. On
 * Sunday 2026-03-29 (summer time starts: a 23-hour day) she walks briskly
 * for 30 minutes (4.3 MET: 4.3 × 60 × 0.5 = 129 kcal) and runs for 20
 * (9.8 MET, vigorous: 196 kcal); on Wednesday the 25th she cycled for 60
 * minutes (4.0 MET, moderate) and on Monday the 30th (another week) she
 * walks again. Metformin at 08:00 and 20:00 since the 28th: on the 29th
 * one taken, one skipped; on the 28th both missed; on the 30th (now is
 * 12:00) the 08:00 taken late and the 20:00 still due. Ibuprofen as
 * needed once on the 29th. */
static void
test_summary_day (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *day, *week, *minutes, *doses;

  add_family (f);
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "60", "--at", "2026-03-20 08:00");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "cycling-leisure", "--minutes", "60",
          "--at", "2026-03-25 18:00");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "walking-brisk", "--minutes", "30",
          "--at", "2026-03-29 07:00");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "running-6mph", "--minutes", "20",
          "--at", "2026-03-29 17:00");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "walking-brisk", "--minutes", "15",
          "--at", "2026-03-30 07:00");
  run_ok (f, "med", "add", "--profile", "Ann", "--name", "Metformin", "--times", "08:00,20:00",
          "--start", "2026-03-28");
  run_ok (f, "med", "add", "--profile", "Ann", "--name", "Ibuprofen", "--as-needed", "--start", "2026-03-28");
  run_ok (f, "med", "take", "--profile", "Ann", "--med", "Metformin", "--at", "2026-03-29 08:10");
  run_ok (f, "med", "skip", "--profile", "Ann", "--med", "Metformin", "--at", "2026-03-29 20:00");
  run_ok (f, "med", "take", "--profile", "Ann", "--med", "Ibuprofen", "--at", "2026-03-29 14:00");
  run_ok (f, "med", "take", "--profile", "Ann", "--med", "Metformin", "--at", "2026-03-30 11:00");

  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29");
  g_assert_nonnull (strstr (f->out, "\nEnergy out: 325 kcal in 2 workouts\n"
                                    "Active minutes: 70 (30 moderate, 20 vigorous)\n"
                                    "Week from 2026-03-23: 130 of 150 active minutes\n"
                                    "Doses: 1 of 2 taken, 1 skipped; 1 taken as needed\n"));
  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-28");
  g_assert_nonnull (strstr (f->out, "\nDoses: 0 of 2 taken, 2 missed\n"));
  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-30");
  g_assert_nonnull (strstr (f->out, "\nEnergy out: 65 kcal in 1 workout\n"));
  g_assert_nonnull (strstr (f->out, "\nWeek from 2026-03-30: 15 of 150 active minutes\n"));
  g_assert_nonnull (strstr (f->out, "\nDoses: 1 of 2 taken, 1 still due\n"));

  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29", "--json");
  root = parse_object (f->out);
  day = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (day, "workouts"), ==, 2);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (day, "energy_out_kcal"), 325, 1e-9);
  minutes = json_object_get_object_member (day, "active_minutes");
  g_assert_cmpint (json_object_get_int_member (minutes, "moderate"), ==, 30);
  g_assert_cmpint (json_object_get_int_member (minutes, "vigorous"), ==, 20);
  g_assert_cmpint (json_object_get_int_member (minutes, "equivalent"), ==, 70);
  week = json_object_get_object_member (day, "week");
  g_assert_cmpstr (json_object_get_string_member (week, "first_day"), ==, "2026-03-23");
  g_assert_cmpint (json_object_get_int_member (week, "active_minutes"), ==, 130);
  g_assert_cmpint (json_object_get_int_member (week, "target_minutes"), ==, 150);
  g_assert_false (json_object_get_boolean_member (week, "met"));
  doses = json_object_get_object_member (day, "doses");
  g_assert_cmpint (json_object_get_int_member (doses, "scheduled"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (doses, "taken"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (doses, "skipped"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (doses, "missed"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (doses, "pending"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (doses, "as_needed"), ==, 1);

  /* Bob has no weight: his workout is counted in minutes, not in energy. */
  run_ok (f, "log", "workout", "--profile", "Bob", "--activity", "yoga", "--minutes", "40",
          "--at", "2026-03-29 09:00");
  run_ok (f, "log", "workout", "--profile", "Bob", "--activity", "walking-brisk", "--minutes", "40",
          "--at", "2026-03-29 10:00");
  run_ok (f, "summary", "--profile", "Bob", "--day", "2026-03-29");
  g_assert_nonnull (strstr (f->out, "\nEnergy out: 0 kcal in 2 workouts (2 without a weight before them, "
                                    "not counted)\nActive minutes: 40 (40 moderate, 0 vigorous)\n"));
  g_assert_null (strstr (f->out, "Doses"));

  /* In kilojoules (1 kcal = 4.184 kJ), by option or environment, the
   * option first; JSON stays in kcal. 325 kcal = 1359.8 kJ; the target,
   * 1245.25 × 1.53 = 1905.2 kcal = 7971 kJ. */
  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29", "--energy-unit", "kJ");
  g_assert_nonnull (strstr (f->out, "\nEnergy: 0 kJ of a 7971 kJ target\n"));
  g_assert_nonnull (strstr (f->out, "\nEnergy out: 1360 kJ in 2 workouts\n"));
  f->envp = g_environ_setenv (f->envp, "HEARTH_ENERGY_UNIT", "kj", TRUE);
  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29");
  g_assert_nonnull (strstr (f->out, "\nEnergy out: 1360 kJ in 2 workouts\n"));
  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29", "--energy-unit", "kcal");
  g_assert_nonnull (strstr (f->out, "\nEnergy: 0 kcal of a 1905 kcal target\n"));
  g_assert_nonnull (strstr (f->out, "\nEnergy out: 325 kcal in 2 workouts\n"));
  run_ok (f, "summary", "--profile", "Ann", "--day", "2026-03-29", "--json");
  g_clear_pointer (&root, json_node_unref);
  root = parse_object (f->out);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_node_get_object (root), "energy_out_kcal"),
                                  325, 1e-9);
  run_fails (f, 2, "--energy-unit expects kcal or kJ, not “cal”", "summary", "--profile", "Ann",
             "--energy-unit", "cal");
  f->envp = g_environ_setenv (f->envp, "HEARTH_ENERGY_UNIT", "joules", TRUE);
  run_fails (f, 2, "HEARTH_ENERGY_UNIT expects kcal or kJ", "summary", "--profile", "Ann");
}

/* food recipe add|list: a recipe from the family's foods, per portion and
 * per 100 g cooked; logged in a meal like a food; bad input refused with
 * nothing stored. */
static void
test_food_recipe (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *recipe;
  JsonArray *items;

  add_foods (f);
  /* 300 g rice (390 kcal) + 2 eggs (144) = 534 kcal, 3 portions, 600 g cooked. */
  run_ok (f, "food", "recipe", "add", "Egg rice", "--item", "Rice:300g", "--item", "Egg:2servings",
          "--portions", "3", "--cooked-weight", "600");
  g_assert_nonnull (strstr (f->out, "Added the recipe “Egg rice”"));
  g_assert_nonnull (strstr (f->out, "178 kcal a portion"));
  g_assert_nonnull (strstr (f->out, "89 kcal per 100 g"));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM recipes"), ==, 1);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM recipe_items"), ==, 2);

  /* Not weighed: per portion only. */
  run_ok (f, "food", "recipe", "add", "Milk rice", "--item", "Rice:100g", "--item", "Milk:200ml",
          "--portions", "2");
  g_assert_nonnull (strstr (f->out, "129 kcal a portion"));
  g_assert_null (strstr (f->out, "per 100 g"));

  run_ok (f, "food", "recipe", "list");
  g_assert_cmpstr (f->out, ==, "Egg rice\t3 portions\t178 kcal/portion\t89 kcal/100g\tRice 300 g, Egg 2 × serving\n"
                               "Milk rice\t2 portions\t129 kcal/portion\t\tRice 100 g, Milk 200 ml\n");
  run_ok (f, "food", "recipe", "list", "--json");
  root = parse_json (f->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);
  recipe = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_cmpstr (json_object_get_string_member (recipe, "name"), ==, "Egg rice");
  g_assert_cmpfloat (json_object_get_double_member (recipe, "portions"), ==, 3);
  g_assert_cmpfloat (json_object_get_double_member (recipe, "cooked_weight_g"), ==, 600);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (recipe, "per_portion"),
                                                    "energy_kcal"), ==, 178);
  items = json_object_get_array_member (recipe, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1), "unit"), ==, "serving");
  recipe = json_array_get_object_element (json_node_get_array (root), 1);
  g_assert_true (json_object_get_null_member (recipe, "cooked_weight_g"));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (recipe, "per_100g"), "energy_kcal"));

  /* A recipe is a food: in the list, in a meal by the portion or the gram. */
  run_ok (f, "food", "search", "egg r");
  g_assert_true (g_str_has_prefix (f->out, "Egg rice\t178 kcal/serving\n"));
  run_ok (f, "log", "meal", "--profile", "Ann", "--type", "lunch", "--item", "Egg rice:1serving",
          "--item", "Egg rice:100g");
  g_assert_nonnull (strstr (f->out, ": 267 kcal."));

  /* Bad input: nothing stored. */
  run_fails (f, 1, "portions", "food", "recipe", "add", "Stew", "--item", "Rice:300g", "--portions", "0");
  run_fails (f, 1, "5 kg", "food", "recipe", "add", "Stew", "--item", "Rice:20000g", "--portions", "4");
  run_fails (f, 1, "Did you mean: Rice", "food", "recipe", "add", "Stew", "--item", "Rize:300g",
             "--portions", "4");
  run_fails (f, 1, "cooked weight", "food", "recipe", "add", "Stew", "--item", "Rice:300g",
             "--portions", "4", "--cooked-weight", "0");
  run_fails (f, 2, "--portions", "food", "recipe", "add", "Stew", "--item", "Rice:300g");
  run_fails (f, 2, "--item", "food", "recipe", "add", "Stew", "--portions", "2");
  run_fails (f, 2, "NAME", "food", "recipe", "add", "--item", "Rice:300g", "--portions", "2");
  run_fails (f, 2, "FOOD:AMOUNT", "food", "recipe", "add", "Stew", "--item", "Rice", "--portions", "2");
  run_fails (f, 1, "already", "food", "recipe", "add", "egg RICE", "--item", "Rice:300g", "--portions", "2");
  run_fails (f, 2, "add or list", "food", "recipe", "bake");
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM recipes"), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 6);

  run_ok (f, "food", "recipe", "--help");
  g_assert_nonnull (strstr (f->out, "food recipe add NAME"));
  g_assert_nonnull (strstr (f->out, "food recipe list"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Not a skip: tests/meson.build sets it; without it nothing is tested. */
  if (g_getenv ("HEARTH_CLI") == NULL)
    {
      g_printerr ("HEARTH_CLI is not set: run the tests through meson test\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add ("/hearth/cli/diet/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("food-add-list-search", test_food_add_list_search);
  ADD ("food-reference", test_food_reference);
  ADD ("food-errors", test_food_errors);
  ADD ("log-meal", test_log_meal);
  ADD ("log-meal-errors", test_log_meal_errors);
  ADD ("summary", test_summary);
  ADD ("summary-day", test_summary_day);
  ADD ("food-recipe", test_food_recipe);

  return g_test_run ();
}
