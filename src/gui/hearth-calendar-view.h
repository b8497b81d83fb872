/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-chart.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CALENDAR_VIEW (hearth_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthCalendarView, hearth_calendar_view, HEARTH, CALENDAR_VIEW, GtkWidget)

/* A month calendar heat map (medication adherence, days with a diet log)
 * drawn from plain data with hearth_chart_calendar_draw()
 * (src/chart/hearth-chart-calendar.h) in the theme's colours. Weeks
 * start on the locale's first weekday (hearth_gui_get_first_weekday())
 * unless set. Not focusable. Its accessible label is the "title"
 * property (default "Calendar chart"); its accessible description is the
 * chart's text summary, also the read-only "description" property. The
 * data is copied. */
HearthCalendarView *hearth_calendar_view_new               (void);

/* The month of @month (any day of it): @values[i] in 0..1 for day i + 1,
 * one per day of the month; @has[i] FALSE for a day without data (an
 * unfilled dashed cell; @has NULL: every day with a finite value).
 * @month NULL clears. */
void                hearth_calendar_view_set_month         (HearthCalendarView   *self,
                                                            const GDate          *month,
                                                            const double         *values,
                                                            const gboolean       *has);

void                hearth_calendar_view_set_first_weekday (HearthCalendarView   *self,
                                                            GDateWeekday          weekday);
GDateWeekday        hearth_calendar_view_get_first_weekday (HearthCalendarView   *self);

/* The legend's ends ("0 %", "100 %"; NULL: the formatted 0 and 1). */
void                hearth_calendar_view_set_scale_labels  (HearthCalendarView   *self,
                                                            const char           *low,
                                                            const char           *high);

/* Formats a value (0..1) for the summary and the legend; NULL: a
 * percentage. */
void                hearth_calendar_view_set_format_func   (HearthCalendarView   *self,
                                                            HearthChartFormatFunc func,
                                                            gpointer              user_data,
                                                            GDestroyNotify        destroy);

void                hearth_calendar_view_set_title         (HearthCalendarView   *self,
                                                            const char           *title);
const char         *hearth_calendar_view_get_title         (HearthCalendarView   *self);
const char         *hearth_calendar_view_get_description   (HearthCalendarView   *self);

G_END_DECLS
