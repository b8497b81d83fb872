/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-migrations"

#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"

/* Every schema version this build can upgrade from has a test here:
 * version 0 is "no database yet" (missing or empty file). */

typedef struct
{
  char        *dir;
  char        *path;
  HearthClock *clock;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_assert_no_errno (g_unlink (child));
        }
    }

  g_assert_no_errno (g_rmdir (path));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hearth-migrations-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "hearth.db", NULL);
  f->clock = hearth_clock_new_fixed (now);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->clock);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
}

/* Runs SQL on the file with a plain SQLite connection (no store). */
static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* TRUE when @sql ran; FALSE when SQLite refused it (a constraint). */
static gboolean
try_exec_sql (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return rc == SQLITE_OK;
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append (text, (const char *) sqlite3_column_text (stmt, 0));
      g_string_append_c (text, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (text, FALSE);
}

/* Schema 4: workouts, medications, doses (0004-exercise-medications.sql). */
static void
assert_schema_4 (const char *path)
{
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                    "AND name IN ('workouts', 'medications', 'doses')"), ==, 3);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                    "AND name IN ('workouts_profile_day', 'workouts_profile_time', "
                                    "'medications_profile', 'doses_medication_day', "
                                    "'doses_medication_time')"), ==, 5);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('workouts') WHERE name IN "
                                    "('uuid', 'profile_id', 'activity', 'started_at', 'utc_offset', "
                                    "'local_day', 'duration_s', 'distance_m', 'steps', 'effort', 'note', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 14);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('medications') WHERE name IN "
                                    "('uuid', 'profile_id', 'name', 'strength', 'form', 'schedule', "
                                    "'times', 'days_mask', 'interval_days', 'start_day', 'end_day', "
                                    "'instructions', 'created_at', 'updated_at', 'deleted_at')"), ==, 15);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('doses') WHERE name IN "
                                    "('uuid', 'medication_id', 'status', 'scheduled_day', "
                                    "'scheduled_minute', 'taken_at', 'utc_offset', 'reason', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 11);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_foreign_key_list('workouts') "
                                    "WHERE \"table\" = 'profiles' AND \"from\" = 'profile_id'"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_foreign_key_list('doses') "
                                    "WHERE \"table\" = 'medications' AND \"from\" = 'medication_id'"), ==, 1);
}

/* Schema 7: reference foods (0007-fdc-foods.sql), loaded on opening. */
static void
assert_schema_7 (const char *path)
{
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('foods') WHERE name IN "
                                    "('source', 'fdc_id')"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                    "AND name IN ('foods_fdc_id', 'meal_items_food_used')"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                    "AND name = 'reference_data'"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods WHERE fdc_id = 171688 "
                                    "AND name = 'Apples, raw, with skin' AND energy_kcal = 52 "
                                    "AND source = 'fdc' AND deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods WHERE source = 'fdc'"), >, 7000);
}

/* Schema 6: recipes and their ingredients (0006-recipes.sql). */
static void
assert_schema_6 (const char *path)
{
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                    "AND name IN ('recipes', 'recipe_items')"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                    "AND name IN ('recipe_items_recipe', 'recipe_items_food')"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('recipes') WHERE name IN "
                                    "('uuid', 'food_id', 'portions', 'cooked_weight_g', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 7);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('recipe_items') WHERE name IN "
                                    "('uuid', 'recipe_id', 'food_id', 'position', 'amount', 'unit', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 9);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_foreign_key_list('recipes') "
                                    "WHERE \"table\" = 'foods' AND \"from\" = 'food_id'"), ==, 1);
}

static void
assert_current_schema (const char *path)
{
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema "
                                    "WHERE type = 'table' AND name IN ('profiles', 'readings')"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                    "AND name IN ('readings_profile_kind_time', "
                                    "'readings_profile_kind_day', 'profiles_live_name', "
                                    "'readings_profile_time')"), ==, 4);
  /* Schema 3: the diet log (foods, meals, their items, food search). */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                    "AND name IN ('foods', 'meals', 'meal_items', 'foods_fts')"), ==, 4);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                    "AND name IN ('meals_profile_day', 'meal_items_meal', "
                                    "'meal_items_food')"), ==, 3);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('meal_items') WHERE name IN "
                                    "('uuid', 'meal_id', 'food_id', 'name', 'amount', 'unit', 'energy_kcal', "
                                    "'protein_g', 'carbohydrate_g', 'sugars_g', 'fat_g', 'saturated_fat_g', "
                                    "'fibre_g', 'sodium_mg', 'created_at', 'updated_at', 'deleted_at')"), ==, 17);
  /* Columns the code relies on. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('readings') WHERE name IN "
                                    "('uuid', 'profile_id', 'kind', 'taken_at', 'utc_offset', 'local_day', "
                                    "'value_a', 'value_b', 'value_c', 'label_a', 'label_b', 'note', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 15);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('profiles') WHERE name IN "
                                    "('uuid', 'name', 'birth_year', 'birth_month', 'birth_day', 'sex', "
                                    "'height_cm', 'color', 'allergies', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 12);
  /* Schema 11: the conditions moved into health_conditions; the record's tables. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('profiles') "
                                    "WHERE name = 'conditions'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('health_conditions') WHERE name IN "
                                    "('uuid', 'profile_id', 'condition', 'since_day', 'note', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 8);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('family_history') WHERE name IN "
                                    "('uuid', 'profile_id', 'condition', 'relative', 'note', "
                                    "'created_at', 'updated_at', 'deleted_at')"), ==, 8);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('health_records') WHERE name IN "
                                    "('uuid', 'profile_id', 'blood_type', 'contact_name', 'contact_phone', "
                                    "'contact_relation', 'notes', 'created_at', 'updated_at', 'deleted_at')"), ==, 10);
  /* Schema 5: the medication text moved into medications. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('profiles') "
                                    "WHERE name = 'medications'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_foreign_key_list('readings') "
                                    "WHERE \"table\" = 'profiles' AND \"from\" = 'profile_id'"), ==, 1);
  assert_schema_4 (path);
  assert_schema_6 (path);
  assert_schema_7 (path);
}

static void
test_migrations_new_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (f->dir, "a", "b", "hearth.db", NULL);
  g_autofree char *parent = g_path_get_dirname (nested);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  store = hearth_store_open (nested, f->clock, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);

  g_assert_no_errno (g_stat (parent, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  assert_current_schema (nested);
  g_assert_cmpint (query_int (nested, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);
}

static void
test_migrations_from_empty_file (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, &error));
  g_assert_no_error (error);

  store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&store);

  assert_current_schema (f->path);
}

static void
test_migrations_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ada");
  g_autoptr(GError) error = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;

  store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_add_profile (store, profile, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  schema_before = query_text (f->path, "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name");

  for (guint i = 0; i < 3; i++)
    {
      store = hearth_store_open (f->path, f->clock, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
      g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (store)), ==, 1);
      g_clear_object (&store);
    }

  schema_after = query_text (f->path, "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name");
  g_assert_cmpstr (schema_before, ==, schema_after);
  assert_current_schema (f->path);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM profiles"), ==, 1);
}

/* Opens @f->path expecting @code, and checks the file's bytes did not
 * change and no journal was left next to it. */
static void
assert_refused_untouched (Fixture *f,
                          int      code)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  gsize before_len, after_len;

  g_assert_true (g_file_get_contents (f->path, &before, &before_len, NULL));

  store = hearth_store_open (f->path, f->clock, &error);
  g_assert_null (store);
  g_assert_error (error, HEARTH_STORE_ERROR, code);
  /* The message names the file for a person. */
  g_assert_nonnull (strstr (error->message, f->path));

  g_assert_true (g_file_get_contents (f->path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_migrations_newer_schema (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE future (x); INSERT INTO future VALUES (42);"
                                          "PRAGMA user_version = %d;",
                                          HEARTH_STORE_SCHEMA_VERSION + 1);

  exec_sql (f->path, sql);
  assert_refused_untouched (f, HEARTH_STORE_ERROR_NEWER_SCHEMA);

  /* Also when the newer file is in WAL mode (as Hearth leaves it). */
  exec_sql (f->path, "PRAGMA journal_mode = WAL");
  assert_refused_untouched (f, HEARTH_STORE_ERROR_NEWER_SCHEMA);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION + 1);
}

static void
test_migrations_corrupt (Fixture       *f,
                         gconstpointer  data)
{
  guint8 junk[8192];
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < sizeof junk; i++)
    junk[i] = g_test_rand_int_range (0, 256);
  junk[0] = 'X';  /* never the SQLite magic by chance */

  g_assert_true (g_file_set_contents (f->path, (const char *) junk, sizeof junk, &error));
  g_assert_no_error (error);
  assert_refused_untouched (f, HEARTH_STORE_ERROR_CORRUPT);

  g_assert_true (g_file_set_contents (f->path, "hello, this is a text file\n", -1, &error));
  g_assert_no_error (error);
  assert_refused_untouched (f, HEARTH_STORE_ERROR_CORRUPT);
}

static void
test_migrations_damaged (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ada");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_add_profile (store, profile, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* A real Hearth file whose page size field is garbage. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  contents[16] = 0x12;
  contents[17] = 0x34;
  g_assert_true (g_file_set_contents (f->path, contents, length, &error));
  g_assert_no_error (error);

  assert_refused_untouched (f, HEARTH_STORE_ERROR_CORRUPT);
}

static void
test_migrations_foreign_database (Fixture       *f,
                                  gconstpointer  data)
{
  /* Some other program's SQLite file, version 0: not ours to change. */
  exec_sql (f->path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me');");
  assert_refused_untouched (f, HEARTH_STORE_ERROR_CORRUPT);
  g_assert_cmpint (query_int (f->path, "SELECT count(*) FROM notes"), ==, 1);
}

static void
test_migrations_read_only_needs_upgrade (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* An empty version-0 database that cannot be written is refused, not
   * half-migrated. */
  exec_sql (f->path, "PRAGMA user_version = 0");
  store = hearth_store_open_full (f->path, f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
}

static void
test_migrations_unwritable_folder (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->dir, "file", NULL);
  g_autofree char *inside = g_build_filename (blocker, "hearth.db", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The parent "folder" is a regular file: cannot be created. */
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  store = hearth_store_open (inside, f->clock, &error);
  g_assert_null (store);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, blocker));
}

/* The upgraded file's food search keeps itself in step with foods: prefix,
 * case- and accent-insensitive; a renamed food is found by its new name
 * only, a removed one not at all (the family's foods: OWN). */
#define OWN " AND rowid NOT IN (SELECT id FROM foods WHERE source = 'fdc')"
static void
assert_food_search (const char *path)
{
  exec_sql (path, "INSERT INTO foods (uuid, name, per_unit, energy_kcal, created_at, updated_at) VALUES "
                  "('f00d0000-0000-4000-8000-000000000001', 'Crème fraîche', 'g', 292, 1, 1),"
                  "('f00d0000-0000-4000-8000-000000000002', 'Brown rice', 'g', 123, 1, 1)");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'CREME*'" OWN), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'fraich*'" OWN), ==, 1);
  exec_sql (path, "UPDATE foods SET name = 'Wild rice' WHERE uuid = 'f00d0000-0000-4000-8000-000000000002'");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'brown*'" OWN), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'wild*'" OWN), ==, 1);
  exec_sql (path, "DELETE FROM foods WHERE uuid = 'f00d0000-0000-4000-8000-000000000002'");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods_fts WHERE foods_fts MATCH 'rice*'" OWN), ==, 0);
  /* Amounts and per-unit values are checked by the schema too. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('foods') WHERE name IN "
                                    "('serving_size', 'serving_name', 'favourite', 'per_unit')"), ==, 4);
}

/* Builds a database exactly as schema version @version left it, by
 * running the shipped migration files 1..@version (from the source tree)
 * with plain SQLite, then fills it with a member and readings as that
 * version's columns hold them. */
static void
build_old_database (const char *path,
                    int         version)
{
  static const char * const files[] = { NULL, "0001-initial.sql", "0002-member-time-index.sql",
                                         "0003-diet.sql", "0004-exercise-medications.sql",
                                         "0005-medication-text.sql", "0006-recipes.sql",
                                         "0007-fdc-foods.sql", "0008-food-last-used.sql",
                                         "0009-progress.sql", "0010-entry-days.sql",
                                         "0011-health-record.sql" };
  sqlite3 *db = NULL;

  g_assert_cmpint (version, <, (int) G_N_ELEMENTS (files));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    {
      g_autofree char *file = g_build_filename (g_getenv ("HEARTH_SOURCE_ROOT"), "src", "core",
                                                "migrations", files[v], NULL);
      g_autofree char *sql = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (file, &sql, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO profiles (uuid, name, birth_year, sex, height_cm, created_at, updated_at) "
    "VALUES ('6f1c0a52-0000-4000-8000-000000000001', 'Old Timer', 1950, 'male', 172, 1, 1);"
    "INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, local_day, value_a, value_b, "
    "  value_c, created_at, updated_at) VALUES "
    "('6f1c0a52-0000-4000-8000-000000000002', 1, 'bp', 1700000000000000, 3600, 19675, 141, 88, 70, 1, 1),"
    "('6f1c0a52-0000-4000-8000-000000000003', 1, 'weight', 1700000100000000, 3600, 19675, 80.5, NULL, NULL, 1, 1);"
    "INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, local_day, value_a, "
    "  created_at, updated_at, deleted_at) VALUES "
    "('6f1c0a52-0000-4000-8000-000000000004', 1, 'weight', 1700000200000000, 3600, 19675, 79.9, 1, 1, 5);",
    NULL, NULL, NULL), ==, SQLITE_OK);
  /* The health record's conditions, as schemas 1 to 10 kept them: items
   * joined with U+001F. An identifier, free text (Chinese, spaces around,
   * a line break inside), an empty item, an identifier again in another
   * case; the deleted member keeps theirs. */
  if (version < 11)
    g_assert_cmpint (sqlite3_exec (db,
      "UPDATE profiles SET conditions = 'hypertension' || char(31) || ' 痛风' || char(12288) || "
      "  char(31) || char(31) || 'Old' || char(10) || 'knee' || char(31) || 'HYPERTENSION', "
      "  updated_at = 1700200000000000 WHERE id = 1;",
      NULL, NULL, NULL), ==, SQLITE_OK);
  else  /* schema 11 keeps them as rows, as 0011 made them */
    g_assert_cmpint (sqlite3_exec (db,
      "UPDATE profiles SET updated_at = 1700200000000000 WHERE id = 1;"
      "INSERT INTO health_conditions (uuid, profile_id, condition, created_at, updated_at) VALUES "
      "('c0d10000-0000-4000-8000-000000000001', 1, 'hypertension', 1700200000000000, 1700200000000000),"
      "('c0d10000-0000-4000-8000-000000000002', 1, '痛风', 1700200000000000, 1700200000000000),"
      "('c0d10000-0000-4000-8000-000000000003', 1, 'Old knee', 1700200000000000, 1700200000000000);",
      NULL, NULL, NULL), ==, SQLITE_OK);
  /* The health record's medication text, as schemas 1 to 4 kept it: items
   * joined with U+001F. Odd items: a comma inside one, Chinese, an empty
   * item, spaces (ASCII, ideographic) and a tab around or inside, one
   * twice but for case; a member whose text is empty, one deleted. */
  if (version < 5)
    {
      g_assert_cmpint (sqlite3_exec (db,
        "UPDATE profiles SET medications = 'Metformin 500 mg' || char(31) || 'Aspirin, low dose' || "
        "  char(31) || char(31) || '  降压药' || char(12288) || char(31) || 'METFORMIN 500 MG' || "
        "  char(31) || 'Eye' || char(9) || 'drops', "
        "  created_at = 1700000000000000, updated_at = 1700100000000000 WHERE id = 1;"
        "INSERT INTO profiles (uuid, name, medications, created_at, updated_at) VALUES "
        "('6f1c0a52-0000-4000-8000-000000000005', 'Empty Text', '', 1, 1);"
        "INSERT INTO profiles (uuid, name, medications, created_at, updated_at, deleted_at) VALUES "
        "('6f1c0a52-0000-4000-8000-000000000006', 'Gone', '胰岛素', 86400000000, 86400000000, 9);",
        NULL, NULL, NULL), ==, SQLITE_OK);
    }
  /* A deleted member with a height keeps it as a measurement; a member
   * without one gets none. */
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO profiles (uuid, name, height_cm, created_at, updated_at, deleted_at) VALUES "
    "('6f1c0a52-0000-4000-8000-000000000008', 'Tall Gone', 181.5, 1, -1, 7),"
    "('6f1c0a52-0000-4000-8000-000000000009', 'No Height', NULL, 1, 1, 7);",
    NULL, NULL, NULL), ==, SQLITE_OK);
  if (version < 5)
    g_assert_cmpint (sqlite3_exec (db,
      "UPDATE profiles SET conditions = 'diabetes' WHERE name = 'Gone';",
      NULL, NULL, NULL), ==, SQLITE_OK);
  /* Schema 4 already had the medications table: one of the items was
   * added there too (another case), and stays one medication. */
  if (version == 4)
    g_assert_cmpint (sqlite3_exec (db,
      "INSERT INTO medications (uuid, profile_id, name, schedule, times, start_day, created_at, updated_at) "
      "VALUES ('6f1c0a52-0000-4000-8000-000000000007', 1, 'aspirin, LOW dose', 'times', '480', 19000, 1, 1);",
      NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, version);
}

/* After schema 5 the medication text is rows of the medications table
 * (as-needed, from the member's creation day), the column is gone. */
static void
assert_medication_text_moved (HearthStore   *store,
                              HearthProfile *profile,
                              const char    *path,
                              int            version)
{
  static const char * const expected[] = { "降压药", "Aspirin, low dose", "Eye drops", "Metformin 500 mg" };
  g_autoptr(GPtrArray) medications = NULL;
  g_autoptr(GError) error = NULL;

  medications = hearth_store_list_medications (store, hearth_profile_get_uuid (profile), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (medications->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < medications->len; i++)
    {
      HearthMedication *medication = g_ptr_array_index (medications, i);
      /* Listed by name, case-insensitive: the Chinese name sorts after the
       * Latin ones. */
      const char *name = expected[(i + 1) % G_N_ELEMENTS (expected)];

      g_assert_true (g_uuid_string_is_valid (medication->uuid));
      g_assert_true (hearth_medication_validate (medication, &error));
      g_assert_no_error (error);
      if (version == 4 && i == 0)
        {
          /* The one schema 4 already had keeps its own name and schedule. */
          g_assert_cmpstr (medication->name, ==, "aspirin, LOW dose");
          g_assert_cmpint (medication->schedule, ==, HEARTH_MEDICATION_SCHEDULE_TIMES);
          continue;
        }
      g_assert_cmpstr (medication->name, ==, name);
      g_assert_cmpint (medication->schedule, ==, HEARTH_MEDICATION_SCHEDULE_AS_NEEDED);
      g_assert_cmpint (medication->start_day, ==, 1700000000 / 86400);
      g_assert_cmpint (medication->end_day, ==, HEARTH_MEDICATION_NO_END);
      g_assert_null (medication->strength);
      g_assert_cmpint (medication->created_at, ==, 1700100000000000);
      g_assert_cmpint (medication->updated_at, ==, 1700100000000000);
    }
  /* The as-needed dose can be logged at once. */
  {
    HearthMedication *first = g_ptr_array_index (medications, medications->len - 1);
    g_autoptr(GDateTime) at = g_date_time_new_utc (2024, 6, 15, 9, 0, 0);

    g_assert_true (hearth_store_take_dose (store, first->uuid, at, NULL, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (query_int (path, "SELECT count(*) FROM medications m JOIN profiles p ON p.id = m.profile_id "
                                    "WHERE p.name = 'Empty Text'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM medications m JOIN profiles p ON p.id = m.profile_id "
                                    "WHERE p.name = 'Gone' AND m.name = '胰岛素' AND m.start_day = 1 "
                                    "AND m.deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('profiles') "
                                    "WHERE name = 'medications'"), ==, 0);
}

/* After schema 11 the conditions are rows of health_conditions (no since
 * day, stamped with the member's updated_at), the column is gone, and the
 * record API and the profile read them. */
static void
assert_conditions_moved (HearthStore   *store,
                         HearthProfile *profile,
                         const char    *path,
                         int            version)
{
  static const char * const expected[] = { "hypertension", "痛风", "Old knee", NULL };
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstrv (hearth_profile_get_conditions (profile), expected);
  record = hearth_store_get_health_record (store, hearth_profile_get_uuid (profile), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->conditions->len, ==, 3);
  for (guint i = 0; i < record->conditions->len; i++)
    {
      HearthCondition *condition = g_ptr_array_index (record->conditions, i);

      g_assert_cmpstr (condition->condition, ==, expected[i]);
      g_assert_true (g_uuid_string_is_valid (condition->uuid));
      g_assert_cmpint (condition->since_day, ==, HEARTH_RECORD_NO_DAY);
      g_assert_null (condition->note);
      /* The member's updated_at (schemas 1 to 4 saved the medications later). */
      g_assert_cmpint (condition->created_at, ==, version < 5 ? 1700100000000000 : 1700200000000000);
      g_assert_cmpint (condition->updated_at, ==, condition->created_at);
    }
  g_assert_cmpuint (record->family->len, ==, 0);
  g_assert_cmpint (record->blood_type, ==, HEARTH_BLOOD_TYPE_UNKNOWN);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM health_conditions c JOIN profiles p "
                                    "ON p.id = c.profile_id WHERE p.name = 'Gone' "
                                    "AND c.condition = 'diabetes' AND c.deleted_at IS NULL"), ==,
                   version < 5 ? 1 : 0);
  /* The layers read it: hypertension puts blood pressure first. */
  g_assert_true (hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION));
}

/* After schema 12 each member's height is a measurement dated the UTC day
 * of the member's updated_at, stamped with it; profiles.height_cm stays,
 * and the triggers keep it the latest live measurement. */
static void
assert_heights_moved (const char *path,
                      int         version)
{
  gint64 updated = version < 5 ? 1700100000000000 : 1700200000000000;

  g_assert_cmpint (query_int (path, "SELECT count(*) FROM height_measurements"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM height_measurements h JOIN profiles p "
                                    "ON p.id = h.profile_id WHERE p.name = 'Old Timer' "
                                    "AND h.height_cm = 172 AND h.deleted_at IS NULL "
                                    "AND length(h.uuid) = 36"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT h.measured_day FROM height_measurements h "
                                    "JOIN profiles p ON p.id = h.profile_id WHERE p.name = 'Old Timer'"),
                   ==, updated / G_USEC_PER_SEC / 86400);
  g_assert_cmpint (query_int (path, "SELECT h.created_at FROM height_measurements h "
                                    "JOIN profiles p ON p.id = h.profile_id WHERE p.name = 'Old Timer' "
                                    "AND h.updated_at = h.created_at"), ==, updated);
  /* An instant before 1970 (-1 µs) is on day -1. */
  g_assert_cmpint (query_int (path, "SELECT h.measured_day * 10 FROM height_measurements h "
                                    "JOIN profiles p ON p.id = h.profile_id WHERE p.name = 'Tall Gone' "
                                    "AND h.height_cm = 181.5 AND h.deleted_at IS NULL"), ==, -10);
  g_assert_cmpint (query_int (path, "SELECT height_cm FROM profiles WHERE name = 'Old Timer'"), ==, 172);

  /* The latest live measurement is the profile's height, whatever writes it. */
  exec_sql (path, "INSERT INTO height_measurements (uuid, profile_id, measured_day, height_cm, "
                  "created_at, updated_at) VALUES ('4e160000-0000-4000-8000-000000000001', 1, 1, 150, 1, 1)");
  g_assert_cmpint (query_int (path, "SELECT height_cm FROM profiles WHERE name = 'Old Timer'"), ==, 172);
  exec_sql (path, "INSERT INTO height_measurements (uuid, profile_id, measured_day, height_cm, "
                  "created_at, updated_at) VALUES ('4e160000-0000-4000-8000-000000000002', 1, 30000, 170, 1, 1)");
  g_assert_cmpint (query_int (path, "SELECT height_cm FROM profiles WHERE name = 'Old Timer'"), ==, 170);
  exec_sql (path, "UPDATE height_measurements SET deleted_at = 2 WHERE measured_day >= 19000");
  g_assert_cmpint (query_int (path, "SELECT height_cm FROM profiles WHERE name = 'Old Timer'"), ==, 150);
  exec_sql (path, "UPDATE height_measurements SET deleted_at = 2");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM profiles WHERE name = 'Old Timer' "
                                    "AND height_cm IS NULL"), ==, 1);
  exec_sql (path, "UPDATE height_measurements SET deleted_at = NULL WHERE height_cm = 172");
  g_assert_cmpint (query_int (path, "SELECT height_cm FROM profiles WHERE name = 'Old Timer'"), ==, 172);
  exec_sql (path, "DELETE FROM height_measurements WHERE height_cm IN (150, 170)");
}

/* From every earlier schema version to this one, keeping what was stored:
 * members, live readings with their values and offsets, deleted ones. */
static void
test_migrations_from_every_version (Fixture       *f,
                                    gconstpointer  data)
{
  for (int version = 1; version < HEARTH_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", f->dir, version);
      g_autoptr(HearthStore) store = NULL;
      g_autoptr(HearthProfile) profile = NULL;
      g_autoptr(GListModel) readings = NULL;
      g_autoptr(HearthReading) bp = NULL;
      g_autoptr(GError) error = NULL;

      build_old_database (path, version);
      /* A family's food of schema 3 onwards stays theirs. */
      if (version >= 3)
        exec_sql (path, "INSERT INTO foods (uuid, name, per_unit, energy_kcal, created_at, updated_at) "
                        "VALUES ('f00d0000-0000-4000-8000-00000000000a', 'Old porridge', 'g', 68, 1, 1);"
                        /* logged twice: schema 8 keeps when it was last */
                        "INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, "
                        "created_at, updated_at) VALUES ('3ea10000-0000-4000-8000-00000000000a', 1, "
                        "'breakfast', 1000, 0, 0, 1000, 1000);"
                        "INSERT INTO meal_items (uuid, meal_id, food_id, position, name, amount, unit, "
                        "energy_kcal, created_at, updated_at) VALUES "
                        "('17e10000-0000-4000-8000-00000000000a', 1, 1, 0, 'Old porridge', 100, 'g', 68, 500, 500),"
                        "('17e10000-0000-4000-8000-00000000000b', 1, 1, 1, 'Old porridge', 50, 'g', 34, 700, 700)");
      /* From schema 8 on the store keeps it as it logs (a journal of schema 8 has it). */
      if (version >= 8)
        exec_sql (path, "UPDATE foods SET last_used_at = 700 WHERE name = 'Old porridge'");

      store = hearth_store_open (path, f->clock, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);

      profile = hearth_store_find_profile (store, "Old Timer", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hearth_profile_get_birth_year (profile), ==, 1950);

      readings = hearth_store_list_recent_readings (store, hearth_profile_get_uuid (profile), -1, 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 2);
      bp = hearth_store_get_latest_reading (store, hearth_profile_get_uuid (profile),
                                            HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
      g_assert_no_error (error);
      g_assert_cmpfloat (hearth_reading_get_systolic (bp), ==, 141);
      g_assert_cmpfloat (hearth_reading_get_pulse (bp), ==, 70);
      g_assert_cmpint (g_date_time_get_utc_offset (hearth_reading_get_taken_at (bp)), ==, 3600 * G_TIME_SPAN_SECOND);
      /* The deleted one is still there to undo. */
      g_assert_true (hearth_store_undelete_reading (store, "6f1c0a52-0000-4000-8000-000000000004", &error));
      g_assert_no_error (error);

      /* Schema 4's tables take the old member's workouts. */
      {
        g_autoptr(GDateTime) start = g_date_time_new_utc (2024, 6, 14, 7, 0, 0);
        g_autoptr(HearthWorkout) workout = hearth_workout_new (hearth_profile_get_uuid (profile),
                                                               "walking-brisk", start, 1800);
        double kcal = 0;

        g_assert_true (hearth_store_add_workout (store, workout, &error));
        g_assert_no_error (error);
        g_assert_true (hearth_store_get_workout_energy (store, workout, &kcal, &error));
        g_assert_no_error (error);
        g_assert_cmpfloat_with_epsilon (kcal, 4.3 * 79.9 * 0.5, 1e-9);
      }
      if (version < 5)
        assert_medication_text_moved (store, profile, path, version);
      assert_conditions_moved (store, profile, path, version);
      assert_heights_moved (path, version);
      /* Schema 6 takes a recipe of the family's foods, logged in a meal. */
      {
        g_autoptr(HearthFood) rice = hearth_food_new ("Rice", HEARTH_AMOUNT_UNIT_GRAM);
        g_autoptr(HearthRecipe) recipe = hearth_recipe_new ("Rice pot", 2);
        g_autoptr(HearthRecipe) again = NULL;
        g_autoptr(GDateTime) at = g_date_time_new_utc (2024, 6, 14, 12, 0, 0);
        g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (profile),
                                                      HEARTH_MEAL_TYPE_LUNCH, at);
        HearthMealItem *item = hearth_meal_item_new ();

        hearth_food_set_nutrient (rice, HEARTH_NUTRIENT_ENERGY, 130);
        g_assert_true (hearth_store_add_food (store, rice, &error));
        g_assert_no_error (error);
        hearth_recipe_add_item (recipe, hearth_food_get_uuid (rice), 400, HEARTH_AMOUNT_UNIT_GRAM);
        g_assert_true (hearth_store_add_recipe (store, recipe, &error));
        g_assert_no_error (error);
        again = hearth_store_get_recipe (store, recipe->uuid, &error);
        g_assert_no_error (error);
        g_assert_cmpfloat_with_epsilon (again->per_portion.energy_kcal, 260, 1e-9);
        item->food_uuid = g_strdup (recipe->food_uuid);
        item->amount = 1;
        item->unit = HEARTH_AMOUNT_UNIT_SERVING;
        hearth_meal_add_item (meal, item);
        g_assert_true (hearth_store_add_meal (store, meal, &error));
        g_assert_no_error (error);
      }
      g_clear_object (&store);

      assert_current_schema (path);
      if (version >= 3)
        g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods WHERE name = 'Old porridge' "
                                          "AND source = 'user' AND fdc_id IS NULL AND energy_kcal = 68"), ==, 1);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM recipe_items"), ==, 1);
      /* Schema 8: when each food was last logged, kept by the store from
       * then on (the recipe's meal, 12:00 on 14 June 2024 UTC, logged now). */
      if (version >= 3)
        g_assert_cmpint (query_int (path, "SELECT last_used_at FROM foods WHERE name = 'Old porridge'"), ==, 700);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods f JOIN recipes r ON r.food_id = f.id "
                                        "WHERE f.last_used_at = (SELECT max(created_at) FROM meal_items "
                                        "WHERE food_id = f.id)"), ==, 1);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM foods WHERE last_used_at IS NOT NULL"), ==,
                       version >= 3 ? 2 : 1);
      g_assert_cmpint (query_int (path, "SELECT round(energy_kcal) FROM meal_items WHERE name = 'Rice pot'"), ==, 260);
      /* Schema 9: members from before were never asked a main goal; the
       * progress tables take rows, and a badge is earned once. */
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM profiles WHERE main_goal IS NULL "
                                        "AND checklist_dismissed_at IS NULL AND name = 'Old Timer'"), ==, 1);
      exec_sql (path, "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, start_day, "
                      "created_at, updated_at) VALUES ('90a10000-0000-4000-8000-000000000001', 1, 'habit', "
                      "'steps', 'at-least', 7500, 19000, 1, 1);"
                      "INSERT INTO badges (uuid, profile_id, badge, earned_day, created_at, updated_at) "
                      "VALUES ('bad90000-0000-4000-8000-000000000001', 1, 'first-reading', 19000, 1, 1)");
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM goals"), ==, 1);
      g_assert_false (try_exec_sql (path, "INSERT INTO badges (uuid, profile_id, badge, earned_day, created_at, "
                                          "updated_at) VALUES ('bad90000-0000-4000-8000-000000000002', 1, "
                                          "'first-reading', 19001, 2, 2)"));
      exec_sql (path, "DELETE FROM badges; DELETE FROM goals");
      exec_sql (path, "DELETE FROM meal_items; DELETE FROM meals; DELETE FROM recipe_items; "
                      "DELETE FROM recipes; DELETE FROM foods WHERE source = 'user'");
      assert_food_search (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/migrations/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("new-file", test_migrations_new_file);
  ADD ("from-0-empty-file", test_migrations_from_empty_file);
  ADD ("from-every-version", test_migrations_from_every_version);
  ADD ("reopen", test_migrations_reopen);
  ADD ("newer-schema", test_migrations_newer_schema);
  ADD ("corrupt", test_migrations_corrupt);
  ADD ("damaged", test_migrations_damaged);
  ADD ("foreign-database", test_migrations_foreign_database);
  ADD ("read-only-needs-upgrade", test_migrations_read_only_needs_upgrade);
  ADD ("unwritable-folder", test_migrations_unwritable_folder);

#undef ADD

  return g_test_run ();
}
