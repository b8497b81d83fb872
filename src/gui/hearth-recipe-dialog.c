/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-recipe-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-diet-util.h"
#include "hearth-gui-util.h"
#include "hearth-recipe-dialog-private.h"

typedef struct
{
  HearthFood       *food;    /* NULL when the food was deleted since */
  char             *food_uuid;
  char             *name;
  double            amount;
  HearthAmountUnit  unit;
} Ingredient;

struct _HearthRecipeDialog
{
  AdwWindow            parent_instance;

  GtkButton           *save_button;
  GtkLabel            *save_label;
  GtkLabel            *general_error;
  AdwActionRow        *name_row;
  GtkEntry            *name_entry;
  AdwActionRow        *portions_row;
  GtkEntry            *portions_entry;
  AdwActionRow        *cooked_row;
  GtkEntry            *cooked_entry;
  GtkSwitch           *favourite_switch;
  AdwPreferencesGroup *items_group;
  AdwActionRow        *empty_row;
  GtkLabel            *items_error;
  HearthFoodPicker    *picker;
  AdwPreferencesGroup *past_group;
  GtkCheckButton      *past_check;
  GtkButton           *delete_button;

  HearthStore         *store;
  char                *recipe_uuid;   /* being edited, or NULL */
  char                *food_uuid;     /* its food, when edited */
  GPtrArray           *items;         /* Ingredient */
  GPtrArray           *item_rows;
  char                *totals;
  char                *cooked_hint;
};

G_DEFINE_FINAL_TYPE (HearthRecipeDialog, hearth_recipe_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_RECIPE_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ingredient_free (gpointer data)
{
  Ingredient *ingredient = data;

  g_clear_object (&ingredient->food);
  g_free (ingredient->food_uuid);
  g_free (ingredient->name);
  g_free (ingredient);
}

HearthRecipeDialog *
hearth_recipe_dialog_new (HearthStore *store,
                          const char  *recipe_uuid)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_RECIPE_DIALOG, "store", store, "recipe-uuid", recipe_uuid, NULL);
}

GtkEditable *
_hearth_recipe_dialog_get_name_entry (HearthRecipeDialog *self)
{
  return GTK_EDITABLE (self->name_entry);
}

GtkEditable *
_hearth_recipe_dialog_get_portions_entry (HearthRecipeDialog *self)
{
  return GTK_EDITABLE (self->portions_entry);
}

GtkEditable *
_hearth_recipe_dialog_get_cooked_entry (HearthRecipeDialog *self)
{
  return GTK_EDITABLE (self->cooked_entry);
}

HearthFoodPicker *
_hearth_recipe_dialog_get_picker (HearthRecipeDialog *self)
{
  return self->picker;
}

static const char *
row_error (AdwActionRow *row)
{
  return gtk_widget_has_css_class (GTK_WIDGET (row), "field-error") ? adw_action_row_get_subtitle (row) : "";
}

const char *
_hearth_recipe_dialog_get_portions_error (HearthRecipeDialog *self)
{
  return row_error (self->portions_row);
}

const char *
_hearth_recipe_dialog_get_cooked_error (HearthRecipeDialog *self)
{
  return row_error (self->cooked_row);
}

const char *
_hearth_recipe_dialog_get_totals (HearthRecipeDialog *self)
{
  return self->totals;
}

guint
_hearth_recipe_dialog_get_n_items (HearthRecipeDialog *self)
{
  return self->items->len;
}

void
_hearth_recipe_dialog_set_update_past (HearthRecipeDialog *self,
                                       gboolean            update)
{
  gtk_check_button_set_active (self->past_check, update);
}

static void
set_label_error (GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
set_cooked_error (HearthRecipeDialog *self,
                  const char         *message)
{
  hearth_gui_set_row_error (self->cooked_row, GTK_WIDGET (self->cooked_entry), message);
  if (message == NULL)
    adw_action_row_set_subtitle (self->cooked_row, self->cooked_hint);
}

static void
clear_errors (HearthRecipeDialog *self)
{
  set_label_error (self->general_error, NULL);
  set_label_error (self->items_error, NULL);
  hearth_gui_set_row_error (self->name_row, GTK_WIDGET (self->name_entry), NULL);
  hearth_gui_set_row_error (self->portions_row, GTK_WIDGET (self->portions_entry), NULL);
  set_cooked_error (self, NULL);
}

/* Per portion and per 100 g cooked, from what is typed so far. */
static void
update_totals (HearthRecipeDialog *self)
{
  HearthNutrients total, portion, hundred;
  double portions = NAN, cooked = NAN;
  HearthEnergyUnit unit = hearth_diet_get_energy_unit ();
  g_autofree char *line = NULL;

  hearth_nutrients_init_zero (&total);
  for (guint i = 0; i < self->items->len; i++)
    {
      Ingredient *ingredient = self->items->pdata[i];
      HearthNutrients part;

      if (ingredient->food != NULL &&
          hearth_food_compute (ingredient->food, ingredient->amount, ingredient->unit, &part, NULL))
        hearth_nutrients_add (&total, &part);
    }
  g_clear_pointer (&self->totals, g_free);
  if (self->items->len > 0 &&
      hearth_diet_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->portions_entry)), FALSE, "", &portions, NULL) &&
      hearth_diet_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->cooked_entry)), TRUE, "", &cooked, NULL) &&
      hearth_recipe_compute (&total, portions, cooked, &portion, &hundred, NULL))
    {
      line = hearth_diet_format_totals_in (&portion, unit);
      if (isnan (hundred.energy_kcal))
        /* Translators: a recipe's nutrition per portion */
        self->totals = g_strdup_printf (_("A portion: %s"), line);
      else
        {
          g_autofree char *kcal = hearth_diet_format_energy (hundred.energy_kcal, unit);

          if (unit == HEARTH_ENERGY_UNIT_KJ)
            /* Translators: a recipe's nutrition per portion, then its energy per 100 g cooked in kilojoules */
            self->totals = g_strdup_printf (_("A portion: %s; 100 g cooked: %s kJ"), line, kcal);
          else
            /* Translators: a recipe's nutrition per portion, then its energy per 100 g cooked */
            self->totals = g_strdup_printf (_("A portion: %s; 100 g cooked: %s kcal"), line, kcal);
        }
    }
  adw_preferences_group_set_description (self->items_group, self->totals);
}

static void
on_field_changed_cb (HearthRecipeDialog *self,
                     GtkEditable        *editable)
{
  if (editable == GTK_EDITABLE (self->name_entry))
    hearth_gui_set_row_error (self->name_row, GTK_WIDGET (self->name_entry), NULL);
  else if (editable == GTK_EDITABLE (self->portions_entry))
    hearth_gui_set_row_error (self->portions_row, GTK_WIDGET (self->portions_entry), NULL);
  else
    set_cooked_error (self, NULL);
  update_totals (self);
}

static void rebuild_items (HearthRecipeDialog *self);

static void
on_remove_clicked_cb (HearthRecipeDialog *self,
                      GtkButton          *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hearth-item-index"));

  if (index < self->items->len)
    g_ptr_array_remove_index (self->items, index);
  rebuild_items (self);
  gtk_widget_grab_focus (hearth_food_picker_get_search_entry (self->picker));
}

static void
rebuild_items (HearthRecipeDialog *self)
{
  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, self->item_rows->pdata[i]);
  g_ptr_array_set_size (self->item_rows, 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      Ingredient *ingredient = self->items->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *amount = hearth_diet_format_amount (ingredient->amount, ingredient->unit);
      /* Translators: the button removing an ingredient, "Remove Rice" */
      g_autofree char *label = g_strdup_printf (_("Remove %s"), ingredient->name);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ingredient->name);
      /* Not a Tab stop: its remove button is. */
      gtk_widget_set_focusable (row, FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), amount);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (remove, label);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "hearth-item-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->items_group, row);
      g_ptr_array_add (self->item_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->items->len == 0);
  set_label_error (self->items_error, NULL);
  update_totals (self);
}

static void
add_ingredient (HearthRecipeDialog *self,
                HearthFood         *food,
                const char         *food_uuid,
                const char         *name,
                double              amount,
                HearthAmountUnit    unit)
{
  Ingredient *ingredient = g_new0 (Ingredient, 1);

  ingredient->food = food != NULL ? g_object_ref (food) : NULL;
  ingredient->food_uuid = g_strdup (food_uuid);
  ingredient->name = g_strdup (name);
  ingredient->amount = amount;
  ingredient->unit = unit;
  g_ptr_array_add (self->items, ingredient);
}

static gboolean
on_picker_picked_cb (HearthRecipeDialog *self,
                     HearthFood         *food,
                     double              amount,
                     int                 unit,
                     HearthFoodPicker   *picker)
{
  g_autoptr(HearthRecipe) probe = hearth_recipe_new ("probe", 1);
  g_autoptr(GError) error = NULL;
  HearthNutrients part;
  double base;

  hearth_recipe_add_item (probe, hearth_food_get_uuid (food), amount, (HearthAmountUnit) unit);
  ((HearthRecipeItem *) probe->items->pdata[0])->name = g_strdup (hearth_food_get_name (food));
  if (!hearth_recipe_validate (probe, &error) ||
      !hearth_food_compute (food, amount, (HearthAmountUnit) unit, &part, &error))
    {
      hearth_food_picker_show_error (picker, error->message);
      return FALSE;
    }
  base = hearth_nutrition_amount_in_base (hearth_food_get_per_unit (food), hearth_food_get_serving_size (food),
                                          amount, (HearthAmountUnit) unit);
  if (base > HEARTH_MEAL_ITEM_MAX_G)
    {
      /* Translators: the most of one ingredient */
      g_autofree char *message = g_strdup_printf (_("One ingredient can be at most %.0f kg"),
                                                  HEARTH_MEAL_ITEM_MAX_G / 1000);

      hearth_food_picker_show_error (picker, message);
      return FALSE;
    }
  add_ingredient (self, food, hearth_food_get_uuid (food), hearth_food_get_name (food), amount,
                  (HearthAmountUnit) unit);
  rebuild_items (self);
  return TRUE;
}

/* An empty name, or one with tabs or line breaks. */
static gboolean
name_is_refused (HearthRecipeDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

  if (name[0] == '\0')
    return TRUE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
show_error (HearthRecipeDialog *self,
            const GError       *error)
{
  if (error->domain == HEARTH_DIET_ERROR)
    {
      switch ((HearthDietError) error->code)
        {
        case HEARTH_DIET_ERROR_PORTIONS:
          hearth_gui_set_row_error (self->portions_row, GTK_WIDGET (self->portions_entry), error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->portions_entry));
          return;
        case HEARTH_DIET_ERROR_COOKED_WEIGHT:
          set_cooked_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->cooked_entry));
          return;
        case HEARTH_DIET_ERROR_FOOD:
          /* The recipe's name, or its ingredients. */
          if (name_is_refused (self))
            {
              hearth_gui_set_row_error (self->name_row, GTK_WIDGET (self->name_entry), error->message);
              gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
              return;
            }
          set_label_error (self->items_error, error->message);
          gtk_widget_grab_focus (hearth_food_picker_get_search_entry (self->picker));
          return;
        case HEARTH_DIET_ERROR_NUTRIENT:
        case HEARTH_DIET_ERROR_SERVING:
        case HEARTH_DIET_ERROR_AMOUNT:
        case HEARTH_DIET_ERROR_MEAL_TYPE:
        case HEARTH_DIET_ERROR_TIME:
        default:
          set_label_error (self->items_error, error->message);
          gtk_widget_grab_focus (hearth_food_picker_get_search_entry (self->picker));
          return;
        }
    }
  if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS))
    {
      hearth_gui_set_row_error (self->name_row, GTK_WIDGET (self->name_entry), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
      return;
    }
  set_label_error (self->general_error, error->message);
}

gboolean
_hearth_recipe_dialog_save (HearthRecipeDialog *self)
{
  g_autoptr(HearthRecipe) recipe = NULL;
  g_autoptr(GError) error = NULL;
  double portions = NAN, cooked = NAN;
  gboolean ok;

  g_assert (HEARTH_IS_RECIPE_DIALOG (self));

  clear_errors (self);
  /* An ingredient typed and not added yet is added first. */
  if (!hearth_food_picker_is_empty (self->picker))
    {
      guint before = self->items->len;

      g_signal_emit_by_name (hearth_food_picker_get_amount_entry (self->picker), "activate");
      if (self->items->len == before)
        return FALSE;
    }
  if (!hearth_diet_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->portions_entry)), FALSE,
                                 _("Enter how many portions the dish makes"), &portions, &error))
    {
      hearth_gui_set_row_error (self->portions_row, GTK_WIDGET (self->portions_entry), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->portions_entry));
      return FALSE;
    }
  if (!hearth_diet_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->cooked_entry)), TRUE, "",
                                 &cooked, &error))
    {
      set_cooked_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->cooked_entry));
      return FALSE;
    }

  recipe = hearth_recipe_new (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), portions);
  recipe->uuid = g_strdup (self->recipe_uuid);
  recipe->cooked_weight_g = cooked;
  recipe->favourite = gtk_switch_get_active (self->favourite_switch);
  for (guint i = 0; i < self->items->len; i++)
    {
      Ingredient *ingredient = self->items->pdata[i];

      hearth_recipe_add_item (recipe, ingredient->food_uuid, ingredient->amount, ingredient->unit);
      ((HearthRecipeItem *) recipe->items->pdata[i])->name = g_strdup (ingredient->name);
    }

  ok = self->recipe_uuid != NULL ? hearth_store_update_recipe (self->store, recipe, &error)
                                 : hearth_store_add_recipe (self->store, recipe, &error);
  if (ok && self->recipe_uuid != NULL && gtk_check_button_get_active (self->past_check))
    ok = hearth_store_update_past_meals (self->store, recipe->food_uuid, NULL, &error);
  if (!ok)
    {
      show_error (self, error);
      return FALSE;
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Soft delete of the recipe's food: past meals keep their items; the Foods
 * window offers Undo. */
static void
on_delete_button_clicked_cb (HearthRecipeDialog *self,
                             GtkButton          *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

  if (self->food_uuid == NULL)
    return;
  if (!hearth_store_delete_food (self->store, self->food_uuid, &error))
    {
      set_label_error (self->general_error, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_DELETED], 0, self->food_uuid, name);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_save_button_clicked_cb (HearthRecipeDialog *self,
                           GtkButton          *button)
{
  _hearth_recipe_dialog_save (self);
}

static void
load_recipe (HearthRecipeDialog *self)
{
  g_autoptr(HearthRecipe) recipe = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *portions = NULL;

  recipe = hearth_store_get_recipe (self->store, self->recipe_uuid, &error);
  if (recipe == NULL)
    {
      set_label_error (self->general_error, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), recipe->name);
  self->food_uuid = g_strdup (recipe->food_uuid);
  portions = hearth_diet_format_number (recipe->portions);
  gtk_editable_set_text (GTK_EDITABLE (self->portions_entry), portions);
  if (!isnan (recipe->cooked_weight_g))
    {
      g_autofree char *cooked = hearth_diet_format_number (recipe->cooked_weight_g);

      gtk_editable_set_text (GTK_EDITABLE (self->cooked_entry), cooked);
    }
  gtk_switch_set_active (self->favourite_switch, recipe->favourite);
  hearth_food_picker_set_excluded (self->picker, recipe->food_uuid);
  for (guint i = 0; i < recipe->items->len; i++)
    {
      HearthRecipeItem *item = recipe->items->pdata[i];
      g_autoptr(HearthFood) food = hearth_store_get_food (self->store, item->food_uuid, NULL);

      add_ingredient (self, food, item->food_uuid, item->name, item->amount, item->unit);
    }
}

static void
hearth_recipe_dialog_constructed (GObject *object)
{
  HearthRecipeDialog *self = HEARTH_RECIPE_DIALOG (object);

  G_OBJECT_CLASS (hearth_recipe_dialog_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->cooked_hint = g_strdup (adw_action_row_get_subtitle (self->cooked_row));
  hearth_food_picker_set_store (self->picker, self->store);
  if (self->recipe_uuid != NULL)
    {
      load_recipe (self);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Recipe"));
      gtk_label_set_text_with_mnemonic (self->save_label, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->past_group), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
    }
  rebuild_items (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static void
hearth_recipe_dialog_map (GtkWidget *widget)
{
  HearthRecipeDialog *self = HEARTH_RECIPE_DIALOG (widget);

  GTK_WIDGET_CLASS (hearth_recipe_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
hearth_recipe_dialog_dispose (GObject *object)
{
  HearthRecipeDialog *self = HEARTH_RECIPE_DIALOG (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RECIPE_DIALOG);

  G_OBJECT_CLASS (hearth_recipe_dialog_parent_class)->dispose (object);
}

static void
hearth_recipe_dialog_finalize (GObject *object)
{
  HearthRecipeDialog *self = HEARTH_RECIPE_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_free (self->recipe_uuid);
  g_free (self->food_uuid);
  g_free (self->totals);
  g_free (self->cooked_hint);

  G_OBJECT_CLASS (hearth_recipe_dialog_parent_class)->finalize (object);
}

static void
hearth_recipe_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthRecipeDialog *self = HEARTH_RECIPE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_RECIPE_UUID:
      g_value_set_string (value, self->recipe_uuid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_recipe_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthRecipeDialog *self = HEARTH_RECIPE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_RECIPE_UUID:
      self->recipe_uuid = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_recipe_dialog_class_init (HearthRecipeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_recipe_dialog_constructed;
  object_class->dispose = hearth_recipe_dialog_dispose;
  object_class->finalize = hearth_recipe_dialog_finalize;
  object_class->get_property = hearth_recipe_dialog_get_property;
  object_class->set_property = hearth_recipe_dialog_set_property;
  widget_class->map = hearth_recipe_dialog_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECIPE_UUID] =
    g_param_spec_string ("recipe-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_FOOD_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-recipe-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, save_label);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, portions_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, portions_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, cooked_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, cooked_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, favourite_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, empty_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, items_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, picker);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, past_group);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, past_check);
  gtk_widget_class_bind_template_child (widget_class, HearthRecipeDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_button_clicked_cb);

  /**
   * HearthRecipeDialog::deleted:
   * @food_uuid: the food deleted (soft: hearth_store_undelete_food() brings it back)
   * @name: its name
   */
  signals[SIGNAL_DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_picked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_recipe_dialog_init (HearthRecipeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func (ingredient_free);
  self->item_rows = g_ptr_array_new ();
  hearth_gui_drop_row_focus_stops (GTK_WIDGET (self));
}
