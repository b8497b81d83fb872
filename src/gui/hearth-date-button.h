/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A button showing a date ("Tue 1 Dec 2026") that opens a calendar, for
 * the forms' date fields (workout, medication). Not a class: a
 * GtkMenuButton with its calendar attached. */
GtkWidget *hearth_gui_date_button_new      (GDateTime *date);
/* The date picked (local midnight of that day, in the local zone): only
 * its year, month and day mean anything. New reference. */
GDateTime *hearth_gui_date_button_get_date (GtkWidget *button);
void       hearth_gui_date_button_set_date (GtkWidget *button,
                                            GDateTime *date);
GtkCalendar *hearth_gui_date_button_get_calendar (GtkWidget *button);

G_END_DECLS
