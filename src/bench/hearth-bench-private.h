/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hearth-core.h"

G_BEGIN_DECLS

/* What hearth-bench.c's sections share (a program's own header). */

typedef struct
{
  char   *name;
  double  value;
  char   *unit;
} Measure;

typedef struct
{
  GArray    *measures;  /* Measure */
  GPtrArray *notes;
} Report;

void   report       (Report *r, const char *name, double value, const char *unit);
void   note         (Report *r, const char *text);
double ms_since     (gint64 start);
/* Sorts @values. */
double median       (GArray *values);
/* Median and max (and the max after the first @per_round values). Sorts. */
void   report_times (Report *r, const char *name, GArray *values, guint per_round);
G_NORETURN
void   die          (const char *what, const GError *error);

/* (f) hearth-bench-progress.c */
void   bench_progress (Report *r, HearthStore *store, HearthClock *clock);

/* (g) hearth-bench-backup.c: export, import, backup and restore; temporary
 * files in @dir. */
void   bench_backup   (Report *r, HearthStore *store, HearthClock *clock, const char *dir);

G_END_DECLS
