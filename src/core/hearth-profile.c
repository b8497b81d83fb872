/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-profile"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-core-private.h"

#define NAME_MAX_CHARS 100
#define BIRTH_YEAR_MIN 1900

struct _HearthProfile
{
  GObject    parent_instance;

  char      *uuid;
  char      *name;
  guint      birth_year;
  guint      birth_month;
  guint      birth_day;
  HearthSex  sex;
  double     height_cm;
  char      *color;
  GStrv      conditions;
  GStrv      allergies;
  HearthMainGoal main_goal;
  gint64     created_at;
  gint64     updated_at;
};

G_DEFINE_FINAL_TYPE (HearthProfile, hearth_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_BIRTH_YEAR,
  PROP_BIRTH_MONTH,
  PROP_BIRTH_DAY,
  PROP_SEX,
  PROP_HEIGHT_CM,
  PROP_COLOR,
  PROP_CONDITIONS,
  PROP_ALLERGIES,
  PROP_MAIN_GOAL,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

/* g_set_str() arrived in GLib 2.76. */
static void
set_birth_field (HearthProfile *self,
                 guint         *field,
                 guint          value,
                 int            prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Stores a copy, or NULL for an empty vector, so getters can return
 * empty_strv and comparisons treat NULL and {} the same. */
static void
set_strv (HearthProfile      *self,
          GStrv              *field,
          const char * const *value,
          int                 prop)
{
  const char * const *old = *field ? (const char * const *) *field : empty_strv;
  const char * const *new = value ? value : empty_strv;

  if (g_strv_equal (old, new))
    return;

  g_clear_pointer (field, g_strfreev);
  if (new[0] != NULL)
    *field = g_strdupv ((char **) new);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
hearth_profile_finalize (GObject *object)
{
  HearthProfile *self = (HearthProfile *) object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->conditions, g_strfreev);
  g_clear_pointer (&self->allergies, g_strfreev);

  G_OBJECT_CLASS (hearth_profile_parent_class)->finalize (object);
}

static void
hearth_profile_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HearthProfile *self = HEARTH_PROFILE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BIRTH_YEAR:
      g_value_set_uint (value, self->birth_year);
      break;
    case PROP_BIRTH_MONTH:
      g_value_set_uint (value, self->birth_month);
      break;
    case PROP_BIRTH_DAY:
      g_value_set_uint (value, self->birth_day);
      break;
    case PROP_SEX:
      g_value_set_int (value, self->sex);
      break;
    case PROP_HEIGHT_CM:
      g_value_set_double (value, self->height_cm);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_CONDITIONS:
      g_value_set_boxed (value, hearth_profile_get_conditions (self));
      break;
    case PROP_ALLERGIES:
      g_value_set_boxed (value, hearth_profile_get_allergies (self));
      break;
    case PROP_MAIN_GOAL:
      g_value_set_int (value, self->main_goal);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_profile_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HearthProfile *self = HEARTH_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      hearth_profile_set_name (self, g_value_get_string (value));
      break;
    case PROP_BIRTH_YEAR:
      set_birth_field (self, &self->birth_year, g_value_get_uint (value), PROP_BIRTH_YEAR);
      break;
    case PROP_BIRTH_MONTH:
      set_birth_field (self, &self->birth_month, g_value_get_uint (value), PROP_BIRTH_MONTH);
      break;
    case PROP_BIRTH_DAY:
      set_birth_field (self, &self->birth_day, g_value_get_uint (value), PROP_BIRTH_DAY);
      break;
    case PROP_SEX:
      hearth_profile_set_sex (self, g_value_get_int (value));
      break;
    case PROP_HEIGHT_CM:
      hearth_profile_set_height_cm (self, g_value_get_double (value));
      break;
    case PROP_COLOR:
      hearth_profile_set_color (self, g_value_get_string (value));
      break;
    case PROP_CONDITIONS:
      hearth_profile_set_conditions (self, g_value_get_boxed (value));
      break;
    case PROP_ALLERGIES:
      hearth_profile_set_allergies (self, g_value_get_boxed (value));
      break;
    case PROP_MAIN_GOAL:
      hearth_profile_set_main_goal (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_profile_class_init (HearthProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hearth_profile_finalize;
  object_class->get_property = hearth_profile_get_property;
  object_class->set_property = hearth_profile_set_property;

  /* Assigned by the store. */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, rw);
  /* 0 = unknown */
  properties[PROP_BIRTH_YEAR] =
    g_param_spec_uint ("birth-year", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_BIRTH_MONTH] =
    g_param_spec_uint ("birth-month", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_BIRTH_DAY] =
    g_param_spec_uint ("birth-day", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_SEX] =
    g_param_spec_int ("sex", NULL, NULL,
                      HEARTH_SEX_UNSET, HEARTH_SEX_OTHER, HEARTH_SEX_UNSET, rw);
  /* 0 = unknown; any value is accepted here, hearth_profile_validate() judges it. */
  properties[PROP_HEIGHT_CM] =
    g_param_spec_double ("height-cm", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_CONDITIONS] =
    g_param_spec_boxed ("conditions", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_ALLERGIES] =
    g_param_spec_boxed ("allergies", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_MAIN_GOAL] =
    g_param_spec_int ("main-goal", NULL, NULL,
                      HEARTH_MAIN_GOAL_NONE, HEARTH_MAIN_GOAL_LAST, HEARTH_MAIN_GOAL_NONE, rw);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_profile_init (HearthProfile *self)
{
}

HearthProfile *
hearth_profile_new (const char *name)
{
  return g_object_new (HEARTH_TYPE_PROFILE, "name", name, NULL);
}

const char *
hearth_profile_get_uuid (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), NULL);

  return self->uuid;
}

void
_hearth_profile_set_uuid (HearthProfile *self,
                          const char    *uuid)
{
  g_assert (HEARTH_IS_PROFILE (self));

  if (hearth_set_str (&self->uuid, uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

const char *
hearth_profile_get_name (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), NULL);

  return self->name;
}

void
hearth_profile_set_name (HearthProfile *self,
                         const char    *name)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (HEARTH_IS_PROFILE (self));

  normal = hearth_profile_normalize_name (name);
  if (hearth_set_str (&self->name, normal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint
hearth_profile_get_birth_year (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), 0);

  return self->birth_year;
}

guint
hearth_profile_get_birth_month (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), 0);

  return self->birth_month;
}

guint
hearth_profile_get_birth_day (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), 0);

  return self->birth_day;
}

void
hearth_profile_set_birth (HearthProfile *self,
                          guint          year,
                          guint          month,
                          guint          day)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_birth_field (self, &self->birth_year, year, PROP_BIRTH_YEAR);
  set_birth_field (self, &self->birth_month, month, PROP_BIRTH_MONTH);
  set_birth_field (self, &self->birth_day, day, PROP_BIRTH_DAY);
  g_object_thaw_notify (G_OBJECT (self));
}

HearthSex
hearth_profile_get_sex (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), HEARTH_SEX_UNSET);

  return self->sex;
}

void
hearth_profile_set_sex (HearthProfile *self,
                        HearthSex      sex)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));
  g_return_if_fail (sex <= HEARTH_SEX_OTHER);

  if (self->sex == sex)
    return;

  self->sex = sex;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEX]);
}

double
hearth_profile_get_height_cm (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), 0);

  return self->height_cm;
}

void
hearth_profile_set_height_cm (HearthProfile *self,
                              double         height_cm)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));

  /* Exact comparison on purpose: notify on any real change. */
  if (self->height_cm == height_cm || (isnan (self->height_cm) && isnan (height_cm)))
    return;

  self->height_cm = height_cm;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT_CM]);
}

const char *
hearth_profile_get_color (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), NULL);

  return self->color;
}

void
hearth_profile_set_color (HearthProfile *self,
                          const char    *color)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));

  if (hearth_set_str (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

/* The list getters never return NULL: an unset list is empty. */
const char * const *
hearth_profile_get_conditions (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), empty_strv);

  return self->conditions ? (const char * const *) self->conditions : empty_strv;
}

void
hearth_profile_set_conditions (HearthProfile      *self,
                               const char * const *conditions)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));

  set_strv (self, &self->conditions, conditions, PROP_CONDITIONS);
}

gboolean
hearth_profile_has_condition (HearthProfile *self,
                              const char    *condition)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (condition != NULL, FALSE);

  return self->conditions != NULL &&
         g_strv_contains ((const char * const *) self->conditions, condition);
}

const char * const *
hearth_profile_get_allergies (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), empty_strv);

  return self->allergies ? (const char * const *) self->allergies : empty_strv;
}

void
hearth_profile_set_allergies (HearthProfile      *self,
                              const char * const *allergies)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));

  set_strv (self, &self->allergies, allergies, PROP_ALLERGIES);
}

HearthMainGoal
hearth_profile_get_main_goal (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), HEARTH_MAIN_GOAL_NONE);

  return self->main_goal;
}

void
hearth_profile_set_main_goal (HearthProfile  *self,
                              HearthMainGoal  goal)
{
  g_return_if_fail (HEARTH_IS_PROFILE (self));
  g_return_if_fail ((guint) goal <= HEARTH_MAIN_GOAL_LAST);

  if (self->main_goal == goal)
    return;

  self->main_goal = goal;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAIN_GOAL]);
}

gint64
hearth_profile_get_created_at (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), 0);

  return self->created_at;
}

gint64
hearth_profile_get_updated_at (HearthProfile *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE (self), 0);

  return self->updated_at;
}

void
_hearth_profile_set_stamps (HearthProfile *self,
                            gint64         created_at,
                            gint64         updated_at)
{
  g_assert (HEARTH_IS_PROFILE (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->created_at != created_at)
    {
      self->created_at = created_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
  if (self->updated_at != updated_at)
    {
      self->updated_at = updated_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Age in whole years. A birthday with an unknown day is taken as the 15th
 * of its month, one with an unknown month as 1 July (the middle estimates). */
int
hearth_profile_get_age (HearthProfile *self,
                        GDateTime     *now)
{
  int now_year, now_month, now_day;
  guint month, day;
  int age;

  g_return_val_if_fail (HEARTH_IS_PROFILE (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  if (self->birth_year == 0)
    return -1;

  g_date_time_get_ymd (now, &now_year, &now_month, &now_day);

  if (self->birth_month == 0)
    {
      month = 7;
      day = 1;
    }
  else
    {
      month = self->birth_month;
      day = self->birth_day != 0 ? self->birth_day : 15;
    }

  age = now_year - (int) self->birth_year;
  if ((guint) now_month < month || ((guint) now_month == month && (guint) now_day < day))
    age--;

  return MAX (age, 0);
}

char *
hearth_profile_normalize_name (const char *name)
{
  const char *start;
  const char *end;

  if (name == NULL)
    return NULL;
  if (!g_utf8_validate (name, -1, NULL))
    return g_strdup (name);

  start = name;
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_utf8_normalize (start, end - start, G_NORMALIZE_NFC);
}

/* Tabs, line breaks and other control characters would break a line of
 * tab-separated output (and mean nothing in a name). */
static gboolean
has_control_characters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeType type = g_unichar_type (g_utf8_get_char (p));

      if (type == G_UNICODE_CONTROL ||
          type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR)
        return TRUE;
    }

  return FALSE;
}

gboolean
hearth_profile_validate (HearthProfile  *self,
                         GDateTime      *now,
                         GError        **error)
{
  g_autofree char *name = NULL;
  int now_year, now_month, now_day;

  g_return_val_if_fail (HEARTH_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_strstrip (g_strdup (self->name ? self->name : ""));
  if (name[0] == '\0')
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME,
                           _("Enter a name"));
      return FALSE;
    }
  if (!g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME,
                           _("The name contains invalid characters"));
      return FALSE;
    }
  if (has_control_characters (name))
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME,
                           _("The name cannot contain tabs, line breaks or other control characters"));
      return FALSE;
    }
  if (g_utf8_strlen (name, -1) > NAME_MAX_CHARS)
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_NAME,
                   _("The name must be at most %d characters long"), NAME_MAX_CHARS);
      return FALSE;
    }

  g_date_time_get_ymd (now, &now_year, &now_month, &now_day);

  if (self->birth_year == 0 && (self->birth_month != 0 || self->birth_day != 0))
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BIRTH,
                           _("Enter the birth year"));
      return FALSE;
    }
  if (self->birth_year != 0 &&
      (self->birth_year < BIRTH_YEAR_MIN || self->birth_year > (guint) now_year))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BIRTH,
                   _("The birth year must be between %d and %d"), BIRTH_YEAR_MIN, now_year);
      return FALSE;
    }
  if (self->birth_month > 12)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BIRTH,
                           _("The birth month must be between 1 and 12"));
      return FALSE;
    }
  if (self->birth_month == 0 && self->birth_day != 0)
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BIRTH,
                           _("Enter the birth month"));
      return FALSE;
    }
  if (self->birth_day != 0)
    {
      guint days = g_date_get_days_in_month (self->birth_month, self->birth_year);

      if (self->birth_day > days)
        {
          g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BIRTH,
                       _("The birth day must be between 1 and %u"), days);
          return FALSE;
        }
    }
  if (self->birth_year == (guint) now_year &&
      (self->birth_month > (guint) now_month ||
       (self->birth_month == (guint) now_month && self->birth_day > (guint) now_day)))
    {
      g_set_error_literal (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_BIRTH,
                           _("The birth date cannot be in the future"));
      return FALSE;
    }

  if (self->height_cm != 0 &&
      !(self->height_cm >= HEARTH_HEIGHT_MIN_CM && self->height_cm <= HEARTH_HEIGHT_MAX_CM))
    {
      g_set_error (error, HEARTH_VALIDATION_ERROR, HEARTH_VALIDATION_ERROR_HEIGHT,
                   _("The height must be between %d and %d cm"),
                   HEARTH_HEIGHT_MIN_CM, HEARTH_HEIGHT_MAX_CM);
      return FALSE;
    }

  return TRUE;
}

static const char * const sex_names[] = {
  [HEARTH_SEX_UNSET] = "",
  [HEARTH_SEX_FEMALE] = "female",
  [HEARTH_SEX_MALE] = "male",
  [HEARTH_SEX_OTHER] = "other",
};

const char *
hearth_sex_to_string (HearthSex sex)
{
  g_return_val_if_fail (sex < G_N_ELEMENTS (sex_names), "");

  return sex_names[sex];
}

/* NULL and "" give HEARTH_SEX_UNSET. */
gboolean
hearth_sex_from_string (const char *s,
                        HearthSex  *sex)
{
  guint value;

  g_return_val_if_fail (sex != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s != NULL ? s : "", sex_names, &value))
    return FALSE;

  *sex = (HearthSex) value;
  return TRUE;
}

static const char * const main_goal_names[] = {
  [HEARTH_MAIN_GOAL_NONE] = "",
  [HEARTH_MAIN_GOAL_LOWER_BP] = "lower-bp",
  [HEARTH_MAIN_GOAL_LOSE_WEIGHT] = "lose-weight",
  [HEARTH_MAIN_GOAL_MANAGE_GLUCOSE] = "manage-glucose",
  [HEARTH_MAIN_GOAL_MOVE_MORE] = "move-more",
  [HEARTH_MAIN_GOAL_RECORD] = "record",
};

G_STATIC_ASSERT (G_N_ELEMENTS (main_goal_names) == HEARTH_MAIN_GOAL_LAST + 1);

const char *
hearth_main_goal_to_string (HearthMainGoal goal)
{
  g_return_val_if_fail ((guint) goal < G_N_ELEMENTS (main_goal_names), "");

  return main_goal_names[goal];
}

/* NULL and "" give HEARTH_MAIN_GOAL_NONE. */
gboolean
hearth_main_goal_from_string (const char     *s,
                              HearthMainGoal *goal)
{
  guint value;

  g_return_val_if_fail (goal != NULL, FALSE);

  if (!_HEARTH_ID_LOOKUP_STRV (s != NULL ? s : "", main_goal_names, &value))
    return FALSE;

  *goal = (HearthMainGoal) value;
  return TRUE;
}

const char *
hearth_main_goal_get_label (HearthMainGoal goal)
{
  switch (goal)
    {
    case HEARTH_MAIN_GOAL_LOWER_BP:
      return _("Lower blood pressure");
    case HEARTH_MAIN_GOAL_LOSE_WEIGHT:
      return _("Lose weight");
    case HEARTH_MAIN_GOAL_MANAGE_GLUCOSE:
      return _("Manage glucose");
    case HEARTH_MAIN_GOAL_MOVE_MORE:
      return _("Move more");
    case HEARTH_MAIN_GOAL_RECORD:
      return _("Just keep a record");
    case HEARTH_MAIN_GOAL_NONE:
    default:
      return "";
    }
}
