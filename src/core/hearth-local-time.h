/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one place that turns a local date and time, as a person types it,
 * into an instant. Where summer time starts, an hour of wall-clock time
 * does not exist; where it ends, an hour happens twice. GLib's
 * g_date_time_new() silently moves the first and silently picks one of
 * the second; this refuses the first and says what it did with the second.
 *
 * hearth_local_time_resolve:
 * Returns (transfer full) the instant of @year-@month-@day @hour:@minute:
 * @seconds on the wall clocks of @tz, with @tz's offset at that instant.
 *  - In a gap (clocks moved forward over it): NULL and HEARTH_VALIDATION_ERROR
 *    / HEARTH_VALIDATION_ERROR_TIME, "02:30 does not exist on 29 March 2026:
 *    clocks moved forward from 02:00 to 03:00."
 *  - In a repeated hour (clocks went back): the first occurrence, and @note
 *    (if not NULL) gets a sentence saying so and naming the offset that
 *    picks the second; otherwise *@note is NULL.
 *  - Not a date or time (30 February, 24:00): NULL and the same error code. */
GDateTime *hearth_local_time_resolve   (GTimeZone  *tz,
                                        int         year,
                                        int         month,
                                        int         day,
                                        int         hour,
                                        int         minute,
                                        double      seconds,
                                        char      **note,
                                        GError    **error);

/* The first instant of a local day in @tz: 00:00, or the end of the gap
 * when the clocks skip midnight, or the first 00:00 when it happens twice.
 * NULL if the date is not valid. */
GDateTime *hearth_local_time_day_start (GTimeZone  *tz,
                                        int         year,
                                        int         month,
                                        int         day);

G_END_DECLS
