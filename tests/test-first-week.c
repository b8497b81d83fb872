/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-first-week"

#include "config.h"

#include <math.h>

#include "store-fixture.h"

/* Issue 9, "First run and the first week": the member's main goal, the
 * first-week checklist and the layers. The fixture's clock is
 * 2024-06-15 12:00 UTC. */

/* Main goal --------------------------------------------------------------- */

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_main_goal_strings (void)
{
  static const struct { HearthMainGoal goal; const char *id; } cases[] = {
    { HEARTH_MAIN_GOAL_NONE, "" },
    { HEARTH_MAIN_GOAL_LOWER_BP, "lower-bp" },
    { HEARTH_MAIN_GOAL_LOSE_WEIGHT, "lose-weight" },
    { HEARTH_MAIN_GOAL_MANAGE_GLUCOSE, "manage-glucose" },
    { HEARTH_MAIN_GOAL_MOVE_MORE, "move-more" },
    { HEARTH_MAIN_GOAL_RECORD, "record" },
  };
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ann");
  HearthMainGoal goal;
  guint notified = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (hearth_main_goal_to_string (cases[i].goal), ==, cases[i].id);
      goal = 99;
      g_assert_true (hearth_main_goal_from_string (cases[i].id, &goal));
      g_assert_cmpint (goal, ==, cases[i].goal);
      g_assert_true (cases[i].goal == HEARTH_MAIN_GOAL_NONE ||
                     hearth_main_goal_get_label (cases[i].goal)[0] != '\0');
    }
  g_assert_true (hearth_main_goal_from_string (NULL, &goal));
  g_assert_cmpint (goal, ==, HEARTH_MAIN_GOAL_NONE);
  g_assert_false (hearth_main_goal_from_string ("lower_bp", &goal));
  g_assert_false (hearth_main_goal_from_string ("Lower-BP", &goal));

  /* A property with explicit notify: only real changes. */
  g_assert_cmpint (hearth_profile_get_main_goal (profile), ==, HEARTH_MAIN_GOAL_NONE);
  g_signal_connect (profile, "notify::main-goal", G_CALLBACK (on_notify_cb), &notified);
  hearth_profile_set_main_goal (profile, HEARTH_MAIN_GOAL_MOVE_MORE);
  hearth_profile_set_main_goal (profile, HEARTH_MAIN_GOAL_MOVE_MORE);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (profile, "main-goal", HEARTH_MAIN_GOAL_RECORD, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (profile, "main-goal", &goal, NULL);
  g_assert_cmpint (goal, ==, HEARTH_MAIN_GOAL_RECORD);
}

/* Added, found, listed, updated, reopened: the main goal stays; NONE is
 * stored as NULL. */
static void
test_main_goal_store (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = hearth_profile_new ("Ann");
  g_autoptr(HearthProfile) found = NULL;
  g_autoptr(HearthProfile) listed = NULL;
  g_autoptr(GError) error = NULL;

  hearth_profile_set_main_goal (ann, HEARTH_MAIN_GOAL_LOWER_BP);
  ASSERT_OK (hearth_store_add_profile (f->store, ann, &error));
  g_assert_cmpint (query_int (f, "SELECT main_goal = 'lower-bp' FROM profiles WHERE name = 'Ann'"), ==, 1);

  fixture_reopen (f);
  found = hearth_store_find_profile (f->store, "ann", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_profile_get_main_goal (found), ==, HEARTH_MAIN_GOAL_LOWER_BP);
  listed = g_list_model_get_item (hearth_store_get_profiles (f->store), 0);
  g_assert_cmpint (hearth_profile_get_main_goal (listed), ==, HEARTH_MAIN_GOAL_LOWER_BP);

  hearth_profile_set_main_goal (found, HEARTH_MAIN_GOAL_MOVE_MORE);
  ASSERT_OK (hearth_store_update_profile (f->store, found, &error));
  /* The listed object follows in place. */
  g_assert_cmpint (hearth_profile_get_main_goal (listed), ==, HEARTH_MAIN_GOAL_MOVE_MORE);
  g_clear_object (&found);
  found = hearth_store_get_profile (f->store, hearth_profile_get_uuid (ann), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_profile_get_main_goal (found), ==, HEARTH_MAIN_GOAL_MOVE_MORE);

  hearth_profile_set_main_goal (found, HEARTH_MAIN_GOAL_NONE);
  ASSERT_OK (hearth_store_update_profile (f->store, found, &error));
  g_assert_cmpint (query_int (f, "SELECT main_goal IS NULL FROM profiles WHERE name = 'Ann'"), ==, 1);
}

/* Checklist ---------------------------------------------------------------- */

static void
get_checklist (Fixture         *f,
               HearthProfile   *profile,
               HearthFirstSteps *checklist)
{
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_get_checklist (f->store, hearth_profile_get_uuid (profile), checklist, &error));
}

static void
test_checklist_steps (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(GDateTime) first = utc (2024, 6, 13, 9, 0);
  g_autoptr(GDateTime) later = utc (2024, 6, 14, 9, 0);
  g_autoptr(GDateTime) bobs_at = utc (2024, 6, 1, 9, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *w1 = NULL;
  g_autofree char *w2 = NULL;
  g_autofree char *bobs = NULL;
  g_autofree char *sql = NULL;
  gint64 ann_id = query_int (f, "SELECT id FROM profiles WHERE name = 'Ann'");
  gint64 bob_id = query_int (f, "SELECT id FROM profiles WHERE name = 'Bob'");
  /* 2024-06-13 22:30 UTC, taken in +02:00: 14 June there. */
  gint64 dose_at = (gint64) 1718317800 * G_USEC_PER_SEC;
  HearthFirstSteps c;

  /* A new member: nothing done, shown. */
  get_checklist (f, ann, &c);
  g_assert_cmpuint (c.n_done, ==, 0);
  for (guint i = 0; i < HEARTH_N_FIRST_STEPS; i++)
    {
      g_assert_false (c.steps[i].done);
      g_assert_cmpint (c.steps[i].day, ==, 0);
    }
  g_assert_cmpint (c.dismissed_at, ==, 0);
  g_assert_true (hearth_first_steps_is_shown (&c));

  /* The first reading: its local day, the earliest one counting. */
  w2 = add_weight (f, hearth_profile_get_uuid (ann), later, 60, NAN);
  w1 = add_bp (f, hearth_profile_get_uuid (ann), first, 120, 80);
  bobs = add_bp (f, hearth_profile_get_uuid (bob), bobs_at, 120, 80);
  get_checklist (f, ann, &c);
  g_assert_true (c.steps[HEARTH_FIRST_STEP_FIRST_READING].done);
  g_assert_cmpint (c.steps[HEARTH_FIRST_STEP_FIRST_READING].day, ==, day_of (2024, 6, 13));
  g_assert_false (c.steps[HEARTH_FIRST_STEP_SET_GOAL].done);
  g_assert_false (c.steps[HEARTH_FIRST_STEP_ONE_MORE_LOG].done);
  g_assert_cmpuint (c.n_done, ==, 1);

  /* Deleting the earliest moves the day; a deleted reading does not count. */
  ASSERT_OK (hearth_store_delete_reading (f->store, w1, &error));
  get_checklist (f, ann, &c);
  g_assert_cmpint (c.steps[HEARTH_FIRST_STEP_FIRST_READING].day, ==, day_of (2024, 6, 14));

  /* One more log: a dose taken (in its own offset), a skipped dose, a
   * deleted meal and another member's workout do not make it earlier. */
  sql = g_strdup_printf (
    "INSERT INTO medications (uuid, profile_id, name, schedule, start_day, created_at, updated_at) "
    "VALUES ('med', %" G_GINT64_FORMAT ", 'Aspirin', 'as-needed', 0, 1, 1);"
    "INSERT INTO doses (uuid, medication_id, status, taken_at, utc_offset, created_at, updated_at) "
    "VALUES ('d1', 1, 'taken', %" G_GINT64_FORMAT ", 7200, 1, 1),"
    "       ('d2', 1, 'skipped', %" G_GINT64_FORMAT ", 7200, 1, 1);"
    "INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, created_at, updated_at, deleted_at) "
    "VALUES ('m2', %" G_GINT64_FORMAT ", 'lunch', 0, 0, %" G_GINT64_FORMAT ", 1, 1, 2);"
    "INSERT INTO workouts (uuid, profile_id, activity, started_at, utc_offset, local_day, duration_s, created_at, updated_at) "
    "VALUES ('w1', %" G_GINT64_FORMAT ", 'yoga', 0, 0, %" G_GINT64_FORMAT ", 600, 1, 1);",
    ann_id, dose_at, dose_at - (gint64) 5 * 86400 * G_USEC_PER_SEC,
    ann_id, day_of (2024, 6, 1), bob_id, day_of (2024, 6, 2));
  exec_sql (f, sql);
  get_checklist (f, ann, &c);
  g_assert_true (c.steps[HEARTH_FIRST_STEP_ONE_MORE_LOG].done);
  g_assert_cmpint (c.steps[HEARTH_FIRST_STEP_ONE_MORE_LOG].day, ==, day_of (2024, 6, 14));
  g_assert_cmpuint (c.n_done, ==, 2);
  g_assert_true (hearth_first_steps_is_shown (&c));

  /* A live meal earlier than the dose. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf (
    "INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, created_at, updated_at) "
    "VALUES ('m1', %" G_GINT64_FORMAT ", 'lunch', 0, 0, %" G_GINT64_FORMAT ", 1, 1);",
    ann_id, day_of (2024, 6, 10));
  exec_sql (f, sql);
  get_checklist (f, ann, &c);
  g_assert_cmpint (c.steps[HEARTH_FIRST_STEP_ONE_MORE_LOG].day, ==, day_of (2024, 6, 10));

  /* A goal: its creation's day in the store clock's zone (UTC here); a
   * deleted goal does not count. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf (
    "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, start_day, created_at, updated_at, deleted_at) "
    "VALUES ('g0', %" G_GINT64_FORMAT ", 'habit', 'steps', 'at-least', 7500, 0, 1, 1, 2);",
    ann_id);
  exec_sql (f, sql);
  get_checklist (f, ann, &c);
  g_assert_false (c.steps[HEARTH_FIRST_STEP_SET_GOAL].done);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf (
    "INSERT INTO goals (uuid, profile_id, kind, metric, comparison, target, start_day, created_at, updated_at) "
    "VALUES ('g1', %" G_GINT64_FORMAT ", 'habit', 'steps', 'at-least', 7500, 0, %" G_GINT64_FORMAT ", 1);",
    ann_id, (gint64) 1718409600 * G_USEC_PER_SEC /* 2024-06-15 00:00 UTC */);
  exec_sql (f, sql);
  get_checklist (f, ann, &c);
  g_assert_true (c.steps[HEARTH_FIRST_STEP_SET_GOAL].done);
  g_assert_cmpint (c.steps[HEARTH_FIRST_STEP_SET_GOAL].day, ==, day_of (2024, 6, 15));
  g_assert_cmpuint (c.n_done, ==, 3);
  g_assert_false (hearth_first_steps_is_shown (&c));

  /* Bob's is his own. */
  get_checklist (f, bob, &c);
  g_assert_cmpuint (c.n_done, ==, 2);
  g_assert_false (c.steps[HEARTH_FIRST_STEP_SET_GOAL].done);

  g_assert_false (hearth_store_get_checklist (f->store, "no-such-member", &c, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

static void
test_checklist_dismiss (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member (f, "Ann");
  g_autoptr(HearthProfile) bob = add_member (f, "Bob");
  g_autoptr(GError) error = NULL;
  HearthFirstSteps c;
  gint64 first;
  guint signals;

  signals = f->profiles_changed;
  ASSERT_OK (hearth_store_dismiss_checklist (f->store, hearth_profile_get_uuid (ann), &error));
  g_assert_cmpuint (f->profiles_changed, ==, signals + 1);
  get_checklist (f, ann, &c);
  first = c.dismissed_at;
  g_assert_cmpint (first, ==, (gint64) 1718452800 * G_USEC_PER_SEC);  /* the clock's now */
  g_assert_false (hearth_first_steps_is_shown (&c));

  /* Twice: the first time stays, nothing is signalled. */
  hearth_clock_advance (f->clock, G_TIME_SPAN_HOUR);
  ASSERT_OK (hearth_store_dismiss_checklist (f->store, hearth_profile_get_uuid (ann), &error));
  g_assert_cmpuint (f->profiles_changed, ==, signals + 1);
  fixture_reopen (f);
  get_checklist (f, ann, &c);
  g_assert_cmpint (c.dismissed_at, ==, first);

  get_checklist (f, bob, &c);
  g_assert_true (hearth_first_steps_is_shown (&c));

  g_assert_false (hearth_store_dismiss_checklist (f->store, "no-such-member", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);

  g_assert_cmpstr (hearth_first_step_to_string (HEARTH_FIRST_STEP_SET_GOAL), ==, "set-goal");
  g_assert_cmpstr (hearth_first_step_to_string (HEARTH_FIRST_STEP_FIRST_READING), ==, "first-reading");
  g_assert_cmpstr (hearth_first_step_to_string (HEARTH_FIRST_STEP_ONE_MORE_LOG), ==, "one-more-log");
}

/* Layers -------------------------------------------------------------------- */

static void
test_layers_life_stage (void)
{
  static const struct { int age; HearthLifeStage stage; const char *id; } cases[] = {
    { -1, HEARTH_LIFE_STAGE_UNKNOWN, "unknown" },
    { 0, HEARTH_LIFE_STAGE_CHILD, "child" },
    { 17, HEARTH_LIFE_STAGE_CHILD, "child" },
    { 18, HEARTH_LIFE_STAGE_18_25, "18-25" },
    { 25, HEARTH_LIFE_STAGE_18_25, "18-25" },
    { 26, HEARTH_LIFE_STAGE_26_45, "26-45" },
    { 45, HEARTH_LIFE_STAGE_26_45, "26-45" },
    { 46, HEARTH_LIFE_STAGE_46_59, "46-59" },
    { 59, HEARTH_LIFE_STAGE_46_59, "46-59" },
    { 60, HEARTH_LIFE_STAGE_60_PLUS, "60+" },
    { 101, HEARTH_LIFE_STAGE_60_PLUS, "60+" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (hearth_life_stage_for_age (cases[i].age), ==, cases[i].stage);
      g_assert_cmpstr (hearth_life_stage_to_string (cases[i].stage), ==, cases[i].id);
    }
}

/* @n days with an entry, counting back from @today (today included). */
static HearthEngagement
engagement_of_last (guint  n,
                    gint64 today,
                    guint *active)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n; i++)
    {
      gint64 day = today - i;

      g_array_append_val (days, day);
    }
  return hearth_engagement_compute ((const gint64 *) (gpointer) days->data, days->len, today, active);
}

static void
test_layers_engagement (void)
{
  const gint64 today = 20000;
  /* Outside the 30 days (29 back is the first one in), repeated, future. */
  const gint64 odd[] = { today - 30, today - 400, today + 1, today, today, today - 29 };
  guint active = 99;

  g_assert_cmpint (engagement_of_last (0, today, &active), ==, HEARTH_ENGAGEMENT_LOW);
  g_assert_cmpuint (active, ==, 0);
  g_assert_cmpint (engagement_of_last (7, today, &active), ==, HEARTH_ENGAGEMENT_LOW);    /* 23 % */
  g_assert_cmpint (engagement_of_last (8, today, &active), ==, HEARTH_ENGAGEMENT_MEDIUM); /* 27 % */
  g_assert_cmpint (engagement_of_last (17, today, &active), ==, HEARTH_ENGAGEMENT_MEDIUM); /* 57 % */
  g_assert_cmpint (engagement_of_last (18, today, &active), ==, HEARTH_ENGAGEMENT_HIGH);  /* 60 % */
  g_assert_cmpuint (active, ==, 18);
  g_assert_cmpint (engagement_of_last (45, today, &active), ==, HEARTH_ENGAGEMENT_HIGH);
  g_assert_cmpuint (active, ==, 30);

  g_assert_cmpint (hearth_engagement_compute (odd, G_N_ELEMENTS (odd), today, &active), ==,
                   HEARTH_ENGAGEMENT_LOW);
  g_assert_cmpuint (active, ==, 2);
  g_assert_cmpstr (hearth_engagement_to_string (HEARTH_ENGAGEMENT_MEDIUM), ==, "medium");
}

static void
test_layers_health_state (void)
{
  const char *hypertension[] = { HEARTH_CONDITION_HYPERTENSION, NULL };
  const char *kidney[] = { "asthma", HEARTH_CONDITION_KIDNEY_DISEASE, NULL };
  const char *pregnancy[] = { HEARTH_CONDITION_PREGNANCY, NULL };
  const HearthKindStatus in_range[] = {
    { HEARTH_READING_STATUS_IN_RANGE, HEARTH_READING_STATUS_IN_RANGE },
    { HEARTH_READING_STATUS_NONE, HEARTH_READING_STATUS_NONE },
  };
  const HearthKindStatus borderline[] = {
    { HEARTH_READING_STATUS_IN_RANGE, HEARTH_READING_STATUS_OUT_OF_RANGE },
    { HEARTH_READING_STATUS_BORDERLINE, HEARTH_READING_STATUS_BORDERLINE },
  };
  const HearthKindStatus recovered[] = {
    { HEARTH_READING_STATUS_IN_RANGE, HEARTH_READING_STATUS_IN_RANGE },
    { HEARTH_READING_STATUS_IN_RANGE, HEARTH_READING_STATUS_OUT_OF_RANGE },
  };
  const HearthKindStatus was_borderline[] = {
    { HEARTH_READING_STATUS_IN_RANGE, HEARTH_READING_STATUS_BORDERLINE },
  };

  g_assert_cmpint (hearth_health_state_compute (NULL, NULL, 0), ==, HEARTH_HEALTH_STATE_HEALTHY);
  g_assert_cmpint (hearth_health_state_compute (pregnancy, in_range, 2), ==, HEARTH_HEALTH_STATE_HEALTHY);
  g_assert_cmpint (hearth_health_state_compute (hypertension, in_range, 2), ==, HEARTH_HEALTH_STATE_CHRONIC);
  g_assert_cmpint (hearth_health_state_compute (kidney, NULL, 0), ==, HEARTH_HEALTH_STATE_CHRONIC);
  g_assert_cmpint (hearth_health_state_compute (NULL, borderline, 2), ==, HEARTH_HEALTH_STATE_SUB_HEALTHY);
  g_assert_cmpint (hearth_health_state_compute (NULL, recovered, 2), ==, HEARTH_HEALTH_STATE_RECOVERING);
  g_assert_cmpint (hearth_health_state_compute (NULL, was_borderline, 1), ==, HEARTH_HEALTH_STATE_HEALTHY);
  g_assert_cmpstr (hearth_health_state_to_string (HEARTH_HEALTH_STATE_SUB_HEALTHY), ==, "sub-healthy");
}

/* From the store, at the fixture's 2024-06-15 12:00 UTC. */
static void
test_layers_store (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = hearth_profile_new ("Ann");
  g_autoptr(GError) error = NULL;
  g_autofree char *r1 = NULL;
  g_autofree char *r2 = NULL;
  g_autofree char *old = NULL;
  g_autoptr(GDateTime) at_old = utc (2024, 5, 15, 9, 0);
  g_autoptr(GDateTime) at_r1 = utc (2024, 6, 1, 9, 0);
  g_autoptr(GDateTime) at_r2 = utc (2024, 6, 15, 8, 0);
  g_autoptr(GDateTime) at_w = utc (2024, 6, 14, 8, 0);
  HearthLayerAdvice advice;
  HearthLayers layers;

  hearth_profile_set_birth (ann, 1960, 3, 1);   /* 64 */
  ASSERT_OK (hearth_store_add_profile (f->store, ann, &error));

  ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
  g_assert_cmpint (layers.life_stage, ==, HEARTH_LIFE_STAGE_60_PLUS);
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_HEALTHY);
  g_assert_cmpint (layers.engagement, ==, HEARTH_ENGAGEMENT_LOW);
  g_assert_cmpuint (layers.active_days, ==, 0);

  /* Stage 2 on 1 June, back under 120/80 today: recovering. A stage 2
   * reading 31 days before today no longer counts. */
  old = add_bp (f, hearth_profile_get_uuid (ann), at_old, 170, 100);
  r1 = add_bp (f, hearth_profile_get_uuid (ann), at_r1, 150, 95);
  ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_SUB_HEALTHY);
  r2 = add_bp (f, hearth_profile_get_uuid (ann), at_r2, 115, 75);
  ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_RECOVERING);
  g_assert_cmpuint (layers.active_days, ==, 2);
  g_assert_cmpfloat_with_epsilon (layers.active_share, 2.0 / 30, 1e-9);

  ASSERT_OK (hearth_store_delete_reading (f->store, r1, &error));
  ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_HEALTHY);

  /* A weight with a height: BMI 31.2, obese class I, out of range. */
  hearth_profile_set_height_cm (ann, 160);
  ASSERT_OK (hearth_store_update_profile (f->store, ann, &error));
  g_clear_pointer (&r1, g_free);
  r1 = add_weight (f, hearth_profile_get_uuid (ann), at_w, 80, NAN);
  ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_SUB_HEALTHY);

  /* 18 days of the last 30: high. */
  for (int i = 0; i < 18; i++)
    {
      g_autoptr(GDateTime) start = utc (2024, 5, 17, 7, 0);
      g_autoptr(GDateTime) at = g_date_time_add_days (start, i);
      g_autofree char *w = add_weight (f, hearth_profile_get_uuid (ann), at, 58, NAN);
    }
  ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
  g_assert_cmpint (layers.engagement, ==, HEARTH_ENGAGEMENT_HIGH);
  g_assert_cmpuint (layers.active_days, ==, 20);
  /* The newest weight (14 June, 80 kg) decides, not the lighter ones. */
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_SUB_HEALTHY);

  /* The same days as hearth_store_list_logging_days() gives, in the last
   * 30: a meal, a workout and a dose taken count (the dose on its day in
   * its own offset: 23:30 UTC on 9 June in +02:00 is 10 June), one just
   * before the 30 days does not. */
  {
    gint64 id = query_int (f, "SELECT id FROM profiles WHERE name = 'Ann'");
    gint64 dose_at = (gint64) 1717975800 * G_USEC_PER_SEC;  /* 2024-06-09 23:30 UTC */
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO meals (uuid, profile_id, type, taken_at, utc_offset, local_day, created_at, updated_at) "
      "VALUES ('m1', %" G_GINT64_FORMAT ", 'lunch', 0, 0, %" G_GINT64_FORMAT ", 1, 1),"
      "       ('m2', %" G_GINT64_FORMAT ", 'lunch', 0, 0, %" G_GINT64_FORMAT ", 1, 1);"
      "INSERT INTO workouts (uuid, profile_id, activity, started_at, utc_offset, local_day, duration_s, created_at, updated_at) "
      "VALUES ('w1', %" G_GINT64_FORMAT ", 'yoga', 0, 0, %" G_GINT64_FORMAT ", 600, 1, 1);"
      "INSERT INTO medications (uuid, profile_id, name, schedule, start_day, created_at, updated_at) "
      "VALUES ('med', %" G_GINT64_FORMAT ", 'Aspirin', 'as-needed', 0, 1, 1);"
      "INSERT INTO doses (uuid, medication_id, status, taken_at, utc_offset, created_at, updated_at) "
      "VALUES ('d1', 1, 'taken', %" G_GINT64_FORMAT ", 7200, 1, 1);",
      id, day_of (2024, 6, 12), id, day_of (2024, 5, 16), id, day_of (2024, 6, 13), id, dose_at);
    g_autoptr(GArray) all = NULL;
    guint active = 0;

    exec_sql (f, sql);
    all = hearth_store_list_logging_days (f->store, hearth_profile_get_uuid (ann), &error);
    g_assert_no_error (error);
    hearth_engagement_compute ((const gint64 *) (gpointer) all->data, all->len, day_of (2024, 6, 15), &active);
    ASSERT_OK (hearth_store_get_layers (f->store, ann, NULL, &layers, &error));
    g_assert_cmpuint (layers.active_days, ==, active);
    g_assert_cmpuint (layers.active_days, ==, 23);
  }

  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_NONE, hearth_profile_get_conditions (ann), &advice);
  g_assert_cmpint (advice.first_goal, ==, HEARTH_SUGGESTED_GOAL_BP_IN_RANGE);  /* 60+ */
  g_assert_true (advice.larger_text);
  g_assert_cmpint (advice.tone, ==, HEARTH_TONE_BRIEF);
  g_assert_false (advice.smaller_steps);
  g_assert_false (advice.bp_twice_daily);
}

static void
test_layers_advise (void)
{
  const char *hypertension[] = { HEARTH_CONDITION_HYPERTENSION, NULL };
  const char *diabetes[] = { HEARTH_CONDITION_DIABETES, NULL };
  HearthLayers layers = {
    HEARTH_LIFE_STAGE_26_45, HEARTH_HEALTH_STATE_HEALTHY, HEARTH_ENGAGEMENT_MEDIUM, 10, 10.0 / 30,
  };
  HearthLayerAdvice a;

  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_NONE, NULL, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_LOGGING);
  g_assert_cmpint (a.tone, ==, HEARTH_TONE_ENCOURAGING);
  g_assert_false (a.larger_text);
  g_assert_false (a.smaller_steps);

  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_LOSE_WEIGHT, hypertension, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_WEIGHT);
  g_assert_true (a.bp_twice_daily);
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_RECORD, diabetes, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_GLUCOSE_IN_RANGE);
  g_assert_false (a.bp_twice_daily);
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_LOWER_BP, NULL, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_BP_IN_RANGE);
  g_assert_true (a.bp_twice_daily);
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_MOVE_MORE, NULL, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_ACTIVE_MINUTES);
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_MANAGE_GLUCOSE, NULL, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_GLUCOSE_IN_RANGE);

  /* A child who wants to lose weight is offered movement. */
  layers.life_stage = HEARTH_LIFE_STAGE_CHILD;
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_LOSE_WEIGHT, NULL, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_ACTIVE_MINUTES);

  /* Recovering: gentle. Low engagement: the logging habit first, smaller
   * steps, gentle, whatever the goal. */
  layers.life_stage = HEARTH_LIFE_STAGE_46_59;
  layers.health_state = HEARTH_HEALTH_STATE_RECOVERING;
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_NONE, NULL, &a);
  g_assert_cmpint (a.tone, ==, HEARTH_TONE_GENTLE);
  layers.health_state = HEARTH_HEALTH_STATE_HEALTHY;
  layers.engagement = HEARTH_ENGAGEMENT_LOW;
  hearth_layers_advise (&layers, HEARTH_MAIN_GOAL_LOWER_BP, hypertension, &a);
  g_assert_cmpint (a.first_goal, ==, HEARTH_SUGGESTED_GOAL_LOGGING);
  g_assert_cmpint (a.tone, ==, HEARTH_TONE_GENTLE);
  g_assert_true (a.smaller_steps);
  g_assert_true (a.bp_twice_daily);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/first-week/main-goal/strings", test_main_goal_strings);
  g_test_add ("/hearth/first-week/main-goal/store", Fixture, NULL, fixture_setup, test_main_goal_store, fixture_teardown);
  g_test_add ("/hearth/first-week/checklist/steps", Fixture, NULL, fixture_setup, test_checklist_steps, fixture_teardown);
  g_test_add ("/hearth/first-week/checklist/dismiss", Fixture, NULL, fixture_setup, test_checklist_dismiss, fixture_teardown);
  g_test_add_func ("/hearth/first-week/layers/life-stage", test_layers_life_stage);
  g_test_add_func ("/hearth/first-week/layers/engagement", test_layers_engagement);
  g_test_add_func ("/hearth/first-week/layers/health-state", test_layers_health_state);
  g_test_add ("/hearth/first-week/layers/store", Fixture, NULL, fixture_setup, test_layers_store, fixture_teardown);
  g_test_add_func ("/hearth/first-week/layers/advise", test_layers_advise);

  return g_test_run ();
}
