package dev.athanor.core.meta;

import java.util.Map;
import java.util.Objects;

/**
 * A native SQL query declared with {@code @NamedNativeQuery} (or {@code <named-native-query>} in
 * orm.xml). Its name shares one namespace with the named JPQL queries.
 *
 * @param name the name the application looks it up by
 * @param query the SQL text, as written
 * @param resultClass the entity or value class of each row, {@code void.class} when none is given
 * @param resultSetMapping the name of the {@link ResultSetMappingModel} that shapes each row, {@code ""} when none
 * @param hints the query hints, in declaration order
 * @param declaredOn the class that declares it
 */
public record NamedNativeQueryModel(String name, String query, Class<?> resultClass, String resultSetMapping,
        Map<String, String> hints, Class<?> declaredOn) {

    public NamedNativeQueryModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        resultClass = resultClass == null ? void.class : resultClass;
        resultSetMapping = resultSetMapping == null ? "" : resultSetMapping;
        hints = ResultSetMappingModel.frozen(hints);
        Objects.requireNonNull(declaredOn, "declaredOn");
    }

    /**
     * The name of the result set mapping made for a native query that declares its result inline
     * (the 3.2 {@code entities}, {@code classes} and {@code columns} of {@code @NamedNativeQuery}).
     */
    public static String inlineMappingName(String queryName) {
        return "NamedNativeQuery:" + queryName;
    }

    /** Whether each row is shaped by a named result set mapping. */
    public boolean hasResultSetMapping() {
        return !resultSetMapping.isEmpty();
    }

    /** Whether a result class is declared. */
    public boolean hasResultClass() {
        return resultClass != void.class;
    }
}
