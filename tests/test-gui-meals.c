/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-meals"

#include "config.h"

#include <math.h>

#include "hearth-core.h"
#include "hearth-application-private.h"
#include "hearth-food-dialog-private.h"
#include "hearth-gui-util.h"
#include "hearth-foods-window-private.h"
#include "hearth-meal-dialog-private.h"
#include "hearth-recipe-dialog-private.h"
#include "xdo-app.h"

/* The meal dialog as a person uses it: in process (bad input, the
 * screenshots), and the built app under the test's X display with openbox,
 * driven key by key through xdotool (a meal of three foods; a usual meal in
 * three actions), the journal read back with core. The xdotool helpers
 * are xdo-app.c's, shared with test-gui-forms.c. */

#define EPS 1e-9

/* In process ----------------------------------------------------------------- */

typedef struct
{
  char          *dir;
  HearthClock   *clock;
  HearthStore   *store;
  HearthProfile *ann;
  HearthFood    *rice;
  HearthFood    *egg;
  HearthFood    *milk;
} Kitchen;

static void
remove_dir (const char *dir)
{
  const char *argv[] = { "rm", "-rf", dir, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

static HearthFood *
store_food (HearthStore      *store,
            const char       *name,
            HearthAmountUnit  per_unit,
            HearthNutrients   values,
            double            serving_size,
            gboolean          favourite)
{
  g_autoptr(HearthFood) food = hearth_food_new (name, per_unit);
  g_autoptr(GError) error = NULL;

  hearth_food_set_nutrients (food, &values);
  hearth_food_set_serving_size (food, serving_size);
  hearth_food_set_favourite (food, favourite);
  g_assert_true (hearth_store_add_food (store, food, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&food);
}

/* Rice per 100 g, an egg per 50 g serving (a favourite), milk per 100 ml. */
static void
stock (HearthStore *store,
       HearthFood **rice,
       HearthFood **egg,
       HearthFood **milk)
{
  *rice = store_food (store, "Rice", HEARTH_AMOUNT_UNIT_GRAM,
                      (HearthNutrients) { 130, 2.7, 28.2, 0.1, 0.3, 0.1, 0.4, 1, 0 }, NAN, FALSE);
  *egg = store_food (store, "Egg", HEARTH_AMOUNT_UNIT_SERVING,
                     (HearthNutrients) { 72, 6.3, 0.4, 0.2, 4.8, 1.6, 0, 71, 0 }, 50, TRUE);
  *milk = store_food (store, "Milk", HEARTH_AMOUNT_UNIT_MILLILITRE,
                      (HearthNutrients) { 64, 3.4, 4.8, 4.8, 3.6, 2.3, 0, 44, 0 }, NAN, FALSE);
}

static HearthMealItem *
item_of (HearthFood       *food,
         double            amount,
         HearthAmountUnit  unit)
{
  HearthMealItem *item = hearth_meal_item_new ();

  item->food_uuid = g_strdup (hearth_food_get_uuid (food));
  item->amount = amount;
  item->unit = unit;
  return item;
}

/* Ann's breakfast of @at: 2 eggs and 200 ml milk (272 kcal). */
static HearthMeal *
log_breakfast (Kitchen   *k,
               GDateTime *at)
{
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (k->ann), HEARTH_MEAL_TYPE_BREAKFAST, at);
  g_autoptr(GError) error = NULL;

  hearth_meal_add_item (meal, item_of (k->egg, 2, HEARTH_AMOUNT_UNIT_SERVING));
  hearth_meal_add_item (meal, item_of (k->milk, 200, HEARTH_AMOUNT_UNIT_MILLILITRE));
  g_assert_true (hearth_store_add_meal (k->store, meal, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&meal);
}

/* A fresh journal, Ann and her foods, "now" 2026-03-31 08:05 in Berlin. */
static Kitchen *
kitchen_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 3, 31, 8, 5, 0);
  g_autofree char *db = NULL;
  Kitchen *k = g_new0 (Kitchen, 1);

  g_assert_nonnull (tz);
  k->dir = g_dir_make_tmp ("hearth-meals-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (k->dir, "hearth.db", NULL);
  k->clock = hearth_clock_new_fixed (now);
  k->store = hearth_store_open (db, k->clock, &error);
  g_assert_no_error (error);
  k->ann = hearth_profile_new ("Ann");
  hearth_profile_set_birth (k->ann, 1970, 5, 4);
  g_assert_true (hearth_store_add_profile (k->store, k->ann, &error));
  g_assert_no_error (error);
  stock (k->store, &k->rice, &k->egg, &k->milk);
  return k;
}

static void
kitchen_free (Kitchen *k)
{
  g_clear_object (&k->rice);
  g_clear_object (&k->egg);
  g_clear_object (&k->milk);
  g_clear_object (&k->ann);
  g_clear_object (&k->store);
  g_clear_object (&k->clock);
  remove_dir (k->dir);
  g_free (k->dir);
  g_free (k);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Kitchen, kitchen_free)

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  do
    while (g_main_context_iteration (NULL, FALSE))
      ;
  while (g_get_monotonic_time () < end && (g_usleep (5000), TRUE));
}

static HearthMealDialog *
open_dialog (Kitchen *k)
{
  HearthMealDialog *dialog = hearth_meal_dialog_new (k->store, k->ann);

  g_object_ref_sink (dialog);
  return dialog;
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
close_dialog (HearthMealDialog *dialog)
{
  close_window (dialog);
}

static GListModel *
meals_of (Kitchen *k,
          int      y,
          int      m,
          int      d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (d, m, y);
  GListModel *meals = hearth_store_list_meals (k->store, hearth_profile_get_uuid (k->ann),
                                               (gint64) g_date_get_julian (date) - 719163, &error);

  g_assert_no_error (error);
  return meals;
}

/* Picks @name in the food search as typed, then @amount with Return. */
static void
pick_food (HearthMealDialog *dialog,
           const char       *name,
           const char       *amount)
{
  HearthFoodPicker *picker = _hearth_meal_dialog_get_picker (dialog);

  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), name);
  g_signal_emit_by_name (hearth_food_picker_get_search_entry (picker), "activate");
  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_amount_entry (picker)), amount);
  g_signal_emit_by_name (hearth_food_picker_get_amount_entry (picker), "activate");
}

/* The search lists favourites first while empty, then what matches as
 * typed; picked foods add up live. */
static void
test_search_and_totals (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  HearthMealDialog *dialog = open_dialog (k);
  HearthFoodPicker *picker = _hearth_meal_dialog_get_picker (dialog);
  GListModel *results = hearth_food_picker_get_results (picker);
  g_autoptr(HearthFood) first = NULL;

  /* Breakfast at 08:05. */
  g_assert_cmpint (_hearth_meal_dialog_get_meal_type (dialog), ==, HEARTH_MEAL_TYPE_BREAKFAST);
  /* The family's three foods; the USDA reference foods wait to be searched for. */
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (hearth_food_get_name (first), ==, "Egg");
  g_clear_object (&first);

  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "mi");
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (hearth_food_get_name (first), ==, "Milk");

  pick_food (dialog, "ric", "150");
  pick_food (dialog, "egg", "2");
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 2);
  /* 195 + 144 kcal, protein 4.05 + 12.6. */
  g_assert_cmpstr (_hearth_meal_dialog_get_totals (dialog), ==,
                   "Total: 339 kcal · protein 16.6 g · carbohydrate 43.1 g · fat 10 g");
  /* The picker is empty again, ready for the next food. */
  g_assert_true (hearth_food_picker_is_empty (picker));

  g_assert_true (_hearth_meal_dialog_save (dialog));
  {
    g_autoptr(GListModel) meals = meals_of (k, 2026, 3, 31);
    g_autoptr(HearthMeal) meal = g_list_model_get_item (meals, 0);
    HearthNutrients totals;

    g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
    hearth_meal_get_totals (meal, &totals);
    g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 339, EPS);
    g_assert_cmpint (hearth_meal_get_meal_type (meal), ==, HEARTH_MEAL_TYPE_BREAKFAST);
  }
  close_dialog (dialog);
}

/* Bad input is refused at its field and what was typed stays: a word for
 * an amount, 20 kg of rice, a food that does not exist, a negative quick
 * entry, an empty meal, a custom meal without a name. Nothing is stored. */
static void
test_bad_input_kept (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  HearthMealDialog *dialog = open_dialog (k);
  HearthFoodPicker *picker = _hearth_meal_dialog_get_picker (dialog);
  GtkEditable *search = GTK_EDITABLE (hearth_food_picker_get_search_entry (picker));
  GtkEditable *amount = GTK_EDITABLE (hearth_food_picker_get_amount_entry (picker));
  GtkWidget *amount_row;
  g_autoptr(GListModel) meals = NULL;

  /* Nothing in it yet. */
  g_assert_false (_hearth_meal_dialog_save (dialog));
  g_assert_cmpstr (_hearth_meal_dialog_get_items_error (dialog), !=, "");

  pick_food (dialog, "rice", "lots");
  amount_row = gtk_widget_get_ancestor (GTK_WIDGET (amount), ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (gtk_editable_get_text (amount), ==, "lots");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "Rice");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (amount_row)), "not a number"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (amount), "error"));
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 0);

  /* 20 kg: the core's limit, shown under the amount. */
  gtk_editable_set_text (amount, "20000");
  g_signal_emit_by_name (amount, "activate");
  g_assert_cmpstr (gtk_editable_get_text (amount), ==, "20000");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (amount_row)), "5 kg"));
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 0);
  /* Typing again clears the message. */
  gtk_editable_set_text (amount, "150");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (amount_row)), ==, "");
  g_signal_emit_by_name (amount, "activate");
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 1);

  /* A food that is not in the list. */
  gtk_editable_set_text (search, "Zongzi");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "Zongzi");
  {
    GtkWidget *search_row = gtk_widget_get_ancestor (GTK_WIDGET (search), ADW_TYPE_ACTION_ROW);

    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (search_row)), "Zongzi"));
  }
  gtk_editable_set_text (search, "");

  /* A quick entry of −300 kcal, then one of 30 000. */
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_name (dialog), "Cake");
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "-300");
  g_signal_emit_by_name (_hearth_meal_dialog_get_quick_kcal (dialog), "activate");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_meal_dialog_get_quick_kcal (dialog)), ==, "-300");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_meal_dialog_get_quick_name (dialog)), ==, "Cake");
  g_assert_cmpstr (_hearth_meal_dialog_get_quick_kcal_error (dialog), !=, "");
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "30000");
  g_assert_cmpstr (_hearth_meal_dialog_get_quick_kcal_error (dialog), ==, "");
  g_assert_false (_hearth_meal_dialog_save (dialog));
  g_assert_nonnull (strstr (_hearth_meal_dialog_get_quick_kcal_error (dialog), "20000"));
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 1);

  /* A meal of its own needs its name; the rest stays as typed. */
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "350");
  _hearth_meal_dialog_set_meal_type (dialog, HEARTH_MEAL_TYPE_CUSTOM);
  g_assert_false (_hearth_meal_dialog_save (dialog));
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 2);

  meals = meals_of (k, 2026, 3, 31);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 0);
  close_dialog (dialog);
}

/* "Same as yesterday's breakfast" in three actions: open, pick, Add. The
 * copy keeps the nutrition it was logged with, though the egg changed. */
static void
test_three_actions (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) yesterday = g_date_time_new (tz, 2026, 3, 30, 7, 30, 0);
  g_autoptr(HearthMeal) before = log_breakfast (k, yesterday);
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) meal = NULL;
  g_autoptr(GError) error = NULL;
  HearthMealDialog *dialog;
  AdwActionRow *same;
  HearthNutrients totals;
  guint actions = 0;

  hearth_food_set_nutrient (k->egg, HEARTH_NUTRIENT_ENERGY, 90);
  g_assert_true (hearth_store_update_food (k->store, k->egg, &error));
  g_assert_no_error (error);

  dialog = open_dialog (k);                                  actions++;
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (100);
  same = _hearth_meal_dialog_get_same_row (dialog);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (same)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (same)), ==,
                   "_Same as Yesterday’s Breakfast");
  g_assert_cmpstr (adw_action_row_get_subtitle (same), ==, "Egg, Milk · 272 kcal");
  adw_action_row_activate (same);                            actions++;
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 2);
  /* The next action is Add: it has the focus. */
  g_assert_true (gtk_widget_has_focus (gtk_window_get_default_widget (GTK_WINDOW (dialog))));
  gtk_widget_activate (gtk_window_get_default_widget (GTK_WINDOW (dialog))); actions++;
  g_assert_cmpuint (actions, <=, 3);
  /* A button activated from the keyboard clicks once it has shown itself pressed. */
  for (guint i = 0; i < 100 && gtk_widget_get_visible (GTK_WIDGET (dialog)); i++)
    iterate (20);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  meals = meals_of (k, 2026, 3, 31);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
  meal = g_list_model_get_item (meals, 0);
  g_assert_cmpint (hearth_meal_get_meal_type (meal), ==, HEARTH_MEAL_TYPE_BREAKFAST);
  g_assert_cmpuint (hearth_meal_get_items (meal)->len, ==, 2);
  hearth_meal_get_totals (meal, &totals);
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 272, EPS);
  g_assert_cmpint (g_date_time_get_hour (hearth_meal_get_taken_at (meal)), ==, 8);
  g_assert_cmpint (g_date_time_get_minute (hearth_meal_get_taken_at (meal)), ==, 5);
  close_dialog (dialog);
}

/* The first row under @widget that holds a past meal. */
static GtkWidget *
find_meal_row (GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (widget) && g_object_get_data (G_OBJECT (widget), "hearth-meal") != NULL)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_meal_row (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Copy a past meal: any of the last two weeks, its type with it. */
static void
test_copy_past_meal (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) days_ago = g_date_time_new (tz, 2026, 3, 26, 7, 30, 0);
  g_autoptr(HearthMeal) old = log_breakfast (k, days_ago);
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) meal = NULL;
  HearthMealDialog *dialog = open_dialog (k);
  AdwExpanderRow *copy = _hearth_meal_dialog_get_copy_row (dialog);
  GtkWidget *row = NULL;

  /* Five days ago is not yesterday: the same row says which day. */
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (_hearth_meal_dialog_get_same_row (dialog))),
                            "Thu 26 Mar"));
  _hearth_meal_dialog_set_meal_type (dialog, HEARTH_MEAL_TYPE_LUNCH);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (_hearth_meal_dialog_get_same_row (dialog))));

  /* The expander's one row. */
  row = find_meal_row (GTK_WIDGET (copy));
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_cmpint (_hearth_meal_dialog_get_meal_type (dialog), ==, HEARTH_MEAL_TYPE_BREAKFAST);
  g_assert_true (_hearth_meal_dialog_save (dialog));

  meals = meals_of (k, 2026, 3, 31);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
  meal = g_list_model_get_item (meals, 0);
  g_assert_cmpuint (hearth_meal_get_items (meal)->len, ==, 2);
  close_dialog (dialog);
}

static cairo_surface_t *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  for (guint i = 0; i < 200 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      width = gdk_paintable_get_intrinsic_width (paintable);
      height = gdk_paintable_get_intrinsic_height (paintable);
      if (width > 0 && height > 0)
        gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        iterate (20);
    }
  g_assert_nonnull (node);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
measure (cairo_surface_t *surface,
         double          *mean,
         double          *stddev)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  double sum = 0, sum2 = 0, n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guchar *p = data + y * stride + x * 4;
        double v = (p[0] + p[1] + p[2]) / 3.0;

        sum += v;
        sum2 += v * v;
        n++;
      }
  *mean = sum / n;
  *stddev = sqrt (MAX (0, sum2 / n - *mean * *mean));
}

/* The dialog with a meal in it, light and dark, into the build's tests
 * folder (meal-dialog-light.png, meal-dialog-dark.png). */
static void
test_screenshots (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) yesterday = g_date_time_new (tz, 2026, 3, 30, 7, 30, 0);
  g_autoptr(HearthMeal) before = log_breakfast (k, yesterday);
  AdwStyleManager *style = adw_style_manager_get_default ();
  double light_mean = 0, dark_mean = 0;

  for (guint dark = 0; dark < 2; dark++)
    {
      HearthMealDialog *dialog = open_dialog (k);
      g_autofree char *name = g_strdup_printf ("meal-dialog-%s.png", dark ? "dark" : "light");
      g_autofree char *path = g_build_filename (g_getenv ("HEARTH_BUILD_ROOT"), "tests", name, NULL);
      cairo_surface_t *surface;
      double mean, stddev;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_window_set_default_size (GTK_WINDOW (dialog), 500, 900);
      pick_food (dialog, "rice", "150");
      pick_food (dialog, "egg", "2");
      gtk_editable_set_text (_hearth_meal_dialog_get_quick_name (dialog), "Orange juice");
      gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "90");
      g_signal_emit_by_name (_hearth_meal_dialog_get_quick_kcal (dialog), "activate");
      gtk_window_present (GTK_WINDOW (dialog));
      iterate (600);
      surface = render (GTK_WIDGET (dialog));
      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("screenshot: %s", path);
      measure (surface, &mean, &stddev);
      g_assert_cmpfloat (stddev, >, 10);
      if (dark)
        dark_mean = mean;
      else
        light_mean = mean;
      cairo_surface_destroy (surface);
      close_dialog (dialog);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpfloat (light_mean, >, dark_mean + 40);
}


/* Foods, recipes and the Foods window ------------------------------------------- */

static void
set_food_field (HearthFoodDialog *dialog,
                HearthFoodField   field,
                const char       *text)
{
  gtk_editable_set_text (_hearth_food_dialog_get_entry (dialog, field), text);
}

/* A new food as typed; each bad value refused at its own field, what was
 * typed kept, nothing stored until it is right. */
static void
test_food_dialog (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  HearthFoodDialog *dialog = hearth_food_dialog_new (k->store, NULL);
  g_autoptr(HearthFood) oats = NULL;
  g_autoptr(GError) error = NULL;
  const HearthNutrients *values;

  g_object_ref_sink (dialog);
  set_food_field (dialog, HEARTH_FOOD_FIELD_NAME, "Oats");
  set_food_field (dialog, HEARTH_FOOD_FIELD_ENERGY, "plenty");
  set_food_field (dialog, HEARTH_FOOD_FIELD_PROTEIN, "16.9");
  set_food_field (dialog, HEARTH_FOOD_FIELD_SODIUM, "2");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_nonnull (strstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_ENERGY), "not a number"));
  g_assert_cmpstr (gtk_editable_get_text (_hearth_food_dialog_get_entry (dialog, HEARTH_FOOD_FIELD_ENERGY)), ==, "plenty");

  /* More than pure fat per 100 g, then more protein than 100 g holds. */
  set_food_field (dialog, HEARTH_FOOD_FIELD_ENERGY, "950");
  g_assert_cmpstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_ENERGY), ==, "");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_nonnull (strstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_ENERGY), "900"));
  set_food_field (dialog, HEARTH_FOOD_FIELD_ENERGY, "389");
  set_food_field (dialog, HEARTH_FOOD_FIELD_PROTEIN, "120");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_cmpstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_PROTEIN), !=, "");
  g_assert_cmpstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_ENERGY), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_food_dialog_get_entry (dialog, HEARTH_FOOD_FIELD_PROTEIN)), ==, "120");
  set_food_field (dialog, HEARTH_FOOD_FIELD_PROTEIN, "16,9");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_nonnull (strstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_PROTEIN), "“.”"));
  set_food_field (dialog, HEARTH_FOOD_FIELD_PROTEIN, "16.9");
  set_food_field (dialog, HEARTH_FOOD_FIELD_SERVING_SIZE, "-40");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_cmpstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_SERVING_SIZE), !=, "");
  set_food_field (dialog, HEARTH_FOOD_FIELD_SERVING_SIZE, "40");
  /* A name the family's list has already (case aside). */
  set_food_field (dialog, HEARTH_FOOD_FIELD_NAME, "RICE");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_nonnull (strstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_NAME), "already"));
  {
    /* Nothing saved: "Oats" is only the USDA reference food. */
    g_autoptr(HearthFood) none = hearth_store_find_food (k->store, "Oats", NULL);

    g_assert_true (none == NULL || hearth_food_is_reference (none));
  }

  set_food_field (dialog, HEARTH_FOOD_FIELD_NAME, "Oats");
  set_food_field (dialog, HEARTH_FOOD_FIELD_SERVING_NAME, "1 bowl");
  _hearth_food_dialog_set_favourite (dialog, TRUE);
  g_assert_true (_hearth_food_dialog_save (dialog));
  oats = hearth_store_find_food (k->store, "Oats", &error);
  g_assert_no_error (error);
  values = hearth_food_get_nutrients (oats);
  g_assert_cmpfloat (values->energy_kcal, ==, 389);
  g_assert_cmpfloat (values->protein_g, ==, 16.9);
  g_assert_cmpfloat (values->sodium_mg, ==, 2);
  g_assert_true (isnan (values->fat_g));
  g_assert_cmpfloat (hearth_food_get_serving_size (oats), ==, 40);
  g_assert_cmpstr (hearth_food_get_serving_name (oats), ==, "1 bowl");
  g_assert_true (hearth_food_get_favourite (oats));
  close_window (dialog);
}

/* Editing a food leaves past meals as logged, unless asked. */
static void
test_food_dialog_past_meals (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) yesterday = g_date_time_new (tz, 2026, 3, 30, 7, 30, 0);
  g_autoptr(HearthMeal) breakfast = log_breakfast (k, yesterday);
  g_autoptr(GError) error = NULL;

  for (guint ask = 0; ask < 2; ask++)
    {
      HearthFoodDialog *dialog = hearth_food_dialog_new (k->store, k->egg);
      g_autoptr(HearthMeal) again = NULL;
      HearthNutrients totals;

      g_object_ref_sink (dialog);
      /* The food's values are in the fields. */
      g_assert_cmpstr (gtk_editable_get_text (_hearth_food_dialog_get_entry (dialog, HEARTH_FOOD_FIELD_ENERGY)),
                       ==, ask ? "80" : "72");
      g_assert_cmpstr (gtk_editable_get_text (_hearth_food_dialog_get_entry (dialog, HEARTH_FOOD_FIELD_PROTEIN)),
                       ==, "6.3");
      set_food_field (dialog, HEARTH_FOOD_FIELD_ENERGY, ask ? "90" : "80");
      _hearth_food_dialog_set_update_past (dialog, ask);
      g_assert_true (_hearth_food_dialog_save (dialog));
      close_window (dialog);

      again = hearth_store_get_meal (k->store, hearth_meal_get_uuid (breakfast), &error);
      g_assert_no_error (error);
      hearth_meal_get_totals (again, &totals);
      /* 2 eggs and 128 kcal of milk: as logged (72), then the eggs as now (90). */
      g_assert_cmpfloat_with_epsilon (totals.energy_kcal, ask ? 308 : 272, EPS);
    }
}

/* The action row titled @title inside @widget, or NULL. */
static AdwActionRow *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *row = find_row_titled (child, title);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* Energy in kJ when Preferences say so (1 kcal = 4.184 kJ), stored in kcal:
 * the food search's descriptions, the items, the same-as row, and a quick
 * entry typed in kJ; its empty and too-much messages name kJ. */
static void
test_meal_kilojoules (void)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) yesterday = g_date_time_new (tz, 2026, 3, 30, 7, 30, 0);
  g_autoptr(HearthMeal) breakfast = log_breakfast (k, yesterday);
  HearthMealDialog *dialog = NULL;
  HearthFoodPicker *picker = NULL;
  AdwActionRow *row = NULL;
  HearthMealItem *item = NULL;

  g_settings_set_string (settings, "energy-unit", "kJ");
  dialog = open_dialog (k);
  picker = _hearth_meal_dialog_get_picker (dialog);

  /* Rice 130 kcal per 100 g = 543.9 kJ; an egg 72 kcal = 301.2 kJ. */
  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "ric");
  row = find_row_titled (GTK_WIDGET (picker), "Rice");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "544 kJ per 100 g");
  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "egg");
  row = find_row_titled (GTK_WIDGET (picker), "Egg");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "301 kJ per serving");
  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "");

  /* Yesterday's breakfast: 2 eggs and 200 ml milk, 272 kcal = 1138 kJ. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (_hearth_meal_dialog_get_same_row (dialog)), "1138 kJ"));
  g_assert_null (strstr (adw_action_row_get_subtitle (_hearth_meal_dialog_get_same_row (dialog)), "kcal"));

  /* The quick entry's unit, and its empty message. */
  g_assert_cmpstr (gtk_label_get_label (_hearth_meal_dialog_get_quick_unit (dialog)), ==, "kJ");
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_name (dialog), "Tea");
  g_signal_emit_by_name (_hearth_meal_dialog_get_quick_kcal (dialog), "activate");
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 0);
  g_assert_cmpstr (_hearth_meal_dialog_get_quick_kcal_error (dialog), ==, "Enter its energy in kJ");

  /* 100 000 kJ is more than a meal's 20 000 kcal (83 680 kJ): said in kJ, kept. */
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "100000");
  g_signal_emit_by_name (_hearth_meal_dialog_get_quick_kcal (dialog), "activate");
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 0);
  g_assert_cmpstr (_hearth_meal_dialog_get_quick_kcal_error (dialog), ==, "A meal can be at most 83680 kJ");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_meal_dialog_get_quick_kcal (dialog)), ==, "100000");

  /* 418 kJ typed is 99.9 kcal stored. */
  gtk_editable_set_text (_hearth_meal_dialog_get_quick_kcal (dialog), "418");
  g_signal_emit_by_name (_hearth_meal_dialog_get_quick_kcal (dialog), "activate");
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 1);
  item = _hearth_meal_dialog_get_items (dialog)->pdata[0];
  g_assert_cmpfloat_with_epsilon (item->nutrients.energy_kcal, 418 / 4.184, EPS);
  g_assert_nonnull (find_row_titled (GTK_WIDGET (dialog), "Tea"));
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row_titled (GTK_WIDGET (dialog), "Tea")), ==, "418 kJ");

  /* A picked food's row: 150 g rice, 195 kcal = 816 kJ. */
  pick_food (dialog, "ric", "150");
  g_assert_cmpuint (_hearth_meal_dialog_get_items (dialog)->len, ==, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row_titled (GTK_WIDGET (dialog), "Rice")), ==, "150 g · 816 kJ");

  g_assert_true (_hearth_meal_dialog_save (dialog));
  {
    g_autoptr(GListModel) meals = meals_of (k, 2026, 3, 31);
    g_autoptr(HearthMeal) meal = g_list_model_get_item (meals, 0);
    HearthNutrients totals;

    g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
    hearth_meal_get_totals (meal, &totals);
    g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 418 / 4.184 + 195, 1e-6);
  }
  close_dialog (dialog);
  g_settings_reset (settings, "energy-unit");
}

/* A food's energy typed in kJ is stored in kcal; its unit, empty and
 * too-much messages say kJ; an existing food opened in kJ and saved
 * unchanged keeps its kcal exactly. */
static void
test_food_dialog_kilojoules (void)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(HearthFood) granola = store_food (k->store, "Granola", HEARTH_AMOUNT_UNIT_GRAM,
                                              (HearthNutrients) { 389, 16.9, 66.3, 1, 6.9, 1.2, 10.6, 2, 0 },
                                              NAN, FALSE);
  g_autoptr(HearthFood) oats = NULL;
  g_autoptr(HearthFood) again = NULL;
  g_autoptr(GError) error = NULL;
  HearthFoodDialog *dialog = NULL;

  g_settings_set_string (settings, "energy-unit", "kJ");

  /* A new food. */
  dialog = hearth_food_dialog_new (k->store, NULL);
  g_object_ref_sink (dialog);
  g_assert_cmpstr (_hearth_food_dialog_get_unit (dialog, HEARTH_FOOD_FIELD_ENERGY), ==, "kJ");
  set_food_field (dialog, HEARTH_FOOD_FIELD_NAME, "Oats");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_cmpstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_ENERGY), ==, "Enter the energy in kJ");
  /* 4000 kJ is 956 kcal, more than 900 kcal (3766 kJ) per 100 g. */
  set_food_field (dialog, HEARTH_FOOD_FIELD_ENERGY, "4000");
  g_assert_false (_hearth_food_dialog_save (dialog));
  g_assert_cmpstr (_hearth_food_dialog_get_error (dialog, HEARTH_FOOD_FIELD_ENERGY), ==,
                   "Energy must be between 0 and 3766 kJ per 100 g or ml");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_food_dialog_get_entry (dialog, HEARTH_FOOD_FIELD_ENERGY)), ==, "4000");
  set_food_field (dialog, HEARTH_FOOD_FIELD_ENERGY, "1628");
  g_assert_true (_hearth_food_dialog_save (dialog));
  close_window (dialog);
  oats = hearth_store_find_food (k->store, "Oats", &error);
  g_assert_no_error (error);
  g_assert_false (hearth_food_is_reference (oats));
  g_assert_cmpfloat_with_epsilon (hearth_food_get_nutrients (oats)->energy_kcal, 1628 / 4.184, EPS);

  /* 389 kcal shown as 1628 kJ; saved unchanged it stays 389 kcal. */
  dialog = hearth_food_dialog_new (k->store, granola);
  g_object_ref_sink (dialog);
  g_assert_cmpstr (gtk_editable_get_text (_hearth_food_dialog_get_entry (dialog, HEARTH_FOOD_FIELD_ENERGY)), ==, "1628");
  g_assert_true (_hearth_food_dialog_save (dialog));
  close_window (dialog);
  again = hearth_store_get_food (k->store, hearth_food_get_uuid (granola), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hearth_food_get_nutrients (again)->energy_kcal, ==, 389);
  g_assert_cmpfloat (hearth_food_get_nutrients (again)->protein_g, ==, 16.9);

  g_settings_reset (settings, "energy-unit");
}

/* A recipe as typed: its nutrition per portion and per 100 g cooked live;
 * 0 portions, a cooked weight denser than fat and 20 kg of rice refused
 * at their fields with what was typed kept. */
static void
test_recipe_dialog (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  HearthRecipeDialog *dialog = hearth_recipe_dialog_new (k->store, NULL);
  HearthFoodPicker *picker = _hearth_recipe_dialog_get_picker (dialog);
  GtkEditable *amount = GTK_EDITABLE (hearth_food_picker_get_amount_entry (picker));
  g_autoptr(GPtrArray) recipes = NULL;
  g_autoptr(GError) error = NULL;
  HearthRecipe *recipe;

  g_object_ref_sink (dialog);
  gtk_editable_set_text (_hearth_recipe_dialog_get_name_entry (dialog), "Egg rice");
  gtk_editable_set_text (_hearth_recipe_dialog_get_portions_entry (dialog), "3");
  gtk_editable_set_text (_hearth_recipe_dialog_get_cooked_entry (dialog), "600");

  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "rice");
  g_signal_emit_by_name (hearth_food_picker_get_search_entry (picker), "activate");
  gtk_editable_set_text (amount, "20000");
  g_signal_emit_by_name (amount, "activate");
  g_assert_cmpuint (_hearth_recipe_dialog_get_n_items (dialog), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (amount), ==, "20000");
  gtk_editable_set_text (amount, "300");
  g_signal_emit_by_name (amount, "activate");
  gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "egg");
  g_signal_emit_by_name (hearth_food_picker_get_search_entry (picker), "activate");
  gtk_editable_set_text (amount, "2");
  g_signal_emit_by_name (amount, "activate");
  g_assert_cmpuint (_hearth_recipe_dialog_get_n_items (dialog), ==, 2);
  /* 390 + 144 kcal in 3 portions of a 600 g dish. */
  g_assert_cmpstr (_hearth_recipe_dialog_get_totals (dialog), ==,
                   "A portion: 178 kcal · protein 6.9 g · carbohydrate 28.5 g · fat 3.5 g; 100 g cooked: 89 kcal");

  gtk_editable_set_text (_hearth_recipe_dialog_get_portions_entry (dialog), "0");
  g_assert_false (_hearth_recipe_dialog_save (dialog));
  g_assert_cmpstr (_hearth_recipe_dialog_get_portions_error (dialog), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (_hearth_recipe_dialog_get_portions_entry (dialog)), ==, "0");
  gtk_editable_set_text (_hearth_recipe_dialog_get_portions_entry (dialog), "3");
  g_assert_cmpstr (_hearth_recipe_dialog_get_portions_error (dialog), ==, "");
  /* 534 kcal in 50 g: more than 900 kcal per 100 g. */
  gtk_editable_set_text (_hearth_recipe_dialog_get_cooked_entry (dialog), "50");
  g_assert_false (_hearth_recipe_dialog_save (dialog));
  g_assert_nonnull (strstr (_hearth_recipe_dialog_get_cooked_error (dialog), "weight"));
  g_assert_cmpstr (gtk_editable_get_text (_hearth_recipe_dialog_get_cooked_entry (dialog)), ==, "50");
  recipes = hearth_store_list_recipes (k->store, &error);
  g_assert_cmpuint (recipes->len, ==, 0);
  g_clear_pointer (&recipes, g_ptr_array_unref);

  gtk_editable_set_text (_hearth_recipe_dialog_get_cooked_entry (dialog), "600");
  g_assert_true (_hearth_recipe_dialog_save (dialog));
  recipes = hearth_store_list_recipes (k->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recipes->len, ==, 1);
  recipe = recipes->pdata[0];
  g_assert_cmpstr (recipe->name, ==, "Egg rice");
  g_assert_cmpfloat_with_epsilon (recipe->per_portion.energy_kcal, 178, EPS);
  g_assert_cmpfloat_with_epsilon (recipe->per_100g.energy_kcal, 89, EPS);
  close_window (dialog);

  /* Edited: the fields hold it; four portions now. */
  dialog = hearth_recipe_dialog_new (k->store, recipe->uuid);
  g_object_ref_sink (dialog);
  g_assert_cmpstr (gtk_editable_get_text (_hearth_recipe_dialog_get_name_entry (dialog)), ==, "Egg rice");
  g_assert_cmpuint (_hearth_recipe_dialog_get_n_items (dialog), ==, 2);
  gtk_editable_set_text (_hearth_recipe_dialog_get_portions_entry (dialog), "4");
  g_assert_true (_hearth_recipe_dialog_save (dialog));
  close_window (dialog);
  g_clear_pointer (&recipes, g_ptr_array_unref);
  recipes = hearth_store_list_recipes (k->store, &error);
  g_assert_cmpfloat_with_epsilon (((HearthRecipe *) recipes->pdata[0])->per_portion.energy_kcal, 133.5, EPS);
}

/* The Foods window lists recipes and foods, finds as typed and opens each
 * one's dialog. */
static void
test_foods_window (void)
{
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(HearthRecipe) recipe = hearth_recipe_new ("Egg rice", 3);
  g_autoptr(GError) error = NULL;
  HearthFoodsWindow *foods;

  hearth_recipe_add_item (recipe, hearth_food_get_uuid (k->rice), 300, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_true (hearth_store_add_recipe (k->store, recipe, &error));
  g_assert_no_error (error);

  foods = hearth_foods_window_new (k->store);
  g_object_ref_sink (foods);
  g_assert_cmpuint (_hearth_foods_window_count_rows (foods, TRUE), ==, 1);
  g_assert_cmpuint (_hearth_foods_window_count_rows (foods, FALSE), ==, 3);
  gtk_editable_set_text (_hearth_foods_window_get_search (foods), "egg");
  for (guint i = 0; i < 50 && _hearth_foods_window_count_rows (foods, FALSE) != 1; i++)
    iterate (20);
  g_assert_cmpuint (_hearth_foods_window_count_rows (foods, TRUE), ==, 1);
  g_assert_cmpuint (_hearth_foods_window_count_rows (foods, FALSE), ==, 1);

  g_assert_true (_hearth_foods_window_open_row (foods, "Egg rice"));
  g_assert_true (HEARTH_IS_RECIPE_DIALOG (_hearth_foods_window_get_last_dialog (foods)));
  gtk_window_destroy (_hearth_foods_window_get_last_dialog (foods));
  g_assert_true (_hearth_foods_window_open_row (foods, "Egg"));
  g_assert_true (HEARTH_IS_FOOD_DIALOG (_hearth_foods_window_get_last_dialog (foods)));
  gtk_window_destroy (_hearth_foods_window_get_last_dialog (foods));

  /* Delete Food, then Undo: a soft delete. */
  gtk_editable_set_text (_hearth_foods_window_get_search (foods), "");
  for (guint i = 0; i < 50 && _hearth_foods_window_count_rows (foods, FALSE) != 3; i++)
    iterate (20);
  g_assert_true (_hearth_foods_window_open_row (foods, "Milk"));
  {
    HearthFoodDialog *dialog = HEARTH_FOOD_DIALOG (_hearth_foods_window_get_last_dialog (foods));
    GtkButton *delete = _hearth_food_dialog_get_delete_button (dialog);

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (delete)));
    g_signal_emit_by_name (delete, "clicked");
  }
  iterate (50);
  g_assert_null (hearth_store_find_food (k->store, "Milk", NULL));
  g_assert_cmpuint (_hearth_foods_window_count_rows (foods, FALSE), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (foods), "foods.undelete", "s",
                                             hearth_food_get_uuid (k->milk)));
  g_assert_cmpuint (_hearth_foods_window_count_rows (foods, FALSE), ==, 3);
  gtk_window_destroy (GTK_WINDOW (foods));
  g_object_unref (foods);
}

/* In kJ: a recipe's totals as typed and the Foods window's rows. */
static void
test_recipes_kilojoules (void)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();
  g_autoptr(Kitchen) k = kitchen_new ();
  g_autoptr(HearthRecipe) recipe = hearth_recipe_new ("Egg rice", 3);
  g_autoptr(GError) error = NULL;
  HearthRecipeDialog *dialog = NULL;
  HearthFoodsWindow *foods = NULL;

  g_settings_set_string (settings, "energy-unit", "kJ");

  /* 390 + 144 kcal in 3 portions of a 600 g dish: 178 kcal (745 kJ) a
   * portion, 89 kcal (372 kJ) per 100 g cooked. */
  dialog = hearth_recipe_dialog_new (k->store, NULL);
  g_object_ref_sink (dialog);
  gtk_editable_set_text (_hearth_recipe_dialog_get_portions_entry (dialog), "3");
  gtk_editable_set_text (_hearth_recipe_dialog_get_cooked_entry (dialog), "600");
  {
    HearthFoodPicker *picker = _hearth_recipe_dialog_get_picker (dialog);
    GtkEditable *amount = GTK_EDITABLE (hearth_food_picker_get_amount_entry (picker));

    gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "rice");
    g_signal_emit_by_name (hearth_food_picker_get_search_entry (picker), "activate");
    gtk_editable_set_text (amount, "300");
    g_signal_emit_by_name (amount, "activate");
    gtk_editable_set_text (GTK_EDITABLE (hearth_food_picker_get_search_entry (picker)), "egg");
    g_signal_emit_by_name (hearth_food_picker_get_search_entry (picker), "activate");
    gtk_editable_set_text (amount, "2");
    g_signal_emit_by_name (amount, "activate");
  }
  g_assert_cmpuint (_hearth_recipe_dialog_get_n_items (dialog), ==, 2);
  g_assert_cmpstr (_hearth_recipe_dialog_get_totals (dialog), ==,
                   "A portion: 745 kJ · protein 6.9 g · carbohydrate 28.5 g · fat 3.5 g; 100 g cooked: 372 kJ");
  close_window (dialog);

  /* 300 g rice in 3 portions: 130 kcal (544 kJ) a portion. */
  hearth_recipe_add_item (recipe, hearth_food_get_uuid (k->rice), 300, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_true (hearth_store_add_recipe (k->store, recipe, &error));
  g_assert_no_error (error);
  foods = hearth_foods_window_new (k->store);
  g_object_ref_sink (foods);
  g_assert_nonnull (find_row_titled (GTK_WIDGET (foods), "Egg rice"));
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row_titled (GTK_WIDGET (foods), "Egg rice")), ==,
                   "3 portions · 544 kJ a portion");
  g_assert_nonnull (find_row_titled (GTK_WIDGET (foods), "Milk"));
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row_titled (GTK_WIDGET (foods), "Milk")), ==,
                   "268 kJ per 100 ml");
  gtk_window_destroy (GTK_WINDOW (foods));
  g_object_unref (foods);

  g_settings_reset (settings, "energy-unit");
}

/* The built app, driven by xdotool -------------------------------------------- */

/* A journal with Ann and her foods, the app started on her. */
static XdoApp *
app_new_with_foods (HearthProfile **ann,
                    HearthFood    **rice,
                    HearthFood    **egg,
                    HearthFood    **milk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  XdoApp *app = xdo_app_new ("meals", NULL);

  store = xdo_app_open_store (app);
  *ann = hearth_profile_new ("Ann");
  hearth_profile_set_birth (*ann, 1970, 5, 4);
  g_assert_true (hearth_store_add_profile (store, *ann, &error));
  g_assert_no_error (error);
  stock (store, rice, egg, milk);
  g_clear_object (&store);

  xdo_app_start (app);
  xdo_wait_focused (app, "Hearth");
  return app;
}

/* The member's meals of today (the system clock's). */
static GListModel *
todays_meals (HearthStore   *store,
              HearthProfile *ann)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = hearth_clock_new_system ();
  g_autoptr(GDateTime) now = hearth_clock_now (clock);
  g_autoptr(HearthMeal) probe = hearth_meal_new (NULL, HEARTH_MEAL_TYPE_SNACK, now);
  GListModel *meals = hearth_store_list_meals (store, hearth_profile_get_uuid (ann),
                                               hearth_meal_get_local_day (probe), &error);

  g_assert_no_error (error);
  return meals;
}

/* A meal of three foods typed key by key: Ctrl+M, each food's first
 * letters, Return (or Tab), its amount, Return; Return on the empty
 * search adds the meal. */
static void
test_three_foods_keyboard (void)
{
  g_autoptr(HearthProfile) ann = NULL;
  g_autoptr(HearthFood) rice = NULL, egg = NULL, milk = NULL;
  g_autoptr(XdoApp) app = app_new_with_foods (&ann, &rice, &egg, &milk);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) meal = NULL;
  GPtrArray *items;
  HearthNutrients totals;

  xdo_press ("ctrl+m");
  xdo_wait_focused (app, "New Meal");
  xdo_type ("Ric");
  xdo_press ("Return");
  xdo_type ("150");
  xdo_press ("Return");
  xdo_type ("eg");
  xdo_press ("Tab");
  xdo_type ("2");
  xdo_press ("Return");
  xdo_type ("milk");
  xdo_press ("Return");
  xdo_type ("200");
  xdo_press ("Return");
  xdo_take_screenshot (app, "three-foods");
  xdo_press ("Return");
  xdo_wait_closed (app, "New Meal");

  store = xdo_app_stop (app);
  meals = todays_meals (store, ann);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
  meal = g_list_model_get_item (meals, 0);
  items = hearth_meal_get_items (meal);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (((HearthMealItem *) items->pdata[0])->name, ==, "Rice");
  g_assert_cmpfloat (((HearthMealItem *) items->pdata[0])->amount, ==, 150);
  g_assert_cmpint (((HearthMealItem *) items->pdata[0])->unit, ==, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_cmpstr (((HearthMealItem *) items->pdata[1])->name, ==, "Egg");
  g_assert_cmpfloat (((HearthMealItem *) items->pdata[1])->amount, ==, 2);
  g_assert_cmpint (((HearthMealItem *) items->pdata[1])->unit, ==, HEARTH_AMOUNT_UNIT_SERVING);
  g_assert_cmpstr (((HearthMealItem *) items->pdata[2])->name, ==, "Milk");
  g_assert_cmpint (((HearthMealItem *) items->pdata[2])->unit, ==, HEARTH_AMOUNT_UNIT_MILLILITRE);
  hearth_meal_get_totals (meal, &totals);
  /* 195 + 144 + 128 kcal. */
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 467, EPS);
}

/* The usual meal in three key presses: Ctrl+M, Alt+S ("Same as
 * yesterday's …", whichever meal the hour makes it), Return. */
static void
test_three_actions_keyboard (void)
{
  g_autoptr(HearthProfile) ann = NULL;
  g_autoptr(HearthFood) rice = NULL, egg = NULL, milk = NULL;
  g_autoptr(XdoApp) app = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GListModel) meals = NULL;
  g_autoptr(HearthMeal) meal = NULL;
  HearthNutrients totals;

  app = app_new_with_foods (&ann, &rice, &egg, &milk);
  /* Yesterday, one meal of each type: 1 to 4 eggs. */
  {
    g_autoptr(HearthStore) setup = xdo_app_open_store (app);
    g_autoptr(HearthClock) clock = hearth_clock_new_system ();
    g_autoptr(GDateTime) now = hearth_clock_now (clock);
    g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
    g_autoptr(GError) error = NULL;

    for (HearthMealType t = HEARTH_MEAL_TYPE_BREAKFAST; t <= HEARTH_MEAL_TYPE_SNACK; t++)
      {
        g_autoptr(HearthMeal) past = hearth_meal_new (hearth_profile_get_uuid (ann), t, yesterday);

        hearth_meal_add_item (past, item_of (egg, t + 1, HEARTH_AMOUNT_UNIT_SERVING));
        g_assert_true (hearth_store_add_meal (setup, past, &error));
        g_assert_no_error (error);
      }
  }

  xdo_press ("ctrl+m");
  xdo_wait_focused (app, "New Meal");
  xdo_press ("alt+s");
  g_usleep (200 * 1000);
  xdo_press ("Return");
  xdo_wait_closed (app, "New Meal");

  store = xdo_app_stop (app);
  meals = todays_meals (store, ann);
  g_assert_cmpuint (g_list_model_get_n_items (meals), ==, 1);
  meal = g_list_model_get_item (meals, 0);
  g_assert_cmpuint (hearth_meal_get_items (meal)->len, ==, 1);
  hearth_meal_get_totals (meal, &totals);
  /* The same type's eggs: 72 kcal for each. */
  g_assert_cmpfloat_with_epsilon (totals.energy_kcal, 72.0 * (hearth_meal_get_meal_type (meal) + 1), EPS);
}

/* A food typed key by key: the main menu (F10), Foods…, Add Food (Alt+F),
 * then each field in turn with Tab, Return to add it. */
static void
test_food_keyboard (void)
{
  g_autoptr(HearthProfile) ann = NULL;
  g_autoptr(HearthFood) rice = NULL, egg = NULL, milk = NULL;
  g_autoptr(XdoApp) app = app_new_with_foods (&ann, &rice, &egg, &milk);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFood) oats = NULL;
  g_autoptr(GError) error = NULL;
  const HearthNutrients *values;

  xdo_press ("F10");
  g_usleep (300 * 1000);
  xdo_take_screenshot (app, "main-menu");
  xdo_press ("Return");
  xdo_wait_focused (app, "Foods");
  xdo_press ("alt+f");
  xdo_wait_focused (app, "New Food");
  /* Name, what the values are for (left as per 100 g), energy, protein,
   * carbohydrate, sugars, fat. */
  xdo_type ("Oats");
  xdo_press ("Tab Tab");
  xdo_type ("389");
  xdo_press ("Tab");
  xdo_type ("16.9");
  xdo_press ("Tab");
  xdo_type ("66.3");
  xdo_press ("Tab Tab");
  xdo_type ("6.9");
  xdo_take_screenshot (app, "food-dialog");
  xdo_press ("Return");
  xdo_wait_closed (app, "New Food");

  store = xdo_app_stop (app);
  oats = hearth_store_find_food (store, "Oats", &error);
  g_assert_no_error (error);
  values = hearth_food_get_nutrients (oats);
  g_assert_cmpint (hearth_food_get_per_unit (oats), ==, HEARTH_AMOUNT_UNIT_GRAM);
  g_assert_cmpfloat (values->energy_kcal, ==, 389);
  g_assert_cmpfloat (values->protein_g, ==, 16.9);
  g_assert_cmpfloat (values->carbohydrate_g, ==, 66.3);
  g_assert_true (isnan (values->sugars_g));
  g_assert_cmpfloat (values->fat_g, ==, 6.9);
}

/* A recipe typed key by key: Foods…, Add Recipe (Alt+R), name, portions,
 * cooked weight, then its ingredients as in a meal, Return to add it. */
static void
test_recipe_keyboard (void)
{
  g_autoptr(HearthProfile) ann = NULL;
  g_autoptr(HearthFood) rice = NULL, egg = NULL, milk = NULL;
  g_autoptr(XdoApp) app = app_new_with_foods (&ann, &rice, &egg, &milk);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) recipes = NULL;
  g_autoptr(GError) error = NULL;
  HearthRecipe *recipe;

  xdo_press ("F10");
  g_usleep (300 * 1000);
  xdo_press ("Return");
  xdo_wait_focused (app, "Foods");
  xdo_press ("alt+r");
  xdo_wait_focused (app, "New Recipe");
  xdo_type ("Egg rice");
  xdo_press ("Tab");
  xdo_type ("3");
  xdo_press ("Tab");
  xdo_type ("600");
  /* The favourite switch, then the food search. */
  xdo_press ("Tab Tab");
  xdo_type ("rice");
  xdo_press ("Return");
  xdo_type ("300");
  xdo_press ("Return");
  xdo_type ("egg");
  xdo_press ("Return");
  xdo_type ("2");
  xdo_press ("Return");
  xdo_take_screenshot (app, "recipe-dialog");
  xdo_press ("Return");
  xdo_wait_closed (app, "New Recipe");

  store = xdo_app_stop (app);
  recipes = hearth_store_list_recipes (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recipes->len, ==, 1);
  recipe = recipes->pdata[0];
  g_assert_cmpstr (recipe->name, ==, "Egg rice");
  g_assert_cmpfloat (recipe->portions, ==, 3);
  g_assert_cmpfloat (recipe->cooked_weight_g, ==, 600);
  g_assert_cmpuint (recipe->items->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (recipe->per_portion.energy_kcal, 178, EPS);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  adw_init ();
  _hearth_gui_register_resources ();

  if (g_getenv ("DISPLAY") == NULL)
    g_error ("no X display: run the gui suite under xvfb-run (README)");
  if (g_find_program_in_path ("xdotool") == NULL || g_find_program_in_path ("openbox") == NULL)
    g_error ("xdotool and openbox are needed (README's package list)");

  xdo_start_window_manager ("meals");

  g_test_add_func ("/hearth/gui-meals/search-and-totals", test_search_and_totals);
  g_test_add_func ("/hearth/gui-meals/bad-input-kept", test_bad_input_kept);
  g_test_add_func ("/hearth/gui-meals/three-actions", test_three_actions);
  g_test_add_func ("/hearth/gui-meals/copy-past-meal", test_copy_past_meal);
  g_test_add_func ("/hearth/gui-meals/screenshots", test_screenshots);
  g_test_add_func ("/hearth/gui-meals/food-dialog", test_food_dialog);
  g_test_add_func ("/hearth/gui-meals/food-dialog-past-meals", test_food_dialog_past_meals);
  g_test_add_func ("/hearth/gui-meals/meal-kilojoules", test_meal_kilojoules);
  g_test_add_func ("/hearth/gui-meals/food-dialog-kilojoules", test_food_dialog_kilojoules);
  g_test_add_func ("/hearth/gui-meals/recipe-dialog", test_recipe_dialog);
  g_test_add_func ("/hearth/gui-meals/foods-window", test_foods_window);
  g_test_add_func ("/hearth/gui-meals/recipes-kilojoules", test_recipes_kilojoules);
  g_test_add_func ("/hearth/gui-meals/three-foods-keyboard", test_three_foods_keyboard);
  g_test_add_func ("/hearth/gui-meals/three-actions-keyboard", test_three_actions_keyboard);
  g_test_add_func ("/hearth/gui-meals/food-keyboard", test_food_keyboard);
  g_test_add_func ("/hearth/gui-meals/recipe-keyboard", test_recipe_keyboard);

  ret = g_test_run ();

  xdo_stop_window_manager ();
  return ret;
}
