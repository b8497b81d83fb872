/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-chart-page.h"
#include "hearth-chart-view.h"

G_BEGIN_DECLS

/* For tests. */
HearthChartView *_hearth_chart_page_get_chart_view    (HearthChartPage *self);
GtkLabel        *_hearth_chart_page_get_latest_label  (HearthChartPage *self);
GtkLabel        *_hearth_chart_page_get_summary_label (HearthChartPage *self);

G_END_DECLS
