#!/usr/bin/env bash
# Regenerates the importer corpus specs (deterministic), renders every file including all the
# degraded scans, and scores the importer on all of them: text PDFs and the full OCR corpus
# (slow: about 2-4 s of CPU per scanned page). ctest runs only the text PDFs and one scan variant.
# Usage: scripts/import_corpus.sh [build-dir]     (after cmake --build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
corpus=tests/import/corpus
python3 tests/import/make_corpus.py "$corpus/tuned"
if ! git diff --quiet -- "$corpus/tuned"; then
  echo "import_corpus: the generated specs differ from the committed ones (generator changed?)" >&2
fi
splits=("$corpus/tuned" "$corpus/blind1" "$corpus/blind2" "$corpus/blind3" "$corpus/blind4" "$corpus/blind5" "$corpus/blind7" "$corpus/blind8" "$corpus/blind9" "$corpus/blind10" "$corpus/blind11" "$corpus/blind12" "$corpus/blind13" "$corpus/blind14" "$corpus/blind15" "$corpus/blind16" "$corpus/blind17" "$corpus/blind18" "$corpus/blind19" "$corpus/blind20" "$corpus/blind21" "$corpus/blind22" "$corpus/blind23" "$corpus/blind24" "$corpus/blind25" "$corpus/blind26")
[[ -d $corpus/blind ]] && splits+=("$corpus/blind")
out="$build/tests/import/rendered-all"
"$build/tests/import/corpus_render" --scans "$out" "${splits[@]}"
OMP_THREAD_LIMIT=1 "$build/tests/import/corpus_eval" --scans --min-scan-correct 97 "$out" "${splits[@]}"
