/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-bands"

#include "config.h"

#include <math.h>

#include "hearth-chart-bands.h"
#include "hearth-classify.h"

/* Guidelines mapped to chart bands by the GUI (src/gui/hearth-chart-bands.c).
 * No display: pure functions over core's classification. */

static void
check_edges (HearthBpGuideline      guideline,
             gboolean               home,
             HearthChartBpComponent component,
             const double          *edges,
             guint                  n_edges)
{
  g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (HearthChartBand));
  guint n = hearth_chart_bands_append_bp (guideline, home, component, -1, bands);

  g_assert_cmpuint (n, ==, bands->len);
  g_assert_cmpuint (bands->len, ==, n_edges + 1);
  g_assert_true (isinf (g_array_index (bands, HearthChartBand, 0).lo));
  g_assert_true (isinf (g_array_index (bands, HearthChartBand, bands->len - 1).hi));

  for (guint i = 0; i < n_edges; i++)
    {
      g_assert_cmpfloat (g_array_index (bands, HearthChartBand, i).hi, ==, edges[i]);
      g_assert_cmpfloat (g_array_index (bands, HearthChartBand, i + 1).lo, ==, edges[i]);
    }

  for (guint i = 0; i < bands->len; i++)
    {
      g_assert_nonnull (g_array_index (bands, HearthChartBand, i).label);
      g_assert_cmpuint (g_array_index (bands, HearthChartBand, i).role, <, HEARTH_CHART_N_BAND_ROLES);
      g_assert_cmpint (g_array_index (bands, HearthChartBand, i).series, ==, -1);
    }
}

static void
test_bp_edges (void)
{
  static const double acc_office[] = { 120, 130, 140 };
  static const double acc_home[] = { 120, 130, 135 };
  static const double acc_dia_office[] = { 80, 90 };
  static const double esh_office[] = { 120, 130, 140, 160, 180 };
  static const double esh_home[] = { 120, 130, 135, 160, 180 };
  static const double esc24[] = { 120, 140 };
  static const double china_dia_home[] = { 80, 85, 100, 110 };

  check_edges (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE, HEARTH_CHART_BP_SYSTOLIC, acc_office, 3);
  check_edges (HEARTH_BP_GUIDELINE_ACC_AHA_2017, TRUE, HEARTH_CHART_BP_SYSTOLIC, acc_home, 3);
  check_edges (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE, HEARTH_CHART_BP_DIASTOLIC, acc_dia_office, 2);
  check_edges (HEARTH_BP_GUIDELINE_ESC_ESH_2018, FALSE, HEARTH_CHART_BP_SYSTOLIC, esh_office, 5);
  /* Home hypertension from 135 lifts 135–139 to grade 1. */
  check_edges (HEARTH_BP_GUIDELINE_ESC_ESH_2018, TRUE, HEARTH_CHART_BP_SYSTOLIC, esh_home, 5);
  /* No home thresholds: office ones. */
  check_edges (HEARTH_BP_GUIDELINE_ESC_2024, TRUE, HEARTH_CHART_BP_SYSTOLIC, esc24, 2);
  check_edges (HEARTH_BP_GUIDELINE_CHINA_2018, TRUE, HEARTH_CHART_BP_DIASTOLIC, china_dia_home, 4);
}

/* Each band carries the category's label and colour, and the series it
 * was asked for: systolic and diastolic can each have their own. */
static void
test_bp_labels_roles_series (void)
{
  g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (HearthChartBand));
  static const HearthChartBandRole acc_roles[] = {
    HEARTH_CHART_BAND_ROLE_NORMAL,
    HEARTH_CHART_BAND_ROLE_ELEVATED,
    HEARTH_CHART_BAND_ROLE_HIGH,
    HEARTH_CHART_BAND_ROLE_VERY_HIGH,
  };
  guint n_sys;
  guint n_dia;

  n_sys = hearth_chart_bands_append_bp (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE,
                                        HEARTH_CHART_BP_SYSTOLIC, 0, bands);
  n_dia = hearth_chart_bands_append_bp (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE,
                                        HEARTH_CHART_BP_DIASTOLIC, 1, bands);
  g_assert_cmpuint (n_sys, ==, 4);
  g_assert_cmpuint (n_dia, ==, 3);
  g_assert_cmpuint (bands->len, ==, 7);

  for (guint i = 0; i < n_sys; i++)
    {
      const HearthChartBand *band = &g_array_index (bands, HearthChartBand, i);
      HearthBpClass klass;

      /* The label is core's category of a value inside the band. */
      hearth_classify_bp (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE, isfinite (band->lo) ? band->lo : 100, 0, &klass);
      g_assert_cmpstr (band->label, ==, klass.label);
      g_assert_cmpint (band->role, ==, acc_roles[i]);
      g_assert_cmpint (band->series, ==, 0);
    }
  for (guint i = n_sys; i < bands->len; i++)
    g_assert_cmpint (g_array_index (bands, HearthChartBand, i).series, ==, 1);

  /* Diastolic alone never reaches Elevated: Normal, Stage 1, Stage 2. */
  g_assert_cmpint (g_array_index (bands, HearthChartBand, n_sys).role, ==, HEARTH_CHART_BAND_ROLE_NORMAL);
  g_assert_cmpint (g_array_index (bands, HearthChartBand, n_sys + 1).role, ==, HEARTH_CHART_BAND_ROLE_HIGH);
  g_assert_cmpint (g_array_index (bands, HearthChartBand, n_sys + 2).role, ==, HEARTH_CHART_BAND_ROLE_VERY_HIGH);
}

static void
test_role_for_level (void)
{
  /* Three levels: green, yellow, red; five: purple for the most severe. */
  g_assert_cmpint (hearth_chart_bands_role_for_level (0, 3), ==, HEARTH_CHART_BAND_ROLE_NORMAL);
  g_assert_cmpint (hearth_chart_bands_role_for_level (1, 3), ==, HEARTH_CHART_BAND_ROLE_ELEVATED);
  g_assert_cmpint (hearth_chart_bands_role_for_level (2, 3), ==, HEARTH_CHART_BAND_ROLE_VERY_HIGH);
  g_assert_cmpint (hearth_chart_bands_role_for_level (4, 5), ==, HEARTH_CHART_BAND_ROLE_SEVERE);
  g_assert_cmpint (hearth_chart_bands_role_for_level (5, 6), ==, HEARTH_CHART_BAND_ROLE_SEVERE);
  g_assert_cmpint (hearth_chart_bands_role_for_level (9, 6), ==, HEARTH_CHART_BAND_ROLE_SEVERE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/chart-bands/bp/edges", test_bp_edges);
  g_test_add_func ("/hearth/chart-bands/bp/labels-roles-series", test_bp_labels_roles_series);
  g_test_add_func ("/hearth/chart-bands/role-for-level", test_role_for_level);

  return g_test_run ();
}
