/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "hearth-chart.h"

G_BEGIN_DECLS

/* A month calendar heat map (issue 8): medication adherence, days with a
 * diet log. One cell per day of the month in a grid of weeks, columns
 * from @first_weekday (the caller passes the locale's: the chart library
 * reads no locale data but the weekday names), each cell filled by its
 * value in 0..1 (a pale tint at 0, the full colour at 1) or, without
 * data, left unfilled with a dashed outline. Weekday abbreviations head
 * the columns; a legend under the grid shows the scale and "No data".
 * Plain data, borrowed for the duration of a call; any cairo_t, any
 * size. */

#define HEARTH_CHART_CALENDAR_MAX_DAYS  31
#define HEARTH_CHART_CALENDAR_MAX_WEEKS 6
#define HEARTH_CHART_CALENDAR_SCALE_STEPS 5

typedef struct
{
  GDate                 month;            /* any day of the month shown */
  const double         *values;           /* one per day of the month, 0..1 (clamped) */
  const gboolean       *has;              /* per day; NULL: every day with a finite value */
  GDateWeekday          first_weekday;    /* column 0 */

  /* The legend's ends ("0 %", "100 %"); NULL: the formatted 0 and 1. */
  const char           *low_label;
  const char           *high_label;
  gboolean              show_legend;

  /* Formats a value for the summary; NULL: a percentage. */
  HearthChartFormatFunc format;
  gpointer              format_data;
} HearthChartCalendar;

typedef struct
{
  guint    n_days;                                   /* days in the month */
  guint    n_weeks;                                  /* rows drawn */
  double   cell_width;
  double   cell_height;
  /* Each day's cell (index: day of the month − 1). */
  guint    column[HEARTH_CHART_CALENDAR_MAX_DAYS];   /* 0 = @first_weekday */
  guint    row[HEARTH_CHART_CALENDAR_MAX_DAYS];
  double   cell_x[HEARTH_CHART_CALENDAR_MAX_DAYS];
  double   cell_y[HEARTH_CHART_CALENDAR_MAX_DAYS];
  gboolean no_data[HEARTH_CHART_CALENDAR_MAX_DAYS];
  /* The column headers' weekdays, in order. */
  GDateWeekday header[7];
  double   header_y;
  /* The legend's scale swatches (left to right, 0 to 1) and the no-data
   * swatch; all zero without a legend. */
  double   scale_x[HEARTH_CHART_CALENDAR_SCALE_STEPS];
  double   scale_y;
  double   swatch_size;
  double   no_data_x;
  gboolean legend_drawn;
} HearthChartCalendarStats;

void      hearth_chart_calendar_init      (HearthChartCalendar       *calendar,
                                           const GDate               *month,
                                           const double              *values,
                                           const gboolean            *has,
                                           GDateWeekday               first_weekday);

/* Days in the month shown. */
guint     hearth_chart_calendar_n_days    (const HearthChartCalendar *calendar);
gboolean  hearth_chart_calendar_day_has   (const HearthChartCalendar *calendar,
                                           guint                      day);

/* The cell's fill for @value (0..1) in @style, opaque; the text on it
 * (the day's number) is the theme's foreground or background if either
 * reaches 4.5:1 against it, else black or white, whichever contrasts
 * more (hearth_chart_calendar_text_color()). */
void      hearth_chart_calendar_heat_color (const HearthChartStyle   *style,
                                            double                    value,
                                            HearthChartRgba          *out);
void      hearth_chart_calendar_text_color (const HearthChartStyle   *style,
                                            const HearthChartRgba    *fill,
                                            HearthChartRgba          *out);

/* The WCAG contrast ratio of two opaque colours (1 to 21). */
double    hearth_chart_contrast_ratio     (const HearthChartRgba     *a,
                                           const HearthChartRgba     *b);

/* Draws into [0, @width] × [0, @height] of @cr; @stats may be NULL. */
void      hearth_chart_calendar_draw      (cairo_t                   *cr,
                                           const HearthChartCalendar *calendar,
                                           const HearthChartStyle    *style,
                                           double                     width,
                                           double                     height,
                                           HearthChartCalendarStats  *stats);

/* A translated paragraph for screen readers: the month, the days with
 * data, average, lowest and highest with their days, the days without
 * data. */
char     *hearth_chart_calendar_describe  (const HearthChartCalendar *calendar);

G_END_DECLS
