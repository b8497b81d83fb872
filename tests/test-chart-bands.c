/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-bands"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-chart-bands.h"
#include "hearth-classify.h"
#include "hearth-gui-util.h"
#include "hearth-units.h"

/* Guidelines mapped to chart bands by the GUI (src/gui/hearth-chart-bands.c).
 * No display: functions over core's classification and the settings
 * (memory backend, see tests/meson.build). */

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
  static const double esc24[] = { 120, 135 };
  static const double china_dia_home[] = { 80, 85, 100, 110 };

  check_edges (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE, HEARTH_CHART_BP_SYSTOLIC, acc_office, 3);
  check_edges (HEARTH_BP_GUIDELINE_ACC_AHA_2017, TRUE, HEARTH_CHART_BP_SYSTOLIC, acc_home, 3);
  check_edges (HEARTH_BP_GUIDELINE_ACC_AHA_2017, FALSE, HEARTH_CHART_BP_DIASTOLIC, acc_dia_office, 2);
  check_edges (HEARTH_BP_GUIDELINE_ESC_ESH_2018, FALSE, HEARTH_CHART_BP_SYSTOLIC, esh_office, 5);
  /* Home hypertension from 135 lifts 135–139 to grade 1. */
  check_edges (HEARTH_BP_GUIDELINE_ESC_ESH_2018, TRUE, HEARTH_CHART_BP_SYSTOLIC, esh_home, 5);
  /* Home (HBPM) thresholds: hypertension from 135. */
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

/* Kinds ---------------------------------------------------------------- */

typedef struct
{
  GSettings *settings;
  GArray    *bands;
  GPtrArray *labels;
  char      *note;
} KindFixture;

static void
kind_setup (KindFixture   *f,
            gconstpointer  data)
{
  f->settings = hearth_gui_settings_new ();
  f->bands = g_array_new (FALSE, FALSE, sizeof (HearthChartBand));
  f->labels = g_ptr_array_new_with_free_func (g_free);
}

static void
kind_teardown (KindFixture   *f,
               gconstpointer  data)
{
  g_settings_reset (f->settings, "bp-guideline");
  g_settings_reset (f->settings, "bp-home-thresholds");
  g_settings_reset (f->settings, "glucose-unit");
  g_clear_object (&f->settings);
  g_clear_pointer (&f->bands, g_array_unref);
  g_clear_pointer (&f->labels, g_ptr_array_unref);
  g_clear_pointer (&f->note, g_free);
}

static double
identity (double   v,
          gpointer user_data)
{
  return v;
}

static double
to_kpa (double   v,
        gpointer user_data)
{
  return hearth_units_mmhg_to_kpa (v);
}

static double
to_mgdl (double   v,
         gpointer user_data)
{
  return hearth_units_mmoll_to_mgdl (v);
}

static HearthChartBand *
band_at (KindFixture *f,
         guint        i)
{
  return &g_array_index (f->bands, HearthChartBand, i);
}

static void
map_kind (KindFixture                 *f,
          HearthReadingKind            kind,
          HearthProfile               *profile,
          GDateTime                   *now,
          HearthChartBandsConvertFunc  to_display)
{
  g_array_set_size (f->bands, 0);
  g_ptr_array_set_size (f->labels, 0);
  g_clear_pointer (&f->note, g_free);
  f->note = hearth_chart_bands_for_kind (kind, f->settings, profile, now, 0, to_display, NULL,
                                         f->bands, f->labels);
}

/* The band of @series holding @v, or NULL. */
static const HearthChartBand *
band_holding (KindFixture *f,
              int          series,
              double       v)
{
  for (guint i = 0; i < f->bands->len; i++)
    {
      const HearthChartBand *band = band_at (f, i);

      if (band->series == series && band->lo <= v && v < band->hi)
        return band;
    }

  return NULL;
}

/* Blood pressure: the chosen guideline's systolic categories belonging to
 * the systolic series (0) and its diastolic categories belonging to the
 * diastolic series (1), converted to the unit shown; the note names it.
 * Issue 7: a diastolic of 95 is read against diastolic thresholds. */
static void
test_kind_bp (KindFixture   *f,
              gconstpointer  data)
{
  HearthBpClass klass;
  const HearthChartBand *band;
  guint n_systolic = 0;

  g_settings_set_string (f->settings, "bp-guideline", "esc-esh-2018");
  g_settings_set_boolean (f->settings, "bp-home-thresholds", FALSE);
  map_kind (f, HEARTH_READING_KIND_BLOOD_PRESSURE, NULL, NULL, to_kpa);

  g_assert_true (isinf (band_at (f, 0)->lo));
  g_assert_cmpfloat_with_epsilon (band_at (f, 1)->lo, hearth_units_mmhg_to_kpa (120), 1e-9);
  g_assert_cmpfloat_with_epsilon (band_at (f, 5)->lo, hearth_units_mmhg_to_kpa (180), 1e-9);
  g_assert_cmpint (band_at (f, 5)->role, ==, HEARTH_CHART_BAND_ROLE_SEVERE);
  for (guint i = 0; i < f->bands->len; i++)
    {
      g_assert_cmpint (band_at (f, i)->series, >=, 0);
      g_assert_cmpint (band_at (f, i)->series, <=, 1);
      n_systolic += band_at (f, i)->series == 0;
    }
  g_assert_cmpuint (n_systolic, ==, 6);
  g_assert_cmpuint (f->bands->len, >, 6);

  /* A diastolic of 95 mmHg: its own category, in the diastolic series. */
  hearth_classify_bp (HEARTH_BP_GUIDELINE_ESC_ESH_2018, FALSE, 0, 95, &klass);
  band = band_holding (f, 1, hearth_units_mmhg_to_kpa (95));
  g_assert_nonnull (band);
  g_assert_cmpstr (band->label, ==, klass.label);
  g_assert_cmpint (band->role, !=, HEARTH_CHART_BAND_ROLE_NORMAL);
  /* The same 95 against systolic thresholds would be "optimal". */
  g_assert_cmpint (band_holding (f, 0, hearth_units_mmhg_to_kpa (95))->role, ==, HEARTH_CHART_BAND_ROLE_NORMAL);
  g_assert_nonnull (strstr (f->note, "ESC/ESH 2018, office thresholds"));
  g_assert_nonnull (strstr (f->note, "diastolic"));

  /* Home thresholds move Grade 1 down to 135. */
  g_settings_set_boolean (f->settings, "bp-home-thresholds", TRUE);
  map_kind (f, HEARTH_READING_KIND_BLOOD_PRESSURE, NULL, NULL, identity);
  g_assert_cmpfloat (band_at (f, 3)->lo, ==, 135);
  g_assert_nonnull (strstr (f->note, "home thresholds"));
}

/* The label of @context's category for @mmol_l, or NULL for none. */
static const char *
glucose_label (HearthGlucoseGuideline guideline,
               HearthGlucoseContext   context,
               double                 mmol_l)
{
  static HearthGlucoseClass klass;

  g_assert_true (hearth_classify_glucose (guideline, context, mmol_l, HEARTH_GLUCOSE_UNIT_MMOL_L, &klass));
  return g_str_equal (klass.id, "none") ? NULL : klass.label;
}

/* Glucose (issue 7): fasting (series 0), after-meal (series 1) and other
 * readings (series 2) each get the reference that applies to them, none
 * where there is none; a member with diabetes gets the time-in-range
 * target instead, in the unit shown. */
static void
test_kind_glucose (KindFixture   *f,
                   gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = hearth_profile_new ("Ada");
  static const char * const diabetes[] = { HEARTH_CONDITION_DIABETES, NULL };
  static const double probes[] = { 2.5, 3.5, 4.5, 5.7, 6.5, 7.5, 9.0, 12.0, 20.0 };

  map_kind (f, HEARTH_READING_KIND_GLUCOSE, ada, NULL, identity);
  g_assert_cmpuint (f->bands->len, >, 0);
  g_assert_nonnull (f->note);
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      static const HearthGlucoseContext contexts[] = {
        HEARTH_GLUCOSE_CONTEXT_FASTING, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, HEARTH_GLUCOSE_CONTEXT_RANDOM,
      };

      for (int s = 0; s < 3; s++)
        {
          const char *label = glucose_label (HEARTH_GLUCOSE_GUIDELINE_ADA, contexts[s], probes[i]);
          const HearthChartBand *band = band_holding (f, s, probes[i]);

          g_test_message ("series %d, %.1f mmol/L: %s / %s", s, probes[i],
                          label ? label : "none", band ? band->label : "no band");
          if (label == NULL)
            g_assert_null (band);
          else
            g_assert_cmpstr (band ? band->label : NULL, ==, label);
        }
    }
  /* A fasting 6.5 has a category; the same 6.5 after a meal has none
   * (core classifies fasting readings only), so no band says it. */
  g_assert_nonnull (band_holding (f, 0, 6.5));
  g_assert_null (band_holding (f, 1, 6.5));
  g_assert_null (band_holding (f, 2, 9.0));
  /* Low glucose applies to every reading. */
  g_assert_nonnull (band_holding (f, 1, 3.5));

  /* In mg/dL the edges follow the thresholds published in mg/dL: 100
   * mg/dL (what 99.6 shows as) is prediabetes. */
  g_settings_set_string (f->settings, "glucose-unit", "mg-dl");
  map_kind (f, HEARTH_READING_KIND_GLUCOSE, ada, NULL, to_mgdl);
  g_assert_cmpstr (band_holding (f, 0, 99.4)->label, ==, band_holding (f, 0, 80)->label);
  g_assert_cmpstr (band_holding (f, 0, 99.6)->label, !=, band_holding (f, 0, 80)->label);
  g_settings_reset (f->settings, "glucose-unit");

  hearth_profile_set_conditions (ada, diabetes);
  g_settings_set_string (f->settings, "glucose-unit", "mg-dl");
  map_kind (f, HEARTH_READING_KIND_GLUCOSE, ada, NULL, to_mgdl);
  g_assert_cmpuint (f->bands->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (band_at (f, 0)->lo, hearth_units_mmoll_to_mgdl (3.9), 1e-9);
  g_assert_cmpfloat_with_epsilon (band_at (f, 0)->hi, hearth_units_mmoll_to_mgdl (10.0), 1e-9);
  g_assert_cmpint (band_at (f, 0)->role, ==, HEARTH_CHART_BAND_ROLE_NORMAL);
  g_assert_cmpint (band_at (f, 0)->series, ==, -1);
  g_test_message ("%s", band_at (f, 0)->label);
  g_assert_true (g_str_has_prefix (band_at (f, 0)->label, "Target range 70–180"));
  /* The label is owned by @labels. */
  g_assert_true (g_ptr_array_index (f->labels, 0) == band_at (f, 0)->label);
  g_assert_nonnull (f->note);
}

/* Sleep: the recommended range depends on age; children get none. */
static void
test_kind_sleep (KindFixture   *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 1, 12, 0, 0);
  g_autoptr(HearthProfile) member = hearth_profile_new ("Member");

  hearth_profile_set_birth (member, 1950, 3, 1);
  map_kind (f, HEARTH_READING_KIND_SLEEP, member, now, identity);
  g_assert_cmpuint (f->bands->len, ==, 1);
  g_assert_cmpfloat (band_at (f, 0)->lo, ==, 7);
  g_assert_cmpfloat (band_at (f, 0)->hi, ==, 8);

  hearth_profile_set_birth (member, 1990, 3, 1);
  map_kind (f, HEARTH_READING_KIND_SLEEP, member, now, identity);
  g_assert_cmpuint (f->bands->len, ==, 1);
  g_assert_cmpfloat (band_at (f, 0)->hi, ==, 9);

  hearth_profile_set_birth (member, 2015, 3, 1);
  map_kind (f, HEARTH_READING_KIND_SLEEP, member, now, identity);
  g_assert_cmpuint (f->bands->len, ==, 0);

  /* No member or no date: an adult. */
  map_kind (f, HEARTH_READING_KIND_SLEEP, NULL, NULL, identity);
  g_assert_cmpfloat (band_at (f, 0)->hi, ==, 9);

  /* Weight has no band. */
  map_kind (f, HEARTH_READING_KIND_WEIGHT, member, now, identity);
  g_assert_cmpuint (f->bands->len, ==, 0);
  g_assert_null (f->note);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/chart-bands/bp/edges", test_bp_edges);
  g_test_add_func ("/hearth/chart-bands/bp/labels-roles-series", test_bp_labels_roles_series);
  g_test_add_func ("/hearth/chart-bands/role-for-level", test_role_for_level);
  g_test_add ("/hearth/chart-bands/kind/bp", KindFixture, NULL, kind_setup, test_kind_bp, kind_teardown);
  g_test_add ("/hearth/chart-bands/kind/glucose", KindFixture, NULL, kind_setup, test_kind_glucose, kind_teardown);
  g_test_add ("/hearth/chart-bands/kind/sleep", KindFixture, NULL, kind_setup, test_kind_sleep, kind_teardown);

  return g_test_run ();
}
