/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* A child's growth chart (issue 10): height, weight (under 10) and BMI over
 * age against WHO's percentile curves, one HearthGrowthChart each. Opened
 * from a child's member page ("Growth", member.show-growth). */

#define HEARTH_TYPE_GROWTH_DIALOG (hearth_growth_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HearthGrowthDialog, hearth_growth_dialog, HEARTH, GROWTH_DIALOG, AdwWindow)

HearthGrowthDialog *hearth_growth_dialog_new (HearthStore   *store,
                                              HearthProfile *profile,
                                              GSettings     *settings);

/* Whether @profile has a growth chart at @now: under 18, sex female or
 * male, the full birth date known. */
gboolean            hearth_growth_dialog_applies (HearthProfile *profile,
                                                  GDateTime     *now);

G_END_DECLS
