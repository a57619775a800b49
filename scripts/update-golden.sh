#!/usr/bin/env bash
# Rewrites the golden outputs in tests/data/golden/ from the current build (build/oncoguide, or
# the binary given as $1). Only for an intended change of output: review `git diff` before
# committing, and say in the commit message why the output changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/oncoguide}")
while IFS=$'\t' read -r name args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  eval "\"$bin\" $args" >"tests/data/golden/$name"
done <tests/data/golden/cases.tsv
