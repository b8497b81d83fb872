/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-local-time"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-local-time.h"
#include "hearth-reading.h"

/* Wall-clock times are handled as "local seconds": the Unix time the same
 * date and time would have in UTC. An instant u shows local seconds
 * u + offset(u). A local time L exists once for each offset o with
 * offset(L − o) = o. Transitions in real zones are months apart, so the
 * offsets a day either side of L are all the candidates there are. */

#define DAY_SECONDS (24 * 60 * 60)

/* Seconds east of UTC in @tz at the Unix time @utc. */
static gint32
offset_at (GTimeZone *tz,
           gint64     utc)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, utc);

  return g_time_zone_get_offset (tz, interval);
}

/* The first Unix time in (@before, @after] whose offset is @after's;
 * @before's offset differs from it. */
static gint64
find_transition (GTimeZone *tz,
                 gint64     before,
                 gint64     after)
{
  gint32 target = offset_at (tz, after);

  g_assert (offset_at (tz, before) != target);

  while (after - before > 1)
    {
      gint64 middle = before + (after - before) / 2;

      if (offset_at (tz, middle) == target)
        after = middle;
      else
        before = middle;
    }

  return after;
}

/* "02:00" for local seconds. */
static char *
format_clock (gint64 local)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (local);

  return g_date_time_format (dt, "%H:%M");
}

/* "29 March 2026" for a calendar date. */
static char *
format_day (int year,
            int month,
            int day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, 0, 0, 0);

  /* Translators: a day in a sentence about summer time, "29 March 2026";
   * see g_date_time_format() for the codes. */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

/* "+01:00" */
static char *
format_offset (gint32 offset)
{
  gint32 minutes = ABS (offset) / 60;

  return g_strdup_printf ("%c%02d:%02d", offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
}

/* The instants (Unix times) at which local seconds @local happen, earliest
 * first; returns how many (0, 1 or 2). */
static guint
find_instants (GTimeZone *tz,
               gint64     local,
               gint64     instants[2])
{
  gint32 candidates[3];
  guint n = 0;

  candidates[0] = offset_at (tz, local - DAY_SECONDS);
  candidates[1] = offset_at (tz, local);
  candidates[2] = offset_at (tz, local + DAY_SECONDS);

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      gint64 utc = local - candidates[i];
      gboolean seen = FALSE;

      if (offset_at (tz, utc) != candidates[i])
        continue;
      for (guint j = 0; j < n; j++)
        seen |= instants[j] == utc;
      if (seen)
        continue;

      if (n == 2)
        g_return_val_if_reached (n);
      instants[n++] = utc;
    }

  if (n == 2 && instants[1] < instants[0])
    {
      gint64 first = instants[1];

      instants[1] = instants[0];
      instants[0] = first;
    }

  return n;
}

/* Unix time @utc (plus @fraction of a second) in @tz; NULL when @tz's
 * local time there is outside years 1–9999. Reached from the epoch in @tz,
 * not through UTC: GDateTime's limits are on local time, so 0001-01-01
 * 00:00 east of UTC (year 0 in UTC) and 9999-12-31 23:00 west of it
 * (year 10000 in UTC) exist. */
static GDateTime *
instant_in (GTimeZone *tz,
            gint64     utc,
            double     fraction)
{
  g_autoptr(GDateTime) epoch = g_date_time_new_from_unix_utc (0);
  g_autoptr(GDateTime) anchor = g_date_time_to_timezone (epoch, tz);

  /* Years 1–9999 are ±3.2e17 µs from the epoch: no overflow. */
  if (anchor == NULL || utc < -62135596800 - DAY_SECONDS || utc > 253402300799 + DAY_SECONDS)
    return NULL;

  return g_date_time_add (anchor, utc * G_USEC_PER_SEC + (GTimeSpan) llround (fraction * G_USEC_PER_SEC));
}

/* Whether GDateTime holds Unix time @utc in UTC too (how instants are
 * stored and read back: hearth-usec.h). */
static gboolean
holds_in_utc (gint64 utc)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (utc);

  return dt != NULL;
}

/* Local seconds of a wall-clock date and time; FALSE if it is none. */
static gboolean
local_seconds (int     year,
               int     month,
               int     day,
               int     hour,
               int     minute,
               int     second,
               gint64 *local)
{
  g_autoptr(GDateTime) dt = NULL;

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year) ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return FALSE;

  dt = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (dt == NULL)
    return FALSE;

  *local = g_date_time_to_unix (dt);
  return TRUE;
}

static void
set_invalid (GError **error)
{
  g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                       _("This is not a valid date and time"));
}

GDateTime *
hearth_local_time_resolve (GTimeZone  *tz,
                           int         year,
                           int         month,
                           int         day,
                           int         hour,
                           int         minute,
                           double      seconds,
                           char      **note,
                           GError    **error)
{
  g_autofree char *typed = NULL;
  g_autofree char *date = NULL;
  GDateTime *result;
  gint64 instants[2];
  gint64 local;
  double whole;
  guint n;

  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (note != NULL)
    *note = NULL;

  whole = isfinite (seconds) ? floor (seconds) : -1;
  if (!local_seconds (year, month, day, hour, minute, (int) CLAMP (whole, -1, 60), &local))
    {
      set_invalid (error);
      return NULL;
    }

  n = find_instants (tz, local, instants);
  typed = g_strdup_printf ("%02d:%02d", hour, minute);
  date = format_day (year, month, day);

  if (n == 0)
    {
      gint64 start = find_transition (tz, local - DAY_SECONDS, local + DAY_SECONDS);
      g_autofree char *from = format_clock (start + offset_at (tz, start - 1));
      g_autofree char *to = format_clock (start + offset_at (tz, start));

      /* Translators: "02:30 does not exist on 29 March 2026: clocks moved
       * forward from 02:00 to 03:00." */
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_TIME,
                   _("%s does not exist on %s: clocks moved forward from %s to %s."),
                   typed, date, from, to);
      return NULL;
    }

  if (n == 2 && note != NULL)
    {
      gint64 change = find_transition (tz, instants[0], instants[1]);
      g_autofree char *from = format_clock (change + offset_at (tz, change - 1));
      g_autofree char *to = format_clock (change + offset_at (tz, change));
      g_autofree char *first = format_offset (offset_at (tz, instants[0]));
      g_autofree char *second = format_offset (offset_at (tz, instants[1]));

      /* Translators: "02:30 happened twice on 25 October 2026: clocks went
       * back from 03:00 to 02:00. The first 02:30 (UTC+02:00) was taken;
       * give the offset +01:00 for the second." */
      *note = g_strdup_printf (_("%s happened twice on %s: clocks went back from %s to %s. "
                                 "The first %s (UTC%s) was taken; give the offset %s for the second."),
                               typed, date, from, to, typed, first, second);
    }

  /* Past what GDateTime holds once the offset is applied (years 1 and
   * 9999): a reading there could not be read back. */
  result = holds_in_utc (instants[0]) ? instant_in (tz, instants[0], seconds - whole) : NULL;
  if (result == NULL)
    {
      if (note != NULL)
        g_clear_pointer (note, g_free);
      set_invalid (error);
    }

  return result;
}

GDateTime *
hearth_local_time_day_start (GTimeZone *tz,
                             int        year,
                             int        month,
                             int        day)
{
  gint64 instants[2];
  gint64 local;

  g_return_val_if_fail (tz != NULL, NULL);

  if (!local_seconds (year, month, day, 0, 0, 0, &local))
    return NULL;

  if (find_instants (tz, local, instants) > 0)
    return instant_in (tz, instants[0], 0);

  /* Midnight skipped: the day starts when the clocks land after the gap. */
  return instant_in (tz, find_transition (tz, local - DAY_SECONDS, local + DAY_SECONDS), 0);
}
