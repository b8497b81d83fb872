/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-growth"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "hearth-core-resources.h"
#include "hearth-growth.h"

/* BMI-, length/height- and weight-for-age by WHO's LMS method:
 * docs/clinical.md#bmi-for-age and #growth-for-age. */

#define GROWTH_RESOURCE_DIR "/io/github/hearthapp/Hearth/core/"
#define N_MONTHS (HEARTH_GROWTH_MAX_MONTHS + 1)

static const char *const table_files[HEARTH_GROWTH_N_INDICATORS] = {
  "who-bmi-for-age.tsv",
  "who-height-for-age.tsv",
  "who-weight-for-age.tsv",
};

const double hearth_growth_curve_percentiles[HEARTH_GROWTH_N_CURVES] = { 3, 15, 50, 85, 97 };

typedef struct
{
  double l, m, s;
} Lms;

typedef struct
{
  Lms   rows[2][N_MONTHS];   /* [0] female, [1] male; to max_months */
  guint max_months;
  char *error;               /* why the table could not be read, or NULL */
} GrowthTable;

G_DEFINE_QUARK (hearth-growth-error-quark, hearth_growth_error)

static gboolean
parse_double (const char *text,
              double     *out)
{
  char *end = NULL;

  *out = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*out);
}

/* The table's own check: every month 0-max_months of both sexes once, M and S > 0. */
static char *
parse_table (const char  *text,
             GrowthTable *table)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean seen[2][N_MONTHS] = { { FALSE } };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      guint64 month;
      guint sex;
      Lms lms;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (cells) != 5)
        return g_strdup_printf ("line %u: %u cells, expected 5", i + 1, g_strv_length (cells));
      if (g_str_equal (cells[0], "female"))
        sex = 0;
      else if (g_str_equal (cells[0], "male"))
        sex = 1;
      else
        return g_strdup_printf ("line %u: sex \"%s\"", i + 1, cells[0]);
      if (!g_ascii_string_to_unsigned (cells[1], 10, 0, table->max_months, &month, NULL))
        return g_strdup_printf ("line %u: month \"%s\"", i + 1, cells[1]);
      if (!parse_double (cells[2], &lms.l) || !parse_double (cells[3], &lms.m)
          || !parse_double (cells[4], &lms.s) || lms.m <= 0 || lms.s <= 0)
        return g_strdup_printf ("line %u: L, M, S", i + 1);
      if (seen[sex][month])
        return g_strdup_printf ("line %u: month %u twice", i + 1, (guint) month);
      seen[sex][month] = TRUE;
      table->rows[sex][month] = lms;
    }
  for (guint sex = 0; sex < 2; sex++)
    for (guint month = 0; month <= table->max_months; month++)
      if (!seen[sex][month])
        return g_strdup_printf ("no %s row for month %u", sex ? "male" : "female", month);
  return NULL;
}

guint
hearth_growth_indicator_max_months (HearthGrowthIndicator indicator)
{
  g_return_val_if_fail (indicator < HEARTH_GROWTH_N_INDICATORS, 0);

  return indicator == HEARTH_GROWTH_INDICATOR_WEIGHT ? HEARTH_GROWTH_WEIGHT_MAX_MONTHS
                                                     : HEARTH_GROWTH_MAX_MONTHS;
}

static const GrowthTable *
get_table (HearthGrowthIndicator indicator)
{
  static GrowthTable *tables[HEARTH_GROWTH_N_INDICATORS];

  g_assert (indicator < HEARTH_GROWTH_N_INDICATORS);
  if (g_once_init_enter (&tables[indicator]))
    {
      GrowthTable *loaded = g_new0 (GrowthTable, 1);
      g_autofree char *path = g_strconcat (GROWTH_RESOURCE_DIR, table_files[indicator], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      loaded->max_months = hearth_growth_indicator_max_months (indicator);
      bytes = g_resource_lookup_data (hearth_core_get_resource (), path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        loaded->error = g_strdup (error->message);
      else
        {
          gsize length = 0;
          const char *data = g_bytes_get_data (bytes, &length);
          g_autofree char *text = g_strndup (data, length);

          loaded->error = parse_table (text, loaded);
        }
      if (loaded->error != NULL)
        g_warning ("The WHO table %s cannot be read: %s", table_files[indicator], loaded->error);
      g_once_init_leave (&tables[indicator], loaded);
    }
  return tables[indicator];
}

/* The row for @sex and @age_months, or NULL with an error a person can read. */
static const Lms *
lookup (HearthGrowthIndicator   indicator,
        HearthSex               sex,
        guint                   age_months,
        GError                **error)
{
  const GrowthTable *table;

  if (sex != HEARTH_SEX_FEMALE && sex != HEARTH_SEX_MALE)
    {
      const char *message;

      if (indicator == HEARTH_GROWTH_INDICATOR_HEIGHT)
        message = _("Height-for-age needs the child's sex, female or male: WHO's growth charts are by sex");
      else if (indicator == HEARTH_GROWTH_INDICATOR_WEIGHT)
        message = _("Weight-for-age needs the child's sex, female or male: WHO's growth charts are by sex");
      else
        message = _("BMI-for-age needs the child's sex, female or male: WHO's growth charts are by sex");
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_SEX, message);
      return NULL;
    }
  if (age_months > hearth_growth_indicator_max_months (indicator))
    {
      if (indicator == HEARTH_GROWTH_INDICATOR_HEIGHT)
        g_set_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE,
                     _("Height-for-age covers ages up to 19 years (228 months), not %u months"),
                     age_months);
      else if (indicator == HEARTH_GROWTH_INDICATOR_WEIGHT)
        g_set_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE,
                     _("Weight-for-age covers ages up to 10 years (120 months), not %u months"),
                     age_months);
      else
        g_set_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE,
                     _("BMI-for-age covers ages up to 19 years (228 months), not %u months"),
                     age_months);
      return NULL;
    }
  table = get_table (indicator);
  if (table->error != NULL)
    {
      g_set_error (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_DATA,
                   _("The WHO growth table cannot be read: %s"), table->error);
      return NULL;
    }
  return &table->rows[sex == HEARTH_SEX_MALE][age_months];
}

/* The LMS curve's value at |z| <= 3. */
static double
lms_value (const Lms *row,
           double     z)
{
  if (row->l == 0)
    return row->m * exp (row->s * z);
  return row->m * pow (1 + row->l * row->s * z, 1 / row->l);
}

static double
lms_z (const Lms *row,
       double     y)
{
  double z, sd3, sd23;

  if (row->l == 0)
    z = log (y / row->m) / row->s;
  else
    z = (pow (y / row->m, row->l) - 1) / (row->l * row->s);

  /* WHO's restricted application beyond +-3: the distance past SD3 in units
   * of the distance between SD2 and SD3 on that side. */
  if (z > 3)
    {
      sd3 = lms_value (row, 3);
      sd23 = sd3 - lms_value (row, 2);
      return 3 + (y - sd3) / sd23;
    }
  if (z < -3)
    {
      sd3 = lms_value (row, -3);
      sd23 = lms_value (row, -2) - sd3;
      return -3 + (y - sd3) / sd23;
    }
  return z;
}

double
hearth_growth_percentile_from_z (double z)
{
  return 50 * erfc (-z / G_SQRT2);
}

double
hearth_growth_z_from_percentile (double percentile)
{
  double lo = -40, hi = 40;

  if (!(percentile > 0 && percentile < 100))
    return NAN;
  /* Bisection on the CDF: 200 halvings are far below a double's step. */
  for (guint i = 0; i < 200 && hi - lo > 1e-13; i++)
    {
      double mid = (lo + hi) / 2;

      if (hearth_growth_percentile_from_z (mid) < percentile)
        lo = mid;
      else
        hi = mid;
    }
  return (lo + hi) / 2;
}

HearthGrowthCategory
hearth_growth_classify_z (HearthGrowthSource source,
                          double             z)
{
  /* The category of z as shown, to two decimals: a boundary belongs to the
   * category nearer normal ("> +1 SD", "< -2 SD"). */
  double shown = round (z * 100) / 100;

  if (source == HEARTH_GROWTH_SOURCE_STANDARDS_2006)
    {
      if (shown < -3)
        return HEARTH_GROWTH_CATEGORY_SEVERELY_WASTED;
      if (shown < -2)
        return HEARTH_GROWTH_CATEGORY_WASTED;
      if (shown > 3)
        return HEARTH_GROWTH_CATEGORY_OBESE;
      if (shown > 2)
        return HEARTH_GROWTH_CATEGORY_OVERWEIGHT;
      if (shown > 1)
        return HEARTH_GROWTH_CATEGORY_POSSIBLE_RISK_OF_OVERWEIGHT;
      return HEARTH_GROWTH_CATEGORY_NORMAL;
    }
  if (shown < -3)
    return HEARTH_GROWTH_CATEGORY_SEVERE_THINNESS;
  if (shown < -2)
    return HEARTH_GROWTH_CATEGORY_THINNESS;
  if (shown > 2)
    return HEARTH_GROWTH_CATEGORY_OBESITY;
  if (shown > 1)
    return HEARTH_GROWTH_CATEGORY_OVERWEIGHT;
  return HEARTH_GROWTH_CATEGORY_NORMAL;
}

const char *
hearth_growth_category_to_string (HearthGrowthCategory category)
{
  switch (category)
    {
    case HEARTH_GROWTH_CATEGORY_SEVERELY_WASTED: return "severely-wasted";
    case HEARTH_GROWTH_CATEGORY_WASTED: return "wasted";
    case HEARTH_GROWTH_CATEGORY_SEVERE_THINNESS: return "severe-thinness";
    case HEARTH_GROWTH_CATEGORY_THINNESS: return "thinness";
    case HEARTH_GROWTH_CATEGORY_NORMAL: return "normal";
    case HEARTH_GROWTH_CATEGORY_POSSIBLE_RISK_OF_OVERWEIGHT: return "possible-risk-of-overweight";
    case HEARTH_GROWTH_CATEGORY_OVERWEIGHT: return "overweight";
    case HEARTH_GROWTH_CATEGORY_OBESE: return "obese";
    case HEARTH_GROWTH_CATEGORY_OBESITY: return "obesity";
    default: g_return_val_if_reached ("");
    }
}

const char *
hearth_growth_category_get_label (HearthGrowthCategory category)
{
  switch (category)
    {
    case HEARTH_GROWTH_CATEGORY_SEVERELY_WASTED: return _("Severely wasted");
    case HEARTH_GROWTH_CATEGORY_WASTED: return _("Wasted");
    case HEARTH_GROWTH_CATEGORY_SEVERE_THINNESS: return _("Severe thinness");
    case HEARTH_GROWTH_CATEGORY_THINNESS: return _("Thinness");
    case HEARTH_GROWTH_CATEGORY_NORMAL: return C_("bmi-for-age", "Normal");
    case HEARTH_GROWTH_CATEGORY_POSSIBLE_RISK_OF_OVERWEIGHT: return _("Possible risk of overweight");
    case HEARTH_GROWTH_CATEGORY_OVERWEIGHT: return C_("bmi-for-age", "Overweight");
    case HEARTH_GROWTH_CATEGORY_OBESE: return C_("bmi-for-age", "Obese");
    case HEARTH_GROWTH_CATEGORY_OBESITY: return C_("bmi-for-age", "Obesity");
    default: g_return_val_if_reached ("");
    }
}

gboolean
hearth_growth_age_months (const GDate *birth,
                          const GDate *day,
                          guint       *out_months,
                          GError     **error)
{
  GDate probe;
  gint months;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (out_months != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_date_compare (day, birth) < 0)
    {
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE,
                           _("The day of the reading is before the birth date"));
      return FALSE;
    }
  months = ((gint) g_date_get_year (day) - (gint) g_date_get_year (birth)) * 12
           + ((gint) g_date_get_month (day) - (gint) g_date_get_month (birth));
  probe = *birth;
  g_date_add_months (&probe, (guint) months);
  if (g_date_compare (&probe, day) > 0)
    months--;
  g_assert (months >= 0);
  *out_months = (guint) months;
  return TRUE;
}

gboolean
hearth_growth_bmi_for_age (HearthSex         sex,
                           guint             age_months,
                           double            bmi,
                           HearthBmiForAge  *out,
                           GError          **error)
{
  HearthGrowthScore score;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_growth_score (HEARTH_GROWTH_INDICATOR_BMI, sex, age_months, bmi, &score, error))
    return FALSE;

  memset (out, 0, sizeof *out);
  out->source = score.source;
  out->age_months = age_months;
  out->bmi = bmi;
  out->z = score.z;
  out->percentile = score.percentile;
  out->category = hearth_growth_classify_z (out->source, out->z);
  out->id = hearth_growth_category_to_string (out->category);
  out->label = hearth_growth_category_get_label (out->category);
  return TRUE;
}

gboolean
hearth_growth_score (HearthGrowthIndicator   indicator,
                     HearthSex               sex,
                     guint                   age_months,
                     double                  value,
                     HearthGrowthScore      *out,
                     GError                **error)
{
  const Lms *row;

  g_return_val_if_fail (indicator < HEARTH_GROWTH_N_INDICATORS, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (value) || value <= 0)
    {
      const char *message;

      if (indicator == HEARTH_GROWTH_INDICATOR_HEIGHT)
        message = _("Height-for-age needs a height greater than 0");
      else if (indicator == HEARTH_GROWTH_INDICATOR_WEIGHT)
        message = _("Weight-for-age needs a weight greater than 0");
      else
        message = _("BMI-for-age needs a BMI greater than 0");
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE, message);
      return FALSE;
    }
  row = lookup (indicator, sex, age_months, error);
  if (row == NULL)
    return FALSE;

  memset (out, 0, sizeof *out);
  out->indicator = indicator;
  out->source = age_months <= HEARTH_GROWTH_LAST_STANDARDS_MONTH
                ? HEARTH_GROWTH_SOURCE_STANDARDS_2006
                : HEARTH_GROWTH_SOURCE_REFERENCE_2007;
  out->age_months = age_months;
  out->value = value;
  out->z = lms_z (row, value);
  out->percentile = hearth_growth_percentile_from_z (out->z);
  return TRUE;
}

gboolean
hearth_growth_bmi_at_z (HearthSex   sex,
                        guint       age_months,
                        double      z,
                        double     *out_bmi,
                        GError    **error)
{
  return hearth_growth_value_at_z (HEARTH_GROWTH_INDICATOR_BMI, sex, age_months, z, out_bmi, error);
}

gboolean
hearth_growth_value_at_z (HearthGrowthIndicator   indicator,
                          HearthSex               sex,
                          guint                   age_months,
                          double                  z,
                          double                 *out_value,
                          GError                **error)
{
  const Lms *row;

  g_return_val_if_fail (indicator < HEARTH_GROWTH_N_INDICATORS, FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (z) || fabs (z) > 5)
    {
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE,
                           _("A z-score for a growth curve must be between −5 and 5"));
      return FALSE;
    }
  row = lookup (indicator, sex, age_months, error);
  if (row == NULL)
    return FALSE;

  if (z > 3)
    {
      double sd3 = lms_value (row, 3);

      *out_value = sd3 + (z - 3) * (sd3 - lms_value (row, 2));
    }
  else if (z < -3)
    {
      double sd3 = lms_value (row, -3);

      *out_value = sd3 + (z + 3) * (lms_value (row, -2) - sd3);
    }
  else
    *out_value = lms_value (row, z);
  return TRUE;
}

gboolean
hearth_growth_bmi_at_percentile (HearthSex   sex,
                                 guint       age_months,
                                 double      percentile,
                                 double     *out_bmi,
                                 GError    **error)
{
  g_return_val_if_fail (out_bmi != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(percentile >= 0.1 && percentile <= 99.9))
    {
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE,
                           _("A growth curve's percentile must be between 0.1 and 99.9"));
      return FALSE;
    }
  return hearth_growth_bmi_at_z (sex, age_months,
                                 hearth_growth_z_from_percentile (percentile),
                                 out_bmi, error);
}

gboolean
hearth_growth_curves (HearthSex   sex,
                      guint       age_months,
                      double      out_bmi[HEARTH_GROWTH_N_CURVES],
                      GError    **error)
{
  return hearth_growth_indicator_curves (HEARTH_GROWTH_INDICATOR_BMI, sex, age_months,
                                         out_bmi, error);
}

gboolean
hearth_growth_indicator_curves (HearthGrowthIndicator   indicator,
                                HearthSex               sex,
                                guint                   age_months,
                                double                  out_values[HEARTH_GROWTH_N_CURVES],
                                GError                **error)
{
  g_return_val_if_fail (indicator < HEARTH_GROWTH_N_INDICATORS, FALSE);
  g_return_val_if_fail (out_values != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < HEARTH_GROWTH_N_CURVES; i++)
    if (!hearth_growth_value_at_z (indicator, sex, age_months,
                                   hearth_growth_z_from_percentile (hearth_growth_curve_percentiles[i]),
                                   &out_values[i], error))
      return FALSE;
  return TRUE;
}

char *
hearth_growth_format_percentile (double percentile)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (round (percentile * 10) < 1)
    /* Translators: a percentile too small to show, "percentile below 0.1" */
    return g_strdup (_("below 0.1"));
  if (round (percentile * 10) > 999)
    /* Translators: a percentile too large to show, "percentile above 99.9" */
    return g_strdup (_("above 99.9"));
  return g_strdup (g_ascii_formatd (number, sizeof number, "%.1f", percentile));
}

const char *
hearth_growth_source_get_name (HearthGrowthSource source)
{
  switch (source)
    {
    case HEARTH_GROWTH_SOURCE_STANDARDS_2006: return _("WHO Child Growth Standards 2006");
    case HEARTH_GROWTH_SOURCE_REFERENCE_2007: return _("WHO Growth Reference 2007");
    default: g_return_val_if_reached ("");
    }
}

char *
hearth_growth_score_describe (const HearthGrowthScore *score)
{
  char value[G_ASCII_DTOSTR_BUF_SIZE];
  char z[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *percentile = NULL;
  const char *source;
  gulong n;

  g_return_val_if_fail (score != NULL, NULL);
  g_return_val_if_fail (score->indicator < HEARTH_GROWTH_N_INDICATORS, NULL);

  g_ascii_formatd (value, sizeof value, "%.1f", score->value);
  g_ascii_formatd (z, sizeof z, "%.2f", round (score->z * 100) / 100 + 0.0);
  percentile = hearth_growth_format_percentile (score->percentile);
  source = hearth_growth_source_get_name (score->source);
  n = score->age_months;

  switch (score->indicator)
    {
    case HEARTH_GROWTH_INDICATOR_HEIGHT:
      /* Translators: "Height 128.0 cm at 99 months: z-score -0.07, percentile
       * 47.3 (WHO Growth Reference 2007)." %s height in cm, %u completed
       * months, %s z-score, %s percentile, %s the WHO source */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Height %s cm at %u month: z-score %s, percentile %s (%s).",
                                           "Height %s cm at %u months: z-score %s, percentile %s (%s).", n),
                              value, score->age_months, z, percentile, source);
    case HEARTH_GROWTH_INDICATOR_WEIGHT:
      /* Translators: "Weight 21.0 kg at 77 months: z-score -0.01, percentile
       * 49.4 (WHO Growth Reference 2007)." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weight %s kg at %u month: z-score %s, percentile %s (%s).",
                                           "Weight %s kg at %u months: z-score %s, percentile %s (%s).", n),
                              value, score->age_months, z, percentile, source);
    case HEARTH_GROWTH_INDICATOR_BMI:
    default:
      /* Translators: "BMI 17.0 at 61 months: z-score 1.23, percentile 89.1
       * (WHO Growth Reference 2007)." */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "BMI %s at %u month: z-score %s, percentile %s (%s).",
                                           "BMI %s at %u months: z-score %s, percentile %s (%s).", n),
                              value, score->age_months, z, percentile, source);
    }
}

char *
hearth_bmi_for_age_describe (const HearthBmiForAge *result)
{
  char bmi[G_ASCII_DTOSTR_BUF_SIZE];
  char z[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *percentile = NULL;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (result->label != NULL, NULL);

  g_ascii_formatd (bmi, sizeof bmi, "%.1f", result->bmi);
  /* the z as shown and classified: no "-0.00" */
  g_ascii_formatd (z, sizeof z, "%.2f", round (result->z * 100) / 100 + 0.0);
  percentile = hearth_growth_format_percentile (result->percentile);

  /* Translators: "BMI 17.0 at 61 months: z-score 1.23, percentile 89.1:
   * Overweight (WHO Growth Reference 2007)." %s BMI, %u age in completed
   * months, %s z-score, %s percentile, %s category, %s the WHO source. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "BMI %s at %u month: z-score %s, percentile %s: %s (%s).",
                                       "BMI %s at %u months: z-score %s, percentile %s: %s (%s).",
                                       result->age_months),
                          bmi, result->age_months, z, percentile, result->label,
                          hearth_growth_source_get_name (result->source));
}
