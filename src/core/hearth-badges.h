/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Badges (issue 9; PRODUCT.md "Streaks, habit strength, badges,
 * challenges"): a catalogue read from the core GResource (badges.xml, its
 * titles and descriptions translated), and the pure evaluation of each
 * badge's rule over a member's evidence (days, values; no store, no clock).
 * The store side (what is earned and stored, celebrations) is
 * hearth-store-badges.h. */

/* What a badge asks of the data (badges.xml's rule attribute). */
typedef enum
{
  HEARTH_BADGE_RULE_FIRST_READING,     /* any reading, once */
  HEARTH_BADGE_RULE_LOGGING_STREAK,    /* "days": the logging streak (skip days pass, hearth-streak.h) reaches it */
  HEARTH_BADGE_RULE_WEIGHT_LOST,       /* "kg": lost toward a weight goal since its start, from its baseline */
  HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS,  /* "days": consecutive local days, each with blood pressure readings, all in range */
  HEARTH_BADGE_RULE_ACTIVE_WEEK,       /* WHO's active minutes (hearth-exercise.h) in one calendar week, Monday first */
  HEARTH_BADGE_RULE_GOAL_REACHED,      /* any goal reached */
  HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS, /* "days": consecutive days with every scheduled dose taken on time */
} HearthBadgeRule;

#define HEARTH_BADGE_N_RULES (HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS + 1)

/* One badge of the catalogue. title and description are the untranslated
 * source texts: show hearth_badge_def_get_title() / _get_description(). */
typedef struct
{
  char            *id;           /* "log-7-days" */
  char            *title;
  char            *description;
  char            *icon;         /* a symbolic icon name */
  HearthBadgeRule  rule;
  double           amount;       /* the rule's parameter (days, kg); 0 when it has none */
} HearthBadgeDef;

void         hearth_badge_def_free            (HearthBadgeDef *def);
const char  *hearth_badge_def_get_title       (const HearthBadgeDef *def);  /* translated */
const char  *hearth_badge_def_get_description (const HearthBadgeDef *def);  /* translated */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthBadgeDef, hearth_badge_def_free)

const char  *hearth_badge_rule_to_string   (HearthBadgeRule  rule);
gboolean     hearth_badge_rule_from_string (const char      *s,
                                            HearthBadgeRule *rule);

/* Parses a catalogue (badges.xml's format): GPtrArray of HearthBadgeDef
 * (owning), in the file's order. Refuses (G_MARKUP_ERROR_INVALID_CONTENT,
 * naming the badge) an unknown rule, a missing or repeated id, a missing
 * title, description or icon, a rule without its parameter or with one
 * that is not a positive number. */
GPtrArray   *hearth_badge_catalogue_parse  (const char  *text,
                                            gssize       length,
                                            GError     **error);

/* The built-in catalogue, parsed once (thread-safe) and kept: GPtrArray of
 * HearthBadgeDef, owned by Hearth. A broken built-in file is a programming
 * error (g_error()); tests/test-badges-catalogue checks it. */
const GPtrArray      *hearth_badge_catalogue_get    (void);
/* NULL when the catalogue has no such badge. */
const HearthBadgeDef *hearth_badge_catalogue_lookup (const char *id);

/* The evidence one member's badges are judged on, up to a day ("today"):
 * arrays of plain values, ascending by day, gathered by the store
 * (hearth-store-badges.c) or by a test. An array may be NULL: nothing of
 * that kind. */

#define HEARTH_BADGE_NO_DAY G_MININT64

typedef struct
{
  gint64   day;
  gboolean in_range;   /* every blood pressure reading of the day in range */
} HearthBadgeBpDay;

typedef struct
{
  gint64 day;
  guint  minutes;      /* WHO active minutes of the day (vigorous ones twice) */
} HearthBadgeActiveDay;

typedef struct
{
  gint64 day;
  double kg;
} HearthBadgeWeight;

typedef struct
{
  gint64 start_day;    /* the goal's start: weights before it do not count */
  double baseline_kg;  /* the weight when it was set */
} HearthBadgeWeightGoal;

typedef struct
{
  gint64   day;
  gboolean all_on_time; /* every dose scheduled that day decided and taken on time */
} HearthBadgeMedDay;

typedef struct
{
  GArray *logging_days;   /* gint64, each once: hearth_store_list_logging_days() */
  GArray *skip_days;      /* gint64, each once */
  gint64  first_reading_day;  /* HEARTH_BADGE_NO_DAY: no reading */
  GArray *bp_days;        /* HearthBadgeBpDay, one per day with blood pressure */
  GArray *active_days;    /* HearthBadgeActiveDay, days with active minutes */
  guint   active_target;  /* a week's WHO target: 150, or 7 × 60 under 18 */
  GArray *weights;        /* HearthBadgeWeight, in time order */
  GArray *weight_goals;   /* HearthBadgeWeightGoal: weight-loss goals whose pace is not flagged too fast */
  gint64  goal_reached_day;   /* the first day a goal was reached; HEARTH_BADGE_NO_DAY: none */
  GArray *med_days;       /* HearthBadgeMedDay, days with scheduled doses all decided */
} HearthBadgeEvidence;

/* Frees the arrays (not @evidence itself) and zeroes it. */
void hearth_badge_evidence_clear (HearthBadgeEvidence *evidence);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthBadgeEvidence, hearth_badge_evidence_clear)

/* Where a badge stands on a day. */
typedef struct
{
  const HearthBadgeDef *def;
  gint64   earned_day;   /* the local day the data first met the rule; HEARTH_BADGE_NO_DAY: locked */
  double   progress;     /* 0..1; 1 when earned */
  double   have;         /* what progress counts, as the text says: days, kg, minutes, goals */
  double   need;
  gboolean celebrated;   /* stored badges only (hearth-store-badges.h) */
} HearthBadgeStatus;

/* Evaluates @def over @evidence on @today (data after @today is ignored).
 * Earned: the first day the rule was met (a streak's day it reached the
 * length, the day a week's minutes reached the target, the day the weight
 * first reached baseline − kg). Locked: progress from where things stand
 * today: the current streak or run (ending today, or yesterday while today
 * has nothing yet), the latest weight's loss, this week's minutes. */
void  hearth_badge_evaluate          (const HearthBadgeDef      *def,
                                      const HearthBadgeEvidence *evidence,
                                      gint64                     today,
                                      HearthBadgeStatus         *status);

/* "4 of 7 days", "0.4 of 1 kg", "90 of 150 active minutes", "Earned"
 * (translated; numbers with '.', as hearth_units_format_*()). */
char *hearth_badge_status_format_progress (const HearthBadgeStatus *status);

G_END_DECLS
