/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-record"

#include "config.h"

#include <string.h>

#include "test-cli-common.h"

/* hearth-cli record (issue 10): show, set, condition add|remove, family
 * add|remove. "Now" is 2026-03-30 12:00 in CEST (test-cli-common.h); Ann
 * was born on 1980-05-01. */

static char *
record_json (Fixture    *f,
             const char *name)
{
  run_ok (f, "record", "show", "--profile", name, "--json");
  return g_strdup (f->out);
}

/* Fails with @status and one error line containing @needle, leaving Ann's
 * record as it was. */
#define record_fails(f, status, needle, ...) G_STMT_START {             \
  g_autofree char *record_before_ = record_json ((f), "Ann");                 \
  g_autofree char *record_after_ = NULL;                                \
  run_fails ((f), (status), (needle), __VA_ARGS__);                     \
  record_after_ = record_json ((f), "Ann");                             \
  g_assert_cmpstr (record_before_, ==, record_after_);                  \
} G_STMT_END

static void
test_record_round (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes.txt", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonObject *record;
  JsonArray *conditions;
  g_auto(GStrv) out = NULL;

  add_family (f);

  /* Empty to begin with. */
  run_ok (f, "record", "show", "--profile", "Ann");
  g_assert_cmpstr (f->out, ==, "blood-type\t-\ncontact\t-\t-\t-\n");

  run_ok (f, "record", "condition", "add", "--profile", "Ann", "--condition", "Hypertension",
          "--since", "2015-03-01", "--note", "morning tablets");
  run_ok (f, "record", "condition", "add", "--profile", "ann", "--condition", "痛风");
  run_ok (f, "record", "family", "add", "--profile", "Ann", "--condition", "diabetes", "--relative", "mother");
  g_assert_true (g_file_set_contents (notes, "Pacemaker since 2019.\nNo MRI.\n", -1, NULL));
  run_ok (f, "record", "set", "--profile", "Ann", "--blood-type", "ab-", "--contact-name", "Bob Jones",
          "--contact-phone", "+49 30 1234 5678", "--contact-relation", "Brother", "--notes-file", notes);

  run_ok (f, "record", "show", "--profile", "Ann");
  out = g_strsplit (f->out, "\n", -1);
  g_assert_cmpstr (out[0], ==, "blood-type\tAB-");
  g_assert_cmpstr (out[1], ==, "contact\tBob Jones\t+49 30 1234 5678\tBrother");
  g_assert_cmpstr (out[2], ==, "condition\thypertension\t2015-03-01\tmorning tablets");
  g_assert_cmpstr (out[3], ==, "condition\t痛风\t-\t-");
  g_assert_cmpstr (out[4], ==, "family\tdiabetes\tmother\t-");
  g_assert_cmpstr (out[5], ==, "notes");
  g_assert_cmpstr (out[6], ==, "Pacemaker since 2019.");
  g_assert_cmpstr (out[7], ==, "No MRI.");

  json = record_json (f, "Ann");
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  record = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (record, "blood_type"), ==, "AB-");
  g_assert_cmpstr (json_object_get_string_member (record, "notes"), ==, "Pacemaker since 2019.\nNo MRI.");
  conditions = json_object_get_array_member (record, "conditions");
  g_assert_cmpuint (json_array_get_length (conditions), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (conditions, 0), "since"),
                   ==, "2015-03-01");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (conditions, 1), "since"));

  /* Adding again changes when it began; set keeps what is not given and
   * clears what is given empty. */
  run_ok (f, "record", "condition", "add", "--profile", "Ann", "--condition", "hypertension",
          "--since", "2016-01-31");
  run_ok (f, "record", "set", "--profile", "Ann", "--contact-relation", "");
  run_ok (f, "record", "show", "--profile", "Ann");
  g_assert_nonnull (strstr (f->out, "contact\tBob Jones\t+49 30 1234 5678\t-\n"));
  g_assert_nonnull (strstr (f->out, "condition\thypertension\t2016-01-31\t-\n"));

  /* Removing. */
  run_ok (f, "record", "condition", "remove", "--profile", "Ann", "--condition", "HYPERTENSION");
  run_ok (f, "record", "family", "remove", "--profile", "Ann", "--condition", "Diabetes", "--relative", "mother");
  run_ok (f, "record", "show", "--profile", "Ann");
  g_assert_null (strstr (f->out, "hypertension"));
  g_assert_null (strstr (f->out, "family\t"));

  /* Bob's record is his own. */
  run_ok (f, "record", "show", "--profile", "Bob");
  g_assert_cmpstr (f->out, ==, "blood-type\t-\ncontact\t-\t-\t-\n");
}

static void
test_record_refusals (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *big = g_build_filename (f->dir, "big.txt", NULL);
  g_autofree char *text = g_strnfill (10001, 'x');

  add_family (f);
  run_ok (f, "record", "condition", "add", "--profile", "Ann", "--condition", "asthma");
  run_ok (f, "record", "family", "add", "--profile", "Ann", "--condition", "gout", "--relative", "father");

  /* Dates: before birth, in the future (tomorrow), not a date. */
  record_fails (f, 1, "before the member was born (1980-05-01)",
                "record", "condition", "add", "--profile", "Ann", "--condition", "asthma", "--since", "1980-04-30");
  record_fails (f, 1, "cannot be in the future",
                "record", "condition", "add", "--profile", "Ann", "--condition", "asthma", "--since", "2026-03-31");
  record_fails (f, 2, "--since must be a date as YYYY-MM-DD",
                "record", "condition", "add", "--profile", "Ann", "--condition", "asthma", "--since", "2026-02-30");
  /* Names, blood types, relatives, phones, notes. */
  record_fails (f, 1, "Enter a condition",
                "record", "condition", "add", "--profile", "Ann", "--condition", "  ");
  record_fails (f, 2, "must be one of A+, A-, B+, B-, AB+, AB-, O+, O- or unknown",
                "record", "set", "--profile", "Ann", "--blood-type", "C+");
  record_fails (f, 2, "--relative must be mother, father",
                "record", "family", "add", "--profile", "Ann", "--condition", "gout", "--relative", "cousin");
  record_fails (f, 1, "already has",
                "record", "family", "add", "--profile", "Ann", "--condition", "Gout", "--relative", "father");
  record_fails (f, 1, "The phone number must contain digits",
                "record", "set", "--profile", "Ann", "--contact-phone", "ask the neighbour");
  record_fails (f, 1, "at most 40 characters",
                "record", "set", "--profile", "Ann", "--contact-phone", "12345678901234567890123456789012345678901");
  g_assert_true (g_file_set_contents (big, text, -1, NULL));
  record_fails (f, 1, "at most 10000 characters", "record", "set", "--profile", "Ann", "--notes-file", big);
  record_fails (f, 1, "not a file", "record", "set", "--profile", "Ann", "--notes-file", f->dir);
  /* Removing what is not there; the action; a member that is not there. */
  record_fails (f, 1, "no condition “diabetes”",
                "record", "condition", "remove", "--profile", "Ann", "--condition", "diabetes");
  record_fails (f, 1, "no “gout” for this relative",
                "record", "family", "remove", "--profile", "Ann", "--condition", "gout", "--relative", "mother");
  record_fails (f, 2, "say “add” or “remove”",
                "record", "condition", "--profile", "Ann", "--condition", "asthma");
  record_fails (f, 2, "--since and --note go with “add”",
                "record", "condition", "remove", "--profile", "Ann", "--condition", "asthma", "--since", "2020-01-01");
  record_fails (f, 1, "no member named “Zed”",
                "record", "condition", "add", "--profile", "Zed", "--condition", "asthma");
  record_fails (f, 2, "--profile", "record", "show");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/cli/record/round", Fixture, NULL, fixture_set_up, test_record_round, fixture_tear_down);
  g_test_add ("/hearth/cli/record/refusals", Fixture, NULL, fixture_set_up, test_record_refusals,
              fixture_tear_down);

  return g_test_run ();
}
