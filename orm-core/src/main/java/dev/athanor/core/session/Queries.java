package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.RowCursor;
import dev.athanor.core.engine.StreamingResult;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.query.QueryPlan;
import dev.athanor.core.sql.ast.Lock;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs JPQL and Criteria query plans within a session's unit of work: pending changes to the tables
 * a query reads are flushed first (flush mode AUTO), it runs on the transaction's connection, and
 * its rows become managed entities of the identity map, values and constructed objects. A page of
 * a query that fetch-joins a collection counts roots, not rows: the ids of the page's roots are
 * read first, then their rows. Bulk UPDATE and DELETE run in the transaction and leave the
 * persistence context as it is, as the specification says.
 */
public final class Queries {

    private final Session session;
    private final QueryStatements statements;

    Queries(Session session) {
        this.session = session;
        this.statements = new QueryStatements(session.factory());
    }

    /**
     * The results of a SELECT plan, in order.
     *
     * @param arguments the parameters' values, indexed like {@code plan.parameters()}
     * @return per row, the value of the single select item, or an Object[] of the items' values: a new
     *         mutable list, the caller's to keep
     */
    public List<Object> list(QueryPlan plan, Object[] arguments, QueryOptions options) {
        Run run = prepare(plan, arguments, options, "getResultList");
        if (options.maxResults() == 0) {
            return new ArrayList<>();
        }
        return session.withConnection(connection -> run.list(connection));
    }

    /**
     * The results of a SELECT plan as a stream that reads its rows as it is consumed; closing it
     * closes the statement (and the connection taken for it outside a transaction). A plan that
     * fetch-joins a collection, whose results are only complete after the last row, or a database
     * whose streaming blocks the connection that loads further state (MySQL), reads them all first.
     */
    public Stream<Object> stream(QueryPlan plan, Object[] arguments, QueryOptions options) {
        boolean collections = plan.fetches().stream().anyMatch(f -> f.attribute().kind().toMany())
                || plan.pagedRoots() != null && options.paged();
        if (collections || options.maxResults() == 0 || session.factory().dialect().streamingHoldsConnection()) {
            return list(plan, arguments, options).stream();
        }
        Run run = prepare(plan, arguments, options, "getResultStream");
        Transaction transaction = session.transaction().current();
        EngineConnection connection = transaction != null ? transaction.connection()
                : session.factory().engine().connect();
        try {
            return run.stream(connection, transaction == null);
        } catch (RuntimeException e) {
            if (transaction == null) {
                connection.close();
            }
            throw e;
        }
    }

    /** Runs a bulk UPDATE or DELETE plan in the active transaction and returns how many rows it changed. */
    public int execute(QueryPlan plan, Object[] arguments, QueryOptions options) {
        session.checkOpen("executeUpdate");
        if (plan.kind() == QueryPlan.Kind.SELECT) {
            throw SessionErrors.illegalState(ErrorCode.QUERY_STATE, "executeUpdate() was called on a SELECT query ("
                    + plan.text() + "); use getResultList(), getSingleResult() or getResultStream()");
        }
        Transaction transaction = session.transaction().current();
        if (transaction == null) {
            throw SessionErrors.transactionRequired("executeUpdate() of " + plan.text());
        }
        flush(plan, options);
        Object[] slotValues = QueryArguments.slotValues(session, plan, arguments);
        QueryStatements.Bound sql = statements.bind(plan, QueryStatements.Part.MAIN, slotValues, null, null, null,
                null);
        EngineConnection connection = transaction.connection();
        long count = timed(connection, options, () -> connection.execute(sql.sql(), sql.parameters()).rowCount());
        return (int) count;
    }

    private Run prepare(QueryPlan plan, Object[] arguments, QueryOptions options, String operation) {
        session.checkOpen(operation);
        if (plan.kind() != QueryPlan.Kind.SELECT) {
            throw SessionErrors.illegalState(ErrorCode.QUERY_STATE, operation + "() was called on an " + plan.kind()
                    + " query (" + plan.text() + "); run it with executeUpdate()");
        }
        Lock lock = null;
        if (options.locking()) {
            if (!session.transaction().isActive()) {
                throw SessionErrors.transactionRequired("a query with lock mode " + options.lockMode());
            }
            lock = rowLock(plan, options.lockMode());
        }
        flush(plan, options);
        return new Run(plan, QueryArguments.slotValues(session, plan, arguments), options, lock);
    }

    private void flush(QueryPlan plan, QueryOptions options) {
        FlushModeType mode = options.flushMode() != null ? options.flushMode() : session.flushMode();
        session.flushBeforeQuery(plan.tables(), mode);
    }

    /** The row lock a pessimistic mode takes in the SELECT; null for the optimistic modes, which act at flush. */
    private Lock rowLock(QueryPlan plan, LockModeType mode) {
        if (!Locks.pessimistic(mode)) {
            return null;
        }
        if (!session.factory().dialect().capabilities().forUpdate()) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.UNSUPPORTED_OPERATION, "lock mode " + mode
                    + " on a query needs SELECT ... FOR UPDATE, which " + session.factory().dialect().server()
                    + " does not have: SQLite has no row locks")
                    .detail("query", plan.text())
                    .hint("Leave the lock mode out: a SQLite transaction that writes locks the whole database, so"
                            + " reading and writing in one transaction is already serialized; or use OPTIMISTIC with"
                            + " a @Version attribute.").render());
        }
        return mode == LockModeType.PESSIMISTIC_READ ? new Lock(Lock.Strength.SHARE, Lock.Wait.WAIT) : Lock.FOR_UPDATE;
    }

    /** Runs {@code work} with the options' timeout on the connection's statements. */
    private static <T> T timed(EngineConnection connection, QueryOptions options, java.util.function.Supplier<T> work) {
        if (options.timeoutMillis() <= 0) {
            return work.get();
        }
        int previous = connection.queryTimeout();
        connection.queryTimeout((options.timeoutMillis() + 999) / 1000); // JDBC counts whole seconds
        try {
            return work.get();
        } finally {
            connection.queryTimeout(previous);
        }
    }

    /** One execution: the converted slot values, the options and the lock, run on a connection. */
    private final class Run {
        private final QueryPlan plan;
        private final Object[] slotValues;
        private final QueryOptions options;
        private final Lock lock;

        Run(QueryPlan plan, Object[] slotValues, QueryOptions options, Lock lock) {
            this.plan = plan;
            this.slotValues = slotValues;
            this.options = options;
            this.lock = lock;
        }

        private Integer limit() {
            return options.maxResults() < Integer.MAX_VALUE ? options.maxResults() : null;
        }

        private Integer offset() {
            return options.firstResult() > 0 ? options.firstResult() : null;
        }

        List<Object> list(EngineConnection connection) {
            return timed(connection, options, () -> {
                QueryStatements.Bound sql;
                boolean pagedRoots = plan.pagedRoots() != null && options.paged();
                if (pagedRoots) {
                    QueryStatements.Bound ids = statements.bind(plan, QueryStatements.Part.ROOT_IDS, slotValues,
                            limit(), offset(), null, null);
                    List<Object> rootIds = new ArrayList<>();
                    for (Row row : connection.execute(ids.sql(), ids.parameters())) {
                        rootIds.add(row.get(0));
                    }
                    if (rootIds.isEmpty()) {
                        return new ArrayList<>();
                    }
                    sql = statements.bind(plan, QueryStatements.Part.MAIN, slotValues, null, null, lock, rootIds);
                } else {
                    sql = statements.bind(plan, QueryStatements.Part.MAIN, slotValues, limit(), offset(), lock, null);
                }
                QueryResults reader = new QueryResults(session, plan, connection, options.readOnly(), false);
                // a fetched collection repeats its owner's result on each of its rows (as the specification
                // says): the result is kept once for DISTINCT, and when the roots are paged (a page counts
                // roots); a repeat on the next row is dropped here, distinct() drops the others
                boolean once = plan.distinctResults() || pagedRoots;
                // as long as the last run's, within reason: filling it copies nothing
                List<Object> results = new ArrayList<>(Math.min(plan.lastRows(), QueryResults.MOST_EXPECTED));
                CollectionLoader collections = session.loader().collections();
                collections.deferEager();
                boolean done = false;
                try (RowCursor rows = connection.cursor(sql.sql(), reader.fetchTypes(sql.columns()),
                        sql.parameters())) {
                    EntityColumns.ColumnSource columns = new RowView(rows, 0);
                    reader.expect();
                    Object previous = null;
                    int read = 0;
                    while (rows.next()) {
                        read++;
                        Object result = reader.row(columns);
                        if (!once || results.isEmpty() || result != previous) {
                            results.add(result);
                            previous = result;
                        }
                    }
                    reader.remember(read);
                    reader.finish();
                    done = true;
                } finally {
                    collections.endDeferral(connection, done);
                }
                if (once) {
                    results = reader.distinct(results);
                }
                if (options.locking()) {
                    results.forEach(this::lock);
                }
                return results;
            });
        }

        Stream<Object> stream(EngineConnection connection, boolean ownsConnection) {
            QueryStatements.Bound sql = statements.bind(plan, QueryStatements.Part.MAIN, slotValues, limit(), offset(),
                    lock, null);
            StreamingResult result = timed(connection, options, () -> connection.stream(sql.sql(), sql.parameters()));
            QueryResults reader = new QueryResults(session, plan, connection, options.readOnly(), true);
            return result.stream().map(row -> {
                Object value = reader.row(EntityColumns.ColumnSource.of(row, 0));
                lock(value);
                return value;
            }).onClose(() -> {
                if (ownsConnection) {
                    connection.close();
                }
            });
        }

        /** Applies the lock mode to the entities of one result, as {@code find} does to the one it loads. */
        private void lock(Object result) {
            if (!options.locking()) {
                return;
            }
            if (result instanceof Object[] values) {
                for (Object value : values) {
                    lockOne(value);
                }
            } else {
                lockOne(result);
            }
        }

        private void lockOne(Object value) {
            EntityEntry entry = value == null ? null : session.context().entry(value);
            if (entry != null && entry.managed()) {
                LockModeType mode = options.lockMode();
                Locks.apply(session, entry, mode, Locks.pessimistic(mode));
                session.context().toWork(entry);
            }
        }
    }
}
