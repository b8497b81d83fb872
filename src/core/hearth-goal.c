/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-goal"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-goal.h"
#include "hearth-reading.h"

G_DEFINE_QUARK (hearth-goal-error-quark, hearth_goal_error)

#define KIND_BIT(k) (1u << (k))
#define MAX_TITLE_CHARS 200
/* A target goal is due within 5 years of its start. */
#define MAX_GOAL_DAYS (5 * 366)

typedef struct
{
  const char           *id;
  const char           *name;     /* N_() */
  const char           *unit;
  guint                 kinds;    /* KIND_BIT mask */
  HearthGoalComparison  comparison;
  gboolean              either_way;  /* weight: up or down */
  HearthGoalCadence     cadence;  /* habits */
  double                min;      /* plausible targets */
  double                max;
  double                entry_min; /* a baseline's limits (the reading's entry limits) */
  double                entry_max;
} MetricInfo;

/* Plausible targets: wide enough for every adult's sensible goal, narrow
 * enough to catch a slip (68 typed as 6.8 or 680). */
static const MetricInfo metrics[] = {
  { HEARTH_GOAL_METRIC_WEIGHT, N_("Weight"), "kg",
    KIND_BIT (HEARTH_GOAL_KIND_TARGET), HEARTH_GOAL_AT_MOST, TRUE, HEARTH_GOAL_CADENCE_NONE,
    20, 300, HEARTH_WEIGHT_MIN_KG, HEARTH_WEIGHT_MAX_KG },
  { HEARTH_GOAL_METRIC_SYSTOLIC, N_("Systolic"), "mmHg",
    KIND_BIT (HEARTH_GOAL_KIND_TARGET) | KIND_BIT (HEARTH_GOAL_KIND_RANGE), HEARTH_GOAL_AT_MOST, FALSE,
    HEARTH_GOAL_CADENCE_NONE, 90, 180, HEARTH_SYSTOLIC_MIN, HEARTH_SYSTOLIC_MAX },
  { HEARTH_GOAL_METRIC_DIASTOLIC, N_("Diastolic"), "mmHg",
    KIND_BIT (HEARTH_GOAL_KIND_TARGET) | KIND_BIT (HEARTH_GOAL_KIND_RANGE), HEARTH_GOAL_AT_MOST, FALSE,
    HEARTH_GOAL_CADENCE_NONE, 50, 110, HEARTH_DIASTOLIC_MIN, HEARTH_DIASTOLIC_MAX },
  { HEARTH_GOAL_METRIC_GLUCOSE, N_("Glucose"), "mmol/L",
    KIND_BIT (HEARTH_GOAL_KIND_RANGE), HEARTH_GOAL_AT_MOST, FALSE, HEARTH_GOAL_CADENCE_NONE,
    5, 15, HEARTH_GLUCOSE_MIN_MMOLL, HEARTH_GLUCOSE_MAX_MMOLL },
  { HEARTH_GOAL_METRIC_STEPS, N_("Steps"), "steps",
    KIND_BIT (HEARTH_GOAL_KIND_HABIT), HEARTH_GOAL_AT_LEAST, FALSE, HEARTH_GOAL_CADENCE_DAILY,
    500, 50000, 0, 100000 },
  { HEARTH_GOAL_METRIC_ACTIVE_MINUTES, N_("Active minutes"), "min",
    KIND_BIT (HEARTH_GOAL_KIND_HABIT), HEARTH_GOAL_AT_LEAST, FALSE, HEARTH_GOAL_CADENCE_WEEKLY,
    10, 1500, 0, 10080 },
  { HEARTH_GOAL_METRIC_SODIUM, N_("Sodium"), "mg",
    KIND_BIT (HEARTH_GOAL_KIND_HABIT), HEARTH_GOAL_AT_MOST, FALSE, HEARTH_GOAL_CADENCE_DAILY,
    500, 6000, 0, 100000 },
  { HEARTH_GOAL_METRIC_BP_READINGS, N_("Blood pressure morning and evening"), "",
    KIND_BIT (HEARTH_GOAL_KIND_HABIT), HEARTH_GOAL_AT_LEAST, FALSE, HEARTH_GOAL_CADENCE_DAILY,
    1, 2, 0, 2 },
  { HEARTH_GOAL_METRIC_DOSES_ON_TIME, N_("Medications on time"), "",
    KIND_BIT (HEARTH_GOAL_KIND_HABIT), HEARTH_GOAL_AT_LEAST, FALSE, HEARTH_GOAL_CADENCE_DAILY,
    0.01, 1, 0, 1 },
};

static const char * const metric_ids[] = {
  HEARTH_GOAL_METRIC_WEIGHT, HEARTH_GOAL_METRIC_SYSTOLIC, HEARTH_GOAL_METRIC_DIASTOLIC,
  HEARTH_GOAL_METRIC_GLUCOSE, HEARTH_GOAL_METRIC_STEPS, HEARTH_GOAL_METRIC_ACTIVE_MINUTES,
  HEARTH_GOAL_METRIC_SODIUM, HEARTH_GOAL_METRIC_BP_READINGS, HEARTH_GOAL_METRIC_DOSES_ON_TIME,
  NULL,
};

static const char * const kind_ids[] = { "target", "habit", "range" };
static const char * const comparison_ids[] = { "at-most", "at-least" };
static const char * const cadence_ids[] = { "daily", "weekly" };

G_STATIC_ASSERT (G_N_ELEMENTS (metric_ids) == G_N_ELEMENTS (metrics) + 1);

static const MetricInfo *
lookup_metric (const char *metric)
{
  guint index;

  if (!_hearth_id_lookup (metric, &metrics[0].id, G_N_ELEMENTS (metrics), sizeof metrics[0], &index))
    return NULL;
  return &metrics[index];
}

HearthGoal *
hearth_goal_new (const char     *profile_uuid,
                 HearthGoalKind  kind,
                 const char     *metric,
                 gint64          start_day)
{
  HearthGoal *self = g_new0 (HearthGoal, 1);

  self->profile_uuid = g_strdup (profile_uuid);
  self->kind = kind;
  self->metric = g_strdup (metric);
  self->comparison = hearth_goal_metric_get_comparison (metric);
  self->cadence = kind == HEARTH_GOAL_KIND_HABIT ? hearth_goal_metric_get_cadence (metric)
                                                 : HEARTH_GOAL_CADENCE_NONE;
  self->target = NAN;
  self->baseline = NAN;
  self->start_day = start_day;
  self->due_day = HEARTH_GOAL_NO_DAY;
  self->reached_day = HEARTH_GOAL_NO_DAY;
  return self;
}

HearthGoal *
hearth_goal_copy (const HearthGoal *self)
{
  HearthGoal *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->uuid = g_strdup (self->uuid);
  copy->profile_uuid = g_strdup (self->profile_uuid);
  copy->metric = g_strdup (self->metric);
  copy->title = g_strdup (self->title);
  return copy;
}

void
hearth_goal_free (HearthGoal *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->profile_uuid);
  g_free (self->metric);
  g_free (self->title);
  g_free (self);
}

gboolean
hearth_goal_is_reached (const HearthGoal *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->reached_day != HEARTH_GOAL_NO_DAY;
}

static gboolean
has_control_characters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static const char *
kind_name (HearthGoalKind kind)
{
  switch (kind)
    {
    case HEARTH_GOAL_KIND_TARGET:
      return _("a target goal");
    case HEARTH_GOAL_KIND_HABIT:
      return _("a habit goal");
    case HEARTH_GOAL_KIND_RANGE:
      return _("a keep-in-range goal");
    default:
      return "";
    }
}

gboolean
hearth_goal_validate (const HearthGoal  *self,
                      GError           **error)
{
  const MetricInfo *info;

  g_return_val_if_fail (self != NULL, FALSE);

  if ((guint) self->kind > HEARTH_GOAL_KIND_RANGE)
    {
      g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_KIND,
                           _("Choose a target, a habit or a keep-in-range goal."));
      return FALSE;
    }
  info = lookup_metric (self->metric);
  if (info == NULL)
    {
      g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_METRIC,
                   _("“%s” is not something Hearth can set a goal for."),
                   self->metric != NULL ? self->metric : "");
      return FALSE;
    }
  if ((info->kinds & KIND_BIT (self->kind)) == 0)
    {
      /* TRANSLATORS: "Steps cannot be a keep-in-range goal." */
      g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_KIND,
                   _("%s cannot be %s."), _(info->name), kind_name (self->kind));
      return FALSE;
    }
  if ((guint) self->comparison > HEARTH_GOAL_AT_LEAST ||
      (!info->either_way && self->comparison != info->comparison))
    {
      g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_COMPARISON,
                   info->comparison == HEARTH_GOAL_AT_MOST
                     ? _("A goal for %s is a most, not a least.")
                     : _("A goal for %s is a least, not a most."),
                   _(info->name));
      return FALSE;
    }
  if (!isfinite (self->target) || self->target < info->min || self->target > info->max)
    {
      g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TARGET,
                   _("A target for %s must be between %g and %g %s."),
                   _(info->name), info->min, info->max, info->unit);
      return FALSE;
    }
  if (!isnan (self->baseline) &&
      (!isfinite (self->baseline) || self->baseline < info->entry_min || self->baseline > info->entry_max))
    {
      g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_BASELINE,
                   _("The starting value for %s must be between %g and %g %s."),
                   _(info->name), info->entry_min, info->entry_max, info->unit);
      return FALSE;
    }
  if (self->kind == HEARTH_GOAL_KIND_HABIT)
    {
      if (self->cadence != info->cadence)
        {
          g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_CADENCE,
                       info->cadence == HEARTH_GOAL_CADENCE_WEEKLY
                         ? _("A goal for %s counts a week at a time.")
                         : _("A goal for %s counts a day at a time."),
                       _(info->name));
          return FALSE;
        }
    }
  else if (self->cadence != HEARTH_GOAL_CADENCE_NONE)
    {
      g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_CADENCE,
                           _("Only a habit goal has a daily or weekly cadence."));
      return FALSE;
    }
  /* 1900-01-01 .. 9998-12-31, the range instants are stored in. */
  if (self->start_day < -25567 || self->start_day > 2932531)
    {
      g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_START,
                           _("Enter the day the goal starts."));
      return FALSE;
    }
  if (self->kind == HEARTH_GOAL_KIND_TARGET)
    {
      if (self->due_day == HEARTH_GOAL_NO_DAY)
        {
          g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_DUE,
                               _("Enter the day to reach the target by."));
          return FALSE;
        }
      if (self->due_day <= self->start_day)
        {
          g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_DUE,
                               _("The day to reach the target must be after the goal starts."));
          return FALSE;
        }
      if (self->due_day - self->start_day > MAX_GOAL_DAYS)
        {
          g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_DUE,
                               _("Set a goal within five years; a nearer one is easier to keep."));
          return FALSE;
        }
    }
  else if (self->due_day != HEARTH_GOAL_NO_DAY)
    {
      g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_DUE,
                           _("Only a target goal has a day to reach it by."));
      return FALSE;
    }
  if (self->title != NULL)
    {
      if (!g_utf8_validate (self->title, -1, NULL) ||
          g_utf8_strlen (self->title, -1) > MAX_TITLE_CHARS)
        {
          g_set_error (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TITLE,
                       _("A goal’s title can be at most %d characters long."), MAX_TITLE_CHARS);
          return FALSE;
        }
      if (has_control_characters (self->title))
        {
          g_set_error_literal (error, HEARTH_GOAL_ERROR, HEARTH_GOAL_ERROR_TITLE,
                               _("The title cannot contain tabs, line breaks or other control characters."));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
hearth_goal_metric_is_known (const char *metric)
{
  return lookup_metric (metric) != NULL;
}

const char * const *
hearth_goal_metric_list (void)
{
  return metric_ids;
}

const char *
hearth_goal_metric_get_name (const char *metric)
{
  const MetricInfo *info = lookup_metric (metric);

  g_return_val_if_fail (info != NULL, "");
  return _(info->name);
}

const char *
hearth_goal_metric_get_unit (const char *metric)
{
  const MetricInfo *info = lookup_metric (metric);

  g_return_val_if_fail (info != NULL, "");
  return info->unit;
}

const char *
hearth_goal_metric_get_unit_label (const char *metric)
{
  const char *unit = hearth_goal_metric_get_unit (metric);

  if (g_str_equal (unit, "steps"))
    /* Translators: the unit of a steps goal, after a number: "7500 steps" */
    return C_("unit", "steps");
  if (g_str_equal (unit, "min"))
    /* Translators: minutes, after a number: "150 min" */
    return C_("unit", "min");
  return unit;
}

gboolean
hearth_goal_metric_get_limits (const char *metric,
                               double     *min,
                               double     *max)
{
  const MetricInfo *info = lookup_metric (metric);

  if (info == NULL)
    return FALSE;
  if (min != NULL)
    *min = info->min;
  if (max != NULL)
    *max = info->max;
  return TRUE;
}

gboolean
hearth_goal_metric_allows_kind (const char     *metric,
                                HearthGoalKind  kind)
{
  const MetricInfo *info = lookup_metric (metric);

  return info != NULL && (guint) kind <= HEARTH_GOAL_KIND_RANGE && (info->kinds & KIND_BIT (kind)) != 0;
}

HearthGoalComparison
hearth_goal_metric_get_comparison (const char *metric)
{
  const MetricInfo *info = lookup_metric (metric);

  return info != NULL ? info->comparison : HEARTH_GOAL_AT_MOST;
}

HearthGoalCadence
hearth_goal_metric_get_cadence (const char *metric)
{
  const MetricInfo *info = lookup_metric (metric);

  return info != NULL ? info->cadence : HEARTH_GOAL_CADENCE_NONE;
}

const char *
hearth_goal_kind_to_string (HearthGoalKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_ids), NULL);
  return kind_ids[kind];
}

gboolean
hearth_goal_kind_from_string (const char     *s,
                              HearthGoalKind *kind)
{
  guint index;

  if (!_HEARTH_ID_LOOKUP_STRV (s, kind_ids, &index))
    return FALSE;
  if (kind != NULL)
    *kind = (HearthGoalKind) index;
  return TRUE;
}

const char *
hearth_goal_comparison_to_string (HearthGoalComparison comparison)
{
  g_return_val_if_fail ((guint) comparison < G_N_ELEMENTS (comparison_ids), NULL);
  return comparison_ids[comparison];
}

gboolean
hearth_goal_comparison_from_string (const char           *s,
                                    HearthGoalComparison *comparison)
{
  guint index;

  if (!_HEARTH_ID_LOOKUP_STRV (s, comparison_ids, &index))
    return FALSE;
  if (comparison != NULL)
    *comparison = (HearthGoalComparison) index;
  return TRUE;
}

const char *
hearth_goal_cadence_to_string (HearthGoalCadence cadence)
{
  switch (cadence)
    {
    case HEARTH_GOAL_CADENCE_DAILY:
      return cadence_ids[0];
    case HEARTH_GOAL_CADENCE_WEEKLY:
      return cadence_ids[1];
    case HEARTH_GOAL_CADENCE_NONE:
    default:
      return NULL;
    }
}

gboolean
hearth_goal_cadence_from_string (const char        *s,
                                 HearthGoalCadence *cadence)
{
  guint index;

  if (s == NULL)
    {
      if (cadence != NULL)
        *cadence = HEARTH_GOAL_CADENCE_NONE;
      return TRUE;
    }
  if (!_HEARTH_ID_LOOKUP_STRV (s, cadence_ids, &index))
    return FALSE;
  if (cadence != NULL)
    *cadence = index == 0 ? HEARTH_GOAL_CADENCE_DAILY : HEARTH_GOAL_CADENCE_WEEKLY;
  return TRUE;
}

static char *
format_day (gint64 day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (day * 86400);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d") : g_strdup ("?");
}

char *
hearth_goal_describe (const HearthGoal *self)
{
  const MetricInfo *info;
  const char *name;
  g_autofree char *value = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->title != NULL && self->title[0] != '\0')
    return g_strdup (self->title);
  info = lookup_metric (self->metric);
  if (info == NULL)
    return g_strdup (self->metric != NULL ? self->metric : "");
  name = _(info->name);

  if (g_str_equal (info->id, HEARTH_GOAL_METRIC_WEIGHT) ||
      g_str_equal (info->id, HEARTH_GOAL_METRIC_GLUCOSE))
    value = g_strdup_printf ("%.1f %s", self->target, info->unit);
  else if (info->unit[0] != '\0')
    value = g_strdup_printf ("%.0f %s", self->target, info->unit);
  else
    value = g_strdup_printf ("%g", self->target);

  switch (self->kind)
    {
    case HEARTH_GOAL_KIND_TARGET:
      {
        g_autofree char *due = format_day (self->due_day);

        if (g_str_equal (info->id, HEARTH_GOAL_METRIC_WEIGHT))
          /* TRANSLATORS: "Weight 68.0 kg by 2025-03-01" */
          return g_strdup_printf (_("%s %s by %s"), name, value, due);
        /* TRANSLATORS: "Average systolic under 130 mmHg by 2025-03-01" */
        return g_strdup_printf (_("Average %s under %s by %s"),
                                g_str_equal (info->id, HEARTH_GOAL_METRIC_SYSTOLIC) ? _("systolic") : _("diastolic"),
                                value, due);
      }
    case HEARTH_GOAL_KIND_RANGE:
      if (g_str_equal (info->id, HEARTH_GOAL_METRIC_GLUCOSE))
        /* TRANSLATORS: "Glucose from 3.9 to 10.0 mmol/L on every reading" */
        return g_strdup_printf (_("%s from %.1f to %s on every reading"), name,
                                HEARTH_GOAL_GLUCOSE_LOW_MMOLL, value);
      /* TRANSLATORS: "Systolic under 130 mmHg on every reading" */
      return g_strdup_printf (_("%s under %s on every reading"), name, value);
    case HEARTH_GOAL_KIND_HABIT:
    default:
      if (g_str_equal (info->id, HEARTH_GOAL_METRIC_BP_READINGS))
        return g_strdup (self->target >= 2 ? _("Blood pressure morning and evening")
                                           : _("Blood pressure morning or evening"));
      if (g_str_equal (info->id, HEARTH_GOAL_METRIC_DOSES_ON_TIME))
        return g_strdup (_("Medications on time"));
      if (g_str_equal (info->id, HEARTH_GOAL_METRIC_SODIUM))
        /* TRANSLATORS: "Sodium under 2000 mg a day" */
        return g_strdup_printf (_("%s under %s a day"), name, value);
      if (g_str_equal (info->id, HEARTH_GOAL_METRIC_ACTIVE_MINUTES))
        /* TRANSLATORS: "150 active minutes a week" */
        return g_strdup_printf (_("%.0f active minutes a week"), self->target);
      /* TRANSLATORS: "7500 steps a day" */
      return g_strdup_printf (_("%.0f steps a day"), self->target);
    }
}

void
hearth_goal_bp_target (HearthBpGuideline  guideline,
                       double            *systolic,
                       double            *diastolic)
{
  double s = 135, d = 85;

  /* docs/clinical.md#goals: ACC/AHA's home stage 1 starts at 130/80; the
   * others' home hypertension at 135/85. */
  if (guideline == HEARTH_BP_GUIDELINE_ACC_AHA_2017)
    {
      s = 130;
      d = 80;
    }
  if (systolic != NULL)
    *systolic = s;
  if (diastolic != NULL)
    *diastolic = d;
}
