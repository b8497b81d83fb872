/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-badges-catalogue"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hearth-badges.h"
#include "hearth-core.h"

/* The badge catalogue (src/core/badges.xml in the core GResource): it
 * parses, has issue 9's ids once each with known rules and their
 * parameters, icons the app can draw, and titles and descriptions that
 * build-aux/make-pot.sh extracts for translators. */

static const struct
{
  const char      *id;
  HearthBadgeRule  rule;
  double           amount;
} required[] = {
  { "first-reading", HEARTH_BADGE_RULE_FIRST_READING, 0 },
  { "log-7-days", HEARTH_BADGE_RULE_LOGGING_STREAK, 7 },
  { "log-30-days", HEARTH_BADGE_RULE_LOGGING_STREAK, 30 },
  { "log-100-days", HEARTH_BADGE_RULE_LOGGING_STREAK, 100 },
  { "log-365-days", HEARTH_BADGE_RULE_LOGGING_STREAK, 365 },
  { "lost-1-kg", HEARTH_BADGE_RULE_WEIGHT_LOST, 1 },
  { "lost-5-kg", HEARTH_BADGE_RULE_WEIGHT_LOST, 5 },
  { "bp-in-range-week", HEARTH_BADGE_RULE_BP_IN_RANGE_DAYS, 7 },
  { "who-active-week", HEARTH_BADGE_RULE_ACTIVE_WEEK, 0 },
  { "goal-reached", HEARTH_BADGE_RULE_GOAL_REACHED, 0 },
  { "meds-30-days", HEARTH_BADGE_RULE_MEDS_ON_TIME_DAYS, 30 },
};

static void
test_catalogue_built_in (void)
{
  const GPtrArray *defs = hearth_badge_catalogue_get ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_nonnull (defs);
  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);
      HearthBadgeRule rule;

      g_assert_true (g_hash_table_add (ids, def->id));
      g_assert_true (hearth_badge_rule_from_string (hearth_badge_rule_to_string (def->rule), &rule));
      g_assert_cmpint (rule, ==, def->rule);
      g_assert_cmpstr (def->title, !=, "");
      g_assert_cmpstr (def->description, !=, "");
      g_assert_cmpstr (hearth_badge_def_get_title (def), ==, def->title);
    }
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      const HearthBadgeDef *def = hearth_badge_catalogue_lookup (required[i].id);

      g_test_message ("%s", required[i].id);
      g_assert_nonnull (def);
      g_assert_cmpint (def->rule, ==, required[i].rule);
      g_assert_cmpfloat (def->amount, ==, required[i].amount);
    }
}

/* Each icon is a symbolic icon of the Adwaita theme or of src/gui/icons
 * (the app's resources): the app shows it. */
static void
test_catalogue_icons (void)
{
  const GPtrArray *defs = hearth_badge_catalogue_get ();
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");

  g_assert_nonnull (root);
  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);
      g_autofree char *file = g_strconcat (def->icon, ".svg", NULL);
      g_autofree char *ours = g_build_filename (root, "src", "gui", "icons", file, NULL);
      gboolean found = g_file_test (ours, G_FILE_TEST_EXISTS);
      g_autoptr(GDir) dir = g_dir_open ("/usr/share/icons/Adwaita/scalable", 0, NULL);
      const char *context;

      g_assert_true (g_str_has_suffix (def->icon, "-symbolic"));
      g_assert_nonnull (dir);
      while (!found && (context = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename ("/usr/share/icons/Adwaita/scalable", context, file, NULL);

          found = g_file_test (path, G_FILE_TEST_EXISTS);
        }
      if (!found)
        g_test_message ("badge %s: icon %s is in no theme the app uses", def->id, def->icon);
      g_assert_true (found);
    }
}

static void
assert_refused (const char *xml,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) defs = hearth_badge_catalogue_parse (xml, -1, &error);

  g_assert_null (defs);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
}

#define BADGE(attrs, body) "<badges><badge " attrs ">" body "</badge></badges>"
#define TEXTS "<title>T</title><description>D</description>"

/* What the parser refuses, naming the badge. */
static void
test_catalogue_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ok = hearth_badge_catalogue_parse (
    BADGE ("id='a' rule='logging-streak' icon='x-symbolic'", "<param name='days' value='7'/>" TEXTS), -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ok->len, ==, 1);
  g_assert_cmpfloat (((HearthBadgeDef *) ok->pdata[0])->amount, ==, 7);

  assert_refused (BADGE ("id='a' rule='opened-the-app' icon='x-symbolic'", TEXTS), "unknown rule");
  assert_refused ("<badges><badge id='a' rule='goal-reached' icon='x'>" TEXTS "</badge>"
                  "<badge id='a' rule='goal-reached' icon='x'>" TEXTS "</badge></badges>", "used twice");
  assert_refused (BADGE ("id='a' rule='logging-streak' icon='x'", TEXTS), "parameter is missing");
  assert_refused (BADGE ("id='a' rule='goal-reached' icon='x'", "<param name='days' value='7'/>" TEXTS),
                  "does not take");
  assert_refused (BADGE ("id='a' rule='logging-streak' icon='x'", "<param name='days' value='-7'/>" TEXTS),
                  "positive number");
  assert_refused (BADGE ("id='a' rule='logging-streak' icon='x'", "<param name='days' value='7d'/>" TEXTS),
                  "positive number");
  assert_refused (BADGE ("id='a' rule='goal-reached' icon='x'", "<description>D</description>"), "no title");
  assert_refused (BADGE ("id='a' rule='goal-reached' icon=''", TEXTS), "no icon");
  assert_refused (BADGE ("rule='goal-reached' icon='x'", TEXTS), "id");
  assert_refused ("<badges></badges>", "no badge");
  assert_refused ("<badges><badge id='a' rule='goal-reached' icon='x'>" TEXTS "<colour/></badge></badges>",
                  "colour");
}

/* build-aux/make-pot.sh (the one update-po.sh and the translations test
 * use) extracts every title and description. */
static void
test_catalogue_extracted (void)
{
  const char *root = g_getenv ("HEARTH_SOURCE_ROOT");
  const GPtrArray *defs = hearth_badge_catalogue_get ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-pot-XXXXXX", &error);
  g_autofree char *pot = NULL;
  g_autofree char *script = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) split = NULL;
  int status = -1;

  g_assert_no_error (error);
  g_assert_nonnull (root);
  pot = g_build_filename (dir, "hearth.pot", NULL);
  script = g_build_filename (root, "build-aux", "make-pot.sh", NULL);
  {
    const char *argv[] = { script, root, pot, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                                 &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_get_contents (pot, &raw, NULL, &error));
  g_assert_no_error (error);
  /* Long messages are wrapped over lines: join them. */
  contents = g_strjoinv ("", (split = g_strsplit (raw, "\"\n\"", -1)));
  for (guint i = 0; i < defs->len; i++)
    {
      const HearthBadgeDef *def = g_ptr_array_index (defs, i);
      g_autofree char *title = g_strdup_printf ("msgid \"%s\"\n", def->title);
      g_autofree char *description = g_strdup_printf ("msgid \"%s\"\n", def->description);

      g_test_message ("%s", def->id);
      g_assert_nonnull (strstr (contents, title));
      g_assert_nonnull (strstr (contents, description));
    }
  g_assert_nonnull (strstr (contents, "#: src/core/badges.xml:"));
  g_unlink (pot);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_core_init ();

  g_test_add_func ("/badges-catalogue/built-in", test_catalogue_built_in);
  g_test_add_func ("/badges-catalogue/icons", test_catalogue_icons);
  g_test_add_func ("/badges-catalogue/refused", test_catalogue_refused);
  g_test_add_func ("/badges-catalogue/extracted", test_catalogue_extracted);

  return g_test_run ();
}
