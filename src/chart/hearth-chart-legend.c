/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-private.h"

/* The legend: over the plot, never in it, so no label sits under the
 * data. One entry per series, then the summary's spread and trend, the
 * goal, and one per band colour and label (a blood pressure chart's
 * systolic and diastolic "Normal" are one entry). Entries flow into rows
 * as wide as the drawing; an entry that does not fit in the rows allowed
 * is left out (counted in legend_dropped), never cut or overlapped. */

#define LEGEND_SWATCH   14.0
/* Rows at most, and at most a quarter of the height. */
#define LEGEND_MAX_ROWS 5
#define SWATCH_GAP      4.0

static gboolean
same_band (const HearthChartBand *a,
           const HearthChartBand *b)
{
  return a->role == b->role && g_strcmp0 (a->label, b->label) == 0;
}

static const char *
bucket_text (gint64 bucket)
{
  if (bucket <= G_TIME_SPAN_DAY)
    /* Translators: chart legend of a long range drawn as daily means over
     * a light band from the lowest to the highest reading of each day */
    return _("Daily mean and range");
  if (bucket <= 7 * G_TIME_SPAN_DAY)
    /* Translators: chart legend, as "Daily mean and range", by week */
    return _("Weekly mean and range");
  /* Translators: chart legend, as "Daily mean and range", by 30 days */
  return _("Monthly mean and range");
}

static void
add_entry (HearthChartLayout     *out,
           HearthChartLegendKind  kind,
           int                    series,
           int                    band,
           const char            *text)
{
  if (out->n_legend >= HEARTH_CHART_MAX_LEGEND)
    {
      out->legend_dropped++;
      return;
    }

  out->legend[out->n_legend] = (HearthChartLegendItem) { kind, series, band, text, 0, 0, 0, 0 };
  out->n_legend++;
}

double
_hearth_chart_lay_out_legend (const HearthChart      *chart,
                              const HearthChartStyle *style,
                              PangoLayout            *layout,
                              double                  width,
                              double                  height,
                              gboolean                summary,
                              HearthChartLayout      *out)
{
  guint max_rows;
  double gap = _HEARTH_CHART_LABEL_GAP;
  double x = gap / 2;
  double row_h;
  guint row = 0;
  guint kept = 0;

  if (!chart->show_legend)
    return 0;

  for (guint s = 0; s < chart->n_series; s++)
    {
      if (chart->series[s].label != NULL && _hearth_chart_series_owner (chart, s) == s)
        add_entry (out, HEARTH_CHART_LEGEND_SERIES, s, -1, chart->series[s].label);
    }
  if (summary)
    {
      add_entry (out, HEARTH_CHART_LEGEND_SPREAD, -1, -1, bucket_text (out->bucket));
      /* Translators: chart legend: the least-squares line of the readings */
      add_entry (out, HEARTH_CHART_LEGEND_TREND, -1, -1, _("Trend"));
    }
  if (chart->has_goal && chart->goal_label != NULL)
    add_entry (out, HEARTH_CHART_LEGEND_GOAL, -1, -1, chart->goal_label);
  for (guint i = 0; i < chart->n_bands; i++)
    {
      const HearthChartBand *band = &chart->bands[i];
      gboolean seen = FALSE;

      if (band->label == NULL || (guint) band->role >= HEARTH_CHART_N_BAND_ROLES ||
          !hearth_chart_band_applies (chart, band))
        continue;
      for (guint j = 0; j < i && !seen; j++)
        seen = hearth_chart_band_applies (chart, &chart->bands[j]) && same_band (&chart->bands[j], band);
      if (!seen)
        add_entry (out, HEARTH_CHART_LEGEND_BAND, -1, i, band->label);
    }

  if (out->n_legend == 0)
    return 0;

  _hearth_chart_measure (layout, "0123456789", NULL, &row_h);
  max_rows = (guint) CLAMP (floor (height / 4 / (row_h + gap / 2)), 1, LEGEND_MAX_ROWS);

  /* Rows, in order; what does not fit is dropped. */
  for (guint i = 0; i < out->n_legend; i++)
    {
      HearthChartLegendItem *item = &out->legend[i];
      double w;
      double h;

      _hearth_chart_measure (layout, item->text, &w, &h);
      w += LEGEND_SWATCH + SWATCH_GAP;

      if (x > gap / 2 && x + w > width - gap / 2)
        {
          row++;
          x = gap / 2;
        }
      if (row >= max_rows || x + w > width - gap / 2)
        {
          out->legend_dropped++;
          continue;
        }

      item->x = x;
      item->y = gap / 2 + row * (row_h + gap / 2);
      item->width = w;
      item->height = h;
      x += w + 2 * gap;

      /* Packed: the kept entries first. */
      out->legend[kept++] = *item;
    }
  out->n_legend = kept;

  if (kept == 0)
    return 0;

  return ceil (gap / 2 + (out->legend[kept - 1].y - gap / 2) + row_h + gap);
}

void
_hearth_chart_draw_legend (cairo_t                 *cr,
                           PangoLayout             *layout,
                           const HearthChart       *chart,
                           const HearthChartStyle  *style,
                           const HearthChartLayout *out)
{
  static const double trend_dashes[] = { 2, 3 };
  static const double goal_dashes[] = { 6, 4 };

  for (guint i = 0; i < out->n_legend; i++)
    {
      const HearthChartLegendItem *item = &out->legend[i];
      double cy = item->y + item->height / 2;
      double sx = item->x;

      switch (item->kind)
        {
        case HEARTH_CHART_LEGEND_SERIES:
          {
            const HearthChartSeries *series = &chart->series[item->series];

            _hearth_chart_set_source (cr, _hearth_chart_series_color (style, series->role));
            if (series->flags & HEARTH_CHART_SERIES_LINE)
              {
                cairo_set_line_width (cr, 3);
                cairo_move_to (cr, sx, cy);
                cairo_line_to (cr, sx + LEGEND_SWATCH, cy);
                cairo_stroke (cr);
              }
            else
              {
                cairo_arc (cr, sx + LEGEND_SWATCH / 2, cy, style->point_radius + 1, 0, 2 * G_PI);
                cairo_fill (cr);
              }
          }
          break;

        case HEARTH_CHART_LEGEND_SPREAD:
          {
            HearthChartRgba light = style->foreground;

            light.alpha = 0.2;
            _hearth_chart_set_source (cr, &light);
            cairo_rectangle (cr, sx, cy - 5, LEGEND_SWATCH, 10);
            cairo_fill (cr);
            _hearth_chart_set_source (cr, &style->foreground);
            cairo_set_line_width (cr, 2);
            cairo_move_to (cr, sx, cy);
            cairo_line_to (cr, sx + LEGEND_SWATCH, cy);
            cairo_stroke (cr);
          }
          break;

        case HEARTH_CHART_LEGEND_TREND:
        case HEARTH_CHART_LEGEND_GOAL:
          if (item->kind == HEARTH_CHART_LEGEND_TREND)
            {
              _hearth_chart_set_source (cr, &style->foreground);
              cairo_set_dash (cr, trend_dashes, G_N_ELEMENTS (trend_dashes), 0);
            }
          else
            {
              _hearth_chart_set_source (cr, &style->goal);
              cairo_set_dash (cr, goal_dashes, G_N_ELEMENTS (goal_dashes), 0);
            }
          cairo_set_line_width (cr, 1.5);
          cairo_move_to (cr, sx, cy);
          cairo_line_to (cr, sx + LEGEND_SWATCH, cy);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;

        case HEARTH_CHART_LEGEND_BAND:
        default:
          {
            HearthChartRgba solid = style->bands[chart->bands[item->band].role];

            /* Stronger than the band itself, so a small swatch reads. */
            solid.alpha = MIN (solid.alpha * 2.5, 1.0);
            _hearth_chart_set_source (cr, &solid);
            cairo_rectangle (cr, sx, cy - 6, LEGEND_SWATCH, 12);
            cairo_fill (cr);
          }
          break;
        }

      _hearth_chart_set_source (cr, &style->foreground);
      pango_layout_set_text (layout, item->text, -1);
      cairo_move_to (cr, sx + LEGEND_SWATCH + SWATCH_GAP, item->y);
      pango_cairo_show_layout (cr, layout);
    }
}
