/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hearth-core.h"

G_BEGIN_DECLS

/* The built app under the test's X display with openbox, driven key by
 * key through xdotool (real X key events), for test-gui-forms and
 * test-gui-meals. */

#define XDO_WAIT_MS 10000

typedef struct
{
  char *prefix;  /* "forms", "meals": the temporary folder's and screenshots' names */
  char *dir;
  char *db;
  char *locale;
  GPid  pid;
} XdoApp;

char         *xdo_run                  (const char *args,
                                        gboolean    may_fail);
void          xdo                      (const char *format,
                                        ...) G_GNUC_PRINTF (1, 2);
void          xdo_press                (const char *keys);
void          xdo_type                 (const char *text);

XdoApp       *xdo_app_new              (const char *prefix,
                                        const char *locale);
HearthStore  *xdo_app_open_store       (XdoApp     *app);
void          xdo_app_start            (XdoApp     *app);
HearthStore  *xdo_app_stop             (XdoApp     *app);
void          xdo_app_free             (XdoApp     *app);

gulong        xdo_find_window          (XdoApp     *app,
                                        const char *title,
                                        guint       timeout_ms);
gulong        xdo_wait_focused         (XdoApp     *app,
                                        const char *title);
void          xdo_wait_closed          (XdoApp     *app,
                                        const char *title);
void          xdo_take_screenshot      (XdoApp     *app,
                                        const char *name);

void          xdo_start_window_manager (const char *prefix);
void          xdo_stop_window_manager  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XdoApp, xdo_app_free)

G_END_DECLS
