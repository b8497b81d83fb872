/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core.h"
#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "store-fixture.h"

/* Profiles ---------------------------------------------------------------- */

static void
test_store_profile_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("  Ada  ");
  g_autoptr(HearthProfile) loaded = NULL;
  g_autoptr(HearthProfile) found = NULL;
  g_autoptr(GError) error = NULL;
  const char *conditions[] = { HEARTH_CONDITION_HYPERTENSION, "migraine, chronic", NULL };
  const char *allergies[] = { "pénicilline", NULL };
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  gint64 now_usec = g_date_time_to_unix (now) * G_USEC_PER_SEC;
  g_autofree char *uuid = NULL;

  hearth_profile_set_birth (profile, 1985, 12, 10);
  hearth_profile_set_sex (profile, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (profile, 168.5);
  hearth_profile_set_color (profile, "#e01b24");
  hearth_profile_set_conditions (profile, conditions);
  hearth_profile_set_allergies (profile, allergies);

  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  g_assert_cmpuint (f->profiles_changed, ==, 1);
  uuid = g_strdup (hearth_profile_get_uuid (profile));
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_cmpstr (hearth_profile_get_name (profile), ==, "Ada");  /* trimmed */
  g_assert_cmpint (hearth_profile_get_created_at (profile), ==, now_usec);
  g_assert_cmpint (hearth_profile_get_updated_at (profile), ==, now_usec);

  /* Everything survives the database, even after reopening. */
  fixture_reopen (f);
  loaded = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (loaded != profile);
  g_assert_cmpstr (hearth_profile_get_name (loaded), ==, "Ada");
  g_assert_cmpuint (hearth_profile_get_birth_year (loaded), ==, 1985);
  g_assert_cmpuint (hearth_profile_get_birth_month (loaded), ==, 12);
  g_assert_cmpuint (hearth_profile_get_birth_day (loaded), ==, 10);
  g_assert_cmpint (hearth_profile_get_sex (loaded), ==, HEARTH_SEX_FEMALE);
  g_assert_cmpfloat (hearth_profile_get_height_cm (loaded), ==, 168.5);
  g_assert_cmpstr (hearth_profile_get_color (loaded), ==, "#e01b24");
  g_assert_true (g_strv_equal (hearth_profile_get_conditions (loaded), conditions));
  g_assert_true (g_strv_equal (hearth_profile_get_allergies (loaded), allergies));
  g_assert_cmpint (hearth_profile_get_created_at (loaded), ==, now_usec);

  /* Update, later. */
  hearth_clock_advance (f->clock, 90 * G_TIME_SPAN_SECOND);
  hearth_profile_set_name (loaded, "Ada Lovelace");
  hearth_profile_set_birth (loaded, 0, 0, 0);
  hearth_profile_set_height_cm (loaded, 0);
  hearth_profile_set_allergies (loaded, NULL);
  ASSERT_OK (hearth_store_update_profile (f->store, loaded, &error));
  g_assert_cmpint (hearth_profile_get_updated_at (loaded), ==, now_usec + 90 * G_USEC_PER_SEC);
  g_assert_cmpint (hearth_profile_get_created_at (loaded), ==, now_usec);

  found = hearth_store_find_profile (f->store, " ada lovelace", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_profile_get_uuid (found), ==, uuid);
  g_assert_cmpuint (hearth_profile_get_birth_year (found), ==, 0);
  g_assert_cmpfloat (hearth_profile_get_height_cm (found), ==, 0);
  g_assert_null (hearth_profile_get_allergies (found)[0]);
  g_assert_true (g_strv_equal (hearth_profile_get_conditions (found), conditions));
  g_assert_cmpint (hearth_profile_get_updated_at (found), ==, now_usec + 90 * G_USEC_PER_SEC);
  g_clear_object (&found);

  /* Looked up as names are stored (hearth_profile_normalize_name()):
   * Unicode spaces around it trimmed (ideographic space, no-break space). */
  found = hearth_store_find_profile (f->store, "\xe3\x80\x80" "Ada Lovelace\xc2\xa0", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_profile_get_uuid (found), ==, uuid);
  g_clear_object (&found);

  found = hearth_store_find_profile (f->store, "Ada", &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (found);
  g_clear_error (&error);

  /* The message names the member as looked up. */
  found = hearth_store_find_profile (f->store, "\xe2\x80\x83" "Ada\xe2\x80\x83", &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“Ada”"));
  g_assert_null (found);
  g_clear_error (&error);

  g_assert_null (hearth_store_get_profile (f->store, "no-such-uuid", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

static void
test_store_profile_invalid (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("   ");
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_store_add_profile (f->store, profile, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME);
  g_assert_null (hearth_profile_get_uuid (profile));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 0);
  g_assert_cmpuint (f->profiles_changed, ==, 0);
}

static void
test_store_profile_list (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *model = hearth_store_get_profiles (f->store);
  g_autoptr(HearthProfile) carol = NULL;
  g_autoptr(HearthProfile) alice = NULL;
  g_autoptr(HearthProfile) bob = NULL;
  g_autoptr(HearthProfile) item = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_list_model_get_item_type (model) == HEARTH_TYPE_PROFILE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  carol = add_member (f, "Carol");
  alice = add_member (f, "Alice");
  bob = add_member (f, "Bob");
  g_assert_true (hearth_store_get_profiles (f->store) == model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

#define ASSERT_ITEM(i, expected) \
  G_STMT_START { \
    g_clear_object (&item); \
    item = g_list_model_get_item (model, i); \
    g_assert_cmpstr (hearth_profile_get_name (item), ==, expected); \
  } G_STMT_END

  ASSERT_ITEM (0, "Alice");
  ASSERT_ITEM (1, "Bob");
  ASSERT_ITEM (2, "Carol");

  /* Renaming re-sorts. */
  hearth_profile_set_name (alice, "Dora");
  ASSERT_OK (hearth_store_update_profile (f->store, alice, &error));
  ASSERT_ITEM (0, "Bob");
  ASSERT_ITEM (2, "Dora");

  ASSERT_OK (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (bob), &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  ASSERT_ITEM (0, "Carol");

  ASSERT_OK (hearth_store_undelete_profile (f->store, hearth_profile_get_uuid (bob), &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  ASSERT_ITEM (0, "Bob");

  g_assert_cmpuint (f->profiles_changed, ==, 6);

  /* Members keep their object across changes, updated in place, and an
   * edit that keeps the order does not reshuffle the list. */
  {
    g_autoptr(HearthProfile) first = g_list_model_get_item (model, 0);
    g_autoptr(HearthProfile) edited = hearth_store_get_profile (f->store, hearth_profile_get_uuid (first), &error);
    g_autoptr(HearthProfile) after = NULL;
    guint items_changed = 0;
    gulong handler;

    g_assert_no_error (error);
    handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &items_changed);
    hearth_profile_set_color (edited, "#ff7800");
    ASSERT_OK (hearth_store_update_profile (f->store, edited, &error));
    g_signal_handler_disconnect (model, handler);
    g_assert_cmpuint (items_changed, ==, 0);
    after = g_list_model_get_item (model, 0);
    g_assert_true (after == first);
    g_assert_cmpstr (hearth_profile_get_color (first), ==, "#ff7800");
  }

  /* A fresh store reads the same list. */
  fixture_reopen (f);
  model = hearth_store_get_profiles (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  ASSERT_ITEM (1, "Carol");

#undef ASSERT_ITEM
}

static void
test_store_profile_unique (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) alice = add_member (f, "Alice");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(HearthProfile) again = hearth_profile_new ("alice ");
  g_autoptr(HearthProfile) new_alice = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_store_add_profile (f->store, again, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, "A member named “Alice” already exists");
  g_assert_null (hearth_profile_get_uuid (again));
  g_clear_error (&error);

  /* Renaming onto another member's name fails and changes nothing. */
  hearth_profile_set_name (bob, "ALICE");
  g_assert_false (hearth_store_update_profile (f->store, bob, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_clear_object (&bob);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles WHERE name = 'Bob'"), ==, 1);

  /* Keeping one's own name is fine. */
  hearth_profile_set_color (alice, "#33d17a");
  ASSERT_OK (hearth_store_update_profile (f->store, alice, &error));

  /* A deleted member's name is free again… */
  ASSERT_OK (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (alice), &error));
  new_alice = add_member (f, "Alice");
  g_assert_cmpstr (hearth_profile_get_uuid (new_alice), !=, hearth_profile_get_uuid (alice));

  /* …so bringing the old one back clashes, and leaves it deleted. */
  g_assert_false (hearth_store_undelete_profile (f->store, hearth_profile_get_uuid (alice), &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles WHERE deleted_at IS NULL"), ==, 2);
}

static void
test_store_profile_soft_delete (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) other = add_member (f, "Other");
  g_autoptr(GDateTime) t1 = utc (2024, 6, 10, 8, 0);
  g_autoptr(GDateTime) t2 = utc (2024, 6, 11, 8, 0);
  g_autoptr(GDateTime) t3 = utc (2024, 6, 12, 8, 0);
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autofree char *r1 = add_weight (f, uuid, t1, 70, NAN);
  g_autofree char *r2 = add_weight (f, uuid, t2, 71, NAN);
  g_autofree char *r3 = add_weight (f, uuid, t3, 72, NAN);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(HearthProfile) missing = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  guint readings_before;

  /* One reading deleted on its own stays deleted through the round trip. */
  ASSERT_OK (hearth_store_delete_reading (f->store, r3, &error));

  readings_before = f->readings_changed;
  ASSERT_OK (hearth_store_delete_profile (f->store, uuid, &error));
  g_assert_cmpuint (f->readings_changed, ==, readings_before + 1);
  g_assert_cmpstr (f->last_readings_uuid, ==, uuid);

  missing = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);

  g_assert_null (hearth_store_list_readings (f->store, uuid, -1, NULL, NULL, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hearth_store_get_reading (f->store, r1, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_profile (f->store, uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A deleted member takes no new readings. */
  reading = hearth_reading_new_weight (t1, 70, NAN);
  hearth_reading_set_profile_uuid (reading, uuid);
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing was removed from the file. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 3);

  ASSERT_OK (hearth_store_undelete_profile (f->store, uuid, &error));
  list = list_all (f, uuid, -1, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&reading);
  reading = hearth_store_get_reading (f->store, r1, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_reading_get_kg (reading), ==, 70);

  /* Undeleting a live member is a harmless no-op. */
  ASSERT_OK (hearth_store_undelete_profile (f->store, uuid, &error));
  g_assert_false (hearth_store_undelete_profile (f->store, "no-such-uuid", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

/* Readings ---------------------------------------------------------------- */

static void
test_store_reading_crud (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) bea = add_member (f, "Bea");
  g_autoptr(GDateTime) taken = g_date_time_new_utc (2024, 6, 15, 7, 45, 12.5);
  g_autoptr(GDateTime) later = utc (2024, 6, 15, 8, 0);
  g_autoptr(HearthReading) reading = hearth_reading_new_blood_pressure (taken, 128, 84, 66);
  g_autoptr(HearthReading) loaded = NULL;
  g_autoptr(HearthReading) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  gint64 now_usec = g_date_time_to_unix (now) * G_USEC_PER_SEC;
  g_autofree char *uuid = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  hearth_reading_set_arm (reading, HEARTH_ARM_LEFT);
  hearth_reading_set_posture (reading, HEARTH_POSTURE_SITTING);
  hearth_reading_set_note (reading, "after coffee");

  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
  uuid = g_strdup (hearth_reading_get_uuid (reading));
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_cmpint (hearth_reading_get_created_at (reading), ==, now_usec);
  g_assert_cmpuint (f->readings_changed, ==, 1);
  g_assert_cmpstr (f->last_readings_uuid, ==, hearth_profile_get_uuid (ada));

  fixture_reopen (f);
  loaded = hearth_store_get_reading (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_reading_get_kind (loaded), ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_cmpstr (hearth_reading_get_profile_uuid (loaded), ==, hearth_profile_get_uuid (ada));
  g_assert_true (g_date_time_equal (hearth_reading_get_taken_at (loaded), taken));
  g_assert_cmpint (g_date_time_get_microsecond (hearth_reading_get_taken_at (loaded)), ==, 500000);
  g_assert_cmpfloat (hearth_reading_get_systolic (loaded), ==, 128);
  g_assert_cmpfloat (hearth_reading_get_diastolic (loaded), ==, 84);
  g_assert_cmpfloat (hearth_reading_get_pulse (loaded), ==, 66);
  g_assert_cmpint (hearth_reading_get_arm (loaded), ==, HEARTH_ARM_LEFT);
  g_assert_cmpint (hearth_reading_get_posture (loaded), ==, HEARTH_POSTURE_SITTING);
  g_assert_cmpstr (hearth_reading_get_note (loaded), ==, "after coffee");
  g_assert_cmpint (hearth_reading_get_created_at (loaded), ==, now_usec);

  /* Edit: values, time, note; pulse removed. */
  hearth_clock_advance (f->clock, 5 * G_TIME_SPAN_MINUTE);
  hearth_reading_set_values (loaded, 118, 76, NAN);
  hearth_reading_set_taken_at (loaded, later);
  hearth_reading_set_note (loaded, NULL);
  hearth_reading_set_arm (loaded, HEARTH_ARM_UNSET);
  ASSERT_OK (hearth_store_update_reading (f->store, loaded, &error));
  g_assert_cmpint (hearth_reading_get_updated_at (loaded), ==, now_usec + 5 * G_TIME_SPAN_MINUTE);
  g_clear_object (&loaded);

  loaded = hearth_store_get_reading (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_reading_get_systolic (loaded), ==, 118);
  g_assert_true (isnan (hearth_reading_get_pulse (loaded)));
  g_assert_null (hearth_reading_get_note (loaded));
  g_assert_cmpint (hearth_reading_get_arm (loaded), ==, HEARTH_ARM_UNSET);
  g_assert_true (g_date_time_equal (hearth_reading_get_taken_at (loaded), later));
  g_assert_cmpint (hearth_reading_get_created_at (loaded), ==, now_usec);
  g_assert_cmpint (hearth_reading_get_updated_at (loaded), ==, now_usec + 5 * G_TIME_SPAN_MINUTE);

  /* An invalid edit changes nothing. */
  hearth_reading_set_values (loaded, 118, 130, NAN);
  g_assert_false (hearth_store_update_reading (f->store, loaded, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_DIASTOLIC);
  g_clear_error (&error);
  g_clear_object (&loaded);
  loaded = hearth_store_get_reading (f->store, uuid, &error);
  g_assert_cmpfloat (hearth_reading_get_diastolic (loaded), ==, 76);

  /* Moving it to another member tells both. */
  f->readings_changed = 0;
  hearth_reading_set_profile_uuid (loaded, hearth_profile_get_uuid (bea));
  ASSERT_OK (hearth_store_update_reading (f->store, loaded, &error));
  g_assert_cmpuint (f->readings_changed, ==, 2);
  {
    g_autoptr(GListModel) of_ada = list_all (f, hearth_profile_get_uuid (ada), -1, NULL, NULL);
    g_autoptr(GListModel) of_bea = list_all (f, hearth_profile_get_uuid (bea), -1, NULL, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (of_ada), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (of_bea), ==, 1);
  }

  /* Delete, undo. */
  ASSERT_OK (hearth_store_delete_reading (f->store, uuid, &error));
  gone = hearth_store_get_reading (f->store, uuid, &error);
  g_assert_null (gone);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_reading (f->store, uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_store_update_reading (f->store, loaded, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE deleted_at IS NOT NULL"), ==, 1);

  ASSERT_OK (hearth_store_undelete_reading (f->store, uuid, &error));
  g_clear_object (&loaded);
  loaded = hearth_store_get_reading (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_reading_get_systolic (loaded), ==, 118);

  g_assert_false (hearth_store_delete_reading (f->store, "no-such-uuid", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

static void
test_store_reading_rejected (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GDateTime) future = g_date_time_add_seconds (now, 61);
  g_autoptr(GDateTime) grace = g_date_time_add_seconds (now, 60);
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ok_now = NULL;
  g_autofree char *ok_grace = NULL;

  /* No member. */
  reading = hearth_reading_new_weight (now, 70, NAN);
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  hearth_reading_set_profile_uuid (reading, "no-such-member");
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hearth_reading_get_uuid (reading));
  g_clear_object (&reading);

  /* Against the store's clock. */
  reading = hearth_reading_new_weight (future, 70, NAN);
  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);
  g_clear_object (&reading);

  reading = hearth_reading_new_weight (now, 500.01, NAN);
  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  g_assert_false (hearth_store_add_reading (f->store, reading, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_WEIGHT);
  g_clear_error (&error);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 0);
  g_assert_cmpuint (f->readings_changed, ==, 0);

  ok_now = add_weight (f, hearth_profile_get_uuid (ada), now, 70, NAN);
  ok_grace = add_weight (f, hearth_profile_get_uuid (ada), grace, 70, NAN);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 2);

  /* Once the clock has moved on, the "future" time is fine. */
  hearth_clock_advance (f->clock, 2 * G_TIME_SPAN_SECOND);
  g_clear_object (&reading);
  reading = hearth_reading_new_weight (future, 70, NAN);
  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static double
kg_at (GListModel *model,
       guint       position)
{
  g_autoptr(HearthReading) reading = g_list_model_get_item (model, position);

  return hearth_reading_get_value_a (reading);
}

static void
test_store_reading_list (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) bea = add_member (f, "Bea");
  const char *a = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) d1 = utc (2024, 6, 1, 8, 0);
  g_autoptr(GDateTime) d2 = utc (2024, 6, 2, 8, 0);
  g_autoptr(GDateTime) d3 = utc (2024, 6, 3, 8, 0);
  g_autoptr(GDateTime) d3_before = g_date_time_add (d3, -1);
  g_autoptr(GDateTime) d4 = utc (2024, 6, 4, 8, 0);
  g_autofree char *w1 = add_weight (f, a, d1, 61, NAN);
  g_autofree char *w3 = add_weight (f, a, d3, 63, NAN);
  g_autofree char *w2 = add_weight (f, a, d2, 62, NAN);
  g_autofree char *w2b = add_weight (f, a, d2, 62.5, NAN);  /* same instant, added later */
  g_autofree char *b2 = add_bp (f, a, d2, 120, 80);
  g_autofree char *w4 = add_weight (f, a, d4, 64, NAN);
  g_autofree char *other = add_weight (f, hearth_profile_get_uuid (bea), d3, 90, NAN);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) weights = NULL;
  g_autoptr(GListModel) range = NULL;
  g_autoptr(GListModel) open_start = NULL;
  g_autoptr(GListModel) open_end = NULL;
  g_autoptr(GListModel) empty = NULL;
  g_autoptr(HearthReading) latest = NULL;
  g_autoptr(HearthReading) latest_bp = NULL;
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_delete_reading (f->store, w4, &error));

  all = list_all (f, a, -1, NULL, NULL);
  g_assert_true (g_list_model_get_item_type (all) == HEARTH_TYPE_READING);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
  /* Newest first; a tie goes to the later row. */
  g_assert_cmpfloat (kg_at (all, 0), ==, 63);
  g_assert_cmpfloat (kg_at (all, 1), ==, 120);
  g_assert_cmpfloat (kg_at (all, 2), ==, 62.5);
  g_assert_cmpfloat (kg_at (all, 3), ==, 62);
  g_assert_cmpfloat (kg_at (all, 4), ==, 61);

  weights = list_all (f, a, HEARTH_READING_KIND_WEIGHT, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (weights), ==, 4);

  /* Bounds are inclusive, to the microsecond. */
  range = list_all (f, a, HEARTH_READING_KIND_WEIGHT, d2, d3);
  g_assert_cmpuint (g_list_model_get_n_items (range), ==, 3);
  g_assert_cmpfloat (kg_at (range, 0), ==, 63);
  g_assert_cmpfloat (kg_at (range, 2), ==, 62);
  g_clear_object (&range);
  range = list_all (f, a, HEARTH_READING_KIND_WEIGHT, d2, d3_before);
  g_assert_cmpuint (g_list_model_get_n_items (range), ==, 2);

  open_start = list_all (f, a, HEARTH_READING_KIND_WEIGHT, NULL, d2);
  g_assert_cmpuint (g_list_model_get_n_items (open_start), ==, 3);
  open_end = list_all (f, a, HEARTH_READING_KIND_WEIGHT, d3, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (open_end), ==, 1);

  empty = list_all (f, a, HEARTH_READING_KIND_BLOOD_PRESSURE, d3, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);

  g_assert_null (hearth_store_list_readings (f->store, "no-such-member", -1, NULL, NULL, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Latest live reading of a kind. */
  latest = hearth_store_get_latest_reading (f->store, a, HEARTH_READING_KIND_WEIGHT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_reading_get_uuid (latest), ==, w3);
  latest_bp = hearth_store_get_latest_reading (f->store, a, HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_reading_get_uuid (latest_bp), ==, b2);
  g_clear_object (&latest_bp);
  latest_bp = hearth_store_get_latest_reading (f->store, hearth_profile_get_uuid (bea),
                                               HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  g_assert_no_error (error);
  g_assert_null (latest_bp);

  /* Deleting the latest makes the one before it the latest. */
  ASSERT_OK (hearth_store_delete_reading (f->store, w3, &error));
  g_clear_object (&latest);
  latest = hearth_store_get_latest_reading (f->store, a, HEARTH_READING_KIND_WEIGHT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_reading_get_uuid (latest), ==, w2b);

  /* The list is a snapshot. */
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
}

static void
assert_aggregate (GArray *aggs,
                  guint   i,
                  gint64  first_day,
                  guint   count,
                  double  min_a,
                  double  max_a,
                  double  mean_a,
                  double  min_b,
                  double  max_b,
                  double  mean_b)
{
  HearthAggregate *agg;

  g_assert_cmpuint (i, <, aggs->len);
  agg = &g_array_index (aggs, HearthAggregate, i);
  g_assert_cmpint (agg->first_day, ==, first_day);
  g_assert_cmpuint (agg->count, ==, count);
  g_assert_cmpfloat_with_epsilon (agg->min_a, min_a, 1e-9);
  g_assert_cmpfloat_with_epsilon (agg->max_a, max_a, 1e-9);
  g_assert_cmpfloat_with_epsilon (agg->mean_a, mean_a, 1e-9);
  if (isnan (min_b))
    {
      g_assert_true (isnan (agg->min_b));
      g_assert_true (isnan (agg->max_b));
      g_assert_true (isnan (agg->mean_b));
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (agg->min_b, min_b, 1e-9);
      g_assert_cmpfloat_with_epsilon (agg->max_b, max_b, 1e-9);
      g_assert_cmpfloat_with_epsilon (agg->mean_b, mean_b, 1e-9);
    }
}

static HearthProfile *
add_member_in_august (Fixture    *f,
                      const char *name)
{
  g_autoptr(GDateTime) august = utc (2024, 8, 1, 12, 0);

  /* Readings below go up to July. */
  hearth_clock_set_fixed (f->clock, august);
  return add_member (f, name);
}

static void
test_store_aggregate (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member_in_august (f, "Ada");
  const char *a = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) mon_am = utc (2024, 6, 3, 8, 0);   /* Monday */
  g_autoptr(GDateTime) mon_pm = utc (2024, 6, 3, 20, 0);
  g_autoptr(GDateTime) tue = utc (2024, 6, 4, 8, 0);
  g_autoptr(GDateTime) wed = utc (2024, 6, 5, 8, 0);
  g_autoptr(GDateTime) sun = utc (2024, 6, 9, 23, 0);     /* Sunday, same ISO week */
  g_autoptr(GDateTime) next_mon = utc (2024, 6, 10, 0, 0);
  g_autoptr(GDateTime) july = utc (2024, 7, 1, 8, 0);
  g_autoptr(GDateTime) may = utc (2024, 5, 31, 8, 0);     /* Friday */
  g_autofree char *r1 = add_weight (f, a, mon_am, 70, 20);
  g_autofree char *r2 = add_weight (f, a, mon_pm, 71, NAN);
  g_autofree char *r3 = add_weight (f, a, wed, 72, 22);
  g_autofree char *r4 = add_weight (f, a, sun, 69, NAN);
  g_autofree char *r5 = add_weight (f, a, next_mon, 68, NAN);
  g_autofree char *r6 = add_weight (f, a, july, 66, 18);
  g_autofree char *r7 = add_weight (f, a, may, 75, NAN);
  g_autofree char *gone = add_weight (f, a, tue, 100, 50);
  g_autofree char *bp1 = add_bp (f, a, mon_am, 120, 80);
  g_autofree char *bp2 = add_bp (f, a, mon_pm, 130, 90);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) narrow = NULL;
  g_autoptr(GArray) bp = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 jun1 = day_of (2024, 6, 1);
  gint64 jul31 = day_of (2024, 7, 31);

  g_assert_cmpint (day_of (2024, 6, 3), ==, 19877);
  ASSERT_OK (hearth_store_delete_reading (f->store, gone, &error));

  days = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_WEIGHT, HEARTH_PERIOD_DAY,
                                 jun1, jul31, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 5);
  assert_aggregate (days, 0, day_of (2024, 6, 3), 2, 70, 71, 70.5, 20, 20, 20);
  assert_aggregate (days, 1, day_of (2024, 6, 5), 1, 72, 72, 72, 22, 22, 22);
  assert_aggregate (days, 2, day_of (2024, 6, 9), 1, 69, 69, 69, NAN, NAN, NAN);
  assert_aggregate (days, 3, day_of (2024, 6, 10), 1, 68, 68, 68, NAN, NAN, NAN);
  assert_aggregate (days, 4, day_of (2024, 7, 1), 1, 66, 66, 66, 18, 18, 18);

  /* Weeks start on Monday; 31 May belongs to the week of Monday 27 May. */
  weeks = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_WEIGHT, HEARTH_PERIOD_WEEK,
                                  day_of (2024, 5, 1), jul31, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, 4);
  assert_aggregate (weeks, 0, day_of (2024, 5, 27), 1, 75, 75, 75, NAN, NAN, NAN);
  assert_aggregate (weeks, 1, day_of (2024, 6, 3), 4, 69, 72, 70.5, 20, 22, 21);
  assert_aggregate (weeks, 2, day_of (2024, 6, 10), 1, 68, 68, 68, NAN, NAN, NAN);
  assert_aggregate (weeks, 3, day_of (2024, 7, 1), 1, 66, 66, 66, 18, 18, 18);

  months = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_WEIGHT, HEARTH_PERIOD_MONTH,
                                   day_of (2024, 1, 1), day_of (2024, 12, 31), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (months->len, ==, 3);
  assert_aggregate (months, 0, day_of (2024, 5, 1), 1, 75, 75, 75, NAN, NAN, NAN);
  assert_aggregate (months, 1, jun1, 5, 68, 72, 70, 20, 22, 21);
  assert_aggregate (months, 2, day_of (2024, 7, 1), 1, 66, 66, 66, 18, 18, 18);

  /* The day range bounds the readings (inclusive), not whole periods. */
  narrow = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_WEIGHT, HEARTH_PERIOD_WEEK,
                                   day_of (2024, 6, 4), day_of (2024, 6, 9), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (narrow->len, ==, 1);
  assert_aggregate (narrow, 0, day_of (2024, 6, 3), 2, 69, 72, 70.5, 22, 22, 22);

  bp = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_PERIOD_DAY,
                               jun1, jul31, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bp->len, ==, 1);
  assert_aggregate (bp, 0, day_of (2024, 6, 3), 2, 120, 130, 125, 80, 90, 85);

  none = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_WEIGHT, HEARTH_PERIOD_DAY,
                                 day_of (2023, 1, 1), day_of (2023, 12, 31), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_null (hearth_store_aggregate (f->store, "no-such-member", HEARTH_READING_KIND_WEIGHT,
                                         HEARTH_PERIOD_DAY, jun1, jul31, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

/* Central European time as a POSIX rule: works without tzdata. */
#define CET_RULE "CET-1CEST,M3.5.0,M10.5.0/3"

static void
fixture_setup_cet (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (CET_RULE);
  g_autoptr(GDateTime) now = NULL;

  g_assert_nonnull (tz);
  now = g_date_time_new (tz, 2024, 4, 2, 12, 0, 0);
  fixture_setup_at (f, now);
}

static void
test_store_dst (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (CET_RULE);
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *a = hearth_profile_get_uuid (ada);
  /* Summer time began 2024-03-31 at 02:00 CET. */
  g_autoptr(GDateTime) before = g_date_time_new (tz, 2024, 3, 31, 0, 30, 0);  /* +01:00 */
  g_autoptr(GDateTime) after = g_date_time_new (tz, 2024, 4, 1, 0, 30, 0);    /* +02:00 */
  g_autoptr(GDateTime) day_start = g_date_time_new (tz, 2024, 4, 1, 0, 0, 0);
  g_autofree char *r_before = add_weight (f, a, before, 70, NAN);
  g_autofree char *r_after = add_weight (f, a, after, 71, NAN);
  g_autoptr(HearthReading) loaded = NULL;
  g_autoptr(GListModel) since = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  GDateTime *taken;
  int y, m, d;

  g_assert_cmpint (g_date_time_get_utc_offset (before), ==, 1 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (after), ==, 2 * G_TIME_SPAN_HOUR);

  /* In UTC, "after" is still 31 March (22:30): the local day must win. */
  fixture_reopen (f);
  loaded = hearth_store_get_reading (f->store, r_after, &error);
  g_assert_no_error (error);
  taken = hearth_reading_get_taken_at (loaded);
  g_assert_true (g_date_time_equal (taken, after));
  g_assert_cmpint (g_date_time_get_utc_offset (taken), ==, 2 * G_TIME_SPAN_HOUR);
  g_date_time_get_ymd (taken, &y, &m, &d);
  g_assert_cmpint (y, ==, 2024);
  g_assert_cmpint (m, ==, 4);
  g_assert_cmpint (d, ==, 1);
  g_assert_cmpint (g_date_time_get_hour (taken), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (taken), ==, 30);
  g_assert_cmpint (hearth_reading_get_local_day (loaded), ==, day_of (2024, 4, 1));
  g_assert_cmpint (query_int (f, "SELECT local_day FROM readings WHERE value_a = 71"), ==,
                   day_of (2024, 4, 1));
  g_assert_cmpint (query_int (f, "SELECT utc_offset FROM readings WHERE value_a = 71"), ==, 7200);
  g_clear_object (&loaded);

  loaded = hearth_store_get_reading (f->store, r_before, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_utc_offset (hearth_reading_get_taken_at (loaded)), ==,
                   1 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (hearth_reading_get_local_day (loaded), ==, day_of (2024, 3, 31));

  since = list_all (f, a, HEARTH_READING_KIND_WEIGHT, day_start, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (since), ==, 1);
  g_assert_cmpfloat (kg_at (since, 0), ==, 71);

  days = hearth_store_aggregate (f->store, a, HEARTH_READING_KIND_WEIGHT, HEARTH_PERIOD_DAY,
                                 day_of (2024, 3, 1), day_of (2024, 4, 30), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  assert_aggregate (days, 0, day_of (2024, 3, 31), 1, 70, 70, 70, NAN, NAN, NAN);
  assert_aggregate (days, 1, day_of (2024, 4, 1), 1, 71, 71, 71, NAN, NAN, NAN);
}

/* Instants ---------------------------------------------------------------- */

/* Before 1900 is refused on the time field, and nothing is stored. */
static void
test_store_instant_before_1900 (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GTimeZone) west = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) first = g_date_time_new_utc (1, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) old = g_date_time_new_utc (1850, 6, 1, 8, 0, 0);
  g_autoptr(GDateTime) eve = g_date_time_new (west, 1899, 12, 31, 23, 59, 59);
  g_autoptr(GDateTime) ok = g_date_time_new (west, 1900, 1, 1, 0, 0, 0);
  GDateTime *refused[] = { first, old, eve };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(HearthReading) reading = hearth_reading_new_weight (refused[i], 70, NAN);

      hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (ada));
      g_assert_false (hearth_store_add_reading (f->store, reading, &error));
      g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
      g_assert_nonnull (strstr (error->message, "1900"));
      g_clear_error (&error);
    }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 0);

  uuid = add_weight (f, hearth_profile_get_uuid (ada), ok, 70, NAN);
  list = list_all (f, hearth_profile_get_uuid (ada), -1, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

/* A stored row that cannot be read is an error naming it, never left out. */
static void
test_store_unreadable_row (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autofree char *good = add_weight (f, hearth_profile_get_uuid (ada), now, 70, NAN);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;

  /* Year 1 minus a day: no GDateTime can hold it. */
  exec_sql (f, "INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, local_day, "
               "value_a, created_at, updated_at) VALUES ('bad-row-0001', 1, 'weight', "
               "-62135683200000000, 0, -719163, 71, 0, 0)");

  list = hearth_store_list_readings (f->store, hearth_profile_get_uuid (ada), -1, NULL, NULL, &error);
  g_assert_null (list);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "bad-row-0001"));
  g_clear_error (&error);

  list = hearth_store_list_recent_readings (f->store, hearth_profile_get_uuid (ada), -1, 10, &error);
  g_assert_null (list);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  reading = hearth_store_get_reading (f->store, "bad-row-0001", &error);
  g_assert_null (reading);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "bad-row-0001"));
  g_clear_error (&error);

  /* The good one still reads on its own. */
  reading = hearth_store_get_reading (f->store, good, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reading);
}

static void
test_store_default_path (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("HEARTH_DB"));
  g_autofree char *from_env = NULL;
  g_autofree char *from_xdg = NULL;
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db", NULL);

  g_setenv ("HEARTH_DB", "/tmp/somewhere/else.db", TRUE);
  from_env = hearth_store_default_path ();
  g_assert_cmpstr (from_env, ==, "/tmp/somewhere/else.db");

  g_unsetenv ("HEARTH_DB");
  from_xdg = hearth_store_default_path ();
  g_assert_cmpstr (from_xdg, ==, expected);

  if (saved != NULL)
    g_setenv ("HEARTH_DB", saved, TRUE);
}

static void
test_store_accessors (Fixture       *f,
                      gconstpointer  data)
{
  int timeout = 0;

  g_assert_cmpstr (hearth_store_get_path (f->store), ==, f->path);
  g_assert_true (hearth_store_get_clock (f->store) == f->clock);
  g_assert_cmpint (hearth_store_get_schema_version (f->store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_object_get (f->store, "busy-timeout", &timeout, NULL);
  g_assert_cmpint (timeout, ==, 5000);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
}

/* The newest N readings, newest first, with or without a kind. */
static void
test_store_list_recent (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Lin");
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GListModel) recent = NULL;
  g_autoptr(GListModel) weights = NULL;
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_hours (now, -(int) i);
      g_autoptr(HearthReading) r = (i % 2 == 0)
        ? hearth_reading_new_blood_pressure (at, 120 + i, 80, NAN)
        : hearth_reading_new_weight (at, 70 + i, NAN);

      hearth_reading_set_profile_uuid (r, hearth_profile_get_uuid (profile));
      ASSERT_OK (hearth_store_add_reading (f->store, r, &error));
    }

  recent = hearth_store_list_recent_readings (f->store, hearth_profile_get_uuid (profile), -1, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (recent), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(HearthReading) r = g_list_model_get_item (recent, i);

      /* i hours ago: bp 120 + i at even i, weight 70 + i at odd i. */
      g_assert_cmpfloat (hearth_reading_get_value_a (r), ==, (i % 2 == 0 ? 120 : 70) + i);
    }

  weights = hearth_store_list_recent_readings (f->store, hearth_profile_get_uuid (profile),
                                               HEARTH_READING_KIND_WEIGHT, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (weights), ==, 3);
}

/* A full disk: the write that needs room fails with FULL and a message
 * for a person, nothing half-written is left, and what was stored stays. */
/* Every kind ------------------------------------------------------------- */

static void
add_ok (Fixture       *f,
        HearthReading *reading,
        const char    *profile_uuid)
{
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, profile_uuid);
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static void
test_store_vitals_round_trip (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(GTimeZone) cest = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) bed = g_date_time_new (cest, 2024, 6, 14, 23, 15, 0);
  g_autoptr(GDateTime) wake = g_date_time_new (cest, 2024, 6, 15, 6, 45, 0);
  g_autoptr(GDateTime) at = g_date_time_new (cest, 2024, 6, 15, 8, 0, 0);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) sleeps = NULL;
  g_autoptr(HearthReading) sleep = NULL;
  g_autoptr(HearthReading) steps = NULL;
  g_autoptr(HearthReading) glucose = NULL;
  g_autoptr(HearthReading) latest = NULL;
  g_autoptr(GError) error = NULL;
  HearthReading *readings[] = {
    hearth_reading_new_glucose (at, 6.2, HEARTH_GLUCOSE_CONTEXT_FASTING),
    hearth_reading_new_heart_rate (at, 58),
    hearth_reading_new_spo2 (at, 96),
    hearth_reading_new_temperature (at, 37.4),
    hearth_reading_new_waist (at, 82.5),
    hearth_reading_new_body_fat (at, 24.1),
    hearth_reading_new_sleep (bed, wake, 3),
    hearth_reading_new_steps (at, 7421),
  };

  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    add_ok (f, readings[i], a);

  /* Straight from the file: the generic columns. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE kind = 'glucose' "
                                 "AND value_a = 6.2 AND label_a = 'fasting'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE kind = 'sleep' "
                                 "AND value_a = 7.5 AND value_b = 3"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE kind = 'body-fat' "
                                 "AND value_b IS NULL"), ==, 1);
  /* Steps at 00:00 local: 2024-06-14T22:00Z, local day of the 15th. */
  g_assert_cmpint (query_int (f, "SELECT taken_at FROM readings WHERE kind = 'steps'"), ==,
                   G_GINT64_CONSTANT (1718402400) * G_USEC_PER_SEC);
  g_assert_cmpint (query_int (f, "SELECT local_day FROM readings WHERE kind = 'steps'"), ==,
                   day_of (2024, 6, 15));
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT kind) FROM readings"), ==, 8);

  fixture_reopen (f);
  all = list_all (f, a, -1, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 8);

  sleeps = list_all (f, a, HEARTH_READING_KIND_SLEEP, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sleeps), ==, 1);
  sleep = g_list_model_get_item (sleeps, 0);
  g_assert_cmpfloat (hearth_reading_get_sleep_hours (sleep), ==, 7.5);
  g_assert_cmpfloat (hearth_reading_get_sleep_quality (sleep), ==, 3);
  g_assert_true (g_date_time_equal (hearth_reading_get_taken_at (sleep), wake));
  start = hearth_reading_dup_sleep_start (sleep);
  g_assert_true (g_date_time_equal (start, bed));

  glucose = hearth_store_get_latest_reading (f->store, a, HEARTH_READING_KIND_GLUCOSE, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_reading_get_mmol_l (glucose), ==, 6.2);
  g_assert_cmpint (hearth_reading_get_glucose_context (glucose), ==, HEARTH_GLUCOSE_CONTEXT_FASTING);

  steps = hearth_store_get_latest_reading (f->store, a, HEARTH_READING_KIND_STEPS, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_reading_get_steps (steps), ==, 7421);
  g_assert_cmpint (hearth_reading_get_local_day (steps), ==, day_of (2024, 6, 15));

  for (HearthReadingKind k = HEARTH_READING_KIND_HEART_RATE; k <= HEARTH_READING_KIND_BODY_FAT; k++)
    {
      g_clear_object (&latest);
      latest = hearth_store_get_latest_reading (f->store, a, k, &error);
      g_assert_no_error (error);
      g_assert_nonnull (latest);
      g_assert_cmpint (hearth_reading_get_kind (latest), ==, k);
    }

  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    g_object_unref (readings[i]);
}

static void
test_store_steps_one_per_day (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(GDateTime) morning = utc (2024, 6, 15, 8, 0);
  g_autoptr(GDateTime) evening = utc (2024, 6, 15, 11, 30);
  g_autoptr(GDateTime) yesterday = utc (2024, 6, 14, 20, 0);
  g_autoptr(HearthReading) first = hearth_reading_new_steps (morning, 3000);
  g_autoptr(HearthReading) second = hearth_reading_new_steps (evening, 9000);
  g_autoptr(HearthReading) other_day = hearth_reading_new_steps (yesterday, 5000);
  g_autoptr(HearthReading) bobs = hearth_reading_new_steps (evening, 9000);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_uuid = NULL;

  add_ok (f, first, a);
  first_uuid = g_strdup (hearth_reading_get_uuid (first));

  /* A second total for the same local day is refused, nothing stored. */
  hearth_reading_set_profile_uuid (second, a);
  g_assert_false (hearth_store_add_reading (f->store, second, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, "Steps for that day are already logged; edit that entry instead");
  g_clear_error (&error);
  g_assert_null (hearth_reading_get_uuid (second));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE kind = 'steps'"), ==, 1);

  /* Another day, another member: fine. Editing the day's own entry: fine. */
  add_ok (f, other_day, a);
  add_ok (f, bobs, hearth_profile_get_uuid (bob));
  hearth_reading_set_values (first, 9500, NAN, NAN);
  ASSERT_OK (hearth_store_update_reading (f->store, first, &error));

  /* Moving yesterday's entry onto today is refused too. */
  hearth_reading_set_taken_at (other_day, hearth_reading_get_taken_at (first));
  g_assert_false (hearth_store_update_reading (f->store, other_day, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Deleted, the day is free; the deleted one cannot come back over the new one. */
  ASSERT_OK (hearth_store_delete_reading (f->store, first_uuid, &error));
  add_ok (f, second, a);
  g_assert_false (hearth_store_undelete_reading (f->store, first_uuid, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings WHERE kind = 'steps' "
                                 "AND deleted_at IS NULL AND local_day = 19889"), ==, 2);  /* Ann's and Bob's */

  ASSERT_OK (hearth_store_delete_reading (f->store, hearth_reading_get_uuid (second), &error));
  ASSERT_OK (hearth_store_undelete_reading (f->store, first_uuid, &error));
}

/* Plausibility ----------------------------------------------------------- */

static void
assert_plausible (Fixture       *f,
                  HearthReading *reading,
                  const char    *profile_uuid,
                  const char    *message)     /* NULL: plausible */
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  hearth_reading_set_profile_uuid (reading, profile_uuid);
  ok = hearth_store_check_plausible (f->store, reading, &error);
  if (message == NULL)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE);
      g_assert_false (ok);
      g_assert_cmpstr (error->message, ==, message);
    }
}

static void
assert_weight_plausible (Fixture    *f,
                         const char *profile_uuid,
                         int         hour,
                         int         minute,
                         double      kg,
                         const char *message)
{
  g_autoptr(GDateTime) at = utc (2024, 6, 14, hour, minute);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (at, kg, NAN);

  assert_plausible (f, reading, profile_uuid, message);
}

static void
test_store_plausible_weight (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  const char *a = hearth_profile_get_uuid (ann);
  g_autoptr(GDateTime) at = utc (2024, 6, 14, 8, 0);
  g_autoptr(GDateTime) two_days = utc (2024, 6, 12, 8, 0);
  g_autoptr(HearthReading) logged = NULL;
  g_autoptr(HearthReading) bp = hearth_reading_new_blood_pressure (at, 250, 150, NAN);
  g_autoptr(HearthReading) nonsense = hearth_reading_new_weight (at, NAN, NAN);
  g_autofree char *w1 = NULL;
  g_autoptr(GError) error = NULL;

  /* No weight yet: nothing to compare with. */
  assert_weight_plausible (f, a, 9, 0, 120, NULL);

  g_free (add_weight (f, a, two_days, 50, NAN));    /* more than a day away: ignored */
  w1 = add_weight (f, a, at, 70, NAN);              /* 14 June 08:00 */

  /* Within 10 kg, either side of it: fine. Exactly 10 kg: fine. */
  assert_weight_plausible (f, a, 11, 0, 75, NULL);
  assert_weight_plausible (f, a, 11, 0, 80, NULL);
  assert_weight_plausible (f, a, 11, 0, 60, NULL);
  assert_weight_plausible (f, a, 5, 0, 80, NULL);
  /* More than 10 kg: a question, naming the gap and when. */
  assert_weight_plausible (f, a, 11, 0, 81.2,
                           "81.2 kg is 11.2 kg away from the weight logged 3 hours earlier. Is it right?");
  assert_weight_plausible (f, a, 8, 0, 59.9,
                           "59.9 kg is 10.1 kg away from the weight logged at the same time. Is it right?");
  assert_weight_plausible (f, a, 7, 59, 80.5,
                           "80.5 kg is 10.5 kg away from the weight logged 1 minute later. Is it right?");
  assert_weight_plausible (f, a, 8, 40, 80.5,
                           "80.5 kg is 10.5 kg away from the weight logged 40 minutes earlier. Is it right?");
  assert_weight_plausible (f, a, 7, 0, 85,
                           "85.0 kg is 15.0 kg away from the weight logged 1 hour later. Is it right?");
  /* 24 h later is still compared; beyond that it is not. */
  {
    g_autoptr(GDateTime) day_later = utc (2024, 6, 15, 8, 0);
    g_autoptr(GDateTime) past_day = utc (2024, 6, 15, 8, 1);
    g_autoptr(HearthReading) r1 = hearth_reading_new_weight (day_later, 90, NAN);
    g_autoptr(HearthReading) r2 = hearth_reading_new_weight (past_day, 90, NAN);

    assert_plausible (f, r1, a,
                      "90.0 kg is 20.0 kg away from the weight logged 24 hours earlier. Is it right?");
    assert_plausible (f, r2, a, NULL);
  }

  /* An edit is not compared with its stored self (70 kg). */
  logged = hearth_store_get_reading (f->store, w1, &error);
  g_assert_no_error (error);
  hearth_reading_set_values (logged, 85, NAN, NAN);
  assert_plausible (f, logged, a, NULL);

  /* The nearest in time counts: a second weight at 10:00 of 85 kg makes
   * 84 kg at 10:30 plausible although it is 14 kg from the 08:00 one. */
  {
    g_autoptr(GDateTime) ten = utc (2024, 6, 14, 10, 0);
    g_autoptr(HearthReading) heavy = hearth_reading_new_weight (ten, 85, NAN);

    add_ok (f, heavy, a);
  }
  assert_weight_plausible (f, a, 10, 30, 84, NULL);
  assert_weight_plausible (f, a, 8, 30, 84,
                           "84.0 kg is 14.0 kg away from the weight logged 30 minutes earlier. Is it right?");

  /* Other members' weights do not count; other kinds are not checked. */
  assert_weight_plausible (f, hearth_profile_get_uuid (bob), 8, 0, 120, NULL);
  assert_plausible (f, bp, a, NULL);
  /* Invalid values are left to validation. */
  assert_plausible (f, nonsense, a, NULL);

  /* Checking stores nothing. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM readings"), ==, 3);
}

static void
add_steps_on (Fixture    *f,
              const char *profile_uuid,
              int         day,
              double      steps)
{
  g_autoptr(GDateTime) at = utc (2024, 5, day, 12, 0);
  g_autoptr(HearthReading) reading = hearth_reading_new_steps (at, steps);

  add_ok (f, reading, profile_uuid);
}

static void
assert_steps_plausible (Fixture    *f,
                        const char *profile_uuid,
                        int         june_day,
                        double      steps,
                        const char *message)
{
  g_autoptr(GDateTime) at = utc (2024, 6, june_day, 9, 0);
  g_autoptr(HearthReading) reading = hearth_reading_new_steps (at, steps);

  assert_plausible (f, reading, profile_uuid, message);
}

static void
test_store_plausible_steps (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(HearthProfile) cy = add_member (f, "Cy");
  const char *a = hearth_profile_get_uuid (ann);
  const char *b = hearth_profile_get_uuid (bob);
  const char *c = hearth_profile_get_uuid (cy);

  /* Six days of about 2000: too little history to say. */
  for (int d = 1; d <= 6; d++)
    add_steps_on (f, a, d, 1000 + d * 200);    /* 1200 … 2200 */
  assert_steps_plausible (f, a, 15, 90000, NULL);

  /* A seventh day: median of 1200 1400 1600 1800 2000 2200 2400 is 1800. */
  add_steps_on (f, a, 7, 2400);
  assert_steps_plausible (f, a, 15, 18000, NULL);
  assert_steps_plausible (f, a, 15, 18001,
                          "18001 steps is more than 10 times the usual 1800 a day "
                          "(the median of the last 7 days logged). Is it right?");

  /* Eight days: the median of an even count is the mean of the middle two
   * (1800 and 2000). */
  add_steps_on (f, a, 8, 100000);
  assert_steps_plausible (f, a, 15, 19000, NULL);
  assert_steps_plausible (f, a, 15, 19001,
                          "19001 steps is more than 10 times the usual 1900 a day "
                          "(the median of the last 8 days logged). Is it right?");

  /* Only the last 30 daily totals count: 30 newer days of 5000. */
  for (int d = 9; d <= 31; d++)
    add_steps_on (f, a, d, 5000);
  {
    g_autoptr(GDateTime) june = utc (2024, 6, 1, 12, 0);
    g_autoptr(HearthReading) r = NULL;

    for (int d = 0; d < 7; d++)
      {
        g_autoptr(GDateTime) day = g_date_time_add_days (june, d);

        g_clear_object (&r);
        r = hearth_reading_new_steps (day, 5000);
        add_ok (f, r, a);
      }
  }
  assert_steps_plausible (f, a, 15, 50000, NULL);
  assert_steps_plausible (f, a, 15, 50001,
                          "50001 steps is more than 10 times the usual 5000 a day "
                          "(the median of the last 30 days logged). Is it right?");
  /* The day itself is left out (a day's own total is being replaced). */
  assert_steps_plausible (f, a, 7, 50000, NULL);

  /* Bob: seven days of nothing counted (device not worn): no usual. */
  for (int d = 1; d <= 7; d++)
    add_steps_on (f, b, d, 0);
  assert_steps_plausible (f, b, 15, 12000, NULL);

  /* Cy: no steps at all. */
  assert_steps_plausible (f, c, 15, 100000, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("accessors", test_store_accessors);
  ADD ("profile/crud", test_store_profile_crud);
  ADD ("profile/invalid", test_store_profile_invalid);
  ADD ("profile/list", test_store_profile_list);
  ADD ("profile/unique-names", test_store_profile_unique);
  ADD ("profile/soft-delete", test_store_profile_soft_delete);
  ADD ("reading/crud", test_store_reading_crud);
  ADD ("reading/rejected", test_store_reading_rejected);
  ADD ("reading/list", test_store_reading_list);
  ADD ("aggregate", test_store_aggregate);
  ADD ("instant/before-1900", test_store_instant_before_1900);
  ADD ("instant/unreadable-row", test_store_unreadable_row);
  g_test_add ("/hearth/store/dst", Fixture, NULL, fixture_setup_cet, test_store_dst, fixture_teardown);
  g_test_add_func ("/hearth/store/default-path", test_store_default_path);
  ADD ("list-recent", test_store_list_recent);
  ADD ("vitals/round-trip", test_store_vitals_round_trip);
  ADD ("vitals/steps-one-per-day", test_store_steps_one_per_day);
  ADD ("plausible/weight", test_store_plausible_weight);
  ADD ("plausible/steps", test_store_plausible_steps);

#undef ADD

  return g_test_run ();
}

