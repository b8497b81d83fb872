/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hearth-chart-view-private.h"
#include "hearth-chart-view-state-private.h"
#include "hearth-gui-util.h"
#include "hearth-usec.h"

/* The chart view's values: units and formats, glucose by context, the
 * whole reading a highlight shows. State and drawing are in
 * hearth-chart-view.c. */

/* Units ---------------------------------------------------------------- */

double
_hearth_chart_view_to_display (HearthChartView *self,
                               double           v)
{
  switch (self->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      if (hearth_gui_settings_get_pressure_unit (self->settings) == HEARTH_PRESSURE_UNIT_KPA)
        return hearth_units_mmhg_to_kpa (v);
      return v;
    case HEARTH_READING_KIND_WEIGHT:
      switch (hearth_gui_settings_get_weight_unit (self->settings))
        {
        case HEARTH_WEIGHT_UNIT_LB:
          return hearth_units_kg_to_lb (v);
        case HEARTH_WEIGHT_UNIT_ST:
          return hearth_units_kg_to_lb (v) / HEARTH_LB_PER_ST;
        case HEARTH_WEIGHT_UNIT_KG:
        default:
          return v;
        }
    case HEARTH_READING_KIND_GLUCOSE:
      if (hearth_gui_settings_get_glucose_unit (self->settings) == HEARTH_GLUCOSE_UNIT_MG_DL)
        return hearth_units_mmoll_to_mgdl (v);
      return v;
    case HEARTH_READING_KIND_TEMPERATURE:
      if (hearth_gui_settings_get_temperature_unit (self->settings) == HEARTH_TEMPERATURE_UNIT_F)
        return hearth_units_c_to_f (v);
      return v;
    case HEARTH_READING_KIND_WAIST:
      if (hearth_gui_settings_get_length_unit (self->settings) == HEARTH_LENGTH_UNIT_FT_IN)
        return hearth_units_cm_to_in (v);
      return v;
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_SLEEP:
    case HEARTH_READING_KIND_STEPS:
    default:
      return v;
    }
}

double
_hearth_chart_view_from_display (HearthChartView *self,
                                 double           v)
{
  switch (self->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      if (hearth_gui_settings_get_pressure_unit (self->settings) == HEARTH_PRESSURE_UNIT_KPA)
        return hearth_units_kpa_to_mmhg (v);
      return v;
    case HEARTH_READING_KIND_WEIGHT:
      switch (hearth_gui_settings_get_weight_unit (self->settings))
        {
        case HEARTH_WEIGHT_UNIT_LB:
          return hearth_units_lb_to_kg (v);
        case HEARTH_WEIGHT_UNIT_ST:
          return hearth_units_lb_to_kg (v * HEARTH_LB_PER_ST);
        case HEARTH_WEIGHT_UNIT_KG:
        default:
          return v;
        }
    case HEARTH_READING_KIND_GLUCOSE:
      if (hearth_gui_settings_get_glucose_unit (self->settings) == HEARTH_GLUCOSE_UNIT_MG_DL)
        return hearth_units_mgdl_to_mmoll (v);
      return v;
    case HEARTH_READING_KIND_TEMPERATURE:
      if (hearth_gui_settings_get_temperature_unit (self->settings) == HEARTH_TEMPERATURE_UNIT_F)
        return hearth_units_f_to_c (v);
      return v;
    case HEARTH_READING_KIND_WAIST:
      if (hearth_gui_settings_get_length_unit (self->settings) == HEARTH_LENGTH_UNIT_FT_IN)
        return hearth_units_in_to_cm (v);
      return v;
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_SLEEP:
    case HEARTH_READING_KIND_STEPS:
    default:
      return v;
    }
}

/* Formats a value of the kind's main series, given in display units. */
char *
_hearth_chart_view_format_value (double   v,
                                 gpointer user_data)
{
  HearthChartView *self = user_data;
  double canonical = _hearth_chart_view_from_display (self, v);

  switch (self->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      return hearth_units_format_pressure (canonical, hearth_gui_settings_get_pressure_unit (self->settings));
    case HEARTH_READING_KIND_WEIGHT:
      return hearth_units_format_weight (canonical, hearth_gui_settings_get_weight_unit (self->settings));
    case HEARTH_READING_KIND_GLUCOSE:
      return hearth_units_format_glucose (canonical, hearth_gui_settings_get_glucose_unit (self->settings));
    case HEARTH_READING_KIND_TEMPERATURE:
      return hearth_units_format_temperature (canonical, hearth_gui_settings_get_temperature_unit (self->settings));
    case HEARTH_READING_KIND_WAIST:
      return hearth_units_format_length (canonical, hearth_gui_settings_get_length_unit (self->settings));
    case HEARTH_READING_KIND_HEART_RATE:
      /* Translators: a heart rate in beats per minute */
      return g_strdup_printf (_("%.0f bpm"), v);
    case HEARTH_READING_KIND_SPO2:
      /* Translators: oxygen saturation, "97 %" */
      return g_strdup_printf (_("%.0f %%"), v);
    case HEARTH_READING_KIND_BODY_FAT:
      /* Translators: body fat, "24.5 %" */
      return g_strdup_printf (_("%.1f %%"), v);
    case HEARTH_READING_KIND_SLEEP:
      /* Translators: hours asleep, "7.5 h" */
      return g_strdup_printf (_("%.1f h"), v);
    case HEARTH_READING_KIND_STEPS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f step", "%.0f steps",
                                           (unsigned long) MAX (round (v), 0)), v);
    default:
      return g_strdup_printf ("%g", v);
    }
}

char *
_hearth_chart_view_format_pulse (double   v,
                                 gpointer user_data)
{
  /* Translators: a pulse in beats per minute */
  return g_strdup_printf (_("%.0f bpm"), v);
}

/* Glucose by context: fasting, after a meal, and the others, each its own
 * series read against its own thresholds (hearth_chart_bands_for_kind()).
 * The context is not in hearth_store_get_series(): the readings are
 * listed. A series with no reading is not drawn. */
gboolean
_hearth_chart_view_load_glucose (HearthChartView *self,
                                 gint64           from,
                                 ViewSeries      *fasting,
                                 ViewSeries      *after_meal,
                                 ViewSeries      *other)
{
  g_autoptr(GListModel) readings = NULL;
  g_autoptr(GDateTime) from_dt = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (from != G_MININT64)
    from_dt = hearth_usec_to_date_time (from, NULL);
  readings = hearth_store_list_readings (self->store, hearth_profile_get_uuid (self->profile),
                                         HEARTH_READING_KIND_GLUCOSE, from_dt, NULL, &error);
  if (readings == NULL)
    {
      g_warning ("Could not load the chart's readings: %s", error->message);
      return FALSE;
    }

  /* Newest first: walked backwards, in time order. */
  n = g_list_model_get_n_items (readings);
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(HearthReading) reading = g_list_model_get_item (readings, i);
      HearthChartPoint p;
      ViewSeries *series;

      p.t = hearth_usec_from_date_time (hearth_reading_get_taken_at (reading));
      p.v = _hearth_chart_view_to_display (self, hearth_reading_get_mmol_l (reading));
      if (!isfinite (p.v))
        continue;

      switch (hearth_reading_get_glucose_context (reading))
        {
        case HEARTH_GLUCOSE_CONTEXT_FASTING:
          series = fasting;
          break;
        case HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL:
          series = after_meal;
          break;
        case HEARTH_GLUCOSE_CONTEXT_UNSET:
        case HEARTH_GLUCOSE_CONTEXT_BEFORE_MEAL:
        case HEARTH_GLUCOSE_CONTEXT_BEDTIME:
        case HEARTH_GLUCOSE_CONTEXT_RANDOM:
        default:
          series = other;
          break;
        }
      g_array_append_val (series->points, p);
    }

  fasting->hidden = fasting->points->len == 0;
  after_meal->hidden = after_meal->points->len == 0;
  other->hidden = other->points->len == 0;

  return TRUE;
}

/* The value at exactly @t in @points, or NAN. */
static double
value_at (GArray *points,
          gint64  t)
{
  guint first;
  guint end;

  hearth_chart_find_visible ((HearthChartPoint *) (void *) points->data, points->len, t, t, &first, &end);
  for (guint i = first; i < end; i++)
    {
      const HearthChartPoint *p = &g_array_index (points, HearthChartPoint, i);

      if (p->t == t)
        return p->v;
    }

  return NAN;
}

char *
_hearth_chart_view_format_highlight (HearthChartView *self)
{
  const ViewSeries *series;
  const HearthChartPoint *p;
  double systolic;
  double diastolic;
  double pulse;
  g_autofree char *pressure = NULL;

  if (self->highlight_series < 0 || (guint) self->highlight_series >= self->n_series)
    return NULL;

  series = &self->series[self->highlight_series];
  if (self->highlight_index >= series->points->len)
    return NULL;
  p = &g_array_index (series->points, HearthChartPoint, self->highlight_index);

  if (self->kind != HEARTH_READING_KIND_BLOOD_PRESSURE || self->n_series < 2)
    return series->format (p->v, self);

  /* The whole reading, whichever of its values is highlighted. */
  systolic = value_at (self->series[0].points, p->t);
  diastolic = value_at (self->series[1].points, p->t);
  pulse = self->n_series > 2 ? value_at (self->series[2].points, p->t) : NAN;
  if (isfinite (systolic) && isfinite (diastolic))
    {
      HearthPressureUnit unit = hearth_gui_settings_get_pressure_unit (self->settings);
      g_autofree char *sys = hearth_units_format_pressure_value (_hearth_chart_view_from_display (self, systolic), unit);
      g_autofree char *dia = hearth_units_format_pressure_value (_hearth_chart_view_from_display (self, diastolic), unit);

      /* Translators: a blood pressure reading, "155/93 mmHg" */
      pressure = g_strdup_printf (_("%s/%s %s"), sys, dia, hearth_units_pressure_symbol (unit));
    }
  else
    {
      pressure = series->format (p->v, self);
    }

  if (isfinite (pulse))
    /* Translators: a blood pressure reading and its pulse, "155/93 mmHg, pulse 71" */
    return g_strdup_printf (_("%s, pulse %.0f"), pressure, pulse);

  return g_steal_pointer (&pressure);
}
