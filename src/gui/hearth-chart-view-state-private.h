/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-chart.h"
#include "hearth-chart-view.h"
#include "hearth-core.h"

G_BEGIN_DECLS

/* The chart view's state, shared by its two halves: hearth-chart-view.c
 * (data, bands, drawing, GObject) and hearth-chart-view-input.c
 * (highlight, keyboard actions, pointer and touch gestures), with
 * hearth-chart-view-values.c (units, formats, glucose by context) and
 * hearth-chart-view-draw.c (colours, the sparkline). */

#define MAX_SERIES        4

typedef struct
{
  GArray                 *points;    /* HearthChartPoint, display unit */
  GArray                 *reduced;   /* HearthChartPoint, cached */
  HearthChartRole         role;
  HearthChartSeriesFlags  flags;
  const char             *label;     /* static, translated */
  HearthChartFormatFunc   format;
  gboolean                pickable;
  gboolean                hidden;    /* pulse while "show-pulse" is off */
} ViewSeries;

struct _HearthChartView
{
  GtkWidget          parent_instance;

  HearthStore       *store;
  HearthProfile     *profile;
  HearthReadingKind  kind;
  GSettings         *settings;
  GTimeZone         *tz;
  GtkWidget         *empty_label;

  gboolean           compact;
  gboolean           show_pulse;
  HearthChartRange   range;

  ViewSeries         series[MAX_SERIES];
  guint              n_series;
  GArray            *bands;        /* HearthChartBand, display units */
  GArray            *chart_bands;  /* the same, series as the chart numbers them */
  GPtrArray         *band_labels;  /* labels the bands borrow */
  char              *band_note;    /* a sentence about the bands, or NULL */
  gboolean           has_goal;
  double             goal;
  char              *goal_label;

  /* The visible range and the bounds panning keeps it in. */
  gint64             now;
  gint64             t0;
  gint64             t1;
  gboolean           moved;        /* panned or zoomed since the range was set */

  /* Reduced-series cache key. */
  gboolean           reduced_valid;
  guint              reduced_columns;
  gint64             reduced_t0;
  gint64             reduced_t1;

  /* Highlight: series and index into its full points. */
  int                highlight_series;
  guint              highlight_index;
  gboolean           highlight_from_pointer;

  HearthChartStats   last_stats;
  gboolean           empty;

  char              *description;
  gboolean           description_dirty;
  guint              describe_source;

  /* Gestures */
  gint64             drag_t0;
  gint64             drag_t1;
  gint64             zoom_span;
  gint64             zoom_anchor;
  double             pointer_x;
};

/* hearth-chart-view.c */
gboolean _hearth_chart_view_series_drawn    (HearthChartView *self,
                                             guint            i);
void     _hearth_chart_view_get_bounds      (HearthChartView *self,
                                             gint64          *lo,
                                             gint64          *hi);
void     _hearth_chart_view_set_view        (HearthChartView *self,
                                             gint64           t0,
                                             gint64           t1);
/* Panned or zoomed away from the range ("custom", notified). */
void     _hearth_chart_view_set_moved       (HearthChartView *self,
                                             gboolean         moved);
void     _hearth_chart_view_build_chart     (HearthChartView *self,
                                             HearthChart     *chart,
                                             gboolean         reduced,
                                             gboolean         pickable_only,
                                             guint           *map);

/* hearth-chart-view-values.c */
double   _hearth_chart_view_to_display      (HearthChartView *self,
                                             double           canonical);
double   _hearth_chart_view_from_display    (HearthChartView *self,
                                             double           shown);
/* HearthChartFormatFunc: @user_data is the view. */
char    *_hearth_chart_view_format_value    (double           v,
                                             gpointer         user_data);
char    *_hearth_chart_view_format_pulse    (double           v,
                                             gpointer         user_data);
gboolean _hearth_chart_view_load_glucose    (HearthChartView *self,
                                             gint64           from,
                                             ViewSeries      *fasting,
                                             ViewSeries      *after_meal,
                                             ViewSeries      *other);

/* hearth-chart-view-draw.c */
void     _hearth_chart_view_draw_compact    (HearthChartView        *self,
                                             cairo_t                *cr,
                                             const HearthChartStyle *style,
                                             double                  width,
                                             double                  height);

/* hearth-chart-view-input.c */
void     _hearth_chart_view_action_cb       (GtkWidget       *widget,
                                             const char      *action_name,
                                             GVariant        *parameter);
void     _hearth_chart_view_add_controllers (HearthChartView *self);

G_END_DECLS
