/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-growth-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-chart-theme-private.h"
#include "hearth-growth-chart-private.h"
#include "hearth-gui-util.h"

/* A hover farther than this from every point highlights nothing. */
#define PICK_RADIUS 24.0

struct _HearthGrowthChart
{
  GtkWidget              parent_instance;

  HearthGrowthIndicator  indicator;
  GDate                  birth;
  gint64                 t0;
  gint64                 t1;
  GArray                *points;           /* HearthChartPoint, in the unit shown */
  GPtrArray             *texts;            /* per point: the hover's text */
  GArray                *curve_points[HEARTH_GROWTH_N_CURVES];
  char                  *curve_labels[HEARTH_GROWTH_N_CURVES];
  char                  *series_label;

  int                    highlight;        /* -1: none */
  HearthChartStats       last_stats;
  gboolean               drawn;
  guint                  n_draws;
};

G_DEFINE_FINAL_TYPE (HearthGrowthChart, hearth_growth_chart, GTK_TYPE_WIDGET)

char *
hearth_gui_format_age_months (guint months)
{
  guint years = months / 12, rest = months % 12;
  g_autofree char *y = NULL;
  g_autofree char *m = NULL;

  if (years < 2)
    /* Translators: a child's age */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", months), months);
  /* Translators: a child's age, the years part */
  y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", years), years);
  if (rest == 0)
    return g_steal_pointer (&y);
  /* Translators: a child's age, the months part */
  m = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", rest), rest);
  /* Translators: a child's age, "8 years, 4 months" */
  return g_strdup_printf (_("%s, %s"), y, m);
}

static double
to_shown (HearthGrowthIndicator indicator,
          GSettings            *settings,
          double                value)
{
  if (indicator == HEARTH_GROWTH_INDICATOR_WEIGHT &&
      hearth_gui_settings_get_weight_unit (settings) != HEARTH_WEIGHT_UNIT_KG)
    return hearth_units_kg_to_lb (value);
  if (indicator == HEARTH_GROWTH_INDICATOR_HEIGHT &&
      hearth_gui_settings_get_length_unit (settings) != HEARTH_LENGTH_UNIT_CM)
    return hearth_units_cm_to_in (value);
  return value;
}

static char *
format_value (HearthGrowthIndicator indicator,
              GSettings            *settings,
              double                value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (indicator)
    {
    case HEARTH_GROWTH_INDICATOR_HEIGHT:
      return hearth_units_format_length (value, hearth_gui_settings_get_length_unit (settings));
    case HEARTH_GROWTH_INDICATOR_WEIGHT:
      return hearth_units_format_weight (value, hearth_gui_settings_get_weight_unit (settings));
    case HEARTH_GROWTH_INDICATOR_BMI:
    default:
      /* Translators: a child's BMI on the growth chart, "BMI 15.9" */
      return g_strdup_printf (_("BMI %s"), g_ascii_formatd (buf, sizeof buf, "%.1f", value));
    }
}

/* "8 years, 4 months: 128.0 cm, percentile 47.3, z-score -0.07" */
static char *
describe_measure (HearthGrowthIndicator      indicator,
                  HearthSex                  sex,
                  GSettings                 *settings,
                  const HearthGrowthMeasure *m)
{
  g_autofree char *age = hearth_gui_format_age_months (m->age_months);
  g_autofree char *value = format_value (indicator, settings, m->value);
  g_autofree char *percentile = NULL;
  char z[G_ASCII_DTOSTR_BUF_SIZE];
  HearthGrowthScore score;

  if (!hearth_growth_score (indicator, sex, m->age_months, m->value, &score, NULL))
    /* Translators: a growth chart's point outside WHO's tables, "8 years: 128.0 cm" */
    return g_strdup_printf (_("%s: %s"), age, value);
  percentile = hearth_growth_format_percentile (score.percentile);
  g_ascii_formatd (z, sizeof z, "%.2f", round (score.z * 100) / 100 + 0.0);
  /* Translators: a growth chart's point, "8 years, 4 months: 128.0 cm,
   * percentile 47.3, z-score -0.07" */
  return g_strdup_printf (_("%s: %s, percentile %s, z-score %s"), age, value, percentile, z);
}

static gint64
month_time (const GDate *birth,
            guint        months)
{
  GDate day = *birth;
  g_autoptr(GDateTime) noon = NULL;

  g_date_add_months (&day, months);
  noon = g_date_time_new_utc (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 12, 0, 0);
  return g_date_time_to_unix (noon) * G_USEC_PER_SEC;
}

static void
clear_data (HearthGrowthChart *self)
{
  g_array_set_size (self->points, 0);
  g_ptr_array_set_size (self->texts, 0);
  for (guint c = 0; c < HEARTH_GROWTH_N_CURVES; c++)
    {
      g_array_set_size (self->curve_points[c], 0);
      g_clear_pointer (&self->curve_labels[c], g_free);
    }
  g_clear_pointer (&self->series_label, g_free);
  self->highlight = -1;
  self->drawn = FALSE;
}

void
hearth_growth_chart_set_data (HearthGrowthChart         *self,
                              HearthGrowthIndicator      indicator,
                              HearthSex                  sex,
                              const GDate               *birth,
                              const HearthGrowthMeasure *measures,
                              guint                      n_measures,
                              gint64                     t0,
                              gint64                     t1,
                              GSettings                 *settings)
{
  guint max_months, first = 0, last;

  g_return_if_fail (HEARTH_IS_GROWTH_CHART (self));
  g_return_if_fail (birth != NULL && g_date_valid (birth));
  g_return_if_fail (n_measures == 0 || measures != NULL);
  g_return_if_fail (t0 < t1);
  g_return_if_fail (G_IS_SETTINGS (settings));

  clear_data (self);
  self->indicator = indicator;
  self->birth = *birth;
  self->t0 = t0;
  self->t1 = t1;

  for (guint i = 0; i < n_measures; i++)
    {
      HearthChartPoint p = { measures[i].t, to_shown (indicator, settings, measures[i].value) };

      g_array_append_val (self->points, p);
      g_ptr_array_add (self->texts, describe_measure (indicator, sex, settings, &measures[i]));
    }

  switch (indicator)
    {
    case HEARTH_GROWTH_INDICATOR_HEIGHT:
      self->series_label = g_strdup (_("Height"));
      break;
    case HEARTH_GROWTH_INDICATOR_WEIGHT:
      self->series_label = g_strdup (_("Weight"));
      break;
    case HEARTH_GROWTH_INDICATOR_BMI:
    default:
      self->series_label = g_strdup (_("BMI"));
      break;
    }

  /* The curves month by month over the range, one month past each edge. */
  max_months = hearth_growth_indicator_max_months (indicator);
  last = max_months;
  for (guint m = 0; m <= max_months; m++)
    {
      gint64 t = month_time (birth, m);

      if (t <= t0)
        first = m;
      if (t >= t1)
        {
          last = m;
          break;
        }
    }
  for (guint c = 0; c < HEARTH_GROWTH_N_CURVES; c++)
    {
      /* Translators: a growth chart's percentile curve, "3rd", "50th", "97th" */
      static const char * const labels[HEARTH_GROWTH_N_CURVES] = { N_("3rd"), N_("15th"), N_("50th"), N_("85th"), N_("97th") };

      self->curve_labels[c] = g_strdup (_(labels[c]));
    }
  for (guint m = first; m <= last && (sex == HEARTH_SEX_FEMALE || sex == HEARTH_SEX_MALE); m++)
    {
      double values[HEARTH_GROWTH_N_CURVES];

      if (!hearth_growth_indicator_curves (indicator, sex, m, values, NULL))
        break;
      for (guint c = 0; c < HEARTH_GROWTH_N_CURVES; c++)
        {
          HearthChartPoint p = { month_time (birth, m), to_shown (indicator, settings, values[c]) };

          g_array_append_val (self->curve_points[c], p);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->series_label, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The time axis in ages: whole years, or months for a short range, as
 * many as fit. */
static void
add_age_ticks (gint64    t0,
               gint64    t1,
               double    pixels,
               GArray   *ticks,
               gpointer  user_data)
{
  static const struct { guint months; double min_px; } steps[] = {
    { 1, 110 }, { 3, 110 }, { 6, 130 }, { 12, 80 }, { 24, 80 }, { 60, 80 },
  };
  HearthGrowthChart *self = user_data;
  double span_months = (double) (t1 - t0) / (30.4375 * G_TIME_SPAN_DAY);
  guint step = 60;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (pixels / MAX (span_months / steps[i].months, 1) >= steps[i].min_px)
      {
        step = steps[i].months;
        break;
      }
  for (guint m = 0; m <= HEARTH_GROWTH_MAX_MONTHS + 12; m += step)
    {
      gint64 t = month_time (&self->birth, m);
      HearthChartTimeTick tick;

      if (t > t1)
        break;
      if (t < t0)
        continue;
      tick.t = t;
      tick.label = hearth_gui_format_age_months (m);
      g_array_append_val (ticks, tick);
    }
}

static void
build_chart (HearthGrowthChart *self,
             HearthChart       *chart,
             HearthChartCurve   curves[HEARTH_GROWTH_N_CURVES])
{
  hearth_chart_init (chart);
  chart->t0 = self->t0;
  chart->t1 = self->t1;
  chart->raw_only = TRUE;
  chart->time_ticks = add_age_ticks;
  chart->time_ticks_data = self;
  hearth_chart_add_series (chart, (const HearthChartPoint *) (void *) self->points->data, self->points->len,
                           HEARTH_CHART_ROLE_SERIES_1,
                           HEARTH_CHART_SERIES_LINE | HEARTH_CHART_SERIES_POINTS, self->series_label);
  for (guint c = 0; c < HEARTH_GROWTH_N_CURVES; c++)
    curves[c] = (HearthChartCurve) {
      (const HearthChartPoint *) (void *) self->curve_points[c]->data, self->curve_points[c]->len,
      self->curve_labels[c], c == HEARTH_GROWTH_N_CURVES / 2, 0,
    };
  chart->curves = curves;
  chart->n_curves = HEARTH_GROWTH_N_CURVES;
  if (self->highlight >= 0)
    {
      chart->highlight_series = 0;
      chart->highlight_index = (guint) self->highlight;
      chart->highlight_text = g_ptr_array_index (self->texts, self->highlight);
      /* Heights are measured on a day: no time of day to show. */
      chart->highlight_day_only = self->indicator == HEARTH_GROWTH_INDICATOR_HEIGHT;
    }
}

static void
hearth_growth_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  HearthGrowthChart *self = HEARTH_GROWTH_CHART (widget);
  HearthChartCurve curves[HEARTH_GROWTH_N_CURVES];
  HearthChartStyle style;
  HearthChart chart;
  int width, height;
  cairo_t *cr;

  if (self->t0 >= self->t1)
    return;
  cr = _hearth_gui_chart_begin_snapshot (widget, snapshot, &style, &width, &height);
  if (cr == NULL)
    return;
  build_chart (self, &chart, curves);
  hearth_chart_draw (cr, &chart, &style, width, height, &self->last_stats);
  cairo_destroy (cr);
  self->drawn = TRUE;
  self->n_draws++;
}

static void
hearth_growth_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  _hearth_gui_chart_measure (orientation, 240, 640, 180, 220, minimum, natural);
}

const char *
_hearth_growth_chart_get_highlight_text (HearthGrowthChart *self)
{
  g_return_val_if_fail (HEARTH_IS_GROWTH_CHART (self), NULL);
  return self->highlight >= 0 ? g_ptr_array_index (self->texts, self->highlight) : NULL;
}

const char *
_hearth_growth_chart_hover (HearthGrowthChart *self,
                            double             x,
                            double             y)
{
  HearthChartCurve curves[HEARTH_GROWTH_N_CURVES];
  HearthChart chart;
  guint series, index;
  int highlight = -1;

  g_return_val_if_fail (HEARTH_IS_GROWTH_CHART (self), NULL);

  if (self->drawn && self->points->len > 0)
    {
      build_chart (self, &chart, curves);
      if (hearth_chart_pick_stats (&chart, &self->last_stats, x, y, &series, &index) && series == 0)
        {
          double px = 0, py = 0;

          _hearth_growth_chart_point_position (self, index, &px, &py);
          if (hypot (px - x, py - y) <= PICK_RADIUS)
            highlight = (int) index;
        }
    }
  if (highlight != self->highlight)
    {
      self->highlight = highlight;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return highlight >= 0 ? g_ptr_array_index (self->texts, highlight) : NULL;
}

gboolean
_hearth_growth_chart_point_position (HearthGrowthChart *self,
                                     guint              index,
                                     double            *x,
                                     double            *y)
{
  const HearthChartArea *area;
  const HearthChartPoint *p;

  g_return_val_if_fail (HEARTH_IS_GROWTH_CHART (self), FALSE);

  if (!self->drawn || index >= self->points->len)
    return FALSE;
  area = &self->last_stats.panels[self->last_stats.series_panel[0]];
  p = &g_array_index (self->points, HearthChartPoint, index);
  *x = hearth_chart_time_to_x (area, p->t);
  *y = hearth_chart_value_to_y (area, p->v);
  return TRUE;
}

const HearthChartStats *
_hearth_growth_chart_get_last_stats (HearthGrowthChart *self)
{
  g_return_val_if_fail (HEARTH_IS_GROWTH_CHART (self), NULL);
  return &self->last_stats;
}

guint
_hearth_growth_chart_get_n_draws (HearthGrowthChart *self)
{
  g_return_val_if_fail (HEARTH_IS_GROWTH_CHART (self), 0);
  return self->n_draws;
}

double
_hearth_growth_chart_curve_value_at (HearthGrowthChart *self,
                                     guint              c,
                                     gint64             t)
{
  GArray *points;

  g_return_val_if_fail (HEARTH_IS_GROWTH_CHART (self), NAN);
  g_return_val_if_fail (c < HEARTH_GROWTH_N_CURVES, NAN);

  points = self->curve_points[c];
  for (guint i = 0; i + 1 < points->len; i++)
    {
      const HearthChartPoint *a = &g_array_index (points, HearthChartPoint, i);
      const HearthChartPoint *b = &g_array_index (points, HearthChartPoint, i + 1);

      if (a->t <= t && t <= b->t)
        return a->v + (b->v - a->v) * (double) (t - a->t) / (double) (b->t - a->t);
    }
  return NAN;
}

static void
on_motion_cb (HearthGrowthChart        *self,
              double                    x,
              double                    y,
              GtkEventControllerMotion *motion)
{
  const char *text = _hearth_growth_chart_hover (self, x, y);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

/* The keyboard: Left and Right move the highlight from measurement to
 * measurement, Home and End to the first and last; Escape clears it. The
 * text goes to the tooltip and the accessible description. */
static gboolean
on_key_pressed_cb (HearthGrowthChart     *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *key)
{
  int n = (int) self->points->len;
  int highlight = self->highlight;
  const char *text = NULL;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      highlight = highlight < 0 ? n - 1 : MAX (highlight - 1, 0);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      highlight = highlight < 0 ? 0 : MIN (highlight + 1, n - 1);
      break;
    case GDK_KEY_Home:
      highlight = 0;
      break;
    case GDK_KEY_End:
      highlight = n - 1;
      break;
    case GDK_KEY_Escape:
      if (highlight < 0)
        return FALSE;
      highlight = -1;
      break;
    default:
      return FALSE;
    }
  self->highlight = highlight;
  if (highlight >= 0)
    text = g_ptr_array_index (self->texts, highlight);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_motion_leave_cb (HearthGrowthChart        *self,
             GtkEventControllerMotion *motion)
{
  if (self->highlight >= 0)
    {
      self->highlight = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
hearth_growth_chart_finalize (GObject *object)
{
  HearthGrowthChart *self = HEARTH_GROWTH_CHART (object);

  clear_data (self);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  for (guint c = 0; c < HEARTH_GROWTH_N_CURVES; c++)
    g_clear_pointer (&self->curve_points[c], g_array_unref);

  G_OBJECT_CLASS (hearth_growth_chart_parent_class)->finalize (object);
}

static void
hearth_growth_chart_class_init (HearthGrowthChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_growth_chart_finalize;
  widget_class->snapshot = hearth_growth_chart_snapshot;
  widget_class->measure = hearth_growth_chart_measure;
  _hearth_gui_chart_class_init (widget_class, "growthchart");
}

static void
hearth_growth_chart_init (HearthGrowthChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  self->points = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  self->texts = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < HEARTH_GROWTH_N_CURVES; c++)
    self->curve_points[c] = g_array_new (FALSE, FALSE, sizeof (HearthChartPoint));
  self->highlight = -1;

  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_motion_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  _hearth_gui_chart_follow_dark (GTK_WIDGET (self));
}

GtkWidget *
hearth_growth_chart_new (void)
{
  return g_object_new (HEARTH_TYPE_GROWTH_CHART, NULL);
}
