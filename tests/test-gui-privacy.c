/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-privacy"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "gui-test-util.h"
#include "hearth-application-private.h"
#include "hearth-celebrations.h"
#include "hearth-family-page-private.h"
#include "hearth-lock-manager-private.h"
#include "hearth-member-page-private.h"
#include "hearth-pin-dialog-private.h"
#include "hearth-preferences-window.h"
#include "hearth-privacy-page-private.h"
#include "hearth-window-private.h"

/* The member lock in the app and the Privacy page (issue 10): windows over
 * journals with a fixed clock, on a private keyring (tests/with-keyring.sh
 * --keep-display); PINs typed key by key through xdotool. */

static HearthApplication *app;
static char              *tmpdir;

typedef struct
{
  char          *dir;
  char          *path;
  HearthClock   *clock;
  HearthStore   *store;
  HearthProfile *ann;
  HearthProfile *ben;
  HearthWindow  *window;
} Family;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

/* Waits (up to 20 s, the keyring and Argon2id in a thread) for @cond. */
#define WAIT_FOR(cond) \
  G_STMT_START { \
    for (guint w_ = 0; w_ < 400 && !(cond); w_++) \
      wait_ms (50); \
    g_assert_true (cond); \
  } G_STMT_END

static void
log_weight (Family        *f,
            HearthProfile *who,
            double         kg)
{
  g_autoptr(GDateTime) now = hearth_clock_now (f->clock);
  g_autoptr(GDateTime) when = g_date_time_add_hours (now, -2);
  g_autoptr(HearthReading) reading = hearth_reading_new_weight (when, kg, NAN);
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (reading, hearth_profile_get_uuid (who));
  ASSERT_OK (hearth_store_add_reading (f->store, reading, &error));
}

static HearthProfile *
add_member (Family     *f,
            const char *name,
            guint       year)
{
  g_autoptr(GError) error = NULL;
  HearthProfile *profile = hearth_profile_new (name);

  hearth_profile_set_birth (profile, year, 5, 1);
  hearth_profile_set_sex (profile, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (profile, 168);
  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  return profile;
}

static Family *
family_new_full (gboolean ann_listed_locked)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 15, 30, 0);
  Family *f = g_new0 (Family, 1);

  f->dir = g_dir_make_tmp ("hearth-privacy-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "hearth.db", NULL);
  f->clock = hearth_clock_new_fixed (now);
  f->store = hearth_store_open (f->path, f->clock, &error);
  g_assert_no_error (error);
  f->ann = add_member (f, "Ann", 1980);
  f->ben = add_member (f, "Ben", 1978);
  log_weight (f, f->ann, 71.5);
  log_weight (f, f->ben, 82.0);
  if (ann_listed_locked)
    {
      g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");
      const char *listed[] = { hearth_profile_get_uuid (f->ann), NULL };

      g_settings_set_strv (settings, "locked-members", listed);
    }

  f->window = hearth_window_new (app, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_ms (300);
  WAIT_FOR (_hearth_lock_manager_is_ready (hearth_lock_manager_get_for_store (f->store)));
  g_assert_true (hearth_window_select_profile (f->window, hearth_profile_get_uuid (f->ann)));
  iterate ();
  return f;
}

static Family *
family_new (void)
{
  return family_new_full (FALSE);
}

static void
family_free (Family *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_clear_object (&f->ann);
  g_clear_object (&f->ben);
  g_clear_object (&f->store);
  g_clear_object (&f->clock);
  g_free (f->path);
  g_free (f->dir);
  g_free (f);
}

/* Real key presses on @window's X window (xdotool, XTEST), as typed. */
static void
press_keys (GtkWindow   *target,
            const char  *first,
            ...)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (target));
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list args;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_ptr_array_add (argv, g_strdup ("xdotool"));
  g_ptr_array_add (argv, g_strdup ("windowfocus"));
  g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface)));
  g_ptr_array_add (argv, g_strdup ("sleep"));
  g_ptr_array_add (argv, g_strdup ("0.2"));
  g_ptr_array_add (argv, g_strdup ("key"));
  g_ptr_array_add (argv, g_strdup ("--delay"));
  g_ptr_array_add (argv, g_strdup ("60"));
  va_start (args, first);
  for (const char *key = first; key != NULL; key = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (key));
  va_end (args);
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

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
entry_text (HearthPinDialog *dialog,
            guint            index)
{
  return gtk_editable_get_text (GTK_EDITABLE (_hearth_pin_dialog_get_entry (dialog, index)));
}

/* Every label's text under @widget that is drawn (mapped), one a line. */
static char *
window_texts (GtkWidget *widget)
{
  GString *texts = g_string_new (NULL);

  iterate ();
  collect_labels (widget, texts);
  return g_string_free (texts, FALSE);
}

/* Ann locked: her name, nothing of hers — not her age, weight or dashboard;
 * Ben (no lock) shows as before. */
static void
assert_shows_only_name (Family *f)
{
  HearthMemberPage *page = _hearth_window_get_member_page (f->window);
  g_autofree char *texts = NULL;

  wait_ms (400);  /* the stack's transition */
  texts = window_texts (GTK_WIDGET (f->window));

  g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "locked");
  g_assert_null (hearth_member_page_get_profile (page));
  g_assert_nonnull (strstr (texts, "Ann"));
  g_assert_nonnull (strstr (texts, "Locked"));
  /* Her age (born 1980) is not shown; Ben's (1978) is. */
  g_assert_null (strstr (texts, "Age 45"));
  g_assert_nonnull (strstr (texts, "Age 47"));
  g_assert_null (strstr (texts, "71.5"));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  /* Her progress and charts do not open. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-progress", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-chart", "i", (int) HEARTH_READING_KIND_WEIGHT);
  iterate ();
  g_assert_null (_hearth_window_get_progress_page (f->window));
  g_assert_null (_hearth_window_get_chart_page (f->window));
  g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "locked");
}

static HearthPinDialog *
open_pin_dialog (Family       *f,
                 HearthLockOp  op)
{
  HearthPinDialog *dialog = hearth_pin_dialog_new (hearth_lock_manager_get_for_store (f->store), op, f->ann);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_ms (300);
  return dialog;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = find_button (child, label);

      if (button != NULL)
        return button;
    }
  return NULL;
}

/* Preferences over @f's window, on its Privacy page. */
static GtkWindow *
open_privacy (Family             *f,
              HearthPrivacyPage **page)
{
  HearthPreferencesWindow *prefs = hearth_preferences_window_new ();

  hearth_preferences_window_set_store (prefs, f->store);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (f->window));
  gtk_window_set_default_size (GTK_WINDOW (prefs), 640, 1000);
  *page = find_privacy_page (GTK_WIDGET (prefs));
  g_assert_nonnull (*page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (prefs), ADW_PREFERENCES_PAGE (*page));
  gtk_window_present (GTK_WINDOW (prefs));
  wait_ms (300);
  return GTK_WINDOW (prefs);
}

/* @path's bytes (and its -wal's) hold none of @secrets. */
static void
assert_not_in_file (const char  *path,
                    const char **secrets)
{
  const char *suffixes[] = { "", "-wal", NULL };

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *bytes = NULL;
      gsize length = 0;

      if (!g_file_get_contents (name, &bytes, &length, NULL))
        continue;
      for (guint j = 0; secrets[j] != NULL; j++)
        g_assert_null (g_strstr_len (bytes, length, secrets[j]) == NULL ? NULL : name);
    }
}

/* The row of @name's lock, its button labelled @label. */
static GtkWidget *
lock_button (HearthPrivacyPage *page,
             guint              row,
             const char        *label)
{
  GPtrArray *rows = _hearth_privacy_page_get_lock_rows (page);
  GtkWidget *button;

  g_assert_cmpuint (row, <, rows->len);
  button = find_button (g_ptr_array_index (rows, row), label);
  g_assert_nonnull (button);
  return button;
}

/* Clicks @button of the page and returns the PIN dialog it opened. */
static HearthPinDialog *
click_for_pin_dialog (HearthPrivacyPage *page,
                      GtkWidget         *button)
{
  GtkWindow *dialog;

  g_signal_emit_by_name (button, "clicked");
  dialog = _hearth_privacy_page_get_dialog (page);
  g_assert_true (HEARTH_IS_PIN_DIALOG (dialog));
  wait_ms (300);
  return HEARTH_PIN_DIALOG (dialog);
}

static void
test_lock_member (void)
{
  Family *f = family_new ();
  HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
  const char *ann = hearth_profile_get_uuid (f->ann);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  g_autoptr(GError) error = NULL;
  HearthPrivacyPage *page = NULL;
  GtkWindow *prefs;
  HearthPinDialog *dialog;
  GtkWindow *unlock;

  g_assert_false (hearth_window_member_is_locked (f->window, ann));
  g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "member");

  /* Set, from the Privacy page: typed key by key, the repetition after
   * Tab; Return sets it. */
  prefs = open_privacy (f, &page);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (_hearth_privacy_page_get_lock_rows (page), 0)),
                   ==, "No lock");
  dialog = click_for_pin_dialog (page, lock_button (page, 0, "_Set PIN…"));
  press_keys (GTK_WINDOW (dialog), "2", "4", "6", "8", "Tab", "2", "4", "6", "8", NULL);
  g_assert_cmpstr (entry_text (dialog, 0), ==, "2468");
  g_assert_cmpstr (entry_text (dialog, 1), ==, "2468");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_keys (GTK_WINDOW (dialog), "Return", NULL);
  WAIT_FOR (dialog == NULL);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (_hearth_privacy_page_get_lock_rows (page), 0)),
                   ==, "Locked with a PIN");
  gtk_window_destroy (prefs);
  iterate ();

  /* In the keyring, as a hash, and nowhere in the journal; she is locked
   * at once. */
  {
    gboolean is_set = FALSE;
    g_autoptr(HearthSecret) hash = NULL;

    ASSERT_OK (hearth_lock_is_set (journal, ann, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
    g_assert_true (is_set);
    hash = hearth_secrets_lookup_sync (journal, HEARTH_SECRET_KIND_MEMBER_LOCK, ann, HEARTH_SECRETS_NONE, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (hash);
    {
      const char *secrets[] = { "2468", hash, NULL };

      assert_not_in_file (f->path, secrets);
    }
  }
  g_assert_true (hearth_window_member_is_locked (f->window, ann));
  g_assert_false (hearth_window_member_is_locked (f->window, hearth_profile_get_uuid (f->ben)));
  assert_shows_only_name (f);
  /* The family overview shows her name only too. */
  g_assert_true (hearth_family_page_get_member_locked (_hearth_window_get_family_page (f->window), ann));
  g_assert_false (hearth_family_page_get_member_locked (_hearth_window_get_family_page (f->window),
                                                        hearth_profile_get_uuid (f->ben)));

  /* A wrong PIN says so next to the field and stays locked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unlock-member", NULL));
  unlock = _hearth_window_get_last_dialog (f->window);
  g_assert_true (HEARTH_IS_PIN_DIALOG (unlock));
  wait_ms (300);
  press_keys (unlock, "1", "3", "5", "7", "Return", NULL);
  /* The window keeps drawing while the hash is checked in a thread. */
  WAIT_FOR (!_hearth_pin_dialog_is_busy (HEARTH_PIN_DIALOG (unlock)) &&
            gtk_widget_get_visible (GTK_WIDGET (_hearth_pin_dialog_get_message (HEARTH_PIN_DIALOG (unlock)))));
  g_assert_cmpstr (gtk_label_get_text (_hearth_pin_dialog_get_message (HEARTH_PIN_DIALOG (unlock))), ==, "Wrong PIN");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (unlock)));
  g_assert_true (hearth_window_member_is_locked (f->window, ann));
  assert_shows_only_name (f);

  /* The right one unlocks (the wrong one is selected: typing replaces it). */
  g_object_add_weak_pointer (G_OBJECT (unlock), (gpointer *) &unlock);
  press_keys (unlock, "2", "4", "6", "8", "Return", NULL);
  WAIT_FOR (unlock == NULL);
  g_assert_false (hearth_window_member_is_locked (f->window, ann));
  g_assert_false (hearth_family_page_get_member_locked (_hearth_window_get_family_page (f->window), ann));
  g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "member");
  g_assert_true (hearth_member_page_get_profile (_hearth_window_get_member_page (f->window)) != NULL);
  {
    g_autofree char *texts = window_texts (GTK_WIDGET (f->window));

    g_assert_nonnull (strstr (texts, "Age 45"));
  }

  /* Activity keeps her open; the clock past the idle time (5 minutes by
   * default) locks her again, through the manager's timer. */
  hearth_clock_advance (f->clock, 4 * G_TIME_SPAN_MINUTE);
  press_keys (GTK_WINDOW (f->window), "Down", NULL);
  hearth_clock_advance (f->clock, 4 * G_TIME_SPAN_MINUTE);
  _hearth_lock_manager_check (locks);
  g_assert_false (hearth_window_member_is_locked (f->window, ann));
  hearth_clock_advance (f->clock, 61 * G_TIME_SPAN_SECOND);
  WAIT_FOR (g_strcmp0 (_hearth_window_get_content_page (f->window), "locked") == 0);
  assert_shows_only_name (f);

  /* Change: the current PIN, then the new one twice. */
  prefs = open_privacy (f, &page);
  dialog = click_for_pin_dialog (page, lock_button (page, 0, "C_hange PIN…"));
  press_keys (GTK_WINDOW (dialog), "2", "4", "6", "8", "Tab", "9", "7", "5", "3", "Tab", "9", "7", "5", "3", NULL);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_keys (GTK_WINDOW (dialog), "Return", NULL);
  WAIT_FOR (dialog == NULL);
  ASSERT_OK (hearth_lock_verify (journal, ann, "9753", HEARTH_SECRETS_NONE, NULL, &error));
  g_assert_true (hearth_window_member_is_locked (f->window, ann));

  /* Remove: the old PIN is wrong now; the new one removes the lock. */
  dialog = click_for_pin_dialog (page, lock_button (page, 0, "_Remove…"));
  press_keys (GTK_WINDOW (dialog), "2", "4", "6", "8", "Return", NULL);
  WAIT_FOR (!_hearth_pin_dialog_is_busy (dialog) &&
            gtk_widget_get_visible (GTK_WIDGET (_hearth_pin_dialog_get_message (dialog))));
  g_assert_cmpstr (gtk_label_get_text (_hearth_pin_dialog_get_message (dialog)), ==, "Wrong PIN");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_keys (GTK_WINDOW (dialog), "9", "7", "5", "3", "Return", NULL);
  WAIT_FOR (dialog == NULL);
  {
    gboolean is_set = TRUE;

    ASSERT_OK (hearth_lock_is_set (journal, ann, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
    g_assert_false (is_set);
  }
  g_assert_false (hearth_window_member_is_locked (f->window, ann));
  g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "member");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (_hearth_privacy_page_get_lock_rows (page), 0)),
                   ==, "No lock");
  gtk_window_destroy (prefs);
  family_free (f);
}

static void
test_privacy_export_import (void)
{
  Family *f = family_new ();
  HearthPrivacyPage *page = NULL;
  GtkWindow *prefs = open_privacy (f, &page);
  g_autofree char *out = g_build_filename (f->dir, "family.json", NULL);
  g_autofree char *empty_path = g_build_filename (f->dir, "empty.db", NULL);
  g_autoptr(HearthStore) empty = NULL;
  g_autoptr(GError) error = NULL;
  HearthImportCounts counts = { 0 };
  struct stat st;

  /* What is stored where, and that nothing leaves. */
  {
    g_autofree char *texts = window_texts (GTK_WIDGET (prefs));

    g_assert_nonnull (strstr (texts, f->path));
    g_assert_nonnull (strstr (texts, "system keyring"));
    g_assert_nonnull (strstr (texts, "no telemetry"));
    g_assert_nonnull (strstr (texts, "does not encrypt the journal"));
  }

  /* Export, as the native chooser's answer runs it: off the main thread. */
  umask (022);
  _hearth_privacy_page_export_to (page, out);
  g_assert_true (_hearth_privacy_page_is_busy (page));
  WAIT_FOR (!_hearth_privacy_page_is_busy (page));
  g_assert_cmpstr (_hearth_privacy_page_get_message (page), ==, "Exported to “family.json”");
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* It imports back: into an empty journal, both members. */
  empty = hearth_store_open (empty_path, f->clock, &error);
  g_assert_no_error (error);
  ASSERT_OK (hearth_import_file (empty, out, &counts, &error));
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (empty)), ==, 2);

  /* And through the page into this one: Ben, deleted for good meanwhile,
   * comes back, and the window's sidebar shows him. */
  ASSERT_OK (hearth_store_purge_profile (f->store, hearth_profile_get_uuid (f->ben), &error));
  g_assert_cmpuint (count_rows (_hearth_window_get_profile_list (f->window)), ==, 1);
  _hearth_privacy_page_import_from (page, out);
  WAIT_FOR (!_hearth_privacy_page_is_busy (page));
  g_assert_true (g_str_has_prefix (_hearth_privacy_page_get_message (page), "Imported “family.json”: "));
  g_assert_nonnull (strstr (_hearth_privacy_page_get_message (page), "already here"));
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 2);
  g_assert_cmpuint (count_rows (_hearth_window_get_profile_list (f->window)), ==, 2);

  /* A bad file: a clear message, nothing changed. */
  g_assert_true (g_file_set_contents (out, "not json", -1, NULL));
  _hearth_privacy_page_import_from (page, out);
  WAIT_FOR (!_hearth_privacy_page_is_busy (page));
  g_assert_false (g_str_has_prefix (_hearth_privacy_page_get_message (page), "Imported"));
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 2);

  gtk_window_destroy (prefs);
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

static void
test_privacy_delete_everything (void)
{
  Family *f = family_new ();
  HearthPrivacyPage *page = NULL;
  GtkWindow *prefs = open_privacy (f, &page);
  GtkWidget *button = find_button (GTK_WIDGET (page), "_Delete Everything…");
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_nonnull (button);

  /* Ann has a lock: while she is locked nothing is deleted. */
  {
    HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
    gboolean done = FALSE;

    hearth_lock_manager_run (locks, HEARTH_LOCK_OP_SET, hearth_profile_get_uuid (f->ann), "1234", NULL,
                             NULL, on_run_done_cb, &done);
    WAIT_FOR (done);
    g_signal_emit_by_name (button, "clicked");
    g_assert_null (_hearth_privacy_page_get_dialog (page));
    g_assert_cmpstr (_hearth_privacy_page_get_message (page), ==,
                     "“Ann” is locked: unlock them first to delete everything");
    done = FALSE;
    hearth_lock_manager_run (locks, HEARTH_LOCK_OP_UNLOCK, hearth_profile_get_uuid (f->ann), "1234", NULL,
                             NULL, on_run_done_cb, &done);
    WAIT_FOR (done);
  }

  g_signal_emit_by_name (button, "clicked");
  dialog = ADW_MESSAGE_DIALOG (_hearth_privacy_page_get_dialog (page));
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "2 members"));
  g_assert_nonnull (strstr (body, "2 readings"));
  g_assert_nonnull (strstr (body, "cannot be undone"));
  /* As the button does (a modal left open would take the keys). */
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  g_assert_cmpstr (_hearth_privacy_page_get_message (page), ==, "Everything was deleted permanently");
  g_assert_cmpuint (g_list_model_get_n_items (hearth_store_get_profiles (f->store)), ==, 0);
  g_assert_cmpint (hearth_store_count_readings (f->store, hearth_profile_get_uuid (f->ann), NULL), <=, 0);
  g_assert_cmpstr (_hearth_window_get_visible_page (f->window), ==, "welcome");

  /* Her lock went with her: out of the keyring and the settings. */
  {
    g_autofree char *journal = hearth_secrets_journal_id (f->path);
    g_autoptr(GSettings) settings = g_settings_new ("io.github.hearthapp.Hearth");
    g_autoptr(GError) error = NULL;
    gboolean is_set = TRUE;

    WAIT_FOR ((hearth_lock_is_set (journal, hearth_profile_get_uuid (f->ann), &is_set, HEARTH_SECRETS_NONE, NULL, &error),
               !is_set));
    g_assert_no_error (error);
    {
      g_auto(GStrv) listed = g_settings_get_strv (settings, "locked-members");

      g_assert_false (g_strv_contains ((const char * const *) listed, hearth_profile_get_uuid (f->ann)));
    }
  }

  gtk_window_destroy (prefs);
  family_free (f);
}

/* In a subprocess whose session bus is gone (main()): nothing hangs, the
 * lock rows say why, members without a lock work, a member the settings
 * list as locked stays locked and says why. */
static void
test_privacy_no_keyring (void)
{
  if (g_test_subprocess ())
    {
      gint64 start = g_get_monotonic_time ();
      Family *f = family_new_full (TRUE);
      HearthPrivacyPage *page = NULL;
      GtkWindow *prefs;
      GPtrArray *rows;

      /* The keyring's answer within its timeout. */
      g_assert_cmpint (g_get_monotonic_time () - start, <, 8 * G_USEC_PER_SEC);
      g_assert_nonnull (hearth_lock_manager_get_problem (hearth_lock_manager_get_for_store (f->store)));

      /* Ann stays locked, saying why; Ben is shown. */
      g_assert_true (hearth_window_member_is_locked (f->window, hearth_profile_get_uuid (f->ann)));
      assert_shows_only_name (f);
      {
        g_autofree char *texts = window_texts (GTK_WIDGET (f->window));

        g_assert_nonnull (strstr (texts, "keyring is not available"));
      }
      g_assert_true (hearth_window_select_profile (f->window, hearth_profile_get_uuid (f->ben)));
      iterate ();
      g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "member");

      prefs = open_privacy (f, &page);
      rows = _hearth_privacy_page_get_lock_rows (page);
      g_assert_cmpuint (rows->len, ==, 2);
      for (guint i = 0; i < rows->len; i++)
        g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, i)),
                                  "keyring is not available"));
      gtk_window_destroy (prefs);
      family_free (f);
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* @widget's window drawn into tests/NAME in the build dir; checks it is
 * not blank and shows @expected; its mean brightness (0–255). */
static double
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
  int width, height, stride;
  guchar *data;
  double sum = 0, sum2 = 0, mean, stddev;

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
  path = build_root != NULL ? g_build_filename (build_root, "tests", name, NULL) : g_build_filename (tmpdir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("Screenshot: %s", path);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 px = *(guint32 *) (data + y * stride + x * 4);
        double lum = (((px >> 16) & 0xff) + ((px >> 8) & 0xff) + (px & 0xff)) / 3.0;

        sum += lum;
        sum2 += lum * lum;
      }
  mean = sum / ((double) width * height);
  stddev = sqrt (MAX (0, sum2 / ((double) width * height) - mean * mean));
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (stddev, >, 10);   /* not a blank window */

  texts = window_texts (toplevel);
  if (strstr (texts, expected) == NULL)
    g_error ("“%s” is not on screen; the labels drawn are:\n%s", expected, texts);
  return mean;
}

/* The Privacy page light and dark, a locked member (build/tests/privacy-*.png). */
static void
test_privacy_screenshots (void)
{
  Family *f = family_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  HearthPrivacyPage *page = NULL;
  GtkWindow *prefs;
  double light, dark;

  /* Ann locked through the PIN dialog (set in its fields: the typing is
   * /hearth/gui/lock/member's). */
  {
    HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
    g_autofree char *journal = hearth_secrets_journal_id (f->path);
    g_autoptr(GError) error = NULL;
    HearthPinDialog *dialog = open_pin_dialog (f, HEARTH_LOCK_OP_SET);

    gtk_editable_set_text (GTK_EDITABLE (_hearth_pin_dialog_get_entry (dialog, 0)), "8642");
    gtk_editable_set_text (GTK_EDITABLE (_hearth_pin_dialog_get_entry (dialog, 1)), "8642");
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    g_signal_emit_by_name (_hearth_pin_dialog_get_entry (dialog, 1), "activate");
    WAIT_FOR (dialog == NULL);
    g_assert_true (hearth_lock_manager_is_locked (locks, hearth_profile_get_uuid (f->ann)));

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    save_png (GTK_WIDGET (f->window), "privacy-locked-member-light.png", "This member’s records are locked. Type their PIN to see them.");

    prefs = open_privacy (f, &page);
    /* Scrolled to the end: the Backups group's buttons (test-gui-backup). */
    {
      GtkWidget *scrolled = gtk_widget_get_first_child (GTK_WIDGET (page));
      GtkAdjustment *adj;

      g_assert_true (GTK_IS_SCROLLED_WINDOW (scrolled));
      adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
    }
    light = save_png (GTK_WIDGET (prefs), "privacy-page-light.png", "Back Up Now");
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    dark = save_png (GTK_WIDGET (prefs), "privacy-page-dark.png", "Locked with a PIN");
    g_assert_cmpfloat (light, >, dark + 40);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    gtk_window_destroy (prefs);

    ASSERT_OK (hearth_lock_remove (journal, hearth_profile_get_uuid (f->ann), "8642", HEARTH_SECRETS_NONE, NULL, &error));
  }
  family_free (f);
}

/* A locked member's news waits: no toast or notification names them. */
static void
test_lock_no_celebration (void)
{
  Family *f = family_new ();
  HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  hearth_lock_manager_run (locks, HEARTH_LOCK_OP_SET, hearth_profile_get_uuid (f->ann), "1234", NULL,
                           NULL, on_run_done_cb, &done);
  WAIT_FOR (done);
  g_assert_true (hearth_window_member_is_locked (f->window, hearth_profile_get_uuid (f->ann)));
  g_assert_cmpint (_hearth_window_celebrate_as (f->window, TRUE, f->ann, "test", "Ann reached a goal", NULL),
                   ==, HEARTH_CELEBRATION_WAIT);
  g_assert_false (_hearth_window_has_toasts (f->window));
  /* Ben has no lock: his is shown. */
  g_assert_cmpint (_hearth_window_celebrate_as (f->window, TRUE, f->ben, "test", "Ben reached a goal", NULL),
                   ==, HEARTH_CELEBRATION_TOAST);

  ASSERT_OK (hearth_lock_remove (journal, hearth_profile_get_uuid (f->ann), "1234", HEARTH_SECRETS_NONE, NULL, &error));
  wait_ms (1000);
  _hearth_window_dismiss_toasts (f->window);
  wait_ms (500);
  family_free (f);
}

/* Ctrl+Z after the member was locked: nothing is undone and the toast
 * names only the member; unlocked, the same Ctrl+Z undoes it. */
static void
test_lock_undo (void)
{
  Family *f = family_new ();
  HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
  const char *ann = hearth_profile_get_uuid (f->ann);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthReading) last = hearth_store_get_last_added_reading (f->store, ann, &error);
  g_autofree char *uuid = NULL;
  gboolean done = FALSE;
  AdwToast *toast;

  g_assert_nonnull (last);
  uuid = g_strdup (hearth_reading_get_uuid (last));
  hearth_window_delete_reading (f->window, uuid);
  g_assert_cmpint (hearth_store_count_readings (f->store, ann, &error), ==, 0);

  hearth_lock_manager_run (locks, HEARTH_LOCK_OP_SET, ann, "1234", NULL, NULL, on_run_done_cb, &done);
  WAIT_FOR (done);
  g_assert_true (hearth_window_member_is_locked (f->window, ann));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  g_assert_cmpint (hearth_store_count_readings (f->store, ann, &error), ==, 0);
  toast = _hearth_window_get_last_toast (f->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Unlock Ann to undo this change");

  done = FALSE;
  hearth_lock_manager_run (locks, HEARTH_LOCK_OP_UNLOCK, ann, "1234", NULL, NULL, on_run_done_cb, &done);
  WAIT_FOR (done);
  g_assert_false (hearth_window_member_is_locked (f->window, ann));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  g_assert_cmpint (hearth_store_count_readings (f->store, ann, &error), ==, 1);

  ASSERT_OK (hearth_lock_remove (journal, ann, "1234", HEARTH_SECRETS_NONE, NULL, &error));
  wait_ms (1000);
  _hearth_window_dismiss_toasts (f->window);
  wait_ms (500);
  family_free (f);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  /* The no-keyring test's subprocess: a session bus that is gone (an
   * address nothing listens at: no bus can be autolaunched either). */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--GTestSubprocess"))
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-bus", TRUE);

  tmpdir = g_dir_make_tmp ("hearth-gui-privacy-XXXXXX", &error);
  g_assert_no_error (error);

  gtk_test_init (&argc, &argv, NULL);
  /* GTK 4.8 warns when xdotool moves the X focus between windows with no
   * window manager while an entry has the focus ("GtkText - did not
   * receive a focus-out event", GTK's own bookkeeping, logged structured so
   * no fatal handler sees it): warnings are not fatal here, criticals are. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  app = _hearth_application_new_with_flags (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/hearth/gui/lock/member", test_lock_member);
  g_test_add_func ("/hearth/gui/lock/no-celebration", test_lock_no_celebration);
  g_test_add_func ("/hearth/gui/lock/undo", test_lock_undo);
  g_test_add_func ("/hearth/gui/privacy/export-import", test_privacy_export_import);
  g_test_add_func ("/hearth/gui/privacy/delete-everything", test_privacy_delete_everything);
  g_test_add_func ("/hearth/gui/privacy/no-keyring", test_privacy_no_keyring);
  g_test_add_func ("/hearth/gui/privacy/screenshots", test_privacy_screenshots);

  ret = g_test_run ();

  g_clear_object (&app);
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
