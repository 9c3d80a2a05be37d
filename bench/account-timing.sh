#!/usr/bin/env bash
# Sign-up and password-reset timing, known against unknown addresses: both answer the same, and
# should take the same time, so a stopwatch cannot tell who has an account. Starts the server
# on a temporary SQLite database, times N requests of each kind (alternating, so drift in the
# machine's load touches both alike; each after a pause, so the work a request leaves behind
# it, the password hash and the message, does not slow the next) and prints the medians and
# their ratio (near 1.0 is right).
#   bench/account-timing.sh [N, default 40] [pause seconds, default 0.5]
#   E2E_SERVER_BIN=/path/to/waterlinks bench/account-timing.sh   (skips the release build)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
N="${1:-40}"
PAUSE="${2:-0.5}"

BIN="${E2E_SERVER_BIN:-}"
if [ -z "$BIN" ]; then
  ensure_build_tools
  build_release >"${TMPDIR:-/tmp}/waterlinks-bench-build.log" 2>&1 ||
    { echo "The release build failed; see ${TMPDIR:-/tmp}/waterlinks-bench-build.log"; exit 1; }
  BIN="$(target_dir)/release/waterlinks"
fi

DATA="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# Room for every request from this one address; the per-email limits are not reached (each
# address is asked for once per kind).
export WATERLINKS_DATA_DIR="$DATA" WATERLINKS_LISTEN_ADDR="127.0.0.1:$PORT" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  WATERLINKS_ATTEMPTS_PER_MINUTE=100000 WATERLINKS_ATTEMPTS_PER_HOUR=1000000 \
  DATABASE_URL="" RUST_LOG=warn
"$BIN" serve >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log"; exit 1; }; sleep 0.1; done

python3 - "http://127.0.0.1:$PORT" "$N" "$PAUSE" <<'PY'
import random, statistics, sys, time, urllib.parse, urllib.request

base, n, pause = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
PASSWORD = "a long enough passphrase"

def post(path, form):
    time.sleep(pause)
    data = urllib.parse.urlencode(form).encode()
    req = urllib.request.Request(base + path, data=data, headers={"Origin": base})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req) as res:
            status, body, cookie = res.status, res.read(), res.headers.get("Set-Cookie")
    except urllib.error.HTTPError as e:
        status, body, cookie = e.code, e.read(), None
    took = time.perf_counter() - start
    if status != 200 or (cookie and cookie.startswith("wl_session=") and "Max-Age=0" not in cookie):
        sys.exit(f"{path} {form.get('email')}: {status} {body[:200]!r} cookie={cookie!r}")
    return took

sign_up = lambda email: post("/api/accounts/sign_up", {"name": "Timing", "email": email, "password": PASSWORD})
reset = lambda email: post("/api/accounts/request_reset", {"email": email})

stamp = int(time.time())
known = [f"known{i}.{stamp}@bench.example" for i in range(n)]
for email in known:
    sign_up(email)
time.sleep(2)
# Warm up both paths (the first hashes and connections cost more).
sign_up(f"warm.{stamp}@bench.example"); sign_up(known[0])

timings = {"sign-up known": [], "sign-up unknown": [], "reset known": [], "reset unknown": []}
for i in range(n):
    # Each round in a random order: what one request leaves running must not favour one kind.
    round_ = [
        ("sign-up known", lambda: sign_up(known[i])),
        ("sign-up unknown", lambda: sign_up(f"new{i}.{stamp}@bench.example")),
        ("reset known", lambda: reset(known[i])),
        ("reset unknown", lambda: reset(f"nobody{i}.{stamp}@bench.example")),
    ]
    random.shuffle(round_)
    for name, request in round_:
        timings[name].append(request())

print(f"Account timing: {n} requests of each kind, SQLite, {base}")
print(f"{'request':<18} {'median ms':>10} {'p90 ms':>8}")
for name, values in timings.items():
    ms = sorted(v * 1000 for v in values)
    print(f"{name:<18} {statistics.median(ms):>10.1f} {ms[int(len(ms) * 0.9) - 1]:>8.1f}")
for kind in ("sign-up", "reset"):
    k = statistics.median(timings[f"{kind} known"])
    u = statistics.median(timings[f"{kind} unknown"])
    print(f"{kind}: known/unknown median ratio {k / u:.2f}")
PY
