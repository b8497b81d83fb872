/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-adherence.h"
#include "hearth-exercise.h"
#include "hearth-habits.h"
#include "hearth-reading.h"
#include "hearth-store-diet.h"
#include "hearth-store-exercise.h"
#include "hearth-store-goals.h"
#include "hearth-store-medications.h"
#include "hearth-store-private.h"
#include "hearth-store-streaks.h"

/* The goal engine's reads (hearth-store-goals.h): each gathers what
 * hearth-habits.h computes with, in one read transaction, a few indexed
 * queries per goal (the (profile_id, kind, local_day) index of readings,
 * the meals' and workouts' day indexes). */

/* floor (A / B) for integers, B > 0 (SQLite's / truncates toward zero). */
#define FLOOR_DIV(a, b) "(((" a ") - ((((" a ") % " b ") + " b ") % " b ")) / " b ")"
#define LOCAL_SECONDS FLOOR_DIV ("taken_at", "1000000") " + utc_offset"

static const char SQL_KIND_DAYS[] =
  "SELECT local_day, value_a, value_b, "
  "((" LOCAL_SECONDS ") % 86400 + 86400) % 86400 "
  "FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL "
  "AND local_day BETWEEN ?3 AND ?4 ORDER BY local_day, taken_at, id";
static const char SQL_MAIN_GOAL[] =
  "SELECT main_goal FROM profiles WHERE id = ?1";
static const char SQL_LATEST_DAY[] =
  "SELECT max(local_day) FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND local_day <= ?3";
static const char SQL_AVERAGE[] =
  "SELECT avg(value_a), avg(value_b), count(*) FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND local_day BETWEEN ?3 AND ?4";
static const char SQL_HAS_WORKOUT[] =
  "SELECT count(*) FROM workouts WHERE profile_id = ?1 AND deleted_at IS NULL AND local_day <= ?2";

/* Internal, hearth-habits.c. */
GPtrArray *_hearth_habit_streaks_new (void);

static const char *
kind_of (HearthReadingKind kind)
{
  return hearth_reading_kind_to_string (kind);
}

/* Calls @row for each reading of @kind on days [@from, @to]: (day, value_a,
 * value_b, local second of the day). */
typedef void (*RowFunc) (gpointer data, gint64 day, double a, double b, int second);

static gboolean
for_each_reading (HearthStore        *self,
                  gint64              profile_id,
                  HearthReadingKind   kind,
                  gint64              from,
                  gint64              to,
                  RowFunc             row,
                  gpointer            data,
                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_KIND_DAYS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, kind_of (kind));
  _hearth_store_bind_int64 (self, stmt, 3, from);
  _hearth_store_bind_int64 (self, stmt, 4, to);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    row (data, sqlite3_column_int64 (stmt, 0), _hearth_store_column_double (stmt, 1),
         _hearth_store_column_double (stmt, 2), sqlite3_column_int (stmt, 3));
  return rc >= 0;
}

typedef struct
{
  const HearthGoal *goal;
  HearthGoalDays   *days;
  guint8           *slots;   /* bp-readings */
} DaysData;

static gboolean
in_days (DaysData *d,
         gint64    day,
         gint64   *index)
{
  *index = day - d->days->first_day;
  return *index >= 0 && *index < d->days->n_periods;
}

static void
steps_row (gpointer data, gint64 day, double a, double b, int second)
{
  DaysData *d = data;
  gint64 i;

  if (!in_days (d, day, &i) || isnan (a))
    return;
  d->days->amount[i] = a;
  d->days->completion[i] = MIN (1, a / d->goal->target);
}

static void
slots_row (gpointer data, gint64 day, double a, double b, int second)
{
  DaysData *d = data;
  int minute = second / 60;
  gint64 i;

  if (!in_days (d, day, &i))
    return;
  if (minute >= HEARTH_GOAL_MORNING_START && minute < HEARTH_GOAL_MORNING_END)
    d->slots[i] |= 1;
  else if (minute >= HEARTH_GOAL_EVENING_START && minute < HEARTH_GOAL_EVENING_END)
    d->slots[i] |= 2;
}

static void
range_row (gpointer data, gint64 day, double a, double b, int second)
{
  DaysData *d = data;
  const char *metric = d->goal->metric;
  double value;
  gboolean in_range;
  gint64 i;

  if (!in_days (d, day, &i))
    return;
  if (g_str_equal (metric, HEARTH_GOAL_METRIC_DIASTOLIC))
    value = b;
  else
    value = a;
  if (isnan (value))
    return;
  if (g_str_equal (metric, HEARTH_GOAL_METRIC_GLUCOSE))
    in_range = value >= HEARTH_GOAL_GLUCOSE_LOW_MMOLL && value <= d->goal->target;
  else
    in_range = value < d->goal->target;
  /* Every reading of the day in range: one out of it makes the day 0. */
  if (isnan (d->days->completion[i]))
    d->days->completion[i] = 1;
  if (!in_range)
    d->days->completion[i] = 0;
  d->days->amount[i] = isnan (d->days->amount[i]) ? value : MAX (d->days->amount[i], value);
}

static gboolean
fill_sodium (HearthStore     *self,
             const char      *profile_uuid,
             DaysData        *d,
             gint64           today,
             GError         **error)
{
  g_autoptr(GArray) nutrition = hearth_store_get_daily_nutrition (self, profile_uuid, d->days->first_day,
                                                                  today, error);

  if (nutrition == NULL)
    return FALSE;
  for (guint k = 0; k < nutrition->len; k++)
    {
      const HearthDayNutrition *n = &g_array_index (nutrition, HearthDayNutrition, k);
      gint64 i;

      if (n->meals == 0 || !in_days (d, n->local_day, &i))
        continue;
      /* No food of the day stated its sodium: nothing to judge by. */
      if (isnan (n->totals.sodium_mg))
        {
          d->days->completion[i] = NAN;
          continue;
        }
      d->days->amount[i] = n->totals.sodium_mg;
      d->days->completion[i] = n->totals.sodium_mg <= d->goal->target ? 1 : 0;
    }
  return TRUE;
}

static gboolean
fill_doses (HearthStore     *self,
            const char      *profile_uuid,
            DaysData        *d,
            gint64           today,
            GError         **error)
{
  g_autoptr(GPtrArray) medications = hearth_store_list_medications (self, profile_uuid, error);
  guint n = d->days->n_periods;
  g_autofree guint *due = g_new0 (guint, MAX (n, 1));
  g_autofree guint *on_time = g_new0 (guint, MAX (n, 1));

  if (medications == NULL)
    return FALSE;
  for (guint m = 0; m < medications->len; m++)
    {
      const HearthMedication *medication = medications->pdata[m];
      g_autoptr(GPtrArray) doses = NULL;

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
        continue;
      doses = hearth_store_list_doses (self, medication->uuid, d->days->first_day, today, error);
      if (doses == NULL)
        return FALSE;
      for (guint k = 0; k < doses->len; k++)
        {
          const HearthDose *dose = doses->pdata[k];
          gint64 i;

          if (dose->scheduled_day < 0 || !in_days (d, dose->scheduled_day, &i))
            continue;
          due[i]++;
          if (dose->status == HEARTH_DOSE_TAKEN && dose->taken_at != NULL && dose->scheduled_at != NULL &&
              ABS (g_date_time_difference (dose->taken_at, dose->scheduled_at)) <= HEARTH_DOSE_WINDOW)
            on_time[i]++;
        }
    }
  for (guint i = 0; i < n; i++)
    if (due[i] > 0)
      {
        double share = (double) on_time[i] / due[i];

        d->days->amount[i] = share;
        d->days->completion[i] = MIN (1, share / d->goal->target);
      }
  return TRUE;
}

static gboolean
fill_active_minutes (HearthStore     *self,
                     const char      *profile_uuid,
                     DaysData        *d,
                     GArray          *skips,
                     GError         **error)
{
  HearthGoalDays *days = d->days;
  gint64 last = days->first_day + 7 * (gint64) days->n_periods - 1;
  g_autoptr(GPtrArray) workouts = hearth_store_list_workouts (self, profile_uuid, days->first_day, last, error);
  g_autoptr(GHashTable) skipped = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint k = 0;

  if (workouts == NULL)
    return FALSE;
  for (guint s = 0; s < skips->len; s++)
    g_hash_table_add (skipped, &g_array_index (skips, gint64, s));

  for (guint w = 0; w < days->n_periods; w++)
    {
      gint64 first = days->first_day + 7 * (gint64) w;
      HearthActiveWeek week;
      guint begin = k;
      guint open = 0;

      for (gint64 day = first; day < first + 7; day++)
        if (day >= d->goal->start_day && !g_hash_table_contains (skipped, &day))
          open++;
      /* Workouts before the goal's start are no part of it. */
      while (k < workouts->len && hearth_workout_get_local_day (workouts->pdata[k]) < d->goal->start_day)
        k++;
      begin = k;
      while (k < workouts->len && hearth_workout_get_local_day (workouts->pdata[k]) < first + 7)
        k++;
      hearth_active_week_compute (&week, first, -1, (HearthWorkout **) workouts->pdata + begin, k - begin);
      days->amount[w] = week.equivalent_minutes;
      if (open == 0)
        {
          days->skipped[w] = TRUE;
          continue;
        }
      days->completion[w] = MIN (1, week.equivalent_minutes / (d->goal->target * open / 7.0));
    }
  return TRUE;
}

/* Inside a read transaction. */
static HearthGoalDays *
get_goal_days (HearthStore       *self,
               gint64             profile_id,
               const HearthGoal  *goal,
               GArray            *skips,
               gint64             today,
               GError           **error)
{
  g_autoptr(HearthGoalDays) days = NULL;
  gboolean weekly = goal->kind == HEARTH_GOAL_KIND_HABIT && goal->cadence == HEARTH_GOAL_CADENCE_WEEKLY;
  gint64 first = weekly ? hearth_habit_week_start (goal->start_day) : goal->start_day;
  guint n = 0;
  DaysData d;

  g_return_val_if_fail (goal->kind != HEARTH_GOAL_KIND_TARGET, NULL);

  if (today >= goal->start_day)
    n = weekly ? (guint) ((hearth_habit_week_start (today) - first) / 7 + 1) : (guint) (today - first + 1);
  days = hearth_goal_days_new (weekly ? HEARTH_GOAL_CADENCE_WEEKLY : HEARTH_GOAL_CADENCE_DAILY, first, n);
  if (n == 0)
    return g_steal_pointer (&days);
  d.goal = goal;
  d.days = days;
  d.slots = NULL;

  if (!weekly)
    for (guint s = 0; s < skips->len; s++)
      {
        gint64 i = g_array_index (skips, gint64, s) - first;

        if (i >= 0 && i < n)
          days->skipped[i] = TRUE;
      }

  if (goal->kind == HEARTH_GOAL_KIND_RANGE)
    {
      for (guint i = 0; i < n; i++)
        days->completion[i] = NAN;
      if (!for_each_reading (self, profile_id,
                             g_str_equal (goal->metric, HEARTH_GOAL_METRIC_GLUCOSE)
                               ? HEARTH_READING_KIND_GLUCOSE : HEARTH_READING_KIND_BLOOD_PRESSURE,
                             first, today, range_row, &d, error))
        return NULL;
    }
  else if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_STEPS))
    {
      if (!for_each_reading (self, profile_id, HEARTH_READING_KIND_STEPS, first, today, steps_row, &d, error))
        return NULL;
    }
  else if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_BP_READINGS))
    {
      g_autofree guint8 *slots = g_new0 (guint8, n);

      d.slots = slots;
      if (!for_each_reading (self, profile_id, HEARTH_READING_KIND_BLOOD_PRESSURE, first, today,
                             slots_row, &d, error))
        return NULL;
      for (guint i = 0; i < n; i++)
        {
          guint filled = (slots[i] & 1) + ((slots[i] >> 1) & 1);

          days->amount[i] = filled;
          days->completion[i] = MIN (1, filled / goal->target);
        }
    }
  else
    {
      g_autoptr(HearthGoal) copy = NULL;

      if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_SODIUM))
        {
          if (!fill_sodium (self, goal->profile_uuid, &d, today, error))
            return NULL;
        }
      else if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
        {
          for (guint i = 0; i < n; i++)
            days->completion[i] = NAN;
          if (!fill_doses (self, goal->profile_uuid, &d, today, error))
            return NULL;
        }
      else if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_ACTIVE_MINUTES))
        {
          if (!fill_active_minutes (self, goal->profile_uuid, &d, skips, error))
            return NULL;
        }
    }
  return g_steal_pointer (&days);
}

static GArray *
list_skips (HearthStore  *self,
            const char   *profile_uuid,
            GError      **error)
{
  return hearth_store_list_skip_days (self, profile_uuid, error);
}

HearthGoalDays *
hearth_store_get_goal_days (HearthStore       *self,
                            const HearthGoal  *goal,
                            gint64             today,
                            GError           **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GArray) skips = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (goal != NULL && goal->profile_uuid != NULL, NULL);
  g_return_val_if_fail (goal->kind != HEARTH_GOAL_KIND_TARGET, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, goal->profile_uuid, error);
  if (profile_id == 0)
    return NULL;
  skips = list_skips (self, goal->profile_uuid, error);
  if (skips == NULL)
    return NULL;
  return get_goal_days (self, profile_id, goal, skips, today, error);
}

static void
point_row (gpointer data, gint64 day, double a, double b, int second)
{
  GPtrArray *args = data;
  GArray *points = args->pdata[0];
  gboolean diastolic = GPOINTER_TO_INT (args->pdata[1]);
  HearthGoalPoint p = { day, diastolic ? b : a };

  if (!isnan (p.value))
    g_array_append_val (points, p);
}

GArray *
hearth_store_get_goal_readings (HearthStore       *self,
                                const HearthGoal  *goal,
                                gint64             today,
                                GError           **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  HearthReadingKind kind;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (goal != NULL && goal->profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  points = g_array_new (FALSE, FALSE, sizeof (HearthGoalPoint));
  if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_WEIGHT) == 0)
    kind = HEARTH_READING_KIND_WEIGHT;
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_SYSTOLIC) == 0 ||
           g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_DIASTOLIC) == 0)
    kind = HEARTH_READING_KIND_BLOOD_PRESSURE;
  else if (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_GLUCOSE) == 0)
    kind = HEARTH_READING_KIND_GLUCOSE;
  else
    return g_steal_pointer (&points);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, goal->profile_uuid, error);
  if (profile_id == 0)
    return NULL;
  g_ptr_array_add (args, points);
  g_ptr_array_add (args, GINT_TO_POINTER (g_strcmp0 (goal->metric, HEARTH_GOAL_METRIC_DIASTOLIC) == 0));
  if (!for_each_reading (self, profile_id, kind, G_MININT32, today, point_row, args, error))
    return NULL;
  return g_steal_pointer (&points);
}

gboolean
hearth_store_get_goal_progress (HearthStore         *self,
                                const HearthGoal    *goal,
                                gint64               today,
                                HearthGoalProgress  *progress,
                                GError             **error)
{
  g_autoptr(GArray) points = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal != NULL && goal->kind == HEARTH_GOAL_KIND_TARGET, FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  points = hearth_store_get_goal_readings (self, goal, today, error);
  if (points == NULL)
    return FALSE;
  hearth_goal_progress_compute (goal, (const HearthGoalPoint *) (gpointer) points->data, points->len,
                                today, progress);
  return TRUE;
}

HearthGoal *
hearth_store_suggest_smaller_step (HearthStore       *self,
                                   const HearthGoal  *goal,
                                   gint64             today,
                                   char             **text,
                                   GError           **error)
{
  g_autoptr(HearthStoreRead) read = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (goal != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *text = NULL;
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  if (goal->kind == HEARTH_GOAL_KIND_TARGET)
    {
      g_autoptr(GArray) points = hearth_store_get_goal_readings (self, goal, today, error);

      if (points == NULL)
        return NULL;
      return hearth_goal_suggest_smaller_step (goal, NULL, (const HearthGoalPoint *) (gpointer) points->data,
                                               points->len, today, text);
    }
  else
    {
      g_autoptr(HearthGoalDays) days = hearth_store_get_goal_days (self, goal, today, error);

      if (days == NULL)
        return NULL;
      return hearth_goal_suggest_smaller_step (goal, days, NULL, 0, today, text);
    }
}

HearthStreaks *
hearth_store_get_streaks (HearthStore  *self,
                          const char   *profile_uuid,
                          gint64        today,
                          GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(GArray) logged = NULL;
  g_autoptr(GArray) skips = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;
  logged = hearth_store_list_logging_days (self, profile_uuid, error);
  if (logged == NULL)
    return NULL;
  skips = list_skips (self, profile_uuid, error);
  if (skips == NULL)
    return NULL;
  goals = hearth_store_list_goals (self, profile_uuid, error);
  if (goals == NULL)
    return NULL;

  streaks = g_new0 (HearthStreaks, 1);
  streaks->habits = _hearth_habit_streaks_new ();
  hearth_habit_evaluate_logging ((const gint64 *) (gpointer) logged->data, logged->len,
                                 (const gint64 *) (gpointer) skips->data, skips->len,
                                 today, &streaks->logging);
  for (guint i = 0; i < goals->len; i++)
    {
      const HearthGoal *goal = goals->pdata[i];
      g_autoptr(HearthGoalDays) days = NULL;
      HearthHabitStreak *streak;

      if (goal->kind == HEARTH_GOAL_KIND_TARGET)
        continue;
      days = get_goal_days (self, profile_id, goal, skips, today, error);
      if (days == NULL)
        return NULL;
      streak = g_new0 (HearthHabitStreak, 1);
      hearth_habit_evaluate (days, streak);
      streak->goal_uuid = g_strdup (goal->uuid);
      g_ptr_array_add (streaks->habits, streak);
    }
  return g_steal_pointer (&streaks);
}

static gboolean
averages_of (HearthStore        *self,
             gint64              profile_id,
             HearthReadingKind   kind,
             gint64              from,
             gint64              to,
             double             *a,
             double             *b,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_AVERAGE, error);
  int rc;

  *a = NAN;
  if (b != NULL)
    *b = NAN;
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, kind_of (kind));
  _hearth_store_bind_int64 (self, stmt, 3, from);
  _hearth_store_bind_int64 (self, stmt, 4, to);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      *a = _hearth_store_column_double (stmt, 0);
      if (b != NULL)
        *b = _hearth_store_column_double (stmt, 1);
    }
  return TRUE;
}

/* The means of @kind's value_a and value_b over the 7 days ending with the
 * latest day with one on or before @today (NAN without one): how target
 * goals read blood pressure. */
static gboolean
get_week_average (HearthStore        *self,
                  gint64              profile_id,
                  HearthReadingKind   kind,
                  gint64              today,
                  double             *a,
                  double             *b,
                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LATEST_DAY, error);
  gint64 last;
  int rc;

  *a = *b = NAN;
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, kind_of (kind));
  _hearth_store_bind_int64 (self, stmt, 3, today);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return TRUE;
  last = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  return averages_of (self, profile_id, kind, last - 6, last, a, b, error);
}

gboolean
hearth_store_get_goal_facts (HearthStore       *self,
                             const char        *profile_uuid,
                             gint64             today,
                             HearthBpGuideline  bp_guideline,
                             HearthBmiCutoffs   bmi_cutoffs,
                             HearthGoalFacts   *facts,
                             GError           **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) medications = NULL;
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GArray) weights = NULL;
  gint64 profile_id;
  gint64 workouts = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (facts, 0, sizeof *facts);
  facts->weight_kg = facts->systolic_avg = facts->diastolic_avg = NAN;
  facts->steps_avg = facts->active_week_avg = NAN;
  facts->bp_guideline = bp_guideline;
  facts->bmi_cutoffs = bmi_cutoffs;
  facts->profile_uuid = g_strdup (profile_uuid);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile = hearth_store_get_profile (self, profile_uuid, error);
  if (profile == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return FALSE;

  /* schema 9's main goal, read here until HearthProfile has it. */
  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_MAIN_GOAL, error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    _hearth_store_bind_int64 (self, stmt, 1, profile_id);
    rc = _hearth_store_step (self, stmt, error);
    if (rc < 0)
      return FALSE;
    if (rc == SQLITE_ROW)
      facts->main_goal = g_strdup (_hearth_store_column_text (stmt, 0));
  }

  noon = g_date_time_new_from_unix_utc (today * 86400 + 12 * 3600);
  facts->age = noon != NULL ? hearth_profile_get_age (profile, noon) : -1;
  facts->height_cm = hearth_profile_get_height_cm (profile);
  facts->hypertension = hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION);
  facts->diabetes = hearth_profile_has_condition (profile, HEARTH_CONDITION_DIABETES);

  {
    g_autoptr(HearthGoal) weight = hearth_goal_new (profile_uuid, HEARTH_GOAL_KIND_TARGET,
                                                    HEARTH_GOAL_METRIC_WEIGHT, today);

    weights = hearth_store_get_goal_readings (self, weight, today, error);
    if (weights == NULL)
      return FALSE;
    if (weights->len > 0)
      facts->weight_kg = g_array_index (weights, HearthGoalPoint, weights->len - 1).value;
  }
  if (!get_week_average (self, profile_id, HEARTH_READING_KIND_BLOOD_PRESSURE, today,
                         &facts->systolic_avg, &facts->diastolic_avg, error))
    return FALSE;
  if (!averages_of (self, profile_id, HEARTH_READING_KIND_STEPS, today - 14, today - 1, &facts->steps_avg, NULL, error))
    return FALSE;

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_HAS_WORKOUT, error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    _hearth_store_bind_int64 (self, stmt, 1, profile_id);
    _hearth_store_bind_int64 (self, stmt, 2, today);
    rc = _hearth_store_step (self, stmt, error);
    if (rc < 0)
      return FALSE;
    if (rc == SQLITE_ROW)
      workouts = sqlite3_column_int64 (stmt, 0);
  }
  if (workouts > 0)
    {
      gint64 monday = hearth_habit_week_start (today);
      double sum = 0;

      for (int w = 1; w <= 4; w++)
        {
          HearthActiveWeek week;

          if (!hearth_store_get_active_week (self, profile_uuid, monday - 7 * w, &week, error))
            return FALSE;
          sum += week.equivalent_minutes;
        }
      facts->active_week_avg = sum / 4;
    }

  medications = hearth_store_list_medications (self, profile_uuid, error);
  if (medications == NULL)
    return FALSE;
  for (guint i = 0; i < medications->len; i++)
    {
      const HearthMedication *m = medications->pdata[i];

      if (m->schedule != HEARTH_MEDICATION_SCHEDULE_AS_NEEDED && m->start_day <= today &&
          (m->end_day == HEARTH_MEDICATION_NO_END || m->end_day >= today))
        facts->scheduled_medications = TRUE;
    }
  return TRUE;
}
