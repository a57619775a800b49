#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` server, initdb + pg_ctl in
# a temporary folder, listening on 127.0.0.1 at a free port, trust authentication, no
# superuser password. Runs the server as the `postgres` system user when started as root
# (PostgreSQL refuses to run as root).
#
#   scripts/pg-cluster.sh start DIR     # prints the connection URL on stdout (and into DIR/url)
#   scripts/pg-cluster.sh restart DIR   # stops and starts the server on the same port
#   scripts/pg-cluster.sh halt DIR      # stops the server (fast), keeping DIR (an outage)
#   scripts/pg-cluster.sh resume DIR    # starts a halted server again on the same port
#   scripts/pg-cluster.sh stop DIR      # stops it and removes DIR
#   scripts/pg-cluster.sh replica DIR PRIMARY_DIR
#                                       # a hot standby of the cluster in PRIMARY_DIR, streaming
#                                       # from it (pg_basebackup -R); prints its URL like start
# Without a PostgreSQL server installed, `start` leaves DIR without a url file and succeeds (the
# tests then skip), unless ONCOGUIDE_REQUIRE_PG=1.
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|restart|halt|resume|stop|replica DIR [PRIMARY_DIR]}
dir=${2:?usage: pg-cluster.sh start|restart|halt|resume|stop|replica DIR [PRIMARY_DIR]}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ ! -x "$bindir/initdb" ]]; then
  echo "pg-cluster: no PostgreSQL server installed (apt-get install postgresql)" >&2
  # Without a server the PostgreSQL tests skip, unless the caller requires them (CI does).
  [[ "$cmd" == start && "${ONCOGUIDE_REQUIRE_PG:-0}" != 1 ]] && { rm -rf "$dir"; mkdir -p "$dir"; exit 0; }
  [[ "$cmd" == stop ]] && { rm -rf "$dir"; exit 0; }
  exit 1
fi
# fsync off by default: a throwaway test cluster never outlives an OS crash, and CREATE DATABASE
# per test is then quick; ONCOGUIDE_PG_FSYNC=on for figures that should include fsync costs.
fsync=${ONCOGUIDE_PG_FSYNC:-off}
# As root: run as `postgres`, from / (PostgreSQL's programs fail when they cannot read their
# working directory, e.g. a checkout under /root).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
# Starts the cluster in $dir/data on a free port; prints its URL (also into $dir/url).
start_on_free_port() {
  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 30000))
    if as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
         -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=200" \
         start >/dev/null 2>&1; then
      echo "$port" >"$dir/port"
      echo "postgresql://postgres@127.0.0.1:$port/postgres" | tee "$dir/url"
      return 0
    fi
  done
  cat "$dir/server.log" >&2
  return 1
}
# A folder of our own for a new cluster (one left by a killed run is stopped and removed).
fresh_dir() {
  if [[ -d "$dir/data" ]]; then
    as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  fi
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  return 0
}
case "$cmd" in
  start)
    fresh_dir
    as_pg "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    start_on_free_port
    ;;
  replica)
    primary=${3:?usage: pg-cluster.sh replica DIR PRIMARY_DIR}
    fresh_dir
    # -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
    as_pg "$bindir/pg_basebackup" -d "$(cat "$primary/url")" -D "$dir/data" -R -X stream \
      --checkpoint=fast >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
    start_on_free_port
    ;;
  restart|resume)
    port=$(cat "$dir/port")
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=$fsync -c max_connections=200" \
      "${cmd/resume/start}" >/dev/null
    ;;
  halt)
    as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
    ;;
  stop)
    # Immediate: nothing in a throwaway cluster needs the shutdown checkpoint.
    [[ -d "$dir/data" ]] && as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: pg-cluster.sh start|restart|halt|resume|stop DIR" >&2; exit 2 ;;
esac
