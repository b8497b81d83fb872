/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* Import of hearth-export files (docs/export-format.md), merged by uuid. */

#define HEARTH_IMPORT_ERROR (hearth_import_error_quark ())

typedef enum {
  HEARTH_IMPORT_ERROR_NOT_EXPORT,  /* not JSON, not complete, or not a Hearth export */
  HEARTH_IMPORT_ERROR_VERSION,     /* a newer format version */
  HEARTH_IMPORT_ERROR_TOO_LARGE,   /* over HEARTH_IMPORT_MAX_BYTES */
  HEARTH_IMPORT_ERROR_FIELD,       /* a missing field or a wrong type: the message names its JSON path */
  HEARTH_IMPORT_ERROR_DUPLICATE,   /* a uuid twice in the file */
  HEARTH_IMPORT_ERROR_REFERENCE,   /* a food or name the journal cannot take */
} HearthImportError;

/* Larger files are refused before they are read. */
#define HEARTH_IMPORT_MAX_BYTES (G_GINT64_CONSTANT (512) * 1024 * 1024)

typedef struct {
  guint added;    /* rows not in the journal */
  guint updated;  /* rows whose updated_at in the file is newer */
  guint left;     /* rows the journal has as new or newer */
} HearthImportCounts;

GQuark   hearth_import_error_quark (void);

/* Merges @path into @store in one transaction (hearth_store_write()): a
 * row whose uuid the journal lacks is added, one with a newer updated_at
 * replaces the journal's, others are left. On any error nothing changes.
 * @counts (may be NULL) says what happened. */
gboolean hearth_import_file (HearthStore         *store,
                             const char          *path,
                             HearthImportCounts  *counts,
                             GError             **error);

G_END_DECLS
