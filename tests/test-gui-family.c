/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gui"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gdk/x11/gdkx.h>

#include "hearth-family-page-private.h"
#include "hearth-gui-util.h"
#include "hearth-store-goals.h"
#include "hearth-store-medications.h"
#include "test-gui-private.h"

/* The family overview as a caregiver's home (issue 10): a card per member
 * with the latest readings, what is overdue, today's doses and any
 * warning; Enter on a card opens the member; a locked member shows only a
 * name; screenshots light and dark. A page of its own in a window of its
 * own, on a journal whose clock stands still: Tuesday 10 March 2026,
 * 15:30 UTC. */

typedef struct
{
  char             *dir;
  HearthClock      *clock;
  HearthStore      *store;
  GtkWindow        *window;
  HearthFamilyPage *page;
  char             *opened;   /* the uuid win.show-member was run with */
} Family;

#define ASSERT_OK(expr) \
  G_STMT_START { gboolean ok_ = (expr); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

/* The members in the store's order (by name). */
enum { LENA, LEO, MIA, ROSE, TOM, N_MEMBERS };

static GDateTime *
at (int day,
    int hour,
    int minute)
{
  return g_date_time_new_utc (2026, 3, day, hour, minute, 0);
}

static gint64
day_number (int day)
{
  g_autoptr(GDateTime) noon = at (day, 12, 0);

  return g_date_time_to_unix (noon) / 86400;
}

static HearthProfile *
add_person (HearthStore *store,
            const char  *name,
            guint        year,
            HearthSex    sex,
            double       cm,
            const char  *condition)
{
  g_autoptr(HearthProfile) profile = hearth_profile_new (name);
  g_autoptr(GError) error = NULL;
  const char *conditions[] = { condition, NULL };

  hearth_profile_set_birth (profile, year, 5, 1);
  hearth_profile_set_sex (profile, sex);
  if (cm > 0)
    hearth_profile_set_height_cm (profile, cm);
  if (condition != NULL)
    hearth_profile_set_conditions (profile, conditions);
  ASSERT_OK (hearth_store_add_profile (store, profile, &error));
  return g_steal_pointer (&profile);
}

static void
add (HearthStore   *store,
     HearthProfile *profile,
     HearthReading *reading)
{
  g_autoptr(HearthReading) owned = reading;
  g_autoptr(GError) error = NULL;

  hearth_reading_set_profile_uuid (owned, hearth_profile_get_uuid (profile));
  ASSERT_OK (hearth_store_add_reading (store, owned, &error));
}

static char *
add_medication (HearthStore   *store,
                HearthProfile *profile,
                const char    *name,
                const char    *strength,
                const char    *times)
{
  g_autoptr(HearthMedication) medication = hearth_medication_new (hearth_profile_get_uuid (profile), name,
                                                                  day_number (1));
  g_autoptr(GError) error = NULL;

  medication->strength = g_strdup (strength);
  ASSERT_OK (hearth_medication_set_times_text (medication, times, &error));
  ASSERT_OK (hearth_store_add_medication (store, medication, &error));
  return g_strdup (medication->uuid);
}

/* A realistic family: Rose (77, hypertension) has not measured her blood
 * pressure for 9 days and missed a dose this morning; Tom's blood
 * pressure this afternoon is in the severe range; Lena logs weight, steps
 * (a daily habit) and sleep; Mia has a fever; Leo has nothing yet. */
static void
add_family (HearthStore *store)
{
  g_autoptr(HearthProfile) rose = add_person (store, "Rose", 1948, HEARTH_SEX_FEMALE, 160, HEARTH_CONDITION_HYPERTENSION);
  g_autoptr(HearthProfile) tom = add_person (store, "Tom", 1979, HEARTH_SEX_MALE, 182, NULL);
  g_autoptr(HearthProfile) lena = add_person (store, "Lena", 1982, HEARTH_SEX_FEMALE, 168, NULL);
  g_autoptr(HearthProfile) mia = add_person (store, "Mia", 2016, HEARTH_SEX_FEMALE, 0, NULL);
  g_autoptr(HearthProfile) leo = add_person (store, "Leo", 2021, HEARTH_SEX_MALE, 0, NULL);
  g_autoptr(HearthGoal) steps = hearth_goal_new (hearth_profile_get_uuid (lena), HEARTH_GOAL_KIND_HABIT,
                                                 HEARTH_GOAL_METRIC_STEPS, day_number (1));
  g_autoptr(GError) error = NULL;
  g_autofree char *amlodipine = NULL;
  g_autofree char *metformin = NULL;

  for (int day = 20; day <= 28; day++)
    {
      g_autoptr(GDateTime) feb = g_date_time_new_utc (2026, 2, day, 8, 10, 0);

      add (store, rose, hearth_reading_new_blood_pressure (feb, 138 + day % 5, 86 + day % 3, 70));
    }
  {
    g_autoptr(GDateTime) first = at (1, 8, 10);

    add (store, rose, hearth_reading_new_blood_pressure (first, 142, 88, 72));
    add (store, rose, hearth_reading_new_weight (first, 64.2, NAN));
  }
  amlodipine = add_medication (store, rose, "Amlodipine", "5 mg", "08:00");
  metformin = add_medication (store, rose, "Metformin", "500 mg", "08:00,20:00");
  {
    g_autoptr(GDateTime) taken = at (10, 8, 5);

    ASSERT_OK (hearth_store_take_dose (store, amlodipine, taken, NULL, &error));
  }

  {
    g_autoptr(GDateTime) yesterday = at (9, 7, 30);
    g_autoptr(GDateTime) afternoon = at (10, 14, 50);

    add (store, tom, hearth_reading_new_weight (yesterday, 88.4, NAN));
    add (store, tom, hearth_reading_new_blood_pressure (yesterday, 136, 86, 70));
    add (store, tom, hearth_reading_new_blood_pressure (afternoon, 186, 112, 88));
    add (store, tom, hearth_reading_new_heart_rate (afternoon, 72));
  }

  {
    g_autoptr(GDateTime) morning = at (10, 7, 0);
    g_autoptr(GDateTime) slept = at (9, 23, 40);
    g_autoptr(GDateTime) woke = at (10, 7, 0);
    g_autoptr(GDateTime) monday = at (9, 12, 0);

    add (store, lena, hearth_reading_new_weight (morning, 62.5, NAN));
    add (store, lena, hearth_reading_new_sleep (slept, woke, 4));
    add (store, lena, hearth_reading_new_steps (monday, 9200));
    steps->target = 8000;
    ASSERT_OK (hearth_store_add_goal (store, steps, &error));
  }

  {
    g_autoptr(GDateTime) noon = at (10, 12, 15);

    add (store, mia, hearth_reading_new_temperature (noon, 38.6));
  }
  (void) leo;
}

static void
on_show_member_cb (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  Family *f = user_data;

  g_free (f->opened);
  f->opened = g_variant_dup_string (param, NULL);
}

static Family *
family_new (gboolean with_family)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = at (10, 15, 30);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_member = g_simple_action_new ("show-member", G_VARIANT_TYPE_STRING);
  g_autofree char *path = NULL;
  Family *f = g_new0 (Family, 1);

  f->dir = g_dir_make_tmp ("hearth-family-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "hearth.db", NULL);
  f->clock = hearth_clock_new_fixed (now);
  f->store = hearth_store_open (path, f->clock, &error);
  g_assert_no_error (error);
  if (with_family)
    add_family (f->store);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 720, 1400);
  g_signal_connect (show_member, "activate", G_CALLBACK (on_show_member_cb), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_member));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  f->page = HEARTH_FAMILY_PAGE (hearth_family_page_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  hearth_family_page_set_store (f->page, f->store);
  gtk_window_present (f->window);
  for (guint i = 0; i < 250 && !gtk_widget_get_mapped (GTK_WIDGET (f->window)); i++)
    wait_ms (20);
  wait_ms (300);
  return f;
}

static void
family_free (Family *f)
{
  gtk_window_destroy (f->window);
  iterate ();
  g_clear_object (&f->store);
  g_clear_object (&f->clock);
  {
    const char *argv[] = { "rm", "-rf", f->dir, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (f->opened);
  g_free (f->dir);
  g_free (f);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Family, family_free)

static const char *
row_text (Family     *f,
          guint       index,
          const char *key)
{
  GtkLabel *label = _hearth_family_page_get_row_label (f->page, index, key);

  if (label == NULL)
    g_error ("card %u has no %s", index, key);
  return gtk_label_get_text (label);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not in “%s”", needle, haystack);
}

/* Every label in @widget's tree, one a line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
card_labels (Family *f,
             guint   index)
{
  GString *out = g_string_new (NULL);

  collect_labels (GTK_WIDGET (gtk_list_box_get_row_at_index (_hearth_family_page_get_list (f->page), index)), out);
  return g_string_free (out, FALSE);
}

/* Each card: name and age, the latest readings with units and categories,
 * the overdue line, today's doses, the warning; a kind message for a
 * member with nothing logged. */
static void
test_family_cards (void)
{
  g_autoptr(Family) f = family_new (TRUE);
  g_autofree char *leo = NULL;
  g_autofree char *lena = NULL;
  g_autofree char *mia = NULL;
  g_autofree char *rose = NULL;
  g_autofree char *tom = NULL;
  GtkLabel *warning;

  g_assert_cmpstr (_hearth_family_page_get_visible_page (f->page), ==, "list");
  g_assert_cmpuint (count_rows (_hearth_family_page_get_list (f->page)), ==, N_MEMBERS);

  g_assert_cmpstr (row_text (f, ROSE, "name-label"), ==, "Rose");
  rose = card_labels (f, ROSE);
  assert_contains (rose, "Age 77");
  /* Hypertension: blood pressure first, its category named. */
  g_assert_cmpstr (row_text (f, ROSE, "bp-label"), ==, "Blood pressure 142/88 mmHg · Sun 1 Mar, 08:10");
  assert_contains (rose, "Stage 2 hypertension");
  assert_contains (row_text (f, ROSE, "weight-label"), "64.2 kg");
  assert_contains (rose, "BMI 25.1");
  g_assert_cmpstr (row_text (f, ROSE, "overdue-label"), ==, "Overdue: Blood pressure, last logged 9 days ago");
  /* Amlodipine 08:00 taken; Metformin 08:00 missed, 20:00 to come. */
  g_assert_cmpstr (row_text (f, ROSE, "doses-label"), ==, "Doses today: 1 of 3 taken · 1 missed");
  g_assert_null (_hearth_family_page_get_warnings_label (f->page, ROSE));

  /* Tom: the severe reading is the warning, banner-like, and its line
   * says so too. */
  tom = card_labels (f, TOM);
  warning = _hearth_family_page_get_warnings_label (f->page, TOM);
  g_assert_nonnull (warning);
  g_assert_cmpstr (gtk_label_get_text (warning), ==, "Blood pressure in the severe range: seek medical care now");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (warning), "severe"));
  assert_contains (row_text (f, TOM, "bp-label"), "186/112 mmHg · Today, 14:50");
  assert_contains (tom, "Severe — seek care");
  assert_contains (tom, "72 bpm");
  g_assert_null (_hearth_family_page_get_row_label (f->page, TOM, "overdue-label"));
  g_assert_null (_hearth_family_page_get_row_label (f->page, TOM, "doses-label"));

  /* Lena: a daily steps habit, yesterday logged: nothing overdue. */
  lena = card_labels (f, LENA);
  assert_contains (row_text (f, LENA, "weight-label"), "62.5 kg · Today, 07:00");
  /* A day's total: of a day, not of 00:00. */
  assert_contains (lena, "Steps 9200 steps · Yesterday\n");
  assert_contains (lena, "7 h 20 min");
  g_assert_null (_hearth_family_page_get_row_label (f->page, LENA, "overdue-label"));
  g_assert_null (_hearth_family_page_get_warnings_label (f->page, LENA));

  /* Mia: a fever is a warning, not the severe alert. */
  mia = card_labels (f, MIA);
  warning = _hearth_family_page_get_warnings_label (f->page, MIA);
  g_assert_nonnull (warning);
  g_assert_cmpstr (gtk_label_get_text (warning), ==, "Fever: 38.0 °C or higher");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (warning), "warning"));
  assert_contains (mia, "38.6 °C");

  /* Leo: nothing yet, said kindly. */
  leo = card_labels (f, LEO);
  g_assert_cmpstr (row_text (f, LEO, "empty-label"), ==,
                   "Nothing logged yet. Open Leo’s page to add a first reading, a medication or a goal.");
  g_assert_null (_hearth_family_page_get_row_label (f->page, LEO, "bp-label"));
}

/* The cards follow the store: a reading logged takes an overdue line away. */
static void
test_family_follows_store (void)
{
  g_autoptr(Family) f = family_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) rose = NULL;
  g_autoptr(HearthReading) bp = NULL;
  g_autoptr(GDateTime) now = at (10, 15, 0);

  rose = g_list_model_get_item (hearth_store_get_profiles (f->store), ROSE);
  bp = hearth_reading_new_blood_pressure (now, 128, 80, 66);
  hearth_reading_set_profile_uuid (bp, hearth_profile_get_uuid (rose));
  ASSERT_OK (hearth_store_add_reading (f->store, bp, &error));
  iterate ();
  g_assert_null (_hearth_family_page_get_row_label (f->page, ROSE, "overdue-label"));
  g_assert_cmpstr (row_text (f, ROSE, "bp-label"), ==, "Blood pressure 128/80 mmHg · Today, 15:00");
}

/* Real key presses (xdotool, XTEST): focus on the first card, Down, Return
 * opens the second member. */
static void
test_family_keyboard (void)
{
  g_autoptr(Family) f = family_new (TRUE);
  GtkListBox *list = _hearth_family_page_get_list (f->page);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (list, 0);
  GtkListBoxRow *second = gtk_list_box_get_row_at_index (list, 1);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  g_autofree char *xid = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthProfile) next = g_list_model_get_item (hearth_store_get_profiles (f->store), 1);
  int status = 0;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (first)));
  iterate ();
  g_assert_null (f->opened);

  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { "xdotool", "windowfocus", xid, "sleep", "0.2",
                           "key", "--clearmodifiers", "Down", "sleep", "0.1",
                           "key", "--clearmodifiers", "Return", NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, &error))
      g_error ("xdotool is needed for the keyboard tests (build-aux/dev.sh installs it): %s", error->message);
  }
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 100 && f->opened == NULL; i++)
    wait_ms (20);

  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (second)));
  g_assert_cmpstr (f->opened, ==, hearth_profile_get_uuid (next));
}

/* The member lock's hook: a locked member's card shows only the name; it
 * still opens (the lock asks there); unlocked, everything is back. */
static void
test_family_locked (void)
{
  g_autoptr(Family) f = family_new (TRUE);
  g_autoptr(HearthProfile) tom = g_list_model_get_item (hearth_store_get_profiles (f->store), TOM);
  g_autofree char *locked = NULL;
  g_autofree char *unlocked = NULL;
  GtkListBoxRow *row;

  g_assert_false (hearth_family_page_get_member_locked (f->page, hearth_profile_get_uuid (tom)));
  hearth_family_page_set_member_locked (f->page, hearth_profile_get_uuid (tom), TRUE);
  iterate ();
  g_assert_true (hearth_family_page_get_member_locked (f->page, hearth_profile_get_uuid (tom)));
  locked = card_labels (f, TOM);
  g_assert_cmpstr (locked, ==, "Tom\n");
  g_assert_null (_hearth_family_page_get_warnings_label (f->page, TOM));
  g_assert_null (_hearth_family_page_get_bp_label (f->page, TOM));
  /* The others are untouched. */
  g_assert_nonnull (_hearth_family_page_get_row_label (f->page, ROSE, "overdue-label"));

  row = gtk_list_box_get_row_at_index (_hearth_family_page_get_list (f->page), TOM);
  g_signal_emit_by_name (_hearth_family_page_get_list (f->page), "row-activated", row);
  g_assert_cmpstr (f->opened, ==, hearth_profile_get_uuid (tom));

  hearth_family_page_set_member_locked (f->page, hearth_profile_get_uuid (tom), FALSE);
  iterate ();
  unlocked = card_labels (f, TOM);
  assert_contains (unlocked, "seek medical care");
  assert_contains (unlocked, "186/112 mmHg");
}

/* No member yet: a kind message and the way to add one. */
static void
test_family_empty (void)
{
  g_autoptr(Family) f = family_new (FALSE);
  g_autoptr(GString) texts = g_string_new (NULL);

  g_assert_cmpstr (_hearth_family_page_get_visible_page (f->page), ==, "empty");
  collect_labels (GTK_WIDGET (f->page), texts);
  assert_contains (texts->str, "No Family Members Yet");
  assert_contains (texts->str, "Add Member");
  assert_contains (texts->str, "latest readings");
}

/* The realistic family, light and dark, into the build's tests folder. */
static void
test_family_screenshots (void)
{
  g_autoptr(Family) f = family_new (TRUE);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GString) texts = g_string_new (NULL);
  const char *expected[] = { "Rose", "Tom", "Lena", "Mia", "Leo", "Overdue: Blood pressure, last logged 9 days ago",
                             "Doses today: 1 of 3 taken · 1 missed",
                             "Blood pressure in the severe range: seek medical care now",
                             "Fever: 38.0 °C or higher", NULL };
  double light, dark;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = save_window_png (f->window, "family-overview-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = save_window_png (f->window, "family-overview-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  wait_ms (200);

  g_assert_cmpfloat (light, >, 150);
  g_assert_cmpfloat (dark, <, 100);
  collect_labels (GTK_WIDGET (f->page), texts);
  for (guint i = 0; expected[i] != NULL; i++)
    assert_contains (texts->str, expected[i]);
}

void
add_family_tests (void)
{
  g_test_add_func ("/hearth/gui/family/cards", test_family_cards);
  g_test_add_func ("/hearth/gui/family/follows-store", test_family_follows_store);
  g_test_add_func ("/hearth/gui/family/keyboard", test_family_keyboard);
  g_test_add_func ("/hearth/gui/family/locked", test_family_locked);
  g_test_add_func ("/hearth/gui/family/empty", test_family_empty);
  g_test_add_func ("/hearth/gui/family/screenshots", test_family_screenshots);
}
