-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Placeholder on the fdc branch only: schema 6 belongs to another branch
-- (the integrator replaces this file with the real one when merging).

PRAGMA user_version = 6;
