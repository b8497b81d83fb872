/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-lock-manager"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-lock-manager-private.h"
#include "hearth-usec.h"

struct _HearthLockManager
{
  GObject       parent_instance;

  HearthStore  *store;     /* not a reference: the manager is the store's */
  HearthClock  *clock;
  GSettings    *settings;
  char         *journal;   /* hearth_secrets_journal_id() */
  GHashTable   *states;    /* uuid → HearthLockState, members with a lock */
  char         *problem;   /* why the keyring cannot be used, or NULL */
  gboolean      ready;     /* the keyring answered (or failed) at start */
  guint         timer;
};

G_DEFINE_FINAL_TYPE (HearthLockManager, hearth_lock_manager, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Longest wait between two checks of the idle time: a clock that jumps
 * (a test's, or the machine's after a suspend) is seen soon. */
#define CHECK_MAX_MS 10000

static gint64
now_usec (HearthLockManager *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  return hearth_usec_from_date_time (now);
}

static gint64
idle_usec (HearthLockManager *self)
{
  int minutes = g_settings_get_int (self->settings, "lock-idle-minutes");

  return (gint64) MAX (minutes, 1) * 60 * G_USEC_PER_SEC;
}

static void schedule_check (HearthLockManager *self);

static gboolean
on_timer_cb (gpointer data)
{
  HearthLockManager *self = data;

  self->timer = 0;
  _hearth_lock_manager_check (self);
  return G_SOURCE_REMOVE;
}

/* A timer to the first re-lock by the clock (at most CHECK_MAX_MS away). */
static void
schedule_check (HearthLockManager *self)
{
  gint64 idle = idle_usec (self);
  gint64 first = G_MAXINT64;
  GHashTableIter iter;
  gpointer value;
  gint64 wait_ms;

  g_clear_handle_id (&self->timer, g_source_remove);
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    first = MIN (first, hearth_lock_state_relock_at (value, idle));
  if (first == G_MAXINT64)
    return;

  wait_ms = (first - now_usec (self)) / 1000;
  self->timer = g_timeout_add ((guint) CLAMP (wait_ms, 100, CHECK_MAX_MS), on_timer_cb, self);
}

void
_hearth_lock_manager_check (HearthLockManager *self)
{
  gint64 now = now_usec (self);
  gint64 idle = idle_usec (self);
  gboolean changed = FALSE;
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (HEARTH_IS_LOCK_MANAGER (self));

  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HearthLockState *state = value;

      if (state->unlocked && hearth_lock_state_is_locked (state, now, idle))
        {
          hearth_lock_state_lock (state);
          changed = TRUE;
        }
    }

  schedule_check (self);
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
_hearth_lock_manager_is_ready (HearthLockManager *self)
{
  return self->ready;
}

/* The setting that keeps the members with a lock (never a secret); other
 * journals' members stay listed, but not those in @dropped (deleted for
 * good here: this journal knows them no more either). */
static void
save_locked_members (HearthLockManager *self,
                     GPtrArray         *dropped)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) members = NULL;
  g_auto(GStrv) before = g_settings_get_strv (self->settings, "locked-members");
  GHashTableIter iter;
  gpointer key;

  /* Other journals' members stay listed. */
  for (guint i = 0; before[i] != NULL; i++)
    {
      g_autoptr(HearthProfile) mine = hearth_store_get_profile (self->store, before[i], NULL);

      if (mine == NULL &&
          (dropped == NULL || !g_ptr_array_find_with_equal_func (dropped, before[i], g_str_equal, NULL)))
        g_strv_builder_add (builder, before[i]);
    }
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_strv_builder_add (builder, key);
  members = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "locked-members", (const char * const *) members);
}

static void
add_lock (HearthLockManager *self,
          const char        *uuid)
{
  HearthLockState *state = g_new0 (HearthLockState, 1);

  hearth_lock_state_init (state, TRUE);
  g_hash_table_replace (self->states, g_strdup (uuid), state);
}

static void
set_problem (HearthLockManager *self,
             const GError      *error)
{
  g_clear_pointer (&self->problem, g_free);
  if (error == NULL)
    return;

  if (g_error_matches (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_LOCKED))
    self->problem = g_strdup (_("The system keyring is locked, so locks cannot be checked now. Unlock the keyring, then try again."));
  else if (error->domain == HEARTH_SECRETS_ERROR)
    self->problem = g_strdup (_("The system keyring is not available, so locks cannot be set or opened now. Members without a lock are not affected."));
}

/* At start: which members have a lock, by the keyring (never prompting). */
static void
query_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  HearthLockManager *self = source;
  GStrv uuids = task_data;
  g_autoptr(GPtrArray) with_lock = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean is_set = FALSE;

      if (!hearth_lock_is_set (self->journal, uuids[i], &is_set, HEARTH_SECRETS_NONE, cancellable, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      if (is_set)
        g_ptr_array_add (with_lock, g_strdup (uuids[i]));
    }
  g_ptr_array_add (with_lock, NULL);
  g_task_return_pointer (task, g_ptr_array_steal (with_lock, NULL), (GDestroyNotify) g_strfreev);
}

static void
on_query_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  HearthLockManager *self = HEARTH_LOCK_MANAGER (source);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) with_lock = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *problem_before = g_strdup (self->problem);
  gboolean changed;

  /* The store went away before the keyring answered. */
  if (self->store == NULL)
    return;

  self->ready = TRUE;
  set_problem (self, error);
  changed = g_strcmp0 (problem_before, self->problem) != 0;
  if (with_lock != NULL)
    {
      /* The keyring knows best: a lock set or removed by hearth-cli. */
      g_autoptr(GHashTable) before = g_steal_pointer (&self->states);

      self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      changed |= g_hash_table_size (before) != g_strv_length (with_lock);
      for (guint i = 0; with_lock[i] != NULL; i++)
        {
          HearthLockState *kept = g_hash_table_lookup (before, with_lock[i]);

          changed |= kept == NULL;

          if (kept != NULL)
            g_hash_table_replace (self->states, g_strdup (with_lock[i]), g_memdup2 (kept, sizeof *kept));
          else
            add_lock (self, with_lock[i]);
        }
      if (changed)
        save_locked_members (self, NULL);
    }
  schedule_check (self);
  /* Only news: the pages showing members are not refreshed for nothing. */
  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
start_query (HearthLockManager *self)
{
  GListModel *profiles = hearth_store_get_profiles (self->store);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GTask) task = g_task_new (self, NULL, on_query_done_cb, NULL);
  g_auto(GStrv) listed = g_settings_get_strv (self->settings, "locked-members");

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);
      const char *uuid = hearth_profile_get_uuid (profile);

      g_strv_builder_add (builder, uuid);
      /* Locked from the first frame: the keyring's answer comes later. */
      if (g_strv_contains ((const char * const *) listed, uuid))
        add_lock (self, uuid);
    }

  g_task_set_task_data (task, g_strv_builder_end (builder), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, query_thread);
}

static void
clear_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  HearthLockManager *self = source;
  const char *uuid = task_data;
  GError *error = NULL;

  if (hearth_secrets_clear_sync (self->journal, HEARTH_SECRET_KIND_MEMBER_LOCK, uuid,
                                 HEARTH_SECRETS_NONE, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_clear_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_debug ("A deleted member's lock stays in the keyring: %s", error->message);
}

/* A member deleted for good (not one in the bin, whom Undo brings back)
 * takes their lock along: out of the keyring and the setting. */
static void
on_store_profiles_changed_cb (HearthLockManager *self,
                              HearthStore       *store)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GError) error = NULL;
      HearthPurgeCounts counts;

      if (!hearth_store_count_purge (store, key, &counts, &error) &&
          g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        g_ptr_array_add (gone, g_strdup (key));
    }
  if (gone->len == 0)
    return;

  for (guint i = 0; i < gone->len; i++)
    {
      g_autoptr(GTask) task = g_task_new (self, NULL, on_clear_done_cb, NULL);

      g_hash_table_remove (self->states, g_ptr_array_index (gone, i));
      g_task_set_task_data (task, g_strdup (g_ptr_array_index (gone, i)), g_free);
      g_task_run_in_thread (task, clear_thread);
    }
  save_locked_members (self, gone);
  schedule_check (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_store_weak_notify (gpointer  data,
                      GObject  *store)
{
  HearthLockManager *self = data;

  self->store = NULL;
}

static void
on_settings_changed_cb (HearthLockManager *self,
                        const char        *key,
                        GSettings         *settings)
{
  if (g_str_equal (key, "lock-idle-minutes"))
    _hearth_lock_manager_check (self);
}

HearthLockManager *
hearth_lock_manager_get_for_store (HearthStore *store)
{
  HearthLockManager *self;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "hearth-lock-manager");
  if (self != NULL)
    return self;

  self = g_object_new (HEARTH_TYPE_LOCK_MANAGER, NULL);
  self->store = store;
  g_object_weak_ref (G_OBJECT (store), on_store_weak_notify, self);
  self->clock = g_object_ref (hearth_store_get_clock (store));
  self->journal = hearth_secrets_journal_id (hearth_store_get_path (store));
  g_object_set_data_full (G_OBJECT (store), "hearth-lock-manager", self, g_object_unref);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "profiles-changed",
                           G_CALLBACK (on_store_profiles_changed_cb), self, G_CONNECT_SWAPPED);
  start_query (self);
  return self;
}

gboolean
hearth_lock_manager_has_lock (HearthLockManager *self,
                              const char        *uuid)
{
  g_return_val_if_fail (HEARTH_IS_LOCK_MANAGER (self), FALSE);

  return uuid != NULL && g_hash_table_contains (self->states, uuid);
}

gboolean
hearth_lock_manager_is_locked (HearthLockManager *self,
                               const char        *uuid)
{
  HearthLockState *state;

  g_return_val_if_fail (HEARTH_IS_LOCK_MANAGER (self), TRUE);

  state = uuid != NULL ? g_hash_table_lookup (self->states, uuid) : NULL;
  return state != NULL && hearth_lock_state_is_locked (state, now_usec (self), idle_usec (self));
}

const char *
hearth_lock_manager_get_problem (HearthLockManager *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK_MANAGER (self), NULL);

  return self->problem;
}

void
hearth_lock_manager_activity (HearthLockManager *self)
{
  gint64 now;
  gint64 idle;
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (HEARTH_IS_LOCK_MANAGER (self));

  now = now_usec (self);
  idle = idle_usec (self);
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    hearth_lock_state_activity (value, now, idle);
}

void
hearth_lock_manager_lock (HearthLockManager *self,
                          const char        *uuid)
{
  HearthLockState *state;

  g_return_if_fail (HEARTH_IS_LOCK_MANAGER (self));

  state = g_hash_table_lookup (self->states, uuid);
  if (state == NULL || !state->unlocked)
    return;
  hearth_lock_state_lock (state);
  schedule_check (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

typedef struct
{
  HearthLockOp  op;
  char         *journal;
  char         *uuid;
  char         *pin;
  char         *new_pin;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->journal);
  g_free (data->uuid);
  hearth_secrets_free (data->pin);
  hearth_secrets_free (data->new_pin);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  GError *error = NULL;
  gboolean ok = FALSE;

  switch (data->op)
    {
    case HEARTH_LOCK_OP_UNLOCK:
      ok = hearth_lock_verify (data->journal, data->uuid, data->pin, HEARTH_SECRETS_PROMPT, cancellable, &error);
      break;
    case HEARTH_LOCK_OP_SET:
      ok = hearth_lock_set (data->journal, data->uuid, data->pin, HEARTH_SECRETS_PROMPT, cancellable, &error);
      break;
    case HEARTH_LOCK_OP_CHANGE:
      /* The new PIN is checked before the old lock goes. */
      ok = hearth_lock_check_pin (data->new_pin, &error) &&
           hearth_lock_remove (data->journal, data->uuid, data->pin, HEARTH_SECRETS_PROMPT, cancellable, &error) &&
           hearth_lock_set (data->journal, data->uuid, data->new_pin, HEARTH_SECRETS_PROMPT, cancellable, &error);
      break;
    case HEARTH_LOCK_OP_REMOVE:
      ok = hearth_lock_remove (data->journal, data->uuid, data->pin, HEARTH_SECRETS_PROMPT, cancellable, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HearthLockManager *self = HEARTH_LOCK_MANAGER (source);
  g_autoptr(GTask) outer = user_data;
  RunData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* A lock the keyring holds that the app did not know of. */
      if (g_error_matches (error, HEARTH_LOCK_ERROR, HEARTH_LOCK_ERROR_ALREADY_SET) &&
          !hearth_lock_manager_has_lock (self, data->uuid))
        {
          add_lock (self, data->uuid);
          save_locked_members (self, NULL);
          g_signal_emit (self, signals[CHANGED], 0);
        }
      else if (error->domain == HEARTH_SECRETS_ERROR &&
               !g_error_matches (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_CANCELLED))
        {
          set_problem (self, error);
          g_signal_emit (self, signals[CHANGED], 0);
        }
      g_task_return_error (outer, error);
      return;
    }

  /* The keyring answered. */
  set_problem (self, NULL);
  switch (data->op)
    {
    case HEARTH_LOCK_OP_UNLOCK:
      if (!hearth_lock_manager_has_lock (self, data->uuid))
        add_lock (self, data->uuid);
      hearth_lock_state_unlocked (g_hash_table_lookup (self->states, data->uuid), now_usec (self));
      break;
    case HEARTH_LOCK_OP_SET:
    case HEARTH_LOCK_OP_CHANGE:
      add_lock (self, data->uuid);
      break;
    case HEARTH_LOCK_OP_REMOVE:
      g_hash_table_remove (self->states, data->uuid);
      break;
    default:
      g_assert_not_reached ();
    }
  save_locked_members (self, NULL);
  schedule_check (self);
  g_signal_emit (self, signals[CHANGED], 0);
  g_task_return_boolean (outer, TRUE);
}

void
hearth_lock_manager_run (HearthLockManager   *self,
                         HearthLockOp         op,
                         const char          *uuid,
                         const char          *pin,
                         const char          *new_pin,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (HEARTH_IS_LOCK_MANAGER (self));
  g_return_if_fail (uuid != NULL);
  g_return_if_fail (pin != NULL);
  g_return_if_fail (op != HEARTH_LOCK_OP_CHANGE || new_pin != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hearth_lock_manager_run);

  data = g_new0 (RunData, 1);
  data->op = op;
  data->journal = g_strdup (self->journal);
  data->uuid = g_strdup (uuid);
  data->pin = g_strdup (pin);
  data->new_pin = g_strdup (new_pin);

  task = g_task_new (self, cancellable, on_run_done_cb, outer);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

gboolean
hearth_lock_manager_run_finish (HearthLockManager  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
hearth_lock_manager_dispose (GObject *object)
{
  HearthLockManager *self = HEARTH_LOCK_MANAGER (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  if (self->store != NULL)
    {
      g_object_weak_unref (G_OBJECT (self->store), on_store_weak_notify, self);
      self->store = NULL;
    }
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_lock_manager_parent_class)->dispose (object);
}

static void
hearth_lock_manager_finalize (GObject *object)
{
  HearthLockManager *self = HEARTH_LOCK_MANAGER (object);

  g_clear_pointer (&self->states, g_hash_table_unref);
  g_clear_pointer (&self->journal, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hearth_lock_manager_parent_class)->finalize (object);
}

static void
hearth_lock_manager_class_init (HearthLockManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_lock_manager_dispose;
  object_class->finalize = hearth_lock_manager_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hearth_lock_manager_init (HearthLockManager *self)
{
  self->settings = hearth_gui_settings_new ();
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
