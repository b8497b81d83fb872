/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-heights"

#include "config.h"

#include <string.h>

#include "test-cli-common.h"

/* hearth-cli height add|list|delete (schema 12: every height over time).
 * "Now" is 2026-03-30 12:00 in CEST (test-cli-common.h). */

static void
test_heights_round (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *array;

  run_ok (f, "profile", "add", "--name", "Mia", "--birth", "2019-04-02", "--sex", "female",
          "--height-cm", "118");
  /* The profile's height is a measurement of today. */
  run_ok (f, "height", "list", "--profile", "Mia");
  g_assert_cmpstr (f->out, ==, "2026-03-30\t118\n");

  run_ok (f, "height", "add", "--profile", "mia", "--cm", "96.5", "--date", "2022-04-01");
  run_ok (f, "height", "add", "--profile", "Mia", "--cm", "104", "--date", "2023-04-03");
  run_ok (f, "height", "list", "--profile", "Mia");
  g_assert_cmpstr (f->out, ==, "2022-04-01\t96.5\n2023-04-03\t104\n2026-03-30\t118\n");

  /* Without --date: today. The latest is the profile's height. */
  run_ok (f, "height", "add", "--profile", "Mia", "--cm", "118.4");
  run_ok (f, "profile", "list", "--json");
  g_assert_nonnull (strstr (f->out, "118.4"));

  run_ok (f, "height", "list", "--profile", "Mia", "--json");
  g_assert_true (json_parser_load_from_data (parser, f->out, -1, NULL));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "date"),
                   ==, "2022-04-01");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (array, 0), "cm"),
                     ==, 96.5);
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (json_array_get_object_element (array, 3),
                                                                         "uuid")));

  /* Delete by uuid: gone from the list, the profile's height falls back. */
  run_ok (f, "height", "delete", "--uuid",
          json_object_get_string_member (json_array_get_object_element (array, 1), "uuid"));
  run_ok (f, "height", "list", "--profile", "Mia");
  lines = g_strsplit (f->out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  fields = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpstr (fields[0], ==, "2026-03-30");
}

static void
test_heights_refusals (Fixture       *f,
                       gconstpointer  data)
{
  run_ok (f, "profile", "add", "--name", "Mia", "--birth", "2019-04-02", "--sex", "female");
  run_fails (f, 1, "cannot be in the future",
             "height", "add", "--profile", "Mia", "--cm", "120", "--date", "2026-03-31");
  run_fails (f, 1, "before the member was born",
             "height", "add", "--profile", "Mia", "--cm", "50", "--date", "2019-04-01");
  run_fails (f, 1, "between 30 and 260 cm",
             "height", "add", "--profile", "Mia", "--cm", "12");
  run_fails (f, 2, "--cm", "height", "add", "--profile", "Mia", "--cm", "tall");
  run_fails (f, 2, "--cm", "height", "add", "--profile", "Mia");
  run_fails (f, 2, "--date", "height", "add", "--profile", "Mia", "--cm", "120", "--date", "2024-02-30");
  run_fails (f, 2, "--profile", "height", "list");
  run_fails (f, 1, "no member named", "height", "list", "--profile", "Nobody");
  run_fails (f, 1, "No height measurement", "height", "delete", "--uuid",
             "00000000-0000-4000-8000-000000000000");
  run_ok (f, "height", "list", "--profile", "Mia");
  g_assert_cmpstr (f->out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/cli/heights/round", Fixture, NULL, fixture_set_up, test_heights_round, fixture_tear_down);
  g_test_add ("/hearth/cli/heights/refusals", Fixture, NULL, fixture_set_up, test_heights_refusals,
              fixture_tear_down);

  return g_test_run ();
}
