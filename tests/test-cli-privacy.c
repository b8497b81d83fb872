/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-privacy"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "test-cli-common.h"

/* Issue 10: hearth-cli's journals are private (0600 wherever --db puts
 * them), "profile delete" and "delete-everything" delete for good, and
 * only with --yes. "Now" is 2026-03-30 12:00 CEST (test-cli-common.h). */

#define NAME "Quillonbright"
#define MEAL_NOTE "qmeal-note-4711"
#define FOOD "Zanzibarish soup"
#define WORKOUT_NOTE "qworkout-note-4712"
#define MED "Qmedicamentix"
#define SKIP_REASON "qskip-reason-4713"
#define CHALLENGE "Qchallenge title 4714"
#define GOAL "Qgoal title 4715"
#define KEPT_NOTE "kept-meal-note-0815"

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* The journal and its -wal (when there), as bytes. */
static GString *
journal_bytes (Fixture *f)
{
  static const char * const suffixes[] = { "", "-wal" };
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (f->db, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL))
        g_string_append_len (all, contents, length);
    }
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

/* NAME with an entry in every log, Bob with a meal of his own. */
static void
add_logs (Fixture *f)
{
  run_ok (f, "profile", "add", "--name", NAME, "--birth", "1980");
  run_ok (f, "profile", "add", "--name", "Bob", "--birth", "1975");
  run_ok (f, "log", "bp", "--profile", NAME, "--systolic", "121", "--diastolic", "79",
          "--at", "2026-03-30T08:00");
  run_ok (f, "log", "weight", "--profile", NAME, "--kg", "70", "--at", "2026-03-29T08:00");
  run_ok (f, "log", "meal", "--profile", NAME, "--type", "lunch", "--quick", FOOD ":300",
          "--at", "2026-03-30T11:00", "--note", MEAL_NOTE);
  run_ok (f, "log", "workout", "--profile", NAME, "--activity", "walking-brisk", "--minutes", "30",
          "--at", "2026-03-30T07:00", "--note", WORKOUT_NOTE);
  run_ok (f, "med", "add", "--profile", NAME, "--name", MED, "--as-needed");
  run_ok (f, "med", "take", "--profile", NAME, "--med", MED, "--at", "2026-03-30T09:00");
  run_ok (f, "skip", "--profile", NAME, "--day", "2026-03-28", "--reason", SKIP_REASON);
  run_ok (f, "challenge", "add", "--profile", NAME, "--title", CHALLENGE, "--days", "7");
  run_ok (f, "goal", "add", "--profile", NAME, "--metric", "steps", "--target", "8000",
          "--title", GOAL);
  run_ok (f, "log", "meal", "--profile", "Bob", "--type", "dinner", "--quick", "Bread:200",
          "--at", "2026-03-30T10:00", "--note", KEPT_NOTE);
}

static void
assert_gone (GString *bytes)
{
  static const char * const gone[] = {
    NAME, MEAL_NOTE, FOOD, WORKOUT_NOTE, MED, SKIP_REASON, CHALLENGE, GOAL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    {
      if (bytes_contain (bytes, gone[i]))
        g_error ("“%s” is still in the journal's bytes", gone[i]);
    }
}

static void
assert_there (GString *bytes)
{
  static const char * const there[] = {
    NAME, MEAL_NOTE, FOOD, WORKOUT_NOTE, MED, SKIP_REASON, CHALLENGE, GOAL, KEPT_NOTE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (there); i++)
    {
      if (!bytes_contain (bytes, there[i]))
        g_error ("“%s” is not in the journal's bytes to begin with", there[i]);
    }
}

/* --db PATH in a folder others can read, under umask 022: still 0600. */
static void
test_db_path_private (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "shared", NULL);
  g_autofree char *path = g_build_filename (dir, "family.db", NULL);
  mode_t old_umask;
  int status;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);

  old_umask = umask (022);
  status = run (f, "--db", path, "profile", "add", "--name", "Ann");
  umask (old_umask);
  g_assert_cmpint (status, ==, 0);

  g_assert_cmpuint (file_mode (path), ==, 0600);

  /* One made by somebody else, 0644: made private the next time it is written. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  old_umask = umask (022);
  status = run (f, "--db", path, "log", "weight", "--profile", "Ann", "--kg", "60");
  umask (old_umask);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (file_mode (path), ==, 0600);
}

static void
test_profile_delete (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GString) first = NULL;
  g_autoptr(GString) unchanged = NULL;
  g_autoptr(GString) bytes = NULL;
  int status;

  add_logs (f);
  first = journal_bytes (f);
  assert_there (first);

  /* Without --yes: what would be lost, exit 1, nothing changed. */
  before = snapshot (f);
  status = run (f, "profile", "delete", "--name", NAME);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (f->out, ==,
                   "Deleting “" NAME "” permanently would remove the member and:\n"
                   "  2 readings\n"
                   "  1 meal\n"
                   "  1 workout\n"
                   "  1 medication\n"
                   "  1 dose taken or skipped\n"
                   "  1 goal\n"
                   "  1 skip day\n"
                   "  1 challenge\n");
  g_assert_cmpstr (f->err, ==,
                   "hearth-cli: nothing was deleted; add --yes to delete permanently "
                   "(this cannot be undone)\n");
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);
  unchanged = journal_bytes (f);
  assert_there (unchanged);

  /* With --yes: gone for good, from the file too. */
  status = run (f, "profile", "delete", "--name", NAME, "--yes");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_true (g_str_has_prefix (f->out, "Deleted “" NAME "” permanently, with:\n  2 readings\n"));

  bytes = journal_bytes (f);
  assert_gone (bytes);
  g_assert_true (bytes_contain (bytes, KEPT_NOTE));

  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==, "Bob\t1975\t-\t-\t-\n");
  run_ok (f, "list", "--profile", "Bob", "--json");

  /* Nobody of that name is left. */
  run_fails (f, 1, "no member named", "profile", "delete", "--name", NAME, "--yes");
}

static void
test_delete_everything (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GString) bytes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  int status;

  add_logs (f);
  run_ok (f, "food", "add", "--name", "Grandmazzle stew", "--kcal", "120");

  before = snapshot (f);
  status = run (f, "delete-everything");
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (f->out, ==,
                   "Deleting everything permanently would remove:\n"
                   "  2 members\n"
                   "  2 readings\n"
                   "  2 meals\n"
                   "  1 workout\n"
                   "  1 medication\n"
                   "  1 dose taken or skipped\n"
                   "  1 goal\n"
                   "  1 skip day\n"
                   "  1 challenge\n"
                   "  1 food of the family’s own\n");
  g_assert_true (g_str_has_prefix (f->err, "hearth-cli: nothing was deleted"));
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);

  run_ok (f, "delete-everything", "--yes");
  g_assert_true (g_str_has_prefix (f->out, "Deleted everything permanently:\n  2 members\n"));

  bytes = journal_bytes (f);
  assert_gone (bytes);
  g_assert_false (bytes_contain (bytes, KEPT_NOTE));
  g_assert_false (bytes_contain (bytes, "Bob"));
  g_assert_false (bytes_contain (bytes, "Grandmazzle"));
  g_assert_false (bytes_contain (bytes, "grandmazzle"));

  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==, "");
  run_ok (f, "food", "list");
  g_assert_cmpstr (f->out, ==, "");

  /* An empty journal: nothing to lose, and it still takes new entries. */
  status = run (f, "delete-everything");
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (f->out, ==, "Deleting everything permanently would remove:\n  no entries\n");
  run_ok (f, "profile", "add", "--name", "Ann");
}

static void
test_delete_bad_input (Fixture       *f,
                       gconstpointer  data)
{
  /* No journal: none is made. */
  run_fails (f, 1, "There is no journal", "delete-everything", "--yes");
  run_fails (f, 1, "There is no journal", "profile", "delete", "--name", "Ann", "--yes");
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  add_family (f);
  run_fails (f, 2, "--name", "profile", "delete", "--yes");
  run_fails (f, 2, NULL, "profile", "delete", "--name", "Ann", "--yes", "extra");
  run_fails (f, 2, NULL, "delete-everything", "--yes", "--name", "Ann");
  run_fails (f, 1, "no member named “Zed”", "profile", "delete", "--name", "Zed", "--yes");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/cli/privacy/db-path-mode", Fixture, NULL,
              fixture_set_up, test_db_path_private, fixture_tear_down);
  g_test_add ("/hearth/cli/privacy/profile-delete", Fixture, NULL,
              fixture_set_up, test_profile_delete, fixture_tear_down);
  g_test_add ("/hearth/cli/privacy/delete-everything", Fixture, NULL,
              fixture_set_up, test_delete_everything, fixture_tear_down);
  g_test_add ("/hearth/cli/privacy/bad-input", Fixture, NULL,
              fixture_set_up, test_delete_bad_input, fixture_tear_down);

  return g_test_run ();
}
