/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* docs/clinical.md#physical-activity: moderate 3–5.9 MET, vigorous ≥ 6. */
typedef enum
{
  HEARTH_INTENSITY_LIGHT,
  HEARTH_INTENSITY_MODERATE,
  HEARTH_INTENSITY_VIGOROUS,
} HearthIntensity;

/* One activity of the built-in list, each with its MET value and code
 * from the 2011 Compendium of Physical Activities. */
typedef struct
{
  const char *id;        /* stable identifier, stored and typed in the CLI ("walking-brisk") */
  const char *name;      /* N_() English name: show with _() */
  const char *code;      /* Compendium code ("17190") */
  double      met;
} HearthActivity;

/* The whole list, in display order; *@n_activities receives its length. */
const HearthActivity *hearth_activity_get_all        (guint       *n_activities);
/* NULL when @id is not in the list. */
const HearthActivity *hearth_activity_lookup         (const char  *id);
HearthIntensity       hearth_activity_intensity_of_met (double     met);
HearthIntensity       hearth_activity_get_intensity  (const HearthActivity *activity);
/* Up to @max identifiers closest to @typed (edit distance, then a shared
 * prefix), closest first: for "unknown activity, did you mean …".
 * NULL-terminated, newly allocated. */
char                **hearth_activity_suggest        (const char  *typed,
                                                      guint        max);

G_END_DECLS
