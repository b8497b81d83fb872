/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-streak"

#include "config.h"

#include <math.h>

#include "hearth-streak.h"

typedef enum
{
  DAY_DONE = 1 << 0,
  DAY_SKIPPED = 1 << 1,
} DayMark;

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
mark_days (GHashTable   *marks,
           GArray       *days,
           const gint64 *list,
           guint         n,
           gint64        today,
           DayMark       mark)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 *key;
      gpointer old;

      /* Days after today (a clock moved back) are no part of a streak. */
      if (list[i] > today)
        continue;
      old = g_hash_table_lookup (marks, &list[i]);
      if (old == NULL)
        {
          key = g_new (gint64, 1);
          *key = list[i];
          g_array_append_val (days, list[i]);
          g_hash_table_insert (marks, key, GUINT_TO_POINTER (mark));
        }
      else
        g_hash_table_replace (marks, g_memdup2 (&list[i], sizeof (gint64)),
                              GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | mark));
    }
}

static DayMark
mark_of (GHashTable *marks,
         gint64      day)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (marks, &day));
}

void
hearth_streak_compute (const gint64 *done,
                       guint         n_done,
                       const gint64 *skips,
                       guint         n_skips,
                       gint64        today,
                       HearthStreak *streak)
{
  g_autoptr(GHashTable) marks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 day;
  guint run = 0;

  g_return_if_fail (streak != NULL);
  g_return_if_fail (n_done == 0 || done != NULL);
  g_return_if_fail (n_skips == 0 || skips != NULL);

  streak->current = 0;
  streak->best = 0;
  mark_days (marks, days, done, n_done, today, DAY_DONE);
  mark_days (marks, days, skips, n_skips, today, DAY_SKIPPED);

  /* Current: back from today, or from yesterday while today is still
   * open; skipped days pass, a day with neither ends it. */
  day = mark_of (marks, today) != 0 ? today : today - 1;
  for (DayMark m; (m = mark_of (marks, day)) != 0; day--)
    if (m & DAY_DONE)
      streak->current++;

  /* Best: every run of consecutive marked days, in order. */
  g_array_sort (days, compare_days);
  for (guint i = 0; i < days->len; i++)
    {
      gint64 d = g_array_index (days, gint64, i);

      if (i > 0 && d != g_array_index (days, gint64, i - 1) + 1)
        run = 0;
      if (mark_of (marks, d) & DAY_DONE)
        run++;
      streak->best = MAX (streak->best, run);
    }
}

double
hearth_habit_strength (const double   *completion,
                       const gboolean *skipped,
                       guint           n_days,
                       double          half_life_days)
{
  double m;
  double s = 0;

  g_return_val_if_fail (n_days == 0 || completion != NULL, 0);
  g_return_val_if_fail (half_life_days > 0, 0);

  m = pow (0.5, 1.0 / half_life_days);
  for (guint d = 0; d < n_days; d++)
    {
      double c = completion[d];

      if (skipped != NULL && skipped[d])
        continue;
      /* A share of the day's goal; more than the goal is one day done. */
      c = isnan (c) ? 0 : CLAMP (c, 0, 1);
      s = s * m + c * (1 - m);
    }
  return s;
}
