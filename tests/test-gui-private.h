/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hearth-application.h"
#include "hearth-window.h"

G_BEGIN_DECLS

/* test-gui.c: one app and window for the whole run, and helpers. */
extern HearthApplication *app;
extern HearthWindow      *window;
extern char              *tmpdir;

void      iterate          (void);
void      wait_ms          (guint       ms);
guint     count_rows       (GtkListBox *list);
/* Members and readings straight through the store, times before now. */
GDateTime     *hours_ago    (double         hours);
HearthProfile *add_member   (const char    *name,
                             guint          birth_year,
                             const char    *condition);
void           log_reading  (HearthProfile *profile,
                             HearthReading *reading);
void           log_bp       (HearthProfile *profile,
                             double         hours,
                             double         systolic,
                             double         diastolic);
void           log_weight   (HearthProfile *profile,
                             double         hours,
                             double         kg);
/* win.show-member, checked. */
void           show_member  (HearthProfile *profile);

/* test-gui-capture.c: what the window shows. */
typedef struct
{
  cairo_surface_t *surface;
  int              width;
  int              height;
  GString         *texts;   /* every label drawn, one a line */
} Capture;

void      capture_free     (Capture    *capture);
Capture  *save_screenshot  (const char *name,
                            const char *first_text,
                            ...) G_GNUC_NULL_TERMINATED;
double    brightness       (Capture    *capture);
double    widget_stddev    (Capture    *capture,
                            GtkWidget  *widget);
double    mean_difference  (Capture    *a,
                            Capture    *b);
gboolean  shows_css_class  (GtkWidget  *widget,
                            const char *css_class);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Capture, capture_free)

/* test-gui-window.c: lazily built pages, read-only journals. */
void      add_window_tests (void);

/* test-gui-pages.c: pages that follow the store, undo, severe labels. */
void      add_pages_tests  (void);

/* test-gui-today.c: the member page's Today section. */
void      add_today_tests  (void);

/* test-gui-checklist.c: the first-week checklist (issue 9). */
void      add_checklist_tests (void);

/* test-gui-today.c: @toplevel drawn into tests/NAME in the build dir; not
 * blank; its mean brightness (0–255). */
double    save_window_png  (GtkWindow  *toplevel,
                            const char *name);

/* test-gui-family.c: the family overview, a caregiver's home (issue 10). */
void      add_family_tests (void);
/* test-gui-growth.c: a child's page and growth chart (issue 10). */
void      add_growth_tests (void);

G_END_DECLS
