/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-food-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-diet-util.h"
#include "hearth-food-dialog-private.h"
#include "hearth-gui-util.h"

struct _HearthFoodDialog
{
  AdwWindow            parent_instance;

  GtkButton           *save_button;
  GtkLabel            *save_label;
  GtkLabel            *general_error;
  AdwPreferencesGroup *food_group;
  AdwActionRow        *name_row;
  GtkEntry            *name_entry;
  AdwComboRow         *per_row;
  AdwPreferencesGroup *nutrition_group;
  AdwPreferencesGroup *serving_group;
  AdwActionRow        *favourite_row;
  GtkSwitch           *favourite_switch;
  AdwPreferencesGroup *past_group;
  GtkCheckButton      *past_check;
  GtkButton           *delete_button;

  AdwActionRow        *rows[HEARTH_FOOD_N_FIELDS];
  GtkWidget           *entries[HEARTH_FOOD_N_FIELDS];
  GtkLabel            *units[HEARTH_FOOD_N_FIELDS];

  HearthStore         *store;
  HearthFood          *food;   /* being edited, or NULL */
  HearthEnergyUnit     energy_unit;   /* of Preferences, when opened */
  char                *energy_shown;  /* the food's energy as first shown, or NULL */
};

G_DEFINE_FINAL_TYPE (HearthFoodDialog, hearth_food_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FOOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

HearthFoodDialog *
hearth_food_dialog_new (HearthStore *store,
                        HearthFood  *food)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (food == NULL || HEARTH_IS_FOOD (food), NULL);

  return g_object_new (HEARTH_TYPE_FOOD_DIALOG, "store", store, "food", food, NULL);
}

GtkEditable *
_hearth_food_dialog_get_entry (HearthFoodDialog *self,
                               HearthFoodField   field)
{
  g_assert (field < HEARTH_FOOD_N_FIELDS);
  return GTK_EDITABLE (self->entries[field]);
}

const char *
_hearth_food_dialog_get_error (HearthFoodDialog *self,
                               HearthFoodField   field)
{
  g_assert (field < HEARTH_FOOD_N_FIELDS);
  return gtk_widget_has_css_class (GTK_WIDGET (self->rows[field]), "field-error")
         ? adw_action_row_get_subtitle (self->rows[field]) : "";
}

const char *
_hearth_food_dialog_get_unit (HearthFoodDialog *self,
                              HearthFoodField   field)
{
  g_assert (field < HEARTH_FOOD_N_FIELDS);
  return self->units[field] != NULL ? gtk_label_get_label (self->units[field]) : "";
}

void
_hearth_food_dialog_set_per (HearthFoodDialog *self,
                             HearthAmountUnit  per_unit)
{
  adw_combo_row_set_selected (self->per_row, per_unit);
}

void
_hearth_food_dialog_set_favourite (HearthFoodDialog *self,
                                   gboolean          favourite)
{
  gtk_switch_set_active (self->favourite_switch, favourite);
}

void
_hearth_food_dialog_set_update_past (HearthFoodDialog *self,
                                     gboolean          update)
{
  gtk_check_button_set_active (self->past_check, update);
}

GtkButton *
_hearth_food_dialog_get_delete_button (HearthFoodDialog *self)
{
  return self->delete_button;
}

static HearthAmountUnit
get_per (HearthFoodDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->per_row);

  return selected <= HEARTH_AMOUNT_UNIT_SERVING ? (HearthAmountUnit) selected : HEARTH_AMOUNT_UNIT_GRAM;
}

static void
show_field_error (HearthFoodDialog *self,
                  HearthFoodField   field,
                  const char       *message)
{
  hearth_gui_set_row_error (self->rows[field], self->entries[field], message);
  gtk_widget_grab_focus (self->entries[field]);
}

static void
clear_errors (HearthFoodDialog *self)
{
  for (guint f = 0; f < HEARTH_FOOD_N_FIELDS; f++)
    hearth_gui_set_row_error (self->rows[f], self->entries[f], NULL);
  gtk_label_set_text (self->general_error, "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  /* The subtitles that are not errors. */
  adw_action_row_set_subtitle (self->rows[HEARTH_FOOD_FIELD_SERVING_NAME], _("optional, such as “1 egg”"));
}

static void
show_general_error (HearthFoodDialog *self,
                    const char       *message)
{
  gtk_label_set_text (self->general_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
}

static void
on_entry_changed_cb (HearthFoodDialog *self,
                     GtkEditable      *editable)
{
  /* Typing in a field clears that field's message only. */
  for (guint f = 0; f < HEARTH_FOOD_N_FIELDS; f++)
    if (GTK_EDITABLE (self->entries[f]) == editable)
      hearth_gui_set_row_error (self->rows[f], self->entries[f], NULL);
}

/* "per 100 g" after each value's unit follows what the values are for. */
static void
on_per_selected_cb (HearthFoodDialog *self,
                    GParamSpec       *pspec,
                    AdwComboRow      *row)
{
  static const char *descriptions[] = {
    N_("Per 100 g; leave unknown values empty"),
    N_("Per 100 ml; leave unknown values empty"),
    N_("Per serving; leave unknown values empty"),
  };

  adw_preferences_group_set_description (self->nutrition_group, _(descriptions[get_per (self)]));
}

static AdwActionRow *
add_entry_row (HearthFoodDialog    *self,
               AdwPreferencesGroup *group,
               HearthFoodField      field,
               const char          *title,
               const char          *unit,
               gboolean             number)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  if (number)
    {
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
    }
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_entry_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), entry);
  if (unit != NULL)
    {
      GtkWidget *label = gtk_label_new (unit);

      gtk_label_set_width_chars (GTK_LABEL (label), 4);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      self->units[field] = GTK_LABEL (label);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  adw_preferences_group_add (group, row);
  self->rows[field] = ADW_ACTION_ROW (row);
  self->entries[field] = entry;
  return ADW_ACTION_ROW (row);
}

static void
build_fields (HearthFoodDialog *self)
{
  self->rows[HEARTH_FOOD_FIELD_NAME] = self->name_row;
  self->entries[HEARTH_FOOD_FIELD_NAME] = GTK_WIDGET (self->name_entry);

  self->energy_unit = hearth_diet_get_energy_unit ();
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_ENERGY, _("Energy"),
                 hearth_units_energy_symbol (self->energy_unit), TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_PROTEIN, _("Protein"), "g", TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_CARBOHYDRATE, _("Carbohydrate"), "g", TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_SUGARS, _("of which sugars"), "g", TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_FAT, _("Fat"), "g", TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_SATURATED_FAT, _("of which saturated"), "g", TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_FIBRE, _("Fibre"), "g", TRUE);
  add_entry_row (self, self->nutrition_group, HEARTH_FOOD_FIELD_SODIUM, _("Sodium"), "mg", TRUE);
  add_entry_row (self, self->serving_group, HEARTH_FOOD_FIELD_SERVING_SIZE, _("Serving size"), "g / ml", TRUE);
  add_entry_row (self, self->serving_group, HEARTH_FOOD_FIELD_SERVING_NAME, _("Serving name"), NULL, FALSE);
  /* The favourite switch after the serving's fields. */
  adw_preferences_group_remove (self->serving_group, GTK_WIDGET (self->favourite_row));
  adw_preferences_group_add (self->serving_group, GTK_WIDGET (self->favourite_row));
}

static void
fill_from_food (HearthFoodDialog *self)
{
  const HearthNutrients *values = hearth_food_get_nutrients (self->food);

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), hearth_food_get_name (self->food));
  _hearth_food_dialog_set_per (self, hearth_food_get_per_unit (self->food));
  for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
    {
      double value = hearth_nutrients_get (values, n);
      g_autofree char *text = isnan (value) ? g_strdup ("") : hearth_diet_format_number (value);

      /* Energy in the unit of Preferences (kJ whole: saved unchanged, the
       * stored kcal stay as they are). */
      if (n == HEARTH_NUTRIENT_ENERGY && self->energy_unit == HEARTH_ENERGY_UNIT_KJ)
        {
          g_free (text);
          text = hearth_diet_format_energy (value, self->energy_unit);
        }
      /* Whole precision: the stored value, not a rounded one. */
      else if (!isnan (value) && fabs (value * 10 - round (value * 10)) > 1e-9)
        {
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];

          g_free (text);
          text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
          if (hearth_units_get_decimal_mark () == ',')
            g_strdelimit (text, ".", ',');
        }
      gtk_editable_set_text (GTK_EDITABLE (self->entries[HEARTH_FOOD_FIELD_ENERGY + n]), text);
      if (n == HEARTH_NUTRIENT_ENERGY)
        {
          g_free (self->energy_shown);
          self->energy_shown = g_steal_pointer (&text);
        }
    }
  if (!isnan (hearth_food_get_serving_size (self->food)))
    {
      g_autofree char *size = hearth_diet_format_number (hearth_food_get_serving_size (self->food));

      gtk_editable_set_text (GTK_EDITABLE (self->entries[HEARTH_FOOD_FIELD_SERVING_SIZE]), size);
    }
  if (hearth_food_get_serving_name (self->food) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entries[HEARTH_FOOD_FIELD_SERVING_NAME]),
                           hearth_food_get_serving_name (self->food));
  gtk_switch_set_active (self->favourite_switch, hearth_food_get_favourite (self->food));
}

static gboolean
parse_field (HearthFoodDialog *self,
             HearthFoodField   field,
             gboolean          optional,
             const char       *empty_message,
             double           *value)
{
  g_autoptr(GError) error = NULL;

  if (!hearth_diet_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->entries[field])),
                                 optional, empty_message, value, &error))
    {
      show_field_error (self, field, error->message);
      return FALSE;
    }
  return TRUE;
}

/* The energy field's text as kcal: the food's own value when the text is
 * the one shown for it (no rounding through kJ), else as typed in the
 * unit of Preferences. */
static gboolean
parse_energy (HearthFoodDialog  *self,
              const char        *text,
              double            *kcal,
              GError           **error)
{
  if (self->food != NULL && self->energy_shown != NULL && g_strcmp0 (text, self->energy_shown) == 0)
    {
      *kcal = hearth_food_get_nutrients (self->food)->energy_kcal;
      return TRUE;
    }
  return hearth_diet_parse_energy (text, self->energy_unit,
                                   self->energy_unit == HEARTH_ENERGY_UNIT_KJ ? _("Enter the energy in kJ")
                                                                              : _("Enter the energy in kcal"),
                                   kcal, error);
}

/* The core's energy range, said in kJ. */
static char *
energy_limit_in_kj (HearthFoodDialog *self)
{
  if (get_per (self) == HEARTH_AMOUNT_UNIT_SERVING)
    {
      g_autofree char *limit = hearth_units_format_energy (HEARTH_FOOD_MAX_KCAL_PER_SERVING, HEARTH_ENERGY_UNIT_KJ);

      /* Translators: %s is the most energy a serving can have, "20920 kJ" */
      return g_strdup_printf (_("Energy must be between 0 and %s per serving"), limit);
    }
  else
    {
      g_autofree char *limit = hearth_units_format_energy (HEARTH_FOOD_MAX_KCAL_PER_100, HEARTH_ENERGY_UNIT_KJ);

      /* Translators: %s is the most energy 100 g or ml can have, "3766 kJ" */
      return g_strdup_printf (_("Energy must be between 0 and %s per 100 g or ml"), limit);
    }
}

static void
show_error (HearthFoodDialog *self,
            const GError     *error)
{
  if (error->domain == HEARTH_DIET_ERROR)
    {
      switch ((HearthDietError) error->code)
        {
        case HEARTH_DIET_ERROR_FOOD:
          show_field_error (self, HEARTH_FOOD_FIELD_NAME, error->message);
          return;
        case HEARTH_DIET_ERROR_SERVING:
          show_field_error (self, HEARTH_FOOD_FIELD_SERVING_SIZE, error->message);
          return;
        case HEARTH_DIET_ERROR_NUTRIENT:
          {
            HearthFoodField field = HEARTH_FOOD_FIELD_ENERGY;

            /* The first value the core refuses on its own. */
            for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
              {
                g_autoptr(HearthFood) probe = hearth_food_new ("probe", get_per (self));
                g_autoptr(GError) ignored = NULL;
                const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[HEARTH_FOOD_FIELD_ENERGY + n]));
                double value = NAN;

                if (n == HEARTH_NUTRIENT_ENERGY ? !parse_energy (self, text, &value, NULL)
                                                : !hearth_diet_parse_number (text, TRUE, "", &value, NULL))
                  continue;
                hearth_food_set_nutrient (probe, HEARTH_NUTRIENT_ENERGY, n == 0 ? value : 0);
                if (n > 0)
                  hearth_food_set_nutrient (probe, n, value);
                if (!hearth_food_validate (probe, &ignored))
                  {
                    field = HEARTH_FOOD_FIELD_ENERGY + n;
                    break;
                  }
              }
            if (field == HEARTH_FOOD_FIELD_ENERGY && self->energy_unit == HEARTH_ENERGY_UNIT_KJ)
              {
                g_autofree char *message = energy_limit_in_kj (self);

                show_field_error (self, field, message);
              }
            else
              show_field_error (self, field, error->message);
            return;
          }
        case HEARTH_DIET_ERROR_AMOUNT:
        case HEARTH_DIET_ERROR_MEAL_TYPE:
        case HEARTH_DIET_ERROR_TIME:
        case HEARTH_DIET_ERROR_PORTIONS:
        case HEARTH_DIET_ERROR_COOKED_WEIGHT:
        default:
          break;
        }
    }
  if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS))
    {
      show_field_error (self, HEARTH_FOOD_FIELD_NAME, error->message);
      return;
    }
  show_general_error (self, error->message);
}

gboolean
_hearth_food_dialog_save (HearthFoodDialog *self)
{
  g_autoptr(HearthFood) food = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serving_name = NULL;
  double values[HEARTH_N_NUTRIENTS];
  double serving = NAN;
  gboolean ok;

  g_assert (HEARTH_IS_FOOD_DIALOG (self));

  clear_errors (self);
  {
    g_autoptr(GError) energy_error = NULL;

    if (!parse_energy (self, gtk_editable_get_text (GTK_EDITABLE (self->entries[HEARTH_FOOD_FIELD_ENERGY])),
                       &values[HEARTH_NUTRIENT_ENERGY], &energy_error))
      {
        show_field_error (self, HEARTH_FOOD_FIELD_ENERGY, energy_error->message);
        return FALSE;
      }
  }
  for (guint n = HEARTH_NUTRIENT_ENERGY + 1; n < HEARTH_N_NUTRIENTS; n++)
    if (!parse_field (self, HEARTH_FOOD_FIELD_ENERGY + n, TRUE, "", &values[n]))
      return FALSE;
  if (!parse_field (self, HEARTH_FOOD_FIELD_SERVING_SIZE, TRUE, "", &serving))
    return FALSE;

  if (self->food != NULL)
    {
      /* A copy: the one shown elsewhere changes only once stored. */
      food = hearth_store_get_food (self->store, hearth_food_get_uuid (self->food), &error);
      if (food == NULL)
        {
          show_error (self, error);
          return FALSE;
        }
      hearth_food_set_name (food, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
      hearth_food_set_per_unit (food, get_per (self));
    }
  else
    food = hearth_food_new (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), get_per (self));
  for (guint n = 0; n < HEARTH_N_NUTRIENTS; n++)
    hearth_food_set_nutrient (food, n, values[n]);
  hearth_food_set_serving_size (food, serving);
  serving_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entries[HEARTH_FOOD_FIELD_SERVING_NAME]))));
  hearth_food_set_serving_name (food, serving_name[0] != '\0' ? serving_name : NULL);
  hearth_food_set_favourite (food, gtk_switch_get_active (self->favourite_switch));

  if (!hearth_food_validate (food, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  ok = self->food != NULL ? hearth_store_update_food (self->store, food, &error)
                          : hearth_store_add_food (self->store, food, &error);
  if (ok && self->food != NULL && gtk_check_button_get_active (self->past_check))
    ok = hearth_store_update_past_meals (self->store, hearth_food_get_uuid (food), NULL, &error);
  if (!ok)
    {
      show_error (self, error);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Soft delete: past meals keep their items; the Foods window offers Undo. */
static void
on_delete_button_clicked_cb (HearthFoodDialog *self,
                             GtkButton        *button)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (hearth_food_get_uuid (self->food));
  g_autofree char *name = g_strdup (hearth_food_get_name (self->food));

  if (!hearth_store_delete_food (self->store, uuid, &error))
    {
      show_general_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_DELETED], 0, uuid, name);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_save_button_clicked_cb (HearthFoodDialog *self,
                           GtkButton        *button)
{
  _hearth_food_dialog_save (self);
}

static void
hearth_food_dialog_constructed (GObject *object)
{
  HearthFoodDialog *self = HEARTH_FOOD_DIALOG (object);

  G_OBJECT_CLASS (hearth_food_dialog_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  if (self->food != NULL)
    {
      /* As stored now: the object handed in may be an older snapshot. */
      g_autoptr(HearthFood) current = hearth_store_get_food (self->store, hearth_food_get_uuid (self->food), NULL);

      if (current != NULL)
        g_set_object (&self->food, current);
      fill_from_food (self);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Food"));
      gtk_label_set_text_with_mnemonic (self->save_label, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->past_group), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
    }
  on_per_selected_cb (self, NULL, self->per_row);
  clear_errors (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static void
hearth_food_dialog_map (GtkWidget *widget)
{
  HearthFoodDialog *self = HEARTH_FOOD_DIALOG (widget);

  GTK_WIDGET_CLASS (hearth_food_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
hearth_food_dialog_dispose (GObject *object)
{
  HearthFoodDialog *self = HEARTH_FOOD_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->food);
  g_clear_pointer (&self->energy_shown, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FOOD_DIALOG);

  G_OBJECT_CLASS (hearth_food_dialog_parent_class)->dispose (object);
}

static void
hearth_food_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthFoodDialog *self = HEARTH_FOOD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FOOD:
      g_value_set_object (value, self->food);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_food_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthFoodDialog *self = HEARTH_FOOD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_FOOD:
      self->food = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_food_dialog_class_init (HearthFoodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_food_dialog_constructed;
  object_class->dispose = hearth_food_dialog_dispose;
  object_class->get_property = hearth_food_dialog_get_property;
  object_class->set_property = hearth_food_dialog_set_property;
  widget_class->map = hearth_food_dialog_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOOD] =
    g_param_spec_object ("food", NULL, NULL, HEARTH_TYPE_FOOD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-food-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, save_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, food_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, per_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, nutrition_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, serving_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, favourite_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, favourite_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, past_group);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, past_check);
  gtk_widget_class_bind_template_child (widget_class, HearthFoodDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_button_clicked_cb);

  /**
   * HearthFoodDialog::deleted:
   * @food_uuid: the food deleted (soft: hearth_store_undelete_food() brings it back)
   * @name: its name
   */
  signals[SIGNAL_DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_per_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_food_dialog_init (HearthFoodDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_fields (self);
  hearth_gui_drop_row_focus_stops (GTK_WIDGET (self));
}
