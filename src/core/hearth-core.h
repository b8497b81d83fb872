/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-types.h"
#include "hearth-clock.h"
#include "hearth-units.h"
#include "hearth-classify.h"
#include "hearth-profile.h"
#include "hearth-reading.h"
#include "hearth-store.h"
#include "hearth-store-purge.h"
#include "hearth-store-family.h"
#include "hearth-summary.h"
#include "hearth-generate.h"
#include "hearth-nutrition.h"
#include "hearth-food.h"
#include "hearth-meal.h"
#include "hearth-store-diet.h"
#include "hearth-recipe.h"
#include "hearth-store-recipes.h"
#include "hearth-streak.h"
#include "hearth-store-streaks.h"
#include "hearth-badges.h"
#include "hearth-store-badges.h"
#include "hearth-challenge.h"
#include "hearth-store-challenges.h"
#include "hearth-goal.h"
#include "hearth-store-goals.h"
#include "hearth-habits.h"
#include "hearth-store-checklist.h"
#include "hearth-layers.h"
#include "hearth-nudges.h"
#include "hearth-insights.h"
#include "hearth-secrets.h"
#include "hearth-lock.h"
#include "hearth-growth.h"
#include "hearth-export.h"
#include "hearth-import.h"
#include "hearth-health-record.h"
#include "hearth-store-record.h"
#include "hearth-store-heights.h"
#include "hearth-backup.h"
#include "hearth-backup-store.h"

G_BEGIN_DECLS

/* Binds the gettext domain once; core strings are translated. */
void hearth_core_init (void);

/* Replaces *@str_ptr with a copy of @new_str; TRUE if it changed (so a
 * setter notifies only on a real change). GLib 2.76's g_set_str: use that
 * once the platform's GLib reaches it. */
gboolean hearth_set_str (char       **str_ptr,
                         const char  *new_str);

G_END_DECLS
