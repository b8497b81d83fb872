/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-bands"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-chart-bands.h"
#include "hearth-classify.h"
#include "hearth-gui-util.h"
#include "hearth-units.h"

/* The bands come from hearth_classify_bp() itself, not from a second copy
 * of the docs/clinical.md tables: one component is walked over every whole mmHg
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

static HearthChartBandRole
glucose_role (const char *id)
{
  if (g_str_equal (id, "normal"))
    return HEARTH_CHART_BAND_ROLE_NORMAL;
  if (g_str_equal (id, "prediabetes") || g_str_equal (id, "impaired-fasting"))
    return HEARTH_CHART_BAND_ROLE_ELEVATED;
  if (g_str_equal (id, "hypo-1"))
    return HEARTH_CHART_BAND_ROLE_HIGH;
  return HEARTH_CHART_BAND_ROLE_VERY_HIGH;
}

guint
hearth_chart_bands_append_glucose (HearthGlucoseGuideline  guideline,
                                   HearthGlucoseContext    context,
                                   HearthGlucoseUnit       unit,
                                   int                     series,
                                   GArray                 *out)
{
  /* Every value shown, in the unit's display precision. */
  const double step = unit == HEARTH_GLUCOSE_UNIT_MG_DL ? 1 : 0.1;
  const guint n_steps = unit == HEARTH_GLUCOSE_UNIT_MG_DL ? 600 : 333;
  HearthChartBand band = { -INFINITY, INFINITY, HEARTH_CHART_BAND_ROLE_NORMAL, NULL, series };
  const char *id = NULL;
  guint n = 0;

  g_return_val_if_fail (series >= -1 && series < HEARTH_CHART_MAX_SERIES, 0);
  g_return_val_if_fail (out != NULL && g_array_get_element_size (out) == sizeof (HearthChartBand), 0);

  for (guint i = 1; i <= n_steps; i++)
    {
      double shown = i * step;
      double mmol_l = unit == HEARTH_GLUCOSE_UNIT_MG_DL ? hearth_units_mgdl_to_mmoll (shown) : shown;
      HearthGlucoseClass klass;

      if (!hearth_classify_glucose (guideline, context, mmol_l, unit, &klass))
        continue;
      if (id != NULL && g_str_equal (id, klass.id))
        continue;

      /* The edge halfway between two values shown: whatever rounds to the
       * first value of a category is in its band. */
      if (id != NULL && !g_str_equal (id, "none"))
        {
          band.hi = shown - step / 2;
          g_array_append_val (out, band);
          n++;
        }
      id = klass.id;
      band = (HearthChartBand) {
        .lo = shown - step / 2,
        .hi = INFINITY,
        .role = glucose_role (klass.id),
        .label = klass.label,
        .series = series,
      };
      if (i == 1)
        band.lo = -INFINITY;
    }

  if (id != NULL && !g_str_equal (id, "none"))
    {
      g_array_append_val (out, band);
      n++;
    }

  return n;
}

/* A normal or target range of every series, taking @label. */
static void
append_range (GArray    *bands,
              GPtrArray *labels,
              double     lo,
              double     hi,
              char      *label)
{
  HearthChartBand band = { lo, hi, HEARTH_CHART_BAND_ROLE_NORMAL, label, -1 };

  g_ptr_array_add (labels, label);
  g_array_append_val (bands, band);
}

char *
hearth_chart_bands_for_kind (HearthReadingKind            kind,
                             GSettings                   *settings,
                             HearthProfile               *profile,
                             GDateTime                   *now,
                             int                          bp_series,
                             HearthChartBandsConvertFunc  to_display,
                             gpointer                     user_data,
                             GArray                      *bands,
                             GPtrArray                   *labels)
{
  int age = -1;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (profile == NULL || HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (to_display != NULL, NULL);
  g_return_val_if_fail (bands != NULL && g_array_get_element_size (bands) == sizeof (HearthChartBand), NULL);
  g_return_val_if_fail (labels != NULL, NULL);

  if (profile != NULL && now != NULL)
    age = hearth_profile_get_age (profile, now);

  switch (kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      {
        HearthBpGuideline guideline = hearth_gui_settings_get_bp_guideline (settings);
        gboolean home = g_settings_get_boolean (settings, "bp-home-thresholds") &&
                        hearth_bp_guideline_has_home_thresholds (guideline);
        guint first = bands->len;

        hearth_chart_bands_append_bp (guideline, home, HEARTH_CHART_BP_SYSTOLIC, bp_series, bands);
        /* Each component against its own thresholds: the chart draws the
         * diastolic series in a panel of its own. */
        hearth_chart_bands_append_bp (guideline, home, HEARTH_CHART_BP_DIASTOLIC,
                                      bp_series >= 0 ? bp_series + 1 : -1, bands);
        for (guint i = first; i < bands->len; i++)
          {
            HearthChartBand *band = &g_array_index (bands, HearthChartBand, i);

            if (isfinite (band->lo))
              band->lo = to_display (band->lo, user_data);
            if (isfinite (band->hi))
              band->hi = to_display (band->hi, user_data);
          }
        return home
          /* Translators: %s is a guideline, "ACC/AHA 2017" */
          ? g_strdup_printf (_("The coloured bands are the systolic and diastolic categories by %s, home thresholds."),
                             hearth_bp_guideline_get_name (guideline))
          /* Translators: %s is a guideline, "ACC/AHA 2017" */
          : g_strdup_printf (_("The coloured bands are the systolic and diastolic categories by %s, office thresholds."),
                             hearth_bp_guideline_get_name (guideline));
      }

    case HEARTH_READING_KIND_GLUCOSE:
      if (profile == NULL || !hearth_profile_has_condition (profile, HEARTH_CONDITION_DIABETES))
        {
          HearthGlucoseGuideline guideline = hearth_gui_settings_get_glucose_guideline (settings);
          HearthGlucoseUnit unit = hearth_gui_settings_get_glucose_unit (settings);
          int first = MAX (bp_series, 0);

          hearth_chart_bands_append_glucose (guideline, HEARTH_GLUCOSE_CONTEXT_FASTING, unit, first, bands);
          hearth_chart_bands_append_glucose (guideline, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, unit, first + 1, bands);
          hearth_chart_bands_append_glucose (guideline, HEARTH_GLUCOSE_CONTEXT_RANDOM, unit, first + 2, bands);
          /* Translators: %s is a guideline, "ADA" */
          return g_strdup_printf (_("Fasting, after-meal and other readings are each drawn against the thresholds by %s that apply to them."),
                                  hearth_glucose_guideline_get_name (guideline));
        }
      else
        {
          HearthGlucoseUnit unit = hearth_gui_settings_get_glucose_unit (settings);
          g_autofree char *high = hearth_units_format_glucose (10.0, unit);
          g_autofree char *low = g_strdup_printf (unit == HEARTH_GLUCOSE_UNIT_MG_DL ? "%.0f" : "%.1f",
                                                  to_display (3.9, user_data));

          /* Translators: time in range for people with diabetes, "Target range 3.9–10.0 mmol/L" */
          append_range (bands, labels, to_display (3.9, user_data), to_display (10.0, user_data),
                        g_strdup_printf (_("Target range %s–%s"), low, high));
          return g_strdup (_("The band is the time-in-range target for people with diabetes."));
        }
      return NULL;

    case HEARTH_READING_KIND_SPO2:
      /* xgettext:no-c-format */
      append_range (bands, labels, 92, INFINITY, g_strdup (_("Above 92 %")));
      /* xgettext:no-c-format */
      return g_strdup (_("At rest, 92 % or lower warrants medical advice."));

    case HEARTH_READING_KIND_TEMPERATURE:
      {
        HearthTemperatureUnit unit = hearth_gui_settings_get_temperature_unit (settings);
        g_autofree char *fever = hearth_units_format_temperature (38.0, unit);

        /* Translators: %s is a temperature, "38.0 °C" */
        append_range (bands, labels, -INFINITY, to_display (38.0, user_data),
                      g_strdup_printf (_("No fever (below %s)"), fever));
      }
      return NULL;

    case HEARTH_READING_KIND_HEART_RATE:
      if (age < 0 || age >= 18)
        append_range (bands, labels, 60, 100, g_strdup (_("Resting range 60–100 bpm")));
      return NULL;

    case HEARTH_READING_KIND_SLEEP:
      if (age >= 65)
        append_range (bands, labels, 7, 8, g_strdup (_("Recommended 7–8 h")));
      else if (age < 0 || age >= 18)
        append_range (bands, labels, 7, 9, g_strdup (_("Recommended 7–9 h")));
      return NULL;

    case HEARTH_READING_KIND_STEPS:
    case HEARTH_READING_KIND_WEIGHT:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    default:
      return NULL;
    }
}
