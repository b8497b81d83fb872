/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-challenge"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-challenge.h"
#include "hearth-core.h"

G_DEFINE_QUARK (hearth-challenge-error-quark, hearth_challenge_error)

/* The built-in challenges: small, concrete, a day at a time (PRODUCT.md). */
static const HearthChallengeTemplate templates[] = {
  { "no-sugary-drinks-7", N_("7 Days without Sugary Drinks"),
    N_("No soft drinks, sweetened juices or sweetened tea and coffee for a week."), 7 },
  { "walk-30", N_("30-Day Walk"),
    N_("A walk of at least 30 minutes every day for a month."), 30 },
  { "vegetables-14", N_("Vegetables Every Day"),
    N_("At least two portions of vegetables every day for two weeks."), 14 },
  { "no-added-salt-7", N_("A Week without Added Salt"),
    N_("No salt added at the table or in cooking for a week."), 7 },
  { "bedtime-14", N_("Bed by 11 for Two Weeks"),
    N_("In bed with the lights out by 23:00 every night for two weeks."), 14 },
};

const HearthChallengeTemplate *
hearth_challenge_get_templates (guint *n_templates)
{
  g_return_val_if_fail (n_templates != NULL, NULL);

  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

const HearthChallengeTemplate *
hearth_challenge_template_lookup (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (templates[i].id, id))
      return &templates[i];
  return NULL;
}

const char *
hearth_challenge_template_get_title (const HearthChallengeTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  hearth_core_init ();
  return _(self->title);
}

const char *
hearth_challenge_template_get_description (const HearthChallengeTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  hearth_core_init ();
  return _(self->description);
}

HearthChallenge *
hearth_challenge_new (const char *profile_uuid,
                      const char *title,
                      gint64      start_day,
                      guint       days)
{
  HearthChallenge *self = g_new0 (HearthChallenge, 1);

  self->profile_uuid = g_strdup (profile_uuid);
  self->title = g_strdup (title);
  self->start_day = start_day;
  /* 0 days gives an end before the start: refused by validation. */
  self->end_day = start_day + (gint64) days - 1;
  self->checkins = g_array_new (FALSE, FALSE, sizeof (gint64));
  return self;
}

HearthChallenge *
hearth_challenge_new_from_template (const char  *profile_uuid,
                                    const char  *template_id,
                                    gint64       start_day,
                                    GError     **error)
{
  const HearthChallengeTemplate *template = hearth_challenge_template_lookup (template_id);
  HearthChallenge *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (template == NULL)
    {
      hearth_core_init ();
      g_set_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TEMPLATE,
                   _("“%s” is not a built-in challenge."), template_id != NULL ? template_id : "");
      return NULL;
    }
  self = hearth_challenge_new (profile_uuid, template->title, start_day, template->days);
  self->template_id = g_strdup (template->id);
  return self;
}

HearthChallenge *
hearth_challenge_copy (const HearthChallenge *self)
{
  HearthChallenge *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (HearthChallenge, 1);
  copy->uuid = g_strdup (self->uuid);
  copy->profile_uuid = g_strdup (self->profile_uuid);
  copy->template_id = g_strdup (self->template_id);
  copy->title = g_strdup (self->title);
  copy->start_day = self->start_day;
  copy->end_day = self->end_day;
  copy->checkins = g_array_copy (self->checkins);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  return copy;
}

void
hearth_challenge_free (HearthChallenge *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->profile_uuid);
  g_free (self->template_id);
  g_free (self->title);
  g_clear_pointer (&self->checkins, g_array_unref);
  g_free (self);
}

static gboolean
has_control_characters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

gboolean
hearth_challenge_validate (const HearthChallenge *self,
                           gint64                 today,
                           GError               **error)
{
  g_autofree char *trimmed = NULL;
  gint64 days;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  hearth_core_init ();
  if (self->template_id != NULL && hearth_challenge_template_lookup (self->template_id) == NULL)
    {
      g_set_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TEMPLATE,
                   _("“%s” is not a built-in challenge."), self->template_id);
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (self->title != NULL ? self->title : ""));
  if (trimmed[0] == '\0' || !g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TITLE,
                           _("A challenge needs a title."));
      return FALSE;
    }
  if (g_utf8_strlen (trimmed, -1) > HEARTH_CHALLENGE_MAX_TITLE)
    {
      g_set_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TITLE,
                   g_dngettext (GETTEXT_PACKAGE, "A challenge’s title can be at most %d character long.",
                                "A challenge’s title can be at most %d characters long.",
                                HEARTH_CHALLENGE_MAX_TITLE),
                   HEARTH_CHALLENGE_MAX_TITLE);
      return FALSE;
    }
  if (has_control_characters (trimmed))
    {
      g_set_error_literal (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_TITLE,
                           _("A challenge’s title cannot contain tabs or line breaks."));
      return FALSE;
    }
  days = self->end_day - self->start_day + 1;
  if (days < 1 || days > HEARTH_CHALLENGE_MAX_DAYS)
    {
      g_set_error (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_LENGTH,
                   _("A challenge lasts from 1 to %d days."), HEARTH_CHALLENGE_MAX_DAYS);
      return FALSE;
    }
  if (self->start_day < today - HEARTH_CHALLENGE_START_RANGE ||
      self->start_day > today + HEARTH_CHALLENGE_START_RANGE)
    {
      g_set_error_literal (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_START,
                           _("A challenge starts within a year of today."));
      return FALSE;
    }
  return TRUE;
}

gboolean
hearth_challenge_validate_checkin (const HearthChallenge *self,
                                   gint64                 day,
                                   gint64                 today,
                                   GError               **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  hearth_core_init ();
  if (day > today)
    {
      g_set_error_literal (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY,
                           _("A day in the future cannot be checked in yet."));
      return FALSE;
    }
  if (day < self->start_day || day > self->end_day)
    {
      g_set_error_literal (error, HEARTH_CHALLENGE_ERROR, HEARTH_CHALLENGE_ERROR_DAY,
                           _("That day is not part of the challenge."));
      return FALSE;
    }
  return TRUE;
}

const char *
hearth_challenge_get_title (const HearthChallenge *self)
{
  const HearthChallengeTemplate *template;

  g_return_val_if_fail (self != NULL, NULL);

  template = hearth_challenge_template_lookup (self->template_id);
  return template != NULL ? hearth_challenge_template_get_title (template) : self->title;
}

guint
hearth_challenge_get_days (const HearthChallenge *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end_day >= self->start_day ? (guint) (self->end_day - self->start_day + 1) : 0;
}

gboolean
hearth_challenge_is_checked (const HearthChallenge *self,
                             gint64                 day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; self->checkins != NULL && i < self->checkins->len; i++)
    if (g_array_index (self->checkins, gint64, i) == day)
      return TRUE;
  return FALSE;
}

guint
hearth_challenge_get_checked (const HearthChallenge *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  /* Only the challenge's own days count. */
  for (guint i = 0; self->checkins != NULL && i < self->checkins->len; i++)
    {
      gint64 day = g_array_index (self->checkins, gint64, i);

      n += day >= self->start_day && day <= self->end_day;
    }
  return n;
}

double
hearth_challenge_get_progress (const HearthChallenge *self)
{
  guint days;

  g_return_val_if_fail (self != NULL, 0);

  days = hearth_challenge_get_days (self);
  return days > 0 ? (double) hearth_challenge_get_checked (self) / days : 0;
}

HearthChallengeState
hearth_challenge_get_state (const HearthChallenge *self,
                            gint64                 today)
{
  g_return_val_if_fail (self != NULL, HEARTH_CHALLENGE_UPCOMING);

  if (hearth_challenge_get_days (self) > 0 &&
      hearth_challenge_get_checked (self) == hearth_challenge_get_days (self))
    return HEARTH_CHALLENGE_COMPLETED;
  if (today < self->start_day)
    return HEARTH_CHALLENGE_UPCOMING;
  if (today <= self->end_day)
    return HEARTH_CHALLENGE_ACTIVE;
  return HEARTH_CHALLENGE_FINISHED;
}

static const char * const state_ids[] = {
  [HEARTH_CHALLENGE_UPCOMING] = "upcoming",
  [HEARTH_CHALLENGE_ACTIVE] = "active",
  [HEARTH_CHALLENGE_FINISHED] = "finished",
  [HEARTH_CHALLENGE_COMPLETED] = "completed",
};

static const char * const state_names[] = {
  [HEARTH_CHALLENGE_UPCOMING] = NC_("challenge state", "Upcoming"),
  [HEARTH_CHALLENGE_ACTIVE] = NC_("challenge state", "Active"),
  [HEARTH_CHALLENGE_FINISHED] = NC_("challenge state", "Finished"),
  [HEARTH_CHALLENGE_COMPLETED] = NC_("challenge state", "Completed"),
};

const char *
hearth_challenge_state_to_string (HearthChallengeState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_ids), NULL);

  return state_ids[state];
}

const char *
hearth_challenge_state_get_name (HearthChallengeState state)
{
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (state_names), NULL);

  hearth_core_init ();
  return g_dpgettext2 (GETTEXT_PACKAGE, "challenge state", state_names[state]);
}
