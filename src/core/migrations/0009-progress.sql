-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 9: what keeps people logging (issue 9; PRODUCT.md): the
-- member's main goal, goals, skip days, earned badges, challenges and their
-- check-ins.
--
-- Conventions as in 0001: instants are UTC microseconds, deleted_at is NULL
-- while a row is live, every row has uuid, created_at and updated_at. Days
-- (start_day, due_day, local_day, earned_day …) are local day numbers: days
-- since 1970-01-01 in the member's own offset, as readings.local_day.
--
-- profiles.main_goal: 'lower-bp', 'lose-weight', 'manage-glucose',
-- 'move-more' or 'record'; NULL for members added before it was asked.
-- profiles.checklist_dismissed_at: when the first-week checklist was put
-- away (NULL while it shows); its items are computed from what is logged.
--
-- goals.kind: 'target' (a value by a day: weight 68 kg by 1 March, average
-- systolic below 130), 'habit' (something done with a cadence: 7 500 steps
-- a day, 150 active minutes a week) or 'range' (every reading of a kind
-- within the member's guideline target). goals.metric names what is
-- measured (hearth-goal.h lists them); comparison is 'at-most' or
-- 'at-least' (weight toward a lower target is 'at-most'); baseline is the
-- value when the goal was set (target goals; NULL when there was none);
-- cadence 'daily' or 'weekly' (habit goals); due_day only for target goals.
-- reached_day is set once, the first local day the goal was met.
--
-- badges: one live row per badge a member earned (earned once: the unique
-- index refuses a second). badge is an id of the catalogue in the core
-- GResource (badges.json); earned_day the local day the data first met the
-- rule; celebrated_at when the app showed it (NULL: still to celebrate).
--
-- challenges.template: a built-in challenge's id, NULL for the member's own.
-- challenge_checkins: one live row per day checked in.

ALTER TABLE profiles ADD COLUMN main_goal TEXT
  CHECK (main_goal IS NULL OR main_goal IN ('lower-bp', 'lose-weight', 'manage-glucose', 'move-more', 'record'));
ALTER TABLE profiles ADD COLUMN checklist_dismissed_at INTEGER;

CREATE TABLE goals (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  kind        TEXT    NOT NULL CHECK (kind IN ('target', 'habit', 'range')),
  metric      TEXT    NOT NULL CHECK (metric <> ''),
  comparison  TEXT    NOT NULL CHECK (comparison IN ('at-most', 'at-least')),
  target      REAL    NOT NULL,
  baseline    REAL,
  cadence     TEXT    CHECK (cadence IS NULL OR cadence IN ('daily', 'weekly')),
  start_day   INTEGER NOT NULL,
  due_day     INTEGER CHECK (due_day IS NULL OR due_day > start_day),
  reached_day INTEGER,
  title       TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX goals_profile ON goals (profile_id) WHERE deleted_at IS NULL;

CREATE TABLE skip_days (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  local_day   INTEGER NOT NULL,
  reason      TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE UNIQUE INDEX skip_days_live ON skip_days (profile_id, local_day) WHERE deleted_at IS NULL;

CREATE TABLE badges (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id    INTEGER NOT NULL REFERENCES profiles (id),
  badge         TEXT    NOT NULL CHECK (badge <> ''),
  earned_day    INTEGER NOT NULL,
  celebrated_at INTEGER,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  deleted_at    INTEGER
);

CREATE UNIQUE INDEX badges_once ON badges (profile_id, badge) WHERE deleted_at IS NULL;

CREATE TABLE challenges (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  template    TEXT,
  title       TEXT    NOT NULL CHECK (title <> ''),
  start_day   INTEGER NOT NULL,
  end_day     INTEGER NOT NULL CHECK (end_day >= start_day),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX challenges_profile ON challenges (profile_id) WHERE deleted_at IS NULL;

CREATE TABLE challenge_checkins (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  challenge_id INTEGER NOT NULL REFERENCES challenges (id),
  local_day    INTEGER NOT NULL,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  deleted_at   INTEGER
);

CREATE UNIQUE INDEX challenge_checkins_live
  ON challenge_checkins (challenge_id, local_day) WHERE deleted_at IS NULL;

PRAGMA user_version = 9;
