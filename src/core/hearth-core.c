/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "hearth-core-private.h"

void
hearth_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      /* Argon2id and the secret streams (member lock, backups). It fails
       * only without a usable random source: nothing secret can be kept then. */
      if (sodium_init () < 0)
        g_error ("libsodium could not be initialised (no random source)");
      g_once_init_leave (&initialized, 1);
    }
}

gboolean
_hearth_id_lookup (const char         *s,
                   const char * const *first,
                   guint               n,
                   gsize               stride,
                   guint              *index)
{
  g_assert (first != NULL);
  g_assert (index != NULL);

  if (s == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *id = *(const char * const *) (const void *) ((const char *) first + i * stride);

      if (g_str_equal (id, s))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
hearth_set_str (char       **str_ptr,
                const char  *new_str)
{
  g_return_val_if_fail (str_ptr != NULL, FALSE);

  if (g_strcmp0 (*str_ptr, new_str) == 0)
    return FALSE;

  g_free (*str_ptr);
  *str_ptr = g_strdup (new_str);
  return TRUE;
}
