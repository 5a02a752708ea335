-- The crossing points a user is posted at (border officers), comma-separated
-- point codes; the authorization policies let a border officer record
-- crossings only there.
ALTER TABLE users ADD COLUMN posts TEXT NOT NULL DEFAULT '';
