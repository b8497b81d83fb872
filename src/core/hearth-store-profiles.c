/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-heights-private.h"
#include "hearth-store-private.h"
#include "hearth-store-record-private.h"

/* Members: rows, the live list, and the profile API of hearth-store.h. */

#define LIST_SEPARATOR "\x1f"

#define PROFILE_COLUMNS \
  "uuid, name, birth_year, birth_month, birth_day, sex, height_cm, color, " \
  _HEARTH_CONDITIONS_COLUMN ", allergies, created_at, updated_at, main_goal"
static const char SQL_LIVE_PROFILES[] =
  "SELECT " PROFILE_COLUMNS " FROM profiles WHERE deleted_at IS NULL";
static const char SQL_PROFILE_BY_UUID[] =
  "SELECT " PROFILE_COLUMNS " FROM profiles WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_PROFILE_ID[] =
  "SELECT id FROM profiles WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_PROFILE_HEIGHT[] =
  "SELECT height_cm FROM profiles WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_PROFILE_STATE[] =
  "SELECT name, deleted_at IS NOT NULL FROM profiles WHERE uuid = ?1";
static const char SQL_INSERT_PROFILE[] =
  "INSERT INTO profiles (uuid, name, birth_year, birth_month, birth_day, sex, height_cm, "
  "color, allergies, created_at, updated_at, main_goal) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12, ?13)";
static const char SQL_UPDATE_PROFILE[] =
  "UPDATE profiles SET name = ?2, birth_year = ?3, birth_month = ?4, birth_day = ?5, "
  "sex = ?6, height_cm = ?7, color = ?8, "
  "allergies = ?10, updated_at = ?12, main_goal = ?13 "
  "WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_DELETE_PROFILE[] =
  "UPDATE profiles SET deleted_at = ?2, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_PROFILE[] =
  "UPDATE profiles SET deleted_at = NULL, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NOT NULL";

/* Profiles: rows --------------------------------------------------------- */

/* Items joined with U+001F; empty items dropped, separators inside items
 * replaced by spaces; NULL for an empty list. */
static char *
join_list (const char * const *items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) clean = NULL;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      if (items[i][0] != '\0')
        g_strv_builder_add (builder, items[i]);
    }

  clean = g_strv_builder_end (builder);
  if (clean[0] == NULL)
    return NULL;

  for (guint i = 0; clean[i] != NULL; i++)
    g_strdelimit (clean[i], LIST_SEPARATOR, ' ');

  return g_strjoinv (LIST_SEPARATOR, clean);
}

static GStrv
split_list (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;
  return g_strsplit (text, LIST_SEPARATOR, -1);
}

static HearthProfile *
profile_from_row (sqlite3_stmt *stmt)
{
  HearthProfile *profile = hearth_profile_new (_hearth_store_column_text (stmt, 1));
  g_auto(GStrv) conditions = split_list (_hearth_store_column_text (stmt, 8));
  g_auto(GStrv) allergies = split_list (_hearth_store_column_text (stmt, 9));
  HearthSex sex = HEARTH_SEX_UNSET;
  HearthMainGoal goal = HEARTH_MAIN_GOAL_NONE;

  _hearth_profile_set_uuid (profile, _hearth_store_column_text (stmt, 0));
  hearth_profile_set_birth (profile,
                            sqlite3_column_int (stmt, 2),
                            sqlite3_column_int (stmt, 3),
                            sqlite3_column_int (stmt, 4));
  /* An identifier from a newer Hearth reads as unset. */
  if (!hearth_sex_from_string (_hearth_store_column_text (stmt, 5), &sex))
    sex = HEARTH_SEX_UNSET;
  hearth_profile_set_sex (profile, sex);
  hearth_profile_set_height_cm (profile, sqlite3_column_double (stmt, 6));
  hearth_profile_set_color (profile, _hearth_store_column_text (stmt, 7));
  hearth_profile_set_conditions (profile, (const char * const *) conditions);
  hearth_profile_set_allergies (profile, (const char * const *) allergies);
  /* The schema's CHECK admits only known goals; NONE for anything else. */
  if (!hearth_main_goal_from_string (_hearth_store_column_text (stmt, 12), &goal))
    goal = HEARTH_MAIN_GOAL_NONE;
  hearth_profile_set_main_goal (profile, goal);
  _hearth_profile_set_stamps (profile,
                              sqlite3_column_int64 (stmt, 10),
                              sqlite3_column_int64 (stmt, 11));

  return profile;
}

/* Binds ?2..?10 (fields; ?9 is unused: the conditions are rows of
 * health_conditions since schema 11, _hearth_store_sync_conditions()),
 * ?11/?12 (created/updated) and ?13 (main goal). */
static void
bind_profile (HearthStore   *self,
              sqlite3_stmt  *stmt,
              HearthProfile *profile,
              const char    *name,
              gint64         created_at,
              gint64         updated_at)
{
  g_autofree char *allergies = join_list (hearth_profile_get_allergies (profile));
  double height = hearth_profile_get_height_cm (profile);

  _hearth_store_bind_text (self, stmt, 2, name);
  _hearth_store_bind_uint_or_null (self, stmt, 3, hearth_profile_get_birth_year (profile));
  _hearth_store_bind_uint_or_null (self, stmt, 4, hearth_profile_get_birth_month (profile));
  _hearth_store_bind_uint_or_null (self, stmt, 5, hearth_profile_get_birth_day (profile));
  _hearth_store_bind_text_or_null (self, stmt, 6, hearth_sex_to_string (hearth_profile_get_sex (profile)));
  _hearth_store_bind_double_or_null (self, stmt, 7, height == 0 ? NAN : height);
  _hearth_store_bind_text_or_null (self, stmt, 8, hearth_profile_get_color (profile));
  _hearth_store_bind_text_or_null (self, stmt, 10, allergies);
  _hearth_store_bind_int64 (self, stmt, 11, created_at);
  _hearth_store_bind_int64 (self, stmt, 12, updated_at);
  _hearth_store_bind_text_or_null (self, stmt, 13,
                                   hearth_main_goal_to_string (hearth_profile_get_main_goal (profile)));
}

static int
compare_profiles (gconstpointer a,
                  gconstpointer b)
{
  HearthProfile *pa = *(HearthProfile * const *) a;
  HearthProfile *pb = *(HearthProfile * const *) b;
  int cmp = g_utf8_collate (hearth_profile_get_name (pa), hearth_profile_get_name (pb));

  if (cmp != 0)
    return cmp;
  return g_strcmp0 (hearth_profile_get_uuid (pa), hearth_profile_get_uuid (pb));
}

static gboolean
load_live_profiles (HearthStore  *self,
                    GPtrArray   **out,
                    GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_LIVE_PROFILES, error);
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = _hearth_store_step (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (profiles, profile_from_row (stmt));
  if (rc < 0)
    return FALSE;

  *out = g_steal_pointer (&profiles);
  return TRUE;
}

/* Makes @dst hold @src's stored fields (same uuid); setters notify only
 * what changed. */
static void
update_profile_from (HearthProfile *dst,
                     HearthProfile *src)
{
  g_object_freeze_notify (G_OBJECT (dst));
  hearth_profile_set_name (dst, hearth_profile_get_name (src));
  hearth_profile_set_birth (dst,
                            hearth_profile_get_birth_year (src),
                            hearth_profile_get_birth_month (src),
                            hearth_profile_get_birth_day (src));
  hearth_profile_set_sex (dst, hearth_profile_get_sex (src));
  hearth_profile_set_height_cm (dst, hearth_profile_get_height_cm (src));
  hearth_profile_set_color (dst, hearth_profile_get_color (src));
  hearth_profile_set_conditions (dst, hearth_profile_get_conditions (src));
  hearth_profile_set_allergies (dst, hearth_profile_get_allergies (src));
  hearth_profile_set_main_goal (dst, hearth_profile_get_main_goal (src));
  _hearth_profile_set_stamps (dst,
                              hearth_profile_get_created_at (src),
                              hearth_profile_get_updated_at (src));
  g_object_thaw_notify (G_OBJECT (dst));
}

/* Reloads the live list. Members that stay keep their HearthProfile object
 * (updated in place, so bindings and selections follow them); the list only
 * emits items-changed when membership or order changed. */
gboolean
_hearth_store_refresh_profiles (HearthStore  *self,
                                GError      **error)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GHashTable) current = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));
  gboolean same_order;

  if (!load_live_profiles (self, &profiles, error))
    return FALSE;

  g_ptr_array_sort (profiles, compare_profiles);

  for (guint i = 0; i < n_items; i++)
    {
      HearthProfile *existing = g_list_model_get_item (G_LIST_MODEL (self->profiles), i);

      g_hash_table_insert (current, (gpointer) hearth_profile_get_uuid (existing), existing);
      g_object_unref (existing);  /* the list keeps it alive */
    }

  same_order = profiles->len == n_items;
  for (guint i = 0; i < profiles->len; i++)
    {
      HearthProfile *fresh = g_ptr_array_index (profiles, i);
      HearthProfile *existing = g_hash_table_lookup (current, hearth_profile_get_uuid (fresh));

      if (existing == NULL)
        {
          same_order = FALSE;
          continue;
        }

      update_profile_from (existing, fresh);
      g_ptr_array_index (profiles, i) = g_object_ref (existing);
      g_object_unref (fresh);

      if (same_order)
        {
          g_autoptr(HearthProfile) at_i = g_list_model_get_item (G_LIST_MODEL (self->profiles), i);

          same_order = at_i == existing;
        }
    }

  if (!same_order)
    g_list_store_splice (self->profiles, 0, n_items, profiles->pdata, profiles->len);

  return TRUE;
}

/* After a committed change: the list follows, listeners hear of it. */
static char *
make_name_key (const char *name)
{
  g_autofree char *normalized = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized ? normalized : name, -1);
}

/* Looks for a live member called @name (case-insensitively) other than
 * @except_uuid. Returns a new reference or NULL; FALSE on database error. */
static gboolean
find_live_by_name (HearthStore    *self,
                   const char     *name,
                   const char     *except_uuid,
                   HearthProfile **found,
                   GError        **error)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autofree char *key = make_name_key (name);

  *found = NULL;

  if (!load_live_profiles (self, &profiles, error))
    return FALSE;

  for (guint i = 0; i < profiles->len; i++)
    {
      HearthProfile *profile = g_ptr_array_index (profiles, i);
      g_autofree char *other = make_name_key (hearth_profile_get_name (profile));

      if (g_strcmp0 (hearth_profile_get_uuid (profile), except_uuid) == 0)
        continue;

      if (g_str_equal (key, other))
        {
          *found = g_object_ref (profile);
          return TRUE;
        }
    }

  return TRUE;
}

static gboolean
check_name_free (HearthStore  *self,
                 const char   *name,
                 const char   *except_uuid,
                 GError      **error)
{
  g_autoptr(HearthProfile) other = NULL;

  if (!find_live_by_name (self, name, except_uuid, &other, error))
    return FALSE;

  if (other != NULL)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                   _("A member named “%s” already exists"), hearth_profile_get_name (other));
      return FALSE;
    }

  return TRUE;
}

/* The id of a live member, or 0 with NOT_FOUND. */
gint64
_hearth_store_resolve_profile_id (HearthStore  *self,
                                  const char   *uuid,
                                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_store_prepare (self, SQL_PROFILE_ID, error);
  int rc;

  if (stmt == NULL)
    return 0;

  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return 0;
  if (rc != SQLITE_ROW)
    {
      _hearth_store_set_not_found_member (error, uuid);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Profiles ------------------------------------------------------------- */

GListModel *
hearth_store_get_profiles (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->profiles);
}

HearthProfile *
hearth_store_get_profile (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _hearth_store_prepare (self, SQL_PROFILE_BY_UUID, error);
  if (stmt == NULL)
    return NULL;

  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      _hearth_store_set_not_found_member (error, uuid);
      return NULL;
    }

  return profile_from_row (stmt);
}

/* Matches the trimmed @name case-insensitively, like the uniqueness rule. */
HearthProfile *
hearth_store_find_profile (HearthStore  *self,
                           const char   *name,
                           GError      **error)
{
  g_autofree char *trimmed = NULL;
  HearthProfile *found = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* As names are stored: Unicode spaces trimmed, NFC. */
  trimmed = hearth_profile_normalize_name (name);
  if (!find_live_by_name (self, trimmed, NULL, &found, error))
    return NULL;

  if (found == NULL)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
                 _("No member named “%s”"), trimmed);

  return found;
}

/* Checks the profile and returns its trimmed name, or NULL. */
static char *
check_profile (HearthStore    *self,
               HearthProfile  *profile,
               GError        **error)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  if (!hearth_profile_validate (profile, now, error))
    return NULL;

  return g_strstrip (g_strdup (hearth_profile_get_name (profile)));
}

/* The name is saved trimmed (and written back trimmed). If @profile
 * already has a uuid (an import), it is kept. */
gboolean
hearth_store_add_profile (HearthStore    *self,
                          HearthProfile  *profile,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uuid = NULL;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = check_profile (self, profile, error);
  if (name == NULL)
    return FALSE;

  if (hearth_profile_get_uuid (profile) != NULL && hearth_profile_get_uuid (profile)[0] != '\0')
    uuid = g_strdup (hearth_profile_get_uuid (profile));
  else
    uuid = g_uuid_string_random ();
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!check_name_free (self, name, NULL, error))
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_INSERT_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  bind_profile (self, stmt, profile, name, now, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  {
    gint64 profile_id = sqlite3_last_insert_rowid (self->db);
    double height = hearth_profile_get_height_cm (profile);

    if (!_hearth_store_sync_conditions (self, profile_id,
                                        hearth_profile_get_conditions (profile), now, TRUE, error))
      goto failed;
    /* A height given is a measurement of today (schema 12). */
    if (height != 0 && !_hearth_store_insert_height_today (self, profile_id, height, now, error))
      goto failed;
  }

  if (!_hearth_store_commit (self, error))
    return FALSE;

  hearth_profile_set_name (profile, name);
  _hearth_profile_set_uuid (profile, uuid);
  _hearth_profile_set_stamps (profile, now, now);
  _hearth_store_signal_profiles_changed (self);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_update_profile (HearthStore    *self,
                             HearthProfile  *profile,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  const char *uuid;
  double old_height = 0;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uuid = hearth_profile_get_uuid (profile);
  if (uuid == NULL)
    return _hearth_store_set_not_found_member (error, "");

  name = check_profile (self, profile, error);
  if (name == NULL)
    return FALSE;
  now = _hearth_store_now_usec (self);

  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  if (!check_name_free (self, name, uuid, error))
    goto failed;

  /* The height before: a new one is a measurement of today. */
  stmt = _hearth_store_prepare (self, SQL_PROFILE_HEIGHT, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  {
    int rc = _hearth_store_step (self, stmt, error);

    if (rc < 0)
      goto failed;
    old_height = rc == SQLITE_ROW ? sqlite3_column_double (stmt, 0) : 0;
  }
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  stmt = _hearth_store_prepare (self, SQL_UPDATE_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  bind_profile (self, stmt, profile, name, hearth_profile_get_created_at (profile), now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (sqlite3_changes (self->db) != 1)
    {
      _hearth_store_set_not_found_member (error, uuid);
      goto failed;
    }
  {
    gint64 profile_id = _hearth_store_resolve_profile_id (self, uuid, error);

    double height = hearth_profile_get_height_cm (profile);

    if (profile_id == 0 ||
        !_hearth_store_sync_conditions (self, profile_id, hearth_profile_get_conditions (profile),
                                        now, TRUE, error))
      goto failed;
    if (height != 0 && height != old_height &&
        !_hearth_store_insert_height_today (self, profile_id, height, now, error))
      goto failed;
  }

  if (!_hearth_store_commit (self, error))
    return FALSE;

  hearth_profile_set_name (profile, name);
  _hearth_profile_set_stamps (profile, hearth_profile_get_created_at (profile), now);
  _hearth_store_signal_profiles_changed (self);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

gboolean
hearth_store_delete_profile (HearthStore  *self,
                             const char   *uuid,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = _hearth_store_now_usec (self);
  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  stmt = _hearth_store_prepare (self, SQL_DELETE_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (sqlite3_changes (self->db) != 1)
    {
      _hearth_store_set_not_found_member (error, uuid);
      goto failed;
    }

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_store_signal_profiles_changed (self);
  _hearth_store_signal_readings_changed (self, uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

/* Undoing a delete brings the member back with every reading it had.
 * Undeleting a live member does nothing and succeeds. */
gboolean
hearth_store_undelete_profile (HearthStore  *self,
                               const char   *uuid,
                               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  gboolean deleted;
  gint64 now;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = _hearth_store_now_usec (self);
  if (!_hearth_store_begin_write (self, error))
    return FALSE;

  stmt = _hearth_store_prepare (self, SQL_PROFILE_STATE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  rc = _hearth_store_step (self, stmt, error);
  if (rc < 0)
    goto failed;
  if (rc != SQLITE_ROW)
    {
      _hearth_store_set_not_found_member (error, uuid);
      goto failed;
    }
  name = g_strdup (_hearth_store_column_text (stmt, 0));
  deleted = sqlite3_column_int (stmt, 1) != 0;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!deleted)
    {
      _hearth_store_rollback (self);
      return TRUE;
    }

  if (!check_name_free (self, name, uuid, error))
    goto failed;

  stmt = _hearth_store_prepare (self, SQL_UNDELETE_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  _hearth_store_bind_text (self, stmt, 1, uuid);
  _hearth_store_bind_int64 (self, stmt, 2, now);
  if (!_hearth_store_run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!_hearth_store_commit (self, error))
    return FALSE;

  _hearth_store_signal_profiles_changed (self);
  _hearth_store_signal_readings_changed (self, uuid);
  _hearth_store_emit_signals (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  _hearth_store_rollback (self);
  return FALSE;
}

