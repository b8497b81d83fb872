/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-growth-dialog"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hearth-growth-dialog-private.h"
#include "hearth-gui-util.h"
#include "hearth-height-dialog.h"

/* Heights over time (schema 12): the height chart shows every measurement;
 * BMI pairs each weight with the height measured on or before its day
 * (hearth_heights_for_day(), docs/clinical.md#growth-for-age). The charts
 * are rebuilt when the store's members change (a height added). */

struct _HearthGrowthDialog
{
  AdwWindow          parent_instance;

  HearthStore       *store;
  HearthProfile     *profile;
  GSettings         *settings;
  GtkBox            *sections;
  GtkWindow         *height_dialog;   /* weak */
  gulong             changed_id;

  HearthGrowthChart *charts[HEARTH_GROWTH_N_INDICATORS];
  GtkLabel          *captions[HEARTH_GROWTH_N_INDICATORS];
};

G_DEFINE_FINAL_TYPE (HearthGrowthDialog, hearth_growth_dialog, ADW_TYPE_WINDOW)

static gboolean
get_birth (HearthProfile *profile,
           GDate         *birth)
{
  guint y = hearth_profile_get_birth_year (profile);
  guint m = hearth_profile_get_birth_month (profile);
  guint d = hearth_profile_get_birth_day (profile);

  g_date_clear (birth, 1);
  if (y == 0 || m == 0 || d == 0 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (birth, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

gboolean
hearth_growth_dialog_applies (HearthProfile *profile,
                              GDateTime     *now)
{
  HearthSex sex;
  GDate birth;
  int age;

  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  sex = hearth_profile_get_sex (profile);
  age = hearth_profile_get_age (profile, now);
  return age >= 0 && age < 18 && (sex == HEARTH_SEX_FEMALE || sex == HEARTH_SEX_MALE) &&
         get_birth (profile, &birth);
}

static void
local_date (GDateTime *when,
            GDate     *day)
{
  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) g_date_time_get_day_of_month (when),
                  (GDateMonth) g_date_time_get_month (when), (GDateYear) g_date_time_get_year (when));
}

static GtkWidget *
add_section (HearthGrowthDialog    *self,
             GtkBox                *box,
             HearthGrowthIndicator  indicator,
             const char            *title)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *caption = gtk_label_new (NULL);
  GtkWidget *chart = hearth_growth_chart_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_size_request (chart, -1, 200);
  gtk_box_append (box, heading);
  gtk_box_append (box, caption);
  gtk_box_append (box, chart);
  self->charts[indicator] = HEARTH_GROWTH_CHART (chart);
  self->captions[indicator] = GTK_LABEL (caption);
  return chart;
}

/* Noon UTC of a day number: where a height's point stands on the time axis. */
static gint64
day_to_usec (gint64 day)
{
  return day * G_TIME_SPAN_DAY + 12 * G_TIME_SPAN_HOUR;
}

static void
fill (HearthGrowthDialog *self,
      HearthStore        *store,
      HearthProfile      *profile,
      GSettings          *settings,
      GtkBox             *box)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (store));
  g_autoptr(GListModel) weights = NULL;
  g_autoptr(GPtrArray) heights = NULL;
  g_autoptr(GArray) weight_measures = g_array_new (FALSE, FALSE, sizeof (HearthGrowthMeasure));
  g_autoptr(GArray) height_measures = g_array_new (FALSE, FALSE, sizeof (HearthGrowthMeasure));
  g_autoptr(GArray) bmi_measures = g_array_new (FALSE, FALSE, sizeof (HearthGrowthMeasure));
  g_autoptr(GError) error = NULL;
  HearthSex sex = hearth_profile_get_sex (profile);
  gint64 now_us = g_date_time_to_unix (now) * G_USEC_PER_SEC;
  gint64 t0 = now_us - 365 * G_TIME_SPAN_DAY, t1 = now_us + 60 * G_TIME_SPAN_DAY;
  GDate birth, today;
  guint today_months = 0;

  get_birth (profile, &birth);
  local_date (now, &today);
  if (!hearth_growth_age_months (&birth, &today, &today_months, NULL))
    today_months = 0;

  heights = hearth_store_list_heights (store, hearth_profile_get_uuid (profile), &error);
  if (heights == NULL)
    {
      g_warning ("Could not list the heights: %s", error->message);
      g_clear_error (&error);
      heights = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_height_free);
    }
  for (guint i = 0; i < heights->len; i++)
    {
      HearthHeight *height = g_ptr_array_index (heights, i);
      HearthGrowthMeasure m = { day_to_usec (height->measured_day), 0, height->height_cm };
      int year, month, mday;
      GDate day;

      hearth_record_day_to_ymd (height->measured_day, &year, &month, &mday);
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, (GDateDay) mday, (GDateMonth) month, (GDateYear) year);
      if (!hearth_growth_age_months (&birth, &day, &m.age_months, NULL) ||
          m.age_months > HEARTH_GROWTH_MAX_MONTHS)
        continue;
      g_array_append_val (height_measures, m);
      t0 = MIN (t0, m.t - 30 * G_TIME_SPAN_DAY);
    }

  weights = hearth_store_list_readings (store, hearth_profile_get_uuid (profile),
                                        HEARTH_READING_KIND_WEIGHT, NULL, now, &error);
  if (weights == NULL)
    g_warning ("Could not list the weights: %s", error->message);
  for (guint i = weights != NULL ? g_list_model_get_n_items (weights) : 0; i-- > 0;)
    {
      g_autoptr(HearthReading) reading = g_list_model_get_item (weights, i);
      GDateTime *taken_at = hearth_reading_get_taken_at (reading);
      HearthGrowthMeasure m = { g_date_time_to_unix (taken_at) * G_USEC_PER_SEC, 0, hearth_reading_get_kg (reading) };
      const HearthHeight *height;
      HearthBmiClass klass;
      GDate day;

      local_date (taken_at, &day);
      if (!hearth_growth_age_months (&birth, &day, &m.age_months, NULL))
        continue;
      if (m.age_months <= HEARTH_GROWTH_WEIGHT_MAX_MONTHS)
        {
          g_array_append_val (weight_measures, m);
          t0 = MIN (t0, m.t - 30 * G_TIME_SPAN_DAY);
        }
      height = hearth_heights_for_day (heights,
                                       hearth_record_day_from_ymd (g_date_get_year (&day),
                                                                   g_date_get_month (&day),
                                                                   g_date_get_day (&day)));
      if (height != NULL && m.age_months <= HEARTH_GROWTH_MAX_MONTHS &&
          hearth_classify_bmi (HEARTH_BMI_CUTOFFS_WHO, m.value, height->height_cm, -1, &klass))
        {
          m.value = klass.bmi;
          g_array_append_val (bmi_measures, m);
        }
    }
  {
    g_autoptr(GDateTime) born = g_date_time_new_utc (g_date_get_year (&birth), g_date_get_month (&birth),
                                                     g_date_get_day (&birth), 0, 0, 0);

    t0 = MAX (t0, g_date_time_to_unix (born) * G_USEC_PER_SEC);
  }

  /* Height */
  add_section (self, box, HEARTH_GROWTH_INDICATOR_HEIGHT, _("Height for age"));
  hearth_growth_chart_set_data (self->charts[HEARTH_GROWTH_INDICATOR_HEIGHT], HEARTH_GROWTH_INDICATOR_HEIGHT,
                                sex, &birth, (HearthGrowthMeasure *) (void *) height_measures->data,
                                height_measures->len, t0, t1, settings);
  if (height_measures->len > 0)
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_HEIGHT],
                        _("Every height measured, at the age it was measured. Add Height… when the child is measured again."));
  else
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_HEIGHT],
                        _("Add Height… to see the child’s heights against the curves."));

  /* Weight, under 10 */
  if (today_months <= HEARTH_GROWTH_WEIGHT_MAX_MONTHS || weight_measures->len > 0)
    {
      add_section (self, box, HEARTH_GROWTH_INDICATOR_WEIGHT, _("Weight for age"));
      hearth_growth_chart_set_data (self->charts[HEARTH_GROWTH_INDICATOR_WEIGHT], HEARTH_GROWTH_INDICATOR_WEIGHT,
                                    sex, &birth, (HearthGrowthMeasure *) (void *) weight_measures->data,
                                    weight_measures->len, t0, t1, settings);
      gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_WEIGHT],
                          _("Every weight logged up to 10 years of age: WHO gives no weight-for-age after 10."));
    }

  /* BMI */
  add_section (self, box, HEARTH_GROWTH_INDICATOR_BMI, _("BMI for age"));
  hearth_growth_chart_set_data (self->charts[HEARTH_GROWTH_INDICATOR_BMI], HEARTH_GROWTH_INDICATOR_BMI,
                                sex, &birth, (HearthGrowthMeasure *) (void *) bmi_measures->data,
                                bmi_measures->len, t0, t1, settings);
  if (heights->len > 0)
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_BMI],
                        _("Each weight with the height measured on or before its day, at most 6 months before: an older height went with a smaller child."));
  else
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_BMI], _("Add a height to see BMI-for-age"));
}

static void
refill (HearthGrowthDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_box_remove (self->sections, child);
  memset (self->charts, 0, sizeof self->charts);
  memset (self->captions, 0, sizeof self->captions);
  fill (self, self->store, self->profile, self->settings, self->sections);
}

static void
on_profiles_changed (HearthStore        *store,
                     HearthGrowthDialog *self)
{
  refill (self);
}

static void
add_height_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthGrowthDialog *self = HEARTH_GROWTH_DIALOG (widget);
  GtkWindow *dialog;

  if (self->store == NULL)
    return;
  dialog = GTK_WINDOW (hearth_height_dialog_new (self->store, self->profile, self->settings));
  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  g_set_weak_pointer (&self->height_dialog, dialog);
  gtk_window_present (dialog);
}

GtkWindow *
_hearth_growth_dialog_get_height_dialog (HearthGrowthDialog *self)
{
  g_return_val_if_fail (HEARTH_IS_GROWTH_DIALOG (self), NULL);
  return self->height_dialog;
}

HearthGrowthDialog *
hearth_growth_dialog_new (HearthStore   *store,
                          HearthProfile *profile,
                          GSettings     *settings)
{
  HearthGrowthDialog *self;
  GtkWidget *toolbar, *header, *title, *scroller, *clamp, *box, *intro;
  g_autofree char *subtitle = NULL;
  GDate birth;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HEARTH_TYPE_GROWTH_DIALOG, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 960);
  gtk_window_set_title (GTK_WINDOW (self), _("Growth"));

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (_("Growth"), hearth_profile_get_name (profile));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (toolbar), header);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  intro = gtk_label_new (_("Against WHO's growth curves, the 3rd, 15th, 50th, 85th and 97th percentiles: the WHO Child Growth Standards to 5 years, the WHO Growth Reference 2007 from 5 to 19. Point at a measurement for its percentile."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (box), intro);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (toolbar), scroller);
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  self->sections = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sections));
  if (get_birth (profile, &birth) &&
      (hearth_profile_get_sex (profile) == HEARTH_SEX_FEMALE || hearth_profile_get_sex (profile) == HEARTH_SEX_MALE))
    {
      GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Height…"));

      self->store = g_object_ref (store);
      self->profile = g_object_ref (profile);
      self->settings = g_object_ref (settings);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "growth.add-height");
      gtk_widget_set_tooltip_text (add, _("Add a height the child was measured at (Ctrl+N)"));
      adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
      fill (self, store, profile, settings, self->sections);
      self->changed_id = g_signal_connect (store, "profiles-changed", G_CALLBACK (on_profiles_changed), self);
    }
  else
    gtk_label_set_text (GTK_LABEL (intro), _("A growth chart needs the child's full birth date and sex, female or male: WHO's growth charts are by sex and month of age."));
  return self;
}

HearthGrowthChart *
_hearth_growth_dialog_get_chart (HearthGrowthDialog    *self,
                                 HearthGrowthIndicator  indicator)
{
  g_return_val_if_fail (HEARTH_IS_GROWTH_DIALOG (self), NULL);
  g_return_val_if_fail (indicator < HEARTH_GROWTH_N_INDICATORS, NULL);
  return self->charts[indicator];
}

GtkLabel *
_hearth_growth_dialog_get_caption (HearthGrowthDialog    *self,
                                   HearthGrowthIndicator  indicator)
{
  g_return_val_if_fail (HEARTH_IS_GROWTH_DIALOG (self), NULL);
  g_return_val_if_fail (indicator < HEARTH_GROWTH_N_INDICATORS, NULL);
  return self->captions[indicator];
}

static void
hearth_growth_dialog_dispose (GObject *object)
{
  HearthGrowthDialog *self = HEARTH_GROWTH_DIALOG (object);

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_weak_pointer (&self->height_dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (hearth_growth_dialog_parent_class)->dispose (object);
}

static void
hearth_growth_dialog_class_init (HearthGrowthDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_growth_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "growth.add-height", NULL, add_height_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "growth.add-height", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_growth_dialog_init (HearthGrowthDialog *self)
{
}
