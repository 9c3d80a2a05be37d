#!/usr/bin/env bash
# Lighthouse (npm, pinned in end2end/package.json) on the home page in mobile mode, with
# Debian's chromium, against a release server with the demo data; prints the performance and
# accessibility scores (targets: 95 and 100) and keeps the full report beside the log.
#   bench/lighthouse.sh            (builds the release server unless E2E_SERVER_BIN is set)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

ensure_browser
BIN="${E2E_SERVER_BIN:-}"
if [ -z "$BIN" ]; then
  ensure_build_tools
  build_release
  BIN="$(target_dir)/release/waterlinks"
fi
[ -x end2end/node_modules/.bin/lighthouse ] || (cd end2end && npm ci --no-audit --no-fund)

DATA="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export WATERLINKS_DATA_DIR="$DATA" WATERLINKS_LISTEN_ADDR="127.0.0.1:$PORT" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  DATABASE_URL="" RUST_LOG=warn
"$BIN" seed-demo >/dev/null
"$BIN" serve >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

REPORT="${TMPDIR:-/tmp}/waterlinks-lighthouse.json"
CHROME_PATH="$(command -v chromium)" lighthouse "http://127.0.0.1:$PORT/" \
  --form-factor=mobile --only-categories=performance,accessibility \
  --chrome-flags="--headless --no-sandbox --disable-gpu" \
  --output=json --output-path="$REPORT" --quiet
python3 - "$REPORT" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for key in ("performance", "accessibility"):
    print(f"{r['categories'][key]['title']}: {round(r['categories'][key]['score'] * 100)}")
for audit in r["audits"].values():
    if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") in ("binary", "numeric"):
        print(f"  to improve: {audit['title']} ({audit.get('displayValue', '')})")
print(f"Full report: {sys.argv[1]}")
PY
