#!/usr/bin/env bash
# Durability of acknowledged votes: a burst of votes against the release server on SQLite, the
# server killed with SIGKILL in the middle of it, then restarted. Every vote that was
# acknowledged must be stored (its ballot and the attendee's counted vote), the ballot log's
# hash chain must hold, and recounting the log must give the tally. Exit status 1 otherwise.
#   bench/vote_durability.sh [voters, default 3000] [seconds, default 10] [kill after s, default 4]
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
VOTERS="${1:-3000}"
WINDOW="${2:-10}"
KILL_AFTER="${3:-4}"

step "Building the release server and the bench tools"
cargo build --quiet --release -p waterlinks --bin waterlinks --example vote_load --example vote_check
BIN="$(target_dir)/release/waterlinks"
LOAD="$(target_dir)/release/examples/vote_load"
CHECK="$(target_dir)/release/examples/vote_check"

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export WATERLINKS_DATA_DIR="$data" WATERLINKS_LISTEN_ADDR="127.0.0.1:$port" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$port" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  DATABASE_URL="" RUST_LOG=warn
"$BIN" seed-demo >/dev/null
line="$("$BIN" seed-awards-bench --attendees "$VOTERS")"
category="$(sed -E 's/.*category=([0-9]+).*/\1/' <<<"$line")"
nominees="$(sed -E 's/.*nominees=([0-9,]+).*/\1/' <<<"$line")"
start_server() {
  "$BIN" serve >>"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
}
start_server
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
acked="$data/acked.txt"
: >"$acked"
"$LOAD" "http://127.0.0.1:$port" "$category" "$nominees" "$VOTERS" 0 "$WINDOW" 0 "$acked" >"$data/load.txt" 2>&1 &
load=$!
sleep "$KILL_AFTER"
kill -9 "$server"
echo "Killed the server (SIGKILL) after ${KILL_AFTER} s with $(wc -l <"$acked") votes acknowledged."
wait "$load" || true
start_server
echo "Restarted. $(wc -l <"$acked") votes were acknowledged in all."
"$CHECK" "sqlite://$data/waterlinks.db?mode=rw" "$category" "$acked"
