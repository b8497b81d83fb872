/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FAMILY_PAGE (hearth_family_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthFamilyPage, hearth_family_page, HEARTH, FAMILY_PAGE, AdwBin)

/* The family overview, a caregiver's home (PRODUCT.md, issue 10): a card
 * per member (hearth_store_family_overview()) with name, colour and age,
 * their latest readings (units and categories of Preferences), what is
 * overdue, today's doses and any warning. Activating a card (click,
 * Enter) runs "win.show-member" (string: uuid). */
GtkWidget   *hearth_family_page_new       (void);
HearthStore *hearth_family_page_get_store (HearthFamilyPage *self);
void         hearth_family_page_set_store (HearthFamilyPage *self,
                                           HearthStore      *store);

/* The member lock's hook (hearth-lock.h): a locked member's card shows
 * only their name (and a lock icon), nothing of their health; it still
 * activates "win.show-member". Whoever owns the lock state calls this on
 * every change; the page keeps no lock state of its own beyond it. */
void         hearth_family_page_set_member_locked (HearthFamilyPage *self,
                                                   const char       *profile_uuid,
                                                   gboolean          locked);
gboolean     hearth_family_page_get_member_locked (HearthFamilyPage *self,
                                                   const char       *profile_uuid);

G_END_DECLS
