/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-medication"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-local-time.h"
#include "hearth-medication.h"

G_DEFINE_QUARK (hearth-medication-error-quark, hearth_medication_error)

#define MAX_TEXT 200

static const char * const schedule_ids[] = { "times", "interval", "as-needed" };

const char *
hearth_medication_schedule_to_string (HearthMedicationSchedule schedule)
{
  g_return_val_if_fail ((guint) schedule < G_N_ELEMENTS (schedule_ids), NULL);

  return schedule_ids[schedule];
}

gboolean
hearth_medication_schedule_from_string (const char               *text,
                                        HearthMedicationSchedule *schedule)
{
  guint index;

  if (!_HEARTH_ID_LOOKUP_STRV (text, schedule_ids, &index))
    return FALSE;
  *schedule = index;
  return TRUE;
}

HearthMedication *
hearth_medication_new (const char *profile_uuid,
                       const char *name,
                       gint64      start_day)
{
  HearthMedication *self = g_new0 (HearthMedication, 1);

  self->profile_uuid = g_strdup (profile_uuid);
  self->name = g_strdup (name);
  self->schedule = HEARTH_MEDICATION_SCHEDULE_TIMES;
  self->days_mask = HEARTH_MEDICATION_EVERY_DAY;
  self->interval_days = 1;
  self->start_day = start_day;
  self->end_day = HEARTH_MEDICATION_NO_END;
  return self;
}

HearthMedication *
hearth_medication_copy (const HearthMedication *self)
{
  HearthMedication *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->uuid = g_strdup (self->uuid);
  copy->profile_uuid = g_strdup (self->profile_uuid);
  copy->name = g_strdup (self->name);
  copy->strength = g_strdup (self->strength);
  copy->form = g_strdup (self->form);
  copy->instructions = g_strdup (self->instructions);
  return copy;
}

void
hearth_medication_free (HearthMedication *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->profile_uuid);
  g_free (self->name);
  g_free (self->strength);
  g_free (self->form);
  g_free (self->instructions);
  g_free (self);
}

void
hearth_dose_free (HearthDose *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->medication_uuid);
  g_clear_pointer (&self->scheduled_at, g_date_time_unref);
  g_clear_pointer (&self->taken_at, g_date_time_unref);
  g_free (self->reason);
  g_free (self);
}

/* Free text: valid UTF-8, one line (the CLI prints tab-separated), not too long. */
static gboolean
check_text (const char  *text,
            gboolean     required,
            int          code,
            const char  *what,
            GError     **error)
{
  if (text == NULL || text[0] == '\0')
    {
      if (!required)
        return TRUE;
      g_set_error (error, HEARTH_MEDICATION_ERROR, code, _("Enter the %s."), what);
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > MAX_TEXT)
    {
      g_set_error (error, HEARTH_MEDICATION_ERROR, code,
                   _("The %s must be text of at most %d characters."), what, MAX_TEXT);
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error (error, HEARTH_MEDICATION_ERROR, code,
                     _("The %s cannot contain tabs or line breaks."), what);
        return FALSE;
      }
  return TRUE;
}

gboolean
hearth_medication_validate (const HearthMedication  *self,
                            GError                 **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  /* Translators: completes "Enter the %s." and the other field messages. */
  if (!check_text (self->name, TRUE, HEARTH_MEDICATION_ERROR_NAME, _("name"), error) ||
      !check_text (self->strength, FALSE, HEARTH_MEDICATION_ERROR_STRENGTH, _("strength"), error) ||
      !check_text (self->form, FALSE, HEARTH_MEDICATION_ERROR_FORM, _("form"), error) ||
      !check_text (self->instructions, FALSE, HEARTH_MEDICATION_ERROR_INSTRUCTIONS, _("instructions"), error))
    return FALSE;

  if ((guint) self->schedule > HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_TIMES,
                           _("Choose how the medication is taken."));
      return FALSE;
    }
  if (self->schedule != HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
    {
      if (self->n_times == 0 || self->n_times > HEARTH_MEDICATION_MAX_TIMES)
        {
          g_set_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_TIMES,
                       _("Enter from 1 to %d times of day."), HEARTH_MEDICATION_MAX_TIMES);
          return FALSE;
        }
      for (guint i = 0; i < self->n_times; i++)
        if (self->times[i] >= 24 * 60 || (i > 0 && self->times[i] <= self->times[i - 1]))
          {
            g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_TIMES,
                                 _("Each time of day must be given once, from 00:00 to 23:59."));
            return FALSE;
          }
    }
  if (self->schedule == HEARTH_MEDICATION_SCHEDULE_TIMES &&
      (self->days_mask == 0 || self->days_mask > HEARTH_MEDICATION_EVERY_DAY))
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DAYS,
                           _("Choose at least one day of the week."));
      return FALSE;
    }
  if (self->schedule == HEARTH_MEDICATION_SCHEDULE_INTERVAL &&
      (self->interval_days < 1 || self->interval_days > 366))
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_INTERVAL,
                           _("Every how many days: from 1 to 366."));
      return FALSE;
    }
  /* Days from 1900-01-01 to 9998-12-31. */
  if (self->start_day < -25567 || self->start_day > 2932530 ||
      (self->end_day != HEARTH_MEDICATION_NO_END && self->end_day > 2932530))
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DATES,
                           _("Dates must be from 1900 to 9998."));
      return FALSE;
    }
  if (self->end_day != HEARTH_MEDICATION_NO_END && self->end_day < self->start_day)
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DATES,
                           _("The end date cannot be before the start date."));
      return FALSE;
    }
  return TRUE;
}

static int
compare_minutes (gconstpointer a,
                 gconstpointer b)
{
  return (int) *(const guint16 *) a - (int) *(const guint16 *) b;
}

gboolean
hearth_medication_set_times_text (HearthMedication  *self,
                                  const char        *text,
                                  GError           **error)
{
  g_auto(GStrv) parts = NULL;
  guint16 times[HEARTH_MEDICATION_MAX_TIMES];
  guint n = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = g_strstrip (parts[i]);
      guint hour, minute;

      if (strlen (p) != 5 || !g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != ':' ||
          !g_ascii_isdigit (p[3]) || !g_ascii_isdigit (p[4]) || n == HEARTH_MEDICATION_MAX_TIMES)
        goto invalid;
      hour = (p[0] - '0') * 10 + (p[1] - '0');
      minute = (p[3] - '0') * 10 + (p[4] - '0');
      if (hour > 23 || minute > 59)
        goto invalid;
      times[n++] = hour * 60 + minute;
    }
  if (n == 0)
    goto invalid;
  qsort (times, n, sizeof times[0], compare_minutes);
  for (guint i = 1; i < n; i++)
    if (times[i] == times[i - 1])
      goto invalid;

  memcpy (self->times, times, n * sizeof times[0]);
  self->n_times = n;
  return TRUE;

invalid:
  g_set_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_TIMES,
               _("“%s” is not a list of times such as 08:00,20:00 (at most %d, each once)."),
               text, HEARTH_MEDICATION_MAX_TIMES);
  return FALSE;
}

char *
hearth_medication_format_times (const HearthMedication *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->n_times && i < HEARTH_MEDICATION_MAX_TIMES; i++)
    g_string_append_printf (text, "%s%02u:%02u", i > 0 ? "," : "",
                            self->times[i] / 60, self->times[i] % 60);
  return g_string_free (text, FALSE);
}

gboolean
hearth_medication_is_due_on (const HearthMedication *self,
                             gint64                  day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (day < self->start_day || day > self->end_day)
    return FALSE;

  switch (self->schedule)
    {
    case HEARTH_MEDICATION_SCHEDULE_TIMES:
      /* Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is days since Monday. */
      return (self->days_mask & (1u << (((day + 3) % 7 + 7) % 7))) != 0;
    case HEARTH_MEDICATION_SCHEDULE_INTERVAL:
      return self->interval_days > 0 && (day - self->start_day) % self->interval_days == 0;
    case HEARTH_MEDICATION_SCHEDULE_AS_NEEDED:
    default:
      return FALSE;
    }
}

GDateTime *
hearth_medication_dose_instant (GTimeZone *tz,
                                gint64     day,
                                guint      minute)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (tz != NULL, NULL);
  g_return_val_if_fail (minute < 24 * 60, NULL);

  noon = g_date_time_new_from_unix_utc (day * 86400 + 12 * 3600);
  if (noon == NULL)
    return NULL;

  start = hearth_local_time_resolve (tz, g_date_time_get_year (noon), g_date_time_get_month (noon),
                                     g_date_time_get_day_of_month (noon), minute / 60, minute % 60,
                                     0, NULL, NULL);
  if (start != NULL)
    return g_steal_pointer (&start);

  /* Skipped by the clocks: as long after the day's first instant as the
   * wall clock says (02:30 on a day that jumps from 02:00 to 03:00 is
   * 03:30). */
  start = hearth_local_time_day_start (tz, g_date_time_get_year (noon), g_date_time_get_month (noon),
                                       g_date_time_get_day_of_month (noon));
  if (start == NULL)
    return NULL;
  return g_date_time_add_minutes (start, minute);
}
