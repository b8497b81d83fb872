/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-family-page.h"
#include "hearth-member-page.h"
#include "hearth-welcome-page.h"
#include "hearth-window.h"

G_BEGIN_DECLS

HearthWelcomePage *_hearth_window_get_welcome_page  (HearthWindow *self);
HearthMemberPage  *_hearth_window_get_member_page   (HearthWindow *self);
HearthFamilyPage  *_hearth_window_get_family_page   (HearthWindow *self);
/* The content pane: "member", "chart", "progress" or "family". */
const char        *_hearth_window_get_content_page  (HearthWindow *self);
/* The chart page shown, or NULL. */
GtkWidget         *_hearth_window_get_chart_page    (HearthWindow *self);
/* The progress page shown (win.show-progress), or NULL. */
GtkWidget         *_hearth_window_get_progress_page (HearthWindow *self);
GtkListBox        *_hearth_window_get_profile_list  (HearthWindow *self);
/* "welcome" or "main" */
const char        *_hearth_window_get_visible_page  (HearthWindow *self);
/* The dialog the last win.add-reading / win.add-member opened, or NULL. */
GtkWindow         *_hearth_window_get_last_dialog   (HearthWindow *self);
GtkWidget         *_hearth_window_get_add_button    (HearthWindow *self);
GtkWidget         *_hearth_window_get_read_only_banner (HearthWindow *self);
gboolean           _hearth_window_has_page          (HearthWindow *self,
                                                     const char   *name);
gboolean           _hearth_window_has_toasts        (HearthWindow *self);
/* The toast added last and not yet dismissed, or NULL. */
AdwToast          *_hearth_window_get_last_toast    (HearthWindow *self);
void               _hearth_window_dismiss_toasts    (HearthWindow *self);
/* hearth_window_celebrate() with the focus given (tests); the way chosen. */
int                _hearth_window_celebrate_as      (HearthWindow  *self,
                                                     gboolean       focused,
                                                     HearthProfile *profile,
                                                     const char    *id,
                                                     const char    *title,
                                                     const char    *body);

G_END_DECLS
