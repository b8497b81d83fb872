/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-store.h"
#include "hearth-medication.h"
#include "hearth-adherence.h"

G_BEGIN_DECLS

/* Medications and doses (hearth-store-medications.c). Each change is one
 * write transaction (or joins hearth_store_write()) and emits
 * "readings-changed" with the member's uuid after the commit. Schedules
 * are read in the store clock's time zone. */

/* Validates (HEARTH_MEDICATION_ERROR), stores, fills uuid and stamps. A
 * second live medication of the same name (case-insensitive) for the
 * member is refused with HEARTH_STORE_ERROR_EXISTS. */
gboolean    hearth_store_add_medication      (HearthStore      *self,
                                              HearthMedication *medication,
                                              GError          **error);
/* Ends the medication after local day @last_day (it stays in the list,
 * and in adherence for the days it was taken). */
gboolean    hearth_store_stop_medication     (HearthStore      *self,
                                              const char       *uuid,
                                              gint64            last_day,
                                              GError          **error);
gboolean    hearth_store_delete_medication   (HearthStore      *self,
                                              const char       *uuid,
                                              GError          **error);
gboolean    hearth_store_undelete_medication (HearthStore      *self,
                                              const char       *uuid,
                                              GError          **error);
/* The member's live medications (stopped ones too), by name: GPtrArray of
 * HearthMedication (owning). */
GPtrArray  *hearth_store_list_medications    (HearthStore      *self,
                                              const char       *profile_uuid,
                                              GError          **error);
/* By name, case-insensitive; NOT_FOUND when the member has none of it. */
HearthMedication *hearth_store_find_medication (HearthStore    *self,
                                                const char     *profile_uuid,
                                                const char     *name,
                                                GError        **error);

/* Marks taken at @taken_at the scheduled dose nearest to it (within 12
 * hours, not yet marked), or stores an as-needed or extra dose when there
 * is none. A time after now is refused (HEARTH_MEDICATION_ERROR_DOSE_TIME).
 * @out (optional) receives the stored dose. */
gboolean    hearth_store_take_dose           (HearthStore      *self,
                                              const char       *medication_uuid,
                                              GDateTime        *taken_at,
                                              HearthDose      **out,
                                              GError          **error);
/* Marks skipped, with @reason (may be NULL), the scheduled dose nearest to
 * @at within 12 hours not yet marked; HEARTH_MEDICATION_ERROR_NO_DOSE_DUE
 * when there is none. */
gboolean    hearth_store_skip_dose           (HearthStore      *self,
                                              const char       *medication_uuid,
                                              GDateTime        *at,
                                              const char       *reason,
                                              HearthDose      **out,
                                              GError          **error);
/* Undo of take and skip: soft delete, and back. */
gboolean    hearth_store_delete_dose         (HearthStore      *self,
                                              const char       *uuid,
                                              GError          **error);
gboolean    hearth_store_undelete_dose       (HearthStore      *self,
                                              const char       *uuid,
                                              GError          **error);
/* hearth_adherence_list_doses() for the medication over local days
 * [@from_day, @to_day], against the store's clock. */
GPtrArray  *hearth_store_list_doses          (HearthStore      *self,
                                              const char       *medication_uuid,
                                              gint64            from_day,
                                              gint64            to_day,
                                              GError          **error);

typedef struct
{
  char            *medication_uuid;
  HearthAdherence  adherence;
} HearthMedicationAdherence;

void        hearth_medication_adherence_free (HearthMedicationAdherence *self);

/* Adherence over the last @days local days up to today (the clock's),
 * per medication with doses scheduled (GPtrArray of
 * HearthMedicationAdherence, by name, into @per_medication if not NULL)
 * and overall (@overall). One read transaction. */
gboolean    hearth_store_get_adherence       (HearthStore      *self,
                                              const char       *profile_uuid,
                                              guint             days,
                                              GPtrArray       **per_medication,
                                              HearthAdherence  *overall,
                                              GError          **error);

G_END_DECLS
