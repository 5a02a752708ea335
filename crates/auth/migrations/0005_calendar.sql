-- The calendar a person reads dates in (`gregorian`, `solar_hijri`, `hijri`),
-- or NULL for their language's own. A preference: a value no longer known is
-- ignored, not an error.
ALTER TABLE users ADD COLUMN calendar TEXT;
