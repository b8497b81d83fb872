/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include "hearth-chart-private.h"

/* How many neighbours on each side hearth_chart_pick() looks at after its
 * binary search: bounds the work when many points share a pixel. */
#define PICK_NEIGHBOURS 64

/* Share of the data's span added above and below it. */
#define RANGE_PADDING 0.05

/* A band edge this close to the data (in data spans) is shown. */
#define BAND_EDGE_REACH 0.5

void
hearth_chart_init (HearthChart *chart)
{
  g_return_if_fail (chart != NULL);

  *chart = (HearthChart) { 0 };
  chart->highlight_series = -1;
}

gboolean
hearth_chart_add_series (HearthChart            *chart,
                         const HearthChartPoint *points,
                         guint                   n_points,
                         HearthChartRole         role,
                         HearthChartSeriesFlags  flags,
                         const char             *label)
{
  HearthChartSeries *series;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (points != NULL || n_points == 0, FALSE);
  g_return_val_if_fail (role <= HEARTH_CHART_ROLE_AVERAGE, FALSE);
  g_return_val_if_fail (chart->n_series < HEARTH_CHART_MAX_SERIES, FALSE);

  series = &chart->series[chart->n_series++];
  series->points = points;
  series->n_points = n_points;
  series->role = role;
  series->flags = flags;
  series->label = label;
  series->format = NULL;
  series->format_data = NULL;
  series->reads_as = -1;

  return TRUE;
}

gboolean
hearth_chart_band_applies (const HearthChart     *chart,
                           const HearthChartBand *band)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (band != NULL, FALSE);

  return band->series < 0 || (guint) band->series < chart->n_series;
}

PangoLayout *
_hearth_chart_create_layout (const HearthChartStyle *style)
{
  PangoContext *context;
  PangoLayout *layout;
  PangoFontDescription *font;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  /* The layout keeps the context alive. */
  layout = pango_layout_new (context);
  g_object_unref (context);

  font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, style->font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  return layout;
}

void
_hearth_chart_measure (PangoLayout *layout,
                       const char  *text,
                       double      *width,
                       double      *height)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_hearth_chart_set_source (cairo_t               *cr,
                          const HearthChartRgba *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

char *
_hearth_chart_format_value (const HearthChart       *chart,
                            const HearthChartSeries *series,
                            double                   v)
{
  if (series->format)
    return series->format (v, series->format_data);
  if (chart->format_value)
    return chart->format_value (v, chart->format_data);

  return g_strdup_printf ("%g", v);
}

static void
include_value (double  v,
               double *lo,
               double *hi)
{
  *lo = MIN (*lo, v);
  *hi = MAX (*hi, v);
}

guint
_hearth_chart_series_owner (const HearthChart *chart,
                            guint              s)
{
  int owner = chart->series[s].reads_as;

  return owner >= 0 && (guint) owner < s ? _hearth_chart_series_owner (chart, owner) : s;
}

/* Whether series @s has a band of its own. */
static gboolean
has_own_bands (const HearthChart *chart,
               guint              s)
{
  for (guint i = 0; i < chart->n_bands; i++)
    {
      if (chart->bands[i].series >= 0 && (guint) chart->bands[i].series == s)
        return TRUE;
    }

  return FALSE;
}

/* Whether series @a and @b have the same bands of their own (the same
 * thresholds: after-meal and other glucose readings, low glucose only). */
static gboolean
same_own_bands (const HearthChart *chart,
                guint              a,
                guint              b)
{
  guint i = 0;
  guint j = 0;

  for (;;)
    {
      const HearthChartBand *x;
      const HearthChartBand *y;

      while (i < chart->n_bands && chart->bands[i].series != (int) a)
        i++;
      while (j < chart->n_bands && chart->bands[j].series != (int) b)
        j++;
      if (i == chart->n_bands || j == chart->n_bands)
        return i == chart->n_bands && j == chart->n_bands;

      x = &chart->bands[i++];
      y = &chart->bands[j++];
      if (x->lo != y->lo || x->hi != y->hi || x->role != y->role || g_strcmp0 (x->label, y->label) != 0)
        return FALSE;
    }
}

guint
_hearth_chart_assign_panels (const HearthChart *chart,
                             guint             *series_panel)
{
  int shared = -1;
  guint n = 0;

  for (guint s = 0; s < chart->n_series; s++)
    {
      guint owner = _hearth_chart_series_owner (chart, s);
      gboolean placed = FALSE;

      if (owner != s)
        {
          series_panel[s] = series_panel[owner];
          continue;
        }
      if (!has_own_bands (chart, s))
        {
          if (shared < 0)
            shared = n++;
          series_panel[s] = shared;
          continue;
        }

      /* Series with the same thresholds share a panel. */
      for (guint e = 0; e < s && !placed; e++)
        {
          if (_hearth_chart_series_owner (chart, e) == e && has_own_bands (chart, e) &&
              same_own_bands (chart, e, s))
            {
              series_panel[s] = series_panel[e];
              placed = TRUE;
            }
        }
      if (!placed)
        series_panel[s] = n++;
    }

  return MAX (n, 1);
}

/* Whether @band is drawn in panel @panel. */
gboolean
_hearth_chart_band_in_panel (const HearthChart     *chart,
                             const HearthChartBand *band,
                             const guint           *series_panel,
                             guint                  panel)
{
  if (!hearth_chart_band_applies (chart, band))
    return FALSE;
  if (band->series < 0 || series_panel == NULL)
    return TRUE;
  if (series_panel[band->series] != panel)
    return FALSE;

  /* Series sharing a panel share their bands: drawn once, the first's. */
  for (int s = 0; s < band->series; s++)
    {
      if (series_panel[s] == panel && has_own_bands (chart, s))
        return FALSE;
    }

  return TRUE;
}

/* The band edges just below and above the data, if near enough. */
static void
include_band_edges (const HearthChart *chart,
                    const guint       *series_panel,
                    guint              panel,
                    double            *lo,
                    double            *hi)
{
  double reach = (*hi - *lo) * BAND_EDGE_REACH;
  double below = -INFINITY;
  double above = INFINITY;

  if (reach <= 0)
    reach = MAX (fabs (*hi) * 0.1, 1.0);

  for (guint i = 0; i < chart->n_bands; i++)
    {
      const HearthChartBand *band = &chart->bands[i];
      double edges[2] = { band->lo, band->hi };

      if (!_hearth_chart_band_in_panel (chart, band, series_panel, panel))
        continue;

      for (guint j = 0; j < 2; j++)
        {
          double e = edges[j];

          if (!isfinite (e))
            continue;
          if (e < *lo && e >= *lo - reach)
            below = MAX (below, e);
          if (e > *hi && e <= *hi + reach)
            above = MIN (above, e);
        }
    }

  if (isfinite (below))
    *lo = below;
  if (isfinite (above))
    *hi = above;
}

void
_hearth_chart_value_range (const HearthChart *chart,
                           const guint       *series_panel,
                           guint              panel,
                           double            *v_min,
                           double            *v_max)
{
  double lo = INFINITY;
  double hi = -INFINITY;
  gboolean all_positive = TRUE;
  double pad;

  if (chart->fixed_range && chart->v_min < chart->v_max)
    {
      *v_min = chart->v_min;
      *v_max = chart->v_max;
      return;
    }

  for (guint s = 0; s < chart->n_series; s++)
    {
      const HearthChartSeries *series = &chart->series[s];
      guint first;
      guint end;

      if (series_panel != NULL && series_panel[s] != panel)
        continue;

      hearth_chart_find_visible (series->points, series->n_points,
                                 chart->t0, chart->t1, &first, &end);
      for (guint i = first; i < end; i++)
        {
          const HearthChartPoint *p = &series->points[i];

          if (p->t < chart->t0 || p->t > chart->t1 || !isfinite (p->v))
            continue;
          include_value (p->v, &lo, &hi);
          all_positive = all_positive && p->v >= 0;
        }
    }

  _hearth_chart_curves_range (chart, series_panel, panel, &lo, &hi);

  if (chart->has_goal && isfinite (chart->goal))
    {
      include_value (chart->goal, &lo, &hi);
      all_positive = all_positive && chart->goal >= 0;
    }

  if (lo > hi)
    {
      /* Nothing to show: a unit range. */
      lo = 0;
      hi = 1;
    }

  include_band_edges (chart, series_panel, panel, &lo, &hi);

  pad = (hi - lo) * RANGE_PADDING;
  if (pad <= 0)
    pad = MAX (fabs (hi) * RANGE_PADDING, 1.0);
  lo -= pad;
  hi += pad;

  if (all_positive && lo < 0)
    lo = 0;

  *v_min = lo;
  *v_max = hi;
}

void
hearth_chart_compute_area (const HearthChart      *chart,
                           const HearthChartStyle *style,
                           double                  width,
                           double                  height,
                           HearthChartArea        *area)
{
  g_autoptr(PangoLayout) layout = NULL;
  HearthChartLayout lay;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (area != NULL);
  g_return_if_fail (chart->t0 < chart->t1);

  layout = _hearth_chart_create_layout (style);
  _hearth_chart_lay_out (chart, style, layout, width, height, &lay);
  *area = lay.panels[0];
  _hearth_chart_layout_clear (&lay);
}

double
hearth_chart_time_to_x (const HearthChartArea *area,
                        gint64                 t)
{
  g_return_val_if_fail (area != NULL, 0);
  g_return_val_if_fail (area->t0 < area->t1, 0);

  return area->x + area->width * (((double) t - (double) area->t0) /
                                  ((double) area->t1 - (double) area->t0));
}

gint64
hearth_chart_x_to_time (const HearthChartArea *area,
                        double                 x)
{
  g_return_val_if_fail (area != NULL, 0);
  g_return_val_if_fail (area->width > 0, 0);

  return area->t0 + (gint64) ((x - area->x) / area->width *
                              ((double) area->t1 - (double) area->t0));
}

double
hearth_chart_value_to_y (const HearthChartArea *area,
                         double                 v)
{
  g_return_val_if_fail (area != NULL, 0);
  g_return_val_if_fail (area->v_min < area->v_max, 0);

  return area->y + area->height * (1.0 - (v - area->v_min) / (area->v_max - area->v_min));
}

/* The point of series @s nearest to (@x, @y) in @area, if nearer than
 * *@best. */
static gboolean
pick_series (const HearthChart     *chart,
             guint                  s,
             const HearthChartArea *area,
             double                 x,
             double                 y,
             double                *best,
             guint                 *index)
{
  const HearthChartSeries *ser = &chart->series[s];
  gboolean found = FALSE;
  gint64 t;
  guint first;
  guint end;
  guint mid;
  guint lo;
  guint hi;

  t = hearth_chart_x_to_time (area, CLAMP (x, area->x, area->x + area->width));
  hearth_chart_find_visible (ser->points, ser->n_points, area->t0, area->t1, &first, &end);
  /* Only the points inside the range can be picked. */
  while (first < end && ser->points[first].t < area->t0)
    first++;
  while (end > first && ser->points[end - 1].t > area->t1)
    end--;
  if (first == end)
    return FALSE;

  hearth_chart_find_visible (ser->points + first, end - first, t, t, &lo, &mid);
  lo = first + lo;
  hi = MIN (first + mid, end);
  lo = lo > first + PICK_NEIGHBOURS ? lo - PICK_NEIGHBOURS : first;
  hi = MIN (hi + PICK_NEIGHBOURS, end);

  for (guint i = lo; i < hi; i++)
    {
      double dx = hearth_chart_time_to_x (area, ser->points[i].t) - x;
      double dy = hearth_chart_value_to_y (area, ser->points[i].v) - y;
      double d = dx * dx + dy * dy;

      if (d < *best)
        {
          *best = d;
          *index = i;
          found = TRUE;
        }
    }

  return found;
}

gboolean
hearth_chart_pick (const HearthChart     *chart,
                   const HearthChartArea *area,
                   double                 x,
                   double                 y,
                   guint                 *series,
                   guint                 *index)
{
  double best = INFINITY;
  gboolean found = FALSE;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);
  g_return_val_if_fail (area->width > 0 && area->height > 0, FALSE);

  for (guint s = 0; s < chart->n_series; s++)
    {
      guint i;

      if (pick_series (chart, s, area, x, y, &best, &i))
        {
          found = TRUE;
          if (series)
            *series = s;
          if (index)
            *index = i;
        }
    }

  return found;
}

gboolean
hearth_chart_pick_stats (const HearthChart      *chart,
                         const HearthChartStats *stats,
                         double                  x,
                         double                  y,
                         guint                  *series,
                         guint                  *index)
{
  double best = INFINITY;
  double nearest = INFINITY;
  gboolean found = FALSE;
  guint panel = 0;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  if (stats->n_panels == 0)
    return FALSE;

  /* The panel under the pointer, or the nearest one. */
  for (guint p = 0; p < stats->n_panels; p++)
    {
      const HearthChartArea *a = &stats->panels[p];
      double d = y < a->y ? a->y - y : y > a->y + a->height ? y - a->y - a->height : 0;

      if (d < nearest)
        {
          nearest = d;
          panel = p;
        }
    }

  if (stats->panels[panel].width <= 0 || stats->panels[panel].height <= 0)
    return FALSE;

  for (guint s = 0; s < chart->n_series && s < HEARTH_CHART_MAX_SERIES; s++)
    {
      guint i;

      if (stats->series_panel[s] != panel)
        continue;
      if (pick_series (chart, s, &stats->panels[panel], x, y, &best, &i))
        {
          found = TRUE;
          if (series)
            *series = s;
          if (index)
            *index = i;
        }
    }

  return found;
}
