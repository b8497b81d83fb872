/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Challenges (issue 9; PRODUCT.md "Time-boxed challenges with a daily
 * check-in"): a run of local days from start_day to end_day (inclusive) on
 * which the member checks in, from a built-in list or of their own (a
 * title and a length). A plain struct with free functions, like
 * HearthWorkout; the store side is hearth-store-challenges.h. Days are
 * local day numbers (days since 1970-01-01). */

#define HEARTH_CHALLENGE_ERROR (hearth_challenge_error_quark ())

/* The code names the field the message belongs next to. */
typedef enum
{
  HEARTH_CHALLENGE_ERROR_TEMPLATE,  /* not a built-in challenge */
  HEARTH_CHALLENGE_ERROR_TITLE,     /* empty, too long, control characters */
  HEARTH_CHALLENGE_ERROR_LENGTH,    /* not 1 to HEARTH_CHALLENGE_MAX_DAYS days */
  HEARTH_CHALLENGE_ERROR_START,     /* more than a year before or after today */
  HEARTH_CHALLENGE_ERROR_DAY,       /* a check-in outside the challenge, or in the future */
} HearthChallengeError;

GQuark hearth_challenge_error_quark (void);

#define HEARTH_CHALLENGE_MAX_DAYS      365
#define HEARTH_CHALLENGE_MAX_TITLE     80    /* characters */
/* A challenge starts at most this many days before or after today. */
#define HEARTH_CHALLENGE_START_RANGE   365

/* A built-in challenge. */
typedef struct
{
  const char *id;           /* "no-sugary-drinks-7" */
  const char *title;        /* untranslated: hearth_challenge_template_get_title() */
  const char *description;  /* untranslated: _get_description() */
  guint       days;
} HearthChallengeTemplate;

/* The built-in list, in the order to offer it; *@n_templates its length. */
const HearthChallengeTemplate *hearth_challenge_get_templates         (guint *n_templates);
/* NULL when there is no such built-in challenge. */
const HearthChallengeTemplate *hearth_challenge_template_lookup       (const char *id);
const char                    *hearth_challenge_template_get_title    (const HearthChallengeTemplate *self);
const char                    *hearth_challenge_template_get_description (const HearthChallengeTemplate *self);

typedef enum
{
  HEARTH_CHALLENGE_UPCOMING,   /* today before start_day */
  HEARTH_CHALLENGE_ACTIVE,     /* today within it, not every day checked yet */
  HEARTH_CHALLENGE_FINISHED,   /* today after end_day, some day not checked */
  HEARTH_CHALLENGE_COMPLETED,  /* every day checked */
} HearthChallengeState;

typedef struct
{
  char   *uuid;           /* NULL until stored */
  char   *profile_uuid;
  char   *template_id;    /* a built-in challenge's id; NULL for the member's own */
  char   *title;          /* the member's title; a built-in one's English title */
  gint64  start_day;
  gint64  end_day;        /* >= start_day */
  GArray *checkins;       /* gint64 days checked in, ascending, each once */
  gint64  created_at;
  gint64  updated_at;
} HearthChallenge;

/* The member's own: @title over @days days from @start_day (not validated:
 * hearth_challenge_validate()). */
HearthChallenge *hearth_challenge_new               (const char  *profile_uuid,
                                                     const char  *title,
                                                     gint64       start_day,
                                                     guint        days);
/* A built-in one from @start_day; NULL with TEMPLATE for an unknown id. */
HearthChallenge *hearth_challenge_new_from_template (const char  *profile_uuid,
                                                     const char  *template_id,
                                                     gint64       start_day,
                                                     GError     **error);
HearthChallenge *hearth_challenge_copy              (const HearthChallenge *self);
void             hearth_challenge_free              (HearthChallenge *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthChallenge, hearth_challenge_free)

/* FALSE with HEARTH_CHALLENGE_ERROR (translated, naming the field): an
 * unknown template, a title empty, longer than HEARTH_CHALLENGE_MAX_TITLE
 * characters or with control characters, a length (end − start + 1)
 * outside 1..HEARTH_CHALLENGE_MAX_DAYS, a start more than
 * HEARTH_CHALLENGE_START_RANGE days from @today. */
gboolean             hearth_challenge_validate      (const HearthChallenge *self,
                                                     gint64                 today,
                                                     GError               **error);
/* FALSE with DAY unless @day is within the challenge and not after @today. */
gboolean             hearth_challenge_validate_checkin (const HearthChallenge *self,
                                                        gint64                 day,
                                                        gint64                 today,
                                                        GError               **error);

/* The title to show: a built-in challenge's translated, else the member's. */
const char          *hearth_challenge_get_title     (const HearthChallenge *self);
guint                hearth_challenge_get_days      (const HearthChallenge *self);
guint                hearth_challenge_get_checked   (const HearthChallenge *self);
gboolean             hearth_challenge_is_checked    (const HearthChallenge *self,
                                                     gint64                 day);
/* Days checked ÷ days, 0..1. */
double               hearth_challenge_get_progress  (const HearthChallenge *self);
HearthChallengeState hearth_challenge_get_state     (const HearthChallenge *self,
                                                     gint64                 today);
/* "upcoming", "active", "finished", "completed" */
const char          *hearth_challenge_state_to_string (HearthChallengeState state);
/* Translated: "Upcoming", "Active", "Finished", "Completed". */
const char          *hearth_challenge_state_get_name  (HearthChallengeState state);

G_END_DECLS
