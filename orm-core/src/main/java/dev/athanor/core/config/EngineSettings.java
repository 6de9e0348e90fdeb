package dev.athanor.core.config;

import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's options, validated once: a value of the wrong type throws naming the option, an
 * unwise value is clamped with a warning naming the option and the value used, and then the
 * settings are sealed. Keys are SQLAlchemy's ({@code pool_recycle}); the builder has Java names.
 */
public final class EngineSettings {

    public static final String ECHO = "echo";
    public static final String POOL_SIZE = "pool_size";
    public static final String POOL_TIMEOUT = "pool_timeout";
    public static final String POOL_RECYCLE = "pool_recycle";
    public static final String POOL_PRE_PING = "pool_pre_ping";
    public static final String CONNECT_TIMEOUT = "connect_timeout";
    public static final String ISOLATION_LEVEL = "isolation_level";
    public static final String CONNECT_ARGS = "connect_args";
    public static final String STATEMENT_CACHE_SIZE = "statement_cache_size";

    /** Every option, in the order the README documents them. */
    public static final List<String> KNOWN_OPTIONS = List.of(ECHO, POOL_SIZE, POOL_TIMEOUT, POOL_RECYCLE,
            POOL_PRE_PING, CONNECT_TIMEOUT, ISOLATION_LEVEL, CONNECT_ARGS, STATEMENT_CACHE_SIZE);

    static final Duration MIN_POOL_TIMEOUT = Duration.ofMillis(250);
    static final Duration MIN_RECYCLE = Duration.ofSeconds(30);
    static final Duration MIN_CONNECT_TIMEOUT = Duration.ofSeconds(1);

    private static final Logger POOL_LOG = LoggerFactory.getLogger("dev.athanor.POOL");
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret");

    private final EchoMode echo;
    private final int poolSize;
    private final Duration poolTimeout;
    private final Duration poolRecycle;
    private final boolean poolPrePing;
    private final Duration connectTimeout;
    private final IsolationLevel isolationLevel;
    private final Map<String, String> connectArgs;
    private final int statementCacheSize;

    private EngineSettings(Builder b) {
        this.echo = b.echo;
        this.poolSize = b.poolSize;
        this.poolTimeout = b.poolTimeout;
        this.poolRecycle = b.poolRecycle;
        this.poolPrePing = b.poolPrePing;
        this.connectTimeout = b.connectTimeout;
        this.isolationLevel = b.isolationLevel;
        this.connectArgs = Collections.unmodifiableMap(new LinkedHashMap<>(b.connectArgs));
        this.statementCacheSize = b.statementCacheSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings from an option map such as {@code Map.of("echo", true, "pool_recycle", 3600)}. */
    public static EngineSettings fromMap(Map<String, ?> options) {
        Builder builder = builder();
        options.forEach(builder::option);
        return builder.build();
    }

    public EchoMode echo() {
        return echo;
    }

    public int poolSize() {
        return poolSize;
    }

    public Duration poolTimeout() {
        return poolTimeout;
    }

    /** How long a pooled connection may live; null for no limit. */
    public Duration poolRecycle() {
        return poolRecycle;
    }

    public boolean poolPrePing() {
        return poolPrePing;
    }

    /** The driver's connect timeout; null for the driver's default. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The isolation level of every connection; null for the database's default. */
    public IsolationLevel isolationLevel() {
        return isolationLevel;
    }

    /** Driver properties, passed to the JDBC driver as they are. */
    public Map<String, String> connectArgs() {
        return connectArgs;
    }

    public int statementCacheSize() {
        return statementCacheSize;
    }

    /** True for driver property names that hold secrets, which are never printed. */
    public static boolean isSecret(String propertyName) {
        String lower = propertyName.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        connectArgs.forEach((k, v) -> shown.put(k, isSecret(k) ? "***" : v));
        return "EngineSettings{echo=" + echo + ", pool_size=" + poolSize + ", pool_timeout=" + poolTimeout
                + ", pool_recycle=" + poolRecycle + ", pool_pre_ping=" + poolPrePing + ", connect_timeout="
                + connectTimeout + ", isolation_level=" + isolationLevel + ", connect_args=" + shown
                + ", statement_cache_size=" + statementCacheSize + "}";
    }

    /** Collects options; {@link #build()} validates and clamps them once. */
    public static final class Builder {
        private EchoMode echo = EchoMode.OFF;
        private int poolSize = 5;
        private Duration poolTimeout = Duration.ofSeconds(30);
        private Duration poolRecycle;
        private boolean poolPrePing;
        private Duration connectTimeout;
        private IsolationLevel isolationLevel;
        private final Map<String, String> connectArgs = new LinkedHashMap<>();
        private int statementCacheSize = 64;

        private Builder() {
        }

        /** Sets one option by its SQLAlchemy key; an unknown key fails with a did-you-mean. */
        public Builder option(String key, Object value) {
            String k = key == null ? "null" : key.trim().toLowerCase(Locale.ROOT);
            try {
                switch (k) {
                    case ECHO -> echo = EchoMode.parse(value);
                    case POOL_SIZE -> poolSize = toInt(value);
                    case POOL_TIMEOUT -> poolTimeout = toDuration(value);
                    case POOL_RECYCLE -> poolRecycle = toDuration(value);
                    case POOL_PRE_PING -> poolPrePing = toBoolean(value);
                    case CONNECT_TIMEOUT -> connectTimeout = toDuration(value);
                    case ISOLATION_LEVEL -> isolationLevel = value == null ? null : IsolationLevel.parse(value);
                    case CONNECT_ARGS -> connectArgs(toStringMap(value));
                    case STATEMENT_CACHE_SIZE -> statementCacheSize = toInt(value);
                    default -> throw unknown(key);
                }
            } catch (ConfigurationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConfigurationException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE,
                        "option '" + k + "': " + e.getMessage()), e);
            }
            return this;
        }

        public Builder echo(EchoMode mode) {
            this.echo = mode;
            return this;
        }

        public Builder poolSize(int size) {
            this.poolSize = size;
            return this;
        }

        public Builder poolTimeout(Duration timeout) {
            this.poolTimeout = timeout;
            return this;
        }

        public Builder poolRecycle(Duration recycle) {
            this.poolRecycle = recycle;
            return this;
        }

        public Builder poolPrePing(boolean prePing) {
            this.poolPrePing = prePing;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder isolationLevel(IsolationLevel level) {
            this.isolationLevel = level;
            return this;
        }

        public Builder connectArg(String name, Object value) {
            this.connectArgs.put(name, String.valueOf(value));
            return this;
        }

        public Builder connectArgs(Map<String, ?> args) {
            args.forEach(this::connectArg);
            return this;
        }

        public Builder statementCacheSize(int size) {
            this.statementCacheSize = size;
            return this;
        }

        /** Validates, clamps unwise values with a warning, and seals the settings. */
        public EngineSettings build() {
            if (poolSize < 1) {
                poolSize = clamped(POOL_SIZE, poolSize, 1, "a pool needs at least one connection");
            }
            if (poolTimeout == null || poolTimeout.compareTo(MIN_POOL_TIMEOUT) < 0) {
                poolTimeout = clamped(POOL_TIMEOUT, poolTimeout, MIN_POOL_TIMEOUT,
                        "HikariCP waits at least 250 ms for a connection");
            }
            if (poolRecycle != null && (poolRecycle.isZero() || poolRecycle.isNegative())) {
                poolRecycle = null; // SQLAlchemy's -1: never recycle
            } else if (poolRecycle != null && poolRecycle.compareTo(MIN_RECYCLE) < 0) {
                poolRecycle = clamped(POOL_RECYCLE, poolRecycle, MIN_RECYCLE,
                        "HikariCP retires connections after 30 s at the earliest");
            }
            if (connectTimeout != null && connectTimeout.compareTo(MIN_CONNECT_TIMEOUT) < 0) {
                connectTimeout = clamped(CONNECT_TIMEOUT, connectTimeout, MIN_CONNECT_TIMEOUT,
                        "zero means wait forever to most drivers, and less than a second fails on a busy network");
            }
            if (statementCacheSize < 0) {
                statementCacheSize = clamped(STATEMENT_CACHE_SIZE, statementCacheSize, 0, "0 turns the cache off");
            }
            return new EngineSettings(this);
        }

        private static <T> T clamped(String option, Object given, T used, String why) {
            POOL_LOG.warn("{}={} is unwise ({}); using {}", option, show(given), why, show(used));
            return used;
        }

        private static String show(Object value) {
            if (value instanceof Duration d) {
                return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() / 1000.0 + "s";
            }
            return String.valueOf(value);
        }

        private static ConfigurationException unknown(String key) {
            return new ConfigurationException(ErrorMessage.of(ErrorCode.UNKNOWN_OPTION,
                    "'" + key + "'." + Suggestions.didYouMean(String.valueOf(key), KNOWN_OPTIONS))
                    .detail("known options", String.join(", ", KNOWN_OPTIONS)));
        }

        private static int toInt(Object value) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                return Math.toIntExact(((Number) value).longValue());
            }
            if (value instanceof CharSequence text) {
                return Integer.parseInt(text.toString().trim());
            }
            throw new IllegalArgumentException("expected a whole number, got " + EchoMode.describe(value));
        }

        private static boolean toBoolean(Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof CharSequence text) {
                String t = text.toString().trim().toLowerCase(Locale.ROOT);
                if (t.equals("true") || t.equals("false")) {
                    return Boolean.parseBoolean(t);
                }
            }
            throw new IllegalArgumentException("expected true or false, got " + EchoMode.describe(value));
        }

        /** Seconds as a number (3600, 0.5, "3600") or a {@link Duration}; null means unset. */
        private static Duration toDuration(Object value) {
            if (value == null || value instanceof Duration) {
                return (Duration) value;
            }
            double seconds;
            if (value instanceof Number n) {
                seconds = n.doubleValue();
            } else if (value instanceof CharSequence text) {
                seconds = Double.parseDouble(text.toString().trim());
            } else {
                throw new IllegalArgumentException("expected seconds as a number or a java.time.Duration, got "
                        + EchoMode.describe(value));
            }
            if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("expected a finite number of seconds, got " + seconds);
            }
            return Duration.ofNanos(Math.round(seconds * 1_000_000_000L));
        }

        private static Map<String, ?> toStringMap(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                return copy;
            }
            throw new IllegalArgumentException("expected a Map of driver properties, got " + EchoMode.describe(value));
        }
    }
}
