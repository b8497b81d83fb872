/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-badges"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "hearth-badges.h"
#include "hearth-core-resources.h"
#include "hearth-core-private.h"
#include "hearth-streak.h"

#define CATALOGUE_PATH "/io/github/hearthapp/Hearth/core/badges.xml"

/* A weight read back from REAL columns: 1 kg lost is 1 kg, not 0.9999999. */
#define KG_EPSILON 1e-6

static const char * const rule_ids[] = {
  [HEARTH_BADGE_RULE_FIRST_READING] = "first-reading",
  [HEARTH_BADGE_RULE_LOGGING_STREAK] = "logging-streak",
  [HEARTH_BADGE_RULE_WEIGHT_LOST] = "weight-lost",
  [HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS] = "bp-in-range-days",
  [HEARTH_BADGE_RULE_ACTIVE_WEEK] = "active-week",
  [HEARTH_BADGE_RULE_GOAL_REACHED] = "goal-reached",
  [HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS] = "meds-on-time-days",
};

G_STATIC_ASSERT (G_N_ELEMENTS (rule_ids) == HEARTH_BADGE_N_RULES);

/* The parameter each rule needs (NULL: none). */
static const char * const rule_params[] = {
  [HEARTH_BADGE_RULE_FIRST_READING] = NULL,
  [HEARTH_BADGE_RULE_LOGGING_STREAK] = "days",
  [HEARTH_BADGE_RULE_WEIGHT_LOST] = "kg",
  [HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS] = "days",
  [HEARTH_BADGE_RULE_ACTIVE_WEEK] = NULL,
  [HEARTH_BADGE_RULE_GOAL_REACHED] = NULL,
  [HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS] = "days",
};

G_STATIC_ASSERT (G_N_ELEMENTS (rule_params) == HEARTH_BADGE_N_RULES);

const char *
hearth_badge_rule_to_string (HearthBadgeRule rule)
{
  g_return_val_if_fail ((guint) rule < HEARTH_BADGE_N_RULES, NULL);

  return rule_ids[rule];
}

gboolean
hearth_badge_rule_from_string (const char      *s,
                               HearthBadgeRule *rule)
{
  guint index;

  g_return_val_if_fail (rule != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, rule_ids, &index))
    return FALSE;
  *rule = (HearthBadgeRule) index;
  return TRUE;
}

void
hearth_badge_def_free (HearthBadgeDef *def)
{
  if (def == NULL)
    return;
  g_free (def->id);
  g_free (def->title);
  g_free (def->description);
  g_free (def->icon);
  g_free (def);
}

const char *
hearth_badge_def_get_title (const HearthBadgeDef *def)
{
  g_return_val_if_fail (def != NULL, NULL);

  hearth_core_init ();
  return g_dgettext (GETTEXT_PACKAGE, def->title);
}

const char *
hearth_badge_def_get_description (const HearthBadgeDef *def)
{
  g_return_val_if_fail (def != NULL, NULL);

  hearth_core_init ();
  return g_dgettext (GETTEXT_PACKAGE, def->description);
}

/* Parsing --------------------------------------------------------------- */

typedef enum
{
  TEXT_NONE,
  TEXT_TITLE,
  TEXT_DESCRIPTION,
} TextField;

typedef struct
{
  GPtrArray      *defs;
  GHashTable     *ids;        /* borrowed from defs */
  HearthBadgeDef *current;
  gboolean        has_rule;
  gboolean        has_amount;
  TextField       text_field;
  GString        *text;
} Parser;

static gboolean
fail (GError     **error,
      const char  *id,
      const char  *what)
{
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "badge “%s”: %s", id != NULL ? id : "?", what);
  return FALSE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Parser *p = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next != NULL ? stack->next->data : NULL;

  if (g_str_equal (element, "badges") && parent == NULL)
    {
      g_markup_collect_attributes (element, names, values, error, G_MARKUP_COLLECT_INVALID, NULL);
    }
  else if (g_str_equal (element, "badge") && g_strcmp0 (parent, "badges") == 0)
    {
      const char *id = NULL, *rule = NULL, *icon = NULL;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING, "rule", &rule,
                                        G_MARKUP_COLLECT_STRING, "icon", &icon,
                                        G_MARKUP_COLLECT_INVALID))
        return;
      p->current = g_new0 (HearthBadgeDef, 1);
      p->current->id = g_strdup (id);
      p->current->icon = g_strdup (icon);
      p->has_amount = FALSE;
      p->has_rule = hearth_badge_rule_from_string (rule, &p->current->rule);
      if (id[0] == '\0')
        fail (error, id, "an empty id");
      else if (g_hash_table_contains (p->ids, id))
        fail (error, id, "the id is used twice");
      else if (!p->has_rule)
        fail (error, id, "unknown rule");
      else if (icon[0] == '\0')
        fail (error, id, "no icon");
    }
  else if (g_str_equal (element, "param") && g_strcmp0 (parent, "badge") == 0 && p->current != NULL)
    {
      const char *name = NULL, *value = NULL;
      const char *wanted = rule_params[p->current->rule];
      char *end = NULL;
      double amount;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING, "name", &name,
                                        G_MARKUP_COLLECT_STRING, "value", &value,
                                        G_MARKUP_COLLECT_INVALID))
        return;
      amount = g_ascii_strtod (value, &end);
      if (wanted == NULL || !g_str_equal (name, wanted) || p->has_amount)
        fail (error, p->current->id, "a parameter its rule does not take");
      else if (end == value || *end != '\0' || !isfinite (amount) || amount <= 0)
        fail (error, p->current->id, "a parameter that is not a positive number");
      p->current->amount = amount;
      p->has_amount = TRUE;
    }
  else if ((g_str_equal (element, "title") || g_str_equal (element, "description")) &&
           g_strcmp0 (parent, "badge") == 0 && p->current != NULL)
    {
      g_markup_collect_attributes (element, names, values, error, G_MARKUP_COLLECT_INVALID, NULL);
      p->text_field = g_str_equal (element, "title") ? TEXT_TITLE : TEXT_DESCRIPTION;
      g_string_truncate (p->text, 0);
    }
  else
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                   "unexpected element <%s>", element);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Parser *p = user_data;
  HearthBadgeDef *def = p->current;

  if (p->text_field != TEXT_NONE)
    {
      char **field = p->text_field == TEXT_TITLE ? &def->title : &def->description;

      if (*field != NULL)
        {
          fail (error, def->id, "a second title or description");
          return;
        }
      *field = g_strdup (g_strstrip (p->text->str));
      p->text_field = TEXT_NONE;
      return;
    }
  if (!g_str_equal (element, "badge") || def == NULL)
    return;

  if (def->title == NULL || def->title[0] == '\0')
    fail (error, def->id, "no title");
  else if (def->description == NULL || def->description[0] == '\0')
    fail (error, def->id, "no description");
  else if (rule_params[def->rule] != NULL && !p->has_amount)
    fail (error, def->id, "its rule's parameter is missing");
  else
    {
      g_ptr_array_add (p->defs, def);
      g_hash_table_add (p->ids, def->id);
      p->current = NULL;
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Parser *p = user_data;

  if (p->text_field != TEXT_NONE)
    g_string_append_len (p->text, text, (gssize) length);
}

GPtrArray *
hearth_badge_catalogue_parse (const char  *text_in,
                              gssize       length,
                              GError     **error)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GPtrArray) defs = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_badge_def_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) buffer = g_string_new (NULL);
  Parser p = { defs, ids, NULL, FALSE, FALSE, TEXT_NONE, buffer };
  gboolean ok;

  g_return_val_if_fail (text_in != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &p, NULL);
  ok = g_markup_parse_context_parse (context, text_in, length, error) &&
       g_markup_parse_context_end_parse (context, error);
  g_clear_pointer (&p.current, hearth_badge_def_free);
  if (!ok)
    return NULL;
  if (defs->len == 0)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                           "the catalogue has no badge");
      return NULL;
    }
  return g_steal_pointer (&defs);
}

const GPtrArray *
hearth_badge_catalogue_get (void)
{
  static GPtrArray *catalogue = NULL;
  static gsize parsed = 0;

  if (g_once_init_enter (&parsed))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resource_lookup_data (hearth_core_get_resource (), CATALOGUE_PATH,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      GPtrArray *defs = NULL;

      if (bytes != NULL)
        {
          gsize size;
          const char *data = g_bytes_get_data (bytes, &size);

          defs = hearth_badge_catalogue_parse (data, (gssize) size, &error);
        }
      if (defs == NULL)
        g_error ("The built-in badge catalogue cannot be read: %s", error->message);
      catalogue = defs;
      g_once_init_leave (&parsed, 1);
    }
  return catalogue;
}

const HearthBadgeDef *
hearth_badge_catalogue_lookup (const char *id)
{
  const GPtrArray *defs = hearth_badge_catalogue_get ();

  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);

      if (g_str_equal (def->id, id))
        return def;
    }
  return NULL;
}

/* Evaluation ------------------------------------------------------------ */

void
hearth_badge_evidence_clear (HearthBadgeEvidence *evidence)
{
  g_return_if_fail (evidence != NULL);

  g_clear_pointer (&evidence->logging_days, g_array_unref);
  g_clear_pointer (&evidence->skip_days, g_array_unref);
  g_clear_pointer (&evidence->bp_days, g_array_unref);
  g_clear_pointer (&evidence->active_days, g_array_unref);
  g_clear_pointer (&evidence->weights, g_array_unref);
  g_clear_pointer (&evidence->weight_goals, g_array_unref);
  g_clear_pointer (&evidence->med_days, g_array_unref);
  memset (evidence, 0, sizeof *evidence);
  evidence->first_reading_day = HEARTH_BADGE_NO_DAY;
  evidence->goal_reached_day = HEARTH_BADGE_NO_DAY;
}

static guint
array_len (const GArray *array)
{
  return array != NULL ? array->len : 0;
}

static void
set_earned (HearthBadgeStatus *status,
            gint64             day)
{
  status->earned_day = day;
  status->progress = 1.0;
  status->have = status->need;
}

static void
set_locked (HearthBadgeStatus *status,
            double             have)
{
  status->earned_day = HEARTH_BADGE_NO_DAY;
  status->have = MAX (have, 0.0);
  status->progress = status->need > 0 ? CLAMP (status->have / status->need, 0.0, 1.0) : 0.0;
  /* Locked is never shown as done. */
  if (status->progress >= 1.0)
    status->progress = 0.999;
}

/* The logging streak: consecutive calendar days each logged or skipped;
 * only logged days count. Earned the day the count first reaches @need. */
static void
evaluate_logging (const HearthBadgeEvidence *ev,
                  gint64                     today,
                  HearthBadgeStatus         *status)
{
  const GArray *done = ev->logging_days, *skips = ev->skip_days;
  guint n_done = array_len (done), n_skips = array_len (skips);
  guint i = 0, j = 0;
  gint64 prev = HEARTH_BADGE_NO_DAY;
  guint run = 0;
  HearthStreak streak = { 0, 0 };

  while (i < n_done || j < n_skips)
    {
      gint64 d_done = i < n_done ? g_array_index (done, gint64, i) : G_MAXINT64;
      gint64 d_skip = j < n_skips ? g_array_index (skips, gint64, j) : G_MAXINT64;
      gint64 day = MIN (d_done, d_skip);
      gboolean logged = d_done == day;

      if (day > today)
        break;
      if (d_done == day)
        i++;
      if (d_skip == day)
        j++;
      if (prev == HEARTH_BADGE_NO_DAY || day != prev + 1)
        run = 0;
      prev = day;
      if (logged && ++run >= status->need)
        {
          set_earned (status, day);
          return;
        }
    }

  hearth_streak_compute (done != NULL ? (const gint64 *) (const void *) done->data : NULL, n_done,
                         skips != NULL ? (const gint64 *) (const void *) skips->data : NULL, n_skips,
                         today, &streak);
  set_locked (status, streak.current);
}

/* Runs of consecutive days: blood pressure in range (a day without a
 * reading ends the run) or, not @bp, doses on time (a day with nothing
 * scheduled neither counts nor ends the run). */
static void
evaluate_runs (const GArray      *days,
               gboolean           bp,
               gint64             today,
               HearthBadgeStatus *status)
{
  guint n = array_len (days);
  gboolean gaps_pass = !bp;
  gint64 prev = HEARTH_BADGE_NO_DAY;
  guint run = 0;

  for (guint i = 0; i < n; i++)
    {
      gint64 day;
      gboolean good;

      if (bp)
        {
          const HearthBadgeBpDay *bp_day = &g_array_index (days, HearthBadgeBpDay, i);

          day = bp_day->day;
          good = bp_day->in_range;
        }
      else
        {
          const HearthBadgeMedDay *med = &g_array_index (days, HearthBadgeMedDay, i);

          day = med->day;
          good = med->all_on_time;
        }
      if (day > today)
        break;
      if (!good)
        run = 0;
      else if (gaps_pass || (prev != HEARTH_BADGE_NO_DAY && day == prev + 1))
        run++;
      else
        run = 1;
      prev = day;
      if (run >= status->need)
        {
          set_earned (status, day);
          return;
        }
    }

  /* The run still going: its last day is today or yesterday (blood
   * pressure), or any day (doses, whose gaps pass). */
  if (!gaps_pass && (prev == HEARTH_BADGE_NO_DAY || prev < today - 1))
    run = 0;
  set_locked (status, run);
}

static gint64
week_start (gint64 day)
{
  /* Day 0, 1970-01-01, was a Thursday. */
  return day - (((day + 3) % 7) + 7) % 7;
}

static void
evaluate_active_week (const HearthBadgeEvidence *ev,
                      gint64                     today,
                      HearthBadgeStatus         *status)
{
  guint n = array_len (ev->active_days);
  gint64 week = HEARTH_BADGE_NO_DAY;
  guint sum = 0;

  status->need = ev->active_target > 0 ? ev->active_target : 150;
  for (guint i = 0; i < n; i++)
    {
      const HearthBadgeActiveDay *a = &g_array_index (ev->active_days, HearthBadgeActiveDay, i);

      if (a->day > today)
        break;
      if (week_start (a->day) != week)
        {
          week = week_start (a->day);
          sum = 0;
        }
      sum += a->minutes;
      if (sum >= status->need)
        {
          set_earned (status, a->day);
          return;
        }
    }
  set_locked (status, week == week_start (today) ? sum : 0);
}

static void
evaluate_weight (const HearthBadgeEvidence *ev,
                 gint64                     today,
                 HearthBadgeStatus         *status)
{
  guint n_goals = array_len (ev->weight_goals), n = array_len (ev->weights);
  gint64 earned = HEARTH_BADGE_NO_DAY;
  double best_lost = 0;

  for (guint g = 0; g < n_goals; g++)
    {
      const HearthBadgeWeightGoal *goal = &g_array_index (ev->weight_goals, HearthBadgeWeightGoal, g);
      double latest = NAN;

      for (guint i = 0; i < n; i++)
        {
          const HearthBadgeWeight *w = &g_array_index (ev->weights, HearthBadgeWeight, i);

          if (w->day < goal->start_day)
            continue;
          if (w->day > today)
            break;
          latest = w->kg;
          if (goal->baseline_kg - w->kg >= status->need - KG_EPSILON &&
              (earned == HEARTH_BADGE_NO_DAY || w->day < earned))
            {
              earned = w->day;
              break;
            }
        }
      if (!isnan (latest))
        best_lost = MAX (best_lost, goal->baseline_kg - latest);
    }
  if (earned != HEARTH_BADGE_NO_DAY)
    set_earned (status, earned);
  else
    set_locked (status, round (best_lost * 10) / 10);
}

void
hearth_badge_evaluate (const HearthBadgeDef      *def,
                       const HearthBadgeEvidence *evidence,
                       gint64                     today,
                       HearthBadgeStatus         *status)
{
  g_return_if_fail (def != NULL);
  g_return_if_fail (evidence != NULL);
  g_return_if_fail (status != NULL);

  memset (status, 0, sizeof *status);
  status->def = def;
  status->need = def->amount > 0 ? def->amount : 1;

  switch (def->rule)
    {
    case HEARTH_BADGE_RULE_FIRST_READING:
      if (evidence->first_reading_day != HEARTH_BADGE_NO_DAY && evidence->first_reading_day <= today)
        set_earned (status, evidence->first_reading_day);
      else
        set_locked (status, 0);
      break;
    case HEARTH_BADGE_RULE_LOGGING_STREAK:
      evaluate_logging (evidence, today, status);
      break;
    case HEARTH_BADGE_RULE_WEIGHT_LOST:
      evaluate_weight (evidence, today, status);
      break;
    case HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS:
      evaluate_runs (evidence->bp_days, TRUE, today, status);
      break;
    case HEARTH_BADGE_RULE_ACTIVE_WEEK:
      evaluate_active_week (evidence, today, status);
      break;
    case HEARTH_BADGE_RULE_GOAL_REACHED:
      if (evidence->goal_reached_day != HEARTH_BADGE_NO_DAY && evidence->goal_reached_day <= today)
        set_earned (status, evidence->goal_reached_day);
      else
        set_locked (status, 0);
      break;
    case HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS:
      evaluate_runs (evidence->med_days, FALSE, today, status);
      break;
    default:
      g_return_if_reached ();
    }
}

static char *
format_kg (double kg)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (kg - round (kg)) < KG_EPSILON)
    return g_strdup_printf ("%.0f", kg);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", kg));
}

char *
hearth_badge_status_format_progress (const HearthBadgeStatus *status)
{
  guint have, need;

  g_return_val_if_fail (status != NULL && status->def != NULL, NULL);

  hearth_core_init ();
  if (status->earned_day != HEARTH_BADGE_NO_DAY)
    return g_strdup (_("Earned"));

  have = (guint) MAX (status->have, 0);
  need = (guint) MAX (status->need, 0);
  switch (status->def->rule)
    {
    case HEARTH_BADGE_RULE_FIRST_READING:
      return g_strdup (_("No reading yet"));
    case HEARTH_BADGE_RULE_GOAL_REACHED:
      return g_strdup (_("No goal reached yet"));
    case HEARTH_BADGE_RULE_WEIGHT_LOST:
      {
        g_autofree char *lost = format_kg (status->have);
        g_autofree char *wanted = format_kg (status->need);

        /* Translators: progress toward a badge, "0.4 of 1 kg" (lost). */
        return g_strdup_printf (_("%s of %s kg"), lost, wanted);
      }
    case HEARTH_BADGE_RULE_ACTIVE_WEEK:
      /* Translators: progress toward a badge, "90 of 150 active minutes this week". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u active minute this week",
                                           "%u of %u active minutes this week", need),
                              have, need);
    case HEARTH_BADGE_RULE_LOGGING_STREAK:
    case HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS:
    case HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS:
    default:
      /* Translators: progress toward a badge, "4 of 7 days" (in a row). */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u day", "%u of %u days", need),
                              have, need);
    }
}
