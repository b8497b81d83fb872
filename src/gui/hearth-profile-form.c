/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-profile-form"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-profile-form-private.h"

struct _HearthProfileForm
{
  AdwBin          parent_instance;

  GSettings      *settings;
  char           *color;
  char           *shown_height;  /* the height text as filled in, or NULL */
  double          shown_cm;      /* the stored height it shows */
  gboolean        compact;
  gboolean        filling;

  GtkLabel       *general_error;
  AdwEntryRow    *name_row;
  GtkLabel       *name_error;
  AdwActionRow   *birth_row;
  GtkEntry       *birth_year_entry;
  AdwComboRow    *birth_month_row;
  AdwActionRow   *birth_day_row;
  GtkEntry       *birth_day_entry;
  AdwComboRow    *sex_row;
  AdwComboRow    *main_goal_row;
  AdwActionRow   *height_row;
  GtkEntry       *height_entry;
  GtkLabel       *height_unit;
  GtkWidget      *health_group;
  GtkCheckButton *hypertension_check;
  GtkCheckButton *diabetes_check;
  GtkCheckButton *heart_check;
  GtkCheckButton *pregnancy_check;
  GtkCheckButton *kidney_check;
  AdwEntryRow    *allergies_row;
  GtkWidget      *color_group;
  GtkBox         *color_box;
};

G_DEFINE_FINAL_TYPE (HearthProfileForm, hearth_profile_form, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The main goal combo lists HearthMainGoal in its order, "Not set" first. */
G_STATIC_ASSERT (HEARTH_MAIN_GOAL_NONE == 0 && HEARTH_MAIN_GOAL_LAST == 5);

/* Sex combo order: Female, Male, Other, Prefer not to say. */
static const HearthSex sex_by_index[] = {
  HEARTH_SEX_FEMALE, HEARTH_SEX_MALE, HEARTH_SEX_OTHER, HEARTH_SEX_UNSET,
};

typedef struct
{
  const char *id;
  gsize       offset;
} ConditionCheck;

static const ConditionCheck condition_checks[] = {
  { HEARTH_CONDITION_HYPERTENSION, G_STRUCT_OFFSET (HearthProfileForm, hypertension_check) },
  { HEARTH_CONDITION_DIABETES, G_STRUCT_OFFSET (HearthProfileForm, diabetes_check) },
  { HEARTH_CONDITION_HEART_DISEASE, G_STRUCT_OFFSET (HearthProfileForm, heart_check) },
  { HEARTH_CONDITION_PREGNANCY, G_STRUCT_OFFSET (HearthProfileForm, pregnancy_check) },
  { HEARTH_CONDITION_KIDNEY_DISEASE, G_STRUCT_OFFSET (HearthProfileForm, kidney_check) },
};

#define CONDITION_CHECK(self, i) \
  (*(GtkCheckButton **) G_STRUCT_MEMBER_P ((self), condition_checks[i].offset))

const char * const *
hearth_profile_form_get_preset_colors (guint *n_colors)
{
  if (n_colors != NULL)
    *n_colors = g_strv_length ((GStrv) hearth_gui_member_colors);
  return hearth_gui_member_colors;
}

GtkWidget *
hearth_profile_form_new (void)
{
  return g_object_new (HEARTH_TYPE_PROFILE_FORM, NULL);
}

gboolean
hearth_profile_form_get_compact (HearthProfileForm *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE_FORM (self), FALSE);

  return self->compact;
}

void
hearth_profile_form_set_compact (HearthProfileForm *self,
                                 gboolean           compact)
{
  g_return_if_fail (HEARTH_IS_PROFILE_FORM (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  /* Height is asked with the first weight (the reading dialog). */
  gtk_widget_set_visible (GTK_WIDGET (self->height_row), !compact);
  gtk_widget_set_visible (GTK_WIDGET (self->birth_month_row), !compact);
  gtk_widget_set_visible (GTK_WIDGET (self->birth_day_row), !compact);
  gtk_widget_set_visible (self->health_group, !compact);
  gtk_widget_set_visible (self->color_group, !compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

static void
sync_color_buttons (HearthProfileForm *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->color_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *color = g_object_get_data (G_OBJECT (child), "color");
      gboolean active = g_ascii_strcasecmp (color, self->color != NULL ? self->color : "") == 0;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), active);
      gtk_button_set_icon_name (GTK_BUTTON (child), active ? "object-select-symbolic" : "");
    }
}

void
hearth_profile_form_set_color (HearthProfileForm *self,
                               const char        *color)
{
  g_return_if_fail (HEARTH_IS_PROFILE_FORM (self));

  if (hearth_set_str (&self->color, color))
    sync_color_buttons (self);
}

static void
on_color_button_toggled_cb (HearthProfileForm *self,
                            GtkToggleButton   *button)
{
  if (self->filling || !gtk_toggle_button_get_active (button))
    return;

  hearth_profile_form_set_color (self, g_object_get_data (G_OBJECT (button), "color"));
}

static void
set_label_error (GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

void
hearth_profile_form_clear_errors (HearthProfileForm *self)
{
  g_return_if_fail (HEARTH_IS_PROFILE_FORM (self));

  set_label_error (self->general_error, NULL);
  set_label_error (self->name_error, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  hearth_gui_set_row_error (self->birth_row, GTK_WIDGET (self->birth_year_entry), NULL);
  hearth_gui_set_row_error (self->birth_day_row, GTK_WIDGET (self->birth_day_entry), NULL);
  hearth_gui_set_row_error (self->height_row, GTK_WIDGET (self->height_entry), NULL);
}

static void
on_field_changed_cb (HearthProfileForm *self,
                     GtkEditable       *editable)
{
  if (self->filling)
    return;

  /* Only the field being fixed loses its message. */
  if (editable == GTK_EDITABLE (self->name_row))
    {
      set_label_error (self->name_error, NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
    }
  else if (editable == GTK_EDITABLE (self->birth_year_entry))
    hearth_gui_set_row_error (self->birth_row, GTK_WIDGET (self->birth_year_entry), NULL);
  else if (editable == GTK_EDITABLE (self->birth_day_entry))
    hearth_gui_set_row_error (self->birth_day_row, GTK_WIDGET (self->birth_day_entry), NULL);
  else if (editable == GTK_EDITABLE (self->height_entry))
    hearth_gui_set_row_error (self->height_row, GTK_WIDGET (self->height_entry), NULL);
}

static void
update_height_unit (HearthProfileForm *self)
{
  HearthLengthUnit unit = hearth_gui_settings_get_length_unit (self->settings);

  if (unit == HEARTH_LENGTH_UNIT_FT_IN)
    {
      gtk_label_set_text (self->height_unit, _("ft in"));
      gtk_entry_set_placeholder_text (self->height_entry, _("e.g. 5 9"));
    }
  else
    {
      gtk_label_set_text (self->height_unit, _("cm"));
      gtk_entry_set_placeholder_text (self->height_entry, _("optional"));
    }
}

void
hearth_profile_form_set_profile (HearthProfileForm *self,
                                 HearthProfile     *profile)
{
  g_autofree char *height = NULL;
  g_autofree char *allergies = NULL;
  g_autofree char *year = NULL;
  g_autofree char *day = NULL;
  HearthSex sex = HEARTH_SEX_UNSET;
  HearthMainGoal goal = HEARTH_MAIN_GOAL_NONE;

  g_return_if_fail (HEARTH_IS_PROFILE_FORM (self));
  g_return_if_fail (!profile || HEARTH_IS_PROFILE (profile));

  hearth_profile_form_clear_errors (self);
  self->filling = TRUE;

  if (profile != NULL)
    {
      HearthLengthUnit unit = hearth_gui_settings_get_length_unit (self->settings);
      double cm = hearth_profile_get_height_cm (profile);

      if (hearth_profile_get_birth_year (profile) > 0)
        year = g_strdup_printf ("%u", hearth_profile_get_birth_year (profile));
      if (hearth_profile_get_birth_day (profile) > 0)
        day = g_strdup_printf ("%u", hearth_profile_get_birth_day (profile));
      if (cm > 0)
        {
          g_autofree char *formatted = hearth_units_format_length (cm, unit);

          /* The field takes the number(s) without the unit symbols. */
          if (unit == HEARTH_LENGTH_UNIT_CM)
            {
              char buf[G_ASCII_DTOSTR_BUF_SIZE];

              height = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.0f", cm));
            }
          else
            height = g_steal_pointer (&formatted);
        }
      allergies = hearth_gui_join_list (hearth_profile_get_allergies (profile));
      sex = hearth_profile_get_sex (profile);
      goal = hearth_profile_get_main_goal (profile);

      gtk_editable_set_text (GTK_EDITABLE (self->name_row), hearth_profile_get_name (profile));
      adw_combo_row_set_selected (self->birth_month_row, hearth_profile_get_birth_month (profile));
      for (guint i = 0; i < G_N_ELEMENTS (condition_checks); i++)
        gtk_check_button_set_active (CONDITION_CHECK (self, i),
                                     hearth_profile_has_condition (profile, condition_checks[i].id));
      hearth_set_str (&self->color, hearth_profile_get_color (profile));
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
      adw_combo_row_set_selected (self->birth_month_row, 0);
      for (guint i = 0; i < G_N_ELEMENTS (condition_checks); i++)
        gtk_check_button_set_active (CONDITION_CHECK (self, i), FALSE);
      hearth_set_str (&self->color, hearth_gui_member_colors[0]);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->birth_year_entry), year ? year : "");
  gtk_editable_set_text (GTK_EDITABLE (self->birth_day_entry), day ? day : "");
  gtk_editable_set_text (GTK_EDITABLE (self->height_entry), height ? height : "");
  /* Saved untouched, the height stays what is stored (the text is rounded):
   * no new measurement (schema 12). */
  g_clear_pointer (&self->shown_height, g_free);
  self->shown_cm = 0;
  if (profile != NULL && height != NULL)
    {
      self->shown_height = g_strdup (height);
      self->shown_cm = hearth_profile_get_height_cm (profile);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->allergies_row), allergies ? allergies : "");

  for (guint i = 0; i < G_N_ELEMENTS (sex_by_index); i++)
    if (sex_by_index[i] == sex)
      adw_combo_row_set_selected (self->sex_row, i);
  adw_combo_row_set_selected (self->main_goal_row, goal);

  sync_color_buttons (self);
  self->filling = FALSE;
}

static gboolean
parse_uint_field (GtkEntry *entry,
                  guint    *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *copy = g_strstrip (g_strdup (text));
  guint64 v = 0;

  if (*copy == '\0')
    {
      *value = 0;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (copy, 10, 1, 9999, &v, NULL))
    return FALSE;

  *value = (guint) v;
  return TRUE;
}

gboolean
hearth_profile_form_apply (HearthProfileForm *self,
                           HearthProfile     *profile,
                           GDateTime         *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) conditions = g_strv_builder_new ();
  g_auto(GStrv) condition_list = NULL;
  g_auto(GStrv) allergies = NULL;
  g_autofree char *name = NULL;
  const char *height_text;
  guint year = 0, month = 0, day = 0;
  double cm = 0;
  guint sex_index;
  guint goal_index;

  g_return_val_if_fail (HEARTH_IS_PROFILE_FORM (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);

  hearth_profile_form_clear_errors (self);

  if (!parse_uint_field (self->birth_year_entry, &year))
    {
      hearth_gui_set_row_error (self->birth_row, GTK_WIDGET (self->birth_year_entry),
                                _("Enter the year of birth as four digits, like 1980."));
      return FALSE;
    }

  if (!self->compact)
    {
      month = adw_combo_row_get_selected (self->birth_month_row);
      if (month == GTK_INVALID_LIST_POSITION)
        month = 0;
      if (!parse_uint_field (self->birth_day_entry, &day) || day > 31)
        {
          hearth_gui_set_row_error (self->birth_day_row, GTK_WIDGET (self->birth_day_entry),
                                    _("Enter a day of the month, 1 to 31, or leave it empty."));
          return FALSE;
        }
      if (day > 0 && month == 0)
        {
          hearth_gui_set_row_error (self->birth_day_row, GTK_WIDGET (self->birth_day_entry),
                                    _("Choose the month too, or leave the day empty."));
          return FALSE;
        }
    }
  else
    {
      month = hearth_profile_get_birth_month (profile);
      day = hearth_profile_get_birth_day (profile);
    }

  if (year == 0)
    month = day = 0;

  /* Compact, the height is not asked: the member's stays. */
  height_text = self->compact ? "" : gtk_editable_get_text (GTK_EDITABLE (self->height_entry));
  if (self->compact)
    cm = hearth_profile_get_height_cm (profile);
  else if (self->shown_height != NULL && g_str_equal (height_text, self->shown_height))
    cm = self->shown_cm;
  else if (*height_text != '\0')
    {
      g_autoptr(GError) parse_error = NULL;

      if (!hearth_units_parse_length (height_text,
                                      hearth_gui_settings_get_length_unit (self->settings),
                                      &cm, &parse_error))
        {
          hearth_gui_set_row_error (self->height_row, GTK_WIDGET (self->height_entry),
                                    parse_error->message);
          return FALSE;
        }
    }

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  hearth_profile_set_name (profile, name);
  hearth_profile_set_birth (profile, year, month, day);
  sex_index = adw_combo_row_get_selected (self->sex_row);
  hearth_profile_set_sex (profile, sex_index < G_N_ELEMENTS (sex_by_index)
                                   ? sex_by_index[sex_index] : HEARTH_SEX_UNSET);
  hearth_profile_set_height_cm (profile, cm);
  goal_index = adw_combo_row_get_selected (self->main_goal_row);
  hearth_profile_set_main_goal (profile, goal_index <= HEARTH_MAIN_GOAL_LAST
                                         ? (HearthMainGoal) goal_index : HEARTH_MAIN_GOAL_NONE);

  if (!self->compact)
    {
      const char * const *old = hearth_profile_get_conditions (profile);

      for (guint i = 0; i < G_N_ELEMENTS (condition_checks); i++)
        if (gtk_check_button_get_active (CONDITION_CHECK (self, i)))
          g_strv_builder_add (conditions, condition_checks[i].id);

      /* Keep free-text conditions from elsewhere (the CLI). */
      for (guint i = 0; old != NULL && old[i] != NULL; i++)
        {
          gboolean known = FALSE;

          for (guint j = 0; j < G_N_ELEMENTS (condition_checks); j++)
            known |= g_str_equal (old[i], condition_checks[j].id);
          if (!known)
            g_strv_builder_add (conditions, old[i]);
        }

      condition_list = g_strv_builder_end (conditions);
      allergies = hearth_gui_split_list (gtk_editable_get_text (GTK_EDITABLE (self->allergies_row)));
      hearth_profile_set_conditions (profile, (const char * const *) condition_list);
      hearth_profile_set_allergies (profile, (const char * const *) allergies);
    }

  if (self->color != NULL)
    hearth_profile_set_color (profile, self->color);

  if (!hearth_profile_validate (profile, now, &error))
    {
      hearth_profile_form_show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

void
hearth_profile_form_show_error (HearthProfileForm *self,
                                const GError      *error)
{
  g_return_if_fail (HEARTH_IS_PROFILE_FORM (self));
  g_return_if_fail (error != NULL);

  if (error->domain == HEARTH_VALIDATION_ERROR)
    {
      switch ((HearthValidationError) error->code)
        {
        case HEARTH_VALIDATION_ERROR_NAME:
          set_label_error (self->name_error, error->message);
          gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
          gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
          return;

        case HEARTH_VALIDATION_ERROR_BIRTH:
          hearth_gui_set_row_error (self->birth_row, GTK_WIDGET (self->birth_year_entry),
                                    error->message);
          return;

        case HEARTH_VALIDATION_ERROR_HEIGHT:
          hearth_gui_set_row_error (self->height_row, GTK_WIDGET (self->height_entry),
                                    error->message);
          return;

        case HEARTH_VALIDATION_ERROR_SYSTOLIC:
        case HEARTH_VALIDATION_ERROR_DIASTOLIC:
        case HEARTH_VALIDATION_ERROR_PULSE:
        case HEARTH_VALIDATION_ERROR_WEIGHT:
        case HEARTH_VALIDATION_ERROR_BODY_FAT:
        case HEARTH_VALIDATION_ERROR_TIME:
        case HEARTH_VALIDATION_ERROR_GLUCOSE:
        case HEARTH_VALIDATION_ERROR_HEART_RATE:
        case HEARTH_VALIDATION_ERROR_SPO2:
        case HEARTH_VALIDATION_ERROR_TEMPERATURE:
        case HEARTH_VALIDATION_ERROR_WAIST:
        case HEARTH_VALIDATION_ERROR_SLEEP:
        case HEARTH_VALIDATION_ERROR_QUALITY:
        case HEARTH_VALIDATION_ERROR_STEPS:
        default:
          break;
        }
    }
  else if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS))
    {
      set_label_error (self->name_error, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      return;
    }

  set_label_error (self->general_error, error->message);
}

static void
on_settings_changed_cb (HearthProfileForm *self,
                        const char        *key,
                        GSettings         *settings)
{
  if (g_strcmp0 (key, "length-unit") == 0)
    update_height_unit (self);
}

static void
create_color_buttons (HearthProfileForm *self)
{
  GtkToggleButton *group = NULL;

  for (guint i = 0; hearth_gui_member_colors[i] != NULL; i++)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
      g_autofree char *css = g_strdup_printf ("button.color-swatch { background-color: %s; }",
                                              hearth_gui_member_colors[i]);
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_widget_add_css_class (button, "color-swatch");
      gtk_widget_add_css_class (button, "circular");
      g_object_set_data (G_OBJECT (button), "color", (gpointer) hearth_gui_member_colors[i]);
      gtk_css_provider_load_from_data (provider, css, -1);
      gtk_style_context_add_provider (gtk_widget_get_style_context (button),
                                      GTK_STYLE_PROVIDER (provider),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      gtk_widget_set_tooltip_text (button, hearth_gui_member_colors[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, hearth_gui_member_colors[i],
                                      -1);
      if (group == NULL)
        group = GTK_TOGGLE_BUTTON (button);
      else
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      g_signal_connect_object (button, "toggled",
                               G_CALLBACK (on_color_button_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->color_box, button);
    }
}

static void
hearth_profile_form_dispose (GObject *object)
{
  HearthProfileForm *self = HEARTH_PROFILE_FORM (object);

  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PROFILE_FORM);

  G_OBJECT_CLASS (hearth_profile_form_parent_class)->dispose (object);
}

static void
hearth_profile_form_finalize (GObject *object)
{
  HearthProfileForm *self = HEARTH_PROFILE_FORM (object);

  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->shown_height, g_free);

  G_OBJECT_CLASS (hearth_profile_form_parent_class)->finalize (object);
}

static void
hearth_profile_form_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthProfileForm *self = HEARTH_PROFILE_FORM (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_profile_form_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthProfileForm *self = HEARTH_PROFILE_FORM (object);

  switch (prop_id)
    {
    case PROP_COMPACT:
      hearth_profile_form_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_profile_form_class_init (HearthProfileFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_profile_form_dispose;
  object_class->finalize = hearth_profile_form_finalize;
  object_class->get_property = hearth_profile_form_get_property;
  object_class->set_property = hearth_profile_form_set_property;

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-profile-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, name_error);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, birth_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, birth_year_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, birth_month_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, birth_day_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, birth_day_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, sex_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, main_goal_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, height_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, height_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, height_unit);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, health_group);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, hypertension_check);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, diabetes_check);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, heart_check);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, pregnancy_check);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, kidney_check);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, allergies_row);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, color_group);
  gtk_widget_class_bind_template_child (widget_class, HearthProfileForm, color_box);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
}

void
hearth_profile_form_focus_first (HearthProfileForm *self)
{
  g_return_if_fail (HEARTH_IS_PROFILE_FORM (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* Return on a combo row itself (not in its open list) saves, like every
 * other field's Return; Space opens the list. */
static gboolean
on_combo_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         gpointer               user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      !gtk_widget_has_focus (row))
    return GDK_EVENT_PROPAGATE;

  return gtk_widget_activate_action (row, "default.activate", NULL) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static void
make_return_save (GtkWidget *row)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_combo_key_pressed_cb), NULL);
  gtk_widget_add_controller (row, keys);
}

static void
hearth_profile_form_init (HearthProfileForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_gui_drop_row_focus_stops (GTK_WIDGET (self));
  make_return_save (GTK_WIDGET (self->birth_month_row));
  make_return_save (GTK_WIDGET (self->sex_row));
  make_return_save (GTK_WIDGET (self->main_goal_row));

  self->settings = hearth_gui_settings_new ();
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);

  create_color_buttons (self);
  update_height_unit (self);
  hearth_profile_form_set_profile (self, NULL);
}

GtkEditable *
_hearth_profile_form_get_name_editable (HearthProfileForm *self)
{
  return GTK_EDITABLE (self->name_row);
}

GtkLabel *
_hearth_profile_form_get_name_error (HearthProfileForm *self)
{
  return self->name_error;
}

GtkEditable *
_hearth_profile_form_get_birth_year (HearthProfileForm *self)
{
  return GTK_EDITABLE (self->birth_year_entry);
}

AdwActionRow *
_hearth_profile_form_get_birth_row (HearthProfileForm *self)
{
  return self->birth_row;
}

AdwComboRow *
_hearth_profile_form_get_sex_row (HearthProfileForm *self)
{
  return self->sex_row;
}

AdwComboRow *
_hearth_profile_form_get_main_goal_row (HearthProfileForm *self)
{
  return self->main_goal_row;
}

GtkEditable *
_hearth_profile_form_get_height (HearthProfileForm *self)
{
  return GTK_EDITABLE (self->height_entry);
}

AdwActionRow *
_hearth_profile_form_get_height_row (HearthProfileForm *self)
{
  return self->height_row;
}
