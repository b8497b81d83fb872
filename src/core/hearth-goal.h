/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-types.h"

G_BEGIN_DECLS

/* Goals (issue 9; PRODUCT.md "Small goals, visible progress"), the rows of
 * the goals table (migrations/0009-progress.sql). A plain struct with free
 * functions, like HearthWorkout: set the fields, hearth_goal_validate(),
 * hand it to hearth_store_add_goal() (hearth-store-goals.h), which fills
 * uuid and stamps.
 *
 * Three kinds:
 *  - target: a value by a due day ("weight 68 kg by 1 March", "average
 *    systolic below 130"): weekly milestones, pace, status (hearth-habits.h);
 *  - habit: something done with a cadence ("7 500 steps a day", "150
 *    active minutes a week"): a completion per local day (or week), a
 *    streak and a habit strength;
 *  - range: every reading of a kind within the member's guideline target
 *    (systolic under the member's target): a day with readings is done
 *    when every reading that day is in range; days without one do not count.
 *
 * Metrics (stored as these ids; values in canonical units):
 *   weight          kg; target (the latest reading, see hearth-habits.h)
 *   systolic        mmHg; target (the 7-day average) or range (every reading)
 *   diastolic       mmHg; target (the 7-day average) or range (every reading)
 *   glucose         mmol/L; range: every reading from 3.9 (ADA level 1 low)
 *                   up to the target (docs/clinical.md#glucose-time-in-range)
 *   steps           habit, daily: the day's steps total, at least the target
 *   active-minutes  habit, weekly: WHO minutes in a calendar week (Monday
 *                   first; a vigorous minute counts as two), at least
 *   sodium          habit, daily: the day's sodium (mg) from meals, at most;
 *                   a day counts only with at least one meal logged
 *   bp-readings     habit, daily: blood pressure in the morning (04:00–11:59)
 *                   and in the evening (17:00–23:59) local time; the target
 *                   is the number of those slots to fill (1 or 2)
 *   doses-on-time   habit, daily: the share of the day's scheduled doses
 *                   taken on time (hearth-adherence.h, ±2 h); the target is
 *                   that share (0 < t ≤ 1, normally 1: every dose) */
#define HEARTH_GOAL_METRIC_WEIGHT          "weight"
#define HEARTH_GOAL_METRIC_SYSTOLIC        "systolic"
#define HEARTH_GOAL_METRIC_DIASTOLIC       "diastolic"
#define HEARTH_GOAL_METRIC_GLUCOSE         "glucose"
#define HEARTH_GOAL_METRIC_STEPS           "steps"
#define HEARTH_GOAL_METRIC_ACTIVE_MINUTES  "active-minutes"
#define HEARTH_GOAL_METRIC_SODIUM          "sodium"
#define HEARTH_GOAL_METRIC_BP_READINGS     "bp-readings"
#define HEARTH_GOAL_METRIC_DOSES_ON_TIME   "doses-on-time"

/* The bp-readings slots, local minutes after midnight [start, end). */
#define HEARTH_GOAL_MORNING_START  (4 * 60)
#define HEARTH_GOAL_MORNING_END    (12 * 60)
#define HEARTH_GOAL_EVENING_START  (17 * 60)
#define HEARTH_GOAL_EVENING_END    (24 * 60)

/* Glucose range goals start here (ADA level 1 low, docs/clinical.md). */
#define HEARTH_GOAL_GLUCOSE_LOW_MMOLL 3.9

/* A day field that is not set (due_day of a habit, reached_day while not
 * reached). Day numbers are local days since 1970-01-01. */
#define HEARTH_GOAL_NO_DAY G_MININT64

#define HEARTH_GOAL_ERROR (hearth_goal_error_quark ())

/* The code names the field the message belongs next to. */
typedef enum
{
  HEARTH_GOAL_ERROR_KIND,
  HEARTH_GOAL_ERROR_METRIC,
  HEARTH_GOAL_ERROR_COMPARISON,
  HEARTH_GOAL_ERROR_TARGET,
  HEARTH_GOAL_ERROR_BASELINE,
  HEARTH_GOAL_ERROR_CADENCE,
  HEARTH_GOAL_ERROR_START,
  HEARTH_GOAL_ERROR_DUE,
  HEARTH_GOAL_ERROR_TITLE,
} HearthGoalError;

GQuark hearth_goal_error_quark (void);

typedef enum
{
  HEARTH_GOAL_KIND_TARGET,
  HEARTH_GOAL_KIND_HABIT,
  HEARTH_GOAL_KIND_RANGE,
} HearthGoalKind;

typedef enum
{
  HEARTH_GOAL_AT_MOST,    /* "at-most": the value should come down to (or stay under) the target */
  HEARTH_GOAL_AT_LEAST,   /* "at-least" */
} HearthGoalComparison;

typedef enum
{
  HEARTH_GOAL_CADENCE_NONE,    /* target and range goals (range goals are judged per day) */
  HEARTH_GOAL_CADENCE_DAILY,
  HEARTH_GOAL_CADENCE_WEEKLY,  /* calendar weeks, Monday first */
} HearthGoalCadence;

typedef struct
{
  char                 *uuid;          /* NULL until stored */
  char                 *profile_uuid;
  HearthGoalKind        kind;
  char                 *metric;        /* a HEARTH_GOAL_METRIC_* id */
  HearthGoalComparison  comparison;
  double                target;        /* canonical unit of the metric */
  double                baseline;      /* target goals: the value when set; NAN: none */
  HearthGoalCadence     cadence;       /* habit goals: the metric's cadence */
  gint64                start_day;     /* local day the goal starts (counts from) */
  gint64                due_day;       /* target goals: > start_day; else HEARTH_GOAL_NO_DAY */
  gint64                reached_day;   /* the first local day it was met; HEARTH_GOAL_NO_DAY */
  char                 *title;         /* optional, the member's words */
  gint64                created_at;
  gint64                updated_at;
} HearthGoal;

/* A goal of @kind on @metric with the metric's comparison and cadence,
 * target NAN, baseline NAN, due and reached days HEARTH_GOAL_NO_DAY. */
HearthGoal *hearth_goal_new      (const char     *profile_uuid,
                                  HearthGoalKind  kind,
                                  const char     *metric,
                                  gint64          start_day);
HearthGoal *hearth_goal_copy     (const HearthGoal *self);
void        hearth_goal_free     (HearthGoal *self);

/* FALSE with HEARTH_GOAL_ERROR naming the field, translated message: an
 * unknown metric, a kind or cadence the metric does not take, a comparison
 * the metric does not take, a target outside the metric's plausible range
 * (hearth_goal_metric_get_limits()), a baseline not finite or outside the
 * metric's entry limits, a target goal without a due day after its start
 * (and at most 5 years after), a due day on a habit or range goal, a
 * title longer than 200 characters or with control characters. */
gboolean    hearth_goal_validate (const HearthGoal  *self,
                                  GError           **error);

/* TRUE once reached (reached_day set). */
gboolean    hearth_goal_is_reached (const HearthGoal *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthGoal, hearth_goal_free)

/* Metrics ---------------------------------------------------------------- */

/* TRUE for a HEARTH_GOAL_METRIC_* id. */
gboolean           hearth_goal_metric_is_known      (const char *metric);
/* The metric ids, NULL-terminated, static. */
const char * const *hearth_goal_metric_list         (void);
/* Translated name ("Weight", "Steps", "Blood pressure morning and evening"). */
const char        *hearth_goal_metric_get_name      (const char *metric);
/* The canonical unit as shown ("kg", "mmHg", "mmol/L", "steps", "min", "mg",
 * "" for counts and shares). Static, not translated. */
const char        *hearth_goal_metric_get_unit      (const char *metric);
/* The unit as people read it, translated ("steps" → 步 in Chinese); the
 * symbols (kg, mmHg, mmol/L, mg) as they are. For display, never stored. */
const char        *hearth_goal_metric_get_unit_label (const char *metric);
/* The plausible targets [@min, @max] (canonical unit). FALSE when unknown. */
gboolean           hearth_goal_metric_get_limits    (const char *metric,
                                                     double     *min,
                                                     double     *max);
/* TRUE when @kind is one the metric takes. */
gboolean           hearth_goal_metric_allows_kind   (const char     *metric,
                                                     HearthGoalKind  kind);
/* The metric's usual comparison (weight: at-most; steps: at-least …) and
 * cadence for a habit (active-minutes: weekly; other habits daily; NONE
 * for metrics that are not habits). */
HearthGoalComparison hearth_goal_metric_get_comparison (const char *metric);
HearthGoalCadence  hearth_goal_metric_get_cadence   (const char *metric);

/* Identifiers (the stored strings) ---------------------------------------- */
const char *hearth_goal_kind_to_string         (HearthGoalKind kind);
gboolean    hearth_goal_kind_from_string       (const char *s, HearthGoalKind *kind);
const char *hearth_goal_comparison_to_string   (HearthGoalComparison comparison);
gboolean    hearth_goal_comparison_from_string (const char *s, HearthGoalComparison *comparison);
/* NONE is NULL (the column's NULL) */
const char *hearth_goal_cadence_to_string      (HearthGoalCadence cadence);
gboolean    hearth_goal_cadence_from_string    (const char *s, HearthGoalCadence *cadence);

/* A translated one-line description: the title when set, else built from
 * the fields ("Weight at most 68.0 kg by 2025-03-01", "Steps at least
 * 7500 a day", "Systolic under 130 mmHg on every reading"). */
char       *hearth_goal_describe (const HearthGoal *self);

/* The member's blood pressure target (keep-in-range goals, proposals):
 * under the home threshold of hypertension of @guideline
 * (docs/clinical.md#goals): ACC/AHA 2017 130/80, ESC/ESH 2018, ESC 2024
 * and China 2018 135/85. A reading is in range when below both. */
void        hearth_goal_bp_target (HearthBpGuideline  guideline,
                                   double            *systolic,
                                   double            *diastolic);

G_END_DECLS
