/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-bench"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "hearth-application-private.h"
#include "hearth-bench-private.h"
#include "hearth-chart.h"
#include "hearth-core.h"
#include "hearth-gui-util.h"
#include "hearth-store-day.h"
#include "hearth-store-diet.h"
#include "hearth-store-private.h"
#include "hearth-window.h"

/* hearth-bench: the figures in README.md's Performance section.
 *
 *   (a) bulk insert of 6 members × 10 years (hearth-generate.h: readings,
 *       meals, workouts, medications, doses) against plain prepared
 *       INSERTs of the same readings into an identical table, and the
 *       time to generate that family;
 *   (b) each dashboard query (hearth-summary.h) on that database, the
 *       family overview (hearth-store-family.h), and a member's day (hearth_store_get_day_summary(): diet, exercise, doses)
 *       over many days of the ten years;
 *   (c) a chart frame (src/chart) of 10 years against one of 800 points;
 *   (d) the first frame of the real window on that database against a
 *       bare AdwApplicationWindow (needs a display; skipped without one);
 *   (e) food search as typed, one keystroke at a time, over the whole food
 *       table: USDA's reference foods plus a family's own foods and two
 *       years of meals (so "recently logged" has something to rank);
 *   (f) issue 9's engine (hearth-bench-progress.c): streaks, habits, badges,
 *       nudges and insights of the whole family, and one entry's update;
 *   (g) issue 10's export, import, encrypted backup and restore
 *       (hearth-bench-backup.c), and the Argon2id key derivation.
 * --only backup runs (a) when the database is new, then only (g).
 *
 * A developer tool: the output is not translated. Timings are wall-clock
 * (monotonic) on whatever machine runs it; nothing here is a test. */

#define SEED          1
#define MEMBERS       6
#define DAYS          3653   /* 10 years */
#define QUERY_ROUNDS  30
#define SUMMARY_DAYS  200    /* days per member, spread over the ten years */
#define CHART_ROUNDS  30
#define FRAME_ROUNDS  5
#define CHART_WIDTH   800
#define CHART_HEIGHT  400
#define FRAME_TIMEOUT 120    /* seconds for all of (d) */
#define SEARCH_ROUNDS 10
#define SEARCH_LIMIT  20     /* what a search list shows */
#define FAMILY_FOODS  300
#define MEAL_DAYS     730


static void
clear_measure (gpointer data)
{
  Measure *m = data;

  g_free (m->name);
  g_free (m->unit);
}

void
report (Report     *r,
        const char *name,
        double      value,
        const char *unit)
{
  Measure m = { g_strdup (name), value, g_strdup (unit) };

  g_array_append_val (r->measures, m);
}

void
note (Report     *r,
      const char *text)
{
  g_ptr_array_add (r->notes, g_strdup (text));
}

double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
median (GArray *values)
{
  guint n = values->len;

  g_assert (n > 0);
  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);
  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

static double
maximum (GArray *values)
{
  double max = 0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));
  return max;
}

/* Median and max; also the max without the first round (@per_round
 * values each), which pays for reading the file into SQLite's cache. */
void
report_times (Report     *r,
              const char *name,
              GArray     *values,
              guint       per_round)
{
  g_autofree char *median_name = g_strconcat (name, "_median", NULL);
  g_autofree char *max_name = g_strconcat (name, "_max", NULL);
  g_autofree char *warm_name = g_strconcat (name, "_max_warm", NULL);
  g_autoptr(GArray) warm = g_array_new (FALSE, FALSE, sizeof (double));

  if (values->len > per_round)
    g_array_append_vals (warm, &g_array_index (values, double, per_round), values->len - per_round);

  report (r, max_name, maximum (values), "ms");
  if (warm->len > 0)
    report (r, warm_name, maximum (warm), "ms");
  report (r, median_name, median (values), "ms");
}

void
die (const char   *what,
     const GError *error)
{
  g_printerr ("hearth-bench: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (EXIT_FAILURE);
}

/* (a) Bulk insert ---------------------------------------------------------- */

/* The rows as stored, to insert them again with plain SQL. */
typedef struct
{
  char   *uuid;
  gint64  profile_id;
  char   *kind;
  gint64  taken_at;
  gint64  utc_offset;
  gint64  local_day;
  double  a, b, c;
  char   *label_a;
  char   *label_b;
  gint64  created_at;
} RawRow;

static void
clear_raw_row (gpointer data)
{
  RawRow *row = data;

  g_free (row->uuid);
  g_free (row->kind);
  g_free (row->label_a);
  g_free (row->label_b);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static double
column_or_nan (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

static void
bind_or_null (sqlite3_stmt *stmt,
              int           index,
              double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

static GArray *
load_raw_rows (sqlite3 *db)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (RawRow));
  sqlite3_stmt *stmt = NULL;

  g_array_set_clear_func (rows, clear_raw_row);
  if (sqlite3_prepare_v2 (db,
                          "SELECT uuid, profile_id, kind, taken_at, utc_offset, local_day, "
                          "value_a, value_b, value_c, label_a, label_b, created_at "
                          "FROM readings ORDER BY id", -1, &stmt, NULL) != SQLITE_OK)
    die ("reading the rows back", NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      RawRow row;

      row.uuid = dup_column (stmt, 0);
      row.profile_id = sqlite3_column_int64 (stmt, 1);
      row.kind = dup_column (stmt, 2);
      row.taken_at = sqlite3_column_int64 (stmt, 3);
      row.utc_offset = sqlite3_column_int64 (stmt, 4);
      row.local_day = sqlite3_column_int64 (stmt, 5);
      row.a = column_or_nan (stmt, 6);
      row.b = column_or_nan (stmt, 7);
      row.c = column_or_nan (stmt, 8);
      row.label_a = dup_column (stmt, 9);
      row.label_b = dup_column (stmt, 10);
      row.created_at = sqlite3_column_int64 (stmt, 11);
      g_array_append_val (rows, row);
    }
  sqlite3_finalize (stmt);

  return rows;
}

/* Plain prepared INSERTs in one transaction on @db (a fresh store's, so
 * the same schema, indexes and pragmas). Returns the milliseconds. */
static double
insert_raw_rows (sqlite3 *db,
                 GArray  *rows)
{
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db,
                          "INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, "
                          "local_day, value_a, value_b, value_c, label_a, label_b, note, "
                          "created_at, updated_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL, ?12, ?12)",
                          -1, &stmt, NULL) != SQLITE_OK)
    die ("raw insert", NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      RawRow *row = &g_array_index (rows, RawRow, i);

      sqlite3_bind_text (stmt, 1, row->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, row->profile_id);
      sqlite3_bind_text (stmt, 3, row->kind, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, row->taken_at);
      sqlite3_bind_int64 (stmt, 5, row->utc_offset);
      sqlite3_bind_int64 (stmt, 6, row->local_day);
      sqlite3_bind_double (stmt, 7, row->a);
      bind_or_null (stmt, 8, row->b);
      bind_or_null (stmt, 9, row->c);
      sqlite3_bind_text (stmt, 10, row->label_a, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 11, row->label_b, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 12, row->created_at);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        die ("raw insert", NULL);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);

  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    die ("raw insert commit", NULL);

  return ms_since (start);
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static void
bench_bulk_insert (Report      *r,
                   HearthStore *store,
                   HearthClock *clock,
                   const char  *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (clock);
  g_autoptr(HearthGenerated) generated = NULL;
  g_autoptr(HearthStore) raw_store = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *raw_path = g_build_filename (dir, "raw.db", NULL);
  GPtrArray *profiles;
  double build_ms, insert_ms, raw_ms;
  guint n;
  gint64 start, total_rows;

  start = g_get_monotonic_time ();
  generated = hearth_generated_new (SEED, MEMBERS, DAYS, now);
  build_ms = ms_since (start);
  n = hearth_generated_get_readings (generated)->len;

  start = g_get_monotonic_time ();
  if (!hearth_generated_store (generated, store, &error))
    die ("generating", error);
  insert_ms = ms_since (start);
  if (!_hearth_store_query_int (store, "SELECT (SELECT count(*) FROM readings) + (SELECT count(*) FROM meals) "
                                       "+ (SELECT count(*) FROM meal_items) + (SELECT count(*) FROM workouts) "
                                       "+ (SELECT count(*) FROM medications) + (SELECT count(*) FROM doses) "
                                       "+ (SELECT count(*) FROM foods) + (SELECT count(*) FROM profiles)",
                                &total_rows, &error))
    die ("counting rows", error);

  /* The same rows into a fresh store's table with plain SQL. */
  remove_database (raw_path);
  raw_store = hearth_store_open (raw_path, clock, &error);
  if (raw_store == NULL)
    die ("opening the baseline database", error);
  profiles = hearth_generated_get_profiles (generated);
  for (guint i = 0; i < profiles->len; i++)
    {
      g_autoptr(HearthProfile) copy = hearth_profile_new (hearth_profile_get_name (g_ptr_array_index (profiles, i)));

      if (!hearth_store_add_profile (raw_store, copy, &error))
        die ("baseline members", error);
    }
  rows = load_raw_rows (_hearth_store_get_db (store));
  raw_ms = insert_raw_rows (_hearth_store_get_db (raw_store), rows);
  g_clear_object (&raw_store);
  remove_database (raw_path);

  report (r, "readings", n, "readings");
  report (r, "meals", hearth_generated_get_meals (generated)->len, "meals");
  report (r, "workouts", hearth_generated_get_workouts (generated)->len, "workouts");
  report (r, "doses", hearth_generated_get_doses (generated)->len, "doses");
  report (r, "generate_build", build_ms, "ms");
  report (r, "bulk_insert", insert_ms, "ms");
  /* The family as `hearth-cli generate` makes it: built and stored. */
  report (r, "generate_family", build_ms + insert_ms, "ms");
  /* Rows of every table in the one transaction, against plain INSERTs of
   * readings alone. */
  report (r, "bulk_insert_rows", total_rows, "rows");
  report (r, "bulk_insert_rate", total_rows / (insert_ms / 1000.0), "rows/s");
  report (r, "raw_insert_rate", rows->len / (raw_ms / 1000.0), "readings/s");
  report (r, "bulk_insert_ratio", (total_rows / insert_ms) / (rows->len / raw_ms), "ratio");
}

/* (b) Dashboard queries ----------------------------------------------------- */

/* The family overview (hearth_store_family_overview(): every member's
 * latest readings, overdue kinds, today's doses, warning), as the family
 * page builds it on each change, QUERY_ROUNDS times. */
static void
bench_family_overview (Report      *r,
                       HearthStore *store)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint round = 0; round < QUERY_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) family = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      family = hearth_store_family_overview (store, NULL, &error);
      if (family == NULL)
        die ("family overview", error);
      ms = ms_since (start);
      g_array_append_val (times, ms);
    }
  report_times (r, "family_overview", times, 1);
}

static void
bench_queries (Report      *r,
               HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) t_tracked = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_summary = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_latest = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_series = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_dashboard = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *profiles = hearth_store_get_profiles (store);
  guint max_series = 0;

  for (guint round = 0; round < QUERY_ROUNDS; round++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
        {
          g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
          const char *uuid = hearth_profile_get_uuid (profile);
          g_autoptr(GArray) kinds = NULL;
          gint64 member_start = g_get_monotonic_time ();
          gint64 start = member_start;
          double ms;

          kinds = hearth_store_get_tracked_kinds (store, profile, &error);
          if (kinds == NULL)
            die ("tracked kinds", error);
          ms = ms_since (start);
          g_array_append_val (t_tracked, ms);

          for (guint k = 0; k < kinds->len; k++)
            {
              HearthReadingKind kind = g_array_index (kinds, HearthReadingKind, k);
              g_autoptr(HearthKindSummary) summary = NULL;

              start = g_get_monotonic_time ();
              summary = hearth_store_get_kind_summary (store, uuid, kind, &error);
              if (summary == NULL)
                die ("kind summary", error);
              ms = ms_since (start);
              g_array_append_val (t_summary, ms);
            }
          ms = ms_since (member_start);
          g_array_append_val (t_dashboard, ms);

          for (guint k = 0; k < kinds->len; k++)
            {
              HearthReadingKind kind = g_array_index (kinds, HearthReadingKind, k);
              g_autoptr(HearthReading) latest = NULL;
              g_autoptr(GArray) series = NULL;

              start = g_get_monotonic_time ();
              latest = hearth_store_get_latest_reading (store, uuid, kind, &error);
              ms = ms_since (start);
              if (error != NULL)
                die ("latest reading", error);
              g_array_append_val (t_latest, ms);

              start = g_get_monotonic_time ();
              series = hearth_store_get_series (store, uuid, kind, G_MININT64, G_MAXINT64, &error);
              ms = ms_since (start);
              if (series == NULL)
                die ("series", error);
              g_array_append_val (t_series, ms);
              max_series = MAX (max_series, series->len);
            }
        }
    }

  report_times (r, "query_tracked_kinds", t_tracked, t_tracked->len / QUERY_ROUNDS);
  report_times (r, "query_kind_summary", t_summary, t_summary->len / QUERY_ROUNDS);
  report_times (r, "query_latest_reading", t_latest, t_latest->len / QUERY_ROUNDS);
  report_times (r, "query_series_10y", t_series, t_series->len / QUERY_ROUNDS);
  report (r, "query_series_10y_points_max", max_series, "points");
  report_times (r, "dashboard_member", t_dashboard, t_dashboard->len / QUERY_ROUNDS);
}

/* A member's day: diet, exercise, doses, for SUMMARY_DAYS days spread over
 * the ten years up to today, every member. */
static void
bench_day_summary (Report      *r,
                   HearthStore *store,
                   HearthClock *clock)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GDateTime) now = hearth_clock_now (clock);
  GListModel *profiles = hearth_store_get_profiles (store);
  gint64 today = (g_date_time_to_unix (now) + g_date_time_get_utc_offset (now) / G_TIME_SPAN_SECOND) / 86400;
  guint busy = 0;

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      for (guint k = 0; k < SUMMARY_DAYS; k++)
        {
          HearthDaySummary summary;
          gint64 day = today - (gint64) k * (DAYS - 1) / (SUMMARY_DAYS - 1);
          gint64 start = g_get_monotonic_time ();
          double ms;

          if (!hearth_store_get_day_summary (store, hearth_profile_get_uuid (profile), day, &summary, &error))
            die ("day summary", error);
          ms = ms_since (start);
          g_array_append_val (times, ms);
          busy += summary.meals > 0 && summary.workouts > 0 && summary.doses_scheduled > 0;
        }
    }

  report_times (r, "day_summary", times, g_list_model_get_n_items (profiles));
  /* report_times() sorted them: the 99th percentile, which one stall of a
   * machine shared with other work does not move. */
  report (r, "day_summary_p99", g_array_index (times, double, times->len * 99 / 100), "ms");
  report (r, "day_summary_days", times->len, "days");
  report (r, "day_summary_days_with_all_three", busy, "days");
}

/* (e) Food search per keystroke -------------------------------------------------- */

static const char * const food_bases[] = {
  "rice", "apple pie", "chicken soup", "milk tea", "oat porridge", "egg fried rice", "banana bread",
  "cheese toast", "beef stew", "tomato salad", "yogurt bowl", "noodle soup", "bean chili",
  "potato bake", "fish curry", "白米饭", "牛奶", "豆腐汤", "fruit smoothie", "lentil dal",
};
static const char * const food_variants[] = {
  "Grandma's", "quick", "weekday", "Sunday", "spicy", "light", "school", "big", "small", "holiday",
  "summer", "winter", "leftover", "party", "camping",
};
static const char * const typed_phrases[] = {
  "apple raw", "chicken breast roasted", "rice white cooked", "whole milk", "cheddar cheese",
  "banana", "oatmeal", "yogurt greek plain", "egg whole boiled", "米饭", "Sunday beef stew",
};

typedef struct
{
  GPtrArray *foods;     /* HearthFood */
  const char *profile;  /* uuid */
  GDateTime  *now;
} DietData;

/* The family's foods and two years of a member's meals (three a day, three
 * items each, the family's and reference foods), in one transaction. */
static gboolean
write_diet (HearthStore  *store,
            gpointer      user_data,
            GError      **error)
{
  DietData *d = user_data;
  g_autoptr(GListModel) reference = NULL;
  GRand *rand = g_rand_new_with_seed (SEED);
  gboolean ok = TRUE;

  for (guint v = 0; ok && v < G_N_ELEMENTS (food_variants); v++)
    for (guint b = 0; ok && b < G_N_ELEMENTS (food_bases); b++)
      {
        g_autofree char *name = g_strdup_printf ("%s %s", food_variants[v], food_bases[b]);
        g_autoptr(HearthFood) food = hearth_food_new (name, HEARTH_AMOUNT_UNIT_GRAM);

        hearth_food_set_nutrient (food, HEARTH_NUTRIENT_ENERGY, g_rand_int_range (rand, 40, 400));
        hearth_food_set_favourite (food, g_rand_int_range (rand, 0, 20) == 0);
        ok = hearth_store_add_food (store, food, error);
        g_ptr_array_add (d->foods, g_steal_pointer (&food));
      }
  if (ok)
    reference = hearth_store_search_foods (store, "raw", 200, error);
  ok = ok && reference != NULL;
  for (guint day = 0; ok && day < MEAL_DAYS; day++)
    for (guint m = 0; ok && m < 3; m++)
      {
        g_autoptr(GDateTime) at = g_date_time_add_hours (d->now, -24 * (gint) (MEAL_DAYS - day) + 4 * (gint) m);
        g_autoptr(HearthMeal) meal = hearth_meal_new (d->profile, HEARTH_MEAL_TYPE_BREAKFAST + m, at);

        for (guint i = 0; i < 3; i++)
          {
            HearthMealItem *item = hearth_meal_item_new ();
            g_autoptr(HearthFood) ref = NULL;

            if (i < 2)
              item->food_uuid = g_strdup (hearth_food_get_uuid (g_ptr_array_index (d->foods, g_rand_int_range (rand, 0, d->foods->len))));
            else
              {
                ref = g_list_model_get_item (reference, g_rand_int_range (rand, 0, g_list_model_get_n_items (reference)));
                item->food_uuid = g_strdup (hearth_food_get_uuid (ref));
              }
            item->amount = g_rand_int_range (rand, 50, 300);
            item->unit = HEARTH_AMOUNT_UNIT_GRAM;
            hearth_meal_add_item (meal, item);
          }
        ok = hearth_store_add_meal (store, meal, error);
      }
  g_rand_free (rand);
  return ok;
}

static void
bench_food_search (Report      *r,
                   HearthStore *store,
                   const char  *member,
                   GDateTime   *now,
                   gboolean     fresh)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GListModel) own = hearth_store_list_foods (store, &error);
  g_autoptr(GListModel) reference = NULL;
  g_autoptr(GPtrArray) typed_texts = g_ptr_array_new_with_free_func (g_free);
  guint keystrokes = 0;
  guint worst = 0;
  double worst_ms = -1;

  if (own == NULL)
    die ("listing foods", error);
  /* A database the bench made (whose generated family has a few foods of
   * its own) gets the family's 300 foods and two years of meals. */
  if (fresh)
    {
      g_autoptr(GPtrArray) foods = g_ptr_array_new_with_free_func (g_object_unref);
      DietData d = { foods, member, now };
      gint64 start = g_get_monotonic_time ();

      if (!hearth_store_write (store, write_diet, &d, &error))
        die ("the family's foods and meals", error);
      report (r, "diet_generate", ms_since (start), "ms");
      g_clear_object (&own);
      own = hearth_store_list_foods (store, &error);
      if (own == NULL)
        die ("listing foods", error);
    }
  else
    note (r, "food search: --db already has the family's foods; measuring it as it is");
  reference = hearth_store_list_reference_foods (store, &error);
  if (reference == NULL)
    die ("listing reference foods", error);

  for (guint round = 0; round < SEARCH_ROUNDS; round++)
    for (guint p = 0; p < G_N_ELEMENTS (typed_phrases); p++)
      {
        const char *phrase = typed_phrases[p];

        for (const char *end = g_utf8_next_char (phrase); ; end = g_utf8_next_char (end))
          {
            g_autofree char *typed = g_strndup (phrase, end - phrase);
            g_autoptr(GListModel) found = NULL;
            gint64 start = g_get_monotonic_time ();
            double ms;

            found = hearth_store_search_foods (store, typed, SEARCH_LIMIT, &error);
            ms = ms_since (start);
            if (found == NULL)
              die ("food search", error);
            g_array_append_val (times, ms);
            if (round == 0)
              {
                keystrokes++;
                g_ptr_array_add (typed_texts, g_strdup (typed));
              }
            if (*end == '\0')
              break;
          }
      }

  report (r, "food_table_reference", g_list_model_get_n_items (reference), "foods");
  report (r, "food_table_family", g_list_model_get_n_items (own), "foods");
  report (r, "food_search_keystrokes", keystrokes, "keystrokes");
  /* The slowest keystroke by its median over the rounds: the max alone
   * also catches the scheduler on a machine shared with other work. */
  for (guint k = 0; k < keystrokes; k++)
    {
      g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (double));
      double ms;

      for (guint round = 0; round < SEARCH_ROUNDS; round++)
        g_array_append_val (rounds, g_array_index (times, double, round * keystrokes + k));
      ms = median (rounds);
      if (ms > worst_ms)
        {
          worst_ms = ms;
          worst = k;
        }
    }
  report_times (r, "food_search_keystroke", times, keystrokes);
  report (r, "food_search_slowest_keystroke_median", worst_ms, "ms");
  {
    g_autofree char *text = g_strdup_printf ("food search: the slowest keystroke (by its median) "
                                             "is \"%s\"", (const char *) g_ptr_array_index (typed_texts, worst));

    note (r, text);
  }
}

/* (c) Chart frames ------------------------------------------------------------ */

static GArray *
chart_points (GArray *series,
              int     column)   /* 0: a, 1: b */
{
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (HearthChartPoint), series->len);

  for (guint i = 0; i < series->len; i++)
    {
      const HearthSeriesPoint *s = &g_array_index (series, HearthSeriesPoint, i);
      HearthChartPoint p = { s->t, column == 0 ? s->a : s->b };

      if (!isnan (p.v))
        g_array_append_val (points, p);
    }

  return points;
}

/* The first @n points spread evenly over the whole range. */
static GArray *
thin_points (GArray *points,
             guint   n)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (HearthChartPoint), n);

  for (guint i = 0; i < n && points->len > 0; i++)
    {
      guint j = (guint) ((guint64) i * points->len / n);

      g_array_append_val (out, g_array_index (points, HearthChartPoint, j));
    }

  return out;
}

typedef struct
{
  GArray *sets[3];    /* systolic, diastolic, weight: input points */
  gint64  t0, t1;
} ChartData;

/* One frame as the widget draws it: the full series handed to the chart
 * library, which draws a range denser than one reading per 3 px as
 * summaries (means, spread, trend) and reduces the rest per pixel column;
 * @raw_only draws every reading reduced per column instead. The blood
 * pressure chart, then the weight chart. */
static double
draw_frame (cairo_t                *cr,
            const ChartData        *data,
            const HearthChartStyle *style,
            gboolean                raw_only)
{
  gint64 start = g_get_monotonic_time ();
  HearthChart bp, weight;

  hearth_chart_init (&bp);
  bp.t0 = data->t0;
  bp.t1 = data->t1;
  bp.raw_only = raw_only;
  bp.show_legend = TRUE;
  hearth_chart_add_series (&bp, (const HearthChartPoint *) (void *) data->sets[0]->data, data->sets[0]->len,
                           HEARTH_CHART_ROLE_SERIES_1, HEARTH_CHART_SERIES_LINE, "Systolic");
  hearth_chart_add_series (&bp, (const HearthChartPoint *) (void *) data->sets[1]->data, data->sets[1]->len,
                           HEARTH_CHART_ROLE_SERIES_2, HEARTH_CHART_SERIES_LINE, "Diastolic");
  hearth_chart_draw (cr, &bp, style, CHART_WIDTH, CHART_HEIGHT, NULL);

  hearth_chart_init (&weight);
  weight.t0 = data->t0;
  weight.t1 = data->t1;
  weight.raw_only = raw_only;
  weight.show_legend = TRUE;
  hearth_chart_add_series (&weight, (const HearthChartPoint *) (void *) data->sets[2]->data, data->sets[2]->len,
                           HEARTH_CHART_ROLE_SERIES_1, HEARTH_CHART_SERIES_LINE, "Weight");
  hearth_chart_draw (cr, &weight, style, CHART_WIDTH, CHART_HEIGHT, NULL);

  return ms_since (start);
}

static double
median_frame (cairo_t                *cr,
              const ChartData        *data,
              const HearthChartStyle *style,
              gboolean                raw_only)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  /* A first frame warms the font caches. */
  draw_frame (cr, data, style, raw_only);
  for (guint round = 0; round < CHART_ROUNDS; round++)
    {
      double ms = draw_frame (cr, data, style, raw_only);

      g_array_append_val (times, ms);
    }

  return median (times);
}

static void
bench_chart (Report      *r,
             HearthStore *store,
             const char  *member_uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) bp = NULL;
  g_autoptr(GArray) kg = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH, CHART_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  HearthChartStyle style;
  ChartData full, few;
  double ms_full, ms_full_raw, ms_few;
  guint n_full;

  bp = hearth_store_get_series (store, member_uuid, HEARTH_READING_KIND_BLOOD_PRESSURE,
                                G_MININT64, G_MAXINT64, &error);
  kg = bp != NULL ? hearth_store_get_series (store, member_uuid, HEARTH_READING_KIND_WEIGHT,
                                             G_MININT64, G_MAXINT64, &error) : NULL;
  if (kg == NULL)
    die ("chart series", error);
  if (bp->len == 0 || kg->len == 0)
    {
      note (r, "chart frames skipped: the busiest member has no blood pressure or weight");
      goto out;
    }

  hearth_chart_style_init_light (&style);

  full.sets[0] = chart_points (bp, 0);
  full.sets[1] = chart_points (bp, 1);
  full.sets[2] = chart_points (kg, 0);
  full.t0 = MIN (g_array_index (bp, HearthSeriesPoint, 0).t, g_array_index (kg, HearthSeriesPoint, 0).t);
  full.t1 = MAX (g_array_index (bp, HearthSeriesPoint, bp->len - 1).t,
                 g_array_index (kg, HearthSeriesPoint, kg->len - 1).t);
  n_full = full.sets[0]->len + full.sets[1]->len + full.sets[2]->len;

  /* 800 points in all over the same range. */
  few.sets[0] = thin_points (full.sets[0], 300);
  few.sets[1] = thin_points (full.sets[1], 300);
  few.sets[2] = thin_points (full.sets[2], 200);
  few.t0 = full.t0;
  few.t1 = full.t1;

  ms_full = median_frame (cr, &full, &style, FALSE);
  ms_full_raw = median_frame (cr, &full, &style, TRUE);
  ms_few = median_frame (cr, &few, &style, FALSE);

  report (r, "chart_points_10y", n_full, "points");
  report (r, "chart_frame_10y", ms_full, "ms");
  report (r, "chart_frame_10y_raw", ms_full_raw, "ms");
  report (r, "chart_frame_800", ms_few, "ms");
  report (r, "chart_frame_ratio", ms_full / ms_few, "ratio");

  for (guint i = 0; i < 3; i++)
    {
      g_array_unref (full.sets[i]);
      g_array_unref (few.sets[i]);
    }

out:
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* (d) First frame ------------------------------------------------------------- */

/* A window that takes minutes to build (a dashboard that loads a whole
 * history into widgets) blocks inside GTK, so a thread ends the run:
 * what was measured is printed with a note. 0 running, 1 done, 2 timed out. */
static int frame_state;

typedef struct
{
  Report   *report;
  gboolean  json;
} Watchdog;

static void print_report (Report *r, gboolean json);

static gpointer
watchdog_thread (gpointer data)
{
  Watchdog *w = data;

  g_usleep (FRAME_TIMEOUT * G_USEC_PER_SEC);
  if (!g_atomic_int_compare_and_exchange (&frame_state, 0, 2))
    return NULL;

  note (w->report, "first frame NOT MEASURED: the window took more than "
                   G_STRINGIFY (FRAME_TIMEOUT) " s to build and show");
  print_report (w->report, w->json);
  fflush (stdout);
  _exit (3);
}

typedef struct
{
  GtkWidget *window;
  gint64     painted_at;   /* the first frame */
  gboolean   deferred_run; /* the work queued for after it has run */
  gint64     complete_at;  /* the first frame painted after that */
} FrameTimes;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   FrameTimes    *times)
{
  if (times->painted_at == 0)
    times->painted_at = g_get_monotonic_time ();
  else if (times->deferred_run && times->complete_at == 0)
    times->complete_at = g_get_monotonic_time ();
}

/* Runs after every idle the window queued for after its first frame
 * (they run at G_PRIORITY_LOW): the cards below the fold, the history. */
static gboolean
on_deferred_run_cb (gpointer data)
{
  FrameTimes *times = data;

  times->deferred_run = TRUE;
  gtk_widget_queue_draw (times->window);
  return G_SOURCE_REMOVE;
}

/* Presents @window (built by the caller since @start) and returns the
 * milliseconds until its first frame was painted; with @complete_ms,
 * also until the frame after the work deferred past the first one. */
static double
time_first_frame_full (GtkWindow *window,
                       gint64     start,
                       double    *complete_ms)
{
  GdkFrameClock *frame_clock;
  FrameTimes times = { GTK_WIDGET (window), 0, FALSE, 0 };
  gulong handler;
  double ms;

  gtk_window_present (window);
  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert (frame_clock != NULL);
  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), &times);

  while (times.painted_at == 0)
    g_main_context_iteration (NULL, TRUE);

  if (complete_ms != NULL)
    {
      g_idle_add_full (G_PRIORITY_LOW + 10, on_deferred_run_cb, &times, NULL);
      while (times.complete_at == 0)
        g_main_context_iteration (NULL, TRUE);
      *complete_ms = (times.complete_at - start) / 1000.0;
    }

  g_signal_handler_disconnect (frame_clock, handler);
  ms = (times.painted_at - start) / 1000.0;

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return ms;
}

static double
time_first_frame (GtkWindow *window,
                  gint64     start)
{
  return time_first_frame_full (window, start, NULL);
}

static double
bare_window_frame (GtkApplication *app,
                   gint64          start)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Hearth"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  return time_first_frame (GTK_WINDOW (window), start);
}

static double
hearth_window_frame (HearthApplication *app,
                     const char        *member_uuid,
                     gint64             start,
                     double            *complete_ms)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  HearthWindow *window;

  /* As when a person starts Hearth: the window opens on the member shown
   * last (it reads the setting), not on the first and then another. */
  g_settings_set_string (settings, "last-profile", member_uuid);
  window = hearth_window_new (app, hearth_application_get_store (app));
  if (!hearth_window_select_profile (window, member_uuid))
    g_warning ("Could not select the busiest member");

  return time_first_frame_full (GTK_WINDOW (window), start, complete_ms);
}

static void
bench_first_frame (Report     *r,
                   gboolean    json,
                   const char *db_path,
                   const char *member_uuid)
{
  static Watchdog watchdog;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthApplication) app = NULL;
  g_autoptr(GArray) t_hearth = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GSettingsSchema) schema = NULL;
  double m_hearth, m_bare;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      note (r, "first frame skipped: no display (run under xvfb-run)");
      return;
    }

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      note (r, "first frame skipped: the GSettings schema is not installed (run through meson devenv)");
      return;
    }

  watchdog.report = r;
  watchdog.json = json;
  g_thread_unref (g_thread_new ("watchdog", watchdog_thread, &watchdog));

  g_setenv ("HEARTH_DB", db_path, TRUE);
  _hearth_gui_register_resources ();
  app = _hearth_application_new_with_flags (G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    die ("registering the application", error);
  if (hearth_application_get_store (app) == NULL)
    die ("opening the database in the application", _hearth_application_get_open_error (app));

  /* Keep the application alive without a window; warm up GTK's one-time
   * costs (theme, fonts, renderer) with a bare window first. */
  g_application_hold (G_APPLICATION (app));
  bare_window_frame (GTK_APPLICATION (app), g_get_monotonic_time ());

  for (guint i = 0; i < FRAME_ROUNDS; i++)
    {
      double ms = hearth_window_frame (app, member_uuid, g_get_monotonic_time (), NULL);

      g_array_append_val (t_hearth, ms);
      ms = bare_window_frame (GTK_APPLICATION (app), g_get_monotonic_time ());
      g_array_append_val (t_bare, ms);
    }
  g_application_release (G_APPLICATION (app));

  if (!g_atomic_int_compare_and_exchange (&frame_state, 0, 1))
    return;  /* the watchdog is printing */

  m_hearth = median (t_hearth);
  m_bare = median (t_bare);
  report (r, "first_frame_warm_hearth", m_hearth, "ms");
  report (r, "first_frame_warm_hearth_max", maximum (t_hearth), "ms");
  report (r, "first_frame_warm_bare", m_bare, "ms");
  report (r, "first_frame_warm_ratio", m_hearth / m_bare, "ratio");
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") != 0)
    note (r, "GSK_RENDERER is not cairo: first-frame figures are not comparable with README.md");
}

/* The same from a cold start: each run is a fresh process of this program
 * (GTK, the theme, fonts and the renderer all start from nothing), timed
 * from main() to the first painted frame, as a person starting Hearth
 * waits. Hearth's window on the big database against a bare window. */
static gint64 process_start;

static int
run_cold_child (const char *mode,
                const char *db_path,
                const char *member_uuid)
{
  g_autoptr(GError) error = NULL;
  double ms, complete_ms = 0;

  if (g_strcmp0 (mode, "hearth") == 0)
    {
      g_autoptr(HearthApplication) app = NULL;

      g_setenv ("HEARTH_DB", db_path, TRUE);
      _hearth_gui_register_resources ();
      app = _hearth_application_new_with_flags (G_APPLICATION_NON_UNIQUE);
      if (!g_application_register (G_APPLICATION (app), NULL, &error) ||
          hearth_application_get_store (app) == NULL)
        return 1;
      g_application_hold (G_APPLICATION (app));
      ms = hearth_window_frame (app, member_uuid, process_start, &complete_ms);
    }
  else
    {
      g_autoptr(AdwApplication) app = adw_application_new ("io.github.hearthapp.HearthBench",
                                                           G_APPLICATION_NON_UNIQUE);

      if (!g_application_register (G_APPLICATION (app), NULL, &error))
        return 1;
      g_application_hold (G_APPLICATION (app));
      ms = bare_window_frame (GTK_APPLICATION (app), process_start);
    }

  /* The first frame; for Hearth, the frame with everything deferred. */
  g_print ("%.3f %.3f\n", ms, complete_ms);
  return 0;
}

static gboolean
spawn_cold_child (const char *mode,
                  const char *db_path,
                  const char *member_uuid,
                  double     *ms,
                  double     *complete_ms)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { self, "--cold-child", mode, "--db", db_path, "--member", member_uuid, NULL };
  int status = 0;

  if (self == NULL ||
      !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  {
    char *end = NULL;

    *ms = g_ascii_strtod (out, &end);
    *complete_ms = g_ascii_strtod (end, NULL);
  }
  return *ms > 0;
}

static void
bench_cold_start (Report     *r,
                  const char *db_path,
                  const char *member_uuid)
{
  g_autoptr(GArray) t_hearth = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_bare = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) t_complete = g_array_new (FALSE, FALSE, sizeof (double));

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return;

  for (guint i = 0; i < FRAME_ROUNDS; i++)
    {
      double ms, complete_ms;

      if (!spawn_cold_child ("hearth", db_path, member_uuid, &ms, &complete_ms))
        {
          note (r, "cold first frame NOT MEASURED: the child run failed");
          return;
        }
      g_array_append_val (t_hearth, ms);
      g_array_append_val (t_complete, complete_ms);
      if (!spawn_cold_child ("bare", db_path, member_uuid, &ms, &complete_ms))
        {
          note (r, "cold first frame NOT MEASURED: the child run failed");
          return;
        }
      g_array_append_val (t_bare, ms);
    }

  report (r, "first_frame_cold_hearth", median (t_hearth), "ms");
  report (r, "first_frame_cold_bare", median (t_bare), "ms");
  report (r, "first_frame_cold_ratio", median (t_hearth) / median (t_bare), "ratio");
  /* What the first frame leaves for right after it (the cards below the
   * fold, the history), until painted: not hidden, only later. */
  report (r, "first_frame_cold_hearth_complete", median (t_complete), "ms");
}

/* Main ------------------------------------------------------------------------- */

static char *
busiest_member (HearthStore *store)
{
  sqlite3_stmt *stmt = NULL;
  char *uuid = NULL;

  if (sqlite3_prepare_v2 (_hearth_store_get_db (store),
                          "SELECT p.uuid FROM readings r JOIN profiles p ON p.id = r.profile_id "
                          "WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL "
                          "GROUP BY r.profile_id ORDER BY count(*) DESC LIMIT 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    die ("finding the busiest member", NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = dup_column (stmt, 0);
  sqlite3_finalize (stmt);

  return uuid;
}

static void
print_report (Report   *r,
              gboolean  json)
{
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      for (guint i = 0; i < r->measures->len; i++)
        {
          Measure *m = &g_array_index (r->measures, Measure, i);

          json_builder_set_member_name (builder, m->name);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "value");
          json_builder_add_double_value (builder, m->value);
          json_builder_set_member_name (builder, "unit");
          json_builder_add_string_value (builder, m->unit);
          json_builder_end_object (builder);
        }
      json_builder_set_member_name (builder, "notes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < r->notes->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (r->notes, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
      return;
    }

  for (guint i = 0; i < r->measures->len; i++)
    {
      Measure *m = &g_array_index (r->measures, Measure, i);

      if (m->value == floor (m->value) && fabs (m->value) < 1e15)
        g_print ("%s %.0f %s\n", m->name, m->value, m->unit);
      else
        g_print ("%s %.3f %s\n", m->name, m->value, m->unit);
    }
  for (guint i = 0; i < r->notes->len; i++)
    g_print ("# %s\n", (const char *) g_ptr_array_index (r->notes, i));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *member = NULL;
  g_autofree char *cold_child = NULL;
  g_autofree char *cold_member = NULL;
  g_autofree char *only = NULL;
  gboolean json = FALSE;
  gboolean keep = FALSE;
  gboolean existing;
  Report r;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object", NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      "Database to use: generated into when it has no members, else used as it is", "PATH" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the generated temporary database", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Run only this section: backup", "SECTION" },
    { "cold-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &cold_child, NULL, NULL },
    { "member", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &cold_member, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };

  process_start = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  hearth_core_init ();

  context = g_option_context_new ("— measure Hearth on 6 members × 10 years");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("hearth-bench: %s\n", error->message);
      return 2;
    }

  if (cold_child != NULL)
    return run_cold_child (cold_child, db_path, cold_member);
  if (only != NULL && !g_str_equal (only, "backup"))
    {
      g_printerr ("hearth-bench: --only takes “backup”\n");
      return 2;
    }

  r.measures = g_array_new (FALSE, TRUE, sizeof (Measure));
  g_array_set_clear_func (r.measures, clear_measure);
  r.notes = g_ptr_array_new_with_free_func (g_free);

  /* A program, not core logic: "now" is the wall clock, fixed for the run. */
  now = g_date_time_new_now_local ();
  clock = hearth_clock_new_fixed (now);

  dir = g_dir_make_tmp ("hearth-bench-XXXXXX", &error);
  if (dir == NULL)
    die ("temporary folder", error);
  if (db_path == NULL)
    db_path = g_build_filename (dir, "hearth.db", NULL);

  store = hearth_store_open (db_path, clock, &error);
  if (store == NULL)
    die (db_path, error);

  existing = g_list_model_get_n_items (hearth_store_get_profiles (store)) > 0;
  if (existing)
    note (&r, "bulk insert skipped: --db already has members; measuring it as it is");
  else
    bench_bulk_insert (&r, store, clock, dir);

  member = busiest_member (store);
  if (member == NULL)
    die ("the database has no readings", NULL);

  if (only == NULL)
    {
      bench_queries (&r, store);
      bench_family_overview (&r, store);
      bench_day_summary (&r, store, clock);
      bench_chart (&r, store, member);
      bench_food_search (&r, store, member, now, !existing);
      bench_progress (&r, store, clock);
    }
  bench_backup (&r, store, clock, dir);

  /* The window opens the database itself. */
  g_clear_object (&store);
  if (only == NULL)
    {
      bench_cold_start (&r, db_path, member);
      bench_first_frame (&r, json, db_path, member);
    }

  if (keep || g_str_has_prefix (db_path, dir) == FALSE)
    {
      if (g_str_has_prefix (db_path, dir))
        note (&r, db_path);
    }
  else
    {
      remove_database (db_path);
    }
  g_rmdir (dir);

  print_report (&r, json);

  g_array_unref (r.measures);
  g_ptr_array_unref (r.notes);
  return 0;
}
