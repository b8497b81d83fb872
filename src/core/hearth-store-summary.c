/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-summary.h"
#include "hearth-usec.h"

/* hearth-summary.h: the dashboard's and the charts' reads, a sibling file
 * of hearth-store.c sharing its connection and statement cache. Every
 * query is bound to (profile_id, kind) and walks one of the partial
 * indexes of the live readings (migrations/0001-initial.sql):
 *
 *   readings_profile_kind_time (profile_id, kind, taken_at) — series, latest
 *   readings_profile_kind_day  (profile_id, kind, local_day) — week counts,
 *                                                              sparkline
 *
 * tests/test-summary.c checks each plan with EXPLAIN QUERY PLAN. */

static const char SQL_SERIES[] =
  "SELECT taken_at, value_a, value_b, value_c FROM readings "
  "WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL "
  "AND taken_at BETWEEN ?3 AND ?4 "
  "ORDER BY taken_at, id";

/* ?3 = today's local day. Days [today − 6, today] are this week, the 7
 * before those the previous one. avg() ignores NULLs (a NULL b is "none"). */
static const char SQL_WEEKS[] =
  "SELECT "
  "sum(local_day >= ?3 - 6), "
  "avg(CASE WHEN local_day >= ?3 - 6 THEN value_a END), "
  "avg(CASE WHEN local_day >= ?3 - 6 THEN value_b END), "
  "sum(local_day <= ?3 - 7), "
  "avg(CASE WHEN local_day <= ?3 - 7 THEN value_a END), "
  "avg(CASE WHEN local_day <= ?3 - 7 THEN value_b END) "
  "FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL "
  "AND local_day BETWEEN ?3 - 13 AND ?3";

/* Daily means over local days [?3 − 29, ?3]. */
static const char SQL_SPARK[] =
  "SELECT local_day, avg(value_a), avg(value_b), avg(value_c) "
  "FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL "
  "AND local_day BETWEEN ?3 - 29 AND ?3 "
  "GROUP BY local_day ORDER BY local_day";

/* SELECT DISTINCT kind would walk every index entry of the member (tens of
 * thousands after years); the kinds are probed one by one instead:
 * HEARTH_READING_KIND_LAST + 1 seeks into a (profile_id, kind, …) index. */
static const char SQL_HAS_KIND[] =
  "SELECT 1 FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL LIMIT 1";

#define SPARK_DAYS 30

const char * const *
_hearth_store_summary_queries_for_testing (void)
{
  static const char * const queries[] = {
    SQL_SERIES, SQL_WEEKS, SQL_SPARK, SQL_HAS_KIND, NULL,
  };

  return queries;
}

GArray *
hearth_store_get_series (HearthStore        *self,
                         const char         *profile_uuid,
                         HearthReadingKind   kind,
                         gint64              from_us,
                         gint64              to_us,
                         GError            **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) series = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One snapshot for every statement below. */
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = _hearth_store_prepare (self, SQL_SERIES, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  _hearth_store_bind_int64 (self, stmt, 3, from_us);
  _hearth_store_bind_int64 (self, stmt, 4, to_us);

  series = g_array_new (FALSE, FALSE, sizeof (HearthSeriesPoint));
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthSeriesPoint point;

      point.t = sqlite3_column_int64 (stmt, 0);
      point.a = _hearth_store_column_double (stmt, 1);
      point.b = _hearth_store_column_double (stmt, 2);
      point.c = _hearth_store_column_double (stmt, 3);
      g_array_append_val (series, point);
    }
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&series);
}

/* The instant of local noon of @day in @tz (spark points). */
static gint64
local_noon_usec (GTimeZone *tz,
                 gint64     day)
{
  g_autoptr(GDateTime) epoch = g_date_time_new (tz, 1970, 1, 1, 12, 0, 0);
  g_autoptr(GDateTime) noon = NULL;

  /* Adding days keeps the wall-clock time across offset changes. */
  noon = epoch != NULL ? g_date_time_add_days (epoch, (int) day) : NULL;
  if (noon == NULL)
    return day * G_TIME_SPAN_DAY + 12 * G_TIME_SPAN_HOUR;

  return hearth_usec_from_date_time (noon);
}

static gboolean
query_weeks (HearthStore        *self,
             gint64              profile_id,
             HearthReadingKind   kind,
             gint64              today,
             HearthKindSummary  *summary,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_WEEKS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  _hearth_store_bind_int64 (self, stmt, 3, today);

  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return TRUE;  /* an aggregate always has a row; nothing to add otherwise */

  /* sum() over no rows is NULL: read as 0. */
  summary->n_week = (guint) sqlite3_column_int64 (stmt, 0);
  summary->week_mean_a = _hearth_store_column_double (stmt, 1);
  summary->week_mean_b = _hearth_store_column_double (stmt, 2);
  summary->n_prev_week = (guint) sqlite3_column_int64 (stmt, 3);
  summary->prev_week_mean_a = _hearth_store_column_double (stmt, 4);
  summary->prev_week_mean_b = _hearth_store_column_double (stmt, 5);

  return TRUE;
}

static gboolean
query_spark (HearthStore        *self,
             gint64              profile_id,
             HearthReadingKind   kind,
             gint64              today,
             GTimeZone          *tz,
             GArray             *spark,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_SPARK, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
  _hearth_store_bind_int64 (self, stmt, 3, today);

  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthSeriesPoint point;

      point.t = local_noon_usec (tz, sqlite3_column_int64 (stmt, 0));
      point.a = _hearth_store_column_double (stmt, 1);
      point.b = _hearth_store_column_double (stmt, 2);
      point.c = _hearth_store_column_double (stmt, 3);
      g_array_append_val (spark, point);
    }

  return rc == SQLITE_DONE;
}

/* Local days are the ones stored with each reading (its own offset);
 * "today" is the store clock's local day, and spark points sit at local
 * noon in the clock's time zone, where the dashboard draws them. */
static HearthKindSummary *read_kind_summary (HearthStore        *self,
                                             const char         *profile_uuid,
                                             HearthReadingKind   kind,
                                             GError            **error);

HearthKindSummary *
hearth_store_get_kind_summary (HearthStore        *self,
                               const char         *profile_uuid,
                               HearthReadingKind   kind,
                               GError            **error)
{
  HearthKindSummary *summary;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One snapshot for every query below. */
  if (!_hearth_store_begin_read (self, error))
    return NULL;
  summary = read_kind_summary (self, profile_uuid, kind, error);
  _hearth_store_end_read (self);

  return summary;
}

static HearthKindSummary *
read_kind_summary (HearthStore        *self,
                   const char         *profile_uuid,
                   HearthReadingKind   kind,
                   GError            **error)
{
  g_autoptr(HearthKindSummary) summary = NULL;
  g_autoptr(GDateTime) now = NULL;
  GTimeZone *tz;
  gint64 profile_id;
  gint64 today;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  now = hearth_clock_now (hearth_store_get_clock (self));
  tz = hearth_clock_get_timezone (hearth_store_get_clock (self));
  today = _hearth_local_day (now);

  summary = g_new0 (HearthKindSummary, 1);
  summary->kind = kind;
  summary->days_since_latest = -1;
  summary->week_mean_a = summary->week_mean_b = NAN;
  summary->prev_week_mean_a = summary->prev_week_mean_b = NAN;
  summary->spark = g_array_sized_new (FALSE, FALSE, sizeof (HearthSeriesPoint), SPARK_DAYS);

  {
    g_autoptr(GError) local_error = NULL;

    summary->latest = hearth_store_get_latest_reading (self, profile_uuid, kind, &local_error);
    if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return NULL;
      }
  }

  if (summary->latest != NULL)
    {
      /* A reading logged in a zone ahead of today's may sit on "tomorrow". */
      gint64 days = today - hearth_reading_get_local_day (summary->latest);

      summary->days_since_latest = (int) CLAMP (days, 0, G_MAXINT);
    }

  if (!query_weeks (self, profile_id, kind, today, summary, error))
    return NULL;

  if (!query_spark (self, profile_id, kind, today, tz, summary->spark, error))
    return NULL;

  return g_steal_pointer (&summary);
}

void
hearth_kind_summary_free (HearthKindSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_object (&summary->latest);
  g_clear_pointer (&summary->spark, g_array_unref);
  g_free (summary);
}

static GArray *
read_tracked_kinds (HearthStore  *self,
                    const char   *profile_uuid,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) kinds = NULL;
  gint64 profile_id;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = _hearth_store_prepare (self, SQL_HAS_KIND, error);
  if (stmt == NULL)
    return NULL;

  kinds = g_array_new (FALSE, FALSE, sizeof (HearthReadingKind));
  for (int k = 0; k <= HEARTH_READING_KIND_LAST; k++)
    {
      HearthReadingKind kind = k;
      int rc;

      _hearth_store_bind_int64 (self, stmt, 1, profile_id);
      _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (kind));
      rc = _hearth_store_step (self, stmt, error);
      if (rc < 0)
        return NULL;
      if (rc == SQLITE_ROW)
        g_array_append_val (kinds, kind);
      sqlite3_reset (stmt);
    }

  return g_steal_pointer (&kinds);
}

GArray *
hearth_store_get_tracked_kinds (HearthStore    *self,
                                HearthProfile  *profile,
                                GError        **error)
{
  g_autoptr(GArray) kinds = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (hearth_profile_get_uuid (profile) != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One snapshot for the member and every probe. */
  if (!_hearth_store_begin_read (self, error))
    return NULL;
  kinds = read_tracked_kinds (self, hearth_profile_get_uuid (profile), error);
  _hearth_store_end_read (self);
  if (kinds == NULL)
    return NULL;

  now = hearth_clock_now (hearth_store_get_clock (self));
  hearth_dashboard_sort_kinds (hearth_profile_get_conditions (profile),
                               hearth_profile_get_age (profile, now),
                               hearth_profile_get_main_goal (profile),
                               kinds);

  return g_steal_pointer (&kinds);
}

/* Dashboard order ------------------------------------------------------- */

#define OLDER_MEMBER_AGE 60

/* Without a reason to come first, blood pressure follows weight. */
static const HearthReadingKind base_order[] = {
  HEARTH_READING_KIND_WEIGHT,
  HEARTH_READING_KIND_BLOOD_PRESSURE,
  HEARTH_READING_KIND_GLUCOSE,
  HEARTH_READING_KIND_HEART_RATE,
  HEARTH_READING_KIND_SPO2,
  HEARTH_READING_KIND_TEMPERATURE,
  HEARTH_READING_KIND_BODY_FAT,
  HEARTH_READING_KIND_WAIST,
  HEARTH_READING_KIND_SLEEP,
  HEARTH_READING_KIND_STEPS,
};

G_STATIC_ASSERT (G_N_ELEMENTS (base_order) == HEARTH_READING_KIND_LAST + 1);

static gboolean
has_condition (const char * const *conditions,
               const char         *condition)
{
  return conditions != NULL && g_strv_contains (conditions, condition);
}

static int
compare_ranks (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const int *rank = user_data;
  HearthReadingKind x = *(const HearthReadingKind *) a;
  HearthReadingKind y = *(const HearthReadingKind *) b;
  int rx = (guint) x <= HEARTH_READING_KIND_LAST ? rank[x] : G_MAXINT;
  int ry = (guint) y <= HEARTH_READING_KIND_LAST ? rank[y] : G_MAXINT;

  if (rx != ry)
    return rx < ry ? -1 : 1;
  return (x > y) - (x < y);
}

/* The main goal's kind, if any. */
static int
main_goal_kind (HearthMainGoal main_goal)
{
  switch (main_goal)
    {
    case HEARTH_MAIN_GOAL_LOWER_BP:
      return HEARTH_READING_KIND_BLOOD_PRESSURE;
    case HEARTH_MAIN_GOAL_MANAGE_GLUCOSE:
      return HEARTH_READING_KIND_GLUCOSE;
    case HEARTH_MAIN_GOAL_LOSE_WEIGHT:
      return HEARTH_READING_KIND_WEIGHT;
    case HEARTH_MAIN_GOAL_MOVE_MORE:
      return HEARTH_READING_KIND_STEPS;
    case HEARTH_MAIN_GOAL_RECORD:
    case HEARTH_MAIN_GOAL_NONE:
    default:
      return -1;
    }
}

/* Promoted kinds first (the main goal's, then blood pressure for
 * hypertension or age ≥ 60, then glucose for diabetes), the rest in
 * base_order; a kind keeps its first rank. */
void
hearth_dashboard_sort_kinds (const char * const *conditions,
                             int                 age,
                             HearthMainGoal      main_goal,
                             GArray             *kinds)
{
  int rank[HEARTH_READING_KIND_LAST + 1];
  int next = 0;
  int goal_kind = main_goal_kind (main_goal);

  g_return_if_fail (kinds != NULL);
  g_return_if_fail (g_array_get_element_size (kinds) == sizeof (HearthReadingKind));

  for (guint i = 0; i < G_N_ELEMENTS (rank); i++)
    rank[i] = -1;

  if (goal_kind >= 0)
    rank[goal_kind] = next++;
  if ((has_condition (conditions, HEARTH_CONDITION_HYPERTENSION) || age >= OLDER_MEMBER_AGE) &&
      rank[HEARTH_READING_KIND_BLOOD_PRESSURE] < 0)
    rank[HEARTH_READING_KIND_BLOOD_PRESSURE] = next++;
  if (has_condition (conditions, HEARTH_CONDITION_DIABETES) && rank[HEARTH_READING_KIND_GLUCOSE] < 0)
    rank[HEARTH_READING_KIND_GLUCOSE] = next++;

  for (guint i = 0; i < G_N_ELEMENTS (base_order); i++)
    {
      if (rank[base_order[i]] < 0)
        rank[base_order[i]] = next++;
    }

  g_array_sort_with_data (kinds, compare_ranks, rank);
}
