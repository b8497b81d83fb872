/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-bars.h"
#include "hearth-chart-days-private.h"
#include "hearth-chart-private.h"

/* Daily and stacked bars; see hearth-chart-bars.h. */

/* A bar's share of its day's slot. */
#define BAR_SHARE           0.62
/* Value ticks at least this many text heights apart. */
#define VALUE_TICK_SPACING  2.5
/* A day of 0 is a bar this tall on the baseline. */
#define ZERO_BAR_HEIGHT     2.0
#define LEGEND_SWATCH       14.0
#define SWATCH_GAP          4.0
#define LEGEND_MAX_ROWS     3

void
hearth_chart_bars_init (HearthChartBars *bars,
                        const GDate     *first_day,
                        guint            n_days,
                        const gboolean  *has)
{
  g_return_if_fail (bars != NULL);
  g_return_if_fail (first_day != NULL && g_date_valid (first_day));
  g_return_if_fail (n_days >= 1 && n_days <= HEARTH_CHART_BARS_MAX_DAYS);

  *bars = (HearthChartBars) { 0 };
  bars->first_day = *first_day;
  bars->n_days = n_days;
  bars->has = has;
  bars->show_legend = TRUE;
}

gboolean
hearth_chart_bars_add_series (HearthChartBars *bars,
                              const double    *values,
                              const char      *label)
{
  g_return_val_if_fail (bars != NULL, FALSE);
  g_return_val_if_fail (values != NULL, FALSE);
  g_return_val_if_fail (bars->n_series < HEARTH_CHART_BARS_MAX_SERIES, FALSE);

  bars->series[bars->n_series++] = (HearthChartBarSeries) { values, label };

  return TRUE;
}

void
hearth_chart_bars_set_target (HearthChartBars *bars,
                              double           target,
                              const char      *label)
{
  g_return_if_fail (bars != NULL);
  g_return_if_fail (isfinite (target) && target >= 0);

  bars->has_target = TRUE;
  bars->target = target;
  bars->target_label = label;
}

gboolean
hearth_chart_bars_day_has (const HearthChartBars *bars,
                           guint                  day)
{
  g_return_val_if_fail (bars != NULL, FALSE);
  g_return_val_if_fail (day < bars->n_days, FALSE);

  return bars->has == NULL || bars->has[day];
}

static double
segment_value (const HearthChartBars *bars,
               guint                  s,
               guint                  day)
{
  double v = bars->series[s].values[day];

  /* Negative or not a number: nothing to stack. */
  return isfinite (v) && v > 0 ? v : 0;
}

double
hearth_chart_bars_day_total (const HearthChartBars *bars,
                             guint                  day)
{
  double total = 0;

  g_return_val_if_fail (bars != NULL, 0);
  g_return_val_if_fail (day < bars->n_days, 0);

  if (!hearth_chart_bars_day_has (bars, day))
    return 0;
  for (guint s = 0; s < bars->n_series; s++)
    total += segment_value (bars, s, day);

  return total;
}

const HearthChartRgba *
hearth_chart_bars_series_color (const HearthChartStyle *style,
                                guint                   series)
{
  g_return_val_if_fail (style != NULL, NULL);

  if (series < G_N_ELEMENTS (style->series))
    return &style->series[series];

  return &style->average;
}

double
hearth_chart_bars_value_to_y (const HearthChartBarsStats *stats,
                              double                      value)
{
  g_return_val_if_fail (stats != NULL, 0);

  if (stats->v_max <= 0)
    return stats->y + stats->height;

  return stats->y + stats->height - value / stats->v_max * stats->height;
}

/* Legend --------------------------------------------------------------- */

static gboolean
any_no_data (const HearthChartBars *bars)
{
  for (guint i = 0; i < bars->n_days; i++)
    {
      if (!hearth_chart_bars_day_has (bars, i))
        return TRUE;
    }

  return FALSE;
}

static void
add_legend_entry (HearthChartBarsStats      *stats,
                  HearthChartBarsLegendKind  kind,
                  int                        series,
                  const char                *text)
{
  g_assert (stats->n_legend < HEARTH_CHART_BARS_MAX_LEGEND);

  stats->legend[stats->n_legend++] = (HearthChartBarsLegendItem) { kind, series, text, 0, 0, 0, 0 };
}

/* Entries in rows over the plot; returns the legend's height (0: none). */
static double
lay_out_legend (const HearthChartBars *bars,
                PangoLayout           *layout,
                double                 width,
                double                 height,
                double                 row_h,
                HearthChartBarsStats  *stats)
{
  double gap = _HEARTH_CHART_LABEL_GAP;
  double x = gap / 2;
  guint max_rows;
  guint row = 0;
  guint kept = 0;

  if (!bars->show_legend)
    return 0;

  for (guint s = 0; s < bars->n_series; s++)
    {
      /* A single series is named by the chart's title, if at all. */
      if (bars->series[s].label != NULL && bars->n_series > 1)
        add_legend_entry (stats, HEARTH_CHART_BARS_LEGEND_SERIES, s, bars->series[s].label);
    }
  if (bars->has_target && bars->target_label != NULL)
    add_legend_entry (stats, HEARTH_CHART_BARS_LEGEND_TARGET, -1, bars->target_label);
  if (any_no_data (bars))
    /* Translators: chart legend: a day with nothing logged */
    add_legend_entry (stats, HEARTH_CHART_BARS_LEGEND_NO_DATA, -1, _("No data"));

  if (stats->n_legend == 0)
    return 0;

  max_rows = (guint) CLAMP (floor (height / 4 / (row_h + gap / 2)), 1, LEGEND_MAX_ROWS);

  for (guint i = 0; i < stats->n_legend; i++)
    {
      HearthChartBarsLegendItem *item = &stats->legend[i];
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
          stats->legend_dropped++;
          continue;
        }

      item->x = x;
      item->y = gap / 2 + row * (row_h + gap / 2);
      item->width = w;
      item->height = h;
      x += w + 2 * gap;
      stats->legend[kept++] = *item;
    }
  stats->n_legend = kept;

  if (kept == 0)
    return 0;

  return ceil (stats->legend[kept - 1].y + row_h + gap);
}

static void
draw_legend (cairo_t                    *cr,
             PangoLayout                *layout,
             const HearthChartStyle     *style,
             const HearthChartBarsStats *stats)
{
  static const double target_dashes[] = { 6, 4 };

  for (guint i = 0; i < stats->n_legend; i++)
    {
      const HearthChartBarsLegendItem *item = &stats->legend[i];
      double cy = item->y + item->height / 2;
      double sx = item->x;

      switch (item->kind)
        {
        case HEARTH_CHART_BARS_LEGEND_SERIES:
          _hearth_chart_set_source (cr, hearth_chart_bars_series_color (style, item->series));
          cairo_rectangle (cr, sx, cy - 6, LEGEND_SWATCH, 12);
          cairo_fill (cr);
          break;

        case HEARTH_CHART_BARS_LEGEND_TARGET:
          _hearth_chart_set_source (cr, &style->goal);
          cairo_set_dash (cr, target_dashes, G_N_ELEMENTS (target_dashes), 0);
          cairo_set_line_width (cr, style->line_width);
          cairo_move_to (cr, sx, cy);
          cairo_line_to (cr, sx + LEGEND_SWATCH, cy);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;

        case HEARTH_CHART_BARS_LEGEND_NO_DATA:
        default:
          {
            HearthChartRgba hatch = style->foreground;

            hatch.alpha = 0.35;
            _hearth_chart_hatch (cr, &hatch, sx, cy - 6, LEGEND_SWATCH, 12);
          }
          break;
        }

      _hearth_chart_set_source (cr, &style->foreground);
      pango_layout_set_text (layout, item->text, -1);
      cairo_move_to (cr, sx + LEGEND_SWATCH + SWATCH_GAP, item->y);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Drawing -------------------------------------------------------------- */

/* Day labels: weekday names if every one fits its slot, else days of
 * the month, every @step-th. */
static void
choose_day_labels (const HearthChartBars *bars,
                   PangoLayout           *layout,
                   double                 slot,
                   gboolean              *weekdays,
                   guint                 *step)
{
  double widest = 0;

  for (guint i = 0; i < bars->n_days; i++)
    {
      GDate day;
      g_autofree char *text = NULL;
      double w;

      _hearth_chart_day_add (&bars->first_day, i, &day);
      text = _hearth_chart_format_day (&day, "%a");
      _hearth_chart_measure (layout, text, &w, NULL);
      widest = MAX (widest, w);
    }
  if (widest + 4 <= slot)
    {
      *weekdays = TRUE;
      *step = 1;
      return;
    }

  _hearth_chart_measure (layout, "00", &widest, NULL);
  *weekdays = FALSE;
  *step = (guint) MAX (1, ceil ((widest + 6) / MAX (slot, 0.1)));
}

void
hearth_chart_bars_draw (cairo_t                *cr,
                        const HearthChartBars  *bars,
                        const HearthChartStyle *style,
                        double                  width,
                        double                  height,
                        HearthChartBarsStats   *stats)
{
  static const double target_dashes[] = { 6, 4 };
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GArray) ticks = NULL;
  HearthChartBarsStats local;
  HearthChartRgba baseline_color;
  HearthChartRgba hatch_color;
  double gap = _HEARTH_CHART_LABEL_GAP;
  double text_h;
  double top;
  double label_w = 0;
  double margin;
  gboolean value_labels;
  double top_value = 0;
  double baseline;
  double slot;
  guint max_ticks;
  double step;
  gboolean weekdays;
  guint label_step;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (bars != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (bars->n_days >= 1 && bars->n_days <= HEARTH_CHART_BARS_MAX_DAYS);

  if (stats == NULL)
    stats = &local;
  memset (stats, 0, sizeof *stats);
  stats->target_y = NAN;

  if (width < 1 || height < 1)
    return;

  layout = _hearth_chart_create_layout (style);
  _hearth_chart_measure (layout, "0123456789", NULL, &text_h);

  top = lay_out_legend (bars, layout, width, height, text_h, stats);
  if (top == 0)
    top = ceil (text_h / 2) + 2;

  stats->y = top;
  stats->height = MAX (height - top - (text_h + gap), 1);

  /* The value range: 0 to the highest bar or the target, rounded up to
   * a tick. */
  for (guint i = 0; i < bars->n_days; i++)
    top_value = MAX (top_value, hearth_chart_bars_day_total (bars, i));
  if (bars->has_target)
    top_value = MAX (top_value, bars->target);
  if (top_value <= 0)
    top_value = 1;
  max_ticks = (guint) CLAMP (stats->height / (text_h * VALUE_TICK_SPACING), 1, 10);
  step = hearth_chart_nice_step (top_value, max_ticks);
  /* Up to the next quarter step, not the next whole one: with room for two
   * labels a 2 087 kcal target would otherwise leave half the chart empty
   * above it (0–4 000). The labels stay on whole steps. */
  stats->v_max = ceil (top_value / (step / 4) - 1e-9) * (step / 4);
  ticks = hearth_chart_value_ticks (0, stats->v_max, stats->height, text_h * VALUE_TICK_SPACING);
  stats->n_value_ticks = ticks->len;

  for (guint i = 0; i < ticks->len; i++)
    {
      double w;

      _hearth_chart_measure (layout, g_array_index (ticks, HearthChartValueTick, i).label, &w, NULL);
      label_w = MAX (label_w, w);
    }
  /* Value labels take at most a third of the width, else none. */
  margin = MIN (gap / 2, width / 10);
  value_labels = label_w + gap <= width / 3;
  stats->x = value_labels ? ceil (label_w + gap) : margin;
  stats->width = MAX (width - stats->x - margin, 1);
  baseline = stats->y + stats->height;

  slot = stats->width / bars->n_days;
  stats->bar_width = MAX (slot * BAR_SHARE, 1);

  _hearth_chart_set_source (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Grid and value labels. */
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      const HearthChartValueTick *tick = &g_array_index (ticks, HearthChartValueTick, i);
      double y = hearth_chart_bars_value_to_y (stats, tick->v);
      double w;
      double h;

      if (tick->v > 0)
        {
          _hearth_chart_set_source (cr, &style->grid);
          cairo_move_to (cr, stats->x, floor (y) + 0.5);
          cairo_line_to (cr, stats->x + stats->width, floor (y) + 0.5);
          cairo_stroke (cr);
        }
      if (!value_labels)
        continue;
      _hearth_chart_measure (layout, tick->label, &w, &h);
      _hearth_chart_set_source (cr, &style->foreground);
      cairo_move_to (cr, stats->x - gap / 2 - w, y - h / 2);
      pango_cairo_show_layout (cr, layout);
    }

  /* Days without data: a hatched column, no bar. */
  hatch_color = style->foreground;
  hatch_color.alpha = 0.18;
  for (guint i = 0; i < bars->n_days; i++)
    {
      stats->bar_x[i] = stats->x + i * slot + (slot - stats->bar_width) / 2;
      if (hearth_chart_bars_day_has (bars, i))
        continue;
      stats->no_data[i] = TRUE;
      for (guint s = 0; s < HEARTH_CHART_BARS_MAX_SERIES; s++)
        stats->segment_top[i][s] = NAN;
      _hearth_chart_hatch (cr, &hatch_color, stats->bar_x[i], stats->y,
                           stats->bar_width, stats->height);
    }

  /* Bars, each series' segment over the one before. */
  for (guint i = 0; i < bars->n_days; i++)
    {
      double sum = 0;
      double below = baseline;

      if (stats->no_data[i])
        continue;

      for (guint s = 0; s < bars->n_series; s++)
        {
          double v = segment_value (bars, s, i);
          double y;

          sum += v;
          y = hearth_chart_bars_value_to_y (stats, sum);
          stats->segment_top[i][s] = y;
          if (below - y <= 0)
            continue;
          _hearth_chart_set_source (cr, hearth_chart_bars_series_color (style, s));
          cairo_rectangle (cr, stats->bar_x[i], y, stats->bar_width, below - y);
          cairo_fill (cr);
          /* A hairline in the background's colour between segments, so
           * neighbours read apart without telling colours apart. */
          if (s > 0 && below < baseline)
            {
              _hearth_chart_set_source (cr, &style->background);
              cairo_rectangle (cr, stats->bar_x[i], below - 0.5, stats->bar_width, 1);
              cairo_fill (cr);
            }
          below = y;
        }
      for (guint s = bars->n_series; s < HEARTH_CHART_BARS_MAX_SERIES; s++)
        stats->segment_top[i][s] = NAN;

      /* A logged 0 is a thin bar, not an empty slot. */
      if (sum <= 0)
        {
          _hearth_chart_set_source (cr, hearth_chart_bars_series_color (style, 0));
          cairo_rectangle (cr, stats->bar_x[i], baseline - ZERO_BAR_HEIGHT,
                           stats->bar_width, ZERO_BAR_HEIGHT);
          cairo_fill (cr);
        }
    }

  /* The baseline. */
  baseline_color = style->foreground;
  baseline_color.alpha = 0.4;
  _hearth_chart_set_source (cr, &baseline_color);
  cairo_rectangle (cr, stats->x, baseline, stats->width, 1);
  cairo_fill (cr);

  if (bars->has_target)
    {
      stats->target_y = hearth_chart_bars_value_to_y (stats, bars->target);
      _hearth_chart_set_source (cr, &style->goal);
      cairo_set_line_width (cr, style->line_width);
      cairo_set_dash (cr, target_dashes, G_N_ELEMENTS (target_dashes), 0);
      cairo_move_to (cr, stats->x, stats->target_y);
      cairo_line_to (cr, stats->x + stats->width, stats->target_y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* Day labels, centred under their slots. */
  choose_day_labels (bars, layout, slot, &weekdays, &label_step);
  stats->weekday_labels = weekdays;
  _hearth_chart_set_source (cr, &style->foreground);
  for (guint i = 0; i < bars->n_days; i += label_step)
    {
      GDate day;
      g_autofree char *text = NULL;
      double w;

      _hearth_chart_day_add (&bars->first_day, i, &day);
      text = _hearth_chart_format_day (&day, weekdays ? "%a" : "%-d");
      _hearth_chart_measure (layout, text, &w, NULL);
      cairo_move_to (cr, stats->x + (i + 0.5) * slot - w / 2, baseline + gap / 2);
      pango_cairo_show_layout (cr, layout);
      stats->n_day_labels++;
    }

  draw_legend (cr, layout, style, stats);
}

/* Summary -------------------------------------------------------------- */

typedef struct
{
  guint  n;
  double sum;
  double min;
  double max;
  guint  min_day;
  guint  max_day;
} DaySummary;

static void
summarize_days (const HearthChartBars *bars,
                int                    series,   /* -1: the total */
                DaySummary            *out)
{
  *out = (DaySummary) { 0, 0, INFINITY, -INFINITY, 0, 0 };

  for (guint i = 0; i < bars->n_days; i++)
    {
      double v;

      if (!hearth_chart_bars_day_has (bars, i))
        continue;
      v = series < 0 ? hearth_chart_bars_day_total (bars, i) : segment_value (bars, series, i);
      out->n++;
      out->sum += v;
      if (v < out->min)
        {
          out->min = v;
          out->min_day = i;
        }
      if (v > out->max)
        {
          out->max = v;
          out->max_day = i;
        }
    }
}

static char *
describe_day_index (const HearthChartBars *bars,
                    guint                  i)
{
  GDate day;

  _hearth_chart_day_add (&bars->first_day, i, &day);

  return _hearth_chart_describe_day (&day);
}

static void
describe_summary (GString               *text,
                  const HearthChartBars *bars,
                  const char            *label,
                  const DaySummary      *summary)
{
  g_autofree char *average = NULL;
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;
  g_autofree char *lowest_day = NULL;
  g_autofree char *highest_day = NULL;

  g_string_append_c (text, ' ');
  if (summary->n == 0)
    {
      /* Translators: %s names a series, "Energy" */
      g_string_append_printf (text, _("%s: no data."), label);
      return;
    }

  if (summary->n == 1)
    {
      g_autofree char *value = _hearth_chart_format_number (bars->format, bars->format_data, summary->sum);
      g_autofree char *day = describe_day_index (bars, summary->max_day);

      /* Translators: a series with one day of data, "Energy: 1850 kcal on
       * Tue 2 Dec." */
      g_string_append_printf (text, _("%s: %s on %s."), label, value, day);
      return;
    }

  average = _hearth_chart_format_number (bars->format, bars->format_data, summary->sum / summary->n);
  lowest = _hearth_chart_format_number (bars->format, bars->format_data, summary->min);
  highest = _hearth_chart_format_number (bars->format, bars->format_data, summary->max);
  lowest_day = describe_day_index (bars, summary->min_day);
  highest_day = describe_day_index (bars, summary->max_day);

  /* Translators: "Energy: average 1850 kcal, lowest 1200 kcal on Tue 2
   * Dec, highest 2400 kcal on Sat 6 Dec." */
  g_string_append_printf (text, _("%s: average %s, lowest %s on %s, highest %s on %s."),
                          label, average, lowest, lowest_day, highest, highest_day);
}

static void
append_missing_days (GString               *text,
                     const HearthChartBars *bars)
{
  g_autoptr(GString) days = g_string_new (NULL);

  for (guint i = 0; i < bars->n_days; i++)
    {
      g_autofree char *day = NULL;

      if (hearth_chart_bars_day_has (bars, i))
        continue;
      day = describe_day_index (bars, i);
      if (days->len > 0)
        /* Translators: between the days of a list */
        g_string_append (days, _(", "));
      g_string_append (days, day);
    }
  if (days->len == 0)
    return;

  g_string_append_c (text, ' ');
  /* Translators: %s is a list of days, "Wed 3 Dec, Thu 4 Dec" */
  g_string_append_printf (text, _("No data on %s."), days->str);
}

char *
hearth_chart_bars_describe (const HearthChartBars *bars)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate last;
  GString *text;
  DaySummary total;

  g_return_val_if_fail (bars != NULL, NULL);
  g_return_val_if_fail (bars->n_days >= 1, NULL);

  _hearth_chart_day_add (&bars->first_day, bars->n_days - 1, &last);
  from = _hearth_chart_describe_day (&bars->first_day);
  to = _hearth_chart_describe_day (&last);

  text = g_string_new (NULL);
  summarize_days (bars, -1, &total);
  if (bars->n_days == 1)
    /* Translators: the one day of a chart, "Tue 2 Dec." */
    g_string_append_printf (text, _("%s."), from);
  else
    /* Translators: "From Mon 1 Dec to Sun 7 Dec, 6 of 7 days with data." */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "From %s to %s, %u of %u day with data.",
                                               "From %s to %s, %u of %u days with data.",
                                               bars->n_days),
                            from, to, total.n, bars->n_days);

  for (guint s = 0; s < bars->n_series; s++)
    {
      DaySummary summary;

      summarize_days (bars, s, &summary);
      describe_summary (text, bars, bars->series[s].label ? bars->series[s].label : _("Values"),
                        &summary);
    }
  if (bars->n_series > 1)
    /* Translators: the sum of a stacked bar's parts */
    describe_summary (text, bars, _("Total"), &total);

  if (bars->has_target && total.n > 0)
    {
      g_autofree char *target = _hearth_chart_format_number (bars->format, bars->format_data,
                                                             bars->target);
      guint reached = 0;

      for (guint i = 0; i < bars->n_days; i++)
        {
          if (hearth_chart_bars_day_has (bars, i) &&
              hearth_chart_bars_day_total (bars, i) >= bars->target)
            reached++;
        }
      g_string_append_c (text, ' ');
      /* Translators: "Target 2000 kcal: reached on 3 of 6 days with data." */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "Target %s: reached on %u of %u day with data.",
                                                 "Target %s: reached on %u of %u days with data.",
                                                 total.n),
                              target, reached, total.n);
    }

  /* A single day without data is said by its series. */
  if (bars->n_days > 1)
    append_missing_days (text, bars);

  return g_string_free (text, FALSE);
}
