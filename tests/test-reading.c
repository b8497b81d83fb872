/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reading"

#include "config.h"

#include <math.h>

#include "hearth-core.h"
#include "hearth-core-private.h"

static GDateTime *
make_now (void)
{
  return g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
}

static void
assert_bp (double      systolic,
           double      diastolic,
           double      pulse,
           int         code,          /* -1: valid */
           const char *message)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(HearthReading) reading =
    hearth_reading_new_blood_pressure (now, systolic, diastolic, pulse);
  g_autoptr(GError) error = NULL;
  gboolean ok = hearth_reading_validate (reading, now, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_error (error, HEARTH_VALIDATION_ERROR, code);
      g_assert_false (ok);
      if (message != NULL)
        g_assert_cmpstr (error->message, ==, message);
    }
}

static void
assert_weight (double      kg,
               double      body_fat,
               int         code,
               const char *message)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (now, kg, body_fat);
  g_autoptr(GError) error = NULL;
  gboolean ok = hearth_reading_validate (reading, now, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_error (error, HEARTH_VALIDATION_ERROR, code);
      g_assert_false (ok);
      if (message != NULL)
        g_assert_cmpstr (error->message, ==, message);
    }
}

static void
test_reading_validate_systolic (void)
{
  assert_bp (49, 40, NAN, HEARTH_VALIDATION_ERROR_SYSTOLIC,
             "The systolic value must be between 50 and 300 mmHg");
  assert_bp (50, 40, NAN, -1, NULL);
  assert_bp (300, 100, NAN, -1, NULL);
  assert_bp (301, 100, NAN, HEARTH_VALIDATION_ERROR_SYSTOLIC, NULL);
  assert_bp (NAN, 80, NAN, HEARTH_VALIDATION_ERROR_SYSTOLIC, NULL);
  assert_bp (INFINITY, 80, NAN, HEARTH_VALIDATION_ERROR_SYSTOLIC, NULL);
}

static void
test_reading_validate_diastolic (void)
{
  assert_bp (120, 29, NAN, HEARTH_VALIDATION_ERROR_DIASTOLIC,
             "The diastolic value must be between 30 and 200 mmHg");
  assert_bp (120, 30, NAN, -1, NULL);
  assert_bp (250, 200, NAN, -1, NULL);
  assert_bp (250, 201, NAN, HEARTH_VALIDATION_ERROR_DIASTOLIC, NULL);
  assert_bp (120, NAN, NAN, HEARTH_VALIDATION_ERROR_DIASTOLIC, NULL);
  /* Must be below the systolic. */
  assert_bp (120, 119, NAN, -1, NULL);
  assert_bp (120, 120, NAN, HEARTH_VALIDATION_ERROR_DIASTOLIC,
             "The diastolic value must be lower than the systolic");
  assert_bp (120, 130, NAN, HEARTH_VALIDATION_ERROR_DIASTOLIC,
             "The diastolic value must be lower than the systolic");
}

static void
test_reading_validate_pulse (void)
{
  assert_bp (120, 80, NAN, -1, NULL);
  assert_bp (120, 80, 19, HEARTH_VALIDATION_ERROR_PULSE,
             "The pulse must be between 20 and 250 bpm");
  assert_bp (120, 80, 20, -1, NULL);
  assert_bp (120, 80, 250, -1, NULL);
  assert_bp (120, 80, 251, HEARTH_VALIDATION_ERROR_PULSE, NULL);
  /* First bad field wins. */
  assert_bp (20, 10, 500, HEARTH_VALIDATION_ERROR_SYSTOLIC, NULL);
  assert_bp (120, 10, 500, HEARTH_VALIDATION_ERROR_DIASTOLIC, NULL);
}

static void
test_reading_validate_weight (void)
{
  assert_weight (0.99, NAN, HEARTH_VALIDATION_ERROR_WEIGHT,
                 "The weight must be between 1 and 500 kg");
  assert_weight (1, NAN, -1, NULL);
  assert_weight (500, NAN, -1, NULL);
  assert_weight (500.01, NAN, HEARTH_VALIDATION_ERROR_WEIGHT, NULL);
  assert_weight (NAN, NAN, HEARTH_VALIDATION_ERROR_WEIGHT, NULL);
  assert_weight (-70, NAN, HEARTH_VALIDATION_ERROR_WEIGHT, NULL);

  assert_weight (70, 0.99, HEARTH_VALIDATION_ERROR_BODY_FAT,
                 "The body fat must be between 1 and 75 %");
  assert_weight (70, 1, -1, NULL);
  assert_weight (70, 75, -1, NULL);
  assert_weight (70, 75.01, HEARTH_VALIDATION_ERROR_BODY_FAT, NULL);
}

static void
assert_time (GTimeSpan offset_from_now,
             gboolean  valid)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) taken = g_date_time_add (now, offset_from_now);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (taken, 70, NAN);
  g_autoptr(GError) error = NULL;

  if (valid)
    {
      g_assert_true (hearth_reading_validate (reading, now, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_assert_false (hearth_reading_validate (reading, now, &error));
      g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
      g_assert_cmpstr (error->message, ==, "The time cannot be in the future");
    }
}

static void
test_reading_validate_time (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(HearthReading) no_time = hearth_reading_new_weight (NULL, 70, NAN);
  g_autoptr(GError) error = NULL;

  assert_time (0, TRUE);
  assert_time (-365 * G_TIME_SPAN_DAY, TRUE);
  assert_time (60 * G_TIME_SPAN_SECOND, TRUE);
  assert_time (61 * G_TIME_SPAN_SECOND, FALSE);
  assert_time (G_TIME_SPAN_DAY, FALSE);

  g_assert_false (hearth_reading_validate (no_time, now, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
}

static void
test_reading_validate_time_offset (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) taken = NULL;
  g_autoptr(HearthReading) reading = NULL;

  /* 20:30 at +09:00 is 11:30 UTC: in the past whatever the wall clock says. */
  taken = g_date_time_new (tz, 2024, 6, 15, 20, 30, 0);
  reading = hearth_reading_new_weight (taken, 70, NAN);
  g_assert_true (hearth_reading_validate (reading, now, NULL));
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_reading_accessors (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(HearthReading) bp = hearth_reading_new_blood_pressure (now, 121, 79, 64);
  g_autoptr(HearthReading) weight = hearth_reading_new_weight (now, 70.5, NAN);
  g_autoptr(HearthReading) copy = NULL;
  guint value_notifies = 0;
  guint note_notifies = 0;

  g_assert_cmpint (hearth_reading_get_kind (bp), ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_cmpfloat (hearth_reading_get_systolic (bp), ==, 121);
  g_assert_cmpfloat (hearth_reading_get_diastolic (bp), ==, 79);
  g_assert_cmpfloat (hearth_reading_get_pulse (bp), ==, 64);
  g_assert_cmpint (hearth_reading_get_arm (bp), ==, HEARTH_ARM_UNSET);
  g_assert_null (hearth_reading_get_label_a (bp));
  g_assert_null (hearth_reading_get_uuid (bp));

  hearth_reading_set_arm (bp, HEARTH_ARM_LEFT);
  hearth_reading_set_posture (bp, HEARTH_POSTURE_SITTING);
  g_assert_cmpint (hearth_reading_get_arm (bp), ==, HEARTH_ARM_LEFT);
  g_assert_cmpint (hearth_reading_get_posture (bp), ==, HEARTH_POSTURE_SITTING);
  g_assert_cmpstr (hearth_reading_get_label_a (bp), ==, "left");
  g_assert_cmpstr (hearth_reading_get_label_b (bp), ==, "sitting");
  hearth_reading_set_arm (bp, HEARTH_ARM_UNSET);
  g_assert_null (hearth_reading_get_label_a (bp));
  g_assert_cmpstr (hearth_reading_get_label_b (bp), ==, "sitting");

  g_assert_cmpint (hearth_reading_get_kind (weight), ==, HEARTH_READING_KIND_WEIGHT);
  g_assert_cmpfloat (hearth_reading_get_kg (weight), ==, 70.5);
  g_assert_true (isnan (hearth_reading_get_body_fat (weight)));
  g_assert_true (isnan (hearth_reading_get_value_c (weight)));

  g_signal_connect (weight, "notify::value-a", G_CALLBACK (on_notify_cb), &value_notifies);
  g_signal_connect (weight, "notify::value-b", G_CALLBACK (on_notify_cb), &value_notifies);
  g_signal_connect (weight, "notify::note", G_CALLBACK (on_notify_cb), &note_notifies);
  hearth_reading_set_values (weight, 70.5, NAN, NAN);
  g_assert_cmpuint (value_notifies, ==, 0);
  hearth_reading_set_values (weight, 71, NAN, NAN);
  g_assert_cmpuint (value_notifies, ==, 1);
  hearth_reading_set_values (weight, 71, 20, NAN);
  g_assert_cmpuint (value_notifies, ==, 2);
  hearth_reading_set_note (weight, "after breakfast");
  hearth_reading_set_note (weight, "after breakfast");
  g_assert_cmpuint (note_notifies, ==, 1);

  hearth_reading_set_profile_uuid (bp, "p-1");
  hearth_reading_set_note (bp, "calm");
  _hearth_reading_set_uuid (bp, "r-1");
  _hearth_reading_set_stamps (bp, 10, 20);
  copy = hearth_reading_copy (bp);
  g_assert_true (copy != bp);
  g_assert_cmpstr (hearth_reading_get_uuid (copy), ==, "r-1");
  g_assert_cmpstr (hearth_reading_get_profile_uuid (copy), ==, "p-1");
  g_assert_cmpstr (hearth_reading_get_note (copy), ==, "calm");
  g_assert_cmpstr (hearth_reading_get_label_b (copy), ==, "sitting");
  g_assert_cmpfloat (hearth_reading_get_pulse (copy), ==, 64);
  g_assert_cmpint (hearth_reading_get_created_at (copy), ==, 10);
  g_assert_cmpint (hearth_reading_get_updated_at (copy), ==, 20);
  g_assert_true (g_date_time_equal (hearth_reading_get_taken_at (copy), now));
  /* Independent. */
  hearth_reading_set_note (copy, "other");
  g_assert_cmpstr (hearth_reading_get_note (bp), ==, "calm");
}

static gint64
local_day_of (GTimeZone *tz,
              int        y,
              int        mo,
              int        d,
              int        h,
              int        mi)
{
  g_autoptr(GDateTime) dt = g_date_time_new (tz, y, mo, d, h, mi, 0);

  return _hearth_local_day (dt);
}

static void
test_reading_local_day (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) plus14 = g_time_zone_new_offset (14 * 3600);
  g_autoptr(GTimeZone) minus10 = g_time_zone_new_offset (-10 * 3600);
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(HearthReading) reading = NULL;

  g_assert_cmpint (local_day_of (utc, 1970, 1, 1, 0, 0), ==, 0);
  g_assert_cmpint (local_day_of (utc, 1970, 1, 1, 23, 59), ==, 0);
  g_assert_cmpint (local_day_of (utc, 1970, 1, 2, 0, 0), ==, 1);
  g_assert_cmpint (local_day_of (utc, 1969, 12, 31, 23, 59), ==, -1);
  g_assert_cmpint (local_day_of (utc, 1969, 12, 31, 0, 0), ==, -1);
  g_assert_cmpint (local_day_of (utc, 2024, 6, 15, 12, 0), ==, 19889);

  /* The local calendar decides, not UTC. */
  g_assert_cmpint (local_day_of (plus14, 2024, 6, 15, 0, 30), ==, 19889);
  g_assert_cmpint (local_day_of (minus10, 2024, 6, 15, 23, 30), ==, 19889);
  g_assert_cmpint (local_day_of (plus14, 1970, 1, 1, 5, 0), ==, 0);

  dt = g_date_time_new (minus10, 2024, 6, 15, 23, 30, 0);
  reading = hearth_reading_new_weight (dt, 70, NAN);
  g_assert_cmpint (hearth_reading_get_local_day (reading), ==, 19889);
}

static void
test_reading_strings (void)
{
  HearthReadingKind kind = HEARTH_READING_KIND_WEIGHT;
  HearthArm arm = HEARTH_ARM_RIGHT;
  HearthPosture posture = HEARTH_POSTURE_LYING;

  g_assert_cmpstr (hearth_reading_kind_to_string (HEARTH_READING_KIND_BLOOD_PRESSURE), ==, "bp");
  g_assert_cmpstr (hearth_reading_kind_to_string (HEARTH_READING_KIND_WEIGHT), ==, "weight");
  g_assert_true (hearth_reading_kind_from_string ("bp", &kind));
  g_assert_cmpint (kind, ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_true (hearth_reading_kind_from_string ("weight", &kind));
  g_assert_cmpint (kind, ==, HEARTH_READING_KIND_WEIGHT);
  g_assert_false (hearth_reading_kind_from_string ("glucose", &kind));
  g_assert_false (hearth_reading_kind_from_string (NULL, &kind));
  g_assert_false (hearth_reading_kind_from_string ("", &kind));
  g_assert_cmpint (kind, ==, HEARTH_READING_KIND_WEIGHT);
  g_assert_cmpstr (hearth_reading_kind_get_name (HEARTH_READING_KIND_BLOOD_PRESSURE), ==,
                   "Blood pressure");
  g_assert_cmpstr (hearth_reading_kind_get_name (HEARTH_READING_KIND_WEIGHT), ==, "Weight");

  g_assert_cmpstr (hearth_arm_to_string (HEARTH_ARM_UNSET), ==, "");
  g_assert_cmpstr (hearth_arm_to_string (HEARTH_ARM_LEFT), ==, "left");
  g_assert_cmpstr (hearth_arm_to_string (HEARTH_ARM_RIGHT), ==, "right");
  g_assert_true (hearth_arm_from_string ("left", &arm));
  g_assert_cmpint (arm, ==, HEARTH_ARM_LEFT);
  g_assert_true (hearth_arm_from_string (NULL, &arm));
  g_assert_cmpint (arm, ==, HEARTH_ARM_UNSET);
  arm = HEARTH_ARM_RIGHT;
  g_assert_false (hearth_arm_from_string ("middle", &arm));
  g_assert_cmpint (arm, ==, HEARTH_ARM_RIGHT);

  for (HearthPosture p = HEARTH_POSTURE_UNSET; p <= HEARTH_POSTURE_LYING; p++)
    {
      g_assert_true (hearth_posture_from_string (hearth_posture_to_string (p), &posture));
      g_assert_cmpint (posture, ==, p);
    }
  g_assert_cmpstr (hearth_posture_to_string (HEARTH_POSTURE_SITTING), ==, "sitting");
  g_assert_cmpstr (hearth_posture_to_string (HEARTH_POSTURE_STANDING), ==, "standing");
  g_assert_cmpstr (hearth_posture_to_string (HEARTH_POSTURE_LYING), ==, "lying");
  g_assert_false (hearth_posture_from_string ("Sitting", &posture));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/reading/validate/systolic", test_reading_validate_systolic);
  g_test_add_func ("/hearth/reading/validate/diastolic", test_reading_validate_diastolic);
  g_test_add_func ("/hearth/reading/validate/pulse", test_reading_validate_pulse);
  g_test_add_func ("/hearth/reading/validate/weight", test_reading_validate_weight);
  g_test_add_func ("/hearth/reading/validate/time", test_reading_validate_time);
  g_test_add_func ("/hearth/reading/validate/time-offset", test_reading_validate_time_offset);
  g_test_add_func ("/hearth/reading/accessors", test_reading_accessors);
  g_test_add_func ("/hearth/reading/local-day", test_reading_local_day);
  g_test_add_func ("/hearth/reading/strings", test_reading_strings);

  return g_test_run ();
}
