/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-kill"

#include "config.h"

#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core.h"

/* Kill -9 trial: a child process (this program with --writer) writes to a
 * journal — the generated family (one bulk write), further families
 * through hearth_store_write() and single readings — and prints a line
 * after each commit. It is killed with SIGKILL at a random moment; then
 * the journal must pass PRAGMA integrity_check, hold every write the
 * child reported, and hold every bulk write whole or not at all.
 *
 * HEARTH_KILL_TRIALS=500 asks for more trials than the default. */

#define DEFAULT_TRIALS        30
#define GENERATE_SEED         7
#define GENERATE_MEMBERS      3
#define GENERATE_DAYS         120
#define FAMILY_MEMBERS        2
#define FAMILY_READINGS       40   /* per member */
#define MAX_KILL_DELAY_USEC   (120 * 1000)
#define STEADY_KILL_DELAY_USEC (30 * 1000)
#define TRIALS_PER_JOURNAL    6

static GDateTime *
fixed_now (void)
{
  return g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
}

/* The writer ------------------------------------------------------------- */

typedef struct
{
  GDateTime *now;
  char      *tag;
} Family;

static gboolean
write_family (HearthStore  *store,
              gpointer      user_data,
              GError      **error)
{
  Family *family = user_data;

  for (guint m = 0; m < FAMILY_MEMBERS; m++)
    {
      g_autofree char *name = g_strdup_printf ("Family %s member %u", family->tag, m);
      g_autoptr(HearthProfile) profile = hearth_profile_new (name);

      if (!hearth_store_add_profile (store, profile, error))
        return FALSE;

      for (guint r = 0; r < FAMILY_READINGS; r++)
        {
          g_autoptr(GDateTime) at = g_date_time_add_hours (family->now, -(int) (r * 7 + m));
          g_autoptr(HearthReading) reading = hearth_reading_new_weight (at, 60 + r % 10, NAN);
          g_autofree char *note = g_strnfill (200 + r, 'n');

          hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (profile));
          hearth_reading_set_note (reading, note);
          if (!hearth_store_add_reading (store, reading, error))
            return FALSE;
        }
    }

  return TRUE;
}

static int
run_writer (const char *path)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (now);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) single = NULL;
  guint64 unique = (guint64) g_get_real_time () ^ ((guint64) getpid () << 32);

  setvbuf (stdout, NULL, _IOLBF, 0);

  store = hearth_store_open (path, clock, &error);
  if (store == NULL)
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }

  /* The generated family: one bulk write, done once per journal. */
  {
    g_autoptr(HearthGenerated) generated =
      hearth_generated_new (GENERATE_SEED, GENERATE_MEMBERS, GENERATE_DAYS, now);

    if (hearth_generated_store (generated, store, &error))
      printf ("generate\n");
    else if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS))
      g_clear_error (&error);
    else
      {
        g_printerr ("writer: %s\n", error->message);
        return 1;
      }
  }

  /* The member single readings go to. */
  single = hearth_store_find_profile (store, "Single", NULL);
  if (single == NULL)
    {
      single = hearth_profile_new ("Single");
      if (!hearth_store_add_profile (store, single, &error))
        {
          g_printerr ("writer: %s\n", error->message);
          return 1;
        }
    }

  for (guint i = 0; ; i++)
    {
      Family family = { now, NULL };
      g_autofree char *tag = g_strdup_printf ("%" G_GINT64_MODIFIER "x-%u", unique, i);
      g_autoptr(GDateTime) at = g_date_time_add_seconds (now, -(double) (i + 1) - (unique % 100000) * 60.0);
      g_autoptr(HearthReading) reading = hearth_reading_new_heart_rate (at, 60 + i % 30);

      family.tag = tag;
      if (!hearth_store_write (store, write_family, &family, &error))
        {
          g_printerr ("writer: %s\n", error->message);
          return 1;
        }
      printf ("family %s\n", tag);

      hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (single));
      if (!hearth_store_add_reading (store, reading, &error))
        {
          g_printerr ("writer: %s\n", error->message);
          return 1;
        }
      printf ("reading %s\n", hearth_reading_get_uuid (reading));
    }

  return 0;
}

/* The checks ------------------------------------------------------------- */

static gint64
query_int (sqlite3    *db,
           const char *sql,
           const char *text)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text != NULL)
    g_assert_cmpint (sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
check_journal (const char *path,
               GPtrArray  *reported,
               guint       generated_readings)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 family_profiles, family_readings, generated_profiles;

  /* Killed before it made the file: nothing was reported. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpuint (reported->len, ==, 0);
      return;
    }

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  /* Killed before the first migration committed: nothing was reported. */
  if (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'readings'", NULL) == 0)
    {
      g_assert_cmpuint (reported->len, ==, 0);
      sqlite3_close (db);
      return;
    }

  /* Every write the child reported is there. */
  for (guint i = 0; i < reported->len; i++)
    {
      const char *line = g_ptr_array_index (reported, i);

      if (g_str_has_prefix (line, "reading "))
        g_assert_cmpint (query_int (db, "SELECT count(*) FROM readings WHERE uuid = ?1",
                                    line + strlen ("reading ")), ==, 1);
      else if (g_str_has_prefix (line, "family "))
        {
          g_autofree char *like = g_strdup_printf ("Family %s member %%", line + strlen ("family "));

          g_assert_cmpint (query_int (db, "SELECT count(*) FROM profiles WHERE name LIKE ?1", like),
                           ==, FAMILY_MEMBERS);
        }
      else if (g_str_equal (line, "generate"))
        g_assert_cmpint (query_int (db, "SELECT count(*) FROM profiles WHERE name = 'Robert'", NULL),
                         ==, 1);
      else
        g_error ("unexpected line from the writer: %s", line);
    }

  /* No bulk write is half there: every family has all its members, each
   * with all its readings; the generated family is whole or absent. */
  family_profiles = query_int (db, "SELECT count(*) FROM profiles WHERE name LIKE 'Family %'", NULL);
  family_readings = query_int (db, "SELECT count(*) FROM readings r JOIN profiles p "
                                   "ON p.id = r.profile_id WHERE p.name LIKE 'Family %'", NULL);
  g_assert_cmpint (family_profiles % FAMILY_MEMBERS, ==, 0);
  g_assert_cmpint (family_readings, ==, family_profiles * FAMILY_READINGS);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM (SELECT substr(name, 1, length(name) - 9) AS f, "
                                  "count(*) AS n FROM profiles WHERE name LIKE 'Family %' "
                                  "GROUP BY f HAVING n <> 2)", NULL), ==, 0);

  generated_profiles = query_int (db, "SELECT count(*) FROM profiles WHERE name IN "
                                      "('Robert', 'Helen', 'Daniel')", NULL);
  g_assert_true (generated_profiles == 0 || generated_profiles == GENERATE_MEMBERS);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM readings r JOIN profiles p "
                                  "ON p.id = r.profile_id WHERE p.name IN "
                                  "('Robert', 'Helen', 'Daniel')", NULL),
                   ==, generated_profiles == 0 ? 0 : generated_readings);

  sqlite3_close (db);
}

/* Reads from @fd into @buffer until it holds a complete line or the
 * child is gone. */
static void
wait_for_line (int      fd,
               GString *buffer)
{
  char chunk[256];
  ssize_t n;

  while (strchr (buffer->str, '\n') == NULL && (n = read (fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (buffer, chunk, n);
}

/* Reads the rest of what the child printed; complete lines only (a line
 * cut by the kill was never a report). */
static void
collect_lines (int        fd,
               GString   *buffer,
               GPtrArray *lines)
{
  char chunk[4096];
  ssize_t n;
  char *start;
  char *newline;

  while ((n = read (fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (buffer, chunk, n);

  start = buffer->str;
  while ((newline = strchr (start, '\n')) != NULL)
    {
      g_ptr_array_add (lines, g_strndup (start, newline - start));
      start = newline + 1;
    }
}

static void
test_kill_trials (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-kill-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GPtrArray) reported = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) buffer = g_string_new (NULL);
  gint32 max_delay = MAX_KILL_DELAY_USEC;
  guint total_reported = 0;
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(HearthGenerated) generated =
    hearth_generated_new (GENERATE_SEED, GENERATE_MEMBERS, GENERATE_DAYS, now);
  const char *env_trials = g_getenv ("HEARTH_KILL_TRIALS");
  guint trials = DEFAULT_TRIALS;
  guint killed_mid_write = 0;

  g_assert_no_error (error);
  g_assert_nonnull (self_exe);
  if (env_trials != NULL && env_trials[0] != '\0')
    trials = (guint) g_ascii_strtoull (env_trials, NULL, 10);
  g_assert_cmpuint (trials, >, 0);

  for (guint t = 0; t < trials; t++)
    {
      const char *argv[] = { self_exe, "--writer", NULL, NULL };
      GPid pid;
      int out_fd = -1;
      int status = 0;
      guint before;

      /* A fresh journal every few trials, so the generated family (one
       * bulk write, made once per journal) is interrupted too. */
      if (t % TRIALS_PER_JOURNAL == 0)
        {
          g_free (path);
          path = g_strdup_printf ("%s/hearth-%u.db", dir, t / TRIALS_PER_JOURNAL);
          g_ptr_array_set_size (reported, 0);
        }
      argv[2] = path;
      before = reported->len;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* Even trials: any moment from the start (opening, migrating, the
       * generated family). Odd ones: while it keeps writing, after its
       * first report, whatever the machine's speed (sanitizers, load). */
      if (t % 2 == 1)
        {
          wait_for_line (out_fd, buffer);
          g_usleep (g_test_rand_int_range (0, STEADY_KILL_DELAY_USEC));
        }
      else
        {
          g_usleep (g_test_rand_int_range (0, max_delay));
        }
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      collect_lines (out_fd, buffer, reported);
      g_string_truncate (buffer, 0);
      close (out_fd);

      /* A slow machine: let the next kills land later. */
      if (reported->len == before && t % 2 == 0)
        max_delay = MIN (max_delay * 3 / 2, 2 * G_USEC_PER_SEC);

      /* A child that exited by itself failed to write: that is a bug too. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      if (reported->len > before)
        killed_mid_write++;
      total_reported += reported->len - before;

      check_journal (path, reported, hearth_generated_get_readings (generated)->len);

      /* And Hearth itself opens it. */
      {
        g_autoptr(HearthClock) clock = hearth_clock_new_fixed (now);
        g_autoptr(HearthStore) store = hearth_store_open (path, clock, &error);

        g_assert_no_error (error);
        g_assert_nonnull (store);
      }
    }

  g_test_message ("%u trials, %u reported writes, %u after the writer had committed something",
                  trials, total_reported, killed_mid_write);
  /* The kills landed while it was writing, not only before it started. */
  g_assert_cmpuint (total_reported, >, 0);

  {
    const char *argv_rm[] = { "rm", "-rf", dir, NULL };
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/kill/trials", test_kill_trials);

  return g_test_run ();
}
