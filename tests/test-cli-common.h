/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Drives $HEARTH_CLI as a person or a script would: argv arrays, a fresh
 * database per test (HEARTH_DB), "now" fixed by HEARTH_NOW and a time zone
 * with summer time (TZ), so local days and offsets are checked too. Shared
 * by the CLI test programs. */

#define NOW "2026-03-30T12:00:00+02:00"
#define CET "CET-1CEST,M3.5.0,M10.5.0/3"

typedef struct
{
  char  *dir;
  char  *db;
  char **envp;
  char  *out;
  char  *err;
} Fixture;

void       fixture_set_up    (Fixture *f, gconstpointer data);
void       fixture_tear_down (Fixture *f, gconstpointer data);
/* Runs hearth-cli with the NULL-terminated arguments; f->out and f->err
 * hold its output. Returns the exit status; dying by a signal fails the test. */
int        run_argv          (Fixture *f, const char **args);
guint      count_lines       (const char *text);
/* One line, "hearth-cli: …", that contains @needle (if given). */
void       assert_error_line (Fixture *f, const char *needle);
JsonNode  *parse_json        (const char *text);
/* Every member and every reading as JSON: equal snapshots, equal data. */
char      *snapshot          (Fixture *f);
char     **lines             (const char *text);
/* Ann (1980-05-01, female, 165 cm) and Bob (1975). */
void       add_family        (Fixture *f);

#define run(f, ...) run_argv ((f), (const char *[]) { __VA_ARGS__, NULL })

/* Runs and expects success with nothing on stderr. */
#define run_ok(f, ...) G_STMT_START {                                   \
  int status_ = run ((f), __VA_ARGS__);                                 \
  if (status_ != 0)                                                     \
    g_error ("exit %d; stderr: %s", status_, (f)->err);                 \
  g_assert_cmpstr ((f)->err, ==, "");                                   \
} G_STMT_END

/* Runs and expects failure @status, one error line containing @needle,
 * and the database unchanged. */
#define run_fails(f, status, needle, ...) G_STMT_START {                \
  g_autofree char *before_ = snapshot (f);                              \
  g_autofree char *after_ = NULL;                                       \
  int status_ = run ((f), __VA_ARGS__);                                 \
  if (status_ != (status))                                              \
    g_error ("exit %d, expected %d; stderr: %s", status_, (status), (f)->err); \
  assert_error_line ((f), (needle));                                    \
  after_ = snapshot (f);                                                \
  g_assert_cmpstr (before_, ==, after_);                                \
} G_STMT_END

G_END_DECLS
