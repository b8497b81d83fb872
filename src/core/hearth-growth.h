/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-profile.h"
#include "hearth-types.h"

G_BEGIN_DECLS

/* Children's BMI-for-age from WHO's LMS tables (docs/clinical.md#bmi-for-age):
 * the WHO Child Growth Standards (2006) for 0-60 completed months, the WHO
 * Growth Reference 2007 for 61-228 months (5-19 years). The table is
 * data/who-bmi-for-age.tsv in the core GResource, read once. No GTK. */

#define HEARTH_GROWTH_ERROR (hearth_growth_error_quark ())

typedef enum
{
  HEARTH_GROWTH_ERROR_AGE,    /* before birth, or past 228 months (19 years) */
  HEARTH_GROWTH_ERROR_SEX,    /* WHO's tables are by sex: female or male only */
  HEARTH_GROWTH_ERROR_VALUE,  /* a BMI, z or percentile not finite or out of range */
  HEARTH_GROWTH_ERROR_DATA,   /* the built-in table cannot be read (a build fault) */
} HearthGrowthError;

#define HEARTH_GROWTH_MAX_MONTHS 228
#define HEARTH_GROWTH_LAST_STANDARDS_MONTH 60

typedef enum
{
  HEARTH_GROWTH_SOURCE_STANDARDS_2006,  /* months 0-60 */
  HEARTH_GROWTH_SOURCE_REFERENCE_2007,  /* months 61-228 */
} HearthGrowthSource;

typedef enum
{
  /* under 5 (standards) */
  HEARTH_GROWTH_CATEGORY_SEVERELY_WASTED,              /* z < -3 */
  HEARTH_GROWTH_CATEGORY_WASTED,                       /* z < -2 */
  /* 5-19 (reference 2007) */
  HEARTH_GROWTH_CATEGORY_SEVERE_THINNESS,              /* z < -3 */
  HEARTH_GROWTH_CATEGORY_THINNESS,                     /* z < -2 */
  /* both */
  HEARTH_GROWTH_CATEGORY_NORMAL,
  /* under 5 */
  HEARTH_GROWTH_CATEGORY_POSSIBLE_RISK_OF_OVERWEIGHT,  /* z > 1 */
  /* both: under 5 z > 2, 5-19 z > 1 */
  HEARTH_GROWTH_CATEGORY_OVERWEIGHT,
  /* under 5 */
  HEARTH_GROWTH_CATEGORY_OBESE,                        /* z > 3 */
  /* 5-19 */
  HEARTH_GROWTH_CATEGORY_OBESITY,                      /* z > 2 */
} HearthGrowthCategory;

typedef struct
{
  HearthGrowthSource   source;
  guint                age_months;
  double               bmi;         /* as given */
  double               z;           /* LMS z, WHO's restricted form beyond +-3 */
  double               percentile;  /* 100 * Phi(z), 0 to 100 */
  HearthGrowthCategory category;    /* of z rounded to two decimals (as shown) */
  const char          *id;          /* "thinness", ... (static) */
  const char          *label;       /* translated, "Thinness" */
} HearthBmiForAge;

/* The percentiles of a growth chart's curves: 3rd, 15th, 50th, 85th, 97th. */
#define HEARTH_GROWTH_N_CURVES 5
extern const double hearth_growth_curve_percentiles[HEARTH_GROWTH_N_CURVES];

/* Which WHO table: BMI-for-age (kg/m2, 0-228 months), length/height-for-age
 * (cm, 0-228) and weight-for-age (kg, 0-120: WHO's reference stops at 10
 * years). data/who-height-for-age.tsv and data/who-weight-for-age.tsv come from
 * the same generator as the BMI table (docs/clinical.md#growth-for-age). */
typedef enum
{
  HEARTH_GROWTH_INDICATOR_BMI,
  HEARTH_GROWTH_INDICATOR_HEIGHT,
  HEARTH_GROWTH_INDICATOR_WEIGHT,
} HearthGrowthIndicator;

#define HEARTH_GROWTH_N_INDICATORS 3
#define HEARTH_GROWTH_WEIGHT_MAX_MONTHS 120

typedef struct
{
  HearthGrowthIndicator indicator;
  HearthGrowthSource    source;
  guint                 age_months;
  double                value;       /* as given: kg/m2, cm or kg */
  double                z;           /* LMS z, WHO's restricted form beyond +-3 */
  double                percentile;  /* 100 * Phi(z) */
} HearthGrowthScore;

GQuark      hearth_growth_error_quark       (void);

/* Completed months from @birth to @day (the local day of the reading): the
 * largest n with birth + n months <= day, a month added as GDate does (Jan 31
 * + 1 month = Feb 28/29). FALSE with HEARTH_GROWTH_ERROR_AGE if @day is before
 * @birth. Any age is returned; hearth_growth_bmi_for_age() refuses past 228. */
gboolean    hearth_growth_age_months        (const GDate *birth,
                                             const GDate *day,
                                             guint       *out_months,
                                             GError     **error);

/* Fills @out for a child of @sex (FEMALE or MALE) aged @age_months (0-228)
 * with @bmi (finite, > 0, kg/m2). FALSE with HEARTH_GROWTH_ERROR otherwise. */
gboolean    hearth_growth_bmi_for_age       (HearthSex         sex,
                                             guint             age_months,
                                             double            bmi,
                                             HearthBmiForAge  *out,
                                             GError          **error);

/* The BMI at z-score @z (finite, |z| <= 5) for that sex and age: the LMS curve
 * within +-3, WHO's straight continuation beyond (the inverse of the z above). */
gboolean    hearth_growth_bmi_at_z          (HearthSex   sex,
                                             guint       age_months,
                                             double      z,
                                             double     *out_bmi,
                                             GError    **error);

/* The BMI of percentile @percentile (0.1-99.9) for that sex and age. */
gboolean    hearth_growth_bmi_at_percentile (HearthSex   sex,
                                             guint       age_months,
                                             double      percentile,
                                             double     *out_bmi,
                                             GError    **error);

/* The BMI of each of hearth_growth_curve_percentiles for that sex and age. */
gboolean    hearth_growth_curves            (HearthSex   sex,
                                             guint       age_months,
                                             double      out_bmi[HEARTH_GROWTH_N_CURVES],
                                             GError    **error);

/* The last month @indicator's table covers: 228, or 120 for weight. */
guint       hearth_growth_indicator_max_months (HearthGrowthIndicator indicator);

/* The z-score and percentile of @value (finite, > 0, in the indicator's unit)
 * for that sex and age (0 to the indicator's last month). FALSE with
 * HEARTH_GROWTH_ERROR otherwise. For BMI, hearth_growth_bmi_for_age() adds
 * WHO's category. */
gboolean    hearth_growth_score             (HearthGrowthIndicator  indicator,
                                             HearthSex              sex,
                                             guint                  age_months,
                                             double                 value,
                                             HearthGrowthScore     *out,
                                             GError               **error);

/* The indicator's value at z-score @z (finite, |z| <= 5), the inverse of
 * hearth_growth_score()'s z. */
gboolean    hearth_growth_value_at_z        (HearthGrowthIndicator  indicator,
                                             HearthSex              sex,
                                             guint                  age_months,
                                             double                 z,
                                             double                *out_value,
                                             GError               **error);

/* The value of each of hearth_growth_curve_percentiles for that sex and age:
 * a growth chart's curves (hearth_growth_curves() is the BMI's). */
gboolean    hearth_growth_indicator_curves  (HearthGrowthIndicator  indicator,
                                             HearthSex              sex,
                                             guint                  age_months,
                                             double                 out_values[HEARTH_GROWTH_N_CURVES],
                                             GError               **error);

/* "Height 128.0 cm at 99 months: z-score -0.07, percentile 47.3 (WHO Growth
 * Reference 2007)." (weight in kg, BMI without a unit); the value to one
 * decimal, z to two, the percentile as hearth_growth_format_percentile();
 * '.' marks. No category: see hearth_bmi_for_age_describe() for BMI's. */
char       *hearth_growth_score_describe    (const HearthGrowthScore *score);

/* "percentile 89.1" as shown: the number to one decimal ('.' mark), or
 * "below 0.1" / "above 99.9" past them (translated). */
char       *hearth_growth_format_percentile (double percentile);

double      hearth_growth_percentile_from_z (double z);            /* 100 * Phi(z) */
double      hearth_growth_z_from_percentile (double percentile);   /* NAN outside (0, 100) */

/* The category of z (rounded to two decimals first) under @source's cut-offs. */
HearthGrowthCategory hearth_growth_classify_z (HearthGrowthSource source,
                                               double             z);
const char *hearth_growth_category_to_string (HearthGrowthCategory category);
/* "WHO Child Growth Standards 2006", "WHO Growth Reference 2007" (translated). */
const char *hearth_growth_source_get_name    (HearthGrowthSource   source);
/* "BMI 17.0 at 61 months: z-score 1.23, percentile 89.1: Overweight (WHO
 * Growth Reference 2007)." BMI to one decimal, z to two (the z classified),
 * the percentile to one ("below 0.1", "above 99.9" past them); '.' marks. */
char       *hearth_bmi_for_age_describe      (const HearthBmiForAge *result);
const char *hearth_growth_category_get_label (HearthGrowthCategory category);

/* hearth-growth-member.c: a member's growth. The completed months of
 * @profile on @day, from the full birth date (HEARTH_GROWTH_ERROR_AGE if the
 * month or day is unknown, or @day is before the birth). */
gboolean    hearth_growth_profile_age_months  (HearthProfile    *profile,
                                               const GDate      *day,
                                               guint            *out_months,
                                               GError          **error);
/* BMI-for-age of @kg at @height_cm for @profile on @day (the reading's local
 * day): the BMI as reported (one decimal, hearth_classify_bmi()), the
 * profile's sex and age in months. */
gboolean    hearth_growth_profile_bmi_for_age (HearthProfile    *profile,
                                               double            kg,
                                               double            height_cm,
                                               const GDate      *day,
                                               HearthBmiForAge  *out,
                                               GError          **error);

G_END_DECLS
