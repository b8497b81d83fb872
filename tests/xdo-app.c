/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xdo-app"

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include "xdo-app.h"

/* The built app as a person uses it: started under the test's X display
 * with a window manager (openbox), driven key by key through xdotool,
 * then its journal read back with core. Shared by test-gui-forms and
 * test-gui-meals. */

static GPid wm_pid;

char *
xdo_run (const char *args,
         gboolean    may_fail)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = g_strconcat ("xdotool ", args, NULL);
  g_auto(GStrv) argv = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      if (!may_fail)
        g_error ("%s failed", command);
      g_clear_pointer (&out, g_free);
    }
  return out;
}

void
xdo (const char *format,
     ...)
{
  va_list args;
  g_autofree char *line = NULL;
  g_autofree char *out = NULL;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  out = xdo_run (line, FALSE);
}

void
xdo_press (const char *keys)
{
  xdo ("key --clearmodifiers --delay 40 %s", keys);
}

void
xdo_type (const char *text)
{
  g_autofree char *quoted = g_shell_quote (text);

  xdo ("type --clearmodifiers --delay 40 %s", quoted);
}

/* The id of the app's visible window titled exactly @title, waiting up
 * to @timeout_ms; 0 if none appeared. */
gulong
xdo_find_window (XdoApp     *app,
                 const char *title,
                 guint       timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  do
    {
      g_autofree char *args = g_strdup_printf ("search --all --onlyvisible --pid %d --name '^%s$'",
                                               (int) app->pid, title);
      g_autofree char *out = xdo_run (args, TRUE);

      if (out != NULL && *out != '\0')
        return strtoul (out, NULL, 10);
      g_usleep (50 * 1000);
    }
  while (g_get_monotonic_time () < end);

  return 0;
}

/* The screen as it is, for a look at what went wrong (or right): in the
 * build's tests folder, PREFIX-NAME.png. */
void
xdo_take_screenshot (XdoApp     *app,
                     const char *name)
{
  g_autofree char *base = g_strdup_printf ("%s-%s.png", app->prefix, name);
  g_autofree char *file = g_test_build_filename (G_TEST_BUILT, base, NULL);
  g_autofree char *command = g_strdup_printf ("/usr/bin/import -window root %s", file);

  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  g_test_message ("screenshot: %s", file);
}

/* Waits for @title to open and have the keyboard focus. */
gulong
xdo_wait_focused (XdoApp     *app,
                  const char *title)
{
  gulong id = xdo_find_window (app, title, XDO_WAIT_MS);
  gint64 end = g_get_monotonic_time () + (gint64) XDO_WAIT_MS * 1000;

  if (id == 0)
    {
      xdo_take_screenshot (app, "no-window");
      g_error ("no window \"%s\" opened (screenshot %s-no-window.png in the build's tests folder)",
               title, app->prefix);
    }
  do
    {
      g_autofree char *out = xdo_run ("getwindowfocus", TRUE);

      if (out != NULL && strtoul (out, NULL, 10) == id)
        break;
      xdo ("windowactivate %lu", id);
      g_usleep (50 * 1000);
    }
  while (g_get_monotonic_time () < end);

  /* GTK sets its focus widget when the window is mapped; let the first
   * frame pass before typing. */
  g_usleep (300 * 1000);
  return id;
}

void
xdo_wait_closed (XdoApp     *app,
                 const char *title)
{
  gint64 end = g_get_monotonic_time () + (gint64) XDO_WAIT_MS * 1000;

  while (xdo_find_window (app, title, 0) != 0)
    {
      if (g_get_monotonic_time () > end)
        {
          xdo_take_screenshot (app, "not-closed");
          g_error ("window \"%s\" did not close (screenshot %s-not-closed.png in the build's tests folder; journal in %s)",
                   title, app->prefix, app->dir);
        }
      g_usleep (50 * 1000);
    }
}

/* The app and the window manager end with the test, even when it fails. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

HearthStore *
xdo_app_open_store (XdoApp *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthClock) clock = hearth_clock_new_system ();
  HearthStore *store = hearth_store_open (app->db, clock, &error);

  g_assert_no_error (error);
  return store;
}

/* An empty journal in a new temporary folder hearth-PREFIX-XXXXXX; the
 * app will run in @locale (NULL: C.UTF-8). */
XdoApp *
xdo_app_new (const char *prefix,
             const char *locale)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("hearth-%s-XXXXXX", prefix);
  XdoApp *app = g_new0 (XdoApp, 1);

  app->prefix = g_strdup (prefix);
  app->dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  app->db = g_build_filename (app->dir, "hearth.db", NULL);
  app->locale = g_strdup (locale != NULL ? locale : "C.UTF-8");
  return app;
}

void
xdo_app_start (XdoApp *app)
{
  g_autoptr(GError) error = NULL;
  const char *build = g_getenv ("HEARTH_BUILD_ROOT");
  g_autofree char *exe = g_build_filename (build, "src", "gui", "hearth", NULL);
  char *argv[] = { exe, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *data = g_build_filename (app->dir, "data", NULL);
  g_autofree char *config = g_build_filename (app->dir, "config", NULL);
  g_autofree char *cache = g_build_filename (app->dir, "cache", NULL);

  envp = g_environ_setenv (envp, "HEARTH_DB", app->db, TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  /* Settings a test can read back after the app quits. */
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", cache, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", app->locale, TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "", TRUE);

  g_assert_true (g_spawn_async (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                                die_with_parent, NULL, &app->pid, &error));
  g_assert_no_error (error);
}

/* Ends the app (its writes are committed already) and returns its
 * journal. */
HearthStore *
xdo_app_stop (XdoApp *app)
{
  int status;

  if (app->pid != 0)
    {
      kill (app->pid, SIGTERM);
      waitpid (app->pid, &status, 0);
      g_spawn_close_pid (app->pid);
      app->pid = 0;
    }
  return xdo_app_open_store (app);
}

void
xdo_app_free (XdoApp *app)
{
  g_autoptr(HearthStore) store = xdo_app_stop (app);

  g_clear_object (&store);
  /* A failed test aborts before this, leaving the folder for a look. */
  {
    const char *argv[] = { "rm", "-rf", app->dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (app->prefix);
  g_free (app->dir);
  g_free (app->db);
  g_free (app->locale);
  g_free (app);
}

static gboolean
wm_running (void)
{
  g_autofree char *out = xdo_run ("get_num_desktops", TRUE);

  return out != NULL;
}

/* Starts openbox on the test's display unless a window manager runs
 * already; its output goes to hearth-PREFIX-openbox.log in the temporary
 * folder. */
void
xdo_start_window_manager (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("hearth-%s-openbox.log", prefix);
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), name, NULL);
  g_autofree char *quoted = g_shell_quote (log);
  /* No autostart: nothing else starts and holds the test's output. */
  g_autofree char *command = g_strdup_printf ("exec openbox --sm-disable --startup true >%s 2>&1", quoted);
  char *argv[] = { (char *) "/bin/sh", (char *) "-c", command, NULL };
  gint64 end;

  if (wm_running ())
    return;

  g_assert_true (g_spawn_async (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                die_with_parent, NULL, &wm_pid, &error));
  g_assert_no_error (error);
  end = g_get_monotonic_time () + (gint64) 3 * XDO_WAIT_MS * 1000;
  while (!wm_running ())
    {
      if (g_get_monotonic_time () > end || waitpid (wm_pid, NULL, WNOHANG) == wm_pid)
        {
          g_autofree char *text = NULL;

          g_file_get_contents (log, &text, NULL, NULL);
          g_error ("openbox did not start on %s: %s", g_getenv ("DISPLAY"), text ? text : "");
        }
      g_usleep (50 * 1000);
    }
}

/* Ends the window manager xdo_start_window_manager() started, if any. */
void
xdo_stop_window_manager (void)
{
  if (wm_pid != 0)
    {
      kill (wm_pid, SIGTERM);
      g_spawn_close_pid (wm_pid);
      wm_pid = 0;
    }
}
