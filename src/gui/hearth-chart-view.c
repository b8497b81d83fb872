/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-chart.h"
#include "hearth-chart-bands.h"
#include "hearth-chart-theme-private.h"
#include "hearth-chart-view-private.h"
#include "hearth-chart-view-state-private.h"
#include "hearth-gui-util.h"
#include "hearth-summary.h"
#include "hearth-usec.h"

/* A chart of one member's readings of one kind. The full series are
 * loaded once (converted to the user's units); snapshot() hands them to
 * hearth_chart_draw(), which reduces them per pixel column or, for a long
 * range, summarises them (the summary needs every reading); only the
 * sparkline keeps a reduced copy, rebuilt when the width, the visible
 * range or the data change. The highlighted reading is kept as an index
 * into the full series, so its label always shows the exact, whole
 * reading. Input (highlight, actions, gestures) is in
 * hearth-chart-view-input.c, units, formats and glucose by context in
 * hearth-chart-view-values.c, colours and the sparkline in
 * hearth-chart-view-draw.c. */

#define COMPACT_DAYS      30
#define MIN_SPAN          (6 * G_TIME_SPAN_HOUR)
#define EDGE_PADDING      0.03
#define EDGE_MIN_PADDING  (2 * G_TIME_SPAN_HOUR)
#define DESCRIBE_DELAY_MS 250
#define STEPS_GOAL        7500
#define FOCUS_RING_WIDTH  2.0

G_DEFINE_FINAL_TYPE (HearthChartView, hearth_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPACT,
  PROP_RANGE,
  PROP_SHOW_PULSE,
  PROP_DESCRIPTION,
  PROP_CUSTOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
range_span (HearthChartRange range)
{
  switch (range)
    {
    case HEARTH_CHART_RANGE_WEEK:
      return 7 * G_TIME_SPAN_DAY;
    case HEARTH_CHART_RANGE_MONTH:
      return 30 * G_TIME_SPAN_DAY;
    case HEARTH_CHART_RANGE_QUARTER:
      return 90 * G_TIME_SPAN_DAY;
    case HEARTH_CHART_RANGE_YEAR:
      return 365 * G_TIME_SPAN_DAY;
    case HEARTH_CHART_RANGE_ALL:
    default:
      return 0;
    }
}

/* State ---------------------------------------------------------------- */

static void
clear_series (HearthChartView *self)
{
  for (guint i = 0; i < MAX_SERIES; i++)
    {
      g_clear_pointer (&self->series[i].points, g_array_unref);
      g_clear_pointer (&self->series[i].reduced, g_array_unref);
    }
  self->n_series = 0;
  g_array_set_size (self->bands, 0);
  g_ptr_array_set_size (self->band_labels, 0);
  g_clear_pointer (&self->band_note, g_free);
  g_clear_pointer (&self->goal_label, g_free);
  self->has_goal = FALSE;
  self->highlight_series = -1;
  self->reduced_valid = FALSE;
}

static ViewSeries *
add_series (HearthChartView        *self,
            HearthChartRole         role,
            HearthChartSeriesFlags  flags,
            const char             *label,
            HearthChartFormatFunc   format,
            gboolean                pickable)
{
  ViewSeries *s;

  g_assert (self->n_series < MAX_SERIES);

  s = &self->series[self->n_series++];
  s->points = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  s->reduced = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  s->role = role;
  s->flags = flags;
  s->label = label;
  s->format = format;
  s->pickable = pickable;
  s->hidden = FALSE;

  return s;
}

gboolean
_hearth_chart_view_series_drawn (HearthChartView *self,
                                 guint            i)
{
  return !self->series[i].hidden;
}

static gint64
first_time (HearthChartView *self)
{
  gint64 first = G_MAXINT64;

  for (guint i = 0; i < self->n_series; i++)
    {
      GArray *points = self->series[i].points;

      if (points->len > 0)
        first = MIN (first, g_array_index (points, HearthChartPoint, 0).t);
    }

  return first;
}

/* The range panning and zooming stay within: the first reading (or the
 * chosen range before now, if longer) to now, with a little room so the
 * points at the edges are whole. "All" is the readings' own span, so a
 * handful of recent readings spreads over the plot instead of sitting
 * against its right edge. */
void
_hearth_chart_view_get_bounds (HearthChartView *self,
                               gint64          *lo,
                               gint64          *hi)
{
  gint64 first = first_time (self);
  gint64 span = range_span (self->compact ? HEARTH_CHART_RANGE_MONTH : self->range);
  gint64 start;
  gint64 pad;

  if (span == 0 && first != G_MAXINT64)
    start = MIN (first, self->now);
  else
    start = MIN (first, self->now - (span == 0 ? 30 * G_TIME_SPAN_DAY : span));
  pad = MAX ((gint64) ((self->now - start) * EDGE_PADDING), EDGE_MIN_PADDING);
  *lo = start - pad;
  *hi = self->now + EDGE_MIN_PADDING;
}

static void
queue_describe (HearthChartView *self);

/* Whether the first series has a reading in [t0, t1]. */
static gboolean
compute_empty (HearthChartView *self)
{
  if (self->n_series == 0)
    return TRUE;

  for (guint s = 0; s < self->n_series; s++)
    {
      GArray *points = self->series[s].points;
      guint first;
      guint end;

      if (!self->series[s].pickable)
        continue;

      hearth_chart_find_visible ((HearthChartPoint *) (void *) points->data, points->len,
                                 self->t0, self->t1, &first, &end);
      for (guint i = first; i < end; i++)
        {
          const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);

          if (p->t >= self->t0 && p->t <= self->t1)
            return FALSE;
        }
    }

  return TRUE;
}

static void
view_changed (HearthChartView *self)
{
  self->reduced_valid = FALSE;
  self->empty = compute_empty (self);
  gtk_widget_set_visible (self->empty_label, self->empty);
  queue_describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_hearth_chart_view_set_view (HearthChartView *self,
                             gint64           t0,
                             gint64           t1)
{
  gint64 lo;
  gint64 hi;
  gint64 span;

  _hearth_chart_view_get_bounds (self, &lo, &hi);
  span = CLAMP (t1 - t0, MIN_SPAN, MAX (hi - lo, MIN_SPAN));
  t1 = t0 + span;
  if (t1 > hi)
    {
      t1 = hi;
      t0 = t1 - span;
    }
  if (t0 < lo)
    {
      t0 = lo;
      t1 = t0 + span;
    }

  if (t0 == self->t0 && t1 == self->t1)
    return;

  self->t0 = t0;
  self->t1 = t1;
  view_changed (self);
}

void
_hearth_chart_view_set_moved (HearthChartView *self,
                              gboolean         moved)
{
  moved = !!moved;
  if (self->moved == moved)
    return;

  self->moved = moved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM]);
}

static void
apply_range (HearthChartView *self)
{
  HearthChartRange range = self->compact ? HEARTH_CHART_RANGE_MONTH : self->range;
  gint64 span = range_span (range);
  gint64 lo;
  gint64 hi;

  _hearth_chart_view_get_bounds (self, &lo, &hi);
  _hearth_chart_view_set_moved (self, FALSE);
  if (span == 0)
    _hearth_chart_view_set_view (self, lo, hi);
  else
    _hearth_chart_view_set_view (self, hi - span, hi);
}

static void
update_now (HearthChartView *self)
{
  if (self->store != NULL)
    {
      g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));

      self->now = hearth_usec_from_date_time (now);
    }
}

static double
to_display_cb (double   canonical,
               gpointer user_data)
{
  return _hearth_chart_view_to_display (user_data, canonical);
}

/* The kind's guideline or normal range as bands, in display units (series
 * 0 is the kind's main series: systolic, weight, …); steps get a goal. */
static void
load_bands (HearthChartView *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->store != NULL && self->profile != NULL)
    now = hearth_clock_now (hearth_store_get_clock (self->store));

  self->band_note = hearth_chart_bands_for_kind (self->kind, self->settings, self->profile, now, 0,
                                                 to_display_cb, self, self->bands, self->band_labels);

  if (self->kind == HEARTH_READING_KIND_STEPS)
    {
      self->has_goal = TRUE;
      self->goal = STEPS_GOAL;
      self->goal_label = g_strdup (_("Default goal 7,500 steps"));
    }
}

/* Today's steps are a partial count: a series of their own ("Today so
 * far"), so the day's line, average and trend compare complete days only. */
static void
split_today (HearthChartView *self,
             ViewSeries      *days)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  ViewSeries *today;
  gint64 start;
  guint first;

  if (self->store == NULL)
    return;

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  local = g_date_time_to_timezone (now, self->tz);
  midnight = g_date_time_new (self->tz, g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  start = hearth_usec_from_date_time (midnight);

  first = days->points->len;
  while (first > 0 && g_array_index (days->points, HearthChartPoint, first - 1).t >= start)
    first--;
  if (first == days->points->len)
    return;

  /* Translators: a chart series: today's steps, counted until now */
  today = add_series (self, HEARTH_CHART_ROLE_SERIES_2, HEARTH_CHART_SERIES_POINTS,
                      _("Today so far"), _hearth_chart_view_format_value, TRUE);
  g_array_append_vals (today->points, &g_array_index (days->points, HearthChartPoint, first),
                       days->points->len - first);
  g_array_set_size (days->points, first);
  /* The name says what the line is. */
  days->label = _("Complete days");
}

static void
reload (HearthChartView *self)
{
  g_autoptr(GArray) data = NULL;
  g_autoptr(GError) error = NULL;
  ViewSeries *main_series = NULL;
  ViewSeries *second = NULL;
  ViewSeries *third = NULL;
  gint64 from = G_MININT64;
  gint64 old_t0 = self->t0;
  gint64 old_t1 = self->t1;

  clear_series (self);
  update_now (self);

  if (self->store == NULL || self->profile == NULL)
    {
      view_changed (self);
      return;
    }

  if (self->compact)
    from = self->now - (COMPACT_DAYS + 1) * G_TIME_SPAN_DAY;

  /* Glucose is listed by context instead (load_glucose()). */
  if (self->kind == HEARTH_READING_KIND_GLUCOSE)
    data = g_array_new (FALSE, FALSE, sizeof (HearthSeriesPoint));
  else
    data = hearth_store_get_series (self->store, hearth_profile_get_uuid (self->profile),
                                    self->kind, from, G_MAXINT64, &error);
  if (data == NULL)
    {
      g_warning ("Could not load the chart's readings: %s", error->message);
      view_changed (self);
      return;
    }

  switch (self->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      main_series = add_series (self, HEARTH_CHART_ROLE_SERIES_1,
                                HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS,
                                _("Systolic"), _hearth_chart_view_format_value, TRUE);
      second = add_series (self, HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS,
                           _("Diastolic"), _hearth_chart_view_format_value, TRUE);
      if (!self->compact)
        {
          third = add_series (self, HEARTH_CHART_ROLE_SERIES_3, HEARTH_CHART_SERIES_POINTS,
                              _("Pulse"), _hearth_chart_view_format_pulse, TRUE);
          third->hidden = !self->show_pulse;
        }
      break;

    case HEARTH_READING_KIND_WEIGHT:
      main_series = add_series (self, HEARTH_CHART_ROLE_SERIES_1, HEARTH_CHART_SERIES_POINTS,
                                hearth_reading_kind_get_name (self->kind), _hearth_chart_view_format_value, TRUE);
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      main_series = add_series (self, HEARTH_CHART_ROLE_SERIES_1,
                                HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS,
                                _("Fasting"), _hearth_chart_view_format_value, TRUE);
      second = add_series (self, HEARTH_CHART_ROLE_SERIES_2,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS,
                           _("After a meal"), _hearth_chart_view_format_value, TRUE);
      third = add_series (self, HEARTH_CHART_ROLE_SERIES_3, HEARTH_CHART_SERIES_POINTS,
                          _("Other readings"), _hearth_chart_view_format_value, TRUE);
      if (!_hearth_chart_view_load_glucose (self, from, main_series, second, third))
        {
          view_changed (self);
          return;
        }
      second = third = NULL;
      break;

    case HEARTH_READING_KIND_STEPS:
    case HEARTH_READING_KIND_SLEEP:
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    default:
      main_series = add_series (self, HEARTH_CHART_ROLE_SERIES_1,
                                HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS,
                                hearth_reading_kind_get_name (self->kind), _hearth_chart_view_format_value, TRUE);
      break;
    }

  for (guint i = 0; i < data->len; i++)
    {
      const HearthSeriesPoint *sp = &g_array_index (data, HearthSeriesPoint, i);
      HearthChartPoint p;

      if (isfinite (sp->a))
        {
          p = (HearthChartPoint) { sp->t, _hearth_chart_view_to_display (self, sp->a) };
          g_array_append_val (main_series->points, p);
        }
      if (second != NULL && isfinite (sp->b))
        {
          p = (HearthChartPoint) { sp->t, _hearth_chart_view_to_display (self, sp->b) };
          g_array_append_val (second->points, p);
        }
      if (third != NULL && isfinite (sp->c))
        {
          p = (HearthChartPoint) { sp->t, sp->c };
          g_array_append_val (third->points, p);
        }
    }

  if (self->kind == HEARTH_READING_KIND_STEPS)
    split_today (self, main_series);

  if (self->kind == HEARTH_READING_KIND_WEIGHT)
    {
      ViewSeries *average = add_series (self, HEARTH_CHART_ROLE_AVERAGE, HEARTH_CHART_SERIES_LINE,
                                        _("7-day average"), _hearth_chart_view_format_value, FALSE);

      hearth_chart_moving_average ((HearthChartPoint *) (void *) main_series->points->data,
                                   main_series->points->len, 7 * G_TIME_SPAN_DAY, average->points);
    }

  load_bands (self);

  /* Keep a panned or zoomed view; otherwise follow the range to now. */
  if (self->moved && old_t0 < old_t1)
    {
      self->t0 = self->t1 = 0;
      _hearth_chart_view_set_view (self, old_t0, old_t1);
      _hearth_chart_view_set_moved (self, TRUE);
    }
  else
    {
      self->t0 = self->t1 = 0;
      apply_range (self);
    }
  view_changed (self);
}

static void
ensure_reduced (HearthChartView *self,
                guint            n_columns)
{
  n_columns = MAX (n_columns, 1);

  if (self->reduced_valid &&
      self->reduced_columns == n_columns &&
      self->reduced_t0 == self->t0 &&
      self->reduced_t1 == self->t1)
    return;

  for (guint s = 0; s < self->n_series; s++)
    {
      ViewSeries *series = &self->series[s];

      g_array_set_size (series->reduced, 0);
      if (self->t0 < self->t1)
        hearth_chart_reduce_minmax ((HearthChartPoint *) (void *) series->points->data,
                                    series->points->len, self->t0, self->t1,
                                    n_columns, series->reduced);
    }

  self->reduced_valid = TRUE;
  self->reduced_columns = n_columns;
  self->reduced_t0 = self->t0;
  self->reduced_t1 = self->t1;
}

/* Fills @chart with the reduced series (@reduced) or the full ones;
 * @pickable_only leaves out the moving average and hidden series, and
 * @map receives each chart series' index into self->series. */
void
_hearth_chart_view_build_chart (HearthChartView *self,
                                HearthChart     *chart,
                                gboolean         reduced,
                                gboolean         pickable_only,
                                guint           *map)
{
  guint local_map[HEARTH_CHART_MAX_SERIES];

  hearth_chart_init (chart);
  chart->t0 = self->t0;
  chart->t1 = self->t1;
  chart->tz = self->tz;
  chart->has_goal = self->has_goal;
  chart->goal = self->goal;
  chart->goal_label = self->goal_label;
  chart->show_legend = !self->compact;
  chart->format_value = _hearth_chart_view_format_value;
  chart->format_data = self;

  if (map == NULL)
    map = local_map;

  for (guint s = 0; s < self->n_series; s++)
    {
      ViewSeries *series = &self->series[s];
      GArray *points = reduced ? series->reduced : series->points;
      HearthChartSeries *cs;

      if (!_hearth_chart_view_series_drawn (self, s) || (pickable_only && !series->pickable))
        continue;

      map[chart->n_series] = s;
      hearth_chart_add_series (chart, (HearthChartPoint *) (void *) points->data, points->len,
                               series->role, series->flags, series->label);
      cs = &chart->series[chart->n_series - 1];
      cs->format = series->format;
      cs->format_data = self;
    }

  /* A band of a series not drawn (empty, hidden) is left out; the others
   * follow their series' index in the chart. */
  g_array_set_size (self->chart_bands, 0);
  for (guint i = 0; i < self->bands->len; i++)
    {
      HearthChartBand band = g_array_index (self->bands, HearthChartBand, i);
      gboolean found = band.series < 0;

      for (guint c = 0; c < chart->n_series && !found; c++)
        {
          if (map[c] == (guint) band.series)
            {
              band.series = c;
              found = TRUE;
            }
        }
      if (found)
        g_array_append_val (self->chart_bands, band);
    }
  chart->bands = (const HearthChartBand *) (void *) self->chart_bands->data;
  chart->n_bands = self->chart_bands->len;
}

/* Description ---------------------------------------------------------- */

static void
update_description (HearthChartView *self)
{
  g_autofree char *text = NULL;

  self->description_dirty = FALSE;
  g_clear_handle_id (&self->describe_source, g_source_remove);

  if (self->n_series > 0 && self->t0 < self->t1)
    {
      HearthChart chart;
      g_autofree char *summary = NULL;

      _hearth_chart_view_build_chart (self, &chart, FALSE, FALSE, NULL);
      summary = hearth_chart_describe (&chart, _hearth_chart_view_format_value, self, 0);
      if (self->band_note != NULL)
        text = g_strconcat (summary, " ", self->band_note, NULL);
      else
        text = g_steal_pointer (&summary);
    }

  _hearth_gui_chart_set_description (GTK_WIDGET (self), &self->description,
                                     g_steal_pointer (&text), _("No readings in this range."),
                                     properties[PROP_DESCRIPTION]);
}

static gboolean
on_describe_timeout_cb (gpointer user_data)
{
  HearthChartView *self = user_data;

  self->describe_source = 0;
  update_description (self);

  return G_SOURCE_REMOVE;
}

/* Panning sends many changes a second: describe once it settles. */
static void
queue_describe (HearthChartView *self)
{
  self->description_dirty = TRUE;
  if (self->describe_source == 0)
    self->describe_source = g_timeout_add (DESCRIBE_DELAY_MS, on_describe_timeout_cb, self);
}

static void
hearth_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HearthChartView *self = HEARTH_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  HearthChartStyle style;
  HearthChart chart;
  guint map[HEARTH_CHART_MAX_SERIES];
  g_autofree char *highlight = NULL;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  /* Nothing to draw: the label says so. */
  if (self->empty || self->t0 >= self->t1)
    {
      gtk_widget_snapshot_child (widget, self->empty_label, snapshot);
      return;
    }

  hearth_gui_get_chart_style (widget, &style);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->compact)
    {
      ensure_reduced (self, (guint) width);
      _hearth_chart_view_draw_compact (self, cr, &style, width, height);
      cairo_destroy (cr);
      return;
    }

  /* The full series: the chart library reduces them per pixel column,
   * and a long range's summary is computed from every reading. */
  _hearth_chart_view_build_chart (self, &chart, FALSE, FALSE, map);

  if (self->highlight_series >= 0 && (guint) self->highlight_series < self->n_series &&
      _hearth_chart_view_series_drawn (self, self->highlight_series))
    {
      for (guint c = 0; c < chart.n_series; c++)
        {
          if (map[c] == (guint) self->highlight_series)
            {
              chart.highlight_series = c;
              chart.highlight_index = self->highlight_index;
              highlight = _hearth_chart_view_format_highlight (self);
              chart.highlight_text = highlight;
            }
        }
    }

  hearth_chart_draw (cr, &chart, &style, width, height, &self->last_stats);

  /* Keyboard focus: a ring in the accent colour around the chart. */
  if (gtk_widget_has_visible_focus (widget))
    {
      cairo_set_source_rgba (cr, style.highlight.red, style.highlight.green, style.highlight.blue,
                             style.highlight.alpha);
      cairo_set_line_width (cr, FOCUS_RING_WIDTH);
      cairo_rectangle (cr, FOCUS_RING_WIDTH / 2, FOCUS_RING_WIDTH / 2,
                       width - FOCUS_RING_WIDTH, height - FOCUS_RING_WIDTH);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
hearth_chart_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  HearthChartView *self = HEARTH_CHART_VIEW (widget);
  int label_min = 0;
  int label_nat = 0;

  gtk_widget_measure (self->empty_label, orientation, for_size, &label_min, &label_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->compact ? 48 : 200;
      *natural = self->compact ? 160 : 480;
    }
  else
    {
      *minimum = self->compact ? 32 : 200;
      *natural = self->compact ? 48 : 280;
    }

  *minimum = MAX (*minimum, label_min);
  *natural = MAX (*natural, MAX (label_nat, *minimum));
}

static void
hearth_chart_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  HearthChartView *self = HEARTH_CHART_VIEW (widget);

  gtk_widget_allocate (self->empty_label, width, height, baseline, NULL);
}

static void
on_readings_changed_cb (HearthChartView *self,
                        const char      *profile_uuid,
                        HearthStore     *store)
{
  if (self->profile != NULL && g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0)
    reload (self);
}

static void
on_settings_changed_cb (HearthChartView *self,
                        const char      *key,
                        GSettings       *settings)
{
  if (g_str_has_prefix (key, "window-") || g_str_equal (key, "last-profile"))
    return;

  reload (self);
}

static void
update_interaction (HearthChartView *self)
{
  static const char * const actions[] = {
    "chart.pan-left", "chart.pan-right", "chart.pan-start", "chart.pan-end",
    "chart.zoom-in", "chart.zoom-out", "chart.previous-point", "chart.next-point",
    "chart.previous-series", "chart.next-series", "chart.range",
  };

  gtk_widget_set_focusable (GTK_WIDGET (self), !self->compact);
  gtk_widget_set_can_target (GTK_WIDGET (self), !self->compact);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !self->compact);

  if (self->compact)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "full");
      gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
      gtk_widget_add_css_class (GTK_WIDGET (self), "full");
    }
}

/* GObject -------------------------------------------------------------- */

static void
hearth_chart_view_dispose (GObject *object)
{
  HearthChartView *self = HEARTH_CHART_VIEW (object);

  g_clear_handle_id (&self->describe_source, g_source_remove);
  g_clear_pointer (&self->empty_label, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_chart_view_parent_class)->dispose (object);
}

static void
hearth_chart_view_finalize (GObject *object)
{
  HearthChartView *self = HEARTH_CHART_VIEW (object);

  clear_series (self);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->chart_bands, g_array_unref);
  g_clear_pointer (&self->band_labels, g_ptr_array_unref);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hearth_chart_view_parent_class)->finalize (object);
}

static void
hearth_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthChartView *self = HEARTH_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    case PROP_RANGE:
      g_value_set_int (value, self->range);
      break;
    case PROP_SHOW_PULSE:
      g_value_set_boolean (value, self->show_pulse);
      break;
    case PROP_DESCRIPTION:
      g_value_take_string (value, hearth_chart_view_describe (self));
      break;
    case PROP_CUSTOM:
      g_value_set_boolean (value, self->moved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthChartView *self = HEARTH_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      hearth_chart_view_set_compact (self, g_value_get_boolean (value));
      break;
    case PROP_RANGE:
      hearth_chart_view_set_range (self, g_value_get_int (value));
      break;
    case PROP_SHOW_PULSE:
      hearth_chart_view_set_show_pulse (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            keyval,
             GdkModifierType  mods,
             const char      *action)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, mods, action, NULL);
}

static void
hearth_chart_view_class_init (HearthChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "chart.pan-left", "chart.pan-right", "chart.pan-start", "chart.pan-end",
    "chart.zoom-in", "chart.zoom-out", "chart.previous-point", "chart.next-point",
    "chart.previous-series", "chart.next-series",
  };

  object_class->dispose = hearth_chart_view_dispose;
  object_class->finalize = hearth_chart_view_finalize;
  object_class->get_property = hearth_chart_view_get_property;
  object_class->set_property = hearth_chart_view_set_property;

  widget_class->snapshot = hearth_chart_view_snapshot;
  widget_class->measure = hearth_chart_view_measure;
  widget_class->size_allocate = hearth_chart_view_size_allocate;

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A HearthChartRange; an int so "chart.range" can be a property action. */
  properties[PROP_RANGE] =
    g_param_spec_int ("range", NULL, NULL,
                      HEARTH_CHART_RANGE_WEEK, HEARTH_CHART_RANGE_ALL, HEARTH_CHART_RANGE_MONTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PULSE] =
    g_param_spec_boolean ("show-pulse", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] = _hearth_gui_chart_description_pspec ();
  /* Panned or zoomed away from the range: the page's "Custom". */
  properties[PROP_CUSTOM] =
    g_param_spec_boolean ("custom", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, _hearth_chart_view_action_cb);
  gtk_widget_class_install_property_action (widget_class, "chart.range", "range");

  add_binding (widget_class, GDK_KEY_Left, 0, "chart.previous-point");
  add_binding (widget_class, GDK_KEY_KP_Left, 0, "chart.previous-point");
  add_binding (widget_class, GDK_KEY_Right, 0, "chart.next-point");
  add_binding (widget_class, GDK_KEY_KP_Right, 0, "chart.next-point");
  add_binding (widget_class, GDK_KEY_Up, 0, "chart.previous-series");
  add_binding (widget_class, GDK_KEY_Down, 0, "chart.next-series");
  add_binding (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "chart.pan-left");
  add_binding (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "chart.pan-right");
  add_binding (widget_class, GDK_KEY_Home, 0, "chart.pan-start");
  add_binding (widget_class, GDK_KEY_End, 0, "chart.pan-end");
  add_binding (widget_class, GDK_KEY_plus, 0, "chart.zoom-in");
  add_binding (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "chart.zoom-in");
  add_binding (widget_class, GDK_KEY_equal, 0, "chart.zoom-in");
  add_binding (widget_class, GDK_KEY_KP_Add, 0, "chart.zoom-in");
  add_binding (widget_class, GDK_KEY_minus, 0, "chart.zoom-out");
  add_binding (widget_class, GDK_KEY_KP_Subtract, 0, "chart.zoom-out");

  _hearth_gui_chart_class_init (widget_class, "chartview");
}

static void
hearth_chart_view_init (HearthChartView *self)
{
  self->kind = HEARTH_READING_KIND_BLOOD_PRESSURE;
  self->range = HEARTH_CHART_RANGE_MONTH;
  self->highlight_series = -1;
  self->empty = TRUE;
  self->bands = g_array_new (FALSE, FALSE, sizeof (HearthChartBand));
  self->chart_bands = g_array_new (FALSE, FALSE, sizeof (HearthChartBand));
  self->band_labels = g_ptr_array_new_with_free_func (g_free);
  self->settings = hearth_gui_settings_new ();
  self->tz = g_time_zone_new_local ();

  self->empty_label = gtk_label_new (_("No readings in this range"));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->empty_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_parent (self->empty_label, GTK_WIDGET (self));

  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  _hearth_gui_chart_follow_dark (GTK_WIDGET (self));

  _hearth_chart_view_add_controllers (self);

  update_interaction (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"),
                                  -1);
}

/* Public API ----------------------------------------------------------- */

HearthChartView *
hearth_chart_view_new (void)
{
  return g_object_new (HEARTH_TYPE_CHART_VIEW, NULL);
}

void
hearth_chart_view_set_source (HearthChartView   *self,
                              HearthStore       *store,
                              HearthProfile     *profile,
                              HearthReadingKind  kind)
{
  g_autofree char *label = NULL;

  g_return_if_fail (HEARTH_IS_CHART_VIEW (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));
  g_return_if_fail (profile == NULL || HEARTH_IS_PROFILE (profile));
  g_return_if_fail (kind <= HEARTH_READING_KIND_LAST);

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        {
          g_signal_connect_object (store, "readings-changed",
                                   G_CALLBACK (on_readings_changed_cb), self, G_CONNECT_SWAPPED);
          g_clear_pointer (&self->tz, g_time_zone_unref);
          self->tz = g_time_zone_ref (hearth_clock_get_timezone (hearth_store_get_clock (store)));
        }
    }
  g_set_object (&self->profile, profile);
  self->kind = kind;
  _hearth_chart_view_set_moved (self, FALSE);

  /* Translators: the accessible name of a chart, "Blood pressure chart" */
  label = g_strdup_printf (_("%s chart"), hearth_reading_kind_get_name (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  reload (self);
}

void
hearth_chart_view_set_compact (HearthChartView *self,
                               gboolean         compact)
{
  g_return_if_fail (HEARTH_IS_CHART_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  _hearth_chart_view_set_moved (self, FALSE);
  update_interaction (self);
  reload (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

gboolean
hearth_chart_view_get_compact (HearthChartView *self)
{
  g_return_val_if_fail (HEARTH_IS_CHART_VIEW (self), FALSE);

  return self->compact;
}

void
hearth_chart_view_set_range (HearthChartView  *self,
                             HearthChartRange  range)
{
  g_return_if_fail (HEARTH_IS_CHART_VIEW (self));
  g_return_if_fail (range <= HEARTH_CHART_RANGE_ALL);

  update_now (self);
  if (self->range == range)
    {
      /* Choosing the range again goes back to it. */
      if (self->moved)
        apply_range (self);
      return;
    }

  self->range = range;
  apply_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

HearthChartRange
hearth_chart_view_get_range (HearthChartView *self)
{
  g_return_val_if_fail (HEARTH_IS_CHART_VIEW (self), HEARTH_CHART_RANGE_MONTH);

  return self->range;
}

void
hearth_chart_view_set_show_pulse (HearthChartView *self,
                                  gboolean         show_pulse)
{
  g_return_if_fail (HEARTH_IS_CHART_VIEW (self));

  show_pulse = !!show_pulse;
  if (self->show_pulse == show_pulse)
    return;

  self->show_pulse = show_pulse;
  if (self->kind == HEARTH_READING_KIND_BLOOD_PRESSURE && self->n_series == 3)
    {
      self->series[2].hidden = !show_pulse;
      if (!show_pulse && self->highlight_series == 2)
        self->highlight_series = -1;
      view_changed (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PULSE]);
}

gboolean
hearth_chart_view_get_show_pulse (HearthChartView *self)
{
  g_return_val_if_fail (HEARTH_IS_CHART_VIEW (self), FALSE);

  return self->show_pulse;
}

char *
hearth_chart_view_describe (HearthChartView *self)
{
  g_return_val_if_fail (HEARTH_IS_CHART_VIEW (self), NULL);

  if (self->description_dirty || self->description == NULL)
    update_description (self);

  return g_strdup (self->description);
}

/* Private API ---------------------------------------------------------- */

void
_hearth_chart_view_get_visible (HearthChartView *self,
                                gint64          *t0,
                                gint64          *t1)
{
  g_assert (HEARTH_IS_CHART_VIEW (self));

  if (t0)
    *t0 = self->t0;
  if (t1)
    *t1 = self->t1;
}

guint
_hearth_chart_view_get_n_reduced (HearthChartView *self)
{
  guint n = 0;

  g_assert (HEARTH_IS_CHART_VIEW (self));

  for (guint s = 0; s < self->n_series; s++)
    n += self->series[s].reduced->len;

  return n;
}

guint
_hearth_chart_view_get_n_points (HearthChartView *self)
{
  g_assert (HEARTH_IS_CHART_VIEW (self));

  return self->n_series > 0 ? self->series[0].points->len : 0;
}

const HearthChartStats *
_hearth_chart_view_get_last_stats (HearthChartView *self)
{
  g_assert (HEARTH_IS_CHART_VIEW (self));

  return &self->last_stats;
}

const HearthChartBand *
_hearth_chart_view_get_bands (HearthChartView *self,
                              guint           *n_bands)
{
  g_assert (HEARTH_IS_CHART_VIEW (self));

  *n_bands = self->bands->len;
  return (const HearthChartBand *) (void *) self->bands->data;
}

gboolean
_hearth_chart_view_get_highlight (HearthChartView *self,
                                  guint           *series,
                                  gint64          *t,
                                  double          *value)
{
  const HearthChartPoint *p;

  g_assert (HEARTH_IS_CHART_VIEW (self));

  if (self->highlight_series < 0)
    return FALSE;

  p = &g_array_index (self->series[self->highlight_series].points, HearthChartPoint, self->highlight_index);
  if (series)
    *series = self->highlight_series;
  if (t)
    *t = p->t;
  if (value)
    *value = p->v;

  return TRUE;
}

gboolean
_hearth_chart_view_is_empty (HearthChartView *self)
{
  g_assert (HEARTH_IS_CHART_VIEW (self));

  return self->empty;
}
