/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-exercise.h"
#include "hearth-nutrition.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* A member's day at a glance (hearth-store-day.c): what `hearth-cli
 * summary` prints and the Today section shows. */
typedef struct
{
  gint64           local_day;
  /* Diet */
  guint            meals;
  HearthNutrients  intake;            /* incomplete as hearth_nutrients_add() */
  /* Exercise */
  guint            workouts;
  double           energy_out_kcal;   /* the workouts that have a weight by then */
  guint            workouts_without_weight;  /* left out of energy_out_kcal */
  guint            moderate_minutes;  /* that day, as the week counts them */
  guint            vigorous_minutes;
  HearthActiveWeek week;              /* the calendar week (Monday first) holding the day */
  /* Medications: the doses scheduled that day and what became of them */
  guint            doses_scheduled;
  guint            doses_taken;       /* on time or late */
  guint            doses_skipped;
  guint            doses_missed;
  guint            doses_pending;     /* not marked, still within the window (or to come) */
  guint            doses_as_needed;   /* as-needed or extra doses taken that day */
} HearthDaySummary;

/* The local day number of the Monday starting the week that holds @day. */
gint64   hearth_day_week_monday       (gint64            local_day);

/* Fills @summary for the member's local day @local_day in one read
 * transaction: a few indexed reads (meals of the day, workouts of the
 * week, each medication's doses of the day), never a scan of the years.
 * Scheduled doses are read against the store clock's now and zone. */
gboolean hearth_store_get_day_summary (HearthStore      *self,
                                       const char       *profile_uuid,
                                       gint64            local_day,
                                       HearthDaySummary *summary,
                                       GError          **error);

G_END_DECLS
