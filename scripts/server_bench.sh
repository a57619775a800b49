#!/usr/bin/env bash
# Measures `oncoguide serve` with wrk on loopback (server and load generator on one machine):
#   - POST /api/v1/ask: requests/s and p99 at 64 connections;
#   - GET /api/v1/topics/{id}: requests/s at 64 connections;
#   - POST /api/v1/records of a 500-row CSV (parse + check + encrypt + store, synchronous=FULL):
#     50 uploads one after another into one account (curl's time_total of each; the account
#     holds 0..49 records before each): median, p90, first and last. An upload clears the cached
#     result; the next read computes it over all records (here 50 x 500 rows), so the script
#     also times GET /api/v1/me/result after the uploads: the first read (computes and caches)
#     and the second (the cache);
#   - resident memory of the idle server after start-up.
# Usage: scripts/server_bench.sh [seconds per run, default 10]
#   ONCOGUIDE_BENCH_BIN=path/to/oncoguide measures that binary instead of a Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
bin=${ONCOGUIDE_BENCH_BIN:-}
if [[ -z "$bin" ]]; then
  cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DONCOGUIDE_BUILD_TESTS=OFF \
    -DONCOGUIDE_BUILD_BENCH=ON >/dev/null
  cmake --build build-bench --target oncoguide >/dev/null
  bin=build-bench/oncoguide
fi
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
"$bin" serve --listen 127.0.0.1:0 --data "$tmp/data" >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do grep -q http "$tmp/out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$tmp/out")
echo "server: $url (pid $pid)"
sleep 1
echo "idle RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)"

echo "== POST /api/v1/ask, 64 connections, ${secs}s"
wrk -t2 -c64 -d"${secs}s" --latency -s bench/server/ask.lua "$url/api/v1/ask" |
  grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
topic=$(curl -s "$url/api/v1/topics" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
echo "== GET /api/v1/topics/$topic, 64 connections, ${secs}s"
wrk -t2 -c64 -d"${secs}s" --latency "$url/api/v1/topics/$topic" |
  grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"

# A 500-row record of one patient.
{
  echo "date,test,value,unit"
  for i in $(seq 0 499); do
    d=$(date -d "2020-01-01 + $((i * 3)) days" +%F)
    case $((i % 5)) in
      0) echo "$d,serum_m_protein,$(awk "BEGIN {print 3.0 - $i * 0.005}"),g/dL" ;;
      1) echo "$d,kappa_flc,$(awk "BEGIN {print 300 - $i * 0.5}"),mg/L" ;;
      2) echo "$d,lambda_flc,12,mg/L" ;;
      3) echo "$d,hemoglobin,11.5,g/dL" ;;
      4) echo "$d,creatinine,1.0,mg/dL" ;;
    esac
  done
} >"$tmp/record.csv"
curl -s -o /dev/null -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"bench password long enough"}' "$url/api/v1/accounts"
login=$(curl -s -D "$tmp/headers" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"bench password long enough"}' "$url/api/v1/session")
export OG_CSRF=$(echo "$login" | grep -o '"csrf_token":"[^"]*"' | cut -d'"' -f4)
export OG_COOKIE=$(grep -i '^set-cookie:' "$tmp/headers" | sed 's/^[^:]*: //; s/;.*//')
export OG_FILE="$tmp/record.csv"
echo "== POST /api/v1/records (500-row CSV), 50 uploads in a row into one account"
for _ in $(seq 50); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $OG_COOKIE" \
    -H "X-CSRF-Token: $OG_CSRF" -H 'Content-Type: text/csv' --data-binary @"$OG_FILE" \
    "$url/api/v1/records"
done >"$tmp/uploads"
bad=$(awk '$1 != 201' "$tmp/uploads" | wc -l)
ms() { awk '{printf "%.1f\n", $2 * 1000}'; }
first=$(head -1 "$tmp/uploads" | ms)
last=$(tail -1 "$tmp/uploads" | ms)
ms <"$tmp/uploads" | sort -n >"$tmp/sorted"
echo "uploads: 50 (non-201: $bad); median $(sed -n 25p "$tmp/sorted") ms," \
  "p90 $(sed -n 45p "$tmp/sorted") ms; first $first ms, last $last ms"
for read in first cached; do
  curl -s -o /dev/null -w "GET /api/v1/me/result ($read read): %{http_code} %{time_total}\n" \
    -H "Cookie: $OG_COOKIE" "$url/api/v1/me/result"
done
echo "RSS after the uploads and reads: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)"
