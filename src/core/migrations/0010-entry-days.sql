-- SPDX-License-Identifier: GPL-3.0-or-later
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

-- readings

CREATE TRIGGER readings_entry_days_insert AFTER INSERT ON readings
BEGIN
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, NEW.local_day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER readings_entry_days_update AFTER UPDATE OF profile_id, local_day, deleted_at ON readings
BEGIN
  DELETE FROM entry_days
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day;
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, NEW.local_day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER readings_entry_days_delete AFTER DELETE ON readings
BEGIN
  DELETE FROM entry_days
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day;
END;

-- meals

CREATE TRIGGER meals_entry_days_insert AFTER INSERT ON meals
BEGIN
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, NEW.local_day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER meals_entry_days_update AFTER UPDATE OF profile_id, local_day, deleted_at ON meals
BEGIN
  DELETE FROM entry_days
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day;
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, NEW.local_day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER meals_entry_days_delete AFTER DELETE ON meals
BEGIN
  DELETE FROM entry_days
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day;
END;

-- workouts

CREATE TRIGGER workouts_entry_days_insert AFTER INSERT ON workouts
BEGIN
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, NEW.local_day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER workouts_entry_days_update AFTER UPDATE OF profile_id, local_day, deleted_at ON workouts
BEGIN
  DELETE FROM entry_days
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day;
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, NEW.local_day, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER workouts_entry_days_delete AFTER DELETE ON workouts
BEGIN
  DELETE FROM entry_days
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.deleted_at IS NULL AND profile_id = OLD.profile_id AND local_day = OLD.local_day;
END;

-- doses (taken, of a live medication)

CREATE TRIGGER doses_entry_days_insert AFTER INSERT ON doses
BEGIN
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT (SELECT m.profile_id FROM medications m WHERE m.id = NEW.medication_id AND m.deleted_at IS NULL), ((((((NEW.taken_at) - ((((NEW.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + NEW.utc_offset) - (((((((NEW.taken_at) - ((((NEW.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + NEW.utc_offset) % 86400) + 86400) % 86400)) / 86400), 1 WHERE NEW.status = 'taken' AND NEW.taken_at IS NOT NULL AND NEW.utc_offset IS NOT NULL AND NEW.deleted_at IS NULL AND (SELECT m.profile_id FROM medications m WHERE m.id = NEW.medication_id AND m.deleted_at IS NULL) IS NOT NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER doses_entry_days_update AFTER UPDATE OF medication_id, status, taken_at, utc_offset, deleted_at ON doses
BEGIN
  DELETE FROM entry_days
    WHERE OLD.status = 'taken' AND OLD.taken_at IS NOT NULL AND OLD.utc_offset IS NOT NULL AND OLD.deleted_at IS NULL AND (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) IS NOT NULL AND profile_id = (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) AND local_day = ((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) - (((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) % 86400) + 86400) % 86400)) / 86400) AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.status = 'taken' AND OLD.taken_at IS NOT NULL AND OLD.utc_offset IS NOT NULL AND OLD.deleted_at IS NULL AND (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) IS NOT NULL AND profile_id = (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) AND local_day = ((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) - (((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) % 86400) + 86400) % 86400)) / 86400);
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT (SELECT m.profile_id FROM medications m WHERE m.id = NEW.medication_id AND m.deleted_at IS NULL), ((((((NEW.taken_at) - ((((NEW.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + NEW.utc_offset) - (((((((NEW.taken_at) - ((((NEW.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + NEW.utc_offset) % 86400) + 86400) % 86400)) / 86400), 1 WHERE NEW.status = 'taken' AND NEW.taken_at IS NOT NULL AND NEW.utc_offset IS NOT NULL AND NEW.deleted_at IS NULL AND (SELECT m.profile_id FROM medications m WHERE m.id = NEW.medication_id AND m.deleted_at IS NULL) IS NOT NULL
    ON CONFLICT (profile_id, local_day) DO UPDATE SET entries = entries + excluded.entries;
END;

CREATE TRIGGER doses_entry_days_delete AFTER DELETE ON doses
BEGIN
  DELETE FROM entry_days
    WHERE OLD.status = 'taken' AND OLD.taken_at IS NOT NULL AND OLD.utc_offset IS NOT NULL AND OLD.deleted_at IS NULL AND (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) IS NOT NULL AND profile_id = (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) AND local_day = ((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) - (((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) % 86400) + 86400) % 86400)) / 86400) AND entries = 1;
  UPDATE entry_days SET entries = entries - 1
    WHERE OLD.status = 'taken' AND OLD.taken_at IS NOT NULL AND OLD.utc_offset IS NOT NULL AND OLD.deleted_at IS NULL AND (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) IS NOT NULL AND profile_id = (SELECT m.profile_id FROM medications m WHERE m.id = OLD.medication_id AND m.deleted_at IS NULL) AND local_day = ((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) - (((((((OLD.taken_at) - ((((OLD.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + OLD.utc_offset) % 86400) + 86400) % 86400)) / 86400);
END;

-- medications: deleting one takes its doses' days away, undoing brings them
-- back. Rare: the member's days are counted again (~30 ms for ten years).
CREATE TRIGGER medications_entry_days_update AFTER UPDATE OF profile_id, deleted_at ON medications
  WHEN OLD.deleted_at IS NOT NEW.deleted_at OR OLD.profile_id IS NOT NEW.profile_id
BEGIN
  DELETE FROM entry_days WHERE profile_id = OLD.profile_id;
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT OLD.profile_id, local_day, count(*) FROM (
      SELECT local_day FROM readings WHERE profile_id = OLD.profile_id AND deleted_at IS NULL
      UNION ALL SELECT local_day FROM meals WHERE profile_id = OLD.profile_id AND deleted_at IS NULL
      UNION ALL SELECT local_day FROM workouts WHERE profile_id = OLD.profile_id AND deleted_at IS NULL
      UNION ALL SELECT ((((((d.taken_at) - ((((d.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + d.utc_offset) - (((((((d.taken_at) - ((((d.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + d.utc_offset) % 86400) + 86400) % 86400)) / 86400)
        FROM doses d JOIN medications m ON m.id = d.medication_id
        WHERE m.profile_id = OLD.profile_id AND d.status = 'taken' AND d.taken_at IS NOT NULL AND d.utc_offset IS NOT NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL)
    WHERE true
    GROUP BY local_day;
  DELETE FROM entry_days WHERE profile_id = NEW.profile_id;
  INSERT INTO entry_days (profile_id, local_day, entries)
    SELECT NEW.profile_id, local_day, count(*) FROM (
      SELECT local_day FROM readings WHERE profile_id = NEW.profile_id AND deleted_at IS NULL
      UNION ALL SELECT local_day FROM meals WHERE profile_id = NEW.profile_id AND deleted_at IS NULL
      UNION ALL SELECT local_day FROM workouts WHERE profile_id = NEW.profile_id AND deleted_at IS NULL
      UNION ALL SELECT ((((((d.taken_at) - ((((d.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + d.utc_offset) - (((((((d.taken_at) - ((((d.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + d.utc_offset) % 86400) + 86400) % 86400)) / 86400)
        FROM doses d JOIN medications m ON m.id = d.medication_id
        WHERE m.profile_id = NEW.profile_id AND d.status = 'taken' AND d.taken_at IS NOT NULL AND d.utc_offset IS NOT NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL)
    WHERE true
    GROUP BY local_day;
END;

-- What is there already.
INSERT INTO entry_days (profile_id, local_day, entries)
  SELECT profile_id, local_day, count(*) FROM (
    SELECT profile_id, local_day FROM readings WHERE deleted_at IS NULL
    UNION ALL SELECT profile_id, local_day FROM meals WHERE deleted_at IS NULL
    UNION ALL SELECT profile_id, local_day FROM workouts WHERE deleted_at IS NULL
    UNION ALL SELECT m.profile_id, ((((((d.taken_at) - ((((d.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + d.utc_offset) - (((((((d.taken_at) - ((((d.taken_at) % 1000000) + 1000000) % 1000000)) / 1000000) + d.utc_offset) % 86400) + 86400) % 86400)) / 86400)
      FROM doses d JOIN medications m ON m.id = d.medication_id
      WHERE d.status = 'taken' AND d.taken_at IS NOT NULL AND d.utc_offset IS NOT NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL)
  GROUP BY profile_id, local_day;

PRAGMA user_version = 10;
