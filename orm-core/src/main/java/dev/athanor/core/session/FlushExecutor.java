package dev.athanor.core.session;

import dev.athanor.core.config.SessionSettings;
import dev.athanor.core.dialect.Capabilities;
import dev.athanor.core.engine.BatchResult;
import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Result;
import dev.athanor.core.engine.Row;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.sql.render.RenderedSql;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what {@link FlushPlanner} decided: INSERT batches, then UPDATEs of the changed columns
 * (grouped by entity and column set so that each batch is one statement), then the rows of
 * to-many associations ({@link CollectionWriter}), then DELETE batches,
 * then the version checks of optimistic read locks. Each row count is checked: a versioned (or
 * vanished) row that matches nothing is an {@code OptimisticLockException}.
 *
 * <p>The context is changed only by {@link #complete()}, after every statement succeeded; on
 * failure {@link #undo()} puts back the ids and versions it had set on instances.
 */
final class FlushExecutor {

    /** Upper bound on bind markers in one multi-row INSERT (SQLite allows 32766, MariaDB 65535). */
    private static final int MAX_MARKERS = 30_000;

    private final SessionFactory factory;
    private final PersistenceContext context;
    private final EngineConnection connection;
    private final List<Runnable> onSuccess = new ArrayList<>();
    private final List<Runnable> onFailure = new ArrayList<>();
    private int visited;
    /** The entries holding an optimistic read lock whose version an UPDATE of this flush moved already. */
    private final java.util.Set<EntityEntry> updated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    FlushExecutor(SessionFactory factory, PersistenceContext context, EngineConnection connection) {
        this.factory = factory;
        this.context = context;
        this.connection = connection;
    }

    void flush() {
        insertPending();
        updateChanged();
        new CollectionWriter(factory, context, connection).write(onSuccess);
        deleteRemoved();
        verifyOptimisticLocks();
    }

    /** How many entries the dirty check looked at: the work list, not the context. */
    int visited() {
        return visited;
    }

    void complete() {
        onSuccess.forEach(Runnable::run);
        context.settleWork();
    }

    void undo() {
        for (int i = onFailure.size() - 1; i >= 0; i--) {
            onFailure.get(i).run();
        }
    }

    // ---- inserts ---------------------------------------------------------------------------------

    void insertPending() {
        for (List<EntityEntry> batch : new FlushPlanner(factory, context).insertBatches()) {
            EntityPersister persister = batch.get(0).persister;
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (EntityEntry entry : batch) {
                rows.add(prepareInsert(entry));
            }
            onSuccess.add(() -> {
                for (int i = 0; i < batch.size(); i++) {
                    EntityEntry entry = batch.get(i);
                    entry.inDatabase = true;
                    entry.settled(rows.get(i));
                    if (entry.tracked()) {
                        entry.loaded(persister.tracking().slotOfAttribute(persister.entity().id().index()));
                        EntityLoader.linkEmbedded(entry);
                    }
                }
            });
            if (!persister.databaseAssignsId()) {
                insertRows(persister, rows);
            } else if (batch.size() > 1 && batchedIdentity(persister)) {
                insertReturningIds(persister, batch, rows);
            } else {
                for (int i = 0; i < batch.size(); i++) {
                    RenderedSql sql = persister.insert();
                    Result result = connection.execute(sql.sql(), sql.bind(persister.insertValues(rows.get(i))));
                    assignId(batch.get(i), rows.get(i), result.generatedKey());
                }
            }
        }
    }

    /** Seeds the version and reads the column values to insert. */
    private Object[] prepareInsert(EntityEntry entry) {
        EntityPersister persister = entry.persister;
        AttributeModel version = persister.versionAttribute();
        if (version != null) {
            Object before = version.get(entry.instance);
            Object initial = Versions.initial(version.javaType(), before);
            if (initial != before) {
                version.set(entry.instance, initial);
                onFailure.add(() -> EntityColumns.set(version, entry.instance, before));
            }
        }
        return persister.columns().read(entry.instance);
    }

    private boolean batchedIdentity(EntityPersister persister) {
        Capabilities capabilities = persister.dialect().capabilities();
        SessionSettings.IdentityInserts mode = factory.settings().identityInserts();
        boolean batched = mode == SessionSettings.IdentityInserts.BATCHED
                || (mode == SessionSettings.IdentityInserts.AUTO && persister.enhanced());
        return batched && capabilities.returning() && capabilities.multiRowInsert();
    }

    /**
     * One multi-row {@code INSERT ... RETURNING id} per chunk. The database numbers the rows in
     * VALUES order, each id above the last, so the returned ids sorted ascending are the rows' ids
     * in order whatever order RETURNING lists them in.
     */
    private void insertReturningIds(EntityPersister persister, List<EntityEntry> batch, List<Object[]> rows) {
        int width = Math.max(1, persister.insertSlots().length);
        int chunk = Math.max(1, MAX_MARKERS / width);
        Class<?> idType = persister.entity().id().javaType();
        for (int from = 0; from < batch.size(); from += chunk) {
            int to = Math.min(batch.size(), from + chunk);
            RenderedSql sql = persister.multiRowInsertReturningId(to - from);
            Object[] slotValues = new Object[(to - from) * persister.insertSlots().length];
            for (int r = from; r < to; r++) {
                Object[] values = persister.insertValues(rows.get(r));
                System.arraycopy(values, 0, slotValues, (r - from) * values.length, values.length);
            }
            List<Row> returned = connection.execute(sql.sql(), sql.bind(slotValues)).all();
            if (returned.size() != to - from) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.DATABASE_ERROR, "INSERT of " + (to - from)
                        + " " + persister.entity().name() + " rows returned " + returned.size() + " ids").render());
            }
            long[] ids = new long[returned.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = returned.get(i).get(0, Long.class);
            }
            java.util.Arrays.sort(ids);
            for (int r = from; r < to; r++) {
                assignId(batch.get(r), rows.get(r), Ids.convert(ids[r - from], idType));
            }
        }
    }

    private void assignId(EntityEntry entry, Object[] values, Object key) {
        AttributeModel id = entry.persister.entity().id();
        if (key == null) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.DATABASE_ERROR, "the database assigned no id to"
                    + " the new " + entry.persister.entity().name() + " row").render());
        }
        Object value = Ids.convert(key, id.javaType());
        Object before = id.get(entry.instance);
        id.set(entry.instance, value);
        context.assignId(entry, value);
        values[entry.persister.idSlot()] = value;
        onFailure.add(() -> {
            context.unassignId(entry);
            EntityColumns.set(id, entry.instance, before);
        });
    }

    // ---- updates ---------------------------------------------------------------------------------

    private record PendingUpdate(EntityEntry entry, Object[] values, Object oldVersion) {
    }

    private void updateChanged() {
        Map<EntityPersister.Statement, List<PendingUpdate>> groups = new LinkedHashMap<>();
        BitSet changed = new BitSet();
        List<EntityEntry> work = context.work();
        visited = work.size();
        for (int w = 0; w < work.size(); w++) {
            EntityEntry entry = work.get(w);
            if (entry.gone || !entry.managed() || !entry.inDatabase || entry.hollow) {
                continue;
            }
            EntityPersister persister = entry.persister;
            boolean tracked = entry.tracked();
            if ((tracked && !entry.isDirty() || entry.readOnly) && !entry.forceIncrement) {
                continue;
            }
            // compare column by column first: an unchanged entity (most of them) costs no array and no boxing
            List<ColumnSlot> slots = persister.columns().slots();
            if (!slots.get(persister.idSlot()).unchanged(entry.instance, entry.before(persister.idSlot()))) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.ID_CHANGED, entry.describe() + " now has id "
                        + slots.get(persister.idSlot()).read(entry.instance))
                        .detail("entity", persister.entity().name()).render());
            }
            changed.clear(); // one scratch set for every entity; the persister keeps a copy of each new column set
            if (tracked) {
                // the instance said which attributes it wrote: compare only their columns
                persister.tracking().changedColumns(persister, entry, changed);
                onSuccess.add(() -> {
                    entry.settled(null);
                    EntityLoader.linkEmbedded(entry);
                });
            } else {
                Object[] snapshot = entry.snapshot;
                for (int i = 0; i < snapshot.length; i++) {
                    if (i != persister.versionSlot() && persister.updatable(i)
                            && !slots.get(i).unchanged(entry.instance, snapshot[i])) {
                        changed.set(i);
                    }
                }
            }
            if (changed.isEmpty() && !entry.forceIncrement) {
                continue;
            }
            Object[] values = persister.columns().read(entry.instance);
            Object oldVersion = bumpVersion(entry, values);
            EntityPersister.Statement statement = changed.isEmpty() ? null : persister.update(changed);
            if (statement == null) {
                forceIncrement(entry, values, oldVersion);
                continue;
            }
            groups.computeIfAbsent(statement, s -> new ArrayList<>()).add(new PendingUpdate(entry, values, oldVersion));
        }
        groups.forEach((statement, updates) -> {
            EntityPersister persister = updates.get(0).entry().persister;
            List<Object[]> parameterSets = new ArrayList<>(updates.size());
            for (PendingUpdate update : updates) {
                int[] slots = statement.slots();
                Object[] slotValues = new Object[slots.length + (persister.versionSlot() >= 0 ? 2 : 1)];
                for (int i = 0; i < slots.length; i++) {
                    slotValues[i] = update.values()[slots[i]];
                }
                slotValues[slots.length] = update.entry().id;
                if (persister.versionSlot() >= 0) {
                    slotValues[slots.length + 1] = update.oldVersion();
                }
                // the UPDATE's markers take slots 0..n-1 in order (see EntityPersister.update): no rebinding
                parameterSets.add(slotValues);
                updated(update.entry());
            }
            onSuccess.add(() -> updates.forEach(update -> update.entry().settled(update.values())));
            checkCounts(runBatch(statement.sql().sql(), parameterSets), updates.stream().map(PendingUpdate::entry)
                    .toList(), "UPDATE");
        });
    }

    /** Moves the version on (instance and values), returning the old version's column value; null if unversioned. */
    private Object bumpVersion(EntityEntry entry, Object[] values) {
        AttributeModel version = entry.persister.versionAttribute();
        if (version == null) {
            return null;
        }
        int slot = entry.persister.versionSlot();
        entry.keep(slot);
        Object oldColumn = entry.before(slot);
        Object before = version.get(entry.instance);
        Object next = Versions.next(version.javaType(), ColumnValues.toAttribute(version, oldColumn));
        version.set(entry.instance, next);
        values[slot] = ColumnValues.toColumn(version, next);
        onFailure.add(() -> EntityColumns.set(version, entry.instance, before));
        return oldColumn;
    }

    private void forceIncrement(EntityEntry entry, Object[] values, Object oldVersion) {
        EntityPersister persister = entry.persister;
        RenderedSql sql = persister.versionOnly();
        long count = connection.execute(sql.sql(), sql.bind(values[persister.versionSlot()], entry.id, oldVersion))
                .rowCount();
        if (count == 0) {
            throw SessionErrors.stale(entry.instance, persister.entity().name(), entry.id,
                    ColumnValues.toAttribute(persister.versionAttribute(), oldVersion), "UPDATE");
        }
        updated(entry);
        onSuccess.add(() -> entry.settled(values));
    }

    // ---- deletes ---------------------------------------------------------------------------------

    private void deleteRemoved() {
        for (List<EntityEntry> batch : new FlushPlanner(factory, context).deleteBatches()) {
            EntityPersister persister = batch.get(0).persister;
            RenderedSql sql = persister.delete();
            List<Object[]> parameterSets = new ArrayList<>(batch.size());
            for (EntityEntry entry : batch) {
                parameterSets.add(persister.versionSlot() >= 0
                        ? sql.bind(entry.id, entry.before(persister.versionSlot())) : sql.bind(entry.id));
                onSuccess.add(() -> context.remove(entry));
            }
            checkCounts(runBatch(sql.sql(), parameterSets), batch, "DELETE");
        }
    }

    // ---- optimistic read locks ---------------------------------------------------------------------

    /** Notes that an UPDATE moved {@code entry}'s version, when it holds a lock that would check it again. */
    private void updated(EntityEntry entry) {
        if (entry.lock == LockModeType.OPTIMISTIC || entry.lock == LockModeType.READ) {
            updated.add(entry);
        }
    }

    private void verifyOptimisticLocks() {
        for (EntityEntry entry : context.work()) {
            if (!entry.gone && (entry.lock == LockModeType.OPTIMISTIC || entry.lock == LockModeType.READ)
                    && entry.managed() && entry.inDatabase && !updated.contains(entry)) {
                EntityPersister persister = entry.persister;
                RenderedSql sql = persister.lockRow();
                List<Row> rows = connection.execute(sql.sql(), sql.bind(entry.id)).all();
                Object expected = entry.before(persister.versionSlot());
                if (rows.isEmpty() || EntityColumns.changed(expected, persister.versionColumnValue(rows.get(0), 0))) {
                    throw SessionErrors.stale(entry.instance, persister.entity().name(), entry.id,
                            ColumnValues.toAttribute(persister.versionAttribute(), expected), "the version check");
                }
            }
        }
    }

    // ---- running statements ------------------------------------------------------------------------

    /** The INSERT for each row; its markers take slots 0..n-1 in order, so the insert values need no rebinding. */
    private void insertRows(EntityPersister persister, List<Object[]> rows) {
        List<Object[]> parameterSets = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            parameterSets.add(persister.insertValues(row));
        }
        runBatch(persister.insert().sql(), parameterSets);
    }

    /** One statement per set: a single execute for one set, a JDBC batch for more. */
    private int[] runBatch(String sql, List<Object[]> parameterSets) {
        if (parameterSets.size() == 1) {
            return new int[] {(int) connection.execute(sql, parameterSets.get(0)).rowCount()};
        }
        BatchResult result = connection.executeBatch(sql, parameterSets);
        return result.counts();
    }

    private static void checkCounts(int[] counts, List<EntityEntry> entries, String statement) {
        for (int i = 0; i < counts.length && i < entries.size(); i++) {
            if (counts[i] == 0) {
                EntityEntry entry = entries.get(i);
                EntityPersister persister = entry.persister;
                Object version = persister.versionSlot() >= 0
                        ? ColumnValues.toAttribute(persister.versionAttribute(), entry.before(persister.versionSlot()))
                        : null;
                throw SessionErrors.stale(entry.instance, persister.entity().name(), entry.id, version, statement);
            }
            if (counts[i] != Statement.SUCCESS_NO_INFO && counts[i] < 0) {
                throw new PersistenceException(ErrorMessage.of(ErrorCode.DATABASE_ERROR, statement + " of "
                        + entries.get(i).describe() + " failed (batch count " + counts[i] + ")").render());
            }
        }
    }
}
