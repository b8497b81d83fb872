/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-types.h"
#include "hearth-clock.h"
#include "hearth-units.h"
#include "hearth-classify.h"
#include "hearth-profile.h"
#include "hearth-reading.h"
#include "hearth-store.h"
#include "hearth-summary.h"
#include "hearth-generate.h"

G_BEGIN_DECLS

/* Binds the gettext domain once; core strings are translated. */
void hearth_core_init (void);

G_END_DECLS
