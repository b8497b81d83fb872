/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include "hearth-classify.h"
#include "hearth-chart.h"

/* The bands come from hearth_classify_bp() itself, not from a second copy
 * of the docs/clinical.md tables: one component is walked over every whole mmHg
 * with the other held at 0 (which is category 0 on its own), and a band
 * starts wherever the category changes. Core's thresholds are all whole
 * mmHg, so the walk finds them exactly; "home" floors (ESC/ESH 2018,
 * China 2018: home hypertension from 135/85) show up the same way.
 * Categories one component never reaches alone (ACC/AHA's Elevated has no
 * diastolic range) get no band of that component. */
#define PROBE_MAX_MMHG 300

/* Colour (index into HearthChartStyle.zones, by severity) of each level,
 * per number of levels: green, then yellow, orange, red and purple for
 * the most severe. */
static guint
zone_color (guint level,
            guint n_levels)
{
  static const guint three[] = { 0, 2, 4 };
  static const guint four[] = { 0, 2, 3, 4 };
  static const guint five[] = { 0, 2, 3, 4, 5 };

  switch (n_levels)
    {
    case 3:
      return three[level];
    case 4:
      return four[level];
    case 5:
      return five[level];
    default:
      return MIN (level, HEARTH_CHART_N_ZONE_COLORS - 1);
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
hearth_chart_bp_zones (HearthBpGuideline       guideline,
                       gboolean                home,
                       HearthChartBpComponent  component,
                       GArray                 *out)
{
  HearthBpClass klass;
  HearthChartZone zone;
  guint level;
  guint n = 0;

  g_return_val_if_fail (guideline <= HEARTH_BP_GUIDELINE_CHINA_2018, 0);
  g_return_val_if_fail (component == HEARTH_CHART_BP_SYSTOLIC ||
                        component == HEARTH_CHART_BP_DIASTOLIC, 0);
  g_return_val_if_fail (out != NULL, 0);
  g_return_val_if_fail (g_array_get_element_size (out) == sizeof (HearthChartZone), 0);

  classify (guideline, home, component, 0, &klass);
  level = klass.level;
  zone = (HearthChartZone) {
    .from = -INFINITY,
    .to = INFINITY,
    .color = zone_color (klass.level, klass.n_levels),
    .label = klass.label,
  };

  for (guint mmhg = 1; mmhg <= PROBE_MAX_MMHG; mmhg++)
    {
      classify (guideline, home, component, mmhg, &klass);
      if (klass.level == level)
        continue;

      zone.to = mmhg;
      g_array_append_val (out, zone);
      n++;

      level = klass.level;
      zone = (HearthChartZone) {
        .from = mmhg,
        .to = INFINITY,
        .color = zone_color (klass.level, klass.n_levels),
        .label = klass.label,
      };
    }

  g_array_append_val (out, zone);

  return n + 1;
}

HearthChartZone
hearth_chart_range_zone (double      from,
                         double      to,
                         const char *label)
{
  HearthChartZone zone = { from, to, 0, label };

  return zone;
}
