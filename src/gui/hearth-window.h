/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow *hearth_window_new                (HearthApplication *application,
                                                HearthStore       *store);
HearthStore  *hearth_window_get_store          (HearthWindow      *self);
/* The member shown, or NULL. */
HearthProfile *hearth_window_get_profile       (HearthWindow      *self);
/* Shows the member with that uuid; FALSE if there is none. */
gboolean      hearth_window_select_profile     (HearthWindow      *self,
                                                const char        *uuid);
void          hearth_window_add_toast          (HearthWindow      *self,
                                                AdwToast          *toast);
/* Celebrates a first (issue 9) in a toast: one at a time, the newest
 * news replacing the words of one still shown, never a queue of them. */
void          hearth_window_celebrate          (HearthWindow      *self,
                                                const char        *text);
/* Deletes the reading, says which in a toast with Undo, and keeps it for
 * Ctrl+Z (win.undo). */
void          hearth_window_delete_reading     (HearthWindow      *self,
                                                const char        *uuid);
/* Call for every reading dialog opened over this window: what it adds or
 * edits (@reading: the one edited, or NULL) can be undone with Ctrl+Z. */
void          hearth_window_watch_reading_dialog (HearthWindow    *self,
                                                  GtkWindow       *dialog,
                                                  HearthProfile   *profile,
                                                  HearthReading   *reading);

/* A dose just marked taken or skipped (@dose_uuid), a workout or a
 * medication just added (@type one of the HearthWindowChange values):
 * Ctrl+Z takes it back. A dose's change is said in a toast with Undo
 * (win.undo-dose); @what names it ("Took Metformin 500 mg"). */
typedef enum
{
  HEARTH_WINDOW_CHANGE_DOSE,
  HEARTH_WINDOW_CHANGE_WORKOUT,
  HEARTH_WINDOW_CHANGE_MEDICATION,
} HearthWindowChange;

void          hearth_window_record_change      (HearthWindow      *self,
                                                HearthWindowChange change,
                                                const char        *uuid,
                                                const char        *what);

/* Celebrates a new badge or a reached goal of @profile (hearth-celebrations.h):
 * a toast naming it (hearth_window_celebrate(): one at a time) while the
 * window (or a dialog of the app over it) has the focus, a GNotification
 * (@id, so a repeat replaces it) while it does not; nothing while the
 * member's latest reading is severe. Returns how it was shown
 * (HEARTH_CELEBRATION_WAIT: not yet; keep it to celebrate later). */
int           hearth_window_celebrate_member   (HearthWindow      *self,
                                                HearthProfile     *profile,
                                                const char        *id,
                                                const char        *title,
                                                const char        *body);
/* Whether the member @uuid is locked (issue 10): then the window shows
 * their name and nothing of their data (hearth-window-lock.c). Pages that
 * show members' data (the family overview) ask it. */
gboolean      hearth_window_member_is_locked   (HearthWindow      *self,
                                                const char        *uuid);
G_END_DECLS
