/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-chart-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-chart-page-private.h"
#include "hearth-gui-util.h"

/* One member's chart of one kind: the kind and its latest value, a range
 * switcher (showing "Custom" while the chart is panned or zoomed), the
 * chart, zoom buttons, and the chart's text summary: the chart's and the
 * page's accessible description, shown in a collapsed "Details"
 * expander. */

struct _HearthChartPage
{
  AdwBin             parent_instance;

  HearthStore       *store;
  HearthProfile     *profile;
  HearthReadingKind  kind;
  GSettings         *settings;
  int                range;

  GtkLabel          *title_label;
  GtkLabel          *latest_label;
  HearthChartView   *chart_view;
  GtkCheckButton    *pulse_check;
  GtkLabel          *summary_label;
  GtkWidget         *custom_button;
  GtkWidget         *details;
  GtkWidget         *zoom_out_button;
  GtkWidget         *zoom_in_button;
  GtkWidget         *zoom_reset_button;
};

G_DEFINE_FINAL_TYPE (HearthChartPage, hearth_chart_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh_latest (HearthChartPage *self)
{
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *values = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (self->store == NULL || self->profile == NULL)
    return;

  reading = hearth_store_get_latest_reading (self->store, hearth_profile_get_uuid (self->profile),
                                             self->kind, &error);
  if (error != NULL)
    {
      g_warning ("Could not read the latest reading: %s", error->message);
      return;
    }

  if (reading == NULL)
    {
      gtk_label_set_text (self->latest_label, _("No readings yet"));
      return;
    }

  now = hearth_clock_now (hearth_store_get_clock (self->store));
  values = hearth_gui_format_reading_values (reading, self->settings);
  if (self->kind == HEARTH_READING_KIND_STEPS)
    {
      /* A day's total: the day, not its midnight. */
      GDateTime *taken_at = hearth_reading_get_taken_at (reading);
      g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, g_date_time_get_timezone (taken_at));

      if (g_date_time_get_year (taken_at) == g_date_time_get_year (local_now) &&
          g_date_time_get_day_of_year (taken_at) == g_date_time_get_day_of_year (local_now))
        when = g_strdup (_("Today"));
      else
        /* Translators: the day of a steps total; see g_date_time_format() */
        when = g_date_time_format (taken_at, C_("steps day", "%a %-d %b %Y"));
    }
  else
    {
      when = hearth_gui_format_when (hearth_reading_get_taken_at (reading), now);
    }
  /* Translators: "Latest: 128/82 mmHg · pulse 64 — Today, 08:15" */
  text = g_strdup_printf (_("Latest: %s — %s"), values, when);
  gtk_label_set_text (self->latest_label, text);
}

static void
on_description_changed_cb (HearthChartPage *self,
                           GParamSpec      *pspec,
                           HearthChartView *chart_view)
{
  g_autofree char *text = hearth_chart_view_describe (chart_view);

  gtk_label_set_text (self->summary_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
on_readings_changed_cb (HearthChartPage *self,
                        const char      *profile_uuid,
                        HearthStore     *store)
{
  if (self->profile != NULL && g_strcmp0 (profile_uuid, hearth_profile_get_uuid (self->profile)) == 0)
    refresh_latest (self);
}

static void
on_settings_changed_cb (HearthChartPage *self,
                        const char      *key,
                        GSettings       *settings)
{
  if (g_str_has_prefix (key, "window-") || g_str_equal (key, "last-profile"))
    return;

  refresh_latest (self);
}

/* The page's range: the chart's, or "Custom" while it is moved. */
static void
sync_range (HearthChartPage *self)
{
  gboolean custom = FALSE;
  int range;

  g_object_get (self->chart_view, "custom", &custom, NULL);
  range = custom ? HEARTH_CHART_PAGE_RANGE_CUSTOM : (int) hearth_chart_view_get_range (self->chart_view);
  gtk_widget_set_visible (self->custom_button, custom);

  if (self->range == range)
    return;

  self->range = range;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

static void
on_chart_range_changed_cb (HearthChartPage *self,
                           GParamSpec      *pspec,
                           HearthChartView *chart_view)
{
  sync_range (self);
}

static void
zoom_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HearthChartPage *self = HEARTH_CHART_PAGE (widget);

  if (g_str_equal (action_name, "page.zoom-in"))
    gtk_widget_activate_action (GTK_WIDGET (self->chart_view), "chart.zoom-in", NULL);
  else if (g_str_equal (action_name, "page.zoom-out"))
    gtk_widget_activate_action (GTK_WIDGET (self->chart_view), "chart.zoom-out", NULL);
  else
    /* Choosing the range again goes back to it. */
    hearth_chart_view_set_range (self->chart_view, hearth_chart_view_get_range (self->chart_view));
}

static void
hearth_chart_page_dispose (GObject *object)
{
  HearthChartPage *self = HEARTH_CHART_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_CHART_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_chart_page_parent_class)->dispose (object);
}

static void
hearth_chart_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthChartPage *self = HEARTH_CHART_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_int (value, self->range);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_chart_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthChartPage *self = HEARTH_CHART_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      /* "Custom" is shown, not chosen: it keeps the view as it is. */
      if (g_value_get_int (value) != HEARTH_CHART_PAGE_RANGE_CUSTOM)
        hearth_chart_view_set_range (self->chart_view, g_value_get_int (value));
      sync_range (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_chart_page_class_init (HearthChartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_chart_page_dispose;
  object_class->get_property = hearth_chart_page_get_property;
  object_class->set_property = hearth_chart_page_set_property;

  /* A HearthChartRange, the chart's, or HEARTH_CHART_PAGE_RANGE_CUSTOM
   * while it is panned or zoomed; an int for "page.range". */
  properties[PROP_RANGE] =
    g_param_spec_int ("range", NULL, NULL,
                      HEARTH_CHART_RANGE_WEEK, HEARTH_CHART_PAGE_RANGE_CUSTOM, HEARTH_CHART_RANGE_MONTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "page.range", "range");
  gtk_widget_class_install_action (widget_class, "page.zoom-in", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "page.zoom-out", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "page.zoom-reset", NULL, zoom_action_cb);

  g_type_ensure (HEARTH_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hearthapp/Hearth/hearth-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, latest_label);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, pulse_check);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, custom_button);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, details);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, zoom_out_button);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, zoom_in_button);
  gtk_widget_class_bind_template_child (widget_class, HearthChartPage, zoom_reset_button);
}

static void
hearth_chart_page_init (HearthChartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->range = HEARTH_CHART_RANGE_MONTH;
  self->settings = hearth_gui_settings_new ();
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->chart_view, "notify::range",
                           G_CALLBACK (on_chart_range_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_view, "notify::custom",
                           G_CALLBACK (on_chart_range_changed_cb), self, G_CONNECT_SWAPPED);
  hearth_chart_view_set_range (self->chart_view, self->range);
  sync_range (self);
  g_object_bind_property (self->pulse_check, "active", self->chart_view, "show-pulse",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->chart_view, "notify::description",
                           G_CALLBACK (on_description_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
hearth_chart_page_new (HearthStore       *store,
                       HearthProfile     *profile,
                       HearthReadingKind  kind)
{
  HearthChartPage *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);

  self = g_object_new (HEARTH_TYPE_CHART_PAGE, NULL);
  self->store = g_object_ref (store);
  self->profile = g_object_ref (profile);
  self->kind = kind;

  g_signal_connect_object (store, "readings-changed",
                           G_CALLBACK (on_readings_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_label_set_text (self->title_label, hearth_reading_kind_get_name (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->pulse_check), kind == HEARTH_READING_KIND_BLOOD_PRESSURE);
  hearth_chart_view_set_source (self->chart_view, store, profile, kind);
  refresh_latest (self);
  on_description_changed_cb (self, NULL, self->chart_view);

  return GTK_WIDGET (self);
}

HearthChartView *
_hearth_chart_page_get_chart_view (HearthChartPage *self)
{
  g_assert (HEARTH_IS_CHART_PAGE (self));

  return self->chart_view;
}

GtkLabel *
_hearth_chart_page_get_latest_label (HearthChartPage *self)
{
  g_assert (HEARTH_IS_CHART_PAGE (self));

  return self->latest_label;
}

GtkLabel *
_hearth_chart_page_get_summary_label (HearthChartPage *self)
{
  g_assert (HEARTH_IS_CHART_PAGE (self));

  return self->summary_label;
}

GtkWidget *
_hearth_chart_page_get_custom_button (HearthChartPage *self)
{
  g_assert (HEARTH_IS_CHART_PAGE (self));

  return self->custom_button;
}

GtkWidget *
_hearth_chart_page_get_zoom_button (HearthChartPage *self,
                                    guint            i)
{
  GtkWidget *buttons[] = { self->zoom_out_button, self->zoom_in_button, self->zoom_reset_button };

  g_assert (HEARTH_IS_CHART_PAGE (self));
  g_assert (i < G_N_ELEMENTS (buttons));

  return buttons[i];
}

GtkWidget *
_hearth_chart_page_get_details (HearthChartPage *self)
{
  g_assert (HEARTH_IS_CHART_PAGE (self));

  return self->details;
}
