/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-calendar.h"
#include "hearth-chart-days-private.h"
#include "hearth-chart-private.h"

/* A month calendar heat map; see hearth-chart-calendar.h. */

/* The tint of a value of 0, as the heat colour's alpha over the
 * background; 1 is the full colour. */
#define HEAT_MIN_ALPHA  0.14
/* Space around each cell, pixels. */
#define CELL_INSET      1.5
/* A cell is at most this much wider than tall. */
#define MAX_CELL_ASPECT 1.8
#define SWATCH_GAP      4.0
/* WCAG AA for text. */
#define TEXT_CONTRAST   4.5

void
hearth_chart_calendar_init (HearthChartCalendar *calendar,
                            const GDate         *month,
                            const double        *values,
                            const gboolean      *has,
                            GDateWeekday         first_weekday)
{
  g_return_if_fail (calendar != NULL);
  g_return_if_fail (month != NULL && g_date_valid (month));
  g_return_if_fail (values != NULL);
  g_return_if_fail (g_date_valid_weekday (first_weekday));

  *calendar = (HearthChartCalendar) { 0 };
  calendar->month = *month;
  calendar->values = values;
  calendar->has = has;
  calendar->first_weekday = first_weekday;
  calendar->show_legend = TRUE;
}

guint
hearth_chart_calendar_n_days (const HearthChartCalendar *calendar)
{
  g_return_val_if_fail (calendar != NULL && g_date_valid (&calendar->month), 0);

  return g_date_get_days_in_month (g_date_get_month (&calendar->month),
                                   g_date_get_year (&calendar->month));
}

gboolean
hearth_chart_calendar_day_has (const HearthChartCalendar *calendar,
                               guint                      day)
{
  g_return_val_if_fail (calendar != NULL, FALSE);
  g_return_val_if_fail (day < hearth_chart_calendar_n_days (calendar), FALSE);

  if (calendar->has != NULL && !calendar->has[day])
    return FALSE;

  return isfinite (calendar->values[day]);
}

static double
day_value (const HearthChartCalendar *calendar,
           guint                      day)
{
  return CLAMP (calendar->values[day], 0.0, 1.0);
}

void
hearth_chart_calendar_heat_color (const HearthChartStyle *style,
                                  double                  value,
                                  HearthChartRgba        *out)
{
  HearthChartRgba heat;

  g_return_if_fail (style != NULL);
  g_return_if_fail (out != NULL);

  if (!isfinite (value))
    value = 0;
  heat = style->goal;
  heat.alpha = HEAT_MIN_ALPHA + (1 - HEAT_MIN_ALPHA) * CLAMP (value, 0.0, 1.0);
  _hearth_chart_composite (&heat, &style->background, out);
}

static double
channel_luminance (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const HearthChartRgba *c)
{
  return 0.2126 * channel_luminance (c->red) +
         0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

double
hearth_chart_contrast_ratio (const HearthChartRgba *a,
                             const HearthChartRgba *b)
{
  double la;
  double lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1);

  la = luminance (a);
  lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
hearth_chart_calendar_text_color (const HearthChartStyle *style,
                                  const HearthChartRgba  *fill,
                                  HearthChartRgba        *out)
{
  /* The theme's colours first, then black and white: one of those two
   * always reaches 4.5:1. */
  HearthChartRgba candidates[4] = {
    [2] = { 0, 0, 0, 1 },
    [3] = { 1, 1, 1, 1 },
  };
  double best = 0;

  g_return_if_fail (style != NULL);
  g_return_if_fail (fill != NULL);
  g_return_if_fail (out != NULL);

  _hearth_chart_composite (&style->foreground, fill, &candidates[0]);
  _hearth_chart_composite (&style->background, fill, &candidates[1]);
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double ratio = hearth_chart_contrast_ratio (&candidates[i], fill);

      /* A theme colour that is good enough is kept. */
      if (ratio >= TEXT_CONTRAST && i < 2)
        {
          *out = candidates[i];
          return;
        }
      if (ratio > best)
        {
          best = ratio;
          *out = candidates[i];
        }
    }
}

/* The column of the month's first day. */
static guint
first_column (const HearthChartCalendar *calendar)
{
  GDate first = calendar->month;

  g_date_set_day (&first, 1);

  return (g_date_get_weekday (&first) - calendar->first_weekday + 7) % 7;
}

static void
draw_text (cairo_t                *cr,
           PangoLayout            *layout,
           const HearthChartRgba  *color,
           const char             *text,
           double                  cx,
           double                  cy)
{
  double w;
  double h;

  _hearth_chart_measure (layout, text, &w, &h);
  _hearth_chart_set_source (cr, color);
  cairo_move_to (cr, cx - w / 2, cy - h / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_no_data (cairo_t                *cr,
              const HearthChartStyle *style,
              double                  x,
              double                  y,
              double                  w,
              double                  h)
{
  static const double dashes[] = { 3, 3 };
  HearthChartRgba outline = style->foreground;

  outline.alpha = 0.45;
  _hearth_chart_set_source (cr, &outline);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Under the grid: low label, the scale's swatches, high label, then the
 * no-data swatch and its label; the entries that do not fit are left
 * out whole. */
static void
draw_legend (cairo_t                   *cr,
             PangoLayout               *layout,
             const HearthChartCalendar *calendar,
             const HearthChartStyle    *style,
             double                     x,
             double                     y,
             double                     width,
             double                     size,
             HearthChartCalendarStats  *stats)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  /* Translators: calendar chart legend: a day with nothing logged */
  const char *no_data = _("No data");
  double low_w;
  double high_w;
  double no_data_w;
  double scale_w;
  double h;
  double cx = x;

  low = calendar->low_label ? g_strdup (calendar->low_label)
                            : (calendar->format ? calendar->format (0, calendar->format_data)
                                                : g_strdup_printf (_("%.0f %%"), 0.0));
  high = calendar->high_label ? g_strdup (calendar->high_label)
                              : (calendar->format ? calendar->format (1, calendar->format_data)
                                                  : g_strdup_printf (_("%.0f %%"), 100.0));
  _hearth_chart_measure (layout, low, &low_w, &h);
  _hearth_chart_measure (layout, high, &high_w, NULL);
  _hearth_chart_measure (layout, no_data, &no_data_w, NULL);
  scale_w = low_w + SWATCH_GAP + HEARTH_CHART_CALENDAR_SCALE_STEPS * (size + 2) + SWATCH_GAP + high_w;

  if (scale_w > width)
    return;

  stats->legend_drawn = TRUE;
  stats->scale_y = y;
  stats->swatch_size = size;

  _hearth_chart_set_source (cr, &style->foreground);
  cairo_move_to (cr, cx, y + size / 2 - h / 2);
  pango_layout_set_text (layout, low, -1);
  pango_cairo_show_layout (cr, layout);
  cx += low_w + SWATCH_GAP;

  for (guint i = 0; i < HEARTH_CHART_CALENDAR_SCALE_STEPS; i++)
    {
      HearthChartRgba fill;

      hearth_chart_calendar_heat_color (style, (double) i / (HEARTH_CHART_CALENDAR_SCALE_STEPS - 1), &fill);
      _hearth_chart_set_source (cr, &fill);
      cairo_rectangle (cr, cx, y, size, size);
      cairo_fill (cr);
      stats->scale_x[i] = cx;
      cx += size + 2;
    }
  cx += SWATCH_GAP - 2;

  _hearth_chart_set_source (cr, &style->foreground);
  cairo_move_to (cr, cx, y + size / 2 - h / 2);
  pango_layout_set_text (layout, high, -1);
  pango_cairo_show_layout (cr, layout);
  cx += high_w + 3 * SWATCH_GAP;

  if (cx + size + SWATCH_GAP + no_data_w > x + width)
    return;

  draw_no_data (cr, style, cx, y, size, size);
  stats->no_data_x = cx;
  cx += size + SWATCH_GAP;
  _hearth_chart_set_source (cr, &style->foreground);
  cairo_move_to (cr, cx, y + size / 2 - h / 2);
  pango_layout_set_text (layout, no_data, -1);
  pango_cairo_show_layout (cr, layout);
}

void
hearth_chart_calendar_draw (cairo_t                   *cr,
                            const HearthChartCalendar *calendar,
                            const HearthChartStyle    *style,
                            double                     width,
                            double                     height,
                            HearthChartCalendarStats  *stats)
{
  g_autoptr(PangoLayout) layout = NULL;
  HearthChartCalendarStats local;
  double gap = _HEARTH_CHART_LABEL_GAP;
  double text_h;
  double header_h;
  double legend_h;
  double grid_x;
  double grid_y;
  double grid_w;
  double avail_h;
  double header_w = 0;
  guint offset;
  gboolean numbers;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (calendar != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (g_date_valid (&calendar->month));
  g_return_if_fail (g_date_valid_weekday (calendar->first_weekday));

  if (stats == NULL)
    stats = &local;
  memset (stats, 0, sizeof *stats);

  stats->n_days = hearth_chart_calendar_n_days (calendar);
  offset = first_column (calendar);
  stats->n_weeks = (offset + stats->n_days + 6) / 7;
  for (guint c = 0; c < 7; c++)
    stats->header[c] = (calendar->first_weekday - 1 + c) % 7 + 1;

  if (width < 1 || height < 1)
    return;

  layout = _hearth_chart_create_layout (style);
  _hearth_chart_measure (layout, "0123456789", NULL, &text_h);

  header_h = text_h + gap / 2;
  legend_h = calendar->show_legend ? text_h + gap : 0;
  avail_h = MAX (height - header_h - legend_h - gap / 2, 1);

  grid_w = MAX (width - gap, 7);
  stats->cell_width = grid_w / 7;
  stats->cell_height = avail_h / stats->n_weeks;
  /* Not taller than wide, nor much wider than tall: the grid is centred. */
  stats->cell_height = MIN (stats->cell_height, stats->cell_width);
  stats->cell_width = MIN (stats->cell_width, stats->cell_height * MAX_CELL_ASPECT);
  grid_x = floor ((width - 7 * stats->cell_width) / 2);
  grid_y = gap / 2 + header_h;
  stats->header_y = gap / 2;

  _hearth_chart_set_source (cr, &style->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Column headers: the locale's weekday abbreviations, or their first
   * letters when they do not fit. */
  {
    char *names[7];
    gboolean shorten;

    for (guint c = 0; c < 7; c++)
      {
        double w;

        names[c] = _hearth_chart_weekday_abbrev (stats->header[c]);
        _hearth_chart_measure (layout, names[c], &w, NULL);
        header_w = MAX (header_w, w);
      }
    shorten = header_w + 2 > stats->cell_width;
    for (guint c = 0; c < 7; c++)
      {
        if (shorten)
          {
            const char *end = g_utf8_next_char (names[c]);

            names[c][end - names[c]] = '\0';
          }
        draw_text (cr, layout, &style->foreground, names[c],
                   grid_x + (c + 0.5) * stats->cell_width, stats->header_y + text_h / 2);
        g_free (names[c]);
      }
  }

  numbers = stats->cell_height - 2 * CELL_INSET >= text_h;

  for (guint d = 0; d < stats->n_days; d++)
    {
      guint pos = offset + d;
      double x;
      double y;
      double w = stats->cell_width - 2 * CELL_INSET;
      double h = stats->cell_height - 2 * CELL_INSET;
      HearthChartRgba fill = style->background;
      HearthChartRgba text_color;

      stats->column[d] = pos % 7;
      stats->row[d] = pos / 7;
      stats->cell_x[d] = grid_x + stats->column[d] * stats->cell_width;
      stats->cell_y[d] = grid_y + stats->row[d] * stats->cell_height;
      x = stats->cell_x[d] + CELL_INSET;
      y = stats->cell_y[d] + CELL_INSET;

      if (hearth_chart_calendar_day_has (calendar, d))
        {
          hearth_chart_calendar_heat_color (style, day_value (calendar, d), &fill);
          _hearth_chart_set_source (cr, &fill);
          cairo_rectangle (cr, x, y, w, h);
          cairo_fill (cr);
        }
      else
        {
          stats->no_data[d] = TRUE;
          draw_no_data (cr, style, x, y, w, h);
        }

      if (numbers)
        {
          char number[4];

          g_snprintf (number, sizeof number, "%u", d + 1);
          hearth_chart_calendar_text_color (style, &fill, &text_color);
          draw_text (cr, layout, &text_color, number, x + w / 2, y + h / 2);
        }
    }

  if (calendar->show_legend)
    draw_legend (cr, layout, calendar, style, grid_x,
                 grid_y + stats->n_weeks * stats->cell_height + gap / 2,
                 MAX (width - grid_x - gap / 2, 1), text_h, stats);
}

/* Summary -------------------------------------------------------------- */

static char *
format_value (const HearthChartCalendar *calendar,
              double                     value)
{
  if (calendar->format != NULL)
    return calendar->format (value, calendar->format_data);

  /* Translators: a share in a calendar chart's summary, "85 %" */
  return g_strdup_printf (_("%.0f %%"), value * 100);
}

static char *
describe_day (const HearthChartCalendar *calendar,
              guint                      d)
{
  GDate day = calendar->month;

  g_date_set_day (&day, d + 1);

  return _hearth_chart_describe_day (&day);
}

char *
hearth_chart_calendar_describe (const HearthChartCalendar *calendar)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *month = NULL;
  guint n_days;
  guint n = 0;
  double sum = 0;
  double lo = INFINITY;
  double hi = -INFINITY;
  guint lo_day = 0;
  guint hi_day = 0;
  GString *text;

  g_return_val_if_fail (calendar != NULL, NULL);
  g_return_val_if_fail (g_date_valid (&calendar->month), NULL);

  n_days = hearth_chart_calendar_n_days (calendar);
  /* Translators: the month of a calendar chart, "December 2026"; see
   * g_date_time_format() (%OB: the month's name on its own) */
  month = _hearth_chart_format_day (&calendar->month, C_("chart summary", "%OB %Y"));

  for (guint d = 0; d < n_days; d++)
    {
      double v;

      if (!hearth_chart_calendar_day_has (calendar, d))
        {
          g_autofree char *day = describe_day (calendar, d);

          if (missing->len > 0)
            g_string_append (missing, _(", "));
          g_string_append (missing, day);
          continue;
        }
      v = day_value (calendar, d);
      n++;
      sum += v;
      if (v < lo)
        {
          lo = v;
          lo_day = d;
        }
      if (v > hi)
        {
          hi = v;
          hi_day = d;
        }
    }

  text = g_string_new (NULL);
  /* Translators: "December 2026: 20 of 31 days with data." */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%s: %u of %u day with data.",
                                             "%s: %u of %u days with data.",
                                             n_days),
                          month, n, n_days);

  if (n == 1)
    {
      g_autofree char *value = format_value (calendar, sum);
      g_autofree char *day = describe_day (calendar, hi_day);

      g_string_append_c (text, ' ');
      /* Translators: the one day with data in a month, "85 % on Wed 3
       * Dec." */
      g_string_append_printf (text, _("%s on %s."), value, day);
    }
  else if (n > 1)
    {
      g_autofree char *average = format_value (calendar, sum / n);
      g_autofree char *lowest = format_value (calendar, lo);
      g_autofree char *highest = format_value (calendar, hi);
      g_autofree char *lowest_day = describe_day (calendar, lo_day);
      g_autofree char *highest_day = describe_day (calendar, hi_day);

      g_string_append_c (text, ' ');
      /* Translators: "Average 85 %, lowest 0 % on Wed 3 Dec, highest 100 %
       * on Thu 4 Dec." */
      g_string_append_printf (text, _("Average %s, lowest %s on %s, highest %s on %s."),
                              average, lowest, lowest_day, highest, highest_day);
    }

  if (missing->len > 0 && n > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is a list of days, "Wed 3 Dec, Thu 4 Dec" */
      g_string_append_printf (text, _("No data on %s."), missing->str);
    }

  return g_string_free (text, FALSE);
}
