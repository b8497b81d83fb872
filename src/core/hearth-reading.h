/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-types.h"

G_BEGIN_DECLS

#define HEARTH_VALIDATION_ERROR (hearth_validation_error_quark ())

/* The code names the field the message belongs next to. */
typedef enum
{
  HEARTH_VALIDATION_ERROR_NAME,
  HEARTH_VALIDATION_ERROR_BIRTH,
  HEARTH_VALIDATION_ERROR_HEIGHT,
  HEARTH_VALIDATION_ERROR_SYSTOLIC,
  HEARTH_VALIDATION_ERROR_DIASTOLIC,
  HEARTH_VALIDATION_ERROR_PULSE,
  HEARTH_VALIDATION_ERROR_WEIGHT,
  HEARTH_VALIDATION_ERROR_BODY_FAT,
  HEARTH_VALIDATION_ERROR_TIME,
  HEARTH_VALIDATION_ERROR_GLUCOSE,
  HEARTH_VALIDATION_ERROR_HEART_RATE,
  HEARTH_VALIDATION_ERROR_SPO2,
  HEARTH_VALIDATION_ERROR_TEMPERATURE,
  HEARTH_VALIDATION_ERROR_WAIST,
  HEARTH_VALIDATION_ERROR_SLEEP,      /* start/end: the duration */
  HEARTH_VALIDATION_ERROR_QUALITY,    /* sleep quality */
  HEARTH_VALIDATION_ERROR_STEPS,
} HearthValidationError;

GQuark hearth_validation_error_quark (void);

/* Limits, canonical units. */
#define HEARTH_SYSTOLIC_MIN   50
#define HEARTH_SYSTOLIC_MAX   300
#define HEARTH_DIASTOLIC_MIN  30
#define HEARTH_DIASTOLIC_MAX  200
#define HEARTH_PULSE_MIN      20
#define HEARTH_PULSE_MAX      250
#define HEARTH_WEIGHT_MIN_KG  1
#define HEARTH_WEIGHT_MAX_KG  500
#define HEARTH_BODY_FAT_MIN   1
#define HEARTH_BODY_FAT_MAX   75
#define HEARTH_HEIGHT_MIN_CM  30
#define HEARTH_HEIGHT_MAX_CM  260
#define HEARTH_GLUCOSE_MIN_MMOLL    0.5   /* the range meters report */
#define HEARTH_GLUCOSE_MAX_MMOLL    40
#define HEARTH_HEART_RATE_MIN       20
#define HEARTH_HEART_RATE_MAX       250
#define HEARTH_SPO2_MIN             50
#define HEARTH_SPO2_MAX             100
#define HEARTH_TEMPERATURE_MIN_C    30
#define HEARTH_TEMPERATURE_MAX_C    45
#define HEARTH_WAIST_MIN_CM         30
#define HEARTH_WAIST_MAX_CM         250
#define HEARTH_SLEEP_MAX_HOURS      24    /* and more than 0 */
#define HEARTH_SLEEP_QUALITY_MIN    1     /* whole numbers */
#define HEARTH_SLEEP_QUALITY_MAX    5
#define HEARTH_STEPS_MIN            0     /* whole numbers */
#define HEARTH_STEPS_MAX            100000

#define HEARTH_TYPE_READING (hearth_reading_get_type ())

G_DECLARE_FINAL_TYPE (HearthReading, hearth_reading, HEARTH, READING, GObject)

/* One measurement. The table behind it is generic (kind + value_a/b/c +
 * label_a/b + note) so new vitals are new kinds, not new schemas; these
 * accessors give each kind's fields their names:
 *   blood pressure: a = systolic mmHg, b = diastolic mmHg, c = pulse bpm
 *                   (NAN = none), label_a = arm, label_b = posture
 *   weight:         a = kg, b = body fat % (NAN = none)
 *   glucose:        a = mmol/L, label_a = context (HearthGlucoseContext)
 *   heart rate:     a = bpm (resting)
 *   spo2:           a = %
 *   temperature:    a = °C
 *   waist:          a = cm
 *   body fat:       a = % (logged without a weight)
 *   sleep:          a = hours asleep, b = quality 1–5 (NAN = none);
 *                   taken-at is the END (waking); start = end − a hours
 *   steps:          a = the day's total; taken-at is 00:00 of that local
 *                   day (so today's total is never "in the future"); one
 *                   live entry per member and local day (the store
 *                   refuses a second with HEARTH_STORE_ERROR_EXISTS)
 * "taken-at" is a GDateTime carrying the UTC offset at the moment of
 * logging; the store keeps UTC µs + offset seconds. */

HearthReading     *hearth_reading_new_blood_pressure (GDateTime *taken_at,
                                                      double     systolic,
                                                      double     diastolic,
                                                      double     pulse);
HearthReading     *hearth_reading_new_weight         (GDateTime *taken_at,
                                                      double     kg,
                                                      double     body_fat);
HearthReading     *hearth_reading_new_glucose        (GDateTime            *taken_at,
                                                      double                mmol_l,
                                                      HearthGlucoseContext  context);
HearthReading     *hearth_reading_new_heart_rate     (GDateTime *taken_at,
                                                      double     bpm);
HearthReading     *hearth_reading_new_spo2           (GDateTime *taken_at,
                                                      double     percent);
HearthReading     *hearth_reading_new_temperature    (GDateTime *taken_at,
                                                      double     celsius);
HearthReading     *hearth_reading_new_waist          (GDateTime *taken_at,
                                                      double     cm);
HearthReading     *hearth_reading_new_body_fat       (GDateTime *taken_at,
                                                      double     percent);
/* Hours = end − start (NAN when either is NULL; validation then fails).
 * @quality 1–5, or NAN for none. */
HearthReading     *hearth_reading_new_sleep          (GDateTime *start,
                                                      GDateTime *end,
                                                      double     quality);
/* @day: any instant of the local day; taken-at becomes 00:00 of that day
 * in @day's UTC offset. */
HearthReading     *hearth_reading_new_steps          (GDateTime *day,
                                                      double     steps);

HearthReadingKind  hearth_reading_get_kind         (HearthReading *self);
const char        *hearth_reading_get_uuid         (HearthReading *self);
const char        *hearth_reading_get_profile_uuid (HearthReading *self);
void               hearth_reading_set_profile_uuid (HearthReading *self, const char *uuid);
GDateTime         *hearth_reading_get_taken_at     (HearthReading *self);
void               hearth_reading_set_taken_at     (HearthReading *self, GDateTime *taken_at);
/* Days since 1970-01-01 of the local calendar day the reading was taken. */
gint64             hearth_reading_get_local_day    (HearthReading *self);
const char        *hearth_reading_get_note         (HearthReading *self);
void               hearth_reading_set_note         (HearthReading *self, const char *note);
gint64             hearth_reading_get_created_at   (HearthReading *self);
gint64             hearth_reading_get_updated_at   (HearthReading *self);

double             hearth_reading_get_value_a      (HearthReading *self);
double             hearth_reading_get_value_b      (HearthReading *self);
double             hearth_reading_get_value_c      (HearthReading *self);
void               hearth_reading_set_values       (HearthReading *self, double a, double b, double c);
const char        *hearth_reading_get_label_a      (HearthReading *self);
const char        *hearth_reading_get_label_b      (HearthReading *self);

/* Blood pressure */
double             hearth_reading_get_systolic     (HearthReading *self);
double             hearth_reading_get_diastolic    (HearthReading *self);
double             hearth_reading_get_pulse        (HearthReading *self);
HearthArm          hearth_reading_get_arm          (HearthReading *self);
void               hearth_reading_set_arm          (HearthReading *self, HearthArm arm);
HearthPosture      hearth_reading_get_posture      (HearthReading *self);
void               hearth_reading_set_posture      (HearthReading *self, HearthPosture posture);
/* Weight; body fat also of a body-fat reading */
double             hearth_reading_get_kg           (HearthReading *self);
double             hearth_reading_get_body_fat     (HearthReading *self);
/* Glucose */
double             hearth_reading_get_mmol_l       (HearthReading *self);
HearthGlucoseContext hearth_reading_get_glucose_context (HearthReading *self);
void               hearth_reading_set_glucose_context (HearthReading *self, HearthGlucoseContext context);
/* Heart rate, SpO2, temperature, waist */
double             hearth_reading_get_bpm          (HearthReading *self);
double             hearth_reading_get_spo2         (HearthReading *self);
double             hearth_reading_get_celsius      (HearthReading *self);
double             hearth_reading_get_waist_cm     (HearthReading *self);
/* Sleep; the start is a new reference in the end's offset, NULL if unknown */
double             hearth_reading_get_sleep_hours  (HearthReading *self);
double             hearth_reading_get_sleep_quality (HearthReading *self);
GDateTime         *hearth_reading_dup_sleep_start  (HearthReading *self);
/* Steps */
double             hearth_reading_get_steps        (HearthReading *self);

/* Checks every field against the limits above and "not in the future"
 * relative to @now (one minute of grace). First bad field wins. */
gboolean           hearth_reading_validate         (HearthReading *self,
                                                    GDateTime     *now,
                                                    GError       **error);

HearthReading     *hearth_reading_copy             (HearthReading *self);

/* "bp", "weight", "glucose", "heart-rate", "spo2", "temperature", "waist",
 * "body-fat", "sleep", "steps" */
const char        *hearth_reading_kind_to_string   (HearthReadingKind kind);
gboolean           hearth_reading_kind_from_string (const char *s, HearthReadingKind *kind);
const char        *hearth_reading_kind_get_name    (HearthReadingKind kind);  /* translated */
/* The canonical unit of value_a: "mmHg", "kg", "mmol/L", "bpm", "%", "°C",
 * "cm", "h", "steps" (words translated). */
const char        *hearth_reading_kind_get_unit_symbol (HearthReadingKind kind);
/* "", "fasting", "before-meal", "after-meal", "bedtime", "random";
 * from_string accepts NULL and "" as unset and returns FALSE for unknown
 * text. get_name is translated ("" for unset). */
const char        *hearth_glucose_context_to_string   (HearthGlucoseContext context);
gboolean           hearth_glucose_context_from_string (const char *s, HearthGlucoseContext *context);
const char        *hearth_glucose_context_get_name    (HearthGlucoseContext context);
const char        *hearth_arm_to_string            (HearthArm arm);
gboolean           hearth_arm_from_string          (const char *s, HearthArm *arm);
const char        *hearth_posture_to_string        (HearthPosture posture);
gboolean           hearth_posture_from_string      (const char *s, HearthPosture *posture);

G_END_DECLS
