package dev.athanor.jpa.boot;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A persistence unit as one of its three declarations gives it (a persistence.xml, a
 * {@link PersistenceConfiguration}, a container's {@link PersistenceUnitInfo}), in one shape,
 * so that {@link UnitResolver} resolves all three the same way.
 *
 * @param name             the unit's name
 * @param where            the unit and where it was declared, for messages
 * @param transactionType  as declared, e.g. {@code RESOURCE_LOCAL}; null for the default
 * @param nonJtaDataSource a {@code javax.sql.DataSource}, a JNDI name, or null
 * @param mappingFiles     mapping file resource names
 * @param jarFiles         further jars to scan, resolved
 * @param classNames       managed classes by name, loaded with {@code classLoader}
 * @param classes          managed classes already loaded
 * @param scanRoot         whether {@code rootUrl} is scanned for unlisted managed classes
 * @param rootUrl          the unit's root (folder or jar), or null
 * @param defaultOrmXml    whether {@code META-INF/orm.xml} of the root is read when present
 * @param properties       the declared properties
 */
record UnitSource(String name, String where, String transactionType, String provider, Object nonJtaDataSource,
        List<String> mappingFiles, List<URL> jarFiles, List<String> classNames, List<Class<?>> classes,
        boolean scanRoot, URL rootUrl, boolean defaultOrmXml, String sharedCacheMode, String validationMode,
        Map<?, ?> properties, ClassLoader classLoader) {

    /** A unit of a persistence.xml; its classes load with {@code loader}, its jar files resolve against its root. */
    static UnitSource of(PersistenceUnitDescriptor unit, ClassLoader loader) {
        String where = "'" + unit.name() + "' (" + unit.source() + ")";
        List<URL> jars = new ArrayList<>();
        for (String jar : unit.jarFiles()) {
            jars.add(resolve(unit.rootUrl(), jar, where));
        }
        return new UnitSource(unit.name(), where, unit.transactionType(), unit.provider(), unit.nonJtaDataSource(),
                unit.mappingFiles(), jars, unit.managedClasses(), List.of(), !unit.excludeUnlistedClasses(),
                unit.rootUrl(), true, unit.sharedCacheMode(), unit.validationMode(), unit.properties(), loader);
    }

    /** A unit declared in code: only its listed classes, nothing scanned. */
    static UnitSource of(PersistenceConfiguration configuration, ClassLoader loader) {
        String where = "'" + configuration.name() + "' (PersistenceConfiguration)";
        return new UnitSource(configuration.name(), where,
                configuration.transactionType() == null ? null : configuration.transactionType().name(),
                configuration.provider(), configuration.nonJtaDataSource(), configuration.mappingFiles(), List.of(),
                List.of(), configuration.managedClasses(), false, null, false,
                configuration.sharedCacheMode() == null ? null : configuration.sharedCacheMode().name(),
                configuration.validationMode() == null ? null : configuration.validationMode().name(),
                configuration.properties(), loader);
    }

    /** A unit a container (Spring) read; its classes load with the info's class loader. */
    @SuppressWarnings({"deprecation", "removal"}) // PersistenceUnitInfo still returns the spi's transaction type in 3.2
    static UnitSource of(PersistenceUnitInfo info) {
        String where = "'" + info.getPersistenceUnitName() + "' (PersistenceUnitInfo of "
                + (info.getPersistenceUnitRootUrl() == null ? "the container" : info.getPersistenceUnitRootUrl()) + ")";
        ClassLoader loader = info.getClassLoader() != null ? info.getClassLoader()
                : Thread.currentThread().getContextClassLoader();
        return new UnitSource(info.getPersistenceUnitName(), where,
                info.getTransactionType() == null ? null : info.getTransactionType().name(),
                info.getPersistenceProviderClassName(), info.getNonJtaDataSource(),
                info.getMappingFileNames() == null ? List.of() : info.getMappingFileNames(),
                info.getJarFileUrls() == null ? List.of() : info.getJarFileUrls(),
                info.getManagedClassNames() == null ? List.of() : info.getManagedClassNames(), List.of(),
                !info.excludeUnlistedClasses(), info.getPersistenceUnitRootUrl(), true,
                info.getSharedCacheMode() == null ? null : info.getSharedCacheMode().name(),
                info.getValidationMode() == null ? null : info.getValidationMode().name(),
                info.getProperties() == null ? Map.of() : info.getProperties(), loader);
    }

    /** A {@code <jar-file>} entry: relative to the unit's root, as the specification says, unless it is a URL. */
    private static URL resolve(URL root, String jar, String where) {
        try {
            URI uri = URI.create(jar.replace('\\', '/'));
            return uri.isAbsolute() ? uri.toURL() : root.toURI().resolve(uri).toURL();
        } catch (Exception e) {
            throw new PersistenceUnitException(ErrorMessage.of(ErrorCode.UNSUPPORTED_UNIT_SETTING,
                    "<jar-file>" + jar + "</jar-file> is not a path or URL: " + e.getMessage())
                    .detail("persistence unit", where)
                    .hint("Write the jar's path relative to the unit's root (" + root + "), or a file: URL."), e);
        }
    }
}
