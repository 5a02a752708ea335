#!/usr/bin/env bash
# ACLED CSV import speed on the same generated 1,000,000-row file, in the same
# run: jirga's reader alone (parse + validate every value), jirga's whole import
# with every incident on the record (as `jirga incidents import` does it: a
# fresh data directory, Cedar and the ledger on, one transaction, durable), and
# DuckDB's CSV loader (PyPI `duckdb`); then the monthly-by-district statistic on
# each (jirga's over the record's register). The file is synthetic and labelled
# so (jirga_incidents::synthetic).
# Usage: bench/incidents-vs-duckdb.sh [rows, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
CSV="${TMPDIR:-/tmp}/jirga-acled-synthetic-$ROWS.csv"
python3 -c "import duckdb" 2>/dev/null || pip install -q duckdb
cargo build --release -p jirga-bench
BIN="${CARGO_TARGET_DIR:-target}/release/jirga-bench"
"$BIN" incidents --rows "$ROWS" --csv "$CSV"
python3 - "$CSV" <<'PY'
import sys, time, duckdb
path = sys.argv[1]
for threads in ("1", "default"):
    for round in (1, 2, 3):
        con = duckdb.connect()
        if threads == "1":
            con.execute("SET threads TO 1")
        open(path, "rb").read()  # in the page cache, as for jirga's runs
        start = time.perf_counter()
        con.execute(f"CREATE TABLE incidents AS SELECT * FROM read_csv('{path}', header = true)")
        secs = time.perf_counter() - start
        n = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        print(f"duckdb round {round}: {n} rows loaded in {secs:.3f} s: {n / secs:.0f} rows/s (threads: {threads})")
    times = []
    for _ in range(7):
        start = time.perf_counter()
        cells = con.execute("SELECT year(event_date), month(event_date), admin1, admin2, count(*), sum(fatalities) "
                            "FROM incidents GROUP BY ALL ORDER BY ALL").fetchall()
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    print(f"duckdb monthly by district: {len(cells)} cells, median {times[3]:.1f} ms (min {times[0]:.1f}, max {times[6]:.1f}) (threads: {threads})")
PY
