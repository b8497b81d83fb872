/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"
#include "hearth-gui-util.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_KIND_CARD (hearth_kind_card_get_type ())

G_DECLARE_FINAL_TYPE (HearthKindCard, hearth_kind_card, HEARTH, KIND_CARD, GtkFlowBoxChild)

/* One tracked kind on a member's dashboard: the latest value in the units
 * of Preferences, its category with the guideline, a 30-day sparkline,
 * the change against the previous 7 days and when it was last logged.
 * Keeps itself up to date with the store and the settings. Activating it
 * (click, Enter) is the GtkFlowBox's "child-activated". */
GtkWidget         *hearth_kind_card_new       (HearthStore       *store,
                                               HearthProfile     *profile,
                                               HearthReadingKind  kind);
HearthStore       *hearth_kind_card_get_store   (HearthKindCard *self);
HearthProfile     *hearth_kind_card_get_profile (HearthKindCard *self);
HearthReadingKind  hearth_kind_card_get_kind    (HearthKindCard *self);
/* The latest reading's alert level (severe BP, level 2 low glucose …). */
HearthGuiAlert     hearth_kind_card_get_alert   (HearthKindCard *self);

G_END_DECLS
