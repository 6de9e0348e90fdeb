package dev.athanor.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.core.engine.DatabaseUrl;
import dev.athanor.core.engine.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The database one benchmark trial runs against: a fresh SQLite file in a temporary directory, or
 * the MariaDB/MySQL server that {@value #MYSQL_URL_VARIABLE} names. Creates and seeds the tables,
 * empties the insert table between iterations, and removes everything at the end. Also holds
 * the pool settings and driver properties that both contenders must share.
 */
final class BenchmarkDatabase {

    static final String MYSQL_URL_VARIABLE = "ATHANOR_MYSQL_URL";
    static final String SQLITE_DIR_VARIABLE = "ATHANOR_BENCH_SQLITE_DIR";
    /** Rows in {@code bench_item}, ids 1 to this, for the selects. */
    static final int SEEDED_ROWS = 10_000;
    static final int POOL_SIZE = 5;
    static final Duration POOL_RECYCLE = Duration.ofMinutes(30);

    /** MySqlDialect's session sql_mode, written out by hand for the baseline. */
    private static final String MYSQL_SESSION_VARIABLES = "sql_mode='STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'";

    private final boolean sqlite;
    private final String url;
    private final Path directory;
    private Properties checkedDriverProperties;
    private String jdbcUrl;

    private BenchmarkDatabase(boolean sqlite, String url, Path directory) {
        this.sqlite = sqlite;
        this.url = url;
        this.directory = directory;
    }

    /** {@code sqlite} or {@code mariadb}, as the benchmark's {@code database} parameter says. */
    static BenchmarkDatabase create(String name) {
        switch (name) {
            case "sqlite":
                try {
                    Path directory = Files.createTempDirectory(sqliteParent(), "athanor-bench");
                    return new BenchmarkDatabase(true, "sqlite:///" + directory.resolve("bench.db"), directory);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create a temporary directory for the SQLite file", e);
                }
            case "mariadb":
                String url = System.getenv(MYSQL_URL_VARIABLE);
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("database=mariadb needs a server: set " + MYSQL_URL_VARIABLE
                            + "=mysql://user:password@host:port/db, or run benchmarks/run-benchmarks.sh, which starts"
                            + " a private MariaDB with scripts/mariadb.sh (or pass -p database=sqlite to skip it)");
                }
                return new BenchmarkDatabase(false, url.trim(), null);
            default:
                throw new IllegalArgumentException("unknown database '" + name + "'; use sqlite or mariadb");
        }
    }

    /**
     * Where the SQLite file goes: {@value #SQLITE_DIR_VARIABLE} if set, else tmpfs when there is one.
     * On a disk, every autocommit INSERT waits for an fsync that costs more than everything else
     * together and varies with the neighbours' I/O, which hides the cost of the code under test.
     */
    private static Path sqliteParent() {
        String chosen = System.getenv(SQLITE_DIR_VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        Path tmpfs = Path.of("/dev/shm");
        return Files.isDirectory(tmpfs) && Files.isWritable(tmpfs) ? tmpfs
                : Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The URL the engine is built from. */
    String url() {
        return url;
    }

    boolean sqlite() {
        return sqlite;
    }

    /** An engine for this database with the pool settings both contenders share; it connects lazily. */
    Engine newEngine() {
        return Engine.builder(url).poolSize(POOL_SIZE).poolRecycle(POOL_RECYCLE).build();
    }

    /** Where and as whom to connect, as the engine resolves the URL. */
    DatabaseUrl resolvedUrl() {
        try (Engine unstarted = newEngine()) {
            return unstarted.url();
        }
    }

    /**
     * The baseline's pool: HikariCP configured by hand as the engine configures its own (same size,
     * minimum idle, lifetime and driver properties). Starting it opens the first connection.
     */
    HikariDataSource newBaselinePool(String name) {
        Properties driverProperties = baselineDriverProperties();
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(driverProperties);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setMaxLifetime(POOL_RECYCLE.toMillis());
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /**
     * The driver properties the baseline connects with, written out as a careful hand-written
     * application would, and checked against what the engine sets so that the two never drift.
     * Checked once: a bootstrap benchmark starts a pool per call and must not time the check.
     */
    Properties baselineDriverProperties() {
        if (checkedDriverProperties == null) {
            DatabaseUrl resolved = resolvedUrl();
            jdbcUrl = resolved.jdbcUrl();
            checkedDriverProperties = checkedDriverProperties(resolved);
        }
        return checkedDriverProperties;
    }

    private Properties checkedDriverProperties(DatabaseUrl resolved) {
        Properties properties = new Properties();
        if (sqlite) {
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("busy_timeout", "5000");
        } else {
            if (resolved.user() != null) {
                properties.setProperty("user", resolved.user());
            }
            if (resolved.password() != null) {
                properties.setProperty("password", resolved.password());
            }
            properties.setProperty("characterEncoding", "UTF-8");
            properties.setProperty("rewriteBatchedStatements", "true");
            properties.setProperty("useLocalSessionState", "true");
            properties.setProperty("cacheServerConfiguration", "true");
            properties.setProperty("elideSetAutoCommits", "true");
            properties.setProperty("maintainTimeStats", "false");
            properties.setProperty("sessionVariables", MYSQL_SESSION_VARIABLES);
        }
        Properties engines;
        try (Engine unstarted = newEngine()) {
            engines = unstarted.backend().driverProperties(unstarted.url(), unstarted.settings());
        }
        if (!properties.equals(engines)) {
            throw new IllegalStateException("the baseline's driver properties differ from the engine's, so the"
                    + " comparison would be unfair; baseline " + shown(properties) + ", engine " + shown(engines)
                    + ": update BenchmarkDatabase.baselineDriverProperties");
        }
        return properties;
    }

    /** Drops and creates {@code bench_item} (seeded) and {@code bench_insert} (empty). */
    void createTables() {
        List<Object[]> seed = new ArrayList<>(SEEDED_ROWS);
        for (int id = 1; id <= SEEDED_ROWS; id++) {
            seed.add(new Object[] {id, "item-" + id, id % 100, id * 0.25});
        }
        try (Engine engine = newEngine()) {
            engine.execute("DROP TABLE IF EXISTS bench_item");
            engine.execute("DROP TABLE IF EXISTS bench_insert");
            engine.execute("CREATE TABLE bench_item (id " + (sqlite ? "INTEGER" : "BIGINT") + " PRIMARY KEY,"
                    + " name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL, price DOUBLE NOT NULL)");
            engine.execute("CREATE TABLE bench_insert (id " + (sqlite ? "INTEGER PRIMARY KEY" : "BIGINT AUTO_INCREMENT"
                    + " PRIMARY KEY") + ", name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL, price DOUBLE NOT NULL)");
            engine.inTransaction(connection -> connection.executeBatch(
                    "INSERT INTO bench_item (id, name, qty, price) VALUES (?, ?, ?, ?)", seed));
        }
    }

    /** Empties {@code bench_insert}, so that every iteration inserts into a table of the same size. */
    void emptyInsertTable() {
        try (Engine engine = newEngine()) {
            engine.execute(sqlite ? "DELETE FROM bench_insert" : "TRUNCATE TABLE bench_insert");
        }
    }

    /** Drops the tables, or deletes the SQLite file with its WAL and shared-memory files. */
    void remove() {
        if (!sqlite) {
            try (Engine engine = newEngine()) {
                engine.execute("DROP TABLE IF EXISTS bench_item");
                engine.execute("DROP TABLE IF EXISTS bench_insert");
            }
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static Map<Object, Object> shown(Properties properties) {
        Map<Object, Object> shown = new TreeMap<>();
        properties.forEach((k, v) -> shown.put(k, k.equals("password") ? "***" : v));
        return shown;
    }
}
