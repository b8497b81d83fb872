/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-core.h"

G_BEGIN_DECLS

/* Used by the store when it loads rows; not for the app. */
void    _hearth_profile_set_uuid    (HearthProfile *self, const char *uuid);
void    _hearth_profile_set_stamps  (HearthProfile *self, gint64 created_at, gint64 updated_at);
HearthReading *_hearth_reading_new  (HearthReadingKind kind);
void    _hearth_reading_set_uuid    (HearthReading *self, const char *uuid);
void    _hearth_reading_set_stamps  (HearthReading *self, gint64 created_at, gint64 updated_at);
void    _hearth_reading_set_labels  (HearthReading *self, const char *label_a, const char *label_b);

/* Local day number (days since 1970-01-01) of an instant in its own offset. */
gint64  _hearth_local_day           (GDateTime *dt);

G_END_DECLS
