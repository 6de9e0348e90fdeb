package dev.athanor.core.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.config.IsolationLevel;
import dev.athanor.core.dialect.Capabilities;
import dev.athanor.core.engine.DatabaseUrl;
import dev.athanor.core.engine.ServerInfo;
import dev.athanor.core.engine.StandardParameterBinder;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Duration;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MySqlDialectTest {

    private static final String CONNECTOR_J = "MySQL Connector/J mysql-connector-j-9.5.0 (Revision: 1ba2c9a)";
    private static final String MARIADB_CONNECTOR = "MariaDB Connector/J 3.5.6";
    private static final String STRICT = "sql_mode='STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'";

    private final MySqlDialect dialect = new MySqlDialect();

    private enum Colour { RED }

    // ---- URLs ------------------------------------------------------------------------------------

    @Test
    void mysqlUrlWithEveryPart() {
        DatabaseUrl url = dialect.resolveUrl("mysql://user:s3cret@host:3307/db?k=v");

        assertThat(url.backend()).isEqualTo("mysql");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mysql://host:3307/db");
        assertThat(url.user()).isEqualTo("user");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.properties()).containsOnly(Map.entry("k", "v"));
        assertThat(url.inMemory()).isFalse();
        assertThat(url.driverClass()).isEqualTo("com.mysql.cj.jdbc.Driver");
        assertThat(url.driverArtifact()).isEqualTo("com.mysql:mysql-connector-j");
        assertThat(url.shown()).isEqualTo("mysql://user:***@host:3307/db?k=v");
        assertThat(url).hasToString("mysql://user:***@host:3307/db?k=v");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql+mysqlconnector", "mysql+connectorj", "mysql+mysql", "MySQL+MySQLConnector"})
    void connectorJByName(String scheme) {
        DatabaseUrl url = dialect.resolveUrl(scheme + "://user:s3cret@host/db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mysql://host/db");
        assertThat(url.driverClass()).isEqualTo("com.mysql.cj.jdbc.Driver");
        assertThat(url.shown()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql+mariadbconnector", "mariadb+mariadbconnector", "mysql+mariadb"})
    void mariadbConnectorByName(String scheme) {
        DatabaseUrl url = dialect.resolveUrl(scheme + "://user:s3cret@host:3306/db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://host:3306/db");
        assertThat(url.driverClass()).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(url.driverArtifact()).isEqualTo("org.mariadb.jdbc:mariadb-java-client");
        assertThat(url.user()).isEqualTo("user");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void theMariadbSchemeUsesConnectorJUnlessTheDriverIsNamed() {
        DatabaseUrl url = dialect.resolveUrl("mariadb://root:s3cret@127.0.0.1:3306/test");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mysql://127.0.0.1:3306/test");
        assertThat(url.driverClass()).isEqualTo("com.mysql.cj.jdbc.Driver");
        assertThat(url.shown()).isEqualTo("mariadb://root:***@127.0.0.1:3306/test");
    }

    @Test
    void ipv6HostStaysInBrackets() {
        assertThat(dialect.resolveUrl("mysql://u:p@[::1]:3306/db").jdbcUrl()).isEqualTo("jdbc:mysql://[::1]:3306/db");
    }

    @Test
    void noHostMeansLocalhostAndNoDatabaseMeansNone() {
        assertThat(dialect.resolveUrl("mysql:///db").jdbcUrl()).isEqualTo("jdbc:mysql://localhost/db");
        assertThat(dialect.resolveUrl("mysql://h").jdbcUrl()).isEqualTo("jdbc:mysql://h/");
    }

    @Test
    void percentEncodedCredentialsAreDecoded() {
        DatabaseUrl url = dialect.resolveUrl("mysql://app%20user:p%40ss+word@h/db");

        assertThat(url.user()).isEqualTo("app user");
        assertThat(url.password()).isEqualTo("p@ss+word");
        assertThat(url.jdbcUrl()).doesNotContain("p@ss").doesNotContain("app");
        assertThat(url.shown()).isEqualTo("mysql://app%20user:***@h/db");
    }

    @Test
    void jdbcUrlsAreTakenAsTheyAreButShownMasked() {
        DatabaseUrl mysql = dialect.resolveUrl("jdbc:mysql://h:3306/db?user=app&password=s3cret");
        DatabaseUrl mariadb = dialect.resolveUrl("jdbc:mariadb://app:s3cret@h/db");

        assertThat(mysql.jdbcUrl()).isEqualTo("jdbc:mysql://h:3306/db?user=app&password=s3cret");
        assertThat(mysql.driverClass()).isEqualTo("com.mysql.cj.jdbc.Driver");
        assertThat(mysql.user()).isNull();
        assertThat(mysql.shown()).isEqualTo("jdbc:mysql://h:3306/db?user=app&password=***");
        assertThat(mariadb.driverClass()).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(mariadb.shown()).isEqualTo("jdbc:mariadb://app:***@h/db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite:///app.db", "jdbc:sqlite:app.db", "postgresql://u:p@h/db", "mysqlx://h/db",
            "jdbc:postgresql://h/db"})
    void otherUrlsAreNotMysqls(String url) {
        assertThat(dialect.resolveUrl(url)).isNull();
    }

    @Test
    void anUnknownDriverFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> dialect.resolveUrl("mysql+pymysql://user:s3cret@host/db"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL);
                    assertThat(e.getMessage())
                            .startsWith("ATH-1003 Malformed database URL: unknown driver 'pymysql'")
                            .contains("url: mysql+pymysql://user:***@host/db")
                            .contains("known drivers: mysqlconnector (com.mysql:mysql-connector-j), mariadbconnector"
                                    + " (org.mariadb.jdbc:mariadb-java-client)")
                            .doesNotContain("s3cret");
                    assertThat(e.hint()).contains("mysql://", "mysql+mariadbconnector://");
                });
    }

    @Test
    void aBadPortFailsWithoutShowingThePassword() {
        assertThatThrownBy(() -> dialect.resolveUrl("mysql://user:s3cret@host:99999/db"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_URL);
                    assertThat(e.getMessage()).contains("port 99999 is out of range").doesNotContain("s3cret");
                });
    }

    // ---- driver properties -------------------------------------------------------------------------------

    @Test
    void connectorJGetsCredentialsStrictModeAndItsSettings() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("mysql://app:s3cret@h/db"),
                EngineSettings.builder().build());

        assertThat(properties).containsOnly(
                Map.entry("user", "app"),
                Map.entry("password", "s3cret"),
                Map.entry("characterEncoding", "UTF-8"),
                Map.entry("rewriteBatchedStatements", "true"),
                Map.entry("useLocalSessionState", "true"),
                Map.entry("cacheServerConfiguration", "true"),
                Map.entry("elideSetAutoCommits", "true"),
                Map.entry("maintainTimeStats", "false"),
                Map.entry("sessionVariables", STRICT));
    }

    @Test
    void mariadbConnectorSetsUtf8mb4InTheSession() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("mysql+mariadbconnector://app@h/db"),
                EngineSettings.builder().build());

        assertThat(properties).containsOnly(Map.entry("user", "app"),
                Map.entry("sessionVariables", STRICT + ",names utf8mb4"));
    }

    @Test
    void withoutCredentialsThereAreNone() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("mysql://h/db"),
                EngineSettings.builder().build());

        assertThat(properties).doesNotContainKeys("user", "password");
    }

    @Test
    void connectTimeoutInMilliseconds() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("mysql://h/db"),
                EngineSettings.fromMap(Map.of("connect_timeout", 2.5)));

        assertThat(properties).containsEntry("connectTimeout", "2500");
    }

    @Test
    void theUrlsQueryAndConnectArgsOverrideTheDefaults() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("mysql://h/db?useSSL=false&user=fromquery"),
                EngineSettings.builder().connectArg("rewriteBatchedStatements", false)
                        .connectArg("user", "fromargs").build());

        assertThat(properties).containsEntry("useSSL", "false")
                .containsEntry("rewriteBatchedStatements", "false")
                .containsEntry("user", "fromargs");
    }

    @Test
    void sessionVariablesFromConnectArgsAreAddedToStrictMode() {
        Properties properties = dialect.driverProperties(dialect.resolveUrl("mysql://h/db"),
                EngineSettings.builder().connectArg("sessionVariables", "time_zone='+00:00'").build());

        assertThat(properties).containsEntry("sessionVariables", STRICT + ",time_zone='+00:00'");
    }

    @Test
    void sessionVariablesFromTheUrlAreAddedToStrictMode() {
        Properties properties = dialect.driverProperties(
                dialect.resolveUrl("mysql://h/db?sessionVariables=time_zone%3D%27%2B00%3A00%27"),
                EngineSettings.builder().build());

        assertThat(properties).containsEntry("sessionVariables", STRICT + ",time_zone='+00:00'");
    }

    @Test
    void sessionVariablesFromConnectArgsWinOverTheUrls() {
        Properties properties = dialect.driverProperties(
                dialect.resolveUrl("mysql://h/db?sessionVariables=time_zone%3D%27%2B00%3A00%27"),
                EngineSettings.builder().connectArg("sessionVariables", "wait_timeout=600").build());

        assertThat(properties).containsEntry("sessionVariables", STRICT + ",wait_timeout=600");
    }

    @Test
    void everyIsolationLevelIsValid() {
        DatabaseUrl url = dialect.resolveUrl("mysql://h/db");
        for (IsolationLevel level : IsolationLevel.values()) {
            dialect.validate(EngineSettings.builder().isolationLevel(level).build(), url);
        }
    }

    // ---- capabilities and server quirks -----------------------------------------------------------------------

    @Test
    void beforeConnectingOnlyWhatEveryVersionCanDo() {
        assertThat(dialect.server()).isNull();
        assertThat(dialect.capabilities()).isEqualTo(new Capabilities(false, false, true, true, false, false, false,
                false, true, false, true, true, true));
        assertThat(dialect.parameterBinder()).isSameAs(StandardParameterBinder.INSTANCE);
    }

    @Test
    void mariadb104() {
        Capabilities capabilities = dialect.forServer(mariadb("10.4.34-MariaDB", MARIADB_CONNECTOR)).capabilities();

        assertThat(capabilities.returning()).isFalse();
        assertThat(capabilities.sequences()).isTrue();
        assertThat(capabilities.skipLocked()).isFalse();
        assertThat(capabilities.nowait()).isTrue();
        assertThat(capabilities.intersectExcept()).isTrue();
        assertThat(capabilities.windowFunctions()).isTrue();
    }

    @Test
    void mariadb1011() {
        Capabilities capabilities = dialect.forServer(mariadb("10.11.6-MariaDB", MARIADB_CONNECTOR)).capabilities();

        assertThat(capabilities.returning()).isTrue();
        assertThat(capabilities.sequences()).isTrue();
        assertThat(capabilities.skipLocked()).isTrue();
        assertThat(capabilities.nowait()).isTrue();
        assertThat(capabilities.intersectExcept()).isTrue();
        assertThat(capabilities.windowFunctions()).isTrue();
        assertThat(capabilities.nullsOrdering()).isFalse();
    }

    @Test
    void mysql80() {
        Capabilities capabilities = dialect.forServer(mysql("8.0.36")).capabilities();

        assertThat(capabilities.returning()).isFalse();
        assertThat(capabilities.sequences()).isFalse();
        assertThat(capabilities.skipLocked()).isTrue();
        assertThat(capabilities.nowait()).isTrue();
        assertThat(capabilities.intersectExcept()).isTrue();
        assertThat(capabilities.windowFunctions()).isTrue();
        assertThat(capabilities.nullsOrdering()).isFalse();
    }

    @Test
    void intersectCameWithMysql8031() {
        assertThat(dialect.forServer(mysql("8.0.30")).capabilities().intersectExcept()).isFalse();
        assertThat(dialect.forServer(mysql("8.0.31")).capabilities().intersectExcept()).isTrue();
        assertThat(dialect.forServer(mysql("8.4.3")).capabilities().intersectExcept()).isTrue();
        assertThat(dialect.forServer(mysql("9.1.0")).capabilities().intersectExcept()).isTrue();
    }

    @Test
    void intersectIsDecidedByVersionNumbersNotText() {
        assertThat(dialect.forServer(mysql("8.0.4")).capabilities().intersectExcept()).isFalse();
        assertThat(dialect.forServer(mysql("10.0.0")).capabilities().intersectExcept()).isTrue();
    }

    @Test
    void mysql57() {
        Capabilities capabilities = dialect.forServer(mysql("5.7.44")).capabilities();

        assertThat(capabilities.skipLocked()).isFalse();
        assertThat(capabilities.nowait()).isFalse();
        assertThat(capabilities.windowFunctions()).isFalse();
        assertThat(capabilities.intersectExcept()).isFalse();
    }

    @Test
    void mariadbBehindConnectorJDropsFractionalSeconds() {
        ServerInfo server = ServerInfo.of("MariaDB", "10.11.6-MariaDB", Duration.ofHours(8), CONNECTOR_J,
                "5.5.5-10.11.6-MariaDB");

        assertThat(MySqlDialect.dropsFractionalSeconds(server)).isTrue();
        assertThat(dialect.forServer(server).parameterBinder()).isInstanceOf(TextTemporalBinder.class);
    }

    @Test
    void mariadbBehindItsOwnConnectorKeepsThem() {
        ServerInfo server = mariadb("10.11.6-MariaDB", MARIADB_CONNECTOR);

        assertThat(MySqlDialect.dropsFractionalSeconds(server)).isFalse();
        assertThat(dialect.forServer(server).parameterBinder()).isSameAs(StandardParameterBinder.INSTANCE);
    }

    @Test
    void mysql8BehindConnectorJKeepsThem() {
        ServerInfo server = mysql("8.0.36");

        assertThat(MySqlDialect.dropsFractionalSeconds(server)).isFalse();
        assertThat(dialect.forServer(server).parameterBinder()).isSameAs(StandardParameterBinder.INSTANCE);
    }

    @Test
    void forServerKeepsTheServerAndLeavesTheOriginalAlone() {
        MySqlDialect fitted = dialect.forServer(mariadb("10.11.6-MariaDB-log", MARIADB_CONNECTOR));

        assertThat(fitted.server().product()).isEqualTo("MariaDB");
        assertThat(fitted.server().version()).isEqualTo("10.11.6");
        assertThat(fitted).hasToString("MySqlDialect(MariaDB 10.11.6)");
        assertThat(dialect.server()).isNull();
    }

    private static ServerInfo mariadb(String version, String driver) {
        return ServerInfo.of("MariaDB", version, Duration.ofHours(8), driver, version);
    }

    private static ServerInfo mysql(String version) {
        return ServerInfo.of("MySQL", version, Duration.ofHours(8), CONNECTOR_J, version);
    }

    // ---- SQL -------------------------------------------------------------------------------------------------

    @Test
    void quotesWithBackticksDoublingEmbeddedOnes() {
        assertThat(dialect.quote("order")).isEqualTo("`order`");
        assertThat(dialect.quote("a`b")).isEqualTo("`a``b`");
        assertThat(dialect.quote("say \"hi\"")).isEqualTo("`say \"hi\"`");
    }

    @Test
    void limitAndOffset() {
        assertThat(dialect.limitOffset(true, true)).isEqualTo("LIMIT ? OFFSET ?");
        assertThat(dialect.limitOffset(true, false)).isEqualTo("LIMIT ?");
        assertThat(dialect.limitOffset(false, true)).isEqualTo("LIMIT 18446744073709551615 OFFSET ?");
        assertThat(dialect.limitOffset(false, false)).isEmpty();
    }

    @Test
    void numbers() {
        assertThat(dialect.typeName(boolean.class, 0, 0, 0)).isEqualTo("BOOLEAN");
        assertThat(dialect.typeName(Boolean.class, 0, 0, 0)).isEqualTo("BOOLEAN");
        assertThat(dialect.typeName(byte.class, 0, 0, 0)).isEqualTo("TINYINT");
        assertThat(dialect.typeName(Byte.class, 0, 0, 0)).isEqualTo("TINYINT");
        assertThat(dialect.typeName(short.class, 0, 0, 0)).isEqualTo("SMALLINT");
        assertThat(dialect.typeName(Short.class, 0, 0, 0)).isEqualTo("SMALLINT");
        assertThat(dialect.typeName(int.class, 0, 0, 0)).isEqualTo("INT");
        assertThat(dialect.typeName(Integer.class, 0, 0, 0)).isEqualTo("INT");
        assertThat(dialect.typeName(long.class, 0, 0, 0)).isEqualTo("BIGINT");
        assertThat(dialect.typeName(Long.class, 0, 0, 0)).isEqualTo("BIGINT");
        assertThat(dialect.typeName(float.class, 0, 0, 0)).isEqualTo("FLOAT");
        assertThat(dialect.typeName(Float.class, 0, 0, 0)).isEqualTo("FLOAT");
        assertThat(dialect.typeName(double.class, 0, 0, 0)).isEqualTo("DOUBLE");
        assertThat(dialect.typeName(Double.class, 0, 0, 0)).isEqualTo("DOUBLE");
        assertThat(dialect.typeName(BigInteger.class, 0, 0, 0)).isEqualTo("DECIMAL(65,0)");
    }

    @Test
    void decimalsWithAndWithoutPrecision() {
        assertThat(dialect.typeName(BigDecimal.class, 0, 0, 0)).isEqualTo("DECIMAL(38,2)");
        assertThat(dialect.typeName(BigDecimal.class, 0, 10, 2)).isEqualTo("DECIMAL(10,2)");
        assertThat(dialect.typeName(BigDecimal.class, 0, 12, 0)).isEqualTo("DECIMAL(12,0)");
    }

    @Test
    void aScaleWithoutPrecisionIsKept() {
        assertThat(dialect.typeName(BigDecimal.class, 0, 0, 4)).isEqualTo("DECIMAL(38,4)");
    }

    @Test
    void textByLength() {
        assertThat(dialect.typeName(String.class, 0, 0, 0)).isEqualTo("VARCHAR(255)");
        assertThat(dialect.typeName(String.class, 40, 0, 0)).isEqualTo("VARCHAR(40)");
        assertThat(dialect.typeName(String.class, 16_383, 0, 0)).isEqualTo("VARCHAR(16383)");
        assertThat(dialect.typeName(String.class, 16_384, 0, 0)).isEqualTo("MEDIUMTEXT");
        assertThat(dialect.typeName(String.class, 16_777_215, 0, 0)).isEqualTo("MEDIUMTEXT");
        assertThat(dialect.typeName(String.class, 16_777_216, 0, 0)).isEqualTo("LONGTEXT");
        assertThat(dialect.typeName(Colour.class, 0, 0, 0)).isEqualTo("VARCHAR(255)");
        assertThat(dialect.typeName(char.class, 0, 0, 0)).isEqualTo("CHAR(1)");
        assertThat(dialect.typeName(Character.class, 0, 0, 0)).isEqualTo("CHAR(1)");
    }

    @Test
    void binaryByLength() {
        assertThat(dialect.typeName(byte[].class, 0, 0, 0)).isEqualTo("VARBINARY(255)");
        assertThat(dialect.typeName(byte[].class, 16, 0, 0)).isEqualTo("VARBINARY(16)");
        assertThat(dialect.typeName(Byte[].class, 65_535, 0, 0)).isEqualTo("VARBINARY(65535)");
        assertThat(dialect.typeName(byte[].class, 65_536, 0, 0)).isEqualTo("MEDIUMBLOB");
        assertThat(dialect.typeName(byte[].class, 16_777_216, 0, 0)).isEqualTo("LONGBLOB");
    }

    @Test
    void datesAndTimesKeepMicroseconds() {
        assertThat(dialect.typeName(LocalDate.class, 0, 0, 0)).isEqualTo("DATE");
        assertThat(dialect.typeName(LocalTime.class, 0, 0, 0)).isEqualTo("TIME(6)");
        assertThat(dialect.typeName(LocalDateTime.class, 0, 0, 0)).isEqualTo("DATETIME(6)");
        assertThat(dialect.typeName(Instant.class, 0, 0, 0)).isEqualTo("DATETIME(6)");
        assertThat(dialect.typeName(java.sql.Timestamp.class, 0, 0, 0)).isEqualTo("DATETIME(6)");
        assertThat(dialect.typeName(OffsetDateTime.class, 0, 0, 0)).isEqualTo("DATETIME(6)");
        assertThat(dialect.typeName(ZonedDateTime.class, 0, 0, 0)).isEqualTo("DATETIME(6)");
    }

    @Test
    void uuidIsThirtySixCharacters() {
        assertThat(dialect.typeName(UUID.class, 0, 0, 0)).isEqualTo("CHAR(36)");
    }

    @Test
    void aTypeWithoutColumnTypeFailsNamingIt() {
        assertThatThrownBy(() -> dialect.typeName(Object.class, 0, 0, 0))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_SETTING);
                    assertThat(e.getMessage()).contains("no mysql column type for Java type java.lang.Object");
                    assertThat(e.hint()).contains("AttributeConverter");
                });
    }

    // ---- the engine's view ---------------------------------------------------------------------------------

    @Test
    void namesItselfAndReadsItsErrors() {
        assertThat(dialect.name()).isEqualTo("mysql");
        assertThat(dialect.errorTranslator().classify(new SQLException("Duplicate entry 'a' for key 't.x'", "23000",
                1062))).isEqualTo(ErrorCode.UNIQUE_VIOLATION);
        assertThat(dialect).hasToString("MySqlDialect");
    }
}
