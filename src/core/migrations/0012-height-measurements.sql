-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 12: every height measurement of a member (issue 10:
-- children grow, a growth chart needs their heights over time).
--
-- Conventions as in 0001: instants are UTC microseconds, deleted_at is NULL
-- while a row is live, every row has uuid, created_at and updated_at.
--
-- height_measurements: measured_day is the calendar date of the
-- measurement as a day number (days since 1970-01-01, like
-- health_conditions.since_day): a height is taken on a day ("at the
-- check-up on 3 March"), growth compares it with the birth date in whole
-- months, and a date has no time zone to get wrong. height_cm as
-- profiles.height_cm (50–250, the profile's limits; the store validates).
-- Several rows on one day are allowed; the newest created_at wins.
--
-- profiles.height_cm stays and holds the member's latest height: the live
-- row of the latest measured_day (then created_at, id). The triggers below
-- keep it so on every write path (the store, import, undo, purge), so
-- every reader of the profile keeps working. A profile saved with a new
-- height gets a measurement of that day from the store. A measurement
-- inserted live, or one changed, sets it; when a member's last live
-- measurement goes, height_cm becomes NULL (unknown).
--
-- Carried over: each profile (live or deleted) with a height gets one
-- measurement dated the UTC day of its updated_at, the last time the
-- profile (and its height field) was saved: the height was true then at
-- least; created_at = updated_at = the profile's updated_at.
--
-- Not counted in entry_days: a height is measured a few times a year, and
-- saving a member's profile is not logging a day (PRODUCT.md's streaks
-- count days with the behaviour logged: readings, meals, workouts, doses).

CREATE TABLE height_measurements (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id    INTEGER NOT NULL REFERENCES profiles (id),
  measured_day  INTEGER NOT NULL,
  height_cm     REAL    NOT NULL CHECK (height_cm > 0),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  deleted_at    INTEGER
);

CREATE INDEX height_measurements_profile
  ON height_measurements (profile_id, measured_day) WHERE deleted_at IS NULL;

INSERT INTO height_measurements (uuid, profile_id, measured_day, height_cm, created_at, updated_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
         substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
         substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       id,
       CASE WHEN updated_at >= 0 THEN updated_at / 86400000000
            ELSE -((-updated_at + 86400000000 - 1) / 86400000000) END,
       height_cm, updated_at, updated_at
  FROM profiles
 WHERE height_cm IS NOT NULL AND height_cm > 0
 ORDER BY id;

CREATE TRIGGER height_measurements_latest_insert AFTER INSERT ON height_measurements
WHEN NEW.deleted_at IS NULL
BEGIN
  UPDATE profiles
     SET height_cm = (SELECT h.height_cm FROM height_measurements AS h
                       WHERE h.profile_id = NEW.profile_id AND h.deleted_at IS NULL
                       ORDER BY h.measured_day DESC, h.created_at DESC, h.id DESC LIMIT 1)
   WHERE id = NEW.profile_id;
END;

CREATE TRIGGER height_measurements_latest_update
AFTER UPDATE OF profile_id, measured_day, height_cm, created_at, deleted_at ON height_measurements
BEGIN
  UPDATE profiles
     SET height_cm = (SELECT h.height_cm FROM height_measurements AS h
                       WHERE h.profile_id = profiles.id AND h.deleted_at IS NULL
                       ORDER BY h.measured_day DESC, h.created_at DESC, h.id DESC LIMIT 1)
   WHERE id IN (OLD.profile_id, NEW.profile_id);
END;

PRAGMA user_version = 12;
