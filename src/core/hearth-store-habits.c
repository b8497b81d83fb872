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
  gint64            from;    /* the days being filled, inclusive */
  gint64            to;
  guint8           *slots;   /* bp-readings: per day from @from */
} DaysData;

static gboolean
in_days (DaysData *d,
         gint64    day,
         gint64   *index)
{
  *index = day - d->days->first_day;
  return day >= d->from && day <= d->to && *index >= 0 && *index < d->days->n_periods;
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
    d->slots[day - d->from] |= 1;
  else if (minute >= HEARTH_GOAL_EVENING_START && minute < HEARTH_GOAL_EVENING_END)
    d->slots[day - d->from] |= 2;
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

/* A day's sodium from its meals: only what this goal needs (the daily
 * nutrition query sums every nutrient and counts meals, four times the
 * work over years). A meal always has items. */
static const char SQL_DAILY_SODIUM[] =
  "SELECT m.local_day, sum(i.sodium_mg), count(i.sodium_mg) "
  "FROM meals m JOIN meal_items i ON i.meal_id = m.id AND i.deleted_at IS NULL "
  "WHERE m.profile_id = ?1 AND m.local_day BETWEEN ?2 AND ?3 AND m.deleted_at IS NULL "
  "GROUP BY m.local_day";

static gboolean
fill_sodium (HearthStore     *self,
             gint64           profile_id,
             DaysData        *d,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_DAILY_SODIUM, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_int64 (self, stmt, 2, d->from);
  _hearth_store_bind_int64 (self, stmt, 3, d->to);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      double sodium = _hearth_store_column_double (stmt, 1);
      gint64 i;

      if (!in_days (d, sqlite3_column_int64 (stmt, 0), &i))
        continue;
      /* No food of the day stated its sodium: nothing to judge by. */
      if (sqlite3_column_int64 (stmt, 2) == 0 || isnan (sodium))
        {
          d->days->completion[i] = NAN;
          continue;
        }
      d->days->amount[i] = sodium;
      d->days->completion[i] = sodium <= d->goal->target ? 1 : 0;
    }
  return rc >= 0;
}

/* The member's doses taken that answer a scheduled dose, by the day and
 * minute they answer (hearth_store_list_doses() would build every
 * scheduled dose of ten years as a GDateTime: this reads what was taken
 * and counts what was due from the schedule). */
static const char SQL_TAKEN_DOSES[] =
  "SELECT d.scheduled_day, d.scheduled_minute, d.taken_at FROM doses d "
  "WHERE d.medication_id = (SELECT id FROM medications WHERE uuid = ?1) AND d.deleted_at IS NULL "
  "AND d.status = 'taken' AND d.taken_at IS NOT NULL AND d.scheduled_day BETWEEN ?2 AND ?3 "
  "AND d.scheduled_minute IS NOT NULL";

static gboolean
fill_doses (HearthStore     *self,
            const char      *profile_uuid,
            DaysData        *d,
            GError         **error)
{
  g_autoptr(GPtrArray) medications = hearth_store_list_medications (self, profile_uuid, error);
  GTimeZone *tz = hearth_clock_get_timezone (self->clock);
  guint n = (guint) (d->to - d->from + 1);
  g_autofree guint *due = g_new0 (guint, n);
  g_autofree guint *on_time = g_new0 (guint, n);

  if (medications == NULL)
    return FALSE;
  for (guint m = 0; m < medications->len; m++)
    {
      const HearthMedication *medication = medications->pdata[m];
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
        continue;
      /* Due: every scheduled time of every day it is due (today's later
       * ones too: the day is not done until they are taken). */
      for (guint k = 0; k < n; k++)
        if (hearth_medication_is_due_on (medication, d->from + k))
          due[k] += medication->n_times;

      stmt = _hearth_store_prepare (self, SQL_TAKEN_DOSES, error);
      if (stmt == NULL)
        return FALSE;
      _hearth_store_bind_text (self, stmt, 1, medication->uuid);
      _hearth_store_bind_int64 (self, stmt, 2, d->from);
      _hearth_store_bind_int64 (self, stmt, 3, d->to);
      while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
        {
          gint64 day = sqlite3_column_int64 (stmt, 0);
          gint64 minute = sqlite3_column_int64 (stmt, 1);
          g_autoptr(GDateTime) at = NULL;

          if (day < d->from || day > d->to || minute < 0 || minute >= 24 * 60)
            continue;
          at = hearth_medication_dose_instant (tz, day, (guint) minute);
          /* On time: within HEARTH_DOSE_WINDOW of its time (hearth-adherence.h). */
          if (at != NULL &&
              ABS (sqlite3_column_int64 (stmt, 2) - g_date_time_to_unix (at) * G_USEC_PER_SEC) <= HEARTH_DOSE_WINDOW)
            on_time[day - d->from]++;
        }
      if (rc < 0)
        return FALSE;
    }
  for (guint k = 0; k < n; k++)
    {
      gint64 i;

      if (due[k] == 0 || !in_days (d, d->from + k, &i))
        continue;
      d->days->amount[i] = (double) MIN (on_time[k], due[k]) / due[k];
      d->days->completion[i] = MIN (1, d->days->amount[i] / d->goal->target);
    }
  return TRUE;
}

/* Weeks [@w_from, @w_to] of a weekly habit. */
static gboolean
fill_active_minutes (HearthStore      *self,
                     const HearthGoal *goal,
                     HearthGoalDays   *days,
                     GArray           *skips,
                     guint             w_from,
                     guint             w_to,
                     GError          **error)
{
  gint64 first_day = days->first_day + 7 * (gint64) w_from;
  gint64 last_day = days->first_day + 7 * (gint64) w_to + 6;
  g_autoptr(GPtrArray) workouts = hearth_store_list_workouts (self, goal->profile_uuid, first_day, last_day, error);
  g_autoptr(GHashTable) skipped = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint k = 0;

  if (workouts == NULL)
    return FALSE;
  for (guint s = 0; s < skips->len; s++)
    g_hash_table_add (skipped, &g_array_index (skips, gint64, s));

  for (guint w = w_from; w <= w_to; w++)
    {
      gint64 first = days->first_day + 7 * (gint64) w;
      HearthActiveWeek week;
      guint begin;
      guint open = 0;

      for (gint64 day = first; day < first + 7; day++)
        if (day >= goal->start_day && !g_hash_table_contains (skipped, &day))
          open++;
      /* Workouts before the goal's start are no part of it. */
      while (k < workouts->len && hearth_workout_get_local_day (workouts->pdata[k]) < goal->start_day)
        k++;
      begin = k;
      while (k < workouts->len && hearth_workout_get_local_day (workouts->pdata[k]) < first + 7)
        k++;
      hearth_active_week_compute (&week, first, -1, (HearthWorkout **) workouts->pdata + begin, k - begin);
      days->amount[w] = week.equivalent_minutes;
      days->skipped[w] = open == 0;
      days->completion[w] = open == 0 ? 0 : MIN (1, week.equivalent_minutes / (goal->target * open / 7.0));
    }
  return TRUE;
}

/* Fills the periods of @days that cover local days [@from, @to] afresh
 * (inside a read transaction). */
static gboolean
fill_goal_days (HearthStore       *self,
                gint64             profile_id,
                const HearthGoal  *goal,
                GArray            *skips,
                HearthGoalDays    *days,
                gint64             from,
                gint64             to,
                GError           **error)
{
  gint64 first = days->first_day;
  DaysData d;

  if (days->n_periods == 0)
    return TRUE;
  if (days->cadence == HEARTH_GOAL_CADENCE_WEEKLY)
    {
      gint64 last = first + 7 * (gint64) days->n_periods - 1;
      guint w_from, w_to;

      from = MAX (from, first);
      to = MIN (to, last);
      if (from > to)
        return TRUE;
      w_from = (guint) ((hearth_habit_week_start (from) - first) / 7);
      w_to = (guint) ((hearth_habit_week_start (to) - first) / 7);
      return fill_active_minutes (self, goal, days, skips, w_from, w_to, error);
    }

  from = MAX (from, first);
  to = MIN (to, first + (gint64) days->n_periods - 1);
  if (from > to)
    return TRUE;
  d.goal = goal;
  d.days = days;
  d.from = from;
  d.to = to;
  d.slots = NULL;

  for (gint64 day = from; day <= to; day++)
    {
      gint64 i = day - first;

      /* No evidence until a row says otherwise: range goals and doses;
       * the others are 0 (nothing done) without one. */
      days->completion[i] = (goal->kind == HEARTH_GOAL_KIND_RANGE ||
                             g_str_equal (goal->metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME)) ? NAN : 0;
      days->amount[i] = NAN;
      days->skipped[i] = FALSE;
    }
  for (guint s = 0; s < skips->len; s++)
    {
      gint64 day = g_array_index (skips, gint64, s);

      if (day >= from && day <= to)
        days->skipped[day - first] = TRUE;
    }

  if (goal->kind == HEARTH_GOAL_KIND_RANGE)
    return for_each_reading (self, profile_id,
                             g_str_equal (goal->metric, HEARTH_GOAL_METRIC_GLUCOSE)
                               ? HEARTH_READING_KIND_GLUCOSE : HEARTH_READING_KIND_BLOOD_PRESSURE,
                             from, to, range_row, &d, error);
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_STEPS))
    return for_each_reading (self, profile_id, HEARTH_READING_KIND_STEPS, from, to, steps_row, &d, error);
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_BP_READINGS))
    {
      g_autofree guint8 *slots = g_new0 (guint8, to - from + 1);

      d.slots = slots;
      if (!for_each_reading (self, profile_id, HEARTH_READING_KIND_BLOOD_PRESSURE, from, to, slots_row, &d, error))
        return FALSE;
      for (gint64 day = from; day <= to; day++)
        {
          guint filled = (slots[day - from] & 1) + ((slots[day - from] >> 1) & 1);

          days->amount[day - first] = filled;
          days->completion[day - first] = MIN (1, filled / goal->target);
        }
      return TRUE;
    }
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_SODIUM))
    return fill_sodium (self, profile_id, &d, error);
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
    return fill_doses (self, goal->profile_uuid, &d, error);
  return TRUE;
}

static gboolean
is_weekly (const HearthGoal *goal)
{
  return goal->kind == HEARTH_GOAL_KIND_HABIT && goal->cadence == HEARTH_GOAL_CADENCE_WEEKLY;
}

/* Periods from the goal's start through @today's. */
static guint
count_periods (const HearthGoal *goal,
               gint64            first,
               gint64            today)
{
  if (today < goal->start_day)
    return 0;
  return is_weekly (goal) ? (guint) ((hearth_habit_week_start (today) - first) / 7 + 1)
                          : (guint) (today - first + 1);
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
  gint64 first = is_weekly (goal) ? hearth_habit_week_start (goal->start_day) : goal->start_day;

  g_return_val_if_fail (goal->kind != HEARTH_GOAL_KIND_TARGET, NULL);

  days = hearth_goal_days_new (is_weekly (goal) ? HEARTH_GOAL_CADENCE_WEEKLY : HEARTH_GOAL_CADENCE_DAILY,
                               first, count_periods (goal, first, today));
  if (!fill_goal_days (self, profile_id, goal, skips, days, first, today, error))
    return NULL;
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

gboolean
hearth_store_refresh_goal_days (HearthStore       *self,
                                const HearthGoal  *goal,
                                HearthGoalDays    *days,
                                gint64             from_day,
                                gint64             to_day,
                                gint64             today,
                                GError           **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GArray) skips = NULL;
  gint64 profile_id;
  guint old_n, n;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal != NULL && goal->profile_uuid != NULL, FALSE);
  g_return_val_if_fail (goal->kind != HEARTH_GOAL_KIND_TARGET, FALSE);
  g_return_val_if_fail (days != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  profile_id = _hearth_store_resolve_profile_id (self, goal->profile_uuid, error);
  if (profile_id == 0)
    return FALSE;
  skips = list_skips (self, goal->profile_uuid, error);
  if (skips == NULL)
    return FALSE;

  /* A later today: the periods since are added, then filled. */
  old_n = days->n_periods;
  n = count_periods (goal, days->first_day, today);
  if (n > old_n)
    {
      days->completion = g_renew (double, days->completion, n);
      days->skipped = g_renew (gboolean, days->skipped, n);
      days->amount = g_renew (double, days->amount, n);
      days->n_periods = n;
      if (!fill_goal_days (self, profile_id, goal, skips, days,
                           days->cadence == HEARTH_GOAL_CADENCE_WEEKLY ? days->first_day + 7 * (gint64) old_n
                                                                      : days->first_day + old_n,
                           today, error))
        return FALSE;
    }
  return fill_goal_days (self, profile_id, goal, skips, days, from_day, MIN (to_day, today), error);
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

gboolean
hearth_store_record_goals_reached (HearthStore  *self,
                                   const char   *profile_uuid,
                                   gint64        today,
                                   guint        *n_reached,
                                   GError      **error)
{
  g_autoptr(GPtrArray) goals = NULL;
  guint reached = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_reached != NULL)
    *n_reached = 0;
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  goals = hearth_store_list_goals (self, profile_uuid, error);
  if (goals == NULL)
    goto failed;
  for (guint i = 0; i < goals->len; i++)
    {
      const HearthGoal *goal = goals->pdata[i];
      g_auto(HearthGoalProgress) progress = { 0 };
      gboolean set = FALSE;

      if (goal->kind != HEARTH_GOAL_KIND_TARGET || hearth_goal_is_reached (goal))
        continue;
      if (!hearth_store_get_goal_progress (self, goal, today, &progress, error))
        goto failed;
      if (progress.reached_day == HEARTH_GOAL_NO_DAY)
        continue;
      if (!hearth_store_set_goal_reached (self, goal->uuid, progress.reached_day, &set, error))
        goto failed;
      reached += set ? 1 : 0;
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_emit_signals (self);
  if (n_reached != NULL)
    *n_reached = reached;
  return TRUE;

failed:
  _hearth_store_rollback (self);
  return FALSE;
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
