package dev.athanor.core.session;

import dev.athanor.core.engine.Columns;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Row;
import dev.athanor.core.engine.RowCursor;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * SQL written by the application, run within a session's unit of work: pending changes to the
 * tables it names are flushed first (flush mode AUTO), it runs on the transaction's connection,
 * and rows that hold an entity's columns become managed instances of the identity map.
 */
public final class NativeQueries {

    private final Session session;
    // the column positions of the last result read, so that each row does not look its labels up again
    private Columns lastColumns;
    private EntityPersister lastPersister;
    private RowColumns lastSource;
    // the same for the last cursor read, with the fetch type of each of its columns
    private Columns cursorLabels;
    private EntityPersister cursorPersister;
    private int[] cursorPositions;
    private Class<?>[] cursorTypes;
    // the positions of entities read through result set mappings, for the result being read
    private final Map<LabelledKey, RowColumns> labelled = new HashMap<>();
    private Columns labelledColumns;

    NativeQueries(Session session) {
        this.session = session;
    }

    /**
     * Runs a query and reads the page of its rows that starts at row {@code firstResult} (from 0)
     * and holds at most {@code maxResults}; each row of the page becomes a value through {@code rows},
     * while the connection is held. The SQL runs as written: the driver stops after the page's last
     * row, and the rows before the page are stepped over without being read.
     *
     * @param tables the tables the statement reads; empty when they could not be told, which
     *     flushes whenever anything is managed
     */
    public <T> List<T> query(String sql, Object[] parameters, Collection<String> tables, int firstResult,
            int maxResults, BiFunction<Row, EngineConnection, T> rows) {
        session.checkOpen("createNativeQuery");
        session.flushBeforeQuery(tables);
        return session.withConnection(c -> {
            List<T> out = new ArrayList<>();
            for (Row row : c.queryPage(sql, null, firstResult, maxResults, parameters)) {
                out.add(rows.apply(row, c));
            }
            return out;
        });
    }

    /**
     * Runs a query whose rows are instances of entity {@code type}, managed in this context; only
     * the page of rows {@link #query} describes becomes entities (a row before it is never read, so
     * its entity does not enter the context). The rows are read from the open result, as a JPQL
     * query's are: an entity the context holds already costs the read of its id, and the others'
     * columns are fetched with the typed getters their mapping gives (the columns matched by label).
     */
    public <T> List<T> entities(Class<T> type, String sql, Object[] parameters, Collection<String> tables,
            int firstResult, int maxResults) {
        session.checkOpen("createNativeQuery");
        EntityPersister persister = session.persisterOf(type, "createNativeQuery");
        session.flushBeforeQuery(tables);
        return session.withConnection(c -> {
            try (RowCursor rows = c.cursorPage(sql, null, firstResult, maxResults, parameters)) {
                if (rows.columns() == null) {
                    return new ArrayList<>(); // the SQL was not a query: it ran, and there are no rows
                }
                RowView source = cursorColumns(persister, rows);
                // sized for what the entity's last native query read, as a JPQL query is for its plan's last run
                int expected = Math.min(Math.min(persister.lastNativeRows(), maxResults), QueryResults.MOST_EXPECTED);
                session.context().reserve(persister, expected);
                List<T> out = new ArrayList<>(Math.max(expected, 10));
                while (rows.next()) {
                    out.add(type.cast(entity(persister, source, c)));
                }
                persister.rememberNativeRows(out.size());
                return out;
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE after an AUTO flush; it needs a transaction. Returns the row count. */
    public long update(String sql, Object[] parameters, Collection<String> tables) {
        session.checkOpen("executeUpdate");
        SessionTransaction transaction = session.transaction();
        if (!transaction.isActive()) {
            throw SessionErrors.transactionRequired("executeUpdate()");
        }
        session.flushBeforeQuery(tables);
        return transaction.current().connection().execute(sql, parameters).rowCount();
    }

    /**
     * The entity a row holds, its columns found by label (any case): the managed instance when the
     * context has one with that id (the specification keeps it as it is; a reference not loaded yet
     * takes its state from the row), else a new managed one.
     */
    public <T> T entity(Class<T> type, Row row, EngineConnection connection) {
        EntityPersister persister = lastPersister != null && lastPersister.entity().javaType() == type ? lastPersister
                : session.persisterOf(type, "createNativeQuery");
        return type.cast(entity(persister, columnsOf(persister, row), connection));
    }

    private Object entity(EntityPersister persister, EntityColumns.ColumnSource source, EngineConnection connection) {
        Object id = source instanceof RowView view ? view.fetchKept(persister.idSlot(), persister.idType())
                : source.get(persister.idSlot(), persister.idType());
        Object known = session.context().instance(persister, id);
        if (known != null) {
            session.loader().fillIfReference(connection, known, persister, source); // a reference: the row is its state
            return known;
        }
        return session.loader().hydrate(connection, persister, source, id);
    }

    /**
     * The entity a row holds as a result set mapping's {@code @EntityResult} reads it: each column
     * under the label {@code fieldLabels} gives for its attribute path ({@code "address.street"};
     * a foreign key by the association's name, or the name followed by the target's id attribute),
     * other columns under their mapped names. Managed and identical to the context's instance as in
     * {@link #entity(Class, Row, EngineConnection)}; null when the row's id column is NULL (an outer
     * join that found nothing).
     *
     * @param mappingName the result set mapping, for messages
     * @throws PersistenceException ATH-9010 naming mapping, attribute and the result's columns when a
     *     column is missing from the result
     */
    public <T> T entity(Class<T> type, Row row, EngineConnection connection, Map<String, String> fieldLabels,
            String mappingName) {
        EntityPersister persister = session.persisterOf(type, "createNativeQuery");
        if (row.columns() != labelledColumns) {
            labelled.clear();
            labelledColumns = row.columns();
        }
        RowColumns source = labelled.computeIfAbsent(new LabelledKey(persister, fieldLabels),
                key -> new RowColumns(labelledPositions(persister, row, fieldLabels, mappingName)));
        source.row = row;
        Object id = source.get(persister.idSlot(), persister.idType());
        if (id == null) {
            return null;
        }
        Object known = session.context().instance(persister, id);
        if (known != null) {
            session.loader().fillIfReference(connection, known, persister, source);
            return type.cast(known);
        }
        return type.cast(session.loader().hydrate(connection, persister, source, id));
    }

    /** One entity result of a mapping; the labels compared by value, the persister by identity. */
    private record LabelledKey(EntityPersister persister, Map<String, String> fieldLabels) {
    }

    private static int[] labelledPositions(EntityPersister persister, Row row, Map<String, String> fieldLabels,
            String mappingName) {
        EntityColumns columns = persister.columns();
        int[] positions = new int[columns.size()];
        List<String> labels = row.columns().labels();
        List<String> missing = new ArrayList<>();
        for (ColumnSlot slot : columns.slots()) {
            String path = slot.attributePath();
            String label = fieldLabels.get(path);
            if (label == null && slot.target() != null) {
                label = fieldLabels.get(path + "." + slot.target().id().name());
            }
            String wanted = label != null ? label : slot.column().name();
            positions[slot.position()] = indexOf(labels, wanted);
            if (positions[slot.position()] < 0) {
                missing.add(persister.entity().name() + "." + path + " from column '" + wanted + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.RESULT_MAPPING, "result set mapping '"
                    + mappingName + "' reads " + String.join(", ", missing) + ", which the native query's result"
                    + " does not have").detail("columns", labels)
                    .hint("Select every column of the entity (SELECT t.*), under the labels its @FieldResults give.")
                    .render());
        }
        return withSubclassColumns(persister, positions, labels);
    }

    private static int indexOf(List<String> labels, String label) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The entity's columns of one row of a native query's result, found by label. */
    private static final class RowColumns implements EntityColumns.ColumnSource {
        private final int[] positions;
        private Row row;

        RowColumns(int[] positions) {
            this.positions = positions;
        }

        @Override
        public Object get(int slot, Class<?> type) {
            return row.get(positions[slot], type);
        }
    }

    /**
     * The entity's columns in the cursor's rows, found by label once per statement and entity, and
     * fetched from then on with the types the entity's mapping gives them.
     */
    private RowView cursorColumns(EntityPersister persister, RowCursor rows) {
        Columns columns = rows.columns();
        if (columns != cursorLabels || persister != cursorPersister) {
            cursorPositions = positions(persister, columns.labels());
            cursorTypes = persister.fetchTypesOf(columns.labels());
            cursorLabels = columns;
            cursorPersister = persister;
        }
        rows.fetchAs(cursorTypes);
        return new RowView(rows, cursorPositions);
    }

    /** The entity's columns in {@code row}: their positions found by label once per result and entity. */
    private RowColumns columnsOf(EntityPersister persister, Row row) {
        if (row.columns() != lastColumns || persister != lastPersister) {
            lastSource = new RowColumns(positions(persister, row.columns().labels()));
            lastColumns = row.columns();
            lastPersister = persister;
        }
        lastSource.row = row;
        return lastSource;
    }

    private static int[] positions(EntityPersister persister, List<String> labels) {
        EntityColumns columns = persister.columns();
        int[] positions = new int[columns.size()];
        for (ColumnSlot slot : columns.slots()) {
            positions[slot.position()] = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).equalsIgnoreCase(slot.column().name())) {
                    positions[slot.position()] = i;
                }
            }
            if (positions[slot.position()] < 0) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.NO_SUCH_COLUMN, "the native query's result"
                        + " has no column " + slot.column().name() + " for " + persister.entity().name() + "."
                        + slot.attributePath()).detail("columns", labels)
                        .hint("Select every column of the entity's table (SELECT * or t.*).").render());
            }
        }
        return withSubclassColumns(persister, positions, labels);
    }

    /**
     * For an entity with subclasses, the positions extended by its subclasses' columns and the
     * discriminator, found by label: what tells the class of each row.
     */
    private static int[] withSubclassColumns(EntityPersister persister, int[] positions, List<String> labels) {
        if (!persister.polymorphic()) {
            return positions;
        }
        List<String> tail = persister.hierarchy().tailColumns();
        int[] all = java.util.Arrays.copyOf(positions, positions.length + tail.size());
        for (int i = 0; i < tail.size(); i++) {
            all[positions.length + i] = indexOf(labels, tail.get(i));
            if (all[positions.length + i] < 0) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.NO_SUCH_COLUMN, "the native query's result"
                        + " has no column " + tail.get(i) + ", which " + persister.entity().name() + " (an entity with"
                        + " subclasses) needs to make each row an instance of its class").detail("columns", labels)
                        .hint("Select every column of the table (SELECT * or t.*), the discriminator included.")
                        .render());
            }
        }
        return all;
    }
}
