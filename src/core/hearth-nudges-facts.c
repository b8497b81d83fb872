/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-nudges"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-classify.h"
#include "hearth-core-private.h"
#include "hearth-nudges-private.h"
#include "hearth-usec.h"

/* What insights and nudges read about a member (hearth-nudges-private.h):
 * bounded, indexed reads through the store's private API. */

static const char SQL_MEMBER[] =
  "SELECT main_goal, created_at, checklist_dismissed_at IS NOT NULL FROM profiles "
  "WHERE id = ?1";
static const char SQL_SKIP_DAYS[] =
  "SELECT local_day FROM skip_days WHERE profile_id = ?1 AND deleted_at IS NULL "
  "AND local_day <= ?3 ORDER BY local_day";
/* Live activity goals, newest first: active minutes before steps. */
static const char SQL_ACTIVITY_GOALS[] =
  "SELECT metric, target, cadence, start_day FROM goals "
  "WHERE profile_id = ?1 AND deleted_at IS NULL AND metric IN ('active-minutes', 'steps') "
  "AND start_day <= ?2 "
  "ORDER BY metric = 'active-minutes' DESC, start_day DESC, id DESC";
static const char SQL_LAST_READING_DAY[] =
  "SELECT local_day FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL "
  "AND local_day <= ?3 ORDER BY local_day DESC LIMIT 1";
static const char SQL_LAST_WORKOUT_DAY[] =
  "SELECT local_day FROM workouts WHERE profile_id = ?1 AND deleted_at IS NULL "
  "AND local_day <= ?3 ORDER BY local_day DESC LIMIT 1";
static const char SQL_LATEST_VALUES[] =
  "SELECT value_a, value_b FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND local_day <= ?3 "
  "ORDER BY local_day DESC, taken_at DESC, id DESC LIMIT 1";


guint
_hearth_day_of_week (gint64 day)
{
  return (guint) ((((day + 3) % 7) + 7) % 7);
}

char *
_hearth_format_day (gint64 day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (day * 86400);

  /* Translators: a day in insights and nudges, g_date_time_format():
   * "15 Jun 2024" */
  return dt != NULL ? g_date_time_format (dt, _("%-d %b %Y")) : g_strdup ("?");
}

char *
_hearth_format_span (gint64 first,
                     gint64 last)
{
  g_autoptr(GDateTime) a = g_date_time_new_from_unix_utc (first * 86400);
  g_autofree char *end = _hearth_format_day (last);
  g_autofree char *start = NULL;

  /* Translators: the first day of a span in insights: "3 Jun" (the
   * last day, with its year, follows: "3 Jun – 9 Jun 2024") */
  start = a != NULL ? g_date_time_format (a, _("%-d %b")) : g_strdup ("?");
  /* Translators: a span of days: "3 Jun – 9 Jun 2024" */
  return g_strdup_printf (_("%s – %s"), start, end);
}

gboolean
_hearth_facts_is_skip (const _HearthFacts *facts,
                       gint64              day)
{
  guint lo = 0, hi = facts->skips->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 v = g_array_index (facts->skips, gint64, mid);

      if (v == day)
        return TRUE;
      if (v < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

gint64
_hearth_facts_count_unskipped (const _HearthFacts *facts,
                               gint64              first,
                               gint64              last)
{
  gint64 n;

  if (first > last)
    return 0;
  n = last - first + 1;
  for (guint i = 0; i < facts->skips->len; i++)
    {
      gint64 v = g_array_index (facts->skips, gint64, i);

      if (v >= first && v <= last)
        n--;
    }
  return n;
}

static gboolean
load_member (HearthStore   *store,
             _HearthFacts  *facts,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_MEMBER, error);
  g_autoptr(GDateTime) created = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, facts->profile_id);
  rc = _hearth_store_step (store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return _hearth_store_set_not_found_member (error, facts->profile_uuid);
  facts->main_goal = g_strdup (_hearth_store_column_text (stmt, 0));
  created = hearth_usec_to_date_time (sqlite3_column_int64 (stmt, 1),
                                      hearth_clock_get_timezone (hearth_store_get_clock (store)));
  facts->first_day = created != NULL ? _hearth_local_day (created) : 0;
  facts->dismissed = sqlite3_column_int (stmt, 2) != 0;
  return TRUE;
}

static gboolean
load_skips (HearthStore   *store,
            _HearthFacts  *facts,
            gint64         day,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_SKIP_DAYS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, facts->profile_id);
  _hearth_store_bind_int64 (store, stmt, 3, day);
  while ((rc = _hearth_store_step (store, stmt, error)) == SQLITE_ROW)
    {
      gint64 v = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (facts->skips, v);
    }
  return rc >= 0;
}

static gboolean
load_activity (HearthStore   *store,
               _HearthFacts  *facts,
               gint64         day,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_ACTIVITY_GOALS, error);
  _HearthActivityTarget *a = &facts->activity;
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, facts->profile_id);
  _hearth_store_bind_int64 (store, stmt, 2, day);
  rc = _hearth_store_step (store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      const char *metric = _hearth_store_column_text (stmt, 0);
      const char *cadence = _hearth_store_column_text (stmt, 2);

      a->target = sqlite3_column_double (stmt, 1);
      a->start_day = sqlite3_column_int64 (stmt, 3);
      if (g_strcmp0 (metric, "active-minutes") == 0)
        {
          a->kind = _HEARTH_ACTIVITY_MINUTES;
          if (g_strcmp0 (cadence, "daily") == 0)
            a->target *= 7;
        }
      else
        a->kind = _HEARTH_ACTIVITY_STEPS;
      if (a->target > 0)
        return TRUE;
    }
  a->kind = _HEARTH_ACTIVITY_NONE;
  a->target = 0;
  a->start_day = 0;
  if (g_strcmp0 (facts->main_goal, "move-more") == 0)
    {
      a->kind = _HEARTH_ACTIVITY_MINUTES;
      a->who = TRUE;
      a->start_day = facts->first_day;
    }
  return TRUE;
}

gboolean
_hearth_facts_load (HearthStore   *store,
                    const char    *profile_uuid,
                    gint64         day,
                    _HearthFacts  *facts,
                    GError       **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(HearthProfile) profile = NULL;

  memset (facts, 0, sizeof *facts);
  facts->skips = g_array_new (FALSE, FALSE, sizeof (gint64));
  facts->profile_uuid = g_strdup (profile_uuid);

  read = _hearth_store_read (store, error);
  if (read == NULL)
    return FALSE;
  profile = hearth_store_get_profile (store, profile_uuid, error);
  if (profile == NULL)
    return FALSE;
  facts->hypertension = hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION);
  facts->profile_id = _hearth_store_resolve_profile_id (store, profile_uuid, error);
  if (facts->profile_id == 0)
    return FALSE;
  return load_member (store, facts, error) &&
         load_skips (store, facts, day, error) &&
         load_activity (store, facts, day, error);
}

void
_hearth_facts_clear (_HearthFacts *facts)
{
  g_clear_pointer (&facts->skips, g_array_unref);
  g_clear_pointer (&facts->main_goal, g_free);
  g_clear_pointer (&facts->profile_uuid, g_free);
}

gboolean
_hearth_facts_last_day (HearthStore   *store,
                        gint64         profile_id,
                        const char    *kind,
                        gint64         upto,
                        gint64        *day,
                        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_store_prepare (store, kind != NULL ? SQL_LAST_READING_DAY : SQL_LAST_WORKOUT_DAY, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, profile_id);
  if (kind != NULL)
    _hearth_store_bind_text (store, stmt, 2, kind);
  _hearth_store_bind_int64 (store, stmt, 3, upto);
  rc = _hearth_store_step (store, stmt, error);
  if (rc < 0)
    return FALSE;
  *day = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
  return TRUE;
}

static gboolean
latest_values (HearthStore   *store,
               gint64         profile_id,
               const char    *kind,
               gint64         day,
               double        *a,
               double        *b,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_LATEST_VALUES, error);
  int rc;

  *a = *b = NAN;
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (store, stmt, 1, profile_id);
  _hearth_store_bind_text (store, stmt, 2, kind);
  _hearth_store_bind_int64 (store, stmt, 3, day);
  rc = _hearth_store_step (store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    {
      *a = _hearth_store_column_double (stmt, 0);
      *b = _hearth_store_column_double (stmt, 1);
    }
  return TRUE;
}

gboolean
_hearth_facts_severe_alert (HearthStore   *store,
                            gint64         profile_id,
                            gint64         day,
                            gboolean      *severe,
                            GError       **error)
{
  double sys, dia, glucose, unused;

  *severe = FALSE;
  if (!latest_values (store, profile_id, hearth_reading_kind_to_string (HEARTH_READING_KIND_BLOOD_PRESSURE),
                      day, &sys, &dia, error) ||
      !latest_values (store, profile_id, hearth_reading_kind_to_string (HEARTH_READING_KIND_GLUCOSE),
                      day, &glucose, &unused, error))
    return FALSE;
  *severe = hearth_classify_is_severe (HEARTH_READING_KIND_BLOOD_PRESSURE, sys, dia) ||
            hearth_classify_is_severe (HEARTH_READING_KIND_GLUCOSE, glucose, NAN);
  return TRUE;
}

GArray *
_hearth_facts_logging_days (HearthStore   *store,
                            gint64         profile_id,
                            gint64         from,
                            gint64         to,
                            GError       **error)
{
  return _hearth_store_list_logging_days_between (store, profile_id, from, to, error);
}
