# Shared by scripts/run and scripts/test: installs what the build needs, once (idempotent).
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
# Read by Leptos at compile time (the file names in the hydration script): every build sets it
# the same way, so builds do not undo each other.
export LEPTOS_OUTPUT_NAME=waterlinks
# Native binaryen from crates.io; Debian's (108) breaks hydration.
WASM_OPT_VERSION=0.116.1

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

# The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_build_tools() {
  command -v cargo >/dev/null || { echo "Rust is needed: install it with rustup (https://rustup.rs)"; exit 1; }
  command -v cc >/dev/null || apt_install build-essential
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  command -v brotli >/dev/null || apt_install brotli
  local wbg
  wbg="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
    step "Installing wasm-bindgen-cli $wbg (once)"
    cargo install wasm-bindgen-cli --version "$wbg" --locked
  fi
  if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$(echo "$WASM_OPT_VERSION" | cut -d. -f2)" ]; then
    # Without DWARF support (unused: the release WASM carries no debug info): 10 % less to compile.
    step "Installing wasm-opt $WASM_OPT_VERSION (binaryen, about 7 minutes, once)"
    cargo install wasm-opt --version "$WASM_OPT_VERSION" --locked --no-default-features
  fi
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
