/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-store-private.h"

/* Another connection wrote to the journal (the app's import in a worker
 * thread): the members are read again and every member's pages are told,
 * as after a write of this connection's own. */
gboolean
hearth_store_reload (HearthStore  *self,
                     GError      **error)
{
  GListModel *profiles;
  guint n;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->write_depth == 0 && self->read_depth == 0, FALSE);

  /* Members first: the list the pages are about to read. */
  _hearth_store_signal_profiles_changed (self);
  _hearth_store_emit_signals (self);

  profiles = hearth_store_get_profiles (self);
  n = g_list_model_get_n_items (profiles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthProfile) profile = g_list_model_get_item (profiles, i);

      _hearth_store_signal_readings_changed (self, hearth_profile_get_uuid (profile));
    }
  _hearth_store_emit_signals (self);
  return TRUE;
}
