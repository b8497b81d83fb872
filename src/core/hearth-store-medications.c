/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-store-medications.h"
#include "hearth-store-move-private.h"
#include "hearth-usec.h"

/* Medications and doses: the tables of migrations/0004-exercise-medications.sql. */

#define MEDICATION_COLUMNS \
  "m.uuid, p.uuid, m.name, m.strength, m.form, m.schedule, m.times, m.days_mask, " \
  "m.interval_days, m.start_day, m.end_day, m.instructions, m.created_at, m.updated_at"
static const char SQL_INSERT_MEDICATION[] =
  "INSERT INTO medications (uuid, profile_id, name, strength, form, schedule, times, days_mask, "
  "interval_days, start_day, end_day, instructions, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)";
static const char SQL_SAME_NAME[] =
  "SELECT count(*) FROM medications WHERE profile_id = ?1 AND deleted_at IS NULL "
  "AND lower(name) = lower(?2)";
static const char SQL_LIST_MEDICATIONS[] =
  "SELECT " MEDICATION_COLUMNS " FROM medications m JOIN profiles p ON p.id = m.profile_id "
  "WHERE m.profile_id = ?1 AND m.deleted_at IS NULL ORDER BY m.name COLLATE NOCASE, m.id";
static const char SQL_MEDICATION_BY_UUID[] =
  "SELECT " MEDICATION_COLUMNS ", m.id FROM medications m JOIN profiles p ON p.id = m.profile_id "
  "WHERE m.uuid = ?1 AND m.deleted_at IS NULL AND p.deleted_at IS NULL";
static const char SQL_MEDICATION_STATE[] =
  "SELECT m.id, p.uuid, m.deleted_at IS NOT NULL FROM medications m "
  "JOIN profiles p ON p.id = m.profile_id WHERE m.uuid = ?1 AND p.deleted_at IS NULL";
static const char SQL_STOP_MEDICATION[] =
  "UPDATE medications SET end_day = ?2, updated_at = ?3 WHERE id = ?1";
static const char SQL_DELETE_MEDICATION[] =
  "UPDATE medications SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_MEDICATION[] =
  "UPDATE medications SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";

#define DOSE_COLUMNS \
  "d.uuid, m.uuid, d.status, d.scheduled_day, d.scheduled_minute, d.taken_at, d.utc_offset, " \
  "d.reason, d.created_at, d.updated_at"
static const char SQL_INSERT_DOSE[] =
  "INSERT INTO doses (uuid, medication_id, status, scheduled_day, scheduled_minute, taken_at, "
  "utc_offset, reason, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)";
/* The medication's live doses answering days [?2, ?3], or taken on them
 * (as needed; a day either side covers every offset): two index ranges. */
static const char SQL_LIST_DOSES[] =
  "SELECT " DOSE_COLUMNS " FROM doses d JOIN medications m ON m.id = d.medication_id "
  "WHERE d.medication_id = ?1 AND d.deleted_at IS NULL AND d.scheduled_day BETWEEN ?2 AND ?3 "
  "UNION ALL "
  "SELECT " DOSE_COLUMNS " FROM doses d JOIN medications m ON m.id = d.medication_id "
  "WHERE d.medication_id = ?1 AND d.deleted_at IS NULL AND d.scheduled_day IS NULL "
  "AND d.taken_at BETWEEN (?2 - 1) * 86400000000 AND (?3 + 2) * 86400000000";
static const char SQL_DOSE_STATE[] =
  "SELECT d.id, p.uuid, d.deleted_at IS NOT NULL, d.medication_id, d.scheduled_day, d.scheduled_minute "
  "FROM doses d JOIN medications m ON m.id = d.medication_id "
  "JOIN profiles p ON p.id = m.profile_id "
  "WHERE d.uuid = ?1 AND m.deleted_at IS NULL AND p.deleted_at IS NULL";
static const char SQL_DOSE_ANSWERED[] =
  "SELECT count(*) FROM doses WHERE medication_id = ?1 AND scheduled_day = ?2 "
  "AND scheduled_minute = ?3 AND deleted_at IS NULL";
static const char SQL_DELETE_DOSE[] =
  "UPDATE doses SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_DOSE[] =
  "UPDATE doses SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";

/* The dose taken or skipped answers the nearest scheduled dose this close. */
#define MATCH_SPAN (12 * G_TIME_SPAN_HOUR)

const char * const *
_hearth_store_medications_queries_for_testing (void)
{
  static const char * const queries[] = {
    SQL_SAME_NAME, SQL_LIST_MEDICATIONS, SQL_MEDICATION_BY_UUID, SQL_LIST_DOSES,
    SQL_DOSE_STATE, SQL_DOSE_ANSWERED, NULL
  };

  return queries;
}

static gboolean
set_not_found (GError     **error,
               const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("The medication or dose %s was not found."), uuid);
  return FALSE;
}

void
hearth_medication_adherence_free (HearthMedicationAdherence *self)
{
  if (self == NULL)
    return;
  g_free (self->medication_uuid);
  g_free (self);
}

static HearthMedication *get_medication (HearthStore  *self,
                                         const char   *uuid,
                                         gint64       *id,
                                         GError      **error);

/* Rows ----------------------------------------------------------------- */

static gboolean
parse_times (HearthMedication *medication,
             const char       *text)
{
  g_auto(GStrv) parts = NULL;

  medication->n_times = 0;
  if (text == NULL || text[0] == '\0')
    return TRUE;
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 minute;

      if (medication->n_times == HEARTH_MEDICATION_MAX_TIMES ||
          !g_ascii_string_to_unsigned (parts[i], 10, 0, 24 * 60 - 1, &minute, NULL))
        return FALSE;
      medication->times[medication->n_times++] = minute;
    }
  return TRUE;
}

static char *
join_times (const HearthMedication *medication)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < medication->n_times; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? "," : "", medication->times[i]);
  return g_string_free (text, FALSE);
}

static HearthMedication *
medication_from_row (sqlite3_stmt  *stmt,
                     GError       **error)
{
  g_autoptr(HearthMedication) medication = NULL;
  const char *uuid = _hearth_store_column_text (stmt, 0);

  medication = hearth_medication_new (_hearth_store_column_text (stmt, 1),
                                      _hearth_store_column_text (stmt, 2),
                                      sqlite3_column_int64 (stmt, 9));
  medication->uuid = g_strdup (uuid);
  medication->strength = g_strdup (_hearth_store_column_text (stmt, 3));
  medication->form = g_strdup (_hearth_store_column_text (stmt, 4));
  medication->days_mask = sqlite3_column_int (stmt, 7);
  medication->interval_days = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? 1 : sqlite3_column_int (stmt, 8);
  medication->end_day = sqlite3_column_type (stmt, 10) == SQLITE_NULL ? HEARTH_MEDICATION_NO_END
                                                                      : sqlite3_column_int64 (stmt, 10);
  medication->instructions = g_strdup (_hearth_store_column_text (stmt, 11));
  medication->created_at = sqlite3_column_int64 (stmt, 12);
  medication->updated_at = sqlite3_column_int64 (stmt, 13);
  if (!hearth_medication_schedule_from_string (_hearth_store_column_text (stmt, 5), &medication->schedule) ||
      !parse_times (medication, _hearth_store_column_text (stmt, 6)) ||
      !hearth_medication_validate (medication, NULL))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("The medication %s cannot be read: its schedule is damaged."), uuid);
      return NULL;
    }
  return g_steal_pointer (&medication);
}

static HearthDose *
dose_from_row (sqlite3_stmt  *stmt,
               GError       **error)
{
  g_autoptr(HearthDose) dose = g_new0 (HearthDose, 1);
  const char *status = _hearth_store_column_text (stmt, 2);

  dose->uuid = g_strdup (_hearth_store_column_text (stmt, 0));
  dose->medication_uuid = g_strdup (_hearth_store_column_text (stmt, 1));
  dose->status = g_strcmp0 (status, "taken") == 0 ? HEARTH_DOSE_TAKEN : HEARTH_DOSE_SKIPPED;
  dose->scheduled_day = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 3);
  dose->scheduled_minute = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 4);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      gint64 offset = sqlite3_column_int64 (stmt, 6);

      if (offset > -24 * 3600 && offset < 24 * 3600)
        dose->taken_at = hearth_usec_to_date_time_offset (sqlite3_column_int64 (stmt, 5), (int) offset);
      if (dose->taken_at == NULL)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                       _("The dose %s cannot be read: its time is damaged."), dose->uuid);
          return NULL;
        }
    }
  dose->reason = g_strdup (_hearth_store_column_text (stmt, 7));
  dose->created_at = sqlite3_column_int64 (stmt, 8);
  dose->updated_at = sqlite3_column_int64 (stmt, 9);
  return g_steal_pointer (&dose);
}

/* Medications ------------------------------------------------------------ */

gboolean
hearth_store_add_medication (HearthStore       *self,
                             HearthMedication  *medication,
                             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *times = NULL;
  gint64 profile_id;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (medication != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_medication_validate (medication, error))
    return FALSE;

  uuid = (medication->uuid != NULL && medication->uuid[0] != '\0') ? g_strdup (medication->uuid)
                                                                   : g_uuid_string_random ();
  times = join_times (medication);
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  profile_id = _hearth_store_resolve_profile_id (self, medication->profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_SAME_NAME, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, medication->name);
  if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
    goto failed;
  if (sqlite3_column_int64 (stmt, 0) > 0)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                   _("%s is already in this member’s medications."), medication->name);
      goto failed;
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  stmt = _hearth_store_prepare (self, SQL_INSERT_MEDICATION, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text (self, stmt, 3, medication->name);
  _hearth_store_bind_text_or_null (self, stmt, 4, medication->strength);
  _hearth_store_bind_text_or_null (self, stmt, 5, medication->form);
  _hearth_store_bind_text (self, stmt, 6, hearth_medication_schedule_to_string (medication->schedule));
  _hearth_store_bind_text_or_null (self, stmt, 7, times);
  _hearth_store_bind_int64 (self, stmt, 8, medication->days_mask);
  _hearth_store_bind_int64 (self, stmt, 9, medication->interval_days);
  _hearth_store_bind_int64 (self, stmt, 10, medication->start_day);
  if (medication->end_day == HEARTH_MEDICATION_NO_END)
    _hearth_store_bind_null (self, stmt, 11);
  else
    _hearth_store_bind_int64 (self, stmt, 11, medication->end_day);
  _hearth_store_bind_text_or_null (self, stmt, 12, medication->instructions);
  _hearth_store_bind_int64 (self, stmt, 13, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  g_free (medication->uuid);
  medication->uuid = g_steal_pointer (&uuid);
  medication->created_at = medication->updated_at = now;
  _hearth_store_signal_readings_changed (self, medication->profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

/* Looks up a medication or dose row (@state_sql: id, member uuid, deleted). */
static gboolean
lookup_state (HearthStore  *self,
              const char   *state_sql,
              const char   *uuid,
              gint64       *id,
              char        **profile_uuid,
              gboolean     *deleted,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, state_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return set_not_found (error, uuid);
  *id = sqlite3_column_int64 (stmt, 0);
  *profile_uuid = g_strdup (_hearth_store_column_text (stmt, 1));
  *deleted = sqlite3_column_int (stmt, 2) != 0;
  return TRUE;
}

/* Soft delete or undo of a medication or a dose (the store's shared soft delete), or a stop. */
static gboolean
change_row (HearthStore  *self,
            const char   *state_sql,
            const char   *change_sql,
            const char   *uuid,
            gboolean      delete,
            gboolean      stop,
            gint64        stop_day,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *profile_uuid = NULL;
  gboolean deleted = FALSE;
  gint64 id = 0;
  gint64 now = _hearth_store_now_usec (self);

  if (!stop)
    return _hearth_store_set_row_deleted (self, state_sql, change_sql, uuid, delete, set_not_found, error);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!lookup_state (self, state_sql, uuid, &id, &profile_uuid, &deleted, error))
    goto failed;

  if (deleted)
    {
      _hearth_store_rollback (self);
      return set_not_found (error, uuid);
    }

  stmt = _hearth_store_prepare (self, change_sql, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_int64 (self, stmt, 1, id);
  _hearth_store_bind_int64 (self, stmt, 2, stop_day);
  _hearth_store_bind_int64 (self, stmt, 3, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_store_signal_readings_changed (self, profile_uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_stop_medication (HearthStore  *self,
                              const char   *uuid,
                              gint64        last_day,
                              GError      **error)
{
  g_autoptr(HearthMedication) medication = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  medication = get_medication (self, uuid, NULL, error);
  if (medication == NULL)
    goto failed;
  /* The same rules as a new medication: not before its start, a real date. */
  medication->end_day = last_day;
  if (!hearth_medication_validate (medication, error) ||
      !change_row (self, SQL_MEDICATION_STATE, SQL_STOP_MEDICATION, uuid, FALSE, TRUE, last_day, error))
    goto failed;
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_delete_medication (HearthStore  *self,
                                const char   *uuid,
                                GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_row (self, SQL_MEDICATION_STATE, SQL_DELETE_MEDICATION, uuid, TRUE, FALSE, 0, error);
}

gboolean
hearth_store_undelete_medication (HearthStore  *self,
                                  const char   *uuid,
                                  GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_row (self, SQL_MEDICATION_STATE, SQL_UNDELETE_MEDICATION, uuid, FALSE, FALSE, 0, error);
}

gboolean
hearth_store_delete_dose (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_row (self, SQL_DOSE_STATE, SQL_DELETE_DOSE, uuid, TRUE, FALSE, 0, error);
}

gboolean
hearth_store_undelete_dose (HearthStore  *self,
                            const char   *uuid,
                            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 answered = 0;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Undoing a dose whose scheduled dose was marked again since then
   * would answer it twice. */
  if (!_hearth_store_begin_write (self, error))
    return FALSE;
  stmt = _hearth_store_prepare (self, SQL_DOSE_STATE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    goto failed;
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 2) != 0 && sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      gint64 medication_id = sqlite3_column_int64 (stmt, 3);
      gint64 day = sqlite3_column_int64 (stmt, 4);
      gint64 minute = sqlite3_column_int64 (stmt, 5);

      g_clear_pointer (&stmt, _hearth_store_release_statement);
      stmt = _hearth_store_prepare (self, SQL_DOSE_ANSWERED, error);
      if (stmt == NULL)
        goto failed;
      _hearth_store_bind_int64 (self, stmt, 1, medication_id);
      _hearth_store_bind_int64 (self, stmt, 2, day);
      _hearth_store_bind_int64 (self, stmt, 3, minute);
      if (_hearth_store_step (self, stmt, error) != SQLITE_ROW)
        goto failed;
      answered = sqlite3_column_int64 (stmt, 0);
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  if (answered > 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                           _("That dose has been marked again since."));
      goto failed;
    }
  /* A savepoint inside this write: its signal is emitted after our commit. */
  if (!change_row (self, SQL_DOSE_STATE, SQL_UNDELETE_DOSE, uuid, FALSE, FALSE, 0, error))
    goto failed;
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

static GPtrArray *
list_medications (HearthStore  *self,
                  gint64        profile_id,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LIST_MEDICATIONS, error);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_medication_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthMedication *medication = medication_from_row (stmt, error);

      if (medication == NULL)
        return NULL;
      g_ptr_array_add (list, medication);
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

GPtrArray *
hearth_store_list_medications (HearthStore  *self,
                               const char   *profile_uuid,
                               GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;
  return list_medications (self, profile_id, error);
}

HearthMedication *
hearth_store_find_medication (HearthStore  *self,
                              const char   *profile_uuid,
                              const char   *name,
                              GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL && name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = hearth_store_list_medications (self, profile_uuid, error);
  if (list == NULL)
    return NULL;
  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; i < list->len; i++)
    {
      HearthMedication *medication = list->pdata[i];
      g_autofree char *other = g_utf8_casefold (medication->name, -1);

      if (g_strcmp0 (folded, other) == 0)
        return g_steal_pointer (&list->pdata[i]);
    }
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No medication named “%s”."), name);
  return NULL;
}

/* Doses ------------------------------------------------------------------ */

/* The live medication @uuid, with its row id. */
static HearthMedication *
get_medication (HearthStore  *self,
                const char   *uuid,
                gint64       *id,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_MEDICATION_BY_UUID, error);
  HearthMedication *medication;
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_not_found (error, uuid);
      return NULL;
    }
  medication = medication_from_row (stmt, error);
  if (medication != NULL && id != NULL)
    *id = sqlite3_column_int64 (stmt, 14);
  return medication;
}

static GPtrArray *
list_stored_doses (HearthStore  *self,
                   gint64        medication_id,
                   gint64        from_day,
                   gint64        to_day,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LIST_DOSES, error);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_dose_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  _hearth_store_bind_int64 (self, stmt, 1, medication_id);
  _hearth_store_bind_int64 (self, stmt, 2, from_day);
  _hearth_store_bind_int64 (self, stmt, 3, to_day);
  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthDose *dose = dose_from_row (stmt, error);

      if (dose == NULL)
        return NULL;
      g_ptr_array_add (list, dose);
    }
  return rc < 0 ? NULL : g_steal_pointer (&list);
}

static gint64
today (HearthStore *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  return _hearth_local_day (now);
}

/* Marks a dose: taken (@reason unused) or skipped. */
static gboolean
mark_dose (HearthStore  *self,
           const char   *medication_uuid,
           GDateTime    *at,
           gboolean      taken,
           const char   *reason,
           HearthDose  **out,
           GError      **error)
{
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(GPtrArray) doses = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);
  g_autoptr(HearthDose) dose = NULL;
  GTimeZone *tz = hearth_clock_get_timezone (self->clock);
  const HearthDose *match = NULL;
  g_autofree char *profile_uuid = NULL;
  gint64 medication_id = 0;
  gint64 day;
  gint64 stamp = _hearth_store_now_usec (self);

  if (g_date_time_get_year (at) < 1900 || g_date_time_difference (at, now) > G_TIME_SPAN_MINUTE)
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_DOSE_TIME,
                           _("A dose cannot be marked for a time still to come."));
      return FALSE;
    }
  if (reason != NULL && (!g_utf8_validate (reason, -1, NULL) || g_utf8_strlen (reason, -1) > 200))
    {
      g_set_error_literal (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_INSTRUCTIONS,
                           _("The reason must be text of at most 200 characters."));
      return FALSE;
    }

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  medication = get_medication (self, medication_uuid, &medication_id, error);
  if (medication == NULL)
    goto failed;
  profile_uuid = g_strdup (medication->profile_uuid);

  /* The scheduled doses around @at (a day either side, in the clock's zone). */
  {
    g_autoptr(GDateTime) local = g_date_time_to_timezone (at, tz);

    day = _hearth_local_day (local);
  }
  {
    g_autoptr(GPtrArray) stored = list_stored_doses (self, medication_id, day - 1, day + 1, error);

    if (stored == NULL)
      goto failed;
    doses = hearth_adherence_list_doses (medication, (HearthDose **) stored->pdata, stored->len,
                                         tz, day - 1, day + 1, now);
  }
  for (guint i = 0; i < doses->len; i++)
    {
      const HearthDose *candidate = doses->pdata[i];
      GTimeSpan distance;

      if (candidate->scheduled_at == NULL || candidate->uuid != NULL)
        continue;  /* extra, or already marked */
      distance = ABS (g_date_time_difference (at, candidate->scheduled_at));
      if (distance <= MATCH_SPAN &&
          (match == NULL || distance < ABS (g_date_time_difference (at, match->scheduled_at))))
        match = candidate;
    }

  if (match == NULL && !taken)
    {
      g_set_error (error, HEARTH_MEDICATION_ERROR, HEARTH_MEDICATION_ERROR_NO_DOSE_DUE,
                   _("No dose of %s is due around then."), medication->name);
      goto failed;
    }

  dose = g_new0 (HearthDose, 1);
  dose->uuid = g_uuid_string_random ();
  dose->medication_uuid = g_strdup (medication_uuid);
  dose->status = taken ? HEARTH_DOSE_TAKEN : HEARTH_DOSE_SKIPPED;
  dose->scheduled_day = match != NULL ? match->scheduled_day : -1;
  dose->scheduled_minute = match != NULL ? match->scheduled_minute : -1;
  dose->scheduled_at = match != NULL ? g_date_time_ref (match->scheduled_at) : NULL;
  dose->taken_at = taken ? g_date_time_ref (at) : NULL;
  dose->reason = taken ? NULL : g_strdup (reason);
  dose->created_at = dose->updated_at = stamp;

  stmt = _hearth_store_prepare (self, SQL_INSERT_DOSE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, dose->uuid);
  _hearth_store_bind_int64 (self, stmt, 2, medication_id);
  _hearth_store_bind_text (self, stmt, 3, taken ? "taken" : "skipped");
  if (match != NULL)
    {
      _hearth_store_bind_int64 (self, stmt, 4, dose->scheduled_day);
      _hearth_store_bind_int64 (self, stmt, 5, dose->scheduled_minute);
    }
  else
    {
      _hearth_store_bind_null (self, stmt, 4);
      _hearth_store_bind_null (self, stmt, 5);
    }
  if (taken)
    {
      _hearth_store_bind_int64 (self, stmt, 6, hearth_usec_from_date_time (at));
      _hearth_store_bind_int64 (self, stmt, 7, g_date_time_get_utc_offset (at) / G_TIME_SPAN_SECOND);
    }
  else
    {
      _hearth_store_bind_null (self, stmt, 6);
      _hearth_store_bind_null (self, stmt, 7);
    }
  _hearth_store_bind_text_or_null (self, stmt, 8, dose->reason);
  _hearth_store_bind_int64 (self, stmt, 9, stamp);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_store_signal_readings_changed (self, profile_uuid);
  _hearth_store_emit_signals (self);
  if (out != NULL)
    *out = g_steal_pointer (&dose);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_take_dose (HearthStore  *self,
                        const char   *medication_uuid,
                        GDateTime    *taken_at,
                        HearthDose  **out,
                        GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (medication_uuid != NULL && taken_at != NULL, FALSE);
  g_return_val_if_fail (out == NULL || *out == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mark_dose (self, medication_uuid, taken_at, TRUE, NULL, out, error);
}

gboolean
hearth_store_skip_dose (HearthStore  *self,
                        const char   *medication_uuid,
                        GDateTime    *at,
                        const char   *reason,
                        HearthDose  **out,
                        GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (medication_uuid != NULL && at != NULL, FALSE);
  g_return_val_if_fail (out == NULL || *out == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mark_dose (self, medication_uuid, at, FALSE, reason, out, error);
}

static GPtrArray *
list_doses (HearthStore             *self,
            const HearthMedication  *medication,
            gint64                   medication_id,
            gint64                   from_day,
            gint64                   to_day,
            GDateTime               *now,
            GError                 **error)
{
  g_autoptr(GPtrArray) stored = list_stored_doses (self, medication_id, from_day, to_day, error);

  if (stored == NULL)
    return NULL;
  return hearth_adherence_list_doses (medication, (HearthDose **) stored->pdata, stored->len,
                                      hearth_clock_get_timezone (self->clock), from_day, to_day, now);
}

GPtrArray *
hearth_store_list_doses (HearthStore  *self,
                         const char   *medication_uuid,
                         gint64        from_day,
                         gint64        to_day,
                         GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(HearthMedication) medication = NULL;
  g_autoptr(GDateTime) now = NULL;
  gint64 medication_id = 0;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (medication_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;
  medication = get_medication (self, medication_uuid, &medication_id, error);
  if (medication == NULL)
    return NULL;
  now = hearth_clock_now (self->clock);
  return list_doses (self, medication, medication_id, from_day, to_day, now, error);
}

gboolean
hearth_store_get_adherence (HearthStore      *self,
                            const char       *profile_uuid,
                            guint             days,
                            GPtrArray       **per_medication,
                            HearthAdherence  *overall,
                            GError          **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(GPtrArray) medications = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GDateTime) now = NULL;
  gint64 last_day, first_day;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (days >= 1, FALSE);
  g_return_val_if_fail (overall != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (overall, 0, sizeof *overall);
  overall->ratio = NAN;
  now = hearth_clock_now (self->clock);
  last_day = today (self);
  first_day = last_day - days + 1;

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return FALSE;
  medications = hearth_store_list_medications (self, profile_uuid, error);
  if (medications == NULL)
    return FALSE;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_medication_adherence_free);
  for (guint i = 0; i < medications->len; i++)
    {
      HearthMedication *medication = medications->pdata[i];
      g_autoptr(HearthMedication) with_id = NULL;
      g_autoptr(GPtrArray) doses = NULL;
      HearthMedicationAdherence *entry;
      gint64 medication_id = 0;

      if (medication->schedule == HEARTH_MEDICATION_SCHEDULE_AS_NEEDED)
        continue;
      with_id = get_medication (self, medication->uuid, &medication_id, error);
      if (with_id == NULL)
        return FALSE;
      doses = list_doses (self, medication, medication_id, first_day, last_day, now, error);
      if (doses == NULL)
        return FALSE;

      entry = g_new0 (HearthMedicationAdherence, 1);
      entry->medication_uuid = g_strdup (medication->uuid);
      hearth_adherence_add (&entry->adherence, doses);
      hearth_adherence_add (overall, doses);
      if (entry->adherence.scheduled == 0)
        {
          hearth_medication_adherence_free (entry);
          continue;
        }
      g_ptr_array_add (result, entry);
    }

  if (per_medication != NULL)
    *per_medication = g_steal_pointer (&result);
  return TRUE;
}
