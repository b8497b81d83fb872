/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-bars-view.h"
#include "hearth-chart-bars.h"

G_BEGIN_DECLS

/* For tests: what the last snapshot drew (zeroed before the first) and
 * how many snapshots drew. */
const HearthChartBarsStats *_hearth_bars_view_get_last_stats (HearthBarsView *self);
guint                       _hearth_bars_view_get_n_draws    (HearthBarsView *self);

G_END_DECLS
