/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-test"

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sodium.h>
#include <sqlite3.h>

#include "hearth-core.h"
#include "hearth-backup-private.h"
#include "store-fixture.h"

/* Encrypted backups (hearth-backup.h, docs/backup-format.md): backup →
 * restore equal in every table, undo, every bad file refused with the
 * right error and the journal unchanged, kill -9 during a backup and a
 * restore, and the automatic daily backups. Backups here use Argon2id's
 * minimum limits (they are read from each file's header) except in
 * /hearth/backup/default-limits. */

#define PASSPHRASE "correct horse battery staple"

/* Every table of the journal (sqlite_schema's order), each row as a line in
 * rowid order, and the schema version: equal dumps, equal journals. */
static char *
dump_journal (const char *path)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Read-write, though it only reads: the last connection to close removes
   * the -wal and -shm, so the folder's listing stays as the code left it. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 10);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_string_append_printf (dump, "user_version %d\n", sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\"", (char *) tables->pdata[t]);
      guint n = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      g_string_append_printf (dump, "## %s\n", (char *) tables->pdata[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const unsigned char *text = sqlite3_column_text (stmt, c);

              g_string_append_printf (dump, "%s|", text != NULL ? (const char *) text : "NULL");
            }
          g_string_append_c (dump, '\n');
          n++;
        }
      sqlite3_finalize (stmt);
      g_string_append_printf (dump, "## %u rows\n", n);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* The generated family: 2 members, 60 days of every log. */
static void
fill_family (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
  g_autoptr(HearthGenerated) generated = hearth_generated_new (7, 2, 60, now);

  ASSERT_OK (hearth_generated_store (generated, f->store, &error));
}

static void
backup_setup (Fixture       *f,
              gconstpointer  data)
{
  _HearthBackupLimits limits = { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };

  fixture_setup (f, data);
  _hearth_backup_set_limits (&limits);
  fill_family (f);
}

static void
backup_teardown (Fixture       *f,
                 gconstpointer  data)
{
  _hearth_backup_set_limits (NULL);
  fixture_teardown (f, data);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static void
make_backup (Fixture    *f,
             const char *out)
{
  g_autoptr(GError) error = NULL;

  ASSERT_OK (hearth_backup_create (f->path, out, PASSPHRASE, NULL, NULL, &error));
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

static char *
sorted_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Whether @needle's bytes occur in @haystack. */
static gboolean
contains (const char *haystack,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    {
      if (memcmp (haystack + i, needle, n) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
write_file (const char *path, const void *data, gsize length)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, (gssize) length, &error));
  g_assert_no_error (error);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  return g_bytes_new_take (data, length);
}

/* Restoring @backup over f's journal (closed) fails with @code, and leaves
 * the journal as it was and nothing new in its folder. */
static void
assert_refused (Fixture     *f,
                const char  *backup,
                const char  *passphrase,
                int          code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) journal_before = NULL;
  g_autoptr(GBytes) journal_after = NULL;
  g_autofree char *files_before = NULL;
  g_autofree char *files_after = NULL;

  g_clear_object (&f->store);
  /* Closed, so the file alone is the journal: its bytes must stay. */
  journal_before = read_file (f->path);
  files_before = sorted_dir (f->dir);

  g_assert_false (hearth_backup_verify (backup, passphrase, NULL, NULL, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  g_assert_false (hearth_backup_restore (backup, passphrase, f->path, NULL, NULL, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, code);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  journal_after = read_file (f->path);
  g_assert_true (g_bytes_equal (journal_after, journal_before));
  files_after = sorted_dir (f->dir);
  g_assert_cmpstr (files_after, ==, files_before);
  g_assert_false (hearth_backup_can_undo (f->path));
}

/* Tests ------------------------------------------------------------------ */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) extra = NULL;
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *undo = hearth_backup_undo_path (f->path);
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *files = NULL;
  HearthBackupStats stats;

  original = dump_journal (f->path);
  g_assert_cmpuint (strlen (original), >, 100000);

  ASSERT_OK (hearth_backup_create (f->path, out, PASSPHRASE, &stats, NULL, &error));
  g_assert_cmpuint (file_mode (out), ==, 0600);
  g_assert_cmpint (stats.schema_version, ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (stats.journal_bytes, >, 0);
  g_assert_cmpint (stats.file_bytes, >, stats.journal_bytes);
  /* Made while the store was open; only the backup is new beside it. */
  files = sorted_dir (f->dir);
  g_assert_cmpstr (files, ==, "family.hearthbackup hearth.db hearth.db-shm hearth.db-wal");

  /* Changed afterwards: a member more, one gone. */
  extra = add_member (f, "Zebedee Afterbackup");
  exec_sql (f, "DELETE FROM readings WHERE id IN (SELECT id FROM readings LIMIT 5)");
  changed = dump_journal (f->path);
  g_assert_cmpstr (changed, !=, original);

  ASSERT_OK (hearth_backup_verify (out, PASSPHRASE, NULL, NULL, &error));

  g_clear_object (&f->store);
  ASSERT_OK (hearth_backup_restore (out, PASSPHRASE, f->path, &stats, NULL, &error));
  restored = dump_journal (f->path);
  g_assert_cmpstr (restored, ==, original);
  g_assert_cmpint (stats.schema_version, ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_pointer (&restored, g_free);

  /* The replaced journal kept aside, private. */
  g_assert_true (hearth_backup_can_undo (f->path));
  g_assert_cmpuint (file_mode (undo), ==, 0600);
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
  restored = dump_journal (undo);
  g_assert_cmpstr (restored, ==, changed);
  g_clear_pointer (&restored, g_free);
  g_clear_pointer (&files, g_free);
  files = sorted_dir (f->dir);
  g_assert_cmpstr (files, ==, "family.hearthbackup hearth.db hearth.db.before-restore");

  /* It opens, and the member added after the backup is not there. */
  fixture_open_store (f);
  g_assert_null (hearth_store_find_profile (f->store, "Zebedee Afterbackup", NULL));
  g_clear_object (&f->store);

  /* Undo: the changed journal back. */
  ASSERT_OK (hearth_backup_undo_restore (f->path, &error));
  restored = dump_journal (f->path);
  g_assert_cmpstr (restored, ==, changed);
  g_assert_false (hearth_backup_can_undo (f->path));
  g_assert_false (hearth_backup_undo_restore (f->path, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NO_UNDO);
  g_clear_error (&error);

  /* Onto no journal at all: restored, nothing to undo. */
  {
    g_autofree char *fresh = path_in (f, "fresh/new.db");
    g_autofree char *dumped = NULL;

    ASSERT_OK (hearth_backup_restore (out, PASSPHRASE, fresh, NULL, NULL, &error));
    dumped = dump_journal (fresh);
    g_assert_cmpstr (dumped, ==, original);
    g_assert_false (hearth_backup_can_undo (fresh));
  }
}

/* The backup never holds the journal's text or the passphrase in clear. */
static void
test_sealed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) member = add_member (f, "Quentin Sealedname");
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *contents;

  make_backup (f, out);
  bytes = read_file (out);
  contents = g_bytes_get_data (bytes, &length);
  g_assert_cmpmem (contents, 8, "HEARTHBK", 8);
  g_assert_null (g_strstr_len (contents, length, "SQLite format"));
  g_assert_false (contains (contents, length, "Quentin Sealedname"));
  g_assert_false (contains (contents, length, PASSPHRASE));
  g_assert_false (contains (contents, length, "correct horse"));

  /* Two backups of the same journal differ (a fresh salt and nonce). */
  {
    g_autofree char *again = path_in (f, "again.hearthbackup");
    g_autoptr(GBytes) other = NULL;

    make_backup (f, again);
    other = read_file (again);
    g_assert_false (g_bytes_equal (bytes, other));
    g_assert_cmpuint (g_bytes_get_size (other), ==, length);
  }
  /* A backup replaces an older file at its path only whole. */
  write_file (out, "old", 3);
  make_backup (f, out);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = read_file (out);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, length);
  ASSERT_OK (hearth_backup_verify (out, PASSPHRASE, NULL, NULL, &error));
}

static void
test_default_limits (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autoptr(GBytes) bytes = NULL;
  const guint8 *header;
  guint64 ops, mem;
  HearthBackupStats stats;

  _hearth_backup_set_limits (NULL);
  ASSERT_OK (hearth_backup_create (f->path, out, PASSPHRASE, &stats, NULL, &error));
  bytes = read_file (out);
  header = g_bytes_get_data (bytes, NULL);
  memcpy (&ops, header + 32, 8);
  memcpy (&mem, header + 40, 8);
  g_assert_cmpuint (GUINT64_FROM_LE (ops), ==, crypto_pwhash_OPSLIMIT_MODERATE);
  g_assert_cmpuint (GUINT64_FROM_LE (mem), ==, crypto_pwhash_MEMLIMIT_MODERATE);
  g_assert_cmpint (stats.kdf_usec, >, 0);
  g_test_message ("Argon2id MODERATE: %.0f ms", stats.kdf_usec / 1000.0);
  ASSERT_OK (hearth_backup_verify (out, PASSPHRASE, NULL, NULL, &error));
}

static void
test_passphrase_rules (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = path_in (f, "x.hearthbackup");
  g_autofree char *files = NULL;
  const char *bad[] = { "", "short", "1234567", "tab\there and long", "line\nbreak long", "\xff\xfe invalid utf8" };
  g_autofree char *too_long = g_strnfill (HEARTH_BACKUP_MAX_PASSPHRASE + 1, 'a');

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (hearth_backup_create (f->path, out, bad[i], NULL, NULL, &error));
      g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE);
      g_clear_error (&error);
    }
  g_assert_false (hearth_backup_create (f->path, out, too_long, NULL, NULL, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE);
  g_clear_error (&error);
  /* Eight characters, not bytes. */
  g_assert_true (hearth_backup_check_passphrase ("日本語のパスワ", &error) == FALSE);
  g_clear_error (&error);
  ASSERT_OK (hearth_backup_check_passphrase ("日本語のパスワド", &error));

  files = sorted_dir (f->dir);
  g_assert_cmpstr (files, ==, "hearth.db hearth.db-shm hearth.db-wal");

  /* No folder for the backup: said so, by its name. */
  {
    g_autofree char *nowhere = path_in (f, "nowhere/x.hearthbackup");

    g_assert_false (hearth_backup_create (f->path, nowhere, PASSPHRASE, NULL, NULL, &error));
    g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "folder"));
    g_assert_nonnull (strstr (error->message, "nowhere"));
    g_assert_null (strstr (error->message, ".partial"));
    g_clear_error (&error);
  }

  /* No journal there. */
  {
    g_autofree char *missing = path_in (f, "none.db");

    g_assert_false (hearth_backup_create (missing, out, PASSPHRASE, NULL, NULL, &error));
    g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
}

static void
test_wrong_passphrase (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *out = path_in (f, "family.hearthbackup");

  make_backup (f, out);
  assert_refused (f, out, "correct horse battery stapler", HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE);
  assert_refused (f, out, "", HEARTH_BACKUP_ERROR_WRONG_PASSPHRASE);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *cut = path_in (f, "cut.hearthbackup");
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  gsize length;

  make_backup (f, out);
  bytes = read_file (out);
  contents = g_bytes_get_data (bytes, &length);
  g_assert_cmpuint (length, >, 3 * (_HEARTH_BACKUP_CHUNK + 17) + _HEARTH_BACKUP_HEADER_SIZE);

  {
    const gsize offsets[] = {
      3,                                            /* inside the magic */
      8, 60, _HEARTH_BACKUP_HEADER_SIZE - 1,        /* inside the header */
      _HEARTH_BACKUP_HEADER_SIZE,                   /* the header alone */
      _HEARTH_BACKUP_HEADER_SIZE + 1000,            /* inside the first chunk */
      _HEARTH_BACKUP_HEADER_SIZE + _HEARTH_BACKUP_CHUNK + 17,      /* at a chunk's end */
      _HEARTH_BACKUP_HEADER_SIZE + 2 * (_HEARTH_BACKUP_CHUNK + 17) + 5,
      length / 2,
      length - 17,                                  /* the last chunk's tag gone */
      length - 1,
    };

    for (gsize i = 0; i < G_N_ELEMENTS (offsets); i++)
      {
        g_test_message ("cut at %zu of %zu", offsets[i], length);
        write_file (cut, contents, offsets[i]);
        assert_refused (f, cut, PASSPHRASE, HEARTH_BACKUP_ERROR_TRUNCATED);
      }
  }
}

static void
test_tampered (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *bad = path_in (f, "bad.hearthbackup");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *copy = NULL;
  gsize length;

  make_backup (f, out);
  bytes = read_file (out);
  length = g_bytes_get_size (bytes);
  copy = g_memdup2 (g_bytes_get_data (bytes, NULL), length);

  {
    /* Schema, chunk size, size, limits, salt, stream header, key check,
     * checksum; then the body: first chunk, a middle one, the last byte. */
    const gsize offsets[] = {
      12, 16, 24, 33, 50, 70, 100, 140,
      _HEARTH_BACKUP_HEADER_SIZE, _HEARTH_BACKUP_HEADER_SIZE + 5000,
      _HEARTH_BACKUP_HEADER_SIZE + _HEARTH_BACKUP_CHUNK + 17 + 3, length / 2, length - 1,
    };

    for (gsize i = 0; i < G_N_ELEMENTS (offsets); i++)
      {
        g_test_message ("byte %zu flipped", offsets[i]);
        copy[offsets[i]] ^= 0x20;
        write_file (bad, copy, length);
        copy[offsets[i]] ^= 0x20;
        assert_refused (f, bad, PASSPHRASE, HEARTH_BACKUP_ERROR_TAMPERED);
      }
  }

  /* A byte added at the end. */
  {
    g_autofree char *longer = g_malloc (length + 1);

    memcpy (longer, copy, length);
    longer[length] = 'x';
    write_file (bad, longer, length + 1);
    assert_refused (f, bad, PASSPHRASE, HEARTH_BACKUP_ERROR_TAMPERED);
  }

  /* Two chunks swapped (each authentic alone). */
  {
    gsize a = _HEARTH_BACKUP_HEADER_SIZE + (_HEARTH_BACKUP_CHUNK + 17);
    gsize b = a + (_HEARTH_BACKUP_CHUNK + 17);
    g_autofree char *swapped = g_memdup2 (copy, length);

    memcpy (swapped + a, copy + b, _HEARTH_BACKUP_CHUNK + 17);
    memcpy (swapped + b, copy + a, _HEARTH_BACKUP_CHUNK + 17);
    write_file (bad, swapped, length);
    assert_refused (f, bad, PASSPHRASE, HEARTH_BACKUP_ERROR_TAMPERED);
  }

  /* A newer format version (its header may be laid out otherwise). */
  copy[8] = 2;
  write_file (bad, copy, length);
  assert_refused (f, bad, PASSPHRASE, HEARTH_BACKUP_ERROR_NEWER_FORMAT);
}

static void
test_foreign (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *png = path_in (f, "picture.png");
  g_autofree char *empty = path_in (f, "empty.hearthbackup");
  g_autofree char *text = path_in (f, "notes.hearthbackup");
  g_autofree char *plain_copy = path_in (f, "plain-copy.db");
  g_autofree char *other_db = path_in (f, "other.sqlite");
  g_autofree char *sealed = path_in (f, "sealed-other.hearthbackup");
  g_autofree char *sealed_junk = path_in (f, "sealed-junk.hearthbackup");
  g_autofree char *missing = path_in (f, "missing.hearthbackup");
  static const guint8 png_bytes[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  };
  sqlite3 *db = NULL;

  write_file (png, png_bytes, sizeof png_bytes);
  write_file (empty, "", 0);
  write_file (text, "HEARTH backup notes\n", 20);
  g_assert_cmpint (sqlite3_open (other_db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
                                 " PRAGMA user_version = 3;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  /* The journal itself, not sealed. */
  g_clear_object (&f->store);
  {
    g_autoptr(GBytes) journal = read_file (f->path);

    write_file (plain_copy, g_bytes_get_data (journal, NULL), g_bytes_get_size (journal));
  }
  /* Sealed right, but not a Hearth journal inside. */
  ASSERT_OK (_hearth_backup_seal_file (other_db, 3, sealed, PASSPHRASE, NULL, NULL, &error));
  ASSERT_OK (_hearth_backup_seal_file (png, 5, sealed_junk, PASSPHRASE, NULL, NULL, &error));

  assert_refused (f, png, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  assert_refused (f, empty, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  assert_refused (f, text, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  assert_refused (f, plain_copy, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  assert_refused (f, other_db, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  assert_refused (f, f->dir, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  assert_refused (f, sealed, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_JOURNAL);
  assert_refused (f, sealed_junk, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_JOURNAL);
  assert_refused (f, missing, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_FOUND);

  /* A pipe nobody writes to: refused at once, not waited on. */
  {
    g_autofree char *fifo = path_in (f, "pipe.hearthbackup");

    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    assert_refused (f, fifo, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_BACKUP);
  }
}

/* A copy of the journal, changed by @sql, sealed with @header_schema. */
static void
seal_changed_copy (Fixture    *f,
                   const char *sql,
                   int         header_schema,
                   const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = path_in (f, "crafted.db");
  g_autoptr(GBytes) journal = NULL;
  sqlite3 *db = NULL;

  g_clear_object (&f->store);
  journal = read_file (f->path);
  write_file (copy, g_bytes_get_data (journal, NULL), g_bytes_get_size (journal));
  g_assert_cmpint (sqlite3_open (copy, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  ASSERT_OK (_hearth_backup_seal_file (copy, header_schema, out, PASSPHRASE, NULL, NULL, &error));
  g_unlink (copy);
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *newer = path_in (f, "newer.hearthbackup");
  g_autofree char *lying = path_in (f, "lying.hearthbackup");
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", HEARTH_STORE_SCHEMA_VERSION + 1);

  seal_changed_copy (f, bump, HEARTH_STORE_SCHEMA_VERSION + 1, newer);
  assert_refused (f, newer, PASSPHRASE, HEARTH_BACKUP_ERROR_NEWER_SCHEMA);
  /* The header says current, the journal inside is newer: still refused. */
  seal_changed_copy (f, bump, HEARTH_STORE_SCHEMA_VERSION, lying);
  assert_refused (f, lying, PASSPHRASE, HEARTH_BACKUP_ERROR_NEWER_SCHEMA);
}

static void
test_damaged_journal (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *out = path_in (f, "damaged.hearthbackup");
  g_autofree char *copy = path_in (f, "crafted.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) journal = NULL;
  g_autofree char *bytes = NULL;
  gsize length;

  /* A journal whose pages are garbage past the first: sealed as it is,
   * it passes the stream but not integrity_check. */
  g_clear_object (&f->store);
  journal = read_file (f->path);
  length = g_bytes_get_size (journal);
  bytes = g_memdup2 (g_bytes_get_data (journal, NULL), length);
  for (gsize i = length / 2; i < length / 2 + 20000 && i < length; i++)
    bytes[i] = (char) (i * 7);
  write_file (copy, bytes, length);
  ASSERT_OK (_hearth_backup_seal_file (copy, HEARTH_STORE_SCHEMA_VERSION, out, PASSPHRASE, NULL, NULL, &error));
  g_unlink (copy);
  assert_refused (f, out, PASSPHRASE, HEARTH_BACKUP_ERROR_NOT_JOURNAL);
}

/* A backup of a schema-1 journal is migrated when restored. */
static void
test_older_schema (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *old = path_in (f, "old.db");
  g_autofree char *out = path_in (f, "old.hearthbackup");
  g_autoptr(HearthProfile) ann = NULL;
  sqlite3 *db = NULL;

  sql = g_resources_lookup_data ("/io/github/hearthapp/Hearth/core/migrations/0001-initial.sql",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (old, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, g_bytes_get_data (sql, NULL), NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO profiles (uuid, name, created_at, updated_at) VALUES"
                                 " ('0ld00000-0000-4000-8000-000000000001', 'Old Ann', 1, 2)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  ASSERT_OK (_hearth_backup_seal_file (old, 1, out, PASSPHRASE, NULL, NULL, &error));

  g_clear_object (&f->store);
  ASSERT_OK (hearth_backup_restore (out, PASSPHRASE, f->path, NULL, NULL, &error));
  fixture_open_store (f);
  g_assert_cmpint (hearth_store_get_schema_version (f->store), ==, HEARTH_STORE_SCHEMA_VERSION);
  ann = hearth_store_find_profile (f->store, "Old Ann", &error);
  g_assert_no_error (error);
  g_assert_nonnull (ann);
  g_assert_cmpint (query_int (f, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_clear_object (&f->store);
  {
    g_autofree char *files = sorted_dir (f->dir);

    g_assert_cmpstr (files, ==, "hearth.db hearth.db.before-restore old.db old.hearthbackup");
  }
}

/* Restoring over a journal another connection holds open is refused. */
static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(HearthProfile) extra = NULL;

  make_backup (f, out);
  extra = add_member (f, "Still Here");
  before = dump_journal (f->path);
  g_assert_false (hearth_backup_restore (out, PASSPHRASE, f->path, NULL, NULL, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY);
  g_clear_error (&error);
  after = dump_journal (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (hearth_backup_can_undo (f->path));
  /* The store still works. */
  g_clear_object (&extra);
  extra = add_member (f, "Still Writing");
  g_clear_object (&f->store);

  /* Undo is refused the same way. */
  ASSERT_OK (hearth_backup_restore (out, PASSPHRASE, f->path, NULL, NULL, &error));
  fixture_open_store (f);
  g_assert_false (hearth_backup_undo_restore (f->path, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_true (hearth_backup_can_undo (f->path));
}

/* OUT.partial left by a run that died goes; one a living run writes is BUSY. */
static void
test_partial (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *partial = g_strconcat (out, ".partial", NULL);
  g_autofree char *files = NULL;
  int fd;

  write_file (partial, "half a backup", 13);
  make_backup (f, out);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  ASSERT_OK (hearth_backup_verify (out, PASSPHRASE, NULL, NULL, &error));

  write_file (partial, "being written", 13);
  fd = open (partial, O_RDONLY);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  g_assert_false (hearth_backup_create (f->path, out, PASSPHRASE, NULL, NULL, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_true (g_file_test (partial, G_FILE_TEST_EXISTS));
  close (fd);
  g_unlink (partial);

  /* A snapshot or restore file a dead run left beside the journal goes too. */
  {
    g_autofree char *snap = path_in (f, "hearth.db.snapshot-AbC123");
    g_autofree char *rest = path_in (f, "hearth.db.restore-XyZ789");

    write_file (snap, "plain journal", 13);
    write_file (rest, "plain journal", 13);
    make_backup (f, out);
    g_assert_false (g_file_test (snap, G_FILE_TEST_EXISTS));
    g_clear_object (&f->store);
    ASSERT_OK (hearth_backup_restore (out, PASSPHRASE, f->path, NULL, NULL, &error));
    g_assert_false (g_file_test (rest, G_FILE_TEST_EXISTS));
  }
  files = sorted_dir (f->dir);
  g_assert_cmpstr (files, ==, "family.hearthbackup hearth.db hearth.db.before-restore");
}

/* Backups and restores killed with SIGKILL at random moments: never a
 * complete-looking backup that is not one, never a damaged journal. */
static void
run_killed (Fixture    *f,
            gboolean    restore)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = path_in (f, "killed.hearthbackup");
  g_autofree char *source = path_in (f, "source.hearthbackup");
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(HearthProfile) extra = NULL;
  gint64 start, duration;
  guint mid = 0;

  /* How long one takes, to spread the kills over it. */
  make_backup (f, source);
  extra = add_member (f, "Changed After");
  g_clear_object (&f->store);
  changed = dump_journal (f->path);
  start = g_get_monotonic_time ();
  if (restore)
    {
      ASSERT_OK (hearth_backup_restore (source, PASSPHRASE, f->path, NULL, NULL, &error));
      original = dump_journal (f->path);
      ASSERT_OK (hearth_backup_undo_restore (f->path, &error));
    }
  else
    make_backup (f, out);
  duration = MAX (g_get_monotonic_time () - start, 1000);
  g_unlink (out);

  for (guint trial = 0; trial < 16; trial++)
    {
      gint64 delay = g_random_int_range (0, (gint32) MIN (duration + duration / 4, G_MAXINT32));
      g_autofree char *after = NULL;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          gboolean ok = restore
            ? hearth_backup_restore (source, PASSPHRASE, f->path, NULL, NULL, NULL)
            : hearth_backup_create (f->path, out, PASSPHRASE, NULL, NULL, NULL);
          _exit (ok ? 0 : 3);
        }
      g_usleep ((gulong) delay);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status))
        mid++;
      else
        g_assert_cmpint (WEXITSTATUS (status), ==, 0);

      /* The journal: one of the two, whole, and it opens. */
      after = dump_journal (f->path);
      if (restore)
        g_assert_true (g_str_equal (after, changed) || g_str_equal (after, original));
      else
        g_assert_cmpstr (after, ==, changed);
      fixture_open_store (f);
      g_assert_cmpint (query_int (f, "SELECT count(*) FROM profiles"), >, 0);
      g_clear_object (&f->store);
      {
        sqlite3 *db = NULL;
        sqlite3_stmt *stmt = NULL;

        g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
        sqlite3_finalize (stmt);
        sqlite3_close (db);
      }

      /* A backup there is a whole one; the rest is named .partial. */
      if (!restore && g_file_test (out, G_FILE_TEST_EXISTS))
        {
          ASSERT_OK (hearth_backup_verify (out, PASSPHRASE, NULL, NULL, &error));
          g_unlink (out);
        }
      if (restore && hearth_backup_can_undo (f->path) && g_str_equal (after, original))
        {
          ASSERT_OK (hearth_backup_undo_restore (f->path, &error));
          g_free (after);
          after = dump_journal (f->path);
          g_assert_cmpstr (after, ==, changed);
        }
    }
  g_test_message ("%u of 16 killed mid-way", mid);

  /* The next run cleans up and works. */
  if (restore)
    {
      g_autofree char *after = NULL;

      ASSERT_OK (hearth_backup_restore (source, PASSPHRASE, f->path, NULL, NULL, &error));
      after = dump_journal (f->path);
      g_assert_cmpstr (after, ==, original);
    }
  else
    make_backup (f, out);
  {
    g_autofree char *files = sorted_dir (f->dir);

    g_assert_null (strstr (files, ".partial"));
    g_assert_null (strstr (files, ".snapshot-"));
    g_assert_null (strstr (files, ".restore-"));
  }
}

static void
test_kill_backup (Fixture       *f,
                  gconstpointer  data)
{
  run_killed (f, FALSE);
}

static void
test_kill_restore (Fixture       *f,
                   gconstpointer  data)
{
  run_killed (f, TRUE);
}

/* In a child whose files may not grow past @limit bytes (as a full disk
 * would refuse them): the error code of a backup to @out, or of a restore of
 * @backup when @backup is given; 100 + code, 0 for success. */
static int
run_limited (Fixture    *f,
             gint64      limit,
             const char *out,
             const char *backup)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      struct rlimit rl = { (rlim_t) limit, (rlim_t) limit };
      gboolean ok;

      signal (SIGXFSZ, SIG_IGN);
      if (setrlimit (RLIMIT_FSIZE, &rl) != 0)
        _exit (99);
      ok = backup != NULL ? hearth_backup_restore (backup, PASSPHRASE, f->path, NULL, NULL, &error)
                          : hearth_backup_create (f->path, out, PASSPHRASE, NULL, NULL, &error);
      if (!ok && error->domain != HEARTH_BACKUP_ERROR)
        _exit (98);
      _exit (ok ? 0 : 100 + error->code);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* No room to write (a full disk; here a file size limit): FULL, and
 * nothing left behind or changed. */
static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *good = path_in (f, "good.hearthbackup");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;
  HearthBackupStats stats;

  ASSERT_OK (hearth_backup_create (f->path, good, PASSPHRASE, &stats, NULL, &error));
  g_clear_object (&f->store);
  before = dump_journal (f->path);
  files = sorted_dir (f->dir);

  /* The snapshot does not fit; then the sealed file (a little larger) does not. */
  g_assert_cmpint (run_limited (f, 64 * 1024, out, NULL), ==, 100 + HEARTH_BACKUP_ERROR_FULL);
  g_assert_cmpint (run_limited (f, stats.journal_bytes + 100, out, NULL), ==, 100 + HEARTH_BACKUP_ERROR_FULL);
  /* The restored journal does not fit beside the current one. */
  g_assert_cmpint (run_limited (f, 64 * 1024, NULL, good), ==, 100 + HEARTH_BACKUP_ERROR_FULL);

  after = dump_journal (f->path);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  after = sorted_dir (f->dir);
  g_assert_cmpstr (after, ==, files);
  g_assert_false (hearth_backup_can_undo (f->path));
}

/* A backup never replaces the journal it is made of (or its -wal). */
static void
test_over_journal (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *dotted = g_build_filename (f->dir, ".", "hearth.db", NULL);
  g_autofree char *link_path = path_in (f, "link.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *targets[] = { f->path, wal, dotted, link_path };

  g_assert_cmpint (symlink (f->path, link_path), ==, 0);
  before = dump_journal (f->path);
  for (gsize i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_test_message ("backup to %s", targets[i]);
      g_assert_false (hearth_backup_create (f->path, targets[i], PASSPHRASE, NULL, NULL, &error));
      g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_FAILED);
      g_clear_error (&error);
    }
  after = dump_journal (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
}

/* A cancelled backup or restore stops with CANCELLED and leaves nothing. */
static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *out = path_in (f, "family.hearthbackup");
  g_autofree char *good = path_in (f, "good.hearthbackup");
  g_autofree char *files = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) journal = NULL;

  make_backup (f, good);
  g_clear_object (&f->store);
  before = read_file (f->path);
  files = sorted_dir (f->dir);
  g_cancellable_cancel (cancellable);

  g_assert_false (hearth_backup_create (f->path, out, PASSPHRASE, NULL, cancellable, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (hearth_backup_verify (good, PASSPHRASE, NULL, cancellable, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (hearth_backup_restore (good, PASSPHRASE, f->path, NULL, cancellable, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_CANCELLED);
  g_clear_error (&error);

  journal = read_file (f->path);
  g_assert_true (g_bytes_equal (journal, before));
  after = sorted_dir (f->dir);
  g_assert_cmpstr (after, ==, files);
}

/* Ten days of automatic backups keeping seven; twice in a day makes one. */
static void
test_auto (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 25, 21, 30, 0);
  g_autoptr(HearthClock) clock = hearth_clock_new_fixed (start);
  g_autofree char *folder = path_in (f, "backups");
  g_autofree char *other = NULL;
  g_autofree char *not_ours = NULL;
  g_autofree char *files = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  other = g_build_filename (folder, "notes.txt", NULL);
  write_file (other, "mine", 4);
  not_ours = g_build_filename (folder, "hearth-2000-01-01.hearthbackup.old", NULL);
  write_file (not_ours, "mine", 4);

  name = hearth_backup_auto_name (clock);
  g_assert_cmpstr (name, ==, "hearth-2026-11-25.hearthbackup");

  for (int day = 0; day < 10; day++)
    {
      g_autofree char *made = NULL;
      guint removed = 99;

      ASSERT_OK (hearth_backup_auto (f->path, folder, 7, PASSPHRASE, clock, &made, &removed, NULL, &error));
      g_assert_nonnull (made);
      g_assert_true (g_str_has_suffix (made, ".hearthbackup"));
      g_assert_cmpuint (file_mode (made), ==, 0600);
      g_assert_cmpuint (removed, ==, day >= 7 ? 1 : 0);
      g_clear_pointer (&made, g_free);

      /* Again the same day (later on): nothing new. */
      hearth_clock_advance (clock, G_TIME_SPAN_HOUR);
      ASSERT_OK (hearth_backup_auto (f->path, folder, 7, PASSPHRASE, clock, &made, &removed, NULL, &error));
      g_assert_null (made);
      g_assert_cmpuint (removed, ==, 0);
      hearth_clock_advance (clock, 23 * G_TIME_SPAN_HOUR);
    }

  files = sorted_dir (folder);
  g_assert_cmpstr (files, ==,
                   "hearth-2000-01-01.hearthbackup.old "
                   "hearth-2026-11-28.hearthbackup hearth-2026-11-29.hearthbackup "
                   "hearth-2026-11-30.hearthbackup hearth-2026-12-01.hearthbackup "
                   "hearth-2026-12-02.hearthbackup hearth-2026-12-03.hearthbackup "
                   "hearth-2026-12-04.hearthbackup notes.txt");

  /* Keeping fewer removes more; each left restores. */
  {
    g_autofree char *made = NULL;
    g_autofree char *newest = g_build_filename (folder, "hearth-2026-12-04.hearthbackup", NULL);
    guint removed = 0;

    hearth_clock_advance (clock, -G_TIME_SPAN_DAY);
    ASSERT_OK (hearth_backup_auto (f->path, folder, 2, PASSPHRASE, clock, &made, &removed, NULL, &error));
    g_assert_null (made);
    g_assert_cmpuint (removed, ==, 5);
    ASSERT_OK (hearth_backup_verify (newest, PASSPHRASE, NULL, NULL, &error));
  }
  g_clear_pointer (&files, g_free);
  files = sorted_dir (folder);
  g_assert_cmpstr (files, ==,
                   "hearth-2000-01-01.hearthbackup.old hearth-2026-12-03.hearthbackup "
                   "hearth-2026-12-04.hearthbackup notes.txt");

  /* A bad passphrase makes nothing and removes nothing. */
  hearth_clock_advance (clock, 5 * G_TIME_SPAN_DAY);
  g_assert_false (hearth_backup_auto (f->path, folder, 1, "short", clock, NULL, NULL, NULL, &error));
  g_assert_error (error, HEARTH_BACKUP_ERROR, HEARTH_BACKUP_ERROR_PASSPHRASE);
  g_clear_pointer (&files, g_free);
  files = sorted_dir (folder);
  g_assert_cmpstr (files, ==,
                   "hearth-2000-01-01.hearthbackup.old hearth-2026-12-03.hearthbackup "
                   "hearth-2026-12-04.hearthbackup notes.txt");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, backup_setup, func, backup_teardown)
  ADD ("/hearth/backup/round-trip", test_round_trip);
  ADD ("/hearth/backup/sealed", test_sealed);
  ADD ("/hearth/backup/default-limits", test_default_limits);
  ADD ("/hearth/backup/passphrase-rules", test_passphrase_rules);
  ADD ("/hearth/backup/wrong-passphrase", test_wrong_passphrase);
  ADD ("/hearth/backup/truncated", test_truncated);
  ADD ("/hearth/backup/tampered", test_tampered);
  ADD ("/hearth/backup/foreign", test_foreign);
  ADD ("/hearth/backup/newer-schema", test_newer_schema);
  ADD ("/hearth/backup/older-schema", test_older_schema);
  ADD ("/hearth/backup/damaged-journal", test_damaged_journal);
  ADD ("/hearth/backup/busy", test_busy);
  ADD ("/hearth/backup/partial", test_partial);
  ADD ("/hearth/backup/full", test_full);
  ADD ("/hearth/backup/cancelled", test_cancelled);
  ADD ("/hearth/backup/over-journal", test_over_journal);
  ADD ("/hearth/backup/kill-backup", test_kill_backup);
  ADD ("/hearth/backup/kill-restore", test_kill_restore);
  ADD ("/hearth/backup/auto", test_auto);
#undef ADD

  return g_test_run ();
}
