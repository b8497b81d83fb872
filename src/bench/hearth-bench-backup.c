/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-bench"

#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "hearth-bench-private.h"

/* (g) Issue 10's data: export, import, backup and restore of the ten-year
 * family, as MB/s of what they read or write:
 *   - export: the JSON file written (hearth_export_to_file(), every member);
 *   - import: that JSON file merged into an empty journal;
 *   - backup: the journal's bytes, snapshot (SQLite's backup API) and
 *     sealing (XChaCha20-Poly1305 with the file written and synced), after
 *     the key derivation, which is reported apart (Argon2id, MODERATE);
 *   - restore: the journal's bytes, decryption, the checks
 *     (integrity_check) and the move into place, after the key derivation. */

#define BACKUP_PASSPHRASE "bench passphrase, not a secret"

static double
file_mb (const char *path)
{
  struct stat st;

  if (g_stat (path, &st) != 0)
    return 0;
  return st.st_size / 1e6;
}

static void
remove_journal (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", ".before-restore" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

void
bench_backup (Report      *r,
              HearthStore *store,
              HearthClock *clock,
              const char  *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_build_filename (dir, "export.json", NULL);
  g_autofree char *imported = g_build_filename (dir, "imported.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "family.hearthbackup", NULL);
  g_autofree char *restored = g_build_filename (dir, "restored.db", NULL);
  const char *journal = hearth_store_get_path (store);
  HearthBackupStats stats;
  double mb, ms;
  gint64 start;

  /* Export. */
  start = g_get_monotonic_time ();
  if (!hearth_export_to_file (store, NULL, HEARTH_EXPORT_NONE, json, &error))
    die ("export", error);
  ms = ms_since (start);
  mb = file_mb (json);
  report (r, "export_mb", mb, "MB");
  report (r, "export_ms", ms, "ms");
  report (r, "export_rate", mb / (ms / 1000.0), "MB/s");

  /* Import into an empty journal. */
  {
    g_autoptr(HearthStore) other = hearth_store_open (imported, clock, &error);
    HearthImportCounts counts;

    if (other == NULL)
      die (imported, error);
    start = g_get_monotonic_time ();
    if (!hearth_import_file (other, json, &counts, &error))
      die ("import", error);
    ms = ms_since (start);
    report (r, "import_ms", ms, "ms");
    report (r, "import_rate", mb / (ms / 1000.0), "MB/s");
  }
  remove_journal (imported);
  g_unlink (json);

  /* Backup: the store stays open, as in the app. */
  if (!hearth_backup_create (journal, backup, BACKUP_PASSPHRASE, &stats, NULL, &error))
    die ("backup", error);
  mb = stats.journal_bytes / 1e6;
  report (r, "backup_journal_mb", mb, "MB");
  report (r, "backup_kdf_ms", stats.kdf_usec / 1000.0, "ms");
  report (r, "backup_snapshot_ms", stats.snapshot_usec / 1000.0, "ms");
  report (r, "backup_seal_ms", stats.crypt_usec / 1000.0, "ms");
  report (r, "backup_rate", mb / ((stats.snapshot_usec + stats.crypt_usec) / 1e6), "MB/s");
  report (r, "backup_seal_rate", mb / (stats.crypt_usec / 1e6), "MB/s");

  /* Restore over a journal of its own (the family's stays as it is). */
  start = g_get_monotonic_time ();
  if (!hearth_backup_restore (backup, BACKUP_PASSPHRASE, restored, &stats, NULL, &error))
    die ("restore", error);
  ms = ms_since (start);
  report (r, "restore_kdf_ms", stats.kdf_usec / 1000.0, "ms");
  report (r, "restore_open_ms", stats.crypt_usec / 1000.0, "ms");
  report (r, "restore_check_ms", stats.snapshot_usec / 1000.0, "ms");
  report (r, "restore_rate", mb / ((ms - stats.kdf_usec / 1000.0) / 1000.0), "MB/s");
  remove_journal (restored);
  g_unlink (backup);
}
