/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hearth-types.h"
#include "hearth-clock.h"
#include "hearth-profile.h"
#include "hearth-reading.h"

G_BEGIN_DECLS

#define HEARTH_STORE_ERROR (hearth_store_error_quark ())

typedef enum
{
  HEARTH_STORE_ERROR_FAILED,
  HEARTH_STORE_ERROR_NEWER_SCHEMA,  /* written by a newer Hearth: refused, untouched */
  HEARTH_STORE_ERROR_CORRUPT,       /* not a database, or damaged */
  HEARTH_STORE_ERROR_READ_ONLY,
  HEARTH_STORE_ERROR_BUSY,          /* locked by another program */
  HEARTH_STORE_ERROR_FULL,          /* disk full */
  HEARTH_STORE_ERROR_NOT_FOUND,
  HEARTH_STORE_ERROR_EXISTS,        /* e.g. a profile name already in use */
  HEARTH_STORE_ERROR_IMPLAUSIBLE,   /* hearth_store_check_plausible(): ask for a second look */
} HearthStoreError;

GQuark hearth_store_error_quark (void);

#define HEARTH_TYPE_STORE (hearth_store_get_type ())

G_DECLARE_FINAL_TYPE (HearthStore, hearth_store, HEARTH, STORE, GObject)

/* Schema version this build writes (PRAGMA user_version). */
#define HEARTH_STORE_SCHEMA_VERSION 12

/* $HEARTH_DB if set, else $XDG_DATA_HOME/hearth/hearth.db. Newly allocated. */
char          *hearth_store_default_path   (void);

/* Opens (creating the file and its folder if needed) and migrates.
 * Errors use HEARTH_STORE_ERROR with a message fit to show a person.
 * The same as hearth_store_open_full() with HEARTH_STORE_OPEN_DEFAULT. */
HearthStore   *hearth_store_open           (const char   *path,
                                            HearthClock  *clock,
                                            GError      **error);

typedef enum {
  HEARTH_STORE_OPEN_DEFAULT   = 0,
  HEARTH_STORE_OPEN_EXISTING  = 1 << 0,  /* never create the file or its folders */
  HEARTH_STORE_OPEN_READ_ONLY = 1 << 1,  /* never write; implies EXISTING */
} HearthStoreOpenFlags;

/* hearth_store_open() with @flags. A journal that cannot be written (read-only file or folder)
 * opens read-only: hearth_store_is_read_only() says so, every write fails with
 * HEARTH_STORE_ERROR_READ_ONLY, and no -wal/-shm file is created. With EXISTING (or
 * READ_ONLY) a missing journal is HEARTH_STORE_ERROR_NOT_FOUND and nothing is created.
 * @path must be a file's path: "", ":memory:", "file:" URIs and anything that is not a
 * regular file (/dev/null, a folder) are refused with HEARTH_STORE_ERROR_FAILED. */
HearthStore   *hearth_store_open_full      (const char            *path,
                                            HearthClock           *clock,
                                            HearthStoreOpenFlags   flags,
                                            GError               **error);
gboolean       hearth_store_is_read_only   (HearthStore  *self);
const char    *hearth_store_get_path       (HearthStore  *self);
HearthClock   *hearth_store_get_clock      (HearthStore  *self);
int            hearth_store_get_schema_version (HearthStore *self);

/* Several changes as one: @func runs inside one write transaction, and
 * every change it makes through this API joins it. All or nothing: when
 * @func returns FALSE (with @error set) or the commit fails, nothing it
 * wrote is kept and no signal is emitted; after the commit each signal
 * is emitted once. A change @func makes that fails on its own is undone
 * alone (a savepoint), so @func may go on. For imports, restores, merges,
 * "hearth-cli generate". Objects passed to the API inside keep the uuids
 * and stamps they were given even if the whole is rolled back. */
typedef gboolean (*HearthStoreWriteFunc) (HearthStore  *store,
                                          gpointer      user_data,
                                          GError      **error);

gboolean       hearth_store_write          (HearthStore           *self,
                                            HearthStoreWriteFunc   func,
                                            gpointer               user_data,
                                            GError               **error);

/* Another connection changed the journal (a worker thread's import, a
 * restore): re-reads the members and emits "profiles-changed", then
 * "readings-changed" for every member (hearth-store-reload.c). Not inside
 * a write or read. */
gboolean       hearth_store_reload         (HearthStore           *self,
                                            GError               **error);

/* Profiles ------------------------------------------------------------ */

/* A live GListModel of HearthProfile (not deleted), sorted by name
 * (collated), owned by the store and updated on every change. */
GListModel    *hearth_store_get_profiles       (HearthStore   *self);
/* New references; NULL with NOT_FOUND error when absent or deleted. */
HearthProfile *hearth_store_get_profile        (HearthStore   *self,
                                                const char    *uuid,
                                                GError       **error);
HearthProfile *hearth_store_find_profile       (HearthStore   *self,
                                                const char    *name,
                                                GError       **error);
/* Validates, assigns uuid and timestamps (written back into @profile). */
gboolean       hearth_store_add_profile        (HearthStore   *self,
                                                HearthProfile *profile,
                                                GError       **error);
gboolean       hearth_store_update_profile     (HearthStore   *self,
                                                HearthProfile *profile,
                                                GError       **error);
/* Soft delete; the member's readings stay and come back with undo. */
gboolean       hearth_store_delete_profile     (HearthStore   *self,
                                                const char    *uuid,
                                                GError       **error);
gboolean       hearth_store_undelete_profile   (HearthStore   *self,
                                                const char    *uuid,
                                                GError       **error);

/* Readings ------------------------------------------------------------ */

/* @reading's profile uuid must name a live profile. Validates against the
 * store's clock; assigns uuid and timestamps. A second live steps entry
 * for the same member and local day is refused with EXISTS (also when an
 * update or undelete would make one). */
gboolean       hearth_store_add_reading        (HearthStore   *self,
                                                HearthReading *reading,
                                                GError       **error);
/* hearth_store_add_reading() after hearth_store_check_plausible(), both in
 * one write transaction (no other writer between the check and the
 * insert): FALSE with HEARTH_STORE_ERROR_IMPLAUSIBLE and nothing stored
 * when the entry deserves a second look. Callers that ask the person
 * first use this; "confirmed" entries use hearth_store_add_reading(). */
gboolean       hearth_store_add_reading_checked (HearthStore  *self,
                                                 HearthReading *reading,
                                                 GError       **error);
gboolean       hearth_store_update_reading     (HearthStore   *self,
                                                HearthReading *reading,
                                                GError       **error);
/* Likewise for an edit: the check leaves the reading itself out. */
gboolean       hearth_store_update_reading_checked (HearthStore   *self,
                                                    HearthReading *reading,
                                                    GError       **error);
gboolean       hearth_store_delete_reading     (HearthStore   *self,
                                                const char    *uuid,
                                                GError       **error);
gboolean       hearth_store_undelete_reading   (HearthStore   *self,
                                                const char    *uuid,
                                                GError       **error);
HearthReading *hearth_store_get_reading        (HearthStore   *self,
                                                const char    *uuid,
                                                GError       **error);
/* Like hearth_store_list_recent_readings(), the newest @limit taken at or
 * before @to (the history's "jump to a date"). Read-only. */
GListModel    *hearth_store_list_readings_before (HearthStore  *self,
                                                  const char   *profile_uuid,
                                                  int           kind,
                                                  GDateTime    *to,
                                                  guint         limit,
                                                  GError      **error);
/* The member's live reading added last (what an undo of "add" takes
 * back), or NULL (no error) when they have none. Read-only. */
HearthReading *hearth_store_get_last_added_reading (HearthStore  *self,
                                                    const char   *profile_uuid,
                                                    GError      **error);
/* How many live readings the member has; -1 on error. Read-only. */
gint64         hearth_store_count_readings     (HearthStore   *self,
                                                const char    *profile_uuid,
                                                GError       **error);

/* Flags an entry worth a second look before it is stored (PRODUCT.md):
 * FALSE with HEARTH_STORE_ERROR_IMPLAUSIBLE and a question fit to show
 * when
 *   - a weight differs by more than 10 kg from the member's weight nearest
 *     in time within 24 h before or after it;
 *   - steps are more than 10 times the member's usual: the median of the
 *     most recent 30 daily totals other than that day, given at least 7
 *     (and a median above 0).
 * Does not store anything: a caller asks the person, then adds. The
 * reading itself (same uuid) is left out, so an edit can be checked.
 * TRUE for other kinds, and for values validation will refuse anyway;
 * FALSE with another code if the database cannot be read. */
gboolean       hearth_store_check_plausible    (HearthStore   *self,
                                                HearthReading *reading,
                                                GError       **error);

/* A snapshot GListModel of HearthReading, newest first. @kind < 0 means
 * every kind; @from/@to (inclusive, either may be NULL) bound taken-at. */
GListModel    *hearth_store_list_readings      (HearthStore   *self,
                                                const char    *profile_uuid,
                                                int            kind,
                                                GDateTime     *from,
                                                GDateTime     *to,
                                                GError       **error);
/* The @limit newest live readings (all kinds when @kind < 0), newest
 * first: what a history shows without loading years of readings. */
GListModel    *hearth_store_list_recent_readings (HearthStore *self,
                                                  const char  *profile_uuid,
                                                  int          kind,
                                                  guint        limit,
                                                  GError     **error);
/* Newest live reading of that kind, or NULL (no error) when there is none. */
HearthReading *hearth_store_get_latest_reading (HearthStore   *self,
                                                const char    *profile_uuid,
                                                HearthReadingKind kind,
                                                GError       **error);

typedef struct
{
  gint64 first_day;   /* local day number (days since 1970-01-01) the period starts */
  guint  count;
  double min_a, max_a, mean_a;
  double min_b, max_b, mean_b;  /* NAN when the kind has no b or none set */
} HearthAggregate;

/* GArray of HearthAggregate in ascending order, one per period that has
 * readings, over local days [from_day, to_day]. */
GArray        *hearth_store_aggregate          (HearthStore   *self,
                                                const char    *profile_uuid,
                                                HearthReadingKind kind,
                                                HearthPeriod   period,
                                                gint64         from_day,
                                                gint64         to_day,
                                                GError       **error);

/* Signals:
 *   "profiles-changed" ()
 *   "readings-changed" (const char *profile_uuid)
 */

G_END_DECLS
