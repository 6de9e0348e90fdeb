package dev.athanor.it.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.athanor.Athanor;
import dev.athanor.core.dialect.Dialect;
import dev.athanor.core.dialect.mysql.MySqlDialect;
import dev.athanor.core.dialect.sqlite.SqliteDialect;
import dev.athanor.core.engine.Engine;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.PoolStats;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.engine.UrlParts;
import dev.athanor.core.error.AthanorError;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.it.Target;
import dev.athanor.it.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteDataSource;

/**
 * An engine over the application's own DataSource, as Spring hands one to a JPA provider: nothing
 * happens until the first statement, the dialect comes from the connection, the DataSource stays
 * the application's.
 */
class DataSourceEngineIT {

    @TempDir
    Path tempDir;

    /** A HikariCP pool as an application would configure it, not started until first use. */
    private HikariDataSource applicationPool(Target target) {
        HikariDataSource pool = new HikariDataSource();
        pool.setMaximumPoolSize(3);
        if (target == Target.MARIADB) {
            UrlParts parts = UrlParts.parse(TestDatabase.mysqlUrl(), "mariadb");
            pool.setJdbcUrl("jdbc:mysql://" + parts.host() + ":" + parts.port() + "/" + parts.database());
            pool.setUsername(parts.user());
            pool.setPassword(parts.password());
        } else {
            pool.setJdbcUrl("jdbc:sqlite:" + tempDir.resolve("test.db")); // the file TestDatabase reads back
        }
        return pool;
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"SQLITE_FILE", "MARIADB"})
    void theDialectComesFromTheFirstConnectionAndTheDataSourceStaysTheApplications(Target target) {
        try (TestDatabase db = TestDatabase.open(target, tempDir);
             HikariDataSource pool = applicationPool(target)) {
            Engine engine = db.track(Athanor.createEngine(pool, Map.of("echo", false)));
            assertThat(engine.isStarted()).isFalse();
            assertThat(engine.backend()).isNull();
            assertThat(pool.getHikariPoolMXBean()).as("the application's pool is not started either").isNull();
            assertThat(engine.toString()).contains("HikariDataSource");

            engine.execute("DROP TABLE IF EXISTS ds_item");
            engine.execute("CREATE TABLE ds_item (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL, at DATETIME(6))");
            LocalDateTime at = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000);
            try (Transaction tx = engine.begin()) {
                tx.execute("insert into ds_item (id, name, at) values (?, ?, ?)", 1, "one", at);
                tx.commit();
            }

            assertThat(Dialect.of(engine)).isInstanceOf(target == Target.MARIADB ? MySqlDialect.class
                    : SqliteDialect.class);
            assertThat(engine.serverInfo().product()).isEqualTo(target == Target.MARIADB ? "MariaDB" : "SQLite");
            assertThat(engine.poolStats()).isEqualTo(new PoolStats(0, 0, 0, 0));
            assertThat(db.query("select id, name from ds_item")).containsExactly(List.of(1, "one"));
            assertThat(engine.execute("select at from ds_item").one().get(0, LocalDateTime.class)).isEqualTo(at);

            Throwable duplicate = catchThrowable(() -> engine.execute("insert into ds_item (id, name) values (1, 'x')"));
            assertThat(((AthanorError) duplicate).code()).isEqualTo(ErrorCode.UNIQUE_VIOLATION);

            try (EngineConnection connection = engine.connect()) {
                connection.execute("select 1");
                assertThat(engine.poolStats().active()).isEqualTo(1);
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(1);
            }
            engine.close();
            assertThat(pool.isClosed()).isFalse();
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }

    @Test
    void aPlainDriverDataSourceWorksToo() {
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + tempDir.resolve("plain.db"));
        try (Engine engine = Engine.builder(plain).build()) {
            engine.execute("create table t (x int)");
            engine.execute("insert into t (x) values (?)", 7);
            assertThat(engine.execute("select x from t").scalar(Integer.class)).isEqualTo(7);
            assertThat(engine.poolStats().total()).isZero();
        }
    }

    @Test
    void poolAndDriverOptionsAreRefusedNamingTheDataSource() {
        SQLiteDataSource plain = new SQLiteDataSource();
        assertThatThrownBy(() -> Athanor.createEngine(plain, Map.of("pool_size", 5, "echo", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING))
                .hasMessageContaining("pool_size for an engine over a DataSource")
                .hasMessageContaining("org.sqlite.SQLiteDataSource");
        assertThatThrownBy(() -> Engine.builder(plain).poolRecycle(java.time.Duration.ofMinutes(5)).build())
                .hasMessageContaining("pool_recycle");
    }

    @Test
    void aDataSourceThatCannotConnectFailsOnFirstUseWithTheCause() {
        SQLiteDataSource broken = new SQLiteDataSource();
        broken.setUrl("jdbc:sqlite:" + tempDir.resolve("no/such/dir/app.db"));
        try (Engine engine = Engine.builder(broken).build()) {
            Throwable e = catchThrowable(() -> engine.execute("select 1"));
            assertThat(((AthanorError) e).code()).isEqualTo(ErrorCode.HOST_UNREACHABLE);
            assertThat(e).hasMessageContaining("DataSource(org.sqlite.SQLiteDataSource)")
                    .hasMessageContaining("database said");
            assertThat(engine.isStarted()).isFalse();
        }
    }
}
