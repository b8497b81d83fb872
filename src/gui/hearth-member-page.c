/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-member-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-member-page-private.h"
#include "hearth-reading-dialog.h"

struct _HearthMemberPage
{
  AdwBin         parent_instance;

  HearthStore   *store;
  HearthProfile *profile;
  GSettings     *settings;
  GListModel    *history;
  GtkWindow     *last_dialog;  /* weak */

  AdwBin        *badge_bin;
  GtkLabel      *name_label;
  GtkLabel      *details_label;
  GtkWidget     *severe_banner;
  GtkWidget     *bp_card;
  GtkLabel      *bp_value;
  GtkLabel      *bp_class;
  GtkLabel      *bp_when;
  GtkWidget     *weight_card;
  GtkLabel      *weight_value;
  GtkLabel      *bmi_label;
  GtkLabel      *weight_when;
  GtkStack      *history_stack;
  GtkListBox    *history_list;
};

G_DEFINE_FINAL_TYPE (HearthMemberPage, hearth_member_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (HearthMemberPage *self);

GtkWidget *
hearth_member_page_new (void)
{
  return g_object_new (HEARTH_TYPE_MEMBER_PAGE, NULL);
}

HearthStore *
hearth_member_page_get_store (HearthMemberPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MEMBER_PAGE (self), NULL);

  return self->store;
}

static void
on_store_readings_changed_cb (HearthMemberPage *self,
                              const char       *profile_uuid,
                              HearthStore      *store)
{
  if (self->profile == NULL)
    return;

  if (profile_uuid == NULL || g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0)
    refresh (self);
}

void
hearth_member_page_set_store (HearthMemberPage *self,
                              HearthStore      *store)
{
  g_return_if_fail (HEARTH_IS_MEMBER_PAGE (self));
  g_return_if_fail (!store || HEARTH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_readings_changed_cb, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "readings-changed",
                             G_CALLBACK (on_store_readings_changed_cb),
                             self, G_CONNECT_SWAPPED);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

HearthProfile *
hearth_member_page_get_profile (HearthMemberPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MEMBER_PAGE (self), NULL);

  return self->profile;
}

void
hearth_member_page_set_profile (HearthMemberPage *self,
                                HearthProfile    *profile)
{
  g_return_if_fail (HEARTH_IS_MEMBER_PAGE (self));
  g_return_if_fail (!profile || HEARTH_IS_PROFILE (profile));

  /* Refresh even for the same object: it may have been edited. */
  if (g_set_object (&self->profile, profile))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);

  refresh (self);
}

static const char *
sex_get_label (HearthSex sex)
{
  switch (sex)
    {
    case HEARTH_SEX_FEMALE:
      return _("Female");
    case HEARTH_SEX_MALE:
      return _("Male");
    case HEARTH_SEX_OTHER:
      return _("Other");
    case HEARTH_SEX_UNSET:
    default:
      return NULL;
    }
}

static void
refresh_header (HearthMemberPage *self,
                GDateTime        *now)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *age = hearth_gui_format_age (self->profile, now);
  g_autofree char *height = NULL;
  g_autofree char *details = NULL;
  const char *sex = sex_get_label (hearth_profile_get_sex (self->profile));
  double cm = hearth_profile_get_height_cm (self->profile);

  if (age != NULL)
    g_strv_builder_add (builder, age);
  if (sex != NULL)
    g_strv_builder_add (builder, sex);
  if (cm > 0)
    {
      height = hearth_units_format_length (cm, hearth_gui_settings_get_length_unit (self->settings));
      g_strv_builder_add (builder, height);
    }
  parts = g_strv_builder_end (builder);
  /* Translators: separates facts about a member, "Age 44 · Female · 172 cm" */
  details = g_strjoinv (_(" · "), parts);

  gtk_label_set_text (self->name_label, hearth_profile_get_name (self->profile));
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), parts[0] != NULL);

  adw_bin_set_child (self->badge_bin, hearth_gui_member_badge_new (self->profile, 48));
}

static gboolean
refresh_bp_card (HearthMemberPage *self,
                 GDateTime        *now)
{
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *klass_text = NULL;
  g_autofree char *describe = NULL;
  g_autofree char *when = NULL;
  HearthBpClass klass;

  reading = hearth_store_get_latest_reading (self->store, hearth_profile_get_uuid (self->profile),
                                             HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  if (error != NULL)
    g_warning ("Could not read the latest blood pressure: %s", error->message);

  gtk_widget_remove_css_class (self->bp_card, "severe");

  if (reading == NULL)
    {
      gtk_label_set_text (self->bp_value, "—");
      gtk_label_set_text (self->bp_class, _("No blood pressure logged yet"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->bp_class), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->bp_when), FALSE);
      return FALSE;
    }

  value = hearth_gui_format_bp (hearth_reading_get_systolic (reading),
                                hearth_reading_get_diastolic (reading),
                                hearth_gui_settings_get_pressure_unit (self->settings));
  hearth_gui_classify_bp (self->settings, reading, &klass);
  klass_text = hearth_gui_format_bp_class (&klass);
  describe = hearth_bp_class_describe (&klass);
  if (klass.low)
    {
      g_autofree char *limit = hearth_gui_format_bp (90, 60, hearth_gui_settings_get_pressure_unit (self->settings));
      /* Translators: added under a blood pressure category; %s is "90/60 mmHg" in the user's unit */
      g_autofree char *low = g_strdup_printf (_("Below %s, commonly flagged as low"), limit);
      g_autofree char *with_low = g_strdup_printf ("%s\n%s", klass_text, low);

      g_free (klass_text);
      klass_text = g_steal_pointer (&with_low);
    }
  when = hearth_gui_format_when (hearth_reading_get_taken_at (reading), now);

  gtk_label_set_text (self->bp_value, value);
  gtk_label_set_text (self->bp_class, klass_text);
  gtk_label_set_text (self->bp_when, when);
  gtk_widget_set_visible (GTK_WIDGET (self->bp_when), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->bp_class), describe);

  if (klass.severe)
    gtk_widget_add_css_class (self->bp_card, "severe");

  return klass.severe;
}

static void
refresh_weight_card (HearthMemberPage *self,
                     GDateTime        *now)
{
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *bmi_text = NULL;
  g_autofree char *when = NULL;
  double cm;

  reading = hearth_store_get_latest_reading (self->store, hearth_profile_get_uuid (self->profile),
                                             HEARTH_READING_KIND_WEIGHT, &error);
  if (error != NULL)
    g_warning ("Could not read the latest weight: %s", error->message);

  if (reading == NULL)
    {
      gtk_label_set_text (self->weight_value, "—");
      gtk_label_set_text (self->bmi_label, _("No weight logged yet"));
      gtk_widget_set_visible (GTK_WIDGET (self->weight_when), FALSE);
      return;
    }

  value = hearth_units_format_weight (hearth_reading_get_kg (reading),
                                      hearth_gui_settings_get_weight_unit (self->settings));
  cm = hearth_profile_get_height_cm (self->profile);

  if (cm <= 0)
    bmi_text = g_strdup (_("Add a height to see BMI"));
  else
    {
      HearthBmiCutoffs cutoffs = hearth_gui_settings_get_bmi_cutoffs (self->settings);
      HearthBmiClass klass;
      char bmi[G_ASCII_DTOSTR_BUF_SIZE];

      if (!hearth_classify_bmi (cutoffs, hearth_reading_get_kg (reading), cm,
                                hearth_profile_get_age (self->profile, now), &klass))
        bmi_text = g_strdup (_("Add a height to see BMI"));
      else
        {
          g_ascii_formatd (bmi, sizeof bmi, "%.1f", klass.bmi);
          if (klass.none)
            /* Translators: "BMI 17.2 · No adult category under 18" */
            bmi_text = g_strdup_printf (_("BMI %s · %s"), bmi, klass.label);
          else
            /* Translators: "BMI 24.3 · Normal weight · WHO" */
            bmi_text = g_strdup_printf (_("BMI %s · %s · %s"), bmi, klass.label,
                                        hearth_bmi_cutoffs_get_name (cutoffs));
        }
    }

  when = hearth_gui_format_when (hearth_reading_get_taken_at (reading), now);

  gtk_label_set_text (self->weight_value, value);
  gtk_label_set_text (self->bmi_label, bmi_text);
  gtk_label_set_text (self->weight_when, when);
  gtk_widget_set_visible (GTK_WIDGET (self->weight_when), TRUE);
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  HearthMemberPage *self = user_data;
  HearthReading *reading = item;
  HearthReadingKind kind = hearth_reading_get_kind (reading);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autofree char *values = hearth_gui_format_reading_values (reading, self->settings);
  g_autofree char *when = hearth_gui_format_when (hearth_reading_get_taken_at (reading), now);
  g_autofree char *subtitle = NULL;
  const char *note = hearth_reading_get_note (reading);
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *button;

  if (note != NULL && *note != '\0')
    /* Translators: when, then the reading's note */
    subtitle = g_strdup_printf (_("%s · %s"), when, note);
  else
    subtitle = g_strdup (when);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), values);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  /* Kinds without a form in the dialog are listed, not edited, for now. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), hearth_gui_reading_kind_is_editable (kind));
  gtk_widget_set_tooltip_text (row, hearth_reading_kind_get_name (kind));

  icon = gtk_image_new_from_icon_name (hearth_gui_reading_kind_icon_name (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, hearth_reading_kind_get_name (kind),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (kind == HEARTH_READING_KIND_BLOOD_PRESSURE)
    {
      HearthBpClass klass;

      hearth_gui_classify_bp (self->settings, reading, &klass);
      if (klass.severe)
        gtk_widget_add_css_class (icon, "severe-icon");
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Reading"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "member.delete-reading");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (hearth_reading_get_uuid (reading)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
refresh_history (HearthMemberPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->history);

  if (self->store != NULL && self->profile != NULL)
    {
      self->history = hearth_store_list_readings (self->store, hearth_profile_get_uuid (self->profile),
                                                  -1, NULL, NULL, &error);
      if (self->history == NULL)
        g_warning ("Could not list readings: %s", error->message);
    }

  if (self->history == NULL)
    self->history = G_LIST_MODEL (g_list_store_new (HEARTH_TYPE_READING));

  gtk_list_box_bind_model (self->history_list, self->history, create_history_row, self, NULL);
  gtk_stack_set_visible_child_name (self->history_stack,
                                    g_list_model_get_n_items (self->history) > 0 ? "list" : "empty");
}

static void
refresh (HearthMemberPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  gboolean severe = FALSE;

  if (self->store == NULL || self->profile == NULL)
    {
      gtk_widget_set_visible (self->severe_banner, FALSE);
      refresh_history (self);
      return;
    }

  now = hearth_clock_now (hearth_store_get_clock (self->store));

  refresh_header (self, now);
  severe = refresh_bp_card (self, now);
  refresh_weight_card (self, now);
  gtk_widget_set_visible (self->severe_banner, severe);
  refresh_history (self);
}

static void
on_settings_changed_cb (HearthMemberPage *self,
                        const char       *key,
                        GSettings        *settings)
{
  if (g_str_has_prefix (key, "window-") || g_str_equal (key, "last-profile"))
    return;

  refresh (self);
}

static void
show_reading_dialog (HearthMemberPage *self,
                     HearthReading    *reading)
{
  HearthReadingDialog *dialog = hearth_reading_dialog_new (self->store, self->profile, reading);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (root)));
    }
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_set_weak_pointer (&self->last_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_history_list_row_activated_cb (HearthMemberPage *self,
                                  GtkListBoxRow    *row,
                                  GtkListBox       *list)
{
  g_autoptr(HearthReading) reading = NULL;

  reading = g_list_model_get_item (self->history, gtk_list_box_row_get_index (row));
  if (reading != NULL && hearth_gui_reading_kind_is_editable (hearth_reading_get_kind (reading)))
    show_reading_dialog (self, reading);
}

static void
delete_reading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  if (self->store == NULL)
    return;

  if (!hearth_store_delete_reading (self->store, uuid, &error))
    toast = adw_toast_new (error->message);
  else
    {
      toast = adw_toast_new (_("Reading deleted"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undelete-reading");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uuid));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
hearth_member_page_dispose (GObject *object)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (object);

  if (self->history_list != NULL)
    gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);

  g_clear_weak_pointer (&self->last_dialog);
  g_clear_object (&self->history);
  g_clear_object (&self->profile);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_MEMBER_PAGE);

  G_OBJECT_CLASS (hearth_member_page_parent_class)->dispose (object);
}

static void
hearth_member_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (object);

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
hearth_member_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthMemberPage *self = HEARTH_MEMBER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hearth_member_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PROFILE:
      hearth_member_page_set_profile (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_member_page_class_init (HearthMemberPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_member_page_dispose;
  object_class->get_property = hearth_member_page_get_property;
  object_class->set_property = hearth_member_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         HEARTH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-member-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, badge_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, severe_banner);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, bp_card);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, bp_value);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, bp_class);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, bp_when);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, weight_card);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, weight_value);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, bmi_label);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, weight_when);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, history_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthMemberPage, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_history_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "member.delete-reading", "s", delete_reading_action);
}

static void
hearth_member_page_init (HearthMemberPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkListBox *
_hearth_member_page_get_history_list (HearthMemberPage *self)
{
  return self->history_list;
}

GListModel *
_hearth_member_page_get_history_model (HearthMemberPage *self)
{
  return self->history;
}

GtkLabel *
_hearth_member_page_get_bp_value (HearthMemberPage *self)
{
  return self->bp_value;
}

GtkLabel *
_hearth_member_page_get_bp_class (HearthMemberPage *self)
{
  return self->bp_class;
}

GtkLabel *
_hearth_member_page_get_bmi_label (HearthMemberPage *self)
{
  return self->bmi_label;
}

GtkWidget *
_hearth_member_page_get_severe_banner (HearthMemberPage *self)
{
  return self->severe_banner;
}

GtkWindow *
_hearth_member_page_get_last_dialog (HearthMemberPage *self)
{
  return self->last_dialog;
}
