/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include "hearth-chart.h"

/* With at most this many visible points per column on average, every
 * point is kept: days with a few readings each show all of them. */
#define PASS_THROUGH_PER_COLUMN 2

/* First index whose t is >= @t (n if none). */
static guint
lower_bound (const HearthChartPoint *points,
             guint                   n_points,
             gint64                  t)
{
  guint lo = 0;
  guint hi = n_points;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (points[mid].t < t)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

void
hearth_chart_find_visible (const HearthChartPoint *points,
                           guint                   n_points,
                           gint64                  t0,
                           gint64                  t1,
                           guint                  *first,
                           guint                  *end)
{
  guint lo;
  guint hi;

  g_return_if_fail (points != NULL || n_points == 0);
  g_return_if_fail (first != NULL && end != NULL);

  if (t1 < t0)
    {
      *first = *end = 0;
      return;
    }

  lo = lower_bound (points, n_points, t0);
  hi = t1 == G_MAXINT64 ? n_points : lower_bound (points, n_points, t1 + 1);

  /* One more on each side, for lines that continue past the edges. */
  if (lo > 0)
    lo--;
  if (hi < n_points)
    hi++;

  *first = lo;
  *end = hi;
}

static guint
column_of (gint64 t,
           gint64 t0,
           gint64 t1,
           guint  n_columns)
{
  double f = ((double) t - (double) t0) / ((double) t1 - (double) t0);
  double c = floor (f * n_columns);

  if (c < 0)
    return 0;
  if (c >= n_columns)
    return n_columns - 1;

  return (guint) c;
}

typedef struct
{
  guint first;
  guint min;
  guint max;
  guint last;
} Column;

static void
append_column (const HearthChartPoint *points,
               const Column           *col,
               GArray                 *out)
{
  guint idx[4] = { col->first, col->min, col->max, col->last };
  guint prev = G_MAXUINT;

  /* Time order is index order: sort the four, then skip repeats. */
  for (guint i = 1; i < 4; i++)
    {
      for (guint j = i; j > 0 && idx[j - 1] > idx[j]; j--)
        {
          guint tmp = idx[j];

          idx[j] = idx[j - 1];
          idx[j - 1] = tmp;
        }
    }

  for (guint i = 0; i < 4; i++)
    {
      if (idx[i] != prev)
        g_array_append_val (out, points[idx[i]]);
      prev = idx[i];
    }
}

guint
hearth_chart_reduce_minmax (const HearthChartPoint *points,
                            guint                   n_points,
                            gint64                  t0,
                            gint64                  t1,
                            guint                   n_columns,
                            GArray                 *out)
{
  guint first;
  guint end;
  guint start_len;
  guint i;
  gboolean have_column = FALSE;
  guint column = 0;
  Column col = { 0, 0, 0, 0 };

  g_return_val_if_fail (points != NULL || n_points == 0, 0);
  g_return_val_if_fail (out != NULL, 0);
  g_return_val_if_fail (g_array_get_element_size (out) == sizeof (HearthChartPoint), 0);
  g_return_val_if_fail (t0 < t1, 0);
  g_return_val_if_fail (n_columns > 0, 0);

  start_len = out->len;
  hearth_chart_find_visible (points, n_points, t0, t1, &first, &end);

  if (end - first <= (guint64) PASS_THROUGH_PER_COLUMN * n_columns)
    {
      g_array_append_vals (out, points + first, end - first);
      return end - first;
    }

  i = first;

  /* The point just before t0 stays as it is. */
  if (i < end && points[i].t < t0)
    g_array_append_val (out, points[i++]);

  for (; i < end && points[i].t <= t1; i++)
    {
      guint c = column_of (points[i].t, t0, t1, n_columns);

      if (!have_column || c != column)
        {
          if (have_column)
            append_column (points, &col, out);
          column = c;
          col.first = col.min = col.max = col.last = i;
          have_column = TRUE;
          continue;
        }

      col.last = i;
      if (points[i].v < points[col.min].v)
        col.min = i;
      if (points[i].v > points[col.max].v)
        col.max = i;
    }

  if (have_column)
    append_column (points, &col, out);

  /* …and so does the point just after t1. */
  if (i < end)
    g_array_append_val (out, points[i]);

  return out->len - start_len;
}

static double
triangle_area (const HearthChartPoint *a,
               const HearthChartPoint *b,
               double                  cx,
               double                  cy)
{
  double ax = (double) a->t;
  double bx = (double) b->t;

  return fabs ((ax - cx) * (b->v - a->v) - (ax - bx) * (cy - a->v)) / 2.0;
}

guint
hearth_chart_reduce_lttb (const HearthChartPoint *points,
                          guint                   n_points,
                          guint                   n_out,
                          GArray                 *out)
{
  double bucket;
  guint a = 0;

  g_return_val_if_fail (points != NULL || n_points == 0, 0);
  g_return_val_if_fail (out != NULL, 0);
  g_return_val_if_fail (g_array_get_element_size (out) == sizeof (HearthChartPoint), 0);

  if (n_out >= n_points || n_out < 3)
    {
      g_array_append_vals (out, points, n_points);
      return n_points;
    }

  bucket = (double) (n_points - 2) / (n_out - 2);
  g_array_append_val (out, points[0]);

  for (guint b = 0; b < n_out - 2; b++)
    {
      guint from = (guint) floor (b * bucket) + 1;
      guint to = (guint) floor ((b + 1) * bucket) + 1;
      guint next_from = to;
      guint next_to = MIN ((guint) floor ((b + 2) * bucket) + 1, n_points);
      double cx = 0;
      double cy = 0;
      double best_area = -1;
      guint best = from;

      /* The next bucket's average is the third corner. */
      for (guint j = next_from; j < next_to; j++)
        {
          cx += (double) points[j].t;
          cy += points[j].v;
        }
      if (next_to > next_from)
        {
          cx /= next_to - next_from;
          cy /= next_to - next_from;
        }
      else
        {
          cx = (double) points[n_points - 1].t;
          cy = points[n_points - 1].v;
        }

      for (guint j = from; j < to; j++)
        {
          double area = triangle_area (&points[a], &points[j], cx, cy);

          if (area > best_area)
            {
              best_area = area;
              best = j;
            }
        }

      g_array_append_val (out, points[best]);
      a = best;
    }

  g_array_append_val (out, points[n_points - 1]);

  return n_out;
}

void
hearth_chart_moving_average (const HearthChartPoint *points,
                             guint                   n_points,
                             gint64                  window_us,
                             GArray                 *out)
{
  guint tail = 0;
  double sum = 0;

  g_return_if_fail (points != NULL || n_points == 0);
  g_return_if_fail (window_us > 0);
  g_return_if_fail (out != NULL);
  g_return_if_fail (g_array_get_element_size (out) == sizeof (HearthChartPoint));

  /* Two pointers over sorted points: O(n). The sum is recomputed when the
   * window empties, which keeps rounding drift from piling up. */
  for (guint i = 0; i < n_points; i++)
    {
      HearthChartPoint p;

      sum += points[i].v;
      while (points[tail].t <= points[i].t - window_us)
        sum -= points[tail++].v;
      if (tail == i)
        sum = points[i].v;

      p.t = points[i].t;
      p.v = sum / (i - tail + 1);
      g_array_append_val (out, p);
    }
}
