/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-calendar-view.h"
#include "hearth-chart-calendar.h"

G_BEGIN_DECLS

/* For tests: what the last snapshot drew (zeroed before the first) and
 * how many snapshots drew. */
const HearthChartCalendarStats *_hearth_calendar_view_get_last_stats (HearthCalendarView *self);
guint                           _hearth_calendar_view_get_n_draws    (HearthCalendarView *self);

G_END_DECLS
