/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* Helpers of the diet forms (meal, food, recipe dialogs); not a class. */

/* A number as typed, by HACKING.md's one decimal-mark rule: '.' always,
 * ',' too where the locale's mark is ','; elsewhere a ',' is refused with
 * what to type. Empty text is NAN when @optional, else an error saying
 * @empty_message. FALSE with a message fit for under the field. */
gboolean  hearth_diet_parse_number     (const char  *text,
                                        gboolean     optional,
                                        const char  *empty_message,
                                        double      *value,
                                        GError     **error);
/* A number as people read it: at most one decimal, the locale's mark. */
char     *hearth_diet_format_number    (double       value);
/* "150 g", "200 ml", "2 servings". */
char     *hearth_diet_format_amount    (double            amount,
                                        HearthAmountUnit  unit);
/* "520 kcal · protein 20 g · carbohydrate 60 g · fat 10 g" with the energy
 * in @unit ("2176 kJ · …"), "≥" before a total some food does not state. */
char     *hearth_diet_format_totals_in (const HearthNutrients *totals,
                                        HearthEnergyUnit       unit);
/* "130 kcal per 100 g", "72 kcal per serving", "544 kJ per 100 g". */
char     *hearth_diet_describe_food_in (HearthFood       *food,
                                        HearthEnergyUnit  unit);
/* The energy unit of Preferences (the "energy-unit" key, read now). */
HearthEnergyUnit hearth_diet_get_energy_unit (void);
/* Energy as a number in @unit, without the symbol: kcal as
 * hearth_diet_format_number(), kJ whole ("544"); "?" for NAN. */
char     *hearth_diet_format_energy    (double            kcal,
                                        HearthEnergyUnit  unit);
/* What was typed in an energy field in @unit, as kcal: like
 * hearth_diet_parse_number() (never optional), then converted. */
gboolean  hearth_diet_parse_energy     (const char       *text,
                                        HearthEnergyUnit  unit,
                                        const char       *empty_message,
                                        double           *kcal,
                                        GError          **error);

G_END_DECLS
