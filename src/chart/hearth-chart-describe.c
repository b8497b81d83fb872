/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-private.h"

/* Without a caller's threshold, a change under this share of the mean is
 * steady. */
#define DEFAULT_STEADY_SHARE 0.02

typedef struct
{
  guint  n;
  double latest;
  double sum;
  double min;
  double max;
  double change;    /* least-squares slope × time covered */
} Summary;

static void
summarize (const HearthChartSeries *series,
           gint64                   t0,
           gint64                   t1,
           Summary                 *out)
{
  guint first;
  guint end;
  gint64 t_first = 0;
  gint64 t_last = 0;
  double sx = 0;
  double sxx = 0;
  double sxy = 0;

  *out = (Summary) { 0, 0, 0, INFINITY, -INFINITY, 0 };

  hearth_chart_find_visible (series->points, series->n_points, t0, t1, &first, &end);

  for (guint i = first; i < end; i++)
    {
      const HearthChartPoint *p = &series->points[i];
      /* Days since the start of the range keep the sums well scaled. */
      double x = ((double) p->t - (double) t0) / G_TIME_SPAN_DAY;

      if (p->t < t0 || p->t > t1 || !isfinite (p->v))
        continue;

      if (out->n == 0)
        t_first = p->t;
      t_last = p->t;
      out->n++;
      out->latest = p->v;
      out->sum += p->v;
      out->min = MIN (out->min, p->v);
      out->max = MAX (out->max, p->v);
      sx += x;
      sxx += x * x;
      sxy += x * p->v;
    }

  if (out->n >= 2)
    {
      double n = out->n;
      double denominator = n * sxx - sx * sx;

      if (denominator > 0)
        {
          double slope = (n * sxy - sx * out->sum) / denominator;

          out->change = slope * ((double) t_last - (double) t_first) / G_TIME_SPAN_DAY;
        }
    }
}

static char *
format_date (gint64     t,
             GTimeZone *tz)
{
  g_autoptr(GDateTime) local = hearth_usec_to_date_time (t, tz);
  char *text;

  if (local == NULL)
    return g_strdup ("");

  /* Translators: a date in a chart's spoken summary; see
   * g_date_time_format() */
  text = g_date_time_format (local, C_("chart summary", "%-d %b %Y"));

  return text ? g_strstrip (text) : g_strdup ("");
}

static void
describe_series (GString                 *text,
                 const HearthChartSeries *series,
                 const Summary           *summary,
                 HearthChartFormatFunc    format,
                 gpointer                 user_data,
                 double                   steady_change)
{
  const char *label = series->label ? series->label : _("Values");
  g_autofree char *count = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *average = NULL;
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;
  double threshold = steady_change;

  if (summary->n == 0)
    {
      /* Translators: %s names a series, "Systolic" */
      g_string_append_printf (text, _("%s: no readings in this range."), label);
      return;
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reading", "%u readings", summary->n),
                           summary->n);
  if (series->format)
    {
      format = series->format;
      user_data = series->format_data;
    }
  latest = format (summary->latest, user_data);
  average = format (summary->sum / summary->n, user_data);
  lowest = format (summary->min, user_data);
  highest = format (summary->max, user_data);

  /* Translators: "Weight: 12 readings, latest 72.4 kg, average 72.9 kg,
   * lowest 72.1 kg, highest 73.8 kg." */
  g_string_append_printf (text, _("%s: %s, latest %s, average %s, lowest %s, highest %s."),
                          label, count, latest, average, lowest, highest);

  if (summary->n < 2)
    return;

  if (threshold <= 0)
    threshold = fabs (summary->sum / summary->n) * DEFAULT_STEADY_SHARE;

  g_string_append_c (text, ' ');
  if (summary->change >= threshold)
    g_string_append (text, _("Rising over the range."));
  else if (summary->change <= -threshold)
    g_string_append (text, _("Falling over the range."));
  else
    g_string_append (text, _("Steady over the range."));
}

char *
hearth_chart_describe (const HearthChart     *chart,
                       HearthChartFormatFunc  format,
                       gpointer               user_data,
                       double                 steady_change)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GString *text;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (chart->t0 < chart->t1, NULL);

  /* A NULL zone is the local one. */
  from = format_date (chart->t0, chart->tz);
  to = format_date (chart->t1, chart->tz);

  text = g_string_new (NULL);
  /* Translators: the range of a chart, "From 1 Jan 2024 to 31 Mar 2024." */
  g_string_append_printf (text, _("From %s to %s."), from, to);

  for (guint s = 0; s < chart->n_series; s++)
    {
      const HearthChartSeries *series = &chart->series[s];
      Summary summary;

      /* A moving average repeats its series. */
      if (series->role == HEARTH_CHART_ROLE_AVERAGE)
        continue;

      summarize (series, chart->t0, chart->t1, &summary);
      g_string_append_c (text, ' ');
      describe_series (text, series, &summary, format, user_data, steady_change);
    }

  if (chart->has_goal && chart->goal_label != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is the goal's label, "Goal 70 kg" */
      g_string_append_printf (text, _("%s."), chart->goal_label);
    }

  return g_string_free (text, FALSE);
}
