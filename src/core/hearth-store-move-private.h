/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tests only: the SQL of hearth-store-exercise.c and
 * hearth-store-medications.c that reads by member, medication or time,
 * NULL-terminated, so tests can check with EXPLAIN QUERY PLAN that each
 * walks an index. */
const char * const *_hearth_store_exercise_queries_for_testing    (void);
const char * const *_hearth_store_medications_queries_for_testing (void);

G_END_DECLS
