/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-challenges"

#include "config.h"

#include <string.h>

#include "hearth-challenge.h"
#include "hearth-store-challenges.h"
#include "store-fixture.h"

/* Challenges: the built-in list, validation, check-ins, progress and
 * state, on the fixture's journal (its clock: 2024-06-15 12:00 UTC). */
#define TODAY day_of (2024, 6, 15)

static void
assert_invalid (HearthChallenge      *challenge,
                HearthChallengeError  code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_challenge_validate (challenge, TODAY, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_cmpstr (error->message, !=, "");
}

/* The built-in list: the two PRODUCT.md names, and more, each a sensible
 * length with a title and description. */
static void
test_challenge_templates (void)
{
  guint n = 0;
  const HearthChallengeTemplate *templates = hearth_challenge_get_templates (&n);
  const HearthChallengeTemplate *sugar = hearth_challenge_template_lookup ("no-sugary-drinks-7");
  const HearthChallengeTemplate *walk = hearth_challenge_template_lookup ("walk-30");

  g_assert_cmpuint (n, >=, 4);
  g_assert_nonnull (sugar);
  g_assert_cmpuint (sugar->days, ==, 7);
  g_assert_cmpstr (hearth_challenge_template_get_title (sugar), ==, "7 Days without Sugary Drinks");
  g_assert_nonnull (walk);
  g_assert_cmpuint (walk->days, ==, 30);
  g_assert_cmpstr (hearth_challenge_template_get_title (walk), ==, "30-Day Walk");
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (hearth_challenge_template_lookup (templates[i].id) == &templates[i]);
      g_assert_cmpuint (templates[i].days, >=, 7);
      g_assert_cmpuint (templates[i].days, <=, 30);
      g_assert_cmpstr (hearth_challenge_template_get_description (&templates[i]), !=, "");
    }
  g_assert_null (hearth_challenge_template_lookup ("open-the-app-daily"));
  g_assert_null (hearth_challenge_template_lookup (NULL));
}

/* What is refused, with the field named. */
static void
test_challenge_validate (void)
{
  g_autoptr(HearthChallenge) own = hearth_challenge_new ("p", "Stairs, not the lift", TODAY, 21);
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (HEARTH_CHALLENGE_MAX_TITLE + 1, 'x');

  g_assert_true (hearth_challenge_validate (own, TODAY, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_challenge_get_days (own), ==, 21);
  g_assert_cmpint (own->end_day, ==, TODAY + 20);

  g_assert_null (hearth_challenge_new_from_template ("p", "open-the-app", TODAY, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TEMPLATE);
  g_clear_error (&error);

  g_free (own->title);
  own->title = g_strdup ("  ");
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_TITLE);
  g_free (own->title);
  own->title = g_strdup ("Stairs\nevery day");
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_TITLE);
  g_free (own->title);
  own->title = g_strdup (long_title);
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_TITLE);
  long_title[HEARTH_CHALLENGE_MAX_TITLE] = '\0';
  g_free (own->title);
  own->title = g_strdup (long_title);
  g_assert_true (hearth_challenge_validate (own, TODAY, NULL));

  own->end_day = own->start_day - 1;   /* 0 days */
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_LENGTH);
  own->end_day = own->start_day + HEARTH_CHALLENGE_MAX_DAYS;   /* 366 days */
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_LENGTH);
  own->end_day = own->start_day + HEARTH_CHALLENGE_MAX_DAYS - 1;
  g_assert_true (hearth_challenge_validate (own, TODAY, NULL));

  own->start_day = TODAY - 400;
  own->end_day = own->start_day + 6;
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_START);
  own->start_day = TODAY + 400;
  own->end_day = own->start_day + 6;
  assert_invalid (own, HEARTH_CHALLENGE_ERROR_START);
}

/* State and progress by day: upcoming, active, finished, completed. */
static void
test_challenge_state (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthChallenge) sugar = hearth_challenge_new_from_template ("p", "no-sugary-drinks-7", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sugar->end_day, ==, 106);
  g_assert_cmpint (hearth_challenge_get_state (sugar, 99), ==, HEARTH_CHALLENGE_UPCOMING);
  g_assert_cmpint (hearth_challenge_get_state (sugar, 100), ==, HEARTH_CHALLENGE_ACTIVE);
  g_assert_cmpint (hearth_challenge_get_state (sugar, 106), ==, HEARTH_CHALLENGE_ACTIVE);
  g_assert_cmpint (hearth_challenge_get_state (sugar, 107), ==, HEARTH_CHALLENGE_FINISHED);
  g_assert_cmpstr (hearth_challenge_state_to_string (HEARTH_CHALLENGE_FINISHED), ==, "finished");
  g_assert_cmpstr (hearth_challenge_state_get_name (HEARTH_CHALLENGE_COMPLETED), ==, "Completed");
  for (gint64 day = 100; day <= 106; day++)
    {
      g_assert_cmpfloat_with_epsilon (hearth_challenge_get_progress (sugar), (day - 100) / 7.0, 1e-12);
      g_array_append_val (sugar->checkins, day);
    }
  g_assert_cmpuint (hearth_challenge_get_checked (sugar), ==, 7);
  g_assert_cmpfloat (hearth_challenge_get_progress (sugar), ==, 1.0);
  g_assert_cmpint (hearth_challenge_get_state (sugar, 106), ==, HEARTH_CHALLENGE_COMPLETED);
  g_assert_cmpint (hearth_challenge_get_state (sugar, 300), ==, HEARTH_CHALLENGE_COMPLETED);

  /* Check-ins: within, not in the future. */
  g_assert_true (hearth_challenge_validate_checkin (sugar, 103, 105, NULL));
  g_assert_false (hearth_challenge_validate_checkin (sugar, 105, 104, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY);
  g_clear_error (&error);
  g_assert_false (hearth_challenge_validate_checkin (sugar, 99, 200, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY);
  g_clear_error (&error);
  g_assert_false (hearth_challenge_validate_checkin (sugar, 107, 200, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY);
}

/* Stored: added, listed with check-ins, checked in today and a past day,
 * twice refused, undone, removed; a built-in one lists under its
 * translated title, the member's own under theirs. */
static void
test_challenge_store (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthChallenge) walk = hearth_challenge_new_from_template (uuid, "walk-30", TODAY - 2, &error);
  g_autoptr(HearthChallenge) own = hearth_challenge_new (uuid, "  Stairs, not the lift ", TODAY + 1, 10);
  g_autoptr(HearthChallenge) bad = hearth_challenge_new (uuid, "", TODAY, 10);
  g_autoptr(HearthChallenge) got = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint changes;

  g_assert_no_error (error);
  ASSERT_OK (hearth_store_add_challenge (f->store, walk, TODAY, &error));
  g_assert_nonnull (walk->uuid);
  ASSERT_OK (hearth_store_add_challenge (f->store, own, TODAY, &error));
  g_assert_cmpstr (own->title, ==, "Stairs, not the lift");
  g_assert_false (hearth_store_add_challenge (f->store, bad, TODAY, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TITLE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM challenges"), ==, 2);

  changes = f->readings_changed;
  ASSERT_OK (hearth_store_check_in_challenge (f->store, walk->uuid, TODAY, TODAY, &error));
  g_assert_cmpuint (f->readings_changed, ==, changes + 1);
  ASSERT_OK (hearth_store_check_in_challenge (f->store, walk->uuid, TODAY - 2, TODAY, &error));
  g_assert_false (hearth_store_check_in_challenge (f->store, walk->uuid, TODAY, TODAY, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "2024-06-15"));
  g_clear_error (&error);
  g_assert_false (hearth_store_check_in_challenge (f->store, walk->uuid, TODAY + 1, TODAY, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY);
  g_clear_error (&error);
  g_assert_false (hearth_store_check_in_challenge (f->store, walk->uuid, TODAY - 3, TODAY, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY);
  g_clear_error (&error);
  g_assert_false (hearth_store_check_in_challenge (f->store, own->uuid, TODAY, TODAY, &error));
  g_assert_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY);
  g_clear_error (&error);

  got = hearth_store_get_challenge (f->store, walk->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (got->template_id, ==, "walk-30");
  g_assert_cmpstr (hearth_challenge_get_title (got), ==, "30-Day Walk");
  g_assert_cmpuint (got->checkins->len, ==, 2);
  g_assert_cmpint (g_array_index (got->checkins, gint64, 0), ==, TODAY - 2);
  g_assert_cmpfloat (hearth_challenge_get_progress (got), ==, 2.0 / 30);
  g_assert_cmpint (hearth_challenge_get_state (got, TODAY), ==, HEARTH_CHALLENGE_ACTIVE);

  /* Undo, twice. */
  ASSERT_OK (hearth_store_undo_challenge_checkin (f->store, walk->uuid, TODAY, &error));
  g_assert_false (hearth_store_undo_challenge_checkin (f->store, walk->uuid, TODAY, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Checked again after the undo: one live row. */
  ASSERT_OK (hearth_store_check_in_challenge (f->store, walk->uuid, TODAY, TODAY, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM challenge_checkins WHERE deleted_at IS NULL"), ==, 2);

  list = hearth_store_list_challenges (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (hearth_challenge_get_title (list->pdata[0]), ==, "Stairs, not the lift");
  g_assert_cmpint (hearth_challenge_get_state (list->pdata[0], TODAY), ==, HEARTH_CHALLENGE_UPCOMING);
  g_assert_cmpuint (((HearthChallenge *) list->pdata[1])->checkins->len, ==, 2);

  ASSERT_OK (hearth_store_delete_challenge (f->store, own->uuid, &error));
  g_assert_false (hearth_store_delete_challenge (f->store, own->uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hearth_store_get_challenge (f->store, own->uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hearth_store_list_challenges (f->store, uuid, &error);
  g_assert_cmpuint (list->len, ==, 1);
  ASSERT_OK (hearth_store_undelete_challenge (f->store, own->uuid, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hearth_store_list_challenges (f->store, uuid, &error);
  g_assert_cmpuint (list->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/challenges/templates", test_challenge_templates);
  g_test_add_func ("/challenges/validate", test_challenge_validate);
  g_test_add_func ("/challenges/state", test_challenge_state);
  g_test_add ("/challenges/store", Fixture, NULL, fixture_setup, test_challenge_store, fixture_teardown);

  return g_test_run ();
}
