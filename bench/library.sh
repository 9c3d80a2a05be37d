#!/usr/bin/env bash
# Library search benchmark: 10,000 synthetic knowledge products (titles, summaries and a few
# hundred words of "file text" each, words drawn with a long-tailed frequency as in real text:
# "water" is in nearly every product, "calibration" in about half, "zeolite" in a few), searched through the running release server with a mix
# of queries: common and rare words, prefixes, several words, facet filters, FTS syntax
# characters and the empty search (browse all, with facets). Each query is timed one request
# at a time over a kept-alive connection; prints p50/p95/p99 per kind of query and overall,
# for the search server function and for the rendered /library page. Target: p99 < 50 ms.
#   bench/library.sh [postgres://… URL of an existing, empty or earlier bench, database] [rounds, default 30]
# SQLite always runs (on a fresh temporary database); PostgreSQL too when a URL is given (the
# database is topped up to 10,000 products and kept).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
PG_URL="${1:-}"
ROUNDS="${2:-30}"
PRODUCTS=10000

BIN="${LIBRARY_BENCH_BIN:-}"
if [ -z "$BIN" ]; then
  step "Building the release server (set LIBRARY_BENCH_BIN to use a built one)"
  cargo build --quiet --release -p waterlinks --bin waterlinks
  BIN="$(target_dir)/release/waterlinks"
fi

run_backend() { # name database-url
  local name="$1" url="$2" data port server
  data="$(mktemp -d)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  export WATERLINKS_DATA_DIR="$data" WATERLINKS_LISTEN_ADDR="127.0.0.1:$port" \
    WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$port" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
    DATABASE_URL="$url" RUST_LOG=warn
  local started=$SECONDS
  "$BIN" seed-demo >/dev/null
  "$BIN" seed-library-bench --products "$PRODUCTS"
  echo "  seeded in $((SECONDS - started)) s"
  "$BIN" serve >"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  echo "Library search on $name: $PRODUCTS+ products, $(nproc) cores, $ROUNDS rounds of the query mix"
  python3 - "$port" "$ROUNDS" <<'PY'
import http.client, sys, time, urllib.parse
port, rounds = int(sys.argv[1]), int(sys.argv[2])
QUERIES = {
    "common word": [("q", "water")],
    "frequent word": [("q", "calibration")],
    "rare word": [("q", "zeolite")],
    "prefix": [("q", "leak")],
    "three words": [("q", "pressure valve burst")],
    "word + facets": [("q", "septage"), ("kind", "manual"), ("year", "2020")],
    "country facet": [("q", "tariff"), ("country", "Viet Nam")],
    "syntax chars": [("q", '"sludge" NEAR(pump* -valve) col:x & (y')],
    "no match": [("q", "quetzalcoatl")],
    "empty (browse)": [],
}
conn = http.client.HTTPConnection("127.0.0.1", port)
def timed(method, path, body=None):
    headers = {"origin": f"http://127.0.0.1:{port}"}
    if body is not None:
        headers["content-type"] = "application/x-www-form-urlencoded"
    start = time.perf_counter()
    conn.request(method, path, body=body, headers=headers)
    res = conn.getresponse()
    res.read()
    elapsed = (time.perf_counter() - start) * 1000
    if res.status != 200:
        raise SystemExit(f"{method} {path} {body}: {res.status}")
    return elapsed
def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]
for label, call in [
    ("server function POST /api/library/search", lambda q: timed("POST", "/api/library/search", urllib.parse.urlencode(q))),
    ("page GET /library?…", lambda q: timed("GET", "/library?" + urllib.parse.urlencode(q))),
]:
    for q in QUERIES.values():  # warm-up
        call(q)
    everything = []
    print(f"  {label}")
    for name, q in QUERIES.items():
        times = [call(q) for _ in range(rounds)]
        everything += times
        print(f"    {name:16} p50 {pct(times, 50):6.1f} ms   p95 {pct(times, 95):6.1f} ms   p99 {pct(times, 99):6.1f} ms")
    print(f"    {'all':16} p50 {pct(everything, 50):6.1f} ms   p95 {pct(everything, 95):6.1f} ms   p99 {pct(everything, 99):6.1f} ms   (n={len(everything)})")
PY
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}

run_backend SQLite ""
if [ -n "$PG_URL" ]; then
  run_backend PostgreSQL "$PG_URL"
fi
