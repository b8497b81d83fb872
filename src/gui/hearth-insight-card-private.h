/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-insight-card.h"

G_BEGIN_DECLS

/* For tests. */
GtkWidget *_hearth_insight_card_get_insight_box    (HearthInsightCard *self);
GtkLabel  *_hearth_insight_card_get_insight_label  (HearthInsightCard *self);
GtkLabel  *_hearth_insight_card_get_insight_source (HearthInsightCard *self);
GtkWidget *_hearth_insight_card_get_nudge_box      (HearthInsightCard *self);
GtkLabel  *_hearth_insight_card_get_nudge_label    (HearthInsightCard *self);
GtkLabel  *_hearth_insight_card_get_nudge_source   (HearthInsightCard *self);
GtkWidget *_hearth_insight_card_get_dismiss_button (HearthInsightCard *self);
/* Forgets the nudges dismissed in this run. */
void       _hearth_insight_card_forget_dismissed   (void);

G_END_DECLS
