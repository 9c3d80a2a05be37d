#!/usr/bin/env bash
# Matching benchmark, pure Rust, no database: 10,000 synthetic utilities and 1,000 needs.
# Times building the mentor index, ranking the mentors for one need (median and p95 over
# 200 needs, top 10) and assigning all 1,000 needs network-wide (deferred acceptance), and
# checks that no mentor is given more needs than it has free places.
#   bench/matching.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --release -p app --example matching_bench
