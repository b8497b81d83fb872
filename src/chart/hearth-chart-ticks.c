/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-chart-private.h"

/* More labels than this are noise, however wide the chart. */
#define MAX_TIME_LABELS 12

typedef enum
{
  UNIT_HOUR,
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} Unit;

typedef struct
{
  Unit  unit;
  guint step;
  double approx_us;
} Candidate;

#define HOUR_US ((double) G_TIME_SPAN_HOUR)
#define DAY_US  ((double) G_TIME_SPAN_DAY)

static const Candidate candidates[] = {
  { UNIT_HOUR, 1, HOUR_US },
  { UNIT_HOUR, 3, 3 * HOUR_US },
  { UNIT_HOUR, 6, 6 * HOUR_US },
  { UNIT_HOUR, 12, 12 * HOUR_US },
  { UNIT_DAY, 1, DAY_US },
  { UNIT_DAY, 2, 2 * DAY_US },
  { UNIT_WEEK, 1, 7 * DAY_US },
  { UNIT_WEEK, 2, 14 * DAY_US },
  { UNIT_MONTH, 1, 30.44 * DAY_US },
  { UNIT_MONTH, 3, 91.3 * DAY_US },
  { UNIT_MONTH, 6, 182.6 * DAY_US },
  { UNIT_YEAR, 1, 365.25 * DAY_US },
  { UNIT_YEAR, 2, 2 * 365.25 * DAY_US },
  { UNIT_YEAR, 5, 5 * 365.25 * DAY_US },
  { UNIT_YEAR, 10, 10 * 365.25 * DAY_US },
  { UNIT_YEAR, 20, 20 * 365.25 * DAY_US },
  { UNIT_YEAR, 50, 50 * 365.25 * DAY_US },
  { UNIT_YEAR, 100, 100 * 365.25 * DAY_US },
};

static void
clear_time_tick (gpointer data)
{
  HearthChartTimeTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static void
clear_value_tick (gpointer data)
{
  HearthChartValueTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static char *
format_tick (GDateTime *dt,
             Unit       unit)
{
  const char *format;
  char *label;

  switch (unit)
    {
    case UNIT_HOUR:
      /* Translators: a time axis label every few hours; see
       * g_date_time_format() */
      format = C_("chart axis hour", "%H:%M");
      break;
    case UNIT_DAY:
    case UNIT_WEEK:
      /* Translators: a time axis label for a day, "3 Mar"; see
       * g_date_time_format() */
      format = C_("chart axis day", "%-d %b");
      break;
    case UNIT_MONTH:
      /* Months are named, but a year starts with its number. */
      if (g_date_time_get_month (dt) == 1)
        /* Translators: a time axis label for January of a year, "2024";
         * see g_date_time_format() */
        format = C_("chart axis year", "%Y");
      else
        /* Translators: a time axis label for a month, "Mar"; see
         * g_date_time_format() */
        format = C_("chart axis month", "%b");
      break;
    case UNIT_YEAR:
      format = C_("chart axis year", "%Y");
      break;
    default:
      g_assert_not_reached ();
    }

  label = g_date_time_format (dt, format);
  if (label == NULL)
    return g_strdup ("");

  return g_strstrip (label);
}

static GDate *
date_of (GDateTime *dt)
{
  return g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (dt),
                         (GDateMonth) g_date_time_get_month (dt),
                         (GDateYear) g_date_time_get_year (dt));
}

static GDateTime *
midnight_of (const GDate *date,
             GTimeZone   *tz)
{
  return g_date_time_new (tz, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), 0, 0, 0);
}

/* The first tick at or before @dt for @c. */
static GDateTime *
align_start (GDateTime       *dt,
             const Candidate *c,
             GTimeZone       *tz)
{
  int y = g_date_time_get_year (dt);
  int m = g_date_time_get_month (dt);
  int h = g_date_time_get_hour (dt);
  g_autoptr(GDate) date = date_of (dt);
  guint32 julian = g_date_get_julian (date);

  switch (c->unit)
    {
    case UNIT_HOUR:
      return g_date_time_new (tz, y, m, g_date_time_get_day_of_month (dt),
                              h - h % (int) c->step, 0, 0);
    case UNIT_DAY:
      g_date_subtract_days (date, julian % c->step);
      break;
    case UNIT_WEEK:
      /* Weeks start on Monday (ISO 8601). */
      g_date_subtract_days (date, g_date_get_weekday (date) - G_DATE_MONDAY);
      julian = g_date_get_julian (date) / 7;
      g_date_subtract_days (date, 7 * (julian % c->step));
      break;
    case UNIT_MONTH:
      return g_date_time_new (tz, y, m - (m - 1) % (int) c->step, 1, 0, 0, 0);
    case UNIT_YEAR:
      return g_date_time_new (tz, y - y % (int) c->step, 1, 1, 0, 0, 0);
    default:
      g_assert_not_reached ();
    }

  return midnight_of (date, tz);
}

static GDateTime *
advance (GDateTime       *dt,
         const Candidate *c,
         GTimeZone       *tz)
{
  int y = g_date_time_get_year (dt);
  int m = g_date_time_get_month (dt);
  g_autoptr(GDate) date = NULL;

  switch (c->unit)
    {
    case UNIT_HOUR:
      return g_date_time_add_hours (dt, (int) c->step);
    case UNIT_DAY:
    case UNIT_WEEK:
      /* Through the calendar, so that days stay at local midnight
       * across daylight saving changes. */
      date = date_of (dt);
      g_date_add_days (date, c->step * (c->unit == UNIT_WEEK ? 7 : 1));
      return midnight_of (date, tz);
    case UNIT_MONTH:
      m += (int) c->step;
      y += (m - 1) / 12;
      m = (m - 1) % 12 + 1;
      return g_date_time_new (tz, y, m, 1, 0, 0, 0);
    case UNIT_YEAR:
      return g_date_time_new (tz, y + (int) c->step, 1, 1, 0, 0, 0);
    default:
      g_assert_not_reached ();
    }
}

static GArray *
generate (gint64           t0,
          gint64           t1,
          GTimeZone       *tz,
          const Candidate *c)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (HearthChartTimeTick));
  g_autoptr(GDateTime) local = hearth_usec_to_date_time (t0, tz);
  g_autoptr(GDateTime) dt = NULL;

  g_array_set_clear_func (ticks, clear_time_tick);

  if (local == NULL)
    return ticks;

  dt = align_start (local, c, tz);

  while (dt != NULL)
    {
      gint64 t = hearth_usec_from_date_time (dt);
      GDateTime *next;

      if (t > t1)
        break;
      if (t >= t0)
        {
          HearthChartTimeTick tick = { t, format_tick (dt, c->unit) };

          g_array_append_val (ticks, tick);
        }
      if (ticks->len > MAX_TIME_LABELS)
        break;

      next = advance (dt, c, tz);
      /* A time zone could in theory fail to move forward. */
      if (next != NULL && hearth_usec_from_date_time (next) <= t)
        g_clear_pointer (&next, g_date_time_unref);
      g_date_time_unref (dt);
      dt = next;
    }

  return ticks;
}

/* Whether neighbouring labels, centred on their ticks, keep a gap. */
static gboolean
labels_fit (GArray      *ticks,
            PangoLayout *layout,
            gint64       t0,
            gint64       t1,
            double       pixels)
{
  double prev_x = 0;
  double prev_half = 0;

  for (guint i = 0; i < ticks->len; i++)
    {
      const HearthChartTimeTick *tick = &g_array_index (ticks, HearthChartTimeTick, i);
      double x = pixels * ((double) tick->t - (double) t0) / ((double) t1 - (double) t0);
      double w;

      _hearth_chart_measure (layout, tick->label, &w, NULL);
      if (i > 0 && x - prev_x < prev_half + w / 2 + _HEARTH_CHART_LABEL_GAP)
        return FALSE;
      prev_x = x;
      prev_half = w / 2;
    }

  return TRUE;
}

GArray *
_hearth_chart_time_ticks_new (void)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (HearthChartTimeTick));

  g_array_set_clear_func (ticks, clear_time_tick);
  return ticks;
}

GArray *
_hearth_chart_time_ticks (PangoLayout *layout,
                          gint64       t0,
                          gint64       t1,
                          GTimeZone   *tz,
                          double       pixels)
{
  g_autoptr(GTimeZone) local = NULL;
  GArray *last = NULL;
  double span = (double) t1 - (double) t0;

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const Candidate *c = &candidates[i];
      GArray *ticks;

      if (span / c->approx_us > MAX_TIME_LABELS + 1)
        continue;

      ticks = generate (t0, t1, tz, c);
      g_clear_pointer (&last, g_array_unref);
      last = ticks;

      if (ticks->len <= MAX_TIME_LABELS && labels_fit (ticks, layout, t0, t1, pixels))
        return ticks;
    }

  /* Nothing fits (a very narrow chart): the sparsest ticks, which the
   * drawing thins further. */
  return last ? last : generate (t0, t1, tz, &candidates[G_N_ELEMENTS (candidates) - 1]);
}

GArray *
hearth_chart_time_ticks (gint64                  t0,
                         gint64                  t1,
                         GTimeZone              *tz,
                         const HearthChartStyle *style,
                         double                  pixels)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_val_if_fail (t0 < t1, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (pixels > 0, NULL);

  layout = _hearth_chart_create_layout (style);

  return _hearth_chart_time_ticks (layout, t0, t1, tz, pixels);
}

double
hearth_chart_nice_step (double span,
                        guint  max_ticks)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double raw;
  double magnitude;

  g_return_val_if_fail (span > 0 && isfinite (span), 1);
  g_return_val_if_fail (max_ticks > 0, 1);

  raw = span / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      /* A little slack for binary noise: 0.3 / 3 is not quite 0.1. */
      if (multiples[i] * magnitude >= raw * (1 - 1e-9))
        return multiples[i] * magnitude;
    }

  return 10 * magnitude;
}

GArray *
hearth_chart_value_ticks (double v_min,
                          double v_max,
                          double pixels,
                          double min_spacing)
{
  GArray *ticks;
  guint max_ticks;
  double step;
  int decimals;
  double first;

  g_return_val_if_fail (v_min < v_max, NULL);
  g_return_val_if_fail (pixels > 0 && min_spacing > 0, NULL);

  ticks = g_array_new (FALSE, FALSE, sizeof (HearthChartValueTick));
  g_array_set_clear_func (ticks, clear_value_tick);

  max_ticks = (guint) CLAMP (pixels / min_spacing, 1, 10);
  step = hearth_chart_nice_step (v_max - v_min, max_ticks);
  decimals = (int) MAX (0, -floor (log10 (step) + 1e-9));
  first = ceil (v_min / step - 1e-9) * step;

  for (guint i = 0; ; i++)
    {
      double v = first + i * step;
      HearthChartValueTick tick;

      if (v > v_max + step * 1e-9)
        break;
      /* No "-0". */
      if (fabs (v) < step * 1e-9)
        v = 0;
      tick.v = v;
      tick.label = g_strdup_printf ("%.*f", decimals, v);
      g_array_append_val (ticks, tick);
    }

  return ticks;
}
