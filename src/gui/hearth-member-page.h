/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MEMBER_PAGE (hearth_member_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthMemberPage, hearth_member_page, HEARTH, MEMBER_PAGE, AdwBin)

/* One member's dashboard: a HearthKindCard per tracked kind in dashboard
 * order (hearth_store_get_tracked_kinds()), the "seek medical care"
 * message for a severe blood pressure or level 2 low glucose, then the
 * history. Activating a card runs "win.show-chart" (int: the kind).
 * Deleting a reading shows an undo toast in the nearest AdwToastOverlay,
 * whose Undo runs "win.undelete-reading". */
GtkWidget     *hearth_member_page_new         (void);
HearthStore   *hearth_member_page_get_store   (HearthMemberPage *self);
void           hearth_member_page_set_store   (HearthMemberPage *self,
                                               HearthStore      *store);
HearthProfile *hearth_member_page_get_profile (HearthMemberPage *self);
void           hearth_member_page_set_profile (HearthMemberPage *self,
                                               HearthProfile    *profile);

G_END_DECLS
