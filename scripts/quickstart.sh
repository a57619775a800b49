#!/usr/bin/env bash
# Installs what is missing, builds oncoguide, and assesses the bundled example record.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc 2>/dev/null || echo 2)"
./build/oncoguide assess examples/patient.csv

# Then the web service on loopback, with its data in build/quickstart-data (Ctrl-C stops it).
echo
echo "Starting the service: open http://127.0.0.1:8080/ in your browser (Ctrl-C stops it)."
echo "Create an account there and upload examples/patient.csv to see the dashboard."
echo "Or try the API from another terminal:"
echo "  curl -s -H 'Content-Type: text/csv' --data-binary @examples/patient.csv http://127.0.0.1:8080/api/v1/assess"
echo "  curl -s -d '{\"question\": \"What is VGPR?\"}' http://127.0.0.1:8080/api/v1/ask"
exec ./build/oncoguide serve --listen 127.0.0.1:8080 --data build/quickstart-data
