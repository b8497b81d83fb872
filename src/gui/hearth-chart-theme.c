/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-theme"

#include "config.h"

#include <langinfo.h>
#include <adwaita.h>

#include "hearth-chart-theme-private.h"

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

void
_hearth_gui_chart_format_set (HearthGuiChartFormat  *format,
                              HearthChartFormatFunc  func,
                              gpointer               data,
                              GDestroyNotify         destroy)
{
  g_return_if_fail (format != NULL);

  if (format->destroy != NULL)
    format->destroy (format->data);
  format->func = func;
  format->data = data;
  format->destroy = destroy;
}

GParamSpec *
_hearth_gui_chart_title_pspec (void)
{
  return g_param_spec_string ("title", NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

GParamSpec *
_hearth_gui_chart_description_pspec (void)
{
  return g_param_spec_string ("description", NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

void
_hearth_gui_chart_class_init (GtkWidgetClass *widget_class,
                              const char     *css_name)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  gtk_widget_class_set_css_name (widget_class, css_name);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
on_dark_changed_cb (GtkWidget       *widget,
                    GParamSpec      *pspec,
                    AdwStyleManager *manager)
{
  gtk_widget_queue_draw (widget);
}

void
_hearth_gui_chart_follow_dark (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), widget, G_CONNECT_SWAPPED);
}

gboolean
_hearth_gui_chart_set_description (GtkWidget   *widget,
                                   char       **description,
                                   char        *text,
                                   const char  *fallback,
                                   GParamSpec  *pspec)
{
  g_autofree char *owned = text != NULL ? text : g_strdup (fallback);

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (description != NULL, FALSE);
  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), FALSE);

  if (g_strcmp0 (owned, *description) == 0)
    return FALSE;

  g_free (*description);
  *description = g_steal_pointer (&owned);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, *description,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (widget), pspec);

  return TRUE;
}

gboolean
_hearth_gui_chart_set_title (GtkWidget   *widget,
                             char       **title_field,
                             const char  *title,
                             const char  *fallback)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (title_field != NULL, FALSE);

  if (g_strcmp0 (*title_field, title) == 0)
    return FALSE;
  g_free (*title_field);
  *title_field = g_strdup (title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : fallback,
                                  -1);
  return TRUE;
}

cairo_t *
_hearth_gui_chart_begin_snapshot (GtkWidget        *widget,
                                  GtkSnapshot      *snapshot,
                                  HearthChartStyle *style,
                                  int              *width,
                                  int              *height)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (style != NULL && width != NULL && height != NULL, NULL);

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  if (*width <= 0 || *height <= 0)
    return NULL;

  hearth_gui_get_chart_style (widget, style);

  return gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
}

void
_hearth_gui_chart_measure (GtkOrientation  orientation,
                           int             min_width,
                           int             nat_width,
                           int             min_height,
                           int             nat_height,
                           int            *minimum,
                           int            *natural)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
    }
  else
    {
      *minimum = min_height;
      *natural = nat_height;
    }
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
