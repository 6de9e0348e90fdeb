package dev.athanor.jpa.boot;

import dev.athanor.core.config.EngineSettings;
import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.engine.UrlParts;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The properties of one persistence unit, merged once: those passed to
 * {@code createEntityManagerFactory} over those of the XML (or the {@code PersistenceConfiguration},
 * or the container's {@code PersistenceUnitInfo}). Legacy {@code javax.persistence.*} names are
 * read as their {@code jakarta.persistence.*} names; an unknown {@code athanor.*} key fails with a
 * did-you-mean; another provider's keys are ignored (logged at DEBUG on {@code dev.athanor.jpa.boot}),
 * so that one persistence.xml can serve several providers. Values are never logged, and
 * {@link #masked()} hides every secret.
 */
public final class UnitProperties {

    public static final String JDBC_URL = "jakarta.persistence.jdbc.url";
    public static final String JDBC_USER = "jakarta.persistence.jdbc.user";
    public static final String JDBC_PASSWORD = "jakarta.persistence.jdbc.password";
    public static final String JDBC_DRIVER = "jakarta.persistence.jdbc.driver";
    public static final String NON_JTA_DATA_SOURCE = "jakarta.persistence.nonJtaDataSource";
    public static final String JTA_DATA_SOURCE = "jakarta.persistence.jtaDataSource";
    /** {@code PersistenceConfiguration.JDBC_DATASOURCE}: a second name for the non-JTA data source. */
    public static final String DATA_SOURCE = "jakarta.persistence.dataSource";
    public static final String PROVIDER = "jakarta.persistence.provider";
    public static final String TRANSACTION_TYPE = "jakarta.persistence.transactionType";
    public static final String SHARED_CACHE_MODE = "jakarta.persistence.sharedCache.mode";
    public static final String VALIDATION_MODE = "jakarta.persistence.validation.mode";

    public static final String ATHANOR_URL = "athanor.url";
    public static final String EXECUTION_LISTENER = "athanor.execution_listener";

    static final String ATHANOR = "athanor.";
    private static final String JAKARTA = "jakarta.persistence.";
    private static final String JAVAX = "javax.persistence.";
    private static final String MASK = "****";
    private static final Logger LOG = LoggerFactory.getLogger("dev.athanor.jpa.boot");

    /** Every {@code athanor.*} key a unit may set. */
    public static final List<String> ATHANOR_KEYS = athanorKeys();

    /** The {@code jakarta.persistence.*} unit properties of the specification, to catch a misspelt one. */
    private static final Set<String> JAKARTA_KEYS = Set.of(JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_DRIVER,
            NON_JTA_DATA_SOURCE, JTA_DATA_SOURCE, DATA_SOURCE, PROVIDER, TRANSACTION_TYPE, SHARED_CACHE_MODE,
            VALIDATION_MODE, "jakarta.persistence.lock.timeout", "jakarta.persistence.query.timeout",
            "jakarta.persistence.lock.scope", "jakarta.persistence.validation.factory",
            "jakarta.persistence.validation.group.pre-persist", "jakarta.persistence.validation.group.pre-update",
            "jakarta.persistence.validation.group.pre-remove", "jakarta.persistence.cache.retrieveMode",
            "jakarta.persistence.cache.storeMode", SchemaGeneration.DATABASE_ACTION, SchemaGeneration.SCRIPTS_ACTION,
            SchemaGeneration.CREATE_TARGET, SchemaGeneration.DROP_TARGET, SchemaGeneration.CREATE_SOURCE,
            SchemaGeneration.DROP_SOURCE, "jakarta.persistence.schema-generation.create-script-source",
            "jakarta.persistence.schema-generation.drop-script-source",
            "jakarta.persistence.schema-generation.connection", "jakarta.persistence.database-product-name",
            "jakarta.persistence.database-major-version", "jakarta.persistence.database-minor-version",
            SchemaGeneration.LOAD_SCRIPT, SchemaGeneration.CREATE_SCHEMAS);

    private final String unit;
    private final Map<String, Object> values;

    private UnitProperties(String unit, Map<String, Object> values) {
        this.unit = unit;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Merges the unit's declared properties with those given at creation (which win; a null value
     * removes the key) and checks every {@code athanor.*} key.
     *
     * @param unit the unit and its file, e.g. {@code 'shop' (file:/app/META-INF/persistence.xml)}, for messages
     */
    public static UnitProperties merge(String unit, Map<?, ?> declared, Map<?, ?> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        put(unit, values, declared);
        put(unit, values, given);
        UnitProperties properties = new UnitProperties(unit, values);
        properties.sessionSettings(); // a wrong value fails here, naming the option, rather than at the first EntityManager
        return properties;
    }

    private static void put(String unit, Map<String, Object> values, Map<?, ?> from) {
        if (from == null) {
            return;
        }
        for (Map.Entry<?, ?> entry : from.entrySet()) {
            if (!(entry.getKey() instanceof String raw)) {
                continue;
            }
            String key = raw.startsWith(JAVAX) ? JAKARTA + raw.substring(JAVAX.length()) : raw.trim();
            if (key.startsWith(ATHANOR)) {
                if (!ATHANOR_KEYS.contains(key)) {
                    throw unknownKey(unit, key);
                }
            } else if (key.startsWith(JAKARTA)) {
                if (!JAKARTA_KEYS.contains(key)) {
                    Suggestions.closest(key, JAKARTA_KEYS).ifPresent(near -> LOG.warn(
                            "persistence unit {}: property {} is not one of Jakarta Persistence; did you mean {}?",
                            unit, key, near));
                }
            } else {
                LOG.debug("persistence unit {}: ignoring property {} (not a Jakarta Persistence or Athanor property)",
                        unit, key);
                continue;
            }
            if (entry.getValue() == null) {
                values.remove(key);
            } else {
                values.put(key, entry.getValue());
            }
        }
    }

    private static PersistenceUnitException unknownKey(String unit, String key) {
        return new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNKNOWN_OPTION,
                "persistence-unit property '" + key + "'." + Suggestions.didYouMean(key, ATHANOR_KEYS))
                .detail("persistence unit", unit)
                .detail("known athanor properties", String.join(", ", ATHANOR_KEYS))
                .hint("Fix the property's name, or remove it."));
    }

    /** The unit and its file, for messages. */
    public String unit() {
        return unit;
    }

    /** The value as given (a String from XML, any object from a map), or null. */
    public Object get(String key) {
        return values.get(key);
    }

    /** The value as trimmed text; null when absent or blank. */
    public String string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        String text = (value instanceof Class<?> type ? type.getName() : String.valueOf(value)).trim();
        return text.isEmpty() ? null : text;
    }

    /** The engine options ({@code athanor.echo}, the pool options...), without their prefix. */
    public Map<String, Object> engineOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        for (String option : EngineSettings.KNOWN_OPTIONS) {
            Object value = values.get(ATHANOR + option);
            if (value != null) {
                options.put(option, option.equals(EngineSettings.CONNECT_ARGS) ? connectArgs(value) : value);
            }
        }
        return options;
    }

    /** The persistence context's options, each read and checked by {@link SessionSettings#with}. */
    public SessionSettings sessionSettings() {
        SessionSettings settings = SessionSettings.DEFAULTS;
        for (String option : SessionSettings.KNOWN_OPTIONS) {
            Object value = values.get(ATHANOR + option);
            if (value != null) {
                settings = settings.with(option, value);
            }
        }
        return settings;
    }

    /** Every property, secrets (passwords, credentials in URLs and driver properties) replaced by {@code ****}. */
    public Map<String, Object> masked() {
        Map<String, Object> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> shown.put(key, mask(key, value)));
        return shown;
    }

    private static Object mask(String key, Object value) {
        if (EngineSettings.isSecret(key)) {
            return MASK;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, EngineSettings.isSecret(String.valueOf(k)) ? MASK : v));
            return copy;
        }
        if (value instanceof String text && (key.equals(JDBC_URL) || key.equals(ATHANOR_URL)
                || key.equals(ATHANOR + EngineSettings.CONNECT_ARGS))) {
            return UrlParts.mask(text).replace("***", MASK);
        }
        return value;
    }

    /** Driver properties as a Map, or as the text {@code key=value;key=value} that XML can carry. */
    private Object connectArgs(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (String pair : text.split("[;&]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE,
                        "athanor.connect_args holds '" + (EngineSettings.isSecret(pair) ? MASK : pair.trim())
                                + "', not key=value")
                        .detail("persistence unit", unit)
                        .hint("Write driver properties as key=value pairs separated by ';', e.g."
                                + " busy_timeout=10000;foreign_keys=true."));
            }
            args.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return args;
    }

    private static List<String> athanorKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(ATHANOR_URL);
        EngineSettings.KNOWN_OPTIONS.forEach(option -> keys.add(ATHANOR + option));
        SessionSettings.KNOWN_OPTIONS.forEach(option -> keys.add(ATHANOR + option));
        keys.add(EXECUTION_LISTENER);
        return List.copyOf(keys);
    }

    @Override
    public String toString() {
        return "UnitProperties[" + unit + ": " + masked() + "]";
    }
}
