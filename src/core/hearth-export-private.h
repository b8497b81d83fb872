/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The export format's tables (docs/export-format.md), shared by
 * hearth-export.c and hearth-import.c: each JSON array is one SQL table,
 * its rows nested under the row they belong to. */

typedef enum {
  _HEARTH_COL_TEXT,
  _HEARTH_COL_INT,
  _HEARTH_COL_REAL,
  _HEARTH_COL_INSTANT,  /* UTC µs; shifted when de-identified */
  _HEARTH_COL_DAY,      /* a local day number; shifted when de-identified */
  _HEARTH_COL_UUID,     /* the row's uuid; replaced when de-identified */
  _HEARTH_COL_FOOD,     /* food_id: "food" (a family food's uuid) or "food_fdc_id" */
} _HearthColType;

enum {
  _HEARTH_COL_REQUIRED = 1 << 0,
  _HEARTH_COL_FREE     = 1 << 1,  /* names and free text: dropped (or a placeholder) when de-identified */
  _HEARTH_COL_BIRTH    = 1 << 2,  /* birth month and day: dropped when de-identified */
  _HEARTH_COL_KNOWN    = 1 << 3,  /* a condition: the row is left out when de-identified
                                   * unless it is an identifier (free text) */
};

typedef struct {
  const char     *name;         /* SQL column and JSON key */
  _HearthColType  type;
  guint           flags;
  const char     *placeholder;  /* a required _FREE column's text when de-identified */
} _HearthExportColumn;

typedef struct _HearthExportTable _HearthExportTable;
struct _HearthExportTable {
  const char                *table;      /* SQL table */
  const char                *key;        /* JSON key of its array */
  const char                *parent_col; /* the parent row's id, NULL at the top */
  const char                *where;      /* a top-level table's filter, or NULL */
  const _HearthExportColumn *columns;    /* ends with a NULL name */
  const _HearthExportTable  *children[13];  /* ends with NULL */
  const char                *unique_live; /* a column that, with parent_col, the journal
                                           * keeps unique among live rows (an index), or NULL */
  const char                *unique_kind; /* only among rows of this "kind" (readings: steps,
                                           * one live entry a member and day), or NULL */
};

#define _HEARTH_EXPORT_FORMAT "hearth-export"
/* 2: the health record (schema 11): members' "conditions" text became the
 * health_conditions array; family_history, health_records. Version 1 is
 * still read. */
#define _HEARTH_EXPORT_VERSION 2

extern const _HearthExportTable _hearth_export_foods;
extern const _HearthExportTable _hearth_export_recipes;
extern const _HearthExportTable _hearth_export_profiles;

/* "SELECT …" text built once and interned (it outlives any store, as
 * _hearth_store_prepare() wants). */
const char *_hearth_export_intern_sql (const char *format, ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
