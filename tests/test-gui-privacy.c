/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui-privacy"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <gdk/x11/gdkx.h>

#include "hearth-application-private.h"
#include "hearth-lock-manager-private.h"
#include "hearth-member-page-private.h"
#include "hearth-pin-dialog-private.h"
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

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *done = data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

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
family_new (void)
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

static const char *
entry_text (HearthPinDialog *dialog,
            guint            index)
{
  return gtk_editable_get_text (GTK_EDITABLE (_hearth_pin_dialog_get_entry (dialog, index)));
}

/* Every label's text under @widget that is drawn (mapped), one a line. */
static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

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

static void
test_lock_member (void)
{
  Family *f = family_new ();
  HearthLockManager *locks = hearth_lock_manager_get_for_store (f->store);
  const char *ann = hearth_profile_get_uuid (f->ann);
  g_autofree char *journal = hearth_secrets_journal_id (f->path);
  g_autoptr(GError) error = NULL;
  HearthPinDialog *dialog;
  GtkWindow *unlock;

  g_assert_false (hearth_window_member_is_locked (f->window, ann));
  g_assert_cmpstr (_hearth_window_get_content_page (f->window), ==, "member");

  /* Set: typed key by key, the repetition after Tab. */
  dialog = open_pin_dialog (f, HEARTH_LOCK_OP_SET);
  press_keys (GTK_WINDOW (dialog), "2", "4", "6", "8", "Tab", "2", "4", "6", "8", NULL);
  g_assert_cmpstr (entry_text (dialog, 0), ==, "2468");
  g_assert_cmpstr (entry_text (dialog, 1), ==, "2468");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_keys (GTK_WINDOW (dialog), "Return", NULL);
  WAIT_FOR (dialog == NULL);

  /* In the keyring, not anywhere else; she is locked at once. */
  {
    gboolean is_set = FALSE;

    ASSERT_OK (hearth_lock_is_set (journal, ann, &is_set, HEARTH_SECRETS_NONE, NULL, &error));
    g_assert_true (is_set);
  }
  g_assert_true (hearth_window_member_is_locked (f->window, ann));
  g_assert_false (hearth_window_member_is_locked (f->window, hearth_profile_get_uuid (f->ben)));
  assert_shows_only_name (f);

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

  ASSERT_OK (hearth_lock_remove (journal, ann, "2468", HEARTH_SECRETS_NONE, NULL, &error));
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

  ret = g_test_run ();

  g_clear_object (&app);
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
