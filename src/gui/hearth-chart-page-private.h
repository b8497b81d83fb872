/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-chart-page.h"
#include "hearth-chart-view.h"

G_BEGIN_DECLS

/* The page's "range" beyond HearthChartRange: panned or zoomed away. */
#define HEARTH_CHART_PAGE_RANGE_CUSTOM (HEARTH_CHART_RANGE_ALL + 1)

/* For tests. */
HearthChartView *_hearth_chart_page_get_chart_view    (HearthChartPage *self);
GtkLabel        *_hearth_chart_page_get_latest_label  (HearthChartPage *self);
GtkLabel        *_hearth_chart_page_get_summary_label (HearthChartPage *self);
GtkWidget       *_hearth_chart_page_get_custom_button (HearthChartPage *self);
GtkWidget       *_hearth_chart_page_get_details       (HearthChartPage *self);
/* 0: zoom out, 1: zoom in, 2: reset. */
GtkWidget       *_hearth_chart_page_get_zoom_button   (HearthChartPage *self,
                                                       guint            i);

G_END_DECLS
