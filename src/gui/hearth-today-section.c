/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-today"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-bars-view.h"
#include "hearth-calendar-view.h"
#include "hearth-local-time.h"
#include "hearth-store-diet.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "hearth-today-section-private.h"
#include "hearth-window.h"

/* A dose's Taken and Skip… answer the scheduled dose nearest to now within
 * this long (hearth_store_take_dose() and skip_dose() pick that one). */
#define DOSE_REACH (12 * G_TIME_SPAN_HOUR)

struct _HearthTodaySection
{
  AdwBin        parent_instance;

  HearthStore   *store;
  HearthProfile *profile;
  GSettings     *settings;      /* energy-unit; the member page refreshes on changes */
  gboolean       has_content;
  GtkWindow     *last_dialog;   /* weak */
  guint          tick;          /* refreshes when a dose turns missed, or at midnight */
  GTimeSpan      next_change;   /* from the last refresh to that moment */

  GtkLabel      *date_label;
  GtkWidget     *nothing_label;
  GtkWidget     *diet_card;
  GtkWidget     *activity_card;
  GtkWidget     *doses_card;
  GtkListBox    *meals_list;
  GtkWidget     *meals_empty_label;
  GtkGrid       *nutrient_grid;
  GtkLabel      *targets_label;
  GtkListBox    *workouts_list;
  GtkWidget     *workouts_empty_label;
  GtkLabel      *week_label;
  GtkLevelBar   *week_bar;
  GtkLabel      *week_source_label;
  GtkWidget     *week_chart_box;
  GtkWidget     *week_card;
  GtkWidget     *bars_row;      /* the two bar charts side by side */
  GtkWidget     *energy_box;    /* each chart with its title */
  GtkWidget     *active_box;
  GtkWidget     *calendar_box;
  HearthBarsView *energy_chart;
  HearthBarsView *active_chart;
  HearthCalendarView *adherence_calendar;
  double         energy_target; /* kcal, NAN without one (refresh_totals) */
  GtkListBox    *doses_list;
  GtkWidget     *doses_empty_label;
  GtkWidget     *add_workout_button;
  GtkWidget     *add_medication_button;

  GtkLabel      *total_labels[HEARTH_TODAY_N_TOTALS];
  GtkLevelBar   *total_bars[HEARTH_TODAY_N_TOTALS];
};

G_DEFINE_FINAL_TYPE (HearthTodaySection, hearth_today_section, ADW_TYPE_BIN)

GtkWidget *
hearth_today_section_new (void)
{
  return g_object_new (HEARTH_TYPE_TODAY_SECTION, NULL);
}

void
hearth_today_section_set_member (HearthTodaySection *self,
                                 HearthStore        *store,
                                 HearthProfile      *profile)
{
  g_return_if_fail (HEARTH_IS_TODAY_SECTION (self));
  g_return_if_fail (!store || HEARTH_IS_STORE (store));
  g_return_if_fail (!profile || HEARTH_IS_PROFILE (profile));

  g_set_object (&self->store, store);
  g_set_object (&self->profile, profile);
  hearth_today_section_refresh (self);
}

gboolean
hearth_today_section_has_content (HearthTodaySection *self)
{
  g_return_val_if_fail (HEARTH_IS_TODAY_SECTION (self), FALSE);

  return self->has_content;
}

/* Days since 1970-01-01 of @when in its own offset. */
static gint64
local_day_of (GDateTime *when)
{
  return (gint64) floor ((g_date_time_to_unix (when) + g_date_time_get_utc_offset (when) / G_TIME_SPAN_SECOND)
                         / 86400.0);
}

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* "1 h 30 min", "45 min". */
static char *
format_duration (gint64 seconds)
{
  gint64 minutes = seconds / 60;

  if (minutes >= 60)
    /* Translators: a duration, "1 h 30 min" */
    return g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
  /* Translators: a duration, "45 min" */
  return g_strdup_printf (_("%d min"), (int) minutes);
}

/* "≥ 1240" when some item did not state the nutrient. */
static char *
format_amount (const HearthNutrients *totals,
               HearthNutrient         nutrient)
{
  double value = hearth_nutrients_get (totals, nutrient);
  g_autofree char *number = g_strdup_printf ("%.0f", isnan (value) ? 0 : value);

  if (totals->incomplete & (1u << nutrient))
    /* Translators: a total that is a lower bound (an item did not state it) */
    return g_strdup_printf (_("≥ %s"), number);
  return g_steal_pointer (&number);
}

static HearthEnergyUnit
energy_unit (HearthTodaySection *self)
{
  return hearth_gui_settings_get_energy_unit (self->settings);
}

/* Energy in the unit of Preferences, "≥ 1240" as format_amount(), with
 * the unit's symbol when @symbol ("1240 kcal", "≥ 5188 kJ"). */
static char *
format_energy (HearthTodaySection    *self,
               const HearthNutrients *totals,
               gboolean               symbol)
{
  HearthEnergyUnit unit = energy_unit (self);
  double kcal = isnan (totals->energy_kcal) ? 0 : totals->energy_kcal;
  g_autofree char *number = hearth_units_format_energy_value (kcal, unit);
  g_autofree char *text = NULL;

  if (totals->incomplete & (1u << HEARTH_NUTRIENT_ENERGY))
    text = g_strdup_printf (_("≥ %s"), number);
  else
    text = g_steal_pointer (&number);
  if (!symbol)
    return g_steal_pointer (&text);
  /* Translators: an amount of energy and its unit's symbol, "1240 kcal" */
  return g_strdup_printf (_("%s %s"), text, hearth_units_energy_symbol (unit));
}

/* Meals ---------------------------------------------------------------- */

static void
refresh_meals (HearthTodaySection *self,
               gint64              today,
               guint              *n_meals)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meals = NULL;
  guint n;

  remove_all (self->meals_list);
  meals = hearth_store_list_meals (self->store, hearth_profile_get_uuid (self->profile), today, &error);
  if (meals == NULL)
    {
      g_warning ("Could not list today’s meals: %s", error->message);
      *n_meals = 0;
      return;
    }

  n = g_list_model_get_n_items (meals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthMeal) meal = g_list_model_get_item (meals, i);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      GPtrArray *items = hearth_meal_get_items (meal);
      g_autofree char *time = g_date_time_format (hearth_meal_get_taken_at (meal), "%H:%M");
      g_autofree char *title = NULL;
      g_autofree char *foods = NULL;
      g_autofree char *kcal = NULL;
      g_autofree char *subtitle = NULL;
      HearthNutrients totals;

      for (guint k = 0; k < items->len; k++)
        g_ptr_array_add (names, ((HearthMealItem *) items->pdata[k])->name);
      g_ptr_array_add (names, NULL);
      /* Translators: separates the foods of a meal, "Rice, Egg, Tea" */
      foods = g_strjoinv (_(", "), (char **) names->pdata);
      hearth_meal_get_totals (meal, &totals);
      kcal = format_energy (self, &totals, TRUE);

      /* Translators: a meal row's title, "Breakfast · 08:10" */
      title = g_strdup_printf (_("%s · %s"), hearth_meal_get_title (meal), time);
      /* Translators: a meal row's subtitle, its foods and energy: "Rice, Egg · 420 kcal" */
      subtitle = g_strdup_printf (_("%s · %s"), foods, kcal);
      gtk_list_box_append (self->meals_list, new_row (title, subtitle));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->meals_list), n > 0);
  gtk_widget_set_visible (self->meals_empty_label, n == 0);
  *n_meals = n;
}

static void
set_total (HearthTodaySection *self,
           HearthTodayTotal    total,
           const char         *text,
           double              fraction,
           gboolean            over)
{
  gtk_label_set_text (self->total_labels[total], text);
  gtk_level_bar_set_value (self->total_bars[total], isnan (fraction) ? 0 : CLAMP (fraction, 0, 1));
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->total_bars[total]), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->total_bars[total]), "over");
}

/* The day's totals against the targets (docs/clinical.md#diet), as
 * `hearth-cli summary` computes them: energy from resting energy
 * (Mifflin–St Jeor, adults) × the sedentary activity factor, protein
 * 0.8 g per kg of the latest weight, sodium under 2 g, free sugars under
 * 10 % of energy. */
static void
refresh_totals (HearthTodaySection *self,
                GDateTime          *now,
                gint64              today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) latest = NULL;
  g_autoptr(GStrvBuilder) sources = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *sources_text = NULL;
  HearthNutrients totals;
  double weight = NAN, energy_target = NAN, protein_target, sugars_percent;
  int age = hearth_profile_get_age (self->profile, now);

  if (!hearth_store_get_day_nutrition (self->store, hearth_profile_get_uuid (self->profile), today, &totals, &error))
    {
      g_warning ("Could not sum up today’s meals: %s", error->message);
      hearth_nutrients_init_zero (&totals);
      g_clear_error (&error);
    }
  latest = hearth_store_get_latest_reading (self->store, hearth_profile_get_uuid (self->profile),
                                            HEARTH_READING_KIND_WEIGHT, &error);
  if (error != NULL)
    g_warning ("Could not read the latest weight: %s", error->message);
  if (latest != NULL)
    weight = hearth_reading_get_value_a (latest);

  if (age >= 18)   /* Mifflin–St Jeor is for adults */
    energy_target = hearth_nutrition_energy_target (weight, hearth_profile_get_height_cm (self->profile), age,
                                                    hearth_profile_get_sex (self->profile),
                                                    HEARTH_ACTIVITY_LEVEL_SEDENTARY);
  self->energy_target = energy_target;
  protein_target = hearth_nutrition_protein_target_g (weight);
  sugars_percent = hearth_nutrition_sugars_percent (totals.sugars_g, totals.energy_kcal);

  {
    g_autofree char *eaten = format_energy (self, &totals, isnan (energy_target));
    g_autofree char *text = NULL;

    if (isnan (energy_target))
      /* Translators: energy eaten today without a target, "1240 kcal, no target" */
      text = g_strdup_printf (_("%s, no target"), eaten);
    else
      {
        g_autofree char *target = hearth_units_format_energy (energy_target, energy_unit (self));

        /* Translators: energy eaten today of the day's target, "1240 of 2050 kcal" */
        text = g_strdup_printf (_("%s of %s"), eaten, target);
      }
    set_total (self, HEARTH_TODAY_ENERGY, text, totals.energy_kcal / energy_target, FALSE);
    if (isnan (energy_target))
      g_strv_builder_add (sources, _("Energy: no target without the member’s sex, age 18 or over, height and a weight."));
    else
      {
        g_autofree char *line = NULL;

        /* Translators: where the energy target comes from; %.2f is the activity factor */
        line = g_strdup_printf (_("Energy: resting energy (Mifflin–St Jeor) × %.2f, a sedentary day."),
                                hearth_nutrition_activity_factor (HEARTH_ACTIVITY_LEVEL_SEDENTARY));
        g_strv_builder_add (sources, line);
      }
  }
  {
    g_autofree char *eaten = format_amount (&totals, HEARTH_NUTRIENT_PROTEIN);
    g_autofree char *text = NULL;

    if (isnan (protein_target))
      text = g_strdup_printf (_("%s g, no target"), eaten);
    else
      /* Translators: protein eaten today of the day's minimum, "54 of at least 58 g" */
      text = g_strdup_printf (_("%s of at least %.0f g"), eaten, ceil (protein_target));
    set_total (self, HEARTH_TODAY_PROTEIN, text, totals.protein_g / protein_target, FALSE);
    g_strv_builder_add (sources, isnan (protein_target)
                                 ? _("Protein: 0.8 g per kg of body weight; log a weight for a target.")
                                 : _("Protein: 0.8 g per kg of the latest weight."));
  }
  {
    g_autofree char *eaten = format_amount (&totals, HEARTH_NUTRIENT_SODIUM);
    g_autofree char *text = NULL;
    gboolean over = hearth_nutrition_sodium_over (totals.sodium_mg);

    /* Translators: sodium eaten today of WHO's daily limit, "1800 of under 2000 mg" */
    text = g_strdup_printf (_("%s of under %.0f mg"), eaten, HEARTH_SODIUM_LIMIT_MG);
    set_total (self, HEARTH_TODAY_SODIUM, text, totals.sodium_mg / HEARTH_SODIUM_LIMIT_MG, over);
  }
  {
    g_autofree char *eaten = format_amount (&totals, HEARTH_NUTRIENT_SUGARS);
    g_autofree char *text = NULL;
    gboolean over = hearth_nutrition_sugars_over (totals.sugars_g, totals.energy_kcal);

    if (isnan (sugars_percent))
      /* Translators: sugars eaten today, no energy to compare them with */
      text = g_strdup_printf (_("%s g"), eaten);
    else
      /* Translators: sugars eaten today and their share of energy, "30 g, 9 % of energy (under 10 %)" */
      text = g_strdup_printf (_("%s g, %.0f %% of energy (under %.0f %%)"), eaten, sugars_percent,
                              HEARTH_SUGARS_LIMIT_PERCENT);
    set_total (self, HEARTH_TODAY_SUGARS, text, sugars_percent / HEARTH_SUGARS_LIMIT_PERCENT, over);
    /* xgettext:no-c-format */
    g_strv_builder_add (sources, _("Sodium under 2 g and free sugars under 10 % of energy: WHO."));
  }

  parts = g_strv_builder_end (sources);
  /* One source a line: no space between sentences to translate (Chinese
   * has none after its full stop). */
  sources_text = g_strjoinv ("\n", parts);
  gtk_label_set_text (self->targets_label, sources_text);
}

/* Workouts ------------------------------------------------------------- */

static const char *
intensity_label (HearthIntensity intensity)
{
  switch (intensity)
    {
    case HEARTH_INTENSITY_VIGOROUS:
      return _("Vigorous");
    case HEARTH_INTENSITY_MODERATE:
      return _("Moderate");
    case HEARTH_INTENSITY_LIGHT:
    default:
      return _("Light");
    }
}

static void
refresh_workouts (HearthTodaySection *self,
                  GDateTime          *now,
                  gint64              today,
                  guint              *n_workouts,
                  HearthActiveWeek   *out_week)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autofree char *week_text = NULL;
  g_autofree char *source = NULL;
  HearthActiveWeek week;

  remove_all (self->workouts_list);
  *n_workouts = 0;
  workouts = hearth_store_list_workouts (self->store, hearth_profile_get_uuid (self->profile), today, today, &error);
  if (workouts == NULL)
    {
      g_warning ("Could not list today’s workouts: %s", error->message);
      g_clear_error (&error);
    }

  for (guint i = 0; workouts != NULL && i < workouts->len; i++)
    {
      HearthWorkout *workout = workouts->pdata[i];
      const HearthActivity *activity = hearth_activity_lookup (workout->activity);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) parts = NULL;
      g_autofree char *time = g_date_time_format (workout->start, "%H:%M");
      g_autofree char *duration = format_duration (workout->duration_s);
      g_autofree char *energy = NULL;
      g_autofree char *subtitle = NULL;
      double kcal = NAN;

      g_strv_builder_add (builder, time);
      g_strv_builder_add (builder, duration);
      if (hearth_store_get_workout_energy (self->store, workout, &kcal, NULL) && !isnan (kcal))
        {
          /* A workout's energy, "140 kcal" */
          energy = hearth_units_format_energy (kcal, energy_unit (self));
          g_strv_builder_add (builder, energy);
        }
      if (activity != NULL)
        g_strv_builder_add (builder, intensity_label (hearth_activity_get_intensity (activity)));
      parts = g_strv_builder_end (builder);
      /* Translators: separates the facts of a workout, "08:00 · 30 min · 140 kcal" */
      subtitle = g_strjoinv (_(" · "), parts);
      gtk_list_box_append (self->workouts_list,
                           new_row (activity != NULL ? _(activity->name) : workout->activity, subtitle));
    }
  if (workouts != NULL)
    *n_workouts = workouts->len;
  gtk_widget_set_visible (GTK_WIDGET (self->workouts_list), *n_workouts > 0);
  gtk_widget_set_visible (self->workouts_empty_label, *n_workouts == 0);

  /* The last 7 days, today included (docs/clinical.md#physical-activity). */
  if (!hearth_store_get_active_week (self->store, hearth_profile_get_uuid (self->profile), today - 6, &week, &error))
    {
      g_warning ("Could not count the week’s active minutes: %s", error->message);
      memset (&week, 0, sizeof week);
      week.target_minutes = 150;
    }

  /* Translators: active minutes over the last 7 days against the target, "95 of 150 active minutes in the last 7 days" */
  week_text = g_strdup_printf (_("%u of %u active minutes in the last 7 days"),
                               week.equivalent_minutes, week.target_minutes);
  if (week.met)
    {
      char *met = g_strdup_printf ("%s — %s", week_text, _("target met"));

      g_free (week_text);
      week_text = met;
    }
  gtk_label_set_text (self->week_label, week_text);
  gtk_level_bar_set_value (self->week_bar,
                           week.target_minutes > 0 ? MIN (1.0, (double) week.equivalent_minutes / week.target_minutes) : 0);
  if (week.target_minutes > 150)
    source = g_strdup (_("WHO: an average of 60 minutes a day under 18; a vigorous minute counts as two."));
  else
    source = g_strdup (_("WHO: 150 minutes of moderate activity a week; a vigorous minute counts as two."));
  gtk_label_set_text (self->week_source_label, source);
  *out_week = week;
}

/* Doses ---------------------------------------------------------------- */

static char *
describe_medication (const HearthMedication *medication)
{
  if (medication->strength != NULL && *medication->strength != '\0')
    /* Translators: a medication and its strength, "Metformin 500 mg" */
    return g_strdup_printf (_("%s %s"), medication->name, medication->strength);
  return g_strdup (medication->name);
}

static void
on_take_clicked_cb (HearthTodaySection *self,
                    GtkButton          *button)
{
  g_autofree char *uuid = g_strdup (g_object_get_data (G_OBJECT (button), "medication-uuid"));
  g_autofree char *name = g_strdup (g_object_get_data (G_OBJECT (button), "medication-name"));
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autoptr(HearthDose) dose = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = g_object_ref (self->store);
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);
  g_autofree char *what = NULL;

  /* The rows are rebuilt by the store's signal: nothing of @button is
   * used after this. */
  if (!hearth_store_take_dose (store, uuid, now, &dose, &error))
    {
      if (window != NULL)
        hearth_window_add_toast (HEARTH_WINDOW (window), adw_toast_new (error->message));
      else
        g_warning ("Could not mark a dose taken: %s", error->message);
      return;
    }

  /* Translators: a toast after "Taken", "Took Metformin 500 mg" */
  what = g_strdup_printf (_("Took %s"), name);
  if (window != NULL)
    hearth_window_record_change (HEARTH_WINDOW (window), HEARTH_WINDOW_CHANGE_DOSE, dose->uuid, what);
}

static void
on_skip_dialog_response_cb (HearthTodaySection *self,
                            const char         *response,
                            AdwMessageDialog   *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason-entry");
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "medication-uuid");
  const char *name = g_object_get_data (G_OBJECT (dialog), "medication-name");
  g_autofree char *reason = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(HearthDose) dose = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);

  if (!g_str_equal (response, "skip") || self->store == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  now = hearth_clock_now (hearth_store_get_clock (self->store));
  if (!hearth_store_skip_dose (self->store, uuid, now, *reason != '\0' ? reason : NULL, &dose, &error))
    {
      if (window != NULL)
        hearth_window_add_toast (HEARTH_WINDOW (window), adw_toast_new (error->message));
      else
        g_warning ("Could not skip a dose: %s", error->message);
      return;
    }

  /* Translators: a toast after a dose was skipped, "Skipped Metformin 500 mg" */
  what = g_strdup_printf (_("Skipped %s"), name);
  if (window != NULL)
    hearth_window_record_change (HEARTH_WINDOW (window), HEARTH_WINDOW_CHANGE_DOSE, dose->uuid, what);
}

static void
on_skip_clicked_cb (HearthTodaySection *self,
                    GtkButton          *button)
{
  const char *uuid = g_object_get_data (G_OBJECT (button), "medication-uuid");
  const char *name = g_object_get_data (G_OBJECT (button), "medication-name");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  /* Translators: the skip dialog's heading, "Skip Metformin 500 mg?" */
  heading = g_strdup_printf (_("Skip %s?"), name);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The dose is kept as skipped, with the reason if you give one."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (optional)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "skip", _("_Skip Dose"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "skip");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "reason-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "medication-uuid", g_strdup (uuid), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "medication-name", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_skip_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->last_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static GtkWidget *
new_dose_button (HearthTodaySection     *self,
                 const HearthMedication *medication,
                 const char             *name,
                 const char             *label,
                 const char             *which,
                 GCallback               callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *accessible = NULL;

  /* Every dose has its own Taken: the name says whose (GTK 4.8 would
   * announce the raw mnemonic label otherwise). */
  if (g_str_equal (which, "taken"))
    /* Translators: a screen reader's name of a dose's Taken button */
    accessible = g_strdup_printf (_("Taken: %s"), name);
  else
    /* Translators: a screen reader's name of a dose's Skip… button */
    accessible = g_strdup_printf (_("Skip: %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "medication-uuid", g_strdup (medication->uuid), g_free);
  g_object_set_data_full (G_OBJECT (button), "medication-name", g_strdup (name), g_free);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (button, !hearth_store_is_read_only (self->store));
  if (g_str_equal (which, "taken"))
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

/* One row per dose: the scheduled ones with their state, then those taken
 * as needed or extra. The dose that Taken and Skip… would answer (the
 * nearest to now within DOSE_REACH, not yet marked) has the buttons; an
 * as-needed medication has a Taken of its own. */
static void
add_dose_rows (HearthTodaySection     *self,
               const HearthMedication *medication,
               GPtrArray              *doses,
               GDateTime              *now)
{

  g_autofree char *name = describe_medication (medication);
  GTimeSpan best = DOSE_REACH + 1;
  int answer = -1;

  /* A dose still due turns missed once its window is over. */
  for (guint i = 0; i < doses->len; i++)
    {
      HearthDose *dose = doses->pdata[i];

      if (dose->status == HEARTH_DOSE_PENDING && dose->scheduled_at != NULL)
        self->next_change = MIN (self->next_change,
                                 g_date_time_difference (dose->scheduled_at, now) + HEARTH_DOSE_WINDOW);
    }

  for (guint i = 0; i < doses->len; i++)
    {
      HearthDose *dose = doses->pdata[i];
      GTimeSpan distance;

      if ((dose->status != HEARTH_DOSE_PENDING && dose->status != HEARTH_DOSE_MISSED) || dose->scheduled_at == NULL)
        continue;
      distance = ABS (g_date_time_difference (now, dose->scheduled_at));
      if (distance <= DOSE_REACH && distance < best)
        {
          best = distance;
          answer = (int) i;
        }
    }

  for (guint i = 0; i < doses->len; i++)
    {
      HearthDose *dose = doses->pdata[i];
      g_autofree char *time = NULL;
      g_autofree char *status = NULL;
      g_autofree char *subtitle = NULL;
      const char *style = "dim-label";
      GtkWidget *row;
      GtkWidget *status_label;

      switch (dose->status)
        {
        case HEARTH_DOSE_TAKEN:
          {
            g_autofree char *at = g_date_time_format (dose->taken_at, "%H:%M");

            /* Translators: a dose's state, "Taken at 08:05" */
            status = g_strdup_printf (_("Taken at %s"), at);
            style = "success";
          }
          break;
        case HEARTH_DOSE_SKIPPED:
          if (dose->reason != NULL)
            /* Translators: a dose's state with the reason given, "Skipped: nausea" */
            status = g_strdup_printf (_("Skipped: %s"), dose->reason);
          else
            status = g_strdup (_("Skipped"));
          break;
        case HEARTH_DOSE_MISSED:
          status = g_strdup (_("Missed"));
          style = "error";
          break;
        case HEARTH_DOSE_PENDING:
        default:
          status = g_strdup (_("Due"));
          break;
        }

      if (dose->scheduled_at != NULL)
        time = g_date_time_format (dose->scheduled_at, "%H:%M");
      else
        time = g_strdup (_("As needed"));
      if (medication->instructions != NULL && *medication->instructions != '\0')
        /* Translators: a dose row's subtitle, its time and the instructions, "08:00 · with food" */
        subtitle = g_strdup_printf (_("%s · %s"), time, medication->instructions);
      else
        subtitle = g_strdup (time);

      row = new_row (name, subtitle);
      status_label = gtk_label_new (status);
      gtk_widget_add_css_class (status_label, style);
      gtk_widget_set_valign (status_label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_label);
      g_object_set_data (G_OBJECT (row), "status-label", status_label);

      if ((int) i == answer)
        {
          GtkWidget *skip = new_dose_button (self, medication, name, _("_Skip…"), "skip",
                                             G_CALLBACK (on_skip_clicked_cb));
          GtkWidget *take = new_dose_button (self, medication, name, _("_Taken"), "taken",
                                             G_CALLBACK (on_take_clicked_cb));

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), skip);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), take);
          g_object_set_data (G_OBJECT (row), "skip-button", skip);
          g_object_set_data (G_OBJECT (row), "taken-button", take);
        }
      gtk_list_box_append (self->doses_list, row);
    }

  if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
    {
      g_autofree char *subtitle = g_strdup (_("As needed"));
      GtkWidget *row = new_row (name, subtitle);
      GtkWidget *take = new_dose_button (self, medication, name, _("_Taken"), "taken",
                                         G_CALLBACK (on_take_clicked_cb));

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), take);
      g_object_set_data (G_OBJECT (row), "taken-button", take);
      gtk_list_box_append (self->doses_list, row);
    }
}

static void
refresh_doses (HearthTodaySection *self,
               GDateTime          *now,
               gint64              today,
               guint              *n_medications,
               GPtrArray         **out_medications)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) medications = NULL;
  guint rows = 0;

  remove_all (self->doses_list);
  *n_medications = 0;
  medications = hearth_store_list_medications (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (medications == NULL)
    {
      g_warning ("Could not list the medications: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->doses_list), FALSE);
      gtk_widget_set_visible (self->doses_empty_label, TRUE);
      return;
    }

  for (guint i = 0; i < medications->len; i++)
    {
      HearthMedication *medication = medications->pdata[i];
      g_autoptr(GPtrArray) doses = NULL;

      if (medication->start_day > today || medication->end_day < today)
        continue;
      (*n_medications)++;
      doses = hearth_store_list_doses (self->store, medication->uuid, today, today, &error);
      if (doses == NULL)
        {
          g_warning ("Could not list the doses of a medication: %s", error->message);
          g_clear_error (&error);
          continue;
        }
      add_dose_rows (self, medication, doses, now);
    }

  rows = gtk_widget_get_first_child (GTK_WIDGET (self->doses_list)) != NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->doses_list), rows > 0);
  gtk_widget_set_visible (self->doses_empty_label, rows == 0);
  *out_medications = g_steal_pointer (&medications);
}

/* The week's charts -------------------------------------------------------- */

static void
set_local_day (GDate  *date,
               gint64  local_day)
{
  /* GDate's Julian day 1 is 1 January of year 1; 1970-01-01 is 719163. */
  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) (local_day + 719163));
}

static char *
format_energy_value_cb (double   value,
                        gpointer user_data)
{
  /* @value is already in the unit: round it as the unit's format does. */
  HearthEnergyUnit unit = GPOINTER_TO_UINT (user_data);
  g_autofree char *number = hearth_units_format_energy_value (value, HEARTH_ENERGY_UNIT_KCAL);

  /* Translators: an amount of energy and its unit's symbol, "1240 kcal" */
  return g_strdup_printf (_("%s %s"), number, hearth_units_energy_symbol (unit));
}

static char *
format_minutes_cb (double   value,
                   gpointer user_data)
{
  /* Translators: active minutes in a day, "45 min" */
  return g_strdup_printf (_("%.0f min"), value);
}

static char *
format_share_cb (double   value,
                 gpointer user_data)
{
  /* Translators: a share of the day's doses, "50 %" */
  return g_strdup_printf (_("%.0f %%"), 100 * value);
}

/* Energy eaten on each of the last 7 days, one query; FALSE (the chart
 * hidden) without a meal in them. */
static gboolean
refresh_energy_chart (HearthTodaySection *self,
                      gint64              today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;
  HearthEnergyUnit unit = energy_unit (self);
  double values[7] = { 0 };
  gboolean has[7] = { FALSE };
  gboolean any = FALSE;
  GDate first;

  days = hearth_store_get_daily_nutrition (self->store, hearth_profile_get_uuid (self->profile), today - 6, today,
                                           &error);
  if (days == NULL)
    {
      g_warning ("Could not sum up the week’s meals: %s", error->message);
      return FALSE;
    }
  for (guint i = 0; i < days->len; i++)
    {
      const HearthDayNutrition *day = &g_array_index (days, HearthDayNutrition, i);
      gint64 k = day->local_day - (today - 6);
      double kcal = isnan (day->totals.energy_kcal) ? 0 : day->totals.energy_kcal;

      if (k < 0 || k > 6 || day->meals == 0)
        continue;
      values[k] = unit == HEARTH_ENERGY_UNIT_KJ ? hearth_units_kcal_to_kj (kcal) : kcal;
      has[k] = TRUE;
      any = TRUE;
    }
  if (!any)
    {
      hearth_bars_view_set_days (self->energy_chart, NULL, NULL, 0, NULL);
      return FALSE;
    }

  set_local_day (&first, today - 6);
  hearth_bars_view_set_format_func (self->energy_chart, format_energy_value_cb, GUINT_TO_POINTER (unit), NULL);
  hearth_bars_view_set_days (self->energy_chart, values, has, 7, &first);
  if (isnan (self->energy_target))
    hearth_bars_view_unset_target (self->energy_chart);
  else
    {
      g_autofree char *target = hearth_units_format_energy (self->energy_target, unit);
      /* Translators: the energy target's line on the week's chart, "Target 2050 kcal" */
      g_autofree char *label = g_strdup_printf (_("Target %s"), target);

      hearth_bars_view_set_target (self->energy_chart,
                                   unit == HEARTH_ENERGY_UNIT_KJ ? hearth_units_kcal_to_kj (self->energy_target)
                                                                 : self->energy_target,
                                   label);
    }
  return TRUE;
}

/* Active minutes of the week refresh_workouts() counted (no query): a
 * vigorous minute counts as two; the target line is the day's share of
 * WHO's week (docs/clinical.md#physical-activity). */
static gboolean
refresh_active_chart (HearthTodaySection     *self,
                      const HearthActiveWeek *week,
                      guint                   n_workouts)
{
  double values[7];
  double daily = week->target_minutes / 7.0;
  g_autofree char *label = NULL;
  GDate first;

  if (week->equivalent_minutes == 0 && n_workouts == 0)
    {
      hearth_bars_view_set_days (self->active_chart, NULL, NULL, 0, NULL);
      return FALSE;
    }
  for (guint i = 0; i < 7; i++)
    values[i] = week->moderate_minutes[i] + 2.0 * week->vigorous_minutes[i];
  set_local_day (&first, week->first_day);
  hearth_bars_view_set_format_func (self->active_chart, format_minutes_cb, NULL, NULL);
  hearth_bars_view_set_days (self->active_chart, values, NULL, 7, &first);
  /* Translators: the daily share of the week's target of active minutes, "Target 21 min a day" */
  label = g_strdup_printf (_("Target %.0f min a day"), daily);
  hearth_bars_view_set_target (self->active_chart, daily, label);
  return TRUE;
}

/* This month's days up to today: the share of the scheduled doses taken
 * on time (hearth_adherence_add()), one query per scheduled medication;
 * FALSE (hidden) without one. */
static gboolean
refresh_adherence_calendar (HearthTodaySection *self,
                            GDateTime          *now,
                            gint64              today,
                            GPtrArray          *medications)
{
  gint64 month_start = today - (g_date_time_get_day_of_month (now) - 1);
  HearthAdherence per_day[31];
  double values[31] = { 0 };
  gboolean has[31] = { FALSE };
  gboolean any = FALSE;
  GDate month;

  memset (per_day, 0, sizeof per_day);
  for (guint i = 0; medications != NULL && i < medications->len; i++)
    {
      HearthMedication *medication = medications->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) doses = NULL;
      g_autoptr(GPtrArray) day_doses = g_ptr_array_new ();

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED ||
          medication->start_day > today || medication->end_day < month_start)
        continue;
      any = TRUE;
      doses = hearth_store_list_doses (self->store, medication->uuid, month_start, today, &error);
      if (doses == NULL)
        {
          g_warning ("Could not list the doses of a medication: %s", error->message);
          continue;
        }
      /* Oldest first: a day's scheduled doses are together. */
      for (guint k = 0; k <= doses->len; k++)
        {
          HearthDose *dose = k < doses->len ? doses->pdata[k] : NULL;

          if (day_doses->len > 0 &&
              (dose == NULL || dose->scheduled_day != ((HearthDose *) day_doses->pdata[0])->scheduled_day))
            {
              gint64 d = ((HearthDose *) day_doses->pdata[0])->scheduled_day - month_start;

              if (d >= 0 && d < 31)
                hearth_adherence_add (&per_day[d], day_doses);
              g_ptr_array_set_size (day_doses, 0);
            }
          if (dose != NULL && dose->scheduled_day >= 0)
            g_ptr_array_add (day_doses, dose);
        }
    }
  if (!any)
    {
      hearth_calendar_view_set_month (self->adherence_calendar, NULL, NULL, NULL);
      return FALSE;
    }

  for (guint d = 0; d < 31; d++)
    {
      has[d] = per_day[d].scheduled > 0;
      values[d] = has[d] ? per_day[d].ratio : 0;
    }
  set_local_day (&month, today);
  hearth_calendar_view_set_format_func (self->adherence_calendar, format_share_cb, NULL, NULL);
  hearth_calendar_view_set_month (self->adherence_calendar, &month, values, has);
  return TRUE;
}

static gboolean
on_tick_cb (gpointer data)
{
  HearthTodaySection *self = data;

  self->tick = 0;
  hearth_today_section_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Refreshes on its own when a dose turns missed or the day ends (a second
 * late, so the clock is past it). */
static void
schedule_tick (HearthTodaySection *self)
{
  guint seconds;

  g_clear_handle_id (&self->tick, g_source_remove);
  if (self->next_change == G_MAXINT64)
    return;
  seconds = (guint) CLAMP (self->next_change / G_TIME_SPAN_SECOND + 1, 1, 24 * 60 * 60);
  self->tick = g_timeout_add_seconds (seconds, on_tick_cb, self);
}

void
hearth_today_section_refresh (HearthTodaySection *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  guint n_meals = 0, n_workouts = 0, n_medications = 0;
  g_autoptr(GPtrArray) medications = NULL;
  HearthActiveWeek week = { 0 };
  gboolean writable, energy_shown, active_shown, calendar_shown;
  gint64 today;

  g_return_if_fail (HEARTH_IS_TODAY_SECTION (self));

  if (self->store == NULL || self->profile == NULL)
    {
      remove_all (self->meals_list);
      remove_all (self->workouts_list);
      remove_all (self->doses_list);
      hearth_bars_view_set_days (self->energy_chart, NULL, NULL, 0, NULL);
      hearth_bars_view_set_days (self->active_chart, NULL, NULL, 0, NULL);
      hearth_calendar_view_set_month (self->adherence_calendar, NULL, NULL, NULL);
      self->has_content = FALSE;
      g_clear_handle_id (&self->tick, g_source_remove);
      return;
    }

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  today = local_day_of (now);
  /* Tomorrow is another day: the next local midnight at the latest. */
  {
    g_autoptr(GDateTime) next = g_date_time_add_days (now, 1);

    self->next_change = G_MAXINT64;
    if (next != NULL)
      {
        g_autoptr(GDateTime) midnight = hearth_local_time_day_start (hearth_clock_get_timezone (hearth_store_get_clock (self->store)),
                                                                     g_date_time_get_year (next),
                                                                     g_date_time_get_month (next),
                                                                     g_date_time_get_day_of_month (next));

        if (midnight != NULL)
          self->next_change = g_date_time_difference (midnight, now);
      }
  }
  /* Translators: today's date beside "Today", see g_date_time_format() */
  date = g_date_time_format (now, _("%A %-d %B"));
  gtk_label_set_text (self->date_label, date);

  writable = !hearth_store_is_read_only (self->store);
  gtk_widget_set_sensitive (self->add_workout_button, writable);
  gtk_widget_set_sensitive (self->add_medication_button, writable);

  refresh_meals (self, today, &n_meals);
  refresh_totals (self, now, today);
  refresh_workouts (self, now, today, &n_workouts, &week);
  refresh_doses (self, now, today, &n_medications, &medications);
  energy_shown = refresh_energy_chart (self, today);
  active_shown = refresh_active_chart (self, &week, n_workouts);
  calendar_shown = refresh_adherence_calendar (self, now, today, medications);

  self->has_content = n_meals > 0 || n_workouts > 0 || week.equivalent_minutes > 0 || n_medications > 0 ||
                      energy_shown;
  schedule_tick (self);

  /* What there is, only: a member who logs none of it sees one line. */
  gtk_widget_set_visible (self->diet_card, n_meals > 0);
  gtk_widget_set_visible (self->activity_card, n_workouts > 0 || week.equivalent_minutes > 0);
  gtk_widget_set_visible (self->doses_card, n_medications > 0);
  gtk_widget_set_visible (self->energy_box, energy_shown);
  gtk_widget_set_visible (self->active_box, active_shown);
  gtk_widget_set_visible (self->bars_row, energy_shown || active_shown);
  gtk_widget_set_visible (self->calendar_box, calendar_shown);
  gtk_widget_set_visible (self->week_card, energy_shown || active_shown || calendar_shown);
  gtk_widget_set_visible (self->nothing_label, !self->has_content && n_meals == 0);
}

static void
build_totals (HearthTodaySection *self)
{
  const char *names[HEARTH_TODAY_N_TOTALS] = {
    [HEARTH_TODAY_ENERGY] = _("Energy"),
    [HEARTH_TODAY_PROTEIN] = _("Protein"),
    [HEARTH_TODAY_SODIUM] = _("Sodium"),
    [HEARTH_TODAY_SUGARS] = _("Sugars"),
  };

  for (int t = 0; t < HEARTH_TODAY_N_TOTALS; t++)
    {
      GtkWidget *name = gtk_label_new (names[t]);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
      GtkWidget *value = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_size_request (bar, 80, -1);
      /* One colour below the target; "over" (style.css) past a limit. */
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, names[t], -1);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_widget_add_css_class (value, "numeric");
      gtk_grid_attach (self->nutrient_grid, name, 0, t, 1, 1);
      gtk_grid_attach (self->nutrient_grid, bar, 1, t, 1, 1);
      gtk_grid_attach (self->nutrient_grid, value, 2, t, 1, 1);
      self->total_labels[t] = GTK_LABEL (value);
      self->total_bars[t] = GTK_LEVEL_BAR (bar);
    }
  gtk_level_bar_remove_offset_value (self->week_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->week_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->week_bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

/* A chart under its title, into @parent; the box holding both. */
static GtkWidget *
add_chart (GtkWidget  *parent,
           const char *title,
           GtkWidget  *chart)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_box_append (GTK_BOX (parent), box);
  return box;
}

static void
build_charts (HearthTodaySection *self)
{
  const char *energy_title = _("Energy eaten, last 7 days");
  const char *active_title = _("Active minutes, last 7 days");
  const char *calendar_title = _("Doses taken on time, this month");

  self->bars_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_box_set_homogeneous (GTK_BOX (self->bars_row), TRUE);
  gtk_box_append (GTK_BOX (self->week_chart_box), self->bars_row);

  self->energy_chart = hearth_bars_view_new ();
  hearth_bars_view_set_title (self->energy_chart, energy_title);
  self->energy_box = add_chart (self->bars_row, energy_title, GTK_WIDGET (self->energy_chart));
  self->active_chart = hearth_bars_view_new ();
  hearth_bars_view_set_title (self->active_chart, active_title);
  self->active_box = add_chart (self->bars_row, active_title, GTK_WIDGET (self->active_chart));

  self->adherence_calendar = hearth_calendar_view_new ();
  hearth_calendar_view_set_title (self->adherence_calendar, calendar_title);
  hearth_calendar_view_set_scale_labels (self->adherence_calendar, _("0 %"), _("100 %"));
  self->calendar_box = add_chart (self->week_chart_box, calendar_title, GTK_WIDGET (self->adherence_calendar));
}

static void
hearth_today_section_dispose (GObject *object)
{
  HearthTodaySection *self = HEARTH_TODAY_SECTION (object);

  g_clear_handle_id (&self->tick, g_source_remove);
  g_clear_weak_pointer (&self->last_dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_TODAY_SECTION);

  G_OBJECT_CLASS (hearth_today_section_parent_class)->dispose (object);
}

static void
hearth_today_section_class_init (HearthTodaySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_today_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-today-section.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, date_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, nothing_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, diet_card);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, activity_card);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, doses_card);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, meals_list);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, meals_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, nutrient_grid);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, targets_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, workouts_list);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, workouts_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, week_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, week_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, week_source_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, week_chart_box);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, week_card);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, doses_list);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, doses_empty_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, add_workout_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTodaySection, add_medication_button);
}

static void
hearth_today_section_init (HearthTodaySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = hearth_gui_settings_new ();
  self->energy_target = NAN;
  build_totals (self);
  build_charts (self);
}

GtkListBox *
_hearth_today_section_get_meals_list (HearthTodaySection *self)
{
  return self->meals_list;
}

GtkListBox *
_hearth_today_section_get_workouts_list (HearthTodaySection *self)
{
  return self->workouts_list;
}

GtkListBox *
_hearth_today_section_get_doses_list (HearthTodaySection *self)
{
  return self->doses_list;
}

GtkLabel *
_hearth_today_section_get_total_label (HearthTodaySection *self,
                                       HearthTodayTotal    total)
{
  g_assert (total < HEARTH_TODAY_N_TOTALS);

  return self->total_labels[total];
}

GtkLevelBar *
_hearth_today_section_get_total_bar (HearthTodaySection *self,
                                     HearthTodayTotal    total)
{
  g_assert (total < HEARTH_TODAY_N_TOTALS);

  return self->total_bars[total];
}

GtkLabel *
_hearth_today_section_get_targets_label (HearthTodaySection *self)
{
  return self->targets_label;
}

GtkLabel *
_hearth_today_section_get_week_label (HearthTodaySection *self)
{
  return self->week_label;
}

GtkLevelBar *
_hearth_today_section_get_week_bar (HearthTodaySection *self)
{
  return self->week_bar;
}

GtkLabel *
_hearth_today_section_get_week_source_label (HearthTodaySection *self)
{
  return self->week_source_label;
}

GtkWidget *
_hearth_today_section_get_week_chart_box (HearthTodaySection *self)
{
  return self->week_chart_box;
}

HearthBarsView *
_hearth_today_section_get_energy_chart (HearthTodaySection *self)
{
  return self->energy_chart;
}

HearthBarsView *
_hearth_today_section_get_active_chart (HearthTodaySection *self)
{
  return self->active_chart;
}

HearthCalendarView *
_hearth_today_section_get_adherence_calendar (HearthTodaySection *self)
{
  return self->adherence_calendar;
}

GtkButton *
_hearth_today_section_get_dose_button (GtkListBoxRow *row,
                                       const char    *which)
{
  g_autofree char *key = g_strdup_printf ("%s-button", which);

  return g_object_get_data (G_OBJECT (row), key);
}

const char *
_hearth_today_section_get_dose_status (GtkListBoxRow *row)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "status-label");

  return label != NULL ? gtk_label_get_text (label) : NULL;
}

GtkWindow *
_hearth_today_section_get_last_dialog (HearthTodaySection *self)
{
  return self->last_dialog;
}

GTimeSpan
_hearth_today_section_get_next_change (HearthTodaySection *self)
{
  return self->tick != 0 ? self->next_change : -1;
}

void
_hearth_today_section_tick (HearthTodaySection *self)
{
  g_assert (self->tick != 0);

  g_clear_handle_id (&self->tick, g_source_remove);
  on_tick_cb (self);
}
