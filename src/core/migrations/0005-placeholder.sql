-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Hearth schema 5: a placeholder on the meals branch only. Another branch
-- ships the real 0005; the integrator keeps that one and drops this file.

PRAGMA user_version = 5;
