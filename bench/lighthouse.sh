#!/usr/bin/env bash
# Lighthouse (npm, pinned in end2end/package.json) on the home page in mobile mode, with
# Debian's chromium, against a release server with the demo data; prints the performance and
# accessibility scores (targets: 95 and 100) and keeps the full report beside the log.
#   bench/lighthouse.sh            (builds the release server unless E2E_SERVER_BIN is set)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

start_bench_server

REPORT="${TMPDIR:-/tmp}/waterlinks-lighthouse.json"
CHROME_PATH="$(command -v chromium)" lighthouse "$BENCH_URL/" \
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
