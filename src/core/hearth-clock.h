/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_CLOCK (hearth_clock_get_type ())

G_DECLARE_FINAL_TYPE (HearthClock, hearth_clock, HEARTH, CLOCK, GObject)

/* The only place in core that reads the wall clock. Logic asks a clock for
 * "now"; tests build a fixed clock. The time zone decides local days. */
HearthClock *hearth_clock_new_system (void);
HearthClock *hearth_clock_new_fixed  (GDateTime   *now);

/* Returns a new reference: "now" in the clock's time zone. */
GDateTime   *hearth_clock_now          (HearthClock *self);
GTimeZone   *hearth_clock_get_timezone (HearthClock *self);
/* Fixed clocks only: move "now" (tests). */
void         hearth_clock_set_fixed    (HearthClock *self,
                                        GDateTime   *now);
void         hearth_clock_advance      (HearthClock *self,
                                        GTimeSpan    span);

G_END_DECLS
