/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-private.h"

/* Value labels at least this many text heights apart. */
#define VALUE_TICK_SPACING 2.5
/* Markers are drawn while points are at least this many pixels apart on
 * average; closer, the line alone shows them. */
#define MARKER_SPACING 4.0
#define HIGHLIGHT_PADDING 6.0

/* Whether series @s is drawn as a summary: a line denser than one visible
 * reading per @summary_spacing pixels of the drawing. */
static gboolean
wants_summary (const HearthChart *chart,
               guint              s,
               double             pixels)
{
  const HearthChartSeries *series = &chart->series[s];
  double spacing = chart->summary_spacing > 0 ? chart->summary_spacing : HEARTH_CHART_SUMMARY_SPACING;
  guint first;
  guint end;

  if (chart->raw_only || !(series->flags & HEARTH_CHART_SERIES_LINE) ||
      _hearth_chart_series_owner (chart, s) != s ||
      series->role == HEARTH_CHART_ROLE_AVERAGE)
    return FALSE;

  hearth_chart_find_visible (series->points, series->n_points, chart->t0, chart->t1, &first, &end);

  return (end - first) * spacing > pixels;
}

void
_hearth_chart_layout_clear (HearthChartLayout *out)
{
  for (guint p = 0; p < HEARTH_CHART_MAX_SERIES; p++)
    g_clear_pointer (&out->value_ticks[p], g_array_unref);
  g_clear_pointer (&out->time_ticks, g_array_unref);
}

void
_hearth_chart_lay_out (const HearthChart      *chart,
                       const HearthChartStyle *style,
                       PangoLayout            *layout,
                       double                  width,
                       double                  height,
                       HearthChartLayout      *out)
{
  double text_h;
  double top;
  double bottom;
  double left = 0;
  double panel_h;
  double y;
  double edge;
  gboolean any_summary = FALSE;

  memset (out, 0, sizeof *out);
  _hearth_chart_measure (layout, "0123456789", NULL, &text_h);
  out->text_h = text_h;
  out->n_panels = _hearth_chart_assign_panels (chart, out->series_panel);

  for (guint s = 0; s < chart->n_series; s++)
    {
      out->summary[s] = wants_summary (chart, s, width);
      any_summary = any_summary || out->summary[s];
    }

  /* The bucket follows the drawing's width, known before the legend that
   * names it. */
  out->bucket = hearth_chart_summary_bucket (chart->t0, chart->t1, width, chart->summary_spacing);
  top = _hearth_chart_lay_out_legend (chart, style, layout, width, height, any_summary, out);
  if (top <= 0)
    top = ceil (text_h / 2) + 2;
  bottom = text_h + _HEARTH_CHART_LABEL_GAP;
  panel_h = (height - top - bottom - (out->n_panels - 1) * _HEARTH_CHART_PANEL_GAP) / out->n_panels;
  panel_h = MAX (floor (panel_h), 1);

  y = top;
  for (guint p = 0; p < out->n_panels; p++)
    {
      HearthChartArea *area = &out->panels[p];
      double lo;
      double hi;

      area->y = y;
      area->height = panel_h;
      y += panel_h + _HEARTH_CHART_PANEL_GAP;

      _hearth_chart_value_range (chart, out->series_panel, p, &lo, &hi);
      if (!chart->fixed_range)
        {
          guint max_ticks = (guint) CLAMP (area->height / (text_h * VALUE_TICK_SPACING), 1, 10);
          double step = hearth_chart_nice_step (hi - lo, max_ticks);

          lo = floor (lo / step + 1e-9) * step;
          hi = ceil (hi / step - 1e-9) * step;
          if (hi <= lo)
            hi = lo + step;
        }
      area->v_min = lo;
      area->v_max = hi;

      out->value_ticks[p] = hearth_chart_value_ticks (lo, hi, area->height, text_h * VALUE_TICK_SPACING);
      for (guint i = 0; i < out->value_ticks[p]->len; i++)
        {
          double w;

          _hearth_chart_measure (layout, g_array_index (out->value_ticks[p], HearthChartValueTick, i).label, &w, NULL);
          left = MAX (left, w);
        }
    }

  /* The frame, and inside it the times: a marker on the first or last
   * instant is drawn whole. */
  edge = ceil (style->point_radius + style->line_width);
  out->frame_x = ceil (left + _HEARTH_CHART_LABEL_GAP + 2);
  out->curve_margin = _hearth_chart_curves_margin (chart, layout);
  out->frame_width = MAX (width - out->frame_x - _HEARTH_CHART_LABEL_GAP - out->curve_margin, 1);
  for (guint p = 0; p < out->n_panels; p++)
    {
      HearthChartArea *area = &out->panels[p];

      area->x = out->frame_x + edge;
      area->width = MAX (out->frame_width - 2 * edge, 1);
      area->t0 = chart->t0;
      area->t1 = chart->t1;
    }

  if (chart->time_ticks != NULL)
    {
      out->time_ticks = _hearth_chart_time_ticks_new ();
      chart->time_ticks (chart->t0, chart->t1, out->panels[0].width, out->time_ticks, chart->time_ticks_data);
    }
  else
    out->time_ticks = _hearth_chart_time_ticks (layout, chart->t0, chart->t1, chart->tz, out->panels[0].width);
}

const HearthChartRgba *
_hearth_chart_series_color (const HearthChartStyle *style,
                            HearthChartRole         role)
{
  switch (role)
    {
    case HEARTH_CHART_ROLE_SERIES_1:
    case HEARTH_CHART_ROLE_SERIES_2:
    case HEARTH_CHART_ROLE_SERIES_3:
      return &style->series[role];
    case HEARTH_CHART_ROLE_AVERAGE:
      return &style->average;
    default:
      g_return_val_if_reached (&style->foreground);
    }
}

static void
set_source_faded (cairo_t               *cr,
                  const HearthChartRgba *rgba,
                  double                 alpha)
{
  HearthChartRgba faded = *rgba;

  faded.alpha *= alpha;
  _hearth_chart_set_source (cr, &faded);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y)
{
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A pixel-crisp coordinate for a 1 px line. */
static double
crisp (double v)
{
  return floor (v) + 0.5;
}

/* The rows of @band inside the plot, top @y0 to bottom @y1. */
static gboolean
get_band_rows (const HearthChartBand *band,
               const HearthChartArea *area,
               double                *y0,
               double                *y1)
{
  double from = MAX (band->lo, area->v_min);
  double to = MIN (band->hi, area->v_max);

  if (from >= to)
    return FALSE;

  *y0 = hearth_chart_value_to_y (area, to);
  *y1 = hearth_chart_value_to_y (area, from);

  return TRUE;
}

static void
draw_bands (cairo_t                 *cr,
            const HearthChart       *chart,
            const HearthChartStyle  *style,
            const HearthChartLayout *lay,
            guint                    panel)
{
  const HearthChartArea *area = &lay->panels[panel];

  for (guint i = 0; i < chart->n_bands; i++)
    {
      const HearthChartBand *band = &chart->bands[i];
      double y0;
      double y1;

      if ((guint) band->role >= HEARTH_CHART_N_BAND_ROLES ||
          !_hearth_chart_band_in_panel (chart, band, lay->series_panel, panel) ||
          !get_band_rows (band, area, &y0, &y1))
        continue;

      _hearth_chart_set_source (cr, &style->bands[band->role]);
      cairo_rectangle (cr, lay->frame_x, round (y0), lay->frame_width, round (y1) - round (y0));
      cairo_fill (cr);
    }
}

static void
draw_grid (cairo_t                 *cr,
           const HearthChartStyle  *style,
           const HearthChartLayout *lay,
           guint                    panel)
{
  const HearthChartArea *area = &lay->panels[panel];
  GArray *time_ticks = lay->time_ticks;
  GArray *value_ticks = lay->value_ticks[panel];

  _hearth_chart_set_source (cr, &style->grid);
  cairo_set_line_width (cr, 1);

  for (guint i = 0; i < value_ticks->len; i++)
    {
      double y = crisp (hearth_chart_value_to_y (area, g_array_index (value_ticks, HearthChartValueTick, i).v));

      cairo_move_to (cr, lay->frame_x, y);
      cairo_line_to (cr, lay->frame_x + lay->frame_width, y);
    }

  for (guint i = 0; i < time_ticks->len; i++)
    {
      double x = crisp (hearth_chart_time_to_x (area, g_array_index (time_ticks, HearthChartTimeTick, i).t));

      cairo_move_to (cr, x, area->y);
      cairo_line_to (cr, x, area->y + area->height);
    }

  cairo_stroke (cr);
}

static void
draw_axes (cairo_t                 *cr,
           PangoLayout             *layout,
           const HearthChartStyle  *style,
           const HearthChartLayout *lay,
           guint                    panel,
           double                   width)
{
  const HearthChartArea *area = &lay->panels[panel];
  GArray *time_ticks = lay->time_ticks;
  GArray *value_ticks = lay->value_ticks[panel];
  double last_right = -INFINITY;

  /* The base line. */
  set_source_faded (cr, &style->foreground, 0.35);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, lay->frame_x, crisp (area->y + area->height));
  cairo_line_to (cr, lay->frame_x + lay->frame_width, crisp (area->y + area->height));
  cairo_stroke (cr);

  set_source_faded (cr, &style->foreground, 0.75);

  for (guint i = 0; i < value_ticks->len; i++)
    {
      const HearthChartValueTick *tick = &g_array_index (value_ticks, HearthChartValueTick, i);
      double y = hearth_chart_value_to_y (area, tick->v);
      double w;
      double h;

      _hearth_chart_measure (layout, tick->label, &w, &h);
      show_text (cr, layout, tick->label, lay->frame_x - _HEARTH_CHART_LABEL_GAP - w, y - h / 2);
    }

  /* Times under the bottom panel only. */
  if (panel + 1 < lay->n_panels)
    return;

  for (guint i = 0; i < time_ticks->len; i++)
    {
      const HearthChartTimeTick *tick = &g_array_index (time_ticks, HearthChartTimeTick, i);
      double x = hearth_chart_time_to_x (area, tick->t);
      double w;
      double left;

      _hearth_chart_measure (layout, tick->label, &w, NULL);
      left = CLAMP (x - w / 2, 0, width - w);
      /* Labels pushed off an edge may meet a neighbour: skip, not overlap. */
      if (left < last_right + _HEARTH_CHART_LABEL_GAP / 2)
        continue;
      show_text (cr, layout, tick->label, left, area->y + area->height + _HEARTH_CHART_LABEL_GAP / 2);
      last_right = left + w;
    }
}

static gboolean
goal_visible (const HearthChart     *chart,
              const HearthChartArea *area)
{
  return chart->has_goal && chart->goal >= area->v_min && chart->goal <= area->v_max;
}

static void
draw_goal_line (cairo_t                 *cr,
                const HearthChart       *chart,
                const HearthChartStyle  *style,
                const HearthChartLayout *lay,
                guint                    panel)
{
  const HearthChartArea *area = &lay->panels[panel];
  static const double dashes[] = { 6, 4 };
  double y;

  if (!goal_visible (chart, area))
    return;

  y = crisp (hearth_chart_value_to_y (area, chart->goal));
  _hearth_chart_set_source (cr, &style->goal);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, lay->frame_x, y);
  cairo_line_to (cr, lay->frame_x + lay->frame_width, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* A dense line (more points than pixel columns, as the min/max reduction
 * leaves long ranges): each column becomes one box from its lowest to its
 * highest value, stretched to the previous column's last value so the trace
 * stays continuous, and columns with nothing between them are joined by a
 * plain segment. The pixels match a stroked zig-zag at this density, but
 * boxes fill on cairo's fast path and the zig-zag's joins are never
 * tessellated, so the cost follows the width, not the data. */
typedef struct
{
  double column;            /* left edge, device pixels */
  double lo, hi;            /* y extent of the points in this column */
  double first, last;       /* y of its first and last point */
} LineColumn;

static void
draw_dense_line (cairo_t               *cr,
                 const HearthChartArea *area,
                 GArray                *points,
                 double                 line_width)
{
  g_autoptr(GArray) joins = g_array_new (FALSE, FALSE, sizeof (double));
  LineColumn cur = { -1, 0, 0, NAN, NAN };
  double prev_column = -1;
  double prev_last = NAN;
  double half = line_width / 2;
  gboolean open = FALSE;

  for (guint i = 0; i <= points->len; i++)
    {
      const HearthChartPoint *p = i < points->len ? &g_array_index (points, HearthChartPoint, i) : NULL;
      double column = 0, y = NAN;

      if (p != NULL)
        {
          column = floor (hearth_chart_time_to_x (area, p->t));
          y = hearth_chart_value_to_y (area, p->v);
        }

      /* Flush the open column when the column changes, the line breaks or
       * the points end. */
      if (open && (p == NULL || !isfinite (y) || column != cur.column))
        {
          double lo = cur.lo, hi = cur.hi;

          if (isfinite (prev_last) && prev_column == cur.column - 1)
            {
              lo = MIN (lo, prev_last);
              hi = MAX (hi, prev_last);
            }
          else if (isfinite (prev_last))
            {
              double seg[4] = { prev_column + 0.5, prev_last, cur.column + 0.5, cur.first };

              g_array_append_vals (joins, seg, 4);
            }
          cairo_rectangle (cr, cur.column, lo - half, 1, hi - lo + line_width);
          prev_column = cur.column;
          prev_last = cur.last;
          open = FALSE;
        }

      if (p == NULL)
        break;
      if (!isfinite (y))
        {
          /* A missing value breaks the line. */
          prev_last = NAN;
          continue;
        }
      if (!open)
        {
          cur.column = column;
          cur.lo = cur.hi = cur.first = y;
          open = TRUE;
        }
      cur.lo = MIN (cur.lo, y);
      cur.hi = MAX (cur.hi, y);
      cur.last = y;
    }
  cairo_fill (cr);

  for (guint i = 0; i + 3 < joins->len; i += 4)
    {
      cairo_move_to (cr, g_array_index (joins, double, i), g_array_index (joins, double, i + 1));
      cairo_line_to (cr, g_array_index (joins, double, i + 2), g_array_index (joins, double, i + 3));
    }
  cairo_set_line_width (cr, line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
}

static void
draw_series (cairo_t                 *cr,
             const HearthChartSeries *series,
             const HearthChartStyle  *style,
             const HearthChartArea   *area,
             GArray                  *points,
             HearthChartStats        *stats)
{
  const HearthChartRgba *color = _hearth_chart_series_color (style, series->role);
  gboolean markers;
  gboolean started = FALSE;

  stats->points_drawn += points->len;
  _hearth_chart_set_source (cr, color);

  if ((series->flags & HEARTH_CHART_SERIES_LINE) && points->len > area->width)
    {
      draw_dense_line (cr, area, points,
                       series->role == HEARTH_CHART_ROLE_AVERAGE ? style->line_width * 1.25
                                                                 : style->line_width);
    }
  else if (series->flags & HEARTH_CHART_SERIES_LINE)
    {
      for (guint i = 0; i < points->len; i++)
        {
          const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);
          double x = hearth_chart_time_to_x (area, p->t);
          double y = hearth_chart_value_to_y (area, p->v);

          /* A missing value breaks the line. */
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

      cairo_set_line_width (cr, series->role == HEARTH_CHART_ROLE_AVERAGE
                                ? style->line_width * 1.25 : style->line_width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
    }

  if (!(series->flags & HEARTH_CHART_SERIES_POINTS))
    return;

  markers = points->len * MARKER_SPACING <= area->width;
  if (!markers && (series->flags & HEARTH_CHART_SERIES_LINE))
    return;

  for (guint i = 0; i < points->len; i++)
    {
      const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);
      double x = hearth_chart_time_to_x (area, p->t);
      double y = hearth_chart_value_to_y (area, p->v);

      if (!isfinite (p->v))
        continue;

      if (markers)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, style->point_radius, 0, 2 * G_PI);
        }
      else
        {
          /* Dense points without a line: small dots. */
          cairo_rectangle (cr, x - 1, y - 1, 2, 2);
        }
    }
  cairo_fill (cr);
}

/* A long range: the spread of each bucket as a light band, the means as
 * a line (broken where buckets are missing), the trend dashed. */
static void
draw_summary (cairo_t                 *cr,
              const HearthChart       *chart,
              const HearthChartSeries *series,
              const HearthChartStyle  *style,
              const HearthChartArea   *area,
              gint64                   bucket,
              HearthChartStats        *stats)
{
  static const double dashes[] = { 2, 3 };
  g_autoptr(GArray) buckets = g_array_new (FALSE, FALSE, sizeof (HearthChartBucket));
  const HearthChartRgba *color = _hearth_chart_series_color (style, series->role);
  const HearthChartBucket *prev = NULL;
  double v0;
  double v1;

  hearth_chart_summarize (series->points, series->n_points, chart->t0, chart->t1,
                          bucket, chart->tz, buckets);
  stats->points_drawn += buckets->len;

  set_source_faded (cr, color, 0.25);
  for (guint i = 0; i < buckets->len; i++)
    {
      const HearthChartBucket *b = &g_array_index (buckets, HearthChartBucket, i);
      double x0 = hearth_chart_time_to_x (area, b->start);
      double x1 = hearth_chart_time_to_x (area, b->end);
      double y0 = hearth_chart_value_to_y (area, b->max);
      double y1 = hearth_chart_value_to_y (area, b->min);

      /* At least a pixel tall, so a bucket of one reading shows. */
      cairo_rectangle (cr, x0, y0 - 0.5, x1 - x0, y1 - y0 + 1);
    }
  cairo_fill (cr);

  _hearth_chart_set_source (cr, color);
  for (guint i = 0; i < buckets->len; i++)
    {
      const HearthChartBucket *b = &g_array_index (buckets, HearthChartBucket, i);
      double x = hearth_chart_time_to_x (area, b->t);
      double y = hearth_chart_value_to_y (area, b->mean);

      if (prev != NULL && b->start - prev->end < bucket)
        cairo_line_to (cr, x, y);
      else
        {
          /* A bucket alone is a short dash, not nothing. */
          cairo_move_to (cr, hearth_chart_time_to_x (area, b->start), y);
          cairo_line_to (cr, x, y);
        }
      prev = b;
    }
  cairo_set_line_width (cr, style->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);

  if (hearth_chart_trend (series->points, series->n_points, chart->t0, chart->t1, &v0, &v1))
    {
      _hearth_chart_set_source (cr, &style->foreground);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, area->x, hearth_chart_value_to_y (area, v0));
      cairo_line_to (cr, area->x + area->width, hearth_chart_value_to_y (area, v1));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}


char *
_hearth_chart_highlight_label (const HearthChart       *chart,
                               const HearthChartSeries *series,
                               const HearthChartPoint  *p)
{
  g_autoptr(GDateTime) local = hearth_usec_to_date_time (p->t, chart->tz);
  g_autofree char *value = NULL;
  g_autofree char *time = NULL;

  if (local != NULL && chart->highlight_day_only)
    /* Translators: date of a highlighted measurement taken on a day (a
     * child's height) in a chart; see g_date_time_format() */
    time = g_date_time_format (local, C_("chart highlight day", "%-d %b %Y"));
  else if (local != NULL)
    /* Translators: date and time of a highlighted reading in a chart; see
     * g_date_time_format() */
    time = g_date_time_format (local, C_("chart highlight", "%-d %b %Y, %H:%M"));
  value = chart->highlight_text != NULL ? g_strdup (chart->highlight_text)
                                        : _hearth_chart_format_value (chart, series, p->v);
  return g_strdup_printf ("%s\n%s", value, time ? g_strstrip (time) : "");
}

static void
draw_highlight (cairo_t                *cr,
                PangoLayout            *layout,
                const HearthChart      *chart,
                const HearthChartStyle *style,
                const HearthChartArea  *area,
                double                  width,
                double                  height)
{
  const HearthChartSeries *series;
  const HearthChartPoint *p;
  g_autofree char *text = NULL;
  double x;
  double y;
  double w;
  double h;
  double bx;
  double by;

  if (chart->highlight_series < 0 || (guint) chart->highlight_series >= chart->n_series)
    return;

  series = &chart->series[chart->highlight_series];
  if (chart->highlight_index >= series->n_points)
    return;

  p = &series->points[chart->highlight_index];
  if (p->t < area->t0 || p->t > area->t1 || !isfinite (p->v))
    return;

  x = hearth_chart_time_to_x (area, p->t);
  y = hearth_chart_value_to_y (area, p->v);

  /* A guide down to the time axis. */
  set_source_faded (cr, &style->foreground, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, crisp (x), area->y);
  cairo_line_to (cr, crisp (x), area->y + area->height);
  cairo_stroke (cr);

  /* The marker: a ring around the point in the series' colour. */
  _hearth_chart_set_source (cr, &style->background);
  cairo_arc (cr, x, y, style->point_radius + 3, 0, 2 * G_PI);
  cairo_fill (cr);
  _hearth_chart_set_source (cr, _hearth_chart_series_color (style, series->role));
  cairo_arc (cr, x, y, style->point_radius + 1, 0, 2 * G_PI);
  cairo_fill (cr);
  _hearth_chart_set_source (cr, &style->highlight);
  cairo_set_line_width (cr, 2);
  cairo_arc (cr, x, y, style->point_radius + 3, 0, 2 * G_PI);
  cairo_stroke (cr);

  /* The label: exact value and local time. */
  text = _hearth_chart_highlight_label (chart, series, p);

  _hearth_chart_measure (layout, text, &w, &h);
  w += 2 * HIGHLIGHT_PADDING;
  h += 2 * HIGHLIGHT_PADDING;

  /* Right of and above the point; flipped where that leaves the chart. */
  bx = x + style->point_radius + 8;
  if (bx + w > width)
    bx = x - style->point_radius - 8 - w;
  by = y - h - 4;
  if (by < 0)
    by = y + 4;
  bx = CLAMP (bx, 0, MAX (width - w, 0));
  by = CLAMP (by, 0, MAX (height - h, 0));

  _hearth_chart_set_source (cr, &style->background);
  cairo_rectangle (cr, round (bx) + 0.5, round (by) + 0.5, round (w), round (h));
  cairo_fill_preserve (cr);
  _hearth_chart_set_source (cr, &style->highlight);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  _hearth_chart_set_source (cr, &style->foreground);
  show_text (cr, layout, text, bx + HIGHLIGHT_PADDING, by + HIGHLIGHT_PADDING);
  pango_layout_set_text (layout, "", -1);
}

void
hearth_chart_draw (cairo_t                *cr,
                   const HearthChart      *chart,
                   const HearthChartStyle *style,
                   double                  width,
                   double                  height,
                   HearthChartStats       *stats)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) points = NULL;
  HearthChartStats local_stats = { { 0 } };
  HearthChartLayout lay;
  guint n_columns;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (chart->t0 < chart->t1);
  g_return_if_fail (chart->n_series <= HEARTH_CHART_MAX_SERIES);

  if (stats == NULL)
    stats = &local_stats;
  memset (stats, 0, sizeof *stats);

  if (width < 1 || height < 1)
    return;

  cairo_save (cr);

  layout = _hearth_chart_create_layout (style);
  _hearth_chart_lay_out (chart, style, layout, width, height, &lay);
  stats->area = lay.panels[0];
  stats->n_panels = lay.n_panels;
  memcpy (stats->panels, lay.panels, sizeof lay.panels);
  memcpy (stats->series_panel, lay.series_panel, sizeof lay.series_panel);
  stats->frame_x = lay.frame_x;
  stats->frame_width = lay.frame_width;
  stats->n_time_ticks = lay.time_ticks->len;
  stats->n_value_ticks = lay.value_ticks[0]->len;
  stats->n_legend = lay.n_legend;
  memcpy (stats->legend, lay.legend, sizeof lay.legend);
  stats->legend_dropped = lay.legend_dropped;

  _hearth_chart_set_source (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  for (guint p = 0; p < lay.n_panels; p++)
    {
      const HearthChartArea *area = &lay.panels[p];

      cairo_save (cr);
      cairo_rectangle (cr, lay.frame_x, area->y, lay.frame_width, area->height);
      cairo_clip (cr);
      draw_bands (cr, chart, style, &lay, p);
      draw_grid (cr, style, &lay, p);
      draw_goal_line (cr, chart, style, &lay, p);
      cairo_restore (cr);

      draw_axes (cr, layout, style, &lay, p, width);
    }

  /* One pixel column per reduction column. */
  n_columns = (guint) MAX (ceil (lay.panels[0].width), 1);

  /* Reference curves under the series, their labels right of the plot. */
  for (guint p = 0; p < lay.n_panels; p++)
    {
      const HearthChartArea *area = &lay.panels[p];

      cairo_save (cr);
      cairo_rectangle (cr, lay.frame_x, area->y, lay.frame_width, area->height);
      cairo_clip (cr);
      _hearth_chart_draw_curves (cr, chart, style, &lay, p, n_columns, stats);
      cairo_restore (cr);
    }
  _hearth_chart_draw_curve_labels (cr, layout, chart, style, &lay, stats);
  points = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  for (guint s = 0; s < chart->n_series; s++)
    {
      const HearthChartSeries *series = &chart->series[s];
      const HearthChartArea *area = &lay.panels[lay.series_panel[s]];
      guint first;
      guint end;

      cairo_save (cr);
      cairo_rectangle (cr, lay.frame_x, area->y, lay.frame_width, area->height);
      cairo_clip (cr);

      hearth_chart_find_visible (series->points, series->n_points, chart->t0, chart->t1, &first, &end);
      stats->points_visible += end - first;
      if (lay.summary[s])
        {
          stats->summary_bucket[s] = lay.bucket;
          draw_summary (cr, chart, series, style, area, lay.bucket, stats);
        }
      else
        {
          g_array_set_size (points, 0);
          hearth_chart_reduce_minmax (series->points, series->n_points,
                                      chart->t0, chart->t1, n_columns, points);
          draw_series (cr, series, style, area, points, stats);
        }
      cairo_restore (cr);
    }

  if (chart->highlight_series >= 0 && (guint) chart->highlight_series < chart->n_series)
    draw_highlight (cr, layout, chart, style, &lay.panels[lay.series_panel[chart->highlight_series]],
                    width, height);

  _hearth_chart_draw_legend (cr, layout, chart, style, &lay);
  _hearth_chart_layout_clear (&lay);

  cairo_restore (cr);
}
