/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-growth-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-growth-dialog-private.h"
#include "hearth-gui-util.h"

/* BMI points use the one height a profile keeps: only weights this recent
 * (docs/clinical.md#growth-for-age). */
#define BMI_RECENT_DAYS 183

struct _HearthGrowthDialog
{
  AdwWindow          parent_instance;

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

static void
fill (HearthGrowthDialog *self,
      HearthStore        *store,
      HearthProfile      *profile,
      GSettings          *settings,
      GtkBox             *box)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (store));
  g_autoptr(GListModel) weights = NULL;
  g_autoptr(GArray) weight_measures = g_array_new (FALSE, FALSE, sizeof (HearthGrowthMeasure));
  g_autoptr(GArray) bmi_measures = g_array_new (FALSE, FALSE, sizeof (HearthGrowthMeasure));
  g_autoptr(GError) error = NULL;
  g_autofree char *height_text = NULL;
  HearthSex sex = hearth_profile_get_sex (profile);
  double cm = hearth_profile_get_height_cm (profile);
  gint64 now_us = g_date_time_to_unix (now) * G_USEC_PER_SEC;
  gint64 recent = now_us - (gint64) BMI_RECENT_DAYS * G_TIME_SPAN_DAY;
  gint64 t0 = now_us - 365 * G_TIME_SPAN_DAY, t1 = now_us + 60 * G_TIME_SPAN_DAY;
  GDate birth, today;
  guint today_months = 0;
  HearthGrowthMeasure height;

  get_birth (profile, &birth);
  local_date (now, &today);
  if (!hearth_growth_age_months (&birth, &today, &today_months, NULL))
    today_months = 0;

  weights = hearth_store_list_readings (store, hearth_profile_get_uuid (profile),
                                        HEARTH_READING_KIND_WEIGHT, NULL, now, &error);
  if (weights == NULL)
    g_warning ("Could not list the weights: %s", error->message);
  for (guint i = weights != NULL ? g_list_model_get_n_items (weights) : 0; i-- > 0;)
    {
      g_autoptr(HearthReading) reading = g_list_model_get_item (weights, i);
      GDateTime *taken_at = hearth_reading_get_taken_at (reading);
      HearthGrowthMeasure m = { g_date_time_to_unix (taken_at) * G_USEC_PER_SEC, 0, hearth_reading_get_kg (reading) };
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
      if (m.t >= recent && m.age_months <= HEARTH_GROWTH_MAX_MONTHS &&
          hearth_classify_bmi (HEARTH_BMI_CUTOFFS_WHO, m.value, cm, -1, &klass))
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
  height = (HearthGrowthMeasure) { now_us, today_months, cm };
  hearth_growth_chart_set_data (self->charts[HEARTH_GROWTH_INDICATOR_HEIGHT], HEARTH_GROWTH_INDICATOR_HEIGHT,
                                sex, &birth, &height, cm > 0 ? 1 : 0, t0, t1, settings);
  if (cm > 0)
    {
      g_autofree char *caption = NULL;

      height_text = hearth_units_format_length (cm, hearth_gui_settings_get_length_unit (settings));
      /* Translators: under the growth chart's height; %s "128 cm" */
      caption = g_strdup_printf (_("The height on the profile, %s, at today's age. A member has one height: edit it as the child grows."),
                                 height_text);
      gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_HEIGHT], caption);
    }
  else
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_HEIGHT],
                        _("Add a height to the profile to see it against the curves."));

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
  if (cm > 0)
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_BMI],
                        _("Weights of the last 6 months with the height on the profile: older weights went with a smaller height."));
  else
    gtk_label_set_text (self->captions[HEARTH_GROWTH_INDICATOR_BMI], _("Add a height to see BMI-for-age"));
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

  if (get_birth (profile, &birth) &&
      (hearth_profile_get_sex (profile) == HEARTH_SEX_FEMALE || hearth_profile_get_sex (profile) == HEARTH_SEX_MALE))
    fill (self, store, profile, settings, GTK_BOX (box));
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
hearth_growth_dialog_class_init (HearthGrowthDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_growth_dialog_init (HearthGrowthDialog *self)
{
}
