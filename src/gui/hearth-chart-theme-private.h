/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-chart-theme.h"

G_BEGIN_DECLS

/* What the chart widgets (HearthBarsView, HearthCalendarView and, for
 * the description and the theme, HearthChartView) share. */

/* A chart's value formatter and its user data, freed with @destroy. */
typedef struct
{
  HearthChartFormatFunc func;
  gpointer              data;
  GDestroyNotify        destroy;
} HearthGuiChartFormat;

/* Frees @format's old data and takes the new (all may be NULL). */
void      _hearth_gui_chart_format_set       (HearthGuiChartFormat *format,
                                              HearthChartFormatFunc func,
                                              gpointer              data,
                                              GDestroyNotify        destroy);
#define   _hearth_gui_chart_format_clear(f)  _hearth_gui_chart_format_set ((f), NULL, NULL, NULL)

/* The "title" (read-write) and "description" (read-only) string
 * properties, both with explicit notification. */
GParamSpec *_hearth_gui_chart_title_pspec       (void);
GParamSpec *_hearth_gui_chart_description_pspec (void);

/* The CSS name @css_name and the accessible role image. */
void      _hearth_gui_chart_class_init       (GtkWidgetClass   *widget_class,
                                              const char       *css_name);

/* Redraws @widget, for its lifetime, each time the libadwaita style
 * manager turns dark or light. */
void      _hearth_gui_chart_follow_dark      (GtkWidget        *widget);

/* Takes @text (NULL: @fallback, the summary of no data): when it differs
 * from *@description, replaces it, sets it as @widget's accessible
 * description and notifies @pspec. Returns whether it changed. */
gboolean  _hearth_gui_chart_set_description  (GtkWidget        *widget,
                                              char            **description,
                                              char             *text,
                                              const char       *fallback,
                                              GParamSpec       *pspec);

/* Copies @title into *@title_field and makes it @widget's accessible
 * label (@fallback when NULL). Returns FALSE, and does nothing, when the
 * title is unchanged; the caller notifies its "title". */
gboolean  _hearth_gui_chart_set_title        (GtkWidget        *widget,
                                              char            **title_field,
                                              const char       *title,
                                              const char       *fallback);

/* A cairo context over the whole of @widget in @snapshot, with @style
 * from hearth_gui_get_chart_style() and the size in @width, @height;
 * NULL (nothing appended) when the widget has no area. */
cairo_t  *_hearth_gui_chart_begin_snapshot   (GtkWidget        *widget,
                                              GtkSnapshot      *snapshot,
                                              HearthChartStyle *style,
                                              int              *width,
                                              int              *height);

/* GtkWidgetClass.measure's sizes from the fixed minimum and natural
 * width and height. */
void      _hearth_gui_chart_measure          (GtkOrientation    orientation,
                                              int               min_width,
                                              int               nat_width,
                                              int               min_height,
                                              int               nat_height,
                                              int              *minimum,
                                              int              *natural);

G_END_DECLS
