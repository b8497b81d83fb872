#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A 90-day journey replayed day by day through hearth-cli (issue 9, "Done when").

One member, Journey, lives 90 days (Monday 3 February to Saturday 3 May 2025)
in Europe/Berlin, with a summer-time change (30 March) and a week in Taipei
(+08:00, entries whose UTC date is the day before). The script has lapses, skip
days marked on the day and afterwards, a backdated entry that mends a streak,
a week of brisk walks, a week of blood pressure in range, a steps goal with
partial days and a weight goal.

Each day the script logs what was done that day (HEARTH_NOW is that evening),
then asks `streaks`, `badges` and `nudges --json` for that day and compares them
with an oracle written here from the issue's rules alone, not from Hearth's
code:
  - a streak counts local calendar days (each entry's own offset); current ends
    today, or yesterday when today has no entry yet; a skip day neither counts
    nor breaks; best is the longest run;
  - habit strength s_d = s_(d-1) * m + c_d * (1 - m), m = 0.5 ** (1 / 13), from
    the habit's start, skip days carrying s, today counted once done (a day
    still open does not pull it down); compared to 4 decimals;
  - a badge's date is the first local day on which the data known when it was
    awarded met the rule; it never moves and is never awarded twice.

TAP output. Environment (tests/meson.build): HEARTH_CLI.
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile

CLI = os.environ["HEARTH_CLI"]
START = datetime.date(2025, 2, 3)          # day 0, a Monday
DAYS = 90
M = 0.5 ** (1 / 13)
NAME = "Journey"

tap_count = 0
tap_failed = 0


def tap(ok, description, comments=()):
    global tap_count, tap_failed
    tap_count += 1
    if not ok:
        tap_failed += 1
    for line in comments:
        print("# " + line)
    print(("ok" if ok else "not ok") + " %d - %s" % (tap_count, description))
    sys.stdout.flush()


def date_of(i):
    return START + datetime.timedelta(days=i)


def day_of(text):
    """The journey day of an entry: its own local date (the date written)."""
    return (datetime.date.fromisoformat(text[:10]) - START).days


class Cli:
    def __init__(self, db):
        self.db = db
        self.now = None

    def run(self, *args, check=True):
        env = dict(os.environ)
        env["TZ"] = "Europe/Berlin"
        env["LC_ALL"] = "C.UTF-8"
        env["HEARTH_NOW"] = self.now
        proc = subprocess.run([CLI, "--db", self.db] + list(args), env=env,
                              capture_output=True, text=True, timeout=120)
        if check and proc.returncode != 0:
            raise RuntimeError("hearth-cli %s: exit %d\n%s%s" % (" ".join(args), proc.returncode,
                                                                 proc.stdout, proc.stderr))
        return proc

    def json(self, *args):
        return json.loads(self.run(*args, "--json").stdout)


# ---------------------------------------------------------------- the script

def build_script():
    """[(logged_on_day, action, args…)]: what the member does, in order."""
    acts = []

    def bp(day, time, sys_, dia, logged_on=None):
        at = time if "T" in time else "%s %s" % (date_of(day).isoformat(), time)
        acts.append((day if logged_on is None else logged_on, "bp", at, sys_, dia))

    high = (142, 92)
    low = (118, 76)
    # Days 0-9: every morning but day 5, which is logged late, on day 9
    # (it mends the streak: log-7-days then dates from day 6).
    for d in range(0, 10):
        if d != 5:
            bp(d, "07:30", *high)
    bp(5, "07:40", *high, logged_on=9)
    # Days 10-20: day 14 is skipped (marked that day), day 15 too (marked
    # on day 16), day 17 missed (breaks).
    for d in range(10, 21):
        if d not in (14, 15, 17):
            bp(d, "07:30", *high)
    acts.append((14, "skip", 14))
    acts.append((16, "skip", 15))
    # Days 21-25 (Monday to Friday): 30 minutes of brisk walking each, no
    # blood pressure; days 26 and 27 nothing.
    for d in range(21, 26):
        acts.append((d, "workout", "%s 18:00" % date_of(d).isoformat(), "walking-brisk", 30))
    # Days 28-34: blood pressure in range every morning.
    for d in range(28, 35):
        bp(d, "07:30", *low)
    # Days 35-44: nothing at all (a lapse).
    # Day 45 on: every day, a reading in range and steps; a steps goal set on day 45.
    weights = {}
    for d in range(45, DAYS):
        if d == 60:
            acts.append((60, "skip", 60))   # ill: only the tablet taken
            acts.append((60, "dose", "%s 08:05" % date_of(d).isoformat()))
            continue
        if 65 <= d <= 71:
            # Taipei: 07:00 +08:00 is 23:00 UTC the day before.
            bp(d, "%sT07:00:00+08:00" % date_of(d).isoformat(), *low)
        elif d == 56:
            # Just after midnight in summer time: 22:30 UTC on day 55.
            bp(d, "00:30", *low)
        else:
            bp(d, "07:30", *low)
        # Two calendar weeks under the steps goal (24 March - 6 April: 6 000,
        # a day done in part, 0.8), a partial day now and then after.
        steps = 6000 if 49 <= d <= 62 or d in (70, 80) else 8000
        acts.append((d, "steps", d, steps))
        # A tablet at 08:00 every day from day 45, taken at 08:05 (in Taipei
        # at home time, 08:05 +02:00); the ill day 60 too.
        if 65 <= d <= 71:
            acts.append((d, "dose", "%sT08:05:00+02:00" % date_of(d).isoformat()))
        else:
            acts.append((d, "dose", "%s 08:05" % date_of(d).isoformat()))
        if d % 7 == 3:
            weights[d] = 80.0 - 0.25 * ((d - 45) // 7)
    for d, kg in weights.items():
        acts.append((d, "weight", "%s 07:35" % date_of(d).isoformat(), kg))
    acts.append((45, "goal-steps"))
    acts.append((45, "goal-weight", "78", "2025-06-12"))     # lost-1-kg on day 73
    acts.append((45, "goal-weight", "79.5", "2025-05-30"))   # reached on day 59
    acts.append((45, "med"))
    acts.sort(key=lambda a: (a[0], 1 if a[1].startswith("goal") or a[1] == "med" else 0))
    # The medication is there before the day's dose is taken.
    acts.sort(key=lambda a: (a[0], {"med": 1, "dose": 2}.get(a[1], 0 if not a[1].startswith("goal") else 1)))
    return acts


# ---------------------------------------------------------------- the oracle

# The nudge of each day, by the rules in src/core/hearth-nudges.h applied by
# hand to the script above (the member tracks blood pressure: main goal
# lower-bp; the steps goal, from day 45, is the activity target); every
# other day has none:
#  - day 27: 26 was the first day missed after a run of 8 logged days, and
#    27 has no entry either: missed-day;
#  - day 36: likewise after the week of readings in range (28-34), 35 missed;
#  - day 42: no blood pressure since day 34, seven counted days between:
#    bp-lapse-7 (it outranks missed-day, which does not fire: 40 ended no run);
#  - day 63, a Monday: the two calendar weeks before it (24 March - 6 April)
#    both under 7 500 steps a day: activity-under-target-14.
NUDGES = {27: "missed-day", 36: "missed-day", 42: "bp-lapse-7", 63: "activity-under-target-14"}

def run_ending(days, skips, end):
    """Counted days in the run ending at @end (skip days pass)."""
    n = 0
    d = end
    while True:
        if d in days:
            n += 1
        elif d not in skips:
            return n
        d -= 1
        if d < -1:
            return n


def streak(days, skips, today):
    if today in days:
        current = run_ending(days, skips, today)
    else:
        current = run_ending(days, skips, today - 1)
    best = 0
    for d in sorted(days):
        if d <= today:
            best = max(best, run_ending(days, skips, d))
    return current, best


def strength(completion, skips, start, today):
    """Today counts once done (or skipped): a day still open does not pull
    the strength down before it is over (as the streak's "or yesterday")."""
    s = 0.0
    last = today if today in skips or completion.get(today, 0.0) >= 1 else today - 1
    for d in range(start, last + 1):
        if d in skips:
            continue
        s = s * M + min(1.0, completion.get(d, 0.0)) * (1 - M)
    return s


def first_run_day(days, skips, n, today):
    for d in sorted(days):
        if d <= today and run_ending(days, skips, d) >= n:
            return d
    return None


class Oracle:
    def __init__(self):
        self.logged = set()
        self.skips = set()
        self.bp = {}            # day -> [(sys, dia)]
        self.walk_minutes = {}  # day -> minutes
        self.steps = {}
        self.steps_goal_start = None
        self.doses = set()
        self.weights = {}
        self.earned = {}

    def apply(self, act):
        kind = act[1]
        if kind == "bp":
            d = day_of(act[2])
            self.logged.add(d)
            self.bp.setdefault(d, []).append((act[3], act[4]))
        elif kind == "workout":
            d = day_of(act[2])
            self.logged.add(d)
            self.walk_minutes[d] = self.walk_minutes.get(d, 0) + act[4]
        elif kind == "steps":
            self.logged.add(act[2])
            self.steps[act[2]] = act[3]
        elif kind == "weight":
            self.logged.add(day_of(act[2]))
            self.weights[day_of(act[2])] = act[3]
        elif kind == "skip":
            self.skips.add(act[2])
        elif kind == "goal-steps":
            self.steps_goal_start = act[0]
        elif kind == "dose":
            self.logged.add(day_of(act[2]))
            self.doses.add(day_of(act[2]))

    def badges(self, today):
        """Award what the known data earns today; dates never move."""
        rules = {}
        for n in (7, 30, 100, 365):
            rules["log-%d-days" % n] = first_run_day(self.logged, self.skips, n, today)
        rules["first-reading"] = min(self.bp) if self.bp else None
        # 150 WHO minutes (brisk walking is moderate: minute for minute) in a
        # calendar week, Monday to Sunday: the day the total reached 150.
        found = None
        for d in sorted(self.walk_minutes):
            monday = d - (date_of(d).weekday())
            total = sum(m for w, m in self.walk_minutes.items() if monday <= w <= d)
            if d <= today and total >= 150:
                found = d
                break
        rules["who-active-week"] = found
        # Seven consecutive days, each with readings, all in range.
        found = None
        for d in sorted(self.bp):
            if d <= today and all(e in self.bp and all(s < 130 and di < 80 for s, di in self.bp[e])
                                  for e in range(d - 6, d + 1)):
                found = d
                break
        rules["bp-in-range-week"] = found
        # From the weight goals' baseline (80 kg on day 45, their start).
        rules["lost-1-kg"] = next((d for d in sorted(self.weights)
                                   if 45 <= d <= today and self.weights[d] <= 79.0), None)
        rules["lost-5-kg"] = None
        # The 79.5 kg goal is reached the first day a weight is at most that.
        rules["goal-reached"] = next((d for d in sorted(self.weights)
                                      if 45 <= d <= today and self.weights[d] <= 79.5), None)
        # Thirty days on which the day's one dose was taken on time.
        rules["meds-30-days"] = next((d for d in sorted(self.doses)
                                      if d <= today and all(e in self.doses for e in range(d - 29, d + 1))), None)
        for badge, day in rules.items():
            if day is not None and badge not in self.earned:
                self.earned[badge] = day
        return dict(self.earned)


# ---------------------------------------------------------------- the replay

def perform(cli, act):
    kind = act[1]
    if kind == "bp":
        cli.run("log", "bp", "--profile", NAME, "--systolic", str(act[3]), "--diastolic", str(act[4]),
                "--at", act[2])
    elif kind == "workout":
        cli.run("log", "workout", "--profile", NAME, "--activity", act[3], "--minutes", str(act[4]),
                "--at", act[2])
    elif kind == "steps":
        cli.run("log", "steps", "--profile", NAME, "--count", str(act[3]), "--date", date_of(act[2]).isoformat())
    elif kind == "weight":
        cli.run("log", "weight", "--profile", NAME, "--kg", "%.2f" % act[3], "--at", act[2])
    elif kind == "skip":
        cli.run("skip", "--profile", NAME, "--day", date_of(act[2]).isoformat())
    elif kind == "goal-weight":
        cli.run("goal", "add", "--profile", NAME, "--metric", "weight", "--target", act[2], "--by", act[3])
    elif kind == "med":
        cli.run("med", "add", "--profile", NAME, "--name", "Tablet", "--times", "08:00",
                "--start", date_of(act[0]).isoformat())
    elif kind == "dose":
        cli.run("med", "take", "--profile", NAME, "--med", "Tablet", "--at", act[2])
    elif kind == "goal-weight":
        cli.run("goal", "add", "--profile", NAME, "--metric", "weight", "--target", act[2], "--by", act[3])
    elif kind == "med":
        cli.run("med", "add", "--profile", NAME, "--name", "Tablet", "--times", "08:00",
                "--start", date_of(act[0]).isoformat())
    elif kind == "dose":
        cli.run("med", "take", "--profile", NAME, "--med", "Tablet", "--at", act[2])
    elif kind == "goal-steps":
        cli.run("goal", "add", "--profile", NAME, "--metric", "steps", "--target", "7500",
                "--cadence", "daily")


def main():
    script = build_script()
    oracle = Oracle()
    mismatches = {"streaks": [], "strength": [], "habit": [], "badges": [], "nudges": []}
    badge_history = {}
    steps_goal = None

    with tempfile.TemporaryDirectory(prefix="hearth-journey-") as tmp:
        cli = Cli(os.path.join(tmp, "journey.db"))
        cli.now = "%sT08:00:00" % START.isoformat()
        cli.run("profile", "add", "--name", NAME, "--birth", "1970", "--sex", "female", "--goal", "lower-bp")

        for today in range(DAYS):
            cli.now = "%sT21:00:00" % date_of(today).isoformat()
            for act in script:
                if act[0] == today:
                    perform(cli, act)
                    oracle.apply(act)
            day_text = date_of(today).isoformat()

            got = cli.json("streaks", "--profile", NAME, "--today", day_text)
            current, best = streak(oracle.logged, oracle.skips, today)
            want_strength = strength({d: 1.0 for d in oracle.logged}, oracle.skips, 0, today)
            logging = got["logging"]
            if (logging["current"], logging["best"]) != (current, best):
                mismatches["streaks"].append("%s: got %d/%d, want %d/%d" % (day_text, logging["current"],
                                                                           logging["best"], current, best))
            if round(logging["strength"], 4) != round(want_strength, 4):
                mismatches["strength"].append("%s: got %.4f, want %.4f" % (day_text, logging["strength"],
                                                                          want_strength))
            if oracle.steps_goal_start is not None:
                habits = got["habits"]
                if steps_goal is None and len(habits) == 1:
                    steps_goal = habits[0]["goal"]
                habit = next((h for h in habits if h["goal"] == steps_goal), None)
                done = {d for d, n in oracle.steps.items() if n >= 7500}
                h_current, h_best = streak({d for d in done if d >= oracle.steps_goal_start},
                                           oracle.skips, today)
                h_strength = strength({d: n / 7500 for d, n in oracle.steps.items()}, oracle.skips,
                                      oracle.steps_goal_start, today)
                if habit is None:
                    mismatches["habit"].append("%s: no habit in %s" % (day_text, habits))
                elif ((habit["current"], habit["best"]) != (h_current, h_best)
                      or round(habit["strength"], 4) != round(h_strength, 4)):
                    mismatches["habit"].append("%s: got %d/%d %.4f, want %d/%d %.4f" % (
                        day_text, habit["current"], habit["best"], habit["strength"],
                        h_current, h_best, h_strength))

            nudges = [n["id"] for n in cli.json("nudges", "--profile", NAME, "--today", day_text)]
            want_nudges = [NUDGES[today]] if today in NUDGES else []
            if nudges != want_nudges:
                mismatches["nudges"].append("%s: got %s, want %s" % (day_text, nudges, want_nudges))

            badges = {b["id"]: b for b in cli.json("badges", "--profile", NAME, "--today", day_text)}
            want = oracle.badges(today)
            for badge_id in ("first-reading", "log-7-days", "log-30-days", "log-100-days", "log-365-days",
                             "who-active-week", "bp-in-range-week", "lost-1-kg", "lost-5-kg", "goal-reached",
                             "meds-30-days"):
                got_day = badges.get(badge_id, {}).get("earned", "missing")
                want_day = date_of(want[badge_id]).isoformat() if want.get(badge_id) is not None else None
                if got_day != want_day:
                    mismatches["badges"].append("%s: %s earned %s, want %s" % (day_text, badge_id,
                                                                              got_day, want_day))
                badge_history.setdefault(badge_id, set()).add(got_day)
            for badge in badges.values():
                if not 0 <= badge["progress"] <= 1 or (badge["earned"] and badge["progress"] != 1):
                    mismatches["badges"].append("%s: %s progress %s" % (day_text, badge["id"], badge["progress"]))

        for what in ("streaks", "strength", "habit", "badges", "nudges"):
            tap(not mismatches[what], "%s match the oracle on each of the %d days" % (what, DAYS),
                mismatches[what][:20])

        # Every badge was earned at most once: one date from its award on.
        tap(all(len(days - {None}) <= 1 for days in badge_history.values()),
            "no badge changed its date or was awarded twice",
            ["%s: %s" % (b, sorted(d or "-" for d in days)) for b, days in badge_history.items()])

        # Re-evaluating changes nothing.
        again = {b["id"]: b["earned"] for b in cli.json("badges", "--profile", NAME,
                                                         "--today", date_of(DAYS - 1).isoformat())}
        tap(all(again.get(b) == (date_of(d).isoformat()) for b, d in oracle.earned.items()),
            "re-evaluation keeps every badge and its date", ["%s" % again])

    print("1..%d" % tap_count)
    return 1 if tap_failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # a crash is a failure with its reason, not a silent pass
        import traceback
        traceback.print_exc(file=sys.stdout)
        print("not ok %d - the journey ran to its end" % (tap_count + 1))
        print("1..%d" % (tap_count + 1))
        sys.exit(1)
