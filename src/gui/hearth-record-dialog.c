/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-record-dialog-private.h"

struct _HearthRecordDialog
{
  AdwWindow       parent_instance;

  HearthStore    *store;
  HearthProfile  *profile;

  GtkButton      *save_button;
  GtkLabel       *general_error;
  GtkListBox     *conditions_list;
  GtkListBox     *family_list;
  AdwComboRow    *relative_row;
  AdwComboRow    *blood_row;
  GtkTextView    *notes_view;

  AdwEntryRow    *condition_row;
  AdwEntryRow    *since_row;
  AdwEntryRow    *family_condition_row;
  AdwEntryRow    *contact_name_row;
  AdwEntryRow    *contact_phone_row;
  AdwEntryRow    *contact_relation_row;
  AdwEntryRow    *allergies_row;

  GtkLabel       *condition_error;
  GtkLabel       *since_error;
  GtkLabel       *family_error;
  GtkLabel       *contact_name_error;
  GtkLabel       *contact_phone_error;
  GtkLabel       *contact_relation_error;
  GtkLabel       *notes_error;
};

G_DEFINE_FINAL_TYPE (HearthRecordDialog, hearth_record_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HearthRecordDialog *
hearth_record_dialog_new (HearthStore   *store,
                          HearthProfile *profile)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);

  return g_object_new (HEARTH_TYPE_RECORD_DIALOG,
                       "store", store,
                       "profile", profile,
                       NULL);
}

/* Errors ------------------------------------------------------------------ */

static GtkLabel *
get_error_label (HearthRecordDialog *self,
                 HearthRecordField   field)
{
  switch (field)
    {
    case HEARTH_RECORD_FIELD_CONDITION: return self->condition_error;
    case HEARTH_RECORD_FIELD_SINCE: return self->since_error;
    case HEARTH_RECORD_FIELD_FAMILY: return self->family_error;
    case HEARTH_RECORD_FIELD_CONTACT_NAME: return self->contact_name_error;
    case HEARTH_RECORD_FIELD_CONTACT_PHONE: return self->contact_phone_error;
    case HEARTH_RECORD_FIELD_CONTACT_RELATION: return self->contact_relation_error;
    case HEARTH_RECORD_FIELD_NOTES: return self->notes_error;
    case HEARTH_RECORD_FIELD_ALLERGIES: return NULL;
    case HEARTH_RECORD_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
get_field_widget (HearthRecordDialog *self,
                  HearthRecordField   field)
{
  if (field == HEARTH_RECORD_FIELD_NOTES)
    return GTK_WIDGET (self->notes_view);
  return GTK_WIDGET (_hearth_record_dialog_get_entry (self, field));
}

static void
clear_errors (HearthRecordDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
  for (guint i = 0; i < HEARTH_RECORD_N_FIELDS; i++)
    if (get_error_label (self, i) != NULL)
      gtk_widget_set_visible (GTK_WIDGET (get_error_label (self, i)), FALSE);
}

/* The message under the field, which takes the focus; what was typed stays. */
static void
show_field_error (HearthRecordDialog *self,
                  HearthRecordField   field,
                  const char         *message)
{
  GtkLabel *label = get_error_label (self, field);

  gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  gtk_widget_grab_focus (get_field_widget (self, field));
}

static void
show_general_error (HearthRecordDialog *self,
                    const char         *message)
{
  gtk_label_set_text (self->general_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
}

/* Lists ------------------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
on_remove_condition_clicked_cb (HearthRecordDialog *self,
                                GtkButton          *button)
{
  g_autoptr(GError) error = NULL;
  const char *condition = g_object_get_data (G_OBJECT (button), "condition");

  if (!hearth_store_remove_condition (self->store, hearth_profile_get_uuid (self->profile),
                                      condition, &error))
    show_general_error (self, error->message);
}

static void
on_remove_family_clicked_cb (HearthRecordDialog *self,
                             GtkButton          *button)
{
  g_autoptr(GError) error = NULL;
  const char *condition = g_object_get_data (G_OBJECT (button), "condition");
  HearthRelative relative = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "relative"));

  if (!hearth_store_remove_family_condition (self->store, hearth_profile_get_uuid (self->profile),
                                             condition, relative, &error))
    show_general_error (self, error->message);
}

static GtkWidget *
make_item_row (HearthRecordDialog *self,
               const char         *title,
               const char         *subtitle,
               const char         *condition,
               int                 relative,
               GCallback           on_remove)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove %s"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (remove), "condition", g_strdup (condition), g_free);
  g_object_set_data (G_OBJECT (remove), "relative", GINT_TO_POINTER (relative));
  g_signal_connect_object (remove, "clicked", on_remove, self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
fill_lists (HearthRecordDialog       *self,
            const HearthHealthRecord *record)
{
  clear_list (self->conditions_list);
  clear_list (self->family_list);

  for (guint i = 0; i < record->conditions->len; i++)
    {
      HearthCondition *c = g_ptr_array_index (record->conditions, i);
      g_autofree char *since = hearth_record_day_format (c->since_day);
      g_autofree char *subtitle = since != NULL ? g_strdup_printf (_("Since %s"), since)
                                                : g_strdup (_("Since: not recorded"));

      gtk_list_box_append (self->conditions_list,
                           make_item_row (self, hearth_condition_get_label (c->condition), subtitle,
                                          c->condition, -1, G_CALLBACK (on_remove_condition_clicked_cb)));
    }
  for (guint i = 0; i < record->family->len; i++)
    {
      HearthFamilyCondition *c = g_ptr_array_index (record->family, i);
      gtk_list_box_append (self->family_list,
                           make_item_row (self, hearth_condition_get_label (c->condition),
                                          hearth_relative_get_label (c->relative), c->condition,
                                          c->relative, G_CALLBACK (on_remove_family_clicked_cb)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->conditions_list), record->conditions->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->family_list), record->family->len > 0);
}

static void
reload_lists (HearthRecordDialog *self)
{
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  record = hearth_store_get_health_record (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (record == NULL)
    {
      show_general_error (self, error->message);
      return;
    }
  fill_lists (self, record);
}

static void
on_store_profiles_changed_cb (HearthRecordDialog *self,
                              HearthStore        *store)
{
  reload_lists (self);
}

/* Saving ------------------------------------------------------------------ */

typedef struct
{
  const char            *profile_uuid;
  HearthCondition       *condition;   /* NULL: none typed */
  HearthFamilyCondition *family;      /* NULL: none typed */
  HearthHealthRecord    *details;
  GStrv                  allergies;   /* NULL: unchanged */
  HearthRecordField      stage;       /* what was being written */
} SaveContext;

static gboolean
write_record_cb (HearthStore  *store,
                 gpointer      user_data,
                 GError      **error)
{
  SaveContext *ctx = user_data;

  ctx->stage = HEARTH_RECORD_FIELD_CONDITION;
  if (ctx->condition != NULL && !hearth_store_set_condition (store, ctx->profile_uuid, ctx->condition, error))
    return FALSE;
  ctx->stage = HEARTH_RECORD_FIELD_FAMILY;
  if (ctx->family != NULL && !hearth_store_add_family_condition (store, ctx->profile_uuid, ctx->family, error))
    return FALSE;
  ctx->stage = HEARTH_RECORD_FIELD_NOTES;
  if (!hearth_store_set_record_details (store, ctx->details, error))
    return FALSE;
  /* Allergies are the profile's list (the member form edits them too). */
  if (ctx->allergies != NULL)
    {
      g_autoptr(HearthProfile) profile = hearth_store_get_profile (store, ctx->profile_uuid, error);

      ctx->stage = HEARTH_RECORD_N_FIELDS;
      if (profile == NULL)
        return FALSE;
      hearth_profile_set_allergies (profile, (const char * const *) ctx->allergies);
      if (!hearth_store_update_profile (store, profile, error))
        return FALSE;
    }
  return TRUE;
}

static HearthRecordField
field_of_error (const GError *error,
                HearthRecordField stage)
{
  if (error->domain == HEARTH_RECORD_ERROR)
    {
      switch ((HearthRecordError) error->code)
        {
        case HEARTH_RECORD_ERROR_SINCE: return HEARTH_RECORD_FIELD_SINCE;
        case HEARTH_RECORD_ERROR_CONDITION:
        case HEARTH_RECORD_ERROR_NOTE:
          return stage == HEARTH_RECORD_FIELD_FAMILY ? HEARTH_RECORD_FIELD_FAMILY : HEARTH_RECORD_FIELD_CONDITION;
        case HEARTH_RECORD_ERROR_RELATIVE: return HEARTH_RECORD_FIELD_FAMILY;
        case HEARTH_RECORD_ERROR_CONTACT_NAME: return HEARTH_RECORD_FIELD_CONTACT_NAME;
        case HEARTH_RECORD_ERROR_CONTACT_PHONE: return HEARTH_RECORD_FIELD_CONTACT_PHONE;
        case HEARTH_RECORD_ERROR_CONTACT_RELATION: return HEARTH_RECORD_FIELD_CONTACT_RELATION;
        case HEARTH_RECORD_ERROR_NOTES: return HEARTH_RECORD_FIELD_NOTES;
        case HEARTH_RECORD_ERROR_BLOOD_TYPE:
        default:
          return HEARTH_RECORD_N_FIELDS;
        }
    }
  if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS) &&
      stage == HEARTH_RECORD_FIELD_FAMILY)
    return HEARTH_RECORD_FIELD_FAMILY;
  return HEARTH_RECORD_N_FIELDS;
}

static char *
get_entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

gboolean
_hearth_record_dialog_save (HearthRecordDialog *self)
{
  g_autoptr(HearthHealthRecord) details = hearth_health_record_new (hearth_profile_get_uuid (self->profile));
  g_autoptr(HearthCondition) condition = NULL;
  g_autoptr(HearthFamilyCondition) family = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *condition_text = get_entry_text (self->condition_row);
  g_autofree char *since_text = get_entry_text (self->since_row);
  g_autofree char *family_text = get_entry_text (self->family_condition_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  SaveContext ctx = { 0 };
  gint64 since_day = HEARTH_RECORD_NO_DAY;
  guint blood = adw_combo_row_get_selected (self->blood_row);
  guint relative = adw_combo_row_get_selected (self->relative_row);
  gboolean ok;

  clear_errors (self);

  if (since_text[0] != '\0' && !hearth_record_day_parse (since_text, &since_day))
    {
      show_field_error (self, HEARTH_RECORD_FIELD_SINCE,
                        _("Enter the date as year-month-day, such as 2015-03-01."));
      return FALSE;
    }
  if (since_text[0] != '\0' && condition_text[0] == '\0')
    {
      show_field_error (self, HEARTH_RECORD_FIELD_CONDITION,
                        _("Enter the condition this date belongs to."));
      return FALSE;
    }
  if (condition_text[0] != '\0')
    {
      condition = hearth_condition_new (condition_text);
      condition->since_day = since_day;
    }
  if (family_text[0] != '\0')
    family = hearth_family_condition_new (family_text,
                                          relative <= HEARTH_RELATIVE_LAST ? (HearthRelative) relative
                                                                           : HEARTH_RELATIVE_OTHER);

  details->blood_type = blood <= HEARTH_BLOOD_TYPE_LAST ? (HearthBloodType) blood : HEARTH_BLOOD_TYPE_UNKNOWN;
  details->contact_name = get_entry_text (self->contact_name_row);
  details->contact_phone = get_entry_text (self->contact_phone_row);
  details->contact_relation = get_entry_text (self->contact_relation_row);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  details->notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  {
    g_auto(GStrv) allergies = hearth_gui_split_list (gtk_editable_get_text (GTK_EDITABLE (self->allergies_row)));
    g_auto(GStrv) old = g_strdupv ((char **) hearth_profile_get_allergies (self->profile));

    if (!g_strv_equal ((const char * const *) allergies, (const char * const *) old))
      ctx.allergies = g_steal_pointer (&allergies);
  }
  ctx.profile_uuid = hearth_profile_get_uuid (self->profile);
  ctx.condition = condition;
  ctx.family = family;
  ctx.details = details;
  ok = hearth_store_write (self->store, write_record_cb, &ctx, &error);
  g_clear_pointer (&ctx.allergies, g_strfreev);
  if (!ok)
    {
      HearthRecordField field = field_of_error (error, ctx.stage);

      if (field == HEARTH_RECORD_N_FIELDS)
        show_general_error (self, error->message);
      else
        show_field_error (self, field, error->message);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_button_clicked_cb (HearthRecordDialog *self,
                           GtkButton          *button)
{
  _hearth_record_dialog_save (self);
}

/* GObject ----------------------------------------------------------------- */

static void
hearth_record_dialog_constructed (GObject *object)
{
  HearthRecordDialog *self = HEARTH_RECORD_DIALOG (object);
  g_autoptr(GtkStringList) relatives = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) blood_types = gtk_string_list_new (NULL);
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (hearth_record_dialog_parent_class)->constructed (object);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  for (guint i = 0; i <= HEARTH_RELATIVE_LAST; i++)
    gtk_string_list_append (relatives, hearth_relative_get_label (i));
  adw_combo_row_set_model (self->relative_row, G_LIST_MODEL (relatives));
  gtk_string_list_append (blood_types, _("Not known"));
  for (guint i = 1; i <= HEARTH_BLOOD_TYPE_LAST; i++)
    gtk_string_list_append (blood_types, hearth_blood_type_to_string (i));
  adw_combo_row_set_model (self->blood_row, G_LIST_MODEL (blood_types));

  /* TRANSLATORS: the window title; %s is the member's name */
  title = g_strdup_printf (_("Health Record of %s"), hearth_profile_get_name (self->profile));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));

  record = hearth_store_get_health_record (self->store, hearth_profile_get_uuid (self->profile), &error);
  if (record == NULL)
    {
      show_general_error (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
    }
  else
    {
      adw_combo_row_set_selected (self->blood_row, record->blood_type);
      gtk_editable_set_text (GTK_EDITABLE (self->contact_name_row), record->contact_name ? record->contact_name : "");
      gtk_editable_set_text (GTK_EDITABLE (self->contact_phone_row), record->contact_phone ? record->contact_phone : "");
      gtk_editable_set_text (GTK_EDITABLE (self->contact_relation_row),
                             record->contact_relation ? record->contact_relation : "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), record->notes ? record->notes : "", -1);
      fill_lists (self, record);
    }
  {
    g_autofree char *allergies = hearth_gui_join_list (hearth_profile_get_allergies (self->profile));

    gtk_editable_set_text (GTK_EDITABLE (self->allergies_row), allergies ? allergies : "");
  }

  g_signal_connect_object (self->store, "profiles-changed",
                           G_CALLBACK (on_store_profiles_changed_cb), self, G_CONNECT_SWAPPED);
  /* Opens on the condition, ready to type. */
  gtk_widget_grab_focus (GTK_WIDGET (self->condition_row));
}

static void
hearth_record_dialog_dispose (GObject *object)
{
  HearthRecordDialog *self = HEARTH_RECORD_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_RECORD_DIALOG);

  G_OBJECT_CLASS (hearth_record_dialog_parent_class)->dispose (object);
}

static void
hearth_record_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthRecordDialog *self = HEARTH_RECORD_DIALOG (object);

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
hearth_record_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthRecordDialog *self = HEARTH_RECORD_DIALOG (object);

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
hearth_record_dialog_class_init (HearthRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_record_dialog_constructed;
  object_class->dispose = hearth_record_dialog_dispose;
  object_class->get_property = hearth_record_dialog_get_property;
  object_class->set_property = hearth_record_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         HEARTH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, general_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, conditions_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, family_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, relative_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, blood_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, condition_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, since_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, family_condition_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, contact_phone_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, contact_relation_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, allergies_row);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, condition_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, since_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, family_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, contact_name_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, contact_phone_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, contact_relation_error);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordDialog, notes_error);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_record_dialog_init (HearthRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkEditable *
_hearth_record_dialog_get_entry (HearthRecordDialog *self,
                                 HearthRecordField   field)
{
  switch (field)
    {
    case HEARTH_RECORD_FIELD_CONDITION: return GTK_EDITABLE (self->condition_row);
    case HEARTH_RECORD_FIELD_SINCE: return GTK_EDITABLE (self->since_row);
    case HEARTH_RECORD_FIELD_FAMILY: return GTK_EDITABLE (self->family_condition_row);
    case HEARTH_RECORD_FIELD_CONTACT_NAME: return GTK_EDITABLE (self->contact_name_row);
    case HEARTH_RECORD_FIELD_CONTACT_PHONE: return GTK_EDITABLE (self->contact_phone_row);
    case HEARTH_RECORD_FIELD_CONTACT_RELATION: return GTK_EDITABLE (self->contact_relation_row);
    case HEARTH_RECORD_FIELD_ALLERGIES: return GTK_EDITABLE (self->allergies_row);
    case HEARTH_RECORD_FIELD_NOTES:
    case HEARTH_RECORD_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

GtkLabel *
_hearth_record_dialog_get_error (HearthRecordDialog *self,
                                 HearthRecordField   field)
{
  return get_error_label (self, field);
}

AdwComboRow *
_hearth_record_dialog_get_blood_row (HearthRecordDialog *self)
{
  return self->blood_row;
}

AdwComboRow *
_hearth_record_dialog_get_relative_row (HearthRecordDialog *self)
{
  return self->relative_row;
}

GtkTextView *
_hearth_record_dialog_get_notes_view (HearthRecordDialog *self)
{
  return self->notes_view;
}

GtkListBox *
_hearth_record_dialog_get_conditions_list (HearthRecordDialog *self)
{
  return self->conditions_list;
}

GtkListBox *
_hearth_record_dialog_get_family_list (HearthRecordDialog *self)
{
  return self->family_list;
}
