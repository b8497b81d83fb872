/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-layers"

#include "config.h"

#include <string.h>

#include "hearth-core-private.h"
#include "hearth-classify.h"
#include "hearth-layers.h"
#include "hearth-reading.h"
#include "hearth-store-private.h"

/* PRODUCT.md, "Layers": the thresholds below are the issue's. */
#define ENGAGEMENT_HIGH_PERCENT   60
#define ENGAGEMENT_MEDIUM_PERCENT 25
#define OLDER_AGE                 60

HearthLifeStage
hearth_life_stage_for_age (int age)
{
  if (age < 0)
    return HEARTH_LIFE_STAGE_UNKNOWN;
  if (age < 18)
    return HEARTH_LIFE_STAGE_CHILD;
  if (age <= 25)
    return HEARTH_LIFE_STAGE_18_25;
  if (age <= 45)
    return HEARTH_LIFE_STAGE_26_45;
  if (age <= 59)
    return HEARTH_LIFE_STAGE_46_59;
  return HEARTH_LIFE_STAGE_60_PLUS;
}

/* @days ascending or not, repeats allowed; only [today − 29, today] count.
 * Compared in whole days × 100 so 18 of 30 is exactly 60 %. */
HearthEngagement
hearth_engagement_compute (const gint64 *days,
                           guint         n_days,
                           gint64        today,
                           guint        *active_days)
{
  gboolean seen[HEARTH_ENGAGEMENT_DAYS] = { FALSE, };
  guint n = 0;

  g_return_val_if_fail (days != NULL || n_days == 0, HEARTH_ENGAGEMENT_LOW);

  for (guint i = 0; i < n_days; i++)
    {
      gint64 back = today - days[i];

      if (back < 0 || back >= HEARTH_ENGAGEMENT_DAYS || seen[back])
        continue;
      seen[back] = TRUE;
      n++;
    }

  if (active_days != NULL)
    *active_days = n;

  if (n * 100 >= ENGAGEMENT_HIGH_PERCENT * HEARTH_ENGAGEMENT_DAYS)
    return HEARTH_ENGAGEMENT_HIGH;
  if (n * 100 >= ENGAGEMENT_MEDIUM_PERCENT * HEARTH_ENGAGEMENT_DAYS)
    return HEARTH_ENGAGEMENT_MEDIUM;
  return HEARTH_ENGAGEMENT_LOW;
}

static const char * const chronic_conditions[] = {
  HEARTH_CONDITION_HYPERTENSION,
  HEARTH_CONDITION_DIABETES,
  HEARTH_CONDITION_HEART_DISEASE,
  HEARTH_CONDITION_KIDNEY_DISEASE,
};

static gboolean
has_condition (const char * const *conditions,
               const char         *condition)
{
  return conditions != NULL && g_strv_contains (conditions, condition);
}

HearthHealthState
hearth_health_state_compute (const char * const     *conditions,
                             const HearthKindStatus *statuses,
                             guint                   n_statuses)
{
  gboolean recovered = FALSE;

  g_return_val_if_fail (statuses != NULL || n_statuses == 0, HEARTH_HEALTH_STATE_HEALTHY);

  for (guint i = 0; i < G_N_ELEMENTS (chronic_conditions); i++)
    {
      if (has_condition (conditions, chronic_conditions[i]))
        return HEARTH_HEALTH_STATE_CHRONIC;
    }

  for (guint i = 0; i < n_statuses; i++)
    {
      if (statuses[i].newest == HEARTH_READING_STATUS_BORDERLINE ||
          statuses[i].newest == HEARTH_READING_STATUS_OUT_OF_RANGE)
        return HEARTH_HEALTH_STATE_SUB_HEALTHY;
      if (statuses[i].newest == HEARTH_READING_STATUS_IN_RANGE &&
          statuses[i].worst == HEARTH_READING_STATUS_OUT_OF_RANGE)
        recovered = TRUE;
    }

  return recovered ? HEARTH_HEALTH_STATE_RECOVERING : HEARTH_HEALTH_STATE_HEALTHY;
}

static HearthReadingStatus
status_of_id (const char         *id,
              const char * const *in_range,
              const char * const *borderline)
{
  if (id == NULL || g_str_equal (id, "none"))
    return HEARTH_READING_STATUS_NONE;
  if (g_strv_contains (in_range, id))
    return HEARTH_READING_STATUS_IN_RANGE;
  if (g_strv_contains (borderline, id))
    return HEARTH_READING_STATUS_BORDERLINE;
  return HEARTH_READING_STATUS_OUT_OF_RANGE;
}

/* The status of one reading's values (the kind's value_a, value_b and, for
 * glucose, its context). */
static HearthReadingStatus
status_of_values (HearthReadingKind            kind,
                  double                       a,
                  double                       b,
                  HearthGlucoseContext         context,
                  const HearthLayerGuidelines *guidelines,
                  double                       height_cm,
                  int                          age)
{
  static const char * const bp_in[] = { "optimal", "normal", "non-elevated", NULL };
  static const char * const bp_border[] = { "elevated", "high-normal", NULL };
  static const char * const bmi_in[] = { "normal", NULL };
  static const char * const bmi_border[] = { "pre-obese", "overweight", "underweight-mild", "underweight", NULL };
  static const char * const glucose_in[] = { "normal", NULL };
  static const char * const glucose_border[] = { "prediabetes", "impaired-fasting", "hypo-1", NULL };

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthBpClass klass;

        hearth_classify_bp (guidelines->bp, guidelines->bp_home, a, b, &klass);
        return status_of_id (klass.id, bp_in, bp_border);
      }
    case HEARTH_READING_KIND_WEIGHT:
      {
        HearthBmiClass klass;

        if (height_cm <= 0 ||
            !hearth_classify_bmi (guidelines->bmi, a, height_cm, age, &klass) ||
            klass.none)
          return HEARTH_READING_STATUS_NONE;
        return status_of_id (klass.id, bmi_in, bmi_border);
      }
    case HEARTH_READING_KIND_GLUCOSE:
      {
        HearthGlucoseClass klass;

        if (!hearth_classify_glucose (guidelines->glucose, context, a, HEARTH_GLUCOSE_UNIT_MMOL_L, &klass))
          return HEARTH_READING_STATUS_NONE;
        return status_of_id (klass.id, glucose_in, glucose_border);
      }
    case HEARTH_READING_KIND_TEMPERATURE:
      {
        HearthVitalClass klass;

        if (!hearth_classify_temperature (a, &klass))
          return HEARTH_READING_STATUS_NONE;
        return g_str_equal (klass.id, "fever") ? HEARTH_READING_STATUS_OUT_OF_RANGE
                                               : HEARTH_READING_STATUS_IN_RANGE;
      }
    case HEARTH_READING_KIND_SPO2:
      {
        HearthVitalClass klass;

        if (!hearth_classify_spo2 (a, &klass))
          return HEARTH_READING_STATUS_NONE;
        return g_str_equal (klass.id, "low") ? HEARTH_READING_STATUS_OUT_OF_RANGE
                                             : HEARTH_READING_STATUS_IN_RANGE;
      }
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_SLEEP:
    case HEARTH_READING_KIND_STEPS:
    default:
      return HEARTH_READING_STATUS_NONE;
    }
}

HearthReadingStatus
hearth_reading_status (HearthReading               *reading,
                       const HearthLayerGuidelines *guidelines,
                       double                       height_cm,
                       int                          age)
{
  g_return_val_if_fail (HEARTH_IS_READING (reading), HEARTH_READING_STATUS_NONE);
  g_return_val_if_fail (guidelines != NULL, HEARTH_READING_STATUS_NONE);

  return status_of_values (hearth_reading_get_kind (reading),
                           hearth_reading_get_value_a (reading),
                           hearth_reading_get_value_b (reading),
                           hearth_reading_get_kind (reading) == HEARTH_READING_KIND_GLUCOSE
                           ? hearth_reading_get_glucose_context (reading) : HEARTH_GLUCOSE_CONTEXT_UNSET,
                           guidelines, height_cm, age);
}

/* floor (A / B) for integers, B > 0, as in hearth-store-streaks.c. */
#define FLOOR_DIV(a, b) "(((" a ") - ((((" a ") % " b ") + " b ") % " b ")) / " b ")"
#define DOSE_SECONDS FLOOR_DIV ("d.taken_at", "1000000") " + d.utc_offset"

/* The logging days of hearth_store_list_logging_days() (a reading, a
 * meal, a workout, a dose taken, each day in its entry's own offset), read
 * for the last 30 days only: a range of each source's index instead of ten
 * years of days. ?2..?3 bound a time (UTC µs, a day wider on each side
 * than any offset) or a local day; days outside are left to
 * hearth_engagement_compute(). */
static const struct
{
  const char *sql;
  gboolean    by_time;
} recent_sources[] = {
  { "SELECT local_day FROM readings WHERE profile_id = ?1 AND taken_at BETWEEN ?2 AND ?3 "
    "AND deleted_at IS NULL", TRUE },
  { "SELECT local_day FROM meals WHERE profile_id = ?1 AND local_day BETWEEN ?2 AND ?3 "
    "AND deleted_at IS NULL", FALSE },
  { "SELECT local_day FROM workouts WHERE profile_id = ?1 AND local_day BETWEEN ?2 AND ?3 "
    "AND deleted_at IS NULL", FALSE },
  { "SELECT " FLOOR_DIV (DOSE_SECONDS, "86400") " "
    "  FROM doses d JOIN medications m ON m.id = d.medication_id "
    "  WHERE m.profile_id = ?1 AND d.status = 'taken' AND d.taken_at BETWEEN ?2 AND ?3 "
    "  AND d.deleted_at IS NULL AND m.deleted_at IS NULL", TRUE },
};

static GArray *
list_recent_logging_days (HearthStore  *self,
                          gint64        profile_id,
                          gint64        today,
                          GError      **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 first = today - (HEARTH_ENGAGEMENT_DAYS - 1);

  for (guint q = 0; q < G_N_ELEMENTS (recent_sources); q++)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, recent_sources[q].sql, error);
      int rc;

      if (stmt == NULL)
        return NULL;
      _hearth_store_bind_int64 (self, stmt, 1, profile_id);
      if (recent_sources[q].by_time)
        {
          _hearth_store_bind_int64 (self, stmt, 2, (first - 1) * 86400 * G_USEC_PER_SEC);
          _hearth_store_bind_int64 (self, stmt, 3, (today + 2) * 86400 * G_USEC_PER_SEC);
        }
      else
        {
          _hearth_store_bind_int64 (self, stmt, 2, first);
          _hearth_store_bind_int64 (self, stmt, 3, today);
        }
      while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
        {
          gint64 day = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (days, day);
        }
      if (rc < 0)
        return NULL;
    }

  return g_steal_pointer (&days);
}

static const HearthReadingKind status_kinds[] = {
  HEARTH_READING_KIND_BLOOD_PRESSURE,
  HEARTH_READING_KIND_WEIGHT,
  HEARTH_READING_KIND_GLUCOSE,
  HEARTH_READING_KIND_TEMPERATURE,
  HEARTH_READING_KIND_SPO2,
};

/* A kind's readings on the local days from ?3 on, newest first, through
 * the (profile_id, kind, local_day) index: values only, no reading
 * objects. */
static const char SQL_RECENT_VALUES[] =
  "SELECT value_a, value_b, label_a FROM readings "
  "WHERE profile_id = ?1 AND kind = ?2 AND local_day >= ?3 AND deleted_at IS NULL "
  "ORDER BY taken_at DESC";

static gboolean
read_kind_status (HearthStore                 *self,
                  gint64                       profile_id,
                  HearthReadingKind            kind,
                  gint64                       first_day,
                  const HearthLayerGuidelines *guidelines,
                  double                       height_cm,
                  int                          age,
                  HearthKindStatus            *status,
                  GError                     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_RECENT_VALUES, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  _hearth_store_bind_int64 (self, stmt, 3, first_day);

  status->newest = status->worst = HEARTH_READING_STATUS_NONE;
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthGlucoseContext context = HEARTH_GLUCOSE_CONTEXT_UNSET;
      HearthReadingStatus s;

      if (kind == HEARTH_READING_KIND_GLUCOSE &&
          !hearth_glucose_context_from_string (_hearth_store_column_text (stmt, 2), &context))
        context = HEARTH_GLUCOSE_CONTEXT_UNSET;
      s = status_of_values (kind, _hearth_store_column_double (stmt, 0), _hearth_store_column_double (stmt, 1),
                            context, guidelines, height_cm, age);
      if (s == HEARTH_READING_STATUS_NONE)
        continue;
      if (status->newest == HEARTH_READING_STATUS_NONE)
        status->newest = s;
      status->worst = MAX (status->worst, s);
    }

  return rc >= 0;
}

gboolean
hearth_store_get_layers (HearthStore                 *self,
                         HearthProfile               *profile,
                         const HearthLayerGuidelines *guidelines,
                         HearthLayers                *layers,
                         GError                     **error)
{
  static const HearthLayerGuidelines defaults = {
    HEARTH_BP_GUIDELINE_ACC_AHA_2017, TRUE, HEARTH_GLUCOSE_GUIDELINE_ADA, HEARTH_BMI_CUTOFFS_WHO,
  };
  HearthKindStatus statuses[G_N_ELEMENTS (status_kinds)];
  g_autoptr(GDateTime) now = NULL;
  gint64 today;
  g_autoptr(GArray) days = NULL;
  gint64 profile_id;
  int age;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (hearth_profile_get_uuid (profile) != NULL, FALSE);
  g_return_val_if_fail (layers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (guidelines == NULL)
    guidelines = &defaults;

  memset (layers, 0, sizeof *layers);
  now = hearth_clock_now (hearth_store_get_clock (self));
  age = hearth_profile_get_age (profile, now);
  layers->life_stage = hearth_life_stage_for_age (age);

  if (!_hearth_store_begin_read (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, hearth_profile_get_uuid (profile), error);
  if (profile_id == 0)
    goto failed;
  today = _hearth_local_day (now);
  days = list_recent_logging_days (self, profile_id, today, error);
  if (days == NULL)
    goto failed;
  layers->engagement = hearth_engagement_compute ((const gint64 *) (gpointer) days->data, days->len,
                                                  today, &layers->active_days);
  layers->active_share = (double) layers->active_days / HEARTH_ENGAGEMENT_DAYS;

  /* The readings of the last 30 local days, today included. */
  for (guint i = 0; i < G_N_ELEMENTS (status_kinds); i++)
    {
      if (!read_kind_status (self, profile_id, status_kinds[i], today - (HEARTH_ENGAGEMENT_DAYS - 1),
                             guidelines, hearth_profile_get_height_cm (profile), age, &statuses[i], error))
        goto failed;
    }
  _hearth_store_end_read (self);

  layers->health_state = hearth_health_state_compute (hearth_profile_get_conditions (profile),
                                                      statuses, G_N_ELEMENTS (statuses));
  return TRUE;

failed:
  _hearth_store_end_read (self);
  return FALSE;
}

static const char * const life_stage_names[] = {
  [HEARTH_LIFE_STAGE_UNKNOWN] = "unknown",
  [HEARTH_LIFE_STAGE_CHILD] = "child",
  [HEARTH_LIFE_STAGE_18_25] = "18-25",
  [HEARTH_LIFE_STAGE_26_45] = "26-45",
  [HEARTH_LIFE_STAGE_46_59] = "46-59",
  [HEARTH_LIFE_STAGE_60_PLUS] = "60+",
};

static const char * const health_state_names[] = {
  [HEARTH_HEALTH_STATE_HEALTHY] = "healthy",
  [HEARTH_HEALTH_STATE_SUB_HEALTHY] = "sub-healthy",
  [HEARTH_HEALTH_STATE_CHRONIC] = "chronic",
  [HEARTH_HEALTH_STATE_RECOVERING] = "recovering",
};

static const char * const engagement_names[] = {
  [HEARTH_ENGAGEMENT_LOW] = "low",
  [HEARTH_ENGAGEMENT_MEDIUM] = "medium",
  [HEARTH_ENGAGEMENT_HIGH] = "high",
};

const char *
hearth_life_stage_to_string (HearthLifeStage stage)
{
  g_return_val_if_fail ((guint) stage < G_N_ELEMENTS (life_stage_names), "");
  return life_stage_names[stage];
}

const char *
hearth_health_state_to_string (HearthHealthState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (health_state_names), "");
  return health_state_names[state];
}

const char *
hearth_engagement_to_string (HearthEngagement engagement)
{
  g_return_val_if_fail ((guint) engagement < G_N_ELEMENTS (engagement_names), "");
  return engagement_names[engagement];
}

static HearthSuggestedGoal
goal_for_main_goal (HearthMainGoal  main_goal,
                    HearthLifeStage stage)
{
  switch (main_goal)
    {
    case HEARTH_MAIN_GOAL_LOWER_BP:
      return HEARTH_SUGGESTED_GOAL_BP_IN_RANGE;
    case HEARTH_MAIN_GOAL_LOSE_WEIGHT:
      /* A child's weight is a matter for their doctor: movement instead. */
      return stage == HEARTH_LIFE_STAGE_CHILD ? HEARTH_SUGGESTED_GOAL_ACTIVE_MINUTES
                                              : HEARTH_SUGGESTED_GOAL_WEIGHT;
    case HEARTH_MAIN_GOAL_MANAGE_GLUCOSE:
      return HEARTH_SUGGESTED_GOAL_GLUCOSE_IN_RANGE;
    case HEARTH_MAIN_GOAL_MOVE_MORE:
      return HEARTH_SUGGESTED_GOAL_ACTIVE_MINUTES;
    case HEARTH_MAIN_GOAL_RECORD:
    case HEARTH_MAIN_GOAL_NONE:
    default:
      return HEARTH_SUGGESTED_GOAL_LOGGING;
    }
}

void
hearth_layers_advise (const HearthLayers *layers,
                      HearthMainGoal      main_goal,
                      const char * const *conditions,
                      HearthLayerAdvice  *advice)
{
  gboolean low, older;

  g_return_if_fail (layers != NULL);
  g_return_if_fail (advice != NULL);

  low = layers->engagement == HEARTH_ENGAGEMENT_LOW;
  older = layers->life_stage == HEARTH_LIFE_STAGE_60_PLUS;

  advice->first_goal = goal_for_main_goal (main_goal, layers->life_stage);
  if (advice->first_goal == HEARTH_SUGGESTED_GOAL_LOGGING)
    {
      if (has_condition (conditions, HEARTH_CONDITION_HYPERTENSION))
        advice->first_goal = HEARTH_SUGGESTED_GOAL_BP_IN_RANGE;
      else if (has_condition (conditions, HEARTH_CONDITION_DIABETES))
        advice->first_goal = HEARTH_SUGGESTED_GOAL_GLUCOSE_IN_RANGE;
      else if (older)
        advice->first_goal = HEARTH_SUGGESTED_GOAL_BP_IN_RANGE;
    }
  if (low)
    advice->first_goal = HEARTH_SUGGESTED_GOAL_LOGGING;

  if (low || layers->health_state == HEARTH_HEALTH_STATE_RECOVERING)
    advice->tone = HEARTH_TONE_GENTLE;
  else if (layers->engagement == HEARTH_ENGAGEMENT_HIGH)
    advice->tone = HEARTH_TONE_BRIEF;
  else
    advice->tone = HEARTH_TONE_ENCOURAGING;

  advice->smaller_steps = low;
  advice->larger_text = older;
  advice->bp_twice_daily = has_condition (conditions, HEARTH_CONDITION_HYPERTENSION) ||
                           main_goal == HEARTH_MAIN_GOAL_LOWER_BP;
}
