#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then runs
# every test of the workspace (unit, API, CLI, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium through ChromeDriver.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing chromium and chromium-driver (browser tests)…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
command -v chromedriver >/dev/null || { echo "chromedriver is still missing: cannot run the browser tests" >&2; exit 1; }

# Accessibility: axe-core from npm, injected into the pages by the browser tests.
AXE_DIR="${AXE_DIR:-/var/cache/jirga/axe}"
if [ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]; then
  echo "Installing axe-core (accessibility checks of the browser tests)…"
  command -v npm >/dev/null || { echo "npm is missing: cannot install axe-core for the browser tests" >&2; exit 1; }
  mkdir -p "$AXE_DIR" && npm install --prefix "$AXE_DIR" --no-audit --no-fund --silent axe-core@4.14.1
fi
export AXE_CORE="$AXE_DIR/node_modules/axe-core/axe.min.js"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --workspace --all-targets --locked "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The API against its OpenAPI document (schemathesis; the tests above built the binary).
scripts/api-conformance.sh 2>&1 | tee -a "$log"
conformance=${PIPESTATUS[0]}
# Witnesses against an independent implementation (aics-witness, aics-tlog from PyPI).
scripts/interop-witness.sh 2>&1 | tee -a "$log"
interop=${PIPESTATUS[0]}
set -e
# One closing line for the whole run (each test binary prints its own above).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed;?$/) p += $(i-1); if ($(i) ~ /^failed;?$/) f += $(i-1) } }
  END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
[ "$conformance" = 0 ] || echo "api conformance failed (scripts/api-conformance.sh)"
[ "$interop" = 0 ] || echo "witness interop failed (scripts/interop-witness.sh)"
[ "$status" = 0 ] || exit "$status"
[ "$conformance" = 0 ] || exit "$conformance"
exit "$interop"
