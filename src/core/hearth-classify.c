/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-classify"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-classify.h"
#include "hearth-core-private.h"
#include "hearth-reading.h"
#include "hearth-units.h"

/* Categories, never diagnoses: see docs/clinical.md. Each category of a
 * guideline starts at a systolic and a diastolic threshold; a reading gets
 * the highest category either value reaches ("values at a boundary belong
 * to the higher category; the higher of systolic and diastolic applies").
 * Values are compared as given, unrounded (they may come from kPa). */

/* The gettext contexts of the labels. xgettext does not expand macros, so
 * the NC_() calls below spell them out: keep both in step. */
#define BP_CONTEXT  "blood pressure category"
#define BMI_CONTEXT "BMI category"

#define MAX_BP_LEVELS 6

/* A category no systolic (or diastolic) value leads to on its own. */
#define NEVER INFINITY

typedef struct
{
  const char *id;
  const char *label;          /* untranslated, context BP_CONTEXT */
} Category;

typedef struct
{
  /* [0] is unused: level 0 is where every reading starts. */
  double sys_from[MAX_BP_LEVELS];
  double dia_from[MAX_BP_LEVELS];
} Thresholds;

typedef struct
{
  const char *id;
  const char *name;           /* untranslated */
  guint       n_levels;
  Category    categories[MAX_BP_LEVELS];
  Thresholds  office;
  /* Home thresholds as a table (ACC/AHA's equivalence table)… */
  gboolean    has_home_table;
  Thresholds  home;
  /* …or as "home hypertension" at home_sys/home_dia: such a reading is at
   * least category home_floor; office grades above it still apply. */
  gboolean    has_home_floor;
  double      home_sys;
  double      home_dia;
  guint       home_floor;
  /* Isolated systolic: systolic at or over the hypertension threshold,
   * diastolic under it (office; home uses home_sys/home_dia). */
  gboolean    has_isolated_systolic;
  double      isolated_sys;
  double      isolated_dia;
} Guideline;

static const Guideline guidelines[] = {
  [HEARTH_BP_GUIDELINE_ACC_AHA_2017] = {
    .id = "acc-aha-2017",
    .name = N_("ACC/AHA 2017"),
    .n_levels = 4,
    .categories = {
      { "normal", NC_("blood pressure category", "Normal") },
      { "elevated", NC_("blood pressure category", "Elevated") },
      { "stage-1", NC_("blood pressure category", "Stage 1 hypertension") },
      { "stage-2", NC_("blood pressure category", "Stage 2 hypertension") },
    },
    .office = {
      .sys_from = { 0, 120, 130, 140 },
      .dia_from = { 0, NEVER, 80, 90 },
    },
    /* The guideline's table: office 120/80, 130/80, 140/90 are home
     * 120/80, 130/80, 135/85 (docs/clinical.md#acc-aha-2017). */
    .has_home_table = TRUE,
    .home = {
      .sys_from = { 0, 120, 130, 135 },
      .dia_from = { 0, NEVER, 80, 85 },
    },
  },
  [HEARTH_BP_GUIDELINE_ESC_ESH_2018] = {
    .id = "esc-esh-2018",
    .name = N_("ESC/ESH 2018"),
    .n_levels = 6,
    .categories = {
      { "optimal", NC_("blood pressure category", "Optimal") },
      { "normal", NC_("blood pressure category", "Normal") },
      { "high-normal", NC_("blood pressure category", "High normal") },
      { "grade-1", NC_("blood pressure category", "Grade 1 hypertension") },
      { "grade-2", NC_("blood pressure category", "Grade 2 hypertension") },
      { "grade-3", NC_("blood pressure category", "Grade 3 hypertension") },
    },
    .office = {
      .sys_from = { 0, 120, 130, 140, 160, 180 },
      .dia_from = { 0, 80, 85, 90, 100, 110 },
    },
    /* Home hypertension: ≥135 and/or ≥85 (docs/clinical.md#esc-esh-2018). */
    .has_home_floor = TRUE,
    .home_sys = 135,
    .home_dia = 85,
    .home_floor = 3,
    .has_isolated_systolic = TRUE,
    .isolated_sys = 140,
    .isolated_dia = 90,
  },
  [HEARTH_BP_GUIDELINE_ESC_2024] = {
    .id = "esc-2024",
    .name = N_("ESC 2024"),
    .n_levels = 3,
    .categories = {
      { "non-elevated", NC_("blood pressure category", "Non-elevated") },
      { "elevated", NC_("blood pressure category", "Elevated") },
      { "hypertension", NC_("blood pressure category", "Hypertension") },
    },
    .office = {
      .sys_from = { 0, 120, 140 },
      .dia_from = { 0, 70, 90 },
    },
    /* The guideline's own out-of-office equivalents for home readings
     * (HBPM), docs/clinical.md#esc-2024. */
    .has_home_table = TRUE,
    .home = {
      .sys_from = { 0, 120, 135 },
      .dia_from = { 0, 70, 85 },
    },
  },
  [HEARTH_BP_GUIDELINE_CHINA_2018] = {
    .id = "china-2018",
    .name = N_("China 2018"),
    .n_levels = 5,
    .categories = {
      { "normal", NC_("blood pressure category", "Normal") },
      { "high-normal", NC_("blood pressure category", "High normal") },
      { "grade-1", NC_("blood pressure category", "Grade 1 hypertension") },
      { "grade-2", NC_("blood pressure category", "Grade 2 hypertension") },
      { "grade-3", NC_("blood pressure category", "Grade 3 hypertension") },
    },
    .office = {
      .sys_from = { 0, 120, 140, 160, 180 },
      .dia_from = { 0, 80, 90, 100, 110 },
    },
    /* Home hypertension: ≥135/85 (docs/clinical.md#china-2018). */
    .has_home_floor = TRUE,
    .home_sys = 135,
    .home_dia = 85,
    .home_floor = 2,
    .has_isolated_systolic = TRUE,
    .isolated_sys = 140,
    .isolated_dia = 90,
  },
};

#define N_GUIDELINES G_N_ELEMENTS (guidelines)

G_STATIC_ASSERT (N_GUIDELINES == HEARTH_BP_GUIDELINE_CHINA_2018 + 1);

/* docs/clinical.md#severe and #low-blood-pressure */
#define MAX_BP_MMHG      1e6     /* far past any limit; keeps display steps exact */
#define SEVERE_SYSTOLIC  180.0   /* severe above, not at */
#define SEVERE_DIASTOLIC 120.0
#define LOW_SYSTOLIC     90.0    /* low below */
#define LOW_DIASTOLIC    60.0

static const Guideline *
get_guideline (HearthBpGuideline guideline)
{
  g_assert ((guint) guideline < N_GUIDELINES);

  return &guidelines[guideline];
}

/* How values meet thresholds: as given (unrounded mmHg), or as shown in
 * a unit, each threshold then being shown in that unit too. */
typedef enum
{
  COMPARE_EXACT,
  COMPARE_SHOWN_MMHG,
  COMPARE_SHOWN_KPA,
} Compare;

/* @mmhg in the display steps of @compare: whole mmHg, tenths of kPa. */
static gint64
bp_steps (double  mmhg,
          Compare compare)
{
  if (compare == COMPARE_SHOWN_KPA)
    return (gint64) llround (hearth_units_mmhg_to_kpa (mmhg) * 10);

  return (gint64) llround (mmhg);
}

/* TRUE if @value is at or over @threshold (mmHg both), compared as
 * @compare says. NEVER is never reached. */
static gboolean
reaches (double  value,
         double  threshold,
         Compare compare)
{
  if (isinf (threshold))
    return FALSE;
  if (compare == COMPARE_EXACT)
    return value >= threshold;

  return bp_steps (value, compare) >= bp_steps (threshold, compare);
}

/* TRUE if @value is strictly over @threshold. */
static gboolean
exceeds (double  value,
         double  threshold,
         Compare compare)
{
  if (compare == COMPARE_EXACT)
    return value > threshold;

  return bp_steps (value, compare) > bp_steps (threshold, compare);
}

static guint
level_from (const double *from,
            guint         n_levels,
            double        value,
            Compare       compare)
{
  guint level = 0;

  for (guint i = 1; i < n_levels; i++)
    {
      if (reaches (value, from[i], compare))
        level = i;
    }

  return level;
}

static void
classify_bp (HearthBpGuideline  guideline,
             gboolean           home,
             double             systolic_mmhg,
             double             diastolic_mmhg,
             Compare            compare,
             HearthBpClass     *out)
{
  const Guideline *g;
  const Thresholds *thresholds;
  gboolean use_home;
  guint level;

  g = get_guideline (guideline);
  use_home = home && hearth_bp_guideline_has_home_thresholds (guideline);
  thresholds = (use_home && g->has_home_table) ? &g->home : &g->office;

  level = MAX (level_from (thresholds->sys_from, g->n_levels, systolic_mmhg, compare),
               level_from (thresholds->dia_from, g->n_levels, diastolic_mmhg, compare));

  if (use_home && g->has_home_floor &&
      (reaches (systolic_mmhg, g->home_sys, compare) || reaches (diastolic_mmhg, g->home_dia, compare)))
    level = MAX (level, g->home_floor);

  if (g->has_isolated_systolic)
    {
      double sys_at = use_home ? g->home_sys : g->isolated_sys;
      double dia_at = use_home ? g->home_dia : g->isolated_dia;

      out->isolated_systolic = reaches (systolic_mmhg, sys_at, compare) &&
                               !reaches (diastolic_mmhg, dia_at, compare);
    }

  g_assert (level < g->n_levels);

  out->guideline = guideline;
  out->id = g->categories[level].id;
  out->label = g_dpgettext2 (GETTEXT_PACKAGE, BP_CONTEXT, g->categories[level].label);
  out->level = level;
  out->n_levels = g->n_levels;
  out->home = use_home;
  out->severe = exceeds (systolic_mmhg, SEVERE_SYSTOLIC, compare) ||
                exceeds (diastolic_mmhg, SEVERE_DIASTOLIC, compare);
  out->low = !reaches (systolic_mmhg, LOW_SYSTOLIC, compare) ||
             !reaches (diastolic_mmhg, LOW_DIASTOLIC, compare);
}

void
hearth_classify_bp (HearthBpGuideline  guideline,
                    gboolean           home,
                    double             systolic_mmhg,
                    double             diastolic_mmhg,
                    HearthBpClass     *out)
{
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);

  g_return_if_fail ((guint) guideline < N_GUIDELINES);
  g_return_if_fail (isfinite (systolic_mmhg) && isfinite (diastolic_mmhg));

  classify_bp (guideline, home, systolic_mmhg, diastolic_mmhg, COMPARE_EXACT, out);
}

void
hearth_classify_bp_as_shown (HearthBpGuideline   guideline,
                             gboolean            home,
                             double              systolic_mmhg,
                             double              diastolic_mmhg,
                             HearthPressureUnit  unit,
                             HearthBpClass      *out)
{
  g_autofree char *sys = NULL;
  g_autofree char *dia = NULL;

  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);

  g_return_if_fail ((guint) guideline < N_GUIDELINES);
  g_return_if_fail (unit <= HEARTH_PRESSURE_UNIT_KPA);
  /* Within what a reading may hold, so the steps are exact integers. */
  g_return_if_fail (isfinite (systolic_mmhg) && fabs (systolic_mmhg) < MAX_BP_MMHG);
  g_return_if_fail (isfinite (diastolic_mmhg) && fabs (diastolic_mmhg) < MAX_BP_MMHG);

  classify_bp (guideline, home, systolic_mmhg, diastolic_mmhg,
               unit == HEARTH_PRESSURE_UNIT_KPA ? COMPARE_SHOWN_KPA : COMPARE_SHOWN_MMHG, out);

  sys = hearth_units_format_pressure_value (systolic_mmhg, unit);
  dia = hearth_units_format_pressure_value (diastolic_mmhg, unit);
  g_snprintf (out->shown, sizeof out->shown, "%s/%s %s", sys, dia, hearth_units_pressure_symbol (unit));
}

gboolean
hearth_classify_bp_validate (double   systolic_mmhg,
                             double   diastolic_mmhg,
                             GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The messages are the ones a logged reading gets (hearth-reading.c),
   * so both say the same and share one translation. */
  if (!(isfinite (systolic_mmhg) &&
        systolic_mmhg >= HEARTH_SYSTOLIC_MIN && systolic_mmhg <= HEARTH_SYSTOLIC_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_SYSTOLIC,
                   _("The systolic value must be between %d and %d mmHg"),
                   HEARTH_SYSTOLIC_MIN, HEARTH_SYSTOLIC_MAX);
      return FALSE;
    }
  if (!(isfinite (diastolic_mmhg) &&
        diastolic_mmhg >= HEARTH_DIASTOLIC_MIN && diastolic_mmhg <= HEARTH_DIASTOLIC_MAX))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_DIASTOLIC,
                   _("The diastolic value must be between %d and %d mmHg"),
                   HEARTH_DIASTOLIC_MIN, HEARTH_DIASTOLIC_MAX);
      return FALSE;
    }
  if (diastolic_mmhg >= systolic_mmhg)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_DIASTOLIC,
                           _("The diastolic value must be lower than the systolic"));
      return FALSE;
    }

  return TRUE;
}

gboolean
hearth_bp_guideline_has_home_thresholds (HearthBpGuideline guideline)
{
  const Guideline *g;

  g_return_val_if_fail ((guint) guideline < N_GUIDELINES, FALSE);

  g = get_guideline (guideline);

  return g->has_home_table || g->has_home_floor;
}

char *
hearth_bp_class_describe (const HearthBpClass *klass)
{
  const char *name;

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail ((guint) klass->guideline < N_GUIDELINES, NULL);
  g_return_val_if_fail (klass->label != NULL, NULL);

  name = hearth_bp_guideline_get_name (klass->guideline);

  if (klass->home && klass->isolated_systolic)
    /* Translators: the first %s is a blood pressure category ("Grade 1
     * hypertension"), the second a guideline ("ESC/ESH 2018"). */
    return g_strdup_printf (_("%s by %s (home thresholds). Isolated systolic hypertension, graded by the systolic value."),
                            klass->label, name);

  if (klass->home)
    /* Translators: "Stage 1 hypertension by ACC/AHA 2017 (home
     * thresholds)." The first %s is a blood pressure category, the
     * second a guideline. */
    return g_strdup_printf (_("%s by %s (home thresholds)."), klass->label, name);

  if (klass->isolated_systolic)
    /* Translators: the first %s is a blood pressure category ("Grade 1
     * hypertension"), the second a guideline ("ESC/ESH 2018"). */
    return g_strdup_printf (_("%s by %s (office thresholds). Isolated systolic hypertension, graded by the systolic value."),
                            klass->label, name);

  /* Translators: "Stage 1 hypertension by ACC/AHA 2017 (office
   * thresholds)." The first %s is a blood pressure category, the second a
   * guideline. */
  return g_strdup_printf (_("%s by %s (office thresholds)."), klass->label, name);
}

const char *
hearth_bp_guideline_get_name (HearthBpGuideline guideline)
{
  g_return_val_if_fail ((guint) guideline < N_GUIDELINES, NULL);

  return _(get_guideline (guideline)->name);
}

const char *
hearth_bp_guideline_to_string (HearthBpGuideline guideline)
{
  g_return_val_if_fail ((guint) guideline < N_GUIDELINES, NULL);

  return get_guideline (guideline)->id;
}

gboolean
hearth_bp_guideline_from_string (const char        *s,
                                 HearthBpGuideline *guideline)
{
  guint value;

  g_return_val_if_fail (guideline != NULL, FALSE);

  if (!_hearth_id_lookup (s, &guidelines[0].id, N_GUIDELINES, sizeof guidelines[0], &value))
    return FALSE;

  *guideline = (HearthBpGuideline) value;
  return TRUE;
}

/* BMI (docs/clinical.md#bmi) */

#define MAX_BMI_LEVELS 8
#define ADULT_AGE 18

/* Beyond this many display steps an integer no longer holds the value. */
#define MAX_STEPS 1e15

/* Rounds @value to whole multiples of 1/@per_unit, half away from zero, as
 * hearth-units.c rounds what it shows. FALSE if it cannot be counted. */
static gboolean
round_to_steps (double  value,
                double  per_unit,
                gint64 *steps)
{
  double scaled = value * per_unit;

  if (!isfinite (scaled) || fabs (scaled) >= MAX_STEPS)
    return FALSE;

  *steps = (gint64) llround (scaled);

  return TRUE;
}

typedef struct
{
  const char *id;
  const char *label;          /* untranslated, context BMI_CONTEXT */
  int         from;           /* lowest BMI of the category in tenths; unused for 0 */
} BmiCategory;

typedef struct
{
  const char  *id;
  const char  *name;          /* untranslated */
  guint        n_levels;
  BmiCategory  categories[MAX_BMI_LEVELS];
} BmiCutoffs;

static const BmiCutoffs bmi_cutoffs[] = {
  [HEARTH_BMI_CUTOFFS_WHO] = {
    .id = "who",
    .name = N_("WHO"),
    .n_levels = 8,
    .categories = {
      { "underweight-severe", NC_("BMI category", "Severely underweight"), 0 },
      { "underweight-moderate", NC_("BMI category", "Moderately underweight"), 160 },
      { "underweight-mild", NC_("BMI category", "Mildly underweight"), 170 },
      { "normal", NC_("BMI category", "Normal"), 185 },
      { "pre-obese", NC_("BMI category", "Pre-obese"), 250 },
      { "obese-1", NC_("BMI category", "Obese class I"), 300 },
      { "obese-2", NC_("BMI category", "Obese class II"), 350 },
      { "obese-3", NC_("BMI category", "Obese class III"), 400 },
    },
  },
  [HEARTH_BMI_CUTOFFS_CHINA] = {
    .id = "china",
    .name = N_("China (WS/T 428-2013)"),
    .n_levels = 4,
    .categories = {
      { "underweight", NC_("BMI category", "Underweight"), 0 },
      { "normal", NC_("BMI category", "Normal"), 185 },
      { "overweight", NC_("BMI category", "Overweight"), 240 },
      { "obese", NC_("BMI category", "Obese"), 280 },
    },
  },
};

#define N_BMI_CUTOFFS G_N_ELEMENTS (bmi_cutoffs)

G_STATIC_ASSERT (N_BMI_CUTOFFS == HEARTH_BMI_CUTOFFS_CHINA + 1);

gboolean
hearth_classify_bmi (HearthBmiCutoffs  cutoffs,
                     double            kg,
                     double            height_cm,
                     int               age_years,
                     HearthBmiClass   *out)
{
  const BmiCutoffs *c;
  guint level = 0;
  gint64 tenths;

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  g_return_val_if_fail ((guint) cutoffs < N_BMI_CUTOFFS, FALSE);

  out->cutoffs = cutoffs;

  if (!isfinite (kg) || !isfinite (height_cm) || kg <= 0 || height_cm <= 0)
    return FALSE;

  c = &bmi_cutoffs[cutoffs];

  /* kg / m², written as kg·10⁴ / cm² so whole centimetres square exactly.
   * The categories apply to BMI as reported, to one decimal
   * (docs/clinical.md#bmi): 24.96 is reported as 25.0 and is pre-obese,
   * so the number shown and its category agree. */
  out->bmi_unrounded = kg * 10000.0 / (height_cm * height_cm);
  if (!round_to_steps (out->bmi_unrounded, 10.0, &tenths))
    return FALSE;
  out->bmi = tenths / 10.0;
  g_snprintf (out->shown, sizeof out->shown, "%" G_GINT64_FORMAT ".%d",
              tenths / 10, (int) (tenths % 10));

  if (age_years >= 0 && age_years < ADULT_AGE)
    {
      out->id = "none";
      out->label = _("No adult category under 18");
      out->level = 0;
      out->none = TRUE;
      return TRUE;
    }

  for (guint i = 1; i < c->n_levels; i++)
    {
      if (tenths >= c->categories[i].from)
        level = i;
    }

  out->id = c->categories[level].id;
  out->label = g_dpgettext2 (GETTEXT_PACKAGE, BMI_CONTEXT, c->categories[level].label);
  out->level = level;

  return TRUE;
}

char *
hearth_bmi_class_describe (const HearthBmiClass *klass)
{
  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail ((guint) klass->cutoffs < N_BMI_CUTOFFS, NULL);
  g_return_val_if_fail (klass->label != NULL, NULL);

  if (klass->none)
    /* Translators: %s is a body mass index, "17.9" */
    return g_strdup_printf (_("BMI %s: no adult category under 18."), klass->shown);

  /* Translators: "BMI 22.9: Normal (WHO)." The first %s is a body mass
   * index, the second a BMI category, the third the cutoffs' name. */
  return g_strdup_printf (_("BMI %s: %s (%s)."), klass->shown, klass->label,
                          hearth_bmi_cutoffs_get_name (klass->cutoffs));
}

const char *
hearth_bmi_cutoffs_get_name (HearthBmiCutoffs cutoffs)
{
  g_return_val_if_fail ((guint) cutoffs < N_BMI_CUTOFFS, NULL);

  return _(bmi_cutoffs[cutoffs].name);
}

const char *
hearth_bmi_cutoffs_to_string (HearthBmiCutoffs cutoffs)
{
  g_return_val_if_fail ((guint) cutoffs < N_BMI_CUTOFFS, NULL);

  return bmi_cutoffs[cutoffs].id;
}

gboolean
hearth_bmi_cutoffs_from_string (const char       *s,
                                HearthBmiCutoffs *cutoffs)
{
  guint value;

  g_return_val_if_fail (cutoffs != NULL, FALSE);

  if (!_hearth_id_lookup (s, &bmi_cutoffs[0].id, N_BMI_CUTOFFS, sizeof bmi_cutoffs[0], &value))
    return FALSE;

  *cutoffs = (HearthBmiCutoffs) value;
  return TRUE;
}

/* Glucose */

#define GLUCOSE_CONTEXT "glucose category"

/* Thresholds in display steps of each unit: tenths of mmol/L, whole mg/dL. */
typedef struct
{
  int from[HEARTH_GLUCOSE_UNIT_MG_DL + 1];
} GlucoseThreshold;

typedef struct
{
  const char       *id;
  const char       *label;    /* untranslated, context GLUCOSE_CONTEXT */
  GlucoseThreshold  at;       /* lowest value of the category; unused for the first */
} GlucoseCategory;

typedef struct
{
  guint           n_levels;
  GlucoseCategory categories[3];
} GlucoseTable;

static const GlucoseTable ada_fasting = {
  3, {
    { "normal", NC_("glucose category", "Normal"), { { 0, 0 } } },
    { "prediabetes", NC_("glucose category", "Prediabetes range"), { { 56, 100 } } },
    { "diabetes", NC_("glucose category", "Diabetes range"), { { 70, 126 } } },
  },
};

/* ADA's 2-hour figures (7.8 / 11.1) are for an oral glucose tolerance
 * test, not an ordinary meal (docs/clinical.md#glucose-fasting); fasting thresholds are the
 * only ones that fit a home reading: other contexts get no category, only
 * the low-glucose levels. */

static const GlucoseTable who_fasting = {
  3, {
    { "normal", NC_("glucose category", "Normal"), { { 0, 0 } } },
    { "impaired-fasting", NC_("glucose category", "Impaired fasting glucose"), { { 61, 110 } } },
    { "diabetes", NC_("glucose category", "Diabetes range"), { { 70, 126 } } },
  },
};

/* Low glucose (ADA), every context: below these (docs/clinical.md#glucose-low). */
static const GlucoseThreshold hypo_1 = { { 39, 70 } };
static const GlucoseThreshold hypo_2 = { { 30, 54 } };

static const struct {
  const char *id;
  const char *name;           /* untranslated */
} glucose_guidelines[] = {
  [HEARTH_GLUCOSE_GUIDELINE_ADA] = { "ada", N_("ADA") },
  [HEARTH_GLUCOSE_GUIDELINE_WHO] = { "who", N_("WHO") },
};

#define N_GLUCOSE_GUIDELINES G_N_ELEMENTS (glucose_guidelines)

G_STATIC_ASSERT (N_GLUCOSE_GUIDELINES == HEARTH_GLUCOSE_GUIDELINE_WHO + 1);

/* The table for a context, or NULL when the guideline has none for it. */
static const GlucoseTable *
get_glucose_table (HearthGlucoseGuideline guideline,
                   HearthGlucoseContext   context)
{
  switch (context)
    {
    case HEARTH_GLUCOSE_CONTEXT_FASTING:
      return guideline == HEARTH_GLUCOSE_GUIDELINE_WHO ? &who_fasting : &ada_fasting;
    case HEARTH_GLUCOSE_CONTEXT_UNSET:
    case HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL:
    case HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL:
    case HEARTH_GLUCOSE_CONTEXT_BEDTIME:
    case HEARTH_GLUCOSE_CONTEXT_RANDOM:
    default:
      return NULL;
    }
}

gboolean
hearth_classify_glucose (HearthGlucoseGuideline  guideline,
                         HearthGlucoseContext    context,
                         double                  mmol_l,
                         HearthGlucoseUnit       unit,
                         HearthGlucoseClass     *out)
{
  const GlucoseTable *table;
  g_autofree char *text = NULL;
  gint64 shown;

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  g_return_val_if_fail ((guint) guideline < N_GLUCOSE_GUIDELINES, FALSE);
  g_return_val_if_fail (context <= HEARTH_GLUCOSE_CONTEXT_RANDOM, FALSE);
  g_return_val_if_fail (unit <= HEARTH_GLUCOSE_UNIT_MG_DL, FALSE);

  out->guideline = guideline;
  out->context = context;
  out->unit = unit;
  out->mmol_l = mmol_l;

  if (!isfinite (mmol_l) || mmol_l <= 0 || mmol_l > 1000)
    return FALSE;

  /* The number on screen, in display steps: the one classified. */
  if (!hearth_units_glucose_display_steps (mmol_l, unit, &shown))
    return FALSE;
  text = hearth_units_format_glucose (mmol_l, unit);
  g_strlcpy (out->shown, text, sizeof out->shown);

  if (shown < hypo_2.from[unit])
    {
      out->id = "hypo-2";
      out->label = g_dpgettext2 (GETTEXT_PACKAGE, GLUCOSE_CONTEXT, NC_("glucose category", "Low, level 2"));
      out->hypo_level = 2;
      out->alert = TRUE;
      return TRUE;
    }
  if (shown < hypo_1.from[unit])
    {
      out->id = "hypo-1";
      out->label = g_dpgettext2 (GETTEXT_PACKAGE, GLUCOSE_CONTEXT, NC_("glucose category", "Low, level 1"));
      out->hypo_level = 1;
      return TRUE;
    }

  table = get_glucose_table (guideline, context);
  if (table == NULL)
    {
      out->id = "none";
      out->label = g_dpgettext2 (GETTEXT_PACKAGE, GLUCOSE_CONTEXT, NC_("glucose category", "No category"));
      return TRUE;
    }

  for (guint i = table->n_levels; i-- > 0;)
    {
      if (i == 0 || shown >= table->categories[i].at.from[unit])
        {
          out->id = table->categories[i].id;
          out->label = g_dpgettext2 (GETTEXT_PACKAGE, GLUCOSE_CONTEXT, table->categories[i].label);
          break;
        }
    }

  return TRUE;
}

char *
hearth_glucose_class_describe (const HearthGlucoseClass *klass)
{
  const char *name;

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail ((guint) klass->guideline < N_GLUCOSE_GUIDELINES, NULL);
  g_return_val_if_fail (klass->label != NULL, NULL);

  name = hearth_glucose_guideline_get_name (klass->guideline);

  if (klass->hypo_level == 2)
    return g_strdup (_("Low glucose, level 2: below 3.0 mmol/L (54 mg/dL), ADA. Seek medical care now."));
  if (klass->hypo_level == 1)
    return g_strdup (_("Low glucose, level 1: below 3.9 mmol/L (70 mg/dL), ADA."));

  if (g_str_equal (klass->id, "none"))
    /* Translators: %s is a guideline, "ADA" or "WHO" */
    return g_strdup_printf (_("%s gives no category for this context: only fasting readings are categorised. Not in the low range."),
                            name);

  /* Translators: "Prediabetes range by ADA (fasting thresholds)." The first
   * %s is a category, the second a guideline. */
  return g_strdup_printf (_("%s by %s (fasting thresholds)."), klass->label, name);
}

const char *
hearth_glucose_guideline_get_name (HearthGlucoseGuideline guideline)
{
  g_return_val_if_fail ((guint) guideline < N_GLUCOSE_GUIDELINES, NULL);

  return _(glucose_guidelines[guideline].name);
}

const char *
hearth_glucose_guideline_to_string (HearthGlucoseGuideline guideline)
{
  g_return_val_if_fail ((guint) guideline < N_GLUCOSE_GUIDELINES, NULL);

  return glucose_guidelines[guideline].id;
}

gboolean
hearth_glucose_guideline_from_string (const char             *s,
                                      HearthGlucoseGuideline *guideline)
{
  guint value;

  g_return_val_if_fail (guideline != NULL, FALSE);

  if (!_hearth_id_lookup (s, &glucose_guidelines[0].id, N_GLUCOSE_GUIDELINES, sizeof glucose_guidelines[0], &value))
    return FALSE;

  *guideline = (HearthGlucoseGuideline) value;
  return TRUE;
}

/* Other vitals (docs/clinical.md#other-vitals) */

#define VITAL_CONTEXT "vital category"
#define SENIOR_AGE 65

static void
set_vital (HearthVitalClass *out,
           const char       *id,
           const char       *label)
{
  out->id = id;
  out->label = g_dpgettext2 (GETTEXT_PACKAGE, VITAL_CONTEXT, label);
}

static void
set_vital_none (HearthVitalClass *out)
{
  out->id = "none";
  out->label = _("No adult range under 18");
  out->none = TRUE;
}

/* Fills the inputs; FALSE if @value is not finite or too large to show. */
static gboolean
start_vital (HearthVitalClass  *out,
             HearthReadingKind  kind,
             double             value,
             int                age_years)
{
  memset (out, 0, sizeof *out);
  out->kind = kind;
  out->value = value;
  out->age_years = age_years;

  return isfinite (value) && fabs (value) < MAX_STEPS / 100;
}

gboolean
hearth_classify_heart_rate (double            bpm,
                            int               age_years,
                            HearthVitalClass *out)
{
  gint64 shown;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!start_vital (out, HEARTH_READING_KIND_HEART_RATE, bpm, age_years) ||
      !round_to_steps (bpm, 1.0, &shown))
    return FALSE;

  /* Shown whole ("60 bpm"); that number is classified. */
  g_snprintf (out->shown, sizeof out->shown, "%" G_GINT64_FORMAT " %s", shown,
              hearth_reading_kind_get_unit_symbol (HEARTH_READING_KIND_HEART_RATE));

  if (age_years >= 0 && age_years < ADULT_AGE)
    set_vital_none (out);
  else if (shown < 60)
    set_vital (out, "low", NC_("vital category", "Below the resting range"));
  else if (shown > 100)
    set_vital (out, "high", NC_("vital category", "Above the resting range"));
  else
    set_vital (out, "normal", NC_("vital category", "Normal"));

  return TRUE;
}

gboolean
hearth_classify_is_severe (HearthReadingKind kind,
                           double            value_a,
                           double            value_b)
{
  HearthGlucoseClass klass;

  if (kind == HEARTH_READING_KIND_BLOOD_PRESSURE)
    /* hearth_classify_bp()'s flag: the same in every guideline. */
    return (!isnan (value_a) && value_a > SEVERE_SYSTOLIC) ||
           (!isnan (value_b) && value_b > SEVERE_DIASTOLIC);
  if (kind == HEARTH_READING_KIND_GLUCOSE)
    return hearth_classify_glucose (HEARTH_GLUCOSE_GUIDELINE_ADA, HEARTH_GLUCOSE_CONTEXT_RANDOM,
                                    value_a, HEARTH_GLUCOSE_UNIT_MMOL_L, &klass) &&
           klass.alert;
  return FALSE;
}

gboolean
hearth_classify_spo2 (double            percent,
                      HearthVitalClass *out)
{
  gint64 shown;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!start_vital (out, HEARTH_READING_KIND_SPO2, percent, -1) ||
      !round_to_steps (percent, 1.0, &shown))
    return FALSE;

  /* Shown whole ("93 %"); that number is classified. */
  g_snprintf (out->shown, sizeof out->shown, "%" G_GINT64_FORMAT " %%", shown);

  if (shown <= 92)
    set_vital (out, "low", NC_("vital category", "Low"));
  else
    /* xgettext:no-c-format */
    set_vital (out, "ok", NC_("vital category", "Above 92 %"));

  return TRUE;
}

gboolean
hearth_classify_temperature (double            celsius,
                             HearthVitalClass *out)
{
  return hearth_classify_temperature_in (celsius, HEARTH_TEMPERATURE_UNIT_C, out);
}

/* Fever from 38.0 °C, which is exactly 100.4 °F: the threshold in tenths
 * of each unit. */
static const gint64 fever_from[] = {
  [HEARTH_TEMPERATURE_UNIT_C] = 380,
  [HEARTH_TEMPERATURE_UNIT_F] = 1004,
};

gboolean
hearth_classify_temperature_in (double                 celsius,
                                HearthTemperatureUnit  unit,
                                HearthVitalClass      *out)
{
  g_autofree char *text = NULL;
  gint64 shown;

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  g_return_val_if_fail (unit <= HEARTH_TEMPERATURE_UNIT_F, FALSE);

  if (!start_vital (out, HEARTH_READING_KIND_TEMPERATURE, celsius, -1) ||
      !hearth_units_temperature_display_steps (celsius, unit, &shown))
    return FALSE;

  out->temperature_unit = unit;
  text = hearth_units_format_temperature (celsius, unit);
  g_strlcpy (out->shown, text, sizeof out->shown);

  /* As shown, to 0.1 in the unit shown: 37.97 °C is 38.0 °C (a fever) but
   * 100.3 °F (not one); 100.4 °F is a fever whatever the conversion's
   * last bit. */
  if (shown >= fever_from[unit])
    set_vital (out, "fever", NC_("vital category", "Fever"));
  else
    set_vital (out, "no-fever", NC_("vital category", "No fever"));

  return TRUE;
}

gboolean
hearth_classify_sleep (double            hours,
                       int               age_years,
                       HearthVitalClass *out)
{
  gint64 longest;
  gint64 minutes;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!start_vital (out, HEARTH_READING_KIND_SLEEP, hours, age_years) ||
      !round_to_steps (hours, 60.0, &minutes))
    return FALSE;

  /* Shown to the minute ("7 h 00 min", as the app shows it); that is what
   * is classified. */
  /* Translators: time asleep, "7 h 30 min" */
  g_snprintf (out->shown, sizeof out->shown, _("%d h %02d min"),
              (int) (minutes / 60), (int) ABS (minutes % 60));

  longest = (age_years >= SENIOR_AGE ? 8 : 9) * 60;

  if (age_years >= 0 && age_years < ADULT_AGE)
    set_vital_none (out);
  else if (minutes < 7 * 60)
    set_vital (out, "short", NC_("vital category", "Short"));
  else if (minutes > longest)
    set_vital (out, "long", NC_("vital category", "Long"));
  else
    set_vital (out, "recommended", NC_("vital category", "Recommended"));

  return TRUE;
}

char *
hearth_vital_class_describe (const HearthVitalClass *klass)
{
  gboolean senior;

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail (klass->id != NULL, NULL);

  senior = klass->age_years >= SENIOR_AGE;

  switch (klass->kind)
    {
    case HEARTH_READING_KIND_HEART_RATE:
      if (klass->none)
        return g_strdup (_("No adult resting heart rate range under 18."));
      if (g_str_equal (klass->id, "low"))
        return g_strdup (_("Below the adult resting heart rate range of 60–100 bpm."));
      if (g_str_equal (klass->id, "high"))
        return g_strdup (_("Above the adult resting heart rate range of 60–100 bpm."));
      return g_strdup (_("Within the adult resting heart rate range of 60–100 bpm."));

    case HEARTH_READING_KIND_SPO2:
      if (g_str_equal (klass->id, "low"))
        /* xgettext:no-c-format */
        return g_strdup (_("92 % or lower: at rest, this warrants medical advice."));
      /* xgettext:no-c-format */
      return g_strdup (_("Above 92 %. At rest, 92 % or lower warrants medical advice."));

    case HEARTH_READING_KIND_TEMPERATURE:
      if (klass->temperature_unit == HEARTH_TEMPERATURE_UNIT_F)
        {
          if (g_str_equal (klass->id, "fever"))
            return g_strdup (_("Fever: 100.4 °F or higher."));
          return g_strdup (_("No fever: below 100.4 °F."));
        }
      if (g_str_equal (klass->id, "fever"))
        return g_strdup (_("Fever: 38.0 °C or higher."));
      return g_strdup (_("No fever: below 38.0 °C."));

    case HEARTH_READING_KIND_SLEEP:
      if (klass->none)
        return g_strdup (_("No adult sleep recommendation under 18."));
      if (senior)
        {
          if (g_str_equal (klass->id, "short"))
            return g_strdup (_("Shorter than the 7–8 hours recommended for adults 65 and older."));
          if (g_str_equal (klass->id, "long"))
            return g_strdup (_("Longer than the 7–8 hours recommended for adults 65 and older."));
          return g_strdup (_("Within the 7–8 hours recommended for adults 65 and older."));
        }
      if (g_str_equal (klass->id, "short"))
        return g_strdup (_("Shorter than the 7–9 hours recommended for adults."));
      if (g_str_equal (klass->id, "long"))
        return g_strdup (_("Longer than the 7–9 hours recommended for adults."));
      return g_strdup (_("Within the 7–9 hours recommended for adults."));

    case HEARTH_READING_KIND_BLOOD_PRESSURE:
    case HEARTH_READING_KIND_WEIGHT:
    case HEARTH_READING_KIND_GLUCOSE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_STEPS:
    default:
      g_return_val_if_reached (NULL);
    }
}
