/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-fuzz"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

/* Throws random command lines at $HEARTH_CLI: known commands and options
 * mixed with unknown ones, and nasty values (empty, huge, NaN, inf, -0,
 * 5 000 characters, combining characters, invalid UTF-8, invalid dates,
 * "--opt=", repeated options), under nasty environments (HEARTH_NOW,
 * time zones, locales). Whatever happens, hearth-cli exits 0, 1 or 2, never by a signal,
 * and the journal passes PRAGMA integrity_check.
 *
 * Reproducible: the seed is printed (g_test_message); set it with
 * HEARTH_FUZZ_SEED. HEARTH_FUZZ_RUNS sets the number of runs (default 300). */

#define DEFAULT_RUNS 300

#define NOW "2026-03-30T12:00:00+02:00"
#define CET "CET-1CEST,M3.5.0,M10.5.0/3"

typedef struct
{
  GRand     *rand;
  char      *dir;
  char      *db;
  char      *other_db;
  GPtrArray *values;     /* nasty option values (owned strings) */
} Fuzz;

/* What an option takes; each kind has a few good values, so most runs get
 * past the option parser and reach the command's real work. */
typedef enum
{
  V_FLAG, V_NAME, V_INT, V_NUM, V_TIME, V_DATE, V_BOUND, V_BIRTH, V_SEX, V_CONTEXT,
  V_KIND, V_BP_GUIDELINE, V_GLUCOSE_GUIDELINE, V_CUTOFFS, V_POSITIONAL,
  V_MEMBERS, V_DAYS, V_YEARS, V_SEED, V_ITEM, V_MEAL_TYPE, V_PER, V_RECORD,
} ValueKind;

/* Good values, and for dates and generate's numbers the ends of their
 * ranges and just past them (year 1, 1899, 9999-12-31, 10000; 1e300 years). */
static const char *good_values[][12] = {
  [V_FLAG] = { NULL },
  [V_NAME] = { "Ann", "Bob", " Ann ", "ann", "Zoe", "\xe5\xbc\xa0\xe4\xb8\x89", NULL },
  [V_INT] = { "1", "3", "7", "64", "80", "120", "9000", NULL },
  [V_NUM] = { "62.6", "62,6", "5.5", "36.6", "98.6", "1", "29.4", "170", },
  [V_TIME] = { "2026-03-30 07:15", "2026-03-29T23:00", "2026-03-29 02:30", "2026-10-25 02:30",
               "2026-03-30T07:15:00+02:00", "2026-03-30T06:00Z", "2026-03-30T07:15:00.25+02:00",
               "0001-01-01 00:00", "1899-12-31 23:59", "9999-12-31 23:59", "10000-01-01 00:00", NULL },
  [V_DATE] = { "2026-03-30", "2026-03-29", "2026-02-28", "2026-10-25", "9999-12-31", "0001-01-01",
               "1899-12-31", "10000-01-01", NULL },
  [V_BOUND] = { "2026-03-30", "2026-01-01", "2026-03-30 07:00", "2026-12-31", "0001-01-01",
                "1899-12-31", "9999-12-31", "10000-01-01", "9999-12-31T23:59:59-12:00",
                "0001-01-01T00:00:00+14:00", NULL },
  [V_BIRTH] = { "1980", "1980-05", "1980-05-01", "2020-02-29", NULL },
  [V_SEX] = { "female", "male", "other", NULL },
  [V_CONTEXT] = { "fasting", "before-meal", "after-meal", "bedtime", "random", NULL },
  [V_KIND] = { "bp", "weight", "glucose", "sleep", "steps", "heart-rate", NULL },
  [V_BP_GUIDELINE] = { "acc-aha-2017", "esc-esh-2018", "esc-2024", "china-2018", NULL },
  [V_GLUCOSE_GUIDELINE] = { "ada", "who", NULL },
  [V_CUTOFFS] = { "who", "china", NULL },
  [V_POSITIONAL] = { "120", "80", "5.5", "190", "60", NULL },
  [V_MEMBERS] = { "1", "2", "6", "60", "0", "61", "4294967297", "-1", NULL },
  [V_DAYS] = { "1", "3", "30", "18300", "18301", "0", "9223372036854775808", "-9223372036854775809", NULL },
  [V_YEARS] = { "0.01", "1", "50", "50.2", "1e300", "-1e300", "1e18", "1e-300", "9.3e15", NULL },
  [V_SEED] = { "1", "0", "42", "4294967295", "4294967296", "-1", "99999999999", NULL },
  [V_ITEM] = { "Rice:150g", "Milk:200ml", "Egg:1serving", "Rice:6000g", "Rcie:1g", "Rice:1e308g",
               "Milk:0,5ml", "Egg:1e-300serving", ":1g", "Rice:", "\xe7\xb1\xb3:1g", NULL },
  [V_MEAL_TYPE] = { "breakfast", "lunch", "dinner", "snack", "custom", NULL },
  [V_PER] = { "100g", "100ml", "serving", "sedentary", "active", "vigorous", NULL },
  /* The health record: actions, blood types, relatives, conditions, phones. */
  [V_RECORD] = { "add", "remove", "A+", "ab\xe2\x88\x92", "C+", "mother", "grandparent", "hypertension",
                 "+1 555 0100", "", "\xe7\x97\x9b\xe9\xa3\x8e", NULL },
};

typedef struct
{
  const char *name;   /* without "--"; NULL: a positional argument */
  ValueKind   kind;
  gboolean    either; /* one of this and the next (--kg or --lb) */
} OptionSpec;

#define MAX_SPEC_OPTIONS 8

typedef struct
{
  const char *group;
  const char *name;
  OptionSpec  options[MAX_SPEC_OPTIONS];
} CommandSpec;

#define AT_CONFIRM { "at", V_TIME }, { "confirm", V_FLAG }

static const CommandSpec commands[] = {
  { "profile", "add", { { "name", V_NAME }, { "birth", V_BIRTH }, { "sex", V_SEX }, { "height-cm", V_NUM },
                       { "goal", V_NAME } } },
  { "profile", "list", { { "json", V_FLAG } } },
  { "profile", "delete", { { "name", V_NAME }, { "yes", V_FLAG } } },
  { "delete-everything", NULL, { { "yes", V_FLAG } } },
  { "log", "bp", { { "profile", V_NAME }, { "systolic", V_INT }, { "diastolic", V_INT },
                   { "pulse", V_INT }, AT_CONFIRM } },
  { "log", "weight", { { "profile", V_NAME }, { "kg", V_NUM, TRUE }, { "lb", V_NUM }, AT_CONFIRM } },
  { "log", "glucose", { { "profile", V_NAME }, { "mmol", V_NUM, TRUE }, { "mgdl", V_NUM },
                        { "context", V_CONTEXT }, AT_CONFIRM } },
  { "log", "heart-rate", { { "profile", V_NAME }, { "bpm", V_INT }, AT_CONFIRM } },
  { "log", "spo2", { { "profile", V_NAME }, { "percent", V_NUM }, AT_CONFIRM } },
  { "log", "temperature", { { "profile", V_NAME }, { "celsius", V_NUM, TRUE }, { "fahrenheit", V_NUM }, AT_CONFIRM } },
  { "log", "waist", { { "profile", V_NAME }, { "cm", V_NUM }, AT_CONFIRM } },
  { "log", "body-fat", { { "profile", V_NAME }, { "percent", V_NUM }, AT_CONFIRM } },
  { "log", "sleep", { { "profile", V_NAME }, { "start", V_TIME }, { "end", V_TIME },
                      { "quality", V_INT }, { "confirm", V_FLAG } } },
  { "log", "steps", { { "profile", V_NAME }, { "count", V_INT }, { "date", V_DATE }, { "confirm", V_FLAG } } },
  { "log", "workout", { { "profile", V_NAME }, { "activity", V_NAME }, { "minutes", V_INT }, { "at", V_TIME },
                        { "distance-km", V_NUM }, { "steps", V_INT }, { "effort", V_INT }, { "json", V_FLAG } } },
  { "med", "add", { { "profile", V_NAME }, { "name", V_NAME }, { "times", V_NAME }, { "every", V_INT },
                    { "as-needed", V_FLAG }, { "start", V_DATE }, { "end", V_DATE }, { "json", V_FLAG } } },
  { "med", "list", { { "profile", V_NAME }, { "json", V_FLAG } } },
  { "med", "stop", { { "profile", V_NAME }, { "med", V_NAME }, { "date", V_DATE } } },
  { "med", "take", { { "profile", V_NAME }, { "med", V_NAME }, { "at", V_TIME }, { "json", V_FLAG } } },
  { "med", "skip", { { "profile", V_NAME }, { "med", V_NAME }, { "at", V_TIME }, { "reason", V_NAME } } },
  { "list", NULL, { { "profile", V_NAME }, { "kind", V_KIND }, { "from", V_BOUND }, { "to", V_BOUND },
                    { "json", V_FLAG } } },
  { "classify", "bp", { { NULL, V_POSITIONAL }, { NULL, V_POSITIONAL },
                        { "guideline", V_BP_GUIDELINE }, { "home", V_FLAG } } },
  { "classify", "glucose", { { NULL, V_POSITIONAL }, { "context", V_CONTEXT },
                             { "guideline", V_GLUCOSE_GUIDELINE }, { "mgdl", V_FLAG } } },
  { "classify", "bmi", { { "kg", V_NUM }, { "cm", V_NUM }, { "age", V_INT }, { "cutoffs", V_CUTOFFS },
                         { "age-months", V_INT }, { "sex", V_SEX } } },
  { "classify", "height", { { "cm", V_NUM }, { "age-months", V_INT }, { "sex", V_SEX } } },
  { "classify", "weight", { { "kg", V_NUM }, { "age-months", V_INT }, { "sex", V_SEX } } },
  { "generate", NULL, { { "members", V_MEMBERS }, { "days", V_DAYS, TRUE }, { "years", V_YEARS },
                        { "seed", V_SEED } } },
  { "food", "add", { { "name", V_NAME }, { "kcal", V_NUM }, { "per", V_PER }, { "protein", V_NUM },
                     { "sodium-mg", V_NUM }, { "serving-size", V_NUM }, { "favourite", V_FLAG } } },
  { "food", "list", { { "json", V_FLAG } } },
  { "food", "search", { { NULL, V_POSITIONAL }, { "limit", V_INT }, { "json", V_FLAG } } },
  { "log", "meal", { { "profile", V_NAME }, { "type", V_MEAL_TYPE }, { "item", V_ITEM }, { "item", V_ITEM },
                     { "quick", V_ITEM }, { "copy-last", V_FLAG }, { "at", V_TIME }, { "json", V_FLAG } } },
  { "summary", NULL, { { "profile", V_NAME }, { "day", V_DATE }, { "activity", V_PER }, { "json", V_FLAG } } },
  { "checklist", NULL, { { "profile", V_NAME }, { "dismiss", V_FLAG }, { "json", V_FLAG } } },
  { "goal", "add", { { "profile", V_NAME }, { "metric", V_NAME }, { "target", V_NUM }, { "by", V_DATE },
                     { "start", V_DATE }, { "today", V_DATE }, { "title", V_NAME }, { "json", V_FLAG } } },
  { "goal", "list", { { "profile", V_NAME }, { "today", V_DATE }, { "json", V_FLAG } } },
  { "goal", "remove", { { "profile", V_NAME }, { "id", V_NAME } } },
  { "skip", NULL, { { "profile", V_NAME }, { "day", V_DATE }, { "reason", V_NAME }, { "undo", V_FLAG } } },
  { "streaks", NULL, { { "profile", V_NAME }, { "today", V_DATE }, { "json", V_FLAG } } },
  { "badges", NULL, { { "profile", V_NAME }, { "today", V_DATE }, { "guideline", V_NAME }, { "json", V_FLAG } } },
  { "challenge", "add", { { "profile", V_NAME }, { "template", V_NAME }, { "title", V_NAME }, { "days", V_NUM },
                          { "start", V_DATE }, { "today", V_DATE } } },
  { "challenge", "list", { { "profile", V_NAME }, { "today", V_DATE }, { "json", V_FLAG } } },
  { "challenge", "checkin", { { "profile", V_NAME }, { "id", V_NAME }, { "day", V_DATE }, { "undo", V_FLAG },
                              { "today", V_DATE } } },
  { "challenge", "remove", { { "profile", V_NAME }, { "id", V_NAME } } },
  { "lock", NULL, { { "profile", V_NAME }, { "pin-file", V_NAME }, { "remove", V_FLAG } } },
  { "unlock", NULL, { { "profile", V_NAME }, { "pin-file", V_NAME } } },
  { "import", NULL, { { NULL, V_POSITIONAL } } },
  { "record", "show", { { "profile", V_NAME }, { "json", V_FLAG } } },
  { "record", "set", { { "profile", V_NAME }, { "blood-type", V_RECORD }, { "contact-name", V_NAME },
                       { "contact-phone", V_RECORD }, { "contact-relation", V_RECORD } } },
  { "record", "condition", { { NULL, V_RECORD }, { "profile", V_NAME }, { "condition", V_RECORD },
                             { "since", V_DATE }, { "note", V_NAME } } },
  { "record", "family", { { NULL, V_RECORD }, { "profile", V_NAME }, { "condition", V_RECORD },
                          { "relative", V_RECORD }, { "note", V_NAME } } },
  { "height", "add", { { "profile", V_NAME }, { "cm", V_NUM }, { "date", V_DATE } } },
  { "height", "list", { { "profile", V_NAME }, { "json", V_FLAG } } },
  { "height", "delete", { { "uuid", V_NAME } } },
  { "backup", NULL, { { "out", V_NAME }, { "passphrase-file", V_NAME }, { "passphrase-from-keyring", V_FLAG },
                      { "remember", V_FLAG }, { "auto", V_FLAG }, { "folder", V_NAME }, { "keep", V_INT } } },
  { "restore", NULL, { { NULL, V_POSITIONAL }, { "passphrase-file", V_NAME }, { "yes", V_FLAG },
                       { "undo", V_FLAG } } },
  /* Not commands. */
  { "log", "nope", { { NULL, V_POSITIONAL } } },
  { "profile", NULL, { { NULL, V_POSITIONAL } } },
  { "", NULL, { { NULL, V_POSITIONAL } } },
  { "bogus", NULL, { { NULL, V_POSITIONAL } } },
  { "--", NULL, { { NULL, V_POSITIONAL } } },
};

static const char *options[] = {
  "name", "birth", "sex", "height-cm", "json", "profile", "systolic", "diastolic", "pulse",
  "at", "confirm", "kg", "lb", "mmol", "mgdl", "context", "bpm", "percent", "celsius",
  "fahrenheit", "cm", "start", "end", "quality", "count", "date", "kind", "from", "to",
  "guideline", "home", "age", "cutoffs", "age-months", "members", "years", "days", "seed", "db", "help",
  "version", "bogus", "",
};

static const char *plain_values[] = {
  "", " ", "0", "-0", "+0", "0.0", "-0.0", "1", "-1", "2", "5", "7", "60", "64", "80", "90",
  "120", "140", "190", "1000", "100001", "62.6", "62,6", "0,5", "1.5.2", ".", ",", "1e300",
  "-1e300", "1e-300", "1e308", "1e309", "nan", "NaN", "-nan", "inf", "-inf", "infinity",
  "0x10", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
  "9223372036854775808", "-9223372036854775809", "18446744073709551616", "4294967296",
  "Ann", "  Ann  ", "ann", "Bob", "Ann\t", "\tAnn", "Ann\nBob", "\x01", "\x7f", "Zoe",
  "\xe5\xbc\xa0\xe4\xb8\x89", "\xd9\x85\xe2\x80\x8c\xd9\x8a",
  "\xff", "\xff\xfe", "\xc3(", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "%s%n%s",
  "2026-03-30", "2026-03-30 07:15", "2026-03-30T07:15", "2026-03-30T07:15:00+02:00",
  "2026-03-29 02:30", "2026-10-25 02:30", "2026-02-30", "2026-13-01", "2026-00-10",
  "0000-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59", "9999-12-31T23:59:59-12:00",
  "10000-01-01", "-0001-01-01", "1850-06-01 10:00", "1900-01-01 00:00", "2027-01-01 00:00",
  "2026-03-30T25:00", "2026-03-30T07:61", "2026-03-30T07:15:00+99:00", "now", "today",
  "1980", "1980-05", "1980-05-01", "80", "female", "male", "other", "robot", "fasting",
  "before-meal", "random", "bp", "weight", "steps", "sleep", "acc-aha-2017", "esc-2024",
  "china-2018", "who", "china", "ada", "--", "-", "--json", "--help", "-h", "--db", "--db=",
};

static const char *now_values[] = {
  NOW, "", "soon", "2026-03-29T02:30:00", "9999-12-31T23:59:59-12:00",
  "0001-01-01T00:00:00+14:00", "1900-01-01T00:00:00Z", "2026-03-30T12:00:00.999999+02:00",
  "0001-01-01T00:00:00Z", "0001-01-05T12:00:00Z", "1899-12-31T12:00:00Z", "9999-12-31T12:00:00Z",
  "9999-12-31T23:59:59Z", "10000-01-01T00:00:00Z",
};

static const char *zones[] = {
  CET, "UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns", "Asia/Kathmandu",
  "Australia/Lord_Howe", "Nowhere/Invalid", "",
};

static const char *locales[] = { "C.UTF-8", "C", "de_DE.UTF-8", "zh_TW.UTF-8", "zh_CN.UTF-8" };

static void
fuzz_init (Fuzz    *fuzz,
           guint32  seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = g_string_new (NULL);

  fuzz->rand = g_rand_new_with_seed (seed);
  fuzz->dir = g_dir_make_tmp ("hearth-cli-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  fuzz->db = g_build_filename (fuzz->dir, "hearth.db", NULL);
  fuzz->other_db = g_build_filename (fuzz->dir, "sub", "other.db", NULL);

  fuzz->values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (plain_values); i++)
    g_ptr_array_add (fuzz->values, g_strdup (plain_values[i]));

  /* 5 000 characters: letters, digits, a name of combining marks. */
  g_ptr_array_add (fuzz->values, g_strnfill (5000, 'x'));
  g_ptr_array_add (fuzz->values, g_strnfill (5000, '9'));
  g_string_append (s, "e");
  for (guint i = 0; i < 2500; i++)
    g_string_append (s, "\xcc\x81");  /* U+0301 COMBINING ACUTE ACCENT */
  g_ptr_array_add (fuzz->values, g_strdup (s->str));
  g_string_assign (s, "0.");
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (s, '1');
  g_ptr_array_add (fuzz->values, g_strdup (s->str));
  g_string_truncate (s, 0);
  for (guint i = 0; i < 1000; i++)
    g_string_append (s, "\xe5\xbc\xa0");
  g_ptr_array_add (fuzz->values, g_strdup (s->str));
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
fuzz_clear (Fuzz *fuzz)
{
  remove_tree (fuzz->dir);
  g_clear_pointer (&fuzz->rand, g_rand_free);
  g_clear_pointer (&fuzz->dir, g_free);
  g_clear_pointer (&fuzz->db, g_free);
  g_clear_pointer (&fuzz->other_db, g_free);
  g_clear_pointer (&fuzz->values, g_ptr_array_unref);
}

static const char *
pick (Fuzz        *fuzz,
      const char **array,
      guint        n)
{
  return array[g_rand_int_range (fuzz->rand, 0, n)];
}

static const char *
pick_value (Fuzz *fuzz)
{
  return g_ptr_array_index (fuzz->values, g_rand_int_range (fuzz->rand, 0, fuzz->values->len));
}

/* "--db" values stay inside the test's folder. */
static const char *
pick_db (Fuzz *fuzz)
{
  switch (g_rand_int_range (fuzz->rand, 0, 4))
    {
    case 0:
      return "";
    case 1:
      return fuzz->other_db;
    case 2:
      return fuzz->dir;   /* a folder */
    default:
      return fuzz->db;
    }
}

/* One option: "--opt VALUE", "--opt=VALUE", "--opt=", or "--opt" alone. */
static void
add_option (Fuzz      *fuzz,
            GPtrArray *argv)
{
  const char *name = pick (fuzz, options, G_N_ELEMENTS (options));
  gboolean is_db = g_str_equal (name, "db");
  const char *value = is_db ? pick_db (fuzz) : pick_value (fuzz);

  switch (g_rand_int_range (fuzz->rand, 0, 6))
    {
    case 0:
      g_ptr_array_add (argv, g_strdup_printf ("--%s=%s", name, value));
      break;
    case 1:
      g_ptr_array_add (argv, g_strdup_printf ("--%s=", name));
      break;
    case 2:
      g_ptr_array_add (argv, g_strdup_printf ("--%s", name));
      break;
    default:
      g_ptr_array_add (argv, g_strdup_printf ("--%s", name));
      g_ptr_array_add (argv, g_strdup (value));
      break;
    }
}

static const char *
pick_good (Fuzz      *fuzz,
           ValueKind  kind)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (good_values[kind]) && good_values[kind][n] != NULL)
    n++;
  g_assert (n > 0);

  return good_values[kind][g_rand_int_range (fuzz->rand, 0, n)];
}

/* A command's own option, mostly with a good value, sometimes a nasty one,
 * in one of the spellings. */
static void
add_spec_option (Fuzz             *fuzz,
                 GPtrArray        *argv,
                 const OptionSpec *spec)
{
  gboolean nasty = g_rand_int_range (fuzz->rand, 0, 8) == 0;

  if (spec->name == NULL)
    {
      g_ptr_array_add (argv, g_strdup (nasty ? pick_value (fuzz) : pick_good (fuzz, spec->kind)));
      return;
    }

  if (spec->kind == V_FLAG)
    {
      if (nasty)
        g_ptr_array_add (argv, g_strdup_printf ("--%s=%s", spec->name, pick_value (fuzz)));
      else
        g_ptr_array_add (argv, g_strdup_printf ("--%s", spec->name));
      return;
    }

  if (nasty && g_rand_boolean (fuzz->rand))
    {
      /* "--opt=", "--opt" with nothing after it (when last). */
      g_ptr_array_add (argv, g_strdup_printf ("--%s%s", spec->name,
                                              g_rand_boolean (fuzz->rand) ? "=" : ""));
      return;
    }

  {
    const char *value = nasty ? pick_value (fuzz) : pick_good (fuzz, spec->kind);

    if (g_rand_boolean (fuzz->rand))
      {
        g_ptr_array_add (argv, g_strdup_printf ("--%s=%s", spec->name, value));
      }
    else
      {
        g_ptr_array_add (argv, g_strdup_printf ("--%s", spec->name));
        g_ptr_array_add (argv, g_strdup (value));
      }
  }
}

/* The value of the option at @i of @argv ("--opt V" or "--opt=V"), or NULL. */
static char **
option_value (GPtrArray  *argv,
              guint       i,
              const char *name)
{
  const char *arg = g_ptr_array_index (argv, i);
  gsize len = strlen (name);

  if (!g_str_has_prefix (arg, "--") || strncmp (arg + 2, name, len) != 0)
    return NULL;
  if (arg[2 + len] == '=')
    return (char **) &g_ptr_array_index (argv, i);
  if (arg[2 + len] == '\0' && i + 1 < argv->len)
    return (char **) &g_ptr_array_index (argv, i + 1);
  return NULL;
}

/* A valid generate of many members over many years is a legitimate, slow
 * command (60 members × 50 years is millions of readings): the fuzzer is
 * about bad input, not a load test, so when both sizes would be accepted and
 * their product is large, the members are cut to one. Each limit is still
 * reached alone (60 members; 50 years). */
static void
bound_generate (GPtrArray *argv)
{
  double members = 1, days = 0;

  for (guint i = 0; i < argv->len; i++)
    {
      char **value;
      const char *text;

      if ((value = option_value (argv, i, "members")) != NULL)
        {
          text = strchr (*value, '=') && g_str_has_prefix (*value, "--") ? strchr (*value, '=') + 1 : *value;
          members = MAX (members, g_ascii_strtod (text, NULL));
        }
      else if ((value = option_value (argv, i, "years")) != NULL)
        {
          text = strchr (*value, '=') && g_str_has_prefix (*value, "--") ? strchr (*value, '=') + 1 : *value;
          days = MAX (days, g_ascii_strtod (text, NULL) * 365.25);
        }
      else if ((value = option_value (argv, i, "days")) != NULL)
        {
          text = strchr (*value, '=') && g_str_has_prefix (*value, "--") ? strchr (*value, '=') + 1 : *value;
          days = MAX (days, g_ascii_strtod (text, NULL));
        }
    }

  if (!(members > 1 && members <= 60 && days > 0 && days <= 18300 && members * days > 20000))
    return;

  for (guint i = 0; i < argv->len; i++)
    {
      char **value = option_value (argv, i, "members");
      gboolean separate;

      if (value == NULL)
        continue;
      /* "--members=N" is its own value: ask before freeing it. */
      separate = g_str_equal (g_ptr_array_index (argv, i), "--members");
      g_free (*value);
      *value = separate ? g_strdup ("1") : g_strdup ("--members=1");
    }
}

static GPtrArray *
make_argv (Fuzz       *fuzz,
           const char *cli)
{
  GPtrArray *argv = g_ptr_array_new_with_free_func (g_free);
  const CommandSpec *command = &commands[g_rand_int_range (fuzz->rand, 0, G_N_ELEMENTS (commands))];
  guint n_extra = g_rand_int_range (fuzz->rand, 0, 6) == 0 ? g_rand_int_range (fuzz->rand, 1, 4) : 0;

  g_ptr_array_add (argv, g_strdup (cli));

  /* A global --db before the command, sometimes. */
  if (g_rand_int_range (fuzz->rand, 0, 10) == 0)
    {
      if (g_rand_boolean (fuzz->rand))
        {
          g_ptr_array_add (argv, g_strdup ("--db"));
          g_ptr_array_add (argv, g_strdup (pick_db (fuzz)));
        }
      else
        {
          g_ptr_array_add (argv, g_strdup_printf ("--db=%s", pick_db (fuzz)));
        }
    }

  g_ptr_array_add (argv, g_strdup (command->group));
  if (command->name != NULL)
    g_ptr_array_add (argv, g_strdup (command->name));

  /* Its own options, most of the time each; sometimes one twice. */
  for (guint i = 0; i < MAX_SPEC_OPTIONS && (command->options[i].name != NULL ||
                                             command->options[i].kind == V_POSITIONAL); i++)
    {
      const OptionSpec *option = &command->options[i];
      guint times = g_rand_int_range (fuzz->rand, 0, 20);

      times = times < 2 ? 0 : times < 19 ? 1 : 2;
      if (option->either && g_rand_int_range (fuzz->rand, 0, 10) != 0)
        {
          /* Mostly exactly one of the pair. */
          if (g_rand_boolean (fuzz->rand))
            option++;
          i++;
        }
      for (guint t = 0; t < times; t++)
        add_spec_option (fuzz, argv, option);
    }

  /* Now and then, something else: any option, a stray argument, the last
   * argument again. */
  for (guint i = 0; i < n_extra; i++)
    {
      switch (g_rand_int_range (fuzz->rand, 0, 4))
        {
        case 0:
          g_ptr_array_add (argv, g_strdup (pick_value (fuzz)));
          break;
        case 1:
          if (argv->len > 2)
            g_ptr_array_add (argv, g_strdup (g_ptr_array_index (argv, argv->len - 1)));
          break;
        default:
          add_option (fuzz, argv);
          break;
        }
    }

  if (g_str_equal (command->group, "generate"))
    bound_generate (argv);

  g_ptr_array_add (argv, NULL);
  return argv;
}

static char *
describe_argv (GPtrArray *argv)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 1; i + 1 < argv->len; i++)
    {
      const char *arg = g_ptr_array_index (argv, i);
      g_autofree char *escaped = g_strescape (arg, NULL);

      if (strlen (escaped) > 60)
        g_string_append_printf (out, " '%.40s…' (%zu bytes)", escaped, strlen (arg));
      else
        g_string_append_printf (out, " '%s'", escaped);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) result = g_string_new (NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (result, "%s;", (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_cmpstr (result->str, ==, "ok;");
}

/* Runs @argv; fails the test unless it exited 0, 1 or 2, which it returns. */
static int
run_one (Fuzz       *fuzz,
         GPtrArray  *argv,
         char      **envp,
         guint32     seed,
         guint       run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  /* In the test's folder: a relative --db (any value can become one)
   * lands there and is removed with it. */
  g_spawn_sync (fuzz->dir, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &wait_status, &error);
  g_assert_no_error (error);

  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) > 2)
    {
      g_autofree char *args = describe_argv (argv);

      g_error ("seed %" G_GUINT32_FORMAT ", run %u: hearth-cli%s (HEARTH_NOW=%s LC_ALL=%s TZ=%s) %s %d; stderr: %.2000s",
               seed, run, args,
               g_environ_getenv (envp, "HEARTH_NOW"), g_environ_getenv (envp, "LC_ALL"),
               g_environ_getenv (envp, "TZ"),
               WIFEXITED (wait_status) ? "exited with" : "died of signal",
               WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : WTERMSIG (wait_status),
               err);
    }

  if (g_getenv ("HEARTH_FUZZ_VERBOSE") != NULL)
    {
      g_autofree char *args = describe_argv (argv);

      g_test_message ("%d:%s → %.300s", WEXITSTATUS (wait_status), args, err);
    }

  return WEXITSTATUS (wait_status);
}

static void
run_fixed (char      **envp,
           const char *cli,
           const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) cli);
  for (; *args != NULL; args++)
    g_ptr_array_add (argv, (char *) *args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

static void
test_fuzz_arguments (void)
{
  const char *cli = g_getenv ("HEARTH_CLI");
  const char *seed_text = g_getenv ("HEARTH_FUZZ_SEED");
  const char *runs_text = g_getenv ("HEARTH_FUZZ_RUNS");
  g_auto(GStrv) base_env = NULL;
  guint64 runs = DEFAULT_RUNS;
  guint64 seed64 = 0;
  guint32 seed;
  guint exits[3] = { 0, 0, 0 };
  Fuzz fuzz = { 0 };

  g_assert_nonnull (cli);

  if (seed_text != NULL && *seed_text != '\0')
    g_assert_true (g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT32, &seed64, NULL));
  else
    seed64 = g_test_rand_int_range (0, G_MAXINT32);
  seed = (guint32) seed64;
  if (runs_text != NULL && *runs_text != '\0')
    g_assert_true (g_ascii_string_to_unsigned (runs_text, 10, 1, G_MAXUINT32, &runs, NULL));

  g_test_message ("argument fuzzer: HEARTH_FUZZ_SEED=%" G_GUINT32_FORMAT " HEARTH_FUZZ_RUNS=%" G_GUINT64_FORMAT,
                  seed, runs);

  fuzz_init (&fuzz, seed);

  base_env = g_get_environ ();
  base_env = g_environ_setenv (base_env, "HEARTH_DB", fuzz.db, TRUE);
  base_env = g_environ_setenv (base_env, "TZ", CET, TRUE);
  base_env = g_environ_setenv (base_env, "HEARTH_NOW", NOW, TRUE);
  base_env = g_environ_setenv (base_env, "LC_ALL", "C.UTF-8", TRUE);
  base_env = g_environ_unsetenv (base_env, "LANGUAGE");
  /* lock / unlock must never reach the user's keyring: a bus that is not there. */
  base_env = g_environ_setenv (base_env, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hearth-fuzz-bus", TRUE);
  {
    g_autofree char *xdg = g_build_filename (fuzz.dir, "xdg-data", NULL);

    base_env = g_environ_setenv (base_env, "XDG_DATA_HOME", xdg, TRUE);
  }

  /* A family with readings, so the commands reach their real paths. */
  run_fixed (base_env, cli, (const char *[]) { "profile", "add", "--name", "Ann", "--birth", "1980", NULL });
  run_fixed (base_env, cli, (const char *[]) { "profile", "add", "--name", "Bob", NULL });
  run_fixed (base_env, cli, (const char *[]) { "log", "bp", "--profile", "Ann", "--systolic", "120",
                                               "--diastolic", "80", NULL });
  run_fixed (base_env, cli, (const char *[]) { "log", "weight", "--profile", "Ann", "--kg", "62.6", NULL });

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GPtrArray) argv = make_argv (&fuzz, cli);
      g_auto(GStrv) envp = g_strdupv (base_env);

      if (g_rand_int_range (fuzz.rand, 0, 8) == 0)
        envp = g_environ_setenv (envp, "HEARTH_NOW",
                                 pick (&fuzz, now_values, G_N_ELEMENTS (now_values)), TRUE);
      if (g_rand_int_range (fuzz.rand, 0, 8) == 0)
        envp = g_environ_setenv (envp, "TZ", pick (&fuzz, zones, G_N_ELEMENTS (zones)), TRUE);
      if (g_rand_int_range (fuzz.rand, 0, 4) == 0)
        envp = g_environ_setenv (envp, "LC_ALL",
                                 pick (&fuzz, locales, G_N_ELEMENTS (locales)), TRUE);

      exits[run_one (&fuzz, argv, envp, seed, i)]++;

      if (i % 100 == 99)
        {
          assert_integrity (fuzz.db);
          assert_integrity (fuzz.other_db);
        }
    }

  assert_integrity (fuzz.db);
  assert_integrity (fuzz.other_db);
  g_test_message ("exit 0: %u, exit 1: %u, exit 2: %u", exits[0], exits[1], exits[2]);
  fuzz_clear (&fuzz);
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

  g_test_add_func ("/hearth/cli/fuzz/arguments", test_fuzz_arguments);

  return g_test_run ();
}
