/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-types.h"

G_BEGIN_DECLS

/* Canonical units: kg, cm, mmHg, mmol/L, °C, kcal. Everything stored is
 * canonical; these convert for display and parse what the user typed.
 *
 * Display precision: kg 0.1, lb 0.1, st+lb 0.1 lb, cm 0.1,
 * ft+in 0.5 in, mmHg 1, kPa 0.1, mmol/L 0.1, mg/dL 1, °C 0.1, °F 0.1,
 * kcal 1, kJ 1.
 *
 * Round trip: for any value v shown in unit U, parse(format(v)) gives a
 * canonical value that formats to the same text. */

#define HEARTH_MMHG_PER_KPA      7.500615758
#define HEARTH_KG_PER_LB         0.45359237
#define HEARTH_LB_PER_ST         14.0
#define HEARTH_CM_PER_IN         2.54
#define HEARTH_MGDL_PER_MMOLL    18.016
#define HEARTH_KJ_PER_KCAL       4.184

double hearth_units_kg_to_lb        (double kg);
double hearth_units_lb_to_kg        (double lb);
double hearth_units_mmhg_to_kpa     (double mmhg);
double hearth_units_kpa_to_mmhg     (double kpa);
double hearth_units_mmoll_to_mgdl   (double mmoll);
double hearth_units_mgdl_to_mmoll   (double mgdl);
double hearth_units_c_to_f          (double c);
double hearth_units_f_to_c          (double f);
double hearth_units_cm_to_in        (double cm);
double hearth_units_in_to_cm        (double in);
double hearth_units_kcal_to_kj      (double kcal);
double hearth_units_kj_to_kcal      (double kj);

/* Formatting: number and unit symbol, locale-independent digits
 * ("72.4 kg", "159.6 lb", "11 st 5.6 lb", "5 ft 9.5 in", "16.0 kPa"). */
char    *hearth_units_format_weight      (double kg, HearthWeightUnit unit);
char    *hearth_units_format_length      (double cm, HearthLengthUnit unit);
char    *hearth_units_format_pressure    (double mmhg, HearthPressureUnit unit);
char    *hearth_units_format_glucose     (double mmoll, HearthGlucoseUnit unit);
char    *hearth_units_format_temperature (double celsius, HearthTemperatureUnit unit);
/* Energy whole, in the unit of the preference ("2419 kcal", "10121 kJ"). */
char    *hearth_units_format_energy      (double kcal, HearthEnergyUnit unit);

/* Display steps: a value as shown, counted in its last digit (tenths of
 * mmol/L, whole mg/dL, tenths of °C or °F), rounded exactly as the format
 * functions above round it. Classification compares these, so a category
 * is always the one of the number on screen. FALSE if not finite or too
 * large to count. */
gboolean hearth_units_glucose_display_steps     (double                mmoll,
                                                 HearthGlucoseUnit     unit,
                                                 gint64               *steps);
gboolean hearth_units_temperature_display_steps (double                celsius,
                                                 HearthTemperatureUnit unit,
                                                 gint64               *steps);

/* The number alone, at display precision, in the display unit (for
 * entry fields). Stones format as total pounds' stone part is not a single
 * number, so ST returns "11 6.2" ("stones pounds"). */
char    *hearth_units_format_weight_value   (double kg, HearthWeightUnit unit);
char    *hearth_units_format_length_value   (double cm, HearthLengthUnit unit);
char    *hearth_units_format_pressure_value (double mmhg, HearthPressureUnit unit);
char    *hearth_units_format_energy_value   (double kcal, HearthEnergyUnit unit);

/* Parsing what the user typed in the display unit: surrounding spaces and
 * an optional unit symbol are fine. The decimal mark is '.', and also ','
 * where the locale's (LC_NUMERIC) is ',' (so "72,5" is what a German types
 * and reads); elsewhere a ',' is refused with a message saying to use '.'.
 * Returns FALSE and sets error (G_IO_ERROR_INVALID_DATA) on bad text. */
gboolean hearth_units_parse_weight   (const char *text, HearthWeightUnit unit, double *kg, GError **error);
gboolean hearth_units_parse_length   (const char *text, HearthLengthUnit unit, double *cm, GError **error);
gboolean hearth_units_parse_pressure (const char *text, HearthPressureUnit unit, double *mmhg, GError **error);
/* kcal from "418" in @unit, or "418 kJ" / "100 kcal" whatever @unit is. */
gboolean hearth_units_parse_energy   (const char *text, HearthEnergyUnit unit, double *kcal, GError **error);

/* The locale's decimal mark as people type and read it: ',' where
 * LC_NUMERIC's is ',', else '.'. Human output shows it; machine output
 * (JSON) never does. */
char     hearth_units_get_decimal_mark (void);

const char *hearth_units_weight_symbol   (HearthWeightUnit unit);
const char *hearth_units_pressure_symbol (HearthPressureUnit unit);
const char *hearth_units_energy_symbol   (HearthEnergyUnit unit);

/* Stable identifiers used in GSettings and on the command line
 * ("kg", "lb", "st", "cm", "ft-in", "mmhg", "kpa", "mmol-l", "mg-dl",
 * "c", "f", "kcal", "kJ"). from_string returns FALSE for unknown text. */
const char *hearth_weight_unit_to_string   (HearthWeightUnit unit);
gboolean    hearth_weight_unit_from_string (const char *s, HearthWeightUnit *unit);
const char *hearth_length_unit_to_string   (HearthLengthUnit unit);
gboolean    hearth_length_unit_from_string (const char *s, HearthLengthUnit *unit);
const char *hearth_pressure_unit_to_string   (HearthPressureUnit unit);
gboolean    hearth_pressure_unit_from_string (const char *s, HearthPressureUnit *unit);
const char *hearth_glucose_unit_to_string   (HearthGlucoseUnit unit);
gboolean    hearth_glucose_unit_from_string (const char *s, HearthGlucoseUnit *unit);
const char *hearth_temperature_unit_to_string   (HearthTemperatureUnit unit);
gboolean    hearth_temperature_unit_from_string (const char *s, HearthTemperatureUnit *unit);
const char *hearth_energy_unit_to_string   (HearthEnergyUnit unit);
gboolean    hearth_energy_unit_from_string (const char *s, HearthEnergyUnit *unit);

G_END_DECLS
