/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-units"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "hearth-units.h"

#define EPSILON 1e-9

/* Conversions */

static void
test_units_conversions (void)
{
  g_assert_cmpfloat_with_epsilon (hearth_units_kg_to_lb (1.0), 2.2046226218, 1e-9);
  g_assert_cmpfloat_with_epsilon (hearth_units_lb_to_kg (1.0), 0.45359237, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_lb_to_kg (hearth_units_kg_to_lb (72.4)), 72.4, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_kpa_to_mmhg (1.0), 7.500615758, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_mmhg_to_kpa (120.0), 15.998686, 1e-6);
  g_assert_cmpfloat_with_epsilon (hearth_units_mgdl_to_mmoll (180.16), 10.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_mmoll_to_mgdl (5.6), 100.8896, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_c_to_f (100.0), 212.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_c_to_f (-40.0), -40.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_f_to_c (32.0), 0.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_f_to_c (98.6), 37.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_cm_to_in (2.54), 1.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (hearth_units_in_to_cm (69.0), 175.26, EPSILON);
}

/* Formatting */

static void
test_units_format_weight (void)
{
  static const struct {
    double kg_or_lb;
    gboolean in_lb;       /* the value is in pounds, convert first */
    HearthWeightUnit unit;
    const char *text;
    const char *value;
  } cases[] = {
    { 72.4, FALSE, HEARTH_WEIGHT_UNIT_KG, "72.4 kg", "72.4" },
    { 72.44, FALSE, HEARTH_WEIGHT_UNIT_KG, "72.4 kg", "72.4" },
    { 72.46, FALSE, HEARTH_WEIGHT_UNIT_KG, "72.5 kg", "72.5" },
    { 72.0, FALSE, HEARTH_WEIGHT_UNIT_KG, "72.0 kg", "72.0" },
    { 0.0, FALSE, HEARTH_WEIGHT_UNIT_KG, "0.0 kg", "0.0" },
    { 3.04, FALSE, HEARTH_WEIGHT_UNIT_KG, "3.0 kg", "3.0" },
    { 250.96, FALSE, HEARTH_WEIGHT_UNIT_KG, "251.0 kg", "251.0" },
    { 72.4, FALSE, HEARTH_WEIGHT_UNIT_LB, "159.6 lb", "159.6" },
    { 72.4, FALSE, HEARTH_WEIGHT_UNIT_ST, "11 st 5.6 lb", "11 5.6" },
    { 160.0, TRUE, HEARTH_WEIGHT_UNIT_LB, "160.0 lb", "160.0" },
    { 160.0, TRUE, HEARTH_WEIGHT_UNIT_ST, "11 st 6.0 lb", "11 6.0" },
    { 160.24, TRUE, HEARTH_WEIGHT_UNIT_ST, "11 st 6.2 lb", "11 6.2" },
    { 167.84, TRUE, HEARTH_WEIGHT_UNIT_ST, "11 st 13.8 lb", "11 13.8" },
    /* 13.96 lb rounds to 14.0: carry into the stones. */
    { 167.96, TRUE, HEARTH_WEIGHT_UNIT_ST, "12 st 0.0 lb", "12 0.0" },
    { 153.96, TRUE, HEARTH_WEIGHT_UNIT_ST, "11 st 0.0 lb", "11 0.0" },
    { 13.96, TRUE, HEARTH_WEIGHT_UNIT_ST, "1 st 0.0 lb", "1 0.0" },
    { 13.94, TRUE, HEARTH_WEIGHT_UNIT_ST, "0 st 13.9 lb", "0 13.9" },
    { 2.0, TRUE, HEARTH_WEIGHT_UNIT_ST, "0 st 2.0 lb", "0 2.0" },
    { 1100.0, TRUE, HEARTH_WEIGHT_UNIT_ST, "78 st 8.0 lb", "78 8.0" },
    { 1100.0, TRUE, HEARTH_WEIGHT_UNIT_LB, "1100.0 lb", "1100.0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double kg = cases[i].in_lb ? hearth_units_lb_to_kg (cases[i].kg_or_lb) : cases[i].kg_or_lb;
      g_autofree char *text = hearth_units_format_weight (kg, cases[i].unit);
      g_autofree char *value = hearth_units_format_weight_value (kg, cases[i].unit);

      if (g_strcmp0 (text, cases[i].text) != 0 || g_strcmp0 (value, cases[i].value) != 0)
        g_error ("case %u: %g shown as “%s” / “%s”, expected “%s” / “%s”", i,
                 cases[i].kg_or_lb, text, value, cases[i].text, cases[i].value);
    }
}

static void
test_units_format_other (void)
{
  static const struct {
    int kind;             /* 0 length, 1 pressure, 2 glucose, 3 temperature */
    int unit;
    double value;         /* canonical */
    const char *text;
  } cases[] = {
    { 0, HEARTH_LENGTH_UNIT_CM, 175.0, "175.0 cm" },
    { 0, HEARTH_LENGTH_UNIT_CM, 175.04, "175.0 cm" },
    { 0, HEARTH_LENGTH_UNIT_CM, 175.06, "175.1 cm" },
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 175.0, "5 ft 9 in" },       /* 68.9 in */
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 175.26, "5 ft 9 in" },      /* 69.0 in */
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 176.53, "5 ft 9.5 in" },    /* 69.5 in */
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 182.118, "5 ft 11.5 in" },  /* 71.7 in */
    /* 71.8 in rounds to 72: carry into the feet. */
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 182.372, "6 ft 0 in" },
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 152.4, "5 ft 0 in" },
    { 0, HEARTH_LENGTH_UNIT_FT_IN, 50.8, "1 ft 8 in" },
    { 1, HEARTH_PRESSURE_UNIT_MMHG, 120.0, "120 mmHg" },
    { 1, HEARTH_PRESSURE_UNIT_MMHG, 119.6, "120 mmHg" },
    { 1, HEARTH_PRESSURE_UNIT_MMHG, 119.4, "119 mmHg" },
    { 1, HEARTH_PRESSURE_UNIT_MMHG, 80.0, "80 mmHg" },
    { 1, HEARTH_PRESSURE_UNIT_KPA, 120.0, "16.0 kPa" },
    { 1, HEARTH_PRESSURE_UNIT_KPA, 80.0, "10.7 kPa" },
    { 1, HEARTH_PRESSURE_UNIT_KPA, 140.0, "18.7 kPa" },
    { 2, HEARTH_GLUCOSE_UNIT_MMOL_L, 5.6, "5.6 mmol/L" },
    { 2, HEARTH_GLUCOSE_UNIT_MMOL_L, 5.64, "5.6 mmol/L" },
    { 2, HEARTH_GLUCOSE_UNIT_MG_DL, 5.6, "101 mg/dL" },
    { 2, HEARTH_GLUCOSE_UNIT_MG_DL, 7.0, "126 mg/dL" },
    { 2, HEARTH_GLUCOSE_UNIT_MG_DL, 10.0, "180 mg/dL" },
    { 3, HEARTH_TEMPERATURE_UNIT_C, 36.6, "36.6 °C" },
    { 3, HEARTH_TEMPERATURE_UNIT_C, 38.0, "38.0 °C" },
    { 3, HEARTH_TEMPERATURE_UNIT_C, -0.04, "0.0 °C" },
    { 3, HEARTH_TEMPERATURE_UNIT_C, -0.06, "-0.1 °C" },
    { 3, HEARTH_TEMPERATURE_UNIT_C, -40.0, "-40.0 °C" },
    { 3, HEARTH_TEMPERATURE_UNIT_F, -40.0, "-40.0 °F" },
    { 3, HEARTH_TEMPERATURE_UNIT_F, 36.6, "97.9 °F" },
    { 3, HEARTH_TEMPERATURE_UNIT_F, 37.0, "98.6 °F" },
    { 3, HEARTH_TEMPERATURE_UNIT_F, 38.0, "100.4 °F" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      switch (cases[i].kind)
        {
        case 0:
          text = hearth_units_format_length (cases[i].value, cases[i].unit);
          break;
        case 1:
          text = hearth_units_format_pressure (cases[i].value, cases[i].unit);
          break;
        case 2:
          text = hearth_units_format_glucose (cases[i].value, cases[i].unit);
          break;
        case 3:
          text = hearth_units_format_temperature (cases[i].value, cases[i].unit);
          break;
        default:
          g_assert_not_reached ();
        }

      if (g_strcmp0 (text, cases[i].text) != 0)
        g_error ("case %u: %g shown as “%s”, expected “%s”", i, cases[i].value,
                 text, cases[i].text);
    }
}

/* Parsing */

typedef enum
{
  WEIGHT,
  LENGTH,
  PRESSURE,
} Quantity;

static gboolean
parse (Quantity     quantity,
       const char  *text,
       int          unit,
       double      *value,
       GError     **error)
{
  switch (quantity)
    {
    case WEIGHT:
      return hearth_units_parse_weight (text, unit, value, error);
    case LENGTH:
      return hearth_units_parse_length (text, unit, value, error);
    case PRESSURE:
      return hearth_units_parse_pressure (text, unit, value, error);
    default:
      g_assert_not_reached ();
    }
}

#define LB(x) ((x) * 0.45359237)
#define IN(x) ((x) * 2.54)
#define KPA(x) ((x) * 7.500615758)

static void
test_units_parse (void)
{
  static const struct {
    Quantity quantity;
    int unit;
    const char *text;
    double expected;      /* canonical */
  } cases[] = {
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72.5", 72.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "  72.5kg\t ", 72.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72.5 KG", 72.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72.5\xc2\xa0kg", 72.5 },   /* no-break space */
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72", 72.0 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72.", 72.0 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "0", 0.0 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "007.25", 7.25 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_LB, "160", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_LB, "160 lb", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_LB, "160.4 lbs", LB (160.4) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 st 6 lb", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11st6lb", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 6", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 6.2", LB (160.2) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 6 lb", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 st 6", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 st", LB (154) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11", LB (154) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11.5", LB (161) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "0 13.9", LB (13.9) },
    /* An explicit symbol wins over the display unit. */
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "160 lb", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "11 st 6 lb", LB (160) },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "72.5 kg", 72.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "160 lb", LB (160) },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "175", 175.0 },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "1.75 m", 175.0 },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "5 ft 9 in", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 ft 9 in", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 ft 9.5 in", IN (69.5) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5ft9in", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5'9\"", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5'9", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5\xe2\x80\xb2" "9\xe2\x80\xb3", IN (69) },  /* 5′9″ */
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 9", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 feet 9 inches", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 ft", IN (60) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5", IN (60) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "69 in", IN (69) },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "175 cm", 175.0 },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "120", 120.0 },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "120 mmHg", 120.0 },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "120mmhg", 120.0 },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "119.5", 119.5 },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "16 kPa", KPA (16) },
    { PRESSURE, HEARTH_PRESSURE_UNIT_KPA, "16", KPA (16) },
    { PRESSURE, HEARTH_PRESSURE_UNIT_KPA, "10.7 kpa", KPA (10.7) },
    { PRESSURE, HEARTH_PRESSURE_UNIT_KPA, "120 mmHg", 120.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      if (!parse (cases[i].quantity, cases[i].text, cases[i].unit, &value, &error))
        g_error ("case %u: “%s” not accepted: %s", i, cases[i].text, error->message);
      g_assert_no_error (error);
      if (fabs (value - cases[i].expected) > EPSILON)
        g_error ("case %u: “%s” gave %.17g, expected %.17g", i, cases[i].text,
                 value, cases[i].expected);
    }
}

static void
test_units_parse_errors (void)
{
  static const struct {
    Quantity quantity;
    int unit;
    const char *text;
    const char *message;  /* NULL: any message */
  } cases[] = {
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "", "Enter a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "   ", "Enter a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "abc", "“abc” is not a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "  abc  ", "“abc” is not a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "nan", "“nan” is not a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "NaN", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "inf", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "infinity", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "1e3", "“e” is not a unit of weight" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "0x10", "“x” is not a unit of weight" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "-5", "“-5” is less than zero" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "\xe2\x88\x92" "5", NULL },   /* −5 */
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "5-", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "+5", "“+5” is not a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72.5.1", "“72.5.1” is not a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72,5,1", NULL },
    /* A ',' where the locale's decimal mark is '.' (the tests run in C.UTF-8). */
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72,5", "“72,5” is not a number: use “.” as the decimal mark" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, ",5", NULL },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5' 9,5\"", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, ".", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "kg", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72 xyz", "“xyz” is not a unit of weight" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72 mmHg", "“mmHg” is not a unit of weight" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72kg.5", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72 kg 5", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72 kg kg", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "11 6", "“11 6” is not a number" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_LB, "11 6", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "1 2 3", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 14", "Pounds after stones must be less than 14" },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 st 14.0 lb", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 lb 6 st", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 kg 6", NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG,
      "1000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000"
      "0000000000000000000000000000000000000000000000000000000000000000000000000000000",
      NULL },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "\xff\xfe", NULL },   /* not UTF-8 */
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 12", "Inches after feet must be less than 12" },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 ft 12 in", NULL },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "5 9", NULL },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5 ft 9 kg", "“kg” is not a unit of length" },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "tall", NULL },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "-175", NULL },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "", NULL },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "120/80", NULL },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "120 80", NULL },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "120 kg", "“kg” is not a unit of pressure" },
    { PRESSURE, HEARTH_PRESSURE_UNIT_MMHG, "-1", NULL },
    { PRESSURE, HEARTH_PRESSURE_UNIT_KPA, "", NULL },
    { PRESSURE, HEARTH_PRESSURE_UNIT_KPA, "high", "“high” is not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *escaped = g_strescape (cases[i].text, NULL);
      double value = 42.0;

      if (parse (cases[i].quantity, cases[i].text, cases[i].unit, &value, &error))
        g_error ("case %u: “%s” accepted as %.17g", i, escaped, value);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpstr (error->message, !=, "");
      if (cases[i].message != NULL && g_strcmp0 (error->message, cases[i].message) != 0)
        g_error ("case %u: “%s” says “%s”, expected “%s”", i, escaped,
                 error->message, cases[i].message);
      /* Nothing is written on failure. */
      g_assert_cmpfloat (value, ==, 42.0);
    }
}

/* Sets LC_NUMERIC to @locale or fails the test naming the set-up: the
 * locales are generated by the machine's set-up (PLATFORM.md, CI). */
static gboolean
require_locale (const char *locale)
{
  if (setlocale (LC_NUMERIC, locale) != NULL)
    return TRUE;

  g_test_fail_printf ("locale %s is not installed: generate it (uncomment it in "
                      "/etc/locale.gen and run locale-gen; see PLATFORM.md)", locale);
  return FALSE;
}

/* hearth_units_format_* digits never follow the locale (callers that show
 * people a number localise it); the parsers accept what people in the
 * locale type: ',' or '.' where the decimal mark is ',', only '.' where it
 * is '.' (a ',' is refused, saying so). */
static void
test_units_format_locale (void)
{
  static const struct {
    Quantity quantity;
    int unit;
    const char *text;
    double expected;
  } comma_cases[] = {
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72,5 kg", 72.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, "72.5", 72.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_KG, ",5", 0.5 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_LB, "159,6", 159.6 * 0.45359237 },
    { WEIGHT, HEARTH_WEIGHT_UNIT_ST, "11 st 6,2 lb", 160.2 * 0.45359237 },
    { LENGTH, HEARTH_LENGTH_UNIT_CM, "175,5 cm", 175.5 },
    { LENGTH, HEARTH_LENGTH_UNIT_FT_IN, "5' 9,5\"", 69.5 * 2.54 },
    { PRESSURE, HEARTH_PRESSURE_UNIT_KPA, "16,0", 16 * 7.500615758 },
  };
  static const char *dot_locales[] = { "C.UTF-8", "C", "zh_TW.UTF-8", "zh_CN.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  if (!require_locale ("de_DE.UTF-8"))
    return;

  {
    g_autofree char *kg = hearth_units_format_weight (72.4, HEARTH_WEIGHT_UNIT_KG);
    g_autofree char *st = hearth_units_format_weight_value (72.4, HEARTH_WEIGHT_UNIT_ST);
    g_autofree char *c = hearth_units_format_temperature (36.6, HEARTH_TEMPERATURE_UNIT_C);

    g_assert_cmpint (hearth_units_get_decimal_mark (), ==, ',');
    g_assert_cmpstr (kg, ==, "72.4 kg");
    g_assert_cmpstr (st, ==, "11 5.6");
    g_assert_cmpstr (c, ==, "36.6 °C");
  }

  for (guint i = 0; i < G_N_ELEMENTS (comma_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      if (!parse (comma_cases[i].quantity, comma_cases[i].text, comma_cases[i].unit, &value, &error))
        g_error ("de_DE: “%s” refused: %s", comma_cases[i].text, error->message);
      g_assert_cmpfloat_with_epsilon (value, comma_cases[i].expected, EPSILON);
    }

  for (guint l = 0; l < G_N_ELEMENTS (dot_locales); l++)
    {
      if (!require_locale (dot_locales[l]))
        break;
      g_assert_cmpint (hearth_units_get_decimal_mark (), ==, '.');

      for (guint i = 0; i < G_N_ELEMENTS (comma_cases); i++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *message = NULL;
          double value = 42;
          gboolean has_comma = strchr (comma_cases[i].text, ',') != NULL;
          gboolean ok = parse (comma_cases[i].quantity, comma_cases[i].text,
                               comma_cases[i].unit, &value, &error);

          if (!has_comma)
            {
              g_assert_no_error (error);
              g_assert_true (ok);
              continue;
            }
          g_assert_false (ok);
          g_assert_cmpfloat (value, ==, 42);
          message = g_strdup_printf ("“%s” is not a number: use “.” as the decimal mark",
                                     comma_cases[i].text);
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
          g_assert_cmpstr (error->message, ==, message);
        }
    }

  setlocale (LC_NUMERIC, saved);
}

/* Round trips: parse (format (v)) formats to the same text. */

static void
check_weight_round_trip (double           kg,
                         HearthWeightUnit unit)
{
  g_autofree char *text = hearth_units_format_weight (kg, unit);
  g_autofree char *value = hearth_units_format_weight_value (kg, unit);
  g_autofree char *text_again = NULL;
  g_autofree char *value_again = NULL;
  g_autofree char *text_from_value = NULL;
  g_autoptr(GError) error = NULL;
  double kg2 = -1;
  double kg3 = -1;

  if (!hearth_units_parse_weight (text, unit, &kg2, &error))
    g_error ("“%s” (%.17g kg) does not parse: %s", text, kg, error->message);
  text_again = hearth_units_format_weight (kg2, unit);
  if (g_strcmp0 (text, text_again) != 0)
    g_error ("%.17g kg: “%s” came back as “%s”", kg, text, text_again);

  if (!hearth_units_parse_weight (value, unit, &kg3, &error))
    g_error ("“%s” (%.17g kg) does not parse: %s", value, kg, error->message);
  value_again = hearth_units_format_weight_value (kg3, unit);
  text_from_value = hearth_units_format_weight (kg3, unit);
  if (g_strcmp0 (value, value_again) != 0 || g_strcmp0 (text, text_from_value) != 0)
    g_error ("%.17g kg: “%s” came back as “%s”", kg, value, value_again);
}

static void
check_length_round_trip (double           cm,
                         HearthLengthUnit unit)
{
  g_autofree char *text = hearth_units_format_length (cm, unit);
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;
  double cm2 = -1;

  if (!hearth_units_parse_length (text, unit, &cm2, &error))
    g_error ("“%s” (%.17g cm) does not parse: %s", text, cm, error->message);
  again = hearth_units_format_length (cm2, unit);
  if (g_strcmp0 (text, again) != 0)
    g_error ("%.17g cm: “%s” came back as “%s”", cm, text, again);

  /* The entry-field form reads back to the same displayed value. */
  {
    g_autofree char *value = hearth_units_format_length_value (cm, unit);
    g_autofree char *shown = NULL;
    double cm3 = -1;

    if (!hearth_units_parse_length (value, unit, &cm3, NULL))
      g_error ("entry text “%s” (%.17g cm) does not parse", value, cm);
    shown = hearth_units_format_length (cm3, unit);
    if (g_strcmp0 (text, shown) != 0)
      g_error ("%.17g cm: entry “%s” came back as “%s”", cm, value, shown);
  }
}

static void
check_pressure_round_trip (double             mmhg,
                           HearthPressureUnit unit)
{
  g_autofree char *text = hearth_units_format_pressure (mmhg, unit);
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;
  double mmhg2 = -1;

  if (!hearth_units_parse_pressure (text, unit, &mmhg2, &error))
    g_error ("“%s” (%.17g mmHg) does not parse: %s", text, mmhg, error->message);
  again = hearth_units_format_pressure (mmhg2, unit);
  if (g_strcmp0 (text, again) != 0)
    g_error ("%.17g mmHg: “%s” came back as “%s”", mmhg, text, again);

  {
    g_autofree char *value = hearth_units_format_pressure_value (mmhg, unit);
    g_autofree char *shown = NULL;
    double mmhg3 = -1;

    if (!hearth_units_parse_pressure (value, unit, &mmhg3, NULL))
      g_error ("entry text “%s” (%.17g mmHg) does not parse", value, mmhg);
    shown = hearth_units_format_pressure (mmhg3, unit);
    if (g_strcmp0 (text, shown) != 0)
      g_error ("%.17g mmHg: entry “%s” came back as “%s”", mmhg, value, shown);
  }
}

/* Every 0.1 lb from 2 to 1100 lb shows as itself, in lb and in st+lb,
 * and comes back. */
static void
test_units_round_trip_pounds (void)
{
  for (int tenths = 20; tenths <= 11000; tenths++)
    {
      double kg = hearth_units_lb_to_kg (tenths / 10.0);
      g_autofree char *lb = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_LB);
      g_autofree char *st = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_ST);
      g_autofree char *expected_lb = g_strdup_printf ("%d.%d lb", tenths / 10, tenths % 10);
      g_autofree char *expected_st = g_strdup_printf ("%d st %d.%d lb", tenths / 140,
                                                      (tenths % 140) / 10, tenths % 10);

      if (g_strcmp0 (lb, expected_lb) != 0 || g_strcmp0 (st, expected_st) != 0)
        g_error ("%d tenths of a pound shown as “%s”, “%s”", tenths, lb, st);

      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_LB);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_ST);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_KG);
    }
}

/* Every "S st L.l lb" typed comes back as the same text. */
static void
test_units_round_trip_stones (void)
{
  for (int st = 0; st <= 78; st++)
    {
      for (int tenths = 0; tenths < 140; tenths++)
        {
          g_autofree char *text = g_strdup_printf ("%d st %d.%d lb", st, tenths / 10, tenths % 10);
          g_autofree char *value = g_strdup_printf ("%d %d.%d", st, tenths / 10, tenths % 10);
          g_autofree char *again = NULL;
          g_autofree char *value_again = NULL;
          double kg = -1;

          g_assert_true (hearth_units_parse_weight (text, HEARTH_WEIGHT_UNIT_ST, &kg, NULL));
          again = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_ST);
          if (g_strcmp0 (text, again) != 0)
            g_error ("“%s” came back as “%s”", text, again);

          g_assert_true (hearth_units_parse_weight (value, HEARTH_WEIGHT_UNIT_ST, &kg, NULL));
          value_again = hearth_units_format_weight_value (kg, HEARTH_WEIGHT_UNIT_ST);
          if (g_strcmp0 (value, value_again) != 0)
            g_error ("“%s” came back as “%s”", value, value_again);
        }
    }
}

/* Every 0.1 kg from 0.1 to 650 kg, and values between the steps. */
static void
test_units_round_trip_kilograms (void)
{
  for (int tenths = 1; tenths <= 6500; tenths++)
    {
      double kg = tenths / 10.0;
      g_autofree char *text = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_KG);
      g_autofree char *expected = g_strdup_printf ("%d.%d kg", tenths / 10, tenths % 10);

      g_assert_cmpstr (text, ==, expected);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_KG);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_LB);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_ST);
    }

  /* Off the grid, including values a hair from a rounding edge. */
  for (double kg = 0.5; kg <= 500.0; kg += 0.0137)
    {
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_KG);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_LB);
      check_weight_round_trip (kg, HEARTH_WEIGHT_UNIT_ST);
    }
  for (int tenths = 20; tenths <= 11000; tenths += 7)
    {
      double half = hearth_units_lb_to_kg ((tenths + 0.5) / 10.0);

      check_weight_round_trip (nextafter (half, 0), HEARTH_WEIGHT_UNIT_LB);
      check_weight_round_trip (nextafter (half, 1000), HEARTH_WEIGHT_UNIT_ST);
      check_weight_round_trip (half, HEARTH_WEIGHT_UNIT_ST);
    }
}

/* Every 0.1 kPa from 6.6 to 40.0 kPa, every mmHg 0–400, and between. */
static void
test_units_round_trip_pressure (void)
{
  for (int tenths = 66; tenths <= 400; tenths++)
    {
      double mmhg = hearth_units_kpa_to_mmhg (tenths / 10.0);
      g_autofree char *text = hearth_units_format_pressure (mmhg, HEARTH_PRESSURE_UNIT_KPA);
      g_autofree char *expected = g_strdup_printf ("%d.%d kPa", tenths / 10, tenths % 10);

      g_assert_cmpstr (text, ==, expected);
      check_pressure_round_trip (mmhg, HEARTH_PRESSURE_UNIT_KPA);
      check_pressure_round_trip (mmhg, HEARTH_PRESSURE_UNIT_MMHG);
    }

  for (int mmhg = 0; mmhg <= 400; mmhg++)
    {
      g_autofree char *text = hearth_units_format_pressure (mmhg, HEARTH_PRESSURE_UNIT_MMHG);
      g_autofree char *expected = g_strdup_printf ("%d mmHg", mmhg);

      g_assert_cmpstr (text, ==, expected);
      check_pressure_round_trip (mmhg, HEARTH_PRESSURE_UNIT_MMHG);
      check_pressure_round_trip (mmhg, HEARTH_PRESSURE_UNIT_KPA);
    }

  for (double mmhg = 40.0; mmhg <= 300.0; mmhg += 0.0071)
    {
      check_pressure_round_trip (mmhg, HEARTH_PRESSURE_UNIT_MMHG);
      check_pressure_round_trip (mmhg, HEARTH_PRESSURE_UNIT_KPA);
    }
}

/* Every 0.1 cm from 30 to 272 cm, every half inch from 1 ft to 9 ft. */
static void
test_units_round_trip_length (void)
{
  for (int tenths = 300; tenths <= 2720; tenths++)
    {
      double cm = tenths / 10.0;
      g_autofree char *text = hearth_units_format_length (cm, HEARTH_LENGTH_UNIT_CM);
      g_autofree char *expected = g_strdup_printf ("%d.%d cm", tenths / 10, tenths % 10);

      g_assert_cmpstr (text, ==, expected);
      check_length_round_trip (cm, HEARTH_LENGTH_UNIT_CM);
      check_length_round_trip (cm, HEARTH_LENGTH_UNIT_FT_IN);
    }

  for (int halves = 24; halves <= 9 * 24; halves++)
    {
      double cm = hearth_units_in_to_cm (halves / 2.0);
      int rest = halves % 24;
      g_autofree char *text = hearth_units_format_length (cm, HEARTH_LENGTH_UNIT_FT_IN);
      g_autofree char *expected = g_strdup_printf ("%d ft %d%s in", halves / 24, rest / 2,
                                                   rest % 2 ? ".5" : "");
      double parsed = -1;

      g_assert_cmpstr (text, ==, expected);
      check_length_round_trip (cm, HEARTH_LENGTH_UNIT_FT_IN);
      check_length_round_trip (cm, HEARTH_LENGTH_UNIT_CM);

      g_assert_true (hearth_units_parse_length (expected, HEARTH_LENGTH_UNIT_FT_IN, &parsed, NULL));
      g_assert_cmpfloat_with_epsilon (parsed, cm, EPSILON);
    }

  for (double cm = 30.0; cm <= 272.0; cm += 0.0093)
    {
      check_length_round_trip (cm, HEARTH_LENGTH_UNIT_CM);
      check_length_round_trip (cm, HEARTH_LENGTH_UNIT_FT_IN);
    }
}

/* Identifiers and symbols */

static void
test_units_identifiers (void)
{
  static const struct {
    int kind;
    int unit;
    const char *id;
  } cases[] = {
    { 0, HEARTH_WEIGHT_UNIT_KG, "kg" },
    { 0, HEARTH_WEIGHT_UNIT_LB, "lb" },
    { 0, HEARTH_WEIGHT_UNIT_ST, "st" },
    { 1, HEARTH_LENGTH_UNIT_CM, "cm" },
    { 1, HEARTH_LENGTH_UNIT_FT_IN, "ft-in" },
    { 2, HEARTH_PRESSURE_UNIT_MMHG, "mmhg" },
    { 2, HEARTH_PRESSURE_UNIT_KPA, "kpa" },
    { 3, HEARTH_GLUCOSE_UNIT_MMOL_L, "mmol-l" },
    { 3, HEARTH_GLUCOSE_UNIT_MG_DL, "mg-dl" },
    { 4, HEARTH_TEMPERATURE_UNIT_C, "c" },
    { 4, HEARTH_TEMPERATURE_UNIT_F, "f" },
  };
  static const char *unknown[] = { "", "KG", "kg ", "mmHg", "ft", "in", "mmol/L", "C", "x" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *id = NULL;
      int back = -1;
      gboolean found = FALSE;

      switch (cases[i].kind)
        {
        case 0:
          {
            HearthWeightUnit u;
            id = hearth_weight_unit_to_string (cases[i].unit);
            found = hearth_weight_unit_from_string (cases[i].id, &u);
            back = u;
          }
          break;
        case 1:
          {
            HearthLengthUnit u;
            id = hearth_length_unit_to_string (cases[i].unit);
            found = hearth_length_unit_from_string (cases[i].id, &u);
            back = u;
          }
          break;
        case 2:
          {
            HearthPressureUnit u;
            id = hearth_pressure_unit_to_string (cases[i].unit);
            found = hearth_pressure_unit_from_string (cases[i].id, &u);
            back = u;
          }
          break;
        case 3:
          {
            HearthGlucoseUnit u;
            id = hearth_glucose_unit_to_string (cases[i].unit);
            found = hearth_glucose_unit_from_string (cases[i].id, &u);
            back = u;
          }
          break;
        case 4:
          {
            HearthTemperatureUnit u;
            id = hearth_temperature_unit_to_string (cases[i].unit);
            found = hearth_temperature_unit_from_string (cases[i].id, &u);
            back = u;
          }
          break;
        default:
          g_assert_not_reached ();
        }

      g_assert_cmpstr (id, ==, cases[i].id);
      g_assert_true (found);
      g_assert_cmpint (back, ==, cases[i].unit);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      HearthWeightUnit w = HEARTH_WEIGHT_UNIT_LB;
      HearthLengthUnit l = HEARTH_LENGTH_UNIT_FT_IN;
      HearthPressureUnit p = HEARTH_PRESSURE_UNIT_KPA;
      HearthGlucoseUnit g = HEARTH_GLUCOSE_UNIT_MG_DL;
      HearthTemperatureUnit t = HEARTH_TEMPERATURE_UNIT_F;

      g_assert_false (hearth_weight_unit_from_string (unknown[i], &w));
      g_assert_false (hearth_length_unit_from_string (unknown[i], &l));
      g_assert_false (hearth_pressure_unit_from_string (unknown[i], &p));
      g_assert_false (hearth_glucose_unit_from_string (unknown[i], &g));
      g_assert_false (hearth_temperature_unit_from_string (unknown[i], &t));
      /* Untouched on failure. */
      g_assert_cmpint (w, ==, HEARTH_WEIGHT_UNIT_LB);
      g_assert_cmpint (l, ==, HEARTH_LENGTH_UNIT_FT_IN);
      g_assert_cmpint (p, ==, HEARTH_PRESSURE_UNIT_KPA);
      g_assert_cmpint (g, ==, HEARTH_GLUCOSE_UNIT_MG_DL);
      g_assert_cmpint (t, ==, HEARTH_TEMPERATURE_UNIT_F);
    }

  {
    HearthWeightUnit w;

    g_assert_false (hearth_weight_unit_from_string (NULL, &w));
  }
}

static void
test_units_symbols (void)
{
  g_assert_cmpstr (hearth_units_weight_symbol (HEARTH_WEIGHT_UNIT_KG), ==, "kg");
  g_assert_cmpstr (hearth_units_weight_symbol (HEARTH_WEIGHT_UNIT_LB), ==, "lb");
  g_assert_cmpstr (hearth_units_weight_symbol (HEARTH_WEIGHT_UNIT_ST), ==, "st");
  g_assert_cmpstr (hearth_units_pressure_symbol (HEARTH_PRESSURE_UNIT_MMHG), ==, "mmHg");
  g_assert_cmpstr (hearth_units_pressure_symbol (HEARTH_PRESSURE_UNIT_KPA), ==, "kPa");
}

/* Energy: kcal or kJ (1 kcal = 4.184 kJ), shown whole, parsed in the unit
 * shown (or the one typed), with the locale's decimal mark rule; the
 * identifiers are the GSettings key's values. */
static void
test_units_energy (void)
{
  static const struct {
    double kcal;
    HearthEnergyUnit unit;
    const char *shown;
  } formats[] = {
    { 2419, HEARTH_ENERGY_UNIT_KCAL, "2419 kcal" },
    { 2419, HEARTH_ENERGY_UNIT_KJ, "10121 kJ" },
    { 1009.8, HEARTH_ENERGY_UNIT_KCAL, "1010 kcal" },
    { 0, HEARTH_ENERGY_UNIT_KJ, "0 kJ" },
    { 100, HEARTH_ENERGY_UNIT_KJ, "418 kJ" },
  };
  static const struct {
    const char *text;
    HearthEnergyUnit unit;
    double kcal;
  } parses[] = {
    { "418", HEARTH_ENERGY_UNIT_KJ, 418 / 4.184 },
    { " 418 kJ ", HEARTH_ENERGY_UNIT_KCAL, 418 / 4.184 },
    { "100 KCAL", HEARTH_ENERGY_UNIT_KJ, 100 },
    { "250.5", HEARTH_ENERGY_UNIT_KCAL, 250.5 },
    { "1 kj", HEARTH_ENERGY_UNIT_KCAL, 1 / 4.184 },
  };
  static const char *bad[] = { "", "abc", "5 kg", "12,5", "1 2", "kJ" };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  g_assert_cmpfloat_with_epsilon (hearth_units_kcal_to_kj (1), 4.184, 1e-12);
  g_assert_cmpfloat_with_epsilon (hearth_units_kj_to_kcal (4184), 1000, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *shown = hearth_units_format_energy (formats[i].kcal, formats[i].unit);

      g_assert_cmpstr (shown, ==, formats[i].shown);
    }
  {
    g_autofree char *value = hearth_units_format_energy_value (100, HEARTH_ENERGY_UNIT_KJ);

    g_assert_cmpstr (value, ==, "418");
  }

  for (guint i = 0; i < G_N_ELEMENTS (parses); i++)
    {
      g_autoptr(GError) error = NULL;
      double kcal = -1;

      g_assert_true (hearth_units_parse_energy (parses[i].text, parses[i].unit, &kcal, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (kcal, parses[i].kcal, 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double kcal = 42;

      g_assert_false (hearth_units_parse_energy (bad[i], HEARTH_ENERGY_UNIT_KJ, &kcal, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpfloat (kcal, ==, 42);
    }
  {
    g_autoptr(GError) error = NULL;
    double kcal;

    g_assert_false (hearth_units_parse_energy ("5 kg", HEARTH_ENERGY_UNIT_KCAL, &kcal, &error));
    g_assert_cmpstr (error->message, ==, "“kg” is not a unit of energy");
  }

  /* Where the decimal mark is ',': "12,5" kJ. */
  if (require_locale ("de_DE.UTF-8"))
    {
      g_autoptr(GError) error = NULL;
      double kcal = 0;

      g_assert_true (hearth_units_parse_energy ("12,5", HEARTH_ENERGY_UNIT_KJ, &kcal, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (kcal, 12.5 / 4.184, 1e-9);
    }
  setlocale (LC_NUMERIC, saved);

  /* Round trip: what is shown reads back to the same text. */
  for (double kcal = 0; kcal < 5000; kcal += 7.3)
    for (guint u = 0; u <= HEARTH_ENERGY_UNIT_KJ; u++)
      {
        g_autofree char *value = hearth_units_format_energy_value (kcal, u);
        g_autofree char *again = NULL;
        double parsed;

        g_assert_true (hearth_units_parse_energy (value, u, &parsed, NULL));
        again = hearth_units_format_energy_value (parsed, u);
        g_assert_cmpstr (again, ==, value);
      }

  /* Identifiers (the settings key's choices) and symbols. */
  {
    HearthEnergyUnit unit = HEARTH_ENERGY_UNIT_KCAL;

    g_assert_cmpstr (hearth_energy_unit_to_string (HEARTH_ENERGY_UNIT_KCAL), ==, "kcal");
    g_assert_cmpstr (hearth_energy_unit_to_string (HEARTH_ENERGY_UNIT_KJ), ==, "kJ");
    g_assert_true (hearth_energy_unit_from_string ("kJ", &unit));
    g_assert_cmpint (unit, ==, HEARTH_ENERGY_UNIT_KJ);
    g_assert_true (hearth_energy_unit_from_string ("kcal", &unit));
    g_assert_cmpint (unit, ==, HEARTH_ENERGY_UNIT_KCAL);
    g_assert_false (hearth_energy_unit_from_string ("cal", &unit));
    g_assert_false (hearth_energy_unit_from_string (NULL, &unit));
    g_assert_cmpint (unit, ==, HEARTH_ENERGY_UNIT_KCAL);
    g_assert_cmpstr (hearth_units_energy_symbol (HEARTH_ENERGY_UNIT_KJ), ==, "kJ");
    g_assert_cmpstr (hearth_units_energy_symbol (HEARTH_ENERGY_UNIT_KCAL), ==, "kcal");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/units/conversions", test_units_conversions);
  g_test_add_func ("/hearth/units/format-weight", test_units_format_weight);
  g_test_add_func ("/hearth/units/format-other", test_units_format_other);
  g_test_add_func ("/hearth/units/format-locale", test_units_format_locale);
  g_test_add_func ("/hearth/units/parse", test_units_parse);
  g_test_add_func ("/hearth/units/parse-errors", test_units_parse_errors);
  g_test_add_func ("/hearth/units/round-trip/pounds", test_units_round_trip_pounds);
  g_test_add_func ("/hearth/units/round-trip/stones", test_units_round_trip_stones);
  g_test_add_func ("/hearth/units/round-trip/kilograms", test_units_round_trip_kilograms);
  g_test_add_func ("/hearth/units/round-trip/pressure", test_units_round_trip_pressure);
  g_test_add_func ("/hearth/units/round-trip/length", test_units_round_trip_length);
  g_test_add_func ("/hearth/units/identifiers", test_units_identifiers);
  g_test_add_func ("/hearth/units/symbols", test_units_symbols);
  g_test_add_func ("/hearth/units/energy", test_units_energy);

  return g_test_run ();
}
