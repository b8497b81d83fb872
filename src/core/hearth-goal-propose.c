/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-goal"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-classify.h"
#include "hearth-habits.h"

/* Proposals and the smaller step (hearth-habits.h): what the engine
 * suggests, each number with where it comes from. */

#define DONE(c) (!isnan (c) && (c) >= 1 - 1e-9)
#define NO_PROGRESS_DAYS 21
#define WEIGHT_STEP_WEEKS 12
#define WEIGHT_PACE 0.5           /* kg a week: the proposals' pace */
#define SMALLER_WEIGHT_STEP 2.0   /* kg */
#define SMALLER_BP_STEP 5.0       /* mmHg */
#define SMALLER_WEEKS 8

static double
round_down (double value,
            double step)
{
  return floor (value / step + 1e-9) * step;
}

static double
round_up (double value,
          double step)
{
  return ceil (value / step - 1e-9) * step;
}

static char *
format_steps (double steps)
{
  return g_strdup_printf ("%.0f", steps);
}

/* Smaller step ----------------------------------------------------------- */

static HearthGoal *
suggest_habit (const HearthGoal      *goal,
               const HearthGoalDays  *days,
               gint64                 today,
               char                 **text)
{
  g_autoptr(HearthGoal) smaller = NULL;
  guint open = 0, done = 0, with_amount = 0;
  double amount = 0;
  double target = NAN;

  if (days == NULL || days->n_periods < 2)
    return NULL;

  if (goal->cadence == HEARTH_GOAL_CADENCE_WEEKLY)
    {
      /* The last 3 full weeks: the periods before the current one. */
      if (days->n_periods < 4)
        return NULL;
      for (guint i = days->n_periods - 4; i < days->n_periods - 1; i++)
        {
          if (days->skipped[i] || isnan (days->completion[i]))
            continue;
          open++;
          if (DONE (days->completion[i]))
            done++;
          amount += isnan (days->amount[i]) ? 0 : days->amount[i];
        }
      if (open < 3 || done > 0)
        return NULL;
      amount /= open;
      target = MAX (30, round_up (amount + 30, 10));
      if (target > goal->target - 10)
        return NULL;
      smaller = hearth_goal_copy (goal);
      g_clear_pointer (&smaller->uuid, g_free);
      smaller->target = target;
      /* TRANSLATORS: %.0f are minutes a week; kind, not blaming. */
      *text = g_strdup_printf (_("The last three weeks were under %.0f active minutes. "
                                 "How about %.0f minutes a week for now, and build up from there?"),
                               goal->target, target);
      return g_steal_pointer (&smaller);
    }

  /* Daily: the 21 days before today. */
  for (gint64 d = today - NO_PROGRESS_DAYS; d < today; d++)
    {
      gint64 i = d - days->first_day;

      if (i < 0 || i >= days->n_periods || days->skipped[i] || isnan (days->completion[i]))
        continue;
      open++;
      if (DONE (days->completion[i]))
        done++;
      if (!isnan (days->amount[i]))
        {
          amount += days->amount[i];
          with_amount++;
        }
    }
  if (open < 7 || done * 3 >= open)
    return NULL;
  amount = with_amount > 0 ? amount / with_amount : 0;

  smaller = hearth_goal_copy (goal);
  g_clear_pointer (&smaller->uuid, g_free);
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_STEPS))
    {
      g_autofree char *old = format_steps (goal->target);
      g_autofree char *new = NULL;

      target = MAX (1000, round_down (amount + 500, 500));
      if (target > goal->target - 500)
        return NULL;
      new = format_steps (target);
      *text = g_strdup_printf (_("Most days of the last three weeks were under %s steps. "
                                 "A smaller step might help: %s steps a day for now?"), old, new);
    }
  else if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_BP_READINGS))
    {
      if (goal->target < 2)
        return NULL;
      target = 1;
      *text = g_strdup (_("Morning and evening readings have been hard to fit in lately. "
                          "How about one reading a day for now, morning or evening?"));
    }
  else if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_SODIUM))
    {
      target = MIN (6000, goal->target + 500);
      if (target <= goal->target)
        return NULL;
      *text = g_strdup_printf (_("Most days of the last three weeks were over %.0f mg of sodium. "
                                 "A first step of %.0f mg a day might be easier to keep."),
                               goal->target, target);
    }
  else
    return NULL;
  smaller->target = target;
  return g_steal_pointer (&smaller);
}

/* The goal's value as of @day (hearth_goal_progress_compute()'s reading). */
static double
value_as_of (const HearthGoal      *goal,
             const HearthGoalPoint *readings,
             guint                  n,
             gint64                 day)
{
  g_auto(HearthGoalProgress) progress = { 0 };
  g_autoptr(HearthGoal) plain = hearth_goal_copy (goal);

  plain->reached_day = HEARTH_GOAL_NO_DAY;
  hearth_goal_progress_compute (plain, readings, n, day, &progress);
  return progress.value;
}

static HearthGoal *
suggest_target (const HearthGoal      *goal,
                const HearthGoalPoint *readings,
                guint                  n,
                gint64                 today,
                char                 **text)
{
  g_autoptr(HearthGoal) smaller = NULL;
  gboolean weight = g_str_equal (goal->metric, HEARTH_GOAL_METRIC_WEIGHT);
  double now = value_as_of (goal, readings, n, today);
  double before = value_as_of (goal, readings, n, today - NO_PROGRESS_DAYS);
  double toward, step, target;
  double sign = goal->comparison == HEARTH_GOAL_AT_MOST ? -1 : 1;

  if (isnan (now) || isnan (before))
    return NULL;
  /* Already there: nothing smaller to suggest. */
  if (goal->comparison == HEARTH_GOAL_AT_MOST ? now <= goal->target : now >= goal->target)
    return NULL;
  toward = (now - before) * sign;
  if (toward >= (weight ? HEARTH_GOAL_WEIGHT_TOLERANCE : HEARTH_GOAL_BP_TOLERANCE))
    return NULL;

  step = weight ? SMALLER_WEIGHT_STEP : SMALLER_BP_STEP;
  target = now + sign * step;
  if (weight)
    target = goal->comparison == HEARTH_GOAL_AT_MOST ? round_down (target, 0.5) : round_up (target, 0.5);
  else
    target = goal->comparison == HEARTH_GOAL_AT_MOST ? floor (target) : ceil (target);
  if (goal->comparison == HEARTH_GOAL_AT_MOST ? target <= goal->target : target >= goal->target)
    return NULL;

  smaller = hearth_goal_copy (goal);
  g_clear_pointer (&smaller->uuid, g_free);
  smaller->target = target;
  smaller->baseline = now;
  smaller->start_day = today;
  smaller->due_day = today + 7 * SMALLER_WEEKS;
  smaller->reached_day = HEARTH_GOAL_NO_DAY;
  if (weight)
    *text = g_strdup_printf (_("Your weight has stayed about the same for three weeks, which happens. "
                               "A nearer goal might feel better: %.1f kg in %d weeks?"),
                             target, SMALLER_WEEKS);
  else
    *text = g_strdup_printf (_("Your average blood pressure has not come down in three weeks. "
                               "A nearer goal might help: under %.0f mmHg in %d weeks? "
                               "Your doctor can advise on the plan too."),
                             target, SMALLER_WEEKS);
  return g_steal_pointer (&smaller);
}

HearthGoal *
hearth_goal_suggest_smaller_step (const HearthGoal      *goal,
                                  const HearthGoalDays  *days,
                                  const HearthGoalPoint *readings,
                                  guint                  n_readings,
                                  gint64                 today,
                                  char                 **text)
{
  g_autofree char *sentence = NULL;
  HearthGoal *smaller = NULL;

  g_return_val_if_fail (goal != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  *text = NULL;
  if (today - goal->start_day < NO_PROGRESS_DAYS || hearth_goal_is_reached (goal))
    return NULL;
  switch (goal->kind)
    {
    case HEARTH_GOAL_KIND_HABIT:
      smaller = suggest_habit (goal, days, today, &sentence);
      break;
    case HEARTH_GOAL_KIND_TARGET:
      smaller = suggest_target (goal, readings, n_readings, today, &sentence);
      break;
    case HEARTH_GOAL_KIND_RANGE:
    default:
      break;
    }
  if (smaller != NULL)
    *text = g_steal_pointer (&sentence);
  return smaller;
}

/* Proposals ------------------------------------------------------------------ */

void
hearth_goal_facts_clear (HearthGoalFacts *facts)
{
  g_clear_pointer (&facts->profile_uuid, g_free);
  g_clear_pointer (&facts->main_goal, g_free);
}

void
hearth_goal_proposal_free (HearthGoalProposal *proposal)
{
  if (proposal == NULL)
    return;
  hearth_goal_free (proposal->goal);
  g_free (proposal->reason);
  g_free (proposal->source);
  g_free (proposal);
}

static void
add_proposal (GPtrArray  *out,
              const char *only,
              HearthGoal *goal,
              char       *reason,
              char       *source)
{
  HearthGoalProposal *proposal;

  if ((only != NULL && !g_str_equal (only, goal->metric)) || !hearth_goal_validate (goal, NULL))
    {
      hearth_goal_free (goal);
      g_free (reason);
      g_free (source);
      return;
    }
  for (guint i = 0; i < out->len; i++)
    if (g_str_equal (((HearthGoalProposal *) out->pdata[i])->goal->metric, goal->metric))
      {
        hearth_goal_free (goal);
        g_free (reason);
        g_free (source);
        return;
      }
  proposal = g_new0 (HearthGoalProposal, 1);
  proposal->goal = goal;
  proposal->reason = reason;
  proposal->source = source;
  g_ptr_array_add (out, proposal);
}

static void
propose_weight (GPtrArray             *out,
                const char            *only,
                const HearthGoalFacts *facts,
                gint64                 today)
{
  double m, bmi, healthy_top, target, weeks;
  HearthGoal *goal;
  gboolean lose;

  if (isnan (facts->weight_kg) || facts->height_cm <= 0 || (facts->age >= 0 && facts->age < 18))
    return;
  m = facts->height_cm / 100;
  bmi = facts->weight_kg / (m * m);
  /* docs/clinical.md#bmi: healthy from 18.5 to under 25 (WHO), under 24 (China). */
  healthy_top = (facts->bmi_cutoffs == HEARTH_BMI_CUTOFFS_CHINA ? 23.9 : 24.9) * m * m;
  if (bmi >= (facts->bmi_cutoffs == HEARTH_BMI_CUTOFFS_CHINA ? 24 : 25))
    {
      lose = TRUE;
      target = MAX (round_down (healthy_top, 0.5), round_up (facts->weight_kg - WEIGHT_PACE * WEIGHT_STEP_WEEKS, 0.5));
    }
  else if (bmi < 18.5)
    {
      lose = FALSE;
      target = MIN (round_up (18.5 * m * m, 0.5), round_down (facts->weight_kg + WEIGHT_PACE * WEIGHT_STEP_WEEKS, 0.5));
    }
  else
    return;

  weeks = ceil (fabs (facts->weight_kg - target) / WEIGHT_PACE - 1e-9);
  if (weeks < 1)
    return;
  goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, today);
  goal->comparison = lose ? HEARTH_GOAL_AT_MOST : HEARTH_GOAL_AT_LEAST;
  goal->target = target;
  goal->baseline = facts->weight_kg;
  goal->due_day = today + 7 * (gint64) weeks;
  add_proposal (out, only, goal,
                g_strdup_printf (_("A step toward a healthy BMI (%.1f now), at 0.5 kg a week."),
                                 round (bmi * 10) / 10),
                g_strdup (facts->bmi_cutoffs == HEARTH_BMI_CUTOFFS_CHINA
                            ? _("BMI categories of China (WS/T 428-2013); a pace of at most 0.5 kg a week")
                            : _("WHO BMI categories; a pace of at most 0.5 kg a week")));
}

static char *
bp_source (HearthBpGuideline guideline)
{
  /* TRANSLATORS: %s is a guideline's name, "ACC/AHA 2017" */
  return g_strdup_printf (_("Home blood pressure threshold of %s"), hearth_bp_guideline_get_name (guideline));
}

static void
propose_bp (GPtrArray             *out,
            const char            *only,
            const HearthGoalFacts *facts,
            gint64                 today)
{
  gboolean wants = g_strcmp0 (facts->main_goal, "lower-bp") == 0 || facts->hypertension;
  double sys, dia;
  HearthGoal *goal;

  hearth_goal_bp_target (facts->bp_guideline, &sys, &dia);
  if (!isnan (facts->systolic_avg) && facts->systolic_avg >= sys)
    {
      goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_SYSTOLIC, today);
      goal->target = sys - 1;
      goal->baseline = round (facts->systolic_avg);
      goal->due_day = today + 7 * 12;
      add_proposal (out, only, goal,
                    g_strdup_printf (_("Your 7-day average systolic is %.0f mmHg; the target is under %.0f."),
                                     facts->systolic_avg, sys),
                    bp_source (facts->bp_guideline));
    }
  if (wants || only != NULL)
    {
      goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_SYSTOLIC, today);
      goal->target = sys;
      add_proposal (out, only, goal,
                    g_strdup_printf (_("Every reading under %.0f mmHg systolic."), sys),
                    bp_source (facts->bp_guideline));
    }
  if (wants || (only != NULL && g_str_equal (only, HEARTH_GOAL_METRIC_DIASTOLIC)))
    {
      if (only != NULL && g_str_equal (only, HEARTH_GOAL_METRIC_DIASTOLIC))
        {
          goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_DIASTOLIC, today);
          goal->target = dia;
          add_proposal (out, only, goal,
                        g_strdup_printf (_("Every reading under %.0f mmHg diastolic."), dia),
                        bp_source (facts->bp_guideline));
        }
      goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_BP_READINGS, today);
      goal->target = 2;
      add_proposal (out, only, goal,
                    g_strdup (_("Measure in the morning and in the evening.")),
                    g_strdup (_("ESH practice guideline for home blood pressure monitoring")));
    }
  else if (only != NULL)
    {
      goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_BP_READINGS, today);
      goal->target = 2;
      add_proposal (out, only, goal,
                    g_strdup (_("Measure in the morning and in the evening.")),
                    g_strdup (_("ESH practice guideline for home blood pressure monitoring")));
    }
}

static void
propose_sodium (GPtrArray             *out,
                const char            *only,
                const HearthGoalFacts *facts,
                gint64                 today)
{
  HearthGoal *goal;

  if (only == NULL && g_strcmp0 (facts->main_goal, "lower-bp") != 0 && !facts->hypertension)
    return;
  goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_SODIUM, today);
  goal->target = 2000;
  add_proposal (out, only, goal, g_strdup (_("Sodium under 2 g a day.")),
                g_strdup (_("WHO guideline on sodium intake for adults and children (2012)")));
}

static void
propose_glucose (GPtrArray             *out,
                 const char            *only,
                 const HearthGoalFacts *facts,
                 gint64                 today)
{
  HearthGoal *goal;

  if (only == NULL && g_strcmp0 (facts->main_goal, "manage-glucose") != 0 && !facts->diabetes)
    return;
  goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_RANGE, HEARTH_GOAL_METRIC_GLUCOSE, today);
  goal->target = 10.0;
  add_proposal (out, only, goal, g_strdup (_("Every reading from 3.9 to 10.0 mmol/L.")),
                g_strdup (_("International Consensus on Time in Range (2019)")));
}

static void
propose_steps (GPtrArray             *out,
               const char            *only,
               const HearthGoalFacts *facts,
               gint64                 today)
{
  HearthGoal *goal;
  double target;
  char *reason;

  if (isnan (facts->steps_avg))
    {
      /* docs/clinical.md#activity: Hearth's default step goal. */
      target = 7500;
      reason = g_strdup (_("7 500 steps a day, where the benefit seen in studies levels off."));
    }
  else
    {
      if (facts->steps_avg >= 10000)
        return;
      target = MIN (10000, MAX (1000, round (facts->steps_avg / 500 + 2) * 500));
      reason = g_strdup_printf (_("About 1 000 more than your recent average of %.0f a day."), facts->steps_avg);
    }
  goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_STEPS, today);
  goal->target = target;
  add_proposal (out, only, goal, reason,
                g_strdup (isnan (facts->steps_avg) ? _("Meta-analysis of daily steps and mortality (2022)")
                                                   : _("Your steps of the last 14 days")));
}

static void
propose_activity (GPtrArray             *out,
                  const char            *only,
                  const HearthGoalFacts *facts,
                  gint64                 today)
{
  HearthGoal *goal;
  double who = facts->age >= 0 && facts->age < 18 ? 420 : 150;
  double avg = isnan (facts->active_week_avg) ? 0 : facts->active_week_avg;

  goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_ACTIVE_MINUTES, today);
  if (avg < who / 2)
    {
      goal->target = MAX (30, round_up (avg + 30, 10));
      add_proposal (out, only, goal,
                    g_strdup_printf (_("A first step toward WHO’s %.0f minutes a week: %.0f minutes, "
                                       "about 30 more than you do now."), who, goal->target),
                    g_strdup (_("WHO guidelines on physical activity (2020); your last 4 weeks")));
    }
  else
    {
      goal->target = who;
      add_proposal (out, only, goal,
                    g_strdup_printf (_("WHO’s %.0f active minutes a week."), who),
                    g_strdup (_("WHO guidelines on physical activity (2020)")));
    }
}

static void
propose_doses (GPtrArray             *out,
               const char            *only,
               const HearthGoalFacts *facts,
               gint64                 today)
{
  HearthGoal *goal;

  if (!facts->scheduled_medications)
    return;
  goal = hearth_goal_new (facts->profile_uuid, HEARTH_GOAL_KIND_HABIT, HEARTH_GOAL_METRIC_DOSES_ON_TIME, today);
  goal->target = 1;
  add_proposal (out, only, goal, g_strdup (_("Every scheduled dose within 2 hours of its time.")),
                g_strdup (_("Your medication schedule")));
}

GPtrArray *
hearth_goal_propose (const HearthGoalFacts *facts,
                     const char            *metric,
                     gint64                 today)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_goal_proposal_free);
  const char *main_goal;

  g_return_val_if_fail (facts != NULL, NULL);

  main_goal = facts->main_goal != NULL ? facts->main_goal : "";
  /* The main goal's metrics first. */
  if (g_str_equal (main_goal, "lower-bp"))
    {
      propose_bp (out, metric, facts, today);
      propose_sodium (out, metric, facts, today);
    }
  else if (g_str_equal (main_goal, "lose-weight"))
    propose_weight (out, metric, facts, today);
  else if (g_str_equal (main_goal, "manage-glucose"))
    propose_glucose (out, metric, facts, today);
  else if (g_str_equal (main_goal, "move-more"))
    {
      propose_activity (out, metric, facts, today);
      propose_steps (out, metric, facts, today);
    }

  /* Then the health record's and the data's. */
  if (facts->hypertension || metric != NULL || !isnan (facts->systolic_avg))
    propose_bp (out, metric, facts, today);
  if (facts->diabetes || metric != NULL)
    propose_glucose (out, metric, facts, today);
  propose_weight (out, metric, facts, today);
  propose_doses (out, metric, facts, today);
  propose_activity (out, metric, facts, today);
  propose_steps (out, metric, facts, today);
  propose_sodium (out, metric, facts, today);
  return g_steal_pointer (&out);
}
