/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include "hearth-chart-private.h"

/* Long ranges drawn as summaries: the mean, lowest and highest value of
 * each day, week or 30 days, and the least-squares trend. Computed from
 * the same points as the raw drawing, never from a reduction of them. */

#define DAY G_TIME_SPAN_DAY

gint64
hearth_chart_summary_bucket (gint64 t0,
                             gint64 t1,
                             double pixels,
                             double spacing)
{
  static const gint64 buckets[] = { DAY, 7 * DAY, 30 * DAY };

  g_return_val_if_fail (t0 < t1, DAY);

  if (spacing <= 0)
    spacing = HEARTH_CHART_SUMMARY_SPACING;

  for (guint i = 0; i < G_N_ELEMENTS (buckets); i++)
    {
      double n = ((double) t1 - (double) t0) / (double) buckets[i];

      if (n * spacing <= pixels)
        return buckets[i];
    }

  return buckets[G_N_ELEMENTS (buckets) - 1];
}

/* The local day number of @t in @tz since 1970-01-01, and that day's
 * offset from UTC in microseconds. */
static gint64
local_day (gint64     t,
           GTimeZone *tz,
           gint64    *offset)
{
  gint64 off = 0;

  if (tz != NULL)
    {
      gint64 seconds = t >= 0 ? t / G_USEC_PER_SEC : -((-t + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
      int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, seconds);

      if (interval >= 0)
        off = (gint64) g_time_zone_get_offset (tz, interval) * G_USEC_PER_SEC;
    }

  if (offset)
    *offset = off;

  /* Floor division: instants before 1970 belong to negative days. */
  t += off;
  return t >= 0 ? t / DAY : -((-t + DAY - 1) / DAY);
}

static gint64
bucket_of (gint64 day,
           gint64 days)
{
  /* 1970-01-01 was a Thursday: weeks counted from Monday 1969-12-29. */
  if (days == 7)
    day += 3;

  return day >= 0 ? day / days : -((-day + days - 1) / days);
}

guint
hearth_chart_summarize (const HearthChartPoint *points,
                        guint                   n_points,
                        gint64                  t0,
                        gint64                  t1,
                        gint64                  bucket_us,
                        GTimeZone              *tz,
                        GArray                 *out)
{
  HearthChartBucket cur = { 0 };
  gint64 days;
  gint64 cur_key = 0;
  double sum = 0;
  guint first;
  guint end;
  guint n = 0;

  g_return_val_if_fail (points != NULL || n_points == 0, 0);
  g_return_val_if_fail (bucket_us >= DAY, 0);
  g_return_val_if_fail (out != NULL && g_array_get_element_size (out) == sizeof (HearthChartBucket), 0);

  days = bucket_us / DAY;
  hearth_chart_find_visible (points, n_points, t0, t1, &first, &end);

  for (guint i = first; i <= end; i++)
    {
      const HearthChartPoint *p = i < end ? &points[i] : NULL;
      gint64 offset = 0;
      gint64 key = 0;

      if (p != NULL)
        {
          if (p->t < t0 || p->t > t1 || !isfinite (p->v))
            continue;
          key = bucket_of (local_day (p->t, tz, &offset), days);
        }

      if (cur.n > 0 && (p == NULL || key != cur_key))
        {
          cur.mean = sum / cur.n;
          cur.t = cur.start + (cur.end - cur.start) / 2;
          g_array_append_val (out, cur);
          n++;
          cur.n = 0;
        }

      if (p == NULL)
        break;

      if (cur.n == 0)
        {
          gint64 start_day = key * days - (days == 7 ? 3 : 0);

          cur_key = key;
          cur.start = start_day * DAY - offset;
          cur.end = cur.start + days * DAY;
          cur.min = cur.max = p->v;
          sum = 0;
        }
      sum += p->v;
      cur.min = MIN (cur.min, p->v);
      cur.max = MAX (cur.max, p->v);
      cur.n++;
    }

  return n;
}

gboolean
hearth_chart_trend (const HearthChartPoint *points,
                    guint                   n_points,
                    gint64                  t0,
                    gint64                  t1,
                    double                 *v0,
                    double                 *v1)
{
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  double n = 0;
  double slope;
  double mean_x;
  double mean_y;
  double denom;
  guint first;
  guint end;

  g_return_val_if_fail (points != NULL || n_points == 0, FALSE);
  g_return_val_if_fail (t0 < t1, FALSE);

  hearth_chart_find_visible (points, n_points, t0, t1, &first, &end);
  /* Times relative to t0, in days, keep the sums well conditioned. */
  for (guint i = first; i < end; i++)
    {
      const HearthChartPoint *p = &points[i];
      double x;

      if (p->t < t0 || p->t > t1 || !isfinite (p->v))
        continue;
      x = ((double) p->t - (double) t0) / DAY;
      sx += x;
      sy += p->v;
      sxx += x * x;
      sxy += x * p->v;
      n++;
    }

  if (n < 2)
    return FALSE;

  mean_x = sx / n;
  mean_y = sy / n;
  denom = sxx - n * mean_x * mean_x;
  slope = denom > 1e-12 ? (sxy - n * mean_x * mean_y) / denom : 0;

  if (v0)
    *v0 = mean_y + slope * (0 - mean_x);
  if (v1)
    *v1 = mean_y + slope * (((double) t1 - (double) t0) / DAY - mean_x);

  return TRUE;
}
