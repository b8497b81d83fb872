/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* Export of the family's journal as JSON (docs/export-format.md). */

typedef enum {
  HEARTH_EXPORT_NONE        = 0,
  /* No names or free text, birth date reduced to the year, every instant
   * shifted by one random offset (whole weeks plus under a second), every
   * uuid replaced consistently. */
  HEARTH_EXPORT_DEIDENTIFY  = 1 << 0,
} HearthExportFlags;

/* Writes the member @profile_uuid's rows (NULL: every member's, deleted
 * ones too) and the family's foods and recipes to @path: created 0600, in
 * a temporary file in the same folder renamed over @path once complete. */
gboolean hearth_export_to_file (HearthStore        *store,
                                const char         *profile_uuid,
                                HearthExportFlags   flags,
                                const char         *path,
                                GError            **error);

/* The same with the random offset fixed (tests): @shift_usec is added to
 * every instant and @shift_usec / 86400 s (rounded down) to every day. */
gboolean hearth_export_to_file_full (HearthStore        *store,
                                     const char         *profile_uuid,
                                     HearthExportFlags   flags,
                                     gint64              shift_usec,
                                     const char         *path,
                                     GError            **error);

G_END_DECLS
