# Shared by scripts/run and scripts/test: installs what the build needs, once (idempotent).
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
# Read by Leptos at compile time (the file names in the hydration script): every build sets it
# the same way, so builds do not undo each other.
export LEPTOS_OUTPUT_NAME=waterlinks
# 0.13.2 builds on stable rustc 1.95 (about a minute).
CARGO_FUZZ_VERSION=0.13.2

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  # apt-get update only when a package is actually missing.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    step "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
  fi
}

ensure_build_tools() {
  command -v cargo >/dev/null || { echo "Rust is needed: install it with rustup (https://rustup.rs)"; exit 1; }
  command -v cc >/dev/null || apt_install build-essential
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    # Only to check that the hydrate entry (frontend/) compiles: no page loads a WASM.
    step "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  # The gates in scripts/test (a minimal rustup profile has neither).
  for component in clippy rustfmt; do
    rustup component list --installed | grep -q "^$component" || rustup component add "$component"
  done
  command -v brotli >/dev/null || apt_install brotli
  # The fonts every PDF embeds (app/src/pdf): Noto Sans with Vietnamese, Noto Sans Thai, and
  # Noto Sans CJK for Chinese. The server reads them at run time; the PDF tests need them too.
  apt_install fonts-noto-core fonts-noto-cjk
  # npm packages: the browser-test runner, Lighthouse, and lightningcss for the stylesheet.
  if [ ! -x end2end/node_modules/.bin/lightningcss ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    step "Installing npm packages under end2end/"
    (cd end2end && npm ci --no-audit --no-fund)
  fi
}

# The SMTP sink the password-reset test sends mail to, and the database shells the results
# browser test uses to compute its expected figures independently of the app.
ensure_test_tools() {
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || apt_install python3-aiosmtpd
  command -v sqlite3 >/dev/null || apt_install sqlite3
  command -v psql >/dev/null || apt_install postgresql-client
  # The page benchmarks wait for their server with it.
  command -v curl >/dev/null || apt_install curl
  # Renders the PDF tests' pages to PNG (end2end/screenshots/), to look at the scripts.
  command -v pdftoppm >/dev/null || apt_install poppler-utils
}

ensure_browser() {
  command -v chromium >/dev/null || apt_install chromium
}

# Builds the release server and the size-optimised WASM, with precompressed assets.
build_release() {
  "$ROOT/scripts/build-site"
}

target_dir() {
  echo "${CARGO_TARGET_DIR:-$ROOT/target}"
}

# For the page benchmarks: the release server (built unless E2E_SERVER_BIN is set) on a free
# port with the demo data in a temporary SQLite database, and the npm packages of end2end/.
# Sets BENCH_URL; the server stops and its data goes when the calling script exits.
# BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD, when set, name a secretariat admin to create.
start_bench_server() {
  ensure_browser
  ensure_test_tools
  local bin="${E2E_SERVER_BIN:-}"
  if [ -z "$bin" ]; then
    ensure_build_tools
    build_release
    bin="$(target_dir)/release/waterlinks"
  fi
  [ -d "$ROOT/end2end/node_modules/@playwright/test" ] && [ -x "$ROOT/end2end/node_modules/.bin/lighthouse" ] \
    || (cd "$ROOT/end2end" && npm ci --no-audit --no-fund)
  BENCH_DATA="$(mktemp -d)"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  export WATERLINKS_DATA_DIR="$BENCH_DATA" WATERLINKS_LISTEN_ADDR="127.0.0.1:$port" \
    WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$port" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
    DATABASE_URL="" RUST_LOG=warn
  "$bin" seed-demo >/dev/null
  if [ -n "${BENCH_ADMIN_EMAIL:-}" ]; then
    WATERLINKS_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" "$bin" create-admin \
      --email "$BENCH_ADMIN_EMAIL" --name "Bench Admin" >/dev/null
  fi
  "$bin" serve >"$BENCH_DATA/server.log" 2>&1 &
  BENCH_SERVER=$!
  trap 'kill $BENCH_SERVER 2>/dev/null; rm -rf "$BENCH_DATA"' EXIT
  BENCH_URL="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -fs "$BENCH_URL/healthz" >/dev/null && break; sleep 0.1; done
}

# cargo-fuzz and the C++ compiler libfuzzer-sys builds libFuzzer with.
ensure_fuzz_tools() {
  command -v c++ >/dev/null || apt_install g++
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
    step "Installing cargo-fuzz $CARGO_FUZZ_VERSION (about a minute, once)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
}

# The fuzz targets under fuzz/ (one per kind of user input).
FUZZ_TARGETS=(query_strings form_bodies markdown file_sniffing story_image pdf_text)
# scripts/test's short stage runs all but pdf_text: pdf-extract 0.12.1 (the latest) overflows
# its stack on a page that is its own /Parent (fuzz/known-crashes/), and the fuzzer finds it
# within a minute or two. The server reads PDFs in a child process under limits, so that crash
# ends only the child (server/tests/api/upload_limits.rs uploads that very file); the target stays
# in bench/fuzz.sh to watch the library.
FUZZ_QUICK_TARGETS=(query_strings form_bodies markdown file_sniffing story_image)

# Beside the main target directory, so CI's next run finds it warm; it also keeps each
# target's generated corpus (the checked-in seeds stay under fuzz/corpus/) and any crash.
fuzz_dir() {
  echo "$(target_dir)/fuzz"
}

# Coverage-instrumented builds, without a sanitizer: the app has no unsafe code for
# AddressSanitizer to watch, `--sanitizer none` needs no nightly flags on stable rustc, and
# the targets run about twice as fast. No debug info: the build is large enough as it is.
# fuzz/Cargo.lock starts as a copy of the main one on every build, so the targets run the very
# versions the server does (leptos_router, serde_qs, pdf-extract…); cargo adds libFuzzer's.
build_fuzz_targets() {
  cp "$ROOT/Cargo.lock" "$ROOT/fuzz/Cargo.lock"
  LEPTOS_OUTPUT_NAME=waterlinks RUSTFLAGS="-Cdebuginfo=0" \
    cargo fuzz build --sanitizer none --codegen-units 16 --target-dir "$(fuzz_dir)"
}

# run_fuzz_target NAME SECONDS: runs one target over its seeds and its kept corpus. libFuzzer's
# log goes to $(fuzz_dir)/logs/NAME.log; fails on a crash, a hang (-timeout) or running out of
# memory, with the input kept under $(fuzz_dir)/artifacts/NAME/.
run_fuzz_target() {
  local name="$1" seconds="$2" dir
  dir="$(fuzz_dir)"
  mkdir -p "$dir/corpus/$name" "$dir/artifacts/$name" "$dir/logs"
  "$dir/x86_64-unknown-linux-gnu/release/$name" "$dir/corpus/$name" "fuzz/corpus/$name" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/$name/" >"$dir/logs/$name.log" 2>&1
}

# One line per target from its log: runs, execs/s, coverage, corpus, and the verdict.
fuzz_summary() {
  local name="$1" status="$2" seconds="$3" log
  log="$(fuzz_dir)/logs/$name.log"
  # The last value libFuzzer printed after `key: ` (its status lines, then its final stats).
  last() { awk -v key="$1" '{ for (i = 1; i < NF; i++) if ($i == key) v = $(i + 1) } END { print v }' "$log"; }
  local verdict="ok"
  if [ "$status" -ne 0 ]; then
    verdict="FAILED: $(awk '/panicked at|SIGSEGV|deadly signal|timeout after|out-of-memory/ { print; exit }' "$log")"
  fi
  printf '  %-14s %5ss %10s runs %8s exec/s  cov %6s  ft %6s  corpus %5s  %s\n' "$name" "$seconds" \
    "$(last stat::number_of_executed_units:)" "$(last stat::average_exec_per_sec:)" \
    "$(last cov:)" "$(last ft:)" "$(last corp:)" "$verdict"
}

# minimize_fuzz_corpus NAME: keeps only the inputs that add coverage (libFuzzer's merge), so
# the corpus that every run replays first stays small.
minimize_fuzz_corpus() {
  local name="$1" dir
  dir="$(fuzz_dir)"
  rm -rf "$dir/corpus/$name.min"
  mkdir -p "$dir/corpus/$name.min"
  if "$dir/x86_64-unknown-linux-gnu/release/$name" -merge=1 -timeout=20 \
    "$dir/corpus/$name.min" "$dir/corpus/$name" >"$dir/logs/$name.merge.log" 2>&1; then
    rm -rf "$dir/corpus/$name"
    mv "$dir/corpus/$name.min" "$dir/corpus/$name"
  else
    rm -rf "$dir/corpus/$name.min"
  fi
}

# run_fuzz_targets SECONDS NAME…: each target for SECONDS; prints a line per target and, for a
# failure, the end of its log. Fails when any target failed.
run_fuzz_targets() {
  local seconds="$1" failed=0 status name
  shift
  for name in "$@"; do
    status=0
    run_fuzz_target "$name" "$seconds" || status=$?
    fuzz_summary "$name" "$status" "$seconds"
    if [ "$status" -ne 0 ]; then
      failed=1
      tail -n 40 "$(fuzz_dir)/logs/$name.log"
    fi
  done
  return "$failed"
}
