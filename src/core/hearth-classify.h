/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-types.h"

G_BEGIN_DECLS

/* Categories, never diagnoses (docs/clinical.md#general-rules). Values at
 * a boundary belong to the higher category; when systolic and diastolic
 * fall in different categories the higher one applies. */

/* Every class below carries `shown`: the value exactly as Hearth displays
 * it ("25.0", "5.6 mmol/L", "100.4 °F", "60 bpm", "7 h 00 min"), and the
 * category is the one of that displayed value (docs/clinical.md: values
 * are classified as reported). Show `shown` next to the category and the
 * two cannot disagree. */
#define HEARTH_CLASS_SHOWN_SIZE 32

typedef struct
{
  HearthBpGuideline guideline;
  const char *id;          /* stable identifier, e.g. "stage-1" (static) */
  const char *label;       /* translated category name, e.g. "Stage 1 hypertension" */
  guint       level;       /* 0 = lowest category of this guideline, rising */
  guint       n_levels;    /* number of categories of this guideline */
  gboolean    home;        /* home thresholds were applied */
  gboolean    isolated_systolic; /* ESC/ESH 2018, China 2018 only */
  gboolean    severe;      /* > 180 systolic or > 120 diastolic */
  gboolean    low;         /* below 90/60: commonly flagged as low */
  char        shown[HEARTH_CLASS_SHOWN_SIZE]; /* "130/85 mmHg", "17.3/11.3 kPa"; "" from
                                               * hearth_classify_bp() */
} HearthBpClass;

/* Fills @out. @home picks the guideline's home thresholds (every
 * guideline Hearth offers has them: docs/clinical.md#blood-pressure);
 * out->home says which were applied. */
void        hearth_classify_bp (HearthBpGuideline guideline,
                                gboolean          home,
                                double            systolic_mmhg,
                                double            diastolic_mmhg,
                                HearthBpClass    *out);

/* The same, for the values as shown in @unit: whole mmHg, or kPa to 0.1
 * compared with each threshold as it shows in kPa (130 mmHg shows as
 * 17.3 kPa, so a reading shown as 17.3 kPa is at 130). The severe and low
 * flags and isolated systolic follow the shown values too, and out->shown
 * holds the text ("130/85 mmHg"). Use this wherever a category is shown
 * beside the numbers; hearth_classify_bp() compares unrounded. */
void        hearth_classify_bp_as_shown (HearthBpGuideline   guideline,
                                         gboolean            home,
                                         double              systolic_mmhg,
                                         double              diastolic_mmhg,
                                         HearthPressureUnit  unit,
                                         HearthBpClass      *out);

/* FALSE with HEARTH_VALIDATION_ERROR (code SYSTOLIC or DIASTOLIC, a
 * message fit to show) unless the pair can be a blood pressure: each value
 * within the limits a reading is logged with (HEARTH_SYSTOLIC_MIN…) and the
 * diastolic under the systolic. Call it before hearth_classify_bp() on
 * anything a person typed. */
gboolean    hearth_classify_bp_validate (double   systolic_mmhg,
                                         double   diastolic_mmhg,
                                         GError **error);

/* TRUE if the guideline has home thresholds in Hearth (all four do since
 * ESC 2024's home equivalents were added; kept for callers that ask). */
gboolean    hearth_bp_guideline_has_home_thresholds (HearthBpGuideline guideline);

/* A translated sentence naming the category and the guideline, e.g.
 * "Stage 1 hypertension (ACC/AHA 2017, office thresholds)." and, where it
 * applies, "Isolated systolic hypertension, graded by its systolic value." */
char       *hearth_bp_class_describe (const HearthBpClass *klass);

/* Translated short name ("ACC/AHA 2017") and stable id ("acc-aha-2017"). */
const char *hearth_bp_guideline_get_name  (HearthBpGuideline guideline);
const char *hearth_bp_guideline_to_string (HearthBpGuideline guideline);
gboolean    hearth_bp_guideline_from_string (const char *s, HearthBpGuideline *guideline);

typedef struct
{
  HearthBmiCutoffs cutoffs;
  double      bmi;         /* kg/m² as reported, to one decimal: the value classified */
  double      bmi_unrounded;
  char        shown[HEARTH_CLASS_SHOWN_SIZE]; /* "25.0" */
  const char *id;          /* "normal", "pre-obese", … or "none" under 18 */
  const char *label;       /* translated; "No adult category under 18" for none */
  guint       level;       /* 0 = lowest category */
  gboolean    none;        /* TRUE under 18: no adult category */
} HearthBmiClass;

/* @age_years < 0 means unknown (treated as adult). Returns FALSE if kg or
 * cm is not positive. BMI 24.96 is reported as 25.0 and classified so. */
gboolean    hearth_classify_bmi (HearthBmiCutoffs cutoffs,
                                 double           kg,
                                 double           height_cm,
                                 int              age_years,
                                 HearthBmiClass  *out);
char       *hearth_bmi_class_describe (const HearthBmiClass *klass);
const char *hearth_bmi_cutoffs_get_name    (HearthBmiCutoffs cutoffs);
const char *hearth_bmi_cutoffs_to_string   (HearthBmiCutoffs cutoffs);
gboolean    hearth_bmi_cutoffs_from_string (const char *s, HearthBmiCutoffs *cutoffs);

/* Glucose (mmol/L). ADA: fasting <5.6 normal, 5.6–6.9 prediabetes, ≥7.0
 * diabetes; 2 h after a glucose load (Hearth: "after-meal") <7.8 normal,
 * 7.8–11.0 prediabetes, ≥11.1 diabetes. WHO: fasting <6.1 normal, 6.1–6.9
 * impaired fasting glucose, ≥7.0 diabetes; no after-meal category here.
 * Other contexts get no category. Low glucose applies to every context
 * and wins over the category: level 1 <3.9, level 2 <3.0 (an alert).
 *
 * The value is compared at display precision in @unit (0.1 mmol/L, 1 mg/dL)
 * with the guideline's thresholds published in that unit (ADA: 100/126
 * fasting, 140/200 after a load, 70/54 low; WHO: 110/126 mg/dL): the
 * published mmol/L and mg/dL thresholds are rounded conversions of each
 * other, so 100 mg/dL (5.55 mmol/L) is prediabetes in mg/dL and the
 * category always matches the number on screen. */

typedef struct
{
  HearthGlucoseGuideline guideline;
  HearthGlucoseContext   context;
  HearthGlucoseUnit      unit;
  double      mmol_l;
  char        shown[HEARTH_CLASS_SHOWN_SIZE]; /* "5.6 mmol/L", "100 mg/dL": what is classified */
  const char *id;          /* "normal", "prediabetes", "impaired-fasting", "diabetes",
                            * "hypo-1", "hypo-2", or "none" (no category, not low) */
  const char *label;       /* translated */
  guint       hypo_level;  /* 0, 1 or 2 */
  gboolean    alert;       /* level 2: seek medical care now */
} HearthGlucoseClass;

/* Returns FALSE (and fills nothing but the inputs) if @mmol_l is not a
 * positive finite number. */
gboolean    hearth_classify_glucose (HearthGlucoseGuideline  guideline,
                                     HearthGlucoseContext    context,
                                     double                  mmol_l,
                                     HearthGlucoseUnit       unit,
                                     HearthGlucoseClass     *out);
/* "Prediabetes range by ADA (fasting thresholds)." */
char       *hearth_glucose_class_describe (const HearthGlucoseClass *klass);
/* Translated ("ADA", "WHO") and stable ("ada", "who"). */
const char *hearth_glucose_guideline_get_name    (HearthGlucoseGuideline guideline);
const char *hearth_glucose_guideline_to_string   (HearthGlucoseGuideline guideline);
gboolean    hearth_glucose_guideline_from_string (const char *s, HearthGlucoseGuideline *guideline);

/* Heart rate, SpO2, temperature and sleep, each against the one rule
 * docs/clinical.md#other-vitals gives, compared as shown:
 *   heart rate (resting, adults, whole bpm): <60 "low", 60–100 "normal",
 *                >100 "high" (59.6 shows as 60: normal)
 *   SpO2 (at rest, whole %): ≤92 % "low" (warrants medical advice), else "ok"
 *   temperature: ≥38.0 °C (= 100.4 °F) "fever", else "no-fever", to 0.1
 *                in the unit shown: 37.95 °C is 38.0 °C, 37.97 °C is
 *                100.3 °F
 *   sleep (adults, whole minutes): <7 h "short", 7–9 h "recommended",
 *                >9 h "long"; 65 and older 7–8 h
 * Heart rate and sleep give "none" under 18 (no adult range); an unknown
 * age (< 0) counts as an adult under 65. */
typedef struct
{
  HearthReadingKind kind;
  double      value;
  int         age_years;   /* as given; < 0 unknown */
  HearthTemperatureUnit temperature_unit; /* temperature: the unit shown */
  char        shown[HEARTH_CLASS_SHOWN_SIZE]; /* "60 bpm", "93 %", "100.4 °F", "7 h 00 min" */
  const char *id;          /* stable, static */
  const char *label;       /* translated */
  gboolean    none;        /* no range applies (under 18) */
} HearthVitalClass;

/* Each returns FALSE if the value is not finite. */
gboolean    hearth_classify_heart_rate  (double bpm, int age_years, HearthVitalClass *out);
gboolean    hearth_classify_spo2        (double percent, HearthVitalClass *out);
/* In °C; hearth_classify_temperature_in() for the unit the user sees. */
gboolean    hearth_classify_temperature (double celsius, HearthVitalClass *out);
gboolean    hearth_classify_temperature_in (double                 celsius,
                                            HearthTemperatureUnit  unit,
                                            HearthVitalClass      *out);
gboolean    hearth_classify_sleep       (double hours, int age_years, HearthVitalClass *out);
/* A translated sentence naming the range it was measured against. */
char       *hearth_vital_class_describe (const HearthVitalClass *klass);

/* The severe-reading alert (PRODUCT.md "Safety"; docs/clinical.md
 * #blood-pressure, #glucose): TRUE for a blood pressure in the severe range
 * (above 180 systolic or 120 diastolic, any guideline) or a level-2 low
 * glucose (below 3.0 mmol/L as shown, at 0.1 mmol/L). Values canonical, as
 * stored (value_a, value_b); NAN counts as none; other kinds never are. The
 * one rule behind the badges' and nudges' silence, the family overview's
 * warning and hearth_store_has_severe_alert(). */
gboolean    hearth_classify_is_severe   (HearthReadingKind kind,
                                         double            value_a,
                                         double            value_b);

G_END_DECLS
