#!/usr/bin/env bash
# Builds the benchmark jar and the agent, runs EngineBenchmark, PersistenceBenchmark,
# EnhancedBenchmark and QueryBenchmark on SQLite and MariaDB, prints the contender/baseline ratios
# of each, then runs HeapPerEntity (SQLite only). Every JVM runs under -javaagent:orm-agent/target/orm-agent.jar, as
# users run Athanor; the JPA benchmarks refuse to start without it.
#
#   benchmarks/run-benchmarks.sh [extra JMH options, e.g. -p database=sqlite or -prof gc]
#   BENCHMARKS=PersistenceBenchmark benchmarks/run-benchmarks.sh    # one of them only
#   BENCHMARKS=HeapPerEntity benchmarks/run-benchmarks.sh           # the heap measurement only
#   PAIRS=3 BENCHMARKS=QueryBenchmark benchmarks/run-benchmarks.sh -p database=mariadb
#
# PAIRS=n runs, instead, each operation that has a target in n rounds of single forks back to back: per
# round its baseline, then each contender. Ratios --rounds compares each contender with the baseline of
# its round and holds the median over the rounds to the target. On a shared machine whose speed drifts
# between runs by more than the gaps measured, a fork compared with the one just before it is the
# steadier figure; it takes 2 to 3 times longer than the plain run.
#
# Without ATHANOR_MYSQL_URL it starts a private MariaDB with scripts/mariadb.sh and stops it at
# the end. On a small VM, a client and a server on different vCPUs pay a cross-CPU wake-up on every
# round trip, and the scheduler moves them between runs, which makes MariaDB results bimodal; so
# the private server and the benchmark JVM are pinned to one CPU (BENCH_CPU, default the last one;
# BENCH_CPU=none turns pinning off).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$ROOT"
BENCHMARKS=${BENCHMARKS:-EngineBenchmark PersistenceBenchmark EnhancedBenchmark QueryBenchmark HeapPerEntity}
RESULT_DIR=${BENCH_RESULT_DIR:-benchmarks/target}
# EngineBenchmark's settings; PersistenceBenchmark keeps those of its annotations (2 forks of 6 + 5
# one-second iterations, and single shots for the bootstrap), since its contender has far more code to warm up
ENGINE_OPTIONS=(-f 1 -wi 5 -w 2s -i 5 -r 2s)
# the issue's targets: inserts >= 0.9, find and update >= 0.85 (remove, which has none, is held to
# update's), bootstrap at most twice the baseline's time
PERSISTENCE_TARGETS=(InsertAssigned100=0.9 InsertIdentity100=0.9 FindById=0.85 Update100=0.85 Remove100=0.85
  BootstrapToFirstCommit=2)
# the agent issue's targets: >= 0.9 for the update in a large context and both graph walks; Load100k
# and AutoFlushOneDirty (times) have none against JDBC. AutoFlushOneDirty:contextSize prints the flush's
# time with 100,000 entities in the context over its time with 1,000: 1 when a flush is O(1) in the
# context, ~100 when O(n). 2 is the bound set here to tell the two apart, not the issue's: a 100x
# larger heap alone makes young collections, and so each op, somewhat dearer
ENHANCED_TARGETS=(UpdateInLargeContext=0.9 GraphWalkLazyToOne=0.9 GraphWalkJoinFetch=0.9 AutoFlushOneDirty:contextSize=2)
# the queries issue's target: JPQL and Criteria at >= 0.9 of JDBC for the three queries. ParseTranslateCached
# (average time against a call that does nothing) has no ratio to meet: its contender's time is the cost of a
# cached createQuery, to be read beside the queries' own times
QUERY_TARGETS=(ByIndexedColumn=0.9 JoinAggregate=0.9 JoinFetch=0.9)
AGENT="$ROOT/orm-agent/target/orm-agent.jar"
# Every benchmark JVM (contender and baseline alike) deflates idle monitors every 250 ms instead of every
# 60 s. SQLite's driver locks its connection object on every call; when the JIT deoptimizes a frame while
# that lock is held (it happens during warm-up, to whichever contender's code is being recompiled), the
# lock is inflated for good, and from then on every column read on that connection takes the slow
# monitor path: about a tenth of the contender's time, for the whole fork, by luck of the warm-up (see
# "Monitor inflation" in benchmarks/README.md).
JVM_FLAGS="-XX:+UnlockDiagnosticVMOptions -XX:GuaranteedAsyncDeflationInterval=250"

# orm-agent is a (provided) dependency of benchmarks, so -am builds the agent jar too
mvn -q -B install -DskipTests -pl benchmarks -am
if [[ ! -f "$AGENT" ]]; then
  echo "run-benchmarks.sh: $AGENT is missing after the build; build it with mvn -q -B package -DskipTests -pl orm-agent -am" >&2
  exit 1
fi

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
results=()
heap=false
jmh=false
for benchmark in $BENCHMARKS; do
  [[ "$benchmark" == HeapPerEntity ]] || jmh=true
done
# HeapPerEntity runs on SQLite only
if [[ "$jmh" == true && -z "${ATHANOR_MYSQL_URL:-}" ]]; then
  server_dir=$(mktemp -d "${TMPDIR:-/tmp}/athanor-bench-mdb.XXXXXX")
  ATHANOR_MYSQL_URL=$(scripts/mariadb.sh start "$server_dir" | tail -n 1)
  export ATHANOR_MYSQL_URL
  if [[ "$cpu" != none ]] && command -v taskset >/dev/null; then
    taskset -a -p -c "$cpu" "$(cat "$server_dir/mariadbd.pid")" >/dev/null
    pin=(taskset -c "$cpu")
    echo "run-benchmarks.sh: MariaDB and the benchmark JVM pinned to CPU $cpu" >&2
  fi
fi

mkdir -p "$RESULT_DIR"
if [[ -n "${PAIRS:-}" ]]; then
  rounds_dir="$RESULT_DIR/rounds"
  rm -rf "$rounds_dir"
  mkdir -p "$rounds_dir"
  all_targets=()
  for round in $(seq "$PAIRS"); do
    for benchmark in $BENCHMARKS; do
      case "$benchmark" in
        PersistenceBenchmark) targets=("${PERSISTENCE_TARGETS[@]}") ;;
        EnhancedBenchmark) targets=("${ENHANCED_TARGETS[@]}") ;;
        QueryBenchmark) targets=("${QUERY_TARGETS[@]}") ;;
        *) continue ;; # no targets against JDBC
      esac
      [[ "$round" == 1 ]] && all_targets+=("${targets[@]}")
      for target in "${targets[@]}"; do
        operation=${target%%=*}
        [[ "$operation" == *:* ]] && continue # a scaling, not a ratio to JDBC
        # the baseline (a_...) first, then the contenders, in name order
        for method in $(java -jar benchmarks/target/benchmarks.jar -l "$benchmark\.[a-z]_[A-Za-z]*$operation\$" \
            | grep "^dev\.athanor"); do
          echo "run-benchmarks.sh: round $round of $PAIRS: ${method##*.}" >&2
          "${pin[@]}" java -jar benchmarks/target/benchmarks.jar "^${method//./\\.}\$" -f 1 \
            -jvmArgsAppend "-javaagent:$AGENT $JVM_FLAGS" -rf json -rff "$rounds_dir/round-$round-${method##*.}.json" \
            "$@" > "$rounds_dir/round-$round-${method##*.}.log"
        done
      done
    done
  done
  echo
  java -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.Ratios --rounds "$rounds_dir" 0.95 \
    ${all_targets[@]+"${all_targets[@]}"}
  exit 0
fi
for benchmark in $BENCHMARKS; do
  case "$benchmark" in
    EngineBenchmark) options=("${ENGINE_OPTIONS[@]}"); targets=() ;;
    PersistenceBenchmark) options=(); targets=("${PERSISTENCE_TARGETS[@]}") ;;
    EnhancedBenchmark) options=(); targets=("${ENHANCED_TARGETS[@]}") ;;
    QueryBenchmark) options=(); targets=("${QUERY_TARGETS[@]}") ;;
    HeapPerEntity) heap=true; continue ;;
    *) echo "run-benchmarks.sh: unknown benchmark $benchmark" >&2; exit 2 ;;
  esac
  result="$RESULT_DIR/$(echo "$benchmark" | sed -E 's/([a-z])([A-Z])/\1-\2/g' | tr 'A-Z' 'a-z').json"
  "${pin[@]}" java -jar benchmarks/target/benchmarks.jar "$benchmark" ${options[@]+"${options[@]}"} \
    -jvmArgsAppend "-javaagent:$AGENT $JVM_FLAGS" -rf json -rff "$result" "$@"
  results+=("$result:${targets[*]:-}")
done
for entry in ${results[@]+"${results[@]}"}; do
  echo
  read -r -a targets <<< "${entry#*:}"
  java -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.Ratios "${entry%%:*}" 0.95 \
    ${targets[@]+"${targets[@]}"}
done
if [[ "$heap" == true ]]; then
  echo
  # not pinned: on one CPU the JVM picks the serial collector, whose used-heap figures after System.gc()
  # proved unreliable here (a negative difference once); G1's are stable to the kilobyte
  java -XX:+UseG1GC "-javaagent:$AGENT" -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.HeapPerEntity
fi
