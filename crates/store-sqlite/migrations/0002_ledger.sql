-- The ledger: RFC 9162 stored hashes (complete-subtree hashes in Go tlog's stored
-- index order), one row per commit holding that commit's hashes concatenated,
-- and every signed checkpoint. Append-only like the events.
CREATE TABLE ledger_hashes (
    start  INTEGER PRIMARY KEY NOT NULL CHECK (start >= 0),
    hashes BLOB NOT NULL CHECK (length(hashes) > 0 AND length(hashes) % 32 = 0)
) STRICT;

CREATE TABLE checkpoints (
    size INTEGER PRIMARY KEY NOT NULL CHECK (size >= 0),
    note TEXT NOT NULL
) STRICT;

CREATE TRIGGER ledger_hashes_no_update BEFORE UPDATE ON ledger_hashes
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_hashes_no_delete BEFORE DELETE ON ledger_hashes
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
