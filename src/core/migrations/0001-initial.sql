-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 1: profiles (family members) and readings.
--
-- Applied by hearth-store.c inside one BEGIN IMMEDIATE transaction. Every
-- migration file ends by setting PRAGMA user_version to its own number; the
-- store checks that it did before committing.
--
-- Conventions:
--   * Instants (created_at, updated_at, deleted_at, taken_at) are UTC
--     microseconds since 1970-01-01.
--   * deleted_at is NULL while a row is live (soft delete; undo clears it).
--   * NULL in a nullable REAL column is "none" (NAN in C).
--   * profiles.conditions/medications/allergies: the items joined with
--     U+001F (unit separator); NULL for an empty list.
--   * readings.kind is the identifier from hearth_reading_kind_to_string().
--   * readings.local_day = floor((taken_at / 1e6 + utc_offset) / 86400).

CREATE TABLE profiles (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  name        TEXT    NOT NULL CHECK (name <> ''),
  birth_year  INTEGER,
  birth_month INTEGER,
  birth_day   INTEGER,
  sex         TEXT,
  height_cm   REAL,
  color       TEXT,
  conditions  TEXT,
  medications TEXT,
  allergies   TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

-- Names are unique among live members (the store also compares case-folded).
CREATE UNIQUE INDEX profiles_live_name ON profiles (name) WHERE deleted_at IS NULL;

CREATE TABLE readings (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  kind        TEXT    NOT NULL CHECK (kind <> ''),
  taken_at    INTEGER NOT NULL,   -- UTC µs
  utc_offset  INTEGER NOT NULL,   -- seconds east of UTC at the moment of logging
  local_day   INTEGER NOT NULL,   -- days since 1970-01-01 in that offset
  value_a     REAL    NOT NULL,
  value_b     REAL,
  value_c     REAL,
  label_a     TEXT,
  label_b     TEXT,
  note        TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX readings_profile_kind_time
  ON readings (profile_id, kind, taken_at) WHERE deleted_at IS NULL;
CREATE INDEX readings_profile_kind_day
  ON readings (profile_id, kind, local_day) WHERE deleted_at IS NULL;

PRAGMA user_version = 1;
