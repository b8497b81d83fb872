/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-record"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hearth-health-record.h"
#include "hearth-profile.h"

G_DEFINE_QUARK (hearth-record-error-quark, hearth_record_error)

static const char * const blood_type_names[] = {
  NULL, "A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-",
};

static const char * const relative_names[] = {
  "mother", "father", "sibling", "child", "grandparent", "other",
};

typedef struct
{
  const char *id;
  const char *label;
} KnownCondition;

static const KnownCondition known_conditions[] = {
  { HEARTH_CONDITION_HYPERTENSION, N_("High blood pressure") },
  { HEARTH_CONDITION_DIABETES, N_("Diabetes") },
  { HEARTH_CONDITION_HEART_DISEASE, N_("Heart disease") },
  { HEARTH_CONDITION_PREGNANCY, N_("Pregnancy") },
  { HEARTH_CONDITION_KIDNEY_DISEASE, N_("Kidney disease") },
};

/* Blood types and relatives ---------------------------------------------- */

const char *
hearth_blood_type_to_string (HearthBloodType type)
{
  if ((guint) type > HEARTH_BLOOD_TYPE_LAST)
    return NULL;
  return blood_type_names[type];
}

gboolean
hearth_blood_type_parse (const char       *text,
                         HearthBloodType  *out,
                         GError          **error)
{
  g_autofree char *clean = NULL;
  GString *compact;
  g_autofree char *key = NULL;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    {
      *out = HEARTH_BLOOD_TYPE_UNKNOWN;
      return TRUE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    goto refused;

  /* U+2212 MINUS SIGN as '-', spaces dropped, ASCII case folded. */
  compact = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (c == 0x2212)
        c = '-';
      g_string_append_unichar (compact, c);
    }
  clean = g_string_free (compact, FALSE);
  key = g_ascii_strup (clean, -1);

  if (key[0] == '\0' || g_str_equal (key, "UNKNOWN"))
    {
      *out = HEARTH_BLOOD_TYPE_UNKNOWN;
      return TRUE;
    }
  if (g_str_has_suffix (key, "POS") || g_str_has_suffix (key, "NEG"))
    {
      gboolean pos = g_str_has_suffix (key, "POS");

      key[strlen (key) - 3] = '\0';
      {
        g_autofree char *joined = g_strconcat (key, pos ? "+" : "-", NULL);

        g_free (key);
        key = g_steal_pointer (&joined);
      }
    }

  for (guint i = 1; i <= HEARTH_BLOOD_TYPE_LAST; i++)
    {
      if (g_str_equal (key, blood_type_names[i]))
        {
          *out = (HearthBloodType) i;
          return TRUE;
        }
    }

refused:
  g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_BLOOD_TYPE,
                       _("Blood type must be one of A+, A-, B+, B-, AB+, AB-, O+, O- or unknown"));
  return FALSE;
}

const char *
hearth_relative_to_string (HearthRelative relative)
{
  if ((guint) relative > HEARTH_RELATIVE_LAST)
    return NULL;
  return relative_names[relative];
}

gboolean
hearth_relative_from_string (const char     *text,
                             HearthRelative *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (relative_names); i++)
    {
      if (g_ascii_strcasecmp (text, relative_names[i]) == 0)
        {
          *out = (HearthRelative) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
hearth_relative_get_label (HearthRelative relative)
{
  switch (relative)
    {
    case HEARTH_RELATIVE_MOTHER: return _("Mother");
    case HEARTH_RELATIVE_FATHER: return _("Father");
    case HEARTH_RELATIVE_SIBLING: return _("Brother or sister");
    case HEARTH_RELATIVE_CHILD: return _("Child");
    case HEARTH_RELATIVE_GRANDPARENT: return _("Grandparent");
    case HEARTH_RELATIVE_OTHER:
    default: return _("Other relative");
    }
}

/* Conditions' names ------------------------------------------------------ */

const char *
hearth_condition_get_label (const char *condition)
{
  g_return_val_if_fail (condition != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (known_conditions); i++)
    {
      if (g_str_equal (condition, known_conditions[i].id))
        return _(known_conditions[i].label);
    }
  return condition;
}

gboolean
hearth_condition_is_known (const char *condition)
{
  for (guint i = 0; condition != NULL && i < G_N_ELEMENTS (known_conditions); i++)
    {
      if (g_str_equal (condition, known_conditions[i].id))
        return TRUE;
    }
  return FALSE;
}

static char *
trim_unicode (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

char *
hearth_condition_normalize (const char *condition)
{
  g_autofree char *trimmed = NULL;

  if (condition == NULL)
    return NULL;
  if (!g_utf8_validate (condition, -1, NULL))
    return g_strdup (condition);

  trimmed = trim_unicode (condition);
  for (guint i = 0; i < G_N_ELEMENTS (known_conditions); i++)
    {
      if (g_ascii_strcasecmp (trimmed, known_conditions[i].id) == 0)
        return g_strdup (known_conditions[i].id);
    }
  return g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFC);
}

/* Days ------------------------------------------------------------------- */

#define EPOCH_JULIAN 719163  /* g_date_get_julian() of 1970-01-01 */

gint64
hearth_record_day_from_ymd (int year,
                            int month,
                            int day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), HEARTH_RECORD_NO_DAY);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return (gint64) g_date_get_julian (&date) - EPOCH_JULIAN;
}

void
hearth_record_day_to_ymd (gint64  day,
                          int    *year,
                          int    *month,
                          int    *mday)
{
  GDate date;

  g_return_if_fail (day + EPOCH_JULIAN >= 1 && day + EPOCH_JULIAN <= G_MAXUINT32);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) (day + EPOCH_JULIAN));
  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (mday != NULL)
    *mday = g_date_get_day (&date);
}

gboolean
hearth_record_day_parse (const char *text,
                         gint64     *out)
{
  int year, month, day;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
        return FALSE;
    }
  year = (int) g_ascii_strtoll (text, NULL, 10);
  month = (int) g_ascii_strtoll (text + 5, NULL, 10);
  day = (int) g_ascii_strtoll (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  *out = hearth_record_day_from_ymd (year, month, day);
  return TRUE;
}

char *
hearth_record_day_format (gint64 day)
{
  int year, month, mday;

  if (day == HEARTH_RECORD_NO_DAY)
    return NULL;
  hearth_record_day_to_ymd (day, &year, &month, &mday);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
}

/* Text checks ------------------------------------------------------------ */

static gboolean
has_control (const char *text,
             gboolean    allow_breaks)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (allow_breaks && (c == '\n' || c == '\t' || c == '\r'))
        continue;
      if (type == G_UNICODE_CONTROL ||
          type == G_UNICODE_LINE_SEPARATOR ||
          type == G_UNICODE_PARAGRAPH_SEPARATOR)
        return TRUE;
    }
  return FALSE;
}

/* NULL and "" pass (the field is optional). */
static gboolean
check_text (const char  *text,
            guint        max_chars,
            gboolean     allow_breaks,
            int          code,
            const char  *what,
            GError     **error)
{
  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    {
      /* TRANSLATORS: %s is a field: "The note", "The phone number" */
      g_set_error (error, HEARTH_RECORD_ERROR, code, _("%s contains invalid characters"), what);
      return FALSE;
    }
  if (has_control (text, allow_breaks))
    {
      g_set_error (error, HEARTH_RECORD_ERROR, code,
                   allow_breaks ? _("%s cannot contain control characters")
                                : _("%s cannot contain tabs, line breaks or other control characters"),
                   what);
      return FALSE;
    }
  if (g_utf8_strlen (text, -1) > (glong) max_chars)
    {
      g_set_error (error, HEARTH_RECORD_ERROR, code,
                   _("%s must be at most %u characters long"), what, max_chars);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_condition_name (const char  *condition,
                      GError     **error)
{
  g_autofree char *trimmed = NULL;

  if (condition != NULL && g_utf8_validate (condition, -1, NULL))
    trimmed = trim_unicode (condition);
  if (condition != NULL && trimmed != NULL && trimmed[0] == '\0')
    condition = NULL;
  if (condition == NULL || condition[0] == '\0')
    {
      g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONDITION,
                           _("Enter a condition"));
      return FALSE;
    }
  return check_text (condition, HEARTH_RECORD_MAX_CONDITION, FALSE,
                     HEARTH_RECORD_ERROR_CONDITION, _("The condition"), error);
}

/* Conditions ------------------------------------------------------------- */

HearthCondition *
hearth_condition_new (const char *condition)
{
  HearthCondition *self = g_new0 (HearthCondition, 1);

  self->condition = g_strdup (condition);
  self->since_day = HEARTH_RECORD_NO_DAY;
  return self;
}

HearthCondition *
hearth_condition_copy (const HearthCondition *self)
{
  HearthCondition *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->uuid = g_strdup (self->uuid);
  copy->condition = g_strdup (self->condition);
  copy->note = g_strdup (self->note);
  return copy;
}

void
hearth_condition_free (HearthCondition *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->condition);
  g_free (self->note);
  g_free (self);
}

gboolean
hearth_condition_validate (const HearthCondition  *self,
                           gint64                  birth_day,
                           gint64                  today_day,
                           GError                **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_condition_name (self->condition, error))
    return FALSE;

  if (self->since_day != HEARTH_RECORD_NO_DAY)
    {
      if (today_day != HEARTH_RECORD_NO_DAY && self->since_day > today_day)
        {
          g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE,
                               _("The date a condition began cannot be in the future"));
          return FALSE;
        }
      if (birth_day != HEARTH_RECORD_NO_DAY && self->since_day < birth_day)
        {
          g_autofree char *born = hearth_record_day_format (birth_day);

          g_set_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE,
                       _("The date a condition began cannot be before the member was born (%s)"),
                       born);
          return FALSE;
        }
      if (self->since_day < hearth_record_day_from_ymd (1800, 1, 1))
        {
          g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE,
                               _("The date a condition began must be after 1800"));
          return FALSE;
        }
    }

  return check_text (self->note, HEARTH_RECORD_MAX_NOTE, TRUE,
                     HEARTH_RECORD_ERROR_NOTE, _("The note"), error);
}

/* Family history --------------------------------------------------------- */

HearthFamilyCondition *
hearth_family_condition_new (const char     *condition,
                             HearthRelative  relative)
{
  HearthFamilyCondition *self = g_new0 (HearthFamilyCondition, 1);

  self->condition = g_strdup (condition);
  self->relative = relative;
  return self;
}

void
hearth_family_condition_free (HearthFamilyCondition *self)
{
  if (self == NULL)
    return;
  g_free (self->uuid);
  g_free (self->condition);
  g_free (self->note);
  g_free (self);
}

gboolean
hearth_family_condition_validate (const HearthFamilyCondition  *self,
                                  GError                      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_condition_name (self->condition, error))
    return FALSE;
  if ((guint) self->relative > HEARTH_RELATIVE_LAST)
    {
      g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_RELATIVE,
                           _("Relative must be mother, father, sibling, child, grandparent or other"));
      return FALSE;
    }
  return check_text (self->note, HEARTH_RECORD_MAX_NOTE, TRUE,
                     HEARTH_RECORD_ERROR_NOTE, _("The note"), error);
}

/* The record -------------------------------------------------------------- */

HearthHealthRecord *
hearth_health_record_new (const char *profile_uuid)
{
  HearthHealthRecord *self = g_new0 (HearthHealthRecord, 1);

  self->profile_uuid = g_strdup (profile_uuid);
  self->conditions = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_condition_free);
  self->family = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_family_condition_free);
  self->allergies = g_new0 (char *, 1);
  return self;
}

void
hearth_health_record_free (HearthHealthRecord *self)
{
  if (self == NULL)
    return;
  g_free (self->profile_uuid);
  g_free (self->contact_name);
  g_free (self->contact_phone);
  g_free (self->contact_relation);
  g_free (self->notes);
  g_clear_pointer (&self->conditions, g_ptr_array_unref);
  g_clear_pointer (&self->family, g_ptr_array_unref);
  g_strfreev (self->allergies);
  g_free (self);
}

gboolean
hearth_health_record_validate (const HearthHealthRecord  *self,
                               GError                   **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) self->blood_type > HEARTH_BLOOD_TYPE_LAST)
    {
      g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_BLOOD_TYPE,
                           _("Blood type must be one of A+, A-, B+, B-, AB+, AB-, O+, O- or unknown"));
      return FALSE;
    }
  if (!check_text (self->contact_name, HEARTH_RECORD_MAX_NAME, FALSE,
                   HEARTH_RECORD_ERROR_CONTACT_NAME, _("The contact’s name"), error))
    return FALSE;
  if (!check_text (self->contact_phone, HEARTH_RECORD_MAX_PHONE, FALSE,
                   HEARTH_RECORD_ERROR_CONTACT_PHONE, _("The phone number"), error))
    return FALSE;
  if (self->contact_phone != NULL && self->contact_phone[0] != '\0')
    {
      gboolean digit = FALSE;

      for (const char *p = self->contact_phone; *p != '\0'; p = g_utf8_next_char (p))
        digit |= g_unichar_isdigit (g_utf8_get_char (p));
      if (!digit)
        {
          g_set_error_literal (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONTACT_PHONE,
                               _("The phone number must contain digits"));
          return FALSE;
        }
    }
  if (!check_text (self->contact_relation, HEARTH_RECORD_MAX_NAME, FALSE,
                   HEARTH_RECORD_ERROR_CONTACT_RELATION, _("The contact’s relation"), error))
    return FALSE;
  return check_text (self->notes, HEARTH_RECORD_MAX_NOTES, TRUE,
                     HEARTH_RECORD_ERROR_NOTES, _("The notes"), error);
}

HearthCondition *
hearth_health_record_find_condition (const HearthHealthRecord *self,
                                     const char               *condition)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (condition != NULL, NULL);

  for (guint i = 0; i < self->conditions->len; i++)
    {
      HearthCondition *c = g_ptr_array_index (self->conditions, i);

      if (g_ascii_strcasecmp (c->condition, condition) == 0)
        return c;
    }
  return NULL;
}
