/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* A child's measurements of one growth indicator (height, weight or BMI)
 * over age, against WHO's 3rd, 15th, 50th, 85th and 97th percentile curves
 * (hearth_growth_indicator_curves()), which it hands the chart library as
 * reference curves (HearthChartCurve). Hovering a point shows its age, value,
 * percentile and z-score. Issue 10. */

#define HEARTH_TYPE_GROWTH_CHART (hearth_growth_chart_get_type ())
G_DECLARE_FINAL_TYPE (HearthGrowthChart, hearth_growth_chart, HEARTH, GROWTH_CHART, GtkWidget)

/* One measurement: when (UTC microseconds), the child's completed months on
 * its local day, the value in the indicator's canonical unit (cm, kg, kg/m²). */
typedef struct
{
  gint64 t;
  guint  age_months;
  double value;
} HearthGrowthMeasure;

GtkWidget *hearth_growth_chart_new      (void);
/* @measures sorted by t; @t0 < @t1 the range shown; @birth the full birth
 * date; @settings for the units shown. */
void       hearth_growth_chart_set_data (HearthGrowthChart         *self,
                                         HearthGrowthIndicator      indicator,
                                         HearthSex                  sex,
                                         const GDate               *birth,
                                         const HearthGrowthMeasure *measures,
                                         guint                      n_measures,
                                         gint64                     t0,
                                         gint64                     t1,
                                         GSettings                 *settings);

/* "8 years, 4 months", "7 months" (translated). */
char      *hearth_gui_format_age_months (guint months);

G_END_DECLS
