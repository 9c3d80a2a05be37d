#!/usr/bin/env bash
# Bytes transferred on a first visit (empty cache, 360 px phone, compressed as served) for the
# Forum's pages and the others, by type, against a release server with the demo data.
# Budgets: event pages 100 KB, others 200 KB; `--check` exits 1 when one is over (scripts/test).
# Without --check it then runs bench/lighthouse.sh for each page's time to interactive.
#   bench/pages.sh [--check]      (builds the release server unless E2E_SERVER_BIN is set)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

export BENCH_ADMIN_EMAIL="bench@waterlinks.example" BENCH_ADMIN_PASSWORD="bench admin passphrase"
start_bench_server
cd "$ROOT/end2end" && BENCH_DB="$BENCH_DATA/waterlinks.db" node pages-bench.mjs "$BENCH_URL" "$@"
# Without --check, the time to interactive of each page under Lighthouse's mobile throttling too.
if [ "${1:-}" != "--check" ]; then
  bash "$ROOT/bench/lighthouse.sh"
fi
