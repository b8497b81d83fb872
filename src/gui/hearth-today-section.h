/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TODAY_SECTION (hearth_today_section_get_type ())

G_DECLARE_FINAL_TYPE (HearthTodaySection, hearth_today_section, HEARTH, TODAY_SECTION, AdwBin)

/* A member's day on their page: today's meals with the day's energy,
 * protein, sodium and sugars against their targets (each target's source
 * named), today's workouts with the last 7 days' active minutes against
 * WHO's target, and today's doses with one-click "Taken" and "Skip…"
 * (a reason). Its buttons run "win.add-meal", "member.add-workout" and
 * "member.add-medication"; a dose marked goes to the window's undo
 * (hearth_window_record_change()). It shows what the store holds when
 * hearth_today_section_refresh() is called (the member page calls it on
 * the store's signals). */
GtkWidget *hearth_today_section_new         (void);
void       hearth_today_section_set_member  (HearthTodaySection *self,
                                             HearthStore        *store,
                                             HearthProfile      *profile);
void       hearth_today_section_refresh     (HearthTodaySection *self);
/* TRUE once the member has anything the section shows: a meal or a
 * workout today, active minutes this week, a medication. */
gboolean   hearth_today_section_has_content (HearthTodaySection *self);

G_END_DECLS
