/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_MEDICATION_ERROR (hearth_medication_error_quark ())

/* The code names the field the message belongs next to. */
typedef enum
{
  HEARTH_MEDICATION_ERROR_NAME,
  HEARTH_MEDICATION_ERROR_STRENGTH,
  HEARTH_MEDICATION_ERROR_FORM,
  HEARTH_MEDICATION_ERROR_TIMES,
  HEARTH_MEDICATION_ERROR_DAYS,
  HEARTH_MEDICATION_ERROR_INTERVAL,
  HEARTH_MEDICATION_ERROR_DATES,
  HEARTH_MEDICATION_ERROR_INSTRUCTIONS,
  HEARTH_MEDICATION_ERROR_DOSE_TIME,   /* when a dose was taken */
  HEARTH_MEDICATION_ERROR_NO_DOSE_DUE, /* skipping when nothing is due */
} HearthMedicationError;

GQuark hearth_medication_error_quark (void);

typedef enum
{
  HEARTH_MEDICATION_SCHEDULE_TIMES,      /* times of day on some days of the week */
  HEARTH_MEDICATION_SCHEDULE_INTERVAL,   /* times of day every N days from the start */
  HEARTH_MEDICATION_SCHEDULE_AS_NEEDED,
} HearthMedicationSchedule;

#define HEARTH_MEDICATION_MAX_TIMES 8
#define HEARTH_MEDICATION_EVERY_DAY 0x7f   /* days_mask: bit 0 Monday … bit 6 Sunday */
#define HEARTH_MEDICATION_NO_END G_MAXINT64

/* A member's medication, a plain struct like HearthWorkout. Days are local
 * day numbers (days since 1970-01-01); times are minutes after local
 * midnight, ascending. */
typedef struct
{
  char      *uuid;            /* NULL until stored */
  char      *profile_uuid;
  char      *name;
  char      *strength;        /* "500 mg", free text, may be NULL */
  char      *form;            /* "tablet", free text, may be NULL */
  HearthMedicationSchedule schedule;
  guint16    times[HEARTH_MEDICATION_MAX_TIMES];
  guint      n_times;
  guint8     days_mask;       /* SCHEDULE_TIMES */
  guint      interval_days;   /* SCHEDULE_INTERVAL, >= 1 */
  gint64     start_day;
  gint64     end_day;         /* last day taken, HEARTH_MEDICATION_NO_END while it goes on */
  char      *instructions;    /* "with food" */
  gint64     created_at;
  gint64     updated_at;
} HearthMedication;

HearthMedication *hearth_medication_new      (const char *profile_uuid,
                                              const char *name,
                                              gint64      start_day);
HearthMedication *hearth_medication_copy     (const HearthMedication *self);
void              hearth_medication_free     (HearthMedication *self);
gboolean          hearth_medication_validate (const HearthMedication *self,
                                              GError          **error);
/* Sets the times from "08:00,20:00" (HH:MM, comma-separated, any order,
 * each once). HEARTH_MEDICATION_ERROR_TIMES when they cannot be read. */
gboolean          hearth_medication_set_times_text (HearthMedication *self,
                                                    const char       *text,
                                                    GError          **error);
/* "08:00,20:00"; newly allocated. */
char             *hearth_medication_format_times (const HearthMedication *self);
/* Whether the medication has scheduled doses on local day @day. */
gboolean          hearth_medication_is_due_on (const HearthMedication *self,
                                               gint64            day);
/* The instant of the dose at @minute on @day in @tz. A time the clocks
 * skip that day (summer time starting) is due as much later as the gap is
 * long (02:30 becomes 03:30), the wall clock's elapsed time since midnight;
 * in a repeated hour, the first. NULL if the day is out of range. */
GDateTime        *hearth_medication_dose_instant (GTimeZone *tz,
                                                  gint64     day,
                                                  guint      minute);
const char       *hearth_medication_schedule_to_string   (HearthMedicationSchedule schedule);
gboolean          hearth_medication_schedule_from_string (const char *text,
                                                          HearthMedicationSchedule *schedule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthMedication, hearth_medication_free)

typedef enum
{
  HEARTH_DOSE_TAKEN,
  HEARTH_DOSE_SKIPPED,
  HEARTH_DOSE_MISSED,    /* computed: due, not marked, past the grace period */
  HEARTH_DOSE_PENDING,   /* computed: due, not marked, still within it */
} HearthDoseStatus;

/* A dose marked taken or skipped (stored), or a scheduled one computed. */
typedef struct
{
  char            *uuid;              /* NULL for a computed dose */
  char            *medication_uuid;
  HearthDoseStatus status;
  gint64           scheduled_day;     /* -1: an as-needed or extra dose */
  int              scheduled_minute;  /* -1 likewise */
  GDateTime       *scheduled_at;      /* NULL likewise */
  GDateTime       *taken_at;          /* TAKEN only */
  char            *reason;            /* SKIPPED only, may be NULL */
  gint64           created_at;
  gint64           updated_at;
} HearthDose;

void              hearth_dose_free (HearthDose *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthDose, hearth_dose_free)

G_END_DECLS
