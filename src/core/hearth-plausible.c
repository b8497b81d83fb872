/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-usec.h"
#include "hearth-plausible.h"

/* Plausibility rules (PRODUCT.md): domain logic with messages fit to show,
 * querying through the store's private API. */

/* The member's reading of a kind nearest in time to ?3 within ?5 µs. */
static const char SQL_NEAREST_READING[] =
  "SELECT value_a, taken_at FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND uuid <> ?4 AND taken_at BETWEEN ?3 - ?5 AND ?3 + ?5 "
  "ORDER BY abs(taken_at - ?3), id DESC LIMIT 1";
/* Daily totals (the largest, should a day have more than one), newest first. */
static const char SQL_RECENT_DAILY[] =
  "SELECT max(value_a) FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND uuid <> ?4 AND local_day <> ?3 "
  "GROUP BY local_day ORDER BY local_day DESC LIMIT ?5";

/* Plausibility ---------------------------------------------------------- */

#define IMPLAUSIBLE_WEIGHT_KG    10.0
#define IMPLAUSIBLE_WEIGHT_USEC  G_TIME_SPAN_DAY
#define IMPLAUSIBLE_STEPS_FACTOR 10.0
#define USUAL_STEPS_DAYS         30
#define USUAL_STEPS_MIN_DAYS     7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A weight more than 10 kg away from the nearest one within a day. */
static gboolean
check_weight_plausible (HearthStore    *self,
                        HearthReading  *reading,
                        gint64          profile_id,
                        const char     *uuid,
                        GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_NEAREST_READING, error);
  g_autofree char *shown = NULL;
  g_autofree char *gap = NULL;
  gint64 taken_at, other_at, minutes;
  double kg = hearth_reading_get_kg (reading);
  double other;
  int rc;

  if (stmt == NULL)
    return FALSE;

  taken_at = hearth_usec_from_date_time (hearth_reading_get_taken_at (reading));
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (HEARTH_READING_KIND_WEIGHT));
  _hearth_store_bind_int64 (self, stmt, 3, taken_at);
  _hearth_store_bind_text (self, stmt, 4, uuid);
  _hearth_store_bind_int64 (self, stmt, 5, IMPLAUSIBLE_WEIGHT_USEC);

  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return TRUE;

  other = sqlite3_column_double (stmt, 0);
  other_at = sqlite3_column_int64 (stmt, 1);
  if (fabs (kg - other) <= IMPLAUSIBLE_WEIGHT_KG)
    return TRUE;

  shown = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_KG);
  gap = hearth_units_format_weight (fabs (kg - other), HEARTH_WEIGHT_UNIT_KG);
  minutes = (ABS (taken_at - other_at) + G_TIME_SPAN_MINUTE / 2) / G_TIME_SPAN_MINUTE;

  if (minutes == 0)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 /* Translators: "72.4 kg is 11.2 kg away from the weight logged at the same time." */
                 _("%s is %s away from the weight logged at the same time. Is it right?"),
                 shown, gap);
  else if (minutes < 60 && other_at < taken_at)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 /* Translators: "72.4 kg is 11.2 kg away from the weight logged 40 minutes earlier." */
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d minute earlier. Is it right?",
                              "%s is %s away from the weight logged %d minutes earlier. Is it right?",
                              minutes),
                 shown, gap, (int) minutes);
  else if (minutes < 60)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d minute later. Is it right?",
                              "%s is %s away from the weight logged %d minutes later. Is it right?",
                              minutes),
                 shown, gap, (int) minutes);
  else if (other_at < taken_at)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d hour earlier. Is it right?",
                              "%s is %s away from the weight logged %d hours earlier. Is it right?",
                              (minutes + 30) / 60),
                 shown, gap, (int) ((minutes + 30) / 60));
  else
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d hour later. Is it right?",
                              "%s is %s away from the weight logged %d hours later. Is it right?",
                              (minutes + 30) / 60),
                 shown, gap, (int) ((minutes + 30) / 60));

  return FALSE;
}

/* Steps more than 10 times the median of the last 30 daily totals. */
static gboolean
check_steps_plausible (HearthStore    *self,
                       HearthReading  *reading,
                       gint64          profile_id,
                       const char     *uuid,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_RECENT_DAILY, error);
  g_autoptr(GArray) totals = NULL;
  double steps = hearth_reading_get_steps (reading);
  double usual;
  guint n;
  int rc;

  if (stmt == NULL)
    return FALSE;

  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, hearth_reading_kind_to_string (HEARTH_READING_KIND_STEPS));
  _hearth_store_bind_int64 (self, stmt, 3, hearth_reading_get_local_day (reading));
  _hearth_store_bind_text (self, stmt, 4, uuid);
  _hearth_store_bind_int64 (self, stmt, 5, USUAL_STEPS_DAYS);

  totals = g_array_sized_new (FALSE, FALSE, sizeof (double), USUAL_STEPS_DAYS);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      double total = sqlite3_column_double (stmt, 0);

      g_array_append_val (totals, total);
    }
  if (rc < 0)
    return FALSE;

  n = totals->len;
  if (n < USUAL_STEPS_MIN_DAYS)
    return TRUE;

  g_array_sort (totals, compare_doubles);
  if (n % 2 == 1)
    usual = g_array_index (totals, double, n / 2);
  else
    usual = (g_array_index (totals, double, n / 2 - 1) + g_array_index (totals, double, n / 2)) / 2;

  /* A usual of 0 (days without the device) says nothing. */
  if (usual <= 0 || steps <= IMPLAUSIBLE_STEPS_FACTOR * usual)
    return TRUE;

  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
               /* Translators: "25000 steps is more than 10 times the usual 2000 a
                * day (the median of the last 30 days logged)." */
               g_dngettext (GETTEXT_PACKAGE,
                            "%.0f steps is more than 10 times the usual %.0f a day (the median of the last %u day logged). Is it right?",
                            "%.0f steps is more than 10 times the usual %.0f a day (the median of the last %u days logged). Is it right?",
                            n),
               steps, usual, n);
  return FALSE;
}

gboolean
_hearth_plausible_check (HearthStore    *self,
                         HearthReading  *reading,
                         gint64          profile_id,
                         GError        **error)
{
  const char *uuid;

  g_assert (HEARTH_IS_STORE (self));
  g_assert (HEARTH_IS_READING (reading));

  /* Nothing to compare: validation has the last word on these. */
  if (hearth_reading_get_taken_at (reading) == NULL ||
      !isfinite (hearth_reading_get_value_a (reading)))
    return TRUE;

  /* Never an empty string in the table: "" leaves nothing out. */
  uuid = hearth_reading_get_uuid (reading);
  if (uuid == NULL)
    uuid = "";

  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_WEIGHT:
      return check_weight_plausible (self, reading, profile_id, uuid, error);
    case HEARTH_READING_KIND_STEPS:
      return check_steps_plausible (self, reading, profile_id, uuid, error);
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
    case HEARTH_READING_KIND_GLUCOSE:
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_SLEEP:
    default:
      return TRUE;
    }
}

gboolean
hearth_store_check_plausible (HearthStore    *self,
                              HearthReading  *reading,
                              GError        **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *profile_uuid;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Nothing to compare: validation has the last word on these. */
  profile_uuid = hearth_reading_get_profile_uuid (reading);
  if (profile_uuid == NULL)
    return TRUE;

  /* One snapshot for every statement below. */
  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, &local_error);
  if (profile_id == 0)
    {
      if (g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return _hearth_plausible_check (self, reading, profile_id, error);
}
