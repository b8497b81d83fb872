/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-private.h"

/* Value labels at least this many text heights apart. */
#define VALUE_TICK_SPACING 2.5
/* Markers are drawn while points are at least this many pixels apart on
 * average; closer, the line alone shows them. */
#define MARKER_SPACING 4.0
#define LEGEND_SWATCH 14.0
#define HIGHLIGHT_PADDING 6.0
#define BAND_LABEL_SCALE 0.85

static gboolean
has_legend (const HearthChart *chart)
{
  if (!chart->show_legend)
    return FALSE;

  for (guint s = 0; s < chart->n_series; s++)
    {
      if (chart->series[s].label != NULL)
        return TRUE;
    }

  return FALSE;
}

void
_hearth_chart_lay_out (const HearthChart      *chart,
                       const HearthChartStyle *style,
                       PangoLayout            *layout,
                       double                  width,
                       double                  height,
                       HearthChartArea        *area,
                       GArray                **time_ticks,
                       GArray                **value_ticks)
{
  double text_h;
  double top;
  double bottom;
  double left = 0;
  double lo;
  double hi;

  _hearth_chart_measure (layout, "0123456789", NULL, &text_h);

  top = has_legend (chart) ? text_h + 2 * _HEARTH_CHART_LABEL_GAP : ceil (text_h / 2) + 2;
  bottom = text_h + _HEARTH_CHART_LABEL_GAP;
  area->y = top;
  area->height = MAX (height - top - bottom, 1);

  _hearth_chart_value_range (chart, &lo, &hi);
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

  *value_ticks = hearth_chart_value_ticks (lo, hi, area->height, text_h * VALUE_TICK_SPACING);
  for (guint i = 0; i < (*value_ticks)->len; i++)
    {
      double w;

      _hearth_chart_measure (layout, g_array_index (*value_ticks, HearthChartValueTick, i).label, &w, NULL);
      left = MAX (left, w);
    }

  area->x = ceil (left + _HEARTH_CHART_LABEL_GAP + 2);
  area->width = MAX (width - area->x - _HEARTH_CHART_LABEL_GAP, 1);
  area->t0 = chart->t0;
  area->t1 = chart->t1;

  *time_ticks = _hearth_chart_time_ticks (layout, chart->t0, chart->t1, chart->tz, area->width);
}

static const HearthChartRgba *
series_color (const HearthChartStyle *style,
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
draw_bands (cairo_t                *cr,
            const HearthChart      *chart,
            const HearthChartStyle *style,
            const HearthChartArea  *area)
{
  for (guint i = 0; i < chart->n_bands; i++)
    {
      const HearthChartBand *band = &chart->bands[i];
      double y0;
      double y1;

      if ((guint) band->role >= HEARTH_CHART_N_BAND_ROLES ||
          !hearth_chart_band_applies (chart, band) ||
          !get_band_rows (band, area, &y0, &y1))
        continue;

      _hearth_chart_set_source (cr, &style->bands[band->role]);
      cairo_rectangle (cr, area->x, round (y0), area->width, round (y1) - round (y0));
      cairo_fill (cr);
    }
}

static void
draw_band_labels (cairo_t                *cr,
                  PangoLayout            *layout,
                  const HearthChart      *chart,
                  const HearthChartStyle *style,
                  const HearthChartArea  *area)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  PangoFontDescription *small = pango_font_description_copy (font);
  PangoLayout *band_layout = pango_layout_copy (layout);
  /* Label rows taken so far: bands may be thinner than their text. */
  double taken_top = INFINITY;
  double taken_bottom = -INFINITY;

  pango_font_description_set_absolute_size (small, style->font_size * BAND_LABEL_SCALE * PANGO_SCALE);
  pango_layout_set_font_description (band_layout, small);
  pango_font_description_free (small);

  for (guint i = 0; i < chart->n_bands; i++)
    {
      const HearthChartBand *band = &chart->bands[i];
      double y0;
      double y1;
      double w;
      double h;

      if (band->label == NULL || !hearth_chart_band_applies (chart, band) ||
          !get_band_rows (band, area, &y0, &y1))
        continue;

      _hearth_chart_measure (band_layout, band->label, &w, &h);
      /* Only where the band has room for it, clear of other labels. */
      if (y1 - y0 < h + 2 || w + 2 * _HEARTH_CHART_LABEL_GAP > area->width)
        continue;
      if (y0 + 1 + h > taken_top && y0 + 1 < taken_bottom)
        continue;

      set_source_faded (cr, &style->foreground, 0.6);
      show_text (cr, band_layout, band->label,
                 area->x + area->width - w - _HEARTH_CHART_LABEL_GAP / 2, y0 + 1);
      taken_top = MIN (taken_top, y0 + 1);
      taken_bottom = MAX (taken_bottom, y0 + 1 + h);
    }

  g_object_unref (band_layout);
}

static void
draw_grid (cairo_t                *cr,
           const HearthChartStyle *style,
           const HearthChartArea  *area,
           GArray                 *time_ticks,
           GArray                 *value_ticks)
{
  _hearth_chart_set_source (cr, &style->grid);
  cairo_set_line_width (cr, 1);

  for (guint i = 0; i < value_ticks->len; i++)
    {
      double y = crisp (hearth_chart_value_to_y (area, g_array_index (value_ticks, HearthChartValueTick, i).v));

      cairo_move_to (cr, area->x, y);
      cairo_line_to (cr, area->x + area->width, y);
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
draw_axes (cairo_t                *cr,
           PangoLayout            *layout,
           const HearthChartStyle *style,
           const HearthChartArea  *area,
           double                  width,
           GArray                 *time_ticks,
           GArray                 *value_ticks)
{
  double last_right = -INFINITY;

  /* The base line. */
  set_source_faded (cr, &style->foreground, 0.35);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, area->x, crisp (area->y + area->height));
  cairo_line_to (cr, area->x + area->width, crisp (area->y + area->height));
  cairo_stroke (cr);

  set_source_faded (cr, &style->foreground, 0.75);

  for (guint i = 0; i < value_ticks->len; i++)
    {
      const HearthChartValueTick *tick = &g_array_index (value_ticks, HearthChartValueTick, i);
      double y = hearth_chart_value_to_y (area, tick->v);
      double w;
      double h;

      _hearth_chart_measure (layout, tick->label, &w, &h);
      show_text (cr, layout, tick->label, area->x - _HEARTH_CHART_LABEL_GAP - w, y - h / 2);
    }

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
draw_goal_line (cairo_t                *cr,
                const HearthChart      *chart,
                const HearthChartStyle *style,
                const HearthChartArea  *area)
{
  static const double dashes[] = { 6, 4 };
  double y;

  if (!goal_visible (chart, area))
    return;

  y = crisp (hearth_chart_value_to_y (area, chart->goal));
  _hearth_chart_set_source (cr, &style->goal);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, area->x, y);
  cairo_line_to (cr, area->x + area->width, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Over the series, on the background, so it stays readable. */
static void
draw_goal_label (cairo_t                *cr,
                 PangoLayout            *layout,
                 const HearthChart      *chart,
                 const HearthChartStyle *style,
                 const HearthChartArea  *area)
{
  double y;
  double w;
  double h;
  double x;

  if (!goal_visible (chart, area) || chart->goal_label == NULL)
    return;

  y = crisp (hearth_chart_value_to_y (area, chart->goal));
  _hearth_chart_measure (layout, chart->goal_label, &w, &h);
  x = area->x + _HEARTH_CHART_LABEL_GAP / 2;
  /* Above the line, or under it at the top of the plot. */
  y = y - h - 3 >= area->y ? y - h - 3 : y + 3;

  set_source_faded (cr, &style->background, 0.85);
  cairo_rectangle (cr, x - 3, y, w + 6, h);
  cairo_fill (cr);
  _hearth_chart_set_source (cr, &style->goal);
  show_text (cr, layout, chart->goal_label, x, y);
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
  const HearthChartRgba *color = series_color (style, series->role);
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
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *value = NULL;
  g_autofree char *time = NULL;
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
  _hearth_chart_set_source (cr, series_color (style, series->role));
  cairo_arc (cr, x, y, style->point_radius + 1, 0, 2 * G_PI);
  cairo_fill (cr);
  _hearth_chart_set_source (cr, &style->highlight);
  cairo_set_line_width (cr, 2);
  cairo_arc (cr, x, y, style->point_radius + 3, 0, 2 * G_PI);
  cairo_stroke (cr);

  /* The label: exact value and local time. */
  local = hearth_usec_to_date_time (p->t, chart->tz);
  /* Translators: date and time of a highlighted reading in a chart; see
   * g_date_time_format() */
  time = local ? g_date_time_format (local, C_("chart highlight", "%-d %b %Y, %H:%M")) : NULL;
  value = _hearth_chart_format_value (chart, series, p->v);
  text = g_strdup_printf ("%s\n%s", value, time ? g_strstrip (time) : "");

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

static void
draw_legend (cairo_t                *cr,
             PangoLayout            *layout,
             const HearthChart      *chart,
             const HearthChartStyle *style,
             const HearthChartArea  *area,
             double                  width)
{
  double x = area->x;

  for (guint s = 0; s < chart->n_series; s++)
    {
      const HearthChartSeries *series = &chart->series[s];
      double w;
      double h;

      if (series->label == NULL)
        continue;

      _hearth_chart_measure (layout, series->label, &w, &h);
      if (x + LEGEND_SWATCH + 4 + w > width)
        break;

      _hearth_chart_set_source (cr, series_color (style, series->role));
      if (series->flags & HEARTH_CHART_SERIES_LINE)
        {
          cairo_set_line_width (cr, 3);
          cairo_move_to (cr, x, _HEARTH_CHART_LABEL_GAP / 2 + h / 2);
          cairo_line_to (cr, x + LEGEND_SWATCH, _HEARTH_CHART_LABEL_GAP / 2 + h / 2);
          cairo_stroke (cr);
        }
      else
        {
          cairo_arc (cr, x + LEGEND_SWATCH / 2, _HEARTH_CHART_LABEL_GAP / 2 + h / 2,
                     style->point_radius + 1, 0, 2 * G_PI);
          cairo_fill (cr);
        }

      _hearth_chart_set_source (cr, &style->foreground);
      show_text (cr, layout, series->label, x + LEGEND_SWATCH + 4, _HEARTH_CHART_LABEL_GAP / 2);
      x += LEGEND_SWATCH + 4 + w + 2 * _HEARTH_CHART_LABEL_GAP;
    }
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
  g_autoptr(GArray) time_ticks = NULL;
  g_autoptr(GArray) value_ticks = NULL;
  g_autoptr(GArray) points = NULL;
  HearthChartStats local_stats = { { 0 } };
  HearthChartArea *area;
  guint n_columns;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (chart->t0 < chart->t1);
  g_return_if_fail (chart->n_series <= HEARTH_CHART_MAX_SERIES);

  if (stats == NULL)
    stats = &local_stats;
  *stats = (HearthChartStats) { { 0 } };
  area = &stats->area;

  if (width < 1 || height < 1)
    return;

  cairo_save (cr);

  layout = _hearth_chart_create_layout (style);
  _hearth_chart_lay_out (chart, style, layout, width, height, area, &time_ticks, &value_ticks);
  stats->n_time_ticks = time_ticks->len;
  stats->n_value_ticks = value_ticks->len;

  _hearth_chart_set_source (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  draw_bands (cr, chart, style, area);
  draw_grid (cr, style, area, time_ticks, value_ticks);
  draw_band_labels (cr, layout, chart, style, area);
  cairo_restore (cr);

  draw_axes (cr, layout, style, area, width, time_ticks, value_ticks);

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);
  draw_goal_line (cr, chart, style, area);

  /* One pixel column per reduction column. */
  n_columns = (guint) MAX (ceil (area->width), 1);
  points = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  for (guint s = 0; s < chart->n_series; s++)
    {
      const HearthChartSeries *series = &chart->series[s];
      guint first;
      guint end;

      hearth_chart_find_visible (series->points, series->n_points, chart->t0, chart->t1, &first, &end);
      stats->points_visible += end - first;
      g_array_set_size (points, 0);
      hearth_chart_reduce_minmax (series->points, series->n_points,
                                  chart->t0, chart->t1, n_columns, points);
      draw_series (cr, series, style, area, points, stats);
    }
  draw_goal_label (cr, layout, chart, style, area);
  cairo_restore (cr);

  draw_highlight (cr, layout, chart, style, area, width, height);

  if (has_legend (chart))
    draw_legend (cr, layout, chart, style, area, width);

  cairo_restore (cr);
}
