/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-health"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* Health correctness through $HEARTH_CLI, as a person types it: home
 * thresholds, values shown and their categories, blood pressure sanity,
 * local times around summer-time changes (docs/clinical.md). Each test
 * gets a fresh database, "now" fixed by HEARTH_NOW and TZ Europe/Berlin. */

#define NOW "2026-12-01T12:00:00+01:00"

typedef struct
{
  char  *dir;
  char  *db;
  char **envp;
  char  *out;
  char  *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xdg = NULL;

  f->dir = g_dir_make_tmp ("hearth-cli-health-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hearth.db", NULL);
  xdg = g_build_filename (f->dir, "xdg-data", NULL);

  f->envp = g_get_environ ();
  f->envp = g_environ_setenv (f->envp, "HEARTH_DB", f->db, TRUE);
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", NOW, TRUE);
  f->envp = g_environ_setenv (f->envp, "TZ", "Europe/Berlin", TRUE);
  f->envp = g_environ_setenv (f->envp, "LC_ALL", "C.UTF-8", TRUE);
  f->envp = g_environ_setenv (f->envp, "XDG_DATA_HOME", xdg, TRUE);
  f->envp = g_environ_unsetenv (f->envp, "LANGUAGE");
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->db, g_free);
  g_clear_pointer (&f->envp, g_strfreev);
  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
}

/* Runs hearth-cli with the NULL-terminated arguments; f->out and f->err
 * hold its output. Returns the exit status. */
static int
run_argv (Fixture     *f,
          const char **args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("HEARTH_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, f->envp, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);

  if (!WIFEXITED (wait_status))
    g_error ("hearth-cli died (wait status %d); stderr: %s", wait_status, f->err);

  return WEXITSTATUS (wait_status);
}

#define run(f, ...) run_argv ((f), (const char *[]) { __VA_ARGS__, NULL })

/* Runs and expects success with nothing on stderr. */
#define run_ok(f, ...) G_STMT_START {                                   \
  int status_ = run ((f), __VA_ARGS__);                                 \
  if (status_ != 0)                                                     \
    g_error ("exit %d; stderr: %s", status_, (f)->err);                 \
  g_assert_cmpstr ((f)->err, ==, "");                                   \
} G_STMT_END

static char **
lines (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  g_strchomp (copy);
  return g_strsplit (copy, "\n", -1);
}

/* Exactly one line on stderr, "hearth-cli: …" containing @part. */
static void
assert_error_line (Fixture    *f,
                   const char *part)
{
  g_auto(GStrv) err = lines (f->err);

  g_assert_cmpuint (g_strv_length (err), ==, 1);
  g_assert_true (g_str_has_prefix (err[0], "hearth-cli: "));
  if (part != NULL && strstr (err[0], part) == NULL)
    g_error ("“%s” not in “%s”", part, err[0]);
}

/* `classify bp --home` by ESC 2024 uses its home thresholds. */
static void
test_esc_2024_home (Fixture       *f,
                    gconstpointer  data)
{
  static const struct {
    const char *sys, *dia, *id;
  } cases[] = {
    { "119", "69", "non-elevated" },
    { "120", "69", "elevated" },
    { "119", "70", "elevated" },
    { "134", "84", "elevated" },
    { "135", "84", "hypertension" },
    { "134", "85", "hypertension" },
    { "137", "86", "hypertension" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) out = NULL;

      run_ok (f, "classify", "bp", cases[i].sys, cases[i].dia, "--guideline", "esc-2024", "--home");
      out = lines (f->out);
      g_assert_cmpstr (out[0], ==, cases[i].id);
      g_assert_nonnull (strstr (out[1], "ESC 2024 (home thresholds)"));
      g_assert_null (strstr (f->out, "not offered"));
    }

  /* The same 137/86 in the office is elevated. */
  run_ok (f, "classify", "bp", "137", "86", "--guideline", "esc-2024");
  g_assert_true (g_str_has_prefix (f->out, "elevated\n"));
}

/* A diastolic at or over the systolic is no blood pressure: refused with
 * one line, exit 1, nothing on stdout. */
static void
test_classify_bp_refuses (Fixture       *f,
                          gconstpointer  data)
{
  g_assert_cmpint (run (f, "classify", "bp", "80", "120"), ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  assert_error_line (f, "The diastolic value must be lower than the systolic");

  g_assert_cmpint (run (f, "classify", "bp", "120", "120", "--guideline", "esc-2024", "--home"), ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  assert_error_line (f, "The diastolic value must be lower than the systolic");

  g_assert_cmpint (run (f, "classify", "bp", "400", "80"), ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  assert_error_line (f, "The systolic value must be between 50 and 300 mmHg");

  /* Nothing was stored anywhere: classify never opens the database. */
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
}

/* Below 90/60, `classify bp` adds the low note (either value is enough);
 * at 90/60 it does not. */
static void
test_classify_bp_low (Fixture       *f,
                      gconstpointer  data)
{
  static const struct {
    const char *sys, *dia;
    gboolean low;
  } cases[] = {
    { "85", "55", TRUE },
    { "89", "70", TRUE },
    { "100", "59", TRUE },
    { "90", "60", FALSE },
    { "120", "80", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) out = NULL;

      run_ok (f, "classify", "bp", cases[i].sys, cases[i].dia);
      out = lines (f->out);
      if (cases[i].low)
        {
          g_assert_cmpuint (g_strv_length (out), ==, 3);
          g_assert_cmpstr (out[2], ==, "note: low — below 90/60 mmHg, commonly flagged as low");
        }
      else
        {
          g_assert_cmpuint (g_strv_length (out), ==, 2);
        }
    }
}

/* The BMI printed and its category agree: 99.85 kg at 200 cm is BMI
 * 24.9625, reported as 25.0, so pre-obese (WHO) and overweight never
 * "Normal"; 99.78 kg (24.945) is 24.9, normal. */
static void
test_classify_bmi_shown (Fixture       *f,
                         gconstpointer  data)
{
  run_ok (f, "classify", "bmi", "--kg", "99.85", "--cm", "200");
  g_assert_cmpstr (f->out, ==, "pre-obese\nBMI 25.0: Pre-obese (WHO).\n");

  run_ok (f, "classify", "bmi", "--kg", "99.78", "--cm", "200");
  g_assert_cmpstr (f->out, ==, "normal\nBMI 24.9: Normal (WHO).\n");

  run_ok (f, "classify", "bmi", "--kg", "95.82", "--cm", "200", "--cutoffs", "china");
  g_assert_true (g_str_has_prefix (f->out, "overweight\nBMI 24.0: "));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The taken_at of every reading `list --json` gives, newest first, joined
 * with spaces. */
static char *
list_taken_at (Fixture *f)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  JsonArray *readings;

  run_ok (f, "list", "--profile", "Ann", "--json");
  root = parse_json (f->out);
  readings = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (readings); i++)
    {
      JsonObject *reading = json_array_get_object_element (readings, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, json_object_get_string_member (reading, "taken_at"));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Summer time in Europe/Berlin through --at: the spring gap is refused
 * with the reason, the repeated autumn hour takes its first occurrence and
 * says so, an explicit offset picks the other. */
static void
test_at_summer_time (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *taken = NULL;

  run_ok (f, "profile", "add", "--name", "Ann", "--birth", "1980-05-01");

  /* Spring: 02:30 on 29 March 2026 does not exist. */
  g_assert_cmpint (run (f, "log", "weight", "--profile", "Ann", "--kg", "70",
                        "--at", "2026-03-29 02:30"), ==, 2);
  g_assert_cmpstr (f->out, ==, "");
  assert_error_line (f, "02:30 does not exist on 29 March 2026: clocks moved forward from 02:00 to 03:00.");
  g_assert_nonnull (strstr (f->err, "--at"));
  g_assert_cmpint (run (f, "log", "weight", "--profile", "Ann", "--kg", "70",
                        "--at", "2026-03-29T02:00:00"), ==, 2);
  assert_error_line (f, "02:00 does not exist on 29 March 2026");
  taken = list_taken_at (f);
  g_assert_cmpstr (taken, ==, "");
  g_clear_pointer (&taken, g_free);

  /* Either side of the gap is fine. */
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-29 01:59");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-29 03:00");

  /* Autumn: 02:30 on 25 October 2026 happens twice. */
  g_assert_cmpint (run (f, "log", "weight", "--profile", "Ann", "--kg", "71",
                        "--at", "2026-10-25 02:30"), ==, 0);
  assert_error_line (f, "note: 02:30 happened twice on 25 October 2026: clocks went back from 03:00 to 02:00. "
                        "The first 02:30 (UTC+02:00) was taken; give the offset +01:00 for the second.");
  g_assert_cmpstr (f->out, !=, "");

  /* An explicit offset picks the second, with no note. */
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "72", "--at", "2026-10-25T02:30+01:00");

  taken = list_taken_at (f);
  g_assert_cmpstr (taken, ==,
                   "2026-10-25T02:30:00+01:00 2026-10-25T02:30:00+02:00 "
                   "2026-03-29T03:00:00+02:00 2026-03-29T01:59:00+01:00");
}

/* --from/--to take whole local days, the short spring day and the long
 * autumn day included; a time inside the gap is refused there too. */
static void
test_bounds_summer_time (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;

  run_ok (f, "profile", "add", "--name", "Ann", "--birth", "1980-05-01");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-28T23:59+01:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-29T00:00+01:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-29T23:59+02:00");
  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "70", "--at", "2026-03-30T00:00+02:00");

  run_ok (f, "list", "--profile", "Ann", "--from", "2026-03-29", "--to", "2026-03-29", "--json");
  root = parse_json (f->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);

  g_assert_cmpint (run (f, "list", "--profile", "Ann", "--from", "2026-03-29 02:30"), ==, 2);
  assert_error_line (f, "does not exist on 29 March 2026");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/cli-health/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("esc-2024-home", test_esc_2024_home);
  ADD ("classify-bp-refuses", test_classify_bp_refuses);
  ADD ("classify-bp-low", test_classify_bp_low);
  ADD ("classify-bmi-shown", test_classify_bmi_shown);
  ADD ("at-summer-time", test_at_summer_time);
  ADD ("bounds-summer-time", test_bounds_summer_time);

#undef ADD

  return g_test_run ();
}
