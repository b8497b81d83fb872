/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-activity"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-activity.h"

/* docs/clinical.md#physical-activity. Every value is the MET value of its
 * code in the 2011 Compendium of Physical Activities (Ainsworth et al.,
 * Med Sci Sports Exerc 2011;43(8):1575–81), checked against the
 * Compendium's published activity table. An activity the table does not
 * list on its own is left out rather than guessed (square dancing among
 * them). */
static const HearthActivity activities[] = {
  { "walking-moderate",   N_("Walking, moderate pace (2.8–3.2 mph)"),      "17190", 3.5 },
  { "walking-brisk",      N_("Walking, brisk (3.5 mph)"),                  "17200", 4.3 },
  { "walking-very-brisk", N_("Walking, very brisk (4.0 mph)"),             "17220", 5.0 },
  { "jogging",            N_("Jogging"),                                   "12020", 7.0 },
  { "running-5mph",       N_("Running, 5 mph (12 min/mile)"),              "12030", 8.3 },
  { "running-6mph",       N_("Running, 6 mph (10 min/mile)"),              "12050", 9.8 },
  { "cycling-leisure",    N_("Cycling, leisure (under 10 mph)"),           "01010", 4.0 },
  { "swimming-laps-slow", N_("Swimming laps, freestyle, slow"),            "18240", 5.8 },
  { "swimming-leisure",   N_("Swimming, leisurely, not laps"),             "18310", 6.0 },
  { "strength-training",  N_("Strength training, 8–15 repetitions"),       "02054", 3.5 },
  { "yoga",               N_("Yoga, hatha"),                               "02150", 2.5 },
  { "tai-chi",            N_("Tai chi, qigong"),                           "15670", 3.0 },
  { "dancing-slow",       N_("Dancing, ballroom, slow"),                   "03040", 3.0 },
  { "dancing",            N_("Dancing, general (disco, folk, line)"),      "03031", 7.8 },
  { "housework",          N_("Household tasks, moderate effort"),          "05026", 3.5 },
  { "housework-sweeping", N_("Sweeping floors"),                           "05010", 3.3 },
  { "gardening",          N_("Gardening, general"),                        "08245", 3.8 },
};

const HearthActivity *
hearth_activity_get_all (guint *n_activities)
{
  g_return_val_if_fail (n_activities != NULL, NULL);

  *n_activities = G_N_ELEMENTS (activities);
  return activities;
}

const HearthActivity *
hearth_activity_lookup (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    if (strcmp (activities[i].id, id) == 0)
      return &activities[i];

  return NULL;
}

HearthIntensity
hearth_activity_intensity_of_met (double met)
{
  if (met >= 6.0)
    return HEARTH_INTENSITY_VIGOROUS;
  if (met >= 3.0)
    return HEARTH_INTENSITY_MODERATE;
  return HEARTH_INTENSITY_LIGHT;
}

HearthIntensity
hearth_activity_get_intensity (const HearthActivity *activity)
{
  g_return_val_if_fail (activity != NULL, HEARTH_INTENSITY_LIGHT);

  return hearth_activity_intensity_of_met (activity->met);
}

/* Levenshtein distance of two short ASCII strings. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

typedef struct
{
  guint score;
  guint index;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  if (ca->score != cb->score)
    return ca->score < cb->score ? -1 : 1;
  return ca->index < cb->index ? -1 : (ca->index > cb->index);
}

char **
hearth_activity_suggest (const char *typed,
                         guint       max)
{
  Candidate candidates[G_N_ELEMENTS (activities)];
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gsize typed_len;

  g_return_val_if_fail (typed != NULL, NULL);

  typed_len = strlen (typed);
  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    {
      const char *id = activities[i].id;
      guint score = edit_distance (typed, id);

      /* "walking" is close to every walking-*: the part after it is detail. */
      if (typed_len >= 3 && g_ascii_strncasecmp (id, typed, typed_len) == 0)
        score = MIN (score, 1);
      candidates[i].score = score;
      candidates[i].index = i;
    }
  qsort (candidates, G_N_ELEMENTS (candidates), sizeof candidates[0], compare_candidates);

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && i < max; i++)
    {
      /* Only names that are plausibly what was meant. */
      if (candidates[i].score > MAX (3, typed_len / 2))
        break;
      g_strv_builder_add (builder, activities[candidates[i].index].id);
    }
  return g_strv_builder_end (builder);
}
