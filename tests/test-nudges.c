/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-nudges"

#include "config.h"

#include <math.h>

#include "hearth-store-exercise.h"
#include "store-fixture.h"

/* Nudges replayed over scripted histories with a fixed clock (30 Sep 2024,
 * 12:00 UTC, a Monday): the day each rule fires, that it does not fire
 * the day after, one a day by priority, quiet hours, skip days and a
 * severe reading silencing them. Days are UTC days (the clock's zone). */

#define NOON (12 * 60)

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 9, 30, 12, 0, 0);

  fixture_setup_at (f, now);
}

static gint64
sep (int d)
{
  return day_of (2024, 9, d);
}

static GDateTime *
at (gint64 day,
    int    hour)
{
  return g_date_time_new_from_unix_utc (day * 86400 + hour * 3600);
}

static gint64
member_id (Fixture       *f,
           HearthProfile *profile)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM profiles WHERE uuid = '%s'",
                                          hearth_profile_get_uuid (profile));

  return query_int (f, sql);
}

static void
bp_on (Fixture       *f,
       HearthProfile *profile,
       gint64         day,
       double         systolic,
       double         diastolic)
{
  g_autoptr(GDateTime) when = at (day, 8);
  g_autofree char *uuid = add_bp (f, hearth_profile_get_uuid (profile), when, systolic, diastolic);
}

static void
weight_on (Fixture       *f,
           HearthProfile *profile,
           gint64         day)
{
  g_autoptr(GDateTime) when = at (day, 7);
  g_autofree char *uuid = add_weight (f, hearth_profile_get_uuid (profile), when, 70, NAN);
}

static void
workout_on (Fixture       *f,
            HearthProfile *profile,
            gint64         day,
            int            minutes)
{
  g_autoptr(GDateTime) when = at (day, 17);
  g_autoptr(HearthWorkout) workout = hearth_workout_new (hearth_profile_get_uuid (profile), "walking-brisk",
                                                         when, minutes * 60);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_workout (f->store, workout, &error));
}

static void
steps_on (Fixture       *f,
          HearthProfile *profile,
          gint64         day,
          int            steps)
{
  g_autoptr(GDateTime) when = at (day, 0);
  g_autoptr(HearthReading) reading = hearth_reading_new_steps (when, steps);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (profile));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static void
skip_on (Fixture       *f,
         HearthProfile *profile,
         gint64         day)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO skip_days (uuid, profile_id, local_day, created_at, updated_at) "
    "VALUES ('skip-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1, 1)",
    member_id (f, profile), day, member_id (f, profile), day);

  exec_sql (f, sql);
}

static void
add_goal (Fixture       *f,
          HearthProfile *profile,
          const char    *metric,
          double         target,
          const char    *cadence,
          gint64         start_day)
{
  static guint n;
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, cadence, start_day, "
    "created_at, updated_at) VALUES ('goal-%u', %" G_GINT64_FORMAT ", 'habit', '%s', 'at-least', %g, '%s', "
    "%" G_GINT64_FORMAT ", 1, 1)",
    ++n, member_id (f, profile), metric, target, cadence, start_day);

  exec_sql (f, sql);
}

/* The main goal, and the day the member was added. */
static void
set_main_goal (Fixture       *f,
               HearthProfile *profile,
               const char    *goal,
               gint64         added_day)
{
  g_autofree char *sql = g_strdup_printf (
    "UPDATE profiles SET main_goal = '%s', created_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
    goal, added_day * 86400 * G_USEC_PER_SEC + 9 * G_TIME_SPAN_HOUR, member_id (f, profile));

  exec_sql (f, sql);
}

/* The nudge's id on @day at @minute with the default quiet hours, or NULL. */
static char *
nudge_at (Fixture       *f,
          HearthProfile *profile,
          gint64         day,
          int            minute,
          char         **text,
          char         **source)
{
  g_autoptr(HearthNudge) nudge = NULL;
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_nudges_get_for_day (f->store, hearth_profile_get_uuid (profile), day, minute,
                                        HEARTH_NUDGE_QUIET_START, HEARTH_NUDGE_QUIET_END, &nudge, &error));
  if (nudge == NULL)
    return NULL;
  if (text != NULL)
    *text = g_strdup (nudge->text);
  if (source != NULL)
    *source = g_strdup (nudge->source);
  return g_strdup (nudge->id);
}

static void
assert_nudge (Fixture       *f,
              HearthProfile *profile,
              gint64         day,
              const char    *expected)
{
  g_autofree char *id = nudge_at (f, profile, day, NOON, NULL, NULL);

  if (g_strcmp0 (id, expected) != 0)
    g_error ("day %" G_GINT64_FORMAT " (Sep %" G_GINT64_FORMAT "): nudge %s, expected %s",
             day, day - sep (1) + 1, id ? id : "(none)", expected ? expected : "(none)");
}

/* Every day of September at noon: the rule ids that fired, "day:id". */
static char *
replay_september (Fixture       *f,
                  HearthProfile *profile)
{
  g_autoptr(GString) fired = g_string_new (NULL);

  for (int d = 1; d <= 30; d++)
    {
      g_autofree char *id = nudge_at (f, profile, sep (d), NOON, NULL, NULL);

      if (id != NULL)
        g_string_append_printf (fired, "%s%d:%s", fired->len > 0 ? " " : "", d, id);
    }
  return g_string_free (g_steal_pointer (&fired), FALSE);
}

/* Blood pressure every day from 1 to 10 September: the 7th day without is
 * the 17th, the nudge comes on the 18th (its text names 7 days and the
 * source the last reading's day), not on the 17th nor the 19th. A reading
 * on the 18th itself, and no nudge. */
static void
test_bp_lapse (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *fired = NULL;

  for (int d = 1; d <= 10; d++)
    bp_on (f, ann, sep (d), 128, 82);
  /* The 11th went unlogged after 10 days: encouragement on the 12th. */
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "12:missed-day 18:bp-lapse-7");

  id = nudge_at (f, ann, sep (18), NOON, &text, &source);
  g_assert_cmpstr (id, ==, HEARTH_NUDGE_BP_LAPSE);
  g_assert_cmpstr (text, ==, "It has been 7 days since your last blood pressure reading. "
                             "How about one this morning, seated after 5 minutes of rest?");
  g_assert_cmpstr (source, ==, "Your blood pressure readings: the last on 10 Sep 2024");

  bp_on (f, ann, sep (18), 126, 80);
  assert_nudge (f, ann, sep (18), NULL);
  /* That reading starts the count again: 25 September. */
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "12:missed-day 26:bp-lapse-7");
}

/* A member with an activity goal (150 active minutes a week from 1
 * September) who walked 1–5 September: the 3rd day without is the 8th,
 * the nudge comes on the 9th; a member with no activity target gets none;
 * a goal begun on 20 September with no workout since: the 23rd. */
static void
test_exercise_lapse (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(HearthProfile) cy = add_member (f, "Cy");
  g_autofree char *fired = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *id = NULL;

  add_goal (f, ann, "active-minutes", 150, "weekly", sep (1));
  for (int d = 1; d <= 5; d++)
    {
      workout_on (f, ann, sep (d), 40);
      workout_on (f, bob, sep (d), 40);
    }
  /* Back on the 20th, for good. */
  for (int d = 20; d <= 29; d++)
    workout_on (f, ann, sep (d), 30);
  /* Also: the 6th unlogged (the 7th), and 90 minutes in 16–22 September
   * after none the week before (Monday the 23rd). */
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "7:missed-day 9:exercise-lapse-3 23:activity-under-target-14");
  id = nudge_at (f, ann, sep (9), NOON, &text, &source);
  g_assert_cmpstr (text, ==, "3 days without exercise logged. Try a 10-minute walk after lunch? "
                             "If your plan asks too much right now, you can make it smaller.");
  g_assert_cmpstr (source, ==, "Your workouts: the last on 5 Sep 2024");

  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, bob);
  g_assert_cmpstr (fired, ==, "7:missed-day");

  add_goal (f, cy, "active-minutes", 20, "daily", sep (20));
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, cy);
  g_assert_cmpstr (fired, ==, "23:exercise-lapse-3");
  g_clear_pointer (&source, g_free);
  g_clear_pointer (&id, g_free);
  id = nudge_at (f, cy, sep (23), NOON, NULL, &source);
  g_assert_cmpstr (source, ==, "Your workouts: none since your activity goal began on 20 Sep 2024");
}

/* Main goal move-more is an activity target (WHO's week) from the day the
 * member was added; with a steps goal a day with a steps entry is a day
 * with exercise. */
static void
test_exercise_lapse_targets (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autofree char *fired = NULL;

  set_main_goal (f, ann, "move-more", sep (10));
  workout_on (f, ann, sep (14), 30);
  /* Added on the 10th: 10–12 without (the 13th); 15–17 (the 18th); two
   * weeks under WHO's 150 from Monday 16 September (Monday the 30th). */
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "13:exercise-lapse-3 18:exercise-lapse-3 30:activity-under-target-14");

  add_goal (f, bob, "steps", 7500, "daily", sep (1));
  for (int d = 1; d <= 12; d++)
    steps_on (f, bob, sep (d), 8000);
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, bob);
  g_assert_cmpstr (fired, ==, "14:missed-day 16:exercise-lapse-3");
}

/* 150 active minutes a week from Monday 2 September: 160 that week, then
 * 60 and 80: the nudge on Monday 23 September names both weeks and
 * suggests 90 minutes (the better week + 10, rounded up to 10); on
 * Monday 30 September, still under, nothing (once per lapse). */
static void
test_activity_under_target (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *id = NULL;
  const int week1[] = { 40, 40, 40, 40 };
  const int week2[] = { 30, 30 };
  const int week3[] = { 20, 20, 20, 20 };

  add_goal (f, ann, "active-minutes", 150, "weekly", sep (2));
  for (guint i = 0; i < G_N_ELEMENTS (week1); i++)
    workout_on (f, ann, sep (2 + i), week1[i]);
  for (guint i = 0; i < G_N_ELEMENTS (week2); i++)
    workout_on (f, ann, sep (9 + 3 * i), week2[i]);
  for (guint i = 0; i < G_N_ELEMENTS (week3); i++)
    workout_on (f, ann, sep (16 + 2 * i), week3[i]);
  workout_on (f, ann, sep (23), 20);
  workout_on (f, ann, sep (25), 20);

  /* Walking briskly is moderate: minutes as they are. */
  id = nudge_at (f, ann, sep (23), NOON, &text, &source);
  g_assert_cmpstr (id, ==, HEARTH_NUDGE_ACTIVITY_UNDER_TARGET);
  g_assert_cmpstr (text, ==, "Your last two weeks came to 60 and 80 active minutes, under the 150 a week you are "
                             "aiming for. How about 90 minutes a week for now? A step you keep beats a big one "
                             "you skip.");
  g_assert_cmpstr (source, ==, "Your workouts of 9 Sep – 15 Sep 2024 and 16 Sep – 22 Sep 2024; your goal of "
                               "150 active minutes a week");
  candidates = hearth_nudges_list_candidates (f->store, hearth_profile_get_uuid (ann), sep (30), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < candidates->len; i++)
    g_assert_cmpstr (((HearthNudge *) candidates->pdata[i])->id, !=, HEARTH_NUDGE_ACTIVITY_UNDER_TARGET);
  assert_nudge (f, ann, sep (24), NULL);
  /* Monday the 16th: one week under only. */
  assert_nudge (f, ann, sep (16), NULL);
}

/* A steps goal of 7 500 a day from 2 September: the weeks' means (over
 * days with an entry) were 5 000 and 6 200: on the 23rd, 7 000 is
 * suggested (the better week + 500, rounded up to 500). A skip week is
 * not under. */
static void
test_activity_under_target_steps (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;

  add_goal (f, ann, "steps", 7500, "daily", sep (2));
  add_goal (f, bob, "steps", 7500, "daily", sep (2));
  for (int d = 2; d <= 8; d++)
    {
      steps_on (f, ann, sep (d), 9000);
      steps_on (f, bob, sep (d), 9000);
    }
  for (int d = 9; d <= 15; d++)
    {
      steps_on (f, ann, sep (d), d % 2 ? 4000 : 6000);
      steps_on (f, bob, sep (d), 4000);
    }
  for (int d = 16; d <= 22; d++)
    {
      steps_on (f, ann, sep (d), 6200);
      skip_on (f, bob, sep (d));
    }
  steps_on (f, ann, sep (23), 100);
  steps_on (f, bob, sep (23), 100);
  id = nudge_at (f, ann, sep (23), NOON, &text, NULL);
  g_assert_cmpstr (id, ==, HEARTH_NUDGE_ACTIVITY_UNDER_TARGET);
  /* 9–15 September: four days of 4 000 and three of 6 000 = 4 857. */
  g_assert_cmpstr (text, ==, "Your last two weeks averaged 4857 and 6200 steps a day, under your goal of 7500. "
                             "How about 7000 steps a day for now? A step you keep beats a big one you skip.");
  assert_nudge (f, bob, sep (23), NULL);
}

/* The logging habit: 1–5 September logged, the 6th missed: encouragement
 * on the 7th only; a run of 2 is too short; a skip day is no miss; an
 * entry on the day itself, and the member is back: nothing. */
static void
test_missed_day (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(HearthProfile) cy = add_member (f, "Cy");
  g_autofree char *fired = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *id = NULL;

  for (int d = 1; d <= 5; d++)
    weight_on (f, ann, sep (d));
  for (int d = 12; d <= 13; d++)     /* two days: too short a run */
    weight_on (f, ann, sep (d));
  for (int d = 20; d <= 22; d++)     /* three, with a skip day between */
    {
      weight_on (f, ann, sep (d));
      if (d == 21)
        skip_on (f, ann, sep (d));
    }
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "7:missed-day 24:missed-day");
  id = nudge_at (f, ann, sep (7), NOON, &text, &source);
  g_assert_cmpstr (text, ==, "Yesterday went unlogged after 5 days in a row. That happens to everyone: one entry "
                             "today starts a new run.");
  g_assert_cmpstr (source, ==, "Your log (readings, meals, workouts, doses taken): 1 Sep – 5 Sep 2024, nothing "
                               "on 6 Sep 2024");

  /* A skip day on the 6th: no miss. */
  for (int d = 1; d <= 5; d++)
    weight_on (f, bob, sep (d));
  skip_on (f, bob, sep (6));
  assert_nudge (f, bob, sep (7), NULL);

  /* Logged again on the 7th before noon: back already. */
  for (int d = 1; d <= 5; d++)
    weight_on (f, cy, sep (d));
  weight_on (f, cy, sep (7));
  assert_nudge (f, cy, sep (7), NULL);
}

/* A daily habit goal (7 500 steps a day from 1 September) done 1–5
 * September, nothing on the 6th while other things were logged (the
 * logging habit holds): encouragement on the 7th naming the habit; a day
 * part done (3 000 steps) is no missed day; nor is a day without
 * evidence for a habit that needs some (no meal for a sodium goal). */
static void
test_missed_day_habit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autofree char *fired = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *id = NULL;

  add_goal (f, ann, "steps", 7500, "daily", sep (1));
  add_goal (f, bob, "steps", 7500, "daily", sep (1));
  for (int d = 1; d <= 8; d++)
    {
      weight_on (f, ann, sep (d));
      weight_on (f, bob, sep (d));
      if (d <= 5)
        {
          steps_on (f, ann, sep (d), 8000);
          steps_on (f, bob, sep (d), 8000);
        }
    }
  steps_on (f, bob, sep (6), 3000);
  steps_on (f, bob, sep (7), 9000);
  id = nudge_at (f, ann, sep (7), NOON, &text, &source);
  g_assert_cmpstr (id, ==, HEARTH_NUDGE_MISSED_DAY);
  g_assert_cmpstr (text, ==, "Yesterday missed your step goal after 5 days in a row. That happens to everyone: "
                             "today counts again.");
  g_assert_cmpstr (source, ==, "Your steps against your goal of 7500 a day: 1 Sep – 5 Sep 2024, not on 6 Sep 2024");
  /* Steps are exercise with a steps goal: 6–8 without, the 9th. The 9th
   * unlogged after 8 days: the logging habit's, the 10th. Bob: 3 000
   * steps on the 6th, 9 000 on the 7th, none on the 8th after a run of
   * one: nothing on the 9th; 8–10 without steps, the 11th. */
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "7:missed-day 9:exercise-lapse-3 10:missed-day");
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, bob);
  g_assert_cmpstr (fired, ==, "10:missed-day 11:exercise-lapse-3");
}

/* Two rules on one day (blood pressure lapsed, and yesterday unlogged):
 * both are candidates, the day's nudge is the blood pressure one. */
static void
test_one_a_day (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fired = NULL;

  for (int d = 1; d <= 10; d++)
    bp_on (f, ann, sep (d), 128, 82);
  for (int d = 11; d <= 16; d++)
    weight_on (f, ann, sep (d));
  candidates = hearth_nudges_list_candidates (f->store, hearth_profile_get_uuid (ann), sep (18), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 2);
  g_assert_cmpstr (((HearthNudge *) candidates->pdata[0])->id, ==, HEARTH_NUDGE_BP_LAPSE);
  g_assert_cmpstr (((HearthNudge *) candidates->pdata[1])->id, ==, HEARTH_NUDGE_MISSED_DAY);
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "18:bp-lapse-7");
}

/* Quiet hours 22:00–07:00 by default, or as given. */
static void
test_quiet_hours (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthNudge) nudge = NULL;
  g_autoptr(GError) error = NULL;
  const struct { int minute; gboolean shown; } times[] = {
    { 0, FALSE }, { 6 * 60 + 59, FALSE }, { 7 * 60, TRUE }, { NOON, TRUE },
    { 21 * 60 + 59, TRUE }, { 22 * 60, FALSE }, { 23 * 60 + 59, FALSE },
  };

  g_assert_true (hearth_nudge_is_quiet (22 * 60, 22 * 60, 7 * 60));
  g_assert_false (hearth_nudge_is_quiet (7 * 60, 22 * 60, 7 * 60));
  g_assert_true (hearth_nudge_is_quiet (13 * 60, 12 * 60, 14 * 60));
  g_assert_false (hearth_nudge_is_quiet (14 * 60, 12 * 60, 14 * 60));
  g_assert_false (hearth_nudge_is_quiet (3 * 60, 0, 0));

  for (int d = 1; d <= 10; d++)
    bp_on (f, ann, sep (d), 128, 82);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *id = nudge_at (f, ann, sep (18), times[i].minute, NULL, NULL);

      g_assert_cmpstr (id, ==, times[i].shown ? HEARTH_NUDGE_BP_LAPSE : NULL);
    }
  /* Quiet from 20:00 to 08:00: none at 21:00, none at 07:30. */
  ASSERT_OK (hearth_nudges_get_for_day (f->store, hearth_profile_get_uuid (ann), sep (18), 21 * 60,
                                        20 * 60, 8 * 60, &nudge, &error));
  g_assert_null (nudge);
  ASSERT_OK (hearth_nudges_get_for_day (f->store, hearth_profile_get_uuid (ann), sep (18), 7 * 60 + 30,
                                        20 * 60, 8 * 60, &nudge, &error));
  g_assert_null (nudge);
  ASSERT_OK (hearth_nudges_get_for_day (f->store, hearth_profile_get_uuid (ann), sep (18), 8 * 60,
                                        20 * 60, 8 * 60, &nudge, &error));
  g_assert_nonnull (nudge);
  /* -1: whatever the time. */
  g_clear_pointer (&nudge, hearth_nudge_free);
  ASSERT_OK (hearth_nudges_get_for_day (f->store, hearth_profile_get_uuid (ann), sep (18), -1,
                                        HEARTH_NUDGE_QUIET_START, HEARTH_NUDGE_QUIET_END, &nudge, &error));
  g_assert_nonnull (nudge);
}

/* No nudge on a skip day; skip days inside a lapse are not counted, so
 * the nudge comes on the first day after them that makes the count. */
static void
test_skip_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autofree char *fired = NULL;

  for (int d = 1; d <= 10; d++)
    {
      bp_on (f, ann, sep (d), 128, 82);
      bp_on (f, bob, sep (d), 128, 82);
    }
  skip_on (f, ann, sep (18));
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "12:missed-day 19:bp-lapse-7");

  skip_on (f, bob, sep (12));
  skip_on (f, bob, sep (13));
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, bob);
  g_assert_cmpstr (fired, ==, "20:bp-lapse-7");
}

/* While the latest blood pressure is severe (above 180 systolic or 120
 * diastolic) or the latest glucose level-2 low (below 3.0 mmol/L), no
 * nudge; a later reading outside those ends it. */
static void
test_severe_alert (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(GDateTime) low_at = at (sep (9), 9);
  g_autoptr(GDateTime) ok_at = at (sep (19), 9);
  g_autoptr(HearthReading) low = hearth_reading_new_glucose (low_at, 2.8, HEARTH_GLUCOSE_CONTEXT_RANDOM);
  g_autoptr(HearthReading) ok = hearth_reading_new_glucose (ok_at, 5.5, HEARTH_GLUCOSE_CONTEXT_RANDOM);
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fired = NULL;

  for (int d = 1; d <= 9; d++)
    bp_on (f, ann, sep (d), 150, 95);
  bp_on (f, ann, sep (10), 185, 100);
  candidates = hearth_nudges_list_candidates (f->store, hearth_profile_get_uuid (ann), sep (18), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 1);
  fired = replay_september (f, ann);
  g_assert_cmpstr (fired, ==, "");

  for (int d = 1; d <= 10; d++)
    bp_on (f, bob, sep (d), 128, 82);
  hearth_reading_set_profile_uuid (low, hearth_profile_get_uuid (bob));
  ASSERT_OK (hearth_store_add_reading (f->store, low, &error));
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, bob);
  g_assert_cmpstr (fired, ==, "");
  /* Back in range on the 19th: the day's count is past, nothing on the 18th still. */
  hearth_reading_set_profile_uuid (ok, hearth_profile_get_uuid (bob));
  ASSERT_OK (hearth_store_add_reading (f->store, ok, &error));
  assert_nudge (f, bob, sep (18), NULL);
  g_clear_pointer (&fired, g_free);
  fired = replay_september (f, bob);
  g_assert_cmpstr (fired, ==, "");
}

/* Replays are exact: a member's month asked twice, and after reopening
 * the journal, gives the same nudges on the same days. */
static void
test_replay (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  set_main_goal (f, ann, "lower-bp", sep (1));
  add_goal (f, ann, "active-minutes", 150, "weekly", sep (1));
  for (int d = 1; d <= 6; d++)
    {
      bp_on (f, ann, sep (d), 138, 88);
      workout_on (f, ann, sep (d), 25);
    }
  skip_on (f, ann, sep (9));
  for (int d = 20; d <= 23; d++)
    weight_on (f, ann, sep (d));
  first = replay_september (f, ann);
  /* Workouts end on the 6th: the 7th, 8th and 10th (the 9th skipped)
   * make three: the 11th. Blood pressure: 7, 8, 10–14: the 15th. Missed
   * day: 1–6 logged, the 7th not: the 8th; 20–23 logged, the 24th not:
   * the 25th. Weeks from Monday 2
   * September: 125 min (under), then 0 (under): Monday 16 September. */
  g_assert_cmpstr (first, ==, "8:missed-day 11:exercise-lapse-3 15:bp-lapse-7 16:activity-under-target-14 25:missed-day");
  second = replay_september (f, ann);
  g_assert_cmpstr (first, ==, second);
  fixture_reopen (f);
  third = replay_september (f, ann);
  g_assert_cmpstr (first, ==, third);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, fixture_teardown)
  ADD ("/hearth/nudges/bp-lapse", test_bp_lapse);
  ADD ("/hearth/nudges/exercise-lapse", test_exercise_lapse);
  ADD ("/hearth/nudges/exercise-lapse-targets", test_exercise_lapse_targets);
  ADD ("/hearth/nudges/activity-under-target", test_activity_under_target);
  ADD ("/hearth/nudges/activity-under-target-steps", test_activity_under_target_steps);
  ADD ("/hearth/nudges/missed-day", test_missed_day);
  ADD ("/hearth/nudges/missed-day-habit", test_missed_day_habit);
  ADD ("/hearth/nudges/one-a-day", test_one_a_day);
  ADD ("/hearth/nudges/quiet-hours", test_quiet_hours);
  ADD ("/hearth/nudges/skip-day", test_skip_day);
  ADD ("/hearth/nudges/severe-alert", test_severe_alert);
  ADD ("/hearth/nudges/replay", test_replay);
#undef ADD

  return g_test_run ();
}
