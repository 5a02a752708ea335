#!/usr/bin/env bash
# HCERT verification, jirga-hcert vs the `dgc` crate, side by side in one run on
# the EU DCC test vectors (../shared/vectors/hcert), one core. `dgc` is used only
# here, in a crate outside the workspace.
set -euo pipefail
cd "$(dirname "$0")/hcert-vs-dgc"
cargo build --release -q
"${CARGO_TARGET_DIR:-target}/release/hcert-vs-dgc" ../../../shared/vectors/hcert "${ROUNDS:-10}"
