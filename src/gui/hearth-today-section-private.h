/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-bars-view.h"
#include "hearth-calendar-view.h"
#include "hearth-today-section.h"

G_BEGIN_DECLS

/* The day's totals, in the order shown. */
typedef enum
{
  HEARTH_TODAY_ENERGY,
  HEARTH_TODAY_PROTEIN,
  HEARTH_TODAY_SODIUM,
  HEARTH_TODAY_SUGARS,
  HEARTH_TODAY_N_TOTALS,
} HearthTodayTotal;

GtkListBox  *_hearth_today_section_get_meals_list    (HearthTodaySection *self);
GtkListBox  *_hearth_today_section_get_workouts_list (HearthTodaySection *self);
GtkListBox  *_hearth_today_section_get_doses_list    (HearthTodaySection *self);
/* A total's text ("1240 of 2050 kcal") and its bar (0 … 1 of the target
 * or limit; the bar has the "over" style class past a limit). */
GtkLabel    *_hearth_today_section_get_total_label   (HearthTodaySection *self,
                                                      HearthTodayTotal    total);
GtkLevelBar *_hearth_today_section_get_total_bar     (HearthTodaySection *self,
                                                      HearthTodayTotal    total);
/* Where the targets come from. */
GtkLabel    *_hearth_today_section_get_targets_label (HearthTodaySection *self);
GtkLabel    *_hearth_today_section_get_week_label    (HearthTodaySection *self);
GtkLevelBar *_hearth_today_section_get_week_bar      (HearthTodaySection *self);
GtkLabel    *_hearth_today_section_get_week_source_label (HearthTodaySection *self);
/* The box of the week's charts (in a card of its own, hidden without a
 * chart): the last 7 days' energy eaten and active minutes as bars, this
 * month's doses taken on time as a calendar. Hidden (not visible) when
 * there is nothing to draw: no meal, no active minute or workout in those
 * days, no scheduled medication. */
GtkWidget   *_hearth_today_section_get_week_chart_box (HearthTodaySection *self);
HearthBarsView     *_hearth_today_section_get_energy_chart       (HearthTodaySection *self);
HearthBarsView     *_hearth_today_section_get_active_chart       (HearthTodaySection *self);
HearthCalendarView *_hearth_today_section_get_adherence_calendar (HearthTodaySection *self);
/* A dose row's "Taken" or "Skip…" button (@which: "taken", "skip"), NULL
 * when the row has none; its status text ("Taken at 08:05", "Missed"). */
GtkButton   *_hearth_today_section_get_dose_button   (GtkListBoxRow      *row,
                                                      const char         *which);
const char  *_hearth_today_section_get_dose_status   (GtkListBoxRow      *row);
/* How long after the last refresh the section refreshes on its own (a
 * dose due turns missed, or the day ends); -1 when it will not. */
GTimeSpan    _hearth_today_section_get_next_change   (HearthTodaySection *self);
/* That refresh, now (tests: the clock moved). */
void         _hearth_today_section_tick              (HearthTodaySection *self);
/* The skip dialog opened last, or NULL. */
GtkWindow   *_hearth_today_section_get_last_dialog   (HearthTodaySection *self);

G_END_DECLS
