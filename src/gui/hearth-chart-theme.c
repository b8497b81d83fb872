/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-theme"

#include "config.h"

#include <langinfo.h>
#include <adwaita.h>

#include "hearth-chart-theme.h"

static HearthChartRgba
rgba_from_gdk (const GdkRGBA *c)
{
  return (HearthChartRgba) { c->red, c->green, c->blue, c->alpha };
}

void
hearth_gui_get_chart_style (GtkWidget        *widget,
                            HearthChartStyle *style)
{
  AdwStyleManager *manager;
  GtkStyleContext *context;
  GdkRGBA fg;
  GdkRGBA card;
  GdkRGBA window;
  GdkRGBA accent;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (style != NULL);

  manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  context = gtk_widget_get_style_context (widget);

  if (adw_style_manager_get_dark (manager))
    hearth_chart_style_init_dark (style);
  else
    hearth_chart_style_init_light (style);

  /* GTK 4.8: gtk_widget_get_color() arrives in 4.10. */
  gtk_style_context_get_color (context, &fg);
  style->foreground = rgba_from_gdk (&fg);
  style->grid = style->foreground;
  style->grid.alpha = 0.1;

  /* The card's colour flattened over the window's (libadwaita's dark
   * cards are translucent): the charts sit on cards. */
  if (gtk_style_context_lookup_color (context, "card_bg_color", &card) &&
      gtk_style_context_lookup_color (context, "window_bg_color", &window))
    {
      style->background = (HearthChartRgba) {
        card.red * card.alpha + window.red * (1 - card.alpha),
        card.green * card.alpha + window.green * (1 - card.alpha),
        card.blue * card.alpha + window.blue * (1 - card.alpha),
        1.0,
      };
    }

  if (gtk_style_context_lookup_color (context, "accent_color", &accent))
    style->highlight = rgba_from_gdk (&accent);
}

GDateWeekday
hearth_gui_get_first_weekday (void)
{
#if defined(__GLIBC__)
  /* As GtkCalendar: the week's origin (a Sunday or a Monday in 1997)
   * plus the locale's first weekday, counted from 1. */
  union { unsigned int word; char *string; } origin;
  int first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int week_1stday;

  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (origin.word == 19971130)        /* Sunday */
    week_1stday = 0;
  else if (origin.word == 19971201)   /* Monday */
    week_1stday = 1;
  else
    return G_DATE_MONDAY;

  /* 0 = Sunday … 6 = Saturday; GDateWeekday has Sunday as 7. */
  switch ((week_1stday + first - 1 + 7) % 7)
    {
    case 0: return G_DATE_SUNDAY;
    case 1: return G_DATE_MONDAY;
    case 2: return G_DATE_TUESDAY;
    case 3: return G_DATE_WEDNESDAY;
    case 4: return G_DATE_THURSDAY;
    case 5: return G_DATE_FRIDAY;
    default: return G_DATE_SATURDAY;
    }
#else
  /* ISO 8601. */
  return G_DATE_MONDAY;
#endif
}
