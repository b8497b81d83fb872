/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MEMBER_PAGE (hearth_member_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthMemberPage, hearth_member_page, HEARTH, MEMBER_PAGE, AdwBin)

/* One member: latest blood pressure and weight with their categories,
 * then the history. Deleting a reading shows an undo toast in the
 * nearest AdwToastOverlay, whose Undo runs "win.undelete-reading". */
GtkWidget     *hearth_member_page_new         (void);
HearthStore   *hearth_member_page_get_store   (HearthMemberPage *self);
void           hearth_member_page_set_store   (HearthMemberPage *self,
                                               HearthStore      *store);
HearthProfile *hearth_member_page_get_profile (HearthMemberPage *self);
void           hearth_member_page_set_profile (HearthMemberPage *self,
                                               HearthProfile    *profile);

G_END_DECLS
