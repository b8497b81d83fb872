-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 2: an index on (member, time) for "the newest readings of
-- any kind", which the history shows first. Without it that query sorts a
-- member's whole history (tens of thousands of rows after ten years) to
-- keep fifty.

CREATE INDEX readings_profile_time
  ON readings (profile_id, taken_at) WHERE deleted_at IS NULL;

PRAGMA user_version = 2;
