package dev.athanor.core.meta.build;

import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.NamedQueryModel;
import dev.athanor.core.meta.ResultSetMappingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an XML mapping file ({@code orm.xml}) says over the annotations: entity names, the column
 * names of attributes, and named queries and result set mappings (which replace annotated ones of
 * the same name). The metadata builder applies these before reading defaults; the full orm.xml
 * comes with the mapping issue.
 *
 * <p>An attribute is named by its path from the entity: {@code "email"}, or
 * {@code "address.street"} for an attribute of an embedded value.
 */
public final class MappingOverrides {

    /** Nothing overridden. */
    public static final MappingOverrides NONE = builder().build();

    /**
     * A named query or result set mapping a mapping file declares, with where it does.
     *
     * @param model the declaration, its classes resolved; declared on {@code Object.class} when the
     *     file declares it outside any entity
     * @param source file and line, for messages
     */
    public record Declared<T>(T model, String source) {
    }

    private final Map<String, String> entityNames;
    private final Map<String, Map<String, String>> columnNames;
    private final Map<String, String> sources;
    private final List<Declared<NamedQueryModel>> namedQueries;
    private final List<Declared<NamedNativeQueryModel>> namedNativeQueries;
    private final List<Declared<ResultSetMappingModel>> resultSetMappings;

    private MappingOverrides(Builder builder) {
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        builder.columnNames.forEach((k, v) -> columns.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.entityNames = Collections.unmodifiableMap(new LinkedHashMap<>(builder.entityNames));
        this.columnNames = Collections.unmodifiableMap(columns);
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(builder.sources));
        this.namedQueries = List.copyOf(builder.namedQueries);
        this.namedNativeQueries = List.copyOf(builder.namedNativeQueries);
        this.resultSetMappings = List.copyOf(builder.resultSetMappings);
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

    /** The {@code <named-query>}s of the mapping files, in file order. */
    public List<Declared<NamedQueryModel>> namedQueries() {
        return namedQueries;
    }

    /** The {@code <named-native-query>}s of the mapping files, in file order. */
    public List<Declared<NamedNativeQueryModel>> namedNativeQueries() {
        return namedNativeQueries;
    }

    /** The {@code <sql-result-set-mapping>}s of the mapping files, in file order. */
    public List<Declared<ResultSetMappingModel>> resultSetMappings() {
        return resultSetMappings;
    }

    public boolean isEmpty() {
        return entityNames.isEmpty() && columnNames.isEmpty() && namedQueries.isEmpty()
                && namedNativeQueries.isEmpty() && resultSetMappings.isEmpty();
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
        private final List<Declared<NamedQueryModel>> namedQueries = new ArrayList<>();
        private final List<Declared<NamedNativeQueryModel>> namedNativeQueries = new ArrayList<>();
        private final List<Declared<ResultSetMappingModel>> resultSetMappings = new ArrayList<>();

        /** A {@code <named-query>}, declared at {@code source} (file and line). */
        public Builder namedQuery(NamedQueryModel query, String source) {
            namedQueries.add(new Declared<>(Objects.requireNonNull(query), source));
            return this;
        }

        /** A {@code <named-native-query>}, declared at {@code source} (file and line). */
        public Builder namedNativeQuery(NamedNativeQueryModel query, String source) {
            namedNativeQueries.add(new Declared<>(Objects.requireNonNull(query), source));
            return this;
        }

        /** A {@code <sql-result-set-mapping>}, declared at {@code source} (file and line). */
        public Builder resultSetMapping(ResultSetMappingModel mapping, String source) {
            resultSetMappings.add(new Declared<>(Objects.requireNonNull(mapping), source));
            return this;
        }

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
            return new MappingOverrides(this);
        }
    }
}
