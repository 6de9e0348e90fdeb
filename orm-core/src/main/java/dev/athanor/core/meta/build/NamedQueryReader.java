package dev.athanor.core.meta.build;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.meta.ColumnResultModel;
import dev.athanor.core.meta.ConstructorResultModel;
import dev.athanor.core.meta.EntityResultModel;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.NamedQueryModel;
import dev.athanor.core.meta.ResultSetMappingModel;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.FieldResult;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SqlResultSetMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the named queries ({@code @NamedQuery}, {@code @NamedNativeQuery}) and result set mappings
 * ({@code @SqlResultSetMapping}) that managed classes and their mapped superclasses declare, and
 * checks what can be checked without compiling a query: names unique (JPQL and native queries share
 * one namespace), entity results naming entities, native queries naming declared mappings.
 */
final class NamedQueryReader {

    private final MappingProblems problems;
    private final Map<String, NamedQueryModel> queries = new LinkedHashMap<>();
    private final Map<String, NamedNativeQueryModel> nativeQueries = new LinkedHashMap<>();
    private final Map<String, ResultSetMappingModel> mappings = new LinkedHashMap<>();
    private final Set<Class<?>> visited = new LinkedHashSet<>();

    NamedQueryReader(MappingProblems problems) {
        this.problems = problems;
    }

    /** Reads what {@code type} and the mapped superclasses and entities above it declare, each class once. */
    void read(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            boolean mapped = c == type || c.isAnnotationPresent(MappedSuperclass.class) || c.isAnnotationPresent(Entity.class);
            if (mapped && visited.add(c)) {
                readDeclared(c);
            }
        }
    }

    private void readDeclared(Class<?> type) {
        for (NamedQuery query : type.getDeclaredAnnotationsByType(NamedQuery.class)) {
            addQuery(new NamedQueryModel(query.name(), query.query(), query.resultClass() == void.class
                    ? Object.class : query.resultClass(), query.lockMode().name(), hints(query.hints()), type));
        }
        for (NamedNativeQuery query : type.getDeclaredAnnotationsByType(NamedNativeQuery.class)) {
            String mapping = query.resultSetMapping();
            if (query.entities().length + query.classes().length + query.columns().length > 0) {
                mapping = NamedNativeQueryModel.inlineMappingName(query.name());
                addMapping(mapping(mapping, query.entities(), query.classes(), query.columns(), type));
            }
            addNativeQuery(new NamedNativeQueryModel(query.name(), query.query(), query.resultClass(), mapping,
                    hints(query.hints()), type));
        }
        for (SqlResultSetMapping mapping : type.getDeclaredAnnotationsByType(SqlResultSetMapping.class)) {
            addMapping(mapping(mapping.name(), mapping.entities(), mapping.classes(), mapping.columns(), type));
        }
    }

    /**
     * Reads what the mapping files declare, after the annotations: a declaration replaces an annotated
     * one of the same name (as the specification has XML override annotations); two declarations of
     * one name in the files are a problem.
     */
    void readXml(MappingOverrides overrides) {
        Map<String, String> queryNames = new LinkedHashMap<>();
        for (MappingOverrides.Declared<NamedQueryModel> declared : overrides.namedQueries()) {
            if (xmlNameIsNew(queryNames, declared.model().name(), declared.source(), ErrorCode.NAMED_QUERY, "query")) {
                nativeQueries.remove(declared.model().name());
                queries.put(declared.model().name(), declared.model());
            }
        }
        for (MappingOverrides.Declared<NamedNativeQueryModel> declared : overrides.namedNativeQueries()) {
            if (xmlNameIsNew(queryNames, declared.model().name(), declared.source(), ErrorCode.NAMED_QUERY, "query")) {
                queries.remove(declared.model().name());
                nativeQueries.put(declared.model().name(), declared.model());
            }
        }
        Map<String, String> mappingNames = new LinkedHashMap<>();
        for (MappingOverrides.Declared<ResultSetMappingModel> declared : overrides.resultSetMappings()) {
            String name = declared.model().name();
            if (xmlNameIsNew(mappingNames, name, declared.source(), ErrorCode.RESULT_MAPPING, "result set mapping")) {
                mappings.put(name, declared.model());
            }
        }
    }

    private boolean xmlNameIsNew(Map<String, String> names, String name, String source, ErrorCode code, String what) {
        String other = names.putIfAbsent(name, source);
        if (other != null) {
            problems.add(code, source, null, "the " + what + " name '" + name + "' is also declared at " + other,
                    "Remove or rename one of the two declarations in the mapping files.");
        }
        return other == null;
    }

    private void addQuery(NamedQueryModel query) {
        if (checkQueryName(query.name(), query.declaredOn())) {
            queries.put(query.name(), query);
        }
    }

    private void addNativeQuery(NamedNativeQueryModel query) {
        if (checkQueryName(query.name(), query.declaredOn())) {
            nativeQueries.put(query.name(), query);
        }
    }

    private void addMapping(ResultSetMappingModel mapping) {
        if (mapping.name().isBlank()) {
            problems.add(ErrorCode.RESULT_MAPPING, mapping.declaredOn(), null,
                    "an @SqlResultSetMapping has no name", "Give it a name unique in the persistence unit.");
            return;
        }
        ResultSetMappingModel other = mappings.putIfAbsent(mapping.name(), mapping);
        if (other != null) {
            problems.add(ErrorCode.RESULT_MAPPING, mapping.declaredOn(), null, "the result set mapping name '"
                    + mapping.name() + "' is also declared " + onOther(other.declaredOn(), mapping.declaredOn()),
                    "Rename one of the two @SqlResultSetMappings; a name is unique in the persistence unit.");
        }
    }

    private boolean checkQueryName(String name, Class<?> declaredOn) {
        if (name.isBlank()) {
            problems.add(ErrorCode.NAMED_QUERY, declaredOn, null, "a named query has no name",
                    "Give every @NamedQuery and @NamedNativeQuery a name unique in the persistence unit.");
            return false;
        }
        Class<?> other = queries.containsKey(name) ? queries.get(name).declaredOn()
                : nativeQueries.containsKey(name) ? nativeQueries.get(name).declaredOn() : null;
        if (other != null) {
            problems.add(ErrorCode.NAMED_QUERY, declaredOn, null, "the query name '" + name + "' is also declared "
                    + onOther(other, declaredOn), "Rename one of the two; named JPQL and native queries share one"
                    + " namespace in the persistence unit.");
            return false;
        }
        return true;
    }

    private static String onOther(Class<?> other, Class<?> declaredOn) {
        return other == declaredOn ? "a second time on the same class" : "on " + other.getName();
    }

    /** Checks references across classes, once every class is read. */
    void check(Collection<Class<?>> entityClasses) {
        for (ResultSetMappingModel mapping : mappings.values()) {
            for (EntityResultModel entity : mapping.entities()) {
                if (!entityClasses.contains(entity.entityClass())) {
                    problems.add(ErrorCode.RESULT_MAPPING, mapping.declaredOn(), null, "result set mapping '"
                            + mapping.name() + "' has an @EntityResult of " + entity.entityClass().getName()
                            + ", which is not an entity of the persistence unit",
                            "Name an @Entity class listed in the unit.");
                }
            }
        }
        for (NamedNativeQueryModel query : nativeQueries.values()) {
            if (query.hasResultSetMapping() && !mappings.containsKey(query.resultSetMapping())) {
                problems.add(ErrorCode.NAMED_QUERY, query.declaredOn(), null, "named native query '" + query.name()
                        + "' uses result set mapping '" + query.resultSetMapping() + "', which is not declared",
                        "Declare it with @SqlResultSetMapping or use one of " + declaredMappings() + ".");
            }
        }
    }

    private List<String> declaredMappings() {
        return mappings.values().stream().filter(m -> nativeQueries.values().stream()
                .noneMatch(q -> m.name().equals(NamedNativeQueryModel.inlineMappingName(q.name()))))
                .map(ResultSetMappingModel::name).toList();
    }

    List<NamedQueryModel> queries() {
        return List.copyOf(queries.values());
    }

    List<NamedNativeQueryModel> nativeQueries() {
        return List.copyOf(nativeQueries.values());
    }

    List<ResultSetMappingModel> mappings() {
        return List.copyOf(mappings.values());
    }

    private static ResultSetMappingModel mapping(String name, EntityResult[] entities, ConstructorResult[] classes,
            ColumnResult[] columns, Class<?> declaredOn) {
        List<EntityResultModel> entityResults = new ArrayList<>();
        for (EntityResult entity : entities) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldResult field : entity.fields()) {
                fields.put(field.name(), field.column());
            }
            entityResults.add(new EntityResultModel(entity.entityClass(), fields, entity.discriminatorColumn()));
        }
        List<ConstructorResultModel> constructors = Arrays.stream(classes)
                .map(c -> new ConstructorResultModel(c.targetClass(), columns(c.columns()))).toList();
        return new ResultSetMappingModel(name, entityResults, constructors, columns(columns), declaredOn);
    }

    private static List<ColumnResultModel> columns(ColumnResult[] columns) {
        return Arrays.stream(columns).map(c -> new ColumnResultModel(c.name(), c.type())).toList();
    }

    private static Map<String, String> hints(QueryHint[] hints) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QueryHint hint : hints) {
            out.put(hint.name(), hint.value());
        }
        return out;
    }
}
