/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tests only: the SQL of hearth-store-family.c, NULL-terminated, so
 * tests/test-family.c can check with EXPLAIN QUERY PLAN that every one
 * walks an index. */
const char * const *_hearth_store_family_queries_for_testing (void);

G_END_DECLS
