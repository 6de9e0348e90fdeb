package dev.athanor.jpa.boot;

import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * One {@code <persistence-unit>} of a {@code persistence.xml}, as written: nothing resolved or
 * loaded yet. Properties keep their order; values are strings.
 *
 * @param name                   the unit's name
 * @param transactionType        {@code RESOURCE_LOCAL} or {@code JTA}
 * @param provider               the {@code <provider>} class name, or null
 * @param jtaDataSource          the {@code <jta-data-source>} JNDI name, or null
 * @param nonJtaDataSource       the {@code <non-jta-data-source>} JNDI name, or null
 * @param mappingFiles           {@code <mapping-file>} resource names
 * @param jarFiles               {@code <jar-file>} entries, as written
 * @param managedClasses         {@code <class>} names
 * @param excludeUnlistedClasses {@code <exclude-unlisted-classes>}; true when present without a value
 * @param sharedCacheMode        {@code <shared-cache-mode>}, or null
 * @param validationMode         {@code <validation-mode>}, or null
 * @param properties             {@code <property name value>} pairs
 * @param rootUrl                the root of the unit: the folder or jar holding {@code META-INF/persistence.xml}
 * @param source                 the persistence.xml the unit came from, for messages
 */
public record PersistenceUnitDescriptor(String name, String transactionType, String provider, String jtaDataSource,
                                        String nonJtaDataSource, List<String> mappingFiles, List<String> jarFiles,
                                        List<String> managedClasses, boolean excludeUnlistedClasses,
                                        String sharedCacheMode, String validationMode, Map<String, String> properties,
                                        URL rootUrl, URL source) {

    public PersistenceUnitDescriptor {
        mappingFiles = List.copyOf(mappingFiles);
        jarFiles = List.copyOf(jarFiles);
        managedClasses = List.copyOf(managedClasses);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    @Override
    public String toString() {
        return "persistence unit '" + name + "' (" + source + ")";
    }
}
