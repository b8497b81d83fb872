/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-core-private.h"
#include "hearth-store-private.h"
#include "hearth-core-resources.h"

/* How the store behaves with a file it may not change:
 *
 * - A database whose user_version is newer than HEARTH_STORE_SCHEMA_VERSION
 *   is refused with NEWER_SCHEMA before anything is written (not even the
 *   journal mode); a file that is not an SQLite database, or an SQLite
 *   database of another program (user_version 0 with tables in it), is
 *   refused with CORRUPT, untouched.
 * - A read-only file (permissions, or a "file:…?mode=ro" URI) that is
 *   already at the current schema opens read-only: reading works, every
 *   change fails with READ_ONLY. One that would need migrating is refused
 *   at open with READ_ONLY.
 * - Every change runs in its own BEGIN IMMEDIATE transaction that is rolled
 *   back on any error, so a busy, full or read-only database keeps what it
 *   had.
 *
 * @path may be an SQLite "file:" URI; then no folder is created for it. */

#define MIGRATIONS_PATH "/io/github/hearthapp/Hearth/core/migrations/"
#define DEFAULT_BUSY_TIMEOUT_MS 5000
#define LIST_SEPARATOR "\x1f"

struct _HearthStore
{
  GObject      parent_instance;

  char        *path;
  HearthClock *clock;
  sqlite3     *db;
  GHashTable  *statements;   /* static SQL text -> sqlite3_stmt */
  GListStore  *profiles;
  int          schema_version;
  int          busy_timeout;
  guint        read_only : 1;
};

G_DEFINE_FINAL_TYPE (HearthStore, hearth_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (hearth-store-error-quark, hearth_store_error)

enum {
  PROP_0,
  PROP_BUSY_TIMEOUT,
  N_PROPS
};

enum {
  PROFILES_CHANGED,
  READINGS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Cached statements are reset (not finalized) when they go out of scope:
 * g_autoptr(sqlite3_stmt) (hearth-store-private.h) calls this. */
void
_hearth_store_release_statement (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* SQL ------------------------------------------------------------------ */

#define PROFILE_COLUMNS \
  "uuid, name, birth_year, birth_month, birth_day, sex, height_cm, color, " \
  "conditions, medications, allergies, created_at, updated_at"

#define READING_COLUMNS \
  "r.uuid, p.uuid, r.kind, r.taken_at, r.utc_offset, r.value_a, r.value_b, r.value_c, " \
  "r.label_a, r.label_b, r.note, r.created_at, r.updated_at"

static const char SQL_BEGIN[] = "BEGIN IMMEDIATE";
static const char SQL_COMMIT[] = "COMMIT";
static const char SQL_ROLLBACK[] = "ROLLBACK";
static const char SQL_USER_VERSION[] = "PRAGMA user_version";
static const char SQL_COUNT_SCHEMA[] = "SELECT count(*) FROM sqlite_schema";
static const char SQL_JOURNAL_WAL[] = "PRAGMA journal_mode = WAL";
static const char SQL_SYNCHRONOUS[] = "PRAGMA synchronous = NORMAL";
static const char SQL_FOREIGN_KEYS[] = "PRAGMA foreign_keys = ON";

static const char SQL_LIVE_PROFILES[] =
  "SELECT " PROFILE_COLUMNS " FROM profiles WHERE deleted_at IS NULL";
static const char SQL_PROFILE_BY_UUID[] =
  "SELECT " PROFILE_COLUMNS " FROM profiles WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_PROFILE_ID[] =
  "SELECT id FROM profiles WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_PROFILE_STATE[] =
  "SELECT name, deleted_at IS NOT NULL FROM profiles WHERE uuid = ?1";
static const char SQL_INSERT_PROFILE[] =
  "INSERT INTO profiles (uuid, name, birth_year, birth_month, birth_day, sex, height_cm, "
  "color, conditions, medications, allergies, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
static const char SQL_UPDATE_PROFILE[] =
  "UPDATE profiles SET name = ?2, birth_year = ?3, birth_month = ?4, birth_day = ?5, "
  "sex = ?6, height_cm = ?7, color = ?8, conditions = ?9, medications = ?10, "
  "allergies = ?11, updated_at = ?13 "
  "WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_DELETE_PROFILE[] =
  "UPDATE profiles SET deleted_at = ?2, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_PROFILE[] =
  "UPDATE profiles SET deleted_at = NULL, updated_at = ?2 WHERE uuid = ?1 AND deleted_at IS NOT NULL";

static const char SQL_READING_BY_UUID[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.uuid = ?1 AND r.deleted_at IS NULL AND p.deleted_at IS NULL";
/* Any reading of a live member, deleted or not: id, member uuid, deleted. */
static const char SQL_READING_STATE[] =
  "SELECT r.id, p.uuid, r.deleted_at IS NOT NULL FROM readings r "
  "JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.uuid = ?1 AND p.deleted_at IS NULL";
static const char SQL_INSERT_READING[] =
  "INSERT INTO readings (uuid, profile_id, kind, taken_at, utc_offset, local_day, "
  "value_a, value_b, value_c, label_a, label_b, note, created_at, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
static const char SQL_UPDATE_READING[] =
  "UPDATE readings SET profile_id = ?2, kind = ?3, taken_at = ?4, utc_offset = ?5, "
  "local_day = ?6, value_a = ?7, value_b = ?8, value_c = ?9, label_a = ?10, "
  "label_b = ?11, note = ?12, updated_at = ?14 "
  "WHERE uuid = ?1 AND deleted_at IS NULL";
static const char SQL_DELETE_READING[] =
  "UPDATE readings SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL";
static const char SQL_UNDELETE_READING[] =
  "UPDATE readings SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL";
static const char SQL_LIST_READINGS[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.profile_id = ?1 AND r.deleted_at IS NULL "
  "AND (?2 IS NULL OR r.kind = ?2) "
  "AND (?3 IS NULL OR r.taken_at >= ?3) "
  "AND (?4 IS NULL OR r.taken_at <= ?4) "
  "ORDER BY r.taken_at DESC, r.id DESC LIMIT ?5";
/* Another live reading of that kind, member and local day (?4: the
 * reading itself, left out). */
static const char SQL_SAME_DAY[] =
  "SELECT count(*) FROM readings WHERE profile_id = ?1 AND kind = ?2 AND local_day = ?3 "
  "AND deleted_at IS NULL AND uuid <> ?4";
/* Likewise for the deleted reading ?1 about to come back. */
static const char SQL_SAME_DAY_AS_DELETED[] =
  "SELECT count(*) FROM readings o JOIN readings r "
  "ON o.profile_id = r.profile_id AND o.kind = r.kind AND o.local_day = r.local_day "
  "WHERE r.id = ?1 AND r.kind = ?2 AND o.id <> r.id AND o.deleted_at IS NULL";
/* The member's reading of a kind nearest in time to ?3 within ?5 µs. */
static const char SQL_NEAREST_READING[] =
  "SELECT value_a, taken_at FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND uuid <> ?4 AND taken_at BETWEEN ?3 - ?5 AND ?3 + ?5 "
  "ORDER BY abs(taken_at - ?3), id DESC LIMIT 1";
/* Daily totals (the largest, should a day have more than one), newest first. */
static const char SQL_RECENT_DAILY[] =
  "SELECT max(value_a) FROM readings WHERE profile_id = ?1 AND kind = ?2 "
  "AND deleted_at IS NULL AND uuid <> ?4 AND local_day <> ?3 "
  "GROUP BY local_day ORDER BY local_day DESC LIMIT ?5";
static const char SQL_LATEST_READING[] =
  "SELECT " READING_COLUMNS " FROM readings r JOIN profiles p ON p.id = r.profile_id "
  "WHERE r.profile_id = ?1 AND r.kind = ?2 AND r.deleted_at IS NULL "
  "ORDER BY r.taken_at DESC, r.id DESC LIMIT 1";

#define AGGREGATE_SQL(period_expr) \
  "SELECT " period_expr " AS period, count(*), " \
  "min(value_a), max(value_a), avg(value_a), min(value_b), max(value_b), avg(value_b) " \
  "FROM readings WHERE profile_id = ?1 AND kind = ?2 AND deleted_at IS NULL " \
  "AND local_day BETWEEN ?3 AND ?4 GROUP BY period ORDER BY period"

static const char SQL_AGGREGATE_DAY[] = AGGREGATE_SQL ("local_day");
/* Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is days since Monday. */
static const char SQL_AGGREGATE_WEEK[] =
  AGGREGATE_SQL ("local_day - (((local_day + 3) % 7) + 7) % 7");
static const char SQL_AGGREGATE_MONTH[] =
  AGGREGATE_SQL ("unixepoch(local_day * 86400, 'unixepoch', 'start of month') / 86400");

/* Errors --------------------------------------------------------------- */

/* Sets @error from an SQLite result code; always returns FALSE. */
static gboolean
set_sqlite_error (HearthStore  *self,
                  int           rc,
                  GError      **error)
{
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                   _("“%s” is not a Hearth database or is damaged"), self->path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes cannot be saved"), self->path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program. Try again in a moment."),
                   self->path);
      break;
    case SQLITE_FULL:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FULL,
                   _("The disk is full, so changes to “%s” cannot be saved"), self->path);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), self->path, detail);
      break;
    default:
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not use “%s”: %s"), self->path, detail);
      break;
    }

  return FALSE;
}

static gboolean
set_not_found_member (GError     **error,
                      const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No member with the ID “%s”"), uuid);
  return FALSE;
}

static gboolean
set_not_found_reading (GError     **error,
                       const char  *uuid)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               _("No reading with the ID “%s”"), uuid);
  return FALSE;
}

static gboolean
set_steps_exist (GError **error)
{
  g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS,
                       _("Steps for that day are already logged; edit that entry instead"));
  return FALSE;
}

/* Statements ----------------------------------------------------------- */

/* Returns a cached statement, owned by the store; release it with
 * g_autoptr(sqlite3_stmt) so it is reset for the next user. */
static sqlite3_stmt *
prepare (HearthStore  *self,
         const char   *sql,
         GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (self->db != NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Steps once: SQLITE_ROW or SQLITE_DONE, or -1 with @error set. */
static int
step (HearthStore   *self,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  set_sqlite_error (self, rc, error);
  return -1;
}

/* Runs a statement to completion, ignoring any rows. */
static gboolean
run (HearthStore   *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc;

  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
    ;

  return rc == SQLITE_DONE;
}

static gboolean
run_sql (HearthStore  *self,
         const char   *sql,
         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);

  return stmt != NULL && run (self, stmt, error);
}

/* Reads a single integer (first column of the first row). */
static gboolean
query_int (HearthStore  *self,
           const char   *sql,
           gint64       *value,
           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;

  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text == NULL || text[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* NAN is stored as NULL. */
static void
bind_double_or_null (sqlite3_stmt *stmt,
                     int           index,
                     double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

/* 0 ("unknown") is stored as NULL. */
static void
bind_uint_or_null (sqlite3_stmt *stmt,
                   int           index,
                   guint         value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

double
_hearth_store_column_double (sqlite3_stmt *stmt,
                             int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, column);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Transactions --------------------------------------------------------- */

static gboolean
begin_write (HearthStore  *self,
             GError      **error)
{
  if (self->read_only)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes cannot be saved"), self->path);
      return FALSE;
    }

  return run_sql (self, SQL_BEGIN, error);
}

static void
rollback (HearthStore *self)
{
  g_autoptr(GError) error = NULL;

  if (sqlite3_get_autocommit (self->db))
    return;  /* SQLite already rolled back */

  if (!run_sql (self, SQL_ROLLBACK, &error))
    g_warning ("Could not roll back a change to %s: %s", self->path, error->message);
}

static gboolean
commit (HearthStore  *self,
        GError      **error)
{
  if (run_sql (self, SQL_COMMIT, error))
    return TRUE;

  rollback (self);
  return FALSE;
}

/* Time ----------------------------------------------------------------- */

static gint64
date_time_to_unix_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

static gint64
now_usec (HearthStore *self)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  return date_time_to_unix_usec (now);
}

/* The instant in a fixed time zone of the stored offset. */
static GDateTime *
date_time_from_stored (gint64 usec,
                       int    utc_offset)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (utc_offset);
  gint64 seconds = usec / G_USEC_PER_SEC;
  gint64 rest = usec % G_USEC_PER_SEC;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;

  if (rest < 0)
    {
      seconds--;
      rest += G_USEC_PER_SEC;
    }

  utc = g_date_time_new_from_unix_utc (seconds);
  if (utc == NULL)
    return NULL;
  exact = g_date_time_add (utc, rest);
  return g_date_time_to_timezone (exact, tz);
}

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
  HearthProfile *profile = hearth_profile_new (column_text (stmt, 1));
  g_auto(GStrv) conditions = split_list (column_text (stmt, 8));
  g_auto(GStrv) medications = split_list (column_text (stmt, 9));
  g_auto(GStrv) allergies = split_list (column_text (stmt, 10));
  HearthSex sex = HEARTH_SEX_UNSET;

  _hearth_profile_set_uuid (profile, column_text (stmt, 0));
  hearth_profile_set_birth (profile,
                            sqlite3_column_int (stmt, 2),
                            sqlite3_column_int (stmt, 3),
                            sqlite3_column_int (stmt, 4));
  /* An identifier from a newer Hearth reads as unset. */
  if (!hearth_sex_from_string (column_text (stmt, 5), &sex))
    sex = HEARTH_SEX_UNSET;
  hearth_profile_set_sex (profile, sex);
  hearth_profile_set_height_cm (profile, sqlite3_column_double (stmt, 6));
  hearth_profile_set_color (profile, column_text (stmt, 7));
  hearth_profile_set_conditions (profile, (const char * const *) conditions);
  hearth_profile_set_medications (profile, (const char * const *) medications);
  hearth_profile_set_allergies (profile, (const char * const *) allergies);
  _hearth_profile_set_stamps (profile,
                              sqlite3_column_int64 (stmt, 11),
                              sqlite3_column_int64 (stmt, 12));

  return profile;
}

/* Binds ?2..?11 (fields) and ?12/?13 (created/updated). */
static void
bind_profile (sqlite3_stmt  *stmt,
              HearthProfile *profile,
              const char    *name,
              gint64         created_at,
              gint64         updated_at)
{
  g_autofree char *conditions = join_list (hearth_profile_get_conditions (profile));
  g_autofree char *medications = join_list (hearth_profile_get_medications (profile));
  g_autofree char *allergies = join_list (hearth_profile_get_allergies (profile));
  double height = hearth_profile_get_height_cm (profile);

  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  bind_uint_or_null (stmt, 3, hearth_profile_get_birth_year (profile));
  bind_uint_or_null (stmt, 4, hearth_profile_get_birth_month (profile));
  bind_uint_or_null (stmt, 5, hearth_profile_get_birth_day (profile));
  bind_text_or_null (stmt, 6, hearth_sex_to_string (hearth_profile_get_sex (profile)));
  bind_double_or_null (stmt, 7, height == 0 ? NAN : height);
  bind_text_or_null (stmt, 8, hearth_profile_get_color (profile));
  bind_text_or_null (stmt, 9, conditions);
  bind_text_or_null (stmt, 10, medications);
  bind_text_or_null (stmt, 11, allergies);
  sqlite3_bind_int64 (stmt, 12, created_at);
  sqlite3_bind_int64 (stmt, 13, updated_at);
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
  g_autoptr(sqlite3_stmt) stmt = prepare (self, SQL_LIVE_PROFILES, error);
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
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
  hearth_profile_set_medications (dst, hearth_profile_get_medications (src));
  hearth_profile_set_allergies (dst, hearth_profile_get_allergies (src));
  _hearth_profile_set_stamps (dst,
                              hearth_profile_get_created_at (src),
                              hearth_profile_get_updated_at (src));
  g_object_thaw_notify (G_OBJECT (dst));
}

/* Reloads the live list. Members that stay keep their HearthProfile object
 * (updated in place, so bindings and selections follow them); the list only
 * emits items-changed when membership or order changed. */
static gboolean
refresh_profiles (HearthStore  *self,
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
static void
emit_profiles_changed (HearthStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!refresh_profiles (self, &error))
    g_warning ("Could not reload the members of %s: %s", self->path, error->message);

  g_signal_emit (self, signals[PROFILES_CHANGED], 0);
}

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
static gint64
lookup_profile_id (HearthStore  *self,
                   const char   *uuid,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, SQL_PROFILE_ID, error);
  int rc;

  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = step (self, stmt, error);
  if (rc < 0)
    return 0;
  if (rc != SQLITE_ROW)
    {
      set_not_found_member (error, uuid);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Readings: rows ------------------------------------------------------- */

/* NULL for a kind this build does not know (added by a newer Hearth). */
static HearthReading *
reading_from_row (sqlite3_stmt *stmt)
{
  HearthReadingKind kind;
  HearthReading *reading;
  g_autoptr(GDateTime) taken_at = NULL;

  if (!hearth_reading_kind_from_string (column_text (stmt, 2), &kind))
    return NULL;

  taken_at = date_time_from_stored (sqlite3_column_int64 (stmt, 3),
                                    sqlite3_column_int (stmt, 4));
  if (taken_at == NULL)
    return NULL;

  reading = _hearth_reading_new (kind);
  _hearth_reading_set_uuid (reading, column_text (stmt, 0));
  hearth_reading_set_profile_uuid (reading, column_text (stmt, 1));
  hearth_reading_set_taken_at (reading, taken_at);
  hearth_reading_set_values (reading,
                             _hearth_store_column_double (stmt, 5),
                             _hearth_store_column_double (stmt, 6),
                             _hearth_store_column_double (stmt, 7));
  _hearth_reading_set_labels (reading, column_text (stmt, 8), column_text (stmt, 9));
  hearth_reading_set_note (reading, column_text (stmt, 10));
  _hearth_reading_set_stamps (reading,
                              sqlite3_column_int64 (stmt, 11),
                              sqlite3_column_int64 (stmt, 12));

  return reading;
}

/* Binds ?2..?12 (fields) and ?13/?14 (created/updated). */
static void
bind_reading (sqlite3_stmt  *stmt,
              HearthReading *reading,
              gint64         profile_id,
              gint64         created_at,
              gint64         updated_at)
{
  GDateTime *taken_at = hearth_reading_get_taken_at (reading);

  sqlite3_bind_int64 (stmt, 2, profile_id);
  sqlite3_bind_text (stmt, 3, hearth_reading_kind_to_string (hearth_reading_get_kind (reading)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, date_time_to_unix_usec (taken_at));
  sqlite3_bind_int64 (stmt, 5, g_date_time_get_utc_offset (taken_at) / G_TIME_SPAN_SECOND);
  sqlite3_bind_int64 (stmt, 6, _hearth_local_day (taken_at));
  sqlite3_bind_double (stmt, 7, hearth_reading_get_value_a (reading));
  bind_double_or_null (stmt, 8, hearth_reading_get_value_b (reading));
  bind_double_or_null (stmt, 9, hearth_reading_get_value_c (reading));
  bind_text_or_null (stmt, 10, hearth_reading_get_label_a (reading));
  bind_text_or_null (stmt, 11, hearth_reading_get_label_b (reading));
  bind_text_or_null (stmt, 12, hearth_reading_get_note (reading));
  sqlite3_bind_int64 (stmt, 13, created_at);
  sqlite3_bind_int64 (stmt, 14, updated_at);
}

/* Opening ---------------------------------------------------------------- */

static gboolean
open_database (HearthStore  *self,
               GError      **error)
{
  gboolean is_uri = g_str_has_prefix (self->path, "file:");
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  gint64 version = 0;
  int rc;

  if (is_uri)
    {
      flags |= SQLITE_OPEN_URI;
    }
  else
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                       _("Could not create the folder “%s”: %s"),
                       dir, g_strerror (saved_errno));
          return FALSE;
        }
    }

  rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      g_clear_pointer (&self->db, sqlite3_close_v2);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, self->busy_timeout);
  self->read_only = sqlite3_db_readonly (self->db, "main") == 1;

  /* Nothing is written before we know the file is ours and not newer. */
  if (!query_int (self, SQL_USER_VERSION, &version, error))
    return FALSE;

  if (version > HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NEWER_SCHEMA,
                   _("“%s” was saved by a newer version of Hearth. Update Hearth to open it."),
                   self->path);
      return FALSE;
    }

  if (version == 0)
    {
      gint64 n_objects = 0;

      if (!query_int (self, SQL_COUNT_SCHEMA, &n_objects, error))
        return FALSE;

      /* Somebody else's database: leave it alone. */
      if (n_objects > 0)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                       _("“%s” is not a Hearth database or is damaged"), self->path);
          return FALSE;
        }
    }

  self->schema_version = (int) version;

  if (self->read_only)
    {
      if (version < HEARTH_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                       _("“%s” is read-only and cannot be updated for this version of Hearth"),
                       self->path);
          return FALSE;
        }
    }
  else
    {
      if (!run_sql (self, SQL_JOURNAL_WAL, error) ||
          !run_sql (self, SQL_SYNCHRONOUS, error))
        return FALSE;
    }

  return run_sql (self, SQL_FOREIGN_KEYS, error);
}

/* Runs every statement of a migration script. */
static gboolean
run_script (HearthStore  *self,
            const char   *script,
            gsize         length,
            GError      **error)
{
  const char *sql = script;
  const char *end = script + length;

  while (sql < end)
    {
      sqlite3_stmt *stmt = NULL;
      const char *tail = NULL;
      int rc;

      rc = sqlite3_prepare_v3 (self->db, sql, (int) (end - sql), 0, &stmt, &tail);
      if (rc != SQLITE_OK)
        return set_sqlite_error (self, rc, error);

      if (stmt == NULL)  /* only whitespace or comments left */
        break;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);

      if (rc != SQLITE_DONE)
        return set_sqlite_error (self, rc, error);

      sql = tail;
    }

  return TRUE;
}

static gboolean
apply_migration (HearthStore  *self,
                 const char   *name,
                 gint64        version,
                 GError      **error)
{
  g_autofree char *resource_path = g_strconcat (MIGRATIONS_PATH, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 current = 0;
  gsize length;
  const char *script;

  bytes = g_resource_lookup_data (hearth_core_get_resource (), resource_path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  script = g_bytes_get_data (bytes, &length);

  if (!begin_write (self, error))
    return FALSE;

  /* Another program may have migrated while we waited for the lock. */
  if (!query_int (self, SQL_USER_VERSION, &current, error))
    goto failed;
  if (current >= version)
    return commit (self, error);

  if (!run_script (self, script, length, &local_error))
    goto failed;

  if (!query_int (self, SQL_USER_VERSION, &current, &local_error))
    goto failed;
  if (current != version)
    {
      g_set_error (&local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   "migration %s did not set user_version to %" G_GINT64_FORMAT,
                   name, version);
      goto failed;
    }

  if (!commit (self, &local_error))
    goto failed;

  g_debug ("Migrated %s to version %" G_GINT64_FORMAT, self->path, version);
  return TRUE;

failed:
  rollback (self);
  if (local_error != NULL)
    {
      /* Keep the code (busy, full…) but say what was being done. */
      g_set_error (error, HEARTH_STORE_ERROR, local_error->code,
                   _("Could not update “%s” for this version of Hearth: %s"),
                   self->path, local_error->message);
    }
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
migrate (HearthStore  *self,
         GError      **error)
{
  g_auto(GStrv) names = NULL;
  gint64 version = self->schema_version;

  if (version >= HEARTH_STORE_SCHEMA_VERSION)
    return TRUE;

  names = g_resource_enumerate_children (hearth_core_get_resource (), MIGRATIONS_PATH,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return FALSE;

  qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  for (guint i = 0; names[i] != NULL; i++)
    {
      char *end = NULL;
      guint64 number = g_ascii_strtoull (names[i], &end, 10);

      if (end == names[i] || *end != '-' || !g_str_has_suffix (names[i], ".sql"))
        continue;
      if ((gint64) number <= version || number > HEARTH_STORE_SCHEMA_VERSION)
        continue;
      if ((gint64) number != version + 1)
        break;

      if (!apply_migration (self, names[i], number, error))
        return FALSE;
      version = number;
    }

  if (version != HEARTH_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   _("Could not update “%s” for this version of Hearth: "
                     "the update to version %d is missing"),
                   self->path, (int) version + 1);
      return FALSE;
    }

  self->schema_version = version;
  return TRUE;
}

/* GObject ---------------------------------------------------------------- */

static void
hearth_store_dispose (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  g_clear_object (&self->clock);
  g_clear_object (&self->profiles);

  G_OBJECT_CLASS (hearth_store_parent_class)->dispose (object);
}

static void
hearth_store_finalize (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (hearth_store_parent_class)->finalize (object);
}

static void
hearth_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HearthStore *self = HEARTH_STORE (object);

  switch (prop_id)
    {
    case PROP_BUSY_TIMEOUT:
      g_value_set_int (value, self->busy_timeout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HearthStore *self = HEARTH_STORE (object);

  switch (prop_id)
    {
    case PROP_BUSY_TIMEOUT:
      if (self->busy_timeout != g_value_get_int (value))
        {
          self->busy_timeout = g_value_get_int (value);
          if (self->db != NULL)
            sqlite3_busy_timeout (self->db, self->busy_timeout);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_store_class_init (HearthStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_store_dispose;
  object_class->finalize = hearth_store_finalize;
  object_class->get_property = hearth_store_get_property;
  object_class->set_property = hearth_store_set_property;

  /* How long (ms) a change waits for another program's lock before BUSY. */
  properties[PROP_BUSY_TIMEOUT] =
    g_param_spec_int ("busy-timeout", NULL, NULL,
                      0, G_MAXINT, DEFAULT_BUSY_TIMEOUT_MS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PROFILES_CHANGED] =
    g_signal_new ("profiles-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[READINGS_CHANGED] =
    g_signal_new ("readings-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hearth_store_init (HearthStore *self)
{
  self->busy_timeout = DEFAULT_BUSY_TIMEOUT_MS;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
  self->profiles = g_list_store_new (HEARTH_TYPE_PROFILE);
}

/* Public API ------------------------------------------------------------- */

char *
hearth_store_default_path (void)
{
  const char *env = g_getenv ("HEARTH_DB");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db", NULL);
}

HearthStore *
hearth_store_open (const char   *path,
                   HearthClock  *clock,
                   GError      **error)
{
  return hearth_store_open_full (path, clock, HEARTH_STORE_OPEN_DEFAULT, error);
}

/* TODO(store split): honour @flags (EXISTING, READ_ONLY). */
HearthStore *
hearth_store_open_full (const char            *path,
                        HearthClock           *clock,
                        HearthStoreOpenFlags   flags,
                        GError               **error)
{
  g_autoptr(HearthStore) self = NULL;

  (void) flags;
  g_return_val_if_fail (path != NULL && path[0] != '\0', NULL);
  g_return_val_if_fail (HEARTH_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HEARTH_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->clock = g_object_ref (clock);

  if (!open_database (self, error) ||
      !migrate (self, error) ||
      !refresh_profiles (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
hearth_store_is_read_only (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return self->read_only;
}

const char *
hearth_store_get_path (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->path;
}

HearthClock *
hearth_store_get_clock (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->clock;
}

int
hearth_store_get_schema_version (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
_hearth_store_cap_size_for_testing (HearthStore  *self,
                                    GError      **error)
{
  int rc;

  g_assert (HEARTH_IS_STORE (self));

  /* SQLite never lowers the cap below the current size, so "1" means
   * "exactly as large as now". A constant: no value is formatted in. */
  rc = sqlite3_exec (self->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_sqlite_error (self, rc, error);

  return TRUE;
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

  stmt = prepare (self, SQL_PROFILE_BY_UUID, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = step (self, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      set_not_found_member (error, uuid);
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

  trimmed = g_strstrip (g_strdup (name));
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
  now = now_usec (self);

  if (!begin_write (self, error))
    return FALSE;

  if (!check_name_free (self, name, NULL, error))
    goto failed;

  stmt = prepare (self, SQL_INSERT_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_profile (stmt, profile, name, now, now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!commit (self, error))
    return FALSE;

  hearth_profile_set_name (profile, name);
  _hearth_profile_set_uuid (profile, uuid);
  _hearth_profile_set_stamps (profile, now, now);
  emit_profiles_changed (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
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
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uuid = hearth_profile_get_uuid (profile);
  if (uuid == NULL)
    return set_not_found_member (error, "");

  name = check_profile (self, profile, error);
  if (name == NULL)
    return FALSE;
  now = now_usec (self);

  if (!begin_write (self, error))
    return FALSE;

  if (!check_name_free (self, name, uuid, error))
    goto failed;

  stmt = prepare (self, SQL_UPDATE_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_profile (stmt, profile, name, hearth_profile_get_created_at (profile), now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (sqlite3_changes (self->db) != 1)
    {
      set_not_found_member (error, uuid);
      goto failed;
    }

  if (!commit (self, error))
    return FALSE;

  hearth_profile_set_name (profile, name);
  _hearth_profile_set_stamps (profile, hearth_profile_get_created_at (profile), now);
  emit_profiles_changed (self);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
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

  now = now_usec (self);
  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, SQL_DELETE_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (sqlite3_changes (self->db) != 1)
    {
      set_not_found_member (error, uuid);
      goto failed;
    }

  if (!commit (self, error))
    return FALSE;

  emit_profiles_changed (self);
  g_signal_emit (self, signals[READINGS_CHANGED], 0, uuid);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
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

  now = now_usec (self);
  if (!begin_write (self, error))
    return FALSE;

  stmt = prepare (self, SQL_PROFILE_STATE, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = step (self, stmt, error);
  if (rc < 0)
    goto failed;
  if (rc != SQLITE_ROW)
    {
      set_not_found_member (error, uuid);
      goto failed;
    }
  name = g_strdup (column_text (stmt, 0));
  deleted = sqlite3_column_int (stmt, 1) != 0;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!deleted)
    {
      rollback (self);
      return TRUE;
    }

  if (!check_name_free (self, name, uuid, error))
    goto failed;

  stmt = prepare (self, SQL_UNDELETE_PROFILE, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!commit (self, error))
    return FALSE;

  emit_profiles_changed (self);
  g_signal_emit (self, signals[READINGS_CHANGED], 0, uuid);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
  return FALSE;
}

/* Readings ------------------------------------------------------------- */

static gboolean
check_reading (HearthStore    *self,
               HearthReading  *reading,
               GError        **error)
{
  g_autoptr(GDateTime) now = hearth_clock_now (self->clock);

  if (!hearth_reading_validate (reading, now, error))
    return FALSE;

  if (hearth_reading_get_profile_uuid (reading) == NULL)
    return set_not_found_member (error, "");

  return TRUE;
}

/* Steps are a day's total: one live entry per member and local day.
 * @uuid is the reading's own (left out of the count). */
static gboolean
check_one_per_day (HearthStore    *self,
                   HearthReading  *reading,
                   gint64          profile_id,
                   const char     *uuid,
                   GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthReadingKind kind = hearth_reading_get_kind (reading);

  if (kind != HEARTH_READING_KIND_STEPS)
    return TRUE;

  stmt = prepare (self, SQL_SAME_DAY, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, hearth_reading_get_local_day (reading));
  sqlite3_bind_text (stmt, 4, uuid, -1, SQLITE_TRANSIENT);
  if (step (self, stmt, error) != SQLITE_ROW)
    return FALSE;

  if (sqlite3_column_int64 (stmt, 0) > 0)
    return set_steps_exist (error);

  return TRUE;
}

/* If @reading already has a uuid (an import), it is kept. */
gboolean
hearth_store_add_reading (HearthStore    *self,
                          HearthReading  *reading,
                          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uuid = NULL;
  const char *profile_uuid;
  gint64 profile_id;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_reading (self, reading, error))
    return FALSE;

  profile_uuid = hearth_reading_get_profile_uuid (reading);
  if (hearth_reading_get_uuid (reading) != NULL && hearth_reading_get_uuid (reading)[0] != '\0')
    uuid = g_strdup (hearth_reading_get_uuid (reading));
  else
    uuid = g_uuid_string_random ();
  now = now_usec (self);

  if (!begin_write (self, error))
    return FALSE;

  profile_id = lookup_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  if (!check_one_per_day (self, reading, profile_id, uuid, error))
    goto failed;

  stmt = prepare (self, SQL_INSERT_READING, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_reading (stmt, reading, profile_id, now, now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!commit (self, error))
    return FALSE;

  _hearth_reading_set_uuid (reading, uuid);
  _hearth_reading_set_stamps (reading, now, now);
  g_signal_emit (self, signals[READINGS_CHANGED], 0, profile_uuid);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
  return FALSE;
}

/* Looks up a reading of a live member: its row id, member and state. */
static gboolean
lookup_reading (HearthStore  *self,
                const char   *uuid,
                gint64       *id,
                char        **profile_uuid,
                gboolean     *deleted,
                GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, SQL_READING_STATE, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return set_not_found_reading (error, uuid);

  *id = sqlite3_column_int64 (stmt, 0);
  *profile_uuid = g_strdup (column_text (stmt, 1));
  *deleted = sqlite3_column_int (stmt, 2) != 0;
  return TRUE;
}

/* May move the reading to another live member (both hear of it). */
gboolean
hearth_store_update_reading (HearthStore    *self,
                             HearthReading  *reading,
                             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_profile_uuid = NULL;
  const char *uuid;
  const char *profile_uuid;
  gboolean deleted = FALSE;
  gint64 profile_id;
  gint64 id;
  gint64 now;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uuid = hearth_reading_get_uuid (reading);
  if (uuid == NULL)
    return set_not_found_reading (error, "");

  if (!check_reading (self, reading, error))
    return FALSE;

  profile_uuid = hearth_reading_get_profile_uuid (reading);
  now = now_usec (self);

  if (!begin_write (self, error))
    return FALSE;

  if (!lookup_reading (self, uuid, &id, &old_profile_uuid, &deleted, error))
    goto failed;
  if (deleted)
    {
      set_not_found_reading (error, uuid);
      goto failed;
    }

  profile_id = lookup_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    goto failed;

  if (!check_one_per_day (self, reading, profile_id, uuid, error))
    goto failed;

  stmt = prepare (self, SQL_UPDATE_READING, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_reading (stmt, reading, profile_id, hearth_reading_get_created_at (reading), now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (sqlite3_changes (self->db) != 1)
    {
      set_not_found_reading (error, uuid);
      goto failed;
    }

  if (!commit (self, error))
    return FALSE;

  _hearth_reading_set_stamps (reading, hearth_reading_get_created_at (reading), now);
  if (g_strcmp0 (old_profile_uuid, profile_uuid) != 0)
    g_signal_emit (self, signals[READINGS_CHANGED], 0, old_profile_uuid);
  g_signal_emit (self, signals[READINGS_CHANGED], 0, profile_uuid);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
  return FALSE;
}

static gboolean
set_reading_deleted (HearthStore  *self,
                     const char   *uuid,
                     gboolean      delete,
                     GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *profile_uuid = NULL;
  gboolean deleted = FALSE;
  gint64 id = 0;
  gint64 now;

  now = now_usec (self);
  if (!begin_write (self, error))
    return FALSE;

  if (!lookup_reading (self, uuid, &id, &profile_uuid, &deleted, error))
    goto failed;

  /* Deleting twice is "not found"; undeleting a live reading is a no-op. */
  if (deleted == delete)
    {
      rollback (self);
      if (delete)
        return set_not_found_reading (error, uuid);
      return TRUE;
    }

  if (!delete)
    {
      stmt = prepare (self, SQL_SAME_DAY_AS_DELETED, error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (HEARTH_READING_KIND_STEPS),
                         -1, SQLITE_STATIC);
      if (step (self, stmt, error) != SQLITE_ROW)
        goto failed;
      if (sqlite3_column_int64 (stmt, 0) > 0)
        {
          set_steps_exist (error);
          goto failed;
        }
      g_clear_pointer (&stmt, _hearth_store_release_statement);
    }

  stmt = prepare (self, delete ? SQL_DELETE_READING : SQL_UNDELETE_READING, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, now);
  if (!run (self, stmt, error))
    goto failed;
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!commit (self, error))
    return FALSE;

  g_signal_emit (self, signals[READINGS_CHANGED], 0, profile_uuid);
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
  return FALSE;
}

gboolean
hearth_store_delete_reading (HearthStore  *self,
                             const char   *uuid,
                             GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_reading_deleted (self, uuid, TRUE, error);
}

gboolean
hearth_store_undelete_reading (HearthStore  *self,
                               const char   *uuid,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_reading_deleted (self, uuid, FALSE, error);
}

HearthReading *
hearth_store_get_reading (HearthStore  *self,
                          const char   *uuid,
                          GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  HearthReading *reading;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self, SQL_READING_BY_UUID, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = step (self, stmt, error);
  if (rc < 0)
    return NULL;

  reading = rc == SQLITE_ROW ? reading_from_row (stmt) : NULL;
  if (reading == NULL)
    set_not_found_reading (error, uuid);

  return reading;
}

/* Plausibility ---------------------------------------------------------- */

#define IMPLAUSIBLE_WEIGHT_KG    10.0
#define IMPLAUSIBLE_WEIGHT_USEC  G_TIME_SPAN_DAY
#define IMPLAUSIBLE_STEPS_FACTOR 10.0
#define USUAL_STEPS_DAYS         30
#define USUAL_STEPS_MIN_DAYS     7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* A weight more than 10 kg away from the nearest one within a day. */
static gboolean
check_weight_plausible (HearthStore    *self,
                        HearthReading  *reading,
                        gint64          profile_id,
                        const char     *uuid,
                        GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, SQL_NEAREST_READING, error);
  g_autofree char *shown = NULL;
  g_autofree char *gap = NULL;
  gint64 taken_at, other_at, minutes;
  double kg = hearth_reading_get_kg (reading);
  double other;
  int rc;

  if (stmt == NULL)
    return FALSE;

  taken_at = date_time_to_unix_usec (hearth_reading_get_taken_at (reading));
  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (HEARTH_READING_KIND_WEIGHT),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, taken_at);
  sqlite3_bind_text (stmt, 4, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, IMPLAUSIBLE_WEIGHT_USEC);

  rc = step (self, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc != SQLITE_ROW)
    return TRUE;

  other = sqlite3_column_double (stmt, 0);
  other_at = sqlite3_column_int64 (stmt, 1);
  if (fabs (kg - other) <= IMPLAUSIBLE_WEIGHT_KG)
    return TRUE;

  shown = hearth_units_format_weight (kg, HEARTH_WEIGHT_UNIT_KG);
  gap = hearth_units_format_weight (fabs (kg - other), HEARTH_WEIGHT_UNIT_KG);
  minutes = (ABS (taken_at - other_at) + G_TIME_SPAN_MINUTE / 2) / G_TIME_SPAN_MINUTE;

  if (minutes == 0)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 /* Translators: "72.4 kg is 11.2 kg away from the weight logged at the same time." */
                 _("%s is %s away from the weight logged at the same time. Is it right?"),
                 shown, gap);
  else if (minutes < 60 && other_at < taken_at)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 /* Translators: "72.4 kg is 11.2 kg away from the weight logged 40 minutes earlier." */
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d minute earlier. Is it right?",
                              "%s is %s away from the weight logged %d minutes earlier. Is it right?",
                              minutes),
                 shown, gap, (int) minutes);
  else if (minutes < 60)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d minute later. Is it right?",
                              "%s is %s away from the weight logged %d minutes later. Is it right?",
                              minutes),
                 shown, gap, (int) minutes);
  else if (other_at < taken_at)
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d hour earlier. Is it right?",
                              "%s is %s away from the weight logged %d hours earlier. Is it right?",
                              (minutes + 30) / 60),
                 shown, gap, (int) ((minutes + 30) / 60));
  else
    g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s is %s away from the weight logged %d hour later. Is it right?",
                              "%s is %s away from the weight logged %d hours later. Is it right?",
                              (minutes + 30) / 60),
                 shown, gap, (int) ((minutes + 30) / 60));

  return FALSE;
}

/* Steps more than 10 times the median of the last 30 daily totals. */
static gboolean
check_steps_plausible (HearthStore    *self,
                       HearthReading  *reading,
                       gint64          profile_id,
                       const char     *uuid,
                       GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, SQL_RECENT_DAILY, error);
  g_autoptr(GArray) totals = NULL;
  double steps = hearth_reading_get_steps (reading);
  double usual;
  guint n;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (HEARTH_READING_KIND_STEPS),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, hearth_reading_get_local_day (reading));
  sqlite3_bind_text (stmt, 4, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, USUAL_STEPS_DAYS);

  totals = g_array_sized_new (FALSE, FALSE, sizeof (double), USUAL_STEPS_DAYS);
  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
    {
      double total = sqlite3_column_double (stmt, 0);

      g_array_append_val (totals, total);
    }
  if (rc < 0)
    return FALSE;

  n = totals->len;
  if (n < USUAL_STEPS_MIN_DAYS)
    return TRUE;

  g_array_sort (totals, compare_doubles);
  if (n % 2 == 1)
    usual = g_array_index (totals, double, n / 2);
  else
    usual = (g_array_index (totals, double, n / 2 - 1) + g_array_index (totals, double, n / 2)) / 2;

  /* A usual of 0 (days without the device) says nothing. */
  if (usual <= 0 || steps <= IMPLAUSIBLE_STEPS_FACTOR * usual)
    return TRUE;

  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_IMPLAUSIBLE,
               /* Translators: "25000 steps is more than 10 times the usual 2000 a
                * day (the median of the last 30 days logged)." */
               g_dngettext (GETTEXT_PACKAGE,
                            "%.0f steps is more than 10 times the usual %.0f a day (the median of the last %u day logged). Is it right?",
                            "%.0f steps is more than 10 times the usual %.0f a day (the median of the last %u days logged). Is it right?",
                            n),
               steps, usual, n);
  return FALSE;
}

gboolean
hearth_store_check_plausible (HearthStore    *self,
                              HearthReading  *reading,
                              GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *profile_uuid;
  const char *uuid;
  gint64 profile_id;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_READING (reading), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Nothing to compare: validation has the last word on these. */
  profile_uuid = hearth_reading_get_profile_uuid (reading);
  if (profile_uuid == NULL || hearth_reading_get_taken_at (reading) == NULL ||
      !isfinite (hearth_reading_get_value_a (reading)))
    return TRUE;

  profile_id = lookup_profile_id (self, profile_uuid, &local_error);
  if (profile_id == 0)
    {
      if (g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* Never an empty string in the table: "" leaves nothing out. */
  uuid = hearth_reading_get_uuid (reading);
  if (uuid == NULL)
    uuid = "";

  switch (hearth_reading_get_kind (reading))
    {
    case HEARTH_READING_KIND_WEIGHT:
      return check_weight_plausible (self, reading, profile_id, uuid, error);
    case HEARTH_READING_KIND_STEPS:
      return check_steps_plausible (self, reading, profile_id, uuid, error);
    case HEARTH_READING_KIND_BLOOD_PRESSURE:
    case HEARTH_READING_KIND_GLUCOSE:
    case HEARTH_READING_KIND_HEART_RATE:
    case HEARTH_READING_KIND_SPO2:
    case HEARTH_READING_KIND_TEMPERATURE:
    case HEARTH_READING_KIND_WAIST:
    case HEARTH_READING_KIND_BODY_FAT:
    case HEARTH_READING_KIND_SLEEP:
    default:
      return TRUE;
    }
}

/* Readings of kinds this build does not know are left out. */
/* Newest first; @limit < 0 means all. */
static GListModel *
list_readings (HearthStore  *self,
               const char   *profile_uuid,
               int           kind,
               GDateTime    *from,
               GDateTime    *to,
               gint64        limit,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gint64 profile_id;
  int rc;

  profile_id = lookup_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = prepare (self, SQL_LIST_READINGS, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  if (kind >= 0)
    sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (kind), -1, SQLITE_STATIC);
  if (from != NULL)
    sqlite3_bind_int64 (stmt, 3, date_time_to_unix_usec (from));
  if (to != NULL)
    sqlite3_bind_int64 (stmt, 4, date_time_to_unix_usec (to));
  sqlite3_bind_int64 (stmt, 5, limit);

  list = g_list_store_new (HEARTH_TYPE_READING);
  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(HearthReading) reading = reading_from_row (stmt);

      if (reading != NULL)
        g_list_store_append (list, reading);
    }
  if (rc < 0)
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
hearth_store_list_readings (HearthStore  *self,
                            const char   *profile_uuid,
                            int           kind,
                            GDateTime    *from,
                            GDateTime    *to,
                            GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_readings (self, profile_uuid, kind, from, to, -1, error);
}

GListModel *
hearth_store_list_recent_readings (HearthStore  *self,
                                   const char   *profile_uuid,
                                   int           kind,
                                   guint         limit,
                                   GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_readings (self, profile_uuid, kind, NULL, NULL, limit, error);
}

HearthReading *
hearth_store_get_latest_reading (HearthStore        *self,
                                 const char         *profile_uuid,
                                 HearthReadingKind   kind,
                                 GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  profile_id = lookup_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = prepare (self, SQL_LATEST_READING, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (kind), -1, SQLITE_STATIC);
  rc = step (self, stmt, error);
  if (rc != SQLITE_ROW)
    return NULL;

  return reading_from_row (stmt);
}

GArray *
hearth_store_aggregate (HearthStore        *self,
                        const char         *profile_uuid,
                        HearthReadingKind   kind,
                        HearthPeriod        period,
                        gint64              from_day,
                        gint64              to_day,
                        GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) result = NULL;
  const char *sql = NULL;
  gint64 profile_id;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (profile_uuid != NULL, NULL);
  g_return_val_if_fail (kind <= HEARTH_READING_KIND_LAST, NULL);
  g_return_val_if_fail (period <= HEARTH_PERIOD_MONTH, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (period)
    {
    case HEARTH_PERIOD_DAY:
      sql = SQL_AGGREGATE_DAY;
      break;
    case HEARTH_PERIOD_WEEK:
      sql = SQL_AGGREGATE_WEEK;
      break;
    case HEARTH_PERIOD_MONTH:
      sql = SQL_AGGREGATE_MONTH;
      break;
    default:
      g_assert_not_reached ();
    }

  profile_id = lookup_profile_id (self, profile_uuid, error);
  if (profile_id == 0)
    return NULL;

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, hearth_reading_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, from_day);
  sqlite3_bind_int64 (stmt, 4, to_day);

  result = g_array_new (FALSE, TRUE, sizeof (HearthAggregate));
  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
    {
      HearthAggregate agg;

      agg.first_day = sqlite3_column_int64 (stmt, 0);
      agg.count = sqlite3_column_int (stmt, 1);
      agg.min_a = _hearth_store_column_double (stmt, 2);
      agg.max_a = _hearth_store_column_double (stmt, 3);
      agg.mean_a = _hearth_store_column_double (stmt, 4);
      agg.min_b = _hearth_store_column_double (stmt, 5);
      agg.max_b = _hearth_store_column_double (stmt, 6);
      agg.mean_b = _hearth_store_column_double (stmt, 7);
      g_array_append_val (result, agg);
    }
  if (rc < 0)
    return NULL;

  return g_steal_pointer (&result);
}

/* Internals for sibling files (hearth-store-private.h) ------------------ */

sqlite3 *
_hearth_store_get_db (HearthStore *self)
{
  g_assert (HEARTH_IS_STORE (self));

  return self->db;
}

sqlite3_stmt *
_hearth_store_prepare (HearthStore  *self,
                       const char   *static_sql,
                       GError      **error)
{
  g_assert (HEARTH_IS_STORE (self));
  g_assert (static_sql != NULL);

  return prepare (self, static_sql, error);
}

int
_hearth_store_step (HearthStore   *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  g_assert (HEARTH_IS_STORE (self));

  return step (self, stmt, error);
}

gint64
_hearth_store_resolve_profile_id (HearthStore  *self,
                                  const char   *profile_uuid,
                                  GError      **error)
{
  g_assert (HEARTH_IS_STORE (self));
  g_assert (profile_uuid != NULL);

  return lookup_profile_id (self, profile_uuid, error);
}

HearthReading *
_hearth_store_reading_from_row (sqlite3_stmt *stmt)
{
  return reading_from_row (stmt);
}

gboolean
_hearth_store_add_readings (HearthStore  *self,
                            GPtrArray    *readings,
                            GError      **error)
{
  g_autoptr(GDateTime) now_dt = NULL;
  g_autoptr(GHashTable) ids = NULL;    /* member uuid -> row id */
  g_autoptr(GPtrArray) uuids = NULL;
  g_autoptr(GPtrArray) members = NULL; /* changed, in first-seen order */
  sqlite3_stmt *stmt = NULL;
  gint64 now;

  g_assert (HEARTH_IS_STORE (self));
  g_assert (readings != NULL);

  if (readings->len == 0)
    return TRUE;

  now_dt = hearth_clock_now (self->clock);
  now = date_time_to_unix_usec (now_dt);

  /* Every reading is checked before anything is written. */
  uuids = g_ptr_array_new_full (readings->len, g_free);
  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);
      const char *uuid = hearth_reading_get_uuid (reading);

      g_assert (HEARTH_IS_READING (reading));

      if (!hearth_reading_validate (reading, now_dt, error))
        return FALSE;
      if (hearth_reading_get_profile_uuid (reading) == NULL)
        return set_not_found_member (error, "");

      g_ptr_array_add (uuids, uuid != NULL && uuid[0] != '\0' ? g_strdup (uuid)
                                                              : g_uuid_string_random ());
    }

  if (!begin_write (self, error))
    return FALSE;

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  members = g_ptr_array_new ();
  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);
      const char *profile_uuid = hearth_reading_get_profile_uuid (reading);
      const char *uuid = g_ptr_array_index (uuids, i);
      gpointer found;
      gint64 profile_id;

      if (g_hash_table_lookup_extended (ids, profile_uuid, NULL, &found))
        {
          profile_id = GPOINTER_TO_SIZE (found);
        }
      else
        {
          profile_id = lookup_profile_id (self, profile_uuid, error);
          if (profile_id == 0)
            goto failed;
          g_hash_table_insert (ids, (gpointer) profile_uuid, GSIZE_TO_POINTER (profile_id));
          g_ptr_array_add (members, (gpointer) profile_uuid);
        }

      if (!check_one_per_day (self, reading, profile_id, uuid, error))
        goto failed;

      if (stmt == NULL && (stmt = prepare (self, SQL_INSERT_READING, error)) == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      bind_reading (stmt, reading, profile_id, now, now);
      if (!run (self, stmt, error))
        goto failed;
      sqlite3_reset (stmt);
    }
  g_clear_pointer (&stmt, _hearth_store_release_statement);

  if (!commit (self, error))
    return FALSE;

  for (guint i = 0; i < readings->len; i++)
    {
      HearthReading *reading = g_ptr_array_index (readings, i);

      _hearth_reading_set_uuid (reading, g_ptr_array_index (uuids, i));
      _hearth_reading_set_stamps (reading, now, now);
    }

  /* Copied: a handler may drop the last reference to a reading. */
  {
    g_auto(GStrv) changed = NULL;

    g_ptr_array_add (members, NULL);
    changed = g_strdupv ((char **) members->pdata);
    for (guint i = 0; changed[i] != NULL; i++)
      g_signal_emit (self, signals[READINGS_CHANGED], 0, changed[i]);
  }
  return TRUE;

failed:
  g_clear_pointer (&stmt, _hearth_store_release_statement);
  rollback (self);
  return FALSE;
}
