#!/usr/bin/env bash
# Bytes transferred on a first visit (empty cache, 360 px phone, compressed as served) for the
# Forum's pages and the others, by type, against a release server with the demo data.
# Budgets (issue 18): event pages 100 KB, others 200 KB; `--check` exits 1 when one is over.
#   bench/pages.sh [--check]      (builds the release server unless E2E_SERVER_BIN is set)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

ensure_browser
BIN="${E2E_SERVER_BIN:-}"
if [ -z "$BIN" ]; then
  ensure_build_tools
  build_release
  BIN="$(target_dir)/release/waterlinks"
fi
[ -d end2end/node_modules/@playwright/test ] || (cd end2end && npm ci --no-audit --no-fund)

DATA="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export WATERLINKS_DATA_DIR="$DATA" WATERLINKS_LISTEN_ADDR="127.0.0.1:$PORT" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  DATABASE_URL="" RUST_LOG=warn
export BENCH_ADMIN_EMAIL="bench@waterlinks.example" BENCH_ADMIN_PASSWORD="bench admin passphrase"
"$BIN" seed-demo >/dev/null
WATERLINKS_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" "$BIN" create-admin --email "$BENCH_ADMIN_EMAIL" --name "Bench Admin" >/dev/null
"$BIN" serve >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

cd end2end && node pages-bench.mjs "http://127.0.0.1:$PORT" "$@"
