#!/usr/bin/env python3
"""Stamp a translation file's review status against the English source.

Usage: scripts/ftl-stamp.py crates/service/locales/ps-AF.ftl [--reviewed ID ...]

Every translated message carries, on the line directly above it,
    # status: unreviewed · en: <hash>
where <hash> is the first 12 hex digits of the SHA-256 of the English
message's source (its `id =` line and indented continuation lines, right-
stripped, joined with newlines). This tool:
  - adds the line to a message that has none (status: unreviewed);
  - flags a message again (status: unreviewed, new hash) when its English
    source changed since it was translated or reviewed;
  - with --reviewed ID ..., marks those messages reviewed (a native
    speaker's review, recorded by whoever ran it) at the current hash.
The test `crates/service/tests/locales.rs` checks the same rule.
"""
import hashlib, re, sys

MESSAGE = re.compile(r"^([a-z][a-z0-9-]*) =")
STATUS = re.compile(r"^# status: (reviewed|unreviewed) · en: ([0-9a-f]{12})$")


def blocks(lines):
    """Message id -> (first line index, last line index) of its source block."""
    out, i = {}, 0
    while i < len(lines):
        m = MESSAGE.match(lines[i])
        if not m:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j][:1] in (" ", "\t") and lines[j].strip():
            j += 1
        out[m.group(1)] = (i, j)
        i = j
    return out


def english_hashes(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    return {mid: hashlib.sha256("\n".join(l.rstrip() for l in lines[a:b]).encode()).hexdigest()[:12]
            for mid, (a, b) in blocks(lines).items()}


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    path, reviewed = args[0], set(args[2:]) if args[1:2] == ["--reviewed"] else set()
    english = english_hashes(path.rsplit("/", 1)[0] + "/en.ftl")
    lines = open(path, encoding="utf-8").read().split("\n")
    out, flagged, added = [], 0, 0
    i = 0
    while i < len(lines):
        m = MESSAGE.match(lines[i])
        if m and m.group(1) in english:
            mid, current = m.group(1), english[m.group(1)]
            previous = STATUS.match(out[-1]) if out else None
            if previous:
                out.pop()
                status, stamped = previous.groups()
                if stamped != current:
                    status, flagged = "unreviewed", flagged + 1
            else:
                status, added = "unreviewed", added + 1
            if mid in reviewed:
                status = "reviewed"
            out.append(f"# status: {status} · en: {current}")
        out.append(lines[i])
        i += 1
    open(path, "w", encoding="utf-8").write("\n".join(out))
    print(f"{path}: {added} stamped, {flagged} flagged again (English changed), {len(reviewed)} marked reviewed")


main()
