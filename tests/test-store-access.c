/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-access"

#include "config.h"

#include <math.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core.h"
#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "store-fixture.h"

/* The store under stress and at its edges: several changes as one,
 * hygiene, busy, read-only journals, unusual paths, a full disk. */

/* hearth_store_write(): several changes as one ------------------------------ */

typedef struct
{
  Fixture  *f;
  gboolean  fail_at_end;
  guint     signals_seen_inside;
} WriteData;

static gboolean
write_family (HearthStore  *store,
              gpointer      user_data,
              GError      **error)
{
  WriteData *data = user_data;
  g_autoptr(HearthProfile) ada = hearth_profile_new ("Ada");
  g_autoptr(HearthProfile) again = hearth_profile_new ("ada");
  g_autoptr(HearthProfile) bob = hearth_profile_new ("Bob");
  g_autoptr(GDateTime) now = hearth_clock_now (data->f->clock);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (now, 70, NAN);
  g_autoptr(GError) inner_error = NULL;
  guint before = data->f->profiles_changed + data->f->readings_changed;

  if (!hearth_store_add_profile (store, ada, error))
    return FALSE;

  /* A change that fails on its own is undone alone; the write goes on. */
  g_assert_false (hearth_store_add_profile (store, again, &inner_error));
  g_assert_error (inner_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);

  if (!hearth_store_add_profile (store, bob, error))
    return FALSE;
  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (bob));
  if (!hearth_store_add_reading (store, reading, error))
    return FALSE;

  /* Nothing is announced before the whole is committed. */
  data->signals_seen_inside = data->f->profiles_changed + data->f->readings_changed - before;

  if (data->fail_at_end)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "changed my mind");
      return FALSE;
    }
  return TRUE;
}

static void
test_store_write_all_or_nothing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WriteData write = { f, TRUE, 0 };

  g_assert_false (hearth_store_write (f->store, write_family, &write, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (write.signals_seen_inside, ==, 0);
  g_assert_cmpuint (f->profiles_changed, ==, 0);
  g_assert_cmpuint (f->readings_changed, ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 0);

  write.fail_at_end = FALSE;
  ASSERT_OK (hearth_store_write (f->store, write_family, &write, &error));
  g_assert_cmpuint (write.signals_seen_inside, ==, 0);
  g_assert_cmpuint (f->profiles_changed, ==, 1);
  g_assert_cmpuint (f->readings_changed, ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 2);
}

/* SQLite may roll a whole transaction back by itself (it can on a full
 * disk); a write inside must then fail rather than start a transaction of
 * its own and keep a part of the whole. */
static gboolean
write_after_lost (HearthStore  *store,
                  gpointer      user_data,
                  GError      **error)
{
  g_autoptr(HearthProfile) ada = hearth_profile_new ("Ada");
  g_autoptr(HearthProfile) bob = hearth_profile_new ("Bob");
  g_autoptr(GError) inner_error = NULL;

  if (!hearth_store_add_profile (store, ada, error))
    return FALSE;

  /* What SQLite does on its own after some errors. */
  g_assert_cmpint (sqlite3_exec (_hearth_store_get_db (store), "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (hearth_store_add_profile (store, bob, &inner_error));
  g_assert_error (inner_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
  return TRUE;  /* a careless caller goes on */
}

static void
test_store_write_lost (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) cy = NULL;

  g_assert_false (hearth_store_write (f->store, write_after_lost, NULL, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 0);
  g_assert_cmpuint (f->profiles_changed, ==, 0);

  /* The store works again afterwards. */
  cy = add_member (f, "Cy");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 1);
}

/* Hygiene ----------------------------------------------------------------- */

/* A value SQLite cannot take (too long) fails the change instead of being
 * stored as NULL: every bind is checked. */
static void
test_store_bind_checked (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (now, 70, NAN);
  g_autofree char *note = g_strnfill (5000, 'x');
  g_autoptr(GError) error = NULL;

  sqlite3_limit (_hearth_store_get_db (f->store), SQLITE_LIMIT_LENGTH, 4000);
  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  hearth_reading_set_note (reading, note);
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 0);
  g_assert_cmpuint (f->readings_changed, ==, 0);

  /* The store is not left in a bad state: a shorter note goes in. */
  hearth_reading_set_note (reading, "short");
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE note = 'short'"), ==, 1);
}

static void
test_store_defensive (Fixture       *f,
                      gconstpointer  data)
{
  int on = -1;

  g_assert_cmpint (sqlite3_db_config (_hearth_store_get_db (f->store), SQLITE_DBCONFIG_DEFENSIVE,
                                      -1, &on), ==, SQLITE_OK);
  g_assert_cmpint (on, ==, 1);
}

static int
on_trace_cb (unsigned int  type,
             void         *user_data,
             void         *p,
             void         *x)
{
  GPtrArray *statements = user_data;

  g_ptr_array_add (statements, g_strdup (x));
  return 0;
}

/* Index of the first statement starting with @prefix, or -1. */
static int
find_statement (GPtrArray  *statements,
                const char *prefix)
{
  for (guint i = 0; i < statements->len; i++)
    {
      if (g_str_has_prefix (g_ptr_array_index (statements, i), prefix))
        return (int) i;
    }
  return -1;
}

/* The kind summary's several queries see one snapshot: one read
 * transaction around them all. */
static void
test_store_summary_one_read (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autofree char *r = add_weight (f, hearth_profile_get_uuid (ada), now, 70, NAN);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HearthKindSummary) summary = NULL;
  g_autoptr(GArray) kinds = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _hearth_store_get_db (f->store);

  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, on_trace_cb, statements);
  summary = hearth_store_get_kind_summary (f->store, hearth_profile_get_uuid (ada),
                                           HEARTH_READING_KIND_WEIGHT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary->latest);
  g_assert_cmpuint (statements->len, >=, 4);
  g_assert_cmpstr (g_ptr_array_index (statements, 0), ==, "BEGIN");
  g_assert_cmpstr (g_ptr_array_index (statements, statements->len - 1), ==, "COMMIT");

  g_ptr_array_set_size (statements, 0);
  kinds = hearth_store_get_tracked_kinds (f->store, ada, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (statements, 0), ==, "BEGIN");
  g_assert_cmpstr (g_ptr_array_index (statements, statements->len - 1), ==, "COMMIT");

  /* Likewise every read that resolves the member, then queries. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GListModel) list = NULL;
      g_autoptr(GArray) array = NULL;
      g_autoptr(HearthReading) latest = NULL;

      g_ptr_array_set_size (statements, 0);
      switch (i)
        {
        case 0:
          list = hearth_store_list_readings (f->store, hearth_profile_get_uuid (ada), -1, NULL, NULL, &error);
          break;
        case 1:
          latest = hearth_store_get_latest_reading (f->store, hearth_profile_get_uuid (ada),
                                                    HEARTH_READING_KIND_WEIGHT, &error);
          break;
        case 2:
          array = hearth_store_aggregate (f->store, hearth_profile_get_uuid (ada), HEARTH_READING_KIND_WEIGHT,
                                          HEARTH_PERIOD_DAY, 0, 40000, &error);
          break;
        default:
          array = hearth_store_get_series (f->store, hearth_profile_get_uuid (ada), HEARTH_READING_KIND_WEIGHT,
                                           0, G_MAXINT64, &error);
          break;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (statements->len, >=, 4);
      g_assert_cmpstr (g_ptr_array_index (statements, 0), ==, "BEGIN");
      g_assert_cmpstr (g_ptr_array_index (statements, statements->len - 1), ==, "COMMIT");
    }

  sqlite3_trace_v2 (db, 0, NULL, NULL);
  g_assert_true (sqlite3_get_autocommit (db));
}

/* An add guarded by the plausibility check runs the check inside the
 * write transaction it guards, so no other writer comes in between. */
static void
test_store_add_checked (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, -1);
  g_autofree char *r = add_weight (f, hearth_profile_get_uuid (ada), later, 70, NAN);
  g_autoptr(HearthReading) odd = hearth_reading_new_weight (now, 95, NAN);
  g_autoptr(HearthReading) fine = hearth_reading_new_weight (now, 71, NAN);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _hearth_store_get_db (f->store);
  int begin, check, insert;

  hearth_reading_set_profile_uuid (odd, hearth_profile_get_uuid (ada));
  hearth_reading_set_profile_uuid (fine, hearth_profile_get_uuid (ada));
  f->readings_changed = 0;

  g_assert_false (hearth_store_add_reading_checked (f->store, odd, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_null (hearth_reading_get_uuid (odd));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 1);
  g_assert_cmpuint (f->readings_changed, ==, 0);

  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, on_trace_cb, statements);
  ASSERT_OK (hearth_store_add_reading_checked (f->store, fine, &error));
  sqlite3_trace_v2 (db, 0, NULL, NULL);
  begin = find_statement (statements, "BEGIN IMMEDIATE");
  check = find_statement (statements, "SELECT value_a, taken_at FROM readings");
  insert = find_statement (statements, "INSERT INTO readings");
  g_assert_cmpint (begin, >=, 0);
  g_assert_cmpint (check, >, begin);
  g_assert_cmpint (insert, >, check);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 2);

  /* An edit likewise, leaving the reading itself out of the comparison. */
  hearth_reading_set_values (fine, 96, NAN, NAN);
  g_assert_false (hearth_store_update_reading_checked (f->store, fine, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE value_a = 71"), ==, 1);

  g_ptr_array_set_size (statements, 0);
  sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, on_trace_cb, statements);
  hearth_reading_set_values (fine, 72, NAN, NAN);
  ASSERT_OK (hearth_store_update_reading_checked (f->store, fine, &error));
  sqlite3_trace_v2 (db, 0, NULL, NULL);
  begin = find_statement (statements, "BEGIN IMMEDIATE");
  check = find_statement (statements, "SELECT value_a, taken_at FROM readings");
  insert = find_statement (statements, "UPDATE readings");
  g_assert_cmpint (begin, >=, 0);
  g_assert_cmpint (check, >, begin);
  g_assert_cmpint (insert, >, check);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE value_a = 72"), ==, 1);
}

/* "readings-changed" after deleting a member carries a string the store
 * owns, even when the caller's uuid belonged to the member object that the
 * list update dropped. */
static void
on_readings_changed_check_cb (HearthStore *store,
                              const char  *profile_uuid,
                              const char  *expected)
{
  g_assert_cmpstr (profile_uuid, ==, expected);
}

static void
test_store_signal_owns_uuid (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthProfile) added = add_member (f, "Ada");
  g_autofree char *expected = g_strdup (hearth_profile_get_uuid (added));
  g_autoptr(GError) error = NULL;
  HearthProfile *listed;

  g_clear_object (&added);
  listed = g_list_model_get_item (hearth_store_get_profiles (f->store), 0);
  g_object_unref (listed);  /* only the store's list keeps it now */

  g_signal_connect (f->store, "readings-changed",
                    G_CALLBACK (on_readings_changed_check_cb), expected);
  ASSERT_OK (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (listed), &error));
  g_assert_cmpstr (f->last_readings_uuid, ==, expected);
}

/* Failure modes ------------------------------------------------------------ */

typedef struct
{
  sqlite3 *other;
  guint    calls;
  guint    release_after;
} BusyData;

/* The store's connection asks to wait: after @release_after calls the
 * other program lets go of its lock, and the store must then go on. */
static int
on_busy_cb (void *user_data,
            int   n_before)
{
  BusyData *busy = user_data;

  g_assert_cmpint (n_before, ==, (int) busy->calls);
  busy->calls++;
  if (busy->calls == busy->release_after)
    g_assert_cmpint (sqlite3_exec (busy->other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  return 1;  /* try again */
}

static void
test_store_busy (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (now, 70, NAN);
  g_autoptr(HearthProfile) bob = hearth_profile_new ("Bob");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  BusyData busy = { NULL, 0, 3 };
  int timeout = -1;

  /* No waiting: another program's write lock makes every change BUSY at
   * once, and nothing is half-written. */
  g_object_set (f->store, "busy-timeout", 0, NULL);
  g_object_get (f->store, "busy-timeout", &timeout, NULL);
  g_assert_cmpint (timeout, ==, 0);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &busy.other, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (busy.other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_null (hearth_reading_get_uuid (reading));
  g_clear_error (&error);

  g_assert_false (hearth_store_add_profile (f->store, bob, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (ada), &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpuint (f->readings_changed, ==, 0);

  /* Reading still works while another program writes (WAL). */
  list = list_all (f, hearth_profile_get_uuid (ada), -1, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 0);

  /* Waiting: a change takes the write lock up front (BEGIN IMMEDIATE), so
   * it waits through the busy handler and goes on once the lock is free
   * (counted calls, no clock). */
  sqlite3_busy_handler (_hearth_store_get_db (f->store), on_busy_cb, &busy);
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
  g_assert_cmpuint (busy.calls, ==, busy.release_after);
  sqlite3_close (busy.other);

  /* The store works normally again. */
  g_object_set (f->store, "busy-timeout", 5000, NULL);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles WHERE deleted_at IS NULL"), ==, 1);
  ASSERT_OK (hearth_store_add_profile (f->store, bob, &error));
}

/* Root ignores file permissions: a test of them runs as "nobody". As root,
 * the test binary is copied to a folder nobody can read and runs only
 * @test_path there through runuser; the child (not root) runs the body. */
static gboolean
run_unprivileged (const char *test_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *work = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = NULL;
  int status = -1;

  if (getuid () != 0)
    return FALSE;  /* the caller runs the body itself */

  self_exe = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("hearth-nobody-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_chmod (dir, 0755));
  copy = g_build_filename (dir, "test-store-access", NULL);
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (self_exe, &contents, &length, &error));
    g_assert_true (g_file_set_contents (copy, contents, length, &error));
    g_assert_no_errno (g_chmod (copy, 0755));
  }
  work = g_build_filename (dir, "work", NULL);
  g_assert_no_errno (g_mkdir (work, 0700));
  g_assert_no_errno (chown (work, 65534, 65534));

  env = g_get_environ ();
  env = g_environ_setenv (env, "TMPDIR", work, TRUE);
  {
    const char *argv[] = { "runuser", "-u", "nobody", "--", copy, "-p", test_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  g_test_message ("as nobody: %s%s", out, err);
  g_assert_nonnull (strstr (out, "ok 1"));
  g_assert_null (strstr (out, "not ok"));
  g_assert_null (strstr (out, "SKIP"));
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  {
    const char *argv_rm[] = { "rm", "-rf", dir, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
  }
  return TRUE;
}

static void
assert_no_sidecars (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

/* Opens the closed fixture database with @flags and checks it is
 * read-only: reads work, writes fail with READ_ONLY, the file is unchanged
 * and no -wal/-shm file is left behind. */
static void
check_read_only (Fixture              *f,
                 HearthStoreOpenFlags  flags)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) bob = hearth_profile_new ("Bob");
  g_autoptr(HearthProfile) ada = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (now, 70, NAN);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  read_bytes (f->path, &before, &before_len);
  assert_no_sidecars (f->path);

  store = hearth_store_open_full (f->path, f->clock, flags, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_is_read_only (store));
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (store)), ==, 1);

  ada = hearth_store_find_profile (store, "Ada", &error);
  g_assert_no_error (error);
  list = hearth_store_list_readings (store, hearth_profile_get_uuid (ada), -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_assert_false (hearth_store_add_profile (store, bob, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  g_assert_false (hearth_store_add_reading (store, reading, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (hearth_store_delete_profile (store, hearth_profile_get_uuid (ada), &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  assert_no_sidecars (f->path);
  g_clear_object (&store);

  read_bytes (f->path, &after, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  assert_no_sidecars (f->path);
}

static void
fill_and_close (Fixture *f)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autofree char *r = add_weight (f, hearth_profile_get_uuid (ada), now, 70, NAN);

  g_clear_object (&f->store);
}

/* Asked for: a writable journal opened read-only touches nothing. */
static void
test_store_read_only_flag (Fixture       *f,
                           gconstpointer  data)
{
  fill_and_close (f);
  check_read_only (f, HEARTH_STORE_OPEN_READ_ONLY);
  check_read_only (f, HEARTH_STORE_OPEN_READ_ONLY | HEARTH_STORE_OPEN_EXISTING);
}

/* A read-only file opens read-only by itself. */
static void
test_store_read_only_file (Fixture       *f,
                           gconstpointer  data)
{
  if (run_unprivileged ("/hearth/store/read-only/file"))
    return;

  fill_and_close (f);
  g_assert_no_errno (g_chmod (f->path, 0444));
  g_assert_cmpint (access (f->path, W_OK), !=, 0);

  check_read_only (f, HEARTH_STORE_OPEN_DEFAULT);
  check_read_only (f, HEARTH_STORE_OPEN_EXISTING);
}

/* A journal in a folder the user cannot write: WAL cannot start there,
 * yet it opens read-only and can be listed. */
static void
test_store_read_only_folder (Fixture       *f,
                             gconstpointer  data)
{
  if (run_unprivileged ("/hearth/store/read-only/folder"))
    return;

  fill_and_close (f);
  g_assert_no_errno (g_chmod (f->dir, 0555));
  g_assert_cmpint (access (f->dir, W_OK), !=, 0);

  check_read_only (f, HEARTH_STORE_OPEN_DEFAULT);
  check_read_only (f, HEARTH_STORE_OPEN_EXISTING);
  g_assert_no_errno (g_chmod (f->dir, 0700));
}

/* EXISTING never creates the file or its folders. */
static void
test_store_existing_missing (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "not", "there", NULL);
  g_autofree char *path = g_build_filename (folder, "hearth.db", NULL);
  g_autofree char *sibling = g_build_filename (f->dir, "missing.db", NULL);
  const char *paths[] = { path, sibling };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(HearthStore) store = NULL;

      store = hearth_store_open_full (paths[i], f->clock, HEARTH_STORE_OPEN_EXISTING, &error);
      g_assert_null (store);
      g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, paths[i]));
      g_clear_error (&error);

      store = hearth_store_open_full (paths[i], f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
      g_assert_null (store);
      g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
      g_clear_error (&error);

      g_assert_false (g_file_test (paths[i], G_FILE_TEST_EXISTS));
      assert_no_sidecars (paths[i]);
    }
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Paths that cannot hold a journal are refused before anything is made. */
static void
test_store_unusual_paths (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=memory", f->path);
  const char *paths[] = { "", ":memory:", uri, "/dev/null", f->dir };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(HearthStore) store = NULL;

      store = hearth_store_open_full (paths[i], f->clock, HEARTH_STORE_OPEN_DEFAULT, &error);
      g_assert_null (store);
      g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "journal"));
      g_clear_error (&error);
    }

  g_assert_false (g_file_test ("/dev/null-journal", G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("/dev/null-wal", G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (":memory:", G_FILE_TEST_EXISTS));
}

static void
test_store_disk_full (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Mei");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GError) error = NULL;
  guint stored = 0;
  guint i;

  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  for (i = 0; i < 5; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_minutes (now, -(int) (i + 1) * 60);
      g_autoptr(HearthReading) r = hearth_reading_new_blood_pressure (at, 120 + i, 80, NAN);

      hearth_reading_set_profile_uuid (r, hearth_profile_get_uuid (profile));
      ASSERT_OK (hearth_store_add_reading (f->store, r, &error));
    }
  before = hearth_store_list_readings (f->store, hearth_profile_get_uuid (profile), -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 5);

  ASSERT_OK (_hearth_store_cap_size_for_testing (f->store, &error));

  /* Long notes fill the remaining free pages quickly. */
  for (i = 0; i < 10000 && error == NULL; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_seconds (now, -(double) i);
      g_autoptr(HearthReading) r = hearth_reading_new_weight (at, 70, NAN);
      g_autofree char *note = g_strnfill (2000, 'x');

      hearth_reading_set_profile_uuid (r, hearth_profile_get_uuid (profile));
      hearth_reading_set_note (r, note);
      if (hearth_store_add_reading (f->store, r, &error))
        stored++;
    }
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_clear_error (&error);

  /* Everything stored before the failure is still there, the failed row is not. */
  after = hearth_store_list_readings (f->store, hearth_profile_get_uuid (profile), -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 5 + stored);

  /* And it survives closing and opening again. */
  fixture_reopen (f);
  g_clear_object (&after);
  after = hearth_store_list_readings (f->store, hearth_profile_get_uuid (profile), -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 5 + stored);
}

/* Another connection changed the journal (the app's import runs on one
 * in a worker thread): reload shows its members and tells every member's
 * pages, once each. */
static void
test_store_reload (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) other = hearth_store_open (f->path, f->clock, &error);
  g_autoptr(HearthProfile) ann = hearth_profile_new ("Ann");
  guint profiles_before = f->profiles_changed;
  guint readings_before = f->readings_changed;

  g_assert_no_error (error);
  g_assert_true (hearth_store_add_profile (other, ann, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 0);

  g_assert_true (hearth_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 1);
  g_assert_cmpuint (f->profiles_changed, ==, profiles_before + 1);
  g_assert_cmpuint (f->readings_changed, ==, readings_before + 1);
  g_assert_cmpstr (f->last_readings_uuid, ==, hearth_profile_get_uuid (ann));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("write/all-or-nothing", test_store_write_all_or_nothing);
  ADD ("write/lost", test_store_write_lost);
  ADD ("hygiene/bind-checked", test_store_bind_checked);
  ADD ("hygiene/defensive", test_store_defensive);
  ADD ("hygiene/summary-one-read", test_store_summary_one_read);
  ADD ("hygiene/add-checked", test_store_add_checked);
  ADD ("hygiene/signal-owns-uuid", test_store_signal_owns_uuid);
  ADD ("busy", test_store_busy);
  ADD ("read-only/flag", test_store_read_only_flag);
  ADD ("read-only/file", test_store_read_only_file);
  ADD ("read-only/folder", test_store_read_only_folder);
  ADD ("existing/missing", test_store_existing_missing);
  ADD ("unusual-paths", test_store_unusual_paths);
  ADD ("disk-full", test_store_disk_full);
  ADD ("reload", test_store_reload);

#undef ADD

  return g_test_run ();
}
