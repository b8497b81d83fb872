/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-types.h"

G_BEGIN_DECLS

/* Categories, never diagnoses (../shared/reference/CLINICAL.md). Values at
 * a boundary belong to the higher category; when systolic and diastolic
 * fall in different categories the higher one applies. */

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
} HearthBpClass;

/* Fills @out. When @home is TRUE and the guideline defines no home
 * thresholds Hearth can vouch for (ESC 2024), office thresholds are used
 * and out->home is FALSE. */
void        hearth_classify_bp (HearthBpGuideline guideline,
                                gboolean          home,
                                double            systolic_mmhg,
                                double            diastolic_mmhg,
                                HearthBpClass    *out);

/* TRUE if the guideline has home thresholds in Hearth. */
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
  double      bmi;         /* kg/m², unrounded */
  const char *id;          /* "normal", "pre-obese", … or "none" under 18 */
  const char *label;       /* translated; "No adult category under 18" for none */
  guint       level;       /* 0 = lowest category */
  gboolean    none;        /* TRUE under 18: no adult category */
} HearthBmiClass;

/* @age_years < 0 means unknown (treated as adult). Returns FALSE if kg or
 * cm is not positive. */
gboolean    hearth_classify_bmi (HearthBmiCutoffs cutoffs,
                                 double           kg,
                                 double           height_cm,
                                 int              age_years,
                                 HearthBmiClass  *out);
char       *hearth_bmi_class_describe (const HearthBmiClass *klass);
const char *hearth_bmi_cutoffs_get_name    (HearthBmiCutoffs cutoffs);
const char *hearth_bmi_cutoffs_to_string   (HearthBmiCutoffs cutoffs);
gboolean    hearth_bmi_cutoffs_from_string (const char *s, HearthBmiCutoffs *cutoffs);

G_END_DECLS
