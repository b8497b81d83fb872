/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_INSIGHT_CARD (hearth_insight_card_get_type ())

G_DECLARE_FINAL_TYPE (HearthInsightCard, hearth_insight_card, HEARTH, INSIGHT_CARD, AdwBin)

/* The member page's news (issue 9): today's most useful insight
 * (hearth_insights_list()'s first but "first-week": the first-week
 * checklist above says that) with its source, and today's nudge when
 * there is one (hearth_nudges_get_for_day(), quiet hours 22:00–07:00 on
 * the store's clock), which the member can dismiss for the day (for as
 * long as Hearth runs: the journal keeps no dismissals). Hidden when there
 * is neither. Read again by hearth_insight_card_set_member(). */
GtkWidget *hearth_insight_card_new        (void);
void       hearth_insight_card_set_member (HearthInsightCard *self,
                                           HearthStore       *store,
                                           HearthProfile     *profile);

G_END_DECLS
