/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"

G_BEGIN_DECLS

/* The reference foods (USDA, data/foods-fdc.tsv in the core GResource),
 * hearth-store-fdc.c. */

/* The version of data/foods-fdc.tsv this build ships: its "# version:"
 * line says the same (build-aux/gen-fdc-foods.py's DATA_VERSION; a test
 * checks). A journal whose reference_data row is older is reloaded. */
#define HEARTH_FDC_DATA_VERSION 1
#define HEARTH_FDC_DATA_NAME    "fdc-sr-legacy"
#define HEARTH_FDC_RESOURCE     "/io/github/hearthapp/Hearth/core/foods-fdc.tsv"

/* Loads or updates the reference foods when the journal holds none or an
 * older version, in ONE write transaction; otherwise one indexed read.
 * Never called on a read-only journal. Sets *loaded to whether it wrote. */
gboolean _hearth_store_ensure_reference_foods (HearthStore  *self,
                                               gboolean     *loaded,
                                               GError      **error);

/* The uuid a reference food gets from its FDC id: a name-based (version 5)
 * UUID, the same in every journal. */
char    *_hearth_fdc_food_uuid                (gint64        fdc_id);

/* FALSE with HEARTH_DIET_ERROR_FOOD when @uuid is a reference food
 * (they are read-only but for "favourite"); TRUE for any other uuid. */
gboolean _hearth_store_check_not_reference    (HearthStore  *self,
                                               const char   *uuid,
                                               GError      **error);
/* The refusal's error, naming the food. */
gboolean _hearth_store_set_reference_read_only (GError     **error,
                                                const char  *name);

G_END_DECLS
