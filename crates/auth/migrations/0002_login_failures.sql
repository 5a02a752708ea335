-- Failed logins counted per (username as typed, client address) within a window,
-- replacing the per-user counter in `users` (whose columns stay, unused: a
-- migration never rewrites a table holding password hashes). Unknown usernames
-- are counted too, so that they are answered exactly like known ones.
CREATE TABLE login_failures (
    username     TEXT NOT NULL,
    client       TEXT NOT NULL,
    failures     INTEGER NOT NULL,
    first_at     INTEGER NOT NULL,        -- unix seconds: the window's start
    locked_until INTEGER,                 -- unix seconds
    PRIMARY KEY (username, client)
) STRICT;
CREATE INDEX login_failures_by_client ON login_failures (client);
