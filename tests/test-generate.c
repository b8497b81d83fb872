/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-generate"

#include "config.h"

#include <math.h>

#include "hearth-core.h"
#include "hearth-store-day.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "store-fixture.h"

/* hearth-cli generate's diet, exercise and medication logs
 * (hearth-generate-logs.c): deterministic, realistic, stored whole or not
 * at all. */

#define N_MEMBERS 6

static GDateTime *
berlin (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (tz);
  return g_date_time_new (tz, y, mo, d, h, mi, 0);
}

static const char *
member_uuid (HearthGenerated *generated,
             guint            index)
{
  return hearth_profile_get_uuid (g_ptr_array_index (hearth_generated_get_profiles (generated), index));
}

/* Same seed and now: the same logs, uuids included; another seed differs. */
static void
test_generate_logs_deterministic (void)
{
  g_autoptr(GDateTime) now = berlin (2026, 3, 30, 21, 0);
  g_autoptr(HearthGenerated) a = hearth_generated_new (11, N_MEMBERS, 60, now);
  g_autoptr(HearthGenerated) b = hearth_generated_new (11, N_MEMBERS, 60, now);
  g_autoptr(HearthGenerated) c = hearth_generated_new (12, N_MEMBERS, 60, now);
  GPtrArray *ma = hearth_generated_get_meals (a), *mb = hearth_generated_get_meals (b);
  GPtrArray *wa = hearth_generated_get_workouts (a), *wb = hearth_generated_get_workouts (b);
  GPtrArray *da = hearth_generated_get_doses (a), *db = hearth_generated_get_doses (b);
  GPtrArray *meds_a = hearth_generated_get_medications (a), *meds_b = hearth_generated_get_medications (b);
  guint same_as_c = 0;

  g_assert_cmpuint (ma->len, >, 200);
  g_assert_cmpuint (ma->len, ==, mb->len);
  for (guint i = 0; i < ma->len; i++)
    {
      HearthMeal *x = g_ptr_array_index (ma, i), *y = g_ptr_array_index (mb, i);
      GPtrArray *xi = hearth_meal_get_items (x), *yi = hearth_meal_get_items (y);

      g_assert_true (g_uuid_string_is_valid (hearth_meal_get_uuid (x)));
      g_assert_cmpstr (hearth_meal_get_uuid (x), ==, hearth_meal_get_uuid (y));
      g_assert_true (g_date_time_equal (hearth_meal_get_taken_at (x), hearth_meal_get_taken_at (y)));
      g_assert_cmpuint (xi->len, ==, yi->len);
      for (guint k = 0; k < xi->len; k++)
        {
          HearthMealItem *p = g_ptr_array_index (xi, k), *q = g_ptr_array_index (yi, k);

          g_assert_cmpstr (p->uuid, ==, q->uuid);
          g_assert_cmpstr (p->food_uuid, ==, q->food_uuid);
          g_assert_cmpfloat (p->amount, ==, q->amount);
          g_assert_cmpfloat (p->nutrients.energy_kcal, ==, q->nutrients.energy_kcal);
        }
    }
  g_assert_cmpuint (wa->len, >, 20);
  g_assert_cmpuint (wa->len, ==, wb->len);
  for (guint i = 0; i < wa->len; i++)
    {
      HearthWorkout *x = g_ptr_array_index (wa, i), *y = g_ptr_array_index (wb, i);

      g_assert_cmpstr (x->uuid, ==, y->uuid);
      g_assert_cmpstr (x->activity, ==, y->activity);
      g_assert_cmpint (x->duration_s, ==, y->duration_s);
      g_assert_true (g_date_time_equal (x->start, y->start));
    }
  g_assert_cmpuint (meds_a->len, ==, meds_b->len);
  for (guint i = 0; i < meds_a->len; i++)
    g_assert_cmpstr (((HearthMedication *) meds_a->pdata[i])->uuid, ==,
                     ((HearthMedication *) meds_b->pdata[i])->uuid);
  g_assert_cmpuint (da->len, >, 100);
  g_assert_cmpuint (da->len, ==, db->len);
  for (guint i = 0; i < da->len; i++)
    {
      HearthDose *x = g_ptr_array_index (da, i), *y = g_ptr_array_index (db, i);

      g_assert_cmpstr (x->uuid, ==, y->uuid);
      g_assert_cmpint (x->status, ==, y->status);
      g_assert_true ((x->taken_at == NULL) == (y->taken_at == NULL));
      if (x->taken_at != NULL)
        g_assert_true (g_date_time_equal (x->taken_at, y->taken_at));
    }

  /* Another seed: other meals. */
  for (guint i = 0; i < MIN (ma->len, hearth_generated_get_meals (c)->len); i++)
    same_as_c += g_date_time_equal (hearth_meal_get_taken_at (g_ptr_array_index (ma, i)),
                                    hearth_meal_get_taken_at (g_ptr_array_index (hearth_generated_get_meals (c), i)));
  g_assert_cmpuint (same_as_c, <, ma->len / 10);
}

/* Realistic patterns over 120 days: three meals and snacks on the days a
 * log is kept (some days none), workouts a few times a week, medications
 * for some members and their doses mostly taken, some skipped, some
 * missed. Everything valid and not in the future, across the start of
 * summer time in Berlin. */
static void
test_generate_logs_patterns (void)
{
  g_autoptr(GDateTime) now = berlin (2026, 4, 20, 22, 30);
  const guint days = 120;
  g_autoptr(HearthGenerated) generated = hearth_generated_new (5, N_MEMBERS, days, now);
  GPtrArray *meals = hearth_generated_get_meals (generated);
  GPtrArray *workouts = hearth_generated_get_workouts (generated);
  GPtrArray *medications = hearth_generated_get_medications (generated);
  GPtrArray *doses = hearth_generated_get_doses (generated);
  guint meal_count[N_MEMBERS] = { 0, }, main_meals[N_MEMBERS] = { 0, }, snack_count[N_MEMBERS] = { 0, };
  guint workout_count[N_MEMBERS] = { 0, }, medication_count[N_MEMBERS] = { 0, };
  g_autoptr(GHashTable) logged_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint taken = 0, skipped = 0, as_needed = 0, scheduled = 0;
  gint64 today = 20563;  /* 2026-04-20 */

  for (guint i = 0; i < meals->len; i++)
    {
      HearthMeal *meal = g_ptr_array_index (meals, i);
      g_autoptr(GError) error = NULL;
      HearthMealType type = hearth_meal_get_meal_type (meal);
      guint m;

      for (m = 0; m < N_MEMBERS; m++)
        if (g_strcmp0 (hearth_meal_get_profile_uuid (meal), member_uuid (generated, m)) == 0)
          break;
      g_assert_cmpuint (m, <, N_MEMBERS);
      g_assert_true (hearth_meal_validate (meal, now, &error));
      g_assert_no_error (error);
      g_assert_cmpint (hearth_meal_get_local_day (meal), >, today - days);
      g_assert_cmpint (hearth_meal_get_local_day (meal), <=, today);
      g_assert_cmpuint (hearth_meal_get_items (meal)->len, >=, 1);
      meal_count[m]++;
      if (type == HEARTH_MEAL_TYPE_SNACK)
        snack_count[m]++;
      else
        main_meals[m]++;
      g_hash_table_add (logged_days, g_strdup_printf ("%u/%" G_GINT64_FORMAT, m, hearth_meal_get_local_day (meal)));
    }

  for (guint m = 0; m < N_MEMBERS; m++)
    {
      guint days_logged = 0;

      for (gint64 d = today - days + 1; d <= today; d++)
        {
          g_autofree char *key = g_strdup_printf ("%u/%" G_GINT64_FORMAT, m, d);

          days_logged += g_hash_table_contains (logged_days, key);
        }
      /* Some days have no log at all; a logged day has close to three
       * main meals and some snacks. */
      g_assert_cmpuint (days_logged, <, days);
      g_assert_cmpuint (days_logged, >, days / 4);
      g_assert_cmpfloat ((double) main_meals[m] / days_logged, >, 2.4);
      g_assert_cmpfloat ((double) main_meals[m] / days_logged, <=, 3.0);
      g_assert_cmpuint (snack_count[m], >, days_logged / 4);
      g_assert_cmpfloat ((double) meal_count[m] / days_logged, <=, 6.0);
    }

  for (guint i = 0; i < workouts->len; i++)
    {
      HearthWorkout *workout = g_ptr_array_index (workouts, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) end = g_date_time_add_seconds (workout->start, workout->duration_s);

      g_assert_true (hearth_workout_validate (workout, &error));
      g_assert_no_error (error);
      g_assert_nonnull (hearth_activity_lookup (workout->activity));
      g_assert_cmpint (g_date_time_compare (end, now), <=, 0);
      for (guint m = 0; m < N_MEMBERS; m++)
        workout_count[m] += g_strcmp0 (workout->profile_uuid, member_uuid (generated, m)) == 0;
    }
  /* A few times a week each: between 1 and 7 a week. */
  for (guint m = 0; m < N_MEMBERS; m++)
    {
      g_assert_cmpuint (workout_count[m], >=, days / 7);
      g_assert_cmpuint (workout_count[m], <=, days);
    }

  for (guint i = 0; i < medications->len; i++)
    {
      HearthMedication *medication = g_ptr_array_index (medications, i);
      g_autoptr(GError) error = NULL;

      g_assert_true (hearth_medication_validate (medication, &error));
      g_assert_no_error (error);
      for (guint m = 0; m < N_MEMBERS; m++)
        medication_count[m] += g_strcmp0 (medication->profile_uuid, member_uuid (generated, m)) == 0;
      if (medication->schedule != HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
        for (gint64 d = MAX (medication->start_day, today - days + 1); d <= today; d++)
          if (hearth_medication_is_due_on (medication, d))
            for (guint k = 0; k < medication->n_times; k++)
              {
                g_autoptr(GDateTime) due = hearth_medication_dose_instant (g_date_time_get_timezone (now),
                                                                            d, medication->times[k]);
                scheduled += g_date_time_compare (due, now) <= 0;
              }
    }
  /* Some members: the grandparents and the parents, not the child nor
   * the young adult. */
  g_assert_cmpuint (medication_count[0], ==, 3);
  g_assert_cmpuint (medication_count[3], ==, 0);
  g_assert_cmpuint (medication_count[4], ==, 3);
  g_assert_cmpuint (medication_count[5], ==, 0);

  for (guint i = 0; i < doses->len; i++)
    {
      HearthDose *dose = g_ptr_array_index (doses, i);

      if (dose->status == HEARTH_DOSE_TAKEN)
        {
          g_assert_nonnull (dose->taken_at);
          g_assert_cmpint (g_date_time_compare (dose->taken_at, now), <=, 0);
          if (dose->scheduled_day < 0)
            as_needed++;
          else
            {
              taken++;
              /* Near the time it was due (the adherence window is 2 h). */
              g_assert_cmpint (ABS (g_date_time_difference (dose->taken_at, dose->scheduled_at)), <=,
                               100 * G_TIME_SPAN_MINUTE);
            }
        }
      else
        {
          g_assert_cmpint (dose->status, ==, HEARTH_DOSE_SKIPPED);
          g_assert_cmpint (dose->scheduled_day, >=, 0);
          skipped++;
        }
    }
  g_assert_cmpuint (scheduled, >, 500);
  g_assert_cmpfloat ((double) taken / scheduled, >, 0.8);
  g_assert_cmpfloat ((double) taken / scheduled, <, 0.97);
  g_assert_cmpuint (skipped, >, 0);
  g_assert_cmpuint (taken + skipped, <, scheduled);   /* some missed */
  g_assert_cmpuint (as_needed, >, 0);
}

/* Stored in the one transaction: every row there, the day's totals and
 * adherence read back; a food the family already has is used, not added
 * twice, and the items take its values. */
static void
test_generate_logs_store (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (3, N_MEMBERS, 90, now);
  g_autoptr(HearthFood) apple = hearth_food_new ("APPLE", HEARTH_AMOUNT_UNIT_GRAM);
  GPtrArray *meals = hearth_generated_get_meals (generated);
  HearthNutrients expected, stored;
  HearthAdherence overall;
  HearthMeal *first = NULL;
  gint64 day;
  guint items = 0, apples = 0;

  hearth_food_set_nutrient (apple, HEARTH_NUTRIENT_ENERGY, 60);
  hearth_food_set_serving_size (apple, 200);
  ASSERT_OK (hearth_store_add_food (f->store, apple, &error));

  ASSERT_OK (hearth_generated_store (generated, f->store, &error));

  for (guint i = 0; i < meals->len; i++)
    items += hearth_meal_get_items ((HearthMeal *) meals->pdata[i])->len;
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meals"), ==, meals->len);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meal_items"), ==, items);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM workouts"), ==, hearth_generated_get_workouts (generated)->len);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM medications"), ==,
                   hearth_generated_get_medications (generated)->len);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM doses"), ==, hearth_generated_get_doses (generated)->len);
  /* The family's "APPLE" is the generated "Apple": one food, its values. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM foods WHERE lower(name) = 'apple'"), ==, 1);
  apples = query_int (f, "SELECT count(*) FROM meal_items i JOIN foods o ON o.id = i.food_id "
                         "WHERE o.name = 'APPLE' AND i.unit = 'serving' AND i.energy_kcal = 120 * i.amount");
  g_assert_cmpint (apples, >, 0);
  g_assert_cmpint (apples, ==, query_int (f, "SELECT count(*) FROM meal_items WHERE lower(name) = 'apple'"));

  /* A day's totals as the store reads them: the first meal's day, summed
   * from the generated meals (none of which had an apple then). */
  for (guint i = 0; i < meals->len && first == NULL; i++)
    {
      HearthMeal *meal = meals->pdata[i];
      gboolean has_apple = FALSE;

      for (guint k = 0; k < hearth_meal_get_items (meal)->len; k++)
        has_apple |= g_str_equal (((HearthMealItem *) hearth_meal_get_items (meal)->pdata[k])->name, "Apple");
      if (!has_apple)
        first = meal;
    }
  g_assert_nonnull (first);
  day = hearth_meal_get_local_day (first);
  hearth_nutrients_init_zero (&expected);
  for (guint i = 0; i < meals->len; i++)
    {
      HearthMeal *meal = meals->pdata[i];
      HearthNutrients totals;

      if (hearth_meal_get_local_day (meal) != day ||
          g_strcmp0 (hearth_meal_get_profile_uuid (meal), hearth_meal_get_profile_uuid (first)) != 0)
        continue;
      for (guint k = 0; k < hearth_meal_get_items (meal)->len; k++)
        if (g_str_equal (((HearthMealItem *) hearth_meal_get_items (meal)->pdata[k])->name, "Apple"))
          goto next;
      hearth_meal_get_totals (meal, &totals);
      hearth_nutrients_add (&expected, &totals);
    next:
      ;
    }
  ASSERT_OK (hearth_store_get_day_nutrition (f->store, hearth_meal_get_profile_uuid (first), day, &stored, &error));
  if (stored.energy_kcal == expected.energy_kcal)
    g_assert_cmpfloat_with_epsilon (stored.sodium_mg, expected.sodium_mg, 1e-6);
  else
    g_assert_cmpfloat (stored.energy_kcal, >, expected.energy_kcal);  /* an apple snack that day */

  /* The grandfather's adherence over 30 days: mostly, not always. */
  ASSERT_OK (hearth_store_get_adherence (f->store, member_uuid (generated, 0), 30, NULL, &overall, &error));
  g_assert_cmpuint (overall.scheduled, >, 100);
  g_assert_cmpfloat ((double) overall.taken / overall.scheduled, >, 0.75);
  g_assert_cmpfloat ((double) overall.taken / overall.scheduled, <, 1.0);
}

/* hearth_store_get_day_summary() on the stored family agrees with what was
 * generated, member by member over the last 30 full days. */
static void
test_generate_logs_day_summary (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (9, N_MEMBERS, 60, now);
  GPtrArray *meals = hearth_generated_get_meals (generated);
  GPtrArray *workouts = hearth_generated_get_workouts (generated);
  GPtrArray *medications = hearth_generated_get_medications (generated);
  GPtrArray *doses = hearth_generated_get_doses (generated);
  gint64 today = g_date_time_to_unix (now) / 86400;   /* the fixture's clock is in UTC */
  guint checked_doses = 0, checked_as_needed = 0;

  ASSERT_OK (hearth_generated_store (generated, f->store, &error));

  for (guint m = 0; m < N_MEMBERS; m++)
    for (gint64 day = today - 30; day < today; day++)
      {
        const char *uuid = member_uuid (generated, m);
        HearthDaySummary summary;
        guint n_meals = 0, n_workouts = 0, taken = 0, skipped = 0, scheduled = 0, as_needed = 0;
        double kcal = 0;

        ASSERT_OK (hearth_store_get_day_summary (f->store, uuid, day, &summary, &error));
        for (guint i = 0; i < meals->len; i++)
          {
            HearthMeal *meal = meals->pdata[i];
            HearthNutrients totals;

            if (g_strcmp0 (hearth_meal_get_profile_uuid (meal), uuid) != 0 ||
                hearth_meal_get_local_day (meal) != day)
              continue;
            n_meals++;
            hearth_meal_get_totals (meal, &totals);
            kcal += totals.energy_kcal;
          }
        for (guint i = 0; i < workouts->len; i++)
          {
            HearthWorkout *workout = workouts->pdata[i];

            n_workouts += g_strcmp0 (workout->profile_uuid, uuid) == 0 &&
                          hearth_workout_get_local_day (workout) == day;
          }
        for (guint i = 0; i < medications->len; i++)
          {
            HearthMedication *medication = medications->pdata[i];

            if (g_strcmp0 (medication->profile_uuid, uuid) != 0)
              continue;
            if (medication->schedule != HEARTH_MEDICATION_SCHEDULE_AS_NEEDED &&
                hearth_medication_is_due_on (medication, day))
              scheduled += medication->n_times;
            for (guint k = 0; k < doses->len; k++)
              {
                HearthDose *dose = doses->pdata[k];

                if (g_strcmp0 (dose->medication_uuid, medication->uuid) != 0)
                  continue;
                if (dose->scheduled_day == day)
                  {
                    taken += dose->status == HEARTH_DOSE_TAKEN;
                    skipped += dose->status == HEARTH_DOSE_SKIPPED;
                  }
                else if (dose->scheduled_day < 0 && g_date_time_to_unix (dose->taken_at) / 86400 == day)
                  as_needed++;
              }
          }

        g_assert_cmpint (summary.local_day, ==, day);
        g_assert_cmpuint (summary.meals, ==, n_meals);
        g_assert_cmpfloat_with_epsilon (summary.intake.energy_kcal, kcal, 1e-6);
        g_assert_cmpuint (summary.workouts, ==, n_workouts);
        g_assert_cmpuint (summary.doses_scheduled, ==, scheduled);
        g_assert_cmpuint (summary.doses_taken, ==, taken);
        g_assert_cmpuint (summary.doses_skipped, ==, skipped);
        /* Past days: nothing pending; what was not marked was missed. */
        g_assert_cmpuint (summary.doses_pending, ==, 0);
        g_assert_cmpuint (summary.doses_missed, ==, scheduled - taken - skipped);
        g_assert_cmpuint (summary.doses_as_needed, ==, as_needed);
        /* Every generated member has a weight: each workout has its energy. */
        g_assert_cmpuint (summary.workouts_without_weight, ==, 0);
        g_assert_true ((summary.energy_out_kcal > 0) == (n_workouts > 0));
        g_assert_cmpint (summary.week.first_day, ==, hearth_day_week_monday (day));
        g_assert_cmpint ((day - summary.week.first_day), <, 7);
        checked_doses += scheduled;
        checked_as_needed += as_needed;
      }
  g_assert_cmpuint (checked_doses, >, 100);
  g_assert_cmpuint (checked_as_needed, >, 0);
}

/* A failure while the logs go in (here the last table refuses every row)
 * leaves nothing: no member, reading, food, meal, workout or medication. */
static void
test_generate_logs_all_or_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (3, 2, 30, now);
  const char *tables[] = { "profiles", "readings", "foods", "meals", "meal_items", "workouts",
                           "medications", "doses" };

  exec_sql (f, "CREATE TRIGGER no_doses BEFORE INSERT ON doses BEGIN SELECT RAISE (ABORT, 'no doses'); END;");
  fixture_reopen (f);

  g_assert_false (hearth_generated_store (generated, f->store, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      /* The reference foods every journal holds are not the family's. */
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s%s", tables[i],
                                              g_str_equal (tables[i], "foods") ? " WHERE source = 'user'" : "");

      g_assert_cmpint (query_int (f, sql), ==, 0);
    }
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 0);

  /* Without the trigger the same family goes in whole. */
  exec_sql (f, "DROP TRIGGER no_doses");
  fixture_reopen (f);
  ASSERT_OK (hearth_generated_store (generated, f->store, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM doses"), ==, hearth_generated_get_doses (generated)->len);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meals"), ==, hearth_generated_get_meals (generated)->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/generate/logs/deterministic", test_generate_logs_deterministic);
  g_test_add_func ("/hearth/generate/logs/patterns", test_generate_logs_patterns);
  g_test_add ("/hearth/generate/logs/store", Fixture, NULL, fixture_setup, test_generate_logs_store,
              fixture_teardown);
  g_test_add ("/hearth/generate/logs/day-summary", Fixture, NULL, fixture_setup,
              test_generate_logs_day_summary, fixture_teardown);
  g_test_add ("/hearth/generate/logs/all-or-nothing", Fixture, NULL, fixture_setup,
              test_generate_logs_all_or_nothing, fixture_teardown);

  return g_test_run ();
}
