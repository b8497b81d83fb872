/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-chart-view-private.h"
#include "hearth-chart-view-state-private.h"
#include "hearth-gui-util.h"
#include "hearth-usec.h"

/* The chart view's sparkline (compact) drawing; the full chart is drawn
 * by the chart library from hearth-chart-view.c, and the colours come
 * from hearth_gui_get_chart_style() (hearth-chart-theme.c). */

static const HearthChartRgba *
role_color (const HearthChartStyle *style,
            HearthChartRole         role)
{
  switch (role)
    {
    case HEARTH_CHART_ROLE_SERIES_1:
    case HEARTH_CHART_ROLE_SERIES_2:
    case HEARTH_CHART_ROLE_SERIES_3:
      return &style->series[role];
    case HEARTH_CHART_ROLE_AVERAGE:
    default:
      return &style->average;
    }
}

static void
set_source (cairo_t               *cr,
            const HearthChartRgba *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

/* A sparkline: bands, lines and the latest point, no text. */
void
_hearth_chart_view_draw_compact (HearthChartView        *self,
                                 cairo_t                *cr,
                                 const HearthChartStyle *style,
                                 double                  width,
                                 double                  height)
{
  HearthChartArea *area = &self->last_stats.area;
  double lo = INFINITY;
  double hi = -INFINITY;
  double pad;
  const double inset = 3;

  self->last_stats = (HearthChartStats) { { 0 } };

  for (guint s = 0; s < self->n_series; s++)
    {
      GArray *points = self->series[s].reduced;

      for (guint i = 0; i < points->len; i++)
        {
          const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);

          if (p->t < self->t0 || p->t > self->t1 || !isfinite (p->v))
            continue;
          lo = MIN (lo, p->v);
          hi = MAX (hi, p->v);
          self->last_stats.points_visible++;
        }
    }
  if (self->has_goal)
    {
      lo = MIN (lo, self->goal);
      hi = MAX (hi, self->goal);
    }
  if (lo > hi)
    return;

  pad = MAX ((hi - lo) * 0.1, MAX (fabs (hi) * 0.02, 0.5));
  *area = (HearthChartArea) {
    inset, inset, MAX (width - 2 * inset, 1), MAX (height - 2 * inset, 1),
    self->t0, self->t1, lo - pad, hi + pad,
  };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  for (guint i = 0; i < self->bands->len; i++)
    {
      const HearthChartBand *band = &g_array_index (self->bands, HearthChartBand, i);
      double from = MAX (band->lo, area->v_min);
      double to = MIN (band->hi, area->v_max);
      double y0;
      double y1;

      /* One series' bands at most: a sparkline has one plot. */
      if (from >= to || (guint) band->role >= HEARTH_CHART_N_BAND_ROLES || band->series > 0)
        continue;
      y0 = round (hearth_chart_value_to_y (area, to));
      y1 = round (hearth_chart_value_to_y (area, from));
      set_source (cr, &style->bands[band->role]);
      cairo_rectangle (cr, 0, y0, width, y1 - y0);
      cairo_fill (cr);
    }

  if (self->has_goal)
    {
      static const double dashes[] = { 4, 3 };
      double y = floor (hearth_chart_value_to_y (area, self->goal)) + 0.5;

      set_source (cr, &style->goal);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint s = 0; s < self->n_series; s++)
    {
      ViewSeries *series = &self->series[s];
      GArray *points = series->reduced;
      const HearthChartPoint *last = NULL;
      gboolean started = FALSE;

      if (!_hearth_chart_view_series_drawn (self, s) || points->len == 0)
        continue;

      set_source (cr, role_color (style, series->role));
      for (guint i = 0; i < points->len; i++)
        {
          const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);
          double x = hearth_chart_time_to_x (area, p->t);
          double y = hearth_chart_value_to_y (area, p->v);

          if (!isfinite (p->v))
            continue;
          if (started)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          started = TRUE;
          if (p->t <= self->t1)
            last = p;
          self->last_stats.points_drawn++;
        }
      /* A single reading is a dot, not a line. */
      if (points->len > 1)
        cairo_stroke (cr);
      else
        cairo_new_path (cr);

      if (last != NULL && series->role != HEARTH_CHART_ROLE_AVERAGE)
        {
          cairo_arc (cr, hearth_chart_time_to_x (area, last->t),
                     hearth_chart_value_to_y (area, last->v), 2.5, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }

  cairo_restore (cr);
}
