/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-usec.h: instants as UTC microseconds, the one conversion to and from GDateTime.
 *
 * GLib only, header-only: used by core (storage), chart (axis and labels) and the CLI alike,
 * so that "microseconds → local date and time" is written once. Division floors, so instants
 * before 1970 keep their microseconds. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @dt as UTC microseconds since the Unix epoch. */
static inline gint64
hearth_usec_from_date_time (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

/* @usec (UTC microseconds) as a GDateTime in @tz (local when NULL); NULL when GDateTime cannot
 * hold it (outside years 1–9999). */
static inline GDateTime *
hearth_usec_to_date_time (gint64     usec,
                          GTimeZone *tz)
{
  gint64 seconds = usec / G_USEC_PER_SEC;
  gint64 rest = usec % G_USEC_PER_SEC;
  GDateTime *utc, *exact, *zoned;

  if (rest < 0)
    {
      seconds--;
      rest += G_USEC_PER_SEC;
    }
  utc = g_date_time_new_from_unix_utc (seconds);
  if (utc == NULL)
    return NULL;
  exact = g_date_time_add (utc, rest);
  g_date_time_unref (utc);
  if (exact == NULL)
    return NULL;
  if (tz == NULL)
    zoned = g_date_time_to_local (exact);
  else
    zoned = g_date_time_to_timezone (exact, tz);
  g_date_time_unref (exact);
  return zoned;
}

/* @usec in a fixed zone @utc_offset seconds east of UTC (how readings are stored). */
static inline GDateTime *
hearth_usec_to_date_time_offset (gint64 usec,
                                 int    utc_offset)
{
  GTimeZone *tz = g_time_zone_new_offset (utc_offset);
  GDateTime *dt = hearth_usec_to_date_time (usec, tz);

  g_time_zone_unref (tz);
  return dt;
}

/* The local day of @dt in its own offset: days since 1970-01-01, floored (how
 * entries' local_day columns count). */
static inline gint64
hearth_usec_local_day (GDateTime *dt)
{
  gint64 seconds = g_date_time_to_unix (dt) + g_date_time_get_utc_offset (dt) / G_TIME_SPAN_SECOND;

  return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

G_END_DECLS
