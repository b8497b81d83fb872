/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store-private.h"

G_BEGIN_DECLS

/* What insights (hearth-insights.c) and nudges (hearth-nudges.c) read
 * about a member, implemented in hearth-nudges-facts.c through the store's
 * private API. Every read is a few index seeks bounded by local days. */

typedef enum
{
  _HEARTH_ACTIVITY_NONE,
  _HEARTH_ACTIVITY_MINUTES,  /* active minutes a week (a vigorous minute counts as two) */
  _HEARTH_ACTIVITY_STEPS,    /* steps a day */
} _HearthActivityKind;

/* The member's activity target: their live goal of metric
 * "active-minutes" (a weekly target; a daily one × 7), else of metric
 * "steps" (a day's steps), else WHO's week (150 minutes, 420 under 18:
 * docs/clinical.md#physical-activity) when their main goal is move-more. */
typedef struct
{
  _HearthActivityKind kind;
  double              target;     /* minutes a week or steps a day; 0 for WHO's (age-dependent) */
  gint64              start_day;  /* the goal's start day; the member's first day for WHO's */
  gboolean            who;        /* WHO's week, no goal of the member's own */
} _HearthActivityTarget;

typedef struct
{
  gint64                profile_id;
  char                 *profile_uuid;
  char                 *main_goal;     /* profiles.main_goal, NULL when never asked */
  gint64                first_day;     /* the local day (store clock's zone) the member was added */
  gboolean              hypertension;  /* the health record names it */
  gboolean              dismissed;     /* the first-week checklist was put away */
  GArray               *skips;         /* gint64 skip days on or before the day, ascending */
  _HearthActivityTarget activity;
} _HearthFacts;

gboolean _hearth_facts_load           (HearthStore   *store,
                                       const char    *profile_uuid,
                                       gint64         day,
                                       _HearthFacts  *facts,
                                       GError       **error);
void     _hearth_facts_clear          (_HearthFacts  *facts);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (_HearthFacts, _hearth_facts_clear)

gboolean _hearth_facts_is_skip        (const _HearthFacts *facts,
                                       gint64              day);
/* Days in [@first, @last] that are not skip days (0 when @first > @last). */
gint64   _hearth_facts_count_unskipped (const _HearthFacts *facts,
                                        gint64              first,
                                        gint64              last);

/* The last local day at or before @upto with a live reading of @kind
 * ("bp", "steps" …), or a workout when @kind is NULL; -1 when none. */
gboolean _hearth_facts_last_day       (HearthStore   *store,
                                       gint64         profile_id,
                                       const char    *kind,
                                       gint64         upto,
                                       gint64        *day,
                                       GError       **error);

/* TRUE in *@severe when the app shows a severe-reading alert on @day: the
 * member's latest blood pressure on or before @day is above 180 systolic
 * or 120 diastolic, or their latest glucose is level-2 low (below 3.0
 * mmol/L): docs/clinical.md#blood-pressure, #glucose; PRODUCT.md "Safety". */
gboolean _hearth_facts_severe_alert   (HearthStore   *store,
                                       gint64         profile_id,
                                       gint64         day,
                                       gboolean      *severe,
                                       GError       **error);

/* A @from for "every day": year −768, before any entry (1900), near enough
 * that its instants fit in µs. */
#define _HEARTH_FACTS_ALL_DAYS (-1000000)

/* The local days in [@from, @to] with any entry (a reading, a meal, a
 * workout, a dose taken), ascending, each once: the window of
 * hearth_store_list_logging_days(). */
GArray  *_hearth_facts_logging_days   (HearthStore   *store,
                                       gint64         profile_id,
                                       gint64         from,
                                       gint64         to,
                                       GError       **error);

/* Days since Monday (0–6) of a local day number (day 0 was a Thursday). */
guint    _hearth_day_of_week          (gint64         day);
/* "15 Jun 2024" and "3 Jun – 9 Jun 2024" (translatable formats). */
char    *_hearth_format_day           (gint64         day);
char    *_hearth_format_span          (gint64         first,
                                       gint64         last);

G_END_DECLS
