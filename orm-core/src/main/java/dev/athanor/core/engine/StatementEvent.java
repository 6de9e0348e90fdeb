package dev.athanor.core.engine;

import java.util.List;

/**
 * One statement the engine ran.
 *
 * @param sql           the SQL as the driver received it
 * @param parameterSets the bound values: one list for a statement, one per row for a batch
 * @param batch         true for {@code executeBatch}
 * @param elapsedNanos  time spent in the driver executing (and, for buffered queries, reading)
 * @param rowCount      rows changed or returned; -1 while a streaming result is still open
 * @param connectionId  which pooled connection ran it, for reading interleaved logs
 */
public record StatementEvent(String sql, List<List<Object>> parameterSets, boolean batch, long elapsedNanos,
                             long rowCount, int connectionId) {
}
