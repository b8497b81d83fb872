/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-family-page.h"
#include "hearth-lock-manager.h"
#include "hearth-member-page.h"
#include "hearth-welcome-page.h"
#include "hearth-window.h"

G_BEGIN_DECLS

/* HearthWindow's struct, shared by hearth-window.c,
 * hearth-window-undo.c (Ctrl+Z) and hearth-window-celebrate.c. */
struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  HearthStore          *store;
  GSettings            *settings;
  HearthProfile        *profile;
  char                 *current_uuid;
  GtkWindow            *last_dialog;   /* weak */
  GPtrArray            *toasts;        /* AdwToast shown or queued */
  GPtrArray            *undo;          /* UndoEntry, the last change last */
  gboolean              undoing;       /* its own changes are not recorded */
  AdwToast             *undo_toast;    /* weak: what the last Ctrl+Z did */
  AdwToast             *celebration;   /* weak: the first celebrated, while shown */
  char                 *pending_celebration; /* waits for the toasts shown to go */
  GHashTable           *milestones_seen; /* goal uuid → milestones passed when last looked (hearth-window-celebrate.c) */
  gint64                pending_since;       /* monotonic µs */
  HearthReadingKind     chart_kind;    /* of the chart page shown */
  HearthLockManager    *locks;         /* the store's (hearth-window-lock.c) */
  GtkWidget            *locked_page;   /* content page "locked" */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkWidget            *add_button;
  GtkWidget            *member_menu_button;
  GtkListBox           *family_list;
  GtkListBoxRow        *family_row;
  GtkListBox           *profile_list;
  GtkStack             *content_stack;
  AdwBin               *chart_bin;
  AdwBin               *progress_bin;
  AdwBin               *welcome_bin;
  AdwBin               *family_bin;
  GtkWidget            *read_only_banner;
  GtkWidget            *welcome_read_only_banner;
  HearthMemberPage     *member_page;

  /* Built on first use, not with the window: see ensure_*_page() */
  HearthWelcomePage    *welcome_page;
  HearthFamilyPage     *family_page;
};

/* Ctrl+Z takes back the last change made in this window, for as long as
 * it is open: a reading added, edited or deleted, a member added, edited
 * or deleted. */
typedef enum
{
  UNDO_ADD_READING,
  UNDO_EDIT_READING,
  UNDO_DELETE_READING,
  UNDO_DELETE_MEMBER,
  UNDO_ADD_MEMBER,
  UNDO_EDIT_MEMBER,
  UNDO_MARK_DOSE,       /* a dose marked taken or skipped: undo deletes it */
  UNDO_ADD_WORKOUT,
  UNDO_ADD_MEDICATION,
} UndoType;

/* A new list of changes to take back. */
GPtrArray *_hearth_window_new_undo_list (void);
/* Records a change; @before is the reading as it was (UNDO_EDIT_READING),
 * @member the member as they were (UNDO_EDIT_MEMBER); @what names it in
 * the toast ("Blood pressure 142/91 mmHg · Today, 08:10", a name). */
void       _hearth_window_push_undo     (HearthWindow  *self,
                                         UndoType       type,
                                         const char    *uuid,
                                         HearthReading *before,
                                         HearthProfile *member,
                                         const char    *what);
/* A toast's Undo ran: that change is no longer there to take back. */
void       _hearth_window_drop_undo     (HearthWindow  *self,
                                         UndoType       type,
                                         const char    *uuid);
/* win.undo's enabled state: something to undo, a journal that can change. */
void       _hearth_window_update_undo   (HearthWindow  *self);
/* win.undo-dose (s: the dose's uuid), a dose toast's Undo button. */
void       _hearth_window_undo_dose_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param);
/* Celebrates new badges after each change to a member's entries
 * (hearth-window-celebrate.c); called once, from constructed(). */
void       _hearth_window_watch_celebrations (HearthWindow *self);
/* The member lock (hearth-window-lock.c): builds the "locked" content
 * page, records input as activity, calls @on_changed (swapped) when what
 * is locked changes; called once, from constructed(). */
void       _hearth_window_watch_locks   (HearthWindow  *self,
                                         GCallback      on_changed);
/* The "locked" page's name and reason, for the member shown. */
void       _hearth_window_update_locked_page (HearthWindow *self);
void       _hearth_window_sync_family_locks (HearthWindow *self);
/* win.unlock-member, win.lock-member */
void       _hearth_window_unlock_member_action (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *param);
void       _hearth_window_lock_member_action   (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *param);
/* win.undo */
void       _hearth_window_undo_action   (GtkWidget     *widget,
                                         const char    *action_name,
                                         GVariant      *param);

G_END_DECLS
