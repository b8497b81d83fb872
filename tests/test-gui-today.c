/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-bars-view-private.h"
#include "hearth-calendar-view-private.h"
#include "hearth-date-button.h"
#include "hearth-gui-util.h"
#include "hearth-meal-dialog-private.h"
#include "hearth-medication-dialog-private.h"
#include "hearth-member-page-private.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "hearth-today-section-private.h"
#include "hearth-window-private.h"
#include "hearth-workout-dialog-private.h"
#include "hearth-workout-dialog-private.h"
#include "test-gui-private.h"

/* The member page's Today section: meals and the day's totals against
 * targets, workouts and the week's active minutes, today's doses with
 * Taken (and undo) and Skip…; screenshots light and dark. */

/* A member page of its own, in a window of its own, on a journal whose
 * clock stands still: Tuesday 10 March 2026, 15:30 UTC. */
typedef struct
{
  char             *dir;
  HearthClock      *clock;
  HearthStore      *store;
  HearthProfile    *ann;
  GtkWindow        *window;
  HearthMemberPage *page;
  HearthTodaySection *today;
} Today;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

static GDateTime *
at (int day,
    int hour,
    int minute)
{
  return g_date_time_new_utc (2026, 3, day, hour, minute, 0);
}

static gint64
day_number (int day)
{
  g_autoptr(GDateTime) noon = at (day, 12, 0);

  return g_date_time_to_unix (noon) / 86400;
}

static HearthFood *
add_food (Today            *t,
          const char       *name,
          HearthAmountUnit  per,
          double            kcal,
          double            protein,
          double            sugars,
          double            sodium)
{
  g_autoptr(HearthFood) food = hearth_food_new (name, per);
  g_autoptr(GError) error = NULL;

  hearth_food_set_nutrient (food, HEARTH_NUTRIENT_ENERGY, kcal);
  hearth_food_set_nutrient (food, HEARTH_NUTRIENT_PROTEIN, protein);
  hearth_food_set_nutrient (food, HEARTH_NUTRIENT_SUGARS, sugars);
  hearth_food_set_nutrient (food, HEARTH_NUTRIENT_SODIUM, sodium);
  ASSERT_OK (hearth_store_add_food (t->store, food, &error));
  return g_steal_pointer (&food);
}

static void
add_meal (Today          *t,
          HearthMealType  type,
          GDateTime      *when,
          HearthFood     *food,
          double          amount,
          HearthAmountUnit unit)
{
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (t->ann), type, when);
  g_autoptr(GError) error = NULL;
  HearthMealItem *item = hearth_meal_item_new ();

  item->food_uuid = g_strdup (hearth_food_get_uuid (food));
  item->amount = amount;
  item->unit = unit;
  hearth_meal_add_item (meal, item);
  ASSERT_OK (hearth_store_add_meal (t->store, meal, &error));
}

static void
add_workout (Today      *t,
             const char *activity,
             GDateTime  *start,
             int         minutes)
{
  g_autoptr(HearthWorkout) workout = hearth_workout_new (hearth_profile_get_uuid (t->ann), activity, start,
                                                         minutes * 60);
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_store_add_workout (t->store, workout, &error));
}

static HearthMedication *
add_medication (HearthStore   *store,
                HearthProfile *profile,
                const char    *name,
                const char    *strength,
                const char    *times,
                gint64         start_day)
{
  g_autoptr(HearthMedication) medication = hearth_medication_new (hearth_profile_get_uuid (profile), name, start_day);
  g_autoptr(GError) error = NULL;

  medication->strength = g_strdup (strength);
  if (times != NULL)
    ASSERT_OK (hearth_medication_set_times_text (medication, times, &error));
  else
    medication->schedule = HEARTH_MEDICATION_SCHEDULE_AS_NEEDED;
  ASSERT_OK (hearth_store_add_medication (store, medication, &error));
  return g_steal_pointer (&medication);
}

static Today *
today_new (gboolean with_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = at (10, 15, 30);
  g_autofree char *path = NULL;
  Today *t = g_new0 (Today, 1);

  t->dir = g_dir_make_tmp ("hearth-today-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (t->dir, "hearth.db", NULL);
  t->clock = hearth_clock_new_fixed (now);
  t->store = hearth_store_open (path, t->clock, &error);
  g_assert_no_error (error);

  t->ann = hearth_profile_new ("Ann");
  hearth_profile_set_birth (t->ann, 1980, 5, 1);
  hearth_profile_set_sex (t->ann, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (t->ann, 168);
  ASSERT_OK (hearth_store_add_profile (t->store, t->ann, &error));
  /* Ann put the first-week checklist away (issue 9): the page as it was. */
  ASSERT_OK (hearth_store_dismiss_checklist (t->store, hearth_profile_get_uuid (t->ann), &error));

  if (with_data)
    {
      g_autoptr(GDateTime) weighed = at (10, 7, 0);
      g_autoptr(GDateTime) breakfast = at (10, 8, 0);
      g_autoptr(GDateTime) lunch = at (10, 12, 30);
      g_autoptr(GDateTime) walk = at (10, 9, 0);
      g_autoptr(GDateTime) run = at (9, 18, 0);
      g_autoptr(GDateTime) taken = at (10, 7, 10);
      g_autoptr(HearthReading) weight = hearth_reading_new_weight (weighed, 70, NAN);
      g_autoptr(HearthFood) oats = add_food (t, "Oats", HEARTH_AMOUNT_UNIT_GRAM, 380, 13, 1, 6);
      g_autoptr(HearthFood) sandwich = add_food (t, "Cheese sandwich", HEARTH_AMOUNT_UNIT_SERVING, 400, 20, 5, 2100);
      g_autoptr(HearthMedication) metformin = NULL;
      g_autoptr(HearthMedication) lisinopril = NULL;
      g_autoptr(HearthMedication) ibuprofen = NULL;

      hearth_reading_set_profile_uuid (weight, hearth_profile_get_uuid (t->ann));
      ASSERT_OK (hearth_store_add_reading (t->store, weight, &error));
      add_meal (t, HEARTH_MEAL_TYPE_BREAKFAST, breakfast, oats, 80, HEARTH_AMOUNT_UNIT_GRAM);
      add_meal (t, HEARTH_MEAL_TYPE_LUNCH, lunch, sandwich, 1, HEARTH_AMOUNT_UNIT_SERVING);
      add_workout (t, "walking-brisk", walk, 40);
      add_workout (t, "running-6mph", run, 30);
      metformin = add_medication (t->store, t->ann, "Metformin", "500 mg", "08:00,20:00", day_number (1));
      lisinopril = add_medication (t->store, t->ann, "Lisinopril", "10 mg", "07:00", day_number (1));
      ibuprofen = add_medication (t->store, t->ann, "Ibuprofen", "200 mg", NULL, day_number (1));
      ASSERT_OK (hearth_store_take_dose (t->store, lisinopril->uuid, taken, NULL, &error));
    }

  t->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (t->window, 760, 1000);
  t->page = HEARTH_MEMBER_PAGE (hearth_member_page_new ());
  gtk_window_set_child (t->window, GTK_WIDGET (t->page));
  hearth_member_page_set_store (t->page, t->store);
  hearth_member_page_set_profile (t->page, t->ann);
  t->today = _hearth_member_page_get_today_section (t->page);
  gtk_window_present (t->window);
  wait_ms (300);
  return t;
}

static void
today_free (Today *t)
{
  gtk_window_destroy (t->window);
  iterate ();
  g_clear_object (&t->ann);
  g_clear_object (&t->store);
  g_clear_object (&t->clock);
  {
    const char *argv[] = { "rm", "-rf", t->dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (t->dir);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Today, today_free)

static GtkListBoxRow *
row_at (GtkListBox *list,
        int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return row;
}

static const char *
row_title (GtkListBoxRow *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
row_subtitle (GtkListBoxRow *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static const char *
total_text (Today            *t,
            HearthTodayTotal  total)
{
  return gtk_label_get_text (_hearth_today_section_get_total_label (t->today, total));
}

/* What the section shows, computed by hand from the data above. */
static void
test_today_contents (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  GtkListBox *meals = _hearth_today_section_get_meals_list (t->today);
  GtkListBox *workouts = _hearth_today_section_get_workouts_list (t->today);
  GtkListBox *doses = _hearth_today_section_get_doses_list (t->today);
  GtkWidget *chart_box = _hearth_today_section_get_week_chart_box (t->today);
  g_autofree char *energy = NULL;
  /* Mifflin–St Jeor, a woman of 45, 70 kg, 168 cm: 10·70 + 6.25·168 −
   * 5·45 − 161 = 1364 kcal at rest, × the sedentary factor. */
  double target = round (1364 * hearth_nutrition_activity_factor (HEARTH_ACTIVITY_LEVEL_SEDENTARY));

  g_assert_cmpstr (_hearth_member_page_get_visible_page (t->page), ==, "dashboard");

  /* Meals: 80 g of oats at 380 kcal/100 g = 304 kcal; a sandwich 400. */
  g_assert_cmpuint (count_rows (meals), ==, 2);
  g_assert_cmpstr (row_title (row_at (meals, 0)), ==, "Breakfast · 08:00");
  g_assert_cmpstr (row_subtitle (row_at (meals, 0)), ==, "Oats · 304 kcal");
  g_assert_cmpstr (row_title (row_at (meals, 1)), ==, "Lunch · 12:30");

  /* 704 kcal; protein 10.4 + 20 = 30.4 g of 0.8 × 70 = 56 g; sodium
   * 4.8 + 2100 mg, over WHO's 2 g; sugars 0.8 + 5 = 5.8 g, 23.2 kcal of
   * 704: 3 %. */
  energy = g_strdup_printf ("704 of %.0f kcal", target);
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_ENERGY), ==, energy);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (_hearth_today_section_get_total_bar (t->today, HEARTH_TODAY_ENERGY)),
                                  704 / (1364 * hearth_nutrition_activity_factor (HEARTH_ACTIVITY_LEVEL_SEDENTARY)), 1e-9);
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_PROTEIN), ==, "30 of at least 56 g");
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_SODIUM), ==, "2105 of under 2000 mg");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (_hearth_today_section_get_total_bar (t->today, HEARTH_TODAY_SODIUM)), "over"));
  g_assert_cmpfloat (gtk_level_bar_get_value (_hearth_today_section_get_total_bar (t->today, HEARTH_TODAY_SODIUM)), ==, 1);
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_SUGARS), ==, "6 g, 3 % of energy (under 10 %)");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (_hearth_today_section_get_total_bar (t->today, HEARTH_TODAY_SUGARS)), "over"));
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_today_section_get_targets_label (t->today)), "Mifflin–St Jeor"));
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_today_section_get_targets_label (t->today)), "WHO"));

  /* Today's walk: 4.3 MET × 70 kg × 40/60 h = 200.7 kcal. The week:
   * 40 moderate minutes today, 30 vigorous yesterday counting 60. */
  g_assert_cmpuint (count_rows (workouts), ==, 1);
  g_assert_cmpstr (row_title (row_at (workouts, 0)), ==, "Walking, brisk (3.5 mph)");
  g_assert_cmpstr (row_subtitle (row_at (workouts, 0)), ==, "09:00 · 40 min · 201 kcal · Moderate");
  g_assert_cmpstr (gtk_label_get_text (_hearth_today_section_get_week_label (t->today)), ==,
                   "100 of 150 active minutes in the last 7 days");
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (_hearth_today_section_get_week_bar (t->today)), 100.0 / 150, 1e-9);
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_today_section_get_week_source_label (t->today)), "WHO: 150 minutes"));

  /* The week's charts go in a named box (test_today_week_charts). */
  g_assert_cmpstr (gtk_widget_get_name (chart_box), ==, "week-chart-box");

  /* Doses by medication name: Ibuprofen as needed, Lisinopril taken at
   * 07:10, Metformin's 08:00 missed (past 10:00) and its 20:00 due: Taken
   * and Skip… answer the dose nearest to now, 20:00. */
  g_assert_cmpuint (count_rows (doses), ==, 4);
  g_assert_cmpstr (row_title (row_at (doses, 0)), ==, "Ibuprofen 200 mg");
  g_assert_cmpstr (row_subtitle (row_at (doses, 0)), ==, "As needed");
  g_assert_nonnull (_hearth_today_section_get_dose_button (row_at (doses, 0), "taken"));
  g_assert_null (_hearth_today_section_get_dose_button (row_at (doses, 0), "skip"));
  g_assert_cmpstr (row_title (row_at (doses, 1)), ==, "Lisinopril 10 mg");
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 1)), ==, "Taken at 07:10");
  g_assert_null (_hearth_today_section_get_dose_button (row_at (doses, 1), "taken"));
  g_assert_cmpstr (row_subtitle (row_at (doses, 2)), ==, "08:00");
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 2)), ==, "Missed");
  g_assert_null (_hearth_today_section_get_dose_button (row_at (doses, 2), "taken"));
  g_assert_cmpstr (row_subtitle (row_at (doses, 3)), ==, "20:00");
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 3)), ==, "Due");
  g_assert_nonnull (_hearth_today_section_get_dose_button (row_at (doses, 3), "taken"));
  g_assert_nonnull (_hearth_today_section_get_dose_button (row_at (doses, 3), "skip"));
}

/* Changes made elsewhere (the CLI's writes, another window) show at
 * once: meals, workouts and medications emit the store's signal. */
static void
test_today_live (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  g_autoptr(GDateTime) snack = at (10, 15, 0);
  g_autoptr(GDateTime) swim = at (10, 14, 0);
  g_autoptr(HearthFood) apple = add_food (t, "Apple", HEARTH_AMOUNT_UNIT_GRAM, 52, 0.3, 10, 1);
  g_autoptr(HearthMedication) vitamin = NULL;
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) first = NULL;
  g_autoptr(GError) error = NULL;

  add_meal (t, HEARTH_MEAL_TYPE_SNACK, snack, apple, 150, HEARTH_AMOUNT_UNIT_GRAM);
  iterate ();
  g_assert_cmpuint (count_rows (_hearth_today_section_get_meals_list (t->today)), ==, 3);
  g_assert_true (g_str_has_prefix (total_text (t, HEARTH_TODAY_ENERGY), "782 of "));

  meals = hearth_store_list_meals (t->store, hearth_profile_get_uuid (t->ann), day_number (10), &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (meals, 0);
  ASSERT_OK (hearth_store_delete_meal (t->store, hearth_meal_get_uuid (first), &error));
  iterate ();
  g_assert_cmpuint (count_rows (_hearth_today_section_get_meals_list (t->today)), ==, 2);
  g_assert_true (g_str_has_prefix (total_text (t, HEARTH_TODAY_ENERGY), "478 of "));

  add_workout (t, "swimming-leisure", swim, 20);
  iterate ();
  g_assert_cmpuint (count_rows (_hearth_today_section_get_workouts_list (t->today)), ==, 2);
  /* 20 vigorous minutes (6.0 MET) count 40. */
  g_assert_cmpstr (gtk_label_get_text (_hearth_today_section_get_week_label (t->today)), ==,
                   "140 of 150 active minutes in the last 7 days");

  vitamin = add_medication (t->store, t->ann, "Vitamin D", NULL, "18:00", day_number (10));
  iterate ();
  g_assert_cmpuint (count_rows (_hearth_today_section_get_doses_list (t->today)), ==, 5);
}

/* "Taken" marks the dose the row shows; "Skip…" asks for a reason. */
static void
test_today_take_and_skip (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  GtkListBox *doses = _hearth_today_section_get_doses_list (t->today);
  g_autoptr(HearthMedication) metformin = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_signal_emit_by_name (_hearth_today_section_get_dose_button (row_at (doses, 3), "taken"), "clicked");
  iterate ();

  metformin = hearth_store_find_medication (t->store, hearth_profile_get_uuid (t->ann), "Metformin", &error);
  g_assert_no_error (error);
  stored = hearth_store_list_doses (t->store, metformin->uuid, day_number (10), day_number (10), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpint (((HearthDose *) stored->pdata[1])->status, ==, HEARTH_DOSE_TAKEN);
  g_assert_cmpint (((HearthDose *) stored->pdata[1])->scheduled_minute, ==, 20 * 60);
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* The row shows it; the buttons went to the next dose due, 08:00's. */
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 3)), ==, "Taken at 15:30");
  g_assert_null (_hearth_today_section_get_dose_button (row_at (doses, 3), "taken"));
  g_assert_nonnull (_hearth_today_section_get_dose_button (row_at (doses, 2), "skip"));

  g_signal_emit_by_name (_hearth_today_section_get_dose_button (row_at (doses, 2), "skip"), "clicked");
  iterate ();
  dialog = ADW_MESSAGE_DIALOG (_hearth_today_section_get_last_dialog (t->today));
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  felt sick ");
  adw_message_dialog_response (dialog, "skip");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  stored = hearth_store_list_doses (t->store, metformin->uuid, day_number (10), day_number (10), &error);
  g_assert_no_error (error);
  g_assert_cmpint (((HearthDose *) stored->pdata[0])->status, ==, HEARTH_DOSE_SKIPPED);
  g_assert_cmpstr (((HearthDose *) stored->pdata[0])->reason, ==, "felt sick");
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 2)), ==, "Skipped: felt sick");
}

/* A dose still due turns missed once its window (2 h) is over, without
 * any write to the journal: the section refreshes itself then, and at
 * midnight. */
static void
test_today_turns_missed (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  GtkListBox *doses = _hearth_today_section_get_doses_list (t->today);

  /* 15:30: Metformin's 20:00 dose is missed at 22:00, before midnight. */
  g_assert_cmpint (_hearth_today_section_get_next_change (t->today), ==, (GTimeSpan) (6 * 60 + 30) * 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 3)), ==, "Due");

  hearth_clock_advance (t->clock, (GTimeSpan) (6 * 60 + 31) * 60 * G_TIME_SPAN_SECOND);
  _hearth_today_section_tick (t->today);
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 3)), ==, "Missed");
  /* 22:01: nothing more due today; the next change is midnight. */
  g_assert_cmpint (_hearth_today_section_get_next_change (t->today), ==, (GTimeSpan) 119 * 60 * G_TIME_SPAN_SECOND);

  hearth_clock_advance (t->clock, (GTimeSpan) 120 * 60 * G_TIME_SPAN_SECOND);
  _hearth_today_section_tick (t->today);
  /* 11 March: no meals yet, the doses of a new day. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_meals_list (t->today)))));
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 1)), ==, "Due");
}

/* A member with nothing logged sees the empty page; a medication (or a
 * meal, a workout) is worth the dashboard, Today first. */
static void
test_today_empty_member (void)
{
  g_autoptr(Today) t = today_new (FALSE);
  g_autoptr(HearthMedication) aspirin = NULL;

  g_assert_cmpstr (_hearth_member_page_get_visible_page (t->page), ==, "empty");
  g_assert_false (hearth_today_section_has_content (t->today));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_doses_list (t->today)))));

  aspirin = add_medication (t->store, t->ann, "Aspirin", "75 mg", "09:00", day_number (10));
  iterate ();
  g_assert_true (hearth_today_section_has_content (t->today));
  g_assert_cmpstr (_hearth_member_page_get_visible_page (t->page), ==, "dashboard");
  /* Only what there is: the doses, not empty meals and workouts. */
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_doses_list (t->today)))));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_meals_list (t->today)))));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_workouts_list (t->today)))));
  g_assert_cmpstr (gtk_label_get_text (_hearth_today_section_get_week_label (t->today)), ==,
                   "0 of 150 active minutes in the last 7 days");
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_ENERGY), ==, "0 kcal, no target");
  /* No meal, no active minute: no bars; a scheduled dose: the month. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_energy_chart (t->today)))));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_active_chart (t->today)))));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (_hearth_today_section_get_adherence_calendar (t->today))));
}

/* Under 18 the target is 60 minutes a day: 420 a week (WHO). */
static void
test_today_under_18 (void)
{
  g_autoptr(Today) t = today_new (FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = at (10, 10, 0);
  g_autoptr(HearthProfile) kid = hearth_profile_new ("Kit");

  hearth_profile_set_birth (kid, 2014, 1, 1);
  ASSERT_OK (hearth_store_add_profile (t->store, kid, &error));
  hearth_member_page_set_profile (t->page, kid);
  {
    g_autoptr(HearthWorkout) workout = hearth_workout_new (hearth_profile_get_uuid (kid), "jogging", start, 45 * 60);

    ASSERT_OK (hearth_store_add_workout (t->store, workout, &error));
  }
  iterate ();
  g_assert_cmpstr (gtk_label_get_text (_hearth_today_section_get_week_label (t->today)), ==,
                   "90 of 420 active minutes in the last 7 days");
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_today_section_get_week_source_label (t->today)), "under 18"));
  /* The chart's target line: 60 minutes a day, today's 90 reach it. */
  g_assert_nonnull (strstr (hearth_bars_view_get_description (_hearth_today_section_get_active_chart (t->today)),
                            "Target 60 min: reached on 1 of 7 days with data."));
}

/* The last 7 days as bars: energy eaten against the energy target,
 * active minutes against the daily share of WHO's week; this month's
 * doses taken on time as a calendar, only with scheduled medications. */
static void
test_today_week_charts (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  GtkWidget *chart_box = _hearth_today_section_get_week_chart_box (t->today);
  HearthBarsView *energy = _hearth_today_section_get_energy_chart (t->today);
  HearthBarsView *active = _hearth_today_section_get_active_chart (t->today);
  HearthCalendarView *calendar = _hearth_today_section_get_adherence_calendar (t->today);
  double target = 1364 * hearth_nutrition_activity_factor (HEARTH_ACTIVITY_LEVEL_SEDENTARY);
  g_autofree char *target_text = g_strdup_printf ("Target %.0f kcal: reached on 0 of 1 day with data.",
                                                  round (target));
  const HearthChartBarsStats *stats;
  const HearthChartCalendarStats *month;

  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (energy), chart_box));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (active), chart_box));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (calendar), chart_box));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (energy)));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (active)));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (calendar)));

  /* Energy: Wednesday 4 to Tuesday 10 March, meals today only (704 kcal),
   * the other days without data; the target line at the day's target. */
  g_assert_true (g_str_has_prefix (hearth_bars_view_get_description (energy),
                                   "From Wed 4 Mar to Tue 10 Mar, 1 of 7 days with data."));
  g_assert_nonnull (strstr (hearth_bars_view_get_description (energy), "704 kcal"));
  g_assert_nonnull (strstr (hearth_bars_view_get_description (energy), target_text));
  stats = _hearth_bars_view_get_last_stats (energy);
  g_assert_cmpuint (_hearth_bars_view_get_n_draws (energy), >, 0);
  for (guint i = 0; i < 6; i++)
    g_assert_true (stats->no_data[i]);
  g_assert_false (stats->no_data[6]);
  g_assert_cmpfloat_with_epsilon (stats->target_y, hearth_chart_bars_value_to_y (stats, round (target)), 1.0);

  /* Active minutes: every day counts (0 without a workout); 30 vigorous
   * minutes yesterday count 60, today's 40 moderate ones 40; the target
   * is 150 / 7 a day. */
  g_assert_true (g_str_has_prefix (hearth_bars_view_get_description (active),
                                   "From Wed 4 Mar to Tue 10 Mar, 7 of 7 days with data."));
  g_assert_nonnull (strstr (hearth_bars_view_get_description (active), "highest 60 min on Mon 9 Mar"));
  g_assert_nonnull (strstr (hearth_bars_view_get_description (active),
                            "Target 21 min: reached on 2 of 7 days with data."));
  stats = _hearth_bars_view_get_last_stats (active);
  g_assert_cmpfloat_with_epsilon (stats->target_y, hearth_chart_bars_value_to_y (stats, 150.0 / 7), 1e-6);
  g_assert_cmpfloat_with_epsilon (stats->segment_top[5][0], hearth_chart_bars_value_to_y (stats, 60), 1e-6);
  g_assert_cmpfloat_with_epsilon (stats->segment_top[6][0], hearth_chart_bars_value_to_y (stats, 40), 1e-6);

  /* The month so far: 1 to 9 March all three doses missed (0 %), today
   * Lisinopril on time and Metformin's 08:00 missed, 20:00 to come (50 %). */
  month = _hearth_calendar_view_get_last_stats (calendar);
  g_assert_cmpuint (_hearth_calendar_view_get_n_draws (calendar), >, 0);
  g_assert_true (g_str_has_prefix (hearth_calendar_view_get_description (calendar),
                                   "March 2026: 10 of 31 days with data. Average 5 %, lowest 0 % on Sun 1 Mar, "
                                   "highest 50 % on Tue 10 Mar."));
  g_assert_false (month->no_data[9]);
  g_assert_true (month->no_data[10]);

  /* Only a meal: its chart alone; nothing scheduled, no calendar. */
  {
    g_autoptr(Today) u = today_new (FALSE);
    g_autoptr(GDateTime) breakfast = at (8, 8, 0);
    g_autoptr(HearthFood) oats = add_food (u, "Oats", HEARTH_AMOUNT_UNIT_GRAM, 380, 13, 1, 6);
    g_autoptr(HearthMedication) ibuprofen = NULL;
    GtkWidget *box = _hearth_today_section_get_week_chart_box (u->today);

    g_assert_false (gtk_widget_is_drawable (box));
    add_meal (u, HEARTH_MEAL_TYPE_BREAKFAST, breakfast, oats, 100, HEARTH_AMOUNT_UNIT_GRAM);
    ibuprofen = add_medication (u->store, u->ann, "Ibuprofen", "200 mg", NULL, day_number (1));
    iterate ();
    wait_ms (100);
    g_assert_true (gtk_widget_is_drawable (box));
    g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (_hearth_today_section_get_energy_chart (u->today))));
    g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_active_chart (u->today)))));
    g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (_hearth_today_section_get_adherence_calendar (u->today)))));
    /* A meal on Sunday 8 March, none today: no target without a weight. */
    g_assert_true (g_str_has_prefix (hearth_bars_view_get_description (_hearth_today_section_get_energy_chart (u->today)),
                                     "From Wed 4 Mar to Tue 10 Mar, 1 of 7 days with data."));
    g_assert_null (strstr (hearth_bars_view_get_description (_hearth_today_section_get_energy_chart (u->today)),
                           "Target"));
  }
}

/* Energy in the unit of Preferences: the totals, a meal's row, a
 * workout's energy and the meal dialog's totals say kJ when the key says
 * so (1 kcal = 4.184 kJ). */
static void
test_today_kilojoules (void)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  g_autoptr(Today) t = NULL;
  g_autofree char *energy = NULL;
  double target = 1364 * hearth_nutrition_activity_factor (HEARTH_ACTIVITY_LEVEL_SEDENTARY);

  g_settings_set_string (settings, "energy-unit", "kJ");
  t = today_new (TRUE);

  /* 704 kcal = 2945.5 kJ. */
  energy = g_strdup_printf ("2946 of %.0f kJ", round (target * 4.184));
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_ENERGY), ==, energy);
  g_assert_cmpstr (row_subtitle (row_at (_hearth_today_section_get_meals_list (t->today), 0)), ==, "Oats · 1272 kJ");
  /* 200.7 kcal = 839.7 kJ. */
  g_assert_cmpstr (row_subtitle (row_at (_hearth_today_section_get_workouts_list (t->today), 0)), ==,
                   "09:00 · 40 min · 840 kJ · Moderate");
  /* The week's energy chart: values and target in kJ. */
  {
    const char *description = hearth_bars_view_get_description (_hearth_today_section_get_energy_chart (t->today));
    g_autofree char *target_text = g_strdup_printf ("Target %.0f kJ", round (target * 4.184));

    g_assert_nonnull (strstr (description, "2946 kJ"));
    g_assert_nonnull (strstr (description, target_text));
    g_assert_null (strstr (description, "kcal"));
  }

  /* Back to kcal: the page follows at once. */
  g_settings_set_string (settings, "energy-unit", "kcal");
  iterate ();
  g_clear_pointer (&energy, g_free);
  energy = g_strdup_printf ("704 of %.0f kcal", round (target));
  g_assert_cmpstr (total_text (t, HEARTH_TODAY_ENERGY), ==, energy);

  /* The meal dialog's totals: a quick entry is typed in kJ too (418 kJ, 99.9 kcal). */
  g_settings_set_string (settings, "energy-unit", "kJ");
  {
    HearthMealDialog *dialog = hearth_meal_dialog_new (t->store, t->ann);

    gtk_editable_set_text (_hearth_meal_dialog_get_quick_name (dialog), "Tea");
    gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "418");
    g_signal_emit_by_name (_hearth_meal_dialog_get_quick_kcal (dialog), "activate");
    g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 1);
    g_assert_true (g_str_has_prefix (_hearth_meal_dialog_get_totals (dialog), "Total: 418 kJ · "));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_settings_reset (settings, "energy-unit");
  iterate ();
}

/* Taken in the app's window: a toast says so with Undo, which takes it
 * back; then Ctrl+Z's action does the same. The app's clock is the
 * system's: the dose is at this minute, today. */
static void
test_today_taken_undo (void)
{
  HearthStore *store = hearth_application_get_store (app);
  g_autoptr(HearthProfile) tess = add_member ("Tess Today", 1975, NULL);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (store));
  gint64 today = (g_date_time_to_unix (now) + g_date_time_get_utc_offset (now) / G_TIME_SPAN_SECOND) / 86400;
  g_autofree char *time = g_date_time_format (now, "%H:%M");
  g_autoptr(HearthMedication) statin = add_medication (store, tess, "Statin", "20 mg", time, today);
  HearthTodaySection *section;
  GtkListBox *doses;
  GtkButton *taken;
  AdwToast *toast;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;

  show_member (tess);
  section = _hearth_member_page_get_today_section (_hearth_window_get_member_page (window));
  doses = _hearth_today_section_get_doses_list (section);
  g_assert_cmpuint (count_rows (doses), ==, 1);
  taken = _hearth_today_section_get_dose_button (row_at (doses, 0), "taken");
  g_assert_nonnull (taken);
  g_signal_emit_by_name (taken, "clicked");
  iterate ();

  stored = hearth_store_list_doses (store, statin->uuid, today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpint (((HearthDose *) stored->pdata[0])->status, ==, HEARTH_DOSE_TAKEN);
  g_clear_pointer (&stored, g_ptr_array_unref);
  g_assert_true (g_str_has_prefix (_hearth_today_section_get_dose_status (row_at (doses, 0)), "Taken at "));

  /* The toast's Undo, once it is in (libadwaita 1.2 crashes on a toast
   * dismissed while it slides in). */
  wait_ms (1000);
  toast = _hearth_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Took Statin 20 mg");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo-dose");
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), adw_toast_get_action_name (toast),
                                                     adw_toast_get_action_target_value (toast)));
  iterate ();
  stored = hearth_store_list_doses (store, statin->uuid, today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((HearthDose *) stored->pdata[0])->status, ==, HEARTH_DOSE_PENDING);
  g_clear_pointer (&stored, g_ptr_array_unref);
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 0)), ==, "Due");

  /* Taken again, then Ctrl+Z (win.undo). */
  taken = _hearth_today_section_get_dose_button (row_at (doses, 0), "taken");
  g_signal_emit_by_name (taken, "clicked");
  iterate ();
  g_assert_true (g_str_has_prefix (_hearth_today_section_get_dose_status (row_at (doses, 0)), "Taken at "));
  wait_ms (1000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  stored = hearth_store_list_doses (store, statin->uuid, today, today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((HearthDose *) stored->pdata[0])->status, ==, HEARTH_DOSE_PENDING);
  g_assert_cmpstr (_hearth_today_section_get_dose_status (row_at (doses, 0)), ==, "Due");

  /* Toasts gone, their animations over (libadwaita 1.2 crashes on a
   * toast dismissed while it slides in). Tess stays: deleting the last
   * member now would unmap the window's pages while the undo toast's
   * animation ends, which libadwaita 1.2 does not survive either. */
  for (guint i = 0; i < 300 && _hearth_window_has_toasts (window); i++)
    wait_ms (50);
  g_assert_false (_hearth_window_has_toasts (window));
  wait_ms (500);
}


static gboolean
row_shows_error (AdwActionRow *row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row), "field-error");
}

static void
set_text (GtkWidget  *editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* The workout dialog: the activity picked by typing, the MET energy as
 * it is typed, each refusal under its own field with what was typed
 * kept, then saved and shown in Today. */
static void
test_today_workout_dialog (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  HearthWorkoutDialog *dialog;
  GtkWidget *activity, *duration, *note, *focus;
  GtkListBox *matches;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (t->page), "member.add-workout", NULL));
  iterate ();
  dialog = HEARTH_WORKOUT_DIALOG (_hearth_member_page_get_last_dialog (t->page));
  g_assert_true (HEARTH_IS_WORKOUT_DIALOG (dialog));
  activity = _hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_ACTIVITY);
  duration = _hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_DURATION);
  note = _hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_NOTE);
  matches = _hearth_workout_dialog_get_activity_list (dialog);
  /* It opens on the activity. */
  focus = gtk_window_get_focus (GTK_WINDOW (dialog));
  g_assert_true (focus == activity || gtk_widget_is_ancestor (focus, activity));

  /* Part of a name lists the matches, the first picked. */
  set_text (activity, "walk");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (matches)));
  g_assert_cmpuint (count_rows (matches), ==, 3);
  g_assert_cmpstr (_hearth_workout_dialog_get_activity (dialog)->id, ==, "walking-moderate");
  /* Down and Up move the pick through the matches. */
  _hearth_workout_dialog_move_pick (dialog, 1);
  g_assert_cmpstr (_hearth_workout_dialog_get_activity (dialog)->id, ==, "walking-brisk");
  _hearth_workout_dialog_move_pick (dialog, 1);
  _hearth_workout_dialog_move_pick (dialog, 1);
  g_assert_cmpstr (_hearth_workout_dialog_get_activity (dialog)->id, ==, "walking-very-brisk");
  _hearth_workout_dialog_move_pick (dialog, -1);
  g_assert_cmpstr (_hearth_workout_dialog_get_activity (dialog)->id, ==, "walking-brisk");
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (matches)), ==, 1);
  set_text (activity, "TAI");
  g_assert_cmpstr (_hearth_workout_dialog_get_activity (dialog)->id, ==, "tai-chi");

  /* Nothing matches: refused at the activity, the text kept. */
  set_text (activity, "xyzzy");
  g_assert_null (_hearth_workout_dialog_get_activity (dialog));
  set_text (duration, "30");
  set_text (note, "before work");
  _hearth_workout_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_ACTIVITY)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (activity)), ==, "xyzzy");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note)), ==, "before work");

  /* The energy as it is typed: 4.3 MET × 70 kg (the weight at 07:00,
   * before the start) × 1 h = 301 kcal. */
  set_text (activity, "brisk");
  g_assert_false (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_ACTIVITY)));
  set_text (duration, "1:00");
  if (strstr (gtk_label_get_text (_hearth_workout_dialog_get_energy_label (dialog)), "301 kcal") == NULL)
    g_error ("energy shown: %s", gtk_label_get_text (_hearth_workout_dialog_get_energy_label (dialog)));

  /* 25 hours: core's refusal, under the duration. */
  set_text (duration, "25:00");
  _hearth_workout_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_DURATION)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (duration)), ==, "25:00");
  set_text (duration, "ten");
  _hearth_workout_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_DURATION)));
  save_window_png (GTK_WINDOW (dialog), "screenshot-workout-dialog.png");

  /* Later than now (15:30): core's refusal, at the start's time. */
  set_text (duration, "20");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_TIME)), 23);
  _hearth_workout_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_TIME)));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_TIME)), 14);
  g_assert_false (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_TIME)));

  /* A ',' in a '.' locale is refused at the distance, not misread. */
  set_text (duration, "20");
  set_text (_hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_DISTANCE), "2,5");
  _hearth_workout_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_workout_dialog_get_row (dialog, HEARTH_WORKOUT_FIELD_DISTANCE)));
  set_text (_hearth_workout_dialog_get_widget (dialog, HEARTH_WORKOUT_FIELD_DISTANCE), "2.5");

  _hearth_workout_dialog_save (dialog);
  iterate ();
  g_assert_null (_hearth_member_page_get_last_dialog (t->page));
  g_assert_cmpuint (count_rows (_hearth_today_section_get_workouts_list (t->today)), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (_hearth_today_section_get_week_label (t->today)), ==,
                   "120 of 150 active minutes in the last 7 days");
}

/* The medication dialog: each refusal at its field (the name, the times,
 * a name the member already takes, the dates), then a schedule on some
 * days of the week, shown in Today. */
static void
test_today_medication_dialog (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  HearthMedicationDialog *dialog;
  GtkWidget *name, *times, *end;
  g_autoptr(HearthMedication) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) earlier = at (1, 12, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (t->page), "member.add-medication", NULL));
  iterate ();
  dialog = HEARTH_MEDICATION_DIALOG (_hearth_member_page_get_last_dialog (t->page));
  g_assert_true (HEARTH_IS_MEDICATION_DIALOG (dialog));
  name = _hearth_medication_dialog_get_widget (dialog, HEARTH_MEDICATION_FIELD_NAME);
  times = _hearth_medication_dialog_get_widget (dialog, HEARTH_MEDICATION_FIELD_TIMES);
  end = _hearth_medication_dialog_get_widget (dialog, HEARTH_MEDICATION_FIELD_END);

  _hearth_medication_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_medication_dialog_get_row (dialog, HEARTH_MEDICATION_FIELD_NAME)));

  set_text (name, "Metformin");
  set_text (times, "25:00");
  _hearth_medication_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_medication_dialog_get_row (dialog, HEARTH_MEDICATION_FIELD_TIMES)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (times)), ==, "25:00");

  /* Ann takes Metformin already (HEARTH_STORE_ERROR_EXISTS). */
  set_text (times, "09:00, 21:00");
  _hearth_medication_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_medication_dialog_get_row (dialog, HEARTH_MEDICATION_FIELD_NAME)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Metformin");

  /* No day of the week. */
  set_text (name, "Vitamin D");
  for (guint d = 0; d < 7; d++)
    gtk_toggle_button_set_active (_hearth_medication_dialog_get_day (dialog, d), FALSE);
  _hearth_medication_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_medication_dialog_get_row (dialog, HEARTH_MEDICATION_FIELD_DAYS)));

  /* Ends before it starts. */
  gtk_toggle_button_set_active (_hearth_medication_dialog_get_day (dialog, 1), TRUE);   /* Tuesday */
  gtk_toggle_button_set_active (_hearth_medication_dialog_get_day (dialog, 4), TRUE);   /* Friday */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (end), TRUE);
  hearth_gui_date_button_set_date (_hearth_medication_dialog_get_end_date (dialog), earlier);
  _hearth_medication_dialog_save (dialog);
  g_assert_true (row_shows_error (_hearth_medication_dialog_get_row (dialog, HEARTH_MEDICATION_FIELD_END)));
  save_window_png (GTK_WINDOW (dialog), "screenshot-medication-dialog.png");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (end), FALSE);

  _hearth_medication_dialog_save (dialog);
  iterate ();
  g_assert_null (_hearth_member_page_get_last_dialog (t->page));
  stored = hearth_store_find_medication (t->store, hearth_profile_get_uuid (t->ann), "Vitamin D", &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->schedule, ==, HEARTH_MEDICATION_SCHEDULE_TIMES);
  g_assert_cmpuint (stored->n_times, ==, 2);
  g_assert_cmpuint (stored->times[0], ==, 9 * 60);
  g_assert_cmpuint (stored->times[1], ==, 21 * 60);
  g_assert_cmpuint (stored->days_mask, ==, (1u << 1) | (1u << 4));
  g_assert_cmpint (stored->start_day, ==, day_number (10));
  g_assert_true (stored->end_day == HEARTH_MEDICATION_NO_END);
  /* 10 March 2026 is a Tuesday: two more doses today. */
  g_assert_cmpuint (count_rows (_hearth_today_section_get_doses_list (t->today)), ==, 6);
}

/* A workout and a medication added through their dialogs over the app's
 * window are changes Ctrl+Z (win.undo) takes back, the last first. */
static void
test_today_add_undo (void)
{
  HearthStore *store = hearth_application_get_store (app);
  g_autoptr(HearthProfile) uma = add_member ("Una Today", 1990, NULL);
  HearthMemberPage *page = _hearth_window_get_member_page (window);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GPtrArray) medications = NULL;
  g_autoptr(GError) error = NULL;
  HearthWorkoutDialog *workout_dialog;
  HearthMedicationDialog *medication_dialog;

  show_member (uma);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-workout", NULL));
  iterate ();
  workout_dialog = HEARTH_WORKOUT_DIALOG (_hearth_member_page_get_last_dialog (page));
  g_assert_true (HEARTH_IS_WORKOUT_DIALOG (workout_dialog));
  set_text (_hearth_workout_dialog_get_widget (workout_dialog, HEARTH_WORKOUT_FIELD_ACTIVITY), "yoga");
  set_text (_hearth_workout_dialog_get_widget (workout_dialog, HEARTH_WORKOUT_FIELD_DURATION), "20");
  _hearth_workout_dialog_save (workout_dialog);
  iterate ();
  g_assert_null (_hearth_member_page_get_last_dialog (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-medication", NULL));
  iterate ();
  medication_dialog = HEARTH_MEDICATION_DIALOG (_hearth_member_page_get_last_dialog (page));
  g_assert_true (HEARTH_IS_MEDICATION_DIALOG (medication_dialog));
  set_text (_hearth_medication_dialog_get_widget (medication_dialog, HEARTH_MEDICATION_FIELD_NAME), "Iron");
  set_text (_hearth_medication_dialog_get_widget (medication_dialog, HEARTH_MEDICATION_FIELD_TIMES), "08:00");
  _hearth_medication_dialog_save (medication_dialog);
  iterate ();
  g_assert_null (_hearth_member_page_get_last_dialog (page));

  medications = hearth_store_list_medications (store, hearth_profile_get_uuid (uma), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (medications->len, ==, 1);
  g_clear_pointer (&medications, g_ptr_array_unref);
  workouts = hearth_store_list_workouts (store, hearth_profile_get_uuid (uma), 0, 2932896, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 1);
  g_clear_pointer (&workouts, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  medications = hearth_store_list_medications (store, hearth_profile_get_uuid (uma), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (medications->len, ==, 0);
  workouts = hearth_store_list_workouts (store, hearth_profile_get_uuid (uma), 0, 2932896, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 1);
  g_clear_pointer (&workouts, g_ptr_array_unref);

  wait_ms (1000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  workouts = hearth_store_list_workouts (store, hearth_profile_get_uuid (uma), 0, 2932896, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 0);

  /* The undo toast times out by itself (see test_today_taken_undo). */
  for (guint i = 0; i < 300 && _hearth_window_has_toasts (window); i++)
    wait_ms (50);
  g_assert_false (_hearth_window_has_toasts (window));
  wait_ms (500);
}

/* Screenshots ------------------------------------------------------------- */

/* The labels drawn: mapped and inside the window's @width × @height (not
 * scrolled out of view). */
static void
collect_texts (GtkWidget *widget,
               GtkWidget *root,
               int        width,
               int        height,
               GString   *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (widget, root, &bounds) &&
          bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= height &&
          bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= width)
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
          g_string_append_c (out, '\n');
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_texts (child, root, width, height, out);
}

/* @toplevel drawn into tests/NAME in the build dir (for a look); checks it
 * is not blank and returns its mean brightness (0–255). */
double
save_window_png (GtkWindow  *toplevel,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height, stride;
  guchar *data;
  double sum = 0, sum2 = 0, mean, stddev;

  gtk_widget_queue_draw (GTK_WIDGET (toplevel));
  wait_ms (500);
  paintable = gtk_widget_paintable_new (GTK_WIDGET (toplevel));
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (width, >, 0);
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        wait_ms (50);
    }
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  path = g_build_filename (g_getenv ("HEARTH_BUILD_ROOT") ? g_getenv ("HEARTH_BUILD_ROOT") : tmpdir,
                           g_getenv ("HEARTH_BUILD_ROOT") ? "tests" : ".", name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Screenshot: %s", path);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        double lum = (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3.0;

        sum += lum;
        sum2 += lum * lum;
      }
  mean = sum / ((double) width * height);
  stddev = sqrt (MAX (0, sum2 / ((double) width * height) - mean * mean));
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (stddev, >, 10);   /* not a blank window */
  return mean;
}

/* The section's window, the Today section scrolled into view, drawn into
 * tests/NAME; checks what it shows; its mean brightness. */
static double capture_at (Today       *t,
                          GtkWidget   *widget,
                          const char  *name,
                          const char **expected);

static double
capture_today (Today      *t,
               const char *name)
{
  const char *expected[] = { "Today", "Tuesday 10 March", "Meals", "Breakfast · 08:00", "Energy", "Sodium",
                             "Workouts", "Walking, brisk (3.5 mph)", "100 of 150 active minutes in the last 7 days",
                             "Medications", "Metformin 500 mg", "Missed", "Taken at 07:10", "Due", "Taken",
                             "Skip…", NULL };

  /* The Today section at the top, its doses in view. */
  return capture_at (t, GTK_WIDGET (t->today), name, expected);
}

/* The week's card at the top: both bar charts and the month whole. */
static double
capture_week (Today      *t,
              const char *name)
{
  GtkWidget *card = gtk_widget_get_parent (_hearth_today_section_get_week_chart_box (t->today));
  const char *expected[] = { "Recent Days", "Energy eaten, last 7 days", "Active minutes, last 7 days",
                             "Doses taken on time, this month", NULL };
  HearthCalendarView *calendar = _hearth_today_section_get_adherence_calendar (t->today);
  graphene_rect_t bounds;
  double mean = capture_at (t, card, name, expected);

  /* Nothing of the calendar cut off by the window's bottom edge. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (calendar), GTK_WIDGET (t->window), &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (t->window)));
  g_assert_cmpuint (_hearth_calendar_view_get_last_stats (calendar)->n_days, ==, 31);
  return mean;
}

/* @widget scrolled to the top of the window, drawn into tests/NAME; checks
 * @expected (NULL-terminated) are on screen; the mean brightness. */
static double
capture_at (Today       *t,
            GtkWidget   *widget,
            const char  *name,
            const char **expected)
{
  g_autoptr(GString) texts = g_string_new (NULL);
  double mean;

  {
    GtkScrolledWindow *scroller = _hearth_member_page_get_scroller (t->page);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
    graphene_rect_t bounds;

    /* Again once the page is laid out whole: the value is clamped to
     * the height known so far. The bounds are in the viewport's (scrolled)
     * coordinates. */
    for (guint i = 0; i < 5; i++)
      {
        g_assert_true (gtk_widget_compute_bounds (widget, gtk_scrolled_window_get_child (scroller), &bounds));
        if (fabs (bounds.origin.y - 12) < 1)
          break;
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y - 12);
        wait_ms (100);
      }
    /* At the top, or as near as the page's height lets it. */
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    if (bounds.origin.y >= 100)   /* the page's end: scrolled as far as it goes */
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >=,
                         gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 1);
  }
  mean = save_window_png (t->window, name);

  collect_texts (GTK_WIDGET (t->window), GTK_WIDGET (t->window), gtk_widget_get_width (GTK_WIDGET (t->window)),
                 gtk_widget_get_height (GTK_WIDGET (t->window)), texts);
  for (guint i = 0; expected[i] != NULL; i++)
    if (strstr (texts->str, expected[i]) == NULL)
      g_error ("“%s” is not on screen; the labels drawn are:\n%s", expected[i], texts->str);
  return mean;
}

static void
test_today_screenshots (void)
{
  g_autoptr(Today) t = today_new (TRUE);
  AdwStyleManager *style = adw_style_manager_get_default ();
  double light, dark;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = capture_today (t, "screenshot-today-light.png");
  light = (light + capture_week (t, "screenshot-today-week-light.png")) / 2;
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = capture_today (t, "screenshot-today-dark.png");
  dark = (dark + capture_week (t, "screenshot-today-week-dark.png")) / 2;
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  wait_ms (200);

  g_assert_cmpfloat (light, >, 150);
  g_assert_cmpfloat (dark, <, 100);
}

void
add_today_tests (void)
{
  g_test_add_func ("/hearth/gui/today/contents", test_today_contents);
  g_test_add_func ("/hearth/gui/today/live", test_today_live);
  g_test_add_func ("/hearth/gui/today/take-and-skip", test_today_take_and_skip);
  g_test_add_func ("/hearth/gui/today/turns-missed", test_today_turns_missed);
  g_test_add_func ("/hearth/gui/today/empty-member", test_today_empty_member);
  g_test_add_func ("/hearth/gui/today/under-18", test_today_under_18);
  g_test_add_func ("/hearth/gui/today/workout-dialog", test_today_workout_dialog);
  g_test_add_func ("/hearth/gui/today/medication-dialog", test_today_medication_dialog);
  g_test_add_func ("/hearth/gui/today/taken-undo", test_today_taken_undo);
  g_test_add_func ("/hearth/gui/today/add-undo", test_today_add_undo);
  g_test_add_func ("/hearth/gui/today/week-charts", test_today_week_charts);
  g_test_add_func ("/hearth/gui/today/kilojoules", test_today_kilojoules);
  g_test_add_func ("/hearth/gui/today/screenshots", test_today_screenshots);
}
