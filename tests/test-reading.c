/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-reading"

#include "config.h"

#include <math.h>

#include "hearth-core.h"
#include "hearth-core-private.h"
#include "hearth-local-time.h"

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
  g_assert_false (hearth_reading_kind_from_string ("pressure", &kind));
  g_assert_false (hearth_reading_kind_from_string ("Weight", &kind));
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

/* Every kind: a single value validated against its limits. */
typedef HearthReading *(*NewSingleFunc) (GDateTime *taken_at, double value);

static void
assert_single (NewSingleFunc  new_reading,
               double         value,
               int            code,
               const char    *message)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(HearthReading) reading = new_reading (now, value);
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

static HearthReading *
new_glucose_fasting (GDateTime *taken_at,
                     double     mmol_l)
{
  return hearth_reading_new_glucose (taken_at, mmol_l, HEARTH_GLUCOSE_CONTEXT_FASTING);
}

static void
test_reading_validate_vitals (void)
{
  assert_single (new_glucose_fasting, 0.49, HEARTH_VALIDATION_ERROR_GLUCOSE,
                 "The glucose value must be between 0.5 and 40 mmol/L");
  assert_single (new_glucose_fasting, 0.5, -1, NULL);
  assert_single (new_glucose_fasting, 40, -1, NULL);
  assert_single (new_glucose_fasting, 40.01, HEARTH_VALIDATION_ERROR_GLUCOSE, NULL);
  assert_single (new_glucose_fasting, NAN, HEARTH_VALIDATION_ERROR_GLUCOSE, NULL);

  assert_single (hearth_reading_new_heart_rate, 19, HEARTH_VALIDATION_ERROR_HEART_RATE,
                 "The heart rate must be between 20 and 250 bpm");
  assert_single (hearth_reading_new_heart_rate, 20, -1, NULL);
  assert_single (hearth_reading_new_heart_rate, 250, -1, NULL);
  assert_single (hearth_reading_new_heart_rate, 250.5, HEARTH_VALIDATION_ERROR_HEART_RATE, NULL);

  assert_single (hearth_reading_new_spo2, 49.9, HEARTH_VALIDATION_ERROR_SPO2,
                 "The oxygen saturation must be between 50 and 100 %");
  assert_single (hearth_reading_new_spo2, 50, -1, NULL);
  assert_single (hearth_reading_new_spo2, 100, -1, NULL);
  assert_single (hearth_reading_new_spo2, 100.1, HEARTH_VALIDATION_ERROR_SPO2, NULL);

  assert_single (hearth_reading_new_temperature, 29.9, HEARTH_VALIDATION_ERROR_TEMPERATURE,
                 "The temperature must be between 30 and 45 °C");
  assert_single (hearth_reading_new_temperature, 30, -1, NULL);
  assert_single (hearth_reading_new_temperature, 45, -1, NULL);
  assert_single (hearth_reading_new_temperature, 45.1, HEARTH_VALIDATION_ERROR_TEMPERATURE, NULL);
  assert_single (hearth_reading_new_temperature, -INFINITY, HEARTH_VALIDATION_ERROR_TEMPERATURE, NULL);

  assert_single (hearth_reading_new_waist, 29.9, HEARTH_VALIDATION_ERROR_WAIST,
                 "The waist must be between 30 and 250 cm");
  assert_single (hearth_reading_new_waist, 30, -1, NULL);
  assert_single (hearth_reading_new_waist, 250, -1, NULL);
  assert_single (hearth_reading_new_waist, 250.1, HEARTH_VALIDATION_ERROR_WAIST, NULL);

  assert_single (hearth_reading_new_body_fat, 0.99, HEARTH_VALIDATION_ERROR_BODY_FAT,
                 "The body fat must be between 1 and 75 %");
  assert_single (hearth_reading_new_body_fat, 1, -1, NULL);
  assert_single (hearth_reading_new_body_fat, 75, -1, NULL);
  assert_single (hearth_reading_new_body_fat, 75.01, HEARTH_VALIDATION_ERROR_BODY_FAT, NULL);
}

static void
test_reading_validate_steps (void)
{
  assert_single (hearth_reading_new_steps, -1, HEARTH_VALIDATION_ERROR_STEPS,
                 "The step count must be a whole number from 0 to 100000");
  assert_single (hearth_reading_new_steps, 0, -1, NULL);
  assert_single (hearth_reading_new_steps, 100000, -1, NULL);
  assert_single (hearth_reading_new_steps, 100001, HEARTH_VALIDATION_ERROR_STEPS, NULL);
  assert_single (hearth_reading_new_steps, 8000.5, HEARTH_VALIDATION_ERROR_STEPS, NULL);
  assert_single (hearth_reading_new_steps, NAN, HEARTH_VALIDATION_ERROR_STEPS, NULL);
}

/* A day whose midnight the clocks skip (America/Santiago, 6 September 2026:
 * 00:00 → 01:00 at -03:00): the steps are stamped at the day's first
 * instant, 01:00, not at a 00:00 of the new offset that is 23:00 of the
 * day before. */
static void
test_reading_steps_skipped_midnight (void)
{
  g_autoptr(GTimeZone) santiago = g_time_zone_new_identifier ("America/Santiago");
  g_autoptr(GTimeZone) posix = g_time_zone_new_identifier ("<-04>4<-03>,M9.1.6/24,M4.1.6/24");
  GTimeZone *zones[] = { santiago, posix };

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autoptr(GDateTime) noon = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(HearthReading) reading = NULL;
      g_autoptr(GDateTime) utc = NULL;
      GDateTime *taken;
      int year, month, day;

      g_assert_nonnull (zones[i]);
      noon = g_date_time_new (zones[i], 2026, 9, 6, 12, 0, 0);
      g_assert_cmpint (g_date_time_get_utc_offset (noon) / G_TIME_SPAN_SECOND, ==, -3 * 3600);
      start = hearth_local_time_day_start (zones[i], 2026, 9, 6);
      reading = hearth_reading_new_steps (noon, 8000);
      taken = hearth_reading_get_taken_at (reading);

      g_assert_true (g_date_time_equal (taken, start));
      g_date_time_get_ymd (taken, &year, &month, &day);
      g_assert_cmpint (day, ==, 6);
      g_assert_cmpint (g_date_time_get_hour (taken), ==, 1);
      utc = g_date_time_to_utc (taken);
      g_assert_cmpint (g_date_time_get_hour (utc), ==, 4);
      g_assert_cmpint (_hearth_local_day (taken), ==, _hearth_local_day (noon));
    }
}

/* An instant GDateTime holds in its own offset but not in UTC (late on
 * 9999-12-31 west of UTC) could not be read back once stored: refused. */
static void
test_reading_validate_time_limit (void)
{
  g_autoptr(GTimeZone) west = g_time_zone_new_offset (-12 * 3600);
  g_autoptr(GDateTime) late = g_date_time_new (west, 9999, 12, 31, 23, 0, 0);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (late, 70, NAN);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (late);
  g_assert_false (hearth_reading_validate (reading, late, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
}

static void
assert_sleep (GTimeSpan   duration,
              double      quality,
              int         code,
              const char *message)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) end = g_date_time_add (now, -G_TIME_SPAN_HOUR);
  g_autoptr(GDateTime) start = g_date_time_add (end, -duration);
  g_autoptr(HearthReading) reading = hearth_reading_new_sleep (start, end, quality);
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
test_reading_validate_sleep (void)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 30);
  g_autoptr(GDateTime) earlier = g_date_time_add_hours (now, -8);
  g_autoptr(HearthReading) future = hearth_reading_new_sleep (earlier, later, NAN);
  g_autoptr(HearthReading) no_start = hearth_reading_new_sleep (NULL, now, NAN);
  g_autoptr(HearthReading) no_end = hearth_reading_new_sleep (earlier, NULL, NAN);
  g_autoptr(GError) error = NULL;

  assert_sleep (8 * G_TIME_SPAN_HOUR, NAN, -1, NULL);
  assert_sleep (G_TIME_SPAN_SECOND, NAN, -1, NULL);
  assert_sleep (24 * G_TIME_SPAN_HOUR, NAN, -1, NULL);
  assert_sleep (24 * G_TIME_SPAN_HOUR + G_TIME_SPAN_SECOND, NAN, HEARTH_VALIDATION_ERROR_SLEEP,
                "The sleep cannot be longer than 24 hours");
  assert_sleep (0, NAN, HEARTH_VALIDATION_ERROR_SLEEP, "The sleep must end after it starts");
  assert_sleep (-G_TIME_SPAN_HOUR, NAN, HEARTH_VALIDATION_ERROR_SLEEP,
                "The sleep must end after it starts");

  assert_sleep (8 * G_TIME_SPAN_HOUR, 1, -1, NULL);
  assert_sleep (8 * G_TIME_SPAN_HOUR, 5, -1, NULL);
  assert_sleep (8 * G_TIME_SPAN_HOUR, 0, HEARTH_VALIDATION_ERROR_QUALITY,
                "The sleep quality must be a whole number from 1 to 5");
  assert_sleep (8 * G_TIME_SPAN_HOUR, 6, HEARTH_VALIDATION_ERROR_QUALITY, NULL);
  assert_sleep (8 * G_TIME_SPAN_HOUR, 3.5, HEARTH_VALIDATION_ERROR_QUALITY, NULL);
  /* The duration is checked before the quality. */
  assert_sleep (0, 9, HEARTH_VALIDATION_ERROR_SLEEP, NULL);

  /* The end is the reading's time: it may not be in the future. */
  g_assert_false (hearth_reading_validate (future, now, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
  g_clear_error (&error);

  g_assert_false (hearth_reading_validate (no_start, now, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SLEEP);
  g_assert_cmpstr (error->message, ==, "Enter when the sleep started");
  g_clear_error (&error);

  g_assert_false (hearth_reading_validate (no_end, now, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME);
}

static void
test_reading_vitals_accessors (void)
{
  g_autoptr(GTimeZone) cest = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GTimeZone) cet = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GDateTime) bed = g_date_time_new (cet, 2026, 3, 28, 23, 10, 0);
  g_autoptr(GDateTime) wake = g_date_time_new (cest, 2026, 3, 29, 7, 40, 30);
  g_autoptr(GDateTime) evening = g_date_time_new (cest, 2026, 3, 29, 21, 5, 0);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(HearthReading) glucose = hearth_reading_new_glucose (now, 5.4, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL);
  g_autoptr(HearthReading) hr = hearth_reading_new_heart_rate (now, 61);
  g_autoptr(HearthReading) spo2 = hearth_reading_new_spo2 (now, 97);
  g_autoptr(HearthReading) temp = hearth_reading_new_temperature (now, 36.8);
  g_autoptr(HearthReading) waist = hearth_reading_new_waist (now, 84.5);
  g_autoptr(HearthReading) fat = hearth_reading_new_body_fat (now, 22.5);
  g_autoptr(HearthReading) sleep = hearth_reading_new_sleep (bed, wake, 4);
  g_autoptr(HearthReading) steps = hearth_reading_new_steps (evening, 8432);
  g_autoptr(HearthReading) copy = NULL;

  g_assert_cmpint (hearth_reading_get_kind (glucose), ==, HEARTH_READING_KIND_GLUCOSE);
  g_assert_cmpfloat (hearth_reading_get_mmol_l (glucose), ==, 5.4);
  g_assert_cmpint (hearth_reading_get_glucose_context (glucose), ==, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL);
  g_assert_cmpstr (hearth_reading_get_label_a (glucose), ==, "after-meal");
  hearth_reading_set_glucose_context (glucose, HEARTH_GLUCOSE_CONTEXT_UNSET);
  g_assert_null (hearth_reading_get_label_a (glucose));
  g_assert_cmpint (hearth_reading_get_glucose_context (glucose), ==, HEARTH_GLUCOSE_CONTEXT_UNSET);
  hearth_reading_set_glucose_context (glucose, HEARTH_GLUCOSE_CONTEXT_BEDTIME);
  copy = hearth_reading_copy (glucose);
  g_assert_cmpint (hearth_reading_get_glucose_context (copy), ==, HEARTH_GLUCOSE_CONTEXT_BEDTIME);
  /* A context from a newer Hearth reads as unset. */
  _hearth_reading_set_labels (copy, "after-nap", NULL);
  g_assert_cmpint (hearth_reading_get_glucose_context (copy), ==, HEARTH_GLUCOSE_CONTEXT_UNSET);

  g_assert_cmpint (hearth_reading_get_kind (hr), ==, HEARTH_READING_KIND_HEART_RATE);
  g_assert_cmpfloat (hearth_reading_get_bpm (hr), ==, 61);
  g_assert_cmpint (hearth_reading_get_kind (spo2), ==, HEARTH_READING_KIND_SPO2);
  g_assert_cmpfloat (hearth_reading_get_spo2 (spo2), ==, 97);
  g_assert_cmpint (hearth_reading_get_kind (temp), ==, HEARTH_READING_KIND_TEMPERATURE);
  g_assert_cmpfloat (hearth_reading_get_celsius (temp), ==, 36.8);
  g_assert_cmpint (hearth_reading_get_kind (waist), ==, HEARTH_READING_KIND_WAIST);
  g_assert_cmpfloat (hearth_reading_get_waist_cm (waist), ==, 84.5);
  g_assert_cmpint (hearth_reading_get_kind (fat), ==, HEARTH_READING_KIND_BODY_FAT);
  g_assert_cmpfloat (hearth_reading_get_body_fat (fat), ==, 22.5);
  g_assert_cmpfloat (hearth_reading_get_value_a (fat), ==, 22.5);
  g_assert_true (isnan (hearth_reading_get_value_b (fat)));

  /* Sleep: across a change to summer time, 7 h 30 min 30 s; the end is the
   * reading's time and the start comes back exactly, in the end's offset. */
  g_assert_cmpint (hearth_reading_get_kind (sleep), ==, HEARTH_READING_KIND_SLEEP);
  g_assert_true (hearth_reading_get_taken_at (sleep) == wake);
  g_assert_cmpfloat_with_epsilon (hearth_reading_get_sleep_hours (sleep), 7.5 + 30.0 / 3600, 1e-12);
  g_assert_cmpfloat (hearth_reading_get_sleep_quality (sleep), ==, 4);
  start = hearth_reading_dup_sleep_start (sleep);
  g_assert_true (g_date_time_equal (start, bed));
  g_assert_cmpint (g_date_time_get_utc_offset (start), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_true (hearth_reading_validate (sleep, wake, NULL));

  /* Steps: the day's total at 00:00 of that local day, same offset. */
  g_assert_cmpint (hearth_reading_get_kind (steps), ==, HEARTH_READING_KIND_STEPS);
  g_assert_cmpfloat (hearth_reading_get_steps (steps), ==, 8432);
  g_assert_cmpint (g_date_time_get_hour (hearth_reading_get_taken_at (steps)), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (hearth_reading_get_taken_at (steps)), ==, 0);
  g_assert_cmpint (g_date_time_get_day_of_month (hearth_reading_get_taken_at (steps)), ==, 29);
  g_assert_cmpint (g_date_time_get_utc_offset (hearth_reading_get_taken_at (steps)), ==,
                   2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (hearth_reading_get_local_day (steps), ==, _hearth_local_day (evening));
  /* Today's total is never in the future. */
  g_assert_true (hearth_reading_validate (steps, evening, NULL));
}

static void
test_reading_vitals_strings (void)
{
  static const char * const ids[] = {
    "bp", "weight", "glucose", "heart-rate", "spo2", "temperature", "waist", "body-fat",
    "sleep", "steps",
  };
  static const char * const units[] = {
    "mmHg", "kg", "mmol/L", "bpm", "%", "°C", "cm", "%", "h", "steps",
  };
  static const char * const contexts[] = {
    "", "fasting", "before-meal", "after-meal", "bedtime", "random",
  };
  HearthGlucoseContext context = HEARTH_GLUCOSE_CONTEXT_RANDOM;

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == HEARTH_READING_KIND_LAST + 1);

  for (guint i = 0; i <= HEARTH_READING_KIND_LAST; i++)
    {
      HearthReadingKind kind = HEARTH_READING_KIND_BLOOD_PRESSURE;

      g_assert_cmpstr (hearth_reading_kind_to_string (i), ==, ids[i]);
      g_assert_true (hearth_reading_kind_from_string (ids[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (hearth_reading_kind_get_unit_symbol (i), ==, units[i]);
      g_assert_nonnull (hearth_reading_kind_get_name (i));
      g_assert_cmpstr (hearth_reading_kind_get_name (i), !=, "");
    }
  g_assert_cmpstr (hearth_reading_kind_get_name (HEARTH_READING_KIND_GLUCOSE), ==, "Blood glucose");
  g_assert_cmpstr (hearth_reading_kind_get_name (HEARTH_READING_KIND_SPO2), ==, "Oxygen saturation");
  g_assert_cmpstr (hearth_reading_kind_get_name (HEARTH_READING_KIND_STEPS), ==, "Steps");

  for (guint i = 0; i < G_N_ELEMENTS (contexts); i++)
    {
      g_assert_cmpstr (hearth_glucose_context_to_string (i), ==, contexts[i]);
      g_assert_true (hearth_glucose_context_from_string (contexts[i], &context));
      g_assert_cmpint (context, ==, i);
    }
  g_assert_true (hearth_glucose_context_from_string (NULL, &context));
  g_assert_cmpint (context, ==, HEARTH_GLUCOSE_CONTEXT_UNSET);
  context = HEARTH_GLUCOSE_CONTEXT_FASTING;
  g_assert_false (hearth_glucose_context_from_string ("Fasting", &context));
  g_assert_false (hearth_glucose_context_from_string ("after_meal", &context));
  g_assert_cmpint (context, ==, HEARTH_GLUCOSE_CONTEXT_FASTING);
  g_assert_cmpstr (hearth_glucose_context_get_name (HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL), ==, "Before a meal");
  g_assert_cmpstr (hearth_glucose_context_get_name (HEARTH_GLUCOSE_CONTEXT_UNSET), ==, "");
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
  g_test_add_func ("/hearth/reading/validate/vitals", test_reading_validate_vitals);
  g_test_add_func ("/hearth/reading/validate/steps", test_reading_validate_steps);
  g_test_add_func ("/hearth/reading/validate/sleep", test_reading_validate_sleep);
  g_test_add_func ("/hearth/reading/validate/time-limit", test_reading_validate_time_limit);
  g_test_add_func ("/hearth/reading/steps-skipped-midnight", test_reading_steps_skipped_midnight);
  g_test_add_func ("/hearth/reading/vitals/accessors", test_reading_vitals_accessors);
  g_test_add_func ("/hearth/reading/vitals/strings", test_reading_vitals_strings);

  return g_test_run ();
}
