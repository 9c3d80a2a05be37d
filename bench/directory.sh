#!/usr/bin/env bash
# Directory benchmark, 1,000+ organizations on SQLite: the server-rendered directory page
# against a bare axum handler in the same binary returning the same rows as JSON
# (/partners.json, same query string), unfiltered and filtered; with /livez (no database) and
# the CSV export for reference. The page and its baseline alternate over three rounds; prints
# requests/s, latency, each round's ratios and their median, and the server's peak memory.
#   bench/directory.sh [seconds per run, default 10]
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
DURATION="${1:-10}"

apt_install wrk
ensure_build_tools
build_release >"${TMPDIR:-/tmp}/waterlinks-bench-build.log" 2>&1 ||
  { echo "The release build failed; see ${TMPDIR:-/tmp}/waterlinks-bench-build.log"; exit 1; }
BIN="$(target_dir)/release/waterlinks"

DATA="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export WATERLINKS_DATA_DIR="$DATA" WATERLINKS_LISTEN_ADDR="127.0.0.1:$PORT" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  DATABASE_URL="" RUST_LOG=warn
"$BIN" seed-demo --organizations 1000 >/dev/null
"$BIN" serve >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

orgs="$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM organization").fetchone()[0])' "$DATA/waterlinks.db")"
echo "Directory benchmark: $orgs organizations, SQLite, $(nproc) cores, wrk -t2 -c32 -d${DURATION}s"

run() { # name path → prints a line, sets RPS
  local name="$1" path="$2" out
  wrk -t2 -c32 -d2s "http://127.0.0.1:$PORT$path" >/dev/null # warm-up
  out="$(wrk -t2 -c32 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$path")"
  RPS="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  local p50 p99 errors
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  printf '  %-34s %10s req/s   p50 %-8s p99 %-8s non-2xx %s\n' "$name" "$RPS" "$p50" "$p99" "${errors:-0}"
}

run "reference: GET /livez (no database)" "/livez"
run "GET /partners.csv (all rows)" "/partners.csv"

# This machine's throughput drifts by ±20% between runs, so the page and its baseline take
# turns, three rounds, and each ratio is the median of the rounds' ratios.
FILTER="country=Viet+Nam&kind=utility&sort=largest&page=2"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", 100 * a / b }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
unfiltered=() filtered=()
for round in 1 2 3; do
  echo "Round $round:"
  run "baseline: GET /partners.json" "/partners.json"; JSON=$RPS
  run "GET /partners (page 1 of 53)" "/partners"; PAGE=$RPS
  run "baseline: GET /partners.json?(filters)" "/partners.json?$FILTER"; JSON_FILTERED=$RPS
  run "GET /partners?(filters)" "/partners?$FILTER"; PAGE_FILTERED=$RPS
  unfiltered+=("$(ratio "$PAGE" "$JSON")")
  filtered+=("$(ratio "$PAGE_FILTERED" "$JSON_FILTERED")")
  echo "  ratios this round: unfiltered ${unfiltered[-1]}%, filtered ${filtered[-1]}%"
done
echo "The page against the bare JSON handler, median of 3 rounds (target: 50% or more):"
echo "  unfiltered  $(median "${unfiltered[@]}")%   (rounds: ${unfiltered[*]})"
echo "  filtered    $(median "${filtered[@]}")%   (rounds: ${filtered[*]})"
echo "Server peak memory (VmHWM): $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER/status)"
