package dev.athanor.core.meta.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an XML mapping file ({@code orm.xml}) says over the annotations: entity names and the
 * column names of attributes. The metadata builder applies these before reading defaults; the
 * full orm.xml comes with the mapping issue.
 *
 * <p>An attribute is named by its path from the entity: {@code "email"}, or
 * {@code "address.street"} for an attribute of an embedded value.
 */
public final class MappingOverrides {

    /** Nothing overridden. */
    public static final MappingOverrides NONE = new MappingOverrides(Map.of(), Map.of(), Map.of());

    private final Map<String, String> entityNames;
    private final Map<String, Map<String, String>> columnNames;
    private final Map<String, String> sources;

    private MappingOverrides(Map<String, String> entityNames, Map<String, Map<String, String>> columnNames,
            Map<String, String> sources) {
        this.entityNames = entityNames;
        this.columnNames = columnNames;
        this.sources = sources;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entity name the XML gives the class, if any. */
    public Optional<String> entityName(Class<?> entityClass) {
        return Optional.ofNullable(entityNames.get(entityClass.getName()));
    }

    /** The column name the XML gives the attribute at {@code attributePath} of the class, if any. */
    public Optional<String> columnName(Class<?> entityClass, String attributePath) {
        return Optional.ofNullable(columnNames.getOrDefault(entityClass.getName(), Map.of()).get(attributePath));
    }

    /** The overridden attribute paths of the class, with their column names. */
    public Map<String, String> columnNames(Class<?> entityClass) {
        return columnNames.getOrDefault(entityClass.getName(), Map.of());
    }

    /** Where the overrides of a class were read (file and line), for messages; null when unknown. */
    public String source(Class<?> entityClass) {
        return source(entityClass.getName());
    }

    /** {@link #source(Class)} by the class's fully qualified name. */
    public String source(String className) {
        return sources.get(className);
    }

    /** The fully qualified names of the classes something is overridden for. */
    public Set<String> classNames() {
        Set<String> names = new LinkedHashSet<>(entityNames.keySet());
        names.addAll(columnNames.keySet());
        return Collections.unmodifiableSet(names);
    }

    public boolean isEmpty() {
        return entityNames.isEmpty() && columnNames.isEmpty();
    }

    @Override
    public String toString() {
        return "MappingOverrides[entityNames=" + entityNames + ", columnNames=" + columnNames + "]";
    }

    /** Collects overrides; the last one given for a class or attribute wins. */
    public static final class Builder {
        private final Map<String, String> entityNames = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> columnNames = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        /** @param className the entity's fully qualified class name */
        public Builder entityName(String className, String entityName) {
            entityNames.put(Objects.requireNonNull(className), Objects.requireNonNull(entityName));
            return this;
        }

        /** @param attributePath {@code "name"}, or {@code "embedded.name"} */
        public Builder columnName(String className, String attributePath, String columnName) {
            columnNames.computeIfAbsent(Objects.requireNonNull(className), k -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(attributePath), Objects.requireNonNull(columnName));
            return this;
        }

        /** Records where the overrides of a class come from (e.g. {@code "META-INF/orm.xml:12"}). */
        public Builder source(String className, String source) {
            sources.putIfAbsent(className, source);
            return this;
        }

        public MappingOverrides build() {
            Map<String, Map<String, String>> columns = new LinkedHashMap<>();
            columnNames.forEach((k, v) -> columns.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
            return new MappingOverrides(Collections.unmodifiableMap(new LinkedHashMap<>(entityNames)),
                    Collections.unmodifiableMap(columns), Collections.unmodifiableMap(new LinkedHashMap<>(sources)));
        }
    }
}
