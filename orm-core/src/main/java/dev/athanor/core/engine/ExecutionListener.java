package dev.athanor.core.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Told of every statement, row (when it asks for rows) and transaction event an engine handles.
 * Echo and SQL logging are listeners; tests use one to assert on the statements that ran.
 * Listeners run on the executing thread and should be quick; they must not throw.
 */
public interface ExecutionListener {

    /** A listener that does nothing. */
    ExecutionListener NO_OP = new ExecutionListener() {
        @Override
        public boolean wantsStatements() {
            return false;
        }
    };

    default void statementExecuted(StatementEvent event) {
    }

    /** True if this listener wants {@link #statementExecuted} now; asked before each statement. */
    default boolean wantsStatements() {
        return true;
    }

    /** True if this listener wants {@link #rowRead}; rows are then copied out of each result. */
    default boolean wantsRows() {
        return false;
    }

    default void rowRead(Row row) {
    }

    default void transaction(TransactionEvent event) {
    }

    /** One listener that tells all of these, in order; skips the ones that are {@link #NO_OP}. */
    static ExecutionListener compound(List<? extends ExecutionListener> listeners) {
        List<ExecutionListener> live = new ArrayList<>();
        for (ExecutionListener listener : listeners) {
            if (listener != null && listener != NO_OP) {
                live.add(listener);
            }
        }
        if (live.isEmpty()) {
            return NO_OP;
        }
        if (live.size() == 1) {
            return live.get(0);
        }
        ExecutionListener[] all = live.toArray(ExecutionListener[]::new);
        boolean rows = live.stream().anyMatch(ExecutionListener::wantsRows);
        return new ExecutionListener() {
            @Override
            public void statementExecuted(StatementEvent event) {
                for (ExecutionListener l : all) {
                    if (l.wantsStatements()) {
                        l.statementExecuted(event);
                    }
                }
            }

            @Override
            public boolean wantsStatements() {
                for (ExecutionListener l : all) {
                    if (l.wantsStatements()) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public boolean wantsRows() {
                return rows;
            }

            @Override
            public void rowRead(Row row) {
                for (ExecutionListener l : all) {
                    if (l.wantsRows()) {
                        l.rowRead(row);
                    }
                }
            }

            @Override
            public void transaction(TransactionEvent event) {
                for (ExecutionListener l : all) {
                    l.transaction(event);
                }
            }
        };
    }
}
