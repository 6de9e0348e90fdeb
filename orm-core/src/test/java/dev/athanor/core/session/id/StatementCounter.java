package dev.athanor.core.session.id;

import dev.athanor.core.engine.ExecutionListener;
import dev.athanor.core.engine.StatementEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the statements an engine ran, for counting round trips. */
final class StatementCounter implements ExecutionListener {

    private final List<String> sql = new CopyOnWriteArrayList<>();

    @Override
    public void statementExecuted(StatementEvent event) {
        sql.add(event.sql());
    }

    void clear() {
        sql.clear();
    }

    /** The statements whose text names {@code object}. */
    List<String> naming(String object) {
        return sql.stream().filter(s -> s.contains(object)).toList();
    }
}
