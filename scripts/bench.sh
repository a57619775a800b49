#!/usr/bin/env bash
# Builds oncoguide in Release (build-bench/) and runs the cohort benchmark.
# Extra arguments go to cohort_bench, e.g.: scripts/bench.sh --rows 500000,2000000
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DONCOGUIDE_BUILD_TESTS=OFF \
  -DONCOGUIDE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench --target cohort_bench
exec build-bench/bench/cohort_bench "$@"
