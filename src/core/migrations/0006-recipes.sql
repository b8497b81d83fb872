-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 6: recipes.
--
--   * recipes: a food of the family's list (food_id, one recipe per food)
--     made of other foods. portions > 0; cooked_weight_g is the whole dish
--     cooked (NULL: not weighed). The food row holds the nutrition of one
--     portion (per_unit 'serving', serving_size = cooked weight / portions
--     when weighed), computed from the ingredients when the recipe is
--     saved, so a meal logs a recipe like any food, as logged.
--   * recipe_items: a recipe's ingredients in order (position), each a
--     food with an amount in g, ml or servings. Replaced ingredients are
--     soft-deleted like every other row.

CREATE TABLE recipes (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  food_id         INTEGER NOT NULL UNIQUE REFERENCES foods (id),
  portions        REAL    NOT NULL CHECK (portions > 0),
  cooked_weight_g REAL CHECK (cooked_weight_g > 0),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  deleted_at      INTEGER
);

CREATE TABLE recipe_items (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT    NOT NULL UNIQUE CHECK (uuid <> ''),
  recipe_id   INTEGER NOT NULL REFERENCES recipes (id),
  food_id     INTEGER NOT NULL REFERENCES foods (id),
  position    INTEGER NOT NULL,
  amount      REAL    NOT NULL CHECK (amount > 0),
  unit        TEXT    NOT NULL CHECK (unit IN ('g', 'ml', 'serving')),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER
);

CREATE INDEX recipe_items_recipe
  ON recipe_items (recipe_id, position) WHERE deleted_at IS NULL;
CREATE INDEX recipe_items_food ON recipe_items (food_id);

PRAGMA user_version = 6;
