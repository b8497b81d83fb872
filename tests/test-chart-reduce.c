/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-reduce"

#include "config.h"

#include <math.h>

#include "hearth-chart.h"

#define DAY G_TIME_SPAN_DAY

static GArray *
new_points (void)
{
  return g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
}

static gboolean
contains (GArray                 *out,
          const HearthChartPoint *p)
{
  for (guint i = 0; i < out->len; i++)
    {
      const HearthChartPoint *q = &g_array_index (out, HearthChartPoint, i);

      if (q->t == p->t && q->v == p->v)
        return TRUE;
    }

  return FALSE;
}

static void
test_minmax_columns (void)
{
  const guint n = 100000;
  const guint n_columns = 800;
  const gint64 t0 = G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC;
  const gint64 t1 = t0 + 3650 * DAY;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, n);
  g_autofree int *lo = g_new (int, n_columns);
  g_autofree int *hi = g_new (int, n_columns);
  g_autoptr(GArray) out = new_points ();
  guint appended;

  for (guint i = 0; i < n; i++)
    {
      /* Sorted, random gaps, random values, some repeated instants. */
      points[i].t = t0 + (gint64) ((double) i / n * (t1 - t0)) + (i % 7 == 0 ? 0 : g_rand_int_range (rand, 0, 1000));
      points[i].v = g_rand_double_range (rand, 50, 200);
    }
  for (guint i = 1; i < n; i++)
    points[i].t = MAX (points[i].t, points[i - 1].t);

  for (guint c = 0; c < n_columns; c++)
    lo[c] = hi[c] = -1;

  for (guint i = 0; i < n; i++)
    {
      guint c = (guint) floor (((double) points[i].t - t0) / ((double) t1 - t0) * n_columns);

      if (points[i].t > t1)
        continue;
      c = MIN (c, n_columns - 1);
      if (lo[c] < 0 || points[i].v < points[lo[c]].v)
        lo[c] = i;
      if (hi[c] < 0 || points[i].v > points[hi[c]].v)
        hi[c] = i;
    }

  appended = hearth_chart_reduce_minmax (points, n, t0, t1, n_columns, out);
  g_assert_cmpuint (appended, ==, out->len);
  g_assert_cmpuint (out->len, <=, 4 * n_columns);
  g_assert_cmpuint (out->len, >=, n_columns);

  for (guint i = 1; i < out->len; i++)
    g_assert_cmpint (g_array_index (out, HearthChartPoint, i - 1).t, <=,
                     g_array_index (out, HearthChartPoint, i).t);

  /* Every column's lowest and highest point made it. */
  for (guint c = 0; c < n_columns; c++)
    {
      if (lo[c] < 0)
        continue;
      g_assert_true (contains (out, &points[lo[c]]));
      g_assert_true (contains (out, &points[hi[c]]));
    }
}

static void
test_pass_through (void)
{
  const gint64 t0 = 0;
  const gint64 t1 = 30 * DAY;
  HearthChartPoint points[90];
  g_autoptr(GArray) out = new_points ();

  /* Three readings a day for 30 days into 60 columns: 1.5 a column. */
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      points[i].t = t0 + (i / 3) * DAY + (i % 3) * 4 * G_TIME_SPAN_HOUR;
      points[i].v = 120 + i % 5;
    }

  g_assert_cmpuint (hearth_chart_reduce_minmax (points, G_N_ELEMENTS (points), t0, t1, 60, out), ==, 90);
  g_assert_cmpmem (out->data, out->len * sizeof (HearthChartPoint), points, sizeof points);

  /* Appends, never clears. */
  g_assert_cmpuint (hearth_chart_reduce_minmax (points, 0, t0, t1, 60, out), ==, 0);
  g_assert_cmpuint (out->len, ==, 90);
}

static void
test_visible_edges (void)
{
  HearthChartPoint points[10];
  guint first;
  guint end;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      points[i].t = (gint64) i * 10;
      points[i].v = i;
    }

  /* Exactly on points: one more either side. */
  hearth_chart_find_visible (points, 10, 30, 60, &first, &end);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpuint (end, ==, 8);

  /* Between points. */
  hearth_chart_find_visible (points, 10, 31, 59, &first, &end);
  g_assert_cmpuint (first, ==, 3);
  g_assert_cmpuint (end, ==, 7);

  /* Everything. */
  hearth_chart_find_visible (points, 10, -100, 1000, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 10);

  /* Before all points: only the first, to continue the line. */
  hearth_chart_find_visible (points, 10, -100, -1, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 1);

  /* After all: only the last. */
  hearth_chart_find_visible (points, 10, 1000, 2000, &first, &end);
  g_assert_cmpuint (first, ==, 9);
  g_assert_cmpuint (end, ==, 10);

  /* A gap between two points: both, for the line across it. */
  hearth_chart_find_visible (points, 10, 41, 49, &first, &end);
  g_assert_cmpuint (first, ==, 4);
  g_assert_cmpuint (end, ==, 6);

  /* The extremes of gint64. */
  hearth_chart_find_visible (points, 10, G_MININT64, G_MAXINT64, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 10);

  hearth_chart_find_visible (NULL, 0, 0, 100, &first, &end);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (end, ==, 0);
}

static void
test_edges_kept_when_reduced (void)
{
  const guint n = 10000;
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, n);
  g_autoptr(GArray) out = new_points ();
  const HearthChartPoint *first;
  const HearthChartPoint *last;

  for (guint i = 0; i < n; i++)
    {
      points[i].t = (gint64) i * 1000;
      points[i].v = sin (i / 10.0);
    }

  /* The middle of the data into 100 columns: the points just outside
   * come along. */
  hearth_chart_reduce_minmax (points, n, 2000500, 7000500, 100, out);
  g_assert_cmpuint (out->len, <=, 4 * 100 + 2);
  first = &g_array_index (out, HearthChartPoint, 0);
  last = &g_array_index (out, HearthChartPoint, out->len - 1);
  g_assert_cmpint (first->t, ==, 2000000);
  g_assert_cmpint (last->t, ==, 7001000);
}

static void
test_lttb (void)
{
  const guint n = 5000;
  g_autofree HearthChartPoint *points = g_new (HearthChartPoint, n);
  g_autoptr(GArray) out = new_points ();
  gboolean has_peak = FALSE;

  for (guint i = 0; i < n; i++)
    {
      points[i].t = (gint64) i * G_TIME_SPAN_HOUR;
      points[i].v = i == 2500 ? 1000 : 10;
    }

  g_assert_cmpuint (hearth_chart_reduce_lttb (points, n, 100, out), ==, 100);
  g_assert_cmpuint (out->len, ==, 100);
  g_assert_cmpint (g_array_index (out, HearthChartPoint, 0).t, ==, points[0].t);
  g_assert_cmpint (g_array_index (out, HearthChartPoint, 99).t, ==, points[n - 1].t);
  for (guint i = 0; i < out->len; i++)
    has_peak = has_peak || g_array_index (out, HearthChartPoint, i).v == 1000;
  g_assert_true (has_peak);

  /* Fewer points than asked for: all of them. */
  g_array_set_size (out, 0);
  g_assert_cmpuint (hearth_chart_reduce_lttb (points, 50, 100, out), ==, 50);
}

static void
test_moving_average (void)
{
  static const HearthChartPoint points[] = {
    { 0 * DAY, 1 },
    { 1 * DAY, 2 },
    { 2 * DAY, 3 },
    { 3 * DAY, 4 },
    { 3 * DAY, 8 },
    { 10 * DAY, 10 },
    { 12 * DAY, 20 },
  };
  /* Trailing 3 days, (t - 3 d, t]. */
  static const double expected[] = {
    1,
    1.5,
    2,
    3,                      /* days 1, 2, 3: 2, 3, 4 */
    (2 + 3 + 4 + 8) / 4.0,  /* the second reading of day 3 */
    10,                     /* alone */
    15,                     /* days 10 and 12 */
  };
  g_autoptr(GArray) out = new_points ();

  hearth_chart_moving_average (points, G_N_ELEMENTS (points), 3 * DAY, out);
  g_assert_cmpuint (out->len, ==, G_N_ELEMENTS (points));

  for (guint i = 0; i < out->len; i++)
    {
      const HearthChartPoint *p = &g_array_index (out, HearthChartPoint, i);

      g_assert_cmpint (p->t, ==, points[i].t);
      g_assert_cmpfloat_with_epsilon (p->v, expected[i], 1e-9);
    }

}

static void
test_moving_average_flat (void)
{
  HearthChartPoint flat[100];
  g_autoptr(GArray) out = new_points ();

  /* A 7-day average of a constant is the constant. */
  for (guint i = 0; i < G_N_ELEMENTS (flat); i++)
    flat[i] = (HearthChartPoint) { (gint64) i * DAY / 2, 72.5 };

  hearth_chart_moving_average (flat, G_N_ELEMENTS (flat), 7 * DAY, out);
  g_assert_cmpuint (out->len, ==, G_N_ELEMENTS (flat));
  for (guint i = 0; i < out->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (out, HearthChartPoint, i).v, 72.5, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/chart/reduce/minmax-columns", test_minmax_columns);
  g_test_add_func ("/hearth/chart/reduce/pass-through", test_pass_through);
  g_test_add_func ("/hearth/chart/reduce/visible-edges", test_visible_edges);
  g_test_add_func ("/hearth/chart/reduce/edges-kept", test_edges_kept_when_reduced);
  g_test_add_func ("/hearth/chart/reduce/lttb", test_lttb);
  g_test_add_func ("/hearth/chart/average/known", test_moving_average);
  g_test_add_func ("/hearth/chart/average/flat", test_moving_average_flat);

  return g_test_run ();
}
