/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-diet-forms"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hearth-diet-util.h"
#include "hearth-gui-util.h"

gboolean
hearth_diet_parse_number (const char  *text,
                          gboolean     optional,
                          const char  *empty_message,
                          double      *value,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (*stripped == '\0')
    {
      *value = NAN;
      if (optional)
        return TRUE;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, empty_message);
      return FALSE;
    }
  if (strchr (stripped, ',') != NULL)
    {
      if (hearth_units_get_decimal_mark () != ',')
        {
          /* Translators: %s is what was typed, "36,8" */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a number: use “.” as the decimal mark"), stripped);
          return FALSE;
        }
      g_strdelimit (stripped, ",", '.');
    }
  v = g_ascii_strtod (stripped, &end);
  if (end == stripped || *end != '\0' || !isfinite (v))
    {
      /* Translators: %s is what was typed */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not a number"), text);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

char *
hearth_diet_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  if (isnan (value))
    return g_strdup ("?");
  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer,
                                    fabs (value - round (value)) < 0.05 ? "%.0f" : "%.1f", value));
  if (hearth_units_get_decimal_mark () == ',')
    g_strdelimit (text, ".", ',');
  return text;
}

char *
hearth_diet_format_amount (double           amount,
                           HearthAmountUnit unit)
{
  g_autofree char *number = hearth_diet_format_number (amount);

  switch (unit)
    {
    case HEARTH_AMOUNT_UNIT_GRAM:
      return g_strdup_printf ("%s g", number);
    case HEARTH_AMOUNT_UNIT_MILLILITRE:
      return g_strdup_printf ("%s ml", number);
    case HEARTH_AMOUNT_UNIT_SERVING:
    default:
      /* Translators: a number of servings, "2 servings" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s serving", "%s servings",
                                           amount == 1 ? 1 : 2), number);
    }
}

static char *
format_nutrient (const HearthNutrients *totals,
                 HearthNutrient         nutrient,
                 const char            *unit)
{
  g_autofree char *number = hearth_diet_format_number (hearth_nutrients_get (totals, nutrient));

  return g_strdup_printf ("%s%s %s", (totals->incomplete & (1u << nutrient)) != 0 ? "≥" : "",
                          number, unit);
}

char *
hearth_diet_format_totals_in (const HearthNutrients *totals,
                              HearthEnergyUnit       unit)
{
  g_autofree char *kcal = NULL;
  g_autofree char *protein = format_nutrient (totals, HEARTH_NUTRIENT_PROTEIN, "g");
  g_autofree char *carbs = format_nutrient (totals, HEARTH_NUTRIENT_CARBOHYDRATE, "g");
  g_autofree char *fat = format_nutrient (totals, HEARTH_NUTRIENT_FAT, "g");

  if (unit == HEARTH_ENERGY_UNIT_KCAL || isnan (totals->energy_kcal))
    kcal = format_nutrient (totals, HEARTH_NUTRIENT_ENERGY, hearth_units_energy_symbol (unit));
  else
    {
      g_autofree char *energy = hearth_units_format_energy (totals->energy_kcal, unit);

      kcal = g_strdup_printf ("%s%s", (totals->incomplete & (1u << HEARTH_NUTRIENT_ENERGY)) != 0 ? "≥" : "", energy);
    }

  /* Translators: a meal's totals: energy, then protein, carbohydrate and fat */
  return g_strdup_printf (_("%s · protein %s · carbohydrate %s · fat %s"), kcal, protein, carbs, fat);
}

HearthEnergyUnit
hearth_diet_get_energy_unit (void)
{
  g_autoptr(GSettings) settings = hearth_gui_settings_new ();

  return hearth_gui_settings_get_energy_unit (settings);
}

char *
hearth_diet_format_energy (double           kcal,
                           HearthEnergyUnit unit)
{
  if (unit == HEARTH_ENERGY_UNIT_KJ && !isnan (kcal))
    return hearth_diet_format_number (round (hearth_units_kcal_to_kj (kcal)));
  return hearth_diet_format_number (kcal);
}

gboolean
hearth_diet_parse_energy (const char        *text,
                          HearthEnergyUnit   unit,
                          const char        *empty_message,
                          double            *kcal,
                          GError           **error)
{
  double value;

  g_return_val_if_fail (kcal != NULL, FALSE);

  if (!hearth_diet_parse_number (text, FALSE, empty_message, &value, error))
    return FALSE;
  *kcal = unit == HEARTH_ENERGY_UNIT_KJ ? hearth_units_kj_to_kcal (value) : value;
  return TRUE;
}

char *
hearth_diet_describe_food_in (HearthFood       *food,
                              HearthEnergyUnit  unit)
{
  g_autofree char *energy = hearth_diet_format_energy (hearth_food_get_nutrients (food)->energy_kcal, unit);

  if (unit == HEARTH_ENERGY_UNIT_KJ)
    switch (hearth_food_get_per_unit (food))
      {
      case HEARTH_AMOUNT_UNIT_GRAM:
        /* Translators: a food's energy in kilojoules */
        return g_strdup_printf (_("%s kJ per 100 g"), energy);
      case HEARTH_AMOUNT_UNIT_MILLILITRE:
        /* Translators: a food's energy in kilojoules */
        return g_strdup_printf (_("%s kJ per 100 ml"), energy);
      case HEARTH_AMOUNT_UNIT_SERVING:
      default:
        /* Translators: a food's energy in kilojoules */
        return g_strdup_printf (_("%s kJ per serving"), energy);
      }

  switch (hearth_food_get_per_unit (food))
    {
    case HEARTH_AMOUNT_UNIT_GRAM:
      /* Translators: a food's energy */
      return g_strdup_printf (_("%s kcal per 100 g"), energy);
    case HEARTH_AMOUNT_UNIT_MILLILITRE:
      /* Translators: a food's energy */
      return g_strdup_printf (_("%s kcal per 100 ml"), energy);
    case HEARTH_AMOUNT_UNIT_SERVING:
    default:
      /* Translators: a food's energy */
      return g_strdup_printf (_("%s kcal per serving"), energy);
    }
}

