package dev.athanor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of {@link QueryBenchmark} and of the update and join-fetch walk of {@link
 * EnhancedBenchmark}, measured in the thread's CPU time instead of wall-clock time: the same
 * benchmark methods, on the same state, each contender run for {@value #SLICE_MS} ms in turn, for a
 * number of rounds after {@value #WARM_UP_ROUNDS} of warm-up, in one JVM. On a shared VM whose
 * neighbours move JMH's wall-clock scores by ±25%, this is the steadier figure for SQLite, whose work
 * all happens in the calling thread; for MariaDB it leaves out the server's time. Run under the agent:
 *
 * <pre>java -javaagent:orm-agent/target/orm-agent.jar -cp benchmarks/target/benchmarks.jar \
 *     dev.athanor.benchmarks.CpuTimeRatios [sqlite|mariadb] [rounds] [name filter]</pre>
 *
 * <p>A third argument keeps only the pairs whose name contains it (e.g. {@code JoinFetch}), for a
 * shorter run or a profile of one operation.
 *
 * It prints, per round, each contender's CPU microseconds per call and its ratio to the baseline
 * (baseline time / contender time: above 1 is faster than hand-written JDBC), the same in wall-clock
 * time beside them (which adds the collector's pauses and the waits for I/O, such as a commit's),
 * then each CPU ratio's lowest, highest and median over the measured rounds.
 */
public final class CpuTimeRatios {

    static final long SLICE_MS = 250;
    static final int WARM_UP_ROUNDS = 3;

    private CpuTimeRatios() {
    }

    /** A contender and the baseline it is compared with. */
    private record Pair(String name, Callable<Object> baseline, Callable<Object> contender) {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "sqlite";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String filter = args.length > 2 ? args[2] : "";
        EnhancementCheck.requireEnhanced(QueryCustomer.class, QueryOrder.class, Customer.class, CustomerOrder.class);

        QueryBenchmark queries = new QueryBenchmark();
        QueryBenchmark.Target queryTarget = new QueryBenchmark.Target();
        queryTarget.database = database;
        EnhancedBenchmark enhanced = new EnhancedBenchmark();
        EnhancedBenchmark.Target enhancedTarget = new EnhancedBenchmark.Target();
        enhancedTarget.database = database;
        queryTarget.create();
        enhancedTarget.create();
        QueryBenchmark.JdbcPool queryJdbc = new QueryBenchmark.JdbcPool();
        QueryBenchmark.Athanor queryAthanor = new QueryBenchmark.Athanor();
        EnhancedBenchmark.JdbcPool enhancedJdbc = new EnhancedBenchmark.JdbcPool();
        EnhancedBenchmark.Athanor enhancedAthanor = new EnhancedBenchmark.Athanor();
        try {
            queryJdbc.start(queryTarget);
            queryAthanor.start(queryTarget);
            enhancedJdbc.start(enhancedTarget);
            enhancedAthanor.start(enhancedTarget);
            QueryBenchmark.Cities cities = new QueryBenchmark.Cities();
            EnhancedBenchmark.Blocks baselineBlocks = new EnhancedBenchmark.Blocks();
            EnhancedBenchmark.Blocks athanorBlocks = new EnhancedBenchmark.Blocks();
            Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes"
                    + " directly is dangerous.");
            List<Pair> pairs = List.of(
                    new Pair("ByIndexedColumn jpql", () -> queries.a_jdbcBaselineByIndexedColumn(queryJdbc, cities),
                            () -> queries.b_jpqlByIndexedColumn(queryAthanor, cities)),
                    new Pair("ByIndexedColumn criteria", () -> queries.a_jdbcBaselineByIndexedColumn(queryJdbc, cities),
                            () -> queries.c_criteriaByIndexedColumn(queryAthanor, cities)),
                    new Pair("JoinAggregate jpql", () -> queries.a_jdbcBaselineJoinAggregate(queryJdbc, cities),
                            () -> queries.b_jpqlJoinAggregate(queryAthanor, cities)),
                    new Pair("JoinAggregate criteria", () -> queries.a_jdbcBaselineJoinAggregate(queryJdbc, cities),
                            () -> queries.c_criteriaJoinAggregate(queryAthanor, cities)),
                    new Pair("JoinFetch jpql", () -> queries.a_jdbcBaselineJoinFetch(queryJdbc, cities),
                            () -> queries.b_jpqlJoinFetch(queryAthanor, cities)),
                    new Pair("JoinFetch criteria", () -> queries.a_jdbcBaselineJoinFetch(queryJdbc, cities),
                            () -> queries.c_criteriaJoinFetch(queryAthanor, cities)),
                    new Pair("UpdateInLargeContext", () -> enhanced.a_jdbcBaselineUpdateInLargeContext(enhancedJdbc,
                            baselineBlocks), () -> enhanced.b_athanorUpdateInLargeContext(enhancedAthanor, athanorBlocks)),
                    new Pair("GraphWalkJoinFetch", () -> enhanced.a_jdbcBaselineGraphWalkJoinFetch(enhancedJdbc,
                            baselineBlocks, bh), () -> enhanced.b_athanorGraphWalkJoinFetch(enhancedAthanor,
                            athanorBlocks, bh)));
            List<Pair> chosen = pairs.stream().filter(pair -> pair.name().contains(filter)).toList();
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("No pair's name contains '" + filter + "'; the pairs are "
                        + pairs.stream().map(Pair::name).toList());
            }
            run(database, chosen, rounds);
        } finally {
            enhancedAthanor.stop();
            enhancedJdbc.stop();
            queryAthanor.stop();
            queryJdbc.stop();
            enhancedTarget.remove();
            queryTarget.remove();
        }
    }

    private static void run(String database, List<Pair> pairs, int rounds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] ratios = new double[pairs.size()][rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + (round + 1)).append(':');
            for (int p = 0; p < pairs.size(); p++) {
                double[] baselineTimes = microsPerCall(threads, pairs.get(p).baseline());
                double[] contenderTimes = microsPerCall(threads, pairs.get(p).contender());
                double baseline = baselineTimes[0];
                double contender = contenderTimes[0];
                line.append(String.format(Locale.ROOT, "  %s %.0f/%.0f µs %.2f (wall %.0f/%.0f µs %.2f)",
                        pairs.get(p).name(), baseline, contender, baseline / contender, baselineTimes[1],
                        contenderTimes[1], baselineTimes[1] / contenderTimes[1]));
                if (round >= 0) {
                    ratios[p][round] = baseline / contender;
                }
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "CPU-time ratios on %s (baseline time / contender time), lowest to highest of %d"
                + " rounds, and the median:%n", database, rounds);
        for (int p = 0; p < pairs.size(); p++) {
            List<Double> sorted = new ArrayList<>();
            for (double ratio : ratios[p]) {
                sorted.add(ratio);
            }
            sorted.sort(null);
            System.out.printf(Locale.ROOT, "  %-26s %.2f – %.2f, median %.2f%n", pairs.get(p).name(), sorted.get(0),
                    sorted.get(sorted.size() - 1), sorted.get(sorted.size() / 2));
        }
    }

    /**
     * Calls {@code op} for {@value #SLICE_MS} ms of this thread's CPU time; its CPU microseconds per call,
     * then its wall-clock microseconds per call (which count the collector's pauses and waits for I/O).
     */
    private static double[] microsPerCall(ThreadMXBean threads, Callable<Object> op) throws Exception {
        long wallStart = System.nanoTime();
        long start = threads.getCurrentThreadCpuTime();
        long end = start + SLICE_MS * 1_000_000L;
        int calls = 0;
        long now;
        do {
            op.call();
            calls++;
            now = threads.getCurrentThreadCpuTime();
        } while (now < end);
        return new double[] {(now - start) / 1e3 / calls, (System.nanoTime() - wallStart) / 1e3 / calls};
    }
}
