#!/usr/bin/env bash
# Runs the whole Athanor test suite: `mvn -B verify` over every module, SQLite and MariaDB.
#
#   ./test.sh [extra mvn args...]        e.g. ./test.sh -pl orm-core -Dtest=LayeringTest
#
# MariaDB: if ATHANOR_MYSQL_URL (mysql://user:password@host:port/db) is set it is used as is;
# otherwise a private, throw-away MariaDB server is started on 127.0.0.1 with scripts/mariadb.sh
# and stopped (and its files removed) when this script exits, also on failure or Ctrl-C.
# ATHANOR_REQUIRE_MYSQL=1 is exported, so MariaDB tests fail instead of skipping when the
# server cannot be reached.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf 'test.sh: %s\n' "$*" >&2; }

export ATHANOR_LOG_PREFIX="test.sh"
# shellcheck source=scripts/build-tools.sh
. scripts/build-tools.sh
ensure_build_tools || exit 1

MDB_DIR=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$MDB_DIR" ]]; then
    say "stopping private MariaDB ..."
    scripts/mariadb.sh stop "$MDB_DIR" 2>/dev/null || say "warning: could not stop the MariaDB server in $MDB_DIR"
    rm -rf "$MDB_DIR"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if [[ -n "${ATHANOR_MYSQL_URL:-}" ]]; then
  say "using ATHANOR_MYSQL_URL=$(sed -E 's#(://[^:/@]*:)[^@]*@#\1***@#' <<<"$ATHANOR_MYSQL_URL")"
else
  MDB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/athanor-mariadb.XXXXXX")
  say "starting private MariaDB (data in $MDB_DIR) ..."
  t0=$SECONDS
  out=$(scripts/mariadb.sh start "$MDB_DIR")
  url=$(tail -n 1 <<<"$out")
  if [[ ! "$url" =~ ^mysql://[^:]+:[^@]+@127\.0\.0\.1:([0-9]+)/[A-Za-z0-9_]+$ ]]; then
    say "scripts/mariadb.sh start did not print a mysql:// URL (got: '$url')"
    exit 1
  fi
  say "private MariaDB listening on 127.0.0.1:${BASH_REMATCH[1]} (ready in $((SECONDS - t0))s)"
  export ATHANOR_MYSQL_URL="$url"
fi
export ATHANOR_REQUIRE_MYSQL=1

say "running: mvn -B verify $*"
set +e
mvn -B verify "$@"
rc=$?
set -e
if (( rc == 0 )); then say "all tests passed"; else say "mvn exited with code $rc"; fi
exit "$rc"
