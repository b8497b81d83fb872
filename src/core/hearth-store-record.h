/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-health-record.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* A member's health record in the store (hearth-store-record.c; tables
 * health_conditions, family_history, health_records of schema 11). Every
 * change is one write and emits profiles-changed after its commit: the
 * member's HearthProfile "conditions" follow the live health_conditions
 * rows, so the dashboard order, the layers and the proposed goals follow
 * the record. Errors: HEARTH_RECORD_ERROR naming the field,
 * HEARTH_STORE_ERROR NOT_FOUND for a member or a row that is not there,
 * EXISTS for a family condition already recorded. */

/* The live record of a live member (never NULL on success: an empty record
 * when nothing was recorded). */
HearthHealthRecord *hearth_store_get_health_record    (HearthStore               *self,
                                                       const char                *profile_uuid,
                                                       GError                   **error);

/* Writes @record's blood type, contact and notes (the lists are ignored):
 * "" and NULL are "not recorded". */
gboolean            hearth_store_set_record_details   (HearthStore               *self,
                                                       const HearthHealthRecord  *record,
                                                       GError                   **error);

/* Adds the condition (hearth_condition_normalize()d), or updates the since
 * day and note of the live one with that name (ASCII case ignored). Since is
 * checked against the store clock's local today and the member's birth
 * (its first possible day when only the year or month is known). */
gboolean            hearth_store_set_condition        (HearthStore               *self,
                                                       const char                *profile_uuid,
                                                       const HearthCondition     *condition,
                                                       GError                   **error);
/* Soft-deletes the live condition of that name; NOT_FOUND when none. */
gboolean            hearth_store_remove_condition     (HearthStore               *self,
                                                       const char                *profile_uuid,
                                                       const char                *condition,
                                                       GError                   **error);

/* Adds a family condition; EXISTS when that condition and relative is
 * already recorded. */
gboolean            hearth_store_add_family_condition (HearthStore               *self,
                                                       const char                *profile_uuid,
                                                       const HearthFamilyCondition *family,
                                                       GError                   **error);
/* Soft-deletes it; NOT_FOUND when none. */
gboolean            hearth_store_remove_family_condition (HearthStore            *self,
                                                          const char             *profile_uuid,
                                                          const char             *condition,
                                                          HearthRelative          relative,
                                                          GError                **error);

G_END_DECLS
