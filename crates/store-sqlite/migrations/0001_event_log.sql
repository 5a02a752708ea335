-- The append-only event log. Rows are never updated or deleted: the triggers
-- refuse it, so even a mistaken UPDATE from a maintenance shell fails.
CREATE TABLE events (
    seq   INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 0),
    bytes BLOB NOT NULL
) STRICT;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Read tables: one JSON row per record, refreshed with the events that touch it.
CREATE TABLE records (
    id   TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT;
CREATE INDEX records_kind ON records (kind);

-- The last event folded into the read tables.
CREATE TABLE read_tables_meta (
    one      INTEGER PRIMARY KEY CHECK (one = 1),
    last_seq INTEGER
) STRICT;
INSERT INTO read_tables_meta (one, last_seq) VALUES (1, NULL);
