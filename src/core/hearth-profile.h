/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hearth-types.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROFILE (hearth_profile_get_type ())

G_DECLARE_FINAL_TYPE (HearthProfile, hearth_profile, HEARTH, PROFILE, GObject)

/* A family member. A plain value object: the store fills it and saves it.
 * Properties (all G_PARAM_EXPLICIT_NOTIFY): "uuid", "name", "birth-year",
 * "birth-month", "birth-day" (0 = unknown), "sex" (HearthSex as int),
 * "height-cm" (0 = unknown), "color" ("#rrggbb"), "conditions",
 * "allergies" (GStrv), "main-goal" (HearthMainGoal as int),
 * "created-at", "updated-at" (UTC µs). */

/* What the member said they want most when added (issue 9): it puts its
 * kind first on the dashboard (hearth_dashboard_sort_kinds()) and decides
 * which goal is proposed first (hearth-layers.h). Stored as the string of
 * hearth_main_goal_to_string() in profiles.main_goal (NULL: NONE). */
typedef enum
{
  HEARTH_MAIN_GOAL_NONE,            /* not asked (members added before) or not answered */
  HEARTH_MAIN_GOAL_LOWER_BP,        /* "lower-bp" */
  HEARTH_MAIN_GOAL_LOSE_WEIGHT,     /* "lose-weight" */
  HEARTH_MAIN_GOAL_MANAGE_GLUCOSE,  /* "manage-glucose" */
  HEARTH_MAIN_GOAL_MOVE_MORE,       /* "move-more" */
  HEARTH_MAIN_GOAL_RECORD,          /* "record": just keep a record */
  HEARTH_MAIN_GOAL_LAST = HEARTH_MAIN_GOAL_RECORD,
} HearthMainGoal;

/* Condition identifiers stored in "conditions" (free text also allowed). */
#define HEARTH_CONDITION_HYPERTENSION   "hypertension"
#define HEARTH_CONDITION_DIABETES       "diabetes"
#define HEARTH_CONDITION_HEART_DISEASE  "heart-disease"
#define HEARTH_CONDITION_PREGNANCY      "pregnancy"
#define HEARTH_CONDITION_KIDNEY_DISEASE "kidney-disease"

HearthProfile      *hearth_profile_new             (const char    *name);

const char         *hearth_profile_get_uuid        (HearthProfile *self);
const char         *hearth_profile_get_name        (HearthProfile *self);
void                hearth_profile_set_name        (HearthProfile *self, const char *name);
guint               hearth_profile_get_birth_year  (HearthProfile *self);
guint               hearth_profile_get_birth_month (HearthProfile *self);
guint               hearth_profile_get_birth_day   (HearthProfile *self);
/* year required when month is set; month required when day is set. */
void                hearth_profile_set_birth       (HearthProfile *self, guint year, guint month, guint day);
HearthSex           hearth_profile_get_sex         (HearthProfile *self);
void                hearth_profile_set_sex         (HearthProfile *self, HearthSex sex);
double              hearth_profile_get_height_cm   (HearthProfile *self);
void                hearth_profile_set_height_cm   (HearthProfile *self, double height_cm);
const char         *hearth_profile_get_color       (HearthProfile *self);
void                hearth_profile_set_color       (HearthProfile *self, const char *color);
const char * const *hearth_profile_get_conditions  (HearthProfile *self);
void                hearth_profile_set_conditions  (HearthProfile *self, const char * const *conditions);
gboolean            hearth_profile_has_condition   (HearthProfile *self, const char *condition);
const char * const *hearth_profile_get_allergies   (HearthProfile *self);
void                hearth_profile_set_allergies   (HearthProfile *self, const char * const *allergies);
HearthMainGoal      hearth_profile_get_main_goal   (HearthProfile *self);
void                hearth_profile_set_main_goal   (HearthProfile *self, HearthMainGoal goal);
gint64              hearth_profile_get_created_at  (HearthProfile *self);
gint64              hearth_profile_get_updated_at  (HearthProfile *self);

/* Age in whole years at @now (local date); with only a birth year the
 * age is now's year minus it, less one before 1 July (the middle estimate).
 * -1 when the birth year is unknown. */
int                 hearth_profile_get_age         (HearthProfile *self, GDateTime *now);

/* Field checks shared by the GUI and the CLI. Error domain
 * HEARTH_VALIDATION_ERROR, code naming the field, translated message. */
gboolean            hearth_profile_validate        (HearthProfile *self, GDateTime *now, GError **error);

/* A name as the profile stores it: surrounding white space (Unicode spaces
 * too) trimmed, NFC. Invalid UTF-8 is returned unchanged (validation refuses
 * it). NULL for NULL. The setter applies it; look-ups by name should too. */
char               *hearth_profile_normalize_name  (const char *name);

const char         *hearth_sex_to_string           (HearthSex sex);   /* "female", "male", "other", "" */
gboolean            hearth_sex_from_string         (const char *s, HearthSex *sex);

/* "lower-bp", "lose-weight", "manage-glucose", "move-more", "record";
 * "" for NONE. from_string: NULL and "" give NONE; FALSE for anything else. */
const char         *hearth_main_goal_to_string     (HearthMainGoal goal);
gboolean            hearth_main_goal_from_string   (const char *s, HearthMainGoal *goal);
/* The goal as a person reads it ("Lower blood pressure"), translated;
 * "" for NONE. */
const char         *hearth_main_goal_get_label     (HearthMainGoal goal);

G_END_DECLS
