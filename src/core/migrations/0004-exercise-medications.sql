-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 4: workouts, medications and their doses.
--
-- Conventions as in 0001: instants are UTC microseconds, deleted_at is NULL
-- while a row is live, every row has uuid, created_at and updated_at.
--
-- workouts.activity is an identifier from hearth-activity.c (the MET value
-- is looked up there, not stored: it comes from the Compendium table).
-- workouts.local_day = floor((started_at / 1e6 + utc_offset) / 86400).
-- duration_s is refused past 24 hours (hearth-exercise.c checks it first,
-- at the field).
--
-- medications.schedule is 'times' (times of day on the days of
-- days_mask: bit 0 Monday .. bit 6 Sunday), 'interval' (times of day
-- every interval_days days from start_day) or 'as-needed'.
-- medications.times: minutes after local midnight, comma-separated and
-- ascending ("480,1200" is 08:00 and 20:00). start_day/end_day are local
-- day numbers; end_day NULL while it goes on.
--
-- doses: one row per dose marked taken or skipped, or an as-needed dose
-- taken. scheduled_day/scheduled_minute name the scheduled dose it answers
-- (NULL for as-needed). "Missed" is never stored: it is computed.

CREATE TABLE workouts (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  activity    TEXT    NOT NULL CHECK (activity <> ''),
  started_at  INTEGER NOT NULL,
  utc_offset  INTEGER NOT NULL,
  local_day   INTEGER NOT NULL,
  duration_s  INTEGER NOT NULL CHECK (duration_s > 0 AND duration_s <= 86400),
  distance_m  REAL    CHECK (distance_m IS NULL OR distance_m > 0),
  steps       INTEGER CHECK (steps IS NULL OR steps >= 0),
  effort      INTEGER CHECK (effort IS NULL OR effort BETWEEN 1 AND 10),
  note        TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX workouts_profile_day
  ON workouts (profile_id, local_day) WHERE deleted_at IS NULL;
CREATE INDEX workouts_profile_time
  ON workouts (profile_id, started_at) WHERE deleted_at IS NULL;

CREATE TABLE medications (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id    INTEGER NOT NULL REFERENCES profiles (id),
  name          TEXT    NOT NULL CHECK (name <> ''),
  strength      TEXT,
  form          TEXT,
  schedule      TEXT    NOT NULL CHECK (schedule IN ('times', 'interval', 'as-needed')),
  times         TEXT,
  days_mask     INTEGER NOT NULL DEFAULT 127 CHECK (days_mask BETWEEN 0 AND 127),
  interval_days INTEGER CHECK (interval_days IS NULL OR interval_days >= 1),
  start_day     INTEGER NOT NULL,
  end_day       INTEGER,
  instructions  TEXT,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  deleted_at    INTEGER
);

CREATE INDEX medications_profile
  ON medications (profile_id) WHERE deleted_at IS NULL;

CREATE TABLE doses (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  medication_id    INTEGER NOT NULL REFERENCES medications (id),
  status           TEXT    NOT NULL CHECK (status IN ('taken', 'skipped')),
  scheduled_day    INTEGER,
  scheduled_minute INTEGER,
  taken_at         INTEGER,
  utc_offset       INTEGER,
  reason           TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  deleted_at       INTEGER
);

CREATE INDEX doses_medication_day
  ON doses (medication_id, scheduled_day) WHERE deleted_at IS NULL;
CREATE INDEX doses_medication_time
  ON doses (medication_id, taken_at) WHERE deleted_at IS NULL;

PRAGMA user_version = 4;
