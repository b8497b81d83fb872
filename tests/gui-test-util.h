/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hearth-privacy-page.h"

G_BEGIN_DECLS

/* Helpers shared by the GUI tests that drive a window over a throw-away
 * keyring (test-gui-privacy, test-gui-backup). */

/* Runs the default main context until nothing is pending. */
void               iterate           (void);
/* Runs the default main context for @ms milliseconds. */
void               wait_ms           (guint      ms);
/* Appends the text of every mapped label under @widget, one per line. */
void               collect_labels    (GtkWidget *widget,
                                      GString   *texts);
/* The Privacy page under @widget (Preferences), or NULL. */
HearthPrivacyPage *find_privacy_page (GtkWidget *widget);

G_END_DECLS
