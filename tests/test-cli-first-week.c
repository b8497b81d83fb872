/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-first-week"

#include "config.h"

#include <string.h>

#include "test-cli-common.h"

/* hearth-cli's side of issue 9's first week: profile add --goal, the goal
 * in profile list, and the checklist command. "Now" is 2026-03-30 12:00
 * in CEST (test-cli-common.h). */

static JsonObject *
member_json (JsonNode   *root,
             const char *name)
{
  JsonArray *members = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonObject *member = json_array_get_object_element (members, i);

      if (g_str_equal (json_object_get_string_member (member, "name"), name))
        return member;
    }
  g_error ("no member %s", name);
  return NULL;
}

static void
test_profile_goal (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;

  run_ok (f, "profile", "add", "--name", "Ann", "--birth", "1980", "--sex", "female", "--goal", "lower-bp");
  run_ok (f, "profile", "add", "--name", "Bob", "--goal", "move-more");
  run_ok (f, "profile", "add", "--name", "Cy");

  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==,
                   "Ann\t1980\tfemale\t-\tLower blood pressure\n"
                   "Bob\t-\t-\t-\tMove more\n"
                   "Cy\t-\t-\t-\t-\n");

  run_ok (f, "profile", "list", "--json");
  root = parse_json (f->out);
  g_assert_cmpstr (json_object_get_string_member (member_json (root, "Ann"), "main_goal"), ==, "lower-bp");
  g_assert_cmpstr (json_object_get_string_member (member_json (root, "Bob"), "main_goal"), ==, "move-more");
  g_assert_true (json_object_has_member (member_json (root, "Cy"), "main_goal"));
  g_assert_true (json_object_get_null_member (member_json (root, "Cy"), "main_goal"));

  /* Every goal the help names is accepted. */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const goals[] = { "lose-weight", "manage-glucose", "record" };
      g_autofree char *name = g_strdup_printf ("Member %u", i);

      run_ok (f, "profile", "add", "--name", name, "--goal", goals[i]);
    }
}

/* A goal not in the list: a usage error (2) naming the list, nothing added,
 * no journal created. */
static void
test_profile_bad_goal (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_cmpint (run (f, "profile", "add", "--name", "Ann", "--goal", "get-fit"), ==, 2);
  assert_error_line (f, "lower-bp, lose-weight, manage-glucose, move-more or record");
  g_assert_nonnull (strstr (f->err, "get-fit"));
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));

  run_ok (f, "profile", "add", "--name", "Bob");
  run_fails (f, 2, "--goal", "profile", "add", "--name", "Ann", "--goal", "");
  run_fails (f, 2, "--goal", "profile", "add", "--name", "Ann", "--goal", "Lower-BP");
}

/* The checklist's JSON is one object. */
static JsonNode *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
step_json (JsonObject *checklist,
           guint       i,
           const char *id)
{
  JsonArray *steps = json_object_get_array_member (checklist, "steps");
  JsonObject *step = json_array_get_object_element (steps, i);

  g_assert_cmpuint (json_array_get_length (steps), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (step, "id"), ==, id);
  return step;
}

static void
test_checklist (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *c;

  run_ok (f, "profile", "add", "--name", "Ann", "--goal", "lower-bp");

  run_ok (f, "checklist", "--profile", "Ann", "--json");
  root = parse_object (f->out);
  c = json_node_get_object (root);
  g_assert_true (json_object_get_boolean_member (c, "shown"));
  g_assert_cmpint (json_object_get_int_member (c, "done"), ==, 0);
  g_assert_true (json_object_get_null_member (c, "dismissed"));
  for (guint i = 0; i < 3; i++)
    {
      static const char * const ids[] = { "set-goal", "first-reading", "one-more-log" };
      JsonObject *step = step_json (c, i, ids[i]);

      g_assert_false (json_object_get_boolean_member (step, "done"));
      g_assert_true (json_object_get_null_member (step, "day"));
    }
  g_clear_pointer (&root, json_node_unref);

  /* A reading late on the 29th in CEST, a workout today. */
  run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", "128", "--diastolic", "82",
          "--at", "2026-03-29 23:30");
  run_ok (f, "log", "workout", "--profile", "Ann", "--activity", "walking-brisk", "--minutes", "20",
          "--at", "2026-03-30 08:00");
  run_ok (f, "checklist", "--profile", "Ann", "--json");
  root = parse_object (f->out);
  c = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (c, "done"), ==, 2);
  g_assert_true (json_object_get_boolean_member (c, "shown"));
  g_assert_false (json_object_get_boolean_member (step_json (c, 0, "set-goal"), "done"));
  g_assert_true (json_object_get_boolean_member (step_json (c, 1, "first-reading"), "done"));
  g_assert_cmpstr (json_object_get_string_member (step_json (c, 1, "first-reading"), "day"), ==, "2026-03-29");
  g_assert_cmpstr (json_object_get_string_member (step_json (c, 2, "one-more-log"), "day"), ==, "2026-03-30");
  g_clear_pointer (&root, json_node_unref);

  /* For people: one line a step, then the count. */
  run_ok (f, "checklist", "--profile", "Ann");
  g_assert_cmpstr (f->out, ==,
                   "Set a goal\t-\n"
                   "Log the first reading\t2026-03-29\n"
                   "Try one more log: a meal, a workout or a dose\t2026-03-30\n"
                   "2 of 3 first steps done.\n");

  /* Dismissed: kept, not shown. */
  run_ok (f, "checklist", "--profile", "Ann", "--dismiss");
  run_ok (f, "checklist", "--profile", "Ann", "--json");
  root = parse_object (f->out);
  c = json_node_get_object (root);
  g_assert_false (json_object_get_boolean_member (c, "shown"));
  g_assert_cmpstr (json_object_get_string_member (c, "dismissed"), ==, "2026-03-30T10:00:00Z");
  run_ok (f, "checklist", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "Dismissed"));

  run_fails (f, 1, "Zed", "checklist", "--profile", "Zed");
  run_fails (f, 2, "--profile", "checklist");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/cli/first-week/profile-goal", Fixture, NULL, fixture_set_up, test_profile_goal, fixture_tear_down);
  g_test_add ("/hearth/cli/first-week/bad-goal", Fixture, NULL, fixture_set_up, test_profile_bad_goal, fixture_tear_down);
  g_test_add ("/hearth/cli/first-week/checklist", Fixture, NULL, fixture_set_up, test_checklist, fixture_tear_down);

  return g_test_run ();
}
