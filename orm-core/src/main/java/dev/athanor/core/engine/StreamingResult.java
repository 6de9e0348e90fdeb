package dev.athanor.core.engine;

import dev.athanor.core.error.AthanorException;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Rows read from the database as you iterate, for results too large to hold. Holds its
 * connection's statement open until closed (closing the connection closes it too); use it in
 * try-with-resources. Iterable once.
 */
public final class StreamingResult implements Iterable<Row>, AutoCloseable {

    private final EngineConnection connection;
    private final String sql;
    private final PreparedStatement statement;
    private final ResultSet rs;
    private final Columns columns;
    private final ExecutionListener rowListener;
    private boolean iterated;
    private boolean closed;

    StreamingResult(EngineConnection connection, String sql, PreparedStatement statement, ResultSet rs,
                    Columns columns, ExecutionListener rowListener) {
        this.connection = connection;
        this.sql = sql;
        this.statement = statement;
        this.rs = rs;
        this.columns = columns;
        this.rowListener = rowListener;
        connection.opened(this);
    }

    public Columns columns() {
        return columns;
    }

    @Override
    public Iterator<Row> iterator() {
        if (closed || iterated) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.RESULT_CLOSED,
                    closed ? "the streaming result is closed" : "a streaming result can be iterated once")
                    .detail("SQL", sql));
        }
        iterated = true;
        return new Iterator<>() {
            private Row next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = advance();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more rows");
                }
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    /** The rows as a stream; closing the stream closes this result. */
    public Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    private Row advance() {
        if (closed) {
            throw new AthanorException(ErrorMessage.of(ErrorCode.RESULT_CLOSED, "the streaming result is closed")
                    .detail("SQL", sql));
        }
        try {
            if (!rs.next()) {
                close();
                return null;
            }
            Row row = StatementExecutor.readRow(rs, columns, columns.size());
            if (rowListener != null) {
                rowListener.rowRead(row);
            }
            return row;
        } catch (SQLException e) {
            close();
            throw connection.failed(e, sql, java.util.List.of());
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            StatementCache.closeQuietly(rs);
            StatementCache.closeQuietly(statement);
            connection.closed(this);
        }
    }
}
