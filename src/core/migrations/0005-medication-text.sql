-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 5: the health record's free-text medications move into
-- the medications table (schema 4), and profiles.medications goes.
--
-- profiles.medications held the items joined with U+001F (0001). Each
-- item becomes one live medication of its member, nothing lost:
--   * name = the item, tabs and line breaks turned into spaces, spaces
--     (ASCII, no-break, ideographic) trimmed; empty items are dropped;
--   * schedule 'as-needed' (the text said nothing about times), no
--     strength, form or instructions (a strength typed into the text stays
--     in the name: "Metformin 500 mg");
--   * start_day = the day the member was created, as a UTC day number
--     (the offset of that moment was not stored): the earliest day the
--     text can have been in the record; end_day NULL;
--   * created_at = updated_at = the member's updated_at, the last time the
--     text was saved;
--   * an item equal to another of the same member but for ASCII case, or
--     to a live medication the member already has (lower(), as the store
--     compares names), is that medication, not a second row.
-- Members deleted (soft) keep theirs too: undoing the delete brings the
-- member back with them.

INSERT INTO medications (uuid, profile_id, name, schedule, start_day, created_at, updated_at)
WITH RECURSIVE split (profile_id, position, item, rest) AS (
  SELECT id, 0, NULL, medications || char(31)
    FROM profiles
   WHERE medications IS NOT NULL AND medications <> ''
  UNION ALL
  SELECT profile_id, position + 1,
         substr(rest, 1, instr(rest, char(31)) - 1),
         substr(rest, instr(rest, char(31)) + 1)
    FROM split
   WHERE rest <> ''
),
cleaned (profile_id, position, name) AS (
  SELECT profile_id, position,
         trim(replace(replace(replace(item, char(9), ' '), char(10), ' '), char(13), ' '),
              ' ' || char(160) || char(12288))
    FROM split
   WHERE item IS NOT NULL
),
items (profile_id, position, name) AS (
  SELECT profile_id, min(position), name
    FROM cleaned
   WHERE name <> ''
   GROUP BY profile_id, lower(name)
)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
         substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) ||
         substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       i.profile_id, i.name, 'as-needed',
       p.created_at / 86400000000, p.updated_at, p.updated_at
  FROM items AS i
  JOIN profiles AS p ON p.id = i.profile_id
 WHERE NOT EXISTS (SELECT 1 FROM medications AS m
                    WHERE m.profile_id = i.profile_id AND m.deleted_at IS NULL
                      AND lower(m.name) = lower(i.name))
 ORDER BY i.profile_id, i.position;

ALTER TABLE profiles DROP COLUMN medications;

PRAGMA user_version = 5;
