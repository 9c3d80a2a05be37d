#!/usr/bin/env bash
# Runs schemathesis (PyPI) against the API's OpenAPI document on a release server with the demo
# data: every generated request must be answered without a server error (5xx), with a status,
# content type, headers and a body that the document declares (the document is generated from
# the handlers' response types, so this checks the two agree on the real answers).
# Two checks are left out, on purpose: positive_data_acceptance, because a schema-valid filter
# can still name a country or topic the network does not have, or a period that ends before it
# starts (both 400s with a message, which the document declares); and negative_data_rejection,
# because an empty parameter (`?page=`, `?year=`) is read as absent, as the dashboard's plain
# forms send it.
#   scripts/schemathesis.sh            (builds the release server unless E2E_SERVER_BIN is set)
# schemathesis is installed once into a virtualenv under $XDG_CACHE_HOME (idempotent).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

VENV="${XDG_CACHE_HOME:-$HOME/.cache}/waterlinks-schemathesis"
if [ ! -x "$VENV/bin/st" ]; then
  step "Installing schemathesis into $VENV (once)"
  command -v python3 >/dev/null || apt_install python3
  python3 -m venv "$VENV" 2>/dev/null || { apt_install python3-venv; python3 -m venv "$VENV"; }
  "$VENV/bin/pip" install --quiet "schemathesis>=4,<5"
fi

BIN="${E2E_SERVER_BIN:-}"
if [ -z "$BIN" ]; then
  ensure_build_tools
  build_release
  BIN="$(target_dir)/release/waterlinks"
fi

DATA="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export WATERLINKS_DATA_DIR="$DATA" WATERLINKS_LISTEN_ADDR="127.0.0.1:$PORT" \
  WATERLINKS_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" WATERLINKS_SITE_ROOT="$ROOT/target/site" \
  DATABASE_URL="" RUST_LOG=warn
"$BIN" seed-demo >/dev/null
"$BIN" serve >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done

step "schemathesis: no server errors, and answers as the document declares, on /api/v1"
"$VENV/bin/st" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --url "http://127.0.0.1:$PORT" --checks all \
  --exclude-checks positive_data_acceptance,negative_data_rejection \
  --max-examples 50 --no-color
