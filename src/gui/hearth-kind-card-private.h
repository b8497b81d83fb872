/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-kind-card.h"

G_BEGIN_DECLS

GtkLabel *_hearth_kind_card_get_value_label    (HearthKindCard *self);
GtkLabel *_hearth_kind_card_get_category_label (HearthKindCard *self);
GtkLabel *_hearth_kind_card_get_change_label   (HearthKindCard *self);
GtkLabel *_hearth_kind_card_get_when_label     (HearthKindCard *self);

G_END_DECLS
