/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Flatpak manifest cannot be built offline, so check what can be checked: it parses, its
 * ID, command and sandbox match the Meson build, and every local source exists.
 *   test-flatpak MANIFEST DESKTOP_FILE */
#define G_LOG_DOMAIN "test-flatpak"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

static const char *manifest_path;
static const char *desktop_path;

static JsonObject *
load_manifest (JsonParser **parser_out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, manifest_path, &error);
  g_assert_no_error (error);

  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  *parser_out = g_steal_pointer (&parser);
  return json_node_get_object (root);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    g_error ("manifest: \"%s\" is missing", member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    g_error ("manifest: \"%s\" is not a string", member);
  return json_node_get_string (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    g_error ("manifest: \"%s\" is missing or not an array", member);
  return json_node_get_array (node);
}

static void
test_identity (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  gboolean has_id = json_object_has_member (manifest, "id");
  gboolean has_app_id = json_object_has_member (manifest, "app-id");

  /* flatpak-builder accepts either spelling; both at once is ambiguous. */
  g_assert_true (has_id != has_app_id);
  g_assert_cmpstr (get_string (manifest, has_id ? "id" : "app-id"), ==, BASE_APPLICATION_ID);
  g_assert_cmpstr (get_string (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (get_string (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_nonnull (get_string (manifest, "runtime-version"));
  /* GNOME runtimes are supported for about a year: 48 ended in March 2026, so 50 is the oldest
   * supported one (until GNOME 52 ships). The code keeps its GTK 4.8 / libadwaita 1.2 floor. */
  g_assert_cmpint (g_ascii_strtoll (get_string (manifest, "runtime-version"), NULL, 10), >=, 50);
  g_assert_cmpstr (get_string (manifest, "command"), ==, "hearth");
}

/* The desktop file launches the same program the sandbox runs. */
static void
test_command_matches_desktop_file (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  g_autoptr(GKeyFile) desktop = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_auto(GStrv) argv = NULL;

  g_key_file_load_from_file (desktop, desktop_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP,
                                G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_no_error (error);
  g_shell_parse_argv (exec, NULL, &argv, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (argv[0], ==, get_string (manifest, "command"));
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
test_sandbox (void)
{
  static const char * const required[] = {
    "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
  };
  /* A private, local journal: no network, no home or host files, no unfiltered buses. */
  static const char * const forbidden_prefixes[] = {
    "--share=network", "--filesystem=home", "--filesystem=host", "--filesystem=~",
    "--filesystem=/", "--device=all", "--socket=session-bus", "--socket=system-bus",
  };
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *finish_args = get_array (manifest, "finish-args");

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (!array_has_string (finish_args, required[i]))
        g_test_fail_printf ("finish-args lacks %s", required[i]);
    }

  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      g_assert_nonnull (arg);
      for (guint j = 0; j < G_N_ELEMENTS (forbidden_prefixes); j++)
        {
          if (g_str_has_prefix (arg, forbidden_prefixes[j]))
            g_test_fail_printf ("finish-args must not contain %s", arg);
        }
    }
}

/* The last module is Hearth itself, built with Meson from this checkout. */
static void
test_app_module (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *modules = get_array (manifest, "modules");
  JsonObject *app;
  JsonArray *sources;
  JsonObject *source;
  g_autofree char *manifest_dir = g_path_get_dirname (manifest_path);
  g_autofree char *tree = NULL;
  g_autofree char *meson_build = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (json_array_get_length (modules), >, 0);
  app = json_array_get_object_element (modules, json_array_get_length (modules) - 1);
  g_assert_nonnull (app);
  g_assert_cmpstr (get_string (app, "name"), ==, "hearth");
  g_assert_cmpstr (get_string (app, "buildsystem"), ==, "meson");

  sources = get_array (app, "sources");
  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  source = json_array_get_object_element (sources, 0);
  g_assert_nonnull (source);
  g_assert_cmpstr (get_string (source, "type"), ==, "dir");
  g_assert_cmpstr (get_string (source, "path"), ==, "..");

  /* ".." from the manifest is this project's tree. */
  tree = g_build_filename (manifest_dir, "..", NULL);
  meson_build = g_build_filename (tree, "meson.build", NULL);
  g_file_get_contents (meson_build, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "project('hearth'"));
}

static void
check_local_path (const char *manifest_dir,
                  const char *module,
                  const char *type,
                  const char *path)
{
  g_autofree char *full = NULL;
  GFileTest test = g_str_equal (type, "dir") ? G_FILE_TEST_IS_DIR : G_FILE_TEST_IS_REGULAR;

  g_assert_false (g_path_is_absolute (path));
  full = g_build_filename (manifest_dir, path, NULL);
  if (!g_file_test (full, test))
    g_test_fail_printf ("module %s: %s source %s does not exist (%s)", module, type, path, full);
}

static void
test_local_sources_exist (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *modules = get_array (manifest, "modules");
  g_autofree char *manifest_dir = g_path_get_dirname (manifest_path);
  guint checked = 0;

  for (guint m = 0; m < json_array_get_length (modules); m++)
    {
      JsonNode *module_node = json_array_get_element (modules, m);
      JsonObject *module;
      const char *name;
      JsonArray *sources;

      /* A module may also be a path to a JSON file of its own. */
      if (JSON_NODE_HOLDS_VALUE (module_node))
        {
          check_local_path (manifest_dir, "(include)", "file", json_node_get_string (module_node));
          checked++;
          continue;
        }

      module = json_node_get_object (module_node);
      g_assert_nonnull (module);
      name = get_string (module, "name");
      if (!json_object_has_member (module, "sources"))
        continue;
      sources = get_array (module, "sources");

      for (guint s = 0; s < json_array_get_length (sources); s++)
        {
          JsonObject *source = json_array_get_object_element (sources, s);
          const char *type;

          g_assert_nonnull (source);
          type = get_string (source, "type");
          if (!g_str_equal (type, "dir") && !g_str_equal (type, "file") &&
              !g_str_equal (type, "patch"))
            continue;

          if (json_object_has_member (source, "path"))
            {
              check_local_path (manifest_dir, name, type, get_string (source, "path"));
              checked++;
            }
          if (json_object_has_member (source, "paths"))
            {
              JsonArray *paths = get_array (source, "paths");

              for (guint p = 0; p < json_array_get_length (paths); p++)
                {
                  check_local_path (manifest_dir, name, type,
                                    json_array_get_string_element (paths, p));
                  checked++;
                }
            }
        }
    }

  g_assert_cmpuint (checked, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc != 3)
    g_error ("usage: %s [--tap] MANIFEST DESKTOP_FILE", argv[0]);
  manifest_path = argv[1];
  desktop_path = argv[2];

  g_test_add_func ("/hearth/flatpak/identity", test_identity);
  g_test_add_func ("/hearth/flatpak/command-matches-desktop-file", test_command_matches_desktop_file);
  g_test_add_func ("/hearth/flatpak/sandbox", test_sandbox);
  g_test_add_func ("/hearth/flatpak/app-module", test_app_module);
  g_test_add_func ("/hearth/flatpak/local-sources-exist", test_local_sources_exist);

  return g_test_run ();
}
