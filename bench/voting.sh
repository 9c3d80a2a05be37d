#!/usr/bin/env bash
# Live audience voting benchmark, on SQLite: 3,000 checked-in attendees each cast one vote,
# spread evenly over 10 s, while 500 big-screen viewers follow the category's live stream.
# Prints accepted votes/s, acknowledgement latency, vote-to-screen latency (from sending a vote
# until a viewer receives a tally that includes it: target p99 < 250 ms), and lost and
# double-counted votes (acknowledged votes against the final tally read from the database:
# both must be 0).
#   bench/voting.sh [voters, default 3000] [viewers, default 500] [seconds, default 10]
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
VOTERS="${1:-3000}"
VIEWERS="${2:-500}"
SECONDS_WINDOW="${3:-10}"

step "Building the release server and the load generator"
cargo build --quiet --release -p waterlinks --bin waterlinks --example vote_load
BIN="$(target_dir)/release/waterlinks"
LOAD="$(target_dir)/release/examples/vote_load"

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export WATERLINKS_DATA_DIR="$data" WATERLINKS_LISTEN_ADDR="127.0.0.1:$port" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$port" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  DATABASE_URL="" RUST_LOG=warn \
  WATERLINKS_CONNECTIONS__LIVE_STREAMS_PER_ADDRESS=$((VIEWERS + 100)) \
  WATERLINKS_CONNECTIONS__MAX_CONNECTIONS=15000
ulimit -n 20000 2>/dev/null || true
"$BIN" seed-demo >/dev/null
line="$("$BIN" seed-awards-bench --attendees "$VOTERS")"
category="$(sed -E 's/.*category=([0-9]+).*/\1/' <<<"$line")"
nominees="$(sed -E 's/.*nominees=([0-9,]+).*/\1/' <<<"$line")"
"$BIN" serve >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
echo "Voting on SQLite, $(nproc) cores: $VOTERS voters in $SECONDS_WINDOW s, $VIEWERS viewers"
"$LOAD" "http://127.0.0.1:$port" "$category" "$nominees" "$VOTERS" "$VIEWERS" "$SECONDS_WINDOW"
