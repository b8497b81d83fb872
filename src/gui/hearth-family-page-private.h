/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-family-page.h"

G_BEGIN_DECLS

GtkListBox *_hearth_family_page_get_list      (HearthFamilyPage *self);
/* A member row's lines; NULL when the row has none. */
GtkLabel   *_hearth_family_page_get_bp_label  (HearthFamilyPage *self,
                                               guint             index);
GtkLabel   *_hearth_family_page_get_weight_label (HearthFamilyPage *self,
                                                  guint             index);
GtkLabel   *_hearth_family_page_get_warnings_label (HearthFamilyPage *self,
                                                    guint             index);
/* A card's label by key: "name-label", "bp-label", "weight-label",
 * "warnings-label", "overdue-label", "doses-label", "empty-label". */
GtkLabel   *_hearth_family_page_get_row_label (HearthFamilyPage *self,
                                               guint             index,
                                               const char       *key);
/* "empty" or "list" */
const char *_hearth_family_page_get_visible_page (HearthFamilyPage *self);

G_END_DECLS
