/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-classify"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-classify.h"
#include "hearth-reading.h"
#include "hearth-units.h"

#define ACC   HEARTH_BP_GUIDELINE_ACC_AHA_2017
#define ESH   HEARTH_BP_GUIDELINE_ESC_ESH_2018
#define ESC   HEARTH_BP_GUIDELINE_ESC_2024
#define CHINA HEARTH_BP_GUIDELINE_CHINA_2018

#define OFFICE FALSE
#define HOME   TRUE

#define ISO    TRUE   /* isolated systolic */
#define NO_ISO FALSE

/* Every guideline's categories, lowest first: the expected level of an id
 * is its index here. */
static const char * const bp_ids[][7] = {
  [HEARTH_BP_GUIDELINE_ACC_AHA_2017] = { "normal", "elevated", "stage-1", "stage-2", NULL },
  [HEARTH_BP_GUIDELINE_ESC_ESH_2018] = { "optimal", "normal", "high-normal", "grade-1", "grade-2",
                                         "grade-3", NULL },
  [HEARTH_BP_GUIDELINE_ESC_2024] = { "non-elevated", "elevated", "hypertension", NULL },
  [HEARTH_BP_GUIDELINE_CHINA_2018] = { "normal", "high-normal", "grade-1", "grade-2", "grade-3",
                                       NULL },
};

static guint
expected_level (HearthBpGuideline guideline,
                const char       *id)
{
  for (guint i = 0; bp_ids[guideline][i] != NULL; i++)
    {
      if (g_str_equal (bp_ids[guideline][i], id))
        return i;
    }

  g_error ("no category “%s” in guideline %d", id, guideline);
}

static guint
expected_n_levels (HearthBpGuideline guideline)
{
  return g_strv_length ((char **) bp_ids[guideline]);
}

static const struct {
  HearthBpGuideline guideline;
  gboolean home;
  double sys;
  double dia;
  const char *id;
  gboolean isolated;
} bp_cases[] = {
  /* ACC/AHA 2017, office */
  { ACC, OFFICE, 0, 0, "normal", NO_ISO },
  { ACC, OFFICE, 119, 79, "normal", NO_ISO },
  { ACC, OFFICE, 119.99, 79.99, "normal", NO_ISO },
  { ACC, OFFICE, 120, 79, "elevated", NO_ISO },
  { ACC, OFFICE, 129, 79, "elevated", NO_ISO },
  { ACC, OFFICE, 129.99, 79.99, "elevated", NO_ISO },
  { ACC, OFFICE, 130, 79, "stage-1", NO_ISO },
  { ACC, OFFICE, 119, 80, "stage-1", NO_ISO },
  { ACC, OFFICE, 125, 85, "stage-1", NO_ISO },     /* the higher of the two */
  { ACC, OFFICE, 139, 89, "stage-1", NO_ISO },
  { ACC, OFFICE, 139.99, 89.99, "stage-1", NO_ISO },
  { ACC, OFFICE, 134, 84, "stage-1", NO_ISO },
  { ACC, OFFICE, 135, 70, "stage-1", NO_ISO },     /* stage 2 only at home */
  { ACC, OFFICE, 110, 85, "stage-1", NO_ISO },
  { ACC, OFFICE, 140, 70, "stage-2", NO_ISO },     /* no isolated flag in ACC/AHA */
  { ACC, OFFICE, 100, 90, "stage-2", NO_ISO },
  { ACC, OFFICE, 140, 90, "stage-2", NO_ISO },
  { ACC, OFFICE, 115, 95, "stage-2", NO_ISO },
  { ACC, OFFICE, 200, 130, "stage-2", NO_ISO },
  /* ACC/AHA 2017, home: 135/85 is office 140/90 */
  { ACC, HOME, 119, 79, "normal", NO_ISO },
  { ACC, HOME, 120, 79, "elevated", NO_ISO },
  { ACC, HOME, 129, 79, "elevated", NO_ISO },
  { ACC, HOME, 130, 79, "stage-1", NO_ISO },
  { ACC, HOME, 119, 80, "stage-1", NO_ISO },
  { ACC, HOME, 134, 84, "stage-1", NO_ISO },
  { ACC, HOME, 134.99, 84.99, "stage-1", NO_ISO },
  { ACC, HOME, 125, 82, "stage-1", NO_ISO },
  { ACC, HOME, 135, 70, "stage-2", NO_ISO },
  { ACC, HOME, 110, 85, "stage-2", NO_ISO },
  { ACC, HOME, 139, 89, "stage-2", NO_ISO },
  { ACC, HOME, 125, 86, "stage-2", NO_ISO },
  /* ESC/ESH 2018, office */
  { ESH, OFFICE, 119, 79, "optimal", NO_ISO },
  { ESH, OFFICE, 119.99, 79.99, "optimal", NO_ISO },
  { ESH, OFFICE, 120, 79, "normal", NO_ISO },
  { ESH, OFFICE, 119, 80, "normal", NO_ISO },
  { ESH, OFFICE, 129, 84, "normal", NO_ISO },
  { ESH, OFFICE, 130, 84, "high-normal", NO_ISO },
  { ESH, OFFICE, 129, 85, "high-normal", NO_ISO },
  { ESH, OFFICE, 139, 89, "high-normal", NO_ISO },
  { ESH, OFFICE, 135, 70, "high-normal", NO_ISO },
  { ESH, OFFICE, 110, 85, "high-normal", NO_ISO },
  { ESH, OFFICE, 140, 89, "grade-1", ISO },
  { ESH, OFFICE, 140, 70, "grade-1", ISO },
  { ESH, OFFICE, 139, 90, "grade-1", NO_ISO },
  { ESH, OFFICE, 140, 90, "grade-1", NO_ISO },
  { ESH, OFFICE, 159, 99, "grade-1", NO_ISO },
  { ESH, OFFICE, 159.99, 89.99, "grade-1", ISO },
  { ESH, OFFICE, 160, 89, "grade-2", ISO },
  { ESH, OFFICE, 159, 100, "grade-2", NO_ISO },
  { ESH, OFFICE, 125, 100, "grade-2", NO_ISO },   /* the higher of the two */
  { ESH, OFFICE, 179, 109, "grade-2", NO_ISO },
  { ESH, OFFICE, 180, 80, "grade-3", ISO },
  { ESH, OFFICE, 179, 110, "grade-3", NO_ISO },
  { ESH, OFFICE, 150, 115, "grade-3", NO_ISO },
  { ESH, OFFICE, 200, 95, "grade-3", NO_ISO },
  /* ESC/ESH 2018, home: hypertension at 135 and/or 85 */
  { ESH, HOME, 119, 79, "optimal", NO_ISO },
  { ESH, HOME, 129, 84, "normal", NO_ISO },
  { ESH, HOME, 130, 84, "high-normal", NO_ISO },
  { ESH, HOME, 134, 84, "high-normal", NO_ISO },
  { ESH, HOME, 134.99, 84.99, "high-normal", NO_ISO },
  { ESH, HOME, 135, 70, "grade-1", ISO },
  { ESH, HOME, 135, 84.99, "grade-1", ISO },
  { ESH, HOME, 139, 84, "grade-1", ISO },
  { ESH, HOME, 110, 85, "grade-1", NO_ISO },
  { ESH, HOME, 135, 85, "grade-1", NO_ISO },
  { ESH, HOME, 159, 99, "grade-1", NO_ISO },
  { ESH, HOME, 165, 80, "grade-2", ISO },         /* office grades above still apply */
  { ESH, HOME, 150, 100, "grade-2", NO_ISO },
  { ESH, HOME, 185, 90, "grade-3", NO_ISO },
  { ESH, HOME, 185, 80, "grade-3", ISO },
  /* ESC 2024, office */
  { ESC, OFFICE, 119, 69, "non-elevated", NO_ISO },
  { ESC, OFFICE, 119.99, 69.99, "non-elevated", NO_ISO },
  { ESC, OFFICE, 120, 69, "elevated", NO_ISO },
  { ESC, OFFICE, 119, 70, "elevated", NO_ISO },
  { ESC, OFFICE, 139, 89, "elevated", NO_ISO },
  { ESC, OFFICE, 135, 85, "elevated", NO_ISO },
  { ESC, OFFICE, 140, 60, "hypertension", NO_ISO },
  { ESC, OFFICE, 110, 90, "hypertension", NO_ISO },
  { ESC, OFFICE, 185, 80, "hypertension", NO_ISO },
  /* ESC 2024, home (HBPM): non-elevated <120 and <70, elevated 120–134 or
   * 70–84, hypertension ≥135 or ≥85; every boundary from both sides. */
  { ESC, HOME, 119, 69, "non-elevated", NO_ISO },
  { ESC, HOME, 119.99, 69.99, "non-elevated", NO_ISO },
  { ESC, HOME, 120, 69, "elevated", NO_ISO },
  { ESC, HOME, 119, 70, "elevated", NO_ISO },
  { ESC, HOME, 134, 84, "elevated", NO_ISO },
  { ESC, HOME, 134.99, 84.99, "elevated", NO_ISO },
  { ESC, HOME, 135, 84, "hypertension", NO_ISO },
  { ESC, HOME, 134, 85, "hypertension", NO_ISO },
  { ESC, HOME, 137, 86, "hypertension", NO_ISO },
  { ESC, HOME, 135, 60, "hypertension", NO_ISO },
  { ESC, HOME, 110, 85, "hypertension", NO_ISO },
  { ESC, HOME, 139, 89, "hypertension", NO_ISO },
  { ESC, HOME, 185, 80, "hypertension", NO_ISO },
  /* China 2018, office */
  { CHINA, OFFICE, 119, 79, "normal", NO_ISO },
  { CHINA, OFFICE, 119.99, 79.99, "normal", NO_ISO },
  { CHINA, OFFICE, 120, 79, "high-normal", NO_ISO },
  { CHINA, OFFICE, 119, 80, "high-normal", NO_ISO },
  { CHINA, OFFICE, 139, 89, "high-normal", NO_ISO },
  { CHINA, OFFICE, 135, 85, "high-normal", NO_ISO },
  { CHINA, OFFICE, 140, 89, "grade-1", ISO },
  { CHINA, OFFICE, 139, 90, "grade-1", NO_ISO },
  { CHINA, OFFICE, 159, 99, "grade-1", NO_ISO },
  { CHINA, OFFICE, 160, 99, "grade-2", NO_ISO },
  { CHINA, OFFICE, 159, 100, "grade-2", NO_ISO },
  { CHINA, OFFICE, 165, 80, "grade-2", ISO },
  { CHINA, OFFICE, 179, 109, "grade-2", NO_ISO },
  { CHINA, OFFICE, 180, 109, "grade-3", NO_ISO },
  { CHINA, OFFICE, 180, 70, "grade-3", ISO },
  { CHINA, OFFICE, 120, 110, "grade-3", NO_ISO },
  /* China 2018, home: hypertension at 135/85 */
  { CHINA, HOME, 119, 79, "normal", NO_ISO },
  { CHINA, HOME, 134, 84, "high-normal", NO_ISO },
  { CHINA, HOME, 134.99, 84.99, "high-normal", NO_ISO },
  { CHINA, HOME, 135, 70, "grade-1", ISO },
  { CHINA, HOME, 110, 85, "grade-1", NO_ISO },
  { CHINA, HOME, 139, 84, "grade-1", ISO },
  { CHINA, HOME, 165, 80, "grade-2", ISO },
  { CHINA, HOME, 165, 88, "grade-2", NO_ISO },
  { CHINA, HOME, 150, 112, "grade-3", NO_ISO },
};

static void
test_classify_bp (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bp_cases); i++)
    {
      HearthBpClass klass;

      hearth_classify_bp (bp_cases[i].guideline, bp_cases[i].home,
                          bp_cases[i].sys, bp_cases[i].dia, &klass);

      if (g_strcmp0 (klass.id, bp_cases[i].id) != 0 ||
          klass.isolated_systolic != bp_cases[i].isolated)
        g_error ("case %u: %s %s %g/%g is %s%s, expected %s%s", i,
                 hearth_bp_guideline_to_string (bp_cases[i].guideline),
                 bp_cases[i].home ? "home" : "office", bp_cases[i].sys, bp_cases[i].dia,
                 klass.id, klass.isolated_systolic ? " (isolated systolic)" : "",
                 bp_cases[i].id, bp_cases[i].isolated ? " (isolated systolic)" : "");

      g_assert_cmpint (klass.guideline, ==, bp_cases[i].guideline);
      g_assert_cmpuint (klass.level, ==, expected_level (bp_cases[i].guideline, bp_cases[i].id));
      g_assert_cmpuint (klass.n_levels, ==, expected_n_levels (bp_cases[i].guideline));
      g_assert_cmpint (klass.home, ==, bp_cases[i].home);
      g_assert_nonnull (klass.label);
    }
}

/* Values from kPa are compared as they are, not rounded to mmHg. */
static void
test_classify_bp_unrounded (void)
{
  HearthBpClass klass;

  /* 16.0 kPa is 120.01 mmHg: over the line. */
  hearth_classify_bp (ACC, FALSE, hearth_units_kpa_to_mmhg (16.0), 70, &klass);
  g_assert_cmpstr (klass.id, ==, "elevated");
  /* 15.9 kPa is 119.26 mmHg. */
  hearth_classify_bp (ACC, FALSE, hearth_units_kpa_to_mmhg (15.9), 70, &klass);
  g_assert_cmpstr (klass.id, ==, "normal");
  /* Just under a threshold is not rounded up into it. */
  hearth_classify_bp (ESH, FALSE, nextafter (140.0, 0), 70, &klass);
  g_assert_cmpstr (klass.id, ==, "high-normal");
  g_assert_false (klass.isolated_systolic);
  hearth_classify_bp (ESH, FALSE, 140.0, nextafter (90.0, 0), &klass);
  g_assert_cmpstr (klass.id, ==, "grade-1");
  g_assert_true (klass.isolated_systolic);
}

static void
test_classify_bp_flags (void)
{
  static const struct {
    double sys;
    double dia;
    gboolean severe;
    gboolean low;
  } cases[] = {
    { 120, 80, FALSE, FALSE },
    { 180, 120, FALSE, FALSE },  /* severe is above, not at */
    { 180, 80, FALSE, FALSE },
    { 181, 80, TRUE, FALSE },
    { 180.01, 80, TRUE, FALSE },
    { 120, 121, TRUE, FALSE },
    { 120, 120.01, TRUE, FALSE },
    { 200, 130, TRUE, FALSE },
    { 90, 60, FALSE, FALSE },    /* low is below, not at */
    { 89, 70, FALSE, TRUE },
    { 89.99, 60, FALSE, TRUE },
    { 100, 59, FALSE, TRUE },
    { 100, 59.99, FALSE, TRUE },
    { 85, 55, FALSE, TRUE },
    { 190, 55, TRUE, TRUE },     /* both can hold */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      for (HearthBpGuideline g = ACC; g <= CHINA; g++)
        {
          for (int home = FALSE; home <= TRUE; home++)
            {
              HearthBpClass klass;

              hearth_classify_bp (g, home, cases[i].sys, cases[i].dia, &klass);
              if (klass.severe != cases[i].severe || klass.low != cases[i].low)
                g_error ("case %u: %s %g/%g: severe %d low %d", i,
                         hearth_bp_guideline_to_string (g), cases[i].sys, cases[i].dia,
                         klass.severe, klass.low);
            }
        }
    }
}

static void
test_classify_bp_home_thresholds (void)
{
  HearthBpClass klass;

  g_assert_true (hearth_bp_guideline_has_home_thresholds (ACC));
  g_assert_true (hearth_bp_guideline_has_home_thresholds (ESH));
  g_assert_true (hearth_bp_guideline_has_home_thresholds (ESC));
  g_assert_true (hearth_bp_guideline_has_home_thresholds (CHINA));

  /* The reading: 137/86 at home is hypertension by ESC 2024. */
  hearth_classify_bp (ESC, TRUE, 137, 86, &klass);
  g_assert_true (klass.home);
  g_assert_cmpstr (klass.id, ==, "hypertension");
  hearth_classify_bp (ESC, FALSE, 137, 86, &klass);
  g_assert_false (klass.home);
  g_assert_cmpstr (klass.id, ==, "elevated");
  hearth_classify_bp (ACC, TRUE, 137, 80, &klass);
  g_assert_true (klass.home);
  g_assert_cmpstr (klass.id, ==, "stage-2");
  hearth_classify_bp (ACC, FALSE, 137, 80, &klass);
  g_assert_false (klass.home);
  g_assert_cmpstr (klass.id, ==, "stage-1");
}

static void
test_classify_bp_labels (void)
{
  static const struct {
    HearthBpGuideline guideline;
    double sys;
    double dia;
    const char *label;
  } cases[] = {
    { ACC, 110, 70, "Normal" },
    { ACC, 125, 70, "Elevated" },
    { ACC, 135, 70, "Stage 1 hypertension" },
    { ACC, 145, 70, "Stage 2 hypertension" },
    { ESH, 110, 70, "Optimal" },
    { ESH, 125, 70, "Normal" },
    { ESH, 135, 70, "High normal" },
    { ESH, 145, 70, "Grade 1 hypertension" },
    { ESH, 165, 70, "Grade 2 hypertension" },
    { ESH, 185, 70, "Grade 3 hypertension" },
    { ESC, 110, 60, "Non-elevated" },
    { ESC, 125, 60, "Elevated" },
    { ESC, 145, 60, "Hypertension" },
    { CHINA, 110, 70, "Normal" },
    { CHINA, 125, 70, "High normal" },
    { CHINA, 145, 70, "Grade 1 hypertension" },
    { CHINA, 165, 70, "Grade 2 hypertension" },
    { CHINA, 185, 70, "Grade 3 hypertension" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBpClass klass;

      hearth_classify_bp (cases[i].guideline, FALSE, cases[i].sys, cases[i].dia, &klass);
      g_assert_cmpstr (klass.label, ==, cases[i].label);
    }
}

static void
test_classify_bp_describe (void)
{
  static const struct {
    HearthBpGuideline guideline;
    gboolean home;
    double sys;
    double dia;
    const char *text;
  } cases[] = {
    { ACC, TRUE, 130, 79, "Stage 1 hypertension by ACC/AHA 2017 (home thresholds)." },
    { ACC, FALSE, 130, 79, "Stage 1 hypertension by ACC/AHA 2017 (office thresholds)." },
    { ESH, FALSE, 150, 80,
      "Grade 1 hypertension by ESC/ESH 2018 (office thresholds). "
      "Isolated systolic hypertension, graded by the systolic value." },
    { ESH, TRUE, 165, 80,
      "Grade 2 hypertension by ESC/ESH 2018 (home thresholds). "
      "Isolated systolic hypertension, graded by the systolic value." },
    { ESH, TRUE, 110, 70, "Optimal by ESC/ESH 2018 (home thresholds)." },
    { ESC, TRUE, 130, 80, "Elevated by ESC 2024 (home thresholds)." },
    { ESC, TRUE, 135, 80, "Hypertension by ESC 2024 (home thresholds)." },
    { ESC, FALSE, 135, 80, "Elevated by ESC 2024 (office thresholds)." },
    { ESC, FALSE, 150, 80, "Hypertension by ESC 2024 (office thresholds)." },
    { CHINA, FALSE, 125, 70, "High normal by China 2018 (office thresholds)." },
    { CHINA, TRUE, 150, 95, "Grade 1 hypertension by China 2018 (home thresholds)." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBpClass klass;
      g_autofree char *text = NULL;

      hearth_classify_bp (cases[i].guideline, cases[i].home, cases[i].sys, cases[i].dia, &klass);
      text = hearth_bp_class_describe (&klass);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_classify_bp_guidelines (void)
{
  static const struct {
    HearthBpGuideline guideline;
    const char *id;
    const char *name;
  } cases[] = {
    { ACC, "acc-aha-2017", "ACC/AHA 2017" },
    { ESH, "esc-esh-2018", "ESC/ESH 2018" },
    { ESC, "esc-2024", "ESC 2024" },
    { CHINA, "china-2018", "China 2018" },
  };
  static const char *unknown[] = { "", "ACC-AHA-2017", "acc-aha", "esc", "who", "china" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBpGuideline back = (HearthBpGuideline) -1;

      g_assert_cmpstr (hearth_bp_guideline_to_string (cases[i].guideline), ==, cases[i].id);
      g_assert_cmpstr (hearth_bp_guideline_get_name (cases[i].guideline), ==, cases[i].name);
      g_assert_true (hearth_bp_guideline_from_string (cases[i].id, &back));
      g_assert_cmpint (back, ==, cases[i].guideline);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      HearthBpGuideline back = ESH;

      g_assert_false (hearth_bp_guideline_from_string (unknown[i], &back));
      g_assert_cmpint (back, ==, ESH);
    }

  {
    HearthBpGuideline back = ESH;

    g_assert_false (hearth_bp_guideline_from_string (NULL, &back));
  }
}

static void
test_classify_bp_invalid (void)
{
  HearthBpClass klass;

  g_test_expect_message ("hearth-classify", G_LOG_LEVEL_CRITICAL, "*isfinite*");
  hearth_classify_bp (ACC, FALSE, NAN, 80, &klass);
  g_test_assert_expected_messages ();
  g_assert_null (klass.id);

  g_test_expect_message ("hearth-classify", G_LOG_LEVEL_CRITICAL, "*guideline*");
  hearth_classify_bp ((HearthBpGuideline) 17, FALSE, 120, 80, &klass);
  g_test_assert_expected_messages ();
  g_assert_null (klass.id);
}

/* A pair that cannot be a blood pressure is refused before any category:
 * the diastolic must be under the systolic, each within the limits a
 * reading is logged with; the error names the field. */
static void
test_classify_bp_validate (void)
{
  static const struct {
    double sys;
    double dia;
    int code;               /* -1: valid */
    const char *message;
  } cases[] = {
    { 120, 80, -1, NULL },
    { 85, 55, -1, NULL },                             /* low, but a real reading */
    { HEARTH_SYSTOLIC_MIN, HEARTH_DIASTOLIC_MIN, -1, NULL },
    { HEARTH_SYSTOLIC_MAX, HEARTH_DIASTOLIC_MAX, -1, NULL },
    { 121, 120, -1, NULL },
    { 80, 120, HEARTH_VALIDATION_ERROR_DIASTOLIC, "The diastolic value must be lower than the systolic" },
    { 120, 120, HEARTH_VALIDATION_ERROR_DIASTOLIC, "The diastolic value must be lower than the systolic" },
    { 120, 120.5, HEARTH_VALIDATION_ERROR_DIASTOLIC, "The diastolic value must be lower than the systolic" },
    { HEARTH_SYSTOLIC_MIN - 1, 40, HEARTH_VALIDATION_ERROR_SYSTOLIC, "The systolic value must be between 50 and 300 mmHg" },
    { HEARTH_SYSTOLIC_MAX + 1, 80, HEARTH_VALIDATION_ERROR_SYSTOLIC, "The systolic value must be between 50 and 300 mmHg" },
    { 120, HEARTH_DIASTOLIC_MIN - 1, HEARTH_VALIDATION_ERROR_DIASTOLIC, "The diastolic value must be between 30 and 200 mmHg" },
    { NAN, 80, HEARTH_VALIDATION_ERROR_SYSTOLIC, "The systolic value must be between 50 and 300 mmHg" },
    { 120, INFINITY, HEARTH_VALIDATION_ERROR_DIASTOLIC, "The diastolic value must be between 30 and 200 mmHg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = hearth_classify_bp_validate (cases[i].sys, cases[i].dia, &error);

      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, HEARTH_VALIDATION_ERROR, cases[i].code);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }
}

/* BMI */

#define WHO_CUTOFFS   HEARTH_BMI_CUTOFFS_WHO
#define CHINA_CUTOFFS HEARTH_BMI_CUTOFFS_CHINA

static void
test_classify_bmi (void)
{
  /* At 200 cm, BMI = kg / 4 exactly. */
  static const struct {
    HearthBmiCutoffs cutoffs;
    double kg;
    double cm;
    int age;
    const char *id;
    guint level;
  } cases[] = {
    { WHO_CUTOFFS, 40.0, 200, 40, "underweight-severe", 0 },
    { WHO_CUTOFFS, 63.76, 200, 40, "underweight-severe", 0 },     /* 15.94: 15.9 */
    { WHO_CUTOFFS, 64.0, 200, 40, "underweight-moderate", 1 },    /* 16 */
    { WHO_CUTOFFS, 67.76, 200, 40, "underweight-moderate", 1 },   /* 16.94: 16.9 */
    { WHO_CUTOFFS, 68.0, 200, 40, "underweight-mild", 2 },        /* 17 */
    { WHO_CUTOFFS, 73.76, 200, 40, "underweight-mild", 2 },       /* 18.44: 18.4 */
    { WHO_CUTOFFS, 74.0, 200, 40, "normal", 3 },                  /* 18.5 */
    { WHO_CUTOFFS, 99.76, 200, 40, "normal", 3 },                 /* 24.94: 24.9 */
    { WHO_CUTOFFS, 100.0, 200, 40, "pre-obese", 4 },              /* 25 */
    { WHO_CUTOFFS, 119.76, 200, 40, "pre-obese", 4 },             /* 29.94: 29.9 */
    { WHO_CUTOFFS, 120.0, 200, 40, "obese-1", 5 },                /* 30 */
    { WHO_CUTOFFS, 139.76, 200, 40, "obese-1", 5 },               /* 34.94: 34.9 */
    { WHO_CUTOFFS, 140.0, 200, 40, "obese-2", 6 },                /* 35 */
    { WHO_CUTOFFS, 159.76, 200, 40, "obese-2", 6 },               /* 39.94: 39.9 */
    { WHO_CUTOFFS, 160.0, 200, 40, "obese-3", 7 },                /* 40 */
    { WHO_CUTOFFS, 250.0, 200, 40, "obese-3", 7 },
    { CHINA_CUTOFFS, 40.0, 200, 40, "underweight", 0 },
    { CHINA_CUTOFFS, 73.76, 200, 40, "underweight", 0 },          /* 18.44: 18.4 */
    { CHINA_CUTOFFS, 74.0, 200, 40, "normal", 1 },                /* 18.5 */
    { CHINA_CUTOFFS, 95.76, 200, 40, "normal", 1 },               /* 23.94: 23.9 */
    { CHINA_CUTOFFS, 96.0, 200, 40, "overweight", 2 },            /* 24 */
    { CHINA_CUTOFFS, 111.76, 200, 40, "overweight", 2 },          /* 27.94: 27.9 */
    { CHINA_CUTOFFS, 112.0, 200, 40, "obese", 3 },                /* 28 */
    { CHINA_CUTOFFS, 150.0, 200, 40, "obese", 3 },
    /* Real heights: a BMI on a cutoff is not nudged under it. */
    { WHO_CUTOFFS, 72.25, 170, 40, "pre-obese", 4 },              /* 25 */
    { CHINA_CUTOFFS, 72.25, 170, 40, "overweight", 2 },
    { WHO_CUTOFFS, 64.0, 160, 40, "pre-obese", 4 },               /* 25 */
    { CHINA_CUTOFFS, 61.44, 160, 40, "overweight", 2 },           /* 24 */
    { WHO_CUTOFFS, 73.96, 172, 40, "pre-obese", 4 },              /* 25, computes a hair under */
    { WHO_CUTOFFS, 50.41, 142, 40, "pre-obese", 4 },              /* 25, likewise */
    { WHO_CUTOFFS, 73.96, 215, 40, "underweight-moderate", 1 },   /* 16, likewise */
    { WHO_CUTOFFS, 73.95, 172, 40, "pre-obese", 4 },              /* 24.997: 25.0 */
    { WHO_CUTOFFS, 73.80, 172, 40, "normal", 3 },                 /* 24.946: 24.9 */
    { CHINA_CUTOFFS, 69.36, 170, 40, "overweight", 2 },           /* 24 */
    { WHO_CUTOFFS, 70.0, 175, 40, "normal", 3 },                  /* 22.86 */
    { CHINA_CUTOFFS, 74.0, 175, 40, "overweight", 2 },            /* 24.16 */
    /* Age: under 18 no adult category; unknown counts as adult. */
    { WHO_CUTOFFS, 100.0, 200, 17, "none", 0 },
    { WHO_CUTOFFS, 30.0, 140, 10, "none", 0 },
    { WHO_CUTOFFS, 4.0, 50, 0, "none", 0 },
    { CHINA_CUTOFFS, 100.0, 200, 17, "none", 0 },
    { WHO_CUTOFFS, 100.0, 200, 18, "pre-obese", 4 },
    { CHINA_CUTOFFS, 100.0, 200, 18, "overweight", 2 },
    { WHO_CUTOFFS, 100.0, 200, -1, "pre-obese", 4 },
    { CHINA_CUTOFFS, 100.0, 200, -1, "overweight", 2 },
    { WHO_CUTOFFS, 100.0, 200, 95, "pre-obese", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBmiClass klass;
      gboolean none = g_str_equal (cases[i].id, "none");

      g_assert_true (hearth_classify_bmi (cases[i].cutoffs, cases[i].kg, cases[i].cm,
                                          cases[i].age, &klass));
      if (g_strcmp0 (klass.id, cases[i].id) != 0)
        g_error ("case %u: %g kg %g cm age %d (BMI %.17g) is %s, expected %s", i,
                 cases[i].kg, cases[i].cm, cases[i].age, klass.bmi, klass.id, cases[i].id);
      g_assert_cmpuint (klass.level, ==, cases[i].level);
      g_assert_cmpint (klass.none, ==, none);
      g_assert_cmpint (klass.cutoffs, ==, cases[i].cutoffs);
      g_assert_cmpfloat_with_epsilon (klass.bmi_unrounded,
                                      cases[i].kg / (cases[i].cm / 100.0 * cases[i].cm / 100.0),
                                      1e-9);
      /* bmi is the value as reported, to one decimal. */
      g_assert_cmpfloat (klass.bmi, ==, round (klass.bmi_unrounded * 10) / 10);
      g_assert_nonnull (klass.label);
      if (none)
        g_assert_cmpstr (klass.label, ==, "No adult category under 18");
    }
}

static void
test_classify_bmi_labels (void)
{
  static const struct {
    HearthBmiCutoffs cutoffs;
    double bmi;
    const char *label;
  } cases[] = {
    { WHO_CUTOFFS, 15, "Severely underweight" },
    { WHO_CUTOFFS, 16.5, "Moderately underweight" },
    { WHO_CUTOFFS, 18, "Mildly underweight" },
    { WHO_CUTOFFS, 22, "Normal" },
    { WHO_CUTOFFS, 27, "Pre-obese" },
    { WHO_CUTOFFS, 32, "Obese class I" },
    { WHO_CUTOFFS, 37, "Obese class II" },
    { WHO_CUTOFFS, 42, "Obese class III" },
    { CHINA_CUTOFFS, 17, "Underweight" },
    { CHINA_CUTOFFS, 22, "Normal" },
    { CHINA_CUTOFFS, 26, "Overweight" },
    { CHINA_CUTOFFS, 30, "Obese" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBmiClass klass;

      /* At 100 cm, BMI = kg. */
      g_assert_true (hearth_classify_bmi (cases[i].cutoffs, cases[i].bmi, 100, 30, &klass));
      g_assert_cmpstr (klass.label, ==, cases[i].label);
    }
}

static void
test_classify_bmi_invalid (void)
{
  static const struct {
    double kg;
    double cm;
  } cases[] = {
    { 0, 170 }, { 70, 0 }, { -70, 170 }, { 70, -170 }, { NAN, 170 }, { 70, NAN },
    { INFINITY, 170 }, { 70, INFINITY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBmiClass klass;

      g_assert_false (hearth_classify_bmi (WHO_CUTOFFS, cases[i].kg, cases[i].cm, 40, &klass));
      g_assert_null (klass.id);
    }
}

static void
test_classify_bmi_describe (void)
{
  HearthBmiClass klass;
  g_autofree char *adult = NULL;
  g_autofree char *china = NULL;
  g_autofree char *child = NULL;

  g_assert_true (hearth_classify_bmi (WHO_CUTOFFS, 70, 175, 40, &klass));
  adult = hearth_bmi_class_describe (&klass);
  g_assert_cmpstr (adult, ==, "BMI 22.9: Normal (WHO).");

  g_assert_true (hearth_classify_bmi (CHINA_CUTOFFS, 74, 175, 40, &klass));
  china = hearth_bmi_class_describe (&klass);
  g_assert_cmpstr (china, ==, "BMI 24.2: Overweight (China (WS/T 428-2013)).");

  g_assert_true (hearth_classify_bmi (WHO_CUTOFFS, 40, 150, 12, &klass));
  child = hearth_bmi_class_describe (&klass);
  g_assert_cmpstr (child, ==, "BMI 17.8: no adult category under 18.");
}

static void
test_classify_bmi_cutoffs (void)
{
  HearthBmiCutoffs back = CHINA_CUTOFFS;

  g_assert_cmpstr (hearth_bmi_cutoffs_to_string (WHO_CUTOFFS), ==, "who");
  g_assert_cmpstr (hearth_bmi_cutoffs_to_string (CHINA_CUTOFFS), ==, "china");
  g_assert_cmpstr (hearth_bmi_cutoffs_get_name (WHO_CUTOFFS), ==, "WHO");
  g_assert_cmpstr (hearth_bmi_cutoffs_get_name (CHINA_CUTOFFS), ==, "China (WS/T 428-2013)");

  g_assert_true (hearth_bmi_cutoffs_from_string ("who", &back));
  g_assert_cmpint (back, ==, WHO_CUTOFFS);
  g_assert_true (hearth_bmi_cutoffs_from_string ("china", &back));
  g_assert_cmpint (back, ==, CHINA_CUTOFFS);

  g_assert_false (hearth_bmi_cutoffs_from_string ("WHO", &back));
  g_assert_false (hearth_bmi_cutoffs_from_string ("", &back));
  g_assert_false (hearth_bmi_cutoffs_from_string ("asia", &back));
  g_assert_false (hearth_bmi_cutoffs_from_string (NULL, &back));
  g_assert_cmpint (back, ==, CHINA_CUTOFFS);
}

/* Glucose */

#define ADA HEARTH_GLUCOSE_GUIDELINE_ADA
#define WHO HEARTH_GLUCOSE_GUIDELINE_WHO
#define MMOL HEARTH_GLUCOSE_UNIT_MMOL_L
#define MGDL HEARTH_GLUCOSE_UNIT_MG_DL

static void
test_classify_glucose (void)
{
  static const struct {
    HearthGlucoseGuideline guideline;
    HearthGlucoseContext context;
    double value;        /* in @unit */
    HearthGlucoseUnit unit;
    const char *id;
    guint hypo;
  } cases[] = {
    /* ADA fasting: <5.6, 5.6–6.9, ≥7.0 (mmol/L); 100, 126 (mg/dL). */
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 5.5, MMOL, "normal", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 5.6, MMOL, "prediabetes", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 6.9, MMOL, "prediabetes", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 7.0, MMOL, "diabetes", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 3.9, MMOL, "normal", 0 },
    /* Compared as shown: 5.55 shows as 5.6, 5.549 as 5.5. */
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 5.55, MMOL, "prediabetes", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 5.549, MMOL, "normal", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 99, MGDL, "normal", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 100, MGDL, "prediabetes", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 125, MGDL, "prediabetes", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 126, MGDL, "diabetes", 0 },
    /* ADA 2 h after a load (Hearth: after a meal): <7.8, 7.8–11.0, ≥11.1. */
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 7.7, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 7.8, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 11.0, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 11.1, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 139, MGDL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 140, MGDL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 199, MGDL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 200, MGDL, "none", 0 },
    /* WHO fasting: <6.1, 6.1–6.9 impaired fasting glucose, ≥7.0. */
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 5.6, MMOL, "normal", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 6.0, MMOL, "normal", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 6.1, MMOL, "impaired-fasting", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 6.9, MMOL, "impaired-fasting", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 7.0, MMOL, "diabetes", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 109, MGDL, "normal", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 110, MGDL, "impaired-fasting", 0 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 126, MGDL, "diabetes", 0 },
    /* No category: WHO after a meal, and every other context. */
    { WHO, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 12.0, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL, 12.0, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_BEDTIME, 8.0, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 15.0, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_UNSET, 5.0, MMOL, "none", 0 },
    /* Low, any context, winning over the category: <3.9 level 1, <3.0 level 2. */
    { ADA, HEARTH_GLUCOSE_CONTEXT_UNSET, 3.9, MMOL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_UNSET, 3.8, MMOL, "hypo-1", 1 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 3.8, MMOL, "hypo-1", 1 },
    { WHO, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 3.0, MMOL, "hypo-1", 1 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_BEDTIME, 2.9, MMOL, "hypo-2", 2 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 1.2, MMOL, "hypo-2", 2 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 70, MGDL, "none", 0 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 69, MGDL, "hypo-1", 1 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 54, MGDL, "hypo-1", 1 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 53, MGDL, "hypo-2", 2 },
    /* 2.99 shows as 3.0: level 1, as on screen; 2.94 shows as 2.9. */
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 2.99, MMOL, "hypo-1", 1 },
    { ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM, 2.94, MMOL, "hypo-2", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthGlucoseClass klass;
      double mmol = cases[i].unit == MGDL ? hearth_units_mgdl_to_mmoll (cases[i].value) : cases[i].value;

      g_assert_true (hearth_classify_glucose (cases[i].guideline, cases[i].context, mmol,
                                              cases[i].unit, &klass));
      if (g_strcmp0 (klass.id, cases[i].id) != 0)
        g_error ("case %u: %g %s (%s, context %d) is %s, expected %s", i, cases[i].value,
                 cases[i].unit == MGDL ? "mg/dL" : "mmol/L",
                 hearth_glucose_guideline_to_string (cases[i].guideline), cases[i].context,
                 klass.id, cases[i].id);
      g_assert_cmpuint (klass.hypo_level, ==, cases[i].hypo);
      g_assert_cmpint (klass.alert, ==, cases[i].hypo == 2);
      g_assert_cmpint (klass.guideline, ==, cases[i].guideline);
      g_assert_cmpint (klass.context, ==, cases[i].context);
      g_assert_cmpfloat (klass.mmol_l, ==, mmol);
      g_assert_nonnull (klass.label);
    }
}

static void
test_classify_glucose_describe (void)
{
  HearthGlucoseClass klass;
  g_autofree char *prediabetes = NULL;
  g_autofree char *after = NULL;
  g_autofree char *ifg = NULL;
  g_autofree char *none = NULL;
  g_autofree char *hypo1 = NULL;
  g_autofree char *hypo2 = NULL;

  hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 6.0, MMOL, &klass);
  g_assert_cmpstr (klass.label, ==, "Prediabetes range");
  prediabetes = hearth_glucose_class_describe (&klass);
  g_assert_cmpstr (prediabetes, ==, "Prediabetes range by ADA (fasting thresholds).");

  hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL, 12.0, MMOL, &klass);
  after = hearth_glucose_class_describe (&klass);
  /* A meal is not a glucose tolerance test: no category, however high. */
  g_assert_cmpstr (klass.id, ==, "none");
  g_assert_cmpstr (after, ==, "ADA gives no category for this context: only fasting readings are categorised. Not in the low range.");

  hearth_classify_glucose (WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 6.5, MMOL, &klass);
  ifg = hearth_glucose_class_describe (&klass);
  g_assert_cmpstr (ifg, ==, "Impaired fasting glucose by WHO (fasting thresholds).");

  hearth_classify_glucose (WHO, HEARTH_GLUCOSE_CONTEXT_RANDOM, 6.5, MMOL, &klass);
  none = hearth_glucose_class_describe (&klass);
  g_assert_true (g_str_has_prefix (none, "WHO gives no category for this context"));

  hearth_classify_glucose (WHO, HEARTH_GLUCOSE_CONTEXT_FASTING, 3.5, MMOL, &klass);
  hypo1 = hearth_glucose_class_describe (&klass);
  g_assert_cmpstr (hypo1, ==, "Low glucose, level 1: below 3.9 mmol/L (70 mg/dL), ADA.");

  hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 2.5, MMOL, &klass);
  hypo2 = hearth_glucose_class_describe (&klass);
  g_assert_nonnull (strstr (hypo2, "level 2"));
  g_assert_nonnull (strstr (hypo2, "Seek medical care now."));
}

static void
test_classify_glucose_invalid (void)
{
  HearthGlucoseGuideline guideline = WHO;
  HearthGlucoseClass klass;

  g_assert_false (hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, NAN, MMOL, &klass));
  g_assert_null (klass.id);
  g_assert_false (hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, 0, MMOL, &klass));
  g_assert_false (hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, -5, MMOL, &klass));
  g_assert_false (hearth_classify_glucose (ADA, HEARTH_GLUCOSE_CONTEXT_FASTING, INFINITY, MMOL, &klass));

  g_assert_cmpstr (hearth_glucose_guideline_to_string (ADA), ==, "ada");
  g_assert_cmpstr (hearth_glucose_guideline_to_string (WHO), ==, "who");
  g_assert_cmpstr (hearth_glucose_guideline_get_name (ADA), ==, "ADA");
  g_assert_true (hearth_glucose_guideline_from_string ("ada", &guideline));
  g_assert_cmpint (guideline, ==, ADA);
  g_assert_false (hearth_glucose_guideline_from_string ("ADA", &guideline));
  g_assert_false (hearth_glucose_guideline_from_string (NULL, &guideline));
  g_assert_cmpint (guideline, ==, ADA);
}

/* Heart rate, SpO2, temperature, sleep */

typedef gboolean (*ClassifyFunc) (double value, int age, HearthVitalClass *out);

static gboolean
classify_spo2 (double value, int age, HearthVitalClass *out)
{
  return hearth_classify_spo2 (value, out);
}

static gboolean
classify_temperature (double value, int age, HearthVitalClass *out)
{
  return hearth_classify_temperature (value, out);
}

static void
assert_vital (ClassifyFunc  classify,
              double        value,
              int           age,
              const char   *id,
              const char   *sentence)
{
  HearthVitalClass klass;
  g_autofree char *text = NULL;

  g_assert_true (classify (value, age, &klass));
  if (g_strcmp0 (klass.id, id) != 0)
    g_error ("%g (age %d) is %s, expected %s", value, age, klass.id, id);
  g_assert_cmpint (klass.none, ==, g_str_equal (id, "none"));
  g_assert_cmpfloat (klass.value, ==, value);
  g_assert_nonnull (klass.label);
  text = hearth_vital_class_describe (&klass);
  if (sentence != NULL)
    g_assert_cmpstr (text, ==, sentence);
}

static void
test_classify_vitals (void)
{
  HearthVitalClass klass;

  /* Resting heart rate, adults: 60–100. */
  assert_vital (hearth_classify_heart_rate, 59, 40, "low",
                "Below the adult resting heart rate range of 60–100 bpm.");
  assert_vital (hearth_classify_heart_rate, 59.4, 40, "low", NULL);
  assert_vital (hearth_classify_heart_rate, 60, 40, "normal",
                "Within the adult resting heart rate range of 60–100 bpm.");
  assert_vital (hearth_classify_heart_rate, 100, 40, "normal", NULL);
  assert_vital (hearth_classify_heart_rate, 100.5, 40, "high", NULL);
  assert_vital (hearth_classify_heart_rate, 101, 40, "high",
                "Above the adult resting heart rate range of 60–100 bpm.");
  assert_vital (hearth_classify_heart_rate, 120, 17, "none",
                "No adult resting heart rate range under 18.");
  assert_vital (hearth_classify_heart_rate, 120, 18, "high", NULL);
  assert_vital (hearth_classify_heart_rate, 50, -1, "low", NULL);

  /* SpO2: ≤92 % warrants advice. */
  assert_vital (classify_spo2, 92, -1, "low", "92 % or lower: at rest, this warrants medical advice.");
  assert_vital (classify_spo2, 85, -1, "low", NULL);
  assert_vital (classify_spo2, 92.5, -1, "ok", NULL);
  assert_vital (classify_spo2, 93, -1, "ok", NULL);

  /* Temperature: fever from 38.0 °C. */
  assert_vital (classify_temperature, 37.9, -1, "no-fever", "No fever: below 38.0 °C.");
  assert_vital (classify_temperature, 37.94, -1, "no-fever", NULL);
  assert_vital (classify_temperature, 37.95, -1, "fever", NULL);
  assert_vital (classify_temperature, 38.0, -1, "fever", "Fever: 38.0 °C or higher.");
  assert_vital (classify_temperature, 39.5, -1, "fever", NULL);
  /* 100.4 °F is 38.0 °C, whatever the floating point says. */
  assert_vital (classify_temperature, hearth_units_f_to_c (100.4), -1, "fever", NULL);
  assert_vital (classify_temperature, hearth_units_f_to_c (100.2), -1, "no-fever", NULL);

  /* Sleep: adults 7–9 h, 65 and older 7–8 h, none under 18. */
  assert_vital (hearth_classify_sleep, 6.99, 40, "short",
                "Shorter than the 7–9 hours recommended for adults.");
  assert_vital (hearth_classify_sleep, 7, 40, "recommended",
                "Within the 7–9 hours recommended for adults.");
  assert_vital (hearth_classify_sleep, 9, 40, "recommended", NULL);
  assert_vital (hearth_classify_sleep, 9.01, 40, "long",
                "Longer than the 7–9 hours recommended for adults.");
  assert_vital (hearth_classify_sleep, 8.5, -1, "recommended", NULL);
  assert_vital (hearth_classify_sleep, 8.5, 64, "recommended", NULL);
  assert_vital (hearth_classify_sleep, 8, 65, "recommended",
                "Within the 7–8 hours recommended for adults 65 and older.");
  assert_vital (hearth_classify_sleep, 8.01, 65, "long",
                "Longer than the 7–8 hours recommended for adults 65 and older.");
  assert_vital (hearth_classify_sleep, 6.5, 80, "short",
                "Shorter than the 7–8 hours recommended for adults 65 and older.");
  assert_vital (hearth_classify_sleep, 10, 17, "none", "No adult sleep recommendation under 18.");
  assert_vital (hearth_classify_sleep, 10, 18, "long", NULL);

  g_assert_false (hearth_classify_heart_rate (NAN, 40, &klass));
  g_assert_false (hearth_classify_spo2 (INFINITY, &klass));
  g_assert_false (hearth_classify_temperature (NAN, &klass));
  g_assert_false (hearth_classify_sleep (NAN, 40, &klass));
}

/* What is shown and its category never disagree: each classify function
 * returns the value as Hearth displays it (klass.shown) and the category
 * of exactly that value, boundaries checked from both sides. */

/* The case and every BMI cutoff, from a hair under and over the
 * half-tenth that decides the reported value. At 200 cm BMI = kg / 4. */
static void
test_classify_shown_bmi (void)
{
  static const struct {
    HearthBmiCutoffs cutoffs;
    double kg;
    double cm;
    const char *shown;
    const char *id;
  } cases[] = {
    { WHO_CUTOFFS, 99.85, 200, "25.0", "pre-obese" },          /* 24.9625 */
    { WHO_CUTOFFS, 99.78, 200, "24.9", "normal" },             /* 24.945 */
    { WHO_CUTOFFS, 99.82, 200, "25.0", "pre-obese" },          /* 24.955 */
    { WHO_CUTOFFS, 63.78, 200, "15.9", "underweight-severe" },
    { WHO_CUTOFFS, 63.82, 200, "16.0", "underweight-moderate" },
    { WHO_CUTOFFS, 67.78, 200, "16.9", "underweight-moderate" },
    { WHO_CUTOFFS, 67.82, 200, "17.0", "underweight-mild" },
    { WHO_CUTOFFS, 73.78, 200, "18.4", "underweight-mild" },
    { WHO_CUTOFFS, 73.82, 200, "18.5", "normal" },
    { WHO_CUTOFFS, 119.78, 200, "29.9", "pre-obese" },
    { WHO_CUTOFFS, 119.82, 200, "30.0", "obese-1" },
    { WHO_CUTOFFS, 139.78, 200, "34.9", "obese-1" },
    { WHO_CUTOFFS, 139.82, 200, "35.0", "obese-2" },
    { WHO_CUTOFFS, 159.78, 200, "39.9", "obese-2" },
    { WHO_CUTOFFS, 159.82, 200, "40.0", "obese-3" },
    { CHINA_CUTOFFS, 73.78, 200, "18.4", "underweight" },
    { CHINA_CUTOFFS, 73.82, 200, "18.5", "normal" },
    { CHINA_CUTOFFS, 95.78, 200, "23.9", "normal" },
    { CHINA_CUTOFFS, 95.82, 200, "24.0", "overweight" },
    { CHINA_CUTOFFS, 111.78, 200, "27.9", "overweight" },
    { CHINA_CUTOFFS, 111.82, 200, "28.0", "obese" },
    { WHO_CUTOFFS, 73.95, 172, "25.0", "pre-obese" },          /* 24.997 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBmiClass klass;
      g_autofree char *sentence = NULL;
      g_autofree char *expected = NULL;

      g_assert_true (hearth_classify_bmi (cases[i].cutoffs, cases[i].kg, cases[i].cm, 40, &klass));
      if (g_strcmp0 (klass.shown, cases[i].shown) != 0 || g_strcmp0 (klass.id, cases[i].id) != 0)
        g_error ("%g kg at %g cm: BMI %s %s, expected %s %s", cases[i].kg, cases[i].cm,
                 klass.shown, klass.id, cases[i].shown, cases[i].id);
      /* The number the sentence shows is the one classified. */
      g_assert_cmpfloat (klass.bmi, ==, g_ascii_strtod (cases[i].shown, NULL));
      sentence = hearth_bmi_class_describe (&klass);
      expected = g_strdup_printf ("BMI %s: ", cases[i].shown);
      g_assert_true (g_str_has_prefix (sentence, expected));
    }
}

/* Every weight from 40 to 160 kg in 10 g steps at a few heights: the
 * category is that of the number shown (checked against the cutoffs in
 * tenths, counted independently here). */
static void
test_classify_shown_bmi_sweep (void)
{
  static const int who_tenths[] = { 160, 170, 185, 250, 300, 350, 400 };
  static const double heights[] = { 150, 163.5, 172, 185.4, 200 };

  for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
    for (int g = 4000; g <= 16000; g++)
      {
        HearthBmiClass klass;
        gint64 tenths;
        guint level = 0;

        g_assert_true (hearth_classify_bmi (WHO_CUTOFFS, g / 100.0, heights[h], -1, &klass));
        tenths = (gint64) llround (g_ascii_strtod (klass.shown, NULL) * 10);
        for (guint i = 0; i < G_N_ELEMENTS (who_tenths); i++)
          level += tenths >= who_tenths[i];
        if (klass.level != level)
          g_error ("%.2f kg at %g cm shows BMI %s but is level %u, expected %u",
                   g / 100.0, heights[h], klass.shown, klass.level, level);
      }
}

static void
test_classify_shown_glucose (void)
{
  static const struct {
    HearthGlucoseGuideline guideline;
    double value;           /* in @unit, before display rounding */
    HearthGlucoseUnit unit;
    const char *shown;
    const char *id;
  } cases[] = {
    { ADA, 5.54, MMOL, "5.5 mmol/L", "normal" },
    { ADA, 5.56, MMOL, "5.6 mmol/L", "prediabetes" },
    { ADA, 6.94, MMOL, "6.9 mmol/L", "prediabetes" },
    { ADA, 6.96, MMOL, "7.0 mmol/L", "diabetes" },
    { ADA, 3.86, MMOL, "3.9 mmol/L", "normal" },
    { ADA, 3.84, MMOL, "3.8 mmol/L", "hypo-1" },
    { ADA, 2.96, MMOL, "3.0 mmol/L", "hypo-1" },
    { ADA, 2.94, MMOL, "2.9 mmol/L", "hypo-2" },
    { WHO, 6.04, MMOL, "6.0 mmol/L", "normal" },
    { WHO, 6.06, MMOL, "6.1 mmol/L", "impaired-fasting" },
    { ADA, 99.4, MGDL, "99 mg/dL", "normal" },
    { ADA, 99.6, MGDL, "100 mg/dL", "prediabetes" },
    { ADA, 125.4, MGDL, "125 mg/dL", "prediabetes" },
    { ADA, 125.6, MGDL, "126 mg/dL", "diabetes" },
    { ADA, 69.6, MGDL, "70 mg/dL", "normal" },
    { ADA, 69.4, MGDL, "69 mg/dL", "hypo-1" },
    { ADA, 53.6, MGDL, "54 mg/dL", "hypo-1" },
    { ADA, 53.4, MGDL, "53 mg/dL", "hypo-2" },
    { WHO, 109.4, MGDL, "109 mg/dL", "normal" },
    { WHO, 109.6, MGDL, "110 mg/dL", "impaired-fasting" },
    /* One stored value, two units: each shows its own number and category
     * (100 mg/dL is 5.55 mmol/L, shown as 5.6). */
    { ADA, 100, MGDL, "100 mg/dL", "prediabetes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthGlucoseClass klass;
      double mmol_l = cases[i].unit == MGDL ? hearth_units_mgdl_to_mmoll (cases[i].value) : cases[i].value;
      g_autofree char *formatted = hearth_units_format_glucose (mmol_l, cases[i].unit);

      g_assert_true (hearth_classify_glucose (cases[i].guideline, HEARTH_GLUCOSE_CONTEXT_FASTING,
                                              mmol_l, cases[i].unit, &klass));
      if (g_strcmp0 (klass.shown, cases[i].shown) != 0 || g_strcmp0 (klass.id, cases[i].id) != 0)
        g_error ("%g: %s %s, expected %s %s", cases[i].value, klass.shown, klass.id,
                 cases[i].shown, cases[i].id);
      g_assert_cmpstr (klass.shown, ==, formatted);
    }
}

static void
test_classify_shown_vitals (void)
{
  static const struct {
    HearthReadingKind kind;
    double value;
    HearthTemperatureUnit unit;   /* temperature only */
    const char *shown;
    const char *id;
  } cases[] = {
    /* 100.4 °F is 38.0 °C: shown in °F, °F decides. */
    { HEARTH_READING_KIND_TEMPERATURE, 37.97, HEARTH_TEMPERATURE_UNIT_F, "100.3 °F", "no-fever" },
    { HEARTH_READING_KIND_TEMPERATURE, 37.98, HEARTH_TEMPERATURE_UNIT_F, "100.4 °F", "fever" },
    { HEARTH_READING_KIND_TEMPERATURE, 38.0, HEARTH_TEMPERATURE_UNIT_F, "100.4 °F", "fever" },
    { HEARTH_READING_KIND_TEMPERATURE, 37.94, HEARTH_TEMPERATURE_UNIT_C, "37.9 °C", "no-fever" },
    { HEARTH_READING_KIND_TEMPERATURE, 37.96, HEARTH_TEMPERATURE_UNIT_C, "38.0 °C", "fever" },
    { HEARTH_READING_KIND_TEMPERATURE, 37.97, HEARTH_TEMPERATURE_UNIT_C, "38.0 °C", "fever" },
    /* Heart rate and SpO2 are shown whole. */
    { HEARTH_READING_KIND_HEART_RATE, 59.4, 0, "59 bpm", "low" },
    { HEARTH_READING_KIND_HEART_RATE, 59.6, 0, "60 bpm", "normal" },
    { HEARTH_READING_KIND_HEART_RATE, 100.4, 0, "100 bpm", "normal" },
    { HEARTH_READING_KIND_HEART_RATE, 100.6, 0, "101 bpm", "high" },
    { HEARTH_READING_KIND_SPO2, 92.4, 0, "92 %", "low" },
    { HEARTH_READING_KIND_SPO2, 92.6, 0, "93 %", "ok" },
    /* Sleep is shown to the minute. */
    { HEARTH_READING_KIND_SLEEP, 6.999, 0, "7 h 00 min", "recommended" },
    { HEARTH_READING_KIND_SLEEP, 6.99, 0, "6 h 59 min", "short" },
    { HEARTH_READING_KIND_SLEEP, 9.005, 0, "9 h 00 min", "recommended" },
    { HEARTH_READING_KIND_SLEEP, 9.01, 0, "9 h 01 min", "long" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthVitalClass klass;
      gboolean ok = FALSE;

      switch (cases[i].kind)
        {
        case HEARTH_READING_KIND_TEMPERATURE:
          ok = hearth_classify_temperature_in (cases[i].value, cases[i].unit, &klass);
          break;
        case HEARTH_READING_KIND_HEART_RATE:
          ok = hearth_classify_heart_rate (cases[i].value, 40, &klass);
          break;
        case HEARTH_READING_KIND_SPO2:
          ok = hearth_classify_spo2 (cases[i].value, &klass);
          break;
        case HEARTH_READING_KIND_SLEEP:
          ok = hearth_classify_sleep (cases[i].value, 40, &klass);
          break;
        case HEARTH_READING_KIND_BLOOD_PRESSURE:
        case HEARTH_READING_KIND_WEIGHT:
        case HEARTH_READING_KIND_GLUCOSE:
        case HEARTH_READING_KIND_WAIST:
        case HEARTH_READING_KIND_BODY_FAT:
        case HEARTH_READING_KIND_STEPS:
        default:
          g_assert_not_reached ();
        }

      g_assert_true (ok);
      if (g_strcmp0 (klass.shown, cases[i].shown) != 0 || g_strcmp0 (klass.id, cases[i].id) != 0)
        g_error ("%g: %s %s, expected %s %s", cases[i].value, klass.shown, klass.id,
                 cases[i].shown, cases[i].id);
    }

  /* In °F the sentences name the °F threshold. */
  {
    HearthVitalClass klass;
    g_autofree char *fever = NULL;
    g_autofree char *none = NULL;

    g_assert_true (hearth_classify_temperature_in (38.2, HEARTH_TEMPERATURE_UNIT_F, &klass));
    fever = hearth_vital_class_describe (&klass);
    g_assert_cmpstr (fever, ==, "Fever: 100.4 °F or higher.");
    g_assert_true (hearth_classify_temperature_in (37.0, HEARTH_TEMPERATURE_UNIT_F, &klass));
    none = hearth_vital_class_describe (&klass);
    g_assert_cmpstr (none, ==, "No fever: below 100.4 °F.");
  }
}

/* Blood pressure as shown: whole mmHg, or kPa to 0.1 compared with each
 * threshold as it shows in kPa (130 mmHg shows as 17.3 kPa, so a reading
 * shown as 17.3 kPa is stage 1). Flags follow the shown value too. */
static void
test_classify_shown_bp (void)
{
  static const struct {
    HearthBpGuideline guideline;
    gboolean home;
    double sys;             /* mmHg, as stored */
    double dia;
    HearthPressureUnit unit;
    const char *shown;
    const char *id;
    gboolean severe;
    gboolean low;
  } cases[] = {
    { ACC, OFFICE, 119.4, 70, HEARTH_PRESSURE_UNIT_MMHG, "119/70 mmHg", "normal", FALSE, FALSE },
    { ACC, OFFICE, 119.6, 70, HEARTH_PRESSURE_UNIT_MMHG, "120/70 mmHg", "elevated", FALSE, FALSE },
    { ACC, OFFICE, 120, 79.6, HEARTH_PRESSURE_UNIT_MMHG, "120/80 mmHg", "stage-1", FALSE, FALSE },
    /* 17.3 kPa typed is 129.76 mmHg: "130" in mmHg, "17.3" in kPa; stage 1 both ways. */
    { ACC, OFFICE, 17.3 * HEARTH_MMHG_PER_KPA, 70, HEARTH_PRESSURE_UNIT_MMHG, "130/70 mmHg", "stage-1", FALSE, FALSE },
    { ACC, OFFICE, 17.3 * HEARTH_MMHG_PER_KPA, 70, HEARTH_PRESSURE_UNIT_KPA, "17.3/9.3 kPa", "stage-1", FALSE, FALSE },
    { ACC, OFFICE, 17.2 * HEARTH_MMHG_PER_KPA, 70, HEARTH_PRESSURE_UNIT_KPA, "17.2/9.3 kPa", "elevated", FALSE, FALSE },
    { ACC, OFFICE, 110, 10.7 * HEARTH_MMHG_PER_KPA, HEARTH_PRESSURE_UNIT_KPA, "14.7/10.7 kPa", "stage-1", FALSE, FALSE },
    { ACC, OFFICE, 110, 10.6 * HEARTH_MMHG_PER_KPA, HEARTH_PRESSURE_UNIT_KPA, "14.7/10.6 kPa", "normal", FALSE, FALSE },
    { ESC, HOME, 18.0 * HEARTH_MMHG_PER_KPA, 70, HEARTH_PRESSURE_UNIT_KPA, "18.0/9.3 kPa", "hypertension", FALSE, FALSE },
    { ESC, HOME, 17.9 * HEARTH_MMHG_PER_KPA, 60, HEARTH_PRESSURE_UNIT_KPA, "17.9/8.0 kPa", "elevated", FALSE, FALSE },
    /* Severe above 180/120 as shown. */
    { ACC, OFFICE, 180.4, 100, HEARTH_PRESSURE_UNIT_MMHG, "180/100 mmHg", "stage-2", FALSE, FALSE },
    { ACC, OFFICE, 180.6, 100, HEARTH_PRESSURE_UNIT_MMHG, "181/100 mmHg", "stage-2", TRUE, FALSE },
    { ACC, OFFICE, 24.0 * HEARTH_MMHG_PER_KPA, 100, HEARTH_PRESSURE_UNIT_KPA, "24.0/13.3 kPa", "stage-2", FALSE, FALSE },
    { ACC, OFFICE, 24.1 * HEARTH_MMHG_PER_KPA, 100, HEARTH_PRESSURE_UNIT_KPA, "24.1/13.3 kPa", "stage-2", TRUE, FALSE },
    /* Low below 90/60 as shown. */
    { ACC, OFFICE, 89.6, 65, HEARTH_PRESSURE_UNIT_MMHG, "90/65 mmHg", "normal", FALSE, FALSE },
    { ACC, OFFICE, 89.4, 65, HEARTH_PRESSURE_UNIT_MMHG, "89/65 mmHg", "normal", FALSE, TRUE },
    { ACC, OFFICE, 100, 8.0 * HEARTH_MMHG_PER_KPA, HEARTH_PRESSURE_UNIT_KPA, "13.3/8.0 kPa", "normal", FALSE, FALSE },
    { ACC, OFFICE, 100, 7.9 * HEARTH_MMHG_PER_KPA, HEARTH_PRESSURE_UNIT_KPA, "13.3/7.9 kPa", "normal", FALSE, TRUE },
    /* Isolated systolic (ESC/ESH 2018 office: ≥140 with <90). */
    { ESH, OFFICE, 18.7 * HEARTH_MMHG_PER_KPA, 11.9 * HEARTH_MMHG_PER_KPA, HEARTH_PRESSURE_UNIT_KPA, "18.7/11.9 kPa", "grade-1", FALSE, FALSE },
    { ESH, OFFICE, 139.6, 89.6, HEARTH_PRESSURE_UNIT_MMHG, "140/90 mmHg", "grade-1", FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthBpClass klass;

      hearth_classify_bp_as_shown (cases[i].guideline, cases[i].home, cases[i].sys, cases[i].dia,
                                   cases[i].unit, &klass);
      if (g_strcmp0 (klass.shown, cases[i].shown) != 0 || g_strcmp0 (klass.id, cases[i].id) != 0 ||
          klass.severe != cases[i].severe || klass.low != cases[i].low)
        g_error ("case %u: %s %s%s%s, expected %s %s%s%s", i,
                 klass.shown, klass.id, klass.severe ? " severe" : "", klass.low ? " low" : "",
                 cases[i].shown, cases[i].id, cases[i].severe ? " severe" : "", cases[i].low ? " low" : "");
      g_assert_cmpint (klass.home, ==, cases[i].home);
    }

  /* Isolated systolic follows the shown values: 140/90 as shown is not. */
  {
    HearthBpClass klass;

    hearth_classify_bp_as_shown (ESH, OFFICE, 139.6, 89.6, HEARTH_PRESSURE_UNIT_MMHG, &klass);
    g_assert_false (klass.isolated_systolic);
    hearth_classify_bp_as_shown (ESH, OFFICE, 139.6, 89.4, HEARTH_PRESSURE_UNIT_MMHG, &klass);
    g_assert_true (klass.isolated_systolic);
  }
}

/* The one severe-reading rule (PRODUCT.md "Safety") the badges, nudges and
 * the family overview share: above 180 systolic or 120 diastolic (not at),
 * level-2 low glucose below 3.0 mmol/L as shown (2.96 shows as 3.0: none). */
static void
test_classify_severe_alert (void)
{
  const struct {
    HearthReadingKind kind;
    double a, b;
    gboolean severe;
  } cases[] = {
    { HEARTH_READING_KIND_BLOOD_PRESSURE, 180, 120, FALSE },
    { HEARTH_READING_KIND_BLOOD_PRESSURE, 181, 80, TRUE },
    { HEARTH_READING_KIND_BLOOD_PRESSURE, 150, 121, TRUE },
    { HEARTH_READING_KIND_BLOOD_PRESSURE, 120, 80, FALSE },
    { HEARTH_READING_KIND_BLOOD_PRESSURE, NAN, NAN, FALSE },
    { HEARTH_READING_KIND_GLUCOSE, 2.9, NAN, TRUE },
    { HEARTH_READING_KIND_GLUCOSE, 3.0, NAN, FALSE },
    { HEARTH_READING_KIND_GLUCOSE, 2.96, NAN, FALSE },
    { HEARTH_READING_KIND_GLUCOSE, 3.5, NAN, FALSE },
    { HEARTH_READING_KIND_GLUCOSE, NAN, NAN, FALSE },
    /* Low oxygen and fever are warnings, not the severe alert. */
    { HEARTH_READING_KIND_SPO2, 85, NAN, FALSE },
    { HEARTH_READING_KIND_TEMPERATURE, 40.5, NAN, FALSE },
    { HEARTH_READING_KIND_WEIGHT, 300, NAN, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (hearth_classify_is_severe (cases[i].kind, cases[i].a, cases[i].b) != cases[i].severe)
      g_error ("case %u: kind %d %g/%g: expected severe %d", i, cases[i].kind,
               cases[i].a, cases[i].b, cases[i].severe);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/classify/bp", test_classify_bp);
  g_test_add_func ("/hearth/classify/bp-unrounded", test_classify_bp_unrounded);
  g_test_add_func ("/hearth/classify/bp-flags", test_classify_bp_flags);
  g_test_add_func ("/hearth/classify/bp-home-thresholds", test_classify_bp_home_thresholds);
  g_test_add_func ("/hearth/classify/bp-labels", test_classify_bp_labels);
  g_test_add_func ("/hearth/classify/bp-describe", test_classify_bp_describe);
  g_test_add_func ("/hearth/classify/bp-guidelines", test_classify_bp_guidelines);
  g_test_add_func ("/hearth/classify/bp-invalid", test_classify_bp_invalid);
  g_test_add_func ("/hearth/classify/bp-validate", test_classify_bp_validate);
  g_test_add_func ("/hearth/classify/bmi", test_classify_bmi);
  g_test_add_func ("/hearth/classify/bmi-labels", test_classify_bmi_labels);
  g_test_add_func ("/hearth/classify/bmi-invalid", test_classify_bmi_invalid);
  g_test_add_func ("/hearth/classify/bmi-describe", test_classify_bmi_describe);
  g_test_add_func ("/hearth/classify/bmi-cutoffs", test_classify_bmi_cutoffs);
  g_test_add_func ("/hearth/classify/glucose", test_classify_glucose);
  g_test_add_func ("/hearth/classify/glucose-describe", test_classify_glucose_describe);
  g_test_add_func ("/hearth/classify/glucose-invalid", test_classify_glucose_invalid);
  g_test_add_func ("/hearth/classify/vitals", test_classify_vitals);
  g_test_add_func ("/hearth/classify/shown-bp", test_classify_shown_bp);
  g_test_add_func ("/hearth/classify/shown-bmi", test_classify_shown_bmi);
  g_test_add_func ("/hearth/classify/shown-bmi-sweep", test_classify_shown_bmi_sweep);
  g_test_add_func ("/hearth/classify/shown-glucose", test_classify_shown_glucose);
  g_test_add_func ("/hearth/classify/shown-vitals", test_classify_shown_vitals);
  g_test_add_func ("/hearth/classify/severe-alert", test_classify_severe_alert);

  return g_test_run ();
}
