/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hearth-cli.h"
#include "hearth-cli-diet.h"

#define TIME_HELP \
  N_("TIME is ISO 8601 (“2026-03-30T07:15:00+02:00”, “2026-03-30T07:15”) or “2026-03-30 07:15”;\n" \
     "without an offset the local time zone applies. A date alone is not a TIME.\n" \
     "DATE is YYYY-MM-DD (a whole local day, inclusive) or a TIME.\n" \
     "Set HEARTH_NOW to an ISO 8601 time to fix “now” (tests, scripts).")

static const HearthCliCommand commands[] = {
  { "profile", "add",
    "profile add --name NAME [--birth YYYY[-MM[-DD]]] [--sex female|male|other] [--height-cm N] [--goal lower-bp|lose-weight|manage-glucose|move-more|record]",
    N_("Add a family member."), NULL, TRUE, hearth_cli_profile_add },
  { "profile", "list",
    "profile list [--json]",
    N_("List the family members."), NULL, TRUE, hearth_cli_profile_list },
  { "profile", "delete",
    "profile delete --name NAME [--yes]",
    N_("Delete a member and everything logged for them, permanently. Without --yes: show what\n"
       "would be lost and exit 1, deleting nothing."),
    N_("The rows are removed and the journal file cleaned (vacuumed, its -wal emptied), so the data\n"
       "cannot be recovered from it. There is no undo."),
    TRUE, hearth_cli_profile_delete },
  { "record", "show",
    "record show --profile NAME [--json]",
    N_("Show a member’s health record: blood type, emergency contact, conditions (with the\n"
       "day each began), family history, allergies and notes."),
    NULL, TRUE, hearth_cli_record },
  { "record", "set",
    "record set --profile NAME [--blood-type T] [--contact-name TEXT] [--contact-phone TEXT] [--contact-relation TEXT] [--notes-file FILE]",
    N_("Change a member’s blood type, emergency contact or notes; what is not given is kept,\n"
       "an empty value clears it."),
    NULL, TRUE, hearth_cli_record },
  { "record", "condition",
    "record condition add|remove --profile NAME --condition CONDITION [--since YYYY-MM-DD] [--note TEXT]",
    N_("Add a condition to a member’s record (or change when it began), or remove it. The\n"
       "dashboard order, the proposed goals and the reminders follow the record."),
    NULL, TRUE, hearth_cli_record },
  { "record", "family",
    "record family add|remove --profile NAME --condition CONDITION --relative mother|father|sibling|child|grandparent|other [--note TEXT]",
    N_("Add a relative’s condition to a member’s family history, or remove it."),
    NULL, TRUE, hearth_cli_record },
  { "height", "add",
    "height add --profile NAME --cm N [--date YYYY-MM-DD]",
    N_("Add a height a member was measured at, on a day (default: today). A child’s growth\n"
       "chart shows every height; the latest is the member’s height."),
    NULL, TRUE, hearth_cli_height },
  { "height", "list",
    "height list --profile NAME [--json]",
    N_("List a member’s heights, oldest first: the day and the height in cm."),
    NULL, TRUE, hearth_cli_height },
  { "height", "delete",
    "height delete --uuid UUID",
    N_("Delete a height measurement (its uuid from “height list --json”)."),
    NULL, TRUE, hearth_cli_height },
  { "delete-everything", NULL,
    "delete-everything [--yes]",
    N_("Delete every member, everything logged and the family’s own foods and recipes,\n"
       "permanently. Without --yes: show what would be lost and exit 1, deleting nothing."),
    N_("The rows are removed and the journal file cleaned (vacuumed, its -wal emptied), so the data\n"
       "cannot be recovered from it. There is no undo."),
    TRUE, hearth_cli_delete_everything },
  { "log", "bp",
    "log bp --profile NAME --systolic N --diastolic N [--pulse N] [--at TIME] [--confirm]",
    N_("Log a blood pressure reading (mmHg, pulse in beats per minute), then its category,\n"
       "“alert: severe” in the severe range and “note: low” below 90/60 mmHg."),
    TIME_HELP, TRUE, hearth_cli_log },
  { "log", "weight",
    "log weight --profile NAME (--kg N | --lb N) [--at TIME] [--confirm]",
    N_("Log a weight reading.\n"
       "A weight more than 10 kg away from one logged within a day is refused unless --confirm is given."),
    TIME_HELP, TRUE, hearth_cli_log },
  { "log", "glucose",
    "log glucose --profile NAME (--mmol N | --mgdl N) [--context fasting|before-meal|after-meal|bedtime|random] [--at TIME] [--confirm]",
    N_("Log a blood glucose reading, then its category by ADA (fasting readings only)\n"
       "and “alert: low-glucose-level-2” when it is below 3.0 mmol/L (54 mg/dL)."),
    TIME_HELP, TRUE, hearth_cli_log },
  { "log", "heart-rate",
    "log heart-rate --profile NAME --bpm N [--at TIME] [--confirm]",
    N_("Log a resting heart rate (beats per minute)."), TIME_HELP, TRUE, hearth_cli_log },
  { "log", "spo2",
    "log spo2 --profile NAME --percent N [--at TIME] [--confirm]",
    N_("Log an oxygen saturation reading (SpO2, %)."), TIME_HELP, TRUE, hearth_cli_log },
  { "log", "temperature",
    "log temperature --profile NAME (--celsius N | --fahrenheit N) [--at TIME] [--confirm]",
    N_("Log a body temperature."), TIME_HELP, TRUE, hearth_cli_log },
  { "log", "waist",
    "log waist --profile NAME --cm N [--at TIME] [--confirm]",
    N_("Log a waist measurement (centimetres)."), TIME_HELP, TRUE, hearth_cli_log },
  { "log", "body-fat",
    "log body-fat --profile NAME --percent N [--at TIME] [--confirm]",
    N_("Log a body fat percentage on its own."), TIME_HELP, TRUE, hearth_cli_log },
  { "log", "sleep",
    "log sleep --profile NAME --start TIME --end TIME [--quality 1-5] [--confirm]",
    N_("Log a night’s sleep (or a nap): when it started and ended, at most 24 hours,\n"
       "and how well on a scale of 1 to 5. It is listed at its end."),
    TIME_HELP, TRUE, hearth_cli_log },
  { "log", "steps",
    "log steps --profile NAME --count N [--date YYYY-MM-DD] [--confirm]",
    N_("Log a day’s step total (default: today). A day has one total: a second one is refused.\n"
       "A total more than 10 times the usual (the median of the last 30 days logged, given\n"
       "at least 7) is refused unless --confirm is given."),
    NULL, TRUE, hearth_cli_log },
  { "log", "meal",
    "log meal --profile NAME (--type breakfast|lunch|dinner|snack | --name NAME) (--item FOOD:AMOUNT… | --quick NAME:KCAL… | --copy-last) [--at TIME] [--note TEXT] [--json]",
    N_("Log a meal: each --item is a food of the family’s list and its amount in g, ml or\n"
       "serving (“Rice:150g”, “Milk:200ml”, “Egg:1serving”); --quick is a name and its energy\n"
       "alone; --copy-last logs the same as the last meal of that type on an earlier day.\n"
       "The nutrition is copied from the foods as they are now. Prints the meal’s energy.\n"
       "A food that is not in the list is refused, with the closest names."),
    TIME_HELP, TRUE, hearth_cli_log_meal },
  { "food", "add",
    "food add --name NAME --kcal N [--per 100g|100ml|serving] [--protein N] [--carbs N] [--sugars N] [--fat N] [--saturated-fat N] [--fibre N] [--sodium-mg N] [--serving-size N] [--serving-name TEXT] [--favourite]",
    N_("Add a food to the family’s list: energy in kcal, sodium in mg, the rest in grams,\n"
       "per 100 g (default), per 100 ml or per serving."),
    NULL, TRUE, hearth_cli_food_add },
  { "food", "list",
    "food list [--all] [--json]",
    N_("List the family’s foods by name; --all adds the reference foods (USDA National\n"
       "Nutrient Database for Standard Reference, Legacy), each with its source."),
    NULL, TRUE, hearth_cli_food_list },
  { "food", "search",
    "food search QUERY [--limit N] [--json]",
    N_("Find foods as you type: each word a prefix, case and accents ignored, Chinese by\n"
       "any part of the name; favourites first, then the recently logged, then the family’s\n"
       "foods, then the reference foods (USDA), each with its source."),
    NULL, TRUE, hearth_cli_food_search },
  { "food", "recipe",
    "food recipe add NAME --item FOOD:AMOUNT… --portions N [--cooked-weight G] [--favourite] [--json] | food recipe list [--json]",
    N_("Add a recipe, a food made of the family’s foods (“Rice:150g”, “Egg:2servings”), cooked\n"
       "in N portions weighing G grams in all when weighed; or list the recipes with their\n"
       "energy per portion and per 100 g cooked. A meal logs a recipe like a food: by the\n"
       "serving (a portion), or in grams when the cooked weight is known."),
    NULL, TRUE, hearth_cli_food_recipe },
  { "summary", NULL,
    "summary --profile NAME [--day YYYY-MM-DD] [--activity sedentary|active|vigorous] [--energy-unit kcal|kJ] [--json]",
    /* xgettext:no-c-format */
    N_("A member’s day (default: today): the meals’ energy against the energy target (resting\n"
       "energy by Mifflin–St Jeor × the activity level), protein against 0.8 g per kg, sodium\n"
       "against 2 g and sugars against 10 % of energy. “≥” marks a total some food does not state.\n"
       "Then the workouts’ energy, the day’s active minutes and the week’s (from Monday) against\n"
       "WHO’s target, and the day’s doses taken of those scheduled."),
    NULL, TRUE, hearth_cli_summary },
  { "log", "workout",
    "log workout --profile NAME --activity ACTIVITY --minutes N [--at TIME] [--distance-km N] [--steps N] [--effort 1-10] [--note TEXT] [--energy-unit kcal|kJ] [--json]",
    N_("Log a workout: what was done, when it started and for how long (at most 24 hours).\n"
       "Prints its intensity, its energy (MET × the member’s latest weight × hours) and the\n"
       "week’s active minutes against WHO’s target (150; 60 a day under 18; a vigorous minute\n"
       "counts as two)."),
    N_("ACTIVITY is one of walking-moderate, walking-brisk, walking-very-brisk, jogging,\n"
       "running-5mph, running-6mph, cycling-leisure, swimming-laps-slow, swimming-leisure,\n"
       "strength-training, yoga, tai-chi, dancing-slow, dancing, housework, housework-sweeping,\n"
       "gardening.\n"
       "TIME is ISO 8601 or “2026-03-30 07:15” (local time without an offset)."),
    TRUE, hearth_cli_log_workout },
  { "list", NULL,
    "list --profile NAME [--kind KIND] [--from DATE] [--to DATE] [--json]",
    N_("List a member’s readings, newest first.\n"
       "KIND is bp, weight, glucose, heart-rate, spo2, temperature, waist, body-fat, sleep or steps."),
    TIME_HELP, TRUE, hearth_cli_list },
  { "med", "add",
    "med add --profile NAME --name NAME [--strength TEXT] [--form TEXT] (--times HH:MM,… [--days mon,… | --every N] | --as-needed) [--start DATE] [--end DATE] [--instructions TEXT] [--json]",
    N_("Add a medication to a member’s list, with its schedule."), NULL, TRUE, hearth_cli_med },
  { "med", "list",
    "med list --profile NAME [--json]",
    N_("List a member’s medications and their adherence over 7 and 30 days\n"
       "(doses taken within 2 hours of their time ÷ doses scheduled)."), NULL, TRUE, hearth_cli_med },
  { "med", "stop",
    "med stop --profile NAME --med NAME [--date YYYY-MM-DD]",
    N_("Stop a medication after a day (default: today); it stays in the list."), NULL, TRUE, hearth_cli_med },
  { "med", "take",
    "med take --profile NAME --med NAME [--at TIME] [--json]",
    N_("Mark the dose nearest to the time taken (an as-needed dose is logged)."),
    TIME_HELP, TRUE, hearth_cli_med },
  { "med", "skip",
    "med skip --profile NAME --med NAME [--at TIME] [--reason TEXT] [--json]",
    N_("Mark the dose nearest to the time skipped."), TIME_HELP, TRUE, hearth_cli_med },
  { "badges", NULL,
    "badges --profile NAME [--today YYYY-MM-DD] [--guideline acc-aha-2017|esc-esh-2018|esc-2024|china-2018] [--json]",
    N_("A member’s badges, judged on everything logged up to today; badges newly earned are\n"
       "stored, each once, dated the day the data first met its rule (an earned badge stays\n"
       "earned when what earned it is deleted). Prints each badge’s id, title and the day it\n"
       "was earned or its progress (“4 of 7 days”); JSON: id, earned (YYYY-MM-DD or null),\n"
       "progress (0 to 1), title, text."),
    NULL, TRUE, hearth_cli_badges },
  { "challenge", "add",
    "challenge add --profile NAME (--template ID | --title TEXT --days N) [--start YYYY-MM-DD] [--today YYYY-MM-DD]",
    N_("Start a challenge with a daily check-in: a built-in one or the member’s own (a title\n"
       "and 1 to 365 days), from --start (default: today; within a year of today). Prints its\n"
       "id, state, days checked of days, first and last day, and title."),
    N_("ID is no-sugary-drinks-7, walk-30, vegetables-14, no-added-salt-7 or bedtime-14."),
    TRUE, hearth_cli_challenge },
  { "challenge", "list",
    "challenge list --profile NAME [--today YYYY-MM-DD] [--json]",
    N_("List a member’s challenges, the latest first: id, state (upcoming, active, finished,\n"
       "completed), days checked of days, first and last day, title."),
    NULL, TRUE, hearth_cli_challenge },
  { "challenge", "checkin",
    "challenge checkin --profile NAME --id UUID [--day YYYY-MM-DD] [--undo] [--today YYYY-MM-DD]",
    N_("Check in a day of a challenge (default: today; a past day of the challenge too, never\n"
       "a day to come), or take it back with --undo."),
    NULL, TRUE, hearth_cli_challenge },
  { "challenge", "remove",
    "challenge remove --profile NAME --id UUID",
    N_("Remove a challenge."), NULL, TRUE, hearth_cli_challenge },
  { "classify", "bp",
    "classify bp SYSTOLIC DIASTOLIC [--guideline acc-aha-2017|esc-esh-2018|esc-2024|china-2018] [--home]",
    N_("Show the blood pressure category under a guideline; no database is used.\n"
       "Prints the category identifier, then a sentence naming the guideline, then\n"
       "“alert: severe” when the reading is in the severe range."),
    NULL, FALSE, hearth_cli_classify_bp },
  { "classify", "glucose",
    "classify glucose N [--context fasting|before-meal|after-meal|bedtime|random] [--guideline ada|who] [--mgdl]",
    N_("Show the blood glucose category; no database is used. N is in mmol/L (mg/dL with --mgdl).\n"
       "Prints the category identifier (“none” when the guideline has no category for the\n"
       "context; without --context only the low levels apply), then a sentence naming the\n"
       "guideline, then “alert: low-glucose-level-2” when it is below 3.0 mmol/L (54 mg/dL)."),
    NULL, FALSE, hearth_cli_classify_glucose },
  { "classify", "bmi",
    "classify bmi --kg N --cm N [--age N] [--cutoffs who|china] [--age-months N --sex female|male]",
    N_("Show the body mass index category; no database is used.\n"
       "Prints the category identifier (“none” under 18), then a sentence naming the cutoffs.\n"
       "With --age-months and --sex, a child’s BMI-for-age from WHO’s tables (0–228 months):\n"
       "the category identifier, then the z-score, percentile and category."),
    NULL, FALSE, hearth_cli_classify_bmi },
  { "classify", "height",
    "classify height --cm N --age-months N --sex female|male",
    N_("A child’s length/height-for-age from WHO’s tables (0–228 months); no database is used.\n"
       "Prints the z-score, then a sentence with the percentile and WHO’s table."),
    NULL, FALSE, hearth_cli_classify_height },
  { "classify", "weight",
    "classify weight --kg N --age-months N --sex female|male",
    N_("A child’s weight-for-age from WHO’s tables (0–120 months: WHO gives none past 10\n"
       "years); no database is used. Prints the z-score, then a sentence with the percentile."),
    NULL, FALSE, hearth_cli_classify_weight },
  { "goal", "add",
    "goal add --profile NAME --metric METRIC [--kind target|habit|range] [--target X] [--by DATE] [--baseline X] [--start DATE] [--cadence daily|weekly] [--comparison at-most|at-least] [--title TEXT] [--today DATE] [--guideline G] [--cutoffs who|china] [--json]",
    N_("Set a goal: a target by a day (weekly milestones from the latest value), a habit, or\n"
       "every reading in range. Without --target the goal proposed from the member’s data and\n"
       "guideline is set, naming its source. A weight plan faster than 1 kg a week is warned of."),
    N_("METRIC is weight, systolic, diastolic, glucose, steps, active-minutes, sodium,\n"
       "bp-readings (morning 04–12 and evening 17–24; target 1 or 2) or doses-on-time."),
    TRUE, hearth_cli_goal },
  { "goal", "list",
    "goal list --profile NAME [--today DATE] [--json]",
    N_("List a member’s goals: target goals with status, pace needed and the next milestone;\n"
       "habits and keep-in-range goals with their streak and strength; a smaller step after\n"
       "three weeks without progress."),
    NULL, TRUE, hearth_cli_goal },
  { "goal", "remove",
    "goal remove --profile NAME --id UUID",
    N_("Remove a member’s goal."), NULL, TRUE, hearth_cli_goal },
  { "skip", NULL,
    "skip --profile NAME --day DATE [--reason TEXT] [--undo]",
    N_("Mark a day as skipped (ill, travelling): streaks pause over it instead of breaking,\n"
       "and habit strength holds. --undo takes the mark back."),
    NULL, TRUE, hearth_cli_skip },
  { "streaks", NULL,
    "streaks --profile NAME [--today DATE] [--json]",
    N_("A member’s logging streak and each habit’s: current (ending today, or yesterday while\n"
       "today is still open) and best, in local days, and habit strength (an average of each\n"
       "day’s completion with a half-life of 13 days; a skip day leaves it as it was)."),
    N_("Weekly habits (active minutes) count calendar weeks from Monday: a week is done when its\n"
       "minutes reach the target, less by a seventh for each skip day; strength decays per week\n"
       "as 13 days would. This week and today count once done."),
    TRUE, hearth_cli_streaks },
  { "generate", NULL,
    "generate --members N (--years Y | --days N) [--seed S]",
    N_("Add a made-up family with years of realistic readings up to now, for demos and\n"
       "benchmarks, with their meals (from a small set of foods, or the family’s own of the\n"
       "same name), workouts, medications and doses: the same seed gives the same data.\n"
       "Nothing is added when a name is taken."),
    NULL, TRUE, hearth_cli_generate },
  { "checklist", NULL,
    "checklist --profile NAME [--dismiss] [--json]",
    N_("Show a member’s first-week checklist: set a goal, log the first reading, try one\n"
       "more log (a meal, a workout or a dose taken); each step with the day it was done.\n"
       "--dismiss puts it away for good."),
    NULL, TRUE, hearth_cli_checklist },
  { "export", NULL,
    "export [--profile NAME] [--deidentify] --out FILE",
    N_("Write the family’s data (or one member’s) to FILE as JSON: members with their health\n"
       "record, readings, meals, workouts, medications and doses, goals, skip days, badges and\n"
       "challenges, and the family’s foods and recipes. The file is created readable by you only."),
    N_("--deidentify leaves out names and free text, keeps only the birth year, moves every\n"
       "date by one random number of weeks and replaces every id. The format is described in\n"
       "docs/export-format.md."),
    TRUE, hearth_cli_export },
  { "import", NULL,
    "import FILE",
    N_("Merge an export into the journal, all or nothing: rows it lacks are added, rows changed\n"
       "later in the file replace the journal’s, the rest are left. Importing twice changes\n"
       "nothing."),
    NULL, TRUE, hearth_cli_import },
  { "backup", NULL,
    "backup (--out FILE | --auto --folder DIR --keep N) (--passphrase-file FILE | --passphrase-from-keyring) [--remember]",
    N_("Write an encrypted backup of the whole journal to FILE, readable by you only. It is sealed\n"
       "with XChaCha20-Poly1305 under a key made from the passphrase (at least 8 characters) with\n"
       "Argon2id: without the passphrase nobody can read it, and nobody can recover it for you.\n"
       "--auto makes today’s backup in DIR (hearth-YYYY-MM-DD.hearthbackup) unless it is there, and\n"
       "removes the oldest such backups beyond the newest N, never other files. --remember keeps\n"
       "the passphrase in the system keyring for --passphrase-from-keyring."),
    N_("FILE’s first line is the passphrase (“-”: standard input); it is never taken from the\n"
       "command line. See docs/backups.md."),
    TRUE, hearth_cli_backup },
  { "restore", NULL,
    "restore FILE --passphrase-file F [--yes] | restore --undo",
    N_("Replace the journal with a backup’s. The whole backup is decrypted and checked first;\n"
       "without --yes nothing else is done. With --yes the current journal is kept aside\n"
       "(JOURNAL.before-restore) and the backup’s moved in; an older backup is brought up to\n"
       "date. --undo puts the journal kept aside back. Close Hearth first."),
    N_("A wrong passphrase, a damaged, cut-short or changed backup, another file, or a backup\n"
       "from a newer Hearth is refused, and the journal is left as it was."),
    TRUE, hearth_cli_restore },
  { "insights", NULL,
    "insights --profile NAME [--today DATE] [--json]",
    N_("A member’s insights on a day (default: today), most useful first: the week’s blood\n"
       "pressure and weight against the week before, active minutes and days at the step goal\n"
       "against last week, logging streak news, first-week progress; each with its source."),
    N_("DATE is YYYY-MM-DD. JSON: [{\"id\", \"text\", \"source\"}]."),
    TRUE, hearth_cli_insights },
  { "nudges", NULL,
    "nudges --profile NAME [--today DATE] [--quiet-hours HH:MM-HH:MM] [--json]",
    N_("The member’s nudge for a day (default: today), at most one: bp-lapse-7,\n"
       "activity-under-target-14, exercise-lapse-3 or missed-day, in that order. None on a skip\n"
       "day, while a severe reading shows, or in quiet hours (default 22:00-07:00), checked\n"
       "against the time of day of the clock (HEARTH_NOW, else now) even with --today."),
    N_("DATE is YYYY-MM-DD. JSON: [{\"id\", \"text\", \"source\"}], empty without a nudge."),
    TRUE, hearth_cli_nudges },
  { "lock", NULL,
    "lock --profile NAME --pin-file FILE [--remove]",
    N_("Set a member’s lock: the app then shows only their name until this PIN or passphrase\n"
       "(at least 4 characters) is typed, and locks them again after the idle time chosen.\n"
       "--remove takes the lock away (it needs the PIN). Only an Argon2id hash of the PIN is\n"
       "kept, in the system keyring, never in the journal."),
    N_("The lock keeps others who use the same login out of a member’s records. It does not\n"
       "protect against someone who has your files and your keyring: the journal itself is\n"
       "not encrypted. FILE’s first line is the PIN (“-”: standard input)."),
    TRUE, hearth_cli_lock },
  { "unlock", NULL,
    "unlock --profile NAME --pin-file FILE",
    N_("Check a member’s PIN or passphrase against their lock: exit status 0 when it is right,\n"
       "1 when it is wrong, there is no lock, or the keyring cannot be reached."),
    N_("FILE’s first line is the PIN (“-”: standard input)."),
    TRUE, hearth_cli_unlock },
};

/* Help asked for goes to stdout; usage after a mistake to stderr. */
static void
print_text (const char *text,
            gboolean    to_stderr)
{
  if (to_stderr)
    g_printerr ("%s", text);
  else
    g_print ("%s", text);
}

static void
print_usage (gboolean to_stderr)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  g_string_append_printf (out, "%s\n  hearth-cli [--db PATH] COMMAND [OPTION…]\n\n%s\n",
                          _("Usage:"), _("Commands:"));
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %s\n", commands[i].synopsis);

  g_string_append_printf (out, "\n%s\n", _("Options:"));
  g_string_append_printf (out, "  --db PATH     %s\n",
                          _("Database file (default: $HEARTH_DB, else $XDG_DATA_HOME/hearth/hearth.db)"));
  g_string_append_printf (out, "  -h, --help    %s\n",
                          _("Show this help; “hearth-cli COMMAND --help” shows a command’s options"));
  g_string_append_printf (out, "  --version     %s\n\n", _("Show the version"));

  g_string_append_printf (out, "%s\n\n", _(TIME_HELP));

  g_string_append_printf (out, "%s\n  HEARTH_DB         %s\n  HEARTH_NOW        %s\n  HEARTH_LOCALEDIR  %s\n"
                          "  HEARTH_ENERGY_UNIT  %s\n\n",
                          _("Environment:"),
                          _("database file when --db is not given"),
                          _("an ISO 8601 time used as “now” instead of the system clock"),
                          _("folder of the translations (uninstalled runs)"),
                          _("kcal or kJ: energy as people read it when --energy-unit is not given"));
  g_string_append_printf (out, "%s\n",
                          _("Exit status: 0 success, 1 failure (nothing was changed), 2 bad command line."));

  print_text (out->str, to_stderr);
}

/* "hearth-cli profile --help": the subcommands of one group. */
static void
print_group_usage (const char *group,
                   gboolean    to_stderr)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  g_string_append_printf (out, "%s\n", _("Usage:"));
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].group, group) == 0)
        g_string_append_printf (out, "  hearth-cli %s%s\n",
                                commands[i].uses_db ? "[--db PATH] " : "",
                                commands[i].synopsis);
    }
  g_string_append_printf (out, "\n%s\n",
                          _("“hearth-cli COMMAND --help” shows a command’s options."));

  print_text (out->str, to_stderr);
}

static gboolean
is_help (const char *arg)
{
  return g_strcmp0 (arg, "--help") == 0 || g_strcmp0 (arg, "-h") == 0;
}

static gboolean
is_group (const char *word)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].group, word) == 0)
        return TRUE;
    }

  return FALSE;
}

static const HearthCliCommand *
find_command (const char *group,
              const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].group, group) != 0)
        continue;
      if (commands[i].name == NULL || g_strcmp0 (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

static int
finish_output (int status)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("hearth-cli: %s\n", _("could not write the output"));
      return HEARTH_CLI_EXIT_FAILURE;
    }

  return status;
}

/* Output is UTF-8 whatever the locale: g_print() would convert it to the
 * locale's charset and turn a Chinese name into “??” under LC_ALL=C. */
static void
print_utf8_cb (const char *text)
{
  fputs (text, stdout);
}

static void
printerr_utf8_cb (const char *text)
{
  fputs (text, stderr);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *db_path = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_auto(GStrv) args = NULL;
  const HearthCliCommand *command;
  const char *localedir;
  HearthCli cli = { NULL, NULL };
  int status;
  int i;

  /* A reader that went away (hearth-cli list | head -1) makes the write
   * fail, reported with exit 1 by finish_output(), instead of SIGPIPE. */
  signal (SIGPIPE, SIG_IGN);
  setlocale (LC_ALL, "");
  hearth_core_init ();
  localedir = g_getenv ("HEARTH_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("hearth-cli");
  g_set_print_handler (print_utf8_cb);
  g_set_printerr_handler (printerr_utf8_cb);

  /* Global options, before the command. */
  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      const char *arg = argv[i];

      if (is_help (arg))
        {
          print_usage (FALSE);
          return finish_output (HEARTH_CLI_EXIT_OK);
        }
      else if (g_strcmp0 (arg, "--version") == 0)
        {
          g_print ("hearth-cli %s\n", PACKAGE_VERSION);
          return finish_output (HEARTH_CLI_EXIT_OK);
        }
      else if (g_strcmp0 (arg, "--db") == 0)
        {
          if (i + 1 >= argc)
            {
              g_printerr ("hearth-cli: %s\n", _("missing value for --db"));
              return HEARTH_CLI_EXIT_USAGE;
            }
          g_free (db_path);
          db_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (arg, "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (arg + strlen ("--db="));
        }
      else
        {
          g_printerr ("hearth-cli: ");
          g_printerr (_("unknown option %s"), arg);
          g_printerr ("\n");
          return HEARTH_CLI_EXIT_USAGE;
        }
    }

  if (db_path != NULL && *db_path == '\0')
    {
      g_printerr ("hearth-cli: ");
      g_printerr (_("%s needs a file name"), "--db");
      g_printerr ("\n");
      return HEARTH_CLI_EXIT_USAGE;
    }

  if (i >= argc)
    {
      print_usage (TRUE);
      return HEARTH_CLI_EXIT_USAGE;
    }

  if (!is_group (argv[i]))
    {
      g_printerr ("hearth-cli: ");
      g_printerr (_("unknown command “%s”; see “hearth-cli --help”"), argv[i]);
      g_printerr ("\n");
      return HEARTH_CLI_EXIT_USAGE;
    }

  command = find_command (argv[i], i + 1 < argc ? argv[i + 1] : NULL);
  if (command == NULL)
    {
      if (i + 1 < argc && is_help (argv[i + 1]))
        {
          print_group_usage (argv[i], FALSE);
          return finish_output (HEARTH_CLI_EXIT_OK);
        }
      if (i + 1 < argc)
        {
          g_printerr ("hearth-cli: ");
          g_printerr (_("unknown command “%s %s”; see “hearth-cli %s --help”"),
                      argv[i], argv[i + 1], argv[i]);
          g_printerr ("\n");
        }
      else
        {
          print_group_usage (argv[i], TRUE);
        }
      return HEARTH_CLI_EXIT_USAGE;
    }
  i += command->name != NULL ? 2 : 1;

  /* What is left, behind a program name for GOptionContext. */
  rest = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (rest, g_strdup ("hearth-cli"));
  for (; i < argc; i++)
    g_ptr_array_add (rest, g_strdup (argv[i]));
  g_ptr_array_add (rest, NULL);

  args = (char **) g_ptr_array_free (g_steal_pointer (&rest), FALSE);

  cli.db_path = g_steal_pointer (&db_path);
  status = command->run (&cli, command, &args);
  g_clear_pointer (&cli.db_path, g_free);
  g_clear_object (&cli.clock);

  return finish_output (status);
}
