/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* The fixture and helpers shared by test-store.c and test-store-access.c:
 * a fixed clock and a fresh journal in a temporary folder. */

/* Checks the error first so a failure shows its message. */
#define ASSERT_OK(expr) \
  G_STMT_START { \
    gboolean ok_ = (expr); \
    g_assert_no_error (error); \
    g_assert_true (ok_); \
  } G_STMT_END

typedef struct
{
  char        *dir;
  char        *path;
  HearthClock *clock;
  HearthStore *store;
  guint        profiles_changed;
  guint        readings_changed;
  char        *last_readings_uuid;
} Fixture;

/* Removes @path and everything under it. */
void remove_tree (const char *path);
void on_items_changed_cb (GListModel *model, guint position, guint removed, guint added, guint *count);
void fixture_open_store (Fixture *f);
void fixture_setup_at (Fixture *f, GDateTime *now);
void fixture_setup (Fixture *f, gconstpointer data);
void fixture_teardown (Fixture *f, gconstpointer data);
void fixture_reopen (Fixture *f);
HearthProfile *add_member (Fixture *f, const char *name);
GDateTime *utc (int y, int mo, int d, int h, int mi);
gint64 day_of (int y, int mo, int d);
char *add_weight (Fixture *f, const char *profile_uuid, GDateTime *taken_at, double kg, double body_fat);
char *add_bp (Fixture *f, const char *profile_uuid, GDateTime *taken_at, double systolic, double diastolic);
/* Straight from the file through a connection of its own. */
gint64 query_int (Fixture *f, const char *sql);
void exec_sql (Fixture *f, const char *sql);
GListModel *list_all (Fixture *f, const char *profile_uuid, int kind, GDateTime *from, GDateTime *to);
gboolean read_bytes (const char *path, char **contents, gsize *length);

G_END_DECLS
