/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-view"

#include "config.h"

#include <math.h>

#include "hearth-chart-view-state-private.h"

/* The chart view's input: the highlighted reading (pointer, keyboard),
 * panning and zooming by keys, drag, scroll and pinch. The state and the
 * drawing are in hearth-chart-view.c. */

#define PAN_STEP  0.25
#define ZOOM_STEP 1.5

/* Highlight and navigation --------------------------------------------- */

static void
set_highlight (HearthChartView *self,
               int              series,
               guint            index,
               gboolean         from_pointer)
{
  self->highlight_from_pointer = from_pointer;
  if (series == self->highlight_series && (series < 0 || index == self->highlight_index))
    return;

  self->highlight_series = series;
  self->highlight_index = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pick_at (HearthChartView *self,
         double           x,
         double           y)
{
  HearthChart chart;
  guint map[HEARTH_CHART_MAX_SERIES];
  guint s;
  guint i;

  if (self->compact || self->empty || self->last_stats.n_panels == 0)
    return;

  /* The chart as drawn (its panels), without what cannot be picked. */
  _hearth_chart_view_build_chart (self, &chart, FALSE, FALSE, map);
  for (guint c = 0; c < chart.n_series; c++)
    {
      if (!self->series[map[c]].pickable)
        chart.series[c].n_points = 0;
    }

  if (!hearth_chart_pick_stats (&chart, &self->last_stats, x, y, &s, &i))
    {
      set_highlight (self, -1, 0, TRUE);
      return;
    }

  set_highlight (self, map[s], i, TRUE);
}

static int
first_pickable (HearthChartView *self)
{
  for (guint s = 0; s < self->n_series; s++)
    {
      if (self->series[s].pickable && _hearth_chart_view_series_drawn (self, s) && self->series[s].points->len > 0)
        return s;
    }

  return -1;
}

/* The last point of @series at or before @t (or the first one). */
static guint
point_before (GArray *points,
              gint64  t)
{
  guint first;
  guint end;
  guint i;

  g_assert (points->len > 0);

  hearth_chart_find_visible ((HearthChartPoint *) (void *) points->data, points->len, G_MININT64, t, &first, &end);
  i = end > 0 ? end - 1 : 0;
  while (i > 0 && g_array_index (points, HearthChartPoint, i).t > t)
    i--;

  return i;
}

/* Pans so that @t is inside the view with a margin. */
static void
reveal (HearthChartView *self,
        gint64           t)
{
  gint64 span = self->t1 - self->t0;
  gint64 margin = span / 10;

  if (t < self->t0 + margin)
    _hearth_chart_view_set_view (self, t - margin, t - margin + span);
  else if (t > self->t1 - margin)
    _hearth_chart_view_set_view (self, t + margin - span, t + margin);
  else
    return;

  _hearth_chart_view_set_moved (self, TRUE);
}

static void
move_highlight (HearthChartView *self,
                int              delta)
{
  int s = self->highlight_series;
  GArray *points;
  guint i;

  if (s < 0 || (guint) s >= self->n_series || !_hearth_chart_view_series_drawn (self, s))
    {
      s = first_pickable (self);
      if (s < 0)
        return;
      /* Start from the newest reading in view. */
      points = self->series[s].points;
      i = point_before (points, self->t1);
    }
  else
    {
      points = self->series[s].points;
      i = self->highlight_index;
      if (delta < 0 && i > 0)
        i--;
      else if (delta > 0 && i + 1 < points->len)
        i++;
    }

  set_highlight (self, s, i, FALSE);
  reveal (self, g_array_index (points, HearthChartPoint, i).t);
}

static void
switch_series (HearthChartView *self,
               int              delta)
{
  int n = self->n_series;
  int s = self->highlight_series;
  gint64 t;
  GArray *points;

  if (s < 0)
    {
      move_highlight (self, 0);
      return;
    }

  t = g_array_index (self->series[s].points, HearthChartPoint, self->highlight_index).t;
  for (int k = 1; k < n; k++)
    {
      int c = ((s + delta * k) % n + n) % n;

      if (!self->series[c].pickable || !_hearth_chart_view_series_drawn (self, c) || self->series[c].points->len == 0)
        continue;

      points = self->series[c].points;
      set_highlight (self, c, point_before (points, t), FALSE);
      return;
    }
}

static void
pan (HearthChartView *self,
     double           fraction)
{
  gint64 shift = (gint64) ((self->t1 - self->t0) * fraction);

  _hearth_chart_view_set_view (self, self->t0 + shift, self->t1 + shift);
  _hearth_chart_view_set_moved (self, TRUE);
}

static void
pan_to_edge (HearthChartView *self,
             gboolean         end)
{
  gint64 span = self->t1 - self->t0;
  gint64 lo;
  gint64 hi;

  _hearth_chart_view_get_bounds (self, &lo, &hi);
  if (end)
    _hearth_chart_view_set_view (self, hi - span, hi);
  else
    _hearth_chart_view_set_view (self, lo, lo + span);
  _hearth_chart_view_set_moved (self, TRUE);
}

static void
zoom (HearthChartView *self,
      double           factor,
      gint64           anchor)
{
  gint64 t0 = anchor - (gint64) ((anchor - self->t0) / factor);
  gint64 t1 = anchor + (gint64) ((self->t1 - anchor) / factor);

  _hearth_chart_view_set_view (self, t0, t1);
  _hearth_chart_view_set_moved (self, TRUE);
}

static gint64
zoom_anchor (HearthChartView *self)
{
  if (self->highlight_series >= 0)
    {
      const HearthChartPoint *p = &g_array_index (self->series[self->highlight_series].points,
                                                  HearthChartPoint, self->highlight_index);

      if (p->t >= self->t0 && p->t <= self->t1)
        return p->t;
    }

  return self->t0 + (self->t1 - self->t0) / 2;
}

static gint64
x_to_time (HearthChartView *self,
           double           x)
{
  HearthChartArea area = self->last_stats.area;

  if (area.width <= 0)
    {
      area.x = 0;
      area.width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
    }
  area.t0 = self->t0;
  area.t1 = self->t1;

  return hearth_chart_x_to_time (&area, CLAMP (x, area.x, area.x + area.width));
}

static double
plot_width (HearthChartView *self)
{
  if (self->last_stats.area.width > 0)
    return self->last_stats.area.width;

  return MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
}

/* Actions -------------------------------------------------------------- */

void
_hearth_chart_view_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  HearthChartView *self = HEARTH_CHART_VIEW (widget);

  if (self->compact)
    return;

  if (g_str_equal (action_name, "chart.pan-left"))
    pan (self, -PAN_STEP);
  else if (g_str_equal (action_name, "chart.pan-right"))
    pan (self, PAN_STEP);
  else if (g_str_equal (action_name, "chart.pan-start"))
    pan_to_edge (self, FALSE);
  else if (g_str_equal (action_name, "chart.pan-end"))
    pan_to_edge (self, TRUE);
  else if (g_str_equal (action_name, "chart.zoom-in"))
    zoom (self, ZOOM_STEP, zoom_anchor (self));
  else if (g_str_equal (action_name, "chart.zoom-out"))
    zoom (self, 1 / ZOOM_STEP, zoom_anchor (self));
  else if (g_str_equal (action_name, "chart.previous-point"))
    move_highlight (self, -1);
  else if (g_str_equal (action_name, "chart.next-point"))
    move_highlight (self, 1);
  else if (g_str_equal (action_name, "chart.previous-series"))
    switch_series (self, -1);
  else if (g_str_equal (action_name, "chart.next-series"))
    switch_series (self, 1);
  else
    g_assert_not_reached ();
}

/* Event controllers ---------------------------------------------------- */

static void
on_motion_cb (HearthChartView          *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
  pick_at (self, x, y);
}

static void
on_motion_leave_cb (HearthChartView          *self,
                    GtkEventControllerMotion *controller)
{
  if (self->highlight_from_pointer)
    set_highlight (self, -1, 0, TRUE);
}

/* Focus shows a reading: the newest in view, without moving the view. */
static void
on_focus_enter_cb (HearthChartView         *self,
                   GtkEventControllerFocus *controller)
{
  int s;
  guint i;
  const HearthChartPoint *p;

  if (self->highlight_series >= 0 || self->compact)
    return;

  s = first_pickable (self);
  if (s < 0)
    return;

  i = point_before (self->series[s].points, self->t1);
  p = &g_array_index (self->series[s].points, HearthChartPoint, i);
  if (p->t >= self->t0 && p->t <= self->t1)
    set_highlight (self, s, i, FALSE);
}

static void
on_focus_leave_cb (HearthChartView         *self,
                   GtkEventControllerFocus *controller)
{
  if (!self->highlight_from_pointer)
    set_highlight (self, -1, 0, FALSE);
}

static void
on_drag_begin_cb (HearthChartView *self,
                  double           x,
                  double           y,
                  GtkGestureDrag  *gesture)
{
  self->drag_t0 = self->t0;
  self->drag_t1 = self->t1;
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_drag_update_cb (HearthChartView *self,
                   double           offset_x,
                   double           offset_y,
                   GtkGestureDrag  *gesture)
{
  gint64 shift;

  if (self->compact)
    return;

  shift = (gint64) (-offset_x / plot_width (self) * (double) (self->drag_t1 - self->drag_t0));
  if (fabs (offset_x) >= 3)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _hearth_chart_view_set_view (self, self->drag_t0 + shift, self->drag_t1 + shift);
  if (shift != 0)
    _hearth_chart_view_set_moved (self, TRUE);
}

/* Ctrl+scroll zooms and horizontal scrolling pans; plain vertical
 * scrolling is left to the page the chart sits in. */
static gboolean
on_scroll_cb (HearthChartView          *self,
              double                    dx,
              double                    dy,
              GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (self->compact || self->empty)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      if (dy != 0)
        zoom (self, pow (1.2, -dy), x_to_time (self, self->pointer_x));
      return TRUE;
    }

  if (fabs (dx) > fabs (dy))
    {
      pan (self, dx * 0.05);
      return TRUE;
    }

  return FALSE;
}

static void
on_zoom_begin_cb (HearthChartView *self,
                  GdkEventSequence *sequence,
                  GtkGesture      *gesture)
{
  double x;
  double y;

  self->zoom_span = self->t1 - self->t0;
  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    self->zoom_anchor = x_to_time (self, x);
  else
    self->zoom_anchor = self->t0 + self->zoom_span / 2;
}

static void
on_zoom_scale_changed_cb (HearthChartView *self,
                          double           scale,
                          GtkGestureZoom  *gesture)
{
  gint64 span;
  double f;

  if (self->compact || scale <= 0 || self->zoom_span <= 0)
    return;

  span = (gint64) (self->zoom_span / scale);
  f = (double) (self->zoom_anchor - self->t0) / (double) MAX (self->t1 - self->t0, 1);
  _hearth_chart_view_set_view (self, self->zoom_anchor - (gint64) (span * f), self->zoom_anchor - (gint64) (span * f) + span);
  _hearth_chart_view_set_moved (self, TRUE);
}

void
_hearth_chart_view_add_controllers (HearthChartView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_motion_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "enter", G_CALLBACK (on_focus_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_object (gesture, "begin", G_CALLBACK (on_zoom_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}
