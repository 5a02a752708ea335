## jirga — Pashto (ps-AF, also served for ps-PK). Translated by non-native
## speakers: every message carries its review status and the hash of the
## English it translates (scripts/ftl-stamp.py). Not offered until every
## message is translated.
