package dev.athanor.jpa.boot;

import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Turns a declared persistence unit into a {@link UnitSetup}: properties merged and checked,
 * classes loaded, mapping files read, the database chosen, modes parsed. Everything a user can
 * get wrong fails here, before an engine exists, naming the unit, its file and the property; no
 * connection is opened.
 */
public final class UnitResolver {

    private UnitResolver() {
    }

    /** A unit of a persistence.xml, with the properties passed to {@code createEntityManagerFactory} over its own. */
    public static UnitSetup resolve(PersistenceUnitDescriptor unit, ClassLoader loader, Map<?, ?> given) {
        return resolve(UnitSource.of(unit, loader), given);
    }

    /** A unit declared with {@link PersistenceConfiguration}. */
    public static UnitSetup resolve(PersistenceConfiguration configuration, ClassLoader loader) {
        return resolve(UnitSource.of(configuration, loader), Map.of());
    }

    /** A unit a container read (Spring's {@code LocalContainerEntityManagerFactoryBean}), with its overrides. */
    public static UnitSetup resolve(PersistenceUnitInfo info, Map<?, ?> given) {
        return resolve(UnitSource.of(info), given);
    }

    static UnitSetup resolve(UnitSource unit, Map<?, ?> given) {
        UnitProperties properties = UnitProperties.merge(unit.where(), unit.properties(), given);
        PersistenceUnitTransactionType transactionType = transactionType(unit, properties);
        DataSource dataSource = dataSource(unit, properties);
        String url = url(unit, properties);
        if (dataSource == null && url == null) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.NO_DATABASE,
                    "neither " + UnitProperties.JDBC_URL + " nor a DataSource is set")
                    .detail("persistence unit", unit.where())
                    .hint("Add <property name=\"" + UnitProperties.JDBC_URL + "\" value=\"jdbc:sqlite:app.db\"/> to the"
                            + " unit, or pass " + UnitProperties.JDBC_URL + " (or a DataSource as "
                            + UnitProperties.NON_JTA_DATA_SOURCE + ") in the map given to createEntityManagerFactory."));
        }
        if (dataSource == null) {
            checkDriver(unit, properties);
        }
        SharedCacheMode cacheMode = mode(unit, properties, UnitProperties.SHARED_CACHE_MODE, unit.sharedCacheMode(),
                SharedCacheMode.class, SharedCacheMode.UNSPECIFIED);
        ValidationMode validationMode = mode(unit, properties, UnitProperties.VALIDATION_MODE, unit.validationMode(),
                ValidationMode.class, ValidationMode.AUTO);
        if (validationMode == ValidationMode.CALLBACK) {
            throw unsupported(unit, "validation mode CALLBACK", "Athanor integrates no Bean Validation provider yet:"
                    + " set <validation-mode> (or " + UnitProperties.VALIDATION_MODE + ") to AUTO or NONE.");
        }
        SchemaGeneration schemaGeneration = SchemaGeneration.from(properties);
        UnitClasses classes = UnitClasses.of(unit);
        return new UnitSetup(unit.name(), transactionType, classes.managedClasses(), classes.overrides(),
                dataSource == null ? url : null, dataSource, properties.engineOptions(), properties.sessionSettings(),
                schemaGeneration, listener(unit, properties), properties.masked(), cacheMode, validationMode,
                unit.classLoader(), properties.string(UnitProperties.JDBC_USER),
                properties.string(UnitProperties.JDBC_PASSWORD));
    }

    private static PersistenceUnitTransactionType transactionType(UnitSource unit, UnitProperties properties) {
        String declared = properties.string(UnitProperties.TRANSACTION_TYPE);
        PersistenceUnitTransactionType type = mode(unit, properties, UnitProperties.TRANSACTION_TYPE,
                declared == null ? unit.transactionType() : declared, PersistenceUnitTransactionType.class,
                PersistenceUnitTransactionType.RESOURCE_LOCAL);
        if (type == PersistenceUnitTransactionType.JTA) {
            throw unsupported(unit, "transaction-type JTA", "Athanor runs RESOURCE_LOCAL units only: set"
                    + " transaction-type=\"RESOURCE_LOCAL\" and use EntityManager.getTransaction() (Spring's"
                    + " JpaTransactionManager does).");
        }
        return type;
    }

    /** The non-JTA data source: an instance in the properties, or the container's; a JNDI name is refused. */
    private static DataSource dataSource(UnitSource unit, UnitProperties properties) {
        Object value = properties.get(UnitProperties.NON_JTA_DATA_SOURCE);
        String property = UnitProperties.NON_JTA_DATA_SOURCE;
        if (value == null) {
            value = properties.get(UnitProperties.DATA_SOURCE);
            property = UnitProperties.DATA_SOURCE;
        }
        if (value == null) {
            value = unit.nonJtaDataSource();
            property = "<non-jta-data-source>";
        }
        if (value == null || value instanceof DataSource) {
            return (DataSource) value;
        }
        if (value instanceof String name && name.isBlank()) {
            return null;
        }
        throw unsupported(unit, property + " '" + value + "' (a JNDI name)", "Athanor looks nothing up in JNDI:"
                + " pass the DataSource object itself as " + UnitProperties.NON_JTA_DATA_SOURCE + " in the map given"
                + " to createEntityManagerFactory, or set " + UnitProperties.JDBC_URL + " instead.");
    }

    private static String url(UnitSource unit, UnitProperties properties) {
        String jdbc = properties.string(UnitProperties.JDBC_URL);
        String athanor = properties.string(UnitProperties.ATHANOR_URL);
        if (jdbc != null && athanor != null && !jdbc.equals(athanor)) {
            throw unsupported(unit, UnitProperties.JDBC_URL + " and " + UnitProperties.ATHANOR_URL
                    + " name different databases", "Set only one of them; " + UnitProperties.ATHANOR_URL
                    + " is another name for " + UnitProperties.JDBC_URL + ".");
        }
        return jdbc != null ? jdbc : athanor;
    }

    /** Checks that the named driver class exists; the engine itself loads the dialect's driver on first connect. */
    private static void checkDriver(UnitSource unit, UnitProperties properties) {
        String driver = properties.string(UnitProperties.JDBC_DRIVER);
        if (driver == null) {
            return;
        }
        try {
            Class.forName(driver, false, unit.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNIT_CLASS_NOT_FOUND,
                    UnitProperties.JDBC_DRIVER + " " + driver)
                    .detail("persistence unit", unit.where())
                    .hint("Add the JDBC driver's jar to the application (e.g. org.xerial:sqlite-jdbc), or remove "
                            + UnitProperties.JDBC_DRIVER + ": Athanor picks the driver from the URL."), e);
        }
    }

    private static ExecutionListener listener(UnitSource unit, UnitProperties properties) {
        Object value = properties.get(UnitProperties.EXECUTION_LISTENER);
        if (value == null || value instanceof ExecutionListener) {
            return (ExecutionListener) value;
        }
        String name = value instanceof Class<?> type ? type.getName() : String.valueOf(value).trim();
        try {
            Class<?> type = Class.forName(name, true, unit.classLoader());
            return (ExecutionListener) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNIT_CLASS_NOT_FOUND,
                    UnitProperties.EXECUTION_LISTENER + " " + name).detail("persistence unit", unit.where()), e);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE,
                    UnitProperties.EXECUTION_LISTENER + " " + name + " cannot be used: " + e)
                    .detail("persistence unit", unit.where())
                    .hint("Give a public class implementing " + ExecutionListener.class.getName() + " with a public"
                            + " no-argument constructor, or pass an instance in the map."), e);
        }
    }

    /** An enum from a property, or else from the XML element, or else the default. */
    private static <E extends Enum<E>> E mode(UnitSource unit, UnitProperties properties, String property,
            String declared, Class<E> type, E fallback) {
        Object value = properties.get(property);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        String text = value != null ? String.valueOf(value).trim() : declared;
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        var accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.INVALID_OPTION_VALUE,
                property + " is '" + text + "'." + Suggestions.didYouMean(wanted, accepted))
                .detail("persistence unit", unit.where())
                .hint("Use one of " + String.join(", ", accepted) + "."));
    }

    private static PersistenceUnitException unsupported(UnitSource unit, String what, String hint) {
        return new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNSUPPORTED_UNIT_SETTING, what)
                .detail("persistence unit", unit.where()).hint(hint));
    }
}
