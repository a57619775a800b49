#!/usr/bin/env bash
# Installs what is missing, builds oncoguide, and assesses the bundled example record.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc 2>/dev/null || echo 2)"
./build/oncoguide assess examples/patient.csv
