/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Streaks and habit strength: pure arithmetic over local calendar days
 * (days since 1970-01-01 in the offset stored with each entry), the rules
 * of PRODUCT.md, "Streaks, habit strength". No store, no clock: the caller
 * passes the days and today. */

typedef struct
{
  guint current;   /* counted days in the run ending today (or yesterday, when today has no entry yet) */
  guint best;      /* the longest run ever */
} HearthStreak;

/* @done: the local days with an entry (any order, repeats allowed);
 * @skips: the days the member marked as skipped (ill, travelling). A
 * skip day inside a run neither counts nor breaks it; an entry on a
 * skip day counts. A backdated entry mends a run: only the days matter. */
void   hearth_streak_compute        (const gint64 *done,
                                     guint         n_done,
                                     const gint64 *skips,
                                     guint         n_skips,
                                     gint64        today,
                                     HearthStreak *streak);

/* The daily habit's half-life: 13 days. */
#define HEARTH_HABIT_HALF_LIFE_DAYS 13.0

/* Habit strength (0..1) on the last of @n_days days from the habit's
 * start: s_d = s_(d-1) · m + c_d · (1 − m) with m = 0.5^(1 / @half_life),
 * s before the start 0; @completion[d] is the day's share done (clamped
 * to 0..1); a day with @skipped[d] (may be NULL) carries s unchanged. */
double hearth_habit_strength        (const double   *completion,
                                     const gboolean *skipped,
                                     guint           n_days,
                                     double          half_life_days);

G_END_DECLS
