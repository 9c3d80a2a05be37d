#!/usr/bin/env bash
# Build times as a developer meets them, on this machine. Prints minutes and seconds for:
#   - a release build with nothing changed (the floor: cargo's checks, the site assembly);
#   - a release build after a one-page change (a text on the Forum page, then put back);
#   - with --first-run: the first `./scripts/run` of a fresh clone in a new folder, with an
#     empty target directory, until the demo site answers (tools already on the machine are
#     reused: apt and rustup cannot be undone here).
# The release build must exist or is built first (not timed). Run it on an idle machine.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"

minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
timed() {
  local start=$SECONDS
  "$@" >/dev/null 2>&1
  echo $((SECONDS - start))
}

ensure_build_tools
[ -x "$(target_dir)/release/waterlinks" ] || build_release

page=app/src/forum/pages.rs
before='Times are in {}.'
after='Times are shown in {}.'
grep -q "$before" "$page" || { echo "bench/build.sh: the Forum page's text changed; update the script"; exit 1; }
restore() { sed -i "s/$after/$before/" "$page"; }
trap restore EXIT

unchanged=$(timed build_release)
sed -i "s/$before/$after/" "$page"
one_page=$(timed build_release)
restore
back=$(timed build_release)

printf '\n==> Release build (scripts/build-site)\n'
printf '  %-44s %s\n' "nothing changed" "$(minutes "$unchanged")"
printf '  %-44s %s\n' "after a one-page change" "$(minutes "$one_page")"
printf '  %-44s %s\n' "after putting the page back" "$(minutes "$back")"

if [ "${1:-}" = "--first-run" ]; then
  clone="$(mktemp -d)/waterlinks"
  target="$(mktemp -d)"
  git clone -q "$ROOT" "$clone"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  start=$SECONDS
  (cd "$clone" && CARGO_TARGET_DIR="$target" WATERLINKS_LISTEN_ADDR="127.0.0.1:$port" ./scripts/run >"$clone/run.log" 2>&1) &
  run=$!
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do
    kill -0 "$run" 2>/dev/null || { echo "scripts/run stopped: see $clone/run.log"; exit 1; }
    sleep 2
  done
  first=$((SECONDS - start))
  pkill -P "$run" 2>/dev/null || true
  kill "$run" 2>/dev/null || true
  pkill -f "$target/release/waterlinks serve" 2>/dev/null || true
  printf '  %-44s %s\n' "first ./scripts/run, fresh clone, empty target" "$(minutes "$first")"
  rm -rf "$target" "$clone"
fi
