-- A person's language preference (a locale tag jirga ships: `en`, `ps-AF`,
-- `ur-PK`, `fa-AF`), or NULL to follow the browser. Validated by whoever sets
-- it; a value no longer shipped is ignored, not an error (it is a preference).
ALTER TABLE users ADD COLUMN locale TEXT;
