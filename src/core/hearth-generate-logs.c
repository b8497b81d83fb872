/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-generate"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-diet-private.h"
#include "hearth-generate-private.h"
#include "hearth-local-time.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "hearth-store-private.h"
#include "hearth-usec.h"

/* The generated family's diet, exercise and medication logs (see
 * hearth-generate.h). Made-up demo data: the foods' values are rounded
 * typical values for a plausible diary, not a reference table (the app's
 * food table is the family's own). Names and the instructions are data,
 * like the members' names: stored as they are, not translated. */

typedef enum
{
  OATMEAL, BREAD, EGG, MILK, BANANA, APPLE, YOGURT, RICE, CHICKEN, SALMON, PASTA,
  TOMATO_SAUCE, SALAD, BROCCOLI, POTATOES, LENTIL_SOUP, CHEESE, ORANGE_JUICE,
  ALMONDS, CHOCOLATE, TOFU, N_FOODS
} FoodId;

typedef struct
{
  const char      *name;
  HearthAmountUnit per_unit;
  /* per 100 g or ml: kcal, protein, carbohydrate, sugars, fat, saturated
   * fat, fibre (g), sodium (mg) */
  double           values[HEARTH_N_NUTRIENTS];
  double           serving_size;   /* g or ml, 0: none */
  const char      *serving_name;
  gboolean         favourite;
} FoodTemplate;

static const FoodTemplate foods[N_FOODS] = {
  [OATMEAL]      = { "Oatmeal, cooked",          HEARTH_AMOUNT_UNIT_GRAM,       {  71, 2.5, 12.0, 0.3, 1.5, 0.3, 1.7,  49 }, 0,   NULL,      TRUE },
  [BREAD]        = { "Wholemeal bread",          HEARTH_AMOUNT_UNIT_GRAM,       { 247, 13,  41,   6.0, 3.4, 0.7, 7.0, 450 }, 32,  "slice",   FALSE },
  [EGG]          = { "Egg, boiled",              HEARTH_AMOUNT_UNIT_GRAM,       { 155, 12.6, 1.1, 1.1, 10.6, 3.3, 0,  124 }, 50,  "egg",     FALSE },
  [MILK]         = { "Milk, semi-skimmed",       HEARTH_AMOUNT_UNIT_MILLILITRE, {  47, 3.4, 4.8,  4.8, 1.7, 1.1, 0,    44 }, 200, "glass",   FALSE },
  [BANANA]       = { "Banana",                   HEARTH_AMOUNT_UNIT_GRAM,       {  89, 1.1, 22.8, 12.2, 0.3, 0.1, 2.6, 1 }, 118, "banana",  FALSE },
  [APPLE]        = { "Apple",                    HEARTH_AMOUNT_UNIT_GRAM,       {  52, 0.3, 13.8, 10.4, 0.2, 0.03, 2.4, 1 }, 180, "apple",  TRUE },
  [YOGURT]       = { "Yogurt, plain",            HEARTH_AMOUNT_UNIT_GRAM,       {  61, 3.5, 4.7,  4.7, 3.3, 2.1, 0,    46 }, 150, "pot",     FALSE },
  [RICE]         = { "Rice, cooked",             HEARTH_AMOUNT_UNIT_GRAM,       { 130, 2.7, 28.2, 0.1, 0.3, 0.1, 0.4,  1 }, 0,   NULL,      FALSE },
  [CHICKEN]      = { "Chicken breast, roasted",  HEARTH_AMOUNT_UNIT_GRAM,       { 165, 31,  0,    0,   3.6, 1.0, 0,    74 }, 0,   NULL,      FALSE },
  [SALMON]       = { "Salmon, baked",            HEARTH_AMOUNT_UNIT_GRAM,       { 206, 22,  0,    0,   12.4, 2.5, 0,   61 }, 0,   NULL,      FALSE },
  [PASTA]        = { "Pasta, cooked",            HEARTH_AMOUNT_UNIT_GRAM,       { 158, 5.8, 30.9, 0.6, 0.9, 0.2, 1.8,  1 }, 0,   NULL,      FALSE },
  [TOMATO_SAUCE] = { "Tomato sauce",             HEARTH_AMOUNT_UNIT_GRAM,       {  29, 1.3, 5.3,  3.6, 0.2, 0.03, 1.5, 470 }, 0,  NULL,      FALSE },
  [SALAD]        = { "Green salad",              HEARTH_AMOUNT_UNIT_GRAM,       {  17, 1.2, 3.3,  1.2, 0.2, 0.03, 2.0, 28 }, 0,   NULL,      FALSE },
  [BROCCOLI]     = { "Broccoli, steamed",        HEARTH_AMOUNT_UNIT_GRAM,       {  35, 2.4, 7.2,  1.4, 0.4, 0.1, 3.3,  41 }, 0,   NULL,      FALSE },
  [POTATOES]     = { "Potatoes, boiled",         HEARTH_AMOUNT_UNIT_GRAM,       {  87, 1.9, 20.1, 0.9, 0.1, 0.03, 1.8,  4 }, 0,   NULL,      FALSE },
  [LENTIL_SOUP]  = { "Lentil soup",              HEARTH_AMOUNT_UNIT_GRAM,       {  56, 3.6, 8.0,  1.0, 1.1, 0.2, 2.5, 300 }, 300, "bowl",   FALSE },
  [CHEESE]       = { "Cheddar",                  HEARTH_AMOUNT_UNIT_GRAM,       { 403, 25,  1.3,  0.5, 33,  21,  0,   621 }, 28,  "slice",   FALSE },
  [ORANGE_JUICE] = { "Orange juice",             HEARTH_AMOUNT_UNIT_MILLILITRE, {  45, 0.7, 10.4, 8.4, 0.2, 0.02, 0.2,  1 }, 200, "glass",   FALSE },
  [ALMONDS]      = { "Almonds",                  HEARTH_AMOUNT_UNIT_GRAM,       { 579, 21,  21.6, 4.4, 49.9, 3.8, 12.5, 1 }, 28,  "handful", FALSE },
  [CHOCOLATE]    = { "Dark chocolate",           HEARTH_AMOUNT_UNIT_GRAM,       { 546, 4.9, 61,   48,  31,  19,  7.0,  24 }, 20,  "piece",   FALSE },
  [TOFU]         = { "Tofu, firm",               HEARTH_AMOUNT_UNIT_GRAM,       { 144, 17,  2.8,  0.6, 8.7, 1.3, 2.3,  14 }, 0,   NULL,      FALSE },
};

/* One food of a usual meal: an adult's amount (g or ml, scaled by the
 * member's portion), or whole servings (not scaled). */
typedef struct
{
  int              food;     /* FoodId; -1 ends the list */
  double           amount;
  HearthAmountUnit unit;
} Portion;

#define G_ HEARTH_AMOUNT_UNIT_GRAM
#define ML HEARTH_AMOUNT_UNIT_MILLILITRE
#define SV HEARTH_AMOUNT_UNIT_SERVING
#define END { -1, 0, G_ }

static const Portion breakfasts[][5] = {
  { { OATMEAL, 300, G_ }, { BANANA, 1, SV }, { MILK, 250, ML }, END },
  { { BREAD, 2, SV }, { EGG, 2, SV }, { ORANGE_JUICE, 250, ML }, END },
  { { YOGURT, 200, G_ }, { APPLE, 1, SV }, { ALMONDS, 30, G_ }, { BREAD, 1, SV }, END },
  { { BREAD, 2, SV }, { CHEESE, 1, SV }, { MILK, 250, ML }, { BANANA, 1, SV }, END },
};
static const Portion lunches[][5] = {
  { { RICE, 250, G_ }, { CHICKEN, 150, G_ }, { BROCCOLI, 120, G_ }, END },
  { { PASTA, 300, G_ }, { TOMATO_SAUCE, 150, G_ }, { SALAD, 80, G_ }, { CHEESE, 15, G_ }, END },
  { { LENTIL_SOUP, 1, SV }, { BREAD, 2, SV }, { APPLE, 1, SV }, END },
  { { RICE, 250, G_ }, { TOFU, 180, G_ }, { BROCCOLI, 120, G_ }, END },
};
static const Portion dinners[][5] = {
  { { POTATOES, 300, G_ }, { SALMON, 170, G_ }, { SALAD, 100, G_ }, { YOGURT, 1, SV }, END },
  { { PASTA, 300, G_ }, { TOMATO_SAUCE, 150, G_ }, { CHEESE, 30, G_ }, END },
  { { RICE, 250, G_ }, { CHICKEN, 170, G_ }, { SALAD, 100, G_ }, { BREAD, 1, SV }, END },
  { { LENTIL_SOUP, 450, G_ }, { BREAD, 2, SV }, { CHEESE, 1, SV }, END },
};
static const Portion snacks[][5] = {
  { { APPLE, 1, SV }, END },
  { { BANANA, 1, SV }, END },
  { { ALMONDS, 1, SV }, END },
  { { CHOCOLATE, 1, SV }, END },
  { { YOGURT, 1, SV }, END },
};

#undef G_
#undef ML
#undef SV
#undef END

/* A workout a member does on some days of the week (bit 0 Monday), with a
 * chance on each of them. */
typedef struct
{
  const char *activity;    /* NULL ends the list */
  guint8      days;
  double      chance;
  double      minutes;     /* mean and spread */
  double      minutes_sd;
  double      hours;       /* usual start, local */
  double      metres_per_minute;  /* 0: no distance */
  double      steps_per_minute;   /* 0: no steps */
  int         min_age;
} WorkoutPlan;

/* A medication of a member, with how faithfully its doses are taken. */
typedef struct
{
  const char *name;        /* NULL ends the list */
  const char *strength;
  const char *form;
  HearthMedicationSchedule schedule;
  guint16     times[3];    /* minutes after midnight; 0 ends */
  guint       interval_days;
  const char *instructions;
  double      adherence;   /* a scheduled dose taken; as needed: a day with one */
  double      years;       /* taken for the last @years (0: the whole history) */
} MedicationPlan;

#define EVERY_DAY 0x7f
#define WEEKDAYS  0x1f
#define MON 0x01
#define TUE 0x02
#define WED 0x04
#define THU 0x08
#define FRI 0x10
#define SAT 0x20
#define SUN 0x40

/* In the order of hearth-generate.c's family: Robert, Helen, Daniel,
 * Sophie, Margaret, Tom. */
typedef struct
{
  double         log_chance;   /* a day the diet log is kept */
  double         portion;      /* adult portion scale */
  WorkoutPlan    workouts[4];
  MedicationPlan medications[4];
} LogTemplate;

static const LogTemplate logs[] = {
  { 0.85, 1.10,
    { { "walking-brisk", EVERY_DAY, 0.55, 35, 10, 9.5, 95, 110, 0 },
      { "tai-chi", SAT, 0.7, 45, 5, 8.0, 0, 0, 0 },
      { NULL } },
    { { "Metformin", "500 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_TIMES, { 8 * 60, 20 * 60 }, 0, "with food", 0.90, 0 },
      { "Lisinopril", "10 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_TIMES, { 8 * 60 }, 0, NULL, 0.93, 0 },
      { "Atorvastatin", "20 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_TIMES, { 21 * 60 }, 0, NULL, 0.85, 3 },
      { NULL } } },
  { 0.90, 0.90,
    { { "running-5mph", MON | WED | FRI, 0.75, 35, 8, 6.5, 134, 160, 0 },
      { "yoga", SUN, 0.6, 60, 5, 18.0, 0, 0, 0 },
      { NULL } },
    { { "Ibuprofen", "400 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_AS_NEEDED, { 0 }, 0, "with food", 0.04, 0 },
      { NULL } } },
  { 0.60, 1.25,
    { { "cycling-leisure", SAT | SUN, 0.6, 60, 20, 10.0, 250, 0, 0 },
      { "strength-training", TUE | THU, 0.5, 45, 10, 19.0, 0, 0, 0 },
      { NULL } },
    { { "Amlodipine", "5 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_TIMES, { 8 * 60 + 30 }, 0, NULL, 0.80, 2 },
      { NULL } } },
  { 0.70, 0,   /* the child: portions by age */
    { { "swimming-laps-slow", WED, 0.8, 45, 5, 17.0, 25, 0, 6 },
      { "dancing", SAT, 0.8, 60, 5, 10.0, 0, 0, 5 },
      { "cycling-leisure", EVERY_DAY, 0.3, 30, 10, 16.0, 200, 0, 6 },
      { NULL } },
    { { NULL } } },
  { 0.90, 0.85,
    { { "walking-moderate", EVERY_DAY, 0.6, 30, 10, 10.0, 80, 100, 0 },
      { "gardening", SAT | SUN, 0.4, 60, 20, 15.0, 0, 0, 0 },
      { "dancing-slow", FRI, 0.5, 60, 5, 19.0, 0, 0, 0 },
      { NULL } },
    { { "Metformin", "850 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_TIMES, { 8 * 60, 19 * 60 }, 0, "with food", 0.94, 0 },
      { "Vitamin D", "20 000 IU", "capsule", HEARTH_MEDICATION_SCHEDULE_INTERVAL, { 9 * 60 }, 7, NULL, 0.90, 0 },
      { "Paracetamol", "500 mg", "tablet", HEARTH_MEDICATION_SCHEDULE_AS_NEEDED, { 0 }, 0, NULL, 0.06, 0 },
      { NULL } } },
  { 0.40, 1.40,
    { { "running-6mph", EVERY_DAY, 0.35, 30, 8, 17.0, 161, 165, 0 },
      { "strength-training", MON | THU, 0.7, 60, 10, 18.0, 0, 0, 0 },
      { NULL } },
    { { NULL } } },
};

#define SKIP_CHANCE 0.03
#define SNACK_CHANCE 0.6
#define LATE_SNACK_CHANCE 0.25

typedef struct
{
  GRand           *rand;
  HearthGenerated *out;
  GTimeZone       *tz;
  GDateTime       *now;
  guint            index;      /* the member's */
  const LogTemplate *tmpl;
  const char      *profile_uuid;
} LogGenerator;

static double
uniform (LogGenerator *g,
         double        lo,
         double        hi)
{
  return g_rand_double_range (g->rand, lo, hi);
}

static gboolean
chance (LogGenerator *g,
        double        p)
{
  return g_rand_double (g->rand) < p;
}

static double
normal (LogGenerator *g,
        double        mean,
        double        sd)
{
  double u1 = 1.0 - g_rand_double (g->rand);
  double u2 = g_rand_double (g->rand);

  return mean + sd * sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
}

static double
clamp (double value,
       double lo,
       double hi)
{
  return value < lo ? lo : value > hi ? hi : value;
}

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

/* Foods -------------------------------------------------------------------- */

static void
add_foods (LogGenerator *g)
{
  for (guint i = 0; i < N_FOODS; i++)
    {
      const FoodTemplate *t = &foods[i];
      g_autoptr(HearthFood) food = hearth_food_new (t->name, t->per_unit);
      g_autofree char *uuid = random_uuid (g->rand);

      for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
        hearth_food_set_nutrient (food, n, t->values[n]);
      if (t->serving_size > 0)
        hearth_food_set_serving_size (food, t->serving_size);
      hearth_food_set_serving_name (food, t->serving_name);
      hearth_food_set_favourite (food, t->favourite);
      _hearth_food_set_uuid (food, uuid);
      g_ptr_array_add (g->out->foods, g_steal_pointer (&food));
    }
}

/* Meals -------------------------------------------------------------------- */

static double
portion_scale (LogGenerator *g,
               double        age)
{
  if (g->tmpl->portion > 0)
    return g->tmpl->portion;
  return clamp (0.35 + 0.045 * age, 0.4, 0.9);
}

static void
add_meal (LogGenerator    *g,
          HearthMealType   type,
          const Portion   *portions,
          GDateTime       *taken_at,
          double           scale)
{
  g_autoptr(HearthMeal) meal = NULL;
  g_autofree char *uuid = random_uuid (g->rand);

  if (taken_at == NULL || g_date_time_compare (taken_at, g->now) > 0)
    return;

  meal = hearth_meal_new (g->profile_uuid, type, taken_at);
  _hearth_meal_set_uuid (meal, uuid);
  for (const Portion *p = portions; p->food >= 0; p++)
    {
      HearthFood *food = g_ptr_array_index (g->out->foods, p->food);
      g_autoptr(HearthMealItem) item = hearth_meal_item_new ();
      double amount = p->amount;

      if (p->unit != HEARTH_AMOUNT_UNIT_SERVING)
        amount = MAX (5, round (amount * scale * uniform (g, 0.85, 1.15) / 5) * 5);

      item->uuid = random_uuid (g->rand);
      item->food_uuid = g_strdup (hearth_food_get_uuid (food));
      item->name = g_strdup (hearth_food_get_name (food));
      item->amount = amount;
      item->unit = p->unit;
      item->base_amount = hearth_nutrition_amount_in_base (hearth_food_get_per_unit (food),
                                                           hearth_food_get_serving_size (food),
                                                           amount, p->unit);
      /* The built-in set has every serving size it needs. */
      if (!hearth_food_compute (food, amount, p->unit, &item->nutrients, NULL))
        g_assert_not_reached ();
      hearth_meal_add_item (meal, g_steal_pointer (&item));
    }
  g_ptr_array_add (g->out->meals, g_steal_pointer (&meal));
}

static void
generate_meals (LogGenerator *g,
                int           y,
                int           m,
                int           d,
                double        age)
{
  struct {
    HearthMealType  type;
    const Portion (*choices)[5];
    guint           n_choices;
    double          chance;
    double          from, to;   /* local hours */
  } plan[] = {
    { HEARTH_MEAL_TYPE_BREAKFAST, breakfasts, G_N_ELEMENTS (breakfasts), 0.92, 6.5, 8.5 },
    { HEARTH_MEAL_TYPE_SNACK, snacks, G_N_ELEMENTS (snacks), SNACK_CHANCE / 2, 10.0, 11.0 },
    { HEARTH_MEAL_TYPE_LUNCH, lunches, G_N_ELEMENTS (lunches), 0.90, 12.0, 13.5 },
    { HEARTH_MEAL_TYPE_SNACK, snacks, G_N_ELEMENTS (snacks), SNACK_CHANCE / 2, 15.5, 16.5 },
    { HEARTH_MEAL_TYPE_DINNER, dinners, G_N_ELEMENTS (dinners), 0.95, 18.0, 20.0 },
    { HEARTH_MEAL_TYPE_SNACK, snacks, G_N_ELEMENTS (snacks), LATE_SNACK_CHANCE, 20.5, 21.5 },
  };
  double scale = portion_scale (g, age);

  if (!chance (g, g->tmpl->log_chance))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      g_autoptr(GDateTime) taken = NULL;
      guint which;

      if (!chance (g, plan[i].chance))
        continue;
      which = g_rand_int_range (g->rand, 0, plan[i].n_choices);
      taken = _hearth_generate_at_hours (g->tz, y, m, d, uniform (g, plan[i].from, plan[i].to));
      add_meal (g, plan[i].type, plan[i].choices[which], taken, scale);
    }
}

/* Workouts ----------------------------------------------------------------- */

static void
generate_workouts (LogGenerator *g,
                   GDateTime    *day,
                   int           y,
                   int           m,
                   int           d,
                   double        age)
{
  guint weekday = g_date_time_get_day_of_week (day) - 1;  /* 0 Monday */

  for (const WorkoutPlan *p = g->tmpl->workouts; p->activity != NULL; p++)
    {
      g_autoptr(GDateTime) start = NULL;
      HearthWorkout *workout;
      double minutes;

      if (age < p->min_age || !(p->days & (1u << weekday)) || !chance (g, p->chance))
        continue;

      minutes = round (clamp (normal (g, p->minutes, p->minutes_sd), 10, 180));
      start = _hearth_generate_at_hours (g->tz, y, m, d, p->hours + uniform (g, -0.5, 0.5));
      if (start == NULL)
        continue;
      {
        g_autoptr(GDateTime) end = g_date_time_add_minutes (start, (int) minutes);

        if (g_date_time_compare (end, g->now) > 0)
          continue;  /* not over yet */
      }

      workout = hearth_workout_new (g->profile_uuid, p->activity, start, (gint64) minutes * 60);
      workout->uuid = random_uuid (g->rand);
      if (p->metres_per_minute > 0)
        workout->distance_m = round (minutes * p->metres_per_minute * uniform (g, 0.9, 1.1) / 10) * 10;
      if (p->steps_per_minute > 0 && chance (g, 0.6))
        workout->steps = (gint64) round (minutes * p->steps_per_minute * uniform (g, 0.9, 1.1));
      if (chance (g, 0.5))
        workout->effort = g_rand_int_range (g->rand, 3, 9);
      g_ptr_array_add (g->out->workouts, workout);
    }
}

/* Medications and doses ---------------------------------------------------- */

static void
add_medications (LogGenerator *g,
                 gint64        first_day,
                 gint64        today)
{
  for (const MedicationPlan *p = g->tmpl->medications; p->name != NULL; p++)
    {
      HearthMedication *medication;
      gint64 start = first_day;

      if (p->years > 0)
        start = MAX (first_day, today - (gint64) (p->years * 365.25));
      /* Medication dates are 1900-01-01 to 9998-12-31, as typed ones. */
      start = CLAMP (start, -25567, 2932530);
      medication = hearth_medication_new (g->profile_uuid, p->name, start);
      medication->uuid = random_uuid (g->rand);
      medication->strength = g_strdup (p->strength);
      medication->form = g_strdup (p->form);
      medication->schedule = p->schedule;
      for (guint k = 0; k < G_N_ELEMENTS (p->times) && p->times[k] != 0; k++)
        medication->times[medication->n_times++] = p->times[k];
      if (p->interval_days > 0)
        medication->interval_days = p->interval_days;
      medication->instructions = g_strdup (p->instructions);
      g_ptr_array_add (g->out->medications, medication);
    }
}

static void
add_dose (LogGenerator     *g,
          HearthMedication *medication,
          HearthDoseStatus  status,
          gint64            day,
          int               minute,
          GDateTime        *scheduled_at,
          GDateTime        *taken_at)
{
  HearthDose *dose = g_new0 (HearthDose, 1);

  dose->uuid = random_uuid (g->rand);
  dose->medication_uuid = g_strdup (medication->uuid);
  dose->status = status;
  dose->scheduled_day = day;
  dose->scheduled_minute = minute;
  dose->scheduled_at = scheduled_at != NULL ? g_date_time_ref (scheduled_at) : NULL;
  dose->taken_at = taken_at != NULL ? g_date_time_ref (taken_at) : NULL;
  g_ptr_array_add (g->out->doses, dose);
}

/* Scheduled doses that are due by now: mostly taken near their time, some
 * skipped, the rest missed (not marked); as-needed ones on some days. */
static void
generate_doses (LogGenerator *g,
                gint64        local_day,
                int           y,
                int           m,
                int           d,
                guint         first_medication)
{
  for (guint i = first_medication; i < g->out->medications->len; i++)
    {
      HearthMedication *medication = g_ptr_array_index (g->out->medications, i);
      const MedicationPlan *plan = &g->tmpl->medications[i - first_medication];

      if (local_day < medication->start_day)
        continue;

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
        {
          g_autoptr(GDateTime) taken = NULL;

          if (!chance (g, plan->adherence))
            continue;
          taken = _hearth_generate_at_hours (g->tz, y, m, d, uniform (g, 9.0, 21.0));
          if (taken != NULL && g_date_time_compare (taken, g->now) <= 0)
            add_dose (g, medication, HEARTH_DOSE_TAKEN, -1, -1, NULL, taken);
          continue;
        }

      if (!hearth_medication_is_due_on (medication, local_day))
        continue;

      for (guint k = 0; k < medication->n_times; k++)
        {
          g_autoptr(GDateTime) due = hearth_medication_dose_instant (g->tz, local_day, medication->times[k]);
          g_autoptr(GDateTime) taken = NULL;
          double r = g_rand_double (g->rand);
          double late = clamp (normal (g, 5, 20), -90, 100);

          if (due == NULL || g_date_time_compare (due, g->now) > 0)
            continue;  /* not due yet */
          if (r < plan->adherence)
            {
              taken = g_date_time_add_seconds (due, round (late) * 60);
              if (g_date_time_compare (taken, g->now) <= 0)
                add_dose (g, medication, HEARTH_DOSE_TAKEN, local_day, medication->times[k], due, taken);
            }
          else if (r < plan->adherence + SKIP_CHANCE)
            {
              add_dose (g, medication, HEARTH_DOSE_SKIPPED, local_day, medication->times[k], due, NULL);
            }
        }
    }
}

void
_hearth_generated_add_logs (HearthGenerated *self,
                            guint32          seed,
                            guint            days,
                            GDateTime       *now)
{
  g_autoptr(GDate) today = NULL;
  LogGenerator g = { 0, };
  gint64 today_number;

  g_assert (self != NULL);

  /* Another sequence than the readings' (a fixed odd constant mixed in). */
  g.rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  g.out = self;
  g.tz = g_date_time_get_timezone (now);
  g.now = now;
  today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                         (GDateMonth) g_date_time_get_month (now),
                         (GDateYear) g_date_time_get_year (now));
  today_number = _hearth_local_day (now);

  add_foods (&g);

  for (guint i = 0; i < self->profiles->len; i++)
    {
      guint first_medication = self->medications->len;
      int age_now;

      g.index = i;
      g.tmpl = &logs[i % G_N_ELEMENTS (logs)];
      g.profile_uuid = hearth_profile_get_uuid (g_ptr_array_index (self->profiles, i));
      age_now = _hearth_generate_member_age (i);
      add_medications (&g, today_number - days + 1, today_number);

      for (guint k = days; k > 0; k--)
        {
          g_autoptr(GDateTime) day = NULL;
          GDate date = *today;
          double age = age_now - (k - 1) / 365.25;
          int y, m, d;

          if (g_date_get_julian (&date) <= k - 1)
            continue;  /* before year 1 */
          g_date_subtract_days (&date, k - 1);
          y = g_date_get_year (&date);
          m = g_date_get_month (&date);
          d = g_date_get_day (&date);
          day = hearth_local_time_day_start (g.tz, y, m, d);
          /* Workouts are refused past 9998 (their end must be readable)
           * and every log before 1900, as typed ones are. */
          if (day == NULL || age < 2 || y < 1900 || y > 9998)
            continue;

          generate_meals (&g, y, m, d, age);
          generate_workouts (&g, day, y, m, d, age);
          generate_doses (&g, today_number - (k - 1), y, m, d, first_medication);
        }
    }

  g_rand_free (g.rand);
}

/* Storing ------------------------------------------------------------------ */

static const char SQL_INSERT_FOOD[] =
  "INSERT INTO foods (uuid, name, per_unit, energy_kcal, protein_g, carbohydrate_g, sugars_g, "
  "fat_g, saturated_fat_g, fibre_g, sodium_mg, serving_size, serving_name, favourite, "
  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)";
static const char SQL_FOOD_ID[] =
  "SELECT id FROM foods WHERE uuid = ?1";
static const char SQL_INSERT_MEAL[] =
  "INSERT INTO meals (uuid, profile_id, type, custom_name, taken_at, utc_offset, local_day, note, "
  "created_at, updated_at) VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, NULL, ?7, ?7)";
static const char SQL_INSERT_ITEM[] =
  "INSERT INTO meal_items (uuid, meal_id, food_id, position, name, amount, unit, energy_kcal, "
  "protein_g, carbohydrate_g, sugars_g, fat_g, saturated_fat_g, fibre_g, sodium_mg, "
  "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
  "?15, ?16, ?16)";
static const char SQL_MEDICATION_ID[] =
  "SELECT id FROM medications WHERE uuid = ?1";
static const char SQL_INSERT_DOSE[] =
  "INSERT INTO doses (uuid, medication_id, status, scheduled_day, scheduled_minute, taken_at, "
  "utc_offset, reason, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?8)";

/* A generated food as stored: its row and the food whose values the
 * items take (the family's own when it had one by that name). */
typedef struct
{
  gint64      id;
  HearthFood *food;
} StoredFood;

static void
stored_food_free (StoredFood *self)
{
  g_clear_object (&self->food);
  g_free (self);
}

static gint64
query_id (HearthStore  *store,
          const char   *static_sql,
          const char   *uuid,
          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, static_sql, error);
  int rc;

  if (stmt == NULL)
    return 0;
  _hearth_store_bind_text (store, stmt, 1, uuid);
  rc = _hearth_store_step (store, stmt, error);
  if (rc != SQLITE_ROW)
    {
      if (rc >= 0)
        g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                     _("Could not find %s in the journal"), uuid);
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

static void
bind_nutrient (HearthStore  *store,
               sqlite3_stmt *stmt,
               int           index,
               double        value)
{
  if (isnan (value))
    _hearth_store_bind_null (store, stmt, index);
  else
    _hearth_store_bind_double (store, stmt, index, value);
}

/* Generated uuid -> StoredFood. */
static GHashTable *
store_foods (HearthGenerated  *self,
             HearthStore      *store,
             gint64            now,
             GError          **error)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) stored_food_free);

  for (guint i = 0; i < self->foods->len; i++)
    {
      HearthFood *food = g_ptr_array_index (self->foods, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(HearthFood) existing = hearth_store_find_food (store, hearth_food_get_name (food), &local_error);
      StoredFood *entry = g_new0 (StoredFood, 1);

      g_hash_table_insert (stored, (gpointer) hearth_food_get_uuid (food), entry);
      if (existing != NULL)
        {
          entry->id = query_id (store, SQL_FOOD_ID, hearth_food_get_uuid (existing), error);
          if (entry->id == 0)
            return NULL;
          entry->food = g_steal_pointer (&existing);
          continue;
        }
      if (!g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      {
        g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_INSERT_FOOD, error);
        const HearthNutrients *values = hearth_food_get_nutrients (food);

        if (stmt == NULL || !hearth_food_validate (food, error))
          return NULL;
        _hearth_store_bind_text (store, stmt, 1, hearth_food_get_uuid (food));
        _hearth_store_bind_text (store, stmt, 2, hearth_food_get_name (food));
        _hearth_store_bind_text (store, stmt, 3, hearth_amount_unit_to_string (hearth_food_get_per_unit (food)));
        for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
          bind_nutrient (store, stmt, 4 + (int) n, hearth_nutrients_get (values, n));
        _hearth_store_bind_double_or_null (store, stmt, 12, hearth_food_get_serving_size (food));
        _hearth_store_bind_text_or_null (store, stmt, 13, hearth_food_get_serving_name (food));
        _hearth_store_bind_int64 (store, stmt, 14, hearth_food_get_favourite (food) ? 1 : 0);
        _hearth_store_bind_int64 (store, stmt, 15, now);
        if (!_hearth_store_run (store, stmt, error))
          return NULL;
        entry->id = sqlite3_last_insert_rowid (_hearth_store_get_db (store));
        entry->food = g_object_ref (food);
      }
    }

  return g_steal_pointer (&stored);
}

static gint64
profile_id (HearthStore  *store,
            GHashTable   *ids,
            const char   *profile_uuid,
            GError      **error)
{
  gpointer found;
  gint64 id;

  if (g_hash_table_lookup_extended (ids, profile_uuid, NULL, &found))
    return GPOINTER_TO_SIZE (found);
  id = _hearth_store_resolve_profile_id (store, profile_uuid, error);
  if (id != 0)
    g_hash_table_insert (ids, (gpointer) profile_uuid, GSIZE_TO_POINTER (id));
  return id;
}

static gboolean
store_meal (HearthStore  *store,
            HearthMeal   *meal,
            gint64        member_id,
            GHashTable   *stored_foods,
            GDateTime    *now_dt,
            gint64        now,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDateTime *taken_at = hearth_meal_get_taken_at (meal);
  GPtrArray *items = hearth_meal_get_items (meal);
  gint64 meal_id;

  if (!hearth_meal_validate (meal, now_dt, error))
    return FALSE;

  stmt = _hearth_store_prepare (store, SQL_INSERT_MEAL, error);
  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (store, stmt, 1, hearth_meal_get_uuid (meal));
  _hearth_store_bind_int64 (store, stmt, 2, member_id);
  _hearth_store_bind_text (store, stmt, 3, hearth_meal_type_to_string (hearth_meal_get_meal_type (meal)));
  _hearth_store_bind_int64 (store, stmt, 4, hearth_usec_from_date_time (taken_at));
  _hearth_store_bind_int64 (store, stmt, 5, g_date_time_get_utc_offset (taken_at) / G_TIME_SPAN_SECOND);
  _hearth_store_bind_int64 (store, stmt, 6, _hearth_local_day (taken_at));
  _hearth_store_bind_int64 (store, stmt, 7, now);
  if (!_hearth_store_run (store, stmt, error))
    return FALSE;
  meal_id = sqlite3_last_insert_rowid (_hearth_store_get_db (store));
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  for (guint i = 0; i < items->len; i++)
    {
      HearthMealItem *item = g_ptr_array_index (items, i);
      StoredFood *food = g_hash_table_lookup (stored_foods, item->food_uuid);
      HearthNutrients nutrients = item->nutrients;

      g_assert (food != NULL);
      /* The family's own food of that name: its values, as a meal logged
       * from it now would take them. */
      if (g_strcmp0 (hearth_food_get_uuid (food->food), item->food_uuid) != 0 &&
          !hearth_food_compute (food->food, item->amount, item->unit, &nutrients, error))
        {
          g_prefix_error (error, "%s: ", hearth_food_get_name (food->food));
          return FALSE;
        }

      stmt = _hearth_store_prepare (store, SQL_INSERT_ITEM, error);
      if (stmt == NULL)
        return FALSE;
      _hearth_store_bind_text (store, stmt, 1, item->uuid);
      _hearth_store_bind_int64 (store, stmt, 2, meal_id);
      _hearth_store_bind_int64 (store, stmt, 3, food->id);
      _hearth_store_bind_int64 (store, stmt, 4, i);
      _hearth_store_bind_text (store, stmt, 5, hearth_food_get_name (food->food));
      _hearth_store_bind_double (store, stmt, 6, item->amount);
      _hearth_store_bind_text (store, stmt, 7, hearth_amount_unit_to_string (item->unit));
      for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
        bind_nutrient (store, stmt, 8 + (int) n, hearth_nutrients_get (&nutrients, n));
      _hearth_store_bind_int64 (store, stmt, 16, now);
      if (!_hearth_store_run (store, stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, _hearth_store_release_statement);
      if (!_hearth_store_touch_food (store, food->id, now, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
store_dose (HearthStore  *store,
            HearthDose   *dose,
            gint64        medication_id,
            gint64        now,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (store, SQL_INSERT_DOSE, error);

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (store, stmt, 1, dose->uuid);
  _hearth_store_bind_int64 (store, stmt, 2, medication_id);
  _hearth_store_bind_text (store, stmt, 3, dose->status == HEARTH_DOSE_TAKEN ? "taken" : "skipped");
  if (dose->scheduled_day >= 0 || dose->scheduled_minute >= 0)
    {
      _hearth_store_bind_int64 (store, stmt, 4, dose->scheduled_day);
      _hearth_store_bind_int64 (store, stmt, 5, dose->scheduled_minute);
    }
  else
    {
      _hearth_store_bind_null (store, stmt, 4);
      _hearth_store_bind_null (store, stmt, 5);
    }
  if (dose->taken_at != NULL)
    {
      _hearth_store_bind_int64 (store, stmt, 6, hearth_usec_from_date_time (dose->taken_at));
      _hearth_store_bind_int64 (store, stmt, 7, g_date_time_get_utc_offset (dose->taken_at) / G_TIME_SPAN_SECOND);
    }
  else
    {
      _hearth_store_bind_null (store, stmt, 6);
      _hearth_store_bind_null (store, stmt, 7);
    }
  _hearth_store_bind_int64 (store, stmt, 8, now);
  return _hearth_store_run (store, stmt, error);
}

gboolean
_hearth_generated_store_logs (HearthGenerated  *self,
                              HearthStore      *store,
                              GError          **error)
{
  g_autoptr(GHashTable) stored_foods = NULL;
  g_autoptr(GHashTable) members = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) medication_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now_dt = hearth_clock_now (hearth_store_get_clock (store));
  gint64 now = hearth_usec_from_date_time (now_dt);

  g_assert (self != NULL);
  g_assert (HEARTH_IS_STORE (store));

  stored_foods = store_foods (self, store, now, error);
  if (stored_foods == NULL)
    return FALSE;

  for (guint i = 0; i < self->meals->len; i++)
    {
      HearthMeal *meal = g_ptr_array_index (self->meals, i);
      gint64 member_id = profile_id (store, members, hearth_meal_get_profile_uuid (meal), error);

      if (member_id == 0 || !store_meal (store, meal, member_id, stored_foods, now_dt, now, error))
        return FALSE;
    }

  for (guint i = 0; i < self->workouts->len; i++)
    {
      g_autoptr(HearthWorkout) workout = hearth_workout_copy (g_ptr_array_index (self->workouts, i));

      if (!hearth_store_add_workout (store, workout, error))
        return FALSE;
    }

  for (guint i = 0; i < self->medications->len; i++)
    {
      HearthMedication *generated = g_ptr_array_index (self->medications, i);
      g_autoptr(HearthMedication) medication = hearth_medication_copy (generated);
      gint64 id;

      if (!hearth_store_add_medication (store, medication, error))
        return FALSE;
      id = query_id (store, SQL_MEDICATION_ID, generated->uuid, error);
      if (id == 0)
        return FALSE;
      g_hash_table_insert (medication_ids, generated->uuid, GSIZE_TO_POINTER (id));
    }

  for (guint i = 0; i < self->doses->len; i++)
    {
      HearthDose *dose = g_ptr_array_index (self->doses, i);
      gint64 id = GPOINTER_TO_SIZE (g_hash_table_lookup (medication_ids, dose->medication_uuid));

      g_assert (id != 0);
      if (!store_dose (store, dose, id, now, error))
        return FALSE;
    }

  for (guint i = 0; i < self->profiles->len; i++)
    _hearth_store_signal_readings_changed (store, hearth_profile_get_uuid (g_ptr_array_index (self->profiles, i)));

  return TRUE;
}
