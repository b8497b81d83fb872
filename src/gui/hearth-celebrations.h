/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* Celebrating a new badge or a reached goal (issue 9, "App"): in the
 * window while it has the focus (a toast naming it), as a GNotification
 * while it does not, and never beside a severe-reading alert (PRODUCT.md,
 * "Safety and accuracy": a badge or a streak message never sits on top of
 * "seek medical care"); then it waits, still to celebrate. */
typedef enum
{
  HEARTH_CELEBRATION_WAIT,          /* a severe alert is shown: not now */
  HEARTH_CELEBRATION_TOAST,         /* the window has the focus */
  HEARTH_CELEBRATION_NOTIFICATION,  /* the window does not: the desktop's notification */
} HearthCelebrationWay;

HearthCelebrationWay hearth_celebration_choose        (gboolean        window_focused,
                                                       gboolean        severe_alert);

/* Whether @profile's latest blood pressure or glucose reading is severe
 * (the member page's "seek medical care" banner shows). The window also
 * asks the store (hearth_store_has_severe_alert(): any severe reading
 * today); either holds a celebration back. */
gboolean             hearth_gui_member_has_severe_alert (HearthStore   *store,
                                                         HearthProfile *profile,
                                                         GSettings     *settings,
                                                         GDateTime     *now);

/* The badges' options from the settings: the blood pressure guideline
 * ("in range" for bp-in-range-week). */
void                 hearth_gui_badge_options_from_settings (GSettings          *settings,
                                                             HearthBadgeOptions *options);

/* Days since 1970-01-01 of @when in its own offset. */
gint64               hearth_gui_local_day                    (GDateTime          *when);

G_END_DECLS
