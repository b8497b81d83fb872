/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-health-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-core.h"
#include "hearth-habits.h"
#include "hearth-layers.h"
#include "hearth-store-goals.h"
#include "hearth-summary.h"
#include "store-fixture.h"

/* The member's health record (schema 11): values, validation, the store
 * API, and the layers, dashboard order and proposals following it. The
 * fixture's clock is 2024-06-15 12:00 UTC. */

static void
test_record_blood_types (void)
{
  static const struct { const char *text; HearthBloodType type; } good[] = {
    { "A+", HEARTH_BLOOD_TYPE_A_POS }, { "a-", HEARTH_BLOOD_TYPE_A_NEG },
    { " AB+ ", HEARTH_BLOOD_TYPE_AB_POS }, { "ab\xe2\x88\x92", HEARTH_BLOOD_TYPE_AB_NEG },
    { "O neg", HEARTH_BLOOD_TYPE_O_NEG }, { "B pos", HEARTH_BLOOD_TYPE_B_POS },
    { "", HEARTH_BLOOD_TYPE_UNKNOWN }, { "Unknown", HEARTH_BLOOD_TYPE_UNKNOWN },
  };
  static const char * const bad[] = { "C+", "A", "AB", "O+-", "0+", "A++", "\xff" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      HearthBloodType type = HEARTH_BLOOD_TYPE_LAST;

      g_assert_true (hearth_blood_type_parse (good[i].text, &type, &error));
      g_assert_no_error (error);
      g_assert_cmpint (type, ==, good[i].type);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      HearthBloodType type = HEARTH_BLOOD_TYPE_UNKNOWN;

      g_assert_false (hearth_blood_type_parse (bad[i], &type, &error));
      g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_BLOOD_TYPE);
      g_assert_nonnull (strstr (error->message, "AB-"));
    }
  g_assert_cmpstr (hearth_blood_type_to_string (HEARTH_BLOOD_TYPE_O_POS), ==, "O+");
  g_assert_null (hearth_blood_type_to_string (HEARTH_BLOOD_TYPE_UNKNOWN));
  g_assert_null (hearth_blood_type_to_string (HEARTH_BLOOD_TYPE_LAST + 1));
}

static void
test_record_days (void)
{
  gint64 day = 0;
  g_autofree char *text = NULL;

  g_assert_true (hearth_record_day_parse ("1970-01-02", &day));
  g_assert_cmpint (day, ==, 1);
  g_assert_true (hearth_record_day_parse ("2024-02-29", &day));
  g_assert_cmpint (day, ==, 19782);
  text = hearth_record_day_format (day);
  g_assert_cmpstr (text, ==, "2024-02-29");
  g_assert_true (hearth_record_day_parse ("1900-01-01", &day));
  g_assert_cmpint (day, ==, -25567);
  g_assert_false (hearth_record_day_parse ("2023-02-29", &day));
  g_assert_false (hearth_record_day_parse ("2024-2-3", &day));
  g_assert_false (hearth_record_day_parse ("2024-13-01", &day));
  g_assert_false (hearth_record_day_parse ("0000-01-01", &day));
  g_assert_false (hearth_record_day_parse ("+024-01-01", &day));
  g_assert_false (hearth_record_day_parse (NULL, &day));
  g_assert_null (hearth_record_day_format (HEARTH_RECORD_NO_DAY));
}

static void
test_record_validation (void)
{
  g_autoptr(HearthHealthRecord) record = hearth_health_record_new ("x");
  g_autoptr(HearthCondition) condition = hearth_condition_new ("asthma");
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (HEARTH_RECORD_MAX_NOTES + 1, 'n');
  gint64 today = hearth_record_day_from_ymd (2024, 6, 15);
  gint64 born = hearth_record_day_from_ymd (1980, 1, 1);

  g_assert_true (hearth_health_record_validate (record, &error));
  g_assert_no_error (error);

  /* Since: not after today, not before birth. */
  condition->since_day = today;
  g_assert_true (hearth_condition_validate (condition, born, today, &error));
  g_assert_no_error (error);
  condition->since_day = today + 1;
  g_assert_false (hearth_condition_validate (condition, born, today, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE);
  g_clear_error (&error);
  condition->since_day = born - 1;
  g_assert_false (hearth_condition_validate (condition, born, today, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE);
  g_assert_nonnull (strstr (error->message, "1980-01-01"));
  g_clear_error (&error);
  condition->since_day = HEARTH_RECORD_NO_DAY;

  /* The condition's name. */
  g_free (condition->condition);
  condition->condition = g_strdup (" \xe3\x80\x80 ");
  g_assert_false (hearth_condition_validate (condition, born, today, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONDITION);
  g_clear_error (&error);
  g_free (condition->condition);
  condition->condition = g_strdup ("a\tb");
  g_assert_false (hearth_condition_validate (condition, born, today, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONDITION);
  g_clear_error (&error);

  /* The details. */
  record->blood_type = HEARTH_BLOOD_TYPE_LAST + 1;
  g_assert_false (hearth_health_record_validate (record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_BLOOD_TYPE);
  g_clear_error (&error);
  record->blood_type = HEARTH_BLOOD_TYPE_B_NEG;

  record->contact_phone = g_strdup ("+49 30 1234-5678 (evenings)");
  g_assert_true (hearth_health_record_validate (record, &error));
  g_assert_no_error (error);
  g_free (record->contact_phone);
  record->contact_phone = g_strnfill (HEARTH_RECORD_MAX_PHONE + 1, '1');
  g_assert_false (hearth_health_record_validate (record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONTACT_PHONE);
  g_clear_error (&error);
  g_free (record->contact_phone);
  record->contact_phone = g_strdup ("call Anna");
  g_assert_false (hearth_health_record_validate (record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONTACT_PHONE);
  g_clear_error (&error);
  g_free (record->contact_phone);
  record->contact_phone = g_strdup ("030\n123");
  g_assert_false (hearth_health_record_validate (record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONTACT_PHONE);
  g_clear_error (&error);
  g_clear_pointer (&record->contact_phone, g_free);

  record->contact_name = g_strdup ("Anna\x01");
  g_assert_false (hearth_health_record_validate (record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONTACT_NAME);
  g_clear_error (&error);
  g_clear_pointer (&record->contact_name, g_free);

  /* Notes keep line breaks, not other control characters, and are bounded. */
  record->notes = g_strdup ("Line one\nline two\ttabbed");
  g_assert_true (hearth_health_record_validate (record, &error));
  g_assert_no_error (error);
  g_free (record->notes);
  record->notes = g_steal_pointer (&long_text);
  g_assert_false (hearth_health_record_validate (record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_NOTES);
  g_clear_error (&error);
}

static void
test_record_store_details (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = add_member (f, "Ada");
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(HearthHealthRecord) again = NULL;
  g_autoptr(GError) error = NULL;
  guint changed;

  record = hearth_store_get_health_record (f->store, hearth_profile_get_uuid (profile), &error);
  g_assert_no_error (error);
  g_assert_cmpint (record->blood_type, ==, HEARTH_BLOOD_TYPE_UNKNOWN);
  g_assert_null (record->contact_name);
  g_assert_cmpint (record->updated_at, ==, 0);

  record->blood_type = HEARTH_BLOOD_TYPE_AB_NEG;
  record->contact_name = g_strdup ("Grace Hopper");
  record->contact_phone = g_strdup ("+1 555 0100");
  record->contact_relation = g_strdup ("Sister");
  record->notes = g_strdup ("Pacemaker since 2019.\nNo MRI.");
  changed = f->profiles_changed;
  ASSERT_OK (hearth_store_set_record_details (f->store, record, &error));
  g_assert_cmpuint (f->profiles_changed, ==, changed + 1);

  again = hearth_store_get_health_record (f->store, hearth_profile_get_uuid (profile), &error);
  g_assert_no_error (error);
  g_assert_cmpint (again->blood_type, ==, HEARTH_BLOOD_TYPE_AB_NEG);
  g_assert_cmpstr (again->contact_name, ==, "Grace Hopper");
  g_assert_cmpstr (again->contact_phone, ==, "+1 555 0100");
  g_assert_cmpstr (again->contact_relation, ==, "Sister");
  g_assert_cmpstr (again->notes, ==, "Pacemaker since 2019.\nNo MRI.");
  g_assert_cmpint (again->updated_at, >, 0);
  g_clear_pointer (&again, hearth_health_record_free);

  /* Saved again: the same row, cleared fields NULL. */
  record->blood_type = HEARTH_BLOOD_TYPE_UNKNOWN;
  g_clear_pointer (&record->notes, g_free);
  g_free (record->contact_phone);
  record->contact_phone = g_strdup ("");
  ASSERT_OK (hearth_store_set_record_details (f->store, record, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_records"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_records WHERE blood_type IS NULL "
                                 "AND notes IS NULL AND contact_phone IS NULL "
                                 "AND contact_name = 'Grace Hopper'"), ==, 1);

  /* Bad input changes nothing and emits nothing. */
  changed = f->profiles_changed;
  g_free (record->contact_phone);
  record->contact_phone = g_strdup ("no digits");
  g_assert_false (hearth_store_set_record_details (f->store, record, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONTACT_PHONE);
  g_clear_error (&error);
  g_assert_cmpuint (f->profiles_changed, ==, changed);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_records WHERE contact_phone IS NULL"), ==, 1);

  /* A member that is not there. */
  g_free (record->profile_uuid);
  record->profile_uuid = g_strdup ("00000000-0000-4000-8000-000000000000");
  g_clear_pointer (&record->contact_phone, g_free);
  g_assert_false (hearth_store_set_record_details (f->store, record, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

static void
test_record_store_conditions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ben");
  g_autoptr(HearthProfile) stored = NULL;
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(HearthCondition) asthma = hearth_condition_new ("  Asthma ");
  g_autoptr(HearthCondition) diabetes = hearth_condition_new ("DIABETES");
  g_autoptr(GError) error = NULL;
  const char *uuid;
  static const char * const after_form[] = { "diabetes", "hypertension", NULL };
  static const char * const two[] = { "Asthma", "diabetes", NULL };

  hearth_profile_set_birth (profile, 1990, 5, 0);
  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  uuid = hearth_profile_get_uuid (profile);

  asthma->since_day = hearth_record_day_from_ymd (2001, 9, 1);
  asthma->note = g_strdup ("Inhaler in the blue bag");
  ASSERT_OK (hearth_store_set_condition (f->store, uuid, asthma, &error));
  ASSERT_OK (hearth_store_set_condition (f->store, uuid, diabetes, &error));

  /* The identifier in another case is the identifier; the profile follows. */
  stored = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (hearth_profile_get_conditions (stored), two);
  /* The store's own object too (profiles-changed reloads it in place). */
  {
    g_autoptr(HearthProfile) listed = g_list_model_get_item (hearth_store_get_profiles (f->store), 0);

    g_assert_cmpstrv (hearth_profile_get_conditions (listed), two);
  }

  record = hearth_store_get_health_record (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->conditions->len, ==, 2);
  {
    HearthCondition *first = g_ptr_array_index (record->conditions, 0);

    g_assert_cmpstr (first->condition, ==, "Asthma");
    g_assert_cmpint (first->since_day, ==, hearth_record_day_from_ymd (2001, 9, 1));
    g_assert_cmpstr (first->note, ==, "Inhaler in the blue bag");
  }

  /* Since before birth (born in May 1990: 1 May is the first possible day) or
   * after today (2024-06-15) is refused and nothing changes. */
  diabetes->since_day = hearth_record_day_from_ymd (1990, 4, 30);
  g_assert_false (hearth_store_set_condition (f->store, uuid, diabetes, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE);
  g_clear_error (&error);
  diabetes->since_day = hearth_record_day_from_ymd (2024, 6, 16);
  g_assert_false (hearth_store_set_condition (f->store, uuid, diabetes, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_SINCE);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_conditions WHERE since_day IS NOT NULL"), ==, 1);
  diabetes->since_day = hearth_record_day_from_ymd (1990, 5, 1);
  ASSERT_OK (hearth_store_set_condition (f->store, uuid, diabetes, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_conditions WHERE condition = 'diabetes' "
                                 "AND since_day = 7425 AND deleted_at IS NULL"), ==, 1);

  /* The profile form saves its list: asthma goes (soft delete), the
   * diabetes row keeps its since day, hypertension is new. */
  hearth_profile_set_conditions (stored, after_form);
  ASSERT_OK (hearth_store_update_profile (f->store, stored, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_conditions WHERE condition = 'Asthma' "
                                 "AND deleted_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM health_conditions WHERE condition = 'diabetes' "
                                 "AND since_day = 7425 AND deleted_at IS NULL"), ==, 1);
  g_clear_pointer (&record, hearth_health_record_free);
  record = hearth_store_get_health_record (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->conditions->len, ==, 2);
  g_assert_null (hearth_health_record_find_condition (record, "asthma"));
  g_assert_nonnull (hearth_health_record_find_condition (record, "hypertension"));

  /* A condition stored before the rules (a control character in old text)
   * does not stop the member being saved; a new one is still checked. */
  exec_sql (f, "UPDATE health_conditions SET condition = 'old' || char(1) || 'text' "
               "WHERE condition = 'hypertension' AND deleted_at IS NULL");
  g_clear_object (&stored);
  stored = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_no_error (error);
  hearth_profile_set_height_cm (stored, 170);
  ASSERT_OK (hearth_store_update_profile (f->store, stored, &error));
  {
    const char * const more[] = { "diabetes", "old\001text", "new\ttext", NULL };

    hearth_profile_set_conditions (stored, more);
    g_assert_false (hearth_store_update_profile (f->store, stored, &error));
    g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_CONDITION);
    g_clear_error (&error);
  }
  exec_sql (f, "UPDATE health_conditions SET condition = 'hypertension' WHERE condition = 'old' || char(1) || 'text'");

  /* Removing: by name, any case; twice is NOT_FOUND. */
  ASSERT_OK (hearth_store_remove_condition (f->store, uuid, "Hypertension", &error));
  g_assert_false (hearth_store_remove_condition (f->store, uuid, "hypertension", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = hearth_store_get_profile (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_profile_has_condition (stored, HEARTH_CONDITION_HYPERTENSION));
}

static void
test_record_store_family (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = add_member (f, "Cleo");
  g_autoptr(HearthFamilyCondition) mother = hearth_family_condition_new ("diabetes", HEARTH_RELATIVE_MOTHER);
  g_autoptr(HearthFamilyCondition) father = hearth_family_condition_new ("Diabetes", HEARTH_RELATIVE_FATHER);
  g_autoptr(HearthFamilyCondition) bad = hearth_family_condition_new ("gout", HEARTH_RELATIVE_LAST + 1);
  g_autoptr(HearthHealthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  const char *uuid = hearth_profile_get_uuid (profile);

  ASSERT_OK (hearth_store_add_family_condition (f->store, uuid, mother, &error));
  ASSERT_OK (hearth_store_add_family_condition (f->store, uuid, father, &error));
  g_assert_false (hearth_store_add_family_condition (f->store, uuid, mother, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (hearth_store_add_family_condition (f->store, uuid, bad, &error));
  g_assert_error (error, HEARTH_RECORD_ERROR, HEARTH_RECORD_ERROR_RELATIVE);
  g_clear_error (&error);

  record = hearth_store_get_health_record (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->family->len, ==, 2);
  g_assert_cmpstr (((HearthFamilyCondition *) g_ptr_array_index (record->family, 1))->condition, ==, "diabetes");
  g_assert_cmpint (((HearthFamilyCondition *) g_ptr_array_index (record->family, 1))->relative, ==,
                   HEARTH_RELATIVE_FATHER);
  /* A relative's condition is not the member's own. */
  g_assert_cmpuint (record->conditions->len, ==, 0);

  ASSERT_OK (hearth_store_remove_family_condition (f->store, uuid, "DIABETES", HEARTH_RELATIVE_MOTHER, &error));
  g_assert_false (hearth_store_remove_family_condition (f->store, uuid, "diabetes", HEARTH_RELATIVE_MOTHER, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM family_history WHERE deleted_at IS NULL"), ==, 1);

  /* Permanent delete takes the record with the member. */
  {
    g_autoptr(HearthCondition) gout = hearth_condition_new ("gout");

    ASSERT_OK (hearth_store_set_condition (f->store, uuid, gout, &error));
  }
  ASSERT_OK (hearth_store_purge_profile (f->store, uuid, &error));
  g_assert_cmpint (query_int (f, "SELECT (SELECT count(*) FROM family_history) + "
                                 "(SELECT count(*) FROM health_conditions) + "
                                 "(SELECT count(*) FROM health_records)"), ==, 0);
}

static gboolean
has_proposal (GPtrArray  *proposals,
              const char *metric)
{
  for (guint i = 0; i < proposals->len; i++)
    {
      HearthGoalProposal *proposal = g_ptr_array_index (proposals, i);

      if (g_str_equal (proposal->goal->metric, metric))
        return TRUE;
    }
  return FALSE;
}

/* Editing the record re-evaluates the dashboard order, the layers and the
 * proposed goals (PRODUCT.md "Layers"). */
static void
test_record_layers_follow (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Dora");
  g_autoptr(HearthCondition) hypertension = hearth_condition_new ("hypertension");
  g_autoptr(GError) error = NULL;
  HearthLayerGuidelines guidelines = { 0 };
  HearthLayers layers = { 0 };
  HearthLayerAdvice advice = { 0 };
  const char *uuid;
  gint64 today = day_of (2024, 6, 15);

  hearth_profile_set_birth (profile, 1980, 0, 0);
  ASSERT_OK (hearth_store_add_profile (f->store, profile, &error));
  uuid = hearth_profile_get_uuid (profile);
  for (int d = 1; d <= 3; d++)
    {
      g_autoptr(GDateTime) at = utc (2024, 6, 10 + d, 8, 0);

      g_free (add_weight (f, uuid, at, 70, NAN));
      g_free (add_bp (f, uuid, at, 118, 76));
    }

  /* Before: weight first; healthy; the first goal a logging habit; no bp
   * proposal of its own. */
  {
    g_autoptr(GArray) kinds = hearth_store_get_tracked_kinds (f->store, profile, &error);

    g_assert_no_error (error);
    g_assert_cmpint (g_array_index (kinds, int, 0), ==, HEARTH_READING_KIND_WEIGHT);
  }
  ASSERT_OK (hearth_store_get_layers (f->store, profile, &guidelines, &layers, &error));
  g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_HEALTHY);
  hearth_layers_advise (&layers, hearth_profile_get_main_goal (profile),
                        hearth_profile_get_conditions (profile), &advice);
  g_assert_false (advice.bp_twice_daily);
  {
    g_auto(HearthGoalFacts) facts = { 0 };
    g_autoptr(GPtrArray) proposals = NULL;

    ASSERT_OK (hearth_store_get_goal_facts (f->store, uuid, today, HEARTH_BP_GUIDELINE_ESC_ESH_2018,
                                            HEARTH_BMI_CUTOFFS_WHO, &facts, &error));
    g_assert_false (facts.hypertension);
    proposals = hearth_goal_propose (&facts, NULL, today);
    g_assert_false (has_proposal (proposals, HEARTH_GOAL_METRIC_BP_READINGS));
    g_assert_false (has_proposal (proposals, HEARTH_GOAL_METRIC_SODIUM));
  }

  /* The record gains hypertension (since 2015). */
  hypertension->since_day = hearth_record_day_from_ymd (2015, 3, 1);
  ASSERT_OK (hearth_store_set_condition (f->store, uuid, hypertension, &error));

  /* The store's own object followed (profiles-changed): the app's pages
   * read that one. */
  {
    g_autoptr(HearthProfile) listed = g_list_model_get_item (hearth_store_get_profiles (f->store), 0);

    g_assert_true (hearth_profile_has_condition (listed, HEARTH_CONDITION_HYPERTENSION));
  }
  {
    g_autoptr(HearthProfile) now = hearth_store_get_profile (f->store, uuid, &error);
    g_autoptr(GArray) kinds = NULL;

    g_assert_no_error (error);
    kinds = hearth_store_get_tracked_kinds (f->store, now, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_array_index (kinds, int, 0), ==, HEARTH_READING_KIND_BLOOD_PRESSURE);

    ASSERT_OK (hearth_store_get_layers (f->store, now, &guidelines, &layers, &error));
    g_assert_cmpint (layers.health_state, ==, HEARTH_HEALTH_STATE_CHRONIC);
    hearth_layers_advise (&layers, hearth_profile_get_main_goal (now),
                          hearth_profile_get_conditions (now), &advice);
    g_assert_true (advice.bp_twice_daily);
  }
  {
    g_auto(HearthGoalFacts) facts = { 0 };
    g_autoptr(GPtrArray) proposals = NULL;

    ASSERT_OK (hearth_store_get_goal_facts (f->store, uuid, today, HEARTH_BP_GUIDELINE_ESC_ESH_2018,
                                            HEARTH_BMI_CUTOFFS_WHO, &facts, &error));
    g_assert_true (facts.hypertension);
    proposals = hearth_goal_propose (&facts, NULL, today);
    g_assert_true (has_proposal (proposals, HEARTH_GOAL_METRIC_BP_READINGS));
    g_assert_true (has_proposal (proposals, HEARTH_GOAL_METRIC_SODIUM));
  }

  /* Removed again: back to weight first. */
  ASSERT_OK (hearth_store_remove_condition (f->store, uuid, "hypertension", &error));
  {
    g_autoptr(HearthProfile) now = hearth_store_get_profile (f->store, uuid, &error);
    g_autoptr(GArray) kinds = hearth_store_get_tracked_kinds (f->store, now, &error);

    g_assert_no_error (error);
    g_assert_cmpint (g_array_index (kinds, int, 0), ==, HEARTH_READING_KIND_WEIGHT);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/record/blood-types", test_record_blood_types);
  g_test_add_func ("/hearth/record/days", test_record_days);
  g_test_add_func ("/hearth/record/validation", test_record_validation);
#define ADD(path, func) \
  g_test_add ("/hearth/record/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("store/details", test_record_store_details);
  ADD ("store/conditions", test_record_store_conditions);
  ADD ("store/family", test_record_store_family);
  ADD ("layers-follow", test_record_layers_follow);
#undef ADD

  return g_test_run ();
}
