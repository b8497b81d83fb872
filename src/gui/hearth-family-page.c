/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-family-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-family-page-private.h"
#include "hearth-gui-util.h"
#include "hearth-summary.h"

/* How many of a member's latest readings a card shows (dashboard order:
 * what matters most to that member first). */
#define CARD_READINGS 4

struct _HearthFamilyPage
{
  AdwBin       parent_instance;

  HearthStore *store;
  GSettings   *settings;
  GHashTable  *overviews;   /* profile uuid → HearthMemberOverview, this refresh */
  GHashTable  *locked;      /* profile uuids shown locked (name only) */

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

/* "Steps 9200 steps · Yesterday": a day's total is of a day, not of its
 * first minute (stored at 00:00); other kinds as everywhere else. */
static char *
describe_latest (HearthFamilyPage *self,
                 HearthReading    *reading,
                 GDateTime        *now)
{
  GDateTime *when = hearth_reading_get_taken_at (reading);
  g_autoptr(GDateTime) yesterday = NULL;
  g_autofree char *value = NULL;
  g_autofree char *day = NULL;
  int y, m, d, ny, nm, nd, yy, ym, yd;

  if (hearth_reading_get_kind (reading) != HEARTH_READING_KIND_STEPS)
    return hearth_gui_describe_reading (reading, self->settings, now);

  yesterday = g_date_time_add_days (now, -1);
  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_time_get_ymd (now, &ny, &nm, &nd);
  g_date_time_get_ymd (yesterday, &yy, &ym, &yd);
  if (y == ny && m == nm && d == nd)
    day = g_strdup (_("Today"));
  else if (y == yy && m == ym && d == yd)
    /* Translators: a day's steps, in the family overview */
    day = g_strdup (_("Yesterday"));
  else if (y == ny)
    /* Translators: a date in this year, see g_date_time_format() */
    day = g_date_time_format (when, _("%a %-d %b"));
  else
    /* Translators: a date, see g_date_time_format() */
    day = g_date_time_format (when, _("%-d %b %Y"));

  value = hearth_gui_format_reading_value (reading, self->settings);
  /* Translators: kind, value and when, "Blood pressure 128/82 mmHg · Today, 08:15" */
  return g_strdup_printf (_("%s %s · %s"), hearth_reading_kind_get_name (HEARTH_READING_KIND_STEPS), value, day);
}

/* "Blood pressure 128/82 mmHg · Today, 08:15", then its category (named
 * by the guideline chosen in Preferences, in the units chosen there). */
static GtkWidget *
add_latest (HearthFamilyPage     *self,
            GtkBox               *box,
            HearthProfile        *profile,
            HearthReading        *reading,
            GDateTime            *now,
            HearthGuiAlert       *alert)
{
  g_autofree char *line = describe_latest (self, reading, now);
  g_autofree char *plain = hearth_gui_describe_category (reading, profile, self->settings, now, alert);
  g_autofree char *category = hearth_gui_label_category (plain, *alert);
  GtkWidget *label;

  label = add_label (box, line, "family-value");
  gtk_widget_set_margin_top (label, 4);
  if (category != NULL)
    add_label (box, category, *alert != HEARTH_GUI_ALERT_NONE ? "caption" : "family-caption");

  return label;
}

/* "Overdue: Blood pressure, last 9 days ago · Steps, none logged yet". */
static char *
format_overdue (const HearthMemberOverview *overview)
{
  g_autoptr(GString) items = g_string_new (NULL);

  for (guint i = 0; i < overview->overdue->len; i++)
    {
      const HearthOverviewOverdue *due = &g_array_index (overview->overdue, HearthOverviewOverdue, i);
      const char *name = hearth_reading_kind_get_name (due->kind);
      g_autofree char *item = NULL;

      if (due->days_since < 0)
        /* Translators: an overdue kind in the family overview, "Blood pressure, none logged yet" */
        item = g_strdup_printf (_("%s, none logged yet"), name);
      else
        /* Translators: an overdue kind in the family overview */
        item = g_strdup_printf (ngettext ("%s, last logged %d day ago",
                                          "%s, last logged %d days ago",
                                          due->days_since),
                                name, due->days_since);
      if (items->len > 0)
        g_string_append (items, " · ");
      g_string_append (items, item);
    }

  /* Translators: the family overview's line of what is due; %s lists the kinds */
  return g_strdup_printf (_("Overdue: %s"), items->str);
}

/* "Doses today: 2 of 3 taken · 1 missed". */
static char *
format_doses (const HearthMemberOverview *overview)
{
  g_autofree char *taken = NULL;

  /* Translators: the family overview, "Doses today: 2 of 3 taken" */
  taken = g_strdup_printf (ngettext ("Doses today: %u of %u taken",
                                     "Doses today: %u of %u taken",
                                     overview->doses_due),
                           overview->doses_taken, overview->doses_due);
  if (overview->doses_missed == 0)
    return g_steal_pointer (&taken);

  /* Translators: appended to "Doses today: 1 of 3 taken" */
  return g_strdup_printf (ngettext ("%s · %u missed", "%s · %u missed", overview->doses_missed),
                          taken, overview->doses_missed);
}

/* The warnings of a member, the most urgent first: the severe-reading
 * alert (hearth_classify_is_severe(), as the member page's banner), then
 * low oxygen and fever among the latest readings. */
static char *
format_warnings (HearthFamilyPage           *self,
                 const HearthMemberOverview *overview,
                 GDateTime                  *now,
                 HearthGuiAlert             *worst)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);

  *worst = HEARTH_GUI_ALERT_NONE;
  if (overview->warning != NULL)
    {
      if (hearth_reading_get_kind (overview->warning) == HEARTH_READING_KIND_GLUCOSE)
        g_ptr_array_add (warnings, g_strdup (_("Very low glucose (level 2): seek medical care now")));
      else
        g_ptr_array_add (warnings, g_strdup (_("Blood pressure in the severe range: seek medical care now")));
      *worst = HEARTH_GUI_ALERT_SEVERE;
    }

  for (guint i = 0; i < overview->latest->len; i++)
    {
      const HearthOverviewLatest *latest = &g_array_index (overview->latest, HearthOverviewLatest, i);
      HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;
      g_autofree char *unused = NULL;

      if (latest->kind != HEARTH_READING_KIND_SPO2 && latest->kind != HEARTH_READING_KIND_TEMPERATURE)
        continue;
      unused = hearth_gui_describe_category (latest->latest, overview->profile, self->settings, now, &alert);
      if (alert == HEARTH_GUI_ALERT_NONE)
        continue;
      if (latest->kind == HEARTH_READING_KIND_SPO2)
        /* xgettext:no-c-format */
        g_ptr_array_add (warnings, g_strdup (_("Oxygen saturation 92 % or lower: get medical advice")));
      else
        {
          g_autofree char *limit = hearth_units_format_temperature (38.0, hearth_gui_settings_get_temperature_unit (self->settings));

          /* Translators: %s is 38.0 °C in the user's unit */
          g_ptr_array_add (warnings, g_strdup_printf (_("Fever: %s or higher"), limit));
        }
      *worst = MAX (*worst, HEARTH_GUI_ALERT_WARNING);
    }

  if (warnings->len == 0)
    return NULL;
  g_ptr_array_add (warnings, NULL);
  return g_strjoinv ("\n", (char **) warnings->pdata);
}

static GtkWidget *
create_locked_row (HearthFamilyPage *self,
                   HearthProfile    *profile)
{
  GtkWidget *row, *box, *label, *icon;
  g_autofree char *accessible = NULL;

  row = gtk_list_box_row_new ();
  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "family-card");
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "family-card-box");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  icon = gtk_image_new_from_icon_name ("system-lock-screen-symbolic");
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_box_append (GTK_BOX (box), icon);
  label = add_label (GTK_BOX (box), hearth_profile_get_name (profile), "heading");
  gtk_widget_set_hexpand (label, TRUE);
  g_object_set_data (G_OBJECT (row), "name-label", label);

  /* Translators: a locked member's card read aloud; %s is the name */
  accessible = g_strdup_printf (_("%s, locked"), hearth_profile_get_name (profile));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HearthFamilyPage *self = user_data;
  HearthProfile *profile = item;
  const char *uuid = hearth_profile_get_uuid (profile);
  const HearthMemberOverview *overview = g_hash_table_lookup (self->overviews, uuid);
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));
  g_autofree char *age = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *accessible = NULL;
  HearthGuiAlert worst = HEARTH_GUI_ALERT_NONE;
  GtkWidget *row, *card, *header, *titles, *lines, *name, *label, *chevron;
  guint shown = 0;

  if (g_hash_table_contains (self->locked, uuid))
    {
      row = create_locked_row (self, profile);
      g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (uuid), g_free);
      return row;
    }

  row = gtk_list_box_row_new ();
  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "family-card");
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (card, "family-card-box");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), card);

  /* Badge, name and age, the chevron: one click (or Enter) opens them. */
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (card), header);
  gtk_box_append (GTK_BOX (header), hearth_gui_member_badge_new (profile, 40));
  titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), titles);
  name = add_label (GTK_BOX (titles), hearth_profile_get_name (profile), "heading");
  g_object_set_data (G_OBJECT (row), "name-label", name);
  age = hearth_gui_format_age (profile, now);
  if (age != NULL)
    add_label (GTK_BOX (titles), age, "family-caption");
  chevron = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_valign (chevron, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (chevron, "dim-label");
  gtk_box_append (GTK_BOX (header), chevron);

  lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_start (lines, 52);
  gtk_box_append (GTK_BOX (card), lines);

  if (overview == NULL)
    {
      /* The overview could not be read (logged): the name still opens them. */
      add_label (GTK_BOX (lines), _("Could not read this member’s readings."), "dim-label");
      g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (uuid), g_free);
      return row;
    }

  /* The warning first, banner-like: it is what a caregiver must see. No
   * icon beside it: a wrapping label in a horizontal box measures
   * unevenly in GTK 4.8; the colour and weight carry it. */
  warnings = format_warnings (self, overview, now, &worst);
  if (warnings != NULL)
    {
      label = add_label (GTK_BOX (lines), warnings, "family-warning");
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 2);
      gtk_widget_add_css_class (label, worst == HEARTH_GUI_ALERT_SEVERE ? "severe" : "warning");
      g_object_set_data (G_OBJECT (row), "warnings-label", label);
    }

  for (guint i = 0; i < overview->latest->len && shown < CARD_READINGS; i++, shown++)
    {
      const HearthOverviewLatest *latest = &g_array_index (overview->latest, HearthOverviewLatest, i);
      HearthGuiAlert alert = HEARTH_GUI_ALERT_NONE;

      label = add_latest (self, GTK_BOX (lines), profile, latest->latest, now, &alert);
      if (latest->kind == HEARTH_READING_KIND_BLOOD_PRESSURE)
        g_object_set_data (G_OBJECT (row), "bp-label", label);
      else if (latest->kind == HEARTH_READING_KIND_WEIGHT)
        g_object_set_data (G_OBJECT (row), "weight-label", label);
    }
  if (overview->latest->len > shown)
    {
      g_autofree char *more = NULL;
      guint n = overview->latest->len - shown;

      /* Translators: under the latest readings on a member's card */
      more = g_strdup_printf (ngettext ("%u more kind on their page", "%u more kinds on their page", n), n);
      add_label (GTK_BOX (lines), more, "family-caption");
    }

  if (overview->overdue->len > 0)
    {
      g_autofree char *text = format_overdue (overview);

      label = add_label (GTK_BOX (lines), text, "family-overdue");
      gtk_widget_set_margin_top (label, 6);
      g_object_set_data (G_OBJECT (row), "overdue-label", label);
    }

  if (overview->doses_due > 0)
    {
      g_autofree char *text = format_doses (overview);

      label = add_label (GTK_BOX (lines), text, overview->doses_missed > 0 ? "family-overdue" : NULL);
      gtk_widget_set_margin_top (label, overview->overdue->len > 0 ? 0 : 6);
      g_object_set_data (G_OBJECT (row), "doses-label", label);
    }

  if (overview->latest->len == 0 && overview->overdue->len == 0 && overview->doses_due == 0)
    {
      g_autofree char *text = NULL;

      /* Translators: a member's card with nothing logged; %s is the name */
      text = g_strdup_printf (_("Nothing logged yet. Open %s’s page to add a first reading, a medication or a goal."),
                              hearth_profile_get_name (profile));
      label = add_label (GTK_BOX (lines), text, "dim-label");
      gtk_widget_set_margin_top (label, 4);
      g_object_set_data (G_OBJECT (row), "empty-label", label);
    }

  /* Translators: a family overview card read aloud; %s is the member's name */
  accessible = g_strdup_printf (_("%s, open their dashboard"), hearth_profile_get_name (profile));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "uuid", g_strdup (uuid), g_free);

  return row;
}

static void
read_overviews (HearthFamilyPage *self)
{
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GError) error = NULL;
  HearthOverviewOptions options;

  g_hash_table_remove_all (self->overviews);
  if (self->store == NULL)
    return;

  hearth_overview_options_init_default (&options);
  options.bp_guideline = hearth_gui_settings_get_bp_guideline (self->settings);
  options.glucose_guideline = hearth_gui_settings_get_glucose_guideline (self->settings);
  options.bmi_cutoffs = hearth_gui_settings_get_bmi_cutoffs (self->settings);

  family = hearth_store_family_overview (self->store, &options, &error);
  if (family == NULL)
    {
      g_warning ("Could not read the family overview: %s", error->message);
      return;
    }
  g_ptr_array_set_free_func (family, NULL);
  for (guint i = 0; i < family->len; i++)
    {
      HearthMemberOverview *overview = g_ptr_array_index (family, i);

      g_hash_table_replace (self->overviews,
                            g_strdup (hearth_profile_get_uuid (overview->profile)), overview);
    }
}

static void
refresh (HearthFamilyPage *self)
{
  GListModel *profiles;
  guint n;

  if (self->overviews == NULL)
    return;   /* disposed */

  if (self->store == NULL)
    {
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
      g_hash_table_remove_all (self->overviews);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  read_overviews (self);
  profiles = hearth_store_get_profiles (self->store);
  n = g_list_model_get_n_items (profiles);
  /* Rebinding rebuilds every card with the latest readings. */
  gtk_list_box_bind_model (self->list, profiles, create_row, self, NULL);

  gtk_label_set_text (self->summary_label,
                      /* Translators: above the family overview */
                      _("Everyone’s latest readings, what is due, today’s doses and any warning. Select a member to open their page."));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

void
hearth_family_page_set_member_locked (HearthFamilyPage *self,
                                      const char       *profile_uuid,
                                      gboolean          locked)
{
  gboolean was;

  g_return_if_fail (HEARTH_IS_FAMILY_PAGE (self));
  g_return_if_fail (profile_uuid != NULL);

  if (self->locked == NULL)
    return;   /* disposed */
  was = g_hash_table_contains (self->locked, profile_uuid);
  if (was == !!locked)
    return;
  if (locked)
    g_hash_table_add (self->locked, g_strdup (profile_uuid));
  else
    g_hash_table_remove (self->locked, profile_uuid);
  refresh (self);
}

gboolean
hearth_family_page_get_member_locked (HearthFamilyPage *self,
                                      const char       *profile_uuid)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_PAGE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);

  return self->locked != NULL && g_hash_table_contains (self->locked, profile_uuid);
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
  g_clear_pointer (&self->overviews, g_hash_table_unref);
  g_clear_pointer (&self->locked, g_hash_table_unref);

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

  self->overviews = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) hearth_member_overview_free);
  self->locked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
_hearth_family_page_get_row_label (HearthFamilyPage *self,
                                   guint             index,
                                   const char       *key)
{
  return get_row_label (self, index, key);
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
