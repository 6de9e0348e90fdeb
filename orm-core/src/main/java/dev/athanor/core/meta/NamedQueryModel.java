package dev.athanor.core.meta;

import java.util.Map;
import java.util.Objects;

/**
 * A JPQL query declared with {@code @NamedQuery} (or {@code <named-query>} in orm.xml), as written;
 * the query layer compiles and checks it at boot.
 *
 * @param name the name the application looks it up by; unique among named JPQL and native queries
 * @param query the JPQL text
 * @param resultClass the declared result class, {@code Object.class} when none is given
 * @param lockMode the {@code LockModeType} name, {@code "NONE"} by default
 * @param hints the query hints, in declaration order
 * @param declaredOn the class that declares it (where to look when it is wrong)
 */
public record NamedQueryModel(String name, String query, Class<?> resultClass, String lockMode,
        Map<String, String> hints, Class<?> declaredOn) {

    public NamedQueryModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        resultClass = resultClass == null ? Object.class : resultClass;
        lockMode = lockMode == null ? "NONE" : lockMode;
        hints = ResultSetMappingModel.frozen(hints);
        Objects.requireNonNull(declaredOn, "declaredOn");
    }
}
