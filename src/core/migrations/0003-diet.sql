-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 3: the diet log.
--
--   * foods: the family's own foods (no profile: shared by every member).
--     Nutrition is given per 100 g (per_unit 'g'), per 100 ml ('ml') or per
--     serving ('serving'); serving_size is one serving in grams or
--     millilitres (NULL when unknown). Energy in kcal, sodium in mg, every
--     other nutrient in grams; NULL is "not known".
--   * meals: one member's meal; type is breakfast, lunch, dinner, snack or
--     custom (then custom_name names it). taken_at / utc_offset / local_day
--     as readings (local_day = floor((taken_at / 1e6 + utc_offset) / 86400)).
--   * meal_items: a food in a meal with its amount (unit g, ml or serving)
--     and the nutrition AS LOGGED, copied from the food at that moment, so
--     editing a food later never changes past meals. food_id is NULL for a
--     quick entry (a name and kcal only); name is the food's name as logged.
--   * foods_fts: food search by word prefix, case- and accent-insensitive
--     (external content, kept in step by triggers). Chinese has no spaces
--     between words: the store matches it by substring on foods.name.

CREATE TABLE foods (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  name            TEXT    NOT NULL CHECK (name <> ''),
  per_unit        TEXT    NOT NULL CHECK (per_unit IN ('g', 'ml', 'serving')),
  energy_kcal     REAL    NOT NULL CHECK (energy_kcal >= 0),
  protein_g       REAL CHECK (protein_g >= 0),
  carbohydrate_g  REAL CHECK (carbohydrate_g >= 0),
  sugars_g        REAL CHECK (sugars_g >= 0),
  fat_g           REAL CHECK (fat_g >= 0),
  saturated_fat_g REAL CHECK (saturated_fat_g >= 0),
  fibre_g         REAL CHECK (fibre_g >= 0),
  sodium_mg       REAL CHECK (sodium_mg >= 0),
  serving_size    REAL CHECK (serving_size > 0),
  serving_name    TEXT,
  favourite       INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  deleted_at      INTEGER
);

CREATE INDEX foods_live_name ON foods (name) WHERE deleted_at IS NULL;

CREATE TABLE meals (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  profile_id  INTEGER NOT NULL REFERENCES profiles (id),
  type        TEXT    NOT NULL CHECK (type IN ('breakfast', 'lunch', 'dinner', 'snack', 'custom')),
  custom_name TEXT,
  taken_at    INTEGER NOT NULL,   -- UTC µs
  utc_offset  INTEGER NOT NULL,   -- seconds east of UTC at the moment of logging
  local_day   INTEGER NOT NULL,   -- days since 1970-01-01 in that offset
  note        TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX meals_profile_day
  ON meals (profile_id, local_day, taken_at) WHERE deleted_at IS NULL;

CREATE TABLE meal_items (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  meal_id         INTEGER NOT NULL REFERENCES meals (id),
  food_id         INTEGER REFERENCES foods (id),
  position        INTEGER NOT NULL,
  name            TEXT    NOT NULL CHECK (name <> ''),
  amount          REAL    NOT NULL CHECK (amount > 0),
  unit            TEXT    NOT NULL CHECK (unit IN ('g', 'ml', 'serving')),
  energy_kcal     REAL    NOT NULL CHECK (energy_kcal >= 0),
  protein_g       REAL,
  carbohydrate_g  REAL,
  sugars_g        REAL,
  fat_g           REAL,
  saturated_fat_g REAL,
  fibre_g         REAL,
  sodium_mg       REAL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  deleted_at      INTEGER
);

CREATE INDEX meal_items_meal ON meal_items (meal_id, position);
CREATE INDEX meal_items_food ON meal_items (food_id) WHERE food_id IS NOT NULL;

CREATE VIRTUAL TABLE foods_fts USING fts5 (
  name,
  content = 'foods',
  content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER foods_fts_insert AFTER INSERT ON foods BEGIN
  INSERT INTO foods_fts (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER foods_fts_delete AFTER DELETE ON foods BEGIN
  INSERT INTO foods_fts (foods_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER foods_fts_update AFTER UPDATE OF name ON foods BEGIN
  INSERT INTO foods_fts (foods_fts, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO foods_fts (rowid, name) VALUES (new.id, new.name);
END;

PRAGMA user_version = 3;
