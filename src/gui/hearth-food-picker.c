/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-food-picker"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-diet-util.h"
#include "hearth-food-picker.h"
#include "hearth-gui-util.h"

#define N_RESULTS 6

struct _HearthFoodPicker
{
  GtkBox        parent_instance;

  AdwActionRow *search_row;
  GtkEntry     *search_entry;
  GtkListBox   *results_list;
  AdwActionRow *amount_row;
  GtkEntry     *amount_entry;
  GtkDropDown  *unit_dropdown;
  GtkButton    *add_button;

  HearthStore  *store;
  GListStore   *results;       /* HearthFood shown */
  HearthFood   *chosen;        /* the food the amount is for */
  char         *excluded;
  gboolean      filling;       /* the search text is being set, not typed */
};

G_DEFINE_FINAL_TYPE (HearthFoodPicker, hearth_food_picker, GTK_TYPE_BOX)

enum {
  SIGNAL_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

HearthFoodPicker *
hearth_food_picker_new (void)
{
  return g_object_new (HEARTH_TYPE_FOOD_PICKER, NULL);
}

GtkWidget *
hearth_food_picker_get_search_entry (HearthFoodPicker *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD_PICKER (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

GtkWidget *
hearth_food_picker_get_amount_entry (HearthFoodPicker *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD_PICKER (self), NULL);
  return GTK_WIDGET (self->amount_entry);
}

GListModel *
hearth_food_picker_get_results (HearthFoodPicker *self)
{
  g_return_val_if_fail (HEARTH_IS_FOOD_PICKER (self), NULL);
  return G_LIST_MODEL (self->results);
}

gboolean
hearth_food_picker_is_empty (HearthFoodPicker *self)
{
  g_autofree char *search = NULL;
  g_autofree char *amount = NULL;

  g_return_val_if_fail (HEARTH_IS_FOOD_PICKER (self), TRUE);

  search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  amount = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry))));
  return search[0] == '\0' && amount[0] == '\0';
}

void
hearth_food_picker_show_error (HearthFoodPicker *self,
                               const char       *message)
{
  g_return_if_fail (HEARTH_IS_FOOD_PICKER (self));

  hearth_gui_set_row_error (self->amount_row, GTK_WIDGET (self->amount_entry), message);
  if (message != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->amount_entry));
}

static GtkWidget *
create_result_row (HearthFood       *food,
                   HearthEnergyUnit  unit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = hearth_diet_describe_food_in (food, unit);

  /* Names are text, not markup ("Fish & chips"): said before the title,
   * which is parsed as it is set. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_food_get_name (food));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (hearth_food_get_favourite (food))
    {
      GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Favourite"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), star);
    }
  return row;
}

void
hearth_food_picker_refresh (HearthFoodPicker *self)
{
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  HearthEnergyUnit unit = hearth_diet_get_energy_unit ();
  guint n;

  g_return_if_fail (HEARTH_IS_FOOD_PICKER (self));

  g_list_store_remove_all (self->results);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (self->store != NULL)
    {
      found = hearth_store_search_foods (self->store, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                         N_RESULTS + 1, &error);
      if (found == NULL)
        g_warning ("Could not search foods: %s", error->message);
    }
  n = found != NULL ? g_list_model_get_n_items (found) : 0;
  for (guint i = 0; i < n && g_list_model_get_n_items (G_LIST_MODEL (self->results)) < N_RESULTS; i++)
    {
      g_autoptr(HearthFood) food = g_list_model_get_item (found, i);

      if (g_strcmp0 (hearth_food_get_uuid (food), self->excluded) == 0)
        continue;
      g_list_store_append (self->results, food);
      gtk_list_box_append (self->results_list, create_result_row (food, unit));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->results_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0);
}

void
hearth_food_picker_set_store (HearthFoodPicker *self,
                              HearthStore      *store)
{
  g_return_if_fail (HEARTH_IS_FOOD_PICKER (self));
  g_return_if_fail (HEARTH_IS_STORE (store));

  g_set_object (&self->store, store);
  hearth_food_picker_refresh (self);
}

void
hearth_food_picker_set_excluded (HearthFoodPicker *self,
                                 const char       *food_uuid)
{
  g_return_if_fail (HEARTH_IS_FOOD_PICKER (self));

  g_free (self->excluded);
  self->excluded = g_strdup (food_uuid);
  hearth_food_picker_refresh (self);
}

/* The amount is for @food now: its name in the search, its own unit. */
static void
choose (HearthFoodPicker *self,
        HearthFood       *food)
{
  g_set_object (&self->chosen, food);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), hearth_food_get_name (food));
  self->filling = FALSE;
  hearth_gui_set_row_error (self->search_row, GTK_WIDGET (self->search_entry), NULL);
  gtk_drop_down_set_selected (self->unit_dropdown, hearth_food_get_per_unit (food));
  gtk_widget_grab_focus (GTK_WIDGET (self->amount_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->amount_entry), 0, -1);
}

/* The first result for what was typed; FALSE (with a message under the
 * search) when nothing matches. */
static gboolean
choose_first (HearthFoodPicker *self)
{
  g_autoptr(HearthFood) first = g_list_model_get_item (G_LIST_MODEL (self->results), 0);

  if (first == NULL)
    {
      /* Translators: %s is what was typed in the food search */
      g_autofree char *message = g_strdup_printf (_("No food matches “%s”: add it under Foods…"),
                                                  gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

      hearth_gui_set_row_error (self->search_row, GTK_WIDGET (self->search_entry), message);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return FALSE;
    }
  choose (self, first);
  return TRUE;
}

static void
on_search_changed_cb (HearthFoodPicker *self,
                      GtkEditable      *editable)
{
  if (self->filling)
    return;
  g_clear_object (&self->chosen);
  hearth_gui_set_row_error (self->search_row, GTK_WIDGET (self->search_entry), NULL);
  hearth_food_picker_refresh (self);
}

static gboolean
search_is_empty (HearthFoodPicker *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  return text[0] == '\0';
}

static void
on_search_activate_cb (HearthFoodPicker *self,
                       GtkEntry         *entry)
{
  if (hearth_food_picker_is_empty (self))
    {
      gtk_widget_activate_default (GTK_WIDGET (self));
      return;
    }
  if (self->chosen != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->amount_entry));
      return;
    }
  if (!search_is_empty (self))
    choose_first (self);
}

/* Tab with a food typed takes the first result, as Return does (the
 * results are not a stop on the way to the amount); Down goes into the
 * results to pick another. */
static gboolean
on_search_key_pressed_cb (HearthFoodPicker      *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) &&
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 &&
      self->chosen == NULL && !search_is_empty (self))
    {
      choose_first (self);
      return GDK_EVENT_STOP;
    }
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      gtk_widget_get_visible (GTK_WIDGET (self->results_list)))
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->results_list, 0);

      if (row != NULL)
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return GDK_EVENT_STOP;
        }
    }
  return GDK_EVENT_PROPAGATE;
}

static void
on_result_activated_cb (HearthFoodPicker *self,
                        GtkListBoxRow    *row,
                        GtkListBox       *list)
{
  g_autoptr(HearthFood) food = g_list_model_get_item (G_LIST_MODEL (self->results),
                                                      (guint) gtk_list_box_row_get_index (row));

  if (food != NULL)
    choose (self, food);
}

static void
on_amount_changed_cb (HearthFoodPicker *self,
                      GtkEditable      *editable)
{
  hearth_gui_set_row_error (self->amount_row, GTK_WIDGET (self->amount_entry), NULL);
}

static void
pick (HearthFoodPicker *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFood) food = NULL;
  gboolean taken = FALSE;
  double amount = NAN;

  if (self->chosen == NULL && !choose_first (self))
    return;
  if (!hearth_diet_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)), FALSE,
                                 _("Enter how much"), &amount, &error))
    {
      hearth_food_picker_show_error (self, error->message);
      return;
    }

  food = g_object_ref (self->chosen);
  g_signal_emit (self, signals[SIGNAL_PICKED], 0, food, amount,
                 (int) gtk_drop_down_get_selected (self->unit_dropdown), &taken);
  if (!taken)
    return;

  g_clear_object (&self->chosen);
  gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  hearth_gui_set_row_error (self->amount_row, GTK_WIDGET (self->amount_entry), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_amount_activate_cb (HearthFoodPicker *self,
                       GtkEntry         *entry)
{
  if (hearth_food_picker_is_empty (self))
    {
      gtk_widget_activate_default (GTK_WIDGET (self));
      return;
    }
  pick (self);
}

static void
on_add_button_clicked_cb (HearthFoodPicker *self,
                          GtkButton        *button)
{
  pick (self);
}

static void
hearth_food_picker_dispose (GObject *object)
{
  HearthFoodPicker *self = HEARTH_FOOD_PICKER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->chosen);
  g_clear_object (&self->results);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FOOD_PICKER);

  G_OBJECT_CLASS (hearth_food_picker_parent_class)->dispose (object);
}

static void
hearth_food_picker_finalize (GObject *object)
{
  HearthFoodPicker *self = HEARTH_FOOD_PICKER (object);

  g_free (self->excluded);

  G_OBJECT_CLASS (hearth_food_picker_parent_class)->finalize (object);
}

static void
hearth_food_picker_class_init (HearthFoodPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_food_picker_dispose;
  object_class->finalize = hearth_food_picker_finalize;

  /**
   * HearthFoodPicker::picked:
   * @food: the food
   * @amount: how much, a number (the handler validates it)
   * @unit: a #HearthAmountUnit
   *
   * Returns: TRUE when the handler took the food.
   */
  signals[SIGNAL_PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_first_wins, NULL, NULL,
                  G_TYPE_BOOLEAN, 3, HEARTH_TYPE_FOOD, G_TYPE_DOUBLE, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-food-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, search_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, results_list);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, amount_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodPicker, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);
}

static void
hearth_food_picker_init (HearthFoodPicker *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->results = g_list_store_new (HEARTH_TYPE_FOOD);

  /* Before the entry's own handling: Tab and Down mean something here. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  hearth_gui_drop_row_focus_stops (GTK_WIDGET (self));
}
