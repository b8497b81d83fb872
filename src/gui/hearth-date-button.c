/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-button.h"

static void
update_label (GtkMenuButton *button,
              GtkCalendar   *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  /* Translators: a date on a form's button, see g_date_time_format() */
  g_autofree char *label = g_date_time_format (date, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (button, label);
}

static void
on_calendar_day_selected_cb (GtkMenuButton *button,
                             GtkCalendar   *calendar)
{
  update_label (button, calendar);
  gtk_menu_button_popdown (button);
}

GtkWidget *
hearth_gui_date_button_new (GDateTime *date)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_val_if_fail (date != NULL, NULL);

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "hearth-calendar", calendar);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected_cb),
                           button, G_CONNECT_SWAPPED);
  hearth_gui_date_button_set_date (button, date);
  return button;
}

GtkCalendar *
hearth_gui_date_button_get_calendar (GtkWidget *button)
{
  g_return_val_if_fail (GTK_IS_MENU_BUTTON (button), NULL);

  return g_object_get_data (G_OBJECT (button), "hearth-calendar");
}

GDateTime *
hearth_gui_date_button_get_date (GtkWidget *button)
{
  return gtk_calendar_get_date (hearth_gui_date_button_get_calendar (button));
}

void
hearth_gui_date_button_set_date (GtkWidget *button,
                                 GDateTime *date)
{
  GtkCalendar *calendar = hearth_gui_date_button_get_calendar (button);

  g_return_if_fail (calendar != NULL);

  /* The calendar takes the day @date is on in its own offset. */
  gtk_calendar_select_day (calendar, date);
  update_label (GTK_MENU_BUTTON (button), calendar);
}
