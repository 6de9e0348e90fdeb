package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.NamedNativeQueryModel;
import dev.athanor.core.session.Session;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TemporalType;
import jakarta.persistence.TypedQuery;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A native SQL query: positional ({@code ?1}, {@code ?}) or named ({@code :name}) parameters;
 * results as managed entities (columns matched by name), single values converted to a result
 * class, {@code Object[]} rows, {@link jakarta.persistence.Tuple}s, or as a result set mapping
 * shapes them (see {@link NativeResultShape}). Before it runs, pending changes to the tables it
 * names are flushed (flush mode AUTO).
 */
final class AthanorNativeQuery<X> implements TypedQuery<X> {

    private final Session session;
    private final String sql;
    private final NativeSql parsed;
    private final NativeResultShape shape;
    // as the application gave them, for toNamed()
    private final Class<?> resultClass;
    private final String resultSetMapping;
    private final Map<Object, Object> values = new HashMap<>();
    private final Map<String, Object> hints = new LinkedHashMap<>();
    private int firstResult;
    private int maxResults = Integer.MAX_VALUE;
    private FlushModeType flushMode;

    /** {@code createNativeQuery(sql)} (no result class) and {@code createNativeQuery(sql, resultClass)}. */
    AthanorNativeQuery(Session session, String sql, Class<X> resultClass) {
        this(session, sql, NativeResultShape.of(session, resultClass), resultClass, "");
    }

    private AthanorNativeQuery(Session session, String sql, NativeResultShape shape, Class<?> resultClass,
            String resultSetMapping) {
        this.session = session;
        this.sql = sql;
        this.parsed = NativeSql.of(sql);
        this.shape = shape;
        this.resultClass = resultClass;
        this.resultSetMapping = resultSetMapping;
    }

    /**
     * {@code createNativeQuery(sql, resultSetMapping)}: rows shaped by the named mapping.
     *
     * @throws IllegalArgumentException ATH-9010 listing the declared mappings when none has that name
     */
    static AthanorNativeQuery<Object> mapped(Session session, String sql, String resultSetMapping) {
        return new AthanorNativeQuery<>(session, sql,
                MappedNativeResult.named(session.factory().metadata(), resultSetMapping), null, resultSetMapping);
    }

    /**
     * A named native query, with its result class or result set mapping and its hints.
     *
     * @param resultClass the class {@code createNamedQuery(name, resultClass)} asks for; null takes the
     *     query's own
     * @throws IllegalArgumentException ATH-9006 when the query's results are not instances of {@code resultClass}
     */
    public static <T> TypedQuery<T> named(AthanorEntityManager em, NamedNativeQueryModel model, Class<T> resultClass) {
        Session session = em.session();
        session.checkOpen("createNamedQuery");
        AthanorNativeQuery<T> query;
        if (model.hasResultSetMapping()) {
            query = new AthanorNativeQuery<>(session, model.query(), MappedNativeResult.named(
                    session.factory().metadata(), model.resultSetMapping()), null, model.resultSetMapping());
        } else {
            Class<?> declared = model.hasResultClass() ? model.resultClass() : resultClass;
            query = new AthanorNativeQuery<>(session, model.query(), NativeResultShape.of(session, declared),
                    declared, "");
        }
        Class<?> produced = MethodType.methodType(query.shape.resultType()).wrap().returnType();
        if (resultClass != null && resultClass != Object.class && !resultClass.isAssignableFrom(produced)) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.QUERY_RESULT_TYPE, "named native query '"
                    + model.name() + "' returns " + produced.getName() + ", which is not a " + resultClass.getName())
                    .detail("declared on", model.declaredOn().getName())
                    .hint("Ask for " + produced.getSimpleName() + ".class, or change the query's resultClass or"
                            + " resultSetMapping.").render());
        }
        model.hints().forEach(query::setHint);
        return query;
    }

    /**
     * This query as a named native query (for {@code EntityManagerFactory.addNamedQuery}): its SQL,
     * result class or result set mapping and hints; declared on {@code Object.class}, as no class declares it.
     */
    public NamedNativeQueryModel toNamed(String name) {
        Map<String, String> textHints = new LinkedHashMap<>();
        hints.forEach((key, value) -> textHints.put(key, String.valueOf(value)));
        return new NamedNativeQueryModel(name, sql, resultClass == null ? void.class : resultClass, resultSetMapping,
                textHints, Object.class);
    }

    // ---- running ------------------------------------------------------------------------------

    /**
     * The rows of the page {@code setFirstResult}/{@code setMaxResults} ask for, the SQL run once as
     * written: the driver stops after the page and the rows before it are skipped at the cursor, so
     * that none of them is converted or becomes a managed entity.
     */
    @Override
    public List<X> getResultList() {
        Object[] arguments = bindings();
        if (maxResults == 0) {
            return new ArrayList<>();
        }
        @SuppressWarnings("unchecked")
        List<X> page = (List<X>) shape.run(session, parsed.jdbcSql(), arguments, tablesForFlush(), firstResult,
                maxResults);
        return page;
    }

    /** {@link #getResultList()} as a stream: the same page, read in full before the stream is returned. */
    @Override
    public Stream<X> getResultStream() {
        return getResultList().stream();
    }

    @Override
    public X getSingleResult() {
        List<X> results = getResultList();
        if (results.isEmpty()) {
            throw new NoResultException("the native query returned no row: " + sql);
        }
        if (results.size() > 1) {
            throw new NonUniqueResultException("the native query returned " + results.size() + " rows where one was"
                    + " expected: " + sql);
        }
        return results.get(0);
    }

    @Override
    public X getSingleResultOrNull() {
        List<X> results = getResultList();
        if (results.size() > 1) {
            throw new NonUniqueResultException("the native query returned " + results.size() + " rows where at"
                    + " most one was expected: " + sql);
        }
        return results.isEmpty() ? null : results.get(0);
    }

    @Override
    public int executeUpdate() {
        return Math.toIntExact(session.nativeQueries().update(parsed.jdbcSql(), bindings(), tablesForFlush()));
    }

    private Set<String> tablesForFlush() {
        if (flushMode == FlushModeType.COMMIT) {
            return Set.of("\u0000none"); // names no table: nothing is flushed before this query
        }
        return parsed.tables();
    }

    private Object[] bindings() {
        List<Object> markers = parsed.markers();
        Object[] bound = new Object[markers.size()];
        for (int i = 0; i < bound.length; i++) {
            Object key = markers.get(i);
            if (!values.containsKey(key)) {
                throw new IllegalStateException(ErrorMessage.of(ErrorCode.PARAMETER_NAME, "parameter "
                        + describe(key) + " of the native query has no value").detail("sql", sql)
                        .hint("Call setParameter(" + (key instanceof String s ? "\"" + s + "\"" : key) + ", value).")
                        .render());
            }
            bound[i] = values.get(key);
        }
        return bound;
    }

    private static String describe(Object key) {
        return key instanceof String name ? ":" + name : "?" + key;
    }

    // ---- parameters ---------------------------------------------------------------------------

    private void put(Object key, Object value) {
        if (!parsed.markers().contains(key)) {
            throw new IllegalArgumentException(ErrorMessage.of(ErrorCode.PARAMETER_NAME, "the native query has no"
                    + " parameter " + describe(key)).detail("sql", sql)
                    .detail("parameters", parsed.markers().stream().map(AthanorNativeQuery::describe).toList())
                    .render());
        }
        values.put(key, value);
    }

    @Override
    public TypedQuery<X> setParameter(String name, Object value) {
        put(name, value);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(int position, Object value) {
        put(position, value);
        return this;
    }

    @Override
    public <T> TypedQuery<X> setParameter(Parameter<T> param, T value) {
        put(keyOf(param), value);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(Parameter<Calendar> param, Calendar value, TemporalType temporalType) {
        return setParameter(param, value);
    }

    @Override
    public TypedQuery<X> setParameter(Parameter<Date> param, Date value, TemporalType temporalType) {
        return setParameter(param, value);
    }

    @Override
    public TypedQuery<X> setParameter(String name, Calendar value, TemporalType temporalType) {
        return setParameter(name, (Object) value);
    }

    @Override
    public TypedQuery<X> setParameter(String name, Date value, TemporalType temporalType) {
        return setParameter(name, (Object) value);
    }

    @Override
    public TypedQuery<X> setParameter(int position, Calendar value, TemporalType temporalType) {
        return setParameter(position, (Object) value);
    }

    @Override
    public TypedQuery<X> setParameter(int position, Date value, TemporalType temporalType) {
        return setParameter(position, (Object) value);
    }

    /** The key a parameter's value is bound under: its name, or else its position. */
    private static Object keyOf(Parameter<?> param) {
        return param.getName() != null ? param.getName() : param.getPosition();
    }

    private static Parameter<?> parameterOf(Object key) {
        return key instanceof String name
                ? new AthanorParameter<>(name, null, Object.class)
                : new AthanorParameter<>(null, (Integer) key, Object.class);
    }

    @Override
    public Set<Parameter<?>> getParameters() {
        Set<Parameter<?>> all = new LinkedHashSet<>();
        parsed.markers().forEach(key -> all.add(parameterOf(key)));
        return all;
    }

    @Override
    public Parameter<?> getParameter(String name) {
        put(name, values.get(name));
        return parameterOf(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Parameter<T> getParameter(String name, Class<T> type) {
        return (Parameter<T>) getParameter(name);
    }

    @Override
    public Parameter<?> getParameter(int position) {
        if (!parsed.markers().contains(position)) {
            throw new IllegalArgumentException("the native query has no parameter ?" + position + ": " + sql);
        }
        return parameterOf(position);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Parameter<T> getParameter(int position, Class<T> type) {
        return (Parameter<T>) getParameter(position);
    }

    @Override
    public boolean isBound(Parameter<?> param) {
        return values.containsKey(keyOf(param));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getParameterValue(Parameter<T> param) {
        return (T) boundValue(keyOf(param));
    }

    @Override
    public Object getParameterValue(String name) {
        return boundValue(name);
    }

    @Override
    public Object getParameterValue(int position) {
        return boundValue(position);
    }

    private Object boundValue(Object key) {
        if (!values.containsKey(key)) {
            throw new IllegalStateException("parameter " + describe(key) + " of the native query is not bound");
        }
        return values.get(key);
    }

    // ---- settings -----------------------------------------------------------------------------

    @Override
    public TypedQuery<X> setMaxResults(int maxResult) {
        if (maxResult < 0) {
            throw new IllegalArgumentException("setMaxResults(" + maxResult + "): the maximum is 0 or more");
        }
        this.maxResults = maxResult;
        return this;
    }

    @Override
    public int getMaxResults() {
        return maxResults;
    }

    @Override
    public TypedQuery<X> setFirstResult(int startPosition) {
        if (startPosition < 0) {
            throw new IllegalArgumentException("setFirstResult(" + startPosition + "): the position is 0 or more");
        }
        this.firstResult = startPosition;
        return this;
    }

    @Override
    public int getFirstResult() {
        return firstResult;
    }

    @Override
    public TypedQuery<X> setHint(String hintName, Object value) {
        hints.put(hintName, value);
        return this;
    }

    @Override
    public Map<String, Object> getHints() {
        return Map.copyOf(hints);
    }

    @Override
    public TypedQuery<X> setFlushMode(FlushModeType mode) {
        this.flushMode = mode;
        return this;
    }

    @Override
    public FlushModeType getFlushMode() {
        return flushMode != null ? flushMode : session.flushMode();
    }

    @Override
    public TypedQuery<X> setLockMode(LockModeType lockMode) {
        throw new IllegalStateException("setLockMode() applies to JPQL and Criteria queries, not to native ones;"
                + " write FOR UPDATE in the SQL");
    }

    @Override
    public LockModeType getLockMode() {
        throw new IllegalStateException("getLockMode() applies to JPQL and Criteria queries, not to native ones");
    }

    @Override
    public TypedQuery<X> setCacheRetrieveMode(CacheRetrieveMode cacheRetrieveMode) {
        return this;
    }

    @Override
    public TypedQuery<X> setCacheStoreMode(CacheStoreMode cacheStoreMode) {
        return this;
    }

    @Override
    public CacheRetrieveMode getCacheRetrieveMode() {
        return CacheRetrieveMode.BYPASS;
    }

    @Override
    public CacheStoreMode getCacheStoreMode() {
        return CacheStoreMode.BYPASS;
    }

    @Override
    public TypedQuery<X> setTimeout(Integer timeout) {
        hints.put("jakarta.persistence.query.timeout", timeout);
        return this;
    }

    @Override
    public Integer getTimeout() {
        Object timeout = hints.get("jakarta.persistence.query.timeout");
        return timeout instanceof Integer i ? i : null;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new PersistenceException("a native query unwraps to " + getClass().getName() + " only, not "
                + type.getName());
    }

    @Override
    public String toString() {
        return "NativeQuery[" + sql + "]";
    }
}
