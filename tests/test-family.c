/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-family"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-core.h"
#include "hearth-store-family-private.h"
#include "hearth-store-goals.h"
#include "hearth-store-private.h"
#include "hearth-store-medications.h"
#include "store-fixture.h"

/* The family overview (hearth-store-family.h) of a scripted family, the
 * store's clock fixed at Saturday 15 June 2024, 12:00 UTC (the fixture's):
 * today is day_of (2024, 6, 15). */

#define TODAY day_of (2024, 6, 15)

static void
add_reading (Fixture       *f,
             HearthProfile *profile,
             HearthReading *reading)
{
  g_autoptr(HearthReading) owned = reading;
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (owned, hearth_profile_get_uuid (profile));
  ASSERT_OK (hearth_store_add_reading (f->store, owned, &error));
}

static HearthProfile *
add_member_with (Fixture    *f,
                 const char *name,
                 guint       birth_year,
                 double      height_cm,
                 const char *condition)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new (name);
  g_autoptr(GError) error = NULL;
  const char *conditions[] = { condition, NULL };

  hearth_profile_set_birth (profile, birth_year, 3, 1);
  if (height_cm > 0)
    hearth_profile_set_height_cm (profile, height_cm);
  if (condition != NULL)
    hearth_profile_set_conditions (profile, conditions);
  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  return g_steal_pointer (&profile);
}

static HearthMemberOverview *
overview_of (Fixture       *f,
             HearthProfile *profile)
{
  g_autoptr(GError) error = NULL;
  HearthMemberOverview *overview = hearth_store_member_overview (f->store, profile, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (overview);
  return overview;
}

static void
add_medication (Fixture       *f,
                HearthProfile *profile,
                const char    *name,
                const char    *times,
                char         **uuid)
{
  g_autoptr(HearthMedication) medication =
    hearth_medication_new (hearth_profile_get_uuid (profile), name, TODAY - 30);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_medication_set_times_text (medication, times, &error));
  ASSERT_OK (hearth_store_add_medication (f->store, medication, &error));
  *uuid = g_strdup (medication->uuid);
}

/* Latest readings: each kind tracked, in dashboard order, in canonical
 * units, with days since and the guideline's category id. */
static void
test_family_latest (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member_with (f, "Ann", 1960, 165, HEARTH_CONDITION_HYPERTENSION);
  g_autoptr(HearthProfile) kid = add_member_with (f, "Kid", 2016, 0, NULL);
  g_autoptr(GDateTime) morning = utc (2024, 6, 15, 8, 0);
  g_autoptr(GDateTime) earlier = utc (2024, 6, 14, 7, 30);
  g_autoptr(GDateTime) monday = utc (2024, 6, 10, 7, 0);
  g_autoptr(HearthMemberOverview) a = NULL;
  g_autoptr(HearthMemberOverview) k = NULL;
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GError) error = NULL;
  const HearthOverviewLatest *latest;
  g_autofree char *old = NULL, *bp = NULL;

  old = add_bp (f, hearth_profile_get_uuid (ann), earlier, 150, 95);
  bp = add_bp (f, hearth_profile_get_uuid (ann), morning, 134, 84);
  g_free (add_weight (f, hearth_profile_get_uuid (ann), monday, 70.0, NAN));
  add_reading (f, ann, hearth_reading_new_glucose (morning, 5.8, HEARTH_GLUCOSE_CONTEXT_FASTING));

  a = overview_of (f, ann);
  g_assert_cmpuint (a->latest->len, ==, 3);
  /* Hypertension and 60+: blood pressure first. */
  latest = &g_array_index (a->latest, HearthOverviewLatest, 0);
  g_assert_cmpint (latest->kind, ==, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_cmpstr (hearth_reading_get_uuid (latest->latest), ==, bp);
  g_assert_cmpfloat (hearth_reading_get_systolic (latest->latest), ==, 134);
  g_assert_cmpint (latest->days_since, ==, 0);
  g_assert_cmpstr (latest->category, ==, "stage-1");
  g_assert_false (latest->severe);

  latest = hearth_member_overview_find_latest (a, HEARTH_READING_KIND_WEIGHT);
  g_assert_nonnull (latest);
  g_assert_cmpint (latest->days_since, ==, 5);
  /* 70 kg at 165 cm: BMI 25.7, pre-obese by WHO. */
  g_assert_cmpstr (latest->category, ==, "pre-obese");

  latest = hearth_member_overview_find_latest (a, HEARTH_READING_KIND_GLUCOSE);
  g_assert_nonnull (latest);
  g_assert_cmpfloat (hearth_reading_get_mmol_l (latest->latest), ==, 5.8);
  g_assert_cmpstr (latest->category, ==, "prediabetes");
  g_assert_null (a->warning);
  g_assert_cmpuint (a->overdue->len, ==, 0);

  /* A member with nothing logged: nothing at all, no error. */
  k = overview_of (f, kid);
  g_assert_cmpuint (k->latest->len, ==, 0);
  g_assert_cmpuint (k->overdue->len, ==, 0);
  g_assert_cmpuint (k->doses_due, ==, 0);
  g_assert_null (k->warning);

  family = hearth_store_family_overview (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (family->len, ==, 2);
  g_assert_cmpstr (hearth_profile_get_name (((HearthMemberOverview *) family->pdata[0])->profile), ==, "Ann");
  g_assert_cmpuint (((HearthMemberOverview *) family->pdata[0])->latest->len, ==, 3);
  g_assert_cmpuint (((HearthMemberOverview *) family->pdata[1])->latest->len, ==, 0);
}

/* Overdue: blood pressure for hypertension after more than 7 days, a daily
 * habit once yesterday passed without, a weight goal after more than 7
 * days, never logged with a goal; not for a kind nothing expects. */
static void
test_family_overdue (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member_with (f, "Ann", 1960, 165, HEARTH_CONDITION_HYPERTENSION);
  g_autoptr(HearthProfile) bob = add_member_with (f, "Bob", 1985, 180, NULL);
  g_autoptr(HearthProfile) cat = add_member_with (f, "Cat", 1990, 170, NULL);
  g_autoptr(GDateTime) seven = utc (2024, 6, 8, 9, 0);
  g_autoptr(GDateTime) eight = utc (2024, 6, 7, 9, 0);
  g_autoptr(GDateTime) yesterday = utc (2024, 6, 14, 9, 0);
  g_autoptr(GDateTime) two_days = utc (2024, 6, 13, 9, 0);
  g_autoptr(GDateTime) long_ago = utc (2024, 1, 2, 9, 0);
  g_autoptr(HearthGoal) habit = hearth_goal_new (hearth_profile_get_uuid (bob), HEARTH_GOAL_KIND_HABIT,
                                                 HEARTH_GOAL_METRIC_STEPS, TODAY - 20);
  g_autoptr(HearthGoal) weight = hearth_goal_new (hearth_profile_get_uuid (cat), HEARTH_GOAL_KIND_RANGE,
                                                  HEARTH_GOAL_METRIC_SYSTOLIC, TODAY - 20);
  g_autoptr(HearthMemberOverview) a = NULL;
  g_autoptr(HearthMemberOverview) b = NULL;
  g_autoptr(HearthMemberOverview) c = NULL;
  g_autoptr(GError) error = NULL;
  const HearthOverviewOverdue *due;

  /* Ann: 7 days since is not overdue yet (7 whole days have not passed). */
  g_free (add_bp (f, hearth_profile_get_uuid (ann), seven, 130, 80));
  a = overview_of (f, ann);
  g_assert_null (hearth_member_overview_find_overdue (a, HEARTH_READING_KIND_BLOOD_PRESSURE));
  g_clear_pointer (&a, hearth_member_overview_free);

  /* 8 days: 7 whole days without one lie between. */
  exec_sql (f, "UPDATE readings SET deleted_at = 1");
  g_free (add_bp (f, hearth_profile_get_uuid (ann), eight, 130, 80));
  a = overview_of (f, ann);
  due = hearth_member_overview_find_overdue (a, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_nonnull (due);
  g_assert_cmpint (due->days_since, ==, 8);
  g_assert_cmpuint (due->interval_days, ==, 7);
  g_assert_cmpuint (a->overdue->len, ==, 1);
  /* Weight was logged but nothing expects it. */
  g_free (add_weight (f, hearth_profile_get_uuid (ann), long_ago, 70, NAN));
  g_clear_pointer (&a, hearth_member_overview_free);
  a = overview_of (f, ann);
  g_assert_null (hearth_member_overview_find_overdue (a, HEARTH_READING_KIND_WEIGHT));

  /* Bob: a daily steps habit; yesterday logged is fine, two days ago is not. */
  habit->target = 7500;
  ASSERT_OK (hearth_store_add_goal (f->store, habit, &error));
  add_reading (f, bob, hearth_reading_new_steps (two_days, 6000));
  b = overview_of (f, bob);
  due = hearth_member_overview_find_overdue (b, HEARTH_READING_KIND_STEPS);
  g_assert_nonnull (due);
  g_assert_cmpint (due->days_since, ==, 2);
  g_assert_cmpuint (due->interval_days, ==, 1);
  g_clear_pointer (&b, hearth_member_overview_free);
  add_reading (f, bob, hearth_reading_new_steps (yesterday, 8000));
  b = overview_of (f, bob);
  g_assert_null (hearth_member_overview_find_overdue (b, HEARTH_READING_KIND_STEPS));
  /* A blood pressure long ago (more than 90 days) is no longer tracked. */
  g_free (add_bp (f, hearth_profile_get_uuid (bob), long_ago, 120, 75));
  g_clear_pointer (&b, hearth_member_overview_free);
  b = overview_of (f, bob);
  g_assert_cmpuint (b->overdue->len, ==, 0);

  /* Cat: a keep-in-range goal on systolic and no blood pressure ever. */
  weight->target = 130;
  ASSERT_OK (hearth_store_add_goal (f->store, weight, &error));
  c = overview_of (f, cat);
  due = hearth_member_overview_find_overdue (c, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_nonnull (due);
  g_assert_cmpint (due->days_since, ==, -1);
  g_assert_cmpuint (due->interval_days, ==, 7);
}

/* Today's doses: due, taken, skipped, missed (past 2 h), pending. */
static void
test_family_doses (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member_with (f, "Ann", 1950, 160, NULL);
  g_autoptr(GDateTime) eight = utc (2024, 6, 15, 8, 5);
  g_autoptr(GDateTime) seven = utc (2024, 6, 15, 7, 0);
  g_autoptr(HearthMemberOverview) a = NULL;
  g_autoptr(HearthMedication) as_needed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *amlodipine = NULL, *metformin = NULL, *statin = NULL;

  /* 08:00 taken, 20:00 pending (1 of 2) */
  add_medication (f, ann, "Amlodipine", "08:00,20:00", &amlodipine);
  ASSERT_OK (hearth_store_take_dose (f->store, amlodipine, eight, NULL, &error));
  /* 07:00 skipped, 09:00 missed (past 11:00), 13:00 pending */
  add_medication (f, ann, "Metformin", "07:00,09:00,13:00", &metformin);
  ASSERT_OK (hearth_store_skip_dose (f->store, metformin, seven, "nausea", NULL, &error));
  /* Stopped yesterday: nothing due today. */
  add_medication (f, ann, "Statin", "21:00", &statin);
  ASSERT_OK (hearth_store_stop_medication (f->store, statin, TODAY - 1, &error));
  /* As needed: never due. */
  as_needed = hearth_medication_new (hearth_profile_get_uuid (ann), "Paracetamol", TODAY - 3);
  as_needed->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  ASSERT_OK (hearth_store_add_medication (f->store, as_needed, &error));
  ASSERT_OK (hearth_store_take_dose (f->store, as_needed->uuid, eight, NULL, &error));

  a = overview_of (f, ann);
  g_assert_cmpuint (a->doses_due, ==, 5);
  g_assert_cmpuint (a->doses_taken, ==, 1);
  g_assert_cmpuint (a->doses_skipped, ==, 1);
  g_assert_cmpuint (a->doses_missed, ==, 1);
}

/* A warning: the latest blood pressure severe, the latest glucose level-2
 * low, or a severe reading earlier today followed by a calmer one; none
 * for a severe reading of days ago followed by a normal one. */
static void
test_family_warning (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member_with (f, "Ann", 1960, 165, NULL);
  g_autoptr(HearthProfile) bob = add_member_with (f, "Bob", 1980, 180, HEARTH_CONDITION_DIABETES);
  g_autoptr(HearthProfile) cat = add_member_with (f, "Cat", 1975, 170, NULL);
  g_autoptr(GDateTime) morning = utc (2024, 6, 15, 8, 0);
  g_autoptr(GDateTime) later = utc (2024, 6, 15, 10, 0);
  g_autoptr(GDateTime) last_week = utc (2024, 6, 9, 8, 0);
  g_autoptr(HearthMemberOverview) a = NULL;
  g_autoptr(HearthMemberOverview) b = NULL;
  g_autoptr(HearthMemberOverview) c = NULL;
  g_autofree char *severe = NULL, *calmer = NULL;
  const HearthOverviewLatest *latest;

  /* Ann: 186/112 this morning, 150/95 later: the morning's still warns. */
  severe = add_bp (f, hearth_profile_get_uuid (ann), morning, 186, 112);
  a = overview_of (f, ann);
  g_assert_nonnull (a->warning);
  g_assert_cmpstr (hearth_reading_get_uuid (a->warning), ==, severe);
  latest = hearth_member_overview_find_latest (a, HEARTH_READING_KIND_BLOOD_PRESSURE);
  g_assert_true (latest->severe);
  g_clear_pointer (&a, hearth_member_overview_free);
  calmer = add_bp (f, hearth_profile_get_uuid (ann), later, 150, 95);
  a = overview_of (f, ann);
  g_assert_nonnull (a->warning);
  g_assert_cmpstr (hearth_reading_get_uuid (a->warning), ==, severe);
  g_assert_false (hearth_member_overview_find_latest (a, HEARTH_READING_KIND_BLOOD_PRESSURE)->severe);

  /* Bob: glucose 2.7 mmol/L last, level 2 low. */
  add_reading (f, bob, hearth_reading_new_glucose (morning, 2.7, HEARTH_GLUCOSE_CONTEXT_RANDOM));
  b = overview_of (f, bob);
  g_assert_nonnull (b->warning);
  g_assert_cmpint (hearth_reading_get_kind (b->warning), ==, HEARTH_READING_KIND_GLUCOSE);
  g_assert_cmpstr (hearth_member_overview_find_latest (b, HEARTH_READING_KIND_GLUCOSE)->category, ==, "hypo-2");

  /* Cat: severe last week, normal since: no warning. */
  g_free (add_bp (f, hearth_profile_get_uuid (cat), last_week, 190, 100));
  g_free (add_bp (f, hearth_profile_get_uuid (cat), morning, 118, 76));
  c = overview_of (f, cat);
  g_assert_null (c->warning);
}

/* A deleted member is NOT_FOUND; the list holds only live members. */
static void
test_family_deleted (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HearthProfile) ann = add_member_with (f, "Ann", 1960, 165, NULL);
  g_autoptr(HearthProfile) bob = add_member_with (f, "Bob", 1980, 180, NULL);
  g_autoptr(HearthMemberOverview) gone = NULL;
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_delete_profile (f->store, hearth_profile_get_uuid (bob), &error));
  gone = hearth_store_member_overview (f->store, bob, NULL, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  family = hearth_store_family_overview (f->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (family->len, ==, 1);
  g_assert_cmpstr (hearth_profile_get_uuid (((HearthMemberOverview *) family->pdata[0])->profile), ==,
                   hearth_profile_get_uuid (ann));
}

/* Its own query seeks today's readings through an index, never a table
 * nor the member's whole history (the rest is the store's public reads,
 * checked where they live). */
static void
test_family_query_plans (Fixture       *f,
                         gconstpointer  data)
{
  const char * const *queries = _hearth_store_family_queries_for_testing ();
  sqlite3 *db = _hearth_store_get_db (f->store);

  g_assert_nonnull (queries[0]);
  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", queries[i], NULL);
      g_autoptr(GString) plan = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);

      g_test_message ("%s\n-> %s", queries[i], plan->str);
      g_assert_nonnull (strstr (plan->str, "USING"));
      /* Today's readings by their day, not the member's whole history
       * walked in time order. */
      g_assert_nonnull (strstr (plan->str, "local_day=?"));
      lines = g_strsplit (plan->str, "\n", -1);
      for (char **line = lines; *line != NULL; line++)
        g_assert_false (g_str_has_prefix (*line, "SCAN "));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/hearth/family/latest", Fixture, NULL, fixture_setup, test_family_latest, fixture_teardown);
  g_test_add ("/hearth/family/overdue", Fixture, NULL, fixture_setup, test_family_overdue, fixture_teardown);
  g_test_add ("/hearth/family/doses", Fixture, NULL, fixture_setup, test_family_doses, fixture_teardown);
  g_test_add ("/hearth/family/warning", Fixture, NULL, fixture_setup, test_family_warning, fixture_teardown);
  g_test_add ("/hearth/family/deleted", Fixture, NULL, fixture_setup, test_family_deleted, fixture_teardown);
  g_test_add ("/hearth/family/query-plans", Fixture, NULL, fixture_setup, test_family_query_plans, fixture_teardown);

  return g_test_run ();
}
