/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-profile.h"
#include "hearth-store-private.h"
#include "hearth-store-record.h"
#include "hearth-store-record-private.h"

/* The health record (schema 11): conditions with since days, family
 * history, the details row (blood type, emergency contact, notes). */

static const char SQL_RECORD_DETAILS[] =
  "SELECT blood_type, contact_name, contact_phone, contact_relation, notes, updated_at "
  "FROM health_records WHERE profile_id = ?1 AND deleted_at IS NULL "
  "ORDER BY updated_at DESC, id DESC LIMIT 1";
static const char SQL_UPDATE_DETAILS[] =
  "UPDATE health_records SET blood_type = ?2, contact_name = ?3, contact_phone = ?4, "
  "contact_relation = ?5, notes = ?6, updated_at = ?7 WHERE profile_id = ?1 AND deleted_at IS NULL";
static const char SQL_INSERT_DETAILS[] =
  "INSERT INTO health_records (profile_id, blood_type, contact_name, contact_phone, "
  "contact_relation, notes, created_at, updated_at, uuid) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)";
static const char SQL_RECORD_CONDITIONS[] =
  "SELECT uuid, condition, since_day, note, created_at, updated_at FROM health_conditions "
  "WHERE profile_id = ?1 AND deleted_at IS NULL ORDER BY id";
static const char SQL_LIVE_CONDITION_NAMES[] =
  "SELECT id, condition FROM health_conditions WHERE profile_id = ?1 AND deleted_at IS NULL "
  "ORDER BY id";
static const char SQL_FIND_CONDITION[] =
  "SELECT id FROM health_conditions "
  "WHERE profile_id = ?1 AND lower(condition) = lower(?2) AND deleted_at IS NULL";
static const char SQL_INSERT_CONDITION[] =
  "INSERT INTO health_conditions (uuid, profile_id, condition, since_day, note, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)";
static const char SQL_UPDATE_CONDITION[] =
  "UPDATE health_conditions SET since_day = ?2, note = ?3, updated_at = ?4 WHERE id = ?1";
static const char SQL_DELETE_CONDITION[] =
  "UPDATE health_conditions SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1";
static const char SQL_RECORD_FAMILY[] =
  "SELECT uuid, condition, relative, note, created_at, updated_at FROM family_history "
  "WHERE profile_id = ?1 AND deleted_at IS NULL ORDER BY id";
static const char SQL_FIND_FAMILY[] =
  "SELECT id FROM family_history WHERE profile_id = ?1 AND lower(condition) = lower(?2) "
  "AND relative = ?3 AND deleted_at IS NULL";
static const char SQL_INSERT_FAMILY[] =
  "INSERT INTO family_history (uuid, profile_id, condition, relative, note, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)";
static const char SQL_DELETE_FAMILY[] =
  "UPDATE family_history SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1";

/* Helpers ---------------------------------------------------------------- */

static gint64
today_day (HearthStore *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);
  return hearth_record_day_from_ymd (year, month, day);
}

/* The first day the member can have been born on, or NO_DAY. */
static gint64
birth_day (HearthProfile *profile)
{
  guint year = hearth_profile_get_birth_year (profile);
  guint month = hearth_profile_get_birth_month (profile);
  guint day = hearth_profile_get_birth_day (profile);

  if (year == 0 || !g_date_valid_dmy (day ? day : 1, month ? month : 1, year))
    return HEARTH_RECORD_NO_DAY;
  return hearth_record_day_from_ymd (year, month ? month : 1, day ? day : 1);
}

static void
bind_day_or_null (HearthStore  *self,
                  sqlite3_stmt *stmt,
                  int           index,
                  gint64        day)
{
  if (day == HEARTH_RECORD_NO_DAY)
    _hearth_store_bind_null (self, stmt, index);
  else
    _hearth_store_bind_int64 (self, stmt, index, day);
}

/* The row id of the live row @find_sql (?1 profile, ?2 condition, ?3
 * relative when @relative is not NULL) names, 0 for none, -1 on error. */
static gint64
find_row (HearthStore  *self,
          const char   *find_sql,
          gint64        profile_id,
          const char   *condition,
          const char   *relative,
          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, find_sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  _hearth_store_bind_int64 (self, stmt, 1, profile_id);
  _hearth_store_bind_text (self, stmt, 2, condition);
  if (relative != NULL)
    _hearth_store_bind_text (self, stmt, 3, relative);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return -1;
  return rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

static gboolean
run_id_now (HearthStore  *self,
            const char   *sql,
            gint64        id,
            gint64        now,
            GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_int64 (self, stmt, 1, id);
  _hearth_store_bind_int64 (self, stmt, 2, now);
  return _hearth_store_run (self, stmt, error);
}

static gboolean
insert_condition (HearthStore  *self,
                  gint64        profile_id,
                  const char   *condition,
                  gint64        since_day,
                  const char   *note,
                  gint64        now,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_INSERT_CONDITION, error);
  g_autofree char *uuid = g_uuid_string_random ();

  if (stmt == NULL)
    return FALSE;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, profile_id);
  _hearth_store_bind_text (self, stmt, 3, condition);
  bind_day_or_null (self, stmt, 4, since_day);
  _hearth_store_bind_text_or_null (self, stmt, 5, note);
  _hearth_store_bind_int64 (self, stmt, 6, now);
  return _hearth_store_run (self, stmt, error);
}

/* Commits, queues profiles-changed and emits; rolls back on failure. */
static gboolean
finish_write (HearthStore  *self,
              gboolean      ok,
              GError      **error)
{
  if (!ok)
    {
      _hearth_store_rollback (self);
      return FALSE;
    }
  if (!_hearth_store_commit (self, error))
    return FALSE;
  _hearth_store_signal_profiles_changed (self);
  _hearth_store_emit_signals (self);
  return TRUE;
}

/* Profiles' conditions ---------------------------------------------------- */

gboolean
_hearth_store_sync_conditions (HearthStore         *self,
                               gint64               profile_id,
                               const char * const  *conditions,
                               gint64               now,
                               gboolean             remove_others,
                               GError             **error)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) live_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) live_names = g_ptr_array_new_with_free_func (g_free);

  g_assert (self->write_depth > 0);

  for (guint i = 0; conditions != NULL && conditions[i] != NULL; i++)
    {
      g_autofree char *name = hearth_condition_normalize (conditions[i]);
      gboolean repeat = FALSE;

      if (name == NULL || name[0] == '\0')
        continue;
      for (guint j = 0; j < wanted->len; j++)
        repeat |= g_ascii_strcasecmp (g_ptr_array_index (wanted, j), name) == 0;
      if (!repeat)
        g_ptr_array_add (wanted, g_steal_pointer (&name));
    }

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LIVE_CONDITION_NAMES, error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    _hearth_store_bind_int64 (self, stmt, 1, profile_id);
    while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (live_ids, id);
        g_ptr_array_add (live_names, g_strdup (_hearth_store_column_text (stmt, 1)));
      }
    if (rc < 0)
      return FALSE;
  }

  for (guint i = 0; i < live_names->len; i++)
    {
      gboolean keep = FALSE;

      for (guint j = 0; j < wanted->len && !keep; j++)
        keep = g_ascii_strcasecmp (g_ptr_array_index (live_names, i), g_ptr_array_index (wanted, j)) == 0;
      if (!keep && remove_others && !run_id_now (self, SQL_DELETE_CONDITION, g_array_index (live_ids, gint64, i), now, error))
        return FALSE;
    }

  for (guint j = 0; j < wanted->len; j++)
    {
      gboolean have = FALSE;

      for (guint i = 0; i < live_names->len && !have; i++)
        have = g_ascii_strcasecmp (g_ptr_array_index (live_names, i), g_ptr_array_index (wanted, j)) == 0;
      /* Only new ones are checked: a condition stored before a rule
       * existed stays, and the member can still be saved. */
      if (!have)
        {
          g_autoptr(HearthCondition) check = hearth_condition_new (g_ptr_array_index (wanted, j));

          if (!hearth_condition_validate (check, HEARTH_RECORD_NO_DAY, HEARTH_RECORD_NO_DAY, error))
            return FALSE;
        }
      if (!have && !insert_condition (self, profile_id, g_ptr_array_index (wanted, j),
                                      HEARTH_RECORD_NO_DAY, NULL, now, error))
        return FALSE;
    }

  return TRUE;
}

/* Reading ---------------------------------------------------------------- */

static gboolean
read_record (HearthStore         *self,
             gint64               profile_id,
             HearthHealthRecord  *record,
             GError             **error)
{
  int rc;

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_RECORD_DETAILS, error);

    if (stmt == NULL)
      return FALSE;
    _hearth_store_bind_int64 (self, stmt, 1, profile_id);
    rc = _hearth_store_step (self, stmt, error);
    if (rc < 0)
      return FALSE;
    if (rc == SQLITE_ROW)
      {
        /* The schema's CHECK admits only the eight. */
        if (!hearth_blood_type_parse (_hearth_store_column_text (stmt, 0), &record->blood_type, NULL))
          record->blood_type = HEARTH_BLOOD_TYPE_UNKNOWN;
        record->contact_name = g_strdup (_hearth_store_column_text (stmt, 1));
        record->contact_phone = g_strdup (_hearth_store_column_text (stmt, 2));
        record->contact_relation = g_strdup (_hearth_store_column_text (stmt, 3));
        record->notes = g_strdup (_hearth_store_column_text (stmt, 4));
        record->updated_at = sqlite3_column_int64 (stmt, 5);
      }
  }

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_RECORD_CONDITIONS, error);

    if (stmt == NULL)
      return FALSE;
    _hearth_store_bind_int64 (self, stmt, 1, profile_id);
    while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
      {
        HearthCondition *condition = hearth_condition_new (_hearth_store_column_text (stmt, 1));

        condition->uuid = g_strdup (_hearth_store_column_text (stmt, 0));
        if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
          condition->since_day = sqlite3_column_int64 (stmt, 2);
        condition->note = g_strdup (_hearth_store_column_text (stmt, 3));
        condition->created_at = sqlite3_column_int64 (stmt, 4);
        condition->updated_at = sqlite3_column_int64 (stmt, 5);
        g_ptr_array_add (record->conditions, condition);
      }
    if (rc < 0)
      return FALSE;
  }

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_RECORD_FAMILY, error);

    if (stmt == NULL)
      return FALSE;
    _hearth_store_bind_int64 (self, stmt, 1, profile_id);
    while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
      {
        HearthRelative relative = HEARTH_RELATIVE_OTHER;
        HearthFamilyCondition *family = NULL;

        if (!hearth_relative_from_string (_hearth_store_column_text (stmt, 2), &relative))
          relative = HEARTH_RELATIVE_OTHER;
        family = hearth_family_condition_new (_hearth_store_column_text (stmt, 1), relative);
        family->uuid = g_strdup (_hearth_store_column_text (stmt, 0));
        family->note = g_strdup (_hearth_store_column_text (stmt, 3));
        family->created_at = sqlite3_column_int64 (stmt, 4);
        family->updated_at = sqlite3_column_int64 (stmt, 5);
        g_ptr_array_add (record->family, family);
      }
    if (rc < 0)
      return FALSE;
  }

  return TRUE;
}

HearthHealthRecord *
hearth_store_get_health_record (HearthStore  *self,
                                const char   *profile_uuid,
                                GError      **error)
{
  g_autoptr(HearthStoreRead) read = NULL;
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(HearthProfile) profile = NULL;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  read = _hearth_store_read (self, error);
  if (read == NULL)
    return NULL;

  profile = hearth_store_get_profile (self, profile_uuid, error);
  if (profile == NULL)
    return NULL;
  profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  record = hearth_health_record_new (profile_uuid);
  g_strfreev (record->allergies);
  record->allergies = g_strdupv ((char **) hearth_profile_get_allergies (profile));
  if (!read_record (self, profile_id, record, error))
    return NULL;

  return g_steal_pointer (&record);
}

/* Writing ---------------------------------------------------------------- */

/* Begins a write and finds the live member: its row id and profile. */
static gboolean
begin_member_write (HearthStore    *self,
                    const char     *profile_uuid,
                    gint64         *profile_id,
                    HearthProfile **profile,
                    GError        **error)
{
  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  *profile_id = _hearth_store_resolve_profile_id (self, profile_uuid, error);
  if (*profile_id != 0 && profile != NULL)
    *profile = hearth_store_get_profile (self, profile_uuid, error);
  if (*profile_id == 0 || (profile != NULL && *profile == NULL))
    {
      _hearth_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

static const char *
empty_to_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

gboolean
hearth_store_set_record_details (HearthStore               *self,
                                 const HearthHealthRecord  *record,
                                 GError                   **error)
{
  g_autofree char *uuid = NULL;
  gint64 profile_id = 0;
  gint64 now;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL && record->profile_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_health_record_validate (record, error))
    return FALSE;

  now = _hearth_store_now_usec (self);
  if (!begin_member_write (self, record->profile_uuid, &profile_id, NULL, error))
    return FALSE;

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_UPDATE_DETAILS, error);

    ok = stmt != NULL;
    if (ok)
      {
        _hearth_store_bind_int64 (self, stmt, 1, profile_id);
        _hearth_store_bind_text_or_null (self, stmt, 2, hearth_blood_type_to_string (record->blood_type));
        _hearth_store_bind_text_or_null (self, stmt, 3, empty_to_null (record->contact_name));
        _hearth_store_bind_text_or_null (self, stmt, 4, empty_to_null (record->contact_phone));
        _hearth_store_bind_text_or_null (self, stmt, 5, empty_to_null (record->contact_relation));
        _hearth_store_bind_text_or_null (self, stmt, 6, empty_to_null (record->notes));
        _hearth_store_bind_int64 (self, stmt, 7, now);
        ok = _hearth_store_run (self, stmt, error);
      }
  }

  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_INSERT_DETAILS, error);

      uuid = g_uuid_string_random ();
      ok = stmt != NULL;
      if (ok)
        {
          _hearth_store_bind_int64 (self, stmt, 1, profile_id);
          _hearth_store_bind_text_or_null (self, stmt, 2, hearth_blood_type_to_string (record->blood_type));
          _hearth_store_bind_text_or_null (self, stmt, 3, empty_to_null (record->contact_name));
          _hearth_store_bind_text_or_null (self, stmt, 4, empty_to_null (record->contact_phone));
          _hearth_store_bind_text_or_null (self, stmt, 5, empty_to_null (record->contact_relation));
          _hearth_store_bind_text_or_null (self, stmt, 6, empty_to_null (record->notes));
          _hearth_store_bind_int64 (self, stmt, 7, now);
          _hearth_store_bind_text (self, stmt, 8, uuid);
          ok = _hearth_store_run (self, stmt, error);
        }
    }

  return finish_write (self, ok, error);
}

gboolean
hearth_store_set_condition (HearthStore            *self,
                            const char             *profile_uuid,
                            const HearthCondition  *condition,
                            GError                **error)
{
  g_autoptr(HearthProfile) profile = NULL;
  g_autoptr(HearthCondition) clean = NULL;
  gint64 profile_id = 0;
  gint64 id;
  gint64 now;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (condition != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = hearth_condition_copy (condition);
  g_free (clean->condition);
  clean->condition = hearth_condition_normalize (condition->condition);

  now = _hearth_store_now_usec (self);
  if (!begin_member_write (self, profile_uuid, &profile_id, &profile, error))
    return FALSE;

  ok = hearth_condition_validate (clean, birth_day (profile), today_day (self), error);
  id = ok ? find_row (self, SQL_FIND_CONDITION, profile_id, clean->condition, NULL, error) : -1;
  ok = id >= 0;
  if (ok && id == 0)
    ok = insert_condition (self, profile_id, clean->condition, clean->since_day,
                           empty_to_null (clean->note), now, error);
  else if (ok)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_UPDATE_CONDITION, error);

      ok = stmt != NULL;
      if (ok)
        {
          _hearth_store_bind_int64 (self, stmt, 1, id);
          bind_day_or_null (self, stmt, 2, clean->since_day);
          _hearth_store_bind_text_or_null (self, stmt, 3, empty_to_null (clean->note));
          _hearth_store_bind_int64 (self, stmt, 4, now);
          ok = _hearth_store_run (self, stmt, error);
        }
    }

  return finish_write (self, ok, error);
}

gboolean
hearth_store_remove_condition (HearthStore  *self,
                               const char   *profile_uuid,
                               const char   *condition,
                               GError      **error)
{
  g_autofree char *name = NULL;
  gint64 profile_id = 0;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (condition != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = hearth_condition_normalize (condition);
  if (!begin_member_write (self, profile_uuid, &profile_id, NULL, error))
    return FALSE;

  id = find_row (self, SQL_FIND_CONDITION, profile_id, name, NULL, error);
  ok = id > 0;
  if (id == 0)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                 _("The record has no condition “%s”"), name);
  if (ok)
    ok = run_id_now (self, SQL_DELETE_CONDITION, id, _hearth_store_now_usec (self), error);

  return finish_write (self, ok, error);
}

gboolean
hearth_store_add_family_condition (HearthStore                  *self,
                                   const char                   *profile_uuid,
                                   const HearthFamilyCondition  *family,
                                   GError                      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *uuid = NULL;
  const char *relative;
  gint64 profile_id = 0;
  gint64 id;
  gint64 now;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (family != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!hearth_family_condition_validate (family, error))
    return FALSE;
  name = hearth_condition_normalize (family->condition);
  relative = hearth_relative_to_string (family->relative);

  now = _hearth_store_now_usec (self);
  if (!begin_member_write (self, profile_uuid, &profile_id, NULL, error))
    return FALSE;

  id = find_row (self, SQL_FIND_FAMILY, profile_id, name, relative, error);
  ok = id == 0;
  if (id > 0)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                 _("The family history already has “%s” for this relative"),
                 hearth_condition_get_label (name));
  if (ok)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_INSERT_FAMILY, error);

      uuid = g_uuid_string_random ();
      ok = stmt != NULL;
      if (ok)
        {
          _hearth_store_bind_text (self, stmt, 1, uuid);
          _hearth_store_bind_int64 (self, stmt, 2, profile_id);
          _hearth_store_bind_text (self, stmt, 3, name);
          _hearth_store_bind_text (self, stmt, 4, relative);
          _hearth_store_bind_text_or_null (self, stmt, 5, empty_to_null (family->note));
          _hearth_store_bind_int64 (self, stmt, 6, now);
          ok = _hearth_store_run (self, stmt, error);
        }
    }

  return finish_write (self, ok, error);
}

gboolean
hearth_store_remove_family_condition (HearthStore     *self,
                                      const char      *profile_uuid,
                                      const char      *condition,
                                      HearthRelative   relative,
                                      GError         **error)
{
  g_autofree char *name = NULL;
  gint64 profile_id = 0;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (profile_uuid != NULL, FALSE);
  g_return_val_if_fail (condition != NULL, FALSE);
  g_return_val_if_fail ((guint) relative <= HEARTH_RELATIVE_LAST, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = hearth_condition_normalize (condition);
  if (!begin_member_write (self, profile_uuid, &profile_id, NULL, error))
    return FALSE;

  id = find_row (self, SQL_FIND_FAMILY, profile_id, name, hearth_relative_to_string (relative), error);
  ok = id > 0;
  if (id == 0)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                 _("The family history has no “%s” for this relative"), hearth_condition_get_label (name));
  if (ok)
    ok = run_id_now (self, SQL_DELETE_FAMILY, id, _hearth_store_now_usec (self), error);

  return finish_write (self, ok, error);
}
