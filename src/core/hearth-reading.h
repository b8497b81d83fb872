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

#define HEARTH_TYPE_READING (hearth_reading_get_type ())

G_DECLARE_FINAL_TYPE (HearthReading, hearth_reading, HEARTH, READING, GObject)

/* One measurement. The table behind it is generic (kind + value_a/b/c +
 * label_a/b + note) so new vitals are new kinds, not new schemas; these
 * accessors give each kind's fields their names:
 *   blood pressure: a = systolic mmHg, b = diastolic mmHg, c = pulse bpm
 *                   (NAN = none), label_a = arm, label_b = posture
 *   weight:         a = kg, b = body fat % (NAN = none)
 * "taken-at" is a GDateTime carrying the UTC offset at the moment of
 * logging; the store keeps UTC µs + offset seconds. */

HearthReading     *hearth_reading_new_blood_pressure (GDateTime *taken_at,
                                                      double     systolic,
                                                      double     diastolic,
                                                      double     pulse);
HearthReading     *hearth_reading_new_weight         (GDateTime *taken_at,
                                                      double     kg,
                                                      double     body_fat);

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
/* Weight */
double             hearth_reading_get_kg           (HearthReading *self);
double             hearth_reading_get_body_fat     (HearthReading *self);

/* Checks every field against the limits above and "not in the future"
 * relative to @now (one minute of grace). First bad field wins. */
gboolean           hearth_reading_validate         (HearthReading *self,
                                                    GDateTime     *now,
                                                    GError       **error);

HearthReading     *hearth_reading_copy             (HearthReading *self);

const char        *hearth_reading_kind_to_string   (HearthReadingKind kind);  /* "bp", "weight" */
gboolean           hearth_reading_kind_from_string (const char *s, HearthReadingKind *kind);
const char        *hearth_reading_kind_get_name    (HearthReadingKind kind);  /* translated */
const char        *hearth_arm_to_string            (HearthArm arm);
gboolean           hearth_arm_from_string          (const char *s, HearthArm *arm);
const char        *hearth_posture_to_string        (HearthPosture posture);
gboolean           hearth_posture_from_string      (const char *s, HearthPosture *posture);

G_END_DECLS
