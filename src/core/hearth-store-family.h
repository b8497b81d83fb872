/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"
#include "hearth-profile.h"
#include "hearth-reading.h"

G_BEGIN_DECLS

/* The family overview, a caregiver's home (issue 10; hearth-store-family.c):
 * per member, the latest reading of each kind they track, what is overdue,
 * today's doses and any severe-reading warning, as of the store clock's
 * now. One read transaction; a few index seeks per member and kind.
 *
 * Overdue (docs/family-overview.md says it for people): a kind is
 * expected every N local days when
 *   - a live habit goal counts it (metric bp-readings → blood pressure,
 *     steps → steps): N = 1 for a daily habit, 7 for a weekly one;
 *   - a live target or keep-in-range goal is on it (weight → weight,
 *     systolic or diastolic → blood pressure, glucose → glucose, steps →
 *     steps): N = 7;
 *   - blood pressure is tracked as the bp-lapse nudge reads it
 *     (hearth-nudges.h: hypertension in the health record, main goal
 *     lower-bp, or a reading in the 90 days before today): N = 7
 *     (PRODUCT.md, "after 7 days without a blood pressure reading");
 * the smallest N wins. It is overdue when more than N whole days lie
 * between its last reading's local day and today (today is not over:
 * a daily habit is overdue once yesterday passed without one, the weekly
 * rhythm the morning after the 7th day without), or when it was never
 * logged although a goal or the health record expects it. Skip days are
 * not counted out (the overview says what is due, not a lapse). */

typedef struct
{
  HearthReadingKind  kind;
  HearthReading     *latest;      /* owned */
  int                days_since;  /* local days since its day, 0 = today */
  const char        *category;    /* guideline category id ("stage-2", "normal",
                                   * "pre-obese", "hypo-2" …; static), NULL when
                                   * no category applies (none made up) */
  gboolean           severe;      /* hearth_classify_is_severe() */
} HearthOverviewLatest;

typedef struct
{
  HearthReadingKind kind;
  int               days_since;     /* since the last reading; -1 never logged */
  guint             interval_days;  /* N, the rhythm it is expected at */
} HearthOverviewOverdue;

typedef struct
{
  HearthProfile *profile;         /* owned reference */
  GArray        *latest;          /* HearthOverviewLatest, dashboard order
                                   * (hearth_store_get_tracked_kinds()) */
  GArray        *overdue;         /* HearthOverviewOverdue, dashboard order */
  guint          doses_due;       /* scheduled doses today (every status) */
  guint          doses_taken;
  guint          doses_skipped;
  guint          doses_missed;    /* past HEARTH_DOSE_WINDOW, not marked */
  HearthReading *warning;         /* the latest blood pressure or glucose, when
                                   * severe (the member page's banner), else a
                                   * severe reading of today's; NULL: none (owned) */
} HearthMemberOverview;

typedef struct
{
  HearthBpGuideline      bp_guideline;
  HearthGlucoseGuideline glucose_guideline;
  HearthBmiCutoffs       bmi_cutoffs;
} HearthOverviewOptions;

/* ACC/AHA 2017, ADA, WHO: the defaults of the settings. */
void                  hearth_overview_options_init_default (HearthOverviewOptions *options);

void                  hearth_member_overview_free (HearthMemberOverview *overview);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthMemberOverview, hearth_member_overview_free)

/* One member; NOT_FOUND when @profile is not a live member. */
HearthMemberOverview *hearth_store_member_overview (HearthStore                  *self,
                                                    HearthProfile                *profile,
                                                    const HearthOverviewOptions  *options,
                                                    GError                      **error);
/* Every live member in the store's order: GPtrArray of
 * HearthMemberOverview (owning), one snapshot for all. */
GPtrArray            *hearth_store_family_overview (HearthStore                  *self,
                                                    const HearthOverviewOptions  *options,
                                                    GError                      **error);

/* The first overdue entry of @kind, or NULL. */
const HearthOverviewOverdue *hearth_member_overview_find_overdue (const HearthMemberOverview *overview,
                                                                  HearthReadingKind           kind);
/* The latest of @kind, or NULL when the member never logged it. */
const HearthOverviewLatest  *hearth_member_overview_find_latest  (const HearthMemberOverview *overview,
                                                                  HearthReadingKind           kind);

G_END_DECLS
