/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store-fixture.h"

void
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
on_profiles_changed_cb (HearthStore *store,
                        Fixture     *f)
{
  f->profiles_changed++;
}

static void
on_readings_changed_cb (HearthStore *store,
                        const char  *profile_uuid,
                        Fixture     *f)
{
  f->readings_changed++;
  g_free (f->last_readings_uuid);
  f->last_readings_uuid = g_strdup (profile_uuid);
}

void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

void
fixture_open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
  g_signal_connect (f->store, "profiles-changed", G_CALLBACK (on_profiles_changed_cb), f);
  g_signal_connect (f->store, "readings-changed", G_CALLBACK (on_readings_changed_cb), f);
}

void
fixture_setup_at (Fixture   *f,
                  GDateTime *now)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hearth-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "hearth.db", NULL);
  f->clock = hearth_clock_new_fixed (now);
  fixture_open_store (f);
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);

  fixture_setup_at (f, now);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_object (&f->clock);
  remove_tree (f->dir);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->last_readings_uuid, g_free);
}

void
fixture_reopen (Fixture *f)
{
  g_clear_object (&f->store);
  fixture_open_store (f);
}

HearthProfile *
add_member (Fixture    *f,
            const char *name)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new (name);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  return g_steal_pointer (&profile);
}

GDateTime *
utc (int y, int mo, int d, int h, int mi)
{
  return g_date_time_new_utc (y, mo, d, h, mi, 0);
}

gint64
day_of (int y, int mo, int d)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (y, mo, d, 0, 0, 0);

  return g_date_time_to_unix (dt) / 86400;
}

char *
add_weight (Fixture    *f,
            const char *profile_uuid,
            GDateTime  *taken_at,
            double      kg,
            double      body_fat)
{
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (taken_at, kg, body_fat);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, profile_uuid);
  hearth_store_add_reading (f->store, reading, &error);
  g_assert_no_error (error);
  return g_strdup (hearth_reading_get_uuid (reading));
}

char *
add_bp (Fixture    *f,
        const char *profile_uuid,
        GDateTime  *taken_at,
        double      systolic,
        double      diastolic)
{
  g_autoptr(HearthReading) reading =
    hearth_reading_new_blood_pressure (taken_at, systolic, diastolic, NAN);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, profile_uuid);
  hearth_store_add_reading (f->store, reading, &error);
  g_assert_no_error (error);
  return g_strdup (hearth_reading_get_uuid (reading));
}

/* Counts rows straight from the file, bypassing the store. */
gint64
query_int (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Runs @sql on the file through a connection of its own (raw rows). */
void
exec_sql (Fixture    *f,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
  sqlite3_close (db);
}

GListModel *
list_all (Fixture    *f,
          const char *profile_uuid,
          int         kind,
          GDateTime  *from,
          GDateTime  *to)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = hearth_store_list_readings (f->store, profile_uuid, kind, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}


gboolean
read_bytes (const char  *path,
            char       **contents,
            gsize       *length)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = g_file_get_contents (path, contents, length, &error);

  g_assert_no_error (error);
  return ok;
}
