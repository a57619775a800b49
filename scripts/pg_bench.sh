#!/usr/bin/env bash
# Load through two `oncoguide serve` processes on one PostgreSQL (issue 14), with wrk on
# loopback, everything on this machine.
#
#   scripts/pg_bench.sh [BIN] [SECONDS]          figures (default 10 s per run):
#     A) two servers on one PostgreSQL (throwaway cluster, fsync on), one wrk per server at the
#        same time: POST /api/v1/ask, then POST /api/v1/records of a 500-row CSV;
#     B) the same load on one server with SQLite (synchronous=FULL).
#   scripts/pg_bench.sh --check [BIN] [SECONDS]  the bounded load test CI runs (default 60 s):
#     A only, asks and uploads at the same time for SECONDS, and it FAILS on any error.
#
# Each run prints requests/s, p50/p99 and non-2xx/socket errors per wrk. After the uploads it
# checks that the database holds every acknowledged (201) upload exactly once, and no more rows
# than uploads in flight when wrk stopped (wrk drops those answers; the server may have committed
# them). Any error, lost or duplicated upload fails the script (exit 1).
# Environment: CONNS_ASK (per server, default 32), CONNS_UP (per server, default 4),
# UP_THREADS (upload users per server, default 2), ONLY_SQLITE=1 (B only).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
if [[ "${1:-}" == --check ]]; then check=1; shift; fi
bin=$(realpath "${1:-build/oncoguide}")
secs=${2:-$([[ $check == 1 ]] && echo 60 || echo 10)}
conns_ask=${CONNS_ASK:-32}
conns_up=${CONNS_UP:-4}
up_threads=${UP_THREADS:-2}
tmp=$(mktemp -d)
chmod 755 "$tmp"
pids=()
failed=0
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  bash scripts/pg-cluster.sh stop "$tmp/pg" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "  FAIL: $*"; failed=1; }

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

launch_server() {  # name, extra args...; starts it in the background
  local name=$1; shift
  # The per-account quota (1,000 records) would refuse uploads after a few seconds: the load
  # test's few accounts (registration allows 10 per address an hour) upload hundreds a second.
  "$bin" serve --listen 127.0.0.1:0 --data "$tmp/data" --threads 64 --quota-records 1000000 \
    --quota-mb 1000000 "$@" >"$tmp/$name.out" \
    2>"$tmp/$name.err" &
  pids+=($!)
}
server_url() {  # name; waits until it listens (it builds its search index first); prints the URL
  for _ in $(seq 600); do grep -q http "$tmp/$1.out" 2>/dev/null && break; sleep 0.1; done
  grep -o 'http://[0-9.:]*' "$tmp/$1.out" | head -1 || { cat "$tmp/$1.err" >&2; exit 1; }
}

login() {  # url email; prints "cookie|csrf"
  local pw='bench password long enough' body cookie csrf
  curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"$pw\"}" "$1/api/v1/accounts"
  body=$(curl -s -D "$tmp/headers" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"$pw\"}" "$1/api/v1/session")
  csrf=$(echo "$body" | grep -o '"csrf_token":"[^"]*"' | cut -d'"' -f4)
  cookie=$(grep -i '^set-cookie:' "$tmp/headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
  [[ -n "$cookie" && -n "$csrf" ]] || { echo "pg_bench: cannot log in $2 at $1" >&2; exit 1; }
  echo "$cookie|$csrf"
}

# Prints the figures of one wrk output and fails on any error it reports.
summary() {
  grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|requests in" "$1" | sed 's/^/    /'
  if grep -qE "Non-2xx|Socket errors" "$1"; then fail "errors in $(basename "$1")"; fi
}

wrks=()
wait_wrk() { for w in "${wrks[@]}"; do wait "$w"; done; wrks=(); }

start_ask() {  # urls...
  local i=0
  for u in "$@"; do
    wrk -t1 -c"$conns_ask" -d"${secs}s" --timeout 30s --latency -s bench/server/ask.lua \
      "$u/api/v1/ask" >"$tmp/ask.$i" & wrks+=($!); i=$((i + 1))
  done
}

start_upload() {  # urls...; up_threads users per server
  local i=0 users
  for u in "$@"; do
    users=""
    for t in $(seq 1 "$up_threads"); do users+="$(login "$u" "bench$i-$t@example.org") "; done
    OG_USERS="$users" OG_FILE="$tmp/record.csv" OG_IDS="$tmp/ids.$i" \
      wrk -t"$up_threads" -c"$conns_up" -d"${secs}s" --timeout 60s --latency \
      -s bench/server/upload_ids.lua "$u/api/v1/records" >"$tmp/up.$i" & wrks+=($!)
    i=$((i + 1))
  done
}

report() {  # kind count
  for j in $(seq 0 $(($2 - 1))); do echo "  $1 via server $j:"; summary "$tmp/$1.$j"; done
}

# Every acknowledged upload is in the database exactly once; at most the in-flight ones more.
check_uploads() {  # count-of-ids-query ($1: a command printing one stored id per line)
  sort "$tmp"/ids.* >"$tmp/acked"
  "$@" | sort >"$tmp/stored"
  local acked stored missing dup extra in_flight
  acked=$(wc -l <"$tmp/acked")
  stored=$(wc -l <"$tmp/stored")
  missing=$(comm -23 "$tmp/acked" <(sort -u "$tmp/stored") | wc -l)
  dup=$(uniq -d "$tmp/stored" | wc -l)
  extra=$((stored - acked + missing))
  in_flight=$((conns_up * $(ls "$tmp"/ids.* | wc -l)))
  echo "  uploads acknowledged: $acked; rows stored: $stored; acknowledged but missing: $missing;" \
    "duplicated: $dup; stored beyond the acknowledged: $extra (at most $in_flight in flight)"
  [[ $acked -gt 0 ]] || fail "no upload was acknowledged"
  [[ $missing -eq 0 ]] || fail "$missing acknowledged uploads are not in the database"
  [[ $dup -eq 0 ]] || fail "$dup uploads are stored twice"
  [[ $extra -le $in_flight ]] || fail "$extra rows that were never acknowledged"
}

echo "== machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
if [[ "${ONLY_SQLITE:-0}" != 1 ]]; then
  url=$(ONCOGUIDE_PG_FSYNC=on bash scripts/pg-cluster.sh start "$tmp/pg")
  [[ -n "$url" ]] || { echo "pg_bench: no PostgreSQL cluster" >&2; exit 1; }
  # The first server creates master.key; the second shares it, so it starts once the key is
  # there, and both build their search index at the same time.
  launch_server a --db "$url"
  for _ in $(seq 300); do [[ $(cat "$tmp/data/master.key" 2>/dev/null | wc -c) -ge 64 ]] && break; sleep 0.1; done
  launch_server b --db "$url"
  a=$(server_url a)
  b=$(server_url b)
  echo "  (cluster and two servers ready after ${SECONDS}s)"
  if [[ $check == 1 ]]; then
    echo "== two servers on PostgreSQL (fsync on): asks and uploads at the same time for ${secs}s"
    start_ask "$a" "$b"
    start_upload "$a" "$b"
    wait_wrk
    report ask 2
  else
    echo "== A: two servers on PostgreSQL (fsync on), ${secs}s per run"
    start_ask "$a" "$b"
    wait_wrk
    report ask 2
    start_upload "$a" "$b"
    wait_wrk
  fi
  report up 2
  check_uploads psql -At "$url" -c "SELECT id FROM records"
  for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
  pids=()
fi

if [[ $check == 0 ]]; then
  echo "== B: one server on SQLite (synchronous=FULL), ${secs}s per run"
  rm -rf "$tmp/data" "$tmp"/ids.*
  launch_server s
  s=$(server_url s)
  conns_ask=$((conns_ask * 2)) start_ask "$s"
  wait_wrk
  report ask 1
  conns_up=$((conns_up * 2)) up_threads=$((up_threads * 2)) start_upload "$s"
  wait_wrk
  report up 1
  kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
  conns_up=$((conns_up * 2)) check_uploads sqlite3 "$tmp/data/oncoguide.db" "SELECT id FROM records"
fi
[[ $failed == 0 ]] || { echo "pg_bench: FAILED"; exit 1; }
echo "pg_bench: no errors; every acknowledged upload stored exactly once"
