/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-growth"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-growth.h"

/* BMI-for-age (docs/clinical.md#bmi-for-age) checked against the SD columns
 * WHO prints next to L, M and S (tests/data/who-bmi-sd.tsv, written by
 * build-aux/gen-who-bmi.py from the same files as data/who-bmi-for-age.tsv). */

static double
score_z (HearthGrowthIndicator indicator,
         HearthSex             sex,
         guint                 months,
         double                value)
{
  g_autoptr(GError) error = NULL;
  HearthGrowthScore r;

  g_assert_true (hearth_growth_score (indicator, sex, months, value, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (r.indicator, ==, indicator);
  g_assert_cmpuint (r.age_months, ==, months);
  g_assert_cmpfloat (r.value, ==, value);
  g_assert_cmpfloat_with_epsilon (r.percentile, hearth_growth_percentile_from_z (r.z), 1e-12);
  g_assert_cmpint (r.source, ==, months <= HEARTH_GROWTH_LAST_STANDARDS_MONTH
                                 ? HEARTH_GROWTH_SOURCE_STANDARDS_2006
                                 : HEARTH_GROWTH_SOURCE_REFERENCE_2007);
  return r.z;
}

static double
z_of (HearthSex sex,
      guint     months,
      double    bmi)
{
  g_autoptr(GError) error = NULL;
  HearthBmiForAge r;

  g_assert_true (hearth_growth_bmi_for_age (sex, months, bmi, &r, &error));
  g_assert_no_error (error);
  return r.z;
}

static double
bmi_at (HearthSex sex,
        guint     months,
        double    z)
{
  g_autoptr(GError) error = NULL;
  double bmi = NAN;

  g_assert_true (hearth_growth_bmi_at_z (sex, months, z, &bmi, &error));
  g_assert_no_error (error);
  return bmi;
}

/* Every month of both sexes: the z of each SD column WHO prints is that SD.
 * The 2007 reference prints them to three decimals: z within 0.01. The 2006
 * standards print them to one decimal, a rounding worth up to 0.06 in z, so
 * there the column must be our curve's BMI rounded: z(SD - 0.05) <= k <=
 * z(SD + 0.05). Where WHO prints SD4 and SD-4 (the 2007 tables), the
 * restricted z gives +-4 there (the plain LMS formula gives about 3.85). */
static void
check_sd_columns (HearthGrowthIndicator  indicator,
                  const char            *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", file, NULL);
  guint max_months = hearth_growth_indicator_max_months (indicator);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint rows[2] = { 0, 0 };
  guint sd4_rows = 0;
  gint next_month[2] = { 0, 0 };

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      HearthSex sex;
      guint months, decimals;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 12);
      sex = g_str_equal (cells[0], "male") ? HEARTH_SEX_MALE : HEARTH_SEX_FEMALE;
      g_assert_true (sex == HEARTH_SEX_MALE || g_str_equal (cells[0], "female"));
      months = (guint) g_ascii_strtoull (cells[1], NULL, 10);
      decimals = (guint) g_ascii_strtoull (cells[2], NULL, 10);
      g_assert_cmpint ((gint) months, ==, next_month[sex == HEARTH_SEX_MALE]++);
      rows[sex == HEARTH_SEX_MALE]++;

      for (gint k = -3; k <= 3; k++)
        {
          double sd = g_ascii_strtod (cells[3 + k + 3], NULL);

          if (decimals == 3)
            g_assert_cmpfloat_with_epsilon (score_z (indicator, sex, months, sd), k, 0.01);
          else
            {
              g_assert_cmpuint (decimals, ==, 1);
              g_assert_cmpuint (months, <=, HEARTH_GROWTH_LAST_STANDARDS_MONTH);
              g_assert_cmpfloat (score_z (indicator, sex, months, sd - 0.05), <=, k + 1e-9);
              g_assert_cmpfloat (score_z (indicator, sex, months, sd + 0.05), >=, k - 1e-9);
            }
          if (indicator == HEARTH_GROWTH_INDICATOR_BMI)
            g_assert_cmpfloat (z_of (sex, months, sd), ==, score_z (indicator, sex, months, sd));
        }
      if (!g_str_equal (cells[10], "-"))
        {
          double sd4neg = g_ascii_strtod (cells[10], NULL);
          double sd4 = g_ascii_strtod (cells[11], NULL);

          g_assert_cmpuint (months, >, HEARTH_GROWTH_LAST_STANDARDS_MONTH);
          g_assert_cmpfloat_with_epsilon (score_z (indicator, sex, months, sd4neg), -4, 0.01);
          g_assert_cmpfloat_with_epsilon (score_z (indicator, sex, months, sd4), 4, 0.01);
          sd4_rows++;
        }
    }
  g_assert_cmpuint (rows[0], ==, max_months + 1);
  g_assert_cmpuint (rows[1], ==, max_months + 1);
  g_assert_cmpuint (sd4_rows, ==, 2 * (max_months - HEARTH_GROWTH_LAST_STANDARDS_MONTH));
}

static void
test_sd_columns (void)
{
  check_sd_columns (HEARTH_GROWTH_INDICATOR_BMI, "who-bmi-sd.tsv");
}

/* Length/height-for-age, the same check against WHO's columns: 0-228 months. */
static void
test_height_sd_columns (void)
{
  g_assert_cmpuint (hearth_growth_indicator_max_months (HEARTH_GROWTH_INDICATOR_HEIGHT), ==, 228);
  check_sd_columns (HEARTH_GROWTH_INDICATOR_HEIGHT, "who-height-sd.tsv");
}

/* Weight-for-age: 0-120 months (WHO's reference stops at 10 years). */
static void
test_weight_sd_columns (void)
{
  g_assert_cmpuint (hearth_growth_indicator_max_months (HEARTH_GROWTH_INDICATOR_WEIGHT), ==, 120);
  check_sd_columns (HEARTH_GROWTH_INDICATOR_WEIGHT, "who-weight-sd.tsv");
}

/* Known rows by hand: boys' length at birth (L 1, M 49.8842, S 0.03795):
 * 53.7 cm is z = (53.7/49.8842 - 1)/0.03795 = 2.0157, percentile 97.81; boys'
 * weight at 12 months (L 0.0644, M 9.6479, S 0.10925): 11.5 kg. */
static void
test_height_weight_known (void)
{
  double curves[HEARTH_GROWTH_N_CURVES];
  g_autoptr(GError) error = NULL;
  HearthGrowthScore r;
  double z, value;

  g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 0, 53.7, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (r.z, (53.7 / 49.8842 - 1) / 0.03795, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.percentile, 97.81, 0.01);

  z = (pow (11.5 / 9.6479, 0.0644) - 1) / (0.0644 * 0.10925);
  g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_MALE, 12, 11.5, &r, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (r.z, z, 1e-9);

  /* month 24 is the standing-height table's (M 87.1161), not the length one's (87.8161) */
  g_assert_true (hearth_growth_value_at_z (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 24, 0, &value, &error));
  g_assert_cmpfloat_with_epsilon (value, 87.1161, 1e-9);
  g_assert_true (hearth_growth_value_at_z (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 23, 0, &value, &error));
  g_assert_cmpfloat (value, <, 87.1161);

  /* the curves: 3rd, 15th, 50th, 85th, 97th, rising; the 50th is M */
  g_assert_true (hearth_growth_indicator_curves (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_FEMALE, 228, curves, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (curves[2], 163.1548, 1e-9);
  for (guint i = 0; i < HEARTH_GROWTH_N_CURVES; i++)
    {
      g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_FEMALE, 228, curves[i], &r, NULL));
      g_assert_cmpfloat_with_epsilon (r.percentile, hearth_growth_curve_percentiles[i], 1e-6);
      if (i > 0)
        g_assert_cmpfloat (curves[i], >, curves[i - 1]);
    }
  g_assert_true (hearth_growth_indicator_curves (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_MALE, 120, curves, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (curves[2], 31.1586, 1e-9);

  /* refusals: weight past 10 years, a height of 0, no sex */
  g_assert_false (hearth_growth_score (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_MALE, 121, 30, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_indicator_curves (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_MALE, 121, curves, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
  g_clear_error (&error);
  g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 228, 180, &r, NULL));
  g_assert_false (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 229, 180, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 10, 0, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_UNSET, 10, 70, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_SEX);
  g_clear_error (&error);

  {
    g_autofree char *height = NULL;
    g_autofree char *weight = NULL;

    g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_HEIGHT, HEARTH_SEX_MALE, 0, 53.7, &r, NULL));
    height = hearth_growth_score_describe (&r);
    g_assert_cmpstr (height, ==, "Height 53.7 cm at 0 months: z-score 2.02, percentile 97.8 (WHO Child Growth Standards 2006).");
    g_assert_true (hearth_growth_score (HEARTH_GROWTH_INDICATOR_WEIGHT, HEARTH_SEX_MALE, 1, 4.4709, &r, NULL));
    weight = hearth_growth_score_describe (&r);
    g_assert_cmpstr (weight, ==, "Weight 4.5 kg at 1 month: z-score 0.00, percentile 50.0 (WHO Child Growth Standards 2006).");
  }
  {
    g_autofree char *below = hearth_growth_format_percentile (0.04);
    g_autofree char *above = hearth_growth_format_percentile (99.96);
    g_autofree char *shown = hearth_growth_format_percentile (84.134);

    g_assert_cmpstr (below, ==, "below 0.1");
    g_assert_cmpstr (above, ==, "above 99.9");
    g_assert_cmpstr (shown, ==, "84.1");
  }
}

/* At exactly +-3 both forms agree; past it the distance counts in units of
 * the SD2-SD3 gap on that side, and bmi_at_z is its inverse. */
static void
test_restricted (void)
{
  const HearthSex sexes[] = { HEARTH_SEX_FEMALE, HEARTH_SEX_MALE };

  for (guint i = 0; i < G_N_ELEMENTS (sexes); i++)
    for (guint months = 0; months <= HEARTH_GROWTH_MAX_MONTHS; months += 19)
      {
        double sd2 = bmi_at (sexes[i], months, 2), sd3 = bmi_at (sexes[i], months, 3);
        double sd2neg = bmi_at (sexes[i], months, -2), sd3neg = bmi_at (sexes[i], months, -3);

        g_assert_cmpfloat_with_epsilon (z_of (sexes[i], months, sd3), 3, 1e-9);
        g_assert_cmpfloat_with_epsilon (z_of (sexes[i], months, sd3neg), -3, 1e-9);
        g_assert_cmpfloat_with_epsilon (z_of (sexes[i], months, sd3 + (sd3 - sd2) / 2), 3.5, 1e-9);
        g_assert_cmpfloat_with_epsilon (z_of (sexes[i], months, sd3neg - (sd2neg - sd3neg)), -4, 1e-9);
        for (double z = -5; z <= 5; z += 0.25)
          g_assert_cmpfloat_with_epsilon (z_of (sexes[i], months, bmi_at (sexes[i], months, z)), z, 1e-9);
      }
}

static void
check_category (HearthSex   sex,
                guint       months,
                double      z,
                const char *id)
{
  g_autoptr(GError) error = NULL;
  HearthBmiForAge r;

  g_assert_true (hearth_growth_bmi_for_age (sex, months, bmi_at (sex, months, z), &r, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (r.id, ==, id);
  g_assert_cmpstr (hearth_growth_category_to_string (r.category), ==, id);
  g_assert_nonnull (r.label);
  g_assert_cmpstr (r.label, !=, "");
  g_assert_cmpuint (r.age_months, ==, months);
}

/* A boundary belongs to the category nearer normal: "> +1 SD", "< -2 SD". */
static void
test_categories (void)
{
  HearthBmiForAge r;

  /* 5-19 years, WHO 2007 */
  check_category (HEARTH_SEX_MALE, 120, -3.01, "severe-thinness");
  check_category (HEARTH_SEX_MALE, 120, -3.00, "thinness");
  check_category (HEARTH_SEX_MALE, 120, -2.01, "thinness");
  check_category (HEARTH_SEX_MALE, 120, -2.00, "normal");
  check_category (HEARTH_SEX_MALE, 120, 0, "normal");
  check_category (HEARTH_SEX_MALE, 120, 1.00, "normal");
  check_category (HEARTH_SEX_MALE, 120, 1.01, "overweight");
  check_category (HEARTH_SEX_MALE, 120, 2.00, "overweight");
  check_category (HEARTH_SEX_MALE, 120, 2.01, "obesity");
  check_category (HEARTH_SEX_FEMALE, 228, 4.5, "obesity");
  check_category (HEARTH_SEX_FEMALE, 61, 1.5, "overweight");
  check_category (HEARTH_SEX_FEMALE, 61, -4.5, "severe-thinness");

  /* under 5, the standards (to 60 months) */
  check_category (HEARTH_SEX_FEMALE, 24, -3.01, "severely-wasted");
  check_category (HEARTH_SEX_FEMALE, 24, -3.00, "wasted");
  check_category (HEARTH_SEX_FEMALE, 24, -2.01, "wasted");
  check_category (HEARTH_SEX_FEMALE, 24, -2.00, "normal");
  check_category (HEARTH_SEX_FEMALE, 24, 1.00, "normal");
  check_category (HEARTH_SEX_FEMALE, 24, 1.01, "possible-risk-of-overweight");
  check_category (HEARTH_SEX_FEMALE, 24, 2.00, "possible-risk-of-overweight");
  check_category (HEARTH_SEX_FEMALE, 24, 2.01, "overweight");
  check_category (HEARTH_SEX_FEMALE, 24, 3.00, "overweight");
  check_category (HEARTH_SEX_FEMALE, 24, 3.01, "obese");
  check_category (HEARTH_SEX_MALE, 0, 1.5, "possible-risk-of-overweight");
  check_category (HEARTH_SEX_MALE, 60, 1.5, "possible-risk-of-overweight");

  /* the same z at 60 and 61 months: the standards, then the reference */
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_MALE, 60, bmi_at (HEARTH_SEX_MALE, 60, 1.5), &r, NULL));
  g_assert_cmpint (r.source, ==, HEARTH_GROWTH_SOURCE_STANDARDS_2006);
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_MALE, 61, bmi_at (HEARTH_SEX_MALE, 61, 1.5), &r, NULL));
  g_assert_cmpint (r.source, ==, HEARTH_GROWTH_SOURCE_REFERENCE_2007);
  g_assert_cmpstr (r.id, ==, "overweight");

  /* classified as shown, to two decimals */
  g_assert_cmpint (hearth_growth_classify_z (HEARTH_GROWTH_SOURCE_REFERENCE_2007, 1.004), ==,
                   HEARTH_GROWTH_CATEGORY_NORMAL);
  g_assert_cmpint (hearth_growth_classify_z (HEARTH_GROWTH_SOURCE_REFERENCE_2007, 1.006), ==,
                   HEARTH_GROWTH_CATEGORY_OVERWEIGHT);
  g_assert_cmpint (hearth_growth_classify_z (HEARTH_GROWTH_SOURCE_STANDARDS_2006, -2.004), ==,
                   HEARTH_GROWTH_CATEGORY_NORMAL);
  g_assert_cmpint (hearth_growth_classify_z (HEARTH_GROWTH_SOURCE_STANDARDS_2006, -2.006), ==,
                   HEARTH_GROWTH_CATEGORY_WASTED);
}

/* A known row by hand: boys at 61 months (WHO 2007), L -0.7387, M 15.2641,
 * S 0.0839; BMI 17.0: ((17/15.2641)^-0.7387 - 1) / (-0.7387 * 0.0839)
 * = 1.2336, the 89.1th percentile. */
static void
test_known_value (void)
{
  HearthBmiForAge r;

  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_MALE, 61, 17.0, &r, NULL));
  g_assert_cmpfloat_with_epsilon (r.z, 1.2336, 0.0005);
  g_assert_cmpfloat_with_epsilon (r.percentile, 89.13, 0.02);
  g_assert_cmpstr (r.id, ==, "overweight");
  g_assert_cmpfloat_with_epsilon (bmi_at (HEARTH_SEX_MALE, 61, 0), 15.2641, 1e-9);
  g_assert_cmpfloat_with_epsilon (bmi_at (HEARTH_SEX_FEMALE, 228, 0), 21.4269, 1e-9);
  g_assert_cmpfloat_with_epsilon (bmi_at (HEARTH_SEX_MALE, 0, 0), 13.4069, 1e-9);
  /* month 24: the 2-5 year (height) table, not the 0-2 (length) one */
  g_assert_cmpfloat_with_epsilon (bmi_at (HEARTH_SEX_MALE, 24, 0), 16.0189, 1e-9);
  g_assert_cmpfloat_with_epsilon (bmi_at (HEARTH_SEX_MALE, 23, 0), 15.7852, 1e-9);
}

/* The sentence beside the category: BMI to one decimal, z to two, the
 * percentile to one (beyond 0.1 and 99.9 only "below"/"above"), the source. */
static void
test_describe (void)
{
  HearthBmiForAge r;
  g_autofree char *s1 = NULL, *s2 = NULL, *s3 = NULL, *s4 = NULL;

  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_MALE, 61, 17.0, &r, NULL));
  s1 = hearth_bmi_for_age_describe (&r);
  g_assert_cmpstr (s1, ==, "BMI 17.0 at 61 months: z-score 1.23, percentile 89.1: Overweight "
                           "(WHO Growth Reference 2007).");
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 24, bmi_at (HEARTH_SEX_FEMALE, 24, -2.5), &r, NULL));
  s2 = hearth_bmi_for_age_describe (&r);
  g_assert_cmpstr (s2, ==, "BMI 12.8 at 24 months: z-score -2.50, percentile 0.6: Wasted "
                           "(WHO Child Growth Standards 2006).");
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 100, bmi_at (HEARTH_SEX_FEMALE, 100, -4), &r, NULL));
  s3 = hearth_bmi_for_age_describe (&r);
  g_assert_true (g_str_has_suffix (s3, ": z-score -4.00, percentile below 0.1: Severe thinness "
                                       "(WHO Growth Reference 2007)."));
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 100, bmi_at (HEARTH_SEX_FEMALE, 100, 3.5), &r, NULL));
  s4 = hearth_bmi_for_age_describe (&r);
  g_assert_true (g_str_has_suffix (s4, ": z-score 3.50, percentile above 99.9: Obesity "
                                       "(WHO Growth Reference 2007)."));
}

static void
test_percentiles (void)
{
  double curves[HEARTH_GROWTH_N_CURVES];
  g_autoptr(GError) error = NULL;

  g_assert_cmpfloat_with_epsilon (hearth_growth_percentile_from_z (0), 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (hearth_growth_percentile_from_z (1), 84.13, 0.005);
  g_assert_cmpfloat_with_epsilon (hearth_growth_percentile_from_z (-1), 15.87, 0.005);
  g_assert_cmpfloat_with_epsilon (hearth_growth_percentile_from_z (2), 97.72, 0.005);
  g_assert_cmpfloat_with_epsilon (hearth_growth_z_from_percentile (50), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hearth_growth_z_from_percentile (97), 1.8808, 0.0001);
  g_assert_cmpfloat_with_epsilon (hearth_growth_z_from_percentile (3), -1.8808, 0.0001);
  g_assert_cmpfloat_with_epsilon (hearth_growth_z_from_percentile (85), 1.0364, 0.0001);
  g_assert_true (isnan (hearth_growth_z_from_percentile (0)));
  g_assert_true (isnan (hearth_growth_z_from_percentile (100)));
  g_assert_true (isnan (hearth_growth_z_from_percentile (NAN)));

  /* the chart's curves: 3rd, 15th, 50th, 85th, 97th, rising, the 50th M */
  g_assert_true (hearth_growth_curves (HEARTH_SEX_FEMALE, 150, curves, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < HEARTH_GROWTH_N_CURVES; i++)
    {
      HearthBmiForAge r;

      g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 150, curves[i], &r, NULL));
      g_assert_cmpfloat_with_epsilon (r.percentile, hearth_growth_curve_percentiles[i], 1e-6);
      if (i > 0)
        g_assert_cmpfloat (curves[i], >, curves[i - 1]);
    }
  g_assert_cmpfloat_with_epsilon (curves[2], bmi_at (HEARTH_SEX_FEMALE, 150, 0), 1e-9);
}

/* A member: the age from the full birth date, the BMI as reported. */
static void
test_profile (void)
{
  g_autoptr(HearthProfile) child = hearth_profile_new ("Mia");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (14, G_DATE_MARCH, 2026);
  HearthBmiForAge r, expected;
  guint months = 0;

  /* only a birth year: no age in months */
  hearth_profile_set_birth (child, 2017, 0, 0);
  hearth_profile_set_sex (child, HEARTH_SEX_FEMALE);
  g_assert_false (hearth_growth_profile_age_months (child, day, &months, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_profile_bmi_for_age (child, 26, 128, day, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
  g_clear_error (&error);

  /* born 15 November 2017: 99 completed months on 14 March 2026, 100 the next day */
  hearth_profile_set_birth (child, 2017, 11, 15);
  g_assert_true (hearth_growth_profile_age_months (child, day, &months, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (months, ==, 99);
  g_date_add_days (day, 1);
  g_assert_true (hearth_growth_profile_age_months (child, day, &months, &error));
  g_assert_cmpuint (months, ==, 100);

  /* 26 kg at 128 cm: BMI 15.869 reported as 15.9, classified so */
  g_assert_true (hearth_growth_profile_bmi_for_age (child, 26, 128, day, &r, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 100, 15.9, &expected, NULL));
  g_assert_cmpfloat (r.bmi, ==, 15.9);
  g_assert_cmpuint (r.age_months, ==, 100);
  g_assert_cmpfloat (r.z, ==, expected.z);
  g_assert_cmpstr (r.id, ==, expected.id);

  /* no height, no sex */
  g_assert_false (hearth_growth_profile_bmi_for_age (child, 26, 0, day, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE);
  g_clear_error (&error);
  hearth_profile_set_sex (child, HEARTH_SEX_OTHER);
  g_assert_false (hearth_growth_profile_bmi_for_age (child, 26, 128, day, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_SEX);
}

static void
test_age_months (void)
{
  const struct { guint by, bm, bd, y, m, d, months; } cases[] = {
    { 2020, 3, 15, 2020, 3, 15, 0 },
    { 2020, 3, 15, 2020, 4, 14, 0 },
    { 2020, 3, 15, 2020, 4, 15, 1 },
    { 2020, 1, 31, 2020, 2, 28, 0 },   /* Jan 31 + 1 month is Feb 29 in 2020 */
    { 2020, 1, 31, 2020, 2, 29, 1 },
    { 2021, 1, 31, 2021, 2, 28, 1 },
    { 2020, 2, 29, 2021, 2, 28, 12 },
    { 2019, 12, 31, 2020, 1, 30, 0 },
    { 2010, 6, 10, 2029, 6, 9, 227 },
    { 2010, 6, 10, 2029, 6, 10, 228 },
    { 2010, 6, 10, 2060, 1, 1, 594 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate birth, day;
      guint months = 9999;

      g_date_set_dmy (&birth, (GDateDay) cases[i].bd, (GDateMonth) cases[i].bm, (GDateYear) cases[i].by);
      g_date_set_dmy (&day, (GDateDay) cases[i].d, (GDateMonth) cases[i].m, (GDateYear) cases[i].y);
      g_assert_true (hearth_growth_age_months (&birth, &day, &months, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (months, ==, cases[i].months);
    }
}

static void
check_refused (HearthSex   sex,
               guint       months,
               double      bmi,
               gint        code)
{
  g_autoptr(GError) error = NULL;
  HearthBmiForAge r;

  g_assert_false (hearth_growth_bmi_for_age (sex, months, bmi, &r, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_refusals (void)
{
  g_autoptr(GError) error = NULL;
  double out = 0;
  GDate birth, day;
  guint months = 0;

  check_refused (HEARTH_SEX_MALE, 229, 18, HEARTH_GROWTH_ERROR_AGE);
  check_refused (HEARTH_SEX_MALE, G_MAXUINT, 18, HEARTH_GROWTH_ERROR_AGE);
  check_refused (HEARTH_SEX_OTHER, 100, 18, HEARTH_GROWTH_ERROR_SEX);
  check_refused (HEARTH_SEX_UNSET, 100, 18, HEARTH_GROWTH_ERROR_SEX);
  check_refused (HEARTH_SEX_FEMALE, 100, NAN, HEARTH_GROWTH_ERROR_VALUE);
  check_refused (HEARTH_SEX_FEMALE, 100, INFINITY, HEARTH_GROWTH_ERROR_VALUE);
  check_refused (HEARTH_SEX_FEMALE, 100, -INFINITY, HEARTH_GROWTH_ERROR_VALUE);
  check_refused (HEARTH_SEX_FEMALE, 100, 0, HEARTH_GROWTH_ERROR_VALUE);
  check_refused (HEARTH_SEX_FEMALE, 100, -3, HEARTH_GROWTH_ERROR_VALUE);

  g_assert_false (hearth_growth_bmi_at_z (HEARTH_SEX_FEMALE, 100, NAN, &out, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_bmi_at_z (HEARTH_SEX_FEMALE, 100, 5.5, &out, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_bmi_at_z (HEARTH_SEX_FEMALE, 229, 0, &out, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_bmi_at_percentile (HEARTH_SEX_FEMALE, 100, 0, &out, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_bmi_at_percentile (HEARTH_SEX_FEMALE, 100, 100, &out, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (hearth_growth_bmi_at_percentile (HEARTH_SEX_OTHER, 100, 50, &out, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_SEX);
  g_clear_error (&error);

  g_date_set_dmy (&birth, 2, 5, 2020);
  g_date_set_dmy (&day, 1, 5, 2020);
  g_assert_false (hearth_growth_age_months (&birth, &day, &months, &error));
  g_assert_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/growth/sd-columns", test_sd_columns);
  g_test_add_func ("/hearth/growth/height-sd-columns", test_height_sd_columns);
  g_test_add_func ("/hearth/growth/weight-sd-columns", test_weight_sd_columns);
  g_test_add_func ("/hearth/growth/height-weight-known", test_height_weight_known);
  g_test_add_func ("/hearth/growth/restricted", test_restricted);
  g_test_add_func ("/hearth/growth/categories", test_categories);
  g_test_add_func ("/hearth/growth/known-value", test_known_value);
  g_test_add_func ("/hearth/growth/describe", test_describe);
  g_test_add_func ("/hearth/growth/percentiles", test_percentiles);
  g_test_add_func ("/hearth/growth/age-months", test_age_months);
  g_test_add_func ("/hearth/growth/profile", test_profile);
  g_test_add_func ("/hearth/growth/refusals", test_refusals);

  return g_test_run ();
}
