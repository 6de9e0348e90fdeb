package dev.athanor.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Heap retained by 100,000 orders managed in one EntityManager against the same rows read with
 * JDBC into plain objects of the same class, on a SQLite file; run under the agent, after the JMH
 * benchmarks, by {@code run-benchmarks.sh}:
 *
 * <pre>java -javaagent:orm-agent/target/orm-agent.jar -cp benchmarks/target/benchmarks.jar dev.athanor.benchmarks.HeapPerEntity</pre>
 *
 * Each side is measured as used heap after full collections, before and after the load, with the
 * loaded list (and, for Athanor, the open EntityManager) still referenced. Both sides hold the same
 * graph: the orders and, as their foreign keys, one {@link Customer} per customer holding its id
 * (Athanor's unloaded references; the baseline's id-only objects). Athanor's figure adds what
 * managing costs: the identity map, one entry per instance, the trackers, the snapshots. The target
 * is managed / plain at most {@value #TARGET}.
 */
public final class HeapPerEntity {

    static final double TARGET = 1.2;
    private static final int WARM_UP_ORDERS = 1_000;

    private HeapPerEntity() {
    }

    public static void main(String[] args) throws SQLException {
        EnhancementCheck.requireEnhanced(Customer.class, CustomerOrder.class);
        BenchmarkDatabase db = BenchmarkDatabase.create("sqlite");
        try {
            new PersistenceSchema(db).createShop();
            long managed = managedBytes(db);
            long plain = plainBytes(db);
            System.out.print(report(managed, plain));
        } finally {
            db.remove();
        }
    }

    /** Heap retained by the orders loaded into one open EntityManager. */
    private static long managedBytes(BenchmarkDatabase db) {
        try (EntityManagerFactory emf = Persistence.createEntityManagerFactory(EnhancedBenchmark.unit(db))) {
            // the same path once on a few rows: classes, statement caches and pool are then in place
            try (EntityManager em = emf.createEntityManager()) {
                EnhancedBenchmark.orders(em, EnhancedBenchmark.SELECT_FIRST, WARM_UP_ORDERS);
            }
            long before = usedHeapAfterGc();
            EntityManager em = emf.createEntityManager();
            List<CustomerOrder> orders = EnhancedBenchmark.orders(em, EnhancedBenchmark.SELECT_ALL);
            long after = usedHeapAfterGc();
            check(orders);
            Reference.reachabilityFence(orders);
            Reference.reachabilityFence(em);
            em.close();
            return after - before;
        }
    }

    /** Heap retained by the same rows mapped by hand into plain objects. */
    private static long plainBytes(BenchmarkDatabase db) throws SQLException {
        try (HikariDataSource pool = db.newBaselinePool("heap-baseline");
             Connection connection = pool.getConnection()) {
            EnhancedBenchmark.selectOrders(connection, EnhancedBenchmark.SELECT_FIRST, WARM_UP_ORDERS);
            long before = usedHeapAfterGc();
            List<CustomerOrder> orders = EnhancedBenchmark.selectOrders(connection, EnhancedBenchmark.SELECT_ALL);
            long after = usedHeapAfterGc();
            check(orders);
            Reference.reachabilityFence(orders);
            return after - before;
        }
    }

    private static void check(List<CustomerOrder> orders) {
        if (orders.size() != PersistenceSchema.SHOP_ORDERS) {
            throw new IllegalStateException("loaded " + orders.size() + " orders, expected "
                    + PersistenceSchema.SHOP_ORDERS);
        }
    }

    /** Used heap once repeated full collections have stopped freeing anything (at most 10). */
    static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    static String report(long managed, long plain) {
        int n = PersistenceSchema.SHOP_ORDERS;
        double perManaged = (double) managed / n;
        double perPlain = (double) plain / n;
        double ratio = perManaged / perPlain;
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "HeapPerEntity: %,d orders of %,d customers on SQLite, retained heap"
                + " (used heap after full GCs, after - before the load)%n", n, PersistenceSchema.SHOP_CUSTOMERS));
        out.append(String.format(Locale.ROOT, "  JVM %s, collectors %s, max heap %,d MB%n", Runtime.version(), gcs,
                Runtime.getRuntime().maxMemory() >> 20));
        int objects = n + PersistenceSchema.SHOP_CUSTOMERS;
        out.append(String.format(Locale.ROOT, "  Athanor, managed in one EntityManager: %,12d bytes, %8.1f per order,"
                + " %8.1f per managed entity (orders and customers)%n", managed, perManaged, (double) managed / objects));
        out.append(String.format(Locale.ROOT, "  JDBC, plain objects:                    %,12d bytes, %8.1f per order,"
                + " %8.1f per plain object (orders and customers)%n", plain, perPlain, (double) plain / objects));
        out.append(String.format(Locale.ROOT, "  ratio managed / plain: %.3f (target <= %.1f)%s%n", ratio, TARGET,
                ratio > TARGET ? "  > target " + TARGET : ""));
        out.append("  Both include the result list, the orders and one id-only Customer per customer; Athanor's adds"
                + " its persistence context.\n");
        return out.toString();
    }
}
