#!/usr/bin/env bash
# Builds oncoguide and runs the whole test suite: the normal build and its 60-s load test through
# two servers on PostgreSQL (scripts/pg_bench.sh --check), then (unless
# ONCOGUIDE_SKIP_SANITIZERS=1) the AddressSanitizer + UndefinedBehaviorSanitizer build. Both run
# the store tests on SQLite and on a throwaway PostgreSQL cluster (scripts/pg-cluster.sh).
# Usage: scripts/test.sh        (after scripts/install-deps.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
# The PostgreSQL tests start their own throwaway cluster (ctest fixture pg_cluster, run as the
# `postgres` user when we are root); here a missing cluster fails them instead of skipping.
export ONCOGUIDE_REQUIRE_PG=1

cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs"
ctest --preset default -j "$jobs"

# The bounded load test (issue 14): asks and uploads through two servers on one PostgreSQL for
# 60 s; prints requests/s, p50/p99 and errors, and fails on any error or on an acknowledged
# upload that is not stored exactly once. On the normal build only (ASan would measure itself).
bash scripts/pg_bench.sh --check build/oncoguide 60

if [[ "${ONCOGUIDE_SKIP_SANITIZERS:-0}" != "1" ]]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  ctest --preset asan -j "$jobs"
fi
