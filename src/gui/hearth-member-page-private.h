/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-member-page.h"

G_BEGIN_DECLS

GtkListBox *_hearth_member_page_get_history_list  (HearthMemberPage *self);
GListModel *_hearth_member_page_get_history_model (HearthMemberPage *self);
GtkLabel   *_hearth_member_page_get_bp_value      (HearthMemberPage *self);
GtkLabel   *_hearth_member_page_get_bp_class      (HearthMemberPage *self);
GtkLabel   *_hearth_member_page_get_bmi_label     (HearthMemberPage *self);
GtkWidget  *_hearth_member_page_get_severe_banner (HearthMemberPage *self);
/* The reading dialog the last activated history row opened, or NULL. */
GtkWindow  *_hearth_member_page_get_last_dialog   (HearthMemberPage *self);

G_END_DECLS
