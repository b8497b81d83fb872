/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fdc"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-core.h"
#include "hearth-store-diet.h"
#include "hearth-store-fdc-private.h"
#include "store-fixture.h"

/* The reference foods (USDA SR Legacy, data/foods-fdc.tsv): loaded into
 * every writable journal once per data version, read-only but for
 * "favourite", found by search after the family's own foods. */

#define APPLE_FDC_ID 171688
#define APPLE_NAME   "Apples, raw, with skin"
/* uuid.uuid5(UUID("020d92b5-9a67-43e0-9d2d-76fc21c04d43"), "171688") */
#define APPLE_UUID   "85805d7e-0ca3-5051-9080-d18f8da56662"

/* The data lines of the shipped file, and its "# version:" number. */
static guint
count_data_lines (int *version)
{
  g_autofree char *path = g_build_filename (g_getenv ("HEARTH_SOURCE_ROOT"), "data", "foods-fdc.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  *version = -1;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "# version: "))
        *version = atoi (lines[i] + strlen ("# version: "));
      else if (lines[i][0] != '#' && lines[i][0] != '\0')
        n++;
    }
  return n;
}

static HearthMealItem *
first_item (HearthMeal *meal)
{
  g_assert_cmpuint (hearth_meal_get_items (meal)->len, >, 0);
  return g_ptr_array_index (hearth_meal_get_items (meal), 0);
}

static HearthFood *
get_apple (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  HearthFood *apple = hearth_store_get_food (f->store, APPLE_UUID, &error);

  g_assert_no_error (error);
  g_assert_nonnull (apple);
  return apple;
}

static void
test_fdc_data_version (Fixture       *f,
                       gconstpointer  data)
{
  int version = 0;
  guint lines = count_data_lines (&version);

  /* The store's idea of the shipped version is the file's. */
  g_assert_cmpint (version, ==, HEARTH_FDC_DATA_VERSION);
  g_assert_cmpuint (lines, >, 7000);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'fdc' AND deleted_at IS NULL"), ==, lines);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT fdc_id) FROM foods WHERE source = 'fdc'"), ==, lines);
  g_assert_cmpint (query_int (f, "SELECT version FROM reference_data WHERE name = 'fdc-sr-legacy'"), ==, version);
  /* Listed apart from the family's own foods. */
  {
    g_autoptr(GListModel) own = hearth_store_list_foods (f->store, NULL);
    g_autoptr(GListModel) reference = hearth_store_list_reference_foods (f->store, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (own), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (reference), ==, lines);
  }
  /* Every reference food is in the search index, the family's foods too. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'raw*'"), ==,
                   query_int (f, "SELECT count(*) FROM foods WHERE source = 'fdc' AND "
                                 "(' ' || lower(replace(name, ',', ' ')) || ' ') LIKE '% raw %'"));
}

/* Apples, raw, with skin: SR28 09003 = FDC 171688, per 100 g. */
static void
test_fdc_known_food (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthFood) apple = get_apple (f);
  g_autoptr(HearthFood) muffin = NULL;
  g_autoptr(HearthFood) moose = NULL;
  g_autoptr(GError) error = NULL;
  const HearthNutrients *v = hearth_food_get_nutrients (apple);
  g_autofree char *uuid = _hearth_fdc_food_uuid (APPLE_FDC_ID);

  g_assert_cmpstr (uuid, ==, APPLE_UUID);
  g_assert_cmpstr (hearth_food_get_name (apple), ==, APPLE_NAME);
  g_assert_true (hearth_food_is_reference (apple));
  g_assert_cmpint (hearth_food_get_fdc_id (apple), ==, APPLE_FDC_ID);
  g_assert_nonnull (hearth_food_get_source_label (apple));
  g_assert_cmpint (hearth_food_get_per_unit (apple), ==, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_cmpfloat (v->energy_kcal, ==, 52);
  g_assert_cmpfloat (v->protein_g, ==, 0.26);
  g_assert_cmpfloat (v->carbohydrate_g, ==, 13.81);
  g_assert_cmpfloat (v->sugars_g, ==, 10.39);
  g_assert_cmpfloat (v->fat_g, ==, 0.17);
  g_assert_cmpfloat (v->saturated_fat_g, ==, 0.028);
  g_assert_cmpfloat (v->fibre_g, ==, 2.4);
  g_assert_cmpfloat (v->sodium_mg, ==, 1);
  g_assert_cmpfloat (hearth_food_get_serving_size (apple), ==, 125);
  g_assert_cmpstr (hearth_food_get_serving_name (apple), ==, "1 cup, quartered or chopped");

  /* Not stated is unknown, never 0; a stated 0 stays 0. */
  muffin = hearth_store_find_food (f->store, "GEORGE WESTON BAKERIES, Thomas English Muffins", &error);
  g_assert_no_error (error);
  g_assert_true (isnan (hearth_food_get_nutrients (muffin)->sugars_g));
  g_assert_true (isnan (hearth_food_get_nutrients (muffin)->fibre_g));
  g_assert_cmpfloat (hearth_food_get_nutrients (muffin)->fat_g, ==, 1.8);
  moose = hearth_store_find_food (f->store, "moose, meat, raw (alaska native)", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_food_get_nutrients (moose)->carbohydrate_g, ==, 0);
  g_assert_cmpfloat (hearth_food_get_nutrients (moose)->sugars_g, ==, 0);

  /* A family's food is not a reference food. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'user'"), ==, 0);
}

/* Opening an up-to-date journal again writes nothing. */
static void
test_fdc_idempotent (Fixture       *f,
                     gconstpointer  data)
{
  gint64 n = query_int (f, "SELECT count(*) FROM foods");
  gint64 loaded_at = query_int (f, "SELECT loaded_at FROM reference_data");
  gint64 changed = query_int (f, "SELECT max(updated_at) FROM foods");
  gint64 apples = query_int (f, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'apples'");
  g_autoptr(GDateTime) later = utc (2025, 1, 1, 8, 0);

  g_clear_object (&f->clock);
  f->clock = hearth_clock_new_fixed (later);
  for (guint i = 0; i < 2; i++)
    {
      fixture_reopen (f);
      g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods"), ==, n);
      g_assert_cmpint (query_int (f, "SELECT loaded_at FROM reference_data"), ==, loaded_at);
      g_assert_cmpint (query_int (f, "SELECT max(updated_at) FROM foods"), ==, changed);
      g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'apples'"), ==, apples);
    }
}

/* A journal holding older reference data gets the shipped values back:
 * changed rows restored (favourite kept), foods the data no longer has
 * retired (soft delete: meals keep what they logged). */
static void
test_fdc_reload_older (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) at = utc (2024, 6, 15, 12, 0);
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_LUNCH, at);
  g_autoptr(HearthFood) apple = NULL;
  g_autoptr(HearthMeal) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n = query_int (f, "SELECT count(*) FROM foods WHERE source = 'fdc' AND deleted_at IS NULL");

  ASSERT_OK (hearth_store_set_food_favourite (f->store, APPLE_UUID, TRUE, &error));
  /* An older version: another apple value, a food since withdrawn (used
   * by a meal), and a food the old data did not have. */
  exec_sql (f, "UPDATE foods SET energy_kcal = 50, serving_name = NULL WHERE fdc_id = 171688;"
               "INSERT INTO foods (uuid, name, per_unit, energy_kcal, created_at, updated_at, source, fdc_id) "
               "VALUES ('0ld0000-fdc', 'Withdrawn food, raw', 'g', 100, 1, 1, 'fdc', 1);"
               "INSERT INTO foods_fts (rowid, name) SELECT id, name FROM foods WHERE fdc_id = 1;"
               "UPDATE foods SET deleted_at = 1 WHERE fdc_id = 167512;"
               "UPDATE reference_data SET version = 0");
  {
    HearthMealItem *item = hearth_meal_item_new ();

    item->food_uuid = g_strdup ("0ld0000-fdc");
    item->amount = 200;
    item->unit = HEARTH_AMOUNT_UNIT_GRAM;
    hearth_meal_add_item (meal, item);
  }
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));

  fixture_reopen (f);
  g_assert_cmpint (query_int (f, "SELECT version FROM reference_data"), ==, HEARTH_FDC_DATA_VERSION);
  apple = get_apple (f);
  g_assert_cmpfloat (hearth_food_get_nutrients (apple)->energy_kcal, ==, 52);
  g_assert_cmpstr (hearth_food_get_serving_name (apple), ==, "1 cup, quartered or chopped");
  g_assert_true (hearth_food_get_favourite (apple));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE fdc_id = 1 AND deleted_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE fdc_id = 167512 AND deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'fdc' AND deleted_at IS NULL"), ==, n);
  again = hearth_store_get_meal (f->store, hearth_meal_get_uuid (meal), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (first_item (again)->nutrients.energy_kcal, ==, 200);
  {
    g_autoptr(GListModel) foods = hearth_store_search_foods (f->store, "withdrawn", 10, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (foods), ==, 0);
  }
}

/* A read-only journal keeps what it has: nothing is loaded, nothing fails. */
static void
test_fdc_read_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFood) apple = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  exec_sql (f, "UPDATE foods SET energy_kcal = 50 WHERE fdc_id = 171688;"
               "UPDATE reference_data SET version = 0");
  g_clear_object (&f->store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  store = hearth_store_open_full (f->path, f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (store));
  apple = hearth_store_get_food (store, APPLE_UUID, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_food_get_nutrients (apple)->energy_kcal, ==, 50);
  g_clear_object (&store);
  g_assert_cmpint (query_int (f, "SELECT version FROM reference_data"), ==, 0);

  /* Also one that has no reference foods at all. */
  exec_sql (f, "DELETE FROM foods WHERE source = 'fdc'; DELETE FROM reference_data");
  store = hearth_store_open_full (f->path, f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods"), ==, 0);

  /* Writable again: loaded. */
  fixture_open_store (f);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE fdc_id = 171688 AND energy_kcal = 52"), ==, 1);
}

/* Reference foods cannot be changed, removed or purged; "favourite" can. */
static void
test_fdc_read_only_foods (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HearthFood) apple = get_apple (f);
  g_autoptr(HearthFood) own = NULL;
  g_autoptr(HearthFood) found = NULL;
  g_autoptr(HearthFood) fresh = NULL;
  g_autoptr(GError) error = NULL;

  hearth_food_set_nutrient (apple, HEARTH_NUTRIENT_ENERGY, 60);
  g_assert_false (hearth_store_update_food (f->store, apple, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_assert_nonnull (strstr (error->message, APPLE_NAME));
  g_assert_nonnull (strstr (error->message, "USDA"));
  g_clear_error (&error);
  hearth_food_set_nutrient (apple, HEARTH_NUTRIENT_ENERGY, 52);
  hearth_food_set_name (apple, "My apples");
  g_assert_false (hearth_store_update_food (f->store, apple, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_food (f->store, APPLE_UUID, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  g_assert_false (hearth_store_undelete_food (f->store, APPLE_UUID, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  g_assert_false (hearth_store_purge_food (f->store, APPLE_UUID, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE uuid = '" APPLE_UUID "' "
                                 "AND name = '" APPLE_NAME "' AND energy_kcal = 52 AND deleted_at IS NULL "
                                 "AND favourite = 0"), ==, 1);

  /* Favourite: through update (nothing else changed) or on its own. */
  g_clear_object (&apple);
  apple = get_apple (f);
  hearth_food_set_favourite (apple, TRUE);
  g_assert_true (hearth_store_update_food (f->store, apple, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT favourite FROM foods WHERE fdc_id = 171688"), ==, 1);
  g_assert_true (hearth_store_set_food_favourite (f->store, APPLE_UUID, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT favourite FROM foods WHERE fdc_id = 171688"), ==, 0);

  /* The family may have a food of the same name: theirs comes first. */
  own = hearth_food_new (APPLE_NAME, HEARTH_AMOUNT_UNIT_GRAM);
  hearth_food_set_nutrient (own, HEARTH_NUTRIENT_ENERGY, 49);
  g_assert_true (hearth_store_add_food (f->store, own, &error));
  g_assert_no_error (error);
  found = hearth_store_find_food (f->store, "apples, RAW, with skin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_food_get_uuid (found), ==, hearth_food_get_uuid (own));
  g_clear_object (&found);
  found = hearth_store_find_food (f->store, APPLE_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_food_get_uuid (found), ==, hearth_food_get_uuid (own));
  /* Their own foods stay unique by name. */
  fresh = hearth_food_new ("APPLES, RAW, WITH SKIN", HEARTH_AMOUNT_UNIT_GRAM);
  hearth_food_set_nutrient (fresh, HEARTH_NUTRIENT_ENERGY, 49);
  g_assert_false (hearth_store_add_food (f->store, fresh, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  /* And theirs can be removed for good. */
  g_assert_true (hearth_store_purge_food (f->store, hearth_food_get_uuid (own), &error));
  g_assert_no_error (error);
}

static char *
search_names (Fixture    *f,
              const char *query,
              guint       limit)
{
  g_autoptr(GListModel) foods = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  foods = hearth_store_search_foods (f->store, query, limit, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (foods); i++)
    {
      g_autoptr(HearthFood) food = g_list_model_get_item (foods, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", hearth_food_get_name (food));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Search over the whole table: each word a prefix, case and accents
 * ignored; the family's foods first, a favourite before them all. */
static void
test_fdc_search (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *apple_raw = search_names (f, "apple raw", 20);
  g_autofree char *shouting = search_names (f, "ÁPPLE RÁW", 20);
  g_autofree char *jalapeno = search_names (f, "jalapeño raw", 5);
  g_autofree char *own_first = NULL;
  g_autofree char *favourite_first = NULL;
  g_autofree char *all = NULL;
  g_autoptr(HearthFood) pie = hearth_food_new ("Zesty apple, raw (Grandma’s)", HEARTH_AMOUNT_UNIT_GRAM);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) close = NULL;

  g_assert_nonnull (strstr (apple_raw, "|" APPLE_NAME "|"));
  g_assert_nonnull (strstr (apple_raw, "Apples, raw, without skin"));
  g_assert_cmpstr (shouting, ==, apple_raw);
  g_assert_cmpstr (jalapeno, ==, "Peppers, jalapeno, raw");
  /* Reference names that start with the first word come first. */
  {
    g_autofree char *rice = search_names (f, "rice", 5);
    g_auto(GStrv) names = g_strsplit (rice, "|", -1);

    g_assert_cmpuint (g_strv_length (names), ==, 5);
    for (guint i = 0; names[i] != NULL; i++)
      g_assert_true (g_ascii_strncasecmp (names[i], "rice", 4) == 0);
  }

  hearth_food_set_nutrient (pie, HEARTH_NUTRIENT_ENERGY, 250);
  ASSERT_OK (hearth_store_add_food (f->store, pie, &error));
  own_first = search_names (f, "apple raw", 3);
  g_assert_true (g_str_has_prefix (own_first, "Zesty apple, raw (Grandma’s)|"));
  ASSERT_OK (hearth_store_set_food_favourite (f->store, APPLE_UUID, TRUE, &error));
  favourite_first = search_names (f, "apple raw", 3);
  g_assert_true (g_str_has_prefix (favourite_first, APPLE_NAME "|Zesty apple, raw (Grandma’s)|"));

  /* Every match of the whole table. */
  all = search_names (f, "raw", 10000);
  close = g_strsplit (all, "|", -1);
  g_assert_cmpuint (g_strv_length (close), ==,
                    query_int (f, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'raw*'"));
  g_assert_cmpuint (g_strv_length (close), >, 1000);
  g_clear_pointer (&close, g_strfreev);
  /* As typed, one keystroke at a time: the apples are there from "apple r". */
  for (gsize n = 1; n <= strlen ("apple raw"); n++)
    {
      g_autofree char *typed = g_strndup ("apple raw", n);
      g_autofree char *names = search_names (f, typed, 20);

      g_assert_cmpuint (strlen (names), >, 0);
      if (n >= strlen ("apple r"))
        g_assert_nonnull (strstr (names, APPLE_NAME));
    }

  /* Suggestions reach the reference foods. */
  close = hearth_store_suggest_foods (f->store, "apples raw with skin", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (close), >=, 1);
  g_assert_cmpstr (close[0], ==, APPLE_NAME);
}

/* A meal of a reference food keeps its nutrition as logged. */
static void
test_fdc_meal (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GDateTime) at = utc (2024, 6, 15, 8, 0);
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_SNACK, at);
  g_autoptr(HearthMeal) again = NULL;
  g_autoptr(GError) error = NULL;
  HearthMealItem *item = hearth_meal_item_new ();

  item->food_uuid = g_strdup (APPLE_UUID);
  item->amount = 150;
  item->unit = HEARTH_AMOUNT_UNIT_GRAM;
  hearth_meal_add_item (meal, item);
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
  exec_sql (f, "UPDATE foods SET energy_kcal = 10 WHERE fdc_id = 171688; UPDATE reference_data SET version = 0");
  fixture_reopen (f);
  again = hearth_store_get_meal (f->store, hearth_meal_get_uuid (meal), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first_item (again)->name, ==, APPLE_NAME);
  g_assert_cmpfloat_with_epsilon (first_item (again)->nutrients.energy_kcal, 78, 1e-9);
  g_assert_cmpfloat_with_epsilon (first_item (again)->nutrients.protein_g, 0.39, 1e-9);
  /* A food used by a meal: still not purged, with the meal count rule
   * unchanged for the family's foods. */
  g_assert_false (hearth_store_purge_food (f->store, APPLE_UUID, &error));
  g_assert_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD);
}

/* Nothing typed yet (a meal's food search as it opens): the family's
 * foods, favourites and foods logged before, never the 7 000 reference
 * foods nobody has used in alphabetical order ("Abiyuch, raw"). */
static void
test_fdc_empty_search (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthFood) rice = hearth_food_new ("Rice", HEARTH_AMOUNT_UNIT_GRAM);
  g_autoptr(GDateTime) at = utc (2024, 6, 15, 8, 0);
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (ann), HEARTH_MEAL_TYPE_SNACK, at);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  HearthMealItem *item = hearth_meal_item_new ();
  g_autoptr(HearthFood) oats = NULL;
  guint n;

  hearth_food_set_nutrient (rice, HEARTH_NUTRIENT_ENERGY, 130);
  ASSERT_OK (hearth_store_add_food (f->store, rice, &error));
  found = hearth_store_search_foods (f->store, "", 20, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);

  /* A reference food logged once, and one marked as a favourite, join it. */
  item->food_uuid = g_strdup (APPLE_UUID);
  item->amount = 150;
  item->unit = HEARTH_AMOUNT_UNIT_GRAM;
  hearth_meal_add_item (meal, item);
  ASSERT_OK (hearth_store_add_meal (f->store, meal, &error));
  found = hearth_store_search_foods (f->store, "oats", 1, &error);
  g_assert_no_error (error);
  oats = g_list_model_get_item (found, 0);
  g_assert_true (hearth_food_is_reference (oats));
  ASSERT_OK (hearth_store_set_food_favourite (f->store, hearth_food_get_uuid (oats), TRUE, &error));
  g_clear_object (&found);

  found = hearth_store_search_foods (f->store, "", 20, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (found);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthFood) food = g_list_model_get_item (found, i);
      static const char * const order[] = { NULL, APPLE_NAME, "Rice" };

      if (i == 0)
        g_assert_cmpstr (hearth_food_get_uuid (food), ==, hearth_food_get_uuid (oats));
      else
        g_assert_cmpstr (hearth_food_get_name (food), ==, order[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/fdc/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("data-version", test_fdc_data_version);
  ADD ("known-food", test_fdc_known_food);
  ADD ("idempotent", test_fdc_idempotent);
  ADD ("reload-older", test_fdc_reload_older);
  ADD ("read-only", test_fdc_read_only);
  ADD ("read-only-foods", test_fdc_read_only_foods);
  ADD ("search", test_fdc_search);
  ADD ("meal", test_fdc_meal);
  ADD ("empty-search", test_fdc_empty_search);

#undef ADD

  return g_test_run ();
}
