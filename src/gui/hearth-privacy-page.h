/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-core.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PRIVACY_PAGE (hearth_privacy_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthPrivacyPage, hearth_privacy_page, HEARTH, PRIVACY_PAGE, AdwPreferencesPage)

/* Preferences' Privacy page (issue 10): what is stored where, export and
 * import, the member locks and the idle time, backups' settings, and
 * deleting everything. */
GtkWidget *hearth_privacy_page_new (HearthStore *store);

G_END_DECLS
