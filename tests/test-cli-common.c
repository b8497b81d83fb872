/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "test-cli-common.h"

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xdg = NULL;

  f->dir = g_dir_make_tmp ("hearth-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hearth.db", NULL);
  xdg = g_build_filename (f->dir, "xdg-data", NULL);

  f->envp = g_get_environ ();
  f->envp = g_environ_setenv (f->envp, "HEARTH_DB", f->db, TRUE);
  f->envp = g_environ_setenv (f->envp, "HEARTH_NOW", NOW, TRUE);
  f->envp = g_environ_setenv (f->envp, "TZ", CET, TRUE);
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

void
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
int
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

guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text != '\0'; text++)
    n += *text == '\n';

  return n;
}

/* One line, "hearth-cli: …", that contains @needle (if given). */
void
assert_error_line (Fixture    *f,
                   const char *needle)
{
  g_assert_true (g_str_has_prefix (f->err, "hearth-cli: "));
  g_assert_true (g_str_has_suffix (f->err, "\n"));
  g_assert_cmpuint (count_lines (f->err), ==, 1);
  g_assert_cmpstr (f->out, ==, "");
  if (needle != NULL && strstr (f->err, needle) == NULL)
    g_error ("“%s” not in stderr: %s", needle, f->err);
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));

  return json_node_copy (json_parser_get_root (parser));
}

/* Every member and every reading as JSON: equal snapshots, equal data. */
char *
snapshot (Fixture *f)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *profiles;
  guint i;

  if (!g_file_test (f->db, G_FILE_TEST_EXISTS))
    return g_strdup ("no database");

  run_ok (f, "profile", "list", "--json");
  g_string_append (all, f->out);
  root = parse_json (f->out);
  profiles = json_node_get_array (root);
  for (i = 0; i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = json_array_get_object_element (profiles, i);

      run_ok (f, "list", "--profile", json_object_get_string_member (profile, "name"), "--json");
      g_string_append (all, f->out);
    }

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);

  return g_string_free (g_steal_pointer (&all), FALSE);
}

char **
lines (const char *text)
{
  g_auto(GStrv) split = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (split);

  /* Drop the empty string after the last newline. */
  if (n > 0 && *split[n - 1] == '\0')
    g_clear_pointer (&split[n - 1], g_free);

  return g_steal_pointer (&split);
}

void
add_family (Fixture *f)
{
  run_ok (f, "profile", "add", "--name", "Ann", "--birth", "1980-05-01",
          "--sex", "female", "--height-cm", "165");
  run_ok (f, "profile", "add", "--name", "Bob", "--birth", "1975");
}

