/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hearth-growth.h"
#include "hearth-gui-util.h"
#include "hearth-member-page-private.h"
#include "test-gui-private.h"

/* A child's page (issue 10): BMI-for-age on the weight card as a percentile,
 * z-score and WHO's category, no adult category anywhere; the growth chart
 * against WHO's percentile curves, hovering a point; screenshots. */

/* A member page of its own on a journal whose clock stands still: Tuesday
 * 10 March 2026, 15:30 UTC. Mia, a girl born 15 November 2017 (99 months
 * old on the 10th), 128 cm, weighed three times. */
typedef struct
{
  char             *dir;
  HearthClock      *clock;
  HearthStore      *store;
  HearthProfile    *mia;
  GtkWindow        *window;
  HearthMemberPage *page;
} Growth;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

static const struct { int year, month, day; double kg; } weighings[] = {
  { 2022, 11, 20, 18.2 },   /* 60 months: the last of WHO's standards */
  { 2024, 5, 2, 21.0 },     /* 77 months */
  { 2026, 3, 10, 26.0 },    /* 99 months: 26 kg at 128 cm, BMI 15.9 */
};

static Growth *
growth_new (double height_cm)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 15, 30, 0);
  g_autofree char *path = NULL;
  Growth *g = g_new0 (Growth, 1);

  g->dir = g_dir_make_tmp ("hearth-growth-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (g->dir, "hearth.db", NULL);
  g->clock = hearth_clock_new_fixed (now);
  g->store = hearth_store_open (path, g->clock, &error);
  g_assert_no_error (error);

  g->mia = hearth_profile_new ("Mia");
  hearth_profile_set_birth (g->mia, 2017, 11, 15);
  hearth_profile_set_sex (g->mia, HEARTH_SEX_FEMALE);
  hearth_profile_set_height_cm (g->mia, height_cm);
  ASSERT_OK (hearth_store_add_profile (g->store, g->mia, &error));
  ASSERT_OK (hearth_store_dismiss_checklist (g->store, hearth_profile_get_uuid (g->mia), &error));
  for (guint i = 0; i < G_N_ELEMENTS (weighings); i++)
    {
      g_autoptr(GDateTime) at = g_date_time_new_utc (weighings[i].year, weighings[i].month,
                                                     weighings[i].day, 7, 0, 0);
      g_autoptr(HearthReading) weight = hearth_reading_new_weight (at, weighings[i].kg, NAN);

      hearth_reading_set_profile_uuid (weight, hearth_profile_get_uuid (g->mia));
      ASSERT_OK (hearth_store_add_reading (g->store, weight, &error));
    }

  g->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (g->window, 760, 1000);
  g->page = HEARTH_MEMBER_PAGE (hearth_member_page_new ());
  gtk_window_set_child (g->window, GTK_WIDGET (g->page));
  hearth_member_page_set_store (g->page, g->store);
  hearth_member_page_set_profile (g->page, g->mia);
  gtk_window_present (g->window);
  wait_ms (300);
  return g;
}

static void
growth_free (Growth *g)
{
  gtk_window_destroy (g->window);
  iterate ();
  g_clear_object (&g->mia);
  g_clear_object (&g->store);
  g_clear_object (&g->clock);
  {
    const char *argv[] = { "rm", "-rf", g->dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (g->dir);
  g_free (g);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Growth, growth_free)

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in “%s”", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” unexpectedly in “%s”", needle, haystack);
}

/* The weight card: 26 kg at 128 cm on 10 March 2026, 99 months: BMI 15.9,
 * its percentile and z-score from WHO's 2007 table for girls, WHO's category;
 * none of the adult words. */
static void
test_growth_card (void)
{
  g_autoptr(Growth) g = growth_new (128);
  HearthBmiForAge expected;
  g_autofree char *percentile = NULL;
  g_autofree char *z = NULL;
  const char *text;

  g_assert_true (hearth_growth_bmi_for_age (HEARTH_SEX_FEMALE, 99, 15.9, &expected, NULL));
  percentile = hearth_growth_format_percentile (expected.percentile);
  z = g_strdup_printf ("%.2f", round (expected.z * 100) / 100 + 0.0);
  text = gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page));
  g_test_message ("card: %s", text);
  assert_contains (text, "BMI 15.9");
  assert_contains (text, percentile);
  assert_contains (text, z);
  assert_contains (text, expected.label);
  assert_lacks (text, "adult");
  assert_lacks (text, "Normal weight");
  assert_lacks (text, "Add a height");
}

/* No height: the card asks for one; with a height it never does. */
static void
test_growth_card_no_height (void)
{
  g_autoptr(Growth) g = growth_new (0);
  const char *text = gtk_label_get_text (_hearth_member_page_get_bmi_label (g->page));

  assert_contains (text, "Add a height");
  assert_lacks (text, "adult");
}

void
add_growth_tests (void)
{
  g_test_add_func ("/hearth/gui/growth/card", test_growth_card);
  g_test_add_func ("/hearth/gui/growth/card-no-height", test_growth_card_no_height);
}
