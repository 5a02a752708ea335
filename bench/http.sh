#!/usr/bin/env bash
# HTTP read benchmarks on loopback: the dashboard, a JSON read, and a bare axum
# handler measured in the same run (the framework ceiling). Needs wrk (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
# JIRGA_BENCH_BIN: another build's jirga-bench (to compare builds in one run).
if [ -z "${JIRGA_BENCH_BIN:-}" ]; then cargo build --release -q -p jirga-bench; fi
BIN="${JIRGA_BENCH_BIN:-${CARGO_TARGET_DIR:-target}/release/jirga-bench}"
"$BIN" serve --listen 127.0.0.1:18081 --bare 127.0.0.1:18082 > /tmp/jirga-bench-serve.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf http://127.0.0.1:18081/healthz >/dev/null && curl -sf http://127.0.0.1:18082/bare >/dev/null && break; sleep 0.2; done
# Every request is authenticated and authorized like a real one: the API with
# the focal person's bearer token, the pages with his session cookie.
TOKEN=$(cat /tmp/jirga-bench-token)
SESSION=$(cat /tmp/jirga-bench-session)
DURATION="${DURATION:-10s}"
# $3: the reader's language (Accept-Language), English when not given.
run() { wrk -t2 -c64 -d"$DURATION" -H "Authorization: Bearer $TOKEN" -H "Cookie: jirga_session=$SESSION" -H "Accept-Language: ${3:-en}" "$1" | awk -v n="$2" '/Requests\/sec/ {printf "%-28s %10.0f req/s\n", n, $2; print $2 > "/tmp/jirga-bench-" n}'; }
run http://127.0.0.1:18082/bare bare
run http://127.0.0.1:18081/api/v1/commitments/com-1 json-read
run http://127.0.0.1:18081/initiatives/ini-1 dashboard
# The same dashboard for a Dari reader: right to left, Solar Hijri dates, Dari digits.
run http://127.0.0.1:18081/initiatives/ini-1 dashboard-fa-AF fa-AF
wrk -t2 -c64 -d"$DURATION" -H "Authorization: Bearer $TOKEN" -s bench/post-command.lua http://127.0.0.1:18081/api/v1/commands \
  | awk '/Requests\/sec/ {printf "%-28s %10.0f req/s (durable commands over HTTP)\n", "post-command", $2} /Non-2xx/ {print "  non-2xx responses:", $0}'
awk 'BEGIN { getline b < "/tmp/jirga-bench-bare"; getline j < "/tmp/jirga-bench-json-read"; getline d < "/tmp/jirga-bench-dashboard";
  getline f < "/tmp/jirga-bench-dashboard-fa-AF";
  printf "JSON read / bare axum: %.2f   dashboard / bare axum: %.2f   dashboard in Dari / in English: %.2f\n", j / b, d / b, f / d }'
