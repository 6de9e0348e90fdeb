package dev.athanor.jpa;

import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.session.QueryOptions;
import dev.athanor.core.session.Session;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TemporalType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A JPQL or Criteria query (SELECT, UPDATE or DELETE) of one EntityManager. Its plan was compiled
 * (or found in the factory's plan cache) when it was created, so a malformed query failed then;
 * each value given to {@code setParameter} is checked against the parameter's type at once; the
 * session runs the plan with the bound values and the query's settings. Not thread-safe.
 *
 * <pre>{@code
 * List<String> names = em.createQuery("select c.name from Customer c where c.city = :city", String.class)
 *         .setParameter("city", "Lyon").setMaxResults(20).getResultList();
 * }</pre>
 */
public final class AthanorQuery<X> implements TypedQuery<X> {

    private final Session session;
    private final QuerySource source;
    private final QueryPlan declaredPlan;
    private final Function<String, EntityGraph<?>> graphs;
    private QueryPlan plan;
    private final Class<?> resultClass;
    private final ResultShape shape;
    private final QueryBindings bindings;
    private final QuerySettings settings = new QuerySettings();

    /**
     * @param resultClass the result class asked for, or null for an untyped query
     * @param graphs the EntityManager's entity graphs by name, for the graph hints
     * @throws IllegalArgumentException (ATH-9006) when the plan's results are not {@code resultClass}es
     */
    AthanorQuery(Session session, QuerySource source, QueryPlan plan, Class<?> resultClass,
            Function<String, EntityGraph<?>> graphs) {
        this.session = session;
        this.source = source;
        this.declaredPlan = plan;
        this.plan = plan;
        this.graphs = graphs;
        this.resultClass = resultClass;
        this.shape = ResultShape.of(plan, resultClass, source.selections());
        this.bindings = new QueryBindings(plan.text(), plan.parameters(), source.expressions(),
                source.implicitValues());
    }

    /** The compiled plan this query runs (with the fetch joins of its entity graph hint, if any). */
    public QueryPlan plan() {
        return plan;
    }

    QuerySource source() {
        return source;
    }

    /** The result class the query was created with, or null. */
    Class<?> resultClass() {
        return resultClass;
    }

    // ---- running ------------------------------------------------------------------------------

    @Override
    public List<X> getResultList() {
        open("getResultList");
        requireSelect("getResultList()");
        Object[] arguments = bindings.arguments();
        if (settings.maxResults() == 0) {
            return new ArrayList<>();
        }
        List<Object> results = session.queries().list(plan, arguments, options());
        if (shape.asIs()) {
            @SuppressWarnings("unchecked")
            List<X> asIs = (List<X>) results; // a new list of the results as they are: no copy needed
            return asIs;
        }
        List<X> shaped = new ArrayList<>(results.size());
        for (Object result : results) {
            shaped.add(shaped(result));
        }
        return shaped;
    }

    @Override
    public Stream<X> getResultStream() {
        open("getResultStream");
        requireSelect("getResultStream()");
        Object[] arguments = bindings.arguments();
        if (settings.maxResults() == 0) {
            return Stream.empty();
        }
        return session.queries().stream(plan, arguments, options()).map(this::shaped);
    }

    @Override
    public X getSingleResult() {
        List<X> results = getResultList();
        if (results.isEmpty()) {
            throw new NoResultException(ErrorMessage.of(ErrorCode.NO_ROW, "getSingleResult(): the query returned"
                    + " no result").detail("query", plan.text()).hint("Use getSingleResultOrNull() when no result"
                    + " is a valid answer.").render());
        }
        return single(results, "exactly");
    }

    @Override
    public X getSingleResultOrNull() {
        List<X> results = getResultList();
        return results.isEmpty() ? null : single(results, "at most");
    }

    private X single(List<X> results, String howMany) {
        if (results.size() > 1) {
            throw new NonUniqueResultException(ErrorMessage.of(ErrorCode.TOO_MANY_ROWS, "the query returned "
                    + results.size() + " results where " + howMany + " one was expected").detail("query", plan.text())
                    .hint("Narrow the WHERE clause so that one result matches, or use getResultList().").render());
        }
        return results.get(0);
    }

    @Override
    public int executeUpdate() {
        open("executeUpdate");
        if (plan.kind() == QueryPlan.Kind.SELECT) {
            throw stateError("executeUpdate() runs UPDATE and DELETE statements; this query is a SELECT",
                    "Use getResultList(), getSingleResult() or getResultStream() to run a SELECT.");
        }
        return session.queries().execute(plan, bindings.arguments(), options());
    }

    @SuppressWarnings("unchecked")
    private X shaped(Object result) {
        return (X) shape.shape(result);
    }

    private QueryOptions options() {
        return settings.options(session.flushMode());
    }

    private void requireSelect(String operation) {
        if (plan.kind() != QueryPlan.Kind.SELECT) {
            throw stateError(operation + " runs SELECT queries; this query is an " + plan.kind(), "Use"
                    + " executeUpdate() to run an UPDATE or DELETE statement.");
        }
    }

    private IllegalStateException stateError(String what, String hint) {
        return new IllegalStateException(ErrorMessage.of(ErrorCode.QUERY_STATE, what).detail("query", plan.text())
                .hint(hint).render());
    }

    private void open(String operation) {
        session.checkOpen(operation);
    }

    // ---- parameters ---------------------------------------------------------------------------

    @Override
    public TypedQuery<X> setParameter(String name, Object value) {
        open("setParameter");
        bindings.bind(bindings.indexOf(name), value);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(int position, Object value) {
        open("setParameter");
        bindings.bind(bindings.indexOf(position), value);
        return this;
    }

    @Override
    public <T> TypedQuery<X> setParameter(Parameter<T> parameter, T value) {
        open("setParameter");
        bindings.bind(bindings.indexOf(parameter), value);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(Parameter<Calendar> parameter, Calendar value, TemporalType temporalType) {
        open("setParameter");
        bindings.bindTemporal(bindings.indexOf(parameter), value, temporalType);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(Parameter<Date> parameter, Date value, TemporalType temporalType) {
        open("setParameter");
        bindings.bindTemporal(bindings.indexOf(parameter), value, temporalType);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(String name, Calendar value, TemporalType temporalType) {
        open("setParameter");
        bindings.bindTemporal(bindings.indexOf(name), value, temporalType);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(String name, Date value, TemporalType temporalType) {
        open("setParameter");
        bindings.bindTemporal(bindings.indexOf(name), value, temporalType);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(int position, Calendar value, TemporalType temporalType) {
        open("setParameter");
        bindings.bindTemporal(bindings.indexOf(position), value, temporalType);
        return this;
    }

    @Override
    public TypedQuery<X> setParameter(int position, Date value, TemporalType temporalType) {
        open("setParameter");
        bindings.bindTemporal(bindings.indexOf(position), value, temporalType);
        return this;
    }

    @Override
    public Set<Parameter<?>> getParameters() {
        open("getParameters");
        return bindings.parameters();
    }

    @Override
    public Parameter<?> getParameter(String name) {
        open("getParameter");
        return bindings.parameter(bindings.indexOf(name));
    }

    @Override
    public <T> Parameter<T> getParameter(String name, Class<T> type) {
        open("getParameter");
        return bindings.parameter(bindings.indexOf(name), type);
    }

    @Override
    public Parameter<?> getParameter(int position) {
        open("getParameter");
        return bindings.parameter(bindings.indexOf(position));
    }

    @Override
    public <T> Parameter<T> getParameter(int position, Class<T> type) {
        open("getParameter");
        return bindings.parameter(bindings.indexOf(position), type);
    }

    @Override
    public boolean isBound(Parameter<?> parameter) {
        open("isBound");
        return bindings.isBound(bindings.indexOf(parameter));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getParameterValue(Parameter<T> parameter) {
        open("getParameterValue");
        return (T) bindings.value(bindings.indexOf(parameter));
    }

    @Override
    public Object getParameterValue(String name) {
        open("getParameterValue");
        return bindings.value(bindings.indexOf(name));
    }

    @Override
    public Object getParameterValue(int position) {
        open("getParameterValue");
        return bindings.value(bindings.indexOf(position));
    }

    // ---- settings -----------------------------------------------------------------------------

    @Override
    public TypedQuery<X> setMaxResults(int maxResult) {
        open("setMaxResults");
        settings.maxResults(maxResult);
        return this;
    }

    @Override
    public int getMaxResults() {
        open("getMaxResults");
        return settings.maxResults();
    }

    @Override
    public TypedQuery<X> setFirstResult(int startPosition) {
        open("setFirstResult");
        settings.firstResult(startPosition);
        return this;
    }

    @Override
    public int getFirstResult() {
        open("getFirstResult");
        return settings.firstResult();
    }

    @Override
    public TypedQuery<X> setHint(String hintName, Object value) {
        open("setHint");
        hint(hintName, value);
        return this;
    }

    @Override
    public Map<String, Object> getHints() {
        open("getHints");
        return settings.hints();
    }

    @Override
    public TypedQuery<X> setFlushMode(FlushModeType flushMode) {
        open("setFlushMode");
        settings.flushMode(flushMode);
        return this;
    }

    @Override
    public FlushModeType getFlushMode() {
        open("getFlushMode");
        return settings.flushMode() != null ? settings.flushMode() : session.flushMode();
    }

    @Override
    public TypedQuery<X> setLockMode(LockModeType lockMode) {
        open("setLockMode");
        requireLockable("setLockMode");
        settings.lockMode(lockMode);
        return this;
    }

    @Override
    public LockModeType getLockMode() {
        open("getLockMode");
        requireLockable("getLockMode");
        return settings.lockMode();
    }

    private void requireLockable(String operation) {
        if (plan.kind() != QueryPlan.Kind.SELECT) {
            throw stateError(operation + "() applies to SELECT queries; this query is an " + plan.kind(),
                    "Lock the rows with a SELECT query first, or leave the lock mode of an UPDATE or DELETE alone.");
        }
    }

    @Override
    public TypedQuery<X> setCacheRetrieveMode(CacheRetrieveMode cacheRetrieveMode) {
        open("setCacheRetrieveMode");
        settings.retrieveMode(cacheRetrieveMode);
        return this;
    }

    @Override
    public TypedQuery<X> setCacheStoreMode(CacheStoreMode cacheStoreMode) {
        open("setCacheStoreMode");
        settings.storeMode(cacheStoreMode);
        return this;
    }

    @Override
    public CacheRetrieveMode getCacheRetrieveMode() {
        open("getCacheRetrieveMode");
        return settings.retrieveMode();
    }

    @Override
    public CacheStoreMode getCacheStoreMode() {
        open("getCacheStoreMode");
        return settings.storeMode();
    }

    @Override
    public TypedQuery<X> setTimeout(Integer timeout) {
        open("setTimeout");
        settings.timeout(timeout);
        return this;
    }

    @Override
    public Integer getTimeout() {
        open("getTimeout");
        return settings.timeout();
    }

    /** Applies what a named query's definition sets: hints, lock mode and page. */
    void apply(Map<String, Object> hints, LockModeType lockMode, int firstResult, int maxResults) {
        hints.forEach(this::hint);
        if (plan.kind() == QueryPlan.Kind.SELECT) {
            settings.lockMode(lockMode);
        }
        settings.firstResult(firstResult);
        settings.maxResults(maxResults);
    }

    private void hint(String name, Object value) {
        if (QuerySettings.FETCH_GRAPH.equals(name) || QuerySettings.LOAD_GRAPH.equals(name)) {
            plan = value == null ? declaredPlan
                    : EntityGraphHint.plan(name, value, source, declaredPlan, session.factory(), graphs);
        }
        settings.hint(name, value);
    }

    /** The settings, for copying into a named query. */
    QuerySettings settings() {
        return settings;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        open("unwrap");
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(plan)) {
            return type.cast(plan);
        }
        if (type.isInstance(session)) {
            return type.cast(session);
        }
        throw new PersistenceException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, "unwrap(" + type.getName()
                + ")").hint("Unwrap a query to " + AthanorQuery.class.getName() + ", " + Query.class.getName()
                + ", " + QueryPlan.class.getName() + " or " + Session.class.getName() + ".").render());
    }

    @Override
    public String toString() {
        return "AthanorQuery[" + plan.text() + "]";
    }
}
