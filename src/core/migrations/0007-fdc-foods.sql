-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 7: reference foods (USDA) beside the family's own.
--
--   * foods.source: 'user' (the family's own, as before) or 'fdc' (a
--     reference food loaded from data/foods-fdc.tsv: read-only for the
--     user except "favourite"); foods.fdc_id: its USDA FoodData Central
--     id, unique when not NULL (NULL for the family's foods).
--   * reference_data: which version of a shipped data set this journal
--     holds (the store loads a newer one when it opens the journal).
--   * foods_fts is made again with prefix indexes of 1 and 2 characters:
--     the first keystrokes of a search over thousands of names match
--     thousands of words, which the plain index would merge each time.
--   * foods_fts_insert indexes the family's foods only: the store indexes
--     the reference foods it adds in one statement after loading them
--     (one INSERT … SELECT is much faster than thousands of trigger runs).
--   * meal_items_food_used: a food's newest use in one seek ("recent
--     foods first" in a search over thousands of reference foods).

ALTER TABLE foods ADD COLUMN source TEXT NOT NULL DEFAULT 'user'
  CHECK (source IN ('user', 'fdc'));
ALTER TABLE foods ADD COLUMN fdc_id INTEGER CHECK (fdc_id > 0);

CREATE UNIQUE INDEX foods_fdc_id ON foods (fdc_id) WHERE fdc_id IS NOT NULL;

DROP TRIGGER foods_fts_insert;
DROP TABLE foods_fts;
CREATE VIRTUAL TABLE foods_fts USING fts5 (
  name,
  content = 'foods',
  content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '1 2'
);
INSERT INTO foods_fts (foods_fts) VALUES ('rebuild');
CREATE TRIGGER foods_fts_insert AFTER INSERT ON foods WHEN new.source = 'user' BEGIN
  INSERT INTO foods_fts (rowid, name) VALUES (new.id, new.name);
END;

CREATE TABLE reference_data (
  name      TEXT    PRIMARY KEY,
  version   INTEGER NOT NULL,
  loaded_at INTEGER NOT NULL   -- UTC µs
);

CREATE INDEX meal_items_food_used ON meal_items (food_id, created_at) WHERE food_id IS NOT NULL;

PRAGMA user_version = 7;
