package dev.athanor.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.testing.LogCapture;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineSettingsTest {

    private LogCapture poolLog;

    @BeforeEach
    void capturePoolLog() {
        poolLog = LogCapture.of("dev.athanor.POOL", Level.INFO);
    }

    @AfterEach
    void releasePoolLog() {
        poolLog.close();
    }

    private static EngineSettings with(String key, Object value) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put(key, value);
        return EngineSettings.fromMap(options);
    }

    private static ConfigurationException failureOf(String key, Object value) {
        try {
            with(key, value);
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("option " + key + "=" + value + " was accepted");
    }

    // ---- defaults ---------------------------------------------------------------------------------

    @Test
    void defaults() {
        EngineSettings settings = EngineSettings.builder().build();

        assertThat(settings.echo()).isEqualTo(EchoMode.OFF);
        assertThat(settings.poolSize()).isEqualTo(5);
        assertThat(settings.poolTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.poolRecycle()).isNull();
        assertThat(settings.poolPrePing()).isFalse();
        assertThat(settings.connectTimeout()).isNull();
        assertThat(settings.isolationLevel()).isNull();
        assertThat(settings.connectArgs()).isEmpty();
        assertThat(settings.statementCacheSize()).isEqualTo(64);
        assertThat(poolLog.events()).isEmpty();
    }

    @Test
    void anEmptyMapGivesTheDefaults() {
        assertThat(EngineSettings.fromMap(Map.of())).hasToString(EngineSettings.builder().build().toString());
    }

    // ---- each option, by key ---------------------------------------------------------------------

    @Test
    void echoAcceptsBooleansTheirNamesAndDebug() {
        assertThat(with("echo", true).echo()).isEqualTo(EchoMode.ON);
        assertThat(with("echo", false).echo()).isEqualTo(EchoMode.OFF);
        assertThat(with("echo", "true").echo()).isEqualTo(EchoMode.ON);
        assertThat(with("echo", " False ").echo()).isEqualTo(EchoMode.OFF);
        assertThat(with("echo", "debug").echo()).isEqualTo(EchoMode.DEBUG);
        assertThat(with("echo", "DEBUG").echo()).isEqualTo(EchoMode.DEBUG);
        assertThat(with("echo", EchoMode.DEBUG).echo()).isEqualTo(EchoMode.DEBUG);
    }

    @Test
    void poolSizeAcceptsWholeNumbersAndTheirText() {
        assertThat(with("pool_size", 10).poolSize()).isEqualTo(10);
        assertThat(with("pool_size", 12L).poolSize()).isEqualTo(12);
        assertThat(with("pool_size", (short) 3).poolSize()).isEqualTo(3);
        assertThat(with("pool_size", " 7 ").poolSize()).isEqualTo(7);
    }

    @Test
    void durationsAcceptSecondsAsNumbersTextOrADuration() {
        assertThat(with("pool_timeout", 10).poolTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(with("pool_timeout", 2.5).poolTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(with("pool_timeout", "0.5").poolTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(with("pool_timeout", Duration.ofMinutes(1)).poolTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(with("pool_recycle", 3600).poolRecycle()).isEqualTo(Duration.ofHours(1));
        assertThat(with("pool_recycle", "1800").poolRecycle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(with("pool_recycle", Duration.ofMinutes(5)).poolRecycle()).isEqualTo(Duration.ofMinutes(5));
        assertThat(with("pool_recycle", null).poolRecycle()).isNull();
        assertThat(with("connect_timeout", 10).connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(with("connect_timeout", 1.5f).connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(with("connect_timeout", Duration.ofSeconds(3)).connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(poolLog.events()).isEmpty();
    }

    @Test
    void poolPrePingAcceptsBooleansAndTheirNames() {
        assertThat(with("pool_pre_ping", true).poolPrePing()).isTrue();
        assertThat(with("pool_pre_ping", "TRUE").poolPrePing()).isTrue();
        assertThat(with("pool_pre_ping", " false").poolPrePing()).isFalse();
    }

    @Test
    void isolationLevelAcceptsNamesWithSpacesUnderscoresOrHyphens() {
        assertThat(with("isolation_level", "READ COMMITTED").isolationLevel()).isEqualTo(IsolationLevel.READ_COMMITTED);
        assertThat(with("isolation_level", "read_uncommitted").isolationLevel())
                .isEqualTo(IsolationLevel.READ_UNCOMMITTED);
        assertThat(with("isolation_level", "Repeatable-Read").isolationLevel()).isEqualTo(IsolationLevel.REPEATABLE_READ);
        assertThat(with("isolation_level", " serializable ").isolationLevel()).isEqualTo(IsolationLevel.SERIALIZABLE);
        assertThat(with("isolation_level", IsolationLevel.SERIALIZABLE).isolationLevel())
                .isEqualTo(IsolationLevel.SERIALIZABLE);
        assertThat(with("isolation_level", null).isolationLevel()).isNull();
    }

    @Test
    void connectArgsBecomeTextAndAccumulate() {
        EngineSettings settings = EngineSettings.builder()
                .option("connect_args", Map.of("busy_timeout", 1000))
                .option("connect_args", Map.of("cache_size", "-2000"))
                .connectArg("foreign_keys", true)
                .build();

        assertThat(settings.connectArgs()).containsOnly(Map.entry("busy_timeout", "1000"),
                Map.entry("cache_size", "-2000"), Map.entry("foreign_keys", "true"));
        assertThatThrownBy(() -> settings.connectArgs().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void statementCacheSizeAcceptsWholeNumbers() {
        assertThat(with("statement_cache_size", 0).statementCacheSize()).isZero();
        assertThat(with("statement_cache_size", "128").statementCacheSize()).isEqualTo(128);
    }

    @Test
    void keysIgnoreCaseAndSurroundingSpaces() {
        assertThat(with("POOL_SIZE", 9).poolSize()).isEqualTo(9);
        assertThat(with(" Echo ", true).echo()).isEqualTo(EchoMode.ON);
    }

    @Test
    void javaSettersAndKeysGiveTheSameSettings() {
        EngineSettings byKey = EngineSettings.fromMap(Map.of("echo", "debug", "pool_size", 3, "pool_timeout", 5,
                "pool_recycle", 600, "pool_pre_ping", true, "connect_timeout", 2, "isolation_level", "serializable",
                "statement_cache_size", 16));
        EngineSettings bySetter = EngineSettings.builder().echo(EchoMode.DEBUG).poolSize(3)
                .poolTimeout(Duration.ofSeconds(5)).poolRecycle(Duration.ofMinutes(10)).poolPrePing(true)
                .connectTimeout(Duration.ofSeconds(2)).isolationLevel(IsolationLevel.SERIALIZABLE)
                .statementCacheSize(16).build();

        assertThat(byKey).hasToString(bySetter.toString());
    }

    // ---- mistakes ------------------------------------------------------------------------------------

    @Test
    void anUnknownKeyFailsListingTheKnownOptionsAndTheClosestOne() {
        ConfigurationException e = failureOf("pool_sise", 5);

        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPTION);
        assertThat(e.getMessage())
                .startsWith("ATH-1001 Unknown engine option: 'pool_sise'. Did you mean 'pool_size'?")
                .contains("known options: echo, pool_size, pool_timeout, pool_recycle, pool_pre_ping,"
                        + " connect_timeout, isolation_level, connect_args, statement_cache_size");
        assertThat(failureOf("echoo", true).getMessage()).contains("Did you mean 'echo'?");
    }

    @Test
    void anUnknownKeyFarFromEveryOptionHasNoDidYouMean() {
        ConfigurationException e = failureOf("colour", "blue");

        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPTION);
        assertThat(e.getMessage()).doesNotContain("Did you mean").contains("known options:");
    }

    @Test
    void aNullKeyIsUnknown() {
        assertThatThrownBy(() -> EngineSettings.builder().option(null, 1))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OPTION));
    }

    @Test
    void aValueOfTheWrongTypeFailsNamingTheOption() {
        assertInvalid("pool_size", "five", "option 'pool_size'");
        assertInvalid("pool_size", 2.5, "expected a whole number, got Double 2.5");
        assertInvalid("pool_size", 10_000_000_000L, "option 'pool_size'");
        assertInvalid("pool_timeout", "soon", "option 'pool_timeout'");
        assertInvalid("pool_recycle", true, "expected seconds as a number or a java.time.Duration, got Boolean true");
        assertInvalid("connect_timeout", new Object(), "option 'connect_timeout'");
        assertInvalid("pool_pre_ping", "yes", "expected true or false, got String yes");
        assertInvalid("pool_pre_ping", null, "option 'pool_pre_ping'");
        assertInvalid("echo", "loud", "expected true, false or \"debug\", got String loud");
        assertInvalid("echo", 1, "option 'echo'");
        assertInvalid("isolation_level", "snapshot", "expected one of READ UNCOMMITTED, READ COMMITTED,"
                + " REPEATABLE READ, SERIALIZABLE, got String snapshot");
        assertInvalid("connect_args", "busy_timeout=1000", "expected a Map of driver properties");
        assertInvalid("statement_cache_size", "lots", "option 'statement_cache_size'");
    }

    private static void assertInvalid(String key, Object value, String expectedText) {
        ConfigurationException e = failureOf(key, value);
        assertThat(e.code()).as(key + "=" + value).isEqualTo(ErrorCode.INVALID_OPTION_VALUE);
        assertThat(e.getMessage()).as(key + "=" + value)
                .startsWith("ATH-1002 Invalid value for an engine option: option '" + key + "'")
                .contains(expectedText);
    }

    // ---- clamping --------------------------------------------------------------------------------------

    @Test
    void poolSizeBelowOneIsClampedToOneWithAWarning() {
        assertThat(with("pool_size", 0).poolSize()).isEqualTo(1);

        assertThat(poolLog.messages(Level.WARN)).singleElement().asString()
                .startsWith("pool_size=0 is unwise").endsWith("; using 1");
    }

    @Test
    void poolTimeoutBelowAQuarterSecondIsClamped() {
        assertThat(with("pool_timeout", 0.1).poolTimeout()).isEqualTo(Duration.ofMillis(250));

        assertThat(poolLog.messages(Level.WARN)).singleElement().asString()
                .startsWith("pool_timeout=0.1s is unwise").endsWith("; using 0.25s");
    }

    @Test
    void poolRecycleBelowThirtySecondsIsClamped() {
        assertThat(with("pool_recycle", 5).poolRecycle()).isEqualTo(Duration.ofSeconds(30));

        assertThat(poolLog.messages(Level.WARN)).singleElement().asString()
                .startsWith("pool_recycle=5s is unwise").endsWith("; using 30s");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0})
    void poolRecycleOfMinusOneOrZeroMeansNeverWithoutAWarning(int seconds) {
        assertThat(with("pool_recycle", seconds).poolRecycle()).isNull();

        assertThat(poolLog.events()).isEmpty();
    }

    @Test
    void connectTimeoutBelowASecondIsClamped() {
        assertThat(with("connect_timeout", 0).connectTimeout()).isEqualTo(Duration.ofSeconds(1));

        assertThat(poolLog.messages(Level.WARN)).singleElement().asString()
                .startsWith("connect_timeout=0s is unwise").endsWith("; using 1s");
    }

    @Test
    void aNegativeStatementCacheSizeTurnsTheCacheOff() {
        assertThat(with("statement_cache_size", -5).statementCacheSize()).isZero();

        assertThat(poolLog.messages(Level.WARN)).singleElement().asString()
                .startsWith("statement_cache_size=-5 is unwise").endsWith("; using 0");
    }

    @Test
    void valuesAtTheLimitsAreKeptSilently() {
        EngineSettings settings = EngineSettings.fromMap(Map.of("pool_size", 1, "pool_timeout", 0.25,
                "pool_recycle", 30, "connect_timeout", 1, "statement_cache_size", 0));

        assertThat(settings.poolSize()).isEqualTo(1);
        assertThat(settings.poolTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.poolRecycle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(poolLog.events()).isEmpty();
    }

    @Test
    void theWarningsGoToThePoolLoggerAtWarn() {
        with("pool_size", -3);

        assertThat(poolLog.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getLoggerName()).isEqualTo("dev.athanor.POOL");
        });
    }

    // ---- secrets -------------------------------------------------------------------------------------

    @Test
    void toStringHidesSecretConnectArgs() {
        EngineSettings settings = EngineSettings.builder()
                .connectArg("user", "bob")
                .connectArg("password", "s3cret-1")
                .connectArg("trustStorePassword", "s3cret-2")
                .connectArg("client_secret", "s3cret-3")
                .build();

        assertThat(settings.toString())
                .contains("user=bob", "password=***", "trustStorePassword=***", "client_secret=***")
                .doesNotContain("s3cret");
        assertThat(settings.connectArgs()).containsEntry("password", "s3cret-1");
    }

    @Test
    void secretNamesAreRecognisedIgnoringCase() {
        assertThat(EngineSettings.isSecret("PASSWORD")).isTrue();
        assertThat(EngineSettings.isSecret("sslPasswd")).isTrue();
        assertThat(EngineSettings.isSecret("pwd")).isTrue();
        assertThat(EngineSettings.isSecret("user")).isFalse();
        assertThat(EngineSettings.isSecret("busy_timeout")).isFalse();
    }

    @Test
    void toStringNamesEveryOption() {
        assertThat(EngineSettings.builder().build().toString()).contains(EngineSettings.KNOWN_OPTIONS);
    }
}
