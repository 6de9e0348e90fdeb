package dev.athanor.core.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.config.IsolationLevel;
import dev.athanor.core.dialect.Capabilities;
import dev.athanor.core.engine.DatabaseUrl;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteDialectTest {

    private final SqliteDialect dialect = new SqliteDialect();

    private enum Colour { RED }

    // ---- URLs ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"sqlite://", "sqlite:///", "sqlite:///:memory:", "SQLite:///:memory:"})
    void inMemoryUrls(String url) {
        DatabaseUrl resolved = dialect.resolveUrl(url);

        assertThat(resolved.backend()).isEqualTo("sqlite");
        assertThat(resolved.jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(resolved.inMemory()).isTrue();
        assertThat(resolved.user()).isNull();
        assertThat(resolved.password()).isNull();
        assertThat(resolved.properties()).isEmpty();
        assertThat(resolved.driverClass()).isEqualTo("org.sqlite.JDBC");
        assertThat(resolved.driverArtifact()).isEqualTo("org.xerial:sqlite-jdbc");
        assertThat(resolved.shown()).isEqualTo(url);
        assertThat(resolved).hasToString(url);
    }

    @Test
    void relativeFile() {
        DatabaseUrl resolved = dialect.resolveUrl("sqlite:///relative.db");

        assertThat(resolved.jdbcUrl()).isEqualTo("jdbc:sqlite:relative.db");
        assertThat(resolved.inMemory()).isFalse();
        assertThat(resolved.shown()).isEqualTo("sqlite:///relative.db");
    }

    @Test
    void absoluteFile() {
        DatabaseUrl resolved = dialect.resolveUrl("sqlite:////absolute/path.db");

        assertThat(resolved.jdbcUrl()).isEqualTo("jdbc:sqlite:/absolute/path.db");
        assertThat(resolved.inMemory()).isFalse();
    }

    @Test
    void theJdbcDriverMayBeNamed() {
        assertThat(dialect.resolveUrl("sqlite+jdbc:///app.db").jdbcUrl()).isEqualTo("jdbc:sqlite:app.db");
    }

    @Test
    void theQueryBecomesDriverProperties() {
        DatabaseUrl resolved = dialect.resolveUrl("sqlite:///app.db?busy_timeout=100&journal_mode=DELETE");

        assertThat(resolved.jdbcUrl()).isEqualTo("jdbc:sqlite:app.db");
        assertThat(resolved.properties()).containsOnly(Map.entry("busy_timeout", "100"),
                Map.entry("journal_mode", "DELETE"));
    }

    @Test
    void jdbcUrlsAreTakenAsTheyAre() {
        DatabaseUrl file = dialect.resolveUrl("jdbc:sqlite:data/app.db");

        assertThat(file.jdbcUrl()).isEqualTo("jdbc:sqlite:data/app.db");
        assertThat(file.inMemory()).isFalse();
        assertThat(file.driverClass()).isEqualTo("org.sqlite.JDBC");
        assertThat(dialect.resolveUrl("JDBC:SQLITE:app.db").jdbcUrl()).isEqualTo("JDBC:SQLITE:app.db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite:", "jdbc:sqlite::memory:", "jdbc:sqlite:file::memory:?cache=shared",
            "jdbc:sqlite:file:mem1?mode=memory&cache=shared"})
    void jdbcUrlsInMemory(String url) {
        assertThat(dialect.resolveUrl(url).inMemory()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://u:p@h/db", "jdbc:mysql://h/db", "mariadb://h/db", "sqlite3:///app.db",
            "postgresql://h/db", "app.db"})
    void otherUrlsAreNotSqlites(String url) {
        assertThat(dialect.resolveUrl(url)).isNull();
    }

    @Test
    void anotherDriverIsRefused() {
        assertThatThrownBy(() -> dialect.resolveUrl("sqlite+pysqlite:///app.db"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL);
                    assertThat(e.getMessage()).contains("unknown SQLite driver 'pysqlite'", "sqlite+jdbc://",
                            "url: sqlite+pysqlite:///app.db");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite://localhost/app.db", "sqlite://user@/app.db", "sqlite://host:1/app.db"})
    void aHostOrUserIsRefused(String url) {
        assertThatThrownBy(() -> dialect.resolveUrl(url))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL);
                    assertThat(e.getMessage()).contains("a SQLite URL names a file, not a host",
                            "sqlite:///relative.db", "sqlite:////absolute/path.db", "sqlite:///:memory:");
                });
    }

    @Test
    void withoutSlashesIsMalformed() {
        assertThatThrownBy(() -> dialect.resolveUrl("sqlite:app.db"))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL));
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        assertThat(dialect.resolveUrl("sqlite:///secret.db?password=s3cret").shown()).doesNotContain("s3cret");
        assertThat(dialect.resolveUrl("jdbc:sqlite:secret.db?password=s3cret").shown()).doesNotContain("s3cret");
    }

    // ---- driver properties and validation -----------------------------------------------------------

    @Test
    void fileDatabasesGetForeignKeysWalAndABusyTimeout() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("sqlite:///app.db"),
                EngineSettings.builder().build());

        assertThat(properties).containsOnly(Map.entry("foreign_keys", "true"), Map.entry("journal_mode", "WAL"),
                Map.entry("busy_timeout", "5000"));
    }

    @Test
    void memoryDatabasesGetForeignKeysOnly() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("sqlite:///:memory:"),
                EngineSettings.builder().build());

        assertThat(properties).containsOnly(Map.entry("foreign_keys", "true"));
    }

    @Test
    void theUrlsQueryAndThenConnectArgsOverrideTheDefaults() {
        Properties properties = dialect.driverProperties(
                dialect.resolveUrl("sqlite:///app.db?busy_timeout=100&cache_size=-4000"),
                EngineSettings.builder().connectArg("journal_mode", "DELETE").connectArg("busy_timeout", 250).build());

        assertThat(properties).containsOnly(Map.entry("foreign_keys", "true"), Map.entry("journal_mode", "DELETE"),
                Map.entry("busy_timeout", "250"), Map.entry("cache_size", "-4000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ COMMITTED", "REPEATABLE READ"})
    void isolationLevelsSqliteCannotGiveAreRefused(String level) {
        EngineSettings settings = EngineSettings.fromMap(Map.of("isolation_level", level));

        assertThatThrownBy(() -> dialect.validate(settings, dialect.resolveUrl("sqlite:///app.db")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING);
                    assertThat(e.getMessage()).contains("isolation_level '" + level + "' on SQLite",
                            "supported: SERIALIZABLE (the default), READ UNCOMMITTED");
                    assertThat(e.hint()).contains("SERIALIZABLE");
                });
    }

    @Test
    void serializableAndReadUncommittedAreAccepted() {
        DatabaseUrl url = dialect.resolveUrl("sqlite:///app.db");

        dialect.validate(EngineSettings.builder().isolationLevel(IsolationLevel.SERIALIZABLE).build(), url);
        dialect.validate(EngineSettings.builder().isolationLevel(IsolationLevel.READ_UNCOMMITTED).build(), url);
        dialect.validate(EngineSettings.builder().build(), url);
    }

    @Test
    void connectTimeoutIsAcceptedWithAWarningThatItDoesNothing() {
        EngineSettings settings = EngineSettings.fromMap(Map.of("connect_timeout", 10));

        try (LogCapture log = LogCapture.of("dev.athanor.POOL", Level.INFO)) {
            dialect.validate(settings, dialect.resolveUrl("sqlite:///app.db"));

            assertThat(log.messages(Level.WARN)).singleElement().asString()
                    .startsWith("connect_timeout=10s has no effect on SQLite").contains("busy_timeout");
        }
    }

    // ---- first connection ---------------------------------------------------------------------------------

    @Test
    void theFirstConnectHookReadsTheVersionAndReportsThePragmas(@TempDir Path dir) throws SQLException {
        DatabaseUrl url = dialect.resolveUrl("sqlite:///" + dir.resolve("app.db"));
        Properties properties = dialect.driverProperties(url, EngineSettings.builder().build());

        try (LogCapture log = LogCapture.of("dev.athanor.POOL", Level.INFO);
             Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties)) {
            ServerInfo server = dialect.firstConnectHook().onFirstConnect(connection);

            assertThat(server.product()).isEqualTo("SQLite");
            assertThat(server.version()).matches("3\\.\\d+\\.\\d+");
            assertThat(server.atLeast(3, 35)).isTrue();
            assertThat(server.idleTimeout()).isNull();
            assertThat(server.driver()).startsWith("SQLite JDBC");
            assertThat(log.messages(Level.INFO)).singleElement().asString()
                    .isEqualTo("SQLite " + server.version() + ": foreign_keys=1, journal_mode=wal, busy_timeout=5000 ms,"
                            + " encoding=UTF-8");
            assertThat(log.messages(Level.WARN)).isEmpty();
            assertThat(server.textEncoding()).isEqualTo("UTF-8");
            assertThat(dialect.forServer(server).readsTextAsUtf8Bytes()).isTrue();
        }
    }

    @Test
    void aUtf16DatabaseIsNotReadAsUtf8Bytes(@TempDir Path dir) throws SQLException {
        String jdbcUrl = "jdbc:sqlite:" + dir.resolve("utf16.db");
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA encoding = 'UTF-16be'");
            statement.execute("CREATE TABLE t (x TEXT)");
            ServerInfo server = dialect.firstConnectHook().onFirstConnect(connection);

            assertThat(server.textEncoding()).isEqualTo("UTF-16be");
            assertThat(dialect.forServer(server).readsTextAsUtf8Bytes()).isFalse();
        }
        // before any connection, and for a server that did not say, text goes through getString
        assertThat(dialect.readsTextAsUtf8Bytes()).isFalse();
        assertThat(dialect.forServer(sqlite("3.45.1")).readsTextAsUtf8Bytes()).isFalse();
    }

    @Test
    void theFirstConnectHookWarnsWhenForeignKeysAreOff() throws SQLException {
        try (LogCapture log = LogCapture.of("dev.athanor.POOL", Level.INFO);
             Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            dialect.firstConnectHook().onFirstConnect(connection);

            assertThat(log.messages(Level.WARN)).singleElement().asString()
                    .startsWith("SQLite foreign key enforcement is off (foreign_keys=0)");
        }
    }

    // ---- capabilities ------------------------------------------------------------------------------------

    @Test
    void beforeConnectingItAssumesACurrentSqlite() {
        assertThat(dialect.server()).isNull();
        assertThat(dialect.capabilities()).isEqualTo(new Capabilities(true, false, true, false, false, false, true,
                true, false, true, false, true, false));
    }

    @Test
    void sqlite345HasReturning() {
        SqliteDialect fitted = dialect.forServer(sqlite("3.45.1"));

        assertThat(fitted.server().version()).isEqualTo("3.45.1");
        assertThat(fitted.capabilities().returning()).isTrue();
        assertThat(fitted.capabilities().nullsOrdering()).isTrue();
        assertThat(fitted.capabilities().windowFunctions()).isTrue();
        assertThat(fitted).hasToString("SqliteDialect(SQLite 3.45.1)");
        assertThat(dialect.server()).as("the original is unchanged").isNull();
    }

    @Test
    void sqlite334HasNoReturning() {
        Capabilities capabilities = dialect.forServer(sqlite("3.34.1")).capabilities();

        assertThat(capabilities.returning()).isFalse();
        assertThat(capabilities.nullsOrdering()).isTrue();
        assertThat(capabilities.windowFunctions()).isTrue();
    }

    @Test
    void olderSqlitesLackNullsOrderingAndWindowFunctions() {
        assertThat(dialect.forServer(sqlite("3.29.0")).capabilities().nullsOrdering()).isFalse();
        assertThat(dialect.forServer(sqlite("3.30.0")).capabilities().nullsOrdering()).isTrue();
        assertThat(dialect.forServer(sqlite("3.24.0")).capabilities().windowFunctions()).isFalse();
        assertThat(dialect.forServer(sqlite("3.25.0")).capabilities().windowFunctions()).isTrue();
    }

    @Test
    void whatNoSqliteVersionHas() {
        Capabilities capabilities = dialect.forServer(sqlite("3.45.1")).capabilities();

        assertThat(capabilities.sequences()).isFalse();
        assertThat(capabilities.forUpdate()).isFalse();
        assertThat(capabilities.skipLocked()).isFalse();
        assertThat(capabilities.nowait()).isFalse();
        assertThat(capabilities.quantifiedSubqueries()).isFalse();
        assertThat(capabilities.batchGeneratedKeys()).isFalse();
        assertThat(capabilities.multiRowInsert()).isTrue();
        assertThat(capabilities.intersectExcept()).isTrue();
        assertThat(capabilities.savepoints()).isTrue();
    }

    private static ServerInfo sqlite(String version) {
        return ServerInfo.of("SQLite", version, null, "SQLite JDBC 3.54.1.0", version);
    }

    // ---- SQL -------------------------------------------------------------------------------------------------

    @Test
    void quotesWithDoubleQuotesDoublingEmbeddedOnes() {
        assertThat(dialect.quote("order")).isEqualTo("\"order\"");
        assertThat(dialect.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(dialect.quote("it's `x`")).isEqualTo("\"it's `x`\"");
    }

    @Test
    void limitAndOffset() {
        assertThat(dialect.limitOffset(true, true)).isEqualTo("LIMIT ? OFFSET ?");
        assertThat(dialect.limitOffset(true, false)).isEqualTo("LIMIT ?");
        assertThat(dialect.limitOffset(false, true)).isEqualTo("LIMIT -1 OFFSET ?");
        assertThat(dialect.limitOffset(false, false)).isEmpty();
    }

    @Test
    void integersOfEveryWidthAndBooleansAreInteger() {
        for (Class<?> type : new Class<?>[] {int.class, Integer.class, long.class, Long.class, short.class,
                Short.class, byte.class, Byte.class, boolean.class, Boolean.class}) {
            assertThat(dialect.typeName(type, 0, 0, 0)).as(type.getName()).isEqualTo("INTEGER");
        }
    }

    @Test
    void floatingPointIsReal() {
        assertThat(dialect.typeName(double.class, 0, 0, 0)).isEqualTo("REAL");
        assertThat(dialect.typeName(Double.class, 0, 0, 0)).isEqualTo("REAL");
        assertThat(dialect.typeName(float.class, 0, 0, 0)).isEqualTo("REAL");
        assertThat(dialect.typeName(Float.class, 0, 0, 0)).isEqualTo("REAL");
    }

    @Test
    void decimalsAreNumericWithPrecisionAndScaleWhenGiven() {
        assertThat(dialect.typeName(BigDecimal.class, 0, 0, 0)).isEqualTo("NUMERIC");
        assertThat(dialect.typeName(BigDecimal.class, 0, 10, 2)).isEqualTo("NUMERIC(10,2)");
        assertThat(dialect.typeName(BigDecimal.class, 0, 12, 0)).isEqualTo("NUMERIC(12,0)");
        assertThat(dialect.typeName(BigInteger.class, 0, 0, 0)).isEqualTo("NUMERIC");
    }

    @Test
    void textWithAndWithoutLength() {
        assertThat(dialect.typeName(String.class, 0, 0, 0)).isEqualTo("TEXT");
        assertThat(dialect.typeName(String.class, 80, 0, 0)).isEqualTo("VARCHAR(80)");
        assertThat(dialect.typeName(Colour.class, 0, 0, 0)).isEqualTo("TEXT");
        assertThat(dialect.typeName(char.class, 0, 0, 0)).isEqualTo("CHAR(1)");
        assertThat(dialect.typeName(Character.class, 0, 0, 0)).isEqualTo("CHAR(1)");
    }

    @Test
    void binaryIsBlob() {
        assertThat(dialect.typeName(byte[].class, 0, 0, 0)).isEqualTo("BLOB");
        assertThat(dialect.typeName(Byte[].class, 1000, 0, 0)).isEqualTo("BLOB");
    }

    @Test
    void datesAndTimes() {
        assertThat(dialect.typeName(LocalDate.class, 0, 0, 0)).isEqualTo("DATE");
        assertThat(dialect.typeName(java.sql.Date.class, 0, 0, 0)).isEqualTo("DATE");
        assertThat(dialect.typeName(LocalTime.class, 0, 0, 0)).isEqualTo("TIME");
        assertThat(dialect.typeName(LocalDateTime.class, 0, 0, 0)).isEqualTo("TIMESTAMP");
        assertThat(dialect.typeName(Instant.class, 0, 0, 0)).isEqualTo("TIMESTAMP");
        assertThat(dialect.typeName(java.util.Date.class, 0, 0, 0)).isEqualTo("TIMESTAMP");
        assertThat(dialect.typeName(OffsetDateTime.class, 0, 0, 0)).isEqualTo("TIMESTAMP");
        assertThat(dialect.typeName(ZonedDateTime.class, 0, 0, 0)).isEqualTo("TIMESTAMP");
    }

    @Test
    void uuidIsThirtySixCharacters() {
        assertThat(dialect.typeName(UUID.class, 0, 0, 0)).isEqualTo("CHAR(36)");
    }

    @Test
    void aTypeWithoutColumnTypeFailsNamingItAndWhatToDo() {
        assertThatThrownBy(() -> dialect.typeName(Thread.class, 0, 0, 0))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING);
                    assertThat(e.getMessage()).contains("no sqlite column type for Java type java.lang.Thread");
                    assertThat(e.hint()).contains("AttributeConverter", "columnDefinition");
                });
    }

    // ---- the engine's view ---------------------------------------------------------------------------------

    @Test
    void namesItselfAndItsHelpers() {
        assertThat(dialect.name()).isEqualTo("sqlite");
        assertThat(dialect.parameterBinder()).isSameAs(SqliteParameterBinder.INSTANCE);
        assertThat(dialect.errorTranslator().classify(new SQLException(
                "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.x)", null, 19)))
                .isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(dialect).hasToString("SqliteDialect");
    }
}
