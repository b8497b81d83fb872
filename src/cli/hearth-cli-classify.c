/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"

/* No classify command opens the database. */

static gboolean
parse_positive (const char  *option,
                const char  *text,
                double      *out,
                GError     **error)
{
  if (!hearth_cli_parse_double (option, text, out, error))
    return FALSE;

  if (*out > 0)
    return TRUE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("%s must be greater than zero, not “%s”"), option, text);
  return FALSE;
}

int
hearth_cli_classify_bp (HearthCli               *cli,
                        const HearthCliCommand  *command,
                        char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *guideline_text = NULL;
  g_autofree char *sentence = NULL;
  HearthBpGuideline guideline = HEARTH_BP_GUIDELINE_ACC_AHA_2017;
  gboolean help = FALSE;
  gboolean home = FALSE;
  double systolic, diastolic;
  HearthBpClass klass;
  const GOptionEntry entries[] = {
    { "guideline", 0, 0, G_OPTION_ARG_STRING, &guideline_text,
      N_("acc-aha-2017 (default), esc-esh-2018, esc-2024 or china-2018"), N_("GUIDELINE") },
    { "home", 0, 0, G_OPTION_ARG_NONE, &home,
      N_("Use the guideline’s home thresholds (default: office)"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if ((*args)[0] == NULL || (*args)[1] == NULL || (*args)[2] == NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("expected SYSTOLIC and DIASTOLIC, e.g. “hearth-cli classify bp 128 82”"));
      return hearth_cli_report_error (error);
    }

  if (!parse_positive ("SYSTOLIC", (*args)[1], &systolic, &error) ||
      !parse_positive ("DIASTOLIC", (*args)[2], &diastolic, &error) ||
      !hearth_cli_no_arguments (*args + 2, &error))
    return hearth_cli_report_error (error);

  if (guideline_text != NULL && !hearth_bp_guideline_from_string (guideline_text, &guideline))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects acc-aha-2017, esc-esh-2018, esc-2024 or china-2018, not “%s”"),
                   "--guideline", guideline_text);
      return hearth_cli_report_error (error);
    }

  if (!hearth_classify_bp_validate (systolic, diastolic, &error))
    return hearth_cli_report_error (error);

  hearth_classify_bp (guideline, home, systolic, diastolic, &klass);
  sentence = hearth_bp_class_describe (&klass);

  g_print ("%s\n%s\n", klass.id, sentence);
  if (klass.severe)
    g_print ("alert: severe\n");
  if (klass.low)
    {
      /* "note: low" is an identifier scripts match; the rest is translated
       * (docs/clinical.md#low-blood-pressure). */
      g_print ("note: low — %s\n", _("below 90/60 mmHg, commonly flagged as low"));
    }

  return HEARTH_CLI_EXIT_OK;
}

/* A child's BMI-for-age (docs/clinical.md#bmi-for-age): the BMI as reported
 * (one decimal, as the adult classification shows it) placed on WHO's tables.
 * @conflicting names an adult option given too. */
static int
classify_bmi_for_age (double      kg,
                      double      cm,
                      const char *months_text,
                      const char *sex_text,
                      const char *conflicting)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *localized = NULL;
  HearthBmiForAge result;
  HearthBmiClass klass;
  HearthSex sex = HEARTH_SEX_UNSET;
  gint64 months = 0;

  if (conflicting != NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s is for adults; a child’s BMI-for-age takes --age-months and --sex"),
                   conflicting);
      return hearth_cli_report_error (error);
    }
  if (!hearth_cli_require ("--age-months", months_text, &error) ||
      !hearth_cli_require ("--sex", sex_text, &error) ||
      !hearth_cli_parse_int_range ("--age-months", months_text, 0, G_MAXINT, &months, &error))
    return hearth_cli_report_error (error);
  if (!hearth_sex_from_string (sex_text, &sex) || sex == HEARTH_SEX_UNSET)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects female or male, not “%s”"), "--sex", sex_text);
      return hearth_cli_report_error (error);
    }

  if (!hearth_classify_bmi (HEARTH_BMI_CUTOFFS_WHO, kg, cm, -1, &klass))
    g_assert_not_reached ();   /* kg and cm were checked to be > 0 */
  if (!hearth_growth_bmi_for_age (sex, (guint) months, klass.bmi, &result, &error))
    return hearth_cli_report_error (error);

  sentence = hearth_bmi_for_age_describe (&result);
  localized = hearth_cli_localize_numbers (sentence);
  g_print ("%s\n%s\n", result.id, localized);
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_classify_bmi (HearthCli               *cli,
                         const HearthCliCommand  *command,
                         char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kg_text = NULL;
  g_autofree char *cm_text = NULL;
  g_autofree char *age_text = NULL;
  g_autofree char *cutoffs_text = NULL;
  g_autofree char *months_text = NULL;
  g_autofree char *sex_text = NULL;
  g_autofree char *sentence = NULL;
  HearthBmiCutoffs cutoffs = HEARTH_BMI_CUTOFFS_WHO;
  gboolean help = FALSE;
  double kg, cm;
  gint64 age = -1;
  HearthBmiClass klass;
  const GOptionEntry entries[] = {
    { "kg", 0, 0, G_OPTION_ARG_STRING, &kg_text, N_("Weight in kilograms"), N_("N") },
    { "cm", 0, 0, G_OPTION_ARG_STRING, &cm_text, N_("Height in centimetres"), N_("N") },
    { "age", 0, 0, G_OPTION_ARG_STRING, &age_text,
      N_("Age in years; under 18 there is no adult category"), N_("N") },
    { "cutoffs", 0, 0, G_OPTION_ARG_STRING, &cutoffs_text, N_("who (default) or china"), N_("CUTOFFS") },
    { "age-months", 0, 0, G_OPTION_ARG_STRING, &months_text,
      N_("A child’s age in completed months (0–228): BMI-for-age from WHO’s tables"), N_("N") },
    { "sex", 0, 0, G_OPTION_ARG_STRING, &sex_text, N_("female or male (with --age-months)"), N_("SEX") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require ("--kg", kg_text, &error) ||
      !hearth_cli_require ("--cm", cm_text, &error) ||
      !parse_positive ("--kg", kg_text, &kg, &error) ||
      !parse_positive ("--cm", cm_text, &cm, &error) ||
      (age_text != NULL && !hearth_cli_parse_int ("--age", age_text, &age, &error)))
    return hearth_cli_report_error (error);

  if (months_text != NULL || sex_text != NULL)
    return classify_bmi_for_age (kg, cm, months_text, sex_text,
                                 age_text != NULL ? "--age" : cutoffs_text != NULL ? "--cutoffs" : NULL);

  if (age_text != NULL && age < 0)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s must not be negative"), "--age");
      return hearth_cli_report_error (error);
    }

  if (cutoffs_text != NULL && !hearth_bmi_cutoffs_from_string (cutoffs_text, &cutoffs))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects who or china, not “%s”"), "--cutoffs", cutoffs_text);
      return hearth_cli_report_error (error);
    }

  if (!hearth_classify_bmi (cutoffs, kg, cm, (int) age, &klass))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("weight and height must be greater than zero"));
      return hearth_cli_report_error (error);
    }

  sentence = hearth_bmi_class_describe (&klass);
  g_print ("%s\n%s\n", klass.id, sentence);

  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_classify_glucose (HearthCli               *cli,
                             const HearthCliCommand  *command,
                             char                  ***args)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *context_text = NULL;
  g_autofree char *guideline_text = NULL;
  g_autofree char *sentence = NULL;
  HearthGlucoseGuideline guideline = HEARTH_GLUCOSE_GUIDELINE_ADA;
  HearthGlucoseContext context = HEARTH_GLUCOSE_CONTEXT_UNSET;
  HearthGlucoseClass klass;
  gboolean help = FALSE;
  gboolean mgdl = FALSE;
  double value, mmol_l;
  const GOptionEntry entries[] = {
    { "context", 0, 0, G_OPTION_ARG_STRING, &context_text,
      N_("fasting, before-meal, after-meal, bedtime or random (default: none)"), N_("CONTEXT") },
    { "guideline", 0, 0, G_OPTION_ARG_STRING, &guideline_text, N_("ada (default) or who"), N_("GUIDELINE") },
    { "mgdl", 0, 0, G_OPTION_ARG_NONE, &mgdl, N_("N is in mg/dL (default: mmol/L)"), NULL },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command, entries, args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if ((*args)[0] == NULL || (*args)[1] == NULL)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("expected N, e.g. “hearth-cli classify glucose 5.8 --context fasting”"));
      return hearth_cli_report_error (error);
    }

  if (!parse_positive ("N", (*args)[1], &value, &error) ||
      !hearth_cli_no_arguments (*args + 1, &error) ||
      !hearth_cli_parse_glucose_context ("--context", context_text, &context, &error))
    return hearth_cli_report_error (error);

  if (guideline_text != NULL && !hearth_glucose_guideline_from_string (guideline_text, &guideline))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects ada or who, not “%s”"), "--guideline", guideline_text);
      return hearth_cli_report_error (error);
    }

  mmol_l = mgdl ? hearth_units_mgdl_to_mmoll (value) : value;
  if (!hearth_classify_glucose (guideline, context, mmol_l,
                                mgdl ? HEARTH_GLUCOSE_UNIT_MG_DL : HEARTH_GLUCOSE_UNIT_MMOL_L,
                                &klass))
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s is not a glucose value"), (*args)[1]);
      return hearth_cli_report_error (error);
    }

  sentence = hearth_glucose_class_describe (&klass);
  g_print ("%s\n%s\n", klass.id, sentence);
  if (klass.alert)
    g_print ("alert: low-glucose-level-2\n");

  return HEARTH_CLI_EXIT_OK;
}

/* A child's length/height- or weight-for-age (docs/clinical.md#growth-for-age):
 * the z-score ('.' always) on the first line, then the sentence. */
static int
classify_for_age (HearthCli               *cli,
                  const HearthCliCommand  *command,
                  char                  ***args,
                  HearthGrowthIndicator    indicator)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value_text = NULL;
  g_autofree char *months_text = NULL;
  g_autofree char *sex_text = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *localized = NULL;
  const char *value_option = indicator == HEARTH_GROWTH_INDICATOR_HEIGHT ? "--cm" : "--kg";
  char z[G_ASCII_DTOSTR_BUF_SIZE];
  HearthGrowthScore score;
  HearthSex sex = HEARTH_SEX_UNSET;
  gboolean help = FALSE;
  gint64 months = 0;
  double value;
  const GOptionEntry height_entries[] = {
    { "cm", 0, 0, G_OPTION_ARG_STRING, &value_text, N_("Length or height in centimetres"), N_("N") },
    { "age-months", 0, 0, G_OPTION_ARG_STRING, &months_text, N_("Age in completed months (0–228)"), N_("N") },
    { "sex", 0, 0, G_OPTION_ARG_STRING, &sex_text, N_("female or male"), N_("SEX") },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry weight_entries[] = {
    { "kg", 0, 0, G_OPTION_ARG_STRING, &value_text, N_("Weight in kilograms"), N_("N") },
    { "age-months", 0, 0, G_OPTION_ARG_STRING, &months_text, N_("Age in completed months (0–120)"), N_("N") },
    { "sex", 0, 0, G_OPTION_ARG_STRING, &sex_text, N_("female or male"), N_("SEX") },
    G_OPTION_ENTRY_NULL
  };

  if (!hearth_cli_parse_options (cli, command,
                                 indicator == HEARTH_GROWTH_INDICATOR_HEIGHT ? height_entries : weight_entries,
                                 args, &help, &error))
    return hearth_cli_report_error (error);
  if (help)
    return HEARTH_CLI_EXIT_OK;

  if (!hearth_cli_no_arguments (*args, &error) ||
      !hearth_cli_require (value_option, value_text, &error) ||
      !hearth_cli_require ("--age-months", months_text, &error) ||
      !hearth_cli_require ("--sex", sex_text, &error) ||
      !parse_positive (value_option, value_text, &value, &error) ||
      !hearth_cli_parse_int_range ("--age-months", months_text, 0, G_MAXINT, &months, &error))
    return hearth_cli_report_error (error);
  if (!hearth_sex_from_string (sex_text, &sex) || sex == HEARTH_SEX_UNSET)
    {
      g_set_error (&error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s expects female or male, not “%s”"), "--sex", sex_text);
      return hearth_cli_report_error (error);
    }

  if (!hearth_growth_score (indicator, sex, (guint) months, value, &score, &error))
    return hearth_cli_report_error (error);

  sentence = hearth_growth_score_describe (&score);
  localized = hearth_cli_localize_numbers (sentence);
  g_ascii_formatd (z, sizeof z, "%.2f", round (score.z * 100) / 100 + 0.0);
  g_print ("%s\n%s\n", z, localized);
  return HEARTH_CLI_EXIT_OK;
}

int
hearth_cli_classify_height (HearthCli               *cli,
                            const HearthCliCommand  *command,
                            char                  ***args)
{
  return classify_for_age (cli, command, args, HEARTH_GROWTH_INDICATOR_HEIGHT);
}

int
hearth_cli_classify_weight (HearthCli               *cli,
                            const HearthCliCommand  *command,
                            char                  ***args)
{
  return classify_for_age (cli, command, args, HEARTH_GROWTH_INDICATOR_WEIGHT);
}
