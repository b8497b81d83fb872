/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-checklist.h"
#include "hearth-kind-card.h"
#include "hearth-insight-card.h"
#include "hearth-member-page.h"
#include "hearth-today-section.h"

G_BEGIN_DECLS

GtkListBox     *_hearth_member_page_get_history_list  (HearthMemberPage *self);
/* The rows shown, newest first (the first HISTORY_PAGE, then more). */
GListModel     *_hearth_member_page_get_history_model (HearthMemberPage *self);
GtkWidget      *_hearth_member_page_get_more_button   (HearthMemberPage *self);
/* The dashboard: one HearthKindCard per tracked kind, in order. */
GtkFlowBox     *_hearth_member_page_get_cards         (HearthMemberPage *self);
HearthKindCard *_hearth_member_page_get_card          (HearthMemberPage *self,
                                                       HearthReadingKind kind);
/* The blood pressure card's value and category, the weight card's BMI
 * line; NULL without such a card. */
GtkLabel       *_hearth_member_page_get_bp_value      (HearthMemberPage *self);
GtkLabel       *_hearth_member_page_get_bp_class      (HearthMemberPage *self);
GtkLabel       *_hearth_member_page_get_bmi_label     (HearthMemberPage *self);
GtkWidget      *_hearth_member_page_get_severe_banner (HearthMemberPage *self);
GtkLabel       *_hearth_member_page_get_severe_label  (HearthMemberPage *self);
/* The line under the name: age, sex, height. */
GtkLabel       *_hearth_member_page_get_details_label (HearthMemberPage *self);
GtkScrolledWindow *_hearth_member_page_get_scroller   (HearthMemberPage *self);
/* The history's kind filter (0: all kinds, then kind + 1), its "Jump to
 * Date" calendar, and the button back to the newest readings. */
GtkDropDown    *_hearth_member_page_get_kind_filter   (HearthMemberPage *self);
GtkCalendar    *_hearth_member_page_get_date_calendar (HearthMemberPage *self);
GtkWidget      *_hearth_member_page_get_newest_button (HearthMemberPage *self);
/* "empty" (no readings yet) or "dashboard". */
const char     *_hearth_member_page_get_visible_page  (HearthMemberPage *self);
/* The Today section (meals, workouts, doses). */
HearthTodaySection *_hearth_member_page_get_today_section (HearthMemberPage *self);
HearthChecklist *_hearth_member_page_get_checklist  (HearthMemberPage *self);
/* The dialog opened last: a reading's (a history row activated), a
 * workout's or a medication's (member.add-workout, member.add-medication);
 * or NULL. */
GtkWindow      *_hearth_member_page_get_last_dialog   (HearthMemberPage *self);
/* The header's "Progress" button (win.show-progress). */
/* "Growth": shown for a child (hearth_growth_dialog_applies()), member.show-growth. */
GtkWidget      *_hearth_member_page_get_growth_button (HearthMemberPage *self);
GtkWidget      *_hearth_member_page_get_progress_button (HearthMemberPage *self);
/* Today's insight and nudge, above the cards. */
HearthInsightCard *_hearth_member_page_get_insight_card (HearthMemberPage *self);

G_END_DECLS
