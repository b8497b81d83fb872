/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-family-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-family-page-private.h"
#include "hearth-gui-util.h"
#include "hearth-summary.h"

/* PRODUCT.md: after 7 days without a blood pressure reading, a friendly
 * reminder for members who track it (here: with hypertension). */
#define BP_OVERDUE_DAYS 7

struct _HearthFamilyPage
{
  AdwBin       parent_instance;

  HearthStore *store;
  GSettings   *settings;

  GtkStack    *stack;
  GtkLabel    *summary_label;
  GtkListBox  *list;
};

G_DEFINE_FINAL_TYPE (HearthFamilyPage, hearth_family_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
hearth_family_page_new (void)
{
  return g_object_new (HEARTH_TYPE_FAMILY_PAGE, NULL);
}

HearthStore *
hearth_family_page_get_store (HearthFamilyPage *self)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_PAGE (self), NULL);

  return self->store;
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return label;
}

/* "Blood pressure 128/82 mmHg · Today, 08:15", then its category. */
static GtkWidget *
add_latest (HearthFamilyPage  *self,
            GtkBox            *box,
            HearthProfile     *profile,
            HearthKindSummary *summary,
            GDateTime         *now,
            HearthGuiAlert    *alert)
{
  const char *name = hearth_reading_kind_get_name (summary->kind);
  g_autofree char *line = NULL;
  g_autofree char *value = NULL;
  g_autofree char *when = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *category = NULL;
  GtkWidget *label;

  if (summary->latest == NULL)
    {
      /* Translators: a kind with nothing logged, "Weight: none logged" */
      line = g_strdup_printf (_("%s: none logged"), name);
      label = add_label (box, line, "dim-label");
      return label;
    }

  value = hearth_gui_format_reading_value (summary->latest, self->settings);
  when = hearth_gui_format_when (hearth_reading_get_taken_at (summary->latest), now);
  plain = hearth_gui_describe_category (summary->latest, profile, self->settings, now, alert);
  category = hearth_gui_label_category (plain, *alert);

  /* Translators: kind, value and when, "Blood pressure 128/82 mmHg · Today, 08:15" */
  line = g_strdup_printf (_("%s %s · %s"), name, value, when);
  label = add_label (box, line, "family-value");
  if (category != NULL)
    add_label (box, category, "caption");

  return label;
}

static HearthGuiAlert
check_latest (HearthFamilyPage  *self,
              HearthProfile     *profile,
              HearthReadingKind  kind,
              GDateTime         *now)
{
  g_autoptr(HearthReading) latest = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *category = NULL;
  HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;

  latest = hearth_store_get_latest_reading (self->store, hearth_profile_get_uuid (profile), kind, &error);
  if (error != NULL)
    g_warning ("Could not read the latest reading: %s", error->message);
  if (latest == NULL)
    return HEARTH_GUI_ALERT_NONE;

  category = hearth_gui_describe_category (latest, profile, self->settings, now, &alert);
  return alert;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HearthFamilyPage *self = user_data;
  HearthProfile *profile = item;
  const char *uuid = hearth_profile_get_uuid (profile);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autoptr(HearthKindSummary) bp = NULL;
  g_autoptr(HearthKindSummary) weight = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  HearthGuiAlert bp_alert = HEARTH_GUI_ALERT_NONE;
  HearthGuiAlert weight_alert = HEARTH_GUI_ALERT_NONE;
  HearthGuiAlert worst = HEARTH_GUI_ALERT_NONE;
  GtkWidget *row, *box, *lines, *name, *label, *chevron;
  g_autofree char *accessible = NULL;

  row = gtk_list_box_row_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  label = hearth_gui_member_badge_new (profile, 40);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), label);

  lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (box), lines);

  name = add_label (GTK_BOX (lines), hearth_profile_get_name (profile), "heading");
  gtk_widget_set_margin_bottom (name, 4);

  bp = hearth_store_get_kind_summary (self->store, uuid, HEARTH_READING_KIND_BLOOD_PRESSURE, &error);
  if (bp == NULL)
    {
      g_warning ("Could not summarise blood pressure: %s", error->message);
      g_clear_error (&error);
    }
  weight = hearth_store_get_kind_summary (self->store, uuid, HEARTH_READING_KIND_WEIGHT, &error);
  if (weight == NULL)
    {
      g_warning ("Could not summarise weight: %s", error->message);
      g_clear_error (&error);
    }

  if (bp != NULL)
    g_object_set_data (G_OBJECT (row), "bp-label",
                       add_latest (self, GTK_BOX (lines), profile, bp, now, &bp_alert));
  if (weight != NULL)
    {
      label = add_latest (self, GTK_BOX (lines), profile, weight, now, &weight_alert);
      gtk_widget_set_margin_top (label, 4);
      g_object_set_data (G_OBJECT (row), "weight-label", label);
    }

  /* Warnings, the most urgent first. */
  if (bp_alert == HEARTH_GUI_ALERT_SEVERE)
    g_ptr_array_add (warnings, g_strdup (_("Blood pressure in the severe range: seek medical care now")));
  if (check_latest (self, profile, HEARTH_READING_KIND_GLUCOSE, now) == HEARTH_GUI_ALERT_SEVERE)
    g_ptr_array_add (warnings, g_strdup (_("Very low glucose (level 2): seek medical care now")));
  if (warnings->len > 0)
    worst = HEARTH_GUI_ALERT_SEVERE;
  if (check_latest (self, profile, HEARTH_READING_KIND_SPO2, now) != HEARTH_GUI_ALERT_NONE)
    {
      /* xgettext:no-c-format */
      g_ptr_array_add (warnings, g_strdup (_("Oxygen saturation 92 % or lower: get medical advice")));
      worst = MAX (worst, HEARTH_GUI_ALERT_WARNING);
    }
  if (check_latest (self, profile, HEARTH_READING_KIND_TEMPERATURE, now) != HEARTH_GUI_ALERT_NONE)
    {
      g_autofree char *limit = hearth_units_format_temperature (38.0, hearth_gui_settings_get_temperature_unit (self->settings));

      /* Translators: %s is 38.0 °C in the user's unit */
      g_ptr_array_add (warnings, g_strdup_printf (_("Fever: %s or higher"), limit));
      worst = MAX (worst, HEARTH_GUI_ALERT_WARNING);
    }
  if (bp != NULL && hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION))
    {
      if (bp->latest == NULL)
        g_ptr_array_add (warnings, g_strdup (_("Blood pressure due: none logged yet")));
      else if (bp->days_since_latest >= BP_OVERDUE_DAYS)
        g_ptr_array_add (warnings,
                         /* Translators: a friendly reminder in the family overview */
                         g_strdup_printf (ngettext ("Blood pressure due: the last reading was %d day ago",
                                                    "Blood pressure due: the last reading was %d days ago",
                                                    bp->days_since_latest),
                                          bp->days_since_latest));
    }

  if (warnings->len > 0)
    {
      g_autofree char *text = NULL;

      g_ptr_array_add (warnings, NULL);
      text = g_strjoinv ("\n", (char **) warnings->pdata);
      g_ptr_array_remove_index (warnings, warnings->len - 1);

      /* No icon beside it: a wrapping label in a horizontal box measures
       * unevenly in GTK 4.8; the colour and weight carry it. */
      label = add_label (GTK_BOX (lines), text, "family-warning");
      gtk_widget_set_margin_top (label, 6);
      if (worst == HEARTH_GUI_ALERT_SEVERE)
        gtk_widget_add_css_class (label, "severe");
      else if (worst == HEARTH_GUI_ALERT_WARNING)
        gtk_widget_add_css_class (label, "warning");
      g_object_set_data (G_OBJECT (row), "warnings-label", label);
    }

  chevron = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_valign (chevron, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (chevron, "dim-label");
  gtk_box_append (GTK_BOX (box), chevron);

  /* Translators: a family overview row read aloud; %s is the member's name */
  accessible = g_strdup_printf (_("%s, open their dashboard"), hearth_profile_get_name (profile));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (uuid), g_free);

  return row;
}

static void
refresh (HearthFamilyPage *self)
{
  GListModel *profiles;
  guint n;
  g_autofree char *summary = NULL;

  if (self->store == NULL)
    {
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  profiles = hearth_store_get_profiles (self->store);
  n = g_list_model_get_n_items (profiles);
  /* Rebinding rebuilds every row with the latest readings. */
  gtk_list_box_bind_model (self->list, profiles, create_row, self, NULL);

  /* Translators: above the family overview */
  summary = g_strdup_printf (ngettext ("The latest blood pressure and weight of %u member, and anything that needs attention.",
                                       "The latest blood pressure and weight of each of %u members, and anything that needs attention.",
                                       n), n);
  gtk_label_set_text (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
on_store_readings_changed_cb (HearthFamilyPage *self,
                              const char       *profile_uuid,
                              HearthStore      *store)
{
  refresh (self);
}

static void
on_profiles_items_changed_cb (HearthFamilyPage *self,
                              guint             position,
                              guint             removed,
                              guint             added,
                              GListModel       *model)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (model) > 0 ? "list" : "empty");
}

/* Any change to members (an edit keeps the same object and order, so the
 * model does not rebuild the row): every row and the count again. */
static void
on_store_profiles_changed_cb (HearthFamilyPage *self,
                              HearthStore      *store)
{
  refresh (self);
}

static void
on_settings_changed_cb (HearthFamilyPage *self,
                        const char       *key,
                        GSettings        *settings)
{
  if (g_str_has_prefix (key, "window-") || g_str_equal (key, "last-profile"))
    return;

  refresh (self);
}

void
hearth_family_page_set_store (HearthFamilyPage *self,
                              HearthStore      *store)
{
  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));
  g_return_if_fail (!store || HEARTH_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->store, on_store_readings_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->store, on_store_profiles_changed_cb, self);
      g_signal_handlers_disconnect_by_func (hearth_store_get_profiles (self->store),
                                            on_profiles_items_changed_cb, self);
    }

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect_object (store, "readings-changed",
                               G_CALLBACK (on_store_readings_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "profiles-changed",
                               G_CALLBACK (on_store_profiles_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (hearth_store_get_profiles (store), "items-changed",
                               G_CALLBACK (on_profiles_items_changed_cb),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
on_list_row_activated_cb (HearthFamilyPage *self,
                          GtkListBoxRow    *row,
                          GtkListBox       *list)
{
  const char *uuid = g_object_get_data (G_OBJECT (row), "uuid");

  if (uuid != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-member", "s", uuid);
}

static void
hearth_family_page_dispose (GObject *object)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  /* The bin's child is a bound template child: let AdwBin drop it first
   * so disposing the template does not unparent it behind its back. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FAMILY_PAGE);

  G_OBJECT_CLASS (hearth_family_page_parent_class)->dispose (object);
}

static void
hearth_family_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_family_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hearth_family_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_family_page_class_init (HearthFamilyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_family_page_dispose;
  object_class->get_property = hearth_family_page_get_property;
  object_class->set_property = hearth_family_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-family-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
}

static void
hearth_family_page_init (HearthFamilyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkListBox *
_hearth_family_page_get_list (HearthFamilyPage *self)
{
  return self->list;
}

static GtkLabel *
get_row_label (HearthFamilyPage *self,
               guint             index,
               const char       *key)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, index);

  return row != NULL ? g_object_get_data (G_OBJECT (row), key) : NULL;
}

GtkLabel *
_hearth_family_page_get_bp_label (HearthFamilyPage *self,
                                  guint             index)
{
  return get_row_label (self, index, "bp-label");
}

GtkLabel *
_hearth_family_page_get_weight_label (HearthFamilyPage *self,
                                      guint             index)
{
  return get_row_label (self, index, "weight-label");
}

GtkLabel *
_hearth_family_page_get_warnings_label (HearthFamilyPage *self,
                                        guint             index)
{
  return get_row_label (self, index, "warnings-label");
}

const char *
_hearth_family_page_get_visible_page (HearthFamilyPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}
