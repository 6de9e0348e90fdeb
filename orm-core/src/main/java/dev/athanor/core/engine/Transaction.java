package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A transaction on one connection. {@link #commit()} or {@link #rollback()} end it; closing it
 * while still active rolls back, so that try-with-resources never leaves half a change behind.
 * A transaction from {@link Engine#begin()} also gives its connection back when it ends.
 */
public final class Transaction implements AutoCloseable {

    private final EngineConnection connection;
    private final boolean ownsConnection;
    private boolean active = true;
    private String endedBy;

    Transaction(EngineConnection connection, boolean ownsConnection) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
    }

    /** Runs a statement inside this transaction. */
    public Result execute(String sql, Object... parameters) {
        return connection.execute(sql, parameters);
    }

    public Result execute(String sql, Map<String, ?> parameters) {
        return connection.execute(sql, parameters);
    }

    public BatchResult executeBatch(String sql, List<Object[]> parameterSets) {
        return connection.executeBatch(sql, parameterSets);
    }

    public StreamingResult stream(String sql, Object... parameters) {
        return connection.stream(sql, parameters);
    }

    /** The connection the transaction runs on. */
    public EngineConnection connection() {
        return connection;
    }

    public boolean isActive() {
        return active;
    }

    public void commit() {
        end(TransactionEvent.Kind.COMMIT, true);
    }

    public void rollback() {
        end(TransactionEvent.Kind.ROLLBACK, true);
    }

    @Override
    public void close() {
        try {
            if (active) {
                rollback();
            }
        } finally {
            if (ownsConnection) {
                connection.close();
            }
        }
    }

    /** The database already rolled back (deadlock): the transaction is over. */
    void rolledBackByDatabase() {
        try {
            end(TransactionEvent.Kind.ROLLBACK, false);
        } catch (RuntimeException ignored) {
            // the connection may be gone too; the deadlock is the error worth reporting
        }
        endedBy = "the database rolled it back to break a deadlock";
    }

    private void end(TransactionEvent.Kind kind, boolean giveBackOwned) {
        if (!active) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.TRANSACTION_INACTIVE,
                    "cannot " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + (endedBy == null ? "it has ended" : endedBy)));
        }
        active = false;
        endedBy = kind == TransactionEvent.Kind.COMMIT ? "it was committed" : "it was rolled back";
        Connection jdbc = connection.jdbcConnection();
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            if (kind == TransactionEvent.Kind.COMMIT) {
                jdbc.commit();
            } else {
                jdbc.rollback();
            }
        } catch (SQLException e) {
            failure = connection.failed(e, kind.name(), List.of());
            if (kind == TransactionEvent.Kind.COMMIT) {
                rollbackQuietly(jdbc);
            }
        }
        try {
            jdbc.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                failure = connection.failed(e, kind.name(), List.of());
            }
        }
        connection.engine().listener().transaction(new TransactionEvent(
                failure == null ? kind : TransactionEvent.Kind.ROLLBACK, System.nanoTime() - start, connection.id()));
        if (ownsConnection && giveBackOwned) {
            connection.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void rollbackQuietly(Connection jdbc) {
        try {
            jdbc.rollback();
        } catch (SQLException ignored) {
            // the commit failure is what the caller needs to see
        }
    }
}
