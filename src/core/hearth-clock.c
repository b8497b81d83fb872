/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-clock"

#include "config.h"

#include "hearth-clock.h"

/* A system clock reads the wall clock in the local time zone; a fixed clock
 * answers the instant it was given (tests). This file is the only place in
 * core that reads the wall clock. */
struct _HearthClock
{
  GObject    parent_instance;

  GMutex     mutex;
  GTimeZone *timezone;
  /* NULL for a system clock. Guarded by mutex: set_fixed/advance may run
   * while a worker thread asks for "now". */
  GDateTime *fixed;
};

G_DEFINE_FINAL_TYPE (HearthClock, hearth_clock, G_TYPE_OBJECT)

static void
hearth_clock_finalize (GObject *object)
{
  HearthClock *self = (HearthClock *)object;

  g_clear_pointer (&self->fixed, g_date_time_unref);
  g_clear_pointer (&self->timezone, g_time_zone_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (hearth_clock_parent_class)->finalize (object);
}

static void
hearth_clock_class_init (HearthClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_clock_finalize;
}

static void
hearth_clock_init (HearthClock *self)
{
  g_mutex_init (&self->mutex);
}

/**
 * hearth_clock_new_system:
 *
 * Returns: (transfer full): a clock that reads the wall clock in the
 *   local time zone.
 */
HearthClock *
hearth_clock_new_system (void)
{
  HearthClock *self = g_object_new (HEARTH_TYPE_CLOCK, NULL);

  self->timezone = g_time_zone_new_local ();

  return self;
}

/**
 * hearth_clock_new_fixed:
 * @now: the instant the clock answers; its time zone becomes the clock's
 *
 * Returns: (transfer full): a clock that stands still until
 *   hearth_clock_set_fixed() or hearth_clock_advance() moves it.
 */
HearthClock *
hearth_clock_new_fixed (GDateTime *now)
{
  HearthClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_CLOCK, NULL);
  self->fixed = g_date_time_ref (now);
  self->timezone = g_time_zone_ref (g_date_time_get_timezone (now));

  return self;
}

/**
 * hearth_clock_now:
 *
 * Returns: (transfer full): "now" in the clock's time zone.
 */
GDateTime *
hearth_clock_now (HearthClock *self)
{
  GDateTime *now;

  g_return_val_if_fail (HEARTH_IS_CLOCK (self), NULL);

  g_mutex_lock (&self->mutex);
  if (self->fixed != NULL)
    now = g_date_time_ref (self->fixed);
  else
    now = g_date_time_new_now (self->timezone);
  g_mutex_unlock (&self->mutex);

  return now;
}

/**
 * hearth_clock_get_timezone:
 *
 * Returns: (transfer none): the time zone that decides local days.
 */
GTimeZone *
hearth_clock_get_timezone (HearthClock *self)
{
  g_return_val_if_fail (HEARTH_IS_CLOCK (self), NULL);

  return self->timezone;
}

/**
 * hearth_clock_set_fixed:
 * @now: the new instant; like hearth_clock_new_fixed(), its time zone
 *   becomes the clock's (so a test can "travel")
 *
 * Fixed clocks only.
 */
void
hearth_clock_set_fixed (HearthClock *self,
                        GDateTime   *now)
{
  GTimeZone *old_timezone;

  g_return_if_fail (HEARTH_IS_CLOCK (self));
  g_return_if_fail (now != NULL);
  g_return_if_fail (self->fixed != NULL);

  g_mutex_lock (&self->mutex);
  g_date_time_ref (now);
  g_clear_pointer (&self->fixed, g_date_time_unref);
  self->fixed = now;
  /* A zone returned earlier by hearth_clock_get_timezone() (transfer none)
   * stays valid until the clock is given an instant in another zone. */
  old_timezone = self->timezone;
  self->timezone = g_time_zone_ref (g_date_time_get_timezone (now));
  g_mutex_unlock (&self->mutex);

  g_time_zone_unref (old_timezone);
}

/**
 * hearth_clock_advance:
 * @span: microseconds to move "now" by (may be negative)
 *
 * Fixed clocks only.
 */
void
hearth_clock_advance (HearthClock *self,
                      GTimeSpan    span)
{
  GDateTime *moved;

  g_return_if_fail (HEARTH_IS_CLOCK (self));
  g_return_if_fail (self->fixed != NULL);

  g_mutex_lock (&self->mutex);
  moved = g_date_time_add (self->fixed, span);
  if (moved != NULL)
    {
      g_date_time_unref (self->fixed);
      self->fixed = moved;
    }
  g_mutex_unlock (&self->mutex);

  g_return_if_fail (moved != NULL);
}
