/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-entry-days"

#include "config.h"

#include <math.h>

#include "hearth-medication.h"
#include "hearth-store-medications.h"
#include "store-fixture.h"

/* entry_days (schema 10) is derived from four tables by triggers; these
 * tests hold it to the query it replaces, after every kind of write. */

#define FLOOR_DIV(a, b) "(((" a ") - ((((" a ") % " b ") + " b ") % " b ")) / " b ")"
#define DOSE_DAY FLOOR_DIV (FLOOR_DIV ("d.taken_at", "1000000") " + d.utc_offset", "86400")

/* The days and counts as the four tables say (what the triggers keep). */
static const char SQL_SLOW[] =
  "SELECT profile_id, local_day, count(*) FROM ("
  "  SELECT profile_id, local_day FROM readings WHERE deleted_at IS NULL"
  "  UNION ALL SELECT profile_id, local_day FROM meals WHERE deleted_at IS NULL"
  "  UNION ALL SELECT profile_id, local_day FROM workouts WHERE deleted_at IS NULL"
  "  UNION ALL SELECT m.profile_id, " DOSE_DAY " FROM doses d JOIN medications m ON m.id = d.medication_id"
  "    WHERE d.status = 'taken' AND d.taken_at IS NOT NULL AND d.utc_offset IS NOT NULL"
  "    AND d.deleted_at IS NULL AND m.deleted_at IS NULL)"
  " GROUP BY 1, 2 ORDER BY 1, 2";
static const char SQL_FAST[] =
  "SELECT profile_id, local_day, entries FROM entry_days ORDER BY 1, 2";

static char *
dump (sqlite3    *db,
      const char *sql)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%lld:%lld:%lld\n", (long long) sqlite3_column_int64 (stmt, 0),
                            (long long) sqlite3_column_int64 (stmt, 1),
                            (long long) sqlite3_column_int64 (stmt, 2));
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* @after: the write just made, named when the two differ. */
static void
assert_consistent (sqlite3    *db,
                   const char *after)
{
  g_autofree char *slow = dump (db, SQL_SLOW);
  g_autofree char *fast = dump (db, SQL_FAST);

  if (g_strcmp0 (fast, slow) != 0)
    g_test_message ("after %s", after);
  g_assert_cmpstr (fast, ==, slow);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Thousands of random writes straight in SQL, every path the triggers
 * watch: inserts, moves to another day or member, soft deletes and undo,
 * purges, doses taken and skipped, in other offsets, before 1970 too, and
 * medications deleted and brought back. Seeded; the seed is printed. */
static void
test_entry_days_random_writes (Fixture       *f,
                               gconstpointer  data)
{
  static const char * const tables[] = { "readings", "meals", "workouts" };
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  sqlite3 *db = NULL;
  guint serial = 0;

  g_test_message ("seed %u", seed);
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  exec (db, "INSERT INTO profiles (uuid, name, created_at, updated_at) VALUES ('p1', 'One', 0, 0), ('p2', 'Two', 0, 0);"
            "INSERT INTO medications (uuid, profile_id, name, schedule, start_day, created_at, updated_at) "
            "VALUES ('m1', 1, 'A', 'as-needed', 0, 0, 0), ('m2', 2, 'B', 'as-needed', 0, 0, 0)");
  assert_consistent (db, "the first rows");

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *sql = NULL;
      guint op = g_rand_int_range (rand, 0, 10);
      const char *table = tables[g_rand_int_range (rand, 0, 3)];
      int profile = g_rand_int_range (rand, 1, 3);
      int day = g_rand_int_range (rand, -3, 12);

      switch (op)
        {
        case 0: case 1: case 2:
          if (g_str_equal (table, "readings"))
            sql = g_strdup_printf ("INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, local_day, value_a, "
                                   "created_at, updated_at) VALUES ('r%u', %d, 'weight', 0, 0, %d, 70, 0, 0)",
                                   serial++, profile, day);
          else if (g_str_equal (table, "meals"))
            sql = g_strdup_printf ("INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, "
                                   "created_at, updated_at) VALUES ('e%u', %d, 'lunch', 0, 0, %d, 0, 0)",
                                   serial++, profile, day);
          else
            sql = g_strdup_printf ("INSERT INTO workouts (uuid, profile_id, activity, started_at, utc_offset, local_day, "
                                   "duration_s, created_at, updated_at) VALUES ('w%u', %d, 'walking', 0, 0, %d, 60, 0, 0)",
                                   serial++, profile, day);
          break;
        case 3:
          sql = g_strdup_printf ("UPDATE %s SET local_day = %d, profile_id = %d WHERE id = "
                                 "(SELECT id FROM %s ORDER BY random() LIMIT 1)", table, day, profile, table);
          break;
        case 4:
          sql = g_strdup_printf ("UPDATE %s SET deleted_at = CASE WHEN deleted_at IS NULL THEN 1 ELSE NULL END "
                                 "WHERE id = (SELECT id FROM %s ORDER BY random() LIMIT 1)", table, table);
          break;
        case 5:
          sql = g_strdup_printf ("DELETE FROM %s WHERE id = (SELECT id FROM %s ORDER BY random() LIMIT 1)", table, table);
          break;
        case 6:
          {
            /* A dose at a random instant (before 1970 too) in a random offset. */
            gint64 at = ((gint64) g_rand_int_range (rand, -3 * 86400, 12 * 86400)) * G_USEC_PER_SEC
                        + g_rand_int_range (rand, 0, 1000000);
            int offset = g_rand_int_range (rand, -12, 15) * 3600;

            sql = g_strdup_printf ("INSERT INTO doses (uuid, medication_id, status, taken_at, utc_offset, created_at, "
                                   "updated_at) VALUES ('d%u', %d, '%s', %" G_GINT64_FORMAT ", %d, 0, 0)",
                                   serial++, profile, g_rand_boolean (rand) ? "taken" : "skipped", at, offset);
            break;
          }
        case 7:
          sql = g_strdup_printf ("UPDATE doses SET status = CASE status WHEN 'taken' THEN 'skipped' ELSE 'taken' END, "
                                 "utc_offset = %d, deleted_at = CASE WHEN random() %% 3 = 0 THEN 1 ELSE NULL END "
                                 "WHERE id = (SELECT id FROM doses ORDER BY random() LIMIT 1)",
                                 g_rand_int_range (rand, -12, 15) * 3600);
          break;
        case 8:
          sql = g_strdup_printf ("UPDATE medications SET deleted_at = CASE WHEN deleted_at IS NULL THEN 1 ELSE NULL END "
                                 "WHERE id = %d", profile);
          break;
        default:
          sql = g_strdup ("DELETE FROM doses WHERE id = (SELECT id FROM doses ORDER BY random() LIMIT 1)");
          break;
        }
      exec (db, sql);
      assert_consistent (db, sql);
    }
  sqlite3_close (db);
}

/* Through the store: a reading moved to another day, deleted and undone,
 * a workout, a dose taken then its medication deleted; the logging days
 * follow each step. */
static void
test_entry_days_store (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HearthProfile) member = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (member);
  g_autoptr(GDateTime) first = utc (2024, 6, 10, 8, 0);
  g_autoptr(GDateTime) later = utc (2024, 6, 12, 8, 0);
  g_autofree char *reading = add_weight (f, uuid, first, 70, NAN);
  g_autoptr(HearthReading) loaded = NULL;
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (query_int (f, "SELECT local_day FROM entry_days"), ==, day_of (2024, 6, 10));

  loaded = hearth_store_get_reading (f->store, reading, &error);
  g_assert_no_error (error);
  hearth_reading_set_taken_at (loaded, later);
  ASSERT_OK (hearth_store_update_reading (f->store, loaded, &error));
  g_assert_cmpint (query_int (f, "SELECT local_day FROM entry_days"), ==, day_of (2024, 6, 12));
  ASSERT_OK (hearth_store_delete_reading (f->store, reading, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM entry_days"), ==, 0);
  ASSERT_OK (hearth_store_undelete_reading (f->store, reading, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM entry_days"), ==, 1);

  medication = hearth_medication_new (uuid, "Aspirin", day_of (2024, 6, 1));
  medication->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  ASSERT_OK (hearth_store_add_medication (f->store, medication, &error));
  {
    /* 23:30 UTC on 13 June is 14 June in +08:00. */
    g_autoptr(GTimeZone) taipei = g_time_zone_new_offset (8 * 3600);
    g_autoptr(GDateTime) at_utc = utc (2024, 6, 13, 23, 30);
    g_autoptr(GDateTime) at = g_date_time_to_timezone (at_utc, taipei);

    ASSERT_OK (hearth_store_take_dose (f->store, medication->uuid, at, NULL, &error));
  }
  days = hearth_store_list_logging_days (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpint (g_array_index (days, gint64, 1), ==, day_of (2024, 6, 14));

  ASSERT_OK (hearth_store_delete_medication (f->store, medication->uuid, &error));
  g_clear_pointer (&days, g_array_unref);
  days = hearth_store_list_logging_days (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 1);
  ASSERT_OK (hearth_store_undelete_medication (f->store, medication->uuid, &error));
  g_clear_pointer (&days, g_array_unref);
  days = hearth_store_list_logging_days (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  assert_consistent (db, "the store's writes");
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/entry-days/random-writes", Fixture, NULL, fixture_setup, test_entry_days_random_writes, fixture_teardown);
  g_test_add ("/entry-days/store", Fixture, NULL, fixture_setup, test_entry_days_store, fixture_teardown);

  return g_test_run ();
}
