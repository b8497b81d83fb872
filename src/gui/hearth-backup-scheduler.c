/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-backup-scheduler"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-backup-scheduler-private.h"
#include "hearth-gui-util.h"

#define CHECK_SECONDS 60

struct _HearthBackupScheduler
{
  GObject       parent_instance;

  HearthStore  *store;       /* weak: the store owns this */
  HearthClock  *clock;
  char         *journal;
  GSettings    *settings;
  GCancellable *cancellable;
  guint         timer;
  gboolean      running;
  char         *done_name;   /* the day's name made or attempted, so once a day */
  char         *status;
};

G_DEFINE_FINAL_TYPE (HearthBackupScheduler, hearth_backup_scheduler, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_status (HearthBackupScheduler *self,
            char                  *status)
{
  if (g_strcmp0 (status, self->status) == 0)
    {
      g_free (status);
      return;
    }
  g_free (self->status);
  self->status = status;
  g_signal_emit (self, signals[CHANGED], 0);
}

typedef struct
{
  char        *journal;
  char        *folder;
  guint        keep;
  HearthClock *clock;     /* fixed at the moment of the run */
  char        *made;
  char        *name;
} Run;

static void
run_free (Run *run)
{
  g_free (run->journal);
  g_free (run->folder);
  g_clear_object (&run->clock);
  g_free (run->made);
  g_free (run->name);
  g_free (run);
}

static void
run_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Run *run = task_data;
  g_autofree char *journal_id = hearth_secrets_journal_id (run->journal);
  g_autoptr(HearthSecret) passphrase = NULL;
  GError *error = NULL;

  passphrase = hearth_secrets_lookup_sync (journal_id, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                           HEARTH_SECRETS_NONE, cancellable, &error);
  if (passphrase == NULL)
    {
      if (error == NULL)
        error = g_error_new_literal (HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_FAILED,
                                     _("no passphrase is remembered in the keyring; turn automatic backups off and on again to set one"));
      g_task_return_error (task, error);
      return;
    }
  if (!hearth_backup_auto (run->journal, run->folder, run->keep, passphrase, run->clock,
                           &run->made, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HearthBackupScheduler *self = HEARTH_BACKUP_SCHEDULER (source);
  Run *run = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
          g_error_matches (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_CANCELLED) ||
          g_error_matches (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_CANCELLED))
        return;
      g_message ("The automatic backup of %s was not made: %s", run->journal, error->message);
      /* Translators: the automatic backups' state; %s says why */
      set_status (self, g_strdup_printf (_("Not made: %s"), error->message));
      return;
    }
  /* Translators: the automatic backups' state; %s is a file name with the date */
  set_status (self, g_strdup_printf (_("Last backup: “%s”"), run->name));
}

void
_hearth_backup_scheduler_check (HearthBackupScheduler *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  Run *run;

  g_return_if_fail (HEARTH_IS_BACKUP_SCHEDULER (self));

  if (self->store == NULL || self->running)
    return;
  if (!g_settings_get_boolean (self->settings, "backup-auto"))
    {
      set_status (self, g_strdup (_("Off")));
      return;
    }
  folder = g_settings_get_string (self->settings, "backup-folder");
  if (*folder == '\0')
    {
      set_status (self, g_strdup (_("Not made: choose a backup folder")));
      return;
    }
  name = hearth_backup_auto_name (self->clock);
  if (g_strcmp0 (name, self->done_name) == 0)
    return;

  g_free (self->done_name);
  self->done_name = g_strdup (name);
  now = hearth_clock_now (self->clock);
  run = g_new0 (Run, 1);
  run->journal = g_strdup (self->journal);
  run->folder = g_steal_pointer (&folder);
  run->keep = (guint) MAX (1, g_settings_get_int (self->settings, "backup-keep"));
  run->clock = hearth_clock_new_fixed (now);
  run->name = g_steal_pointer (&name);
  self->running = TRUE;
  task = g_task_new (self, self->cancellable, on_run_done_cb, NULL);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  g_task_run_in_thread (task, run_thread);
}

gboolean
_hearth_backup_scheduler_is_running (HearthBackupScheduler *self)
{
  return self->running;
}

const char *
hearth_backup_scheduler_get_status (HearthBackupScheduler *self)
{
  g_return_val_if_fail (HEARTH_IS_BACKUP_SCHEDULER (self), NULL);

  return self->status;
}

static gboolean
on_timer_cb (gpointer user_data)
{
  _hearth_backup_scheduler_check (HEARTH_BACKUP_SCHEDULER (user_data));
  return G_SOURCE_CONTINUE;
}

static void
on_settings_changed_cb (HearthBackupScheduler *self,
                        const char            *key)
{
  if (!g_str_has_prefix (key, "backup-"))
    return;
  /* A new folder, passphrase or switch: today's is tried again. */
  g_clear_pointer (&self->done_name, g_free);
  _hearth_backup_scheduler_check (self);
}

static void
on_store_weak_notify (gpointer  data,
                      GObject  *where_the_store_was)
{
  HearthBackupScheduler *self = data;

  self->store = NULL;
}

HearthBackupScheduler *
hearth_backup_scheduler_get_for_store (HearthStore *store)
{
  HearthBackupScheduler *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "hearth-backup-scheduler");
  if (self != NULL)
    return self;

  self = g_object_new (HEARTH_TYPE_BACKUP_SCHEDULER, NULL);
  self->store = store;
  g_object_weak_ref (G_OBJECT (store), on_store_weak_notify, self);
  self->clock = g_object_ref (hearth_store_get_clock (store));
  self->journal = g_strdup (hearth_store_get_path (store));
  g_object_set_data_full (G_OBJECT (store), "hearth-backup-scheduler", self, g_object_unref);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  self->timer = g_timeout_add_seconds (CHECK_SECONDS, on_timer_cb, self);
  _hearth_backup_scheduler_check (self);
  return self;
}

/* A new secret (the Privacy page stored one): try today's again. */
void
_hearth_backup_scheduler_retry (HearthBackupScheduler *self)
{
  g_clear_pointer (&self->done_name, g_free);
  _hearth_backup_scheduler_check (self);
}

static void
hearth_backup_scheduler_dispose (GObject *object)
{
  HearthBackupScheduler *self = HEARTH_BACKUP_SCHEDULER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timer, g_source_remove);
  if (self->store != NULL)
    g_object_weak_unref (G_OBJECT (self->store), on_store_weak_notify, self);
  self->store = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (hearth_backup_scheduler_parent_class)->dispose (object);
}

static void
hearth_backup_scheduler_finalize (GObject *object)
{
  HearthBackupScheduler *self = HEARTH_BACKUP_SCHEDULER (object);

  g_clear_object (&self->cancellable);
  g_free (self->journal);
  g_free (self->done_name);
  g_free (self->status);

  G_OBJECT_CLASS (hearth_backup_scheduler_parent_class)->finalize (object);
}

static void
hearth_backup_scheduler_class_init (HearthBackupSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_backup_scheduler_dispose;
  object_class->finalize = hearth_backup_scheduler_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hearth_backup_scheduler_init (HearthBackupScheduler *self)
{
  self->settings = hearth_gui_settings_new ();
  self->cancellable = g_cancellable_new ();
  self->status = g_strdup (_("Off"));
}
