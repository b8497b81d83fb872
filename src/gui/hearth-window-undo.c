/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-store-exercise.h"
#include "hearth-store-medications.h"
#include "hearth-window-state-private.h"

typedef struct
{
  UndoType       type;
  char          *uuid;    /* the reading's or the member's */
  HearthReading *before;  /* UNDO_EDIT_READING: as it was */
  HearthProfile *member;  /* UNDO_EDIT_MEMBER: as they were */
  char          *what;    /* "Blood pressure 142/91 mmHg · Today, 08:10", a name */
  char          *owner;   /* the member whose data it is (uuid), or NULL */
} UndoEntry;

static void
undo_entry_free (UndoEntry *entry)
{
  g_free (entry->uuid);
  g_free (entry->owner);
  g_clear_object (&entry->before);
  g_clear_object (&entry->member);
  g_free (entry->what);
  g_free (entry);
}

GPtrArray *
_hearth_window_new_undo_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) undo_entry_free);
}

void
_hearth_window_update_undo (HearthWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->undo->len > 0 && !hearth_store_is_read_only (self->store));
}

void
_hearth_window_push_undo (HearthWindow  *self,
                          UndoType       type,
                          const char    *uuid,
                          HearthReading *before,
                          HearthProfile *member,
                          const char    *what)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);

  entry->type = type;
  entry->uuid = g_strdup (uuid);
  entry->before = before != NULL ? hearth_reading_copy (before) : NULL;
  entry->member = member != NULL ? g_object_ref (member) : NULL;
  entry->what = g_strdup (what);
  /* Whose it is, so a member locked since cannot have it undone (nor named
   * in a toast) until unlocked: a member for member changes, a reading's
   * member, else the member shown (doses, workouts and medications are
   * changed on their page). */
  switch (type)
    {
    case UNDO_ADD_MEMBER:
    case UNDO_EDIT_MEMBER:
    case UNDO_DELETE_MEMBER:
      entry->owner = g_strdup (uuid);
      break;

    case UNDO_ADD_READING:
    case UNDO_EDIT_READING:
    case UNDO_DELETE_READING:
      {
        g_autoptr(HearthReading) reading = hearth_store_get_reading (self->store, uuid, NULL);

        if (reading != NULL)
          entry->owner = g_strdup (hearth_reading_get_profile_uuid (reading));
        else if (before != NULL)
          entry->owner = g_strdup (hearth_reading_get_profile_uuid (before));
      }
      break;

    case UNDO_MARK_DOSE:
    case UNDO_ADD_WORKOUT:
    case UNDO_ADD_MEDICATION:
    default:
      break;
    }
  if (entry->owner == NULL && self->profile != NULL)
    entry->owner = g_strdup (hearth_profile_get_uuid (self->profile));
  g_ptr_array_add (self->undo, entry);
  _hearth_window_update_undo (self);
}

void
_hearth_window_drop_undo (HearthWindow *self,
                          UndoType      type,
                          const char   *uuid)
{
  for (guint i = self->undo->len; i > 0; i--)
    {
      UndoEntry *entry = g_ptr_array_index (self->undo, i - 1);

      if (entry->type == type && g_strcmp0 (entry->uuid, uuid) == 0)
        {
          g_ptr_array_remove_index (self->undo, i - 1);
          break;
        }
    }
  _hearth_window_update_undo (self);
}

static char *
describe_reading (HearthWindow  *self,
                  HearthReading *reading)
{
  g_autoptr(GDateTime) now = hearth_clock_now (hearth_store_get_clock (self->store));

  return hearth_gui_describe_reading (reading, self->settings, now);
}

/* What a reading dialog saves, learnt from the store while it is open
 * (the dialog is modal: the member's changes meanwhile are its own). */
typedef struct
{
  HearthWindow  *window;      /* weak */
  char          *profile_uuid;
  HearthReading *before;      /* the reading edited, as it was; NULL: a new one */
  char          *last_added;  /* uuid of the member's reading added last */
  gboolean       edited;
} DialogWatch;

static void
dialog_watch_free (DialogWatch *watch)
{
  g_clear_weak_pointer (&watch->window);
  g_free (watch->profile_uuid);
  g_clear_object (&watch->before);
  g_free (watch->last_added);
  g_free (watch);
}

static char *
get_last_added_uuid (HearthStore *store,
                     const char  *profile_uuid)
{
  g_autoptr(HearthReading) last = hearth_store_get_last_added_reading (store, profile_uuid, NULL);

  return last != NULL ? g_strdup (hearth_reading_get_uuid (last)) : NULL;
}

static void
on_watched_readings_changed_cb (HearthStore *store,
                                const char  *profile_uuid,
                                GtkWindow   *dialog)
{
  DialogWatch *watch = g_object_get_data (G_OBJECT (dialog), "hearth-undo-watch");
  HearthWindow *self;

  if (watch == NULL || watch->window == NULL || watch->window->undoing ||
      (profile_uuid != NULL && g_strcmp0 (profile_uuid, watch->profile_uuid) != 0))
    return;
  self = watch->window;

  if (watch->before != NULL)
    {
      g_autoptr(HearthReading) now = NULL;
      g_autofree char *what = NULL;

      if (watch->edited)
        return;
      now = hearth_store_get_reading (store, hearth_reading_get_uuid (watch->before), NULL);
      if (now == NULL || hearth_reading_get_updated_at (now) == hearth_reading_get_updated_at (watch->before))
        return;
      watch->edited = TRUE;
      what = describe_reading (self, watch->before);
      _hearth_window_push_undo (self, UNDO_EDIT_READING, hearth_reading_get_uuid (watch->before), watch->before, NULL, what);
    }
  else
    {
      g_autoptr(HearthReading) last = hearth_store_get_last_added_reading (store, watch->profile_uuid, NULL);
      g_autofree char *what = NULL;

      if (last == NULL || g_strcmp0 (hearth_reading_get_uuid (last), watch->last_added) == 0)
        return;
      g_free (watch->last_added);
      watch->last_added = g_strdup (hearth_reading_get_uuid (last));
      what = describe_reading (self, last);
      _hearth_window_push_undo (self, UNDO_ADD_READING, hearth_reading_get_uuid (last), NULL, NULL, what);
    }
}

static void
on_watched_dialog_hide_cb (GtkWidget *dialog,
                           gpointer   user_data)
{
  g_object_set_data (G_OBJECT (dialog), "hearth-undo-watch", NULL);
}

void
hearth_window_watch_reading_dialog (HearthWindow  *self,
                                    GtkWindow     *dialog,
                                    HearthProfile *profile,
                                    HearthReading *reading)
{
  DialogWatch *watch;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (HEARTH_IS_PROFILE (profile));
  g_return_if_fail (!reading || HEARTH_IS_READING (reading));

  watch = g_new0 (DialogWatch, 1);
  g_set_weak_pointer (&watch->window, self);
  watch->profile_uuid = g_strdup (hearth_profile_get_uuid (profile));
  watch->before = reading != NULL ? hearth_reading_copy (reading) : NULL;
  if (reading == NULL)
    watch->last_added = get_last_added_uuid (self->store, watch->profile_uuid);
  g_object_set_data_full (G_OBJECT (dialog), "hearth-undo-watch", watch,
                          (GDestroyNotify) dialog_watch_free);
  g_signal_connect_object (self->store, "readings-changed",
                           G_CALLBACK (on_watched_readings_changed_cb),
                           dialog, 0);
  /* Closed, it changes nothing more. */
  g_signal_connect (dialog, "hide", G_CALLBACK (on_watched_dialog_hide_cb), NULL);
}

void
hearth_window_delete_reading (HearthWindow *self,
                              const char   *uuid)
{
  g_autoptr(HearthReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (uuid != NULL);

  reading = hearth_store_get_reading (self->store, uuid, &error);
  if (reading == NULL || !hearth_store_delete_reading (self->store, uuid, &error))
    {
      hearth_window_add_toast (self, adw_toast_new (error != NULL ? error->message : _("This reading is no longer there")));
      return;
    }

  what = describe_reading (self, reading);
  _hearth_window_push_undo (self, UNDO_DELETE_READING, uuid, NULL, NULL, what);

  /* Translators: a toast with an Undo button; %s is "Blood pressure 142/91 mmHg · Today, 08:10" */
  title = g_strdup_printf (_("Deleted %s"), what);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undelete-reading");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uuid));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  hearth_window_add_toast (self, toast);
}

void
hearth_window_record_change (HearthWindow       *self,
                             HearthWindowChange  change,
                             const char         *uuid,
                             const char         *what)
{
  static const UndoType types[] = {
    [HEARTH_WINDOW_CHANGE_DOSE] = UNDO_MARK_DOSE,
    [HEARTH_WINDOW_CHANGE_WORKOUT] = UNDO_ADD_WORKOUT,
    [HEARTH_WINDOW_CHANGE_MEDICATION] = UNDO_ADD_MEDICATION,
  };
  AdwToast *toast;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (change <= HEARTH_WINDOW_CHANGE_MEDICATION);
  g_return_if_fail (uuid != NULL);
  g_return_if_fail (what != NULL);

  _hearth_window_push_undo (self, types[change], uuid, NULL, NULL, what);
  if (change != HEARTH_WINDOW_CHANGE_DOSE)
    return;

  toast = adw_toast_new (what);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-dose");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uuid));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  hearth_window_add_toast (self, toast);
}

void
_hearth_window_undo_dose_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  const char *uuid = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;

  _hearth_window_drop_undo (self, UNDO_MARK_DOSE, uuid);
  self->undoing = TRUE;
  if (!hearth_store_delete_dose (self->store, uuid, &error))
    hearth_window_add_toast (self, adw_toast_new (error->message));
  self->undoing = FALSE;
}

static void
on_undo_toast_dismissed_cb (HearthWindow *self,
                            AdwToast     *toast)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

void
_hearth_window_undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  UndoEntry *entry;
  const char *message;
  gboolean ok = FALSE;

  if (self->undo->len == 0)
    return;

  /* A member locked since the change: nothing is undone or named but
   * their name, until they are unlocked (the change stays undoable). */
  entry = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (entry->owner != NULL && hearth_window_member_is_locked (self, entry->owner))
    {
      g_autoptr(HearthProfile) owner = hearth_store_get_profile (self->store, entry->owner, NULL);

      /* Translators: Ctrl+Z on a change of a member locked since; %s is their name */
      title = g_strdup_printf (_("Unlock %s to undo this change"),
                               owner != NULL ? hearth_profile_get_name (owner) : "");
      hearth_window_add_toast (self, adw_toast_new (title));
      return;
    }

  entry = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  self->undoing = TRUE;
  switch (entry->type)
    {
    case UNDO_ADD_READING:
      ok = hearth_store_delete_reading (self->store, entry->uuid, &error);
      /* Translators: after Ctrl+Z took back a reading just added */
      title = g_strdup_printf (_("Removed %s"), entry->what);
      break;

    case UNDO_EDIT_READING:
      ok = hearth_store_update_reading (self->store, entry->before, &error);
      /* Translators: after Ctrl+Z took back an edit */
      title = g_strdup_printf (_("Back to %s"), entry->what);
      break;

    case UNDO_DELETE_READING:
      ok = hearth_store_undelete_reading (self->store, entry->uuid, &error);
      /* Translators: after Ctrl+Z brought back a deleted reading */
      title = g_strdup_printf (_("Restored %s"), entry->what);
      break;

    case UNDO_ADD_MEMBER:
      ok = hearth_store_delete_profile (self->store, entry->uuid, &error);
      /* Translators: after Ctrl+Z took back a member just added */
      title = g_strdup_printf (_("Removed “%s”"), entry->what);
      break;

    case UNDO_EDIT_MEMBER:
      ok = hearth_store_update_profile (self->store, entry->member, &error);
      /* Translators: after Ctrl+Z took back an edit of a member */
      title = g_strdup_printf (_("“%s” as before"), entry->what);
      break;

    case UNDO_DELETE_MEMBER:
      ok = hearth_store_undelete_profile (self->store, entry->uuid, &error);
      if (ok)
        hearth_window_select_profile (self, entry->uuid);
      /* Translators: after Ctrl+Z brought back a deleted member */
      title = g_strdup_printf (_("Restored “%s”"), entry->what);
      break;

    case UNDO_MARK_DOSE:
      ok = hearth_store_delete_dose (self->store, entry->uuid, &error);
      /* Translators: after Ctrl+Z took back "Took Metformin 500 mg" */
      title = g_strdup_printf (_("Taken back: %s"), entry->what);
      break;

    case UNDO_ADD_WORKOUT:
      ok = hearth_store_delete_workout (self->store, entry->uuid, &error);
      /* Translators: after Ctrl+Z took back a workout just added */
      title = g_strdup_printf (_("Removed %s"), entry->what);
      break;

    case UNDO_ADD_MEDICATION:
      ok = hearth_store_delete_medication (self->store, entry->uuid, &error);
      /* Translators: after Ctrl+Z took back a medication just added */
      title = g_strdup_printf (_("Removed “%s”"), entry->what);
      break;

    default:
      g_assert_not_reached ();
    }

  self->undoing = FALSE;

  message = ok ? title : error != NULL ? error->message : _("This change cannot be undone");

  /* One at a time: Ctrl+Z pressed again while its toast is up says the
   * new thing in it, rather than queueing toasts behind each other. */
  if (self->undo_toast != NULL)
    adw_toast_set_title (self->undo_toast, message);
  else
    {
      AdwToast *toast = adw_toast_new (message);

      g_set_weak_pointer (&self->undo_toast, toast);
      g_signal_connect_object (toast, "dismissed",
                               G_CALLBACK (on_undo_toast_dismissed_cb),
                               self, G_CONNECT_SWAPPED);
      hearth_window_add_toast (self, toast);
    }
  undo_entry_free (entry);
  _hearth_window_update_undo (self);
}
