/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tests only: the SQL of hearth-store-badges.c and hearth-store-challenges.c,
 * NULL-terminated, so tests/test-badges.c can check with EXPLAIN QUERY PLAN
 * that every one walks an index. */
const char * const *_hearth_store_badges_queries_for_testing     (void);
const char * const *_hearth_store_challenges_queries_for_testing (void);

G_END_DECLS
