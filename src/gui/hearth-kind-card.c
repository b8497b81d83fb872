/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-kind-card"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hearth-chart-view.h"
#include "hearth-kind-card-private.h"
#include "hearth-summary.h"

struct _HearthKindCard
{
  GtkFlowBoxChild    parent_instance;

  HearthStore       *store;
  HearthProfile     *profile;
  HearthReadingKind  kind;
  GSettings         *settings;
  HearthGuiAlert     alert;

  GtkWidget         *box;
  GtkImage          *icon;
  GtkLabel          *title_label;
  GtkLabel          *value_label;
  GtkLabel          *detail_label;
  GtkLabel          *category_label;
  AdwBin            *spark_bin;
  GtkLabel          *change_label;
  GtkLabel          *when_label;
};

G_DEFINE_FINAL_TYPE (HearthKindCard, hearth_kind_card, GTK_TYPE_FLOW_BOX_CHILD)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
hearth_kind_card_new (HearthStore       *store,
                      HearthProfile     *profile,
                      HearthReadingKind  kind)
{
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);

  return g_object_new (HEARTH_TYPE_KIND_CARD,
                       "store", store,
                       "profile", profile,
                       "kind", kind,
                       NULL);
}

HearthStore *
hearth_kind_card_get_store (HearthKindCard *self)
{
  g_return_val_if_fail (HEARTH_IS_KIND_CARD (self), NULL);

  return self->store;
}

HearthProfile *
hearth_kind_card_get_profile (HearthKindCard *self)
{
  g_return_val_if_fail (HEARTH_IS_KIND_CARD (self), NULL);

  return self->profile;
}

HearthReadingKind
hearth_kind_card_get_kind (HearthKindCard *self)
{
  g_return_val_if_fail (HEARTH_IS_KIND_CARD (self), HEARTH_READING_KIND_BLOOD_PRESSURE);

  return self->kind;
}

HearthGuiAlert
hearth_kind_card_get_alert (HearthKindCard *self)
{
  g_return_val_if_fail (HEARTH_IS_KIND_CARD (self), HEARTH_GUI_ALERT_NONE);

  return self->alert;
}

/* What goes next to the big number: the glucose context, the pulse … */
static char *
format_detail (HearthKindCard *self,
               HearthReading  *reading)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (self->kind)
    {
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
      if (!isnan (hearth_reading_get_pulse (reading)))
        /* Translators: next to a blood pressure on a card, "pulse 64" */
        return g_strdup_printf (_("pulse %.0f"), hearth_reading_get_pulse (reading));
      break;

    case HEARTH_READING_KIND_WEIGHT:
      if (!isnan (hearth_reading_get_body_fat (reading)))
        {
          g_ascii_formatd (buf, sizeof buf, "%.1f", hearth_reading_get_body_fat (reading));
          /* Translators: next to a weight on a card, "21.5 % body fat" */
          return g_strdup_printf (_("%s %% body fat"), buf);
        }
      break;

    case HEARTH_READING_KIND_GLUCOSE:
      return g_strdup (hearth_glucose_context_get_name (hearth_reading_get_glucose_context (reading)));

    case HEARTH_READING_KIND_SLEEP:
      if (!isnan (hearth_reading_get_sleep_quality (reading)))
        /* Translators: next to a sleep duration on a card */
        return g_strdup_printf (_("quality %.0f of 5"), hearth_reading_get_sleep_quality (reading));
      break;

    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_STEPS:
    default:
      break;
    }

  return NULL;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
refresh (HearthKindCard *self)
{
  g_autoptr(HearthKindSummary) summary = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *category = NULL;
  g_autofree char *change = NULL;
  g_autofree char *when = NULL;
  g_autofree char *accessible = NULL;
  const char *name = hearth_reading_kind_get_name (self->kind);

  if (self->store == NULL || self->profile == NULL)
    return;

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  summary = hearth_store_get_kind_summary (self->store, hearth_profile_get_uuid (self->profile),
                                           self->kind, &error);
  if (summary == NULL)
    {
      g_warning ("Could not summarise %s: %s", hearth_reading_kind_to_string (self->kind), error->message);
      return;
    }

  self->alert = HEARTH_GUI_ALERT_NONE;
  if (summary->latest != NULL)
    {
      value = hearth_gui_format_reading_value (summary->latest, self->settings);
      detail = format_detail (self, summary->latest);
      plain = hearth_gui_describe_category (summary->latest, self->profile,
                                            self->settings, now, &self->alert);
      category = hearth_gui_label_category (plain, self->alert);
      if (self->kind == HEARTH_READING_KIND_STEPS)
        change = hearth_gui_format_steps_change (self->store, self->profile, now, self->settings);
      else
        change = hearth_gui_format_week_change (summary, self->settings);
      when = hearth_gui_format_last_logged (summary->days_since_latest);
    }

  gtk_label_set_text (self->title_label, name);
  gtk_image_set_from_icon_name (self->icon, hearth_gui_reading_kind_icon_name (self->kind));
  gtk_label_set_text (self->value_label, value != NULL ? value : "—");
  set_label (self->detail_label, detail);
  set_label (self->category_label, category);
  set_label (self->change_label, change);
  set_label (self->when_label, when);

  gtk_widget_remove_css_class (self->box, "severe");
  gtk_widget_remove_css_class (self->box, "warning");
  if (self->alert == HEARTH_GUI_ALERT_SEVERE)
    gtk_widget_add_css_class (self->box, "severe");
  else if (self->alert == HEARTH_GUI_ALERT_WARNING)
    gtk_widget_add_css_class (self->box, "warning");

  /* Read as one sentence by a screen reader; Enter opens the chart. */
  /* Translators: a dashboard card read aloud: kind, value, category, change, when */
  accessible = g_strdup_printf (_("%s: %s. %s. %s. %s."), name,
                                value != NULL ? value : _("no readings"),
                                category != NULL ? category : "",
                                change != NULL ? change : "",
                                when != NULL ? when : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  /* Translators: tooltip of a dashboard card */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Show the chart"));
}

static void
on_store_readings_changed_cb (HearthKindCard *self,
                              const char     *profile_uuid,
                              HearthStore    *store)
{
  if (profile_uuid == NULL || g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0)
    refresh (self);
}

/* The member's height, birth date or conditions may have changed: the
 * BMI and the categories that depend on them follow. */
static void
on_store_profiles_changed_cb (HearthKindCard *self,
                              HearthStore    *store)
{
  refresh (self);
}

static void
on_settings_changed_cb (HearthKindCard *self,
                        const char     *key,
                        GSettings      *settings)
{
  if (g_str_has_prefix (key, "window-") || g_str_equal (key, "last-profile"))
    return;

  refresh (self);
}

static void
hearth_kind_card_constructed (GObject *object)
{
  HearthKindCard *self = HEARTH_KIND_CARD (object);
  HearthChartView *spark;

  G_OBJECT_CLASS (hearth_kind_card_parent_class)->constructed (object);

  g_assert (HEARTH_IS_STORE (self->store));
  g_assert (HEARTH_IS_PROFILE (self->profile));

  spark = hearth_chart_view_new ();
  hearth_chart_view_set_compact (spark, TRUE);
  hearth_chart_view_set_source (spark, self->store, self->profile, self->kind);
  gtk_widget_set_can_target (GTK_WIDGET (spark), FALSE);
  adw_bin_set_child (self->spark_bin, GTK_WIDGET (spark));

  g_signal_connect_object (self->store, "readings-changed",
                           G_CALLBACK (on_store_readings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "profiles-changed",
                           G_CALLBACK (on_store_profiles_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);

  refresh (self);
}

static void
hearth_kind_card_dispose (GObject *object)
{
  HearthKindCard *self = HEARTH_KIND_CARD (object);

  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);

  /* GtkFlowBoxChild keeps its own pointer to the child: let it drop the
   * box, so disposing the template does not unparent it behind its back. */
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_KIND_CARD);

  G_OBJECT_CLASS (hearth_kind_card_parent_class)->dispose (object);
}

static void
hearth_kind_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthKindCard *self = HEARTH_KIND_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_kind_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthKindCard *self = HEARTH_KIND_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_kind_card_class_init (HearthKindCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_kind_card_constructed;
  object_class->dispose = hearth_kind_card_dispose;
  object_class->get_property = hearth_kind_card_get_property;
  object_class->set_property = hearth_kind_card_set_property;

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
  /* HearthReadingKind as int: core registers no GEnum for it. */
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      0, HEARTH_READING_KIND_LAST, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-kind-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, box);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, icon);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, category_label);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, spark_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, change_label);
  gtk_widget_class_bind_template_child (widget_class, HearthKindCard, when_label);

}

static void
hearth_kind_card_init (HearthKindCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = hearth_gui_settings_new ();
}

GtkLabel *
_hearth_kind_card_get_value_label (HearthKindCard *self)
{
  return self->value_label;
}

GtkLabel *
_hearth_kind_card_get_category_label (HearthKindCard *self)
{
  return self->category_label;
}

GtkLabel *
_hearth_kind_card_get_change_label (HearthKindCard *self)
{
  return self->change_label;
}

GtkLabel *
_hearth_kind_card_get_when_label (HearthKindCard *self)
{
  return self->when_label;
}
