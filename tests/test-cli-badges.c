/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-badges"

#include "config.h"

#include <string.h>

#include "test-cli-common.h"

/* hearth-cli badges and challenge … as a script uses them. The fixture's
 * "now" is 2026-03-30 12:00 in CET/CEST (summer time began on March 29). */

/* Blood pressure at 08:00 local on March @first … @last. */
static void
log_bp_days (Fixture *f,
             int      first,
             int      last,
             int      systolic)
{
  for (int day = first; day <= last; day++)
    {
      g_autofree char *at = g_strdup_printf ("2026-03-%02d 08:00", day);
      g_autofree char *sys = g_strdup_printf ("%d", systolic);

      run_ok (f, "log", "bp", "--profile", "Ann", "--systolic", sys, "--diastolic", "75", "--at", at);
    }
}

static JsonObject *
badge (JsonArray  *badges,
       const char *id)
{
  for (guint i = 0; i < json_array_get_length (badges); i++)
    {
      JsonObject *object = json_array_get_object_element (badges, i);

      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        return object;
    }
  g_error ("no badge %s", id);
}

static JsonNode *
badges_json (Fixture    *f,
             const char *today)
{
  if (today != NULL)
    run_ok (f, "badges", "--profile", "Ann", "--json", "--today", today);
  else
    run_ok (f, "badges", "--profile", "Ann", "--json");
  return parse_json (f->out);
}

/* JSON: every badge in the catalogue's order with id, earned and
 * progress; earned on the day first met, stored once, the same on a re-run
 * and after the evidence is deleted; --today judges an earlier day. */
static void
test_cli_badges_json (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(JsonNode) earlier = NULL;
  g_autoptr(JsonNode) after = NULL;
  JsonArray *badges;
  JsonObject *week, *month;

  add_family (f);
  first = badges_json (f, NULL);
  badges = json_node_get_array (first);
  g_assert_cmpuint (json_array_get_length (badges), ==, 11);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (badges, 0), "id"), ==,
                   "first-reading");
  g_assert_true (json_object_get_null_member (badge (badges, "log-7-days"), "earned"));
  g_assert_cmpfloat (json_object_get_double_member (badge (badges, "log-7-days"), "progress"), ==, 0);

  /* March 20–26 (across the change to summer time on the 29th later). */
  log_bp_days (f, 20, 26, 120);
  log_bp_days (f, 28, 30, 150);
  again = badges_json (f, NULL);
  badges = json_node_get_array (again);
  week = badge (badges, "log-7-days");
  g_assert_cmpstr (json_object_get_string_member (week, "earned"), ==, "2026-03-26");
  g_assert_cmpfloat (json_object_get_double_member (week, "progress"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (badge (badges, "first-reading"), "earned"), ==, "2026-03-20");
  g_assert_cmpstr (json_object_get_string_member (badge (badges, "bp-in-range-week"), "earned"), ==, "2026-03-26");
  /* March 28–30: 3 of 30. */
  month = badge (badges, "log-30-days");
  g_assert_true (json_object_get_null_member (month, "earned"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (month, "progress"), 0.1, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (month, "text"), ==, "3 of 30 days");

  /* Judged on March 24: 5 of 7, not yet earned. */
  earlier = badges_json (f, "2026-03-24");
  week = badge (json_node_get_array (earlier), "log-7-days");
  g_assert_true (json_object_get_null_member (week, "earned"));
  g_assert_cmpstr (json_object_get_string_member (week, "text"), ==, "5 of 7 days");

  /* Human output names each badge; a backdated day that would have made
   * the week earlier does not move the stored date. */
  run_ok (f, "badges", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "log-7-days\tA Week of Logging\tearned 2026-03-26\n"));
  g_assert_nonnull (strstr (f->out, "log-30-days\tA Month of Logging\t3 of 30 days\n"));
  log_bp_days (f, 13, 19, 120);
  after = badges_json (f, NULL);
  g_assert_cmpstr (json_object_get_string_member (badge (json_node_get_array (after), "log-7-days"), "earned"), ==,
                   "2026-03-26");
}

/* Bad input: exit 2 with the option named; an unknown member exit 1. */
static void
test_cli_badges_errors (Fixture       *f,
                        gconstpointer  data)
{
  add_family (f);
  run_fails (f, 2, "--profile", "badges");
  run_fails (f, 2, "--today", "badges", "--profile", "Ann", "--today", "2026-02-30");
  run_fails (f, 2, "--today", "badges", "--profile", "Ann", "--today", "30/03/2026");
  run_fails (f, 2, "--guideline", "badges", "--profile", "Ann", "--guideline", "nice");
  run_fails (f, 1, "Zed", "badges", "--profile", "Zed");
}

static JsonNode *
challenges_json (Fixture *f)
{
  run_ok (f, "challenge", "list", "--profile", "Ann", "--json");
  return parse_json (f->out);
}

/* A script's round: add a built-in one and the member's own, check in
 * today and a past day, undo, list, remove. */
static void
test_cli_challenge_flow (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) later = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *walk = NULL;
  JsonObject *object;
  JsonArray *checkins;

  add_family (f);
  run_ok (f, "challenge", "add", "--profile", "Ann", "--template", "walk-30", "--start", "2026-03-28");
  fields = g_strsplit (f->out, "\t", -1);
  walk = g_strdup (fields[0]);
  g_assert_true (g_uuid_string_is_valid (walk));
  g_assert_cmpstr (fields[1], ==, "Active");
  g_assert_cmpstr (fields[2], ==, "0 of 30 days");
  g_assert_cmpstr (fields[4], ==, "30-Day Walk\n");
  run_ok (f, "challenge", "add", "--profile", "Ann", "--title", "Stairs, not the lift", "--days", "10",
          "--start", "2026-04-02");

  run_ok (f, "challenge", "checkin", "--profile", "Ann", "--id", walk);
  g_assert_cmpstr (f->out, ==, "Checked in 2026-03-30: 1 of 30 days, 30-Day Walk\n");
  run_ok (f, "challenge", "checkin", "--profile", "Ann", "--id", walk, "--day", "2026-03-28");
  run_fails (f, 1, "already checked in", "challenge", "checkin", "--profile", "Ann", "--id", walk);
  run_fails (f, 1, "future", "challenge", "checkin", "--profile", "Ann", "--id", walk, "--day", "2026-03-31");
  run_fails (f, 1, "not part of the challenge", "challenge", "checkin", "--profile", "Ann", "--id", walk,
             "--day", "2026-03-27");

  list = challenges_json (f);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 2);
  object = json_array_get_object_element (json_node_get_array (list), 1);
  g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, walk);
  g_assert_cmpstr (json_object_get_string_member (object, "template"), ==, "walk-30");
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "active");
  g_assert_cmpint (json_object_get_int_member (object, "days"), ==, 30);
  g_assert_cmpint (json_object_get_int_member (object, "checked"), ==, 2);
  g_assert_true (json_object_get_boolean_member (object, "today_checked"));
  checkins = json_object_get_array_member (object, "checkins");
  g_assert_cmpstr (json_array_get_string_element (checkins, 0), ==, "2026-03-28");
  g_assert_cmpstr (json_array_get_string_element (checkins, 1), ==, "2026-03-30");
  object = json_array_get_object_element (json_node_get_array (list), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Stairs, not the lift");
  g_assert_cmpstr (json_object_get_string_member (object, "state"), ==, "upcoming");
  g_assert_true (json_object_get_null_member (object, "template"));

  run_ok (f, "challenge", "checkin", "--profile", "Ann", "--id", walk, "--undo");
  g_assert_cmpstr (f->out, ==, "Took back 2026-03-30: 1 of 30 days, 30-Day Walk\n");
  run_fails (f, 1, "not checked in", "challenge", "checkin", "--profile", "Ann", "--id", walk, "--undo");

  /* Judged after its end: finished. */
  run_ok (f, "challenge", "list", "--profile", "Ann", "--today", "2026-05-01");
  g_assert_nonnull (strstr (f->out, walk));
  g_assert_nonnull (strstr (f->out, "\tFinished\t1 of 30 days\t2026-03-28 – 2026-04-26\t30-Day Walk\n"));

  run_ok (f, "challenge", "remove", "--profile", "Ann", "--id", walk);
  later = challenges_json (f);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (later)), ==, 1);
  run_fails (f, 1, walk, "challenge", "remove", "--profile", "Ann", "--id", walk);
}

/* What is refused, and another member's challenge is not found. */
static void
test_cli_challenge_errors (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsonNode) list = NULL;
  const char *id;

  add_family (f);
  run_fails (f, 2, "--template", "challenge", "add", "--profile", "Ann", "--template", "walk-30",
             "--title", "Walk", "--days", "30");
  run_fails (f, 2, "--template", "challenge", "add", "--profile", "Ann");
  run_fails (f, 2, "--days", "challenge", "add", "--profile", "Ann", "--title", "Walk");
  run_fails (f, 2, "--days", "challenge", "add", "--profile", "Ann", "--title", "Walk", "--days", "0");
  run_fails (f, 2, "--days", "challenge", "add", "--profile", "Ann", "--title", "Walk", "--days", "366");
  run_fails (f, 2, "--start", "challenge", "add", "--profile", "Ann", "--template", "walk-30", "--start", "tomorrow");
  run_fails (f, 1, "not a built-in challenge", "challenge", "add", "--profile", "Ann", "--template", "open-app");
  run_fails (f, 1, "title", "challenge", "add", "--profile", "Ann", "--title", " ", "--days", "3");
  run_fails (f, 1, "within a year", "challenge", "add", "--profile", "Ann", "--template", "walk-30",
             "--start", "2028-01-01");
  run_fails (f, 2, "--id", "challenge", "checkin", "--profile", "Ann");

  run_ok (f, "challenge", "add", "--profile", "Ann", "--template", "no-sugary-drinks-7");
  list = challenges_json (f);
  id = json_object_get_string_member (json_array_get_object_element (json_node_get_array (list), 0), "id");
  run_fails (f, 1, "Bob has no challenge", "challenge", "checkin", "--profile", "Bob", "--id", id);
  run_fails (f, 1, "Bob has no challenge", "challenge", "remove", "--profile", "Bob", "--id", id);
  run_fails (f, 1, "not found", "challenge", "checkin", "--profile", "Ann", "--id", "no-such-id");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("badges/json", test_cli_badges_json);
  ADD ("badges/errors", test_cli_badges_errors);
  ADD ("challenge/flow", test_cli_challenge_flow);
  ADD ("challenge/errors", test_cli_challenge_errors);

  return g_test_run ();
}
