/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-medication.h"

G_BEGIN_DECLS

/* A dose taken within this long of its time, before or after, is taken on
 * time; one neither taken nor skipped this long after its time is missed
 * (the grace period). */
#define HEARTH_DOSE_WINDOW (2 * G_TIME_SPAN_HOUR)

typedef struct
{
  guint  scheduled;      /* doses due that are decided: taken, skipped or missed */
  guint  taken;          /* taken within the window */
  guint  taken_late;     /* taken, outside the window */
  guint  skipped;
  guint  missed;
  double ratio;          /* taken ÷ scheduled; NAN when nothing was scheduled */
} HearthAdherence;

/* The scheduled doses of @medication on local days [@from_day, @to_day] in
 * @tz, oldest first, each with its status: the stored dose that answers it
 * (@stored: the medication's live doses, any order; their scheduled_day and
 * scheduled_minute say which dose they answer), else MISSED once @now is
 * past its window, else PENDING. Stored doses that answer no scheduled one
 * (as needed, or extra) whose taken_at falls on those days come after, in
 * time order. GPtrArray of HearthDose (owning). */
GPtrArray *hearth_adherence_list_doses (const HearthMedication *medication,
                                        HearthDose            **stored,
                                        guint                   n_stored,
                                        GTimeZone              *tz,
                                        gint64                  from_day,
                                        gint64                  to_day,
                                        GDateTime              *now);

/* Adherence over those days: PENDING doses (not decided yet) and as-needed
 * ones are left out. Adds into @adherence (so several medications sum to the
 * overall figure) and recomputes its ratio. */
void       hearth_adherence_add        (HearthAdherence        *adherence,
                                        GPtrArray              *doses);

G_END_DECLS
