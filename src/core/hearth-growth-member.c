/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-growth"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hearth-classify.h"
#include "hearth-growth.h"

/* A member's growth: the age in months from the profile's birth date, and
 * BMI-for-age of a weight and height as the card shows them
 * (docs/clinical.md#bmi-for-age). */

gboolean
hearth_growth_profile_age_months (HearthProfile  *profile,
                                  const GDate    *day,
                                  guint          *out_months,
                                  GError        **error)
{
  guint year, month, dom;
  GDate birth;

  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);
  g_return_val_if_fail (out_months != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  year = hearth_profile_get_birth_year (profile);
  month = hearth_profile_get_birth_month (profile);
  dom = hearth_profile_get_birth_day (profile);
  if (year == 0 || month == 0 || dom == 0 ||
      !g_date_valid_dmy ((GDateDay) dom, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_AGE,
                           _("A child's growth needs the full birth date: year, month and day"));
      return FALSE;
    }
  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, (GDateDay) dom, (GDateMonth) month, (GDateYear) year);
  return hearth_growth_age_months (&birth, day, out_months, error);
}

gboolean
hearth_growth_profile_bmi_for_age (HearthProfile    *profile,
                                   double            kg,
                                   double            height_cm,
                                   const GDate      *day,
                                   HearthBmiForAge  *out,
                                   GError          **error)
{
  HearthBmiClass klass;
  guint months;

  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The BMI as reported, to one decimal, as the adult card's. */
  if (!hearth_classify_bmi (HEARTH_BMI_CUTOFFS_WHO, kg, height_cm, -1, &klass))
    {
      g_set_error_literal (error, HEARTH_GROWTH_ERROR, HEARTH_GROWTH_ERROR_VALUE,
                           _("BMI-for-age needs a weight and a height greater than 0"));
      return FALSE;
    }
  if (!hearth_growth_profile_age_months (profile, day, &months, error))
    return FALSE;
  return hearth_growth_bmi_for_age (hearth_profile_get_sex (profile), months, klass.bmi, out, error);
}
