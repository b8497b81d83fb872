/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-chart.h"
#include "hearth-profile.h"
#include "hearth-types.h"

G_BEGIN_DECLS

/* Guidelines as chart bands: the GUI's side of "charts take plain bands".
 * The chart library (src/chart) knows no guideline; these functions turn
 * core's classification and the kinds' normal ranges into HearthChartBand
 * values it can draw. No widgets: testable without a display. */

typedef enum
{
  HEARTH_CHART_BP_SYSTOLIC,
  HEARTH_CHART_BP_DIASTOLIC,
} HearthChartBpComponent;

/* The band colour of category @level (0 = normal) of a guideline with
 * @n_levels categories: green first, the most severe red or purple. */
HearthChartBandRole hearth_chart_bands_role_for_level (guint                   level,
                                                       guint                   n_levels);

/* Bands, in mmHg, of @guideline's categories for one component of blood
 * pressure alone (the other held at 0), from hearth_classify_bp(). Each
 * band belongs to chart series @series (the component's, or -1 for all).
 * Appends HearthChartBand to @out (labels are static, translated);
 * returns the number appended. */
guint               hearth_chart_bands_append_bp      (HearthBpGuideline       guideline,
                                                       gboolean                home,
                                                       HearthChartBpComponent  component,
                                                       int                     series,
                                                       GArray                 *out);

/* Bands, in @unit, of @guideline's glucose categories for readings taken
 * in @context, from hearth_classify_glucose() (low glucose included), each
 * belonging to chart series @series; values without a category get no
 * band. Appends HearthChartBand to @out (labels are static, translated);
 * returns the number appended. */
guint               hearth_chart_bands_append_glucose (HearthGlucoseGuideline  guideline,
                                                       HearthGlucoseContext    context,
                                                       HearthGlucoseUnit       unit,
                                                       int                     series,
                                                       GArray                 *out);

/* Converts a value from its canonical unit (kg, mmHg, mmol/L, °C, cm) to
 * the one shown. */
typedef double (*HearthChartBandsConvertFunc) (double   canonical,
                                               gpointer user_data);

/* The bands of a chart of @kind, in the units shown (@to_display):
 * - blood pressure: the categories of the guideline chosen in @settings
 *   (home thresholds as set): systolic ones belonging to series
 *   @bp_series, diastolic ones to @bp_series + 1 (each series is read
 *   against its own thresholds, in a panel of its own);
 * - glucose: for a member with diabetes the time-in-range target (every
 *   series); otherwise the categories of the guideline chosen in
 *   @settings for fasting readings (series @bp_series), after-meal
 *   readings (@bp_series + 1) and other readings (@bp_series + 2: low
 *   glucose only), each read against its own;
 * - SpO2, temperature, resting heart rate, sleep: the normal range, by
 *   age where it depends on it (@profile and @now may be NULL: an adult).
 * Other bands belong to every series. Appends HearthChartBand to @bands;
 * labels made here are added to @labels (freed with g_free), which must
 * outlive the bands. Returns a translated sentence about the bands for the
 * chart's spoken summary, or NULL. */
char               *hearth_chart_bands_for_kind       (HearthReadingKind            kind,
                                                       GSettings                   *settings,
                                                       HearthProfile               *profile,
                                                       GDateTime                   *now,
                                                       int                          bp_series,
                                                       HearthChartBandsConvertFunc  to_display,
                                                       gpointer                     user_data,
                                                       GArray                      *bands,
                                                       GPtrArray                   *labels);

G_END_DECLS
