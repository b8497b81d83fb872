/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-units"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"
#include "hearth-units.h"

/* Display values are rounded to a whole number of display steps (tenths,
 * halves, units) with integer arithmetic, so the text never depends on the
 * locale or on printf's rounding, and parsing a shown value lands within a
 * hair of the same step again: that is the round-trip guarantee. */

/* Beyond this many steps an integer no longer holds the value exactly. */
#define MAX_STEPS 1e15

/* Conversions */

double
hearth_units_kg_to_lb (double kg)
{
  return kg / HEARTH_KG_PER_LB;
}

double
hearth_units_lb_to_kg (double lb)
{
  return lb * HEARTH_KG_PER_LB;
}

double
hearth_units_mmhg_to_kpa (double mmhg)
{
  return mmhg / HEARTH_MMHG_PER_KPA;
}

double
hearth_units_kpa_to_mmhg (double kpa)
{
  return kpa * HEARTH_MMHG_PER_KPA;
}

double
hearth_units_mmoll_to_mgdl (double mmoll)
{
  return mmoll * HEARTH_MGDL_PER_MMOLL;
}

double
hearth_units_mgdl_to_mmoll (double mgdl)
{
  return mgdl / HEARTH_MGDL_PER_MMOLL;
}

double
hearth_units_c_to_f (double c)
{
  return c * 9.0 / 5.0 + 32.0;
}

double
hearth_units_f_to_c (double f)
{
  return (f - 32.0) * 5.0 / 9.0;
}

double
hearth_units_cm_to_in (double cm)
{
  return cm / HEARTH_CM_PER_IN;
}

double
hearth_units_in_to_cm (double in)
{
  return in * HEARTH_CM_PER_IN;
}

double
hearth_units_kcal_to_kj (double kcal)
{
  return kcal * HEARTH_KJ_PER_KCAL;
}

double
hearth_units_kj_to_kcal (double kj)
{
  return kj / HEARTH_KJ_PER_KCAL;
}

/* Formatting */

/* Rounds @value to whole multiples of 1/@per_unit, half away from zero.
 * FALSE if the value is not finite or too large to count in steps. */
static gboolean
round_to_steps (double  value,
                double  per_unit,
                gint64 *steps)
{
  double scaled = value * per_unit;

  if (!isfinite (scaled) || fabs (scaled) >= MAX_STEPS)
    return FALSE;

  *steps = (gint64) llround (scaled);

  return TRUE;
}

/* Appends @steps tenths (@decimals 1) or units (@decimals 0). */
static void
append_steps (GString *str,
              gint64   steps,
              guint    decimals)
{
  g_assert (decimals <= 1);

  if (steps < 0)
    {
      g_string_append_c (str, '-');
      steps = -steps;
    }

  if (decimals == 0)
    g_string_append_printf (str, "%" G_GINT64_FORMAT, steps);
  else
    g_string_append_printf (str, "%" G_GINT64_FORMAT ".%d",
                            steps / 10, (int) (steps % 10));
}

/* The value at @decimals (0 or 1) decimals, '.' as decimal mark. */
static void
append_value (GString *str,
              double   value,
              guint    decimals)
{
  gint64 steps;

  if (round_to_steps (value, decimals == 0 ? 1.0 : 10.0, &steps))
    {
      append_steps (str, steps, decimals);
    }
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (str, g_ascii_formatd (buf, sizeof buf,
                                             decimals == 0 ? "%.0f" : "%.1f",
                                             value));
    }
}

static char *
format_simple (double      value,
               guint       decimals,
               const char *symbol)
{
  GString *str = g_string_new (NULL);

  append_value (str, value, decimals);
  if (symbol != NULL)
    {
      g_string_append_c (str, ' ');
      g_string_append (str, symbol);
    }

  return g_string_free (str, FALSE);
}

/* "11 st 6.2 lb" (@with_symbols) or "11 6.2". Rounds the total pounds to
 * tenths first, so 13.96 lb carries into the next stone. */
static char *
format_stones (double   kg,
               gboolean with_symbols)
{
  GString *str = g_string_new (NULL);
  double lb = hearth_units_kg_to_lb (kg);
  gint64 tenths;

  if (!round_to_steps (lb, 10.0, &tenths))
    {
      append_value (str, lb / HEARTH_LB_PER_ST, 1);
      if (with_symbols)
        g_string_append (str, " st");
      return g_string_free (str, FALSE);
    }

  if (tenths < 0)
    {
      g_string_append_c (str, '-');
      tenths = -tenths;
    }

  g_string_append_printf (str, "%" G_GINT64_FORMAT "%s",
                          tenths / 140, with_symbols ? " st " : " ");
  append_steps (str, tenths % 140, 1);
  if (with_symbols)
    g_string_append (str, " lb");

  return g_string_free (str, FALSE);
}

/* "5 ft 9.5 in" or "5 ft 9 in": inches to the half inch, 12 carries. */
static char *
format_feet_inches (double cm)
{
  GString *str = g_string_new (NULL);
  double in = hearth_units_cm_to_in (cm);
  gint64 halves;
  gint64 rest;

  if (!round_to_steps (in, 2.0, &halves))
    {
      append_value (str, in / 12.0, 1);
      g_string_append (str, " ft");
      return g_string_free (str, FALSE);
    }

  if (halves < 0)
    {
      g_string_append_c (str, '-');
      halves = -halves;
    }

  rest = halves % 24;
  g_string_append_printf (str, "%" G_GINT64_FORMAT " ft %" G_GINT64_FORMAT "%s in",
                          halves / 24, rest / 2, (rest % 2) ? ".5" : "");

  return g_string_free (str, FALSE);
}

char *
hearth_units_format_weight (double           kg,
                            HearthWeightUnit unit)
{
  switch (unit)
    {
    case HEARTH_WEIGHT_UNIT_KG:
      return format_simple (kg, 1, "kg");
    case HEARTH_WEIGHT_UNIT_LB:
      return format_simple (hearth_units_kg_to_lb (kg), 1, "lb");
    case HEARTH_WEIGHT_UNIT_ST:
      return format_stones (kg, TRUE);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
hearth_units_format_weight_value (double           kg,
                                  HearthWeightUnit unit)
{
  switch (unit)
    {
    case HEARTH_WEIGHT_UNIT_KG:
      return format_simple (kg, 1, NULL);
    case HEARTH_WEIGHT_UNIT_LB:
      return format_simple (hearth_units_kg_to_lb (kg), 1, NULL);
    case HEARTH_WEIGHT_UNIT_ST:
      return format_stones (kg, FALSE);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
hearth_units_format_length (double           cm,
                            HearthLengthUnit unit)
{
  switch (unit)
    {
    case HEARTH_LENGTH_UNIT_CM:
      return format_simple (cm, 1, "cm");
    case HEARTH_LENGTH_UNIT_FT_IN:
      return format_feet_inches (cm);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
hearth_units_format_pressure (double             mmhg,
                              HearthPressureUnit unit)
{
  switch (unit)
    {
    case HEARTH_PRESSURE_UNIT_MMHG:
      return format_simple (mmhg, 0, "mmHg");
    case HEARTH_PRESSURE_UNIT_KPA:
      return format_simple (hearth_units_mmhg_to_kpa (mmhg), 1, "kPa");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The number alone in the display unit, for entry fields: what the
 * matching parse function reads back to the same displayed value. Feet and
 * inches keep their symbols ("5 ft 9.5 in"): two numbers need them. */
char *
hearth_units_format_length_value (double           cm,
                                  HearthLengthUnit unit)
{
  switch (unit)
    {
    case HEARTH_LENGTH_UNIT_CM:
      return format_simple (cm, 1, NULL);
    case HEARTH_LENGTH_UNIT_FT_IN:
      return format_feet_inches (cm);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
hearth_units_format_energy (double           kcal,
                            HearthEnergyUnit unit)
{
  g_return_val_if_fail ((guint) unit <= HEARTH_ENERGY_UNIT_KJ, NULL);

  return format_simple (unit == HEARTH_ENERGY_UNIT_KJ ? hearth_units_kcal_to_kj (kcal) : kcal, 0,
                        hearth_units_energy_symbol (unit));
}

char *
hearth_units_format_energy_value (double           kcal,
                                  HearthEnergyUnit unit)
{
  g_return_val_if_fail ((guint) unit <= HEARTH_ENERGY_UNIT_KJ, NULL);

  return format_simple (unit == HEARTH_ENERGY_UNIT_KJ ? hearth_units_kcal_to_kj (kcal) : kcal, 0, NULL);
}

char *
hearth_units_format_pressure_value (double             mmhg,
                                    HearthPressureUnit unit)
{
  switch (unit)
    {
    case HEARTH_PRESSURE_UNIT_MMHG:
      return format_simple (mmhg, 0, NULL);
    case HEARTH_PRESSURE_UNIT_KPA:
      return format_simple (hearth_units_mmhg_to_kpa (mmhg), 1, NULL);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The number hearth_units_format_glucose() shows and its decimals. */
static double
glucose_shown_value (double             mmoll,
                     HearthGlucoseUnit  unit,
                     guint             *decimals)
{
  if (unit == HEARTH_GLUCOSE_UNIT_MG_DL)
    {
      *decimals = 0;
      return hearth_units_mmoll_to_mgdl (mmoll);
    }

  *decimals = 1;
  return mmoll;
}

/* Likewise for hearth_units_format_temperature(). */
static double
temperature_shown_value (double                celsius,
                         HearthTemperatureUnit unit)
{
  return unit == HEARTH_TEMPERATURE_UNIT_F ? hearth_units_c_to_f (celsius) : celsius;
}

char *
hearth_units_format_glucose (double            mmoll,
                             HearthGlucoseUnit unit)
{
  guint decimals;
  double value;

  g_return_val_if_fail (unit <= HEARTH_GLUCOSE_UNIT_MG_DL, NULL);

  value = glucose_shown_value (mmoll, unit, &decimals);

  return format_simple (value, decimals, unit == HEARTH_GLUCOSE_UNIT_MG_DL ? "mg/dL" : "mmol/L");
}

gboolean
hearth_units_glucose_display_steps (double             mmoll,
                                    HearthGlucoseUnit  unit,
                                    gint64            *steps)
{
  guint decimals;
  double value;

  g_return_val_if_fail (unit <= HEARTH_GLUCOSE_UNIT_MG_DL, FALSE);
  g_return_val_if_fail (steps != NULL, FALSE);

  value = glucose_shown_value (mmoll, unit, &decimals);

  return round_to_steps (value, decimals == 0 ? 1.0 : 10.0, steps);
}

gboolean
hearth_units_temperature_display_steps (double                 celsius,
                                        HearthTemperatureUnit  unit,
                                        gint64                *steps)
{
  g_return_val_if_fail (unit <= HEARTH_TEMPERATURE_UNIT_F, FALSE);
  g_return_val_if_fail (steps != NULL, FALSE);

  return round_to_steps (temperature_shown_value (celsius, unit), 10.0, steps);
}

char *
hearth_units_format_temperature (double                celsius,
                                 HearthTemperatureUnit unit)
{
  switch (unit)
    {
    case HEARTH_TEMPERATURE_UNIT_C:
      return format_simple (temperature_shown_value (celsius, unit), 1, "°C");
    case HEARTH_TEMPERATURE_UNIT_F:
      return format_simple (temperature_shown_value (celsius, unit), 1, "°F");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Parsing */

/* What a symbol typed after a number means. */
typedef enum
{
  SYMBOL_NONE,
  SYMBOL_UNKNOWN,
  SYMBOL_KG,
  SYMBOL_LB,
  SYMBOL_ST,
  SYMBOL_CM,
  SYMBOL_M,
  SYMBOL_FT,
  SYMBOL_IN,
  SYMBOL_MMHG,
  SYMBOL_KPA,
  SYMBOL_KCAL,
  SYMBOL_KJ,
} Symbol;

static const struct
{
  const char *text;   /* lower case */
  Symbol      symbol;
} symbols[] = {
  { "kg", SYMBOL_KG }, { "kgs", SYMBOL_KG }, { "kilo", SYMBOL_KG }, { "kilos", SYMBOL_KG },
  { "kilogram", SYMBOL_KG }, { "kilograms", SYMBOL_KG },
  { "lb", SYMBOL_LB }, { "lbs", SYMBOL_LB }, { "pound", SYMBOL_LB }, { "pounds", SYMBOL_LB },
  { "st", SYMBOL_ST }, { "stone", SYMBOL_ST }, { "stones", SYMBOL_ST },
  { "cm", SYMBOL_CM }, { "m", SYMBOL_M },
  { "ft", SYMBOL_FT }, { "foot", SYMBOL_FT }, { "feet", SYMBOL_FT }, { "'", SYMBOL_FT },
  { "\xe2\x80\xb2", SYMBOL_FT }, /* ′ PRIME */
  { "\xe2\x80\x99", SYMBOL_FT }, /* ’ as typed by smart quotes */
  { "in", SYMBOL_IN }, { "inch", SYMBOL_IN }, { "inches", SYMBOL_IN }, { "\"", SYMBOL_IN },
  { "''", SYMBOL_IN },
  { "\xe2\x80\xb3", SYMBOL_IN }, /* ″ DOUBLE PRIME */
  { "\xe2\x80\x9d", SYMBOL_IN }, /* ” as typed by smart quotes */
  { "mmhg", SYMBOL_MMHG }, { "kpa", SYMBOL_KPA },
  { "kcal", SYMBOL_KCAL }, { "kj", SYMBOL_KJ },
};

typedef struct
{
  double value;
  Symbol symbol;
  char  *symbol_text;  /* as typed, for messages; NULL without one */
} Term;

#define MAX_TERMS 2

typedef struct
{
  char  *text;         /* trimmed, valid UTF-8, for messages */
  Term   terms[MAX_TERMS];
  guint  n_terms;
} Parsed;

static void
clear_parsed (Parsed *parsed)
{
  g_clear_pointer (&parsed->text, g_free);
  for (guint i = 0; i < MAX_TERMS; i++)
    g_clear_pointer (&parsed->terms[i].symbol_text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, clear_parsed)

/* Length in bytes of the space at @p (ASCII white space, no-break space,
 * narrow no-break space, thin space), or 0. */
static gsize
space_length (const char *p)
{
  if (g_ascii_isspace (*p))
    return 1;
  if (strncmp (p, "\xc2\xa0", 2) == 0)
    return 2;
  if (strncmp (p, "\xe2\x80\xaf", 3) == 0 || strncmp (p, "\xe2\x80\x89", 3) == 0)
    return 3;
  return 0;
}

static const char *
skip_spaces (const char *p)
{
  gsize len;

  while ((len = space_length (p)) > 0)
    p += len;

  return p;
}

char
hearth_units_get_decimal_mark (void)
{
  const struct lconv *conv = localeconv ();

  if (conv != NULL && conv->decimal_point != NULL && strcmp (conv->decimal_point, ",") == 0)
    return ',';

  return '.';
}

/* Both marks are scanned as part of a number; whether a ',' is a decimal
 * mark here is checked once the number is read. */
static gboolean
is_mark (char c)
{
  return c == '.' || c == ',';
}

static gboolean
is_minus (const char *p)
{
  return *p == '-' || strncmp (p, "\xe2\x88\x92", 3) == 0;  /* − MINUS SIGN */
}

static Symbol
lookup_symbol (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      if (strcmp (lower, symbols[i].text) == 0)
        return symbols[i].symbol;
    }

  return SYMBOL_UNKNOWN;
}

static gboolean
set_not_a_number (const Parsed  *parsed,
                  GError       **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: %s is what the person typed */
               _("“%s” is not a number"), parsed->text);
  return FALSE;
}

/* Splits @text into at most two numbers, each with an optional symbol:
 * "72,5 kg", "11 st 6 lb", "5'9\"", "11 6". Digits and one decimal mark
 * ('.' or ',') only: no signs, exponents, "nan" or "inf". */
static gboolean
scan_terms (const char  *text,
            Parsed      *parsed,
            GError     **error)
{
  g_autofree char *copy = NULL;
  const char *p;

  memset (parsed, 0, sizeof *parsed);

  copy = g_utf8_make_valid (text, -1);
  p = skip_spaces (copy);
  parsed->text = g_strdup (p);
  /* Trim trailing spaces, including the UTF-8 ones. */
  for (char *end = parsed->text + strlen (parsed->text); end > parsed->text; )
    {
      char *prev = g_utf8_find_prev_char (parsed->text, end);

      if (prev == NULL || space_length (prev) != (gsize) (end - prev))
        break;
      *prev = '\0';
      end = prev;
    }

  if (parsed->text[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Enter a number"));
      return FALSE;
    }

  p = parsed->text;
  while (*p != '\0')
    {
      g_autofree char *number = NULL;
      const char *start;
      gboolean seen_mark = FALSE;
      guint n_digits = 0;
      Term *term;

      p = skip_spaces (p);
      if (*p == '\0')
        break;

      if (is_minus (p))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %s is what the person typed */
                       _("“%s” is less than zero"), parsed->text);
          return FALSE;
        }

      if (parsed->n_terms == MAX_TERMS)
        return set_not_a_number (parsed, error);

      start = p;
      for (; g_ascii_isdigit (*p) || is_mark (*p); p++)
        {
          if (is_mark (*p))
            {
              if (seen_mark)
                return set_not_a_number (parsed, error);
              seen_mark = TRUE;
            }
          else
            {
              n_digits++;
            }
        }
      if (n_digits == 0)
        return set_not_a_number (parsed, error);

      term = &parsed->terms[parsed->n_terms++];
      number = g_strndup (start, p - start);
      if (strchr (number, ',') != NULL && hearth_units_get_decimal_mark () != ',')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %s is what the person typed, e.g. "72,5" in a
                        * language whose decimal mark is "." */
                       _("“%s” is not a number: use “.” as the decimal mark"), parsed->text);
          return FALSE;
        }
      g_strdelimit (number, ",", '.');
      term->value = g_ascii_strtod (number, NULL);
      if (!isfinite (term->value))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %s is what the person typed */
                       _("“%s” is too large"), parsed->text);
          return FALSE;
        }

      /* The symbol: everything up to the next space or digit. */
      p = skip_spaces (p);
      start = p;
      while (*p != '\0' && space_length (p) == 0 && !g_ascii_isdigit (*p) &&
             !is_mark (*p) && !is_minus (p))
        p++;

      if (p > start)
        {
          term->symbol_text = g_strndup (start, p - start);
          term->symbol = lookup_symbol (term->symbol_text);
        }
      else
        {
          term->symbol = SYMBOL_NONE;
        }

      /* A mark or a sign glued to a symbol ("kg.5", "kg-"). */
      if (p > start && (is_mark (*p) || is_minus (p)))
        return set_not_a_number (parsed, error);
    }

  return TRUE;
}

/* The first symbol that is not one of @allowed (a typed text), or NULL. */
static const char *
find_foreign_symbol (const Parsed *parsed,
                     const Symbol *allowed,
                     guint         n_allowed)
{
  for (guint i = 0; i < parsed->n_terms; i++)
    {
      const Term *term = &parsed->terms[i];
      gboolean ok = term->symbol == SYMBOL_NONE;

      for (guint j = 0; !ok && j < n_allowed; j++)
        ok = term->symbol == allowed[j];

      if (!ok)
        return term->symbol_text;
    }

  return NULL;
}

/* "A B" where A is the big unit and B the small one, e.g. stones and
 * pounds. @big/@small are the symbols; a missing symbol is allowed when the
 * display unit is the compound one. */
static gboolean
match_compound (const Parsed *parsed,
                gboolean      unit_is_compound,
                Symbol        big,
                Symbol        small)
{
  const Term *a = &parsed->terms[0];
  const Term *b = &parsed->terms[1];

  g_assert (parsed->n_terms == 2);

  if (a->symbol == big)
    return b->symbol == small || b->symbol == SYMBOL_NONE;
  if (a->symbol == SYMBOL_NONE)
    return unit_is_compound && (b->symbol == small || b->symbol == SYMBOL_NONE);

  return FALSE;
}

gboolean
hearth_units_parse_weight (const char        *text,
                           HearthWeightUnit   unit,
                           double            *kg,
                           GError           **error)
{
  static const Symbol allowed[] = { SYMBOL_KG, SYMBOL_LB, SYMBOL_ST };
  g_auto(Parsed) parsed = { 0 };
  const char *foreign;
  double lb;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kg != NULL, FALSE);
  g_return_val_if_fail ((guint) unit <= HEARTH_WEIGHT_UNIT_ST, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scan_terms (text, &parsed, error))
    return FALSE;

  if ((foreign = find_foreign_symbol (&parsed, allowed, G_N_ELEMENTS (allowed))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a unit symbol the person typed */
                   _("“%s” is not a unit of weight"), foreign);
      return FALSE;
    }

  if (parsed.n_terms == 1)
    {
      Symbol symbol = parsed.terms[0].symbol;
      double value = parsed.terms[0].value;

      if (symbol == SYMBOL_NONE)
        symbol = unit == HEARTH_WEIGHT_UNIT_KG ? SYMBOL_KG :
                 unit == HEARTH_WEIGHT_UNIT_LB ? SYMBOL_LB : SYMBOL_ST;

      if (symbol == SYMBOL_KG)
        *kg = value;
      else if (symbol == SYMBOL_LB)
        *kg = hearth_units_lb_to_kg (value);
      else
        *kg = hearth_units_lb_to_kg (value * HEARTH_LB_PER_ST);

      return TRUE;
    }

  if (!match_compound (&parsed, unit == HEARTH_WEIGHT_UNIT_ST, SYMBOL_ST, SYMBOL_LB))
    return set_not_a_number (&parsed, error);

  if (parsed.terms[1].value >= HEARTH_LB_PER_ST)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Pounds after stones must be less than 14"));
      return FALSE;
    }

  lb = parsed.terms[0].value * HEARTH_LB_PER_ST + parsed.terms[1].value;
  *kg = hearth_units_lb_to_kg (lb);

  return TRUE;
}

gboolean
hearth_units_parse_length (const char        *text,
                           HearthLengthUnit   unit,
                           double            *cm,
                           GError           **error)
{
  static const Symbol allowed[] = { SYMBOL_CM, SYMBOL_M, SYMBOL_FT, SYMBOL_IN };
  g_auto(Parsed) parsed = { 0 };
  const char *foreign;
  double in;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (cm != NULL, FALSE);
  g_return_val_if_fail ((guint) unit <= HEARTH_LENGTH_UNIT_FT_IN, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scan_terms (text, &parsed, error))
    return FALSE;

  if ((foreign = find_foreign_symbol (&parsed, allowed, G_N_ELEMENTS (allowed))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a unit symbol the person typed */
                   _("“%s” is not a unit of length"), foreign);
      return FALSE;
    }

  if (parsed.n_terms == 1)
    {
      Symbol symbol = parsed.terms[0].symbol;
      double value = parsed.terms[0].value;

      if (symbol == SYMBOL_NONE)
        symbol = unit == HEARTH_LENGTH_UNIT_CM ? SYMBOL_CM : SYMBOL_FT;

      if (symbol == SYMBOL_CM)
        *cm = value;
      else if (symbol == SYMBOL_M)
        *cm = value * 100.0;
      else if (symbol == SYMBOL_FT)
        *cm = hearth_units_in_to_cm (value * 12.0);
      else
        *cm = hearth_units_in_to_cm (value);

      return TRUE;
    }

  if (!match_compound (&parsed, unit == HEARTH_LENGTH_UNIT_FT_IN, SYMBOL_FT, SYMBOL_IN))
    return set_not_a_number (&parsed, error);

  if (parsed.terms[1].value >= 12.0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Inches after feet must be less than 12"));
      return FALSE;
    }

  in = parsed.terms[0].value * 12.0 + parsed.terms[1].value;
  *cm = hearth_units_in_to_cm (in);

  return TRUE;
}

gboolean
hearth_units_parse_pressure (const char          *text,
                             HearthPressureUnit   unit,
                             double              *mmhg,
                             GError             **error)
{
  static const Symbol allowed[] = { SYMBOL_MMHG, SYMBOL_KPA };
  g_auto(Parsed) parsed = { 0 };
  const char *foreign;
  Symbol symbol;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (mmhg != NULL, FALSE);
  g_return_val_if_fail ((guint) unit <= HEARTH_PRESSURE_UNIT_KPA, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scan_terms (text, &parsed, error))
    return FALSE;

  if ((foreign = find_foreign_symbol (&parsed, allowed, G_N_ELEMENTS (allowed))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a unit symbol the person typed */
                   _("“%s” is not a unit of pressure"), foreign);
      return FALSE;
    }

  if (parsed.n_terms != 1)
    return set_not_a_number (&parsed, error);

  symbol = parsed.terms[0].symbol;
  if (symbol == SYMBOL_NONE)
    symbol = unit == HEARTH_PRESSURE_UNIT_MMHG ? SYMBOL_MMHG : SYMBOL_KPA;

  if (symbol == SYMBOL_MMHG)
    *mmhg = parsed.terms[0].value;
  else
    *mmhg = hearth_units_kpa_to_mmhg (parsed.terms[0].value);

  return TRUE;
}

gboolean
hearth_units_parse_energy (const char        *text,
                           HearthEnergyUnit   unit,
                           double            *kcal,
                           GError           **error)
{
  static const Symbol allowed[] = { SYMBOL_KCAL, SYMBOL_KJ };
  g_auto(Parsed) parsed = { 0 };
  const char *foreign;
  Symbol symbol;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kcal != NULL, FALSE);
  g_return_val_if_fail ((guint) unit <= HEARTH_ENERGY_UNIT_KJ, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scan_terms (text, &parsed, error))
    return FALSE;

  if ((foreign = find_foreign_symbol (&parsed, allowed, G_N_ELEMENTS (allowed))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is a unit symbol the person typed */
                   _("“%s” is not a unit of energy"), foreign);
      return FALSE;
    }

  if (parsed.n_terms != 1)
    return set_not_a_number (&parsed, error);

  symbol = parsed.terms[0].symbol;
  if (symbol == SYMBOL_NONE)
    symbol = unit == HEARTH_ENERGY_UNIT_KCAL ? SYMBOL_KCAL : SYMBOL_KJ;

  if (symbol == SYMBOL_KCAL)
    *kcal = parsed.terms[0].value;
  else
    *kcal = hearth_units_kj_to_kcal (parsed.terms[0].value);

  return TRUE;
}

/* Symbols */

const char *
hearth_units_weight_symbol (HearthWeightUnit unit)
{
  switch (unit)
    {
    case HEARTH_WEIGHT_UNIT_KG:
      return "kg";
    case HEARTH_WEIGHT_UNIT_LB:
      return "lb";
    case HEARTH_WEIGHT_UNIT_ST:
      return "st";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hearth_units_pressure_symbol (HearthPressureUnit unit)
{
  switch (unit)
    {
    case HEARTH_PRESSURE_UNIT_MMHG:
      return "mmHg";
    case HEARTH_PRESSURE_UNIT_KPA:
      return "kPa";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hearth_units_energy_symbol (HearthEnergyUnit unit)
{
  switch (unit)
    {
    case HEARTH_ENERGY_UNIT_KCAL:
      return "kcal";
    case HEARTH_ENERGY_UNIT_KJ:
      return "kJ";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Stable identifiers (GSettings, command line) */

static const char * const weight_ids[] = { "kg", "lb", "st" };
static const char * const length_ids[] = { "cm", "ft-in" };
static const char * const pressure_ids[] = { "mmhg", "kpa" };
static const char * const glucose_ids[] = { "mmol-l", "mg-dl" };
static const char * const temperature_ids[] = { "c", "f" };
static const char * const energy_ids[] = { "kcal", "kJ" };

G_STATIC_ASSERT (G_N_ELEMENTS (weight_ids) == HEARTH_WEIGHT_UNIT_ST + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (length_ids) == HEARTH_LENGTH_UNIT_FT_IN + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (pressure_ids) == HEARTH_PRESSURE_UNIT_KPA + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (glucose_ids) == HEARTH_GLUCOSE_UNIT_MG_DL + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (temperature_ids) == HEARTH_TEMPERATURE_UNIT_F + 1);

const char *
hearth_weight_unit_to_string (HearthWeightUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (weight_ids), NULL);

  return weight_ids[unit];
}

gboolean
hearth_weight_unit_from_string (const char       *s,
                                HearthWeightUnit *unit)
{
  guint index;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, weight_ids, &index))
    return FALSE;

  *unit = (HearthWeightUnit) index;
  return TRUE;
}

const char *
hearth_length_unit_to_string (HearthLengthUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (length_ids), NULL);

  return length_ids[unit];
}

gboolean
hearth_length_unit_from_string (const char       *s,
                                HearthLengthUnit *unit)
{
  guint index;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, length_ids, &index))
    return FALSE;

  *unit = (HearthLengthUnit) index;
  return TRUE;
}

const char *
hearth_pressure_unit_to_string (HearthPressureUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (pressure_ids), NULL);

  return pressure_ids[unit];
}

gboolean
hearth_pressure_unit_from_string (const char         *s,
                                  HearthPressureUnit *unit)
{
  guint index;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, pressure_ids, &index))
    return FALSE;

  *unit = (HearthPressureUnit) index;
  return TRUE;
}

const char *
hearth_glucose_unit_to_string (HearthGlucoseUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (glucose_ids), NULL);

  return glucose_ids[unit];
}

gboolean
hearth_glucose_unit_from_string (const char        *s,
                                 HearthGlucoseUnit *unit)
{
  guint index;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, glucose_ids, &index))
    return FALSE;

  *unit = (HearthGlucoseUnit) index;
  return TRUE;
}

const char *
hearth_temperature_unit_to_string (HearthTemperatureUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (temperature_ids), NULL);

  return temperature_ids[unit];
}

gboolean
hearth_temperature_unit_from_string (const char            *s,
                                     HearthTemperatureUnit *unit)
{
  guint index;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, temperature_ids, &index))
    return FALSE;

  *unit = (HearthTemperatureUnit) index;
  return TRUE;
}

const char *
hearth_energy_unit_to_string (HearthEnergyUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (energy_ids), NULL);

  return energy_ids[unit];
}

gboolean
hearth_energy_unit_from_string (const char       *s,
                                HearthEnergyUnit *unit)
{
  guint index;

  g_return_val_if_fail (unit != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s, energy_ids, &index))
    return FALSE;

  *unit = (HearthEnergyUnit) index;
  return TRUE;
}
