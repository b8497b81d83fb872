/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-types.h"
#include "hearth-store.h"
#include "hearth-profile.h"

G_BEGIN_DECLS

/* What the dashboard, the charts and the family overview read. Every
 * function here is one or a few indexed queries, never a scan of a
 * member's whole history; the benchmark (hearth-bench) measures them on
 * 6 members × 10 years. */

/* One reading reduced to what a chart needs: no GObject per reading. */
typedef struct
{
  gint64 t;      /* taken-at, UTC µs */
  double a;      /* the kind's value_a (systolic, kg, mmol/L, …) */
  double b;      /* value_b or NAN (diastolic, body fat, quality) */
  double c;      /* value_c or NAN (pulse) */
} HearthSeriesPoint;

/* GArray of HearthSeriesPoint in ascending time over [from_us, to_us]
 * (inclusive; G_MININT64/G_MAXINT64 for open ends), live readings only. */
GArray *hearth_store_get_series (HearthStore       *self,
                                 const char        *profile_uuid,
                                 HearthReadingKind  kind,
                                 gint64             from_us,
                                 gint64             to_us,
                                 GError           **error);

/* A member's card for one kind. "Today" is the store clock's local day. */
typedef struct
{
  HearthReadingKind kind;
  HearthReading    *latest;             /* newest live reading, or NULL */
  int               days_since_latest;  /* 0 = today; -1 when none */
  guint             n_week;             /* readings in the last 7 local days (today included) */
  guint             n_prev_week;        /* readings in the 7 days before those */
  double            week_mean_a;        /* NAN when n_week == 0 */
  double            week_mean_b;
  double            prev_week_mean_a;   /* NAN when n_prev_week == 0 */
  double            prev_week_mean_b;
  GArray           *spark;              /* HearthSeriesPoint: one per local day with
                                         * readings over the last 30 days, daily means,
                                         * t = local noon of that day */
} HearthKindSummary;

HearthKindSummary *hearth_store_get_kind_summary (HearthStore       *self,
                                                  const char        *profile_uuid,
                                                  HearthReadingKind  kind,
                                                  GError           **error);
void               hearth_kind_summary_free      (HearthKindSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthKindSummary, hearth_kind_summary_free)

/* The kinds a member has logged at least once (live readings), as a GArray
 * of HearthReadingKind (int), in dashboard order. */
GArray  *hearth_store_get_tracked_kinds (HearthStore  *self,
                                         HearthProfile *profile,
                                         GError      **error);

/* Dashboard order (PRODUCT.md), by precedence:
 *  1. the member's main goal: lower-bp → blood pressure, manage-glucose →
 *     glucose, lose-weight → weight, move-more → steps (none and "record"
 *     move nothing): what the member asked for comes first;
 *  2. the health record and age: hypertension or 60 and older → blood
 *     pressure, then diabetes → glucose (both: blood pressure, then glucose);
 *  3. the rest: weight, glucose, heart rate, SpO2, temperature, body fat,
 *     waist, sleep, steps (blood pressure not moved first comes right after
 *     weight).
 * A kind promoted twice keeps its first place (lower-bp with hypertension:
 * blood pressure, then the others as rule 2 and 3 say). Sorts @kinds in
 * place; pure, so tests need no database. @age < 0 means unknown (not
 * "older"). */
void     hearth_dashboard_sort_kinds    (const char * const *conditions,
                                         int                 age,
                                         HearthMainGoal      main_goal,
                                         GArray             *kinds);

G_END_DECLS
