/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-classify.h"
#include "hearth-core-private.h"
#include "hearth-goal.h"
#include "hearth-store-badges.h"
#include "hearth-store-family.h"
#include "hearth-store-family-private.h"
#include "hearth-store-goals.h"
#include "hearth-store-medications.h"
#include "hearth-store-private.h"
#include "hearth-summary.h"

/* PRODUCT.md, "Nudges": after 7 days without a blood pressure reading;
 * the same rhythm for target and keep-in-range goals. */
#define WEEKLY_DAYS 7
/* hearth-nudges.c's BP_TRACKED_DAYS: a reading in the 90 days before. */
#define BP_TRACKED_DAYS 90

/* Today's blood pressure and glucose readings (what
 * hearth_store_has_severe_alert() looks at), by (member, kind, day): no
 * ORDER BY, which would make SQLite walk the member's whole history in
 * time order; the newest severe one is picked in C. */
static const char SQL_TODAY_ALERT_KINDS[] =
  "SELECT uuid, kind, value_a, value_b, taken_at FROM readings "
  "WHERE profile_id = ?1 AND kind IN ('bp', 'glucose') AND deleted_at IS NULL AND local_day = ?2";

const char * const *
_hearth_store_family_queries_for_testing (void)
{
  static const char *const queries[] = { SQL_TODAY_ALERT_KINDS, NULL };

  return queries;
}

void
hearth_overview_options_init_default (HearthOverviewOptions *options)
{
  g_return_if_fail (options != NULL);

  options->bp_guideline = HEARTH_BP_GUIDELINE_ACC_AHA_2017;
  options->glucose_guideline = HEARTH_GLUCOSE_GUIDELINE_ADA;
  options->bmi_cutoffs = HEARTH_BMI_CUTOFFS_WHO;
}

static void
clear_latest (gpointer data)
{
  HearthOverviewLatest *latest = data;

  g_clear_object (&latest->latest);
}

void
hearth_member_overview_free (HearthMemberOverview *overview)
{
  if (overview == NULL)
    return;

  g_clear_object (&overview->profile);
  g_clear_pointer (&overview->latest, g_array_unref);
  g_clear_pointer (&overview->overdue, g_array_unref);
  g_clear_object (&overview->warning);
  g_free (overview);
}

const HearthOverviewOverdue *
hearth_member_overview_find_overdue (const HearthMemberOverview *overview,
                                     HearthReadingKind           kind)
{
  g_return_val_if_fail (overview != NULL, NULL);

  for (guint i = 0; i < overview->overdue->len; i++)
    {
      const HearthOverviewOverdue *entry = &g_array_index (overview->overdue, HearthOverviewOverdue, i);

      if (entry->kind == kind)
        return entry;
    }
  return NULL;
}

const HearthOverviewLatest *
hearth_member_overview_find_latest (const HearthMemberOverview *overview,
                                    HearthReadingKind           kind)
{
  g_return_val_if_fail (overview != NULL, NULL);

  for (guint i = 0; i < overview->latest->len; i++)
    {
      const HearthOverviewLatest *entry = &g_array_index (overview->latest, HearthOverviewLatest, i);

      if (entry->kind == kind)
        return entry;
    }
  return NULL;
}

/* The category id of the reading's value (canonical units, the guideline
 * of @options), NULL where docs/clinical.md gives none. */
static const char *
classify_reading (HearthReading               *reading,
                  HearthProfile               *profile,
                  int                          age,
                  const HearthOverviewOptions *options)
{
  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthBpClass klass;

        hearth_classify_bp (options->bp_guideline, TRUE,
                            hearth_reading_get_systolic (reading),
                            hearth_reading_get_diastolic (reading), &klass);
        return klass.id;
      }

    case HEARTH_READING_KIND_WEIGHT:
      {
        HearthBmiClass klass;
        double cm = hearth_profile_get_height_cm (profile);

        if (cm > 0 && hearth_classify_bmi (options->bmi_cutoffs, hearth_reading_get_kg (reading),
                                           cm, age, &klass) && !klass.none)
          return klass.id;
        return NULL;
      }

    case HEARTH_READING_KIND_GLUCOSE:
      {
        HearthGlucoseClass klass;

        if (hearth_classify_glucose (options->glucose_guideline,
                                     hearth_reading_get_glucose_context (reading),
                                     hearth_reading_get_mmol_l (reading),
                                     HEARTH_GLUCOSE_UNIT_MMOL_L, &klass) &&
            g_strcmp0 (klass.id, "none") != 0)
          return klass.id;
        return NULL;
      }

    case HEARTH_READING_KIND_HEART_RATE:
      {
        HearthVitalClass klass;

        return hearth_classify_heart_rate (hearth_reading_get_bpm (reading), age, &klass) && !klass.none
               ? klass.id : NULL;
      }

    case HEARTH_READING_KIND_SPO2:
      {
        HearthVitalClass klass;

        return hearth_classify_spo2 (hearth_reading_get_spo2 (reading), &klass) && !klass.none
               ? klass.id : NULL;
      }

    case HEARTH_READING_KIND_TEMPERATURE:
      {
        HearthVitalClass klass;

        return hearth_classify_temperature (hearth_reading_get_celsius (reading), &klass) && !klass.none
               ? klass.id : NULL;
      }

    case HEARTH_READING_KIND_SLEEP:
      {
        HearthVitalClass klass;

        return hearth_classify_sleep (hearth_reading_get_sleep_hours (reading), age, &klass) && !klass.none
               ? klass.id : NULL;
      }

    /* docs/clinical.md gives these no categories: none made up. */
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_STEPS:
    default:
      return NULL;
    }
}

/* The kind a goal's metric is logged as; FALSE for metrics that are not a
 * reading (active minutes, sodium, doses). */
static gboolean
goal_metric_kind (const char        *metric,
                  HearthReadingKind *kind)
{
  if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_WEIGHT) == 0)
    *kind = HEARTH_READING_KIND_WEIGHT;
  else if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_SYSTOLIC) == 0 ||
           g_strcmp0 (metric, HEARTH_GOAL_METRIC_DIASTOLIC) == 0 ||
           g_strcmp0 (metric, HEARTH_GOAL_METRIC_BP_READINGS) == 0)
    *kind = HEARTH_READING_KIND_BLOOD_PRESSURE;
  else if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_GLUCOSE) == 0)
    *kind = HEARTH_READING_KIND_GLUCOSE;
  else if (g_strcmp0 (metric, HEARTH_GOAL_METRIC_STEPS) == 0)
    *kind = HEARTH_READING_KIND_STEPS;
  else
    return FALSE;
  return TRUE;
}

static void
expect (guint             *intervals,
        HearthReadingKind  kind,
        guint              days)
{
  if (intervals[kind] == 0 || days < intervals[kind])
    intervals[kind] = days;
}

/* The rhythm each kind is expected at (0: none), by the rule in the
 * header. */
static gboolean
read_intervals (HearthStore   *self,
                HearthProfile *profile,
                gint64         today,
                guint         *intervals,
                GError       **error)
{
  const char *uuid = hearth_profile_get_uuid (profile);
  g_autoptr(GPtrArray) goals = hearth_store_list_goals (self, uuid, error);
  g_autoptr(HearthReading) bp = NULL;

  if (goals == NULL)
    return FALSE;

  for (guint i = 0; i < goals->len; i++)
    {
      const HearthGoal *goal = g_ptr_array_index (goals, i);
      HearthReadingKind kind;

      if (goal->start_day > today || !goal_metric_kind (goal->metric, &kind))
        continue;
      if (goal->kind == HEARTH_GOAL_KIND_HABIT)
        expect (intervals, kind, goal->cadence == HEARTH_GOAL_CADENCE_DAILY ? 1 : WEEKLY_DAYS);
      else
        expect (intervals, kind, WEEKLY_DAYS);
    }

  if (hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION) ||
      hearth_profile_get_main_goal (profile) == HEARTH_MAIN_GOAL_LOWER_BP)
    expect (intervals, HEARTH_READING_KIND_BLOOD_PRESSURE, WEEKLY_DAYS);
  else
    {
      bp = hearth_store_get_latest_reading (self, uuid, HEARTH_READING_KIND_BLOOD_PRESSURE, error);
      if (bp == NULL && error != NULL && *error != NULL)
        return FALSE;
      if (bp != NULL && hearth_reading_get_local_day (bp) >= today - BP_TRACKED_DAYS)
        expect (intervals, HEARTH_READING_KIND_BLOOD_PRESSURE, WEEKLY_DAYS);
    }
  return TRUE;
}

/* The newest severe reading of local day @today; NULL with @error set
 * when it cannot be read, NULL without when there is none. */
static HearthReading *
find_severe_today (HearthStore  *self,
                   const char   *uuid,
                   gint64        today,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_TODAY_ALERT_KINDS, error);
  g_autofree char *newest = NULL;
  gint64 newest_at = 0;
  gint64 profile_id;
  int rc;

  if (stmt == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, uuid, error);
  if (profile_id == 0)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, today);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthReadingKind kind;
      gint64 taken_at = sqlite3_column_int64 (stmt, 4);

      if (hearth_reading_kind_from_string (_hearth_store_column_text (stmt, 1), &kind) &&
          hearth_classify_is_severe (kind, _hearth_store_column_double (stmt, 2),
                                     _hearth_store_column_double (stmt, 3)) &&
          (newest == NULL || taken_at > newest_at))
        {
          g_free (newest);
          newest = g_strdup (_hearth_store_column_text (stmt, 0));
          newest_at = taken_at;
        }
    }
  if (rc < 0 || newest == NULL)
    return NULL;
  return hearth_store_get_reading (self, newest, error);
}

static gboolean
read_doses (HearthStore          *self,
            HearthMemberOverview *overview,
            gint64                today,
            GError              **error)
{
  g_autoptr(GPtrArray) medications = NULL;

  medications = hearth_store_list_medications (self, hearth_profile_get_uuid (overview->profile), error);
  if (medications == NULL)
    return FALSE;

  for (guint i = 0; i < medications->len; i++)
    {
      const HearthMedication *medication = g_ptr_array_index (medications, i);
      g_autoptr(GPtrArray) doses = NULL;

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED ||
          medication->start_day > today ||
          (medication->end_day != HEARTH_MEDICATION_NO_END && medication->end_day < today))
        continue;

      doses = hearth_store_list_doses (self, medication->uuid, today, today, error);
      if (doses == NULL)
        return FALSE;
      for (guint j = 0; j < doses->len; j++)
        {
          const HearthDose *dose = g_ptr_array_index (doses, j);

          if (dose->scheduled_day != today)
            continue;   /* as needed or extra: not due */
          overview->doses_due++;
          switch (dose->status)
            {
            case HEARTH_DOSE_TAKEN:
              overview->doses_taken++;
              break;
            case HEARTH_DOSE_SKIPPED:
              overview->doses_skipped++;
              break;
            case HEARTH_DOSE_MISSED:
              overview->doses_missed++;
              break;
            case HEARTH_DOSE_PENDING:
            default:
              break;
            }
        }
    }
  return TRUE;
}

static HearthMemberOverview *
read_member (HearthStore                  *self,
             HearthProfile                *profile,
             const HearthOverviewOptions  *options,
             GDateTime                    *now,
             GError                      **error)
{
  g_autoptr(HearthMemberOverview) overview = g_new0 (HearthMemberOverview, 1);
  g_autoptr(GArray) kinds = NULL;
  const char *uuid = hearth_profile_get_uuid (profile);
  guint intervals[HEARTH_READING_KIND_LAST + 1] = { 0 };
  gint64 today = _hearth_local_day (now);
  int age = hearth_profile_get_age (profile, now);
  gboolean severe_today = FALSE;

  overview->profile = g_object_ref (profile);
  overview->latest = g_array_new (FALSE, TRUE, sizeof (HearthOverviewLatest));
  g_array_set_clear_func (overview->latest, clear_latest);
  overview->overdue = g_array_new (FALSE, TRUE, sizeof (HearthOverviewOverdue));

  kinds = hearth_store_get_tracked_kinds (self, profile, error);
  if (kinds == NULL || !read_intervals (self, profile, today, intervals, error))
    return NULL;

  for (guint i = 0; i < kinds->len; i++)
    {
      HearthOverviewLatest latest = { 0 };

      latest.kind = g_array_index (kinds, HearthReadingKind, i);
      latest.latest = hearth_store_get_latest_reading (self, uuid, latest.kind, error);
      if (latest.latest == NULL)
        {
          if (error != NULL && *error != NULL)
            return NULL;
          continue;   /* deleted since the kinds were listed: not inside one read */
        }
      /* A reading logged in a zone ahead of today's may sit on "tomorrow". */
      latest.days_since = (int) CLAMP (today - hearth_reading_get_local_day (latest.latest), 0, G_MAXINT);
      latest.category = classify_reading (latest.latest, profile, age, options);
      latest.severe = hearth_classify_is_severe (latest.kind,
                                                 hearth_reading_get_value_a (latest.latest),
                                                 hearth_reading_get_value_b (latest.latest));
      if (latest.severe && overview->warning == NULL &&
          (latest.kind == HEARTH_READING_KIND_BLOOD_PRESSURE || latest.kind == HEARTH_READING_KIND_GLUCOSE))
        overview->warning = g_object_ref (latest.latest);
      g_array_append_val (overview->latest, latest);
    }

  /* Overdue, in dashboard order first, then the kinds never logged. */
  for (guint i = 0; i < kinds->len; i++)
    {
      HearthReadingKind kind = g_array_index (kinds, HearthReadingKind, i);
      const HearthOverviewLatest *latest = hearth_member_overview_find_latest (overview, kind);

      if (intervals[kind] > 0 && latest != NULL && latest->days_since > (int) intervals[kind])
        {
          HearthOverviewOverdue entry = { kind, latest->days_since, intervals[kind] };

          g_array_append_val (overview->overdue, entry);
        }
    }
  for (HearthReadingKind kind = 0; kind <= HEARTH_READING_KIND_LAST; kind++)
    if (intervals[kind] > 0 && hearth_member_overview_find_latest (overview, kind) == NULL)
      {
        HearthOverviewOverdue entry = { kind, -1, intervals[kind] };

        g_array_append_val (overview->overdue, entry);
      }

  if (!read_doses (self, overview, today, error))
    return NULL;

  /* The latest blood pressure or glucose shows the banner; a severe one
   * earlier today still silences celebrations (hearth-store-badges.h). */
  if (overview->warning == NULL)
    {
      if (!hearth_store_has_severe_alert (self, uuid, today, &severe_today, error))
        return NULL;
      if (severe_today)
        {
          overview->warning = find_severe_today (self, uuid, today, error);
          if (overview->warning == NULL && error != NULL && *error != NULL)
            return NULL;
        }
    }

  return g_steal_pointer (&overview);
}

HearthMemberOverview *
hearth_store_member_overview (HearthStore                  *self,
                              HearthProfile                *profile,
                              const HearthOverviewOptions  *options,
                              GError                      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GDateTime) now = NULL;
  HearthOverviewOptions defaults;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (hearth_profile_get_uuid (profile) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      hearth_overview_options_init_default (&defaults);
      options = &defaults;
    }

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  if (_hearth_store_resolve_profile_id (self, hearth_profile_get_uuid (profile), error) == 0)
    return NULL;
  now = hearth_clock_now (hearth_store_get_clock (self));
  return read_member (self, profile, options, now, error);
}

GPtrArray *
hearth_store_family_overview (HearthStore                  *self,
                              const HearthOverviewOptions  *options,
                              GError                      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_member_overview_free);
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GDateTime) now = NULL;
  HearthOverviewOptions defaults;
  GListModel *profiles;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      hearth_overview_options_init_default (&defaults);
      options = &defaults;
    }

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  now = hearth_clock_now (hearth_store_get_clock (self));
  profiles = hearth_store_get_profiles (self);
  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      HearthMemberOverview *overview = read_member (self, profile, options, now, error);

      if (overview == NULL)
        return NULL;
      g_ptr_array_add (out, overview);
    }
  return g_steal_pointer (&out);
}
