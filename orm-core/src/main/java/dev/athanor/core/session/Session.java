package dev.athanor.core.session;

import dev.athanor.core.engine.EngineConnection;
import dev.athanor.core.engine.Transaction;
import dev.athanor.core.error.ErrorCode;
import dev.athanor.core.error.ErrorMessage;
import dev.athanor.core.meta.AttributeModel;
import dev.athanor.core.meta.EntityModel;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import dev.athanor.core.engine.Row;
import java.util.Collection;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistence context and its unit of work: the identity map, the entity operations of the
 * specification (persist, find, merge, remove, refresh, detach, lock), flush, and the
 * resource-local transaction. Not thread-safe: one session serves one unit of work on one thread.
 *
 * <p>Operations on entity state live here; loading is {@link EntityLoader}'s, deciding what a
 * flush writes and in which order is {@link FlushPlanner}'s, and writing it is {@link FlushExecutor}'s.
 */
public final class Session implements AutoCloseable {

    private static final Logger TXN = LoggerFactory.getLogger("dev.athanor.TXN");

    private final SessionFactory factory;
    private final PersistenceContext context = new PersistenceContext();
    private final EntityLoader loader;
    private final StateCopier copier;
    private FlushModeType flushMode = FlushModeType.AUTO;
    private Transaction transaction;
    private boolean rollbackOnly;
    private boolean open = true;
    private boolean immediateInsertPending;

    Session(SessionFactory factory) {
        this.factory = factory;
        this.loader = new EntityLoader(factory, context);
        this.copier = new StateCopier(this);
    }

    public SessionFactory factory() {
        return factory;
    }

    // ---- entity operations --------------------------------------------------------------------

    /** Makes a new instance managed; its row is inserted at flush (or now, for IDENTITY ids, see the settings). */
    public void persist(Object entity) {
        checkOpen("persist");
        Cascades.persist(this, entity, persisterOf(entity, "persist"));
        if (immediateInsertPending) {
            immediateInsertPending = false;
            flushInserts();
        }
    }

    /** Called by {@link Cascades}: makes one instance managed, its to-one targets already handled. */
    void persistOne(Object entity, EntityPersister persister) {
        EntityEntry entry = context.entry(entity);
        if (entry != null) {
            if (entry.status == EntityEntry.Status.REMOVED) {
                entry.status = EntityEntry.Status.MANAGED;
            }
            return;
        }
        EntityModel model = persister.entity();
        Object id = model.id().get(entity);
        boolean generated = model.idGeneration().generated();
        if (generated && !Ids.unset(model.id(), id)) {
            throw SessionErrors.exists(model.name(), id, "is detached: its generated id is already set, so it was"
                    + " persisted before. Use merge() to bring a detached instance back");
        }
        if (!generated && id == null) {
            throw new PersistenceException(ErrorMessage.of(ErrorCode.INVALID_ID, "persist() of a " + model.name()
                    + " whose id " + model.id().name() + " is not set; it has no @GeneratedValue, so the application"
                    + " assigns it").detail("entity", model.name())
                    .hint("Set the id before persist(), or annotate it @GeneratedValue.").render());
        }
        if (!generated) {
            EntityEntry other = context.entry(model.javaType(), id);
            if (other != null) {
                throw SessionErrors.exists(model.name(), id, other.status == EntityEntry.Status.REMOVED
                        ? "was removed in this persistence context and not flushed yet; flush() first"
                        : "is already managed in this persistence context as another instance");
            }
        }
        if (generated && !persister.databaseAssignsId()) {
            id = persister.generator().next();
            model.id().set(entity, id);
        }
        context.add(entity, persister, generated && persister.databaseAssignsId() ? null : id);
        immediateInsertPending |= insertsAtOnce(persister);
    }

    private boolean insertsAtOnce(EntityPersister persister) {
        return persister.databaseAssignsId() && transaction != null
                && factory.settings().identityInserts() == dev.athanor.core.config.SessionSettings.IdentityInserts.IMMEDIATE;
    }

    /** The managed instance with this id, loading it if need be; null when there is no row. */
    public <T> T find(Class<T> type, Object id, LockModeType lock) {
        checkOpen("find");
        EntityPersister persister = persisterOf(type, "find");
        checkId(persister, id, "find");
        LockModeType mode = lock == null ? LockModeType.NONE : lock;
        if (mode != LockModeType.NONE && transaction == null) {
            throw SessionErrors.transactionRequired("find() with lock mode " + mode);
        }
        EntityEntry entry = context.entry(type, id);
        if (entry != null) {
            if (entry.status == EntityEntry.Status.REMOVED) {
                return null;
            }
            lock(entry, mode);
            return type.cast(entry.instance);
        }
        boolean forUpdate = Locks.pessimistic(mode);
        Object loaded = transaction != null ? loader.load(transaction.connection(), persister, id, forUpdate)
                : withConnection(c -> loader.load(c, persister, id, forUpdate));
        if (loaded != null && mode != LockModeType.NONE) {
            Locks.apply(this, context.entry(loaded), mode, Locks.pessimistic(mode));
        }
        return type.cast(loaded);
    }

    /** Like find, but a missing row is an EntityNotFoundException (no lazy proxies without the agent). */
    public <T> T getReference(Class<T> type, Object id) {
        T found = find(type, id, LockModeType.NONE);
        if (found == null) {
            throw SessionErrors.notFound(persisterOf(type, "getReference").entity().name(), id, "getReference()");
        }
        return found;
    }

    /** Copies a detached or new instance's state onto the managed one (loaded or created) and returns it. */
    public <T> T merge(T entity) {
        checkOpen("merge");
        persisterOf(entity, "merge");
        @SuppressWarnings("unchecked")
        T managed = (T) copier.merge(entity, new IdentityHashMap<>());
        return managed;
    }

    /** Schedules a managed instance's row for deletion at flush; a new instance is ignored. */
    public void remove(Object entity) {
        checkOpen("remove");
        Cascades.remove(this, entity, persisterOf(entity, "remove"), new IdentityHashMap<>());
    }

    /** Called by {@link Cascades}: removes one instance. */
    void removeOne(Object entity, EntityPersister persister) {
        EntityEntry entry = context.entry(entity);
        if (entry == null) {
            Object id = persister.entity().id().get(entity);
            boolean unset = Ids.unset(persister.entity().id(), id);
            if (!unset) {
                boolean other = context.entry(persister.entity().javaType(), id) != null;
                throw SessionErrors.illegalArgument(ErrorCode.DETACHED_ENTITY, "remove() was given "
                        + (other ? "another instance of " + persister.entity().name() + " with id " + id
                                + " than the managed one; remove the instance find() returns"
                                : "a detached " + persister.entity().name() + " with id " + id + "; find() or"
                                        + " merge() it in this EntityManager first, then remove the managed instance"));
            }
            return;
        }
        if (entry.status == EntityEntry.Status.REMOVED) {
            return;
        }
        if (!entry.inDatabase) {
            context.remove(entry);
        } else {
            entry.status = EntityEntry.Status.REMOVED;
        }
    }

    /** Overwrites a managed instance's state with its row; EntityNotFoundException when the row is gone. */
    public void refresh(Object entity, LockModeType lock) {
        checkOpen("refresh");
        persisterOf(entity, "refresh");
        LockModeType mode = lock == null ? LockModeType.NONE : lock;
        if (mode != LockModeType.NONE && transaction == null) {
            throw SessionErrors.transactionRequired("refresh() with lock mode " + mode);
        }
        Cascades.refresh(this, entity, new IdentityHashMap<>(), mode);
    }

    /** Called by {@link Cascades}: refreshes one instance. */
    void refreshOne(Object entity, LockModeType mode) {
        EntityEntry entry = managedEntry(entity, "refresh");
        withConnection(c -> {
            loader.reload(c, entry, Locks.pessimistic(mode));
            return null;
        });
        if (mode != LockModeType.NONE) {
            entry.lock = mode;
        }
    }

    /** Takes an instance out of the context; what it changed is not written. */
    public void detach(Object entity) {
        checkOpen("detach");
        persisterOf(entity, "detach");
        Cascades.detach(this, entity, new IdentityHashMap<>());
    }

    void detachOne(Object entity) {
        EntityEntry entry = context.entry(entity);
        if (entry != null) {
            context.remove(entry);
        }
    }

    /** Whether the instance is managed here (removed instances are not). */
    public boolean contains(Object entity) {
        checkOpen("contains");
        persisterOf(entity, "contains");
        EntityEntry entry = context.entry(entity);
        return entry != null && entry.managed();
    }

    /** Detaches every instance; pending changes are dropped. */
    public void clear() {
        checkOpen("clear");
        context.clear();
    }

    /** Locks a managed instance: a version check or increment for the optimistic modes, a row lock for the pessimistic ones. */
    public void lock(Object entity, LockModeType mode) {
        checkOpen("lock");
        persisterOf(entity, "lock");
        if (transaction == null) {
            throw SessionErrors.transactionRequired("lock()");
        }
        lock(managedEntry(entity, "lock"), mode == null ? LockModeType.NONE : mode);
    }

    private void lock(EntityEntry entry, LockModeType mode) {
        Locks.apply(this, entry, mode, false);
    }

    /** The lock mode the instance holds in the current transaction. */
    public LockModeType lockMode(Object entity) {
        checkOpen("getLockMode");
        persisterOf(entity, "getLockMode");
        if (transaction == null) {
            throw SessionErrors.transactionRequired("getLockMode()");
        }
        return managedEntry(entity, "getLockMode").lock;
    }

    /** The id of a managed, detached or new instance (null when not assigned yet). */
    public Object idOf(Object entity) {
        EntityEntry entry = context.entry(entity);
        if (entry != null && entry.id != null) {
            return entry.id;
        }
        return persisterOf(entity, "getIdentifier").entity().id().get(entity);
    }

    // ---- flush and transactions ---------------------------------------------------------------

    public FlushModeType flushMode() {
        return flushMode;
    }

    public void flushMode(FlushModeType mode) {
        checkOpen("setFlushMode");
        this.flushMode = mode == null ? FlushModeType.AUTO : mode;
    }

    /** Writes every pending change in the current transaction. */
    public void flush() {
        checkOpen("flush");
        if (transaction == null) {
            throw SessionErrors.transactionRequired("flush()");
        }
        doFlush();
    }

    /**
     * Flushes before a query reads {@code tables}, when the flush mode is AUTO, a transaction is
     * active and some managed entity lives in one of them.
     */
    public void flushBeforeQuery(Collection<String> tables) {
        checkOpen("query");
        if (transaction == null || flushMode != FlushModeType.AUTO) {
            return;
        }
        Set<String> wanted = new java.util.HashSet<>();
        tables.forEach(t -> wanted.add(t.toLowerCase(java.util.Locale.ROOT)));
        boolean touched = context.entries().stream().anyMatch(e -> tables.isEmpty()
                || wanted.contains(e.persister.entity().tableName().toLowerCase(java.util.Locale.ROOT)));
        if (touched) {
            doFlush();
        }
    }

    private void flushInserts() {
        runFlush(executor -> executor.insertPending());
    }

    private void doFlush() {
        Cascades.atFlush(this, context);
        runFlush(FlushExecutor::flush);
    }

    private void runFlush(java.util.function.Consumer<FlushExecutor> work) {
        FlushExecutor executor = new FlushExecutor(factory, context, transaction.connection());
        try {
            work.accept(executor);
            executor.complete();
        } catch (RuntimeException e) {
            executor.undo();
            rollbackOnly = true;
            throw e;
        }
    }

    public void begin() {
        checkOpen("getTransaction().begin");
        if (transaction != null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "begin() was called while a transaction"
                    + " is active; commit() or rollback() it first");
        }
        transaction = factory.engine().begin();
        rollbackOnly = false;
    }

    public boolean isActive() {
        return transaction != null;
    }

    /** Flushes and commits; on any failure rolls back and throws RollbackException with the cause. */
    public void commit() {
        if (transaction == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "commit() was called but no transaction"
                    + " is active; call begin() first");
        }
        if (rollbackOnly) {
            rollbackAfterFailure();
            throw new RollbackException(ErrorMessage.of(ErrorCode.ROLLED_BACK, "commit() of a transaction marked"
                    + " rollback-only (setRollbackOnly(), or an earlier failed flush); it was rolled back").render());
        }
        try {
            if (open) {
                doFlush();
            }
            transaction.commit();
        } catch (RuntimeException e) {
            rollbackAfterFailure();
            throw new RollbackException(ErrorMessage.of(ErrorCode.ROLLED_BACK, "commit() failed and the transaction"
                    + " was rolled back: " + e.getMessage()).render(), e);
        }
        endTransaction();
    }

    public void rollback() {
        if (transaction == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "rollback() was called but no transaction"
                    + " is active");
        }
        try {
            transaction.rollback();
        } finally {
            endTransaction();
            context.clear(); // the spec: rollback detaches every managed and removed instance
        }
    }

    private void rollbackAfterFailure() {
        try {
            transaction.rollback();
        } catch (RuntimeException suppressed) {
            TXN.warn("rollback after a failed commit failed too: {}", suppressed.toString());
        } finally {
            endTransaction();
            context.clear();
        }
    }

    private void endTransaction() {
        Transaction ended = transaction;
        transaction = null;
        rollbackOnly = false;
        for (EntityEntry entry : context.live()) {
            entry.lock = LockModeType.NONE;
            entry.forceIncrement = false;
        }
        ended.close();
    }

    public void setRollbackOnly() {
        if (transaction == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "setRollbackOnly() needs an active"
                    + " transaction");
        }
        rollbackOnly = true;
    }

    public boolean isRollbackOnly() {
        if (transaction == null) {
            throw SessionErrors.illegalState(ErrorCode.TRANSACTION_STATE, "getRollbackOnly() needs an active"
                    + " transaction");
        }
        return rollbackOnly;
    }

    /**
     * Runs SQL written by the application (a native query): flushes first when AUTO applies to the
     * tables it names, then runs it on the transaction's connection. An update needs a transaction.
     *
     * @param tables the tables the statement reads or writes; empty when they could not be told,
     *     which flushes whenever anything is managed
     * @param rows how to make each result row into a value; rows are read while the connection is held
     */
    public <T> List<T> nativeQuery(String sql, Object[] parameters, Collection<String> tables,
            java.util.function.BiFunction<Row, EngineConnection, T> rows) {
        checkOpen("createNativeQuery");
        flushBeforeQuery(tables);
        return withConnection(c -> {
            List<T> out = new java.util.ArrayList<>();
            for (Row row : c.execute(sql, parameters)) {
                out.add(rows.apply(row, c));
            }
            return out;
        });
    }

    /** Runs an INSERT, UPDATE or DELETE written by the application, after an AUTO flush; returns the row count. */
    public long nativeUpdate(String sql, Object[] parameters, Collection<String> tables) {
        checkOpen("executeUpdate");
        if (transaction == null) {
            throw SessionErrors.transactionRequired("executeUpdate()");
        }
        flushBeforeQuery(tables);
        return transaction.connection().execute(sql, parameters).rowCount();
    }

    /**
     * The entity a native query's row holds, found by column label (any case): the managed instance
     * when the context has one with that id (the spec keeps it as it is), else a new managed one.
     */
    public <T> T entityFromRow(Class<T> type, Row row, EngineConnection connection) {
        EntityPersister persister = persisterOf(type, "createNativeQuery");
        EntityColumns columns = persister.columns();
        int[] positions = new int[columns.size()];
        List<String> labels = row.columns().labels();
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
        EntityColumns.ColumnSource source = (slot, valueType) -> row.get(positions[slot], valueType);
        Object id = source.get(persister.idSlot(), persister.idType());
        EntityEntry known = context.entry(type, id);
        if (known != null) {
            return type.cast(known.instance);
        }
        return type.cast(loader.hydrate(connection, persister, source, id));
    }

    /** Runs {@code work} on the transaction's connection, or on a connection of its own outside one. */
    public <T> T withConnection(Function<EngineConnection, T> work) {
        if (transaction != null) {
            return work.apply(transaction.connection());
        }
        try (EngineConnection connection = factory.engine().connect()) {
            return work.apply(connection);
        }
    }

    /** The JDBC connection of the current transaction, for {@code runWithConnection}; null outside one. */
    public Connection transactionConnection() {
        return transaction == null ? null : transaction.connection().jdbcConnection();
    }

    public boolean isOpen() {
        return open;
    }

    /** Closes the context; an active transaction is rolled back. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        if (transaction != null) {
            rollbackAfterFailure();
        }
        // the context is dropped with the session: clearing it would only cost time
    }

    // ---- shared by the collaborators ----------------------------------------------------------

    PersistenceContext context() {
        return context;
    }

    EntityLoader loader() {
        return loader;
    }

    boolean inTransaction() {
        return transaction != null;
    }

    /** Throws IllegalStateException naming {@code operation} when the session is closed. */
    public void checkOpenFor(String operation) {
        checkOpen(operation);
    }

    void checkOpen(String operation) {
        if (!open) {
            throw SessionErrors.closed(operation);
        }
    }

    EntityPersister persisterOf(Object entity, String operation) {
        if (entity == null) {
            throw SessionErrors.illegalArgument(ErrorCode.NOT_AN_ENTITY, operation + "() was given null");
        }
        return persisterOf(entity.getClass(), operation);
    }

    EntityPersister persisterOf(Class<?> type, String operation) {
        if (type == null) {
            throw SessionErrors.illegalArgument(ErrorCode.NOT_AN_ENTITY, operation + "() was given a null class");
        }
        EntityPersister persister = factory.persister(type);
        if (persister == null) {
            try {
                factory.metadata().entity(type);
            } catch (IllegalArgumentException e) {
                throw SessionErrors.illegalArgument(ErrorCode.NOT_AN_ENTITY, operation + "() was given a "
                        + type.getName() + ", which " + e.getMessage());
            }
        }
        return persister;
    }

    EntityEntry managedEntry(Object entity, String operation) {
        EntityEntry entry = context.entry(entity);
        if (entry == null || !entry.managed()) {
            EntityModel model = persisterOf(entity, operation).entity();
            throw SessionErrors.illegalArgument(ErrorCode.NOT_MANAGED, operation + "() needs a managed " + model.name()
                    + " but was given a " + (entry == null ? "detached or new" : "removed") + " instance with id "
                    + model.id().get(entity));
        }
        return entry;
    }

    private static void checkId(EntityPersister persister, Object id, String operation) {
        EntityModel entity = persister.entity();
        AttributeModel idAttribute = entity.id();
        if (id == null) {
            throw SessionErrors.illegalArgument(ErrorCode.INVALID_ID, operation + "(" + entity.name()
                    + ", null): the id is null");
        }
        Class<?> expected = persister.idType();
        if (!expected.isInstance(id)) {
            throw SessionErrors.illegalArgument(ErrorCode.INVALID_ID, operation + "(" + entity.name() + ", " + id
                    + "): the id is a " + id.getClass().getName() + " but " + entity.name() + "." + idAttribute.name()
                    + " is a " + idAttribute.javaType().getName() + "; pass a " + expected.getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "Session[" + context.size() + " entities" + (transaction != null ? ", in a transaction" : "")
                + (open ? "" : ", closed") + "]";
    }
}
