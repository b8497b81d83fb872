/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CHART_PAGE (hearth_chart_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthChartPage, hearth_chart_page, HEARTH, CHART_PAGE, AdwBin)

/* A full page for one member and kind: a header (kind name, latest
 * value), a range switcher (7 days / 30 days / 90 days / 1 year / All),
 * the HearthChartView and its text summary (also the page's accessible
 * description). No back button: the embedding UI provides it. */
GtkWidget *hearth_chart_page_new (HearthStore       *store,
                                  HearthProfile     *profile,
                                  HearthReadingKind  kind);

G_END_DECLS
