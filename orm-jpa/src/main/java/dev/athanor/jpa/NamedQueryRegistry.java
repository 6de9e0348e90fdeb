package dev.athanor.jpa;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.meta.NamedQueryModel;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.session.SessionFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQueryReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named queries of one factory: the {@code @NamedQuery} and {@code @NamedNativeQuery} of the
 * unit, and those added with {@code addNamedQuery}. Every JPQL named query is compiled when the
 * factory boots, and the factory refuses to open while any is wrong, listing all of them at once.
 * Thread-safe.
 */
final class NamedQueryRegistry {

    /**
     * A JPQL or Criteria named query.
     *
     * @param resultClass the result class it was declared or created with, or null
     * @param resultType the class of one result, for {@code getNamedQueries(Class)}
     */
    record Definition(String name, QuerySource source, Class<?> resultClass, Class<?> resultType,
            LockModeType lockMode, Map<String, Object> hints, int firstResult, int maxResults) {
    }

    private record Reference<R>(String name, Class<? extends R> resultType, Map<String, Object> hints)
            implements TypedQueryReference<R> {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Class<? extends R> getResultType() {
            return resultType;
        }

        @Override
        public Map<String, Object> getHints() {
            return hints;
        }
    }

    private final Map<String, Definition> queries = new LinkedHashMap<>();
    private final Map<String, NamedNativeQueryModel> nativeQueries = new LinkedHashMap<>();

    private NamedQueryRegistry() {
    }

    /**
     * The registry of a unit: each JPQL named query compiled (and so cached) now; a
     * PersistenceException (ATH-9008) naming every query that does not compile, where it is declared,
     * and why.
     */
    static NamedQueryRegistry boot(SessionFactory sessions) {
        NamedQueryRegistry registry = new NamedQueryRegistry();
        StringBuilder errors = new StringBuilder();
        int failed = 0;
        List<NamedQueryModel> declared = sessions.metadata().namedQueries();
        for (NamedQueryModel model : declared) {
            try {
                registry.queries.put(model.name(), compiled(sessions, model));
            } catch (IllegalArgumentException e) {
                failed++;
                errors.append("\n    ").append(model.name()).append(" (@NamedQuery on ")
                        .append(model.declaredOn().getName()).append("): ")
                        .append(e.getMessage().replace("\n", "\n        "));
            }
        }
        if (failed > 0) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.NAMED_QUERY, failed + " of the " + declared.size()
                    + " named queries of the unit " + (failed == 1 ? "is" : "are") + " not valid, so the"
                    + " EntityManagerFactory was not opened").detail("queries", errors)
                    .hint("Fix each @NamedQuery listed above: each entry names the query, the class that declares it,"
                            + " and the error with its line and column."));
        }
        for (NamedNativeQueryModel model : sessions.metadata().namedNativeQueries()) {
            registry.nativeQueries.put(model.name(), model);
        }
        return registry;
    }

    private static Definition compiled(SessionFactory sessions, NamedQueryModel model) {
        QuerySource source = QuerySource.jpql(model.query());
        QueryPlan plan = source.plan(sessions);
        Class<?> resultClass = model.resultClass() == Object.class || model.resultClass() == void.class ? null
                : model.resultClass();
        ResultShape.of(plan, resultClass, null);
        LockModeType lockMode = lockMode(model.lockMode());
        if (lockMode != LockModeType.NONE && plan.kind() != QueryPlan.Kind.SELECT) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "lockMode = " + lockMode
                    + " on an " + plan.kind() + " statement").hint("Give a lock mode to SELECT queries only.")
                    .render());
        }
        Map<String, Object> hints = new LinkedHashMap<>(model.hints());
        hints.forEach(new QuerySettings()::hint);
        return new Definition(model.name(), source, resultClass, resultClass != null ? resultClass : resultType(plan),
                lockMode, Collections.unmodifiableMap(hints), 0, Integer.MAX_VALUE);
    }

    private static LockModeType lockMode(String name) {
        try {
            return name == null || name.isBlank() ? LockModeType.NONE
                    : LockModeType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "unknown lock mode '" + name
                    + "'").hint("Use one of " + List.of(LockModeType.values()) + ".").render());
        }
    }

    /** The class of one result of a plan: its result type for a SELECT, Object for UPDATE and DELETE. */
    private static Class<?> resultType(QueryPlan plan) {
        return plan.kind() == QueryPlan.Kind.SELECT && plan.resultType() != null
                ? ParameterValues.boxed(plan.resultType()) : Object.class;
    }

    /** The JPQL or Criteria query of this name, or null. */
    synchronized Definition query(String name) {
        return queries.get(name);
    }

    /** The native query of this name, or null. */
    synchronized NamedNativeQueryModel nativeQuery(String name) {
        return nativeQueries.get(name);
    }

    /** The error for a name no named query has, listing the names with a did-you-mean. */
    synchronized IllegalArgumentException unknown(String name) {
        List<String> names = new ArrayList<>(queries.keySet());
        names.addAll(nativeQueries.keySet());
        return new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "no named query is called '"
                + name + "'." + (name == null ? "" : Suggestions.didYouMean(name, names)))
                .detail("named queries", names.isEmpty() ? "none" : names.stream().sorted().toList())
                .hint("Use one of the names listed, declare the query with @NamedQuery or @NamedNativeQuery on an"
                        + " entity, or add it with EntityManagerFactory.addNamedQuery().").render());
    }

    /**
     * Adds or replaces a named query with a copy of {@code query}: its JPQL or Criteria tree, result
     * class, hints, lock mode and page, or the native query's SQL, result mapping and hints. Later
     * changes to {@code query} do not change the named query.
     */
    void add(String name, Query query) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "addNamedQuery() was given "
                    + (name == null ? "a null" : "an empty") + " name").hint("Name the query.").render());
        }
        if (query instanceof AthanorQuery<?> jpql) {
            QuerySettings settings = jpql.settings();
            Class<?> resultClass = jpql.resultClass() == Object.class ? null : jpql.resultClass();
            Definition definition = new Definition(name, jpql.source(), resultClass, resultClass != null ? resultClass
                    : resultType(jpql.plan()), settings.lockMode(), settings.hints(), settings.firstResult(),
                    settings.maxResults());
            synchronized (this) {
                nativeQueries.remove(name);
                queries.put(name, definition);
            }
        } else if (query instanceof AthanorNativeQuery<?> sql) {
            NamedNativeQueryModel model = sql.toNamed(name);
            synchronized (this) {
                queries.remove(name);
                nativeQueries.put(name, model);
            }
        } else {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "addNamedQuery(\"" + name
                    + "\", ...) was given " + (query == null ? "null" : "a " + query.getClass().getName()) + ", not a"
                    + " query of an Athanor EntityManager").hint("Pass a query made by createQuery() or"
                    + " createNativeQuery() of an EntityManager of this factory.").render());
        }
    }

    /** A reference to every named query whose results are {@code resultType}s, by name. */
    @SuppressWarnings("unchecked")
    synchronized <R> Map<String, TypedQueryReference<R>> references(Class<R> resultType) {
        if (resultType == null) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.NAMED_QUERY, "getNamedQueries() was given a"
                    + " null result type").hint("Pass Object.class for every named query.").render());
        }
        Class<?> wanted = ParameterValues.boxed(resultType);
        Map<String, TypedQueryReference<R>> references = new LinkedHashMap<>();
        queries.forEach((name, definition) -> {
            if (wanted.isAssignableFrom(definition.resultType())) {
                references.put(name, new Reference<>(name, (Class<? extends R>) definition.resultType(),
                        definition.hints()));
            }
        });
        nativeQueries.forEach((name, model) -> {
            Class<?> type = model.resultClass() == void.class ? Object.class : ParameterValues.boxed(model.resultClass());
            if (wanted.isAssignableFrom(type)) {
                references.put(name, new Reference<>(name, (Class<? extends R>) type,
                        Collections.unmodifiableMap(new LinkedHashMap<>(model.hints()))));
            }
        });
        return Collections.unmodifiableMap(references);
    }
}
