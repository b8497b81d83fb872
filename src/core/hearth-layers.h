/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-types.h"
#include "hearth-profile.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* Layers, not one size (PRODUCT.md, "Layers"): each member is seen along
 * three axes, computed from the health record and from what is logged,
 * never from how often the app is opened; the layers pick what is
 * suggested and how (hearth_layers_advise()). Pure logic but for
 * hearth_store_get_layers(), which reads what the rules need. */

typedef enum
{
  HEARTH_LIFE_STAGE_UNKNOWN,   /* no birth year */
  HEARTH_LIFE_STAGE_CHILD,     /* under 18 */
  HEARTH_LIFE_STAGE_18_25,
  HEARTH_LIFE_STAGE_26_45,
  HEARTH_LIFE_STAGE_46_59,
  HEARTH_LIFE_STAGE_60_PLUS,
} HearthLifeStage;

/* Health state, first rule that applies:
 *  1. CHRONIC: the health record names a chronic condition (hypertension,
 *     diabetes, heart disease, kidney disease; pregnancy is not one).
 *  2. SUB_HEALTHY: the newest reading of some kind in the last 30 days is
 *     borderline or out of range (see HearthReadingStatus).
 *  3. RECOVERING: every such newest reading is in range, but some kind had
 *     a reading out of range (not merely borderline) in those 30 days: a
 *     fever that passed, a blood pressure back under its threshold.
 *  4. HEALTHY: otherwise, also with no readings at all. */
typedef enum
{
  HEARTH_HEALTH_STATE_HEALTHY,
  HEARTH_HEALTH_STATE_SUB_HEALTHY,
  HEARTH_HEALTH_STATE_CHRONIC,
  HEARTH_HEALTH_STATE_RECOVERING,
} HearthHealthState;

/* Share of the last 30 local days (today included) with any entry (the
 * days hearth_store_list_logging_days() gives, read for those 30 days
 * only): HIGH ≥ 60 %, MEDIUM ≥ 25 %, LOW below. */
typedef enum
{
  HEARTH_ENGAGEMENT_LOW,
  HEARTH_ENGAGEMENT_MEDIUM,
  HEARTH_ENGAGEMENT_HIGH,
} HearthEngagement;

#define HEARTH_ENGAGEMENT_DAYS 30

/* One reading's category folded onto three steps, by the guideline's
 * category id (hearth-classify.h):
 *   blood pressure: optimal, normal, non-elevated → IN_RANGE; elevated,
 *     high-normal → BORDERLINE; any hypertension stage or grade → OUT;
 *   BMI (a weight with the member's height, adults): normal → IN_RANGE;
 *     pre-obese, overweight, mildly underweight, underweight → BORDERLINE;
 *     obese classes, moderate and severe underweight → OUT;
 *   glucose (fasting, after-meal): normal → IN_RANGE; prediabetes,
 *     impaired fasting, low level 1 → BORDERLINE; diabetes range, low
 *     level 2 → OUT (other contexts: NONE);
 *   temperature: fever → OUT, else IN_RANGE; SpO2: low → OUT, else IN_RANGE.
 * Other kinds say nothing about the health state (NONE). */
typedef enum
{
  HEARTH_READING_STATUS_NONE,
  HEARTH_READING_STATUS_IN_RANGE,
  HEARTH_READING_STATUS_BORDERLINE,
  HEARTH_READING_STATUS_OUT_OF_RANGE,
} HearthReadingStatus;

/* What the health-state rules read for one kind over the last 30 days. */
typedef struct
{
  HearthReadingStatus newest;  /* the newest reading's status (NONE: none) */
  HearthReadingStatus worst;   /* the worst status among those readings */
} HearthKindStatus;

typedef struct
{
  HearthLifeStage   life_stage;
  HearthHealthState health_state;
  HearthEngagement  engagement;
  guint             active_days;   /* days with an entry among the last 30 */
  double            active_share;  /* active_days / 30 */
} HearthLayers;

/* The guidelines the member's readings are classified by (the app's
 * settings; hearth-cli's defaults: ACC/AHA 2017 home thresholds, ADA, WHO). */
typedef struct
{
  HearthBpGuideline      bp;
  gboolean               bp_home;
  HearthGlucoseGuideline glucose;
  HearthBmiCutoffs       bmi;
} HearthLayerGuidelines;

HearthLifeStage   hearth_life_stage_for_age     (int age);
HearthEngagement  hearth_engagement_compute     (const gint64 *days,
                                                 guint         n_days,
                                                 gint64        today,
                                                 guint        *active_days);
HearthHealthState hearth_health_state_compute   (const char * const     *conditions,
                                                 const HearthKindStatus *statuses,
                                                 guint                   n_statuses);
/* The status of one reading (above); @height_cm 0 when unknown, @age < 0
 * unknown. */
HearthReadingStatus hearth_reading_status       (HearthReading               *reading,
                                                 const HearthLayerGuidelines *guidelines,
                                                 double                       height_cm,
                                                 int                          age);

/* Fills @layers for @profile (a live member) at the store clock's now:
 * its logging days and its readings of the last 30 days, in one read
 * transaction. @guidelines NULL: hearth-cli's defaults. */
gboolean          hearth_store_get_layers       (HearthStore                 *self,
                                                 HearthProfile               *profile,
                                                 const HearthLayerGuidelines *guidelines,
                                                 HearthLayers                *layers,
                                                 GError                     **error);

const char       *hearth_life_stage_to_string   (HearthLifeStage stage);     /* "child", "18-25", … "60+", "unknown" */
const char       *hearth_health_state_to_string (HearthHealthState state);   /* "healthy", "sub-healthy", "chronic", "recovering" */
const char       *hearth_engagement_to_string   (HearthEngagement engagement); /* "low", "medium", "high" */

/* What to suggest first and how (used by goals and nudges). */
typedef enum
{
  HEARTH_SUGGESTED_GOAL_LOGGING,         /* a logging habit: a few days in a row */
  HEARTH_SUGGESTED_GOAL_BP_IN_RANGE,     /* systolic under the member's target */
  HEARTH_SUGGESTED_GOAL_WEIGHT,          /* a weight target with a date */
  HEARTH_SUGGESTED_GOAL_GLUCOSE_IN_RANGE,
  HEARTH_SUGGESTED_GOAL_ACTIVE_MINUTES,  /* WHO's week (150 min; 60 a day under 18) */
} HearthSuggestedGoal;

typedef enum
{
  HEARTH_TONE_ENCOURAGING,  /* the default */
  HEARTH_TONE_GENTLE,       /* low engagement or recovering: no pressure, smaller steps */
  HEARTH_TONE_BRIEF,        /* high engagement: short news, no coaching */
} HearthTone;

typedef struct
{
  HearthSuggestedGoal first_goal;
  HearthTone          tone;
  gboolean            smaller_steps;    /* propose the easier end of a target (low engagement) */
  gboolean            larger_text;      /* offer larger text (60+) */
  gboolean            bp_twice_daily;   /* offer morning and evening blood pressure reminders */
} HearthLayerAdvice;

/* The rules, in order:
 *  first_goal: the main goal's (lower-bp → BP_IN_RANGE, lose-weight →
 *    WEIGHT, except for a child: ACTIVE_MINUTES, manage-glucose →
 *    GLUCOSE_IN_RANGE, move-more → ACTIVE_MINUTES); with none or "record",
 *    the health record's (hypertension → BP_IN_RANGE, diabetes →
 *    GLUCOSE_IN_RANGE), then age (60+ → BP_IN_RANGE), else LOGGING. Low
 *    engagement always starts with LOGGING: the habit comes before a target.
 *  tone: GENTLE for low engagement or RECOVERING, BRIEF for high
 *    engagement, else ENCOURAGING.
 *  smaller_steps: low engagement. larger_text: 60+.
 *  bp_twice_daily: hypertension in the record or lower-bp as main goal. */
void              hearth_layers_advise          (const HearthLayers  *layers,
                                                 HearthMainGoal       main_goal,
                                                 const char * const  *conditions,
                                                 HearthLayerAdvice   *advice);

G_END_DECLS
