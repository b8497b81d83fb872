/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-secrets"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>
#include <sodium.h>

#include "hearth-secrets.h"

G_DEFINE_QUARK (hearth-secrets-error-quark, hearth_secrets_error)

static const SecretSchema schema = {
  HEARTH_SECRETS_SCHEMA_NAME, SECRET_SCHEMA_NONE,
  {
    { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "member", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "journal", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
  0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
};

const char *
hearth_secret_kind_to_string (HearthSecretKind kind)
{
  switch (kind)
    {
    case HEARTH_SECRET_KIND_MEMBER_LOCK:
      return "member-lock";
    case HEARTH_SECRET_KIND_BACKUP_PASSPHRASE:
      return "backup-passphrase";
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
hearth_secrets_journal_id (const char *path)
{
  g_autofree char *canonical = NULL;
  g_autofree char *real = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  canonical = g_canonicalize_filename (path, NULL);
  real = realpath (canonical, NULL);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, real != NULL ? real : canonical, -1);
}

void
hearth_secrets_free (char *secret)
{
  if (secret == NULL)
    return;
  sodium_memzero (secret, strlen (secret));
  g_free (secret);
}

static GHashTable *
make_attributes (const char       *journal,
                 HearthSecretKind  kind,
                 const char       *member)
{
  GHashTable *attributes = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_insert (attributes, (gpointer) "kind", (gpointer) hearth_secret_kind_to_string (kind));
  g_hash_table_insert (attributes, (gpointer) "member", (gpointer) (member != NULL ? member : ""));
  g_hash_table_insert (attributes, (gpointer) "journal", (gpointer) journal);
  return attributes;
}

/* Any failure of the keyring becomes one of ours, with words a person can act on. */
static void
set_error (GError **error,
           GError  *local)
{
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_CANCELLED,
                 _("The keyring request was cancelled"));
  else if (local->domain == SECRET_ERROR && local->code == SECRET_ERROR_IS_LOCKED)
    g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_LOCKED,
                 _("The keyring is locked: unlock it (for example in Passwords and Keys) and try again"));
  else if (local->domain == G_IO_ERROR || local->domain == G_DBUS_ERROR)
    g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_UNAVAILABLE,
                 _("No keyring is available (%s): features that keep a secret are off"),
                 local->message);
  else
    g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_FAILED,
                 _("The keyring refused: %s"), local->message);
}

static void
set_locked (GError **error)
{
  g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_LOCKED,
               _("The keyring is locked: unlock it (for example in Passwords and Keys) and try again"));
}

static void
set_dismissed (GError **error)
{
  g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_CANCELLED,
               _("The keyring was not unlocked"));
}

static gboolean
runtime_bus_exists (void)
{
  const char *runtime = g_getenv ("XDG_RUNTIME_DIR");
  g_autofree char *bus = NULL;

  if (runtime == NULL)
    return FALSE;
  bus = g_build_filename (runtime, "bus", NULL);
  return g_file_test (bus, G_FILE_TEST_EXISTS);
}

static SecretService *
get_service (GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local = NULL;
  SecretService *service;

  /* No session bus: say so, never letting GLib autolaunch one (a bus that would
   * outlive us, and no keyring on it anyway). */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL && !runtime_bus_exists ())
    {
      g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_UNAVAILABLE,
                   _("No keyring is available (no D-Bus session): features that keep a secret are off"));
      return NULL;
    }

  service = secret_service_get_sync (SECRET_SERVICE_NONE, cancellable, &local);
  if (service == NULL)
    set_error (error, local);
  return service;
}

/* The default collection, unlocked (prompting only with HEARTH_SECRETS_PROMPT).
 * FALSE with @error when it stays locked. */
static gboolean
ensure_unlocked (SecretService       *service,
                 HearthSecretsFlags   flags,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(SecretCollection) collection = NULL;
  g_autolist(GDBusProxy) unlocked = NULL;
  GList objects = { NULL, NULL, NULL };

  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT,
                                                 SECRET_COLLECTION_NONE, cancellable, &local);
  if (local != NULL)
    {
      set_error (error, local);
      return FALSE;
    }
  if (collection == NULL)
    {
      /* No default collection yet: creating one asks the user for a password. */
      if (!(flags & HEARTH_SECRETS_PROMPT))
        {
          set_locked (error);
          return FALSE;
        }
      return TRUE;
    }
  if (!secret_collection_get_locked (collection))
    return TRUE;
  if (!(flags & HEARTH_SECRETS_PROMPT))
    {
      set_locked (error);
      return FALSE;
    }

  objects.data = collection;
  if (secret_service_unlock_sync (service, &objects, cancellable, &unlocked, &local) <= 0)
    {
      if (local != NULL)
        set_error (error, local);
      else
        set_dismissed (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
store_now (const char          *journal,
           HearthSecretKind     kind,
           const char          *member,
           const char          *label,
           const char          *secret,
           HearthSecretsFlags   flags,
           GCancellable        *cancellable,
           GError             **error)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(SecretValue) value = NULL;
  g_autoptr(GError) local = NULL;

  service = get_service (cancellable, error);
  if (service == NULL || !ensure_unlocked (service, flags, cancellable, error))
    return FALSE;

  attributes = make_attributes (journal, kind, member);
  value = secret_value_new (secret, -1, "text/plain");
  if (!secret_service_store_sync (service, &schema, attributes, SECRET_COLLECTION_DEFAULT,
                                  label, value, cancellable, &local))
    {
      set_error (error, local);
      return FALSE;
    }
  return TRUE;
}

static char *
lookup_now (const char          *journal,
            HearthSecretKind     kind,
            const char          *member,
            HearthSecretsFlags   flags,
            GCancellable        *cancellable,
            GError             **error)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GError) local = NULL;
  g_autolist(SecretItem) items = NULL;
  g_autoptr(SecretValue) value = NULL;
  SecretItem *item;
  const char *text;

  service = get_service (cancellable, error);
  if (service == NULL)
    return NULL;

  attributes = make_attributes (journal, kind, member);
  items = secret_service_search_sync (service, &schema, attributes, SECRET_SEARCH_NONE,
                                      cancellable, &local);
  if (local != NULL)
    {
      set_error (error, local);
      return NULL;
    }
  if (items == NULL)
    return NULL;

  item = items->data;
  if (secret_item_get_locked (item) && !ensure_unlocked (service, flags, cancellable, error))
    return NULL;
  if (!secret_item_load_secret_sync (item, cancellable, &local))
    {
      set_error (error, local);
      return NULL;
    }
  value = secret_item_get_secret (item);
  if (value == NULL)
    {
      set_locked (error);
      return NULL;
    }
  text = secret_value_get_text (value);
  if (text == NULL)
    {
      g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_FAILED,
                   _("The keyring holds something that is not text for this secret"));
      return NULL;
    }
  return g_strdup (text);
}

static gboolean
clear_now (const char          *journal,
           HearthSecretKind     kind,
           const char          *member,
           HearthSecretsFlags   flags,
           GCancellable        *cancellable,
           GError             **error)
{
  g_autoptr(SecretService) service = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GError) local = NULL;

  service = get_service (cancellable, error);
  if (service == NULL || !ensure_unlocked (service, flags, cancellable, error))
    return FALSE;

  attributes = make_attributes (journal, kind, member);
  if (!secret_service_clear_sync (service, &schema, attributes, cancellable, &local) && local != NULL)
    {
      set_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/* One call in a thread of its own, waited for at most HEARTH_SECRETS_TIMEOUT_MS
 * unless a prompt may be shown. Shared by the waiting caller and the thread. */
typedef enum { OP_STORE, OP_LOOKUP, OP_CLEAR } OpType;

typedef struct {
  OpType type;
  char *journal;
  HearthSecretKind kind;
  char *member;
  char *label;
  char *secret;
  HearthSecretsFlags flags;
  GCancellable *cancellable;
  GMutex mutex;
  GCond cond;
  gboolean done;
  gboolean ok;
  char *result;
  GError *error;
} Op;

static void
op_clear (Op *op)
{
  g_free (op->journal);
  g_free (op->member);
  g_free (op->label);
  hearth_secrets_free (op->secret);
  hearth_secrets_free (op->result);
  g_clear_object (&op->cancellable);
  g_clear_error (&op->error);
  g_mutex_clear (&op->mutex);
  g_cond_clear (&op->cond);
}

static void
op_unref (Op *op)
{
  g_atomic_rc_box_release_full (op, (GDestroyNotify) op_clear);
}

static void
op_run (Op *op)
{
  g_autoptr(GError) local = NULL;
  char *result = NULL;
  gboolean ok = FALSE;

  switch (op->type)
    {
    case OP_STORE:
      ok = store_now (op->journal, op->kind, op->member, op->label, op->secret, op->flags,
                      op->cancellable, &local);
      break;
    case OP_LOOKUP:
      result = lookup_now (op->journal, op->kind, op->member, op->flags, op->cancellable, &local);
      ok = local == NULL;
      break;
    case OP_CLEAR:
      ok = clear_now (op->journal, op->kind, op->member, op->flags, op->cancellable, &local);
      break;
    default:
      g_assert_not_reached ();
    }

  g_mutex_lock (&op->mutex);
  op->ok = ok;
  op->result = result;
  op->error = g_steal_pointer (&local);
  op->done = TRUE;
  g_cond_signal (&op->cond);
  g_mutex_unlock (&op->mutex);
}

static gpointer
op_thread (gpointer data)
{
  Op *op = data;

  op_run (op);
  op_unref (op);
  return NULL;
}

static Op *
op_new (OpType               type,
        const char          *journal,
        HearthSecretKind     kind,
        const char          *member,
        const char          *label,
        const char          *secret,
        HearthSecretsFlags   flags,
        GCancellable        *cancellable)
{
  Op *op = g_atomic_rc_box_new0 (Op);

  op->type = type;
  op->journal = g_strdup (journal);
  op->kind = kind;
  op->member = g_strdup (member);
  op->label = g_strdup (label);
  op->secret = g_strdup (secret);
  op->flags = flags;
  /* Our own, cancelled with the caller's and on a timeout. */
  op->cancellable = g_cancellable_new ();
  g_mutex_init (&op->mutex);
  g_cond_init (&op->cond);
  return op;
}

static void
forward_cancel (GCancellable *cancellable,
                GCancellable *ours)
{
  g_cancellable_cancel (ours);
}

/* Runs @op, waiting in this thread. TRUE when it finished (its fields hold the answer). */
static gboolean
op_wait (Op           *op,
         GCancellable *cancellable,
         GError      **error)
{
  gint64 deadline = g_get_monotonic_time () + HEARTH_SECRETS_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;
  gulong handler = 0;
  gboolean finished;

  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (forward_cancel),
                                     g_object_ref (op->cancellable), g_object_unref);

  g_thread_unref (g_thread_new ("hearth-secrets", op_thread, g_atomic_rc_box_acquire (op)));

  g_mutex_lock (&op->mutex);
  while (!op->done)
    {
      if (op->flags & HEARTH_SECRETS_PROMPT)
        g_cond_wait (&op->cond, &op->mutex);
      else if (!g_cond_wait_until (&op->cond, &op->mutex, deadline))
        break;
    }
  finished = op->done;
  g_mutex_unlock (&op->mutex);

  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);

  if (!finished)
    {
      g_cancellable_cancel (op->cancellable);
      g_set_error (error, HEARTH_SECRETS_ERROR, HEARTH_SECRETS_ERROR_UNAVAILABLE,
                   _("The keyring did not answer within %d seconds"),
                   HEARTH_SECRETS_TIMEOUT_MS / 1000);
      return FALSE;
    }
  if (op->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&op->error));
      return FALSE;
    }
  return TRUE;
}

gboolean
hearth_secrets_store_sync (const char          *journal,
                           HearthSecretKind     kind,
                           const char          *member,
                           const char          *label,
                           const char          *secret,
                           HearthSecretsFlags   flags,
                           GCancellable        *cancellable,
                           GError             **error)
{
  Op *op;
  gboolean ok;

  g_return_val_if_fail (journal != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (secret != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  op = op_new (OP_STORE, journal, kind, member, label, secret, flags, cancellable);
  ok = op_wait (op, cancellable, error) && op->ok;
  op_unref (op);
  return ok;
}

char *
hearth_secrets_lookup_sync (const char          *journal,
                            HearthSecretKind     kind,
                            const char          *member,
                            HearthSecretsFlags   flags,
                            GCancellable        *cancellable,
                            GError             **error)
{
  Op *op;
  char *result = NULL;

  g_return_val_if_fail (journal != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  op = op_new (OP_LOOKUP, journal, kind, member, NULL, NULL, flags, cancellable);
  if (op_wait (op, cancellable, error))
    result = g_steal_pointer (&op->result);
  op_unref (op);
  return result;
}

gboolean
hearth_secrets_clear_sync (const char          *journal,
                           HearthSecretKind     kind,
                           const char          *member,
                           HearthSecretsFlags   flags,
                           GCancellable        *cancellable,
                           GError             **error)
{
  Op *op;
  gboolean ok;

  g_return_val_if_fail (journal != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  op = op_new (OP_CLEAR, journal, kind, member, NULL, NULL, flags, cancellable);
  ok = op_wait (op, cancellable, error) && op->ok;
  op_unref (op);
  return ok;
}

/* Async: the sync call (with its timeout) in a GTask thread. */
static void
async_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Op *op = data;
  GError *error = NULL;

  if (!op_wait (op, cancellable, &error))
    g_task_return_error (task, error);
  else if (op->type == OP_LOOKUP)
    g_task_return_pointer (task, g_steal_pointer (&op->result), (GDestroyNotify) hearth_secrets_free);
  else
    g_task_return_boolean (task, op->ok);
}

static void
run_async (Op                  *op,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data,
           gpointer             tag)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, tag);
  g_task_set_return_on_cancel (task, FALSE);
  /* Our errors, HEARTH_SECRETS_ERROR_CANCELLED included, never GIO's own. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, op, (GDestroyNotify) op_unref);
  g_task_run_in_thread (task, async_thread);
}

void
hearth_secrets_lookup (const char          *journal,
                       HearthSecretKind     kind,
                       const char          *member,
                       HearthSecretsFlags   flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (journal != NULL);

  run_async (op_new (OP_LOOKUP, journal, kind, member, NULL, NULL, flags, cancellable),
             cancellable, callback, user_data, hearth_secrets_lookup);
}

char *
hearth_secrets_lookup_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
hearth_secrets_store (const char          *journal,
                      HearthSecretKind     kind,
                      const char          *member,
                      const char          *label,
                      const char          *secret,
                      HearthSecretsFlags   flags,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (journal != NULL);
  g_return_if_fail (label != NULL);
  g_return_if_fail (secret != NULL);

  run_async (op_new (OP_STORE, journal, kind, member, label, secret, flags, cancellable),
             cancellable, callback, user_data, hearth_secrets_store);
}

gboolean
hearth_secrets_store_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
