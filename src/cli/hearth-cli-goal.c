/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* hearth-cli goal add|list|remove: a member's goals (hearth-goal.h), their
 * milestones, pace and status (target goals), streak and strength (habits
 * and keep-in-range goals), and a smaller step when one is due
 * (hearth-habits.h). */

static void
print_line (const char *line)
{
  g_autofree char *localized = hearth_cli_localize_numbers (line);

  g_print ("%s\n", localized);
}

static gboolean
parse_settings (const char         *guideline_text,
                const char         *cutoffs_text,
                HearthBpGuideline  *guideline,
                HearthBmiCutoffs   *cutoffs,
                GError            **error)
{
  *guideline = HEARTH_BP_GUIDELINE_ACC_AHA_2017;
  *cutoffs = HEARTH_BMI_CUTOFFS_WHO;
  if (guideline_text != NULL && !hearth_bp_guideline_from_string (guideline_text, guideline))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects acc-aha-2017, esc-esh-2018, esc-2024 or china-2018, not “%s”"),
                   "--guideline", guideline_text);
      return FALSE;
    }
  if (cutoffs_text != NULL && !hearth_bmi_cutoffs_from_string (cutoffs_text, cutoffs))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects who or china, not “%s”"), "--cutoffs", cutoffs_text);
      return FALSE;
    }
  return TRUE;
}

/* The value as people type it: kg, mmHg, mmol/L, steps, minutes, mg. */
static char *
format_value (const HearthGoal *goal,
              double            value)
{
  if (isnan (value))
    return g_strdup ("—");
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_WEIGHT) ||
      g_str_equal (goal->metric, HEARTH_GOAL_METRIC_GLUCOSE))
    return g_strdup_printf ("%.1f %s", value, hearth_goal_metric_get_unit_label (goal->metric));
  if (g_str_equal (goal->metric, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
    return g_strdup_printf ("%.0f %%", value * 100);
  if (hearth_goal_metric_get_unit (goal->metric)[0] == '\0')
    return g_strdup_printf ("%g", value);
  return g_strdup_printf ("%.0f %s", value, hearth_goal_metric_get_unit_label (goal->metric));
}

static void
add_day_json (JsonBuilder *builder,
              const char  *name,
              gint64       day)
{
  json_builder_set_member_name (builder, name);
  if (day == HEARTH_GOAL_NO_DAY)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = hearth_cli_format_day (day);

      json_builder_add_string_value (builder, text);
    }
}

static void
add_goal_json (JsonBuilder      *builder,
               const HearthGoal *goal)
{
  g_autofree char *description = hearth_goal_describe (goal);
  const char *cadence = hearth_goal_cadence_to_string (goal->cadence);

  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, goal->uuid);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, hearth_goal_kind_to_string (goal->kind));
  json_builder_set_member_name (builder, "metric");
  json_builder_add_string_value (builder, goal->metric);
  json_builder_set_member_name (builder, "comparison");
  json_builder_add_string_value (builder, hearth_goal_comparison_to_string (goal->comparison));
  json_builder_set_member_name (builder, "target");
  hearth_cli_json_add_number (builder, goal->target);
  json_builder_set_member_name (builder, "baseline");
  hearth_cli_json_add_number (builder, goal->baseline);
  json_builder_set_member_name (builder, "cadence");
  if (cadence != NULL)
    json_builder_add_string_value (builder, cadence);
  else
    json_builder_add_null_value (builder);
  add_day_json (builder, "start", goal->start_day);
  add_day_json (builder, "due", goal->due_day);
  add_day_json (builder, "reached", goal->reached_day);
  json_builder_set_member_name (builder, "title");
  if (goal->title != NULL)
    json_builder_add_string_value (builder, goal->title);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description);
}

/* Rounded for people and scripts alike: 3 decimals. */
static double
round3 (double value)
{
  return isnan (value) ? NAN : round (value * 1000) / 1000;
}

static const char *
too_fast_text (void)
{
  return _("More than 1 kg a week is faster than is safe to keep up; "
           "this goal earns no milestone badges. A later day or a nearer target is kinder.");
}

/* goal add --------------------------------------------------------------- */

static gboolean
is_blood_pressure (const char *metric)
{
  return g_str_equal (metric, HEARTH_GOAL_METRIC_SYSTOLIC) || g_str_equal (metric, HEARTH_GOAL_METRIC_DIASTOLIC);
}

static gboolean
parse_kind (const char      *text,
            HearthGoalKind  *kind,
            GError         **error)
{
  if (!hearth_goal_kind_from_string (text, kind))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects target, habit or range, not “%s”"), "--kind", text);
      return FALSE;
    }
  return TRUE;
}

/* The kind a metric's goal is when --kind is not given: weight target;
 * blood pressure target with --by, else range; glucose range; the rest
 * habits. */
static HearthGoalKind
default_kind (const char *metric,
              gboolean    has_due)
{
  if (hearth_goal_metric_allows_kind (metric, HEARTH_GOAL_KIND_TARGET) &&
      (has_due || !hearth_goal_metric_allows_kind (metric, HEARTH_GOAL_KIND_RANGE)))
    return HEARTH_GOAL_KIND_TARGET;
  if (hearth_goal_metric_allows_kind (metric, HEARTH_GOAL_KIND_RANGE))
    return HEARTH_GOAL_KIND_RANGE;
  return HEARTH_GOAL_KIND_HABIT;
}

static int
goal_add (HearthCli               *cli,
          const HearthCliCommand  *command,
          char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthGoal) goal = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  g_auto(HearthGoalFacts) facts = { 0 };
  g_auto(HearthGoalProgress) progress = { 0 };
  g_autofree char *profile_name = NULL;
  g_autofree char *metric = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *baseline_text = NULL;
  g_autofree char *by_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *cadence_text = NULL;
  g_autofree char *comparison_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *guideline_text = NULL;
  g_autofree char *cutoffs_text = NULL;
  g_autofree char *description = NULL;
  const HearthGoalProposal *proposal = NULL;
  gboolean json = FALSE, help = FALSE;
  HearthBpGuideline guideline;
  HearthBmiCutoffs cutoffs;
  HearthGoalKind kind;
  gint64 today, start, due = HEARTH_GOAL_NO_DAY;
  double target = NAN, baseline = NAN;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "metric", 0, 0, G_OPTION_ARG_STRING, &metric, N_("What the goal is about (see below)"), N_("METRIC") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("target, habit or range (default: the metric’s)"), N_("KIND") },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target_text,
      N_("The target in kg, mmHg, mmol/L, steps, minutes a week, mg, slots (1–2) or a share (0–1); "
         "default: the proposal"), N_("X") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by_text, N_("The day to reach a target by"), N_("DATE") },
    { "baseline", 0, 0, G_OPTION_ARG_STRING, &baseline_text,
      N_("The value when the goal starts (default: the latest)"), N_("X") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text, N_("The day the goal starts (default: today)"), N_("DATE") },
    { "cadence", 0, 0, G_OPTION_ARG_STRING, &cadence_text, N_("daily or weekly (habits; default: the metric’s)"), N_("CADENCE") },
    { "comparison", 0, 0, G_OPTION_ARG_STRING, &comparison_text,
      N_("at-most or at-least (weight: default from the target and the latest weight)"), N_("CMP") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The goal in the member’s words"), N_("TEXT") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The day taken as today"), N_("DATE") },
    { "guideline", 0, 0, G_OPTION_ARG_STRING, &guideline_text,
      N_("Blood pressure guideline for the member’s target (default: acc-aha-2017)"), N_("GUIDELINE") },
    { "cutoffs", 0, 0, G_OPTION_ARG_STRING, &cutoffs_text, N_("BMI cutoffs: who (default) or china"), N_("CUTOFFS") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--metric", metric, &error) ||
      !parse_settings (guideline_text, cutoffs_text, &guideline, &cutoffs, &error) ||
      (target_text != NULL && !hearth_cli_parse_double ("--target", target_text, &target, &error)) ||
      (baseline_text != NULL && !hearth_cli_parse_double ("--baseline", baseline_text, &baseline, &error)) ||
      (kind_text != NULL && !parse_kind (kind_text, &kind, &error)) ||
      !hearth_cli_resolve_today (cli, today_text, &today, &error))
    return hearth_cli_report_error (error);
  if (!hearth_goal_metric_is_known (metric))
    {
      g_autofree char *list = hearth_cli_join_list (hearth_goal_metric_list ());

      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects one of %s, not “%s”"), "--metric", list, metric);
      return hearth_cli_report_error (error);
    }
  start = today;
  if ((start_text != NULL && !hearth_cli_parse_day ("--start", start_text, &start, &error)) ||
      (by_text != NULL && !hearth_cli_parse_day ("--by", by_text, &due, &error)))
    return hearth_cli_report_error (error);
  if (kind_text == NULL)
    kind = default_kind (metric, by_text != NULL);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  if (!hearth_store_get_goal_facts (store, hearth_profile_get_uuid (profile), today, guideline, cutoffs,
                                    &facts, &error))
    return hearth_cli_report_error (error);

  if (isnan (target))
    {
      /* No target: the proposal for the metric, or the member's guideline
       * target for a keep-in-range goal. */
      proposals = hearth_goal_propose (&facts, metric, today);
      for (guint i = 0; i < proposals->len; i++)
        if (((HearthGoalProposal *) proposals->pdata[i])->goal->kind == kind)
          proposal = proposals->pdata[i];
      if (proposal != NULL)
        {
          goal = hearth_goal_copy (proposal->goal);
          goal->start_day = start;
          if (due != HEARTH_GOAL_NO_DAY && goal->kind == HEARTH_GOAL_KIND_TARGET)
            goal->due_day = due;
        }
      else if (kind == HEARTH_GOAL_KIND_RANGE)
        {
          double sys, dia;

          hearth_goal_bp_target (guideline, &sys, &dia);
          goal = hearth_goal_new (hearth_profile_get_uuid (profile), kind, metric, start);
          goal->target = g_str_equal (metric, HEARTH_GOAL_METRIC_GLUCOSE) ? 10.0
                         : g_str_equal (metric, HEARTH_GOAL_METRIC_DIASTOLIC) ? dia : sys;
        }
      else
        {
          g_set_error (&error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TARGET,
                       _("There is no proposal for this goal from %s’s data; give --target."),
                       hearth_profile_get_name (profile));
          return hearth_cli_report_error (error);
        }
    }
  else
    {
      goal = hearth_goal_new (hearth_profile_get_uuid (profile), kind, metric, start);
      goal->target = target;
      goal->due_day = due;
      if (kind == HEARTH_GOAL_KIND_TARGET && hearth_goal_metric_allows_kind (metric, kind))
        {
          g_auto(HearthGoalProgress) at_start = { 0 };

          /* The baseline: the value as of the start (weight: the latest
           * reading by then; blood pressure: its 7-day average). */
          if (!hearth_store_get_goal_progress (store, goal, start, &at_start, &error))
            return hearth_cli_report_error (error);
          goal->baseline = is_blood_pressure (metric) ? round (at_start.value) : at_start.value;
          /* Weight up toward a target above the latest weight. */
          if (g_str_equal (metric, HEARTH_GOAL_METRIC_WEIGHT) && !isnan (goal->baseline) &&
              target > goal->baseline)
            goal->comparison = HEARTH_GOAL_AT_LEAST;
        }
    }
  if (!isnan (baseline))
    goal->baseline = baseline;
  if (title != NULL)
    goal->title = g_strdup (title);
  if (comparison_text != NULL && !hearth_goal_comparison_from_string (comparison_text, &goal->comparison))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects at-most or at-least, not “%s”"), "--comparison", comparison_text);
      return hearth_cli_report_error (error);
    }
  if (cadence_text != NULL && !hearth_goal_cadence_from_string (cadence_text, &goal->cadence))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects daily or weekly, not “%s”"), "--cadence", cadence_text);
      return hearth_cli_report_error (error);
    }

  if (!hearth_store_add_goal (store, goal, &error))
    return hearth_cli_report_error (error);
  if (goal->kind == HEARTH_GOAL_KIND_TARGET &&
      !hearth_store_get_goal_progress (store, goal, today, &progress, &error))
    return hearth_cli_report_error (error);

  description = hearth_goal_describe (goal);
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      add_goal_json (builder, goal);
      json_builder_set_member_name (builder, "too_fast");
      json_builder_add_boolean_value (builder, progress.too_fast);
      json_builder_set_member_name (builder, "reason");
      if (proposal != NULL)
        json_builder_add_string_value (builder, proposal->reason);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "source");
      if (proposal != NULL)
        json_builder_add_string_value (builder, proposal->source);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      hearth_cli_print_json (builder);
    }
  else
    {
      g_autofree char *line = g_strdup_printf (_("Added goal %s: %s"), goal->uuid, description);

      print_line (line);
      if (proposal != NULL)
        {
          g_autofree char *why = g_strdup_printf (_("Proposed: %s (source: %s)"), proposal->reason, proposal->source);

          print_line (why);
        }
    }
  if (progress.too_fast)
    g_printerr ("hearth-cli: %s\n", too_fast_text ());
  return HEARTH_CLI_EXIT_OK;
}

/* goal list -------------------------------------------------------------- */

static int
goal_list (HearthCli               *cli,
           const HearthCliCommand  *command,
           char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(HearthStreaks) streaks = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *today_text = NULL;
  gboolean json = FALSE, help = FALSE;
  gint64 today;
  guint habit = 0;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("The day taken as today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_resolve_today (cli, today_text, &today, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING | HEARTH_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  goals = hearth_store_list_goals (store, hearth_profile_get_uuid (profile), &error);
  if (goals == NULL)
    return hearth_cli_report_error (error);
  streaks = hearth_store_get_streaks (store, hearth_profile_get_uuid (profile), today, &error);
  if (streaks == NULL)
    return hearth_cli_report_error (error);

  if (json)
    {
      builder = json_builder_new ();
      json_builder_begin_array (builder);
    }
  else if (goals->len == 0)
    {
      g_autofree char *line = g_strdup_printf (_("%s has no goals yet."), hearth_profile_get_name (profile));

      print_line (line);
    }

  for (guint i = 0; i < goals->len; i++)
    {
      const HearthGoal *goal = goals->pdata[i];
      g_auto(HearthGoalProgress) progress = { 0 };
      g_autoptr(HearthGoal) smaller = NULL;
      g_autofree char *suggestion = NULL;
      g_autofree char *description = hearth_goal_describe (goal);
      const HearthHabitStreak *streak = NULL;

      if (goal->kind == HEARTH_GOAL_KIND_TARGET)
        {
          if (!hearth_store_get_goal_progress (store, goal, today, &progress, &error))
            return hearth_cli_report_error (error);
        }
      else
        streak = streaks->habits->pdata[habit++];
      smaller = hearth_store_suggest_smaller_step (store, goal, today, &suggestion, &error);
      if (error != NULL)
        return hearth_cli_report_error (error);

      if (json)
        {
          json_builder_begin_object (builder);
          add_goal_json (builder, goal);
          if (goal->kind == HEARTH_GOAL_KIND_TARGET)
            {
              json_builder_set_member_name (builder, "status");
              json_builder_add_string_value (builder, hearth_goal_status_to_string (progress.status));
              json_builder_set_member_name (builder, "value");
              hearth_cli_json_add_number (builder, round3 (progress.value));
              add_day_json (builder, "value_day", progress.value_day);
              json_builder_set_member_name (builder, "expected");
              hearth_cli_json_add_number (builder, round3 (progress.expected));
              json_builder_set_member_name (builder, "plan_pace_per_week");
              hearth_cli_json_add_number (builder, round3 (progress.plan_pace));
              json_builder_set_member_name (builder, "pace_needed_per_week");
              hearth_cli_json_add_number (builder, round3 (progress.pace_needed));
              json_builder_set_member_name (builder, "too_fast");
              json_builder_add_boolean_value (builder, progress.too_fast);
              add_day_json (builder, "reached_in_data", progress.reached_day);
              json_builder_set_member_name (builder, "milestones");
              json_builder_begin_array (builder);
              for (guint k = 0; k < progress.milestones->len; k++)
                {
                  const HearthGoalPoint *m = &g_array_index (progress.milestones, HearthGoalPoint, k);

                  json_builder_begin_object (builder);
                  add_day_json (builder, "day", m->day);
                  json_builder_set_member_name (builder, "value");
                  hearth_cli_json_add_number (builder, round3 (m->value));
                  json_builder_end_object (builder);
                }
              json_builder_end_array (builder);
              json_builder_set_member_name (builder, "next_milestone");
              if (progress.next_milestone < progress.milestones->len)
                json_builder_add_int_value (builder, progress.next_milestone);
              else
                json_builder_add_null_value (builder);
            }
          else
            {
              json_builder_set_member_name (builder, "current");
              json_builder_add_int_value (builder, streak->current);
              json_builder_set_member_name (builder, "best");
              json_builder_add_int_value (builder, streak->best);
              json_builder_set_member_name (builder, "strength");
              hearth_cli_json_add_number (builder, round (streak->strength * 10000) / 10000);
              json_builder_set_member_name (builder, "today");
              hearth_cli_json_add_number (builder, round3 (streak->today));
            }
          json_builder_set_member_name (builder, "suggestion");
          if (smaller != NULL)
            {
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "target");
              hearth_cli_json_add_number (builder, smaller->target);
              add_day_json (builder, "due", smaller->due_day);
              json_builder_set_member_name (builder, "text");
              json_builder_add_string_value (builder, suggestion);
              json_builder_end_object (builder);
            }
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
          continue;
        }

      {
        g_autofree char *line = g_strdup_printf ("%s\t%s\t%s", goal->uuid, hearth_goal_kind_to_string (goal->kind),
                                                 description);

        print_line (line);
      }
      if (goal->kind == HEARTH_GOAL_KIND_TARGET)
        {
          g_autofree char *value = format_value (goal, progress.value);
          g_autofree char *expected = format_value (goal, progress.expected);
          g_autofree char *line = g_strdup_printf (_("  %s: now %s, on the plan’s line %s"),
                                                   hearth_goal_status_get_label (progress.status), value, expected);

          print_line (line);
          if (!isnan (progress.pace_needed))
            {
              g_autofree char *pace = g_strdup_printf (
                g_str_equal (goal->metric, HEARTH_GOAL_METRIC_WEIGHT) ? _("  Pace needed: %+.2f kg a week")
                                                                      : _("  Pace needed: %+.1f mmHg a week"),
                progress.pace_needed);

              print_line (pace);
            }
          if (progress.next_milestone < progress.milestones->len)
            {
              const HearthGoalPoint *m = &g_array_index (progress.milestones, HearthGoalPoint,
                                                         progress.next_milestone);
              g_autofree char *day = hearth_cli_format_day (m->day);
              g_autofree char *mv = format_value (goal, m->value);
              g_autofree char *line2 = g_strdup_printf (_("  Next milestone: %s by %s (%u of %u passed)"), mv, day,
                                                        progress.milestones_passed, progress.milestones->len);

              print_line (line2);
            }
          if (progress.too_fast)
            {
              g_autofree char *warning = g_strdup_printf ("  %s", too_fast_text ());

              print_line (warning);
            }
        }
      else
        {
          g_autofree char *line = g_strdup_printf (
            streak->cadence == HEARTH_GOAL_CADENCE_WEEKLY
              ? ngettext ("  Streak: %u week (best %u), strength %.0f %%",
                          "  Streak: %u weeks (best %u), strength %.0f %%", streak->current)
              : ngettext ("  Streak: %u day (best %u), strength %.0f %%",
                          "  Streak: %u days (best %u), strength %.0f %%", streak->current),
            streak->current, streak->best, streak->strength * 100);

          print_line (line);
        }
      if (suggestion != NULL)
        {
          g_autofree char *line = g_strdup_printf ("  %s", suggestion);

          print_line (line);
        }
    }
  if (json)
    {
      json_builder_end_array (builder);
      hearth_cli_print_json (builder);
    }
  return HEARTH_CLI_EXIT_OK;
}

/* goal remove ------------------------------------------------------------ */

static int
goal_remove (HearthCli               *cli,
             const HearthCliCommand  *command,
             char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthGoal) goal = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *description = NULL;
  g_autofree char *line = NULL;
  gboolean help = FALSE;
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name, N_("The member’s name"), N_("NAME") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, N_("The goal’s id (goal list)"), N_("UUID") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;
  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--profile", profile_name, &error) ||
      !hearth_cli_require ("--id", id, &error))
    return hearth_cli_report_error (error);

  store = hearth_cli_open_store_full (cli, HEARTH_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    return hearth_cli_report_error (error);
  profile = hearth_cli_find_profile (store, profile_name, &error);
  if (profile == NULL)
    return hearth_cli_report_error (error);
  goal = hearth_store_get_goal (store, id, &error);
  if (goal != NULL && g_strcmp0 (goal->profile_uuid, hearth_profile_get_uuid (profile)) != 0)
    {
      g_clear_pointer (&goal, hearth_goal_free);
      g_set_error (&error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                   _("%s has no goal %s."), hearth_profile_get_name (profile), id);
    }
  if (goal == NULL || !hearth_store_delete_goal (store, id, &error))
    return hearth_cli_report_error (error);
  description = hearth_goal_describe (goal);
  line = g_strdup_printf (_("Removed goal %s: %s"), id, description);
  print_line (line);
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_goal (HearthCli               *cli,
                 const HearthCliCommand  *command,
                 char                  ***args)
{
  if (g_strcmp0 (command->name, "add") == 0)
    return goal_add (cli, command, args);
  if (g_strcmp0 (command->name, "list") == 0)
    return goal_list (cli, command, args);
  return goal_remove (cli, command, args);
}
