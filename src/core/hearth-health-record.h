/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A member's health record (issue 10; schema 11, migrations/0011): conditions
 * with the day they began, family history, blood type, an emergency contact
 * and notes. Allergies are the profile's list ("allergies"), medications the
 * medication log. Plain structs with free functions, like HearthMedication;
 * the store API is hearth-store-record.h. */

#define HEARTH_RECORD_ERROR (hearth_record_error_quark ())

/* The code names the field the message belongs next to. */
typedef enum
{
  HEARTH_RECORD_ERROR_CONDITION,        /* a condition's name (own or family's) */
  HEARTH_RECORD_ERROR_SINCE,            /* when a condition began */
  HEARTH_RECORD_ERROR_NOTE,             /* a condition's note */
  HEARTH_RECORD_ERROR_RELATIVE,         /* family history: who */
  HEARTH_RECORD_ERROR_BLOOD_TYPE,
  HEARTH_RECORD_ERROR_CONTACT_NAME,
  HEARTH_RECORD_ERROR_CONTACT_PHONE,
  HEARTH_RECORD_ERROR_CONTACT_RELATION,
  HEARTH_RECORD_ERROR_NOTES,            /* the record's notes */
} HearthRecordError;

GQuark hearth_record_error_quark (void);

/* Limits, in characters (not bytes). */
#define HEARTH_RECORD_MAX_CONDITION 120
#define HEARTH_RECORD_MAX_NOTE      1000
#define HEARTH_RECORD_MAX_NAME      120  /* the contact's name and relation */
#define HEARTH_RECORD_MAX_PHONE     40
#define HEARTH_RECORD_MAX_NOTES     10000

/* A day number (days since 1970-01-01, a calendar date) that is not known. */
#define HEARTH_RECORD_NO_DAY G_MININT64

/* ABO and Rh; stored as "A+", "A-", … (NULL for UNKNOWN). */
typedef enum
{
  HEARTH_BLOOD_TYPE_UNKNOWN,
  HEARTH_BLOOD_TYPE_A_POS,
  HEARTH_BLOOD_TYPE_A_NEG,
  HEARTH_BLOOD_TYPE_B_POS,
  HEARTH_BLOOD_TYPE_B_NEG,
  HEARTH_BLOOD_TYPE_AB_POS,
  HEARTH_BLOOD_TYPE_AB_NEG,
  HEARTH_BLOOD_TYPE_O_POS,
  HEARTH_BLOOD_TYPE_O_NEG,
  HEARTH_BLOOD_TYPE_LAST = HEARTH_BLOOD_TYPE_O_NEG,
} HearthBloodType;

/* "A+" … "O-"; NULL for UNKNOWN or out of range. */
const char *hearth_blood_type_to_string   (HearthBloodType  type);
/* "A+", "a+", "AB-", "O−" (U+2212), "A pos", "O neg", surrounding spaces;
 * "" , NULL and "unknown" are UNKNOWN. FALSE with a BLOOD_TYPE error naming
 * the eight otherwise. */
gboolean    hearth_blood_type_parse       (const char      *text,
                                           HearthBloodType *out,
                                           GError         **error);

/* Family history: who had the condition. Stored as the string. */
typedef enum
{
  HEARTH_RELATIVE_MOTHER,
  HEARTH_RELATIVE_FATHER,
  HEARTH_RELATIVE_SIBLING,
  HEARTH_RELATIVE_CHILD,
  HEARTH_RELATIVE_GRANDPARENT,
  HEARTH_RELATIVE_OTHER,
  HEARTH_RELATIVE_LAST = HEARTH_RELATIVE_OTHER,
} HearthRelative;

const char *hearth_relative_to_string     (HearthRelative   relative);
gboolean    hearth_relative_from_string   (const char      *text,
                                           HearthRelative  *out);
/* Translated: "Mother", "Father", … */
const char *hearth_relative_get_label     (HearthRelative   relative);

/* A condition identifier's translated name ("High blood pressure"), or
 * @condition itself for free text. */
const char *hearth_condition_get_label    (const char      *condition);
/* Whether @condition is one of the identifiers (HEARTH_CONDITION_*), not
 * free text. */
gboolean    hearth_condition_is_known     (const char      *condition);
/* The stored form of a condition typed: trimmed (Unicode spaces too), NFC,
 * a known identifier in any ASCII case becomes the identifier. */
char       *hearth_condition_normalize    (const char      *condition);

/* Day numbers of calendar dates. */
gint64      hearth_record_day_from_ymd    (int              year,
                                           int              month,
                                           int              day);
void        hearth_record_day_to_ymd      (gint64           day,
                                           int             *year,
                                           int             *month,
                                           int             *mday);
/* "YYYY-MM-DD" (exactly) to a day number; FALSE for anything else or a date
 * that does not exist. */
gboolean    hearth_record_day_parse       (const char      *text,
                                           gint64          *out);
/* "YYYY-MM-DD"; NULL for HEARTH_RECORD_NO_DAY. */
char       *hearth_record_day_format      (gint64           day);

/* One of the member's own conditions. */
typedef struct
{
  char   *uuid;          /* NULL until stored */
  char   *condition;     /* identifier (HEARTH_CONDITION_*) or free text */
  gint64  since_day;     /* HEARTH_RECORD_NO_DAY: not known */
  char   *note;          /* may be NULL */
  gint64  created_at;
  gint64  updated_at;
} HearthCondition;

HearthCondition *hearth_condition_new       (const char            *condition);
HearthCondition *hearth_condition_copy      (const HearthCondition *self);
void             hearth_condition_free      (HearthCondition       *self);
/* The name (not empty, no control characters, at most MAX_CONDITION), since
 * (not after @today_day, not before @birth_day; either may be
 * HEARTH_RECORD_NO_DAY: not checked) and note (at most MAX_NOTE). */
gboolean         hearth_condition_validate  (const HearthCondition *self,
                                             gint64                 birth_day,
                                             gint64                 today_day,
                                             GError               **error);

/* A condition a blood relative has or had. */
typedef struct
{
  char           *uuid;
  char           *condition;
  HearthRelative  relative;
  char           *note;
  gint64          created_at;
  gint64          updated_at;
} HearthFamilyCondition;

HearthFamilyCondition *hearth_family_condition_new      (const char     *condition,
                                                         HearthRelative  relative);
void                   hearth_family_condition_free     (HearthFamilyCondition *self);
gboolean               hearth_family_condition_validate (const HearthFamilyCondition *self,
                                                         GError               **error);

/* The whole record of a member. The details (blood type, contact, notes) are
 * what hearth_store_set_record_details() writes; the lists are read only. */
typedef struct
{
  char            *profile_uuid;
  HearthBloodType  blood_type;
  char            *contact_name;      /* free text, may be NULL */
  char            *contact_phone;     /* as typed, may be NULL */
  char            *contact_relation;  /* "Daughter", free text, may be NULL */
  char            *notes;             /* may be NULL; line breaks kept */
  GPtrArray       *conditions;        /* HearthCondition, oldest first */
  GPtrArray       *family;            /* HearthFamilyCondition, oldest first */
  GStrv            allergies;         /* the profile's, never NULL */
  gint64           updated_at;        /* the details' row; 0: never saved */
} HearthHealthRecord;

HearthHealthRecord *hearth_health_record_new      (const char         *profile_uuid);
void                hearth_health_record_free     (HearthHealthRecord *self);
/* Checks the details: the blood type in range, the contact's name and
 * relation (no control characters, at most MAX_NAME), the phone (no control
 * characters, at most MAX_PHONE, at least one digit when given), the notes
 * (valid UTF-8, at most MAX_NOTES, no control characters but line breaks
 * and tabs). */
gboolean            hearth_health_record_validate (const HearthHealthRecord *self,
                                                   GError                  **error);
/* The live condition named @condition (compared as stored), or NULL. */
HearthCondition    *hearth_health_record_find_condition (const HearthHealthRecord *self,
                                                         const char               *condition);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthCondition, hearth_condition_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthFamilyCondition, hearth_family_condition_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthHealthRecord, hearth_health_record_free)

G_END_DECLS
