-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Placeholder, replaced by the diet branch: its real 0003 is kept when the
-- branches are merged. It only bumps the version so 0004 can follow.

PRAGMA user_version = 3;
