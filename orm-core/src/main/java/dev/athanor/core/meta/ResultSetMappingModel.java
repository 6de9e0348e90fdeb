package dev.athanor.core.meta;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the rows of a native query become results, as {@code @SqlResultSetMapping} declares it:
 * entities, constructed objects and single column values. A mapping with one item gives that item
 * per row; with several, an {@code Object[]} per row, entities first, then constructor results,
 * then column results, each group in declaration order (as the specification orders them).
 *
 * @param name the mapping's name, unique in the persistence unit
 * @param entities the {@code @EntityResult}s
 * @param constructors the {@code @ConstructorResult}s
 * @param columns the {@code @ColumnResult}s
 * @param declaredOn the class that declares it
 */
public record ResultSetMappingModel(String name, List<EntityResultModel> entities,
        List<ConstructorResultModel> constructors, List<ColumnResultModel> columns, Class<?> declaredOn) {

    public ResultSetMappingModel {
        Objects.requireNonNull(name, "name");
        entities = List.copyOf(entities);
        constructors = List.copyOf(constructors);
        columns = List.copyOf(columns);
        Objects.requireNonNull(declaredOn, "declaredOn");
    }

    /** How many values each row gives: one per entity, constructor and column result. */
    public int size() {
        return entities.size() + constructors.size() + columns.size();
    }

    /** An unmodifiable copy that keeps the order; empty for null. */
    static Map<String, String> frozen(Map<String, String> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
