/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-profile"

#include "config.h"

#include <math.h>

#include "hearth-core.h"

static GDateTime *
make_now (void)
{
  /* Sunday 15 March 2026, noon UTC */
  return g_date_time_new_utc (2026, 3, 15, 12, 0, 0);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_profile_properties (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Ada");
  const char *conditions[] = { HEARTH_CONDITION_HYPERTENSION, "asthma", NULL };
  g_auto(GStrv) got = NULL;
  g_autofree char *name = NULL;
  guint name_notifies = 0;
  guint birth_notifies = 0;
  guint cond_notifies = 0;
  guint height_notifies = 0;

  g_signal_connect (profile, "notify::name", G_CALLBACK (on_notify_cb), &name_notifies);
  g_signal_connect (profile, "notify::birth-year", G_CALLBACK (on_notify_cb), &birth_notifies);
  g_signal_connect (profile, "notify::birth-month", G_CALLBACK (on_notify_cb), &birth_notifies);
  g_signal_connect (profile, "notify::birth-day", G_CALLBACK (on_notify_cb), &birth_notifies);
  g_signal_connect (profile, "notify::conditions", G_CALLBACK (on_notify_cb), &cond_notifies);
  g_signal_connect (profile, "notify::height-cm", G_CALLBACK (on_notify_cb), &height_notifies);

  g_assert_cmpstr (hearth_profile_get_name (profile), ==, "Ada");
  g_assert_null (hearth_profile_get_uuid (profile));
  g_assert_cmpint (hearth_profile_get_sex (profile), ==, HEARTH_SEX_UNSET);
  g_assert_cmpfloat (hearth_profile_get_height_cm (profile), ==, 0);
  g_assert_nonnull (hearth_profile_get_conditions (profile));
  g_assert_null (hearth_profile_get_conditions (profile)[0]);

  /* Notify only on a real change. */
  hearth_profile_set_name (profile, "Ada");
  g_assert_cmpuint (name_notifies, ==, 0);
  hearth_profile_set_name (profile, "Ada L.");
  g_assert_cmpuint (name_notifies, ==, 1);
  g_object_set (profile, "name", "Ada L.", NULL);
  g_assert_cmpuint (name_notifies, ==, 1);
  g_object_get (profile, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Ada L.");

  hearth_profile_set_birth (profile, 1990, 5, 0);
  g_assert_cmpuint (birth_notifies, ==, 2);
  hearth_profile_set_birth (profile, 1990, 5, 0);
  g_assert_cmpuint (birth_notifies, ==, 2);
  hearth_profile_set_birth (profile, 1990, 5, 17);
  g_assert_cmpuint (birth_notifies, ==, 3);
  g_assert_cmpuint (hearth_profile_get_birth_year (profile), ==, 1990);
  g_assert_cmpuint (hearth_profile_get_birth_month (profile), ==, 5);
  g_assert_cmpuint (hearth_profile_get_birth_day (profile), ==, 17);

  hearth_profile_set_height_cm (profile, 170.5);
  hearth_profile_set_height_cm (profile, 170.5);
  g_assert_cmpuint (height_notifies, ==, 1);

  hearth_profile_set_conditions (profile, conditions);
  hearth_profile_set_conditions (profile, conditions);
  g_assert_cmpuint (cond_notifies, ==, 1);
  g_assert_true (hearth_profile_has_condition (profile, HEARTH_CONDITION_HYPERTENSION));
  g_assert_false (hearth_profile_has_condition (profile, HEARTH_CONDITION_DIABETES));
  g_object_get (profile, "conditions", &got, NULL);
  g_assert_true (g_strv_equal ((const char * const *) got, conditions));
  hearth_profile_set_conditions (profile, NULL);
  g_assert_cmpuint (cond_notifies, ==, 2);
  g_assert_null (hearth_profile_get_conditions (profile)[0]);
  /* NULL and an empty list are the same value. */
  {
    const char *empty[] = { NULL };

    hearth_profile_set_conditions (profile, empty);
    g_assert_cmpuint (cond_notifies, ==, 2);
  }

  hearth_profile_set_sex (profile, HEARTH_SEX_FEMALE);
  g_assert_cmpint (hearth_profile_get_sex (profile), ==, HEARTH_SEX_FEMALE);
  hearth_profile_set_color (profile, "#3584e4");
  g_assert_cmpstr (hearth_profile_get_color (profile), ==, "#3584e4");
}

static void
test_profile_sex_strings (void)
{
  HearthSex sex = HEARTH_SEX_OTHER;

  g_assert_cmpstr (hearth_sex_to_string (HEARTH_SEX_UNSET), ==, "");
  g_assert_cmpstr (hearth_sex_to_string (HEARTH_SEX_FEMALE), ==, "female");
  g_assert_cmpstr (hearth_sex_to_string (HEARTH_SEX_MALE), ==, "male");
  g_assert_cmpstr (hearth_sex_to_string (HEARTH_SEX_OTHER), ==, "other");

  for (HearthSex s = HEARTH_SEX_UNSET; s <= HEARTH_SEX_OTHER; s++)
    {
      g_assert_true (hearth_sex_from_string (hearth_sex_to_string (s), &sex));
      g_assert_cmpint (sex, ==, s);
    }

  sex = HEARTH_SEX_MALE;
  g_assert_true (hearth_sex_from_string (NULL, &sex));
  g_assert_cmpint (sex, ==, HEARTH_SEX_UNSET);
  sex = HEARTH_SEX_MALE;
  g_assert_false (hearth_sex_from_string ("Female", &sex));
  g_assert_cmpint (sex, ==, HEARTH_SEX_MALE);
}

static void
assert_valid (HearthProfile *profile)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_profile_validate (profile, now, &error));
  g_assert_no_error (error);
}

static void
assert_invalid (HearthProfile *profile,
                int            code,
                const char    *message)
{
  g_autoptr(GDateTime) now = make_now ();
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_profile_validate (profile, now, &error));
  g_assert_error (error, HEARTH_VALIDATION_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static void
test_profile_validate_name (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new (NULL);
  g_autoptr(GString) name = g_string_new (NULL);

  assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME, "Enter a name");
  hearth_profile_set_name (profile, "");
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME, "Enter a name");
  hearth_profile_set_name (profile, " \t ");
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME, "Enter a name");
  hearth_profile_set_name (profile, "  Grace  ");
  assert_valid (profile);

  /* 100 characters (not bytes) is the limit. */
  for (guint i = 0; i < 100; i++)
    g_string_append (name, "é");
  hearth_profile_set_name (profile, name->str);
  assert_valid (profile);
  /* Surrounding spaces do not count. */
  g_string_prepend (name, "  ");
  hearth_profile_set_name (profile, name->str);
  assert_valid (profile);
  g_string_append (name, "x");
  hearth_profile_set_name (profile, name->str);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME, NULL);
}

/* The setter trims surrounding white space (Unicode spaces too) and
 * normalises to NFC; control characters and line separators are refused,
 * since names end up in tab-separated output. */
static void
test_profile_name_clean (void)
{
  static const char *refused[] = {
    "Ann\tLee", "Ann\nLee", "Ann\rLee", "Ann\001Lee", "Ann\x7fLee",
    "Ann\xc2\x85Lee",       /* U+0085 NEXT LINE */
    "Ann\xe2\x80\xa8Lee",   /* U+2028 LINE SEPARATOR */
    "Ann\xe2\x80\xa9Lee",   /* U+2029 PARAGRAPH SEPARATOR */
  };
  g_autoptr(HearthProfile) profile = hearth_profile_new ("  Grace \t");
  g_autofree char *normal = NULL;

  g_assert_cmpstr (hearth_profile_get_name (profile), ==, "Grace");
  hearth_profile_set_name (profile, "\xc2\xa0\xe3\x80\x80Zo\xc3\xab\xe2\x80\xaf");  /* NBSP, ideographic space, narrow NBSP */
  g_assert_cmpstr (hearth_profile_get_name (profile), ==, "Zo\xc3\xab");
  /* "e" + COMBINING ACUTE ACCENT becomes "é" (U+00E9). */
  hearth_profile_set_name (profile, "Rene\xcc\x81");
  g_assert_cmpstr (hearth_profile_get_name (profile), ==, "Ren\xc3\xa9");
  assert_valid (profile);
  g_object_set (profile, "name", " Jose\xcc\x81 ", NULL);
  g_assert_cmpstr (hearth_profile_get_name (profile), ==, "Jos\xc3\xa9");
  normal = hearth_profile_normalize_name ("  Zoe\xcc\x88\n");
  g_assert_cmpstr (normal, ==, "Zo\xc3\xab");
  g_assert_null (hearth_profile_normalize_name (NULL));

  /* Joiners inside a name (Persian, emoji) are letters' business: kept. */
  hearth_profile_set_name (profile, "\xd9\x85\xe2\x80\x8c\xd9\x8a");
  assert_valid (profile);
  hearth_profile_set_name (profile, "\xe5\xbc\xa0\xe4\xb8\x89");
  assert_valid (profile);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      hearth_profile_set_name (profile, refused[i]);
      assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME,
                      "The name cannot contain tabs, line breaks or other control characters");
    }

  /* Invalid UTF-8 is kept as given, so validation can refuse it. */
  hearth_profile_set_name (profile, "Ann\xff");
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME, "The name contains invalid characters");
}

static void
test_profile_validate_birth (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Grace");

  /* Unknown is fine. */
  hearth_profile_set_birth (profile, 0, 0, 0);
  assert_valid (profile);

  hearth_profile_set_birth (profile, 1899, 0, 0);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH,
                  "The birth year must be between 1900 and 2026");
  hearth_profile_set_birth (profile, 1900, 0, 0);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 2026, 0, 0);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 2027, 0, 0);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH,
                  "The birth year must be between 1900 and 2026");

  hearth_profile_set_birth (profile, 1980, 0, 0);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 1980, 1, 0);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 1980, 12, 31);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 1980, 13, 0);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);
  hearth_profile_set_birth (profile, 1980, 4, 30);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 1980, 4, 31);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);
  hearth_profile_set_birth (profile, 2024, 2, 29);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 2023, 2, 29);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);
  hearth_profile_set_birth (profile, 1900, 2, 29);  /* not a leap year */
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);

  /* Month needs a year, day needs a month. */
  hearth_profile_set_birth (profile, 0, 5, 0);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);
  hearth_profile_set_birth (profile, 1980, 0, 5);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);

  /* Not in the future: today is 2026-03-15. */
  hearth_profile_set_birth (profile, 2026, 3, 15);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 2026, 3, 16);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH,
                  "The birth date cannot be in the future");
  hearth_profile_set_birth (profile, 2026, 3, 0);
  assert_valid (profile);
  hearth_profile_set_birth (profile, 2026, 4, 0);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH,
                  "The birth date cannot be in the future");
}

static void
test_profile_validate_height (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Grace");

  hearth_profile_set_height_cm (profile, 0);
  assert_valid (profile);
  hearth_profile_set_height_cm (profile, 29.9);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_HEIGHT,
                  "The height must be between 30 and 260 cm");
  hearth_profile_set_height_cm (profile, 30);
  assert_valid (profile);
  hearth_profile_set_height_cm (profile, 260);
  assert_valid (profile);
  hearth_profile_set_height_cm (profile, 260.1);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_HEIGHT, NULL);
  hearth_profile_set_height_cm (profile, -170);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_HEIGHT, NULL);
  hearth_profile_set_height_cm (profile, NAN);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_HEIGHT, NULL);
}

static void
test_profile_validate_order (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("");

  /* First bad field wins: name before birth before height. */
  hearth_profile_set_birth (profile, 1800, 0, 0);
  hearth_profile_set_height_cm (profile, 1000);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_NAME, NULL);
  hearth_profile_set_name (profile, "Grace");
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_BIRTH, NULL);
  hearth_profile_set_birth (profile, 1980, 0, 0);
  assert_invalid (profile, HEARTH_VALIDATION_ERROR_HEIGHT, NULL);
}

static int
age_at (HearthProfile *profile,
        int            year,
        int            month,
        int            day)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (year, month, day, 12, 0, 0);

  return hearth_profile_get_age (profile, now);
}

static void
test_profile_age (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Grace");

  g_assert_cmpint (age_at (profile, 2026, 3, 15), ==, -1);

  /* Year only: one less before 1 July. */
  hearth_profile_set_birth (profile, 1980, 0, 0);
  g_assert_cmpint (age_at (profile, 2026, 6, 30), ==, 45);
  g_assert_cmpint (age_at (profile, 2026, 7, 1), ==, 46);
  g_assert_cmpint (age_at (profile, 2026, 12, 31), ==, 46);

  /* Full date: the birthday itself counts. */
  hearth_profile_set_birth (profile, 1980, 3, 15);
  g_assert_cmpint (age_at (profile, 2026, 3, 14), ==, 45);
  g_assert_cmpint (age_at (profile, 2026, 3, 15), ==, 46);
  g_assert_cmpint (age_at (profile, 2026, 1, 1), ==, 45);

  /* Leap-day birthday: a year passes on 1 March in common years. */
  hearth_profile_set_birth (profile, 2000, 2, 29);
  g_assert_cmpint (age_at (profile, 2025, 2, 28), ==, 24);
  g_assert_cmpint (age_at (profile, 2025, 3, 1), ==, 25);

  /* Born today. */
  hearth_profile_set_birth (profile, 2026, 3, 15);
  g_assert_cmpint (age_at (profile, 2026, 3, 15), ==, 0);
}

static void
test_profile_age_local_date (void)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new ("Grace");
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 3, 15, 2, 0, 0);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  /* 02:00 UTC on the 15th is still the 14th at UTC-5. */
  hearth_profile_set_birth (profile, 1980, 3, 15);
  g_assert_cmpint (hearth_profile_get_age (profile, utc), ==, 46);
  g_assert_cmpint (hearth_profile_get_age (profile, local), ==, 45);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hearth/profile/properties", test_profile_properties);
  g_test_add_func ("/hearth/profile/sex-strings", test_profile_sex_strings);
  g_test_add_func ("/hearth/profile/validate/name", test_profile_validate_name);
  g_test_add_func ("/hearth/profile/name-clean", test_profile_name_clean);
  g_test_add_func ("/hearth/profile/validate/birth", test_profile_validate_birth);
  g_test_add_func ("/hearth/profile/validate/height", test_profile_validate_height);
  g_test_add_func ("/hearth/profile/validate/order", test_profile_validate_order);
  g_test_add_func ("/hearth/profile/age", test_profile_age);
  g_test_add_func ("/hearth/profile/age-local-date", test_profile_age_local_date);

  return g_test_run ();
}
