#!/usr/bin/env bash
# Start / stop a private, throw-away MariaDB server for the Athanor test suite.
#
#   scripts/mariadb.sh start DIR   creates DIR/data, starts mariadbd on 127.0.0.1:<free port>,
#                                  creates database athanor_test and user athanor, and prints
#                                  mysql://athanor:PASSWORD@127.0.0.1:PORT/athanor_test
#                                  as the LAST line of stdout (all other output goes to stderr)
#   scripts/mariadb.sh stop DIR    shuts that server down and waits until the process is gone
#
# The server reads no option files (--no-defaults), so it never clashes with a system MariaDB
# (its own datadir, socket, pid file and port; the system one may keep running on 3306).
# If mariadbd is missing it is installed with apt-get when running as root.
set -euo pipefail

PROG="mariadb.sh"
DB_NAME="athanor_test"
DB_USER="athanor"
PORT_MIN=33060
PORT_MAX=33999
READY_TIMEOUT=60     # seconds to wait for the server to answer a ping
STOP_TIMEOUT=60      # seconds to wait for the server process to exit

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}

# Locate a program on PATH or in the sbin/libexec dirs that a non-root PATH often lacks.
find_bin() {
  local name dir
  for name in "$@"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for dir in /usr/sbin /usr/local/sbin /sbin /usr/libexec /usr/local/bin /usr/bin; do
      if [[ -x "$dir/$name" ]]; then echo "$dir/$name"; return 0; fi
    done
  done
  return 1
}

apt_update_once() {
  if [[ "${ATHANOR_APT_UPDATED:-}" != 1 ]]; then
    log "apt-get update ..."
    apt-get update -qq >&2
    export ATHANOR_APT_UPDATED=1
  fi
}

ensure_mariadb_installed() {
  if find_bin mariadbd mysqld >/dev/null && find_bin mariadb-install-db mysql_install_db >/dev/null \
      && find_bin mariadb mysql >/dev/null && find_bin mariadb-admin mysqladmin >/dev/null; then
    return 0
  fi
  if [[ "$(id -u)" -ne 0 ]]; then
    log "MariaDB server is not installed (mariadbd / mariadb-install-db not found)."
    log "Install it with:  sudo apt-get install mariadb-server"
    log "(or set ATHANOR_MYSQL_URL=mysql://user:password@host:port/db to use an existing server)"
    exit 1
  fi
  command -v apt-get >/dev/null 2>&1 \
    || die "mariadbd is missing and apt-get is not available; install MariaDB server (10.6+) manually"
  log "mariadbd not found; installing mariadb-server with apt-get (this takes a minute) ..."
  apt_update_once
  # The package's postinst may try to start the system service; that may be denied by
  # policy-rc.d or fail without an init system. Neither matters to us: we run our own server.
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        mariadb-server mariadb-client >&2; then
    log "warning: apt-get install mariadb-server reported an error (often only the system service failing to start)"
  fi
  find_bin mariadbd mysqld >/dev/null || die "mariadbd still not found after installing mariadb-server"
  find_bin mariadb-install-db mysql_install_db >/dev/null || die "mariadb-install-db not found after install"
  find_bin mariadb mysql >/dev/null || die "mariadb client not found after install (apt-get install mariadb-client)"
  find_bin mariadb-admin mysqladmin >/dev/null || die "mariadb-admin not found after install"
}

# Is something listening on 127.0.0.1:PORT (or on any address with that port)?
port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    if [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]; then return 0; fi
  fi
  # A successful connect means something is listening.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
  return 1
}

pick_port() {
  local span=$((PORT_MAX - PORT_MIN + 1)) start i port
  start=$(( (RANDOM * 32768 + RANDOM) % span ))
  for ((i = 0; i < span; i++)); do
    port=$(( PORT_MIN + (start + i) % span ))
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
  done
  return 1
}

random_password() {
  local pw=""
  while (( ${#pw} < 24 )); do
    pw+=$(head -c 512 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
  done
  echo "${pw:0:24}"
}

# A process is alive if it exists and is not a zombie (a zombie may linger in containers
# whose PID 1 does not reap orphans).
alive() {
  local pid=$1 state
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/stat" ]]; then
    state=$(sed -e 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || true
    [[ "$state" == Z ]] && return 1
  fi
  return 0
}

abs_dir() { (cd "$1" && pwd -P); }

# Unix socket paths are limited to ~107 bytes; fall back to a short private dir under /tmp.
choose_socket() {
  local dir=$1 sock="$1/mariadb.sock" sdir
  if (( ${#sock} > 100 )); then
    sdir=$(mktemp -d "${TMPDIR:-/tmp}/athanor-mdb.XXXXXX")
    sock="$sdir/mariadb.sock"
  fi
  echo "$sock"
}

tail_error_log() {
  local dir=$1
  if [[ -f "$dir/error.log" ]]; then
    log "---- last lines of $dir/error.log ----"
    tail -n 40 "$dir/error.log" >&2 || true
    log "--------------------------------------"
  fi
  if [[ -s "$dir/mariadbd.out" ]]; then
    log "---- $dir/mariadbd.out ----"
    tail -n 20 "$dir/mariadbd.out" >&2 || true
  fi
}

cmd_start() {
  local dir=$1
  ensure_mariadb_installed
  local mariadbd install_db client admin
  mariadbd=$(find_bin mariadbd mysqld)
  install_db=$(find_bin mariadb-install-db mysql_install_db)
  client=$(find_bin mariadb mysql)
  admin=$(find_bin mariadb-admin mysqladmin)

  mkdir -p "$dir"
  dir=$(abs_dir "$dir")
  chmod 700 "$dir"
  if [[ -f "$dir/mariadbd.pid" ]] && alive "$(cat "$dir/mariadbd.pid" 2>/dev/null)"; then
    die "a server is already running for $dir (pid $(cat "$dir/mariadbd.pid")); run: $0 stop $dir"
  fi
  [[ -e "$dir/data" ]] && die "$dir/data already exists; use a fresh directory"
  mkdir -p "$dir/tmp"

  local user_opt=()
  if [[ "$(id -u)" -eq 0 ]]; then user_opt=(--user=root); fi

  # Options shared by the bootstrap and the real server.
  local common=(
    --datadir="$dir/data"
    --tmpdir="$dir/tmp"
    "${user_opt[@]}"
    --skip-log-bin
    --skip-name-resolve
    --innodb-buffer-pool-size=128M
    --innodb-log-file-size=48M
    --innodb-flush-log-at-trx-commit=2
    --character-set-server=utf8mb4
    --collation-server=utf8mb4_general_ci
  )

  local t0=$SECONDS
  log "initialising data directory $dir/data ..."
  if ! "$install_db" --no-defaults "${common[@]}" \
        --auth-root-authentication-method=normal --skip-test-db \
        >"$dir/install-db.log" 2>&1; then
    log "---- $dir/install-db.log ----"
    tail -n 40 "$dir/install-db.log" >&2 || true
    die "mariadb-install-db failed"
  fi

  local sock
  sock=$(choose_socket "$dir")
  echo "$sock" >"$dir/socket.path"

  local attempt port pid="" ready=0
  for attempt in 1 2 3 4 5; do
    port=$(pick_port) || die "no free TCP port in $PORT_MIN-$PORT_MAX"
    log "starting mariadbd on 127.0.0.1:$port (socket $sock) ..."
    : >"$dir/error.log"
    # setsid: the server gets its own session, so a terminal's Ctrl-C reaches only the
    # test run, whose exit trap then shuts the server down cleanly. No fd of ours is
    # inherited, so $(scripts/mariadb.sh start ...) returns as soon as we exit.
    ( exec setsid "$mariadbd" --no-defaults "${common[@]}" \
        --bind-address=127.0.0.1 --port="$port" \
        --socket="$sock" --pid-file="$dir/mariadbd.pid" \
        --log-error="$dir/error.log" \
        --max-connections=500 \
        --skip-slave-start \
        </dev/null >"$dir/mariadbd.out" 2>&1 ) &
    pid=$!
    echo "$pid" >"$dir/mariadbd.launch.pid"

    local deadline=$((SECONDS + READY_TIMEOUT))
    while (( SECONDS < deadline )); do
      if "$admin" --no-defaults --socket="$sock" -uroot --connect-timeout=2 ping >/dev/null 2>&1; then
        ready=1; break
      fi
      alive "$pid" || break
      sleep 0.2
    done
    (( ready )) && break
    if ! alive "$pid" && grep -qiE 'address already in use|Do you already have another (server|mysqld|mariadbd) running' "$dir/error.log"; then
      log "port $port was taken meanwhile; retrying with another port"
      continue
    fi
    tail_error_log "$dir"
    if alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      die "mariadbd did not become ready within ${READY_TIMEOUT}s"
    fi
    die "mariadbd exited during startup"
  done
  (( ready )) || { tail_error_log "$dir"; die "could not start mariadbd (ports kept clashing)"; }
  echo "$port" >"$dir/port"

  local password
  password=$(random_password)
  # CONNECTION ADMIN exists since 10.5.2; fall back to SUPER on older servers.
  local conn_priv="CONNECTION ADMIN"
  if ! "$client" --no-defaults --socket="$sock" -uroot -N -e \
        "SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE='CONNECTION ADMIN' LIMIT 1" 2>/dev/null \
        | grep -q 1; then
    conn_priv="SUPER"
  fi
  local sql
  sql="
DELETE FROM mysql.global_priv WHERE User = '';
DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost';
DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost';
FLUSH PRIVILEGES;
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
GRANT PROCESS, $conn_priv ON *.* TO '$DB_USER'@'127.0.0.1';
GRANT PROCESS, $conn_priv ON *.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;
"
  if ! "$client" --no-defaults --socket="$sock" -uroot -e "$sql" >"$dir/setup.log" 2>&1; then
    cat "$dir/setup.log" >&2 || true
    tail_error_log "$dir"
    die "creating database/user failed (server left running; run: $0 stop $dir)"
  fi
  # Sanity check over TCP, exactly as the tests will connect.
  if ! "$client" --no-defaults --protocol=TCP -h 127.0.0.1 -P "$port" -u"$DB_USER" -p"$password" \
        "$DB_NAME" -N -e "SELECT 1" >/dev/null 2>"$dir/check.log"; then
    cat "$dir/check.log" >&2 || true
    die "cannot connect as $DB_USER over TCP (server left running; run: $0 stop $dir)"
  fi

  log "MariaDB $("$client" --no-defaults --socket="$sock" -uroot -N -e 'SELECT VERSION()' 2>/dev/null) ready on 127.0.0.1:$port after $((SECONDS - t0))s (pid $(cat "$dir/mariadbd.pid" 2>/dev/null || echo "$pid"))"
  echo "mysql://$DB_USER:$password@127.0.0.1:$port/$DB_NAME"
}

cmd_stop() {
  local dir=$1
  [[ -d "$dir" ]] || { log "$dir does not exist; nothing to stop"; return 0; }
  dir=$(abs_dir "$dir")
  local pid="" sock="$dir/mariadb.sock" admin
  [[ -f "$dir/socket.path" ]] && sock=$(cat "$dir/socket.path")
  if [[ -f "$dir/mariadbd.pid" ]]; then pid=$(cat "$dir/mariadbd.pid" 2>/dev/null || true); fi
  if [[ -z "$pid" && -f "$dir/mariadbd.launch.pid" ]]; then pid=$(cat "$dir/mariadbd.launch.pid" 2>/dev/null || true); fi

  if [[ -z "$pid" ]] || ! alive "$pid"; then
    log "no running server for $dir"
  else
    log "stopping mariadbd (pid $pid) ..."
    admin=$(find_bin mariadb-admin mysqladmin || true)
    if [[ -z "$admin" ]] || ! "$admin" --no-defaults --socket="$sock" -uroot --connect-timeout=5 \
          --shutdown-timeout="$STOP_TIMEOUT" shutdown >/dev/null 2>&1; then
      log "mariadb-admin shutdown failed; sending SIGTERM"
      kill -TERM "$pid" 2>/dev/null || true
    fi
    local deadline=$((SECONDS + STOP_TIMEOUT)) termed=0
    while alive "$pid"; do
      if (( SECONDS >= deadline )); then
        if (( termed )); then break; fi
        log "still running after ${STOP_TIMEOUT}s; sending SIGTERM then SIGKILL"
        kill -TERM "$pid" 2>/dev/null || true
        sleep 5
        kill -KILL "$pid" 2>/dev/null || true
        termed=1
        deadline=$((SECONDS + 10))
      fi
      sleep 0.2
    done
    if alive "$pid"; then die "mariadbd (pid $pid) is still running"; fi
    log "stopped"
  fi
  # A socket placed outside DIR (long DIR path) lives in its own mktemp dir: remove it.
  case "$sock" in
    "$dir"/*) ;;
    */athanor-mdb.*/mariadb.sock) rm -rf "$(dirname "$sock")" ;;
  esac
}

[[ $# -eq 2 ]] || usage
case "$1" in
  start) cmd_start "$2" ;;
  stop)  cmd_stop "$2" ;;
  *)     usage ;;
esac
