/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-classify.h"
#include "hearth-exercise.h"
#include "hearth-goal.h"
#include "hearth-habits.h"
#include "hearth-medication.h"
#include "hearth-profile.h"
#include "hearth-store-badges.h"
#include "hearth-store-goals.h"
#include "hearth-store-badges-private.h"
#include "hearth-core-private.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "hearth-store-private.h"
#include "hearth-store-streaks.h"
#include "hearth-reading.h"
#include "hearth-usec.h"

/* A goal whose planned weight loss is faster than HEARTH_GOAL_MAX_WEIGHT_PACE_KG
 * a week (hearth-habits.h: its plan pace is flagged too fast) earns no weight badge. */
#define MAX_SAFE_KG_PER_WEEK HEARTH_GOAL_MAX_WEIGHT_PACE_KG

/* The whole history. */
#define ALL_DAYS ((gint64) G_MININT32)

static const char SQL_STORED[] =
  "SELECT badge, earned_day, celebrated_at IS NOT NULL FROM badges "
  "WHERE profile_id = ?1 AND deleted_at IS NULL";
static const char SQL_INSERT[] =
  "INSERT INTO badges (uuid, profile_id, badge, earned_day, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?5)";
/* The member's first reading in time (index readings_profile_time). */
static const char SQL_FIRST_READING[] =
  "SELECT local_day FROM readings WHERE profile_id = ?1 AND deleted_at IS NULL "
  "ORDER BY taken_at LIMIT 1";
static const char SQL_BP[] =
  "SELECT local_day, value_a, value_b FROM readings "
  "WHERE profile_id = ?1 AND kind = 'bp' AND deleted_at IS NULL AND local_day BETWEEN ?2 AND ?3 "
  "ORDER BY local_day";
/* The weights of local days [?2, ?3] and, first, the last one before them
 * (where progress stands when nothing was weighed since). */
static const char SQL_WEIGHTS[] =
  "SELECT * FROM (SELECT local_day, value_a FROM readings "
  "  WHERE profile_id = ?1 AND kind = 'weight' AND deleted_at IS NULL AND local_day < ?2 "
  "  ORDER BY local_day DESC, taken_at DESC LIMIT 1) "
  "UNION ALL SELECT * FROM (SELECT local_day, value_a FROM readings "
  "  WHERE profile_id = ?1 AND kind = 'weight' AND deleted_at IS NULL AND local_day BETWEEN ?2 AND ?3 "
  "  ORDER BY taken_at)";

/* Weight-loss goals (hearth-goal.h: a target goal on weight toward a lower
 * value, with the weight it started from). The ids are hearth-goal.h's
 * (HEARTH_GOAL_METRIC_WEIGHT …), the table's CHECKs name the others. */
static const char SQL_WEIGHT_GOALS[] =
  "SELECT start_day, baseline, target, due_day FROM goals "
  "WHERE profile_id = ?1 AND deleted_at IS NULL AND kind = 'target' AND metric = 'weight' "
  "AND comparison = 'at-most' AND baseline IS NOT NULL AND baseline > target";
static const char SQL_GOAL_REACHED[] =
  "SELECT MIN(reached_day) FROM goals "
  "WHERE profile_id = ?1 AND deleted_at IS NULL AND reached_day IS NOT NULL";
static const char SQL_SEVERE[] =
  "SELECT kind, value_a, value_b FROM readings "
  "WHERE profile_id = ?1 AND kind IN ('bp', 'glucose') AND deleted_at IS NULL AND local_day = ?2";
/* The doses taken that answer a scheduled dose, by the day and minute
 * they answer (as hearth-store-habits.c reads them: building every
 * scheduled dose of ten years as a GDateTime through
 * hearth_store_list_doses() cost ten times as much). */
static const char SQL_TAKEN_DOSES[] =
  "SELECT d.scheduled_day, d.scheduled_minute, d.taken_at FROM doses d "
  "WHERE d.medication_id = (SELECT id FROM medications WHERE uuid = ?1) AND d.deleted_at IS NULL "
  "AND d.status = 'taken' AND d.taken_at IS NOT NULL AND d.scheduled_day BETWEEN ?2 AND ?3 "
  "AND d.scheduled_minute IS NOT NULL";
static const char SQL_CELEBRATE[] =
  "UPDATE badges SET celebrated_at = ?3, updated_at = ?3 "
  "WHERE profile_id = ?1 AND badge = ?2 AND deleted_at IS NULL AND celebrated_at IS NULL";
static const char SQL_IS_STORED[] =
  "SELECT count(*) FROM badges WHERE profile_id = ?1 AND badge = ?2 AND deleted_at IS NULL";

const char * const *
_hearth_store_badges_queries_for_testing (void)
{
  static const char * const queries[] = {
    SQL_STORED, SQL_FIRST_READING, SQL_BP, SQL_WEIGHTS, SQL_WEIGHT_GOALS,
    SQL_GOAL_REACHED, SQL_SEVERE, SQL_CELEBRATE, SQL_IS_STORED, SQL_TAKEN_DOSES, NULL
  };

  return queries;
}

void
hearth_badge_options_init_default (HearthBadgeOptions *options)
{
  g_return_if_fail (options != NULL);

  options->bp_guideline = HEARTH_BP_GUIDELINE_ACC_AHA_2017;
}

gboolean
hearth_badge_bp_in_range (const HearthBadgeOptions *options,
                          double                    systolic_mmhg,
                          double                    diastolic_mmhg)
{
  HearthBadgeOptions defaults;
  double target_systolic, target_diastolic;

  if (options == NULL)
    {
      hearth_badge_options_init_default (&defaults);
      options = &defaults;
    }
  if (!isfinite (systolic_mmhg) || !isfinite (diastolic_mmhg))
    return FALSE;
  hearth_goal_bp_target (options->bp_guideline, &target_systolic, &target_diastolic);
  return systolic_mmhg < target_systolic && diastolic_mmhg < target_diastolic;
}

HearthBadgeSources
hearth_badge_source_for_reading_kind (HearthReadingKind kind)
{
  if (kind == HEARTH_READING_KIND_BLOOD_PRESSURE)
    return HEARTH_BADGE_SOURCE_BP;
  if (kind == HEARTH_READING_KIND_WEIGHT)
    return HEARTH_BADGE_SOURCE_WEIGHT;
  return HEARTH_BADGE_SOURCE_READING;
}

/* The sources each rule listens to. */
static HearthBadgeSources
rule_sources (HearthBadgeRule rule)
{
  const HearthBadgeSources any_reading = HEARTH_BADGE_SOURCE_READING | HEARTH_BADGE_SOURCE_BP |
                                         HEARTH_BADGE_SOURCE_WEIGHT;

  switch (rule)
    {
    case HEARTH_BADGE_RULE_FIRST_READING:
      return any_reading;
    case HEARTH_BADGE_RULE_LOGGING_STREAK:
      return any_reading | HEARTH_BADGE_SOURCE_MEAL | HEARTH_BADGE_SOURCE_WORKOUT |
             HEARTH_BADGE_SOURCE_DOSE | HEARTH_BADGE_SOURCE_SKIP_DAY;
    case HEARTH_BADGE_RULE_WEIGHT_LOST:
      return HEARTH_BADGE_SOURCE_WEIGHT | HEARTH_BADGE_SOURCE_GOAL;
    case HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS:
      return HEARTH_BADGE_SOURCE_BP;
    case HEARTH_BADGE_RULE_ACTIVE_WEEK:
      return HEARTH_BADGE_SOURCE_WORKOUT;
    case HEARTH_BADGE_RULE_GOAL_REACHED:
      return HEARTH_BADGE_SOURCE_GOAL;
    case HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS:
      return HEARTH_BADGE_SOURCE_DOSE;
    default:
      g_return_val_if_reached (0);
    }
}

/* Evidence ---------------------------------------------------------------- */


/* The first column of the first row as a day; HEARTH_BADGE_NO_DAY when
 * there is no row or it is NULL. */
static gboolean
query_day (HearthStore  *self,
           const char   *static_sql,
           gint64        profile_id,
           gint64       *day,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, static_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  *day = rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL
         ? sqlite3_column_int64 (stmt, 0) : HEARTH_BADGE_NO_DAY;
  return TRUE;
}

static GArray *
gather_bp_days (HearthStore               *self,
                gint64                     profile_id,
                gint64                     from_day,
                gint64                     today,
                const HearthBadgeOptions  *options,
                GError                   **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_BP, error);
  g_autoptr(GArray) days = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, from_day);
  _hearth_store_bind_int64 (self, stmt, 3, today);
  days = g_array_new (FALSE, FALSE, sizeof (HearthBadgeBpDay));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      gint64 day = sqlite3_column_int64 (stmt, 0);
      gboolean in_range = hearth_badge_bp_in_range (options,
                                                    _hearth_store_column_double (stmt, 1),
                                                    _hearth_store_column_double (stmt, 2));

      if (days->len > 0 && g_array_index (days, HearthBadgeBpDay, days->len - 1).day == day)
        g_array_index (days, HearthBadgeBpDay, days->len - 1).in_range &= in_range;
      else
        {
          HearthBadgeBpDay bp = { day, in_range };

          g_array_append_val (days, bp);
        }
    }
  return rc < 0 ? NULL : g_steal_pointer (&days);
}

static gboolean
gather_weights (HearthStore          *self,
                gint64                profile_id,
                gint64                from_day,
                gint64                today,
                HearthBadgeEvidence  *ev,
                GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_store_prepare (self, SQL_WEIGHT_GOALS, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  ev->weight_goals = g_array_new (FALSE, FALSE, sizeof (HearthBadgeWeightGoal));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthBadgeWeightGoal goal = { sqlite3_column_int64 (stmt, 0), sqlite3_column_double (stmt, 1) };
      double target = sqlite3_column_double (stmt, 2);

      /* A pace flagged too fast earns no badge (PRODUCT.md). */
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        {
          gint64 weeks_days = sqlite3_column_int64 (stmt, 3) - goal.start_day;

          if (weeks_days > 0 && (goal.baseline_kg - target) / (weeks_days / 7.0) > MAX_SAFE_KG_PER_WEEK + 1e-9)
            continue;
        }
      g_array_append_val (ev->weight_goals, goal);
    }
  if (rc < 0)
    return FALSE;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (ev->weight_goals->len == 0)
    return TRUE;

  stmt = _hearth_store_prepare (self, SQL_WEIGHTS, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, from_day);
  _hearth_store_bind_int64 (self, stmt, 3, today);
  ev->weights = g_array_new (FALSE, FALSE, sizeof (HearthBadgeWeight));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthBadgeWeight w = { sqlite3_column_int64 (stmt, 0), sqlite3_column_double (stmt, 1) };

      g_array_append_val (ev->weights, w);
    }
  if (rc < 0)
    return FALSE;
  return TRUE;
}

static gint64
week_start (gint64 day)
{
  return day - (((day + 3) % 7) + 7) % 7;
}

static gboolean
gather_active_days (HearthStore          *self,
                    const char           *profile_uuid,
                    gint64                from_day,
                    gint64                today,
                    HearthBadgeEvidence  *ev,
                    GError              **error)
{
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GDateTime) today_dt = g_date_time_new_from_unix_utc (today * 86400);
  int age = -1;
  guint i = 0;

  profile = hearth_store_get_profile (self, profile_uuid, error);
  if (profile == NULL)
    return FALSE;
  if (today_dt != NULL)
    age = hearth_profile_get_age (profile, today_dt);
  workouts = hearth_store_list_workouts (self, profile_uuid, from_day, today, error);
  if (workouts == NULL)
    return FALSE;

  ev->active_days = g_array_new (FALSE, FALSE, sizeof (HearthBadgeActiveDay));
  ev->active_target = 0;
  while (i < workouts->len)
    {
      gint64 monday = week_start (hearth_workout_get_local_day (g_ptr_array_index (workouts, i)));
      guint first = i;
      HearthActiveWeek week;

      while (i < workouts->len &&
             week_start (hearth_workout_get_local_day (g_ptr_array_index (workouts, i))) == monday)
        i++;
      hearth_active_week_compute (&week, monday, age,
                                  (HearthWorkout **) workouts->pdata + first, i - first);
      ev->active_target = week.target_minutes;
      for (guint d = 0; d < 7; d++)
        {
          HearthBadgeActiveDay a = { monday + d, week.moderate_minutes[d] + 2 * week.vigorous_minutes[d] };

          if (a.minutes > 0)
            g_array_append_val (ev->active_days, a);
        }
    }
  if (ev->active_target == 0)
    {
      HearthActiveWeek week;

      hearth_active_week_compute (&week, week_start (today), age, NULL, 0);
      ev->active_target = week.target_minutes;
    }
  return TRUE;
}

/* Worst last: a day is as good as its worst dose (a dose missed decides
 * the day even while another is still pending). */
typedef enum
{
  MED_DAY_ON_TIME,
  MED_DAY_UNDECIDED,
  MED_DAY_NOT,
} MedDayState;

static gint
compare_med_days (gconstpointer a,
                  gconstpointer b)
{
  gint64 da = ((const HearthBadgeMedDay *) a)->day, db = ((const HearthBadgeMedDay *) b)->day;

  return da < db ? -1 : da > db;
}

/* TRUE when a dose of @medication due on @day is not taken on time and its
 * window is still open at @now (not missed yet: the day waits). */
static gboolean
day_has_pending (const HearthMedication *medication,
                 GTimeZone              *tz,
                 gint64                  day,
                 const GHashTable       *on_time,
                 GDateTime              *now)
{
  for (guint t = 0; t < medication->n_times; t++)
    {
      gint64 key = day * 24 * 60 + medication->times[t];
      g_autoptr(GDateTime) at = NULL;

      if (g_hash_table_contains ((GHashTable *) on_time, &key))
        continue;
      at = hearth_medication_dose_instant (tz, day, medication->times[t]);
      if (at != NULL && g_date_time_difference (now, at) <= HEARTH_DOSE_WINDOW)
        return TRUE;
    }
  return FALSE;
}

/* Days [@from_day, @today] with doses scheduled: each on time when every
 * scheduled dose was taken within HEARTH_DOSE_WINDOW of its time (skipped,
 * late and missed ones are not); a day with a dose still in its window
 * (the store clock's now) is left out until it is decided. */
static gboolean
gather_med_days (HearthStore          *self,
                 const char           *profile_uuid,
                 gint64                from_day,
                 gint64                today,
                 HearthBadgeEvidence  *ev,
                 GError              **error)
{
  g_autoptr(GPtrArray) medications = hearth_store_list_medications (self, profile_uuid, error);
  g_autoptr(GHashTable) states = NULL;   /* day (gint64 *) -> MedDayState */
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);
  GTimeZone *tz = hearth_clock_get_timezone (self->clock);
  gint64 now_day = _hearth_local_day (now);
  GHashTableIter iter;
  gpointer key, value;

  if (medications == NULL)
    return FALSE;
  states = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint m = 0; m < medications->len; m++)
    {
      HearthMedication *medication = g_ptr_array_index (medications, m);
      g_autoptr(GHashTable) on_time = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gint64 first = MAX (from_day, medication->start_day);
      gint64 last = MIN (today, medication->end_day);
      int rc;

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED || last < first)
        continue;

      /* The scheduled doses taken on time, by day × 1440 + minute. */
      stmt = _hearth_store_prepare (self, SQL_TAKEN_DOSES, error);
      if (stmt == NULL)
        return FALSE;
      _hearth_store_bind_text (self, stmt, 1, medication->uuid);
      _hearth_store_bind_int64 (self, stmt, 2, first);
      _hearth_store_bind_int64 (self, stmt, 3, last);
      while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
        {
          gint64 day = sqlite3_column_int64 (stmt, 0);
          gint64 minute = sqlite3_column_int64 (stmt, 1);
          g_autoptr(GDateTime) at = NULL;

          if (minute < 0 || minute >= 24 * 60)
            continue;
          at = hearth_medication_dose_instant (tz, day, (guint) minute);
          if (at != NULL &&
              ABS (sqlite3_column_int64 (stmt, 2) - hearth_usec_from_date_time (at)) <= HEARTH_DOSE_WINDOW)
            {
              gint64 k = day * 24 * 60 + minute;

              g_hash_table_add (on_time, g_memdup2 (&k, sizeof k));
            }
        }
      if (rc < 0)
        return FALSE;
      g_clear_pointer (&stmt, _hearth_store_release_statement);

      for (gint64 day = first; day <= last; day++)
        {
          MedDayState state = MED_DAY_ON_TIME;
          gpointer old;

          if (!hearth_medication_is_due_on (medication, day))
            continue;
          for (guint t = 0; t < medication->n_times && state == MED_DAY_ON_TIME; t++)
            {
              gint64 k = day * 24 * 60 + medication->times[t];

              if (!g_hash_table_contains (on_time, &k))
                state = MED_DAY_NOT;
            }
          /* Only the last days can still have a dose in its window. */
          if (state == MED_DAY_NOT && day >= now_day - 1 && day_has_pending (medication, tz, day, on_time, now))
            state = MED_DAY_UNDECIDED;
          /* A day is as good as its worst medication. */
          if (g_hash_table_lookup_extended (states, &day, NULL, &old))
            state = MAX (state, (MedDayState) GPOINTER_TO_INT (old));
          g_hash_table_insert (states, g_memdup2 (&day, sizeof day), GINT_TO_POINTER (state));
        }
    }

  ev->med_days = g_array_new (FALSE, FALSE, sizeof (HearthBadgeMedDay));
  g_hash_table_iter_init (&iter, states);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      HearthBadgeMedDay day = { *(gint64 *) key, GPOINTER_TO_INT (value) == MED_DAY_ON_TIME };

      if (GPOINTER_TO_INT (value) != MED_DAY_UNDECIDED)
        g_array_append_val (ev->med_days, day);
    }
  g_array_sort (ev->med_days, compare_med_days);
  return TRUE;
}

/* Reads what the rules in @rules (a bit per HearthBadgeRule) need, from
 * local day @from_day on (ALL_DAYS: the whole history) or, for rules of
 * consecutive days, from as far back as a run reaching the longest
 * @needs[rule] through @from_day may start (see hearth_store_update_badges()). */
static gboolean
gather_evidence (HearthStore               *self,
                 const char                *profile_uuid,
                 gint64                     profile_id,
                 gint64                     from_day,
                 gint64                     today,
                 const HearthBadgeOptions  *options,
                 guint                      rules,
                 const double              *needs,
                 HearthBadgeSources         sources,
                 HearthBadgeEvidence       *ev,
                 GError                   **error)
{
  gboolean all = from_day == ALL_DAYS;

  hearth_badge_evidence_clear (ev);

  if (rules & (1u << HEARTH_BADGE_RULE_FIRST_READING) &&
      !query_day (self, SQL_FIRST_READING, profile_id, &ev->first_reading_day, error))
    return FALSE;
  if (rules & (1u << HEARTH_BADGE_RULE_LOGGING_STREAK))
    {
      gint64 start;

      ev->skip_days = hearth_store_list_skip_days (self, profile_uuid, error);
      if (ev->skip_days == NULL)
        return FALSE;
      /* Skip days lengthen a run without counting. */
      start = all ? ALL_DAYS : from_day - (gint64) needs[HEARTH_BADGE_RULE_LOGGING_STREAK] - ev->skip_days->len;
      /* The whole history: the streaks' own reader, faster over years. */
      ev->logging_days = all ? hearth_store_list_logging_days (self, profile_uuid, error)
                             : _hearth_store_list_logging_days_between (self, profile_id, start, today, error);
      if (ev->logging_days == NULL)
        return FALSE;
    }
  if (rules & (1u << HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS))
    {
      gint64 start = all ? ALL_DAYS : from_day - (gint64) needs[HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS];

      ev->bp_days = gather_bp_days (self, profile_id, start, today, options, error);
      if (ev->bp_days == NULL)
        return FALSE;
    }
  /* A goal added or changed counts every weight since its start (goals are few). */
  if (rules & (1u << HEARTH_BADGE_RULE_WEIGHT_LOST) &&
      !gather_weights (self, profile_id, (sources & HEARTH_BADGE_SOURCE_GOAL) ? ALL_DAYS : from_day,
                       today, ev, error))
    return FALSE;
  if (rules & (1u << HEARTH_BADGE_RULE_ACTIVE_WEEK) &&
      !gather_active_days (self, profile_uuid, all ? ALL_DAYS : week_start (from_day), today, ev, error))
    return FALSE;
  if (rules & (1u << HEARTH_BADGE_RULE_GOAL_REACHED) &&
      !query_day (self, SQL_GOAL_REACHED, profile_id, &ev->goal_reached_day, error))
    return FALSE;
  /* Days with nothing scheduled pass without ending a run: a window of 8
   * times the length holds a run of a medication taken once a week. */
  if (rules & (1u << HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS) &&
      !gather_med_days (self, profile_uuid,
                        all ? ALL_DAYS : from_day - 8 * (gint64) needs[HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS],
                        today, ev, error))
    return FALSE;
  return TRUE;
}

/* Stored badges ------------------------------------------------------------ */

typedef struct
{
  gint64   earned_day;
  gboolean celebrated;
} Stored;

/* badge id -> Stored *, the member's live rows. */
static GHashTable *
read_stored (HearthStore  *self,
             gint64        profile_id,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_STORED, error);
  g_autoptr(GHashTable) stored = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      Stored *s = g_new (Stored, 1);

      s->earned_day = sqlite3_column_int64 (stmt, 1);
      s->celebrated = sqlite3_column_int (stmt, 2) != 0;
      g_hash_table_insert (stored, g_strdup (_hearth_store_column_text (stmt, 0)), s);
    }
  return rc < 0 ? NULL : g_steal_pointer (&stored);
}

static gboolean
insert_badge (HearthStore  *self,
              gint64        profile_id,
              const char   *badge,
              gint64        earned_day,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_INSERT, error);
  g_autofree char *uuid = g_uuid_string_random ();

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text (self, stmt, 3, badge);
  _hearth_store_bind_int64 (self, stmt, 4, earned_day);
  _hearth_store_bind_int64 (self, stmt, 5, _hearth_store_now_usec (self));
  return _hearth_store_run (self, stmt, error);
}

/* The core of both entry points, inside a write (or a read on a read-only
 * journal): evaluates the badges of @rules not stored yet, stores the
 * earned ones; fills @statuses (if not NULL) for every badge. */
static gboolean
update_locked (HearthStore               *self,
               const char                *profile_uuid,
               gint64                     from_day,
               gint64                     today,
               const HearthBadgeOptions  *options,
               HearthBadgeSources         sources,
               GPtrArray                 *newly_earned,
               GArray                    *statuses,
               GError                   **error)
{
  const GPtrArray *defs = hearth_badge_catalogue_get ();
  g_autoptr(GHashTable) stored = NULL;
  g_auto(HearthBadgeEvidence) ev = { 0 };
  double needs[HEARTH_BADGE_N_RULES] = { 0 };
  gint64 profile_id;
  guint rules = 0;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return FALSE;
  stored = read_stored (self, profile_id, error);
  if (stored == NULL)
    return FALSE;

  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);

      const Stored *s = g_hash_table_lookup (stored, def->id);

      /* Statuses show every locked badge's progress. */
      if ((s == NULL || (s->earned_day > today && statuses != NULL)) &&
          (statuses != NULL || (rule_sources (def->rule) & sources) != 0))
        {
          rules |= 1u << def->rule;
          needs[def->rule] = MAX (needs[def->rule], def->amount);
        }
    }
  if (rules != 0 &&
      !gather_evidence (self, profile_uuid, profile_id, from_day, today, options, rules, needs, sources,
                        &ev, error))
    return FALSE;

  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);
      const Stored *s = g_hash_table_lookup (stored, def->id);
      HearthBadgeStatus status = { def, HEARTH_BADGE_NO_DAY, 0, 0, 0, FALSE };

      /* Asked about a day before it was earned: judged as it stood then. */
      if (s != NULL && s->earned_day > today)
        {
          hearth_badge_evaluate (def, &ev, today, &status);
          status.earned_day = HEARTH_BADGE_NO_DAY;
          status.progress = MIN (status.progress, 0.999);
        }
      else if (s != NULL)
        {
          status.earned_day = s->earned_day;
          status.celebrated = s->celebrated;
          status.progress = 1.0;
          status.need = status.have = def->amount > 0 ? def->amount : 1;
        }
      else if (rules & (1u << def->rule))
        {
          hearth_badge_evaluate (def, &ev, today, &status);
          if (status.earned_day != HEARTH_BADGE_NO_DAY && !hearth_store_is_read_only (self))
            {
              if (!insert_badge (self, profile_id, def->id, status.earned_day, error))
                return FALSE;
              if (newly_earned != NULL)
                g_ptr_array_add (newly_earned, (gpointer) def);
            }
        }
      if (statuses != NULL)
        g_array_append_val (statuses, status);
    }
  return TRUE;
}

static gboolean
run_update (HearthStore               *self,
            const char                *profile_uuid,
            gint64                     from_day,
            gint64                     today,
            const HearthBadgeOptions  *options,
            HearthBadgeSources         sources,
            GPtrArray                 *newly_earned,
            GArray                    *statuses,
            GError                   **error)
{
  HearthBadgeOptions defaults;

  if (options == NULL)
    {
      hearth_badge_options_init_default (&defaults);
      options = &defaults;
    }

  if (hearth_store_is_read_only (self))
    {
      g_autoptr(HearthStoreRead) read = _hearth_store_read (self, error);

      return read != NULL &&
             update_locked (self, profile_uuid, from_day, today, options, sources, newly_earned, statuses, error);
    }

  /* goal-reached reads the goals' reached days: keep them first, from the
   * same data (hearth-store-goals.h). */
  if ((rule_sources (HEARTH_BADGE_RULE_GOAL_REACHED) & sources) != 0 &&
      !hearth_store_record_goals_reached (self, profile_uuid, today, NULL, error))
    return FALSE;
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  if (!update_locked (self, profile_uuid, from_day, today, options, sources, newly_earned, statuses, error))
    {
      _hearth_store_rollback (self);
      return FALSE;
    }
  return _hearth_store_commit (self, error);
}

gboolean
hearth_store_update_badges (HearthStore               *self,
                            const char                *profile_uuid,
                            gint64                     today,
                            const HearthBadgeOptions  *options,
                            HearthBadgeSources         sources,
                            gint64                     from_day,
                            GPtrArray                **newly_earned,
                            GError                   **error)
{
  g_autoptr(GPtrArray) earned = g_ptr_array_new ();

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!run_update (self, profile_uuid, from_day == HEARTH_BADGE_NO_DAY ? ALL_DAYS : MIN (from_day, today),
                   today, options, sources, earned, NULL, error))
    return FALSE;
  if (newly_earned != NULL)
    *newly_earned = g_steal_pointer (&earned);
  return TRUE;
}

GArray *
hearth_store_get_badges (HearthStore               *self,
                         const char                *profile_uuid,
                         gint64                     today,
                         const HearthBadgeOptions  *options,
                         GError                   **error)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (HearthBadgeStatus));

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!run_update (self, profile_uuid, today, today, options, HEARTH_BADGE_SOURCE_ALL, NULL, statuses, error))
    return NULL;
  return g_steal_pointer (&statuses);
}

GArray *
hearth_store_evaluate_badges (HearthStore               *self,
                              const char                *profile_uuid,
                              gint64                     today,
                              const HearthBadgeOptions  *options,
                              GError                   **error)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (HearthBadgeStatus));

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!run_update (self, profile_uuid, ALL_DAYS, today, options, HEARTH_BADGE_SOURCE_ALL, NULL, statuses, error))
    return NULL;
  return g_steal_pointer (&statuses);
}

/* Celebrations ------------------------------------------------------------- */

static gboolean
severe_alert_locked (HearthStore  *self,
                     gint64        profile_id,
                     gint64        today,
                     gboolean     *alert,
                     GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_SEVERE, error);
  int rc;

  *alert = FALSE;
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, today);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthReadingKind kind;

      if (hearth_reading_kind_from_string (_hearth_store_column_text (stmt, 0), &kind))
        *alert |= hearth_classify_is_severe (kind, _hearth_store_column_double (stmt, 1),
                                             _hearth_store_column_double (stmt, 2));
    }
  return rc >= 0;
}

gboolean
hearth_store_has_severe_alert (HearthStore  *self,
                               const char   *profile_uuid,
                               gint64        today,
                               gboolean     *alert,
                               GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (alert != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *alert = FALSE;
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  return profile_id != 0 && severe_alert_locked (self, profile_id, today, alert, error);
}

typedef struct
{
  const HearthBadgeDef *def;
  guint                 order;
  gint64                earned_day;
} ToCelebrate;

static gint
compare_to_celebrate (gconstpointer a,
                      gconstpointer b)
{
  const ToCelebrate *ca = a, *cb = b;

  if (ca->earned_day != cb->earned_day)
    return ca->earned_day < cb->earned_day ? -1 : 1;
  return (gint) ca->order - (gint) cb->order;
}

GPtrArray *
hearth_store_list_badges_to_celebrate (HearthStore  *self,
                                       const char   *profile_uuid,
                                       gint64        today,
                                       GError      **error)
{
  const GPtrArray *defs = hearth_badge_catalogue_get ();
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (ToCelebrate));
  GPtrArray *out;
  gboolean alert;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0 || !severe_alert_locked (self, profile_id, today, &alert, error))
    return NULL;
  out = g_ptr_array_new ();
  if (alert)
    return out;
  stored = read_stored (self, profile_id, error);
  if (stored == NULL)
    {
      g_ptr_array_unref (out);
      return NULL;
    }
  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);
      const Stored *s = g_hash_table_lookup (stored, def->id);

      if (s != NULL && !s->celebrated)
        {
          ToCelebrate c = { def, i, s->earned_day };

          g_array_append_val (list, c);
        }
    }
  g_array_sort (list, compare_to_celebrate);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (out, (gpointer) g_array_index (list, ToCelebrate, i).def);
  return out;
}

gboolean
hearth_store_mark_badges_celebrated (HearthStore        *self,
                                     const char         *profile_uuid,
                                     const char * const *badge_ids,
                                     GError            **error)
{
  gint64 profile_id, now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (badge_ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;
  now = _hearth_store_now_usec (self);
  for (guint i = 0; badge_ids[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_IS_STORED, error);
      int rc;

      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, profile_id);
      _hearth_store_bind_text (self, stmt, 2, badge_ids[i]);
      rc = _hearth_store_step (self, stmt, error);
      if (rc < 0)
        goto failed;
      if (rc != SQLITE_ROW || sqlite3_column_int64 (stmt, 0) == 0)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                       _("The badge “%s” has not been earned."), badge_ids[i]);
          goto failed;
        }
      g_clear_pointer (&stmt, _hearth_store_release_statement);

      stmt = _hearth_store_prepare (self, SQL_CELEBRATE, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, profile_id);
      _hearth_store_bind_text (self, stmt, 2, badge_ids[i]);
      _hearth_store_bind_int64 (self, stmt, 3, now);
      if (!_hearth_store_run (self, stmt, error))
        goto failed;
    }
  return _hearth_store_commit (self, error);

failed:
  _hearth_store_rollback (self);
  return FALSE;
}
