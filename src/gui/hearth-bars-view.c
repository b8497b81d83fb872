/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-bars-view"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-bars-view-private.h"
#include "hearth-chart-bars.h"
#include "hearth-chart-theme-private.h"

/* Daily or stacked bars from plain data; see hearth-bars-view.h. The
 * data is kept as copied arrays and handed to the chart library in
 * snapshot(); the summary is rebuilt when the data changes. */

struct _HearthBarsView
{
  GtkWidget             parent_instance;

  GDate                 first_day;
  guint                 n_days;
  guint                 n_series;
  double               *values;                 /* n_series × n_days, series by series */
  gboolean             *has;                    /* n_days */
  char                 *labels[HEARTH_CHART_BARS_MAX_SERIES];

  gboolean              has_target;
  double                target;
  char                 *target_label;

  HearthGuiChartFormat  format;

  char                 *title;
  char                 *description;

  HearthChartBarsStats  last_stats;
  guint                 n_draws;
};

G_DEFINE_FINAL_TYPE (HearthBarsView, hearth_bars_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
build_chart (HearthBarsView  *self,
             HearthChartBars *bars)
{
  hearth_chart_bars_init (bars, &self->first_day, self->n_days, self->has);
  for (guint s = 0; s < self->n_series; s++)
    {
      /* A single series is named by the view's title. */
      const char *label = self->n_series == 1 ? self->title : self->labels[s];

      hearth_chart_bars_add_series (bars, self->values + (gsize) s * self->n_days, label);
    }
  if (self->has_target)
    hearth_chart_bars_set_target (bars, self->target, self->target_label);
  bars->format = self->format.func;
  bars->format_data = self->format.data;
}

static void
update_description (HearthBarsView *self)
{
  g_autofree char *text = NULL;

  if (self->n_days > 0 && self->n_series > 0)
    {
      HearthChartBars bars;

      build_chart (self, &bars);
      text = hearth_chart_bars_describe (&bars);
    }

  _hearth_gui_chart_set_description (GTK_WIDGET (self), &self->description,
                                     g_steal_pointer (&text), _("No data."),
                                     properties[PROP_DESCRIPTION]);
}

static void
data_changed (HearthBarsView *self)
{
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clear_data (HearthBarsView *self)
{
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->has, g_free);
  for (guint s = 0; s < HEARTH_CHART_BARS_MAX_SERIES; s++)
    g_clear_pointer (&self->labels[s], g_free);
  self->n_days = 0;
  self->n_series = 0;
}

static void
hearth_bars_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HearthBarsView *self = HEARTH_BARS_VIEW (widget);
  int width;
  int height;
  HearthChartStyle style;
  HearthChartBars bars;
  cairo_t *cr;

  if (self->n_days == 0 || self->n_series == 0)
    return;

  cr = _hearth_gui_chart_begin_snapshot (widget, snapshot, &style, &width, &height);
  if (cr == NULL)
    return;

  build_chart (self, &bars);
  hearth_chart_bars_draw (cr, &bars, &style, width, height, &self->last_stats);
  cairo_destroy (cr);
  self->n_draws++;
}

static void
hearth_bars_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  _hearth_gui_chart_measure (orientation, 160, 360, 120, 200, minimum, natural);
}

static void
hearth_bars_view_finalize (GObject *object)
{
  HearthBarsView *self = HEARTH_BARS_VIEW (object);

  clear_data (self);
  g_clear_pointer (&self->target_label, g_free);
  _hearth_gui_chart_format_clear (&self->format);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hearth_bars_view_parent_class)->finalize (object);
}

static void
hearth_bars_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthBarsView *self = HEARTH_BARS_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_bars_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthBarsView *self = HEARTH_BARS_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      hearth_bars_view_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_bars_view_class_init (HearthBarsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_bars_view_finalize;
  object_class->get_property = hearth_bars_view_get_property;
  object_class->set_property = hearth_bars_view_set_property;

  widget_class->snapshot = hearth_bars_view_snapshot;
  widget_class->measure = hearth_bars_view_measure;

  properties[PROP_TITLE] = _hearth_gui_chart_title_pspec ();
  properties[PROP_DESCRIPTION] = _hearth_gui_chart_description_pspec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _hearth_gui_chart_class_init (widget_class, "barsview");
}

static void
hearth_bars_view_init (HearthBarsView *self)
{
  g_date_clear (&self->first_day, 1);
  _hearth_gui_chart_follow_dark (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: the accessible name of a chart without a title */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bar chart"),
                                  -1);
  update_description (self);
}

/* Public API ----------------------------------------------------------- */

HearthBarsView *
hearth_bars_view_new (void)
{
  return g_object_new (HEARTH_TYPE_BARS_VIEW, NULL);
}

void
hearth_bars_view_set_stacked (HearthBarsView       *self,
                              const double * const *values,
                              const char * const   *labels,
                              guint                 n_series,
                              const gboolean       *has,
                              guint                 n_days,
                              const GDate          *first_day)
{
  g_return_if_fail (HEARTH_IS_BARS_VIEW (self));
  g_return_if_fail (n_days <= HEARTH_CHART_BARS_MAX_DAYS);
  g_return_if_fail (n_days == 0 || (first_day != NULL && g_date_valid (first_day)));
  g_return_if_fail (n_days == 0 || (n_series >= 1 && n_series <= HEARTH_CHART_BARS_MAX_SERIES));
  g_return_if_fail (n_days == 0 || values != NULL);
  for (guint s = 0; s < n_series && n_days > 0; s++)
    g_return_if_fail (values[s] != NULL);

  clear_data (self);

  if (n_days > 0)
    {
      self->first_day = *first_day;
      self->n_days = n_days;
      self->n_series = n_series;
      self->values = g_new (double, (gsize) n_series * n_days);
      for (guint s = 0; s < n_series; s++)
        {
          memcpy (self->values + (gsize) s * n_days, values[s], sizeof (double) * n_days);
          self->labels[s] = g_strdup (labels != NULL ? labels[s] : NULL);
        }
      if (has != NULL)
        self->has = g_memdup2 (has, sizeof (gboolean) * n_days);
    }

  data_changed (self);
}

void
hearth_bars_view_set_days (HearthBarsView *self,
                           const double   *values,
                           const gboolean *has,
                           guint           n_days,
                           const GDate    *first_day)
{
  const double * const series[1] = { values };

  g_return_if_fail (HEARTH_IS_BARS_VIEW (self));
  g_return_if_fail (n_days == 0 || values != NULL);

  hearth_bars_view_set_stacked (self, series, NULL, 1, has, n_days, first_day);
}

void
hearth_bars_view_set_target (HearthBarsView *self,
                             double          target,
                             const char     *label)
{
  g_return_if_fail (HEARTH_IS_BARS_VIEW (self));
  g_return_if_fail (isfinite (target) && target >= 0);

  self->has_target = TRUE;
  self->target = target;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
  data_changed (self);
}

void
hearth_bars_view_unset_target (HearthBarsView *self)
{
  g_return_if_fail (HEARTH_IS_BARS_VIEW (self));

  if (!self->has_target)
    return;
  self->has_target = FALSE;
  g_clear_pointer (&self->target_label, g_free);
  data_changed (self);
}

void
hearth_bars_view_set_format_func (HearthBarsView        *self,
                                  HearthChartFormatFunc  func,
                                  gpointer               user_data,
                                  GDestroyNotify         destroy)
{
  g_return_if_fail (HEARTH_IS_BARS_VIEW (self));

  _hearth_gui_chart_format_set (&self->format, func, user_data, destroy);
  update_description (self);
}

void
hearth_bars_view_set_title (HearthBarsView *self,
                            const char     *title)
{
  g_return_if_fail (HEARTH_IS_BARS_VIEW (self));

  if (!_hearth_gui_chart_set_title (GTK_WIDGET (self), &self->title, title, _("Bar chart")))
    return;
  update_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
hearth_bars_view_get_title (HearthBarsView *self)
{
  g_return_val_if_fail (HEARTH_IS_BARS_VIEW (self), NULL);

  return self->title;
}

const char *
hearth_bars_view_get_description (HearthBarsView *self)
{
  g_return_val_if_fail (HEARTH_IS_BARS_VIEW (self), NULL);

  return self->description;
}

/* Private API ---------------------------------------------------------- */

const HearthChartBarsStats *
_hearth_bars_view_get_last_stats (HearthBarsView *self)
{
  g_return_val_if_fail (HEARTH_IS_BARS_VIEW (self), NULL);

  return &self->last_stats;
}

guint
_hearth_bars_view_get_n_draws (HearthBarsView *self)
{
  g_return_val_if_fail (HEARTH_IS_BARS_VIEW (self), 0);

  return self->n_draws;
}
