/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-privacy-page.h"

G_BEGIN_DECLS

/* Test hooks. The file choosers are GtkFileChooserNative (the portal in
 * the Flatpak), whose own dialog a test cannot type into: these run what
 * the chooser's answer runs, with @path as the file picked. */
void          _hearth_privacy_page_export_to     (HearthPrivacyPage *self,
                                                  const char        *path);
void          _hearth_privacy_page_import_from   (HearthPrivacyPage *self,
                                                  const char        *path);
/* Export's choices: 0 the whole family, i the i-th member; de-identify. */
void          _hearth_privacy_page_set_export    (HearthPrivacyPage *self,
                                                  guint              who,
                                                  gboolean           deidentify);
/* Whether an export or import is running. */
gboolean      _hearth_privacy_page_is_busy       (HearthPrivacyPage *self);
/* The last toast's text (success or error), or NULL. */
const char   *_hearth_privacy_page_get_message   (HearthPrivacyPage *self);
/* The member locks' rows (AdwActionRow), in the members' order. */
GPtrArray    *_hearth_privacy_page_get_lock_rows (HearthPrivacyPage *self);
/* The dialog opened last (delete everything's, a PIN dialog), or NULL. */
GtkWindow    *_hearth_privacy_page_get_dialog    (HearthPrivacyPage *self);

G_END_DECLS
