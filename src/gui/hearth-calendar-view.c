/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-calendar-view"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-calendar-view-private.h"
#include "hearth-chart-calendar.h"
#include "hearth-chart-theme-private.h"

/* A month calendar heat map from plain data; see hearth-calendar-view.h. */

struct _HearthCalendarView
{
  GtkWidget                 parent_instance;

  gboolean                  has_month;
  GDate                     month;
  double                    values[HEARTH_CHART_CALENDAR_MAX_DAYS];
  gboolean                  has[HEARTH_CHART_CALENDAR_MAX_DAYS];
  GDateWeekday              first_weekday;
  char                     *low_label;
  char                     *high_label;

  HearthGuiChartFormat      format;

  char                     *title;
  char                     *description;

  HearthChartCalendarStats  last_stats;
  guint                     n_draws;
};

G_DEFINE_FINAL_TYPE (HearthCalendarView, hearth_calendar_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
build_chart (HearthCalendarView  *self,
             HearthChartCalendar *calendar)
{
  hearth_chart_calendar_init (calendar, &self->month, self->values, self->has, self->first_weekday);
  calendar->low_label = self->low_label;
  calendar->high_label = self->high_label;
  calendar->format = self->format.func;
  calendar->format_data = self->format.data;
}

static void
update_description (HearthCalendarView *self)
{
  g_autofree char *text = NULL;

  if (self->has_month)
    {
      HearthChartCalendar calendar;

      build_chart (self, &calendar);
      text = hearth_chart_calendar_describe (&calendar);
    }

  _hearth_gui_chart_set_description (GTK_WIDGET (self), &self->description,
                                     g_steal_pointer (&text), _("No data."),
                                     properties[PROP_DESCRIPTION]);
}

static void
data_changed (HearthCalendarView *self)
{
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hearth_calendar_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  HearthCalendarView *self = HEARTH_CALENDAR_VIEW (widget);
  int width;
  int height;
  HearthChartStyle style;
  HearthChartCalendar calendar;
  cairo_t *cr;

  if (!self->has_month)
    return;

  cr = _hearth_gui_chart_begin_snapshot (widget, snapshot, &style, &width, &height);
  if (cr == NULL)
    return;

  build_chart (self, &calendar);
  hearth_chart_calendar_draw (cr, &calendar, &style, width, height, &self->last_stats);
  cairo_destroy (cr);
  self->n_draws++;
}

static void
hearth_calendar_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  _hearth_gui_chart_measure (orientation, 180, 320, 160, 260, minimum, natural);
}

static void
hearth_calendar_view_finalize (GObject *object)
{
  HearthCalendarView *self = HEARTH_CALENDAR_VIEW (object);

  g_clear_pointer (&self->low_label, g_free);
  g_clear_pointer (&self->high_label, g_free);
  _hearth_gui_chart_format_clear (&self->format);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hearth_calendar_view_parent_class)->finalize (object);
}

static void
hearth_calendar_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthCalendarView *self = HEARTH_CALENDAR_VIEW (object);

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
hearth_calendar_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthCalendarView *self = HEARTH_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      hearth_calendar_view_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_calendar_view_class_init (HearthCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_calendar_view_finalize;
  object_class->get_property = hearth_calendar_view_get_property;
  object_class->set_property = hearth_calendar_view_set_property;

  widget_class->snapshot = hearth_calendar_view_snapshot;
  widget_class->measure = hearth_calendar_view_measure;

  properties[PROP_TITLE] = _hearth_gui_chart_title_pspec ();
  properties[PROP_DESCRIPTION] = _hearth_gui_chart_description_pspec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _hearth_gui_chart_class_init (widget_class, "calendarview");
}

static void
hearth_calendar_view_init (HearthCalendarView *self)
{
  g_date_clear (&self->month, 1);
  self->first_weekday = hearth_gui_get_first_weekday ();
  _hearth_gui_chart_follow_dark (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* Translators: the accessible name of a calendar chart without a title */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Calendar chart"),
                                  -1);
  update_description (self);
}

/* Public API ----------------------------------------------------------- */

HearthCalendarView *
hearth_calendar_view_new (void)
{
  return g_object_new (HEARTH_TYPE_CALENDAR_VIEW, NULL);
}

void
hearth_calendar_view_set_month (HearthCalendarView *self,
                                const GDate        *month,
                                const double       *values,
                                const gboolean     *has)
{
  guint n_days;

  g_return_if_fail (HEARTH_IS_CALENDAR_VIEW (self));
  g_return_if_fail (month == NULL || g_date_valid (month));
  g_return_if_fail (month == NULL || values != NULL);

  if (month == NULL)
    {
      self->has_month = FALSE;
      g_date_clear (&self->month, 1);
      data_changed (self);
      return;
    }

  n_days = g_date_get_days_in_month (g_date_get_month (month), g_date_get_year (month));
  self->has_month = TRUE;
  self->month = *month;
  memset (self->values, 0, sizeof self->values);
  memcpy (self->values, values, sizeof (double) * n_days);
  for (guint d = 0; d < HEARTH_CHART_CALENDAR_MAX_DAYS; d++)
    self->has[d] = d < n_days && (has == NULL || has[d]);
  data_changed (self);
}

void
hearth_calendar_view_set_first_weekday (HearthCalendarView *self,
                                        GDateWeekday        weekday)
{
  g_return_if_fail (HEARTH_IS_CALENDAR_VIEW (self));
  g_return_if_fail (g_date_valid_weekday (weekday));

  if (self->first_weekday == weekday)
    return;
  self->first_weekday = weekday;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GDateWeekday
hearth_calendar_view_get_first_weekday (HearthCalendarView *self)
{
  g_return_val_if_fail (HEARTH_IS_CALENDAR_VIEW (self), G_DATE_BAD_WEEKDAY);

  return self->first_weekday;
}

void
hearth_calendar_view_set_scale_labels (HearthCalendarView *self,
                                       const char         *low,
                                       const char         *high)
{
  g_return_if_fail (HEARTH_IS_CALENDAR_VIEW (self));

  g_free (self->low_label);
  self->low_label = g_strdup (low);
  g_free (self->high_label);
  self->high_label = g_strdup (high);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
hearth_calendar_view_set_format_func (HearthCalendarView    *self,
                                      HearthChartFormatFunc  func,
                                      gpointer               user_data,
                                      GDestroyNotify         destroy)
{
  g_return_if_fail (HEARTH_IS_CALENDAR_VIEW (self));

  _hearth_gui_chart_format_set (&self->format, func, user_data, destroy);
  data_changed (self);
}

void
hearth_calendar_view_set_title (HearthCalendarView *self,
                                const char         *title)
{
  g_return_if_fail (HEARTH_IS_CALENDAR_VIEW (self));

  if (!_hearth_gui_chart_set_title (GTK_WIDGET (self), &self->title, title, _("Calendar chart")))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
hearth_calendar_view_get_title (HearthCalendarView *self)
{
  g_return_val_if_fail (HEARTH_IS_CALENDAR_VIEW (self), NULL);

  return self->title;
}

const char *
hearth_calendar_view_get_description (HearthCalendarView *self)
{
  g_return_val_if_fail (HEARTH_IS_CALENDAR_VIEW (self), NULL);

  return self->description;
}

/* Private API ---------------------------------------------------------- */

const HearthChartCalendarStats *
_hearth_calendar_view_get_last_stats (HearthCalendarView *self)
{
  g_return_val_if_fail (HEARTH_IS_CALENDAR_VIEW (self), NULL);

  return &self->last_stats;
}

guint
_hearth_calendar_view_get_n_draws (HearthCalendarView *self)
{
  g_return_val_if_fail (HEARTH_IS_CALENDAR_VIEW (self), 0);

  return self->n_draws;
}
