#!/usr/bin/env bash
# Witnesses against an implementation that is not ours: aics-witness and
# aics-tlog (PyPI, pinned; an independent Python implementation of C2SP
# tlog-witness, tlog-cosignature and signed-note). Byte-for-byte interop both
# ways, as processes on loopback:
#   1. aics-witness witnesses a jirga record (`jirga serve --witness`): it
#      verifies jirga's checkpoints and consistency proofs and cosigns them;
#      jirga checks and serves its cosignature, and `jirga audit
#      verify-checkpoint` accepts it;
#   2. jirga's own witness cosigns beside it, and aics-tlog's
#      verify_checkpoint accepts the checkpoint with both cosignatures (quorum 2).
# Needs the debug `jirga` binary; installs the pinned packages into a cached
# virtualenv (Python ≥ 3.12, which aics requires) or fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
jirga="$(pwd)/$target/debug/jirga"
[ -x "$jirga" ] || jirga="$target/debug/jirga"
[ -x "$jirga" ] || { echo "interop-witness: $jirga is missing (cargo build -p jirga-cli --bin jirga)" >&2; exit 1; }
AICS_WITNESS=0.1.0
AICS_TLOG=0.2.1

py=""
for candidate in python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then py=$(command -v "$candidate"); break; fi
done
if [ -z "$py" ] && command -v pyenv >/dev/null; then
  v=$(pyenv versions --bare 2>/dev/null | grep -E '^3\.1[2-9](\.|$)' | tail -1 || true)
  [ -n "$v" ] && py="$(pyenv root)/versions/$v/bin/python3"
fi
[ -n "$py" ] || { echo "interop-witness: no Python 3.12 or newer for aics-witness" >&2; exit 1; }
venv="${INTEROP_VENV:-/var/cache/jirga/interop-venv}"
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('aics-witness') != '$AICS_WITNESS' or m.version('aics-tlog') != '$AICS_TLOG')" 2>/dev/null; then
  echo "Installing aics-witness $AICS_WITNESS and aics-tlog $AICS_TLOG (witness interop)…"
  rm -rf "$venv" && "$py" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "aics-witness==$AICS_WITNESS" "aics-tlog==$AICS_TLOG" \
    || { echo "interop-witness: cannot install aics-witness from PyPI" >&2; exit 1; }
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port() { "$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 100); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.2; done; cat "$1" >&2; return 1; }

"$jirga" demo --seed-only --data-dir "$work/record" >/dev/null 2>&1
log_key=$("$jirga" ledger key --data-dir "$work/record" 2>/dev/null)
origin=${log_key%%+*}

# Their witness.
aics_port=$(port)
(cd "$work" && "$venv/bin/aics-witness" init --config w.json --name aics.interop/w1 --listen "127.0.0.1:$aics_port" >aics.vkey 2>/dev/null)
(cd "$work" && "$venv/bin/aics-witness" add-log --config w.json --origin "$origin" --vkey "$log_key" >/dev/null 2>&1)
(cd "$work" && exec "$venv/bin/aics-witness" serve --config w.json >aics.log 2>&1) &
pids+=($!)
wait_for "$work/aics.log" "listening on"
aics_vkey=$(cat "$work/aics.vkey")

# Ours.
ours_port=$(port)
ours_vkey=$("$jirga" witness init --data-dir "$work/ours" --name jirga.interop/w2 2>/dev/null)
"$jirga" witness add-log --data-dir "$work/ours" --origin "$origin" --key "$log_key" >/dev/null
"$jirga" witness serve --data-dir "$work/ours" --listen "127.0.0.1:$ours_port" >"$work/ours.log" 2>&1 &
pids+=($!)
wait_for "$work/ours.log" "listening on"

# The record, witnessed by both.
"$jirga" serve --data-dir "$work/record" --listen 127.0.0.1:0 --witness-quorum 2 \
  --witness "http://127.0.0.1:$aics_port=$aics_vkey" --witness "http://127.0.0.1:$ours_port=$ours_vkey" >"$work/record.log" 2>&1 &
pids+=($!)
wait_for "$work/record.log" "serving on"
url=$(grep -o 'serving on http://[0-9.:]*/' "$work/record.log" | sed 's/serving on //')

# Twice: from size 0, then (after a change) with a consistency proof from the size they hold.
token=$("$jirga" admin create-token --data-dir "$work/record" --user saif --label interop 2>/dev/null | tail -1)
check() {
  for _ in $(seq 1 60); do
    curl -s "${url}api/v1/ledger/checkpoint" >"$work/checkpoint.txt"
    size=$(sed -n 2p "$work/checkpoint.txt")
    if [ "$size" -ge "$1" ] && [ "$(grep -c '^— ' "$work/checkpoint.txt")" = 3 ]; then return 0; fi
    sleep 0.5
  done
  echo "interop-witness: no checkpoint of size ≥ $1 cosigned by both witnesses:" >&2
  cat "$work/checkpoint.txt" "$work/aics.log" "$work/record.log" >&2
  return 1
}
check 1
first=$(sed -n 2p "$work/checkpoint.txt")
curl -s -XPOST -H "Authorization: Bearer $token" "${url}api/v1/commands" -d '{"type":"add_note","record":"ini-1","text":"Witnessed by two implementations."}' >/dev/null
check $((first + 1))
grep -q "cosigned $origin: size $first -> " "$work/aics.log" || { cat "$work/aics.log" >&2; echo "interop-witness: aics-witness did not take jirga's consistency proof" >&2; exit 1; }

# Both ways: jirga's offline check, and aics-tlog's.
"$jirga" audit verify-checkpoint "$work/checkpoint.txt" --log-key "$log_key" --witness-key "$aics_vkey" --witness-key "$ours_vkey" --quorum 2
"$venv/bin/python" - "$work/checkpoint.txt" "$log_key" "$aics_vkey" "$ours_vkey" <<'PY'
import sys
from aics_tlog.note import parse_note, parse_vkey
from aics_tlog.checkpoint import verify_checkpoint
note = parse_note(open(sys.argv[1]).read())
res = verify_checkpoint(note, parse_vkey(sys.argv[2]), [parse_vkey(sys.argv[3]), parse_vkey(sys.argv[4])], 2)
if not res.ok:
    sys.exit(f"aics-tlog refuses the checkpoint: {res.error}")
print(f"aics-tlog verify_checkpoint: OK at size {res.size}, cosigned by both witnesses")
PY
echo "witness interop: aics-witness $AICS_WITNESS cosigns jirga's checkpoints and proofs; aics-tlog $AICS_TLOG verifies jirga's witness"
