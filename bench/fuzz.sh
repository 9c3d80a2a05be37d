#!/usr/bin/env bash
# Longer fuzzing than scripts/test's short stage: every fuzz target under fuzz/ (query strings,
# server-function form bodies, Markdown, file type sniffing, story pictures, PDF text) for
# FUZZ_SECONDS each (default 300), one after another, each over its checked-in seeds and the
# corpus earlier runs kept. Prints per target: runs, execs/s, coverage (cov: code edges, ft:
# features), corpus size and whether it crashed; a crashing input is kept under
# $(target_dir)/fuzz/artifacts/<target>/ (replay it: the target's binary with the file as argument).
#   bench/fuzz.sh [target …]      (default: all; FUZZ_SECONDS=60 bench/fuzz.sh markdown)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
SECONDS_EACH="${FUZZ_SECONDS:-300}"
if [ $# -gt 0 ]; then FUZZ_TARGETS=("$@"); fi

ensure_fuzz_tools
step "Building the fuzz targets"
build_fuzz_targets
step "Fuzzing ${#FUZZ_TARGETS[@]} target(s), ${SECONDS_EACH}s each"
status=0
run_fuzz_targets "$SECONDS_EACH" "${FUZZ_TARGETS[@]}" || status=$?
step "Minimising the kept corpora"
for name in "${FUZZ_TARGETS[@]}"; do minimize_fuzz_corpus "$name"; done
exit "$status"
