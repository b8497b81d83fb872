/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _HearthClock   HearthClock;
typedef struct _HearthProfile HearthProfile;
typedef struct _HearthReading HearthReading;
typedef struct _HearthStore   HearthStore;

typedef enum
{
  HEARTH_SEX_UNSET,
  HEARTH_SEX_FEMALE,
  HEARTH_SEX_MALE,
  HEARTH_SEX_OTHER,
} HearthSex;

/* Stored as the stable string from hearth_reading_kind_to_string(), never
 * as the number: later issues add kinds without a schema change. */
typedef enum
{
  HEARTH_READING_KIND_BLOOD_PRESSURE,
  HEARTH_READING_KIND_WEIGHT,
  HEARTH_READING_KIND_GLUCOSE,
  HEARTH_READING_KIND_HEART_RATE,
  HEARTH_READING_KIND_SPO2,
  HEARTH_READING_KIND_TEMPERATURE,
  HEARTH_READING_KIND_WAIST,
  HEARTH_READING_KIND_BODY_FAT,
  HEARTH_READING_KIND_SLEEP,
  HEARTH_READING_KIND_STEPS,
  HEARTH_READING_KIND_LAST = HEARTH_READING_KIND_STEPS,
} HearthReadingKind;

/* When a glucose reading was taken; stored as label_a. Only fasting and
 * after-meal readings have guideline categories (hearth-classify.h). */
typedef enum
{
  HEARTH_GLUCOSE_CONTEXT_UNSET,
  HEARTH_GLUCOSE_CONTEXT_FASTING,
  HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL,
  HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL,
  HEARTH_GLUCOSE_CONTEXT_BEDTIME,
  HEARTH_GLUCOSE_CONTEXT_RANDOM,
} HearthGlucoseContext;

typedef enum
{
  HEARTH_ARM_UNSET,
  HEARTH_ARM_LEFT,
  HEARTH_ARM_RIGHT,
} HearthArm;

typedef enum
{
  HEARTH_POSTURE_UNSET,
  HEARTH_POSTURE_SITTING,
  HEARTH_POSTURE_STANDING,
  HEARTH_POSTURE_LYING,
} HearthPosture;

typedef enum
{
  HEARTH_PERIOD_DAY,
  HEARTH_PERIOD_WEEK,   /* ISO weeks, starting Monday, local calendar */
  HEARTH_PERIOD_MONTH,
} HearthPeriod;

typedef enum
{
  HEARTH_BP_GUIDELINE_ACC_AHA_2017,
  HEARTH_BP_GUIDELINE_ESC_ESH_2018,
  HEARTH_BP_GUIDELINE_ESC_2024,
  HEARTH_BP_GUIDELINE_CHINA_2018,
} HearthBpGuideline;

typedef enum
{
  HEARTH_GLUCOSE_GUIDELINE_ADA,
  HEARTH_GLUCOSE_GUIDELINE_WHO,
} HearthGlucoseGuideline;

typedef enum
{
  HEARTH_BMI_CUTOFFS_WHO,
  HEARTH_BMI_CUTOFFS_CHINA,
} HearthBmiCutoffs;

typedef enum
{
  HEARTH_WEIGHT_UNIT_KG,
  HEARTH_WEIGHT_UNIT_LB,
  HEARTH_WEIGHT_UNIT_ST,      /* stones and pounds, "11 st 6.2 lb" */
} HearthWeightUnit;

typedef enum
{
  HEARTH_LENGTH_UNIT_CM,
  HEARTH_LENGTH_UNIT_FT_IN,   /* "5 ft 9.5 in" */
} HearthLengthUnit;

typedef enum
{
  HEARTH_PRESSURE_UNIT_MMHG,
  HEARTH_PRESSURE_UNIT_KPA,
} HearthPressureUnit;

typedef enum
{
  HEARTH_GLUCOSE_UNIT_MMOL_L,
  HEARTH_GLUCOSE_UNIT_MG_DL,
} HearthGlucoseUnit;

typedef enum
{
  HEARTH_TEMPERATURE_UNIT_C,
  HEARTH_TEMPERATURE_UNIT_F,
} HearthTemperatureUnit;

typedef enum
{
  HEARTH_ENERGY_UNIT_KCAL,
  HEARTH_ENERGY_UNIT_KJ,
} HearthEnergyUnit;

G_END_DECLS
