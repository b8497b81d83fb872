/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-purge"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "hearth-core.h"
#include "store-fixture.h"

/* Issue 10: the journal's files are private (0600), and a member or the
 * whole family can be deleted for good, leaving nothing in the file. */

#define NAME "Quillonbright Zephyrine"
#define NOTE "xylophage-note-4711"
#define SKIP_REASON "xylophage-skip-reason"
#define CHALLENGE "Xylophage challenge title"
#define OTHER_NOTE "otherwise-kept-note-0815"
#define CONDITION_NOTE "xylophage-condition-note"
#define CONTACT "Xylophage Contact Person"

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
assert_private_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (file_mode (file) != 0600)
        g_error ("%s has mode %03o, not 600", file, file_mode (file));
    }
}

/* --db PATH outside the private data folder: a 0755 folder, umask 022. */
static void
test_new_journal_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("hearth-mode-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ann");
  mode_t old_umask;

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  path = g_build_filename (dir, "journal.db", NULL);
  clock = hearth_clock_new_fixed (now);

  old_umask = umask (022);
  store = hearth_store_open (path, clock, &error);
  umask (old_umask);
  g_assert_no_error (error);
  ASSERT_OK (hearth_store_add_profile (store, profile, &error));

  assert_private_files (path);

  g_clear_object (&store);
  remove_tree (dir);
}

/* A journal left readable by others (an older Hearth, a copy) is made
 * private when opened for writing, -wal and -shm too; read-only opens
 * never touch it. */
static void
test_existing_journal_tightened (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autofree char *dir = g_dir_make_tmp ("hearth-mode-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ann");
  mode_t old_umask;

  g_assert_no_error (error);
  path = g_build_filename (dir, "journal.db", NULL);
  clock = hearth_clock_new_fixed (now);
  store = hearth_store_open (path, clock, &error);
  g_assert_no_error (error);
  ASSERT_OK (hearth_store_add_profile (store, profile, &error));
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  store = hearth_store_open_full (path, clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpuint (file_mode (path), ==, 0644);

  old_umask = umask (022);
  store = hearth_store_open (path, clock, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_false (hearth_store_is_read_only (store));
  assert_private_files (path);

  g_clear_object (&store);
  remove_tree (dir);
}

/* The journal and its -wal, as bytes. */
static GString *
journal_bytes (Fixture *f)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *main_bytes = NULL;
  g_autofree char *wal_bytes = NULL;
  gsize main_length = 0, wal_length = 0;
  GString *all;

  read_bytes (f->path, &main_bytes, &main_length);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    read_bytes (wal, &wal_bytes, &wal_length);

  all = g_string_new_len (main_bytes, main_length);
  g_string_append_len (all, wal_bytes != NULL ? wal_bytes : "", wal_length);
  return all;
}

static gboolean
bytes_contain (GString    *bytes,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= bytes->len; i++)
    {
      if (memcmp (bytes->str + i, needle, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Three generated members (readings, meals, workouts, medications, doses);
 * the first renamed NAME, given a reading with NOTE, a skip day and a
 * challenge; returns that member's uuid. */
static char *
add_family (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (7, 3, 60, now);
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(HearthReading) other = NULL;
  g_autoptr(GDateTime) when = utc (2024, 6, 14, 8, 0);
  HearthProfile *victim;
  HearthProfile *kept;
  HearthChallenge *challenge;
  gint64 today = day_of (2024, 6, 15);

  ASSERT_OK (hearth_generated_store (generated, f->store, &error));
  victim = g_ptr_array_index (hearth_generated_get_profiles (generated), 0);
  kept = g_ptr_array_index (hearth_generated_get_profiles (generated), 1);

  hearth_profile_set_name (victim, NAME);
  ASSERT_OK (hearth_store_update_profile (f->store, victim, &error));

  reading = hearth_reading_new_weight (when, 70.5, NAN);
  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (victim));
  hearth_reading_set_note (reading, NOTE);
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));

  other = hearth_reading_new_weight (when, 80.5, NAN);
  hearth_reading_set_profile_uuid (other, hearth_profile_get_uuid (kept));
  hearth_reading_set_note (other, OTHER_NOTE);
  ASSERT_OK (hearth_store_add_reading (f->store, other, &error));

  ASSERT_OK (hearth_store_mark_skip_day (f->store, hearth_profile_get_uuid (victim), today - 3,
                                         SKIP_REASON, &error));
  challenge = hearth_challenge_new (hearth_profile_get_uuid (victim), CHALLENGE, today - 2, 7);
  ASSERT_OK (hearth_store_add_challenge (f->store, challenge, today, &error));
  hearth_challenge_free (challenge);

  /* The health record: a condition with a note, and details. */
  {
    HearthCondition *condition = hearth_condition_new ("asthma");
    g_autoptr(HearthHealthRecord) record = hearth_store_get_health_record (f->store, hearth_profile_get_uuid (victim), &error);

    g_assert_no_error (error);
    condition->note = g_strdup (CONDITION_NOTE);
    ASSERT_OK (hearth_store_set_condition (f->store, hearth_profile_get_uuid (victim), condition, &error));
    hearth_condition_free (condition);
    g_free (record->contact_name);
    record->contact_name = g_strdup (CONTACT);
    ASSERT_OK (hearth_store_set_record_details (f->store, record, &error));
  }

  return g_strdup (hearth_profile_get_uuid (victim));
}

/* Rows of the member with row id @id in every table that refers to one. */
static gint64
count_member_rows (Fixture *f,
                   gint64   id)
{
  g_autofree char *sql = g_strdup_printf (
    "SELECT (SELECT count(*) FROM profiles WHERE id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM readings WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM meals WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM meal_items WHERE meal_id NOT IN (SELECT id FROM meals))"
    " + (SELECT count(*) FROM workouts WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM medications WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM doses WHERE medication_id NOT IN (SELECT id FROM medications))"
    " + (SELECT count(*) FROM goals WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM skip_days WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM badges WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM challenges WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM challenge_checkins WHERE challenge_id NOT IN (SELECT id FROM challenges))"
    " + (SELECT count(*) FROM entry_days WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM health_conditions WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM family_history WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM health_records WHERE profile_id = %1$" G_GINT64_FORMAT ")"
    " + (SELECT count(*) FROM height_measurements WHERE profile_id = %1$" G_GINT64_FORMAT ")",
    id);

  return query_int (f, sql);
}

static void
test_purge_member (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = add_family (f);
  g_autoptr(GString) before = NULL;
  g_autoptr(GString) after = NULL;
  g_autofree char *id_sql = g_strdup_printf ("SELECT id FROM profiles WHERE uuid = '%s'", uuid);
  gint64 id = query_int (f, id_sql);
  HearthPurgeCounts counts, all_before, all_after;
  g_autofree char *days_sql = g_strdup_printf ("SELECT count(*) FROM entry_days WHERE profile_id = %"
                                               G_GINT64_FORMAT, id);
  gint64 others_entry_days;
  g_autoptr(HearthProfile) gone = NULL;
  guint members_before = g_list_model_get_n_items (hearth_store_get_profiles (f->store));
  guint signals_before;

  ASSERT_OK (hearth_store_count_purge (f->store, uuid, &counts, &error));
  g_assert_cmpint (counts.members, ==, 1);
  g_assert_cmpint (counts.readings, >, 1);
  g_assert_cmpint (counts.meals, >, 0);
  g_assert_cmpint (counts.workouts, >, 0);
  g_assert_cmpint (counts.medications, >, 0);
  g_assert_cmpint (counts.doses, >, 0);
  g_assert_cmpint (counts.skip_days, ==, 1);
  g_assert_cmpint (counts.challenges, ==, 1);
  {
    /* The victim's conditions (the one added and those of the profile),
     * heights measured, no family history, and the details as one. */
    g_autofree char *record_sql = g_strdup_printf ("SELECT count(*) FROM health_conditions WHERE deleted_at IS NULL"
                                                   " AND profile_id = %" G_GINT64_FORMAT, id);
    g_autofree char *heights_sql = g_strdup_printf ("SELECT count(*) FROM height_measurements WHERE deleted_at IS NULL"
                                                    " AND profile_id = %" G_GINT64_FORMAT, id);

    g_assert_cmpint (query_int (f, record_sql), >=, 1);
    g_assert_cmpint (counts.record_entries, ==, query_int (f, record_sql) + query_int (f, heights_sql) + 1);
  }
  g_assert_cmpint (counts.foods, ==, 0);
  g_assert_cmpint (counts.readings, ==, hearth_store_count_readings (f->store, uuid, &error));
  ASSERT_OK (hearth_store_count_purge (f->store, NULL, &all_before, &error));
  g_assert_cmpint (all_before.members, ==, 3);

  g_assert_cmpint (count_member_rows (f, id), >, 0);
  /* Heights over time (schema 12), one of them deleted (soft). */
  {
    g_autofree char *older = NULL;

    ASSERT_OK (hearth_store_add_height (f->store, uuid, day_of (2023, 1, 5), 150, &older, &error));
    ASSERT_OK (hearth_store_add_height (f->store, uuid, day_of (2022, 1, 5), 148, NULL, &error));
    ASSERT_OK (hearth_store_delete_height (f->store, older, &error));
  }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM height_measurements h JOIN profiles p "
                                 "ON p.id = h.profile_id WHERE p.uuid IN "
                                 "(SELECT uuid FROM profiles WHERE name = '" NAME "')"), >=, 2);
  others_entry_days = query_int (f, "SELECT count(*) FROM entry_days") - query_int (f, days_sql);
  g_assert_cmpint (query_int (f, days_sql), >, 0);

  before = journal_bytes (f);
  g_assert_true (bytes_contain (before, NAME));
  g_assert_true (bytes_contain (before, NOTE));
  g_assert_true (bytes_contain (before, SKIP_REASON));
  g_assert_true (bytes_contain (before, CHALLENGE));
  g_assert_true (bytes_contain (before, CONDITION_NOTE));
  g_assert_true (bytes_contain (before, CONTACT));

  signals_before = f->profiles_changed;
  ASSERT_OK (hearth_store_purge_profile (f->store, uuid, &error));
  g_assert_cmpuint (f->profiles_changed, ==, signals_before + 1);
  g_assert_cmpstr (f->last_readings_uuid, ==, uuid);

  /* Gone from every table, and from the file's bytes, -wal included. */
  g_assert_cmpint (count_member_rows (f, id), ==, 0);
  after = journal_bytes (f);
  g_assert_false (bytes_contain (after, NAME));
  g_assert_false (bytes_contain (after, NOTE));
  g_assert_false (bytes_contain (after, SKIP_REASON));
  g_assert_false (bytes_contain (after, CHALLENGE));
  g_assert_false (bytes_contain (after, CONDITION_NOTE));
  g_assert_false (bytes_contain (after, CONTACT));

  /* Everybody else's intact. */
  g_assert_true (bytes_contain (after, OTHER_NOTE));
  ASSERT_OK (hearth_store_count_purge (f->store, NULL, &all_after, &error));
  g_assert_cmpint (all_after.members, ==, 2);
  g_assert_cmpint (all_after.readings, ==, all_before.readings - counts.readings);
  g_assert_cmpint (all_after.meals, ==, all_before.meals - counts.meals);
  g_assert_cmpint (all_after.workouts, ==, all_before.workouts - counts.workouts);
  g_assert_cmpint (all_after.medications, ==, all_before.medications - counts.medications);
  g_assert_cmpint (all_after.doses, ==, all_before.doses - counts.doses);
  g_assert_cmpint (all_after.foods, ==, all_before.foods);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM entry_days"), ==, others_entry_days);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==,
                    members_before - 1);
  gone = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), ==, 0);

  /* Twice: there is nobody left of that uuid. */
  g_assert_false (hearth_store_purge_profile (f->store, uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The store goes on working. */
  fixture_reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==,
                    members_before - 1);
  g_clear_object (&gone);
  gone = add_member (f, NAME);
}

/* A member deleted the undoable way can still be deleted for good. */
static void
test_purge_soft_deleted (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) ann = add_member (f, NAME);
  g_autoptr(GDateTime) when = utc (2024, 6, 14, 8, 0);
  g_autofree char *reading = add_weight (f, hearth_profile_get_uuid (ann), when, 60, NAN);
  g_autoptr(GString) after = NULL;
  HearthPurgeCounts counts;

  ASSERT_OK (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (ann), &error));
  ASSERT_OK (hearth_store_count_purge (f->store, hearth_profile_get_uuid (ann), &counts, &error));
  g_assert_cmpint (counts.members, ==, 0);
  g_assert_cmpint (counts.readings, ==, 1);

  ASSERT_OK (hearth_store_purge_profile (f->store, hearth_profile_get_uuid (ann), &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 0);
  after = journal_bytes (f);
  g_assert_false (bytes_contain (after, NAME));
}

static void
test_purge_everything (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = add_family (f);
  g_autoptr(GString) before = NULL;
  g_autoptr(GString) after = NULL;
  g_autoptr(GListModel) found = NULL;
  HearthPurgeCounts counts;
  gint64 reference_foods = query_int (f, "SELECT count(*) FROM foods WHERE source = 'fdc'");
  gint64 version = query_int (f, "SELECT version FROM reference_data");

  g_autoptr(HearthFood) food = hearth_food_new ("Grandmazzle Stew", HEARTH_AMOUNT_UNIT_GRAM);
  HearthNutrients values;

  g_assert_cmpint (reference_foods, >, 1000);
  hearth_nutrients_init_unknown (&values);
  hearth_nutrients_set (&values, HEARTH_NUTRIENT_ENERGY, 120);
  hearth_food_set_nutrients (food, &values);
  ASSERT_OK (hearth_store_add_food (f->store, food, &error));
  exec_sql (f, "UPDATE foods SET favourite = 1 WHERE id = (SELECT min(id) FROM foods WHERE source = 'fdc')");
  ASSERT_OK (hearth_store_count_purge (f->store, NULL, &counts, &error));
  g_assert_cmpint (counts.members, ==, 3);
  g_assert_cmpint (counts.foods, >, 0);   /* the generator's foods are the family's */

  before = journal_bytes (f);
  g_assert_true (bytes_contain (before, NAME));
  g_assert_true (bytes_contain (before, OTHER_NOTE));
  g_assert_true (bytes_contain (before, "Wholemeal bread"));
  g_assert_true (bytes_contain (before, "Grandmazzle Stew"));
  g_assert_true (bytes_contain (before, "grandmazzle"));   /* its token in the FTS index */

  ASSERT_OK (hearth_store_purge_everything (f->store, &error));

  ASSERT_OK (hearth_store_count_purge (f->store, NULL, &counts, &error));
  g_assert_cmpint (counts.members + counts.readings + counts.meals + counts.workouts +
                   counts.medications + counts.doses + counts.goals + counts.skip_days +
                   counts.badges + counts.challenges + counts.foods + counts.recipes, ==, 0);
  g_assert_cmpint (query_int (f,
    "SELECT (SELECT count(*) FROM profiles) + (SELECT count(*) FROM readings)"
    " + (SELECT count(*) FROM meals) + (SELECT count(*) FROM meal_items)"
    " + (SELECT count(*) FROM workouts) + (SELECT count(*) FROM medications)"
    " + (SELECT count(*) FROM doses) + (SELECT count(*) FROM goals)"
    " + (SELECT count(*) FROM skip_days) + (SELECT count(*) FROM badges)"
    " + (SELECT count(*) FROM challenges) + (SELECT count(*) FROM challenge_checkins)"
    " + (SELECT count(*) FROM entry_days) + (SELECT count(*) FROM recipes)"
    " + (SELECT count(*) FROM recipe_items) + (SELECT count(*) FROM foods WHERE source <> 'fdc')"
    " + (SELECT count(*) FROM foods WHERE favourite <> 0 OR last_used_at IS NOT NULL)"
    " + (SELECT count(*) FROM height_measurements)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE source = 'fdc'"), ==, reference_foods);
  g_assert_cmpint (query_int (f, "SELECT version FROM reference_data"), ==, version);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 0);

  after = journal_bytes (f);
  g_assert_false (bytes_contain (after, NAME));
  g_assert_false (bytes_contain (after, NOTE));
  g_assert_false (bytes_contain (after, OTHER_NOTE));
  g_assert_false (bytes_contain (after, "Wholemeal bread"));
  g_assert_false (bytes_contain (after, "Grandmazzle Stew"));
  g_assert_false (bytes_contain (after, "grandmazzle"));   /* the FTS index too */

  /* Search still works over the reference foods, and finds no family food. */
  found = hearth_store_search_foods (f->store, "wholemeal bread", 50, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(HearthFood) hit = g_list_model_get_item (found, i);

      g_assert_true (hearth_food_is_reference (hit));
    }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), ==, 0);
}

/* A journal opened read-only refuses, with a clear message, changing nothing. */
static void
test_purge_read_only (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = add_family (f);
  g_autoptr(HearthStore) reader = NULL;
  g_autoptr(GString) before = NULL;
  g_autoptr(GString) after = NULL;
  HearthPurgeCounts counts;

  g_clear_object (&f->store);
  reader = hearth_store_open_full (f->path, f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  before = journal_bytes (f);

  /* Counting works (the confirmation can be shown)… */
  ASSERT_OK (hearth_store_count_purge (reader, uuid, &counts, &error));
  g_assert_cmpint (counts.members, ==, 1);

  /* … deleting does not. */
  g_assert_false (hearth_store_purge_profile (reader, uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_false (hearth_store_purge_everything (reader, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  after = journal_bytes (f);
  g_assert_cmpuint (before->len, ==, after->len);
  g_assert_true (memcmp (before->str, after->str, before->len) == 0);
  g_clear_object (&reader);
  fixture_open_store (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/hearth/privacy/file-mode/new", test_new_journal_private);
  g_test_add_func ("/hearth/privacy/file-mode/existing", test_existing_journal_tightened);
  g_test_add ("/hearth/purge/member", Fixture, NULL, fixture_setup, test_purge_member, fixture_teardown);
  g_test_add ("/hearth/purge/soft-deleted", Fixture, NULL, fixture_setup, test_purge_soft_deleted, fixture_teardown);
  g_test_add ("/hearth/purge/everything", Fixture, NULL, fixture_setup, test_purge_everything, fixture_teardown);
  g_test_add ("/hearth/purge/read-only", Fixture, NULL, fixture_setup, test_purge_read_only, fixture_teardown);

  return g_test_run ();
}
