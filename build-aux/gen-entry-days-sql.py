#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes src/core/migrations/0010-entry-days.sql: its triggers repeat one pattern per table
# (a migration, once applied, is never edited: this documents how it was written).
def FL(a,b): return "((({a}) - (((({a}) % {b}) + {b}) % {b})) / {b})".format(a=a,b=b)
def dday(r): return FL(FL(r+".taken_at","1000000")+" + "+r+".utc_offset","86400")
out=[]
out.append("""-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 10: the days each member logged anything, kept by triggers.
--
-- entry_days holds, per member and local day, how many live entries that
-- day has: readings, meals, workouts and doses taken (a dose counts on the
-- day it was taken, in the offset it was taken in; a dose of a deleted
-- medication does not count). It is derived data, local to the journal,
-- never exported: the logging streak, habit strength for logging,
-- engagement and the badges that count logging days read it instead of
-- scanning four tables (ten years of a member: 3 650 rows instead of
-- ~50 000). Triggers keep it exact on every write path (add, edit, soft
-- delete, undo, purge, import, generate); tests/test-entry-days.c holds it
-- to the four tables after thousands of random writes.
--
-- Each decrement first deletes a day's row that would reach 0, then lowers
-- the others (the other order would delete a row just lowered to 1).
--
-- A dose's day: floor((taken_at / 1e6 + utc_offset) / 86400), written with
-- integer arithmetic (SQLite's / truncates toward zero).

CREATE TABLE entry_days (
  profile_id INTEGER NOT NULL REFERENCES profiles (id),
  local_day  INTEGER NOT NULL,
  entries    INTEGER NOT NULL CHECK (entries > 0),
  PRIMARY KEY (profile_id, local_day)
) WITHOUT ROWID;
""")
def inc(pid, day, cond, n="1"):
    return ("  INSERT INTO entry_days (profile_id, local_day, entries)\n"
            "    SELECT {pid}, {day}, {n} WHERE {cond}\n"
            "    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;\n").format(pid=pid,day=day,cond=cond,n=n)
def dec(pid, day, cond):
    return ("  DELETE FROM entry_days\n"
            "    WHERE {cond} AND profile_id = {pid} AND local_day = {day} AND entries = 1;\n"
            "  UPDATE entry_days SET entries = entries - 1\n"
            "    WHERE {cond} AND profile_id = {pid} AND local_day = {day};\n").format(pid=pid,day=day,cond=cond)
for t in ("readings","meals","workouts"):
    out.append("-- %s\n" % t)
    out.append("CREATE TRIGGER {t}_entry_days_insert AFTER INSERT ON {t}\nBEGIN\n{i}END;\n".format(t=t,i=inc("NEW.profile_id","NEW.local_day","NEW.deleted_at IS NULL")))
    out.append("CREATE TRIGGER {t}_entry_days_update AFTER UPDATE OF profile_id, local_day, deleted_at ON {t}\nBEGIN\n{d}{i}END;\n".format(t=t,d=dec("OLD.profile_id","OLD.local_day","OLD.deleted_at IS NULL"),i=inc("NEW.profile_id","NEW.local_day","NEW.deleted_at IS NULL")))
    out.append("CREATE TRIGGER {t}_entry_days_delete AFTER DELETE ON {t}\nBEGIN\n{d}END;\n".format(t=t,d=dec("OLD.profile_id","OLD.local_day","OLD.deleted_at IS NULL")))
def mprof(r): return "(SELECT m.profile_id FROM medications m WHERE m.id = {r}.medication_id AND m.deleted_at IS NULL)".format(r=r)
def live(r): return "{r}.status = 'taken' AND {r}.taken_at IS NOT NULL AND {r}.utc_offset IS NOT NULL AND {r}.deleted_at IS NULL AND {p} IS NOT NULL".format(r=r,p=mprof(r))
out.append("-- doses (taken, of a live medication)\n")
out.append("CREATE TRIGGER doses_entry_days_insert AFTER INSERT ON doses\nBEGIN\n{i}END;\n".format(i=inc(mprof("NEW"),dday("NEW"),live("NEW"))))
out.append("CREATE TRIGGER doses_entry_days_update AFTER UPDATE OF medication_id, status, taken_at, utc_offset, deleted_at ON doses\nBEGIN\n{d}{i}END;\n".format(d=dec(mprof("OLD"),dday("OLD"),live("OLD")),i=inc(mprof("NEW"),dday("NEW"),live("NEW"))))
out.append("CREATE TRIGGER doses_entry_days_delete AFTER DELETE ON doses\nBEGIN\n{d}END;\n".format(d=dec(mprof("OLD"),dday("OLD"),live("OLD"))))
dl="d.status = 'taken' AND d.taken_at IS NOT NULL AND d.utc_offset IS NOT NULL AND d.deleted_at IS NULL"
cnt="(SELECT count(*) FROM doses d WHERE d.medication_id = OLD.id AND {dl}\n                AND {dd} = entry_days.local_day)".format(dl=dl,dd=dday("d"))
def rebuild(pid):
    return """  DELETE FROM entry_days WHERE profile_id = {pid};
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT {pid}, local_day, count(*) FROM (
      SELECT local_day FROM readings WHERE profile_id = {pid} AND deleted_at IS NULL
      UNION ALL SELECT local_day FROM meals WHERE profile_id = {pid} AND deleted_at IS NULL
      UNION ALL SELECT local_day FROM workouts WHERE profile_id = {pid} AND deleted_at IS NULL
      UNION ALL SELECT {dd}
        FROM doses d JOIN medications m ON m.id = d.medication_id
        WHERE m.profile_id = {pid} AND {dl} AND m.deleted_at IS NULL)
    WHERE true
    GROUP BY local_day;
""".format(pid=pid, dd=dday("d"), dl=dl)
out.append("""-- medications: deleting one takes its doses' days away, undoing brings them
-- back. Rare: the member's days are counted again (~30 ms for ten years).
CREATE TRIGGER medications_entry_days_update AFTER UPDATE OF profile_id, deleted_at ON medications
  WHEN OLD.deleted_at IS NOT NEW.deleted_at OR OLD.profile_id IS NOT NEW.profile_id
BEGIN
""" + rebuild("OLD.profile_id") + rebuild("NEW.profile_id") + "END;\n")
out.append("""-- What is there already.
INSERT INTO entry_days (profile_id, local_day, entries)
  SELECT profile_id, local_day, count(*) FROM (
    SELECT profile_id, local_day FROM readings WHERE deleted_at IS NULL
    UNION ALL SELECT profile_id, local_day FROM meals WHERE deleted_at IS NULL
    UNION ALL SELECT profile_id, local_day FROM workouts WHERE deleted_at IS NULL
    UNION ALL SELECT m.profile_id, {dd}
      FROM doses d JOIN medications m ON m.id = d.medication_id
      WHERE {dl} AND m.deleted_at IS NULL)
  GROUP BY profile_id, local_day;

PRAGMA user_version = 10;
""".format(dd=dday("d"), dl=dl))
open(__import__('os').path.join(__import__('os').path.dirname(__file__), '..', 'src', 'core', 'migrations', '0010-entry-days.sql'), 'w').write("\n".join(out))
