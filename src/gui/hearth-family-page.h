/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FAMILY_PAGE (hearth_family_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthFamilyPage, hearth_family_page, HEARTH, FAMILY_PAGE, AdwBin)

/* The family overview (PRODUCT.md): one row per member with their latest
 * blood pressure and weight (units and categories), what is overdue and
 * any warning. Activating a row runs "win.show-member" (string: uuid). */
GtkWidget   *hearth_family_page_new       (void);
HearthStore *hearth_family_page_get_store (HearthFamilyPage *self);
void         hearth_family_page_set_store (HearthFamilyPage *self,
                                           HearthStore      *store);

G_END_DECLS
