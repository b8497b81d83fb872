/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-badges"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-badges.h"
#include "hearth-goal.h"
#include "hearth-medication.h"
#include "hearth-store-badges.h"
#include "hearth-store-badges-private.h"
#include "hearth-store-exercise.h"
#include "hearth-store-goals.h"
#include "hearth-store-medications.h"
#include "hearth-store-private.h"
#include "store-fixture.h"

/* Badges replayed over scripted histories with the fixture's fixed clock,
 * 2024-06-15 12:00 UTC (a Saturday); the store's zone is UTC, so a
 * reading's local day is its UTC day. */
#define TODAY day_of (2024, 6, 15)

static const HearthBadgeStatus *
find_status (GArray     *statuses,
             const char *id)
{
  for (guint i = 0; i < statuses->len; i++)
    {
      const HearthBadgeStatus *status = &g_array_index (statuses, HearthBadgeStatus, i);

      if (g_str_equal (status->def->id, id))
        return status;
    }
  g_assert_not_reached ();
}

static GArray *
evaluate (Fixture       *f,
          HearthProfile *profile)
{
  g_autoptr(GError) error = NULL;
  GArray *statuses = hearth_store_evaluate_badges (f->store, hearth_profile_get_uuid (profile),
                                                   TODAY, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (statuses);
  return statuses;
}

/* The day @id is earned on (HEARTH_BADGE_NO_DAY: locked) after a full evaluation. */
static gint64
earned_day (Fixture       *f,
            HearthProfile *profile,
            const char    *id)
{
  g_autoptr(GArray) statuses = evaluate (f, profile);

  return find_status (statuses, id)->earned_day;
}

static void
assert_progress (Fixture       *f,
                 HearthProfile *profile,
                 const char    *id,
                 double         progress,
                 const char    *text)
{
  g_autoptr(GArray) statuses = evaluate (f, profile);
  const HearthBadgeStatus *status = find_status (statuses, id);
  g_autofree char *shown = hearth_badge_status_format_progress (status);

  g_assert_cmpint (status->earned_day, ==, HEARTH_BADGE_NO_DAY);
  g_assert_cmpfloat_with_epsilon (status->progress, progress, 1e-9);
  g_assert_cmpstr (shown, ==, text);
}

/* hearth_store_get_badges() (recent data) says what a full evaluation
 * says once the history was evaluated. */
static void
assert_recent_agrees (Fixture       *f,
                      HearthProfile *profile)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) full = evaluate (f, profile);
  g_autoptr(GArray) recent = hearth_store_get_badges (f->store, hearth_profile_get_uuid (profile),
                                                      TODAY, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (recent->len, ==, full->len);
  for (guint i = 0; i < full->len; i++)
    {
      const HearthBadgeStatus *a = &g_array_index (full, HearthBadgeStatus, i);
      const HearthBadgeStatus *b = &g_array_index (recent, HearthBadgeStatus, i);

      g_test_message ("%s", a->def->id);
      g_assert_true (a->def == b->def);
      g_assert_cmpint (a->earned_day, ==, b->earned_day);
      g_assert_cmpfloat (a->progress, ==, b->progress);
      g_assert_cmpfloat (a->have, ==, b->have);
    }
}

static gint64
stored_rows (Fixture    *f,
             const char *badge)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM badges WHERE badge = '%s'", badge);

  return query_int (f, sql);
}

static gint64
stored_day (Fixture    *f,
            const char *badge)
{
  g_autofree char *sql = g_strdup_printf ("SELECT earned_day FROM badges WHERE badge = '%s' "
                                          "AND deleted_at IS NULL", badge);

  return query_int (f, sql);
}

/* A reading of blood pressure at 08:00 UTC on each day of [from, to]. */
static void
bp_days (Fixture    *f,
         const char *uuid,
         gint64      from,
         gint64      to,
         double      systolic,
         double      diastolic)
{
  for (gint64 day = from; day <= to; day++)
    {
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (day * 86400 + 8 * 3600);
      g_autofree char *reading = add_bp (f, uuid, at, systolic, diastolic);
    }
}

static char *
add_glucose (Fixture    *f,
             const char *uuid,
             GDateTime  *at,
             double      mmol)
{
  g_autoptr(HearthReading) reading = hearth_reading_new_glucose (at, mmol, HEARTH_GLUCOSE_CONTEXT_RANDOM);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, uuid);
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
  return g_strdup (hearth_reading_get_uuid (reading));
}

/* Nothing logged: every badge locked, at zero. The first reading earns
 * `first-reading` on its local day, stored once. */
static void
test_badges_first_reading (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(GDateTime) june10 = utc (2024, 6, 10, 23, 30);
  g_autoptr(GArray) statuses = evaluate (f, ada);
  g_autofree char *reading = NULL;

  g_assert_cmpuint (statuses->len, ==, hearth_badge_catalogue_get ()->len);
  for (guint i = 0; i < statuses->len; i++)
    {
      const HearthBadgeStatus *status = &g_array_index (statuses, HearthBadgeStatus, i);

      g_assert_cmpint (status->earned_day, ==, HEARTH_BADGE_NO_DAY);
      g_assert_cmpfloat (status->progress, ==, 0);
    }
  assert_progress (f, ada, "first-reading", 0, "No reading yet");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM badges"), ==, 0);

  reading = add_bp (f, hearth_profile_get_uuid (ada), june10, 118, 76);
  g_assert_cmpint (earned_day (f, ada, "first-reading"), ==, day_of (2024, 6, 10));
  g_assert_cmpint (earned_day (f, ada, "first-reading"), ==, day_of (2024, 6, 10));
  g_assert_cmpint (stored_rows (f, "first-reading"), ==, 1);
  g_assert_cmpint (stored_day (f, "first-reading"), ==, day_of (2024, 6, 10));
}

/* The logging streaks: earned the day the streak first reached the
 * length; skip days pass without counting; progress counts the current
 * streak. */
static void
test_badges_logging_streak (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GError) error = NULL;

  /* May 20–22 logged, 23 skipped (ill), 24–27 logged: the 7th counted day is May 27. */
  bp_days (f, uuid, day_of (2024, 5, 20), day_of (2024, 5, 22), 120, 75);
  ASSERT_OK (hearth_store_mark_skip_day (f->store, uuid, day_of (2024, 5, 23), "ill", &error));
  bp_days (f, uuid, day_of (2024, 5, 24), day_of (2024, 5, 27), 120, 75);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 5, 27));
  /* Nothing since May 27: the current streak is over, 0 of 30. */
  assert_progress (f, ada, "log-30-days", 0, "0 of 30 days");

  /* June 11–15 (today): a streak of 5, 5 of 30 and 5 of 100. */
  bp_days (f, uuid, day_of (2024, 6, 11), TODAY, 120, 75);
  assert_progress (f, ada, "log-30-days", 5.0 / 30, "5 of 30 days");
  assert_progress (f, ada, "log-100-days", 5.0 / 100, "5 of 100 days");
  /* Still the day it was first reached, stored once. */
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 5, 27));
  g_assert_cmpint (stored_rows (f, "log-7-days"), ==, 1);
  assert_recent_agrees (f, ada);
}

/* Never twice, and the date never moves: a re-run, a backdated entry that
 * makes the rule true earlier, an edit, a delete and a re-add leave the
 * one stored row as it was. */
static void
test_badges_never_twice (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) may1 = utc (2024, 5, 1, 9, 0);
  g_autoptr(GDateTime) june14 = utc (2024, 6, 14, 9, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *backdated = NULL;
  g_autofree char *extra = NULL;

  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 7), 120, 75);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 6, 7));
  g_assert_cmpint (earned_day (f, ada, "first-reading"), ==, day_of (2024, 6, 1));

  /* Backdated: a week in May would have earned both earlier. */
  backdated = add_bp (f, uuid, may1, 119, 70);
  bp_days (f, uuid, day_of (2024, 5, 2), day_of (2024, 5, 7), 120, 75);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 6, 7));
  g_assert_cmpint (earned_day (f, ada, "first-reading"), ==, day_of (2024, 6, 1));

  /* An edit, a delete and a re-add. */
  {
    g_autoptr(HearthReading) reading = hearth_store_get_reading (f->store, backdated, &error);

    g_assert_no_error (error);
    hearth_reading_set_values (reading, 125, 75, NAN);
    ASSERT_OK (hearth_store_update_reading (f->store, reading, &error));
  }
  ASSERT_OK (hearth_store_delete_reading (f->store, backdated, &error));
  extra = add_bp (f, uuid, june14, 121, 76);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 6, 7));
  g_assert_cmpint (earned_day (f, ada, "first-reading"), ==, day_of (2024, 6, 1));
  g_assert_cmpint (stored_rows (f, "log-7-days"), ==, 1);
  g_assert_cmpint (stored_rows (f, "first-reading"), ==, 1);
}

/* The policy (hearth-store-badges.h): an earned badge stays earned, with
 * its date, when its evidence is deleted; the progress of locked badges
 * follows the data. */
static void
test_badges_deleted_evidence (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GListModel) readings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) statuses = NULL;

  bp_days (f, uuid, day_of (2024, 6, 3), day_of (2024, 6, 9), 120, 75);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 6, 9));
  g_assert_cmpint (earned_day (f, ada, "bp-in-range-week"), ==, day_of (2024, 6, 9));

  readings = list_all (f, uuid, -1, NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(HearthReading) reading = g_list_model_get_item (readings, i);

      ASSERT_OK (hearth_store_delete_reading (f->store, hearth_reading_get_uuid (reading), &error));
    }
  statuses = evaluate (f, ada);
  g_assert_cmpint (find_status (statuses, "log-7-days")->earned_day, ==, day_of (2024, 6, 9));
  g_assert_cmpint (find_status (statuses, "bp-in-range-week")->earned_day, ==, day_of (2024, 6, 9));
  g_assert_cmpint (find_status (statuses, "first-reading")->earned_day, ==, day_of (2024, 6, 3));
  g_assert_cmpfloat (find_status (statuses, "log-7-days")->progress, ==, 1);
  assert_progress (f, ada, "log-30-days", 0, "0 of 30 days");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM badges WHERE deleted_at IS NULL"), ==, 3);
}

/* Blood pressure in range: 7 consecutive days with readings, every one
 * under the guideline's target (ACC/AHA 130/80, the others 135/85); a day
 * without a reading or with one over it starts again. */
static void
test_badges_bp_in_range (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) june4_evening = utc (2024, 6, 4, 20, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *high = NULL;
  HearthBadgeOptions esc = { HEARTH_BP_GUIDELINE_ESC_2024 };
  g_autoptr(GArray) statuses = NULL;

  /* June 1–3 in range, June 4 one reading of 132/78 in the evening, June
   * 5–11 in range, then nothing on June 12, June 13–15 in range. */
  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 11), 124, 78);
  high = add_bp (f, uuid, june4_evening, 132, 78);
  g_assert_true (hearth_badge_bp_in_range (NULL, 129, 79));
  g_assert_false (hearth_badge_bp_in_range (NULL, 130, 79));
  g_assert_false (hearth_badge_bp_in_range (NULL, 120, 80));
  g_assert_true (hearth_badge_bp_in_range (&esc, 134, 84));

  /* ESC 2024 (135/85) on June 10: June 1–7, 7 days (then forgotten, to
   * ask again under ACC/AHA). */
  statuses = hearth_store_evaluate_badges (f->store, uuid, day_of (2024, 6, 10), &esc, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_status (statuses, "bp-in-range-week")->earned_day, ==, day_of (2024, 6, 7));
  exec_sql (f, "DELETE FROM badges");

  /* ACC/AHA on June 10: June 5–10 is 6 of 7. */
  g_clear_pointer (&statuses, g_array_unref);
  statuses = hearth_store_evaluate_badges (f->store, uuid, day_of (2024, 6, 10), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_status (statuses, "bp-in-range-week")->earned_day, ==, HEARTH_BADGE_NO_DAY);
  {
    g_autofree char *text = hearth_badge_status_format_progress (find_status (statuses, "bp-in-range-week"));

    g_assert_cmpstr (text, ==, "6 of 7 days");
  }
  /* Today: June 11 made 7. */
  g_assert_cmpint (earned_day (f, ada, "bp-in-range-week"), ==, day_of (2024, 6, 11));
}

/* Progress of the in-range run: a day without readings ends it. */
static void
test_badges_bp_progress (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);

  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 5), 120, 75);
  bp_days (f, uuid, day_of (2024, 6, 11), day_of (2024, 6, 14), 120, 75);
  /* Nothing yet today: the run ending yesterday counts. */
  assert_progress (f, ada, "bp-in-range-week", 4.0 / 7, "4 of 7 days");
  bp_days (f, uuid, TODAY, TODAY, 140, 85);
  assert_progress (f, ada, "bp-in-range-week", 0, "0 of 7 days");
  assert_recent_agrees (f, ada);
}

static void
add_workout (Fixture    *f,
             const char *uuid,
             GDateTime  *start,
             const char *activity,
             gint64      minutes)
{
  g_autoptr(HearthWorkout) workout = hearth_workout_new (uuid, activity, start, minutes * 60);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_workout (f->store, workout, &error));
}

/* WHO's week: 150 active minutes (vigorous ones twice) within one
 * calendar week, Monday first; earned the day they were reached. */
static void
test_badges_active_week (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) sun = utc (2024, 6, 2, 7, 0);     /* a Sunday */
  g_autoptr(GDateTime) mon = utc (2024, 6, 3, 7, 0);
  g_autoptr(GDateTime) wed = utc (2024, 6, 5, 7, 0);
  g_autoptr(GDateTime) fri = utc (2024, 6, 7, 7, 0);
  g_autoptr(GDateTime) this_mon = utc (2024, 6, 10, 7, 0);
  g_autoptr(GDateTime) this_thu = utc (2024, 6, 13, 7, 0);

  /* Sunday's 100 minutes belong to the week before: Monday 60 + Wednesday
   * 30 vigorous (60) = 120, Friday's 30 reach 150. */
  add_workout (f, uuid, sun, "walking-brisk", 100);
  add_workout (f, uuid, mon, "walking-brisk", 60);
  add_workout (f, uuid, wed, "running-6mph", 30);
  assert_progress (f, ada, "who-active-week", 0, "0 of 150 active minutes this week");
  add_workout (f, uuid, this_mon, "walking-brisk", 40);
  add_workout (f, uuid, this_thu, "walking-brisk", 50);
  assert_progress (f, ada, "who-active-week", 90.0 / 150, "90 of 150 active minutes this week");
  assert_recent_agrees (f, ada);
  add_workout (f, uuid, fri, "walking-brisk", 30);
  g_assert_cmpint (earned_day (f, ada, "who-active-week"), ==, day_of (2024, 6, 7));
}

static HearthGoal *
add_weight_goal (Fixture    *f,
                 const char *uuid,
                 double      baseline,
                 double      target,
                 gint64      start,
                 gint64      due)
{
  g_autoptr(HearthGoal) goal = hearth_goal_new (uuid, HEARTH_GOAL_KIND_TARGET, HEARTH_GOAL_METRIC_WEIGHT, start);
  g_autoptr(GError) error = NULL;

  goal->baseline = baseline;
  goal->target = target;
  goal->due_day = due;
  ASSERT_OK (hearth_store_add_goal (f->store, goal, &error));
  return g_steal_pointer (&goal);
}

static void
weigh (Fixture    *f,
       const char *uuid,
       int         month,
       int         day,
       double      kg)
{
  g_autoptr(GDateTime) at = utc (2024, month, day, 7, 0);
  g_autofree char *reading = add_weight (f, uuid, at, kg, NAN);
}

/* Weight lost toward a goal, from its baseline and since its start: the
 * first day the weight was 1 (5) kg under it; weights before the start do
 * not count; a goal whose pace is over 1 kg a week earns nothing. */
static void
test_badges_weight_lost (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) bo = add_member (f, "Bo");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthGoal) goal = NULL;
  g_autoptr(HearthGoal) fast = NULL;

  assert_progress (f, ada, "lost-1-kg", 0, "0 of 1 kg");
  /* A weight before the goal's start. */
  weigh (f, uuid, 4, 20, 78.5);
  /* 80 → 75 kg over 13 weeks: about 0.4 kg a week. */
  goal = add_weight_goal (f, uuid, 80, 75, day_of (2024, 5, 1), day_of (2024, 7, 31));
  weigh (f, uuid, 5, 1, 80.0);
  weigh (f, uuid, 5, 10, 79.4);
  assert_progress (f, ada, "lost-1-kg", 0.6, "0.6 of 1 kg");
  weigh (f, uuid, 5, 20, 79.0);
  weigh (f, uuid, 6, 1, 78.2);
  g_assert_cmpint (earned_day (f, ada, "lost-1-kg"), ==, day_of (2024, 5, 20));
  assert_progress (f, ada, "lost-5-kg", 1.8 / 5, "1.8 of 5 kg");
  weigh (f, uuid, 6, 14, 74.9);
  g_assert_cmpint (earned_day (f, ada, "lost-5-kg"), ==, day_of (2024, 6, 14));
  assert_recent_agrees (f, ada);

  /* Bo's goal: 10 kg in 4 weeks, flagged too fast: no badge for 2 kg. */
  fast = add_weight_goal (f, hearth_profile_get_uuid (bo), 90, 80, day_of (2024, 6, 1), day_of (2024, 6, 29));
  weigh (f, hearth_profile_get_uuid (bo), 6, 1, 90);
  weigh (f, hearth_profile_get_uuid (bo), 6, 14, 88);
  g_assert_cmpint (earned_day (f, bo, "lost-1-kg"), ==, HEARTH_BADGE_NO_DAY);
  assert_progress (f, bo, "lost-1-kg", 0, "0 of 1 kg");
  assert_recent_agrees (f, bo);
}

/* A goal set today that started earlier: incremental with the goal as
 * source finds the weights since its start. */
static void
test_badges_goal_incremental (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthGoal) goal = NULL;
  g_autoptr(GPtrArray) earned = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) statuses = NULL;

  weigh (f, uuid, 5, 1, 80.0);
  weigh (f, uuid, 5, 12, 78.9);
  weigh (f, uuid, 5, 20, 79.2);
  statuses = evaluate (f, ada);
  goal = add_weight_goal (f, uuid, 80, 76, day_of (2024, 5, 1), day_of (2024, 8, 1));
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_GOAL, TODAY,
                                         &earned, &error));
  g_assert_cmpuint (earned->len, ==, 1);
  g_assert_cmpint (stored_day (f, "lost-1-kg"), ==, day_of (2024, 5, 12));
}

/* Any goal reached earns `goal-reached` on the day it was reached. */
static void
test_badges_goal_reached (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthGoal) goal = add_weight_goal (f, uuid, 80, 78, day_of (2024, 5, 1), day_of (2024, 7, 31));
  g_autoptr(GError) error = NULL;

  assert_progress (f, ada, "goal-reached", 0, "No goal reached yet");
  ASSERT_OK (hearth_store_set_goal_reached (f->store, goal->uuid, day_of (2024, 6, 12), NULL, &error));
  g_assert_cmpint (earned_day (f, ada, "goal-reached"), ==, day_of (2024, 6, 12));
  /* Deleting the goal keeps the badge (the policy). */
  ASSERT_OK (hearth_store_delete_goal (f->store, goal->uuid, &error));
  g_assert_cmpint (earned_day (f, ada, "goal-reached"), ==, day_of (2024, 6, 12));
}

static HearthMedication *
add_daily_medication (Fixture    *f,
                      const char *uuid,
                      const char *name,
                      const char *times,
                      gint64      start)
{
  g_autoptr(HearthMedication) medication = hearth_medication_new (uuid, name, start);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_medication_set_times_text (medication, times, &error));
  ASSERT_OK (hearth_store_add_medication (f->store, medication, &error));
  return g_steal_pointer (&medication);
}

static void
take (Fixture          *f,
      HearthMedication *medication,
      gint64            day,
      int               hour,
      int               minute)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (day * 86400 + hour * 3600 + minute * 60);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_take_dose (f->store, medication->uuid, at, NULL, &error));
}

/* 30 days with every scheduled dose taken on time (±2 h): a dose late,
 * skipped or missed starts again; the day's dose still pending today
 * neither counts nor breaks. */
static void
test_badges_meds (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) bo = add_member (f, "Bo");
  g_autoptr(HearthMedication) pill = NULL;
  g_autoptr(HearthMedication) evening = NULL;
  g_autoptr(HearthMedication) morning = NULL;
  gint64 start = day_of (2024, 5, 1);

  /* Ada: 08:00 from May 1; taken on time every day but May 5 (at 11:00,
   * late); so May 6 – June 4 is the first run of 30. */
  pill = add_daily_medication (f, hearth_profile_get_uuid (ada), "Pill", "08:00", start);
  for (gint64 day = start; day <= day_of (2024, 6, 10); day++)
    take (f, pill, day, day == day_of (2024, 5, 5) ? 11 : 8, 10);
  g_assert_cmpint (earned_day (f, ada, "meds-30-days"), ==, day_of (2024, 6, 4));

  /* Bo: 20:00 from June 1, taken on time from June 3: June 3–14 is 12
   * days; today's dose is still pending (due at 20:00, now 12:00). Then a
   * morning one from June 3, taken every day but today, whose 08:00 dose
   * is missed by now: the run ends today. */
  evening = add_daily_medication (f, hearth_profile_get_uuid (bo), "Evening", "20:00", day_of (2024, 6, 1));
  for (gint64 day = day_of (2024, 6, 3); day <= day_of (2024, 6, 14); day++)
    take (f, evening, day, 20, 5);
  assert_progress (f, bo, "meds-30-days", 12.0 / 30, "12 of 30 days");
  morning = add_daily_medication (f, hearth_profile_get_uuid (bo), "Morning", "08:00", day_of (2024, 6, 3));
  for (gint64 day = day_of (2024, 6, 3); day <= day_of (2024, 6, 14); day++)
    take (f, morning, day, 8, 0);
  assert_progress (f, bo, "meds-30-days", 0, "0 of 30 days");
  assert_recent_agrees (f, bo);
}

/* Celebrations: earned badges not yet celebrated, oldest first; marked
 * celebrated they are not listed again; none at all on a day with a
 * severe blood pressure or a level-2 low glucose. */
static void
test_badges_celebrate (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  g_autoptr(HearthProfile) bo = add_member (f, "Bo");
  const char *uuid = hearth_profile_get_uuid (ada);
  const char *bo_uuid = hearth_profile_get_uuid (bo);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) morning = utc (2024, 6, 15, 7, 0);
  g_autofree char *severe = NULL;
  g_autofree char *low = NULL;
  const char *first[] = { "first-reading", NULL };
  const char *unknown[] = { "log-365-days", NULL };
  gboolean alert = TRUE;
  g_autoptr(GArray) statuses = NULL;

  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 7), 120, 75);
  statuses = evaluate (f, ada);

  list = hearth_store_list_badges_to_celebrate (f->store, uuid, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (((const HearthBadgeDef *) list->pdata[0])->id, ==, "first-reading");
  g_assert_cmpstr (((const HearthBadgeDef *) list->pdata[1])->id, ==, "log-7-days");
  g_assert_cmpstr (((const HearthBadgeDef *) list->pdata[2])->id, ==, "bp-in-range-week");
  g_assert_false (find_status (statuses, "first-reading")->celebrated);

  ASSERT_OK (hearth_store_mark_badges_celebrated (f->store, uuid, first, &error));
  g_assert_false (hearth_store_mark_badges_celebrated (f->store, uuid, unknown, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hearth_store_list_badges_to_celebrate (f->store, uuid, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&statuses, g_array_unref);
  statuses = evaluate (f, ada);
  g_assert_true (find_status (statuses, "first-reading")->celebrated);

  /* A severe reading today: nothing to celebrate (yesterday's would not matter). */
  ASSERT_OK (hearth_store_has_severe_alert (f->store, uuid, TODAY, &alert, &error));
  g_assert_false (alert);
  severe = add_bp (f, uuid, morning, 185, 100);
  ASSERT_OK (hearth_store_has_severe_alert (f->store, uuid, TODAY, &alert, &error));
  g_assert_true (alert);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hearth_store_list_badges_to_celebrate (f->store, uuid, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  ASSERT_OK (hearth_store_has_severe_alert (f->store, uuid, TODAY + 1, &alert, &error));
  g_assert_false (alert);

  /* Bo: a level-2 low glucose (2.8 mmol/L) today; 3.2 (level 1) would not. */
  low = add_glucose (f, bo_uuid, morning, 3.2);
  g_assert_cmpint (earned_day (f, bo, "first-reading"), ==, TODAY);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hearth_store_list_badges_to_celebrate (f->store, bo_uuid, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_free (low);
  low = add_glucose (f, bo_uuid, morning, 2.8);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hearth_store_list_badges_to_celebrate (f->store, bo_uuid, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
}

/* Incremental: only the rules an entry's kind can affect are evaluated. */
static void
test_badges_incremental (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GPtrArray) earned = NULL;
  g_autoptr(GError) error = NULL;

  bp_days (f, uuid, day_of (2024, 6, 9), TODAY, 120, 75);
  g_assert_cmpint (hearth_badge_source_for_reading_kind (HEARTH_READING_KIND_BLOOD_PRESSURE), ==,
                   HEARTH_BADGE_SOURCE_BP);
  g_assert_cmpint (hearth_badge_source_for_reading_kind (HEARTH_READING_KIND_STEPS), ==,
                   HEARTH_BADGE_SOURCE_READING);

  /* A workout cannot earn a reading's badges, nor blood pressure's. */
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_WORKOUT,
                                         HEARTH_BADGE_NO_DAY, &earned, &error));
  g_assert_cmpuint (earned->len, ==, 1);
  g_assert_cmpstr (((const HearthBadgeDef *) earned->pdata[0])->id, ==, "log-7-days");
  g_assert_cmpint (stored_rows (f, "first-reading"), ==, 0);
  g_assert_cmpint (stored_rows (f, "bp-in-range-week"), ==, 0);
  g_clear_pointer (&earned, g_ptr_array_unref);

  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_BP,
                                         HEARTH_BADGE_NO_DAY, &earned, &error));
  g_assert_cmpuint (earned->len, ==, 2);
  g_assert_cmpstr (((const HearthBadgeDef *) earned->pdata[0])->id, ==, "first-reading");
  g_assert_cmpstr (((const HearthBadgeDef *) earned->pdata[1])->id, ==, "bp-in-range-week");
  g_clear_pointer (&earned, g_ptr_array_unref);

  /* Again: nothing new. */
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_ALL,
                                         HEARTH_BADGE_NO_DAY, &earned, &error));
  g_assert_cmpuint (earned->len, ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM badges"), ==, 3);
}

/* Incremental with the entry's day reads a window only, and finds what a
 * full evaluation finds: a backdated day that completes a run, a workout
 * completing a week, a dose completing 30 days. */
static void
test_badges_incremental_window (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) june4 = utc (2024, 6, 4, 9, 0);
  g_autoptr(GDateTime) mon = utc (2024, 6, 10, 7, 0);
  g_autoptr(GDateTime) tue = utc (2024, 6, 11, 7, 0);
  g_autoptr(GPtrArray) earned = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(HearthMedication) pill = NULL;
  g_autofree char *backdated = NULL;

  /* Years ago, a run of 6: never 7. */
  bp_days (f, uuid, day_of (2021, 3, 1), day_of (2021, 3, 6), 120, 75);
  /* June 1–3 and 5–8 in range; June 4 missing. */
  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 3), 120, 75);
  bp_days (f, uuid, day_of (2024, 6, 5), day_of (2024, 6, 8), 120, 75);
  add_workout (f, uuid, mon, "walking-brisk", 100);
  pill = add_daily_medication (f, uuid, "Pill", "08:00", day_of (2024, 5, 16));
  for (gint64 day = day_of (2024, 5, 16); day <= day_of (2024, 6, 13); day++)
    take (f, pill, day, 8, 0);
  statuses = evaluate (f, ada);
  g_assert_cmpint (find_status (statuses, "bp-in-range-week")->earned_day, ==, HEARTH_BADGE_NO_DAY);
  g_assert_cmpint (find_status (statuses, "log-30-days")->earned_day, ==, HEARTH_BADGE_NO_DAY);
  g_assert_cmpint (find_status (statuses, "meds-30-days")->earned_day, ==, HEARTH_BADGE_NO_DAY);
  g_assert_cmpint (find_status (statuses, "who-active-week")->earned_day, ==, HEARTH_BADGE_NO_DAY);

  /* The doses taken daily since May 16 earned a week of logging on May 22. */
  g_assert_cmpint (stored_day (f, "log-7-days"), ==, day_of (2024, 5, 22));

  /* The backdated June 4 completes June 1–7 in range. */
  backdated = add_bp (f, uuid, june4, 121, 74);
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_BP,
                                         day_of (2024, 6, 4), &earned, &error));
  g_assert_cmpuint (earned->len, ==, 1);
  g_assert_cmpstr (((const HearthBadgeDef *) earned->pdata[0])->id, ==, "bp-in-range-week");
  g_assert_cmpint (stored_day (f, "bp-in-range-week"), ==, day_of (2024, 6, 7));
  g_clear_pointer (&earned, g_ptr_array_unref);

  /* Tuesday's 50 minutes make 150 this week. */
  add_workout (f, uuid, tue, "walking-brisk", 50);
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_WORKOUT,
                                         day_of (2024, 6, 11), &earned, &error));
  g_assert_cmpint (stored_day (f, "who-active-week"), ==, day_of (2024, 6, 11));
  g_clear_pointer (&earned, g_ptr_array_unref);

  /* The 30th dose on time, June 14: 30 days on time, and of logging. */
  take (f, pill, day_of (2024, 6, 14), 8, 0);
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_DOSE,
                                         day_of (2024, 6, 14), &earned, &error));
  g_assert_cmpuint (earned->len, ==, 2);
  g_assert_cmpstr (((const HearthBadgeDef *) earned->pdata[0])->id, ==, "log-30-days");
  g_assert_cmpstr (((const HearthBadgeDef *) earned->pdata[1])->id, ==, "meds-30-days");
  g_assert_cmpint (stored_day (f, "log-30-days"), ==, day_of (2024, 6, 14));
  g_assert_cmpint (stored_day (f, "meds-30-days"), ==, day_of (2024, 6, 14));
  /* A full evaluation agrees, and adds nothing. */
  g_clear_pointer (&statuses, g_array_unref);
  statuses = evaluate (f, ada);
  g_assert_cmpint (find_status (statuses, "meds-30-days")->earned_day, ==, day_of (2024, 6, 14));
  /* first-reading, log-7-days, log-30-days, bp-in-range-week, who-active-week, meds-30-days */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM badges"), ==, 6);
}

/* Every kind of entry makes a logging day: readings of any kind, a
 * workout, a dose taken (on the day in its own offset). */
static void
test_badges_logging_kinds (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GDateTime) d1 = utc (2024, 6, 1, 8, 0);
  g_autoptr(GDateTime) d2 = utc (2024, 6, 2, 8, 0);
  g_autoptr(GDateTime) d3 = utc (2024, 6, 3, 8, 0);
  g_autoptr(GDateTime) d5 = utc (2024, 6, 5, 8, 0);
  g_autoptr(GDateTime) d6 = utc (2024, 6, 6, 8, 0);
  g_autoptr(GDateTime) d7 = utc (2024, 6, 7, 8, 0);
  g_autoptr(GTimeZone) east = g_time_zone_new_identifier ("+09:00");
  g_autoptr(GDateTime) d4_east = g_date_time_new (east, 2024, 6, 4, 7, 0, 0);  /* June 3, 22:00 UTC */
  g_autoptr(HearthReading) steps = hearth_reading_new_steps (d6, 8000);
  g_autoptr(HearthMedication) pill = NULL;
  g_autoptr(GArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bp = NULL, *weight = NULL, *glucose = NULL;

  bp = add_bp (f, uuid, d1, 120, 75);
  weight = add_weight (f, uuid, d2, 70, NAN);
  add_workout (f, uuid, d3, "yoga", 30);
  pill = add_daily_medication (f, uuid, "Pill", "08:00", day_of (2024, 5, 1));
  ASSERT_OK (hearth_store_take_dose (f->store, pill->uuid, d4_east, NULL, &error));
  glucose = add_glucose (f, uuid, d5, 5.5);
  hearth_reading_set_profile_uuid (steps, uuid);
  ASSERT_OK (hearth_store_add_reading (f->store, steps, &error));
  add_workout (f, uuid, d7, "walking-brisk", 20);

  expected = hearth_store_list_logging_days (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 7);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 6, 7));

  /* The window's own query (incremental) reads the same days. */
  exec_sql (f, "DELETE FROM badges");
  ASSERT_OK (hearth_store_update_badges (f->store, uuid, TODAY, NULL, HEARTH_BADGE_SOURCE_WORKOUT,
                                         day_of (2024, 6, 7), NULL, &error));
  g_assert_cmpint (stored_day (f, "log-7-days"), ==, day_of (2024, 6, 7));
}

/* Local days in each entry's own offset: a flight from Berlin (+02:00) to
 * Tokyo (+09:00) puts two readings of one UTC day on two local days, and
 * the week is earned on the local day it was completed. */
static void
test_badges_time_zones (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("+02:00");
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("+09:00");
  g_autoptr(GDateTime) d4 = g_date_time_new (berlin, 2024, 6, 4, 23, 30, 0);  /* 21:30 UTC on the 4th */
  g_autoptr(GDateTime) d5 = g_date_time_new (tokyo, 2024, 6, 5, 6, 0, 0);     /* 21:00 UTC on the 4th */
  g_autoptr(GDateTime) d7 = g_date_time_new (tokyo, 2024, 6, 7, 7, 0, 0);     /* 22:00 UTC on the 6th */
  g_autofree char *r4 = NULL, *r5 = NULL, *r7 = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;

  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 3), 120, 75);
  r4 = add_bp (f, uuid, d4, 121, 76);
  r5 = add_bp (f, uuid, d5, 122, 77);
  bp_days (f, uuid, day_of (2024, 6, 6), day_of (2024, 6, 6), 120, 75);
  /* On June 6: six local days (with one UTC day for the 4th and 5th it would be five). */
  statuses = hearth_store_evaluate_badges (f->store, uuid, day_of (2024, 6, 6), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (find_status (statuses, "log-7-days")->have, ==, 6);
  r7 = add_bp (f, uuid, d7, 119, 74);
  g_assert_cmpint (earned_day (f, ada, "log-7-days"), ==, day_of (2024, 6, 7));
  g_assert_cmpint (earned_day (f, ada, "bp-in-range-week"), ==, day_of (2024, 6, 7));
}

/* A read-only journal is evaluated without storing. */
static void
test_badges_read_only (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HearthProfile) ada = add_member (f, "Ada");
  const char *uuid = hearth_profile_get_uuid (ada);
  g_autoptr(HearthStore) ro = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;

  bp_days (f, uuid, day_of (2024, 6, 1), day_of (2024, 6, 1), 120, 75);
  ro = hearth_store_open_full (f->path, f->clock, HEARTH_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  statuses = hearth_store_evaluate_badges (ro, uuid, TODAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_status (statuses, "first-reading")->earned_day, ==, day_of (2024, 6, 1));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM badges"), ==, 0);
}

/* The pure rules on hand-made evidence: runs, gaps, data after today. */
static void
test_badges_rules (void)
{
  const HearthBadgeDef *week = hearth_badge_catalogue_lookup ("log-7-days");
  g_auto(HearthBadgeEvidence) ev = { 0 };
  HearthBadgeStatus status;
  const gint64 days[] = { 100, 101, 102, 104, 105, 106, 107, 108, 109, 110 };

  hearth_badge_evidence_clear (&ev);
  ev.logging_days = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (ev.logging_days, days, G_N_ELEMENTS (days));
  /* 104–110 are 7 days; on day 109 it was 6. */
  hearth_badge_evaluate (week, &ev, 109, &status);
  g_assert_cmpint (status.earned_day, ==, HEARTH_BADGE_NO_DAY);
  g_assert_cmpfloat (status.have, ==, 6);
  hearth_badge_evaluate (week, &ev, 200, &status);
  g_assert_cmpint (status.earned_day, ==, 110);
  /* Day 103 skipped: 100–106 make 7 counted days by 107 (103 not counted). */
  ev.skip_days = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (ev.skip_days, (gint64) { 103 });
  hearth_badge_evaluate (week, &ev, 200, &status);
  g_assert_cmpint (status.earned_day, ==, 107);
  g_assert_null (hearth_badge_catalogue_lookup ("no-such-badge"));
}

/* Every query walks an index, never a table (ten years of a family). */
static void
test_badges_query_plans (Fixture       *f,
                         gconstpointer  data)
{
  const char * const *lists[] = {
    _hearth_store_badges_queries_for_testing (), _hearth_store_challenges_queries_for_testing (),
  };
  sqlite3 *db = _hearth_store_get_db (f->store);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l][i] != NULL; i++)
      {
        g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", lists[l][i], NULL);
        g_autoptr(GString) plan = g_string_new (NULL);
        sqlite3_stmt *stmt = NULL;
        char **lines_ = NULL;

        g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
        sqlite3_finalize (stmt);

        g_test_message ("%s\n-> %s", lists[l][i], plan->str);
        g_assert_nonnull (strstr (plan->str, "USING"));
        /* No table scanned (a one-row subquery's result may be). */
        for (char **line = (lines_ = g_strsplit (plan->str, "\n", -1)); *line != NULL; line++)
          g_assert_true (!g_str_has_prefix (*line, "SCAN ") || g_str_has_prefix (*line, "SCAN (subquery"));
        g_clear_pointer (&lines_, g_strfreev);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

#define ADD(path, func) \
  g_test_add ("/badges/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/badges/rules", test_badges_rules);
  ADD ("first-reading", test_badges_first_reading);
  ADD ("logging-streak", test_badges_logging_streak);
  ADD ("never-twice", test_badges_never_twice);
  ADD ("deleted-evidence", test_badges_deleted_evidence);
  ADD ("bp-in-range", test_badges_bp_in_range);
  ADD ("bp-progress", test_badges_bp_progress);
  ADD ("active-week", test_badges_active_week);
  ADD ("weight-lost", test_badges_weight_lost);
  ADD ("goal-reached", test_badges_goal_reached);
  ADD ("goal-incremental", test_badges_goal_incremental);
  ADD ("meds", test_badges_meds);
  ADD ("celebrate", test_badges_celebrate);
  ADD ("incremental", test_badges_incremental);
  ADD ("read-only", test_badges_read_only);
  ADD ("incremental-window", test_badges_incremental_window);
  ADD ("logging-kinds", test_badges_logging_kinds);
  ADD ("query-plans", test_badges_query_plans);
  ADD ("time-zones", test_badges_time_zones);

  return g_test_run ();
}
