/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-days-private.h"

/* Space between hatching lines, pixels. */
#define HATCH_SPACING 6.0

char *
_hearth_chart_format_day (const GDate *day,
                          const char  *format)
{
  g_autoptr(GDateTime) dt = NULL;
  char *text;

  if (!g_date_valid (day))
    return g_strdup ("");

  /* Noon UTC: names only, no zone can move the day. */
  dt = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                            g_date_get_day (day), 12, 0, 0);
  if (dt == NULL)
    return g_strdup ("");

  text = g_date_time_format (dt, format);

  return text ? g_strstrip (text) : g_strdup ("");
}

void
_hearth_chart_day_add (const GDate *first,
                       guint        offset,
                       GDate       *out)
{
  *out = *first;
  if (offset > 0)
    g_date_add_days (out, offset);
}

char *
_hearth_chart_weekday_abbrev (GDateWeekday weekday)
{
  /* 2024-01-01 was a Monday. */
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1 + (weekday - G_DATE_MONDAY), G_DATE_JANUARY, 2024);

  return _hearth_chart_format_day (&day, "%a");
}

char *
_hearth_chart_describe_day (const GDate *day)
{
  /* Translators: a day in a chart's spoken summary, "Mon 1 Dec"; see
   * g_date_time_format() */
  return _hearth_chart_format_day (day, C_("chart summary", "%a %-d %b"));
}

char *
_hearth_chart_format_number (HearthChartFormatFunc format,
                             gpointer              format_data,
                             double                value)
{
  if (format != NULL)
    return format (value, format_data);
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);

  return g_strdup_printf ("%.1f", value);
}

void
_hearth_chart_composite (const HearthChartRgba *over,
                         const HearthChartRgba *under,
                         HearthChartRgba       *out)
{
  double a = over->alpha;

  *out = (HearthChartRgba) {
    over->red * a + under->red * (1 - a),
    over->green * a + under->green * (1 - a),
    over->blue * a + under->blue * (1 - a),
    1.0,
  };
}

void
_hearth_chart_hatch (cairo_t               *cr,
                     const HearthChartRgba *color,
                     double                 x,
                     double                 y,
                     double                 width,
                     double                 height)
{
  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_set_line_width (cr, 1.5);
  /* Lines rising to the right, anchored to the drawing so neighbouring
   * columns line up. */
  for (double d = floor ((x + y) / HATCH_SPACING) * HATCH_SPACING;
       d < x + width + y + height; d += HATCH_SPACING)
    {
      cairo_move_to (cr, d - y, y);
      cairo_line_to (cr, d - (y + height), y + height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}
