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

cargo test --workspace --locked "$@"
