#!/usr/bin/env bash
# Load figures for issue 14 with wrk on loopback, everything on this machine:
#   A) two `oncoguide serve` processes on one PostgreSQL (throwaway cluster, fsync on), one wrk
#      per server at the same time: POST /api/v1/ask, then POST /api/v1/records of a 500-row CSV;
#   B) the same load on one server with SQLite (synchronous=FULL).
# Prints requests/s, p50/p99 and non-2xx/socket errors per wrk run, then checks that the
# database holds every acknowledged upload exactly once (row count = 201 answers).
# Usage: scripts/pg_bench.sh [BIN (default build/oncoguide)] [seconds, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/oncoguide}")
secs=${2:-10}
conns_ask=${CONNS_ASK:-32}   # per server
conns_up=${CONNS_UP:-4}      # per server
tmp=$(mktemp -d)
chmod 755 "$tmp"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  bash scripts/pg-cluster.sh stop "$tmp/pg" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# A 500-row record of one patient (the same one scripts/server_bench.sh uses).
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

start_server() {  # name, extra args...; prints the URL
  local name=$1; shift
  "$bin" serve --listen 127.0.0.1:0 --data "$tmp/data" --threads 64 "$@" >"$tmp/$name.out" \
    2>"$tmp/$name.err" &
  pids+=($!)
  for _ in $(seq 200); do grep -q http "$tmp/$name.out" 2>/dev/null && break; sleep 0.1; done
  grep -o 'http://[0-9.:]*' "$tmp/$name.out" | head -1
}

login() {  # url email; sets OG_COOKIE and OG_CSRF
  local pw='bench password long enough'
  curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"$pw\"}" "$1/api/v1/accounts"
  local body
  body=$(curl -s -D "$tmp/headers" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"$pw\"}" "$1/api/v1/session")
  OG_CSRF=$(echo "$body" | grep -o '"csrf_token":"[^"]*"' | cut -d'"' -f4)
  OG_COOKIE=$(grep -i '^set-cookie:' "$tmp/headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
  export OG_CSRF OG_COOKIE
}

summary() { grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|requests in" "$1" | sed 's/^/    /'; }

run_ask() {  # urls...
  local i=0
  for u in "$@"; do
    wrk -t1 -c"$conns_ask" -d"${secs}s" --latency -s bench/server/ask.lua "$u/api/v1/ask" \
      >"$tmp/ask.$i" & wrks+=($!); i=$((i + 1))
  done
  wait_wrk
  for j in $(seq 0 $((i - 1))); do echo "  ask via server $j:"; summary "$tmp/ask.$j"; done
}

run_upload() {  # urls... (one user per server)
  local i=0
  for u in "$@"; do
    login "$u" "bench$i@example.org"
    OG_FILE="$tmp/record.csv" wrk -t1 -c"$conns_up" -d"${secs}s" --latency \
      -s bench/server/upload.lua "$u/api/v1/records" >"$tmp/up.$i" & wrks+=($!); i=$((i + 1))
  done
  wait_wrk
  for j in $(seq 0 $((i - 1))); do echo "  upload via server $j:"; summary "$tmp/up.$j"; done
}

wrks=()
wait_wrk() { for w in "${wrks[@]}"; do wait "$w"; done; wrks=(); }

if [[ "${ONLY_SQLITE:-0}" != 1 ]]; then
echo "== A: two servers on PostgreSQL (fsync on), ${secs}s per run"
url=$(ONCOGUIDE_PG_FSYNC=on bash scripts/pg-cluster.sh start "$tmp/pg")
db="${url%/postgres}/postgres"
a=$(start_server a --db "$db")
b=$(start_server b --db "$db")
run_ask "$a" "$b"
run_upload "$a" "$b"
rows=$(psql -At "$db" -c "SELECT count(*), count(DISTINCT id) FROM records")
echo "  records in PostgreSQL (rows|distinct ids): $rows; uploads wrk counted as answered:" \
  "$(cat "$tmp"/up.* | awk '/requests in/ {n += $1} END {print n}')"
for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
pids=()
fi

echo "== B: one server on SQLite (synchronous=FULL), ${secs}s per run"
rm -rf "$tmp/data"
s=$(start_server s)
conns_ask=$((conns_ask * 2)) conns_up=$((conns_up * 2)) run_ask "$s"
conns_up=$((conns_up * 2)) run_upload "$s"
cat "$tmp/s.err" | tail -5
