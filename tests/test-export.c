/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-test"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-core.h"
#include "store-fixture.h"

/* Export and import (hearth-export.h, hearth-import.h,
 * docs/export-format.md): a round trip equal in every table, merging by
 * uuid and updated_at, de-identification, the file's mode and atomic
 * rename, and bad input refused with the journal unchanged. */

/* Every exported table, its row ids replaced by what they refer to, as
 * sorted lines: two journals holding the same data dump the same. Reference
 * foods (loaded by each journal, uuids of their own) are named by fdc_id. */
static const char *const dump_queries[] = {
  "SELECT uuid, name, birth_year, birth_month, birth_day, sex, height_cm, color, allergies,"
  " main_goal, checklist_dismissed_at, created_at, updated_at, deleted_at FROM profiles",
  "SELECT r.uuid, p.uuid, kind, taken_at, utc_offset, local_day, value_a, value_b, value_c, label_a,"
  " label_b, note, r.created_at, r.updated_at, r.deleted_at FROM readings r JOIN profiles p ON p.id = r.profile_id",
  "SELECT m.uuid, p.uuid, type, custom_name, taken_at, utc_offset, local_day, note, m.created_at,"
  " m.updated_at, m.deleted_at FROM meals m JOIN profiles p ON p.id = m.profile_id",
  "SELECT i.uuid, m.uuid, CASE f.source WHEN 'fdc' THEN 'fdc:' || f.fdc_id ELSE f.uuid END, position, i.name,"
  " amount, unit, i.energy_kcal, i.protein_g, i.carbohydrate_g, i.sugars_g, i.fat_g, i.saturated_fat_g,"
  " i.fibre_g, i.sodium_mg, i.created_at, i.updated_at, i.deleted_at"
  " FROM meal_items i JOIN meals m ON m.id = i.meal_id LEFT JOIN foods f ON f.id = i.food_id",
  "SELECT uuid, name, per_unit, energy_kcal, protein_g, carbohydrate_g, sugars_g, fat_g, saturated_fat_g,"
  " fibre_g, sodium_mg, serving_size, serving_name, favourite, last_used_at, created_at, updated_at, deleted_at"
  " FROM foods WHERE source = 'user'",
  "SELECT r.uuid, f.uuid, portions, cooked_weight_g, r.created_at, r.updated_at, r.deleted_at"
  " FROM recipes r JOIN foods f ON f.id = r.food_id",
  "SELECT i.uuid, r.uuid, CASE f.source WHEN 'fdc' THEN 'fdc:' || f.fdc_id ELSE f.uuid END, position, amount,"
  " unit, i.created_at, i.updated_at, i.deleted_at FROM recipe_items i JOIN recipes r ON r.id = i.recipe_id"
  " JOIN foods f ON f.id = i.food_id",
  "SELECT w.uuid, p.uuid, activity, started_at, utc_offset, local_day, duration_s, distance_m, steps, effort,"
  " note, w.created_at, w.updated_at, w.deleted_at FROM workouts w JOIN profiles p ON p.id = w.profile_id",
  "SELECT m.uuid, p.uuid, m.name, strength, form, schedule, times, days_mask, interval_days, start_day,"
  " end_day, instructions, m.created_at, m.updated_at, m.deleted_at FROM medications m"
  " JOIN profiles p ON p.id = m.profile_id",
  "SELECT d.uuid, m.uuid, status, scheduled_day, scheduled_minute, taken_at, utc_offset, reason,"
  " d.created_at, d.updated_at, d.deleted_at FROM doses d JOIN medications m ON m.id = d.medication_id",
  "SELECT g.uuid, p.uuid, kind, metric, comparison, target, baseline, cadence, start_day, due_day,"
  " reached_day, title, g.created_at, g.updated_at, g.deleted_at FROM goals g JOIN profiles p ON p.id = g.profile_id",
  "SELECT s.uuid, p.uuid, local_day, reason, s.created_at, s.updated_at, s.deleted_at"
  " FROM skip_days s JOIN profiles p ON p.id = s.profile_id",
  "SELECT b.uuid, p.uuid, badge, earned_day, celebrated_at, b.created_at, b.updated_at, b.deleted_at"
  " FROM badges b JOIN profiles p ON p.id = b.profile_id",
  "SELECT c.uuid, p.uuid, template, title, start_day, end_day, c.created_at, c.updated_at, c.deleted_at"
  " FROM challenges c JOIN profiles p ON p.id = c.profile_id",
  "SELECT k.uuid, c.uuid, local_day, k.created_at, k.updated_at, k.deleted_at"
  " FROM challenge_checkins k JOIN challenges c ON c.id = k.challenge_id",
  "SELECT 'entry_days', p.uuid, local_day, entries FROM entry_days e JOIN profiles p ON p.id = e.profile_id",
  /* The health record (schema 11, export format 2). */
  "SELECT c.uuid, p.uuid, condition, since_day, note, c.created_at, c.updated_at, c.deleted_at"
  " FROM health_conditions c JOIN profiles p ON p.id = c.profile_id",
  "SELECT h.uuid, p.uuid, condition, relative, note, h.created_at, h.updated_at, h.deleted_at"
  " FROM family_history h JOIN profiles p ON p.id = h.profile_id",
  "SELECT r.uuid, p.uuid, blood_type, contact_name, contact_phone, contact_relation, notes,"
  " r.created_at, r.updated_at, r.deleted_at FROM health_records r JOIN profiles p ON p.id = r.profile_id",
  /* Heights over time (schema 12). */
  "SELECT h.uuid, p.uuid, measured_day, h.height_cm, h.created_at, h.updated_at, h.deleted_at"
  " FROM height_measurements h JOIN profiles p ON p.id = h.profile_id",
};

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static char *
dump_journal (const char *path,
              guint      *n_rows)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3 *db = NULL;

  *n_rows = 0;
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (dump_queries); q++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, dump_queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *line = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const unsigned char *text = sqlite3_column_text (stmt, c);

              g_string_append_printf (line, "%s|", text != NULL ? (const char *) text : "NULL");
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
      sqlite3_finalize (stmt);
      g_ptr_array_sort (lines, compare_strings);
      g_string_append_printf (dump, "## %u rows\n", lines->len);
      for (guint i = 0; i < lines->len; i++)
        g_string_append_printf (dump, "%s\n", (char *) lines->pdata[i]);
      *n_rows += lines->len;
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static void
sql_on (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  sqlite3_close (db);
}

/* Two generated members with 60 days of every log, and a row in each table
 * the generator leaves empty, deleted rows and free text among them. */
static void
fill_family (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (7, 2, 60, now);

  ASSERT_OK (hearth_generated_store (generated, f->store, &error));
  sql_on (f->path,
          "UPDATE profiles SET allergies = 'peanuts', main_goal = 'lower-bp', birth_month = 3, birth_day = 9;"
          "UPDATE readings SET note = 'after the long walk with Zorblax' WHERE id = (SELECT min(id) FROM readings);"
          "UPDATE readings SET deleted_at = updated_at + 5 WHERE id = (SELECT max(id) FROM readings);"
          "UPDATE meals SET note = 'birthday dinner at Quimby' WHERE id = (SELECT min(id) FROM meals);"
          "UPDATE workouts SET note = 'rainy loop past Xylo Street' WHERE id = (SELECT min(id) FROM workouts);"
          "UPDATE medications SET instructions = 'with water, says Dr Vantablack' WHERE id = (SELECT min(id) FROM medications);"
          "UPDATE doses SET reason = 'felt dizzy on the Quuxbridge' WHERE id = (SELECT min(id) FROM doses);"
          "INSERT INTO foods (uuid, name, per_unit, energy_kcal, protein_g, serving_size, serving_name, favourite,"
          "  created_at, updated_at) VALUES ('f00d0000-0000-4000-8000-000000000001', 'Granny Wobble''s stew', 'serving',"
          "  320.5, 12.25, 250, 'bowl', 1, 1718000000000001, 1718000000000002);"
          "INSERT INTO recipes (uuid, food_id, portions, cooked_weight_g, created_at, updated_at) VALUES"
          "  ('rec00000-0000-4000-8000-000000000001', (SELECT id FROM foods WHERE name = 'Granny Wobble''s stew'),"
          "  4, 1000, 1718000000000003, 1718000000000004);"
          "INSERT INTO recipe_items (uuid, recipe_id, food_id, position, amount, unit, created_at, updated_at)"
          "  SELECT 'ri000000-0000-4000-8000-000000000001', (SELECT id FROM recipes), id, 0, 150, 'g',"
          "  1718000000000003, 1718000000000004 FROM foods WHERE source = 'fdc' ORDER BY id LIMIT 1;"
          "INSERT INTO recipe_items (uuid, recipe_id, food_id, position, amount, unit, created_at, updated_at)"
          "  SELECT 'ri000000-0000-4000-8000-000000000002', (SELECT id FROM recipes), id, 1, 2, 'serving',"
          "  1718000000000003, 1718000000000004 FROM foods WHERE source = 'user' ORDER BY id LIMIT 1;"
          "INSERT INTO meal_items (uuid, meal_id, food_id, position, name, amount, unit, energy_kcal, created_at, updated_at)"
          "  SELECT 'mi000000-0000-4000-8000-000000000001', (SELECT min(id) FROM meals), id, 9, name, 100, 'g', 50,"
          "  1718000000000005, 1718000000000006 FROM foods WHERE source = 'fdc' ORDER BY id LIMIT 1;"
          "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, baseline, cadence, start_day,"
          "  due_day, title, created_at, updated_at) VALUES ('goal0000-0000-4000-8000-000000000001',"
          "  (SELECT min(id) FROM profiles), 'target', 'weight', 'at-most', 70.5, 80.25, NULL, 19800, 19900,"
          "  'Fit for Plonkton wedding', 1718000000000007, 1718000000000008);"
          "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, cadence, start_day, created_at,"
          "  updated_at, deleted_at) VALUES ('goal0000-0000-4000-8000-000000000002', (SELECT max(id) FROM profiles),"
          "  'habit', 'steps', 'at-least', 8000, 'daily', 19850, 1718000000000007, 1718000000000009, 1718000000000009);"
          "INSERT INTO skip_days (uuid, profile_id, local_day, reason, created_at, updated_at) VALUES"
          "  ('skip0000-0000-4000-8000-000000000001', (SELECT min(id) FROM profiles), 19880, 'flu from Snorkelville',"
          "  1718000000000010, 1718000000000011);"
          "INSERT INTO badges (uuid, profile_id, badge, earned_day, celebrated_at, created_at, updated_at) VALUES"
          "  ('badg0000-0000-4000-8000-000000000001', (SELECT min(id) FROM profiles), 'first-reading', 19800,"
          "  1718000000000012, 1718000000000012, 1718000000000013);"
          "INSERT INTO challenges (uuid, profile_id, template, title, start_day, end_day, created_at, updated_at)"
          "  VALUES ('chal0000-0000-4000-8000-000000000001', (SELECT max(id) FROM profiles), NULL,"
          "  'No crisps at Blorbo''s', 19880, 19886, 1718000000000014, 1718000000000015);"
          "INSERT INTO challenge_checkins (uuid, challenge_id, local_day, created_at, updated_at) VALUES"
          "  ('chk00000-0000-4000-8000-000000000001', (SELECT id FROM challenges), 19881, 1718000000000016,"
          "  1718000000000017);"
          /* The health record: a known condition with a since day and a
           * note, a free-text one (gone when de-identified), a deleted
           * one; family history; blood type, contact and notes. */
          "INSERT INTO health_conditions (uuid, profile_id, condition, since_day, note, created_at, updated_at)"
          "  VALUES ('hc000000-0000-4000-8000-000000000001', (SELECT min(id) FROM profiles), 'kidney-disease',"
          "  15000, 'seen by Dr Frobnitz', 1718000000000018, 1718000000000019),"
          "  ('hc000000-0000-4000-8000-000000000002', (SELECT min(id) FROM profiles), 'Wibbleton fever',"
          "  NULL, NULL, 1718000000000018, 1718000000000019);"
          "INSERT INTO health_conditions (uuid, profile_id, condition, created_at, updated_at, deleted_at)"
          "  VALUES ('hc000000-0000-4000-8000-000000000003', (SELECT max(id) FROM profiles), 'asthma',"
          "  1718000000000018, 1718000000000020, 1718000000000020);"
          "INSERT INTO family_history (uuid, profile_id, condition, relative, note, created_at, updated_at)"
          "  VALUES ('fh000000-0000-4000-8000-000000000001', (SELECT min(id) FROM profiles), 'diabetes',"
          "  'mother', 'type 2 at Gribble age 50', 1718000000000021, 1718000000000022),"
          "  ('fh000000-0000-4000-8000-000000000002', (SELECT max(id) FROM profiles), 'Snargle syndrome',"
          "  'grandparent', NULL, 1718000000000021, 1718000000000022);"
          "INSERT INTO health_records (uuid, profile_id, blood_type, contact_name, contact_phone,"
          "  contact_relation, notes, created_at, updated_at) VALUES ('hr000000-0000-4000-8000-000000000001',"
          "  (SELECT min(id) FROM profiles), 'AB-', 'Pomplamoose Jones', '+44 20 7946 0123', 'Neighbour Klaxon',"
          "  'Pacemaker' || char(10) || 'no MRI, ask Dr Zibbit' || char(31), 1718000000000023, 1718000000000024),"
          "  ('hr000000-0000-4000-8000-000000000002', (SELECT max(id) FROM profiles), 'O+', NULL, NULL, NULL,"
          "  NULL, 1718000000000023, 1718000000000024);"
          /* Heights over time (schema 12), one deleted. */
          "INSERT INTO height_measurements (uuid, profile_id, measured_day, height_cm, created_at, updated_at,"
          "  deleted_at) VALUES ('hm000000-0000-4000-8000-000000000001', (SELECT min(id) FROM profiles), 19000,"
          "  171.5, 1718000000000025, 1718000000000026, NULL),"
          "  ('hm000000-0000-4000-8000-000000000002', (SELECT max(id) FROM profiles), 19100, 160.25,"
          "  1718000000000025, 1718000000000027, 1718000000000027);");
}

static HearthStore *
open_other (Fixture     *f,
            const char  *name,
            char       **path)
{
  g_autoptr(GError) error = NULL;
  HearthStore *store;

  *path = g_build_filename (f->dir, name, NULL);
  store = hearth_store_open (*path, f->clock, &error);
  g_assert_no_error (error);
  return store;
}

/* RFC 8259: control characters only escaped ("\u001f"), so strict readers
 * take the file (a note ending in U+001F). */
static void
assert_strict_json (const char *path)
{
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_cmpint (text[length - 1], ==, '\n');
  for (gsize i = 0; i + 1 < length; i++)
    if ((guchar) text[i] < 0x20)
      g_error ("a raw control character (0x%02x) at byte %" G_GSIZE_FORMAT, (guchar) text[i], i);
  g_assert_nonnull (strstr (text, "ask Dr Zibbit\\u001f"));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "family.json", NULL);
  g_autofree char *other_path = NULL;
  g_autoptr(HearthStore) other = open_other (f, "other.db", &other_path);
  g_autofree char *expected = NULL, *imported = NULL, *again = NULL, *empty = NULL;
  guint n_expected, n_imported, n_again, n_empty;
  HearthImportCounts counts;

  fill_family (f);
  expected = dump_journal (f->path, &n_expected);
  empty = dump_journal (other_path, &n_empty);
  g_assert_cmpuint (n_empty, ==, 0);
  /* Every table has rows. */
  g_assert_null (strstr (expected, "## 0 rows"));

  ASSERT_OK (hearth_export_to_file (f->store, NULL, HEARTH_EXPORT_NONE, out, &error));
  assert_strict_json (out);
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));
  imported = dump_journal (other_path, &n_imported);
  g_assert_cmpstr (imported, ==, expected);
  g_assert_cmpuint (n_imported, ==, n_expected);
  g_assert_cmpuint (counts.added, >, 2000);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.left, ==, 0);
  /* The members are in the store's list at once. */
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (other)), ==, 2);

  /* Twice: nothing changes. */
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));
  again = dump_journal (other_path, &n_again);
  g_assert_cmpstr (again, ==, expected);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.left, ==, n_imported - query_int (f, "SELECT count(*) FROM entry_days"));

  /* Into the journal it came from: nothing changes either. */
  ASSERT_OK (hearth_import_file (f->store, out, &counts, &error));
  g_clear_pointer (&again, g_free);
  again = dump_journal (f->path, &n_again);
  g_assert_cmpstr (again, ==, expected);
  g_assert_cmpuint (counts.added, ==, 0);
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "family.json", NULL);
  g_autofree char *other_path = NULL;
  g_autoptr(HearthStore) other = open_other (f, "other.db", &other_path);
  g_autofree char *before = NULL, *after = NULL;
  guint n;
  HearthImportCounts counts;

  fill_family (f);
  ASSERT_OK (hearth_export_to_file (f->store, NULL, HEARTH_EXPORT_NONE, out, &error));
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));

  /* The other journal has the same skip day, badge, check-in, day's
   * steps and condition under uuids of its own (marked there too): the journal keeps one
   * live row for each (unique indexes; steps: one entry a day), and the
   * file's are left. */
  sql_on (other_path, "UPDATE skip_days SET uuid = 'skip-of-other';"
                      "UPDATE badges SET uuid = 'badge-of-other';"
                      "UPDATE challenge_checkins SET uuid = 'checkin-of-other';"
                      "UPDATE readings SET uuid = 'steps-of-other' WHERE id = "
                      "(SELECT min(id) FROM readings WHERE kind = 'steps' AND deleted_at IS NULL);"
                      /* a condition, in another case: the same one (compared as the
                       * journal's unique index does) */
                      "UPDATE health_conditions SET uuid = 'condition-of-other', "
                      "condition = upper(condition) WHERE condition = 'Wibbleton fever'");
  before = dump_journal (other_path, &n);
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));
  after = dump_journal (other_path, &n);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (counts.added, ==, 0);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* The other journal changed a reading later than the file: it stays. */
  sql_on (other_path, "UPDATE readings SET value_a = 99.5, updated_at = updated_at + 1000 "
                      "WHERE id = (SELECT min(id) FROM readings)");
  before = dump_journal (other_path, &n);
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));
  after = dump_journal (other_path, &n);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (counts.updated, ==, 0);

  /* A change as new as the journal's is left too; a newer one wins, and a
   * row added since is added. */
  sql_on (f->path, "UPDATE readings SET value_a = 55.25, updated_at = updated_at + 1000 "
                   "WHERE id = (SELECT min(id) FROM readings);"
                   "UPDATE readings SET value_a = 66.75, updated_at = updated_at + 1 "
                   "WHERE id = (SELECT min(id) + 1 FROM readings);"
                   "INSERT INTO skip_days (uuid, profile_id, local_day, created_at, updated_at) VALUES "
                   "('skip0000-0000-4000-8000-000000000002', (SELECT max(id) FROM profiles), 19881, 1, 2)");
  ASSERT_OK (hearth_export_to_file (f->store, NULL, HEARTH_EXPORT_NONE, out, &error));
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 1);
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (other_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT value_a FROM readings ORDER BY id LIMIT 2", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpfloat (sqlite3_column_double (stmt, 0), ==, 99.5);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpfloat (sqlite3_column_double (stmt, 0), ==, 66.75);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* A medication the member has live in this journal under another uuid
   * (names are unique per member, case-folded): refused, nothing changed,
   * since its doses could not go with it. */
  sql_on (other_path, "UPDATE medications SET uuid = 'med-of-other', name = upper(name) "
                      "WHERE id = (SELECT min(id) FROM medications)");
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = dump_journal (other_path, &n);
  g_assert_false (hearth_import_file (other, out, &counts, &error));
  g_assert_error (error, HEARTH_IMPORT_ERROR, HEARTH_IMPORT_ERROR_REFERENCE);
  g_assert_nonnull (strstr (error->message, "].medications[0].name: this member already has a medication called"));
  g_clear_error (&error);
  after = dump_journal (other_path, &n);
  g_assert_cmpstr (after, ==, before);
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "out", "family.json", NULL);
  g_autofree char *out_dir = g_path_get_dirname (out);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  struct stat st;
  mode_t old_mask;
  gboolean ok;

  /* A folder that does not exist: an error, no file. */
  ok = hearth_export_to_file (f->store, NULL, HEARTH_EXPORT_NONE, out, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (ok);
  g_clear_error (&error);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* 0600 whatever the umask, over a file that was there (0644). */
  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0644), ==, 0);
  old_mask = umask (0);
  ok = hearth_export_to_file (f->store, hearth_profile_get_uuid (bob), HEARTH_EXPORT_NONE, out, &error);
  umask (old_mask);
  ASSERT_OK (ok);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* One member only; nothing left beside it. */
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"name\":\"Bob\""));
  g_assert_null (strstr (contents, "Ann"));
  g_assert_true (g_str_has_prefix (contents, "{\"format\":\"hearth-export\",\"version\":2,"));
  dir = g_dir_open (out_dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "family.json");
  g_assert_null (g_dir_read_name (dir));
}

static void
collect_instants (const char *path,
                  const char *sql,
                  GPtrArray  *into)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      if (sqlite3_column_type (stmt, c) != SQLITE_NULL)
        g_ptr_array_add (into, g_strdup ((const char *) sqlite3_column_text (stmt, c)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static gint64
query_int_at (const char *path,
              const char *sql)
{
  Fixture other = { .path = (char *) path };

  return query_int (&other, sql);
}

static void
test_deidentify (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "anon.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *other_path = NULL;
  g_autoptr(HearthStore) other = open_other (f, "other.db", &other_path);
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expected = NULL;
  guint n_rows, n_other;
  HearthImportCounts counts;
  /* Back 10 weeks and a fraction of a second. */
  const gint64 shift = -70 * G_GINT64_CONSTANT (86400000000) + 123457;
  static const char *const free_text[] = {
    "Zorblax", "Quimby", "Xylo Street", "Vantablack", "Quuxbridge", "Granny Wobble", "Plonkton",
    "Snorkelville", "Blorbo", "birth_month", "birth_day", "exported_at",
    /* the health record's free text: notes, contact, free-text conditions */
    "Frobnitz", "Wibbleton", "Gribble", "Snargle", "Pomplamoose", "+44 20 7946", "Klaxon", "Zibbit",
  };

  fill_family (f);
  expected = dump_journal (f->path, &n_rows);
  collect_instants (f->path, "SELECT name, uuid, created_at, updated_at FROM profiles", secrets);
  collect_instants (f->path, "SELECT uuid, taken_at, created_at, deleted_at FROM readings", secrets);
  collect_instants (f->path, "SELECT uuid, taken_at FROM meals", secrets);
  collect_instants (f->path, "SELECT uuid FROM meal_items", secrets);
  collect_instants (f->path, "SELECT uuid, started_at FROM workouts", secrets);
  collect_instants (f->path, "SELECT uuid, taken_at FROM doses", secrets);
  collect_instants (f->path, "SELECT uuid, celebrated_at FROM badges", secrets);
  collect_instants (f->path, "SELECT uuid FROM foods WHERE source = 'user'", secrets);
  collect_instants (f->path, "SELECT uuid, created_at FROM challenge_checkins", secrets);
  collect_instants (f->path, "SELECT uuid FROM goals UNION ALL SELECT uuid FROM skip_days "
                             "UNION ALL SELECT uuid FROM medications UNION ALL SELECT uuid FROM recipes "
                             "UNION ALL SELECT uuid FROM recipe_items", secrets);
  collect_instants (f->path, "SELECT uuid, created_at FROM health_conditions UNION ALL "
                             "SELECT uuid, created_at FROM family_history UNION ALL "
                             "SELECT uuid, updated_at FROM health_records", secrets);
  collect_instants (f->path, "SELECT uuid, created_at, updated_at, deleted_at FROM height_measurements "
                             "WHERE uuid LIKE 'hm%'", secrets);
  for (guint i = 0; i < G_N_ELEMENTS (free_text); i++)
    g_ptr_array_add (secrets, g_strdup (free_text[i]));

  ASSERT_OK (hearth_export_to_file_full (f->store, NULL, HEARTH_EXPORT_DEIDENTIFY, shift, out, &error));
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  for (guint i = 0; i < secrets->len; i++)
    if (strstr (text, secrets->pdata[i]) != NULL)
      g_error ("“%s” is in the de-identified export", (char *) secrets->pdata[i]);
  g_assert_nonnull (strstr (text, "\"deidentified\":true"));
  g_assert_nonnull (strstr (text, "\"birth_year\":"));

  /* The random offset of the plain call also leaves no instant. */
  ASSERT_OK (hearth_export_to_file (f->store, NULL, HEARTH_EXPORT_DEIDENTIFY, out, &error));
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  for (guint i = 0; i < secrets->len; i++)
    g_assert_null (strstr (text, secrets->pdata[i]));

  /* It imports whole: as many rows, references resolved (every table
   * joins), days moved by whole weeks. */
  ASSERT_OK (hearth_export_to_file_full (f->store, NULL, HEARTH_EXPORT_DEIDENTIFY, shift, out, &error));
  ASSERT_OK (hearth_import_file (other, out, &counts, &error));
  g_free (dump_journal (other_path, &n_other));
  /* All but the free-text conditions (two of the members', one deleted,
   * and one of a relative's). */
  g_assert_cmpuint (n_other, ==, n_rows - 3);
  g_assert_cmpint (query_int_at (other_path, "SELECT count(*) FROM health_conditions "
                                             "WHERE condition = 'kidney-disease' AND note IS NULL "
                                             "AND since_day = 15000 - 70"), ==, 1);
  g_assert_cmpint (query_int_at (other_path, "SELECT count(*) FROM family_history "
                                             "WHERE condition = 'diabetes' AND relative = 'mother' "
                                             "AND note IS NULL"), ==, 1);
  g_assert_cmpint (query_int_at (other_path, "SELECT count(*) FROM health_records WHERE blood_type = 'AB-' "
                                             "AND contact_name IS NULL AND contact_phone IS NULL "
                                             "AND contact_relation IS NULL AND notes IS NULL"), ==, 1);
  /* A height's day moves with the rest. */
  g_assert_cmpint (query_int_at (other_path, "SELECT count(*) FROM height_measurements "
                                             "WHERE measured_day = 19000 - 70 AND height_cm = 171.5 "
                                             "AND deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT sum(measured_day) FROM height_measurements") - 70 *
                   query_int (f, "SELECT count(*) FROM height_measurements"), ==,
                   query_int_at (other_path, "SELECT sum(measured_day) FROM height_measurements"));
  g_assert_cmpint (query_int (f, "SELECT sum(taken_at) FROM readings") + shift *
                   query_int (f, "SELECT count(*) FROM readings"), ==,
                   query_int_at (other_path, "SELECT sum(taken_at) FROM readings"));
  g_assert_cmpint (query_int (f, "SELECT sum(local_day) FROM readings") - 70 *
                   query_int (f, "SELECT count(*) FROM readings"), ==,
                   query_int_at (other_path, "SELECT sum(local_day) FROM readings"));
}

/* Format 1 (before schema 11) kept a member's conditions as one text joined
 * with U+001F: they become health_conditions rows, once. */
static void
test_version_1 (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *in = g_build_filename (f->dir, "v1.json", NULL);
  g_autoptr(HearthProfile) dora = NULL;
  HearthImportCounts counts;
  static const char * const expected[] = { "hypertension", "Old knee", NULL };
  static const char v1[] =
    "{\"format\":\"hearth-export\",\"version\":1,\"deidentified\":false,"
    "\"members\":[{\"uuid\":\"0d0a0000-0000-4000-8000-000000000001\",\"name\":\"Dora\","
    "\"birth_year\":1950,\"height_cm\":165.5,\"conditions\":\"hypertension\\u001fOld knee\\u001f\\u001fHYPERTENSION\","
    "\"allergies\":\"penicillin\",\"created_at\":1700000000000000,\"updated_at\":1700000000000001}],"
    "\"foods\":[],\"recipes\":[]}";

  g_assert_true (g_file_set_contents (in, v1, -1, NULL));
  ASSERT_OK (hearth_import_file (f->store, in, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 1);
  dora = hearth_store_find_profile (f->store, "Dora", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (hearth_profile_get_conditions (dora), expected);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_conditions WHERE since_day IS NULL "
                                 "AND created_at = 1700000000000001 AND deleted_at IS NULL"), ==, 2);
  /* A file from before schema 12 (no height_measurements): the member's
   * height is a measurement of the day of its updated_at, as 0012 did. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM height_measurements WHERE height_cm = 165.5 "
                                 "AND measured_day = 19675 AND created_at = 1700000000000001 "
                                 "AND deleted_at IS NULL"), ==, 1);
  g_assert_cmpfloat (hearth_profile_get_height_cm (dora), ==, 165.5);

  /* Again: nothing added (the member is not newer, and a merge only adds). */
  ASSERT_OK (hearth_import_file (f->store, in, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_conditions"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM height_measurements"), ==, 1);
}

/* Bad input ------------------------------------------------------------ */

typedef void (*Spoil) (JsonObject *root);

static JsonObject *
member_reading (JsonObject *root,
                guint       member,
                guint       reading)
{
  JsonObject *m = json_array_get_object_element (json_object_get_array_member (root, "members"), member);

  return json_array_get_object_element (json_object_get_array_member (m, "readings"), reading);
}

static void
spoil_missing (JsonObject *root)
{
  json_object_remove_member (member_reading (root, 0, 12), "taken_at");
}

static void
spoil_type (JsonObject *root)
{
  json_object_set_string_member (member_reading (root, 1, 3), "value_a", "120");
}

static void
spoil_duplicate (JsonObject *root)
{
  json_object_set_string_member (member_reading (root, 1, 5), "uuid",
                                 json_object_get_string_member (member_reading (root, 1, 2), "uuid"));
}

static void
spoil_version (JsonObject *root)
{
  json_object_set_int_member (root, "version", 3);
}

static void
spoil_format (JsonObject *root)
{
  json_object_set_string_member (root, "format", "something-else");
}

static void
spoil_members (JsonObject *root)
{
  json_object_set_string_member (root, "members", "all of them");
}

static void
spoil_food (JsonObject *root)
{
  JsonObject *item = json_array_get_object_element (
    json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (root, "recipes"), 0),
                                  "items"), 1);

  json_object_set_string_member (item, "food", "no-such-food");
}

static void
spoil_name (JsonObject *root)
{
  JsonObject *m = json_array_get_object_element (json_object_get_array_member (root, "members"), 1);

  json_object_set_string_member (m, "name", "Ann");
}

static void
spoil_tab_name (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (json_object_get_array_member (root, "members"), 1),
                                 "name", "Bo\tb");
}

static void
spoil_untrimmed_name (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (json_object_get_array_member (root, "members"), 0),
                                 "name", " Zed ");
}

static void
write_spoiled (const char *good,
               const char *path,
               Spoil       spoil)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, good, &error);
  g_assert_no_error (error);
  spoil (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);
}

static void
assert_refused (Fixture      *f,
                HearthStore  *store,
                const char   *store_path,
                const char   *file,
                int           code,
                const char   *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  HearthImportCounts counts = { 1, 1, 1 };
  guint n;

  before = dump_journal (store_path, &n);
  g_assert_false (hearth_import_file (store, file, &counts, &error));
  g_assert_error (error, HEARTH_IMPORT_ERROR, code);
  if (strstr (error->message, needle) == NULL)
    g_error ("“%s” does not say “%s”", error->message, needle);
  g_test_message ("%s", error->message);
  after = dump_journal (store_path, &n);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (counts.added + counts.updated + counts.left, ==, 0);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *good = g_build_filename (f->dir, "good.json", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "bad.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *other_path = NULL;
  g_autoptr(HearthStore) other = open_other (f, "other.db", &other_path);
  g_autoptr(HearthProfile) ann = NULL;
  gsize length;
  int fd;
  struct {
    Spoil       spoil;
    int         code;
    const char *needle;
  } cases[] = {
    { spoil_missing, HEARTH_IMPORT_ERROR_FIELD, "members[0].readings[12].taken_at: missing" },
    { spoil_type, HEARTH_IMPORT_ERROR_FIELD, "members[1].readings[3].value_a: a number was expected" },
    { spoil_duplicate, HEARTH_IMPORT_ERROR_DUPLICATE, "members[1].readings[5].uuid" },
    { spoil_version, HEARTH_IMPORT_ERROR_VERSION, "newer Hearth (export format version 3)" },
    { spoil_format, HEARTH_IMPORT_ERROR_NOT_EXPORT, "is not a Hearth export" },
    { spoil_members, HEARTH_IMPORT_ERROR_FIELD, "members: a list was expected" },
    { spoil_food, HEARTH_IMPORT_ERROR_REFERENCE, "recipes[0].items[1].food: no such food" },
    { spoil_tab_name, HEARTH_IMPORT_ERROR_FIELD, "members[1].name: The name cannot contain tabs" },
    { spoil_untrimmed_name, HEARTH_IMPORT_ERROR_FIELD, "members[0].name: not a name as Hearth stores one" },
    { spoil_name, HEARTH_IMPORT_ERROR_REFERENCE, "members[1].name: this journal already has another member named “Ann”" },
  };

  fill_family (f);
  ASSERT_OK (hearth_export_to_file (f->store, NULL, HEARTH_EXPORT_NONE, good, &error));
  /* A member named Ann in the other journal, so its dump is not empty. */
  ann = hearth_profile_new ("Ann");
  ASSERT_OK (hearth_store_add_profile (other, ann, &error));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      write_spoiled (good, bad, cases[i].spoil);
      assert_refused (f, other, other_path, bad, cases[i].code, cases[i].needle);
    }

  /* Cut in half. */
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (bad, contents, length / 2, NULL));
  assert_refused (f, other, other_path, bad, HEARTH_IMPORT_ERROR_NOT_EXPORT, "is not complete or not valid JSON");

  /* 200 MB of garbage (a sparse file: the zeros are never stored, nor read). */
  g_unlink (bad);
  fd = g_open (bad, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "\x89PNG\r\n\x1a\n garbage", 17), ==, 17);
  g_assert_cmpint (ftruncate (fd, 200 * 1024 * 1024), ==, 0);
  close (fd);
  assert_refused (f, other, other_path, bad, HEARTH_IMPORT_ERROR_NOT_EXPORT, "not JSON text");

  /* Larger than any export: refused before it is read. */
  fd = g_open (bad, O_WRONLY | O_TRUNC, 0600);
  g_assert_cmpint (write (fd, "{\"format\":", 10), ==, 10);
  g_assert_cmpint (ftruncate (fd, HEARTH_IMPORT_MAX_BYTES + 1), ==, 0);
  close (fd);
  assert_refused (f, other, other_path, bad, HEARTH_IMPORT_ERROR_TOO_LARGE, "larger than");

  /* One of the family's foods has a name the file's food of another uuid
   * has (case-folded): the journal's rule of one live food per name holds. */
  sql_on (other_path, "INSERT INTO foods (uuid, name, per_unit, energy_kcal, favourite, created_at, updated_at)"
                      " VALUES ('f00d0000-0000-4000-8000-0000000000ff', 'GRANNY WOBBLE''S STEW', 'g', 100, 0, 1, 2)");
  assert_refused (f, other, other_path, good, HEARTH_IMPORT_ERROR_REFERENCE,
                  "].name: this journal already has another food called “Granny Wobble's stew”");
  sql_on (other_path, "DELETE FROM foods WHERE uuid = 'f00d0000-0000-4000-8000-0000000000ff'");

  /* The spoiled parts came after good rows: none of them was kept, and
   * the good file still imports. */
  ASSERT_OK (hearth_store_delete_profile (other, hearth_profile_get_uuid (ann), &error));
  ASSERT_OK (hearth_import_file (other, good, NULL, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/hearth/export/round-trip", test_round_trip);
  ADD ("/hearth/export/merge", test_merge);
  ADD ("/hearth/export/file", test_file);
  ADD ("/hearth/export/deidentify", test_deidentify);
  ADD ("/hearth/export/version-1", test_version_1);
  ADD ("/hearth/export/bad-input", test_bad_input);
#undef ADD

  return g_test_run ();
}
