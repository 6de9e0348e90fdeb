package dev.athanor.core.engine.echo;

import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.engine.TransactionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the same events as echo to SLF4J at DEBUG: statements on {@code dev.athanor.SQL},
 * transactions on {@code dev.athanor.TXN}; result rows at TRACE. Costs a level check when off.
 */
public final class LoggingListener implements ExecutionListener {

    public static final LoggingListener INSTANCE = new LoggingListener();

    private static final Logger SQL = LoggerFactory.getLogger("dev.athanor.SQL");
    private static final Logger TXN = LoggerFactory.getLogger("dev.athanor.TXN");

    private LoggingListener() {
    }

    @Override
    public boolean wantsStatements() {
        return SQL.isDebugEnabled();
    }

    @Override
    public void statementExecuted(StatementEvent e) {
        if (SQL.isDebugEnabled()) {
            SQL.debug("{} | {} | {}, {} [conn {}]", e.sql(), ValueFormatter.parameterSets(e.parameterSets(), e.batch()),
                    ValueFormatter.millis(e.elapsedNanos()), ValueFormatter.rows(e.rowCount()), e.connectionId());
        }
    }

    @Override
    public boolean wantsRows() {
        return SQL.isTraceEnabled();
    }

    @Override
    public void rowRead(Row row) {
        SQL.trace("row {}", ValueFormatter.values(java.util.Arrays.asList(row.toArray())));
    }

    @Override
    public void transaction(TransactionEvent e) {
        if (TXN.isDebugEnabled()) {
            TXN.debug("{} -- {} [conn {}]", e.kind(), ValueFormatter.millis(e.elapsedNanos()), e.connectionId());
        }
    }
}
