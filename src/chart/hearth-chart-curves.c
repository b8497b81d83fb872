/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include "hearth-chart-private.h"

/* Reference curves (HearthChartCurve): a growth chart's percentiles, drawn
 * under the series from the same per-column reduction, labelled in a
 * margin right of the plot. */

/* The stroke of a curve other than the median: 0.45 of the foreground,
 * dashed; the median 0.7, solid. */
#define CURVE_ALPHA           0.45
#define CURVE_EMPHASIS_ALPHA  0.7

guint
_hearth_chart_n_curves (const HearthChart *chart)
{
  return chart->curves != NULL ? MIN (chart->n_curves, HEARTH_CHART_MAX_CURVES) : 0;
}

guint
_hearth_chart_curve_panel (const HearthChart *chart,
                           const guint       *series_panel,
                           guint              c)
{
  int s = chart->curves[c].series;

  if (series_panel == NULL || s < 0 || (guint) s >= chart->n_series)
    return 0;
  return series_panel[s];
}

void
_hearth_chart_curves_range (const HearthChart *chart,
                            const guint       *series_panel,
                            guint              panel,
                            double            *lo,
                            double            *hi)
{
  for (guint c = 0; c < _hearth_chart_n_curves (chart); c++)
    {
      const HearthChartCurve *curve = &chart->curves[c];
      guint first, end;

      if (series_panel != NULL && _hearth_chart_curve_panel (chart, series_panel, c) != panel)
        continue;
      hearth_chart_find_visible (curve->points, curve->n_points, chart->t0, chart->t1, &first, &end);
      for (guint i = first; i < end; i++)
        {
          const HearthChartPoint *p = &curve->points[i];

          if (p->t < chart->t0 || p->t > chart->t1 || !isfinite (p->v))
            continue;
          *lo = MIN (*lo, p->v);
          *hi = MAX (*hi, p->v);
        }
    }
}

double
_hearth_chart_curves_margin (const HearthChart *chart,
                             PangoLayout       *layout)
{
  double margin = 0;

  for (guint c = 0; c < _hearth_chart_n_curves (chart); c++)
    if (chart->curves[c].label != NULL && chart->curves[c].label[0] != '\0')
      {
        double w;

        _hearth_chart_measure (layout, chart->curves[c].label, &w, NULL);
        margin = MAX (margin, ceil (w) + _HEARTH_CHART_LABEL_GAP);
      }
  return margin;
}

static void
set_curve_source (cairo_t                *cr,
                  const HearthChartStyle *style,
                  gboolean                emphasis)
{
  HearthChartRgba rgba = style->foreground;

  rgba.alpha *= emphasis ? CURVE_EMPHASIS_ALPHA : CURVE_ALPHA;
  _hearth_chart_set_source (cr, &rgba);
}

void
_hearth_chart_draw_curves (cairo_t                 *cr,
                           const HearthChart       *chart,
                           const HearthChartStyle  *style,
                           const HearthChartLayout *lay,
                           guint                    panel,
                           guint                    n_columns,
                           HearthChartStats        *stats)
{
  static const double dashes[] = { 5, 3 };
  const HearthChartArea *area = &lay->panels[panel];
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));

  for (guint c = 0; c < _hearth_chart_n_curves (chart); c++)
    {
      const HearthChartCurve *curve = &chart->curves[c];
      gboolean started = FALSE;

      if (_hearth_chart_curve_panel (chart, lay->series_panel, c) != panel)
        continue;
      g_array_set_size (points, 0);
      hearth_chart_reduce_minmax (curve->points, curve->n_points, chart->t0, chart->t1,
                                  n_columns, points);
      stats->curve_points_drawn += points->len;
      for (guint i = 0; i < points->len; i++)
        {
          const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);
          double x = hearth_chart_time_to_x (area, p->t);
          double y = hearth_chart_value_to_y (area, p->v);

          if (!isfinite (p->v))
            {
              started = FALSE;
              continue;
            }
          if (started)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          started = TRUE;
        }
      set_curve_source (cr, style, curve->emphasis);
      cairo_set_line_width (cr, curve->emphasis ? style->line_width * 0.75 : style->line_width * 0.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (curve->emphasis)
        cairo_set_dash (cr, NULL, 0, 0);
      else
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

/* The curve's value at the right edge: at t1, between its points, or its
 * last point before t1. NAN if nothing of it is visible. */
static double
value_at_end (const HearthChart      *chart,
              const HearthChartCurve *curve)
{
  guint first, end;
  const HearthChartPoint *before = NULL, *after = NULL;

  hearth_chart_find_visible (curve->points, curve->n_points, chart->t0, chart->t1, &first, &end);
  for (guint i = first; i < end; i++)
    {
      const HearthChartPoint *p = &curve->points[i];

      if (!isfinite (p->v))
        continue;
      if (p->t <= chart->t1)
        before = p;
      else if (after == NULL)
        after = p;
    }
  if (before == NULL || before->t < chart->t0)
    return NAN;
  if (after == NULL || after->t == before->t)
    return before->v;
  return before->v + (after->v - before->v) * (double) (chart->t1 - before->t) / (double) (after->t - before->t);
}

void
_hearth_chart_draw_curve_labels (cairo_t                 *cr,
                                 PangoLayout             *layout,
                                 const HearthChart       *chart,
                                 const HearthChartStyle  *style,
                                 const HearthChartLayout *lay,
                                 HearthChartStats        *stats)
{
  double x = lay->frame_x + lay->frame_width + _HEARTH_CHART_LABEL_GAP;

  stats->curve_label_x = x;
  for (guint c = 0; c < HEARTH_CHART_MAX_CURVES; c++)
    stats->curve_label_y[c] = NAN;
  if (lay->curve_margin <= 0)
    return;

  for (guint c = 0; c < _hearth_chart_n_curves (chart); c++)
    {
      const HearthChartCurve *curve = &chart->curves[c];
      const HearthChartArea *area = &lay->panels[_hearth_chart_curve_panel (chart, lay->series_panel, c)];
      double v = value_at_end (chart, curve);
      double y, h;
      gboolean overlaps = FALSE;

      if (curve->label == NULL || curve->label[0] == '\0' || !isfinite (v))
        continue;
      y = hearth_chart_value_to_y (area, v);
      _hearth_chart_measure (layout, curve->label, NULL, &h);
      if (y - h / 2 < area->y || y + h / 2 > area->y + area->height)
        continue;
      for (guint o = 0; o < c; o++)
        if (isfinite (stats->curve_label_y[o]) && fabs (stats->curve_label_y[o] - y) < h)
          overlaps = TRUE;
      if (overlaps)
        continue;

      set_curve_source (cr, style, TRUE);
      pango_layout_set_text (layout, curve->label, -1);
      cairo_move_to (cr, x, y - h / 2);
      pango_cairo_show_layout (cr, layout);
      stats->curve_label_y[c] = y;
    }
}
