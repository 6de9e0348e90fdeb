package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ConfigurationException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.error.Suggestions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One connection borrowed from the engine's pool: statements run on it one after another, in
 * autocommit mode unless a {@link Transaction} is begun. Closing gives it back (rolling back what
 * was not committed). Not thread-safe: use it from one thread, inside try-with-resources.
 */
public final class EngineConnection implements AutoCloseable {

    private final Engine engine;
    private final ConnectionSource.Lease lease;
    private final StatementCache statements;
    private List<StreamingResult> streams;
    private Transaction transaction;
    private boolean broken;
    private boolean closing;
    private boolean closed;
    private int queryTimeout;

    EngineConnection(Engine engine, ConnectionSource.Lease lease, StatementCache statements) {
        this.engine = engine;
        this.lease = lease;
        this.statements = statements;
    }

    /** Runs a statement with positional {@code ?} parameters and reads its whole result. */
    public Result execute(String sql, Object... parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().execute(this, parsed, positional(parsed, parameters));
    }

    /**
     * Runs a query with positional parameters, fetching each column as the Java type the caller
     * gives ({@code Long}, {@code Integer}, {@code Double}, {@code String}; null or any other type
     * leaves it to the driver), which spares the driver guessing each value's type; at most
     * {@code maxRows} rows are read.
     */
    public Result query(String sql, Class<?>[] columnTypes, int maxRows, Object... parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().execute(this, parsed, positional(parsed, parameters), columnTypes,
                new StatementExecutor.RowWindow(0, maxRows, 0));
    }

    /**
     * Runs a query with positional parameters whose rows you read one at a time, each column only
     * when asked for; {@code columnTypes} is as in {@link #query}. Close the cursor when done: it
     * holds one of this connection's statements.
     */
    public RowCursor cursor(String sql, Class<?>[] columnTypes, Object... parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().cursor(this, parsed, positional(parsed, parameters), columnTypes);
    }

    /**
     * Runs a query with positional parameters and reads one page of its result, leaving the SQL text
     * as it is: the driver is told to stop after {@code skip + limit} rows ({@link
     * java.sql.Statement#setMaxRows}, which MySQL's driver turns into the server's
     * {@code SQL_SELECT_LIMIT} and SQLite's obeys by stepping no further), the first {@code skip} rows
     * are passed over at the cursor without reading any of their columns, and at most {@code limit}
     * rows after them are read. {@code columnTypes} is as in {@link #query}.
     */
    public Result queryPage(String sql, Class<?>[] columnTypes, int skip, int limit, Object... parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().execute(this, parsed, positional(parsed, parameters), columnTypes,
                page(skip, limit));
    }

    /**
     * {@link #cursor} over one page of the result, as {@link #queryPage} reads it: the driver stops
     * after {@code skip + limit} rows, the first {@code skip} are stepped over unread, and the cursor
     * ends after {@code limit} more.
     */
    public RowCursor cursorPage(String sql, Class<?>[] columnTypes, int skip, int limit, Object... parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().cursor(this, parsed, positional(parsed, parameters), columnTypes, page(skip, limit));
    }

    private StatementExecutor.RowWindow page(int skip, int limit) {
        if (skip < 0 || limit < 0) {
            throw new IllegalArgumentException("a page skips 0 or more rows and reads 0 or more, got skip " + skip
                    + " and limit " + limit);
        }
        long end = (long) skip + limit;
        // an unbounded page, or one ending past what the driver takes, is read without a driver limit
        int driverLimit = limit == Integer.MAX_VALUE || end > backend().maxRowsLimit() ? 0 : (int) end;
        return new StatementExecutor.RowWindow(skip, limit, driverLimit);
    }

    /** Runs a statement with {@code :name} parameters and reads its whole result. */
    public Result execute(String sql, Map<String, ?> parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().execute(this, parsed, named(parsed, parameters));
    }

    /** Runs a query whose rows are read as you iterate; close the result when done. */
    public StreamingResult stream(String sql, Object... parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().stream(this, parsed, positional(parsed, parameters));
    }

    /** {@link #stream(String, Object...)} with {@code :name} parameters. */
    public StreamingResult stream(String sql, Map<String, ?> parameters) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        return engine.executor().stream(this, parsed, named(parsed, parameters));
    }

    /** Runs one statement for each parameter set, as one JDBC batch. */
    public BatchResult executeBatch(String sql, List<Object[]> parameterSets) {
        checkOpen();
        ParsedSql parsed = engine.parse(sql);
        if (parameterSets.isEmpty()) {
            return new BatchResult(new int[0], List.of());
        }
        List<List<Object>> sets = new ArrayList<>(parameterSets.size());
        for (Object[] set : parameterSets) {
            sets.add(positional(parsed, set));
        }
        return engine.executor().executeBatch(this, parsed, sets);
    }

    /** Begins a transaction on this connection; commit it, or closing it rolls back. */
    public Transaction begin() {
        return begin(false);
    }

    Transaction begin(boolean ownsConnection) {
        checkOpen();
        if (transaction != null && transaction.isActive()) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.TRANSACTION_ACTIVE, null));
        }
        try {
            lease.connection().setAutoCommit(false);
        } catch (SQLException e) {
            throw failed(e, "BEGIN", List.of());
        }
        transaction = new Transaction(this, ownsConnection);
        engine.listener().transaction(new TransactionEvent(TransactionEvent.Kind.BEGIN, 0, id()));
        return transaction;
    }

    /**
     * The most seconds each statement run on this connection from now on may take before the driver
     * cancels it (a query timeout); 0, the default, for no limit.
     */
    public void queryTimeout(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a query timeout is 0 (none) or more seconds, got " + seconds);
        }
        this.queryTimeout = seconds;
    }

    /** The query timeout in seconds; 0 for none. */
    public int queryTimeout() {
        return queryTimeout;
    }

    /** True while a transaction begun on this connection is neither committed nor rolled back. */
    public boolean inTransaction() {
        return transaction != null && transaction.isActive();
    }

    /** The JDBC connection under this one, for what the engine does not offer. Do not close it. */
    public Connection jdbcConnection() {
        checkOpen();
        return lease.connection();
    }

    public Engine engine() {
        return engine;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes open streams, rolls back an open transaction and gives the connection back. */
    @Override
    public void close() {
        if (closed || closing) {
            return;
        }
        closing = true;
        try {
            if (streams != null) {
                for (StreamingResult stream : new ArrayList<>(streams)) {
                    stream.close();
                }
            }
            if (inTransaction()) {
                transaction.rollback();
            } else if (!broken) {
                rollBackWorkBegunOutsideATransaction();
            }
        } finally {
            closed = true;
            engine.giveBack(lease, broken);
        }
    }

    /** Work begun with setAutoCommit(false) on {@link #jdbcConnection()} must not reach the next borrower. */
    private void rollBackWorkBegunOutsideATransaction() {
        try {
            Connection jdbc = lease.connection();
            if (!jdbc.getAutoCommit()) {
                jdbc.rollback();
                jdbc.setAutoCommit(true);
            }
        } catch (SQLException e) {
            broken = true;
        }
    }

    int id() {
        return statements.id();
    }

    StatementCache statements() {
        return statements;
    }

    ParameterBinder binder() {
        return engine.backend().parameterBinder();
    }

    Backend backend() {
        return engine.backend();
    }

    void opened(StreamingResult stream) {
        if (streams == null) {
            streams = new ArrayList<>(1);
        }
        streams.add(stream);
    }

    void closed(StreamingResult stream) {
        if (streams != null) {
            streams.remove(stream);
        }
    }

    /** Translates a driver failure; a lost connection is not given back to the pool. */
    RuntimeException failed(SQLException e, String sql, List<List<Object>> parameterSets) {
        RuntimeException translated = engine.failures().statementFailed(e, sql, parameterSets);
        ErrorCode code = ((dev.athanor.core.error.AthanorError) translated).code();
        if (code == ErrorCode.CONNECTION_LOST) {
            broken = true;
        } else if (code == ErrorCode.DEADLOCK && inTransaction()) {
            transaction.rolledBackByDatabase();
        }
        return translated;
    }

    private void checkOpen() {
        if (closed) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.CONNECTION_CLOSED, null));
        }
    }

    private static List<Object> positional(ParsedSql sql, Object[] parameters) {
        Object[] values = parameters == null ? new Object[] {null} : parameters;
        if (!sql.names().isEmpty()) {
            if (sql.markerCount() == 0 && values.length == 0) {
                throw parameterError(ErrorCode.PARAMETER_NAME, sql, "the SQL uses :" + sql.names().get(0)
                        + " but no values were given; pass them as a Map");
            }
            throw parameterError(ErrorCode.PARAMETER_STYLE, sql, "the SQL uses :" + sql.names().get(0)
                    + " but the values were given by position");
        }
        if (values.length != sql.markerCount()) {
            throw parameterError(ErrorCode.PARAMETER_COUNT, sql, "the SQL has " + sql.markerCount()
                    + " ? marker" + (sql.markerCount() == 1 ? "" : "s") + " but " + values.length
                    + (values.length == 1 ? " value was" : " values were") + " given");
        }
        return Arrays.asList(values);
    }

    private static List<Object> named(ParsedSql sql, Map<String, ?> parameters) {
        if (sql.markerCount() > 0) {
            throw parameterError(ErrorCode.PARAMETER_STYLE, sql, "the SQL has ? markers but the values were"
                    + " given by name");
        }
        List<Object> values = new ArrayList<>(sql.names().size());
        for (String name : sql.names()) {
            if (!parameters.containsKey(name)) {
                throw parameterError(ErrorCode.PARAMETER_NAME, sql, ":" + name + " has no value."
                        + Suggestions.didYouMean(name, parameters.keySet()) + " Given: " + parameters.keySet());
            }
            values.add(parameters.get(name));
        }
        return values;
    }

    private static ConfigurationException parameterError(ErrorCode code, ParsedSql sql, String what) {
        return new ConfigurationException(ErrorMessage.of(code, what).detail("SQL", sql.original()));
    }
}
