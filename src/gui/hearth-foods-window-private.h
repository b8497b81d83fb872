/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-foods-window.h"

G_BEGIN_DECLS

/* The rows listed: recipes first, then foods (tests). */
guint        _hearth_foods_window_count_rows   (HearthFoodsWindow *self,
                                                gboolean           recipes);
GtkEditable *_hearth_foods_window_get_search   (HearthFoodsWindow *self);
/* The dialog the last row or button opened, or NULL. */
GtkWindow   *_hearth_foods_window_get_last_dialog (HearthFoodsWindow *self);
/* Opens the dialog of the row titled @name; FALSE when none is shown. */
gboolean     _hearth_foods_window_open_row    (HearthFoodsWindow *self,
                                               const char        *name);

G_END_DECLS
