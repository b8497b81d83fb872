/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-text"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "test-cli-common.h"

/* Text the CLI takes and prints: names (control characters, NFC, UTF-8
 * whatever the locale), decimal marks by locale, translations. */

/* Points the CLI at @locale, failing the test (never skipping) when the
 * machine lacks it: the set-up generates de_DE, zh_TW and zh_CN. */
static gboolean
use_locale (Fixture    *f,
            const char *locale)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean available = setlocale (LC_ALL, locale) != NULL;

  setlocale (LC_ALL, saved);
  if (!available)
    {
      g_test_fail_printf ("locale %s is not installed: generate it (uncomment it in "
                          "/etc/locale.gen and run locale-gen; see PLATFORM.md)", locale);
      return FALSE;
    }

  f->envp = g_environ_setenv (f->envp, "LC_ALL", locale, TRUE);
  return TRUE;
}

/* Names that would break the tab-separated output are refused; names are
 * trimmed and NFC, whether added or looked up. */
static void
test_profile_names (Fixture       *f,
                    gconstpointer  data)
{
  static const char *bad[] = { "Ann\tLee", "Ann\nLee", "Ann\001", "Ann\xe2\x80\xa8Lee" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    run_fails (f, 1, "control characters", "profile", "add", "--name", bad[i]);

  /* "Rene" + COMBINING ACUTE ACCENT, with spaces around. */
  run_ok (f, "profile", "add", "--name", " Rene\xcc\x81\xc2\xa0");
  g_assert_nonnull (strstr (f->out, "\xe2\x80\x9cRen\xc3\xa9\xe2\x80\x9d"));
  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==, "Ren\xc3\xa9\t-\t-\t-\t-\n");
  run_fails (f, 1, NULL, "profile", "add", "--name", "Ren\xc3\xa9");
  run_ok (f, "log", "heart-rate", "--profile", "  Rene\xcc\x81", "--bpm", "60");
  run_ok (f, "list", "--profile", "Ren\xc3\xa9", "--json");
  g_assert_nonnull (strstr (f->out, "\"profile\" : \"Ren\xc3\xa9\""));

  /* Bytes that are not UTF-8 are a bad command line. */
  run_fails (f, 2, "UTF-8", "profile", "add", "--name", "Ann\xff");
  run_fails (f, 2, "UTF-8", "list", "--profile", "\xc3(");
}

/* Arguments are UTF-8 whatever the locale, and printed as they are: under
 * LC_ALL=C a Chinese name is neither refused nor shown as “??”. */
static void
test_profile_names_c_locale (Fixture       *f,
                             gconstpointer  data)
{
  static const char name[] = "\xe5\xbc\xa0\xe4\xb8\x89";  /* 张三 */

  f->envp = g_environ_setenv (f->envp, "LC_ALL", "C", TRUE);

  run_ok (f, "profile", "add", "--name", name);
  g_assert_nonnull (strstr (f->out, name));
  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==, "\xe5\xbc\xa0\xe4\xb8\x89\t-\t-\t-\t-\n");
  run_ok (f, "log", "bp", "--profile", name, "--systolic", "120", "--diastolic", "80");
  g_assert_nonnull (strstr (f->out, name));
  run_ok (f, "list", "--profile", name);
  g_assert_cmpuint (count_lines (f->out), ==, 1);
  run_fails (f, 1, "\xe6\x9d\x8e\xe5\x9b\x9b", "list", "--profile", "\xe6\x9d\x8e\xe5\x9b\x9b");  /* 李四 */
}

/* Human output uses the locale's decimal mark throughout, JSON never does,
 * and the parser takes what the output and the hints show. */
static void
test_locale_decimal_comma (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GRegex) dot_decimal = g_regex_new ("[0-9][.][0-9]", 0, 0, NULL);
  g_autoptr(GRegex) comma_decimal = g_regex_new ("[0-9],[0-9]", 0, 0, NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *members;

  if (!use_locale (f, "de_DE.UTF-8"))
    return;

  run_ok (f, "profile", "add", "--name", "Ann", "--height-cm", "165,5", "--birth", "1980");
  run_ok (f, "profile", "list");
  g_assert_cmpstr (f->out, ==, "Ann\t1980\t-\t165,5 cm\t-\n");

  run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "62,6", "--at", "2026-03-29 07:00");
  g_assert_nonnull (strstr (f->out, "62,6 kg"));
  run_ok (f, "log", "weight", "--profile", "Ann", "--lb", "138.0", "--at", "2026-03-29 08:00");
  g_assert_nonnull (strstr (f->out, "(138,0 lb)"));
  run_ok (f, "log", "temperature", "--profile", "Ann", "--celsius", "36,6");
  g_assert_nonnull (strstr (f->out, "36,6 °C"));
  run_ok (f, "log", "body-fat", "--profile", "Ann", "--percent", "29,4");
  g_assert_nonnull (strstr (f->out, "29,4 %"));

  /* The range in the message is written as the parser then accepts it. */
  run_fails (f, 1, "0,5", "log", "glucose", "--profile", "Ann", "--mmol", "0,1");
  run_ok (f, "log", "glucose", "--profile", "Ann", "--mmol", "0,5");
  g_assert_nonnull (strstr (f->out, "0,5 mmol/L"));

  run_ok (f, "list", "--profile", "Ann");
  g_assert_false (g_regex_match (dot_decimal, f->out, 0, NULL));
  g_assert_nonnull (strstr (f->out, "62,6 kg"));
  run_ok (f, "list", "--profile", "Ann", "--json");
  g_assert_false (g_regex_match (comma_decimal, f->out, 0, NULL));
  g_assert_nonnull (strstr (f->out, "62.6"));

  /* Made-up weights come with body fat: one mark for both. */
  run_ok (f, "generate", "--members", "1", "--days", "20", "--seed", "3");
  run_ok (f, "profile", "list", "--json");
  root = parse_json (f->out);
  members = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      const char *name = json_object_get_string_member (json_array_get_object_element (members, i), "name");

      run_ok (f, "list", "--profile", name);
      if (g_regex_match (dot_decimal, f->out, 0, NULL))
        g_error ("a '.' decimal under de_DE: %s", f->out);
      g_assert_true (g_regex_match (comma_decimal, f->out, 0, NULL));
      run_ok (f, "list", "--profile", name, "--json");
      g_assert_false (g_regex_match (comma_decimal, f->out, 0, NULL));
    }
}

/* Where the decimal mark is '.', a ',' is refused, saying what to type. */
static void
test_locale_decimal_dot (Fixture       *f,
                         gconstpointer  data)
{
  static const char *locales[] = { "C.UTF-8", "zh_TW.UTF-8", "zh_CN.UTF-8" };

  run_ok (f, "profile", "add", "--name", "Ann");
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (!use_locale (f, locales[i]))
        return;
      run_fails (f, 2, "“.”", "log", "weight", "--profile", "Ann", "--kg", "62,6");
      run_fails (f, 2, "“.”", "profile", "add", "--name", "Bo", "--height-cm", "170,5");
      run_ok (f, "log", "weight", "--profile", "Ann", "--kg", "62.6", "--confirm");
      g_assert_nonnull (strstr (f->out, "62.6 kg"));
    }
}

/* Sentences are translated; identifiers, "alert: severe" and JSON keys
 * are not. Needs the build's compiled catalogues (HEARTH_BUILD_ROOT/po). */
static void
test_translated (Fixture       *f,
                 gconstpointer  data)
{
  static const char sentence[] = "%s by %s (office thresholds).";
  const char *build_root = g_getenv ("HEARTH_BUILD_ROOT");
  g_autofree char *localedir = NULL;
  g_autofree char *mo = NULL;
  g_autofree char *english = NULL;
  g_auto(GStrv) out = NULL;

  /* No skipping: the test set-up (tests/meson.build) sets HEARTH_BUILD_ROOT
   * and the build compiles the catalogues. */
  if (build_root == NULL)
    {
      g_test_fail_printf ("HEARTH_BUILD_ROOT is not set: run the tests through meson test");
      return;
    }
  localedir = g_build_filename (build_root, "po", NULL);
  mo = g_build_filename (localedir, "zh_TW", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_fail_printf ("no compiled zh_TW catalogue at %s: build the po/ targets", mo);
      return;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "zh_TW", TRUE);
  g_assert_cmpstr (dgettext (GETTEXT_PACKAGE, sentence), !=, sentence);
  g_unsetenv ("LANGUAGE");

  g_assert_cmpint (run (f, "classify", "bp", "190", "100"), ==, 0);
  english = g_steal_pointer (&f->out);

  f->envp = g_environ_setenv (f->envp, "HEARTH_LOCALEDIR", localedir, TRUE);
  f->envp = g_environ_setenv (f->envp, "LANGUAGE", "zh_TW", TRUE);

  g_assert_cmpint (run (f, "classify", "bp", "190", "100"), ==, 0);
  out = lines (f->out);
  g_assert_cmpuint (g_strv_length (out), ==, 3);
  g_assert_cmpstr (out[0], ==, "stage-2");
  g_assert_cmpstr (out[2], ==, "alert: severe");
  g_assert_cmpstr (f->out, !=, english);

  run_ok (f, "profile", "add", "--name", "Ann", "--sex", "female");
  run_ok (f, "profile", "list", "--json");
  g_assert_nonnull (strstr (f->out, "\"sex\" : \"female\""));

  g_assert_cmpint (run (f, "profile", "add", "--name", "Ann"), ==, 1);
  assert_error_line (f, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Not a skip: tests/meson.build sets it; without it nothing is tested. */
  if (g_getenv ("HEARTH_CLI") == NULL)
    {
      g_printerr ("HEARTH_CLI is not set: run the tests through meson test\n");
      return 1;
    }

#define ADD(path, func) \
  g_test_add ("/hearth/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("profile/names", test_profile_names);
  ADD ("profile/names-c-locale", test_profile_names_c_locale);
  ADD ("locale/decimal-comma", test_locale_decimal_comma);
  ADD ("locale/decimal-dot", test_locale_decimal_dot);
  ADD ("translated", test_translated);

#undef ADD

  return g_test_run ();
}
