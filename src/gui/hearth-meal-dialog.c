/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-meal-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-diet-util.h"
#include "hearth-gui-util.h"
#include "hearth-local-time.h"
#include "hearth-meal-dialog-private.h"

/* How many days back "Copy a Past Meal" lists, and at most how many meals. */
#define COPY_DAYS  14
#define COPY_MEALS 20

struct _HearthMealDialog
{
  AdwWindow            parent_instance;

  GtkButton           *cancel_button;
  GtkButton           *save_button;
  GtkLabel            *general_error;
  AdwComboRow         *type_row;
  AdwActionRow        *custom_row;
  GtkEntry            *custom_entry;
  AdwActionRow        *date_row;
  GtkMenuButton       *date_button;
  GtkPopover          *date_popover;
  GtkCalendar         *calendar;
  AdwActionRow        *time_row;
  GtkSpinButton       *hour_spin;
  GtkSpinButton       *minute_spin;
  AdwPreferencesGroup *start_group;
  AdwActionRow        *same_row;
  AdwExpanderRow      *copy_row;
  AdwPreferencesGroup *items_group;
  AdwActionRow        *empty_row;
  GtkLabel            *items_error;
  HearthFoodPicker    *picker;
  AdwActionRow        *quick_name_row;
  GtkEntry            *quick_name_entry;
  AdwActionRow        *quick_kcal_row;
  GtkEntry            *quick_kcal_entry;
  GtkLabel            *quick_unit_label;
  GtkButton           *quick_add_button;

  HearthStore         *store;
  HearthProfile       *profile;
  GPtrArray           *items;        /* HearthMealItem */
  GPtrArray           *item_rows;    /* their rows, in the items group */
  GPtrArray           *past_meals;   /* HearthMeal, the copy rows' */
  HearthMeal          *same_meal;    /* "same as yesterday's", or NULL */
  char                *copied_from;  /* the meal the items are an unchanged copy of */
  char                *totals;
  GDateTime           *initial_time;
};

G_DEFINE_FINAL_TYPE (HearthMealDialog, hearth_meal_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HearthMealDialog *
hearth_meal_dialog_new (HearthStore   *store,
                        HearthProfile *profile)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  return g_object_new (HEARTH_TYPE_MEAL_DIALOG, "store", store, "profile", profile, NULL);
}

/* Fields and messages ------------------------------------------------------ */

HearthMealType
_hearth_meal_dialog_get_meal_type (HearthMealDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);

  return selected <= HEARTH_MEAL_TYPE_CUSTOM ? (HearthMealType) selected : HEARTH_MEAL_TYPE_SNACK;
}

void
_hearth_meal_dialog_set_meal_type (HearthMealDialog *self,
                                   HearthMealType    type)
{
  adw_combo_row_set_selected (self->type_row, type);
}

AdwActionRow *
_hearth_meal_dialog_get_same_row (HearthMealDialog *self)
{
  return self->same_row;
}

AdwExpanderRow *
_hearth_meal_dialog_get_copy_row (HearthMealDialog *self)
{
  return self->copy_row;
}

HearthFoodPicker *
_hearth_meal_dialog_get_picker (HearthMealDialog *self)
{
  return self->picker;
}

GtkEditable *
_hearth_meal_dialog_get_quick_name (HearthMealDialog *self)
{
  return GTK_EDITABLE (self->quick_name_entry);
}

GtkEditable *
_hearth_meal_dialog_get_quick_kcal (HearthMealDialog *self)
{
  return GTK_EDITABLE (self->quick_kcal_entry);
}

GtkLabel *
_hearth_meal_dialog_get_quick_unit (HearthMealDialog *self)
{
  return self->quick_unit_label;
}

const char *
_hearth_meal_dialog_get_quick_kcal_error (HearthMealDialog *self)
{
  return adw_action_row_get_subtitle (self->quick_kcal_row);
}

const char *
_hearth_meal_dialog_get_items_error (HearthMealDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->items_error)) ? gtk_label_get_text (self->items_error) : "";
}

GPtrArray *
_hearth_meal_dialog_get_items (HearthMealDialog *self)
{
  return self->items;
}

const char *
_hearth_meal_dialog_get_totals (HearthMealDialog *self)
{
  return self->totals;
}

static void
set_label_error (GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
clear_errors (HearthMealDialog *self)
{
  set_label_error (self->general_error, NULL);
  set_label_error (self->items_error, NULL);
  hearth_gui_set_row_error (self->custom_row, GTK_WIDGET (self->custom_entry), NULL);
  hearth_gui_set_row_error (self->time_row, GTK_WIDGET (self->hour_spin), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
}

/* The message next to the field it is about, what was typed kept. */
static void
show_error (HearthMealDialog *self,
            const GError     *error)
{
  if (error->domain == HEARTH_DIET_ERROR)
    {
      switch ((HearthDietError) error->code)
        {
        case HEARTH_DIET_ERROR_TIME:
          hearth_gui_set_row_error (self->time_row, GTK_WIDGET (self->hour_spin), error->message);
          gtk_widget_add_css_class (GTK_WIDGET (self->minute_spin), "error");
          gtk_widget_grab_focus (GTK_WIDGET (self->hour_spin));
          return;
        case HEARTH_DIET_ERROR_MEAL_TYPE:
          hearth_gui_set_row_error (self->custom_row, GTK_WIDGET (self->custom_entry), error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->custom_entry));
          return;
        case HEARTH_DIET_ERROR_FOOD:
        case HEARTH_DIET_ERROR_NUTRIENT:
        case HEARTH_DIET_ERROR_SERVING:
        case HEARTH_DIET_ERROR_AMOUNT:
        case HEARTH_DIET_ERROR_PORTIONS:
        case HEARTH_DIET_ERROR_COOKED_WEIGHT:
        default:
          set_label_error (self->items_error, error->message);
          gtk_widget_grab_focus (hearth_food_picker_get_search_entry (self->picker));
          return;
        }
    }
  set_label_error (self->general_error, error->message);
}

/* Items --------------------------------------------------------------------- */

static void rebuild_items (HearthMealDialog *self);

static void
on_remove_item_clicked_cb (HearthMealDialog *self,
                           GtkButton        *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hearth-item-index"));

  if (index >= self->items->len)
    return;
  g_ptr_array_remove_index (self->items, index);
  g_clear_pointer (&self->copied_from, g_free);
  rebuild_items (self);
  gtk_widget_grab_focus (hearth_food_picker_get_search_entry (self->picker));
}

static GtkWidget *
create_item_row (HearthMealDialog     *self,
                 const HearthMealItem *item,
                 guint                 index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  HearthEnergyUnit unit = hearth_diet_get_energy_unit ();
  g_autofree char *kcal = hearth_diet_format_energy (item->nutrients.energy_kcal, unit);
  g_autofree char *amount = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_label = NULL;

  if (item->food_uuid == NULL)
    {
      if (unit == HEARTH_ENERGY_UNIT_KJ)
        /* Translators: a quick entry in a meal: its energy alone in kilojoules */
        subtitle = g_strdup_printf (_("%s kJ"), kcal);
      else
        /* Translators: a quick entry in a meal: its energy alone */
        subtitle = g_strdup_printf (_("%s kcal"), kcal);
    }
  else
    {
      amount = hearth_diet_format_amount (item->amount, item->unit);
      if (unit == HEARTH_ENERGY_UNIT_KJ)
        /* Translators: an item of a meal, "150 g · 816 kJ" */
        subtitle = g_strdup_printf (_("%s · %s kJ"), amount, kcal);
      else
        /* Translators: an item of a meal, "150 g · 195 kcal" */
        subtitle = g_strdup_printf (_("%s · %s kcal"), amount, kcal);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->name);
  /* Not a Tab stop: its remove button is. */
  gtk_widget_set_focusable (row, FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: the button removing a food from the meal, "Remove Rice" */
  remove_label = g_strdup_printf (_("Remove %s"), item->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "hearth-item-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_item_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
rebuild_items (HearthMealDialog *self)
{
  HearthNutrients totals;

  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, self->item_rows->pdata[i]);
  g_ptr_array_set_size (self->item_rows, 0);

  hearth_nutrients_init_zero (&totals);
  for (guint i = 0; i < self->items->len; i++)
    {
      const HearthMealItem *item = self->items->pdata[i];
      GtkWidget *row = create_item_row (self, item, i);

      adw_preferences_group_add (self->items_group, row);
      g_ptr_array_add (self->item_rows, row);
      hearth_nutrients_add (&totals, &item->nutrients);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->items->len == 0);

  g_clear_pointer (&self->totals, g_free);
  if (self->items->len > 0)
    {
      g_autofree char *line = hearth_diet_format_totals_in (&totals, hearth_diet_get_energy_unit ());

      /* Translators: the meal's totals so far */
      self->totals = g_strdup_printf (_("Total: %s"), line);
    }
  adw_preferences_group_set_description (self->items_group, self->totals);
  set_label_error (self->items_error, NULL);
}

/* The core's "A meal can be at most 20000 kcal" in the unit of
 * Preferences; any other error as it is. */
static void
say_energy_limit_in_unit (GError **error)
{
  g_autofree char *core = NULL;
  g_autofree char *limit = NULL;

  if (hearth_diet_get_energy_unit () != HEARTH_ENERGY_UNIT_KJ ||
      !g_error_matches (*error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT))
    return;
  core = g_strdup_printf (_("A meal can be at most %.0f kcal"), HEARTH_MEAL_MAX_KCAL);
  if (g_strcmp0 ((*error)->message, core) != 0)
    return;
  limit = hearth_units_format_energy (HEARTH_MEAL_MAX_KCAL, HEARTH_ENERGY_UNIT_KJ);
  g_clear_error (error);
  /* Translators: the most energy a meal can have, "83680 kJ" */
  g_set_error (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_AMOUNT, _("A meal can be at most %s"), limit);
}

/* A meal of the items shown plus @extra, for the core's checks (an item
 * over 5 kg, a meal over 10 kg or 20 000 kcal); FALSE with its error. */
static gboolean
check_items_with (HearthMealDialog  *self,
                  HearthMealItem    *extra,
                  GError           **error)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autoptr(HearthMeal) meal = hearth_meal_new (hearth_profile_get_uuid (self->profile),
                                                HEARTH_MEAL_TYPE_SNACK, now);

  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < self->items->len; i++)
    hearth_meal_add_item (meal, hearth_meal_item_copy (self->items->pdata[i]));
  hearth_meal_add_item (meal, hearth_meal_item_copy (extra));
  if (hearth_meal_validate (meal, now, &local_error))
    return TRUE;
  say_energy_limit_in_unit (&local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
set_items (HearthMealDialog *self,
           HearthMeal       *meal)
{
  GPtrArray *items = hearth_meal_get_items (meal);

  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->items, hearth_meal_item_copy (items->pdata[i]));
  rebuild_items (self);
  g_free (self->copied_from);
  self->copied_from = g_strdup (hearth_meal_get_uuid (meal));
}

static gboolean
on_picker_picked_cb (HearthMealDialog *self,
                     HearthFood       *food,
                     double            amount,
                     int               unit,
                     HearthFoodPicker *picker)
{
  g_autoptr(HearthMealItem) item = hearth_meal_item_new ();
  g_autoptr(GError) error = NULL;

  item->food_uuid = g_strdup (hearth_food_get_uuid (food));
  item->name = g_strdup (hearth_food_get_name (food));
  item->amount = amount;
  item->unit = (HearthAmountUnit) unit;
  if (!hearth_food_compute (food, amount, item->unit, &item->nutrients, &error))
    {
      hearth_food_picker_show_error (picker, error->message);
      return FALSE;
    }
  item->base_amount = hearth_nutrition_amount_in_base (hearth_food_get_per_unit (food),
                                                       hearth_food_get_serving_size (food),
                                                       amount, item->unit);
  if (!check_items_with (self, item, &error))
    {
      hearth_food_picker_show_error (picker, error->message);
      return FALSE;
    }

  g_ptr_array_add (self->items, g_steal_pointer (&item));
  g_clear_pointer (&self->copied_from, g_free);
  rebuild_items (self);
  return TRUE;
}

/* Quick entry ---------------------------------------------------------------- */

static void
on_quick_changed_cb (HearthMealDialog *self,
                     GtkEditable      *editable)
{
  if (editable == GTK_EDITABLE (self->quick_name_entry))
    hearth_gui_set_row_error (self->quick_name_row, GTK_WIDGET (self->quick_name_entry), NULL);
  else
    hearth_gui_set_row_error (self->quick_kcal_row, GTK_WIDGET (self->quick_kcal_entry), NULL);
}

static gboolean
quick_is_empty (HearthMealDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_name_entry))));
  g_autofree char *kcal = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_kcal_entry))));

  return name[0] == '\0' && kcal[0] == '\0';
}

static void
quick_error (HearthMealDialog *self,
             gboolean          name,
             const char       *message)
{
  AdwActionRow *row = name ? self->quick_name_row : self->quick_kcal_row;
  GtkWidget *entry = GTK_WIDGET (name ? self->quick_name_entry : self->quick_kcal_entry);

  hearth_gui_set_row_error (row, entry, message);
  gtk_widget_grab_focus (entry);
}

static gboolean
add_quick (HearthMealDialog *self)
{
  g_autoptr(HearthMealItem) item = hearth_meal_item_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quick_name_entry))));
  HearthEnergyUnit unit = hearth_diet_get_energy_unit ();
  double kcal = NAN;

  if (name[0] == '\0')
    {
      quick_error (self, TRUE, _("Enter what it was"));
      return FALSE;
    }
  if (!hearth_diet_parse_energy (gtk_editable_get_text (GTK_EDITABLE (self->quick_kcal_entry)), unit,
                                 unit == HEARTH_ENERGY_UNIT_KJ ? _("Enter its energy in kJ")
                                                               : _("Enter its energy in kcal"),
                                 &kcal, &error))
    {
      quick_error (self, FALSE, error->message);
      return FALSE;
    }
  item->name = g_steal_pointer (&name);
  item->amount = 1;
  item->unit = HEARTH_AMOUNT_UNIT_SERVING;
  item->nutrients.energy_kcal = kcal;
  if (!check_items_with (self, item, &error))
    {
      quick_error (self, g_error_matches (error, HEARTH_DIET_ERROR, HEARTH_DIET_ERROR_FOOD), error->message);
      return FALSE;
    }
  g_ptr_array_add (self->items, g_steal_pointer (&item));
  g_clear_pointer (&self->copied_from, g_free);
  rebuild_items (self);
  gtk_editable_set_text (GTK_EDITABLE (self->quick_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->quick_kcal_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->quick_name_entry));
  return TRUE;
}

static void
on_quick_name_activate_cb (HearthMealDialog *self,
                           GtkEntry         *entry)
{
  if (quick_is_empty (self))
    gtk_widget_activate_default (GTK_WIDGET (entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->quick_kcal_entry));
}

static void
on_quick_kcal_activate_cb (HearthMealDialog *self,
                           GtkEntry         *entry)
{
  if (quick_is_empty (self))
    gtk_widget_activate_default (GTK_WIDGET (entry));
  else
    add_quick (self);
}

static void
on_quick_add_clicked_cb (HearthMealDialog *self,
                         GtkButton        *button)
{
  add_quick (self);
}

/* Date and time ------------------------------------------------------------- */

static gboolean
on_spin_output_cb (HearthMealDialog *self,
                   GtkSpinButton    *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
update_date_button (HearthMealDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: the meal's date on a button, see g_date_time_format() */
  g_autofree char *label = g_date_time_format (date, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->date_button, label);
}

/* The local day the date field names. */
static gint64
chosen_day (HearthMealDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  int y, m, d;
  GDate day;

  g_date_time_get_ymd (date, &y, &m, &d);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, d, m, y);
  return (gint64) g_date_get_julian (&day) - 719163;   /* days since 1970-01-01 */
}

static void update_same_row (HearthMealDialog *self);

static void
on_time_changed_cb (HearthMealDialog *self,
                    GtkSpinButton    *spin)
{
  hearth_gui_set_row_error (self->time_row, GTK_WIDGET (self->hour_spin), NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->minute_spin), "error");
}

static void
on_calendar_day_selected_cb (HearthMealDialog *self,
                             GtkCalendar      *calendar)
{
  update_date_button (self);
  gtk_popover_popdown (self->date_popover);
  on_time_changed_cb (self, NULL);
  if (self->store != NULL)
    update_same_row (self);
}

/* The date and time fields in the clock's zone; the dialog's opening
 * instant when untouched; NULL after showing why under the time. */
static GDateTime *
get_time (HearthMealDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GTimeZone *tz = hearth_clock_get_timezone (hearth_store_get_clock (self->store));
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);
  int minute = gtk_spin_button_get_value_as_int (self->minute_spin);
  int y, m, d, iy, im, id;
  GDateTime *when;

  g_date_time_get_ymd (date, &y, &m, &d);
  g_date_time_get_ymd (self->initial_time, &iy, &im, &id);
  if (y == iy && m == im && d == id && hour == g_date_time_get_hour (self->initial_time) &&
      minute == g_date_time_get_minute (self->initial_time))
    return g_date_time_ref (self->initial_time);

  when = hearth_local_time_resolve (tz, y, m, d, hour, minute, 0, &note, &error);
  if (when == NULL)
    {
      hearth_gui_set_row_error (self->time_row, GTK_WIDGET (self->hour_spin), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->hour_spin));
    }
  else if (note != NULL)
    adw_action_row_set_subtitle (self->time_row, note);
  return when;
}

/* Starting from a past meal ---------------------------------------------- */

static char *
describe_meal (HearthMeal *meal)
{
  GPtrArray *items = hearth_meal_get_items (meal);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *kcal = NULL;
  HearthEnergyUnit unit = hearth_diet_get_energy_unit ();
  HearthNutrients totals;

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        /* Translators: between the foods of a meal, "Rice, Egg" */
        g_string_append (names, _(", "));
      g_string_append (names, ((HearthMealItem *) items->pdata[i])->name);
    }
  hearth_meal_get_totals (meal, &totals);
  kcal = hearth_diet_format_energy (totals.energy_kcal, unit);
  if (unit == HEARTH_ENERGY_UNIT_KJ)
    /* Translators: a past meal: its foods, then its energy in kilojoules */
    return g_strdup_printf (_("%s · %s kJ"), names->str, kcal);
  /* Translators: a past meal: its foods, then its energy */
  return g_strdup_printf (_("%s · %s kcal"), names->str, kcal);
}

/* "Same as Yesterday's Breakfast": the member's latest meal of the type
 * shown before the day shown. */
static void
update_same_row (HearthMealDialog *self)
{
  HearthMealType type = _hearth_meal_dialog_get_meal_type (self);
  const char *label = hearth_meal_type_get_label (type);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 day = chosen_day (self);

  g_clear_object (&self->same_meal);
  self->same_meal = hearth_store_find_last_meal (self->store, hearth_profile_get_uuid (self->profile),
                                                 type, day, &error);
  if (error != NULL)
    g_warning ("Could not find the last meal: %s", error->message);

  if (self->same_meal == NULL)
    {
      /* Translators: %s is a meal type, "Breakfast" */
      title = g_strdup_printf (_("No Earlier %s to Copy"), label);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->same_row), title);
      adw_action_row_set_subtitle (self->same_row, "");
      gtk_widget_set_sensitive (GTK_WIDGET (self->same_row), FALSE);
      return;
    }
  if (hearth_meal_get_local_day (self->same_meal) == day - 1)
    /* Translators: %s is a meal type, "Breakfast"; S is its mnemonic */
    title = g_strdup_printf (_("_Same as Yesterday’s %s"), label);
  else
    {
      /* Translators: the day of a past meal, see g_date_time_format() */
      g_autofree char *date = g_date_time_format (hearth_meal_get_taken_at (self->same_meal), _("%a %-d %b"));

      /* Translators: %s is a meal type, "Breakfast", then a date; S is its mnemonic */
      title = g_strdup_printf (_("_Same as the %s of %s"), label, date);
    }
  subtitle = describe_meal (self->same_meal);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->same_row), title);
  adw_action_row_set_subtitle (self->same_row, subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->same_row), TRUE);
}

static void
on_same_row_activated_cb (HearthMealDialog *self,
                          AdwActionRow     *row)
{
  if (self->same_meal == NULL)
    return;
  set_items (self, self->same_meal);
  /* The next action is Add. */
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

static void
on_copy_meal_activated_cb (HearthMealDialog *self,
                           AdwActionRow     *row)
{
  HearthMeal *meal = g_object_get_data (G_OBJECT (row), "hearth-meal");

  if (meal == NULL)
    return;
  _hearth_meal_dialog_set_meal_type (self, hearth_meal_get_meal_type (meal));
  if (hearth_meal_get_custom_name (meal) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->custom_entry), hearth_meal_get_custom_name (meal));
  set_items (self, meal);
  adw_expander_row_set_expanded (self->copy_row, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->save_button));
}

/* The member's meals of the last COPY_DAYS days, newest first. */
static void
fill_copy_row (HearthMealDialog *self)
{
  gint64 today = chosen_day (self);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));

  for (gint64 day = today; day > today - COPY_DAYS && self->past_meals->len < COPY_MEALS; day--)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) meals = hearth_store_list_meals (self->store, hearth_profile_get_uuid (self->profile),
                                                            day, &error);
      guint n;

      if (meals == NULL)
        {
          g_warning ("Could not list meals: %s", error->message);
          break;
        }
      n = g_list_model_get_n_items (meals);
      for (guint i = n; i > 0 && self->past_meals->len < COPY_MEALS; i--)
        {
          g_autoptr(HearthMeal) meal = g_list_model_get_item (meals, i - 1);
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *when = hearth_gui_format_when (hearth_meal_get_taken_at (meal), now);
          g_autofree char *title = g_strdup_printf ("%s · %s", hearth_meal_get_title (meal), when);
          g_autofree char *subtitle = describe_meal (meal);

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data_full (G_OBJECT (row), "hearth-meal", g_object_ref (meal), g_object_unref);
          g_signal_connect_object (row, "activated", G_CALLBACK (on_copy_meal_activated_cb), self,
                                   G_CONNECT_SWAPPED);
          adw_expander_row_add_row (self->copy_row, row);
          g_ptr_array_add (self->past_meals, g_steal_pointer (&meal));
        }
    }
  if (self->past_meals->len == 0)
    {
      adw_expander_row_set_subtitle (self->copy_row, _("No meals in the last two weeks"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->copy_row), FALSE);
    }
}

/* Type ------------------------------------------------------------------------ */

static void
on_type_selected_cb (HearthMealDialog *self,
                     GParamSpec       *pspec,
                     AdwComboRow      *row)
{
  gboolean custom = _hearth_meal_dialog_get_meal_type (self) == HEARTH_MEAL_TYPE_CUSTOM;

  gtk_widget_set_visible (GTK_WIDGET (self->custom_row), custom);
  hearth_gui_set_row_error (self->custom_row, GTK_WIDGET (self->custom_entry), NULL);
  /* A copy is of a meal of one type: another type is a new meal. */
  g_clear_pointer (&self->copied_from, g_free);
  if (self->store != NULL)
    update_same_row (self);
}

static void
on_custom_changed_cb (HearthMealDialog *self,
                      GtkEditable      *editable)
{
  hearth_gui_set_row_error (self->custom_row, GTK_WIDGET (self->custom_entry), NULL);
}

/* Breakfast until 10:30, lunch until 15:00, dinner from 17:30 to 22:00,
 * a snack otherwise: the type most people mean at that hour. */
static HearthMealType
type_for_time (GDateTime *when)
{
  int minutes = g_date_time_get_hour (when) * 60 + g_date_time_get_minute (when);

  if (minutes >= 4 * 60 && minutes < 10 * 60 + 30)
    return HEARTH_MEAL_TYPE_BREAKFAST;
  if (minutes >= 11 * 60 && minutes < 15 * 60)
    return HEARTH_MEAL_TYPE_LUNCH;
  if (minutes >= 17 * 60 + 30 && minutes < 22 * 60)
    return HEARTH_MEAL_TYPE_DINNER;
  return HEARTH_MEAL_TYPE_SNACK;
}

/* Saving ------------------------------------------------------------------------ */

gboolean
_hearth_meal_dialog_save (HearthMealDialog *self)
{
  g_autoptr(GDateTime) taken_at = NULL;
  g_autoptr(HearthMeal) meal = NULL;
  g_autoptr(GError) error = NULL;
  HearthMealType type = _hearth_meal_dialog_get_meal_type (self);

  g_assert (HEARTH_IS_MEAL_DIALOG (self));

  clear_errors (self);
  taken_at = get_time (self);
  if (taken_at == NULL)
    return FALSE;

  /* Something typed in the food search or the quick entry and not added
   * yet is added first: Return saves what the person sees. */
  if (!hearth_food_picker_is_empty (self->picker))
    {
      guint before = self->items->len;

      g_signal_emit_by_name (hearth_food_picker_get_amount_entry (self->picker), "activate");
      if (self->items->len == before)
        return FALSE;
    }
  if (!quick_is_empty (self) && !add_quick (self))
    return FALSE;

  if (self->copied_from != NULL)
    {
      /* An unchanged copy keeps the nutrition its items were logged with. */
      meal = hearth_store_copy_meal (self->store, self->copied_from, taken_at, &error);
      if (meal == NULL)
        {
          show_error (self, error);
          return FALSE;
        }
    }
  else
    {
      meal = hearth_meal_new (hearth_profile_get_uuid (self->profile), type, taken_at);
      if (type == HEARTH_MEAL_TYPE_CUSTOM)
        {
          g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->custom_entry))));

          hearth_meal_set_custom_name (meal, name[0] != '\0' ? name : NULL);
        }
      for (guint i = 0; i < self->items->len; i++)
        hearth_meal_add_item (meal, hearth_meal_item_copy (self->items->pdata[i]));
      if (!hearth_store_add_meal (self->store, meal, &error))
        {
          show_error (self, error);
          return FALSE;
        }
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_button_clicked_cb (HearthMealDialog *self,
                           GtkButton        *button)
{
  _hearth_meal_dialog_save (self);
}

/* GObject ------------------------------------------------------------------------ */

static void
hearth_meal_dialog_constructed (GObject *object)
{
  HearthMealDialog *self = HEARTH_MEAL_DIALOG (object);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_meal_dialog_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  g_assert (HEARTH_IS_PROFILE (self->profile));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  for (HearthMealType t = HEARTH_MEAL_TYPE_BREAKFAST; t <= HEARTH_MEAL_TYPE_CUSTOM; t++)
    gtk_string_list_append (types, hearth_meal_type_get_label (t));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));

  self->initial_time = hearth_clock_now (hearth_store_get_clock (self->store));
  gtk_calendar_select_day (self->calendar, self->initial_time);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (self->initial_time));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (self->initial_time));
  update_date_button (self);

  _hearth_meal_dialog_set_meal_type (self, type_for_time (self->initial_time));
  update_same_row (self);
  fill_copy_row (self);
  hearth_food_picker_set_store (self->picker, self->store);
  rebuild_items (self);

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/* Opens on the food search: the first field. */
static void
hearth_meal_dialog_map (GtkWidget *widget)
{
  HearthMealDialog *self = HEARTH_MEAL_DIALOG (widget);

  GTK_WIDGET_CLASS (hearth_meal_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (hearth_food_picker_get_search_entry (self->picker));
}

static void
hearth_meal_dialog_dispose (GObject *object)
{
  HearthMealDialog *self = HEARTH_MEAL_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->same_meal);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_MEAL_DIALOG);

  G_OBJECT_CLASS (hearth_meal_dialog_parent_class)->dispose (object);
}

static void
hearth_meal_dialog_finalize (GObject *object)
{
  HearthMealDialog *self = HEARTH_MEAL_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->past_meals, g_ptr_array_unref);
  g_clear_pointer (&self->copied_from, g_free);
  g_clear_pointer (&self->totals, g_free);
  g_clear_pointer (&self->initial_time, g_date_time_unref);

  G_OBJECT_CLASS (hearth_meal_dialog_parent_class)->finalize (object);
}

static void
hearth_meal_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthMealDialog *self = HEARTH_MEAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_meal_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthMealDialog *self = HEARTH_MEAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_meal_dialog_class_init (HearthMealDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_meal_dialog_constructed;
  object_class->dispose = hearth_meal_dialog_dispose;
  object_class->finalize = hearth_meal_dialog_finalize;
  object_class->get_property = hearth_meal_dialog_get_property;
  object_class->set_property = hearth_meal_dialog_set_property;
  widget_class->map = hearth_meal_dialog_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, HEARTH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_FOOD_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-meal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, custom_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, custom_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, date_popover);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, start_group);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, same_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, copy_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, empty_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, items_error);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, picker);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, quick_name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, quick_name_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, quick_kcal_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, quick_kcal_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, quick_unit_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMealDialog, quick_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_type_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_same_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quick_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quick_name_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quick_kcal_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_quick_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_meal_dialog_init (HearthMealDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_meal_item_free);
  self->item_rows = g_ptr_array_new ();
  self->past_meals = g_ptr_array_new_with_free_func (g_object_unref);
  /* The quick entry's energy is typed in the unit of Preferences. */
  gtk_label_set_label (self->quick_unit_label, hearth_units_energy_symbol (hearth_diet_get_energy_unit ()));
  hearth_gui_drop_row_focus_stops (GTK_WIDGET (self));
}
