/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-chart.h"

G_BEGIN_DECLS

/* The chart library's style for @widget now: light or dark by the
 * libadwaita style manager, the foreground, card and accent colours from
 * the theme. Used by HearthChartView and the day charts (HearthBarsView,
 * HearthCalendarView). */
void          hearth_gui_get_chart_style   (GtkWidget        *widget,
                                            HearthChartStyle *style);

/* The locale's first day of the week (LC_TIME, as GtkCalendar reads it):
 * Monday in de_DE and zh_CN, Sunday in C, en_US and zh_TW. */
GDateWeekday  hearth_gui_get_first_weekday (void);

G_END_DECLS
