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

/* Stable identifiers ("kg", "acc-aha-2017", …) back to their enum value:
 * the index of @s among @n identifiers laid out @stride bytes apart from
 * @first (an array of strings, or the id field of an array of structs).
 * NULL matches nothing. */
gboolean _hearth_id_lookup (const char         *s,
                            const char * const *first,
                            guint               n,
                            gsize               stride,
                            guint              *index);
#define _HEARTH_ID_LOOKUP_STRV(s, ids, index) \
  _hearth_id_lookup ((s), (ids), G_N_ELEMENTS (ids), sizeof (ids)[0], (index))

/* Local day number (days since 1970-01-01) of an instant in its own offset. */
gint64  _hearth_local_day           (GDateTime *dt);

G_END_DECLS
