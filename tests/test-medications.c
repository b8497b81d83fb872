/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-medications"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-core.h"
#include "hearth-medication.h"
#include "hearth-adherence.h"
#include "hearth-store-medications.h"
#include "store-fixture.h"
#include "hearth-store-private.h"
#include "hearth-store-move-private.h"

/* Medications, doses and adherence; across midnight and the start of
 * summer time in Europe/Berlin (2026-03-29, 02:00 → 03:00). */

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (tz);
  return tz;
}

static GDateTime *
berlin_at (int mo, int d, int h, int mi)
{
  g_autoptr(GTimeZone) tz = berlin ();
  GDateTime *dt = g_date_time_new (tz, 2026, mo, d, h, mi, 0);

  g_assert_nonnull (dt);
  return dt;
}

static gint64
local_day (int mo, int d)
{
  return day_of (2026, mo, d);
}

static void
assert_invalid (HearthMedication *medication,
                int               code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_medication_validate (medication, &error));
  g_assert_error (error, HEARTH_MEDICATION_ERROR, code);
}

static void
test_medications_validate (void)
{
  g_autoptr(HearthMedication) medication = hearth_medication_new ("p", "Metformin", local_day (3, 1));
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;

  /* A scheduled medication needs times. */
  assert_invalid (medication, HEARTH_MEDICATION_ERROR_TIMES);
  g_assert_true (hearth_medication_set_times_text (medication, "20:00, 08:00", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (medication->n_times, ==, 2);
  g_assert_cmpuint (medication->times[0], ==, 8 * 60);
  shown = hearth_medication_format_times (medication);
  g_assert_cmpstr (shown, ==, "08:00,20:00");
  g_assert_true (hearth_medication_validate (medication, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 5; i++)
    {
      static const char * const bad[] = { "24:00", "8:00", "08:00,08:00", "", "08:60" };

      g_assert_false (hearth_medication_set_times_text (medication, bad[i], &error));
      g_assert_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_TIMES);
      g_clear_error (&error);
      g_assert_cmpuint (medication->n_times, ==, 2);  /* unchanged */
    }

  medication->days_mask = 0;
  assert_invalid (medication, HEARTH_MEDICATION_ERROR_DAYS);
  medication->days_mask = HEARTH_MEDICATION_EVERY_DAY;
  medication->schedule = HEARTH_MEDICATION_SCHEDULE_INTERVAL;
  medication->interval_days = 0;
  assert_invalid (medication, HEARTH_MEDICATION_ERROR_INTERVAL);
  medication->interval_days = 2;
  medication->end_day = medication->start_day - 1;
  assert_invalid (medication, HEARTH_MEDICATION_ERROR_DATES);
  medication->end_day = HEARTH_MEDICATION_NO_END;
  g_free (medication->name);
  medication->name = g_strdup ("Met\tformin");
  assert_invalid (medication, HEARTH_MEDICATION_ERROR_NAME);
  g_free (medication->name);
  medication->name = g_strdup ("");
  assert_invalid (medication, HEARTH_MEDICATION_ERROR_NAME);
  g_free (medication->name);
  medication->name = g_strdup ("Metformin");

  /* As needed: no times. */
  medication->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  medication->n_times = 0;
  g_assert_true (hearth_medication_validate (medication, NULL));
}

static void
test_medications_due (void)
{
  g_autoptr(HearthMedication) medication = hearth_medication_new ("p", "X", local_day (3, 2));

  /* 2026-03-02 is a Monday. Monday, Wednesday, Friday. */
  medication->days_mask = 1 | 4 | 16;
  g_assert_true (hearth_medication_is_due_on (medication, local_day (3, 2)));
  g_assert_false (hearth_medication_is_due_on (medication, local_day (3, 3)));
  g_assert_true (hearth_medication_is_due_on (medication, local_day (3, 4)));
  g_assert_true (hearth_medication_is_due_on (medication, local_day (3, 6)));
  g_assert_false (hearth_medication_is_due_on (medication, local_day (3, 8)));
  g_assert_true (hearth_medication_is_due_on (medication, local_day (3, 9)));
  g_assert_false (hearth_medication_is_due_on (medication, local_day (2, 27)));  /* before the start */
  medication->end_day = local_day (3, 6);
  g_assert_false (hearth_medication_is_due_on (medication, local_day (3, 9)));   /* after the end */

  /* Every third day from the start. */
  medication->end_day = HEARTH_MEDICATION_NO_END;
  medication->schedule = HEARTH_MEDICATION_SCHEDULE_INTERVAL;
  medication->interval_days = 3;
  g_assert_true (hearth_medication_is_due_on (medication, local_day (3, 2)));
  g_assert_false (hearth_medication_is_due_on (medication, local_day (3, 3)));
  g_assert_false (hearth_medication_is_due_on (medication, local_day (3, 4)));
  g_assert_true (hearth_medication_is_due_on (medication, local_day (3, 5)));
  g_assert_true (hearth_medication_is_due_on (medication, local_day (4, 1)));  /* 30 days on */

  medication->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  g_assert_false (hearth_medication_is_due_on (medication, local_day (3, 2)));
}

static void
test_medications_dose_instant_dst (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) skipped = hearth_medication_dose_instant (tz, local_day (3, 29), 2 * 60 + 30);
  g_autoptr(GDateTime) morning = hearth_medication_dose_instant (tz, local_day (3, 29), 8 * 60);
  g_autoptr(GDateTime) winter = hearth_medication_dose_instant (tz, local_day (3, 28), 8 * 60);
  g_autoptr(GDateTime) repeated = hearth_medication_dose_instant (tz, day_of (2026, 10, 25), 2 * 60 + 30);
  g_autoptr(GDateTime) expected = g_date_time_new_utc (2026, 3, 29, 1, 30, 0);

  /* 02:30 does not exist on 29 March: due at 03:30 summer time (01:30 UTC). */
  g_assert_cmpint (g_date_time_to_unix (skipped), ==, g_date_time_to_unix (expected));
  g_assert_cmpint (g_date_time_get_hour (skipped), ==, 3);
  g_assert_cmpint (g_date_time_get_minute (skipped), ==, 30);
  g_assert_cmpint (g_date_time_get_utc_offset (skipped), ==, 2 * G_TIME_SPAN_HOUR);
  /* 08:00 either side of the change is 08:00 on the wall. */
  g_assert_cmpint (g_date_time_get_hour (morning), ==, 8);
  g_assert_cmpint (g_date_time_get_utc_offset (morning), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (winter), ==, 1 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_to_unix (morning) - g_date_time_to_unix (winter), ==, 23 * 3600);
  /* 02:30 twice on 25 October: the first (summer time). */
  g_assert_cmpint (g_date_time_get_utc_offset (repeated), ==, 2 * G_TIME_SPAN_HOUR);
}

static HearthMedication *
add_medication (Fixture    *f,
                const char *profile_uuid,
                const char *name,
                const char *times,
                gint64      start_day)
{
  g_autoptr(HearthMedication) medication = hearth_medication_new (profile_uuid, name, start_day);
  g_autoptr(GError) error = NULL;

  if (times != NULL)
    ASSERT_OK (hearth_medication_set_times_text (medication, times, &error));
  else
    medication->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  ASSERT_OK (hearth_store_add_medication (f->store, medication, &error));
  return g_steal_pointer (&medication);
}

static char *
take (Fixture    *f,
      const char *medication_uuid,
      GDateTime  *at)
{
  g_autoptr(HearthDose) dose = NULL;
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_take_dose (f->store, medication_uuid, at, &dose, &error));
  g_assert_cmpint (dose->status, ==, HEARTH_DOSE_TAKEN);
  return g_strdup (dose->uuid);
}

static void
setup_berlin (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) now = berlin_at (3, 20, 12, 0);

  fixture_setup_at (f, now);
}

static void
test_medications_store (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthMedication) metformin = NULL;
  g_autoptr(HearthMedication) twice = hearth_medication_new (uuid, "METFORMIN", local_day (3, 1));
  g_autoptr(HearthMedication) found = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  HearthMedication *back;

  metformin = hearth_medication_new (uuid, "Metformin", local_day (3, 1));
  metformin->strength = g_strdup ("500 mg");
  metformin->form = g_strdup ("tablet");
  metformin->instructions = g_strdup ("with food");
  metformin->days_mask = 1 | 16;
  ASSERT_OK (hearth_medication_set_times_text (metformin, "08:00,20:00", &error));
  ASSERT_OK (hearth_store_add_medication (f->store, metformin, &error));
  g_assert_true (g_uuid_string_is_valid (metformin->uuid));
  g_assert_cmpint (metformin->created_at, >, 0);

  /* The same name again (any case) is refused. */
  ASSERT_OK (hearth_medication_set_times_text (twice, "09:00", &error));
  g_assert_false (hearth_store_add_medication (f->store, twice, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  fixture_reopen (f);
  found = hearth_store_find_medication (f->store, uuid, "metFORMIN", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->uuid, ==, metformin->uuid);
  g_assert_cmpstr (found->strength, ==, "500 mg");
  g_assert_cmpstr (found->form, ==, "tablet");
  g_assert_cmpstr (found->instructions, ==, "with food");
  g_assert_cmpuint (found->days_mask, ==, 1 | 16);
  g_assert_cmpuint (found->n_times, ==, 2);
  g_assert_cmpuint (found->times[1], ==, 20 * 60);
  g_assert_cmpint (found->start_day, ==, local_day (3, 1));
  g_assert_true (found->end_day == HEARTH_MEDICATION_NO_END);
  g_assert_null (hearth_store_find_medication (f->store, uuid, "Aspirin", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A stop before the start, or past the calendar, is refused; the list still reads. */
  g_assert_false (hearth_store_stop_medication (f->store, metformin->uuid, local_day (2, 27), &error));
  g_assert_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DATES);
  g_clear_error (&error);
  g_assert_false (hearth_store_stop_medication (f->store, metformin->uuid, day_of (9999, 12, 31), &error));
  g_assert_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DATES);
  g_clear_error (&error);
  list = hearth_store_list_medications (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (((HearthMedication *) list->pdata[0])->end_day == HEARTH_MEDICATION_NO_END);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Stopped: still listed, with its last day. */
  ASSERT_OK (hearth_store_stop_medication (f->store, metformin->uuid, local_day (3, 20), &error));
  list = hearth_store_list_medications (f->store, uuid, &error);
  g_assert_cmpuint (list->len, ==, 1);
  back = list->pdata[0];
  g_assert_cmpint (back->end_day, ==, local_day (3, 20));
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Soft delete and undo. */
  ASSERT_OK (hearth_store_delete_medication (f->store, metformin->uuid, &error));
  list = hearth_store_list_medications (f->store, uuid, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  ASSERT_OK (hearth_store_undelete_medication (f->store, metformin->uuid, &error));
  list = hearth_store_list_medications (f->store, uuid, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM medications"), ==, 1);
}

/* Now: 2026-03-20 12:00 in Berlin (winter time). */
static void
test_medications_adherence_midnight (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthMedication) late = add_medication (f, uuid, "Late", "23:30", local_day (3, 14));
  g_autoptr(HearthMedication) early = add_medication (f, uuid, "Early", "00:15", local_day (3, 14));
  g_autoptr(GDateTime) after_midnight = berlin_at (3, 20, 0, 30);
  g_autoptr(GDateTime) on_18th = berlin_at (3, 18, 23, 0);
  g_autoptr(GDateTime) before_midnight = berlin_at (3, 16, 23, 50);
  g_autoptr(GPtrArray) doses = NULL;
  g_autoptr(GPtrArray) per = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dose_19th = NULL;
  g_autofree char *dose_18th = NULL;
  g_autofree char *dose_17th = NULL;
  HearthAdherence overall;
  HearthDose *dose;

  /* 00:30 on the 20th answers the 19th's 23:30 dose, on time. */
  dose_19th = take (f, late->uuid, after_midnight);
  dose_18th = take (f, late->uuid, on_18th);
  /* 23:50 on the 16th answers the 17th's 00:15 dose. */
  dose_17th = take (f, early->uuid, before_midnight);

  doses = hearth_store_list_doses (f->store, late->uuid, local_day (3, 19), local_day (3, 20), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (doses->len, ==, 2);
  dose = doses->pdata[0];
  g_assert_cmpstr (dose->uuid, ==, dose_19th);
  g_assert_cmpint (dose->scheduled_day, ==, local_day (3, 19));
  g_assert_cmpint (dose->status, ==, HEARTH_DOSE_TAKEN);
  g_assert_true (g_date_time_equal (dose->taken_at, after_midnight));
  dose = doses->pdata[1];
  g_assert_cmpint (dose->scheduled_day, ==, local_day (3, 20));
  g_assert_cmpint (dose->status, ==, HEARTH_DOSE_PENDING);  /* tonight */
  g_clear_pointer (&doses, g_ptr_array_unref);

  doses = hearth_store_list_doses (f->store, early->uuid, local_day (3, 16), local_day (3, 17), &error);
  g_assert_cmpint (((HearthDose *) doses->pdata[0])->status, ==, HEARTH_DOSE_MISSED);
  g_assert_cmpint (((HearthDose *) doses->pdata[1])->status, ==, HEARTH_DOSE_TAKEN);
  g_assert_cmpstr (((HearthDose *) doses->pdata[1])->uuid, ==, dose_17th);

  /* Late: 14th–19th decided (6), two taken. Early: 14th–20th (7), one taken. */
  ASSERT_OK (hearth_store_get_adherence (f->store, uuid, 7, &per, &overall, &error));
  g_assert_cmpuint (per->len, ==, 2);
  for (guint i = 0; i < per->len; i++)
    {
      HearthMedicationAdherence *entry = per->pdata[i];

      if (g_strcmp0 (entry->medication_uuid, late->uuid) == 0)
        {
          g_assert_cmpuint (entry->adherence.scheduled, ==, 6);
          g_assert_cmpuint (entry->adherence.taken, ==, 2);
          g_assert_cmpuint (entry->adherence.missed, ==, 4);
        }
      else
        {
          g_assert_cmpstr (entry->medication_uuid, ==, early->uuid);
          g_assert_cmpuint (entry->adherence.scheduled, ==, 7);
          g_assert_cmpuint (entry->adherence.taken, ==, 1);
          g_assert_cmpuint (entry->adherence.missed, ==, 6);
        }
    }
  g_assert_cmpuint (overall.scheduled, ==, 13);
  g_assert_cmpuint (overall.taken, ==, 3);
  g_assert_cmpfloat_with_epsilon (overall.ratio, 3.0 / 13, 1e-12);

  /* Undo of "taken": the dose is missed again; and back. */
  ASSERT_OK (hearth_store_delete_dose (f->store, dose_19th, &error));
  ASSERT_OK (hearth_store_get_adherence (f->store, uuid, 7, NULL, &overall, &error));
  g_assert_cmpuint (overall.taken, ==, 2);
  g_assert_cmpuint (overall.missed, ==, 11);
  ASSERT_OK (hearth_store_undelete_dose (f->store, dose_19th, &error));
  ASSERT_OK (hearth_store_get_adherence (f->store, uuid, 7, NULL, &overall, &error));
  g_assert_cmpuint (overall.taken, ==, 3);

  /* Marked again after an undo: the undo of the undo is refused. */
  ASSERT_OK (hearth_store_delete_dose (f->store, dose_19th, &error));
  g_free (take (f, late->uuid, after_midnight));
  g_assert_false (hearth_store_undelete_dose (f->store, dose_19th, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM doses WHERE deleted_at IS NULL"), ==, 3);
}

static void
setup_after_dst (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = berlin_at (3, 31, 12, 0);

  fixture_setup_at (f, now);
}

/* Now: 2026-03-31 12:00 in Berlin (summer time since the 29th). */
static void
test_medications_adherence_dst (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthMedication) metformin = add_medication (f, uuid, "Metformin", "02:30,08:00", local_day (3, 25));
  g_autoptr(HearthMedication) vitamin = add_medication (f, uuid, "Vitamin D", "09:00", local_day (3, 30));
  g_autoptr(HearthMedication) ibuprofen = add_medication (f, uuid, "Ibuprofen", NULL, local_day (3, 1));
  g_autoptr(GPtrArray) per = NULL;
  g_autoptr(GPtrArray) as_needed = NULL;
  g_autoptr(GError) error = NULL;
  HearthAdherence overall, month;

  for (int d = 25; d <= 31; d++)
    {
      g_autoptr(GDateTime) night = d == 29 ? berlin_at (3, 29, 3, 35) : berlin_at (3, d, 2, 40);
      g_autoptr(GDateTime) morning = berlin_at (3, d, d == 30 ? 11 : 8, d == 30 ? 0 : 10);

      if (d != 28)
        g_free (take (f, metformin->uuid, night));   /* the 28th's is missed */
      if (d == 27)
        {
          g_autoptr(HearthDose) skipped = NULL;

          ASSERT_OK (hearth_store_skip_dose (f->store, metformin->uuid, morning, "nausea", &skipped, &error));
          g_assert_cmpint (skipped->status, ==, HEARTH_DOSE_SKIPPED);
          g_assert_cmpint (skipped->scheduled_minute, ==, 8 * 60);
          g_assert_cmpstr (skipped->reason, ==, "nausea");
        }
      else
        g_free (take (f, metformin->uuid, morning));   /* the 30th's at 11:00: late */
    }
  {
    g_autoptr(GDateTime) at = berlin_at (3, 30, 9, 0);
    g_autoptr(GDateTime) pain = berlin_at (3, 31, 10, 0);
    g_autoptr(GPtrArray) doses = NULL;

    g_free (take (f, vitamin->uuid, at));   /* the 31st's is missed */
    g_free (take (f, ibuprofen->uuid, pain));

    /* The 29th's 02:30 is due at 03:30 summer time: 03:35 answers it, on time. */
    doses = hearth_store_list_doses (f->store, metformin->uuid, local_day (3, 29), local_day (3, 29), &error);
    g_assert_cmpuint (doses->len, ==, 2);
    g_assert_cmpint (((HearthDose *) doses->pdata[0])->status, ==, HEARTH_DOSE_TAKEN);
    g_assert_cmpint (g_date_time_get_hour (((HearthDose *) doses->pdata[0])->scheduled_at), ==, 3);
  }

  ASSERT_OK (hearth_store_get_adherence (f->store, uuid, 7, &per, &overall, &error));
  g_assert_cmpuint (per->len, ==, 2);  /* as needed has no adherence */
  {
    HearthMedicationAdherence *m = per->pdata[0];  /* by name: Metformin, Vitamin D */

    g_assert_cmpstr (m->medication_uuid, ==, metformin->uuid);
    g_assert_cmpuint (m->adherence.scheduled, ==, 14);
    g_assert_cmpuint (m->adherence.taken, ==, 11);
    g_assert_cmpuint (m->adherence.taken_late, ==, 1);
    g_assert_cmpuint (m->adherence.skipped, ==, 1);
    g_assert_cmpuint (m->adherence.missed, ==, 1);
    g_assert_cmpfloat_with_epsilon (m->adherence.ratio, 11.0 / 14, 1e-12);
    m = per->pdata[1];
    g_assert_cmpstr (m->medication_uuid, ==, vitamin->uuid);
    g_assert_cmpuint (m->adherence.scheduled, ==, 2);
    g_assert_cmpuint (m->adherence.taken, ==, 1);
  }
  g_assert_cmpuint (overall.scheduled, ==, 16);
  g_assert_cmpuint (overall.taken, ==, 12);
  g_assert_cmpfloat_with_epsilon (overall.ratio, 0.75, 1e-12);

  /* 30 days: nothing was scheduled before the 25th. */
  ASSERT_OK (hearth_store_get_adherence (f->store, uuid, 30, NULL, &month, &error));
  g_assert_cmpuint (month.scheduled, ==, 16);
  g_assert_cmpuint (month.taken, ==, 12);

  /* The as-needed dose is listed on its day. */
  as_needed = hearth_store_list_doses (f->store, ibuprofen->uuid, local_day (3, 31), local_day (3, 31), &error);
  g_assert_cmpuint (as_needed->len, ==, 1);
  g_assert_null (((HearthDose *) as_needed->pdata[0])->scheduled_at);
}

static void
test_medications_bad_doses (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthMedication) monday = hearth_medication_new (uuid, "Weekly", local_day (3, 1));
  g_autoptr(HearthMedication) ibuprofen = add_medication (f, uuid, "Ibuprofen", NULL, local_day (3, 1));
  g_autoptr(GDateTime) later = berlin_at (3, 20, 13, 30);
  g_autoptr(GDateTime) thursday = berlin_at (3, 19, 9, 0);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_medication_set_times_text (monday, "08:00", &error));
  monday->days_mask = 1;
  ASSERT_OK (hearth_store_add_medication (f->store, monday, &error));

  /* A dose still to come cannot be marked. */
  g_assert_false (hearth_store_take_dose (f->store, monday->uuid, later, NULL, &error));
  g_assert_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DOSE_TIME);
  g_clear_error (&error);
  /* Nothing due on a Thursday to skip; nothing to skip when taken as needed. */
  g_assert_false (hearth_store_skip_dose (f->store, monday->uuid, thursday, NULL, NULL, &error));
  g_assert_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_NO_DOSE_DUE);
  g_clear_error (&error);
  g_assert_false (hearth_store_skip_dose (f->store, ibuprofen->uuid, thursday, NULL, NULL, &error));
  g_assert_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_NO_DOSE_DUE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM doses"), ==, 0);

  /* A deleted medication takes no doses. */
  ASSERT_OK (hearth_store_delete_medication (f->store, ibuprofen->uuid, &error));
  g_assert_false (hearth_store_take_dose (f->store, ibuprofen->uuid, thursday, NULL, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

typedef struct
{
  const char *profile_uuid;
  gboolean    fail;
} WriteData;

/* A medication and its first dose as one change. */
static gboolean
write_medication_and_dose (HearthStore  *store,
                           gpointer      user_data,
                           GError      **error)
{
  WriteData *data = user_data;
  g_autoptr(HearthMedication) medication = hearth_medication_new (data->profile_uuid, "Atenolol", local_day (3, 19));
  g_autoptr(GDateTime) at = berlin_at (3, 20, 8, 5);

  if (!hearth_medication_set_times_text (medication, "08:00", error) ||
      !hearth_store_add_medication (store, medication, error) ||
      !hearth_store_take_dose (store, medication->uuid, at, NULL, error))
    return FALSE;
  if (data->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
      return FALSE;
    }
  return TRUE;
}

static void
test_medications_write (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  WriteData write = { hearth_profile_get_uuid (ada), TRUE };
  g_autoptr(GError) error = NULL;
  guint changes = f->readings_changed;

  /* All or nothing, and no signal for what was rolled back. */
  g_assert_false (hearth_store_write (f->store, write_medication_and_dose, &write, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM medications"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM doses"), ==, 0);
  g_assert_cmpuint (f->readings_changed, ==, changes);

  write.fail = FALSE;
  ASSERT_OK (hearth_store_write (f->store, write_medication_and_dose, &write, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM medications"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM doses WHERE scheduled_minute = 480"), ==, 1);
  g_assert_cmpuint (f->readings_changed, ==, changes + 1);  /* once, after the commit */
}

/* Every query walks an index, never a table (ten years of a family). */
static void
assert_query_plans (Fixture             *f,
                    const char * const  *queries)
{
  sqlite3 *db = _hearth_store_get_db (f->store);

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s\n-> %s", queries[i], plan->str);
      g_assert_nonnull (strstr (plan->str, "USING"));
      g_assert_false (g_str_has_prefix (plan->str, "SCAN "));
      g_assert_null (strstr (plan->str, "\nSCAN "));
      /* A medication's doses are read a range at a time, not all of them. */
      g_assert_null (strstr (plan->str, "(medication_id=?)"));
    }
}

static void
test_query_plans (Fixture       *f,
                  gconstpointer  data)
{
  assert_query_plans (f, _hearth_store_medications_queries_for_testing ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/medications/validate", test_medications_validate);
  g_test_add_func ("/hearth/medications/due", test_medications_due);
  g_test_add_func ("/hearth/medications/dose-instant-dst", test_medications_dose_instant_dst);
#define ADD(path, setup, func) \
  g_test_add ("/hearth/medications/" path, Fixture, NULL, setup, func, fixture_teardown)
  ADD ("store", setup_berlin, test_medications_store);
  ADD ("adherence-midnight", setup_berlin, test_medications_adherence_midnight);
  ADD ("adherence-dst", setup_after_dst, test_medications_adherence_dst);
  ADD ("bad-doses", setup_berlin, test_medications_bad_doses);
  ADD ("write", setup_berlin, test_medications_write);
#undef ADD

  g_test_add ("/hearth/medications/query-plans", Fixture, NULL, fixture_setup, test_query_plans, fixture_teardown);

  return g_test_run ();
}
