/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-core.h"
#include "hearth-gui-util.h"
#include "hearth-preferences-window.h"
#include "hearth-privacy-page.h"

struct _HearthPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *weight_row;
  AdwComboRow          *length_row;
  AdwComboRow          *pressure_row;
  AdwComboRow          *glucose_row;
  AdwComboRow          *temperature_row;
  AdwComboRow          *energy_row;
  AdwComboRow          *guideline_row;
  AdwActionRow         *home_row;
  GtkSwitch            *home_switch;
  AdwComboRow          *bmi_row;
  AdwComboRow          *glucose_guideline_row;
};

G_DEFINE_FINAL_TYPE (HearthPreferencesWindow, hearth_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Setting values in combo order: the core's stable identifiers, filled in
 * class_init so GUI, CLI and settings agree (HACKING.md). */
static const char *weight_ids[4];
static const char *length_ids[3];
static const char *pressure_ids[3];
static const char *glucose_ids[3];
static const char *temperature_ids[3];
static const char *energy_ids[3];
static const char *guideline_ids[5];
static const char *bmi_ids[3];
static const char *glucose_guideline_ids[3];

HearthPreferencesWindow *
hearth_preferences_window_new (void)
{
  return g_object_new (HEARTH_TYPE_PREFERENCES_WINDOW, NULL);
}

void
hearth_preferences_window_set_store (HearthPreferencesWindow *self,
                                     HearthStore             *store)
{
  g_return_if_fail (HEARTH_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (HEARTH_IS_STORE (store));

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (hearth_privacy_page_new (store)));
}

static gboolean
id_to_index (GValue   *value,
             GVariant *variant,
             gpointer  user_data)
{
  const char * const *ids = user_data;
  const char *s = g_variant_get_string (variant, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], s))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
index_to_id (const GValue       *value,
             const GVariantType *expected_type,
             gpointer            user_data)
{
  const char * const *ids = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((GStrv) ids))
    return NULL;

  return g_variant_new_string (ids[index]);
}

static void
bind_combo (HearthPreferencesWindow *self,
            const char              *key,
            AdwComboRow             *row,
            const char             **ids)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                id_to_index, index_to_id,
                                (gpointer) ids, NULL);
}

static void
update_guideline_rows (HearthPreferencesWindow *self)
{
  HearthBpGuideline guideline = hearth_gui_settings_get_bp_guideline (self->settings);
  const char *name = hearth_bp_guideline_get_name (guideline);
  g_autofree char *subtitle = NULL;

  /* Translators: %s is a guideline, "ACC/AHA 2017" */
  subtitle = g_strdup_printf (_("Blood pressure categories follow %s"), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->guideline_row), subtitle);

  /* Every guideline Hearth offers has home thresholds (ESC 2024 too):
   * the switch always applies. */
  adw_action_row_set_subtitle (self->home_row,
                               _("Readings taken at home have lower thresholds than readings at a clinic"));
}

static void
on_settings_changed_cb (HearthPreferencesWindow *self,
                        const char              *key,
                        GSettings               *settings)
{
  if (g_str_equal (key, "bp-guideline"))
    update_guideline_rows (self);
}

static GListModel *
create_names_model (const char * (*get_name) (int),
                    guint        n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, get_name (i));

  return G_LIST_MODEL (list);
}

static const char *
guideline_name (int i)
{
  return hearth_bp_guideline_get_name ((HearthBpGuideline) i);
}

static const char *
bmi_name (int i)
{
  return hearth_bmi_cutoffs_get_name ((HearthBmiCutoffs) i);
}

static const char *
glucose_guideline_name (int i)
{
  return hearth_glucose_guideline_get_name ((HearthGlucoseGuideline) i);
}

static void
hearth_preferences_window_dispose (GObject *object)
{
  HearthPreferencesWindow *self = HEARTH_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (hearth_preferences_window_parent_class)->dispose (object);
}

static void
hearth_preferences_window_class_init (HearthPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_preferences_window_dispose;

  for (guint i = 0; i < 3; i++)
    weight_ids[i] = hearth_weight_unit_to_string ((HearthWeightUnit) i);
  for (guint i = 0; i < 2; i++)
    {
      length_ids[i] = hearth_length_unit_to_string ((HearthLengthUnit) i);
      pressure_ids[i] = hearth_pressure_unit_to_string ((HearthPressureUnit) i);
      glucose_ids[i] = hearth_glucose_unit_to_string ((HearthGlucoseUnit) i);
      temperature_ids[i] = hearth_temperature_unit_to_string ((HearthTemperatureUnit) i);
      energy_ids[i] = hearth_energy_unit_to_string ((HearthEnergyUnit) i);
      bmi_ids[i] = hearth_bmi_cutoffs_to_string ((HearthBmiCutoffs) i);
      glucose_guideline_ids[i] = hearth_glucose_guideline_to_string ((HearthGlucoseGuideline) i);
    }
  for (guint i = 0; i < 4; i++)
    guideline_ids[i] = hearth_bp_guideline_to_string ((HearthBpGuideline) i);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, weight_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, length_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, pressure_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, glucose_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, temperature_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, energy_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, guideline_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, home_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, home_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, bmi_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, glucose_guideline_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_preferences_window_init (HearthPreferencesWindow *self)
{
  g_autoptr(GListModel) guidelines = NULL;
  g_autoptr(GListModel) cutoffs = NULL;
  g_autoptr(GListModel) glucose_guidelines = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* One Tab stop for the home-thresholds choice: its switch (clicking
   * the row still flips it). */
  gtk_widget_set_focusable (GTK_WIDGET (self->home_row), FALSE);
  /* It opens on its first choice, not on the page switcher (with the
   * Privacy page there are two pages to switch between). */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->weight_row));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = hearth_gui_settings_new ();

  guidelines = create_names_model (guideline_name, 4);
  adw_combo_row_set_model (self->guideline_row, guidelines);
  cutoffs = create_names_model (bmi_name, 2);
  adw_combo_row_set_model (self->bmi_row, cutoffs);
  glucose_guidelines = create_names_model (glucose_guideline_name, 2);
  adw_combo_row_set_model (self->glucose_guideline_row, glucose_guidelines);

  bind_combo (self, "weight-unit", self->weight_row, weight_ids);
  bind_combo (self, "length-unit", self->length_row, length_ids);
  bind_combo (self, "pressure-unit", self->pressure_row, pressure_ids);
  bind_combo (self, "glucose-unit", self->glucose_row, glucose_ids);
  bind_combo (self, "temperature-unit", self->temperature_row, temperature_ids);
  bind_combo (self, "energy-unit", self->energy_row, energy_ids);
  bind_combo (self, "bp-guideline", self->guideline_row, guideline_ids);
  bind_combo (self, "bmi-cutoffs", self->bmi_row, bmi_ids);
  bind_combo (self, "glucose-guideline", self->glucose_guideline_row, glucose_guideline_ids);
  g_settings_bind (self->settings, "bp-home-thresholds", self->home_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_guideline_rows (self);
}
