package dev.athanor.core.engine.echo;

import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.StatementEvent;
import dev.athanor.core.engine.TransactionEvent;
import java.io.PrintStream;

/**
 * Echo: prints every statement with its parameters, time and row count, and every BEGIN, COMMIT
 * and ROLLBACK, to standard output, whatever logging the application has. With {@code rows}
 * (echo "debug") it prints result rows too.
 */
public final class EchoListener implements ExecutionListener {

    private final PrintStream out;
    private final boolean rows;

    public EchoListener(PrintStream out, boolean rows) {
        this.out = out;
        this.rows = rows;
    }

    @Override
    public void statementExecuted(StatementEvent e) {
        String text = "[athanor.SQL] " + e.sql() + System.lineSeparator()
                + "[athanor.SQL] " + ValueFormatter.parameterSets(e.parameterSets(), e.batch())
                + " -- " + ValueFormatter.millis(e.elapsedNanos()) + ", " + ValueFormatter.rows(e.rowCount())
                + " [conn " + e.connectionId() + "]";
        out.println(text);
    }

    @Override
    public boolean wantsRows() {
        return rows;
    }

    @Override
    public void rowRead(Row row) {
        out.println("[athanor.SQL] row " + ValueFormatter.values(java.util.Arrays.asList(row.toArray())));
    }

    @Override
    public void transaction(TransactionEvent e) {
        String time = e.kind() == TransactionEvent.Kind.BEGIN ? "" : " -- " + ValueFormatter.millis(e.elapsedNanos());
        out.println("[athanor.TXN] " + e.kind() + time + " [conn " + e.connectionId() + "]");
    }
}
