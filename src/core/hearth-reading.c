/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-reading"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-local-time.h"

/* How far after "now" a reading may be stamped (clock skew between devices). */
#define FUTURE_GRACE_USEC (60 * G_USEC_PER_SEC)
/* The earliest year a reading may be taken in (its own offset). */
#define HEARTH_READING_YEAR_MIN 1900

G_DEFINE_QUARK (hearth-validation-error-quark, hearth_validation_error)

struct _HearthReading
{
  GObject            parent_instance;

  HearthReadingKind  kind;
  char              *uuid;
  char              *profile_uuid;
  GDateTime         *taken_at;
  double             value_a;
  double             value_b;
  double             value_c;
  char              *label_a;
  char              *label_b;
  char              *note;
  gint64             created_at;
  gint64             updated_at;
};

G_DEFINE_FINAL_TYPE (HearthReading, hearth_reading, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_UUID,
  PROP_PROFILE_UUID,
  PROP_TAKEN_AT,
  PROP_LOCAL_DAY,
  PROP_VALUE_A,
  PROP_VALUE_B,
  PROP_VALUE_C,
  PROP_LABEL_A,
  PROP_LABEL_B,
  PROP_NOTE,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* NAN means "none": two NANs are the same value. */
static gboolean
same_value (double a,
            double b)
{
  return a == b || (isnan (a) && isnan (b));
}

static void
hearth_reading_finalize (GObject *object)
{
  HearthReading *self = (HearthReading *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->profile_uuid, g_free);
  g_clear_pointer (&self->taken_at, g_date_time_unref);
  g_clear_pointer (&self->label_a, g_free);
  g_clear_pointer (&self->label_b, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (hearth_reading_parent_class)->finalize (object);
}

static void
hearth_reading_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HearthReading *self = HEARTH_READING (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_PROFILE_UUID:
      g_value_set_string (value, self->profile_uuid);
      break;
    case PROP_TAKEN_AT:
      g_value_set_boxed (value, self->taken_at);
      break;
    case PROP_LOCAL_DAY:
      g_value_set_int64 (value, self->taken_at ? _hearth_local_day (self->taken_at) : 0);
      break;
    case PROP_VALUE_A:
      g_value_set_double (value, self->value_a);
      break;
    case PROP_VALUE_B:
      g_value_set_double (value, self->value_b);
      break;
    case PROP_VALUE_C:
      g_value_set_double (value, self->value_c);
      break;
    case PROP_LABEL_A:
      g_value_set_string (value, self->label_a);
      break;
    case PROP_LABEL_B:
      g_value_set_string (value, self->label_b);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_reading_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HearthReading *self = HEARTH_READING (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_PROFILE_UUID:
      hearth_reading_set_profile_uuid (self, g_value_get_string (value));
      break;
    case PROP_TAKEN_AT:
      hearth_reading_set_taken_at (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      hearth_reading_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_reading_class_init (HearthReadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hearth_reading_finalize;
  object_class->get_property = hearth_reading_get_property;
  object_class->set_property = hearth_reading_set_property;

  /* HearthReadingKind as int; fixed at construction. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      0, HEARTH_READING_KIND_LAST, HEARTH_READING_KIND_BLOOD_PRESSURE,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_PROFILE_UUID] =
    g_param_spec_string ("profile-uuid", NULL, NULL, NULL, rw);
  properties[PROP_TAKEN_AT] =
    g_param_spec_boxed ("taken-at", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_LOCAL_DAY] =
    g_param_spec_int64 ("local-day", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_VALUE_A] =
    g_param_spec_double ("value-a", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_VALUE_B] =
    g_param_spec_double ("value-b", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_VALUE_C] =
    g_param_spec_double ("value-c", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  properties[PROP_LABEL_A] =
    g_param_spec_string ("label-a", NULL, NULL, NULL, ro);
  properties[PROP_LABEL_B] =
    g_param_spec_string ("label-b", NULL, NULL, NULL, ro);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_reading_init (HearthReading *self)
{
  self->value_a = NAN;
  self->value_b = NAN;
  self->value_c = NAN;
}

HearthReading *
_hearth_reading_new (HearthReadingKind kind)
{
  g_assert (kind <= HEARTH_READING_KIND_LAST);

  return g_object_new (HEARTH_TYPE_READING, "kind", kind, NULL);
}

/* @taken_at may be NULL (to be filled in later); validation then fails. */
HearthReading *
hearth_reading_new_blood_pressure (GDateTime *taken_at,
                                   double     systolic,
                                   double     diastolic,
                                   double     pulse)
{
  HearthReading *self = _hearth_reading_new (HEARTH_READING_KIND_BLOOD_PRESSURE);

  if (taken_at != NULL)
    self->taken_at = g_date_time_ref (taken_at);
  self->value_a = systolic;
  self->value_b = diastolic;
  self->value_c = pulse;

  return self;
}

HearthReading *
hearth_reading_new_weight (GDateTime *taken_at,
                           double     kg,
                           double     body_fat)
{
  HearthReading *self = _hearth_reading_new (HEARTH_READING_KIND_WEIGHT);

  if (taken_at != NULL)
    self->taken_at = g_date_time_ref (taken_at);
  self->value_a = kg;
  self->value_b = body_fat;

  return self;
}

/* The kinds with one value (a) and nothing else. */
static HearthReading *
new_single (HearthReadingKind  kind,
            GDateTime         *taken_at,
            double             value)
{
  HearthReading *self = _hearth_reading_new (kind);

  if (taken_at != NULL)
    self->taken_at = g_date_time_ref (taken_at);
  self->value_a = value;

  return self;
}

HearthReading *
hearth_reading_new_glucose (GDateTime            *taken_at,
                            double                mmol_l,
                            HearthGlucoseContext  context)
{
  HearthReading *self;

  g_return_val_if_fail (context <= HEARTH_GLUCOSE_CONTEXT_RANDOM, NULL);

  self = new_single (HEARTH_READING_KIND_GLUCOSE, taken_at, mmol_l);
  _hearth_reading_set_labels (self, hearth_glucose_context_to_string (context), NULL);

  return self;
}

HearthReading *
hearth_reading_new_heart_rate (GDateTime *taken_at,
                               double     bpm)
{
  return new_single (HEARTH_READING_KIND_HEART_RATE, taken_at, bpm);
}

HearthReading *
hearth_reading_new_spo2 (GDateTime *taken_at,
                         double     percent)
{
  return new_single (HEARTH_READING_KIND_SPO2, taken_at, percent);
}

HearthReading *
hearth_reading_new_temperature (GDateTime *taken_at,
                                double     celsius)
{
  return new_single (HEARTH_READING_KIND_TEMPERATURE, taken_at, celsius);
}

HearthReading *
hearth_reading_new_waist (GDateTime *taken_at,
                          double     cm)
{
  return new_single (HEARTH_READING_KIND_WAIST, taken_at, cm);
}

HearthReading *
hearth_reading_new_body_fat (GDateTime *taken_at,
                             double     percent)
{
  return new_single (HEARTH_READING_KIND_BODY_FAT, taken_at, percent);
}

HearthReading *
hearth_reading_new_sleep (GDateTime *start,
                          GDateTime *end,
                          double     quality)
{
  HearthReading *self = new_single (HEARTH_READING_KIND_SLEEP, end, NAN);

  if (start != NULL && end != NULL)
    self->value_a = (double) g_date_time_difference (end, start) / G_TIME_SPAN_HOUR;
  self->value_b = quality;

  return self;
}

HearthReading *
hearth_reading_new_steps (GDateTime *day,
                          double     steps)
{
  HearthReading *self = new_single (HEARTH_READING_KIND_STEPS, NULL, steps);

  if (day != NULL)
    {
      /* The first instant of @day's local day in @day's own zone (00:00, or
       * when the clocks land where they skip midnight): a 00:00 in @day's
       * offset could be in the day before. */
      int year, month, d;

      g_date_time_get_ymd (day, &year, &month, &d);
      self->taken_at = hearth_local_time_day_start (g_date_time_get_timezone (day), year, month, d);
    }

  return self;
}

HearthReadingKind
hearth_reading_get_kind (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), 0);

  return self->kind;
}

const char *
hearth_reading_get_uuid (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  return self->uuid;
}

void
_hearth_reading_set_uuid (HearthReading *self,
                          const char    *uuid)
{
  g_assert (HEARTH_IS_READING (self));

  if (hearth_set_str (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
hearth_reading_get_profile_uuid (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  return self->profile_uuid;
}

void
hearth_reading_set_profile_uuid (HearthReading *self,
                                 const char    *uuid)
{
  g_return_if_fail (HEARTH_IS_READING (self));

  if (hearth_set_str (&self->profile_uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE_UUID]);
}

GDateTime *
hearth_reading_get_taken_at (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  return self->taken_at;
}

void
hearth_reading_set_taken_at (HearthReading *self,
                             GDateTime     *taken_at)
{
  gint64 old_day;

  g_return_if_fail (HEARTH_IS_READING (self));

  if (self->taken_at == taken_at)
    return;
  /* Same instant in a different offset is a change: the local day may move. */
  if (self->taken_at != NULL && taken_at != NULL &&
      g_date_time_equal (self->taken_at, taken_at) &&
      g_date_time_get_utc_offset (self->taken_at) == g_date_time_get_utc_offset (taken_at))
    return;

  old_day = self->taken_at ? _hearth_local_day (self->taken_at) : 0;

  g_clear_pointer (&self->taken_at, g_date_time_unref);
  if (taken_at != NULL)
    self->taken_at = g_date_time_ref (taken_at);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKEN_AT]);
  if (old_day != (self->taken_at ? _hearth_local_day (self->taken_at) : 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCAL_DAY]);
}

gint64
hearth_reading_get_local_day (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), 0);
  g_return_val_if_fail (self->taken_at != NULL, 0);

  return _hearth_local_day (self->taken_at);
}

const char *
hearth_reading_get_note (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  return self->note;
}

void
hearth_reading_set_note (HearthReading *self,
                         const char    *note)
{
  g_return_if_fail (HEARTH_IS_READING (self));

  if (hearth_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

gint64
hearth_reading_get_created_at (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), 0);

  return self->created_at;
}

gint64
hearth_reading_get_updated_at (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), 0);

  return self->updated_at;
}

void
_hearth_reading_set_stamps (HearthReading *self,
                            gint64         created_at,
                            gint64         updated_at)
{
  g_assert (HEARTH_IS_READING (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->created_at != created_at)
    {
      self->created_at = created_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
  if (self->updated_at != updated_at)
    {
      self->updated_at = updated_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

double
hearth_reading_get_value_a (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);

  return self->value_a;
}

double
hearth_reading_get_value_b (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);

  return self->value_b;
}

double
hearth_reading_get_value_c (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);

  return self->value_c;
}

void
hearth_reading_set_values (HearthReading *self,
                           double         a,
                           double         b,
                           double         c)
{
  g_return_if_fail (HEARTH_IS_READING (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (!same_value (self->value_a, a))
    {
      self->value_a = a;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_A]);
    }
  if (!same_value (self->value_b, b))
    {
      self->value_b = b;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_B]);
    }
  if (!same_value (self->value_c, c))
    {
      self->value_c = c;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_C]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
hearth_reading_get_label_a (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  return self->label_a;
}

const char *
hearth_reading_get_label_b (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  return self->label_b;
}

/* Empty strings are stored as NULL. */
void
_hearth_reading_set_labels (HearthReading *self,
                            const char    *label_a,
                            const char    *label_b)
{
  g_assert (HEARTH_IS_READING (self));

  if (label_a != NULL && label_a[0] == '\0')
    label_a = NULL;
  if (label_b != NULL && label_b[0] == '\0')
    label_b = NULL;

  g_object_freeze_notify (G_OBJECT (self));
  if (hearth_set_str (&self->label_a, label_a))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL_A]);
  if (hearth_set_str (&self->label_b, label_b))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL_B]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Blood pressure ----------------------------------------------------- */

double
hearth_reading_get_systolic (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE, NAN);

  return self->value_a;
}

double
hearth_reading_get_diastolic (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE, NAN);

  return self->value_b;
}

double
hearth_reading_get_pulse (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE, NAN);

  return self->value_c;
}

HearthArm
hearth_reading_get_arm (HearthReading *self)
{
  HearthArm arm = HEARTH_ARM_UNSET;

  g_return_val_if_fail (HEARTH_IS_READING (self), HEARTH_ARM_UNSET);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_ARM_UNSET);

  /* An unknown label (from a newer Hearth) reads as unset. */
  if (!hearth_arm_from_string (self->label_a, &arm))
    return HEARTH_ARM_UNSET;

  return arm;
}

void
hearth_reading_set_arm (HearthReading *self,
                        HearthArm      arm)
{
  g_return_if_fail (HEARTH_IS_READING (self));
  g_return_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_return_if_fail (arm <= HEARTH_ARM_RIGHT);

  _hearth_reading_set_labels (self, hearth_arm_to_string (arm), self->label_b);
}

HearthPosture
hearth_reading_get_posture (HearthReading *self)
{
  HearthPosture posture = HEARTH_POSTURE_UNSET;

  g_return_val_if_fail (HEARTH_IS_READING (self), HEARTH_POSTURE_UNSET);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_POSTURE_UNSET);

  if (!hearth_posture_from_string (self->label_b, &posture))
    return HEARTH_POSTURE_UNSET;

  return posture;
}

void
hearth_reading_set_posture (HearthReading *self,
                            HearthPosture  posture)
{
  g_return_if_fail (HEARTH_IS_READING (self));
  g_return_if_fail (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_return_if_fail (posture <= HEARTH_POSTURE_LYING);

  _hearth_reading_set_labels (self, self->label_a, hearth_posture_to_string (posture));
}

/* Weight -------------------------------------------------------------- */

double
hearth_reading_get_kg (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_WEIGHT, NAN);

  return self->value_a;
}

/* Of a weight (value b) or of a body-fat reading (value a). */
double
hearth_reading_get_body_fat (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_WEIGHT ||
                        self->kind == HEARTH_READING_KIND_BODY_FAT, NAN);

  if (self->kind == HEARTH_READING_KIND_BODY_FAT)
    return self->value_a;

  return self->value_b;
}

/* Other vitals ----------------------------------------------------------- */

static double
get_value_a_of (HearthReading     *self,
                HearthReadingKind  kind)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == kind, NAN);

  return self->value_a;
}

double
hearth_reading_get_mmol_l (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_GLUCOSE);
}

HearthGlucoseContext
hearth_reading_get_glucose_context (HearthReading *self)
{
  HearthGlucoseContext context = HEARTH_GLUCOSE_CONTEXT_UNSET;

  g_return_val_if_fail (HEARTH_IS_READING (self), HEARTH_GLUCOSE_CONTEXT_UNSET);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_GLUCOSE, HEARTH_GLUCOSE_CONTEXT_UNSET);

  /* An unknown label (from a newer Hearth) reads as unset. */
  if (!hearth_glucose_context_from_string (self->label_a, &context))
    return HEARTH_GLUCOSE_CONTEXT_UNSET;

  return context;
}

void
hearth_reading_set_glucose_context (HearthReading        *self,
                                    HearthGlucoseContext  context)
{
  g_return_if_fail (HEARTH_IS_READING (self));
  g_return_if_fail (self->kind == HEARTH_READING_KIND_GLUCOSE);
  g_return_if_fail (context <= HEARTH_GLUCOSE_CONTEXT_RANDOM);

  _hearth_reading_set_labels (self, hearth_glucose_context_to_string (context), self->label_b);
}

double
hearth_reading_get_bpm (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_HEART_RATE);
}

double
hearth_reading_get_spo2 (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_SPO2);
}

double
hearth_reading_get_celsius (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_TEMPERATURE);
}

double
hearth_reading_get_waist_cm (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_WAIST);
}

double
hearth_reading_get_sleep_hours (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_SLEEP);
}

double
hearth_reading_get_sleep_quality (HearthReading *self)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), NAN);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_SLEEP, NAN);

  return self->value_b;
}

GDateTime *
hearth_reading_dup_sleep_start (HearthReading *self)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);
  g_return_val_if_fail (self->kind == HEARTH_READING_KIND_SLEEP, NULL);

  if (self->taken_at == NULL || !isfinite (self->value_a))
    return NULL;

  /* Rounded to the microsecond, so a start read back is the start logged.
   * Only the end's offset is stored: the start is shown in it, before and
   * after storing alike (across a DST change the wall time is an hour off). */
  start = g_date_time_add (self->taken_at, -llround (self->value_a * G_TIME_SPAN_HOUR));
  tz = g_time_zone_new_offset ((gint32) (g_date_time_get_utc_offset (self->taken_at) / G_TIME_SPAN_SECOND));

  return g_date_time_to_timezone (start, tz);
}

double
hearth_reading_get_steps (HearthReading *self)
{
  return get_value_a_of (self, HEARTH_READING_KIND_STEPS);
}

/* Validation ---------------------------------------------------------- */

/* NAN (none) and infinities fail. */
static gboolean
in_range (double value,
          double min,
          double max)
{
  return isfinite (value) && value >= min && value <= max;
}

static gboolean
validate_blood_pressure (HearthReading  *self,
                         GError        **error)
{
  if (!in_range (self->value_a, HEARTH_SYSTOLIC_MIN, HEARTH_SYSTOLIC_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SYSTOLIC,
                   _("The systolic value must be between %d and %d mmHg"),
                   HEARTH_SYSTOLIC_MIN, HEARTH_SYSTOLIC_MAX);
      return FALSE;
    }
  if (!in_range (self->value_b, HEARTH_DIASTOLIC_MIN, HEARTH_DIASTOLIC_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_DIASTOLIC,
                   _("The diastolic value must be between %d and %d mmHg"),
                   HEARTH_DIASTOLIC_MIN, HEARTH_DIASTOLIC_MAX);
      return FALSE;
    }
  if (self->value_b >= self->value_a)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_DIASTOLIC,
                           _("The diastolic value must be lower than the systolic"));
      return FALSE;
    }
  if (!isnan (self->value_c) && !in_range (self->value_c, HEARTH_PULSE_MIN, HEARTH_PULSE_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_PULSE,
                   _("The pulse must be between %d and %d bpm"),
                   HEARTH_PULSE_MIN, HEARTH_PULSE_MAX);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_weight (HearthReading  *self,
                 GError        **error)
{
  if (!in_range (self->value_a, HEARTH_WEIGHT_MIN_KG, HEARTH_WEIGHT_MAX_KG))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_WEIGHT,
                   _("The weight must be between %d and %d kg"),
                   HEARTH_WEIGHT_MIN_KG, HEARTH_WEIGHT_MAX_KG);
      return FALSE;
    }
  if (!isnan (self->value_b) && !in_range (self->value_b, HEARTH_BODY_FAT_MIN, HEARTH_BODY_FAT_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BODY_FAT,
                   _("The body fat must be between %d and %d %%"),
                   HEARTH_BODY_FAT_MIN, HEARTH_BODY_FAT_MAX);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_whole (double value)
{
  return isfinite (value) && value == floor (value);
}

static gboolean
validate_glucose (HearthReading  *self,
                  GError        **error)
{
  if (!in_range (self->value_a, HEARTH_GLUCOSE_MIN_MMOLL, HEARTH_GLUCOSE_MAX_MMOLL))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_GLUCOSE,
                   /* Translators: the limits are 0.5 and 40 */
                   _("The glucose value must be between %.1f and %d mmol/L"),
                   HEARTH_GLUCOSE_MIN_MMOLL, HEARTH_GLUCOSE_MAX_MMOLL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_sleep (HearthReading  *self,
                GError        **error)
{
  /* No end: the time check below says so. */
  if (self->taken_at != NULL)
    {
      if (isnan (self->value_a))
        {
          g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SLEEP,
                               _("Enter when the sleep started"));
          return FALSE;
        }
      if (!isfinite (self->value_a) || self->value_a <= 0)
        {
          g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SLEEP,
                               _("The sleep must end after it starts"));
          return FALSE;
        }
      if (self->value_a > HEARTH_SLEEP_MAX_HOURS)
        {
          g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SLEEP,
                       _("The sleep cannot be longer than %d hours"), HEARTH_SLEEP_MAX_HOURS);
          return FALSE;
        }
    }

  if (!isnan (self->value_b) &&
      !(is_whole (self->value_b) &&
        in_range (self->value_b, HEARTH_SLEEP_QUALITY_MIN, HEARTH_SLEEP_QUALITY_MAX)))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_QUALITY,
                   _("The sleep quality must be a whole number from %d to %d"),
                   HEARTH_SLEEP_QUALITY_MIN, HEARTH_SLEEP_QUALITY_MAX);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_steps (HearthReading  *self,
                GError        **error)
{
  if (!is_whole (self->value_a) || !in_range (self->value_a, HEARTH_STEPS_MIN, HEARTH_STEPS_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_STEPS,
                   _("The step count must be a whole number from %d to %d"),
                   HEARTH_STEPS_MIN, HEARTH_STEPS_MAX);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_values (HearthReading  *self,
                 GError        **error)
{
  switch (self->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      return validate_blood_pressure (self, error);
    case HEARTH_READING_KIND_WEIGHT:
      return validate_weight (self, error);
    case HEARTH_READING_KIND_GLUCOSE:
      return validate_glucose (self, error);
    case HEARTH_READING_KIND_HEART_RATE:
      if (in_range (self->value_a, HEARTH_HEART_RATE_MIN, HEARTH_HEART_RATE_MAX))
        return TRUE;
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEART_RATE,
                   _("The heart rate must be between %d and %d bpm"), HEARTH_HEART_RATE_MIN, HEARTH_HEART_RATE_MAX);
      return FALSE;
    case HEARTH_READING_KIND_SPO2:
      if (in_range (self->value_a, HEARTH_SPO2_MIN, HEARTH_SPO2_MAX))
        return TRUE;
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SPO2,
                   _("The oxygen saturation must be between %d and %d %%"), HEARTH_SPO2_MIN, HEARTH_SPO2_MAX);
      return FALSE;
    case HEARTH_READING_KIND_TEMPERATURE:
      if (in_range (self->value_a, HEARTH_TEMPERATURE_MIN_C, HEARTH_TEMPERATURE_MAX_C))
        return TRUE;
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TEMPERATURE,
                   _("The temperature must be between %d and %d °C"), HEARTH_TEMPERATURE_MIN_C, HEARTH_TEMPERATURE_MAX_C);
      return FALSE;
    case HEARTH_READING_KIND_WAIST:
      if (in_range (self->value_a, HEARTH_WAIST_MIN_CM, HEARTH_WAIST_MAX_CM))
        return TRUE;
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_WAIST,
                   _("The waist must be between %d and %d cm"), HEARTH_WAIST_MIN_CM, HEARTH_WAIST_MAX_CM);
      return FALSE;
    case HEARTH_READING_KIND_BODY_FAT:
      if (in_range (self->value_a, HEARTH_BODY_FAT_MIN, HEARTH_BODY_FAT_MAX))
        return TRUE;
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BODY_FAT,
                   _("The body fat must be between %d and %d %%"), HEARTH_BODY_FAT_MIN, HEARTH_BODY_FAT_MAX);
      return FALSE;
    case HEARTH_READING_KIND_SLEEP:
      return validate_sleep (self, error);
    case HEARTH_READING_KIND_STEPS:
      return validate_steps (self, error);
    default:
      g_assert_not_reached ();
    }
}

/* Checks the values in form order, then the time. */
gboolean
hearth_reading_validate (HearthReading  *self,
                         GDateTime      *now,
                         GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_READING (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_values (self, error))
    return FALSE;

  if (self->taken_at == NULL)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                           _("Enter when the reading was taken"));
      return FALSE;
    }
  /* Year 1900 onwards in the reading's own offset: older instants are typing
   * mistakes, and every stored instant must read back as a GDateTime. */
  if (g_date_time_get_year (self->taken_at) < HEARTH_READING_YEAR_MIN)
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                   _("The time must be in %d or later"), HEARTH_READING_YEAR_MIN);
      return FALSE;
    }
  if (g_date_time_difference (self->taken_at, now) > FUTURE_GRACE_USEC)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                           _("The time cannot be in the future"));
      return FALSE;
    }
  /* Stored instants are read back through UTC (hearth-usec.h): late on
   * 9999-12-31 west of UTC is already year 10000 there. */
  {
    g_autoptr(GDateTime) utc = g_date_time_to_utc (self->taken_at);

    if (utc == NULL)
      {
        g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                     _("The time must be before the year %d in UTC"), 10000);
        return FALSE;
      }
  }

  return TRUE;
}

HearthReading *
hearth_reading_copy (HearthReading *self)
{
  HearthReading *copy;

  g_return_val_if_fail (HEARTH_IS_READING (self), NULL);

  copy = _hearth_reading_new (self->kind);
  copy->uuid = g_strdup (self->uuid);
  copy->profile_uuid = g_strdup (self->profile_uuid);
  copy->taken_at = self->taken_at ? g_date_time_ref (self->taken_at) : NULL;
  copy->value_a = self->value_a;
  copy->value_b = self->value_b;
  copy->value_c = self->value_c;
  copy->label_a = g_strdup (self->label_a);
  copy->label_b = g_strdup (self->label_b);
  copy->note = g_strdup (self->note);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;

  return copy;
}

gint64
_hearth_local_day (GDateTime *dt)
{
  gint64 local_seconds;

  g_assert (dt != NULL);

  local_seconds = g_date_time_to_unix (dt) + g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND;

  /* Floor division: days before 1970 are negative. */
  if (local_seconds >= 0)
    return local_seconds / 86400;
  return -((-local_seconds + 86399) / 86400);
}

/* String identifiers --------------------------------------------------- */

/* Stored in the database: never change one. */
static const char * const kind_ids[] = {
  [HEARTH_READING_KIND_BLOOD_PRESSURE] = "bp",
  [HEARTH_READING_KIND_WEIGHT] = "weight",
  [HEARTH_READING_KIND_GLUCOSE] = "glucose",
  [HEARTH_READING_KIND_HEART_RATE] = "heart-rate",
  [HEARTH_READING_KIND_SPO2] = "spo2",
  [HEARTH_READING_KIND_TEMPERATURE] = "temperature",
  [HEARTH_READING_KIND_WAIST] = "waist",
  [HEARTH_READING_KIND_BODY_FAT] = "body-fat",
  [HEARTH_READING_KIND_SLEEP] = "sleep",
  [HEARTH_READING_KIND_STEPS] = "steps",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_ids) == HEARTH_READING_KIND_LAST + 1);

static const char * const kind_names[] = {
  [HEARTH_READING_KIND_BLOOD_PRESSURE] = N_("Blood pressure"),
  [HEARTH_READING_KIND_WEIGHT] = N_("Weight"),
  [HEARTH_READING_KIND_GLUCOSE] = N_("Blood glucose"),
  [HEARTH_READING_KIND_HEART_RATE] = N_("Heart rate"),
  [HEARTH_READING_KIND_SPO2] = N_("Oxygen saturation"),
  [HEARTH_READING_KIND_TEMPERATURE] = N_("Body temperature"),
  [HEARTH_READING_KIND_WAIST] = N_("Waist"),
  [HEARTH_READING_KIND_BODY_FAT] = N_("Body fat"),
  [HEARTH_READING_KIND_SLEEP] = N_("Sleep"),
  [HEARTH_READING_KIND_STEPS] = N_("Steps"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == HEARTH_READING_KIND_LAST + 1);

/* Symbols are not translated; the words (NC_, "unit symbol") are. */
static const struct {
  const char *symbol;
  gboolean    translated;
} kind_units[] = {
  [HEARTH_READING_KIND_BLOOD_PRESSURE] = { "mmHg", FALSE },
  [HEARTH_READING_KIND_WEIGHT] = { "kg", FALSE },
  [HEARTH_READING_KIND_GLUCOSE] = { "mmol/L", FALSE },
  [HEARTH_READING_KIND_HEART_RATE] = { NC_("unit symbol", "bpm"), TRUE },
  [HEARTH_READING_KIND_SPO2] = { "%", FALSE },
  [HEARTH_READING_KIND_TEMPERATURE] = { "°C", FALSE },
  [HEARTH_READING_KIND_WAIST] = { "cm", FALSE },
  [HEARTH_READING_KIND_BODY_FAT] = { "%", FALSE },
  [HEARTH_READING_KIND_SLEEP] = { NC_("unit symbol", "h"), TRUE },
  [HEARTH_READING_KIND_STEPS] = { NC_("unit symbol", "steps"), TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_units) == HEARTH_READING_KIND_LAST + 1);

/* NULL for a value outside the enumeration. */
const char *
hearth_reading_kind_to_string (HearthReadingKind kind)
{
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);

  return kind_ids[kind];
}

/* FALSE (and @kind untouched) for NULL or an unknown identifier. */
gboolean
hearth_reading_kind_from_string (const char        *s,
                                 HearthReadingKind *kind)
{
  guint value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, kind_ids, &value))
    return FALSE;

  *kind = (HearthReadingKind) value;
  return TRUE;
}

const char *
hearth_reading_kind_get_name (HearthReadingKind kind)
{
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);

  return g_dgettext (GETTEXT_PACKAGE, kind_names[kind]);
}

const char *
hearth_reading_kind_get_unit_symbol (HearthReadingKind kind)
{
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);

  if (kind_units[kind].translated)
    return g_dpgettext2 (GETTEXT_PACKAGE, "unit symbol", kind_units[kind].symbol);

  return kind_units[kind].symbol;
}

/* The arm and posture identifiers are "" for unset; from_string()
 * accepts NULL and "" as unset and returns FALSE for unknown text. */

static const char * const arm_ids[] = {
  [HEARTH_ARM_UNSET] = "",
  [HEARTH_ARM_LEFT] = "left",
  [HEARTH_ARM_RIGHT] = "right",
};

static const char * const glucose_context_ids[] = {
  [HEARTH_GLUCOSE_CONTEXT_UNSET] = "",
  [HEARTH_GLUCOSE_CONTEXT_FASTING] = "fasting",
  [HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL] = "before-meal",
  [HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL] = "after-meal",
  [HEARTH_GLUCOSE_CONTEXT_BEDTIME] = "bedtime",
  [HEARTH_GLUCOSE_CONTEXT_RANDOM] = "random",
};

static const char * const glucose_context_names[] = {
  [HEARTH_GLUCOSE_CONTEXT_UNSET] = "",
  [HEARTH_GLUCOSE_CONTEXT_FASTING] = NC_("glucose context", "Fasting"),
  [HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL] = NC_("glucose context", "Before a meal"),
  [HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL] = NC_("glucose context", "After a meal"),
  [HEARTH_GLUCOSE_CONTEXT_BEDTIME] = NC_("glucose context", "Bedtime"),
  [HEARTH_GLUCOSE_CONTEXT_RANDOM] = NC_("glucose context", "Random"),
};

static const char * const posture_ids[] = {
  [HEARTH_POSTURE_UNSET] = "",
  [HEARTH_POSTURE_SITTING] = "sitting",
  [HEARTH_POSTURE_STANDING] = "standing",
  [HEARTH_POSTURE_LYING] = "lying",
};

const char *
hearth_arm_to_string (HearthArm arm)
{
  g_return_val_if_fail (arm < G_N_ELEMENTS (arm_ids), "");

  return arm_ids[arm];
}

gboolean
hearth_arm_from_string (const char *s,
                        HearthArm  *arm)
{
  guint value;

  g_return_val_if_fail (arm != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s != NULL ? s : "", arm_ids, &value))
    return FALSE;

  *arm = (HearthArm) value;
  return TRUE;
}

const char *
hearth_posture_to_string (HearthPosture posture)
{
  g_return_val_if_fail (posture < G_N_ELEMENTS (posture_ids), "");

  return posture_ids[posture];
}

gboolean
hearth_posture_from_string (const char    *s,
                            HearthPosture *posture)
{
  guint value;

  g_return_val_if_fail (posture != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s != NULL ? s : "", posture_ids, &value))
    return FALSE;

  *posture = (HearthPosture) value;
  return TRUE;
}

const char *
hearth_glucose_context_to_string (HearthGlucoseContext context)
{
  g_return_val_if_fail (context < G_N_ELEMENTS (glucose_context_ids), "");

  return glucose_context_ids[context];
}

gboolean
hearth_glucose_context_from_string (const char           *s,
                                    HearthGlucoseContext *context)
{
  guint value;

  g_return_val_if_fail (context != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s != NULL ? s : "", glucose_context_ids, &value))
    return FALSE;

  *context = (HearthGlucoseContext) value;
  return TRUE;
}

const char *
hearth_glucose_context_get_name (HearthGlucoseContext context)
{
  g_return_val_if_fail (context < G_N_ELEMENTS (glucose_context_names), "");

  if (context == HEARTH_GLUCOSE_CONTEXT_UNSET)
    return "";

  return g_dpgettext2 (GETTEXT_PACKAGE, "glucose context", glucose_context_names[context]);
}
