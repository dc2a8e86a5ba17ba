#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 at a free port (a ctest fixture).
#
#   postgres-fixture.sh start DIR   initdb a cluster, start it, create a password-authenticated role
#                                   and its database, write DIR/postgres.conf for the tests
#   postgres-fixture.sh stop DIR    stop the cluster and delete it
#
# DIR/postgres.conf is a hub.conf ([database] backend, host, port, name, user, password-file): the
# tests read it and create a database of their own per test. PostgreSQL refuses to run as root, so as
# root the server runs as the postgres user (which the postgresql package creates).
set -euo pipefail

action="${1:?usage: postgres-fixture.sh start|stop DIR}"
dir="${2:?usage: postgres-fixture.sh start|stop DIR}"
dir="$(mkdir -p "$dir" && cd "$dir" && pwd)"
conf="$dir/postgres.conf"

pg_bin() {
  local b
  for b in "${SAFELINK_PG_BINDIR:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -n "$b" ] && [ -x "$b/initdb" ]; then
      echo "$b"
      return 0
    fi
  done
  echo "postgres-fixture: no PostgreSQL server found (install the postgresql package)" >&2
  return 1
}

as_server=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "postgres-fixture: running as root, but there is no postgres user to run the server" >&2
    exit 1
  fi
  as_server=(runuser -u postgres --)
fi

# Where the cluster lives: in DIR, unless the server's user cannot reach it (a build tree below a
# folder only root may enter); then in /tmp, and DIR/cluster-path says where.
cluster_path() {
  if [ -f "$dir/cluster-path" ]; then cat "$dir/cluster-path"; else echo "$dir/cluster"; fi
}

stop_cluster() {
  local bin cluster
  bin="$(pg_bin)"
  cluster="$(cluster_path)"
  if [ -f "$cluster/postmaster.pid" ]; then
    "${as_server[@]}" "$bin/pg_ctl" -D "$cluster" -m immediate -w -t 30 stop >/dev/null || true
  fi
  rm -rf "$cluster" "$conf" "$dir/password" "$dir/superuser-password"
  if [ -f "$dir/cluster-path" ]; then
    rmdir "$(dirname "$cluster")" 2>/dev/null || true
    rm -f "$dir/cluster-path"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

random_secret() {
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

start_cluster() {
  local bin cluster started=0 port
  local t0=$SECONDS
  bin="$(pg_bin)"
  stop_cluster # whatever an interrupted run left behind
  cluster="$dir/cluster"
  if [ ${#as_server[@]} -gt 0 ] && ! "${as_server[@]}" test -x "$dir"; then
    cluster="$(mktemp -d /tmp/safelink-pg-XXXXXX)/cluster"
    echo "$cluster" >"$dir/cluster-path"
  fi
  mkdir -p "$cluster"
  chmod 0700 "$cluster"
  [ ${#as_server[@]} -eq 0 ] || chown postgres: "$cluster"
  [ ! -f "$dir/cluster-path" ] || [ ${#as_server[@]} -eq 0 ] || chown postgres: "$(dirname "$cluster")"

  (umask 077 && random_secret >"$dir/superuser-password" && random_secret >"$dir/password")
  local superpw
  superpw="$(cat "$dir/superuser-password")"
  local pwfile
  pwfile="$(dirname "$cluster")/.initdb-pw"
  (umask 077 && echo "$superpw" >"$pwfile")
  [ ${#as_server[@]} -eq 0 ] || chown postgres: "$pwfile"
  # Password authentication (scram) over TCP; no Unix socket. C.UTF-8: Unicode character classes
  # (pg_trgm takes trigrams of Chinese text) and code-point order, as SQLite compares text.
  "${as_server[@]}" "$bin/initdb" -D "$cluster" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    rm -f "$pwfile"
    exit 1
  }
  rm -f "$pwfile"
  # A test server: speed over durability.
  cat >>"$cluster/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 64MB
log_min_messages = warning
EOF
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    port_in_use "$port" && continue
    if "${as_server[@]}" "$bin/pg_ctl" -D "$cluster" -o "-p $port" -l "$cluster/server.log" -w -t 60 \
      start >/dev/null; then
      started=1
      break
    fi
    # Someone took the port between the check and the bind: try another.
    grep -q "could not bind\|could not create any TCP/IP sockets" "$cluster/server.log" 2>/dev/null || break
  done
  if [ "$started" -ne 1 ]; then
    echo "postgres-fixture: the server did not start:" >&2
    cat "$cluster/server.log" >&2 || true
    exit 1
  fi
  local password
  password="$(cat "$dir/password")"
  PGPASSWORD="$superpw" "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 <<EOF
CREATE ROLE safelink LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE safelink OWNER safelink;
EOF
  cat >"$conf.new" <<EOF
; Written by postgres-fixture.sh for the tests; removed when the fixture stops.
[database]
backend=postgresql
host=127.0.0.1
port=$port
name=safelink
user=safelink
password-file=$dir/password
EOF
  mv "$conf.new" "$conf"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($cluster), ready in $((SECONDS - t0)) s"
}

case "$action" in
start) start_cluster ;;
stop) stop_cluster && echo "PostgreSQL test server stopped" ;;
*)
  echo "usage: postgres-fixture.sh start|stop DIR" >&2
  exit 2
  ;;
esac
