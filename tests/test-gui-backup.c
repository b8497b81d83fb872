/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-backup"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "gui-test-util.h"
#include "hearth-application-private.h"
#include "hearth-backup-private.h"
#include "hearth-backup-scheduler-private.h"
#include "hearth-backup-ui-private.h"
#include "hearth-lock-manager-private.h"
#include "hearth-lock-manager.h"
#include "hearth-preferences-window.h"
#include "hearth-privacy-page-private.h"
#include "hearth-window-private.h"

/* Backups in the app (issue 10): the Privacy page's Backups group over a
 * window with a fixed clock, on a private keyring (tests/with-keyring.sh
 * --keep-display); passphrases typed key by key through xdotool. The
 * native file choosers are bypassed by the page's test hooks. */

static HearthApplication *app;

typedef struct
{
  char          *dir;
  char          *path;
  HearthClock   *clock;
  HearthStore   *store;
  HearthProfile *ann;
  HearthWindow  *window;
} Family;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

/* Waits (up to 30 s: Argon2id and the keyring in a thread) for @cond. */
#define WAIT_FOR(cond) \
  G_STMT_START { \
    for (guint w_ = 0; w_ < 600 && !(cond); w_++) \
      wait_ms (50); \
    g_assert_true (cond); \
  } G_STMT_END

static void
log_weight (Family *f,
            double  kg)
{
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GDateTime) when = g_date_time_add_hours (now, -1);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (when, kg, NAN);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (f->ann));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static gint64
ann_readings (Family *f)
{
  g_autoptr(GError) error = NULL;
  gint64 n = hearth_store_count_readings (f->store, hearth_profile_get_uuid (f->ann), &error);

  g_assert_no_error (error);
  return n;
}

static Family *
family_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 12, 0, 0);
  Family *f = g_new0 (Family, 1);

  f->dir = g_dir_make_tmp ("hearth-backup-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "hearth.db", NULL);
  f->clock = hearth_clock_new_fixed (now);
  f->store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  f->ann = hearth_profile_new ("Ann");
  hearth_profile_set_birth (f->ann, 1980, 5, 1);
  hearth_profile_set_sex (f->ann, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (f->ann, 168);
  ASSERT_OK (hearth_store_add_profile (f->store, f->ann, &error));
  log_weight (f, 71.5);

  f->window = hearth_window_new (app, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_ms (300);
  WAIT_FOR (_hearth_lock_manager_is_ready (hearth_lock_manager_get_for_store (f->store)));
  g_assert_true (hearth_window_select_profile (f->window, hearth_profile_get_uuid (f->ann)));
  iterate ();
  return f;
}

static void
family_free (Family *f)
{
  g_autofree char *journal = hearth_secrets_journal_id (f->path);

  hearth_secrets_clear_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "", HEARTH_SECRETS_NONE, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->ann);
  g_clear_object (&f->store);
  g_clear_object (&f->clock);
  g_free (f->path);
  g_free (f->dir);
  g_free (f);
}

/* Real key presses on @target's X window (xdotool, XTEST), as typed:
 * each character of @text, then @last (a key name, or NULL). */
static void
type_keys (GtkWindow  *target,
           const char *text,
           const char *last)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (target));
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_ptr_array_add (argv, g_strdup ("xdotool"));
  g_ptr_array_add (argv, g_strdup ("windowfocus"));
  g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface)));
  g_ptr_array_add (argv, g_strdup ("sleep"));
  g_ptr_array_add (argv, g_strdup ("0.2"));
  g_ptr_array_add (argv, g_strdup ("key"));
  g_ptr_array_add (argv, g_strdup ("--delay"));
  g_ptr_array_add (argv, g_strdup ("40"));
  for (const char *c = text; *c != '\0'; c++)
    g_ptr_array_add (argv, g_strdup_printf ("%c", *c));
  if (last != NULL)
    g_ptr_array_add (argv, g_strdup (last));
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    g_error ("xdotool is needed for the keyboard tests (build-aux/dev.sh installs it): %s", error->message);
  if (err != NULL && *err != '\0')
    g_printerr ("xdotool: %s\n", err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  wait_ms (200);
  iterate ();
}

static char *
window_texts (GtkWidget *widget)
{
  GString *texts = g_string_new (NULL);

  wait_ms (300);
  iterate ();
  collect_labels (widget, texts);
  return g_string_free (texts, FALSE);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Preferences over @f's window on the Privacy page; the Backups group's UI. */
static GtkWindow *
open_backups (Family          *f,
              HearthBackupUi **ui)
{
  HearthPreferencesWindow *prefs = hearth_preferences_window_new ();
  HearthPrivacyPage *page;
  GtkWidget *group;

  hearth_preferences_window_set_store (prefs, f->store);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (f->window));
  gtk_window_set_default_size (GTK_WINDOW (prefs), 640, 1000);
  page = find_privacy_page (GTK_WIDGET (prefs));
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (prefs));
  wait_ms (300);
  group = find_named (GTK_WIDGET (page), "backups-group");
  g_assert_nonnull (group);
  *ui = _hearth_backup_ui_get_for_group (ADW_PREFERENCES_GROUP (group));
  g_assert_nonnull (*ui);
  return GTK_WINDOW (prefs);
}

/* Renders @toplevel to build/tests/@name; checks it is not blank and that
 * @expected is among the labels drawn. */
static void
save_png (GtkWidget  *toplevel,
          const char *name,
          const char *expected)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  g_autofree char *texts = NULL;
  const char *build_root = g_getenv ("HEARTH_BUILD_ROOT");
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;
  double sum = 0, sum2 = 0, mean;

  gtk_widget_queue_draw (toplevel);
  wait_ms (600);
  paintable = gtk_widget_paintable_new (toplevel);
  width = gdk_paintable_get_intrinsic_width (paintable);
  height = gdk_paintable_get_intrinsic_height (paintable);
  g_assert_cmpint (width, >, 0);
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        wait_ms (50);
    }
  g_assert_nonnull (node);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  path = g_build_filename (build_root != NULL ? build_root : g_get_tmp_dir (),
                           build_root != NULL ? "tests" : "", name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Screenshot: %s", path);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(guint32 *) (cairo_image_surface_get_data (surface) +
                                   y * cairo_image_surface_get_stride (surface) + x * 4);
        double lum = (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3.0;

        sum += lum;
        sum2 += lum * lum;
      }
  mean = sum / ((double) width * height);
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (sqrt (MAX (0, sum2 / ((double) width * height) - mean * mean)), >, 10);
  texts = window_texts (toplevel);
  if (strstr (texts, expected) == NULL)
    g_error ("“%s” is not on screen; the labels drawn are:\n%s", expected, texts);
}

static const char *
field_text (HearthBackupUi *ui,
            guint           index)
{
  return gtk_editable_get_text (GTK_EDITABLE (_hearth_backup_ui_get_entry (ui, index)));
}

static void
clear_fields (HearthBackupUi *ui,
              guint           n)
{
  for (guint i = 0; i < n; i++)
    gtk_editable_set_text (GTK_EDITABLE (_hearth_backup_ui_get_entry (ui, i)), "");
  gtk_widget_grab_focus (_hearth_backup_ui_get_entry (ui, 0));
}

/* Back Up Now… to a file, Restore… it over a later reading, Undo Restore. */
static void
test_backup_restore_undo (void)
{
  Family *f = family_new ();
  HearthBackupUi *ui = NULL;
  GtkWindow *prefs = open_backups (f, &ui);
  g_autofree char *out = g_build_filename (f->dir, "hearth-2026-03-10.hearthbackup", NULL);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  struct stat st;

  /* Back Up Now: a passphrase too short is refused next to the field. */
  umask (022);
  _hearth_backup_ui_back_up_to (ui, out);
  dialog = _hearth_backup_ui_get_dialog (ui);
  g_assert_nonnull (dialog);
  type_keys (dialog, "short", "Return");
  type_keys (dialog, "short", "Return");
  g_assert_cmpstr (field_text (ui, 1), ==, "short");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_hearth_backup_ui_get_field_message (ui))));
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_backup_ui_get_field_message (ui)), "8"));
  g_assert_false (_hearth_backup_ui_is_busy (ui));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  save_png (GTK_WIDGET (dialog), "backup-passphrase-dialog.png", "Remember in the keyring");

  /* Two that differ. */
  clear_fields (ui, 2);
  type_keys (dialog, "hearth1234", "Return");
  type_keys (dialog, "hearth1243", "Return");
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_backup_ui_get_field_message (ui)), "differ"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* The right one, remembered: a 0600 backup that verifies. */
  clear_fields (ui, 2);
  gtk_check_button_set_active (_hearth_backup_ui_get_remember (ui), TRUE);
  type_keys (dialog, "hearth1234", "Return");
  type_keys (dialog, "hearth1234", "Return");
  g_assert_null (_hearth_backup_ui_get_dialog (ui));
  WAIT_FOR (!_hearth_backup_ui_is_busy (ui));
  g_assert_cmpstr (_hearth_backup_ui_get_message (ui), ==, "Backed up to “hearth-2026-03-10.hearthbackup”");
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  ASSERT_OK (hearth_backup_verify (out, "hearth1234", NULL, NULL, &error));
  {
    g_autoptr(HearthSecret) remembered =
      hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                  HEARTH_SECRETS_NONE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (remembered, ==, "hearth1234");
  }

  /* A reading after the backup: the window shows it. */
  log_weight (f, 93.7);
  g_assert_cmpint (ann_readings (f), ==, 2);
  {
    g_autofree char *texts = window_texts (GTK_WIDGET (f->window));

    g_assert_nonnull (strstr (texts, "93.7"));
  }
  g_assert_false (gtk_widget_get_visible (_hearth_backup_ui_get_undo_button (ui)));

  /* Restore with a wrong passphrase: said next to the field, nothing changed. */
  _hearth_backup_ui_restore_from (ui, out);
  dialog = _hearth_backup_ui_get_dialog (ui);
  g_assert_nonnull (dialog);
  type_keys (dialog, "wrongpass99", "Return");
  WAIT_FOR (!_hearth_backup_ui_is_busy (ui));
  g_assert_true (_hearth_backup_ui_get_dialog (ui) == dialog);
  g_assert_nonnull (strstr (gtk_label_get_text (_hearth_backup_ui_get_field_message (ui)), "Wrong passphrase"));
  g_assert_cmpint (ann_readings (f), ==, 2);
  g_assert_false (hearth_backup_can_undo (f->path));

  /* A file that is not a backup: said next to the field, nothing changed. */
  {
    g_autofree char *junk = g_build_filename (f->dir, "junk.hearthbackup", NULL);
    GtkWindow *junk_dialog;

    g_assert_true (g_file_set_contents (junk, "not a backup at all", -1, NULL));
    _hearth_backup_ui_restore_from (ui, junk);
    junk_dialog = _hearth_backup_ui_get_dialog (ui);
    g_assert_true (junk_dialog != dialog);
    type_keys (junk_dialog, "hearth1234", "Return");
    WAIT_FOR (!_hearth_backup_ui_is_busy (ui));
    g_assert_true (_hearth_backup_ui_get_dialog (ui) == junk_dialog);
    g_test_message ("Not a backup: %s", gtk_label_get_text (_hearth_backup_ui_get_field_message (ui)));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_hearth_backup_ui_get_field_message (ui))));
    g_assert_cmpstr (gtk_label_get_text (_hearth_backup_ui_get_field_message (ui)), !=, "");
    g_assert_null (strstr (gtk_label_get_text (_hearth_backup_ui_get_field_message (ui)), "Wrong passphrase"));
    g_assert_cmpint (ann_readings (f), ==, 2);
    g_assert_false (hearth_backup_can_undo (f->path));
    g_unlink (junk);
    /* Back to the real one. */
    _hearth_backup_ui_restore_from (ui, out);
    dialog = _hearth_backup_ui_get_dialog (ui);
  }

  /* The right one: a confirmation naming the backup's date and contents. */
  type_keys (dialog, "hearth1234", "Return");
  WAIT_FOR (!_hearth_backup_ui_is_busy (ui) && _hearth_backup_ui_get_dialog (ui) != dialog);
  dialog = _hearth_backup_ui_get_dialog (ui);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  {
    const char *body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));

    g_test_message ("Confirmation: %s", body);
    g_assert_nonnull (strstr (body, "The backup of "));
    g_assert_nonnull (strstr (body, "1 reading"));
    g_assert_nonnull (strstr (body, "2 readings"));
  }
  save_png (GTK_WIDGET (dialog), "backup-restore-confirm.png", "Replace the Journal?");
  g_assert_cmpint (ann_readings (f), ==, 2);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  if (_hearth_backup_ui_get_dialog (ui) != NULL)
    gtk_window_destroy (_hearth_backup_ui_get_dialog (ui));

  /* The backup's journal, in the open window; the reading after it gone. */
  g_assert_cmpint (ann_readings (f), ==, 1);
  g_assert_true (g_str_has_prefix (_hearth_backup_ui_get_message (ui), "Restored the backup of "));
  g_assert_true (hearth_store_is_read_only (f->store) == FALSE);
  {
    g_autofree char *texts = window_texts (GTK_WIDGET (f->window));

    g_assert_null (strstr (texts, "93.7"));
    g_assert_nonnull (strstr (texts, "71.5"));
  }
  g_assert_true (hearth_backup_can_undo (f->path));
  g_assert_cmpint (g_stat (hearth_backup_undo_path (f->path), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Undo Restore: the later reading is back. */
  g_assert_true (gtk_widget_get_visible (_hearth_backup_ui_get_undo_button (ui)));
  g_signal_emit_by_name (_hearth_backup_ui_get_undo_button (ui), "clicked");
  g_assert_cmpint (ann_readings (f), ==, 2);
  {
    g_autofree char *texts = window_texts (GTK_WIDGET (f->window));

    g_assert_nonnull (strstr (texts, "93.7"));
  }
  g_assert_false (gtk_widget_get_visible (_hearth_backup_ui_get_undo_button (ui)));
  g_assert_false (hearth_backup_can_undo (f->path));

  /* The store still writes. */
  log_weight (f, 70.0);
  g_assert_cmpint (ann_readings (f), ==, 3);

  gtk_window_destroy (prefs);
  g_unlink (out);
  family_free (f);
}

static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_lock_manager_run_finish (HEARTH_LOCK_MANAGER (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* A member locked before a restore is locked after it. */
static void
test_backup_restore_locked (void)
{
  Family *f = family_new ();
  HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  g_autofree char *out = g_build_filename (f->dir, "before-lock.hearthbackup", NULL);
  const char *uuid = hearth_profile_get_uuid (f->ann);
  g_autoptr(GError) error = NULL;
  HearthBackupUi *ui = NULL;
  GtkWindow *prefs, *dialog;
  gboolean done = FALSE;

  ASSERT_OK (hearth_backup_create (f->path, out, "hearth1234", NULL, NULL, &error));
  hearth_lock_manager_run (locks, HEARTH_LOCK_OP_SET, uuid, "2468", NULL, NULL, on_run_done_cb, &done);
  WAIT_FOR (done);
  g_assert_true (hearth_window_member_is_locked (f->window, uuid));

  prefs = open_backups (f, &ui);
  _hearth_backup_ui_restore_from (ui, out);
  dialog = _hearth_backup_ui_get_dialog (ui);
  type_keys (dialog, "hearth1234", "Return");
  WAIT_FOR (!_hearth_backup_ui_is_busy (ui) && _hearth_backup_ui_get_dialog (ui) != dialog);
  dialog = _hearth_backup_ui_get_dialog (ui);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  if (_hearth_backup_ui_get_dialog (ui) != NULL)
    gtk_window_destroy (_hearth_backup_ui_get_dialog (ui));
  g_assert_true (g_str_has_prefix (_hearth_backup_ui_get_message (ui), "Restored the backup of "));
  wait_ms (300);

  g_assert_true (hearth_lock_manager_is_locked (locks, uuid));
  g_assert_true (hearth_window_member_is_locked (f->window, uuid));
  {
    g_autofree char *texts = window_texts (GTK_WIDGET (f->window));

    g_assert_null (strstr (texts, "71.5"));
  }

  ASSERT_OK (hearth_lock_remove (journal, uuid, "2468", HEARTH_SECRETS_NONE, NULL, &error));
  gtk_window_destroy (prefs);
  g_unlink (out);
  family_free (f);
}

static guint
count_backups (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".hearthbackup"))
      n++;
  return n;
}

static gboolean
backup_exists (const char *folder,
               const char *date)
{
  g_autofree char *name = g_strdup_printf ("hearth-%s.hearthbackup", date);
  g_autofree char *path = g_build_filename (folder, name, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Automatic backups: turned on, the passphrase asked for and remembered,
 * today's made at once and the next day's when the clock gets there;
 * backup-keep honoured; no passphrase said on the page. */
static void
test_backup_auto (void)
{
  Family *f = family_new ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  HearthBackupScheduler *scheduler;
  HearthBackupUi *ui = NULL;
  GtkWindow *prefs, *dialog;
  g_autoptr(GError) error = NULL;

  g_settings_set_string (settings, "backup-folder", folder);
  g_settings_set_int (settings, "backup-keep", 2);
  prefs = open_backups (f, &ui);
  scheduler = hearth_backup_scheduler_get_for_store (f->store);
  g_assert_cmpstr (_hearth_backup_ui_get_status (ui), ==, "Off");

  /* On, with no passphrase remembered: asked for (twice), then stored. */
  g_settings_set_boolean (settings, "backup-auto", TRUE);
  WAIT_FOR (_hearth_backup_ui_get_dialog (ui) != NULL);
  dialog = _hearth_backup_ui_get_dialog (ui);
  type_keys (dialog, "autopass1", "Return");
  type_keys (dialog, "autopass1", "Return");
  WAIT_FOR (_hearth_backup_ui_get_dialog (ui) == NULL);
  {
    g_autoptr(HearthSecret) remembered =
      hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                  HEARTH_SECRETS_NONE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (remembered, ==, "autopass1");
  }
  g_assert_true (g_settings_get_boolean (settings, "backup-auto"));

  /* Today's, at once. */
  WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) &&
            g_str_has_prefix (_hearth_backup_ui_get_status (ui), "Last backup"));
  g_assert_true (backup_exists (folder, "2026-03-10"));
  ASSERT_OK (hearth_backup_verify (g_build_filename (folder, "hearth-2026-03-10.hearthbackup", NULL),
                                   "autopass1", NULL, NULL, &error));

  /* A day later: the timer's work makes the next. */
  hearth_clock_advance (f->clock, G_TIME_SPAN_DAY);
  _hearth_backup_scheduler_check (scheduler);
  WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) && backup_exists (folder, "2026-03-11"));
  g_assert_cmpuint (count_backups (folder), ==, 2);
  /* The same day again: nothing new. */
  _hearth_backup_scheduler_check (scheduler);
  g_assert_false (_hearth_backup_scheduler_is_running (scheduler));

  /* Keep 2: the third day's replaces the oldest. */
  hearth_clock_advance (f->clock, G_TIME_SPAN_DAY);
  _hearth_backup_scheduler_check (scheduler);
  WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) && backup_exists (folder, "2026-03-12"));
  g_assert_cmpuint (count_backups (folder), ==, 2);
  g_assert_false (backup_exists (folder, "2026-03-10"));
  g_assert_cmpstr (_hearth_backup_ui_get_status (ui), ==, "Last backup: “hearth-2026-03-12.hearthbackup”");

  /* A folder that cannot be made (under a file): said, nothing made. */
  {
    g_autofree char *bad = g_build_filename (f->path, "backups", NULL);

    hearth_clock_advance (f->clock, G_TIME_SPAN_DAY);
    g_settings_set_string (settings, "backup-folder", bad);
    WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) &&
              g_str_has_prefix (_hearth_backup_ui_get_status (ui), "Not made: "));
    g_test_message ("Folder under a file: %s", _hearth_backup_ui_get_status (ui));
    g_assert_false (backup_exists (folder, "2026-03-13"));
    /* The folder back: the day's is made. */
    g_settings_set_string (settings, "backup-folder", folder);
    WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) && backup_exists (folder, "2026-03-13"));
    g_assert_cmpuint (count_backups (folder), ==, 2);
  }

  /* The passphrase gone from the keyring: the page says so, nothing made. */
  ASSERT_OK (hearth_secrets_clear_sync (journal, HEARTH_SECRET_KIND_BACKUP_PASSPHRASE, "",
                                        HEARTH_SECRETS_NONE, NULL, &error));
  hearth_clock_advance (f->clock, G_TIME_SPAN_DAY);
  _hearth_backup_scheduler_check (scheduler);
  WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) &&
            g_str_has_prefix (_hearth_backup_ui_get_status (ui), "Not made: "));
  g_assert_nonnull (strstr (_hearth_backup_ui_get_status (ui), "no passphrase"));
  g_assert_false (backup_exists (folder, "2026-03-14"));

  /* Turned off. */
  g_settings_set_boolean (settings, "backup-auto", FALSE);
  g_assert_cmpstr (_hearth_backup_ui_get_status (ui), ==, "Off");

  g_settings_reset (settings, "backup-folder");
  g_settings_reset (settings, "backup-keep");
  gtk_window_destroy (prefs);
  family_free (f);
}

/* No keyring (a session bus that is gone): the automatic backups' state
 * says why within the keyring's timeout, nothing hangs, Back Up Now still
 * works (without remembering). */
static void
test_backup_no_keyring (void)
{
  if (g_test_subprocess ())
    {
      Family *f = family_new ();
      g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");
      g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
      g_autofree char *out = g_build_filename (f->dir, "now.hearthbackup", NULL);
      HearthBackupScheduler *scheduler = hearth_backup_scheduler_get_for_store (f->store);
      HearthBackupUi *ui = NULL;
      GtkWindow *prefs = open_backups (f, &ui);
      GtkWindow *dialog;
      gint64 start = g_get_monotonic_time ();

      g_settings_set_string (settings, "backup-folder", folder);
      g_settings_set_boolean (settings, "backup-auto", TRUE);
      WAIT_FOR (!_hearth_backup_scheduler_is_running (scheduler) &&
                g_str_has_prefix (_hearth_backup_ui_get_status (ui), "Not made: "));
      g_assert_cmpint (g_get_monotonic_time () - start, <, 12 * G_USEC_PER_SEC);
      g_test_message ("No keyring: %s", _hearth_backup_ui_get_status (ui));
      g_assert_nonnull (strstr (_hearth_backup_ui_get_status (ui), "keyring"));
      g_assert_cmpuint (count_backups (folder), ==, 0);
      /* No passphrase dialog: the keyring cannot keep one. */
      wait_ms (500);
      g_assert_null (_hearth_backup_ui_get_dialog (ui));

      _hearth_backup_ui_back_up_to (ui, out);
      dialog = _hearth_backup_ui_get_dialog (ui);
      gtk_editable_set_text (GTK_EDITABLE (_hearth_backup_ui_get_entry (ui, 0)), "hearth1234");
      gtk_editable_set_text (GTK_EDITABLE (_hearth_backup_ui_get_entry (ui, 1)), "hearth1234");
      gtk_check_button_set_active (_hearth_backup_ui_get_remember (ui), TRUE);
      g_signal_emit_by_name (_hearth_backup_ui_get_entry (ui, 1), "activate");
      g_assert_true (_hearth_backup_ui_get_dialog (ui) != dialog);
      WAIT_FOR (!_hearth_backup_ui_is_busy (ui));
      g_test_message ("Back Up Now without a keyring: %s", _hearth_backup_ui_get_message (ui));
      g_assert_nonnull (strstr (_hearth_backup_ui_get_message (ui), "the passphrase was not remembered"));
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

      g_settings_set_boolean (settings, "backup-auto", FALSE);
      gtk_window_destroy (prefs);
      family_free (f);
      return;
    }

  g_test_trap_subprocess (NULL, 90 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  _HearthBackupLimits quick = { 1, 8192 };
  int ret;

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GDK_BACKEND", "x11", TRUE);

  /* The no-keyring test's subprocess: a session bus that is gone. */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--GTestSubprocess"))
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-bus", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* As test-gui-privacy: GTK 4.8 warns about focus-out when xdotool moves
   * the X focus with no window manager; criticals stay fatal. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  /* Argon2id's minimum limits: the backups' own tests cover MODERATE. */
  _hearth_backup_set_limits (&quick);

  app = _hearth_application_new_with_flags (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/hearth/gui/backup/restore-undo", test_backup_restore_undo);
  g_test_add_func ("/hearth/gui/backup/restore-locked", test_backup_restore_locked);
  g_test_add_func ("/hearth/gui/backup/auto", test_backup_auto);
  g_test_add_func ("/hearth/gui/backup/no-keyring", test_backup_no_keyring);

  ret = g_test_run ();

  g_clear_object (&app);
  return ret;
}
