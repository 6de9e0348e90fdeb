#!/usr/bin/env bash
# Builds the benchmark jar, runs EngineBenchmark on SQLite and MariaDB, and prints the
# engine/baseline ratios.
#
#   benchmarks/run-benchmarks.sh [extra JMH options, e.g. -p database=sqlite or -prof gc]
#
# Without ATHANOR_MYSQL_URL it starts a private MariaDB with scripts/mariadb.sh and stops it at
# the end. On a small VM, a client and a server on different vCPUs pay a cross-CPU wake-up on every
# round trip, and the scheduler moves them between runs, which makes MariaDB results bimodal; so
# the private server and the benchmark JVM are pinned to one CPU (BENCH_CPU, default the last one;
# BENCH_CPU=none turns pinning off).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
RESULT=${BENCH_RESULT:-benchmarks/target/engine-benchmark.json}
JMH_OPTIONS=(-f 1 -wi 5 -w 2s -i 5 -r 2s)

mvn -q -B install -DskipTests -pl benchmarks -am

server_dir=""
stop_server() {
  if [[ -n "$server_dir" ]]; then
    scripts/mariadb.sh stop "$server_dir" || true
    rm -rf "$server_dir"
  fi
}
trap stop_server EXIT

cpu=${BENCH_CPU:-$(( $(nproc) - 1 ))}
pin=()
if [[ -z "${ATHANOR_MYSQL_URL:-}" ]]; then
  server_dir=$(mktemp -d "${TMPDIR:-/tmp}/athanor-bench-mdb.XXXXXX")
  ATHANOR_MYSQL_URL=$(scripts/mariadb.sh start "$server_dir" | tail -n 1)
  export ATHANOR_MYSQL_URL
  if [[ "$cpu" != none ]] && command -v taskset >/dev/null; then
    taskset -a -p -c "$cpu" "$(cat "$server_dir/mariadbd.pid")" >/dev/null
    pin=(taskset -c "$cpu")
    echo "run-benchmarks.sh: MariaDB and the benchmark JVM pinned to CPU $cpu" >&2
  fi
fi

mkdir -p "$(dirname "$RESULT")"
"${pin[@]}" java -jar benchmarks/target/benchmarks.jar EngineBenchmark "${JMH_OPTIONS[@]}" \
  -rf json -rff "$RESULT" "$@"
echo
java -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.Ratios "$RESULT"
