-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 8: when each food was last logged, on the food itself.
--
-- The food search puts the recently logged first. Asking meal_items for
-- every matching food (a one-letter search matches ~4 800 reference foods)
-- cost more than the rest of the search together; a column costs nothing to
-- read. It is derived data, local to the journal: set from meal_items here,
-- then by the trigger as items are logged (a meal deleted later leaves it as
-- it was: "logged before" stays true). updated_at is not touched.

ALTER TABLE foods ADD COLUMN last_used_at INTEGER;

UPDATE foods SET last_used_at = (SELECT max(i.created_at) FROM meal_items i WHERE i.food_id = foods.id)
  WHERE id IN (SELECT food_id FROM meal_items WHERE food_id IS NOT NULL);

CREATE TRIGGER foods_last_used AFTER INSERT ON meal_items
  WHEN new.food_id IS NOT NULL
BEGIN
  UPDATE foods SET last_used_at = new.created_at
    WHERE id = new.food_id AND (last_used_at IS NULL OR last_used_at < new.created_at);
END;

PRAGMA user_version = 8;
