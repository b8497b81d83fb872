/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-heights"

#include "config.h"

#include <math.h>

#include "hearth-core.h"
#include "store-fixture.h"

/* A member's height measurements (schema 12): validation, the store API,
 * the profile's height following the latest one, the profile form's height
 * becoming a measurement. The fixture's clock is 2024-06-15 12:00 UTC. */

static HearthProfile *
add_child (Fixture *f)
{
  g_autoptr(HearthProfile) child = hearth_profile_new ("Mia");
  g_autoptr(GError) error = NULL;

  hearth_profile_set_birth (child, 2018, 3, 10);
  hearth_profile_set_sex (child, HEARTH_SEX_FEMALE);
  ASSERT_OK (hearth_store_add_profile (f->store, child, &error));
  return g_steal_pointer (&child);
}

static void
test_heights_validate (void)
{
  gint64 birth = day_of (2018, 3, 10);
  gint64 today = day_of (2024, 6, 15);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_height_validate (today, 120.5, birth, today, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_height_validate (birth, 50, birth, today, &error));
  g_assert_true (hearth_height_validate (today, HEARTH_HEIGHT_MIN_CM, HEARTH_RECORD_NO_DAY, today, &error));
  g_assert_true (hearth_height_validate (today, HEARTH_HEIGHT_MAX_CM, birth, today, &error));
  g_assert_no_error (error);

  g_assert_false (hearth_height_validate (today, HEARTH_HEIGHT_MIN_CM - 0.1, birth, today, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT);
  g_clear_error (&error);
  g_assert_false (hearth_height_validate (today, HEARTH_HEIGHT_MAX_CM + 0.1, birth, today, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT);
  g_clear_error (&error);
  g_assert_false (hearth_height_validate (today, NAN, birth, today, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT);
  g_clear_error (&error);
  g_assert_false (hearth_height_validate (today + 1, 120, birth, today, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);
  g_assert_false (hearth_height_validate (birth - 1, 50, birth, today, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
}

static void
test_heights_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HearthProfile) child = add_child (f);
  const char *uuid = hearth_profile_get_uuid (child);
  g_autoptr(HearthProfile) again = NULL;
  g_autoptr(GPtrArray) heights = NULL;
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(GError) error = NULL;
  guint changes;

  /* No height given: no measurement. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM height_measurements"), ==, 0);

  changes = f->profiles_changed;
  ASSERT_OK (hearth_store_add_height (f->store, uuid, day_of (2022, 5, 1), 110, &newer, &error));
  g_assert_true (g_uuid_string_is_valid (newer));
  g_assert_cmpuint (f->profiles_changed, >, changes);
  ASSERT_OK (hearth_store_add_height (f->store, uuid, day_of (2020, 5, 1), 96.5, &older, &error));

  heights = hearth_store_list_heights (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (heights->len, ==, 2);
  g_assert_cmpstr (((HearthHeight *) heights->pdata[0])->uuid, ==, older);
  g_assert_cmpint (((HearthHeight *) heights->pdata[0])->measured_day, ==, day_of (2020, 5, 1));
  g_assert_cmpfloat (((HearthHeight *) heights->pdata[0])->height_cm, ==, 96.5);
  g_assert_cmpstr (((HearthHeight *) heights->pdata[0])->profile_uuid, ==, uuid);
  g_assert_cmpfloat (((HearthHeight *) heights->pdata[1])->height_cm, ==, 110);

  /* The latest measurement (by day, not by when it was typed) is the
   * profile's height; the store's own object follows. */
  g_assert_cmpfloat (hearth_profile_get_height_cm (child), ==, 0);
  again = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_profile_get_height_cm (again), ==, 110);
  g_clear_object (&again);
  again = hearth_store_find_profile (f->store, "Mia", &error);
  g_assert_cmpfloat (hearth_profile_get_height_cm (again), ==, 110);
  g_clear_object (&again);

  /* Deleting the latest falls back to the one before; undo restores it. */
  changes = f->profiles_changed;
  ASSERT_OK (hearth_store_delete_height (f->store, newer, &error));
  g_assert_cmpuint (f->profiles_changed, >, changes);
  again = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_cmpfloat (hearth_profile_get_height_cm (again), ==, 96.5);
  g_clear_object (&again);
  g_clear_pointer (&heights, g_ptr_array_unref);
  heights = hearth_store_list_heights (f->store, uuid, &error);
  g_assert_cmpuint (heights->len, ==, 1);
  g_assert_false (hearth_store_delete_height (f->store, newer, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ASSERT_OK (hearth_store_undelete_height (f->store, newer, &error));
  again = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_cmpfloat (hearth_profile_get_height_cm (again), ==, 110);
  g_clear_object (&again);
  g_assert_false (hearth_store_undelete_height (f->store, newer, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Refused: nothing stored. In the future, before birth, out of range,
   * an unknown member. */
  changes = f->profiles_changed;
  g_assert_false (hearth_store_add_height (f->store, uuid, day_of (2024, 6, 16), 120, NULL, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);
  g_assert_false (hearth_store_add_height (f->store, uuid, day_of (2018, 3, 9), 50, NULL, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);
  g_assert_false (hearth_store_add_height (f->store, uuid, day_of (2024, 1, 1), 12, NULL, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT);
  g_clear_error (&error);
  g_assert_false (hearth_store_add_height (f->store, "00000000-0000-4000-8000-000000000000",
                                           day_of (2024, 1, 1), 120, NULL, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (f->profiles_changed, ==, changes);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM height_measurements"), ==, 2);
  /* Today is allowed. */
  ASSERT_OK (hearth_store_add_height (f->store, uuid, day_of (2024, 6, 15), 121, NULL, &error));
}

/* The profile form's height is a measurement of today, not an overwrite. */
static void
test_heights_profile_form (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) child = hearth_profile_new ("Leo");
  g_autoptr(GPtrArray) heights = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid;

  hearth_profile_set_birth (child, 2016, 1, 2);
  hearth_profile_set_height_cm (child, 118);
  ASSERT_OK (hearth_store_add_profile (f->store, child, &error));
  uuid = hearth_profile_get_uuid (child);
  ASSERT_OK (hearth_store_add_height (f->store, uuid, day_of (2021, 1, 2), 105, NULL, &error));

  heights = hearth_store_list_heights (f->store, uuid, &error);
  g_assert_cmpuint (heights->len, ==, 2);
  g_assert_cmpint (((HearthHeight *) heights->pdata[1])->measured_day, ==, day_of (2024, 6, 15));
  g_assert_cmpfloat (((HearthHeight *) heights->pdata[1])->height_cm, ==, 118);
  g_clear_pointer (&heights, g_ptr_array_unref);

  /* Saved again with the same height: no new row. */
  hearth_profile_set_color (child, "#3584e4");
  ASSERT_OK (hearth_store_update_profile (f->store, child, &error));
  heights = hearth_store_list_heights (f->store, uuid, &error);
  g_assert_cmpuint (heights->len, ==, 2);
  g_clear_pointer (&heights, g_ptr_array_unref);

  /* A new height: a third row, the older ones kept. */
  hearth_profile_set_height_cm (child, 119.5);
  ASSERT_OK (hearth_store_update_profile (f->store, child, &error));
  heights = hearth_store_list_heights (f->store, uuid, &error);
  g_assert_cmpuint (heights->len, ==, 3);
  g_assert_cmpfloat (((HearthHeight *) heights->pdata[0])->height_cm, ==, 105);
  g_assert_cmpfloat (((HearthHeight *) heights->pdata[1])->height_cm, ==, 118);
  g_assert_cmpfloat (((HearthHeight *) heights->pdata[2])->height_cm, ==, 119.5);
  g_assert_cmpint (query_int (f, "SELECT height_cm * 10 FROM profiles WHERE name = 'Leo'"), ==, 1195);

  /* Refused profile values write nothing. */
  hearth_profile_set_height_cm (child, 500);
  g_assert_false (hearth_store_update_profile (f->store, child, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM height_measurements"), ==, 3);
}

static HearthHeight *
height_new (gint64 day,
            double cm,
            gint64 created_at)
{
  HearthHeight *height = g_new0 (HearthHeight, 1);

  height->measured_day = day;
  height->height_cm = cm;
  height->created_at = created_at;
  return height;
}

/* A weight pairs with the height measured closest on or before its day,
 * at most 183 days before. */
static void
test_heights_pairing (void)
{
  g_autoptr(GPtrArray) heights = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_height_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_height_free);
  gint64 d2020 = day_of (2020, 1, 1);
  gint64 d2021 = day_of (2021, 1, 1);
  gint64 d2023 = day_of (2023, 1, 1);

  g_ptr_array_add (heights, height_new (d2020, 100, 1));
  g_ptr_array_add (heights, height_new (d2021, 107, 1));
  g_ptr_array_add (heights, height_new (d2021, 108, 2));  /* the same day, entered later */
  g_ptr_array_add (heights, height_new (d2023, 120, 1));

  g_assert_null (hearth_heights_for_day (none, d2021));
  g_assert_null (hearth_heights_for_day (heights, d2020 - 1));
  g_assert_cmpfloat (hearth_heights_for_day (heights, d2020)->height_cm, ==, 100);
  g_assert_cmpfloat (hearth_heights_for_day (heights, d2020 + 183)->height_cm, ==, 100);
  g_assert_cmpfloat (hearth_heights_for_day (heights, d2021)->height_cm, ==, 108);
  g_assert_cmpfloat (hearth_heights_for_day (heights, d2021 + 100)->height_cm, ==, 108);
  /* Too old a height: no BMI rather than a wrong one. */
  g_assert_null (hearth_heights_for_day (heights, d2021 + HEARTH_HEIGHT_PAIR_MAX_DAYS + 1));
  g_assert_null (hearth_heights_for_day (heights, d2023 - 1));
  g_assert_cmpfloat (hearth_heights_for_day (heights, d2023)->height_cm, ==, 120);
  g_assert_cmpfloat (hearth_heights_for_day (heights, d2023 + 183)->height_cm, ==, 120);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/heights/validate", test_heights_validate);
  g_test_add_func ("/hearth/heights/pairing", test_heights_pairing);
#define ADD(path, func) \
  g_test_add ("/hearth/heights/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("store", test_heights_store);
  ADD ("profile-form", test_heights_profile_form);
#undef ADD

  return g_test_run ();
}
