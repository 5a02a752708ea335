-- Accounts live in their own database file (accounts.sqlite3), apart from the
-- event log: credentials are secrets and change in place (failed-login counters,
-- sessions), while the log is append-only and meant to be shown to auditors.
CREATE TABLE organizations (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    organization  TEXT NOT NULL REFERENCES organizations(id),
    roles         TEXT NOT NULL,          -- comma-separated role names
    person        TEXT,                   -- the person record this user is
    password_hash TEXT NOT NULL,          -- PHC string, argon2id
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER,                -- unix seconds
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,          -- SHA-256 of the cookie value
    username   TEXT NOT NULL REFERENCES users(username),
    csrf       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) STRICT;

CREATE TABLE api_tokens (
    id         TEXT PRIMARY KEY,          -- public part, shown in listings
    secret_hash BLOB NOT NULL,            -- SHA-256 of the secret part
    username   TEXT NOT NULL REFERENCES users(username),
    label      TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
) STRICT;
