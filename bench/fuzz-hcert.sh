#!/usr/bin/env bash
# Fuzz the HCERT decoder (libFuzzer via cargo fuzz, nightly toolchain), seeded
# with the EU DCC test vectors' texts and QR images. Usage:
#   bench/fuzz-hcert.sh [decode|qr_png|qr_jpeg|holder_photo] [seconds, default 600]
# (holder_photo: the pass office's photo upload, jirga_passes::photo::normalize.)
set -euo pipefail
cd "$(dirname "$0")/../crates/hcert/fuzz"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
TARGET="${1:-decode}"
SECONDS_TO_RUN="${2:-600}"
mkdir -p "corpus/$TARGET"
python3 - "$TARGET" <<'PY'
import base64, glob, hashlib, json, os, sys
target = sys.argv[1]
for path in glob.glob("../../../../shared/vectors/hcert/**/*.json", recursive=True):
    try:
        v = json.load(open(path))
    except Exception:
        continue
    if target == "decode" and isinstance(v.get("PREFIX"), str):
        data = v["PREFIX"].encode()
    elif target == "qr_png" and isinstance(v.get("2DCODE"), str):
        data = base64.b64decode(v["2DCODE"])
    else:
        continue
    open(os.path.join("corpus", target, hashlib.sha1(data).hexdigest()), "wb").write(data)
PY
if [ "$TARGET" = qr_jpeg ]; then cp ../tests/data/photo-of-a-pass.jpg "corpus/$TARGET/"; fi
if [ "$TARGET" = holder_photo ]; then
  # The first byte chooses the container (even: JPEG, odd: PNG).
  { printf '\x00'; cat ../tests/data/photo-of-a-pass.jpg; } > "corpus/$TARGET/phone-photo.jpg"
fi
cargo +nightly fuzz run "$TARGET" "corpus/$TARGET" -- -max_total_time="$SECONDS_TO_RUN" -rss_limit_mb=2048
