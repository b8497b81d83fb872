/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-bands"

#include "config.h"

#include <math.h>

#include "hearth-chart-bands.h"
#include "hearth-classify.h"

/* The bands come from hearth_classify_bp() itself, not from a second copy
 * of CLINICAL.md's tables: one component is walked over every whole mmHg
 * with the other held at 0 (which is category 0 on its own), and a band
 * starts wherever the category changes. Core's thresholds are all whole
 * mmHg, so the walk finds them exactly; "home" floors (ESC/ESH 2018,
 * China 2018: home hypertension from 135/85) show up the same way.
 * Categories one component never reaches alone (ACC/AHA's Elevated has no
 * diastolic range) get no band of that component. */
#define PROBE_MAX_MMHG 300

HearthChartBandRole
hearth_chart_bands_role_for_level (guint level,
                                   guint n_levels)
{
  /* Green, then yellow, orange, red and purple for the most severe. */
  static const HearthChartBandRole three[] = {
    HEARTH_CHART_BAND_ROLE_NORMAL,
    HEARTH_CHART_BAND_ROLE_ELEVATED,
    HEARTH_CHART_BAND_ROLE_VERY_HIGH,
  };
  static const HearthChartBandRole four[] = {
    HEARTH_CHART_BAND_ROLE_NORMAL,
    HEARTH_CHART_BAND_ROLE_ELEVATED,
    HEARTH_CHART_BAND_ROLE_HIGH,
    HEARTH_CHART_BAND_ROLE_VERY_HIGH,
  };
  static const HearthChartBandRole five[] = {
    HEARTH_CHART_BAND_ROLE_NORMAL,
    HEARTH_CHART_BAND_ROLE_ELEVATED,
    HEARTH_CHART_BAND_ROLE_HIGH,
    HEARTH_CHART_BAND_ROLE_VERY_HIGH,
    HEARTH_CHART_BAND_ROLE_SEVERE,
  };

  switch (n_levels)
    {
    case 3:
      return three[MIN (level, 2)];
    case 4:
      return four[MIN (level, 3)];
    case 5:
      return five[MIN (level, 4)];
    default:
      return (HearthChartBandRole) MIN (level, HEARTH_CHART_N_BAND_ROLES - 1);
    }
}

static void
classify (HearthBpGuideline       guideline,
          gboolean                home,
          HearthChartBpComponent  component,
          double                  mmhg,
          HearthBpClass          *klass)
{
  if (component == HEARTH_CHART_BP_SYSTOLIC)
    hearth_classify_bp (guideline, home, mmhg, 0, klass);
  else
    hearth_classify_bp (guideline, home, 0, mmhg, klass);
}

guint
hearth_chart_bands_append_bp (HearthBpGuideline       guideline,
                              gboolean                home,
                              HearthChartBpComponent  component,
                              int                     series,
                              GArray                 *out)
{
  HearthBpClass klass;
  HearthChartBand band;
  guint level;
  guint n = 0;

  g_return_val_if_fail (guideline <= HEARTH_BP_GUIDELINE_CHINA_2018, 0);
  g_return_val_if_fail (component == HEARTH_CHART_BP_SYSTOLIC ||
                        component == HEARTH_CHART_BP_DIASTOLIC, 0);
  g_return_val_if_fail (series >= -1 && series < HEARTH_CHART_MAX_SERIES, 0);
  g_return_val_if_fail (out != NULL, 0);
  g_return_val_if_fail (g_array_get_element_size (out) == sizeof (HearthChartBand), 0);

  classify (guideline, home, component, 0, &klass);
  level = klass.level;
  band = (HearthChartBand) {
    .lo = -INFINITY,
    .hi = INFINITY,
    .role = hearth_chart_bands_role_for_level (klass.level, klass.n_levels),
    .label = klass.label,
    .series = series,
  };

  for (guint mmhg = 1; mmhg <= PROBE_MAX_MMHG; mmhg++)
    {
      classify (guideline, home, component, mmhg, &klass);
      if (klass.level == level)
        continue;

      band.hi = mmhg;
      g_array_append_val (out, band);
      n++;

      level = klass.level;
      band = (HearthChartBand) {
        .lo = mmhg,
        .hi = INFINITY,
        .role = hearth_chart_bands_role_for_level (klass.level, klass.n_levels),
        .label = klass.label,
        .series = series,
      };
    }

  g_array_append_val (out, band);

  return n + 1;
}
