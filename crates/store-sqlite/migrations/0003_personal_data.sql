-- Personal data that must never enter an event (a pass holder's names,
-- documents, medical details), keyed by the record's public document id.
-- Rows are deleted when their retention ends; the event log is untouched, and
-- events only carry a salted hash commitment to what was here.
CREATE TABLE personal_data (
    key  TEXT PRIMARY KEY,
    body TEXT NOT NULL
) STRICT;
