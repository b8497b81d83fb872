-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 11: each member's health record (issue 10): conditions with
-- the day they began, family history, blood type, an emergency contact and
-- notes. Allergies stay in profiles.allergies (a list of free text, 0001);
-- medications live in the medication log (0004, 0005).
--
-- Conventions as in 0001: instants are UTC microseconds, deleted_at is NULL
-- while a row is live, every row has uuid, created_at and updated_at.
--
-- health_conditions: one live row per member and condition (compared
-- without ASCII case). condition is an identifier of hearth-profile.h
-- ('hypertension', 'diabetes', 'heart-disease', 'kidney-disease', …) or
-- free text; since_day the calendar date it began as a day number (days
-- since 1970-01-01; NULL: not known); note free text.
--
-- family_history: a condition (identifier or free text, as above) a blood
-- relative has or had: relative is 'mother', 'father', 'sibling', 'child',
-- 'grandparent' or 'other'. The store adds one live row per member,
-- condition and relative (no unique index: an import merging two journals'
-- rows by uuid may bring a second one).
--
-- health_records: one live row per member as the store writes it (an import
-- merging by uuid may bring another: the newest updated_at is read, and a
-- save updates every live one): blood_type (ABO and Rh:
-- 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'; NULL: not known), the
-- emergency contact (contact_name, contact_phone as typed, contact_relation
-- free text) and notes (free text). No row: nothing recorded.
--
-- profiles.conditions held the items joined with U+001F (0001). Each item
-- becomes a live health_conditions row of its member: tabs and line breaks
-- turned into spaces, spaces (ASCII, no-break, ideographic) trimmed, empty
-- items and case-only repeats dropped; since_day NULL (never asked);
-- created_at = updated_at = the member's updated_at (the last time the list
-- was saved). Members deleted (soft) keep theirs. Then the column goes.

CREATE TABLE health_conditions (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  condition   TEXT    NOT NULL CHECK (condition <> ''),
  since_day   INTEGER,
  note        TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE UNIQUE INDEX health_conditions_live
  ON health_conditions (profile_id, lower(condition)) WHERE deleted_at IS NULL;

CREATE TABLE family_history (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  condition   TEXT    NOT NULL CHECK (condition <> ''),
  relative    TEXT    NOT NULL
    CHECK (relative IN ('mother', 'father', 'sibling', 'child', 'grandparent', 'other')),
  note        TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX family_history_profile
  ON family_history (profile_id) WHERE deleted_at IS NULL;

CREATE TABLE health_records (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id       INTEGER NOT NULL REFERENCES profiles (id),
  blood_type       TEXT
    CHECK (blood_type IS NULL OR blood_type IN ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')),
  contact_name     TEXT,
  contact_phone    TEXT,
  contact_relation TEXT,
  notes            TEXT,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  deleted_at       INTEGER
);

CREATE INDEX health_records_profile
  ON health_records (profile_id) WHERE deleted_at IS NULL;

INSERT INTO health_conditions (uuid, profile_id, condition, created_at, updated_at)
WITH RECURSIVE split (profile_id, position, item, rest) AS (
  SELECT id, 0, NULL, conditions || char(31)
    FROM profiles
   WHERE conditions IS NOT NULL AND conditions <> ''
  UNION ALL
  SELECT profile_id, position + 1,
         substr(rest, 1, instr(rest, char(31)) - 1),
         substr(rest, instr(rest, char(31)) + 1)
    FROM split
   WHERE rest <> ''
),
cleaned (profile_id, position, condition) AS (
  SELECT profile_id, position,
         trim(replace(replace(replace(item, char(9), ' '), char(10), ' '), char(13), ' '),
              ' ' || char(160) || char(12288))
    FROM split
   WHERE item IS NOT NULL
),
items (profile_id, position, condition) AS (
  SELECT profile_id, min(position), condition
    FROM cleaned
   WHERE condition <> ''
   GROUP BY profile_id, lower(condition)
)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
         substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
         substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       i.profile_id, i.condition, p.updated_at, p.updated_at
  FROM items AS i
  JOIN profiles AS p ON p.id = i.profile_id
 ORDER BY i.profile_id, i.position;

ALTER TABLE profiles DROP COLUMN conditions;

PRAGMA user_version = 11;
