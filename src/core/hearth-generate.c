/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-generate"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-generate-private.h"
#include "hearth-local-time.h"
#include "hearth-store-private.h"

/* The family (see hearth-generate.h). Values are "now"; trends run
 * backwards from there, so the newest readings look like the template. */
typedef struct
{
  const char *name;
  HearthSex   sex;
  int         age;
  double      height_cm;
  gboolean    hypertension;
  gboolean    diabetes;
  double      weight_kg;       /* now; adults */
  double      weight_trend;    /* kg per year */
  double      systolic;        /* morning means now */
  double      diastolic;
  double      bp_trend;        /* mmHg per year (systolic; diastolic half) */
  double      pulse;
  double      fasting_mmol;    /* diabetic members */
  double      body_fat;        /* % now */
  double      waist_cm;
  gboolean    scale_body_fat;  /* the scale also gives body fat */
  gboolean    sleep_tracker;
  double      steps;           /* usual daily steps (adults) */
  double      adherence;       /* chance a planned reading is taken */
} Template;

static const Template family[] = {
  { "Robert",   HEARTH_SEX_MALE,   68, 172, TRUE,  TRUE,  84, 0.3,  142, 86, 0.8, 70, 7.4, 27, 101, FALSE, TRUE,  6500, 0.92 },
  { "Helen",    HEARTH_SEX_FEMALE, 44, 165, FALSE, FALSE, 63, -0.2, 118, 76, 0.5, 66, 0,   29, 78,  TRUE,  TRUE,  9000, 0.85 },
  { "Daniel",   HEARTH_SEX_MALE,   46, 180, TRUE,  FALSE, 88, 0.6,  136, 88, 1.0, 72, 0,   24, 96,  FALSE, FALSE, 7500, 0.80 },
  { "Sophie",   HEARTH_SEX_FEMALE, 12, 152, FALSE, FALSE, 0,  0,    0,   0,  0,   0,  0,   0,  0,   FALSE, TRUE,  0,    0.60 },
  { "Margaret", HEARTH_SEX_FEMALE, 71, 160, FALSE, TRUE,  67, -0.1, 132, 78, 0.9, 74, 6.9, 33, 88,  FALSE, FALSE, 5000, 0.90 },
  { "Tom",      HEARTH_SEX_MALE,   19, 183, FALSE, FALSE, 74, 0.8,  0,   0,  0,   64, 0,   15, 80,  FALSE, TRUE,  11000, 0.55 },
};

#define ADULT_AGE 18
#define BP_AGE    40


typedef struct
{
  GRand           *rand;
  HearthGenerated *out;
  GTimeZone       *tz;
  GDateTime       *now;
  const Template  *tmpl;
  HearthProfile   *profile;
} Generator;

/* Random numbers ---------------------------------------------------------- */

static double
uniform (Generator *g,
         double     lo,
         double     hi)
{
  return g_rand_double_range (g->rand, lo, hi);
}

static gboolean
chance (Generator *g,
        double     p)
{
  return g_rand_double (g->rand) < p;
}

/* Box–Muller; two uniforms per draw, so the sequence stays simple. */
static double
normal (Generator *g,
        double     mean,
        double     sd)
{
  double u1 = 1.0 - g_rand_double (g->rand);   /* (0, 1] */
  double u2 = g_rand_double (g->rand);

  return mean + sd * sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

/* A function, not CLAMP(): the argument is a random draw, evaluated once. */
static double
clamp (double value,
       double lo,
       double hi)
{
  return value < lo ? lo : value > hi ? hi : value;
}

static double
round_to (double value,
          double step)
{
  return round (value / step) * step;
}

/* 128 random bits as a version 4 uuid. */
static char *
random_uuid (GRand *rand)
{
  guint32 w[4];

  for (guint i = 0; i < G_N_ELEMENTS (w); i++)
    w[i] = g_rand_int (rand);

  return g_strdup_printf ("%08x-%04x-%04x-%04x-%04x%08x",
                          w[0], w[1] >> 16, (w[1] & 0x0fff) | 0x4000,
                          ((w[2] >> 16) & 0x3fff) | 0x8000, w[2] & 0xffff, w[3]);
}

/* Readings ---------------------------------------------------------------- */

/* An instant on a local day at the wall-clock time @hours (0 ≤ hours < 24),
 * through hearth_local_time_resolve(); in an hour the clocks skipped, as
 * long after the day's first instant. NULL only where the day itself has
 * no start GDateTime can hold (the calendar's ends). */
GDateTime *
_hearth_generate_at_hours (GTimeZone *tz,
                           int        year,
                           int        month,
                           int        day,
                           double     hours)
{
  int seconds = (int) clamp (hours * 3600.0, 0, 24 * 3600 - 1);
  g_autoptr(GDateTime) start = NULL;
  GDateTime *dt;

  dt = hearth_local_time_resolve (tz, year, month, day, seconds / 3600, (seconds / 60) % 60,
                                  seconds % 60, NULL, NULL);
  if (dt != NULL)
    return dt;

  start = hearth_local_time_day_start (tz, year, month, day);
  return start != NULL ? g_date_time_add_seconds (start, seconds) : NULL;
}

static GDateTime *
at_hours (Generator *g,
          int        year,
          int        month,
          int        day,
          double     hours)
{
  return _hearth_generate_at_hours (g->tz, year, month, day, hours);
}

int
_hearth_generate_member_age (guint index)
{
  return family[index % G_N_ELEMENTS (family)].age;
}

/* Keeps @reading if it is not in the future; takes ownership. */
static void
keep (Generator     *g,
      HearthReading *reading)
{
  g_autoptr(HearthReading) owned = reading;
  g_autofree char *uuid = random_uuid (g->rand);
  GDateTime *taken = hearth_reading_get_taken_at (reading);

  /* Not in the future, nor without a time (past the calendar's ends). */
  if (taken == NULL || g_date_time_compare (taken, g->now) > 0)
    return;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (g->profile));
  _hearth_reading_set_uuid (reading, uuid);
  g->out->counts[hearth_reading_get_kind (reading)]++;
  g_ptr_array_add (g->out->readings, g_steal_pointer (&owned));
}

/* A growth curve; scaled so a member who grows up in the history reaches
 * their adult weight at 18 without a jump. */
static double
child_weight (const Template *t,
              double          age)
{
  double kg = age < 2 ? 3.5 + 4.25 * age : 12.0 + 2.8 * (age - 2);
  double at_adult = 12.0 + 2.8 * (ADULT_AGE - 2);

  if (t->weight_kg > 0)
    kg *= (t->weight_kg - t->weight_trend * (t->age - ADULT_AGE)) / at_adult;

  return kg;
}

static void
generate_bp (Generator *g,
             int        y,
             int        m,
             int        d,
             double     years_ago,
             double     season)
{
  const Template *t = g->tmpl;
  double sys_mean = t->systolic - t->bp_trend * years_ago + 3 * season;
  double dia_mean = t->diastolic - t->bp_trend / 2 * years_ago + 2 * season;
  /* Morning, then evening (a little lower); a day's own level. */
  const double start[] = { 7.0, 21.0 };
  const double shift[] = { 0, -4 };
  double day_effect = normal (g, 0, 4);

  for (guint session = 0; session < G_N_ELEMENTS (start); session++)
    {
      double when;

      if (!chance (g, t->adherence))
        continue;

      when = start[session] + uniform (g, -0.5, 0.5);
      for (guint k = 0; k < 2; k++)
        {
          g_autoptr(GDateTime) taken = at_hours (g, y, m, d, when + k / 60.0);
          double sys = round (clamp (normal (g, sys_mean + shift[session] + day_effect - 2 * k, 5), 85, 220));
          double dia = round (clamp (normal (g, dia_mean + shift[session] / 2 + day_effect / 2 - k, 4), 50, 130));
          double pulse = round (clamp (normal (g, t->pulse, 5), 45, 120));
          HearthReading *reading;

          dia = MIN (dia, sys - 20);
          reading = hearth_reading_new_blood_pressure (taken, sys, dia, pulse);
          hearth_reading_set_arm (reading, HEARTH_ARM_LEFT);
          hearth_reading_set_posture (reading, HEARTH_POSTURE_SITTING);
          keep (g, reading);
        }
    }
}

static void
generate_glucose (Generator *g,
                  int        y,
                  int        m,
                  int        d,
                  double     years_ago)
{
  const Template *t = g->tmpl;
  double fasting = t->fasting_mmol + 0.05 * years_ago;

  if (chance (g, t->adherence))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 6.3, 7.2));
      double v = round_to (clamp (normal (g, fasting, 0.8), 3.2, 20), 0.1);

      keep (g, hearth_reading_new_glucose (taken, v, HEARTH_GLUCOSE_CONTEXT_FASTING));
    }
  if (chance (g, 0.4))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 14.0, 15.0));
      double v = round_to (clamp (normal (g, fasting + 2.3, 1.5), 3.5, 25), 0.1);

      keep (g, hearth_reading_new_glucose (taken, v, HEARTH_GLUCOSE_CONTEXT_AFTER_MEAL));
    }
  if (chance (g, 0.1))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 22.0, 23.0));
      double v = round_to (clamp (normal (g, fasting + 0.8, 1.0), 3.5, 25), 0.1);

      keep (g, hearth_reading_new_glucose (taken, v, HEARTH_GLUCOSE_CONTEXT_BEDTIME));
    }
}

static void
generate_day (Generator *g,
              GDateTime *day,
              double     years_ago)
{
  const Template *t = g->tmpl;
  int y, m, d;
  double age = t->age - years_ago;
  gboolean adult = age >= ADULT_AGE;
  /* +1 in midwinter, −1 in midsummer (northern hemisphere). */
  double season;

  g_date_time_get_ymd (day, &y, &m, &d);
  season = cos (2 * G_PI * (g_date_time_get_day_of_year (day) - 15) / 365.25);

  if (age < 1)
    return;

  /* Weight, most mornings; the child's a few times a week. */
  if (chance (g, adult ? t->adherence : 0.3))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 6.5, 7.5));
      double kg = adult ? t->weight_kg - t->weight_trend * years_ago + 0.7 * season
                        : child_weight (t, age);
      double fat = NAN;

      kg = round_to (normal (g, kg, adult ? 0.4 : 0.2), 0.1);
      if (t->scale_body_fat)
        fat = round_to (clamp (normal (g, t->body_fat + 0.2 * season, 0.6), 5, 60), 0.1);
      keep (g, hearth_reading_new_weight (taken, kg, fat));
    }

  if (t->systolic > 0 && (t->hypertension || age >= BP_AGE))
    generate_bp (g, y, m, d, years_ago, season);

  if (t->diabetes)
    generate_glucose (g, y, m, d, years_ago);

  if (t->pulse > 0 && chance (g, 0.12))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 6.0, 7.0));

      keep (g, hearth_reading_new_heart_rate (taken, round (clamp (normal (g, t->pulse - 4, 4), 40, 110))));
    }

  if (chance (g, t->age >= 60 ? 0.1 : 0.02))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 8.0, 20.0));

      keep (g, hearth_reading_new_spo2 (taken, round (clamp (normal (g, 97, 1), 90, 100))));
    }

  if (chance (g, adult ? 0.02 : 0.05))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 7.0, 21.0));
      double celsius = !adult && chance (g, 0.3) ? normal (g, 38.4, 0.5) : normal (g, 36.7, 0.25);

      keep (g, hearth_reading_new_temperature (taken, round_to (clamp (celsius, 35.0, 40.5), 0.1)));
    }

  if (t->sleep_tracker && chance (g, 0.9))
    {
      double end_hours = uniform (g, 6.0, 7.5) + (g_date_time_get_day_of_week (day) >= 6 ? 1.0 : 0.0);
      double hours = round_to (clamp (normal (g, adult ? 7.0 : 9.5, 0.8), 3, 12), 0.05);
      g_autoptr(GDateTime) end = at_hours (g, y, m, d, end_hours);
      g_autoptr(GDateTime) start = g_date_time_add_seconds (end, -hours * 3600);
      double quality = clamp (round (normal (g, 3.5, 0.9)), 1, 5);

      keep (g, hearth_reading_new_sleep (start, end, quality));
    }

  if (adult && t->steps > 0 && chance (g, 0.95))
    {
      double usual = t->steps * (g_date_time_get_day_of_week (day) >= 6 ? 1.2 : 1.0);
      double steps = round (clamp (normal (g, usual, usual * 0.3), 300, 40000));

      keep (g, hearth_reading_new_steps (day, steps));
    }

  if (adult && t->waist_cm > 0 && chance (g, 1.0 / 30))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 7.0, 8.0));
      double cm = t->waist_cm - t->weight_trend * 0.8 * years_ago + 0.5 * season;

      keep (g, hearth_reading_new_waist (taken, round_to (normal (g, cm, 0.7), 0.5)));
    }

  if (adult && !t->scale_body_fat && t->body_fat > 0 && chance (g, 1.0 / 30))
    {
      g_autoptr(GDateTime) taken = at_hours (g, y, m, d, uniform (g, 7.0, 8.0));
      double fat = clamp (normal (g, t->body_fat - 0.1 * years_ago, 0.8), 5, 60);

      keep (g, hearth_reading_new_body_fat (taken, round_to (fat, 0.1)));
    }
}

static HearthProfile *
new_profile (Generator *g,
             guint      index)
{
  const Template *t = &family[index % G_N_ELEMENTS (family)];
  guint round = index / G_N_ELEMENTS (family);
  g_autofree char *name = round == 0 ? g_strdup (t->name) : g_strdup_printf ("%s %u", t->name, round + 1);
  g_autofree char *uuid = random_uuid (g->rand);
  HearthProfile *profile = hearth_profile_new (name);
  const char *conditions[3] = { NULL, NULL, NULL };
  guint n = 0;
  int month = g_rand_int_range (g->rand, 1, 13);
  int day = g_rand_int_range (g->rand, 1, 29);

  if (t->hypertension)
    conditions[n++] = HEARTH_CONDITION_HYPERTENSION;
  if (t->diabetes)
    conditions[n++] = HEARTH_CONDITION_DIABETES;

  /* The template's age, or a year less before the birthday. */
  hearth_profile_set_birth (profile, g_date_time_get_year (g->now) - t->age, month, day);
  hearth_profile_set_sex (profile, t->sex);
  hearth_profile_set_height_cm (profile, t->height_cm);
  hearth_profile_set_conditions (profile, conditions);
  _hearth_profile_set_uuid (profile, uuid);

  return profile;
}

HearthGenerated *
hearth_generated_new (guint32    seed,
                      guint      members,
                      guint      days,
                      GDateTime *now)
{
  g_autoptr(GDate) today = NULL;
  HearthGenerated *self;
  Generator g = { 0, };

  g_return_val_if_fail (members >= 1 && members <= HEARTH_GENERATE_MAX_MEMBERS, NULL);
  g_return_val_if_fail (days >= 1 && days <= HEARTH_GENERATE_MAX_DAYS, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_new0 (HearthGenerated, 1);
  self->profiles = g_ptr_array_new_with_free_func (g_object_unref);
  self->readings = g_ptr_array_new_with_free_func (g_object_unref);
  self->foods = g_ptr_array_new_with_free_func (g_object_unref);
  self->meals = g_ptr_array_new_with_free_func (g_object_unref);
  self->workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_workout_free);
  self->medications = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_medication_free);
  self->doses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_dose_free);

  g.rand = g_rand_new_with_seed (seed);
  g.out = self;
  g.tz = g_date_time_get_timezone (now);
  g.now = now;
  today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                         (GDateMonth) g_date_time_get_month (now),
                         (GDateYear) g_date_time_get_year (now));

  for (guint i = 0; i < members; i++)
    g_ptr_array_add (self->profiles, new_profile (&g, i));

  for (guint i = 0; i < members; i++)
    {
      g.tmpl = &family[i % G_N_ELEMENTS (family)];
      g.profile = g_ptr_array_index (self->profiles, i);

      for (guint k = days; k > 0; k--)
        {
          g_autoptr(GDateTime) day = NULL;
          GDate date = *today;

          /* Local days by the calendar, each from its own first instant
           * (00:00, or when the clocks land where they skip midnight). */
          if (g_date_get_julian (&date) <= k - 1)
            continue;  /* before year 1 */
          g_date_subtract_days (&date, k - 1);
          day = hearth_local_time_day_start (g.tz, g_date_get_year (&date), g_date_get_month (&date),
                                             g_date_get_day (&date));
          if (day != NULL)
            generate_day (&g, day, (k - 1) / 365.25);
        }
    }

  g_rand_free (g.rand);
  /* Diet, exercise and medications from a sequence of their own. */
  _hearth_generated_add_logs (self, seed, days, now);
  return self;
}

void
hearth_generated_free (HearthGenerated *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_clear_pointer (&self->readings, g_ptr_array_unref);
  g_clear_pointer (&self->foods, g_ptr_array_unref);
  g_clear_pointer (&self->meals, g_ptr_array_unref);
  g_clear_pointer (&self->workouts, g_ptr_array_unref);
  g_clear_pointer (&self->medications, g_ptr_array_unref);
  g_clear_pointer (&self->doses, g_ptr_array_unref);
  g_free (self);
}

GPtrArray *
hearth_generated_get_profiles (HearthGenerated *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->profiles;
}

GPtrArray *
hearth_generated_get_readings (HearthGenerated *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->readings;
}

GPtrArray *
hearth_generated_get_meals (HearthGenerated *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->meals;
}

GPtrArray *
hearth_generated_get_workouts (HearthGenerated *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->workouts;
}

GPtrArray *
hearth_generated_get_medications (HearthGenerated *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->medications;
}

GPtrArray *
hearth_generated_get_doses (HearthGenerated *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->doses;
}

guint
hearth_generated_count_kind (HearthGenerated   *self,
                             HearthReadingKind  kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, 0);

  return self->counts[kind];
}

/* Inside the store's write transaction (hearth_store_write()). */
static gboolean
store_in_transaction (HearthStore  *store,
                      gpointer      user_data,
                      GError      **error)
{
  HearthGenerated *self = user_data;

  /* Refuse before writing anything. */
  for (guint i = 0; i < self->profiles->len; i++)
    {
      HearthProfile *profile = g_ptr_array_index (self->profiles, i);
      g_autoptr(HearthProfile) existing = NULL;
      g_autoptr(GError) local_error = NULL;

      existing = hearth_store_find_profile (store, hearth_profile_get_name (profile), &local_error);
      if (existing != NULL)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                       _("A member named “%s” already exists"), hearth_profile_get_name (profile));
          return FALSE;
        }
      if (!g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  for (guint i = 0; i < self->profiles->len; i++)
    {
      if (!hearth_store_add_profile (store, g_ptr_array_index (self->profiles, i), error))
        return FALSE;
    }

  return _hearth_store_add_readings (store, self->readings, error) &&
         _hearth_generated_store_logs (self, store, error);
}

/* Members and readings in one transaction: all or nothing. */
gboolean
hearth_generated_store (HearthGenerated  *self,
                        HearthStore      *store,
                        GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (HEARTH_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return hearth_store_write (store, store_in_transaction, self, error);
}
