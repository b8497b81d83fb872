/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-summary"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core.h"
#include "hearth-core-private.h"
#include "hearth-store-private.h"

/* The dashboard API (hearth-summary.h) on known data and a fixed clock:
 * 2024-06-15 09:00 at UTC+2, so "today" is local day 2024-06-15. */

#define ASSERT_OK(expr) \
  G_STMT_START { \
    gboolean ok_ = (expr); \
    g_assert_no_error (error); \
    g_assert_true (ok_); \
  } G_STMT_END

#define OFFSET_HOURS 2

typedef struct
{
  char          *dir;
  char          *path;
  HearthClock   *clock;
  HearthStore   *store;
  HearthProfile *ana;     /* born 1990, no conditions */
  HearthProfile *ben;     /* another member, readings at the same times */
} Fixture;

static GDateTime *
local_time (int    month,
            int    day,
            int    hour,
            int    minute,
            double offset_hours)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset ((gint32) (offset_hours * 3600));

  return g_date_time_new (tz, 2024, month, day, hour, minute, 0);
}

static gint64
usec_of (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static HearthProfile *
add_member (Fixture    *f,
            const char *name,
            guint       birth_year)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new (name);
  g_autoptr(GError) error = NULL;

  hearth_profile_set_birth (profile, birth_year, 0, 0);
  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  return g_steal_pointer (&profile);
}

static char *
add_bp (Fixture       *f,
        HearthProfile *member,
        GDateTime     *at,
        double         systolic,
        double         diastolic,
        double         pulse)
{
  g_autoptr(HearthReading) reading = hearth_reading_new_blood_pressure (at, systolic, diastolic, pulse);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (member));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
  return g_strdup (hearth_reading_get_uuid (reading));
}

static void
add_reading (Fixture       *f,
             HearthProfile *member,
             HearthReading *reading)
{
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (member));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
  g_object_unref (reading);
}

/* Ana's blood pressure (times at UTC+2 unless noted):
 *   1  06-15 08:00  130/85 p70   today
 *   2  06-12 07:00  140/90       this week
 *   3  06-12 20:00  130/80       this week, same day as 2
 *   4  06-09 07:00  120/80 p66   today − 6: the week's first day
 *   5  06-08 23:30 at UTC−5: 160/100 — UTC 06-09 04:30, so in today's zone
 *      it is 06-09, but it was logged on local day 06-08 = today − 7
 *   6  06-02 07:00  140/90       today − 13: previous week's first day
 *   7  06-01 07:00  200/120      today − 14: in neither week; spark
 *   8  05-16 07:00  100/60       today − 30: not in the spark
 *   9  01-01 07:00  115/75
 *   10 06-14 07:00  250/150      deleted
 * Ben has the same readings 1 and 2 with other values. */
static void
add_known_data (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *deleted = NULL;
  struct { int m, d, h, min; double off, sys, dia, pulse; } bp[] = {
    { 6, 15, 8, 0, OFFSET_HOURS, 130, 85, 70 },
    { 6, 12, 7, 0, OFFSET_HOURS, 140, 90, NAN },
    { 6, 12, 20, 0, OFFSET_HOURS, 130, 80, NAN },
    { 6, 9, 7, 0, OFFSET_HOURS, 120, 80, 66 },
    { 6, 8, 23, 30, -5, 160, 100, NAN },
    { 6, 2, 7, 0, OFFSET_HOURS, 140, 90, NAN },
    { 6, 1, 7, 0, OFFSET_HOURS, 200, 120, NAN },
    { 5, 16, 7, 0, OFFSET_HOURS, 100, 60, NAN },
    { 1, 1, 7, 0, OFFSET_HOURS, 115, 75, NAN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bp); i++)
    {
      g_autoptr(GDateTime) at = local_time (bp[i].m, bp[i].d, bp[i].h, bp[i].min, bp[i].off);
      g_autofree char *uuid = add_bp (f, f->ana, at, bp[i].sys, bp[i].dia, bp[i].pulse);
    }

  {
    g_autoptr(GDateTime) at = local_time (6, 14, 7, 0, OFFSET_HOURS);

    deleted = add_bp (f, f->ana, at, 250, 150, 90);
    ASSERT_OK (hearth_store_delete_reading (f->store, deleted, &error));
  }

  {
    g_autoptr(GDateTime) at1 = local_time (6, 15, 8, 0, OFFSET_HOURS);
    g_autoptr(GDateTime) at2 = local_time (6, 12, 7, 0, OFFSET_HOURS);
    g_autofree char *u1 = add_bp (f, f->ben, at1, 180, 110, 80);
    g_autofree char *u2 = add_bp (f, f->ben, at2, 170, 105, NAN);
  }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = local_time (6, 15, 9, 0, OFFSET_HOURS);

  f->dir = g_dir_make_tmp ("hearth-summary-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "hearth.db", NULL);
  f->clock = hearth_clock_new_fixed (now);
  f->store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  f->ana = add_member (f, "Ana", 1990);
  f->ben = add_member (f, "Ben", 1950);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&f->ana);
  g_clear_object (&f->ben);
  g_clear_object (&f->store);
  g_clear_object (&f->clock);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);

      g_remove (file);
    }
  g_assert_no_errno (g_rmdir (f->dir));
  g_free (f->path);
  g_free (f->dir);
}

/* Series ---------------------------------------------------------------- */

static void
test_series_all (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) series = NULL;
  const HearthSeriesPoint *p;
  double expected_a[] = { 115, 100, 200, 140, 160, 120, 140, 130, 130 };

  add_known_data (f);
  series = hearth_store_get_series (f->store, hearth_profile_get_uuid (f->ana),
                                    HEARTH_READING_KIND_BLOOD_PRESSURE,
                                    G_MININT64, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_nonnull (series);

  /* Ascending UTC: reading 5 (04:30 UTC) comes before 4 (05:00 UTC); the
   * deleted one and Ben's are left out. */
  g_assert_cmpuint (series->len, ==, G_N_ELEMENTS (expected_a));
  for (guint i = 0; i < series->len; i++)
    {
      p = &g_array_index (series, HearthSeriesPoint, i);
      g_assert_cmpfloat (p->a, ==, expected_a[i]);
      if (i > 0)
        g_assert_cmpint (p->t, >, g_array_index (series, HearthSeriesPoint, i - 1).t);
    }

  /* The last: 06-15 08:00 +02:00, pulse 70. */
  {
    g_autoptr(GDateTime) at = local_time (6, 15, 8, 0, OFFSET_HOURS);

    p = &g_array_index (series, HearthSeriesPoint, series->len - 1);
    g_assert_cmpint (p->t, ==, usec_of (at));
    g_assert_cmpfloat (p->b, ==, 85);
    g_assert_cmpfloat (p->c, ==, 70);
  }

  /* No pulse → NAN (reading 2, 06-12 07:00). */
  p = &g_array_index (series, HearthSeriesPoint, 6);
  g_assert_cmpfloat (p->a, ==, 140);
  g_assert_cmpfloat (p->b, ==, 90);
  g_assert_true (isnan (p->c));
}

static void
test_series_bounds (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) series = NULL;
  g_autoptr(GArray) weights = NULL;
  g_autoptr(GDateTime) from = local_time (6, 9, 7, 0, OFFSET_HOURS);
  g_autoptr(GDateTime) to = local_time (6, 15, 8, 0, OFFSET_HOURS);
  double expected_a[] = { 120, 140, 130, 130 };

  add_known_data (f);

  /* Inclusive at both ends. */
  series = hearth_store_get_series (f->store, hearth_profile_get_uuid (f->ana),
                                    HEARTH_READING_KIND_BLOOD_PRESSURE,
                                    usec_of (from), usec_of (to), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, G_N_ELEMENTS (expected_a));
  for (guint i = 0; i < series->len; i++)
    g_assert_cmpfloat (g_array_index (series, HearthSeriesPoint, i).a, ==, expected_a[i]);
  g_clear_pointer (&series, g_array_unref);

  /* One microsecond inside at each end drops both. */
  series = hearth_store_get_series (f->store, hearth_profile_get_uuid (f->ana),
                                    HEARTH_READING_KIND_BLOOD_PRESSURE,
                                    usec_of (from) + 1, usec_of (to) - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 2);

  /* Another kind: empty, not NULL. */
  weights = hearth_store_get_series (f->store, hearth_profile_get_uuid (f->ana),
                                     HEARTH_READING_KIND_WEIGHT,
                                     G_MININT64, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_nonnull (weights);
  g_assert_cmpuint (weights->len, ==, 0);
}

static void
test_series_unknown_member (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) series = NULL;

  series = hearth_store_get_series (f->store, "no-such-member",
                                    HEARTH_READING_KIND_BLOOD_PRESSURE,
                                    G_MININT64, G_MAXINT64, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (series);
}

/* Kind summary ----------------------------------------------------------- */

static void
test_summary_weeks (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthKindSummary) summary = NULL;

  add_known_data (f);
  summary = hearth_store_get_kind_summary (f->store, hearth_profile_get_uuid (f->ana),
                                           HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);

  g_assert_cmpint (summary->kind, ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_nonnull (summary->latest);
  g_assert_cmpfloat (hearth_reading_get_systolic (summary->latest), ==, 130);
  g_assert_cmpint (summary->days_since_latest, ==, 0);

  /* This week: readings 1–4 (06-09 … 06-15). */
  g_assert_cmpuint (summary->n_week, ==, 4);
  g_assert_cmpfloat_with_epsilon (summary->week_mean_a, 130, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->week_mean_b, 83.75, 1e-9);

  /* The week before: 5 (its own local day 06-08) and 6 (06-02). */
  g_assert_cmpuint (summary->n_prev_week, ==, 2);
  g_assert_cmpfloat_with_epsilon (summary->prev_week_mean_a, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary->prev_week_mean_b, 95, 1e-9);
}

static void
test_summary_spark (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthKindSummary) summary = NULL;
  struct { int m, d; double a, b; } expected[] = {
    { 6, 1, 200, 120 },
    { 6, 2, 140, 90 },
    { 6, 8, 160, 100 },
    { 6, 9, 120, 80 },
    { 6, 12, 135, 85 },
    { 6, 15, 130, 85 },
  };

  add_known_data (f);
  summary = hearth_store_get_kind_summary (f->store, hearth_profile_get_uuid (f->ana),
                                           HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  g_assert_no_error (error);

  /* Days with readings in [06-15 − 29, 06-15] = [05-17, 06-15], one point
   * each at local noon in the clock's zone, daily means. */
  g_assert_cmpuint (summary->spark->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < summary->spark->len; i++)
    {
      const HearthSeriesPoint *p = &g_array_index (summary->spark, HearthSeriesPoint, i);
      g_autoptr(GDateTime) noon = local_time (expected[i].m, expected[i].d, 12, 0, OFFSET_HOURS);

      g_assert_cmpint (p->t, ==, usec_of (noon));
      g_assert_cmpfloat_with_epsilon (p->a, expected[i].a, 1e-9);
      g_assert_cmpfloat_with_epsilon (p->b, expected[i].b, 1e-9);
    }

  /* Pulse: logged on 06-15 (70), none on 06-12 → NAN. */
  g_assert_cmpfloat (g_array_index (summary->spark, HearthSeriesPoint, 5).c, ==, 70);
  g_assert_true (isnan (g_array_index (summary->spark, HearthSeriesPoint, 4).c));
}

static void
test_summary_days_since (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthKindSummary) summary = NULL;
  g_autoptr(GDateTime) later = local_time (6, 20, 23, 59, OFFSET_HOURS);

  add_known_data (f);

  /* Five local days later, late in the evening. */
  hearth_clock_set_fixed (f->clock, later);
  summary = hearth_store_get_kind_summary (f->store, hearth_profile_get_uuid (f->ana),
                                           HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (summary->days_since_latest, ==, 5);

  /* This week is now 06-14 … 06-20: reading 1 only (the 06-14 one is
   * deleted); the week before 06-07 … 06-13: 2, 3, 4, 5. */
  g_assert_cmpuint (summary->n_week, ==, 1);
  g_assert_cmpfloat (summary->week_mean_a, ==, 130);
  g_assert_cmpuint (summary->n_prev_week, ==, 4);
  g_assert_cmpfloat_with_epsilon (summary->prev_week_mean_a, (140 + 130 + 120 + 160) / 4.0, 1e-9);
}

static void
test_summary_empty (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthKindSummary) summary = NULL;

  add_known_data (f);
  summary = hearth_store_get_kind_summary (f->store, hearth_profile_get_uuid (f->ana),
                                           HEARTH_READING_KIND_GLUCOSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  g_assert_null (summary->latest);
  g_assert_cmpint (summary->days_since_latest, ==, -1);
  g_assert_cmpuint (summary->n_week, ==, 0);
  g_assert_cmpuint (summary->n_prev_week, ==, 0);
  g_assert_true (isnan (summary->week_mean_a));
  g_assert_true (isnan (summary->week_mean_b));
  g_assert_true (isnan (summary->prev_week_mean_a));
  g_assert_true (isnan (summary->prev_week_mean_b));
  g_assert_nonnull (summary->spark);
  g_assert_cmpuint (summary->spark->len, ==, 0);

  g_clear_pointer (&summary, hearth_kind_summary_free);
  summary = hearth_store_get_kind_summary (f->store, "no-such-member",
                                           HEARTH_READING_KIND_GLUCOSE, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (summary);
}

/* A weight without body fat: the b mean is NAN, not 0. */
static void
test_summary_no_b (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthKindSummary) summary = NULL;
  g_autoptr(GDateTime) at1 = local_time (6, 14, 7, 0, OFFSET_HOURS);
  g_autoptr(GDateTime) at2 = local_time (6, 15, 7, 0, OFFSET_HOURS);

  add_reading (f, f->ana, hearth_reading_new_weight (at1, 70.0, NAN));
  add_reading (f, f->ana, hearth_reading_new_weight (at2, 71.0, NAN));

  summary = hearth_store_get_kind_summary (f->store, hearth_profile_get_uuid (f->ana),
                                           HEARTH_READING_KIND_WEIGHT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_week, ==, 2);
  g_assert_cmpfloat_with_epsilon (summary->week_mean_a, 70.5, 1e-9);
  g_assert_true (isnan (summary->week_mean_b));
  g_assert_cmpuint (summary->spark->len, ==, 2);
  g_assert_true (isnan (g_array_index (summary->spark, HearthSeriesPoint, 0).b));
}

/* Tracked kinds ----------------------------------------------------------- */

static GArray *
kinds_of (const HearthReadingKind *list,
          guint                    n)
{
  GArray *kinds = g_array_new (FALSE, FALSE, sizeof (HearthReadingKind));

  g_array_append_vals (kinds, list, n);
  return kinds;
}

static void
assert_kinds (GArray                  *kinds,
              const HearthReadingKind *expected,
              guint                    n)
{
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);

  for (guint i = 0; i < kinds->len; i++)
    g_string_append_printf (got, "%s ", hearth_reading_kind_to_string (g_array_index (kinds, HearthReadingKind, i)));
  for (guint i = 0; i < n; i++)
    g_string_append_printf (want, "%s ", hearth_reading_kind_to_string (expected[i]));

  g_assert_cmpstr (got->str, ==, want->str);
}

static void
test_tracked_kinds (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) kinds = NULL;
  g_autoptr(GDateTime) at = local_time (6, 14, 22, 0, OFFSET_HOURS);
  g_autoptr(GDateTime) sleep_start = local_time (6, 14, 23, 0, OFFSET_HOURS);
  g_autoptr(GDateTime) sleep_end = local_time (6, 15, 7, 0, OFFSET_HOURS);
  g_autoptr(HearthReading) glucose = hearth_reading_new_glucose (at, 5.5, HEARTH_GLUCOSE_CONTEXT_BEDTIME);
  const HearthReadingKind ana_expected[] = {
    HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_SLEEP,
  };
  /* Ben, 74, with hypertension and diabetes. */
  const char *conditions[] = { HEARTH_CONDITION_DIABETES, HEARTH_CONDITION_HYPERTENSION, NULL };
  const HearthReadingKind ben_expected[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_WEIGHT,
  };

  add_known_data (f);
  add_reading (f, f->ana, hearth_reading_new_sleep (sleep_start, sleep_end, 4));
  add_reading (f, f->ana, hearth_reading_new_weight (at, 60, NAN));

  /* A kind whose only reading is deleted is not tracked. */
  hearth_reading_set_profile_uuid (glucose, hearth_profile_get_uuid (f->ana));
  ASSERT_OK (hearth_store_add_reading (f->store, glucose, &error));
  ASSERT_OK (hearth_store_delete_reading (f->store, hearth_reading_get_uuid (glucose), &error));

  kinds = hearth_store_get_tracked_kinds (f->store, f->ana, &error);
  g_assert_no_error (error);
  assert_kinds (kinds, ana_expected, G_N_ELEMENTS (ana_expected));
  g_clear_pointer (&kinds, g_array_unref);

  hearth_profile_set_conditions (f->ben, conditions);
  ASSERT_OK (hearth_store_update_profile (f->store, f->ben, &error));
  add_reading (f, f->ben, hearth_reading_new_weight (at, 80, NAN));
  add_reading (f, f->ben, hearth_reading_new_glucose (at, 7.0, HEARTH_GLUCOSE_CONTEXT_BEDTIME));
  kinds = hearth_store_get_tracked_kinds (f->store, f->ben, &error);
  g_assert_no_error (error);
  assert_kinds (kinds, ben_expected, G_N_ELEMENTS (ben_expected));
  g_clear_pointer (&kinds, g_array_unref);

  /* A deleted member has nothing to show. */
  ASSERT_OK (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (f->ana), &error));
  kinds = hearth_store_get_tracked_kinds (f->store, f->ana, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (kinds);
}

/* Every summary query walks one of the readings indexes, never the table. */
static void
test_query_plans (Fixture       *f,
                  gconstpointer  data)
{
  const char * const *queries = _hearth_store_summary_queries_for_testing ();
  sqlite3 *db = _hearth_store_get_db (f->store);

  add_known_data (f);
  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s\n-> %s", queries[i], plan->str);
      g_assert_nonnull (strstr (plan->str, "INDEX readings_profile_kind_"));
      g_assert_null (strstr (plan->str, "SCAN readings"));
      g_assert_null (strstr (plan->str, "TEMP B-TREE"));
    }
}

/* Dashboard order (pure) -------------------------------------------------- */

static const HearthReadingKind all_kinds[] = {
  HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_GLUCOSE,
  HEARTH_READING_KIND_HEART_RATE, HEARTH_READING_KIND_SPO2, HEARTH_READING_KIND_TEMPERATURE,
  HEARTH_READING_KIND_WAIST, HEARTH_READING_KIND_BODY_FAT, HEARTH_READING_KIND_SLEEP,
  HEARTH_READING_KIND_STEPS,
};

#define REST_AFTER_GLUCOSE \
  HEARTH_READING_KIND_HEART_RATE, HEARTH_READING_KIND_SPO2, HEARTH_READING_KIND_TEMPERATURE, \
  HEARTH_READING_KIND_BODY_FAT, HEARTH_READING_KIND_WAIST, HEARTH_READING_KIND_SLEEP, \
  HEARTH_READING_KIND_STEPS

static void
check_sort_goal (const char * const      *conditions,
                 int                      age,
                 HearthMainGoal           main_goal,
                 const HearthReadingKind *expected,
                 guint                    n)
{
  g_autoptr(GArray) kinds = kinds_of (all_kinds, G_N_ELEMENTS (all_kinds));
  g_autoptr(GArray) reversed = g_array_new (FALSE, FALSE, sizeof (HearthReadingKind));

  hearth_dashboard_sort_kinds (conditions, age, main_goal, kinds);
  assert_kinds (kinds, expected, n);

  /* The input order does not matter. */
  for (guint i = G_N_ELEMENTS (all_kinds); i > 0; i--)
    g_array_append_val (reversed, all_kinds[i - 1]);
  hearth_dashboard_sort_kinds (conditions, age, main_goal, reversed);
  assert_kinds (reversed, expected, n);
}

static void
check_sort (const char * const      *conditions,
            int                      age,
            const HearthReadingKind *expected,
            guint                    n)
{
  check_sort_goal (conditions, age, HEARTH_MAIN_GOAL_NONE, expected, n);
  /* Just keeping a record moves nothing. */
  check_sort_goal (conditions, age, HEARTH_MAIN_GOAL_RECORD, expected, n);
}

/* The main goal's kind first, then the health record's and age's. */
static void
test_sort_main_goal (void)
{
  const char *hypertension[] = { HEARTH_CONDITION_HYPERTENSION, NULL };
  const char *diabetes[] = { HEARTH_CONDITION_DIABETES, NULL };
  const HearthReadingKind lower_bp[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };
  const HearthReadingKind glucose[] = {
    HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE,
    REST_AFTER_GLUCOSE,
  };
  const HearthReadingKind weight[] = {
    HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };
  const HearthReadingKind weight_hypertension[] = {
    HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };
  const HearthReadingKind steps[] = {
    HEARTH_READING_KIND_STEPS, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE,
    HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_HEART_RATE, HEARTH_READING_KIND_SPO2,
    HEARTH_READING_KIND_TEMPERATURE, HEARTH_READING_KIND_BODY_FAT, HEARTH_READING_KIND_WAIST,
    HEARTH_READING_KIND_SLEEP,
  };
  const HearthReadingKind steps_diabetes_older[] = {
    HEARTH_READING_KIND_STEPS, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE,
    HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_HEART_RATE, HEARTH_READING_KIND_SPO2,
    HEARTH_READING_KIND_TEMPERATURE, HEARTH_READING_KIND_BODY_FAT, HEARTH_READING_KIND_WAIST,
    HEARTH_READING_KIND_SLEEP,
  };
  const HearthReadingKind glucose_hypertension[] = {
    HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_WEIGHT,
    REST_AFTER_GLUCOSE,
  };

  check_sort_goal (NULL, 35, HEARTH_MAIN_GOAL_LOWER_BP, lower_bp, G_N_ELEMENTS (lower_bp));
  check_sort_goal (hypertension, 35, HEARTH_MAIN_GOAL_LOWER_BP, lower_bp, G_N_ELEMENTS (lower_bp));
  check_sort_goal (NULL, 35, HEARTH_MAIN_GOAL_MANAGE_GLUCOSE, glucose, G_N_ELEMENTS (glucose));
  check_sort_goal (diabetes, -1, HEARTH_MAIN_GOAL_MANAGE_GLUCOSE, glucose, G_N_ELEMENTS (glucose));
  check_sort_goal (NULL, 35, HEARTH_MAIN_GOAL_LOSE_WEIGHT, weight, G_N_ELEMENTS (weight));
  /* The member's goal before the record's: weight, then blood pressure. */
  check_sort_goal (hypertension, 35, HEARTH_MAIN_GOAL_LOSE_WEIGHT,
                   weight_hypertension, G_N_ELEMENTS (weight_hypertension));
  check_sort_goal (NULL, 35, HEARTH_MAIN_GOAL_MOVE_MORE, steps, G_N_ELEMENTS (steps));
  check_sort_goal (diabetes, 70, HEARTH_MAIN_GOAL_MOVE_MORE,
                   steps_diabetes_older, G_N_ELEMENTS (steps_diabetes_older));
  check_sort_goal (hypertension, 35, HEARTH_MAIN_GOAL_MANAGE_GLUCOSE,
                   glucose_hypertension, G_N_ELEMENTS (glucose_hypertension));
}

static void
test_sort_no_conditions (void)
{
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };
  const char *other[] = { "asthma", HEARTH_CONDITION_PREGNANCY, NULL };

  check_sort (NULL, 35, expected, G_N_ELEMENTS (expected));
  check_sort (other, 35, expected, G_N_ELEMENTS (expected));
  check_sort (NULL, 59, expected, G_N_ELEMENTS (expected));
  check_sort (NULL, 8, expected, G_N_ELEMENTS (expected));
}

static void
test_sort_hypertension (void)
{
  const char *conditions[] = { HEARTH_CONDITION_HYPERTENSION, NULL };
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };

  check_sort (conditions, 45, expected, G_N_ELEMENTS (expected));
}

static void
test_sort_diabetes (void)
{
  const char *conditions[] = { HEARTH_CONDITION_DIABETES, NULL };
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE,
    REST_AFTER_GLUCOSE,
  };

  check_sort (conditions, 45, expected, G_N_ELEMENTS (expected));
}

static void
test_sort_both (void)
{
  const char *conditions[] = { HEARTH_CONDITION_DIABETES, "asthma", HEARTH_CONDITION_HYPERTENSION, NULL };
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_WEIGHT,
    REST_AFTER_GLUCOSE,
  };

  check_sort (conditions, 45, expected, G_N_ELEMENTS (expected));
  check_sort (conditions, 70, expected, G_N_ELEMENTS (expected));
}

static void
test_sort_older (void)
{
  const char *diabetes[] = { HEARTH_CONDITION_DIABETES, NULL };
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };
  const HearthReadingKind expected_diabetes[] = {
    HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_WEIGHT,
    REST_AFTER_GLUCOSE,
  };

  check_sort (NULL, 65, expected, G_N_ELEMENTS (expected));
  check_sort (NULL, 60, expected, G_N_ELEMENTS (expected));
  check_sort (diabetes, 65, expected_diabetes, G_N_ELEMENTS (expected_diabetes));
}

static void
test_sort_unknown_age (void)
{
  const char *diabetes[] = { HEARTH_CONDITION_DIABETES, NULL };
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE,
    REST_AFTER_GLUCOSE,
  };
  const HearthReadingKind expected_diabetes[] = {
    HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_WEIGHT, HEARTH_READING_KIND_BLOOD_PRESSURE,
    REST_AFTER_GLUCOSE,
  };

  check_sort (NULL, -1, expected, G_N_ELEMENTS (expected));
  check_sort (diabetes, -1, expected_diabetes, G_N_ELEMENTS (expected_diabetes));
}

/* A subset keeps only what it had. */
static void
test_sort_subset (void)
{
  const char *diabetes[] = { HEARTH_CONDITION_DIABETES, NULL };
  const HearthReadingKind given[] = {
    HEARTH_READING_KIND_STEPS, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_GLUCOSE,
  };
  const HearthReadingKind expected[] = {
    HEARTH_READING_KIND_GLUCOSE, HEARTH_READING_KIND_BLOOD_PRESSURE, HEARTH_READING_KIND_STEPS,
  };
  g_autoptr(GArray) kinds = kinds_of (given, G_N_ELEMENTS (given));
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (HearthReadingKind));

  hearth_dashboard_sort_kinds (diabetes, 30, HEARTH_MAIN_GOAL_NONE, kinds);
  assert_kinds (kinds, expected, G_N_ELEMENTS (expected));

  hearth_dashboard_sort_kinds (diabetes, 30, HEARTH_MAIN_GOAL_NONE, none);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Generator (hearth-generate.h) --------------------------------------------- */

static void
on_readings_changed_cb (HearthStore *store,
                        const char  *profile_uuid,
                        GPtrArray   *seen)
{
  g_ptr_array_add (seen, g_strdup (profile_uuid));
}

/* Six members over 400 days: every reading valid and plausible, the
 * members' kinds follow their conditions, one signal per member. */
static void
test_generate_store (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (3, 6, 400, now);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *profiles = hearth_generated_get_profiles (generated);
  GPtrArray *readings = hearth_generated_get_readings (generated);
  guint total = 0;

  g_assert_cmpuint (profiles->len, ==, 6);
  for (int k = 0; k <= HEARTH_READING_KIND_LAST; k++)
    total += hearth_generated_count_kind (generated, k);
  g_assert_cmpuint (total, ==, readings->len);

  /* Valid and plausible, checked one by one before anything is stored
   * (the store is empty: plausibility compares with nothing yet). */
  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);

      ASSERT_OK (hearth_reading_validate (reading, now, &error));
      g_assert_nonnull (hearth_reading_get_uuid (reading));
    }

  g_signal_connect (f->store, "readings-changed", G_CALLBACK (on_readings_changed_cb), seen);
  ASSERT_OK (hearth_generated_store (generated, f->store, &error));
  g_assert_cmpuint (seen->len, ==, 6);

  /* Now each against the others already stored (weights, steps). */
  for (guint i = 0; i < readings->len; i++)
    ASSERT_OK (hearth_store_check_plausible (f->store, g_ptr_array_index (readings, i), &error));

  for (guint i = 0; i < profiles->len; i++)
    {
      HearthProfile *profile = g_ptr_array_index (profiles, i);
      g_autoptr(GArray) kinds = hearth_store_get_tracked_kinds (f->store, profile, &error);
      gboolean has_glucose = FALSE;

      g_assert_no_error (error);
      g_assert_cmpuint (kinds->len, >=, 4);
      for (guint k = 0; k < kinds->len; k++)
        has_glucose |= g_array_index (kinds, HearthReadingKind, k) == HEARTH_READING_KIND_GLUCOSE;
      g_assert_cmpint (has_glucose, ==, hearth_profile_has_condition (profile, HEARTH_CONDITION_DIABETES));
      if (hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION))
        g_assert_cmpint (g_array_index (kinds, HearthReadingKind, 0), ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
    }
}

/* Every row of the journal as text, for "exactly as before". */
static char *
dump_journal (Fixture *f)
{
  static const char * const tables[] = { "profiles", "readings" };
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* On a full disk the whole family is refused: no members without
 * readings are left behind, and a rerun afterwards succeeds. */
static void
test_generate_full (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (5, 6, 400, now);
  g_autoptr(HearthGenerated) again = hearth_generated_new (5, 6, 400, now);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDateTime) at = local_time (6, 14, 8, 0, OFFSET_HOURS);
  g_autofree char *bp = add_bp (f, f->ana, at, 120, 80, NAN);
  guint profiles_before = g_list_model_get_n_items (hearth_store_get_profiles (f->store));

  before = dump_journal (f);

  g_signal_connect (f->store, "readings-changed", G_CALLBACK (on_readings_changed_cb), seen);
  ASSERT_OK (_hearth_store_cap_size_for_testing (f->store, &error));
  g_assert_false (hearth_generated_store (generated, f->store, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FULL);
  g_clear_error (&error);

  after = dump_journal (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, profiles_before);
  g_assert_cmpuint (seen->len, ==, 0);

  /* Without the cap (a new connection), the same family goes in whole. */
  g_clear_object (&f->store);
  f->store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  ASSERT_OK (hearth_generated_store (again, f->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, profiles_before + 6);
}

/* Same seed and now: the same data, uuids included; another seed differs. */
static void
test_generate_deterministic (void)
{
  g_autoptr(GDateTime) now = local_time (6, 15, 9, 0, OFFSET_HOURS);
  g_autoptr(HearthGenerated) a = hearth_generated_new (11, 2, 30, now);
  g_autoptr(HearthGenerated) b = hearth_generated_new (11, 2, 30, now);
  g_autoptr(HearthGenerated) c = hearth_generated_new (12, 2, 30, now);
  GPtrArray *ra = hearth_generated_get_readings (a);
  GPtrArray *rb = hearth_generated_get_readings (b);
  GPtrArray *rc = hearth_generated_get_readings (c);
  guint same_as_c = 0;

  g_assert_cmpstr (hearth_profile_get_uuid (g_ptr_array_index (hearth_generated_get_profiles (a), 0)), ==,
                   hearth_profile_get_uuid (g_ptr_array_index (hearth_generated_get_profiles (b), 0)));
  g_assert_cmpuint (ra->len, ==, rb->len);
  g_assert_cmpuint (ra->len, >, 100);
  for (guint i = 0; i < ra->len; i++)
    {
      HearthReading *x = g_ptr_array_index (ra, i);
      HearthReading *y = g_ptr_array_index (rb, i);

      g_assert_cmpstr (hearth_reading_get_uuid (x), ==, hearth_reading_get_uuid (y));
      g_assert_true (g_date_time_equal (hearth_reading_get_taken_at (x), hearth_reading_get_taken_at (y)));
      g_assert_cmpfloat (hearth_reading_get_value_a (x), ==, hearth_reading_get_value_a (y));
      /* A valid v4 uuid. */
      g_assert_true (g_uuid_string_is_valid (hearth_reading_get_uuid (x)));
      g_assert_cmpint (hearth_reading_get_uuid (x)[14], ==, '4');
    }

  for (guint i = 0; i < MIN (ra->len, rc->len); i++)
    same_as_c += hearth_reading_get_value_a (g_ptr_array_index (ra, i)) ==
                 hearth_reading_get_value_a (g_ptr_array_index (rc, i));
  g_assert_cmpuint (same_as_c, <, MIN (ra->len, rc->len) / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hearth/summary/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("series/all", test_series_all);
  ADD ("series/bounds", test_series_bounds);
  ADD ("series/unknown-member", test_series_unknown_member);
  ADD ("kind/weeks", test_summary_weeks);
  ADD ("kind/spark", test_summary_spark);
  ADD ("kind/days-since", test_summary_days_since);
  ADD ("kind/empty", test_summary_empty);
  ADD ("kind/no-b", test_summary_no_b);
  ADD ("tracked-kinds", test_tracked_kinds);
  ADD ("query-plans", test_query_plans);
  ADD ("generate/store", test_generate_store);
  ADD ("generate/full", test_generate_full);
#undef ADD

  g_test_add_func ("/hearth/summary/sort/no-conditions", test_sort_no_conditions);
  g_test_add_func ("/hearth/summary/sort/hypertension", test_sort_hypertension);
  g_test_add_func ("/hearth/summary/sort/diabetes", test_sort_diabetes);
  g_test_add_func ("/hearth/summary/sort/both", test_sort_both);
  g_test_add_func ("/hearth/summary/sort/older", test_sort_older);
  g_test_add_func ("/hearth/summary/sort/unknown-age", test_sort_unknown_age);
  g_test_add_func ("/hearth/summary/sort/main-goal", test_sort_main_goal);
  g_test_add_func ("/hearth/summary/sort/subset", test_sort_subset);

  g_test_add_func ("/hearth/summary/generate/deterministic", test_generate_deterministic);

  return g_test_run ();
}
